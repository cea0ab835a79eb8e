import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  LabelError,
  binaryTruth
} from "./chunk-64VRGK3D.js";
import {
  CpuMeter,
  idleThreadsBeside,
  othersLoad,
  startWorkerThread,
  threadsOverride
} from "./chunk-XFET4F4N.js";
import {
  analyseDrift,
  checkDriftSettings,
  featureSides,
  prepareColumn,
  testFeature
} from "./chunk-ISKUHNDR.js";
import {
  INITIAL_CAPACITY,
  MISSING_NUMBER_TEXTS,
  NOT_SIMPLE,
  checkRequest,
  createBuilders,
  describeBadNumber,
  finishTable,
  missingColumnsError,
  numberFromText,
  parseAsciiDecimal,
  scanDecimalInto,
  storeValue,
  wholeTable
} from "./chunk-6HMGHRNK.js";
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
  MISSING_CODE
} from "./chunk-VNFW3NFW.js";

// src/io/data/read-table.ts
import { relative, sep } from "node:path";

// src/io/data/csv.ts
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { open, stat } from "node:fs/promises";

// src/io/data/csv-threads.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_BYTES = 24 << 20;
function csvReadThreads(fileBytes, env = process.env, cores = availableParallelism()) {
  const forced = threadsOverride(env, "MODELOPS_READ_THREADS");
  if (forced !== void 0) return { threads: Math.min(forced, 1), measure: false };
  const threads = fileBytes >= PARALLEL_MIN_BYTES && cores >= 2 ? 1 : 0;
  return { threads, measure: threads > 0 };
}
var MIN_IDLE_CORES = 0.5;
function startCsvWorker() {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./csv-worker.js", import.meta.url));
  const entry = JSON.stringify(new URL("./csv-worker.ts", import.meta.url).href);
  const bootstrap = `const { dirname, join } = require('node:path');
const tsx = dirname(require('node:module').createRequire(${JSON.stringify(import.meta.url)}).resolve('tsx/package.json'));
import(require('node:url').pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href).then(({ tsImport }) => tsImport(${entry}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(bootstrap, { eval: true });
}
var CsvPart = class {
  /** Started with the worker: what the rest of the machine leaves while it loads. */
  meter = new CpuMeter();
  worker;
  isReady = false;
  ready;
  answer;
  /** Answers to the spare thread's jobs, in the order they were posted. */
  pending = [];
  failed;
  constructor() {
    let signal = () => {
    };
    this.ready = new Promise((resolve) => signal = resolve);
    const fail = (message) => {
      signal(false);
      this.failed ??= { ok: false, message };
      this.answer?.(this.failed);
      for (const answer of this.pending.splice(0)) answer({ type: "done", ...this.failed });
    };
    try {
      const worker = startCsvWorker();
      worker.on("message", (message) => {
        if (!("type" in message)) this.answer?.(message);
        else if (message.type === "done") this.pending.shift()?.(message);
        else {
          this.isReady = true;
          signal(true);
        }
      });
      worker.once("error", (error) => fail(error.message));
      worker.once("exit", (code) => fail(`the CSV worker exited (code ${code})`));
      this.worker = worker;
    } catch (error) {
      fail(error.message);
    }
  }
  /** Posts the task; resolves with the worker's reply. */
  run(task) {
    if (this.failed) return Promise.resolve(this.failed);
    return new Promise((resolve) => {
      this.answer = resolve;
      this.worker.postMessage(task);
    });
  }
  /**
   * The worker, once its part is joined, as a SpareThread: unreferenced while idle, so the process exits
   * whether or not anyone closes it.
   */
  keep() {
    this.worker?.unref();
    const post = (job) => new Promise((resolve, reject) => {
      const worker = this.worker;
      if (this.failed || worker === void 0) return reject(new Error(this.failed?.message ?? "the CSV worker was stopped"));
      if (this.pending.length === 0) worker.ref();
      this.pending.push((reply) => {
        if (this.pending.length === 0) this.worker?.unref();
        if (reply.ok) resolve();
        else reject(new Error(reply.message));
      });
      worker.postMessage(job);
    });
    return {
      sort: async (values) => {
        if (!(values.buffer instanceof SharedArrayBuffer)) throw new TypeError("sort: the values must be a view of a SharedArrayBuffer");
        await post({ job: "sort", values: values.buffer, byteOffset: values.byteOffset, length: values.length });
      },
      close: () => this.stop()
    };
  }
  stop() {
    const worker = this.worker;
    this.worker = void 0;
    if (worker) void worker.terminate();
  }
};

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
async function readCsvTable(path, columns, options = {}) {
  const fileBytes = (await stat(path)).size;
  const { threads, measure } = options.threads !== void 0 ? { threads: options.threads, measure: false } : csvReadThreads(fileBytes);
  return readCsvWhole(path, columns, fileBytes, options, threads > 0 && columns.length > 0 ? new CsvPart() : void 0, measure);
}
var CsvReading = class {
  /** `fileBytes` sizes the columns for the whole file from its first chunk (0: grow as needed). */
  constructor(path, columns, fileBytes) {
    this.path = path;
    this.columns = columns;
    this.fileBytes = fileBytes;
    this.header = new HeaderScanner(path);
  }
  path;
  columns;
  fileBytes;
  utf8 = new Utf8Checker();
  header;
  body;
  /** Offset of the body's first byte (once the header has been read). */
  get bodyStart() {
    return this.header.bytes + 1;
  }
  async push(chunk) {
    const path = this.path;
    if (this.utf8.atStart()) {
      const utf16 = utf16Error(path, chunk);
      if (utf16) throw utf16;
    }
    const invalid = this.utf8.push(chunk);
    if (invalid !== -1) throw await invalidUtf8(path, invalid);
    if (this.body) {
      this.body.push(chunk);
      return;
    }
    const rest = this.header.push(chunk);
    if (rest === void 0) {
      if (this.header.bytes > MAX_HEADER_BYTES) throw new DataFormatError(`${path}: the header row is longer than ${MAX_HEADER_BYTES} bytes (is a quote left open?)`, { file: path, line: 1 });
      return;
    }
    this.body = new CsvBodyParser(path, this.header.names(), this.header.lineFeeds + 2, this.columns);
    this.body.push(rest);
    if (this.fileBytes > 0) this.body.expectBodyBytes(rest.length, this.fileBytes - this.bodyStart);
  }
  /** No UTF-8 character is cut off where the bytes pushed so far end. */
  atCharacterBoundary() {
    return this.utf8.end() === -1;
  }
  /** The body parser once every byte has been pushed (the file's end checked). */
  async end() {
    const cutOff = this.utf8.end();
    if (cutOff !== -1) throw await invalidUtf8(this.path, cutOff);
    this.body ??= new CsvBodyParser(this.path, this.header.names(), this.header.lineFeeds + 2, this.columns);
    return this.body;
  }
};
var MIN_PART_BYTES = 4 << 20;
var SPLIT_WINDOW_BYTES = 1 << 18;
async function readCsvWhole(path, columns, fileBytes, options, part, measure) {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    part?.stop();
    throw error;
  }
  let kept = false;
  try {
    const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
    const reading = new CsvReading(path, columns, fileBytes);
    let position = 0;
    let end = fileBytes;
    let decided = false;
    let split;
    const decide = async () => {
      const body = reading.body;
      if (part === void 0 || decided || body === void 0 || body.rows === 0) return;
      const forced = options.splitAt;
      if (forced === void 0 ? !part.isReady : position < forced) return;
      decided = true;
      let at = -1;
      if (await part.ready) {
        if (forced !== void 0) at = lineStartAfter(handle, Math.max(position, forced), fileBytes, fileBytes - forced);
        else {
          const idleEnough = !measure || part.meter.idleBesideMain() >= MIN_IDLE_CORES;
          if (idleEnough && fileBytes - position >= MIN_PART_BYTES) at = lineStartAfter(handle, position + Math.floor((fileBytes - position) / 2), fileBytes, SPLIT_WINDOW_BYTES);
        }
      }
      if (at === -1) {
        part.stop();
        return;
      }
      const rowsPerByte = body.rows / (position - reading.bodyStart);
      const offset = body.rows + 1 + Math.ceil((at - position) * rowsPerByte * 1.04) + 64;
      const capacity = Math.ceil((fileBytes - at) * rowsPerByte * 1.04) + 64;
      const shared = columns.map((c) => new SharedArrayBuffer((offset + capacity) * (c.kind === "numeric" ? 8 : 4)));
      body.adopt(shared.map((buffer, slot) => columns[slot].kind === "numeric" ? new Float64Array(buffer, 0, offset) : new Int32Array(buffer, 0, offset)), offset);
      const task = { path, header: [...body.header], columns: columns.map((c) => ({ name: c.name, kind: c.kind })), start: at, shared, offset, capacity, ...options.keepThread ? { warm: true } : {} };
      split = { at, task, reply: part.run(task) };
      end = at;
    };
    const length = () => Math.min(chunkBytes, end - position, options.splitAt !== void 0 && position < options.splitAt ? options.splitAt - position : Infinity);
    const spare = [];
    const pump = async () => {
      let next = readAt(handle, position, length(), spare.pop());
      while (next !== void 0) {
        const { buffer, bytes } = await next;
        next = void 0;
        const chunk = bytes.subarray(0, Math.min(bytes.length, end - position));
        if (chunk.length === 0) break;
        position += chunk.length;
        if (position < end) next = readAt(handle, position, length(), spare.pop());
        const reuse = reading.body !== void 0;
        await reading.push(chunk);
        if (reuse) spare.push(buffer);
        await decide();
        if (next !== void 0 && position >= end) {
          await next;
          next = void 0;
        }
      }
    };
    await pump();
    if (split !== void 0) {
      const body = reading.body;
      if (body.atRecordStart() && reading.atCharacterBoundary()) {
        const reply = await split.reply;
        if (reply.ok) {
          body.appendPart(reply, split.task);
          options.onRead?.("two threads");
          const table = (await reading.end()).finish();
          if (options.keepThread) {
            options.keepThread(part.keep());
            kept = true;
          }
          return table;
        }
      }
      part.stop();
      end = fileBytes;
      await pump();
    }
    options.onRead?.("one thread");
    return (await reading.end()).finish();
  } finally {
    if (!kept) part?.stop();
    await handle.close();
  }
}
async function readAt(handle, position, length, into) {
  const buffer = into !== void 0 && into.length >= length ? into : Buffer.allocUnsafeSlow(Math.max(length, 1));
  if (length <= 0) return { buffer, bytes: buffer.subarray(0, 0) };
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return { buffer, bytes: buffer.subarray(0, bytesRead) };
}
function lineStartAfter(handle, from, fileBytes, window) {
  const bytes = Buffer.allocUnsafe(Math.max(0, Math.min(window, fileBytes - from)));
  const read = readSync(handle.fd, bytes, 0, bytes.length, from);
  const at = bytes.subarray(0, read).indexOf(LF);
  return at === -1 || from + at + 1 >= fileBytes ? -1 : from + at + 1;
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
  parquet: async (path, columns) => (await import("./parquet-V7EQCHI2.js")).readParquetTable(path, columns)
};
async function readTable(path, request) {
  checkRequest(path, request.columns);
  const reader = TABLE_READERS[request.format];
  if (!reader) throw new Error(`${path}: unknown data format '${String(request.format)}'`);
  let table;
  try {
    table = request.format === "csv" && request.keepThread ? await readCsvTable(path, request.columns, { keepThread: request.keepThread }) : await reader(path, request.columns);
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
import { availableParallelism as availableParallelism2 } from "node:os";

// src/commands/drift-worker-protocol.ts
function detached(value, transfer, owned = false) {
  const seen = new Set(transfer);
  const done = /* @__PURE__ */ new Map();
  const walk = (v) => {
    if (v === null || typeof v !== "object") return v;
    if (ArrayBuffer.isView(v)) {
      if (v instanceof DataView) return v;
      if (done.has(v)) return done.get(v);
      const array = v;
      const whole = array.byteOffset === 0 && array.byteLength === array.buffer.byteLength && array.buffer instanceof ArrayBuffer;
      let out2 = array;
      if (owned && whole && !seen.has(array.buffer)) transfer.push(array.buffer);
      else {
        out2 = array.slice();
        transfer.push(out2.buffer);
      }
      seen.add(out2.buffer);
      done.set(v, out2);
      return out2;
    }
    if (v instanceof Map) return new Map(Array.from(v, ([key, item]) => [key, walk(item)]));
    if (Array.isArray(v)) return v.map(walk);
    if (Object.getPrototypeOf(v) !== Object.prototype) return v;
    const out = {};
    for (const key of Object.keys(v)) out[key] = walk(v[key]);
    return out;
  };
  return walk(value);
}

// src/commands/drift-workers.ts
var DRIFT_WORKER_MIN_VALUES = 2e6;
var IN_FLIGHT = 2;
function driftThreadsFor(values, features, env = process.env, cores = availableParallelism2(), load = othersLoad()) {
  const forced = threadsOverride(env, "MODELOPS_DRIFT_THREADS");
  if (forced !== void 0) return Math.min(forced, Math.max(0, features - 1));
  if (values < DRIFT_WORKER_MIN_VALUES || features < 2) return 0;
  return Math.min(idleThreadsBeside(cores, load), features - 1);
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
    try {
      checkDriftSettings(input.settings ?? {});
    } catch (error) {
      for (const { reference, current } of pairs) prepareColumn(reference, current);
      throw error;
    }
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
  /** runChampion(run) on one worker (while the main thread runs the challenger); on the main thread without workers. */
  async championOnWorker(run) {
    const worker = this.workers[0];
    if (!worker) return (await import("./champion-run-SNCKR4FG.js")).runChampion(run);
    const reply = await worker.request({ kind: "champion", run });
    if (reply.kind !== "champion") throw new Error(`drift worker: a ${reply.kind} reply to a champion request`);
    return reply.outcome;
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
  readTable,
  dataErrorFinding,
  DriftWorkers,
  analyseDriftSpread,
  driftColumns,
  readReference,
  measureDrift,
  driftInput
};
