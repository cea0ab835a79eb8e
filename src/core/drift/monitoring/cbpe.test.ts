import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../metrics/roc-auc.js';
import { createRng, type Rng } from '../../stats/random.js';
import { fitCalibration, equalCountEce } from './calibration.js';
import { accuracy } from '../../metrics/accuracy.js';
import { f1 } from '../../metrics/f1.js';
import { precision } from '../../metrics/precision.js';
import { recall } from '../../metrics/recall.js';
import { cbpe, CbpeError, estimateCbpe, estimateRocAuc, expectedConfusion, fitCbpe, samplingErrorComponents, standardErrors, type CbpeMetricId, type CbpeResult } from './cbpe.js';

/** Standard normal draw (Box-Muller on the seeded generator). */
function gaussian(rng: Rng): number {
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}

/**
 * Covariate shift: P(y = 1 | x) = sigmoid(-0.5 + 1.5 x1 - x2) on both sides; only the distribution of x
 * moves (reference x ~ N(0, 1)², current x ~ N((0.6, 0.8), 0.7²)). The model's score is
 * sigmoid(sharpness · logit): the true probability when sharpness is 1, overconfident above 1.
 */
function simulate(rng: Rng, rows: number, mean: [number, number], spread: number, sharpness: number): { yTrue: Uint8Array; score: Float64Array } {
  const yTrue = new Uint8Array(rows);
  const score = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const x1 = mean[0] + spread * gaussian(rng);
    const x2 = mean[1] + spread * gaussian(rng);
    const logit = -0.5 + 1.5 * x1 - x2;
    yTrue[i] = rng.nextFloat() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    score[i] = 1 / (1 + Math.exp(-sharpness * logit));
  }
  return { yTrue, score };
}

function shiftedScenario(seed: number, sharpness: number) {
  const rng = createRng(seed);
  const reference = simulate(rng, 50_000, [0, 0], 1, sharpness);
  const current = simulate(rng, 50_000, [0.6, 0.8], 0.7, sharpness);
  return { reference, current };
}

const CBPE_IDS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'] as const;

function metric(result: CbpeResult, id: CbpeMetricId) {
  return result.metrics.find((m) => m.metric === id)!;
}

describe('CBPE on a seeded covariate-shift simulation', () => {
  it.each([1, 2, 3])('estimates realised accuracy within ±0.02 when the scores are the true probabilities (seed %i)', (seed) => {
    const { reference, current } = shiftedScenario(seed, 1);
    const result = cbpe(reference, { score: current.score, yTrue: current.yTrue });
    const accuracy = metric(result, 'accuracy');
    // the shift really moves performance: the reference is ~0.77, the current ~0.71
    expect(accuracy.reference! - accuracy.realised!).toBeGreaterThan(0.04);
    expect(Math.abs(accuracy.estimate! - accuracy.realised!)).toBeLessThanOrEqual(0.02);
    // and the drop is flagged against the reference chunks' thresholds
    expect(accuracy.alert).toBe(true);
    for (const id of ['precision', 'recall', 'f1', 'roc_auc'] as const) {
      const m = metric(result, id);
      expect(Math.abs(m.estimate! - m.realised!), id).toBeLessThanOrEqual(0.02);
    }
  });

  it('needs the calibration for an overconfident model, chooses it, and then estimates accuracy within ±0.02', () => {
    const { reference, current } = shiftedScenario(1, 2.5);
    const calibrated = cbpe(reference, { score: current.score, yTrue: current.yTrue });
    expect(calibrated.calibration.applied).toBe(true);
    expect(calibrated.calibration.reason).toBe('lowers-ece');
    expect(calibrated.calibration.eceAfter!).toBeLessThan(calibrated.calibration.eceBefore! / 5);
    const accuracy = metric(calibrated, 'accuracy');
    expect(Math.abs(accuracy.estimate! - accuracy.realised!)).toBeLessThanOrEqual(0.02);

    // without calibration the raw scores overstate accuracy by far more than the tolerance
    const raw = metric(cbpe(reference, { score: current.score, yTrue: current.yTrue }, { calibration: 'none' }), 'accuracy');
    expect(raw.estimate! - raw.realised!).toBeGreaterThan(0.1);
  });

  it('puts the realised value inside estimate ± 3 SE and clips the band to [0, 1]', () => {
    const { reference, current } = shiftedScenario(4, 1);
    const result = cbpe(reference, { score: current.score, yTrue: current.yTrue });
    for (const m of result.metrics) {
      expect(m.lower!).toBeCloseTo(Math.max(0, m.estimate! - 3 * m.standardError!), 12);
      expect(m.upper!).toBeCloseTo(Math.min(1, m.estimate! + 3 * m.standardError!), 12);
      expect(m.realised!, m.metric).toBeGreaterThanOrEqual(m.lower!);
      expect(m.realised!, m.metric).toBeLessThanOrEqual(m.upper!);
    }
  });

  it('gives standard errors equal to the spread of the realised metrics when labels are drawn from the probabilities', () => {
    // 400 rows with fixed calibrated probabilities (some scores tied); 4,000 label draws y_i ~ Bernoulli(p_i):
    // the standard deviation of each realised metric is what the delta-method SE stands for (Monte-Carlo
    // error of an SD from 4,000 draws: 1.1%; delta-method error at n = 400: a few percent)
    const rng = createRng(21);
    const n = 400;
    const score = Float64Array.from({ length: n }, () => Math.round((1 / (1 + Math.exp(-2 * gaussian(rng)))) * 200) / 200);
    const yPred = Uint8Array.from(score, (p) => (p >= 0.5 ? 1 : 0));
    const auc = estimateRocAuc(score, score)!;
    const se = standardErrors(score, yPred, score, auc);
    const definitions = { accuracy, precision, recall, f1, roc_auc: rocAuc } as const;
    const draws = Object.fromEntries(CBPE_IDS.map((id) => [id, [] as number[]])) as Record<CbpeMetricId, number[]>;
    const yTrue = new Uint8Array(n);
    for (let d = 0; d < 4000; d++) {
      for (let i = 0; i < n; i++) yTrue[i] = rng.nextFloat() < score[i]! ? 1 : 0;
      for (const id of CBPE_IDS) draws[id].push(definitions[id].compute({ task: 'binary-classification', yTrue, yPred, score }));
    }
    for (const id of CBPE_IDS) {
      const values = draws[id];
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
      expect(se[id]! / sd, id).toBeGreaterThan(0.93);
      expect(se[id]! / sd, id).toBeLessThan(1.07);
    }
  });

  it('is deterministic for a seed', () => {
    const { reference, current } = shiftedScenario(5, 1);
    expect(cbpe(reference, current, { seed: 3 })).toEqual(cbpe(reference, current, { seed: 3 }));
  });
});

describe('calibration decision (NannyML needs_calibration)', () => {
  it('does not calibrate exactly calibrated scores: isotonic does not lower held-out ECE', () => {
    // five score levels, the share of positives in each equal to the score, rows shuffled
    const rows: [number, number][] = [];
    for (const p of [0.1, 0.3, 0.5, 0.7, 0.9]) for (let k = 0; k < 2000; k++) rows.push([p, k < p * 2000 ? 1 : 0]);
    const rng = createRng(99);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = rng.nextBelow(i + 1);
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    const score = Float64Array.from(rows, ([p]) => p);
    const yTrue = Uint8Array.from(rows, ([, y]) => y);
    for (const seed of [0, 1, 2]) {
      const { decision, model } = fitCalibration(yTrue, score, { seed });
      expect(decision.applied).toBe(false);
      expect(decision.reason).toBe('does-not-lower-ece');
      expect(decision.eceAfter!).toBeGreaterThanOrEqual(decision.eceBefore!);
      expect(model).toBeNull();
    }
  });

  it('applies calibration exactly when it lowers held-out ECE', () => {
    for (const [seed, sharpness] of [[1, 1], [2, 1], [3, 0.5], [4, 2.5]] as const) {
      const { reference } = shiftedScenario(seed, sharpness);
      const { decision } = fitCalibration(reference.yTrue.subarray(0, 5000), reference.score.subarray(0, 5000), { seed });
      expect(decision.applied).toBe(decision.eceBefore! > decision.eceAfter!);
    }
  });

  it('skips calibration for one class or a near-perfect ranking, and obeys forced modes', () => {
    const score = Float64Array.from([0.1, 0.4, 0.6, 0.9, 0.2, 0.8]);
    expect(fitCalibration(new Uint8Array(6), score).decision.reason).toBe('one-class');
    expect(fitCalibration(Uint8Array.from([0, 0, 1, 1, 0, 1]), score).decision.reason).toBe('near-perfect-ranking');
    const noisy = Uint8Array.from([0, 1, 0, 1, 1, 0]);
    expect(fitCalibration(noisy, score, { mode: 'none' }).decision).toMatchObject({ applied: false, reason: 'disabled' });
    const forced = fitCalibration(noisy, score, { mode: 'isotonic' });
    expect(forced.decision).toMatchObject({ applied: true, reason: 'forced' });
    expect(forced.model).not.toBeNull();
  });

  it('computes ECE over equal-count bins as NannyML (by hand)', () => {
    // 6 rows, 10 bins asked -> n <= 2 * bins, so 3 bins of 2 rows, sorted by p:
    // (0.1, 0.2 | y 0, 1): |0.15 - 0.5|; (0.4, 0.6 | 0, 0): |0.5 - 0|; (0.8, 0.9 | 1, 1): |0.85 - 1|; weights 1/3
    const p = [0.6, 0.1, 0.9, 0.4, 0.2, 0.8];
    const y = [0, 0, 1, 0, 1, 1];
    expect(equalCountEce(y, p, 10)).toBeCloseTo((0.35 + 0.5 + 0.15) / 3, 12);
  });
});

describe('CBPE building blocks against hand-computed values', () => {
  // reference: TP = 3 (rows 0, 1, 7), FP = 2 (rows 4, 8), FN = 1 (row 2), TN = 4, at threshold 0.5
  const yTrue = Uint8Array.from([1, 1, 1, 0, 0, 0, 0, 1, 0, 0]);
  const score = Float64Array.from([0.9, 0.8, 0.4, 0.3, 0.6, 0.2, 0.1, 0.7, 0.55, 0.05]);
  const yPred = Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0));

  it('gives NannyML sampling errors (values from a numpy transcription of nannyml/sampling_error/binary_classification.py, n = 100)', () => {
    const components = samplingErrorComponents(yTrue, yPred, score);
    const se = (id: CbpeMetricId) => components[id].std / Math.sqrt(100 * components[id].share);
    expect(se('accuracy')).toBeCloseTo(0.04582575694955839, 14); // sqrt(0.7 · 0.3) / 10
    expect(se('precision')).toBeCloseTo(0.06928203230275509, 14); // sqrt(0.6 · 0.4) / sqrt(50)
    expect(se('recall')).toBeCloseTo(0.06846531968814576, 14); // sqrt(0.75 · 0.25) / sqrt(40)
    expect(se('f1')).toBeCloseTo(0.08606629658238704, 14); // (4/3) · 0.5 / sqrt(60)
    expect(se('roc_auc')).toBeCloseTo(0.022821773229381923, 14); // std(1, 1, 2/3, 1) / sqrt(40)
  });

  it('estimates from the expected confusion matrix and NannyML\'s ROC AUC walk', () => {
    const calibrated = Float64Array.from([0.85, 0.7, 0.45, 0.25, 0.5, 0.2, 0.15, 0.75, 0.4, 0.1]);
    const confusion = expectedConfusion(calibrated, yPred);
    // predicted positive rows 0, 1, 4, 7, 8: p = 0.85 + 0.7 + 0.5 + 0.75 + 0.4
    expect(confusion.tp).toBeCloseTo(3.2, 12);
    expect(confusion.fp).toBeCloseTo(1.8, 12);
    expect(confusion.fn).toBeCloseTo(1.15, 12);
    expect(confusion.tn).toBeCloseTo(3.85, 12);
    // nannyml estimate_roc_auc(calibrated, score) evaluated with numpy + sklearn.metrics.auc
    expect(estimateRocAuc(calibrated, score)).toBeCloseTo(0.785830536059404, 12);
  });

  it('reduces the estimated ROC AUC to the realised one when the probabilities are the labels, ties included', () => {
    const tied = Float64Array.from([0.9, 0.8, 0.4, 0.4, 0.6, 0.2, 0.1, 0.8, 0.4, 0.05]);
    const realised = rocAuc.compute({ task: 'binary-classification', yTrue, score: tied, yPred });
    expect(estimateRocAuc(Float64Array.from(yTrue), tied)).toBeCloseTo(realised, 14);
  });

  it('reports realised metrics only when labels are given, and reads yPred when supplied', () => {
    const model = fitCbpe({ yTrue, score }, { calibration: 'none' });
    const unlabelled = estimateCbpe(model, { score });
    expect(unlabelled.labelled).toBe(false);
    expect(unlabelled.metrics.every((m) => m.realised === null)).toBe(true);
    // calibration off: each row is right with probability p (predicted 1) or 1 − p (predicted 0); those sum to 7.5
    expect(unlabelled.metrics[0]!.estimate).toBeCloseTo(7.5 / 10, 12);
    const labelled = estimateCbpe(model, { score, yTrue });
    expect(labelled.metrics[0]!.realised).toBeCloseTo(0.7, 12);
    const allNegative = estimateCbpe(model, { score, yPred: new Uint8Array(10) });
    expect(allNegative.metrics.find((m) => m.metric === 'precision')!.estimate).toBeNull();
  });

  it('says what is wrong with bad input', () => {
    expect(() => fitCbpe({ yTrue: new Uint8Array(0), score: new Float64Array(0) })).toThrow(/no rows/);
    expect(() => fitCbpe({ yTrue, score: Float64Array.from(score, (s, i) => (i === 3 ? 1.5 : s)) })).toThrow(/reference score\[3\] is 1.5/);
    expect(() => fitCbpe({ yTrue: yTrue.subarray(0, 5), score })).toThrow(/yTrue has 5 rows, score has 10/);
    const model = fitCbpe({ yTrue, score }, { calibration: 'none' });
    expect(() => estimateCbpe(model, { score: new Float64Array(0) })).toThrow(CbpeError);
    expect(() => estimateCbpe(model, { score: Float64Array.from([0.5, Number.NaN]) })).toThrow(/current score\[1\] is NaN/);
  });
});
