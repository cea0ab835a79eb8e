// Sorting float64 samples for drift (issue 18): a least-significant-digit radix sort on the IEEE-754 bits,
// six passes of 11 bits, O(n), where Float64Array.prototype.sort is a comparison sort, O(n log n), and was
// 5.5 of the 6.3 s of drift on 1M x 20 columns. A double's bits, read as an unsigned 64-bit integer with the
// sign bit flipped for positive values and every bit flipped for negative ones, order exactly as the
// numbers do (-0 before +0, as Float64Array.prototype.sort). Passes whose digit is the same on every value
// (e.g. the exponent of values in [1, 2)) are skipped.
//
// Values must not be NaN (the drift samples have none); the order of NaN bit patterns is not the numbers'.

/** Below this many values the native sort is as fast, and needs no scratch buffer. */
const RADIX_MIN_LENGTH = 1024;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;
const PASSES = 6;

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** Sorts `values` ascending in place (no NaN) and returns it. */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return values.sort();
  const histograms = new Uint32Array(PASSES * BUCKETS);
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const high = words[2 * i + 1]!;
    const flip = high >> 31;
    const key = high ^ (flip | 0x80000000);
    const low = words[2 * i]! ^ flip;
    histograms[low & DIGIT_MASK]!++;
    histograms[BUCKETS + ((low >>> 11) & DIGIT_MASK)]!++;
    histograms[2 * BUCKETS + ((low >>> 22) | ((key & 1) << 10))]!++;
    histograms[3 * BUCKETS + ((key >>> 1) & DIGIT_MASK)]!++;
    histograms[4 * BUCKETS + ((key >>> 12) & DIGIT_MASK)]!++;
    histograms[5 * BUCKETS + (key >>> 23)]!++;
  }
  let source = values;
  let target = new Float64Array(n);
  for (let pass = 0; pass < PASSES; pass++) {
    const offset = pass * BUCKETS;
    // a digit shared by every value leaves the order as it is
    let trivial = false;
    for (let b = 0; b < BUCKETS; b++) {
      const count = histograms[offset + b]!;
      if (count === n) trivial = true;
      if (count !== 0) break;
    }
    if (trivial) continue;
    // bucket starts
    let start = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const count = histograms[offset + b]!;
      histograms[offset + b] = start;
      start += count;
    }
    const sourceWords = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
    scatter(source, sourceWords, target, histograms, offset, pass);
    const swap = source;
    source = target;
    target = swap;
  }
  if (source !== values) values.set(source);
  return values;
}

/** One stable pass: each value to the next free place of its digit's bucket. */
function scatter(source: Float64Array, words: Uint32Array, target: Float64Array, starts: Uint32Array, offset: number, pass: number): void {
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const high = words[2 * i + 1]!;
    const flip = high >> 31;
    const key = high ^ (flip | 0x80000000);
    const low = words[2 * i]! ^ flip;
    let digit: number;
    switch (pass) {
      case 0:
        digit = low & DIGIT_MASK;
        break;
      case 1:
        digit = (low >>> 11) & DIGIT_MASK;
        break;
      case 2:
        digit = (low >>> 22) | ((key & 1) << 10);
        break;
      case 3:
        digit = (key >>> 1) & DIGIT_MASK;
        break;
      case 4:
        digit = (key >>> 12) & DIGIT_MASK;
        break;
      default:
        digit = key >>> 23;
    }
    target[starts[offset + digit]!++] = source[i]!;
  }
}
