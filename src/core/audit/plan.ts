// The audit over facts already read: which models to audit and where their manifests are, then every
// model's findings and trail from the tags, the first-parent line, the manifests found at each tag,
// the artifacts re-hashed and the signatures verified. Pure: commands/audit.ts reads git in a few
// batched processes and calls these; the audit rules are tested here with plain values (plan.test.ts).
import type { Policy } from '../manifest/policy.js';
import { checkSeal, evidenceArtifact, type SealCheck, type Sha256 } from '../promotion/evidence.js';
import { evidenceOf, type RegistryEvent } from '../promotion/tag-registry.js';
import { reviewWaivers } from '../promotion/waiver-review.js';
import { applyAuditWaivers } from '../promotion/waivers.js';
import { verdictOfFindings, type Finding, type ModelResult } from '../report/model.js';
import { checkArtifact, checkDeclared, checkHistory, checkSequence, checkTag, checkUnsealed, type FactsAtTag, type HistoryCommitInfo, type PathEvent, type Registration, type TagContext } from './checks.js';
import { artifactOf, factsOfEvidence, type ManifestFacts } from './facts.js';
import { auditEvent, auditVersions, stagesAt, type ArtifactCheck, type SignatureCheck } from './trail.js';

/** A commit of the first-parent line with the files it changed (blob null: deleted). */
export interface AuditCommit extends HistoryCommitInfo {
  changes: readonly { path: string; blob: string | null }[];
}

/** The first-parent line, oldest first: where each commit sits, and every file's changes along it. */
export interface BranchLine {
  commits: readonly AuditCommit[];
  indexOf: ReadonlyMap<string, number>;
  pathEvents: ReadonlyMap<string, readonly PathEvent[]>;
}

export function branchLine(commits: readonly AuditCommit[]): BranchLine {
  const indexOf = new Map(commits.map((c, i) => [c.sha, i]));
  const pathEvents = new Map<string, PathEvent[]>();
  commits.forEach((commit, index) => {
    for (const change of commit.changes) {
      const list = pathEvents.get(change.path);
      if (list) list.push({ index, blob: change.blob });
      else pathEvents.set(change.path, [{ index, blob: change.blob }]);
    }
  });
  return { commits, indexOf, pathEvents };
}

/**
 * The models to audit, each with its manifest path: those whose manifest is on the line (by the
 * policy's glob, the folder naming the model), and those with tags (at the path their newest
 * evidence records, else the conventional one). `unknown`: asked-for models found nowhere.
 */
export function auditedModels(
  line: BranchLine,
  eventsByModel: ReadonlyMap<string, readonly RegistryEvent[]>,
  modelOfPath: (path: string) => string | undefined,
  only?: ReadonlySet<string>,
): { manifestOf: Map<string, string>; names: string[]; unknown: string[] } {
  const manifestOf = new Map<string, string>();
  for (const path of line.pathEvents.keys()) {
    const name = modelOfPath(path);
    if (name !== undefined && (!only || only.has(name))) manifestOf.set(name, path);
  }
  for (const [name, events] of eventsByModel) {
    const recorded = events.map(evidenceOf).reverse().find((e) => e !== undefined)?.manifest.path;
    if (recorded !== undefined) manifestOf.set(name, recorded);
    else if (!manifestOf.has(name)) manifestOf.set(name, `models/${name}/model.yaml`);
  }
  return { manifestOf, names: [...manifestOf.keys()].sort(), unknown: [...(only ?? [])].filter((name) => !manifestOf.has(name)) };
}

/** Facts of manifest blobs that evidence describes (the evidence was written for that very blob): those need no parsing. */
export function evidenceFacts(eventsByModel: ReadonlyMap<string, readonly RegistryEvent[]>): Map<string, ManifestFacts> {
  const facts = new Map<string, ManifestFacts>();
  for (const events of eventsByModel.values()) {
    for (const e of events) {
      const evidence = evidenceOf(e);
      if (evidence?.manifest.blob) facts.set(evidence.manifest.blob, factsOfEvidence(evidence));
    }
  }
  return facts;
}

/** Everything the audit read, for `auditFindings`. */
export interface AuditFacts {
  names: readonly string[];
  manifestOf: ReadonlyMap<string, string>;
  eventsByModel: ReadonlyMap<string, readonly RegistryEvent[]>;
  line: BranchLine;
  /** The policy at the audited commit. */
  policy: Policy;
  /** The branch audited, as findings name it (`main`). */
  branch: string;
  /** Per tag with a commit: the manifest found there. */
  factsAtTag: ReadonlyMap<RegistryEvent, FactsAtTag>;
  /** Per manifest blob id: its facts (from evidence, else parsed), or `invalid`. */
  manifestFacts: ReadonlyMap<string, ManifestFacts | 'invalid'>;
  /** Per signed tag name: `git verify-tag`'s verdict. */
  signatures: ReadonlyMap<string, SignatureCheck>;
  /** Per tag: the blob id at its commit of each file its evidence (else the manifest there) pins. */
  blobsAtTag: ReadonlyMap<RegistryEvent, ReadonlyMap<string, string | undefined>>;
  /** sha256 (hex) of blobs by id: the registered artifacts, re-hashed. */
  digests: ReadonlyMap<string, string>;
  /** The audit's clock (waivers' expiry, staleness). */
  now: Date;
  /** The instant the stages are given at. */
  at: Date;
  /** SHA-256 (hex) of a text: the evidence seals are recomputed with it. */
  sha256: Sha256;
}

/** Each registered artifact re-hashed at its tag, against the sha256 the evidence (else the manifest there) records. */
export function artifactChecks(tagged: readonly RegistryEvent[], facts: Pick<AuditFacts, 'factsAtTag' | 'blobsAtTag' | 'digests'>): Map<string, ArtifactCheck> {
  const checks = new Map<string, ArtifactCheck>();
  for (const event of tagged) {
    if (event.tag.kind !== 'register') continue;
    const found = facts.factsAtTag.get(event);
    const evidence = evidenceOf(event);
    const artifact = (evidence && evidenceArtifact(evidence)) ?? (typeof found === 'object' ? artifactOf(found) : undefined);
    if (!artifact) continue;
    const blob = facts.blobsAtTag.get(event)?.get(artifact.path);
    const actual = blob ? facts.digests.get(blob) : undefined;
    checks.set(event.tag.tag, { path: artifact.path, recorded: artifact.sha256, ...(actual !== undefined ? { actual } : {}) });
  }
  return checks;
}

/** The tags of the audited models that point at a commit, in model order. */
export const taggedEvents = (names: readonly string[], eventsByModel: ReadonlyMap<string, readonly RegistryEvent[]>): { event: RegistryEvent; model: string }[] =>
  names.flatMap((model) => (eventsByModel.get(model) ?? []).filter((event) => event.input.commit).map((event) => ({ event, model })));

/** Every audited model's findings and trail, and the repository's findings (the waivers' review). */
export function auditFindings(facts: AuditFacts): { models: ModelResult[]; findings: Finding[] } {
  const { names, manifestOf, eventsByModel, policy, branch, factsAtTag, signatures, blobsAtTag, now } = facts;
  const { commits, indexOf, pathEvents } = facts.line;
  const tagged = taggedEvents(names, eventsByModel).map(({ event }) => event);
  const artifacts = artifactChecks(tagged, facts);
  const factsOf = (blob: string): ManifestFacts | undefined => {
    const found = facts.manifestFacts.get(blob);
    return found === 'invalid' ? undefined : found;
  };

  // Waivers in the policy at the audited commit: each listed with its model; expired or unknown ones are findings.
  const waivers = reviewWaivers(policy.waivers, new Set(names), now);
  // Each evidence's seal recomputed from its message, its header compared with its report.
  const seals = new Map<RegistryEvent, SealCheck>();
  let sealedSince: number | undefined;
  for (const event of tagged) {
    const evidence = evidenceOf(event);
    if (!evidence) continue;
    const check = checkSeal(event.input.body, evidence, facts.sha256);
    seals.set(event, check);
    const created = Date.parse(evidence.createdAt);
    if (check.seal !== 'absent' && !Number.isNaN(created) && (sealedSince === undefined || created < sealedSince)) sealedSince = created;
  }

  const models = names.map((name): ModelResult => {
    const manifestPath = manifestOf.get(name)!;
    const events = eventsByModel.get(name) ?? [];
    const findings: Finding[] = [];
    for (const event of events) {
      const context: TagContext = { manifestPath, signaturesRequired: policy.signatures.required, branch };
      if (factsAtTag.has(event)) context.factsAtTag = factsAtTag.get(event)!;
      if (signatures.has(event.tag.tag)) context.signature = signatures.get(event.tag.tag)!;
      if (seals.has(event)) context.seal = seals.get(event)!;
      if (blobsAtTag.has(event)) context.blobsAtTag = blobsAtTag.get(event)!;
      if (event.input.commit) context.onBranch = indexOf.has(event.input.commit);
      findings.push(...checkTag(event, context));
      if (event.tag.kind === 'register') findings.push(...checkArtifact(event, artifacts.get(event.tag.tag), manifestPath));
    }
    findings.push(...checkSequence(events, policy, manifestPath));
    findings.push(...checkUnsealed(events, new Set(events.filter((e) => seals.get(e)?.seal === 'absent')), sealedSince, manifestPath));

    const coverage: { from: number; to: number }[] = [];
    const registrations = new Map<string, Registration>();
    for (const event of events) {
      const evidence = evidenceOf(event);
      if (evidence && (evidence.verdict === 'pass' || evidence.verdict === 'warn') && evidence.commit === event.input.commit) {
        const to = indexOf.get(evidence.range.to);
        if (to !== undefined) {
          const from = evidence.range.from === null ? -1 : indexOf.get(evidence.range.from);
          coverage.push({ from: from !== undefined && from < to ? from : to - 1, to });
        }
      }
      // What was registered: as the evidence recorded it (a moved tag does not move it), else as found at the tag.
      const found = factsAtTag.get(event);
      if (event.tag.kind === 'register' && event.time !== undefined && !registrations.has(event.tag.version)) {
        const recorded = evidence?.action === 'register' ? evidence : undefined;
        const index = indexOf.get(recorded?.commit ?? event.input.commit!);
        const at = { tag: event.tag.tag, time: event.time, ...(index !== undefined ? { index } : {}) };
        if (recorded) {
          const fileBlobs = new Map(recorded.files.flatMap((f) => (f.blob ? [[f.path, f.blob] as const] : [])));
          registrations.set(event.tag.version, { ...at, contentDigest: recorded.manifest.contentDigest, fileBlobs });
        } else if (typeof found === 'object') {
          registrations.set(event.tag.version, { ...at, contentDigest: found.contentDigest, fileBlobs: blobsAtTag.get(event) ?? new Map() });
        }
      }
    }
    findings.push(...checkHistory({ manifestPath, commits, pathEvents, factsOf, coverage, registrations }));

    const manifestEvents = pathEvents.get(manifestPath) ?? [];
    const latestBlob = manifestEvents.length > 0 ? manifestEvents[manifestEvents.length - 1]!.blob : null;
    const current = latestBlob ? factsOf(latestBlob) : undefined;
    findings.push(...checkDeclared(latestBlob === null ? 'deleted' : (current ?? 'invalid'), events, now.getTime(), manifestPath, branch));
    const modelWaivers = applyAuditWaivers(name, findings, waivers.reviews, now);
    return {
      name,
      manifest: manifestPath,
      ...(current ? { version: current.version, stage: current.stage } : {}),
      verdict: verdictOfFindings(findings),
      findings,
      gates: [],
      audit: {
        events: events.map((e) => auditEvent(e, signatures.get(e.tag.tag), seals.get(e)?.seal)),
        versions: auditVersions(events, artifacts),
        stages: stagesAt(events, facts.at.getTime()),
        ...(modelWaivers.length > 0 ? { waivers: modelWaivers } : {}),
      },
    };
  });
  return { models, findings: waivers.findings };
}
