// The audit's findings, from plain values: tags against their evidence, stage changes against the
// policy, and the default branch's history against the evidence that should cover it.
import { evidenceArtifact } from '../evidence.js';
import { isTransitionAllowed, type Policy } from '../policy.js';
import { evidenceOf, type RegistryEvent } from '../registry.js';
import type { Finding, Severity } from '../report.js';
import type { Stage } from '../manifest.js';
import { artifactOf, type ManifestFacts } from './facts.js';
import type { ArtifactCheck, SignatureCheck } from './trail.js';

const short = (sha: string | undefined): string => (sha ?? '').slice(0, 12);

function auditFinding(severity: Severity, code: string, message: string, extra: Partial<Finding> = {}): Finding {
  return { severity, category: 'policy', code, message, ...extra };
}

/** What the audit found at a tag's commit: the manifest's facts, `invalid`, or `missing`. */
export type FactsAtTag = ManifestFacts | 'invalid' | 'missing';

export interface TagContext {
  manifestPath: string;
  factsAtTag?: FactsAtTag;
  signature?: SignatureCheck;
}

const isProductionAssignment = (e: RegistryEvent): boolean => e.tag.kind === 'assign' && e.tag.stage === 'production';

/** One tag against its evidence, the manifest at its commit and its signature. */
export function checkTag(event: RegistryEvent, context: TagContext): Finding[] {
  const { tag, input } = event;
  const at = { file: context.manifestPath, tag: tag.tag, ...(input.commit ? { commit: input.commit } : {}) };
  const findings: Finding[] = [];
  if (tag.kind !== 'register' && tag.kind !== 'assign') return findings; // GTO's cancellations carry no modelops evidence
  const missingSeverity: Severity = isProductionAssignment(event) ? 'error' : 'warning';
  if (input.objectType !== 'tag') {
    findings.push(auditFinding(missingSeverity, 'missing-evidence', `${tag.tag} is a lightweight tag: no tagger, date or evidence (GTO ignores it)`, { ...at, hint: 'promotion tags are annotated tags written by modelops promote' }));
    return findings;
  }
  if (event.evidence.status === 'missing') {
    findings.push(auditFinding(missingSeverity, 'missing-evidence', `${tag.tag} carries no modelops evidence: nothing records the gates, pull request or approvals behind it`, { ...at, hint: 'promotion tags are written by modelops promote after the gates pass' }));
  } else if (event.evidence.status === 'invalid') {
    findings.push(auditFinding('error', 'invalid-evidence', `the evidence of ${tag.tag} is unreadable: ${event.evidence.reason}`, at));
  }
  const evidence = evidenceOf(event);
  if (evidence) {
    const claims: string[] = [];
    if (evidence.tag !== tag.tag) claims.push(`was written for tag ${evidence.tag}`);
    if (evidence.model !== tag.name) claims.push(`is about model ${evidence.model}`);
    if (tag.kind === 'register' && evidence.version !== tag.version) claims.push(`registers version ${evidence.version}`);
    if (tag.kind === 'assign' && evidence.stage !== tag.stage) claims.push(`assigns stage ${evidence.stage}`);
    if (claims.length > 0) findings.push(auditFinding('error', 'evidence-mismatch', `the evidence of ${tag.tag} ${claims.join(', ')}`, at));
    if (input.commit !== evidence.commit) {
      findings.push(
        auditFinding('error', 'tag-moved', `${tag.tag} points at ${short(input.commit)}, but its evidence was written for ${short(evidence.commit)}: the tag was moved or re-created`, {
          ...at,
          hint: `git tag -v ${tag.tag}; the original target is ${evidence.commit}`,
        }),
      );
    }
    if (evidence.verdict === 'fail' || evidence.verdict === 'error') {
      findings.push(auditFinding('error', 'failed-evidence', `the evidence of ${tag.tag} records gates that did not pass (verdict ${evidence.verdict})`, at));
    }
    const facts = context.factsAtTag;
    if (facts === 'missing') findings.push(auditFinding('error', 'evidence-mismatch', `${context.manifestPath} does not exist at ${short(input.commit)}, where ${tag.tag} points`, at));
    else if (facts === 'invalid') findings.push(auditFinding('error', 'evidence-mismatch', `${context.manifestPath} is not a valid manifest at ${short(input.commit)}, where ${tag.tag} points`, at));
    else if (facts) {
      const differences: string[] = [];
      if (facts.version !== evidence.version) differences.push(`version ${facts.version}, the evidence ${evidence.version}`);
      const recorded = evidenceArtifact(evidence)?.sha256;
      const actual = artifactOf(facts)?.sha256;
      if (recorded !== undefined && actual !== recorded) differences.push(`artifact sha256 ${short(actual)}…, the evidence ${short(recorded)}…`);
      if (differences.length > 0) findings.push(auditFinding('error', 'evidence-mismatch', `the manifest at ${tag.tag} (${short(input.commit)}) disagrees with its evidence: ${differences.join('; ')}`, at));
    }
  }
  if (input.signature !== '') {
    if (context.signature?.status === 'bad') findings.push(auditFinding('error', 'bad-signature', `the signature of ${tag.tag} does not verify: ${context.signature.detail}`, at));
    else if (context.signature?.status !== 'good') {
      findings.push(auditFinding('warning', 'unverified-signature', `${tag.tag} is signed, but the signature cannot be checked here: ${context.signature?.detail ?? 'not verified'}`, { ...at, hint: 'import the signer\'s key (gpg) or configure gpg.ssh.allowedSignersFile' }));
    }
  }
  return findings;
}

/** A registered artifact re-hashed at its tag against the sha256 its evidence (or manifest) records. */
export function checkArtifact(event: RegistryEvent, artifact: ArtifactCheck | undefined, manifestPath: string): Finding[] {
  if (!artifact) return [];
  const at = { file: artifact.path, tag: event.tag.tag, ...(event.input.commit ? { commit: event.input.commit } : {}) };
  if (artifact.actual === undefined) return [auditFinding('error', 'artifact-missing', `${artifact.path}, the artifact of ${event.tag.tag}, is missing at ${short(event.input.commit)}`, { ...at, hint: `see ${manifestPath} at the tag` })];
  if (artifact.actual !== artifact.recorded) {
    return [auditFinding('error', 'artifact-hash-mismatch', `${artifact.path} at ${event.tag.tag} hashes to ${artifact.actual}, not to its recorded ${artifact.recorded}`, at)];
  }
  return [];
}

/** The order of a model's stage changes against the policy, registrations before production, deleted tags. */
export function checkSequence(events: readonly RegistryEvent[], policy: Policy, manifestPath: string): Finding[] {
  const findings: Finding[] = [];
  let stage: string | undefined;
  let first = true;
  const registered = new Map<string, number>();
  for (const e of events) if (e.tag.kind === 'register' && e.time !== undefined && !registered.has(e.tag.version)) registered.set(e.tag.version, e.time);
  for (const e of events) {
    if (e.time === undefined || e.tag.kind === 'register') continue;
    const at = { file: manifestPath, tag: e.tag.tag, ...(e.input.commit ? { commit: e.input.commit } : {}) };
    if (e.tag.kind === 'unassign') {
      if (e.tag.stage === stage) stage = undefined;
      continue;
    }
    if (e.tag.kind !== 'assign') continue;
    const to = e.tag.stage;
    const known = (s: string): s is Stage => s in policy.transitions;
    if (first) {
      if (known(to) && !policy.initial_stages.includes(to)) {
        findings.push(auditFinding('warning', 'skipped-stage', `${e.tag.tag}: the model's first stage is ${to}; the policy starts models in ${policy.initial_stages.join(' or ')}`, at));
      }
    } else if (stage !== undefined && known(stage) && known(to) && !isTransitionAllowed(policy, stage, to)) {
      const allowed = policy.transitions[stage];
      findings.push(
        auditFinding('error', 'skipped-stage', `${e.tag.tag}: ${stage} -> ${to} skips a stage; the policy allows ${stage} -> ${allowed.length > 0 ? allowed.join(', ') : 'nothing'}`, {
          ...at,
          hint: 'promote through each stage in turn, each by its own pull request',
        }),
      );
    }
    if (to === 'production') {
      const since = e.version === undefined ? undefined : registered.get(e.version);
      if (e.version === undefined) findings.push(auditFinding('error', 'unregistered-production', `${e.tag.tag} assigns production to ${short(e.input.commit)}, where no version is registered`, at));
      else if (since === undefined || since > e.time) findings.push(auditFinding('error', 'unregistered-production', `${e.tag.tag} assigns production to version ${e.version}, which ${since === undefined ? 'was never registered' : 'was registered only later'}`, at));
    }
    stage = to;
    first = false;
  }
  const numbers = new Set(events.flatMap((e) => (e.tag.number === undefined ? [] : [e.tag.number])));
  if (numbers.size > 0) {
    const missing: number[] = [];
    for (let n = 1; n <= Math.max(...numbers); n++) if (!numbers.has(n)) missing.push(n);
    if (missing.length > 0) {
      const name = events[0]!.tag.name;
      const shown = missing.slice(0, 10).map((n) => `#${n}`).join(', ') + (missing.length > 10 ? ` and ${missing.length - 10} more` : '');
      findings.push(auditFinding('warning', 'missing-tag', `${name} has no tag numbered ${shown}: tags were deleted (or fetched only in part)`, { file: manifestPath, hint: 'git fetch --tags; a deleted promotion tag erases part of the trail' }));
    }
  }
  return findings;
}

// --- the default branch against the evidence ------------------------------------------------------

export interface HistoryCommitInfo {
  sha: string;
  time: string;
  author: string;
  subject: string;
}

/** A change of a file on the first-parent line: at commit `index` it became `blob` (null: deleted). */
export interface PathEvent {
  index: number;
  blob: string | null;
}

export interface Registration {
  tag: string;
  /** Position of the registration commit on the first-parent line, when it is on it. */
  index?: number;
  /** Tagger time (ms), for registrations off the line. */
  time: number;
  contentDigest: string;
  /** Blob ids of the pinned files at the registration. */
  fileBlobs: ReadonlyMap<string, string | undefined>;
}

export interface HistoryInput {
  manifestPath: string;
  commits: readonly HistoryCommitInfo[];
  /** Changes per path on the first-parent line, in order; must include the manifest and every file it ever pins. */
  pathEvents: ReadonlyMap<string, readonly PathEvent[]>;
  /** Facts of a manifest blob; undefined when the blob is not a valid manifest. */
  factsOf(blob: string): ManifestFacts | undefined;
  /** Positions covered by passing evidence: `from` exclusive (-1 from the start), `to` inclusive. */
  coverage: readonly { from: number; to: number }[];
  registrations: ReadonlyMap<string, Registration>;
}

/** The blob of `path` at position `index`: the last change at or before it. */
function blobAt(events: readonly PathEvent[] | undefined, index: number): string | null {
  if (!events) return null;
  let lo = 0;
  let hi = events.length - 1;
  let found: string | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.index <= index) {
      found = events[mid]!.blob;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Every path a model's manifests pin over its history (from the manifest blobs it had). */
export function pinnedPathsOverHistory(input: Pick<HistoryInput, 'manifestPath' | 'pathEvents' | 'factsOf'>): Set<string> {
  const paths = new Set<string>();
  for (const e of input.pathEvents.get(input.manifestPath) ?? []) {
    if (e.blob === null) continue;
    for (const f of input.factsOf(e.blob)?.files ?? []) paths.add(f.path);
  }
  return paths;
}

/**
 * Walks every commit of the first-parent line that touched the model's manifest or a file it pins:
 * a version, stage or content change that no passing evidence covers is `unpromoted-change`; content
 * differing from the registration of the same version is `registered-version-changed`.
 */
export function checkHistory(input: HistoryInput): Finding[] {
  const findings: Finding[] = [];
  const manifestEvents = input.pathEvents.get(input.manifestPath) ?? [];
  const pinned = pinnedPathsOverHistory(input);
  const touched = new Set<number>(manifestEvents.map((e) => e.index));
  for (const path of pinned) for (const e of input.pathEvents.get(path) ?? []) touched.add(e.index);
  const covered = (index: number) => input.coverage.some((c) => c.from < index && index <= c.to);

  let previous: { blob: string; facts: ManifestFacts | undefined; files: Map<string, string | null> } | undefined;
  const diverged = new Set<string>();
  for (const index of [...touched].sort((a, b) => a - b)) {
    const blob = blobAt(manifestEvents, index);
    const commit = input.commits[index]!;
    const at = { file: input.manifestPath, commit: commit.sha };
    const who = `${short(commit.sha)} (${commit.time.slice(0, 10)}, ${commit.author}: "${commit.subject}")`;
    if (blob === null) {
      previous = undefined;
      continue;
    }
    const facts = input.factsOf(blob);
    const files = new Map((facts?.files ?? []).map((f) => [f.path, blobAt(input.pathEvents.get(f.path), index)] as const));
    const changes: string[] = [];
    if (!previous) changes.push(facts ? `added ${facts.version} in ${facts.stage}` : 'added (not a valid manifest)');
    else if (!facts || !previous.facts) {
      if (previous.blob !== blob) changes.push(facts ? `became valid at ${facts.version}` : 'became an invalid manifest');
    } else {
      if (previous.facts.version !== facts.version) changes.push(`version ${previous.facts.version} -> ${facts.version}`);
      if (previous.facts.stage !== facts.stage) changes.push(`stage ${previous.facts.stage} -> ${facts.stage}`);
      if (previous.facts.contentDigest !== facts.contentDigest) changes.push('content (artifact, data, features or gates)');
      const changedFiles = [...files].filter(([path, id]) => previous!.files.has(path) && previous!.files.get(path) !== id).map(([path]) => path);
      if (changedFiles.length > 0) changes.push(`${changedFiles.join(', ')} replaced`);
    }

    let reported = false;
    const registration = facts ? input.registrations.get(facts.version) : undefined;
    if (facts && registration) {
      const after = registration.index !== undefined ? index > registration.index : Date.parse(commit.time) > registration.time;
      const differing: string[] = [];
      if (after && registration.contentDigest !== facts.contentDigest) differing.push('the manifest\'s artifact, data, features or gates');
      if (after) for (const [path, id] of files) if (registration.fileBlobs.has(path) && registration.fileBlobs.get(path) !== id) differing.push(path);
      const key = facts.version;
      if (differing.length > 0 && !diverged.has(key)) {
        findings.push(
          auditFinding('error', 'registered-version-changed', `${who} changed ${differing.join(', ')} of version ${facts.version}, registered by ${registration.tag}, keeping the version`, {
            ...at,
            hint: 'a registered version never changes: restore its content, or give the change a new version',
          }),
        );
        diverged.add(key);
        reported = true;
      } else if (differing.length === 0) diverged.delete(key);
    }
    if (changes.length > 0 && !reported && !covered(index)) {
      findings.push(
        auditFinding('error', 'unpromoted-change', `${who} changed the model (${changes.join('; ')}) and no passing evidence covers it`, {
          ...at,
          hint: 'every change of version, stage or content reaches the default branch through a pull request that modelops promote tags',
        }),
      );
    }
    previous = { blob, facts, files };
  }
  return findings;
}
