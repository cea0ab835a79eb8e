// Git tag names in GTO's format (iterative/gto), so GTO and tools built on it read the same registry:
//   `<name>@v<version>`     registers a version
//   `<name>#<stage>#<n>`    assigns a stage (n counts up per model, over all of its counted tags)
// and, written by GTO and read here: `<name>@v<version>!#<n>` deregisters, `<name>#<stage>!#<n>`
// unassigns, `<name>@deprecated#<n>` deprecates; the `#<n>` counter is optional ("simple" notation).
import semver from 'semver';
import { SEMVER_PATTERN } from './schema/common.js';

interface TagBase {
  tag: string;
  name: string;
  /** The `#<n>` counter; absent in GTO's simple notation. */
  number?: number;
}

export type ParsedTag =
  | (TagBase & { kind: 'register' | 'deregister'; version: string })
  | (TagBase & { kind: 'assign' | 'unassign'; stage: string })
  | (TagBase & { kind: 'deprecate' | 'create' });

export type AssignTag = Extract<ParsedTag, { kind: 'assign' | 'unassign' }> & { kind: 'assign' };

// GTO's grammar (gto/constants.py `tag_re`): an artifact name (lowercase alphanumerics, `-` and `/`,
// optionally prefixed by `<dirname>=`), then `#<stage>` or `@v<semver>`, an optional `!` that
// cancels it, or `@deprecated` / `@created`; then an optional `#<counter>`.
const NAME = '[a-z0-9](?:[a-z0-9-/]*[a-z0-9])?';
const ARTIFACT = `(?:[a-z0-9-_./]+=)?${NAME}`;
// Without its anchors, and its groups made non-capturing so the groups below keep their numbers.
const SEMVER = SEMVER_PATTERN.slice(1, -1).replace(/\((?!\?)/g, '(?:');
const TAG = new RegExp(`^(${ARTIFACT})(?:(?:#(${NAME})|@v(${SEMVER}))(!?)|@(deprecated|created))(?:#([0-9]+))?$`);

export const registerTagName = (name: string, version: string): string => `${name}@v${version}`;
export const assignTagName = (name: string, stage: string, number: number): string => `${name}#${stage}#${number}`;

/** Parses a tag name; anything that is not a modelops/GTO tag gives undefined. */
export function parseTag(tag: string): ParsedTag | undefined {
  const match = TAG.exec(tag);
  if (!match) return undefined;
  const [, name, stage, version, cancel, special, counter] = match;
  const base: TagBase = { tag, name: name! };
  if (counter !== undefined) base.number = Number(counter);
  if (special !== undefined) return { ...base, kind: special === 'deprecated' ? 'deprecate' : 'create' };
  if (stage !== undefined) return { ...base, kind: cancel ? 'unassign' : 'assign', stage };
  return { ...base, kind: cancel ? 'deregister' : 'register', version: version! };
}

/** Registered versions per model name, from a list of tag names. */
export function registeredVersions(tags: Iterable<string>): Map<string, string[]> {
  const byModel = new Map<string, string[]>();
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed?.kind !== 'register') continue;
    const versions = byModel.get(parsed.name) ?? [];
    if (!versions.includes(parsed.version)) versions.push(parsed.version);
    byModel.set(parsed.name, versions);
  }
  for (const versions of byModel.values()) versions.sort(semver.compare);
  return byModel;
}

/** The stage tag with the highest count for a model and stage (GTO's latest assignment), if any. */
export function latestStageTag(tags: Iterable<string>, name: string, stage: string): AssignTag | undefined {
  let latest: AssignTag | undefined;
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed?.kind === 'assign' && parsed.name === name && parsed.stage === stage && (!latest || (parsed.number ?? 0) > (latest.number ?? 0))) latest = parsed as AssignTag;
  }
  return latest;
}

/** The counter of a model's next counted tag: one more than the highest of any of its tags (as GTO numbers them). */
export function nextTagNumber(tags: Iterable<string>, name: string): number {
  let highest = 0;
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed?.name === name && parsed.number !== undefined && parsed.number > highest) highest = parsed.number;
  }
  return highest + 1;
}
