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
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { MISSING_CODE, type ColumnRequest, type Table } from '../../core/data/table.js';
import { DataFormatError, parseCsvHeader } from './columns.js';
import { MISSING_NUMBER_TEXTS, NOT_SIMPLE, SCANNED, describeBadNumber, numberFromText, parseAsciiDecimal, scanDecimal } from './numbers.js';
import { createBuilders, finishTable, missingColumnsError, tableBatches, wholeTable, type ColumnBuilder, type NumericColumnBuilder, type TextBatchOptions } from './table-builder.js';
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

/** `chunkBytes` is for tests: tiny chunks make every field cross a chunk boundary somewhere. */
export function readCsvTable(path: string, columns: readonly ColumnRequest[], options: { chunkBytes?: number } = {}): Promise<Table> {
  return wholeTable(csvTables, path, columns, options);
}

/**
 * The file's rows as batches of about `batchRows` rows (a batch ends where a chunk of the file ends): memory is
 * bounded by a batch and a chunk, not by the file. Each batch is its own Table (a categorical column's codes
 * index that batch's own categories); the same values and errors as readCsvTable, lines counted over the file.
 */
export function readCsvBatches(path: string, columns: readonly ColumnRequest[], options: TextBatchOptions = {}): AsyncGenerator<{ start: number; table: Table }> {
  return tableBatches(csvTables, path, columns, options);
}

/** The rows in tables of at least `batchRows` rows (the last may have fewer); one table, maybe empty, for Infinity. */
async function* csvTables(path: string, columns: readonly ColumnRequest[], options: { chunkBytes?: number; batchRows: number }): AsyncGenerator<Table> {
  const whole = options.batchRows === Infinity;
  const fileBytes = whole ? (await stat(path)).size : 0;
  const utf8 = new Utf8Checker();
  const header = new HeaderScanner(path);
  let body: CsvBodyParser | undefined;
  let yielded = false;
  for await (const chunk of createReadStream(path, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    if (utf8.atStart()) {
      const utf16 = utf16Error(path, chunk);
      if (utf16) throw utf16;
    }
    const invalid = utf8.push(chunk);
    if (invalid !== -1) throw await invalidUtf8(path, invalid);
    if (!body) {
      const rest = header.push(chunk);
      if (rest === undefined) {
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
    private readonly header: readonly string[],
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
              // Parse while scanning; a field that is not a simple decimal ending here goes the general way.
              const value = scanDecimal(buf, i, n);
              i = SCANNED.end;
              if (i < n && value !== NOT_SIMPLE) {
                c = buf[i]!;
                if (c === COMMA || c === LF || c === CR) {
                  builder.values[row] = value;
                  break;
                }
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
    return finishTable(this.builders, this.rowCount);
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
