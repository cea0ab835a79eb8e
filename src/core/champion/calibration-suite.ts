// The champion and performance gates' error rates by simulation (issue 11's calibration suite): seeded
// trials of binary classifiers whose true ROC AUC and accuracy are known, through compareWithChampion and
// performanceGate exactly as a pull request runs them. Shared by bench/calibration-champion.mjs (many
// trials, the README's tables) and calibration-suite.test.ts (a few hundred, in npm test).
//
// The generative model (binormal, equal variance): labels Bernoulli(prevalence); a model's latent score
// is mu * y + e with e ~ N(0, 1), so its true ROC AUC is Phi(mu / sqrt 2); it predicts positive when the
// latent score exceeds its threshold c, so its true accuracy is
//   prevalence * Phi(mu - c) + (1 - prevalence) * Phi(c).
// Champion and challenger are scored on the same rows with errors correlated at `correlation` (two models
// of the same data make many of the same mistakes), which is what a paired comparison must account for.
// Each model's threshold is solved so that its accuracy is the stated one (at or above the Bayes
// threshold, the more conservative of the two solutions), so a scenario fixes both true differences.
import type { Bound } from '../manifest/manifest.js';
import type { BinaryInput } from '../metrics/metric.js';
import { normalCdf, normalQuantile } from '../stats/normal.js';
import { createRng, type Rng } from '../stats/random.js';
import { gatherer, metricOrNaN } from '../evaluation/metrics.js';
import { pairedBootstrap } from '../stats/bootstrap.js';
import { compareWithChampion, resamplesFor } from './gate.js';
import { PERFORMANCE_RULES, performanceChecks, type PerformanceRule } from '../evaluation/gate.js';
import { simulatedRate, type SimulatedRate } from '../stats/simulated-rate.js';


/** A model's true quality under the binormal model. */
export interface TrueModel {
  rocAuc: number;
  accuracy: number;
}

export interface BinormalModel {
  /** Mean latent score of positives (negatives have 0). */
  mu: number;
  /** Decision threshold on the latent score. */
  threshold: number;
}

const SQRT2 = Math.SQRT2;

export function trueAccuracy(model: BinormalModel, prevalence: number): number {
  return prevalence * normalCdf(model.mu - model.threshold) + (1 - prevalence) * normalCdf(model.threshold);
}

/** The binormal model with this true AUC and accuracy; throws when the accuracy is above what the AUC allows. */
export function binormalModel(truth: TrueModel, prevalence: number): BinormalModel {
  if (!(truth.rocAuc > 0.5 && truth.rocAuc < 1)) throw new RangeError(`true ROC AUC must be in (0.5, 1); got ${truth.rocAuc}`);
  const mu = SQRT2 * normalQuantile(truth.rocAuc);
  const bayes = mu / 2 + Math.log((1 - prevalence) / prevalence) / mu;
  if (trueAccuracy({ mu, threshold: bayes }, prevalence) < truth.accuracy) {
    throw new RangeError(`a model with true ROC AUC ${truth.rocAuc} reaches at most accuracy ${trueAccuracy({ mu, threshold: bayes }, prevalence).toFixed(4)} at prevalence ${prevalence}; got ${truth.accuracy}`);
  }
  // accuracy falls monotonically above the Bayes threshold: bisect for the stated one
  let low = bayes;
  let high = bayes + 20;
  for (let i = 0; i < 200; i++) {
    const middle = (low + high) / 2;
    if (trueAccuracy({ mu, threshold: middle }, prevalence) >= truth.accuracy) low = middle;
    else high = middle;
  }
  return { mu, threshold: (low + high) / 2 };
}

/** Two standard normals (Box-Muller). */
function normalPair(rng: Rng): [number, number] {
  const u = 1 - rng.nextFloat();
  const v = rng.nextFloat();
  const r = Math.sqrt(-2 * Math.log(u));
  return [r * Math.cos(2 * Math.PI * v), r * Math.sin(2 * Math.PI * v)];
}

/** One evaluation data set scored by both models: the same labels, correlated errors. */
export function simulatePair(rows: number, prevalence: number, challenger: BinormalModel, champion: BinormalModel, correlation: number, rng: Rng): { challenger: BinaryInput; champion: BinaryInput } {
  const yTrue = new Uint8Array(rows);
  const scoreA = new Float64Array(rows);
  const scoreB = new Float64Array(rows);
  const predA = new Uint8Array(rows);
  const predB = new Uint8Array(rows);
  const spread = Math.sqrt(1 - correlation * correlation);
  for (let i = 0; i < rows; i++) {
    const y = rng.nextFloat() < prevalence ? 1 : 0;
    const [z1, z2] = normalPair(rng);
    const latentA = challenger.mu * y + z1;
    const latentB = champion.mu * y + correlation * z1 + spread * z2;
    yTrue[i] = y;
    // probabilities in (0, 1) for metrics that need them; order and threshold as on the latent score
    scoreA[i] = 1 / (1 + Math.exp(-latentA));
    scoreB[i] = 1 / (1 + Math.exp(-latentB));
    predA[i] = latentA > challenger.threshold ? 1 : 0;
    predB[i] = latentB > champion.threshold ? 1 : 0;
  }
  return {
    challenger: { task: 'binary-classification', yTrue, score: scoreA, yPred: predA },
    champion: { task: 'binary-classification', yTrue, score: scoreB, yPred: predB },
  };
}

export interface ChampionScenario {
  rows: number;
  challenger: TrueModel;
  champion: TrueModel;
  /** Correlation of the two models' latent errors on the same rows (default 0.7). */
  correlation?: number;
  /** Share of positive rows (default 0.3). */
  prevalence?: number;
  /** gates.champion.tolerance (default 0.01). */
  tolerance?: number;
  /** gates.champion.alpha (default 0.05). */
  alpha?: number;
}

export interface MetricCalibration {
  /** True challenger − champion. */
  trueDelta: number;
  /** Trials in which the gate failed the metric. */
  fails: SimulatedRate;
  /** Trials whose interval held the true difference. */
  coverage: SimulatedRate;
  /** How the interval was computed (from the last trial). */
  method: string;
}

export type ChampionCalibration = Record<'roc_auc' | 'accuracy', MetricCalibration> & {
  /** With `contrast`: the accuracy interval the gate used before (paired percentile bootstrap), on the same trials. */
  accuracyBootstrap?: MetricCalibration;
};

/** `trials` seeded trials of `scenario` through compareWithChampion (metrics roc_auc and accuracy). */
export function calibrateChampion(scenario: ChampionScenario, trials: number, seed: number, options: { contrast?: boolean } = {}): ChampionCalibration {
  const rng = createRng(seed);
  const prevalence = scenario.prevalence ?? 0.3;
  const challenger = binormalModel(scenario.challenger, prevalence);
  const champion = binormalModel(scenario.champion, prevalence);
  const metrics = ['roc_auc', 'accuracy'] as const;
  const trueDelta = { roc_auc: scenario.challenger.rocAuc - scenario.champion.rocAuc, accuracy: scenario.challenger.accuracy - scenario.champion.accuracy };
  const fails = { roc_auc: 0, accuracy: 0 };
  const covered = { roc_auc: 0, accuracy: 0 };
  const method = { roc_auc: '', accuracy: '' };
  const tolerance = scenario.tolerance ?? 0.01;
  const level = 1 - (scenario.alpha ?? 0.05);
  const bootstrap = { fails: 0, covered: 0 };
  for (let t = 0; t < trials; t++) {
    const data = simulatePair(scenario.rows, prevalence, challenger, champion, scenario.correlation ?? 0.7, rng);
    const result = compareWithChampion(data.challenger, data.champion, {
      metrics,
      tolerance,
      alpha: scenario.alpha ?? 0.05,
      seed: t,
    });
    if (options.contrast) {
      const [a, b] = [gatherer(data.challenger), gatherer(data.champion)];
      const interval = pairedBootstrap({ n: scenario.rows, resamples: resamplesFor(scenario.rows), level, seed: t, statistic: (indices) => [metricOrNaN('accuracy', a(indices)), metricOrNaN('accuracy', b(indices))] });
      if (interval.upper < -tolerance) bootstrap.fails++;
      if (interval.lower <= trueDelta.accuracy && trueDelta.accuracy <= interval.upper) bootstrap.covered++;
    }
    for (const metric of metrics) {
      const comparison = result.comparisons.find((c) => c.metric === metric)!;
      if (comparison.regression) fails[metric]++;
      if (comparison.ci && comparison.ci.lower <= trueDelta[metric] && trueDelta[metric] <= comparison.ci.upper) covered[metric]++;
      method[metric] = comparison.method ?? '';
    }
  }
  const of = (metric: (typeof metrics)[number]): MetricCalibration => ({
    trueDelta: trueDelta[metric],
    fails: simulatedRate(fails[metric], trials),
    coverage: simulatedRate(covered[metric], trials),
    method: method[metric],
  });
  const result: ChampionCalibration = { roc_auc: of('roc_auc'), accuracy: of('accuracy') };
  if (options.contrast) {
    result.accuracyBootstrap = { trueDelta: trueDelta.accuracy, fails: simulatedRate(bootstrap.fails, trials), coverage: simulatedRate(bootstrap.covered, trials), method: 'paired-bootstrap (percentile)' };
  }
  return result;
}

export interface PerformanceScenario {
  rows: number;
  /** The model's true quality. */
  truth: TrueModel;
  /** Bounds of gates.performance.metrics, on roc_auc and accuracy. */
  bounds: { roc_auc: Bound; accuracy: Bound };
  prevalence?: number;
  alpha?: number;
}

export interface PerformanceCalibration {
  /** Per metric and rule: share of trials whose check passed, warned and failed. */
  rates: Record<'roc_auc' | 'accuracy', Record<PerformanceRule, { pass: SimulatedRate; warn: SimulatedRate; fail: SimulatedRate }>>;
  /** Per metric: share of trials whose interval held the true value. */
  coverage: Record<'roc_auc' | 'accuracy', SimulatedRate>;
}

/** `trials` seeded trials of one model against its bounds, under each performance rule. */
export function calibratePerformance(scenario: PerformanceScenario, trials: number, seed: number): PerformanceCalibration {
  const rng = createRng(seed);
  const prevalence = scenario.prevalence ?? 0.3;
  const model = binormalModel(scenario.truth, prevalence);
  const truth = { roc_auc: scenario.truth.rocAuc, accuracy: scenario.truth.accuracy };
  const metrics = ['roc_auc', 'accuracy'] as const;
  const counts = Object.fromEntries(metrics.map((m) => [m, Object.fromEntries(PERFORMANCE_RULES.map((r) => [r, { pass: 0, warn: 0, fail: 0 }]))])) as Record<
    (typeof metrics)[number],
    Record<PerformanceRule, { pass: number; warn: number; fail: number }>
  >;
  const covered = { roc_auc: 0, accuracy: 0 };
  for (let t = 0; t < trials; t++) {
    // the champion of simulatePair is unused here: one model is judged against fixed bounds
    const input = simulatePair(scenario.rows, prevalence, model, model, 0, rng).challenger;
    for (const rule of PERFORMANCE_RULES) {
      const checks = performanceChecks(scenario.bounds, input, { rule, alpha: scenario.alpha ?? 0.05, seed: t });
      for (const check of checks) {
        const metric = check.name as (typeof metrics)[number];
        const verdict = check.verdict === 'pass' || check.verdict === 'warn' || check.verdict === 'fail' ? check.verdict : 'fail';
        counts[metric][rule][verdict]++;
        if (rule === 'point-estimate' && check.interval && check.interval.lower <= truth[metric] && truth[metric] <= check.interval.upper) covered[metric]++;
      }
    }
  }
  const rates = Object.fromEntries(
    metrics.map((m) => [
      m,
      Object.fromEntries(
        PERFORMANCE_RULES.map((r) => [r, { pass: simulatedRate(counts[m][r].pass, trials), warn: simulatedRate(counts[m][r].warn, trials), fail: simulatedRate(counts[m][r].fail, trials) }]),
      ),
    ]),
  ) as PerformanceCalibration['rates'];
  return { rates, coverage: { roc_auc: simulatedRate(covered.roc_auc, trials), accuracy: simulatedRate(covered.accuracy, trials) } };
}
