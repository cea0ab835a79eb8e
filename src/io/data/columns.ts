// Column names of a data file, read without loading the rows: the CSV header, the first JSONL object,
// the Parquet schema.
import { open } from 'node:fs/promises';
import { utf16Error } from './utf8.js';
import { DataFormatError } from './errors.js';
export { DataFormatError, type DataLocation } from './errors.js';

export type DataFormat = 'csv' | 'jsonl' | 'parquet';

export function formatOf(path: string, declared?: DataFormat): DataFormat | undefined {
  if (declared) return declared;
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.csv.txt')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.parquet') || lower.endsWith('.pq')) return 'parquet';
  return undefined;
}

const MAX_FIRST_RECORD_BYTES = 4 * 1024 * 1024;

/** Reads from the start of the file until `complete(text)` finds the end of the first record. */
async function readFirstRecord(path: string, complete: (text: string) => number | undefined): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.alloc(64 * 1024);
    let text = '';
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (total === 0) {
        const utf16 = utf16Error(path, buffer.subarray(0, bytesRead));
        // Without the path: validation names the file itself.
        if (utf16) throw new DataFormatError(utf16.message.replace(`${path}, line 1: `, ''));
      }
      total += bytesRead;
      text += decoder.decode(buffer.subarray(0, bytesRead), { stream: bytesRead > 0 });
      const end = complete(text);
      if (end !== undefined) return text.slice(0, end);
      if (bytesRead === 0) return text;
      if (total > MAX_FIRST_RECORD_BYTES) throw new DataFormatError(`first record is longer than ${MAX_FIRST_RECORD_BYTES} bytes`);
    }
  } catch (error) {
    if (error instanceof TypeError) throw new DataFormatError('file is not valid UTF-8 text');
    throw error;
  } finally {
    await handle.close();
  }
}

/** Index just past the first CSV record's line break (quotes may hold line breaks), or undefined if not read yet. */
function endOfCsvRecord(text: string): number | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) return i;
  }
  return undefined;
}

/** RFC 4180 fields of one CSV record. */
export function parseCsvRecord(record: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i]!;
    if (quoted) {
      if (c === '"') {
        if (record[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field.length === 0) quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (quoted) throw new DataFormatError('header has an unterminated quoted field');
  fields.push(field);
  return fields;
}

/** Column names of a CSV header record (without its line break): BOM dropped, names trimmed, each non-empty and unique. */
export function parseCsvHeader(record: string): string[] {
  const header = record.replace(/^\uFEFF/, '');
  if (header.trim() === '') throw new DataFormatError('file is empty: expected a header row');
  const columns = parseCsvRecord(header).map((c) => c.trim());
  const seen = new Set<string>();
  for (const column of columns) {
    if (column === '') throw new DataFormatError('header has an empty column name');
    if (seen.has(column)) throw new DataFormatError(`header names column '${column}' twice`);
    seen.add(column);
  }
  return columns;
}

export async function readColumns(path: string, format: DataFormat): Promise<string[]> {
  if (format === 'csv') return parseCsvHeader(await readFirstRecord(path, endOfCsvRecord));
  if (format === 'jsonl') {
    const line = (await readFirstRecord(path, (text) => {
      const end = text.indexOf('\n');
      return end === -1 ? undefined : end;
    })).trim();
    if (line === '') throw new DataFormatError('file is empty: expected one JSON object per line');
    let first: unknown;
    try {
      first = JSON.parse(line);
    } catch (error) {
      throw new DataFormatError(`line 1 is not JSON: ${(error as Error).message}`);
    }
    if (first === null || typeof first !== 'object' || Array.isArray(first)) throw new DataFormatError('line 1 is not a JSON object');
    return Object.keys(first);
  }
  try {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } = await import('hyparquet');
    const file = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(file);
    return parquetSchema(metadata).children.map((child) => child.element.name);
  } catch (error) {
    throw new DataFormatError(`not a readable Parquet file (${(error as Error).message})`);
  }
}
