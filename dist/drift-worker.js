import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/core/data/table.ts
function requireColumn(table, name) {
  const column = table.columns.get(name);
  if (!column) throw new Error(`column '${name}' was not loaded`);
  return column;
}
function takeRows(table, indices) {
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of table.columns) columns.set(name, columnRows(column, indices));
  return { rowCount: indices.length, columns };
}
function columnRows(column, indices) {
  const rows = indices.length;
  if (column.kind === "numeric") {
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) values[i] = column.values[indices[i]];
    return { ...column, values };
  }
  const codes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) codes[i] = column.codes[indices[i]];
  return { ...column, codes };
}
function withShuffledColumn(table, name, nextBelow) {
  const column = requireColumn(table, name);
  const shuffled = column.kind === "numeric" ? { ...column, values: column.values.slice() } : { ...column, codes: column.codes.slice() };
  const data = shuffled.kind === "numeric" ? shuffled.values : shuffled.codes;
  for (let i = data.length - 1; i > 0; i--) {
    const j = nextBelow(i + 1);
    const swap = data[i];
    data[i] = data[j];
    data[j] = swap;
  }
  const columns = new Map(table.columns);
  columns.set(name, shuffled);
  return { rowCount: table.rowCount, columns };
}
var MISSING_CODE;
var init_table = __esm({
  "src/core/data/table.ts"() {
    "use strict";
    MISSING_CODE = -1;
  }
});

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
var init_correction = __esm({
  "src/core/drift/correction.ts"() {
    "use strict";
  }
});

// src/core/drift/defaults.ts
function defaultMethod(kind, referenceValues, distinctValues2, mode = "fixed") {
  const fewValues = kind === "categorical" || distinctValues2 <= FEW_VALUES_MAX;
  if (mode === "calibrated" || referenceValues <= SMALL_REFERENCE_MAX_VALUES) {
    if (!fewValues) return "ks";
    return distinctValues2 > BINARY_VALUES_MAX ? "chi2" : "z";
  }
  return fewValues ? "jensenshannon" : "wasserstein";
}
var DEFAULT_THRESHOLD_MODE, DEFAULT_THRESHOLDS, SMALL_REFERENCE_MAX_VALUES, FEW_VALUES_MAX, BINARY_VALUES_MAX, DEFAULT_DRIFT_SHARE, CORRECTIONS, DEFAULT_CORRECTION;
var init_defaults = __esm({
  "src/core/drift/defaults.ts"() {
    "use strict";
    DEFAULT_THRESHOLD_MODE = "calibrated";
    DEFAULT_THRESHOLDS = Object.freeze({
      ks: 0.05,
      chi2: 0.05,
      z: 0.05,
      psi: 0.1,
      jensenshannon: 0.1,
      wasserstein: 0.1,
      hellinger: 0.1
    });
    SMALL_REFERENCE_MAX_VALUES = 1e3;
    FEW_VALUES_MAX = 5;
    BINARY_VALUES_MAX = 2;
    DEFAULT_DRIFT_SHARE = 0.5;
    CORRECTIONS = ["none", "bonferroni", "benjamini-hochberg"];
    DEFAULT_CORRECTION = "none";
  }
});

// src/core/stats/random.ts
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
function rejectionLimit(bound) {
  if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
    throw new RangeError(`bound must be an integer in [1, 2^32]; got ${bound}`);
  }
  return TWO_POW_32 - TWO_POW_32 % bound;
}
var TWO_POW_32, MASK_64, FILL_STATE;
var init_random = __esm({
  "src/core/stats/random.ts"() {
    "use strict";
    TWO_POW_32 = 4294967296;
    MASK_64 = (1n << 64n) - 1n;
    FILL_STATE = new Int32Array(4);
  }
});

// src/core/drift/permutation.ts
function permutationTest(layout, options) {
  const cells = layout.pooled.length;
  const m = sum(layout.reference);
  const n = sum(layout.pooled) - m;
  const current = new Float64Array(cells);
  for (let k = 0; k < cells; k++) current[k] = layout.pooled[k] - layout.reference[k];
  const observed = layout.statistic(layout.reference, current);
  const bar = observed - TIE_TOLERANCE * Math.max(1, Math.abs(observed));
  const top = observed + TIE_TOLERANCE * Math.max(1, Math.abs(observed));
  ensureLogFactorials(m + n);
  const rng = createRng(dataSeed(options.seed, layout.reference));
  const sampler = countSampler(layout.pooled, Math.min(m, n), rng);
  const state = { nulls: new Float64Array(MAX_PERMUTATIONS), count: 0, exceed: 0, ties: 0, fixedHits: 0 };
  const run = (count) => permute(layout, sampler, m <= n, bar, top, options.fixedThreshold ?? Number.POSITIVE_INFINITY, count, state);
  const tieBreak = rng.nextFloat();
  const identical = Math.abs(observed) <= TIE_TOLERANCE;
  const pValueNow = () => identical ? 1 : (state.exceed + tieBreak * (state.ties + 1)) / (state.count + 1);
  if (options.permutations !== void 0) {
    state.nulls = new Float64Array(options.permutations);
    run(options.permutations);
  } else {
    run(FIRST_STAGE_PERMUTATIONS);
    if (pValueNow() <= 2 * options.alpha) run(MAX_PERMUTATIONS - FIRST_STAGE_PERMUTATIONS);
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
        const cell = cellOfRow[j];
        cellOfRow[j] = cellOfRow[i];
        cellOfRow[i] = cell;
        out[cell]++;
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
function below(rng, bound) {
  if (bound > 2097152) return rng.nextBelow(bound);
  for (; ; ) {
    const product = rng.nextUint32() * bound;
    const high = Math.floor(product / TWO_POW_322);
    const low = product - high * TWO_POW_322;
    if (low >= bound || low >= (TWO_POW_322 - bound) % bound) return high;
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
  const table = logFactorials;
  const bound = Math.min(Math.min(sample, fewer) + 1, Math.floor(a + 16 * c));
  let k;
  for (; ; ) {
    const u = rng.nextFloat();
    const v = rng.nextFloat();
    if (u === 0) continue;
    const x = a + h * (v - 0.5) / u;
    if (x < 0 || x >= bound) continue;
    k = Math.floor(x);
    const t = atMode - (fewer < table.length ? table[k] + table[fewer - k] + stirlingLogFactorial(sample - k) + stirlingLogFactorial(more - sample + k) : logFactorial(k) + logFactorial(fewer - k) + logFactorial(sample - k) + logFactorial(more - sample + k));
    if (u * (4 - u) - 3 <= t) break;
    if (u * (u - t) >= 1) continue;
    if (2 * Math.log(u) <= t) break;
  }
  if (successes > population - successes) k = sample - k;
  if (sample < draws) k = successes - k;
  return k;
}
function logFactorial(k) {
  return k < logFactorials.length ? logFactorials[k] : stirlingLogFactorial(k);
}
function stirlingLogFactorial(k) {
  if (k < SMALL_LOG_FACTORIALS.length) return SMALL_LOG_FACTORIALS[k];
  const n = k + 1;
  const inverse = 1 / n;
  const inverse2 = inverse * inverse;
  return (n - 0.5) * Math.log(n) - n + 0.9189385332046728 + inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260 - inverse2 / 1680)));
}
function ensureLogFactorials(upTo) {
  const size = Math.min(LOG_FACTORIAL_TABLE_MAX, upTo + 1);
  if (size <= logFactorials.length) return;
  const grown2 = new Float64Array(Math.min(LOG_FACTORIAL_TABLE_MAX, Math.max(size, 2 * logFactorials.length)));
  grown2.set(logFactorials);
  for (let k = logFactorials.length; k < grown2.length; k++) grown2[k] = stirlingLogFactorial(k);
  logFactorials = grown2;
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
var FIRST_STAGE_PERMUTATIONS, MAX_PERMUTATIONS, TIE_TOLERANCE, TWO_POW_322, RATIO_OF_UNIFORMS_MIN_SD, HRUA_D1, HRUA_D2, SMALL_LOG_FACTORIALS, LOG_FACTORIAL_TABLE_MAX, logFactorials;
var init_permutation = __esm({
  "src/core/drift/permutation.ts"() {
    "use strict";
    init_random();
    FIRST_STAGE_PERMUTATIONS = 199;
    MAX_PERMUTATIONS = 999;
    TIE_TOLERANCE = 1e-12;
    TWO_POW_322 = 4294967296;
    RATIO_OF_UNIFORMS_MIN_SD = 8;
    HRUA_D1 = 1.7155277699214135;
    HRUA_D2 = 0.8989161620588988;
    SMALL_LOG_FACTORIALS = (() => {
      const table = new Float64Array(32);
      for (let k = 2; k < table.length; k++) table[k] = table[k - 1] + Math.log(k);
      return table;
    })();
    LOG_FACTORIAL_TABLE_MAX = 1 << 22;
    logFactorials = new Float64Array(0);
  }
});

// src/core/drift/definition.ts
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
      const { statistic, score: score2, detail } = spec.compute(reference, current);
      const seed = options.seed ?? 0;
      const base = { method: spec.id, kind: spec.kind, statistic, score: score2, threshold: limit, mode };
      if (spec.kind === "p-value") {
        const layout2 = mode === "calibrated" ? spec.layout?.(reference, current) : void 0;
        let pValue = score2;
        let facts = detail;
        if (layout2) {
          const permuted2 = permutationTest(layout2, { seed, alpha: limit });
          const keepOwn = spec.ownPValueConservative === true && score2 < 1 / (permuted2.permutations + 1) && score2 < permuted2.pValue;
          pValue = keepOwn ? score2 : permuted2.pValue;
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
          drifted: score2 >= limit,
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
function sampleSize(sample) {
  return sample.kind === "numeric" ? sample.sorted.length : sample.total;
}
var THRESHOLD_MODES, DEFAULT_ALPHA, DriftError, FIXED_ESTIMATE_PERMUTATIONS;
var init_definition = __esm({
  "src/core/drift/definition.ts"() {
    "use strict";
    init_permutation();
    THRESHOLD_MODES = ["calibrated", "fixed"];
    DEFAULT_ALPHA = 0.05;
    DriftError = class extends Error {
      name = "DriftError";
      code;
      /** Id of the test that failed. */
      method;
      constructor(code, method, message) {
        super(`${method}: ${message}`);
        this.code = code;
        this.method = method;
      }
    };
    FIXED_ESTIMATE_PERMUTATIONS = 199;
  }
});

// src/core/drift/cells.ts
function cellBudget(referenceRows, currentRows) {
  return Math.min(referenceRows, currentRows) > LARGE_SAMPLE_ROWS ? LARGE_SAMPLE_CELLS : MAX_PERMUTATION_CELLS;
}
function wassersteinOverCells(positions, m, n) {
  return (a, b) => {
    let cumulativeA = 0;
    let cumulativeB = 0;
    let area = 0;
    for (let k = 0; k < positions.length - 1; k++) {
      cumulativeA += a[k];
      cumulativeB += b[k];
      area += Math.abs(cumulativeA / m - cumulativeB / n) * (positions[k + 1] - positions[k]);
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
  const n = b.length;
  let largestDifference = 0;
  let area = 0;
  let previous = m > 0 && n > 0 ? Math.min(a[0], b[0]) : 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    const before = i * n - j * m;
    area += (before < 0 ? -before : before) * (value - previous);
    previous = value;
    const startI = i;
    const startJ = j;
    while (i < a.length && a[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    const after = i * n - j * m;
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
var MAX_PERMUTATION_CELLS, LARGE_SAMPLE_ROWS, LARGE_SAMPLE_CELLS, merges;
var init_cells = __esm({
  "src/core/drift/cells.ts"() {
    "use strict";
    MAX_PERMUTATION_CELLS = 1e3;
    LARGE_SAMPLE_ROWS = 1e4;
    LARGE_SAMPLE_CELLS = 250;
    merges = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/simple-statistics/dist/simple-statistics.mjs
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
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var BayesianClassifier, COEFFICIENTS, g, LOGSQRT2PI, SQRT_2PI$1, standardNormalTable, z, SQRT_2PI, PerceptronModel;
var init_simple_statistics = __esm({
  "node_modules/simple-statistics/dist/simple-statistics.mjs"() {
    BayesianClassifier = function BayesianClassifier2() {
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
    COEFFICIENTS = [
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
    g = 607 / 128;
    LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
    SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
    standardNormalTable = [];
    for (z = 0; z <= 3.09; z += 0.01) {
      standardNormalTable.push(cumulativeDistribution(z));
    }
    SQRT_2PI = Math.sqrt(2 * Math.PI);
    PerceptronModel = function PerceptronModel2() {
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
  }
});

// src/core/stats/normal.ts
function smallTail(y) {
  if (y >= TAIL_VANISHES) return 0;
  let ratio2;
  if (y <= ROOT32) {
    let num2 = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num2 = (num2 + C[i]) * y;
      den = (den + D[i]) * y;
    }
    ratio2 = (num2 + C[7]) / (den + D[7]);
  } else {
    const inverseSquare = 1 / (y * y);
    let num2 = P[5] * inverseSquare;
    let den = inverseSquare;
    for (let i = 0; i < 4; i++) {
      num2 = (num2 + P[i]) * inverseSquare;
      den = (den + Q[i]) * inverseSquare;
    }
    ratio2 = inverseSquare * (num2 + P[4]) / (den + Q[4]);
    ratio2 = (ONE_OVER_SQRT_2PI - ratio2) / y;
  }
  const rounded = Math.trunc(y * 16) / 16;
  const del = (y - rounded) * (y + rounded);
  return Math.exp(-rounded * rounded / 2) * Math.exp(-del / 2) * ratio2;
}
function centralOffset(x) {
  const square = Math.abs(x) > 111e-18 ? x * x : 0;
  let num2 = A[4] * square;
  let den = square;
  for (let i = 0; i < 3; i++) {
    num2 = (num2 + A[i]) * square;
    den = (den + B[i]) * square;
  }
  return x * (num2 + A[3]) / (den + B[3]);
}
function normalCdf(x) {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= THRESHOLD) return 0.5 + centralOffset(x);
  const tail = smallTail(y);
  return x > 0 ? 1 - tail : tail;
}
function normalTwoSidedPValue(z2) {
  if (Number.isNaN(z2)) return Number.NaN;
  return Math.min(1, 2 * normalCdf(-Math.abs(z2)));
}
function chiSquared1Sf(x) {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  return Math.min(1, 2 * normalCdf(-Math.sqrt(x)));
}
var A, B, C, D, P, Q, ONE_OVER_SQRT_2PI, THRESHOLD, ROOT32, TAIL_VANISHES;
var init_normal = __esm({
  "src/core/stats/normal.ts"() {
    "use strict";
    A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356, 0.06568233791820745];
    B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
    C = [
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
    D = [
      22.266688044328117,
      235.387901782625,
      1519.3775994075547,
      6485.558298266761,
      18615.571640885097,
      34900.95272114598,
      38912.00328609327,
      19685.429676859992
    ];
    P = [0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934, 29112874951168793e-21, 0.023073441764940174];
    Q = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 7297515550839662e-20];
    ONE_OVER_SQRT_2PI = 0.3989422804014327;
    THRESHOLD = 0.66291;
    ROOT32 = 5.656854248;
    TAIL_VANISHES = 37.519;
  }
});

// src/core/stats/gamma.ts
function regularizedGammaQ(a, x) {
  if (Number.isNaN(a) || Number.isNaN(x) || !(a > 0) || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const logPrefactor = a * Math.log(x) - x - gammaln(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum2 = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
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
var MAX_ITERATIONS, TINY;
var init_gamma = __esm({
  "src/core/stats/gamma.ts"() {
    "use strict";
    init_simple_statistics();
    init_normal();
    MAX_ITERATIONS = 1e5;
    TINY = 1e-300;
  }
});

// src/core/stats/radix-sort.ts
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
function scratchOf(length) {
  if (length > SCRATCH_MAX_LENGTH) return new Float64Array(length);
  if (scratch.length < length) scratch = new Float64Array(Math.min(SCRATCH_MAX_LENGTH, Math.max(length, 2 * scratch.length)));
  return scratch.subarray(0, length);
}
function countDigits(values, finiteOnly, histograms) {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const B2 = SMALL_DIGITS.buckets;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    count++;
    const high = words[2 * i + 1];
    const flip = high >> 31;
    const key2 = (high ^ (flip | 2147483648)) >>> 0;
    const low = (words[2 * i] ^ flip) >>> 0;
    histograms[low & 2047]++;
    histograms[B2 + (low >>> 11 & 2047)]++;
    histograms[2 * B2 + (low >>> 22)]++;
    histograms[3 * B2 + (key2 & 2047)]++;
    histograms[4 * B2 + (key2 >>> 11 & 2047)]++;
    histograms[5 * B2 + (key2 >>> 22)]++;
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
var RADIX_MIN_LENGTH, SMALL_DIGITS, LARGE_MIN_LENGTH, LITTLE_ENDIAN, SCRATCH_MAX_LENGTH, scratch, INSERTION_MAX, WIDE_DIGIT_MIN, levelCounts;
var init_radix_sort = __esm({
  "src/core/stats/radix-sort.ts"() {
    "use strict";
    RADIX_MIN_LENGTH = 1024;
    SMALL_DIGITS = { buckets: 2048, half: [0, 0, 0, 1, 1, 1], shift: [0, 11, 22, 0, 11, 22], mask: [2047, 2047, 1023, 2047, 2047, 1023] };
    LARGE_MIN_LENGTH = 1 << 17;
    LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 63;
    SCRATCH_MAX_LENGTH = 1 << 22;
    scratch = new Float64Array(0);
    INSERTION_MAX = 32;
    WIDE_DIGIT_MIN = 1024;
    levelCounts = Array.from({ length: 7 }, () => new Uint32Array(2048));
  }
});

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
    for (let code = 0; code < counts.length; code++) {
      if (counts[code] === 0) continue;
      const category = column.categories[code];
      let at = index.get(category);
      if (at === void 0) {
        at = categories.length;
        index.set(category, at);
        categories.push(category);
      }
      target[code] = at;
    }
    return target;
  };
  const referenceTarget = place(reference, referenceCounts.counts);
  const currentTarget = place(current, currentCounts.counts);
  const align = (counts, target) => {
    const aligned = new Float64Array(categories.length);
    for (let code = 0; code < counts.length; code++) if (target[code] >= 0) aligned[target[code]] = counts[code];
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
    const code = codes[i];
    if (code < 0) continue;
    if (code >= size) throw new RangeError(`column '${column.name}': row ${i} has category code ${code}, but the column has ${size} categories`);
    counts[code]++;
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
  const ref = reference;
  const cur = current;
  let count = 0;
  for (let i = 0; i < ref.counts.length; i++) if (ref.counts[i] > 0 || cur.counts[i] > 0) count++;
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
function firstNotBelow(sorted, bound, from, inclusive) {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (inclusive ? sorted[mid] <= bound : sorted[mid] < bound) low = mid + 1;
    else high = mid;
  }
  return low;
}
function evidentlyBins(reference, current, method) {
  const last = lastBinned.get(reference);
  if (last && last.current === current && last.method === method) return last.binned;
  const binned = computeEvidentlyBins(reference, current, method);
  lastBinned.set(reference, { current, method, binned });
  return binned;
}
function computeEvidentlyBins(reference, current, method) {
  if (reference.kind === "numeric" && current.kind === "numeric") {
    const ref2 = reference.sorted;
    const cur2 = current.sorted;
    if (distinctCount(ref2, MAX_VALUES_UNBINNED + 1) > MAX_VALUES_UNBINNED) {
      const edges = sturgesEdges(Math.min(ref2[0], cur2[0]), Math.max(ref2[ref2.length - 1], cur2[cur2.length - 1]), ref2.length + cur2.length, method);
      return { reference: histogramSorted(ref2, edges), current: histogramSorted(cur2, edges), binning: "sturges", bins: edges.length - 1 };
    }
    const counts = valueCounts(ref2, cur2);
    return { reference: counts.a, current: counts.b, binning: "values", bins: counts.values.length };
  }
  const ref = reference;
  const cur = current;
  return { reference: ref.counts, current: cur.counts, binning: "values", bins: ref.counts.length };
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
  const ref = reference;
  return { labels: ref.categories, reference: ref.counts, current: current.counts };
}
var MAX_VALUES_UNBINNED, lastBinned;
var init_samples = __esm({
  "src/core/drift/samples.ts"() {
    "use strict";
    init_radix_sort();
    init_definition();
    MAX_VALUES_UNBINNED = 20;
    lastBinned = /* @__PURE__ */ new WeakMap();
  }
});

// src/core/drift/methods/chi2.ts
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
var MIN_EXPECTED_COUNT, chi2;
var init_chi2 = __esm({
  "src/core/drift/methods/chi2.ts"() {
    "use strict";
    init_cells();
    init_defaults();
    init_definition();
    init_gamma();
    init_samples();
    MIN_EXPECTED_COUNT = 5;
    chi2 = defineDriftTest({
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
        let n = 0;
        for (let k = 0; k < cells.reference.length; k++) {
          m += cells.reference[k];
          n += cells.current[k];
        }
        let smallest = Number.POSITIVE_INFINITY;
        for (let k = 0; k < cells.reference.length; k++) {
          const pooled = cells.reference[k] + cells.current[k];
          if (pooled > 0) smallest = Math.min(smallest, pooled * Math.min(m, n) / (m + n));
        }
        if (smallest >= MIN_EXPECTED_COUNT) return void 0;
        return countLayout(cells.reference, cells.current, (a, b) => chiSquaredHomogeneity(a, b).statistic, { sparse: true });
      }
    });
  }
});

// src/core/drift/methods/hellinger.ts
function hellingerBins(reference, current) {
  if (reference.kind === "categorical" && current.kind === "categorical") {
    return { reference: reference.counts, current: current.counts, detail: { binning: "values", bins: reference.counts.length } };
  }
  if (reference.kind === "numeric" && current.kind === "numeric") {
    const ref = reference.sorted;
    const cur = current.sorted;
    const edges = sturgesEdges(Math.min(ref[0], cur[0]), Math.max(ref[ref.length - 1], cur[cur.length - 1]), distinctUnionCount(ref, cur), "hellinger");
    const bins = edges.length - 1;
    const width = (edges[bins] - edges[0]) / bins;
    const weights = new Float64Array(bins);
    for (let bin = 0; bin < bins; bin++) weights[bin] = width / (edges[bin + 1] - edges[bin]);
    return { reference: histogramSorted(ref, edges), current: histogramSorted(cur, edges), weights, detail: { binning: "sturges", bins } };
  }
  throw new Error("unreachable: samples of one kind");
}
function hellingerDistance(reference, current, weights) {
  const m = total(reference);
  const n = total(current);
  let coefficient = 0;
  for (let k = 0; k < reference.length; k++) coefficient += Math.sqrt(reference[k] / m * (current[k] / n)) * (weights ? weights[k] : 1);
  return Math.sqrt(1 - Math.min(1, Math.max(0, coefficient)));
}
var hellinger;
var init_hellinger = __esm({
  "src/core/drift/methods/hellinger.ts"() {
    "use strict";
    init_cells();
    init_defaults();
    init_definition();
    init_samples();
    hellinger = defineDriftTest({
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
var jensenshannon;
var init_jensenshannon = __esm({
  "src/core/drift/methods/jensenshannon.ts"() {
    "use strict";
    init_cells();
    init_defaults();
    init_definition();
    init_samples();
    jensenshannon = defineDriftTest({
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
  }
});

// src/core/stats/kolmogorov.ts
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
function logFactorialOverPower(n) {
  const inverse = 1 / n;
  const x = inverse / n;
  let series = 0;
  for (const coefficient of STIRLING_COEFFICIENTS) series = series * x + coefficient;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + inverse * series;
}
function kstwoSf(n, d) {
  if (Number.isNaN(d)) return Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be a positive integer; got ${n}`);
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i++) cdf2 *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf2 = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip(1 - cdf2);
  }
  if (t >= n - 1) return clip(2 * (1 - d) ** n);
  if (d >= 0.5) return clip(2 * smirnovSf(n, d));
  const nxSquared = t * d;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip(1 - durbinMatrixCdf(n, d));
    if (nxSquared <= 4) return clip(1 - pomeranzCdf(n, d));
    return clip(2 * smirnovSf(n, d));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n, d));
  const cdf = n <= 1e5 && n * d ** 1.5 <= 1.4 ? durbinMatrixCdf(n, d) : pelzGoodCdf(n, d);
  return clip(1 - cdf);
}
function durbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
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
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
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
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
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
function pomeranzBounds(i, n, ll, ceilF, roundF) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilF - 1;
        j2 = n + ll + ceilF - 1;
      } else {
        j1 = half - 1 - ll - roundF - 1;
        j2 = half + ll - 1 + ceilF - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundF - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function pomeranzCdf(n, d) {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g2 = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let m = 1; m < powers; m++) {
    gPower[m] = gPower[m - 1] * (g2 / n) / m;
    twoGPower[m] = twoGPower[m - 1] * (2 * g2 / n) / m;
    oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * ((1 - 2 * g2) / n) / m;
  }
  let v0 = new Float64Array(powers);
  let v1 = new Float64Array(powers);
  v1[0] = 1;
  let v0Start = 0;
  let v1Start = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0Start, v1Start] = [v1Start, v0Start];
    v1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilF, roundF);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
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
  let answer = v1[n - v1Start];
  for (let m = 1; m <= n; m++) {
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
function pelzGoodCdf(n, d) {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z2 = Math.sqrt(n) * d;
  const z22 = z2 * z2;
  const z3 = z22 * z2;
  const z4 = z22 * z22;
  const z6 = z4 * z22;
  const qLog = -PI_SQUARED / 8 / z22;
  if (qLog < MIN_LOG) return 0;
  let q = Math.exp(qLog);
  const k1a = -z22;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z22) * PI_SQUARED / 4;
  const k2c = PI_FOUR * (1 - 2 * z22) / 16;
  const k3d = PI_SIX * (5 - 30 * z22) / 64;
  const k3c = PI_FOUR * (-60 * z22 + 212 * z4) / 16;
  const k3b = PI_SQUARED * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z2 ** 8;
  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil(16 * z2 / Math.PI);
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
  const divisors = [z2, 6 * z4, 72 * z2 ** 7, 6480 * z2 ** 10];
  for (let i = 0; i < 4; i++) terms[i] = terms[i] * q * SQRT_2PI2 / divisors[i];
  q = Math.exp(-PI_SQUARED / 2 / z22);
  let k2Extra = 0;
  let k3Extra = 0;
  const sqrt3z = Math.sqrt(3) * z2;
  for (let k = maxK; k >= 1; k--) {
    const k2 = k * k;
    const qPower = q ** k2;
    k2Extra += k2 * qPower;
    k3Extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qPower;
  }
  terms[2] = terms[2] + k2Extra * PI_SQUARED * SQRT_2PI2 / (-36 * z3);
  terms[3] = terms[3] + k3Extra * PI_SQUARED * SQRT_2PI2 / (216 * z6);
  let sum2 = 0;
  for (let i = 0; i < 4; i++) sum2 += terms[i] / n ** (i / 2);
  return sum2;
}
function smirnovSf(n, d) {
  if (Number.isNaN(d)) return Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be a positive integer; got ${n}`);
  if (n === 1) return clip(1 - d);
  if (d <= 0) return 1;
  if (d >= 1) return 0;
  const nd = n * d;
  const ndFloor = Math.floor(nd);
  const alpha = nd - ndFloor;
  if (ndFloor === 0 || ndFloor === 1 && alpha === 0) return clip(1 - d * (1 + d) ** (n - 1));
  if (-2 * n * d * d < CEPHES_MIN_LOG) return 0;
  if (ndFloor >= n - 1) return clip((1 - d) ** n);
  if (n > 1e6) {
    const logP = -((6 * nd + 1) ** 2) / 18 / n;
    return logP < -Math.LN2 ? Math.exp(logP) : clip(1 + Math.expm1(logP));
  }
  const lastTerm = n - ndFloor - (alpha === 0 ? 1 : 0);
  const term = (v) => {
    const p = d + v / n;
    const q = (n - v) / n - d;
    return q > 0 ? d / p * binomialProbability(v, n, p, q) : 0;
  };
  let peak = Math.min(lastTerm, Math.max(0, Math.round(n * (0.5 - d))));
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
function binomialProbability(k, n, p, q) {
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q));
  if (k === n) return Math.exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p));
  if (k < 0 || k > n) return 0;
  const logCore = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  const logScale = LOG_2PI + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(logCore - 0.5 * logScale);
}
function ksEqualSizesSf(n, h) {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio2 = 1;
    for (let j = 0; j < h; j++) ratio2 = (n - k * h - j) * ratio2 / (n + k * h + j + 1);
    p = ratio2 * (1 - p);
  }
  return 2 * p;
}
function ksUnequalSizesSf(sizeA, sizeB, g2, h) {
  const m = Math.max(sizeA, sizeB);
  const n = Math.min(sizeA, sizeB);
  const mg = m / g2;
  const ng = n / g2;
  let minJ = 0;
  let maxJ = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxJ - minJ;
  const window = new Float64Array(Math.min(2 * maxJ + 2, n + 1)).fill(1);
  window.fill(0, minJ, maxJ);
  for (let i = 1; i <= m; i++) {
    const lastMinJ = minJ;
    const lastLength = currentLength;
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
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
var SCALE_EXPONENT, SCALE, INVERSE_SCALE, SQRT_2PI2, LOG_2PI, PI_SQUARED, PI_FOUR, PI_SIX, MIN_LOG, CEPHES_MIN_LOG, clip, STIRLING_COEFFICIENTS, STIRLING_ERRORS;
var init_kolmogorov = __esm({
  "src/core/stats/kolmogorov.ts"() {
    "use strict";
    SCALE_EXPONENT = 128;
    SCALE = 2 ** SCALE_EXPONENT;
    INVERSE_SCALE = 2 ** -SCALE_EXPONENT;
    SQRT_2PI2 = Math.sqrt(2 * Math.PI);
    LOG_2PI = Math.log(2 * Math.PI);
    PI_SQUARED = Math.PI ** 2;
    PI_FOUR = Math.PI ** 4;
    PI_SIX = Math.PI ** 6;
    MIN_LOG = -708;
    CEPHES_MIN_LOG = -745.1332191019412;
    clip = (p) => Math.min(1, Math.max(0, p));
    STIRLING_COEFFICIENTS = [
      -0.029550653594771242,
      0.00641025641025641,
      -0.0019175269175269176,
      8417508417508417e-19,
      -5952380952380953e-19,
      7936507936507937e-19,
      -0.002777777777777778,
      0.08333333333333333
    ];
    STIRLING_ERRORS = [
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
  }
});

// src/core/drift/methods/ks.ts
function ksTwoSample(a, b, method = "auto") {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("ks_2samp needs at least one value in each sample");
  const largest = mergedCells(a, b).largestDifference;
  const g2 = gcd(n1, n2);
  const h = largest / g2;
  const lcm = n1 / g2 * n2;
  const statistic = h / lcm;
  let mode = method === "auto" ? Math.max(n1, n2) <= KS_EXACT_MAX_SIZE ? "exact" : "asymptotic" : method;
  if (method === "exact" && n1 / g2 >= 2147483647 / (n2 / g2)) mode = "asymptotic";
  let exactFailed = false;
  if (mode === "exact") {
    const pValue2 = h === 0 ? 1 : n1 === n2 ? ksEqualSizesSf(n1, h) : ksUnequalSizesSf(n1, n2, g2, h);
    if (pValue2 >= 0 && pValue2 <= 1) return { statistic, pValue: pValue2, method: "exact", exactFailed: false };
    exactFailed = true;
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const effective = Math.max(1, roundHalfEven(m * n / (m + n)));
  const pValue = Math.min(1, Math.max(0, kstwoSf(effective, statistic)));
  return { statistic, pValue, method: "asymptotic", exactFailed };
}
var KS_EXACT_MAX_SIZE, ks;
var init_ks = __esm({
  "src/core/drift/methods/ks.ts"() {
    "use strict";
    init_cells();
    init_defaults();
    init_definition();
    init_samples();
    init_kolmogorov();
    KS_EXACT_MAX_SIZE = 1e4;
    ks = defineDriftTest({
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
        const n = current.sorted.length;
        const distinct = distinctUnionCount(reference.sorted, current.sorted, MAX_PERMUTATION_CELLS + 1);
        if (distinct > MAX_PERMUTATION_CELLS || distinct === m + n) return void 0;
        const cells = valueCells(reference.sorted, current.sorted, MAX_PERMUTATION_CELLS);
        const statistic = (a, b) => {
          let cumulativeA = 0;
          let cumulativeB = 0;
          let largest = 0;
          for (let k = 0; k < a.length; k++) {
            cumulativeA += a[k];
            cumulativeB += b[k];
            const difference = Math.abs(cumulativeA / m - cumulativeB / n);
            if (difference > largest) largest = difference;
          }
          return largest;
        };
        return { pooled: cells.pooled, reference: cells.reference, statistic, toScore: 1, detail: { ties: true, cells: cells.distinct } };
      }
    });
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
function total2(counts) {
  let sum2 = 0;
  for (const count of counts) sum2 += count;
  return sum2;
}
var psi;
var init_psi = __esm({
  "src/core/drift/methods/psi.ts"() {
    "use strict";
    init_cells();
    init_defaults();
    init_definition();
    init_samples();
    psi = defineDriftTest({
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
        const n = total(binned.current);
        return countLayout(binned.reference, binned.current, (a, b) => populationStabilityIndex(fillEmptyBins(shares(a, m)), fillEmptyBins(shares(b, n))));
      }
    });
  }
});

// src/core/drift/methods/wasserstein.ts
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
function referenceStandardDeviation(sorted) {
  let std = referenceStds.get(sorted);
  if (std === void 0) referenceStds.set(sorted, std = standardDeviation(sorted));
  return std;
}
var MIN_REFERENCE_STD, referenceStds, wasserstein;
var init_wasserstein = __esm({
  "src/core/drift/methods/wasserstein.ts"() {
    "use strict";
    init_cells();
    init_defaults();
    init_definition();
    MIN_REFERENCE_STD = 1e-3;
    referenceStds = /* @__PURE__ */ new WeakMap();
    wasserstein = defineDriftTest({
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
        const n = current.sorted.length;
        const { positions } = cells;
        const statistic = wassersteinOverCells(positions, m, n);
        return {
          pooled: cells.pooled,
          reference: cells.reference,
          statistic,
          toScore: 1 / Math.max(referenceStandardDeviation(reference.sorted), MIN_REFERENCE_STD),
          detail: { cells: cells.pooled.length, ...cells.grouped ? { grouped: true } : {} }
        };
      }
    });
  }
});

// src/core/drift/methods/z.ts
function proportionsZTest(successesA, sizeA, successesB, sizeB) {
  const referenceShare = successesA / sizeA;
  const currentShare = successesB / sizeB;
  const pooled = (successesA + successesB) / (sizeA + sizeB);
  const variance = pooled * (1 - pooled) * (1 / sizeA + 1 / sizeB);
  if (variance === 0) return { z: 0, pValue: 1, referenceShare, currentShare };
  const z2 = (referenceShare - currentShare) / Math.sqrt(variance);
  return { z: z2, pValue: normalTwoSidedPValue(z2), referenceShare, currentShare };
}
var zTest;
var init_z = __esm({
  "src/core/drift/methods/z.ts"() {
    "use strict";
    init_normal();
    init_defaults();
    init_definition();
    init_samples();
    zTest = defineDriftTest({
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
  }
});

// src/core/drift/methods/registry.ts
function driftTestById(id) {
  return BY_ID.get(id);
}
var DRIFT_TESTS, DRIFT_TEST_IDS, BY_ID;
var init_registry = __esm({
  "src/core/drift/methods/registry.ts"() {
    "use strict";
    init_chi2();
    init_hellinger();
    init_jensenshannon();
    init_ks();
    init_psi();
    init_wasserstein();
    init_z();
    DRIFT_TESTS = Object.freeze([ks, chi2, zTest, psi, jensenshannon, wasserstein, hellinger]);
    DRIFT_TEST_IDS = DRIFT_TESTS.map((test) => test.id);
    BY_ID = new Map(DRIFT_TESTS.map((test) => [test.id, test]));
  }
});

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
var init_dataset = __esm({
  "src/core/drift/dataset.ts"() {
    "use strict";
    init_table();
    init_correction();
    init_defaults();
    init_definition();
    init_permutation();
    init_registry();
    init_samples();
  }
});

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
var init_features = __esm({
  "src/core/drift/features.ts"() {
    "use strict";
    init_table();
    init_dataset();
    init_samples();
  }
});

// src/core/manifest/runner-spec.ts
function runnerSpecFromManifest(manifest) {
  const { inputs, outputs, threshold: threshold2 } = manifest.artifact;
  const kinds = new Map(manifest.data.features.map((feature) => [feature.name, feature.type]));
  const order = inputs.columns ?? manifest.data.features.map((feature) => feature.name);
  const columns = order.map((name) => {
    const kind = kinds.get(name);
    if (kind === void 0) throw new Error(`artifact.inputs.columns names '${name}', which is not in data.features`);
    return { name, kind };
  });
  const spec = {
    task: manifest.problem.task,
    layout: inputs.layout,
    columns,
    outputs: {},
    threshold: threshold2 ?? DEFAULT_THRESHOLD
  };
  if (inputs.name !== void 0) spec.inputName = inputs.name;
  if (inputs.dtype !== void 0) spec.dtype = inputs.dtype;
  if (inputs.names !== void 0) spec.inputNames = { ...inputs.names };
  if (outputs.score !== void 0) spec.outputs.score = outputs.score;
  if (outputs.score_column !== void 0) spec.outputs.scoreColumn = outputs.score_column;
  if (outputs.label !== void 0) spec.outputs.label = outputs.label;
  if (outputs.prediction !== void 0) spec.outputs.prediction = outputs.prediction;
  const classes = manifest.data.label.classes;
  if (manifest.problem.task === "multiclass-classification" && classes !== void 0) {
    spec.classCount = classes.length;
    spec.classes = [...classes];
  }
  if (manifest.problem.task === "binary-classification" && manifest.data.label.positive !== void 0) spec.positive = manifest.data.label.positive;
  return spec;
}
var DEFAULT_THRESHOLD;
var init_runner_spec = __esm({
  "src/core/manifest/runner-spec.ts"() {
    "use strict";
    DEFAULT_THRESHOLD = 0.5;
  }
});

// src/io/onnx/errors.ts
function firstLineOf(error) {
  const text2 = error instanceof Error ? error.message : String(error);
  const line = (text2.split("\n").find((l) => l.trim() !== "") ?? text2).trim();
  return line.replace(ORT_LOAD_PREFIX, "").replace(ORT_SOURCE_PREFIX, "").trim();
}
function loadError(modelPath, error) {
  const reason = firstLineOf(error);
  if (/protobuf parsing failed/i.test(reason)) {
    return new OnnxModelError(modelPath, "not-onnx", `not an ONNX model: onnxruntime cannot parse the file (${reason})`);
  }
  if (/is not a registered function\/op|no opset import for domain|not implemented/i.test(reason)) {
    return new OnnxModelError(
      modelPath,
      "unsupported-operator",
      `uses an operator onnxruntime does not provide (${reason}); custom operators cannot run here: export the model with standard ai.onnx and ai.onnx.ml operators`
    );
  }
  if (/opset/i.test(reason)) {
    return new OnnxModelError(modelPath, "unsupported-opset", `uses an opset this onnxruntime does not support (${reason}); re-export the model with a released opset`);
  }
  return new OnnxModelError(modelPath, "load-failed", `onnxruntime cannot load the model (${reason})`);
}
var OnnxModelError, ORT_LOAD_PREFIX, ORT_SOURCE_PREFIX;
var init_errors = __esm({
  "src/io/onnx/errors.ts"() {
    "use strict";
    OnnxModelError = class extends Error {
      constructor(modelPath, code, detail, badRows) {
        super(`${modelPath}: ${detail}`);
        this.modelPath = modelPath;
        this.code = code;
        this.badRows = badRows;
      }
      modelPath;
      code;
      badRows;
      name = "OnnxModelError";
    };
    ORT_LOAD_PREFIX = /^Load model from .*? failed:\s*/;
    ORT_SOURCE_PREFIX = /^\/?\S*onnxruntime\S*:\d+ .*?\) (?=[A-Z])/;
  }
});

// src/io/onnx/graph.ts
function decodeModel(bytes) {
  const model = {};
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (field === 7 && wire === LENGTH) graphInto(bytes, a, b, model.graph ??= {});
  });
  return model;
}
function decodeNodes(graph) {
  return (graph.node ?? []).map((node) => {
    const labelled = node.domain === ML_DOMAIN && (node.op_type === "ZipMap" || /Classifier$/.test(node.op_type ?? ""));
    return { ...node, attribute: (node.attribute ?? []).map((bytes) => attributeOf(bytes, labelled)) };
  });
}
function malformed(why) {
  throw new OnnxGraphError(`not an ONNX model (${why})`);
}
function varint(bytes, at, end) {
  let low = 0;
  let high = 0;
  for (let i = 0, shift = 0; i < 10; i++, shift += 7) {
    if (at >= end) malformed(`truncated varint at offset ${at}`);
    const byte = bytes[at++];
    if (shift < 28) low |= (byte & 127) << shift;
    else if (shift === 28) {
      low |= (byte & 15) << 28;
      high |= (byte & 127) >> 4;
    } else high |= (byte & 127) << shift - 32;
    if (byte < 128) {
      afterVarint = at;
      return (high | 0) * 4294967296 + (low >>> 0);
    }
  }
  return malformed(`varint longer than 10 bytes before offset ${at}`);
}
function fields(bytes, start, end, visit) {
  let at = start;
  while (at < end) {
    const key2 = varint(bytes, at, end);
    at = afterVarint;
    const field = Math.floor(key2 / 8);
    const wire = key2 % 8;
    if (field <= 0) malformed(`field number ${field} at offset ${at}`);
    at = skipValue(bytes, at, end, field, wire, visit);
  }
}
function skipValue(bytes, at, end, field, wire, visit) {
  if (wire === VARINT) {
    const value = varint(bytes, at, end);
    const next = afterVarint;
    visit?.(field, wire, value, next);
    return next;
  }
  if (wire === LENGTH) {
    const length = varint(bytes, at, end);
    const payload = afterVarint;
    if (length < 0 || payload + length > end) malformed(`field ${field} runs past the end of its message (offset ${payload}, ${length} bytes)`);
    visit?.(field, wire, payload, payload + length);
    return payload + length;
  }
  if (wire === FIXED64 || wire === FIXED32) {
    const next = at + (wire === FIXED64 ? 8 : 4);
    if (next > end) malformed(`truncated field ${field} at offset ${at}`);
    return next;
  }
  if (wire === GROUP_START) {
    for (; ; ) {
      const key2 = varint(bytes, at, end);
      const afterKey = afterVarint;
      if (key2 % 8 === GROUP_END) {
        if (Math.floor(key2 / 8) !== field) malformed(`group ${field} ends as ${Math.floor(key2 / 8)} at offset ${at}`);
        return afterKey;
      }
      at = skipValue(bytes, afterKey, end, Math.floor(key2 / 8), key2 % 8);
    }
  }
  return malformed(`invalid wire type ${wire} of field ${field} at offset ${at}`);
}
function graphInto(bytes, start, end, graph) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) (graph.node ??= []).push(nodeOf(bytes, a, b));
    else if (field === 5) (graph.initializer ??= []).push(tensorInto(bytes, a, b, {}));
    else if (field === 11) (graph.input ??= []).push(valueInfoInto(bytes, a, b, {}));
    else if (field === 12) (graph.output ??= []).push(valueInfoInto(bytes, a, b, {}));
    else if (field === 15) (graph.sparse_initializer ??= []).push(sparseInto(bytes, a, b, {}));
  });
}
function nodeOf(bytes, start, end) {
  const node = {};
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) (node.input ??= []).push(text(bytes, a, b));
    else if (field === 2) (node.output ??= []).push(text(bytes, a, b));
    else if (field === 4) node.op_type = text(bytes, a, b);
    else if (field === 7) node.domain = text(bytes, a, b);
    else if (field === 5) (node.attribute ??= []).push(bytes.subarray(a, b));
  });
  return node;
}
function attributeOf(bytes, labelled) {
  const attribute2 = {};
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) attribute2.name = text(bytes, a, b);
    else if (field === 4) attribute2.s = bytes.subarray(a, b);
    else if (field === 5) tensorInto(bytes, a, b, attribute2.t ??= {});
    else if (field === 6) graphInto(bytes, a, b, attribute2.g ??= {});
    else if (field === 10) (attribute2.tensors ??= []).push(tensorInto(bytes, a, b, {}));
    else if (field === 11) (attribute2.graphs ??= []).push(graphOf(bytes, a, b));
    else if (field === 22) sparseInto(bytes, a, b, attribute2.sparse_tensor ??= {});
    else if (field === 23) (attribute2.sparse_tensors ??= []).push(sparseInto(bytes, a, b, {}));
  });
  if (!labelled || !attribute2.name?.startsWith("classlabels_")) return attribute2;
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (field === 9 && wire === LENGTH) (attribute2.strings ??= []).push(bytes.subarray(a, b));
    else if (field === 8 && wire === VARINT) (attribute2.ints ??= []).push(a);
    else if (field === 8 && wire === LENGTH) {
      const ints = attribute2.ints ??= [];
      for (let at = a; at < b; ) {
        ints.push(varint(bytes, at, b));
        at = afterVarint;
      }
    }
  });
  return attribute2;
}
function graphOf(bytes, start, end) {
  const graph = {};
  graphInto(bytes, start, end, graph);
  return graph;
}
function tensorInto(bytes, start, end, tensor) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (field === 8 && wire === LENGTH) tensor.name = text(bytes, a, b);
    else if (field === 14 && wire === VARINT) tensor.data_location = a;
    else if (field === 13 && wire === LENGTH) {
      const entry = {};
      fields(bytes, a, b, (f, w, x, y) => {
        if (w !== LENGTH) return;
        if (f === 1) entry.key = text(bytes, x, y);
        else if (f === 2) entry.value = text(bytes, x, y);
      });
      (tensor.external_data ??= []).push(entry);
    }
  });
  return tensor;
}
function sparseInto(bytes, start, end, sparse) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) tensorInto(bytes, a, b, sparse.values ??= {});
    else if (field === 2) tensorInto(bytes, a, b, sparse.indices ??= {});
  });
  return sparse;
}
function valueInfoInto(bytes, start, end, value) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) value.name = text(bytes, a, b);
    else if (field === 2) typeInto(bytes, a, b, value.type ??= {});
  });
  return value;
}
function typeInto(bytes, start, end, type) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH || !TYPE_ONEOF.has(field)) return;
    if (field !== 1) {
      delete type.tensor_type;
      return;
    }
    const tensor = type.tensor_type ??= {};
    fields(bytes, a, b, (f, w, x, y) => {
      if (f === 1 && w === VARINT) tensor.elem_type = x;
      else if (f === 2 && w === LENGTH) {
        const shape = tensor.shape ??= {};
        fields(bytes, x, y, (g2, v, c, d) => {
          if (g2 === 1 && v === LENGTH) (shape.dim ??= []).push(dimensionOf(bytes, c, d));
        });
      }
    });
  });
}
function dimensionOf(bytes, start, end) {
  let dim = {};
  fields(bytes, start, end, (field, wire, a, b) => {
    if (field === 1 && wire === VARINT) dim = { dim_value: a };
    else if (field === 2 && wire === LENGTH) dim = { dim_param: text(bytes, a, b) };
  });
  return dim;
}
function valueInfo(value) {
  const name = value.name ?? "";
  const tensor = value.type?.tensor_type;
  if (!tensor) return { name, isTensor: false };
  const info = { name, isTensor: true };
  const type = tensor.elem_type === void 0 ? void 0 : ELEMENT_TYPES[tensor.elem_type];
  if (type !== void 0) info.type = type;
  const has = (dim, field) => Object.prototype.hasOwnProperty.call(dim, field);
  info.dims = (tensor.shape?.dim ?? []).map((dim) => has(dim, "dim_value") ? toNumber(dim.dim_value) : has(dim, "dim_param") ? dim.dim_param : "?");
  return info;
}
function attribute(node, name) {
  return node.attribute?.find((a) => a.name === name);
}
function classLabelsOf(node) {
  const strings = attribute(node, "classlabels_strings")?.strings;
  if (strings && strings.length > 0) return strings.map((bytes) => text(bytes));
  const ints = attribute(node, "classlabels_int64s")?.ints ?? attribute(node, "classlabels_ints")?.ints;
  if (ints && ints.length > 0) return ints.map(toNumber);
  return void 0;
}
function isExternal(tensor) {
  return tensor?.data_location === EXTERNAL;
}
function collectExternal(graph, found, nodes = graph ? decodeNodes(graph) : []) {
  if (!graph) return;
  const note = (tensor) => {
    if (!isExternal(tensor)) return;
    found.push({ tensor: tensor.name ?? "", location: tensor.external_data?.find((e) => e.key === "location")?.value ?? "" });
  };
  const noteSparse = (sparse) => {
    note(sparse?.values);
    note(sparse?.indices);
  };
  graph.initializer?.forEach(note);
  graph.sparse_initializer?.forEach(noteSparse);
  for (const node of nodes) {
    for (const attr of node.attribute ?? []) {
      note(attr.t);
      attr.tensors?.forEach(note);
      noteSparse(attr.sparse_tensor);
      attr.sparse_tensors?.forEach(noteSparse);
      collectExternal(attr.g, found);
      attr.graphs?.forEach((g2) => collectExternal(g2, found));
    }
  }
}
function readOnnxGraph(bytes) {
  const model = decodeModel(bytes);
  const graph = model.graph;
  if (!graph) throw new OnnxGraphError("not an ONNX model (no graph)");
  const initializers = new Set((graph.initializer ?? []).map((t) => t.name));
  const nodes = decodeNodes(graph);
  const zipMaps = nodes.filter((node) => node.op_type === "ZipMap" && node.domain === ML_DOMAIN && node.input?.[0] && node.output?.[0]).map((node) => ({ input: node.input[0], output: node.output[0], classLabels: classLabelsOf(node) ?? [] }));
  const classifier = nodes.find((node) => node.domain === ML_DOMAIN && /Classifier$/.test(node.op_type ?? "") && classLabelsOf(node));
  const classLabels = zipMaps.find((z2) => z2.classLabels.length > 0)?.classLabels ?? (classifier ? classLabelsOf(classifier) : void 0);
  const classLabelsByTensor = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const labels = node.domain === ML_DOMAIN && /Classifier$/.test(node.op_type ?? "") ? classLabelsOf(node) : void 0;
    if (labels && node.output?.[1]) classLabelsByTensor.set(node.output[1], labels);
  }
  for (const zipMap of zipMaps) if (zipMap.classLabels.length > 0) classLabelsByTensor.set(zipMap.input, zipMap.classLabels);
  const externalData = [];
  collectExternal(graph, externalData, nodes);
  const result = {
    inputs: (graph.input ?? []).filter((input) => !initializers.has(input.name)).map(valueInfo),
    outputs: (graph.output ?? []).map(valueInfo),
    zipMaps,
    classLabelsByTensor,
    externalData
  };
  if (classLabels) result.classLabels = classLabels;
  return result;
}
function exposeZipMapInputs(bytes, graph) {
  const outputs = new Set(graph.outputs.map((o) => o.name));
  const added = graph.zipMaps.filter((zipMap) => !outputs.has(zipMap.input));
  if (added.length === 0) return void 0;
  const additions = [...new Map(added.map((z2) => [z2.input, z2])).values()].map((zipMap) => {
    const classes = zipMap.classLabels.length > 0 ? [...key(1, VARINT), ...varintBytes(zipMap.classLabels.length)] : [];
    const shape = [...delimited(1, []), ...delimited(1, classes)];
    const tensorType = [...key(1, VARINT), ...varintBytes(FLOAT), ...delimited(2, shape)];
    return delimited(12, [...delimited(1, [...Buffer.from(zipMap.input, "utf8")]), ...delimited(2, delimited(1, tensorType))]);
  });
  const addition = Uint8Array.from(delimited(7, additions.flat()));
  const merged = new Uint8Array(bytes.byteLength + addition.byteLength);
  merged.set(bytes, 0);
  merged.set(addition, bytes.byteLength);
  return merged;
}
function varintBytes(value) {
  const out = [];
  let rest = value;
  while (rest >= 128) {
    out.push(rest % 128 | 128);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return out;
}
function key(field, wire) {
  return varintBytes(field * 8 + wire);
}
function delimited(field, payload) {
  return [...key(field, LENGTH), ...varintBytes(payload.length), ...payload];
}
var ELEMENT_TYPES, FLOAT, EXTERNAL, ML_DOMAIN, OnnxGraphError, toNumber, VARINT, FIXED64, LENGTH, GROUP_START, GROUP_END, FIXED32, afterVarint, text, TYPE_ONEOF;
var init_graph = __esm({
  "src/io/onnx/graph.ts"() {
    "use strict";
    ELEMENT_TYPES = {
      1: "float32",
      2: "uint8",
      3: "int8",
      4: "uint16",
      5: "int16",
      6: "int32",
      7: "int64",
      8: "string",
      9: "bool",
      10: "float16",
      11: "float64",
      12: "uint32",
      13: "uint64",
      14: "complex64",
      15: "complex128",
      16: "bfloat16"
    };
    FLOAT = 1;
    EXTERNAL = 1;
    ML_DOMAIN = "ai.onnx.ml";
    OnnxGraphError = class extends Error {
    };
    toNumber = (value) => typeof value === "number" ? value : value.toNumber();
    VARINT = 0;
    FIXED64 = 1;
    LENGTH = 2;
    GROUP_START = 3;
    GROUP_END = 4;
    FIXED32 = 5;
    afterVarint = 0;
    text = (bytes, start = 0, end = bytes.length) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
    TYPE_ONEOF = /* @__PURE__ */ new Set([1, 4, 5, 7, 8, 9]);
  }
});

// src/io/onnx/model-info.ts
function valueInfoOf(metadata) {
  if (!metadata.isTensor) return { name: metadata.name, isTensor: false };
  return { name: metadata.name, isTensor: true, type: metadata.type, dims: [...metadata.shape] };
}
function shapeText(dims) {
  return `[${dims.join(", ")}]`;
}
function describeValue(value) {
  if (!value.isTensor) return `${value.name} (not a tensor: a sequence or map, e.g. a ZipMap)`;
  const shape = value.dims && value.dims.length > 0 ? ` ${shapeText(value.dims)}` : "";
  return `${value.name} (${value.type ?? "tensor"}${shape})`;
}
function describeValues(values) {
  return values.length === 0 ? "(none)" : values.map(describeValue).join(", ");
}
function isFloatType(type) {
  return type === "float32" || type === "float64";
}
function quoteList(names) {
  return names.map((name) => `'${name}'`).join(", ");
}
var init_model_info = __esm({
  "src/io/onnx/model-info.ts"() {
    "use strict";
  }
});

// src/io/onnx/inputs.ts
function planInputs(modelPath, spec, inputs) {
  const bindings = spec.layout === "tensor" ? [tensorBinding(modelPath, spec, inputs)] : columnBindings(modelPath, spec, inputs);
  const plan = { bindings };
  for (const binding2 of bindings) {
    const first = inputs.find((input) => input.name === binding2.input)?.dims?.[0];
    if (typeof first === "number" && first > 0) {
      if (plan.fixedBatch !== void 0 && plan.fixedBatch !== first) {
        throw new OnnxModelError(modelPath, "shape-mismatch", `the model's inputs declare different fixed batch sizes (${plan.fixedBatch} and ${first}): ${describeValues(inputs)}`);
      }
      plan.fixedBatch = first;
    }
  }
  return plan;
}
function tensorBinding(modelPath, spec, inputs) {
  const categorical = spec.columns.filter((column) => column.kind === "categorical").map((column) => column.name);
  if (categorical.length > 0) {
    throw new OnnxModelError(
      modelPath,
      "categorical-in-tensor",
      `layout tensor feeds one float tensor, but feature${categorical.length > 1 ? "s" : ""} ${quoteList(categorical)} ${categorical.length > 1 ? "are" : "is"} categorical: encode categories inside the model and use layout: columns (one input per column), or declare the feature numeric`
    );
  }
  let input;
  if (spec.inputName !== void 0) {
    input = inputs.find((candidate) => candidate.name === spec.inputName);
    if (!input) {
      throw new OnnxModelError(modelPath, "input-mismatch", `artifact.inputs.name is '${spec.inputName}', but the model has no such input; its inputs: ${describeValues(inputs)}`);
    }
  }
  if (inputs.length !== 1) {
    const fed = input ? `only '${input.name}'` : "one";
    throw new OnnxModelError(
      modelPath,
      "input-mismatch",
      `the model takes ${inputs.length} inputs (${describeValues(inputs)}), but layout tensor feeds ${fed}: ` + (inputs.length === 0 ? "a model without inputs cannot be evaluated" : "use layout: columns to feed one input per column")
    );
  }
  input = inputs[0];
  if (!input.isTensor) throw new OnnxModelError(modelPath, "input-type", `input '${input.name}' is not a tensor; layout tensor feeds an [N, k] float tensor`);
  let type;
  if (input.type === void 0) type = spec.dtype ?? "float32";
  else if (isFloatType(input.type)) {
    if (spec.dtype !== void 0 && spec.dtype !== input.type) {
      throw new OnnxModelError(modelPath, "input-type", `artifact.inputs.dtype is ${spec.dtype}, but input '${input.name}' takes ${input.type}: set artifact.inputs.dtype: ${input.type}`);
    }
    type = input.type;
  } else {
    throw new OnnxModelError(modelPath, "input-type", `input '${input.name}' takes ${input.type}; layout tensor feeds float32 or float64: cast inside the model`);
  }
  const k = spec.columns.length;
  const dims = input.dims ?? [];
  if (dims.length > 0) {
    if (dims.length !== 2) {
      throw new OnnxModelError(modelPath, "shape-mismatch", `input '${input.name}' has shape ${shapeText(dims)}; layout tensor feeds a two-dimensional [N, ${k}] tensor`);
    }
    const width = dims[1];
    if (typeof width === "number" && width !== k) {
      throw new OnnxModelError(
        modelPath,
        "shape-mismatch",
        `input '${input.name}' takes ${width} features per row (shape ${shapeText(dims)}), but the manifest declares ${k}: ${quoteList(spec.columns.map((c) => c.name))}; list exactly the model's features, in its order, in artifact.inputs.columns (default: data.features)`
      );
    }
  }
  return { input: input.name, type, rowShape: [k], width: k, columns: spec.columns };
}
function columnBindings(modelPath, spec, inputs) {
  const inputNameOf = (column) => spec.inputNames?.[column.name] ?? column.name;
  const byName = new Map(inputs.map((input) => [input.name, input]));
  const fed = spec.columns.map(inputNameOf);
  const missing = inputs.filter((input) => !fed.includes(input.name)).map((input) => input.name);
  const unknown = spec.columns.filter((column) => !byName.has(inputNameOf(column)));
  const duplicated = fed.filter((name, i) => fed.indexOf(name) !== i);
  if (missing.length > 0 || unknown.length > 0 || duplicated.length > 0) {
    const parts = [`the model's inputs (${inputs.length}) do not match the manifest's columns (${spec.columns.length})`];
    parts.push(`expected by the model: ${quoteList(inputs.map((i) => i.name))}`);
    parts.push(`provided: ${quoteList(fed)}`);
    if (missing.length > 0) parts.push(`not fed: ${quoteList(missing)}`);
    if (unknown.length > 0) {
      parts.push(`not model inputs: ${unknown.map((c) => inputNameOf(c) === c.name ? `'${c.name}'` : `'${inputNameOf(c)}' (column '${c.name}')`).join(", ")}`);
    }
    if (duplicated.length > 0) parts.push(`fed twice: ${quoteList([...new Set(duplicated)])}`);
    throw new OnnxModelError(modelPath, "input-mismatch", `${parts.join("; ")}. Map columns to input names with artifact.inputs.names`);
  }
  return spec.columns.map((column) => {
    const input = byName.get(inputNameOf(column));
    const feeding = `column '${column.name}' (${column.kind})`;
    if (!input.isTensor) throw new OnnxModelError(modelPath, "input-type", `input '${input.name}' is not a tensor; ${feeding} is fed as an [N, 1] tensor`);
    let type;
    if (column.kind === "categorical") {
      if (input.type !== void 0 && input.type !== "string") {
        throw new OnnxModelError(modelPath, "input-type", `input '${input.name}' takes ${input.type}, but ${feeding} is fed as strings: declare the feature numeric, or encode it inside the model`);
      }
      type = "string";
    } else if (input.type === void 0) type = "float32";
    else if (isFloatType(input.type)) type = input.type;
    else {
      throw new OnnxModelError(modelPath, "input-type", `input '${input.name}' takes ${input.type}, but ${feeding} is fed as float32 or float64: cast inside the model${input.type === "string" ? ", or declare the feature categorical" : ""}`);
    }
    const dims = input.dims ?? [];
    let rowShape;
    if (dims.length === 0 || dims.length === 2 && (typeof dims[1] !== "number" || dims[1] === 1)) rowShape = [1];
    else if (dims.length === 1) rowShape = [];
    else {
      throw new OnnxModelError(modelPath, "shape-mismatch", `input '${input.name}' has shape ${shapeText(dims)}; layout columns feeds one value per row ([N, 1] or [N])`);
    }
    return { input: input.name, type, rowShape, width: 1, columns: [column] };
  });
}
function resolveColumns(modelPath, plan, table) {
  return plan.bindings.map(
    (binding2) => binding2.columns.map((wanted) => {
      const column = table.columns.get(wanted.name);
      if (!column) {
        const as = binding2.input === wanted.name ? "" : ` (model input '${binding2.input}')`;
        throw new OnnxModelError(modelPath, "missing-column", `the data has no column '${wanted.name}'${as}, a feature of the model`);
      }
      if (column.kind !== wanted.kind) {
        throw new OnnxModelError(modelPath, "column-kind", `column '${wanted.name}' was loaded as ${column.kind}, but the model takes it as ${wanted.kind}`);
      }
      return column;
    })
  );
}
function allocate(binding2, rows) {
  const size = rows * binding2.width;
  if (binding2.type === "string") return new Array(size).fill("");
  return binding2.type === "float64" ? new Float64Array(size) : new Float32Array(size);
}
function fillNumbers(target, sources, start, rows) {
  const k = sources.length;
  let j = 0;
  for (; j + 4 <= k; j += 4) {
    const a = sources[j].values;
    const b = sources[j + 1].values;
    const c = sources[j + 2].values;
    const d = sources[j + 3].values;
    for (let i = start, end = start + rows, at = j; i < end; i++, at += k) {
      target[at] = a[i];
      target[at + 1] = b[i];
      target[at + 2] = c[i];
      target[at + 3] = d[i];
    }
  }
  for (; j < k; j++) {
    const values = sources[j].values;
    for (let i = start, end = start + rows, at = j; i < end; i++, at += k) target[at] = values[i];
  }
}
function fillStrings(target, source, start, rows) {
  const { codes, categories } = source;
  for (let r = 0; r < rows; r++) {
    const code = codes[start + r];
    target[r] = code === MISSING_CODE ? "" : categories[code] ?? "";
  }
}
var FeedBuilder;
var init_inputs = __esm({
  "src/io/onnx/inputs.ts"() {
    "use strict";
    init_table();
    init_errors();
    init_model_info();
    FeedBuilder = class {
      constructor(ort, plan, capacity) {
        this.ort = ort;
        this.plan = plan;
        this.capacity = capacity;
        this.buffers = plan.bindings.map((binding2) => allocate(binding2, capacity));
      }
      ort;
      plan;
      capacity;
      buffers;
      tail;
      /** Feeds for table rows [start, end), end - start <= capacity. */
      fill(columns, start, end) {
        const rows = end - start;
        const runRows = this.plan.fixedBatch !== void 0 ? this.capacity : rows;
        const buffers = runRows === this.capacity ? this.buffers : this.tailBuffers(runRows);
        const feeds = {};
        this.plan.bindings.forEach((binding2, b) => {
          const buffer = buffers[b];
          const sources = columns[b];
          if (Array.isArray(buffer)) fillStrings(buffer, sources[0], start, rows);
          else fillNumbers(buffer, sources, start, rows);
          feeds[binding2.input] = new this.ort.Tensor(binding2.type, buffer, [runRows, ...binding2.rowShape]);
        });
        return feeds;
      }
      tailBuffers(rows) {
        if (this.tail?.rows !== rows) {
          this.tail = { rows, buffers: this.buffers.map((buffer, b) => Array.isArray(buffer) ? allocate(this.plan.bindings[b], rows) : buffer.subarray(0, rows * this.plan.bindings[b].width)) };
        }
        return this.tail.buffers;
      }
    };
  }
});

// src/io/onnx/outputs.ts
function planOutputs(modelPath, spec, outputs, zipMaps = []) {
  const named = (field2, name) => {
    if (name === void 0) return void 0;
    const source = zipMaps.find((zipMap) => zipMap.output === name)?.input;
    const output2 = outputs.find((candidate) => candidate.name === (source !== void 0 && outputs.some((o) => o.name === source) ? source : name));
    if (!output2) throw new OnnxModelError(modelPath, "unknown-output", `artifact.outputs.${field2} is '${name}', but the model has no such output; its outputs: ${describeValues(outputs)}`);
    if (!output2.isTensor) {
      const tensors = candidates(outputs, spec.outputs.label);
      const instead = tensors.length > 0 ? `; set artifact.outputs.${field2} to a tensor output: ${quoteList(tensors.map((t) => t.name))}` : `. ${ZIPMAP_HINT}`;
      throw new OnnxModelError(modelPath, "output-not-tensor", `artifact.outputs.${field2} is '${name}', which is not a tensor (a sequence or map, e.g. a ZipMap)${instead}`);
    }
    return output2;
  };
  named("label", spec.outputs.label);
  const field = spec.task === "regression" ? "prediction" : "score";
  let output = named(field, spec.task === "regression" ? spec.outputs.prediction : spec.outputs.score);
  if (!output) {
    const found = candidates(outputs, spec.outputs.label);
    const probabilities = found.filter((candidate) => /prob/i.test(candidate.name));
    if (found.length === 1) output = found[0];
    else if (spec.task !== "regression" && probabilities.length === 1) output = probabilities[0];
    else if (found.length === 0) {
      const hasZipMap = outputs.some((candidate) => !candidate.isTensor);
      throw new OnnxModelError(
        modelPath,
        "no-tensor-output",
        `no float tensor output can hold the ${field}; the model's outputs: ${describeValues(outputs)}${hasZipMap ? `. ${ZIPMAP_HINT}` : ""}`
      );
    } else {
      throw new OnnxModelError(modelPath, "ambiguous-output", `the model has several outputs that could hold the ${field} (${describeValues(found)}): name one in artifact.outputs.${field}`);
    }
  }
  const resolved = output;
  if (resolved.type !== void 0 && !isNumericType(resolved.type)) {
    throw new OnnxModelError(modelPath, "output-type", `output '${resolved.name}' holds ${resolved.type}; the ${field} must be numeric`);
  }
  const plan = { task: spec.task, output: resolved.name, threshold: spec.threshold };
  if (spec.outputs.scoreColumn !== void 0) plan.scoreColumn = spec.outputs.scoreColumn;
  if (spec.classCount !== void 0) plan.classCount = spec.classCount;
  checkDeclaredShape(modelPath, plan, resolved);
  return plan;
}
function checkClassOrder(modelPath, spec, plan, labels) {
  const shown = labels.map(String).join(", ");
  if (spec.task === "binary-classification" && spec.positive !== void 0 && labels.length === 2) {
    const index = labels.findIndex((label) => String(label) === String(spec.positive));
    if (index === -1) throw new OnnxModelError(modelPath, "class-mismatch", `data.label.positive is '${String(spec.positive)}', which is not one of the model's classes (${shown})`);
    const column = plan.scoreColumn ?? 1;
    if (column !== index) {
      throw new OnnxModelError(
        modelPath,
        "class-mismatch",
        `artifact.outputs.score_column is ${column}${plan.scoreColumn === void 0 ? " (the default)" : ""}, but column ${column} of '${plan.output}' is class '${String(labels[column])}' (the model's classes: ${shown}): set score_column: ${index} for the positive class '${String(spec.positive)}'`
      );
    }
  }
  if (spec.task === "multiclass-classification" && spec.classes !== void 0) {
    const same = spec.classes.length === labels.length && spec.classes.every((c, i) => String(c) === String(labels[i]));
    if (!same) {
      throw new OnnxModelError(modelPath, "class-mismatch", `data.label.classes is [${spec.classes.map(String).join(", ")}], but the columns of '${plan.output}' are the model's classes [${shown}]: list them in the model's order`);
    }
  }
}
function candidates(outputs, label) {
  return outputs.filter((output) => output.isTensor && output.name !== label && (output.type === void 0 || isFloatType(output.type)));
}
function isNumericType(type) {
  return type !== "string" && type !== "bool" && type !== "float16";
}
function checkDeclaredShape(modelPath, plan, output) {
  const dims = output.dims ?? [];
  if (dims.length === 0) return;
  checkWidth(modelPath, plan, output.name, dims.length, dims[1], shapeText(dims));
}
function checkWidth(modelPath, plan, name, rank, width, shape) {
  const fail = (detail) => {
    throw new OnnxModelError(modelPath, "output-shape", `output '${name}' has shape ${shape}; ${detail}`);
  };
  if (rank < 1 || rank > 2) fail(`the ${plan.task === "regression" ? "prediction" : "score"} must be [N] or [N, columns]`);
  const known = typeof width === "number" ? width : rank === 1 ? 1 : void 0;
  if (known === void 0) return;
  if (plan.task === "regression") {
    if (known !== 1) fail("a regression prediction must be one value per row ([N] or [N, 1]); multi-target regression is not supported");
  } else if (plan.task === "multiclass-classification") {
    if (rank !== 2) fail("multiclass classification needs one probability per class ([N, classes])");
    if (plan.classCount !== void 0 && known !== plan.classCount) fail(`data.label.classes lists ${plan.classCount} classes, but the output has ${known} columns`);
  } else if (known === 1) {
    if (plan.scoreColumn !== void 0 && plan.scoreColumn !== 0) fail(`artifact.outputs.score_column is ${plan.scoreColumn}, but the output has one value per row`);
  } else if ((plan.scoreColumn ?? 1) >= known) {
    fail(`artifact.outputs.score_column is ${plan.scoreColumn ?? 1}${plan.scoreColumn === void 0 ? " (the default)" : ""}, but the output has ${known} columns`);
  }
}
function numericData(modelPath, name, tensor) {
  const data = tensor.data;
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) return Float64Array.from(data, Number);
  if (Array.isArray(data) || !isNumericType(tensor.type)) throw new OnnxModelError(modelPath, "output-type", `output '${name}' holds ${tensor.type} values; the prediction must be numeric`);
  return data;
}
var ZIPMAP_HINT, BadRowCounter, PROBABILITY_TOLERANCE, PredictionCollector;
var init_outputs = __esm({
  "src/io/onnx/outputs.ts"() {
    "use strict";
    init_errors();
    init_model_info();
    ZIPMAP_HINT = "onnxruntime-node cannot return non-tensor (sequence or map) outputs; export the probabilities as a tensor output (skl2onnx: options={id(model): {'zipmap': False}}), or add the tensor that feeds the ZipMap to the graph outputs";
    BadRowCounter = class {
      count = 0;
      firstRow = -1;
      firstValue = Number.NaN;
      lastRow = -1;
      note(row, value) {
        if (row === this.lastRow) return;
        this.lastRow = row;
        if (this.count === 0) {
          this.firstRow = row;
          this.firstValue = value;
        }
        this.count++;
      }
    };
    PROBABILITY_TOLERANCE = 1e-6;
    PredictionCollector = class {
      constructor(modelPath, plan, rowCount) {
        this.modelPath = modelPath;
        this.plan = plan;
        this.rowCount = rowCount;
        this.values = new Float64Array(plan.task === "multiclass-classification" ? 0 : rowCount);
        this.labels = plan.task === "binary-classification" ? new Uint8Array(rowCount) : plan.task === "multiclass-classification" ? new Int32Array(rowCount) : void 0;
      }
      modelPath;
      plan;
      rowCount;
      values;
      labels;
      classCount;
      probabilities;
      nonFinite = new BadRowCounter();
      outOfRange = new BadRowCounter();
      /** Takes rows [start, start + rows) from one run's output tensor (which may hold padding rows after them). */
      take(tensor, start, rows) {
        const { dims } = tensor;
        const name = this.plan.output;
        if (dims.length < 1 || dims.length > 2 || dims[0] < rows) {
          throw new OnnxModelError(this.modelPath, "output-shape", `output '${name}' came back with shape ${shapeText(dims)} for a batch of ${rows} rows; expected [${rows}] or [${rows}, columns]`);
        }
        const width = dims.length === 1 ? 1 : dims[1];
        checkWidth(this.modelPath, this.plan, name, dims.length, width, shapeText(dims));
        const data = numericData(this.modelPath, name, tensor);
        if (this.plan.task === "multiclass-classification") {
          this.takeClasses(data, width, start, rows);
          return;
        }
        const column = width === 1 ? 0 : this.plan.scoreColumn ?? 1;
        const { values } = this;
        const end = start + rows;
        if (width === 1 && (data instanceof Float32Array || data instanceof Float64Array)) values.set(data.subarray(0, rows), start);
        else for (let row = start, at = column; row < end; row++, at += width) values[row] = data[at];
        if (this.plan.task === "binary-classification") this.checkScores(start, end);
        else this.checkFinite(start, end);
      }
      // Separate monomorphic passes over the Float64Array: one range test per value on the fast path.
      checkScores(start, end) {
        const values = this.values;
        const threshold2 = this.plan.threshold;
        const labels = this.labels;
        for (let row = start; row < end; row++) {
          const value = values[row];
          if (!(value >= -PROBABILITY_TOLERANCE && value <= 1 + PROBABILITY_TOLERANCE)) this.noteBadProbability(row, value);
          labels[row] = value >= threshold2 ? 1 : 0;
        }
      }
      checkFinite(start, end) {
        const values = this.values;
        for (let row = start; row < end; row++) {
          const value = values[row];
          if (value - value !== 0) this.nonFinite.note(row, value);
        }
      }
      /** The slow path of a probability outside [0, 1]: NaN and infinities count as non-finite. */
      noteBadProbability(row, value) {
        if (Number.isFinite(value)) this.outOfRange.note(row, value);
        else this.nonFinite.note(row, value);
      }
      takeClasses(data, width, start, rows) {
        if (this.classCount === void 0) {
          this.classCount = width;
          this.probabilities = new Float64Array(this.rowCount * width);
        } else if (width !== this.classCount) {
          throw new OnnxModelError(this.modelPath, "output-shape", `output '${this.plan.output}' changed width between batches (${this.classCount} then ${width} columns)`);
        }
        const probabilities = this.probabilities;
        const labels = this.labels;
        for (let r = 0; r < rows; r++) {
          const row = start + r;
          let best = 0;
          let bestValue = Number.NEGATIVE_INFINITY;
          for (let c = 0, from = r * width, to = row * width; c < width; c++) {
            const value = data[from + c];
            probabilities[to + c] = value;
            if (!(value >= -PROBABILITY_TOLERANCE && value <= 1 + PROBABILITY_TOLERANCE)) this.noteBadProbability(row, value);
            if (value > bestValue) {
              bestValue = value;
              best = c;
            }
          }
          labels[row] = best;
        }
      }
      /** The prediction; throws when any value is NaN or infinite, or a probability is outside [0, 1]. */
      finish() {
        const name = this.plan.output;
        if (this.nonFinite.count > 0) {
          throw new OnnxModelError(
            this.modelPath,
            "non-finite-output",
            `output '${name}' has NaN or infinite values in ${this.nonFinite.count} of ${this.rowCount} rows (first: row ${this.nonFinite.firstRow}, value ${this.nonFinite.firstValue}); if the data has missing values, the model must handle them (e.g. an imputer inside the graph)`,
            this.badRows(this.nonFinite)
          );
        }
        if (this.outOfRange.count > 0) {
          throw new OnnxModelError(
            this.modelPath,
            "score-out-of-range",
            `output '${name}' is not a probability: ${this.outOfRange.count} of ${this.rowCount} rows are outside [0, 1] (first: row ${this.outOfRange.firstRow}, value ${this.outOfRange.firstValue}); artifact.outputs.score must name an output of probabilities (after Sigmoid or Softmax), not raw scores`,
            this.badRows(this.outOfRange)
          );
        }
        const { rowCount } = this;
        if (this.plan.task === "binary-classification") {
          return { task: "binary-classification", rowCount, score: this.values, yPred: this.labels, threshold: this.plan.threshold };
        }
        if (this.plan.task === "multiclass-classification") {
          const classCount = this.classCount ?? this.plan.classCount ?? 0;
          return { task: "multiclass-classification", rowCount, classCount, probabilities: this.probabilities ?? new Float64Array(0), yPred: this.labels };
        }
        return { task: "regression", rowCount, prediction: this.values };
      }
      badRows(counter) {
        return { output: this.plan.output, count: counter.count, firstRow: counter.firstRow, firstValue: counter.firstValue };
      }
    };
  }
});

// node_modules/onnxruntime-common/dist/cjs/backend-impl.js
var require_backend_impl = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/backend-impl.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveBackendAndExecutionProviders = exports.registerBackend = void 0;
    var backends = /* @__PURE__ */ new Map();
    var backendsSortedByPriority = [];
    var registerBackend = (name, backend, priority) => {
      if (backend && typeof backend.init === "function" && typeof backend.createInferenceSessionHandler === "function") {
        const currentBackend = backends.get(name);
        if (currentBackend === void 0) {
          backends.set(name, { backend, priority });
        } else if (currentBackend.priority > priority) {
          return;
        } else if (currentBackend.priority === priority) {
          if (currentBackend.backend !== backend) {
            throw new Error(`cannot register backend "${name}" using priority ${priority}`);
          }
        }
        if (priority >= 0) {
          const i = backendsSortedByPriority.indexOf(name);
          if (i !== -1) {
            backendsSortedByPriority.splice(i, 1);
          }
          for (let i2 = 0; i2 < backendsSortedByPriority.length; i2++) {
            if (backends.get(backendsSortedByPriority[i2]).priority <= priority) {
              backendsSortedByPriority.splice(i2, 0, name);
              return;
            }
          }
          backendsSortedByPriority.push(name);
        }
        return;
      }
      throw new TypeError("not a valid backend");
    };
    exports.registerBackend = registerBackend;
    var tryResolveAndInitializeBackend = async (backendName) => {
      const backendInfo = backends.get(backendName);
      if (!backendInfo) {
        return "backend not found.";
      }
      if (backendInfo.initialized) {
        return backendInfo.backend;
      } else if (backendInfo.aborted) {
        return backendInfo.error;
      } else {
        const isInitializing = !!backendInfo.initPromise;
        try {
          if (!isInitializing) {
            backendInfo.initPromise = backendInfo.backend.init(backendName);
          }
          await backendInfo.initPromise;
          backendInfo.initialized = true;
          return backendInfo.backend;
        } catch (e) {
          if (!isInitializing) {
            backendInfo.error = `${e}`;
            backendInfo.aborted = true;
          }
          return backendInfo.error;
        } finally {
          delete backendInfo.initPromise;
        }
      }
    };
    var resolveBackendAndExecutionProviders = async (options) => {
      const eps = options.executionProviders || [];
      const backendHints = eps.map((i) => typeof i === "string" ? i : i.name);
      const backendNames = backendHints.length === 0 ? backendsSortedByPriority : backendHints;
      let backend;
      const errors = [];
      const availableBackendNames = /* @__PURE__ */ new Set();
      for (const backendName of backendNames) {
        const resolveResult = await tryResolveAndInitializeBackend(backendName);
        if (typeof resolveResult === "string") {
          errors.push({ name: backendName, err: resolveResult });
        } else {
          if (!backend) {
            backend = resolveResult;
          }
          if (backend === resolveResult) {
            availableBackendNames.add(backendName);
          }
        }
      }
      if (!backend) {
        throw new Error(`no available backend found. ERR: ${errors.map((e) => `[${e.name}] ${e.err}`).join(", ")}`);
      }
      for (const { name, err } of errors) {
        if (backendHints.includes(name)) {
          console.warn(`removing requested execution provider "${name}" from session options because it is not available: ${err}`);
        }
      }
      const filteredEps = eps.filter((i) => availableBackendNames.has(typeof i === "string" ? i : i.name));
      return [
        backend,
        new Proxy(options, {
          get: (target, prop) => {
            if (prop === "executionProviders") {
              return filteredEps;
            }
            return Reflect.get(target, prop);
          }
        })
      ];
    };
    exports.resolveBackendAndExecutionProviders = resolveBackendAndExecutionProviders;
  }
});

// node_modules/onnxruntime-common/dist/cjs/backend.js
var require_backend = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/backend.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.registerBackend = void 0;
    var backend_impl_js_1 = require_backend_impl();
    Object.defineProperty(exports, "registerBackend", { enumerable: true, get: function() {
      return backend_impl_js_1.registerBackend;
    } });
  }
});

// node_modules/onnxruntime-common/dist/cjs/version.js
var require_version = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/version.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.version = void 0;
    exports.version = "1.30.0";
  }
});

// node_modules/onnxruntime-common/dist/cjs/env-impl.js
var require_env_impl = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/env-impl.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.env = void 0;
    var version_js_1 = require_version();
    var logLevelValue = "warning";
    exports.env = {
      wasm: {},
      webgl: {},
      webgpu: {},
      versions: { common: version_js_1.version },
      set logLevel(value) {
        if (value === void 0) {
          return;
        }
        if (typeof value !== "string" || ["verbose", "info", "warning", "error", "fatal"].indexOf(value) === -1) {
          throw new Error(`Unsupported logging level: ${value}`);
        }
        logLevelValue = value;
      },
      get logLevel() {
        return logLevelValue;
      }
    };
    Object.defineProperty(exports.env, "logLevel", { enumerable: true });
  }
});

// node_modules/onnxruntime-common/dist/cjs/env.js
var require_env = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.env = void 0;
    var env_impl_js_1 = require_env_impl();
    exports.env = env_impl_js_1.env;
  }
});

// node_modules/onnxruntime-common/dist/cjs/tensor-conversion-impl.js
var require_tensor_conversion_impl = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/tensor-conversion-impl.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.tensorToImageData = exports.tensorToDataURL = void 0;
    var tensorToDataURL = (tensor, options) => {
      const canvas = typeof document !== "undefined" ? document.createElement("canvas") : new OffscreenCanvas(1, 1);
      canvas.width = tensor.dims[3];
      canvas.height = tensor.dims[2];
      const pixels2DContext = canvas.getContext("2d");
      if (pixels2DContext != null) {
        let width;
        let height;
        if (options?.tensorLayout !== void 0 && options.tensorLayout === "NHWC") {
          width = tensor.dims[2];
          height = tensor.dims[3];
        } else {
          width = tensor.dims[3];
          height = tensor.dims[2];
        }
        const inputformat = options?.format !== void 0 ? options.format : "RGB";
        const norm = options?.norm;
        let normMean;
        let normBias;
        if (norm === void 0 || norm.mean === void 0) {
          normMean = [255, 255, 255, 255];
        } else {
          if (typeof norm.mean === "number") {
            normMean = [norm.mean, norm.mean, norm.mean, norm.mean];
          } else {
            normMean = [norm.mean[0], norm.mean[1], norm.mean[2], 0];
            if (norm.mean[3] !== void 0) {
              normMean[3] = norm.mean[3];
            }
          }
        }
        if (norm === void 0 || norm.bias === void 0) {
          normBias = [0, 0, 0, 0];
        } else {
          if (typeof norm.bias === "number") {
            normBias = [norm.bias, norm.bias, norm.bias, norm.bias];
          } else {
            normBias = [norm.bias[0], norm.bias[1], norm.bias[2], 0];
            if (norm.bias[3] !== void 0) {
              normBias[3] = norm.bias[3];
            }
          }
        }
        const stride = height * width;
        let rTensorPointer = 0, gTensorPointer = stride, bTensorPointer = stride * 2, aTensorPointer = -1;
        if (inputformat === "RGBA") {
          rTensorPointer = 0;
          gTensorPointer = stride;
          bTensorPointer = stride * 2;
          aTensorPointer = stride * 3;
        } else if (inputformat === "RGB") {
          rTensorPointer = 0;
          gTensorPointer = stride;
          bTensorPointer = stride * 2;
        } else if (inputformat === "RBG") {
          rTensorPointer = 0;
          bTensorPointer = stride;
          gTensorPointer = stride * 2;
        }
        for (let i = 0; i < height; i++) {
          for (let j = 0; j < width; j++) {
            const R = (tensor.data[rTensorPointer++] - normBias[0]) * normMean[0];
            const G = (tensor.data[gTensorPointer++] - normBias[1]) * normMean[1];
            const B2 = (tensor.data[bTensorPointer++] - normBias[2]) * normMean[2];
            const A2 = aTensorPointer === -1 ? 255 : (tensor.data[aTensorPointer++] - normBias[3]) * normMean[3];
            pixels2DContext.fillStyle = "rgba(" + R + "," + G + "," + B2 + "," + A2 + ")";
            pixels2DContext.fillRect(j, i, 1, 1);
          }
        }
        if ("toDataURL" in canvas) {
          return canvas.toDataURL();
        } else {
          throw new Error("toDataURL is not supported");
        }
      } else {
        throw new Error("Can not access image data");
      }
    };
    exports.tensorToDataURL = tensorToDataURL;
    var tensorToImageData = (tensor, options) => {
      const pixels2DContext = typeof document !== "undefined" ? document.createElement("canvas").getContext("2d") : new OffscreenCanvas(1, 1).getContext("2d");
      let image;
      if (pixels2DContext != null) {
        let width;
        let height;
        let channels;
        if (options?.tensorLayout !== void 0 && options.tensorLayout === "NHWC") {
          width = tensor.dims[2];
          height = tensor.dims[1];
          channels = tensor.dims[3];
        } else {
          width = tensor.dims[3];
          height = tensor.dims[2];
          channels = tensor.dims[1];
        }
        const inputformat = options !== void 0 ? options.format !== void 0 ? options.format : "RGB" : "RGB";
        const norm = options?.norm;
        let normMean;
        let normBias;
        if (norm === void 0 || norm.mean === void 0) {
          normMean = [255, 255, 255, 255];
        } else {
          if (typeof norm.mean === "number") {
            normMean = [norm.mean, norm.mean, norm.mean, norm.mean];
          } else {
            normMean = [norm.mean[0], norm.mean[1], norm.mean[2], 255];
            if (norm.mean[3] !== void 0) {
              normMean[3] = norm.mean[3];
            }
          }
        }
        if (norm === void 0 || norm.bias === void 0) {
          normBias = [0, 0, 0, 0];
        } else {
          if (typeof norm.bias === "number") {
            normBias = [norm.bias, norm.bias, norm.bias, norm.bias];
          } else {
            normBias = [norm.bias[0], norm.bias[1], norm.bias[2], 0];
            if (norm.bias[3] !== void 0) {
              normBias[3] = norm.bias[3];
            }
          }
        }
        const stride = height * width;
        if (options !== void 0) {
          if (options.format !== void 0 && channels === 4 && options.format !== "RGBA" || channels === 3 && options.format !== "RGB" && options.format !== "BGR") {
            throw new Error("Tensor format doesn't match input tensor dims");
          }
        }
        const step = 4;
        let rImagePointer = 0, gImagePointer = 1, bImagePointer = 2, aImagePointer = 3;
        let rTensorPointer = 0, gTensorPointer = stride, bTensorPointer = stride * 2, aTensorPointer = -1;
        if (inputformat === "RGBA") {
          rTensorPointer = 0;
          gTensorPointer = stride;
          bTensorPointer = stride * 2;
          aTensorPointer = stride * 3;
        } else if (inputformat === "RGB") {
          rTensorPointer = 0;
          gTensorPointer = stride;
          bTensorPointer = stride * 2;
        } else if (inputformat === "RBG") {
          rTensorPointer = 0;
          bTensorPointer = stride;
          gTensorPointer = stride * 2;
        }
        image = pixels2DContext.createImageData(width, height);
        for (let i = 0; i < height * width; rImagePointer += step, gImagePointer += step, bImagePointer += step, aImagePointer += step, i++) {
          image.data[rImagePointer] = (tensor.data[rTensorPointer++] - normBias[0]) * normMean[0];
          image.data[gImagePointer] = (tensor.data[gTensorPointer++] - normBias[1]) * normMean[1];
          image.data[bImagePointer] = (tensor.data[bTensorPointer++] - normBias[2]) * normMean[2];
          image.data[aImagePointer] = aTensorPointer === -1 ? 255 : (tensor.data[aTensorPointer++] - normBias[3]) * normMean[3];
        }
      } else {
        throw new Error("Can not access image data");
      }
      return image;
    };
    exports.tensorToImageData = tensorToImageData;
  }
});

// node_modules/onnxruntime-common/dist/cjs/tensor-factory-impl.js
var require_tensor_factory_impl = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/tensor-factory-impl.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.tensorFromPinnedBuffer = exports.tensorFromMLTensor = exports.tensorFromGpuBuffer = exports.tensorFromTexture = exports.tensorFromImage = exports.bufferToTensor = void 0;
    var tensor_impl_js_1 = require_tensor_impl();
    var bufferToTensor = (buffer, options) => {
      if (buffer === void 0) {
        throw new Error("Image buffer must be defined");
      }
      if (options.height === void 0 || options.width === void 0) {
        throw new Error("Image height and width must be defined");
      }
      if (options.tensorLayout === "NHWC") {
        throw new Error("NHWC Tensor layout is not supported yet");
      }
      const { height, width } = options;
      const norm = options.norm ?? { mean: 255, bias: 0 };
      let normMean;
      let normBias;
      if (typeof norm.mean === "number") {
        normMean = [norm.mean, norm.mean, norm.mean, norm.mean];
      } else {
        normMean = [norm.mean[0], norm.mean[1], norm.mean[2], norm.mean[3] ?? 255];
      }
      if (typeof norm.bias === "number") {
        normBias = [norm.bias, norm.bias, norm.bias, norm.bias];
      } else {
        normBias = [norm.bias[0], norm.bias[1], norm.bias[2], norm.bias[3] ?? 0];
      }
      const inputformat = options.format !== void 0 ? options.format : "RGBA";
      const outputformat = options.tensorFormat !== void 0 ? options.tensorFormat !== void 0 ? options.tensorFormat : "RGB" : "RGB";
      const stride = height * width;
      const float32Data = outputformat === "RGBA" ? new Float32Array(stride * 4) : new Float32Array(stride * 3);
      let step = 4, rImagePointer = 0, gImagePointer = 1, bImagePointer = 2, aImagePointer = 3;
      let rTensorPointer = 0, gTensorPointer = stride, bTensorPointer = stride * 2, aTensorPointer = -1;
      if (inputformat === "RGB") {
        step = 3;
        rImagePointer = 0;
        gImagePointer = 1;
        bImagePointer = 2;
        aImagePointer = -1;
      }
      if (outputformat === "RGBA") {
        aTensorPointer = stride * 3;
      } else if (outputformat === "RBG") {
        rTensorPointer = 0;
        bTensorPointer = stride;
        gTensorPointer = stride * 2;
      } else if (outputformat === "BGR") {
        bTensorPointer = 0;
        gTensorPointer = stride;
        rTensorPointer = stride * 2;
      }
      for (let i = 0; i < stride; i++, rImagePointer += step, bImagePointer += step, gImagePointer += step, aImagePointer += step) {
        float32Data[rTensorPointer++] = (buffer[rImagePointer] + normBias[0]) / normMean[0];
        float32Data[gTensorPointer++] = (buffer[gImagePointer] + normBias[1]) / normMean[1];
        float32Data[bTensorPointer++] = (buffer[bImagePointer] + normBias[2]) / normMean[2];
        if (aTensorPointer !== -1 && aImagePointer !== -1) {
          float32Data[aTensorPointer++] = (buffer[aImagePointer] + normBias[3]) / normMean[3];
        }
      }
      const outputTensor = outputformat === "RGBA" ? new tensor_impl_js_1.Tensor("float32", float32Data, [1, 4, height, width]) : new tensor_impl_js_1.Tensor("float32", float32Data, [1, 3, height, width]);
      return outputTensor;
    };
    exports.bufferToTensor = bufferToTensor;
    var tensorFromImage = async (image, options) => {
      const isHTMLImageEle = typeof HTMLImageElement !== "undefined" && image instanceof HTMLImageElement;
      const isImageDataEle = typeof ImageData !== "undefined" && image instanceof ImageData;
      const isImageBitmap = typeof ImageBitmap !== "undefined" && image instanceof ImageBitmap;
      const isString = typeof image === "string";
      let data;
      let bufferToTensorOptions = options ?? {};
      const createCanvas = () => {
        if (typeof document !== "undefined") {
          return document.createElement("canvas");
        } else if (typeof OffscreenCanvas !== "undefined") {
          return new OffscreenCanvas(1, 1);
        } else {
          throw new Error("Canvas is not supported");
        }
      };
      const createCanvasContext = (canvas) => {
        if (typeof HTMLCanvasElement !== "undefined" && canvas instanceof HTMLCanvasElement) {
          return canvas.getContext("2d");
        } else if (canvas instanceof OffscreenCanvas) {
          return canvas.getContext("2d");
        } else {
          return null;
        }
      };
      if (isHTMLImageEle) {
        const canvas = createCanvas();
        canvas.width = image.width;
        canvas.height = image.height;
        const pixels2DContext = createCanvasContext(canvas);
        if (pixels2DContext != null) {
          let height = image.height;
          let width = image.width;
          if (options !== void 0 && options.resizedHeight !== void 0 && options.resizedWidth !== void 0) {
            height = options.resizedHeight;
            width = options.resizedWidth;
          }
          if (options !== void 0) {
            bufferToTensorOptions = options;
            if (options.tensorFormat !== void 0) {
              throw new Error("Image input config format must be RGBA for HTMLImageElement");
            } else {
              bufferToTensorOptions.tensorFormat = "RGBA";
            }
            bufferToTensorOptions.height = height;
            bufferToTensorOptions.width = width;
          } else {
            bufferToTensorOptions.tensorFormat = "RGBA";
            bufferToTensorOptions.height = height;
            bufferToTensorOptions.width = width;
          }
          pixels2DContext.drawImage(image, 0, 0);
          data = pixels2DContext.getImageData(0, 0, width, height).data;
        } else {
          throw new Error("Can not access image data");
        }
      } else if (isImageDataEle) {
        let height;
        let width;
        if (options !== void 0 && options.resizedWidth !== void 0 && options.resizedHeight !== void 0) {
          height = options.resizedHeight;
          width = options.resizedWidth;
        } else {
          height = image.height;
          width = image.width;
        }
        if (options !== void 0) {
          bufferToTensorOptions = options;
        }
        bufferToTensorOptions.format = "RGBA";
        bufferToTensorOptions.height = height;
        bufferToTensorOptions.width = width;
        if (options !== void 0) {
          const tempCanvas = createCanvas();
          tempCanvas.width = width;
          tempCanvas.height = height;
          const pixels2DContext = createCanvasContext(tempCanvas);
          if (pixels2DContext != null) {
            pixels2DContext.putImageData(image, 0, 0);
            data = pixels2DContext.getImageData(0, 0, width, height).data;
          } else {
            throw new Error("Can not access image data");
          }
        } else {
          data = image.data;
        }
      } else if (isImageBitmap) {
        if (options === void 0) {
          throw new Error("Please provide image config with format for Imagebitmap");
        }
        const canvas = createCanvas();
        canvas.width = image.width;
        canvas.height = image.height;
        const pixels2DContext = createCanvasContext(canvas);
        if (pixels2DContext != null) {
          const height = image.height;
          const width = image.width;
          pixels2DContext.drawImage(image, 0, 0, width, height);
          data = pixels2DContext.getImageData(0, 0, width, height).data;
          bufferToTensorOptions.height = height;
          bufferToTensorOptions.width = width;
          return (0, exports.bufferToTensor)(data, bufferToTensorOptions);
        } else {
          throw new Error("Can not access image data");
        }
      } else if (isString) {
        return new Promise((resolve2, reject) => {
          const canvas = createCanvas();
          const context = createCanvasContext(canvas);
          if (!image || !context) {
            return reject();
          }
          const newImage = new Image();
          newImage.crossOrigin = "Anonymous";
          newImage.src = image;
          newImage.onload = () => {
            canvas.width = newImage.width;
            canvas.height = newImage.height;
            context.drawImage(newImage, 0, 0, canvas.width, canvas.height);
            const img = context.getImageData(0, 0, canvas.width, canvas.height);
            bufferToTensorOptions.height = canvas.height;
            bufferToTensorOptions.width = canvas.width;
            resolve2((0, exports.bufferToTensor)(img.data, bufferToTensorOptions));
          };
        });
      } else {
        throw new Error("Input data provided is not supported - aborted tensor creation");
      }
      if (data !== void 0) {
        return (0, exports.bufferToTensor)(data, bufferToTensorOptions);
      } else {
        throw new Error("Input data provided is not supported - aborted tensor creation");
      }
    };
    exports.tensorFromImage = tensorFromImage;
    var tensorFromTexture = (texture, options) => {
      const { width, height, download, dispose } = options;
      const dims = [1, height, width, 4];
      return new tensor_impl_js_1.Tensor({ location: "texture", type: "float32", texture, dims, download, dispose });
    };
    exports.tensorFromTexture = tensorFromTexture;
    var tensorFromGpuBuffer = (gpuBuffer, options) => {
      const { dataType, dims, download, dispose } = options;
      return new tensor_impl_js_1.Tensor({ location: "gpu-buffer", type: dataType ?? "float32", gpuBuffer, dims, download, dispose });
    };
    exports.tensorFromGpuBuffer = tensorFromGpuBuffer;
    var tensorFromMLTensor = (mlTensor, options) => {
      const { dataType, dims, download, dispose } = options;
      return new tensor_impl_js_1.Tensor({ location: "ml-tensor", type: dataType ?? "float32", mlTensor, dims, download, dispose });
    };
    exports.tensorFromMLTensor = tensorFromMLTensor;
    var tensorFromPinnedBuffer = (type, buffer, dims) => new tensor_impl_js_1.Tensor({ location: "cpu-pinned", type, data: buffer, dims: dims ?? [buffer.length] });
    exports.tensorFromPinnedBuffer = tensorFromPinnedBuffer;
  }
});

// node_modules/onnxruntime-common/dist/cjs/tensor-impl-type-mapping.js
var require_tensor_impl_type_mapping = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/tensor-impl-type-mapping.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkTypedArray = exports.NUMERIC_TENSOR_TYPEDARRAY_TO_TYPE_MAP = exports.NUMERIC_TENSOR_TYPE_TO_TYPEDARRAY_MAP = void 0;
    exports.NUMERIC_TENSOR_TYPE_TO_TYPEDARRAY_MAP = /* @__PURE__ */ new Map([
      ["float32", Float32Array],
      ["uint8", Uint8Array],
      ["int8", Int8Array],
      ["uint16", Uint16Array],
      ["int16", Int16Array],
      ["int32", Int32Array],
      ["bool", Uint8Array],
      ["float64", Float64Array],
      ["uint32", Uint32Array],
      ["int4", Uint8Array],
      ["uint4", Uint8Array]
    ]);
    exports.NUMERIC_TENSOR_TYPEDARRAY_TO_TYPE_MAP = /* @__PURE__ */ new Map([
      [Float32Array, "float32"],
      [Uint8Array, "uint8"],
      [Int8Array, "int8"],
      [Uint16Array, "uint16"],
      [Int16Array, "int16"],
      [Int32Array, "int32"],
      [Float64Array, "float64"],
      [Uint32Array, "uint32"]
    ]);
    var isTypedArrayChecked = false;
    var checkTypedArray = () => {
      if (!isTypedArrayChecked) {
        isTypedArrayChecked = true;
        const isBigInt64ArrayAvailable = typeof BigInt64Array !== "undefined" && BigInt64Array.from;
        const isBigUint64ArrayAvailable = typeof BigUint64Array !== "undefined" && BigUint64Array.from;
        const Float16Array = globalThis.Float16Array;
        const isFloat16ArrayAvailable = typeof Float16Array !== "undefined" && Float16Array.from;
        if (isBigInt64ArrayAvailable) {
          exports.NUMERIC_TENSOR_TYPE_TO_TYPEDARRAY_MAP.set("int64", BigInt64Array);
          exports.NUMERIC_TENSOR_TYPEDARRAY_TO_TYPE_MAP.set(BigInt64Array, "int64");
        }
        if (isBigUint64ArrayAvailable) {
          exports.NUMERIC_TENSOR_TYPE_TO_TYPEDARRAY_MAP.set("uint64", BigUint64Array);
          exports.NUMERIC_TENSOR_TYPEDARRAY_TO_TYPE_MAP.set(BigUint64Array, "uint64");
        }
        if (isFloat16ArrayAvailable) {
          exports.NUMERIC_TENSOR_TYPE_TO_TYPEDARRAY_MAP.set("float16", Float16Array);
          exports.NUMERIC_TENSOR_TYPEDARRAY_TO_TYPE_MAP.set(Float16Array, "float16");
        } else {
          exports.NUMERIC_TENSOR_TYPE_TO_TYPEDARRAY_MAP.set("float16", Uint16Array);
        }
      }
    };
    exports.checkTypedArray = checkTypedArray;
  }
});

// node_modules/onnxruntime-common/dist/cjs/tensor-utils-impl.js
var require_tensor_utils_impl = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/tensor-utils-impl.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.tensorReshape = exports.calculateSize = void 0;
    var tensor_impl_js_1 = require_tensor_impl();
    var calculateSize = (dims) => {
      let size = 1;
      for (let i = 0; i < dims.length; i++) {
        const dim = dims[i];
        if (typeof dim !== "number" || !Number.isSafeInteger(dim)) {
          throw new TypeError(`dims[${i}] must be an integer, got: ${dim}`);
        }
        if (dim < 0) {
          throw new RangeError(`dims[${i}] must be a non-negative integer, got: ${dim}`);
        }
        size *= dim;
      }
      return size;
    };
    exports.calculateSize = calculateSize;
    var tensorReshape = (tensor, dims) => {
      switch (tensor.location) {
        case "cpu":
          return new tensor_impl_js_1.Tensor(tensor.type, tensor.data, dims);
        case "cpu-pinned":
          return new tensor_impl_js_1.Tensor({
            location: "cpu-pinned",
            data: tensor.data,
            type: tensor.type,
            dims
          });
        case "texture":
          return new tensor_impl_js_1.Tensor({
            location: "texture",
            texture: tensor.texture,
            type: tensor.type,
            dims
          });
        case "gpu-buffer":
          return new tensor_impl_js_1.Tensor({
            location: "gpu-buffer",
            gpuBuffer: tensor.gpuBuffer,
            type: tensor.type,
            dims
          });
        case "ml-tensor":
          return new tensor_impl_js_1.Tensor({
            location: "ml-tensor",
            mlTensor: tensor.mlTensor,
            type: tensor.type,
            dims
          });
        default:
          throw new Error(`tensorReshape: tensor location ${tensor.location} is not supported`);
      }
    };
    exports.tensorReshape = tensorReshape;
  }
});

// node_modules/onnxruntime-common/dist/cjs/tensor-impl.js
var require_tensor_impl = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/tensor-impl.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Tensor = void 0;
    var tensor_conversion_impl_js_1 = require_tensor_conversion_impl();
    var tensor_factory_impl_js_1 = require_tensor_factory_impl();
    var tensor_impl_type_mapping_js_1 = require_tensor_impl_type_mapping();
    var tensor_utils_impl_js_1 = require_tensor_utils_impl();
    var Tensor2 = class {
      /**
       * implementation.
       */
      constructor(arg0, arg1, arg2) {
        (0, tensor_impl_type_mapping_js_1.checkTypedArray)();
        let type;
        let dims;
        if (typeof arg0 === "object" && "location" in arg0) {
          this.dataLocation = arg0.location;
          type = arg0.type;
          dims = arg0.dims;
          switch (arg0.location) {
            case "cpu-pinned": {
              const expectedTypedArrayConstructor = tensor_impl_type_mapping_js_1.NUMERIC_TENSOR_TYPE_TO_TYPEDARRAY_MAP.get(type);
              if (!expectedTypedArrayConstructor) {
                throw new TypeError(`unsupported type "${type}" to create tensor from pinned buffer`);
              }
              if (!(arg0.data instanceof expectedTypedArrayConstructor)) {
                throw new TypeError(`buffer should be of type ${expectedTypedArrayConstructor.name}`);
              }
              this.cpuData = arg0.data;
              break;
            }
            case "texture": {
              if (type !== "float32") {
                throw new TypeError(`unsupported type "${type}" to create tensor from texture`);
              }
              this.gpuTextureData = arg0.texture;
              this.downloader = arg0.download;
              this.disposer = arg0.dispose;
              break;
            }
            case "gpu-buffer": {
              if (type !== "float32" && type !== "float16" && type !== "int32" && type !== "int64" && type !== "uint32" && type !== "uint8" && type !== "bool" && type !== "uint4" && type !== "int4") {
                throw new TypeError(`unsupported type "${type}" to create tensor from gpu buffer`);
              }
              this.gpuBufferData = arg0.gpuBuffer;
              this.downloader = arg0.download;
              this.disposer = arg0.dispose;
              break;
            }
            case "ml-tensor": {
              if (type !== "float32" && type !== "float16" && type !== "int32" && type !== "int64" && type !== "uint32" && type !== "uint64" && type !== "int8" && type !== "uint8" && type !== "bool" && type !== "uint4" && type !== "int4") {
                throw new TypeError(`unsupported type "${type}" to create tensor from MLTensor`);
              }
              this.mlTensorData = arg0.mlTensor;
              this.downloader = arg0.download;
              this.disposer = arg0.dispose;
              break;
            }
            default:
              throw new Error(`Tensor constructor: unsupported location '${this.dataLocation}'`);
          }
        } else {
          let data;
          let maybeDims;
          if (typeof arg0 === "string") {
            type = arg0;
            maybeDims = arg2;
            if (arg0 === "string") {
              if (!Array.isArray(arg1)) {
                throw new TypeError("A string tensor's data must be a string array.");
              }
              data = arg1;
            } else {
              const typedArrayConstructor = tensor_impl_type_mapping_js_1.NUMERIC_TENSOR_TYPE_TO_TYPEDARRAY_MAP.get(arg0);
              if (typedArrayConstructor === void 0) {
                throw new TypeError(`Unsupported tensor type: ${arg0}.`);
              }
              if (Array.isArray(arg1)) {
                if (arg0 === "float16" && typedArrayConstructor === Uint16Array || arg0 === "uint4" || arg0 === "int4") {
                  throw new TypeError(`Creating a ${arg0} tensor from number array is not supported. Please use ${typedArrayConstructor.name} as data.`);
                } else if (arg0 === "uint64" || arg0 === "int64") {
                  data = typedArrayConstructor.from(arg1, BigInt);
                } else {
                  data = typedArrayConstructor.from(arg1);
                }
              } else if (arg1 instanceof typedArrayConstructor) {
                data = arg1;
              } else if (arg1 instanceof Uint8ClampedArray) {
                if (arg0 === "uint8") {
                  data = Uint8Array.from(arg1);
                } else {
                  throw new TypeError(`A Uint8ClampedArray tensor's data must be type of uint8`);
                }
              } else if (arg0 === "float16" && arg1 instanceof Uint16Array && typedArrayConstructor !== Uint16Array) {
                data = new globalThis.Float16Array(arg1.buffer, arg1.byteOffset, arg1.length);
              } else {
                throw new TypeError(`A ${type} tensor's data must be type of ${typedArrayConstructor}`);
              }
            }
          } else {
            maybeDims = arg1;
            if (Array.isArray(arg0)) {
              if (arg0.length === 0) {
                throw new TypeError("Tensor type cannot be inferred from an empty array.");
              }
              const firstElementType = typeof arg0[0];
              if (firstElementType === "string") {
                type = "string";
                data = arg0;
              } else if (firstElementType === "boolean") {
                type = "bool";
                data = Uint8Array.from(arg0);
              } else {
                throw new TypeError(`Invalid element type of data array: ${firstElementType}.`);
              }
            } else if (arg0 instanceof Uint8ClampedArray) {
              type = "uint8";
              data = Uint8Array.from(arg0);
            } else {
              const mappedType = tensor_impl_type_mapping_js_1.NUMERIC_TENSOR_TYPEDARRAY_TO_TYPE_MAP.get(arg0.constructor);
              if (mappedType === void 0) {
                throw new TypeError(`Unsupported type for tensor data: ${arg0.constructor}.`);
              }
              type = mappedType;
              data = arg0;
            }
          }
          if (maybeDims === void 0) {
            maybeDims = [data.length];
          } else if (!Array.isArray(maybeDims)) {
            throw new TypeError("A tensor's dims must be a number array");
          }
          dims = maybeDims;
          this.cpuData = data;
          this.dataLocation = "cpu";
        }
        const size = (0, tensor_utils_impl_js_1.calculateSize)(dims);
        if (this.cpuData && size !== this.cpuData.length) {
          if ((type === "uint4" || type === "int4") && Math.ceil(size / 2) === this.cpuData.length) {
          } else {
            throw new Error(`Tensor's size(${size}) does not match data length(${this.cpuData.length}).`);
          }
        }
        this.type = type;
        this.dims = dims;
        this.size = size;
      }
      // #endregion
      // #region factory
      static async fromImage(image, options) {
        return (0, tensor_factory_impl_js_1.tensorFromImage)(image, options);
      }
      static fromTexture(texture, options) {
        return (0, tensor_factory_impl_js_1.tensorFromTexture)(texture, options);
      }
      static fromGpuBuffer(gpuBuffer, options) {
        return (0, tensor_factory_impl_js_1.tensorFromGpuBuffer)(gpuBuffer, options);
      }
      static fromMLTensor(mlTensor, options) {
        return (0, tensor_factory_impl_js_1.tensorFromMLTensor)(mlTensor, options);
      }
      static fromPinnedBuffer(type, buffer, dims) {
        return (0, tensor_factory_impl_js_1.tensorFromPinnedBuffer)(type, buffer, dims);
      }
      // #endregion
      // #region conversions
      toDataURL(options) {
        return (0, tensor_conversion_impl_js_1.tensorToDataURL)(this, options);
      }
      toImageData(options) {
        return (0, tensor_conversion_impl_js_1.tensorToImageData)(this, options);
      }
      // #endregion
      // #region properties
      get data() {
        this.ensureValid();
        if (!this.cpuData) {
          throw new Error("The data is not on CPU. Use `getData()` to download GPU data to CPU, or use `texture` or `gpuBuffer` property to access the GPU data directly.");
        }
        return this.cpuData;
      }
      get location() {
        return this.dataLocation;
      }
      get texture() {
        this.ensureValid();
        if (!this.gpuTextureData) {
          throw new Error("The data is not stored as a WebGL texture.");
        }
        return this.gpuTextureData;
      }
      get gpuBuffer() {
        this.ensureValid();
        if (!this.gpuBufferData) {
          throw new Error("The data is not stored as a WebGPU buffer.");
        }
        return this.gpuBufferData;
      }
      get mlTensor() {
        this.ensureValid();
        if (!this.mlTensorData) {
          throw new Error("The data is not stored as a WebNN MLTensor.");
        }
        return this.mlTensorData;
      }
      // #endregion
      // #region methods
      async getData(releaseData) {
        this.ensureValid();
        switch (this.dataLocation) {
          case "cpu":
          case "cpu-pinned":
            return this.data;
          case "texture":
          case "gpu-buffer":
          case "ml-tensor": {
            if (!this.downloader) {
              throw new Error("The current tensor is not created with a specified data downloader.");
            }
            if (this.isDownloading) {
              throw new Error("The current tensor is being downloaded.");
            }
            try {
              this.isDownloading = true;
              const data = await this.downloader();
              this.downloader = void 0;
              this.dataLocation = "cpu";
              this.cpuData = data;
              if (releaseData && this.disposer) {
                this.disposer();
                this.disposer = void 0;
              }
              return data;
            } finally {
              this.isDownloading = false;
            }
          }
          default:
            throw new Error(`cannot get data from location: ${this.dataLocation}`);
        }
      }
      dispose() {
        if (this.isDownloading) {
          throw new Error("The current tensor is being downloaded.");
        }
        if (this.disposer) {
          this.disposer();
          this.disposer = void 0;
        }
        this.cpuData = void 0;
        this.gpuTextureData = void 0;
        this.gpuBufferData = void 0;
        this.mlTensorData = void 0;
        this.downloader = void 0;
        this.isDownloading = void 0;
        this.dataLocation = "none";
      }
      // #endregion
      // #region tensor utilities
      ensureValid() {
        if (this.dataLocation === "none") {
          throw new Error("The tensor is disposed.");
        }
      }
      reshape(dims) {
        this.ensureValid();
        if (this.downloader || this.disposer) {
          throw new Error("Cannot reshape a tensor that owns GPU resource.");
        }
        return (0, tensor_utils_impl_js_1.tensorReshape)(this, dims);
      }
    };
    exports.Tensor = Tensor2;
  }
});

// node_modules/onnxruntime-common/dist/cjs/tensor.js
var require_tensor = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/tensor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Tensor = void 0;
    var tensor_impl_js_1 = require_tensor_impl();
    exports.Tensor = tensor_impl_js_1.Tensor;
  }
});

// node_modules/onnxruntime-common/dist/cjs/trace.js
var require_trace = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/trace.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TRACE_EVENT_END = exports.TRACE_EVENT_BEGIN = exports.TRACE_FUNC_END = exports.TRACE_FUNC_BEGIN = exports.TRACE = void 0;
    var env_impl_js_1 = require_env_impl();
    var TRACE = (deviceType, label) => {
      if (typeof env_impl_js_1.env.trace === "undefined" ? !env_impl_js_1.env.wasm.trace : !env_impl_js_1.env.trace) {
        return;
      }
      console.timeStamp(`${deviceType}::ORT::${label}`);
    };
    exports.TRACE = TRACE;
    var TRACE_FUNC = (msg, extraMsg) => {
      const stack2 = new Error().stack?.split(/\r\n|\r|\n/g) || [];
      let hasTraceFunc = false;
      for (let i = 0; i < stack2.length; i++) {
        if (hasTraceFunc && !stack2[i].includes("TRACE_FUNC")) {
          let label = `FUNC_${msg}::${stack2[i].trim().split(" ")[1]}`;
          if (extraMsg) {
            label += `::${extraMsg}`;
          }
          (0, exports.TRACE)("CPU", label);
          return;
        }
        if (stack2[i].includes("TRACE_FUNC")) {
          hasTraceFunc = true;
        }
      }
    };
    var TRACE_FUNC_BEGIN = (extraMsg) => {
      if (typeof env_impl_js_1.env.trace === "undefined" ? !env_impl_js_1.env.wasm.trace : !env_impl_js_1.env.trace) {
        return;
      }
      TRACE_FUNC("BEGIN", extraMsg);
    };
    exports.TRACE_FUNC_BEGIN = TRACE_FUNC_BEGIN;
    var TRACE_FUNC_END = (extraMsg) => {
      if (typeof env_impl_js_1.env.trace === "undefined" ? !env_impl_js_1.env.wasm.trace : !env_impl_js_1.env.trace) {
        return;
      }
      TRACE_FUNC("END", extraMsg);
    };
    exports.TRACE_FUNC_END = TRACE_FUNC_END;
    var TRACE_EVENT_BEGIN = (extraMsg) => {
      if (typeof env_impl_js_1.env.trace === "undefined" ? !env_impl_js_1.env.wasm.trace : !env_impl_js_1.env.trace) {
        return;
      }
      console.time(`ORT::${extraMsg}`);
    };
    exports.TRACE_EVENT_BEGIN = TRACE_EVENT_BEGIN;
    var TRACE_EVENT_END = (extraMsg) => {
      if (typeof env_impl_js_1.env.trace === "undefined" ? !env_impl_js_1.env.wasm.trace : !env_impl_js_1.env.trace) {
        return;
      }
      console.timeEnd(`ORT::${extraMsg}`);
    };
    exports.TRACE_EVENT_END = TRACE_EVENT_END;
  }
});

// node_modules/onnxruntime-common/dist/cjs/inference-session-impl.js
var require_inference_session_impl = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/inference-session-impl.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.InferenceSession = void 0;
    var backend_impl_js_1 = require_backend_impl();
    var tensor_js_1 = require_tensor();
    var trace_js_1 = require_trace();
    var InferenceSession = class _InferenceSession {
      constructor(handler) {
        this.handler = handler;
      }
      async run(feeds, arg1, arg2) {
        (0, trace_js_1.TRACE_FUNC_BEGIN)();
        (0, trace_js_1.TRACE_EVENT_BEGIN)("InferenceSession.run");
        const fetches = {};
        let options = {};
        if (typeof feeds !== "object" || feeds === null || feeds instanceof tensor_js_1.Tensor || Array.isArray(feeds)) {
          throw new TypeError("'feeds' must be an object that use input names as keys and OnnxValue as corresponding values.");
        }
        let isFetchesEmpty = true;
        if (typeof arg1 === "object") {
          if (arg1 === null) {
            throw new TypeError("Unexpected argument[1]: cannot be null.");
          }
          if (arg1 instanceof tensor_js_1.Tensor) {
            throw new TypeError("'fetches' cannot be a Tensor");
          }
          if (Array.isArray(arg1)) {
            if (arg1.length === 0) {
              throw new TypeError("'fetches' cannot be an empty array.");
            }
            isFetchesEmpty = false;
            for (const name of arg1) {
              if (typeof name !== "string") {
                throw new TypeError("'fetches' must be a string array or an object.");
              }
              if (this.outputNames.indexOf(name) === -1) {
                throw new RangeError(`'fetches' contains invalid output name: ${name}.`);
              }
              fetches[name] = null;
            }
            if (typeof arg2 === "object" && arg2 !== null) {
              options = arg2;
            } else if (typeof arg2 !== "undefined") {
              throw new TypeError("'options' must be an object.");
            }
          } else {
            let isFetches = false;
            const arg1Keys = Object.getOwnPropertyNames(arg1);
            for (const name of this.outputNames) {
              if (arg1Keys.indexOf(name) !== -1) {
                const v = arg1[name];
                if (v === null || v instanceof tensor_js_1.Tensor) {
                  isFetches = true;
                  isFetchesEmpty = false;
                  fetches[name] = v;
                }
              }
            }
            if (isFetches) {
              if (typeof arg2 === "object" && arg2 !== null) {
                options = arg2;
              } else if (typeof arg2 !== "undefined") {
                throw new TypeError("'options' must be an object.");
              }
            } else {
              options = arg1;
            }
          }
        } else if (typeof arg1 !== "undefined") {
          throw new TypeError("Unexpected argument[1]: must be 'fetches' or 'options'.");
        }
        for (const name of this.inputNames) {
          if (typeof feeds[name] === "undefined") {
            throw new Error(`input '${name}' is missing in 'feeds'.`);
          }
        }
        if (isFetchesEmpty) {
          for (const name of this.outputNames) {
            fetches[name] = null;
          }
        }
        const results = await this.handler.run(feeds, fetches, options);
        const returnValue = {};
        for (const key2 in results) {
          if (Object.hasOwnProperty.call(results, key2)) {
            const result = results[key2];
            if (result instanceof tensor_js_1.Tensor) {
              returnValue[key2] = result;
            } else {
              returnValue[key2] = new tensor_js_1.Tensor(result.type, result.data, result.dims);
            }
          }
        }
        (0, trace_js_1.TRACE_EVENT_END)("InferenceSession.run");
        (0, trace_js_1.TRACE_FUNC_END)();
        return returnValue;
      }
      async release() {
        return this.handler.dispose();
      }
      static async create(arg0, arg1, arg2, arg3) {
        (0, trace_js_1.TRACE_FUNC_BEGIN)();
        (0, trace_js_1.TRACE_EVENT_BEGIN)("InferenceSession.create");
        let filePathOrUint8Array;
        let options = {};
        if (typeof arg0 === "string") {
          filePathOrUint8Array = arg0;
          if (typeof arg1 === "object" && arg1 !== null) {
            options = arg1;
          } else if (typeof arg1 !== "undefined") {
            throw new TypeError("'options' must be an object.");
          }
        } else if (arg0 instanceof Uint8Array) {
          filePathOrUint8Array = arg0;
          if (typeof arg1 === "object" && arg1 !== null) {
            options = arg1;
          } else if (typeof arg1 !== "undefined") {
            throw new TypeError("'options' must be an object.");
          }
        } else if (arg0 instanceof ArrayBuffer || typeof SharedArrayBuffer !== "undefined" && arg0 instanceof SharedArrayBuffer) {
          const buffer = arg0;
          let byteOffset = 0;
          let byteLength = arg0.byteLength;
          if (typeof arg1 === "object" && arg1 !== null) {
            options = arg1;
          } else if (typeof arg1 === "number") {
            byteOffset = arg1;
            if (!Number.isSafeInteger(byteOffset)) {
              throw new RangeError("'byteOffset' must be an integer.");
            }
            if (byteOffset < 0 || byteOffset >= buffer.byteLength) {
              throw new RangeError(`'byteOffset' is out of range [0, ${buffer.byteLength}).`);
            }
            byteLength = arg0.byteLength - byteOffset;
            if (typeof arg2 === "number") {
              byteLength = arg2;
              if (!Number.isSafeInteger(byteLength)) {
                throw new RangeError("'byteLength' must be an integer.");
              }
              if (byteLength <= 0 || byteOffset + byteLength > buffer.byteLength) {
                throw new RangeError(`'byteLength' is out of range (0, ${buffer.byteLength - byteOffset}].`);
              }
              if (typeof arg3 === "object" && arg3 !== null) {
                options = arg3;
              } else if (typeof arg3 !== "undefined") {
                throw new TypeError("'options' must be an object.");
              }
            } else if (typeof arg2 !== "undefined") {
              throw new TypeError("'byteLength' must be a number.");
            }
          } else if (typeof arg1 !== "undefined") {
            throw new TypeError("'options' must be an object.");
          }
          filePathOrUint8Array = new Uint8Array(buffer, byteOffset, byteLength);
        } else {
          throw new TypeError("Unexpected argument[0]: must be 'path' or 'buffer'.");
        }
        const [backend, optionsWithValidatedEPs] = await (0, backend_impl_js_1.resolveBackendAndExecutionProviders)(options);
        const handler = await backend.createInferenceSessionHandler(filePathOrUint8Array, optionsWithValidatedEPs);
        (0, trace_js_1.TRACE_EVENT_END)("InferenceSession.create");
        (0, trace_js_1.TRACE_FUNC_END)();
        return new _InferenceSession(handler);
      }
      startProfiling() {
        this.handler.startProfiling();
      }
      endProfiling() {
        this.handler.endProfiling();
      }
      get inputNames() {
        return this.handler.inputNames;
      }
      get outputNames() {
        return this.handler.outputNames;
      }
      get inputMetadata() {
        return this.handler.inputMetadata;
      }
      get outputMetadata() {
        return this.handler.outputMetadata;
      }
    };
    exports.InferenceSession = InferenceSession;
  }
});

// node_modules/onnxruntime-common/dist/cjs/inference-session.js
var require_inference_session = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/inference-session.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.InferenceSession = void 0;
    var inference_session_impl_js_1 = require_inference_session_impl();
    exports.InferenceSession = inference_session_impl_js_1.InferenceSession;
  }
});

// node_modules/onnxruntime-common/dist/cjs/tensor-conversion.js
var require_tensor_conversion = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/tensor-conversion.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/onnxruntime-common/dist/cjs/tensor-factory.js
var require_tensor_factory = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/tensor-factory.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/onnxruntime-common/dist/cjs/onnx-model.js
var require_onnx_model = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/onnx-model.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/onnxruntime-common/dist/cjs/onnx-value.js
var require_onnx_value = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/onnx-value.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/onnxruntime-common/dist/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/onnxruntime-common/dist/cjs/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_backend(), exports);
    __exportStar(require_env(), exports);
    __exportStar(require_inference_session(), exports);
    __exportStar(require_tensor(), exports);
    __exportStar(require_tensor_conversion(), exports);
    __exportStar(require_tensor_factory(), exports);
    __exportStar(require_trace(), exports);
    __exportStar(require_onnx_model(), exports);
    __exportStar(require_onnx_value(), exports);
  }
});

// scripts/bundle/onnxruntime-binding.mjs
var onnxruntime_binding_exports = {};
__export(onnxruntime_binding_exports, {
  binding: () => binding,
  initOrt: () => initOrt
});
import { createRequire } from "node:module";
import { isMainThread } from "node:worker_threads";
import { fileURLToPath } from "node:url";
function initOrt() {
  if (initialized) return;
  initialized = true;
  const level = env.logLevel ? LOG_LEVELS[env.logLevel] : 2;
  if (level === void 0) throw new Error(`Unsupported log level: ${env.logLevel}`);
  binding.initOrtOnce(level, Tensor, isMainThread);
}
var env, Tensor, PLATFORMS, platform, loadNative, binding, LOG_LEVELS, initialized;
var init_onnxruntime_binding = __esm({
  "scripts/bundle/onnxruntime-binding.mjs"() {
    ({ env, Tensor } = require_cjs());
    PLATFORMS = "linux-x64".split(",");
    platform = `${process.platform}-${process.arch}`;
    if (!PLATFORMS.includes(platform)) {
      throw Object.assign(
        new Error(
          `onnxruntime's native library is bundled for ${PLATFORMS.join(", ")} only, and this runner is ${platform}: run modelops gate on a Linux x64 runner (runs-on: ubuntu-latest), or install the modelops package with npm on this platform`
        ),
        { code: "MODELOPS_UNSUPPORTED_PLATFORM" }
      );
    }
    loadNative = createRequire(import.meta.url);
    binding = loadNative(fileURLToPath(new URL(`./onnxruntime/${platform}/onnxruntime_binding.node`, import.meta.url)));
    LOG_LEVELS = { verbose: 0, info: 1, warning: 2, error: 3, fatal: 4 };
    initialized = false;
  }
});

// node_modules/onnxruntime-node/dist/backend.js
var require_backend2 = __commonJS({
  "node_modules/onnxruntime-node/dist/backend.js"(exports) {
    "use strict";
    var __classPrivateFieldSet = exports && exports.__classPrivateFieldSet || function(receiver, state, value, kind, f) {
      if (kind === "m") throw new TypeError("Private method is not writable");
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
      return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
    };
    var __classPrivateFieldGet = exports && exports.__classPrivateFieldGet || function(receiver, state, kind, f) {
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
      return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };
    var _OnnxruntimeSessionHandler_inferenceSession;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.listSupportedBackends = exports.onnxruntimeBackend = void 0;
    var binding_1 = (init_onnxruntime_binding(), __toCommonJS(onnxruntime_binding_exports));
    var dataTypeStrings = [
      void 0,
      // 0
      "float32",
      "uint8",
      "int8",
      "uint16",
      "int16",
      "int32",
      "int64",
      "string",
      "bool",
      "float16",
      "float64",
      "uint32",
      "uint64",
      void 0,
      // 14
      void 0,
      // 15
      void 0,
      // 16
      void 0,
      // 17
      void 0,
      // 18
      void 0,
      // 19
      void 0,
      // 20
      "uint4",
      "int4"
    ];
    var OnnxruntimeSessionHandler = class {
      constructor(pathOrBuffer, options) {
        _OnnxruntimeSessionHandler_inferenceSession.set(this, void 0);
        (0, binding_1.initOrt)();
        __classPrivateFieldSet(this, _OnnxruntimeSessionHandler_inferenceSession, new binding_1.binding.InferenceSession(), "f");
        if (typeof pathOrBuffer === "string") {
          __classPrivateFieldGet(this, _OnnxruntimeSessionHandler_inferenceSession, "f").loadModel(pathOrBuffer, options);
        } else {
          __classPrivateFieldGet(this, _OnnxruntimeSessionHandler_inferenceSession, "f").loadModel(pathOrBuffer.buffer, pathOrBuffer.byteOffset, pathOrBuffer.byteLength, options);
        }
        this.inputNames = [];
        this.outputNames = [];
        this.inputMetadata = [];
        this.outputMetadata = [];
        const fillNamesAndMetadata = (rawMetadata) => {
          const names = [];
          const metadata = [];
          for (const m of rawMetadata) {
            names.push(m.name);
            if (!m.isTensor) {
              metadata.push({ name: m.name, isTensor: false });
            } else {
              const type = dataTypeStrings[m.type];
              if (type === void 0) {
                throw new Error(`Unsupported data type: ${m.type}`);
              }
              const shape = [];
              for (let i = 0; i < m.shape.length; ++i) {
                const dim = m.shape[i];
                if (dim === -1) {
                  shape.push(m.symbolicDimensions[i]);
                } else if (dim >= 0) {
                  shape.push(dim);
                } else {
                  throw new Error(`Invalid dimension: ${dim}`);
                }
              }
              metadata.push({
                name: m.name,
                isTensor: m.isTensor,
                type,
                shape
              });
            }
          }
          return [names, metadata];
        };
        [this.inputNames, this.inputMetadata] = fillNamesAndMetadata(__classPrivateFieldGet(this, _OnnxruntimeSessionHandler_inferenceSession, "f").inputMetadata);
        [this.outputNames, this.outputMetadata] = fillNamesAndMetadata(__classPrivateFieldGet(this, _OnnxruntimeSessionHandler_inferenceSession, "f").outputMetadata);
      }
      async dispose() {
        __classPrivateFieldGet(this, _OnnxruntimeSessionHandler_inferenceSession, "f").dispose();
      }
      startProfiling() {
      }
      endProfiling() {
        __classPrivateFieldGet(this, _OnnxruntimeSessionHandler_inferenceSession, "f").endProfiling();
      }
      async run(feeds, fetches, options) {
        return new Promise((resolve2, reject) => {
          setImmediate(() => {
            try {
              resolve2(__classPrivateFieldGet(this, _OnnxruntimeSessionHandler_inferenceSession, "f").run(feeds, fetches, options));
            } catch (e) {
              reject(e);
            }
          });
        });
      }
    };
    _OnnxruntimeSessionHandler_inferenceSession = /* @__PURE__ */ new WeakMap();
    var OnnxruntimeBackend = class {
      async init() {
        return Promise.resolve();
      }
      async createInferenceSessionHandler(pathOrBuffer, options) {
        return new Promise((resolve2, reject) => {
          setImmediate(() => {
            try {
              resolve2(new OnnxruntimeSessionHandler(pathOrBuffer, options || {}));
            } catch (e) {
              reject(e);
            }
          });
        });
      }
    };
    exports.onnxruntimeBackend = new OnnxruntimeBackend();
    exports.listSupportedBackends = binding_1.binding.listSupportedBackends;
  }
});

// node_modules/onnxruntime-node/dist/version.js
var require_version2 = __commonJS({
  "node_modules/onnxruntime-node/dist/version.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.version = void 0;
    exports.version = "1.30.0";
  }
});

// node_modules/onnxruntime-node/dist/index.js
var require_dist = __commonJS({
  "node_modules/onnxruntime-node/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.listSupportedBackends = void 0;
    __exportStar(require_cjs(), exports);
    var backend_1 = require_backend2();
    Object.defineProperty(exports, "listSupportedBackends", { enumerable: true, get: function() {
      return backend_1.listSupportedBackends;
    } });
    var onnxruntime_common_1 = require_cjs();
    var version_1 = require_version2();
    var backend_2 = require_backend2();
    var backends = (0, backend_2.listSupportedBackends)();
    for (const backend of backends) {
      (0, onnxruntime_common_1.registerBackend)(backend.name, backend_2.onnxruntimeBackend, 100);
    }
    Object.defineProperty(onnxruntime_common_1.env.versions, "node", { value: version_1.version, enumerable: true });
  }
});

// src/io/onnx/runtime.ts
function disableOnnxTelemetry(env2 = process.env) {
  env2["ORT_DISABLE_TELEMETRY"] ??= "1";
}
function loadOnnxRuntime() {
  disableOnnxTelemetry();
  loading ??= Promise.resolve().then(() => __toESM(require_dist(), 1)).then(
    // onnxruntime-node is CommonJS: its exports object is the default export, which is all a bundle
    // (dist/, esbuild) gives; Node's own loader adds the same properties as named exports.
    (ort) => ort.default ?? ort,
    (error) => {
      loading = void 0;
      throw error;
    }
  );
  return loading;
}
var loading;
var init_runtime = __esm({
  "src/io/onnx/runtime.ts"() {
    "use strict";
  }
});

// src/io/onnx/runner.ts
import { readFile, stat } from "node:fs/promises";
async function openModel(modelPath, spec, options = {}) {
  const info = await stat(modelPath).catch(() => void 0);
  if (!info?.isFile()) throw new OnnxModelError(modelPath, "model-not-found", info ? "is not a file" : "model file not found");
  let ort;
  try {
    ort = await loadOnnxRuntime();
  } catch (error) {
    if (error?.code === "MODELOPS_UNSUPPORTED_PLATFORM") throw new OnnxModelError(modelPath, "runtime-unavailable", `cannot load onnxruntime: ${firstLineOf(error)}`);
    throw new OnnxModelError(modelPath, "runtime-unavailable", `cannot load onnxruntime-node (${firstLineOf(error)}); its native binding or libonnxruntime.so.1 is missing: reinstall onnxruntime-node (offline: with ONNXRUNTIME_NODE_INSTALL=skip; the CPU binaries ship in the npm package)`);
  }
  let graph;
  let source = modelPath;
  try {
    const bytes = await readFile(modelPath);
    graph = readOnnxGraph(bytes);
    if (graph.externalData.length === 0) source = exposeZipMapInputs(bytes, graph) ?? modelPath;
  } catch {
  }
  let session;
  try {
    const sessionOptions = {
      executionProviders: ["cpu"],
      // Warnings (e.g. unused initializers) would clutter CLI output; failures still throw.
      logSeverityLevel: 3,
      // onnxruntime's intra-op threads spin between runs by default: on a shared 2-core runner that burns
      // the other core and, loaded, slows every small run several-fold (issue 18: the PR gate's 230 small
      // runs). Idle threads sleep instead; large runs still use every thread.
      extra: { session: { "intra_op.allow_spinning": "0" } },
      ...options.intraOpThreads !== void 0 ? { intraOpNumThreads: options.intraOpThreads } : {}
    };
    session = typeof source === "string" ? await ort.InferenceSession.create(source, sessionOptions) : await ort.InferenceSession.create(source, sessionOptions);
  } catch (error) {
    throw loadError(modelPath, error);
  }
  try {
    const inputs = session.inputMetadata.map(valueInfoOf);
    const outputs = session.outputMetadata.map(valueInfoOf);
    const inputPlan = planInputs(modelPath, spec, inputs);
    const outputPlan = planOutputs(modelPath, spec, outputs, graph?.zipMaps ?? []);
    const classLabels = graph?.classLabelsByTensor.get(outputPlan.output);
    if (classLabels) checkClassOrder(modelPath, spec, outputPlan, classLabels);
    return new OnnxModelRunner(ort, session, modelPath, inputs, outputs, inputPlan, outputPlan, classLabels);
  } catch (error) {
    await session.release();
    throw error;
  }
}
function checkedBatchSize(requested) {
  if (!Number.isInteger(requested) || requested < 1) throw new RangeError(`batchSize must be a positive integer, got ${requested}`);
  return requested;
}
var DEFAULT_BATCH_SIZE, MAX_BATCH_BYTES, OnnxModelRunner;
var init_runner = __esm({
  "src/io/onnx/runner.ts"() {
    "use strict";
    init_errors();
    init_graph();
    init_inputs();
    init_model_info();
    init_outputs();
    init_runtime();
    DEFAULT_BATCH_SIZE = 16384;
    MAX_BATCH_BYTES = 32 * 1024 * 1024;
    OnnxModelRunner = class {
      constructor(ort, session, path, inputs, outputs, inputPlan, outputPlan, classLabels) {
        this.ort = ort;
        this.session = session;
        this.path = path;
        this.inputs = inputs;
        this.outputs = outputs;
        this.inputPlan = inputPlan;
        this.outputPlan = outputPlan;
        this.classLabels = classLabels;
        this.fetches = [outputPlan.output];
      }
      ort;
      session;
      path;
      inputs;
      outputs;
      inputPlan;
      outputPlan;
      classLabels;
      released = false;
      fetches;
      get predictionOutput() {
        return this.outputPlan.output;
      }
      async predict(table, options = {}) {
        this.checkOpen();
        const columns = resolveColumns(this.path, this.inputPlan, table);
        const rowCount = table.rowCount;
        const collector = new PredictionCollector(this.path, this.outputPlan, rowCount);
        if (rowCount === 0) return collector.finish();
        const batchSize = this.inputPlan.fixedBatch ?? Math.min(rowCount, options.batchSize === void 0 ? this.defaultBatchSize() : checkedBatchSize(options.batchSize));
        const feeds = new FeedBuilder(this.ort, this.inputPlan, batchSize);
        for (let start = 0; start < rowCount; start += batchSize) {
          const end = Math.min(rowCount, start + batchSize);
          const results = await this.run(feeds.fill(columns, start, end), start, end);
          collector.take(results, start, end - start);
        }
        return collector.finish();
      }
      prepare(table, start, end) {
        this.checkOpen();
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > table.rowCount || end <= start) {
          throw new RangeError(`prepare: rows [${start}, ${end}) are not a non-empty range of the table's ${table.rowCount} rows`);
        }
        const rows = end - start;
        const fixed = this.inputPlan.fixedBatch;
        if (fixed !== void 0 && rows > fixed) {
          throw new OnnxModelError(this.path, "shape-mismatch", `the model runs exactly ${fixed} row${fixed === 1 ? "" : "s"} at a time (fixed batch dimension); cannot prepare ${rows}`);
        }
        const columns = resolveColumns(this.path, this.inputPlan, table);
        const prepared = { rowCount: rows, feeds: new FeedBuilder(this.ort, this.inputPlan, fixed ?? rows).fill(columns, start, end) };
        return prepared;
      }
      async runRaw(input) {
        this.checkOpen();
        const { feeds, rowCount } = input;
        if (feeds === void 0) throw new TypeError("runRaw: pass an input made by this runner's prepare()");
        await this.run(feeds, 0, rowCount);
      }
      async release() {
        if (this.released) return;
        this.released = true;
        await this.session.release();
      }
      async run(feeds, start, end) {
        let results;
        try {
          results = await this.session.run(feeds, this.fetches);
        } catch (error) {
          throw new OnnxModelError(this.path, "run-failed", `onnxruntime failed on rows ${start}-${end - 1}: ${firstLineOf(error)}`);
        }
        const output = results[this.outputPlan.output];
        if (output === void 0) throw new OnnxModelError(this.path, "run-failed", `onnxruntime returned no '${this.outputPlan.output}' output`);
        return output;
      }
      defaultBatchSize() {
        const bytesPerRow = this.inputPlan.bindings.reduce((sum2, binding2) => sum2 + binding2.width * (binding2.type === "float32" ? 4 : 8), 0);
        return Math.max(1, Math.min(DEFAULT_BATCH_SIZE, Math.floor(MAX_BATCH_BYTES / Math.max(1, bytesPerRow))));
      }
      checkOpen() {
        if (this.released) throw new OnnxModelError(this.path, "released", "the model was released; open it again");
      }
    };
  }
});

// src/io/onnx/index.ts
var init_onnx = __esm({
  "src/io/onnx/index.ts"() {
    "use strict";
    init_runner();
    init_errors();
    init_runtime();
  }
});

// src/core/metrics/metric.ts
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
var MetricError;
var init_metric = __esm({
  "src/core/metrics/metric.ts"() {
    "use strict";
    MetricError = class extends Error {
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
  }
});

// src/core/metrics/confusion-matrix.ts
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
var shared;
var init_confusion_matrix = __esm({
  "src/core/metrics/confusion-matrix.ts"() {
    "use strict";
    init_metric();
  }
});

// src/core/metrics/accuracy.ts
function accuracyFromCounts({ tn, fp, fn, tp }) {
  return (tn + tp) / (tn + fp + fn + tp);
}
var accuracy;
var init_accuracy = __esm({
  "src/core/metrics/accuracy.ts"() {
    "use strict";
    init_confusion_matrix();
    init_metric();
    accuracy = defineMetric({
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
  }
});

// src/core/metrics/balanced-accuracy.ts
function balancedAccuracyFromCounts({ tn, fp, fn, tp }) {
  const positives = tp + fn;
  const negatives = tn + fp;
  if (positives === 0) return tn / negatives;
  if (negatives === 0) return tp / positives;
  return (tp / positives + tn / negatives) / 2;
}
var balancedAccuracy;
var init_balanced_accuracy = __esm({
  "src/core/metrics/balanced-accuracy.ts"() {
    "use strict";
    init_confusion_matrix();
    init_metric();
    balancedAccuracy = defineMetric({
      id: "balanced_accuracy",
      tasks: ["binary-classification"],
      direction: "higher-is-better",
      description: "mean of recall on each class",
      needs: "labels",
      compute(input) {
        return balancedAccuracyFromCounts(confusionMatrix(input.yTrue, input.yPred, "balanced_accuracy"));
      }
    });
  }
});

// src/core/metrics/probability-sums.ts
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
var EPS, clippedLog, ECE_BINS, shared2;
var init_probability_sums = __esm({
  "src/core/metrics/probability-sums.ts"() {
    "use strict";
    EPS = Number.EPSILON;
    clippedLog = (probability) => Math.log(Math.min(Math.max(probability, EPS), 1 - EPS));
    ECE_BINS = 10;
  }
});

// src/core/metrics/brier.ts
var brier;
var init_brier = __esm({
  "src/core/metrics/brier.ts"() {
    "use strict";
    init_metric();
    init_probability_sums();
    brier = defineMetric({
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
        let total4 = 0;
        for (let i = 0; i < yTrue.length; i++) {
          const p = score2[i];
          if (!(p >= 0 && p <= 1)) throw badProbability("brier", "score", i, p);
          const truth = yTrue[i];
          if (truth > 1) throw badBinaryLabel("brier", "yTrue", i, truth);
          total4 += (p - truth) ** 2;
        }
        return total4 / yTrue.length;
      }
    });
  }
});

// src/core/metrics/ece.ts
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
var ece;
var init_ece = __esm({
  "src/core/metrics/ece.ts"() {
    "use strict";
    init_metric();
    init_probability_sums();
    ece = defineMetric({
      id: "ece",
      tasks: ["binary-classification"],
      direction: "lower-is-better",
      description: "expected calibration error",
      needs: "probabilities",
      compute(input) {
        const { yTrue } = input;
        const score2 = requireScore("ece", input);
        const gapSums = sharedProbabilitySums(yTrue, score2)?.eceGaps ?? sumGaps(yTrue, score2);
        let total4 = 0;
        for (const gap of gapSums) total4 += Math.abs(gap);
        return total4 / yTrue.length;
      }
    });
  }
});

// src/core/metrics/f1.ts
function f1FromCounts({ fp, fn, tp }) {
  const denominator = 2 * tp + fp + fn;
  return denominator === 0 ? 0 : 2 * tp / denominator;
}
var f1;
var init_f1 = __esm({
  "src/core/metrics/f1.ts"() {
    "use strict";
    init_confusion_matrix();
    init_metric();
    f1 = defineMetric({
      id: "f1",
      tasks: ["binary-classification"],
      direction: "higher-is-better",
      description: "harmonic mean of precision and recall",
      needs: "labels",
      compute(input) {
        return f1FromCounts(confusionMatrix(input.yTrue, input.yPred, "f1"));
      }
    });
  }
});

// src/core/metrics/log-loss.ts
var ROW_SUM_TOLERANCE, logLoss;
var init_log_loss = __esm({
  "src/core/metrics/log-loss.ts"() {
    "use strict";
    init_metric();
    init_probability_sums();
    ROW_SUM_TOLERANCE = 1e-3;
    logLoss = defineMetric({
      id: "log_loss",
      tasks: ["binary-classification", "multiclass-classification"],
      direction: "lower-is-better",
      description: "cross-entropy of the predicted probabilities",
      needs: "probabilities",
      compute(input) {
        let total4 = 0;
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
            total4 -= clippedLog(truth === 1 ? p : 1 - p);
          }
          return total4 / yTrue2.length;
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
          total4 -= clippedLog(probabilities[start + truth]);
        }
        return total4 / yTrue.length;
      }
    });
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
var init_class_counts = __esm({
  "src/core/metrics/class-counts.ts"() {
    "use strict";
    init_metric();
  }
});

// src/core/metrics/macro-f1.ts
var macroF1;
var init_macro_f1 = __esm({
  "src/core/metrics/macro-f1.ts"() {
    "use strict";
    init_class_counts();
    init_metric();
    macroF1 = defineMetric({
      id: "macro_f1",
      tasks: ["multiclass-classification"],
      direction: "higher-is-better",
      description: "unweighted mean F1 over classes",
      needs: "labels",
      compute(input) {
        const counts = classCounts("macro_f1", input.yTrue, input.yPred, input.classCount);
        let total4 = 0;
        let classes = 0;
        for (let k = 0; k < input.classCount; k++) {
          if (counts.support[k] === 0 && counts.predicted[k] === 0) continue;
          total4 += classF1(counts, k);
          classes++;
        }
        return total4 / classes;
      }
    });
  }
});

// src/core/metrics/mae.ts
var mae;
var init_mae = __esm({
  "src/core/metrics/mae.ts"() {
    "use strict";
    init_metric();
    mae = defineMetric({
      id: "mae",
      tasks: ["regression"],
      direction: "lower-is-better",
      description: "mean absolute error",
      needs: "predictions",
      compute({ yTrue, yPred }) {
        let total4 = 0;
        for (let i = 0; i < yTrue.length; i++) {
          const error = Math.abs(yPred[i] - yTrue[i]);
          if (!Number.isFinite(error)) throw badRegressionRow("mae", yTrue, yPred, i);
          total4 += error;
        }
        return total4 / yTrue.length;
      }
    });
  }
});

// src/core/metrics/mape.ts
var mape;
var init_mape = __esm({
  "src/core/metrics/mape.ts"() {
    "use strict";
    init_metric();
    mape = defineMetric({
      id: "mape",
      tasks: ["regression"],
      direction: "lower-is-better",
      description: "mean absolute percentage error",
      needs: "predictions",
      compute({ yTrue, yPred }) {
        let total4 = 0;
        for (let i = 0; i < yTrue.length; i++) {
          const truth = yTrue[i];
          const error = Math.abs(yPred[i] - truth);
          if (!Number.isFinite(error)) throw badRegressionRow("mape", yTrue, yPred, i);
          total4 += error / Math.max(Math.abs(truth), Number.EPSILON);
        }
        return total4 / yTrue.length;
      }
    });
  }
});

// src/core/metrics/ranking.ts
function scoresByClass(metric, yTrue, score2) {
  const known = sharedSplits?.get(score2);
  if (known !== void 0 && known.yTrue === yTrue) return known.split;
  const split = splitScores(metric, yTrue, score2);
  sharedSplits?.set(score2, { yTrue, split });
  return split;
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
var sharedSplits;
var init_ranking = __esm({
  "src/core/metrics/ranking.ts"() {
    "use strict";
    init_radix_sort();
    init_metric();
  }
});

// src/core/metrics/pr-auc.ts
var prAuc;
var init_pr_auc = __esm({
  "src/core/metrics/pr-auc.ts"() {
    "use strict";
    init_metric();
    init_ranking();
    prAuc = defineMetric({
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
          const threshold2 = n >= 0 ? Math.max(positives[p], negatives[n]) : positives[p];
          let newTruePositives = 0;
          while (p >= 0 && positives[p] === threshold2) {
            p--;
            newTruePositives++;
          }
          while (n >= 0 && negatives[n] === threshold2) {
            n--;
            falsePositives++;
          }
          truePositives += newTruePositives;
          if (newTruePositives > 0) averagePrecision += newTruePositives / positiveCount * (truePositives / (truePositives + falsePositives));
        }
        return averagePrecision;
      }
    });
  }
});

// src/core/metrics/precision.ts
function precisionFromCounts({ fp, tp }) {
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}
var precision;
var init_precision = __esm({
  "src/core/metrics/precision.ts"() {
    "use strict";
    init_confusion_matrix();
    init_metric();
    precision = defineMetric({
      id: "precision",
      tasks: ["binary-classification"],
      direction: "higher-is-better",
      description: "TP / (TP + FP) at the threshold",
      needs: "labels",
      compute(input) {
        return precisionFromCounts(confusionMatrix(input.yTrue, input.yPred, "precision"));
      }
    });
  }
});

// src/core/metrics/r2.ts
var r2;
var init_r2 = __esm({
  "src/core/metrics/r2.ts"() {
    "use strict";
    init_metric();
    r2 = defineMetric({
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
  }
});

// src/core/metrics/recall.ts
function recallFromCounts({ fn, tp }) {
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}
var recall;
var init_recall = __esm({
  "src/core/metrics/recall.ts"() {
    "use strict";
    init_confusion_matrix();
    init_metric();
    recall = defineMetric({
      id: "recall",
      tasks: ["binary-classification"],
      direction: "higher-is-better",
      description: "TP / (TP + FN) at the threshold",
      needs: "labels",
      compute(input) {
        return recallFromCounts(confusionMatrix(input.yTrue, input.yPred, "recall"));
      }
    });
  }
});

// src/core/metrics/rmse.ts
var rmse;
var init_rmse = __esm({
  "src/core/metrics/rmse.ts"() {
    "use strict";
    init_metric();
    rmse = defineMetric({
      id: "rmse",
      tasks: ["regression"],
      direction: "lower-is-better",
      description: "root mean squared error",
      needs: "predictions",
      compute({ yTrue, yPred }) {
        let total4 = 0;
        for (let i = 0; i < yTrue.length; i++) {
          const error = yPred[i] - yTrue[i];
          if (!Number.isFinite(error)) throw badRegressionRow("rmse", yTrue, yPred, i);
          total4 += error * error;
        }
        return Math.sqrt(total4 / yTrue.length);
      }
    });
  }
});

// src/core/metrics/roc-auc.ts
var rocAuc;
var init_roc_auc = __esm({
  "src/core/metrics/roc-auc.ts"() {
    "use strict";
    init_metric();
    init_ranking();
    rocAuc = defineMetric({
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
        let below2 = 0;
        for (let i = 0; i < positives.length; ) {
          const value = positives[i];
          let tiedPositives = 0;
          while (i < positives.length && positives[i] === value) {
            i++;
            tiedPositives++;
          }
          while (below2 < negatives.length && negatives[below2] < value) below2++;
          let tiedNegatives = 0;
          while (below2 + tiedNegatives < negatives.length && negatives[below2 + tiedNegatives] === value) tiedNegatives++;
          pairsWon += tiedPositives * (below2 + tiedNegatives / 2);
        }
        return pairsWon / (positives.length * negatives.length);
      }
    });
  }
});

// src/core/metrics/weighted-f1.ts
var weightedF1;
var init_weighted_f1 = __esm({
  "src/core/metrics/weighted-f1.ts"() {
    "use strict";
    init_class_counts();
    init_metric();
    weightedF1 = defineMetric({
      id: "weighted_f1",
      tasks: ["multiclass-classification"],
      direction: "higher-is-better",
      description: "support-weighted mean F1 over classes",
      needs: "labels",
      compute(input) {
        const counts = classCounts("weighted_f1", input.yTrue, input.yPred, input.classCount);
        let total4 = 0;
        for (let k = 0; k < input.classCount; k++) total4 += counts.support[k] * classF1(counts, k);
        return total4 / input.yTrue.length;
      }
    });
  }
});

// src/core/metrics/registry.ts
function metricById(id) {
  return BY_ID2.get(id);
}
var METRICS, BY_ID2;
var init_registry2 = __esm({
  "src/core/metrics/registry.ts"() {
    "use strict";
    init_accuracy();
    init_balanced_accuracy();
    init_brier();
    init_ece();
    init_f1();
    init_log_loss();
    init_macro_f1();
    init_mae();
    init_mape();
    init_pr_auc();
    init_precision();
    init_r2();
    init_recall();
    init_rmse();
    init_roc_auc();
    init_weighted_f1();
    METRICS = Object.freeze([
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
    BY_ID2 = new Map(METRICS.map((metric) => [metric.id, metric]));
  }
});

// src/core/evaluation/metrics.ts
function metricOrNaN(id, input) {
  try {
    return metricById(id).compute(input);
  } catch (error) {
    if (error instanceof MetricError) return Number.NaN;
    throw error;
  }
}
var init_metrics = __esm({
  "src/core/evaluation/metrics.ts"() {
    "use strict";
    init_registry2();
    init_metric();
    init_confusion_matrix();
    init_probability_sums();
    init_ranking();
  }
});

// src/core/robustness/perturb.ts
var init_perturb = __esm({
  "src/core/robustness/perturb.ts"() {
    "use strict";
    init_table();
  }
});

// src/commands/evaluate/batch.ts
function isOutputError(error) {
  return error instanceof OnnxModelError && (error.code === "non-finite-output" || error.code === "score-out-of-range");
}
async function predictEach(runner, tables) {
  const outcomes = [];
  let start = 0;
  while (start < tables.length) {
    let end = start + 1;
    let rows = tables[start].rowCount;
    while (end < tables.length && rows + tables[end].rowCount <= STACK_ROWS && stackable(tables[start], tables[end])) rows += tables[end++].rowCount;
    const group = tables.slice(start, end);
    if (group.length === 1) outcomes.push(await predictOne(runner, group[0]));
    else {
      try {
        const prediction = await runner.predict(stack(group, rows));
        let first = 0;
        for (const table of group) {
          outcomes.push({ prediction: slicePrediction(prediction, first, first + table.rowCount) });
          first += table.rowCount;
        }
      } catch (error) {
        if (!isOutputError(error)) throw error;
        for (const table of group) outcomes.push(await predictOne(runner, table));
      }
    }
    start = end;
  }
  return outcomes;
}
async function predictOne(runner, table) {
  try {
    return { prediction: await runner.predict(table) };
  } catch (error) {
    if (isOutputError(error)) return { error };
    throw error;
  }
}
function stackable(a, b) {
  if (a.columns.size !== b.columns.size) return false;
  for (const [name, column] of a.columns) {
    const other = b.columns.get(name);
    if (!other || other.kind !== column.kind) return false;
    if (column.kind === "categorical" && other.kind === "categorical" && !sameCategories(column.categories, other.categories)) return false;
  }
  return true;
}
function sameCategories(a, b) {
  if (a === b) return true;
  return a.length === b.length && a.every((category, i) => category === b[i]);
}
function stack(tables, rows) {
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of tables[0].columns) {
    const parts = tables.map((table) => table.columns.get(name));
    if (column.kind === "numeric") columns.set(name, { ...column, values: concatenated(new Float64Array(rows), parts.map((part) => part.values)) });
    else columns.set(name, { ...column, codes: concatenated(new Int32Array(rows), parts.map((part) => part.codes)) });
  }
  return { rowCount: rows, columns };
}
function concatenated(out, parts) {
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
function slicePrediction(prediction, start, end) {
  const rowCount = end - start;
  if (prediction.task === "binary-classification") return { ...prediction, rowCount, score: prediction.score.subarray(start, end), yPred: prediction.yPred.subarray(start, end) };
  if (prediction.task === "multiclass-classification") {
    const k = prediction.classCount;
    return { ...prediction, rowCount, probabilities: prediction.probabilities.subarray(start * k, end * k), yPred: prediction.yPred.subarray(start, end) };
  }
  return { ...prediction, rowCount, prediction: prediction.prediction.subarray(start, end) };
}
function changedRows(table, variant, name) {
  const before = requireColumn(table, name);
  const after = requireColumn(variant, name);
  const rows = [];
  if (before.kind === "numeric" && after.kind === "numeric") {
    for (let row = 0; row < table.rowCount; row++) if (!Object.is(before.values[row], after.values[row])) rows.push(row);
  } else if (before.kind === "categorical" && after.kind === "categorical" && before.categories === after.categories) {
    for (let row = 0; row < table.rowCount; row++) if (before.codes[row] !== after.codes[row]) rows.push(row);
  } else for (let row = 0; row < table.rowCount; row++) rows.push(row);
  return Uint32Array.from(rows);
}
function withRows(base, rows, update, at) {
  const n = rows.length;
  if (base.task === "binary-classification" && update.task === "binary-classification") {
    const score2 = base.score.slice();
    const yPred = base.yPred.slice();
    for (let i = 0; i < n; i++) {
      const from = at ? at[i] : i;
      score2[rows[i]] = update.score[from];
      yPred[rows[i]] = update.yPred[from];
    }
    return { ...base, score: score2, yPred };
  }
  if (base.task === "multiclass-classification" && update.task === "multiclass-classification") {
    const k = base.classCount;
    const probabilities = base.probabilities.slice();
    const yPred = base.yPred.slice();
    for (let i = 0; i < n; i++) {
      const from = at ? at[i] : i;
      probabilities.set(update.probabilities.subarray(from * k, (from + 1) * k), rows[i] * k);
      yPred[rows[i]] = update.yPred[from];
    }
    return { ...base, probabilities, yPred };
  }
  if (base.task === "regression" && update.task === "regression") {
    const prediction = base.prediction.slice();
    for (let i = 0; i < n; i++) prediction[rows[i]] = update.prediction[at ? at[i] : i];
    return { ...base, prediction };
  }
  throw new Error(`a ${update.task} prediction cannot update a ${base.task} one`);
}
function concatPredictions(parts) {
  if (parts.length === 1) return parts[0];
  const rowCount = parts.reduce((sum2, part) => sum2 + part.rowCount, 0);
  function joined(out, get) {
    let at = 0;
    for (const part of parts) {
      const values = get(part);
      out.set(values, at);
      at += values.length;
    }
    return out;
  }
  const first = parts[0];
  if (first.task === "binary-classification") {
    const of = (part) => part;
    return { ...first, rowCount, score: joined(new Float64Array(rowCount), (p) => of(p).score), yPred: joined(new Uint8Array(rowCount), (p) => of(p).yPred) };
  }
  if (first.task === "multiclass-classification") {
    const of = (part) => part;
    const probabilities = joined(new Float64Array(rowCount * first.classCount), (p) => of(p).probabilities);
    return { ...first, rowCount, probabilities, yPred: joined(new Int32Array(rowCount), (p) => of(p).yPred) };
  }
  return { ...first, rowCount, prediction: joined(new Float64Array(rowCount), (p) => p.prediction) };
}
function shufflePairs(table, features, repeats, rng) {
  const n = table.rowCount;
  const variants = [];
  let row = new Uint32Array(Math.max(16, n));
  let from = new Uint32Array(row.length);
  let pairs = 0;
  const start = new Uint32Array(features.length + 1);
  const draws = new Uint32Array(n);
  const perm = new Uint32Array(n);
  const changed = new Uint32Array(n);
  const at = new Uint32Array(n);
  const seenCount = new Uint32Array(n);
  const seenId = new Int32Array(n * repeats);
  const seenPair = new Uint32Array(n * repeats);
  for (const [f, feature] of features.entries()) {
    start[f] = pairs;
    const ids = valueIds(requireColumn(table, feature));
    seenCount.fill(0);
    for (let r = 0; r < repeats; r++) {
      rng.fillShuffle(draws);
      for (let i = 0; i < n; i++) perm[i] = i;
      for (let i = n - 1; i > 0; i--) {
        const j = draws[i];
        const swap = perm[i];
        perm[i] = perm[j];
        perm[j] = swap;
      }
      let count = 0;
      for (let i = 0; i < n; i++) {
        const source = perm[i];
        const id = ids[source];
        if (id === ids[i]) continue;
        let pair = -1;
        const slots = seenCount[i];
        for (let s = i * repeats, end = s + slots; s < end; s++) {
          if (seenId[s] === id) {
            pair = seenPair[s];
            break;
          }
        }
        if (pair < 0) {
          if (pairs === row.length) {
            row = grown(row, pairs);
            from = grown(from, pairs);
          }
          pair = pairs++;
          row[pair] = i;
          from[pair] = source;
          seenId[i * repeats + slots] = id;
          seenPair[i * repeats + slots] = pair;
          seenCount[i] = slots + 1;
        }
        changed[count] = i;
        at[count++] = pair;
      }
      variants.push({ rows: changed.slice(0, count), at: at.slice(0, count) });
    }
  }
  start[features.length] = pairs;
  return { variants, row: row.slice(0, pairs), from: from.slice(0, pairs), start };
}
function grown(array2, used) {
  const out = new Uint32Array(array2.length * 2);
  out.set(array2.subarray(0, used));
  return out;
}
function valueIds(column) {
  if (column.kind === "categorical") {
    const ids2 = new Int32Array(column.codes.length);
    for (let i = 0; i < ids2.length; i++) ids2[i] = column.codes[i] + 1;
    return ids2;
  }
  const { values } = column;
  const ids = new Int32Array(values.length);
  const seen = /* @__PURE__ */ new Map();
  let next = 0;
  let negativeZero = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === 0 && 1 / value < 0) {
      if (negativeZero < 0) negativeZero = next++;
      ids[i] = negativeZero;
      continue;
    }
    let id = seen.get(value);
    if (id === void 0) {
      id = next++;
      seen.set(value, id);
    }
    ids[i] = id;
  }
  return ids;
}
function pairTable(table, features, pairs, begin, end) {
  const { row, from, start } = pairs;
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of table.columns) {
    if (column.kind === "numeric") {
      const values = gatherFloat64(column.values, row, begin, end);
      for (const [f, feature] of features.entries()) if (feature === name) scatterFloat64(values, column.values, from, begin, Math.max(begin, start[f]), Math.min(end, start[f + 1]));
      columns.set(name, { ...column, values });
    } else {
      const codes = gatherInt32(column.codes, row, begin, end);
      for (const [f, feature] of features.entries()) if (feature === name) scatterInt32(codes, column.codes, from, begin, Math.max(begin, start[f]), Math.min(end, start[f + 1]));
      columns.set(name, { ...column, codes });
    }
  }
  return { rowCount: end - begin, columns };
}
function gatherFloat64(source, index, begin, end) {
  const out = new Float64Array(end - begin);
  for (let k = begin; k < end; k++) out[k - begin] = source[index[k]];
  return out;
}
function gatherInt32(source, index, begin, end) {
  const out = new Int32Array(end - begin);
  for (let k = begin; k < end; k++) out[k - begin] = source[index[k]];
  return out;
}
function scatterFloat64(out, source, index, offset, first, last) {
  for (let k = first; k < last; k++) out[k - offset] = source[index[k]];
}
function scatterInt32(out, source, index, offset, first, last) {
  for (let k = first; k < last; k++) out[k - offset] = source[index[k]];
}
var STACK_ROWS;
var init_batch = __esm({
  "src/commands/evaluate/batch.ts"() {
    "use strict";
    init_table();
    init_onnx();
    STACK_ROWS = 65536;
  }
});

// src/commands/evaluate/measure.ts
function sampleTable(table, seed) {
  if (table.rowCount <= SAMPLE_ROWS) return { table };
  const rng = createRng(seed);
  const indices = new Uint32Array(SAMPLE_ROWS);
  let chosen = 0;
  for (let row = 0; row < table.rowCount && chosen < SAMPLE_ROWS; row++) {
    if ((table.rowCount - row) * rng.nextFloat() < SAMPLE_ROWS - chosen) indices[chosen++] = row;
  }
  return { table: takeRows(table, indices), indices };
}
async function permutationImportance(runner, table, features, metric, toInput, options) {
  const baseline = options.baseline ?? await runner.predict(table);
  const reference = metricOrNaN(metric, toInput(baseline));
  const rng = createRng(options.seed);
  const pairs = shufflePairs(table, features, options.repeats, rng);
  const parts = [];
  try {
    for (let begin = 0; begin < pairs.row.length; begin += STACK_ROWS) parts.push(await runner.predict(pairTable(table, features, pairs, begin, Math.min(pairs.row.length, begin + STACK_ROWS))));
  } catch (error) {
    if (!isOutputError(error)) throw error;
    return importanceVariantByVariant(runner, table, features, metric, toInput, options.repeats, options.seed, baseline, reference);
  }
  const update = parts.length > 0 ? concatPredictions(parts) : void 0;
  const drop = (f, r) => {
    const variant = pairs.variants[f * options.repeats + r];
    return reference - metricOrNaN(metric, toInput(update ? withRows(baseline, variant.rows, update, variant.at) : withRows(baseline, variant.rows, baseline)));
  };
  return ranked(features, options.repeats, drop);
}
function ranked(features, repeats, drop) {
  const result = [];
  for (const [f, feature] of features.entries()) {
    const drops = [];
    for (let r = 0; r < repeats; r++) drops.push(drop(f, r));
    const mean = drops.reduce((a, b) => a + b, 0) / drops.length;
    const std = Math.sqrt(drops.reduce((a, b) => a + (b - mean) ** 2, 0) / drops.length);
    result.push({ feature, importance: mean, std });
  }
  return result.sort((a, b) => b.importance - a.importance);
}
async function importanceVariantByVariant(runner, table, features, metric, toInput, repeats, seed, baseline, reference) {
  const rng = createRng(seed);
  const shuffles = features.flatMap((feature) => Array.from({ length: repeats }, () => withShuffledColumn(table, feature, (bound) => rng.nextBelow(bound))));
  const changed = shuffles.map((shuffled, i) => changedRows(table, shuffled, features[Math.floor(i / repeats)]));
  const outcomes = (await predictEach(runner, shuffles.map((shuffled, i) => takeRows(shuffled, changed[i])))).map(
    (outcome, i) => "error" in outcome ? outcome : { prediction: withRows(baseline, changed[i], outcome.prediction) }
  );
  return ranked(features, repeats, (f, r) => {
    const outcome = outcomes[f * repeats + r];
    if ("error" in outcome) throw outcome.error;
    return reference - metricOrNaN(metric, toInput(outcome.prediction));
  });
}
var SAMPLE_ROWS;
var init_measure = __esm({
  "src/commands/evaluate/measure.ts"() {
    "use strict";
    init_simple_statistics();
    init_table();
    init_metrics();
    init_perturb();
    init_random();
    init_batch();
    SAMPLE_ROWS = 5e3;
  }
});

// src/core/evaluation/labels.ts
function missingRows(column) {
  let count = 0;
  let first = -1;
  const n = column.kind === "numeric" ? column.values.length : column.codes.length;
  for (let i = 0; i < n; i++) {
    const missing = column.kind === "numeric" ? Number.isNaN(column.values[i]) : column.codes[i] === MISSING_CODE;
    if (!missing) continue;
    count++;
    if (first === -1) first = i;
  }
  return { count, first };
}
function missingLabelsError(column, count, first) {
  return new LabelError(`label column '${column.name}' is missing on ${count} row(s), the first being data row ${first + 1}; every evaluation row needs a label`);
}
function rejectMissing(column) {
  const { count, first } = missingRows(column);
  if (count > 0) throw missingLabelsError(column, count, first);
}
function binaryTruth(column, positive) {
  const numeric = column.kind === "numeric";
  const values = numeric ? column.values : column.codes;
  const target = numeric ? Number(positive) : column.categories.indexOf(String(positive));
  const scan = scanBinary(values, numeric, target);
  if (scan.missing > 0) throw missingLabelsError(column, scan.missing, scan.firstMissing);
  if (column.kind === "numeric") {
    const distinct = scan.distinct.length > 2 ? [...new Set(column.values)] : scan.distinct;
    if (distinct.length > 2) throw new LabelError(`label column '${column.name}' has ${distinct.length} distinct values; binary classification needs two`);
    if (!distinct.includes(target)) throw new LabelError(`positive class ${String(positive)} never occurs in label column '${column.name}' (values: ${distinct.join(", ")})`);
    return scan.truth;
  }
  const used = scan.distinct.length > 2 ? [...new Set(column.codes)] : scan.distinct;
  if (used.length > 2) {
    const values2 = used.map((code) => column.categories[code]).slice(0, 10);
    throw new LabelError(`label column '${column.name}' has ${used.length} distinct values (${values2.join(", ")}); binary classification needs two`);
  }
  if (target === -1 || !used.includes(target)) {
    throw new LabelError(`positive class '${String(positive)}' never occurs in label column '${column.name}' (values: ${used.map((c) => column.categories[c]).join(", ")})`);
  }
  return scan.truth;
}
function scanBinary(values, numeric, target) {
  const n = values.length;
  const truth = new Uint8Array(n);
  const distinct = [];
  let missing = 0;
  let firstMissing = -1;
  let a = Number.NaN;
  let b = Number.NaN;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (numeric ? v !== v : v === MISSING_CODE) {
      if (missing++ === 0) firstMissing = i;
      continue;
    }
    if (v === target) truth[i] = 1;
    if (v === a || v === b || distinct.length > 2) continue;
    distinct.push(v);
    if (distinct.length === 1) a = v;
    else if (distinct.length === 2) b = v;
  }
  return { missing, firstMissing, distinct, truth };
}
function multiclassTruth(column, classes) {
  rejectMissing(column);
  const index = new Map(classes.map((c, i) => [String(c), i]));
  const text2 = (row) => column.kind === "numeric" ? String(column.values[row]) : column.categories[column.codes[row]];
  const n = column.kind === "numeric" ? column.values.length : column.codes.length;
  const truth = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    const k = index.get(text2(row));
    if (k === void 0) throw new LabelError(`label '${text2(row)}' on data row ${row + 1} is not one of data.label.classes (${classes.join(", ")})`);
    truth[row] = k;
  }
  return truth;
}
function regressionTruth(column) {
  if (column.kind !== "numeric") throw new LabelError(`label column '${column.name}' must be numeric for regression`);
  rejectMissing(column);
  return column.values;
}
var LabelError;
var init_labels = __esm({
  "src/core/evaluation/labels.ts"() {
    "use strict";
    init_table();
    LabelError = class extends Error {
    };
  }
});

// src/commands/evaluate/truth.ts
function truthInput(manifest, table) {
  const label = table.columns.get(manifest.data.label.column);
  const task = manifest.problem.task;
  if (task === "binary-classification") {
    const yTrue2 = binaryTruth(label, manifest.data.label.positive);
    return (p) => {
      if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
      return { task, yTrue: yTrue2, score: p.score, yPred: p.yPred };
    };
  }
  if (task === "multiclass-classification") {
    const classes = manifest.data.label.classes ?? (label.kind === "categorical" ? [...label.categories].sort() : []);
    const yTrue2 = multiclassTruth(label, classes);
    return (p) => {
      if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
      return { task, yTrue: yTrue2, probabilities: p.probabilities, classCount: p.classCount, yPred: p.yPred };
    };
  }
  const yTrue = regressionTruth(label);
  return (p) => {
    if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
    return { task, yTrue, yPred: p.prediction };
  };
}
var init_truth = __esm({
  "src/commands/evaluate/truth.ts"() {
    "use strict";
    init_labels();
  }
});

// src/commands/evaluate/champion-run.ts
var champion_run_exports = {};
__export(champion_run_exports, {
  IMPORTANCE_TOP: () => IMPORTANCE_TOP,
  championColumns: () => championColumns,
  runChampion: () => runChampion
});
function championColumns(manifest, table) {
  const names = [...manifest.data.features.map((f) => f.name), manifest.data.label.column];
  const columns = /* @__PURE__ */ new Map();
  for (const name of names) {
    const column = table.columns.get(name);
    if (column) columns.set(name, column);
  }
  return { rowCount: table.rowCount, columns };
}
async function runChampion(run) {
  const { manifest, table } = run;
  const runner = await openModel(run.artifactPath, runnerSpecFromManifest(manifest));
  try {
    const prediction = await runner.predict(table);
    truthInput(manifest, table)(prediction);
    const sample = run.sample ?? sampleTable(table, run.seed);
    const features = manifest.data.features.map((f) => f.name);
    const importance = await permutationImportance(runner, sample.table, features, run.metric, truthInput(manifest, sample.table), {
      repeats: run.repeats,
      seed: run.seed,
      // the whole table when it is small: its prediction is the one just made
      ...sample.indices ? {} : { baseline: prediction }
    });
    return { prediction, importance: importance.slice(0, IMPORTANCE_TOP) };
  } finally {
    await runner.release();
  }
}
var IMPORTANCE_TOP;
var init_champion_run = __esm({
  "src/commands/evaluate/champion-run.ts"() {
    "use strict";
    init_runner_spec();
    init_onnx();
    init_measure();
    init_truth();
    IMPORTANCE_TOP = 10;
  }
});

// src/core/drift/binned.ts
function total3(counts) {
  let sum2 = 0;
  for (let i = 0; i < counts.length; i++) sum2 += counts[i];
  return sum2;
}
function ksBinned(reference, current, threshold2 = DEFAULT_THRESHOLDS.ks, options = {}) {
  if (reference.length !== current.length) throw new RangeError(`ksBinned: ${reference.length} reference bins, ${current.length} current bins`);
  const m = total3(reference);
  const n = total3(current);
  if (m === 0 || n === 0) throw new RangeError("ksBinned needs at least one value on each side");
  let cumulativeReference = 0;
  let cumulativeCurrent = 0;
  let statistic = 0;
  for (let i = 0; i < reference.length; i++) {
    cumulativeReference += reference[i];
    cumulativeCurrent += current[i];
    const difference = Math.abs(cumulativeReference / m - cumulativeCurrent / n);
    if (difference > statistic) statistic = difference;
  }
  const effective = Math.max(1, roundHalfEven(Math.max(m, n) * Math.min(m, n) / (m + n)));
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
    detail: { pValueMethod: "asymptotic", approximation: "binned", bins: reference.length, referenceValues: m, currentValues: n }
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
  const n = total3(side.counts);
  const positions = [];
  const weights = [];
  for (let i = 0; i < side.counts.length; i++) {
    const count = side.counts[i];
    if (count === 0) continue;
    positions.push(side.sums[i] / count);
    weights.push(count / n);
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
  const n = total3(current.counts);
  const statistic = wassersteinOverCells(positions, m, n);
  return { pooled: Float64Array.from(pooled), reference: Float64Array.from(referenceCounts), statistic };
}
var init_binned = __esm({
  "src/core/drift/binned.ts"() {
    "use strict";
    init_defaults();
    init_definition();
    init_cells();
    init_permutation();
    init_kolmogorov();
    init_wasserstein();
  }
});

// src/core/schema/build.ts
var str, int, num, nullableNumber, array, obj;
var init_build = __esm({
  "src/core/schema/build.ts"() {
    "use strict";
    str = (description) => ({ type: "string", description });
    int = (description, minimum = 0) => ({ type: "integer", minimum, description });
    num = (description) => ({ type: "number", description });
    nullableNumber = (description) => ({ type: ["number", "null"], description });
    array = (description, items) => ({ type: "array", description, items });
    obj = (description, properties, required) => ({ type: "object", description, additionalProperties: false, required, properties });
  }
});

// src/core/drift/profile-schema.ts
var PROFILE_API_VERSION, numbers, PROFILE_SCHEMA;
var init_profile_schema = __esm({
  "src/core/drift/profile-schema.ts"() {
    "use strict";
    init_build();
    PROFILE_API_VERSION = "modelops/v1";
    numbers = (description) => array(description, { type: "number", description: "A value." });
    PROFILE_SCHEMA = {
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
  }
});

// src/core/drift/profile-error.ts
var ProfileError;
var init_profile_error = __esm({
  "src/core/drift/profile-error.ts"() {
    "use strict";
    ProfileError = class extends Error {
      name = "ProfileError";
    };
  }
});

// src/core/drift/profile.ts
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
  const ref = [];
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
    ref.push(r);
    cur.push(c);
  }
  return { labels, reference: Float64Array.from(ref), current: Float64Array.from(cur) };
}
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
    const ref = reference.columns.find((c) => c.name === name);
    const cur = current.columns.find((c) => c.name === name);
    if (!ref) throw new ProfileError(`the reference profile has no column '${name}'`);
    if (!cur) throw new ProfileError(`the current profile has no column '${name}'`);
    if (ref.kind !== cur.kind) throw new ProfileError(`column '${name}' is ${ref.kind} in the reference profile but ${cur.kind} in the current one`);
    return ref.kind === "numeric" ? numericColumnDrift(name, ref, cur, rows, settings) : categoricalColumnDrift(name, ref, cur, rows, settings);
  });
  return decideDataset(results, settings);
}
var rangeLabel, formatEdge, sturgesBins, missingShare2;
var init_profile = __esm({
  "src/core/drift/profile.ts"() {
    "use strict";
    init_table();
    init_binned();
    init_defaults();
    init_definition();
    init_dataset();
    init_permutation();
    init_registry();
    init_samples();
    init_profile_schema();
    init_profile_error();
    rangeLabel = (low, high, closed) => `[${formatEdge(low)}, ${formatEdge(high)}${closed ? "]" : ")"}`;
    formatEdge = (value) => String(Number(value.toPrecision(4)));
    sturgesBins = (n) => Math.max(1, Math.ceil(Math.log2(Math.max(1, n)) + 1));
    missingShare2 = (rows, missing) => ({ rows, missing, share: rows === 0 ? 0 : missing / rows });
  }
});

// src/core/drift/monitoring/isotonic.ts
function poolAdjacentViolators(values, weights) {
  const n = values.length;
  if (weights && weights.length !== n) throw new IsotonicError(`weights has ${weights.length} entries, values has ${n}`);
  const means = new Float64Array(n);
  const blockWeights = new Float64Array(n);
  const sizes = new Int32Array(n);
  let top = -1;
  for (let i = 0; i < n; i++) {
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
  const fitted = new Float64Array(n);
  let at = 0;
  for (let block = 0; block <= top; block++) {
    fitted.fill(means[block], at, at + sizes[block]);
    at += sizes[block];
  }
  return fitted;
}
function fitIsotonic(x, y, weights) {
  const n = x.length;
  if (n === 0) throw new IsotonicError("no points to fit");
  if (y.length !== n) throw new IsotonicError(`y has ${y.length} entries, x has ${n}`);
  if (weights && weights.length !== n) throw new IsotonicError(`weights has ${weights.length} entries, x has ${n}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i])) throw new IsotonicError(`x[${i}] is ${x[i]}; expected a finite number`);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || a - b);
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
var IsotonicError;
var init_isotonic = __esm({
  "src/core/drift/monitoring/isotonic.ts"() {
    "use strict";
    IsotonicError = class extends Error {
      name = "IsotonicError";
    };
  }
});

// src/core/drift/monitoring/calibration.ts
function fitCalibration(yTrue, score2, options = {}) {
  const { mode = "auto", seed = 0, splits = DEFAULT_CALIBRATION_SPLITS, testShare = DEFAULT_CALIBRATION_TEST_SHARE, bins = DEFAULT_CALIBRATION_BINS } = options;
  if (mode !== "auto" && mode !== "isotonic" && mode !== "none") throw new CalibrationError(`calibration must be 'auto', 'isotonic' or 'none'; got '${String(mode)}'`);
  if (!Number.isInteger(splits) || splits < 1) throw new CalibrationError(`calibration splits must be a positive integer; got ${splits}`);
  if (!(testShare > 0 && testShare < 1)) throw new CalibrationError(`calibration test share must be strictly between 0 and 1; got ${testShare}`);
  if (!Number.isInteger(bins) || bins < 1) throw new CalibrationError(`calibration bins must be a positive integer; got ${bins}`);
  if (yTrue.length !== score2.length) throw new CalibrationError(`score has ${score2.length} rows, yTrue has ${yTrue.length}`);
  const base = { mode, splits, testShare, bins, seed };
  if (mode === "none") return { decision: { ...base, applied: false, reason: "disabled" }, model: null };
  if (mode === "isotonic") return { decision: { ...base, applied: true, reason: "forced" }, model: fitIsotonic(score2, yTrue) };
  const positives = countPositives(yTrue);
  if (positives === 0 || positives === yTrue.length) return { decision: { ...base, applied: false, reason: "one-class" }, model: null };
  const auc = rocAuc.compute({ task: "binary-classification", yTrue, score: score2, yPred: new Uint8Array(yTrue.length) });
  if (auc > NEAR_PERFECT_AUC) return { decision: { ...base, applied: false, reason: "near-perfect-ranking" }, model: null };
  if (positives < 2 || yTrue.length - positives < 2) return { decision: { ...base, applied: false, reason: "too-few-rows" }, model: null };
  const { eceBefore, eceAfter } = heldOutEce(yTrue, score2, splits, testShare, bins, createRng(seed));
  const applied = eceBefore > eceAfter;
  return {
    decision: { ...base, applied, reason: applied ? "lowers-ece" : "does-not-lower-ece", eceBefore, eceAfter },
    model: applied ? fitIsotonic(score2, yTrue) : null
  };
}
function applyCalibration(calibration, score2) {
  return calibration.model ? predictIsotonic(calibration.model, score2) : score2;
}
function equalCountEce(yTrue, probability, bins = DEFAULT_CALIBRATION_BINS) {
  const n = probability.length;
  if (yTrue.length !== n) throw new CalibrationError(`probability has ${n} rows, yTrue has ${yTrue.length}`);
  const edges = binEdges(n, bins);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => probability[a] - probability[b] || a - b);
  let total4 = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const start = edges[b];
    const end = edges[b + 1];
    let gap = 0;
    for (let k = start; k < end; k++) gap += probability[order[k]] - yTrue[order[k]];
    total4 += Math.abs(gap) / n;
  }
  return total4;
}
function binEdges(n, bins) {
  let count = bins;
  if (n <= 2 * count) {
    count = Math.floor(n / 2);
    if (count < 2) throw new CalibrationError(`cannot split ${n} rows into at least 2 bins of 2 rows for the calibration error; the reference needs more rows`);
  }
  const width = Math.floor(n / count);
  const edges = [];
  for (let edge = 0; edge <= n; edge += width) edges.push(edge);
  edges[edges.length - 1] = n;
  return edges;
}
function heldOutEce(yTrue, score2, splits, testShare, bins, rng) {
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
        trainScore.push(score2[i]);
        trainTruth.push(yTrue[i]);
      }
    }
    const calibrator = fitIsotonic(trainScore, trainTruth);
    const calibrated = predictIsotonic(
      calibrator,
      splitTest.map((i) => score2[i])
    );
    splitTest.forEach((row, k) => {
      testTruth.push(yTrue[row]);
      testRaw.push(score2[row]);
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
var DEFAULT_CALIBRATION_SPLITS, DEFAULT_CALIBRATION_TEST_SHARE, DEFAULT_CALIBRATION_BINS, NEAR_PERFECT_AUC, CalibrationError;
var init_calibration = __esm({
  "src/core/drift/monitoring/calibration.ts"() {
    "use strict";
    init_roc_auc();
    init_random();
    init_isotonic();
    DEFAULT_CALIBRATION_SPLITS = 10;
    DEFAULT_CALIBRATION_TEST_SHARE = 0.1;
    DEFAULT_CALIBRATION_BINS = 10;
    NEAR_PERFECT_AUC = 0.999;
    CalibrationError = class extends Error {
      name = "CalibrationError";
    };
  }
});

// src/core/drift/monitoring/cbpe.ts
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
    const band = estimate !== null && standardError !== null;
    const thresholds = model.alertThresholds[metric];
    return {
      metric,
      estimate,
      standardError,
      lower: band ? Math.max(0, estimate - SAMPLING_ERROR_RANGE * standardError) : null,
      upper: band ? Math.min(1, estimate + SAMPLING_ERROR_RANGE * standardError) : null,
      realised: current.yTrue ? realised(metric, current.yTrue, yPred, current.score) : null,
      reference: model.referenceRealised[metric],
      thresholds,
      alert: estimate !== null && (thresholds.lower !== null && estimate < thresholds.lower || thresholds.upper !== null && estimate > thresholds.upper)
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
  const n = probability.length;
  let totalPositive = 0;
  for (let i = 0; i < n; i++) totalPositive += probability[i];
  const totalNegative = n - totalPositive;
  if (!(totalPositive > 0 && totalNegative > 0)) return null;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rankingScore[b] - rankingScore[a] || a - b);
  let area = 0;
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n; ) {
    const value = rankingScore[order[k]];
    let stepPositive = 0;
    let stepNegative = 0;
    while (k < n && rankingScore[order[k]] === value) {
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
  const n = probability.length;
  let a = 0;
  let b = 0;
  let vA = 0;
  let vB = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
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
    accuracy: root((vA + vB) / (n * n)),
    precision: m > 0 ? root(vA / (m * m)) : null,
    recall: a + b > 0 ? root((b * b * vA + a * a * vB) / (a + b) ** 4) : null,
    f1: f1Denominator > 0 ? root(((2 * (b + m)) ** 2 * vA + (2 * a) ** 2 * vB) / f1Denominator ** 4) : null,
    roc_auc: auc === null ? null : root(aucVariance(probability, rankingScore, auc))
  };
}
function aucVariance(probability, rankingScore, auc) {
  const n = probability.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += probability[i];
  const negatives = n - positives;
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => rankingScore[x] - rankingScore[y] || x - y);
  let negativesBelow = 0;
  let positivesBelow = 0;
  let variance = 0;
  for (let k = 0; k < n; ) {
    let end = k;
    let tiedPositive = 0;
    let tiedNegative = 0;
    while (end < n && rankingScore[order[end]] === rankingScore[order[k]]) {
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
function chunkThresholds(metric, yTrue, yPred, score2, chunks) {
  const n = yTrue.length;
  const size = Math.floor(n / chunks);
  if (size === 0) return { lower: null, upper: null, chunksUsed: 0 };
  const values = [];
  for (let c = 0; c < chunks; c++) {
    const start = c * size;
    const end = c === chunks - 1 ? n : start + size;
    const value = realised(metric, yTrue.subarray(start, end), yPred.subarray(start, end), score2.subarray(start, end));
    if (value !== null) values.push(value);
  }
  if (values.length < 2) return { lower: null, upper: null, chunksUsed: values.length };
  const mean = values.reduce((sum2, value) => sum2 + value, 0) / values.length;
  const spread = THRESHOLD_STD_MULTIPLIER * populationStd(values);
  return { lower: Math.max(0, mean - spread), upper: Math.min(1, mean + spread), chunksUsed: values.length };
}
function realised(metric, yTrue, yPred, score2) {
  try {
    return DEFINITIONS[metric].compute({ task: "binary-classification", yTrue, yPred, score: score2 });
  } catch (error) {
    if (error instanceof MetricError && error.code === "undefined") return null;
    throw error;
  }
}
function predictedClasses(side, score2, yPred, threshold2) {
  if (yPred) {
    checkLabels(side, "yPred", yPred, score2.length);
    return yPred;
  }
  const derived = new Uint8Array(score2.length);
  for (let i = 0; i < score2.length; i++) derived[i] = score2[i] >= threshold2 ? 1 : 0;
  return derived;
}
function checkScores(side, score2) {
  for (let i = 0; i < score2.length; i++) {
    const p = score2[i];
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
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return Math.sqrt(squares / n);
}
var CBPE_METRICS, SAMPLING_ERROR_RANGE, DEFAULT_REFERENCE_CHUNKS, THRESHOLD_STD_MULTIPLIER, DEFINITIONS, CbpeError;
var init_cbpe = __esm({
  "src/core/drift/monitoring/cbpe.ts"() {
    "use strict";
    init_accuracy();
    init_f1();
    init_metric();
    init_precision();
    init_recall();
    init_roc_auc();
    init_calibration();
    CBPE_METRICS = ["accuracy", "precision", "recall", "f1", "roc_auc"];
    SAMPLING_ERROR_RANGE = 3;
    DEFAULT_REFERENCE_CHUNKS = 10;
    THRESHOLD_STD_MULTIPLIER = 3;
    DEFINITIONS = { accuracy, precision, recall, f1, roc_auc: rocAuc };
    CbpeError = class extends Error {
      name = "CbpeError";
    };
  }
});

// src/core/drift/monitoring/logistic.ts
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
  let z2 = 0;
  for (let k = row * width, end = k + width; k < end; k++) z2 += w[index[k]] * value[k];
  return z2;
}
function softplus(x) {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}
function penalisedLoss(design, target, rows, w, penalty, unpenalised) {
  let loss = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const z2 = linearPredictor(design, row, w);
    loss += target[row] === 1 ? softplus(-z2) : softplus(z2);
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
    const z2 = linearPredictor(design, row, w);
    const probability = 1 / (1 + Math.exp(-z2));
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
function choleskySolve(a, n, b) {
  choleskyFactor(a, n);
  solveFactored(a, n, b);
}
function choleskyFactor(a, n) {
  for (let j = 0; j < n; j++) {
    let diagonal = a[j * n + j];
    for (let k = 0; k < j; k++) diagonal -= a[j * n + k] ** 2;
    if (!(diagonal > 0)) throw new LogisticError(`the Hessian is not positive definite at pivot ${j} (${diagonal}); the design has a zero feature`);
    const root = Math.sqrt(diagonal);
    a[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let sum2 = a[i * n + j];
      for (let k = 0; k < j; k++) sum2 -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = sum2 / root;
    }
  }
}
function solveFactored(l, n, b) {
  for (let i = 0; i < n; i++) {
    let sum2 = b[i];
    for (let k = 0; k < i; k++) sum2 -= l[i * n + k] * b[k];
    b[i] = sum2 / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum2 = b[i];
    for (let k = i + 1; k < n; k++) sum2 -= l[k * n + i] * b[k];
    b[i] = sum2 / l[i * n + i];
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
function identity(n) {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}
var LogisticError;
var init_logistic = __esm({
  "src/core/drift/monitoring/logistic.ts"() {
    "use strict";
    LogisticError = class extends Error {
      name = "LogisticError";
    };
  }
});

// src/core/drift/monitoring/domain-classifier.ts
function domainClassifier(reference, current, options = {}) {
  const settings = resolve(options);
  const columns = selectColumns(reference, current, options.columns);
  if (reference.rowCount === 0) throw new DomainClassifierError("the reference data has no rows: the domain classifier needs rows on both sides");
  if (current.rowCount === 0) throw new DomainClassifierError("the current data has no rows: the domain classifier needs rows on both sides");
  for (const [side, table] of [["reference", reference], ["current", current]]) {
    if (table.rowCount < settings.folds) {
      throw new DomainClassifierError(`the ${side} data has ${table.rowCount} row(s); ${settings.folds}-fold cross-validation needs at least ${settings.folds} per side (lower 'folds' or supply more rows)`);
    }
  }
  const rng = createRng(settings.seed);
  const referenceRows = subsample(reference.rowCount, settings.maxRowsPerSide, rng);
  const currentRows = subsample(current.rowCount, settings.maxRowsPerSide, rng);
  const { design, encodings, skipped } = encode(columns, reference, current, referenceRows, currentRows, settings.topCategories);
  if (encodings.length === 0) {
    throw new DomainClassifierError(`no feature column varies (${skipped.map((s) => `'${s.column}': ${s.reason}`).join("; ")}); there is nothing to tell the two samples apart by`);
  }
  const n = design.rows;
  const target = new Uint8Array(n);
  target.fill(1, referenceRows.length);
  const full = fitLogistic(design, target, void 0, { c: settings.c });
  const folds = randomFolds(n, settings.folds, rng);
  const heldOut = Array.from({ length: settings.folds }, (_, f) => rowsWhere(folds, (fold) => fold === f));
  const steps = heldOut.map((_, f) => newtonStepFromZero(design, rowsWhere(folds, (fold) => fold !== f), { c: settings.c }));
  const crossValidate = crossValidator(design, folds, heldOut, steps);
  const { scores: outOfFold, coefficients: foldCoefficients } = crossValidate(target);
  const auc = areaUnderCurve(target, outOfFold);
  const foldAucs = heldOut.map((rows) => areaUnderCurve(pick(target, rows), pick(outOfFold, rows)));
  const permutations = permutationsFor(n, settings);
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
  const integer = (name, value, least) => {
    if (!Number.isInteger(value) || value < least) throw new DomainClassifierError(`${name} must be an integer of at least ${least}; got ${value}`);
  };
  integer("folds", folds, 2);
  integer("maxRowsPerSide", maxRowsPerSide, folds);
  integer("topCategories", topCategories, 1);
  integer("permutationRepeats", permutationRepeats, 1);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new DomainClassifierError(`seed must be an integer in [0, 2^53); got ${seed}`);
  if (!(c > 0 && Number.isFinite(c))) throw new DomainClassifierError(`c (inverse regularisation strength) must be a positive number; got ${c}`);
  const { alpha = DEFAULT_ALPHA2, permutations = DEFAULT_PERMUTATIONS } = options;
  if (!(alpha > 0 && alpha < 1)) throw new DomainClassifierError(`alpha must be strictly between 0 and 1; got ${alpha}`);
  integer("permutations", permutations, minPermutations(alpha));
  const band = options.aucBand;
  if (band && band.max === void 0) throw new DomainClassifierError("auc_band needs a max: an AUC above it is drift (one below 0.5 never is)");
  if (band?.min !== void 0 && !(band.min < band.max)) throw new DomainClassifierError(`auc_band min (${band.min}) must be below max (${band.max})`);
  return { ...band ? { band } : {}, alpha, permutations, folds, seed, maxRowsPerSide, topCategories, c, permutationRepeats };
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
function subsample(n, limit, rng) {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (n <= limit) return all;
  for (let i = 0; i < limit; i++) {
    const j = i + rng.nextBelow(n - i);
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
  const fill = (table, sourceRows, offset) => {
    for (let r = 0; r < sourceRows.length; r++) {
      index[(offset + r) * width] = 0;
      value[(offset + r) * width] = 1;
    }
    plans.forEach((plan, p) => {
      const encoding = encodings[p];
      if (plan.kind === "numeric") {
        const values = table.columns.get(plan.name).values;
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
        const column = table.columns.get(plan.name);
        const levelOfCode = column.categories.map((text2) => plan.levelOf.get(text2) ?? plan.otherLevel);
        for (let r = 0; r < sourceRows.length; r++) {
          const at = (offset + r) * width + encoding.firstSlot;
          const code = column.codes[sourceRows[r]];
          index[at] = encoding.firstFeature + (code === MISSING_CODE ? plan.missingLevel : levelOfCode[code]);
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
  const withMissing2 = missing > 0 && count > 0;
  if (!withValue && !withMissing2) return count === 0 ? "missing on every row of both sides" : "one value on every row of both sides";
  return { kind: "numeric", name: reference.name, mean, std: withValue ? std : 1, withValue, withMissing: withMissing2 };
}
function planCategorical(reference, current, referenceRows, currentRows, topCategories) {
  const counts = /* @__PURE__ */ new Map();
  let missing = 0;
  const add = (column, rows) => {
    const perCode = new Float64Array(column.categories.length);
    for (let r = 0; r < rows.length; r++) {
      const code = column.codes[rows[r]];
      if (code === MISSING_CODE) missing++;
      else perCode[code]++;
    }
    perCode.forEach((count, code) => {
      if (count > 0) counts.set(column.categories[code], (counts.get(column.categories[code]) ?? 0) + count);
    });
  };
  add(reference, referenceRows);
  add(current, currentRows);
  const ranked2 = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = ranked2.slice(0, topCategories).map(([text2]) => text2);
  const labels = [...kept];
  const otherLevel = ranked2.length > topCategories ? labels.push("(other)") - 1 : -1;
  const missingLevel = missing > 0 ? labels.push("(missing)") - 1 : -1;
  if (labels.length < 2) return ranked2.length === 0 ? "missing on every row of both sides" : "one category on every row of both sides";
  return { kind: "categorical", name: reference.name, levelOf: new Map(kept.map((text2, level) => [text2, level])), otherLevel, missingLevel, labels };
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
function areaUnderCurve(target, score2) {
  const yPred = new Uint8Array(score2.length);
  for (let i = 0; i < score2.length; i++) yPred[i] = score2[i] >= 0 ? 1 : 0;
  return rocAuc.compute({ task: "binary-classification", yTrue: target, score: score2, yPred });
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
var DEFAULT_FOLDS, DEFAULT_ALPHA2, DEFAULT_PERMUTATIONS, PERMUTED_ROWS_BUDGET, MIN_PERMUTATIONS, DEFAULT_MAX_ROWS_PER_SIDE, DEFAULT_TOP_CATEGORIES, DEFAULT_PERMUTATION_REPEATS, STANDARDISED_CLIP, DomainClassifierError;
var init_domain_classifier = __esm({
  "src/core/drift/monitoring/domain-classifier.ts"() {
    "use strict";
    init_table();
    init_roc_auc();
    init_random();
    init_logistic();
    DEFAULT_FOLDS = 5;
    DEFAULT_ALPHA2 = 0.05;
    DEFAULT_PERMUTATIONS = 99;
    PERMUTED_ROWS_BUDGET = 2e6;
    MIN_PERMUTATIONS = 19;
    DEFAULT_MAX_ROWS_PER_SIDE = 2e4;
    DEFAULT_TOP_CATEGORIES = 10;
    DEFAULT_PERMUTATION_REPEATS = 5;
    STANDARDISED_CLIP = 10;
    DomainClassifierError = class extends Error {
      name = "DomainClassifierError";
    };
  }
});

// src/core/drift/analysis.ts
var analysis_exports = {};
__export(analysis_exports, {
  MISSING_SHARE_ALPHA: () => MISSING_SHARE_ALPHA,
  MISSING_SHARE_MIN_CHANGE: () => MISSING_SHARE_MIN_CHANGE,
  analyseDrift: () => analyseDrift,
  analyseProfileDrift: () => analyseProfileDrift,
  columnReport: () => columnReport,
  featureSides: () => featureSides,
  missingSignal: () => missingSignal,
  severity: () => severity,
  testFeature: () => testFeature
});
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
function rawHistogram(column) {
  if (column.reference.kind !== "numeric" || column.current.kind !== "numeric") return void 0;
  const ref = column.reference.sorted;
  const cur = column.current.sorted;
  if (ref.length === 0 || cur.length === 0) return void 0;
  const share = (counts, n) => Array.from(counts, (c) => c / n);
  if (distinctUnionCount(ref, cur, MAX_VALUES_UNBINNED + 1) <= MAX_VALUES_UNBINNED) {
    const counts = valueCounts(ref, cur);
    return { column: column.name, bins: Array.from(counts.values, formatEdge2), reference: share(counts.a, ref.length), current: share(counts.b, cur.length) };
  }
  const min = Math.min(ref[0], cur[0]);
  const max = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
  const bins = min === max ? 1 : HISTOGRAM_BINS;
  const edges = new Float64Array(bins + 1);
  for (let k = 0; k < bins; k++) edges[k] = min + (max - min) * k / bins;
  edges[bins] = max === min ? max + 1 : max;
  return {
    column: column.name,
    bins: Array.from({ length: bins }, (_, k) => `[${formatEdge2(edges[k])}, ${formatEdge2(edges[k + 1])}${k === bins - 1 ? "]" : ")"}`),
    reference: share(histogramSorted(ref, edges), ref.length),
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
    const performance2 = performanceReport(input.performance, seed);
    if (isSkipped(performance2)) skipped.push(performance2);
    else out.performance = performance2;
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
    const ref = input.reference.columns.find((c) => c.name === worst.column);
    const cur = input.current.columns.find((c) => c.name === worst.column);
    const histogram = profileHistogram(ref, cur);
    if (histogram) out.histogram = histogram;
  }
  return out;
}
var MISSING_SHARE_MIN_CHANGE, MISSING_SHARE_ALPHA, HISTOGRAM_BINS, HISTOGRAM_MAX_GROUPS, TOP_DOMAIN_FEATURES, formatEdge2, isSkipped;
var init_analysis = __esm({
  "src/core/drift/analysis.ts"() {
    "use strict";
    init_table();
    init_dataset();
    init_features();
    init_profile();
    init_samples();
    init_z();
    init_cbpe();
    init_domain_classifier();
    MISSING_SHARE_MIN_CHANGE = 0.01;
    MISSING_SHARE_ALPHA = 0.05;
    HISTOGRAM_BINS = 10;
    HISTOGRAM_MAX_GROUPS = 12;
    TOP_DOMAIN_FEATURES = 5;
    formatEdge2 = (value) => String(Number(value.toPrecision(4)));
    isSkipped = (value) => "part" in value && "reason" in value;
  }
});

// src/commands/drift-worker.ts
init_features();
import { parentPort } from "node:worker_threads";

// src/commands/drift-worker-protocol.ts
function errorReply(id, error) {
  return {
    id,
    error: { kind: error instanceof RangeError ? "range" : "other", message: error instanceof Error ? error.message : String(error), ...error instanceof Error && error.stack ? { stack: error.stack } : {} }
  };
}
function detached(value, transfer, owned = false) {
  const seen = new Set(transfer);
  const done = /* @__PURE__ */ new Map();
  const walk = (v) => {
    if (v === null || typeof v !== "object") return v;
    if (ArrayBuffer.isView(v)) {
      if (v instanceof DataView) return v;
      if (done.has(v)) return done.get(v);
      const array2 = v;
      const whole = array2.byteOffset === 0 && array2.byteLength === array2.buffer.byteLength && array2.buffer instanceof ArrayBuffer;
      let out2 = array2;
      if (owned && whole && !seen.has(array2.buffer)) transfer.push(array2.buffer);
      else {
        out2 = array2.slice();
        transfer.push(out2.buffer);
      }
      seen.add(out2.buffer);
      done.set(v, out2);
      return out2;
    }
    if (v instanceof Map) return new Map(Array.from(v, ([key2, item]) => [key2, walk(item)]));
    if (Array.isArray(v)) return v.map(walk);
    if (Object.getPrototypeOf(v) !== Object.prototype) return v;
    const out = {};
    for (const key2 of Object.keys(v)) out[key2] = walk(v[key2]);
    return out;
  };
  return walk(value);
}

// src/commands/drift-worker.ts
var port = parentPort;
var queue = Promise.resolve();
port.on("message", (request) => {
  queue = queue.then(async () => {
    let reply;
    const transfer = [];
    try {
      if (request.kind === "features") {
        const tested = request.features.map(({ reference, current }) => testFeature(reference, current, request.settings, request.also));
        reply = { id: request.id, kind: "features", tested: detached(tested, transfer, true) };
      } else if (request.kind === "champion") {
        const { runChampion: runChampion2 } = await Promise.resolve().then(() => (init_champion_run(), champion_run_exports));
        reply = { id: request.id, kind: "champion", outcome: detached(await runChampion2(request.run), transfer, true) };
      } else {
        const { analyseDrift: analyseDrift2 } = await Promise.resolve().then(() => (init_analysis(), analysis_exports));
        reply = { id: request.id, kind: "analysis", evaluation: detached(analyseDrift2(request.input), transfer, true) };
      }
    } catch (error) {
      reply = errorReply(request.id, error);
    }
    port.postMessage(reply, transfer);
  });
});
