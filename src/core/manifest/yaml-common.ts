// A fast reader for the YAML that manifests are written in: block mappings and sequences, one-line flow
// collections, plain and quoted one-line scalars, `|`/`>` block scalars, anchors and aliases. It returns
// undefined for anything else (tags, merge keys, multi-line plain or quoted scalars, escapes, tabs,
// documents markers, duplicate or forbidden keys, anything near the size limits), and the caller then
// parses with js-yaml's event parser, which gives every message and position. Where it returns a value,
// that value is the one js-yaml builds (yaml-common.test.ts checks this against js-yaml on real and
// mutated manifests): plain scalars are resolved by the schema's own resolver, objects are `{}` and
// arrays `[]` as js-yaml's default tags make them. It is about six times faster than the event parser.
import type { Schema } from 'js-yaml';

export interface CommonYamlLimits {
  /** Nodes with aliases expanded; the reader gives up at half of this, leaving the verdict to the event parser. */
  maxNodes: number;
  /** Scalar bytes with aliases expanded (same rule). */
  maxBytes: number;
  maxDepth: number;
  forbiddenKeys: ReadonlySet<string>;
}

/** Thrown inside the reader when the text leaves the subset; never escapes `readCommonYaml`. */
class OutsideSubset {}
const OUTSIDE = new OutsideSubset();
const outside = (): never => {
  throw OUTSIDE;
};

// Tab, CR, control characters, BOM, non-characters and every surrogate (astral text goes the slow way).
const OUTSIDE_CHARACTERS = /[^\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
const ANCHOR_NAME = /[A-Za-z0-9_-]/;
/** Characters that cannot start a plain scalar here (YAML's indicators; `-` is handled apart). */
const INDICATORS = new Set([...'?:,[]{}#&*!|>\'"%@`']);
/** INDICATORS by character code, for the hot loops. */
const IS_INDICATOR = new Uint8Array(128);
for (const c of INDICATORS) IS_INDICATOR[c.charCodeAt(0)] = 1;
const PLAIN_TAGS = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:null', 'tag:yaml.org,2002:bool', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float']);

const SPACE = 32;
const HASH = 35;
const COLON = 58;

interface PlainResolution {
  /** Plain scalar text -> value; the same few thousand texts recur across a repository's manifests. */
  cache: Map<string, unknown>;
  /** First characters for which an implicit tag (null, bool, int, float, merge) may match; any other is a string. */
  firstChars?: ReadonlySet<string>;
}
const resolutionBySchema = new WeakMap<Schema, PlainResolution>();
const MAX_CACHED_SCALARS = 20_000;

function plainResolution(schema: Schema): PlainResolution {
  let found = resolutionBySchema.get(schema);
  if (found) return found;
  found = { cache: new Map() };
  const implicit = schema.tags.filter((tag) => tag.nodeKind === 'scalar' && tag.implicit);
  if (implicit.every((tag) => tag.nodeKind === 'scalar' && tag.implicitFirstChars !== null)) {
    const firstChars = new Set(implicit.flatMap((tag) => (tag.nodeKind === 'scalar' ? [...(tag.implicitFirstChars ?? [])] : [])));
    // Only when the default tag gives such text back unchanged, as `!!str` does.
    const probe = 'probe text';
    if (!firstChars.has('p') && schema.resolveImplicitScalarTag(probe).value === probe) found.firstChars = firstChars;
  }
  resolutionBySchema.set(schema, found);
  return found;
}

interface Anchor {
  value: unknown;
  nodes: number;
  bytes: number;
}

class Reader {
  private readonly lines: string[];
  private line = 0;
  private nodes = 0;
  private bytes = 0;
  private depth = 0;
  private readonly anchors = new Map<string, Anchor>();
  private readonly resolution: PlainResolution;

  constructor(
    private readonly text: string,
    private readonly schema: Schema,
    private readonly limits: CommonYamlLimits,
  ) {
    this.lines = text.split('\n');
    this.resolution = plainResolution(schema);
  }

  document(): unknown {
    for (const line of this.lines) {
      // Directives and document markers: the event parser decides what they mean.
      if (line.startsWith('%') || line.startsWith('---') || line.startsWith('...')) outside();
    }
    if (!this.skipInsignificant()) outside(); // empty: the event parser says so
    const first = this.lines[this.line]!;
    if (indentOf(first) !== 0 || isSequenceEntry(first, 0)) outside();
    const value = this.mapping(0, 0);
    if (this.skipInsignificant()) outside();
    return value;
  }

  /** Moves past blank and comment lines; false at the end of the text. */
  private skipInsignificant(): boolean {
    while (this.line < this.lines.length) {
      const line = this.lines[this.line]!;
      const indent = indentOf(line);
      if (indent < line.length && line.charCodeAt(indent) !== HASH) return true;
      this.line++;
    }
    return false;
  }

  private enter(): void {
    if (++this.depth > this.limits.maxDepth / 2) outside();
    this.count(1, 1);
  }

  private count(nodes: number, bytes: number): void {
    this.nodes += nodes;
    this.bytes += bytes;
    if (this.nodes > this.limits.maxNodes / 2 || this.bytes > this.limits.maxBytes / 2) outside();
  }

  /** A block mapping whose keys sit at column `indent`; its first key is on the current line at `column`. */
  private mapping(indent: number, column: number): Record<string, unknown> {
    this.enter();
    const map: Record<string, unknown> = {};
    let at = column;
    for (;;) {
      const line = this.lines[this.line]!;
      const colon = keyColon(line, at);
      const raw = line.slice(at, colon);
      if (!plainStart(raw, 0) || raw.includes(':') || raw.charCodeAt(raw.length - 1) === SPACE || raw.length > 512) outside();
      this.count(1, raw.length + 1);
      const key = String(this.plain(raw));
      if (key === '<<' || this.limits.forbiddenKeys.has(key) || Object.hasOwn(map, key)) outside();
      map[key] = this.value(line, colon + 1, indent, true);
      if (!this.skipInsignificant()) break;
      const next = this.lines[this.line]!;
      const nextIndent = indentOf(next);
      if (nextIndent < indent) break;
      if (nextIndent > indent || isSequenceEntry(next, nextIndent)) outside();
      at = nextIndent;
    }
    this.depth--;
    return map;
  }

  /** A block sequence whose `-` sit at column `indent`; the first is on the current line. */
  private sequence(indent: number): unknown[] {
    this.enter();
    const items: unknown[] = [];
    for (;;) {
      const line = this.lines[this.line]!;
      const start = skipSpaces(line, indent + 1);
      if (start < line.length && line.charCodeAt(start) !== HASH && start > indent + 1) {
        if (isSequenceEntry(line, start)) items.push(this.sequence(start));
        else if (looksLikeKey(line, start)) items.push(this.mapping(start, start));
        else items.push(this.value(line, indent + 1, indent, false));
      } else items.push(this.value(line, indent + 1, indent, false));
      if (!this.skipInsignificant()) break;
      const next = this.lines[this.line]!;
      const nextIndent = indentOf(next);
      if (nextIndent < indent) break;
      if (nextIndent > indent) outside();
      if (!isSequenceEntry(next, nextIndent)) break; // `key:` then `- item` at the key's column: the mapping goes on
    }
    this.depth--;
    return items;
  }

  /** The value after `key:` or `- ` (from `from`) on the current line, and what it owns below. */
  private value(line: string, from: number, parentIndent: number, inMapping: boolean): unknown {
    let at = skipSpaces(line, from);
    if (at === from && at < line.length) outside(); // `key:value`, `-x`: not this subset
    let anchor: string | undefined;
    if (line.charCodeAt(at) === 38 /* & */) {
      let end = at + 1;
      while (end < line.length && ANCHOR_NAME.test(line[end]!)) end++;
      if (end === at + 1 || (end < line.length && line.charCodeAt(end) !== SPACE)) outside();
      anchor = line.slice(at + 1, end);
      if (this.anchors.has(anchor)) outside();
      at = skipSpaces(line, end);
      if (at < line.length && line.charCodeAt(at) !== HASH && looksLikeKey(line, at)) outside(); // `&a key: v` anchors the key
    }
    const nodes = this.nodes;
    const bytes = this.bytes;
    let value: unknown;
    if (at >= line.length || line.charCodeAt(at) === HASH) {
      // Nothing on the line: the value is the block below, or empty.
      this.line++;
      if (this.skipInsignificant()) {
        const next = this.lines[this.line]!;
        const indent = indentOf(next);
        if (indent > parentIndent) value = isSequenceEntry(next, indent) ? this.sequence(indent) : this.mapping(indent, indent);
        else if (indent === parentIndent && inMapping && isSequenceEntry(next, indent)) value = this.sequence(indent);
      }
      if (value === undefined) {
        value = this.plain('');
        this.count(1, 1);
      }
    } else {
      const c = line[at]!;
      if (c === '|' || c === '>') value = this.blockScalar(line, at, parentIndent);
      else {
        let end: number;
        if (c === '*') [value, end] = this.alias(line, at);
        else if (c === '"' || c === "'") [value, end] = this.quoted(line, at);
        else if (c === '[' || c === '{') [value, end] = this.flow(line, at);
        else [value, end] = this.blockPlain(line, at);
        endOfLine(line, end);
        this.line++;
      }
    }
    if (anchor !== undefined) this.anchors.set(anchor, { value, nodes: this.nodes - nodes, bytes: this.bytes - bytes });
    return value;
  }

  private alias(line: string, at: number): [unknown, number] {
    let end = at + 1;
    while (end < line.length && ANCHOR_NAME.test(line[end]!)) end++;
    const anchor = this.anchors.get(line.slice(at + 1, end));
    if (!anchor) outside();
    this.count(anchor!.nodes, anchor!.bytes);
    return [anchor!.value, end];
  }

  /** A one-line quoted scalar without escapes; `''` is the single quote's own escape. */
  private quoted(line: string, at: number): [string, number] {
    const quote = line[at]!;
    let end = at + 1;
    for (;;) {
      end = line.indexOf(quote, end);
      if (end === -1) outside(); // goes on to the next line
      if (quote === "'" && line[end + 1] === "'") end += 2;
      else break;
    }
    const inner = line.slice(at + 1, end);
    if (quote === '"' && inner.includes('\\')) outside();
    this.count(1, inner.length + 3);
    return [quote === "'" ? inner.replaceAll("''", "'") : inner, end + 1];
  }

  /** A plain scalar in block context, to the end of the line or a comment. */
  private blockPlain(line: string, at: number): [unknown, number] {
    if (!plainStart(line, at)) outside();
    let end = at;
    for (; end < line.length; end++) {
      const c = line.charCodeAt(end);
      if (c === COLON && (end + 1 === line.length || line.charCodeAt(end + 1) === SPACE)) outside(); // a key where a value goes
      if (c === HASH && line.charCodeAt(end - 1) === SPACE) break;
    }
    let last = end;
    while (line.charCodeAt(last - 1) === SPACE) last--;
    const raw = line.slice(at, last);
    this.count(1, raw.length + 1);
    return [this.plain(raw), last];
  }

  /** A flow collection that opens and closes on this line. */
  private flow(line: string, at: number): [unknown, number] {
    this.enter();
    const isMap = line[at] === '{';
    const close = isMap ? '}' : ']';
    const collection: Record<string, unknown> | unknown[] = isMap ? {} : [];
    let p = skipSpaces(line, at + 1);
    if (line[p] === close) {
      this.depth--;
      return [collection, p + 1];
    }
    for (;;) {
      if (isMap) {
        const [key, afterKey] = this.flowPlain(line, p, true);
        if (line.charCodeAt(afterKey) !== COLON || line.charCodeAt(afterKey + 1) !== SPACE) outside();
        const name = String(key);
        const map = collection as Record<string, unknown>;
        if (name === '<<' || this.limits.forbiddenKeys.has(name) || Object.hasOwn(map, name)) outside();
        const [value, afterValue] = this.flowNode(line, skipSpaces(line, afterKey + 1));
        map[name] = value;
        p = afterValue;
      } else {
        const [value, afterValue] = this.flowNode(line, p);
        (collection as unknown[]).push(value);
        p = afterValue;
      }
      p = skipSpaces(line, p);
      if (line[p] === close) break;
      if (line[p] !== ',') outside();
      p = skipSpaces(line, p + 1);
      if (line[p] === close) outside(); // a trailing comma
    }
    this.depth--;
    return [collection, p + 1];
  }

  private flowNode(line: string, at: number): [unknown, number] {
    const c = line[at];
    if (c === '"' || c === "'") return this.quoted(line, at);
    if (c === '[' || c === '{') return this.flow(line, at);
    if (c === '*') return this.alias(line, at);
    return this.flowPlain(line, at, false);
  }

  /** A plain scalar in flow context: it ends at `,`, `]`, `}`, `: ` or the end of the line. */
  private flowPlain(line: string, at: number, isKey: boolean): [unknown, number] {
    if (!plainStart(line, at)) outside();
    let end = at;
    for (; end < line.length; end++) {
      const c = line.charCodeAt(end);
      if (c === 44 /* , */ || c === 93 /* ] */ || c === 125 /* } */) break;
      if (c === 91 /* [ */ || c === 123 /* { */) outside();
      if (c === COLON) {
        if (!isKey || line.charCodeAt(end + 1) !== SPACE) outside();
        break;
      }
      if (c === HASH && line.charCodeAt(end - 1) === SPACE) outside(); // a comment inside a one-line flow collection
    }
    if (end === line.length) outside();
    let last = end;
    while (line.charCodeAt(last - 1) === SPACE) last--;
    const raw = line.slice(at, last);
    if (raw === '') outside();
    this.count(1, raw.length + 1);
    return [this.plain(raw), end];
  }

  /** `|`, `|-`, `>` or `>-` with its lines; more-indented folded lines and leading blank lines go the slow way. */
  private blockScalar(line: string, at: number, parentIndent: number): string {
    const folded = line[at] === '>';
    let p = at + 1;
    let strip = false;
    if (line[p] === '-') {
      strip = true;
      p++;
    }
    endOfLine(line, p);
    const first = ++this.line;
    const firstLine = this.lines[first];
    if (firstLine === undefined) outside();
    const indent = indentOf(firstLine!);
    if (indent === firstLine!.length || indent <= parentIndent) outside();
    let value = '';
    let blanks = 0;
    let last = first;
    let n = first;
    for (; n < this.lines.length; n++) {
      const text = this.lines[n]!;
      const lineIndent = indentOf(text);
      if (lineIndent === text.length) {
        if (text.length > indent) outside(); // spaces that would be content
        blanks++;
        continue;
      }
      if (lineIndent < indent) break;
      if (folded && lineIndent > indent) outside();
      const content = text.slice(indent);
      if (n === first) value = content;
      else if (folded) value += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + content;
      else value += '\n'.repeat(blanks + 1) + content;
      blanks = 0;
      last = n;
    }
    // The last line without a line break: clipping keeps no newline then.
    if (last === this.lines.length - 1) outside();
    let span = 0;
    for (let k = first; k < n; k++) span += this.lines[k]!.length + 1;
    this.count(1, span + 1);
    this.line = n;
    return strip ? value : value + '\n';
  }

  private plain(raw: string): unknown {
    const { cache, firstChars } = this.resolution;
    if (firstChars !== undefined && raw !== '' && !firstChars.has(raw[0]!)) return raw;
    const cached = cache.get(raw);
    if (cached !== undefined || cache.has(raw)) return cached;
    const { value, tag } = this.schema.resolveImplicitScalarTag(raw);
    if (!PLAIN_TAGS.has(tag.tagName) || (typeof value === 'object' && value !== null)) outside();
    if (cache.size < MAX_CACHED_SCALARS) cache.set(raw, value);
    return value;
  }
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === SPACE) i++;
  return i;
}

function skipSpaces(line: string, from: number): number {
  let i = from;
  while (line.charCodeAt(i) === SPACE) i++;
  return i;
}

function isSequenceEntry(line: string, at: number): boolean {
  return line.charCodeAt(at) === 45 /* - */ && (at + 1 === line.length || line.charCodeAt(at + 1) === SPACE);
}

/** Can a plain scalar start at `at`? Not at an indicator, and `-` only before a character that is not a space. */
function plainStart(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c === SPACE) return false;
  if (c === 45 /* - */) return at + 1 < text.length && text.charCodeAt(at + 1) !== SPACE && !isIndicator(text.charCodeAt(at + 1));
  return !isIndicator(c);
}

const isIndicator = (c: number): boolean => c < 128 && IS_INDICATOR[c] === 1;

/** Index of the `:` that ends the implicit key starting at `at` (followed by a space or the line's end). */
function keyColon(line: string, at: number): number {
  for (let i = at; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === COLON && (i + 1 === line.length || line.charCodeAt(i + 1) === SPACE)) return i;
    if (c === HASH && i > at && line.charCodeAt(i - 1) === SPACE) break;
  }
  return outside();
}

/** Does an implicit `key:` start at `at`? (Quoted and flow keys are outside the subset.) */
function looksLikeKey(line: string, at: number): boolean {
  // A quoted or flow key (`"a": b`) is read as a value, and the `:` after it then leaves the subset.
  const c = line[at];
  if (c === '"' || c === "'" || c === '[' || c === '{') return false;
  for (let i = at; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === COLON && (i + 1 === line.length || line.charCodeAt(i + 1) === SPACE)) return true;
    if (code === HASH && i > at && line.charCodeAt(i - 1) === SPACE) return false;
  }
  return false;
}

/** After a value: only spaces, then the end of the line or a comment. */
function endOfLine(line: string, from: number): void {
  const at = skipSpaces(line, from);
  if (at < line.length && (line.charCodeAt(at) !== HASH || at === from)) outside();
}

/**
 * The document's value when `text` is in the common subset, else undefined (then parse it with the event
 * parser, which also reports every error).
 */
export function readCommonYaml(text: string, schema: Schema, limits: CommonYamlLimits): { value: unknown } | undefined {
  if (OUTSIDE_CHARACTERS.test(text)) return undefined;
  try {
    return { value: new Reader(text, schema, limits).document() };
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}
