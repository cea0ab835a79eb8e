// Git tag names in GTO's format (iterative/gto), so GTO and tools built on it read the same registry:
//   `<name>@v<version>`     registers a version
//   `<name>#<stage>#<n>`    assigns a stage (n counts up per model, over all of its counted tags)
// and, written by GTO and read here: `<name>@v<version>!#<n>` deregisters, `<name>#<stage>!#<n>`
// unassigns, `<name>@deprecated#<n>` deprecates; the `#<n>` counter is optional ("simple" notation).
import semver from 'semver';
import { STAGES } from '../manifest/manifest.js';
import { SEMVER_PATTERN } from '../schema/common.js';

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

// GTO's grammar (gto/constants.py `tag_re`, iterative/gto@4b652c8): an artifact name (letters of
// either case, digits, `-`, `/` and `_`, starting and ending with a letter or digit; optionally
// prefixed by `<dirname>=`), then `#<stage>` (a stage is a name too) or `@v<semver>`, an optional `!`
// that cancels it, or `@deprecated` / `@created`; then an optional `#<counter>`.
const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const ARTIFACT = `(?:[a-zA-Z0-9\\-_./]+=)?${NAME}`;
// Without its anchors, and its groups made non-capturing so the groups below keep their numbers.
const SEMVER = SEMVER_PATTERN.slice(1, -1).replace(/\((?!\?)/g, '(?:');
const TAG = new RegExp(`^(${ARTIFACT})(?:(?:#(${NAME})|@v(${SEMVER}))(!?)|@(deprecated|created))(?:#([0-9]+))?$`);

// GTO writes a `<dir>:<name>` artifact as `<dir>=<name>` in tags (constants.py name_to_tag / tag_to_name).
const nameInTag = (name: string): string => name.replace(':', '=');

export const registerTagName = (name: string, version: string): string => `${nameInTag(name)}@v${version}`;
export const assignTagName = (name: string, stage: string, number: number): string => `${nameInTag(name)}#${stage}#${number}`;
/** GTO's unassignment: the stage is withdrawn from the version at the tag's commit. */
export const unassignTagName = (name: string, stage: string, number: number): string => `${nameInTag(name)}#${stage}!#${number}`;
/** GTO's deregistration of a version. */
export const deregisterTagName = (name: string, version: string, number: number): string => `${nameInTag(name)}@v${version}!#${number}`;
/** GTO's deprecation: the model is retired (`gto show` hides it until a later registration or assignment). */
export const deprecateTagName = (name: string, number: number): string => `${nameInTag(name)}@deprecated#${number}`;

/** Parses a tag name; anything that is not a modelops/GTO tag gives undefined. */
export function parseTag(tag: string): ParsedTag | undefined {
  const match = TAG.exec(tag);
  if (!match) return undefined;
  const [, name, stage, version, cancel, special, counter] = match;
  const base: TagBase = { tag, name: name!.replace('=', ':') };
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

/** A tag a stage change needs, in the order to write them (their counters count up). */
export interface PlannedStageTag {
  tag: string;
  kind: 'assign' | 'unassign' | 'deprecate';
  stage?: string;
}

/**
 * The tags that record a model's move from stage `from` to `to` the way GTO reads them: archiving
 * deprecates the model (GTO hides it); moving down from a stage (production -> staging) first
 * unassigns it, since GTO keeps every stage a version was ever assigned until it is unassigned;
 * anything else is one assignment. The stage tag points at the version's registration commit.
 */
export function stageChangeTags(tags: Iterable<string>, name: string, from: string | undefined, to: string): PlannedStageTag[] {
  let number = nextTagNumber(tags, name);
  if (to === 'archived') return [{ tag: deprecateTagName(name, number), kind: 'deprecate' }];
  const planned: PlannedStageTag[] = [];
  const rank = (stage: string) => (STAGES as readonly string[]).indexOf(stage);
  if (from !== undefined && from !== to && rank(from) > rank(to) && rank(to) >= 0) planned.push({ tag: unassignTagName(name, from, number++), kind: 'unassign', stage: from });
  planned.push({ tag: assignTagName(name, to, number), kind: 'assign', stage: to });
  return planned;
}
