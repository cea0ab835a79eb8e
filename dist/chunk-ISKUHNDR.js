import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  ECE_BINS,
  METRICS,
  MetricError,
  accuracy,
  accuracyFromCounts,
  balancedAccuracyFromCounts,
  clippedLog,
  computeMetrics,
  createRng,
  f1,
  f1FromCounts,
  gammaln,
  gatherer,
  metricById,
  metricOrNaN,
  precision,
  precisionFromCounts,
  quantileSorted,
  recall,
  recallFromCounts,
  rocAuc,
  sampleIndices,
  sampleStandardDeviation,
  sampleVariance,
  sortFloat64,
  sortedFinite
} from "./chunk-ZKG3CRNN.js";
import {
  VERDICTS,
  approvalsGate,
  array,
  bool,
  durationMs,
  enforcementText,
  int,
  nullableNumber,
  num,
  obj,
  segmentsToPointer,
  str,
  worstVerdict
} from "./chunk-4QXUKUJV.js";
import {
  ChunkingError,
  dateOfDayNumber,
  dayKey,
  isoUtc,
  isoWeek,
  isoWeekday,
  localDayNumber,
  monthKey,
  weekKey,
  zoneClock
} from "./chunk-V5DKCSUO.js";
import {
  MISSING_CODE,
  requireColumn
} from "./chunk-VNFW3NFW.js";

// src/core/drift/cells.ts
var MAX_PERMUTATION_CELLS = 1e3;
var LARGE_SAMPLE_ROWS = 1e4;
var LARGE_SAMPLE_CELLS = 250;
function cellBudget(referenceRows, currentRows) {
  return Math.min(referenceRows, currentRows) > LARGE_SAMPLE_ROWS ? LARGE_SAMPLE_CELLS : MAX_PERMUTATION_CELLS;
}
function wassersteinOverCells(positions, m, n2) {
  return (a, b) => {
    let cumulativeA = 0;
    let cumulativeB = 0;
    let area = 0;
    for (let k = 0; k < positions.length - 1; k++) {
      cumulativeA += a[k];
      cumulativeB += b[k];
      area += Math.abs(cumulativeA / m - cumulativeB / n2) * (positions[k + 1] - positions[k]);
    }
    return area;
  };
}
function valueCells(reference, current, maxCells = MAX_PERMUTATION_CELLS) {
  const a = reference;
  const b = current;
  const target = (a.length + b.length) / maxCells;
  const firstValues = new Float64Array(maxCells + 1);
  const firstA = new Float64Array(maxCells + 1);
  const firstB = new Float64Array(maxCells + 1);
  const positions = new Float64Array(maxCells + 2);
  const pooledRuns = new Float64Array(maxCells + 2);
  const referenceRuns = new Float64Array(maxCells + 2);
  let runs = 0;
  let distinct = 0;
  let rows = 0;
  let referenceRows = 0;
  let weighted = 0;
  let cumulative = 0;
  const m = a.length;
  const n2 = b.length;
  let largestDifference = 0;
  let area = 0;
  let previous = m > 0 && n2 > 0 ? Math.min(a[0], b[0]) : 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    const before = i * n2 - j * m;
    area += (before < 0 ? -before : before) * (value - previous);
    previous = value;
    const startI = i;
    const startJ = j;
    while (i < a.length && a[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    const after = i * n2 - j * m;
    if (after > largestDifference) largestDifference = after;
    else if (-after > largestDifference) largestDifference = -after;
    const countA = i - startI;
    const pooled = countA + (j - startJ);
    if (distinct <= maxCells) {
      firstValues[distinct] = value;
      firstA[distinct] = countA;
      firstB[distinct] = j - startJ;
    }
    distinct++;
    rows += pooled;
    referenceRows += countA;
    weighted += pooled * value;
    cumulative += pooled;
    if (cumulative >= (runs + 1) * target || i >= a.length && j >= b.length) {
      positions[runs] = weighted / rows;
      pooledRuns[runs] = rows;
      referenceRuns[runs] = referenceRows;
      runs++;
      rows = 0;
      referenceRows = 0;
      weighted = 0;
    }
  }
  if (distinct <= maxCells) {
    const pooled = new Float64Array(distinct);
    for (let k = 0; k < distinct; k++) pooled[k] = firstA[k] + firstB[k];
    return { positions: firstValues.slice(0, distinct), pooled, reference: firstA.slice(0, distinct), distinct, grouped: false, largestDifference, area };
  }
  return { positions: positions.slice(0, runs), pooled: pooledRuns.slice(0, runs), reference: referenceRuns.slice(0, runs), distinct, grouped: true, largestDifference, area };
}
var merges = /* @__PURE__ */ new WeakMap();
function mergedCells(reference, current) {
  const cached = merges.get(reference);
  if (cached !== void 0 && cached.current === current) return cached.cells;
  const cells = valueCells(reference, current, cellBudget(reference.length, current.length));
  merges.set(reference, { current, cells });
  return cells;
}
function countLayout(reference, current, statistic, detail = {}) {
  const pooled = new Float64Array(reference.length);
  for (let k = 0; k < reference.length; k++) pooled[k] = reference[k] + current[k];
  return { pooled, reference: Float64Array.from(reference), statistic, toScore: 1, detail: { cells: reference.length, ...detail } };
}
function total(values) {
  let sum2 = 0;
  for (let k = 0; k < values.length; k++) sum2 += values[k];
  return sum2;
}

// src/core/drift/defaults.ts
var DEFAULT_THRESHOLD_MODE = "calibrated";
var DEFAULT_THRESHOLDS = Object.freeze({
  ks: 0.05,
  chi2: 0.05,
  z: 0.05,
  psi: 0.1,
  jensenshannon: 0.1,
  wasserstein: 0.1,
  hellinger: 0.1
});
var SMALL_REFERENCE_MAX_VALUES = 1e3;
var FEW_VALUES_MAX = 5;
var BINARY_VALUES_MAX = 2;
var DEFAULT_DRIFT_SHARE = 0.5;
var CORRECTIONS = ["none", "bonferroni", "benjamini-hochberg"];
var DEFAULT_CORRECTION = "none";
function defaultMethod(kind, referenceValues, distinctValues2, mode = "fixed") {
  const fewValues = kind === "categorical" || distinctValues2 <= FEW_VALUES_MAX;
  if (mode === "calibrated" || referenceValues <= SMALL_REFERENCE_MAX_VALUES) {
    if (!fewValues) return "ks";
    return distinctValues2 > BINARY_VALUES_MAX ? "chi2" : "z";
  }
  return fewValues ? "jensenshannon" : "wasserstein";
}

// src/core/drift/permutation.ts
var FIRST_STAGE_PERMUTATIONS = 199;
var MAX_PERMUTATIONS = 999;
var TIE_TOLERANCE = 1e-12;
function permutationTest(layout, options) {
  const cells = layout.pooled.length;
  const m = sum(layout.reference);
  const n2 = sum(layout.pooled) - m;
  const current = new Float64Array(cells);
  for (let k = 0; k < cells; k++) current[k] = layout.pooled[k] - layout.reference[k];
  const observed = layout.statistic(layout.reference, current);
  const bar = observed - TIE_TOLERANCE * Math.max(1, Math.abs(observed));
  const top = observed + TIE_TOLERANCE * Math.max(1, Math.abs(observed));
  ensureLogFactorials(m + n2);
  const rng = createRng(dataSeed(options.seed, layout.reference));
  const sampler = countSampler(layout.pooled, Math.min(m, n2), rng);
  const state = { nulls: new Float64Array(MAX_PERMUTATIONS), count: 0, exceed: 0, ties: 0, fixedHits: 0 };
  const run2 = (count) => permute(layout, sampler, m <= n2, bar, top, options.fixedThreshold ?? Number.POSITIVE_INFINITY, count, state);
  const tieBreak = rng.nextFloat();
  const identical = Math.abs(observed) <= TIE_TOLERANCE;
  const pValueNow = () => identical ? 1 : (state.exceed + tieBreak * (state.ties + 1)) / (state.count + 1);
  if (options.permutations !== void 0) {
    state.nulls = new Float64Array(options.permutations);
    run2(options.permutations);
  } else {
    run2(FIRST_STAGE_PERMUTATIONS);
    if (pValueNow() <= 2 * options.alpha) run2(MAX_PERMUTATIONS - FIRST_STAGE_PERMUTATIONS);
  }
  const { fixedHits } = state;
  const nulls = state.nulls.subarray(0, state.count);
  const sorted = Float64Array.from(nulls).sort();
  const critical = sorted[Math.min(sorted.length - 1, Math.ceil((1 - options.alpha) * (sorted.length + 1)) - 1)];
  return {
    observed,
    pValue: pValueNow(),
    permutations: nulls.length,
    critical,
    ...options.fixedThreshold !== void 0 ? { fixedFalseAlarmRate: fixedHits / nulls.length } : {}
  };
}
function permute(layout, sampler, drawReference, bar, top, fixed, count, state) {
  const pooled = layout.pooled;
  const cells = pooled.length;
  const a = new Float64Array(cells);
  const b = new Float64Array(cells);
  const drawn = drawReference ? a : b;
  const rest = drawReference ? b : a;
  const { nulls } = state;
  let exceed = 0;
  let ties = 0;
  let fixedHits = 0;
  let at = state.count;
  for (let i = 0; i < count; i++) {
    sampler(drawn);
    for (let k = 0; k < cells; k++) rest[k] = pooled[k] - drawn[k];
    const value = layout.statistic(a, b);
    nulls[at++] = value;
    if (value > top) exceed++;
    else if (value >= bar) ties++;
    if (value >= fixed) fixedHits++;
  }
  state.count = at;
  state.exceed += exceed;
  state.ties += ties;
  state.fixedHits += fixedHits;
}
function sum(values) {
  let total4 = 0;
  for (let k = 0; k < values.length; k++) total4 += values[k];
  return total4;
}
function countSampler(pooled, draws, rng) {
  const cells = pooled.length;
  const total4 = sum(pooled);
  if (draws <= 8 * cells || draws <= 2e3) {
    const cellOfRow = new Uint32Array(total4);
    let row = 0;
    for (let k = 0; k < cells; k++) for (let c = 0; c < pooled[k]; c++) cellOfRow[row++] = k;
    return (out) => {
      out.fill(0);
      for (let i = 0; i < draws; i++) {
        const j = i + below(rng, total4 - i);
        const cell3 = cellOfRow[j];
        cellOfRow[j] = cellOfRow[i];
        cellOfRow[i] = cell3;
        out[cell3]++;
      }
    };
  }
  return (out) => {
    let remaining = total4;
    let left = draws;
    for (let k = 0; k < cells; k++) {
      const size = pooled[k];
      const x = left === 0 ? 0 : left === remaining ? size : hypergeometric(rng, remaining, size, left);
      out[k] = x;
      left -= x;
      remaining -= size;
    }
  };
}
var TWO_POW_32 = 4294967296;
function below(rng, bound2) {
  if (bound2 > 2097152) return rng.nextBelow(bound2);
  for (; ; ) {
    const product = rng.nextUint32() * bound2;
    const high = Math.floor(product / TWO_POW_32);
    const low = product - high * TWO_POW_32;
    if (low >= bound2 || low >= (TWO_POW_32 - bound2) % bound2) return high;
  }
}
function hypergeometric(rng, population, successes, draws) {
  const low = Math.max(0, draws - (population - successes));
  const high = Math.min(draws, successes);
  if (low === high) return low;
  const variance = draws * successes * (population - successes) * (population - draws) / (population * population * (population - 1));
  if (variance > RATIO_OF_UNIFORMS_MIN_SD * RATIO_OF_UNIFORMS_MIN_SD) return hypergeometricRatioOfUniforms(rng, population, successes, draws);
  const mode = Math.min(high, Math.max(low, Math.floor((draws + 1) * (successes + 1) / (population + 2))));
  const failures = population - successes;
  const logAtMode = logFactorial(successes) - logFactorial(mode) - logFactorial(successes - mode) + logFactorial(failures) - logFactorial(draws - mode) - logFactorial(failures - draws + mode) - (logFactorial(population) - logFactorial(draws) - logFactorial(population - draws));
  const atMode = Math.exp(logAtMode);
  let u = rng.nextFloat() - atMode;
  if (u < 0) return mode;
  let up = mode;
  let down = mode;
  let pUp = atMode;
  let pDown = atMode;
  for (; ; ) {
    if (up < high) {
      pUp *= (successes - up) * (draws - up) / ((up + 1) * (failures - draws + up + 1));
      up++;
      u -= pUp;
      if (u < 0) return up;
    }
    if (down > low) {
      pDown *= down * (failures - draws + down) / ((successes - down + 1) * (draws - down + 1));
      down--;
      u -= pDown;
      if (u < 0) return down;
    }
    if (up >= high && down <= low) return hypergeometric(rng, population, successes, draws);
  }
}
var RATIO_OF_UNIFORMS_MIN_SD = 8;
var HRUA_D1 = 1.7155277699214135;
var HRUA_D2 = 0.8989161620588988;
function hypergeometricRatioOfUniforms(rng, population, successes, draws) {
  const sample = Math.min(draws, population - draws);
  const fewer = Math.min(successes, population - successes);
  const more = population - fewer;
  const p = fewer / population;
  const q = more / population;
  const a = sample * p + 0.5;
  const c = Math.sqrt((population - sample) * sample * p * q / (population - 1) + 0.5);
  const h = HRUA_D1 * c + HRUA_D2;
  const mode = Math.floor((sample + 1) * (fewer + 1) / (population + 2));
  const atMode = logFactorial(mode) + logFactorial(fewer - mode) + stirlingLogFactorial(sample - mode) + stirlingLogFactorial(more - sample + mode);
  const table2 = logFactorials;
  const bound2 = Math.min(Math.min(sample, fewer) + 1, Math.floor(a + 16 * c));
  let k;
  for (; ; ) {
    const u = rng.nextFloat();
    const v = rng.nextFloat();
    if (u === 0) continue;
    const x = a + h * (v - 0.5) / u;
    if (x < 0 || x >= bound2) continue;
    k = Math.floor(x);
    const t = atMode - (fewer < table2.length ? table2[k] + table2[fewer - k] + stirlingLogFactorial(sample - k) + stirlingLogFactorial(more - sample + k) : logFactorial(k) + logFactorial(fewer - k) + logFactorial(sample - k) + logFactorial(more - sample + k));
    if (u * (4 - u) - 3 <= t) break;
    if (u * (u - t) >= 1) continue;
    if (2 * Math.log(u) <= t) break;
  }
  if (successes > population - successes) k = sample - k;
  if (sample < draws) k = successes - k;
  return k;
}
var SMALL_LOG_FACTORIALS = (() => {
  const table2 = new Float64Array(32);
  for (let k = 2; k < table2.length; k++) table2[k] = table2[k - 1] + Math.log(k);
  return table2;
})();
function logFactorial(k) {
  return k < logFactorials.length ? logFactorials[k] : stirlingLogFactorial(k);
}
function stirlingLogFactorial(k) {
  if (k < SMALL_LOG_FACTORIALS.length) return SMALL_LOG_FACTORIALS[k];
  const n2 = k + 1;
  const inverse = 1 / n2;
  const inverse2 = inverse * inverse;
  return (n2 - 0.5) * Math.log(n2) - n2 + 0.9189385332046728 + inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260 - inverse2 / 1680)));
}
var LOG_FACTORIAL_TABLE_MAX = 1 << 22;
var logFactorials = new Float64Array(0);
function ensureLogFactorials(upTo) {
  const size = Math.min(LOG_FACTORIAL_TABLE_MAX, upTo + 1);
  if (size <= logFactorials.length) return;
  const grown = new Float64Array(Math.min(LOG_FACTORIAL_TABLE_MAX, Math.max(size, 2 * logFactorials.length)));
  grown.set(logFactorials);
  for (let k = logFactorials.length; k < grown.length; k++) grown[k] = stirlingLogFactorial(k);
  logFactorials = grown;
}
function dataSeed(seed, counts) {
  let hash = 2166136261 ^ seed >>> 0;
  for (let k = 0; k < counts.length; k++) {
    hash ^= counts[k] + k;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash + Math.floor(seed / 2 ** 32) % 2 ** 20 * 2 ** 32;
}
function columnSeed(name, salt = 0) {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash + salt * 2 ** 32;
}

// src/core/drift/definition.ts
var THRESHOLD_MODES = ["calibrated", "fixed"];
var DEFAULT_ALPHA = 0.05;
var DriftError = class extends Error {
  name = "DriftError";
  code;
  /** Id of the test that failed. */
  method;
  constructor(code2, method, message) {
    super(`${method}: ${message}`);
    this.code = code2;
    this.method = method;
  }
};
function defineDriftTest(spec) {
  return Object.freeze({
    id: spec.id,
    name: spec.name,
    description: spec.description,
    appliesTo: spec.appliesTo,
    kind: spec.kind,
    defaultThreshold: spec.defaultThreshold,
    compute(reference, current, threshold2, options = {}) {
      const mode = options.mode ?? "calibrated";
      const limit = threshold2 ?? (mode === "calibrated" ? DEFAULT_ALPHA : spec.defaultThreshold);
      if (!(limit > 0) || !Number.isFinite(limit)) throw new DriftError("invalid-input", spec.id, `threshold must be a positive number; got ${limit}`);
      if (mode === "calibrated" && !(limit < 1)) throw new DriftError("invalid-input", spec.id, `a calibrated threshold is a false-alarm rate in (0, 1); got ${limit} (threshold_mode: fixed reads it as Evidently's distance)`);
      if (reference.kind !== current.kind) throw new DriftError("invalid-input", spec.id, `reference is ${reference.kind} but current is ${current.kind}`);
      if (!spec.appliesTo.includes(reference.kind)) {
        throw new DriftError("not-applicable", spec.id, `applies to ${spec.appliesTo.join(" and ")} columns, not ${reference.kind} ones`);
      }
      if (reference.kind === "categorical" && current.kind === "categorical" && reference.counts.length !== current.counts.length) {
        throw new DriftError("invalid-input", spec.id, `reference has ${reference.counts.length} categories, current ${current.counts.length}: prepare both sides together (prepareColumn)`);
      }
      if (sampleSize(reference) === 0) throw new DriftError("no-data", spec.id, "the reference has no non-missing value");
      if (sampleSize(current) === 0) throw new DriftError("no-data", spec.id, "the current data has no non-missing value");
      const { statistic, score, detail } = spec.compute(reference, current);
      const seed = options.seed ?? 0;
      const base = { method: spec.id, kind: spec.kind, statistic, score, threshold: limit, mode };
      if (spec.kind === "p-value") {
        const layout2 = mode === "calibrated" ? spec.layout?.(reference, current) : void 0;
        let pValue = score;
        let facts = detail;
        if (layout2) {
          const permuted2 = permutationTest(layout2, { seed, alpha: limit });
          const keepOwn = spec.ownPValueConservative === true && score < 1 / (permuted2.permutations + 1) && score < permuted2.pValue;
          pValue = keepOwn ? score : permuted2.pValue;
          facts = keepOwn ? { ...detail, ...layout2.detail, belowPermutationFloor: true, permutations: permuted2.permutations } : { ...detail, ...layout2.detail, pValueMethod: "permutation", permutations: permuted2.permutations };
        }
        return { ...base, pValue, decidedBy: "p-value", falseAlarmRate: limit, falseAlarmRateEstimated: false, drifted: pValue < limit, detail: facts };
      }
      const layout = spec.layout?.(reference, current);
      if (!layout) throw new Error(`unreachable: distance test ${spec.id} has no permutation layout`);
      if (mode === "fixed") {
        const permuted2 = permutationTest(layout, { seed, alpha: DEFAULT_ALPHA, fixedThreshold: limit / layout.toScore, permutations: FIXED_ESTIMATE_PERMUTATIONS });
        return {
          ...base,
          decidedBy: "distance",
          falseAlarmRate: permuted2.fixedFalseAlarmRate,
          falseAlarmRateEstimated: true,
          drifted: score >= limit,
          detail
        };
      }
      const permuted = permutationTest(layout, { seed, alpha: limit });
      return {
        ...base,
        pValue: permuted.pValue,
        decidedBy: "p-value",
        falseAlarmRate: limit,
        falseAlarmRateEstimated: false,
        criticalValue: permuted.critical * layout.toScore,
        drifted: permuted.pValue < limit,
        detail: { ...detail, ...layout.detail, pValueMethod: "permutation", permutations: permuted.permutations }
      };
    }
  });
}
var FIXED_ESTIMATE_PERMUTATIONS = 199;
function sampleSize(sample) {
  return sample.kind === "numeric" ? sample.sorted.length : sample.total;
}

// src/core/stats/normal.ts
var A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356, 0.06568233791820745];
var B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
var C = [
  0.39894151208813466,
  8.883149794388377,
  93.50665613217785,
  597.2702763948002,
  2494.5375852903726,
  6848.190450536283,
  11602.65143764735,
  9842.714838383978,
  10765576773720192e-24
];
var D = [
  22.266688044328117,
  235.387901782625,
  1519.3775994075547,
  6485.558298266761,
  18615.571640885097,
  34900.95272114598,
  38912.00328609327,
  19685.429676859992
];
var P = [0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934, 29112874951168793e-21, 0.023073441764940174];
var Q = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 7297515550839662e-20];
var ONE_OVER_SQRT_2PI = 0.3989422804014327;
var THRESHOLD = 0.66291;
var ROOT32 = 5.656854248;
var TAIL_VANISHES = 37.519;
function smallTail(y) {
  if (y >= TAIL_VANISHES) return 0;
  let ratio2;
  if (y <= ROOT32) {
    let num5 = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num5 = (num5 + C[i]) * y;
      den = (den + D[i]) * y;
    }
    ratio2 = (num5 + C[7]) / (den + D[7]);
  } else {
    const inverseSquare = 1 / (y * y);
    let num5 = P[5] * inverseSquare;
    let den = inverseSquare;
    for (let i = 0; i < 4; i++) {
      num5 = (num5 + P[i]) * inverseSquare;
      den = (den + Q[i]) * inverseSquare;
    }
    ratio2 = inverseSquare * (num5 + P[4]) / (den + Q[4]);
    ratio2 = (ONE_OVER_SQRT_2PI - ratio2) / y;
  }
  const rounded = Math.trunc(y * 16) / 16;
  const del = (y - rounded) * (y + rounded);
  return Math.exp(-rounded * rounded / 2) * Math.exp(-del / 2) * ratio2;
}
function centralOffset(x) {
  const square = Math.abs(x) > 111e-18 ? x * x : 0;
  let num5 = A[4] * square;
  let den = square;
  for (let i = 0; i < 3; i++) {
    num5 = (num5 + A[i]) * square;
    den = (den + B[i]) * square;
  }
  return x * (num5 + A[3]) / (den + B[3]);
}
function normalCdf(x) {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= THRESHOLD) return 0.5 + centralOffset(x);
  const tail = smallTail(y);
  return x > 0 ? 1 - tail : tail;
}
function normalTwoSidedPValue(z) {
  if (Number.isNaN(z)) return Number.NaN;
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}
function chiSquared1Sf(x) {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  return Math.min(1, 2 * normalCdf(-Math.sqrt(x)));
}
function normalQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * (((((((r2 * 2509.0809287301227 + 33430.57558358813) * r2 + 67265.7709270087) * r2 + 45921.95393154987) * r2 + 13731.69376550946) * r2 + 1971.5909503065513) * r2 + 133.14166789178438) * r2 + 3.3871328727963665) / (((((((r2 * 5226.495278852854 + 28729.085735721943) * r2 + 39307.89580009271) * r2 + 21213.794301586597) * r2 + 5394.196021424751) * r2 + 687.1870074920579) * r2 + 42.31333070160091) * r2 + 1);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value;
  if (r <= 5) {
    r -= 1.6;
    value = (((((((r * 7745450142783414e-19 + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835) / (((((((r * 10507500716444169e-25 + 5475938084995345e-19) * r + 0.015198666563616457) * r + 0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1);
  } else {
    r -= 5;
    value = (((((((r * 20103343992922881e-23 + 27115555687434876e-21) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103) / (((((((r * 20442631033899397e-31 + 1421511758316446e-22) * r + 18463183175100548e-21) * r + 7868691311456133e-19) * r + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1);
  }
  return q < 0 ? -value : value;
}

// src/core/stats/gamma.ts
var MAX_ITERATIONS = 1e5;
var TINY = 1e-300;
function regularizedGammaQ(a, x) {
  if (Number.isNaN(a) || Number.isNaN(x) || !(a > 0) || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const logPrefactor = a * Math.log(x) - x - gammaln(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum2 = term;
    for (let n2 = 1; n2 < MAX_ITERATIONS; n2++) {
      term *= x / (a + n2);
      sum2 += term;
      if (Math.abs(term) < Math.abs(sum2) * Number.EPSILON) break;
    }
    return Math.min(1, Math.max(0, 1 - sum2 * Math.exp(logPrefactor)));
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) < Number.EPSILON) break;
  }
  return Math.min(1, Math.max(0, Math.exp(logPrefactor) * fraction));
}
function chiSquaredSf(statistic, degreesOfFreedom) {
  if (Number.isNaN(statistic)) return Number.NaN;
  if (!Number.isSafeInteger(degreesOfFreedom) || degreesOfFreedom < 1) throw new RangeError(`degrees of freedom must be a positive integer; got ${degreesOfFreedom}`);
  if (statistic <= 0) return 1;
  if (degreesOfFreedom === 1) return chiSquared1Sf(statistic);
  if (degreesOfFreedom === 2) return Math.exp(-statistic / 2);
  return regularizedGammaQ(degreesOfFreedom / 2, statistic / 2);
}

// src/core/drift/samples.ts
function prepareColumn(reference, current) {
  checkSameKind(reference, current);
  if (reference.kind === "numeric" && current.kind === "numeric") {
    const referenceSide = numericSample(reference.values);
    const currentSide = numericSample(current.values);
    return {
      name: reference.name,
      kind: "numeric",
      reference: referenceSide.sample,
      current: currentSide.sample,
      missing: { reference: referenceSide.missing, current: currentSide.missing }
    };
  }
  const pair = categoricalSamples(reference, current);
  return { name: reference.name, kind: "categorical", ...pair };
}
function checkSameKind(reference, current) {
  if (reference.kind !== current.kind) {
    throw new RangeError(`column '${reference.name}' is ${reference.kind} in the reference but ${current.kind} in the current data: load it as the same kind on both sides`);
  }
}
function numericSample(values) {
  const sorted = sortedFinite(values);
  return { sample: { kind: "numeric", sorted }, missing: missingShare(values.length, values.length - sorted.length) };
}
function categoricalSamples(reference, current) {
  const referenceCounts = countCodes(reference);
  const currentCounts = countCodes(current);
  const index = /* @__PURE__ */ new Map();
  const categories = [];
  const place = (column, counts) => {
    const target = new Int32Array(counts.length).fill(-1);
    for (let code2 = 0; code2 < counts.length; code2++) {
      if (counts[code2] === 0) continue;
      const category = column.categories[code2];
      let at = index.get(category);
      if (at === void 0) {
        at = categories.length;
        index.set(category, at);
        categories.push(category);
      }
      target[code2] = at;
    }
    return target;
  };
  const referenceTarget = place(reference, referenceCounts.counts);
  const currentTarget = place(current, currentCounts.counts);
  const align = (counts, target) => {
    const aligned = new Float64Array(categories.length);
    for (let code2 = 0; code2 < counts.length; code2++) if (target[code2] >= 0) aligned[target[code2]] = counts[code2];
    return aligned;
  };
  const frozen = Object.freeze(categories);
  return {
    reference: { kind: "categorical", categories: frozen, counts: align(referenceCounts.counts, referenceTarget), total: referenceCounts.total },
    current: { kind: "categorical", categories: frozen, counts: align(currentCounts.counts, currentTarget), total: currentCounts.total },
    missing: {
      reference: missingShare(reference.codes.length, reference.codes.length - referenceCounts.total),
      current: missingShare(current.codes.length, current.codes.length - currentCounts.total)
    }
  };
}
function countCodes(column) {
  const size = column.categories.length;
  const counts = new Float64Array(size);
  const { codes } = column;
  let total4 = 0;
  for (let i = 0; i < codes.length; i++) {
    const code2 = codes[i];
    if (code2 < 0) continue;
    if (code2 >= size) throw new RangeError(`column '${column.name}': row ${i} has category code ${code2}, but the column has ${size} categories`);
    counts[code2]++;
    total4++;
  }
  return { counts, total: total4 };
}
function missingShare(rows, missing) {
  return { rows, missing, share: rows === 0 ? 0 : missing / rows };
}
function distinctCount(sorted, cap = Number.POSITIVE_INFINITY) {
  if (sorted.length === 0) return 0;
  let count = 1;
  for (let i = 1; i < sorted.length && count < cap; i++) if (sorted[i] !== sorted[i - 1]) count++;
  return count;
}
function distinctUnionCount(a, b, cap = Number.POSITIVE_INFINITY) {
  let i = 0;
  let j = 0;
  let count = 0;
  while ((i < a.length || j < b.length) && count < cap) {
    const value = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    while (i < a.length && a[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    count++;
  }
  return count;
}
function distinctValues(reference, current, cap = Number.POSITIVE_INFINITY) {
  if (reference.kind === "numeric" && current.kind === "numeric") return distinctUnionCount(reference.sorted, current.sorted, cap);
  const ref2 = reference;
  const cur = current;
  let count = 0;
  for (let i = 0; i < ref2.counts.length; i++) if (ref2.counts[i] > 0 || cur.counts[i] > 0) count++;
  return count;
}
function valueCounts(a, b) {
  const size = distinctUnionCount(a, b);
  const values = new Float64Array(size);
  const countsA = new Float64Array(size);
  const countsB = new Float64Array(size);
  let i = 0;
  let j = 0;
  for (let k = 0; k < size; k++) {
    const value = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    const startI = i;
    const startJ = j;
    while (i < a.length && a[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    values[k] = value;
    countsA[k] = i - startI;
    countsB[k] = j - startJ;
  }
  return { values, a: countsA, b: countsB };
}
function sturgesEdges(min, max, size, method) {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(size) + 1);
  const bins = width > 0 ? Math.ceil((last - first) / width) : 1;
  const edges = new Float64Array(bins + 1);
  const delta = last - first;
  const step = delta / bins;
  for (let i = 0; i < bins; i++) edges[i] = (step === 0 ? i / bins * delta : i * step) + first;
  edges[bins] = last;
  for (let i = 0; i < bins; i++) {
    if (!(edges[i] < edges[i + 1])) throw new DriftError("invalid-input", method, `cannot make ${bins} bins of positive width over [${min}, ${max}]`);
  }
  return edges;
}
function histogramSorted(sorted, edges) {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  let at = firstNotBelow(sorted, edges[0], 0, false);
  for (let bin = 0; bin < bins; bin++) {
    const start = at;
    at = firstNotBelow(sorted, edges[bin + 1], at, bin === bins - 1);
    counts[bin] = at - start;
  }
  return counts;
}
function firstNotBelow(sorted, bound2, from, inclusive) {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (inclusive ? sorted[mid] <= bound2 : sorted[mid] < bound2) low = mid + 1;
    else high = mid;
  }
  return low;
}
var MAX_VALUES_UNBINNED = 20;
function evidentlyBins(reference, current, method) {
  const last = lastBinned.get(reference);
  if (last && last.current === current && last.method === method) return last.binned;
  const binned = computeEvidentlyBins(reference, current, method);
  lastBinned.set(reference, { current, method, binned });
  return binned;
}
var lastBinned = /* @__PURE__ */ new WeakMap();
function computeEvidentlyBins(reference, current, method) {
  if (reference.kind === "numeric" && current.kind === "numeric") {
    const ref3 = reference.sorted;
    const cur2 = current.sorted;
    if (distinctCount(ref3, MAX_VALUES_UNBINNED + 1) > MAX_VALUES_UNBINNED) {
      const edges = sturgesEdges(Math.min(ref3[0], cur2[0]), Math.max(ref3[ref3.length - 1], cur2[cur2.length - 1]), ref3.length + cur2.length, method);
      return { reference: histogramSorted(ref3, edges), current: histogramSorted(cur2, edges), binning: "sturges", bins: edges.length - 1 };
    }
    const counts = valueCounts(ref3, cur2);
    return { reference: counts.a, current: counts.b, binning: "values", bins: counts.values.length };
  }
  const ref2 = reference;
  const cur = current;
  return { reference: ref2.counts, current: cur.counts, binning: "values", bins: ref2.counts.length };
}
function shares(counts, total4) {
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = counts[i] / total4;
  return out;
}
function categoryCounts(reference, current) {
  if (reference.kind === "numeric" && current.kind === "numeric") {
    const counts = valueCounts(reference.sorted, current.sorted);
    return { labels: Array.from(counts.values, String), reference: counts.a, current: counts.b };
  }
  const ref2 = reference;
  return { labels: ref2.categories, reference: ref2.counts, current: current.counts };
}

// src/core/drift/methods/chi2.ts
var MIN_EXPECTED_COUNT = 5;
function chi2Cells(reference, current) {
  const binned = evidentlyBins(reference, current, "chi2");
  return { reference: binned.reference, current: binned.current, binning: binned.binning, bins: binned.bins };
}
function chiSquaredHomogeneity(referenceCounts, currentCounts) {
  let referenceTotal = 0;
  let currentTotal = 0;
  let categories = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    referenceTotal += referenceCounts[i];
    currentTotal += currentCounts[i];
    if (referenceCounts[i] + currentCounts[i] > 0) categories++;
  }
  const total4 = referenceTotal + currentTotal;
  let statistic = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    const categoryTotal = referenceCounts[i] + currentCounts[i];
    if (categoryTotal === 0) continue;
    const expectedReference = referenceTotal * categoryTotal / total4;
    const expectedCurrent = currentTotal * categoryTotal / total4;
    statistic += (referenceCounts[i] - expectedReference) ** 2 / expectedReference + (currentCounts[i] - expectedCurrent) ** 2 / expectedCurrent;
  }
  const degreesOfFreedom = categories - 1;
  if (degreesOfFreedom === 0) return { statistic: 0, degreesOfFreedom, pValue: 1 };
  return { statistic, degreesOfFreedom, pValue: chiSquaredSf(statistic, degreesOfFreedom) };
}
var chi2 = defineDriftTest({
  id: "chi2",
  name: "chi-squared",
  description: "Pearson's chi-squared test of homogeneity of the category counts (k - 1 degrees of freedom)",
  appliesTo: ["categorical", "numeric"],
  kind: "p-value",
  defaultThreshold: DEFAULT_THRESHOLDS.chi2,
  compute(reference, current) {
    const cells = chi2Cells(reference, current);
    const result = chiSquaredHomogeneity(cells.reference, cells.current);
    return {
      statistic: result.statistic,
      score: result.pValue,
      detail: { degreesOfFreedom: result.degreesOfFreedom, categories: cells.bins, ...reference.kind === "numeric" ? { binning: cells.binning } : {} }
    };
  },
  layout(reference, current) {
    const cells = chi2Cells(reference, current);
    let m = 0;
    let n2 = 0;
    for (let k = 0; k < cells.reference.length; k++) {
      m += cells.reference[k];
      n2 += cells.current[k];
    }
    let smallest = Number.POSITIVE_INFINITY;
    for (let k = 0; k < cells.reference.length; k++) {
      const pooled = cells.reference[k] + cells.current[k];
      if (pooled > 0) smallest = Math.min(smallest, pooled * Math.min(m, n2) / (m + n2));
    }
    if (smallest >= MIN_EXPECTED_COUNT) return void 0;
    return countLayout(cells.reference, cells.current, (a, b) => chiSquaredHomogeneity(a, b).statistic, { sparse: true });
  }
});

// src/core/drift/methods/hellinger.ts
function hellingerBins(reference, current) {
  if (reference.kind === "categorical" && current.kind === "categorical") {
    return { reference: reference.counts, current: current.counts, detail: { binning: "values", bins: reference.counts.length } };
  }
  if (reference.kind === "numeric" && current.kind === "numeric") {
    const ref2 = reference.sorted;
    const cur = current.sorted;
    const edges = sturgesEdges(Math.min(ref2[0], cur[0]), Math.max(ref2[ref2.length - 1], cur[cur.length - 1]), distinctUnionCount(ref2, cur), "hellinger");
    const bins = edges.length - 1;
    const width = (edges[bins] - edges[0]) / bins;
    const weights = new Float64Array(bins);
    for (let bin = 0; bin < bins; bin++) weights[bin] = width / (edges[bin + 1] - edges[bin]);
    return { reference: histogramSorted(ref2, edges), current: histogramSorted(cur, edges), weights, detail: { binning: "sturges", bins } };
  }
  throw new Error("unreachable: samples of one kind");
}
function hellingerDistance(reference, current, weights) {
  const m = total(reference);
  const n2 = total(current);
  let coefficient = 0;
  for (let k = 0; k < reference.length; k++) coefficient += Math.sqrt(reference[k] / m * (current[k] / n2)) * (weights ? weights[k] : 1);
  return Math.sqrt(1 - Math.min(1, Math.max(0, coefficient)));
}
var hellinger = defineDriftTest({
  id: "hellinger",
  name: "Hellinger distance",
  description: "Hellinger distance between the category shares, or between histograms over Sturges bins of the distinct values",
  appliesTo: ["numeric", "categorical"],
  kind: "distance",
  defaultThreshold: DEFAULT_THRESHOLDS.hellinger,
  compute(reference, current) {
    const bins = hellingerBins(reference, current);
    const distance = hellingerDistance(bins.reference, bins.current, bins.weights);
    return { statistic: distance, score: distance, detail: bins.detail };
  },
  layout(reference, current) {
    const bins = hellingerBins(reference, current);
    return countLayout(bins.reference, bins.current, (a, b) => hellingerDistance(a, b, bins.weights));
  }
});

// src/core/drift/methods/jensenshannon.ts
function jensenShannonDistance(p, q, base) {
  if (p.length !== q.length) throw new RangeError(`p has ${p.length} entries, q has ${q.length}`);
  let sumP = 0;
  let sumQ = 0;
  for (let i = 0; i < p.length; i++) {
    sumP += p[i];
    sumQ += q[i];
  }
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / sumP;
    const qi = q[i] / sumQ;
    const mi = (pi + qi) / 2;
    if (pi > 0) divergence += pi * Math.log(pi / mi);
    if (qi > 0) divergence += qi * Math.log(qi / mi);
  }
  if (base !== void 0) divergence /= Math.log(base);
  return Math.sqrt(Math.max(0, divergence) / 2);
}
var jensenshannon = defineDriftTest({
  id: "jensenshannon",
  name: "Jensen-Shannon distance",
  description: "Jensen-Shannon distance (natural log) over Evidently's bins (Sturges bins for numeric columns with more than 20 values, else one bin per value)",
  appliesTo: ["numeric", "categorical"],
  kind: "distance",
  defaultThreshold: DEFAULT_THRESHOLDS.jensenshannon,
  compute(reference, current) {
    const binned = evidentlyBins(reference, current, "jensenshannon");
    const distance = jensenShannonDistance(binned.reference, binned.current);
    return { statistic: distance, score: distance, detail: { binning: binned.binning, bins: binned.bins, logBase: "e" } };
  },
  layout(reference, current) {
    const binned = evidentlyBins(reference, current, "jensenshannon");
    return countLayout(binned.reference, binned.current, (a, b) => jensenShannonDistance(a, b));
  }
});

// src/core/stats/kolmogorov.ts
var SCALE_EXPONENT = 128;
var SCALE = 2 ** SCALE_EXPONENT;
var INVERSE_SCALE = 2 ** -SCALE_EXPONENT;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var LOG_2PI = Math.log(2 * Math.PI);
var PI_SQUARED = Math.PI ** 2;
var PI_FOUR = Math.PI ** 4;
var PI_SIX = Math.PI ** 6;
var MIN_LOG = -708;
var CEPHES_MIN_LOG = -745.1332191019412;
var clip = (p) => Math.min(1, Math.max(0, p));
function ldexp(x, exponent) {
  let value = x;
  let remaining = exponent;
  while (remaining > 1e3) {
    value *= 2 ** 1e3;
    remaining -= 1e3;
  }
  while (remaining < -1e3) {
    value *= 2 ** -1e3;
    remaining += 1e3;
  }
  return value * 2 ** remaining;
}
function roundHalfEven(x) {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
var STIRLING_COEFFICIENTS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function logFactorialOverPower(n2) {
  const inverse = 1 / n2;
  const x = inverse / n2;
  let series = 0;
  for (const coefficient of STIRLING_COEFFICIENTS) series = series * x + coefficient;
  return Math.log(n2) / 2 - n2 + LOG_2PI / 2 + inverse * series;
}
function kstwoSf(n2, d) {
  if (Number.isNaN(d)) return Number.NaN;
  if (!Number.isSafeInteger(n2) || n2 < 1) throw new RangeError(`n must be a positive integer; got ${n2}`);
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n2 * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf2;
    if (n2 <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n2; i++) cdf2 *= i * (1 / n2) * (2 * t - 1);
    } else {
      cdf2 = Math.exp(logFactorialOverPower(n2) + n2 * Math.log(2 * t - 1));
    }
    return clip(1 - cdf2);
  }
  if (t >= n2 - 1) return clip(2 * (1 - d) ** n2);
  if (d >= 0.5) return clip(2 * smirnovSf(n2, d));
  const nxSquared = t * d;
  if (n2 <= 140) {
    if (nxSquared <= 0.754693) return clip(1 - durbinMatrixCdf(n2, d));
    if (nxSquared <= 4) return clip(1 - pomeranzCdf(n2, d));
    return clip(2 * smirnovSf(n2, d));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n2, d));
  const cdf = n2 <= 1e5 && n2 * d ** 1.5 <= 1.4 ? durbinMatrixCdf(n2, d) : pelzGoodCdf(n2, d);
  return clip(1 - cdf);
}
function durbinMatrixCdf(n2, d) {
  if (d >= 1) return 1;
  const nd = n2 * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * factorial;
  let matrix = new Float64Array(m * m);
  for (let column = 1; column < m; column++) {
    for (let row = column - 1; row < m; row++) matrix[row * m + column] = w[row - column + 1];
  }
  for (let row = 0; row < m; row++) matrix[row * m] = v[row];
  for (let column = 0; column < m; column++) matrix[(m - 1) * m + column] = v[m - 1 - column];
  let power = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let exponent = 0;
  let matrixExponent = 0;
  const centre = (k - 1) * m + (k - 1);
  for (let remaining = n2; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) {
      power = multiply(power, matrix, m);
      exponent += matrixExponent;
    }
    if (remaining === 1) break;
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[centre]) > SCALE) {
      for (let i = 0; i < matrix.length; i++) matrix[i] /= SCALE;
      matrixExponent += SCALE_EXPONENT;
    }
  }
  let p = power[centre];
  for (let i = 1; i <= n2; i++) {
    p = i * p / n2;
    if (Math.abs(p) < INVERSE_SCALE) {
      p *= SCALE;
      exponent -= SCALE_EXPONENT;
    }
  }
  if (exponent !== 0) p = ldexp(p, exponent);
  return clip(p);
}
function multiply(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  }
  return out;
}
function pomeranzBounds(i, n2, ll, ceilF, roundF) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n2 + 1) {
        j1 = n2 - ll - ceilF - 1;
        j2 = n2 + ll + ceilF - 1;
      } else {
        j1 = half - 1 - ll - roundF - 1;
        j2 = half + ll - 1 + ceilF - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundF - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n2)];
}
function pomeranzCdf(n2, d) {
  const t = n2 * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let m = 1; m < powers; m++) {
    gPower[m] = gPower[m - 1] * (g / n2) / m;
    twoGPower[m] = twoGPower[m - 1] * (2 * g / n2) / m;
    oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * ((1 - 2 * g) / n2) / m;
  }
  let v0 = new Float64Array(powers);
  let v1 = new Float64Array(powers);
  v1[0] = 1;
  let v0Start = 0;
  let v1Start = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzBounds(0, n2, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n2 + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0Start, v1Start] = [v1Start, v0Start];
    v1.fill(0);
    [j1, j2] = pomeranzBounds(i, n2, ll, ceilF, roundF);
    const weights = i === 1 || i === 2 * n2 + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const span = j2 - k1 + 1;
    if (span > 0) {
      const from = k1 - v0Start;
      const previous = v0.subarray(Math.max(0, from), Math.min(powers, from + span));
      const convolution = convolve(previous, weights.subarray(0, span));
      const start = j1 - k1;
      const length = j2 - j1 + 1;
      let largest = 0;
      for (let c = 0; c < length; c++) {
        const value = convolution[start + c] ?? 0;
        v1[c] = value;
        if (value > largest) largest = value;
      }
      if (largest > 0 && largest < INVERSE_SCALE) {
        for (let c = 0; c < powers; c++) v1[c] *= SCALE;
        exponent -= SCALE_EXPONENT;
      }
      v1Start = v0Start + j1 - k1;
    }
  }
  let answer = v1[n2 - v1Start];
  for (let m = 1; m <= n2; m++) {
    if (Math.abs(answer) > SCALE) {
      answer *= INVERSE_SCALE;
      exponent += SCALE_EXPONENT;
    }
    answer *= m;
  }
  if (exponent !== 0) answer = ldexp(answer, exponent);
  return clip(answer);
}
function convolve(a, b) {
  if (a.length === 0 || b.length === 0) return new Float64Array(0);
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    if (ai === 0) continue;
    for (let j = 0; j < b.length; j++) out[i + j] += ai * b[j];
  }
  return out;
}
function pelzGoodCdf(n2, d) {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n2) * d;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -PI_SQUARED / 8 / z2;
  if (qLog < MIN_LOG) return 0;
  let q = Math.exp(qLog);
  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * PI_SQUARED / 4;
  const k2c = PI_FOUR * (1 - 2 * z2) / 16;
  const k3d = PI_SIX * (5 - 30 * z2) / 64;
  const k3c = PI_FOUR * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI_SQUARED * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil(16 * z / Math.PI);
  for (let k = maxK; k >= 1; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k);
    terms[0] = terms[0] * qPower + 1;
    terms[1] = terms[1] * qPower + (k1a + k1b * m2);
    terms[2] = terms[2] * qPower + (k2a + k2b * m2 + k2c * m4);
    terms[3] = terms[3] * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) terms[i] = terms[i] * q * SQRT_2PI / divisors[i];
  q = Math.exp(-PI_SQUARED / 2 / z2);
  let k2Extra = 0;
  let k3Extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxK; k >= 1; k--) {
    const k2 = k * k;
    const qPower = q ** k2;
    k2Extra += k2 * qPower;
    k3Extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qPower;
  }
  terms[2] = terms[2] + k2Extra * PI_SQUARED * SQRT_2PI / (-36 * z3);
  terms[3] = terms[3] + k3Extra * PI_SQUARED * SQRT_2PI / (216 * z6);
  let sum2 = 0;
  for (let i = 0; i < 4; i++) sum2 += terms[i] / n2 ** (i / 2);
  return sum2;
}
function smirnovSf(n2, d) {
  if (Number.isNaN(d)) return Number.NaN;
  if (!Number.isSafeInteger(n2) || n2 < 1) throw new RangeError(`n must be a positive integer; got ${n2}`);
  if (n2 === 1) return clip(1 - d);
  if (d <= 0) return 1;
  if (d >= 1) return 0;
  const nd = n2 * d;
  const ndFloor = Math.floor(nd);
  const alpha = nd - ndFloor;
  if (ndFloor === 0 || ndFloor === 1 && alpha === 0) return clip(1 - d * (1 + d) ** (n2 - 1));
  if (-2 * n2 * d * d < CEPHES_MIN_LOG) return 0;
  if (ndFloor >= n2 - 1) return clip((1 - d) ** n2);
  if (n2 > 1e6) {
    const logP = -((6 * nd + 1) ** 2) / 18 / n2;
    return logP < -Math.LN2 ? Math.exp(logP) : clip(1 + Math.expm1(logP));
  }
  const lastTerm = n2 - ndFloor - (alpha === 0 ? 1 : 0);
  const term = (v) => {
    const p = d + v / n2;
    const q = (n2 - v) / n2 - d;
    return q > 0 ? d / p * binomialProbability(v, n2, p, q) : 0;
  };
  let peak = Math.min(lastTerm, Math.max(0, Math.round(n2 * (0.5 - d))));
  let peakTerm = term(peak);
  for (let next; peak > 0 && (next = term(peak - 1)) > peakTerm; peak--) peakTerm = next;
  for (let next; peak < lastTerm && (next = term(peak + 1)) > peakTerm; peak++) peakTerm = next;
  let sum2 = peakTerm;
  for (let v = peak + 1; v <= lastTerm; v++) {
    const value = term(v);
    sum2 += value;
    if (4 * (lastTerm - v) * value < Number.EPSILON * sum2) break;
  }
  for (let v = peak - 1; v >= 0; v--) {
    const value = term(v);
    sum2 += value;
    if (4 * v * value < Number.EPSILON * sum2) break;
  }
  return clip(sum2);
}
var STIRLING_ERRORS = [
  0,
  0.08106146679532726,
  0.0413406959554093,
  0.02767792568499834,
  0.020790672103765093,
  0.016644691189821193,
  0.013876128823070748,
  0.01189670994589177,
  0.010411265261972096,
  0.009255462182712733,
  0.00833056343336287,
  0.007573675487951841,
  0.00694284010720953,
  0.006408994188004207,
  0.0059513701127588475,
  0.005554733551962801
];
function stirlingError(k) {
  if (k <= 15) return STIRLING_ERRORS[k];
  const k2 = k * k;
  if (k > 500) return (1 / 12 - 1 / 360 / k2) / k;
  if (k > 80) return (1 / 12 - (1 / 360 - 1 / 1260 / k2) / k2) / k;
  if (k > 35) return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / 1680 / k2) / k2) / k2) / k;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / k2) / k2) / k2) / k2) / k;
}
function deviance(x, np) {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    if (Math.abs(s) < Number.MIN_VALUE) return s;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1e3; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
  }
  return x * Math.log(x / np) + np - x;
}
function binomialProbability(k, n2, p, q) {
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n2 ? 1 : 0;
  if (k === 0) return Math.exp(p < 0.1 ? -deviance(n2, n2 * q) - n2 * p : n2 * Math.log(q));
  if (k === n2) return Math.exp(q < 0.1 ? -deviance(n2, n2 * p) - n2 * q : n2 * Math.log(p));
  if (k < 0 || k > n2) return 0;
  const logCore = stirlingError(n2) - stirlingError(k) - stirlingError(n2 - k) - deviance(k, n2 * p) - deviance(n2 - k, n2 * q);
  const logScale = LOG_2PI + Math.log(k) + Math.log1p(-k / n2);
  return Math.exp(logCore - 0.5 * logScale);
}
function ksEqualSizesSf(n2, h) {
  let p = 0;
  for (let k = Math.floor(n2 / h); k >= 0; k--) {
    let ratio2 = 1;
    for (let j = 0; j < h; j++) ratio2 = (n2 - k * h - j) * ratio2 / (n2 + k * h + j + 1);
    p = ratio2 * (1 - p);
  }
  return 2 * p;
}
function ksUnequalSizesSf(sizeA, sizeB, g, h) {
  const m = Math.max(sizeA, sizeB);
  const n2 = Math.min(sizeA, sizeB);
  const mg = m / g;
  const ng = n2 / g;
  let minJ = 0;
  let maxJ = Math.min(Math.ceil(h / mg), n2 + 1);
  let currentLength = maxJ - minJ;
  const window = new Float64Array(Math.min(2 * maxJ + 2, n2 + 1)).fill(1);
  window.fill(0, minJ, maxJ);
  for (let i = 1; i <= m; i++) {
    const lastMinJ = minJ;
    const lastLength = currentLength;
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n2);
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n2 + 1);
    if (maxJ <= minJ) return 1;
    let value = minJ === 0 ? 0 : 1;
    for (let jj = 0; jj < maxJ - minJ; jj++) {
      const j = jj + minJ;
      value = (window[jj + minJ - lastMinJ] * i + value * j) / (i + j);
      window[jj] = value;
    }
    currentLength = maxJ - minJ;
    if (lastLength > currentLength) window.fill(1, currentLength, currentLength + (lastLength - currentLength));
  }
  return window[maxJ - minJ - 1];
}
function gcd(a, b) {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

// src/core/drift/methods/ks.ts
var KS_EXACT_MAX_SIZE = 1e4;
function ksTwoSample(a, b, method = "auto") {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("ks_2samp needs at least one value in each sample");
  const largest = mergedCells(a, b).largestDifference;
  const g = gcd(n1, n2);
  const h = largest / g;
  const lcm = n1 / g * n2;
  const statistic = h / lcm;
  let mode = method === "auto" ? Math.max(n1, n2) <= KS_EXACT_MAX_SIZE ? "exact" : "asymptotic" : method;
  if (method === "exact" && n1 / g >= 2147483647 / (n2 / g)) mode = "asymptotic";
  let exactFailed = false;
  if (mode === "exact") {
    const pValue2 = h === 0 ? 1 : n1 === n2 ? ksEqualSizesSf(n1, h) : ksUnequalSizesSf(n1, n2, g, h);
    if (pValue2 >= 0 && pValue2 <= 1) return { statistic, pValue: pValue2, method: "exact", exactFailed: false };
    exactFailed = true;
  }
  const m = Math.max(n1, n2);
  const n3 = Math.min(n1, n2);
  const effective = Math.max(1, roundHalfEven(m * n3 / (m + n3)));
  const pValue = Math.min(1, Math.max(0, kstwoSf(effective, statistic)));
  return { statistic, pValue, method: "asymptotic", exactFailed };
}
var ks = defineDriftTest({
  id: "ks",
  name: "Kolmogorov-Smirnov",
  description: "two-sample Kolmogorov-Smirnov test (two-sided): exact p-value up to 10,000 values per sample, asymptotic above",
  appliesTo: ["numeric"],
  kind: "p-value",
  defaultThreshold: DEFAULT_THRESHOLDS.ks,
  ownPValueConservative: true,
  compute(reference, current) {
    if (reference.kind !== "numeric" || current.kind !== "numeric") throw new Error("unreachable: ks applies to numeric samples");
    const result = ksTwoSample(reference.sorted, current.sorted);
    return {
      statistic: result.statistic,
      score: result.pValue,
      detail: {
        pValueMethod: result.method,
        ...result.exactFailed ? { exactFailed: true } : {},
        referenceValues: reference.sorted.length,
        currentValues: current.sorted.length
      }
    };
  },
  layout(reference, current) {
    if (reference.kind !== "numeric" || current.kind !== "numeric") throw new Error("unreachable: ks applies to numeric samples");
    const m = reference.sorted.length;
    const n2 = current.sorted.length;
    const distinct = distinctUnionCount(reference.sorted, current.sorted, MAX_PERMUTATION_CELLS + 1);
    if (distinct > MAX_PERMUTATION_CELLS || distinct === m + n2) return void 0;
    const cells = valueCells(reference.sorted, current.sorted, MAX_PERMUTATION_CELLS);
    const statistic = (a, b) => {
      let cumulativeA = 0;
      let cumulativeB = 0;
      let largest = 0;
      for (let k = 0; k < a.length; k++) {
        cumulativeA += a[k];
        cumulativeB += b[k];
        const difference = Math.abs(cumulativeA / m - cumulativeB / n2);
        if (difference > largest) largest = difference;
      }
      return largest;
    };
    return { pooled: cells.pooled, reference: cells.reference, statistic, toScore: 1, detail: { ties: true, cells: cells.distinct } };
  }
});

// src/core/drift/methods/psi.ts
function fillEmptyBins(percents) {
  let smallest = Number.POSITIVE_INFINITY;
  for (const share of percents) if (share !== 0 && share < smallest) smallest = share;
  const fill = smallest <= 1e-4 ? smallest / 10 ** 6 : 1e-4;
  for (let i = 0; i < percents.length; i++) if (percents[i] === 0) percents[i] = fill;
  return percents;
}
function populationStabilityIndex(referencePercents, currentPercents) {
  let psi2 = 0;
  for (let i = 0; i < referencePercents.length; i++) {
    const r = referencePercents[i];
    const c = currentPercents[i];
    psi2 += (r - c) * Math.log(r / c);
  }
  return psi2;
}
var psi = defineDriftTest({
  id: "psi",
  name: "PSI",
  description: "population stability index over Evidently's bins (Sturges bins for numeric columns with more than 20 values, else one bin per value)",
  appliesTo: ["numeric", "categorical"],
  kind: "distance",
  defaultThreshold: DEFAULT_THRESHOLDS.psi,
  compute(reference, current) {
    const binned = evidentlyBins(reference, current, "psi");
    const referencePercents = fillEmptyBins(shares(binned.reference, total2(binned.reference)));
    const currentPercents = fillEmptyBins(shares(binned.current, total2(binned.current)));
    const value = populationStabilityIndex(referencePercents, currentPercents);
    return { statistic: value, score: value, detail: { binning: binned.binning, bins: binned.bins } };
  },
  layout(reference, current) {
    const binned = evidentlyBins(reference, current, "psi");
    const m = total(binned.reference);
    const n2 = total(binned.current);
    return countLayout(binned.reference, binned.current, (a, b) => populationStabilityIndex(fillEmptyBins(shares(a, m)), fillEmptyBins(shares(b, n2))));
  }
});
function total2(counts) {
  let sum2 = 0;
  for (const count of counts) sum2 += count;
  return sum2;
}

// src/core/drift/methods/wasserstein.ts
var MIN_REFERENCE_STD = 1e-3;
function wassersteinDistance(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("wasserstein_distance needs at least one value in each sample");
  const weighted = mergedCells(a, b).area;
  return weighted / n1 / n2;
}
function standardDeviation(values) {
  let sum2 = 0;
  for (let i = 0; i < values.length; i++) sum2 += values[i];
  const mean = sum2 / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean) ** 2;
  return Math.sqrt(squares / values.length);
}
var referenceStds = /* @__PURE__ */ new WeakMap();
function referenceStandardDeviation(sorted) {
  let std = referenceStds.get(sorted);
  if (std === void 0) referenceStds.set(sorted, std = standardDeviation(sorted));
  return std;
}
var wasserstein = defineDriftTest({
  id: "wasserstein",
  name: "Wasserstein distance (normalised)",
  description: "first Wasserstein distance divided by the reference's standard deviation",
  appliesTo: ["numeric"],
  kind: "distance",
  defaultThreshold: DEFAULT_THRESHOLDS.wasserstein,
  compute(reference, current) {
    if (reference.kind !== "numeric" || current.kind !== "numeric") throw new Error("unreachable: wasserstein applies to numeric samples");
    const distance = wassersteinDistance(reference.sorted, current.sorted);
    const referenceStd = referenceStandardDeviation(reference.sorted);
    const normalised = distance / Math.max(referenceStd, MIN_REFERENCE_STD);
    return { statistic: normalised, score: normalised, detail: { distance, referenceStd } };
  },
  layout(reference, current) {
    if (reference.kind !== "numeric" || current.kind !== "numeric") throw new Error("unreachable: wasserstein applies to numeric samples");
    const cells = mergedCells(reference.sorted, current.sorted);
    const m = reference.sorted.length;
    const n2 = current.sorted.length;
    const { positions } = cells;
    const statistic = wassersteinOverCells(positions, m, n2);
    return {
      pooled: cells.pooled,
      reference: cells.reference,
      statistic,
      toScore: 1 / Math.max(referenceStandardDeviation(reference.sorted), MIN_REFERENCE_STD),
      detail: { cells: cells.pooled.length, ...cells.grouped ? { grouped: true } : {} }
    };
  }
});

// src/core/drift/methods/z.ts
function proportionsZTest(successesA, sizeA, successesB, sizeB) {
  const referenceShare = successesA / sizeA;
  const currentShare = successesB / sizeB;
  const pooled = (successesA + successesB) / (sizeA + sizeB);
  const variance = pooled * (1 - pooled) * (1 / sizeA + 1 / sizeB);
  if (variance === 0) return { z: 0, pValue: 1, referenceShare, currentShare };
  const z = (referenceShare - currentShare) / Math.sqrt(variance);
  return { z, pValue: normalTwoSidedPValue(z), referenceShare, currentShare };
}
var zTest = defineDriftTest({
  id: "z",
  name: "two-proportion z-test",
  description: "two-proportion z-test of a binary column (pooled standard error, two-sided)",
  appliesTo: ["categorical", "numeric"],
  kind: "p-value",
  defaultThreshold: DEFAULT_THRESHOLDS.z,
  compute(reference, current) {
    const counts = categoryCounts(reference, current);
    const size = counts.labels.length;
    if (size > 2) throw new DriftError("not-applicable", "z", `needs a binary column; found ${size} distinct values (use chi2)`);
    const referenceTotal = counts.reference.reduce((sum2, count) => sum2 + count, 0);
    const currentTotal = counts.current.reduce((sum2, count) => sum2 + count, 0);
    let second = size - 1;
    if (size === 2 && reference.kind === "categorical" && counts.labels[1] < counts.labels[0]) second = 0;
    const hits = (row) => size === 2 ? row[second] : 0;
    const result = proportionsZTest(hits(counts.reference), referenceTotal, hits(counts.current), currentTotal);
    return {
      statistic: result.z,
      score: result.pValue,
      detail: { value: counts.labels[second], referenceShare: result.referenceShare, currentShare: result.currentShare }
    };
  }
});

// src/core/drift/methods/registry.ts
var DRIFT_TESTS = Object.freeze([ks, chi2, zTest, psi, jensenshannon, wasserstein, hellinger]);
var DRIFT_TEST_IDS = DRIFT_TESTS.map((test) => test.id);
var BY_ID = new Map(DRIFT_TESTS.map((test) => [test.id, test]));
function driftTestById(id) {
  return BY_ID.get(id);
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
  const total4 = new Float64Array(CELLS);
  for (let i = 0; i < counts.length; i++) total4[i % CELLS] += counts[i];
  return total4;
}
function rateOf(rate, counts, g, totalPredictedPositives) {
  const o = g * CELLS;
  const tn = counts[o + TN];
  const fp = counts[o + FP];
  const fn = counts[o + FN];
  const tp = counts[o + TP];
  const n2 = tn + fp + fn + tp;
  switch (rate) {
    case "base_rate":
      return (fn + tp) / n2;
    case "selection_rate":
      return (fp + tp) / n2;
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
      return (tp + tn) / n2;
    case "ppr":
      return (tp + fp) / totalPredictedPositives;
  }
}
function undefinedRateReason(rate, c, totalPredictedPositives) {
  const n2 = c.tp + c.fp + c.tn + c.fn;
  if (n2 === 0) return "no rows";
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
  const total4 = overallCounts(counts);
  const rows = total4[TN] + total4[FP] + total4[FN] + total4[TP];
  const predictedPositives = total4[FP] + total4[TP];
  const groups = grouping.groups.map((info, g) => ({ group: info.label, values: info.values, missing: info.missing, ...binaryMetricsOf(counts, g, rows, predictedPositives) }));
  const overall = { group: "overall", values: {}, missing: false, ...binaryMetricsOf(total4, 0, rows, predictedPositives) };
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
  const n2 = sums[o];
  switch (measure) {
    case "mae":
      return sums[o + 1] / n2;
    case "rmse":
      return Math.sqrt(sums[o + 2] / n2);
    case "mean_prediction":
      return sums[o + 3] / n2;
    case "mean_label":
      return sums[o + 4] / n2;
  }
}
function regressionGroupMetrics(sums, grouping) {
  const total4 = new Float64Array(REGRESSION_SUMS);
  for (let i = 0; i < sums.length; i++) total4[i % REGRESSION_SUMS] += sums[i];
  const rows = total4[0];
  const measuresOf = (s, g) => Object.fromEntries(REGRESSION_MEASURES.map((m) => [m, regressionMeasureOf(m, s, g)]));
  const groups = grouping.groups.map((info, g) => ({
    group: info.label,
    values: info.values,
    missing: info.missing,
    count: sums[g * REGRESSION_SUMS],
    share: sums[g * REGRESSION_SUMS] / rows,
    measures: measuresOf(sums, g)
  }));
  return { groups, overall: { group: "overall", values: {}, missing: false, count: rows, share: 1, measures: measuresOf(total4, 0) } };
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
  const table2 = into ?? { groups, rates: new Float64Array(BINARY_RATES.length * groups), overall: new Float64Array(BINARY_RATES.length) };
  const total4 = new Float64Array(CELLS);
  for (let i = 0; i < groups * CELLS; i++) total4[i % CELLS] += counts[i];
  const predictedPositives = total4[FP] + total4[TP];
  BINARY_RATES.forEach((rate, r) => {
    for (let g = 0; g < groups; g++) table2.rates[r * groups + g] = rateOf(rate, counts, g, predictedPositives);
    table2.overall[r] = rateOf(rate, total4, 0, predictedPositives);
  });
  return table2;
}
function disparityValue(rate, table2, g, reference) {
  const r = RATE_INDEX[rate] * table2.groups;
  const denominator = table2.rates[r + reference];
  if (denominator === 0) return Number.NaN;
  return table2.rates[r + g] / denominator;
}
function withinBand(value, band2) {
  return (band2.min === void 0 || value >= band2.min) && (band2.max === void 0 || value <= band2.max);
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
function metricsForTask(table2, task) {
  return table2.filter((m) => m.tasks.includes(task));
}

// src/core/manifest/validate/manifest-checks.ts
function finding(source2, at, code2, message, extra = {}, target = "value") {
  const pos = source2.locate(at, target);
  return {
    severity: "error",
    category: "input",
    code: code2,
    message,
    file: source2.file,
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
function checkManifestCoherence(manifest, source2) {
  const findings = [];
  const add = (at, code2, message, extra = {}, target = "value") => findings.push(finding(source2, at, code2, message, extra, target));
  const folder = folderName(source2.file);
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
    const dataset2 = manifest.data[key];
    if (dataset2 && dataset2.path === void 0 && dataset2.uri === void 0) add(["data", key], "dataset-location", `data.${key} needs a path (in the repository) or a uri`);
  }
  if (manifest.data.evaluation.path === void 0) {
    add(["data", "evaluation"], "evaluation-not-in-repo", "data.evaluation needs a path in the repository: the gates run the model on it");
  }
  const gates = manifest.gates ?? {};
  const knownPerformance = new Set(metricsForTask(PERFORMANCE_METRICS, task).map((m) => m.id));
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
    const knownFairness = new Set(metricsForTask(FAIRNESS_METRICS, task).map((m) => m.id));
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
  for (const { at, bound: bound2 } of boundsIn(gates, ["gates"])) {
    if (bound2.min !== void 0 && bound2.max !== void 0 && bound2.min > bound2.max) {
      add(at, "contradictory-bounds", `${at.join(".")}: min ${bound2.min} is greater than max ${bound2.max}; no value can pass`);
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
  findings.push(...checkEvidenceFields(manifest, source2));
  return findings;
}
var MANIFEST_FIELD = /^(metadata|stage|problem|artifact|data|baseline|gates|monitoring|deployment)(\.[A-Za-z0-9_-]+)*$/;
function checkEvidenceFields(manifest, source2) {
  const findings = [];
  for (const [section, items] of Object.entries(manifest.checklist)) {
    for (const [key, item] of Object.entries(items ?? {})) {
      const evidence = item.evidence === void 0 ? [] : Array.isArray(item.evidence) ? item.evidence : [item.evidence];
      evidence.forEach((text, i) => {
        const field = text.trim();
        if (!MANIFEST_FIELD.test(field)) return;
        let value = manifest;
        for (const part of field.split(".")) value = value !== null && typeof value === "object" ? value[part] : void 0;
        if (value !== void 0) return;
        const at = Array.isArray(item.evidence) ? ["checklist", section, key, "evidence", i] : ["checklist", section, key, "evidence"];
        findings.push(finding(source2, at, "missing-evidence-field", `evidence '${field}' names a manifest field that is not there`, { hint: `declare ${field}, or give other evidence` }));
      });
    }
  }
  return findings;
}
function boundsIn(value, at, found = []) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return found;
  const record = value;
  if (typeof record["min"] === "number" || typeof record["max"] === "number") {
    found.push({ at: [...at], bound: record });
    return found;
  }
  for (const key of Object.keys(record)) {
    at.push(key);
    boundsIn(record[key], at, found);
    at.pop();
  }
  return found;
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
  for (const [at, dataset2, columns] of datasets) {
    if (dataset2?.path === void 0) continue;
    const reference = { at: [...at, "path"], path: dataset2.path, role: "dataset", columns: columns ?? [] };
    if (dataset2.sha256 !== void 0) reference.sha256 = dataset2.sha256;
    references.push(reference);
  }
  for (const [section, items] of Object.entries(manifest.checklist)) {
    for (const [key, item] of Object.entries(items ?? {})) {
      const evidence = item.evidence === void 0 ? [] : Array.isArray(item.evidence) ? item.evidence : [item.evidence];
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
function checkPathReference(reference, facts, source2) {
  const shape = pathShape(reference.path);
  if (shape) {
    const code2 = shape.canonical !== void 0 ? "non-canonical-path" : /leaves|absolute|~/.test(shape.problem) ? "path-outside-repo" : "invalid-path";
    return [finding(source2, reference.at, code2, `${reference.role} path '${reference.path}' ${shape.problem}`, shape.hint ? { hint: shape.hint } : {})];
  }
  if (!facts) return [];
  switch (facts.status) {
    case "missing":
      return [
        finding(source2, reference.at, "missing-file", `${reference.role} '${reference.path}' does not exist`, {
          hint: facts.similar !== void 0 ? `did you mean '${facts.similar}'? (paths are case-sensitive)` : "paths are relative to the repository root"
        })
      ];
    case "not-a-file":
      return [finding(source2, reference.at, "not-a-file", `${reference.role} '${reference.path}' is not a regular file`)];
    case "unreadable":
      return [finding(source2, reference.at, "unreadable-file", `${reference.role} '${reference.path}' cannot be read: ${facts.reason}`)];
    case "escapes":
      return [finding(source2, reference.at, "path-outside-repo", `${reference.role} '${reference.path}' is a symlink that resolves outside the repository`)];
    case "file":
      break;
  }
  const findings = [];
  if (reference.sha256 !== void 0 && facts.sha256 !== void 0 && facts.sha256 !== reference.sha256) {
    const shaAt = [...reference.at.slice(0, -1), "sha256"];
    findings.push(
      finding(source2, shaAt, "hash-mismatch", `sha256 of '${reference.path}' is ${facts.sha256}, but the manifest records ${reference.sha256}`, {
        hint: "if the file changed on purpose, record its sha256 with `modelops hash --write`, which also says whether the change needs a metadata.version bump"
      })
    );
  }
  if (facts.columnsError !== void 0) {
    findings.push(finding(source2, reference.at, "unreadable-data", `cannot read the columns of '${reference.path}': ${facts.columnsError}`));
  } else if (facts.columns && reference.columns && reference.columns.length > 0 && delimiterOf(facts.columns) !== void 0) {
    const delimiter = delimiterOf(facts.columns);
    findings.push(
      finding(source2, reference.at, "wrong-delimiter", `${reference.path} reads as one column '${truncate(facts.columns[0], 60)}': its fields look separated by ${delimiter.name}, not by commas`, {
        hint: `save it as comma-separated CSV (modelops reads RFC 4180 CSV: fields separated by ",")`
      })
    );
  } else if (facts.columns && reference.columns) {
    const present = new Set(facts.columns);
    for (const column of reference.columns) {
      if (!present.has(column.name)) {
        findings.push(
          finding(source2, column.at, "missing-column", `${column.what} column '${column.name}' is not in ${reference.path}`, {
            hint: `its columns: ${facts.columns.slice(0, 30).join(", ")}${facts.columns.length > 30 ? ", \u2026" : ""}`
          })
        );
      }
    }
  }
  return findings;
}

// src/core/stats/student-t.ts
var MAX_ITERATIONS2 = 1e4;
var TINY2 = 1e-300;
function betaFraction(a, b, x) {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - qab * x / qap;
  if (Math.abs(d) < TINY2) d = TINY2;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS2; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY2) d = TINY2;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY2) c = TINY2;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY2) d = TINY2;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY2) c = TINY2;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < Number.EPSILON) break;
  }
  return h;
}
function regularizedBeta(x, a, b) {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0) || x < 0 || x > 1) return Number.NaN;
  if (x === 0) return 0;
  if (x === 1) return 1;
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return Math.exp(logFront) * betaFraction(a, b, x) / a;
  return 1 - Math.exp(logFront) * betaFraction(b, a, 1 - x) / b;
}
function studentTSf(t, df) {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  const tail = regularizedBeta(df / (df + t * t), df / 2, 0.5) / 2;
  return t >= 0 ? tail : 1 - tail;
}
function studentTQuantile(p, df) {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const q = 1 - p;
  let low = 0;
  let high = 1;
  while (studentTSf(high, df) > q) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-14 * high; i++) {
    const middle = (low + high) / 2;
    if (studentTSf(middle, df) > q) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

// src/core/drift/chunks/thresholds.ts
var DEFAULT_SERIES_ALPHA = 0.01;
var DEFAULT_STD_MULTIPLIER = 3;
var DEFAULT_QUANTILES = { lower: 5e-3, upper: 0.995 };
var MIN_REFERENCE_CHUNKS = 2;
function checkRule(rule2) {
  if (rule2.kind === "calibrated") {
    const alpha = rule2.alpha ?? DEFAULT_SERIES_ALPHA;
    if (!(alpha > 0 && alpha < 1)) throw new ChunkingError(`a calibrated threshold's alpha is a false-alert rate in (0, 1); got ${alpha}`);
  } else if (rule2.kind === "std") {
    const k = rule2.k ?? DEFAULT_STD_MULTIPLIER;
    if (!(k > 0) || !Number.isFinite(k)) throw new ChunkingError(`the std multiplier must be a positive number; got ${k}`);
  } else if (rule2.kind === "quantile") {
    const lower = rule2.lower ?? DEFAULT_QUANTILES.lower;
    const upper = rule2.upper ?? DEFAULT_QUANTILES.upper;
    if (!(lower >= 0 && lower < upper && upper <= 1)) throw new ChunkingError(`quantiles must satisfy 0 <= lower < upper <= 1; got ${lower} and ${upper}`);
  } else throw new ChunkingError(`a threshold rule is 'calibrated', 'std' or 'quantile'; got '${rule2.kind}'`);
}
function thresholdsFromReference(values, rule2 = { kind: "calibrated" }, options = {}) {
  checkRule(rule2);
  const side = options.side ?? "both";
  const log = options.scale === "log";
  const kept = values.filter((value) => value !== null && Number.isFinite(value) && (!log || value > 0)).map((value) => log ? Math.log(value) : value);
  const m = kept.length;
  const mean = m === 0 ? null : kept.reduce((sum2, value) => sum2 + value, 0) / m;
  const std = mean === null ? null : Math.sqrt(kept.reduce((sum2, value) => sum2 + (value - mean) ** 2, 0) / m);
  const base = { rule: rule2.kind, side, ...log ? { scale: "log" } : {}, referenceChunks: m, mean, std };
  if (m < MIN_REFERENCE_CHUNKS || mean === null || std === null) return { ...base, lower: null, upper: null };
  let lower;
  let upper;
  let facts = {};
  if (rule2.kind === "quantile") {
    const sorted = [...kept].sort((a, b) => a - b);
    lower = quantile(sorted, rule2.lower ?? DEFAULT_QUANTILES.lower);
    upper = quantile(sorted, rule2.upper ?? DEFAULT_QUANTILES.upper);
  } else {
    const tails = side === "both" ? 2 : 1;
    const scale = Math.sqrt(1 + 1 / m) * Math.sqrt(m / (m - 1));
    let multiplier;
    let nominalRate;
    if (rule2.kind === "calibrated") {
      nominalRate = rule2.alpha ?? DEFAULT_SERIES_ALPHA;
      multiplier = studentTQuantile(1 - nominalRate / tails, m - 1) * scale;
    } else {
      multiplier = rule2.k ?? DEFAULT_STD_MULTIPLIER;
      nominalRate = tails * studentTSf(multiplier / scale, m - 1);
    }
    lower = mean - multiplier * std;
    upper = mean + multiplier * std;
    facts = { multiplier, nominalRate };
  }
  const clip2 = (value) => Math.min(options.max ?? Infinity, Math.max(options.min ?? -Infinity, log ? Math.exp(value) : value));
  return { ...base, lower: side === "upper" ? null : clip2(lower), upper: side === "lower" ? null : clip2(upper), ...facts };
}
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const below2 = Math.floor(position);
  const above = Math.min(sorted.length - 1, below2 + 1);
  return sorted[below2] + (position - below2) * (sorted[above] - sorted[below2]);
}
function bandPValue(value, thresholds2) {
  const { mean, std, referenceChunks: m, side } = thresholds2;
  if (thresholds2.rule === "quantile" || mean === null || std === null || m < MIN_REFERENCE_CHUNKS || !Number.isFinite(value)) return null;
  if (thresholds2.lower === null && thresholds2.upper === null) return null;
  if (!(std > 0)) return outside(value, thresholds2) ? 0 : 1;
  if (thresholds2.scale === "log" && !(value > 0)) return null;
  const x = thresholds2.scale === "log" ? Math.log(value) : value;
  const t = (x - mean) / (std * Math.sqrt(1 + 1 / m) * Math.sqrt(m / (m - 1)));
  if (side === "upper") return studentTSf(t, m - 1);
  if (side === "lower") return studentTSf(-t, m - 1);
  return Math.min(1, 2 * studentTSf(Math.abs(t), m - 1));
}
function holmRejects(pValues, alpha) {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const rejected = pValues.map(() => false);
  const k = pValues.length;
  for (const [rank, { p, i }] of order.entries()) {
    if (!(p <= alpha / (k - rank))) break;
    rejected[i] = true;
  }
  return rejected;
}
function outside(value, thresholds2) {
  return thresholds2.lower !== null && value < thresholds2.lower || thresholds2.upper !== null && value > thresholds2.upper;
}
function alertsFor(values, thresholds2, chunks) {
  if (values.length !== chunks.length) throw new ChunkingError(`${values.length} values for ${chunks.length} chunks`);
  let runStart = null;
  let alertCount = 0;
  const alerts = chunks.map((chunk2, i) => {
    const value = values[i];
    if (chunk2.empty || chunk2.insufficient || value === null || value === void 0 || !Number.isFinite(value)) return false;
    const alert = outside(value, thresholds2);
    if (alert) {
      alertCount++;
      runStart ??= chunk2.key;
    } else runStart = null;
    return alert;
  });
  return { alerts, alertCount, driftingSince: runStart };
}

// src/core/drift/chunks/history.ts
function newestByKey(records) {
  const out = /* @__PURE__ */ new Map();
  for (const record of records) out.set(record.chunk.key, record);
  return out;
}
function withLoggedChunks(series, records) {
  const history = { fromLog: [], runs: [], records: records.length };
  if (series.chunking.by !== "period" || records.length === 0) return { series, history };
  const own = new Set(series.chunks.map((chunk2) => chunk2.key));
  const logged = [...newestByKey(records).values()].filter((record) => !own.has(record.chunk.key) && record.chunk.start !== void 0);
  if (logged.length === 0) return { series, history };
  const slots = [...series.chunks.map((chunk2, at) => ({ chunk: chunk2, at })), ...logged.map((record) => ({ record }))];
  const startOf = (slot) => "chunk" in slot ? slot.chunk.start ?? "" : slot.record.chunk.start;
  slots.sort((a, b) => startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0);
  const chunks = slots.map((slot, index) => {
    if ("chunk" in slot) return { ...slot.chunk, index };
    const c = slot.record.chunk;
    return { index, key: c.key, start: c.start, ...c.end !== void 0 ? { end: c.end } : {}, rows: c.rows, empty: c.empty ?? c.rows === 0, insufficient: c.insufficient ?? c.rows < series.chunking.minRows };
  });
  const pick2 = (values, fromRecord) => slots.map((slot) => "chunk" in slot ? values[slot.at] : fromRecord(slot.record));
  const signals = series.signals.map((signal2) => {
    const values = pick2(signal2.values, (record) => record.results[signal2.id] ?? null);
    const merged = { ...signal2, values, ...alertsFor(values, signal2.thresholds, chunks) };
    if (signal2.test) merged.test = { ...signal2.test, pValues: pick2(signal2.test.pValues, () => null), drifted: pick2(signal2.test.drifted, () => null) };
    if (signal2.labelledRows) merged.labelledRows = pick2(signal2.labelledRows, () => 0);
    return merged;
  });
  history.fromLog = logged.map((record) => record.chunk.key).sort();
  history.runs = [...new Set(logged.map((record) => record.run))];
  return { series: { ...series, chunks, signals }, history };
}
function latestAlertable(series) {
  for (let i = series.chunks.length - 1; i >= 0; i--) if (!series.chunks[i].empty && !series.chunks[i].insufficient) return i;
  return -1;
}
function earliestStart(series, signals) {
  const order = new Map(series.chunks.map((chunk2) => [chunk2.key, chunk2.index]));
  const starts = signals.map((signal2) => signal2.driftingSince).filter((key) => key !== null);
  starts.sort((a, b) => order.get(a) - order.get(b));
  return starts[0] ?? null;
}
function latestChunk(series) {
  const at = latestAlertable(series);
  if (at < 0) return { alerts: [], driftingSince: null };
  const alerting = series.signals.filter((signal2) => signal2.alerts[at]);
  const { failing } = gateFailures(series, at);
  return { chunk: series.chunks[at].key, alerts: alerting.map((signal2) => signal2.id), driftingSince: earliestStart(series, alerting.filter((signal2) => failing.has(signal2.id))) };
}
var fmt = (value) => value === null || value === void 0 ? "\u2014" : Number(value.toPrecision(4)).toString();
function gateFailures(series, at) {
  const rule2 = series.thresholdRule;
  const outsideBand = series.signals.filter((signal2) => signal2.alerts[at]);
  if (rule2.kind !== "calibrated") return { failing: new Set(outsideBand.map((signal2) => signal2.id)), family: series.signals.length, alpha: null };
  const alpha = rule2.alpha ?? DEFAULT_SERIES_ALPHA;
  const minRows = series.chunking.minRows;
  const tested = [];
  for (const signal2 of series.signals) {
    const value = signal2.values[at];
    if (value === null || value === void 0) continue;
    if (signal2.labelledRows && (signal2.labelledRows[at] ?? 0) < minRows) continue;
    const alert = signal2.alerts[at] === true;
    const p = bandPValue(value, signal2.thresholds);
    if (p !== null) tested.push({ id: signal2.id, p, alert });
    const testP = signal2.test?.pValues[at];
    if (testP !== null && testP !== void 0 && Number.isFinite(testP)) tested.push({ id: signal2.id, p: testP, alert });
  }
  const rejected = holmRejects(
    tested.map((t) => t.p),
    alpha
  );
  return { failing: new Set(tested.filter((t, i) => rejected[i] && t.alert).map((t) => t.id)), family: tested.length, alpha };
}
function seriesGate(series, blocking) {
  const at = latestAlertable(series);
  const latest = { chunk: at < 0 ? void 0 : series.chunks[at].key };
  const noBands = series.notOffered.find((n2) => n2.signal === "thresholds");
  if (latest.chunk === void 0) return { gate: "drift", verdict: "skipped", blocking, summary: `no chunk has min_rows (${series.chunking.minRows}) rows: nothing to alert on`, checks: [] };
  if (noBands) return { gate: "drift", verdict: "skipped", blocking, summary: `latest chunk ${latest.chunk}: ${noBands.reason}`, checks: [] };
  const { failing, family, alpha } = gateFailures(series, at);
  const fw = alpha === null ? "" : ` (Holm across ${family} p-values at \u03B1 ${alpha} family-wise)`;
  const outsideBand = series.signals.filter((signal2) => signal2.alerts[at]);
  const checks = outsideBand.map((signal2) => {
    const { lower, upper } = signal2.thresholds;
    const fails = failing.has(signal2.id);
    return {
      name: `${signal2.id} (${latest.chunk})`,
      verdict: fails ? "fail" : "warn",
      value: signal2.values[at] ?? null,
      bound: { ...lower !== null ? { min: lower } : {}, ...upper !== null ? { max: upper } : {} },
      message: `outside its band [${fmt(lower)}, ${fmt(upper)}] from the reference chunks${signal2.driftingSince ? `, since ${signal2.driftingSince}` : ""}${fails ? "" : `; not significant family-wise${fw}`}`,
      pointer: "/monitoring/chunks"
    };
  });
  const signals = series.signals.length;
  if (checks.length === 0) return { gate: "drift", verdict: "pass", blocking, summary: `latest chunk ${latest.chunk}: none of ${signals} signals outside its band`, checks: [] };
  const failed = outsideBand.filter((signal2) => failing.has(signal2.id));
  if (failed.length === 0) {
    return { gate: "drift", verdict: "pass", blocking, summary: `latest chunk ${latest.chunk}: ${checks.length} of ${signals} signals outside their band, none significant family-wise${fw}`, checks };
  }
  const since = earliestStart(series, failed);
  return {
    gate: "drift",
    verdict: blocking ? "fail" : "warn",
    blocking,
    summary: `latest chunk ${latest.chunk}: ${failed.length} of ${signals} signals outside their band${alpha === null ? "" : ` and significant family-wise${fw}`}${checks.length > failed.length ? `, ${checks.length - failed.length} more outside their band only` : ""}${since ? `, drifting since ${since}` : ""}`,
    checks
  };
}
function monitoringAt(records, at) {
  const t = at.getTime();
  const bounded = records.filter((record) => record.chunk.start !== void 0 && record.chunk.end !== void 0);
  const covering = bounded.filter((record) => Date.parse(record.chunk.start) <= t && t < Date.parse(record.chunk.end));
  let key = covering[0]?.chunk.key;
  if (key === void 0) {
    let end = -Infinity;
    for (const record of bounded) {
      const e = Date.parse(record.chunk.end);
      if (e <= t && e > end) [end, key] = [e, record.chunk.key];
    }
  }
  if (key === void 0) return void 0;
  const ofChunk = bounded.filter((record) => record.chunk.key === key);
  const chosen = ofChunk.filter((record) => Date.parse(record.time) <= t).at(-1) ?? ofChunk[0];
  const c = chosen.chunk;
  return {
    chunk: c.key,
    ...c.start !== void 0 ? { start: c.start } : {},
    ...c.end !== void 0 ? { end: c.end } : {},
    covers: covering.length > 0,
    rows: c.rows,
    run: chosen.run,
    version: chosen.version,
    time: chosen.time,
    loggedAfter: Date.parse(chosen.time) > t,
    alerts: chosen.alerts ?? []
  };
}
function monitoringAtText(seen, at) {
  if (!seen) return `monitoring: nothing logged by ${at}`;
  const state = seen.alerts.length > 0 ? `${seen.alerts.length} alert(s): ${seen.alerts.slice(0, 4).join(", ")}${seen.alerts.length > 4 ? ", \u2026" : ""}` : "no alert";
  return `monitoring: ${seen.covers ? "chunk" : "latest chunk before it"} ${seen.chunk} (${seen.rows} rows, version ${seen.version}, run ${seen.run} ${seen.loggedAfter ? "later, at" : "at"} ${seen.time}): ${state}`;
}

// src/core/evaluation/bounds.ts
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}
function describeBound(bound2) {
  if (bound2.min !== void 0 && bound2.max !== void 0) return `${formatNumber(bound2.min)} \u2264 x \u2264 ${formatNumber(bound2.max)}`;
  if (bound2.min !== void 0) return `\u2265 ${formatNumber(bound2.min)}`;
  return `\u2264 ${formatNumber(bound2.max)}`;
}
function isWithin(value, bound2) {
  return (bound2.min === void 0 || value >= bound2.min) && (bound2.max === void 0 || value <= bound2.max);
}
function checkBound(name, value, bound2, why) {
  if (value === null || value === void 0 || Number.isNaN(value)) {
    return { name, verdict: "error", value: null, bound: bound2, message: why ?? `${name} could not be computed on this data` };
  }
  const pass = isWithin(value, bound2);
  return {
    name,
    verdict: pass ? "pass" : "fail",
    value,
    bound: bound2,
    message: `${formatNumber(value)} ${pass ? "meets" : "breaks"} the bound ${describeBound(bound2)}`
  };
}
function gateResult(gate, checks, blocking, summary) {
  const worst = worstVerdict(checks.map((c) => c.verdict));
  const verdict2 = worst === "fail" && !blocking ? "warn" : worst;
  const failed = checks.filter((c) => c.verdict === "fail" || c.verdict === "error");
  const text = summary ?? (checks.length === 0 ? "nothing to check" : failed.length === 0 ? `${checks.length} check${checks.length === 1 ? "" : "s"} passed` : `${failed.length} of ${checks.length} checks failed: ${failed.map((c) => c.name).join(", ")}`);
  return { gate, verdict: verdict2, blocking, summary: text, checks };
}

// src/core/drift/gate.ts
var percent = (share) => `${formatNumber(share * 100)}%`;
function scoreText(column) {
  if (!column.evaluated) return "not tested";
  const rate = column.falseAlarmRate !== void 0 ? `; ${column.falseAlarmRateEstimated ? "\u2248 " : ""}${percent(column.falseAlarmRate)} false alarms` : "";
  if (column.decidedBy === "p-value" || column.decidedBy === void 0 && column.scoreKind === "p-value") {
    const adjusted = column.adjustedPValue !== void 0 && column.adjustedPValue !== column.pValue ? `, adjusted ${formatNumber(column.adjustedPValue)}` : "";
    const distance = column.scoreKind === "distance" ? ` ${formatNumber(column.distance)},` : "";
    return `${column.method}${distance} p = ${formatNumber(column.pValue)}${adjusted} (drift below ${formatNumber(column.threshold)}${rate})`;
  }
  return `${column.method} ${formatNumber(column.distance)} (drift at \u2265 ${formatNumber(column.threshold)}${rate})`;
}
function driftChecks(drift) {
  const checks = [];
  const f = drift.features;
  const driftedNames = f.columns.filter((c) => c.drifted).map((c) => c.column);
  const unevaluated = f.columns.filter((c) => !c.evaluated);
  const untestedText = unevaluated.length > 0 ? `; not tested: ${unevaluated.map((c) => c.error ?? c.column).join("; ")}` : "";
  if (f.evaluated === 0) {
    const onlyNotApplicable = unevaluated.length > 0 && unevaluated.every((c) => c.errorCode === "not-applicable");
    checks.push({
      name: "feature drift",
      pointer: "/gates/drift",
      verdict: onlyNotApplicable ? "warn" : "error",
      value: null,
      message: `no column could be tested${untestedText}`
    });
  } else {
    checks.push({
      name: "feature drift",
      pointer: "/gates/drift/drift_share",
      verdict: f.datasetDrifted ? "fail" : f.undecided ? "warn" : "pass",
      value: f.share,
      bound: { max: f.driftShare },
      message: `${f.drifted} of ${f.columns.length} columns drifted (${percent(f.share)}${driftedNames.length > 0 ? `: ${driftedNames.join(", ")}` : ""}); the dataset drifts at \u2265 ${percent(f.driftShare)}` + (f.undecided ? `; the ${unevaluated.length} column(s) not tested could have reached it` : "") + untestedText
    });
  }
  const changed = f.columns.filter((c) => c.missing.changed);
  checks.push({
    name: "missing values",
    pointer: "/gates/drift",
    verdict: changed.length > 0 ? "fail" : "pass",
    value: changed.length,
    message: changed.length === 0 ? "no column's share of missing values changed" : `missing share changed in ${changed.map((c) => `${c.column} (${percent(c.missing.reference.share)} \u2192 ${percent(c.missing.current.share)})`).join(", ")}`
  });
  if (drift.prediction) {
    const p = drift.prediction;
    checks.push({
      name: "prediction drift",
      pointer: "/gates/drift/prediction",
      verdict: !p.evaluated ? "error" : p.drifted ? "fail" : "pass",
      value: p.evaluated ? p.scoreKind === "p-value" ? p.adjustedPValue : p.distance : null,
      message: p.evaluated ? `${p.output}: ${scoreText(p)}` : p.error ?? "not evaluated"
    });
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    const top = d.topFeatures.slice(0, 3).map((t) => t.column);
    const check = { ...checkBound("domain classifier AUC", d.auc, { max: d.threshold }), pointer: "/gates/drift/domain_classifier" };
    check.message = `${domainThresholdText(d)}${top.length > 0 && d.drifted ? `; it tells the samples apart mostly by ${top.join(", ")}` : ""}`;
    checks.push(check);
  }
  for (const metric of drift.performance?.metrics ?? []) {
    if (metric.estimate === null || metric.thresholds.lower === null || metric.thresholds.lower <= 0) continue;
    const check = { ...checkBound(`estimated ${metric.metric} (CBPE)`, metric.estimate, { min: metric.thresholds.lower }), pointer: "/gates/drift" };
    const realised2 = metric.realised !== null ? `; realised ${formatNumber(metric.realised)}` : "";
    const band2 = metric.lower !== null && metric.upper !== null ? ` (sampling band ${formatNumber(metric.lower)}\u2013${formatNumber(metric.upper)})` : "";
    check.message = `estimate ${formatNumber(metric.estimate)}${band2}${realised2}; ${check.verdict === "pass" ? "within" : "below"} the reference's alert threshold ${formatNumber(metric.thresholds.lower)}`;
    checks.push(check);
  }
  return checks;
}
function driftGate(drift, blocking) {
  const checks = driftChecks(drift);
  const drifted = drift.features.columns.filter((c) => c.drifted).map((c) => c.column);
  const failed = checks.filter((c) => c.verdict === "fail" || c.verdict === "error").map((c) => c.name);
  const summary = (failed.length === 0 ? `${checks.length} checks passed` : `${failed.length} of ${checks.length} checks failed: ${failed.join(", ")}`) + (drifted.length > 0 ? ` \xB7 drifted features: ${drifted.join(", ")}` : " \xB7 no feature drifted") + (drift.source === "profile" ? " \xB7 from profiles (binned approximations)" : "");
  return gateResult("drift", checks, blocking, summary);
}
function hasDrifted(drift) {
  return driftChecks(drift).some((c) => c.verdict === "fail");
}
function stalenessGate(result, blocking) {
  if (result.verdict === "skipped") return { gate: "staleness", verdict: "skipped", blocking, summary: result.message, checks: [] };
  const check = {
    name: "days in production",
    pointer: "/monitoring/retraining/max_interval",
    volatile: true,
    verdict: result.stale ? "fail" : "pass",
    value: result.ageDays,
    message: result.message
  };
  return gateResult("staleness", [check], blocking, result.message);
}
function domainThresholdText(d) {
  const source2 = d.thresholdSource === "permutation" ? `the ${d.permutations}-permutation null at these sizes` : `the fixed auc_band max (${formatNumber(d.falseAlarmRate * 100)}% of ${d.permutations} permuted no-drift AUCs exceed it)`;
  return `AUC ${formatNumber(d.auc)} ${d.drifted ? "above" : "within"} the threshold ${formatNumber(d.threshold)} from ${source2}, false-alarm rate ${formatNumber(d.falseAlarmRate * 100)}%; permutation p = ${formatNumber(d.pValue)}`;
}

// src/core/drift/profile-error.ts
var ProfileError = class extends Error {
  name = "ProfileError";
};

// src/core/drift/binned.ts
function total3(counts) {
  let sum2 = 0;
  for (let i = 0; i < counts.length; i++) sum2 += counts[i];
  return sum2;
}
function ksBinned(reference, current, threshold2 = DEFAULT_THRESHOLDS.ks, options = {}) {
  if (reference.length !== current.length) throw new RangeError(`ksBinned: ${reference.length} reference bins, ${current.length} current bins`);
  const m = total3(reference);
  const n2 = total3(current);
  if (m === 0 || n2 === 0) throw new RangeError("ksBinned needs at least one value on each side");
  let cumulativeReference = 0;
  let cumulativeCurrent = 0;
  let statistic = 0;
  for (let i = 0; i < reference.length; i++) {
    cumulativeReference += reference[i];
    cumulativeCurrent += current[i];
    const difference = Math.abs(cumulativeReference / m - cumulativeCurrent / n2);
    if (difference > statistic) statistic = difference;
  }
  const effective = Math.max(1, roundHalfEven(Math.max(m, n2) * Math.min(m, n2) / (m + n2)));
  const pValue = statistic === 0 ? 1 : Math.min(1, Math.max(0, kstwoSf(effective, statistic)));
  return {
    method: "ks",
    kind: "p-value",
    statistic,
    score: pValue,
    pValue,
    threshold: threshold2,
    mode: options.mode ?? "calibrated",
    decidedBy: "p-value",
    falseAlarmRate: threshold2,
    falseAlarmRateEstimated: false,
    drifted: pValue < threshold2,
    detail: { pValueMethod: "asymptotic", approximation: "binned", bins: reference.length, referenceValues: m, currentValues: n2 }
  };
}
function weightedWasserstein(positionsA, weightsA, positionsB, weightsB) {
  let i = 0;
  let j = 0;
  let cumulativeA = 0;
  let cumulativeB = 0;
  let previous = Math.min(positionsA[0] ?? Infinity, positionsB[0] ?? Infinity);
  let area = 0;
  while (i < positionsA.length || j < positionsB.length) {
    const fromA = j >= positionsB.length || i < positionsA.length && positionsA[i] <= positionsB[j];
    const position = fromA ? positionsA[i] : positionsB[j];
    area += Math.abs(cumulativeA - cumulativeB) * (position - previous);
    previous = position;
    if (fromA) cumulativeA += weightsA[i++];
    else cumulativeB += weightsB[j++];
  }
  return area;
}
function atoms(side) {
  const n2 = total3(side.counts);
  const positions = [];
  const weights = [];
  for (let i = 0; i < side.counts.length; i++) {
    const count = side.counts[i];
    if (count === 0) continue;
    positions.push(side.sums[i] / count);
    weights.push(count / n2);
  }
  const order = positions.map((_, k) => k).sort((a, b) => positions[a] - positions[b]);
  return { positions: order.map((k) => positions[k]), weights: order.map((k) => weights[k]) };
}
function wassersteinBinned(reference, current, referenceStd, threshold2, options = {}) {
  if (!reference.sums || !current.sums) throw new RangeError("wassersteinBinned needs the sum of the values per bin on both sides");
  if (total3(reference.counts) === 0 || total3(current.counts) === 0) throw new RangeError("wassersteinBinned needs at least one value on each side");
  const mode = options.mode ?? "calibrated";
  const limit = threshold2 ?? (mode === "calibrated" ? DEFAULT_ALPHA : DEFAULT_THRESHOLDS.wasserstein);
  const a = atoms(reference);
  const b = atoms(current);
  const distance = weightedWasserstein(a.positions, a.weights, b.positions, b.weights);
  const scale = Math.max(referenceStd, MIN_REFERENCE_STD);
  const normalised = distance / scale;
  const base = { method: "wasserstein", kind: "distance", statistic: normalised, score: normalised, threshold: limit, mode };
  const detail = { distance, referenceStd, approximation: "binned", bins: reference.counts.length };
  const layout = binLayout(reference, current);
  if (mode === "fixed") {
    const permuted2 = permutationTest(layout, { seed: options.seed ?? 0, alpha: DEFAULT_ALPHA, fixedThreshold: limit * scale, permutations: 199 });
    return { ...base, decidedBy: "distance", falseAlarmRate: permuted2.fixedFalseAlarmRate, falseAlarmRateEstimated: true, drifted: normalised >= limit, detail };
  }
  const permuted = permutationTest(layout, { seed: options.seed ?? 0, alpha: limit });
  return {
    ...base,
    pValue: permuted.pValue,
    decidedBy: "p-value",
    falseAlarmRate: limit,
    falseAlarmRateEstimated: false,
    criticalValue: permuted.critical / scale,
    drifted: permuted.pValue < limit,
    detail: { ...detail, pValueMethod: "permutation", permutations: permuted.permutations, cells: layout.pooled.length }
  };
}
function binLayout(reference, current) {
  const positions = [];
  const pooled = [];
  const referenceCounts = [];
  for (let i = 0; i < reference.counts.length; i++) {
    const rows = reference.counts[i] + current.counts[i];
    if (rows === 0) continue;
    positions.push((reference.sums[i] + current.sums[i]) / rows);
    pooled.push(rows);
    referenceCounts.push(reference.counts[i]);
  }
  const m = total3(reference.counts);
  const n2 = total3(current.counts);
  const statistic = wassersteinOverCells(positions, m, n2);
  return { pooled: Float64Array.from(pooled), reference: Float64Array.from(referenceCounts), statistic };
}

// src/core/drift/correction.ts
function adjustPValues(pValues, correction) {
  const m = pValues.length;
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must be in [0, 1]; got ${p}`);
  if (correction === "none" || m === 0) return [...pValues];
  if (correction === "bonferroni") return pValues.map((p) => Math.min(1, p * m));
  const order = pValues.map((_, index) => index).sort((a, b) => pValues[a] - pValues[b] || a - b);
  const adjusted = new Array(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    running = Math.min(running, pValues[index] * m / rank);
    adjusted[index] = running;
  }
  return adjusted;
}

// src/core/drift/dataset.ts
function datasetDrift(columns, settings = {}) {
  checkDriftSettings(settings);
  return decideDataset(
    columns.map((column) => testColumn(column, settings)),
    settings
  );
}
function decideDataset(results, settings = {}) {
  const correction = checkDriftSettings(settings);
  const driftShare = settings.drift_share ?? DEFAULT_DRIFT_SHARE;
  const family = results.filter((result) => result.evaluated && result.test.decidedBy === "p-value");
  const adjusted = adjustPValues(
    family.map((result) => result.test.pValue),
    correction
  );
  family.forEach((result, index) => {
    result.adjustedPValue = adjusted[index];
    result.drifted = adjusted[index] < result.threshold;
  });
  const evaluatedColumns = results.filter((result) => result.evaluated).length;
  const untestedColumns = results.length - evaluatedColumns;
  const driftedColumns = results.filter((result) => result.drifted).length;
  const share = evaluatedColumns === 0 ? 0 : driftedColumns / results.length;
  const drifted = evaluatedColumns > 0 && share >= driftShare;
  return {
    columns: results,
    evaluatedColumns,
    untestedColumns,
    driftedColumns,
    share,
    driftShare,
    drifted,
    undecided: !drifted && untestedColumns > 0 && (driftedColumns + untestedColumns) / results.length >= driftShare,
    correction,
    thresholdMode: thresholdModeOf(settings),
    pValueTests: family.length
  };
}
function resolveColumnMethod(name, kind, referenceValues, distinct, settings = {}) {
  const override = settings.columns?.[name];
  const requested = requestedMethod(name, settings);
  const thresholdMode = thresholdModeOf(settings);
  const method = requested ? checkMethod(requested.id, requested.field) : defaultMethod(kind, referenceValues, distinct(), thresholdMode);
  return {
    method,
    methodSource: requested?.source ?? "default",
    threshold: override?.threshold ?? settings.threshold ?? (thresholdMode === "calibrated" ? DEFAULT_ALPHA : DEFAULT_THRESHOLDS[method]),
    thresholdSource: override?.threshold !== void 0 ? "column" : settings.threshold !== void 0 ? "dataset" : "default",
    thresholdMode
  };
}
function thresholdModeOf(settings) {
  return settings.threshold_mode ?? DEFAULT_THRESHOLD_MODE;
}
function testColumn(column, settings = {}) {
  const resolved = resolveColumnMethod(column.name, column.kind, sampleSize(column.reference), () => distinctValues(column.reference, column.current, FEW_VALUES_MAX + 1), settings);
  const { method, threshold: threshold2 } = resolved;
  const base = { column: column.name, kind: column.kind, ...resolved, missing: column.missing };
  try {
    const test = driftTestById(method).compute(column.reference, column.current, threshold2, { mode: resolved.thresholdMode, seed: columnSeed(column.name) });
    return evaluatedColumn(base, test);
  } catch (error) {
    if (!(error instanceof DriftError)) throw error;
    return { ...base, evaluated: false, drifted: false, error: { code: error.code, message: `column '${column.name}': ${error.message}` } };
  }
}
function evaluatedColumn(base, test) {
  return { ...base, evaluated: true, test, ...test.pValue !== void 0 ? { pValue: test.pValue, adjustedPValue: test.pValue } : {}, drifted: test.drifted };
}
function requestedMethod(name, settings) {
  const columnMethod = settings.columns?.[name]?.method;
  if (columnMethod !== void 0) return columnMethod === "auto" ? void 0 : { id: columnMethod, source: "column", field: `gates.drift.columns.${name}.method` };
  if (settings.method !== void 0 && settings.method !== "auto") return { id: settings.method, source: "dataset", field: "gates.drift.method" };
  return void 0;
}
function checkMethod(id, field) {
  if (!driftTestById(id)) throw new RangeError(`${field}: unknown drift method '${id}'; use auto, ${DRIFT_TEST_IDS.join(", ")}`);
  return id;
}
function checkDriftSettings(settings) {
  const correction = settings.correction ?? DEFAULT_CORRECTION;
  if (!CORRECTIONS.includes(correction)) throw new RangeError(`gates.drift.correction: unknown correction '${settings.correction}'; use ${CORRECTIONS.join(", ")}`);
  const mode = thresholdModeOf(settings);
  if (!THRESHOLD_MODES.includes(mode)) throw new RangeError(`gates.drift.threshold_mode: unknown mode '${settings.threshold_mode}'; use ${THRESHOLD_MODES.join(", ")}`);
  const share = settings.drift_share;
  if (share !== void 0 && !(share > 0 && share <= 1)) throw new RangeError(`gates.drift.drift_share must be in (0, 1]; got ${share}`);
  const positive = (value, field) => {
    if (value !== void 0 && !(value > 0 && Number.isFinite(value))) throw new RangeError(`${field} must be a positive number; got ${value}`);
    if (value !== void 0 && mode === "calibrated" && !(value < 1)) {
      throw new RangeError(`${field} ${value}: with threshold_mode calibrated (the default) a threshold is a false-alarm rate in (0, 1), e.g. 0.05; set gates.drift.threshold_mode: fixed to use Evidently's distance thresholds`);
    }
  };
  positive(settings.threshold, "gates.drift.threshold");
  if (settings.method !== void 0 && settings.method !== "auto") checkMethod(settings.method, "gates.drift.method");
  for (const [name, override] of Object.entries(settings.columns ?? {})) {
    positive(override.threshold, `gates.drift.columns.${name}.threshold`);
    if (override.method !== void 0 && override.method !== "auto") checkMethod(override.method, `gates.drift.columns.${name}.method`);
  }
  return correction;
}

// src/core/drift/profile-schema.ts
var PROFILE_API_VERSION = "modelops/v1";
var numbers = (description) => array(description, { type: "number", description: "A value." });
var PROFILE_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelops.dev/schemas/v1/profile.schema.json",
  title: "modelops profile",
  ...obj(
    "What drift needs of a dataset without its rows: per column, missing counts, bin counts over the reference's bin edges (numeric) or category counts (categorical). Written by modelops profile FILE, or from the rows of the SQL modelops profile --sql prints; modelops drift compares two.",
    {
      apiVersion: { const: PROFILE_API_VERSION, description: "Format version." },
      kind: { const: "Profile", description: "Document kind." },
      rows: int("Rows profiled."),
      source: str("What was profiled: a file or a table (informational)."),
      bins: { type: "integer", minimum: 1, description: "Equal-width bins per numeric column (of the reference profile whose edges are used)." },
      edges: { enum: ["own-range", "reference"], description: "own-range: each numeric column's edges span this data's finite range (a reference profile); reference: counted over a reference profile's edges (a current profile)." },
      columns: array("One entry per column.", {
        oneOf: [
          obj(
            "A numeric column.",
            {
              name: str("Column name."),
              kind: { const: "numeric", description: "Numeric column." },
              missing: int("Rows without a finite value (NULL, NaN, \xB1Infinity)."),
              count: int("Rows with a finite value (the sum of counts)."),
              min: nullableNumber("Smallest finite value; null without any."),
              max: nullableNumber("Largest finite value; null without any."),
              sum: num("Sum of the finite values."),
              sumOfSquares: num("Sum of their squares."),
              edges: numbers("Bin edges, ascending: min + ((max - min) * k) / bins for k < bins and max itself, of the reference. Empty when the reference has no finite value."),
              counts: array("edges.length + 1 counts: below edges[0]; [edges[i-1], edges[i]) for each bin, the last bin closed; above the last edge.", { type: "integer", minimum: 0, description: "Rows." }),
              sums: numbers("Sum of the values in each of those bins.")
            },
            ["name", "kind", "missing", "count", "min", "max", "sum", "sumOfSquares", "edges", "counts", "sums"]
          ),
          obj(
            "A categorical column.",
            {
              name: str("Column name."),
              kind: { const: "categorical", description: "Categorical column." },
              missing: int("Rows without a value (NULL, empty text)."),
              categories: array("Rows per category, sorted by category text.", obj("One category.", { value: str("Category text."), count: int("Rows.") }, ["value", "count"]))
            },
            ["name", "kind", "missing", "categories"]
          )
        ],
        description: "One column."
      })
    },
    ["apiVersion", "kind", "rows", "bins", "edges", "columns"]
  )
};

// src/core/drift/profile.ts
var DEFAULT_PROFILE_BINS = 100;
var MAX_PROFILE_BINS = 1e4;
function equalWidthEdges(min, max, bins) {
  const edges = new Array(bins + 1);
  const width = max - min;
  for (let k = 0; k < bins; k++) edges[k] = min + width * k / bins;
  edges[bins] = max;
  return edges;
}
function binIndex(x, edges) {
  const last = edges.length - 1;
  if (last < 0) return 0;
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = low + high >>> 1;
    if (x < edges[middle]) high = middle;
    else low = middle + 1;
  }
  if (low < last) return low;
  return x <= edges[last] ? last : last + 1;
}
function checkBins(bins) {
  if (!Number.isInteger(bins) || bins < 1 || bins > MAX_PROFILE_BINS) throw new ProfileError(`bins must be an integer from 1 to ${MAX_PROFILE_BINS}; got ${bins}`);
}
function profileNumeric(name, values, bins, referenceEdges2) {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum2 = 0;
  let sumOfSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x - x !== 0) continue;
    count++;
    if (x < min) min = x;
    if (x > max) max = x;
    sum2 += x;
    sumOfSquares += x * x;
  }
  const edges = referenceEdges2 ?? (count === 0 ? [] : equalWidthEdges(min, max, bins));
  const counts = new Array(edges.length + 1).fill(0);
  const sums = new Array(edges.length + 1).fill(0);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x - x !== 0) continue;
    const bin = binIndex(x, edges);
    counts[bin]++;
    sums[bin] += x;
  }
  return {
    name,
    kind: "numeric",
    missing: values.length - count,
    count,
    min: count === 0 ? null : min,
    max: count === 0 ? null : max,
    sum: sum2,
    sumOfSquares,
    edges: [...edges],
    counts,
    sums
  };
}
function profileCategorical(column) {
  const counts = new Float64Array(column.categories.length);
  let missing = 0;
  for (const code2 of column.codes) {
    if (code2 === MISSING_CODE) missing++;
    else counts[code2]++;
  }
  const byText = /* @__PURE__ */ new Map();
  column.categories.forEach((text, code2) => {
    if (counts[code2] > 0) byText.set(text, (byText.get(text) ?? 0) + counts[code2]);
  });
  const categories = [...byText].map(([value, count]) => ({ value, count })).sort((a, b) => compareText(a.value, b.value));
  return { name: column.name, kind: "categorical", missing, categories };
}
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function profileTable(table2, columns, options = {}) {
  const bins = options.reference?.bins ?? options.bins ?? DEFAULT_PROFILE_BINS;
  checkBins(bins);
  const profiled = columns.map((spec) => {
    const column = requireColumn(table2, spec.name);
    if (column.kind !== spec.kind) throw new ProfileError(`column '${spec.name}' was loaded as ${column.kind}, asked for as ${spec.kind}`);
    if (column.kind === "categorical") return profileCategorical(column);
    return profileNumeric(spec.name, column.values, bins, options.reference ? referenceEdges(options.reference, spec.name) : void 0);
  });
  return {
    apiVersion: PROFILE_API_VERSION,
    kind: "Profile",
    rows: table2.rowCount,
    ...options.source !== void 0 ? { source: options.source } : {},
    bins,
    edges: options.reference ? "reference" : "own-range",
    columns: profiled
  };
}
function referenceEdges(reference, name) {
  const column = reference.columns.find((c) => c.name === name);
  if (!column) throw new ProfileError(`the reference profile has no column '${name}'`);
  if (column.kind !== "numeric") throw new ProfileError(`column '${name}' is ${column.kind} in the reference profile, numeric here`);
  return column.edges;
}
var rangeLabel = (low, high, closed) => `[${formatEdge(low)}, ${formatEdge(high)}${closed ? "]" : ")"}`;
var formatEdge = (value) => String(Number(value.toPrecision(4)));
function binLabel(edges, i) {
  const last = edges.length - 1;
  if (last < 0) return "all values";
  if (i === 0) return `< ${formatEdge(edges[0])}`;
  if (i > last) return `> ${formatEdge(edges[last])}`;
  return rangeLabel(edges[i - 1], edges[i], i === last);
}
function groupBins(edges, reference, current, target) {
  const nonEmpty = [];
  for (let i = 0; i < reference.length; i++) if (reference[i] + current[i] > 0) nonEmpty.push(i);
  let groups;
  if (nonEmpty.length <= MAX_VALUES_UNBINNED) groups = nonEmpty.map((i) => ({ from: i, to: i }));
  else {
    const inner = edges.length - 1;
    const size = Math.max(1, Math.ceil(inner / target));
    groups = [{ from: 0, to: 0 }];
    for (let start = 1; start <= inner; start += size) groups.push({ from: start, to: Math.min(inner, start + size - 1) });
    groups.push({ from: inner + 1, to: inner + 1 });
  }
  const labels = [];
  const ref2 = [];
  const cur = [];
  for (const { from, to } of groups) {
    let r = 0;
    let c = 0;
    for (let i = from; i <= to; i++) {
      r += reference[i];
      c += current[i];
    }
    if (r + c === 0) continue;
    labels.push(from === to ? binLabel(edges, from) : rangeLabel(edges[from - 1], edges[to], to === edges.length - 1));
    ref2.push(r);
    cur.push(c);
  }
  return { labels, reference: Float64Array.from(ref2), current: Float64Array.from(cur) };
}
var sturgesBins = (n2) => Math.max(1, Math.ceil(Math.log2(Math.max(1, n2)) + 1));
var missingShare2 = (rows, missing) => ({ rows, missing, share: rows === 0 ? 0 : missing / rows });
function binnedResult(result) {
  return { ...result, detail: { ...result.detail, approximation: "binned" } };
}
function numericColumnDrift(name, reference, current, rows, settings) {
  if (reference.edges.length !== current.edges.length || reference.edges.some((edge, i) => edge !== current.edges[i])) {
    throw new ProfileError(`column '${name}': the current profile's bin edges are not the reference's; profile the current data over the reference's edges (modelops profile --reference REF.json, or the SQL of modelops profile --sql --reference REF.json)`);
  }
  let nonEmpty = 0;
  for (let i = 0; i < reference.counts.length; i++) if (reference.counts[i] + current.counts[i] > 0) nonEmpty++;
  const resolved = resolveColumnMethod(name, "numeric", reference.count, () => Math.min(nonEmpty, FEW_VALUES_MAX + 1), settings);
  const base = {
    column: name,
    kind: "numeric",
    ...resolved,
    missing: { reference: missingShare2(rows.reference, reference.missing), current: missingShare2(rows.current, current.missing) }
  };
  try {
    if (reference.count === 0) throw new DriftError("no-data", resolved.method, "the reference has no non-missing value");
    if (current.count === 0) throw new DriftError("no-data", resolved.method, "the current data has no non-missing value");
    let test;
    const options = { mode: resolved.thresholdMode, seed: columnSeed(name) };
    if (resolved.method === "ks") test = ksBinned(reference.counts, current.counts, resolved.threshold, options);
    else if (resolved.method === "wasserstein") {
      const mean = reference.sum / reference.count;
      const std = Math.sqrt(Math.max(0, reference.sumOfSquares / reference.count - mean * mean));
      test = wassersteinBinned(reference, current, std, resolved.threshold, options);
    } else {
      const groups = groupBins(reference.edges, reference.counts, current.counts, sturgesBins(reference.count + current.count));
      const sample = (counts) => ({ kind: "categorical", categories: groups.labels, counts, total: counts.reduce((a, b) => a + b, 0) });
      test = binnedResult(driftTestById(resolved.method).compute(sample(groups.reference), sample(groups.current), resolved.threshold, options));
    }
    return evaluatedColumn(base, test);
  } catch (error) {
    if (!(error instanceof DriftError)) throw error;
    return { ...base, evaluated: false, drifted: false, error: { code: error.code, message: `column '${name}': ${error.message}` } };
  }
}
function categoricalColumnDrift(name, reference, current, rows, settings) {
  const index = /* @__PURE__ */ new Map();
  const categories = [];
  for (const { value } of [...reference.categories, ...current.categories]) {
    if (!index.has(value)) {
      index.set(value, categories.length);
      categories.push(value);
    }
  }
  const side = (column) => {
    const counts = new Float64Array(categories.length);
    let total4 = 0;
    for (const { value, count } of column.categories) {
      counts[index.get(value)] += count;
      total4 += count;
    }
    return { kind: "categorical", categories, counts, total: total4 };
  };
  const referenceSample = side(reference);
  const currentSample = side(current);
  let distinct = 0;
  for (let i = 0; i < categories.length; i++) if (referenceSample.counts[i] + currentSample.counts[i] > 0) distinct++;
  const resolved = resolveColumnMethod(name, "categorical", referenceSample.total, () => distinct, settings);
  const base = {
    column: name,
    kind: "categorical",
    ...resolved,
    missing: { reference: missingShare2(rows.reference, reference.missing), current: missingShare2(rows.current, current.missing) }
  };
  try {
    const test = driftTestById(resolved.method).compute(referenceSample, currentSample, resolved.threshold, { mode: resolved.thresholdMode, seed: columnSeed(name) });
    return evaluatedColumn(base, test);
  } catch (error) {
    if (!(error instanceof DriftError)) throw error;
    return { ...base, evaluated: false, drifted: false, error: { code: error.code, message: `column '${name}': ${error.message}` } };
  }
}
function profileDrift(reference, current, columns, settings = {}) {
  const names = columns ?? reference.columns.map((c) => c.name);
  const rows = { reference: reference.rows, current: current.rows };
  const results = names.map((name) => {
    const ref2 = reference.columns.find((c) => c.name === name);
    const cur = current.columns.find((c) => c.name === name);
    if (!ref2) throw new ProfileError(`the reference profile has no column '${name}'`);
    if (!cur) throw new ProfileError(`the current profile has no column '${name}'`);
    if (ref2.kind !== cur.kind) throw new ProfileError(`column '${name}' is ${ref2.kind} in the reference profile but ${cur.kind} in the current one`);
    return ref2.kind === "numeric" ? numericColumnDrift(name, ref2, cur, rows, settings) : categoricalColumnDrift(name, ref2, cur, rows, settings);
  });
  return decideDataset(results, settings);
}

// src/core/drift/features.ts
function featureSides(input, name) {
  const reference = requireColumn(input.reference, name);
  const current = requireColumn(input.current, name);
  checkSameKind(reference, current);
  return { reference, current };
}
function testFeature(reference, current, settings = {}, alsoUnder = []) {
  const prepared = prepareColumn(reference, current);
  const result = testColumn(prepared, settings);
  return alsoUnder.length === 0 ? { prepared, result } : { prepared, result, also: alsoUnder.map((other) => testColumn(prepared, other)) };
}

// src/core/drift/monitoring/isotonic.ts
var IsotonicError = class extends Error {
  name = "IsotonicError";
};
function poolAdjacentViolators(values, weights) {
  const n2 = values.length;
  if (weights && weights.length !== n2) throw new IsotonicError(`weights has ${weights.length} entries, values has ${n2}`);
  const means = new Float64Array(n2);
  const blockWeights = new Float64Array(n2);
  const sizes = new Int32Array(n2);
  let top = -1;
  for (let i = 0; i < n2; i++) {
    const value = values[i];
    const weight = weights ? weights[i] : 1;
    if (!Number.isFinite(value)) throw new IsotonicError(`values[${i}] is ${value}; expected a finite number`);
    if (!(weight > 0 && Number.isFinite(weight))) throw new IsotonicError(`weights[${i}] is ${weight}; expected a positive finite number`);
    top++;
    means[top] = value;
    blockWeights[top] = weight;
    sizes[top] = 1;
    while (top > 0 && means[top - 1] > means[top]) {
      const pooled = blockWeights[top - 1] + blockWeights[top];
      means[top - 1] = (means[top - 1] * blockWeights[top - 1] + means[top] * blockWeights[top]) / pooled;
      blockWeights[top - 1] = pooled;
      sizes[top - 1] += sizes[top];
      top--;
    }
  }
  const fitted = new Float64Array(n2);
  let at = 0;
  for (let block = 0; block <= top; block++) {
    fitted.fill(means[block], at, at + sizes[block]);
    at += sizes[block];
  }
  return fitted;
}
function fitIsotonic(x, y, weights) {
  const n2 = x.length;
  if (n2 === 0) throw new IsotonicError("no points to fit");
  if (y.length !== n2) throw new IsotonicError(`y has ${y.length} entries, x has ${n2}`);
  if (weights && weights.length !== n2) throw new IsotonicError(`weights has ${weights.length} entries, x has ${n2}`);
  for (let i = 0; i < n2; i++) {
    if (!Number.isFinite(x[i])) throw new IsotonicError(`x[${i}] is ${x[i]}; expected a finite number`);
  }
  const order = Array.from({ length: n2 }, (_, i) => i).sort((a, b) => x[a] - x[b] || a - b);
  const uniqueX = [];
  const meanY = [];
  const sumWeight = [];
  for (const i of order) {
    const weight = weights ? weights[i] : 1;
    const last2 = uniqueX.length - 1;
    if (last2 >= 0 && uniqueX[last2] === x[i]) {
      const pooled = sumWeight[last2] + weight;
      meanY[last2] = (meanY[last2] * sumWeight[last2] + y[i] * weight) / pooled;
      sumWeight[last2] = pooled;
    } else {
      uniqueX.push(x[i]);
      meanY.push(y[i]);
      sumWeight.push(weight);
    }
  }
  const fitted = poolAdjacentViolators(meanY, sumWeight);
  const knotX = [];
  const knotY = [];
  const last = fitted.length - 1;
  for (let i = 0; i <= last; i++) {
    const value = fitted[i];
    if (i === 0 || i === last || value !== fitted[i - 1] || value !== fitted[i + 1]) {
      knotX.push(uniqueX[i]);
      knotY.push(value);
    }
  }
  return { x: Float64Array.from(knotX), y: Float64Array.from(knotY) };
}
function predictIsotonic(model, values) {
  const { x, y } = model;
  const last = x.length - 1;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isNaN(value)) throw new IsotonicError(`values[${i}] is NaN; expected a number`);
    if (value <= x[0]) out[i] = y[0];
    else if (value >= x[last]) out[i] = y[last];
    else {
      let low = 0;
      let high = last;
      while (high - low > 1) {
        const middle = low + high >>> 1;
        if (x[middle] <= value) low = middle;
        else high = middle;
      }
      const span = x[high] - x[low];
      out[i] = y[low] + (y[high] - y[low]) * (value - x[low]) / span;
    }
  }
  return out;
}

// src/core/drift/monitoring/calibration.ts
var DEFAULT_CALIBRATION_SPLITS = 10;
var DEFAULT_CALIBRATION_TEST_SHARE = 0.1;
var DEFAULT_CALIBRATION_BINS = 10;
var NEAR_PERFECT_AUC = 0.999;
var CalibrationError = class extends Error {
  name = "CalibrationError";
};
function fitCalibration(yTrue, score, options = {}) {
  const { mode = "auto", seed = 0, splits = DEFAULT_CALIBRATION_SPLITS, testShare = DEFAULT_CALIBRATION_TEST_SHARE, bins = DEFAULT_CALIBRATION_BINS } = options;
  if (mode !== "auto" && mode !== "isotonic" && mode !== "none") throw new CalibrationError(`calibration must be 'auto', 'isotonic' or 'none'; got '${String(mode)}'`);
  if (!Number.isInteger(splits) || splits < 1) throw new CalibrationError(`calibration splits must be a positive integer; got ${splits}`);
  if (!(testShare > 0 && testShare < 1)) throw new CalibrationError(`calibration test share must be strictly between 0 and 1; got ${testShare}`);
  if (!Number.isInteger(bins) || bins < 1) throw new CalibrationError(`calibration bins must be a positive integer; got ${bins}`);
  if (yTrue.length !== score.length) throw new CalibrationError(`score has ${score.length} rows, yTrue has ${yTrue.length}`);
  const base = { mode, splits, testShare, bins, seed };
  if (mode === "none") return { decision: { ...base, applied: false, reason: "disabled" }, model: null };
  if (mode === "isotonic") return { decision: { ...base, applied: true, reason: "forced" }, model: fitIsotonic(score, yTrue) };
  const positives = countPositives(yTrue);
  if (positives === 0 || positives === yTrue.length) return { decision: { ...base, applied: false, reason: "one-class" }, model: null };
  const auc = rocAuc.compute({ task: "binary-classification", yTrue, score, yPred: new Uint8Array(yTrue.length) });
  if (auc > NEAR_PERFECT_AUC) return { decision: { ...base, applied: false, reason: "near-perfect-ranking" }, model: null };
  if (positives < 2 || yTrue.length - positives < 2) return { decision: { ...base, applied: false, reason: "too-few-rows" }, model: null };
  const { eceBefore, eceAfter } = heldOutEce(yTrue, score, splits, testShare, bins, createRng(seed));
  const applied = eceBefore > eceAfter;
  return {
    decision: { ...base, applied, reason: applied ? "lowers-ece" : "does-not-lower-ece", eceBefore, eceAfter },
    model: applied ? fitIsotonic(score, yTrue) : null
  };
}
function applyCalibration(calibration, score) {
  return calibration.model ? predictIsotonic(calibration.model, score) : score;
}
function equalCountEce(yTrue, probability, bins = DEFAULT_CALIBRATION_BINS) {
  const n2 = probability.length;
  if (yTrue.length !== n2) throw new CalibrationError(`probability has ${n2} rows, yTrue has ${yTrue.length}`);
  const edges = binEdges(n2, bins);
  const order = Array.from({ length: n2 }, (_, i) => i).sort((a, b) => probability[a] - probability[b] || a - b);
  let total4 = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const start = edges[b];
    const end = edges[b + 1];
    let gap = 0;
    for (let k = start; k < end; k++) gap += probability[order[k]] - yTrue[order[k]];
    total4 += Math.abs(gap) / n2;
  }
  return total4;
}
function binEdges(n2, bins) {
  let count = bins;
  if (n2 <= 2 * count) {
    count = Math.floor(n2 / 2);
    if (count < 2) throw new CalibrationError(`cannot split ${n2} rows into at least 2 bins of 2 rows for the calibration error; the reference needs more rows`);
  }
  const width = Math.floor(n2 / count);
  const edges = [];
  for (let edge = 0; edge <= n2; edge += width) edges.push(edge);
  edges[edges.length - 1] = n2;
  return edges;
}
function heldOutEce(yTrue, score, splits, testShare, bins, rng) {
  const byClass = [[], []];
  for (let i = 0; i < yTrue.length; i++) byClass[yTrue[i]].push(i);
  const testTruth = [];
  const testRaw = [];
  const testCalibrated = [];
  const isTest = new Uint8Array(yTrue.length);
  for (let split = 0; split < splits; split++) {
    isTest.fill(0);
    for (const members of byClass) {
      shuffle(members, rng);
      const held = Math.min(members.length - 1, Math.max(1, Math.round(testShare * members.length)));
      for (let k = 0; k < held; k++) isTest[members[k]] = 1;
    }
    const trainScore = [];
    const trainTruth = [];
    const splitTest = [];
    for (let i = 0; i < yTrue.length; i++) {
      if (isTest[i]) splitTest.push(i);
      else {
        trainScore.push(score[i]);
        trainTruth.push(yTrue[i]);
      }
    }
    const calibrator = fitIsotonic(trainScore, trainTruth);
    const calibrated = predictIsotonic(
      calibrator,
      splitTest.map((i) => score[i])
    );
    splitTest.forEach((row, k) => {
      testTruth.push(yTrue[row]);
      testRaw.push(score[row]);
      testCalibrated.push(calibrated[k]);
    });
  }
  return { eceBefore: equalCountEce(testTruth, testRaw, bins), eceAfter: equalCountEce(testTruth, testCalibrated, bins) };
}
function shuffle(values, rng) {
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.nextBelow(i + 1);
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}
function countPositives(yTrue) {
  let positives = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const truth = yTrue[i];
    if (truth > 1) throw new CalibrationError(`yTrue[${i}] is ${truth}; binary labels must be 0 (negative) or 1 (positive)`);
    positives += truth;
  }
  return positives;
}

// src/core/drift/monitoring/cbpe.ts
var CBPE_METRICS = ["accuracy", "precision", "recall", "f1", "roc_auc"];
var SAMPLING_ERROR_RANGE = 3;
var DEFAULT_REFERENCE_CHUNKS = 10;
var THRESHOLD_STD_MULTIPLIER = 3;
var DEFINITIONS = { accuracy, precision, recall, f1, roc_auc: rocAuc };
var CbpeError = class extends Error {
  name = "CbpeError";
};
function fitCbpe(reference, options = {}) {
  const { threshold: threshold2 = 0.5, calibration = "auto", seed = 0, referenceChunks = DEFAULT_REFERENCE_CHUNKS } = options;
  if (!(threshold2 >= 0 && threshold2 <= 1)) throw new CbpeError(`threshold must be in [0, 1]; got ${threshold2}`);
  if (!Number.isInteger(referenceChunks) || referenceChunks < 1) throw new CbpeError(`referenceChunks must be a positive integer; got ${referenceChunks}`);
  const rows = reference.score.length;
  if (rows === 0) throw new CbpeError("the reference has no rows: CBPE learns from labelled reference data");
  checkScores("reference", reference.score);
  checkLabels("reference", "yTrue", reference.yTrue, rows);
  const yPred = predictedClasses("reference", reference.score, reference.yPred, threshold2);
  const alertThresholds = {};
  const referenceRealised = {};
  for (const metric of CBPE_METRICS) {
    alertThresholds[metric] = chunkThresholds(metric, reference.yTrue, yPred, reference.score, referenceChunks);
    referenceRealised[metric] = realised(metric, reference.yTrue, yPred, reference.score);
  }
  const fitted = fitCalibration(reference.yTrue, reference.score, { mode: calibration, seed });
  const referenceProbability = applyCalibration(fitted, reference.score);
  const referenceStandardError = standardErrors(referenceProbability, yPred, reference.score, estimateRocAuc(referenceProbability, reference.score));
  return {
    threshold: threshold2,
    referenceRows: rows,
    calibration: fitted,
    referenceStandardError,
    alertThresholds,
    referenceRealised
  };
}
function estimateCbpe(model, current) {
  const rows = current.score.length;
  if (rows === 0) throw new CbpeError("the current data has no rows: nothing to estimate");
  checkScores("current", current.score);
  const yPred = predictedClasses("current", current.score, current.yPred, model.threshold);
  if (current.yTrue) checkLabels("current", "yTrue", current.yTrue, rows);
  const probability = applyCalibration(model.calibration, current.score);
  const confusion = expectedConfusion(probability, yPred);
  const estimates = {
    accuracy: (confusion.tp + confusion.tn) / rows,
    precision: ratio(confusion.tp, confusion.tp + confusion.fp),
    recall: ratio(confusion.tp, confusion.tp + confusion.fn),
    f1: ratio(confusion.tp, confusion.tp + (confusion.fp + confusion.fn) / 2),
    roc_auc: estimateRocAuc(probability, current.score)
  };
  const errors = standardErrors(probability, yPred, current.score, estimates.roc_auc);
  const metrics = CBPE_METRICS.map((metric) => {
    const estimate = estimates[metric];
    const fromCurrent = errors[metric];
    const fromReference = model.referenceStandardError[metric];
    const standardError = estimate === null || fromCurrent === null ? null : Math.hypot(fromCurrent, fromReference ?? 0);
    const band2 = estimate !== null && standardError !== null;
    const thresholds2 = model.alertThresholds[metric];
    return {
      metric,
      estimate,
      standardError,
      lower: band2 ? Math.max(0, estimate - SAMPLING_ERROR_RANGE * standardError) : null,
      upper: band2 ? Math.min(1, estimate + SAMPLING_ERROR_RANGE * standardError) : null,
      realised: current.yTrue ? realised(metric, current.yTrue, yPred, current.score) : null,
      reference: model.referenceRealised[metric],
      thresholds: thresholds2,
      alert: estimate !== null && (thresholds2.lower !== null && estimate < thresholds2.lower || thresholds2.upper !== null && estimate > thresholds2.upper)
    };
  });
  return { rows, threshold: model.threshold, calibration: model.calibration.decision, expectedConfusion: confusion, metrics, labelled: current.yTrue !== void 0 };
}
function cbpe(reference, current, options = {}) {
  return estimateCbpe(fitCbpe(reference, options), current);
}
function expectedConfusion(probability, yPred) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < probability.length; i++) {
    const p = probability[i];
    if (yPred[i] === 1) {
      tp += p;
      fp += 1 - p;
    } else {
      fn += p;
      tn += 1 - p;
    }
  }
  return { tp, fp, fn, tn };
}
function estimateRocAuc(probability, rankingScore) {
  const n2 = probability.length;
  let totalPositive = 0;
  for (let i = 0; i < n2; i++) totalPositive += probability[i];
  const totalNegative = n2 - totalPositive;
  if (!(totalPositive > 0 && totalNegative > 0)) return null;
  const order = Array.from({ length: n2 }, (_, i) => i).sort((a, b) => rankingScore[b] - rankingScore[a] || a - b);
  let area = 0;
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n2; ) {
    const value = rankingScore[order[k]];
    let stepPositive = 0;
    let stepNegative = 0;
    while (k < n2 && rankingScore[order[k]] === value) {
      const p = probability[order[k]];
      stepPositive += p;
      stepNegative += 1 - p;
      k++;
    }
    area += stepNegative * (tp + stepPositive / 2);
    tp += stepPositive;
    fp += stepNegative;
  }
  return area / (totalPositive * totalNegative);
}
function standardErrors(probability, yPred, rankingScore, auc) {
  const n2 = probability.length;
  let a = 0;
  let b = 0;
  let vA = 0;
  let vB = 0;
  let m = 0;
  for (let i = 0; i < n2; i++) {
    const p = probability[i];
    if (yPred[i] === 1) {
      m++;
      a += p;
      vA += p * (1 - p);
    } else {
      b += p;
      vB += p * (1 - p);
    }
  }
  const root = (variance) => Number.isFinite(variance) && variance >= 0 ? Math.sqrt(variance) : null;
  const f1Denominator = a + b + m;
  return {
    accuracy: root((vA + vB) / (n2 * n2)),
    precision: m > 0 ? root(vA / (m * m)) : null,
    recall: a + b > 0 ? root((b * b * vA + a * a * vB) / (a + b) ** 4) : null,
    f1: f1Denominator > 0 ? root(((2 * (b + m)) ** 2 * vA + (2 * a) ** 2 * vB) / f1Denominator ** 4) : null,
    roc_auc: auc === null ? null : root(aucVariance(probability, rankingScore, auc))
  };
}
function aucVariance(probability, rankingScore, auc) {
  const n2 = probability.length;
  let positives = 0;
  for (let i = 0; i < n2; i++) positives += probability[i];
  const negatives = n2 - positives;
  const order = Array.from({ length: n2 }, (_, i) => i).sort((x, y) => rankingScore[x] - rankingScore[y] || x - y);
  let negativesBelow = 0;
  let positivesBelow = 0;
  let variance = 0;
  for (let k = 0; k < n2; ) {
    let end = k;
    let tiedPositive = 0;
    let tiedNegative = 0;
    while (end < n2 && rankingScore[order[end]] === rankingScore[order[k]]) {
      tiedPositive += probability[order[end]];
      tiedNegative += 1 - probability[order[end]];
      end++;
    }
    for (let t = k; t < end; t++) {
      const p = probability[order[t]];
      const v10 = (negativesBelow + (tiedNegative - (1 - p)) / 2) / negatives;
      const v01 = (positives - positivesBelow - tiedPositive + (tiedPositive - p) / 2) / positives;
      const influence = (v10 - auc) / positives - (v01 - auc) / negatives;
      variance += p * (1 - p) * influence * influence;
    }
    negativesBelow += tiedNegative;
    positivesBelow += tiedPositive;
    k = end;
  }
  return variance;
}
function chunkThresholds(metric, yTrue, yPred, score, chunks) {
  const n2 = yTrue.length;
  const size = Math.floor(n2 / chunks);
  if (size === 0) return { lower: null, upper: null, chunksUsed: 0 };
  const values = [];
  for (let c = 0; c < chunks; c++) {
    const start = c * size;
    const end = c === chunks - 1 ? n2 : start + size;
    const value = realised(metric, yTrue.subarray(start, end), yPred.subarray(start, end), score.subarray(start, end));
    if (value !== null) values.push(value);
  }
  if (values.length < 2) return { lower: null, upper: null, chunksUsed: values.length };
  const mean = values.reduce((sum2, value) => sum2 + value, 0) / values.length;
  const spread = THRESHOLD_STD_MULTIPLIER * populationStd(values);
  return { lower: Math.max(0, mean - spread), upper: Math.min(1, mean + spread), chunksUsed: values.length };
}
function realised(metric, yTrue, yPred, score) {
  try {
    return DEFINITIONS[metric].compute({ task: "binary-classification", yTrue, yPred, score });
  } catch (error) {
    if (error instanceof MetricError && error.code === "undefined") return null;
    throw error;
  }
}
function predictedClasses(side, score, yPred, threshold2) {
  if (yPred) {
    checkLabels(side, "yPred", yPred, score.length);
    return yPred;
  }
  const derived = new Uint8Array(score.length);
  for (let i = 0; i < score.length; i++) derived[i] = score[i] >= threshold2 ? 1 : 0;
  return derived;
}
function checkScores(side, score) {
  for (let i = 0; i < score.length; i++) {
    const p = score[i];
    if (!(p >= 0 && p <= 1)) throw new CbpeError(`${side} score[${i}] is ${p}; CBPE needs the model's probability of the positive class, in [0, 1]`);
  }
}
function checkLabels(side, column, labels, rows) {
  if (labels.length !== rows) throw new CbpeError(`${side} ${column} has ${labels.length} rows, score has ${rows}`);
  for (let i = 0; i < rows; i++) {
    if (labels[i] > 1) throw new CbpeError(`${side} ${column}[${i}] is ${labels[i]}; binary labels must be 0 (negative) or 1 (positive)`);
  }
}
function ratio(numerator, denominator) {
  return denominator > 0 ? numerator / denominator : null;
}
function populationStd(values) {
  const n2 = values.length;
  let mean = 0;
  for (let i = 0; i < n2; i++) mean += values[i];
  mean /= n2;
  let squares = 0;
  for (let i = 0; i < n2; i++) squares += (values[i] - mean) ** 2;
  return Math.sqrt(squares / n2);
}

// src/core/drift/monitoring/logistic.ts
var LogisticError = class extends Error {
  name = "LogisticError";
};
function fitLogistic(design, target, rowsUsed, options = {}) {
  const { c = 1, unpenalised = 0, maxIterations = 50, tolerance = 1e-8, initial } = options;
  if (!(c > 0)) throw new LogisticError(`C must be positive; got ${c}`);
  const p = design.features;
  if (initial && initial.length !== p) throw new LogisticError(`initial has ${initial.length} coefficients, the design has ${p} features`);
  const penalty = 1 / c;
  const rows = rowsUsed ?? identity(design.rows);
  const w = initial ? initial.slice() : new Float64Array(p);
  const gradient = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  const step = new Float64Array(p);
  const trial = new Float64Array(p);
  let objective = penalisedLoss(design, target, rows, w, penalty, unpenalised);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    accumulate(design, target, rows, w, gradient, hessian);
    for (let j = 0; j < p; j++) {
      if (j === unpenalised) {
        hessian[j * p + j] += 1e-12;
        continue;
      }
      gradient[j] += penalty * w[j];
      hessian[j * p + j] += penalty;
    }
    step.set(gradient);
    choleskySolve(hessian, p, step);
    let slope = 0;
    for (let j = 0; j < p; j++) slope += gradient[j] * step[j];
    let scale = 1;
    let accepted = false;
    for (let halvings = 0; halvings < 60; halvings++) {
      for (let j = 0; j < p; j++) trial[j] = w[j] - scale * step[j];
      const value = penalisedLoss(design, target, rows, trial, penalty, unpenalised);
      if (value <= objective - 1e-4 * scale * slope) {
        accepted = true;
        objective = value;
        break;
      }
      scale /= 2;
    }
    if (!accepted) {
      converged = true;
      break;
    }
    let largest = 0;
    for (let j = 0; j < p; j++) largest = Math.max(largest, Math.abs(scale * step[j]));
    w.set(trial);
    if (largest < tolerance) {
      converged = true;
      break;
    }
  }
  return { coefficients: w, iterations, converged, objective };
}
function linearPredictor(design, row, w) {
  const { width, index, value } = design;
  let z = 0;
  for (let k = row * width, end = k + width; k < end; k++) z += w[index[k]] * value[k];
  return z;
}
function softplus(x) {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}
function penalisedLoss(design, target, rows, w, penalty, unpenalised) {
  let loss = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const z = linearPredictor(design, row, w);
    loss += target[row] === 1 ? softplus(-z) : softplus(z);
  }
  let squares = 0;
  for (let j = 0; j < w.length; j++) if (j !== unpenalised) squares += w[j] * w[j];
  return loss + penalty * squares / 2;
}
function accumulate(design, target, rows, w, gradient, hessian) {
  const { width, index, value, features: p } = design;
  gradient.fill(0);
  hessian.fill(0);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const z = linearPredictor(design, row, w);
    const probability = 1 / (1 + Math.exp(-z));
    const residual = probability - target[row];
    const weight = probability * (1 - probability);
    const start = row * width;
    for (let a = 0; a < width; a++) {
      const ia = index[start + a];
      const va = value[start + a];
      if (va === 0) continue;
      gradient[ia] += residual * va;
      const wa = weight * va;
      const base = ia * p;
      for (let b = a; b < width; b++) hessian[base + index[start + b]] += wa * value[start + b];
    }
  }
  for (let j = 0; j < p; j++) for (let k = j + 1; k < p; k++) hessian[k * p + j] = hessian[j * p + k];
}
function choleskySolve(a, n2, b) {
  choleskyFactor(a, n2);
  solveFactored(a, n2, b);
}
function choleskyFactor(a, n2) {
  for (let j = 0; j < n2; j++) {
    let diagonal = a[j * n2 + j];
    for (let k = 0; k < j; k++) diagonal -= a[j * n2 + k] ** 2;
    if (!(diagonal > 0)) throw new LogisticError(`the Hessian is not positive definite at pivot ${j} (${diagonal}); the design has a zero feature`);
    const root = Math.sqrt(diagonal);
    a[j * n2 + j] = root;
    for (let i = j + 1; i < n2; i++) {
      let sum2 = a[i * n2 + j];
      for (let k = 0; k < j; k++) sum2 -= a[i * n2 + k] * a[j * n2 + k];
      a[i * n2 + j] = sum2 / root;
    }
  }
}
function solveFactored(l, n2, b) {
  for (let i = 0; i < n2; i++) {
    let sum2 = b[i];
    for (let k = 0; k < i; k++) sum2 -= l[i * n2 + k] * b[k];
    b[i] = sum2 / l[i * n2 + i];
  }
  for (let i = n2 - 1; i >= 0; i--) {
    let sum2 = b[i];
    for (let k = i + 1; k < n2; k++) sum2 -= l[k * n2 + i] * b[k];
    b[i] = sum2 / l[i * n2 + i];
  }
}
function newtonStepFromZero(design, rowsUsed, options = {}) {
  const { c = 1, unpenalised = 0 } = options;
  if (!(c > 0)) throw new LogisticError(`C must be positive; got ${c}`);
  const p = design.features;
  const hessian = new Float64Array(p * p);
  const gradient = new Float64Array(p);
  accumulate(design, new Uint8Array(design.rows), rowsUsed, new Float64Array(p), gradient, hessian);
  for (let j = 0; j < p; j++) hessian[j * p + j] += j === unpenalised ? 1e-12 : 1 / c;
  choleskyFactor(hessian, p);
  return {
    step(sums) {
      const w = Float64Array.from(sums);
      solveFactored(hessian, p, w);
      return w;
    }
  };
}
function centredTargetSums(design, target, fold, folds, into) {
  const { width, index, value, features: p } = design;
  const sums = into ?? new Float64Array(folds * p);
  sums.fill(0);
  for (let row = 0; row < design.rows; row++) {
    const y = target[row] - 0.5;
    const base = fold[row] * p;
    for (let k = row * width, end = k + width; k < end; k++) sums[base + index[k]] += y * value[k];
  }
  return sums;
}
function identity(n2) {
  const rows = new Uint32Array(n2);
  for (let i = 0; i < n2; i++) rows[i] = i;
  return rows;
}

// src/core/drift/monitoring/domain-classifier.ts
var DEFAULT_FOLDS = 5;
var DEFAULT_ALPHA2 = 0.05;
var DEFAULT_PERMUTATIONS = 99;
var PERMUTED_ROWS_BUDGET = 2e6;
var MIN_PERMUTATIONS = 19;
var DEFAULT_MAX_ROWS_PER_SIDE = 2e4;
var DEFAULT_TOP_CATEGORIES = 10;
var DEFAULT_PERMUTATION_REPEATS = 5;
var STANDARDISED_CLIP = 10;
var DomainClassifierError = class extends Error {
  name = "DomainClassifierError";
};
function domainClassifier(reference, current, options = {}) {
  const settings = resolve(options);
  const columns = selectColumns(reference, current, options.columns);
  if (reference.rowCount === 0) throw new DomainClassifierError("the reference data has no rows: the domain classifier needs rows on both sides");
  if (current.rowCount === 0) throw new DomainClassifierError("the current data has no rows: the domain classifier needs rows on both sides");
  for (const [side, table2] of [["reference", reference], ["current", current]]) {
    if (table2.rowCount < settings.folds) {
      throw new DomainClassifierError(`the ${side} data has ${table2.rowCount} row(s); ${settings.folds}-fold cross-validation needs at least ${settings.folds} per side (lower 'folds' or supply more rows)`);
    }
  }
  const rng = createRng(settings.seed);
  const referenceRows = subsample(reference.rowCount, settings.maxRowsPerSide, rng);
  const currentRows = subsample(current.rowCount, settings.maxRowsPerSide, rng);
  const { design, encodings, skipped } = encode(columns, reference, current, referenceRows, currentRows, settings.topCategories);
  if (encodings.length === 0) {
    throw new DomainClassifierError(`no feature column varies (${skipped.map((s) => `'${s.column}': ${s.reason}`).join("; ")}); there is nothing to tell the two samples apart by`);
  }
  const n2 = design.rows;
  const target = new Uint8Array(n2);
  target.fill(1, referenceRows.length);
  const full = fitLogistic(design, target, void 0, { c: settings.c });
  const folds = randomFolds(n2, settings.folds, rng);
  const heldOut = Array.from({ length: settings.folds }, (_, f) => rowsWhere(folds, (fold) => fold === f));
  const steps = heldOut.map((_, f) => newtonStepFromZero(design, rowsWhere(folds, (fold) => fold !== f), { c: settings.c }));
  const crossValidate = crossValidator(design, folds, heldOut, steps);
  const { scores: outOfFold, coefficients: foldCoefficients } = crossValidate(target);
  const auc = areaUnderCurve(target, outOfFold);
  const foldAucs = heldOut.map((rows) => areaUnderCurve(pick(target, rows), pick(outOfFold, rows)));
  const permutations = permutationsFor(n2, settings);
  const nullAucs = permutedAucs(target, permutations, crossValidate, rng);
  const features = encodings.map((encoding) => {
    let dropTotal = 0;
    for (let repeat = 0; repeat < settings.permutationRepeats; repeat++) {
      dropTotal += auc - areaUnderCurve(target, permutedScores(design, encoding, heldOut, foldCoefficients, outOfFold, rng));
    }
    const coefficients = Array.from({ length: encoding.labels.length }, (_, k) => full.coefficients[encoding.firstFeature + k]);
    return {
      column: encoding.name,
      kind: encoding.kind,
      aucDrop: dropTotal / settings.permutationRepeats,
      coefficientNorm: Math.hypot(...coefficients),
      encoded: encoding.labels.map((feature, k) => ({ feature, coefficient: coefficients[k] }))
    };
  });
  features.sort((a, b) => b.aucDrop - a.aucDrop || b.coefficientNorm - a.coefficientNorm || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
  const atOrAbove = nullAucs.filter((value) => value >= auc).length;
  const pValue = (1 + atOrAbove) / (permutations + 1);
  const decision = threshold(nullAucs, settings);
  return {
    auc,
    foldAucs,
    ...decision,
    alpha: settings.alpha,
    pValue,
    permutations,
    drifted: auc > decision.threshold,
    features,
    skippedColumns: skipped,
    rows: { reference: { total: reference.rowCount, used: referenceRows.length }, current: { total: current.rowCount, used: currentRows.length } },
    model: {
      kind: "logistic-regression",
      c: settings.c,
      folds: settings.folds,
      parameters: design.features,
      converged: full.converged,
      permutationRepeats: settings.permutationRepeats,
      seed: settings.seed
    }
  };
}
function resolve(options) {
  const {
    folds = DEFAULT_FOLDS,
    seed = 0,
    maxRowsPerSide = DEFAULT_MAX_ROWS_PER_SIDE,
    topCategories = DEFAULT_TOP_CATEGORIES,
    c = 1,
    permutationRepeats = DEFAULT_PERMUTATION_REPEATS
  } = options;
  const integer2 = (name, value, least) => {
    if (!Number.isInteger(value) || value < least) throw new DomainClassifierError(`${name} must be an integer of at least ${least}; got ${value}`);
  };
  integer2("folds", folds, 2);
  integer2("maxRowsPerSide", maxRowsPerSide, folds);
  integer2("topCategories", topCategories, 1);
  integer2("permutationRepeats", permutationRepeats, 1);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new DomainClassifierError(`seed must be an integer in [0, 2^53); got ${seed}`);
  if (!(c > 0 && Number.isFinite(c))) throw new DomainClassifierError(`c (inverse regularisation strength) must be a positive number; got ${c}`);
  const { alpha = DEFAULT_ALPHA2, permutations = DEFAULT_PERMUTATIONS } = options;
  if (!(alpha > 0 && alpha < 1)) throw new DomainClassifierError(`alpha must be strictly between 0 and 1; got ${alpha}`);
  integer2("permutations", permutations, minPermutations(alpha));
  const band2 = options.aucBand;
  if (band2 && band2.max === void 0) throw new DomainClassifierError("auc_band needs a max: an AUC above it is drift (one below 0.5 never is)");
  if (band2?.min !== void 0 && !(band2.min < band2.max)) throw new DomainClassifierError(`auc_band min (${band2.min}) must be below max (${band2.max})`);
  return { ...band2 ? { band: band2 } : {}, alpha, permutations, folds, seed, maxRowsPerSide, topCategories, c, permutationRepeats };
}
function minPermutations(alpha) {
  return Math.max(MIN_PERMUTATIONS, Math.ceil(1 / alpha - 1e-9) - 1);
}
function permutationsFor(rows, settings) {
  return Math.max(minPermutations(settings.alpha), Math.min(settings.permutations, Math.floor(PERMUTED_ROWS_BUDGET / rows)));
}
function crossValidator(design, folds, heldOut, steps) {
  const p = design.features;
  const sums = new Float64Array(heldOut.length * p);
  return (target) => {
    centredTargetSums(design, target, folds, heldOut.length, sums);
    const total4 = new Float64Array(p);
    for (let f = 0; f < heldOut.length; f++) for (let j = 0; j < p; j++) total4[j] += sums[f * p + j];
    const scores = new Float64Array(design.rows);
    const coefficients = heldOut.map((rows, f) => {
      const training = new Float64Array(p);
      for (let j = 0; j < p; j++) training[j] = total4[j] - sums[f * p + j];
      const w = steps[f].step(training);
      for (const row of rows) scores[row] = linearPredictor(design, row, w);
      return w;
    });
    return { scores, coefficients };
  };
}
function permutedAucs(target, permutations, crossValidate, rng) {
  const permuted = target.slice();
  const out = [];
  for (let b = 0; b < permutations; b++) {
    shuffle2(permuted, rng);
    out.push(areaUnderCurve(permuted, crossValidate(permuted).scores));
  }
  return out;
}
function threshold(nullAucs, settings) {
  const b = nullAucs.length;
  if (settings.band) {
    const max = settings.band.max;
    return { threshold: max, thresholdSource: "fixed", band: { ...settings.band }, falseAlarmRate: nullAucs.filter((value) => value > max).length / b };
  }
  const allowed = Math.floor((b + 1) * settings.alpha + 1e-9);
  const sorted = [...nullAucs].sort((x, y) => y - x);
  return { threshold: sorted[allowed - 1], thresholdSource: "permutation", falseAlarmRate: allowed / (b + 1) };
}
function selectColumns(reference, current, names) {
  const wanted = names ?? [...reference.columns.keys()];
  if (wanted.length === 0) throw new DomainClassifierError("no feature columns given: the domain classifier needs at least one");
  const problems = [];
  const columns = [];
  for (const name of wanted) {
    const left = reference.columns.get(name);
    const right = current.columns.get(name);
    if (!left) problems.push(`'${name}' is not in the reference data`);
    if (!right) problems.push(`'${name}' is not in the current data`);
    if (left && right && left.kind !== right.kind) problems.push(`'${name}' is ${left.kind} in the reference data but ${right.kind} in the current data`);
    if (left && right && left.kind === right.kind) columns.push(left);
  }
  if (problems.length > 0) throw new DomainClassifierError(`the reference and current data must hold the same feature columns: ${problems.join("; ")}`);
  return columns;
}
function subsample(n2, limit, rng) {
  const all = new Uint32Array(n2);
  for (let i = 0; i < n2; i++) all[i] = i;
  if (n2 <= limit) return all;
  for (let i = 0; i < limit; i++) {
    const j = i + rng.nextBelow(n2 - i);
    const swap = all[i];
    all[i] = all[j];
    all[j] = swap;
  }
  return all.slice(0, limit).sort();
}
function encode(columns, reference, current, referenceRows, currentRows, topCategories) {
  const plans = [];
  const skipped = [];
  for (const column of columns) {
    const other = current.columns.get(column.name);
    const plan = column.kind === "numeric" ? planNumeric(column, other, referenceRows, currentRows) : planCategorical(column, other, referenceRows, currentRows, topCategories);
    if (typeof plan === "string") skipped.push({ column: column.name, reason: plan });
    else plans.push(plan);
  }
  const encodings = [];
  let slot = 1;
  let feature = 1;
  for (const plan of plans) {
    const labels = plan.kind === "numeric" ? [...plan.withValue ? ["value"] : [], ...plan.withMissing ? ["missing"] : []] : plan.labels;
    const slots = plan.kind === "numeric" ? labels.length : 1;
    encodings.push({ name: plan.name, kind: plan.kind, firstSlot: slot, slots, firstFeature: feature, labels });
    slot += slots;
    feature += labels.length;
  }
  const width = slot;
  const rows = referenceRows.length + currentRows.length;
  const index = new Int32Array(rows * width);
  const value = new Float64Array(rows * width);
  const fill = (table2, sourceRows, offset) => {
    for (let r = 0; r < sourceRows.length; r++) {
      index[(offset + r) * width] = 0;
      value[(offset + r) * width] = 1;
    }
    plans.forEach((plan, p) => {
      const encoding = encodings[p];
      if (plan.kind === "numeric") {
        const values = table2.columns.get(plan.name).values;
        for (let r = 0; r < sourceRows.length; r++) {
          const at = (offset + r) * width + encoding.firstSlot;
          const raw = values[sourceRows[r]];
          const missing = !Number.isFinite(raw);
          let k = 0;
          if (plan.withValue) {
            index[at] = encoding.firstFeature;
            value[at] = missing ? 0 : Math.max(-STANDARDISED_CLIP, Math.min(STANDARDISED_CLIP, (raw - plan.mean) / plan.std));
            k++;
          }
          if (plan.withMissing) {
            index[at + k] = encoding.firstFeature + k;
            value[at + k] = missing ? 1 : 0;
          }
        }
      } else {
        const column = table2.columns.get(plan.name);
        const levelOfCode = column.categories.map((text) => plan.levelOf.get(text) ?? plan.otherLevel);
        for (let r = 0; r < sourceRows.length; r++) {
          const at = (offset + r) * width + encoding.firstSlot;
          const code2 = column.codes[sourceRows[r]];
          index[at] = encoding.firstFeature + (code2 === MISSING_CODE ? plan.missingLevel : levelOfCode[code2]);
          value[at] = 1;
        }
      }
    });
  };
  fill(reference, referenceRows, 0);
  fill(current, currentRows, referenceRows.length);
  return { design: { rows, width, features: feature, index, value }, encodings, skipped };
}
function planNumeric(reference, current, referenceRows, currentRows) {
  let count = 0;
  let mean = 0;
  let squares = 0;
  let missing = 0;
  const add = (values, rows) => {
    for (let r = 0; r < rows.length; r++) {
      const x = values[rows[r]];
      if (!Number.isFinite(x)) {
        missing++;
        continue;
      }
      count++;
      const delta = x - mean;
      mean += delta / count;
      squares += delta * (x - mean);
    }
  };
  add(reference.values, referenceRows);
  add(current.values, currentRows);
  const std = count > 0 ? Math.sqrt(squares / count) : 0;
  const withValue = std > 0 && Number.isFinite(std);
  const withMissing = missing > 0 && count > 0;
  if (!withValue && !withMissing) return count === 0 ? "missing on every row of both sides" : "one value on every row of both sides";
  return { kind: "numeric", name: reference.name, mean, std: withValue ? std : 1, withValue, withMissing };
}
function planCategorical(reference, current, referenceRows, currentRows, topCategories) {
  const counts = /* @__PURE__ */ new Map();
  let missing = 0;
  const add = (column, rows) => {
    const perCode = new Float64Array(column.categories.length);
    for (let r = 0; r < rows.length; r++) {
      const code2 = column.codes[rows[r]];
      if (code2 === MISSING_CODE) missing++;
      else perCode[code2]++;
    }
    perCode.forEach((count, code2) => {
      if (count > 0) counts.set(column.categories[code2], (counts.get(column.categories[code2]) ?? 0) + count);
    });
  };
  add(reference, referenceRows);
  add(current, currentRows);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = ranked.slice(0, topCategories).map(([text]) => text);
  const labels = [...kept];
  const otherLevel = ranked.length > topCategories ? labels.push("(other)") - 1 : -1;
  const missingLevel = missing > 0 ? labels.push("(missing)") - 1 : -1;
  if (labels.length < 2) return ranked.length === 0 ? "missing on every row of both sides" : "one category on every row of both sides";
  return { kind: "categorical", name: reference.name, levelOf: new Map(kept.map((text, level2) => [text, level2])), otherLevel, missingLevel, labels };
}
function shuffle2(values, rng) {
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.nextBelow(i + 1);
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}
function randomFolds(rows, folds, rng) {
  const order = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  shuffle2(order, rng);
  const assignment = new Int32Array(rows);
  order.forEach((row, position) => {
    assignment[row] = position % folds;
  });
  return assignment;
}
function permutedScores(design, encoding, heldOut, coefficients, outOfFold, rng) {
  const { width, index, value } = design;
  const scores = new Float64Array(outOfFold);
  const contribution = (row, w) => {
    let sum2 = 0;
    for (let k = row * width + encoding.firstSlot, end = k + encoding.slots; k < end; k++) sum2 += w[index[k]] * value[k];
    return sum2;
  };
  heldOut.forEach((rows, f) => {
    const w = coefficients[f];
    const partners = rows.slice();
    shuffle2(partners, rng);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      scores[row] = outOfFold[row] - contribution(row, w) + contribution(partners[i], w);
    }
  });
  return scores;
}
function areaUnderCurve(target, score) {
  const yPred = new Uint8Array(score.length);
  for (let i = 0; i < score.length; i++) yPred[i] = score[i] >= 0 ? 1 : 0;
  return rocAuc.compute({ task: "binary-classification", yTrue: target, score, yPred });
}
function rowsWhere(values, keep) {
  const rows = [];
  for (let i = 0; i < values.length; i++) if (keep(values[i])) rows.push(i);
  return Uint32Array.from(rows);
}
function pick(values, rows) {
  const out = new values.constructor(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
}

// src/core/drift/analysis.ts
var MISSING_SHARE_MIN_CHANGE = 0.01;
var MISSING_SHARE_ALPHA = 0.05;
var HISTOGRAM_BINS = 10;
var HISTOGRAM_MAX_GROUPS = 12;
var TOP_DOMAIN_FEATURES = 5;
function missingSignal(missing) {
  const { reference, current } = missing;
  if (reference.missing + current.missing === 0 || reference.rows === 0 || current.rows === 0) return { reference, current, pValue: null, changed: false };
  const { pValue } = proportionsZTest(reference.missing, reference.rows, current.missing, current.rows);
  return { reference, current, pValue, changed: pValue < MISSING_SHARE_ALPHA && Math.abs(current.share - reference.share) >= MISSING_SHARE_MIN_CHANGE };
}
function columnReport(result) {
  const out = {
    column: result.column,
    kind: result.kind,
    method: result.method,
    methodSource: result.methodSource,
    threshold: result.threshold,
    thresholdSource: result.thresholdSource,
    thresholdMode: result.thresholdMode,
    evaluated: result.evaluated,
    drifted: result.drifted,
    missing: missingSignal(result.missing)
  };
  if (result.evaluated) {
    const test = result.test;
    out.scoreKind = test.kind;
    out.decidedBy = test.decidedBy;
    out.falseAlarmRate = test.falseAlarmRate;
    out.falseAlarmRateEstimated = test.falseAlarmRateEstimated;
    if (test.criticalValue !== void 0) out.criticalValue = test.criticalValue;
    out.statistic = test.statistic;
    if (result.pValue !== void 0) {
      out.pValue = result.pValue;
      out.adjustedPValue = result.adjustedPValue;
    }
    if (test.kind === "distance") out.distance = test.score;
    if (Object.keys(result.test.detail).length > 0) out.detail = { ...result.test.detail };
  } else {
    out.error = result.error.message;
    out.errorCode = result.error.code;
  }
  return out;
}
function featuresReport(drift) {
  return {
    columns: drift.columns.map(columnReport),
    evaluated: drift.evaluatedColumns,
    untested: drift.untestedColumns,
    drifted: drift.driftedColumns,
    share: drift.share,
    driftShare: drift.driftShare,
    datasetDrifted: drift.drifted,
    undecided: drift.undecided,
    thresholdMode: drift.thresholdMode,
    correction: drift.correction,
    pValueTests: drift.pValueTests
  };
}
function severity(column) {
  if (!column.evaluated) return Number.NaN;
  if (column.decidedBy === "p-value" || column.decidedBy === void 0 && column.scoreKind === "p-value") {
    const p = Math.max(column.adjustedPValue ?? column.pValue ?? 1, 1e-300);
    return -Math.log10(p) / -Math.log10(column.threshold);
  }
  return (column.distance ?? 0) / column.threshold;
}
function mostDrifted(columns) {
  let best;
  for (const column of columns) {
    if (column.kind !== "numeric" || !column.evaluated) continue;
    if (!best || severity(column) > severity(best)) best = column;
  }
  return best;
}
var formatEdge2 = (value) => String(Number(value.toPrecision(4)));
function rawHistogram(column) {
  if (column.reference.kind !== "numeric" || column.current.kind !== "numeric") return void 0;
  const ref2 = column.reference.sorted;
  const cur = column.current.sorted;
  if (ref2.length === 0 || cur.length === 0) return void 0;
  const share = (counts, n2) => Array.from(counts, (c) => c / n2);
  if (distinctUnionCount(ref2, cur, MAX_VALUES_UNBINNED + 1) <= MAX_VALUES_UNBINNED) {
    const counts = valueCounts(ref2, cur);
    return { column: column.name, bins: Array.from(counts.values, formatEdge2), reference: share(counts.a, ref2.length), current: share(counts.b, cur.length) };
  }
  const min = Math.min(ref2[0], cur[0]);
  const max = Math.max(ref2[ref2.length - 1], cur[cur.length - 1]);
  const bins = min === max ? 1 : HISTOGRAM_BINS;
  const edges = new Float64Array(bins + 1);
  for (let k = 0; k < bins; k++) edges[k] = min + (max - min) * k / bins;
  edges[bins] = max === min ? max + 1 : max;
  return {
    column: column.name,
    bins: Array.from({ length: bins }, (_, k) => `[${formatEdge2(edges[k])}, ${formatEdge2(edges[k + 1])}${k === bins - 1 ? "]" : ")"}`),
    reference: share(histogramSorted(ref2, edges), ref2.length),
    current: share(histogramSorted(cur, edges), cur.length)
  };
}
function profileHistogram(reference, current) {
  if (reference.count === 0 || current.count === 0) return void 0;
  const reduce = groupBins(reference.edges, reference.counts, current.counts, HISTOGRAM_MAX_GROUPS - 2);
  return {
    column: reference.name,
    bins: reduce.labels,
    reference: Array.from(reduce.reference, (c) => c / reference.count),
    current: Array.from(reduce.current, (c) => c / current.count)
  };
}
function domainReport(reference, current, features, settings, seed) {
  try {
    const result = domainClassifier(reference, current, {
      columns: features.map((f) => f.name),
      ...settings?.domain_classifier?.auc_band ? { aucBand: settings.domain_classifier.auc_band } : {},
      ...settings?.domain_classifier?.alpha !== void 0 ? { alpha: settings.domain_classifier.alpha } : {},
      ...settings?.domain_classifier?.permutations !== void 0 ? { permutations: settings.domain_classifier.permutations } : {},
      seed
    });
    return {
      auc: result.auc,
      foldAucs: result.foldAucs,
      threshold: result.threshold,
      thresholdSource: result.thresholdSource,
      falseAlarmRate: result.falseAlarmRate,
      pValue: result.pValue,
      permutations: result.permutations,
      drifted: result.drifted,
      topFeatures: result.features.slice(0, TOP_DOMAIN_FEATURES).map((f) => ({ column: f.column, aucDrop: f.aucDrop, coefficientNorm: f.coefficientNorm })),
      rows: result.rows,
      skippedColumns: result.skippedColumns,
      model: `L2 logistic regression (C = ${result.model.c}; folds fitted by one Newton step from zero), ${result.model.folds}-fold cross-validation, ${result.permutations} label permutations, seed ${result.model.seed}${result.model.converged ? "" : " (the full fit did not converge)"}`
    };
  } catch (error) {
    if (error instanceof DomainClassifierError) return { part: "domain-classifier", reason: error.message };
    throw error;
  }
}
function performanceReport(input, seed) {
  try {
    const result = cbpe(input.reference, input.current, { threshold: input.threshold, seed });
    return {
      method: "cbpe",
      rows: result.rows,
      threshold: result.threshold,
      calibration: { calibrated: result.calibration.applied, reason: result.calibration.reason },
      labelled: result.labelled,
      metrics: result.metrics.map((m) => ({
        metric: m.metric,
        estimate: m.estimate,
        standardError: m.standardError,
        lower: m.lower,
        upper: m.upper,
        realised: m.realised,
        reference: m.reference,
        thresholds: { lower: m.thresholds.lower, upper: m.thresholds.upper },
        dropped: m.estimate !== null && m.thresholds.lower !== null && m.estimate < m.thresholds.lower
      }))
    };
  } catch (error) {
    if (error instanceof CbpeError) return { part: "performance", reason: error.message };
    throw error;
  }
}
var isSkipped = (value) => "part" in value && "reason" in value;
function commonNotes(settings, features) {
  const notes = [];
  if (features.thresholdMode === "calibrated") {
    notes.push("thresholds are false-alarm rates at these sample sizes: every column is decided by a p-value, a distance by its permutation p-value (threshold_mode: fixed restores Evidently's fixed thresholds)");
  } else {
    notes.push("threshold_mode fixed: Evidently's thresholds, whatever the sample sizes; each distance column's false-alarm rate at these sizes is a permutation estimate");
  }
  if (features.correction !== "none" && features.pValueTests > 0) {
    notes.push(`p-values are adjusted by ${features.correction} over the ${features.pValueTests} column(s) decided by a p-value${features.thresholdMode === "fixed" ? "; distances are not corrected" : ""}`);
  }
  if (settings?.threshold !== void 0 && (settings.method ?? "auto") === "auto" && features.thresholdMode === "fixed") {
    notes.push(`gates.drift.threshold ${settings.threshold} applies to every column's test: a p-value for KS, chi-squared and z, a distance for the others`);
  }
  notes.push(`missing values are their own signal: a column's missing share changed when the two-proportion z-test gives p < ${MISSING_SHARE_ALPHA} and the shares differ by at least ${MISSING_SHARE_MIN_CHANGE * 100} percentage point`);
  return notes;
}
function analyseDrift(input) {
  const seed = input.seed ?? 0;
  const skipped = [...input.skipped ?? []];
  const tested = input.tested;
  if (tested && tested.length !== input.features.length) throw new RangeError(`analyseDrift: ${tested.length} tested features for ${input.features.length} features`);
  const prepared = tested ? tested.map((t) => t.prepared) : input.features.map((f) => prepareColumn(requireColumn(input.reference, f.name), requireColumn(input.current, f.name)));
  const features = featuresReport(
    tested ? decideDataset(
      tested.map((t) => t.result),
      input.settings ?? {}
    ) : datasetDrift(prepared, input.settings ?? {})
  );
  const out = {
    reference: { dataset: input.datasets.reference, rows: input.reference.rowCount },
    current: { dataset: input.datasets.current, rows: input.current.rowCount },
    source: "data",
    features,
    skipped,
    notes: commonNotes(input.settings, features)
  };
  if (input.prediction) {
    const { output, reference, current } = input.prediction;
    const settings = input.settings?.prediction ?? {};
    const column = prepareColumn(reference, current);
    out.prediction = {
      output,
      ...columnReport(
        testColumn(column, {
          ...settings.method ? { method: settings.method } : {},
          ...settings.threshold !== void 0 ? { threshold: settings.threshold } : {},
          ...input.settings?.threshold_mode ? { threshold_mode: input.settings.threshold_mode } : {}
        })
      )
    };
  }
  const domain = domainReport(input.reference, input.current, input.features, input.settings, seed);
  if (isSkipped(domain)) skipped.push(domain);
  else out.domainClassifier = domain;
  if (input.performance) {
    const performance = performanceReport(input.performance, seed);
    if (isSkipped(performance)) skipped.push(performance);
    else out.performance = performance;
  }
  const worst = mostDrifted(features.columns);
  const histogram = worst ? rawHistogram(prepared.find((p) => p.name === worst.column)) : void 0;
  if (histogram) out.histogram = histogram;
  return out;
}
function analyseProfileDrift(input) {
  const names = input.features.map((f) => f.name);
  const features = featuresReport(profileDrift(input.reference, input.current, names, input.settings ?? {}));
  const reason = "computed from profiles, which hold no rows";
  const out = {
    reference: { dataset: input.datasets.reference, rows: input.reference.rows },
    current: { dataset: input.datasets.current, rows: input.current.rows },
    source: "profile",
    features,
    skipped: [
      { part: "prediction", reason: `${reason}: the model cannot run on them (profile its scores as a column to compare them)` },
      { part: "domain-classifier", reason },
      { part: "performance", reason }
    ],
    notes: [
      "from profiles: KS is evaluated at the bin edges only (a lower bound of the raw D, asymptotic p-value) and Wasserstein places each bin's rows at their mean \u2014 binned approximations of the tests on raw values",
      "from profiles: PSI, Jensen-Shannon, Hellinger, chi-squared and z compare the reference's bins (merged to Sturges' number of groups above 20 non-empty bins), not Evidently's bins over both samples",
      ...commonNotes(input.settings, features)
    ]
  };
  const worst = mostDrifted(features.columns);
  if (worst) {
    const ref2 = input.reference.columns.find((c) => c.name === worst.column);
    const cur = input.current.columns.find((c) => c.name === worst.column);
    const histogram = profileHistogram(ref2, cur);
    if (histogram) out.histogram = histogram;
  }
  return out;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell3 = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell3);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell3);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell3 = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell3;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell3 = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size);
        } else if (code2 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don\u{2019}t add the opening space if we\u{2019}re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell3 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell3);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// src/core/report/render/common.ts
var escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skipped: "\u23ED\uFE0F", error: "\u26D4" };
function location(finding2) {
  if (!finding2.file) return "";
  return finding2.line === void 0 ? finding2.file : `${finding2.file}:${finding2.line}:${finding2.column ?? 1}`;
}
function modelTitle(model) {
  const parts = [model.name];
  if (model.version) parts.push(model.version);
  if (model.stage) parts.push(`(${model.stage})`);
  return parts.join(" ");
}
function changeText(model) {
  const change = model.change;
  if (!change) return "";
  if (change.kind === "added") return "new model";
  if (change.kind === "unchanged") return "unchanged";
  const base = change.base;
  const parts = [];
  if (base.version !== model.version) parts.push(`${base.version} \u2192 ${model.version}`);
  if (base.stage !== model.stage) parts.push(`${base.stage} \u2192 ${model.stage}`);
  if (change.contentChanges.length > 0) parts.push(`changed: ${change.contentChanges.join(", ")}`);
  return parts.join("; ");
}
function checklistText(model) {
  const c = model.checklist;
  if (!c) return "";
  return `${c.satisfiedRequired}/${c.required} required, ${c.verified} verified by the manifest`;
}
function summaryText(report) {
  const s = report.summary;
  const counts = ["pass", "warn", "fail", "error", "skipped"].filter((v) => s[v] > 0).map((v) => `${s[v]} ${v}`);
  return `${s.models} model${s.models === 1 ? "" : "s"}${counts.length > 0 ? ": " + counts.join(", ") : ""}`;
}
var num2 = (value) => value === null || value === void 0 ? "\u2014" : formatNumber(value);
var signed = (value) => value === null || value === void 0 ? "\u2014" : `${value > 0 ? "+" : ""}${formatNumber(value)}`;
function checkValue(check) {
  return typeof check.value === "number" ? formatNumber(check.value) : check.value === null || check.value === void 0 ? "\u2014" : String(check.value);
}
var boundText = (check) => check.bound ? describeBound(check.bound) : "";
function intervalText(comparison) {
  if (!comparison.ci) return "";
  return `[${signed(comparison.ci.lower)}, ${signed(comparison.ci.upper)}]`;
}
var timeText = (iso) => iso ? iso.replace("T", " ").slice(0, 16) : "\u2014";
function auditScopeText(report) {
  const a = report.audit;
  if (!a) return "";
  const plural3 = (n2, word) => `${n2} ${word}${n2 === 1 ? "" : "s"}`;
  return `audited ${a.ref} (${a.commit.slice(0, 12)}): ${plural3(a.commits, "commit")} on its first-parent line, ${plural3(a.tags, "registry tag")}; stages as of ${a.at}`;
}

// src/core/report/render/html-parts.ts
var badge = (verdict2) => `<span class="v ${verdict2}">${verdict2}</span>`;
var flag = (verdict2, text) => `<span class="v ${verdict2}">${escapeHtml(text)}</span>`;
var pct = (value) => value === null || value === void 0 ? "\u2014" : `${(value * 100).toFixed(1)}%`;
var code = (text) => `<code>${escapeHtml(text)}</code>`;
var keyOf = (color, text, line = false) => `<span><span class="key${line ? " line" : ""}" style="${line ? `border-color:${color}` : `background:${color}`}"></span>${escapeHtml(text)}</span>`;
var legend = (...keys) => `<div class="legend">${keys.join("")}</div>`;
var figure = (svg, legendHtml, caption) => `<figure>${legendHtml}${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
function cellHtml(cell3, tag) {
  const scope = tag === "th" ? ' scope="row"' : "";
  if (typeof cell3 === "string") return `<${tag}${scope}>${escapeHtml(cell3)}</${tag}>`;
  const content = "html" in cell3 ? cell3.html : escapeHtml(cell3.text);
  return `<${tag}${scope}${cell3.n ? ' class="n"' : ""}>${content}</${tag}>`;
}
var n = (text) => ({ text, n: true });
var html = (markup) => ({ html: markup });
function table(head, rows, options = {}) {
  if (rows.length === 0) return "";
  if (options.dropEmptyColumns) {
    const isEmpty = (cell3) => cell3 === void 0 ? true : typeof cell3 === "string" ? cell3 === "" : ("html" in cell3 ? cell3.html : cell3.text) === "";
    const keep = head.map((_, i) => i === 0 || rows.some((r) => !isEmpty(r[i])));
    return table(
      head.filter((_, i) => keep[i]),
      rows.map((r) => r.filter((_, i) => keep[i])),
      { ...options, dropEmptyColumns: false }
    );
  }
  const rowHeaders = options.rowHeaders ?? true;
  const body = rows.map((r) => `<tr>${r.map((c, i) => cellHtml(c, i === 0 && rowHeaders ? "th" : "td")).join("")}</tr>`).join("");
  return `<table${options.wide ? ' class="wide"' : ""}>${options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : ""}<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${body}</tbody></table>`;
}

// src/core/report/render/markdown-parts.ts
var markdownTable2 = (rows) => markdownTable(rows, { alignDelimiters: false, padding: true });
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

// src/core/report/render/svg.ts
var COLORS = {
  model: "#0969da",
  champion: "#8250df",
  reference: "#8c959f",
  current: "#0969da",
  regression: "#cf222e",
  axis: "#57606a",
  grid: "#d0d7de",
  zone: "#ffebe9",
  /** A chunk without rows in a chart over time. */
  empty: "#d8dee4"
};
var round = (value) => String(Math.round(value * 10) / 10);
function niceScale(min, max, count = 5) {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1, ticks: [0, 0.5, 1] };
  if (max - min < 1e-12) {
    const pad = Math.abs(max) > 1e-12 ? Math.abs(max) * 0.1 : 1;
    return niceScale(min - pad, max + pad, count);
  }
  const rough = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalised = rough / magnitude;
  const step = (normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10) * magnitude;
  const low = Math.floor(min / step + 1e-9);
  const high = Math.ceil(max / step - 1e-9);
  const ticks = [];
  for (let k = low; k <= high; k++) ticks.push(Number((k * step).toPrecision(12)));
  return { min: ticks[0], max: ticks[ticks.length - 1], ticks };
}
function label(text, x, y, attributes, chars) {
  const cut = text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}\u2026` : text;
  const tooltip = cut === text ? "" : `<title>${escapeHtml(text)}</title>`;
  return `<text x="${round(x)}" y="${round(y)}" ${attributes}>${tooltip}${escapeHtml(cut)}</text>`;
}
function open(width, height, ariaLabel) {
  return `<svg class="chart" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="0 0 ${Math.round(width)} ${Math.round(height)}" role="img" aria-label="${escapeHtml(ariaLabel)}"><title>${escapeHtml(ariaLabel)}</title>`;
}
function verticalBars(options) {
  const { categories, series, format } = options;
  const barWidth = 28;
  const groupWidth = series.length * barWidth + 18;
  const margin2 = { top: 18, right: 16, bottom: 40, left: 52 };
  const plotWidth = Math.max(280, categories.length * groupWidth);
  const plotHeight = 170;
  const width = margin2.left + plotWidth + margin2.right;
  const height = margin2.top + plotHeight + margin2.bottom;
  const values = series.flatMap((s) => s.values.filter((v) => v !== null && Number.isFinite(v)));
  const scale = niceScale(0, Math.max(options.minMax ?? 0, options.reference?.value ?? 0, ...values), 4);
  const y = (value) => margin2.top + plotHeight - (value - scale.min) / (scale.max - scale.min) * plotHeight;
  const slot = plotWidth / Math.max(1, categories.length);
  const out = [open(width, height, options.ariaLabel)];
  for (const tick of scale.ticks) {
    out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${margin2.left - 6}" y="${round(y(tick) + 4)}" text-anchor="end" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  const labelled = categories.length * series.length <= 24;
  categories.forEach((category, i) => {
    const groupLeft = margin2.left + i * slot + (slot - series.length * barWidth) / 2;
    series.forEach((s, j) => {
      const value = s.values[i];
      if (value === null || value === void 0 || !Number.isFinite(value)) return;
      const top = y(Math.max(value, scale.min));
      const x = groupLeft + j * barWidth;
      out.push(`<rect x="${round(x + 1)}" y="${round(top)}" width="${barWidth - 2}" height="${round(y(scale.min) - top)}" fill="${s.color}"><title>${escapeHtml(`${s.name}, ${category}: ${format(value)}`)}</title></rect>`);
      if (labelled) out.push(`<text x="${round(x + barWidth / 2)}" y="${round(top - 4)}" text-anchor="middle" class="value">${escapeHtml(format(value))}</text>`);
    });
    out.push(label(category, margin2.left + i * slot + slot / 2, margin2.top + plotHeight + 16, 'text-anchor="middle" class="category"', Math.max(4, Math.floor(slot / 6.5))));
  });
  if (options.reference) {
    const ry = y(options.reference.value);
    out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${round(ry)}" y2="${round(ry)}" stroke="${COLORS.axis}" stroke-width="1.5" stroke-dasharray="5 4"><title>${escapeHtml(options.reference.label)}</title></line>`);
  }
  out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${round(y(scale.min))}" y2="${round(y(scale.min))}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push("</svg>");
  return out.join("");
}
function horizontalBars(options) {
  const { items, series, format } = options;
  const barHeight = 12;
  const rowHeight = series.length * barHeight + 10;
  const margin2 = { top: 10, right: 64, bottom: 28, left: 180 };
  const plotWidth = 380;
  const plotHeight = Math.max(1, items.length) * rowHeight;
  const width = margin2.left + plotWidth + margin2.right;
  const height = margin2.top + plotHeight + margin2.bottom;
  const ends = series.flatMap((s) => s.values.flatMap((v, i) => v === null || !Number.isFinite(v) ? [] : [v - (s.spread?.[i] ?? 0), v + (s.spread?.[i] ?? 0)]));
  const scale = niceScale(Math.min(0, ...ends), Math.max(0, ...ends), 5);
  const x = (value) => margin2.left + (value - scale.min) / (scale.max - scale.min) * plotWidth;
  const out = [open(width, height, options.ariaLabel)];
  for (const tick of scale.ticks) {
    out.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${margin2.top}" y2="${margin2.top + plotHeight}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${round(x(tick))}" y="${margin2.top + plotHeight + 16}" text-anchor="middle" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  items.forEach((item, i) => {
    const rowTop = margin2.top + i * rowHeight + 5;
    out.push(label(item, margin2.left - 8, rowTop + series.length * barHeight / 2 + 4, 'text-anchor="end" class="category"', 26));
    series.forEach((s, j) => {
      const value = s.values[i];
      if (value === null || value === void 0 || !Number.isFinite(value)) return;
      const top = rowTop + j * barHeight;
      const left = Math.min(x(0), x(value));
      out.push(`<rect x="${round(left)}" y="${top + 1}" width="${round(Math.max(0.5, Math.abs(x(value) - x(0))))}" height="${barHeight - 2}" fill="${s.color}"><title>${escapeHtml(`${s.name}, ${item}: ${format(value)}`)}</title></rect>`);
      const spread = s.spread?.[i];
      if (spread !== null && spread !== void 0 && spread > 0) {
        const mid = top + barHeight / 2;
        out.push(`<line x1="${round(x(value - spread))}" x2="${round(x(value + spread))}" y1="${mid}" y2="${mid}" stroke="#1f2328" stroke-width="1"/>`);
      }
      out.push(`<text x="${round(Math.max(x(0), x(value + (spread ?? 0))) + 4)}" y="${top + barHeight - 2}" class="value">${escapeHtml(format(value))}</text>`);
    });
  });
  out.push(`<line x1="${round(x(0))}" x2="${round(x(0))}" y1="${margin2.top}" y2="${margin2.top + plotHeight}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push("</svg>");
  return out.join("");
}
function forestPlot(options) {
  const { rows, format } = options;
  const rowHeight = 30;
  const margin2 = { top: 12, right: 190, bottom: 30, left: 120 };
  const plotWidth = 420;
  const plotHeight = Math.max(1, rows.length) * rowHeight;
  const width = margin2.left + plotWidth + margin2.right;
  const height = margin2.top + plotHeight + margin2.bottom;
  const ends = rows.flatMap((r) => [r.estimate, r.lower, r.upper, r.limit].filter((v) => v !== null && v !== void 0 && Number.isFinite(v)));
  const extent2 = Math.max(1e-6, ...ends.map(Math.abs));
  const scale = niceScale(Math.min(0, ...ends, -extent2 * 0.15), Math.max(0, ...ends, extent2 * 0.15), 6);
  const x = (value) => margin2.left + (Math.min(Math.max(value, scale.min), scale.max) - scale.min) / (scale.max - scale.min) * plotWidth;
  const out = [open(width, height, options.ariaLabel)];
  rows.forEach((row, i) => {
    const top = margin2.top + i * rowHeight;
    if (row.limit !== void 0 && row.worseSide) {
      const from = row.worseSide === "below" ? margin2.left : x(row.limit);
      const to = row.worseSide === "below" ? x(row.limit) : margin2.left + plotWidth;
      out.push(`<rect x="${round(from)}" y="${top + 2}" width="${round(Math.max(0, to - from))}" height="${rowHeight - 4}" fill="${COLORS.zone}"/>`);
      out.push(`<line x1="${round(x(row.limit))}" x2="${round(x(row.limit))}" y1="${top + 2}" y2="${top + rowHeight - 2}" stroke="${COLORS.regression}" stroke-width="1.5" stroke-dasharray="4 3"/>`);
    }
  });
  for (const tick of scale.ticks) {
    out.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${margin2.top + plotHeight}" y2="${margin2.top + plotHeight + 4}" stroke="${COLORS.axis}"/>`);
    out.push(`<text x="${round(x(tick))}" y="${margin2.top + plotHeight + 17}" text-anchor="middle" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${margin2.top + plotHeight}" y2="${margin2.top + plotHeight}" stroke="${COLORS.axis}"/>`);
  out.push(`<line x1="${round(x(0))}" x2="${round(x(0))}" y1="${margin2.top}" y2="${margin2.top + plotHeight}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  rows.forEach((row, i) => {
    const mid = margin2.top + i * rowHeight + rowHeight / 2;
    const color = row.flagged ? COLORS.regression : COLORS.model;
    out.push(label(row.label, margin2.left - 8, mid + 4, 'text-anchor="end" class="category"', 18));
    if (row.lower !== void 0 && row.upper !== void 0) {
      out.push(`<line x1="${round(x(row.lower))}" x2="${round(x(row.upper))}" y1="${mid}" y2="${mid}" stroke="${color}" stroke-width="2"/>`);
      for (const end of [row.lower, row.upper]) out.push(`<line x1="${round(x(end))}" x2="${round(x(end))}" y1="${mid - 5}" y2="${mid + 5}" stroke="${color}" stroke-width="2"/>`);
    }
    if (row.estimate !== null && Number.isFinite(row.estimate)) out.push(`<circle cx="${round(x(row.estimate))}" cy="${mid}" r="4.5" fill="${color}"/>`);
    out.push(`<text x="${margin2.left + plotWidth + 10}" y="${mid + 4}" class="value">${escapeHtml(row.note)}</text>`);
  });
  out.push("</svg>");
  return out.join("");
}

// src/core/drift/chunks/chunking.ts
var CHUNK_PERIODS = ["day", "week", "month"];
var DEFAULT_MIN_CHUNK_ROWS = 30;
var DEFAULT_MAX_CHUNKS = 1e4;
var INVALID_ROWS_SHOWN = 10;
function chunkRows(spec, rows, timestamps, options = {}) {
  const minRows = options.minRows ?? DEFAULT_MIN_CHUNK_ROWS;
  const maxChunks = options.maxChunks ?? DEFAULT_MAX_CHUNKS;
  checkSpec(spec);
  if (!Number.isInteger(minRows) || minRows < 0) throw new ChunkingError(`minRows must be a non-negative integer; got ${minRows}`);
  if (timestamps && timestamps.length !== rows) throw new ChunkingError(`the timestamp column has ${timestamps.length} values for ${rows} rows`);
  if (spec.by === "period" && !timestamps) throw new ChunkingError(`chunking by ${spec.period} needs a timestamp column`);
  const invalid = invalidRows(rows, timestamps);
  const chunks = spec.by === "period" ? periodChunks(spec.period, zoneClock(spec.timeZone), timestamps, maxChunks) : positionalChunks(spec, rows, timestamps, maxChunks);
  for (const chunk2 of chunks) {
    chunk2.empty = chunk2.rows.length === 0;
    chunk2.insufficient = chunk2.rows.length < minRows;
    if (timestamps) [chunk2.first, chunk2.last] = extent(chunk2.rows, timestamps);
  }
  return { spec, minRows, rows, chunks, invalidTimestamps: invalid };
}
function checkSpec(spec) {
  if (spec.by === "period") {
    if (!CHUNK_PERIODS.includes(spec.period)) throw new ChunkingError(`period must be one of ${CHUNK_PERIODS.join(", ")}; got '${spec.period}'`);
  } else if (spec.by === "size") {
    if (!Number.isInteger(spec.rows) || spec.rows < 1) throw new ChunkingError(`chunk size must be a positive whole number of rows; got ${spec.rows}`);
  } else if (spec.by === "count") {
    if (!Number.isInteger(spec.chunks) || spec.chunks < 1) throw new ChunkingError(`chunk count must be a positive whole number; got ${spec.chunks}`);
  } else throw new ChunkingError(`chunks are by 'period', 'size' or 'count'; got '${spec.by}'`);
}
var valid = (t) => t - t === 0;
function invalidRows(rows, timestamps) {
  const shown = [];
  let count = 0;
  if (timestamps) {
    for (let i = 0; i < rows; i++) {
      if (valid(timestamps[i])) continue;
      count++;
      if (shown.length < INVALID_ROWS_SHOWN) shown.push(i);
    }
  }
  return { count, rows: shown };
}
function extent(rows, timestamps) {
  if (rows.length === 0) return [null, null];
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const t = timestamps[row];
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return [first, last];
}
function periodCalendar(period, clock) {
  const startOfDayNumber = (days) => {
    const date = dateOfDayNumber(days);
    return clock.startOfDay(date.year, date.month, date.day);
  };
  if (period === "day") {
    return { ordinalOf: (t) => localDayNumber(t, clock), key: (n2) => dayKey(dateOfDayNumber(n2)), start: startOfDayNumber };
  }
  if (period === "week") {
    const monday = (n2) => n2 * 7 - 3;
    return {
      ordinalOf: (t) => {
        const days = localDayNumber(t, clock);
        return Math.floor((days - isoWeekday(days) + 3) / 7);
      },
      key: (n2) => {
        const week = isoWeek(monday(n2));
        return weekKey(week.year, week.week);
      },
      start: (n2) => startOfDayNumber(monday(n2))
    };
  }
  return {
    ordinalOf: (t) => {
      const date = dateOfDayNumber(localDayNumber(t, clock));
      return date.year * 12 + date.month - 1;
    },
    key: (n2) => monthKey(Math.floor(n2 / 12), n2 % 12 + 1),
    start: (n2) => clock.startOfDay(Math.floor(n2 / 12), n2 % 12 + 1, 1)
  };
}
function periodChunks(period, clock, timestamps, maxChunks) {
  const calendar = periodCalendar(period, clock);
  const ordinals = new Float64Array(timestamps.length);
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < timestamps.length; i++) {
    const t = timestamps[i];
    if (!valid(t)) {
      ordinals[i] = Number.NaN;
      continue;
    }
    const n2 = calendar.ordinalOf(t);
    ordinals[i] = n2;
    if (n2 < low) low = n2;
    if (n2 > high) high = n2;
  }
  if (low === Infinity) return [];
  const span = high - low + 1;
  if (span > maxChunks) {
    throw new ChunkingError(
      `the timestamps span ${span} ${period}s (${isoUtc(calendar.start(low))} to ${isoUtc(calendar.start(high + 1))}), more than the ${maxChunks} chunks allowed: check for stray timestamps or choose a longer period`
    );
  }
  const counts = new Uint32Array(span);
  for (let i = 0; i < ordinals.length; i++) if (ordinals[i] === ordinals[i]) counts[ordinals[i] - low]++;
  const members = Array.from(counts, (count) => new Uint32Array(count));
  const filled2 = new Uint32Array(span);
  for (let i = 0; i < ordinals.length; i++) {
    const n2 = ordinals[i];
    if (n2 !== n2) continue;
    const at = n2 - low;
    members[at][filled2[at]++] = i;
  }
  return members.map((rows, at) => ({
    index: at,
    key: calendar.key(low + at),
    start: calendar.start(low + at),
    end: calendar.start(low + at + 1),
    rows,
    first: null,
    last: null,
    empty: false,
    insufficient: false
  }));
}
function positionalChunks(spec, rows, timestamps, maxChunks) {
  let order;
  if (timestamps) {
    const kept = [];
    for (let i = 0; i < rows; i++) if (valid(timestamps[i])) kept.push(i);
    kept.sort((a, b) => timestamps[a] - timestamps[b] || a - b);
    order = Uint32Array.from(kept);
  } else order = Uint32Array.from({ length: rows }, (_, i) => i);
  const n2 = order.length;
  if (n2 === 0) return [];
  let bounds;
  if (spec.by === "size") {
    bounds = [];
    for (let start = 0; start < n2; start += spec.rows) bounds.push(start);
  } else {
    const size = Math.floor(n2 / spec.chunks);
    bounds = size === 0 ? Array.from({ length: n2 }, (_, i) => i) : Array.from({ length: spec.chunks }, (_, c) => c * size);
  }
  if (bounds.length > maxChunks) throw new ChunkingError(`${n2} rows make ${bounds.length} chunks, more than the ${maxChunks} allowed: choose larger chunks`);
  return bounds.map((start, index) => {
    const end = index + 1 < bounds.length ? bounds[index + 1] : n2;
    const members = order.slice(start, end).sort();
    return { index, key: `rows:${start}-${end - 1}`, rows: members, first: null, last: null, empty: false, insufficient: false };
  });
}

// src/core/drift/chunks/render.ts
function signalLabel(signal2) {
  const method = signal2.test ? `${signal2.test.method} statistic` : "statistic";
  const metric = signal2.id.slice(signal2.id.indexOf(".") + 1);
  switch (signal2.kind) {
    case "drift":
      return `${signal2.id.replace(/^drift\./, "").replace(/\.statistic$/, "")}: drift (${method})`;
    case "prediction-drift":
      return `prediction: drift (${method})`;
    case "missing":
      return `${metric}: missing share`;
    case "estimated":
      return `${metric} (estimated, ${signal2.id.startsWith("dle.") ? "DLE" : "CBPE"})`;
    case "realised":
      return `${metric} (realised)`;
  }
}
function bandText(thresholds2) {
  const { lower, upper } = thresholds2;
  if (lower !== null && upper !== null) return `${num2(lower)}\u2013${num2(upper)}`;
  if (upper !== null) return `\u2264 ${num2(upper)}`;
  if (lower !== null) return `\u2265 ${num2(lower)}`;
  return "no band";
}
function ruleText(series) {
  const rule2 = series.thresholdRule;
  const how = rule2.kind === "calibrated" ? `calibrated bands (${num2((rule2.alpha ?? DEFAULT_SERIES_ALPHA) * 100)}% false alerts per chunk on stationary data)` : rule2.kind === "std" ? `mean \xB1 ${num2(rule2.k ?? DEFAULT_STD_MULTIPLIER)} std of the reference chunks (NannyML's rule)` : `the ${num2(rule2.lower ?? DEFAULT_QUANTILES.lower)} and ${num2(rule2.upper ?? DEFAULT_QUANTILES.upper)} quantiles of the reference chunks`;
  const reference = series.reference.chunks > 0 ? ` from ${series.reference.chunks} reference chunks of ${series.reference.chunkRows} rows` : " (no reference chunks: no bands)";
  return `${how}${reference}`;
}
var plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
function chunkingText(series) {
  const c = series.chunking;
  const adjective = { day: "daily", week: "weekly", month: "monthly" };
  const kind = c.by === "period" ? `${adjective[c.period ?? ""] ?? c.period} chunk${series.chunks.length === 1 ? "" : "s"}${c.timeZone ? ` (${c.timeZone})` : ""}` : c.by === "size" ? `chunk${series.chunks.length === 1 ? "" : "s"} of ${c.size} rows` : `chunk${series.chunks.length === 1 ? "" : "s"}`;
  return `${series.chunks.length} ${kind}, ${c.rows} rows; chunks under ${c.minRows} rows are insufficient`;
}
function seriesDrifting(series) {
  const position = new Map(series.chunks.map((chunk2, i) => [chunk2.key, i]));
  const running = series.signals.filter((signal2) => signal2.driftingSince !== null).map((signal2) => ({ signal: signal2, since: signal2.driftingSince, at: position.get(signal2.driftingSince) ?? 0 })).sort((a, b) => a.at - b.at || b.signal.alertCount - a.signal.alertCount);
  if (running.length === 0) return null;
  const first = running[0];
  return { since: first.since, chunks: series.chunks.length - first.at, signals: running.map(({ signal: signal2, since }) => ({ signal: signal2, since })) };
}
function driftingText(series, name = signalLabel) {
  const drifting = seriesDrifting(series);
  const alerted = series.signals.filter((signal2) => signal2.alertCount > 0);
  if (series.chunks.length === 0) return "No chunks: the current data has no rows to monitor";
  if (drifting) return `Drifting since ${drifting.since} (${plural(drifting.chunks, "chunk")}): ${drifting.signals.length === 1 ? "signal" : "signals"} ${drifting.signals.map((s) => `${name(s.signal)} (since ${s.since})`).join(", ")}`;
  if (alerted.length > 0) return `Not drifting: the latest chunks are inside their bands; ${plural(alerted.length, "signal")} alerted earlier (${alerted.map((s) => `${name(s)}: ${plural(s.alertCount, "alert")}`).join(", ")})`;
  return `No alerts in ${plural(series.chunks.length, "chunk")}: every signal stayed inside its band`;
}
function alertedSignals(series) {
  const position = new Map(series.chunks.map((chunk2, i) => [chunk2.key, i]));
  const at = (signal2) => signal2.driftingSince === null ? Infinity : position.get(signal2.driftingSince) ?? 0;
  return series.signals.filter((signal2) => signal2.alertCount > 0).sort((a, b) => at(a) - at(b) || b.alertCount - a.alertCount);
}
function chunkStates(signal2, chunks, minRows) {
  return chunks.map((chunk2, i) => {
    const labelled = signal2.labelledRows?.[i];
    if (labelled === void 0) return { empty: chunk2.empty, insufficient: chunk2.insufficient, rows: chunk2.rows };
    return { empty: chunk2.empty || labelled === 0, insufficient: chunk2.insufficient || labelled < minRows, rows: labelled };
  });
}
function chunkValueText(signal2, i, state) {
  const value = signal2.values[i];
  const rowsWord = signal2.labelledRows ? "labelled rows" : "rows";
  if (value === null || value === void 0 || !Number.isFinite(value)) return state.empty ? signal2.labelledRows ? "no labels" : "empty" : "no value";
  if (signal2.alerts[i]) {
    const { lower, upper } = signal2.thresholds;
    return `${num2(value)} (alert: ${upper !== null && value > upper ? `above ${num2(upper)}` : `below ${num2(lower)}`})`;
  }
  if (state.insufficient) return `${num2(value)} (insufficient: ${plural(state.rows, rowsWord.slice(0, -1))})`;
  return num2(value);
}
function seriesSvg(signal2, chunks, options = {}) {
  if (signal2.values.length !== chunks.length) throw new RangeError(`signal ${signal2.id} has ${signal2.values.length} values for ${chunks.length} chunks`);
  const title = options.title ?? signalLabel(signal2);
  const states = chunkStates(signal2, chunks, options.minRows ?? DEFAULT_MIN_CHUNK_ROWS);
  const count = Math.max(1, chunks.length);
  const margin2 = { top: 22, right: 30, bottom: 34, left: 52 };
  const plotWidth = Math.min(620, Math.max(260, count * 26));
  const plotHeight = 130;
  const width = margin2.left + plotWidth + margin2.right;
  const height = margin2.top + plotHeight + margin2.bottom;
  const { lower, upper } = signal2.thresholds;
  const finite2 = signal2.values.filter((v) => v !== null && Number.isFinite(v));
  const extent2 = [...finite2, ...[lower, upper].filter((v) => v !== null), ...signal2.kind === "estimated" || signal2.kind === "realised" ? [] : [0]];
  const scale = niceScale(extent2.length > 0 ? Math.min(...extent2) : 0, extent2.length > 0 ? Math.max(...extent2) : 1, 4);
  const y = (value) => margin2.top + plotHeight - (Math.min(Math.max(value, scale.min), scale.max) - scale.min) / (scale.max - scale.min) * plotHeight;
  const slot = plotWidth / count;
  const x = (i) => margin2.left + (i + 0.5) * slot;
  const bottom = margin2.top + plotHeight;
  const described = chunks.map((chunk2, i) => `${chunk2.key} ${chunkValueText(signal2, i, states[i])}`);
  const band2 = lower === null && upper === null ? "No band" : `Band ${bandText(signal2.thresholds)}`;
  const aria = `${title} per chunk: ${described.join(", ")}. ${band2}; ${plural(signal2.alertCount, "alert")}${signal2.driftingSince ? `; drifting since ${signal2.driftingSince}` : ""}.`;
  const out = [open(width, height, aria)];
  if (upper !== null && upper < scale.max) out.push(`<rect x="${margin2.left}" y="${margin2.top}" width="${plotWidth}" height="${round(y(upper) - margin2.top)}" fill="${COLORS.zone}"/>`);
  if (lower !== null && lower > scale.min) out.push(`<rect x="${margin2.left}" y="${round(y(lower))}" width="${plotWidth}" height="${round(bottom - y(lower))}" fill="${COLORS.zone}"/>`);
  states.forEach((state, i) => {
    if (state.empty) out.push(`<rect x="${round(margin2.left + i * slot)}" y="${margin2.top}" width="${round(slot)}" height="${plotHeight}" fill="${COLORS.empty}"><title>${escapeHtml(`${chunks[i].key}: ${signal2.labelledRows ? "no labelled rows" : "no rows"}`)}</title></rect>`);
  });
  for (const tick of scale.ticks) {
    out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${margin2.left - 6}" y="${round(y(tick) + 4)}" text-anchor="end" class="tick">${escapeHtml(num2(tick))}</text>`);
  }
  for (const [name, value] of [["upper", upper], ["lower", lower]]) {
    if (value === null) continue;
    out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${round(y(value))}" y2="${round(y(value))}" stroke="${COLORS.regression}" stroke-width="1.5" stroke-dasharray="5 4"><title>${escapeHtml(`${name} threshold ${num2(value)}`)}</title></line>`);
  }
  const sinceIndex = signal2.driftingSince === null ? -1 : chunks.findIndex((chunk2) => chunk2.key === signal2.driftingSince);
  if (sinceIndex >= 0) {
    const left = margin2.left + sinceIndex * slot;
    const anchor = left > margin2.left + plotWidth * 0.6 ? "end" : "start";
    out.push(`<line x1="${round(left)}" x2="${round(left)}" y1="${margin2.top - 4}" y2="${bottom}" stroke="${COLORS.regression}" stroke-width="1" stroke-dasharray="2 3"/>`);
    out.push(`<text x="${round(anchor === "start" ? left + 3 : left - 3)}" y="${margin2.top - 8}" text-anchor="${anchor}" class="note">${escapeHtml(`drifting since ${signal2.driftingSince}`)}</text>`);
  }
  let run2 = [];
  const flush = () => {
    if (run2.length > 1) out.push(`<polyline points="${run2.join(" ")}" fill="none" stroke="${COLORS.current}" stroke-width="1.5"/>`);
    run2 = [];
  };
  signal2.values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) flush();
    else run2.push(`${round(x(i))},${round(y(value))}`);
  });
  flush();
  signal2.values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) return;
    const tip = `<title>${escapeHtml(described[i])}</title>`;
    if (signal2.alerts[i]) out.push(`<circle cx="${round(x(i))}" cy="${round(y(value))}" r="4" fill="${COLORS.regression}">${tip}</circle>`);
    else if (states[i].insufficient) out.push(`<circle cx="${round(x(i))}" cy="${round(y(value))}" r="3.5" fill="#ffffff" stroke="${COLORS.current}" stroke-width="1.5">${tip}</circle>`);
    else out.push(`<circle cx="${round(x(i))}" cy="${round(y(value))}" r="2.5" fill="${COLORS.current}">${tip}</circle>`);
  });
  const step = Math.max(1, Math.ceil(64 / slot));
  chunks.forEach((chunk2, i) => {
    if ((chunks.length - 1 - i) % step === 0) out.push(label(chunk2.key, x(i), bottom + 16, 'text-anchor="middle" class="category"', Math.max(4, Math.floor(step * slot / 6.5))));
  });
  out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${bottom}" y2="${bottom}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push("</svg>");
  return out.join("");
}
function latestChunk2(series) {
  for (let i = series.chunks.length - 1; i >= 0; i--) if (!series.chunks[i].empty) return i;
  return series.chunks.length - 1;
}
function signalFigure(signal2, series) {
  const keys = legend(
    keyOf(COLORS.current, "value per chunk"),
    keyOf(COLORS.regression, "alert"),
    keyOf(COLORS.zone, `outside the band (${bandText(signal2.thresholds)})`),
    ...series.chunks.some((chunk2) => chunk2.empty) ? [keyOf(COLORS.empty, "empty chunk")] : []
  );
  const hollow = chunkStates(signal2, series.chunks, series.chunking.minRows).some((state, i) => state.insufficient && signal2.values[i] !== null);
  const caption = `${signalLabel(signal2)} \xB7 ${signal2.id}: ${plural(signal2.alertCount, "alert")}${signal2.driftingSince ? `, drifting since ${signal2.driftingSince}` : ""}${hollow ? `; hollow points are chunks under ${series.chunking.minRows} ${signal2.labelledRows ? "labelled " : ""}rows, which cannot alert` : ""}.`;
  return figure(seriesSvg(signal2, series.chunks, { minRows: series.chunking.minRows }), keys, caption);
}
function seriesHtml(series) {
  const alerted = alertedSignals(series);
  const quiet = series.signals.filter((signal2) => signal2.alertCount === 0);
  const drifting = seriesDrifting(series);
  const out = [
    "<h4>Monitoring over time</h4>",
    `<p>${escapeHtml(chunkingText(series))}; ${escapeHtml(ruleText(series))}.</p>`,
    `<p>${drifting ? `${flag("fail", "drifting")} ` : ""}<strong>${escapeHtml(driftingText(series))}</strong>.</p>`
  ];
  for (const signal2 of alerted) out.push(signalFigure(signal2, series));
  if (quiet.length > 0) out.push(`<details><summary>${escapeHtml(`${plural(quiet.length, "signal")} without alerts`)}</summary>${quiet.map((signal2) => signalFigure(signal2, series)).join("")}</details>`);
  const latest = latestChunk2(series);
  if (latest >= 0) {
    const chunk2 = series.chunks[latest];
    const states = (signal2) => chunkStates(signal2, series.chunks, series.chunking.minRows)[latest];
    out.push(
      table(
        ["Signal", "Id", "Value", "Band", "Alert", "Drifting since"],
        series.signals.map((signal2) => [
          signalLabel(signal2),
          html(code(signal2.id)),
          n(chunkValueText(signal2, latest, states(signal2)).replace(/ \(alert: .*\)$/, "")),
          n(bandText(signal2.thresholds)),
          html(signal2.alerts[latest] ? flag("fail", "yes") : "no"),
          signal2.driftingSince ?? "\u2014"
        ]),
        { caption: `Latest chunk: ${chunk2.key} (${plural(chunk2.rows, "row")})${latest < series.chunks.length - 1 ? `; later chunks are empty` : ""}` }
      )
    );
  }
  for (const note of seriesNotes(series)) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join("\n");
}
function seriesNotes(series) {
  const notes = series.notOffered.map((o) => `Not computed: ${o.signal}: ${o.reason}.`);
  const l = series.labels;
  if (l) notes.push(`Labels: ${l.given} given, ${l.matched} matched a current row, ${l.unmatched} unmatched${l.duplicateIds > 0 ? `, ${l.duplicateIds} duplicate ids` : ""}${l.rowsWithoutId > 0 ? `, ${l.rowsWithoutId} current rows without an id` : ""}.`);
  if (series.chunking.invalidTimestamps.count > 0) notes.push(`${plural(series.chunking.invalidTimestamps.count, "row")} without a valid timestamp are in no chunk.`);
  return notes;
}
var MERMAID_MAX_LINES = 6;
var MERMAID_MAX_CHUNKS = 26;
var MERMAID_NORMALISED_CAP = 10;
var PALETTE = [
  { color: "#0969da", swatch: "\u{1F7E6}" },
  { color: "#fb8500", swatch: "\u{1F7E7}" },
  { color: "#8250df", swatch: "\u{1F7EA}" },
  { color: "#1a7f37", swatch: "\u{1F7E9}" },
  { color: "#8b5a2b", swatch: "\u{1F7EB}" },
  { color: "#1f2328", swatch: "\u2B1B" }
];
var THRESHOLD2 = { color: COLORS.regression, swatch: "\u{1F7E5}" };
var mermaidText = (text) => text.replace(/["\n\r]/g, "'");
var mermaidNumber = (value) => {
  const text = String(Number(value.toPrecision(4)));
  return /e/i.test(text) ? value.toFixed(Math.abs(value) < 1 ? 8 : 0) : text;
};
function unitOf(signal2) {
  if (signal2.kind === "drift" || signal2.kind === "prediction-drift") return `statistic:${signal2.test?.method ?? ""}`;
  if (signal2.kind === "missing") return "share";
  return `metric:${signal2.id.slice(signal2.id.indexOf(".") + 1)}`;
}
function normalisedValue(value, thresholds2) {
  const { lower, upper } = thresholds2;
  let index;
  if (lower !== null && upper !== null) {
    const half = (upper - lower) / 2;
    const distance = Math.abs(value - (upper + lower) / 2);
    index = half > 0 ? distance / half : distance === 0 ? 0 : Infinity;
  } else if (upper !== null) index = upper > 0 ? value / upper : value <= upper ? 0 : Infinity;
  else if (lower !== null) index = value > 0 ? lower / value : Infinity;
  else return null;
  return Math.min(index, MERMAID_NORMALISED_CAP);
}
function filled(values) {
  const known = values.flatMap((v, i) => v !== null && Number.isFinite(v) ? [i] : []);
  if (known.length === 0) return null;
  return values.map((v, i) => {
    if (v !== null && Number.isFinite(v)) return v;
    const after = known.find((k) => k > i);
    const before = [...known].reverse().find((k) => k < i);
    if (before === void 0) return values[after];
    if (after === void 0) return values[before];
    return values[before] + (values[after] - values[before]) * (i - before) / (after - before);
  });
}
function axisLabels(keys) {
  const years = new Set(keys.map((key) => /^(\d{4})-(W\d{2}|\d{2}(-\d{2})?)$/.exec(key)?.[1] ?? null));
  if (years.size !== 1 || years.has(null)) return { labels: [...keys] };
  return { labels: keys.map((key) => key.slice(5)), year: [...years][0] };
}
function chartPlan(whole) {
  const drifting = seriesDrifting(whole);
  const since = drifting ? whole.chunks.findIndex((chunk2) => chunk2.key === drifting.since) : -1;
  const first = Math.max(0, Math.min(whole.chunks.length - MERMAID_MAX_CHUNKS, since - 2));
  const series = first === 0 ? whole : { ...whole, chunks: whole.chunks.slice(first), signals: whole.signals.map((signal2) => ({ ...signal2, values: signal2.values.slice(first), alerts: signal2.alerts.slice(first), alertCount: signal2.alerts.slice(first).filter(Boolean).length })) };
  const alerted = alertedSignals(series).filter((signal2) => signal2.values.some((v) => v !== null && Number.isFinite(v)));
  if (alerted.length === 0) return null;
  const shown = alerted.slice(0, MERMAID_MAX_LINES);
  const normalised = new Set(shown.map(unitOf)).size > 1;
  const lines = shown.map((signal2, i) => {
    const values = normalised ? signal2.values.map((v) => v === null || !Number.isFinite(v) ? null : normalisedValue(v, signal2.thresholds)) : signal2.values;
    return { signal: signal2, values: filled(values), ...PALETTE[i] };
  });
  const bands = new Set(shown.map((s) => `${s.thresholds.lower}|${s.thresholds.upper}`));
  const band2 = shown[0].thresholds;
  const thresholds2 = normalised ? [1] : bands.size === 1 ? [band2.upper, band2.lower].filter((v) => v !== null) : [];
  const gaps = shown.map((signal2) => ({ signal: signal2, chunks: series.chunks.filter((_, i) => signal2.values[i] === null || !Number.isFinite(signal2.values[i])).map((chunk2) => chunk2.key) })).filter((gap) => gap.chunks.length > 0);
  return { first, ...axisLabels(series.chunks.map((chunk2) => chunk2.key)), normalised, lines, thresholds: thresholds2, insufficient: series.chunks.filter((chunk2) => chunk2.insufficient && !chunk2.empty).map((chunk2) => chunk2.key), omitted: alerted.slice(MERMAID_MAX_LINES), gaps };
}
function seriesMermaid(series) {
  const plan = chartPlan(series);
  if (!plan) return [];
  const palette = [...plan.lines.map((line) => line.color), ...plan.thresholds.map(() => THRESHOLD2.color)];
  const what = plan.normalised ? "Alerting signals per chunk, each against its band (1 = alert threshold)" : `${plan.lines.length === 1 ? signalLabel(plan.lines[0].signal) : `${plan.lines.length} alerting signals`} per chunk`;
  const span = [plan.year, plan.first > 0 ? `the latest ${plan.labels.length} of ${series.chunks.length} chunks` : void 0].filter((part) => part !== void 0);
  const title = `${what}${span.length > 0 ? `, ${span.join(", ")}` : ""}`;
  const top = plan.normalised ? Math.max(1.2, Math.ceil(Math.max(...plan.lines.flatMap((line) => line.values)) * 11) / 10) : void 0;
  const width = Math.max(700, 100 + plan.labels.length * (8 * Math.max(...plan.labels.map((text) => text.length)) + 12));
  return [
    "```mermaid",
    "---",
    "config:",
    "  xyChart:",
    `    width: ${width}`,
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${palette.join(", ")}"`,
    "---",
    "xychart-beta",
    `    title "${mermaidText(title)}"`,
    `    x-axis [${plan.labels.map((text) => `"${mermaidText(text)}"`).join(", ")}]`,
    plan.normalised ? `    y-axis "value against band" 0 --> ${mermaidNumber(top)}` : `    y-axis "${mermaidText(plan.lines.length === 1 ? "value" : unitOf(plan.lines[0].signal).replace(/^\w+:/, ""))}"`,
    ...plan.lines.map((line) => `    line [${line.values.map(mermaidNumber).join(", ")}]`),
    ...plan.thresholds.map((value) => `    line [${plan.labels.map(() => mermaidNumber(value)).join(", ")}]`),
    "```"
  ];
}
function chartLegend(plan, minRows) {
  const lines = plan.lines.map((line) => `${line.swatch} \`${cell(line.signal.id)}\` (band ${bandText(line.signal.thresholds)}${line.signal.driftingSince ? `, since ${line.signal.driftingSince}` : ""})`);
  const threshold2 = plan.thresholds.length === 0 ? [] : [`${THRESHOLD2.swatch} ${plan.normalised ? "alert threshold (1)" : `threshold${plan.thresholds.length > 1 ? "s" : ""} ${plan.thresholds.map(num2).join(" and ")}`}`];
  const parts = [`Lines: ${[...lines, ...threshold2].join(", ")}.`];
  if (plan.normalised) parts.push(`The signals are in different units, so each is drawn against its own band: value / upper threshold for drift statistics, for two-sided bands the distance from the band's middle in half-widths (inside the band under 1; drawn at most at ${MERMAID_NORMALISED_CAP}).`);
  if (plan.insufficient.length > 0) parts.push(`${plan.insufficient.join(", ")} ${plan.insufficient.length === 1 ? "has" : "have"} fewer than ${minRows} rows: no alert there, whatever the value.`);
  if (plan.gaps.length > 0) parts.push(`No value in ${plan.gaps.map((gap) => `${gap.chunks.join(", ")} (\`${cell(gap.signal.id)}\`)`).join("; ")}: the chart draws those lines through them from the nearest values.`);
  if (plan.omitted.length > 0) parts.push(`Not drawn: ${plan.omitted.map((s) => `\`${cell(s.id)}\``).join(", ")}.`);
  return parts.join(" ");
}
function markdownValue(signal2, i, state) {
  const value = signal2.values[i];
  if (value === null || value === void 0 || !Number.isFinite(value)) return "\u2014";
  const facts = [...signal2.labelledRows ? [`${signal2.labelledRows[i]} labelled`] : [], ...state.insufficient ? ["insufficient"] : []];
  return `${signal2.alerts[i] ? "\u274C " : ""}${num2(value)}${facts.length > 0 ? ` (${facts.join(", ")})` : ""}`;
}
function performanceTable(series) {
  const estimated = series.signals.filter((signal2) => signal2.kind === "estimated");
  if (estimated.length === 0) return null;
  const realised2 = new Map(series.signals.filter((signal2) => signal2.kind === "realised").map((signal2) => [signal2.id.slice("realised.".length), signal2]));
  const columns = estimated.flatMap((signal2) => {
    const metric = signal2.id.slice(signal2.id.indexOf(".") + 1);
    const pair = realised2.get(metric);
    return [signal2, ...pair ? [pair] : []];
  });
  const states = new Map(columns.map((signal2) => [signal2, chunkStates(signal2, series.chunks, series.chunking.minRows)]));
  const head = ["Chunk", "Rows", ...columns.map((signal2) => `${signalLabel(signal2)}, band ${bandText(signal2.thresholds)}`)];
  const rows = series.chunks.map((chunk2, i) => [chunk2.key, chunk2.empty ? "empty" : `${chunk2.rows}${chunk2.insufficient ? " (insufficient)" : ""}`, ...columns.map((signal2) => markdownValue(signal2, i, states.get(signal2)[i]))]);
  return markdownTable2([head.map(cell), ...rows.map((row) => row.map(cell))]);
}
function seriesMarkdown(series) {
  const out = [`**Monitoring over time:** ${cell(chunkingText(series))}; ${cell(ruleText(series))}.`, "", `**${cell(driftingText(series, (signal2) => `\`${signal2.id}\``))}.**`, ""];
  const plan = chartPlan(series);
  if (plan) out.push(...seriesMermaid(series), "", chartLegend(plan, series.chunking.minRows), "");
  const performance = performanceTable(series);
  if (performance) out.push("<details><summary>Estimated vs realised performance per chunk</summary>", "", performance, "", "</details>", "");
  for (const note of seriesNotes(series)) out.push(`- ${cell(note)}`);
  if (seriesNotes(series).length > 0) out.push("");
  return out;
}
function seriesText(series) {
  const lines = [`  monitoring over ${chunkingText(series)}; ${ruleText(series)}:`, `    ${driftingText(series, (signal2) => signal2.id)}`];
  const latest = latestChunk2(series);
  for (const signal2 of alertedSignals(series)) {
    const state = chunkStates(signal2, series.chunks, series.chunking.minRows);
    const last = latest >= 0 ? `; ${series.chunks[latest].key}: ${chunkValueText(signal2, latest, state[latest])}` : "";
    lines.push(`    ${signal2.id}: ${signal2.driftingSince ? `drifting since ${signal2.driftingSince}` : "not drifting now"}, ${plural(signal2.alertCount, "alert")} (band ${bandText(signal2.thresholds)})${last}`);
  }
  if (latest >= 0) {
    const values = series.signals.map((signal2) => `${signal2.id} ${chunkValueText(signal2, latest, chunkStates(signal2, series.chunks, series.chunking.minRows)[latest])}`);
    lines.push(`    latest chunk ${series.chunks[latest].key} (${plural(series.chunks[latest].rows, "row")}): ${values.join(", ")}`);
  }
  for (const note of seriesNotes(series)) lines.push(`    ${note}`);
  return lines;
}

// src/core/drift/render.ts
var markdownTable3 = (rows) => markdownTable(rows, { alignDelimiters: false });
var cell2 = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var pct2 = (share) => `${(share * 100).toFixed(1)}%`;
var mermaidText2 = (text) => text.replace(/["\n]/g, "'");
function driftScoreText(column) {
  if (!column.evaluated) return "\u2014";
  const adjusted = column.adjustedPValue !== void 0 && column.adjustedPValue !== column.pValue ? ` (adj. ${num2(column.adjustedPValue)})` : "";
  if (column.scoreKind === "p-value") return `p ${num2(column.pValue)}${adjusted}`;
  if (column.pValue !== void 0) return `${num2(column.distance)} (p ${num2(column.pValue)}${adjusted})`;
  return num2(column.distance);
}
function thresholdText(column) {
  if (!column.evaluated) return "\u2014";
  const rate = column.falseAlarmRate === void 0 ? "" : ` \xB7 ${column.falseAlarmRateEstimated ? "\u2248 " : ""}${pct2(column.falseAlarmRate)} false alarms`;
  const byPValue = column.decidedBy === "p-value" || column.decidedBy === void 0 && column.scoreKind === "p-value";
  if (byPValue) return `p < ${num2(column.threshold)}${column.criticalValue !== void 0 ? ` (distance \u2265 ${num2(column.criticalValue)})` : ""}${rate}`;
  return `\u2265 ${num2(column.threshold)}${rate}`;
}
var statisticText = (column) => column.evaluated ? num2(column.statistic) : `not tested: ${column.error ?? "no reason given"}`;
var thresholdModeText = (features) => features.thresholdMode === "fixed" ? "Evidently's fixed thresholds (threshold_mode: fixed), false-alarm rates estimated at these sizes" : "thresholds are false-alarm rates at these sizes (calibrated)";
var methodText = (column) => {
  const facts = [column.detail?.["pValueMethod"], column.detail?.["ties"] === true ? "ties" : void 0, column.detail?.["approximation"]].filter((f) => typeof f === "string");
  return `${column.method}${facts.length > 0 ? ` (${facts.join(", ")})` : ""}`;
};
var missingText = (column) => {
  const { reference, current, changed } = column.missing;
  if (reference.missing + current.missing === 0) return "0% \u2192 0%";
  return `${pct2(reference.share)} \u2192 ${pct2(current.share)}${changed ? " \u26A0\uFE0F" : ""}`;
};
function orderedColumns(columns) {
  const key = (c) => Number.isNaN(severity(c)) ? -Infinity : severity(c);
  return [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || key(b) - key(a));
}
function histogramChart(histogram) {
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidText2(histogram.column)}: reference (bars) vs current (line), % of rows"`,
    `    x-axis [${histogram.bins.map((b) => `"${mermaidText2(b)}"`).join(", ")}]`,
    '    y-axis "rows (%)"',
    `    bar [${histogram.reference.map((s) => (s * 100).toFixed(1)).join(", ")}]`,
    `    line [${histogram.current.map((s) => (s * 100).toFixed(1)).join(", ")}]`,
    "```"
  ];
}
function currentReadText(current) {
  const sources = current.sources ?? [];
  if (sources.length === 0) return void 0;
  const parts = sources.map((s) => "file" in s ? `${s.file} (${s.rows} rows, sha256 ${s.sha256.slice(0, 12)})` : `a ${s.engine} query (${s.rows} rows, result sha256 ${s.sha256.slice(0, 12)})`);
  const shown = parts.length > 5 ? [...parts.slice(0, 4), `\u2026 ${parts.length - 4} more files`] : parts;
  const span = current.timestamp?.first !== void 0 ? `; ${current.timestamp.column} from ${current.timestamp.first} to ${current.timestamp.last}` : "";
  return `read ${shown.join(", ")}${span}`;
}
function driftMarkdown(drift, options = {}) {
  const f = drift.features;
  const drifted = f.columns.filter((c) => c.drifted).map((c) => `\`${c.column}\``);
  const out = [
    `<details${options.open ? " open" : ""}><summary>Drift of <code>${drift.current.dataset}</code> (${drift.current.rows} rows) against <code>${drift.reference.dataset}</code> (${drift.reference.rows} rows): ${f.drifted} of ${f.evaluated} features drifted</summary>`,
    ""
  ];
  const read = currentReadText(drift.current);
  if (read !== void 0) out.push(`**Current data:** ${cell2(read)}.`, "");
  out.push(
    `**Features:** ${drifted.length > 0 ? `${drifted.join(", ")} drifted` : "none drifted"} \u2014 ${pct2(f.share)} of the features${f.untested > 0 ? ` (${f.untested} not tested, counted as not drifted${f.undecided ? " \u26A0\uFE0F they could have tipped the decision" : ""})` : ""}; the dataset counts as drifted at \u2265 ${pct2(f.driftShare)}${f.datasetDrifted ? " \u274C" : ""}. Correction: ${f.correction}; ${thresholdModeText(f)}.`,
    ""
  );
  out.push(
    markdownTable3([
      ["Feature", "Type", "Method", "Statistic", "p (adjusted) / distance", "Threshold \xB7 false alarms", "Drifted", "Missing (ref \u2192 cur)"],
      ...orderedColumns(f.columns).map((c) => [
        `\`${cell2(c.column)}\``,
        c.kind,
        cell2(methodText(c)),
        cell2(statisticText(c)),
        driftScoreText(c),
        thresholdText(c),
        c.drifted ? "\u274C yes" : c.evaluated ? "no" : "\u26A0\uFE0F not tested",
        missingText(c)
      ])
    ]),
    ""
  );
  if (drift.histogram) out.push(...histogramChart(drift.histogram), "");
  if (drift.prediction) {
    const p = drift.prediction;
    out.push(`**Prediction drift** (${cell2(p.output)}): ${cell2(methodText(p))} ${p.evaluated ? `statistic ${num2(p.statistic)}, ${driftScoreText(p)}, threshold ${thresholdText(p)}` : `not tested: ${cell2(p.error ?? "")}`} \u2014 ${p.drifted ? "\u274C drifted" : p.evaluated ? "no drift" : "not tested"}.`, "");
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    out.push(
      `**Domain classifier:** cross-validated ROC AUC ${num2(d.auc)}, drift above ${num2(d.threshold)} (${domainThresholdSource(d)}; false-alarm rate ${num2(d.falseAlarmRate * 100)}%, permutation p = ${num2(d.pValue)}) \u2014 ${d.drifted ? "\u274C the samples can be told apart" : "no drift"}. ${cell2(d.model)}; ${d.rows.reference.used} reference and ${d.rows.current.used} current rows.`,
      ""
    );
    if (d.topFeatures.length > 0) {
      out.push(markdownTable3([["Top feature", "AUC drop when shuffled", "Coefficient norm"], ...d.topFeatures.map((t) => [`\`${cell2(t.column)}\``, num2(t.aucDrop), num2(t.coefficientNorm)])]), "");
    }
  }
  if (drift.performance) {
    const p = drift.performance;
    out.push(
      `**Estimated performance** (CBPE on ${p.rows} rows, threshold ${num2(p.threshold)}, ${p.calibration.calibrated ? "isotonic-calibrated scores" : "scores not calibrated"}: ${p.calibration.reason}):`,
      "",
      markdownTable3([
        ["Metric", "Estimate", "Band (\xB1 3 SE)", ...p.labelled ? ["Realised"] : [], "Reference", "Alert below", ""],
        ...p.metrics.map((m) => [
          m.metric,
          num2(m.estimate),
          m.lower === null ? "\u2014" : `${num2(m.lower)}\u2013${num2(m.upper)}`,
          ...p.labelled ? [num2(m.realised)] : [],
          num2(m.reference),
          num2(m.thresholds.lower),
          m.dropped ? "\u274C dropped" : ""
        ])
      ]),
      ""
    );
  }
  for (const s of drift.skipped) out.push(`- \u23ED\uFE0F ${s.part}: ${cell2(s.reason)}`);
  if (drift.skipped.length > 0) out.push("");
  for (const note of drift.notes) out.push(`- ${note}`);
  if (drift.notes.length > 0) out.push("");
  out.push("</details>", "");
  return out;
}
function monitoringText(monitoring) {
  const since = monitoring.latest?.driftingSince ? ` since ${monitoring.latest.driftingSince}` : "";
  const latest = monitoring.latest?.chunk ? ` (latest chunk ${monitoring.latest.chunk})` : "";
  const logged = monitoring.history && monitoring.history.fromLog.length > 0 ? `; ${monitoring.history.fromLog.length} earlier chunks from the monitoring log` : "";
  const history = monitoring.history;
  const unchanged = history?.unchanged !== void 0 ? `, ${history.unchanged} unchanged` : "";
  const appended = history?.appended !== void 0 ? `; ${history.appended} records appended to ${history.branch}${unchanged}` : "";
  const state = [monitoring.drifted ? `drifting${since}${latest}` : `no drift${latest}`, monitoring.stale ? "stale" : monitoring.staleness.verdict === "skipped" ? "age unknown" : "not stale"].join(", ");
  return `${state}${logged}${appended}; ${monitoring.staleness.message}; retraining: ${monitoring.retraining.dispatch ? "dispatch" : "no dispatch"} (${monitoring.retraining.reason})`;
}
function driftText(drift) {
  const f = drift.features;
  const lines = [`  drift of ${drift.current.dataset} (${drift.current.rows} rows) against ${drift.reference.dataset} (${drift.reference.rows} rows)${drift.source === "profile" ? ", from profiles" : ""}:`];
  const read = currentReadText(drift.current);
  if (read !== void 0) lines.push(`    current data: ${read}`);
  const drifted = orderedColumns(f.columns).filter((c) => c.drifted);
  lines.push(`    features: ${f.drifted} of ${f.columns.length} drifted (${pct2(f.share)}; dataset drifts at \u2265 ${pct2(f.driftShare)}); ${thresholdModeText(f)}:`);
  const thresholds2 = new Set(f.columns.filter((c) => c.evaluated).map(thresholdText));
  if (thresholds2.size === 1) lines.push(`      threshold of every tested column: ${[...thresholds2][0]}`);
  for (const c of drifted) lines.push(`      ${c.column}: drifted, ${methodText(c)} ${driftScoreText(c)}${thresholds2.size === 1 ? "" : ` (threshold ${thresholdText(c)})`}`);
  if (thresholds2.size > 1) for (const c of orderedColumns(f.columns).filter((c2) => c2.evaluated && !c2.drifted)) lines.push(`      ${c.column}: ${methodText(c)} ${driftScoreText(c)} (threshold ${thresholdText(c)})`);
  const untested = f.columns.filter((c) => !c.evaluated);
  for (const c of untested) lines.push(`      ${c.column}: not tested: ${c.error ?? "no reason given"}`);
  if (f.undecided) lines.push(`    the ${untested.length} column(s) not tested could have tipped the dataset decision`);
  const missing = f.columns.filter((c) => c.missing.changed);
  if (missing.length > 0) lines.push(`    missing values changed: ${missing.map((c) => `${c.column} ${missingText(c)}`).join(", ")}`);
  if (drift.prediction) {
    const p = drift.prediction;
    lines.push(`    prediction (${p.output}): ${methodText(p)} ${p.evaluated ? `${driftScoreText(p)} (threshold ${thresholdText(p)})` : `not tested: ${p.error ?? ""}`}${p.drifted ? " \u2014 drifted" : ""}`);
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    lines.push(`    domain classifier AUC ${num2(d.auc)} (drift above ${num2(d.threshold)}, ${domainThresholdSource(d)}, false-alarm rate ${num2(d.falseAlarmRate * 100)}%, p = ${num2(d.pValue)})${d.drifted ? " \u2014 drifted" : ""}; top: ${d.topFeatures.slice(0, 3).map((t) => t.column).join(", ")}`);
  }
  if (drift.performance) {
    const metrics = drift.performance.metrics.map((m) => `${m.metric} ${num2(m.estimate)}${m.lower !== null ? ` [${num2(m.lower)}, ${num2(m.upper)}]` : ""}${m.realised !== null ? ` (realised ${num2(m.realised)})` : ""}`);
    lines.push(`    CBPE estimate: ${metrics.join(", ")}`);
  }
  for (const s of drift.skipped) lines.push(`    skipped ${s.part}: ${s.reason}`);
  return lines;
}
var driftIssueMarker = (name) => `<!-- modelops:drift:${name} -->`;
function driftIssue(report, model) {
  const result = typeof model === "string" ? report.models.find((m) => m.name === model) : model;
  if (!result) throw new RangeError(`the ${report.command} report has no model '${String(model)}'`);
  const monitoring = result.monitoring;
  const marker = driftIssueMarker(result.name);
  const drift = result.evaluation?.drift;
  const open2 = monitoring ? monitoring.drifted || monitoring.stale : false;
  const drifted = drift ? drift.features.columns.filter((c) => c.drifted).map((c) => c.column) : [];
  const problems = [monitoring?.drifted ? `drifted${drifted.length > 0 ? ` (${drifted.slice(0, 5).join(", ")}${drifted.length > 5 ? ", \u2026" : ""})` : ""}` : "", monitoring?.stale ? "stale" : ""].filter((p) => p !== "");
  const title = open2 ? `modelops: ${result.name} ${result.version ?? ""} ${problems.join(" and ")}`.replace(/\s+/g, " ").trim() : `modelops: ${result.name} ${result.version ?? ""} no longer drifted or stale`.replace(/\s+/g, " ");
  const body = [marker, ""];
  body.push(`## ${VERDICT_ICON[result.verdict]} ${modelTitle(result)}: ${open2 ? problems.join(" and ") : "recovered"}`, "");
  if (!open2) body.push(`The scheduled drift check of ${report.createdAt.slice(0, 10)} finds ${result.name} neither drifted nor stale; this issue can be closed.`, "");
  else body.push(`The scheduled drift check of ${report.createdAt.slice(0, 10)} found \`${result.name}\` ${problems.join(" and ")}. Manifest: \`${result.manifest}\`.`, "");
  if (monitoring && open2 && monitoring.alerting.mentions.length > 0) body.push(`cc ${monitoring.alerting.mentions.join(" ")}`, "");
  const rows = result.gates.flatMap(
    (g) => g.checks.length === 0 ? [[g.gate, "", "", "", `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell2(g.summary)]] : g.checks.map((c) => [g.gate, cell2(c.name), checkValue(c), cell2(boundText(c)), `${VERDICT_ICON[c.verdict]} ${c.verdict}`, c.verdict === "pass" ? "" : cell2(c.message ?? "")])
  );
  if (rows.length > 0) body.push(markdownTable3([["Gate", "Check", "Value", "Bound", "Verdict", "Why"], ...rows]), "");
  for (const finding2 of result.findings) body.push(`- ${finding2.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} ${finding2.file ? `\`${finding2.file}\` ` : ""}${finding2.message}`);
  if (result.findings.length > 0) body.push("");
  if (monitoring) {
    body.push(`**Staleness:** ${monitoring.staleness.message}.`, "");
    body.push(`**Retraining:** ${monitoring.retraining.dispatch ? `dispatched \u2014 ${monitoring.retraining.reason}` : monitoring.retraining.reason}.`, "");
  }
  if (drift) body.push(...driftMarkdown(drift, { open: true }));
  if (monitoring?.series) body.push(...seriesMarkdown(monitoring.series));
  body.push(
    open2 ? "_modelops updates this issue on every scheduled run while the model drifts or is stale, and closes it when it recovers. To resolve it: retrain on recent data, open a PR with the new version, and merge it to promote._" : "_Closed by modelops: the latest scheduled check passed._"
  );
  return { model: result.name, marker, title, body: body.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n", open: open2, dispatch: monitoring?.retraining.dispatch ?? false };
}
function domainThresholdSource(d) {
  return d.thresholdSource === "permutation" ? `from ${d.permutations} label permutations at these sizes` : "the fixed auc_band max";
}
function histogramFigure(histogram, column) {
  const aria = `Histogram of ${histogram.column}, share of rows per bin, reference vs current: ${histogram.bins.map((b, i) => `${b} ${pct(histogram.reference[i])} vs ${pct(histogram.current[i])}`).join("; ")}.`;
  return figure(
    verticalBars({
      ariaLabel: aria,
      categories: histogram.bins,
      series: [
        { name: "reference", color: COLORS.reference, values: histogram.reference },
        { name: "current", color: COLORS.current, values: histogram.current }
      ],
      format: pct2,
      minMax: 0.1
    }),
    legend(keyOf(COLORS.reference, "reference"), keyOf(COLORS.current, "current")),
    `${histogram.column}: share of the non-missing rows per bin${column ? ` \u2014 ${methodText(column)} ${driftScoreText(column)}, ${column.drifted ? "drifted" : "not drifted"}` : ""}.`
  );
}
function driftHtml(model) {
  const drift = model.evaluation?.drift;
  if (!drift) return void 0;
  const f = drift.features;
  const out = [
    `<h3>Drift</h3>`,
    `<p>${code(drift.current.dataset)} (${drift.current.rows} rows) against ${code(drift.reference.dataset)} (${drift.reference.rows} rows)${drift.source === "profile" ? ", from profiles" : ""}: <strong>${f.drifted} of ${f.columns.length} features drifted</strong> (${pct(f.share)})${f.untested > 0 ? ` \u2014 ${f.untested} not tested, counted as not drifted${f.undecided ? ` ${flag("warn", "could have tipped the decision")}` : ""}` : ""}; the dataset counts as drifted at \u2265 ${pct(f.driftShare)}${f.datasetDrifted ? ` ${flag("fail", "dataset drifted")}` : ""}. Correction: ${escapeHtml(f.correction)}; ${escapeHtml(thresholdModeText(f))}.</p>`
  ];
  const read = currentReadText(drift.current);
  if (read !== void 0) out.push(`<p>Current data: ${escapeHtml(read)}.</p>`);
  const histograms = drift.histogram ? [drift.histogram] : [];
  const byColumn = new Map(f.columns.map((c) => [c.column, c]));
  for (const h of histograms) out.push(histogramFigure(h, byColumn.get(h.column)));
  out.push(
    table(
      ["Feature", "Type", "Method", "Statistic", "p (adjusted) / distance", "Threshold \xB7 false alarms", "Drifted", "Missing (ref \u2192 cur)"],
      orderedColumns(f.columns).map((c) => {
        const { reference, current, changed } = c.missing;
        return [
          html(code(c.column)),
          c.kind,
          methodText(c),
          c.evaluated ? n(num2(c.statistic)) : statisticText(c),
          n(driftScoreText(c)),
          n(thresholdText(c)),
          html(c.drifted ? flag("fail", "yes") : c.evaluated ? "no" : flag("warn", "not tested")),
          html(`${escapeHtml(`${pct(reference.share)} \u2192 ${pct(current.share)}`)}${changed ? ` ${flag("warn", "changed")}` : ""}`)
        ];
      }),
      { caption: "Features, drifted first" }
    )
  );
  if (drift.prediction) {
    const p = drift.prediction;
    out.push(`<p><strong>Prediction drift</strong> (${escapeHtml(p.output)}): ${escapeHtml(methodText(p))} ${p.evaluated ? escapeHtml(`statistic ${num2(p.statistic)}, ${driftScoreText(p)}, threshold ${thresholdText(p)}`) : escapeHtml(`not tested: ${p.error ?? ""}`)} \u2014 ${p.drifted ? flag("fail", "drifted") : p.evaluated ? "no drift" : "not tested"}.</p>`);
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    const verdict2 = d.drifted ? `${flag("fail", "drifted")} the samples can be told apart` : "no drift";
    out.push(`<p><strong>Domain classifier:</strong> cross-validated ROC AUC ${escapeHtml(num2(d.auc))}, drift above ${escapeHtml(num2(d.threshold))} (${escapeHtml(domainThresholdSource(d))}; false-alarm rate ${escapeHtml(num2(d.falseAlarmRate * 100))}%, permutation p = ${escapeHtml(num2(d.pValue))}) \u2014 ${verdict2}. ${escapeHtml(d.model)}; ${d.rows.reference.used} reference and ${d.rows.current.used} current rows.</p>`);
    out.push(table(["Top feature", "AUC drop when shuffled", "Coefficient norm"], d.topFeatures.map((t) => [html(code(t.column)), n(num2(t.aucDrop)), n(num2(t.coefficientNorm))])));
  }
  if (drift.performance) {
    const p = drift.performance;
    out.push(
      table(
        ["Metric", "Estimate", "Band (\xB1 3 SE)", ...p.labelled ? ["Realised"] : [], "Reference", "Alert below", "Dropped"],
        p.metrics.map((m) => [m.metric, n(num2(m.estimate)), n(m.lower === null ? "\u2014" : `${num2(m.lower)}\u2013${num2(m.upper)}`), ...p.labelled ? [n(num2(m.realised))] : [], n(num2(m.reference)), n(num2(m.thresholds.lower)), html(m.dropped ? flag("fail", "yes") : "no")]),
        { caption: `Estimated performance (CBPE on ${p.rows} rows, threshold ${num2(p.threshold)}, ${p.calibration.calibrated ? "isotonic-calibrated scores" : "scores not calibrated"}: ${p.calibration.reason})` }
      )
    );
  }
  if (drift.skipped.length > 0) out.push(`<ul>${drift.skipped.map((s) => `<li>${badge("skipped")} ${escapeHtml(s.part)}: ${escapeHtml(s.reason)}</li>`).join("")}</ul>`);
  for (const note of drift.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join("\n");
}

// src/core/report/section.ts
function defineSection(section) {
  return section;
}

// src/core/approvals/section.ts
var approvalsSection = defineSection({
  id: "approvals",
  title: "Approvals",
  order: 70,
  gate: { needs: "reviews", decide: (input) => ({ gate: approvalsGate(input) }) }
});

// src/core/schema/builders.ts
function object(description, properties, required, extra) {
  return { type: "object", description, additionalProperties: false, ...required && required.length > 0 ? { required } : {}, properties, ...extra };
}
var string = (description, extra) => ({ type: "string", description, ...extra });
var number = (description, extra) => ({ type: "number", description, ...extra });
var integer = (description, extra) => ({ type: "integer", description, ...extra });
var boolean = (description) => ({ type: "boolean", description });
var ref = (name, description) => ({ $ref: `#/$defs/${name}`, description });
var choice = (values, description) => ({ enum: [...values], description });
var level = (description) => number(description, { exclusiveMinimum: 0, exclusiveMaximum: 1 });
var bound = (description) => ref("bound", description);
var metricBounds = (description, names) => object(
  description,
  Object.fromEntries(names.map((m) => [m.id, bound(`Bounds on ${m.id}: ${m.description}.`)]))
);
var str2 = (description) => str(description);
var int2 = (description, minimum = 0) => int(description, minimum);
var num3 = (description) => num(description);
var nullableNumber2 = (description) => nullableNumber(description);
var obj2 = (description, properties, required) => obj(description, properties, required);
var array2 = (description, items) => array(description, items);

// src/core/promotion/render.ts
function promotionText(promotion) {
  const pushed = promotion.pushedTo ? ` (pushed to ${promotion.pushedTo})` : "";
  if (promotion.status === "blocked") return `blocked \u2014 ${promotion.reason ?? "validation or a blocking gate failed"}`;
  const created = promotion.tags.filter((t) => t.created).map((t) => t.tag);
  const kept = promotion.tags.filter((t) => !t.created).map((t) => t.tag);
  if (promotion.status === "up-to-date") return `up to date \u2014 ${kept.join(", ")} already say so${pushed}`;
  return `promoted \u2014 created ${created.join(", ")}${kept.length > 0 ? `; kept ${kept.join(", ")}` : ""}${pushed}`;
}
function promotionStatusText(model) {
  const lines = [];
  if (model.enforcement) lines.push(`  ${enforcementText(model.enforcement)}`);
  if (model.promotion) lines.push(`  promotion: ${promotionText(model.promotion)}`);
  return lines;
}
function promotionStatusMarkdown(model) {
  const out = [];
  if (model.enforcement) out.push(`**Policy:** ${enforcementText(model.enforcement)}.`, "");
  if (model.promotion) out.push(`**Promotion:** ${promotionText(model.promotion)}`, "");
  return out;
}
function promotionStatusHtml(model) {
  const out = [];
  if (model.enforcement) out.push(`<p><strong>Policy:</strong> ${escapeHtml(enforcementText(model.enforcement))}.</p>`);
  if (model.promotion) out.push(`<p><strong>Promotion:</strong> ${escapeHtml(promotionText(model.promotion))}</p>`);
  return out.length > 0 ? out.join("\n") : void 0;
}

// src/core/promotion/section.ts
var WAIVER_USE = {
  check: str2("The check waived: approvals, soak, gate.<gate>, checklist.<item id> or audit.<finding code>."),
  model: str2("The model."),
  version: str2("The version it applies to."),
  commit: str2("audit waivers: the commit whose finding it resolves."),
  tag: str2("audit waivers: the tag whose finding it resolves."),
  reason: str2("Why the exception was accepted."),
  approvedBy: array2("Who approved it.", str2("A user or team.")),
  expires: str2("Last day (YYYY-MM-DD) or instant it applies."),
  file: str2("File it is written in."),
  line: int2("1-based line of the waiver in the file.", 1)
};
var WAIVER_USE_REQUIRED = ["check", "model", "reason", "approvedBy", "expires"];
var promotionSection = defineSection({
  id: "promotion",
  title: "Promotion",
  order: 80,
  reportSchema: {
    model: {
      promotion: { $ref: "#/$defs/promotion", description: "What modelops promote did for the model." },
      enforcement: { $ref: "#/$defs/enforcement", description: "How the policy of the stage the model enters was enforced here (gate, promote): each requirement met, waived, unmet or not checked here; embedded in the tag evidence." }
    },
    defs: {
      promotion: obj2(
        "What modelops promote did for one model.",
        {
          status: { enum: ["promoted", "up-to-date", "blocked"], description: "promoted: tags written; up-to-date: the registry already said so; blocked: validation or a blocking gate failed, nothing written." },
          reason: str2("Why nothing was promoted (blocked)."),
          commit: str2("The promoted commit (the push's after)."),
          tags: array2(
            "The tags that register the version and assign the stage, created now or found.",
            obj2(
              "One tag.",
              {
                tag: str2("Tag name in GTO format."),
                action: { enum: ["register", "assign", "unassign", "deprecate"], description: "register: <name>@v<version>; assign: <name>#<stage>#<n>; unassign: <name>#<stage>!#<n> (GTO's, written when a model moves down from that stage); deprecate: <name>@deprecated#<n> (GTO's, written when a model is archived)." },
                commit: str2("Commit the tag points at."),
                created: { type: "boolean", description: "Whether this run created it." },
                signed: { type: "boolean", description: "Whether the tag is signed." }
              },
              ["tag", "action", "commit", "created", "signed"]
            )
          ),
          pushedTo: str2("Remote the tags were pushed to.")
        },
        ["status", "commit", "tags"]
      ),
      waiverUse: obj2("A waiver as written in the policy (modelops.yaml waivers).", WAIVER_USE, WAIVER_USE_REQUIRED),
      enforcement: obj2(
        "How the policy of the stage a model enters was enforced where the report was made.",
        {
          stage: str2("The stage whose policy was enforced."),
          context: { enum: ["promotion", "pull-request", "command-line"], description: "promotion: promote, when tagging; pull-request: the Action on a pull request; command-line: the CLI gate, where approvals cannot be read." },
          requirements: array2(
            "Each requirement of the stage.",
            obj2(
              "One requirement.",
              {
                check: str2("approvals, soak, checklist or gate.<gate>."),
                status: { enum: ["met", "waived", "unmet", "not-checked", "not-required"], description: "met; waived (a waiver in force let it pass); unmet; not-checked (it cannot be evaluated in this context, see detail); not-required." },
                detail: str2("How it was met, or why not."),
                approvals: array2(
                  "Each approving reviewer.",
                  obj2(
                    "One approver.",
                    {
                      login: str2("GitHub login."),
                      source: { enum: ["verified", "asserted"], description: "verified: read from the pull request's reviews on GitHub (as they stood at merge, for promote); asserted: given with --approver on the command line." },
                      counted: { type: "boolean", description: "Whether the approval counted towards approvals.count." },
                      membership: { enum: ["not-required", "listed-user", "team-member", "unverified", "not-allowed"], description: "How the approver matched approvals.from." },
                      detail: str2("The from entry matched, or why it did not count."),
                      commit: str2("The commit the approval was given on (the review's commit_id), when the review names one."),
                      commitStatus: {
                        enum: ["head", "older", "unknown", "asserted"],
                        description: "That commit against the pull request's head (its head when merged, for promote): head; older (a push followed the approval); unknown (the review names no commit, or the head is not known); asserted (given with --approver, which names no commit)."
                      },
                      commitDetail: str2("What approvals.older_commits made of an approval not on the head (discarded, or counted as on an older commit).")
                    },
                    ["login", "source", "counted", "membership", "commitStatus"]
                  )
                ),
                waiver: { $ref: "#/$defs/waiverUse", description: "The waiver that let it pass." }
              },
              ["check", "status", "detail"]
            )
          ),
          waivers: array2("Waivers used.", { $ref: "#/$defs/waiverUse", description: "One waiver." })
        },
        ["stage", "context", "requirements", "waivers"]
      )
    }
  },
  text: { status: promotionStatusText },
  markdown: { status: promotionStatusMarkdown },
  html: { status: promotionStatusHtml }
});

// src/core/audit/render.ts
function eventTitle(event) {
  const version = event.version ?? "(unknown version)";
  switch (event.action) {
    case "register":
      return `register ${version}`;
    case "deregister":
      return `deregister ${version}`;
    case "assign":
      return `${event.stage} \u2190 ${version}`;
    case "unassign":
      return `${event.stage} \u2715 ${version}`;
    default:
      return event.action;
  }
}
function pullRequestText(event) {
  const pr = event.pullRequest;
  if (!pr) return "";
  const approvers = pr.approvers.length > 0 ? `approved by ${pr.approvers.map((a) => `@${a}`).join(", ")}` : "no approvals recorded";
  return `PR #${pr.number}${pr.author ? ` by @${pr.author}` : ""}, ${approvers}`;
}
function stagesText(audit) {
  if (audit.stages.length === 0) return "no stage assigned";
  return audit.stages.map((s) => `${s.stage} ${s.version ?? "(unknown version)"} (${s.tag}, since ${timeText(s.since)})`).join("; ");
}
function artifactStatusText(version) {
  const a = version.artifact;
  if (!a) return "artifact not checked";
  if (a.status === "match") return "artifact sha256 matches";
  if (a.status === "missing") return `artifact ${a.path} missing at the tag`;
  return `artifact hashes to ${a.actual.slice(0, 12)}\u2026, recorded ${a.recorded.slice(0, 12)}\u2026`;
}
function monitoringLine(model) {
  const m = model.audit?.monitoring;
  if (!m) return void 0;
  if (m.problem) return `monitoring: the log could not be read (${m.problem})`;
  const line = monitoringAtText(m.seen, "then");
  return m.note ? `${line} (monitoring log ${m.note})` : line;
}
function auditText(model, { paint }) {
  const audit = model.audit;
  if (!audit) return [];
  const lines = [`  stages: ${stagesText(audit)}`];
  if (audit.events.length > 0) lines.push("  history:");
  for (const e of audit.events) {
    const extra = [e.tagger ?? "no tagger", pullRequestText(e), e.verdict ? `gates ${e.verdict}` : `evidence ${e.evidence}`, e.signature, e.seal === "broken" ? "seal broken" : ""].filter((x) => x !== "");
    lines.push(`    ${timeText(e.time).padEnd(16)}  ${eventTitle(e).padEnd(26)} ${paint("gray", e.tag)}  ${extra.join(" \xB7 ")}`);
  }
  for (const v of audit.versions) lines.push(`  ${v.version}: ${artifactStatusText(v)} (${v.tag})`);
  const seen = monitoringLine(model);
  if (seen) lines.push(`  ${seen}`);
  for (const w of audit.waivers ?? []) lines.push(`  waiver ${w.status}: ${w.check}${w.version ? ` of ${w.version}` : ""}${w.commit ? ` at ${w.commit.slice(0, 12)}` : ""}${w.tag ? ` at ${w.tag}` : ""} (${w.file ?? "modelops.yaml"}${w.line ? `:${w.line}` : ""}), approved by ${w.approvedBy.join(", ")} until ${w.expires}: ${w.reason}`);
  return lines;
}
var SIGNATURE_TEXT = { unsigned: "unsigned", good: "\u{1F50F} good", bad: "\u274C bad", unverified: "\u26A0\uFE0F unverified" };
function auditMarkdown(model) {
  const audit = model.audit;
  if (!audit) return [];
  const out = [];
  if (audit.stages.length > 0) {
    out.push(markdownTable2([["Stage", "Version", "Tag", "Since (UTC)"], ...audit.stages.map((s) => [s.stage, s.version ?? "?", `\`${cell(s.tag)}\``, timeText(s.since)])]), "");
  } else out.push("_No stage assigned at that time._", "");
  const seen = monitoringLine(model);
  if (seen) out.push(`**Monitoring** ${seen.replace(/^monitoring: /, "")}.`, "");
  if (audit.events.length > 0) {
    out.push(
      markdownTable2([
        ["Time (UTC)", "Event", "Tag", "Tagger", "Pull request", "Gates", "Signature"],
        ...audit.events.map((e) => [
          timeText(e.time),
          cell(eventTitle(e)),
          `\`${cell(e.tag)}\``,
          cell(e.tagger ?? ""),
          cell(pullRequestText(e)),
          e.verdict ? `${VERDICT_ICON[e.verdict]} ${e.verdict}` : `evidence ${e.evidence}`,
          SIGNATURE_TEXT[e.signature]
        ])
      ]),
      ""
    );
  }
  if (audit.versions.length > 0) {
    out.push(markdownTable2([["Version", "Tag", "Artifact"], ...audit.versions.map((v) => [v.version, `\`${cell(v.tag)}\``, `${v.artifact?.status === "match" ? "\u2705" : "\u274C"} ${cell(artifactStatusText(v))}`])]), "");
  }
  return out;
}
function auditHtml(model) {
  const audit = model.audit;
  if (!audit) return void 0;
  return [
    "<h3>Stages</h3>",
    audit.stages.length > 0 ? table(["Stage", "Version", "Tag", "Since (UTC)"], audit.stages.map((s) => [s.stage, s.version ?? "?", html(code(s.tag)), timeText(s.since)])) : '<p class="muted">No stage assigned at that time.</p>',
    ...monitoringLine(model) ? [`<p><strong>Monitoring</strong> ${escapeHtml(monitoringLine(model).replace(/^monitoring: /, ""))}.</p>`] : [],
    "<h3>History</h3>",
    table(
      ["Time (UTC)", "Event", "Tag", "Commit", "Tagger", "Pull request", "Gates", "Signature"],
      audit.events.map((ev) => [
        timeText(ev.time),
        eventTitle(ev),
        html(code(ev.tag)),
        html(code(ev.commit.slice(0, 12))),
        ev.tagger ?? "",
        html(escapeHtml(pullRequestText(ev)) + (ev.workflowRun ? ` \xB7 <a href="${escapeHtml(ev.workflowRun)}">run</a>` : "")),
        html(ev.verdict ? badge(ev.verdict) + (ev.gates ? ` <span class="muted">${escapeHtml(ev.gates.map((g) => `${g.gate} ${g.verdict}`).join(", "))}</span>` : "") : escapeHtml(`evidence ${ev.evidence}`)),
        ev.signature + (ev.signatureDetail ? ` \u2014 ${ev.signatureDetail}` : "")
      ]),
      { wide: true }
    ),
    "<h3>Registered versions</h3>",
    table(["Version", "Tag", "Registered (UTC)", "Artifact"], audit.versions.map((v) => [v.version, html(code(v.tag)), timeText(v.time), artifactStatusText(v)]))
  ].join("\n");
}

// src/core/audit/section.ts
var verdict = { enum: [...VERDICTS], description: "pass, warn, fail, skipped or error." };
var auditSection = defineSection({
  id: "audit",
  title: "Audit trail",
  order: 100,
  reportSchema: {
    model: { audit: { $ref: "#/$defs/modelAudit", description: "The audit trail of the model (modelops audit)." } },
    defs: {
      pullRequest: obj2(
        "A pull request as the evidence records it.",
        {
          number: int2("Pull request number.", 1),
          author: str2("Login of its author."),
          approvers: array2("Logins of the reviewers who approved it.", str2("A login.")),
          url: str2("Its URL.")
        },
        ["number", "approvers"]
      ),
      modelAudit: obj2(
        "The audit trail of one model.",
        {
          events: array2(
            "Every registration and stage change, oldest first.",
            obj2(
              "One registry event, read from a tag and its evidence.",
              {
                tag: str2("Tag name."),
                action: { enum: ["register", "deregister", "assign", "unassign", "deprecate", "create"], description: "What the tag does, in GTO terms." },
                version: str2("Version concerned (from the tag name, the evidence, or the registration at the same commit)."),
                stage: str2("Stage assigned or unassigned."),
                commit: str2("Commit the tag points at."),
                time: { type: "string", format: "date-time", description: "Tagger date; absent for lightweight tags." },
                tagger: str2("Tagger as Name <email>."),
                evidence: { enum: ["present", "missing", "invalid"], description: "Whether the message carries modelops evidence." },
                mergeCommit: str2("The promoted commit, from the evidence."),
                pullRequest: { $ref: "#/$defs/pullRequest", description: "The pull request, from the evidence." },
                workflowRun: str2("URL of the workflow run, from the evidence."),
                verdict: { ...verdict, description: "Verdict of the gate report in the evidence." },
                gates: array2("Gate verdicts in the evidence.", obj2("One gate.", { gate: str2("Gate id."), verdict }, ["gate", "verdict"])),
                signature: { enum: ["unsigned", "good", "bad", "unverified"], description: "What git verify-tag says of the signature." },
                signatureDetail: str2("What git verify-tag printed, when signed."),
                seal: { enum: ["intact", "broken", "absent"], description: "The evidence's seal recomputed from the tag message: intact, broken (edited after it was written), or absent (written before evidence was sealed)." }
              },
              ["tag", "action", "commit", "evidence", "signature"]
            )
          ),
          versions: array2(
            "Registered versions.",
            obj2(
              "A registered version and its artifact re-hashed at the tag.",
              {
                version: str2("Version."),
                tag: str2("Registration tag."),
                commit: str2("Commit of the registration."),
                time: { type: "string", format: "date-time", description: "When it was registered." },
                artifact: obj2(
                  "The artifact at the registration.",
                  {
                    path: str2("Artifact path."),
                    recorded: str2("sha256 recorded by the evidence (else by the manifest at the tag)."),
                    actual: str2("sha256 of the file at the tag."),
                    status: { enum: ["match", "mismatch", "missing"], description: "Whether the file still hashes to the recorded sha256." }
                  },
                  ["path", "recorded", "status"]
                )
              },
              ["version", "tag", "commit"]
            )
          ),
          stages: array2(
            "Stages held at the audit instant (GTO: a stage holds the version of its latest assignment).",
            obj2(
              "One stage.",
              { stage: str2("Stage."), version: str2("Version holding it."), tag: str2("The assignment tag."), since: { type: "string", format: "date-time", description: "When it was assigned." } },
              ["stage", "tag"]
            )
          ),
          waivers: array2(
            "The model's waivers in the policy at the audited commit.",
            obj2(
              "One waiver and its status.",
              { ...WAIVER_USE, status: { enum: ["in-force", "expired", "unknown-model", "invalid"], description: "in-force: it applies now; expired: past its expires; unknown-model, invalid: it waives nothing (a finding says why)." } },
              [...WAIVER_USE_REQUIRED, "status"]
            )
          ),
          monitoring: obj2(
            "What the monitoring log (branch modelops/monitoring) had for the model at the audit instant.",
            {
              records: { type: "integer", minimum: 0, description: "Records of the model in the log." },
              problem: str2("Why the log could not be read."),
              note: str2("Why the log was not fetched from the remote (offline, say): the local copy was read."),
              seen: obj2(
                "The chunk monitoring saw: the one containing the instant, else the latest before it, as logged by then.",
                {
                  chunk: str2("Chunk key."),
                  start: str2("First instant of the chunk (UTC)."),
                  end: str2("End of the chunk, exclusive (UTC)."),
                  covers: { type: "boolean", description: "The chunk contains the instant." },
                  rows: { type: "integer", minimum: 0, description: "Rows in the chunk." },
                  run: str2("The run that logged it."),
                  version: str2("The model version in production then."),
                  time: str2("When the run logged it (UTC)."),
                  loggedAfter: { type: "boolean", description: "No run had logged the chunk by the instant: the first record written after it." },
                  alerts: array2("Signals outside their band on the chunk.", str2("A signal id."))
                },
                ["chunk", "covers", "rows", "run", "version", "time", "loggedAfter", "alerts"]
              )
            },
            ["records"]
          )
        },
        ["events", "versions", "stages"]
      )
    }
  },
  text: { status: auditText },
  markdown: { history: auditMarkdown },
  html: { history: auditHtml }
});

// src/core/evaluation/resample.ts
function resampledMetric(id, input) {
  const direct = input.task === "binary-classification" ? binaryStatistic(id, input) : input.task === "regression" ? regressionStatistic(id, input) : void 0;
  if (direct !== void 0) return direct;
  const gather = gatherer(input);
  return (indices) => metricOrNaN(id, gather(indices));
}
var finite = (value) => Number.isFinite(value) ? value : Number.NaN;
var FROM_COUNTS = {
  accuracy: accuracyFromCounts,
  balanced_accuracy: balancedAccuracyFromCounts,
  precision: precisionFromCounts,
  recall: recallFromCounts,
  f1: f1FromCounts
};
function binaryStatistic(id, input) {
  const { yTrue, yPred, score } = input;
  const n2 = yTrue.length;
  if (n2 === 0 || yPred.length !== n2 || score !== void 0 && score.length !== n2) return void 0;
  for (let i = 0; i < n2; i++) if (yTrue[i] > 1) return void 0;
  const fromCounts = FROM_COUNTS[id];
  if (fromCounts !== void 0) return labelStatistic(yTrue, yPred, fromCounts);
  if (score === void 0) return void 0;
  if (id === "roc_auc" || id === "pr_auc") {
    for (let i = 0; i < n2; i++) if (!Number.isFinite(score[i])) return void 0;
    return rankingStatistic(id, yTrue, score);
  }
  if (id === "brier" || id === "log_loss" || id === "ece") {
    for (let i = 0; i < n2; i++) {
      const p = score[i];
      if (!(p >= 0 && p <= 1)) return void 0;
    }
    return probabilityStatistic(id, yTrue, score);
  }
  return void 0;
}
function labelStatistic(yTrue, yPred, fromCounts) {
  const n2 = yTrue.length;
  const code2 = new Uint8Array(n2);
  for (let i = 0; i < n2; i++) {
    const prediction = yPred[i];
    if (prediction > 1) return void 0;
    code2[i] = 2 * yTrue[i] + prediction;
  }
  const counts = new Float64Array(4);
  return (indices) => {
    countCodes2(code2, indices, counts);
    return finite(fromCounts({ tn: counts[0], fp: counts[1], fn: counts[2], tp: counts[3] }));
  };
}
function countCodes2(code2, indices, counts) {
  counts.fill(0);
  for (let i = 0; i < indices.length; i++) counts[code2[indices[i]]]++;
}
function countSlots(slot, indices, counts) {
  counts.fill(0);
  for (let i = 0; i < indices.length; i++) counts[slot[indices[i]]]++;
}
function sumOfBinGaps(bin, term, indices, gapSums) {
  gapSums.fill(0);
  for (let i = 0; i < indices.length; i++) {
    const row = indices[i];
    gapSums[bin[row]] += term[row];
  }
  let total4 = 0;
  for (const gap of gapSums) total4 += Math.abs(gap);
  return total4;
}
function sumTerms(term, indices) {
  let total4 = 0;
  for (let i = 0; i < indices.length; i++) total4 += term[indices[i]];
  return total4;
}
function probabilityStatistic(id, yTrue, score) {
  const n2 = yTrue.length;
  const term = new Float64Array(n2);
  if (id === "ece") {
    const bin = new Uint8Array(n2);
    for (let i = 0; i < n2; i++) {
      const p = score[i];
      term[i] = yTrue[i] - p;
      bin[i] = Math.min(Math.floor(p * ECE_BINS), ECE_BINS - 1);
    }
    const gapSums = new Float64Array(ECE_BINS);
    return (indices) => finite(sumOfBinGaps(bin, term, indices, gapSums) / indices.length);
  }
  if (id === "brier") {
    for (let i = 0; i < n2; i++) term[i] = (score[i] - yTrue[i]) ** 2;
    return (indices) => finite(sumTerms(term, indices) / indices.length);
  }
  for (let i = 0; i < n2; i++) {
    const p = score[i];
    term[i] = -clippedLog(yTrue[i] === 1 ? p : 1 - p);
  }
  return (indices) => finite(sumTerms(term, indices) / indices.length);
}
function rankingStatistic(id, yTrue, score) {
  const n2 = yTrue.length;
  const sorted = new Float64Array(n2);
  for (let i = 0; i < n2; i++) sorted[i] = score[i] + 0;
  sortFloat64(sorted);
  let distinctCount2 = 0;
  for (let i = 0; i < n2; i++) if (i === 0 || sorted[i] !== sorted[distinctCount2 - 1]) sorted[distinctCount2++] = sorted[i];
  const distinct = sorted.subarray(0, distinctCount2);
  const slot = new Uint32Array(n2);
  for (let i = 0; i < n2; i++) slot[i] = 2 * rankOf(distinct, score[i] + 0) + yTrue[i];
  const counts = new Float64Array(2 * distinctCount2);
  const count = (indices) => countSlots(slot, indices, counts);
  const walk = id === "roc_auc" ? rocAucOfCounts : averagePrecisionOfCounts;
  return (indices) => {
    count(indices);
    return walk(counts);
  };
}
function rocAucOfCounts(counts) {
  let pairsWon = 0;
  let below2 = 0;
  let positives = 0;
  for (let g = 0; g < counts.length; g += 2) {
    const tiedNegatives = counts[g];
    const tiedPositives = counts[g + 1];
    if (tiedPositives > 0) pairsWon += tiedPositives * (below2 + tiedNegatives / 2);
    below2 += tiedNegatives;
    positives += tiedPositives;
  }
  if (positives === 0 || below2 === 0) return Number.NaN;
  return finite(pairsWon / (positives * below2));
}
function averagePrecisionOfCounts(counts) {
  let positiveCount = 0;
  for (let g = 1; g < counts.length; g += 2) positiveCount += counts[g];
  if (positiveCount === 0) return Number.NaN;
  let truePositives = 0;
  let falsePositives = 0;
  let averagePrecision = 0;
  for (let g = counts.length - 2; g >= 0 && truePositives < positiveCount; g -= 2) {
    const newTruePositives = counts[g + 1];
    falsePositives += counts[g];
    truePositives += newTruePositives;
    if (newTruePositives > 0) averagePrecision += newTruePositives / positiveCount * (truePositives / (truePositives + falsePositives));
  }
  return finite(averagePrecision);
}
function r2OfRows(yTrue, squares, indices) {
  let residualSquares = 0;
  let mean = 0;
  let totalSquares = 0;
  for (let i = 0; i < indices.length; i++) {
    const row = indices[i];
    const truth = yTrue[row];
    residualSquares += squares[row];
    const delta = truth - mean;
    mean += delta / (i + 1);
    totalSquares += delta * (truth - mean);
  }
  if (totalSquares === 0) return residualSquares === 0 ? 1 : 0;
  return finite(1 - residualSquares / totalSquares);
}
function rankOf(values, value) {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = low + high >>> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
function regressionStatistic(id, input) {
  const { yTrue, yPred } = input;
  const n2 = yTrue.length;
  if (n2 === 0 || yPred.length !== n2 || !(id === "mae" || id === "rmse" || id === "mape" || id === "r2")) return void 0;
  const term = new Float64Array(n2);
  for (let i = 0; i < n2; i++) {
    const truth = yTrue[i];
    const error = yPred[i] - truth;
    if (!Number.isFinite(error)) return void 0;
    term[i] = id === "mae" ? Math.abs(error) : id === "mape" ? Math.abs(error) / Math.max(Math.abs(truth), Number.EPSILON) : error * error;
  }
  if (id === "r2") return (indices) => r2OfRows(yTrue, term, indices);
  return (indices) => {
    const mean = sumTerms(term, indices) / indices.length;
    return finite(id === "rmse" ? Math.sqrt(mean) : mean);
  };
}

// src/core/stats/bootstrap.ts
var DEFAULT_RESAMPLES = 1e3;
var DEFAULT_LEVEL = 0.95;
var DEFAULT_SEED = 0;
function bootstrapCIs(options) {
  const settings = resolve2(options);
  const all = identityIndices(settings.n);
  return run(settings, options.statistics, options.statistics.map((statistic) => statistic(all)));
}
function pairedBootstraps(options) {
  const settings = resolve2(options);
  const all = identityIndices(settings.n);
  const estimates = options.statistics.map((statistic) => statistic(all));
  const differences = options.statistics.map((statistic) => (indices) => {
    const [a, b] = statistic(indices);
    return a - b;
  });
  return run(settings, differences, estimates.map(([a, b]) => a - b)).map((interval3, s) => ({ ...interval3, estimateA: estimates[s][0], estimateB: estimates[s][1] }));
}
function resolve2(options) {
  const { n: n2, resamples = DEFAULT_RESAMPLES, level: level2 = DEFAULT_LEVEL, seed = DEFAULT_SEED, method = "percentile" } = options;
  if (!Number.isInteger(n2) || n2 < 1 || n2 > 4294967295) throw new RangeError(`n must be a positive integer number of rows; got ${n2}`);
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples must be a positive integer; got ${resamples}`);
  if (!(level2 > 0 && level2 < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${level2}`);
  if (method !== "percentile" && method !== "bca") throw new RangeError(`method must be 'percentile' or 'bca'; got ${String(method)}`);
  return { n: n2, resamples, level: level2, seed, method };
}
function run(settings, statistics, estimates) {
  const { n: n2, resamples } = settings;
  const rng = createRng(settings.seed);
  const indices = new Uint32Array(n2);
  const replicates = statistics.map(() => new Float64Array(resamples));
  const used = statistics.map(() => 0);
  for (let r = 0; r < resamples; r++) {
    sampleIndices(n2, rng, indices);
    for (let s = 0; s < statistics.length; s++) {
      const value = statistics[s](indices);
      if (!Number.isNaN(value)) replicates[s][used[s]++] = value;
    }
  }
  return statistics.map((statistic, s) => interval(settings, statistic, estimates[s], replicates[s].subarray(0, used[s])));
}
function interval(settings, statistic, estimate, replicates) {
  const { n: n2, resamples, level: level2, seed } = settings;
  const used = replicates.length;
  const sorted = Array.from(replicates.sort());
  const base = { estimate, level: level2, resamples, resamplesUsed: used, resamplesSkipped: resamples - used, seed };
  if (used === 0) {
    return { ...base, lower: Number.NaN, upper: Number.NaN, standardError: Number.NaN, method: settings.method };
  }
  const standardError = used > 1 ? sampleStandardDeviation(sorted) : Number.NaN;
  const tail = (1 - level2) / 2;
  const adjusted = settings.method === "bca" ? bcaProbabilities(sorted, estimate, tail, n2, statistic) : void 0;
  const [lowerP, upperP] = adjusted ?? [tail, 1 - tail];
  return {
    ...base,
    lower: quantileSorted(sorted, lowerP),
    upper: quantileSorted(sorted, upperP),
    standardError,
    method: adjusted ? "bca" : "percentile"
  };
}
function bcaProbabilities(sorted, estimate, tail, n2, statistic) {
  if (Number.isNaN(estimate)) return void 0;
  let below2 = 0;
  let equal = 0;
  for (const value of sorted) {
    if (value < estimate) below2++;
    else if (value === estimate) equal++;
  }
  const bias = normalQuantile((below2 + equal / 2) / sorted.length);
  if (!Number.isFinite(bias)) return void 0;
  const acceleration = jackknifeAcceleration(n2, statistic);
  const adjust = (z) => {
    const shifted = bias + z;
    const denominator = 1 - acceleration * shifted;
    return denominator > 0 ? normalCdf(bias + shifted / denominator) : Number.NaN;
  };
  const lower = adjust(normalQuantile(tail));
  const upper = adjust(normalQuantile(1 - tail));
  if (!(lower >= 0 && upper <= 1 && lower <= upper)) return void 0;
  return [lower, upper];
}
function jackknifeAcceleration(n2, statistic) {
  if (n2 < 3) return 0;
  const indices = new Uint32Array(n2 - 1);
  for (let i = 0; i < n2 - 1; i++) indices[i] = i + 1;
  const values = new Float64Array(n2);
  let count = 0;
  let total4 = 0;
  for (let i = 0; i < n2; i++) {
    if (i > 0) indices[i - 1] = i - 1;
    const value = statistic(indices);
    if (!Number.isNaN(value)) {
      values[count++] = value;
      total4 += value;
    }
  }
  const mean = total4 / count;
  let squares = 0;
  let cubes = 0;
  for (let i = 0; i < count; i++) {
    const d = mean - values[i];
    squares += d * d;
    cubes += d * d * d;
  }
  return squares > 0 ? cubes / (6 * squares ** 1.5) : 0;
}
function identityIndices(n2) {
  const indices = new Uint32Array(n2);
  for (let i = 0; i < n2; i++) indices[i] = i;
  return indices;
}

// src/core/stats/delong.ts
function delongAucInterval(labels, scores, options = {}) {
  const level2 = checkLevel(options.level);
  const { positives, negatives } = countClasses(labels, 2, scores.length);
  const { auc, positivePlacements, negativePlacements } = placements(labels, scores, positives, negatives);
  const variance = sampleVariance2(positivePlacements) / positives + sampleVariance2(negativePlacements) / negatives;
  const standardError = Math.sqrt(variance);
  const half = normalQuantile((1 + level2) / 2) * standardError;
  return { auc, variance, standardError, ciLower: auc - half, ciUpper: auc + half, level: level2, positives, negatives };
}
function delongTest(labels, scoresA, scoresB, options = {}) {
  const level2 = checkLevel(options.level);
  if (scoresA.length !== scoresB.length) {
    throw new RangeError(`both models must be scored on the same rows; got ${scoresA.length} and ${scoresB.length} scores`);
  }
  const { positives, negatives } = countClasses(labels, 2, scoresA.length);
  const a = placements(labels, scoresA, positives, negatives);
  const b = placements(labels, scoresB, positives, negatives);
  const variance = sampleVariance2(subtract(a.positivePlacements, b.positivePlacements)) / positives + sampleVariance2(subtract(a.negativePlacements, b.negativePlacements)) / negatives;
  const difference = a.auc - b.auc;
  const standardError = Math.sqrt(variance);
  const z = standardError > 0 ? difference / standardError : difference === 0 ? 0 : Math.sign(difference) * Number.POSITIVE_INFINITY;
  const half = normalQuantile((1 + level2) / 2) * standardError;
  return {
    aucA: a.auc,
    aucB: b.auc,
    difference,
    variance,
    standardError,
    z,
    pValue: normalTwoSidedPValue(z),
    ciLower: difference - half,
    ciUpper: difference + half,
    level: level2,
    positives,
    negatives
  };
}
function placements(labels, scores, positives, negatives) {
  const total4 = scores.length;
  for (let i = 0; i < total4; i++) {
    if (Number.isNaN(scores[i])) throw new RangeError(`score at row ${i} is NaN; drop or impute missing scores before DeLong's test`);
  }
  const order = new Uint32Array(total4);
  for (let i = 0; i < total4; i++) order[i] = i;
  order.sort((i, j) => scores[i] - scores[j] || i - j);
  const rankInClass = new Uint32Array(total4);
  for (let i = 0, p = 0, q = 0; i < total4; i++) rankInClass[i] = labels[i] === 1 ? p++ : q++;
  const positivePlacements = new Float64Array(positives);
  const negativePlacements = new Float64Array(negatives);
  let positivesBefore = 0;
  let negativesBefore = 0;
  let placementSum = 0;
  for (let start = 0; start < total4; ) {
    const value = scores[order[start]];
    let end = start;
    let positivesTied = 0;
    while (end < total4 && scores[order[end]] === value) {
      if (labels[order[end]] === 1) positivesTied++;
      end++;
    }
    const negativesTied = end - start - positivesTied;
    const positivePlacement = (negativesBefore + negativesTied / 2) / negatives;
    const negativePlacement = 1 - (positivesBefore + positivesTied / 2) / positives;
    for (let k = start; k < end; k++) {
      const row = order[k];
      if (labels[row] === 1) {
        positivePlacements[rankInClass[row]] = positivePlacement;
        placementSum += positivePlacement;
      } else {
        negativePlacements[rankInClass[row]] = negativePlacement;
      }
    }
    positivesBefore += positivesTied;
    negativesBefore += negativesTied;
    start = end;
  }
  return { auc: placementSum / positives, positivePlacements, negativePlacements };
}
function countClasses(labels, minimum, rows) {
  if (labels.length !== rows) throw new RangeError(`labels and scores must have the same rows; got ${labels.length} labels and ${rows} scores`);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) {
    const label2 = labels[i];
    if (label2 === 1) positives++;
    else if (label2 !== 0) throw new RangeError(`label at row ${i} is ${label2}; DeLong's test needs binary labels 0 (negative) and 1 (positive)`);
  }
  const negatives = labels.length - positives;
  if (positives < minimum || negatives < minimum) {
    throw new RangeError(`DeLong's variance needs at least ${minimum} positive and ${minimum} negative rows; got ${positives} positive and ${negatives} negative`);
  }
  return { positives, negatives };
}
function checkLevel(level2 = 0.95) {
  if (!(level2 > 0 && level2 < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${level2}`);
  return level2;
}
function subtract(a, b) {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}
function sampleVariance2(values) {
  return sampleVariance(Array.from(values));
}

// src/core/stats/mcnemar.ts
var MCNEMAR_EXACT_BELOW = 25;
var MAX_EXACT_TRIALS = 1e3;
function mcnemar(b, c, options = {}) {
  for (const [name, value] of [["b", b], ["c", c]]) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer count; got ${value}`);
  }
  const discordant = b + c;
  const requested = options.method ?? "auto";
  const method = requested === "auto" ? discordant < MCNEMAR_EXACT_BELOW ? "exact" : "chi2-corrected" : requested;
  if (method === "exact") {
    const smaller = Math.min(b, c);
    return { b, c, statistic: smaller, pValue: exactTwoSidedHalfBinomial(smaller, discordant), method };
  }
  if (discordant === 0) return { b, c, statistic: 0, pValue: 1, method };
  const corrected = Math.max(0, Math.abs(b - c) - 1);
  const statistic = corrected * corrected / discordant;
  return { b, c, statistic, pValue: chiSquared1Sf(statistic), method };
}
function mcnemarFromCorrectness(correctA, correctB, options = {}) {
  if (correctA.length !== correctB.length) {
    throw new RangeError(`both models must be scored on the same rows; got ${correctA.length} and ${correctB.length} rows`);
  }
  let b = 0;
  let c = 0;
  for (let i = 0; i < correctA.length; i++) {
    const aRight = correctA[i] !== 0;
    const bRight = correctB[i] !== 0;
    if (aRight && !bRight) b++;
    else if (bRight && !aRight) c++;
  }
  return mcnemar(b, c, options);
}
function exactTwoSidedHalfBinomial(k, n2) {
  if (n2 > MAX_EXACT_TRIALS) {
    throw new RangeError(`the exact McNemar test supports at most ${MAX_EXACT_TRIALS} discordant rows; got ${n2}: use 'chi2-corrected'`);
  }
  if (2 * k >= n2) return 1;
  let coefficient = 1;
  let sum2 = 1;
  for (let i = 1; i <= k; i++) {
    coefficient = coefficient * (n2 - i + 1) / i;
    sum2 += coefficient;
  }
  return Math.min(1, sum2 * 2 ** (1 - n2));
}

// src/core/stats/wilson.ts
function wilsonInterval(x, n2, z) {
  if (!(n2 > 0)) return { lower: 0, upper: 1 };
  if (!(x >= 0 && x <= n2)) throw new RangeError(`successes must be in [0, ${n2}]; got ${x}`);
  const p = x / n2;
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n2 + z2);
  const half = z * Math.sqrt(n2 * p * (1 - p) + z2 / 4) / (n2 + z2);
  return { lower: x === 0 ? 0 : Math.max(0, centre - half), upper: x === n2 ? 1 : Math.min(1, centre + half) };
}

// src/core/stats/newcombe-paired.ts
function newcombePairedDifference(counts, z) {
  const { both: a, onlyFirst: b, onlySecond: c, neither: d } = counts;
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer count; got ${value}`);
  }
  const n2 = a + b + c + d;
  if (n2 === 0) return { lower: -1, upper: 1 };
  const first = a + b;
  const second = a + c;
  const p1 = first / n2;
  const p2 = second / n2;
  const w1 = wilsonInterval(first, n2, z);
  const w2 = wilsonInterval(second, n2, z);
  let phi = 0;
  if (first > 0 && first < n2 && second > 0 && second < n2) {
    const cross = a * d - b * c;
    const margins = Math.sqrt(first) * Math.sqrt(n2 - first) * Math.sqrt(second) * Math.sqrt(n2 - second);
    phi = cross > n2 / 2 ? (cross - n2 / 2) / margins : cross >= 0 ? 0 : cross / margins;
  }
  const estimate = p1 - p2;
  const below2 = Math.sqrt(Math.max(0, (p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2 - 2 * phi * (p1 - w1.lower) * (w2.upper - p2)));
  const above = Math.sqrt(Math.max(0, (p2 - w2.lower) ** 2 + (w1.upper - p1) ** 2 - 2 * phi * (p2 - w2.lower) * (w1.upper - p1)));
  return { lower: Math.max(-1, estimate - below2), upper: Math.min(1, estimate + above) };
}

// src/core/champion/gate.ts
var MAX_RESAMPLED_ROWS = 2e7;
var MIN_RESAMPLES = 200;
function resamplesFor(rows, requested = 1e3) {
  return Math.max(MIN_RESAMPLES, Math.min(requested, Math.floor(MAX_RESAMPLED_ROWS / Math.max(rows, 1))));
}
function correctness(input) {
  if (input.task === "regression") throw new Error("correctness applies to classification");
  return Uint8Array.from(input.yTrue, (truth, i) => truth === input.yPred[i] ? 1 : 0);
}
function compareWithChampion(challenger, champion, options) {
  const n2 = challenger.yTrue.length;
  const level2 = 1 - options.alpha;
  const resamples = resamplesFor(n2, options.resamples);
  const comparisons = [];
  const checks = [];
  const bootstrapped = pairedIntervals(challenger, champion, options, resamples);
  for (const [index, id] of options.metrics.entries()) {
    const pointer = `/gates/champion/metrics/${index}`;
    const definition = metricById(id);
    const challengerValue = metricOrNaN(id, challenger);
    const championValue = metricOrNaN(id, champion);
    if (Number.isNaN(challengerValue) || Number.isNaN(championValue)) {
      comparisons.push({ metric: id, challenger: finiteOrNull(challengerValue), champion: finiteOrNull(championValue), delta: null });
      checks.push({ name: id, verdict: "error", value: finiteOrNull(challengerValue), champion: finiteOrNull(championValue), delta: null, message: `${id} has no value for one of the models on this data`, pointer });
      continue;
    }
    const delta = challengerValue - championValue;
    let ci;
    let pValue;
    let method;
    if (id === "roc_auc" && challenger.task === "binary-classification" && champion.task === "binary-classification" && challenger.score && champion.score) {
      const test2 = delongTest(challenger.yTrue, challenger.score, champion.score, { level: level2 });
      ci = { lower: test2.ciLower, upper: test2.ciUpper, level: level2 };
      pValue = test2.pValue;
      method = "delong";
    } else if (id === "accuracy" && challenger.task !== "regression" && champion.task !== "regression") {
      const paired = newcombePairedDifference(pairedCounts(correctness(challenger), correctness(champion)), normalQuantile((1 + level2) / 2));
      ci = { lower: paired.lower, upper: paired.upper, level: level2 };
      method = "newcombe-paired";
    } else {
      const interval4 = bootstrapped.get(index);
      ci = { lower: interval4.lower, upper: interval4.upper, level: level2 };
      method = `paired-bootstrap (${interval4.resamplesUsed} resamples, percentile)`;
    }
    const higherIsBetter = definition.direction === "higher-is-better";
    const regression = higherIsBetter ? ci.upper < -options.tolerance : ci.lower > options.tolerance;
    const comparison = { metric: id, challenger: challengerValue, champion: championValue, delta, ci, method, regression };
    if (pValue !== void 0) comparison.pValue = pValue;
    comparisons.push(comparison);
    const interval3 = `[${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}] at ${Math.round(level2 * 100)}%`;
    const side = higherIsBetter ? "drop" : "rise";
    checks.push({
      name: id,
      pointer,
      verdict: regression ? "fail" : "pass",
      value: challengerValue,
      champion: championValue,
      delta,
      message: regression ? `significantly worse than the champion: \u0394 ${formatNumber(delta)}, interval ${interval3} lies beyond the allowed ${side} of ${formatNumber(options.tolerance)}` : `\u0394 ${formatNumber(delta)}, interval ${interval3}: no significant ${side} beyond ${formatNumber(options.tolerance)}`
    });
  }
  if (challenger.task === "regression" || champion.task === "regression") return { comparisons, checks };
  const test = mcnemarFromCorrectness(correctness(challenger), correctness(champion));
  return { comparisons, checks, mcnemar: { onlyChallengerCorrect: test.b, onlyChampionCorrect: test.c, pValue: test.pValue, method: test.method } };
}
function closedForm(id, challenger, champion) {
  if (id === "roc_auc") return challenger.task === "binary-classification" && champion.task === "binary-classification" && challenger.score !== void 0 && champion.score !== void 0;
  return id === "accuracy" && challenger.task !== "regression" && champion.task !== "regression";
}
function pairedIntervals(challenger, champion, options, resamples) {
  const indices = [...options.metrics.keys()].filter((i) => {
    const id = options.metrics[i];
    return !closedForm(id, challenger, champion) && !Number.isNaN(metricOrNaN(id, challenger)) && !Number.isNaN(metricOrNaN(id, champion));
  });
  if (indices.length === 0) return /* @__PURE__ */ new Map();
  const statistics = indices.map((i) => {
    const ofChallenger = resampledMetric(options.metrics[i], challenger);
    const ofChampion = resampledMetric(options.metrics[i], champion);
    return (rows) => [ofChallenger(rows), ofChampion(rows)];
  });
  const intervals = pairedBootstraps({ n: challenger.yTrue.length, resamples, level: 1 - options.alpha, seed: options.seed, statistics });
  return new Map(indices.map((i, k) => [i, intervals[k]]));
}
function pairedCounts(first, second) {
  const counts = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (let i = 0; i < first.length; i++) {
    if (first[i] && second[i]) counts.both++;
    else if (first[i]) counts.onlyFirst++;
    else if (second[i]) counts.onlySecond++;
    else counts.neither++;
  }
  return counts;
}
function finiteOrNull(value) {
  return Number.isFinite(value) ? value : null;
}

// src/core/champion/render.ts
function championText(model) {
  const c = model.evaluation?.champion;
  if (!c) return [];
  const lines = [`  champion ${c.version} (${c.source}): ${c.comparisons.map((m) => `${m.metric} \u0394 ${signed(m.delta)} ${intervalText(m)}`).join("; ")}`];
  if (c.mcnemar) lines.push(`    McNemar: ${c.mcnemar.onlyChallengerCorrect} rows only the challenger gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num2(c.mcnemar.pValue)}`);
  return lines;
}
function championMarkdown(model) {
  const c = model.evaluation?.champion;
  if (!c) return [];
  const out = [`**Against the champion** ${c.version} (\`${c.source}\`, ${c.commit.slice(0, 12)}):`, ""];
  out.push(
    markdownTable2([
      ["Metric", "Model", "Champion", "\u0394", "Interval of \u0394", "p", "Method", "Regression"],
      ...c.comparisons.map((m) => [m.metric, num2(m.challenger), num2(m.champion), signed(m.delta), intervalText(m), m.pValue === void 0 ? "" : num2(m.pValue), m.method ?? "", m.regression ? "\u274C yes" : "no"])
    ]),
    ""
  );
  if (c.mcnemar) out.push(`McNemar (${c.mcnemar.method}): ${c.mcnemar.onlyChallengerCorrect} rows only the model gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num2(c.mcnemar.pValue)}.`, "");
  return out;
}
function championHtml(model) {
  const champion = model.evaluation?.champion;
  if (!champion) return void 0;
  const level2 = champion.comparisons.find((c) => c.ci)?.ci?.level;
  const rows = champion.comparisons.map((c) => {
    const direction = metricById(c.metric)?.direction;
    const tolerance = champion.tolerance;
    const limit = tolerance === void 0 || direction === void 0 ? {} : direction === "higher-is-better" ? { limit: -tolerance, worseSide: "below" } : { limit: tolerance, worseSide: "above" };
    return {
      label: c.metric,
      estimate: c.delta,
      ...c.ci ? { lower: c.ci.lower, upper: c.ci.upper } : {},
      ...limit,
      flagged: c.regression === true,
      note: `\u0394 ${signed(c.delta)}${c.ci ? ` ${intervalText(c)}` : ""}${c.regression ? " regression" : ""}`
    };
  });
  const levelText = level2 === void 0 ? "" : ` with ${Math.round(level2 * 100)}% intervals`;
  const aria = `Forest plot of model minus champion ${champion.version} per metric${levelText}: ${champion.comparisons.map((c) => `${c.metric} ${signed(c.delta)} ${intervalText(c)}${c.regression ? " (regression)" : ""}`).join("; ")}${champion.tolerance === void 0 ? "" : `; tolerance ${num2(champion.tolerance)}`}.`;
  const out = [
    `<h3>Champion vs challenger</h3>`,
    `<p>Against the champion <strong>${escapeHtml(champion.version)}</strong> (${code(champion.source)}, commit ${code(champion.commit.slice(0, 12))}), on the same rows.</p>`
  ];
  if (rows.length > 0) {
    out.push(
      figure(
        forestPlot({ ariaLabel: aria, rows, format: (v) => signed(v) }),
        legend(keyOf(COLORS.model, `\u0394 = model \u2212 champion${levelText}`), keyOf(COLORS.regression, "regression"), ...champion.tolerance === void 0 ? [] : [keyOf(COLORS.regression, `tolerance ${num2(champion.tolerance)} (shaded: worse side)`, true)]),
        champion.tolerance === void 0 ? "A regression is a significant worsening by more than the tolerance; this report does not record the tolerance." : `A metric regresses when its whole interval lies past the dashed tolerance line on the worse side; an interval that straddles it is no evidence of a regression.`
      )
    );
  }
  out.push(
    table(
      ["Metric", "Model", "Champion", "\u0394", "Interval of \u0394", "p", "Method", "Regression"],
      champion.comparisons.map((c) => [c.metric, n(num2(c.challenger)), n(num2(c.champion)), n(signed(c.delta)), n(intervalText(c)), n(c.pValue === void 0 ? "" : num2(c.pValue)), c.method ?? "", html(c.regression ? flag("fail", "yes") : "no")])
    )
  );
  if (champion.mcnemar) {
    const m = champion.mcnemar;
    out.push(`<p>McNemar (${escapeHtml(m.method)}): ${m.onlyChallengerCorrect} rows only the model gets right, ${m.onlyChampionCorrect} only the champion; p = ${escapeHtml(num2(m.pValue))}.</p>`);
  }
  return out.join("\n");
}

// src/core/champion/section.ts
var DEFAULT_TOLERANCE = 0;
var DEFAULT_ALPHA3 = 0.05;
var CHAMPION_GATE_SCHEMA = object(
  "No significant regression against the version now in production.",
  {
    metrics: { type: "array", description: "Metric ids to compare.", minItems: 1, uniqueItems: true, items: string("A metric id.") },
    tolerance: number("Largest allowed drop in each metric (in the metric's units). Default 0.", { minimum: 0 }),
    alpha: level("Significance level of the comparison tests. Default 0.05.")
  },
  ["metrics"]
);
var championSection = defineSection({
  id: "champion",
  title: "Champion vs challenger",
  order: 30,
  gate: {
    needs: "champion",
    manifest: CHAMPION_GATE_SCHEMA,
    decide: (measured, { manifest, blocking, seed }) => {
      const settings = manifest.gates.champion;
      const tolerance = settings.tolerance ?? DEFAULT_TOLERANCE;
      const compared = compareWithChampion(measured.challenger, measured.champion, { metrics: settings.metrics, tolerance, alpha: settings.alpha ?? DEFAULT_ALPHA3, seed });
      return {
        gate: gateResult("champion", compared.checks, blocking),
        evaluation: {
          champion: {
            version: measured.version,
            source: measured.source,
            commit: measured.commit,
            metrics: computeMetrics(measured.champion).values,
            comparisons: compared.comparisons,
            tolerance,
            ...compared.mcnemar ? { mcnemar: compared.mcnemar } : {}
          }
        }
      };
    }
  },
  reportSchema: {
    evaluation: {
      champion: obj2(
        "The model against the version in production, on the same rows.",
        {
          version: str2("Champion version."),
          source: str2("Stage tag or base ref the champion was found at."),
          commit: str2("Commit of the champion."),
          metrics: { type: "object", description: "Champion's metric values.", additionalProperties: nullableNumber2("Metric value.") },
          comparisons: array2("Per metric.", { $ref: "#/$defs/comparison" }),
          tolerance: num3("Largest allowed worsening, in each metric's units (gates.champion.tolerance)."),
          mcnemar: obj2(
            "McNemar's test on paired correctness.",
            {
              onlyChallengerCorrect: int2("Rows only the challenger gets right."),
              onlyChampionCorrect: int2("Rows only the champion gets right."),
              pValue: num3("Two-sided p-value."),
              method: str2("exact or chi2-corrected.")
            },
            ["onlyChallengerCorrect", "onlyChampionCorrect", "pValue", "method"]
          )
        },
        ["version", "source", "commit", "metrics", "comparisons"]
      )
    }
  },
  text: { details: championText },
  markdown: { evaluation: championMarkdown },
  html: { evaluation: championHtml }
});

// src/core/drift/chunks/schema.ts
var ISO_UTC = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$";
var str3 = (description, extra = {}) => ({ type: "string", description, ...extra });
var int3 = (description) => ({ type: "integer", minimum: 0, description });
var num4 = (description) => ({ type: "number", description });
var nullableNumber3 = (description) => ({ type: ["number", "null"], description });
var bool2 = (description) => ({ type: "boolean", description });
var instant = (description) => str3(description, { pattern: ISO_UTC });
var array3 = (description, items) => ({ type: "array", description, items });
var obj3 = (description, properties, required) => ({ type: "object", description, additionalProperties: false, required, properties });
var rule = {
  description: "How alert thresholds come from the reference chunks.",
  oneOf: [
    obj3("Student-t prediction interval: a stationary, normal signal alerts with probability alpha per chunk (the default).", { kind: { const: "calibrated", description: "The rule." }, alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1, description: "Per-chunk false-alert rate (default 0.01)." } }, ["kind"]),
    obj3("NannyML's StandardDeviationThreshold: mean \xB1 k \xB7 std (ddof 0).", { kind: { const: "std", description: "The rule." }, k: { type: "number", exclusiveMinimum: 0, description: "Multiplier of the std (default 3)." } }, ["kind"]),
    obj3("Quantiles of the reference chunks (numpy linear).", { kind: { const: "quantile", description: "The rule." }, lower: { type: "number", minimum: 0, maximum: 1, description: "Lower quantile (default 0.005)." }, upper: { type: "number", minimum: 0, maximum: 1, description: "Upper quantile (default 0.995)." } }, ["kind"])
  ]
};
var thresholds = obj3(
  "The alert band of a signal, from its values on the reference chunks.",
  {
    rule: { enum: ["calibrated", "std", "quantile"], description: "The rule that made the band." },
    side: { enum: ["both", "upper", "lower"], description: "Which way the signal alerts: drift statistics only upwards." },
    scale: { const: "log", description: "The band was computed on log(value) (drift statistics): mean and std are of the logarithms." },
    lower: nullableNumber3("Lower bound; null for none (side, or fewer than two reference chunks with a value)."),
    upper: nullableNumber3("Upper bound; null for none."),
    referenceChunks: int3("Reference chunks whose value entered the band."),
    mean: nullableNumber3("Mean of those values."),
    std: nullableNumber3("Their population std (ddof 0)."),
    multiplier: num4("calibrated and std: the multiplier of the std."),
    nominalRate: num4("calibrated and std: the per-chunk false-alert rate of the band for a stationary, normally distributed signal.")
  },
  ["rule", "side", "lower", "upper", "referenceChunks", "mean", "std"]
);
var perChunk = (description, items) => array3(`${description} One entry per chunk, in chunk order.`, items);
var signal = obj3(
  "One signal over the chunks.",
  {
    id: str3("Signal id, as the monitoring log keys results: drift.<feature>.statistic, prediction.drift.statistic, missing.<feature>, cbpe.<metric>, realised.<metric>, dle.<metric>.", { minLength: 1 }),
    kind: { enum: ["drift", "prediction-drift", "missing", "estimated", "realised"], description: "What the signal measures." },
    values: perChunk("The value; null where not computable (an empty chunk, a test that does not apply, no labels).", { type: ["number", "null"] }),
    thresholds,
    alerts: perChunk("The value is outside the band (never on an empty or insufficient chunk).", { type: "boolean" }),
    alertCount: int3("Chunks that alerted."),
    driftingSince: { type: ["string", "null"], description: "Key of the first chunk of the run of consecutive alerts still going at the last chunk with a value; null when that chunk is fine." },
    test: obj3(
      "Drift signals: the column's test and each chunk's own calibrated decision against the whole reference.",
      {
        method: str3("Test id (ks, chi2, z, psi, jensenshannon, wasserstein, hellinger)."),
        alpha: num4("The false-alarm rate of the per-chunk decision (or, threshold_mode fixed, the distance threshold)."),
        pValues: perChunk("The p-value (a distance: its permutation p-value).", { type: ["number", "null"] }),
        drifted: perChunk("The decision.", { type: ["boolean", "null"] })
      },
      ["method", "alpha", "pValues", "drifted"]
    ),
    labelledRows: perChunk("Realised signals: rows whose label arrived (alerts need min_rows of them).", { type: "integer", minimum: 0 })
  },
  ["id", "kind", "values", "thresholds", "alerts", "alertCount", "driftingSince"]
);
var chunk = obj3(
  "One chunk of current data.",
  {
    index: int3("Position in the series, from 0."),
    key: str3("Stable key: 2026-02-09 (day), 2026-W07 (ISO week), 2026-02 (month), rows:<first>-<last> (size and count chunks, positions inclusive).", { minLength: 1 }),
    start: instant("Period chunks: first instant (inclusive)."),
    end: instant("Period chunks: end (exclusive)."),
    rows: int3("Rows in the chunk."),
    first: instant("Earliest timestamp among its rows."),
    last: instant("Latest timestamp among its rows."),
    empty: bool2("No rows: a period inside the range without data."),
    insufficient: bool2("Fewer than min_rows rows: values shown, no alert.")
  },
  ["index", "key", "rows", "empty", "insufficient"]
);
var MONITORING_SERIES_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelops.dev/schemas/monitoring-series.schema.json",
  title: "modelops monitoring series",
  description: "Per-chunk monitoring signals of one model over current data, with alert thresholds from the reference chunks (src/core/drift/chunks/series.ts).",
  type: "object",
  additionalProperties: false,
  required: ["chunking", "reference", "thresholdRule", "chunks", "signals", "notOffered"],
  properties: {
    chunking: obj3(
      "How the current rows were cut.",
      {
        by: { enum: ["period", "size", "count"], description: "By period of the timestamp column, by rows per chunk, or into a number of chunks." },
        period: { enum: ["day", "week", "month"], description: "Period chunks: the period (weeks are ISO weeks, Monday first)." },
        timeZone: str3("Period chunks: the IANA zone of the period boundaries."),
        size: { type: "integer", minimum: 1, description: "Size chunks: rows per chunk." },
        count: { type: "integer", minimum: 1, description: "Count chunks: the number of chunks." },
        minRows: int3("Chunks with fewer rows are insufficient."),
        rows: int3("Rows given."),
        invalidTimestamps: obj3("Rows whose timestamp is missing or invalid: in no chunk.", { count: int3("How many."), rows: array3("The first positions.", { type: "integer", minimum: 0 }) }, ["count", "rows"])
      },
      ["by", "minRows", "rows", "invalidTimestamps"]
    ),
    reference: obj3("The reference chunks behind the thresholds.", { rows: int3("Reference rows."), chunkRows: { type: ["integer", "null"], minimum: 1, description: "Rows per reference chunk (the median current chunk size); null without reference chunks." }, chunks: int3("Reference chunks (0: fewer than two fit, no thresholds).") }, ["rows", "chunkRows", "chunks"]),
    thresholdRule: rule,
    estimatedBand: { enum: ["estimated", "realised"], description: "With performance signals: the estimates' band comes from the same estimate on the reference chunks (estimated, the default: a stationary chunk alerts at the rule's rate) or from the realised metric there (realised, NannyML's)." },
    chunks: array3("The chunks, in order; empty periods included.", chunk),
    signals: array3("The signals.", signal),
    notOffered: array3("Signals not computed, with why.", obj3("A signal not computed.", { signal: str3("Which."), reason: str3("Why.") }, ["signal", "reason"])),
    labels: obj3(
      "Labels joined to current rows by id.",
      { given: int3("Label rows given."), matched: int3("Current rows that got a label."), unmatched: int3("Label ids no current row has."), duplicateIds: int3("Ids given more than once (the last value is used)."), rowsWithoutId: int3("Current rows without an id.") },
      ["given", "matched", "unmatched", "duplicateIds", "rowsWithoutId"]
    )
  }
};

// src/core/drift/schema.ts
function seriesBody(description) {
  const { $schema: _schema, $id: _id, title: _title, ...body } = MONITORING_SERIES_SCHEMA;
  return { ...body, description };
}
var source = { enum: ["column", "dataset", "default"], description: "Where it came from: the column override, the dataset-wide setting, or the default." };
var missingSide = obj("Missing values on one side.", { rows: int("Rows."), missing: int("Rows without a value (NULL, NaN, \xB1Infinity, empty text)."), share: num("missing / rows.") }, ["rows", "missing", "share"]);
var driftColumn = (description, extra = {}, required = []) => obj(
  description,
  {
    ...extra,
    column: str("Column name."),
    kind: { enum: ["numeric", "categorical"], description: "Column type." },
    method: str(`Test id: ${DRIFT_TEST_IDS.slice(0, -1).join(", ")} or ${DRIFT_TEST_IDS.at(-1)}.`),
    methodSource: source,
    scoreKind: { enum: ["p-value", "distance"], description: "p-value: drift when the (adjusted) p-value < threshold; distance: drift when the distance >= threshold." },
    statistic: num("Test statistic (KS D, chi-squared, z, or the distance)."),
    pValue: num("Raw p-value (p-value tests)."),
    adjustedPValue: num("p-value after the multiple-testing correction; equals pValue without one."),
    distance: num("The distance (distance tests)."),
    threshold: num("Threshold: with decidedBy p-value, the false-alarm rate alpha the (adjusted) p-value is compared with; with decidedBy distance (threshold_mode fixed), the distance at or above which the column drifts."),
    thresholdSource: source,
    thresholdMode: { enum: [...THRESHOLD_MODES], description: "calibrated (default): every column is decided by a p-value at a stated false-alarm rate, a distance by its permutation p-value at these sample sizes; fixed: Evidently's thresholds on the score." },
    decidedBy: { enum: ["p-value", "distance"], description: "What the threshold is compared with (tested columns)." },
    falseAlarmRate: num("Share of columns without drift that this threshold flags at these sample sizes: alpha for a p-value decision; a permutation estimate for a fixed distance threshold (falseAlarmRateEstimated)."),
    falseAlarmRateEstimated: bool("falseAlarmRate is a permutation estimate (a fixed distance threshold), not alpha itself."),
    criticalValue: num("Calibrated distances: the distance from which the column counts as drifted at these sizes (the 1 - alpha quantile of its permutation null)."),
    evaluated: bool("Whether the column was tested (values on both sides, a test that applies); false: not tested, with the reason in error."),
    drifted: bool("The decision for this column."),
    error: str("Why the column was not tested."),
    errorCode: { enum: ["not-applicable", "no-data", "invalid-input"], description: "not-applicable: the method cannot test this column (a forced method); no-data: a side has no value; invalid-input: unusable samples." },
    detail: {
      type: "object",
      description: 'Test facts: pValueMethod (exact or asymptotic), binning and bins, approximation ("binned" when computed from profiles).',
      additionalProperties: { type: ["string", "number", "boolean"], description: "A fact." }
    },
    missing: obj(
      "Missing values, reference against current, as their own signal.",
      {
        reference: missingSide,
        current: missingSide,
        pValue: nullableNumber("Two-proportion z-test of the missing shares; null when neither side has a missing value."),
        changed: bool("The share changed: p < 0.05 and the shares differ by at least one percentage point.")
      },
      ["reference", "current", "pValue", "changed"]
    )
  },
  ["column", "kind", "method", "methodSource", "threshold", "thresholdSource", "thresholdMode", "evaluated", "drifted", "missing", ...required]
);
var dataset = (description) => obj(description, { dataset: str("Data file or profile, relative to the repository root (or as given)."), rows: int("Rows.") }, ["dataset", "rows"]);
var band = obj("Inclusive band.", { min: num("Lower end."), max: num("Upper end.") }, ["min", "max"]);
var sideRows = obj("Rows of one side.", { total: int("Rows in the data."), used: int("Rows used (after subsampling).") }, ["total", "used"]);
var DRIFT_REPORT_DEFS = {
  drift: obj(
    "Drift of the data (evaluation data in gate, current data in drift) against the reference (src/core/drift/analysis.ts).",
    {
      reference: dataset("The reference data."),
      current: obj(
        "The data compared with it, and (drift) what was read: production data is a source, not a pinned file.",
        {
          dataset: str("Data file, glob, query or profile, relative to the repository root (or as given)."),
          rows: int("Rows."),
          sources: array(
            "What was read: each file (a path, or every match of a glob) with its rows, size and sha256, or the query run with its engine and a digest of its result.",
            {
              anyOf: [
                obj("A file read.", { file: str("The file, relative to the repository root ($GITHUB_WORKSPACE/\u2026 for the workspace; as given when absolute)."), rows: int("Data rows read."), bytes: int("File size in bytes."), sha256: str("SHA-256 of the file as read.") }, ["file", "rows", "bytes", "sha256"]),
                obj("A query run.", { query: str("The SQL, as the manifest gives it."), engine: str("The engine and its version, e.g. DuckDB v1.4.2 (@duckdb/node-api 1.5.6-r.1)."), rows: int("Rows of the result."), sha256: str("SHA-256 of the result (column names and types, then each row as JSON).") }, ["query", "engine", "rows", "sha256"])
              ],
              description: "One input."
            }
          ),
          timestamp: obj("The timestamp column and the span of its values.", { column: str("monitoring.current.timestamp."), first: str("Earliest parseable value, ISO 8601."), last: str("Latest parseable value, ISO 8601.") }, ["column"])
        },
        ["dataset", "rows"]
      ),
      source: { enum: ["data", "profile"], description: "data: computed from rows; profile: from two profiles, where KS and Wasserstein are binned approximations." },
      features: obj(
        "Per-feature tests and the dataset decision.",
        {
          columns: array("One entry per feature.", { $ref: "#/$defs/driftColumn" }),
          evaluated: int("Columns tested."),
          untested: int("Columns that could not be tested; counted in the share as not drifted."),
          drifted: int("Columns that drifted."),
          share: num("drifted / all columns."),
          driftShare: num("Share at or above which the dataset counts as drifted (gates.drift.drift_share, default 0.5)."),
          datasetDrifted: bool("share >= driftShare."),
          undecided: bool("Not drifted, but the untested columns could have reached driftShare."),
          thresholdMode: { enum: [...THRESHOLD_MODES], description: "gates.drift.threshold_mode that applied." },
          correction: { enum: [...CORRECTIONS], description: "Multiple-testing correction over the p-value tests." },
          pValueTests: int("Columns in the corrected family.")
        },
        ["columns", "evaluated", "untested", "drifted", "share", "driftShare", "datasetDrifted", "undecided", "thresholdMode", "correction", "pValueTests"]
      ),
      prediction: { $ref: "#/$defs/driftPrediction", description: "The same test on the model's outputs, reference against current." },
      domainClassifier: obj(
        "A classifier trained to tell current from reference rows.",
        {
          auc: num("Cross-validated ROC AUC (pooled out-of-fold scores)."),
          foldAucs: array("AUC of each fold.", num("An AUC.")),
          threshold: num("Drift is an AUC above this: the permutation threshold at these sizes, or the fixed gates.drift.domain_classifier.auc_band max."),
          thresholdSource: { enum: ["permutation", "fixed"], description: "Where the threshold comes from." },
          falseAlarmRate: num("Share of no-drift samples of these sizes that alarm at the threshold: exact for the permutation threshold, estimated from the permutations for a fixed one."),
          pValue: num("Permutation p-value of the AUC, (1 + k) / (B + 1)."),
          permutations: int("Label permutations run (B)."),
          drifted: bool("The AUC is above the threshold."),
          topFeatures: array(
            "The most discriminating columns, at most five.",
            obj("One column.", { column: str("Column."), aucDrop: num("Drop in AUC when the column is shuffled."), coefficientNorm: num("L2 norm of its standardised coefficients.") }, ["column", "aucDrop", "coefficientNorm"])
          ),
          rows: obj("Rows used per side.", { reference: sideRows, current: sideRows }, ["reference", "current"]),
          skippedColumns: array("Columns that carry no information, and why.", obj("One column.", { column: str("Column."), reason: str("Why.") }, ["column", "reason"])),
          model: str("The classifier and its cross-validation.")
        },
        ["auc", "foldAucs", "threshold", "thresholdSource", "falseAlarmRate", "pValue", "permutations", "drifted", "topFeatures", "rows", "skippedColumns", "model"]
      ),
      performance: obj(
        "Confidence-based performance estimation (NannyML's CBPE) on the compared data, for binary classifiers.",
        {
          method: { const: "cbpe", description: "Estimation method." },
          rows: int("Rows estimated on."),
          threshold: num("Decision threshold."),
          calibration: obj("Whether the scores were calibrated (isotonic, fitted on the reference).", { calibrated: bool("Calibrated."), reason: str("Why (lowers-ece, does-not-lower-ece, ...).") }, ["calibrated", "reason"]),
          labelled: bool("Whether the compared data has labels (realised values present)."),
          metrics: array(
            "One entry per metric: accuracy, precision, recall, f1, roc_auc.",
            obj(
              "One estimated metric.",
              {
                metric: str("Metric id."),
                estimate: nullableNumber("Estimated value; null when undefined."),
                standardError: nullableNumber("Sampling standard error (NannyML)."),
                lower: nullableNumber("estimate - 3 standard errors, at least 0."),
                upper: nullableNumber("estimate + 3 standard errors, at most 1."),
                realised: nullableNumber("Realised value, when the data has labels."),
                reference: nullableNumber("Realised value on the reference."),
                thresholds: obj("Alert thresholds from the reference in 10 chunks (mean \xB1 3 std).", { lower: nullableNumber("Lower threshold."), upper: nullableNumber("Upper threshold.") }, ["lower", "upper"]),
                dropped: bool("The estimate is below the lower alert threshold.")
              },
              ["metric", "estimate", "standardError", "lower", "upper", "realised", "reference", "thresholds", "dropped"]
            )
          )
        },
        ["method", "rows", "threshold", "calibration", "labelled", "metrics"]
      ),
      histogram: obj(
        "The most drifted numeric feature, reference against current, for a chart.",
        {
          column: str("Column."),
          bins: array("Bin labels.", str("A bin, e.g. [20, 25).")),
          reference: array("Share of reference rows per bin.", num("A share.")),
          current: array("Share of current rows per bin.", num("A share."))
        },
        ["column", "bins", "reference", "current"]
      ),
      skipped: array(
        "Parts not computed, and why.",
        obj("A part.", { part: { enum: ["features", "prediction", "domain-classifier", "performance"], description: "Which part." }, reason: str("Why it was not computed.") }, ["part", "reason"])
      ),
      notes: array("How to read the numbers: corrections, approximations, defaults that applied.", str("A note."))
    },
    ["reference", "current", "source", "features", "skipped", "notes"]
  ),
  driftColumn: driftColumn("The drift test of one column."),
  driftPrediction: driftColumn("The drift test of the model's outputs.", { output: str("What was compared: P(positive), the predicted class, or the prediction.") }, ["output"]),
  monitoring: obj(
    "What modelops drift concluded for a production model: what the Action needs to open, update or close the drift issue and to dispatch retraining.",
    {
      drifted: bool("A check of the drift gate failed."),
      stale: bool("In production longer than monitoring.retraining.max_interval."),
      staleness: obj(
        "Days since the production version was promoted, against the retraining bounds.",
        {
          tag: str("The production tag (<name>#production#<n>) the age is measured from."),
          promotedAt: { type: "string", format: "date-time", description: "Its tagger date." },
          ageDays: num("Days since then."),
          minInterval: str("monitoring.retraining.min_interval."),
          maxInterval: str("monitoring.retraining.max_interval."),
          stale: bool("Older than max_interval."),
          tooSoonToRetrain: bool("Younger than min_interval: retraining now would be too soon."),
          verdict: { enum: ["pass", "fail", "skipped"], description: "fail when stale; skipped without a dated production tag or a max_interval." },
          message: str("The finding in words.")
        },
        ["stale", "tooSoonToRetrain", "verdict", "message"]
      ),
      retraining: obj(
        "Whether to dispatch retraining now, and how (monitoring.retraining.trigger).",
        {
          trigger: { enum: ["workflow_dispatch", "repository_dispatch", "none"], description: "GitHub mechanism." },
          workflow: str("Workflow file (workflow_dispatch)."),
          eventType: str("Event type (repository_dispatch)."),
          ref: str("Ref to run the workflow on."),
          dispatch: bool("Dispatch now: drifted or stale, a trigger declared, min_interval passed."),
          reason: str("Why (not).")
        },
        ["trigger", "dispatch", "reason"]
      ),
      alerting: obj("monitoring.alerting.", { issue: bool("Open and keep updated an issue while the model drifts or is stale."), mentions: array("Users or teams to mention.", str("@user or @org/team.")) }, ["issue", "mentions"]),
      series: seriesBody("Models with monitoring.chunks: every signal per chunk of the current data, and the chunks earlier runs logged (schemas/monitoring-series.schema.json)."),
      latest: obj(
        "What the latest chunk that can alert says: it decides the drift verdict.",
        { chunk: str("Its key (absent: no chunk has min_rows rows)."), alerts: array("Signals outside their band on it.", str("A signal id.")), driftingSince: { type: ["string", "null"], description: "The chunk the drift started: the earliest start of the current runs of alerts of the signals that fail the gate (with the calibrated rule, those significant family-wise); null when none fails." } },
        ["alerts", "driftingSince"]
      ),
      history: obj(
        "The monitoring log: what was read of it and what this run appended.",
        {
          branch: str("The log branch."),
          records: int("Records of the model read from the log."),
          fromLog: array("Chunk keys shown from the log (not in this run's data).", str("A chunk key.")),
          runs: array("The runs those chunks come from.", str("A run id.")),
          appended: int("Records this run appended (drift --log): its chunks that are new or whose results changed."),
          unchanged: int("Records of this run not appended because the newest logged record of their chunk says the same (drift --log)."),
          problem: str("Why the log could not be read or written.")
        },
        ["branch", "records", "fromLog", "runs"]
      )
    },
    ["drifted", "stale", "staleness", "retraining", "alerting"]
  )
};

// src/core/drift/section.ts
var DRIFT_GATE_SCHEMA = object("Drift of the evaluation (or current) data against the reference data.", {
  method: { enum: [...DRIFT_METHODS], description: "Test for every column; auto picks by column type and distinct values (KS, chi2 or z; with threshold_mode fixed, also by reference size, as Evidently). Default auto." },
  threshold: number("Threshold for every column. threshold_mode calibrated: the false-alarm rate alpha in (0, 1) of every test (a distance is decided by its permutation p-value), default 0.05. threshold_mode fixed: Evidently's, a p-value for tests and a distance for distances.", { exclusiveMinimum: 0 }),
  threshold_mode: {
    enum: [...THRESHOLD_MODES],
    description: "How thresholds are read. calibrated (default): as false-alarm rates that hold at the sample sizes seen (p-values; permutation p-values for distances). fixed: Evidently's fixed thresholds (p < 0.05, distance >= 0.1), for teams migrating from Evidently; they alarm far more or less often than stated when sizes differ."
  },
  drift_share: number("Share of drifted columns above which the dataset counts as drifted. Default 0.5.", { exclusiveMinimum: 0, maximum: 1 }),
  correction: { enum: [...CORRECTIONS], description: "Multiple-testing correction for p-value tests. Default none." },
  columns: {
    type: "object",
    description: "Per-column overrides, by column name.",
    additionalProperties: object("Override for one column.", {
      method: { enum: [...DRIFT_METHODS], description: "Test for this column." },
      threshold: number("Threshold for this column, read as threshold_mode says.", { exclusiveMinimum: 0 })
    })
  },
  prediction: object("Drift of the model's scores.", {
    method: { enum: [...DRIFT_METHODS], description: "Test for the scores." },
    threshold: number("Threshold for the scores, read as threshold_mode says.", { exclusiveMinimum: 0 })
  }),
  domain_classifier: object("A classifier trained to tell reference from current rows. Drift when its cross-validated ROC AUC is above the threshold from its own null distribution at these sample sizes (the AUC with the reference/current labels permuted); an AUC below 0.5 is never drift.", {
    alpha: level("False-alarm rate of the permutation threshold: drift when the permutation p-value is at most alpha. Default 0.05."),
    permutations: integer("Label permutations of the null distribution. Default 99 (fewer on large data, never below 19 or 1/alpha - 1).", { minimum: 19 }),
    auc_band: {
      ...bound("A fixed AUC threshold instead of the permutation one (explicit, for teams migrating from fixed bands): drift above max, which is required; min is accepted but never drift (an AUC below 0.5 is noise). The report says which false-alarm rate max stands for at these sizes."),
      type: "object",
      required: ["max"]
    }
  })
});
var driftSection = defineSection({
  id: "drift",
  title: "Drift",
  order: 60,
  alsoGates: ["staleness"],
  gate: {
    needs: "reference",
    manifest: DRIFT_GATE_SCHEMA,
    decide: (drift, { blocking }) => ({ gate: driftGate(drift, blocking), evaluation: { drift } })
  },
  reportSchema: {
    evaluation: { drift: { $ref: "#/$defs/drift", description: "Drift of this data against the reference data." } },
    defs: DRIFT_REPORT_DEFS
  },
  text: { details: (model) => model.evaluation?.drift ? driftText(model.evaluation.drift) : [] },
  markdown: { details: (model, { report }) => model.evaluation?.drift ? driftMarkdown(model.evaluation.drift, { open: report.command === "drift" }) : [] },
  html: { details: driftHtml }
});
var monitoringSection = defineSection({
  id: "monitoring",
  title: "Monitoring",
  order: 90,
  reportSchema: { model: { monitoring: { $ref: "#/$defs/monitoring", description: "What modelops drift concluded for the model (drift reports)." } } },
  text: { details: (model) => model.monitoring ? [`  monitoring: ${monitoringText(model.monitoring)}`, ...model.monitoring.series ? seriesText(model.monitoring.series) : []] : [] },
  markdown: { details: (model) => model.monitoring ? [`**Monitoring:** ${monitoringText(model.monitoring)}.`, "", ...model.monitoring.series ? seriesMarkdown(model.monitoring.series) : []] : [] },
  html: {
    status: (model) => model.monitoring ? `<p><strong>Monitoring:</strong> ${escapeHtml(monitoringText(model.monitoring))}.</p>` : void 0,
    details: (model) => model.monitoring?.series ? `<h3>Monitoring over time</h3>${seriesHtml(model.monitoring.series)}` : void 0
  }
});

// src/core/evaluation/gate.ts
var PERFORMANCE_RULES = ["point-estimate", "shown-to-meet"];
var DEFAULT_ALPHA4 = 0.05;
function metricIntervals(ids, input, level2, seed) {
  const intervals = ids.map((id) => closedFormInterval(id, input, level2));
  const resampled = ids.flatMap((_, i) => intervals[i] === null ? [i] : []);
  if (resampled.length > 0) {
    const n2 = input.yTrue.length;
    const statistics = resampled.map((i) => resampledMetric(ids[i], input));
    const bootstrapped = bootstrapCIs({ n: n2, resamples: resamplesFor(n2), level: level2, seed, statistics });
    for (const [k, i] of resampled.entries()) intervals[i] = fromBootstrap(bootstrapped[k]);
  }
  return intervals;
}
function fromBootstrap(interval3) {
  if (!Number.isFinite(interval3.lower) || !Number.isFinite(interval3.upper)) return void 0;
  return { ci: { lower: interval3.lower, upper: interval3.upper, level: interval3.level }, method: `bootstrap, ${interval3.resamplesUsed} resamples` };
}
function closedFormInterval(id, input, level2) {
  const n2 = input.yTrue.length;
  if (id === "roc_auc" && input.task === "binary-classification" && input.score) {
    let auc;
    try {
      auc = delongAucInterval(input.yTrue, input.score, { level: level2 });
    } catch {
      return void 0;
    }
    if (auc.auc <= 0 || auc.auc >= 1 || !(auc.standardError > 0)) return { ci: { lower: Math.max(0, auc.ciLower), upper: Math.min(1, auc.ciUpper), level: level2 }, method: "DeLong" };
    const logit = Math.log(auc.auc / (1 - auc.auc));
    const half = normalQuantile((1 + level2) / 2) * auc.standardError / (auc.auc * (1 - auc.auc));
    const expit = (x) => 1 / (1 + Math.exp(-x));
    return { ci: { lower: expit(logit - half), upper: expit(logit + half), level: level2 }, method: "DeLong, logit" };
  }
  if (id === "accuracy" && input.task !== "regression") {
    let correct = 0;
    for (let i = 0; i < n2; i++) if (input.yTrue[i] === input.yPred[i]) correct++;
    const wilson = wilsonInterval(correct, n2, normalQuantile((1 + level2) / 2));
    return { ci: { ...wilson, level: level2 }, method: "Wilson" };
  }
  return null;
}
var intervalText2 = (ci, method) => `${Number((ci.level * 100).toPrecision(4))}% CI [${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}] (${method})`;
function decideMetricBound(id, value, bound2, interval3, rows, rule2) {
  const point = checkBound(id, value, bound2);
  if (!interval3) return { ...point, rule: "point-estimate", message: `${point.message} (no interval on this data: decided on the value)` };
  const { ci, method } = interval3;
  const shown = isWithin(ci.lower, bound2) && isWithin(ci.upper, bound2);
  const check = { ...point, rule: rule2, interval: ci };
  const where = `${intervalText2(ci, method)}`;
  if (shown) return { ...check, verdict: "pass", message: `${formatNumber(value)} meets the bound ${describeBound(bound2)}, shown at ${rows} rows: the whole ${where} meets it` };
  if (rule2 === "shown-to-meet") {
    return { ...check, verdict: "fail", message: `${formatNumber(value)} ${point.verdict === "pass" ? "meets" : "breaks"} the bound ${describeBound(bound2)}, but the ${where} reaches outside it: not shown to meet it at ${rows} rows (rule: shown-to-meet)` };
  }
  if (point.verdict === "pass") {
    return { ...check, verdict: "warn", message: `${formatNumber(value)} meets the bound ${describeBound(bound2)} as measured, but the ${where} reaches outside it: not shown at ${rows} rows` };
  }
  const shownBroken = bound2.min !== void 0 && ci.upper < bound2.min || bound2.max !== void 0 && ci.lower > bound2.max;
  return { ...check, verdict: "fail", message: `${point.message}; ${where}${shownBroken ? "" : `: not shown either way at ${rows} rows`}` };
}
function performanceChecks(bounds, input, options = {}, problems = {}) {
  const level2 = 1 - (options.alpha ?? DEFAULT_ALPHA4);
  const rule2 = options.rule ?? "point-estimate";
  const entries = Object.entries(bounds);
  const values = entries.map(([id]) => metricOrNaN(id, input));
  const measured = entries.flatMap(([id], i) => Number.isNaN(values[i]) ? [] : [id]);
  const intervals = metricIntervals(measured, input, level2, options.seed ?? 0);
  let next = 0;
  return entries.map(([id, bound2], i) => {
    const value = values[i];
    if (Number.isNaN(value)) return checkBound(id, null, bound2, problems[id]);
    return decideMetricBound(id, value, bound2, intervals[next++], input.yTrue.length, rule2);
  });
}
function baselineComparisons(manifest, metrics) {
  return Object.entries(manifest.baseline?.metrics ?? {}).map(([id, baseline]) => {
    const value = metrics[id] ?? null;
    const higherIsBetter = metricById(id)?.direction !== "lower-is-better";
    const comparison = { metric: id, challenger: value, champion: baseline, delta: value === null ? null : value - baseline };
    if (value !== null) comparison.regression = higherIsBetter ? value < baseline : value > baseline;
    return comparison;
  });
}
function performanceGate(manifest, evaluation, problems, blocking, input, seed = 0) {
  const gate = manifest.gates?.performance ?? {};
  const checks = [];
  const metricBounds2 = input ? performanceChecks(gate.metrics ?? {}, input, { rule: gate.rule ?? "point-estimate", alpha: gate.alpha ?? DEFAULT_ALPHA4, seed }, problems) : Object.entries(gate.metrics ?? {}).map(([id, bound2]) => checkBound(id, evaluation.metrics[id], bound2, problems[id]));
  for (const check of metricBounds2) checks.push({ ...check, pointer: segmentsToPointer(["gates", "performance", "metrics", check.name]) });
  const operational = evaluation.operational;
  if (operational) {
    const timing = (check, field) => ({ ...check, pointer: `/gates/performance/${field}`, volatile: true });
    for (const percentile of ["p50", "p95", "p99"]) {
      const bound2 = gate.latency_ms?.[percentile];
      if (bound2) checks.push(timing(checkBound(`latency ${percentile} (ms)`, operational.latencyMs[percentile], bound2), `latency_ms/${percentile}`));
    }
    if (gate.throughput_rows_per_s) checks.push(timing(checkBound("throughput (rows/s)", operational.throughputRowsPerS, gate.throughput_rows_per_s), "throughput_rows_per_s"));
    if (gate.memory_mb) checks.push(timing(checkBound("peak memory (MiB)", operational.peakRssMb, gate.memory_mb), "memory_mb"));
    if (gate.model_size_mb) checks.push({ ...checkBound("model size (MiB)", operational.modelSizeMb, gate.model_size_mb), pointer: "/gates/performance/model_size_mb" });
  }
  for (const comparison of evaluation.baseline?.comparisons ?? []) {
    const name = `${comparison.metric} vs baseline`;
    const pointer = segmentsToPointer(["baseline", "metrics", comparison.metric]);
    if (comparison.challenger === null) {
      checks.push({ name, verdict: "error", value: null, champion: comparison.champion, against: "baseline", message: problems[comparison.metric] ?? `${comparison.metric} could not be computed`, pointer });
      continue;
    }
    checks.push({
      pointer,
      name,
      verdict: comparison.regression ? "fail" : "pass",
      value: comparison.challenger,
      champion: comparison.champion,
      against: "baseline",
      delta: comparison.delta,
      message: `${formatNumber(comparison.challenger)} against the baseline's ${formatNumber(comparison.champion)}${comparison.regression ? ": the model does not beat its baseline" : ""}`
    });
  }
  return gateResult("performance", checks, blocking, summaryOf(checks));
}
function summaryOf(checks) {
  const warned = checks.filter((c) => c.verdict === "warn");
  if (warned.length === 0) return void 0;
  const failed = checks.filter((c) => c.verdict === "fail" || c.verdict === "error");
  const parts = [`${checks.length - warned.length - failed.length} of ${checks.length} checks passed`];
  if (failed.length > 0) parts.push(`${failed.length} failed: ${failed.map((c) => c.name).join(", ")}`);
  parts.push(`${warned.length} not shown at ${warned.length === 1 ? "its" : "their"} sample size: ${warned.map((c) => c.name).join(", ")}`);
  return parts.join("; ");
}

// src/core/evaluation/render.ts
function performanceText(model) {
  const evaluation = model.evaluation;
  if (!evaluation) return [];
  const metrics = Object.entries(evaluation.metrics).map(([id, v]) => `${id} ${num2(v)}`);
  const lines = [`  evaluated on ${evaluation.dataset} (${evaluation.rows} rows)${metrics.length > 0 ? `: ${metrics.join(", ")}` : "; no labelled metrics"}`];
  const op = evaluation.operational;
  if (op) lines.push(`  latency p50/p95/p99 ${num2(op.latencyMs.p50)}/${num2(op.latencyMs.p95)}/${num2(op.latencyMs.p99)} ms, ${num2(op.throughputRowsPerS)} rows/s, ${num2(op.modelSizeMb)} MiB model`);
  return lines;
}
function performanceMarkdown(model) {
  const e = model.evaluation;
  if (!e) return [];
  const out = [];
  const championMetrics = e.champion?.metrics;
  out.push(
    markdownTable2([
      ["Metric", "Model", ...championMetrics ? [`Champion ${e.champion.version}`, "\u0394"] : []],
      ...Object.entries(e.metrics).map(([id, value]) => {
        const champion = championMetrics?.[id];
        const delta = value !== null && champion !== void 0 && champion !== null ? value - champion : null;
        return [id, num2(value), ...championMetrics ? [num2(champion), signed(delta)] : []];
      })
    ]),
    ""
  );
  if (e.confusion) out.push(`Confusion matrix at the threshold: TN ${e.confusion.tn}, FP ${e.confusion.fp}, FN ${e.confusion.fn}, TP ${e.confusion.tp}.`, "");
  if (e.operational) {
    const op = e.operational;
    out.push(`Latency p50 / p95 / p99: ${num2(op.latencyMs.p50)} / ${num2(op.latencyMs.p95)} / ${num2(op.latencyMs.p99)} ms \xB7 throughput ${num2(op.throughputRowsPerS)} rows/s \xB7 model ${num2(op.modelSizeMb)} MiB \xB7 peak RSS ${num2(op.peakRssMb)} MiB.`, "");
  }
  return out;
}
function performanceHtml(model) {
  const e = model.evaluation;
  if (!e) return void 0;
  const out = [];
  const champion = e.champion;
  out.push(
    table(
      ["Metric", "Model", ...champion ? [`Champion ${champion.version}`, "\u0394"] : []],
      Object.entries(e.metrics).map(([id, value]) => {
        const other = champion?.metrics[id];
        const delta = value !== null && other !== void 0 && other !== null ? value - other : null;
        return [id, n(num2(value)), ...champion ? [n(num2(other)), n(signed(delta))] : []];
      }),
      { caption: "Metrics" }
    )
  );
  if (e.confusion) {
    const c = e.confusion;
    out.push(table(["", "Predicted negative", "Predicted positive"], [["Actual negative", n(String(c.tn)), n(String(c.fp))], ["Actual positive", n(String(c.fn)), n(String(c.tp))]], { caption: "Confusion matrix at the threshold" }));
  }
  if (e.operational) {
    const op = e.operational;
    out.push(
      table(
        ["Latency p50 (ms)", "p95 (ms)", "p99 (ms)", "Throughput (rows/s)", "Model size (MiB)", "Peak RSS (MiB)"],
        [[n(num2(op.latencyMs.p50)), n(num2(op.latencyMs.p95)), n(num2(op.latencyMs.p99)), n(num2(op.throughputRowsPerS)), n(num2(op.modelSizeMb)), n(num2(op.peakRssMb))]],
        { caption: "Operational", rowHeaders: false }
      )
    );
  }
  if (e.baseline) {
    const b = e.baseline;
    out.push(
      `<h4>Against the baseline (${escapeHtml(b.kind)})</h4><p class="muted">${escapeHtml(b.description)}</p>`,
      table(
        ["Metric", "Model", "Baseline", "\u0394", ...b.comparisons.some((c) => c.ci) ? ["Interval of \u0394"] : []],
        b.comparisons.map((c) => [c.metric, n(num2(c.challenger)), n(num2(c.champion)), n(signed(c.delta)), ...b.comparisons.some((x) => x.ci) ? [n(intervalText(c))] : []])
      )
    );
  }
  return out.join("\n");
}
function importanceText(model) {
  const importance = model.evaluation?.importance;
  if (!importance) return [];
  const top = importance.challenger.slice(0, 5).map((f) => `${f.feature} ${num2(f.importance)}`);
  return [`  top features (drop in ${importance.metric} when permuted): ${top.join(", ")}`];
}
function importanceMarkdown(model) {
  const imp = model.evaluation?.importance;
  if (!imp) return [];
  const champion = new Map((imp.champion ?? []).map((f) => [f.feature, f]));
  return [
    `**Permutation importance** (drop in ${imp.metric}, ${imp.repeats} shuffles on ${imp.rows} rows):`,
    "",
    markdownTable2([
      ["Feature", "Model", ...imp.champion ? ["Champion"] : []],
      ...imp.challenger.map((f) => [f.feature, `${num2(f.importance)} \xB1 ${num2(f.std)}`, ...imp.champion ? [champion.has(f.feature) ? num2(champion.get(f.feature).importance) : "\u2014"] : []])
    ]),
    ""
  ];
}
function importanceHtml(result) {
  const importance = result.evaluation?.importance;
  if (!importance) return void 0;
  const champion = new Map((importance.champion ?? []).map((f) => [f.feature, f]));
  const features = [...importance.challenger.map((f) => f.feature), ...(importance.champion ?? []).map((f) => f.feature).filter((f) => !importance.challenger.some((c) => c.feature === f))];
  const model = new Map(importance.challenger.map((f) => [f.feature, f]));
  const series = [{ name: "model", color: COLORS.model, values: features.map((f) => model.get(f)?.importance ?? null), spread: features.map((f) => model.get(f)?.std ?? null) }];
  if (importance.champion) series.push({ name: "champion", color: COLORS.champion, values: features.map((f) => champion.get(f)?.importance ?? null), spread: features.map((f) => champion.get(f)?.std ?? null) });
  const aria = `Permutation importance (drop in ${importance.metric}) per feature, ${importance.champion ? "model and champion" : "model"}: ${features.map((f) => `${f} ${num2(model.get(f)?.importance)}${importance.champion ? ` / ${num2(champion.get(f)?.importance)}` : ""}`).join("; ")}.`;
  return [
    "<h3>Permutation importance</h3>",
    figure(
      horizontalBars({ ariaLabel: aria, items: features, series, format: num2 }),
      legend(keyOf(COLORS.model, "model"), ...importance.champion ? [keyOf(COLORS.champion, "champion")] : [], "<span>whisker: \xB1 1 standard deviation over the shuffles</span>"),
      `Drop in ${importance.metric} when the feature is shuffled, ${importance.repeats} shuffles on ${importance.rows} rows.`
    ),
    `<details><summary>Values</summary>${table(
      ["Feature", "Model", "\xB1 std", ...importance.champion ? ["Champion", "\xB1 std"] : []],
      features.map((f) => [f, n(num2(model.get(f)?.importance)), n(num2(model.get(f)?.std)), ...importance.champion ? [n(num2(champion.get(f)?.importance)), n(num2(champion.get(f)?.std))] : []])
    )}</details>`
  ].join("\n");
}

// src/core/evaluation/section.ts
var PERFORMANCE_GATE_SCHEMA = object("Quality and operational budgets, measured on the evaluation data.", {
  metrics: metricBounds("Bounds on model metrics, by metric id.", PERFORMANCE_METRICS),
  latency_ms: object("Single-row latency budget in milliseconds.", {
    p50: bound("Bounds on median latency."),
    p95: bound("Bounds on 95th percentile latency."),
    p99: bound("Bounds on 99th percentile latency.")
  }),
  throughput_rows_per_s: bound("Bounds on batch throughput in rows per second."),
  memory_mb: bound("Bounds on peak memory of the inference in MiB."),
  model_size_mb: bound("Bounds on the artifact size in MiB."),
  rule: choice(
    PERFORMANCE_RULES,
    "How a metric bound is decided from the metric and its (1 - alpha) interval (DeLong for roc_auc, Wilson for accuracy, percentile bootstrap otherwise). point-estimate (default): the measured value passes or fails; a pass whose interval reaches outside the bound warns as not shown at this sample size. shown-to-meet: only a whole interval inside the bound passes; anything else fails."
  ),
  alpha: level("Significance level of the metric intervals: two-sided at 1 - alpha. Default 0.05.")
});
var performanceSection = defineSection({
  id: "performance",
  title: "Performance",
  order: 10,
  gate: {
    needs: "prediction",
    manifest: PERFORMANCE_GATE_SCHEMA,
    decide: ({ input, evaluation, problems }, { manifest, blocking, seed }) => ({ gate: performanceGate(manifest, evaluation, problems, blocking, input, seed) })
  },
  reportSchema: {
    evaluation: {
      metrics: { type: "object", description: "Metric values by id; null when undefined on this data.", additionalProperties: nullableNumber2("Metric value.") },
      confusion: obj2("Confusion matrix at the threshold (binary).", { tn: int2("True negatives."), fp: int2("False positives."), fn: int2("False negatives."), tp: int2("True positives.") }, ["tn", "fp", "fn", "tp"]),
      operational: obj2(
        "Operational measurements.",
        {
          latencyMs: obj2("Single-row latency percentiles in ms.", { p50: num3("Median."), p95: num3("95th percentile."), p99: num3("99th percentile.") }, ["p50", "p95", "p99"]),
          throughputRowsPerS: num3("Batch throughput in rows per second."),
          modelSizeMb: num3("Artifact size in MiB."),
          peakRssMb: num3("Peak resident memory of the process after inference, in MiB.")
        },
        ["latencyMs", "throughputRowsPerS", "modelSizeMb", "peakRssMb"]
      ),
      baseline: obj2(
        "The model against the manifest baseline.",
        { kind: str2("Baseline kind."), description: str2("The baseline."), comparisons: array2("Per metric.", { $ref: "#/$defs/comparison" }) },
        ["kind", "description", "comparisons"]
      )
    },
    defs: {
      comparison: obj2(
        "A metric of two models on the same rows.",
        {
          metric: str2("Metric id."),
          challenger: nullableNumber2("Value of the model under review."),
          champion: nullableNumber2("Value of the model compared with (champion or baseline)."),
          delta: nullableNumber2("challenger - champion."),
          ci: obj2("Confidence interval of the delta.", { lower: num3("Lower end."), upper: num3("Upper end."), level: num3("Confidence level, e.g. 0.95.") }, ["lower", "upper", "level"]),
          pValue: num3("p-value of the difference."),
          method: str2("How the interval or p-value was computed."),
          regression: { type: "boolean", description: "Significantly worse by more than the tolerance." }
        },
        ["metric", "challenger", "champion", "delta"]
      )
    }
  },
  text: { measured: performanceText },
  markdown: { evaluation: performanceMarkdown },
  html: { evaluation: performanceHtml }
});
var importanceSection = defineSection({
  id: "importance",
  title: "Permutation importance",
  order: 40,
  reportSchema: {
    evaluation: {
      importance: obj2(
        "Permutation feature importance.",
        {
          metric: str2("Metric whose drop is measured."),
          repeats: int2("Permutations per feature."),
          rows: int2("Rows used."),
          challenger: array2("Features of the challenger, most important first.", { $ref: "#/$defs/importance" }),
          champion: array2("Features of the champion.", { $ref: "#/$defs/importance" })
        },
        ["metric", "repeats", "rows", "challenger"]
      )
    },
    defs: {
      importance: obj2("Importance of one feature.", { feature: str2("Feature."), importance: num3("Mean metric drop when permuted."), std: num3("Standard deviation over repeats.") }, ["feature", "importance", "std"])
    }
  },
  text: { details: importanceText },
  markdown: { evaluation: importanceMarkdown },
  html: { evaluation: importanceHtml }
});

// src/core/fairness/groups.ts
var MISSING_LABEL = "(missing)";
var DENSE_LIMIT = 1 << 22;
var FairnessInputError = class extends Error {
  name = "FairnessInputError";
};
function binLabels(edges) {
  const labels = [`< ${edges[0]}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${edges[i - 1]}\u2013${edges[i]}`);
  labels.push(`\u2265 ${edges[edges.length - 1]}`);
  return labels;
}
function bucketOf(value, edges) {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (value >= edges[middle]) low = middle + 1;
    else high = middle;
  }
  return low;
}
function checkEdges(attribute, edges) {
  if (edges.length === 0) throw new FairnessInputError(`sensitive attribute '${attribute.name}': bins is empty; give at least one edge (e.g. [25, 60])`);
  edges.forEach((edge, i) => {
    if (!Number.isFinite(edge)) throw new FairnessInputError(`sensitive attribute '${attribute.name}': bin edge ${edge} is not a finite number`);
    if (i > 0 && edge <= edges[i - 1]) {
      throw new FairnessInputError(`sensitive attribute '${attribute.name}': bins must be strictly ascending; got [${edges.join(", ")}]`);
    }
  });
}
function compact(attribute, rawCodes, rawLabels, keepOrder) {
  const counts = new Float64Array(rawLabels.length);
  let missingRows = 0;
  for (let i = 0; i < rawCodes.length; i++) {
    const code2 = rawCodes[i];
    if (code2 < 0) missingRows++;
    else counts[code2]++;
  }
  const present = rawLabels.map((label2, code2) => ({ label: label2, code: code2 })).filter(({ code: code2 }) => counts[code2] > 0);
  if (!keepOrder) present.sort((a, b) => a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  const renumber = new Int32Array(rawLabels.length).fill(-1);
  present.forEach(({ code: code2 }, index) => renumber[code2] = index);
  const groups = present.map(({ label: label2 }) => ({ label: label2, missing: false, values: { [attribute.name]: label2 } }));
  const missingIndex = groups.length;
  if (missingRows > 0) groups.push({ label: MISSING_LABEL, missing: true, values: { [attribute.name]: MISSING_LABEL } });
  const codes = new Int32Array(rawCodes.length);
  for (let i = 0; i < rawCodes.length; i++) {
    const code2 = rawCodes[i];
    codes[i] = code2 < 0 ? missingIndex : renumber[code2];
  }
  return { name: attribute.name, attributes: [attribute.name], groups, codes };
}
function groupsFromColumn(attribute, column) {
  const edges = attribute.bins;
  if (column.kind === "categorical") {
    if (edges) throw new FairnessInputError(`sensitive attribute '${attribute.name}': bins apply to numeric columns, but column '${column.name}' holds categories`);
    const raw2 = new Int32Array(column.codes.length);
    for (let i = 0; i < raw2.length; i++) raw2[i] = column.codes[i] === MISSING_CODE ? -1 : column.codes[i];
    return compact(attribute, raw2, column.categories, false);
  }
  if (edges) {
    checkEdges(attribute, edges);
    const raw2 = new Int32Array(column.values.length);
    for (let i = 0; i < raw2.length; i++) {
      const value = column.values[i];
      raw2[i] = Number.isNaN(value) ? -1 : bucketOf(value, edges);
    }
    return compact(attribute, raw2, binLabels(edges), true);
  }
  if (attribute.type === "numeric") {
    throw new FairnessInputError(`sensitive attribute '${attribute.name}' is numeric but declares no bins; add bins (ascending edges, e.g. [25, 60])`);
  }
  const index = /* @__PURE__ */ new Map();
  const labels = [];
  const raw = new Int32Array(column.values.length);
  for (let i = 0; i < raw.length; i++) {
    const value = column.values[i];
    if (Number.isNaN(value)) {
      raw[i] = -1;
      continue;
    }
    let code2 = index.get(value);
    if (code2 === void 0) {
      code2 = labels.length;
      index.set(value, code2);
      labels.push(String(value));
    }
    raw[i] = code2;
  }
  const grouping = compact(attribute, raw, labels, true);
  return sortNumericGroups(grouping);
}
function sortNumericGroups(grouping) {
  const real = grouping.groups.filter((g) => !g.missing);
  const order = real.map((g, code2) => ({ code: code2, value: Number(g.label) })).sort((a, b) => a.value - b.value);
  const renumber = new Int32Array(grouping.groups.length);
  order.forEach(({ code: code2 }, index) => renumber[code2] = index);
  if (grouping.groups.length > real.length) renumber[real.length] = real.length;
  const groups = [...order.map(({ code: code2 }) => real[code2]), ...grouping.groups.slice(real.length)];
  const codes = grouping.codes.map((code2) => renumber[code2]);
  return { ...grouping, groups, codes };
}
function intersectGroupings(groupings) {
  if (groupings.length < 2) throw new RangeError("an intersection needs at least two attributes");
  const rows = groupings[0].codes.length;
  for (const g of groupings) if (g.codes.length !== rows) throw new RangeError(`attribute '${g.name}' has ${g.codes.length} rows, '${groupings[0].name}' has ${rows}`);
  const radices = groupings.map((g) => g.groups.length);
  const combined = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let key = 0;
    for (let k = 0; k < groupings.length; k++) key = key * radices[k] + groupings[k].codes[i];
    combined[i] = key;
  }
  const space = radices.reduce((a, b) => a * b, 1);
  const dense = space <= DENSE_LIMIT ? new Int32Array(space).fill(-1) : void 0;
  const sparse = dense ? void 0 : /* @__PURE__ */ new Map();
  const seen = [];
  for (let i = 0; i < rows; i++) {
    const key = combined[i];
    if (dense) {
      if (dense[key] === -1) {
        dense[key] = 0;
        seen.push(key);
      }
    } else if (!sparse.has(key)) {
      sparse.set(key, 0);
      seen.push(key);
    }
  }
  const keys = seen.sort((a, b) => a - b);
  const decode = (key) => {
    const parts = new Array(groupings.length);
    for (let k = groupings.length - 1; k >= 0; k--) {
      const radix = radices[k];
      parts[k] = groupings[k].groups[key % radix];
      key = Math.floor(key / radix);
    }
    return parts;
  };
  const entries = keys.map((key) => {
    const parts = decode(key);
    return {
      key,
      group: {
        label: parts.map((p) => p.label).join(", "),
        missing: parts.some((p) => p.missing),
        values: Object.assign({}, ...parts.map((p) => p.values))
      }
    };
  });
  entries.sort((a, b) => Number(a.group.missing) - Number(b.group.missing) || a.key - b.key);
  entries.forEach((e, index) => dense ? dense[e.key] = index : sparse.set(e.key, index));
  const codes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) codes[i] = dense ? dense[combined[i]] : sparse.get(combined[i]);
  return {
    name: groupings.map((g) => g.name).join(" \xD7 "),
    attributes: groupings.flatMap((g) => g.attributes),
    groups: entries.map((e) => e.group),
    codes
  };
}

// src/core/stats/koopman.ts
var LOG_LIMIT = Math.log(1e12);
var BISECTIONS = 100;
function koopmanScore(x1, n1, x2, n2, theta) {
  const total4 = n1 + n2;
  const b = n1 * theta + x1 + n2 + x2 * theta;
  const a = total4 * theta;
  const c = x1 + x2;
  const discriminant = Math.max(0, b * b - 4 * a * c);
  const p2 = c === 0 ? 0 : 2 * c / (b + Math.sqrt(discriminant));
  const p1 = theta * p2;
  const variance = p1 * (1 - p1) / n1 + theta * theta * p2 * (1 - p2) / n2;
  const difference = x1 / n1 - theta * x2 / n2;
  if (variance <= 0) return difference === 0 ? 0 : Infinity;
  return difference * difference / variance;
}
function koopmanRatio(x1, n1, x2, n2, z) {
  if (!(n1 > 0 && n2 > 0) || x1 === 0 && x2 === 0) return { lower: 0, upper: Infinity };
  const critical = z * z;
  const rejects = (logTheta) => koopmanScore(x1, n1, x2, n2, Math.exp(logTheta)) > critical;
  const estimate = x1 === 0 ? -LOG_LIMIT : x2 === 0 ? LOG_LIMIT : Math.log(x1 / n1 / (x2 / n2));
  const end = (direction) => {
    let inside = estimate;
    let step = 0.125;
    let outside2 = estimate + direction * step;
    while (!rejects(outside2)) {
      inside = outside2;
      step *= 2;
      outside2 = estimate + direction * step;
      if (Math.abs(outside2) > LOG_LIMIT) return direction === 1 ? Infinity : 0;
    }
    for (let i = 0; i < BISECTIONS && Math.abs(outside2 - inside) > 1e-12; i++) {
      const middle = (inside + outside2) / 2;
      if (rejects(middle)) outside2 = middle;
      else inside = middle;
    }
    return Math.exp((inside + outside2) / 2);
  };
  return { lower: x1 === 0 ? 0 : end(-1), upper: x2 === 0 ? Infinity : end(1) };
}

// src/core/stats/newcombe.ts
function newcombeDifference(x1, n1, x2, n2, z) {
  if (!(n1 > 0 && n2 > 0)) return { lower: -1, upper: 1 };
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const a = wilsonInterval(x1, n1, z);
  const b = wilsonInterval(x2, n2, z);
  const d = p1 - p2;
  return {
    lower: Math.max(-1, d - Math.hypot(p1 - a.lower, b.upper - p2)),
    upper: Math.min(1, d + Math.hypot(a.upper - p1, p2 - b.lower))
  };
}

// src/core/fairness/intervals.ts
var BINARY_INTERVAL_METHOD = "score intervals from each group's counts: Koopman (ratio) and Newcombe hybrid score (difference) per pair of groups, Bonferroni-adjusted over the pairs and rates an aggregate compares";
function rateCounts(rate, counts, o) {
  const tn = counts[o + TN];
  const fp = counts[o + FP];
  const fn = counts[o + FN];
  const tp = counts[o + TP];
  switch (rate) {
    case "base_rate":
      return { x: fn + tp, n: tn + fp + fn + tp };
    case "selection_rate":
      return { x: fp + tp, n: tn + fp + fn + tp };
    case "accuracy":
      return { x: tp + tn, n: tn + fp + fn + tp };
    case "tpr":
      return { x: tp, n: tp + fn };
    case "fnr":
      return { x: fn, n: tp + fn };
    case "fpr":
      return { x: fp, n: fp + tn };
    case "tnr":
      return { x: tn, n: fp + tn };
    case "precision":
      return { x: tp, n: tp + fp };
    case "fdr":
      return { x: fp, n: tp + fp };
    case "npv":
      return { x: tn, n: tn + fn };
    case "for":
      return { x: fn, n: tn + fn };
  }
}
function bonferroniZ(level2, comparisons) {
  return normalQuantile(1 - (1 - level2) / (2 * Math.max(1, comparisons)));
}
function forcedBelowOne({ lower, upper }) {
  if (upper <= 1) return { lower, upper };
  if (lower >= 1) return { lower: 1 / upper, upper: 1 / lower };
  return { lower: Math.min(lower, 1 / upper), upper: 1 };
}
function absolute({ lower, upper }) {
  if (lower >= 0) return { lower, upper };
  if (upper <= 0) return { lower: -upper, upper: -lower };
  return { lower: 0, upper: Math.max(-lower, upper) };
}
function componentInterval(spec, rate, counts, total4, who, z) {
  const of = (g) => rateCounts(rate, counts, g * CELLS);
  if (spec.method === "between_groups") {
    let lower2 = spec.comparison === "ratio" ? Infinity : -Infinity;
    let upper2 = lower2;
    for (let i = 0; i < who.length; i++) {
      for (let j = i + 1; j < who.length; j++) {
        const a = of(who[i]);
        const b = of(who[j]);
        if (spec.comparison === "ratio") {
          const r = koopmanRatio(a.x, a.n, b.x, b.n, z);
          lower2 = Math.min(lower2, r.lower, 1 / r.upper);
          upper2 = Math.min(upper2, r.upper, r.lower === 0 ? Infinity : 1 / r.lower);
        } else {
          const d = newcombeDifference(a.x, a.n, b.x, b.n, z);
          lower2 = Math.max(lower2, d.lower, -d.upper);
          upper2 = Math.max(upper2, d.upper, -d.lower);
        }
      }
    }
    return spec.comparison === "ratio" ? { lower: Math.max(0, lower2), upper: Math.min(1, upper2) } : { lower: Math.max(0, lower2), upper: Math.min(1, upper2) };
  }
  const all = rateCounts(rate, total4, 0);
  let lower = spec.comparison === "ratio" ? Infinity : -Infinity;
  let upper = lower;
  for (let i = 0; i < who.length; i++) {
    const g = of(who[i]);
    const rest = { x: all.x - g.x, n: all.n - g.n };
    const w = g.n / all.n;
    let value;
    if (rest.n === 0) value = spec.comparison === "ratio" ? { lower: 1, upper: 1 } : { lower: 0, upper: 0 };
    else if (spec.comparison === "ratio") {
      const r = koopmanRatio(g.x, g.n, rest.x, rest.n, z);
      const toOverall = (rho) => rho === Infinity ? 1 / w : rho / (w * rho + 1 - w);
      value = forcedBelowOne({ lower: toOverall(r.lower), upper: toOverall(r.upper) });
    } else {
      const d = newcombeDifference(g.x, g.n, rest.x, rest.n, z);
      value = absolute({ lower: (1 - w) * d.lower, upper: (1 - w) * d.upper });
    }
    if (spec.comparison === "ratio") {
      lower = Math.min(lower, value.lower);
      upper = Math.min(upper, value.upper);
    } else {
      lower = Math.max(lower, value.lower);
      upper = Math.max(upper, value.upper);
    }
  }
  return { lower, upper };
}
function comparisonsOf(spec, groups) {
  return spec.method === "between_groups" ? groups * (groups - 1) / 2 : groups;
}
function aggregateInterval(spec, counts, participants, level2) {
  const total4 = new Float64Array(CELLS);
  for (let i = 0; i < counts.length; i++) total4[i % CELLS] += counts[i];
  const comparisons = spec.rates.reduce((sum2, _, k) => sum2 + comparisonsOf(spec, participants[k].length), 0);
  const z = bonferroniZ(level2, comparisons);
  const components = spec.rates.map((rate, k) => componentInterval(spec, rate, counts, total4, participants[k], z));
  if (components.length === 1) return components[0];
  if (spec.agg === "mean") {
    return { lower: components.reduce((s, c) => s + c.lower, 0) / components.length, upper: components.reduce((s, c) => s + c.upper, 0) / components.length };
  }
  const pick2 = spec.comparison === "difference" ? Math.max : Math.min;
  return { lower: pick2(...components.map((c) => c.lower)), upper: pick2(...components.map((c) => c.upper)) };
}
function disparityInterval(rate, counts, g, reference, level2, family) {
  const z = bonferroniZ(level2, family);
  if (rate === "ppr") {
    const predicted = (h) => counts[h * CELLS + FP] + counts[h * CELLS + TP];
    const x = predicted(g);
    const m = x + predicted(reference);
    const share = wilsonInterval(x, m, z);
    const odds = (p) => p >= 1 ? Infinity : p / (1 - p);
    return { lower: odds(share.lower), upper: odds(share.upper) };
  }
  const a = rateCounts(rate, counts, g * CELLS);
  const b = rateCounts(rate, counts, reference * CELLS);
  return koopmanRatio(a.x, a.n, b.x, b.n, z);
}

// src/core/fairness/evaluate.ts
var DEFAULT_MIN_GROUP_SIZE = 30;
function sensitiveAttributesFor(manifest) {
  const declared = new Map((manifest.data.sensitive ?? []).map((s) => [s.name, s]));
  const names = manifest.gates?.fairness?.attributes ?? [];
  return {
    attributes: names.flatMap((name) => declared.get(name) ?? []),
    undeclared: names.filter((name) => !declared.has(name))
  };
}
function checkInput(input) {
  const rows = input.yTrue.length;
  if (input.task !== "binary-classification" && input.task !== "regression") {
    throw new FairnessInputError(`fairness metrics apply to binary classification and regression, not ${input.task}`);
  }
  if (rows === 0) throw new FairnessInputError("no rows to evaluate: the evaluation data is empty");
  if (input.yPred.length !== rows) throw new FairnessInputError(`yPred has ${input.yPred.length} rows, yTrue has ${rows}`);
  for (let i = 0; i < rows; i++) {
    const truth = input.yTrue[i];
    const prediction = input.yPred[i];
    if (input.task === "binary-classification") {
      if (truth > 1) throw new FairnessInputError(`yTrue[${i}] is ${truth}; binary labels must be 0 or 1`);
      if (prediction > 1) throw new FairnessInputError(`yPred[${i}] is ${prediction}; binary labels must be 0 or 1`);
    } else if (!Number.isFinite(truth) || !Number.isFinite(prediction)) {
      throw new FairnessInputError(`row ${i}: yTrue ${truth}, yPred ${prediction}; regression values must be finite numbers`);
    }
  }
}
function datasetNotes(input) {
  const rows = input.yTrue.length;
  if (input.task === "regression") {
    const first = input.yPred[0];
    return input.yPred.every((v) => v === first) ? [`every prediction is ${first}: the groups differ only in their labels`] : [];
  }
  const notes = [];
  let predicted = 0;
  let positives = 0;
  for (let i = 0; i < rows; i++) {
    predicted += input.yPred[i];
    positives += input.yTrue[i];
  }
  if (predicted === 0) notes.push("every prediction is negative (0): every group has selection rate 0 and TPR 0, so ratios of them are 0/0 and differences are 0");
  if (predicted === rows) notes.push("every prediction is positive (1): every group has selection rate 1, TPR 1 and FPR 1, so parity holds trivially");
  if (positives === 0) notes.push("every label is negative (0): TPR and FNR are undefined in every group, so equal opportunity and equalized odds have no value");
  if (positives === rows) notes.push("every label is positive (1): FPR and TNR are undefined in every group, so equalized odds has no value");
  return notes;
}
function evaluateFairness(options) {
  const { input, attributes, columns } = options;
  checkInput(input);
  const rows = input.yTrue.length;
  const settings = {
    rows,
    minGroupSize: options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
    resamples: options.resamples ?? DEFAULT_RESAMPLES,
    level: options.level ?? DEFAULT_LEVEL,
    seed: options.seed ?? DEFAULT_SEED,
    band: options.band ?? DEFAULT_DISPARITY_BAND
  };
  if (!Number.isInteger(settings.minGroupSize) || settings.minGroupSize < 1) throw new RangeError(`minGroupSize must be a positive integer; got ${settings.minGroupSize}`);
  if (!Number.isInteger(settings.resamples) || settings.resamples < 0) throw new RangeError(`resamples must be a non-negative integer; got ${settings.resamples}`);
  if (!(settings.level > 0 && settings.level < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${settings.level}`);
  const results = [];
  const groupings = [];
  for (const attribute of attributes) {
    const column = columns.get(attribute.column);
    let problem;
    let grouping;
    if (!column) problem = `column '${attribute.column}' is not in the evaluation data`;
    else if ((column.kind === "numeric" ? column.values.length : column.codes.length) !== rows) {
      problem = `column '${attribute.column}' has ${column.kind === "numeric" ? column.values.length : column.codes.length} rows, the predictions ${rows}`;
    } else {
      try {
        grouping = groupsFromColumn(attribute, column);
      } catch (error) {
        if (!(error instanceof FairnessInputError)) throw error;
        problem = error.message;
      }
    }
    if (!grouping) {
      results.push(failedAttribute(attribute.name, [attribute.name], [attribute.column], problem));
      continue;
    }
    groupings.push({ grouping, attribute });
    results.push(examine(input, grouping, [attribute], settings));
  }
  if (options.intersections && attributes.length > 1) {
    const name = attributes.map((a) => a.name).join(" \xD7 ");
    if (groupings.length === attributes.length) {
      results.push(examine(input, intersectGroupings(groupings.map((g) => g.grouping)), attributes, settings));
    } else {
      const failed = attributes.filter((a) => !groupings.some((g) => g.attribute === a)).map((a) => a.name);
      results.push(failedAttribute(name, attributes.map((a) => a.name), attributes.map((a) => a.column), `cannot intersect: ${failed.join(", ")} could not be examined`));
    }
  }
  const result = { task: input.task, rows, minGroupSize: settings.minGroupSize, band: settings.band, attributes: results, notes: datasetNotes(input) };
  if (settings.resamples > 0) {
    const binaryTask = input.task === "binary-classification";
    result.intervals = { method: binaryTask ? BINARY_INTERVAL_METHOD : "row bootstrap, percentile", level: settings.level };
    if (!binaryTask) result.bootstrap = { resamples: resamplesFor(rows, settings.resamples), level: settings.level, seed: settings.seed, method: "row bootstrap, percentile" };
  }
  return result;
}
function failedAttribute(name, attributes, columns, error) {
  return { name, attributes, columns, error, groups: [], compared: [], excluded: [], aggregates: [], disparities: [], notes: [] };
}
var plural2 = (n2, word) => `${n2} ${word}${n2 === 1 ? "" : "s"}`;
function judge(grouping, counts, settings) {
  const compared = [];
  const excluded = [];
  grouping.groups.forEach((group, g) => {
    const count = counts[g];
    if (group.missing) {
      excluded.push({ group: group.label, count, why: "missing", reason: `${plural2(count, "row")} without a value for ${grouping.attributes.join(" or ")}: reported, not compared` });
    } else if (count < settings.minGroupSize) {
      excluded.push({ group: group.label, count, why: "too-small", reason: `${plural2(count, "row")}, fewer than min_group_size ${settings.minGroupSize}: too small to judge` });
    } else compared.push(g);
  });
  return { compared, excluded };
}
function tooFewGroupsReason(grouping, counts, compared, settings) {
  if (compared.length >= 2) return void 0;
  const real = grouping.groups.map((g, i) => ({ ...g, count: counts[i] })).filter((g) => !g.missing);
  const describe = (g) => `'${g.label}' (${plural2(g.count, "row")})`;
  if (real.length === 0) return `no row has a value for ${grouping.name}: nothing to compare`;
  if (real.length === 1) return `only one group in the data, ${describe(real[0])}: nothing to compare`;
  const small = real.filter((g) => g.count < settings.minGroupSize).map(describe).join(", ");
  if (compared.length === 1) {
    const only = grouping.groups[compared[0]];
    return `only one group large enough to judge, ${describe({ label: only.label, count: counts[compared[0]] })}; too small (min_group_size ${settings.minGroupSize}): ${small}`;
  }
  return `no group large enough to judge (min_group_size ${settings.minGroupSize}): ${small}`;
}
function examine(input, grouping, attributes, settings) {
  const base = {
    name: grouping.name,
    attributes: grouping.attributes,
    columns: attributes.map((a) => a.column)
  };
  return input.task === "binary-classification" ? examineBinary(input, grouping, attributes, settings, base) : examineRegression(input, grouping, settings, base);
}
function examineBinary(input, grouping, attributes, settings, base) {
  const counts = confusionByGroup(input, grouping);
  const { groups, overall } = binaryGroupMetrics(counts, grouping);
  const sizes = groups.map((g) => g.count);
  const { compared, excluded } = judge(grouping, sizes, settings);
  const tooFew = tooFewGroupsReason(grouping, sizes, compared, settings);
  const table2 = rateTable(counts, groups.length);
  const labels = grouping.groups.map((g) => g.label);
  const notes = [];
  const withIntervals = settings.resamples > 0;
  if (withIntervals) {
    const z = normalQuantile(1 - (1 - settings.level) / 2);
    for (const group of groups) {
      if (group.count > 0) group.selectionRateInterval = { ...wilsonInterval(group.predictedPositives, group.count, z), level: settings.level };
    }
  }
  const aggregates = BINARY_AGGREGATES.map((spec) => {
    const { aggregate, participants } = binaryAggregate(spec, table2, groups, compared, labels, tooFew);
    if (aggregate.value !== null && withIntervals) aggregate.ci = { ...aggregateInterval(spec, counts, participants, settings.level), level: settings.level };
    return aggregate;
  });
  for (const g of compared) {
    const group = groups[g];
    for (const [rate, why] of Object.entries(group.undefinedRates)) {
      if (rate === "tpr" || rate === "fpr" || rate === "selection_rate") notes.push(`'${group.group}': ${why}; it is left out of the aggregates that compare ${RATE_NAMES[rate]}`);
    }
  }
  const { reference, referenceProblem } = chooseReference(grouping, attributes, sizes, compared, settings);
  const disparities = [];
  if (reference) {
    const r = labels.indexOf(reference.group);
    const family = Math.max(1, compared.length - 1);
    for (const g of compared) {
      if (g === r) continue;
      for (const { id, rate } of DISPARITIES) {
        const disparity = binaryDisparity(id, rate, table2, groups, g, r, settings.band);
        if (disparity.value !== null && withIntervals) {
          const ci = disparityInterval(rate, counts, g, r, settings.level, family);
          if (Number.isFinite(ci.upper)) disparity.ci = { ...ci, level: settings.level };
        }
        disparities.push(disparity);
      }
    }
    if (compared.length === 1) notes.push(`only the reference group '${reference.group}' is large enough to judge: no disparities`);
  }
  const result = { ...base, groups, overall, compared: compared.map((g) => labels[g]), excluded, aggregates, disparities, notes };
  if (reference) result.reference = reference;
  if (referenceProblem) result.referenceProblem = referenceProblem;
  return result;
}
function binaryAggregate(spec, table2, groups, compared, labels, tooFew) {
  const participants = [];
  const insufficient = /* @__PURE__ */ new Set();
  const components = spec.rates.map((rate) => {
    const overall = table2.overall[RATE_INDEX[rate]];
    const leftOut = compared.filter((g) => groups[g].rates[rate] === null).map((g) => ({ group: labels[g], reason: groups[g].undefinedRates[rate] }));
    const who = compared.filter((g) => groups[g].rates[rate] !== null);
    participants.push(Int32Array.from(who));
    const component = { rate, value: null, overall: Number.isNaN(overall) ? null : overall, leftOut };
    if (tooFew) return { ...component, reason: tooFew };
    if (who.length < 2) {
      insufficient.add(rate);
      const name = RATE_NAMES[rate];
      const gone = leftOut.map((l) => `'${l.group}': ${l.reason}`).join("; ");
      const reason = who.length === 1 ? `only one compared group has a ${name}, '${labels[who[0]]}'; ${gone}` : `no compared group has a ${name}; ${gone}`;
      return { ...component, reason };
    }
    const values = who.map((g) => groups[g].rates[rate]);
    const value2 = compareGroups(spec.comparison, spec.method, values, overall);
    const lowestAt = values.indexOf(Math.min(...values));
    const highestAt = values.indexOf(Math.max(...values));
    if (spec.method === "between_groups") {
      component.lowest = { group: labels[who[lowestAt]], value: values[lowestAt] };
      component.highest = { group: labels[who[highestAt]], value: values[highestAt] };
    } else if (!Number.isNaN(overall)) {
      const deciding = decidingGroup(spec.comparison, values, overall);
      if (deciding >= 0) component.farthest = { group: labels[who[deciding]], value: values[deciding] };
    }
    if (Number.isNaN(value2)) return { ...component, reason: zeroOverZero(spec, rate, overall) };
    return { ...component, value: value2 };
  });
  const value = combineOrNull(spec, components);
  const aggregate = { id: spec.id, method: spec.method, key: aggregateKey(spec), value, status: "ok", components };
  if (spec.agg) aggregate.agg = spec.agg;
  if (value === null) {
    const failing = components.filter((c) => c.value === null);
    aggregate.status = tooFew || insufficient.size > 0 ? "insufficient-groups" : "undefined";
    aggregate.reason = tooFew ?? failing.map((c) => components.length > 1 ? `${RATE_NAMES[c.rate]}: ${c.reason}` : c.reason).join("; ");
  }
  return { aggregate, participants };
}
function decidingGroup(comparison, values, overall) {
  let best = -1;
  let bestScore = comparison === "difference" ? -Infinity : Infinity;
  values.forEach((v, i) => {
    if (comparison === "difference") {
      const score = Math.abs(v - overall);
      if (score > bestScore) [best, bestScore] = [i, score];
    } else {
      const r = v / overall;
      if (Number.isNaN(r)) return;
      const score = r > 1 ? 1 / r : r;
      if (score < bestScore) [best, bestScore] = [i, score];
    }
  });
  return best;
}
function zeroOverZero(spec, rate, overall) {
  const name = RATE_NAMES[rate];
  if (Number.isNaN(overall)) return `the ${name} on all rows is undefined, so nothing to compare with`;
  if (spec.method === "between_groups") return `every compared group's ${name} is 0, so min / max is 0/0`;
  return `the ${name} on all rows is 0, so every group's ratio to it is 0/0`;
}
function combineOrNull(spec, components) {
  if (components.some((c) => c.value === null)) return null;
  const values = components.map((c) => c.value);
  if (values.length === 1) return values[0];
  if (spec.agg === "mean") return values.reduce((a, b) => a + b, 0) / values.length;
  return spec.comparison === "difference" ? Math.max(...values) : Math.min(...values);
}
function chooseReference(grouping, attributes, sizes, compared, settings) {
  const labels = grouping.groups.map((g) => g.label);
  const declaredParts = attributes.map((a) => a.reference_group);
  const declared = declaredParts.every((p) => p !== void 0) ? declaredParts.join(", ") : void 0;
  let problem;
  if (declared !== void 0) {
    const at = labels.indexOf(declared);
    if (at < 0) problem = { kind: "not-in-data", message: `reference group '${declared}' is not in the data (groups: ${labels.join(", ")})` };
    else if (!compared.includes(at)) {
      const why = grouping.groups[at].missing ? "is the group of missing values" : `has ${plural2(sizes[at], "row")}, fewer than min_group_size ${settings.minGroupSize}`;
      problem = { kind: "not-judged", message: `reference group '${declared}' ${why}` };
    } else return { reference: { group: declared, chosen: "declared" } };
    if (attributes.length === 1) return { referenceProblem: { ...problem, message: `${problem.message}: no disparities` } };
  }
  if (compared.length === 0) return { referenceProblem: problem ?? { kind: "not-judged", message: "no group large enough to judge: no disparities" } };
  let largest = compared[0];
  for (const g of compared) if (sizes[g] > sizes[largest]) largest = g;
  const result = { reference: { group: labels[largest], chosen: "largest" } };
  if (problem) result.referenceProblem = { ...problem, message: `${problem.message}; the largest cell is the reference instead` };
  return result;
}
function binaryDisparity(id, rate, table2, groups, g, r, band2) {
  const group = groups[g];
  const reference = groups[r];
  const groupRate = group.rates[rate];
  const referenceRate = reference.rates[rate];
  const disparity = { id, rate, group: group.group, reference: reference.group, value: null, groupRate, referenceRate, withinBand: null };
  const name = RATE_NAMES[rate];
  if (groupRate === null) disparity.reason = `'${group.group}': ${group.undefinedRates[rate]}`;
  else if (referenceRate === null) disparity.reason = `reference '${reference.group}': ${reference.undefinedRates[rate]}`;
  else if (referenceRate === 0) disparity.reason = groupRate === 0 ? `both ${name}s are 0, so the ratio is 0/0` : `the reference group's ${name} is 0, so the ratio is undefined`;
  else {
    disparity.value = disparityValue(rate, table2, g, r);
    disparity.withinBand = withinBand(disparity.value, band2);
  }
  return disparity;
}
function examineRegression(input, grouping, settings, base) {
  const sums = regressionSumsByGroup(input, grouping);
  const { groups, overall } = regressionGroupMetrics(sums, grouping);
  const sizes = groups.map((g) => g.count);
  const { compared, excluded } = judge(grouping, sizes, settings);
  const tooFew = tooFewGroupsReason(grouping, sizes, compared, settings);
  const labels = grouping.groups.map((g) => g.label);
  const aggregates = ["between_groups", "to_overall"].map((method) => {
    const values = compared.map((g) => groups[g].measures.mae);
    const component = { rate: "mae", value: null, overall: overall.measures.mae, leftOut: [] };
    const aggregate = { id: MAE_DIFFERENCE, method, key: aggregateKey({ id: MAE_DIFFERENCE, method }), value: null, status: "ok", components: [component] };
    if (tooFew) return { ...aggregate, status: "insufficient-groups", reason: tooFew, components: [{ ...component, reason: tooFew }] };
    component.value = compareGroups("difference", method, values, overall.measures.mae);
    if (method === "between_groups") {
      const lo = values.indexOf(Math.min(...values));
      const hi = values.indexOf(Math.max(...values));
      component.lowest = { group: labels[compared[lo]], value: values[lo] };
      component.highest = { group: labels[compared[hi]], value: values[hi] };
    } else {
      const at = decidingGroup("difference", values, overall.measures.mae);
      component.farthest = { group: labels[compared[at]], value: values[at] };
    }
    return { ...aggregate, value: component.value };
  });
  if (settings.resamples > 0 && !tooFew) {
    const resamples = resamplesFor(settings.rows, settings.resamples);
    const rng = createRng(settings.seed);
    const indices = new Uint32Array(settings.rows);
    const replicates = aggregates.map(() => new Float64Array(resamples));
    const values = new Float64Array(compared.length);
    const drawn = new Float64Array(sums.length);
    const multiplicity = new Uint32Array(settings.rows);
    for (let b = 0; b < resamples; b++) {
      regressionSumsOfRows(input, grouping, sampleIndices(settings.rows, rng, indices), drawn, multiplicity);
      let all = 0;
      let allErrors = 0;
      for (let g = 0; g < groups.length; g++) {
        all += drawn[g * REGRESSION_SUMS];
        allErrors += drawn[g * REGRESSION_SUMS + 1];
      }
      compared.forEach((g, i) => values[i] = regressionMeasureOf("mae", drawn, g));
      aggregates.forEach((a, k) => replicates[k][b] = compareGroups("difference", a.method, values, allErrors / all));
    }
    aggregates.forEach((a, k) => {
      const ci = percentileInterval(replicates[k], settings.level);
      if (ci) a.ci = ci;
    });
  }
  return { ...base, groups, overall, compared: compared.map((g) => labels[g]), excluded, aggregates, disparities: [], notes: [] };
}
function percentileInterval(replicates, level2) {
  const used = Array.from(replicates.filter((v) => !Number.isNaN(v)).sort());
  if (used.length === 0) return void 0;
  const tail = (1 - level2) / 2;
  return { lower: quantileSorted(used, tail), upper: quantileSorted(used, 1 - tail), level: level2, resamples: replicates.length, resamplesUsed: used.length };
}

// src/core/fairness/gate.ts
var FAIRNESS_RULES = ["evidence", "point-estimate"];
var DISPARITY_IDS = new Set(DISPARITIES.map((d) => d.id));
function fairnessGate(config, result, blocking, champion) {
  const metrics = config?.metrics ?? {};
  const method = config?.method ?? "between_groups";
  const agg = config?.agg ?? "worst_case";
  const rule2 = config?.rule ?? "evidence";
  const checks = [];
  const usable = result.attributes.filter((a) => {
    if (a.error) checks.push({ name: `fairness (${a.name})`, verdict: "error", value: null, message: a.error, pointer: "/gates/fairness/attributes" });
    return !a.error;
  });
  for (const [id, bound2] of Object.entries(metrics)) {
    if (DISPARITY_IDS.has(id)) continue;
    const pointer = `/gates/fairness/metrics/${id}`;
    const key = aggregateKey({ id, method, ...id.startsWith("equalized_odds") ? { agg } : {} });
    for (const attribute of usable) {
      const aggregate = attribute.aggregates.find((a) => a.key === key);
      if (!aggregate) {
        checks.push({ name: `${id} (${attribute.name})`, verdict: "error", value: null, bound: bound2, message: `${id} does not apply to ${result.task}`, pointer });
        continue;
      }
      const previous = champion?.attributes.find((a) => a.name === attribute.name)?.aggregates.find((a) => a.key === key);
      checks.push({ ...withChampion(aggregateCheck(`${id} (${attribute.name})`, aggregate, attribute, bound2, method !== "between_groups" || aggregate.agg === "mean", rule2), previous?.value), pointer });
    }
  }
  const disparityBounds = /* @__PURE__ */ new Map();
  for (const { id } of DISPARITIES) {
    const bound2 = metrics[id] ?? config?.disparity_band;
    if (bound2) disparityBounds.set(id, bound2);
  }
  if (disparityBounds.size > 0 && result.task !== "binary-classification") {
    for (const id of disparityBounds.keys()) checks.push({ name: id, verdict: "error", value: null, message: `${id} does not apply to ${result.task}`, pointer: disparityPointer(id) });
  } else {
    for (const [id, bound2] of disparityBounds) {
      for (const attribute of usable) {
        const previous = champion?.attributes.find((a) => a.name === attribute.name);
        checks.push({ ...withChampion(disparityCheck(id, attribute, bound2, rule2), previous ? worstDisparity(previous.disparities.filter((d) => d.id === id && d.value !== null), bound2)?.value : void 0), pointer: disparityPointer(id) });
      }
    }
  }
  return gateResult("fairness", checks, blocking, summaryOf2(checks));
  function disparityPointer(id) {
    return metrics[id] ? `/gates/fairness/metrics/${id}` : "/gates/fairness/disparity_band";
  }
}
function summaryOf2(checks) {
  const warned = checks.filter((c) => c.verdict === "warn");
  if (warned.length === 0) return void 0;
  const failed = checks.filter((c) => c.verdict === "fail" || c.verdict === "error");
  const passed = checks.length - warned.length - failed.length;
  const parts = [`${passed} of ${checks.length} checks passed`];
  if (failed.length > 0) parts.push(`${failed.length} failed: ${failed.map((c) => c.name).join(", ")}`);
  parts.push(`${warned.length} warn${warned.length === 1 ? "s" : ""}: ${warned.map((c) => c.name).join(", ")}`);
  return parts.join("; ");
}
function withChampion(check, championValue) {
  if (championValue === void 0) return check;
  const value = typeof check.value === "number" ? check.value : null;
  return { ...check, champion: championValue, delta: value !== null && championValue !== null ? value - championValue : null };
}
var percent2 = (level2) => `${Number((level2 * 100).toPrecision(4))}%`;
var intervalText3 = (ci) => `${percent2(ci.level)} CI [${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}]`;
function interval2(ci) {
  return ci ? `; ${intervalText3(ci)}` : "";
}
function intervalBreaks(ci, bound2) {
  return bound2.min !== void 0 && ci.upper < bound2.min || bound2.max !== void 0 && ci.lower > bound2.max;
}
function decide(name, value, ci, bound2, rule2) {
  const point = checkBound(name, value, bound2);
  const check = { ...point, rule: ci ? rule2 : "point-estimate" };
  if (ci) check.interval = { lower: ci.lower, upper: ci.upper, level: ci.level };
  if (!ci) return { ...check, message: `${point.message}${rule2 === "evidence" ? " (no interval computed: decided on the value)" : ""}` };
  if (rule2 === "point-estimate" || point.verdict === "pass") return { ...check, message: `${point.message}${interval2(ci)}${rule2 === "point-estimate" ? " (rule: point-estimate)" : ""}` };
  const side = bound2.min !== void 0 && value < bound2.min ? "below" : "above";
  if (intervalBreaks(ci, bound2)) {
    return { ...check, verdict: "fail", message: `${formatNumber(value)} breaks the bound ${describeBound(bound2)}: the whole ${intervalText3(ci)} is ${side} it` };
  }
  return {
    ...check,
    verdict: "warn",
    message: `${formatNumber(value)} is ${side} the bound ${describeBound(bound2)}, but the ${intervalText3(ci)} reaches it: not shown broken at these group sizes`
  };
}
function notJudged(attribute) {
  if (attribute.excluded.length === 0) return "";
  return `; not judged: ${attribute.excluded.map((e) => `'${e.group}' (${e.count} row${e.count === 1 ? "" : "s"}, ${e.why === "missing" ? "no value" : "too small"})`).join(", ")}`;
}
function describeComponent(component, several) {
  const name = component.rate === "mae" ? "MAE" : RATE_NAMES[component.rate];
  const head = several ? `${name} ${formatNumber(component.value)}: ` : `${name}: `;
  if (component.lowest && component.highest) {
    return `${head}'${component.lowest.group}' ${formatNumber(component.lowest.value)} lowest, '${component.highest.group}' ${formatNumber(component.highest.value)} highest`;
  }
  if (component.farthest && component.overall !== null) return `${head}'${component.farthest.group}' ${formatNumber(component.farthest.value)} against ${formatNumber(component.overall)} overall`;
  return head.replace(/: $/, "");
}
function aggregateCheck(name, aggregate, attribute, bound2, sayVariant, rule2) {
  const variant = sayVariant ? ` (${aggregate.method}${aggregate.agg ? `, ${aggregate.agg}` : ""})` : "";
  if (aggregate.value === null) {
    const reason = `${aggregate.reason ?? "no value on this data"}${variant}`;
    if (aggregate.status === "insufficient-groups") return { name, verdict: "warn", value: null, bound: bound2, message: `too small to judge: ${reason}` };
    return checkBound(name, null, bound2, `no value: ${reason}`);
  }
  const check = decide(name, aggregate.value, aggregate.ci, bound2, rule2);
  const several = aggregate.components.length > 1;
  const left = aggregate.components.flatMap((c) => c.leftOut.map((l) => `'${l.group}' (${l.reason})`));
  const details = aggregate.components.map((c) => describeComponent(c, several)).join("; ");
  return {
    ...check,
    message: `${check.message}${variant}; ${details}${left.length > 0 ? `; left out: ${left.join(", ")}` : ""}${notJudged(attribute)}`
  };
}
function margin(value, bound2) {
  const sides = [];
  if (bound2.min !== void 0) sides.push(Math.log(value) - Math.log(bound2.min));
  if (bound2.max !== void 0) sides.push(Math.log(bound2.max) - Math.log(value));
  return Math.min(...sides);
}
function worstDisparity(measured, bound2) {
  let worst;
  for (const d of measured) if (!worst || margin(d.value, bound2) < margin(worst.value, bound2)) worst = d;
  return worst;
}
function disparityCheck(id, attribute, bound2, rule2) {
  const name = `${id} (${attribute.name})`;
  if (!attribute.reference) {
    const problem = attribute.referenceProblem;
    if (problem?.kind === "not-in-data") return { name, verdict: "error", value: null, bound: bound2, message: problem.message };
    return { name, verdict: "warn", value: null, bound: bound2, message: `too small to judge: ${problem?.message ?? "no reference group"}${notJudged(attribute)}` };
  }
  const reference = attribute.reference.group;
  const all = attribute.disparities.filter((d) => d.id === id);
  if (all.length === 0) {
    return { name, verdict: "warn", value: null, bound: bound2, message: `too small to judge: only the reference group '${reference}' is large enough to compare${notJudged(attribute)}` };
  }
  const measured = all.filter((d) => d.value !== null);
  const unmeasured = all.filter((d) => d.value === null).map((d) => `'${d.group}' (${d.reason})`);
  if (measured.length === 0) return checkBound(name, null, bound2, `no value for any group against '${reference}': ${unmeasured.join(", ")}`);
  const decided = measured.map((d) => ({ d, check: decide(name, d.value, d.ci, bound2, rule2) }));
  const rank = { fail: 0, warn: 1, pass: 2 };
  const deciding = decided.filter((x) => x.check.verdict === decided.reduce((best, y) => rank[y.check.verdict] < rank[best] ? y.check.verdict : best, "pass")).reduce((worst2, x) => margin(x.d.value, bound2) < margin(worst2.d.value, bound2) ? x : worst2);
  const { d: worst, check } = deciding;
  const rate = RATE_NAMES[worst.rate];
  const others = measured.length > 1 ? `; ${measured.length} groups compared, ${measured.filter((d) => !isWithin(d.value, bound2)).length} outside` : "";
  return {
    ...check,
    verdict: check.verdict === "pass" && unmeasured.length > 0 ? "warn" : check.verdict,
    message: `'${worst.group}' (${rate} ${formatNumber(worst.groupRate)} against ${formatNumber(worst.referenceRate)} for reference '${reference}'): ${check.message}${others}${unmeasured.length > 0 ? `; no value: ${unmeasured.join(", ")}` : ""}${notJudged(attribute)}`
  };
}

// src/core/fairness/render.ts
var markdownTable4 = (rows) => markdownTable(rows, { alignDelimiters: false });
var pct3 = (value) => value === null || value === void 0 ? "\u2014" : `${(value * 100).toFixed(1)}%`;
var mermaidText3 = (text) => text.replace(/["\n]/g, "'");
function groupRow(group, judged) {
  const name = `${group.group}${judged ? "" : " \u26A0\uFE0F"}`;
  if ("rates" in group) {
    const r = group.rates;
    return [name, String(group.count), pct3(group.share), pct3(r.base_rate), pct3(r.selection_rate), pct3(r.tpr), pct3(r.fpr), pct3(r.precision), pct3(r.accuracy)];
  }
  return [name, String(group.count), pct3(group.share), num2(group.measures.mae), num2(group.measures.rmse), num2(group.measures.mean_prediction)];
}
function selectionRateChart(attribute) {
  const groups = attribute.groups.filter((g) => "rates" in g && g.rates.selection_rate !== null);
  if (groups.length === 0) return [];
  const percent3 = (v) => (v * 100).toFixed(1);
  const withInterval = groups.every((g) => g.selectionRateInterval);
  const level2 = groups[0].selectionRateInterval?.level;
  return [
    "```mermaid",
    "xychart-beta",
    `    title "Selection rate by ${mermaidText3(attribute.name)}${withInterval && level2 ? ` (lines: ${Math.round(level2 * 100)}% interval)` : ""}"`,
    `    x-axis [${groups.map((g) => `"${mermaidText3(g.group)}"`).join(", ")}]`,
    '    y-axis "selected (%)" 0 --> 100',
    `    bar [${groups.map((g) => percent3(g.rates.selection_rate ?? 0)).join(", ")}]`,
    ...withInterval ? [`    line [${groups.map((g) => percent3(g.selectionRateInterval.lower)).join(", ")}]`, `    line [${groups.map((g) => percent3(g.selectionRateInterval.upper)).join(", ")}]`] : [],
    "```"
  ];
}
var DECISION_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", error: "\u26D4", skipped: "\u23ED\uFE0F" };
function decisionText(check) {
  const icon = DECISION_ICON[check.verdict] ?? "";
  if (check.value === null || check.value === void 0) return `${icon} ${check.verdict}`;
  if (check.rule === "point-estimate") return `${icon} ${check.verdict} (point estimate)`;
  if (check.verdict === "fail") return `${icon} fail: whole interval outside the bound`;
  if (check.verdict === "warn" && check.interval) return `${icon} warn: outside the bound, not shown broken`;
  return `${icon} ${check.verdict}`;
}
function ruleSentence(fairness, gate) {
  const rule2 = gate?.checks.find((c) => c.rule)?.rule;
  const level2 = fairness.intervals ? `${Number((fairness.intervals.level * 100).toPrecision(4))}%` : void 0;
  const how = fairness.intervals ? ` Intervals: ${fairness.intervals.method}.` : "";
  if (rule2 === "evidence") return `Rule: evidence \u2014 a bound fails only when the whole ${level2} interval lies outside it; a value outside the bound whose interval reaches it warns (not shown broken).${how}`;
  if (rule2 === "point-estimate") return `Rule: point-estimate \u2014 the measured value alone passes or fails.${how}`;
  return how.trim();
}
function attributeSection(attribute, champion, checks) {
  const out = [`**${attribute.name}**`, ""];
  if (attribute.error) return [...out, `\u26D4 ${attribute.error}`, ""];
  const judged = new Set(attribute.compared);
  const binary = attribute.groups.some((g) => "rates" in g);
  const header = binary ? ["Group", "Rows", "Share", "Base rate", "Selected", "TPR", "FPR", "Precision", "Accuracy"] : ["Group", "Rows", "Share", "MAE", "RMSE", "Mean prediction"];
  out.push(markdownTable4([header, ...attribute.groups.map((g) => groupRow(g, judged.has(g.group)))]), "");
  for (const excluded of attribute.excluded) out.push(`- \u26A0\uFE0F ${excluded.group}: ${excluded.reason}`);
  if (attribute.excluded.length > 0) out.push("");
  const championAggregates = new Map((champion?.aggregates ?? []).map((a) => [a.key, a]));
  const level2 = attribute.aggregates.find((a) => a.ci)?.ci?.level;
  const rows = attribute.aggregates.filter((a) => a.method === "between_groups" && (a.agg === void 0 || a.agg === "worst_case")).map((a) => {
    const check = checks.get(`${a.id} (${attribute.name})`);
    return [
      a.id,
      a.value === null ? `\u2014 (${a.reason ?? a.status})` : num2(a.value),
      a.ci ? `[${num2(a.ci.lower)}, ${num2(a.ci.upper)}]` : "",
      check?.bound ? describeBound(check.bound) : "",
      check ? decisionText(check) : "not gated",
      ...champion ? [num2(championAggregates.get(a.key)?.value)] : []
    ];
  });
  if (rows.length > 0) {
    const header2 = ["Aggregate (between groups)", "Value", level2 ? `${Math.round(level2 * 100)}% interval` : "Interval", "Bound", "Decision", ...champion ? ["Champion"] : []];
    out.push(markdownTable4([header2, ...rows]), "");
  }
  if (attribute.reference) {
    const outside2 = attribute.disparities.filter((d) => d.withinBand === false);
    out.push(
      `Disparities against the reference group **${attribute.reference.group}** (${attribute.reference.chosen}): ` + (outside2.length === 0 ? "all within the band." : outside2.map((d) => `${d.id} of ${d.group} ${num2(d.value)}`).join(", ") + " outside the band."),
      ""
    );
  } else if (attribute.referenceProblem) out.push(`No reference group: ${attribute.referenceProblem.message}`, "");
  out.push(...selectionRateChart(attribute), "");
  return out;
}
function fairnessMarkdown(fairness, gate) {
  const { challenger, champion } = fairness;
  const out = [`<details><summary>Fairness on ${challenger.rows} rows (groups under ${challenger.minGroupSize} rows are reported, not judged)</summary>`, ""];
  const rule2 = ruleSentence(challenger, gate);
  if (rule2) out.push(rule2, "");
  for (const note of challenger.notes) out.push(`- ${note}`);
  if (challenger.notes.length > 0) out.push("");
  const checks = new Map((gate?.checks ?? []).map((c) => [c.name, c]));
  for (const attribute of challenger.attributes) out.push(...attributeSection(attribute, champion?.attributes.find((a) => a.name === attribute.name), checks));
  out.push("</details>", "");
  return out;
}
var isBinary = (g) => "rates" in g;
function groupCells(group, judged) {
  const name = html(`${escapeHtml(group.group)}${judged ? "" : ' <span class="muted">(not judged)</span>'}`);
  if (isBinary(group)) {
    const r = group.rates;
    return [name, n(String(group.count)), n(pct3(group.share)), n(pct3(r.base_rate)), n(pct3(r.selection_rate)), n(pct3(r.tpr)), n(pct3(r.fpr)), n(pct3(r.precision)), n(pct3(r.accuracy))];
  }
  return [name, n(String(group.count)), n(pct3(group.share)), n(num2(group.measures.mae)), n(num2(group.measures.rmse)), n(num2(group.measures.mean_prediction))];
}
function attributeHtml(attribute, champion, band2, checks) {
  const out = [`<h4>${escapeHtml(attribute.name)}</h4>`];
  if (attribute.error) return [...out, `<p>${badge("error")} ${escapeHtml(attribute.error)}</p>`].join("\n");
  const judged = new Set(attribute.compared);
  const binary = attribute.groups.some(isBinary);
  const head = binary ? ["Group", "Rows", "Share", "Base rate", "Selected", "TPR", "FPR", "Precision", "Accuracy"] : ["Group", "Rows", "Share", "MAE", "RMSE", "Mean prediction"];
  const rows = attribute.groups.map((g) => groupCells(g, judged.has(g.group)));
  if (attribute.overall) rows.push(groupCells({ ...attribute.overall, group: "overall" }, true));
  out.push(table(head, rows));
  if (attribute.excluded.length > 0) out.push(`<ul>${attribute.excluded.map((e) => `<li>${escapeHtml(e.group)}: ${escapeHtml(e.reason)}</li>`).join("")}</ul>`);
  if (binary) {
    const groups = attribute.groups.filter(isBinary);
    const championGroups = new Map((champion?.groups ?? []).filter(isBinary).map((g) => [g.group, g]));
    const series = [{ name: "model", color: COLORS.model, values: groups.map((g) => g.rates.selection_rate) }];
    if (champion) series.push({ name: "champion", color: COLORS.champion, values: groups.map((g) => championGroups.get(g.group)?.rates.selection_rate ?? null) });
    const overall = attribute.overall && isBinary(attribute.overall) ? attribute.overall.rates.selection_rate : null;
    const aria = `Selection rate by ${attribute.name}: ${groups.map((g) => `${g.group} ${pct3(g.rates.selection_rate)}${champion ? ` (champion ${pct3(championGroups.get(g.group)?.rates.selection_rate)})` : ""}`).join("; ")}${overall === null ? "" : `; overall ${pct3(overall)}`}.`;
    out.push(
      figure(
        verticalBars({ ariaLabel: aria, categories: groups.map((g) => g.group), series, format: pct3, minMax: 0.1, ...overall === null ? {} : { reference: { value: overall, label: `overall ${pct3(overall)}` } } }),
        legend(keyOf(COLORS.model, "model"), ...champion ? [keyOf(COLORS.champion, "champion")] : [], ...overall === null ? [] : [keyOf(COLORS.axis, `overall selection rate ${pct3(overall)}`, true)]),
        `Share of each group the model selects (predicts positive).`
      )
    );
  } else {
    const groups = attribute.groups.filter((g) => !isBinary(g));
    const aria = `Mean absolute error by ${attribute.name}: ${groups.map((g) => `${g.group} ${num2(g.measures.mae)}`).join("; ")}.`;
    out.push(figure(verticalBars({ ariaLabel: aria, categories: groups.map((g) => g.group), series: [{ name: "model", color: COLORS.model, values: groups.map((g) => g.measures.mae) }], format: num2 }), legend(keyOf(COLORS.model, "model")), "Mean absolute error per group."));
  }
  const championAggregates = new Map((champion?.aggregates ?? []).map((a) => [a.key, a]));
  const aggregates = attribute.aggregates.filter((a) => a.method === "between_groups" && (a.agg === void 0 || a.agg === "worst_case"));
  out.push(
    table(
      ["Aggregate (between groups)", "Value", "Interval", "Bound", "Decision", "Lowest", "Highest", ...champion ? ["Champion"] : []],
      aggregates.map((a) => {
        const component = a.components[0];
        const extreme = (g) => g ? `${g.group} ${num2(g.value)}` : "";
        const check = checks.get(`${a.id} (${attribute.name})`);
        return [
          a.id,
          n(a.value === null ? `\u2014 (${a.reason ?? a.status})` : num2(a.value)),
          n(a.ci ? `[${num2(a.ci.lower)}, ${num2(a.ci.upper)}] at ${Math.round(a.ci.level * 100)}%` : ""),
          n(check?.bound ? describeBound(check.bound) : ""),
          check ? decisionText(check) : "not gated",
          extreme(component?.lowest),
          extreme(component?.highest),
          ...champion ? [n(num2(championAggregates.get(a.key)?.value))] : []
        ];
      }),
      { caption: "Aggregates" }
    )
  );
  if (attribute.reference) {
    out.push(
      table(
        ["Disparity", "Group", "Group rate", "Reference rate", "Ratio", "Interval", `Within ${num2(band2.min)}\u2013${num2(band2.max)}`],
        attribute.disparities.map((d) => [
          d.id,
          d.group,
          n(num2(d.groupRate)),
          n(num2(d.referenceRate)),
          n(d.value === null ? `\u2014 (${d.reason ?? "no value"})` : num2(d.value)),
          n(d.ci ? `[${num2(d.ci.lower)}, ${num2(d.ci.upper)}]` : ""),
          html(d.withinBand === null ? "\u2014" : d.withinBand ? "yes" : flag("warn", "no"))
        ]),
        { caption: `Disparities against the reference group ${attribute.reference.group} (${attribute.reference.chosen})` }
      )
    );
  } else if (attribute.referenceProblem) out.push(`<p>No reference group: ${escapeHtml(attribute.referenceProblem.message)}</p>`);
  for (const note of attribute.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join("\n");
}
function fairnessHtml(model) {
  const fairness = model.evaluation?.fairness;
  if (!fairness) return void 0;
  const gate = model.gates.find((g) => g.gate === "fairness");
  const { challenger, champion } = fairness;
  const resamples = challenger.bootstrap ? ` (${challenger.bootstrap.resamples} resamples)` : "";
  const out = [`<h3>Fairness</h3>`, `<p>${challenger.rows} rows; groups under ${challenger.minGroupSize} rows are reported, not judged. ${escapeHtml(ruleSentence(challenger, gate))}${resamples}</p>`];
  for (const note of challenger.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  const checks = new Map((gate?.checks ?? []).map((c) => [c.name, c]));
  for (const attribute of challenger.attributes) out.push(attributeHtml(attribute, champion?.attributes.find((a) => a.name === attribute.name), challenger.band, checks));
  return out.join("\n");
}

// src/core/fairness/section.ts
var FAIRNESS_GATE_SCHEMA = object(
  "Group fairness on the evaluation data.",
  {
    attributes: {
      type: "array",
      description: "Names of data.sensitive attributes to examine.",
      minItems: 1,
      uniqueItems: true,
      items: string("A data.sensitive name.")
    },
    intersections: boolean("Also examine every combination of the attributes (empty cells skipped)."),
    min_group_size: integer("Groups smaller than this are reported as too small to judge. Default 30.", { minimum: 1 }),
    metrics: metricBounds("Bounds on fairness aggregates, by id.", FAIRNESS_METRICS),
    disparity_band: bound("Pass band for disparities against the reference group. Default min 0.8, max 1.25."),
    rule: choice(
      FAIRNESS_RULES,
      "How a bound is decided. evidence (default): fail only when the whole (1 - alpha) confidence interval lies outside the bound (the data show it is broken); a value outside the bound whose interval still reaches it warns as not shown broken. point-estimate: the measured value alone passes or fails, whatever the sample size (Fairlearn-style)."
    ),
    alpha: level("Significance level of the evidence rule: intervals are two-sided at 1 - alpha, Bonferroni-adjusted over the groups an aggregate compares. Default 0.05.")
  },
  ["attributes"]
);
var fairnessSection = defineSection({
  id: "fairness",
  title: "Fairness",
  order: 50,
  gate: {
    needs: "groups",
    manifest: FAIRNESS_GATE_SCHEMA,
    decide: (measured, { manifest, blocking, seed }) => {
      const fairness = manifest.gates.fairness;
      const fairnessOf = (forManifest, metricInput) => metricInput.task === "multiclass-classification" ? void 0 : evaluateFairness({
        input: metricInput,
        attributes: sensitiveAttributesFor(forManifest).attributes,
        columns: measured.columns,
        minGroupSize: fairness.min_group_size ?? DEFAULT_MIN_GROUP_SIZE,
        intersections: fairness.intersections ?? false,
        level: 1 - (fairness.alpha ?? 0.05),
        seed,
        ...fairness.disparity_band ? { band: fairness.disparity_band } : {}
      });
      const challenger = fairnessOf(manifest, measured.input);
      if (!challenger) return { gate: { gate: "fairness", verdict: "error", blocking, summary: "fairness metrics apply to binary classification and regression", checks: [] } };
      const champion = measured.champion?.manifest.gates?.fairness ? fairnessOf(measured.champion.manifest, measured.champion.input) : void 0;
      return {
        gate: fairnessGate(fairness, challenger, blocking, champion),
        evaluation: { fairness: { challenger, ...champion ? { champion } : {} } }
      };
    }
  },
  reportSchema: {
    evaluation: {
      fairness: obj2(
        "Fairness of the model (and of the champion) on the evaluation data.",
        { challenger: { $ref: "#/$defs/fairness", description: "The model under review." }, champion: { $ref: "#/$defs/fairness", description: "The version in production." } },
        ["challenger"]
      )
    },
    defs: {
      fairness: obj2(
        "Group fairness per sensitive attribute (src/core/fairness).",
        {
          task: { enum: ["binary-classification", "regression"], description: "Task the metrics are for." },
          rows: int2("Rows evaluated."),
          minGroupSize: int2("Groups smaller than this are reported, not judged."),
          band: obj2("Inclusive bounds.", { min: { type: "number", description: "Lowest allowed." }, max: { type: "number", description: "Highest allowed." } }, []),
          intervals: obj2("How the intervals were computed.", { method: str2("Interval method (score intervals with Bonferroni for binary tasks, row bootstrap for regression)."), level: num3("Confidence level, e.g. 0.95.") }, ["method", "level"]),
          bootstrap: { type: "object", description: "The row bootstrap behind regression intervals: resamples, level, seed, method." },
          attributes: array2(
            "One entry per attribute, and one for their intersection when asked.",
            obj2(
              "Fairness for one attribute.",
              {
                name: str2('Attribute name, or "a \xD7 b" for an intersection.'),
                attributes: array2("Attributes combined.", str2("An attribute name.")),
                columns: array2("Data columns used.", str2("A column name.")),
                error: str2("Why the attribute could not be examined."),
                groups: array2("Metrics per group: count, share, base rate, selection rate, TPR, FPR, FNR, TNR, precision, FDR, FOR, accuracy (or MAE, RMSE for regression).", { type: "object", description: "One group." }),
                overall: { type: "object", description: "The same metrics on all rows." },
                compared: array2("Groups large enough to judge.", str2("A group.")),
                excluded: array2("Groups reported but not judged, and why.", { type: "object", description: "An excluded group." }),
                reference: { type: "object", description: "Reference group of the disparities and how it was chosen." },
                referenceProblem: { type: "object", description: "Why there is no usable reference group." },
                aggregates: array2("Fairlearn aggregates with their intervals.", { type: "object", description: "One aggregate." }),
                disparities: array2("Aequitas disparities against the reference group.", { type: "object", description: "One disparity." }),
                notes: array2("Facts that explain null or trivial values.", str2("A note."))
              },
              ["name", "attributes", "columns", "groups", "compared", "excluded", "aggregates", "disparities", "notes"]
            )
          ),
          notes: array2("Facts about the whole data.", str2("A note."))
        },
        ["task", "rows", "minGroupSize", "band", "attributes", "notes"]
      )
    }
  },
  markdown: { details: (model) => model.evaluation?.fairness ? fairnessMarkdown(model.evaluation.fairness, model.gates.find((g) => g.gate === "fairness")) : [] },
  html: { details: fairnessHtml }
});

// src/core/robustness/gate.ts
var ROBUSTNESS_CHECKS = ["missing_values", "zeros", "extremes", "noise"];
function robustnessGate(manifest, measurements, blocking) {
  const config = manifest.gates?.robustness ?? {};
  const checks = [];
  for (const m of measurements) {
    const settings = config[m.check] ?? {};
    const where = m.worstFeature ? ` (worst: ${m.worstFeature})` : "";
    const pointer = `/gates/robustness/${m.check}`;
    const unmeasurable = Number.isNaN(m.labelFlipRate) ? `the outputs were NaN or infinite${where}, so stability could not be measured` : void 0;
    if (settings.max_label_flip_rate !== void 0) {
      const bound2 = { max: settings.max_label_flip_rate };
      checks.push(
        unmeasurable ? { name: `${m.check}: label flip rate`, verdict: "fail", value: null, bound: bound2, message: unmeasurable, pointer: `${pointer}/max_label_flip_rate` } : { ...checkBound(`${m.check}: label flip rate`, m.labelFlipRate, bound2), message: `${formatNumber(m.labelFlipRate)} of rows change label${where}; allowed ${formatNumber(settings.max_label_flip_rate)}`, pointer: `${pointer}/max_label_flip_rate` }
      );
    }
    if (settings.max_mean_score_change !== void 0) {
      const bound2 = { max: settings.max_mean_score_change };
      checks.push(
        unmeasurable ? { name: `${m.check}: mean score change`, verdict: "fail", value: null, bound: bound2, message: unmeasurable, pointer: `${pointer}/max_mean_score_change` } : { ...checkBound(`${m.check}: mean score change`, m.meanScoreChange, bound2), message: `mean |\u0394score| ${formatNumber(m.meanScoreChange)}${where}; allowed ${formatNumber(settings.max_mean_score_change)}`, pointer: `${pointer}/max_mean_score_change` }
      );
    }
    checks.push({
      name: `${m.check}: finite outputs`,
      pointer,
      verdict: m.nonFinite === 0 ? "pass" : "fail",
      value: m.nonFinite,
      message: m.nonFinite === 0 ? `all ${m.rows} outputs finite` : `${m.nonFinite} of ${m.rows} outputs are NaN or infinite`
    });
    if (config.output_range) {
      checks.push({
        name: `${m.check}: outputs in range`,
        pointer: "/gates/robustness/output_range",
        verdict: m.outOfRange === 0 ? "pass" : "fail",
        value: m.outOfRange,
        message: m.outOfRange === 0 ? `all outputs within ${JSON.stringify(config.output_range)}` : `${m.outOfRange} of ${m.rows} outputs leave ${JSON.stringify(config.output_range)}`
      });
    }
  }
  return gateResult("robustness", checks, blocking);
}

// src/core/robustness/section.ts
var perturbation = (description, extra) => object(description, {
  max_label_flip_rate: number("Largest allowed share of rows whose predicted label changes under this perturbation.", { minimum: 0, maximum: 1 }),
  max_mean_score_change: number("Largest allowed mean absolute change of the score under this perturbation.", { minimum: 0 }),
  ...extra
});
var ROBUSTNESS_GATE_SCHEMA = object("Stability under perturbed inputs (missing, zero, extreme, noisy values).", {
  missing_values: perturbation("Each feature set missing in turn."),
  zeros: perturbation("Each numeric feature set to zero in turn."),
  extremes: perturbation("Numeric features pushed beyond the training range.", {
    factor: number("How far beyond the training range, as a multiple of it. Default 10.", { exclusiveMinimum: 1 })
  }),
  noise: perturbation("Small Gaussian noise on numeric features.", {
    level: number("Noise standard deviation as a share of each feature's standard deviation. Default 0.01.", { exclusiveMinimum: 0, maximum: 1 })
  }),
  output_range: bound("Bounds every output score must stay within (outputs must also be finite).")
});
var robustnessSection = defineSection({
  id: "robustness",
  title: "Robustness",
  order: 20,
  gate: {
    needs: "perturbations",
    manifest: ROBUSTNESS_GATE_SCHEMA,
    decide: (measurements, { manifest, blocking }) => ({ gate: robustnessGate(manifest, measurements, blocking) })
  }
});

// src/core/report/sections.ts
var SECTIONS = [
  performanceSection,
  robustnessSection,
  championSection,
  importanceSection,
  fairnessSection,
  driftSection,
  approvalsSection,
  promotionSection,
  monitoringSection,
  auditSection
].sort((a, b) => a.order - b.order);
var MANIFEST_GATES = [performanceSection, robustnessSection, championSection, fairnessSection, driftSection];
var GATE_KINDS = MANIFEST_GATES.map((s) => s.id);
var GATE_ORDER = new Map(SECTIONS.flatMap((s) => [s.id, ...s.alsoGates ?? []].map((id) => [id, s.order])));
function inSectionOrder(gates) {
  const rank = (g) => GATE_ORDER.get(g.gate) ?? Number.POSITIVE_INFINITY;
  return gates.map((gate, index) => ({ gate, index })).sort((a, b) => rank(a.gate) - rank(b.gate) || a.index - b.index).map((x) => x.gate);
}
function sectionGate(id) {
  const gate = SECTIONS.find((s) => s.id === id)?.gate;
  if (!gate) throw new Error(`no section decides a gate '${id}'`);
  return gate;
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
var texts = (value) => value === void 0 ? [] : Array.isArray(value) ? value : [value];
var yesNeeds = (missing) => (m, answer) => answer === "yes" ? missing(m) : void 0;
var noBaseline = (m) => m.baseline ? void 0 : "the manifest declares no baseline";
var noFairnessGate = (m) => m.gates?.fairness ? void 0 : "the manifest declares no fairness gate (gates.fairness)";
var notApplicableWithGroups = (m, answer) => answer === "n/a" && (m.data.sensitive ?? []).length > 0 ? `data.sensitive declares ${m.data.sensitive.map((s) => s.name).join(", ")}, so the question applies` : void 0;
var either = (...rules) => (m, answer) => {
  for (const rule2 of rules) {
    const reason = rule2(m, answer);
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
  escapeHtml,
  VERDICT_ICON,
  location,
  modelTitle,
  changeText,
  checklistText,
  summaryText,
  num2 as num,
  signed,
  checkValue,
  boundText,
  auditScopeText,
  FEW_VALUES_MAX,
  columnSeed,
  DriftError,
  sampleSize,
  prepareColumn,
  numericSample,
  categoricalSamples,
  distinctValues,
  driftTestById,
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
  CHECKLIST,
  checklistItemId,
  CHECKLIST_BY_ID,
  checklistDefinitions,
  checklistSections,
  sectionTitle,
  promotionText,
  checkRule,
  thresholdsFromReference,
  alertsFor,
  withLoggedChunks,
  latestChunk,
  seriesGate,
  monitoringAt,
  badge,
  code,
  n,
  html,
  table,
  markdownTable,
  markdownTable2,
  cell,
  hasDrifted,
  stalenessGate,
  chunkRows,
  resolveColumnMethod,
  checkDriftSettings,
  featureSides,
  testFeature,
  ProfileError,
  compareText,
  profileTable,
  fitCalibration,
  applyCalibration,
  CBPE_METRICS,
  CbpeError,
  fitCbpe,
  estimateCbpe,
  expectedConfusion,
  choleskySolve,
  analyseDrift,
  analyseProfileDrift,
  driftIssue,
  baselineComparisons,
  sensitiveAttributesFor,
  ROBUSTNESS_CHECKS,
  SECTIONS,
  MANIFEST_GATES,
  GATE_KINDS,
  inSectionOrder,
  sectionGate
};
