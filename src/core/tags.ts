// Git tag names in GTO's format (iterative/gto), so GTO and tools built on it read the same registry:
//   `<name>@v<version>`     registers a version
//   `<name>#<stage>#<n>`    assigns a stage (n counts up per model)
import semver from 'semver';
import { SEMVER_PATTERN } from './schema/common.js';

export type ParsedTag =
  | { kind: 'register'; tag: string; name: string; version: string }
  | { kind: 'assign'; tag: string; name: string; stage: string; number: number };

// GTO allows `/` in artifact names (for nested paths) and lowercase alphanumerics with dashes.
const NAME = '[a-z0-9](?:[a-z0-9-/]*[a-z0-9])?';
const REGISTER = new RegExp(`^(${NAME})@v(.+)$`);
const SEMVER = new RegExp(SEMVER_PATTERN);
const ASSIGN = new RegExp(`^(${NAME})#([a-z0-9-]+)#([0-9]+)$`);

export const registerTagName = (name: string, version: string): string => `${name}@v${version}`;
export const assignTagName = (name: string, stage: string, number: number): string => `${name}#${stage}#${number}`;

/** Parses a tag name; anything that is not a modelops/GTO tag gives undefined. */
export function parseTag(tag: string): ParsedTag | undefined {
  const register = REGISTER.exec(tag);
  if (register && SEMVER.test(register[2]!)) return { kind: 'register', tag, name: register[1]!, version: register[2]! };
  const assign = ASSIGN.exec(tag);
  if (assign) return { kind: 'assign', tag, name: assign[1]!, stage: assign[2]!, number: Number(assign[3]) };
  return undefined;
}

/** Registered versions per model name, from a list of tag names. */
export function registeredVersions(tags: Iterable<string>): Map<string, string[]> {
  const byModel = new Map<string, string[]>();
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed?.kind !== 'register') continue;
    const versions = byModel.get(parsed.name) ?? [];
    versions.push(parsed.version);
    byModel.set(parsed.name, versions);
  }
  for (const versions of byModel.values()) versions.sort(semver.compare);
  return byModel;
}

/** The stage tag with the highest count for a model and stage (GTO's latest assignment), if any. */
export function latestStageTag(tags: Iterable<string>, name: string, stage: string): Extract<ParsedTag, { kind: 'assign' }> | undefined {
  let latest: Extract<ParsedTag, { kind: 'assign' }> | undefined;
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed?.kind === 'assign' && parsed.name === name && parsed.stage === stage && (!latest || parsed.number > latest.number)) latest = parsed;
  }
  return latest;
}
