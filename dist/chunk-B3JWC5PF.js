import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  sortFloat64
} from "./chunk-LURRIIGD.js";

// src/core/metrics/metric.ts
var MetricError = class extends Error {
  name = "MetricError";
  code;
  /** Id of the metric that failed. */
  metric;
  constructor(code, metric, message) {
    super(`${metric}: ${message}`);
    this.code = code;
    this.metric = metric;
  }
};
function defineMetric(spec) {
  const tasks = spec.tasks;
  return Object.freeze({
    id: spec.id,
    tasks,
    direction: spec.direction,
    description: spec.description,
    needs: spec.needs,
    compute(input) {
      if (!tasks.includes(input.task)) {
        throw new MetricError("invalid-input", spec.id, `applies to ${tasks.join(", ")}, not ${input.task}`);
      }
      checkShape(spec.id, input);
      const value = spec.compute(input);
      if (!Number.isFinite(value)) throw new MetricError("invalid-input", spec.id, `the result is ${value}: the values are too large to evaluate in double precision`);
      return value;
    }
  });
}
function checkShape(metric, input) {
  const rows = input.yTrue.length;
  if (rows === 0) throw new MetricError("invalid-input", metric, "no rows to evaluate: the evaluation data is empty");
  if (input.yPred.length !== rows) throw new MetricError("invalid-input", metric, `yPred has ${input.yPred.length} rows, yTrue has ${rows}`);
  if (input.task === "binary-classification" && input.score && input.score.length !== rows) {
    throw new MetricError("invalid-input", metric, `score has ${input.score.length} rows, yTrue has ${rows}`);
  }
  if (input.task === "multiclass-classification") {
    const { classCount, probabilities } = input;
    if (!Number.isInteger(classCount) || classCount < 2) throw new MetricError("invalid-input", metric, `classCount must be an integer of at least 2, got ${classCount}`);
    if (probabilities && probabilities.length !== rows * classCount) {
      throw new MetricError("invalid-input", metric, `probabilities has ${probabilities.length} values; ${rows} rows \xD7 ${classCount} classes needs ${rows * classCount}`);
    }
  }
}
function requireScore(metric, input) {
  if (!input.score) throw new MetricError("missing-input", metric, "needs the predicted probability of the positive class; the model provides only labels (declare artifact.outputs.score)");
  return input.score;
}
function requireProbabilities(metric, input) {
  if (!input.probabilities) throw new MetricError("missing-input", metric, "needs class probabilities; the model provides only labels (declare artifact.outputs.score)");
  return input.probabilities;
}
function badBinaryLabel(metric, column, row, value) {
  return new MetricError("invalid-input", metric, `${column}[${row}] is ${value}; binary labels must be 0 (negative) or 1 (positive)`);
}
function badClassIndex(metric, column, row, value, classCount) {
  return new MetricError("invalid-input", metric, `${column}[${row}] is ${value}; class indices must be in 0..${classCount - 1} (classCount ${classCount})`);
}
function badNumber(metric, column, row, value) {
  return new MetricError("invalid-input", metric, `${column}[${row}] is ${value}; expected a finite number`);
}
function badProbability(metric, column, row, value) {
  return new MetricError("invalid-input", metric, `${column}[${row}] is ${value}; expected a probability in [0, 1]`);
}
function badRegressionRow(metric, yTrue, yPred, row) {
  const truth = yTrue[row];
  const prediction = yPred[row];
  if (!Number.isFinite(truth)) return badNumber(metric, "yTrue", row, truth);
  if (!Number.isFinite(prediction)) return badNumber(metric, "yPred", row, prediction);
  return new MetricError("invalid-input", metric, `yPred[${row}] \u2212 yTrue[${row}] overflows (${prediction} \u2212 ${truth})`);
}

// src/core/metrics/confusion-matrix.ts
var shared;
function withSharedConfusion(compute) {
  const outer = shared;
  shared = /* @__PURE__ */ new Map();
  try {
    return compute();
  } finally {
    shared = outer;
  }
}
function confusionMatrix(yTrue, yPred, metric = "confusion_matrix") {
  const known = shared?.get(yTrue);
  if (known !== void 0 && known.yPred === yPred) return { ...known.counts };
  const counts = countConfusion(yTrue, yPred, metric);
  shared?.set(yTrue, { yPred, counts: { ...counts } });
  return counts;
}
function countConfusion(yTrue, yPred, metric) {
  const rows = yTrue.length;
  if (rows === 0) throw new MetricError("invalid-input", metric, "no rows to evaluate: the evaluation data is empty");
  if (yPred.length !== rows) throw new MetricError("invalid-input", metric, `yPred has ${yPred.length} rows, yTrue has ${rows}`);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < rows; i++) {
    const truth = yTrue[i];
    const prediction = yPred[i];
    if (truth > 1) throw badBinaryLabel(metric, "yTrue", i, truth);
    if (prediction > 1) throw badBinaryLabel(metric, "yPred", i, prediction);
    counts[2 * truth + prediction]++;
  }
  const [tn, fp, fn, tp] = counts;
  return { tn, fp, fn, tp };
}

// src/core/metrics/accuracy.ts
var accuracy = defineMetric({
  id: "accuracy",
  tasks: ["binary-classification", "multiclass-classification"],
  direction: "higher-is-better",
  description: "share of correct predictions",
  needs: "labels",
  compute(input) {
    if (input.task === "binary-classification") {
      const { tn, tp } = confusionMatrix(input.yTrue, input.yPred, "accuracy");
      return (tn + tp) / input.yTrue.length;
    }
    const { yTrue, yPred, classCount } = input;
    let correct = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i];
      const prediction = yPred[i];
      if (truth < 0 || truth >= classCount) throw badClassIndex("accuracy", "yTrue", i, truth, classCount);
      if (prediction < 0 || prediction >= classCount) throw badClassIndex("accuracy", "yPred", i, prediction, classCount);
      if (truth === prediction) correct++;
    }
    return correct / yTrue.length;
  }
});

// src/core/metrics/f1.ts
var f1 = defineMetric({
  id: "f1",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "harmonic mean of precision and recall",
  needs: "labels",
  compute(input) {
    const { fp, fn, tp } = confusionMatrix(input.yTrue, input.yPred, "f1");
    const denominator = 2 * tp + fp + fn;
    return denominator === 0 ? 0 : 2 * tp / denominator;
  }
});

// src/core/metrics/precision.ts
var precision = defineMetric({
  id: "precision",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "TP / (TP + FP) at the threshold",
  needs: "labels",
  compute(input) {
    const { fp, tp } = confusionMatrix(input.yTrue, input.yPred, "precision");
    return tp + fp === 0 ? 0 : tp / (tp + fp);
  }
});

// src/core/metrics/recall.ts
var recall = defineMetric({
  id: "recall",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "TP / (TP + FN) at the threshold",
  needs: "labels",
  compute(input) {
    const { fn, tp } = confusionMatrix(input.yTrue, input.yPred, "recall");
    return tp + fn === 0 ? 0 : tp / (tp + fn);
  }
});

// src/core/metrics/ranking.ts
var sharedSplits;
function withSharedRanking(compute) {
  const outer = sharedSplits;
  sharedSplits = /* @__PURE__ */ new Map();
  try {
    return compute();
  } finally {
    sharedSplits = outer;
  }
}
function scoresByClass(metric, yTrue, score) {
  const known = sharedSplits?.get(score);
  if (known !== void 0 && known.yTrue === yTrue) return known.split;
  const split = splitScores(metric, yTrue, score);
  sharedSplits?.set(score, { yTrue, split });
  return split;
}
function splitScores(metric, yTrue, score) {
  const rows = yTrue.length;
  const buffer = new Float64Array(rows);
  let positiveCount = 0;
  let negativeStart = rows;
  for (let i = 0; i < rows; i++) {
    const value = score[i];
    if (!Number.isFinite(value)) throw badNumber(metric, "score", i, value);
    const truth = yTrue[i];
    if (truth === 1) buffer[positiveCount++] = value + 0;
    else if (truth === 0) buffer[--negativeStart] = value + 0;
    else throw badBinaryLabel(metric, "yTrue", i, truth);
  }
  return Object.freeze({ positives: sortFloat64(buffer.subarray(0, positiveCount)), negatives: sortFloat64(buffer.subarray(positiveCount)) });
}

// src/core/metrics/roc-auc.ts
var rocAuc = defineMetric({
  id: "roc_auc",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "area under the ROC curve",
  needs: "scores",
  compute(input) {
    const { positives, negatives } = scoresByClass("roc_auc", input.yTrue, requireScore("roc_auc", input));
    if (positives.length === 0 || negatives.length === 0) {
      const present = positives.length === 0 ? "negative" : "positive";
      throw new MetricError("undefined", "roc_auc", `undefined when only one class is present: all ${input.yTrue.length} rows are ${present}; evaluate on data with both classes`);
    }
    let pairsWon = 0;
    let below = 0;
    for (let i = 0; i < positives.length; ) {
      const value = positives[i];
      let tiedPositives = 0;
      while (i < positives.length && positives[i] === value) {
        i++;
        tiedPositives++;
      }
      while (below < negatives.length && negatives[below] < value) below++;
      let tiedNegatives = 0;
      while (below + tiedNegatives < negatives.length && negatives[below + tiedNegatives] === value) tiedNegatives++;
      pairsWon += tiedPositives * (below + tiedNegatives / 2);
    }
    return pairsWon / (positives.length * negatives.length);
  }
});

export {
  MetricError,
  defineMetric,
  requireScore,
  requireProbabilities,
  badBinaryLabel,
  badClassIndex,
  badProbability,
  badRegressionRow,
  withSharedConfusion,
  confusionMatrix,
  accuracy,
  f1,
  withSharedRanking,
  scoresByClass,
  precision,
  recall,
  rocAuc
};
