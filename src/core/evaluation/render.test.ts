import { describe, expect, it } from 'vitest';
import type { ModelResult } from '../report/model.js';
import { performanceText } from './render.js';

const model = (metrics: Record<string, number | null>): ModelResult => ({
  name: 'credit-risk',
  manifest: 'models/credit-risk/model.yaml',
  verdict: 'pass',
  findings: [],
  gates: [],
  evaluation: { dataset: 'models/credit-risk/data/production/2026-W*.csv', rows: 1681, metrics },
});

describe('performanceText', () => {
  it('lists the metrics after the dataset', () => {
    expect(performanceText(model({ roc_auc: 0.8125, accuracy: 0.75 }))[0]).toBe('  evaluated on models/credit-risk/data/production/2026-W*.csv (1681 rows): roc_auc 0.8125, accuracy 0.75');
  });

  it('says there are no metrics instead of ending on a colon (a drift run without labels)', () => {
    const [line] = performanceText(model({}));
    expect(line).toBe('  evaluated on models/credit-risk/data/production/2026-W*.csv (1681 rows); no labelled metrics');
    expect(line).not.toMatch(/:\s*$/);
  });
});
