import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  MetricError,
  accuracy,
  f1,
  precision,
  recall,
  rocAuc,
  sortedFinite
} from "./chunk-AV2Z3ROV.js";
import {
  worstVerdict
} from "./chunk-CE3A4YL5.js";

// src/core/data/table.ts
var MISSING_CODE = -1;
function requireColumn(table, name) {
  const column = table.columns.get(name);
  if (!column) throw new Error(`column '${name}' was not loaded`);
  return column;
}
function takeRows(table, indices) {
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of table.columns) {
    if (column.kind === "numeric") columns.set(name, { ...column, values: Float64Array.from({ length: indices.length }, (_, i) => column.values[indices[i]]) });
    else columns.set(name, { ...column, codes: Int32Array.from({ length: indices.length }, (_, i) => column.codes[indices[i]]) });
  }
  return { rowCount: indices.length, columns };
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
    }
  };
}
function sampleIndices(n, rng, out) {
  const limit = rejectionLimit(n);
  for (let i = 0; i < out.length; i++) {
    let draw = rng.nextUint32();
    while (draw >= limit) draw = rng.nextUint32();
    out[i] = draw % n;
  }
  return out;
}
function rejectionLimit(bound) {
  if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
    throw new RangeError(`bound must be an integer in [1, 2^32]; got ${bound}`);
  }
  return TWO_POW_32 - TWO_POW_32 % bound;
}

// src/core/drift/permutation.ts
var FIRST_STAGE_PERMUTATIONS = 199;
var MAX_PERMUTATIONS = 999;
var TIE_TOLERANCE = 1e-12;
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
var TWO_POW_322 = 4294967296;
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
  const atMode = logFactorial(mode) + logFactorial(fewer - mode) + logFactorial(sample - mode) + logFactorial(more - sample + mode);
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
    const t = atMode - (population < table.length ? table[k] + table[fewer - k] + table[sample - k] + table[more - sample + k] : logFactorial(k) + logFactorial(fewer - k) + logFactorial(sample - k) + logFactorial(more - sample + k));
    if (u * (4 - u) - 3 <= t) break;
    if (u * (u - t) >= 1) continue;
    if (2 * Math.log(u) <= t) break;
  }
  if (successes > population - successes) k = sample - k;
  if (sample < draws) k = successes - k;
  return k;
}
var SMALL_LOG_FACTORIALS = (() => {
  const table = new Float64Array(32);
  for (let k = 2; k < table.length; k++) table[k] = table[k - 1] + Math.log(k);
  return table;
})();
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
  constructor(code, method, message) {
    super(`${method}: ${message}`);
    this.code = code;
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
var FIXED_ESTIMATE_PERMUTATIONS = 199;
function sampleSize(sample) {
  return sample.kind === "numeric" ? sample.sorted.length : sample.total;
}

// src/core/drift/samples.ts
function prepareColumn(reference, current) {
  if (reference.kind !== current.kind) {
    throw new RangeError(`column '${reference.name}' is ${reference.kind} in the reference but ${current.kind} in the current data: load it as the same kind on both sides`);
  }
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
  let at = 0;
  while (at < sorted.length && sorted[at] < edges[0]) at++;
  for (let bin = 0; bin < bins; bin++) {
    const start = at;
    const upper = edges[bin + 1];
    if (bin < bins - 1) while (at < sorted.length && sorted[at] < upper) at++;
    else while (at < sorted.length && sorted[at] <= upper) at++;
    counts[bin] = at - start;
  }
  return counts;
}
var MAX_VALUES_UNBINNED = 20;
function evidentlyBins(reference, current, method) {
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

// src/core/drift/cells.ts
var MAX_PERMUTATION_CELLS = 1e3;
var LARGE_SAMPLE_ROWS = 1e4;
var LARGE_SAMPLE_CELLS = 250;
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
  const counts = valueCounts(reference, current);
  const distinct = counts.values.length;
  const pooled = new Float64Array(distinct);
  for (let k = 0; k < distinct; k++) pooled[k] = counts.a[k] + counts.b[k];
  if (distinct <= maxCells) return { positions: counts.values, pooled, reference: counts.a, distinct, grouped: false };
  const total4 = reference.length + current.length;
  const target = total4 / maxCells;
  const positions = [];
  const pooledRuns = [];
  const referenceRuns = [];
  let rows = 0;
  let referenceRows = 0;
  let weighted = 0;
  let cumulative = 0;
  for (let k = 0; k < distinct; k++) {
    rows += pooled[k];
    referenceRows += counts.a[k];
    weighted += pooled[k] * counts.values[k];
    cumulative += pooled[k];
    if (cumulative >= (pooledRuns.length + 1) * target || k === distinct - 1) {
      positions.push(weighted / rows);
      pooledRuns.push(rows);
      referenceRuns.push(referenceRows);
      rows = 0;
      referenceRows = 0;
      weighted = 0;
    }
  }
  return { positions: Float64Array.from(positions), pooled: Float64Array.from(pooledRuns), reference: Float64Array.from(referenceRuns), distinct, grouped: true };
}
function countLayout(reference, current, statistic, detail = {}) {
  const pooled = new Float64Array(reference.length);
  for (let k = 0; k < reference.length; k++) pooled[k] = reference[k] + current[k];
  return { pooled, reference: Float64Array.from(reference), statistic, toScore: 1, detail: { cells: reference.length, ...detail } };
}
function total(values) {
  let sum3 = 0;
  for (let k = 0; k < values.length; k++) sum3 += values[k];
  return sum3;
}

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
  for (let i = 0; i < 4; i++) terms[i] = terms[i] * q * SQRT_2PI / divisors[i];
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
  terms[2] = terms[2] + k2Extra * PI_SQUARED * SQRT_2PI / (-36 * z3);
  terms[3] = terms[3] + k3Extra * PI_SQUARED * SQRT_2PI / (216 * z6);
  let sum3 = 0;
  for (let i = 0; i < 4; i++) sum3 += terms[i] / n ** (i / 2);
  return sum3;
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
  while (peak > 0 && term(peak - 1) > peakTerm) peakTerm = term(--peak);
  while (peak < lastTerm && term(peak + 1) > peakTerm) peakTerm = term(++peak);
  let sum3 = peakTerm;
  for (let v = peak + 1; v <= lastTerm; v++) {
    const value = term(v);
    sum3 += value;
    if (4 * (lastTerm - v) * value < Number.EPSILON * sum3) break;
  }
  for (let v = peak - 1; v >= 0; v--) {
    const value = term(v);
    sum3 += value;
    if (4 * v * value < Number.EPSILON * sum3) break;
  }
  return clip(sum3);
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

// src/core/drift/methods/wasserstein.ts
var MIN_REFERENCE_STD = 1e-3;
function wassersteinDistance(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("wasserstein_distance needs at least one value in each sample");
  let weighted = 0;
  let i = 0;
  let j = 0;
  let previous = Math.min(a[0], b[0]);
  while (i < n1 || j < n2) {
    const fromA = j >= n2 || i < n1 && a[i] <= b[j];
    const value = fromA ? a[i] : b[j];
    const difference = i * n2 - j * n1;
    weighted += (difference < 0 ? -difference : difference) * (value - previous);
    previous = value;
    if (fromA) i++;
    else j++;
  }
  return weighted / n1 / n2;
}
function standardDeviation(values) {
  let sum3 = 0;
  for (let i = 0; i < values.length; i++) sum3 += values[i];
  const mean2 = sum3 / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean2) ** 2;
  return Math.sqrt(squares / values.length);
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
    const referenceStd = standardDeviation(reference.sorted);
    const normalised = distance / Math.max(referenceStd, MIN_REFERENCE_STD);
    return { statistic: normalised, score: normalised, detail: { distance, referenceStd } };
  },
  layout(reference, current) {
    if (reference.kind !== "numeric" || current.kind !== "numeric") throw new Error("unreachable: wasserstein applies to numeric samples");
    const cells = valueCells(reference.sorted, current.sorted, cellBudget(reference.sorted.length, current.sorted.length));
    const m = reference.sorted.length;
    const n = current.sorted.length;
    const { positions } = cells;
    const statistic = wassersteinOverCells(positions, m, n);
    return {
      pooled: cells.pooled,
      reference: cells.reference,
      statistic,
      toScore: 1 / Math.max(standardDeviation(reference.sorted), MIN_REFERENCE_STD),
      detail: { cells: cells.pooled.length, ...cells.grouped ? { grouped: true } : {} }
    };
  }
});

// src/core/drift/binned.ts
function total2(counts) {
  let sum3 = 0;
  for (let i = 0; i < counts.length; i++) sum3 += counts[i];
  return sum3;
}
function ksBinned(reference, current, threshold2 = DEFAULT_THRESHOLDS.ks, options = {}) {
  if (reference.length !== current.length) throw new RangeError(`ksBinned: ${reference.length} reference bins, ${current.length} current bins`);
  const m = total2(reference);
  const n = total2(current);
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
  const n = total2(side.counts);
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
  if (total2(reference.counts) === 0 || total2(current.counts) === 0) throw new RangeError("wassersteinBinned needs at least one value on each side");
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
  const m = total2(reference.counts);
  const n = total2(current.counts);
  const statistic = wassersteinOverCells(positions, m, n);
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

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum2(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum3 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum3 !== "number") {
    return Number.NaN;
  }
  for (var i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum3 + x[i];
    if (Math.abs(sum3) >= Math.abs(x[i])) {
      correction += sum3 - transition + x[i];
    } else {
      correction += x[i] - transition + sum3;
    }
    sum3 = transition;
  }
  return sum3 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum2(x) / x.length;
}
function sumNthPowerDeviations(x, n) {
  var meanValue = mean(x);
  var sum3 = 0;
  var tempValue;
  var i;
  if (n === 2) {
    for (i = 0; i < x.length; i++) {
      tempValue = x[i] - meanValue;
      sum3 += tempValue * tempValue;
    }
  } else {
    for (i = 0; i < x.length; i++) {
      sum3 += Math.pow(x[i] - meanValue, n);
    }
  }
  return sum3;
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
  var sum3 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum3 += tmp;
  }
  return Math.round((0.5 + sum3 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI2 = Math.sqrt(2 * Math.PI);
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
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    ratio2 = (num + C[7]) / (den + D[7]);
  } else {
    const inverseSquare = 1 / (y * y);
    let num = P[5] * inverseSquare;
    let den = inverseSquare;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * inverseSquare;
      den = (den + Q[i]) * inverseSquare;
    }
    ratio2 = inverseSquare * (num + P[4]) / (den + Q[4]);
    ratio2 = (ONE_OVER_SQRT_2PI - ratio2) / y;
  }
  const rounded = Math.trunc(y * 16) / 16;
  const del = (y - rounded) * (y + rounded);
  return Math.exp(-rounded * rounded / 2) * Math.exp(-del / 2) * ratio2;
}
function centralOffset(x) {
  const square = Math.abs(x) > 111e-18 ? x * x : 0;
  let num = A[4] * square;
  let den = square;
  for (let i = 0; i < 3; i++) {
    num = (num + A[i]) * square;
    den = (den + B[i]) * square;
  }
  return x * (num + A[3]) / (den + B[3]);
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
    let sum3 = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum3 += term;
      if (Math.abs(term) < Math.abs(sum3) * Number.EPSILON) break;
    }
    return Math.min(1, Math.max(0, 1 - sum3 * Math.exp(logPrefactor)));
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

// src/core/drift/methods/ks.ts
var KS_EXACT_MAX_SIZE = 1e4;
function ksTwoSample(a, b, method = "auto") {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("ks_2samp needs at least one value in each sample");
  let largest = 0;
  let i = 0;
  let j = 0;
  while (i < n1 && j < n2) {
    const x = a[i];
    const y = b[j];
    if (x < y) i++;
    else if (y < x) j++;
    else {
      do
        i++;
      while (i < n1 && a[i] === x);
      do
        j++;
      while (j < n2 && b[j] === x);
    }
    const difference = i * n2 - j * n1;
    if (difference > largest) largest = difference;
    else if (-difference > largest) largest = -difference;
  }
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
    const n = current.sorted.length;
    const cells = valueCells(reference.sorted, current.sorted, MAX_PERMUTATION_CELLS);
    if (cells.grouped || cells.distinct === m + n) return void 0;
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
    const referencePercents = fillEmptyBins(shares(binned.reference, total3(binned.reference)));
    const currentPercents = fillEmptyBins(shares(binned.current, total3(binned.current)));
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
function total3(counts) {
  let sum3 = 0;
  for (const count of counts) sum3 += count;
  return sum3;
}

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
    const referenceTotal = counts.reference.reduce((sum3, count) => sum3 + count, 0);
    const currentTotal = counts.current.reduce((sum3, count) => sum3 + count, 0);
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
var BY_ID = new Map(DRIFT_TESTS.map((test) => [test.id, test]));
function driftTestById(id) {
  return BY_ID.get(id);
}

// src/core/drift/dataset.ts
function datasetDrift(columns, settings = {}) {
  checkSettings(settings);
  return decideDataset(
    columns.map((column) => testColumn(column, settings)),
    settings
  );
}
function decideDataset(results, settings = {}) {
  const correction = checkSettings(settings);
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
  if (!driftTestById(id)) throw new RangeError(`${field}: unknown drift method '${id}'; use auto, ${Object.keys(DEFAULT_THRESHOLDS).join(", ")}`);
  return id;
}
function checkSettings(settings) {
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

// src/core/drift/profile.ts
var PROFILE_API_VERSION = "modelops/v1";
var DEFAULT_PROFILE_BINS = 100;
var MAX_PROFILE_BINS = 1e4;
var ProfileError = class extends Error {
  name = "ProfileError";
};
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
  let sum3 = 0;
  let sumOfSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x - x !== 0) continue;
    count++;
    if (x < min) min = x;
    if (x > max) max = x;
    sum3 += x;
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
    sum: sum3,
    sumOfSquares,
    edges: [...edges],
    counts,
    sums
  };
}
function profileCategorical(column) {
  const counts = new Float64Array(column.categories.length);
  let missing = 0;
  for (const code of column.codes) {
    if (code === MISSING_CODE) missing++;
    else counts[code]++;
  }
  const byText = /* @__PURE__ */ new Map();
  column.categories.forEach((text, code) => {
    if (counts[code] > 0) byText.set(text, (byText.get(text) ?? 0) + counts[code]);
  });
  const categories = [...byText].map(([value, count]) => ({ value, count })).sort((a, b) => compareText(a.value, b.value));
  return { name: column.name, kind: "categorical", missing, categories };
}
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function profileTable(table, columns, options = {}) {
  const bins = options.reference?.bins ?? options.bins ?? DEFAULT_PROFILE_BINS;
  checkBins(bins);
  const profiled = columns.map((spec) => {
    const column = requireColumn(table, spec.name);
    if (column.kind !== spec.kind) throw new ProfileError(`column '${spec.name}' was loaded as ${column.kind}, asked for as ${spec.kind}`);
    if (column.kind === "categorical") return profileCategorical(column);
    return profileNumeric(spec.name, column.values, bins, options.reference ? referenceEdges(options.reference, spec.name) : void 0);
  });
  return {
    apiVersion: PROFILE_API_VERSION,
    kind: "Profile",
    rows: table.rowCount,
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
var isCount = (value) => typeof value === "number" && Number.isInteger(value) && value >= 0;
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);
function parseProfile(value, file) {
  const fail = (where, what) => {
    throw new ProfileError(`${file}: ${where}: ${what} (see schemas/profile.schema.json)`);
  };
  if (value === null || typeof value !== "object" || Array.isArray(value)) return fail("document", "a profile is a JSON object");
  const doc = value;
  if (doc["kind"] !== "Profile") fail("kind", `must be "Profile", found ${JSON.stringify(doc["kind"])}`);
  if (doc["apiVersion"] !== PROFILE_API_VERSION) fail("apiVersion", `must be "${PROFILE_API_VERSION}", found ${JSON.stringify(doc["apiVersion"])}`);
  if (!isCount(doc["rows"])) fail("rows", "must be a non-negative integer");
  if (!isCount(doc["bins"]) || doc["bins"] < 1) fail("bins", "must be a positive integer");
  if (doc["edges"] !== "own-range" && doc["edges"] !== "reference") fail("edges", 'must be "own-range" or "reference"');
  if (doc["source"] !== void 0 && typeof doc["source"] !== "string") fail("source", "must be a string");
  if (!Array.isArray(doc["columns"])) return fail("columns", "must be an array");
  const rows = doc["rows"];
  const names = /* @__PURE__ */ new Set();
  const columns = doc["columns"].map((raw, index) => {
    const at = `columns[${index}]`;
    if (raw === null || typeof raw !== "object") return fail(at, "must be an object");
    const column = raw;
    const name = column["name"];
    if (typeof name !== "string" || name === "") return fail(`${at}.name`, "must be a non-empty string");
    if (names.has(name)) fail(`${at}.name`, `column '${name}' appears twice`);
    names.add(name);
    if (!isCount(column["missing"])) fail(`${at}.missing`, "must be a non-negative integer");
    if (column["kind"] === "categorical") {
      const categories = column["categories"];
      if (!Array.isArray(categories)) return fail(`${at}.categories`, "must be an array of {value, count}");
      let total4 = column["missing"];
      const parsed = categories.map((entry, k) => {
        const item = entry;
        if (!item || typeof item["value"] !== "string" || !isCount(item["count"])) return fail(`${at}.categories[${k}]`, "must be {value: string, count: integer}");
        total4 += item["count"];
        return { value: item["value"], count: item["count"] };
      });
      if (total4 !== rows) fail(at, `missing + category counts = ${total4}, but the profile has ${rows} rows`);
      return { name, kind: "categorical", missing: column["missing"], categories: parsed.sort((a, b) => compareText(a.value, b.value)) };
    }
    if (column["kind"] !== "numeric") return fail(`${at}.kind`, 'must be "numeric" or "categorical"');
    const edges = column["edges"];
    const counts = column["counts"];
    const sums = column["sums"];
    if (!Array.isArray(edges) || !edges.every(isNumber)) return fail(`${at}.edges`, "must be an array of finite numbers");
    for (let k = 1; k < edges.length; k++) if (!(edges[k] >= edges[k - 1])) fail(`${at}.edges`, "must be ascending");
    if (!Array.isArray(counts) || counts.length !== edges.length + 1 || !counts.every(isCount)) return fail(`${at}.counts`, `must be ${edges.length + 1} non-negative integers (one more than the edges)`);
    if (!Array.isArray(sums) || sums.length !== counts.length || !sums.every(isNumber)) return fail(`${at}.sums`, `must be ${counts.length} finite numbers, one per count`);
    const count = counts.reduce((a, b) => a + b, 0);
    if (column["count"] !== count) fail(`${at}.count`, `must equal the sum of counts (${count})`);
    if (count + column["missing"] !== rows) fail(at, `count + missing = ${count + column["missing"]}, but the profile has ${rows} rows`);
    const nullable = (key) => {
      const v = column[key];
      if (v === null && count === 0) return null;
      if (!isNumber(v)) return fail(`${at}.${key}`, count === 0 ? "must be null without values" : "must be a finite number");
      return v;
    };
    for (const key of ["sum", "sumOfSquares"]) if (!isNumber(column[key])) fail(`${at}.${key}`, "must be a finite number");
    return {
      name,
      kind: "numeric",
      missing: column["missing"],
      count,
      min: nullable("min"),
      max: nullable("max"),
      sum: column["sum"],
      sumOfSquares: column["sumOfSquares"],
      edges,
      counts,
      sums
    };
  });
  return {
    apiVersion: PROFILE_API_VERSION,
    kind: "Profile",
    rows,
    ...typeof doc["source"] === "string" ? { source: doc["source"] } : {},
    bins: doc["bins"],
    edges: doc["edges"],
    columns
  };
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
var sturgesBins = (n) => Math.max(1, Math.ceil(Math.log2(Math.max(1, n)) + 1));
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
      const mean2 = reference.sum / reference.count;
      const std = Math.sqrt(Math.max(0, reference.sumOfSquares / reference.count - mean2 * mean2));
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

// src/core/drift/monitoring/isotonic.ts
var IsotonicError = class extends Error {
  name = "IsotonicError";
};
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

// src/core/drift/monitoring/calibration.ts
var DEFAULT_CALIBRATION_SPLITS = 10;
var DEFAULT_CALIBRATION_TEST_SHARE = 0.1;
var DEFAULT_CALIBRATION_BINS = 10;
var NEAR_PERFECT_AUC = 0.999;
var CalibrationError = class extends Error {
  name = "CalibrationError";
};
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
  const mean2 = values.reduce((sum3, value) => sum3 + value, 0) / values.length;
  const spread = THRESHOLD_STD_MULTIPLIER * populationStd(values);
  return { lower: Math.max(0, mean2 - spread), upper: Math.min(1, mean2 + spread), chunksUsed: values.length };
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
  let mean2 = 0;
  for (let i = 0; i < n; i++) mean2 += values[i];
  mean2 /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean2) ** 2;
  return Math.sqrt(squares / n);
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
      let sum3 = a[i * n + j];
      for (let k = 0; k < j; k++) sum3 -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = sum3 / root;
    }
  }
}
function solveFactored(l, n, b) {
  for (let i = 0; i < n; i++) {
    let sum3 = b[i];
    for (let k = 0; k < i; k++) sum3 -= l[i * n + k] * b[k];
    b[i] = sum3 / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum3 = b[i];
    for (let k = i + 1; k < n; k++) sum3 -= l[k * n + i] * b[k];
    b[i] = sum3 / l[i * n + i];
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
        const levelOfCode = column.categories.map((text) => plan.levelOf.get(text) ?? plan.otherLevel);
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
  let mean2 = 0;
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
      const delta = x - mean2;
      mean2 += delta / count;
      squares += delta * (x - mean2);
    }
  };
  add(reference.values, referenceRows);
  add(current.values, currentRows);
  const std = count > 0 ? Math.sqrt(squares / count) : 0;
  const withValue = std > 0 && Number.isFinite(std);
  const withMissing = missing > 0 && count > 0;
  if (!withValue && !withMissing) return count === 0 ? "missing on every row of both sides" : "one value on every row of both sides";
  return { kind: "numeric", name: reference.name, mean: mean2, std: withValue ? std : 1, withValue, withMissing };
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
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = ranked.slice(0, topCategories).map(([text]) => text);
  const labels = [...kept];
  const otherLevel = ranked.length > topCategories ? labels.push("(other)") - 1 : -1;
  const missingLevel = missing > 0 ? labels.push("(missing)") - 1 : -1;
  if (labels.length < 2) return ranked.length === 0 ? "missing on every row of both sides" : "one category on every row of both sides";
  return { kind: "categorical", name: reference.name, levelOf: new Map(kept.map((text, level) => [text, level])), otherLevel, missingLevel, labels };
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
    let sum3 = 0;
    for (let k = row * width + encoding.firstSlot, end = k + encoding.slots; k < end; k++) sum3 += w[index[k]] * value[k];
    return sum3;
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
  const prepared = input.features.map((f) => prepareColumn(requireColumn(input.reference, f.name), requireColumn(input.current, f.name)));
  const features = featuresReport(datasetDrift(prepared, input.settings ?? {}));
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
    const ref = input.reference.columns.find((c) => c.name === worst.column);
    const cur = input.current.columns.find((c) => c.name === worst.column);
    const histogram = profileHistogram(ref, cur);
    if (histogram) out.histogram = histogram;
  }
  return out;
}

// src/core/evaluation/bounds.ts
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}
function describeBound(bound) {
  if (bound.min !== void 0 && bound.max !== void 0) return `${formatNumber(bound.min)} \u2264 x \u2264 ${formatNumber(bound.max)}`;
  if (bound.min !== void 0) return `\u2265 ${formatNumber(bound.min)}`;
  return `\u2264 ${formatNumber(bound.max)}`;
}
function isWithin(value, bound) {
  return (bound.min === void 0 || value >= bound.min) && (bound.max === void 0 || value <= bound.max);
}
function checkBound(name, value, bound, why) {
  if (value === null || value === void 0 || Number.isNaN(value)) {
    return { name, verdict: "error", value: null, bound, message: why ?? `${name} could not be computed on this data` };
  }
  const pass = isWithin(value, bound);
  return {
    name,
    verdict: pass ? "pass" : "fail",
    value,
    bound,
    message: `${formatNumber(value)} ${pass ? "meets" : "breaks"} the bound ${describeBound(bound)}`
  };
}
function gateResult(gate, checks, blocking, summary) {
  const worst = worstVerdict(checks.map((c) => c.verdict));
  const verdict = worst === "fail" && !blocking ? "warn" : worst;
  const failed = checks.filter((c) => c.verdict === "fail" || c.verdict === "error");
  const text = summary ?? (checks.length === 0 ? "nothing to check" : failed.length === 0 ? `${checks.length} check${checks.length === 1 ? "" : "s"} passed` : `${failed.length} of ${checks.length} checks failed: ${failed.map((c) => c.name).join(", ")}`);
  return { gate, verdict, blocking, summary: text, checks };
}

export {
  formatNumber,
  describeBound,
  isWithin,
  checkBound,
  gateResult,
  MISSING_CODE,
  takeRows,
  withShuffledColumn,
  createRng,
  sampleIndices,
  sampleVariance,
  sampleStandardDeviation,
  quantileSorted,
  normalCdf,
  normalTwoSidedPValue,
  chiSquared1Sf,
  normalQuantile,
  PROFILE_API_VERSION,
  DEFAULT_PROFILE_BINS,
  MAX_PROFILE_BINS,
  ProfileError,
  equalWidthEdges,
  compareText,
  profileTable,
  referenceEdges,
  parseProfile,
  severity,
  analyseDrift,
  analyseProfileDrift
};
