// Parquet reader (hyparquet): reads only the requested columns, one row group at a time, writing
// each decoded column chunk into the typed-array columns (no row objects).
// - requested columns must be flat top-level columns (no struct, list or map);
// - values are stored by the rules of `storeValue` (table-builder.ts), so the kind asked for decides,
//   as in CSV and JSONL: numeric physical types (INT32, INT64, FLOAT, DOUBLE, DECIMAL) become numbers,
//   INT64 beyond ±2^53 is an error, strings read as numbers follow the text rules of numbers.ts;
//   strings and booleans ('true'/'false') become categories, as do numbers asked for as categorical;
//   nulls (and NaN) are missing; dates, timestamps, binary and JSON columns are errors;
// - strings must be valid UTF-8.
import { isUtf8 } from 'node:buffer';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type ColumnData, type FileMetaData, type SchemaElement } from 'hyparquet';
import type { ColumnRequest, Table } from '../../core/data/table.js';
import { DataFormatError } from './columns.js';
import { createBuilders, finishTable, missingColumnsError, storeValue, type ColumnBuilder } from './table-builder.js';

/** Stands for a string that is not valid UTF-8 (hyparquet's own decoder would replace the bad bytes). */
const INVALID_TEXT = Symbol('invalid UTF-8');
const utf8Decoder = new TextDecoder('utf-8');
const PARSERS = {
  stringFromBytes: (bytes: Uint8Array | undefined) => bytes && (isUtf8(bytes) ? utf8Decoder.decode(bytes) : INVALID_TEXT),
};

export async function readParquetTable(path: string, columns: readonly ColumnRequest[]): Promise<Table> {
  let file: AsyncBuffer;
  let metadata: FileMetaData;
  try {
    file = await asyncBufferFromFile(path);
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new DataFormatError(`${path}: not a readable Parquet file (${(error as Error).message})`, { file: path });
  }
  const topLevel = new Map(parquetSchema(metadata).children.map((child) => [child.element.name, child]));
  const missing = columns.filter((c) => !topLevel.has(c.name)).map((c) => c.name);
  if (missing.length > 0) throw missingColumnsError(path, missing, [...topLevel.keys()], 'the Parquet schema', 'the schema');
  const elements = columns.map((c) => {
    const node = topLevel.get(c.name)!;
    if (node.children.length > 0) {
      throw new DataFormatError(`${path}: column '${c.name}' is a nested Parquet column (a struct, list or map); modelops reads flat columns only`, { file: path, column: c.name });
    }
    return node.element;
  });

  const rowCount = Number(metadata.num_rows);
  const builders = createBuilders(columns, rowCount);
  const slotOf = new Map(columns.map((c, slot) => [c.name, slot]));
  const filled = new Array<number>(columns.length).fill(0);
  let failure: DataFormatError | undefined;

  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupEnd = groupStart + Number(group.num_rows);
    if (columns.length > 0) {
      // hyparquet calls onChunk from promise callbacks, where a throw would be lost: keep the first failure.
      const onChunk = (chunk: ColumnData): void => {
        if (failure) return;
        const slot = slotOf.get(chunk.columnName);
        if (slot === undefined) return;
        const from = Math.max(chunk.rowStart, groupStart);
        const to = Math.min(chunk.rowEnd, groupEnd);
        failure = copyChunk(path, builders[slot]!, elements[slot]!, chunk, from, to);
        if (!failure) filled[slot]! += Math.max(0, to - from);
      };
      try {
        await parquetRead({ file, metadata, columns: columns.map((c) => c.name), rowStart: groupStart, rowEnd: groupEnd, parsers: PARSERS, onChunk });
      } catch (error) {
        throw new DataFormatError(`${path}: cannot read rows ${groupStart}-${groupEnd - 1} (${(error as Error).message})`, { file: path, row: groupStart });
      }
      if (failure) throw failure;
    }
    groupStart = groupEnd;
  }
  const short = columns.findIndex((_, slot) => filled[slot] !== rowCount);
  if (short !== -1) {
    throw new DataFormatError(`${path}: column '${columns[short]!.name}' has ${filled[short]} values but the file has ${rowCount} rows`, { file: path, column: columns[short]!.name });
  }
  return finishTable(builders, rowCount);
}

/** Writes rows [from, to) of a decoded chunk into a column; returns the error, if any. */
function copyChunk(path: string, builder: ColumnBuilder, element: SchemaElement, chunk: ColumnData, from: number, to: number): DataFormatError | undefined {
  const data = chunk.columnData;
  const offset = chunk.rowStart;
  if (builder.kind === 'numeric' && ArrayBuffer.isView(data) && !(data instanceof BigInt64Array) && !(data instanceof BigUint64Array)) {
    // Plain numbers without nulls (a required INT32/FLOAT/DOUBLE column): copy, rejecting only infinities.
    const values = data as Float64Array;
    for (let row = from; row < to; row++) {
      const value = values[row - offset]!;
      if (value === Infinity || value === -Infinity) return valueError(path, builder, element, row, `${value} is not accepted (infinite values are not numbers modelops can use)`);
      builder.values[row] = value;
    }
    return undefined;
  }
  for (let row = from; row < to; row++) {
    const value: unknown = data[row - offset];
    if (value === INVALID_TEXT) return valueError(path, builder, element, row, 'the text is not valid UTF-8');
    const problem = storeValue(builder, row, value);
    if (problem !== undefined) return valueError(path, builder, element, row, problem);
  }
  return undefined;
}

function valueError(path: string, builder: ColumnBuilder, element: SchemaElement, row: number, problem: string): DataFormatError {
  const type = element.logical_type?.type ?? element.converted_type ?? element.type ?? 'unknown type';
  return new DataFormatError(`${path}, row ${row} (counting from 0): column '${builder.name}' (Parquet ${type}, read as ${builder.kind}): ${problem}`, {
    file: path,
    row,
    column: builder.name,
  });
}
