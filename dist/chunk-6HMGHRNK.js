import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  DataFormatError
} from "./chunk-GOQ77XTK.js";
import {
  MISSING_CODE
} from "./chunk-VNFW3NFW.js";
import {
  require_mod
} from "./chunk-6FVM2LXC.js";
import {
  __toESM
} from "./chunk-RFEL46WT.js";

// src/io/data/table-builder.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);

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
function checkRequest(path, columns) {
  const seen = /* @__PURE__ */ new Set();
  for (const column of columns) {
    if (column.kind !== "numeric" && column.kind !== "categorical") throw new Error(`${path}: column '${column.name}' is requested with unknown kind '${String(column.kind)}'`);
    if (seen.has(column.name)) throw new Error(`${path}: column '${column.name}' is requested twice`);
    seen.add(column.name);
  }
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
function storeValue(builder, row, value) {
  if (builder.kind === "numeric") {
    let number;
    if (typeof value === "number") {
      if (value === Infinity || value === -Infinity) return `${value} is not accepted (infinite values are not numbers modelops can use)`;
      number = value;
    } else if (value === null || value === void 0) number = NaN;
    else if (typeof value === "string") {
      number = numberFromText(value);
      if (number === void 0) return describeBadNumber(value);
    } else if (typeof value === "bigint") {
      if (value > 2n ** 53n || value < -(2n ** 53n)) return `${value} is beyond \xB12^53, so a 64-bit float cannot hold it exactly`;
      number = Number(value);
    } else if (typeof value === "boolean") return `${value} is a boolean, not a number (declare the column categorical to read 'true'/'false')`;
    else return unsupported(value, "a number");
    builder.values[row] = number;
    return void 0;
  }
  let code;
  if (typeof value === "string") code = builder.code(value);
  else if (value === null || value === void 0) code = MISSING_CODE;
  else if (typeof value === "boolean") code = builder.code(value ? "true" : "false");
  else if (typeof value === "number") code = Number.isNaN(value) ? MISSING_CODE : builder.code(String(value));
  else if (typeof value === "bigint") code = builder.code(String(value));
  else return unsupported(value, "a category");
  builder.codes[row] = code;
  return void 0;
}
function unsupported(value, wanted) {
  if (value instanceof Date) return `a date/time is not ${wanted} (store times as numbers, e.g. seconds since 1970, or as text)`;
  if (value instanceof Uint8Array) return `binary data is not ${wanted} (store it as UTF-8 text)`;
  const what = Array.isArray(value) ? "an array" : typeof value === "object" ? "a nested object" : `a ${typeof value}`;
  return `${what} is not ${wanted} (nested values are not supported: flatten them into columns)`;
}
async function wholeTable(read, path, columns, options) {
  for await (const table of read(path, columns, { ...options, batchRows: Infinity })) return table;
  throw new Error(`${path}: the reader gave no table`);
}

export {
  MISSING_NUMBER_TEXTS,
  numberFromText,
  describeBadNumber,
  NOT_SIMPLE,
  scanDecimalInto,
  parseAsciiDecimal,
  INITIAL_CAPACITY,
  createBuilders,
  finishTable,
  checkRequest,
  missingColumnsError,
  storeValue,
  wholeTable
};
