// What every reader shares: growable typed-array columns filled row by row, the request checks, and
// how a decoded JSON or Parquet value is stored (text follows the rules in numbers.ts).
import { closest, distance } from 'fastest-levenshtein';
import { MISSING_CODE, type CategoricalColumn, type Column, type ColumnRequest, type NumericColumn, type Table } from '../../core/data/table.js';
import { DataFormatError } from './columns.js';
import { describeBadNumber, numberFromText } from './numbers.js';

export const INITIAL_CAPACITY = 1024;

export class NumericColumnBuilder {
  readonly kind = 'numeric';
  readonly name: string;
  values: Float64Array;

  constructor(name: string, capacity = INITIAL_CAPACITY) {
    this.name = name;
    this.values = new Float64Array(capacity);
  }

  /** Room for `rows` rows (readers double it when full, so filling n rows copies O(n) values in all). */
  reserve(rows: number): void {
    if (rows <= this.values.length) return;
    const grown = new Float64Array(rows);
    grown.set(this.values);
    this.values = grown;
  }

  finish(rowCount: number): NumericColumn {
    return { name: this.name, kind: 'numeric', values: trimmed(this.values, rowCount) };
  }
}

export class CategoricalColumnBuilder {
  readonly kind = 'categorical';
  readonly name: string;
  codes: Int32Array;
  readonly categories: string[] = [];
  private readonly codeOf = new Map<string, number>();
  private readonly codeOfKey = new Map<number, number>();

  constructor(name: string, capacity = INITIAL_CAPACITY) {
    this.name = name;
    this.codes = new Int32Array(capacity);
  }

  reserve(rows: number): void {
    if (rows <= this.codes.length) return;
    const grown = new Int32Array(rows);
    grown.set(this.codes);
    this.codes = grown;
  }

  /** Code of a category text, assigned in order of first appearance; the empty text is missing. */
  code(text: string): number {
    if (text === '') return MISSING_CODE;
    let code = this.codeOf.get(text);
    if (code === undefined) {
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
  codeOfBytes(bytes: Buffer, start: number, end: number): number {
    if (end - start > 6) return this.code(bytes.toString('utf8', start, end));
    let key = 1; // the leading 1 tells "0" from "\u00000"
    for (let i = start; i < end; i++) key = key * 256 + bytes[i]!;
    let code = this.codeOfKey.get(key);
    if (code === undefined) {
      code = this.code(bytes.toString('utf8', start, end));
      this.codeOfKey.set(key, code);
    }
    return code;
  }

  finish(rowCount: number): CategoricalColumn {
    return { name: this.name, kind: 'categorical', codes: trimmed(this.codes, rowCount), categories: this.categories };
  }
}

export type ColumnBuilder = NumericColumnBuilder | CategoricalColumnBuilder;

/**
 * The first `rowCount` values: a view when at most an eighth of the array is spare (a copy would cost
 * time and, while both exist, more memory than it saves), else a copy so the spare capacity is freed.
 */
function trimmed<T extends Float64Array | Int32Array>(array: T, rowCount: number): T {
  if (array.length === rowCount) return array;
  return (array.length - rowCount <= array.length / 8 ? array.subarray(0, rowCount) : array.slice(0, rowCount)) as T;
}

export function createBuilders(columns: readonly ColumnRequest[], capacity = INITIAL_CAPACITY): ColumnBuilder[] {
  return columns.map((c) => (c.kind === 'numeric' ? new NumericColumnBuilder(c.name, capacity) : new CategoricalColumnBuilder(c.name, capacity)));
}

export function finishTable(builders: readonly ColumnBuilder[], rowCount: number): Table {
  const columns = new Map<string, Column>();
  for (const builder of builders) columns.set(builder.name, builder.finish(rowCount));
  return { rowCount, columns };
}

/** Rejects a request that names a column twice or asks for an unknown kind (a programming error upstream). */
export function checkRequest(path: string, columns: readonly ColumnRequest[]): void {
  const seen = new Set<string>();
  for (const column of columns) {
    if (column.kind !== 'numeric' && column.kind !== 'categorical') throw new Error(`${path}: column '${column.name}' is requested with unknown kind '${String(column.kind)}'`);
    if (seen.has(column.name)) throw new Error(`${path}: column '${column.name}' is requested twice`);
    seen.add(column.name);
  }
}

/** "data.csv: no column 'age' in the header (did you mean 'age' -> 'Age'?); the header has: a, b, c". */
export function missingColumnsError(path: string, missing: readonly string[], available: readonly string[], where: string, listedAs = where): DataFormatError {
  const quoted = missing.map((m) => `'${m}'`).join(', ');
  const hints = missing
    .map((m) => {
      const suggestion = available.length > 0 ? closest(m, [...available]) : undefined;
      return suggestion !== undefined && distance(m, suggestion) <= Math.ceil(Math.max(m.length, suggestion.length) / 3) ? `'${m}' -> '${suggestion}'?` : undefined;
    })
    .filter((h) => h !== undefined);
  const LISTED = 60;
  const listed = available.slice(0, LISTED).join(', ') + (available.length > LISTED ? `, … (${available.length - LISTED} more)` : '');
  return new DataFormatError(
    `${path}: no column ${quoted} in ${where}${hints.length > 0 ? ` (did you mean ${hints.join(', ')})` : ''}; ${listedAs} has: ${listed || '(no columns)'}`,
    { file: path, column: missing[0]! },
  );
}

/**
 * Stores one decoded JSON or Parquet value at `row`; returns why it cannot be stored, or undefined.
 * Numeric: numbers as they are (NaN is missing, ±Infinity rejected as in text), bigints within ±2^53,
 * strings by the text rules, null/undefined missing; booleans and nested values are rejected.
 * Categorical: strings as they are ('' is missing), booleans as 'true'/'false', numbers and bigints
 * as their JS text (NaN is missing), null/undefined missing; nested values are rejected.
 */
export function storeValue(builder: ColumnBuilder, row: number, value: unknown): string | undefined {
  if (builder.kind === 'numeric') {
    let number: number | undefined;
    if (typeof value === 'number') {
      if (value === Infinity || value === -Infinity) return `${value} is not accepted (infinite values are not numbers modelops can use)`;
      number = value;
    } else if (value === null || value === undefined) number = NaN;
    else if (typeof value === 'string') {
      number = numberFromText(value);
      if (number === undefined) return describeBadNumber(value);
    } else if (typeof value === 'bigint') {
      if (value > 2n ** 53n || value < -(2n ** 53n)) return `${value} is beyond ±2^53, so a 64-bit float cannot hold it exactly`;
      number = Number(value);
    } else if (typeof value === 'boolean') return `${value} is a boolean, not a number (declare the column categorical to read 'true'/'false')`;
    else return unsupported(value, 'a number');
    builder.values[row] = number;
    return undefined;
  }
  let code: number;
  if (typeof value === 'string') code = builder.code(value);
  else if (value === null || value === undefined) code = MISSING_CODE;
  else if (typeof value === 'boolean') code = builder.code(value ? 'true' : 'false');
  else if (typeof value === 'number') code = Number.isNaN(value) ? MISSING_CODE : builder.code(String(value));
  else if (typeof value === 'bigint') code = builder.code(String(value));
  else return unsupported(value, 'a category');
  builder.codes[row] = code;
  return undefined;
}

function unsupported(value: unknown, wanted: string): string {
  if (value instanceof Date) return `a date/time is not ${wanted} (store times as numbers, e.g. seconds since 1970, or as text)`;
  if (value instanceof Uint8Array) return `binary data is not ${wanted} (store it as UTF-8 text)`;
  const what = Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'a nested object' : `a ${typeof value}`;
  return `${what} is not ${wanted} (nested values are not supported: flatten them into columns)`;
}

/** Options of the CSV and JSONL batch readers. */
export interface TextBatchOptions {
  /** Rows per batch (default 65536): JSONL batches have exactly this many, CSV ones end where a chunk of the file ends; the last may have fewer. */
  batchRows?: number;
  /** For tests: tiny chunks make every field and record cross a chunk boundary somewhere. */
  chunkBytes?: number;
}

/** A streamed reader: the file's rows as tables of at least `batchRows` rows; one table, maybe empty, for Infinity. */
export type TableStream = (path: string, columns: readonly ColumnRequest[], options: { chunkBytes?: number; batchRows: number }) => AsyncGenerator<Table>;

/** The whole file: the reader's one table for batchRows Infinity. */
export async function wholeTable(read: TableStream, path: string, columns: readonly ColumnRequest[], options: { chunkBytes?: number }): Promise<Table> {
  for await (const table of read(path, columns, { ...options, batchRows: Infinity })) return table;
  throw new Error(`${path}: the reader gave no table`);
}

/** The reader's tables as batches, each with the file row (counting data rows from 0) of its first row. */
export async function* tableBatches(read: TableStream, path: string, columns: readonly ColumnRequest[], options: TextBatchOptions): AsyncGenerator<{ start: number; table: Table }> {
  const batchRows = options.batchRows ?? 65536;
  if (!(batchRows >= 1)) throw new Error(`batchRows must be at least 1, got ${batchRows}`);
  let start = 0;
  for await (const table of read(path, columns, { ...options, batchRows })) {
    yield { start, table };
    start += table.rowCount;
  }
}
