import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

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

// src/core/stats/random.ts
var TWO_POW_32 = 4294967296;
var MASK_64 = (1n << 64n) - 1n;
function splitMix64(seed, count) {
  let state = BigInt.asUintN(64, seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    state = state + 0x9e3779b97f4a7c15n & MASK_64;
    let z2 = state;
    z2 = (z2 ^ z2 >> 30n) * 0xbf58476d1ce4e5b9n & MASK_64;
    z2 = (z2 ^ z2 >> 27n) * 0x94d049bb133111ebn & MASK_64;
    out.push(z2 ^ z2 >> 31n);
  }
  return out;
}
function createRng(seed) {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be an integer in [0, 2^53); got ${seed}`);
  }
  const [first, second] = splitMix64(BigInt(seed), 2);
  return createRngFromState([
    Number(first & 0xffffffffn),
    Number(first >> 32n),
    Number(second & 0xffffffffn),
    Number(second >> 32n)
  ]);
}
function createRngFromState(state) {
  let [s0, s1, s2, s3] = state.map((word) => word | 0);
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError("xoshiro128** state must not be all zero");
  const nextUint32 = () => {
    const scaled = Math.imul(s1, 5);
    const result = Math.imul(scaled << 7 | scaled >>> 25, 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = s3 << 11 | s3 >>> 21;
    return result;
  };
  const throughState = (fill) => {
    FILL_STATE[0] = s0;
    FILL_STATE[1] = s1;
    FILL_STATE[2] = s2;
    FILL_STATE[3] = s3;
    fill(FILL_STATE);
    s0 = FILL_STATE[0];
    s1 = FILL_STATE[1];
    s2 = FILL_STATE[2];
    s3 = FILL_STATE[3];
  };
  return {
    nextUint32,
    nextBelow(bound) {
      const limit = rejectionLimit(bound);
      let draw = nextUint32();
      while (draw >= limit) draw = nextUint32();
      return draw % bound;
    },
    nextFloat() {
      const high = nextUint32() >>> 5;
      const low = nextUint32() >>> 6;
      return (high * 67108864 + low) / 9007199254740992;
    },
    fillBelow(bound, out) {
      const limit = rejectionLimit(bound);
      if (bound === TWO_POW_32) {
        for (let i = 0; i < out.length; i++) out[i] = nextUint32();
        return out;
      }
      throughState((state2) => fillFromState(state2, limit, bound, out));
      return out;
    },
    fillShuffle(out) {
      if (out.length >= TWO_POW_32) throw new RangeError(`cannot shuffle ${out.length} items: bounds go below 2^32`);
      throughState((state2) => shuffleFromState(state2, out));
      return out;
    }
  };
}
var FILL_STATE = new Int32Array(4);
function fillFromState(state, limit, bound, out) {
  const divisor = bound >>> 0;
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  for (let i = 0; i < out.length; i++) {
    let draw;
    do {
      const scaled = Math.imul(s1, 5);
      draw = Math.imul(scaled << 7 | scaled >>> 25, 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
    } while (draw >= limit);
    out[i] = draw % divisor;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}
function shuffleFromState(state, out) {
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  for (let i = out.length - 1; i > 0; i--) {
    const bound = i + 1 >>> 0;
    const limit = TWO_POW_32 - ((4294967295 % bound >>> 0) + 1) % bound;
    let draw;
    do {
      const scaled = Math.imul(s1, 5);
      draw = Math.imul(scaled << 7 | scaled >>> 25, 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
    } while (draw >= limit);
    out[i] = draw % bound;
  }
  if (out.length > 0) out[0] = 0;
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}
function sampleIndices(n, rng, out) {
  return rng.fillBelow(n, out);
}
function rejectionLimit(bound) {
  if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
    throw new RangeError(`bound must be an integer in [1, 2^32]; got ${bound}`);
  }
  return TWO_POW_32 - TWO_POW_32 % bound;
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum2 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (var i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i];
    if (Math.abs(sum2) >= Math.abs(x[i])) {
      correction += sum2 - transition + x[i];
    } else {
      correction += x[i] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum(x) / x.length;
}
function sumNthPowerDeviations(x, n) {
  var meanValue = mean(x);
  var sum2 = 0;
  var tempValue;
  var i;
  if (n === 2) {
    for (i = 0; i < x.length; i++) {
      tempValue = x[i] - meanValue;
      sum2 += tempValue * tempValue;
    }
  } else {
    for (i = 0; i < x.length; i++) {
      sum2 += Math.pow(x[i] - meanValue, n);
    }
  }
  return sum2;
}
function sampleVariance(x) {
  if (x.length < 2) {
    throw new Error("sampleVariance requires at least two data points");
  }
  var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);
  var besselsCorrection = x.length - 1;
  return sumSquaredDeviationsValue / besselsCorrection;
}
function sampleStandardDeviation(x) {
  var sampleVarianceX = sampleVariance(x);
  return Math.sqrt(sampleVarianceX);
}
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var COEFFICIENTS = [
  0.9999999999999971,
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22
];
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
function gammaln(n) {
  if (n <= 0) {
    return Number.POSITIVE_INFINITY;
  }
  n--;
  var a = COEFFICIENTS[0];
  for (var i = 1; i < 15; i++) {
    a += COEFFICIENTS[i] / (n + i);
  }
  var tmp = g + 0.5 + n;
  return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
}
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/core/metrics/accuracy.ts
var accuracy = defineMetric({
  id: "accuracy",
  tasks: ["binary-classification", "multiclass-classification"],
  direction: "higher-is-better",
  description: "share of correct predictions",
  needs: "labels",
  compute(input) {
    if (input.task === "binary-classification") return accuracyFromCounts(confusionMatrix(input.yTrue, input.yPred, "accuracy"));
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
function accuracyFromCounts({ tn, fp, fn, tp }) {
  return (tn + tp) / (tn + fp + fn + tp);
}

// src/core/metrics/balanced-accuracy.ts
var balancedAccuracy = defineMetric({
  id: "balanced_accuracy",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "mean of recall on each class",
  needs: "labels",
  compute(input) {
    return balancedAccuracyFromCounts(confusionMatrix(input.yTrue, input.yPred, "balanced_accuracy"));
  }
});
function balancedAccuracyFromCounts({ tn, fp, fn, tp }) {
  const positives = tp + fn;
  const negatives = tn + fp;
  if (positives === 0) return tn / negatives;
  if (negatives === 0) return tp / positives;
  return (tp / positives + tn / negatives) / 2;
}

// src/core/metrics/probability-sums.ts
var EPS = Number.EPSILON;
var clippedLog = (probability) => Math.log(Math.min(Math.max(probability, EPS), 1 - EPS));
var ECE_BINS = 10;
var shared2;
function withSharedProbabilitySums(compute) {
  const outer = shared2;
  shared2 = /* @__PURE__ */ new Map();
  try {
    return compute();
  } finally {
    shared2 = outer;
  }
}
function sharedProbabilitySums(yTrue, score2) {
  if (shared2 === void 0) return void 0;
  const known = shared2.get(score2);
  if (known !== void 0 && known.yTrue === yTrue) return known.sums ?? void 0;
  const sums = sumProbabilities(yTrue, score2);
  shared2.set(score2, { yTrue, sums });
  return sums ?? void 0;
}
function sumProbabilities(yTrue, score2) {
  const eceGaps = new Float64Array(ECE_BINS);
  let logLoss2 = 0;
  let brier2 = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const p = score2[i];
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
    const score2 = requireScore("brier", input);
    const sums = sharedProbabilitySums(yTrue, score2);
    if (sums !== void 0) return sums.brier / yTrue.length;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const p = score2[i];
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
    const score2 = requireScore("ece", input);
    const gapSums = sharedProbabilitySums(yTrue, score2)?.eceGaps ?? sumGaps(yTrue, score2);
    let total = 0;
    for (const gap of gapSums) total += Math.abs(gap);
    return total / yTrue.length;
  }
});
function sumGaps(yTrue, score2) {
  const gapSums = new Float64Array(ECE_BINS);
  for (let i = 0; i < yTrue.length; i++) {
    const p = score2[i];
    if (!(p >= 0 && p <= 1)) throw badProbability("ece", "score", i, p);
    const truth = yTrue[i];
    if (truth > 1) throw badBinaryLabel("ece", "yTrue", i, truth);
    gapSums[Math.min(Math.floor(p * ECE_BINS), ECE_BINS - 1)] += truth - p;
  }
  return gapSums;
}

// src/core/metrics/f1.ts
var f1 = defineMetric({
  id: "f1",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "harmonic mean of precision and recall",
  needs: "labels",
  compute(input) {
    return f1FromCounts(confusionMatrix(input.yTrue, input.yPred, "f1"));
  }
});
function f1FromCounts({ fp, fn, tp }) {
  const denominator = 2 * tp + fp + fn;
  return denominator === 0 ? 0 : 2 * tp / denominator;
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
      const score2 = requireScore("log_loss", input);
      const sums = sharedProbabilitySums(yTrue2, score2);
      if (sums !== void 0) return sums.logLoss / yTrue2.length;
      for (let i = 0; i < yTrue2.length; i++) {
        const p = score2[i];
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

// src/core/stats/radix-sort.ts
var RADIX_MIN_LENGTH = 1024;
var SMALL_DIGITS = { buckets: 2048, half: [0, 0, 0, 1, 1, 1], shift: [0, 11, 22, 0, 11, 22], mask: [2047, 2047, 1023, 2047, 2047, 1023] };
var LARGE_MIN_LENGTH = 1 << 17;
var LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 63;
function sortedFinite(values) {
  return sortedKept(values, true);
}
function sortFloat64(values) {
  if (values.length < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return values.sort();
  if (values.length >= LARGE_MIN_LENGTH) {
    const sorted = sortedByBuckets(values, false, true);
    if (sorted !== values) values.set(sorted);
    return values;
  }
  values.set(sortedKept(values, false));
  return values;
}
function sortedKept(values, finiteOnly) {
  const n = values.length;
  if (n < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return nativeSortedKept(values, finiteOnly);
  if (n >= LARGE_MIN_LENGTH) return sortedByBuckets(values, finiteOnly);
  const digits = SMALL_DIGITS;
  const { buckets: BUCKETS } = digits;
  const histograms = new Uint32Array(digits.half.length * BUCKETS);
  const count = countDigits(values, finiteOnly, histograms);
  if (count < RADIX_MIN_LENGTH) return nativeSortedKept(values, finiteOnly);
  const passes = [];
  for (let pass = 0; pass < digits.half.length; pass++) {
    const offset = pass * BUCKETS;
    let trivial = false;
    for (let b = 0; b < BUCKETS; b++) {
      const bucket = histograms[offset + b];
      if (bucket === count) trivial = true;
      if (bucket !== 0) break;
    }
    if (!trivial) passes.push(pass);
  }
  if (passes.length === 0) return nativeSortedKept(values, finiteOnly);
  const result = new Float64Array(count);
  const other = scratchOf(count);
  let source = values;
  let sourceFiltered = count < n;
  let target = passes.length % 2 === 1 ? result : other;
  for (const pass of passes) {
    const offset = pass * BUCKETS;
    let start = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const bucket = histograms[offset + b];
      histograms[offset + b] = start;
      start += bucket;
    }
    scatter(source, target, sourceFiltered, finiteOnly, histograms, offset, digits.half[pass], digits.shift[pass], digits.mask[pass]);
    const next = target === result ? other : result;
    source = target;
    sourceFiltered = false;
    target = next;
  }
  return result;
}
var SCRATCH_MAX_LENGTH = 1 << 22;
var scratch = new Float64Array(0);
function scratchOf(length) {
  if (length > SCRATCH_MAX_LENGTH) return new Float64Array(length);
  if (scratch.length < length) scratch = new Float64Array(Math.min(SCRATCH_MAX_LENGTH, Math.max(length, 2 * scratch.length)));
  return scratch.subarray(0, length);
}
function countDigits(values, finiteOnly, histograms) {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const B = SMALL_DIGITS.buckets;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    count++;
    const high = words[2 * i + 1];
    const flip = high >> 31;
    const key = (high ^ (flip | 2147483648)) >>> 0;
    const low = (words[2 * i] ^ flip) >>> 0;
    histograms[low & 2047]++;
    histograms[B + (low >>> 11 & 2047)]++;
    histograms[2 * B + (low >>> 22)]++;
    histograms[3 * B + (key & 2047)]++;
    histograms[4 * B + (key >>> 11 & 2047)]++;
    histograms[5 * B + (key >>> 22)]++;
  }
  return count;
}
function nativeSortedKept(values, finiteOnly) {
  const kept = new Float64Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (finiteOnly ? value - value === 0 : value === value) kept[count++] = value;
  }
  return (count === values.length ? kept : kept.slice(0, count)).sort();
}
function scatter(source, target, skipMissing, finiteOnly, starts, offset, half, shift, mask) {
  if (skipMissing) scatterSkipping(source, target, finiteOnly, starts, offset, half, shift, mask);
  else if (half === 0) scatterLow(source, target, starts, offset, shift, mask);
  else scatterHigh(source, target, starts, offset, shift, mask);
}
function scatterLow(source, target, starts, offset, shift, mask) {
  const n = source.length;
  const words = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const word = words[2 * i] ^ words[2 * i + 1] >> 31;
    target[starts[offset + (word >>> shift & mask)]++] = source[i];
  }
}
function scatterHigh(source, target, starts, offset, shift, mask) {
  const n = source.length;
  const words = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const high = words[2 * i + 1];
    const word = high ^ (high >> 31 | 2147483648);
    target[starts[offset + (word >>> shift & mask)]++] = source[i];
  }
}
function scatterSkipping(source, target, finiteOnly, starts, offset, half, shift, mask) {
  const n = source.length;
  const words = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const value = source[i];
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    const high = words[2 * i + 1];
    const flip = high >> 31;
    const word = half === 1 ? high ^ (flip | 2147483648) : words[2 * i] ^ flip;
    target[starts[offset + (word >>> shift & mask)]++] = value;
  }
}
var INSERTION_MAX = 32;
var WIDE_DIGIT_MIN = 1024;
var levelCounts = Array.from({ length: 7 }, () => new Uint32Array(2048));
function sortedByBuckets(values, finiteOnly, inPlace = false) {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const counts = new Uint32Array(65536);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    count++;
    const high = words[2 * i + 1];
    counts[(high ^ (high >> 31 | 2147483648)) >>> 16]++;
  }
  if (count < RADIX_MIN_LENGTH) return nativeSortedKept(values, finiteOnly);
  const result = inPlace && count === n ? values : new Float64Array(count);
  const other = scratchOf(count);
  const starts = new Uint32Array(65536);
  let start = 0;
  for (let b = 0; b < 65536; b++) {
    starts[b] = start;
    start += counts[b];
  }
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    const high = words[2 * i + 1];
    other[starts[(high ^ (high >> 31 | 2147483648)) >>> 16]++] = value;
  }
  const otherWords = new Uint32Array(other.buffer, other.byteOffset, 2 * count);
  const resultWords = new Uint32Array(result.buffer, result.byteOffset, 2 * count);
  start = 0;
  for (let b = 0; b < 65536; b++) {
    const size = counts[b];
    if (size === 0) continue;
    if (size <= INSERTION_MAX) insertionSort(other, result, start, start + size);
    else splitGroup(other, otherWords, result, resultWords, result, start, start + size, 48, b < 32768 ? -1 : 0, 0);
    start += size;
  }
  return result;
}
function insertionSort(from, result, start, end) {
  result[start] = from[start];
  for (let i = start + 1; i < end; i++) {
    const value = from[i];
    let j = i - 1;
    while (j >= start && result[j] > value) {
      result[j + 1] = result[j];
      j--;
    }
    result[j + 1] = value;
  }
}
function splitGroup(from, fromWords, to, toWords, result, start, end, remaining, flip, depth) {
  const size = end - start;
  const first = from[start];
  let same = start + 1;
  while (same < end && from[same] === first) same++;
  if (same === end) {
    if (from !== result) result.set(from.subarray(start, end), start);
    return;
  }
  const width = Math.min(size >= WIDE_DIGIT_MIN ? 11 : 8, remaining);
  const low = remaining - width;
  const mask = (1 << width) - 1;
  const counts = levelCounts[depth];
  counts.fill(0, 0, mask + 1);
  const part = low >= 32 ? 2 : low + width <= 32 ? 0 : 1;
  const shift = part === 2 ? low - 32 : low;
  for (let i = start; i < end; i++) counts[digitAt(fromWords, i, flip, part, shift, mask)]++;
  let trivial = false;
  for (let d = 0; d <= mask; d++) {
    const c = counts[d];
    if (c === size) trivial = true;
    if (c !== 0) break;
  }
  if (trivial) {
    if (low === 0) {
      if (from !== result) result.set(from.subarray(start, end), start);
    } else splitGroup(from, fromWords, to, toWords, result, start, end, low, flip, depth + 1);
    return;
  }
  let at = start;
  for (let d = 0; d <= mask; d++) {
    const c = counts[d];
    counts[d] = at;
    at += c;
  }
  for (let i = start; i < end; i++) to[counts[digitAt(fromWords, i, flip, part, shift, mask)]++] = from[i];
  let partStart = start;
  for (let d = 0; d <= mask; d++) {
    const partEnd = counts[d];
    const partSize = partEnd - partStart;
    if (partSize === 1) result[partStart] = to[partStart];
    else if (partSize > 1) {
      if (partSize <= INSERTION_MAX) insertionSort(to, result, partStart, partEnd);
      else if (low === 0) {
        if (to !== result) result.set(to.subarray(partStart, partEnd), partStart);
      } else splitGroup(to, toWords, from, fromWords, result, partStart, partEnd, low, flip, depth + 1);
    }
    partStart = partEnd;
  }
}
function digitAt(words, i, flip, part, shift, mask) {
  if (part === 0) return (words[2 * i] ^ flip) >>> shift & mask;
  if (part === 2) return (words[2 * i + 1] ^ flip) >>> shift & mask;
  return ((words[2 * i] ^ flip) >>> shift | (words[2 * i + 1] ^ flip) << 32 - shift) & mask;
}

// src/core/metrics/ranking.ts
var sharedSplits;
function withSharedRanking(compute, known) {
  const outer = sharedSplits;
  sharedSplits = /* @__PURE__ */ new Map();
  if (known !== void 0) sharedSplits.set(known.score, { yTrue: known.yTrue, split: Object.freeze({ positives: known.positives, negatives: known.negatives }) });
  try {
    return compute();
  } finally {
    sharedSplits = outer;
  }
}
function scoresByClass(metric, yTrue, score2) {
  const known = sharedSplits?.get(score2);
  if (known !== void 0 && known.yTrue === yTrue) return known.split;
  const split = splitScores(metric, yTrue, score2);
  sharedSplits?.set(score2, { yTrue, split });
  return split;
}
function partitionScores(yTrue, score2, buffer) {
  const rows = yTrue.length;
  if (score2.length !== rows || buffer.length !== rows) return -1;
  let positiveCount = 0;
  let negativeStart = rows;
  for (let i = 0; i < rows; i++) {
    const value = score2[i];
    if (!Number.isFinite(value)) return -1;
    const truth = yTrue[i];
    if (truth === 1) buffer[positiveCount++] = value + 0;
    else if (truth === 0) buffer[--negativeStart] = value + 0;
    else return -1;
  }
  return positiveCount;
}
function splitScores(metric, yTrue, score2) {
  const rows = yTrue.length;
  const buffer = new Float64Array(rows);
  let positiveCount = 0;
  let negativeStart = rows;
  for (let i = 0; i < rows; i++) {
    const value = score2[i];
    if (!Number.isFinite(value)) throw badNumber(metric, "score", i, value);
    const truth = yTrue[i];
    if (truth === 1) buffer[positiveCount++] = value + 0;
    else if (truth === 0) buffer[--negativeStart] = value + 0;
    else throw badBinaryLabel(metric, "yTrue", i, truth);
  }
  return Object.freeze({ positives: sortFloat64(buffer.subarray(0, positiveCount)), negatives: sortFloat64(buffer.subarray(positiveCount)) });
}

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

// src/core/metrics/precision.ts
var precision = defineMetric({
  id: "precision",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "TP / (TP + FP) at the threshold",
  needs: "labels",
  compute(input) {
    return precisionFromCounts(confusionMatrix(input.yTrue, input.yPred, "precision"));
  }
});
function precisionFromCounts({ fp, tp }) {
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

// src/core/metrics/r2.ts
var r2 = defineMetric({
  id: "r2",
  tasks: ["regression"],
  direction: "higher-is-better",
  description: "coefficient of determination",
  needs: "predictions",
  compute({ yTrue, yPred }) {
    let residualSquares = 0;
    let mean2 = 0;
    let totalSquares = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i];
      const error = yPred[i] - truth;
      if (!Number.isFinite(error)) throw badRegressionRow("r2", yTrue, yPred, i);
      residualSquares += error * error;
      const delta = truth - mean2;
      mean2 += delta / (i + 1);
      totalSquares += delta * (truth - mean2);
    }
    if (totalSquares === 0) return residualSquares === 0 ? 1 : 0;
    return 1 - residualSquares / totalSquares;
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
    return recallFromCounts(confusionMatrix(input.yTrue, input.yPred, "recall"));
  }
});
function recallFromCounts({ fn, tp }) {
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

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

// src/core/evaluation/metrics.ts
function computeMetrics(input, ids, known = {}) {
  const definitions = ids ? ids.map((id) => metricById(id)).filter((d) => d !== void 0) : metricsForTask(input.task);
  const values = {};
  const problems = {};
  withSharedRanking(
    () => withSharedConfusion(() => withSharedProbabilitySums(() => {
      for (const definition of definitions) {
        try {
          values[definition.id] = definition.compute(input);
        } catch (error) {
          if (!(error instanceof MetricError)) throw error;
          values[definition.id] = null;
          problems[definition.id] = error.message;
        }
      }
    })),
    known.split
  );
  return { values, problems };
}
function metricsNeeding(task, ...needs) {
  return metricsForTask(task).filter((d) => needs.includes(d.needs)).map((d) => d.id);
}
function mergeMetricValues(task, parts) {
  const values = {};
  const problems = {};
  for (const { id } of metricsForTask(task)) {
    for (const part of parts) {
      if (id in part.values) values[id] = part.values[id] ?? null;
      if (id in part.problems) problems[id] = part.problems[id];
    }
  }
  return { values, problems };
}
function metricOrNaN(id, input) {
  try {
    return metricById(id).compute(input);
  } catch (error) {
    if (error instanceof MetricError) return Number.NaN;
    throw error;
  }
}
function gatherer(input) {
  const n = input.yTrue.length;
  if (input.task === "binary-classification") {
    const yTrue2 = new Uint8Array(n);
    const yPred2 = new Uint8Array(n);
    const score2 = input.score ? new Float64Array(n) : void 0;
    return (indices) => {
      for (let i = 0; i < indices.length; i++) {
        const row = indices[i];
        yTrue2[i] = input.yTrue[row];
        yPred2[i] = input.yPred[row];
        if (score2) score2[i] = input.score[row];
      }
      const m = indices.length;
      if (m < n) return score2 ? { task: input.task, yTrue: yTrue2.subarray(0, m), yPred: yPred2.subarray(0, m), score: score2.subarray(0, m) } : { task: input.task, yTrue: yTrue2.subarray(0, m), yPred: yPred2.subarray(0, m) };
      return score2 ? { task: input.task, yTrue: yTrue2, yPred: yPred2, score: score2 } : { task: input.task, yTrue: yTrue2, yPred: yPred2 };
    };
  }
  if (input.task === "multiclass-classification") {
    const k = input.classCount;
    const yTrue2 = new Int32Array(n);
    const yPred2 = new Int32Array(n);
    const probabilities = input.probabilities ? new Float64Array(n * k) : void 0;
    return (indices) => {
      for (let i = 0; i < indices.length; i++) {
        const row = indices[i];
        yTrue2[i] = input.yTrue[row];
        yPred2[i] = input.yPred[row];
        if (probabilities) probabilities.set(input.probabilities.subarray(row * k, row * k + k), i * k);
      }
      const m = indices.length;
      if (m < n) {
        const rows = { task: input.task, yTrue: yTrue2.subarray(0, m), yPred: yPred2.subarray(0, m), classCount: k };
        return probabilities ? { ...rows, probabilities: probabilities.subarray(0, m * k) } : rows;
      }
      return probabilities ? { task: input.task, yTrue: yTrue2, yPred: yPred2, probabilities, classCount: k } : { task: input.task, yTrue: yTrue2, yPred: yPred2, classCount: k };
    };
  }
  const yTrue = new Float64Array(n);
  const yPred = new Float64Array(n);
  return (indices) => {
    for (let i = 0; i < indices.length; i++) {
      const row = indices[i];
      yTrue[i] = input.yTrue[row];
      yPred[i] = input.yPred[row];
    }
    const m = indices.length;
    return m < n ? { task: input.task, yTrue: yTrue.subarray(0, m), yPred: yPred.subarray(0, m) } : { task: input.task, yTrue, yPred };
  };
}

export {
  MetricError,
  confusionMatrix,
  accuracy,
  accuracyFromCounts,
  balancedAccuracyFromCounts,
  clippedLog,
  ECE_BINS,
  f1,
  f1FromCounts,
  sortedFinite,
  sortFloat64,
  partitionScores,
  precision,
  precisionFromCounts,
  recall,
  recallFromCounts,
  rocAuc,
  METRICS,
  metricById,
  createRng,
  sampleIndices,
  sampleVariance,
  sampleStandardDeviation,
  quantileSorted,
  gammaln,
  computeMetrics,
  metricsNeeding,
  mergeMetricValues,
  metricOrNaN,
  gatherer
};
