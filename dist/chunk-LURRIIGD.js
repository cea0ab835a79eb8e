import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

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
  const B2 = SMALL_DIGITS.buckets;
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
    histograms[B2 + (low >>> 11 & 2047)]++;
    histograms[2 * B2 + (low >>> 22)]++;
    histograms[3 * B2 + (key & 2047)]++;
    histograms[4 * B2 + (key >>> 11 & 2047)]++;
    histograms[5 * B2 + (key >>> 22)]++;
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
  let total3 = 0;
  for (let k = 0; k < values.length; k++) total3 += values[k];
  return total3;
}
function countSampler(pooled, draws, rng) {
  const cells = pooled.length;
  const total3 = sum(pooled);
  if (draws <= 8 * cells || draws <= 2e3) {
    const cellOfRow = new Uint32Array(total3);
    let row = 0;
    for (let k = 0; k < cells; k++) for (let c = 0; c < pooled[k]; c++) cellOfRow[row++] = k;
    return (out) => {
      out.fill(0);
      for (let i = 0; i < draws; i++) {
        const j = i + below(rng, total3 - i);
        const cell = cellOfRow[j];
        cellOfRow[j] = cellOfRow[i];
        cellOfRow[i] = cell;
        out[cell]++;
      }
    };
  }
  return (out) => {
    let remaining = total3;
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
    compute(reference, current, threshold, options = {}) {
      const mode = options.mode ?? "calibrated";
      const limit = threshold ?? (mode === "calibrated" ? DEFAULT_ALPHA : spec.defaultThreshold);
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
  let total3 = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < 0) continue;
    if (code >= size) throw new RangeError(`column '${column.name}': row ${i} has category code ${code}, but the column has ${size} categories`);
    counts[code]++;
    total3++;
  }
  return { counts, total: total3 };
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
function shares(counts, total3) {
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = counts[i] / total3;
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
  let ratio;
  if (y <= ROOT32) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    ratio = (num + C[7]) / (den + D[7]);
  } else {
    const inverseSquare = 1 / (y * y);
    let num = P[5] * inverseSquare;
    let den = inverseSquare;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * inverseSquare;
      den = (den + Q[i]) * inverseSquare;
    }
    ratio = inverseSquare * (num + P[4]) / (den + Q[4]);
    ratio = (ONE_OVER_SQRT_2PI - ratio) / y;
  }
  const rounded = Math.trunc(y * 16) / 16;
  const del = (y - rounded) * (y + rounded);
  return Math.exp(-rounded * rounded / 2) * Math.exp(-del / 2) * ratio;
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
  let sum3 = 0;
  for (let k = 0; k < values.length; k++) sum3 += values[k];
  return sum3;
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
  const total3 = referenceTotal + currentTotal;
  let statistic = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    const categoryTotal = referenceCounts[i] + currentCounts[i];
    if (categoryTotal === 0) continue;
    const expectedReference = referenceTotal * categoryTotal / total3;
    const expectedCurrent = currentTotal * categoryTotal / total3;
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

// src/core/stats/kolmogorov.ts
var SCALE_EXPONENT = 128;
var SCALE = 2 ** SCALE_EXPONENT;
var INVERSE_SCALE = 2 ** -SCALE_EXPONENT;
var SQRT_2PI2 = Math.sqrt(2 * Math.PI);
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
  for (let next; peak > 0 && (next = term(peak - 1)) > peakTerm; peak--) peakTerm = next;
  for (let next; peak < lastTerm && (next = term(peak + 1)) > peakTerm; peak++) peakTerm = next;
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
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = (n - k * h - j) * ratio / (n + k * h + j + 1);
    p = ratio * (1 - p);
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

// src/core/drift/methods/ks.ts
var KS_EXACT_MAX_SIZE = 1e4;
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
    const n = total(binned.current);
    return countLayout(binned.reference, binned.current, (a, b) => populationStabilityIndex(fillEmptyBins(shares(a, m)), fillEmptyBins(shares(b, n))));
  }
});
function total2(counts) {
  let sum3 = 0;
  for (const count of counts) sum3 += count;
  return sum3;
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
  let sum3 = 0;
  for (let i = 0; i < values.length; i++) sum3 += values[i];
  const mean2 = sum3 / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean2) ** 2;
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

// src/core/drift/methods/registry.ts
var DRIFT_TESTS = Object.freeze([ks, chi2, zTest, psi, jensenshannon, wasserstein, hellinger]);
var DRIFT_TEST_IDS = DRIFT_TESTS.map((test) => test.id);
var BY_ID = new Map(DRIFT_TESTS.map((test) => [test.id, test]));
function driftTestById(id) {
  return BY_ID.get(id);
}

export {
  sortFloat64,
  wassersteinOverCells,
  DEFAULT_THRESHOLD_MODE,
  DEFAULT_THRESHOLDS,
  FEW_VALUES_MAX,
  DEFAULT_DRIFT_SHARE,
  CORRECTIONS,
  DEFAULT_CORRECTION,
  defaultMethod,
  createRng,
  sampleIndices,
  permutationTest,
  columnSeed,
  THRESHOLD_MODES,
  DEFAULT_ALPHA,
  DriftError,
  sampleSize,
  sampleVariance,
  sampleStandardDeviation,
  quantileSorted,
  gammaln,
  normalCdf,
  normalTwoSidedPValue,
  chiSquared1Sf,
  normalQuantile,
  prepareColumn,
  checkSameKind,
  numericSample,
  categoricalSamples,
  distinctUnionCount,
  distinctValues,
  valueCounts,
  histogramSorted,
  MAX_VALUES_UNBINNED,
  roundHalfEven,
  kstwoSf,
  MIN_REFERENCE_STD,
  proportionsZTest,
  DRIFT_TEST_IDS,
  driftTestById
};
