// Parquet reader (hyparquet): reads only the requested columns, one row group at a time, writing
// each decoded column chunk into the typed-array columns (no row objects); readParquetBatches hands the
// row groups back one batch at a time, for streams (memory bounded by a batch).
// - requested columns must be flat top-level columns (no struct, list or map);
// - values are stored by the rules of `storeValue` (table-builder.ts), so the kind asked for decides,
//   as in CSV and JSONL: numeric physical types (INT32, INT64, FLOAT, DOUBLE, DECIMAL) become numbers,
//   INT64 beyond ±2^53 is an error, strings read as numbers follow the text rules of numbers.ts;
//   strings and booleans ('true'/'false') become categories, as do numbers asked for as categorical;
//   nulls (and NaN) are missing; dates, timestamps, binary and JSON columns are errors;
// - strings must be valid UTF-8.
import { isUtf8 } from 'node:buffer';
import { open as openFile } from 'node:fs/promises';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type ColumnData, type FileMetaData, type SchemaElement, type SchemaTree } from 'hyparquet';
import type { ColumnRequest, Table } from '../../core/data/table.js';
import { parseIsoTimestamp, zoneClock, type ZoneClock } from '../../core/drift/chunks/time.js';
import { DataFormatError } from './columns.js';
import { chunkRange, fastPathFor, readFastColumn, type FastProblem, type FastTarget } from './parquet-pages.js';
import { checkRequest, createBuilders, finishTable, missingColumnsError, storeValue, type ColumnBuilder } from './table-builder.js';

/** Stands for a string that is not valid UTF-8 (hyparquet's own decoder would replace the bad bytes). */
const INVALID_TEXT = Symbol('invalid UTF-8');
const utf8Decoder = new TextDecoder('utf-8');
const PARSERS = {
  stringFromBytes: (bytes: Uint8Array | undefined) => bytes && (isUtf8(bytes) ? utf8Decoder.decode(bytes) : INVALID_TEXT),
};

interface OpenParquet {
  file: AsyncBuffer;
  metadata: FileMetaData;
  /** The schema element of each requested column, in request order. */
  elements: SchemaElement[];
  /** Each requested column's schema path (root, column). */
  paths: SchemaTree[][];
  /** The fast path's column chunk bytes, one buffer reused for every chunk (readChunk). */
  scratch: { bytes: Uint8Array };
}

/**
 * File bytes [start, end) in `scratch`, grown as needed: one read into a buffer kept for the whole file, where
 * hyparquet's slice() streams 64 KiB pieces and concatenates them, two fresh buffers per column chunk that
 * the garbage collector frees late (issue 18: the Parquet gate's peak memory). The bytes are valid until the
 * next call, so the chunk must be decoded before reading another.
 */
async function readChunk(path: string, scratch: { bytes: Uint8Array }, start: number, end: number): Promise<Uint8Array> {
  const length = end - start;
  if (scratch.bytes.length < length) scratch.bytes = new Uint8Array(Math.max(length, 2 * scratch.bytes.length));
  const handle = await openFile(path, 'r');
  try {
    for (let done = 0; done < length; ) {
      const { bytesRead } = await handle.read(scratch.bytes, done, length - done, start + done);
      if (bytesRead === 0) throw new Error(`the file ends at byte ${start + done}, inside a column chunk that ends at byte ${end}`);
      done += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return scratch.bytes.subarray(0, length);
}

async function openParquet(path: string, columns: readonly ColumnRequest[]): Promise<OpenParquet> {
  let file: AsyncBuffer;
  let metadata: FileMetaData;
  try {
    file = await asyncBufferFromFile(path);
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new DataFormatError(`${path}: not a readable Parquet file (${(error as Error).message})`, { file: path });
  }
  const tree = parquetSchema(metadata);
  const topLevel = new Map(tree.children.map((child) => [child.element.name, child]));
  const missing = columns.filter((c) => !topLevel.has(c.name)).map((c) => c.name);
  if (missing.length > 0) throw missingColumnsError(path, missing, [...topLevel.keys()], 'the Parquet schema', 'the schema');
  const elements = columns.map((c) => {
    const node = topLevel.get(c.name)!;
    if (node.children.length > 0) {
      throw new DataFormatError(`${path}: column '${c.name}' is a nested Parquet column (a struct, list or map); modelops reads flat columns only`, { file: path, column: c.name });
    }
    return node.element;
  });
  return { file, metadata, elements, paths: columns.map((c) => [tree, topLevel.get(c.name)!]), scratch: { bytes: new Uint8Array(0) } };
}

/** The row groups as [start, end) row ranges. */
function rowGroupRanges(metadata: FileMetaData): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    ranges.push([start, end]);
    start = end;
  }
  return ranges;
}

/**
 * Reads file rows [start, end) of the requested columns into `builders`, file row r at builder row r - base;
 * adds to `filled` the values written per column.
 */
async function readRows(
  path: string,
  open: OpenParquet,
  columns: readonly ColumnRequest[],
  builders: readonly ColumnBuilder[],
  filled: number[],
  start: number,
  end: number,
  base: number,
  /** The one column past `builders` (a timestamp): its epoch ms, at file row - base, and how a decoded value becomes one. */
  extra?: { values: Float64Array; instant: (value: unknown) => number },
): Promise<void> {
  if (columns.length === 0) return;
  const targetOf = (slot: number): FastTarget => builders[slot]?.kind ?? 'timestamp';
  const fast = columns.map((_, slot) => fastPathFor(open.elements[slot]!, targetOf(slot)));
  let groupStart = 0;
  for (const group of open.metadata.row_groups) {
    const groupEnd = groupStart + Number(group.num_rows);
    if (groupEnd > start && groupStart < end) {
      const from = Math.max(groupStart, start);
      const to = Math.min(groupEnd, end);
      for (let slot = 0; slot < columns.length; slot++) {
        if (!fast[slot]) continue;
        const meta = group.columns.find((chunk) => chunk.meta_data?.path_in_schema.length === 1 && chunk.meta_data.path_in_schema[0] === columns[slot]!.name)?.meta_data;
        if (!meta) throw new DataFormatError(`${path}: row group at row ${groupStart} has no column '${columns[slot]!.name}'`, { file: path, row: groupStart, column: columns[slot]!.name });
        const [byteStart, byteEnd] = chunkRange(meta);
        const builder = builders[slot];
        const target = builder === undefined ? { kind: 'timestamp' as const, values: extra!.values } : builder.kind === 'numeric' ? { kind: 'numeric' as const, values: builder.values } : { kind: 'categorical' as const, builder };
        let problem: FastProblem | undefined;
        try {
          const bytes = await readChunk(path, open.scratch, byteStart, byteEnd);
          problem = readFastColumn({ bytes, meta, element: open.elements[slot]!, schemaPath: open.paths[slot]!, firstRow: groupStart }, target, from, to, base);
        } catch (error) {
          throw new DataFormatError(`${path}: cannot read rows ${from}-${to - 1} of column '${columns[slot]!.name}' (${(error as Error).message})`, { file: path, row: from, column: columns[slot]!.name });
        }
        if (problem) throw valueError(path, columns[slot]!, open.elements[slot]!, problem.row, problem.problem);
        filled[slot]! += to - from;
      }
    }
    groupStart = groupEnd;
  }
  const slow = columns.filter((_, slot) => !fast[slot]);
  if (slow.length === 0) return;
  const slotOf = new Map(columns.map((c, slot) => [c.name, slot]));
  let failure: DataFormatError | undefined;
  // hyparquet calls onChunk from promise callbacks, where a throw would be lost: keep the first failure.
  const onChunk = (chunk: ColumnData): void => {
    if (failure) return;
    const slot = slotOf.get(chunk.columnName);
    if (slot === undefined) return;
    const from = Math.max(chunk.rowStart, start);
    const to = Math.min(chunk.rowEnd, end);
    const builder = builders[slot];
    if (builder === undefined) {
      for (let row = from; row < to; row++) extra!.values[row - base] = extra!.instant(chunk.columnData[row - chunk.rowStart]);
    } else failure = copyChunk(path, builder, open.elements[slot]!, chunk, from, to, base);
    if (!failure) filled[slot]! += Math.max(0, to - from);
  };
  try {
    await parquetRead({ file: open.file, metadata: open.metadata, columns: slow.map((c) => c.name), rowStart: start, rowEnd: end, parsers: PARSERS, onChunk });
  } catch (error) {
    throw new DataFormatError(`${path}: cannot read rows ${start}-${end - 1} (${(error as Error).message})`, { file: path, row: start });
  }
  if (failure) throw failure;
}

function checkFilled(path: string, columns: readonly ColumnRequest[], filled: readonly number[], rowCount: number, what: string): void {
  const short = columns.findIndex((_, slot) => filled[slot] !== rowCount);
  if (short !== -1) {
    throw new DataFormatError(`${path}: column '${columns[short]!.name}' has ${filled[short]} values but ${what} has ${rowCount} rows`, { file: path, column: columns[short]!.name });
  }
}

export async function readParquetTable(path: string, columns: readonly ColumnRequest[]): Promise<Table> {
  const open = await openParquet(path, columns);
  const rowCount = Number(open.metadata.num_rows);
  const builders = createBuilders(columns, rowCount);
  const filled = new Array<number>(columns.length).fill(0);
  for (const [start, end] of rowGroupRanges(open.metadata)) await readRows(path, open, columns, builders, filled, start, end, 0);
  checkFilled(path, columns, filled, rowCount, 'the file');
  return finishTable(builders, rowCount);
}

export interface ParquetBatch {
  /** File row of the batch's first row. */
  start: number;
  table: Table;
  /** The `timestamp` column as epoch milliseconds (NaN where missing or unparseable), when asked for. */
  timestamps?: Float64Array;
}

export interface ParquetBatchOptions {
  /** Batches of whole row groups, at least this many rows unless the last (default: one row group per batch). */
  minRows?: number;
  /**
   * A timestamp column, read beside `columns`: Parquet TIMESTAMP and DATE values as their instant, numbers as
   * epoch milliseconds (seconds with unit 's'), text as ISO 8601 (wall-clock text in `timeZone`).
   */
  timestamp?: { name: string; unit?: 'ms' | 's'; timeZone?: string };
}

/**
 * The file's rows as batches of whole row groups: memory is bounded by a batch, not by the file. Each batch is
 * its own Table (a categorical column's codes index that batch's own categories); the same values and errors
 * as readParquetTable, errors naming the file row.
 */
export async function* readParquetBatches(path: string, columns: readonly ColumnRequest[], options: ParquetBatchOptions = {}): AsyncGenerator<ParquetBatch> {
  checkRequest(path, columns);
  const stamp = options.timestamp;
  if (stamp && columns.some((c) => c.name === stamp.name)) throw new Error(`${path}: column '${stamp.name}' is requested both as a column and as the timestamp`);
  // the timestamp is read as text or number first (a categorical builder keeps text and numbers alike), then converted
  const request = stamp ? [...columns, { name: stamp.name, kind: 'categorical' as const }] : columns;
  const open = await openParquet(path, request);
  const minRows = options.minRows ?? 1;
  const ranges = rowGroupRanges(open.metadata);
  const clock = zoneClock(stamp?.timeZone);
  const scale = stamp?.unit === 's' ? 1000 : 1;
  let first = 0;
  while (first < ranges.length) {
    let last = first;
    while (last + 1 < ranges.length && ranges[last]![1] - ranges[first]![0] < minRows) last++;
    const start = ranges[first]![0];
    const end = ranges[last]![1];
    const rowCount = end - start;
    const builders = createBuilders(columns, rowCount);
    const filled = new Array<number>(request.length).fill(0);
    const timestamps = stamp ? new Float64Array(rowCount).fill(Number.NaN) : undefined;
    const extra = timestamps ? { values: timestamps, instant: (value: unknown) => instantOf(value, scale, clock) } : undefined;
    await readRows(path, open, request, builders, filled, start, end, start, extra);
    checkFilled(path, request, filled, rowCount, `rows ${start}-${end - 1}`);
    yield { start, table: finishTable(builders, rowCount), ...(timestamps ? { timestamps } : {}) };
    first = last + 1;
  }
}

/** Epoch milliseconds of a decoded timestamp value; NaN when missing or not a time. */
function instantOf(value: unknown, scale: number, clock: ZoneClock): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value * scale : Number.NaN;
  if (typeof value === 'bigint') return Number(value) * scale;
  if (typeof value === 'string') return parseIsoTimestamp(value, clock);
  return Number.NaN;
}

/** Writes file rows [from, to) of a decoded chunk into a column at row - base; returns the error, if any. */
function copyChunk(path: string, builder: ColumnBuilder, element: SchemaElement, chunk: ColumnData, from: number, to: number, base: number): DataFormatError | undefined {
  const data = chunk.columnData;
  const offset = chunk.rowStart;
  if (builder.kind === 'numeric' && ArrayBuffer.isView(data) && !(data instanceof BigInt64Array) && !(data instanceof BigUint64Array)) {
    // Plain numbers without nulls (a required INT32/FLOAT/DOUBLE column): copy, rejecting only infinities.
    const values = data as Float64Array;
    for (let row = from; row < to; row++) {
      const value = values[row - offset]!;
      if (value === Infinity || value === -Infinity) return valueError(path, builder, element, row, `${value} is not accepted (infinite values are not numbers modelops can use)`);
      builder.values[row - base] = value;
    }
    return undefined;
  }
  for (let row = from; row < to; row++) {
    const value: unknown = data[row - offset];
    if (value === INVALID_TEXT) return valueError(path, builder, element, row, 'the text is not valid UTF-8');
    const problem = storeValue(builder, row - base, value);
    if (problem !== undefined) return valueError(path, builder, element, row, problem);
  }
  return undefined;
}

function valueError(path: string, builder: Pick<ColumnBuilder, 'name' | 'kind'>, element: SchemaElement, row: number, problem: string): DataFormatError {
  const type = element.logical_type?.type ?? element.converted_type ?? element.type ?? 'unknown type';
  return new DataFormatError(`${path}, row ${row} (counting from 0): column '${builder.name}' (Parquet ${type}, read as ${builder.kind}): ${problem}`, {
    file: path,
    row,
    column: builder.name,
  });
}
