// evaluateFairness: which groups are judged, degenerate inputs, intervals. Expected values are worked out
// by hand in the comments (no reference library publishes these cases); Fairlearn's and Aequitas'
// published values are in reference-values.test.ts.
import { describe, expect, it } from 'vitest';
import type { BinaryGroupMetrics, RegressionGroupMetrics } from './group-metrics.js';
import { evaluateFairness, sensitiveAttributesFor, type AttributeFairness, type FairnessOptions } from './evaluate.js';
import { FairnessInputError } from './groups.js';
import { binary, categorical, columnsOf, dataset, numeric, regression, repeat, rowsOf } from '../../testing/fairness-data.js';
import type { Manifest } from '../manifest/manifest.js';

function evaluateGroups(data: { yTrue: number[]; yPred: number[]; groups: (string | null)[] }, options: Partial<FairnessOptions> = {}): AttributeFairness {
  return evaluateFairness({
    input: binary(data.yTrue, data.yPred),
    attributes: [{ name: 'g', column: 'g' }],
    columns: columnsOf(categorical('g', data.groups)),
    resamples: 0,
    ...options,
  }).attributes[0]!;
}

const aggregate = (attribute: AttributeFairness, key: string) => attribute.aggregates.find((a) => a.key === key)!;

describe('min_group_size', () => {
  // x: 40 rows, 20 selected (0.5); y: 35 rows, 14 selected (0.4); z: 10 rows, all selected (1.0)
  const data = dataset(rowsOf('x', 40, 20, 10, 10), rowsOf('y', 35, 14, 7, 7), rowsOf('z', 10, 5, 5, 5));

  it('reports a small group with its metrics but leaves it out of every aggregate, saying why', () => {
    const attribute = evaluateGroups(data, { minGroupSize: 30 });
    expect(attribute.compared).toEqual(['x', 'y']);
    expect(attribute.excluded).toEqual([{ group: 'z', count: 10, why: 'too-small', reason: '10 rows, fewer than min_group_size 30: too small to judge' }]);
    expect((attribute.groups.find((g) => g.group === 'z') as BinaryGroupMetrics).rates.selection_rate).toBe(1);
    // between x (0.5) and y (0.4) only: 0.1 and 0.8, not 0.6 and 0.4 with z
    expect(aggregate(attribute, 'demographic_parity_difference/between_groups').value).toBeCloseTo(0.1, 12);
    expect(aggregate(attribute, 'demographic_parity_ratio/between_groups').value).toBeCloseTo(0.8, 12);
    // overall still counts z's rows: (20 + 14 + 10) / 85
    expect(aggregate(attribute, 'demographic_parity_difference/to_overall').components[0]!.overall).toBeCloseTo(44 / 85, 12);
    expect(attribute.disparities.map((d) => d.group)).not.toContain('z');
  });

  it('judges every group when they are all large enough', () => {
    const attribute = evaluateGroups(data, { minGroupSize: 10 });
    expect(attribute.compared).toEqual(['x', 'y', 'z']);
    expect(aggregate(attribute, 'demographic_parity_difference/between_groups').value).toBeCloseTo(0.6, 12);
  });

  it('gives no aggregate when only one group is large enough to judge', () => {
    const attribute = evaluateGroups(data, { minGroupSize: 36 });
    const dp = aggregate(attribute, 'demographic_parity_ratio/between_groups');
    expect(dp).toMatchObject({ value: null, status: 'insufficient-groups' });
    expect(dp.reason).toBe("only one group large enough to judge, 'x' (40 rows); too small (min_group_size 36): 'y' (35 rows), 'z' (10 rows)");
    expect(attribute.aggregates.every((a) => a.value === null && a.status === 'insufficient-groups')).toBe(true);
    expect(attribute.reference).toEqual({ group: 'x', chosen: 'largest' });
    expect(attribute.disparities).toEqual([]);
    expect(attribute.notes).toContain("only the reference group 'x' is large enough to judge: no disparities");
  });

  it('says so when no group is large enough', () => {
    const attribute = evaluateGroups(data, { minGroupSize: 100 });
    expect(aggregate(attribute, 'equal_opportunity_difference/to_overall').reason).toBe("no group large enough to judge (min_group_size 100): 'x' (40 rows), 'y' (35 rows), 'z' (10 rows)");
    expect(attribute.referenceProblem).toEqual({ kind: 'not-judged', message: 'no group large enough to judge: no disparities' });
  });
});

describe('degenerate inputs', () => {
  it('one group only: nothing to compare', () => {
    const attribute = evaluateGroups(dataset(rowsOf('x', 50, 20, 10, 5)));
    expect(attribute.aggregates.every((a) => a.value === null)).toBe(true);
    expect(aggregate(attribute, 'demographic_parity_difference/between_groups').reason).toBe("only one group in the data, 'x' (50 rows): nothing to compare");
  });

  it('a group with no positive labels has no TPR and is left out of equal opportunity, with the reason', () => {
    // a: 40 rows, no positives, 8 selected; b: 40 rows, 20 positives, 10 of them and 4 negatives selected;
    // c: 40 rows, 10 positives, 8 of them and 6 negatives selected
    const attribute = evaluateGroups(dataset(rowsOf('a', 40, 0, 0, 8), rowsOf('b', 40, 20, 10, 4), rowsOf('c', 40, 10, 8, 6)));
    const a = attribute.groups.find((g) => g.group === 'a') as BinaryGroupMetrics;
    expect(a.rates.tpr).toBeNull();
    expect(a.undefinedRates.tpr).toBe('no positive labels, so TPR is 0/0');
    expect(a.rates.fpr).toBeCloseTo(0.2, 12);
    // TPR b 0.5, c 0.8: difference 0.3 over b and c only
    const eop = aggregate(attribute, 'equal_opportunity_difference/between_groups');
    expect(eop.value).toBeCloseTo(0.3, 12);
    expect(eop.components[0]!.leftOut).toEqual([{ group: 'a', reason: 'no positive labels, so TPR is 0/0' }]);
    // FPR a 0.2, b 0.2, c 0.2: equalized odds is the TPR difference, 0.3
    expect(aggregate(attribute, 'equalized_odds_difference/between_groups/worst_case').value).toBeCloseTo(0.3, 12);
    // demographic parity does not need labels: a 0.2, b 0.35, c 0.35
    expect(aggregate(attribute, 'demographic_parity_difference/between_groups').value).toBeCloseTo(0.15, 12);
    expect(attribute.notes).toContain("'a': no positive labels, so TPR is 0/0; it is left out of the aggregates that compare TPR");
    // the groups tie for largest, so the first, a, is the reference; its FNR is undefined too, so no FNR
    // disparity has a value, and each says why
    expect(attribute.reference).toEqual({ group: 'a', chosen: 'largest' });
    expect(attribute.disparities.find((d) => d.id === 'fnr_disparity' && d.group === 'b')).toMatchObject({ value: null, reason: "reference 'a': no positive labels, so FNR is 0/0" });
    expect(attribute.disparities.find((d) => d.id === 'fpr_disparity' && d.group === 'b')!.value).toBeCloseTo(1, 12);
  });

  it('with two groups, one without positives, equal opportunity has no value: only one group has a TPR', () => {
    const attribute = evaluateGroups(dataset(rowsOf('a', 40, 0, 0, 8), rowsOf('b', 40, 20, 10, 4)));
    const eop = aggregate(attribute, 'equal_opportunity_ratio/between_groups');
    expect(eop).toMatchObject({ value: null, status: 'insufficient-groups' });
    expect(eop.reason).toBe("only one compared group has a TPR, 'b'; 'a': no positive labels, so TPR is 0/0");
    const eo = aggregate(attribute, 'equalized_odds_difference/between_groups/mean');
    expect(eo.value).toBeNull();
    expect(eo.reason).toBe("TPR: only one compared group has a TPR, 'b'; 'a': no positive labels, so TPR is 0/0");
    // the FPR component alone still has its value: a 0.2, b 0.2
    expect(eo.components[1]!.value).toBeCloseTo(0, 12);
  });

  it('all predictions negative: differences are 0, ratios have no value (0/0), and a note says why', () => {
    const data = dataset(rowsOf('x', 40, 20, 0, 0), rowsOf('y', 40, 10, 0, 0));
    const result = evaluateFairness({ input: binary(data.yTrue, data.yPred), attributes: [{ name: 'g', column: 'g' }], columns: columnsOf(categorical('g', data.groups)), resamples: 50 });
    const attribute = result.attributes[0]!;
    expect(result.notes).toEqual(['every prediction is negative (0): every group has selection rate 0 and TPR 0, so ratios of them are 0/0 and differences are 0']);
    expect(aggregate(attribute, 'demographic_parity_difference/between_groups').value).toBe(0);
    const ratio = aggregate(attribute, 'demographic_parity_ratio/between_groups');
    expect(ratio).toMatchObject({ value: null, status: 'undefined', reason: "every compared group's selection rate is 0, so min / max is 0/0" });
    expect(aggregate(attribute, 'demographic_parity_ratio/to_overall').reason).toBe("the selection rate on all rows is 0, so every group's ratio to it is 0/0");
    expect(ratio.ci).toBeUndefined();
    // PPR is undefined everywhere: no positive predictions at all
    expect(attribute.disparities.find((d) => d.id === 'ppr_disparity')!.reason).toBe("'y': the model predicts no positives at all, so the share of positive predictions is 0/0");
  });

  it('all predictions positive: parity holds trivially', () => {
    const data = dataset(rowsOf('x', 40, 20, 20, 20), rowsOf('y', 40, 10, 10, 30));
    const result = evaluateFairness({ input: binary(data.yTrue, data.yPred), attributes: [{ name: 'g', column: 'g' }], columns: columnsOf(categorical('g', data.groups)), resamples: 0 });
    expect(result.notes[0]).toMatch(/^every prediction is positive/);
    const attribute = result.attributes[0]!;
    expect(aggregate(attribute, 'demographic_parity_ratio/between_groups').value).toBe(1);
    expect(aggregate(attribute, 'equalized_odds_difference/to_overall/worst_case').value).toBe(0);
  });

  it('missing sensitive values: reported as "(missing)", never compared', () => {
    const data = dataset(rowsOf('x', 40, 20, 10, 10), rowsOf('y', 40, 20, 8, 4));
    const withMissing = { yTrue: [...data.yTrue, ...repeat(1, 35)], yPred: [...data.yPred, ...repeat(1, 35)], groups: [...data.groups, ...repeat(null, 35)] };
    const attribute = evaluateGroups(withMissing);
    const missing = attribute.groups.find((g) => g.group === '(missing)') as BinaryGroupMetrics;
    expect(missing).toMatchObject({ missing: true, count: 35, predictedPositives: 35 });
    expect(missing.share).toBeCloseTo(35 / 115, 12);
    expect(attribute.compared).toEqual(['x', 'y']);
    expect(attribute.excluded).toEqual([{ group: '(missing)', count: 35, why: 'missing', reason: '35 rows without a value for g: reported, not compared' }]);
    // between x (0.5) and y (0.3) only, as without the missing rows
    expect(aggregate(attribute, 'demographic_parity_difference/between_groups').value).toBeCloseTo(0.2, 12);
    expect(aggregate(evaluateGroups(data), 'demographic_parity_difference/between_groups').value).toBeCloseTo(0.2, 12);
  });

  it('a sensitive column absent from the data is reported on its attribute, and the others are still examined', () => {
    const data = dataset(rowsOf('x', 40, 20, 10, 10), rowsOf('y', 40, 20, 8, 4));
    const result = evaluateFairness({
      input: binary(data.yTrue, data.yPred),
      attributes: [
        { name: 'g', column: 'g' },
        { name: 'race', column: 'race' },
      ],
      columns: columnsOf(categorical('g', data.groups)),
      intersections: true,
      resamples: 0,
    });
    expect(result.attributes.map((a) => [a.name, a.error])).toEqual([
      ['g', undefined],
      ['race', "column 'race' is not in the evaluation data"],
      ['g × race', 'cannot intersect: race could not be examined'],
    ]);
  });

  it('a declaration that does not fit its column is reported on its attribute', () => {
    const result = evaluateFairness({
      input: binary([1, 0], [1, 0]),
      attributes: [{ name: 'age_group', column: 'age', bins: [60, 25] }],
      columns: columnsOf(numeric('age', [20, 70])),
      resamples: 0,
    });
    expect(result.attributes[0]!.error).toBe('sensitive attribute \'age_group\': bins must be strictly ascending; got [60, 25]');
  });

  it('rejects inputs it cannot evaluate', () => {
    const columns = columnsOf(categorical('g', ['a']));
    const attributes = [{ name: 'g', column: 'g' }];
    expect(() => evaluateFairness({ input: binary([2], [1]), attributes, columns })).toThrow(/yTrue\[0\] is 2; binary labels must be 0 or 1/);
    expect(() => evaluateFairness({ input: binary([], []), attributes, columns })).toThrow(FairnessInputError);
    const multiclass = { task: 'multiclass-classification', yTrue: Int32Array.of(0), yPred: Int32Array.of(0), classCount: 3 };
    expect(() => evaluateFairness({ input: multiclass as never, attributes, columns })).toThrow(/binary classification and regression, not multiclass-classification/);
    const short = evaluateFairness({ input: binary([1, 0], [1, 0]), attributes, columns, resamples: 0 });
    expect(short.attributes[0]!.error).toBe("column 'g' has 1 rows, the predictions 2");
  });
});

describe('reference group of the disparities', () => {
  const data = dataset(rowsOf('x', 40, 20, 10, 10), rowsOf('y', 60, 20, 8, 4), rowsOf('z', 10, 5, 5, 5));

  it('defaults to the largest compared group', () => {
    const attribute = evaluateGroups(data, { minGroupSize: 5 });
    expect(attribute.reference).toEqual({ group: 'y', chosen: 'largest' });
    // x: FPR 10/20 = 0.5 against y's 4/40 = 0.1
    expect(attribute.disparities.find((d) => d.id === 'fpr_disparity' && d.group === 'x')).toMatchObject({ value: 5, groupRate: 0.5, referenceRate: 0.1, withinBand: false });
  });

  it('uses the declared reference, and refuses one that is absent or too small', () => {
    const run = (reference_group: string) =>
      evaluateFairness({ input: binary(data.yTrue, data.yPred), attributes: [{ name: 'g', column: 'g', reference_group }], columns: columnsOf(categorical('g', data.groups)), resamples: 0 }).attributes[0]!;
    expect(run('x').reference).toEqual({ group: 'x', chosen: 'declared' });
    expect(run('w')).toMatchObject({ disparities: [], referenceProblem: { kind: 'not-in-data', message: "reference group 'w' is not in the data (groups: x, y, z): no disparities" } });
    expect(run('z').referenceProblem).toEqual({ kind: 'not-judged', message: "reference group 'z' has 10 rows, fewer than min_group_size 30: no disparities" });
  });
});

describe('intersections', () => {
  it('examines the combinations of the attributes as groups, judging each cell by its own size', () => {
    // sex f/m × age < 25 / ≥ 25: f,<25 40 rows; f,≥25 40; m,≥25 40; m,<25 10 (too small)
    const parts = [rowsOf('f|20', 40, 20, 10, 10), rowsOf('f|40', 40, 20, 12, 6), rowsOf('m|40', 40, 20, 14, 2), rowsOf('m|20', 10, 5, 5, 5)];
    const data = dataset(...parts);
    const result = evaluateFairness({
      input: binary(data.yTrue, data.yPred),
      attributes: [
        { name: 'sex', column: 'sex' },
        { name: 'age_group', column: 'age', bins: [25] },
      ],
      columns: columnsOf(categorical('sex', data.groups.map((g) => g.split('|')[0]!)), numeric('age', data.groups.map((g) => Number(g.split('|')[1])))),
      intersections: true,
      resamples: 0,
    });
    expect(result.attributes.map((a) => a.name)).toEqual(['sex', 'age_group', 'sex × age_group']);
    const both = result.attributes[2]!;
    expect(both.groups.map((g) => [g.group, g.count])).toEqual([
      ['f, < 25', 40],
      ['f, ≥ 25', 40],
      ['m, < 25', 10],
      ['m, ≥ 25', 40],
    ]);
    expect(both.compared).toEqual(['f, < 25', 'f, ≥ 25', 'm, ≥ 25']);
    expect(both.excluded.map((e) => e.group)).toEqual(['m, < 25']);
    // selection rates 0.5, 0.45, 0.4 over the three compared cells
    expect(aggregate(both, 'demographic_parity_difference/between_groups').value).toBeCloseTo(0.1, 12);
    expect(both.groups[1]!.values).toEqual({ sex: 'f', age_group: '≥ 25' });
  });
});

describe('intervals', () => {
  // 600 rows, three groups with selection rates x 100/250 = 0.4, y 70/200 = 0.35, z 30/150 = 0.2
  const data = dataset(rowsOf('x', 250, 100, 70, 30), rowsOf('y', 200, 90, 50, 20), rowsOf('z', 150, 50, 20, 10));
  const options = (resamples = 1000): FairnessOptions => ({
    input: binary(data.yTrue, data.yPred),
    attributes: [{ name: 'g', column: 'g' }],
    columns: columnsOf(categorical('g', data.groups)),
    resamples,
  });

  it('gives every aggregate and disparity an interval around its value, and says how', () => {
    const result = evaluateFairness(options());
    expect(result.intervals).toMatchObject({ level: 0.95, method: expect.stringMatching(/Koopman \(ratio\) and Newcombe hybrid score \(difference\).*Bonferroni/) });
    expect(result.bootstrap).toBeUndefined();
    const attribute = result.attributes[0]!;
    for (const a of [...attribute.aggregates, ...attribute.disparities]) {
      expect(a.ci, a.id).toBeDefined();
      expect(a.ci!.lower).toBeLessThanOrEqual(a.value!);
      expect(a.ci!.upper).toBeGreaterThanOrEqual(a.value!);
    }
    const x = attribute.groups[0] as BinaryGroupMetrics;
    // Wilson interval of 100 / 250 (statsmodels proportion_confint(100, 250, method='wilson'))
    expect(x.selectionRateInterval!.lower).toBeCloseTo(0.34122832313654916, 10);
    expect(x.selectionRateInterval!.upper).toBeCloseTo(0.4617983367625397, 10);
  });

  it('takes Bonferroni-adjusted pairwise score intervals over three groups (statsmodels reference)', () => {
    // statsmodels 0.13.5 confint_proportions_2indep at alpha 0.05/3 for the pairs (x, y), (x, z), (y, z):
    // ratio: min over ordered pairs of the lower ends (and 1 / upper ends) and of the upper ends (and
    // 1 / lower ends), method='score', correction=False; difference: max of the same with method='newcomb'
    const attribute = evaluateFairness(options()).attributes[0]!;
    const ratio = aggregate(attribute, 'demographic_parity_ratio/between_groups');
    expect(ratio.value).toBeCloseTo(0.5, 12);
    expect(ratio.ci!.lower).toBeCloseTo(0.32162760963422954, 8);
    expect(ratio.ci!.upper).toBeCloseTo(0.7577729645561162, 8);
    const difference = aggregate(attribute, 'demographic_parity_difference/between_groups');
    expect(difference.ci!.lower).toBeCloseTo(0.08640593316227763, 10);
    expect(difference.ci!.upper).toBeCloseTo(0.3006861812494624, 10);
    // to_overall: each group against the other rows (Newcombe at alpha 0.05/3) times 1 - its share; z
    // decides: (1 - 150/600) × [-0.26466, -0.07464] -> |d| in [0.055980, 0.198494]
    const toOverall = aggregate(attribute, 'demographic_parity_difference/to_overall');
    expect(toOverall.value).toBeCloseTo(0.4 / 3, 12);
    expect(toOverall.ci!.lower).toBeCloseTo(0.055979880611684484, 10);
    expect(toOverall.ci!.upper).toBeCloseTo(0.1984935914689343, 10);
  });

  it('maps each group against the other rows to its to_overall ratio, and adjusts disparities over the groups compared with the reference', () => {
    // statsmodels 0.13.5 references. to_overall ratio: Koopman of each group against the other rows at
    // alpha 0.05/3, mapped by ρ / (wρ + 1 − w) and forced below 1; the minimum over groups (z decides).
    const attribute = evaluateFairness(options()).attributes[0]!;
    const toOverall = aggregate(attribute, 'demographic_parity_ratio/to_overall');
    expect(toOverall.value).toBeCloseTo(0.6, 12);
    expect(toOverall.ci!.lower).toBeCloseTo(0.4128063236953861, 8);
    expect(toOverall.ci!.upper).toBeCloseTo(0.8314919090190959, 8);
    // reference x (largest); two groups compared with it, so each disparity at alpha 0.05/2:
    // pprev y / x: Koopman (70/200) / (100/250); ppr y / x: Wilson of 70 of the 170 predicted positives, as odds
    const disparity = (id: string) => attribute.disparities.find((d) => d.id === id && d.group === 'y')!;
    expect(disparity('pprev_disparity').ci!.lower).toBeCloseTo(0.660968648092742, 8);
    expect(disparity('pprev_disparity').ci!.upper).toBeCloseTo(1.1502044586722195, 8);
    expect(disparity('ppr_disparity').value).toBeCloseTo(0.7, 12);
    expect(disparity('ppr_disparity').ci!.lower).toBeCloseTo(0.4944938574563334, 10);
    expect(disparity('ppr_disparity').ci!.upper).toBeCloseTo(0.9909122077280197, 10);
  });

  it('keeps parity inside the interval of two equal groups: ratio up to 1, difference down to 0', () => {
    // x 12/30, y 12/30: Koopman [0.537672, 1.859868] and Newcombe [-0.234525, 0.234525] (statsmodels)
    const equal = dataset(rowsOf('x', 30, 12, 8, 4), rowsOf('y', 30, 15, 9, 3));
    const attribute = evaluateGroups(equal, { resamples: 1000 });
    const ratio = aggregate(attribute, 'demographic_parity_ratio/between_groups');
    expect(ratio.value).toBe(1);
    expect(ratio.ci!.lower).toBeCloseTo(0.5376724936001339, 8);
    expect(ratio.ci!.upper).toBe(1);
    const difference = aggregate(attribute, 'demographic_parity_difference/between_groups');
    expect(difference.ci!.lower).toBe(0);
    expect(difference.ci!.upper).toBeCloseTo(0.23452471157790553, 10);
  });

  it('computes no intervals when asked for none', () => {
    const result = evaluateFairness(options(0));
    expect(result.intervals).toBeUndefined();
    expect(result.attributes[0]!.aggregates.every((a) => a.ci === undefined)).toBe(true);
  });
});

describe('regression', () => {
  // a: errors 1, -1, 2 (MAE 4/3, RMSE √2); b: errors 0.5, 0.5 (MAE 0.5); all rows: MAE 5/5 = 1
  const input = regression([10, 10, 10, 20, 20], [11, 9, 12, 20.5, 20.5]);
  const columns = columnsOf(categorical('g', ['a', 'a', 'a', 'b', 'b']));

  it('gives each group its error metrics and the MAE difference both ways', () => {
    const result = evaluateFairness({ input, attributes: [{ name: 'g', column: 'g' }], columns, minGroupSize: 1, resamples: 200 });
    const attribute = result.attributes[0]!;
    const a = attribute.groups[0] as RegressionGroupMetrics;
    expect(a.measures.mae).toBeCloseTo(4 / 3, 12);
    expect(a.measures.rmse).toBeCloseTo(Math.SQRT2, 12);
    expect(a.measures.mean_prediction).toBeCloseTo(32 / 3, 12);
    expect(a.share).toBeCloseTo(0.6, 12);
    // between: 4/3 - 0.5; to overall: max(|4/3 - 1|, |0.5 - 1|) = 0.5, decided by b
    expect(aggregate(attribute, 'mae_difference/between_groups').value).toBeCloseTo(5 / 6, 12);
    const toOverall = aggregate(attribute, 'mae_difference/to_overall');
    expect(toOverall.value).toBeCloseTo(0.5, 12);
    expect(toOverall.components[0]!.farthest).toEqual({ group: 'b', value: 0.5 });
    expect(toOverall.ci).toBeDefined();
    expect(result.bootstrap!.method).toBe('row bootstrap, percentile');
    expect(attribute.disparities).toEqual([]);
  });

  it('leaves the aggregate out when groups are too small, with the reason', () => {
    const attribute = evaluateFairness({ input, attributes: [{ name: 'g', column: 'g' }], columns, resamples: 10 }).attributes[0]!;
    expect(aggregate(attribute, 'mae_difference/between_groups')).toMatchObject({ value: null, status: 'insufficient-groups', reason: "no group large enough to judge (min_group_size 30): 'a' (3 rows), 'b' (2 rows)" });
  });
});

describe('sensitiveAttributesFor', () => {
  it('resolves gates.fairness.attributes in data.sensitive and lists the undeclared', () => {
    const manifest = {
      data: { sensitive: [{ name: 'sex', column: 'sex' }, { name: 'age_group', column: 'age', bins: [25] }] },
      gates: { fairness: { attributes: ['age_group', 'race'] } },
    } as unknown as Manifest;
    expect(sensitiveAttributesFor(manifest)).toEqual({ attributes: [{ name: 'age_group', column: 'age', bins: [25] }], undeclared: ['race'] });
  });
});
