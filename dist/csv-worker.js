import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
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

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest2 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest2;
  }
});

// src/io/data/csv-worker.ts
import { parentPort } from "node:worker_threads";

// src/core/stats/radix-sort.ts
var RADIX_MIN_LENGTH = 1024;
var SMALL_DIGITS = { buckets: 2048, half: [0, 0, 0, 1, 1, 1], shift: [0, 11, 22, 0, 11, 22], mask: [2047, 2047, 1023, 2047, 2047, 1023] };
var LARGE_MIN_LENGTH = 1 << 17;
var LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 63;
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

// src/io/data/csv.ts
import { closeSync, createReadStream, openSync, readSync } from "node:fs";

// src/core/data/table.ts
var MISSING_CODE = -1;

// src/io/data/utf8.ts
import { isUtf8 } from "node:buffer";

// src/io/data/errors.ts
var DataFormatError = class extends Error {
  location;
  constructor(message, location = {}) {
    super(message);
    this.name = "DataFormatError";
    this.location = location;
  }
};

// src/io/data/utf8.ts
var Utf8Checker = class {
  carry = Buffer.alloc(0);
  offset = 0;
  /** No chunk seen yet. */
  atStart() {
    return this.offset === 0;
  }
  /** Byte offset in the file of the first invalid byte within this chunk (or carried from the last), or -1. */
  push(chunk) {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const bytesStart = this.offset - this.carry.length;
    const end = completeCharactersEnd(bytes);
    const checked = bytes.subarray(0, end);
    this.carry = Buffer.from(bytes.subarray(end));
    this.offset += chunk.length;
    if (isUtf8(checked)) return -1;
    return bytesStart + firstInvalidByte(checked);
  }
  /** Offset of a character cut off by the end of the file, or -1. */
  end() {
    return this.carry.length > 0 ? this.offset - this.carry.length : -1;
  }
};
function completeCharactersEnd(chunk) {
  const length = chunk.length;
  for (let i = length - 1; i >= 0 && i >= length - 4; i--) {
    const byte = chunk[i];
    if ((byte & 192) === 128) continue;
    if (byte < 128) return length;
    const needed = byte >= 240 ? 4 : byte >= 224 ? 3 : 2;
    return i + needed > length ? i : length;
  }
  return length;
}
function firstInvalidByte(bytes) {
  const text = bytes.toString("utf8");
  for (let at = text.indexOf("\uFFFD"); at !== -1; at = text.indexOf("\uFFFD", at + 1)) {
    const offset = Buffer.byteLength(text.slice(0, at));
    if (!(bytes[offset] === 239 && bytes[offset + 1] === 191 && bytes[offset + 2] === 189)) return offset;
  }
  return 0;
}

// src/io/data/columns.ts
var MAX_FIRST_RECORD_BYTES = 4 * 1024 * 1024;

// src/io/cpu-load.ts
import { cpus, loadavg } from "node:os";
var systemClock = {
  idleMs: () => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0),
  ownMs: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e3;
  },
  nowMs: () => performance.now(),
  cores: () => cpus().length
};
var CpuMeter = class {
  /** `clock` is for tests; by default os.cpus(), process.cpuUsage() and performance.now(), in ms. */
  constructor(clock = systemClock) {
    this.clock = clock;
    this.idle = clock.idleMs();
    this.own = clock.ownMs();
    this.wall = clock.nowMs();
  }
  clock;
  idle;
  own;
  wall;
  /** Milliseconds since creation. */
  elapsedMs() {
    return this.clock.nowMs() - this.wall;
  }
  /** Cores other processes kept busy since creation (NaN within the first 20 ms, or when the system gives no per-core times). */
  othersLoad() {
    const wall = this.elapsedMs();
    const cores = this.clock.cores();
    if (wall < 20 || cores === 0) return Number.NaN;
    return Math.max(0, cores - (this.clock.idleMs() - this.idle + this.clock.ownMs() - this.own) / wall);
  }
  /** Cores left idle beside this process's main thread since creation (NaN within the first 20 ms). */
  idleBesideMain() {
    return this.clock.cores() - 1 - this.othersLoad();
  }
};
var sinceStart = new CpuMeter();

// src/io/data/csv-threads.ts
var PARALLEL_MIN_BYTES = 24 << 20;

// src/io/data/numbers.ts
var MISSING_NUMBER_TEXTS = ["NA", "N/A", "NaN", "nan", "null", "NULL"];
var MISSING = new Set(MISSING_NUMBER_TEXTS);
var DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var EDGE_BLANKS = /^[ \t]+|[ \t]+$/g;
function numberFromText(text) {
  const trimmed2 = text.replace(EDGE_BLANKS, "");
  if (trimmed2 === "" || MISSING.has(trimmed2)) return NaN;
  if (!DECIMAL.test(trimmed2)) return void 0;
  const value = Number(trimmed2);
  return Number.isFinite(value) ? value : void 0;
}
function describeBadNumber(text) {
  const trimmed2 = text.replace(EDGE_BLANKS, "");
  const shown = trimmed2.length > 40 ? `${trimmed2.slice(0, 40)}\u2026` : trimmed2;
  let why = "";
  if (/^[+-]?0[xXoObB]/.test(trimmed2)) why = " (hexadecimal, octal and binary are not accepted)";
  else if (/^[+-]?(?:Infinity|inf|Inf|INF)$/.test(trimmed2)) why = " (infinite values are not accepted)";
  else if (DECIMAL.test(trimmed2)) why = " (it is too large for a 64-bit float)";
  else if (/^[+-]?[\d.]+,[\d.,]*$/.test(trimmed2)) why = " (thousands separators and decimal commas are not accepted)";
  else if (trimmed2.includes("_")) why = " (digit separators are not accepted)";
  return `'${shown}' is not a number${why}`;
}
var NOT_SIMPLE = Infinity;
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
var SCANNED = { end: 0 };
var SCANNED_VALUE = new Float64Array(1);
function scanDecimal(bytes, start, limit) {
  SCANNED.end = scanDecimalInto(bytes, start, limit, SCANNED_VALUE, 0);
  return SCANNED_VALUE[0];
}
function scanDecimalInto(bytes, start, limit, out, index) {
  let i = start;
  if (i === limit) {
    out[index] = NaN;
    return i;
  }
  let c = bytes[i];
  const negative = c === 45;
  if (negative || c === 43) i++;
  let mantissa = 0;
  let digits = 0;
  let exponent = 0;
  let sawDigit = false;
  for (; i < limit; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) break;
    sawDigit = true;
    if (mantissa === 0 && d === 0) continue;
    mantissa = mantissa * 10 + d;
    digits++;
  }
  if (i < limit && bytes[i] === 46) {
    for (i++; i < limit; i++) {
      const d = bytes[i] - 48;
      if (d < 0 || d > 9) break;
      sawDigit = true;
      exponent--;
      if (mantissa === 0 && d === 0) continue;
      mantissa = mantissa * 10 + d;
      digits++;
    }
  }
  if (i === start) {
    out[index] = NaN;
    return i;
  }
  if (!sawDigit || digits > 15) {
    out[index] = NOT_SIMPLE;
    return i;
  }
  if (i < limit && (bytes[i] === 101 || bytes[i] === 69)) {
    i++;
    c = i < limit ? bytes[i] : 0;
    const negativeExponent = c === 45;
    if (negativeExponent || c === 43) i++;
    let written = 0;
    let value2 = 0;
    for (; i < limit; i++) {
      const d = bytes[i] - 48;
      if (d < 0 || d > 9) break;
      if (value2 < 1e3) value2 = value2 * 10 + d;
      written++;
    }
    if (written === 0) {
      out[index] = NOT_SIMPLE;
      return i;
    }
    exponent += negativeExponent ? -value2 : value2;
  }
  let value;
  if (mantissa === 0) value = 0;
  else if (exponent === 0) value = mantissa;
  else if (exponent > 0 && exponent <= 22) value = mantissa * POWERS_OF_TEN[exponent];
  else if (exponent < 0 && exponent >= -22) value = mantissa / POWERS_OF_TEN[-exponent];
  else {
    out[index] = NOT_SIMPLE;
    return i;
  }
  out[index] = negative ? -value : value;
  return i;
}
function parseAsciiDecimal(bytes, start, end) {
  const value = scanDecimal(bytes, start, end);
  return SCANNED.end === end ? value : NOT_SIMPLE;
}

// src/io/data/table-builder.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var INITIAL_CAPACITY = 1024;
var NumericColumnBuilder = class {
  kind = "numeric";
  name;
  values;
  constructor(name, capacity = INITIAL_CAPACITY) {
    this.name = name;
    this.values = new Float64Array(capacity);
  }
  /** Room for `rows` rows (readers double it when full, so filling n rows copies O(n) values in all). */
  reserve(rows) {
    if (rows <= this.values.length) return;
    const grown = new Float64Array(rows);
    grown.set(this.values);
    this.values = grown;
  }
  finish(rowCount) {
    return { name: this.name, kind: "numeric", values: trimmed(this.values, rowCount) };
  }
};
var CategoricalColumnBuilder = class {
  kind = "categorical";
  name;
  codes;
  categories = [];
  codeOf = /* @__PURE__ */ new Map();
  codeOfKey = /* @__PURE__ */ new Map();
  constructor(name, capacity = INITIAL_CAPACITY) {
    this.name = name;
    this.codes = new Int32Array(capacity);
  }
  reserve(rows) {
    if (rows <= this.codes.length) return;
    const grown = new Int32Array(rows);
    grown.set(this.codes);
    this.codes = grown;
  }
  /** Code of a category text, assigned in order of first appearance; the empty text is missing. */
  code(text) {
    if (text === "") return MISSING_CODE;
    let code = this.codeOf.get(text);
    if (code === void 0) {
      code = this.categories.length;
      this.codeOf.set(text, code);
      this.categories.push(text);
    }
    return code;
  }
  /**
   * Code of the category whose UTF-8 text is bytes [start, end) (not empty). A text of up to 6 bytes
   * is looked up by the number its bytes spell, so a label column's million short fields make no strings.
   */
  codeOfBytes(bytes, start, end) {
    if (end - start > 6) return this.code(bytes.toString("utf8", start, end));
    let key = 1;
    for (let i = start; i < end; i++) key = key * 256 + bytes[i];
    let code = this.codeOfKey.get(key);
    if (code === void 0) {
      code = this.code(bytes.toString("utf8", start, end));
      this.codeOfKey.set(key, code);
    }
    return code;
  }
  finish(rowCount) {
    return { name: this.name, kind: "categorical", codes: trimmed(this.codes, rowCount), categories: this.categories };
  }
};
function trimmed(array, rowCount) {
  if (array.length === rowCount) return array;
  return array.length - rowCount <= array.length / 8 ? array.subarray(0, rowCount) : array.slice(0, rowCount);
}
function createBuilders(columns, capacity = INITIAL_CAPACITY) {
  return columns.map((c) => c.kind === "numeric" ? new NumericColumnBuilder(c.name, capacity) : new CategoricalColumnBuilder(c.name, capacity));
}
function finishTable(builders, rowCount) {
  const columns = /* @__PURE__ */ new Map();
  for (const builder of builders) columns.set(builder.name, builder.finish(rowCount));
  return { rowCount, columns };
}
function missingColumnsError(path, missing, available, where, listedAs = where) {
  const quoted = missing.map((m) => `'${m}'`).join(", ");
  const hints = missing.map((m) => {
    const suggestion = available.length > 0 ? (0, import_fastest_levenshtein.closest)(m, [...available]) : void 0;
    return suggestion !== void 0 && (0, import_fastest_levenshtein.distance)(m, suggestion) <= Math.ceil(Math.max(m.length, suggestion.length) / 3) ? `'${m}' -> '${suggestion}'?` : void 0;
  }).filter((h) => h !== void 0);
  const LISTED = 60;
  const listed = available.slice(0, LISTED).join(", ") + (available.length > LISTED ? `, \u2026 (${available.length - LISTED} more)` : "");
  return new DataFormatError(
    `${path}: no column ${quoted} in ${where}${hints.length > 0 ? ` (did you mean ${hints.join(", ")})` : ""}; ${listedAs} has: ${listed || "(no columns)"}`,
    { file: path, column: missing[0] }
  );
}

// src/io/data/csv.ts
var COMMA = 44;
var QUOTE = 34;
var LF = 10;
var CR = 13;
var FIELD_START = 0;
var UNQUOTED = 1;
var QUOTED = 2;
var QUOTE_END = 3;
var AFTER_CR = 4;
var CHUNK_BYTES = 1 << 20;
var INITIAL_ROWS = 4096;
var MAX_HEADER_BYTES = 4 << 20;
var MISSING_HINT = `a missing number is an empty field or one of ${MISSING_NUMBER_TEXTS.join(", ")}`;
var MIN_PART_BYTES = 4 << 20;
var SPLIT_WINDOW_BYTES = 1 << 18;
function parseCsvPart(task) {
  const { path, header, columns, start, shared, offset, capacity } = task;
  const body = new CsvBodyParser(path, header, 1, columns);
  const views = columns.map((c, slot) => c.kind === "numeric" ? new Float64Array(shared[slot], offset * 8, capacity) : new Int32Array(shared[slot], offset * 4, capacity));
  body.adopt(views, capacity);
  const utf8 = new Utf8Checker();
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = start; ; ) {
      const read = readSync(fd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      position += read;
      const chunk = buffer.subarray(0, read);
      if (utf8.push(chunk) !== -1) throw new DataFormatError(`${path}: not valid UTF-8`);
      body.push(chunk);
    }
  } finally {
    closeSync(fd);
  }
  if (utf8.end() !== -1) throw new DataFormatError(`${path}: not valid UTF-8 at the end`);
  body.endInput();
  return { rows: body.rows, ...body.storage(views) };
}
var CsvBodyParser = class {
  constructor(path, header, firstLine, columns) {
    this.path = path;
    this.header = header;
    this.fieldCount = header.length;
    this.line = this.recordLine = firstLine;
    const indexOf = new Map(header.map((name, index) => [name, index]));
    const missing = columns.filter((c) => !indexOf.has(c.name)).map((c) => c.name);
    if (missing.length > 0) throw missingColumnsError(path, missing, header, "the header");
    this.slotOfField = new Int32Array(header.length).fill(-1);
    columns.forEach((c, slot) => this.slotOfField[indexOf.get(c.name)] = slot);
    this.builders = createBuilders(columns, INITIAL_ROWS);
    this.capacity = this.builders.length > 0 ? INITIAL_ROWS : Infinity;
  }
  path;
  header;
  fieldCount;
  /** Index into `builders` of each field of a record, or -1 for a field that is skipped. */
  slotOfField;
  builders;
  capacity;
  rowCount = 0;
  state = FIELD_START;
  col = 0;
  line;
  recordLine;
  quoteLine = 0;
  /** The record so far is a blank line ended by CR (skipped once its LF arrives). */
  blankCr = false;
  /** The current quoted field's text is being assembled in `scratch` (it had "" or spans chunks). */
  quotedInScratch = false;
  scratch = Buffer.allocUnsafe(256);
  scratchLength = 0;
  /** Complete records parsed since the last takeRows. */
  get rows() {
    return this.rowCount;
  }
  /**
   * The complete records so far as a table, and fresh columns for the rest: the fields already stored of a
   * record that continues in the next chunk move to row 0 of the fresh columns (a category by its text).
   */
  takeRows() {
    const taken = this.rowCount;
    const table = finishTable(this.builders, taken);
    const fresh = createBuilders(this.builders, INITIAL_ROWS);
    for (const [slot, old] of this.builders.entries()) {
      const next = fresh[slot];
      if (old.kind === "numeric" && next.kind === "numeric") next.values[0] = old.values[taken];
      else if (old.kind === "categorical" && next.kind === "categorical") {
        const code = old.codes[taken];
        next.codes[0] = code >= 0 && code < old.categories.length ? next.code(old.categories[code]) : MISSING_CODE;
      }
    }
    this.builders.splice(0, this.builders.length, ...fresh);
    if (this.builders.length > 0) this.capacity = INITIAL_ROWS;
    this.rowCount = 0;
    return table;
  }
  push(buf) {
    const n = buf.length;
    const fieldCount = this.fieldCount;
    const slotOfField = this.slotOfField;
    let state = this.state;
    let col = this.col;
    let line = this.line;
    let row = this.rowCount;
    let slot = col < fieldCount ? slotOfField[col] : -1;
    let segmentStart = 0;
    let segmentEnd = 0;
    let i = 0;
    let c = 0;
    outer: while (i < n) {
      switch (state) {
        case FIELD_START: {
          slot = col < fieldCount ? slotOfField[col] : -1;
          c = buf[i];
          if (c === QUOTE) {
            state = QUOTED;
            this.quoteLine = line;
            segmentStart = ++i;
            continue outer;
          }
          if (col === 0 && (c === LF || c === CR)) {
            i++;
            if (c === LF) this.recordLine = ++line;
            else {
              this.blankCr = true;
              state = AFTER_CR;
            }
            continue outer;
          }
          const start = i;
          if (slot >= 0) {
            const builder = this.builders[slot];
            if (builder.kind === "numeric") {
              const values = builder.values;
              i = scanDecimalInto(buf, i, n, values, row);
              if (i < n && values[row] !== NOT_SIMPLE) {
                c = buf[i];
                if (c === COMMA || c === LF || c === CR) break;
              }
              if (i === n) i--;
              c = buf[i];
            }
          }
          while (c !== COMMA && c !== LF && c !== CR) {
            if (++i === n) {
              if (slot >= 0) this.appendScratch(buf, start, n);
              state = UNQUOTED;
              break outer;
            }
            c = buf[i];
          }
          if (slot >= 0) this.store(slot, buf, start, i, row, line);
          break;
        }
        case UNQUOTED: {
          c = buf[i];
          while (c !== COMMA && c !== LF && c !== CR) {
            if (++i === n) {
              if (slot >= 0) this.appendScratch(buf, 0, n);
              break outer;
            }
            c = buf[i];
          }
          if (slot >= 0) {
            this.appendScratch(buf, 0, i);
            this.store(slot, this.scratch, 0, this.scratchLength, row, line);
          }
          this.scratchLength = 0;
          break;
        }
        case QUOTED: {
          for (c = buf[i]; c !== QUOTE; c = buf[i]) {
            if (c === LF) line++;
            if (++i === n) {
              if (slot >= 0) this.appendScratch(buf, segmentStart, n);
              this.quotedInScratch = true;
              break outer;
            }
          }
          segmentEnd = i++;
          state = QUOTE_END;
          continue outer;
        }
        case QUOTE_END: {
          c = buf[i];
          if (c === QUOTE) {
            if (slot >= 0) this.appendScratch(buf, segmentStart, segmentEnd + 1);
            this.quotedInScratch = true;
            segmentStart = ++i;
            state = QUOTED;
            continue outer;
          }
          if (c !== COMMA && c !== LF && c !== CR) {
            throw this.error(line, `in column ${this.describeField(col)}, text follows the closing quote of a quoted field: a quote inside a quoted field must be doubled ("")`);
          }
          if (slot >= 0) {
            if (this.quotedInScratch) {
              this.appendScratch(buf, segmentStart, segmentEnd);
              this.store(slot, this.scratch, 0, this.scratchLength, row, this.quoteLine);
            } else this.store(slot, buf, segmentStart, segmentEnd, row, this.quoteLine);
          }
          this.quotedInScratch = false;
          this.scratchLength = 0;
          break;
        }
        default: {
          c = buf[i];
          if (c !== LF) throw this.error(line, "a carriage return is not followed by a line feed: only LF and CRLF line endings are supported");
          if (this.blankCr) {
            this.blankCr = false;
            i++;
            this.recordLine = ++line;
            state = FIELD_START;
            continue outer;
          }
          break;
        }
      }
      i++;
      if (c === COMMA) {
        col++;
        state = FIELD_START;
      } else if (c === CR) state = AFTER_CR;
      else {
        if (col + 1 !== fieldCount) throw this.raggedError(col + 1, line);
        this.recordLine = ++line;
        col = 0;
        state = FIELD_START;
        if (++row === this.capacity) this.grow();
      }
    }
    if (state === QUOTE_END && i === n && segmentEnd === n - 1) {
      if (slot >= 0) this.appendScratch(buf, segmentStart, segmentEnd);
      this.quotedInScratch = true;
    }
    this.state = state;
    this.col = col;
    this.line = line;
    this.rowCount = row;
  }
  /**
   * Sizes the columns for the whole file from the rows in its first `seen` body bytes (a little
   * over), so a large file is not copied at every doubling; doubling still covers a low estimate.
   */
  expectBodyBytes(seen, total) {
    if (this.rowCount === 0 || seen >= total || this.capacity === Infinity) return;
    const estimate = Math.ceil(this.rowCount * total / seen * 1.04) + 64;
    if (estimate <= this.capacity) return;
    this.capacity = estimate;
    for (const builder of this.builders) builder.reserve(estimate);
  }
  finish() {
    this.endInput();
    return finishTable(this.builders, this.rowCount);
  }
  /** The input has ended: the record in progress, if any, is the last one. */
  endInput() {
    const slot = this.col < this.fieldCount ? this.slotOfField[this.col] : -1;
    switch (this.state) {
      case FIELD_START:
        if (this.col === 0) break;
        if (slot >= 0) this.store(slot, this.scratch, 0, 0, this.rowCount, this.line);
        this.endLastRecord();
        break;
      case UNQUOTED:
        if (slot >= 0) this.store(slot, this.scratch, 0, this.scratchLength, this.rowCount, this.line);
        this.endLastRecord();
        break;
      case QUOTED:
        throw this.error(this.quoteLine, `the quoted field that starts here (column ${this.describeField(this.col)}) is never closed: the file ends inside it`);
      case QUOTE_END:
        if (slot >= 0) this.store(slot, this.scratch, 0, this.scratchLength, this.rowCount, this.quoteLine);
        this.endLastRecord();
        break;
      default:
        if (!this.blankCr) this.endLastRecord();
    }
    this.state = FIELD_START;
    this.col = 0;
  }
  /** The bytes pushed so far end exactly after a record's line break. */
  atRecordStart() {
    return this.state === FIELD_START && this.col === 0;
  }
  /**
   * Moves the columns into `arrays` (one per requested column, of the builder's kind), which hold
   * `capacity` rows: the rows so far and the record in progress are copied; past `capacity` the columns
   * grow into arrays of their own as usual.
   */
  adopt(arrays, capacity) {
    const keep = Math.min(this.rowCount + 1, capacity);
    this.builders.forEach((builder, slot) => {
      const array = arrays[slot];
      if (builder.kind === "numeric" && array instanceof Float64Array) {
        array.set(builder.values.subarray(0, keep));
        builder.values = array;
      } else if (builder.kind === "categorical" && array instanceof Int32Array) {
        array.set(builder.codes.subarray(0, keep));
        builder.codes = array;
      } else throw new Error(`adopt: column ${slot} is ${builder.kind}, given a ${array.constructor.name}`);
    });
    this.capacity = capacity;
  }
  /** After parseCsvPart: each categorical column's categories, and each column's array if it outgrew its view (else null). */
  storage(views) {
    return {
      categories: this.builders.map((builder) => builder.kind === "categorical" ? builder.categories : null),
      grown: this.builders.map((builder, slot) => {
        const array = builder.kind === "numeric" ? builder.values : builder.codes;
        return array === views[slot] ? null : array;
      })
    };
  }
  /**
   * Appends the rows the worker parsed from the split on (`task`, after adopt() of the views below
   * task.offset): the worker's categories are renumbered in this column's order of first appearance, and
   * its rows moved down to follow this thread's in the same shared buffer (or copied where either
   * outgrew it).
   */
  appendPart(reply, task) {
    const { rows } = reply;
    const { shared, offset } = task;
    const first = this.rowCount;
    const total = first + rows;
    this.builders.forEach((builder, slot) => {
      const grown = reply.grown[slot] ?? null;
      const buffer = shared[slot];
      if (builder.kind === "numeric") {
        if (grown === null && builder.values.buffer === buffer) {
          const whole = new Float64Array(buffer);
          whole.copyWithin(first, offset, offset + rows);
          builder.values = whole;
        } else {
          const source2 = grown ?? new Float64Array(buffer, offset * 8, rows);
          builder.reserve(total);
          builder.values.set(source2.subarray(0, rows), first);
        }
        return;
      }
      const source = grown ?? new Int32Array(buffer, offset * 4, rows);
      const codeOf = Int32Array.from(reply.categories[slot] ?? [], (text) => builder.code(text));
      if (codeOf.some((code, k) => code !== k)) {
        for (let i = 0; i < rows; i++) {
          const code = source[i];
          source[i] = code === MISSING_CODE ? MISSING_CODE : codeOf[code];
        }
      }
      if (grown === null && builder.codes.buffer === buffer) {
        const whole = new Int32Array(buffer);
        whole.copyWithin(first, offset, offset + rows);
        builder.codes = whole;
      } else {
        builder.reserve(total);
        builder.codes.set(source.subarray(0, rows), first);
      }
    });
    this.rowCount = total;
    this.capacity = Math.max(this.capacity, total + 1);
  }
  /** The file ended without a line break after the last record. */
  endLastRecord() {
    if (this.col + 1 !== this.fieldCount) throw this.raggedError(this.col + 1, this.line);
    this.rowCount++;
  }
  store(slot, bytes, start, end, row, line) {
    const builder = this.builders[slot];
    if (builder.kind === "numeric") {
      let value = parseAsciiDecimal(bytes, start, end);
      if (value === NOT_SIMPLE) value = this.numberFromField(builder, bytes.toString("utf8", start, end), line);
      builder.values[row] = value;
    } else builder.codes[row] = start === end ? MISSING_CODE : builder.codeOfBytes(bytes, start, end);
  }
  numberFromField(builder, text, line) {
    const value = numberFromText(text);
    if (value !== void 0) return value;
    throw new DataFormatError(`${this.path}, line ${line}: column '${builder.name}' is numeric, but ${describeBadNumber(text)} (${MISSING_HINT})`, {
      file: this.path,
      line,
      column: builder.name
    });
  }
  /** Appends bytes [start, end) of `from` to the field assembled in scratch. */
  appendScratch(from, start, end) {
    const needed = this.scratchLength + (end - start);
    if (needed > this.scratch.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.scratch.length * 2));
      this.scratch.copy(grown, 0, 0, this.scratchLength);
      this.scratch = grown;
    }
    this.scratchLength += from.copy(this.scratch, this.scratchLength, start, end);
  }
  grow() {
    this.capacity *= 2;
    for (const builder of this.builders) builder.reserve(this.capacity);
  }
  describeField(col) {
    return col < this.fieldCount ? `'${this.header[col]}'` : `${col + 1} (beyond the header)`;
  }
  raggedError(fields, endLine) {
    const start = this.recordLine;
    const span = endLine > start ? ` (the row runs to line ${endLine})` : "";
    const hint = fields > this.fieldCount ? "a field with a comma in it must be in double quotes" : "every row needs a value, possibly empty, for each column";
    return this.error(start, `this row has ${fields} field${fields === 1 ? "" : "s"} but the header has ${this.fieldCount}${span}: ${hint}`);
  }
  error(line, message) {
    return new DataFormatError(`${this.path}, line ${line}: ${message}`, { file: this.path, line });
  }
};

// src/io/data/csv-worker.ts
var port = parentPort;
port.on("message", (task) => {
  if ("job" in task) {
    let reply2;
    try {
      sortFloat64(new Float64Array(task.values, task.byteOffset, task.length));
      reply2 = { type: "done", ok: true };
    } catch (error) {
      reply2 = { type: "done", ok: false, message: error.message };
    }
    port.postMessage(reply2);
    return;
  }
  let reply;
  try {
    reply = { ok: true, ...parseCsvPart(task) };
  } catch (error) {
    reply = { ok: false, message: error.message };
  }
  const transfer = reply.ok ? reply.grown.filter((array) => array !== null).map((array) => array.buffer) : [];
  port.postMessage(reply, transfer);
  if (reply.ok && task.warm) warmUp();
});
function warmUp() {
  const n = 1 << 18;
  const values = new Float64Array(n);
  let state = 2654435769;
  for (let i = 0; i < n; i++) {
    state = Math.imul(state, 1103515245) + 12345 >>> 0;
    values[i] = Math.fround(1 / (1 + Math.exp(8 - state / 4294967296 * 16)));
  }
  sortFloat64(values);
}
port.postMessage({ type: "ready" });
