// The fairness gate: bounds -> checks. Values come from Fairlearn's user-guide example (see
// reference-values.test.ts for the published numbers) and from hand-built data, worked out in comments.
import { describe, expect, it } from 'vitest';
import { evaluateFairness, type FairnessOptions, type FairnessResult } from './evaluate.js';
import { fairnessGate } from './gate.js';
import { FAIRLEARN_SF, FAIRLEARN_Y_PRED, FAIRLEARN_Y_TRUE, binary, categorical, columnsOf, dataset, regression, repeat, rowsOf } from '../../testing/fairness-data.js';

function fairlearnExample(options: Partial<FairnessOptions> = {}): FairnessResult {
  return evaluateFairness({
    input: binary(FAIRLEARN_Y_TRUE, FAIRLEARN_Y_PRED),
    attributes: [{ name: 'sf', column: 'sf' }],
    columns: columnsOf(categorical('sf', FAIRLEARN_SF)),
    minGroupSize: 1,
    resamples: 200,
    seed: 3,
    ...options,
  });
}

describe('fairness gate', () => {
  it('passes and fails bounds on the point estimates under rule point-estimate, with the interval and the deciding groups in the message', () => {
    // demographic_parity_ratio 0.667 (b 0.5 lowest, a 0.75 highest); equalized_odds_difference 1.0
    const result = fairlearnExample();
    const gate = fairnessGate({ metrics: { demographic_parity_ratio: { min: 0.6 }, equalized_odds_difference: { max: 0.25 } }, rule: 'point-estimate' }, result, true);
    expect(gate.verdict).toBe('fail');
    expect(gate.summary).toBe('1 of 2 checks failed: equalized_odds_difference (sf)');
    const [dp, eo] = gate.checks;
    expect(dp).toMatchObject({ name: 'demographic_parity_ratio (sf)', verdict: 'pass', bound: { min: 0.6 } });
    expect(dp!.value).toBeCloseTo(2 / 3, 12);
    expect(dp!.message).toMatch(/^0\.6667 meets the bound ≥ 0\.6; 95% CI \[[\d.]+, [\d.]+\] \(rule: point-estimate\); selection rate: 'b' 0\.5 lowest, 'a' 0\.75 highest$/);
    expect(eo).toMatchObject({ name: 'equalized_odds_difference (sf)', verdict: 'fail', value: 1, rule: 'point-estimate' });
    expect(eo!.message).toMatch(/^1 breaks the bound ≤ 0\.25; 95% CI \[[\d.]+, [\d.]+\] \(rule: point-estimate\); TPR 0\.2: 'c' 0\.4 lowest, 'b' 0\.6 highest; FPR 1: 'b' 0 lowest, 'a' 1 highest$/);
  });

  describe('rule evidence (the default)', () => {
    const gateOn = (data: ReturnType<typeof dataset>, bound = { min: 0.8 }) =>
      fairnessGate(
        { metrics: { demographic_parity_ratio: bound } },
        evaluateFairness({ input: binary(data.yTrue, data.yPred), attributes: [{ name: 'g', column: 'g' }], columns: columnsOf(categorical('g', data.groups)) }),
        true,
      ).checks[0]!;

    it('fails when the whole interval is below the bound', () => {
      // selection rates a 40/200 = 0.2, b 100/200 = 0.5: ratio 0.4, Koopman 95% [0.292171, 0.541590] (statsmodels confint_proportions_2indep(40, 200, 100, 200, compare='ratio', method='score', correction=False))
      const check = gateOn(dataset(rowsOf('a', 200, 50, 20, 20), rowsOf('b', 200, 100, 70, 30)));
      expect(check).toMatchObject({ verdict: 'fail', rule: 'evidence', interval: { level: 0.95 } });
      expect(check.value).toBeCloseTo(0.4, 12);
      expect(check.interval!.lower).toBeCloseTo(0.29217083250364445, 8);
      expect(check.interval!.upper).toBeCloseTo(0.5415904561117466, 8);
      expect(check.message).toMatch(/^0\.4 breaks the bound ≥ 0\.8: the whole 95% CI \[0\.2922, 0\.5416\] is below it; selection rate: 'a' 0\.2 lowest, 'b' 0\.5 highest$/);
    });

    it('warns, not fails, when the value breaks the bound but the interval reaches it', () => {
      // a 9/30 = 0.3, b 15/30 = 0.5: ratio 0.6 on 30 rows a group; Koopman 95% [0.307519, 1.125577] (statsmodels), so the ratio's interval is [0.3075, 1]
      const check = gateOn(dataset(rowsOf('a', 30, 10, 5, 4), rowsOf('b', 30, 15, 10, 5)));
      expect(check).toMatchObject({ verdict: 'warn', rule: 'evidence' });
      expect(check.message).toMatch(/^0\.6 is below the bound ≥ 0\.8, but the 95% CI \[0\.3\d+, 1\] reaches it: not shown broken at these group sizes; /);
    });

    it('decides each disparity against the reference on its Bonferroni-adjusted interval, showing the deciding group', () => {
      // reference r (largest); pprev (selection rate): a 40/200 = 0.2 vs r 100/250 = 0.4 -> 0.5, b 12/30 = 0.4 -> 1
      const data = dataset(rowsOf('r', 250, 100, 70, 30), rowsOf('a', 200, 50, 20, 20), rowsOf('b', 30, 10, 8, 4));
      const result = evaluateFairness({ input: binary(data.yTrue, data.yPred), attributes: [{ name: 'g', column: 'g' }], columns: columnsOf(categorical('g', data.groups)) });
      const check = fairnessGate({ metrics: { pprev_disparity: { min: 0.8 } } }, result, true).checks[0]!;
      expect(check).toMatchObject({ verdict: 'fail', rule: 'evidence', value: 0.5 });
      expect(check.message).toMatch(/^'a' \(selection rate 0\.2 against 0\.4 for reference 'r'\): 0\.5 breaks the bound ≥ 0\.8: the whole 95% CI \[[\d.]+, 0\.[67]\d*\] is below it; 2 groups compared, 1 outside$/);
      // the same shares on a tenth of the rows: not shown broken
      const small = dataset(rowsOf('r', 50, 20, 14, 6), rowsOf('a', 40, 10, 4, 4), rowsOf('b', 30, 10, 8, 4));
      const few = evaluateFairness({ input: binary(small.yTrue, small.yPred), attributes: [{ name: 'g', column: 'g' }], columns: columnsOf(categorical('g', small.groups)) });
      expect(fairnessGate({ metrics: { pprev_disparity: { min: 0.8 } } }, few, true).checks[0]).toMatchObject({ verdict: 'warn', rule: 'evidence' });
    });

    it('names the checks that warn in the summary: a warn is not a pass', () => {
      const data = dataset(rowsOf('a', 30, 10, 5, 4), rowsOf('b', 30, 15, 10, 5));
      const result = evaluateFairness({ input: binary(data.yTrue, data.yPred), attributes: [{ name: 'g', column: 'g' }], columns: columnsOf(categorical('g', data.groups)) });
      const gate = fairnessGate({ metrics: { demographic_parity_ratio: { min: 0.8 }, demographic_parity_difference: { max: 0.5 } } }, result, true);
      expect(gate).toMatchObject({ verdict: 'warn', summary: '1 of 2 checks passed; 1 warns: demographic_parity_ratio (g)' });
    });

    it('passes a value within the bound, showing its interval', () => {
      // a and b both select 12 of 30
      const check = gateOn(dataset(rowsOf('a', 30, 10, 8, 4), rowsOf('b', 30, 15, 9, 3)));
      expect(check).toMatchObject({ verdict: 'pass', rule: 'evidence', value: 1 });
      expect(check.message).toMatch(/^1 meets the bound ≥ 0\.8; 95% CI \[0\.53\d+, 1\]; /);
    });
  });

  it('warns instead of failing when the policy does not block', () => {
    const gate = fairnessGate({ metrics: { equalized_odds_difference: { max: 0.25 } } }, fairlearnExample(), false);
    expect(gate).toMatchObject({ verdict: 'warn', blocking: false });
  });

  it("reads the method and agg the config names, and says which in the message", () => {
    // to_overall, agg mean: (0.1 + 0.666667) / 2 = 0.383333
    const gate = fairnessGate({ metrics: { equalized_odds_difference: { max: 0.4 } }, method: 'to_overall', agg: 'mean' }, fairlearnExample({ resamples: 0 }), true);
    expect(gate.checks[0]!.value).toBeCloseTo(0.383333, 6);
    expect(gate.checks[0]!.message).toMatch(/^0\.3833 meets the bound ≤ 0\.4 \(no interval computed: decided on the value\) \(to_overall, mean\); TPR 0\.1: 'b' 0\.6 against 0\.5 overall; FPR 0\.6667: 'b' 0 against 0\.6667 overall$/);
  });

  it('reports groups too small to judge, and warns when fewer than two groups are left', () => {
    // groups have 4, 6 and 8 rows: with min_group_size 5, b and c are compared (sel 0.5 and 0.5)
    const some = fairnessGate({ metrics: { demographic_parity_ratio: { min: 0.8 } } }, fairlearnExample({ minGroupSize: 5 }), true);
    expect(some.checks[0]!.verdict).toBe('pass');
    expect(some.checks[0]!.message).toMatch(/; not judged: 'a' \(4 rows, too small\)$/);
    const none = fairnessGate({ metrics: { demographic_parity_ratio: { min: 0.8 } } }, fairlearnExample({ minGroupSize: 7 }), true);
    expect(none.checks[0]).toMatchObject({
      verdict: 'warn',
      value: null,
      message: "too small to judge: only one group large enough to judge, 'c' (8 rows); too small (min_group_size 7): 'a' (4 rows), 'b' (6 rows)",
    });
    expect(none.verdict).toBe('warn');
  });

  it('errors when a value cannot be measured (0/0), naming why', () => {
    // every prediction negative: every selection rate is 0
    const result = evaluateFairness({ input: binary(FAIRLEARN_Y_TRUE, repeat(0, 18)), attributes: [{ name: 'sf', column: 'sf' }], columns: columnsOf(categorical('sf', FAIRLEARN_SF)), minGroupSize: 1, resamples: 0 });
    const gate = fairnessGate({ metrics: { demographic_parity_ratio: { min: 0.8 }, demographic_parity_difference: { max: 0.1 } } }, result, true);
    expect(gate.checks.map((c) => c.verdict)).toEqual(['error', 'pass']);
    expect(gate.checks[0]!.message).toBe("no value: every compared group's selection rate is 0, so min / max is 0/0");
    expect(gate.verdict).toBe('error');
  });

  it('checks disparities listed in metrics against their bound, naming the worst group and the reference', () => {
    // reference c (largest, 8 rows): FPR a 1 / c 0.666667 = 1.5, b 0 / 0.666667 = 0
    const gate = fairnessGate({ metrics: { fpr_disparity: { min: 0.8, max: 1.25 } } }, fairlearnExample({ resamples: 0 }), true);
    expect(gate.checks).toHaveLength(1);
    expect(gate.checks[0]).toMatchObject({ name: 'fpr_disparity (sf)', verdict: 'fail', value: 0 });
    expect(gate.checks[0]!.message).toBe("'b' (FPR 0 against 0.6667 for reference 'c'): 0 breaks the bound 0.8 ≤ x ≤ 1.25 (no interval computed: decided on the value); 2 groups compared, 2 outside");
  });

  it('checks every disparity against a declared disparity_band, a listed bound taking precedence', () => {
    // confusion counts (tp, fp, tn, fn): a 1 2 0 1, b 3 0 1 2, c (reference, 8 rows) 2 2 1 3; 10 predicted positives
    // FPR a 1 / 0.6667 = 1.5, b 0; FNR a 0.5 / 0.6 = 0.83, b 0.4 / 0.6 = 0.67; FDR a 0.6667 / 0.5 = 1.33, b 0;
    // FOR a 1 / 0.75 = 1.33, b 0.6667 / 0.75 = 0.89; PPR a 0.3 / 0.4 = 0.75, b 0.75
    const gate = fairnessGate({ metrics: { pprev_disparity: { min: 0.5 } }, disparity_band: { min: 0.8, max: 1.25 } }, fairlearnExample({ resamples: 0 }), true);
    expect(gate.checks.map((c) => [c.name, c.verdict, c.bound])).toEqual([
      ['fpr_disparity (sf)', 'fail', { min: 0.8, max: 1.25 }],
      ['fnr_disparity (sf)', 'fail', { min: 0.8, max: 1.25 }],
      ['fdr_disparity (sf)', 'fail', { min: 0.8, max: 1.25 }],
      ['for_disparity (sf)', 'fail', { min: 0.8, max: 1.25 }],
      ['ppr_disparity (sf)', 'fail', { min: 0.8, max: 1.25 }],
      // PPREV (selection rate): a 0.75 / c 0.5 = 1.5, b 0.5 / 0.5 = 1: both ≥ 0.5
      ['pprev_disparity (sf)', 'pass', { min: 0.5 }],
    ]);
  });

  it('does not gate disparities unless asked', () => {
    expect(fairnessGate({ metrics: { demographic_parity_ratio: { min: 0.5 } } }, fairlearnExample({ resamples: 0 }), true).checks).toHaveLength(1);
    expect(fairnessGate(undefined, fairlearnExample({ resamples: 0 }), true)).toMatchObject({ verdict: 'pass', summary: 'nothing to check', checks: [] });
  });

  it('errors on an attribute that could not be examined and on a metric of another task', () => {
    const result = evaluateFairness({
      input: regression([1, 2, 3, 4], [1, 2, 3, 5]),
      attributes: [
        { name: 'g', column: 'g' },
        { name: 'race', column: 'race' },
      ],
      columns: columnsOf(categorical('g', ['a', 'a', 'b', 'b'])),
      minGroupSize: 1,
      resamples: 0,
    });
    const gate = fairnessGate({ metrics: { mae_difference: { max: 1 }, demographic_parity_ratio: { min: 0.8 } } }, result, true);
    expect(gate.checks.map((c) => [c.name, c.verdict, c.message])).toEqual([
      ['fairness (race)', 'error', "column 'race' is not in the evaluation data"],
      // MAE a 0, b 0.5
      ['mae_difference (g)', 'pass', "0.5 meets the bound ≤ 1 (no interval computed: decided on the value); MAE: 'a' 0 lowest, 'b' 0.5 highest"],
      ['demographic_parity_ratio (g)', 'error', 'demographic_parity_ratio does not apply to regression'],
    ]);
  });

  it("shows the champion's value beside the challenger's", () => {
    // champion: every prediction as the label (sel = base rates a 0.5, b 0.8333, c 0.625): ratio 0.6
    const champion = evaluateFairness({ input: binary(FAIRLEARN_Y_TRUE, FAIRLEARN_Y_TRUE), attributes: [{ name: 'sf', column: 'sf' }], columns: columnsOf(categorical('sf', FAIRLEARN_SF)), minGroupSize: 1, resamples: 0 });
    const gate = fairnessGate({ metrics: { demographic_parity_ratio: { min: 0.5 } } }, fairlearnExample({ resamples: 0 }), true, champion);
    expect(gate.checks[0]!.champion).toBeCloseTo(0.6, 12);
    expect(gate.checks[0]!.delta).toBeCloseTo(2 / 3 - 0.6, 12);
  });
});
