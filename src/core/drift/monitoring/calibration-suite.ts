// Error rates of the monitoring decisions by simulation (issue 11's calibration suite): the domain
// classifier's false alarms without drift, and whether CBPE's ±3 SE bands hold the realised metric.
// Seeded; shared by bench/calibration-monitoring.mjs (many trials) and calibration-suite.test.ts (few).
import type { Column, Table } from '../../data/table.js';
import { createRng, type Rng } from '../../stats/random.js';
import { CBPE_METRICS, estimateCbpe, fitCbpe, samplingErrorComponents, type CbpeMetricId } from './cbpe.js';
import { domainClassifier } from './domain-classifier.js';
import { simulatedRate, type SimulatedRate } from '../../stats/simulated-rate.js';


function gaussian(rng: Rng): number {
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}

/** Four numeric columns (one with 5% missing) and a three-level categorical one, the same distribution each call. */
function noDriftSample(rng: Rng, rows: number): Table {
  const numeric = (name: string, missing = 0): Column => ({ name, kind: 'numeric', values: Float64Array.from({ length: rows }, () => (rng.nextFloat() < missing ? Number.NaN : gaussian(rng))) });
  const columns: Column[] = [numeric('a'), numeric('b'), numeric('c', 0.05), numeric('d')];
  columns.push({ name: 'region', kind: 'categorical', categories: ['north', 'south', 'east'], codes: Int32Array.from({ length: rows }, () => { const u = rng.nextFloat(); return u < 0.5 ? 0 : u < 0.8 ? 1 : 2; }) });
  return { rowCount: rows, columns: new Map(columns.map((c) => [c.name, c])) };
}

export interface DomainCalibration {
  /** Trials whose AUC was called drift, though both samples come from one distribution. */
  falseAlarms: SimulatedRate;
  /** Trials the old fixed band [0.45, 0.65] would have flagged. */
  oldBandAlarms: SimulatedRate;
  /** Mean permutation threshold. */
  meanThreshold: number;
}

/** `trials` no-drift pairs of `rows` reference rows and `currentRows` (default as many) current rows through domainClassifier. */
export function calibrateDomainClassifier(rows: number, trials: number, seed: number, permutations?: number, currentRows = rows): DomainCalibration {
  const rng = createRng(seed);
  let alarms = 0;
  let oldBand = 0;
  let thresholds = 0;
  for (let t = 0; t < trials; t++) {
    const result = domainClassifier(noDriftSample(rng, rows), noDriftSample(rng, currentRows), { seed: t, permutationRepeats: 1, ...(permutations ? { permutations } : {}) });
    if (result.drifted) alarms++;
    if (result.auc < 0.45 || result.auc > 0.65) oldBand++;
    thresholds += result.threshold;
  }
  return { falseAlarms: simulatedRate(alarms, trials), oldBandAlarms: simulatedRate(oldBand, trials), meanThreshold: thresholds / trials };
}

export interface CbpeMetricCalibration {
  metric: CbpeMetricId;
  /** Trials whose realised metric fell inside estimate ± 3 SE. */
  coverage: SimulatedRate;
  /** Mean SE over its target, the standard deviation of realised − estimate across trials. */
  seOverSpread: number;
  /** NannyML's reference-based SE over the same spread (what modelops used before). */
  nannymlSeOverSpread: number;
}

/**
 * `trials` current samples of `rows` rows from a covariate-shifted population, each estimated by CBPE fitted
 * once on a labelled reference of `referenceRows`; the model's score is the true probability.
 */
export function calibrateCbpe(rows: number, trials: number, seed: number, referenceRows = 5000): CbpeMetricCalibration[] {
  const rng = createRng(seed);
  // P(y = 1 | x) = sigmoid(-0.5 + 1.5 x1 - x2); reference x ~ N(0, 1)², current x ~ N((0.6, 0.8), 0.7²)
  const draw = (n: number, mean: [number, number], spread: number) => {
    const yTrue = new Uint8Array(n);
    const score = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const logit = -0.5 + 1.5 * (mean[0] + spread * gaussian(rng)) - (mean[1] + spread * gaussian(rng));
      score[i] = 1 / (1 + Math.exp(-logit));
      yTrue[i] = rng.nextFloat() < score[i]! ? 1 : 0;
    }
    return { yTrue, score };
  };
  const reference = draw(referenceRows, [0, 0], 1);
  const model = fitCbpe(reference, { seed });
  const referencePred = Uint8Array.from(reference.score, (s) => (s >= 0.5 ? 1 : 0));
  const nannyml = samplingErrorComponents(reference.yTrue, referencePred, reference.score);
  const hits = new Map<CbpeMetricId, number>(CBPE_METRICS.map((m) => [m, 0]));
  const differences = new Map<CbpeMetricId, number[]>(CBPE_METRICS.map((m) => [m, []]));
  const ses = new Map<CbpeMetricId, number[]>(CBPE_METRICS.map((m) => [m, []]));
  for (let t = 0; t < trials; t++) {
    const current = draw(rows, [0.6, 0.8], 0.7);
    for (const m of estimateCbpe(model, current).metrics) {
      if (m.estimate === null || m.realised === null || m.standardError === null) continue;
      if (m.realised >= m.estimate - 3 * m.standardError && m.realised <= m.estimate + 3 * m.standardError) hits.set(m.metric, hits.get(m.metric)! + 1);
      differences.get(m.metric)!.push(m.realised - m.estimate);
      ses.get(m.metric)!.push(m.standardError);
    }
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
  return CBPE_METRICS.map((metric) => {
    const spread = sd(differences.get(metric)!);
    const { std, share } = nannyml[metric];
    return {
      metric,
      coverage: simulatedRate(hits.get(metric)!, differences.get(metric)!.length),
      seOverSpread: mean(ses.get(metric)!) / spread,
      nannymlSeOverSpread: std / Math.sqrt(rows * share) / spread,
    };
  });
}
