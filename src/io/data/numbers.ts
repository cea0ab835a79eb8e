// How text becomes a number in a numeric column, the same in every format (CSV fields, JSONL and
// Parquet strings):
// - surrounding spaces and tabs are ignored;
// - empty (or blank) text and the tokens NA, N/A, NaN, nan, null, NULL are a missing value (NaN);
// - otherwise the text must be a plain decimal: [+-] digits [. digits] [e|E [+-] digits], with digits on
//   at least one side of the point. Its value is what JS Number() gives (correctly rounded);
// - rejected, although Number() would accept them: hexadecimal/octal/binary (0x1F, 0o7, 0b1),
//   Infinity, underscores, and blank text as 0; a value too large for a 64-bit float (1e999) is
//   rejected instead of becoming Infinity. Tiny values underflow to 0 as in Number().

/** Texts that mean "missing" in a numeric column (exact, case-sensitive). */
export const MISSING_NUMBER_TEXTS: readonly string[] = ['NA', 'N/A', 'NaN', 'nan', 'null', 'NULL'];
const MISSING = new Set(MISSING_NUMBER_TEXTS);

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const EDGE_BLANKS = /^[ \t]+|[ \t]+$/g;

/** The number a text stands for: NaN when it marks a missing value, undefined when it is not a number. */
export function numberFromText(text: string): number | undefined {
  const trimmed = text.replace(EDGE_BLANKS, '');
  if (trimmed === '' || MISSING.has(trimmed)) return NaN;
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** Why numberFromText rejected a text, for error messages: "'0x1F' is not a number (hexadecimal is not accepted)". */
export function describeBadNumber(text: string): string {
  const trimmed = text.replace(EDGE_BLANKS, '');
  const shown = trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
  let why = '';
  if (/^[+-]?0[xXoObB]/.test(trimmed)) why = ' (hexadecimal, octal and binary are not accepted)';
  else if (/^[+-]?(?:Infinity|inf|Inf|INF)$/.test(trimmed)) why = ' (infinite values are not accepted)';
  else if (DECIMAL.test(trimmed)) why = ' (it is too large for a 64-bit float)';
  else if (/^[+-]?[\d.]+,[\d.,]*$/.test(trimmed)) why = ' (thousands separators and decimal commas are not accepted)';
  else if (trimmed.includes('_')) why = ' (digit separators are not accepted)';
  return `'${shown}' is not a number${why}`;
}

/** Returned by scanDecimal when the text needs numberFromText; never a result of a valid parse. */
export const NOT_SIMPLE = Infinity;

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Where scanDecimal stopped: one shared object, so the hot loop allocates nothing. */
export const SCANNED = { end: 0 };

/** scanDecimalInto's value for scanDecimal. */
const SCANNED_VALUE = new Float64Array(1);

/**
 * Fast path for numeric fields read as bytes: a plain decimal with at most 15 significant digits and
 * a decimal exponent within ±22, computed exactly as Number() would (one correctly rounded
 * multiplication or division of two exactly representable values: Clinger's fast path).
 * Reads from `start` while the bytes fit [+-] digits [. digits] [e|E [+-] digits], at most to `limit`,
 * and sets SCANNED.end to where it stopped. Returns NaN (missing) when it read nothing, NOT_SIMPLE when
 * what it read needs numberFromText (a lone sign or point, a long mantissa, a large exponent), else
 * the value of the bytes it read; the caller decides whether the field ends there.
 */
export function scanDecimal(bytes: Uint8Array, start: number, limit: number): number {
  SCANNED.end = scanDecimalInto(bytes, start, limit, SCANNED_VALUE, 0);
  return SCANNED_VALUE[0]!;
}

/**
 * scanDecimal writing its result to `out[index]` and returning where it stopped: what the CSV parser's
 * hot loop calls. A double returned from a function that is not inlined is boxed, one heap number per
 * field (20 million for 1M rows x 20: a young-generation collection every 4 ms of the read); an int and a
 * store into a Float64Array are not.
 */
export function scanDecimalInto(bytes: Uint8Array, start: number, limit: number, out: Float64Array, index: number): number {
  let i = start;
  if (i === limit) {
    out[index] = NaN;
    return i;
  }
  let c = bytes[i]!;
  const negative = c === 45;
  if (negative || c === 43) i++;
  let mantissa = 0;
  let digits = 0;
  let exponent = 0;
  let sawDigit = false;
  for (; i < limit; i++) {
    const d = bytes[i]! - 48;
    if (d < 0 || d > 9) break;
    sawDigit = true;
    if (mantissa === 0 && d === 0) continue;
    mantissa = mantissa * 10 + d;
    digits++;
  }
  if (i < limit && bytes[i] === 46) {
    for (i++; i < limit; i++) {
      const d = bytes[i]! - 48;
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
    c = i < limit ? bytes[i]! : 0;
    const negativeExponent = c === 45;
    if (negativeExponent || c === 43) i++;
    let written = 0;
    let value = 0;
    for (; i < limit; i++) {
      const d = bytes[i]! - 48;
      if (d < 0 || d > 9) break;
      if (value < 1000) value = value * 10 + d;
      written++;
    }
    if (written === 0) {
      out[index] = NOT_SIMPLE;
      return i;
    }
    exponent += negativeExponent ? -value : value;
  }
  let value: number;
  if (mantissa === 0) value = 0;
  else if (exponent === 0) value = mantissa;
  else if (exponent > 0 && exponent <= 22) value = mantissa * POWERS_OF_TEN[exponent]!;
  else if (exponent < 0 && exponent >= -22) value = mantissa / POWERS_OF_TEN[-exponent]!;
  else {
    out[index] = NOT_SIMPLE;
    return i;
  }
  out[index] = negative ? -value : value;
  return i;
}

/** scanDecimal over exactly [start, end): NaN if empty, NOT_SIMPLE unless all of it is a simple decimal. */
export function parseAsciiDecimal(bytes: Uint8Array, start: number, end: number): number {
  const value = scanDecimal(bytes, start, end);
  return SCANNED.end === end ? value : NOT_SIMPLE;
}
