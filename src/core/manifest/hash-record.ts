// `modelops hash`: which pinned files of a manifest changed, the manifest text with their new sha256
// written in place (every other byte kept: comments, layout, quoting), and whether the change also
// needs a version bump. Pure: the command reads the files, hashes them and asks git.
import type { YamlSource } from './yaml-source.js';

/** A file the manifest pins: where its path and recorded digest are. */
export interface PinnedReference {
  /** JSON pointer of the object holding `path` and `sha256` (e.g. ['data', 'evaluation']). */
  at: readonly string[];
  path: string;
  recorded?: string;
}

const PINNED_AT: readonly (readonly string[])[] = [['artifact'], ['data', 'training'], ['data', 'evaluation'], ['data', 'reference']];

function field(value: unknown, at: readonly string[]): unknown {
  let node = value;
  for (const key of at) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** The artifact and datasets a (possibly schema-invalid) manifest pins by path. */
export function pinnedReferences(value: unknown): PinnedReference[] {
  const found: PinnedReference[] = [];
  for (const at of PINNED_AT) {
    const path = field(value, [...at, 'path']);
    if (typeof path !== 'string' || path === '') continue;
    const recorded = field(value, [...at, 'sha256']);
    found.push({ at, path, ...(typeof recorded === 'string' ? { recorded } : {}) });
  }
  return found;
}

export interface DigestChange {
  at: readonly string[];
  path: string;
  /** The digest written before, or undefined when there was none. */
  recorded?: string;
  actual: string;
}

/** Offset in `text` of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** [start, end) of the scalar that starts at `start`: quoted, or plain up to a space, comma, brace or line end. */
function scalarEnd(text: string, start: number): number {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    return close === -1 ? start : close + 1;
  }
  const match = /[\s,}\]#]/.exec(text.slice(start));
  return match ? start + match.index : text.length;
}

export interface Rewrite {
  text: string;
  /** Changes that could not be written in place (no sha256 key next to the path), with the line to add. */
  notWritten: DigestChange[];
}

/** The manifest text with each change written: the digest replaces the old one, in the same quoting. */
export function rewriteDigests(text: string, source: YamlSource, changes: readonly DigestChange[]): Rewrite {
  const edits: { start: number; end: number; replacement: string }[] = [];
  const notWritten: DigestChange[] = [];
  for (const change of changes) {
    if (change.recorded === undefined) {
      notWritten.push(change);
      continue;
    }
    const { line, column } = source.locate([...change.at, 'sha256']);
    const start = offsetOf(text, line, column);
    const end = scalarEnd(text, start);
    const old = text.slice(start, end);
    const quote = old[0] === '"' || old[0] === "'" ? old[0] : '';
    if (old.replace(/^["']|["']$/g, '') !== change.recorded) {
      notWritten.push(change);
      continue;
    }
    edits.push({ start, end, replacement: `${quote}${change.actual}${quote}` });
  }
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end);
  return { text: result, notWritten };
}

/** What git says about the manifest's version. */
export interface VersionFacts {
  name: string;
  version: string;
  /** A tag `<name>@v<version>` exists. */
  registered: boolean;
  /** The manifest's version at the comparison ref (HEAD or --base); undefined when the manifest is new there. */
  versionAtBase?: string;
  /** The ref compared with, for messages. */
  base?: string;
}

/** Whether recording new digests also needs a metadata.version bump, and why. */
export function versionAdvice(facts: VersionFacts): { bumpNeeded: boolean; message: string } {
  if (facts.registered) {
    return { bumpNeeded: true, message: `version ${facts.version} is registered (tag ${facts.name}@v${facts.version}) and can never change content: bump metadata.version` };
  }
  if (facts.versionAtBase === undefined) {
    return { bumpNeeded: false, message: `no version bump needed: ${facts.name} is new${facts.base ? ` since ${facts.base}` : ''} and ${facts.version} is not registered` };
  }
  if (facts.versionAtBase === facts.version) {
    return { bumpNeeded: true, message: `${facts.base ?? 'the base'} has ${facts.name} at ${facts.version} too: a changed artifact or dataset needs a metadata.version bump` };
  }
  return { bumpNeeded: false, message: `no further version bump needed: ${facts.version} is already new against ${facts.versionAtBase} at ${facts.base ?? 'the base'}` };
}
