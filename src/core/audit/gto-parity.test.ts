// GTO compatibility: a literal port of how `gto show` reads a registry from git tags, checked against
// our own reading (tags.ts parseTag, registry.ts, gto-state.ts) on a real repository whose history
// registers, assigns, unassigns, deregisters and deprecates.
//
// Ported from iterative/gto at commit 4b652c8dad93627239c49f8187746239badabee0:
//   gto/constants.py   tag_re and its parts (name, dirname, semver, counter), name_to_tag / tag_to_name
//   gto/tag.py         parse_name, find (annotated tags only, sorted by tag time), index_tag,
//                      TagManager.update_state in GitRegistry.get_state's order (artifact, version, stage)
//   gto/base.py        Artifact / Version / VStage: add_event, find_version, is_active, discovered,
//                      authoring_event / created_at, get_versions, get_vstages, sort_versions
//   gto/api.py         _show_registry with `gto show`'s defaults (gto/cli.py: --sort timestamp,
//                      versions per stage 1, assignments per version -1, not registered-only, no deprecated)
// Python's `sorted(xs, key=k)[::-1]` is a stable ascending sort then a reversal; JavaScript's sort is
// stable too, so `sortedDesc` below reproduces GTO's tie-breaks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAll, git, gitWith } from '../../testing/repos.js';
import { openGitHistory, type TagRecord } from '../../io/git/history.js';
import { registryEvents } from '../promotion/tag-registry.js';
import { parseTag } from '../promotion/tags.js';
import { gtoState } from './gto-state.js';
import { stagesAt } from './trail.js';

// --- gto/constants.py ------------------------------------------------------------------------------
const SEPARATOR_IN_NAME = ':';
const SEPARATOR_IN_TAG = '=';
const nameToTag = (value: string) => value.replaceAll(SEPARATOR_IN_NAME, SEPARATOR_IN_TAG);
const tagToName = (value: string) => value.replaceAll(SEPARATOR_IN_TAG, SEPARATOR_IN_NAME);
const dirname = '[a-zA-Z0-9\\-_./]+';
const name = '[a-zA-Z0-9]([a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const semver =
  '(?<major>0|[1-9]\\d*)\\.(?<minor>0|[1-9]\\d*)\\.(?<patch>0|[1-9]\\d*)(?:-(?<prerelease>(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+(?<buildmetadata>[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';
const counter = '?<counter>[0-9]+';
const fullname = `(?<dirname>${dirname}${SEPARATOR_IN_NAME})?(?<name>${name})`;
const fullnameInTag = nameToTag(fullname);
const tagRe = new RegExp(`^(?<artifact>${fullnameInTag})(((#(?<stage>${name})|@(?<version>v${semver}))(?<cancel>!?))|@((?<deprecated>deprecated)|(?<created>created)))(#(${counter}))?$`);

// --- gto/tag.py parse_name --------------------------------------------------------------------------
type Action = 'create' | 'deprecate' | 'register' | 'deregister' | 'assign' | 'unassign';
interface Parsed {
  name: string;
  action?: Action;
  version?: string;
  stage?: string;
  counter?: number;
}
function parseName(tag: string): Parsed | undefined {
  const match = tagRe.exec(tag);
  if (!match) return undefined;
  const g = match.groups!;
  const parsed: Parsed = { name: tagToName(g['artifact']!) };
  if (g['deprecated']) parsed.action = 'deprecate';
  if (g['version']) {
    parsed.version = g['version'];
    parsed.action = g['cancel'] === '!' ? 'deregister' : 'register';
  }
  if (g['stage']) {
    parsed.stage = g['stage'];
    parsed.action = g['cancel'] === '!' ? 'unassign' : 'assign';
  }
  if (g['counter']) parsed.counter = Number(g['counter']);
  return parsed;
}

// --- gto/base.py ------------------------------------------------------------------------------------
interface Event {
  kind: 'Creation' | 'Deprecation' | 'Registration' | 'Deregistration' | 'Assignment' | 'Unassignment';
  addition: boolean;
  createdAt: number;
  commit: string;
  version?: string;
  stage?: string;
  tag: string;
}
const sortedAsc = <T>(xs: readonly T[], key: (x: T) => number): T[] => [...xs].sort((a, b) => key(a) - key(b));
const sortedDesc = <T>(xs: readonly T[], key: (x: T) => number): T[] => sortedAsc(xs, key).reverse();
const byCreatedAt = (e: { createdAt: number }) => e.createdAt;

class VStage {
  assignments: Event[] = [];
  unassignments: Event[] = [];
  constructor(
    readonly version: string,
    readonly stage: string,
  ) {}
  addEvent(e: Event) {
    if (e.kind === 'Assignment') this.assignments = sortedAsc([...this.assignments, e], byCreatedAt);
    else this.unassignments = sortedAsc([...this.unassignments, e], byCreatedAt);
  }
  getEvents(ascending = false): Event[] {
    const events = sortedAsc([...this.assignments, ...this.unassignments], byCreatedAt);
    return ascending ? events : events.reverse();
  }
  get isActive() {
    return this.getEvents()[0]!.kind === 'Assignment';
  }
  get activatedAt() {
    return this.getEvents()[0]!.kind === 'Assignment' ? this.getEvents()[0]!.createdAt : Number.NaN;
  }
  get createdAt() {
    return this.getEvents().filter((e) => e.addition)[0]!.createdAt;
  }
}

class Version {
  registrations: Event[] = [];
  deregistrations: Event[] = [];
  stages = new Map<string, VStage>();
  constructor(
    readonly version: string,
    readonly commit: string,
  ) {}
  addEvent(e: Event) {
    if (e.kind === 'Registration') this.registrations = sortedAsc([...this.registrations, e], byCreatedAt);
    else if (e.kind === 'Deregistration') this.deregistrations = sortedAsc([...this.deregistrations, e], byCreatedAt);
    else this.getVStage(e.stage!).addEvent(e);
  }
  getVStage(stage: string): VStage {
    if (!this.stages.has(stage)) this.stages.set(stage, new VStage(this.version, stage));
    return this.stages.get(stage)!;
  }
  getEvents(direct = true, indirect = true): Event[] {
    const events = [...(direct ? [...this.registrations, ...this.deregistrations] : []), ...(indirect ? [...this.stages.values()].flatMap((s) => s.getEvents()) : [])];
    return sortedDesc(events, byCreatedAt);
  }
  get isActive() {
    const direct = this.getEvents(true, false);
    if (direct.length > 0) return direct[0]!.kind === 'Registration';
    return this.getEvents(false, true).length > 0;
  }
  get isRegistered() {
    return this.registrations.length > 0;
  }
  get discovered() {
    return this.getEvents(true, false).length === 0;
  }
  get createdAt() {
    const additions = this.getEvents(true, false).filter((e) => e.addition);
    if (additions.length > 0) return additions[0]!.createdAt;
    return this.getEvents(false, true)[0]!.createdAt;
  }
  getVStages(ascending: boolean): VStage[] {
    const sorted = sortedAsc([...this.stages.values()].filter((s) => s.isActive), (s) => s.activatedAt);
    return ascending ? sorted : sorted.reverse();
  }
}

class Artifact {
  versions: Version[] = [];
  creations: Event[] = [];
  deprecations: Event[] = [];
  addEvent(e: Event) {
    if (e.kind === 'Creation') this.creations = sortedAsc([...this.creations, e], byCreatedAt);
    else if (e.kind === 'Deprecation') this.deprecations = sortedAsc([...this.deprecations, e], byCreatedAt);
    else this.findVersion(e.version, e.commit, true)!.addEvent(e);
  }
  getEvents(): Event[] {
    return sortedDesc([...this.creations, ...this.deprecations, ...this.versions.flatMap((v) => v.getEvents())], byCreatedAt);
  }
  get isActive() {
    const events = this.getEvents();
    return events.length > 0 && events[0]!.kind !== 'Deprecation';
  }
  findVersion(version: string | undefined, commit: string | undefined, createNew: boolean): Version | undefined {
    let versions = this.versions.filter((v) => (version ? v.version === version : true) && (commit ? v.commit === commit : true) && !v.discovered);
    if (createNew && versions.length === 0) {
      const created = new Version(version ?? commit!, commit!);
      this.versions.push(created);
      versions = [created];
    }
    if (versions.length > 1) throw new Error(`ManyVersions: ${versions.map((v) => v.version).join(', ')}`);
    return versions[0];
  }
  /** get_versions(active_only=True, include_non_explicit=True, include_discovered=False, sort=Timestamp) */
  getVersions(): Version[] {
    const versions = this.versions.filter((v) => v.isActive && ((v.isRegistered && !v.discovered) || !v.isRegistered));
    return sortedDesc(versions, (v) => v.createdAt);
  }
  /** get_vstages(registered_only=False, assignments_per_version=-1, versions_per_stage=1, sort=Timestamp) */
  getVStages(): Map<string, VStage[]> {
    const assignments = sortedDesc(
      this.getVersions().flatMap((v) => v.getVStages(true)),
      (a) => a.createdAt,
    );
    const stages = new Map<string, VStage[]>();
    for (const a of assignments) {
      const list = stages.get(a.stage) ?? [];
      stages.set(a.stage, list);
      if (list.length >= 1) continue;
      if (!list.some((i) => i.version === a.version)) list.push(a);
    }
    return stages;
  }
}

interface GitTag {
  name: string;
  target: string;
  time: number;
}

/** GitRegistry.get_state then api._show_registry: per active artifact, each stage's version. */
function gtoShow(tags: readonly GitTag[]): Record<string, Record<string, string>> {
  const artifacts = new Map<string, Artifact>();
  const managers: Action[][] = [
    ['create', 'deprecate'],
    ['register', 'deregister'],
    ['assign', 'unassign'],
  ];
  for (const actions of managers) {
    // tag.find: parseable names with one of these actions, annotated tags only, sorted by tag time.
    const found = sortedAsc(
      tags.filter((t) => actions.includes(parseName(t.name)?.action as Action)),
      (t) => t.time,
    );
    for (const tag of found) {
      const parsed = parseName(tag.name)!;
      const artifact = artifacts.get(parsed.name) ?? new Artifact();
      artifacts.set(parsed.name, artifact);
      const base = { createdAt: tag.time, commit: tag.target, tag: tag.name };
      // tag.index_tag
      if (parsed.action === 'register') artifact.addEvent({ ...base, kind: 'Registration', addition: true, version: parsed.version! });
      else if (parsed.action === 'deregister') artifact.addEvent({ ...base, kind: 'Deregistration', addition: false, version: parsed.version! });
      else if (parsed.action === 'assign' || parsed.action === 'unassign') {
        const version = artifact.findVersion(undefined, tag.target, true)!.version;
        const kind = parsed.action === 'assign' ? 'Assignment' : 'Unassignment';
        artifact.addEvent({ ...base, kind, addition: kind === 'Assignment', version, stage: parsed.stage! });
      } else if (parsed.action === 'deprecate') artifact.addEvent({ ...base, kind: 'Deprecation', addition: false });
    }
  }
  const shown: Record<string, Record<string, string>> = {};
  for (const [artifactName, artifact] of artifacts) {
    if (!artifact.isActive) continue;
    shown[artifactName] = Object.fromEntries([...artifact.getVStages()].filter(([, list]) => list.length > 0).map(([stage, list]) => [stage, list[0]!.version]));
  }
  return shown;
}

// --- the same history, read both ways ---------------------------------------------------------------

const T0 = Date.parse('2024-03-01T00:00:00Z');
const minute = (n: number) => new Date(T0 + n * 60_000).toISOString();
let dir: string;
let records: TagRecord[];
const commits: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'modelops-gto-'));
  git(dir, 'init', '-q', '-b', 'main');
  for (const c of ['c1', 'c2', 'c3', 'c4', 'c5']) commits[c] = commitAll(dir, c, { GIT_AUTHOR_DATE: minute(0), GIT_COMMITTER_DATE: minute(0) });
  const tag = (at: number, tagName: string, commit: string) => gitWith(dir, { GIT_COMMITTER_DATE: minute(at) }, 'tag', '-a', '-m', `${tagName}`, tagName, commits[commit]!);
  // churn: register + development in the same second (as modelops promote writes them), staging, production.
  tag(1, 'churn@v1.0.0', 'c1');
  tag(1, 'churn#development#1', 'c1');
  tag(2, 'churn#staging#2', 'c1');
  tag(3, 'churn#production#3', 'c1');
  // 1.1.0 into production, then unassigned: GTO falls back to 1.0.0, still assigned.
  tag(4, 'churn@v1.1.0', 'c2');
  tag(4, 'churn#production#4', 'c2');
  tag(5, 'churn#production!#5', 'c2');
  // 1.2.0 into staging, then deregistered: staging falls back to 1.0.0.
  tag(6, 'churn@v1.2.0', 'c3');
  tag(7, 'churn#staging#6', 'c3');
  tag(8, 'churn@v1.2.0!#7', 'c3');
  // Production assigned at a commit where nothing is registered; the unassignment there cancels nothing.
  tag(9, 'churn#production#8', 'c4');
  tag(10, 'churn#production!#9', 'c4');
  // Rollback of production to 1.0.0, then a lightweight tag GTO ignores.
  tag(11, 'churn#production#10', 'c1');
  git(dir, 'tag', 'churn#production#11', commits['c2']!);
  // GTO's current name grammar: upper case and _ in names and stages; then a deprecation hides the model.
  tag(1, 'Fraud_EU@v0.1.0', 'c1');
  tag(2, 'Fraud_EU#Prod_EU#1', 'c1');
  tag(5, 'Fraud_EU@deprecated#2', 'c1');
  // Deprecated, then registered again: visible again.
  tag(2, 'ranker@v1.0.0', 'c1');
  tag(2, 'ranker#development#1', 'c1');
  tag(3, 'ranker@deprecated#2', 'c1');
  tag(6, 'ranker@v2.0.0', 'c5');
  tag(6, 'ranker#staging#3', 'c5');
  // Registered and deregistered in the same second: the deregistration wins the tie.
  tag(2, 'scorer#production#1', 'c2');
  tag(3, 'scorer@v1.0.0', 'c2');
  tag(3, 'scorer@v1.0.0!#2', 'c2');
  // A model in a sub-directory, in GTO's dirname notation.
  tag(4, 'team/nlp=tagger@v3.0.0-rc.1', 'c3');
  tag(5, 'team/nlp=tagger#staging#1', 'c3');
  records = await (await openGitHistory(dir)).tagRecords();
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** GTO's reading of the tags dated until `at`, versions without GTO's `v`. */
function gtoAt(at: number): Record<string, Record<string, string>> {
  const tags = records.filter((r) => r.objectType === 'tag' && r.commit && Date.parse(r.tagger!.date) <= at).map((r) => ({ name: r.name, target: r.commit!, time: Date.parse(r.tagger!.date) }));
  const shown = gtoShow(tags);
  for (const stages of Object.values(shown)) for (const [stage, version] of Object.entries(stages)) stages[stage] = version.replace(/^v(?=\d)/, '');
  return shown;
}

/** Ours: each model's stages at `at`; an unregistered version is named by its commit, as GTO does. */
function oursAt(at: number): Record<string, Record<string, string>> {
  const commitOf = new Map(records.map((r) => [r.name, r.commit]));
  const ours: Record<string, Record<string, string>> = {};
  for (const [model, events] of registryEvents(records)) {
    const dated = events.filter((e) => e.time !== undefined && e.time <= at);
    if (dated.length === 0) continue;
    if (gtoState(events, at).deprecated) continue;
    ours[model] = Object.fromEntries(stagesAt(events, at).map((s) => [s.stage, s.version ?? commitOf.get(s.tag)!]));
  }
  return ours;
}

describe('GTO parity', () => {
  it('parses every tag of the history with GTO\'s own regular expression and ours alike', () => {
    for (const record of records) {
      const theirs = parseName(record.name);
      const ours = parseTag(record.name);
      expect(ours && { name: ours.name, action: ours.kind, version: 'version' in ours ? `v${ours.version}` : undefined, stage: 'stage' in ours ? ours.stage : undefined, counter: ours.number }, record.name).toEqual(
        theirs && { name: theirs.name, action: theirs.action, version: theirs.version, stage: theirs.stage, counter: theirs.counter },
      );
    }
    for (const tag of ['x@created', 'x#p#1#2', 'X_@v1.0.0', 'x@v1.0', 'a=b=c#p#1']) expect(parseTag(tag) === undefined, tag).toBe(parseName(tag) === undefined);
  });

  it('reads the same current stages as gto show after every tag of a register/assign/unassign/deregister/deprecate history', () => {
    const expectations: Record<number, Record<string, Record<string, string>>> = {
      // Spot checks of GTO's rules, independent of both readings.
      5: { churn: { development: '1.0.0', staging: '1.0.0', production: '1.0.0' }, scorer: {}, 'team/nlp:tagger': { staging: '3.0.0-rc.1' } },
      8: { churn: { development: '1.0.0', staging: '1.0.0', production: '1.0.0' }, ranker: { development: '1.0.0', staging: '2.0.0' }, scorer: {}, 'team/nlp:tagger': { staging: '3.0.0-rc.1' } },
      10: { churn: { development: '1.0.0', staging: '1.0.0', production: commits['c4']! }, ranker: { development: '1.0.0', staging: '2.0.0' }, scorer: {}, 'team/nlp:tagger': { staging: '3.0.0-rc.1' } },
    };
    for (let n = 0; n <= 12; n++) {
      const at = T0 + n * 60_000;
      const theirs = gtoAt(at);
      expect(oursAt(at), `at minute ${n}`).toEqual(theirs);
      if (expectations[n]) expect(theirs, `at minute ${n}`).toEqual(expectations[n]);
    }
    expect(gtoAt(T0 + 12 * 60_000)['churn']).toEqual({ development: '1.0.0', staging: '1.0.0', production: '1.0.0' });
    expect(gtoAt(T0 + 2 * 60_000)['Fraud_EU']).toEqual({ Prod_EU: '0.1.0' });
  });
});
