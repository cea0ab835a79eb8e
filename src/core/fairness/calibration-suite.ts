// The fairness gate's error rates by simulation (issue 11's calibration suite): seeded trials of a model
// whose true selection rates per group are known, through evaluateFairness and fairnessGate exactly as a
// pull request runs them. Shared by bench/calibration-fairness.mjs (many trials, the README's table) and
// calibration-suite.test.ts (a few hundred, in npm test).
//
// A trial: two groups of `rowsPerGroup` rows; labels Bernoulli(0.5) and predictions Bernoulli(rate_g),
// independent, so the true selection rates are the rates, the true demographic parity ratio is
// min / max of them, and TPR = FPR = the selection rate in each group (equalized odds at parity exactly
// when the rates are equal). Each group's confusion counts are one Multinomial draw (multinomial.ts).
import type { CategoricalColumn } from '../data/table.js';
import type { Bound } from '../manifest/manifest.js';
import { createRng, type Rng } from '../stats/random.js';
import { evaluateFairness } from './evaluate.js';
import { fairnessGate, type FairnessRule } from './gate.js';
import { multinomialDraw } from './multinomial.js';
import { simulatedRate, type SimulatedRate } from '../stats/simulated-rate.js';

export type { SimulatedRate };

export interface FairnessScenario {
  /** True selection rate of each group. */
  selectionRates: readonly number[];
  rowsPerGroup: number;
  /** Bound on demographic_parity_ratio (default min 0.8). */
  bound?: Bound;
  /** Significance level of the gate (default 0.05). */
  alpha?: number;
}

export interface FairnessCalibration {
  trueRatio: number;
  trueDifference: number;
  /** Trials in which the gate failed, under the evidence rule (the default) and the point-estimate rule. */
  failEvidence: SimulatedRate;
  /** Trials in which the evidence rule warned (value outside the bound, interval reaching it). */
  warnEvidence: SimulatedRate;
  failPointEstimate: SimulatedRate;
  /** Trials whose interval held the true value: demographic parity ratio and difference, equalized odds ratio. */
  coverageRatio: SimulatedRate;
  coverageDifference: SimulatedRate;
  coverageEqualizedOddsRatio: SimulatedRate;
}

/** One simulated evaluation data set: group labels, labels and predictions. */
function simulate(scenario: FairnessScenario, rng: Rng): { groups: string[]; yTrue: Uint8Array; yPred: Uint8Array } {
  const rows = scenario.rowsPerGroup * scenario.selectionRates.length;
  const groups: string[] = [];
  const yTrue = new Uint8Array(rows);
  const yPred = new Uint8Array(rows);
  const cells = new Float64Array(4);
  let at = 0;
  scenario.selectionRates.forEach((rate, g) => {
    // cells yTrue * 2 + yPred: labels Bernoulli(0.5), predictions Bernoulli(rate), independent
    multinomialDraw(scenario.rowsPerGroup, [0.5 * (1 - rate), 0.5 * rate, 0.5 * (1 - rate), 0.5 * rate], rng, cells);
    for (let cell = 0; cell < 4; cell++) {
      for (let k = 0; k < cells[cell]!; k++) {
        groups.push(`g${g}`);
        yTrue[at] = cell >> 1;
        yPred[at] = cell & 1;
        at++;
      }
    }
  });
  return { groups, yTrue, yPred };
}

const contains = (ci: { lower: number; upper: number } | undefined, value: number): boolean => ci !== undefined && ci.lower <= value && value <= ci.upper;

/** `trials` seeded trials of `scenario`. */
export function calibrateFairness(scenario: FairnessScenario, trials: number, seed: number): FairnessCalibration {
  const rng = createRng(seed);
  const bound = scenario.bound ?? { min: 0.8 };
  const alpha = scenario.alpha ?? 0.05;
  const rates = scenario.selectionRates;
  const trueRatio = Math.min(...rates) / Math.max(...rates);
  const trueDifference = Math.max(...rates) - Math.min(...rates);
  const counts = { failEvidence: 0, warnEvidence: 0, failPointEstimate: 0, coverageRatio: 0, coverageDifference: 0, coverageEqualizedOddsRatio: 0 };
  const verdictOf = (rule: FairnessRule, result: ReturnType<typeof evaluateFairness>) =>
    fairnessGate({ metrics: { demographic_parity_ratio: bound }, rule }, result, true).checks[0]!.verdict;
  for (let t = 0; t < trials; t++) {
    const data = simulate(scenario, rng);
    const result = evaluateFairness({
      input: { task: 'binary-classification', yTrue: data.yTrue, yPred: data.yPred },
      attributes: [{ name: 'group', column: 'group' }],
      columns: new Map([['group', categoricalColumn('group', data.groups)]]),
      level: 1 - alpha,
    });
    const evidence = verdictOf('evidence', result);
    if (evidence === 'fail') counts.failEvidence++;
    if (evidence === 'warn') counts.warnEvidence++;
    if (verdictOf('point-estimate', result) === 'fail') counts.failPointEstimate++;
    const aggregates = result.attributes[0]!.aggregates;
    const find = (key: string) => aggregates.find((a) => a.key === key)?.ci;
    if (contains(find('demographic_parity_ratio/between_groups'), trueRatio)) counts.coverageRatio++;
    if (contains(find('demographic_parity_difference/between_groups'), trueDifference)) counts.coverageDifference++;
    if (contains(find('equalized_odds_ratio/between_groups/worst_case'), trueRatio)) counts.coverageEqualizedOddsRatio++;
  }
  return {
    trueRatio,
    trueDifference,
    failEvidence: simulatedRate(counts.failEvidence, trials),
    warnEvidence: simulatedRate(counts.warnEvidence, trials),
    failPointEstimate: simulatedRate(counts.failPointEstimate, trials),
    coverageRatio: simulatedRate(counts.coverageRatio, trials),
    coverageDifference: simulatedRate(counts.coverageDifference, trials),
    coverageEqualizedOddsRatio: simulatedRate(counts.coverageEqualizedOddsRatio, trials),
  };
}

function categoricalColumn(name: string, values: readonly string[]): CategoricalColumn {
  const categories = [...new Set(values)].sort();
  const index = new Map(categories.map((c, i) => [c, i]));
  return { kind: 'categorical' as const, name, categories, codes: Int32Array.from(values, (v) => index.get(v)!) };
}
