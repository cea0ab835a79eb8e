// Group metrics, aggregates and disparities against values their reference libraries publish.
//
// Fairlearn: the user-guide example with y_true, y_pred and a sensitive feature with groups a, b, c
// (fairlearn/fairlearn, docs/user_guide/assessment/perform_fairness_assessment.rst, sections "Quantify
// harms" and "Compare quantified harms across the groups", rendered at
// https://fairlearn.org/main/user_guide/assessment/perform_fairness_assessment.html). It prints:
//   overall   tpr 0.500000  fpr 0.666667  sel 0.555556  count 18
//   by_group  a: tpr 0.5  fpr 1.000000  sel 0.75  count 4
//             b: tpr 0.6  fpr 0.000000  sel 0.50  count 6
//             c: tpr 0.4  fpr 0.666667  sel 0.50  count 8
//   difference()                   tpr 0.20      fpr 1.00      sel 0.25
//   ratio()                        tpr 0.666667  fpr 0.000000  sel 0.666667
//   difference(method='to_overall') tpr 0.100000 fpr 0.666667  sel 0.194444
//   ratio(method='to_overall')      tpr 0.800000 fpr 0.000000  sel 0.740741
// docs/user_guide/assessment/common_fairness_metrics.rst prints, on the same arrays,
//   demographic_parity_difference 0.25, demographic_parity_ratio 0.66666..., equalized_odds_difference 1.0,
//   equalized_odds_ratio 0.0;
// and docs/user_guide/assessment/saving_loading_metricframe.rst prints accuracy a 0.25, b 0.666667,
// c 0.375, overall 0.444...
// Fairlearn's functions are those MetricFrame values (fairlearn/metrics/_fairness_metrics.py):
// demographic_parity_* = sel, equal_opportunity_* = tpr, equalized_odds_* = max of the tpr and fpr
// differences / min of their ratios (agg='worst_case'), or their mean (agg='mean'). The docs print no
// agg='mean' example, so those four values are the mean of the printed tpr and fpr values, as the source
// computes them (eo.difference(method).mean(), eo.ratio(method).mean()).
// The docs print 6 decimals, so values are compared to 6 decimals.
//
// Aequitas: tests/test_artifacts/test_bias_report/test_1.csv with test_1.yaml (reference group
// class = High, fairness_threshold 0.8) and the expected outputs tests/test_artifacts/expected_output_bias_test_1.csv
// and tests/test_artifacts/test_bias_report/expected_output_test_1.csv (dssg/aequitas): for group Low,
// fnr_disparity 1.5, fpr_disparity 1.3333333333333333, for_disparity 1, fdr_disparity 2, ppr_disparity 1,
// pprev_disparity 1, and "FNR Parity" FALSE, "FPR Parity" FALSE, "FOR Parity" TRUE, "FDR Parity" FALSE.
import { describe, expect, it } from 'vitest';
import type { BinaryGroupMetrics } from './group-metrics.js';
import { evaluateFairness, type AttributeFairness } from './evaluate.js';
import { AEQUITAS_ROWS, FAIRLEARN_SF, FAIRLEARN_Y_PRED, FAIRLEARN_Y_TRUE, binary, categorical, columnsOf } from '../../testing/fairness-data.js';

function fairlearnExample(): AttributeFairness {
  const result = evaluateFairness({
    input: binary(FAIRLEARN_Y_TRUE, FAIRLEARN_Y_PRED),
    attributes: [{ name: 'sf', column: 'sf' }],
    columns: columnsOf(categorical('sf', FAIRLEARN_SF)),
    // the example's groups have 4, 6 and 8 rows: judge them all
    minGroupSize: 1,
    resamples: 0,
  });
  return result.attributes[0]!;
}

describe("Fairlearn's user-guide example", () => {
  const attribute = fairlearnExample();
  const group = (label: string) => attribute.groups.find((g) => g.group === label) as BinaryGroupMetrics;
  const value = (key: string) => attribute.aggregates.find((a) => a.key === key)!.value!;

  it('reproduces MetricFrame.by_group and overall (perform_fairness_assessment.rst, saving_loading_metricframe.rst)', () => {
    const published: Record<string, [tpr: number, fpr: number, sel: number, count: number, accuracy: number]> = {
      a: [0.5, 1.0, 0.75, 4, 0.25],
      b: [0.6, 0.0, 0.5, 6, 0.666667],
      c: [0.4, 0.666667, 0.5, 8, 0.375],
    };
    for (const [label, [tpr, fpr, sel, count, accuracy]] of Object.entries(published)) {
      const g = group(label);
      expect(g.count).toBe(count);
      expect(g.rates.tpr).toBeCloseTo(tpr, 6);
      expect(g.rates.fpr).toBeCloseTo(fpr, 6);
      expect(g.rates.selection_rate).toBeCloseTo(sel, 6);
      expect(g.rates.accuracy).toBeCloseTo(accuracy, 6);
    }
    const overall = attribute.overall as BinaryGroupMetrics;
    expect(overall.count).toBe(18);
    expect(overall.rates.tpr).toBeCloseTo(0.5, 6);
    expect(overall.rates.fpr).toBeCloseTo(0.666667, 6);
    expect(overall.rates.selection_rate).toBeCloseTo(0.555556, 6);
    expect(overall.rates.accuracy).toBeCloseTo(0.444444, 6);
  });

  // The aggregate (with its agg, for equalized odds) and Fairlearn's value with method 'between_groups'
  // (difference(), ratio()) and with method 'to_overall'. agg='mean': between groups (0.20 + 1.00) / 2 and
  // (0.666667 + 0) / 2; to overall (0.1 + 0.666667) / 2 and (0.8 + 0) / 2.
  const aggregates: [aggregate: string, agg: string | undefined, betweenGroups: number, toOverall: number][] = [
    ['demographic_parity_difference', undefined, 0.25, 0.194444],
    ['demographic_parity_ratio', undefined, 0.666667, 0.740741],
    ['equal_opportunity_difference', undefined, 0.2, 0.1],
    ['equal_opportunity_ratio', undefined, 0.666667, 0.8],
    ['equalized_odds_difference', 'worst_case', 1.0, 0.666667],
    ['equalized_odds_ratio', 'worst_case', 0.0, 0.0],
    ['equalized_odds_difference', 'mean', 0.6, 0.383333],
    ['equalized_odds_ratio', 'mean', 0.333333, 0.4],
  ];
  it.each(['between_groups', 'to_overall'] as const)("reproduces every aggregate with method '%s'", (method) => {
    for (const [aggregate, agg, betweenGroups, toOverall] of aggregates) {
      const key = [aggregate, method, ...(agg ? [agg] : [])].join('/');
      expect(value(key), key).toBeCloseTo(method === 'between_groups' ? betweenGroups : toOverall, 6);
    }
  });

  it('says which groups decide each value', () => {
    const dp = attribute.aggregates.find((a) => a.key === 'demographic_parity_difference/between_groups')!;
    // sel: b 0.5 and c 0.5 tie for lowest; the first in group order is named
    expect(dp.components[0]).toMatchObject({ rate: 'selection_rate', lowest: { group: 'b', value: 0.5 }, highest: { group: 'a', value: 0.75 } });
    const eo = attribute.aggregates.find((a) => a.key === 'equalized_odds_difference/to_overall/worst_case')!;
    // TPR: |0.5 - 0.5| = 0, |0.6 - 0.5| = |0.4 - 0.5| = 0.1, a tie that names the first group, b;
    // FPR: |0 - 0.666667| is the largest, group b
    expect(eo.components.map((c) => [c.rate, c.farthest?.group, c.overall])).toEqual([
      ['tpr', 'b', 0.5],
      ['fpr', 'b', 2 / 3],
    ]);
  });
});

describe("Aequitas' published fixture (test_bias_report/test_1)", () => {
  const rows = AEQUITAS_ROWS;
  const result = evaluateFairness({
    input: binary(rows.map((r) => r[0]), rows.map((r) => r[1])),
    attributes: [{ name: 'class', column: 'class', reference_group: 'High' }],
    columns: columnsOf(categorical('class', rows.map((r) => r[2]))),
    minGroupSize: 1,
    resamples: 0,
  });
  const attribute = result.attributes[0]!;

  it('reproduces the group counts and rates of both groups', () => {
    const high = attribute.groups.find((g) => g.group === 'High') as BinaryGroupMetrics;
    const low = attribute.groups.find((g) => g.group === 'Low') as BinaryGroupMetrics;
    // expected_output_test_1.csv: High tp 2 fp 1 tn 1 fn 1, fpr 0.5 fnr 1/3 for 0.5 fdr 1/3; Low tp 1 fp 2 tn 1 fn 1
    expect(high).toMatchObject({ count: 5, positives: 3, predictedPositives: 3, tp: 2, fp: 1, tn: 1, fn: 1 });
    expect(low).toMatchObject({ count: 5, positives: 2, predictedPositives: 3, tp: 1, fp: 2, tn: 1, fn: 1 });
    expect(high.rates).toMatchObject({ fpr: 0.5, for: 0.5, ppr: 0.5, selection_rate: 0.6 });
    expect(high.rates.fnr).toBeCloseTo(1 / 3, 12);
    expect(high.rates.fdr).toBeCloseTo(1 / 3, 12);
    expect(low.rates.fpr).toBeCloseTo(2 / 3, 12);
    expect(low.rates.fdr).toBeCloseTo(2 / 3, 12);
    expect(low.rates).toMatchObject({ fnr: 0.5, for: 0.5, ppr: 0.5, selection_rate: 0.6 });
  });

  it('reproduces the disparities of group Low against the reference High, and the 0.8-1.25 parity verdicts', () => {
    expect(attribute.reference).toEqual({ group: 'High', chosen: 'declared' });
    const disparity = (id: string) => attribute.disparities.find((d) => d.id === id && d.group === 'Low')!;
    const expected: [id: string, value: number, parity: boolean][] = [
      ['fnr_disparity', 1.5, false],
      ['fpr_disparity', 1.3333333333333333, false],
      ['for_disparity', 1, true],
      ['fdr_disparity', 2, false],
      ['ppr_disparity', 1, true],
      ['pprev_disparity', 1, true],
    ];
    for (const [id, value, parity] of expected) {
      expect(disparity(id).value).toBeCloseTo(value, 12);
      expect(disparity(id).withinBand).toBe(parity);
      expect(disparity(id).reference).toBe('High');
    }
    // the reference group is not compared with itself
    expect(attribute.disparities.every((d) => d.group === 'Low')).toBe(true);
  });
});
