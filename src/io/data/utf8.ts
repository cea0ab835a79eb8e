// UTF-8 validation of a file read in chunks (a chunk may end inside a character), and the line of a
// byte for the error message. Validation is native (buffer.isUtf8), so it costs little next to parsing.
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { DataFormatError } from './errors.js';

export class Utf8Checker {
  private carry: Buffer = Buffer.alloc(0);
  private offset = 0;

  /** No chunk seen yet. */
  atStart(): boolean {
    return this.offset === 0;
  }

  /** Byte offset in the file of the first invalid byte within this chunk (or carried from the last), or -1. */
  push(chunk: Buffer): number {
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
  end(): number {
    return this.carry.length > 0 ? this.offset - this.carry.length : -1;
  }
}

/** Index where a trailing, incomplete multi-byte character starts (chunk.length if there is none). */
function completeCharactersEnd(chunk: Uint8Array): number {
  const length = chunk.length;
  for (let i = length - 1; i >= 0 && i >= length - 4; i--) {
    const byte = chunk[i]!;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0x80) return length;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return i + needed > length ? i : length;
  }
  return length;
}

/** Index of the first byte that is not valid UTF-8 (error path only). */
function firstInvalidByte(bytes: Buffer): number {
  // Decoding replaces each invalid sequence by U+FFFD; the first one not spelled EF BF BD in the input is it.
  const text = bytes.toString('utf8');
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    const offset = Buffer.byteLength(text.slice(0, at));
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
  }
  return 0;
}

/** 1-based line of a byte offset: one more than the line feeds before it (error path only). */
export async function lineOfByte(path: string, offset: number): Promise<number> {
  let line = 1;
  if (offset === 0) return line;
  for await (const chunk of createReadStream(path, { end: offset - 1 }) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) line++;
  }
  return line;
}

/** The error for an invalid byte at `offset`, naming its line. */
export async function invalidUtf8(path: string, offset: number): Promise<DataFormatError> {
  const line = await lineOfByte(path, offset);
  return new DataFormatError(`${path}, line ${line}: the file is not valid UTF-8 (at byte offset ${offset}); save it as UTF-8`, { file: path, line });
}

/** UTF-16 text (a byte-order mark, or NULs in every other byte of its start): named, with what to do. */
export function utf16Error(path: string, start: Uint8Array): DataFormatError | undefined {
  let encoding: string | undefined;
  if (start[0] === 0xff && start[1] === 0xfe) encoding = 'UTF-16LE';
  else if (start[0] === 0xfe && start[1] === 0xff) encoding = 'UTF-16BE';
  else if (start.length >= 4) {
    const pairs = Math.min(start.length >> 1, 32);
    let odd = 0;
    let even = 0;
    for (let i = 0; i < pairs * 2; i += 2) {
      if (start[i] !== 0 && start[i + 1] === 0) odd++;
      if (start[i] === 0 && start[i + 1] !== 0) even++;
    }
    encoding = odd === pairs ? 'UTF-16LE' : even === pairs ? 'UTF-16BE' : undefined;
  }
  return encoding === undefined ? undefined : new DataFormatError(`${path}, line 1: the file is ${encoding} text, not UTF-8; save it as UTF-8`, { file: path, line: 1 });
}
