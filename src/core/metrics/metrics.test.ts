// Each metric against a reference value, within 1e-9, with its source named.
// "Docstring" means the Examples section of the scikit-learn function's docstring, version 1.2.1 (Debian's
// python3-sklearn; rendered at https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.<function>.html).
// Docstrings print truncated values (0.83...); the exact value is worked out beside each one, and every
// value below was also checked against scikit-learn 1.2.1 itself.
import { describe, expect, it } from 'vitest';
import { accuracy } from './accuracy.js';
import { balancedAccuracy } from './balanced-accuracy.js';
import { brier } from './brier.js';
import { confusionMatrix, withSharedConfusion } from './confusion-matrix.js';
import { ece } from './ece.js';
import { f1 } from './f1.js';
import { logLoss } from './log-loss.js';
import { macroF1 } from './macro-f1.js';
import { mae } from './mae.js';
import { mape } from './mape.js';
import { MetricError, type BinaryInput, type MetricDefinition, type MetricInput, type MulticlassInput, type RegressionInput } from './metric.js';
import { prAuc } from './pr-auc.js';
import { computeMetrics, mergeMetricValues, metricsNeeding } from '../evaluation/metrics.js';
import { sortFloat64 } from '../stats/radix-sort.js';
import { partitionScores, scoresByClass, withSharedRanking } from './ranking.js';
import { precision } from './precision.js';
import { r2 } from './r2.js';
import { recall } from './recall.js';
import { rmse } from './rmse.js';
import { rocAuc } from './roc-auc.js';
import { weightedF1 } from './weighted-f1.js';

const binary = (yTrue: number[], yPred: number[], score?: number[]): BinaryInput => ({
  task: 'binary-classification',
  yTrue: Uint8Array.from(yTrue),
  yPred: Uint8Array.from(yPred),
  ...(score ? { score: Float64Array.from(score) } : {}),
});
/** A binary input from scores, predicting positive at 0.5. */
const scored = (yTrue: number[], score: number[]): BinaryInput => binary(yTrue, score.map((s) => (s >= 0.5 ? 1 : 0)), score);
const multiclass = (yTrue: number[], yPred: number[], classCount: number, probabilities?: number[]): MulticlassInput => ({
  task: 'multiclass-classification',
  yTrue: Int32Array.from(yTrue),
  yPred: Int32Array.from(yPred),
  classCount,
  ...(probabilities ? { probabilities: Float64Array.from(probabilities) } : {}),
});
const regression = (yTrue: number[], yPred: number[]): RegressionInput => ({ task: 'regression', yTrue: Float64Array.from(yTrue), yPred: Float64Array.from(yPred) });

function expectClose(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

function expectMetricError(metric: MetricDefinition, input: MetricInput, code: MetricError['code'], message?: RegExp): void {
  let thrown: unknown;
  try {
    metric.compute(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `${metric.id} should throw`).toBeInstanceOf(MetricError);
  expect((thrown as MetricError).code).toBe(code);
  expect((thrown as MetricError).metric).toBe(metric.id);
  if (message) expect((thrown as MetricError).message).toMatch(message);
}

// The multiclass example of the precision_score / recall_score / f1_score docstrings.
const DOC_MULTICLASS_TRUE = [0, 1, 2, 0, 1, 2];
const DOC_MULTICLASS_PRED = [0, 2, 1, 0, 0, 1];
// The same example one-vs-rest for class 0 (class 0 = positive); the docstrings' average=None output
// gives class 0: precision array([0.66..., ...]), recall array([1., ...]), f1 array([0.8, ...]).
const DOC_CLASS0_TRUE = [1, 0, 0, 1, 0, 0];
const DOC_CLASS0_PRED = [1, 0, 0, 1, 1, 0];

describe('confusionMatrix', () => {
  it('counts tn, fp, fn, tp in scikit-learn ravel() order', () => {
    // confusion_matrix docstring: confusion_matrix([0, 1, 0, 1], [1, 1, 1, 0]).ravel() -> (0, 2, 1, 1)
    expect(confusionMatrix(Uint8Array.from([0, 1, 0, 1]), Uint8Array.from([1, 1, 1, 0]))).toEqual({ tn: 0, fp: 2, fn: 1, tp: 1 });
  });

  it('rejects a label other than 0 or 1, naming the row', () => {
    expect(() => confusionMatrix(Uint8Array.from([0, 2]), Uint8Array.from([0, 1]))).toThrow(/yTrue\[1\] is 2/);
    expect(() => confusionMatrix(Uint8Array.from([]), Uint8Array.from([]))).toThrow(MetricError);
  });
});

describe('accuracy', () => {
  it('matches the accuracy_score docstring (multiclass)', () => {
    // accuracy_score([0, 1, 2, 3], [0, 2, 1, 3]) -> 0.5
    expectClose(accuracy.compute(multiclass([0, 1, 2, 3], [0, 2, 1, 3], 4)), 0.5);
  });

  it('matches the confusion_matrix docstring binary example (binary)', () => {
    // accuracy_score's docstring has no binary example; on confusion_matrix's, (tn + tp) / n = (0 + 1) / 4 = 0.25
    expectClose(accuracy.compute(binary([0, 1, 0, 1], [1, 1, 1, 0])), 0.25);
  });

  it('rejects a class index outside 0..classCount-1', () => {
    expectMetricError(accuracy, multiclass([0, 1], [0, 4], 3), 'invalid-input', /yPred\[1\] is 4; class indices must be in 0\.\.2/);
  });
});

describe('balanced_accuracy', () => {
  it('matches the balanced_accuracy_score docstring', () => {
    // balanced_accuracy_score([0, 1, 0, 0, 1, 0], [0, 1, 0, 0, 0, 1]) -> 0.625 = (3/4 + 1/2) / 2
    expectClose(balancedAccuracy.compute(binary([0, 1, 0, 0, 1, 0], [0, 1, 0, 0, 0, 1])), 0.625);
  });

  it('averages over the classes present in yTrue, as scikit-learn does', () => {
    // only negatives: recall of the negative class = 2/3 (scikit-learn 1.2.1 returns 0.666..., with a warning)
    expectClose(balancedAccuracy.compute(binary([0, 0, 0], [0, 1, 0])), 2 / 3);
  });
});

describe('precision, recall, f1 (binary)', () => {
  it('match the class-0 entries of the precision_score / recall_score / f1_score docstrings', () => {
    // class 0 one-vs-rest: TP = 2 (rows 0, 3), FP = 1 (row 4), FN = 0
    const input = binary(DOC_CLASS0_TRUE, DOC_CLASS0_PRED);
    expectClose(precision.compute(input), 2 / 3); // precision_score(..., average=None)[0] -> 0.66...
    expectClose(recall.compute(input), 1); // recall_score(..., average=None)[0] -> 1.
    expectClose(f1.compute(input), 0.8); // f1_score(..., average=None)[0] -> 0.8 = 2·2 / (2·2 + 1 + 0)
  });

  it('return 0 where the ratio is 0/0, as scikit-learn zero_division="warn" does', () => {
    expect(precision.compute(binary([1, 0, 1], [0, 0, 0]))).toBe(0); // no predicted positive
    expect(recall.compute(binary([0, 0, 0], [1, 0, 0]))).toBe(0); // no positive row
    expect(f1.compute(binary([0, 0, 0], [0, 0, 0]))).toBe(0); // TP = FP = FN = 0
    expect(f1.compute(binary([1, 1, 0], [0, 0, 0]))).toBe(0); // precision 0/0, recall 0
  });
});

describe('roc_auc', () => {
  it('matches the documented example', () => {
    // roc_auc_score's own docstring uses load_breast_cancer (prints 0.99...); this example is the docstring of
    // its predecessor sklearn.metrics.auc_score (scikit-learn 0.13,
    // https://scikit-learn.sourceforge.net/0.13/modules/generated/sklearn.metrics.auc_score.html):
    // y_true [0, 0, 1, 1], y_scores [0.1, 0.4, 0.35, 0.8] -> 0.75. Pairs won: 0.35 > 0.1; 0.8 > both -> 3 of 4.
    expectClose(rocAuc.compute(scored([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])), 0.75);
  });

  it('counts ties as one half (Mann-Whitney with average ranks)', () => {
    // positives 0.5, 0.2, 0.9, 0.5; negatives 0.5, 0.5, 0.1, 0.2. Per positive: negatives below + ½·tied:
    // 0.9: 4; 0.5: 2 + ½·2 = 3, twice; 0.2: 1 + ½·1 = 1.5. (4 + 6 + 1.5) / (4·4) = 11.5 / 16 = 0.71875
    // (roc_auc_score gives 0.71875)
    expectClose(rocAuc.compute(scored([0, 0, 1, 1, 0, 1, 1, 0], [0.5, 0.5, 0.5, 0.2, 0.1, 0.9, 0.5, 0.2])), 0.71875);
  });

  it('treats -0 and 0 as a tie', () => {
    expectClose(rocAuc.compute(scored([0, 1], [0, -0])), 0.5);
  });

  it('agrees with the pairwise definition on random tied scores', () => {
    const { yTrue, score } = randomScores(300, 7);
    let won = 0;
    let pairs = 0;
    for (let i = 0; i < yTrue.length; i++) {
      if (yTrue[i] !== 1) continue;
      for (let j = 0; j < yTrue.length; j++) {
        if (yTrue[j] !== 0) continue;
        pairs++;
        won += score[i]! > score[j]! ? 1 : score[i] === score[j] ? 0.5 : 0;
      }
    }
    expectClose(rocAuc.compute(scored(yTrue, score)), won / pairs);
  });

  it('is undefined with one class present', () => {
    expectMetricError(rocAuc, scored([1, 1, 1], [0.2, 0.4, 0.9]), 'undefined', /only one class is present: all 3 rows are positive/);
    expectMetricError(rocAuc, scored([0, 0], [0.2, 0.4]), 'undefined', /all 2 rows are negative/);
  });
});

describe('pr_auc', () => {
  it('matches the average_precision_score docstring', () => {
    // y_true [0, 0, 1, 1], y_scores [0.1, 0.4, 0.35, 0.8] -> 0.83...; thresholds from the top:
    // 0.8: TP 1, FP 0, ΔR ½, P 1; 0.4: FP 1, ΔR 0; 0.35: TP 2, FP 1, ΔR ½, P ⅔. AP = ½ + ⅓ = 5/6
    expectClose(prAuc.compute(scored([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])), 5 / 6);
  });

  it('takes tied scores as one threshold, without interpolation', () => {
    // same data as the roc_auc tie test. 0.9: TP 1, FP 0 -> ¼·1; 0.5: TP 3, FP 2 -> ½·⅗; 0.2: TP 4, FP 3 -> ¼·4/7
    // AP = 0.25 + 0.3 + 1/7 = 97/140 (average_precision_score gives 0.6928571428571428)
    expectClose(prAuc.compute(scored([0, 0, 1, 1, 0, 1, 1, 0], [0.5, 0.5, 0.5, 0.2, 0.1, 0.9, 0.5, 0.2])), 97 / 140);
  });

  it('agrees with the threshold-by-threshold definition on random tied scores', () => {
    const { yTrue, score } = randomScores(300, 11);
    const positives = yTrue.filter((y) => y === 1).length;
    const thresholds = [...new Set(score)].sort((a, b) => b - a);
    let previousRecall = 0;
    let expected = 0;
    for (const threshold of thresholds) {
      let tp = 0;
      let fp = 0;
      yTrue.forEach((y, i) => {
        if (score[i]! >= threshold) y === 1 ? tp++ : fp++;
      });
      expected += (tp / positives - previousRecall) * (tp / (tp + fp));
      previousRecall = tp / positives;
    }
    expectClose(prAuc.compute(scored(yTrue, score)), expected);
  });

  it('is 1 with only positive rows and undefined with none', () => {
    expectClose(prAuc.compute(scored([1, 1], [0.2, 0.7])), 1);
    expectMetricError(prAuc, scored([0, 0], [0.2, 0.7]), 'undefined', /without positive rows/);
  });
});

describe('log_loss', () => {
  // log_loss docstring: log_loss(["spam", "ham", "ham", "spam"], [[.1, .9], [.9, .1], [.8, .2], [.35, .65]]) -> 0.21616...
  // Columns follow the sorted labels (ham, spam), so spam = class 1 = positive with P = .9, .1, .2, .65.
  // −(ln .9 + ln .9 + ln .8 + ln .65) / 4 = 0.21616187468057912
  const docExpected = -(Math.log(0.9) + Math.log(0.9) + Math.log(0.8) + Math.log(0.65)) / 4;

  it('matches the log_loss docstring (binary)', () => {
    expectClose(logLoss.compute(scored([1, 0, 0, 1], [0.9, 0.1, 0.2, 0.65])), 0.21616187468057912);
    expectClose(docExpected, 0.21616187468057912);
  });

  it('matches the log_loss docstring (multiclass input with two classes)', () => {
    expectClose(logLoss.compute(multiclass([1, 0, 0, 1], [1, 0, 0, 1], 2, [0.1, 0.9, 0.9, 0.1, 0.8, 0.2, 0.35, 0.65])), docExpected);
  });

  it('takes the probability of the true class among three (hand-computed)', () => {
    // rows [.7 .2 .1] true 0, [.1 .8 .1] true 1, [.3 .3 .4] true 2: −(ln .7 + ln .8 + ln .4) / 3 = 0.49870307...
    const input = multiclass([0, 1, 2], [0, 1, 2], 3, [0.7, 0.2, 0.1, 0.1, 0.8, 0.1, 0.3, 0.3, 0.4]);
    expectClose(logLoss.compute(input), -(Math.log(0.7) + Math.log(0.8) + Math.log(0.4)) / 3);
  });

  it('clips to [eps, 1 − eps] with eps = 2^-52, so a confident miss costs 52·ln 2', () => {
    // log_loss([0, 1], [1.0, 0.0], labels=[0, 1]) -> 36.04365338911715 = −ln(2^-52)
    expectClose(logLoss.compute(scored([0, 1], [1, 0])), 52 * Math.LN2);
    expectClose(logLoss.compute(multiclass([0], [1], 2, [0, 1])), 52 * Math.LN2);
  });

  it('rejects probability rows that do not sum to 1 (logits)', () => {
    expectMetricError(logLoss, multiclass([0], [0], 3, [2.1, -0.3, 0.4]), 'invalid-input');
    expectMetricError(logLoss, multiclass([0], [0], 2, [0.6, 0.6]), 'invalid-input', /row 0 sum to 1\.2/);
  });
});

describe('brier', () => {
  it('matches the brier_score_loss docstring', () => {
    // y_true [0, 1, 1, 0], y_prob [0.1, 0.9, 0.8, 0.3] -> 0.037... = (.01 + .01 + .04 + .09) / 4 = 0.0375
    expectClose(brier.compute(scored([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3])), 0.0375);
  });

  it('rejects a score outside [0, 1]', () => {
    expectMetricError(brier, scored([0, 1], [0.1, 1.2]), 'invalid-input', /score\[1\] is 1\.2; expected a probability/);
  });
});

describe('ece', () => {
  it('matches a hand-computed example, boundaries going to the upper bin', () => {
    // No scikit-learn function; ECE = (1/N)·Σ_b |Σ_{i in b} (y_i − p_i)|, bins [k/10, (k+1)/10), last bin closed.
    //   bin 0: p .05 y 0, p .05 y 1        -> (0 − .05) + (1 − .05)                       =  .9
    //   bin 3: p .3 y 1 (boundary), .35 y 0 -> (1 − .3) + (0 − .35)                        =  .35
    //   bin 9: p 1 y 1, .9 y 1 (boundary), .95 y 1, .95 y 0 -> 0 + .1 + .05 − .95          = −.8
    // ECE = (.9 + .35 + .8) / 8 = 2.05 / 8 = 0.25625
    // (Same as Σ_b (n_b/N)·|freq_b − mean p_b|: bin 0 2/8·|.5 − .05|, bin 3 2/8·|.5 − .325|, bin 9 4/8·|.75 − .95|.)
    // Were .3 in bin 2 the sum would be .9 + .7 + .35 + .8; were .9 in bin 8, .9 + .35 + .1 + .9.
    const input = scored([0, 1, 1, 0, 1, 1, 1, 0], [0.05, 0.05, 0.3, 0.35, 1, 0.9, 0.95, 0.95]);
    expectClose(ece.compute(input), 0.25625);
  });

  it('is 0 when each bin is calibrated', () => {
    // bin 5: p .5, .5, y 0, 1 -> −.5 + .5 = 0; bin 2: p .25 ×4, y 0, 0, 0, 1 -> 3·(−.25) + .75 = 0
    expect(ece.compute(scored([0, 1, 0, 0, 0, 1], [0.5, 0.5, 0.25, 0.25, 0.25, 0.25]))).toBe(0);
  });
});

describe('macro_f1 and weighted_f1', () => {
  it('match the f1_score docstring', () => {
    // f1_score(..., average='macro') -> 0.26...; per class [0.8, 0, 0]; (0.8 + 0 + 0) / 3 = 4/15
    // f1_score(..., average='weighted') -> 0.26...; supports 2, 2, 2: (2·0.8) / 6 = 4/15
    const input = multiclass(DOC_MULTICLASS_TRUE, DOC_MULTICLASS_PRED, 3);
    expectClose(macroF1.compute(input), 4 / 15);
    expectClose(weightedF1.compute(input), 4 / 15);
  });

  it('leave out a class neither present nor predicted, as scikit-learn does by default', () => {
    const input = multiclass(DOC_MULTICLASS_TRUE, DOC_MULTICLASS_PRED, 4);
    expectClose(macroF1.compute(input), 4 / 15);
    expectClose(weightedF1.compute(input), 4 / 15);
  });

  it('weight by support', () => {
    // classes 0 (support 3, F1 2·2/(3+2) = .8) and 1 (support 1, F1 2·1/(1+2) = ⅔): weighted (3·.8 + ⅔) / 4, macro (.8 + ⅔) / 2
    const input = multiclass([0, 0, 0, 1], [0, 0, 1, 1], 2);
    expectClose(weightedF1.compute(input), (3 * 0.8 + 2 / 3) / 4);
    expectClose(macroF1.compute(input), (0.8 + 2 / 3) / 2);
  });
});

describe('regression metrics', () => {
  // The docstrings of mean_absolute_error, mean_squared_error, r2_score and mean_absolute_percentage_error share
  // y_true [3, -0.5, 2, 7], y_pred [2.5, 0.0, 2, 8]: errors −0.5, 0.5, 0, 1.
  const doc = regression([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]);

  it('mae matches the mean_absolute_error docstring', () => {
    expectClose(mae.compute(doc), 0.5); // (0.5 + 0.5 + 0 + 1) / 4
  });

  it('rmse matches the mean_squared_error(squared=False) docstring', () => {
    // mean_squared_error -> 0.375 = (.25 + .25 + 0 + 1) / 4; squared=False -> 0.612... = √0.375
    expectClose(rmse.compute(doc), Math.sqrt(0.375));
    expectClose(rmse.compute(doc), 0.6123724356957945);
  });

  it('r2 matches the r2_score docstring', () => {
    // -> 0.948...; SS_res 1.5; mean 2.875, SS_tot .015625 + 11.390625 + .765625 + 17.015625 = 29.1875; 1 − 1.5/29.1875
    expectClose(r2.compute(doc), 1 - 1.5 / 29.1875);
    expectClose(r2.compute(regression([1, 2, 3], [1, 2, 3])), 1);
    expectClose(r2.compute(regression([1, 2, 3], [2, 2, 2])), 0);
    expectClose(r2.compute(regression([1, 2, 3], [3, 2, 1])), -3);
  });

  it('r2 of a constant yTrue follows scikit-learn force_finite=True (docstring: 1.0, then 0.0)', () => {
    expect(r2.compute(regression([-2, -2, -2], [-2, -2, -2]))).toBe(1);
    expect(r2.compute(regression([-2, -2, -2], [-2, -2, -2 + 1e-8]))).toBe(0);
  });

  it('mape matches the mean_absolute_percentage_error docstring', () => {
    // -> 0.3273... = (0.5/3 + 0.5/0.5 + 0/2 + 1/7) / 4 = 55/168
    expectClose(mape.compute(doc), 55 / 168);
  });

  it('mape divides by eps = 2^-52 where y_true is 0 (docstring: 112589990684262.48)', () => {
    // (0.2/1 + 0.1/2^-52 + 0 + 1/7) / 4; compared relatively, the value being ~1.1e14
    const value = mape.compute(regression([1, 0, 2.4, 7], [1.2, 0.1, 2.4, 8]));
    expect(Math.abs(value / 112589990684262.48 - 1)).toBeLessThan(1e-12);
  });

  it('rejects a non-finite prediction, naming it', () => {
    expectMetricError(mae, regression([1, 2], [1, Number.NaN]), 'invalid-input', /yPred\[1\] is NaN/);
    expectMetricError(r2, regression([1, Number.POSITIVE_INFINITY], [1, 2]), 'invalid-input', /yTrue\[1\] is Infinity/);
  });
});

/** Labels and scores on a 0.05 grid (many ties), from a fixed seed. */
function randomScores(rows: number, seed: number): { yTrue: number[]; score: number[] } {
  let state = seed;
  const next = (): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const yTrue: number[] = [];
  const score: number[] = [];
  for (let i = 0; i < rows; i++) {
    const positive = next() < 0.4 ? 1 : 0;
    yTrue.push(positive);
    score.push(Math.round(Math.min(1, Math.max(0, next() * 0.8 + positive * 0.25)) * 20) / 20);
  }
  return { yTrue, score };
}

describe('ranking metrics share one sort of the scores', () => {
  // 3,000 rows (the radix path of the sort), scores on a coarse grid so that ties across classes are common
  const rows = 3000;
  const yTrue = Uint8Array.from({ length: rows }, (_, i) => ((i * 7919) % 13 < 5 ? 1 : 0));
  const score = Float64Array.from({ length: rows }, (_, i) => Math.round((((i * 0.6180339887498949) % 1) * 0.6 + yTrue[i]! * 0.3) * 50) / 50 - 0.2);
  const input: BinaryInput = { task: 'binary-classification', yTrue, score, yPred: new Uint8Array(rows) };

  it('splits and sorts the scores once for every ranking metric of one computeMetrics', () => {
    withSharedRanking(() => {
      const first = scoresByClass('roc_auc', yTrue, score);
      expect(scoresByClass('pr_auc', yTrue, score)).toBe(first);
      // other labels on the same scores are a different split
      const flipped = yTrue.map((y) => 1 - y);
      expect(scoresByClass('roc_auc', flipped, score).positives.length).toBe(first.negatives.length);
    });
    // outside it nothing is kept: arrays refilled in place (bootstrap buffers) get a fresh split
    expect(scoresByClass('roc_auc', yTrue, score)).not.toBe(scoresByClass('roc_auc', yTrue, score));
    const refilled = Uint8Array.from(yTrue);
    const before = rocAuc.compute({ ...input, yTrue: refilled });
    refilled.set(refilled.map((y) => 1 - y));
    expect(rocAuc.compute({ ...input, yTrue: refilled })).toBeCloseTo(1 - before, 12);
    expect(computeMetrics(input).values.roc_auc).toBe(rocAuc.compute(input));
  });

  it('takes a split made beforehand (partitionScores, each part sorted) and gives the same values, in the same order, in parts', () => {
    const buffer = new Float64Array(rows);
    const positiveCount = partitionScores(yTrue, score, buffer);
    expect(positiveCount).toBe(yTrue.reduce((sum, y) => sum + y, 0));
    const positives = sortFloat64(buffer.subarray(0, positiveCount));
    const negatives = sortFloat64(buffer.subarray(positiveCount));
    const whole = computeMetrics(input);
    const known = { yTrue, score, positives, negatives };
    withSharedRanking(() => {
      const split = scoresByClass('roc_auc', yTrue, score);
      expect(split.positives).toBe(positives);
      expect(split.negatives).toBe(negatives);
    }, known);
    // the parts are the split computeMetrics makes itself, bit for bit
    withSharedRanking(() => {
      const own = scoresByClass('roc_auc', yTrue, score);
      expect(Buffer.from(own.positives.buffer, own.positives.byteOffset, own.positives.byteLength).equals(Buffer.from(positives.buffer, positives.byteOffset, positives.byteLength))).toBe(true);
      expect(Buffer.from(own.negatives.buffer, own.negatives.byteOffset, own.negatives.byteLength).equals(Buffer.from(negatives.buffer, negatives.byteOffset, negatives.byteLength))).toBe(true);
    });
    const ranking = metricsNeeding('binary-classification', 'scores');
    expect(ranking).toEqual(['roc_auc', 'pr_auc']);
    const other = metricsNeeding('binary-classification', 'labels', 'probabilities');
    expect(other.length + ranking.length).toBe(10);
    const parts = [computeMetrics(input, ranking, { split: known }), computeMetrics(input, other)];
    const merged = mergeMetricValues('binary-classification', parts);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
    // a known split of other arrays is not used
    const halved = Float64Array.from(score, (v) => v / 2);
    expect(computeMetrics({ ...input, score: halved }, ['roc_auc'], { split: known }).values.roc_auc).toBe(rocAuc.compute({ ...input, score: halved }));
  });

  it('partitionScores refuses a row a ranking metric rejects (each metric then reports its own error)', () => {
    const bad = Float64Array.from(score);
    bad[17] = Number.NaN;
    expect(partitionScores(yTrue, bad, new Float64Array(rows))).toBe(-1);
    const labels = Uint8Array.from(yTrue);
    labels[5] = 2;
    expect(partitionScores(labels, score, new Float64Array(rows))).toBe(-1);
    expect(partitionScores(yTrue, score, new Float64Array(rows - 1))).toBe(-1);
    const merged = mergeMetricValues('binary-classification', [computeMetrics({ ...input, score: bad }, ['roc_auc', 'pr_auc']), computeMetrics({ ...input, score: bad }, metricsNeeding('binary-classification', 'labels', 'probabilities'))]);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(computeMetrics({ ...input, score: bad })));
    expect(merged.problems.roc_auc).toContain('score[17]');
  });

  it('gives the Mann-Whitney AUC and average precision computed pair by pair and threshold by threshold', () => {
    // the definitions, brute force: P(score_pos > score_neg) + P(tie) / 2, and sum over thresholds of dR * P
    let won = 0;
    let positives = 0;
    for (let i = 0; i < rows; i++) {
      if (yTrue[i] !== 1) continue;
      positives++;
      for (let j = 0; j < rows; j++) if (yTrue[j] === 0) won += score[i]! > score[j]! ? 1 : score[i] === score[j] ? 0.5 : 0;
    }
    const negatives = rows - positives;
    expect(rocAuc.compute(input)).toBeCloseTo(won / (positives * negatives), 12);
    let averagePrecision = 0;
    for (const threshold of [...new Set(score)].sort((a, b) => b - a)) {
      let truePositives = 0;
      let predicted = 0;
      let atThreshold = 0;
      for (let i = 0; i < rows; i++) {
        if (score[i]! >= threshold) {
          predicted++;
          truePositives += yTrue[i]!;
          if (score[i] === threshold) atThreshold += yTrue[i]!;
        }
      }
      averagePrecision += (atThreshold / positives) * (truePositives / predicted);
    }
    expect(prAuc.compute(input)).toBeCloseTo(averagePrecision, 12);
  });
});

describe('label metrics share one confusion matrix', () => {
  const yTrue = Uint8Array.from([1, 0, 1, 1, 0, 0, 1]);
  const yPred = Uint8Array.from([1, 0, 0, 1, 1, 0, 1]);

  it('counts once per pair of arrays within withSharedConfusion, and afresh outside it', () => {
    const refilled = Uint8Array.from(yPred);
    withSharedConfusion(() => {
      const first = confusionMatrix(yTrue, refilled, 'accuracy');
      expect(first).toEqual({ tn: 2, fp: 1, fn: 1, tp: 3 });
      first.tp = 99; // a caller's copy: the shared counts are not changed by it
      refilled.fill(0); // within the scope the arrays must not change; the shared counts show it
      expect(confusionMatrix(yTrue, refilled, 'f1')).toEqual({ tn: 2, fp: 1, fn: 1, tp: 3 });
      // another prediction array is another matrix
      expect(confusionMatrix(yTrue, yTrue)).toEqual({ tn: 3, fp: 0, fn: 0, tp: 4 });
    });
    expect(confusionMatrix(yTrue, refilled)).toEqual({ tn: 3, fp: 0, fn: 4, tp: 0 });
  });

  it('names each metric in its own error when the labels are invalid', () => {
    const bad: BinaryInput = { task: 'binary-classification', yTrue, yPred: Uint8Array.from([1, 0, 2, 1, 1, 0, 1]) };
    const { problems } = computeMetrics(bad, ['accuracy', 'precision', 'recall', 'f1', 'balanced_accuracy']);
    for (const id of ['accuracy', 'precision', 'recall', 'f1', 'balanced_accuracy']) expect(problems[id]).toContain(id);
    expect(computeMetrics({ ...bad, yPred }).values).toMatchObject({ accuracy: 5 / 7, precision: 3 / 4, recall: 3 / 4, f1: 3 / 4 });
  });
});
