import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  MetricError,
  accuracy,
  badBinaryLabel,
  badClassIndex,
  badProbability,
  badRegressionRow,
  confusionMatrix,
  defineMetric,
  f1,
  precision,
  recall,
  requireProbabilities,
  requireScore,
  rocAuc,
  scoresByClass
} from "./chunk-B3JWC5PF.js";
import {
  DRIFT_TEST_IDS
} from "./chunk-LURRIIGD.js";
import {
  durationMs,
  segmentsToPointer
} from "./chunk-RU6PGEHT.js";

// src/core/metrics/balanced-accuracy.ts
var balancedAccuracy = defineMetric({
  id: "balanced_accuracy",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "mean of recall on each class",
  needs: "labels",
  compute(input) {
    const { tn, fp, fn, tp } = confusionMatrix(input.yTrue, input.yPred, "balanced_accuracy");
    const positives = tp + fn;
    const negatives = tn + fp;
    if (positives === 0) return tn / negatives;
    if (negatives === 0) return tp / positives;
    return (tp / positives + tn / negatives) / 2;
  }
});

// src/core/metrics/probability-sums.ts
var EPS = Number.EPSILON;
var clippedLog = (probability) => Math.log(Math.min(Math.max(probability, EPS), 1 - EPS));
var ECE_BINS = 10;
var shared;
function withSharedProbabilitySums(compute) {
  const outer = shared;
  shared = /* @__PURE__ */ new Map();
  try {
    return compute();
  } finally {
    shared = outer;
  }
}
function sharedProbabilitySums(yTrue, score) {
  if (shared === void 0) return void 0;
  const known = shared.get(score);
  if (known !== void 0 && known.yTrue === yTrue) return known.sums ?? void 0;
  const sums = sumProbabilities(yTrue, score);
  shared.set(score, { yTrue, sums });
  return sums ?? void 0;
}
function sumProbabilities(yTrue, score) {
  const eceGaps = new Float64Array(ECE_BINS);
  let logLoss2 = 0;
  let brier2 = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const p = score[i];
    const truth = yTrue[i];
    if (!(p >= 0 && p <= 1) || truth > 1) return null;
    logLoss2 -= clippedLog(truth === 1 ? p : 1 - p);
    brier2 += (p - truth) ** 2;
    eceGaps[Math.min(Math.floor(p * ECE_BINS), ECE_BINS - 1)] += truth - p;
  }
  return { logLoss: logLoss2, brier: brier2, eceGaps };
}

// src/core/metrics/brier.ts
var brier = defineMetric({
  id: "brier",
  tasks: ["binary-classification"],
  direction: "lower-is-better",
  description: "mean squared error of the predicted probability",
  needs: "probabilities",
  compute(input) {
    const { yTrue } = input;
    const score = requireScore("brier", input);
    const sums = sharedProbabilitySums(yTrue, score);
    if (sums !== void 0) return sums.brier / yTrue.length;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const p = score[i];
      if (!(p >= 0 && p <= 1)) throw badProbability("brier", "score", i, p);
      const truth = yTrue[i];
      if (truth > 1) throw badBinaryLabel("brier", "yTrue", i, truth);
      total += (p - truth) ** 2;
    }
    return total / yTrue.length;
  }
});

// src/core/metrics/ece.ts
var ece = defineMetric({
  id: "ece",
  tasks: ["binary-classification"],
  direction: "lower-is-better",
  description: "expected calibration error",
  needs: "probabilities",
  compute(input) {
    const { yTrue } = input;
    const score = requireScore("ece", input);
    const gapSums = sharedProbabilitySums(yTrue, score)?.eceGaps ?? sumGaps(yTrue, score);
    let total = 0;
    for (const gap of gapSums) total += Math.abs(gap);
    return total / yTrue.length;
  }
});
function sumGaps(yTrue, score) {
  const gapSums = new Float64Array(ECE_BINS);
  for (let i = 0; i < yTrue.length; i++) {
    const p = score[i];
    if (!(p >= 0 && p <= 1)) throw badProbability("ece", "score", i, p);
    const truth = yTrue[i];
    if (truth > 1) throw badBinaryLabel("ece", "yTrue", i, truth);
    gapSums[Math.min(Math.floor(p * ECE_BINS), ECE_BINS - 1)] += truth - p;
  }
  return gapSums;
}

// src/core/metrics/log-loss.ts
var ROW_SUM_TOLERANCE = 1e-3;
var logLoss = defineMetric({
  id: "log_loss",
  tasks: ["binary-classification", "multiclass-classification"],
  direction: "lower-is-better",
  description: "cross-entropy of the predicted probabilities",
  needs: "probabilities",
  compute(input) {
    let total = 0;
    if (input.task === "binary-classification") {
      const { yTrue: yTrue2 } = input;
      const score = requireScore("log_loss", input);
      const sums = sharedProbabilitySums(yTrue2, score);
      if (sums !== void 0) return sums.logLoss / yTrue2.length;
      for (let i = 0; i < yTrue2.length; i++) {
        const p = score[i];
        if (!(p >= 0 && p <= 1)) throw badProbability("log_loss", "score", i, p);
        const truth = yTrue2[i];
        if (truth > 1) throw badBinaryLabel("log_loss", "yTrue", i, truth);
        total -= clippedLog(truth === 1 ? p : 1 - p);
      }
      return total / yTrue2.length;
    }
    const { yTrue, classCount } = input;
    const probabilities = requireProbabilities("log_loss", input);
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i];
      if (truth < 0 || truth >= classCount) throw badClassIndex("log_loss", "yTrue", i, truth, classCount);
      const start = i * classCount;
      let rowSum = 0;
      for (let k = start; k < start + classCount; k++) {
        const p = probabilities[k];
        if (!(p >= 0 && p <= 1)) throw badProbability("log_loss", "probabilities", k, p);
        rowSum += p;
      }
      if (Math.abs(rowSum - 1) > ROW_SUM_TOLERANCE) {
        throw new MetricError("invalid-input", "log_loss", `probabilities of row ${i} sum to ${rowSum}, not 1: is the score output a probability (softmax), not logits?`);
      }
      total -= clippedLog(probabilities[start + truth]);
    }
    return total / yTrue.length;
  }
});

// src/core/metrics/class-counts.ts
function classCounts(metric, yTrue, yPred, classCount) {
  const truePositives = new Float64Array(classCount);
  const support = new Float64Array(classCount);
  const predicted = new Float64Array(classCount);
  for (let i = 0; i < yTrue.length; i++) {
    const truth = yTrue[i];
    const prediction = yPred[i];
    if (truth < 0 || truth >= classCount) throw badClassIndex(metric, "yTrue", i, truth, classCount);
    if (prediction < 0 || prediction >= classCount) throw badClassIndex(metric, "yPred", i, prediction, classCount);
    support[truth]++;
    predicted[prediction]++;
    if (truth === prediction) truePositives[truth]++;
  }
  return { truePositives, support, predicted };
}
function classF1(counts, k) {
  const denominator = counts.support[k] + counts.predicted[k];
  return denominator === 0 ? 0 : 2 * counts.truePositives[k] / denominator;
}

// src/core/metrics/macro-f1.ts
var macroF1 = defineMetric({
  id: "macro_f1",
  tasks: ["multiclass-classification"],
  direction: "higher-is-better",
  description: "unweighted mean F1 over classes",
  needs: "labels",
  compute(input) {
    const counts = classCounts("macro_f1", input.yTrue, input.yPred, input.classCount);
    let total = 0;
    let classes = 0;
    for (let k = 0; k < input.classCount; k++) {
      if (counts.support[k] === 0 && counts.predicted[k] === 0) continue;
      total += classF1(counts, k);
      classes++;
    }
    return total / classes;
  }
});

// src/core/metrics/mae.ts
var mae = defineMetric({
  id: "mae",
  tasks: ["regression"],
  direction: "lower-is-better",
  description: "mean absolute error",
  needs: "predictions",
  compute({ yTrue, yPred }) {
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const error = Math.abs(yPred[i] - yTrue[i]);
      if (!Number.isFinite(error)) throw badRegressionRow("mae", yTrue, yPred, i);
      total += error;
    }
    return total / yTrue.length;
  }
});

// src/core/metrics/mape.ts
var mape = defineMetric({
  id: "mape",
  tasks: ["regression"],
  direction: "lower-is-better",
  description: "mean absolute percentage error",
  needs: "predictions",
  compute({ yTrue, yPred }) {
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i];
      const error = Math.abs(yPred[i] - truth);
      if (!Number.isFinite(error)) throw badRegressionRow("mape", yTrue, yPred, i);
      total += error / Math.max(Math.abs(truth), Number.EPSILON);
    }
    return total / yTrue.length;
  }
});

// src/core/metrics/pr-auc.ts
var prAuc = defineMetric({
  id: "pr_auc",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "average precision (area under the precision-recall curve)",
  needs: "scores",
  compute(input) {
    const { positives, negatives } = scoresByClass("pr_auc", input.yTrue, requireScore("pr_auc", input));
    const positiveCount = positives.length;
    if (positiveCount === 0) {
      throw new MetricError("undefined", "pr_auc", `undefined without positive rows: all ${input.yTrue.length} rows are negative, so recall is 0/0; evaluate on data with positives`);
    }
    let p = positiveCount - 1;
    let n = negatives.length - 1;
    let truePositives = 0;
    let falsePositives = 0;
    let averagePrecision = 0;
    while (p >= 0) {
      const threshold = n >= 0 ? Math.max(positives[p], negatives[n]) : positives[p];
      let newTruePositives = 0;
      while (p >= 0 && positives[p] === threshold) {
        p--;
        newTruePositives++;
      }
      while (n >= 0 && negatives[n] === threshold) {
        n--;
        falsePositives++;
      }
      truePositives += newTruePositives;
      if (newTruePositives > 0) averagePrecision += newTruePositives / positiveCount * (truePositives / (truePositives + falsePositives));
    }
    return averagePrecision;
  }
});

// src/core/metrics/r2.ts
var r2 = defineMetric({
  id: "r2",
  tasks: ["regression"],
  direction: "higher-is-better",
  description: "coefficient of determination",
  needs: "predictions",
  compute({ yTrue, yPred }) {
    let residualSquares = 0;
    let mean = 0;
    let totalSquares = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i];
      const error = yPred[i] - truth;
      if (!Number.isFinite(error)) throw badRegressionRow("r2", yTrue, yPred, i);
      residualSquares += error * error;
      const delta = truth - mean;
      mean += delta / (i + 1);
      totalSquares += delta * (truth - mean);
    }
    if (totalSquares === 0) return residualSquares === 0 ? 1 : 0;
    return 1 - residualSquares / totalSquares;
  }
});

// src/core/metrics/rmse.ts
var rmse = defineMetric({
  id: "rmse",
  tasks: ["regression"],
  direction: "lower-is-better",
  description: "root mean squared error",
  needs: "predictions",
  compute({ yTrue, yPred }) {
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const error = yPred[i] - yTrue[i];
      if (!Number.isFinite(error)) throw badRegressionRow("rmse", yTrue, yPred, i);
      total += error * error;
    }
    return Math.sqrt(total / yTrue.length);
  }
});

// src/core/metrics/weighted-f1.ts
var weightedF1 = defineMetric({
  id: "weighted_f1",
  tasks: ["multiclass-classification"],
  direction: "higher-is-better",
  description: "support-weighted mean F1 over classes",
  needs: "labels",
  compute(input) {
    const counts = classCounts("weighted_f1", input.yTrue, input.yPred, input.classCount);
    let total = 0;
    for (let k = 0; k < input.classCount; k++) total += counts.support[k] * classF1(counts, k);
    return total / input.yTrue.length;
  }
});

// src/core/metrics/registry.ts
var METRICS = Object.freeze([
  accuracy,
  balancedAccuracy,
  precision,
  recall,
  f1,
  rocAuc,
  prAuc,
  logLoss,
  brier,
  ece,
  macroF1,
  weightedF1,
  mae,
  rmse,
  r2,
  mape
]);
var BY_ID = new Map(METRICS.map((metric) => [metric.id, metric]));
function metricById(id) {
  return BY_ID.get(id);
}
function metricsForTask(task) {
  return METRICS.filter((metric) => metric.tasks.includes(task));
}

// src/core/fairness/group-metrics.ts
var TN = 0;
var FP = 1;
var FN = 2;
var TP = 3;
var CELLS = 4;
var BINARY_RATES = ["base_rate", "selection_rate", "tpr", "fpr", "fnr", "tnr", "precision", "fdr", "for", "npv", "accuracy", "ppr"];
var REGRESSION_MEASURES = ["mae", "rmse", "mean_prediction", "mean_label"];
function confusionByGroup(input, grouping) {
  const counts = new Float64Array(grouping.groups.length * CELLS);
  const { yTrue, yPred } = input;
  const codes = grouping.codes;
  for (let i = 0; i < codes.length; i++) counts[codes[i] * CELLS + yTrue[i] * 2 + yPred[i]]++;
  return counts;
}
function overallCounts(counts) {
  const total = new Float64Array(CELLS);
  for (let i = 0; i < counts.length; i++) total[i % CELLS] += counts[i];
  return total;
}
function rateOf(rate, counts, g, totalPredictedPositives) {
  const o = g * CELLS;
  const tn = counts[o + TN];
  const fp = counts[o + FP];
  const fn = counts[o + FN];
  const tp = counts[o + TP];
  const n = tn + fp + fn + tp;
  switch (rate) {
    case "base_rate":
      return (fn + tp) / n;
    case "selection_rate":
      return (fp + tp) / n;
    case "tpr":
      return tp / (tp + fn);
    case "fnr":
      return fn / (tp + fn);
    case "fpr":
      return fp / (fp + tn);
    case "tnr":
      return tn / (fp + tn);
    case "precision":
      return tp / (tp + fp);
    case "fdr":
      return fp / (tp + fp);
    case "npv":
      return tn / (tn + fn);
    case "for":
      return fn / (tn + fn);
    case "accuracy":
      return (tp + tn) / n;
    case "ppr":
      return (tp + fp) / totalPredictedPositives;
  }
}
function undefinedRateReason(rate, c, totalPredictedPositives) {
  const n = c.tp + c.fp + c.tn + c.fn;
  if (n === 0) return "no rows";
  switch (rate) {
    case "tpr":
    case "fnr":
      return c.tp + c.fn === 0 ? `no positive labels, so ${rate.toUpperCase()} is 0/0` : void 0;
    case "fpr":
    case "tnr":
      return c.fp + c.tn === 0 ? `no negative labels, so ${rate.toUpperCase()} is 0/0` : void 0;
    case "precision":
    case "fdr":
      return c.tp + c.fp === 0 ? `no positive predictions, so ${rate === "fdr" ? "FDR" : "precision"} is 0/0` : void 0;
    case "npv":
    case "for":
      return c.tn + c.fn === 0 ? `no negative predictions, so ${rate.toUpperCase()} is 0/0` : void 0;
    case "ppr":
      return totalPredictedPositives === 0 ? "the model predicts no positives at all, so the share of positive predictions is 0/0" : void 0;
    default:
      return void 0;
  }
}
function countsOf(counts, g) {
  const o = g * CELLS;
  return { tn: counts[o + TN], fp: counts[o + FP], fn: counts[o + FN], tp: counts[o + TP] };
}
function binaryMetricsOf(counts, g, rows, totalPredictedPositives) {
  const c = countsOf(counts, g);
  const count = c.tp + c.fp + c.tn + c.fn;
  const rates = {};
  const undefinedRates = {};
  for (const rate of BINARY_RATES) {
    const why = undefinedRateReason(rate, c, totalPredictedPositives);
    if (why) undefinedRates[rate] = why;
    rates[rate] = why ? null : rateOf(rate, counts, g, totalPredictedPositives);
  }
  return {
    ...c,
    count,
    share: count / rows,
    positives: c.tp + c.fn,
    negatives: c.tn + c.fp,
    predictedPositives: c.tp + c.fp,
    predictedNegatives: c.tn + c.fn,
    rates,
    undefinedRates
  };
}
function binaryGroupMetrics(counts, grouping) {
  const total = overallCounts(counts);
  const rows = total[TN] + total[FP] + total[FN] + total[TP];
  const predictedPositives = total[FP] + total[TP];
  const groups = grouping.groups.map((info, g) => ({ group: info.label, values: info.values, missing: info.missing, ...binaryMetricsOf(counts, g, rows, predictedPositives) }));
  const overall = { group: "overall", values: {}, missing: false, ...binaryMetricsOf(total, 0, rows, predictedPositives) };
  return { groups, overall };
}
var REGRESSION_SUMS = 5;
function regressionSumsByGroup(input, grouping) {
  const sums = new Float64Array(grouping.groups.length * REGRESSION_SUMS);
  const { yTrue, yPred } = input;
  const codes = grouping.codes;
  for (let i = 0; i < codes.length; i++) addRegressionRow(sums, codes[i] * REGRESSION_SUMS, yPred[i], yTrue[i]);
  return sums;
}
function regressionSumsOfRows(input, grouping, indices, sums, multiplicity) {
  sums.fill(0);
  multiplicity.fill(0);
  for (let k = 0; k < indices.length; k++) multiplicity[indices[k]]++;
  const { yTrue, yPred } = input;
  const codes = grouping.codes;
  for (let i = 0; i < multiplicity.length; i++) {
    const times = multiplicity[i];
    if (times === 0) continue;
    const o = codes[i] * REGRESSION_SUMS;
    const error = yPred[i] - yTrue[i];
    sums[o] += times;
    sums[o + 1] += times * Math.abs(error);
    sums[o + 2] += times * error * error;
    sums[o + 3] += times * yPred[i];
    sums[o + 4] += times * yTrue[i];
  }
  return sums;
}
function addRegressionRow(sums, o, prediction, truth) {
  const error = prediction - truth;
  sums[o] += 1;
  sums[o + 1] += Math.abs(error);
  sums[o + 2] += error * error;
  sums[o + 3] += prediction;
  sums[o + 4] += truth;
}
function regressionMeasureOf(measure, sums, g) {
  const o = g * REGRESSION_SUMS;
  const n = sums[o];
  switch (measure) {
    case "mae":
      return sums[o + 1] / n;
    case "rmse":
      return Math.sqrt(sums[o + 2] / n);
    case "mean_prediction":
      return sums[o + 3] / n;
    case "mean_label":
      return sums[o + 4] / n;
  }
}
function regressionGroupMetrics(sums, grouping) {
  const total = new Float64Array(REGRESSION_SUMS);
  for (let i = 0; i < sums.length; i++) total[i % REGRESSION_SUMS] += sums[i];
  const rows = total[0];
  const measuresOf = (s, g) => Object.fromEntries(REGRESSION_MEASURES.map((m) => [m, regressionMeasureOf(m, s, g)]));
  const groups = grouping.groups.map((info, g) => ({
    group: info.label,
    values: info.values,
    missing: info.missing,
    count: sums[g * REGRESSION_SUMS],
    share: sums[g * REGRESSION_SUMS] / rows,
    measures: measuresOf(sums, g)
  }));
  return { groups, overall: { group: "overall", values: {}, missing: false, count: rows, share: 1, measures: measuresOf(total, 0) } };
}

// src/core/fairness/aggregates.ts
var FAIRLEARN_METHODS = ["between_groups", "to_overall"];
var EQUALIZED_ODDS_AGGS = ["worst_case", "mean"];
var DEFAULT_DISPARITY_BAND = { min: 0.8, max: 1.25 };
var FAIRLEARN_BASES = [
  { base: "demographic_parity", rates: ["selection_rate"] },
  { base: "equal_opportunity", rates: ["tpr"] },
  { base: "equalized_odds", rates: ["tpr", "fpr"] }
];
var BINARY_AGGREGATES = FAIRLEARN_BASES.flatMap(
  ({ base, rates }) => ["difference", "ratio"].flatMap(
    (comparison) => FAIRLEARN_METHODS.flatMap(
      (method) => rates.length > 1 ? EQUALIZED_ODDS_AGGS.map((agg) => ({ id: `${base}_${comparison}`, comparison, method, agg, rates })) : [{ id: `${base}_${comparison}`, comparison, method, rates }]
    )
  )
);
var MAE_DIFFERENCE = "mae_difference";
var AEQUITAS_RATES = { fpr: "fpr", fnr: "fnr", fdr: "fdr", for: "for", ppr: "ppr", pprev: "selection_rate" };
var DISPARITIES = Object.entries(AEQUITAS_RATES).map(([name, rate]) => ({ id: `${name}_disparity`, rate }));
var RATE_NAMES = {
  base_rate: "base rate",
  selection_rate: "selection rate",
  tpr: "TPR",
  fpr: "FPR",
  fnr: "FNR",
  tnr: "TNR",
  precision: "precision",
  fdr: "FDR",
  for: "FOR",
  npv: "NPV",
  accuracy: "accuracy",
  ppr: "PPR"
};
function compareGroups(comparison, method, values, overall) {
  if (values.length === 0) return Number.NaN;
  let min = Infinity;
  let max = -Infinity;
  let farthest = -Infinity;
  let smallestRatio = Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) return Number.NaN;
    if (v < min) min = v;
    if (v > max) max = v;
    if (method === "to_overall") {
      farthest = Math.max(farthest, Math.abs(v - overall));
      const r = v / overall;
      if (!Number.isNaN(r)) smallestRatio = Math.min(smallestRatio, r > 1 ? 1 / r : r);
    }
  }
  if (comparison === "difference") return method === "between_groups" ? max - min : Number.isNaN(overall) ? Number.NaN : farthest;
  if (method === "between_groups") return min / max;
  return Number.isNaN(overall) || smallestRatio === Infinity ? Number.NaN : smallestRatio;
}
var RATE_INDEX = Object.fromEntries(BINARY_RATES.map((r, i) => [r, i]));
function rateTable(counts, groups, into) {
  const table = into ?? { groups, rates: new Float64Array(BINARY_RATES.length * groups), overall: new Float64Array(BINARY_RATES.length) };
  const total = new Float64Array(CELLS);
  for (let i = 0; i < groups * CELLS; i++) total[i % CELLS] += counts[i];
  const predictedPositives = total[FP] + total[TP];
  BINARY_RATES.forEach((rate, r) => {
    for (let g = 0; g < groups; g++) table.rates[r * groups + g] = rateOf(rate, counts, g, predictedPositives);
    table.overall[r] = rateOf(rate, total, 0, predictedPositives);
  });
  return table;
}
function disparityValue(rate, table, g, reference) {
  const r = RATE_INDEX[rate] * table.groups;
  const denominator = table.rates[r + reference];
  if (denominator === 0) return Number.NaN;
  return table.rates[r + g] / denominator;
}
function withinBand(value, band) {
  return (band.min === void 0 || value >= band.min) && (band.max === void 0 || value <= band.max);
}
function aggregateKey(spec) {
  return spec.agg ? `${spec.id}/${spec.method}/${spec.agg}` : `${spec.id}/${spec.method}`;
}

// src/core/metrics/known.ts
var BINARY = ["binary-classification"];
var REGRESSION = ["regression"];
var PERFORMANCE_METRICS = METRICS;
var FAIRNESS_METRICS = [
  ...[...new Map(BINARY_AGGREGATES.map((spec) => [spec.id, spec.comparison])).entries()].map(([id, comparison]) => {
    const base = id.slice(0, -`_${comparison}`.length);
    return { id, tasks: BINARY, direction: comparison === "difference" ? "lower-is-better" : "higher-is-better", description: `${base.replace("_", " ")} ${comparison} between groups` };
  }),
  ...DISPARITIES.map(({ id }) => ({ id, tasks: BINARY, direction: "higher-is-better", description: `${id.replace(/_disparity$/, "").toUpperCase()} of each group over the reference group's` })),
  { id: MAE_DIFFERENCE, tasks: REGRESSION, direction: "lower-is-better", description: "largest gap in mean absolute error between groups" }
];
var DRIFT_METHODS = ["auto", ...DRIFT_TEST_IDS];
function metricsForTask2(table, task) {
  return table.filter((m) => m.tasks.includes(task));
}

// src/core/manifest/validate/manifest-checks.ts
function finding(source, at, code, message, extra = {}, target = "value") {
  const pos = source.locate(at, target);
  return {
    severity: "error",
    category: "input",
    code,
    message,
    file: source.file,
    line: pos.line,
    column: pos.column,
    pointer: segmentsToPointer(at),
    ...extra
  };
}
function folderName(manifestPath) {
  const parts = manifestPath.split("/");
  return parts.length >= 2 ? parts[parts.length - 2] : void 0;
}
function checkManifestCoherence(manifest, source) {
  const findings = [];
  const add = (at, code, message, extra = {}, target = "value") => findings.push(finding(source, at, code, message, extra, target));
  const folder = folderName(source.file);
  if (folder !== void 0 && folder !== manifest.metadata.name) {
    add(["metadata", "name"], "name-folder-mismatch", `metadata.name '${manifest.metadata.name}' differs from its folder '${folder}'`, {
      hint: `rename the folder to '${manifest.metadata.name}' or set metadata.name: ${folder}`
    });
  }
  const { task } = manifest.problem;
  const features = manifest.data.features;
  const featureNames = /* @__PURE__ */ new Set();
  features.forEach((f, i) => {
    if (featureNames.has(f.name)) add(["data", "features", i, "name"], "duplicate-feature", `feature '${f.name}' is declared twice`);
    featureNames.add(f.name);
  });
  if (featureNames.has(manifest.data.label.column)) {
    add(["data", "label", "column"], "label-is-feature", `label column '${manifest.data.label.column}' is also declared as a feature (target leakage)`);
  }
  if (task === "binary-classification") {
    if (manifest.data.label.positive === void 0) {
      add(["data", "label"], "missing-positive-class", "binary classification needs data.label.positive (the value of the positive class)");
    }
    if (!manifest.artifact.outputs.score && !manifest.artifact.outputs.label) {
      add(["artifact", "outputs"], "missing-output", "classification needs artifact.outputs.score or artifact.outputs.label");
    }
  } else if (task === "multiclass-classification") {
    if (!manifest.artifact.outputs.score && !manifest.artifact.outputs.label) {
      add(["artifact", "outputs"], "missing-output", "classification needs artifact.outputs.score or artifact.outputs.label");
    }
  } else {
    if (!manifest.artifact.outputs.prediction) add(["artifact", "outputs"], "missing-output", "regression needs artifact.outputs.prediction");
    if (manifest.artifact.threshold !== void 0) add(["artifact", "threshold"], "threshold-not-applicable", "artifact.threshold only applies to binary classification");
  }
  const inputs = manifest.artifact.inputs;
  if (inputs.columns) {
    inputs.columns.forEach((column, i) => {
      if (!featureNames.has(column)) add(["artifact", "inputs", "columns", i], "unknown-input-column", `input column '${column}' is not a declared feature`);
    });
    const missing = [...featureNames].filter((name) => !inputs.columns.includes(name));
    if (missing.length > 0) add(["artifact", "inputs", "columns"], "missing-input-column", `features missing from artifact.inputs.columns: ${missing.join(", ")}`);
  }
  if (inputs.names) {
    for (const column of Object.keys(inputs.names)) {
      if (!featureNames.has(column)) add(["artifact", "inputs", "names", column], "unknown-input-column", `'${column}' in artifact.inputs.names is not a declared feature`, {}, "key");
    }
  }
  const sensitiveNames = /* @__PURE__ */ new Set();
  (manifest.data.sensitive ?? []).forEach((attribute, i) => {
    if (sensitiveNames.has(attribute.name)) add(["data", "sensitive", i, "name"], "duplicate-sensitive", `sensitive attribute '${attribute.name}' is declared twice`);
    sensitiveNames.add(attribute.name);
    if (attribute.bins) {
      if ((attribute.type ?? "categorical") !== "numeric") {
        add(["data", "sensitive", i, "bins"], "bins-not-numeric", `bins only apply to a numeric attribute; set type: numeric on '${attribute.name}'`);
      }
      for (let b = 1; b < attribute.bins.length; b++) {
        if (attribute.bins[b] <= attribute.bins[b - 1]) {
          add(["data", "sensitive", i, "bins", b], "bins-not-ascending", `bins of '${attribute.name}' must be strictly ascending (${attribute.bins[b - 1]} then ${attribute.bins[b]})`);
        }
      }
    } else if (attribute.type === "numeric") {
      add(["data", "sensitive", i], "missing-bins", `numeric sensitive attribute '${attribute.name}' needs bins (bucket edges, e.g. [25, 60])`);
    }
  });
  for (const key of ["training", "evaluation", "reference"]) {
    const dataset = manifest.data[key];
    if (dataset && dataset.path === void 0 && dataset.uri === void 0) add(["data", key], "dataset-location", `data.${key} needs a path (in the repository) or a uri`);
  }
  if (manifest.data.evaluation.path === void 0) {
    add(["data", "evaluation"], "evaluation-not-in-repo", "data.evaluation needs a path in the repository: the gates run the model on it");
  }
  const gates = manifest.gates ?? {};
  const knownPerformance = new Set(metricsForTask2(PERFORMANCE_METRICS, task).map((m) => m.id));
  for (const id of Object.keys(gates.performance?.metrics ?? {})) {
    if (!knownPerformance.has(id)) add(["gates", "performance", "metrics", id], "metric-not-for-task", `metric '${id}' does not apply to ${task}`, { hint: `metrics for ${task}: ${[...knownPerformance].join(", ")}` }, "key");
  }
  for (const [index, id] of (gates.champion?.metrics ?? []).entries()) {
    if (!knownPerformance.has(id)) add(["gates", "champion", "metrics", index], "metric-not-for-task", `champion metric '${id}' is not a ${task} metric`, { hint: `metrics for ${task}: ${[...knownPerformance].join(", ")}` });
  }
  for (const id of Object.keys(manifest.baseline?.metrics ?? {})) {
    if (!knownPerformance.has(id)) add(["baseline", "metrics", id], "metric-not-for-task", `baseline metric '${id}' is not a ${task} metric`, { hint: `metrics for ${task}: ${[...knownPerformance].join(", ")}` }, "key");
  }
  if (gates.fairness) {
    const knownFairness = new Set(metricsForTask2(FAIRNESS_METRICS, task).map((m) => m.id));
    for (const id of Object.keys(gates.fairness.metrics ?? {})) {
      if (!knownFairness.has(id)) add(["gates", "fairness", "metrics", id], "metric-not-for-task", `fairness metric '${id}' does not apply to ${task}`, {}, "key");
    }
    gates.fairness.attributes.forEach((name, i) => {
      if (!sensitiveNames.has(name)) {
        add(["gates", "fairness", "attributes", i], "unknown-sensitive", `fairness attribute '${name}' is not declared in data.sensitive`, {
          hint: sensitiveNames.size > 0 ? `declared: ${[...sensitiveNames].join(", ")}` : "declare it under data.sensitive with its column"
        });
      }
    });
  }
  const drift = gates.drift;
  const distances = ["psi", "jensenshannon", "wasserstein", "hellinger"];
  if (drift?.threshold !== void 0 && drift.threshold_mode === void 0 && distances.includes(drift.method ?? "auto")) {
    add(
      ["gates", "drift", "threshold"],
      "drift-threshold-is-alpha",
      `gates.drift.threshold ${drift.threshold} with method ${drift.method} is read as a false-alarm rate (threshold_mode calibrated, the default), not as Evidently's distance threshold`,
      { severity: "warning", category: "policy", hint: "set gates.drift.threshold_mode: fixed to keep the distance threshold, or threshold_mode: calibrated to confirm the false-alarm rate" }
    );
  }
  if (drift?.threshold !== void 0 && (drift.method ?? "auto") === "auto" && drift.threshold_mode === "fixed") {
    add(
      ["gates", "drift", "threshold"],
      "ambiguous-drift-threshold",
      `gates.drift.threshold ${drift.threshold} with method auto is read as a p-value by the columns that get KS, chi-squared or z and as a distance by those that get Wasserstein, Jensen-Shannon, PSI or Hellinger`,
      { severity: "warning", category: "policy", hint: "name a method (gates.drift.method), or set thresholds per column (gates.drift.columns.<name>.threshold)" }
    );
  }
  for (const column of Object.keys(gates.drift?.columns ?? {})) {
    if (!featureNames.has(column)) add(["gates", "drift", "columns", column], "unknown-drift-column", `drift override for '${column}', which is not a declared feature`, {}, "key");
  }
  for (const { at, bound } of boundsIn(gates, ["gates"])) {
    if (bound.min !== void 0 && bound.max !== void 0 && bound.min > bound.max) {
      add(at, "contradictory-bounds", `${at.join(".")}: min ${bound.min} is greater than max ${bound.max}; no value can pass`);
    }
  }
  const retraining = manifest.monitoring?.retraining;
  if (retraining?.min_interval && retraining.max_interval) {
    if (durationMs(retraining.min_interval) > durationMs(retraining.max_interval)) {
      add(["monitoring", "retraining", "min_interval"], "contradictory-bounds", `retraining min_interval ${retraining.min_interval} is longer than max_interval ${retraining.max_interval}`);
    }
  }
  const trigger = retraining?.trigger;
  if (trigger?.type === "workflow_dispatch" && !trigger.workflow) add(["monitoring", "retraining", "trigger"], "missing-trigger-field", "a workflow_dispatch trigger needs `workflow` (the workflow file name)");
  if (trigger?.type === "repository_dispatch" && !trigger.event_type) add(["monitoring", "retraining", "trigger"], "missing-trigger-field", "a repository_dispatch trigger needs `event_type`");
  findings.push(...checkEvidenceFields(manifest, source));
  return findings;
}
var MANIFEST_FIELD = /^(metadata|stage|problem|artifact|data|baseline|gates|monitoring|deployment)(\.[A-Za-z0-9_-]+)*$/;
function checkEvidenceFields(manifest, source) {
  const findings = [];
  for (const [section, items] of Object.entries(manifest.checklist)) {
    for (const [key, item] of Object.entries(items ?? {})) {
      const evidence = item.evidence === void 0 ? [] : [item.evidence].flat();
      evidence.forEach((text, i) => {
        const field = text.trim();
        if (!MANIFEST_FIELD.test(field)) return;
        let value = manifest;
        for (const part of field.split(".")) value = value !== null && typeof value === "object" ? value[part] : void 0;
        if (value !== void 0) return;
        const at = Array.isArray(item.evidence) ? ["checklist", section, key, "evidence", i] : ["checklist", section, key, "evidence"];
        findings.push(finding(source, at, "missing-evidence-field", `evidence '${field}' names a manifest field that is not there`, { hint: `declare ${field}, or give other evidence` }));
      });
    }
  }
  return findings;
}
function boundsIn(value, at) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const record = value;
  if (typeof record["min"] === "number" || typeof record["max"] === "number") return [{ at, bound: record }];
  return Object.entries(record).flatMap(([key, child]) => boundsIn(child, [...at, key]));
}

// src/core/manifest/validate/paths.ts
function pathShapeProblem(path) {
  return pathShape(path)?.problem;
}
function canonicalPath(path) {
  return path.split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
}
function pathShape(path) {
  if (wellShapedPaths.has(path)) return void 0;
  const problem = shapeProblem(path);
  if (problem === void 0 && wellShapedPaths.size < MEMO_LIMIT) wellShapedPaths.add(path);
  return problem;
}
var wellShapedPaths = /* @__PURE__ */ new Set();
var evidencePaths = /* @__PURE__ */ new Map();
var MEMO_LIMIT = 2e4;
function shapeProblem(path) {
  if (path.includes("\0")) return { problem: "contains a NUL character" };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    return { problem: "is a URL, not a file in the repository", hint: "commit the file and give its repository path; data outside the repository goes in `uri` instead of `path`" };
  }
  if (path === "~" || path.startsWith("~/") || /^~[\w.-]+\//.test(path)) {
    return { problem: "starts with ~ (a home directory), which is not expanded", hint: "paths are relative to the repository root, e.g. models/<name>/model.onnx" };
  }
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.startsWith("\\")) return { problem: "is absolute; paths are relative to the repository root" };
  if (path.includes("\\")) return { problem: "contains a backslash; use forward slashes", canonical: canonicalPath(path.replace(/\\/g, "/")) };
  if (path.split("/").includes("..")) return { problem: "leaves the repository (contains ..)" };
  const canonical = canonicalPath(path);
  if (canonical === "") return { problem: "names the repository root, not a file" };
  if (canonical !== path) {
    const why = path.endsWith("/") ? "ends with /" : path.split("/").includes(".") ? "contains ./" : "contains //";
    return { problem: `${why}; every path has one spelling`, hint: `write '${canonical}'`, canonical };
  }
  return void 0;
}
var DELIMITERS = [
  { char: ";", name: "semicolons" },
  { char: "	", name: "tabs" },
  { char: "|", name: "vertical bars" }
];
function delimiterOf(columns) {
  if (columns.length !== 1) return void 0;
  return DELIMITERS.find((d) => columns[0].split(d.char).length >= 3 || columns[0].includes(d.char) && columns[0].split(d.char).every((part) => part.trim() !== ""));
}
var truncate = (text, length) => text.length > length ? `${text.slice(0, length)}\u2026` : text;
function globProblem(pattern) {
  if (pattern.includes("\0")) return "contains a NUL character";
  if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern) || pattern.startsWith("\\")) return "is absolute; globs are relative to the repository root";
  if (pattern.startsWith("~")) return "starts with ~; globs are relative to the repository root";
  if (pattern.includes("\\")) return "contains a backslash; use forward slashes";
  if (/(^|[/{,!])\.\.($|[/},])/.test(pattern)) return "leaves the repository (contains ..)";
  return void 0;
}
function evidencePath(evidence) {
  if (evidencePaths.has(evidence)) return evidencePaths.get(evidence);
  const path = readEvidencePath(evidence);
  if (evidencePaths.size < MEMO_LIMIT) evidencePaths.set(evidence, path);
  return path;
}
function readEvidencePath(evidence) {
  const text = evidence.trim();
  if (/^\.\/[\w.\/-]+$/.test(text)) return text.slice(2);
  if (/^[\w-][\w.-]*\.(?:md|markdown|rst|txt|pdf|html?|ipynb|docx?|xlsx?|csv|json|ya?ml|py|r|sql)$/i.test(text)) return text;
  return /^[\w.-]+(\/[\w.-]+)*\/[\w-][\w.-]*\.[A-Za-z0-9]{1,10}$/.test(text) ? text : void 0;
}
function pathReferences(manifest) {
  const references = [
    { at: ["artifact", "path"], path: manifest.artifact.path, role: "artifact", sha256: manifest.artifact.sha256 }
  ];
  const featureColumns = manifest.data.features.map((f, i) => ({ name: f.name, at: ["data", "features", i, "name"], what: "feature" }));
  const labelColumn = { name: manifest.data.label.column, at: ["data", "label", "column"], what: "label" };
  const sensitiveColumns = (manifest.data.sensitive ?? []).map((s, i) => ({ name: s.column, at: ["data", "sensitive", i, "column"], what: `sensitive attribute '${s.name}'` }));
  const datasets = [
    [["data", "training"], manifest.data.training, [...featureColumns, labelColumn]],
    [["data", "evaluation"], manifest.data.evaluation, [...featureColumns, labelColumn, ...sensitiveColumns]],
    [["data", "reference"], manifest.data.reference, featureColumns]
  ];
  for (const [at, dataset, columns] of datasets) {
    if (dataset?.path === void 0) continue;
    const reference = { at: [...at, "path"], path: dataset.path, role: "dataset", columns: columns ?? [] };
    if (dataset.sha256 !== void 0) reference.sha256 = dataset.sha256;
    references.push(reference);
  }
  for (const [section, items] of Object.entries(manifest.checklist)) {
    for (const [key, item] of Object.entries(items ?? {})) {
      const evidence = item.evidence === void 0 ? [] : [item.evidence].flat();
      evidence.forEach((text, i) => {
        const path = evidencePath(text);
        if (path === void 0) return;
        const at = Array.isArray(item.evidence) ? ["checklist", section, key, "evidence", i] : ["checklist", section, key, "evidence"];
        references.push({ at, path, role: "evidence" });
      });
    }
  }
  return references;
}
function checkPathReference(reference, facts, source) {
  const shape = pathShape(reference.path);
  if (shape) {
    const code = shape.canonical !== void 0 ? "non-canonical-path" : /leaves|absolute|~/.test(shape.problem) ? "path-outside-repo" : "invalid-path";
    return [finding(source, reference.at, code, `${reference.role} path '${reference.path}' ${shape.problem}`, shape.hint ? { hint: shape.hint } : {})];
  }
  if (!facts) return [];
  switch (facts.status) {
    case "missing":
      return [
        finding(source, reference.at, "missing-file", `${reference.role} '${reference.path}' does not exist`, {
          hint: facts.similar !== void 0 ? `did you mean '${facts.similar}'? (paths are case-sensitive)` : "paths are relative to the repository root"
        })
      ];
    case "not-a-file":
      return [finding(source, reference.at, "not-a-file", `${reference.role} '${reference.path}' is not a regular file`)];
    case "unreadable":
      return [finding(source, reference.at, "unreadable-file", `${reference.role} '${reference.path}' cannot be read: ${facts.reason}`)];
    case "escapes":
      return [finding(source, reference.at, "path-outside-repo", `${reference.role} '${reference.path}' is a symlink that resolves outside the repository`)];
    case "file":
      break;
  }
  const findings = [];
  if (reference.sha256 !== void 0 && facts.sha256 !== void 0 && facts.sha256 !== reference.sha256) {
    const shaAt = [...reference.at.slice(0, -1), "sha256"];
    findings.push(
      finding(source, shaAt, "hash-mismatch", `sha256 of '${reference.path}' is ${facts.sha256}, but the manifest records ${reference.sha256}`, {
        hint: "if the file changed on purpose, record its sha256 with `modelops hash --write`, which also says whether the change needs a metadata.version bump"
      })
    );
  }
  if (facts.columnsError !== void 0) {
    findings.push(finding(source, reference.at, "unreadable-data", `cannot read the columns of '${reference.path}': ${facts.columnsError}`));
  } else if (facts.columns && reference.columns && reference.columns.length > 0 && delimiterOf(facts.columns) !== void 0) {
    const delimiter = delimiterOf(facts.columns);
    findings.push(
      finding(source, reference.at, "wrong-delimiter", `${reference.path} reads as one column '${truncate(facts.columns[0], 60)}': its fields look separated by ${delimiter.name}, not by commas`, {
        hint: `save it as comma-separated CSV (modelops reads RFC 4180 CSV: fields separated by ",")`
      })
    );
  } else if (facts.columns && reference.columns) {
    const present = new Set(facts.columns);
    for (const column of reference.columns) {
      if (!present.has(column.name)) {
        findings.push(
          finding(source, column.at, "missing-column", `${column.what} column '${column.name}' is not in ${reference.path}`, {
            hint: `its columns: ${facts.columns.slice(0, 30).join(", ")}${facts.columns.length > 30 ? ", \u2026" : ""}`
          })
        );
      }
    }
  }
  return findings;
}

// src/core/checklist/evidence.ts
var PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
  "todo",
  "tbd",
  "tbc",
  "tba",
  "fixme",
  "xxx",
  "wip",
  "none",
  "null",
  "nil",
  "nothing",
  "na",
  "n/a",
  "yes",
  "no",
  "ok",
  "okay",
  "done",
  "same",
  "see above",
  "as above",
  "ditto",
  "placeholder",
  "evidence",
  "test",
  "testing",
  "asdf",
  "foo",
  "bar",
  "baz",
  "dummy",
  "sample",
  "example",
  "later",
  "pending",
  "unknown",
  "?"
]);
var PLACEHOLDER_MARKERS = /^\s*(?:todo|tbd|tbc|tba|fixme|xxx|wip)\b|^\s*<[^>]*>\s*$|\blorem ipsum\b|\bfill (?:this |it )?in\b|\b(?:todo|tbd|fixme)\s*[:!]/i;
var URL = /^(?:https?|ftp):\/\/[^\s/$.?#][^\s]*\.[^\s]+$|^(?:https?):\/\/[^\s/$.?#][^\s]*$/i;
var MANIFEST_FIELD2 = /^(metadata|stage|problem|artifact|data|baseline|gates|monitoring|deployment)(\.[A-Za-z0-9_-]+)*$/;
var words = (text) => text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];
function placeholderProblem(text) {
  const trimmed = text.trim();
  if (trimmed === "") return "is empty";
  if (PLACEHOLDER_MARKERS.test(trimmed)) return `is a placeholder ('${shorten(trimmed)}')`;
  if (mayBePlaceholderWord(trimmed) && PLACEHOLDER_WORDS.has(trimmed.toLowerCase().replace(/[.!]+$/, ""))) return `is a placeholder ('${shorten(trimmed)}')`;
  if (/^[\p{P}\p{S}\s]+$/u.test(trimmed)) return `is only punctuation ('${shorten(trimmed)}')`;
  if (mayBeOneCharacter(trimmed) && /^(.)\1*$/iu.test(trimmed.replace(/\s/g, ""))) return `is a placeholder ('${shorten(trimmed)}')`;
  return void 0;
}
var LONGEST_PLACEHOLDER_WORD = Math.max(...[...PLACEHOLDER_WORDS].map((w) => w.length));
function mayBePlaceholderWord(trimmed) {
  let end = trimmed.length;
  while (end > 0 && (trimmed.charCodeAt(end - 1) === 46 || trimmed.charCodeAt(end - 1) === 33)) end--;
  return end <= 2 * LONGEST_PLACEHOLDER_WORD;
}
var isAsciiAlnum = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
function mayBeOneCharacter(trimmed) {
  const a = trimmed.charCodeAt(0);
  const b = trimmed.charCodeAt(1);
  return !(isAsciiAlnum(a) && isAsciiAlnum(b) && (a | 32) !== (b | 32));
}
function evidenceProblem(evidence, question) {
  const trimmed = evidence.trim();
  const placeholder = placeholderProblem(trimmed);
  if (placeholder) return placeholder;
  if (URL.test(trimmed) || MANIFEST_FIELD2.test(trimmed) || evidencePath(trimmed) !== void 0) return void 0;
  if (copiesQuestion(trimmed, question)) return "repeats the question instead of answering it";
  const found = words(trimmed);
  const substantial = found.filter((w) => new RegExp("\\p{L}{2,}", "u").test(w));
  if (substantial.length < 3 || trimmed.length < 15) return `is too short to be evidence ('${shorten(trimmed)}')`;
  if (new Set(substantial).size === 1) return `is one word repeated ('${shorten(trimmed)}')`;
  return void 0;
}
function copiesQuestion(evidence, question) {
  const asked = new Set(words(question));
  const said = words(evidence);
  if (said.length === 0) return false;
  const copied = said.filter((w) => asked.has(w)).length;
  return copied / said.length >= 0.8 && copied >= Math.min(4, asked.size);
}
var shorten = (text) => text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;

// src/core/checklist/catalogue.ts
var CHECKLIST_SECTIONS = ["problem", "data", "baseline", "ready", "deploy", "monitor", "usable"];
var SECTION_TITLES = {
  problem: "What problem are you solving?",
  data: "Is the data right?",
  baseline: "Is there a baseline to beat?",
  ready: "Is the model ready for deployment?",
  deploy: "Is everything needed to deploy in place?",
  monitor: "How will it be monitored?",
  usable: "Can it be used?"
};
var hasEntries = (record) => record !== void 0 && Object.keys(record).length > 0;
var isContent = (text) => text !== void 0 && placeholderProblem(text) === void 0;
var texts = (value) => value === void 0 ? [] : [value].flat();
var yesNeeds = (missing) => (m, answer) => answer === "yes" ? missing(m) : void 0;
var noBaseline = (m) => m.baseline ? void 0 : "the manifest declares no baseline";
var noFairnessGate = (m) => m.gates?.fairness ? void 0 : "the manifest declares no fairness gate (gates.fairness)";
var notApplicableWithGroups = (m, answer) => answer === "n/a" && (m.data.sensitive ?? []).length > 0 ? `data.sensitive declares ${m.data.sensitive.map((s) => s.name).join(", ")}, so the question applies` : void 0;
var either = (...rules) => (m, answer) => {
  for (const rule of rules) {
    const reason = rule(m, answer);
    if (reason !== void 0) return reason;
  }
  return void 0;
};
var CHECKLIST = [
  {
    section: "problem",
    key: "statement",
    question: "Is the problem the model solves stated in plain language, with the decision its predictions feed?",
    provenBy: (m) => isContent(m.problem.statement) && m.problem.statement.trim().length >= 20 ? "problem.statement is written in the manifest" : void 0,
    contradictedBy: yesNeeds((m) => isContent(m.problem.statement) ? void 0 : `problem.statement ${placeholderProblem(m.problem.statement)}`)
  },
  {
    section: "problem",
    key: "kpis",
    question: "Are the business KPIs the model should move defined and measurable?",
    provenBy: (m) => m.problem.kpis && m.problem.kpis.length > 0 && m.problem.kpis.every((k) => isContent(k.name)) ? `${m.problem.kpis.length} KPI(s) declared in problem.kpis` : void 0,
    // Absent KPIs may be documented elsewhere (the evidence says where); a placeholder KPI is a claim not yet made.
    contradictedBy: yesNeeds((m) => m.problem.kpis?.some((k) => !isContent(k.name)) ? "problem.kpis holds a placeholder KPI" : void 0)
  },
  { section: "problem", key: "ml-needed", question: "Was it checked that a simpler non-ML solution (rules, heuristics, a lookup) would not do?" },
  {
    section: "problem",
    key: "acceptance",
    question: "Are the acceptance criteria for going live agreed with the stakeholders?",
    provenBy: (m) => texts(m.problem.acceptance).length > 0 && texts(m.problem.acceptance).every(isContent) ? "problem.acceptance is declared" : void 0,
    contradictedBy: yesNeeds((m) => texts(m.problem.acceptance).some((t) => !isContent(t)) ? "problem.acceptance is a placeholder" : void 0)
  },
  { section: "problem", key: "stakeholders", question: "Are the stakeholders, the users of the predictions and the people affected by them identified?" },
  {
    section: "data",
    key: "provenance",
    question: "Are the data sources, their owners and how the data was collected documented?",
    provenBy: (m) => {
      const sets = [m.data.training, m.data.evaluation, m.data.reference].filter((d) => d !== void 0);
      return sets.length > 0 && sets.every((d) => isContent(d.provenance)) ? "every dataset declares its provenance" : void 0;
    },
    contradictedBy: yesNeeds((m) => {
      const named = ["training", "evaluation", "reference"].find((key) => m.data[key]?.provenance !== void 0 && !isContent(m.data[key].provenance));
      return named ? `data.${named}.provenance is a placeholder` : void 0;
    })
  },
  { section: "data", key: "labels-verified", question: "Were the labels checked for correctness and consistency (e.g. a sample reviewed by hand)?" },
  {
    section: "data",
    key: "representative",
    question: "Does the training data represent the population the model will serve in production?",
    contradictedBy: yesNeeds((m) => m.data.training ? void 0 : "data.training is not declared, so there is no training data to compare with production")
  },
  {
    section: "data",
    key: "splits",
    question: "Are training, evaluation and reference data separated, without leakage between them?",
    provenBy: (m) => {
      const paths = [m.data.training?.path, m.data.evaluation.path, m.data.reference?.path].filter((p) => p !== void 0);
      return paths.length >= 2 && new Set(paths).size === paths.length ? "training, evaluation and reference are distinct files" : void 0;
    },
    contradictedBy: yesNeeds((m) => {
      const evaluation = m.data.evaluation.path;
      if (evaluation !== void 0 && m.data.training?.path === evaluation) return `data.training and data.evaluation are the same file (${evaluation})`;
      if (evaluation !== void 0 && m.data.reference?.path === evaluation) return `data.reference and data.evaluation are the same file (${evaluation})`;
      return void 0;
    })
  },
  { section: "data", key: "quality-checked", question: "Were missing values, outliers, duplicates and invalid values examined and handled?" },
  {
    section: "data",
    key: "minorities-represented",
    question: "Is there enough representation of minorities and of every sensitive group?",
    contradictedBy: either(
      yesNeeds((m) => (m.data.sensitive ?? []).length === 0 ? "data.sensitive declares no sensitive attribute, so no group was counted" : void 0),
      notApplicableWithGroups
    )
  },
  { section: "data", key: "privacy", question: "Is personal data minimised, protected and used on a valid legal basis (e.g. GDPR)?" },
  {
    section: "baseline",
    key: "defined",
    question: "Is there a baseline (a rule, a heuristic or the previous model) with measured metrics?",
    provenBy: (m) => m.baseline && hasEntries(m.baseline.metrics) ? `baseline "${m.baseline.kind}" with ${Object.keys(m.baseline.metrics).length} metric(s)` : void 0,
    contradictedBy: yesNeeds((m) => noBaseline(m) ?? (hasEntries(m.baseline.metrics) ? void 0 : "the baseline has no measured metrics (baseline.metrics)"))
  },
  { section: "baseline", key: "beaten", question: "Does the model beat the baseline on the metrics that matter for the problem?", contradictedBy: yesNeeds(noBaseline) },
  { section: "baseline", key: "same-data", question: "Were the model and the baseline evaluated on the same held-out data?", contradictedBy: yesNeeds(noBaseline) },
  { section: "baseline", key: "error-analysis", question: "Were the errors of the model analysed and compared with those of the baseline?", contradictedBy: yesNeeds(noBaseline) },
  { section: "ready", key: "preprocessing-documented", question: "Is all preprocessing (encoding, scaling, imputation) documented?" },
  {
    section: "ready",
    key: "preprocessing-in-artifact",
    question: "Is the preprocessing part of the exported artifact, or reproduced identically at serving time?"
  },
  {
    section: "ready",
    key: "works",
    question: "Does the artifact load and predict on the evaluation data outside the training environment?",
    provenBy: (m) => m.gates?.performance ? "the performance gate runs the artifact on the evaluation data on every PR" : void 0
  },
  { section: "ready", key: "predictions-explored", question: "Were the predictions explored (distribution, worst errors, extreme cases)?" },
  {
    section: "ready",
    key: "bias-checked",
    question: "Were outcomes checked for bias across sensitive groups (e.g. sex, age, race)?",
    provenBy: (m) => m.gates?.fairness ? `fairness gate on ${m.gates.fairness.attributes.join(", ")}` : void 0,
    contradictedBy: either(yesNeeds(noFairnessGate), notApplicableWithGroups)
  },
  { section: "ready", key: "explainability", question: "Are the features that drive the predictions understood (e.g. feature importance)?" },
  { section: "ready", key: "code-quality", question: "Is the training code versioned, reviewed and able to reproduce the artifact?" },
  {
    section: "ready",
    key: "tests",
    question: "Is the model tested, including on missing values, extreme values and noisy inputs?",
    provenBy: (m) => m.gates?.robustness && hasEntries(m.gates.robustness) ? "robustness gate declared" : void 0,
    contradictedBy: yesNeeds((m) => m.gates?.robustness && hasEntries(m.gates.robustness) ? void 0 : "the manifest declares no robustness gate (gates.robustness: missing values, extremes, noise)")
  },
  {
    section: "deploy",
    key: "mode",
    question: "Is it decided whether the model serves in batch or in real time?",
    provenBy: (m) => m.deployment?.mode ? `deployment.mode is ${m.deployment.mode}` : void 0,
    contradictedBy: yesNeeds((m) => m.deployment?.mode ? void 0 : "deployment.mode (batch or real-time) is not declared")
  },
  {
    section: "deploy",
    key: "resources",
    question: "Are the compute resources and the latency and memory budgets known?",
    provenBy: (m) => m.deployment?.resources && m.gates?.performance?.latency_ms ? "deployment.resources and a latency budget are declared" : void 0,
    contradictedBy: yesNeeds((m) => m.deployment?.resources && hasEntries(m.deployment.resources) ? void 0 : "deployment.resources is not declared")
  },
  {
    section: "deploy",
    key: "dependencies",
    question: "Are the runtime dependencies pinned and available in production?",
    contradictedBy: yesNeeds((m) => m.deployment?.dependencies !== void 0 && m.deployment.dependencies.length === 0 ? "deployment.dependencies is an empty list" : void 0)
  },
  {
    section: "deploy",
    key: "rollout",
    question: "Is there a rollout strategy (canary, shadow, A/B, manual)?",
    provenBy: (m) => m.deployment?.strategy ? `deployment.strategy is ${m.deployment.strategy}` : void 0,
    contradictedBy: yesNeeds((m) => m.deployment?.strategy ? void 0 : "deployment.strategy (canary, shadow, A/B, manual) is not declared")
  },
  {
    section: "deploy",
    key: "rollback",
    question: "Is there a rollback plan and a previous version to roll back to?",
    provenBy: (m, ctx) => m.deployment?.rollback && ctx.registeredVersions.length > 0 ? `rollback plan declared; earlier registered version(s): ${ctx.registeredVersions.join(", ")}` : void 0,
    contradictedBy: yesNeeds(
      (m) => !m.deployment?.rollback ? "deployment.rollback (the rollback plan) is not declared" : isContent(m.deployment.rollback.plan) ? void 0 : "deployment.rollback.plan is a placeholder"
    )
  },
  {
    section: "deploy",
    key: "retraining-bounds",
    question: "Are retraining bounds set: retrain at least every X, and not sooner than Y?",
    provenBy: (m) => {
      const r = m.monitoring?.retraining;
      return r?.min_interval && r.max_interval ? `retrain between ${r.min_interval} and ${r.max_interval}` : void 0;
    },
    contradictedBy: yesNeeds((m) => {
      const r = m.monitoring?.retraining;
      const missing = [r?.min_interval ? void 0 : "min_interval", r?.max_interval ? void 0 : "max_interval"].filter((x) => x !== void 0);
      return missing.length > 0 ? `monitoring.retraining.${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not declared` : void 0;
    })
  },
  { section: "deploy", key: "access-control", question: "Is access to the production model and its data restricted to those who need it?" },
  {
    section: "monitor",
    key: "hard-metrics",
    question: "Are model performance metrics monitored against thresholds?",
    provenBy: (m) => m.gates?.performance?.metrics && hasEntries(m.gates.performance.metrics) ? `bounds on ${Object.keys(m.gates.performance.metrics).join(", ")}` : void 0,
    contradictedBy: yesNeeds((m) => m.gates?.performance?.metrics && hasEntries(m.gates.performance.metrics) ? void 0 : "gates.performance.metrics sets no metric bound")
  },
  {
    section: "monitor",
    key: "data-quality",
    question: "Is the quality of input data monitored (schema, missing values, ranges)?",
    contradictedBy: yesNeeds((m) => m.monitoring?.current || m.monitoring?.schedule || m.gates?.drift ? void 0 : "the manifest declares no monitoring (monitoring.current, monitoring.schedule or gates.drift)")
  },
  {
    section: "monitor",
    key: "kpis",
    question: "Are the business KPIs tracked after deployment?",
    contradictedBy: yesNeeds((m) => m.problem.kpis?.some((k) => !isContent(k.name)) ? "problem.kpis holds a placeholder KPI, so there is none to track yet" : void 0)
  },
  {
    section: "monitor",
    key: "drift",
    question: "Is there a method to detect drift of inputs and predictions?",
    provenBy: (m) => m.gates?.drift && m.monitoring?.schedule ? `drift gate, checked on schedule "${m.monitoring.schedule}"` : void 0,
    contradictedBy: either(
      yesNeeds((m) => m.gates?.drift ? void 0 : "the manifest declares no drift gate (gates.drift), so no drift method is set"),
      (m, answer) => answer === "n/a" && m.gates?.drift ? "gates.drift is declared, so the question applies" : void 0
    )
  },
  {
    section: "monitor",
    key: "feedback-loop",
    question: "Do ground-truth labels flow back so realised performance can be measured?",
    contradictedBy: yesNeeds((m) => m.monitoring ? void 0 : "the manifest declares no monitoring section, so nothing receives the labels")
  },
  {
    section: "monitor",
    key: "owners",
    question: "Is it clear who is alerted and who owns the response?",
    provenBy: (m) => m.metadata.owners.length > 0 && m.monitoring?.alerting ? `owners ${m.metadata.owners.join(", ")} with alerting configured` : void 0,
    contradictedBy: yesNeeds(
      (m) => m.metadata.owners.some((o) => /todo/i.test(o)) ? "metadata.owners holds a placeholder" : m.monitoring?.alerting ? void 0 : "monitoring.alerting (who is alerted) is not declared"
    )
  },
  { section: "usable", key: "real-world-trial", question: "Was the model tried in the real world (pilot, shadow run) before full rollout?" },
  { section: "usable", key: "third-party-review", question: "Was the model reviewed by someone outside the team that built it?" },
  { section: "usable", key: "cost-benefit", question: "Do the benefits outweigh the costs (infrastructure, errors, maintenance)?" },
  {
    section: "usable",
    key: "fairness",
    question: "Are the decisions fair to the people they affect, and is unfairness detected and mitigated in production?",
    contradictedBy: either(yesNeeds(noFairnessGate), notApplicableWithGroups)
  },
  { section: "usable", key: "misuse", question: "Was potential misuse considered and mitigated?" },
  { section: "usable", key: "legal-basis", question: "Is there a legal basis for making this decision with a model, and can it be explained to those affected?" },
  {
    section: "usable",
    key: "audit-artifacts",
    question: "Are the artifact, data and evidence kept so the decision can be audited and reproduced?",
    provenBy: (m) => {
      const pinned = (sha) => sha !== void 0 && !/^0+$/.test(sha);
      const hashed = pinned(m.artifact.sha256) && [m.data.training, m.data.evaluation, m.data.reference].filter((d) => d?.path !== void 0).every((d) => pinned(d?.sha256));
      return hashed ? "artifact and datasets are pinned by sha256; gate evidence is kept in git tags" : void 0;
    },
    contradictedBy: yesNeeds((m) => {
      if (!m.artifact.sha256) return "artifact.sha256 is not recorded, so the artifact cannot be checked later";
      const unpinned = ["training", "evaluation", "reference"].filter((key) => m.data[key] !== void 0 && !m.data[key].sha256);
      return unpinned.length > 0 ? `${unpinned.map((k) => `data.${k}`).join(", ")} ${unpinned.length === 1 ? "has" : "have"} no sha256, so the data cannot be reproduced` : void 0;
    })
  },
  {
    section: "usable",
    key: "fallback",
    question: "Is there a fallback when the model is unavailable or clearly wrong?",
    provenBy: (m) => m.deployment?.fallback && isContent(m.deployment.fallback.plan) ? "deployment.fallback is declared" : void 0,
    contradictedBy: yesNeeds(
      (m) => !m.deployment?.fallback ? "deployment.fallback is not declared" : isContent(m.deployment.fallback.plan) ? void 0 : "deployment.fallback.plan is a placeholder"
    )
  }
];
var checklistItemId = (item) => `${item.section}.${item.key}`;
var CHECKLIST_BY_ID = new Map(CHECKLIST.map((item) => [checklistItemId(item), item]));
function checklistDefinitions(extra = []) {
  return [
    ...CHECKLIST,
    ...extra.map((item) => {
      const dot = item.id.indexOf(".");
      return { section: item.id.slice(0, dot), key: item.id.slice(dot + 1), question: item.question };
    })
  ];
}
function checklistSections(items) {
  const extra = [...new Set(items.map((i) => i.section))].filter((s) => !CHECKLIST_SECTIONS.includes(s));
  return [...CHECKLIST_SECTIONS, ...extra];
}
function sectionTitle(section, titles = {}) {
  return SECTION_TITLES[section] ?? titles[section] ?? section;
}

export {
  withSharedProbabilitySums,
  metricById,
  metricsForTask,
  TN,
  FP,
  FN,
  TP,
  CELLS,
  confusionByGroup,
  binaryGroupMetrics,
  REGRESSION_SUMS,
  regressionSumsByGroup,
  regressionSumsOfRows,
  regressionMeasureOf,
  regressionGroupMetrics,
  DEFAULT_DISPARITY_BAND,
  BINARY_AGGREGATES,
  MAE_DIFFERENCE,
  DISPARITIES,
  RATE_NAMES,
  compareGroups,
  RATE_INDEX,
  rateTable,
  disparityValue,
  withinBand,
  aggregateKey,
  PERFORMANCE_METRICS,
  FAIRNESS_METRICS,
  DRIFT_METHODS,
  finding,
  folderName,
  checkManifestCoherence,
  pathShapeProblem,
  globProblem,
  evidencePath,
  pathReferences,
  checkPathReference,
  evidenceProblem,
  CHECKLIST_SECTIONS,
  SECTION_TITLES,
  CHECKLIST,
  checklistItemId,
  CHECKLIST_BY_ID,
  checklistDefinitions,
  checklistSections,
  sectionTitle
};
