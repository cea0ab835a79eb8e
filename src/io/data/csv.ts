// CSV reader (RFC 4180), streamed: the file is read in chunks and a byte-level state machine walks
// each chunk once, writing the requested fields straight into typed-array columns. Fields of columns
// that were not requested are only stepped over (no strings); no row objects are built.
//
// The format:
// - the first record is the header: names are trimmed and must be non-empty and unique (as
//   `readColumns` reads them); a UTF-8 byte order mark before it is dropped;
// - fields are separated by commas; a field in double quotes may hold commas, line breaks and doubled
//   quotes (""); a quote inside an unquoted field is kept as text; after a closing quote only a comma
//   or a line break may follow;
// - records end with LF or CRLF (a lone CR is an error); the last record may lack a line break;
// - a line that is completely empty is skipped (also at the end of the file), so a one-column file
//   writes a missing value as "" or NA rather than as an empty line;
// - every record must have as many fields as the header ("ragged" rows are an error);
// - the file must be valid UTF-8.
// Missing values:
// - numeric columns: an empty field, a blank one, or NA, N/A, NaN, nan, null, NULL -> NaN (numbers.ts
//   has the full rules for what is a number);
// - categorical columns: only an empty field ("" included) -> code -1. Texts like NA or null stay
//   categories: in a categorical column they can be real values (the ISO code of Namibia, a survey
//   answer "N/A"), and reading them as missing would silently change the data; a numeric column loses
//   nothing by it, since those texts could only be an error there. Category text is kept exactly,
//   spaces included.
// Line numbers in errors are 1-based physical lines: a quoted field spanning lines counts them all.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { MISSING_CODE, type ColumnRequest, type Table } from '../../core/data/table.js';
import { DataFormatError, parseCsvHeader } from './columns.js';
import { CsvPart, MIN_IDLE_CORES, csvReadThreads, type CsvPartReply, type CsvPartTask, type SpareThread } from './csv-threads.js';
import { MISSING_NUMBER_TEXTS, NOT_SIMPLE, describeBadNumber, numberFromText, parseAsciiDecimal, scanDecimalInto } from './numbers.js';
import { createBuilders, finishTable, missingColumnsError, tableBatches, type ColumnBuilder, type NumericColumnBuilder, type TextBatchOptions } from './table-builder.js';
import { Utf8Checker, invalidUtf8, utf16Error } from './utf8.js';

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

// Parser states between bytes (and between chunks).
const FIELD_START = 0;
const UNQUOTED = 1; // inside an unquoted field that began in an earlier chunk
const QUOTED = 2;
const QUOTE_END = 3; // just after a quote inside a quoted field: a doubled quote or the field's end
const AFTER_CR = 4;

const CHUNK_BYTES = 1 << 20;
const INITIAL_ROWS = 4096;
const MAX_HEADER_BYTES = 4 << 20;
const MISSING_HINT = `a missing number is an empty field or one of ${MISSING_NUMBER_TEXTS.join(', ')}`;

export interface CsvReadOptions {
  /** For tests: tiny chunks make every field cross a chunk boundary somewhere. */
  chunkBytes?: number;
  /** For tests: worker threads (0 or 1) instead of csvReadThreads's choice (file size, idle cores, MODELOPS_READ_THREADS). */
  threads?: number;
  /** For tests: wait for the worker and split at the first line feed at or after this byte, wherever that is. */
  splitAt?: number;
  /** For tests: told whether a worker's part was used ('two threads') or not ('one thread'). */
  onRead?: (how: 'two threads' | 'one thread') => void;
  /**
   * Given the worker when its part was used (two threads), instead of stopping it: for the work after the read
   * on the second core (csv-threads.ts SpareThread). The receiver closes it.
   */
  keepThread?: (thread: SpareThread) => void;
}

/**
 * The whole file as one table. A large file, with a core idle, is read by two threads (csv-threads.ts):
 * this one reads from the start; once the worker has loaded, the rest is split at the first line feed
 * past its middle and the worker parses the second part into shared columns, which this thread joins
 * to its own (the worker's categories renumbered in order of first appearance). The result is the
 * sequential one in every case: the worker's part is used only when this thread's part ends exactly at
 * the end of a record (no quoted field spans the split) and the worker parsed its part without an
 * error; otherwise this thread reads on from the split itself, so every error is the one, and at the
 * line, a sequential read reports.
 */
export async function readCsvTable(path: string, columns: readonly ColumnRequest[], options: CsvReadOptions = {}): Promise<Table> {
  const fileBytes = (await stat(path)).size;
  const { threads, measure } = options.threads !== undefined ? { threads: options.threads, measure: false } : csvReadThreads(fileBytes);
  return readCsvWhole(path, columns, fileBytes, options, threads > 0 && columns.length > 0 ? new CsvPart() : undefined, measure);
}

/**
 * The file's rows as batches of about `batchRows` rows (a batch ends where a chunk of the file ends): memory is
 * bounded by a batch and a chunk, not by the file. Each batch is its own Table (a categorical column's codes
 * index that batch's own categories); the same values and errors as readCsvTable, lines counted over the file.
 */
export function readCsvBatches(path: string, columns: readonly ColumnRequest[], options: TextBatchOptions = {}): AsyncGenerator<{ start: number; table: Table }> {
  return tableBatches(csvTables, path, columns, options);
}

/** The rows in tables of at least `batchRows` rows (the last may have fewer); one table, maybe empty, for Infinity (readCsvTable reads a whole file with readCsvWhole). */
async function* csvTables(path: string, columns: readonly ColumnRequest[], options: { chunkBytes?: number; batchRows: number }): AsyncGenerator<Table> {
  const reading = new CsvReading(path, columns, 0);
  let yielded = false;
  for await (const chunk of createReadStream(path, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    await reading.push(chunk);
    if (reading.body && reading.body.rows >= options.batchRows) {
      yield reading.body.takeRows();
      yielded = true;
    }
  }
  const last = (await reading.end()).finish();
  if (last.rowCount > 0 || !yielded) yield last;
}

/** Bytes of a file pushed in order from its start: the encoding checks, the header, then the body parser. */
class CsvReading {
  private readonly utf8 = new Utf8Checker();
  private readonly header: HeaderScanner;
  body: CsvBodyParser | undefined;

  /** `fileBytes` sizes the columns for the whole file from its first chunk (0: grow as needed). */
  constructor(
    private readonly path: string,
    private readonly columns: readonly ColumnRequest[],
    private readonly fileBytes: number,
  ) {
    this.header = new HeaderScanner(path);
  }

  /** Offset of the body's first byte (once the header has been read). */
  get bodyStart(): number {
    return this.header.bytes + 1;
  }

  async push(chunk: Buffer): Promise<void> {
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
    if (rest === undefined) {
      if (this.header.bytes > MAX_HEADER_BYTES) throw new DataFormatError(`${path}: the header row is longer than ${MAX_HEADER_BYTES} bytes (is a quote left open?)`, { file: path, line: 1 });
      return;
    }
    this.body = new CsvBodyParser(path, this.header.names(), this.header.lineFeeds + 2, this.columns);
    this.body.push(rest);
    if (this.fileBytes > 0) this.body.expectBodyBytes(rest.length, this.fileBytes - this.bodyStart);
  }

  /** No UTF-8 character is cut off where the bytes pushed so far end. */
  atCharacterBoundary(): boolean {
    return this.utf8.end() === -1;
  }

  /** The body parser once every byte has been pushed (the file's end checked). */
  async end(): Promise<CsvBodyParser> {
    const cutOff = this.utf8.end();
    if (cutOff !== -1) throw await invalidUtf8(this.path, cutOff);
    this.body ??= new CsvBodyParser(this.path, this.header.names(), this.header.lineFeeds + 2, this.columns);
    return this.body;
  }
}

/** Rest of the file below which the main thread reads on alone rather than hand half of it to the worker. */
const MIN_PART_BYTES = 4 << 20;
/** How far past its middle the split looks for a line feed. */
const SPLIT_WINDOW_BYTES = 1 << 18;

/**
 * readCsvTable: with `part` (a worker starting; `columns` is not empty), in two threads if it loads in time
 * (see there). With `measure`, the worker gets its part only if the rest of the machine left a core idle
 * enough while it loaded (csv-threads.ts CpuMeter).
 */
async function readCsvWhole(path: string, columns: readonly ColumnRequest[], fileBytes: number, options: CsvReadOptions, part: CsvPart | undefined, measure: boolean): Promise<Table> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
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
    let split: { at: number; task: CsvPartTask; reply: Promise<CsvPartReply> } | undefined;
    const decide = async (): Promise<void> => {
      const body = reading.body;
      if (part === undefined || decided || body === undefined || body.rows === 0) return;
      const forced = options.splitAt;
      if (forced === undefined ? !part.isReady : position < forced) return;
      decided = true;
      let at = -1;
      if (await part.ready) {
        if (forced !== undefined) at = lineStartAfter(handle, Math.max(position, forced), fileBytes, fileBytes - forced);
        else {
          const idleEnough = !measure || part.meter.idleBesideMain() >= MIN_IDLE_CORES;
          if (idleEnough && fileBytes - position >= MIN_PART_BYTES) at = lineStartAfter(handle, position + Math.floor((fileBytes - position) / 2), fileBytes, SPLIT_WINDOW_BYTES);
        }
      }
      if (at === -1) {
        part.stop();
        return;
      }
      // Rows for the rest of this thread's part and for the worker's, from the rows per byte so far, a little over.
      const rowsPerByte = body.rows / (position - reading.bodyStart);
      const offset = body.rows + 1 + Math.ceil((at - position) * rowsPerByte * 1.04) + 64;
      const capacity = Math.ceil((fileBytes - at) * rowsPerByte * 1.04) + 64;
      const shared = columns.map((c) => new SharedArrayBuffer((offset + capacity) * (c.kind === 'numeric' ? 8 : 4)));
      body.adopt(shared.map((buffer, slot) => (columns[slot]!.kind === 'numeric' ? new Float64Array(buffer, 0, offset) : new Int32Array(buffer, 0, offset))), offset);
      const task: CsvPartTask = { path, header: [...body.header], columns: columns.map((c) => ({ name: c.name, kind: c.kind })), start: at, shared, offset, capacity, ...(options.keepThread ? { warm: true } : {}) };
      split = { at, task, reply: part.run(task) };
      end = at;
    };
    // a chunk ends at a forced split, so that the split is exactly the line feed a test asks for
    const length = () => Math.min(chunkBytes, end - position, options.splitAt !== undefined && position < options.splitAt ? options.splitAt - position : Infinity);
    // Once the header is read, two buffers take turns (one is read into while the other is parsed): the
    // parser copies what it keeps, so no 1 MB of garbage per chunk (the header scanner keeps its pieces).
    const spare: Buffer[] = [];
    const pump = async (): Promise<void> => {
      let next: Promise<{ buffer: Buffer; bytes: Buffer }> | undefined = readAt(handle, position, length(), spare.pop());
      while (next !== undefined) {
        const { buffer, bytes } = await next;
        next = undefined;
        const chunk = bytes.subarray(0, Math.min(bytes.length, end - position));
        if (chunk.length === 0) break;
        position += chunk.length;
        if (position < end) next = readAt(handle, position, length(), spare.pop());
        const reuse = reading.body !== undefined;
        await reading.push(chunk);
        if (reuse) spare.push(buffer);
        await decide();
        if (next !== undefined && position >= end) {
          await next; // read before the split was chosen: not needed
          next = undefined;
        }
      }
    };
    await pump();
    if (split !== undefined) {
      const body = reading.body!;
      if (body.atRecordStart() && reading.atCharacterBoundary()) {
        const reply = await split.reply;
        if (reply.ok) {
          body.appendPart(reply, split.task);
          options.onRead?.('two threads');
          const table = (await reading.end()).finish();
          if (options.keepThread) {
            options.keepThread(part!.keep());
            kept = true;
          }
          return table;
        }
      }
      part!.stop();
      // this thread reads on from the split, as if there had been none
      end = fileBytes;
      await pump();
    }
    options.onRead?.('one thread');
    return (await reading.end()).finish();
  } finally {
    if (!kept) part?.stop();
    await handle.close();
  }
}

/** Up to `length` bytes of the file from `position` (`bytes`), read into `into` if it has room, else into a fresh buffer of its own. */
async function readAt(handle: FileHandle, position: number, length: number, into?: Buffer): Promise<{ buffer: Buffer; bytes: Buffer }> {
  const buffer = into !== undefined && into.length >= length ? into : Buffer.allocUnsafeSlow(Math.max(length, 1));
  if (length <= 0) return { buffer, bytes: buffer.subarray(0, 0) };
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return { buffer, bytes: buffer.subarray(0, bytesRead) };
}

/** The byte after the first line feed at or after `from` within `window` bytes, or -1 if there is none before the end of the file. */
function lineStartAfter(handle: FileHandle, from: number, fileBytes: number, window: number): number {
  const bytes = Buffer.allocUnsafe(Math.max(0, Math.min(window, fileBytes - from)));
  const read = readSync(handle.fd, bytes, 0, bytes.length, from);
  const at = bytes.subarray(0, read).indexOf(LF);
  return at === -1 || from + at + 1 >= fileBytes ? -1 : from + at + 1;
}

/**
 * What the worker thread runs (csv-worker.ts): bytes [start, end of file) of the file parsed as a body
 * that starts there, into the shared columns (or arrays of its own past their capacity). Errors are
 * thrown; lines are counted from the part's start, which does not matter: the main thread parses the part
 * itself after any error.
 */
export function parseCsvPart(task: CsvPartTask): { rows: number; categories: (string[] | null)[]; grown: (Float64Array | Int32Array | null)[] } {
  const { path, header, columns, start, shared, offset, capacity } = task;
  const body = new CsvBodyParser(path, header, 1, columns);
  const views = columns.map((c, slot) => (c.kind === 'numeric' ? new Float64Array(shared[slot]!, offset * 8, capacity) : new Int32Array(shared[slot]!, offset * 4, capacity)));
  body.adopt(views, capacity);
  const utf8 = new Utf8Checker();
  const fd = openSync(path, 'r');
  try {
    // The parser copies what it keeps of a chunk, so one buffer serves every chunk.
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

/** Collects the bytes of the first record: up to the first line feed outside double quotes. */
class HeaderScanner {
  private readonly pieces: Buffer[] = [];
  private quoted = false;
  private afterCr = false;
  private ended = false;
  bytes = 0;
  lineFeeds = 0;

  constructor(private readonly path: string) {}

  /** The bytes after the header's line feed once it has been seen, else undefined. */
  push(chunk: Buffer): Buffer | undefined {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.afterCr && c !== LF) {
        throw new DataFormatError(`${this.path}, line ${this.lineFeeds + 1}: a carriage return is not followed by a line feed: only LF and CRLF line endings are supported`, {
          file: this.path,
          line: this.lineFeeds + 1,
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
    return undefined;
  }

  names(): string[] {
    const path = this.path;
    const text = Buffer.concat(this.pieces).toString('utf8').replace(/^\uFEFF/, '');
    if (text === '' && !this.ended) throw new DataFormatError(`${path}: the file is empty: expected a header row`, { file: path, line: 1 });
    if (text.trim() === '') throw new DataFormatError(`${path}, line 1: the first line is blank: expected a header row`, { file: path, line: 1 });
    try {
      return parseCsvHeader(text);
    } catch (error) {
      if (error instanceof DataFormatError) throw new DataFormatError(`${path}, line 1: ${error.message}`, { file: path, line: 1 });
      throw error;
    }
  }
}

class CsvBodyParser {
  private readonly fieldCount: number;
  /** Index into `builders` of each field of a record, or -1 for a field that is skipped. */
  private readonly slotOfField: Int32Array;
  private readonly builders: ColumnBuilder[];
  private capacity: number;
  private rowCount = 0;

  private state = FIELD_START;
  private col = 0;
  private line: number;
  private recordLine: number;
  private quoteLine = 0;
  /** The record so far is a blank line ended by CR (skipped once its LF arrives). */
  private blankCr = false;
  /** The current quoted field's text is being assembled in `scratch` (it had "" or spans chunks). */
  private quotedInScratch = false;
  private scratch = Buffer.allocUnsafe(256);
  private scratchLength = 0;

  constructor(
    private readonly path: string,
    readonly header: readonly string[],
    firstLine: number,
    columns: readonly ColumnRequest[],
  ) {
    this.fieldCount = header.length;
    this.line = this.recordLine = firstLine;
    const indexOf = new Map(header.map((name, index) => [name, index]));
    const missing = columns.filter((c) => !indexOf.has(c.name)).map((c) => c.name);
    if (missing.length > 0) throw missingColumnsError(path, missing, header, 'the header');
    this.slotOfField = new Int32Array(header.length).fill(-1);
    columns.forEach((c, slot) => (this.slotOfField[indexOf.get(c.name)!] = slot));
    this.builders = createBuilders(columns, INITIAL_ROWS);
    this.capacity = this.builders.length > 0 ? INITIAL_ROWS : Infinity;
  }

  /** Complete records parsed since the last takeRows. */
  get rows(): number {
    return this.rowCount;
  }

  /**
   * The complete records so far as a table, and fresh columns for the rest: the fields already stored of a
   * record that continues in the next chunk move to row 0 of the fresh columns (a category by its text).
   */
  takeRows(): Table {
    const taken = this.rowCount;
    const table = finishTable(this.builders, taken);
    const fresh = createBuilders(this.builders, INITIAL_ROWS);
    for (const [slot, old] of this.builders.entries()) {
      const next = fresh[slot]!;
      if (old.kind === 'numeric' && next.kind === 'numeric') next.values[0] = old.values[taken]!;
      else if (old.kind === 'categorical' && next.kind === 'categorical') {
        const code = old.codes[taken]!;
        next.codes[0] = code >= 0 && code < old.categories.length ? next.code(old.categories[code]!) : MISSING_CODE;
      }
    }
    this.builders.splice(0, this.builders.length, ...fresh);
    if (this.builders.length > 0) this.capacity = INITIAL_ROWS;
    this.rowCount = 0;
    return table;
  }

  push(buf: Buffer): void {
    const n = buf.length;
    const fieldCount = this.fieldCount;
    const slotOfField = this.slotOfField;
    let state = this.state;
    let col = this.col;
    let line = this.line;
    let row = this.rowCount;
    let slot = col < fieldCount ? slotOfField[col]! : -1;
    let segmentStart = 0; // start of the quoted text not yet copied anywhere
    let segmentEnd = 0; // the quote that ended it (state QUOTE_END)
    let i = 0;
    let c = 0;
    outer: while (i < n) {
      switch (state) {
        case FIELD_START: {
          slot = col < fieldCount ? slotOfField[col]! : -1;
          c = buf[i]!;
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
            const builder = this.builders[slot]!;
            if (builder.kind === 'numeric') {
              // Parse while scanning, straight into the column; a field that is not a simple decimal ending
              // here goes the general way, which stores over it.
              const values = builder.values;
              i = scanDecimalInto(buf, i, n, values, row);
              if (i < n && values[row] !== NOT_SIMPLE) {
                c = buf[i]!;
                if (c === COMMA || c === LF || c === CR) break;
              }
              if (i === n) i--; // let the scan below see the end of the chunk
              c = buf[i]!;
            }
          }
          while (c !== COMMA && c !== LF && c !== CR) {
            if (++i === n) {
              if (slot >= 0) this.appendScratch(buf, start, n);
              state = UNQUOTED;
              break outer;
            }
            c = buf[i]!;
          }
          if (slot >= 0) this.store(slot, buf, start, i, row, line);
          break;
        }
        case UNQUOTED: {
          c = buf[i]!;
          while (c !== COMMA && c !== LF && c !== CR) {
            if (++i === n) {
              if (slot >= 0) this.appendScratch(buf, 0, n);
              break outer;
            }
            c = buf[i]!;
          }
          if (slot >= 0) {
            this.appendScratch(buf, 0, i);
            this.store(slot, this.scratch, 0, this.scratchLength, row, line);
          }
          this.scratchLength = 0;
          break;
        }
        case QUOTED: {
          for (c = buf[i]!; c !== QUOTE; c = buf[i]!) {
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
          c = buf[i]!;
          if (c === QUOTE) {
            // A doubled quote: keep the text so far and one quote (the byte at segmentEnd, or at 0 when
            // the first quote ended the previous chunk), then continue the field.
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
          // AFTER_CR
          c = buf[i]!;
          if (c !== LF) throw this.error(line, 'a carriage return is not followed by a line feed: only LF and CRLF line endings are supported');
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
      // A field has ended at buf[i], which is a comma, a line feed or a carriage return.
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
      // The chunk ended just after a quote: keep the text before it; the next byte decides what it was.
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
  expectBodyBytes(seen: number, total: number): void {
    if (this.rowCount === 0 || seen >= total || this.capacity === Infinity) return;
    const estimate = Math.ceil(((this.rowCount * total) / seen) * 1.04) + 64;
    if (estimate <= this.capacity) return;
    this.capacity = estimate;
    for (const builder of this.builders) builder.reserve(estimate);
  }

  finish(): Table {
    this.endInput();
    return finishTable(this.builders, this.rowCount);
  }

  /** The input has ended: the record in progress, if any, is the last one. */
  endInput(): void {
    const slot = this.col < this.fieldCount ? this.slotOfField[this.col]! : -1;
    switch (this.state) {
      case FIELD_START:
        if (this.col === 0) break; // nothing after the last line break
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
  atRecordStart(): boolean {
    return this.state === FIELD_START && this.col === 0;
  }

  /**
   * Moves the columns into `arrays` (one per requested column, of the builder's kind), which hold
   * `capacity` rows: the rows so far and the record in progress are copied; past `capacity` the columns
   * grow into arrays of their own as usual.
   */
  adopt(arrays: readonly (Float64Array | Int32Array)[], capacity: number): void {
    const keep = Math.min(this.rowCount + 1, capacity);
    this.builders.forEach((builder, slot) => {
      const array = arrays[slot]!;
      if (builder.kind === 'numeric' && array instanceof Float64Array) {
        array.set(builder.values.subarray(0, keep));
        builder.values = array;
      } else if (builder.kind === 'categorical' && array instanceof Int32Array) {
        array.set(builder.codes.subarray(0, keep));
        builder.codes = array;
      } else throw new Error(`adopt: column ${slot} is ${builder.kind}, given a ${array.constructor.name}`);
    });
    this.capacity = capacity;
  }

  /** After parseCsvPart: each categorical column's categories, and each column's array if it outgrew its view (else null). */
  storage(views: readonly (Float64Array | Int32Array)[]): { categories: (string[] | null)[]; grown: (Float64Array | Int32Array | null)[] } {
    return {
      categories: this.builders.map((builder) => (builder.kind === 'categorical' ? builder.categories : null)),
      grown: this.builders.map((builder, slot) => {
        const array = builder.kind === 'numeric' ? builder.values : builder.codes;
        return array === views[slot] ? null : array;
      }),
    };
  }

  /**
   * Appends the rows the worker parsed from the split on (`task`, after adopt() of the views below
   * task.offset): the worker's categories are renumbered in this column's order of first appearance, and
   * its rows moved down to follow this thread's in the same shared buffer (or copied where either
   * outgrew it).
   */
  appendPart(reply: { rows: number; categories: (string[] | null)[]; grown: (Float64Array | Int32Array | null)[] }, task: CsvPartTask): void {
    const { rows } = reply;
    const { shared, offset } = task;
    const first = this.rowCount;
    const total = first + rows;
    this.builders.forEach((builder, slot) => {
      const grown = reply.grown[slot] ?? null;
      const buffer = shared[slot]!;
      if (builder.kind === 'numeric') {
        if (grown === null && builder.values.buffer === buffer) {
          const whole = new Float64Array(buffer);
          whole.copyWithin(first, offset, offset + rows);
          builder.values = whole;
        } else {
          const source = grown ?? new Float64Array(buffer, offset * 8, rows);
          builder.reserve(total);
          builder.values.set(source.subarray(0, rows), first);
        }
        return;
      }
      const source = (grown ?? new Int32Array(buffer, offset * 4, rows)) as Int32Array;
      const codeOf = Int32Array.from(reply.categories[slot] ?? [], (text) => builder.code(text));
      if (codeOf.some((code, k) => code !== k)) {
        for (let i = 0; i < rows; i++) {
          const code = source[i]!;
          source[i] = code === MISSING_CODE ? MISSING_CODE : codeOf[code]!;
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
  private endLastRecord(): void {
    if (this.col + 1 !== this.fieldCount) throw this.raggedError(this.col + 1, this.line);
    this.rowCount++;
  }

  private store(slot: number, bytes: Buffer, start: number, end: number, row: number, line: number): void {
    const builder = this.builders[slot]!;
    if (builder.kind === 'numeric') {
      let value = parseAsciiDecimal(bytes, start, end);
      if (value === NOT_SIMPLE) value = this.numberFromField(builder, bytes.toString('utf8', start, end), line);
      builder.values[row] = value;
    } else builder.codes[row] = start === end ? MISSING_CODE : builder.codeOfBytes(bytes, start, end);
  }

  private numberFromField(builder: NumericColumnBuilder, text: string, line: number): number {
    const value = numberFromText(text);
    if (value !== undefined) return value;
    throw new DataFormatError(`${this.path}, line ${line}: column '${builder.name}' is numeric, but ${describeBadNumber(text)} (${MISSING_HINT})`, {
      file: this.path,
      line,
      column: builder.name,
    });
  }

  /** Appends bytes [start, end) of `from` to the field assembled in scratch. */
  private appendScratch(from: Buffer, start: number, end: number): void {
    const needed = this.scratchLength + (end - start);
    if (needed > this.scratch.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.scratch.length * 2));
      this.scratch.copy(grown, 0, 0, this.scratchLength);
      this.scratch = grown;
    }
    this.scratchLength += from.copy(this.scratch, this.scratchLength, start, end);
  }

  private grow(): void {
    this.capacity *= 2;
    for (const builder of this.builders) builder.reserve(this.capacity);
  }

  private describeField(col: number): string {
    return col < this.fieldCount ? `'${this.header[col]}'` : `${col + 1} (beyond the header)`;
  }

  private raggedError(fields: number, endLine: number): DataFormatError {
    const start = this.recordLine;
    const span = endLine > start ? ` (the row runs to line ${endLine})` : '';
    const hint = fields > this.fieldCount ? 'a field with a comma in it must be in double quotes' : 'every row needs a value, possibly empty, for each column';
    return this.error(start, `this row has ${fields} field${fields === 1 ? '' : 's'} but the header has ${this.fieldCount}${span}: ${hint}`);
  }

  private error(line: number, message: string): DataFormatError {
    return new DataFormatError(`${this.path}, line ${line}: ${message}`, { file: this.path, line });
  }
}
