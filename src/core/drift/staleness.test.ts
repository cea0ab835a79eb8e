import { describe, expect, it } from 'vitest';
import type { TagInput } from '../promotion/tag-registry.js';
import { productionPromotion, staleness } from './staleness.js';

const tag = (name: string, date: string | undefined, objectType = 'tag'): TagInput => ({
  name,
  objectType,
  commit: 'c'.repeat(40),
  ...(date ? { tagger: { name: 'CI', email: 'ci@example.com', date } } : {}),
  body: '',
  signature: '',
});

describe('productionPromotion', () => {
  it("takes the latest dated <name>#production#<n> tag and ignores other models, stages and lightweight tags", () => {
    const tags = [
      tag('credit-risk@v1.0.0', '2023-01-01T00:00:00Z'),
      tag('credit-risk#production#2', '2023-01-02T00:00:00Z'),
      tag('credit-risk#staging#3', '2023-06-01T00:00:00Z'),
      tag('credit-risk#production#4', '2023-07-01T10:00:00+02:00'),
      tag('credit-risk#production#5', undefined, 'commit'),
      tag('other#production#9', '2024-01-01T00:00:00Z'),
    ];
    expect(productionPromotion(tags, 'credit-risk')).toEqual({ tag: 'credit-risk#production#4', time: '2023-07-01T08:00:00.000Z', version: '1.0.0' });
    expect(productionPromotion(tags, 'missing')).toBeUndefined();
  });

  it('says there is none once production was unassigned', () => {
    const tags = [tag('m#production#1', '2023-01-01T00:00:00Z'), tag('m#production!#2', '2023-02-01T00:00:00Z')];
    expect(productionPromotion(tags, 'm')).toBeUndefined();
  });
});

describe('staleness', () => {
  const promotion = { tag: 'm#production#1', time: '2023-01-01T00:00:00.000Z' };
  it('is stale (fail) when older than max_interval', () => {
    const result = staleness({ promotion, now: new Date('2024-03-01T00:00:00Z'), minInterval: '30d', maxInterval: '365d' });
    expect(result).toMatchObject({ stale: true, tooSoonToRetrain: false, verdict: 'fail', tag: 'm#production#1' });
    expect(result.ageDays).toBeCloseTo(425, 9);
    expect(result.message).toMatch(/promoted 425 days ago .*longer than max_interval 365d/);
  });

  it('passes within max_interval and notes when retraining would come sooner than min_interval', () => {
    const result = staleness({ promotion, now: new Date('2023-01-11T00:00:00Z'), minInterval: '30d', maxInterval: '365d' });
    expect(result).toMatchObject({ stale: false, tooSoonToRetrain: true, verdict: 'pass' });
    expect(result.message).toMatch(/sooner than min_interval 30d/);
  });

  it('is skipped without a dated production tag or without max_interval', () => {
    expect(staleness({ promotion: undefined, now: new Date(), maxInterval: '1d' })).toMatchObject({ verdict: 'skipped', stale: false });
    expect(staleness({ promotion, now: new Date('2030-01-01T00:00:00Z') })).toMatchObject({ verdict: 'skipped', stale: false });
  });
});
