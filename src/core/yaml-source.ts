// YAML text -> plain value plus a way back from a JSON pointer to `line:column`.
// js-yaml 5's event parser keeps source offsets, so positions cost nothing until an error needs one:
// the pointer index is built lazily from the same events.
import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_SINGLE_QUOTED, YAMLException } from 'js-yaml';
import type { Finding } from './report.js';

export interface SourcePosition {
  line: number;
  column: number;
}

export interface YamlSource {
  file: string;
  value: unknown;
  /** Position of the value at `pointer`, or of its key when `target` is `key`; falls back to the nearest existing ancestor. */
  locate(pointer: readonly (string | number)[], target?: 'key' | 'value'): SourcePosition;
}

export type YamlParseResult = { ok: true; source: YamlSource } | { ok: false; findings: Finding[] };

export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Aliases share one object; walking the document expands them. Beyond this many nodes it is an attack. */
const MAX_EXPANDED_NODES = 200_000;
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

function decodeText(bytes: Uint8Array, file: string): { text: string } | { finding: Finding } {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    return { finding: inputError(file, 'too-large', `file is ${bytes.length} bytes; manifests are limited to ${MAX_MANIFEST_BYTES} bytes`) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { finding: inputError(file, 'binary', `file is binary, not YAML text (NUL byte at offset ${nul})`) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { finding: inputError(file, 'encoding', 'file is not valid UTF-8 text', undefined, 'save the manifest as UTF-8') };
  }
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
function screenEvents(events: readonly Event[], text: string): { forbiddenKey?: { key: string; offset: number }; aliasBomb?: number } {
  interface Frame {
    isMap: boolean;
    expectKey: boolean;
    size: number;
    anchor?: string;
  }
  const anchorSize = new Map<string, number>();
  const stack: Frame[] = [];
  let total = 0;
  const addToParent = (size: number) => {
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.size += size;
      if (parent.isMap) parent.expectKey = !parent.expectKey;
    }
  };
  const anchorOf = (event: { anchorStart: number; anchorEnd: number }) => (event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : undefined);
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      if (stack.length === 0 && total > 0) break; // only the first document is used
      stack.push({ isMap: false, expectKey: false, size: 0 });
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      const frame = stack.pop()!;
      if (frame.anchor !== undefined) anchorSize.set(frame.anchor, frame.size);
      if (stack.length > 0) addToParent(frame.size);
      continue;
    }
    const parent = stack[stack.length - 1];
    if (event.type === EVENT_ID.SCALAR) {
      if (parent?.isMap && parent.expectKey && event.valueEnd - event.valueStart <= 11) {
        const key = getScalarValue(text, event);
        if (FORBIDDEN_KEYS.has(key)) return { forbiddenKey: { key, offset: nodeOffset(event) } };
      }
      const anchor = anchorOf(event);
      if (anchor !== undefined) anchorSize.set(anchor, 1);
      total += 1;
      addToParent(1);
    } else if (event.type === EVENT_ID.ALIAS) {
      const size = anchorSize.get(text.slice(event.anchorStart, event.anchorEnd)) ?? 1;
      total += size;
      if (total > MAX_EXPANDED_NODES) return { aliasBomb: nodeOffset(event) };
      addToParent(size);
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      total += 1;
      const anchor = anchorOf(event);
      stack.push({ isMap: event.type === EVENT_ID.MAPPING, expectKey: true, size: 1, ...(anchor !== undefined ? { anchor } : {}) });
    }
  }
  return {};
}

interface Located {
  key?: number;
  value: number;
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
    const offset = nodeOffset(event);
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
      locations.set(path, { key: parent.pendingKey!.offset, value: offset });
      parent.pendingKey = undefined;
    } else if (stack.length === 1) {
      path = '';
      locations.set('', { value: offset });
    } else {
      path = `${parent.path}/${parent.index++}`;
      locations.set(path, { value: offset });
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
    const code = /duplicated mapping key/.test(error.reason) ? 'duplicate-key' : 'yaml-syntax';
    return { ok: false, findings: [inputError(file, code, error.reason, pos)] };
  };

  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
  } catch (error) {
    return yamlError(error);
  }
  const documentStarts = events.flatMap((event, i) => (event.type === EVENT_ID.DOCUMENT ? [i] : []));
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
    return {
      ok: false,
      findings: [inputError(file, 'alias-expansion', `YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes; this looks like an alias expansion attack`, position(screened.aliasBomb))],
    };
  }
  let value: unknown;
  try {
    value = constructFromEvents(events, { source: text, filename: file })[0];
  } catch (error) {
    return yamlError(error);
  }
  let locations: Map<string, Located> | undefined;
  return {
    ok: true,
    source: {
      file,
      value,
      locate(pointer, target = 'value') {
        locations ??= buildLocations(events, text);
        for (let length = pointer.length; length >= 0; length--) {
          const found = locations.get(pointer.slice(0, length).map((s) => `/${s}`).join(''));
          if (!found) continue;
          return position(length === pointer.length && target === 'key' && found.key !== undefined ? found.key : found.value);
        }
        return { line: 1, column: 1 };
      },
    },
  };
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
