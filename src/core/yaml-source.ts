// YAML text -> plain value plus a way back from a JSON pointer to `line:column`.
// The `yaml` package keeps node ranges (js-yaml does not), so every error can point at the source.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
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
/** Aliases are legitimate for sharing a block or two; thousands mean an expansion attack. */
const MAX_ALIAS_COUNT = 100;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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

export function parseYamlSource(input: Uint8Array | string, file: string): YamlParseResult {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeText(input, file);
    if ('finding' in decoded) return { ok: false, findings: [decoded.finding] };
    text = decoded.text;
  }
  const lineCounter = new LineCounter();
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  const docs = Array.isArray(documents) ? documents : [];
  const nonEmpty = docs.filter((d) => d.contents !== null || d.errors.length > 0);
  if (nonEmpty.length === 0) {
    return { ok: false, findings: [inputError(file, 'empty', 'file is empty: expected a YAML mapping')] };
  }
  const findings: Finding[] = [];
  for (const d of nonEmpty) {
    for (const problem of [...d.errors, ...d.warnings]) {
      const message = problem.message.split('\n')[0] ?? problem.message;
      findings.push(inputError(file, problem.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax', message, position(problem.pos[0])));
    }
  }
  if (findings.length > 0) return { ok: false, findings };
  if (nonEmpty.length > 1) {
    const second = nonEmpty[1]!;
    const offset = second.range?.[0] ?? 0;
    return { ok: false, findings: [inputError(file, 'multiple-documents', 'file holds more than one YAML document; a manifest is exactly one', position(offset))] };
  }
  const doc = nonEmpty[0]!;
  const forbidden = findForbiddenKey(doc.contents);
  if (forbidden) {
    return {
      ok: false,
      findings: [inputError(file, 'forbidden-key', `key '${forbidden.key}' is not allowed (it could alter object prototypes)`, position(forbidden.offset))],
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const firstAlias = findFirstAlias(doc.contents);
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      findings: [
        inputError(
          file,
          'alias-expansion',
          `YAML aliases expand too far (${why.replace(/\.$/, '')}); at most ${MAX_ALIAS_COUNT} alias expansions are allowed`,
          firstAlias === undefined ? undefined : position(firstAlias),
        ),
      ],
    };
  }
  return {
    ok: true,
    source: { file, value, locate: (pointer, target = 'value') => position(locateOffset(doc, pointer, target)) },
  };
}

function findForbiddenKey(root: unknown): { key: string; offset: number } | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
          return { key: String(pair.key.value), offset: pair.key.range?.[0] ?? 0 };
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return undefined;
}

function findFirstAlias(root: unknown): number | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.shift();
    if (isAlias(node)) return node.range?.[0];
    if (isMap(node)) for (const pair of node.items) stack.push(pair.key, pair.value);
    else if (isSeq(node)) stack.push(...node.items);
  }
  return undefined;
}

function locateOffset(doc: Document, pointer: readonly (string | number)[], target: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < pointer.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const segment = pointer[i]!;
    const last = i === pointer.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
      if (!pair) return offset;
      const keyOffset = (pair.key as Node | null)?.range?.[0];
      if (last && target === 'key') return keyOffset ?? offset;
      node = pair.value;
      // A key with no value (`field:`) has no value node: point at the key.
      offset = (node as Node | null)?.range?.[0] ?? keyOffset ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return offset;
      node = item;
      offset = (item as Node | null)?.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
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
