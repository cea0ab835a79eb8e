import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  INITIAL_CAPACITY,
  MISSING_NUMBER_TEXTS,
  NOT_SIMPLE,
  SCANNED,
  checkRequest,
  createBuilders,
  describeBadNumber,
  finishTable,
  missingColumnsError,
  numberFromText,
  parseAsciiDecimal,
  scanDecimal,
  storeValue,
  wholeTable
} from "./chunk-ASIRDCRK.js";
import {
  startWorkerThread
} from "./chunk-AS33UUS6.js";
import {
  DataFormatError,
  Utf8Checker,
  formatOf,
  invalidUtf8,
  parseCsvHeader,
  readColumns,
  utf16Error
} from "./chunk-GOQ77XTK.js";
import {
  detached
} from "./chunk-QU7YDUXK.js";
import {
  analyseDrift
} from "./chunk-WBCE6ZCP.js";
import {
  checkDriftSettings,
  featureSides,
  testFeature
} from "./chunk-IBIRJX6C.js";
import {
  MISSING_CODE
} from "./chunk-OCGOFK7Z.js";

// src/core/evaluation/labels.ts
var LabelError = class extends Error {
};
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
function rejectMissing(column) {
  const { count, first } = missingRows(column);
  if (count > 0) throw new LabelError(`label column '${column.name}' is missing on ${count} row(s), the first being data row ${first + 1}; every evaluation row needs a label`);
}
function binaryTruth(column, positive) {
  rejectMissing(column);
  if (column.kind === "numeric") {
    const value = Number(positive);
    const seen2 = firstDistinct(column.values);
    const distinct = seen2.length > 2 ? [...new Set(column.values)] : seen2;
    if (distinct.length > 2) throw new LabelError(`label column '${column.name}' has ${distinct.length} distinct values; binary classification needs two`);
    if (!distinct.includes(value)) throw new LabelError(`positive class ${String(positive)} never occurs in label column '${column.name}' (values: ${distinct.join(", ")})`);
    return truthWhere(column.values, value);
  }
  const seen = firstDistinct(column.codes);
  const used = seen.length > 2 ? [...new Set(column.codes)] : seen;
  if (used.length > 2) {
    const values = used.map((code) => column.categories[code]).slice(0, 10);
    throw new LabelError(`label column '${column.name}' has ${used.length} distinct values (${values.join(", ")}); binary classification needs two`);
  }
  const positiveCode = column.categories.indexOf(String(positive));
  if (positiveCode === -1 || !used.includes(positiveCode)) {
    throw new LabelError(`positive class '${String(positive)}' never occurs in label column '${column.name}' (values: ${used.map((c) => column.categories[c]).join(", ")})`);
  }
  return truthWhere(column.codes, positiveCode);
}
function firstDistinct(values) {
  const seen = [];
  let a = Number.NaN;
  let b = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === a || v === b) continue;
    seen.push(v);
    if (seen.length === 1) a = v;
    else if (seen.length === 2) b = v;
    else break;
  }
  return seen;
}
function truthWhere(values, target) {
  const truth = new Uint8Array(values.length);
  for (let i = 0; i < truth.length; i++) truth[i] = values[i] === target ? 1 : 0;
  return truth;
}
function multiclassTruth(column, classes) {
  rejectMissing(column);
  const index = new Map(classes.map((c, i) => [String(c), i]));
  const text = (row) => column.kind === "numeric" ? String(column.values[row]) : column.categories[column.codes[row]];
  const n = column.kind === "numeric" ? column.values.length : column.codes.length;
  const truth = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    const k = index.get(text(row));
    if (k === void 0) throw new LabelError(`label '${text(row)}' on data row ${row + 1} is not one of data.label.classes (${classes.join(", ")})`);
    truth[row] = k;
  }
  return truth;
}
function regressionTruth(column) {
  if (column.kind !== "numeric") throw new LabelError(`label column '${column.name}' must be numeric for regression`);
  rejectMissing(column);
  return column.values;
}

// src/io/data/read-table.ts
import { relative, sep } from "node:path";

// src/io/data/csv.ts
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
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
function readCsvTable(path, columns, options = {}) {
  return wholeTable(csvTables, path, columns, options);
}
async function* csvTables(path, columns, options) {
  const whole = options.batchRows === Infinity;
  const fileBytes = whole ? (await stat(path)).size : 0;
  const utf8 = new Utf8Checker();
  const header = new HeaderScanner(path);
  let body;
  let yielded = false;
  for await (const chunk of createReadStream(path, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES })) {
    if (utf8.atStart()) {
      const utf16 = utf16Error(path, chunk);
      if (utf16) throw utf16;
    }
    const invalid = utf8.push(chunk);
    if (invalid !== -1) throw await invalidUtf8(path, invalid);
    if (!body) {
      const rest = header.push(chunk);
      if (rest === void 0) {
        if (header.bytes > MAX_HEADER_BYTES) throw new DataFormatError(`${path}: the header row is longer than ${MAX_HEADER_BYTES} bytes (is a quote left open?)`, { file: path, line: 1 });
        continue;
      }
      body = new CsvBodyParser(path, header.names(), header.lineFeeds + 2, columns);
      body.push(rest);
      if (whole) body.expectBodyBytes(rest.length, fileBytes - header.bytes - 1);
    } else body.push(chunk);
    if (body.rows >= options.batchRows) {
      yield body.takeRows();
      yielded = true;
    }
  }
  const cutOff = utf8.end();
  if (cutOff !== -1) throw await invalidUtf8(path, cutOff);
  body ??= new CsvBodyParser(path, header.names(), header.lineFeeds + 2, columns);
  const last = body.finish();
  if (last.rowCount > 0 || !yielded) yield last;
}
var HeaderScanner = class {
  constructor(path) {
    this.path = path;
  }
  path;
  pieces = [];
  quoted = false;
  afterCr = false;
  ended = false;
  bytes = 0;
  lineFeeds = 0;
  /** The bytes after the header's line feed once it has been seen, else undefined. */
  push(chunk) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.afterCr && c !== LF) {
        throw new DataFormatError(`${this.path}, line ${this.lineFeeds + 1}: a carriage return is not followed by a line feed: only LF and CRLF line endings are supported`, {
          file: this.path,
          line: this.lineFeeds + 1
        });
      }
      this.afterCr = false;
      if (c === QUOTE) this.quoted = !this.quoted;
      else if (c === CR) this.afterCr = !this.quoted;
      else if (c === LF) {
        if (!this.quoted) {
          this.pieces.push(chunk.subarray(0, i));
          this.bytes += i;
          this.ended = true;
          return chunk.subarray(i + 1);
        }
        this.lineFeeds++;
      }
    }
    this.pieces.push(chunk);
    this.bytes += chunk.length;
    return void 0;
  }
  names() {
    const path = this.path;
    const text = Buffer.concat(this.pieces).toString("utf8").replace(/^\uFEFF/, "");
    if (text === "" && !this.ended) throw new DataFormatError(`${path}: the file is empty: expected a header row`, { file: path, line: 1 });
    if (text.trim() === "") throw new DataFormatError(`${path}, line 1: the first line is blank: expected a header row`, { file: path, line: 1 });
    try {
      return parseCsvHeader(text);
    } catch (error) {
      if (error instanceof DataFormatError) throw new DataFormatError(`${path}, line 1: ${error.message}`, { file: path, line: 1 });
      throw error;
    }
  }
};
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
              const value = scanDecimal(buf, i, n);
              i = SCANNED.end;
              if (i < n && value !== NOT_SIMPLE) {
                c = buf[i];
                if (c === COMMA || c === LF || c === CR) {
                  builder.values[row] = value;
                  break;
                }
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
    return finishTable(this.builders, this.rowCount);
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

// src/io/data/jsonl.ts
import { createReadStream as createReadStream2 } from "node:fs";
var LF2 = 10;
var CHUNK_BYTES2 = 1 << 20;
var BLANK = /^[ \t\r]*$/;
function readJsonlTable(path, columns, options = {}) {
  return wholeTable(jsonlTables, path, columns, options);
}
async function* jsonlTables(path, columns, options) {
  let builders = createBuilders(columns);
  const seen = new Array(columns.length).fill(false);
  let firstKeys;
  let capacity = INITIAL_CAPACITY;
  let rowCount = 0;
  let total = 0;
  let line = 1;
  const full = [];
  const fail = (message, column) => new DataFormatError(`${path}, line ${line}: ${message}`, column === void 0 ? { file: path, line } : { file: path, line, column });
  const readLine = (bytes) => {
    let text = bytes.toString("utf8");
    if (line === 1 && text.charCodeAt(0) === 65279) text = text.slice(1);
    if (BLANK.test(text)) return;
    let record;
    try {
      record = JSON.parse(text);
    } catch (error) {
      throw fail(`not valid JSON (${error.message})`);
    }
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      throw fail(`expected a JSON object, got ${Array.isArray(record) ? "an array" : record === null ? "null" : `a ${typeof record}`}`);
    }
    const object = record;
    firstKeys ??= Object.keys(object);
    if (rowCount === capacity) {
      capacity *= 2;
      for (const builder of builders) builder.reserve(capacity);
    }
    for (let slot = 0; slot < columns.length; slot++) {
      const name = columns[slot].name;
      const present = Object.hasOwn(object, name);
      if (present) seen[slot] = true;
      const problem = storeValue(builders[slot], rowCount, present ? object[name] : void 0);
      if (problem !== void 0) throw fail(`column '${name}': ${problem}`, name);
    }
    rowCount++;
    total++;
    if (rowCount >= options.batchRows) {
      full.push(finishTable(builders, rowCount));
      builders = createBuilders(columns);
      capacity = INITIAL_CAPACITY;
      rowCount = 0;
    }
  };
  const utf8 = new Utf8Checker();
  const pending = [];
  for await (const chunk of createReadStream2(path, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES2 })) {
    if (utf8.atStart()) {
      const utf16 = utf16Error(path, chunk);
      if (utf16) throw utf16;
    }
    const invalid = utf8.push(chunk);
    if (invalid !== -1) throw await invalidUtf8(path, invalid);
    let start = 0;
    for (let end = chunk.indexOf(LF2); end !== -1; end = chunk.indexOf(LF2, start)) {
      const piece = chunk.subarray(start, end);
      readLine(pending.length > 0 ? Buffer.concat([...pending.splice(0), piece]) : piece);
      line++;
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
    yield* full.splice(0);
  }
  const cutOff = utf8.end();
  if (cutOff !== -1) throw await invalidUtf8(path, cutOff);
  if (pending.length > 0) readLine(Buffer.concat(pending));
  if (total === 0) throw new DataFormatError(`${path}: the file has no records: expected one JSON object per line`, { file: path });
  const missing = columns.filter((_, slot) => !seen[slot]).map((c) => c.name);
  if (missing.length > 0) throw missingColumnsError(path, missing, firstKeys ?? [], "any record", "the first record");
  yield* full.splice(0);
  if (rowCount > 0 || options.batchRows === Infinity) yield finishTable(builders, rowCount);
}

// src/io/data/read-table.ts
var TABLE_READERS = {
  csv: readCsvTable,
  jsonl: readJsonlTable,
  // hyparquet (118 kB of the bundle) is compiled only when a Parquet file is read (issue 18)
  parquet: async (path, columns) => (await import("./parquet-C2F6FXSE.js")).readParquetTable(path, columns)
};
async function readTable(path, request) {
  checkRequest(path, request.columns);
  const reader = TABLE_READERS[request.format];
  if (!reader) throw new Error(`${path}: unknown data format '${String(request.format)}'`);
  let table;
  try {
    table = await reader(path, request.columns);
  } catch (error) {
    const code = error?.code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) throw new DataFormatError(`${path}: cannot be read (${code})`, { file: path });
    throw error;
  }
  if (table.rowCount === 0) {
    throw new DataFormatError(`${path}: the file has no data rows${request.format === "csv" ? ", only a header" : ""}`, request.format === "parquet" ? { file: path } : { file: path, line: 2 });
  }
  return table;
}
function dataErrorFinding(error, root, fallbackFile) {
  const { file, line } = error.location;
  const shown = file !== void 0 && (file === root || file.startsWith(root + sep)) ? relative(root, file).split(sep).join("/") : fallbackFile;
  let message = error.message;
  if (file !== void 0) {
    for (const prefix of [`${file}, line ${line}: `, `${file}: `]) if (message.startsWith(prefix)) message = message.slice(prefix.length);
  }
  message = message.split(root + sep).join("");
  return { severity: "error", category: "input", code: "unreadable-data", message, file: shown, ...line !== void 0 ? { line, column: 1 } : {} };
}

// src/commands/drift-workers.ts
import { availableParallelism, cpus, loadavg } from "node:os";
var DRIFT_WORKER_MIN_VALUES = 2e6;
var IN_FLIGHT = 2;
function cpuSnapshot() {
  const cores = cpus();
  let busy = cores.length === 0 ? Number.NaN : 0;
  for (const { times } of cores) busy += times.user + times.nice + times.sys + times.irq;
  const own = process.cpuUsage();
  return { at: performance.now(), busy, own: (own.user + own.system) / 1e3 };
}
var started = cpuSnapshot();
function othersLoad(since = started) {
  const now = cpuSnapshot();
  const elapsed = now.at - since.at;
  if (elapsed < 250 || !(now.busy === now.busy && since.busy === since.busy)) return loadavg()[0];
  return Math.max(0, (now.busy - since.busy - (now.own - since.own)) / elapsed);
}
function driftThreadsFor(values, features, env = process.env, cores = availableParallelism(), load = othersLoad()) {
  const forced = env["MODELOPS_DRIFT_THREADS"];
  if (forced !== void 0 && /^\d+$/.test(forced)) return Math.min(Number(forced), Math.max(0, features - 1));
  if (values < DRIFT_WORKER_MIN_VALUES || features < 2) return 0;
  const idle = Math.round(cores - load - 1);
  return Math.max(0, Math.min(idle, cores - 1, features - 1));
}
var startWorker = () => startWorkerThread("drift-worker", import.meta.url);
function rethrown({ kind, message, stack }) {
  const error = kind === "range" ? new RangeError(message) : new Error(message);
  if (stack) error.stack = `${stack}
    (in a drift worker thread)`;
  return error;
}
var DriftWorker = class {
  worker = startWorker();
  pending = /* @__PURE__ */ new Map();
  ids = 0;
  failure;
  constructor() {
    this.worker.unref();
    this.worker.on("message", (reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if ("error" in reply) waiting.reject(rethrown(reply.error));
      else waiting.resolve(reply);
    });
    const fail = (error) => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`drift worker exited (code ${code})`)));
  }
  /** Posts a request (its typed arrays copied and transferred) and waits for the reply. */
  request(body) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.ids++;
    const transfer = [];
    const message = { ...detached(body, transfer), id };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage(message, transfer);
    });
  }
  terminate() {
    return this.worker.terminate();
  }
};
var DriftWorkers = class {
  workers;
  constructor(threads) {
    this.workers = Array.from({ length: threads }, () => new DriftWorker());
  }
  get threads() {
    return this.workers.length;
  }
  /**
   * testFeature on each pair, under `settings`, on the workers and the main thread (which takes features from
   * the same queue); the results in the order of `pairs`, as analyseDrift's `tested`. The settings are checked
   * first, on the main thread, as datasetDrift checks them. `alsoUnder`: each prepared column is tested under
   * these settings too (TestedFeature.also).
   */
  async testFeatures(pairs, settings = {}, alsoUnder = []) {
    checkDriftSettings(settings);
    for (const other of alsoUnder) checkDriftSettings(other);
    const results = new Array(pairs.length);
    let next = 0;
    const take = () => next < pairs.length ? next++ : void 0;
    const onWorker = async (worker) => {
      for (let index = take(); index !== void 0; index = take()) {
        const reply = await worker.request({ kind: "features", features: [pairs[index]], settings, also: [...alsoUnder] });
        if (reply.kind !== "features") throw new Error(`drift worker: a ${reply.kind} reply to a features request`);
        results[index] = reply.tested[0];
      }
    };
    const here = async () => {
      for (let index = take(); index !== void 0; index = take()) {
        results[index] = testFeature(pairs[index].reference, pairs[index].current, settings, alsoUnder);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const running = this.workers.flatMap((worker) => Array.from({ length: IN_FLIGHT }, () => onWorker(worker)));
    running.push(here());
    await Promise.all(running);
    return results;
  }
  /** The features of `input` tested on the workers and the main thread, then analyseDrift on the main thread: the same evaluation as analyseDrift(input). */
  async analyseDrift(input) {
    if (this.workers.length === 0 || input.tested) return analyseDrift(input);
    const pairs = input.features.map((f) => featureSides(input, f.name));
    const tested = await this.testFeatures(pairs, input.settings ?? {});
    return analyseDrift({ ...input, tested });
  }
  /** analyseDrift(input) as a whole on one worker (e.g. while the main thread runs a model); on the main thread without workers. */
  async analyseDriftOnWorker(input) {
    const worker = this.workers[0];
    if (!worker) return analyseDrift(input);
    const reply = await worker.request({ kind: "analysis", input });
    if (reply.kind !== "analysis") throw new Error(`drift worker: a ${reply.kind} reply to an analysis request`);
    return reply.evaluation;
  }
  async close() {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
};
async function analyseDriftSpread(input, env = process.env) {
  const numeric = input.features.length;
  const threads = driftThreadsFor((input.reference.rowCount + input.current.rowCount) * numeric, numeric, env);
  if (threads === 0) return analyseDrift(input);
  const pool = new DriftWorkers(threads);
  try {
    return await pool.analyseDrift(input);
  } finally {
    await pool.close();
  }
}

// src/commands/evaluate/drift.ts
async function driftColumns(manifest, path, format) {
  const features = manifest.data.features.map((f) => ({ name: f.name, kind: f.type }));
  const label = manifest.data.label.column;
  const header = format ? await readColumns(path, format) : [];
  const labelled = header.includes(label) && !features.some((f) => f.name === label);
  return { columns: labelled ? [...features, { name: label, kind: manifest.problem.task === "regression" ? "numeric" : "categorical" }] : features, labelled };
}
function outputColumn(manifest, prediction) {
  if (prediction.task === "binary-classification") {
    const column = { name: "score", kind: "numeric", values: prediction.score };
    return { output: `P(${String(manifest.data.label.positive)})`, column };
  }
  if (prediction.task === "multiclass-classification") {
    const classes = manifest.data.label.classes?.map(String) ?? Array.from({ length: prediction.classCount }, (_, k) => String(k));
    const column = { name: "predicted class", kind: "categorical", codes: Int32Array.from(prediction.yPred), categories: classes };
    return { output: "predicted class", column };
  }
  return { output: "prediction", column: { name: "prediction", kind: "numeric", values: prediction.prediction } };
}
async function readReference(manifest, files) {
  const path = manifest.data.reference.path;
  const format = formatOf(path, manifest.data.reference.format);
  const absolute = files.absolute(path);
  const { columns, labelled } = await driftColumns(manifest, absolute, format);
  return { table: await readTable(absolute, { format, columns }), dataset: path, labelled };
}
async function measureDrift(context, reference, current) {
  const input = await driftInput(context, reference, current);
  context.progress(`${context.manifest.metadata.name}: drift of ${current.dataset} against ${reference.dataset}`);
  return analyseDriftSpread(input);
}
async function driftInput(context, reference, current) {
  const { manifest, runner, seed, progress } = context;
  const name = manifest.metadata.name;
  const skipped = [];
  const input = {
    features: manifest.data.features,
    reference: reference.table,
    current: current.table,
    datasets: { reference: reference.dataset, current: current.dataset },
    ...manifest.gates?.drift ? { settings: manifest.gates.drift } : {},
    skipped,
    seed
  };
  if (runner) {
    progress(`${name}: running the model on ${reference.dataset} (${reference.table.rowCount} rows) for prediction drift`);
    const referencePrediction = reference.prediction ?? await runner.predict(reference.table);
    const currentPrediction = current.prediction ?? await runner.predict(current.table);
    const ref = outputColumn(manifest, referencePrediction);
    input.prediction = { output: ref.output, reference: ref.column, current: outputColumn(manifest, currentPrediction).column };
    if (referencePrediction.task === "binary-classification" && currentPrediction.task === "binary-classification") {
      const labels = (side) => {
        if (!side.labelled) return `${side.dataset} has no label column '${manifest.data.label.column}'`;
        try {
          return binaryTruth(side.table.columns.get(manifest.data.label.column), manifest.data.label.positive);
        } catch (error) {
          if (error instanceof LabelError) return error.message;
          throw error;
        }
      };
      const referenceTruth = labels(reference);
      const currentTruth = labels(current);
      if (typeof referenceTruth === "string") skipped.push({ part: "performance", reason: `CBPE learns from a labelled reference: ${referenceTruth}` });
      else {
        input.performance = {
          reference: { yTrue: referenceTruth, score: referencePrediction.score, yPred: referencePrediction.yPred },
          current: { score: currentPrediction.score, yPred: currentPrediction.yPred, ...typeof currentTruth === "string" ? {} : { yTrue: currentTruth } },
          threshold: referencePrediction.threshold
        };
      }
    } else skipped.push({ part: "performance", reason: `CBPE estimates binary classifiers; this is ${manifest.problem.task}` });
  } else {
    skipped.push({ part: "prediction", reason: "the model was not run" }, { part: "performance", reason: "the model was not run" });
  }
  return input;
}

export {
  LabelError,
  binaryTruth,
  multiclassTruth,
  regressionTruth,
  readTable,
  dataErrorFinding,
  DriftWorkers,
  driftColumns,
  readReference,
  measureDrift,
  driftInput
};
