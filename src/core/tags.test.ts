import { describe, expect, it } from 'vitest';
import { assignTagName, latestStageTag, parseTag, registerTagName, registeredVersions } from './tags.js';

// Tag grammar from GTO's documentation (https://mlem.ai/doc/gto/user-guide#git-tags-format):
// `<artifact>@v<version>` registers, `<artifact>#<stage>#<e>` assigns a stage, e counting up.
describe('GTO tag names', () => {
  it('builds and parses registration tags', () => {
    expect(registerTagName('credit-risk', '1.2.0')).toBe('credit-risk@v1.2.0');
    expect(parseTag('credit-risk@v1.2.0')).toEqual({ kind: 'register', tag: 'credit-risk@v1.2.0', name: 'credit-risk', version: '1.2.0' });
    expect(parseTag('nn@v0.0.1-rc.1+build.5')).toMatchObject({ kind: 'register', version: '0.0.1-rc.1+build.5' });
  });

  it('builds and parses stage assignment tags', () => {
    expect(assignTagName('credit-risk', 'production', 3)).toBe('credit-risk#production#3');
    expect(parseTag('credit-risk#production#3')).toEqual({ kind: 'assign', tag: 'credit-risk#production#3', name: 'credit-risk', stage: 'production', number: 3 });
  });

  it('ignores tags that are not GTO tags', () => {
    for (const tag of ['v1.0.0', 'credit-risk@v1', 'credit-risk@v1.0', 'Credit@v1.0.0', 'x#prod', 'x#prod#', '-x@v1.0.0', 'x@v01.0.0']) {
      expect(parseTag(tag), tag).toBeUndefined();
    }
  });

  it('groups registered versions per model in semver order', () => {
    const versions = registeredVersions(['a@v1.10.0', 'a@v1.2.0', 'b@v0.1.0', 'a#production#1', 'unrelated']);
    expect(Object.fromEntries(versions)).toEqual({ a: ['1.2.0', '1.10.0'], b: ['0.1.0'] });
  });

  it('finds the latest assignment of a stage by its count, not by its text', () => {
    const tags = ['m#production#2', 'm#production#10', 'm#staging#11', 'other#production#12', 'm@v1.0.0'];
    expect(latestStageTag(tags, 'm', 'production')?.tag).toBe('m#production#10');
    expect(latestStageTag(tags, 'm', 'archived')).toBeUndefined();
  });
});
