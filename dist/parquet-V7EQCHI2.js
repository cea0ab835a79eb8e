import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  checkRequest,
  createBuilders,
  finishTable,
  missingColumnsError,
  storeValue
} from "./chunk-6HMGHRNK.js";
import {
  asyncBufferFromFile,
  decompressPage,
  getMaxDefinitionLevel,
  parquetHeader,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  readDataPage,
  readDataPageV2,
  readPlain,
  snappyUncompress
} from "./chunk-PVKBS54A.js";
import {
  DataFormatError
} from "./chunk-GOQ77XTK.js";
import {
  parseIsoTimestamp,
  zoneClock
} from "./chunk-V5DKCSUO.js";
import {
  MISSING_CODE
} from "./chunk-VNFW3NFW.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-RFEL46WT.js";

// src/io/data/parquet.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import { open as openFile } from "node:fs/promises";

// src/io/data/parquet-pages.ts
import { isUtf8 } from "node:buffer";
function fastPathFor(element, target) {
  const ctype = element.converted_type;
  const ltype = element.logical_type;
  const plainInt32 = element.type === "INT32" && (ctype === void 0 && ltype === void 0 || ltype?.type === "INTEGER" && ltype.isSigned && (ctype === void 0 || ctype.startsWith("INT_")));
  if (target === "numeric") {
    if (element.type === "DOUBLE" || element.type === "FLOAT") return ctype === void 0 && ltype === void 0;
    return plainInt32;
  }
  if (target === "categorical") return plainInt32 || element.type === "BYTE_ARRAY" && (ctype === "UTF8" || ltype?.type === "STRING" || ctype === void 0 && ltype === void 0);
  if (element.type === "INT64") return ctype === "TIMESTAMP_MILLIS" || ctype === "TIMESTAMP_MICROS" || ltype?.type === "TIMESTAMP";
  return element.type === "INT32" && ctype === "DATE";
}
function instantReader(element) {
  if (element.converted_type === "DATE") return (raw) => raw * 864e5;
  const unit = element.logical_type?.type === "TIMESTAMP" ? element.logical_type.unit : element.converted_type === "TIMESTAMP_MICROS" ? "MICROS" : "MILLIS";
  if (unit === "MILLIS") return (raw) => Number(raw);
  const divisor = unit === "MICROS" ? 1000n : 1000000n;
  return (raw) => Number(raw / divisor);
}
var pageScratch = new Uint8Array(0);
var REUSED_PAGE = {
  SNAPPY: (input, size) => {
    if (pageScratch.length < size) pageScratch = new Uint8Array(size);
    const page = pageScratch.subarray(0, size);
    snappyUncompress(input, page);
    return page;
  }
};
function* pagesOf(bytes, meta, element, schemaPath, onDictionary) {
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const decoder = { pathInSchema: meta.path_in_schema, type: meta.type, element, schemaPath, codec: meta.codec, parsers: {}, compressors: REUSED_PAGE };
  const maxDefinition = getMaxDefinitionLevel(schemaPath);
  while (reader.offset < bytes.byteLength - 1) {
    const header = parquetHeader(reader);
    const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    let page;
    let encoding;
    let rows;
    if (header.type === "DICTIONARY_PAGE") {
      const raw = decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, void 0);
      const view = { view: new DataView(raw.buffer, raw.byteOffset, raw.byteLength), offset: 0 };
      onDictionary(readPlain(view, meta.type, header.dictionary_page_header.num_values, element.type_length));
      continue;
    }
    if (header.type === "DATA_PAGE") {
      const raw = decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, REUSED_PAGE);
      page = readDataPage(raw, header.data_page_header, decoder);
      encoding = header.data_page_header.encoding;
      rows = header.data_page_header.num_values;
    } else if (header.type === "DATA_PAGE_V2") {
      page = readDataPageV2(compressed, header, decoder);
      encoding = header.data_page_header_v2.encoding;
      rows = header.data_page_header_v2.num_rows;
    } else continue;
    yield { rows, definitions: page.definitionLevels ?? [], maxDefinition, data: page.dataPage, dictionary: encoding.endsWith("_DICTIONARY") };
  }
}
function readFastColumn(column, target, from, to, base) {
  let dictionary;
  let dictionaryCodes;
  const INVALID = -2;
  const decoder = new TextDecoder("utf-8");
  const integerCodes = /* @__PURE__ */ new Map();
  const codeOf = (builder, raw) => {
    if (raw === void 0) return MISSING_CODE;
    if (typeof raw === "number") {
      let code = integerCodes.get(raw);
      if (code === void 0) integerCodes.set(raw, code = builder.code(String(raw)));
      return code;
    }
    return isUtf8(raw) ? builder.code(decoder.decode(raw)) : INVALID;
  };
  const instant = target.kind === "timestamp" ? instantReader(column.element) : void 0;
  let row = column.firstRow;
  for (const page of pagesOf(column.bytes, column.meta, column.element, column.schemaPath, (values) => {
    dictionary = values;
    dictionaryCodes = void 0;
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
      if (target.kind === "categorical") {
        let code;
        if (at === -1) code = MISSING_CODE;
        else if (page.dictionary) {
          if (!dictionaryCodes) dictionaryCodes = Int32Array.from(dictionary, (raw2) => codeOf(target.builder, raw2));
          code = dictionaryCodes[data[at]];
        } else code = codeOf(target.builder, data[at]);
        if (code === INVALID) return { row, problem: "the text is not valid UTF-8" };
        target.builder.codes[out] = code;
        continue;
      }
      if (at === -1) {
        target.values[out] = Number.NaN;
        continue;
      }
      const raw = page.dictionary ? dictionary[data[at]] : data[at];
      if (target.kind === "timestamp") {
        target.values[out] = instant(raw);
        continue;
      }
      const value = raw;
      if (value === Infinity || value === -Infinity) return { row, problem: `${value} is not accepted (infinite values are not numbers modelops can use)` };
      target.values[out] = value;
    }
  }
  return void 0;
}
function chunkRange(meta) {
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return [start, start + Number(meta.total_compressed_size)];
}

// src/io/data/parquet.ts
var INVALID_TEXT = /* @__PURE__ */ Symbol("invalid UTF-8");
var utf8Decoder = new TextDecoder("utf-8");
var PARSERS = {
  stringFromBytes: (bytes) => bytes && (isUtf82(bytes) ? utf8Decoder.decode(bytes) : INVALID_TEXT)
};
async function readChunk(path, scratch, start, end) {
  const length = end - start;
  if (scratch.bytes.length < length) scratch.bytes = new Uint8Array(Math.max(length, 2 * scratch.bytes.length));
  const handle = await openFile(path, "r");
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
async function openParquet(path, columns) {
  let file;
  let metadata;
  try {
    file = await asyncBufferFromFile(path);
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new DataFormatError(`${path}: not a readable Parquet file (${error.message})`, { file: path });
  }
  const tree = parquetSchema(metadata);
  const topLevel = new Map(tree.children.map((child) => [child.element.name, child]));
  const missing = columns.filter((c) => !topLevel.has(c.name)).map((c) => c.name);
  if (missing.length > 0) throw missingColumnsError(path, missing, [...topLevel.keys()], "the Parquet schema", "the schema");
  const elements = columns.map((c) => {
    const node = topLevel.get(c.name);
    if (node.children.length > 0) {
      throw new DataFormatError(`${path}: column '${c.name}' is a nested Parquet column (a struct, list or map); modelops reads flat columns only`, { file: path, column: c.name });
    }
    return node.element;
  });
  return { file, metadata, elements, paths: columns.map((c) => [tree, topLevel.get(c.name)]), scratch: { bytes: new Uint8Array(0) } };
}
function rowGroupRanges(metadata) {
  const ranges = [];
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    ranges.push([start, end]);
    start = end;
  }
  return ranges;
}
async function readRows(path, open, columns, builders, filled, start, end, base, extra) {
  if (columns.length === 0) return;
  const targetOf = (slot) => builders[slot]?.kind ?? "timestamp";
  const fast = columns.map((_, slot) => fastPathFor(open.elements[slot], targetOf(slot)));
  let groupStart = 0;
  for (const group of open.metadata.row_groups) {
    const groupEnd = groupStart + Number(group.num_rows);
    if (groupEnd > start && groupStart < end) {
      const from = Math.max(groupStart, start);
      const to = Math.min(groupEnd, end);
      for (let slot = 0; slot < columns.length; slot++) {
        if (!fast[slot]) continue;
        const meta = group.columns.find((chunk) => chunk.meta_data?.path_in_schema.length === 1 && chunk.meta_data.path_in_schema[0] === columns[slot].name)?.meta_data;
        if (!meta) throw new DataFormatError(`${path}: row group at row ${groupStart} has no column '${columns[slot].name}'`, { file: path, row: groupStart, column: columns[slot].name });
        const [byteStart, byteEnd] = chunkRange(meta);
        const builder = builders[slot];
        const target = builder === void 0 ? { kind: "timestamp", values: extra.values } : builder.kind === "numeric" ? { kind: "numeric", values: builder.values } : { kind: "categorical", builder };
        let problem;
        try {
          const bytes = await readChunk(path, open.scratch, byteStart, byteEnd);
          problem = readFastColumn({ bytes, meta, element: open.elements[slot], schemaPath: open.paths[slot], firstRow: groupStart }, target, from, to, base);
        } catch (error) {
          throw new DataFormatError(`${path}: cannot read rows ${from}-${to - 1} of column '${columns[slot].name}' (${error.message})`, { file: path, row: from, column: columns[slot].name });
        }
        if (problem) throw valueError(path, columns[slot], open.elements[slot], problem.row, problem.problem);
        filled[slot] += to - from;
      }
    }
    groupStart = groupEnd;
  }
  const slow = columns.filter((_, slot) => !fast[slot]);
  if (slow.length === 0) return;
  const slotOf = new Map(columns.map((c, slot) => [c.name, slot]));
  let failure;
  const onChunk = (chunk) => {
    if (failure) return;
    const slot = slotOf.get(chunk.columnName);
    if (slot === void 0) return;
    const from = Math.max(chunk.rowStart, start);
    const to = Math.min(chunk.rowEnd, end);
    const builder = builders[slot];
    if (builder === void 0) {
      for (let row = from; row < to; row++) extra.values[row - base] = extra.instant(chunk.columnData[row - chunk.rowStart]);
    } else failure = copyChunk(path, builder, open.elements[slot], chunk, from, to, base);
    if (!failure) filled[slot] += Math.max(0, to - from);
  };
  try {
    await parquetRead({ file: open.file, metadata: open.metadata, columns: slow.map((c) => c.name), rowStart: start, rowEnd: end, parsers: PARSERS, onChunk });
  } catch (error) {
    throw new DataFormatError(`${path}: cannot read rows ${start}-${end - 1} (${error.message})`, { file: path, row: start });
  }
  if (failure) throw failure;
}
function checkFilled(path, columns, filled, rowCount, what) {
  const short = columns.findIndex((_, slot) => filled[slot] !== rowCount);
  if (short !== -1) {
    throw new DataFormatError(`${path}: column '${columns[short].name}' has ${filled[short]} values but ${what} has ${rowCount} rows`, { file: path, column: columns[short].name });
  }
}
async function readParquetTable(path, columns) {
  const open = await openParquet(path, columns);
  const rowCount = Number(open.metadata.num_rows);
  const builders = createBuilders(columns, rowCount);
  const filled = new Array(columns.length).fill(0);
  for (const [start, end] of rowGroupRanges(open.metadata)) await readRows(path, open, columns, builders, filled, start, end, 0);
  checkFilled(path, columns, filled, rowCount, "the file");
  return finishTable(builders, rowCount);
}
async function* readParquetBatches(path, columns, options = {}) {
  checkRequest(path, columns);
  const stamp = options.timestamp;
  if (stamp && columns.some((c) => c.name === stamp.name)) throw new Error(`${path}: column '${stamp.name}' is requested both as a column and as the timestamp`);
  const request = stamp ? [...columns, { name: stamp.name, kind: "categorical" }] : columns;
  const open = await openParquet(path, request);
  const minRows = options.minRows ?? 1;
  const ranges = rowGroupRanges(open.metadata);
  const clock = zoneClock(stamp?.timeZone);
  const scale = stamp?.unit === "s" ? 1e3 : 1;
  let first = 0;
  while (first < ranges.length) {
    let last = first;
    while (last + 1 < ranges.length && ranges[last][1] - ranges[first][0] < minRows) last++;
    const start = ranges[first][0];
    const end = ranges[last][1];
    const rowCount = end - start;
    const builders = createBuilders(columns, rowCount);
    const filled = new Array(request.length).fill(0);
    const timestamps = stamp ? new Float64Array(rowCount).fill(Number.NaN) : void 0;
    const extra = timestamps ? { values: timestamps, instant: (value) => instantOf(value, scale, clock) } : void 0;
    await readRows(path, open, request, builders, filled, start, end, start, extra);
    checkFilled(path, request, filled, rowCount, `rows ${start}-${end - 1}`);
    yield { start, table: finishTable(builders, rowCount), ...timestamps ? { timestamps } : {} };
    first = last + 1;
  }
}
function instantOf(value, scale, clock) {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return Number.isFinite(value) ? value * scale : Number.NaN;
  if (typeof value === "bigint") return Number(value) * scale;
  if (typeof value === "string") return parseIsoTimestamp(value, clock);
  return Number.NaN;
}
function copyChunk(path, builder, element, chunk, from, to, base) {
  const data = chunk.columnData;
  const offset = chunk.rowStart;
  if (builder.kind === "numeric" && ArrayBuffer.isView(data) && !(data instanceof BigInt64Array) && !(data instanceof BigUint64Array)) {
    const values = data;
    for (let row = from; row < to; row++) {
      const value = values[row - offset];
      if (value === Infinity || value === -Infinity) return valueError(path, builder, element, row, `${value} is not accepted (infinite values are not numbers modelops can use)`);
      builder.values[row - base] = value;
    }
    return void 0;
  }
  for (let row = from; row < to; row++) {
    const value = data[row - offset];
    if (value === INVALID_TEXT) return valueError(path, builder, element, row, "the text is not valid UTF-8");
    const problem = storeValue(builder, row - base, value);
    if (problem !== void 0) return valueError(path, builder, element, row, problem);
  }
  return void 0;
}
function valueError(path, builder, element, row, problem) {
  const type = element.logical_type?.type ?? element.converted_type ?? element.type ?? "unknown type";
  return new DataFormatError(`${path}, row ${row} (counting from 0): column '${builder.name}' (Parquet ${type}, read as ${builder.kind}): ${problem}`, {
    file: path,
    row,
    column: builder.name
  });
}
export {
  readParquetBatches,
  readParquetTable
};
