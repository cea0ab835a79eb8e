// YAML text -> plain value plus a way back from a JSON pointer to `line:column`.
// The common subset is read by yaml-common.ts; anything else by js-yaml 5's event parser, which keeps
// source offsets. Positions cost nothing until a finding needs one: the pointer index is built lazily
// from the events (parsed then, for a document the subset reader read).
import { constructFromEvents, CORE_SCHEMA, EVENT_ID, getScalarValue, mergeTag, parseEvents, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_SINGLE_QUOTED, SCALAR_STYLE_PLAIN, YAMLException } from 'js-yaml';
import type { Finding } from '../report/verdict.js';
import { readCommonYaml } from './yaml-common.js';

export interface SourcePosition {
  line: number;
  column: number;
}

export interface YamlSource {
  file: string;
  value: unknown;
  /** Position of the value at `pointer`, or of its key when `target` is `key`; falls back to the nearest existing ancestor. */
  locate(pointer: readonly (string | number)[], target?: 'key' | 'value'): SourcePosition;
  /** The plain scalar at `pointer` as written (`1.10`, `.inf`), or undefined when it is not one. */
  written(pointer: readonly (string | number)[]): string | undefined;
}

export type YamlParseResult = { ok: true; source: YamlSource } | { ok: false; findings: Finding[] };

export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Aliases share one object; walking the document expands them. Beyond this many nodes it is an attack. */
const MAX_EXPANDED_NODES = 200_000;
/** The same in bytes of scalar text: one alias of a long string repeated is as bad as many nodes. */
export const MAX_EXPANDED_BYTES = 4 * MAX_MANIFEST_BYTES;
/** YAML 1.2 core schema plus merge keys (`<<: *base`), which real manifests use to share blocks. */
const MANIFEST_SCHEMA = CORE_SCHEMA.withTags(mergeTag);
const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Event = ReturnType<typeof parseEvents>[number];

function inputError(file: string, code: string, message: string, pos?: SourcePosition, hint?: string): Finding {
  return {
    severity: 'error',
    category: 'input',
    code,
    message,
    file,
    line: pos?.line ?? 1,
    column: pos?.column ?? 1,
    ...(hint ? { hint } : {}),
  };
}

/** One decoder for every file: a whole-buffer decode keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(bytes: Uint8Array, file: string): { text: string } | { finding: Finding } {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    return { finding: inputError(file, 'too-large', `file is ${bytes.length} bytes; manifests are limited to ${MAX_MANIFEST_BYTES} bytes`) };
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    return { finding: inputError(file, 'encoding', `file is ${utf16} text, not UTF-8`, undefined, 'save the file as UTF-8 (in most editors: "Save with encoding" -> UTF-8)') };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { finding: inputError(file, 'binary', `file is binary, not YAML text (NUL byte at offset ${nul})`, { line: lineOfOffset(bytes, nul), column: 1 }) };
  }
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      finding: inputError(file, 'encoding', `file is not valid UTF-8 text (byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} at offset ${offset})`, { line: lineOfOffset(bytes, offset), column: 1 }, 'save the manifest as UTF-8'),
    };
  }
}

/** `UTF-16LE`/`UTF-16BE` from a byte-order mark, or from NULs in every other byte of ASCII-looking text. */
function utf16Encoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const sample = Math.min(bytes.length - (bytes.length % 2), 64);
  if (sample < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) evenZero++;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero === pairs) return 'UTF-16LE';
  if (evenZero === pairs) return 'UTF-16BE';
  return undefined;
}

/** Index of the first byte that starts no valid UTF-8 sequence (error path only). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i; // overlong, surrogate or beyond U+10FFFF
    }
    i += length;
  }
  return 0;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset -> 1-based line and column, with the line starts computed once. */
function positionIndex(text: string): (offset: number) => SourcePosition {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

function nodeOffset(event: Event): number {
  if (event.type === EVENT_ID.SCALAR) {
    if (event.valueStart < 0) return -1; // an empty value: the caller places it after its key
    const quoted = event.style === SCALAR_STYLE_SINGLE_QUOTED || event.style === SCALAR_STYLE_DOUBLE_QUOTED;
    return quoted ? event.valueStart - 1 : event.valueStart;
  }
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
  return 0;
}

const isNodeStart = (event: Event): boolean =>
  event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.ALIAS;

/**
 * One pass over the first document's events: keys that could alter prototypes, and the size of the
 * document with every alias expanded (the billion-laughs defence).
 */
function screenEvents(events: readonly Event[], text: string): { forbiddenKey?: { key: string; offset: number }; aliasBomb?: { offset: number; unit: 'nodes' | 'bytes' } } {
  interface Frame {
    isMap: boolean;
    expectKey: boolean;
    anchor?: string;
  }
  interface Size {
    nodes: number;
    bytes: number;
  }
  const anchorSize = new Map<string, Size>();
  const stack: (Frame & Size)[] = [];
  let total = 0;
  let totalBytes = 0;
  const addToParent = (size: Size) => {
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.nodes += size.nodes;
      parent.bytes += size.bytes;
      if (parent.isMap) parent.expectKey = !parent.expectKey;
    }
  };
  const anchorOf = (event: { anchorStart: number; anchorEnd: number }) => (event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : undefined);
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      if (stack.length === 0 && total > 0) break; // only the first document is used
      stack.push({ isMap: false, expectKey: false, nodes: 0, bytes: 0 });
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      const frame = stack.pop()!;
      if (frame.anchor !== undefined) anchorSize.set(frame.anchor, { nodes: frame.nodes, bytes: frame.bytes });
      if (stack.length > 0) addToParent(frame);
      continue;
    }
    const parent = stack[stack.length - 1];
    if (event.type === EVENT_ID.SCALAR) {
      if (parent?.isMap && parent.expectKey && event.valueEnd - event.valueStart <= 11) {
        const key = getScalarValue(text, event);
        if (FORBIDDEN_KEYS.has(key)) return { forbiddenKey: { key, offset: nodeOffset(event) } };
      }
      // One byte of overhead per node, so empty strings count too.
      const size = { nodes: 1, bytes: Math.max(0, event.valueEnd - event.valueStart) + 1 };
      const anchor = anchorOf(event);
      if (anchor !== undefined) anchorSize.set(anchor, size);
      total += 1;
      totalBytes += size.bytes;
      addToParent(size);
    } else if (event.type === EVENT_ID.ALIAS) {
      const size = anchorSize.get(text.slice(event.anchorStart, event.anchorEnd)) ?? { nodes: 1, bytes: 1 };
      total += size.nodes;
      totalBytes += size.bytes;
      if (total > MAX_EXPANDED_NODES) return { aliasBomb: { offset: nodeOffset(event), unit: 'nodes' } };
      if (totalBytes > MAX_EXPANDED_BYTES) return { aliasBomb: { offset: nodeOffset(event), unit: 'bytes' } };
      addToParent(size);
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      total += 1;
      totalBytes += 1;
      const anchor = anchorOf(event);
      stack.push({ isMap: event.type === EVENT_ID.MAPPING, expectKey: true, nodes: 1, bytes: 1, ...(anchor !== undefined ? { anchor } : {}) });
    }
  }
  return {};
}

interface Located {
  key?: number;
  value: number;
  /** End of a plain scalar value, to echo it as written. */
  plainEnd?: number;
}

/** JSON pointer (segments joined by `/`, unescaped) -> offsets of its key and value in the first document. */
function buildLocations(events: readonly Event[], text: string): Map<string, Located> {
  interface Frame {
    isMap: boolean;
    path: string;
    index: number;
    pendingKey?: { text: string; offset: number };
    /** A mapping used as a key: its subtree has no pointer. */
    skip: boolean;
  }
  const locations = new Map<string, Located>();
  const stack: Frame[] = [];
  let documents = 0;
  let lastOffset = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      if (++documents > 1) break;
      stack.push({ isMap: false, path: '', index: 0, skip: false });
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (!isNodeStart(event)) continue;
    const parent = stack[stack.length - 1];
    let offset = nodeOffset(event);
    // An empty value (`threshold:`) has no text: place it at its key, or after the previous node.
    if (offset < 0) offset = parent?.isMap && parent.pendingKey !== undefined ? parent.pendingKey.offset : lastOffset;
    lastOffset = offset;
    const plainEnd = event.type === EVENT_ID.SCALAR && event.style === SCALAR_STYLE_PLAIN && event.valueStart >= 0 ? { plainEnd: event.valueEnd } : {};
    let path: string | undefined;
    let skip = parent?.skip ?? false;
    if (!parent || skip) path = undefined;
    else if (parent.isMap && parent.pendingKey === undefined) {
      // This node is a key.
      const keyText = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : '';
      parent.pendingKey = { text: keyText, offset };
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) skip = true;
    } else if (parent.isMap) {
      path = `${parent.path}/${parent.pendingKey!.text}`;
      locations.set(path, { key: parent.pendingKey!.offset, value: offset, ...plainEnd });
      parent.pendingKey = undefined;
    } else if (stack.length === 1) {
      path = '';
      locations.set('', { value: offset, ...plainEnd });
    } else {
      path = `${parent.path}/${parent.index++}`;
      locations.set(path, { value: offset, ...plainEnd });
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      stack.push({ isMap: event.type === EVENT_ID.MAPPING, path: path ?? '', index: 0, skip });
    }
  }
  return locations;
}

export function parseYamlSource(input: Uint8Array | string, file: string): YamlParseResult {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeText(input, file);
    if ('finding' in decoded) return { ok: false, findings: [decoded.finding] };
    text = decoded.text;
  }
  const position = positionIndex(text);
  const yamlError = (error: unknown): YamlParseResult => {
    if (!(error instanceof YAMLException)) throw error;
    const pos = error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : undefined;
    if (/duplicated mapping key/.test(error.reason)) {
      const key = error.mark ? duplicatedKeyAt(text, error.mark.position) : undefined;
      const message = key === undefined ? 'duplicated mapping key' : `key '${key}' appears twice in the same mapping`;
      return { ok: false, findings: [inputError(file, 'duplicate-key', message, pos, 'keep one of them: YAML mappings cannot repeat a key')] };
    }
    return { ok: false, findings: [inputError(file, 'yaml-syntax', error.reason, pos)] };
  };

  // The common case: a subset reader builds the same value several times faster. Positions, and every
  // error, come from js-yaml's event parser, run only when a finding needs a line.
  const common = readCommonYaml(text, MANIFEST_SCHEMA, { maxNodes: MAX_EXPANDED_NODES, maxBytes: MAX_EXPANDED_BYTES, maxDepth: MAX_DEPTH, forbiddenKeys: FORBIDDEN_KEYS });
  if (common !== undefined) return { ok: true, source: yamlSource(file, text, common.value, () => parseEvents(text, { filename: file, maxDepth: MAX_DEPTH }), position) };

  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
  } catch (error) {
    return yamlError(error);
  }
  // A plain loop: flatMap allocated an array per event, a tenth of the parse's time on a large run.
  const documentStarts: number[] = [];
  for (let i = 0; i < events.length; i++) if (events[i]!.type === EVENT_ID.DOCUMENT) documentStarts.push(i);
  if (documentStarts.length === 0 || (documentStarts.length === 1 && events.length <= 2)) {
    return { ok: false, findings: [inputError(file, 'empty', 'file is empty: expected a YAML mapping')] };
  }
  if (documentStarts.length > 1) {
    // Document events carry no offset: point at the `---` that starts the second document.
    const first = events[documentStarts[0]!]!;
    const markers = [...text.matchAll(/^---(?=\s|$)/gm)];
    const marker = markers[first.type === EVENT_ID.DOCUMENT && first.explicitStart ? 1 : 0];
    const pos = marker?.index !== undefined ? position(marker.index) : undefined;
    return { ok: false, findings: [inputError(file, 'multiple-documents', 'file holds more than one YAML document; a manifest is exactly one', pos)] };
  }
  const screened = screenEvents(events, text);
  if (screened.forbiddenKey) {
    const { key, offset } = screened.forbiddenKey;
    return { ok: false, findings: [inputError(file, 'forbidden-key', `key '${key}' is not allowed (it could alter object prototypes)`, position(offset))] };
  }
  if (screened.aliasBomb !== undefined) {
    const { offset, unit } = screened.aliasBomb;
    const limit = unit === 'nodes' ? `${MAX_EXPANDED_NODES} nodes` : `${MAX_EXPANDED_BYTES} bytes`;
    return {
      ok: false,
      findings: [inputError(file, 'alias-expansion', `YAML aliases expand to more than ${limit}; this looks like an alias expansion attack`, position(offset), 'write the repeated value out once, or share less through anchors')],
    };
  }
  let value: unknown;
  try {
    value = constructFromEvents(events, { source: text, filename: file, schema: MANIFEST_SCHEMA })[0];
  } catch (error) {
    return yamlError(error);
  }
  return { ok: true, source: yamlSource(file, text, value, () => events, position) };
}

/** The parsed document with its way back to lines, from the events (parsed again only if needed). */
function yamlSource(file: string, text: string, value: unknown, eventsOf: () => readonly Event[], position: (offset: number) => SourcePosition): YamlSource {
  let locations: Map<string, Located> | undefined;
  return {
    file,
    value,
    locate(pointer, target = 'value') {
      locations ??= buildLocations(eventsOf(), text);
      for (let length = pointer.length; length >= 0; length--) {
        const found = locations.get(pointer.slice(0, length).map((s) => `/${s}`).join(''));
        if (!found) continue;
        return position(length === pointer.length && target === 'key' && found.key !== undefined ? found.key : found.value);
      }
      return { line: 1, column: 1 };
    },
    written(pointer) {
      locations ??= buildLocations(eventsOf(), text);
      const found = locations.get(pointer.map((s) => `/${s}`).join(''));
      return found?.plainEnd !== undefined ? text.slice(found.value, found.plainEnd) : undefined;
    },
  };
}

/** The key of the mapping entry that starts at `offset` (js-yaml marks a duplicate there). */
function duplicatedKeyAt(text: string, offset: number): string | undefined {
  const match = /^[ \t]*(?:-[ \t]+)?("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^:#\n]+?)[ \t]*:(?:[ \t]|$)/m.exec(text.slice(offset, offset + 300));
  if (!match || match.index !== 0) return undefined;
  const key = match[1]!;
  return key.startsWith('"') || key.startsWith("'") ? key.slice(1, -1) : key;
}

/** JSON pointer (`/a/b/0`) to segments, with RFC 6901 unescaping. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function segmentsToPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
