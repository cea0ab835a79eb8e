// The audit's findings, from plain values: tags against their evidence, stage changes against the
// policy, and the default branch's history against the evidence that should cover it.
import { evidenceArtifact, type EvidenceHeader, type SealCheck } from '../promotion/evidence.js';
import { isTransitionAllowed, type Policy } from '../manifest/policy.js';
import { evidenceOf, type RegistryEvent } from '../promotion/tag-registry.js';
import type { Finding, Severity } from '../report/verdict.js';
import type { Stage } from '../manifest/manifest.js';
import { artifactOf, type ManifestFacts } from './facts.js';
import { gtoState, type GtoState } from './gto-state.js';
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
  /** The policy's `signatures.required`: unsigned and untrusted registry tags are errors. */
  signaturesRequired?: boolean;
  /** The evidence's seal recomputed from the message (see evidence.checkSeal). */
  seal?: SealCheck;
  /** Blob ids at the tag's commit of the evidence's manifest and pinned files (undefined: absent there). */
  blobsAtTag?: ReadonlyMap<string, string | undefined>;
  /** Whether the tag's commit is on the first-parent history of the audited branch, named `branch`. */
  onBranch?: boolean;
  branch?: string;
}

/** Tagger dates have whole seconds; createdAt has milliseconds. */
const TAGGER_DATE_SLACK_MS = 1000;

const isProductionAssignment = (e: RegistryEvent): boolean => e.tag.kind === 'assign' && e.tag.stage === 'production';

/** One tag against its evidence, the manifest at its commit and its signature. */
export function checkTag(event: RegistryEvent, context: TagContext): Finding[] {
  const { tag, input } = event;
  const at = { file: context.manifestPath, tag: tag.tag, ...(input.commit ? { commit: input.commit } : {}) };
  const findings: Finding[] = signatureFindings(event, context, at);
  if (tag.kind !== 'register' && tag.kind !== 'assign') {
    // GTO's cancellations and deprecation need no modelops evidence; when modelops wrote them, it binds them too.
    const evidence = evidenceOf(event);
    if (evidence) {
      if (evidence.tag !== tag.tag) findings.push(auditFinding('error', 'evidence-mismatch', `the evidence of ${tag.tag} was written for tag ${evidence.tag}`, at));
      findings.push(...bindingFindings(event, evidence, context, at));
    }
    return findings;
  }
  if (context.onBranch === false && event.time !== undefined) {
    findings.push(
      auditFinding('error', 'off-branch', `${tag.tag} points at ${short(input.commit)}, which is not on the first-parent history of ${context.branch ?? 'the audited branch'}: a registry tag must point at a promoted commit of the default branch`, {
        ...at,
        hint: `git branch --contains ${input.commit}; promotion tags only commits merged into the default branch`,
      }),
    );
  }
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
      if (facts.contentDigest !== evidence.manifest.contentDigest) differences.push('the content it pins (artifact, data, features or gates)');
      if (differences.length > 0) findings.push(auditFinding('error', 'evidence-mismatch', `the manifest at ${tag.tag} (${short(input.commit)}) disagrees with its evidence: ${differences.join('; ')}`, at));
    }
    const blobs = context.blobsAtTag;
    if (blobs) {
      const differing: string[] = [];
      // A registration points at the promoted commit, whose manifest the evidence recorded; a stage tag points at the registration, whose manifest had another stage.
      if (tag.kind === 'register' && evidence.manifest.blob !== '' && blobs.has(evidence.manifest.path) && blobs.get(evidence.manifest.path) !== evidence.manifest.blob) differing.push(evidence.manifest.path);
      for (const file of evidence.files) if (file.blob !== undefined && blobs.has(file.path) && blobs.get(file.path) !== file.blob) differing.push(file.path);
      if (differing.length > 0) {
        findings.push(
          auditFinding('error', 'evidence-mismatch', `at ${short(input.commit)}, where ${tag.tag} points, ${differing.join(', ')} ${differing.length === 1 ? 'is' : 'are'} not the file${differing.length === 1 ? '' : 's'} the evidence recorded (git blob ids differ)`, {
            ...at,
            hint: 'the tag points at other content than was gated: it was moved, or the evidence was written for another commit',
          }),
        );
      }
    }
    if (tag.kind === 'register' && (evidence.commit !== evidence.mergeCommit || evidence.range.to !== evidence.mergeCommit)) {
      findings.push(auditFinding('error', 'evidence-inconsistent', `the evidence of ${tag.tag} registers at ${short(evidence.commit)} but records the promotion of ${short(evidence.mergeCommit)} (range to ${short(evidence.range.to)}): its commit was edited`, at));
    }
    findings.push(...bindingFindings(event, evidence, context, at));
  }
  return findings;
}

/** What binds a tag to its evidence besides the target: the tagger date is the evidence's createdAt, and the seal holds. */
function bindingFindings(event: RegistryEvent, evidence: EvidenceHeader, context: TagContext, at: Partial<Finding>): Finding[] {
  const { tag } = event;
  const findings: Finding[] = [];
  if (event.time !== undefined) {
    const created = Date.parse(evidence.createdAt);
    if (Number.isNaN(created) || Math.abs(created - event.time) > TAGGER_DATE_SLACK_MS) {
      findings.push(
        auditFinding('error', 'tagger-date-mismatch', `${tag.tag} is dated ${new Date(event.time).toISOString()}, but its evidence was written at ${evidence.createdAt}: the tag was re-created${!Number.isNaN(created) && event.time < created ? ', back-dated' : ''}`, {
          ...at,
          hint: 'promotion writes the tag with the evidence\'s createdAt as its tagger date; a re-created tag changes what GTO reads as the current stage',
        }),
      );
    }
  }
  const seal = context.seal;
  if (seal && seal.problems.length > 0) {
    findings.push(
      auditFinding('error', 'evidence-tampered', `the evidence of ${tag.tag} was edited after it was written: ${seal.problems.join('; ')}`, {
        ...at,
        hint: `restore the tag from the remote (git fetch origin +refs/tags/${tag.tag}:refs/tags/${tag.tag}) and compare`,
      }),
    );
  }
  return findings;
}

/** A tag's signature: bad is an error; unsigned or not trusted is an error when the policy requires signatures, else unsigned passes and untrusted warns. */
function signatureFindings(event: RegistryEvent, context: TagContext, at: Partial<Finding>): Finding[] {
  const { tag, input } = event;
  const required = context.signaturesRequired === true;
  if (input.signature === '') {
    if (!required) return [];
    return [
      auditFinding('error', 'unsigned-tag', `${tag.tag} is not signed, and the policy requires signed registry tags (signatures.required)`, {
        ...at,
        hint: 'a tag re-created by hand loses its signature: restore the original from the remote, or re-promote with signing configured (tag.gpgSign, user.signingkey)',
      }),
    ];
  }
  if (context.signature?.status === 'bad') return [auditFinding('error', 'bad-signature', `the signature of ${tag.tag} does not verify: ${context.signature.detail}`, at)];
  if (context.signature?.status === 'good') return [];
  const detail = context.signature?.detail ?? 'not verified';
  if (required) {
    return [
      auditFinding('error', 'untrusted-signature', `${tag.tag} is signed by a key the policy does not trust: ${detail}`, {
        ...at,
        hint: 'SSH: the key must be in the policy\'s signatures.allowed_signers file; GPG: in the auditor\'s keyring, trusted',
      }),
    ];
  }
  return [auditFinding('warning', 'unverified-signature', `${tag.tag} is signed, but the signature cannot be checked here: ${detail}`, { ...at, hint: 'import the signer\'s key (gpg), or name an allowed signers file in the policy (signatures.allowed_signers)' })];
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
    if (e.tag.kind !== 'assign' && e.tag.kind !== 'deprecate') continue;
    // GTO's deprecation is how modelops archives a model.
    const to = e.tag.kind === 'assign' ? e.tag.stage : 'archived';
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
  findings.push(...checkTagOrder(events, manifestPath));
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

/**
 * Tag numbers count up in time (each promotion takes the next): a counted tag dated before a
 * lower-numbered one was re-created with a back-dated tagger date, which changes what GTO reads.
 */
export function checkTagOrder(events: readonly RegistryEvent[], manifestPath: string): Finding[] {
  const counted = events.filter((e) => e.time !== undefined && e.tag.number !== undefined).sort((a, b) => a.tag.number! - b.tag.number!);
  const findings: Finding[] = [];
  let latest: RegistryEvent | undefined;
  for (const e of counted) {
    if (latest && e.time! < latest.time!) {
      findings.push(
        auditFinding('error', 'tag-order', `${e.tag.tag} is dated ${new Date(e.time!).toISOString()}, before ${latest.tag.tag} (${new Date(latest.time!).toISOString()}): tag numbers count up in time, so it was re-created back-dated`, {
          file: manifestPath,
          tag: e.tag.tag,
          ...(e.input.commit ? { commit: e.input.commit } : {}),
          hint: 'GTO orders the registry by tagger date: a back-dated tag silently changes the current stage',
        }),
      );
    } else latest = e;
  }
  return findings;
}

/**
 * Evidence without a seal: written before binding (an info: its header is still compared with its
 * report), or written after sealed evidence exists in the repository, which means the seal was
 * stripped (an error). `sealedSince` is the earliest createdAt of sealed evidence anywhere.
 */
export function checkUnsealed(events: readonly RegistryEvent[], unsealed: ReadonlySet<RegistryEvent>, sealedSince: number | undefined, manifestPath: string): Finding[] {
  const findings: Finding[] = [];
  const predating: string[] = [];
  for (const e of events) {
    if (!unsealed.has(e)) continue;
    const evidence = evidenceOf(e)!;
    const created = Date.parse(evidence.createdAt);
    if (sealedSince !== undefined && !(created < sealedSince)) {
      findings.push(
        auditFinding('error', 'unsealed-evidence', `the evidence of ${e.tag.tag} (written ${evidence.createdAt}) has no seal, though this repository's evidence is sealed since ${new Date(sealedSince).toISOString()}: the seal was removed`, {
          file: manifestPath,
          tag: e.tag.tag,
          ...(e.input.commit ? { commit: e.input.commit } : {}),
        }),
      );
    } else predating.push(e.tag.tag);
  }
  if (predating.length > 0) {
    const shown = predating.slice(0, 5).join(', ') + (predating.length > 5 ? ` and ${predating.length - 5} more` : '');
    findings.push(
      auditFinding('info', 'evidence-predates-binding', `${predating.length} tag(s) carry evidence written before evidence was sealed (${shown}): their header is checked against their report, but not bound to it by a digest`, {
        file: manifestPath,
        hint: 'nothing to do: promotions from now on write sealed evidence',
      }),
    );
  }
  return findings;
}

/** The model's manifest on the audited branch's head: its facts, or why there are none. */
export type DeclaredAtHead = ManifestFacts | 'deleted' | 'invalid';

/**
 * The default branch against the registry: the version and stage the head's manifest declares
 * must be what the registry records (GTO's reading now), and a model the registry still holds in a
 * stage must not lose its folder without being archived.
 */
export function checkDeclared(declared: DeclaredAtHead, events: readonly RegistryEvent[], now: number, manifestPath: string, branch: string): Finding[] {
  const state = gtoState(events, now);
  const ambiguous = state.ambiguous.map((commit) =>
    auditFinding('warning', 'gto-ambiguous', `several versions are registered at ${short(commit)}: GTO cannot tell which one a stage tag there assigns (gto show fails with ManyVersions)`, {
      file: manifestPath,
      commit,
      hint: 'deregister all but one of them (GTO: <name>@v<version>!#<n>)',
    }),
  );
  return [...ambiguous, ...declaredFindings(declared, state, events, manifestPath, branch)];
}

function declaredFindings(declared: DeclaredAtHead, state: GtoState, events: readonly RegistryEvent[], manifestPath: string, branch: string): Finding[] {
  if (declared === 'invalid') return [];
  if (declared === 'deleted') {
    if (state.deprecated) return [];
    const held = state.stages.filter((s) => s.stage !== 'archived');
    if (held.length === 0) return [];
    const production = held.find((s) => s.stage === 'production');
    const what = held.map((s) => `${s.stage} ${s.version ?? '(unregistered)'} (${s.tag})`).join(', ');
    return [
      auditFinding(production ? 'error' : 'warning', 'deleted-without-archiving', `${manifestPath} is gone from ${branch}, but the registry still holds ${what}: the model was deleted without being archived`, {
        file: manifestPath,
        hint: 'archive a model by a pull request that sets stage: archived (promotion writes GTO\'s deprecation), then remove its folder',
      }),
    ];
  }
  const { version, stage } = declared;
  const registered = events.some((e) => e.time !== undefined && e.tag.kind === 'register' && e.tag.version === version);
  const problems: string[] = [];
  if (!registered) problems.push(`no tag registers version ${version}`);
  if (stage === 'archived') {
    if (!state.deprecated && !state.stages.some((s) => s.stage === 'archived' && s.version === version)) problems.push('no deprecation or archived stage tag records it archived');
  } else {
    const held = state.stages.find((s) => s.stage === stage);
    const assigned = events.some((e) => e.time !== undefined && e.tag.kind === 'assign' && e.tag.stage === stage && e.version === version);
    if (state.deprecated) problems.push(`the registry has the model deprecated (${state.deprecated.tag})`);
    else if (!held || held.version !== version) {
      const reads = held ? `GTO reads ${stage} as ${held.version ?? '(unregistered)'} (${held.tag})` : `GTO reads no version in ${stage}`;
      problems.push(assigned ? `${reads}, though a tag once assigned it` : `no stage tag records ${version} in ${stage}; ${reads}`);
    }
  }
  if (problems.length === 0) return [];
  return [
    auditFinding('error', 'registry-disagrees', `${branch} declares ${version} in ${stage} (${manifestPath}), but ${problems.join('; ')}`, {
      file: manifestPath,
      hint: 'a deleted or re-created stage tag, or a promotion that never ran: re-run modelops promote (it tags what the branch declares), or restore the tags from the remote',
    }),
  ];
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
