// The Parquet reader's fast path for the common flat columns: a column chunk's pages decoded with hyparquet's
// page functions (pinned version) straight into typed arrays, without hyparquet's row assembly, which builds a
// JS array of boxed values per page and dominates the time and the garbage at 10M rows (issue 15, item 5:
// 100k-row groups of 20 columns read 2.5x faster). Values and rules are those of parquet.ts's general path:
// - numbers: DOUBLE, FLOAT and INT32 without a logical type (or a signed INTEGER one); NaN and null missing,
//   ±Infinity an error;
// - text: BYTE_ARRAY strings (UTF8/STRING, or no annotation); null and '' missing, invalid UTF-8 an error; a
//   dictionary-encoded column decodes each dictionary entry once; INT32 numbers asked for as categories (a
//   label) are their decimal text, each distinct value turned into text once;
// - timestamps: INT64 TIMESTAMP (ms, µs, ns) and INT32 DATE, as epoch milliseconds.
// Any other column (INT64 numbers, decimals, booleans, dates asked for as numbers, …) takes the general path.
import { isUtf8 } from 'node:buffer';
import type { ColumnMetaData, DecodedArray, SchemaElement, SchemaTree } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';
import { snappyUncompress } from 'hyparquet/src/snappy.js';
import { MISSING_CODE } from '../../core/data/table.js';
import type { CategoricalColumnBuilder } from './table-builder.js';

export type FastTarget = 'numeric' | 'categorical' | 'timestamp';

/** A value the general path would refuse: where and why. */
export interface FastProblem {
  row: number;
  problem: string;
}

/** Whether the fast path reads this column as `target`. */
export function fastPathFor(element: SchemaElement, target: FastTarget): boolean {
  const ctype = element.converted_type;
  const ltype = element.logical_type;
  const plainInt32 = element.type === 'INT32' && ((ctype === undefined && ltype === undefined) || (ltype?.type === 'INTEGER' && ltype.isSigned && (ctype === undefined || ctype.startsWith('INT_'))));
  if (target === 'numeric') {
    if (element.type === 'DOUBLE' || element.type === 'FLOAT') return ctype === undefined && ltype === undefined;
    return plainInt32;
  }
  // integers asked for as categories (a 0/1 label): the category is the number's text, as storeValue has it
  if (target === 'categorical') return plainInt32 || (element.type === 'BYTE_ARRAY' && (ctype === 'UTF8' || ltype?.type === 'STRING' || (ctype === undefined && ltype === undefined)));
  if (element.type === 'INT64') return ctype === 'TIMESTAMP_MILLIS' || ctype === 'TIMESTAMP_MICROS' || ltype?.type === 'TIMESTAMP';
  return element.type === 'INT32' && ctype === 'DATE';
}

/** Epoch ms of a stored timestamp (fastPathFor(…, 'timestamp') holds): whole milliseconds, as hyparquet's Dates. */
function instantReader(element: SchemaElement): (raw: unknown) => number {
  if (element.converted_type === 'DATE') return (raw) => (raw as number) * 86_400_000;
  const unit = element.logical_type?.type === 'TIMESTAMP' ? element.logical_type.unit : element.converted_type === 'TIMESTAMP_MICROS' ? 'MICROS' : 'MILLIS';
  if (unit === 'MILLIS') return (raw) => Number(raw);
  const divisor = unit === 'MICROS' ? 1000n : 1_000_000n;
  return (raw) => Number((raw as bigint) / divisor);
}

/** One page's values: per row, the index of its value in `values` (-1 for null) and the decoded values. */
interface Page {
  rows: number;
  /** Definition levels (empty: no nulls). */
  definitions: ArrayLike<number>;
  maxDefinition: number;
  /** Dictionary indices, or the values themselves. */
  data: DecodedArray;
  dictionary: boolean;
}

/**
 * Snappy data pages decompressed into one buffer kept between pages (hyparquet allocates one per page: 800 KB
 * for 100k doubles, 200 of them for a million rows x 20, freed late). Safe because a page is decoded before
 * the next is decompressed and readFastColumn runs the pages without awaiting; dictionary pages, whose values
 * outlive the page, get their own buffer.
 */
let pageScratch = new Uint8Array(0);
const REUSED_PAGE = {
  SNAPPY: (input: Uint8Array, size: number): Uint8Array => {
    if (pageScratch.length < size) pageScratch = new Uint8Array(size);
    const page = pageScratch.subarray(0, size);
    snappyUncompress(input, page);
    return page;
  },
};

/** The pages of one column chunk (`bytes` from the dictionary page, or the first data page, on). */
function* pagesOf(bytes: Uint8Array, meta: ColumnMetaData, element: SchemaElement, schemaPath: SchemaTree[], onDictionary: (values: DecodedArray) => void): Generator<Page> {
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const decoder = { pathInSchema: meta.path_in_schema, type: meta.type, element, schemaPath, codec: meta.codec, parsers: {} as never, compressors: REUSED_PAGE };
  const maxDefinition = getMaxDefinitionLevel(schemaPath);
  while (reader.offset < bytes.byteLength - 1) {
    const header = parquetHeader(reader);
    const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    let page: ReturnType<typeof readDataPage>;
    let encoding: string;
    let rows: number;
    if (header.type === 'DICTIONARY_PAGE') {
      const raw = decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, undefined);
      const view = { view: new DataView(raw.buffer, raw.byteOffset, raw.byteLength), offset: 0 };
      onDictionary(readPlain(view, meta.type, header.dictionary_page_header!.num_values, element.type_length));
      continue;
    }
    if (header.type === 'DATA_PAGE') {
      const raw = decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, REUSED_PAGE);
      page = readDataPage(raw, header.data_page_header!, decoder);
      encoding = header.data_page_header!.encoding;
      rows = header.data_page_header!.num_values;
    } else if (header.type === 'DATA_PAGE_V2') {
      page = readDataPageV2(compressed, header, decoder);
      encoding = header.data_page_header_v2!.encoding;
      rows = header.data_page_header_v2!.num_rows;
    } else continue;
    yield { rows, definitions: page.definitionLevels ?? [], maxDefinition, data: page.dataPage, dictionary: encoding.endsWith('_DICTIONARY') };
  }
}

export interface FastColumn {
  /** The column chunk's bytes (a view, valid while the chunk is decoded). */
  bytes: Uint8Array;
  meta: ColumnMetaData;
  element: SchemaElement;
  schemaPath: SchemaTree[];
  /** File row of the chunk's first row. */
  firstRow: number;
}

/**
 * Decodes a column chunk into `out` (numbers or epoch ms) or `builder` (categories) at file row - base, for
 * file rows [from, to); returns the first problem, if any. The rows outside [from, to) are decoded and dropped.
 */
export function readFastColumn(
  column: FastColumn,
  target: { kind: 'numeric' | 'timestamp'; values: Float64Array } | { kind: 'categorical'; builder: CategoricalColumnBuilder },
  from: number,
  to: number,
  base: number,
): FastProblem | undefined {
  let dictionary: DecodedArray | undefined;
  // categories: the builder's code of each dictionary entry, once (INVALID for text that is not UTF-8)
  let dictionaryCodes: Int32Array | undefined;
  const INVALID = -2;
  const decoder = new TextDecoder('utf-8');
  // an integer's code by its value, so a million 0/1 labels make no strings (a Map of the values seen)
  const integerCodes = new Map<number, number>();
  const codeOf = (builder: CategoricalColumnBuilder, raw: Uint8Array | number | undefined): number => {
    if (raw === undefined) return MISSING_CODE;
    if (typeof raw === 'number') {
      let code = integerCodes.get(raw);
      if (code === undefined) integerCodes.set(raw, (code = builder.code(String(raw))));
      return code;
    }
    return isUtf8(raw) ? builder.code(decoder.decode(raw)) : INVALID;
  };
  const instant = target.kind === 'timestamp' ? instantReader(column.element) : undefined;
  let row = column.firstRow;
  for (const page of pagesOf(column.bytes, column.meta, column.element, column.schemaPath, (values) => {
    dictionary = values;
    dictionaryCodes = undefined;
  })) {
    const { definitions, maxDefinition, data } = page;
    const nulls = definitions.length > 0;
    if (page.dictionary && !dictionary) throw new Error(`column '${column.element.name}': a dictionary-encoded page without a dictionary`);
    let next = 0;
    for (let i = 0; i < page.rows; i++, row++) {
      const present = !nulls || definitions[i] === maxDefinition;
      const at = present ? next++ : -1;
      if (row < from || row >= to) continue;
      const out = row - base;
      if (target.kind === 'categorical') {
        let code: number;
        if (at === -1) code = MISSING_CODE;
        else if (page.dictionary) {
          if (!dictionaryCodes) dictionaryCodes = Int32Array.from(dictionary as ArrayLike<Uint8Array | number>, (raw) => codeOf(target.builder, raw));
          code = dictionaryCodes[data[at] as number]!;
        } else code = codeOf(target.builder, data[at] as Uint8Array | number);
        if (code === INVALID) return { row, problem: 'the text is not valid UTF-8' };
        target.builder.codes[out] = code;
        continue;
      }
      if (at === -1) {
        target.values[out] = Number.NaN;
        continue;
      }
      const raw = page.dictionary ? dictionary![data[at] as number] : data[at];
      if (target.kind === 'timestamp') {
        target.values[out] = instant!(raw);
        continue;
      }
      const value = raw as number;
      if (value === Infinity || value === -Infinity) return { row, problem: `${value} is not accepted (infinite values are not numbers modelops can use)` };
      target.values[out] = value;
    }
  }
  return undefined;
}

/** Where a column chunk's bytes are in the file (as hyparquet's planner has it). */
export function chunkRange(meta: ColumnMetaData): [number, number] {
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return [start, start + Number(meta.total_compressed_size)];
}
