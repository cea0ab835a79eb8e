// Which version holds each stage, read from the tags exactly as `gto show` reads them (iterative/gto
// @4b652c8: gto/base.py, gto/tag.py, gto/api.py `_show_registry` with its defaults: sort by timestamp,
// one version per stage, every assignment per version, unregistered versions included):
// - a version is a registration's version name at the registration's commit; it is active while its
//   latest registration is newer than its latest deregistration (a tie deregisters);
// - a stage tag concerns the registered version at its commit; at a commit where none is registered
//   GTO makes a new unregistered version for each such tag, so an unassignment there cancels nothing;
// - a (version, stage) pair is active while its latest assignment is newer than its latest
//   unassignment (a tie unassigns);
// - a stage shows the active pair, of an active version, with the newest assignment; on a tie, the
//   version registered earlier;
// - a model whose newest event is a deprecation shows nothing (a registration or stage tag of the
//   same second keeps it).
// Lightweight tags are ignored; GTO's `@created` tags make GTO itself fail, and are ignored here.
import type { RegistryEvent } from '../promotion/tag-registry.js';
import type { StageHolding } from '../report/model.js';

interface GtoVersion {
  /** The registered version; undefined for GTO's unregistered (commit-named) versions. */
  version?: string;
  commit: string;
  /** Newest registration and deregistration (ms), -Infinity when none. */
  registered: number;
  deregistered: number;
  /** Creation order, for GTO's tie-breaks. */
  order: number;
  /** Per stage: newest assignment (with its tag) and newest unassignment. */
  stages: Map<string, { assigned: number; tag?: string; unassigned: number }>;
}

export interface GtoState {
  /** The model's newest event is a deprecation: `gto show` hides it. */
  deprecated?: { tag: string; time: number };
  stages: StageHolding[];
  /** Commits where GTO finds more than one registered version (it fails there with ManyVersions). */
  ambiguous: string[];
}

const isActiveVersion = (v: GtoVersion): boolean => (v.version === undefined ? true : v.registered > v.deregistered);
/** GTO's Version.created_at: the newest registration, else (unregistered) its newest stage event. */
const versionCreatedAt = (v: GtoVersion): number => (v.registered > -Infinity ? v.registered : Math.max(...[...v.stages.values()].map((s) => Math.max(s.assigned, s.unassigned))));

/** GTO's reading of one model's tags dated at or before `at` (ms since the epoch). */
export function gtoState(events: readonly RegistryEvent[], at: number): GtoState {
  const dated = events.filter((e) => e.time !== undefined && e.time <= at && e.input.commit !== undefined);
  const versions: GtoVersion[] = [];
  const registeredAt = new Map<string, GtoVersion[]>();
  const versionOf = (version: string, commit: string): GtoVersion => {
    const known = (registeredAt.get(commit) ?? []).find((v) => v.version === version);
    if (known) return known;
    const created: GtoVersion = { version, commit, registered: -Infinity, deregistered: -Infinity, order: versions.length, stages: new Map() };
    versions.push(created);
    registeredAt.set(commit, [...(registeredAt.get(commit) ?? []), created]);
    return created;
  };
  // GTO indexes every registration and deregistration before any stage tag.
  for (const e of dated) {
    if (e.tag.kind !== 'register' && e.tag.kind !== 'deregister') continue;
    const v = versionOf(e.tag.version, e.input.commit!);
    if (e.tag.kind === 'register') v.registered = Math.max(v.registered, e.time!);
    else v.deregistered = Math.max(v.deregistered, e.time!);
  }
  const ambiguous = new Set<string>();
  let newestVersionEvent = -Infinity;
  let deprecation: { tag: string; time: number } | undefined;
  for (const e of dated) {
    const time = e.time!;
    if (e.tag.kind === 'deprecate') {
      if (!deprecation || time >= deprecation.time) deprecation = { tag: e.tag.tag, time };
      continue;
    }
    if (e.tag.kind === 'create') continue;
    newestVersionEvent = Math.max(newestVersionEvent, time);
    if (e.tag.kind !== 'assign' && e.tag.kind !== 'unassign') continue;
    const atCommit = registeredAt.get(e.input.commit!) ?? [];
    if (atCommit.length > 1) ambiguous.add(e.input.commit!);
    let v = atCommit.length > 0 ? atCommit.reduce((a, b) => (b.registered > a.registered ? b : a)) : undefined;
    if (!v) {
      v = { commit: e.input.commit!, registered: -Infinity, deregistered: -Infinity, order: versions.length, stages: new Map() };
      versions.push(v);
    }
    const pair = v.stages.get(e.tag.stage) ?? { assigned: -Infinity, unassigned: -Infinity };
    if (e.tag.kind === 'assign') {
      if (time >= pair.assigned) Object.assign(pair, { assigned: time, tag: e.tag.tag });
    } else pair.unassigned = Math.max(pair.unassigned, time);
    v.stages.set(e.tag.stage, pair);
  }
  const state: GtoState = { stages: [], ambiguous: [...ambiguous] };
  if (deprecation && deprecation.time > newestVersionEvent) {
    state.deprecated = deprecation;
    return state;
  }
  const holders = new Map<string, { v: GtoVersion; assigned: number; tag: string }>();
  for (const v of versions) {
    if (!isActiveVersion(v)) continue;
    for (const [stage, pair] of v.stages) {
      if (!(pair.assigned > pair.unassigned) || pair.tag === undefined) continue;
      const held = holders.get(stage);
      const wins =
        !held ||
        pair.assigned > held.assigned ||
        (pair.assigned === held.assigned && (versionCreatedAt(v) < versionCreatedAt(held.v) || (versionCreatedAt(v) === versionCreatedAt(held.v) && v.order < held.v.order)));
      if (wins) holders.set(stage, { v, assigned: pair.assigned, tag: pair.tag });
    }
  }
  for (const [stage, { v, assigned, tag }] of holders) {
    const holding: StageHolding = { stage, tag, since: new Date(assigned).toISOString() };
    if (v.version !== undefined) holding.version = v.version;
    state.stages.push(holding);
  }
  return state;
}
