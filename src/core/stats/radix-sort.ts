// Sorting float64 samples for drift (issue 18): a least-significant-digit radix sort on the IEEE-754 bits,
// six passes of 11, 11 and 10 bits of each 32-bit half (four of 16 bits from 128k values), O(n), where Float64Array.prototype.sort is a
// comparison sort, O(n log n), and was 5.5 of the 6.3 s of drift on 1M x 20 columns. A double's bits, read as
// an unsigned 64-bit integer with the sign bit flipped for positive values and every bit flipped for negative
// ones, order exactly as the numbers do (-0 before +0, as Float64Array.prototype.sort). Passes whose digit is
// the same on every value (e.g. the exponent of values in [1, 2)) are skipped. The first pass reads the input
// and drops missing values on the way, so a sample costs one histogram pass and the scatters, no copy.

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
/** Four digits of 16 bits: a fifth less work on a large sample (1M values: 24 against 31 ms), but 256k counters to clear and sum. */
const LARGE_DIGITS: Digits = { buckets: 65536, half: [0, 0, 1, 1], shift: [0, 16, 0, 16], mask: [0xffff, 0xffff, 0xffff, 0xffff] };
/**
 * From this many values the four 16-bit passes win, unless the values are float32 ones (a model's scores):
 * their low 29 bits are zero, so the 11-bit digits skip two passes and keep four, each with a histogram
 * that stays in the L1 cache, against three 16-bit ones (two sorts of 450k/550k scores, cold: 46 against 63 ms).
 */
const LARGE_DIGITS_MIN_LENGTH = 1 << 17;
/** Values looked at to tell float32 values (the choice of digits only changes the speed, never the order). */
const FLOAT32_SAMPLE = 256;

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** The finite values of `values` (no NaN, no ±Infinity), ascending, in a new array; `values` is not modified. */
export function sortedFinite(values: Float64Array): Float64Array {
  return sortedKept(values, true);
}

/** Sorts `values` ascending in place and returns it (NaN are dropped, so there must be none). */
export function sortFloat64(values: Float64Array): Float64Array {
  if (values.length < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return values.sort();
  values.set(sortedKept(values, false));
  return values;
}

/** Values without NaN (and without ±Infinity when `finiteOnly`), ascending, in a new array. */
function sortedKept(values: Float64Array, finiteOnly: boolean): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return nativeSortedKept(values, finiteOnly);
  const digits = n >= LARGE_DIGITS_MIN_LENGTH && !lowBitsZero(values) ? LARGE_DIGITS : SMALL_DIGITS;
  const { buckets: BUCKETS } = digits;
  const histograms = new Uint32Array(digits.half.length * BUCKETS);
  const count = countDigits(values, finiteOnly, histograms, digits === LARGE_DIGITS);
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

/** The first FLOAT32_SAMPLE values all have their low 29 bits zero, as every float32 value widened to a double. */
function lowBitsZero(values: Float64Array): boolean {
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * Math.min(values.length, FLOAT32_SAMPLE));
  for (let i = 0; i < words.length; i += 2) if ((words[i]! & 0x1fffffff) !== 0) return false;
  return true;
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

/** One read pass: the values kept, and every digit's histogram (11, 11 and 10 bits per half, or 16 and 16). */
function countDigits(values: Float64Array, finiteOnly: boolean, histograms: Uint32Array, large: boolean): number {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const B = large ? LARGE_DIGITS.buckets : SMALL_DIGITS.buckets;
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
    if (large) {
      histograms[low & 0xffff]!++;
      histograms[B + (low >>> 16)]!++;
      histograms[2 * B + (key & 0xffff)]!++;
      histograms[3 * B + (key >>> 16)]!++;
    } else {
      histograms[low & 0x7ff]!++;
      histograms[B + ((low >>> 11) & 0x7ff)]!++;
      histograms[2 * B + (low >>> 22)]!++;
      histograms[3 * B + (key & 0x7ff)]!++;
      histograms[4 * B + ((key >>> 11) & 0x7ff)]!++;
      histograms[5 * B + (key >>> 22)]!++;
    }
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
