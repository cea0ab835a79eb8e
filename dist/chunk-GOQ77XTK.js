import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/io/data/errors.ts
var DataFormatError = class extends Error {
  location;
  constructor(message, location = {}) {
    super(message);
    this.name = "DataFormatError";
    this.location = location;
  }
};

// src/io/data/columns.ts
import { open } from "node:fs/promises";

// src/io/data/utf8.ts
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
var Utf8Checker = class {
  carry = Buffer.alloc(0);
  offset = 0;
  /** No chunk seen yet. */
  atStart() {
    return this.offset === 0;
  }
  /** Byte offset in the file of the first invalid byte within this chunk (or carried from the last), or -1. */
  push(chunk) {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const bytesStart = this.offset - this.carry.length;
    const end = completeCharactersEnd(bytes);
    const checked = bytes.subarray(0, end);
    this.carry = Buffer.from(bytes.subarray(end));
    this.offset += chunk.length;
    if (isUtf8(checked)) return -1;
    return bytesStart + firstInvalidByte(checked);
  }
  /** Offset of a character cut off by the end of the file, or -1. */
  end() {
    return this.carry.length > 0 ? this.offset - this.carry.length : -1;
  }
};
function completeCharactersEnd(chunk) {
  const length = chunk.length;
  for (let i = length - 1; i >= 0 && i >= length - 4; i--) {
    const byte = chunk[i];
    if ((byte & 192) === 128) continue;
    if (byte < 128) return length;
    const needed = byte >= 240 ? 4 : byte >= 224 ? 3 : 2;
    return i + needed > length ? i : length;
  }
  return length;
}
function firstInvalidByte(bytes) {
  const text = bytes.toString("utf8");
  for (let at = text.indexOf("\uFFFD"); at !== -1; at = text.indexOf("\uFFFD", at + 1)) {
    const offset = Buffer.byteLength(text.slice(0, at));
    if (!(bytes[offset] === 239 && bytes[offset + 1] === 191 && bytes[offset + 2] === 189)) return offset;
  }
  return 0;
}
async function lineOfByte(path, offset) {
  let line = 1;
  if (offset === 0) return line;
  for await (const chunk of createReadStream(path, { end: offset - 1 })) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) line++;
  }
  return line;
}
async function invalidUtf8(path, offset) {
  const line = await lineOfByte(path, offset);
  return new DataFormatError(`${path}, line ${line}: the file is not valid UTF-8 (at byte offset ${offset}); save it as UTF-8`, { file: path, line });
}
function utf16Error(path, start) {
  let encoding;
  if (start[0] === 255 && start[1] === 254) encoding = "UTF-16LE";
  else if (start[0] === 254 && start[1] === 255) encoding = "UTF-16BE";
  else if (start.length >= 4) {
    const pairs = Math.min(start.length >> 1, 32);
    let odd = 0;
    let even = 0;
    for (let i = 0; i < pairs * 2; i += 2) {
      if (start[i] !== 0 && start[i + 1] === 0) odd++;
      if (start[i] === 0 && start[i + 1] !== 0) even++;
    }
    encoding = odd === pairs ? "UTF-16LE" : even === pairs ? "UTF-16BE" : void 0;
  }
  return encoding === void 0 ? void 0 : new DataFormatError(`${path}, line 1: the file is ${encoding} text, not UTF-8; save it as UTF-8`, { file: path, line: 1 });
}

// src/io/data/columns.ts
function formatOf(path, declared) {
  if (declared) return declared;
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".csv.txt")) return "csv";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".parquet") || lower.endsWith(".pq")) return "parquet";
  return void 0;
}
var MAX_FIRST_RECORD_BYTES = 4 * 1024 * 1024;
async function readFirstRecord(path, complete) {
  const handle = await open(path, "r");
  try {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const buffer = Buffer.alloc(64 * 1024);
    let text = "";
    let total = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (total === 0) {
        const utf16 = utf16Error(path, buffer.subarray(0, bytesRead));
        if (utf16) throw new DataFormatError(utf16.message.replace(`${path}, line 1: `, ""));
      }
      total += bytesRead;
      text += decoder.decode(buffer.subarray(0, bytesRead), { stream: bytesRead > 0 });
      const end = complete(text);
      if (end !== void 0) return text.slice(0, end);
      if (bytesRead === 0) return text;
      if (total > MAX_FIRST_RECORD_BYTES) throw new DataFormatError(`first record is longer than ${MAX_FIRST_RECORD_BYTES} bytes`);
    }
  } catch (error) {
    if (error instanceof TypeError) throw new DataFormatError("file is not valid UTF-8 text");
    throw error;
  } finally {
    await handle.close();
  }
}
function endOfCsvRecord(text) {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) return i;
  }
  return void 0;
}
function parseCsvRecord(record) {
  const fields = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i];
    if (quoted) {
      if (c === '"') {
        if (record[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field.length === 0) quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (quoted) throw new DataFormatError("header has an unterminated quoted field");
  fields.push(field);
  return fields;
}
function parseCsvHeader(record) {
  const header = record.replace(/^\uFEFF/, "");
  if (header.trim() === "") throw new DataFormatError("file is empty: expected a header row");
  const columns = parseCsvRecord(header).map((c) => c.trim());
  const seen = /* @__PURE__ */ new Set();
  for (const column of columns) {
    if (column === "") throw new DataFormatError("header has an empty column name");
    if (seen.has(column)) throw new DataFormatError(`header names column '${column}' twice`);
    seen.add(column);
  }
  return columns;
}
async function readColumns(path, format) {
  if (format === "csv") return parseCsvHeader(await readFirstRecord(path, endOfCsvRecord));
  if (format === "jsonl") {
    const line = (await readFirstRecord(path, (text) => {
      const end = text.indexOf("\n");
      return end === -1 ? void 0 : end;
    })).trim();
    if (line === "") throw new DataFormatError("file is empty: expected one JSON object per line");
    let first;
    try {
      first = JSON.parse(line);
    } catch (error) {
      throw new DataFormatError(`line 1 is not JSON: ${error.message}`);
    }
    if (first === null || typeof first !== "object" || Array.isArray(first)) throw new DataFormatError("line 1 is not a JSON object");
    return Object.keys(first);
  }
  try {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } = await import("./node-AHOGCTVJ.js");
    const file = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(file);
    return parquetSchema(metadata).children.map((child) => child.element.name);
  } catch (error) {
    throw new DataFormatError(`not a readable Parquet file (${error.message})`);
  }
}

export {
  DataFormatError,
  Utf8Checker,
  invalidUtf8,
  utf16Error,
  formatOf,
  parseCsvHeader,
  readColumns
};
