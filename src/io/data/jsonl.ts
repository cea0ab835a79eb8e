// JSONL reader: one JSON object per line, streamed line by line (each line is parsed with JSON.parse,
// so unlike CSV every key of a record is decoded; only the requested ones are kept).
// - lines may end with LF or CRLF; blank lines are skipped; a UTF-8 byte order mark is dropped;
// - a line that is not JSON, or JSON that is not an object, is an error with its line number;
// - values: numbers, strings, booleans and null, stored by the rules of `storeValue`
//   (table-builder.ts): null, an absent key, and in categorical columns "" are missing; in numeric
//   columns strings follow the text rules of numbers.ts (so "NA" is missing, "3.5" is 3.5); booleans
//   are categories 'true'/'false'; a nested object or array in a requested column is an error;
// - a requested key may be absent from some records (missing there), but not from all of them;
// - the file must be valid UTF-8 and hold at least one record.
import { createReadStream } from 'node:fs';
import type { ColumnRequest, Table } from '../../core/data/table.js';
import { DataFormatError } from './columns.js';
import { INITIAL_CAPACITY, createBuilders, finishTable, missingColumnsError, storeValue, tableBatches, wholeTable, type TextBatchOptions } from './table-builder.js';
import { Utf8Checker, invalidUtf8, utf16Error } from './utf8.js';

const LF = 10;
const CHUNK_BYTES = 1 << 20;
const BLANK = /^[ \t\r]*$/;

/** `chunkBytes` is for tests: tiny chunks make lines cross chunk boundaries. */
export function readJsonlTable(path: string, columns: readonly ColumnRequest[], options: { chunkBytes?: number } = {}): Promise<Table> {
  return wholeTable(jsonlTables, path, columns, options);
}

/**
 * The file's records as batches of `batchRows` rows (the last may have fewer): memory is bounded by a batch and
 * a chunk, not by the file. Each batch is its own Table (its own categories); the same values and errors as
 * readJsonlTable, lines counted over the file (a key absent from every record is known only at the end).
 */
export function readJsonlBatches(path: string, columns: readonly ColumnRequest[], options: TextBatchOptions = {}): AsyncGenerator<{ start: number; table: Table }> {
  return tableBatches(jsonlTables, path, columns, options);
}

/** The records in tables of `batchRows` rows (the last may have fewer); one table for Infinity. */
async function* jsonlTables(path: string, columns: readonly ColumnRequest[], options: { chunkBytes?: number; batchRows: number }): AsyncGenerator<Table> {
  let builders = createBuilders(columns);
  const seen = new Array<boolean>(columns.length).fill(false);
  let firstKeys: string[] | undefined;
  let capacity = INITIAL_CAPACITY;
  let rowCount = 0;
  let total = 0;
  let line = 1;
  const full: Table[] = [];
  const fail = (message: string, column?: string): DataFormatError =>
    new DataFormatError(`${path}, line ${line}: ${message}`, column === undefined ? { file: path, line } : { file: path, line, column });

  const readLine = (bytes: Buffer): void => {
    let text = bytes.toString('utf8');
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (BLANK.test(text)) return;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      throw fail(`not valid JSON (${(error as Error).message})`);
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw fail(`expected a JSON object, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`}`);
    }
    const object = record as Record<string, unknown>;
    firstKeys ??= Object.keys(object);
    if (rowCount === capacity) {
      capacity *= 2;
      for (const builder of builders) builder.reserve(capacity);
    }
    for (let slot = 0; slot < columns.length; slot++) {
      const name = columns[slot]!.name;
      const present = Object.hasOwn(object, name);
      if (present) seen[slot] = true;
      const problem = storeValue(builders[slot]!, rowCount, present ? object[name] : undefined);
      if (problem !== undefined) throw fail(`column '${name}': ${problem}`, name);
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
  const pending: Buffer[] = []; // a line that began in an earlier chunk
  for await (const chunk of createReadStream(path, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    if (utf8.atStart()) {
      const utf16 = utf16Error(path, chunk);
      if (utf16) throw utf16;
    }
    const invalid = utf8.push(chunk);
    if (invalid !== -1) throw await invalidUtf8(path, invalid);
    let start = 0;
    for (let end = chunk.indexOf(LF); end !== -1; end = chunk.indexOf(LF, start)) {
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
  if (missing.length > 0) throw missingColumnsError(path, missing, firstKeys ?? [], 'any record', 'the first record');
  yield* full.splice(0);
  if (rowCount > 0 || options.batchRows === Infinity) yield finishTable(builders, rowCount);
}
