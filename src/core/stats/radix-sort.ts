// Sorting float64 samples for drift (issue 18): radix sorts on the IEEE-754 bits, O(n), where
// Float64Array.prototype.sort is a comparison sort, O(n log n), and was 5.5 of the 6.3 s of drift on 1M x 20
// columns. A double's bits, read as an unsigned 64-bit integer with the sign bit flipped for positive values and
// every bit flipped for negative ones, order exactly as the numbers do (-0 before +0, as
// Float64Array.prototype.sort). Up to 131,072 values: least significant digit first, six passes of 11, 11 and
// 10 bits of each 32-bit half; passes whose digit is the same on every value (e.g. the exponent of values in
// [1, 2)) are skipped, and the first pass reads the input and drops missing values on the way. Larger samples:
// most significant digit first (sortedByBuckets, below), which keeps the writes in cache.
/** Below this many values the native sort is as fast, and needs no scratch buffer. */
const RADIX_MIN_LENGTH = 1024;

/** How the 64-bit key is cut into digits: per pass, which half of the key (0 low, 1 high), the digit's shift and mask. */
interface Digits {
  buckets: number;
  half: readonly (0 | 1)[];
  shift: readonly number[];
  mask: readonly number[];
}
/** Six digits of 11, 11 and 10 bits per half. */
const SMALL_DIGITS: Digits = { buckets: 2048, half: [0, 0, 0, 1, 1, 1], shift: [0, 11, 22, 0, 11, 22], mask: [0x7ff, 0x7ff, 0x3ff, 0x7ff, 0x7ff, 0x3ff] };
/**
 * From this many values the most-significant-digit sort wins (1M values of 4 decimals: 15 against 19.5 ms for
 * four least-significant 16-bit passes, which were a fifth faster than the six 11-bit ones).
 */
const LARGE_MIN_LENGTH = 1 << 17;

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** The finite values of `values` (no NaN, no ±Infinity), ascending, in a new array; `values` is not modified. */
export function sortedFinite(values: Float64Array): Float64Array {
  return sortedKept(values, true);
}

/** Sorts `values` ascending in place and returns it (NaN are dropped, so there must be none). */
export function sortFloat64(values: Float64Array): Float64Array {
  if (values.length < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return values.sort();
  // large samples are sorted into `values` itself (it is not read after the first scatter): no 8 MB result per million values to allocate and copy back
  if (values.length >= LARGE_MIN_LENGTH) {
    const sorted = sortedByBuckets(values, false, true);
    if (sorted !== values) values.set(sorted);
    return values;
  }
  values.set(sortedKept(values, false));
  return values;
}

/** Values without NaN (and without ±Infinity when `finiteOnly`), ascending, in a new array. */
function sortedKept(values: Float64Array, finiteOnly: boolean): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return nativeSortedKept(values, finiteOnly);
  if (n >= LARGE_MIN_LENGTH) return sortedByBuckets(values, finiteOnly);
  const digits = SMALL_DIGITS;
  const { buckets: BUCKETS } = digits;
  const histograms = new Uint32Array(digits.half.length * BUCKETS);
  const count = countDigits(values, finiteOnly, histograms);
  if (count < RADIX_MIN_LENGTH) return nativeSortedKept(values, finiteOnly);
  // a digit shared by every value leaves the order as it is: those passes are skipped
  const passes: number[] = [];
  for (let pass = 0; pass < digits.half.length; pass++) {
    const offset = pass * BUCKETS;
    let trivial = false;
    for (let b = 0; b < BUCKETS; b++) {
      const bucket = histograms[offset + b]!;
      if (bucket === count) trivial = true;
      if (bucket !== 0) break;
    }
    if (!trivial) passes.push(pass);
  }
  // every value the same: nothing to scatter
  if (passes.length === 0) return nativeSortedKept(values, finiteOnly);
  // the passes alternate between two buffers: the one the last pass writes is returned, the other is scratch
  // kept between calls (a fresh 8 MB buffer per million values costs its page faults and a collection)
  const result = new Float64Array(count);
  const other = scratchOf(count);
  let source: Float64Array = values;
  let sourceFiltered = count < n;
  let target: Float64Array = passes.length % 2 === 1 ? result : other;
  for (const pass of passes) {
    const offset = pass * BUCKETS;
    let start = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const bucket = histograms[offset + b]!;
      histograms[offset + b] = start;
      start += bucket;
    }
    scatter(source, target, sourceFiltered, finiteOnly, histograms, offset, digits.half[pass]!, digits.shift[pass]!, digits.mask[pass]!);
    const next = target === result ? other : result;
    source = target;
    sourceFiltered = false;
    target = next;
  }
  return result;
}

/** Scratch buffers are kept up to this many values (32 MiB); larger sorts get a fresh one each. */
const SCRATCH_MAX_LENGTH = 1 << 22;
let scratch = new Float64Array(0);

/** A buffer of `length` values for the passes in between, its contents undefined. */
function scratchOf(length: number): Float64Array {
  if (length > SCRATCH_MAX_LENGTH) return new Float64Array(length);
  if (scratch.length < length) scratch = new Float64Array(Math.min(SCRATCH_MAX_LENGTH, Math.max(length, 2 * scratch.length)));
  return scratch.subarray(0, length);
}

/** One read pass: the values kept, and every digit's histogram (11, 11 and 10 bits per half). */
function countDigits(values: Float64Array, finiteOnly: boolean, histograms: Uint32Array): number {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const B = SMALL_DIGITS.buckets;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    // value - value is 0 for finite values and NaN for NaN and ±Infinity
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    count++;
    const high = words[2 * i + 1]!;
    const flip = high >> 31;
    const key = (high ^ (flip | 0x80000000)) >>> 0;
    const low = (words[2 * i]! ^ flip) >>> 0;
    histograms[low & 0x7ff]!++;
    histograms[B + ((low >>> 11) & 0x7ff)]!++;
    histograms[2 * B + (low >>> 22)]!++;
    histograms[3 * B + (key & 0x7ff)]!++;
    histograms[4 * B + ((key >>> 11) & 0x7ff)]!++;
    histograms[5 * B + (key >>> 22)]!++;
  }
  return count;
}

function nativeSortedKept(values: Float64Array, finiteOnly: boolean): Float64Array {
  const kept = new Float64Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (finiteOnly ? value - value === 0 : value === value) kept[count++] = value;
  }
  return (count === values.length ? kept : kept.slice(0, count)).sort();
}

/** One stable pass: each value to the next free place of its digit's bucket (skipping missing values when asked). */
function scatter(source: Float64Array, target: Float64Array, skipMissing: boolean, finiteOnly: boolean, starts: Uint32Array, offset: number, half: 0 | 1, shift: number, mask: number): void {
  if (skipMissing) scatterSkipping(source, target, finiteOnly, starts, offset, half, shift, mask);
  else if (half === 0) scatterLow(source, target, starts, offset, shift, mask);
  else scatterHigh(source, target, starts, offset, shift, mask);
}

// separate loops, so each stays small and monomorphic for the JIT
function scatterLow(source: Float64Array, target: Float64Array, starts: Uint32Array, offset: number, shift: number, mask: number): void {
  const n = source.length;
  const words = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const word = words[2 * i]! ^ (words[2 * i + 1]! >> 31);
    target[starts[offset + ((word >>> shift) & mask)]!++] = source[i]!;
  }
}

function scatterHigh(source: Float64Array, target: Float64Array, starts: Uint32Array, offset: number, shift: number, mask: number): void {
  const n = source.length;
  const words = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const high = words[2 * i + 1]!;
    const word = high ^ ((high >> 31) | 0x80000000);
    target[starts[offset + ((word >>> shift) & mask)]!++] = source[i]!;
  }
}

function scatterSkipping(source: Float64Array, target: Float64Array, finiteOnly: boolean, starts: Uint32Array, offset: number, half: 0 | 1, shift: number, mask: number): void {
  const n = source.length;
  const words = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const value = source[i]!;
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    const high = words[2 * i + 1]!;
    const flip = high >> 31;
    const word = half === 1 ? high ^ (flip | 0x80000000) : words[2 * i]! ^ flip;
    target[starts[offset + ((word >>> shift) & mask)]!++] = value;
  }
}

// ---- Large samples: most significant digit first, then insertion sort ----
//
// A least-significant-digit pass over a million values writes to 65,536 places at random (the low digits of
// real data are noise): nearly every write misses the cache. Instead, one most-significant pass puts each value
// in the bucket of its key's top 16 bits (sign, exponent, 4 bits of mantissa: values near each other go to the
// same few buckets, so the writes stay local); each bucket, small enough for the core's cache, is split again
// on its next 11 (or 8) bits, and so on until a group holds at most INSERTION_MAX values, which insertion sort
// orders. Within a bucket every value has the same sign, so numeric order is key order there (-0 and +0 are in
// different buckets), and no two different values compare equal: the output is the one every correct sort gives.

/** Groups up to this size are sorted by insertion. */
const INSERTION_MAX = 32;
/** Groups above this size are split on 11 bits (2,048 counters), smaller ones on 8. */
const WIDE_DIGIT_MIN = 1024;
/** One array of counters per depth of the split (48 bits below the top 16: at most 6 levels of 8 bits). */
const levelCounts = Array.from({ length: 7 }, () => new Uint32Array(2048));

/** With `inPlace`, the result is written into `values` when every value is kept (`values` is only read before that). */
function sortedByBuckets(values: Float64Array, finiteOnly: boolean, inPlace = false): Float64Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const counts = new Uint32Array(65536);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    count++;
    const high = words[2 * i + 1]!;
    counts[(high ^ ((high >> 31) | 0x80000000)) >>> 16]!++;
  }
  if (count < RADIX_MIN_LENGTH) return nativeSortedKept(values, finiteOnly);
  const result = inPlace && count === n ? values : new Float64Array(count);
  const other = scratchOf(count);
  const starts = new Uint32Array(65536);
  let start = 0;
  for (let b = 0; b < 65536; b++) {
    starts[b] = start;
    start += counts[b]!;
  }
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    const high = words[2 * i + 1]!;
    other[starts[(high ^ ((high >> 31) | 0x80000000)) >>> 16]!++] = value;
  }
  const otherWords = new Uint32Array(other.buffer, other.byteOffset, 2 * count);
  const resultWords = new Uint32Array(result.buffer, result.byteOffset, 2 * count);
  start = 0;
  for (let b = 0; b < 65536; b++) {
    const size = counts[b]!;
    if (size === 0) continue;
    // buckets below 0x8000 hold negative values, whose keys are their bits inverted
    if (size <= INSERTION_MAX) insertionSort(other, result, start, start + size);
    else splitGroup(other, otherWords, result, resultWords, result, start, start + size, 48, b < 0x8000 ? -1 : 0, 0);
    start += size;
  }
  return result;
}

/** from[start, end) into result[start, end), sorted by insertion (values of one sign, no NaN: numeric order is key order); `from` may be `result`. */
function insertionSort(from: Float64Array, result: Float64Array, start: number, end: number): void {
  result[start] = from[start]!;
  for (let i = start + 1; i < end; i++) {
    const value = from[i]!;
    let j = i - 1;
    while (j >= start && result[j]! > value) {
      result[j + 1] = result[j]!;
      j--;
    }
    result[j + 1] = value;
  }
}

/**
 * Sorts from[start, end), a group whose keys agree above their low `remaining` bits, into result[start, end):
 * split by the next digit into `to` (the other buffer), then each part the same way one digit lower.
 * `flip` is -1 for negative values (their keys are their bits inverted).
 */
function splitGroup(
  from: Float64Array,
  fromWords: Uint32Array,
  to: Float64Array,
  toWords: Uint32Array,
  result: Float64Array,
  start: number,
  end: number,
  remaining: number,
  flip: number,
  depth: number,
): void {
  const size = end - start;
  // ties (real data has many: values rounded to a few decimals) make groups of one value: nothing to split
  const first = from[start]!;
  let same = start + 1;
  while (same < end && from[same] === first) same++;
  if (same === end) {
    if (from !== result) result.set(from.subarray(start, end), start);
    return;
  }
  const width = Math.min(size >= WIDE_DIGIT_MIN ? 11 : 8, remaining);
  const low = remaining - width;
  const mask = (1 << width) - 1;
  const counts = levelCounts[depth]!;
  counts.fill(0, 0, mask + 1);
  // the digit is bits [low, low + width) of the key's low 48 bits: the low word's, the high word's or across both
  const part = low >= 32 ? 2 : low + width <= 32 ? 0 : 1;
  const shift = part === 2 ? low - 32 : low;
  for (let i = start; i < end; i++) counts[digitAt(fromWords, i, flip, part, shift, mask)]!++;
  let trivial = false;
  for (let d = 0; d <= mask; d++) {
    const c = counts[d]!;
    if (c === size) trivial = true;
    if (c !== 0) break;
  }
  if (trivial) {
    // one part: nothing to move
    if (low === 0) {
      if (from !== result) result.set(from.subarray(start, end), start);
    } else splitGroup(from, fromWords, to, toWords, result, start, end, low, flip, depth + 1);
    return;
  }
  let at = start;
  for (let d = 0; d <= mask; d++) {
    const c = counts[d]!;
    counts[d] = at;
    at += c;
  }
  for (let i = start; i < end; i++) to[counts[digitAt(fromWords, i, flip, part, shift, mask)]!++] = from[i]!;
  // counts[d] is now the end of part d
  let partStart = start;
  for (let d = 0; d <= mask; d++) {
    const partEnd = counts[d]!;
    const partSize = partEnd - partStart;
    if (partSize === 1) result[partStart] = to[partStart]!;
    else if (partSize > 1) {
      if (partSize <= INSERTION_MAX) insertionSort(to, result, partStart, partEnd);
      else if (low === 0) {
        if (to !== result) result.set(to.subarray(partStart, partEnd), partStart);
      } else splitGroup(to, toWords, from, fromWords, result, partStart, partEnd, low, flip, depth + 1);
    }
    partStart = partEnd;
  }
}

/** A digit of value i's key: `mask` bits from `shift` of the low word (part 0), across the words (1), or of the high word (2). */
function digitAt(words: Uint32Array, i: number, flip: number, part: number, shift: number, mask: number): number {
  if (part === 0) return ((words[2 * i]! ^ flip) >>> shift) & mask;
  if (part === 2) return ((words[2 * i + 1]! ^ flip) >>> shift) & mask;
  return (((words[2 * i]! ^ flip) >>> shift) | ((words[2 * i + 1]! ^ flip) << (32 - shift))) & mask;
}
