// `modelops audit`: the audit trail from a clone alone. One `git for-each-ref` for every tag and its
// message, one `git log` for the first-parent history, and `git cat-file` in bulk for manifests and
// artifacts; the findings themselves are pure (src/core/audit).
import picomatch from 'picomatch';
import { checkArtifact, checkDeclared, checkHistory, checkSequence, checkTag, checkUnsealed, type FactsAtTag, type PathEvent, type Registration, type TagContext } from '../core/audit/checks.js';
import { artifactOf, factsOfEvidence, factsOfManifest, type ManifestFacts } from '../core/audit/facts.js';
import { auditEvent, auditVersions, stagesAt, type ArtifactCheck, type SignatureCheck } from '../core/audit/trail.js';
import { checkSeal, evidenceArtifact, type SealCheck } from '../core/promotion/evidence.js';
import { DEFAULT_POLICY, type Policy } from '../core/manifest/policy.js';
import { evidenceOf, registryEvents, type RegistryEvent } from '../core/promotion/tag-registry.js';
import { buildReport, verdictOfFindings, type Finding, type ModelResult, type Report } from '../core/report/model.js';
import { loadManifest, loadPolicy } from '../core/manifest/validate/documents.js';
import { folderName } from '../core/manifest/validate/manifest-checks.js';
import { openGitHistory, type GitHistory } from '../io/git/history.js';
import { RepoFiles } from '../io/repo-files.js';
import { sha256Hex } from '../io/digest.js';
import { applyAuditWaivers, reviewWaivers } from '../core/promotion/waivers.js';
import { TOOL_VERSION } from '../version.js';
import { POLICY_FILES, UsageError } from './validate.js';

export interface AuditOptions {
  /** Repository root. */
  repo: string;
  /** Branch whose first-parent history is checked (default HEAD). */
  ref?: string;
  /** Instant the stages are given at (default now). */
  at?: Date;
  /** Only these models (default all). */
  models?: string[];
  now?: Date;
}

const usage = (error: unknown): UsageError => new UsageError(error instanceof Error ? error.message : String(error));

/** The policy as committed at the audited commit (the defaults when there is none). */
async function policyAt(history: GitHistory, commit: string): Promise<{ policy: Policy; file?: string; findings: Finding[] }> {
  const ids = await history.blobIds(POLICY_FILES.map((path) => ({ commit, path })));
  const index = ids.findIndex((id) => id !== undefined);
  if (index < 0) return { policy: DEFAULT_POLICY, findings: [] };
  const bytes = (await history.readBlobs([ids[index]!])).get(ids[index]!)!;
  const loaded = loadPolicy(bytes, POLICY_FILES[index]!);
  return loaded.ok ? { policy: loaded.value, file: POLICY_FILES[index]!, findings: [] } : { policy: DEFAULT_POLICY, file: POLICY_FILES[index]!, findings: loaded.findings };
}

/** The policy's SSH allowed signers file at the audited commit, read through git (so it cannot point outside the repository). */
async function allowedSignersAt(history: GitHistory, commit: string, policy: Policy, policyFile: string | undefined): Promise<{ bytes?: Buffer; findings: Finding[] }> {
  const path = policy.signatures.allowed_signers;
  if (path === undefined) return { findings: [] };
  const at = { file: policyFile ?? 'modelops.yaml', pointer: '/signatures/allowed_signers' };
  const normalized = path.replace(/\\/g, '/');
  if (normalized.startsWith('/') || /^[A-Za-z]:/.test(normalized) || normalized.split('/').includes('..')) {
    return { findings: [{ severity: 'error', category: 'input', code: 'path-outside-repo', message: `signatures.allowed_signers '${path}' must be a path inside the repository, relative to its root`, ...at }] };
  }
  const [id] = await history.blobIds([{ commit, path: normalized.replace(/^\.\//, '') }]);
  if (id === undefined) {
    return { findings: [{ severity: 'error', category: 'policy', code: 'allowed-signers-missing', message: `signatures.allowed_signers names ${path}, which does not exist at ${commit.slice(0, 12)}: no SSH signature can be trusted`, ...at }] };
  }
  return { bytes: (await history.readBlobs([id])).get(id)!, findings: [] };
}

export async function audit(options: AuditOptions): Promise<Report> {
  const ref = options.ref ?? 'HEAD';
  let history: GitHistory;
  let head: string;
  try {
    const files = await RepoFiles.open(options.repo);
    history = await openGitHistory(files.realRoot);
    head = await history.resolveCommit(ref);
  } catch (error) {
    throw usage(error);
  }
  const at = options.at ?? options.now ?? new Date();

  // Git work, in as few processes as possible: three at once here, then two rounds of cat-file.
  const [records, commits, { policy, file: policyFile, findings: policyFindings }] = await Promise.all([history.tagRecords(), history.firstParentHistory(head), policyAt(history, head)]);
  const signers = await allowedSignersAt(history, head, policy, policyFile);
  // Findings name the branch the auditor is on (`main`), not `HEAD`.
  const branch = ref === 'HEAD' ? ((await history.currentBranch()) ?? 'HEAD') : ref;
  const repoFindings = [...policyFindings, ...signers.findings];
  const only = options.models && options.models.length > 0 ? new Set(options.models) : undefined;
  const eventsByModel = registryEvents(records, only ? { only } : {});

  // Every file's changes along the first-parent line, and where each commit sits on it.
  const indexOf = new Map(commits.map((c, i) => [c.sha, i]));
  const pathEvents = new Map<string, PathEvent[]>();
  commits.forEach((commit, index) => {
    for (const change of commit.changes) {
      const list = pathEvents.get(change.path);
      if (list) list.push({ index, blob: change.blob });
      else pathEvents.set(change.path, [{ index, blob: change.blob }]);
    }
  });

  // Models: those with tags, and those whose manifest is on the line; each with its manifest path.
  const isManifest = picomatch(policy.manifests, { dot: false });
  const manifestOf = new Map<string, string>();
  for (const path of pathEvents.keys()) {
    const name = isManifest(path) ? folderName(path) : undefined;
    if (name !== undefined && (!only || only.has(name))) manifestOf.set(name, path);
  }
  for (const [name, events] of eventsByModel) {
    const recorded = events.map(evidenceOf).reverse().find((e) => e !== undefined)?.manifest.path;
    if (recorded !== undefined) manifestOf.set(name, recorded);
    else if (!manifestOf.has(name)) manifestOf.set(name, `models/${name}/model.yaml`);
  }
  const names = [...manifestOf.keys()].sort();
  const unknown = [...(only ?? [])].filter((name) => !manifestOf.has(name));
  if (unknown.length > 0) throw new UsageError(`no model named ${unknown.join(', ')}: no registry tag and no manifest on ${ref}'s history (fetch the tags first: git fetch --tags)`);

  // Facts of manifest blobs: from the evidence written for that very blob, else parsed.
  const evidenceFacts = new Map<string, ManifestFacts>();
  for (const events of eventsByModel.values()) {
    for (const e of events) {
      const evidence = evidenceOf(e);
      if (evidence?.manifest.blob) evidenceFacts.set(evidence.manifest.blob, factsOfEvidence(evidence));
    }
  }
  const tagged: { event: RegistryEvent; model: string }[] = [];
  for (const name of names) for (const event of eventsByModel.get(name) ?? []) if (event.input.commit) tagged.push({ event, model: name });

  // Round 1: the manifest at every tag's commit, and the manifest and files each evidence records there.
  const isRegistration = (e: RegistryEvent) => e.tag.kind === 'register';
  const pinnedByEvidence = (e: RegistryEvent) => {
    const evidence = evidenceOf(e);
    return evidence ? [evidence.manifest.path, ...evidence.files.map((f) => f.path)] : [];
  };
  const manifestSpecs = tagged.map(({ event, model }) => ({ commit: event.input.commit!, path: manifestOf.get(model)! }));
  const fileSpecs = tagged.flatMap(({ event }) => pinnedByEvidence(event).map((path) => ({ event, path, commit: event.input.commit! })));
  const ids = await history.blobIds([...manifestSpecs, ...fileSpecs]);
  const manifestAtTag = ids.slice(0, manifestSpecs.length);
  const blobsAtRegistration = new Map<RegistryEvent, Map<string, string | undefined>>();
  const noteFileBlob = (event: RegistryEvent, path: string, id: string | undefined) => {
    const map = blobsAtRegistration.get(event) ?? new Map<string, string | undefined>();
    map.set(path, id);
    blobsAtRegistration.set(event, map);
  };
  fileSpecs.forEach(({ event, path }, i) => noteFileBlob(event, path, ids[manifestSpecs.length + i]));

  // Round 2, at once: the manifests no evidence describes (parsed), and the registered artifacts (hashed).
  const toParse = new Set<string>();
  for (const id of manifestAtTag) if (id !== undefined && !evidenceFacts.has(id)) toParse.add(id);
  for (const name of names) for (const e of pathEvents.get(manifestOf.get(name)!) ?? []) if (e.blob !== null && !evidenceFacts.has(e.blob)) toParse.add(e.blob);
  const artifactBlobOf = (e: RegistryEvent): string | undefined => {
    const artifact = evidenceOf(e) && evidenceArtifact(evidenceOf(e)!);
    return artifact ? blobsAtRegistration.get(e)?.get(artifact.path) : undefined;
  };
  const signed = tagged.filter(({ event }) => event.input.signature !== '').map(({ event }) => event.tag.tag);
  const [blobs, digests, signatures] = await Promise.all([
    history.readBlobs([...toParse]),
    history.hashBlobs(tagged.flatMap(({ event }) => (isRegistration(event) && artifactBlobOf(event) ? [artifactBlobOf(event)!] : []))),
    signed.length > 0 ? history.verifyTags(signed, signers.bytes ? { allowedSigners: signers.bytes } : {}) : Promise.resolve(new Map<string, SignatureCheck>()),
  ]);
  const parsedFacts = new Map<string, ManifestFacts | 'invalid'>();
  for (const [id, bytes] of blobs) {
    const loaded = loadManifest(bytes, id);
    parsedFacts.set(id, loaded.ok ? factsOfManifest(loaded.value, sha256Hex) : 'invalid');
  }
  const factsOf = (blob: string): ManifestFacts | undefined => {
    const facts = evidenceFacts.get(blob) ?? parsedFacts.get(blob);
    return facts === 'invalid' ? undefined : facts;
  };
  const factsAtTag = new Map<RegistryEvent, FactsAtTag>();
  tagged.forEach(({ event }, i) => {
    const id = manifestAtTag[i];
    factsAtTag.set(event, id === undefined ? 'missing' : (factsOf(id) ?? 'invalid'));
  });

  // Registrations without evidence: their pinned files come from the manifest found at the tag (a rare third round).
  const bare = tagged.filter(({ event }) => isRegistration(event) && !evidenceOf(event) && typeof factsAtTag.get(event) === 'object');
  if (bare.length > 0) {
    const specs = bare.flatMap(({ event }) => (factsAtTag.get(event) as ManifestFacts).files.map((f) => ({ event, path: f.path, commit: event.input.commit! })));
    const found = await history.blobIds(specs);
    specs.forEach(({ event, path }, i) => noteFileBlob(event, path, found[i]));
    const more = await history.hashBlobs(found.filter((id): id is string => id !== undefined));
    for (const [id, digest] of more) digests.set(id, digest);
  }

  // Each registered artifact re-hashed at its tag, against the sha256 the evidence (else the manifest there) records.
  const artifactChecks = new Map<string, ArtifactCheck>();
  for (const { event } of tagged) {
    if (!isRegistration(event)) continue;
    const facts = factsAtTag.get(event);
    const evidence = evidenceOf(event);
    const artifact = (evidence && evidenceArtifact(evidence)) ?? (typeof facts === 'object' ? artifactOf(facts) : undefined);
    if (!artifact) continue;
    const blob = blobsAtRegistration.get(event)?.get(artifact.path);
    const actual = blob ? digests.get(blob) : undefined;
    artifactChecks.set(event.tag.tag, { path: artifact.path, recorded: artifact.sha256, ...(actual !== undefined ? { actual } : {}) });
  }

  // Waivers in the policy at the audited commit: each listed with its model; expired or unknown ones are findings.
  const waivers = reviewWaivers(policy.waivers, new Set(names), options.now ?? new Date());
  repoFindings.push(...waivers.findings);
  // Each evidence's seal recomputed from its message, its header compared with its report.
  const seals = new Map<RegistryEvent, SealCheck>();
  let sealedSince: number | undefined;
  for (const { event } of tagged) {
    const evidence = evidenceOf(event);
    if (!evidence) continue;
    const check = checkSeal(event.input.body, evidence, sha256Hex);
    seals.set(event, check);
    const created = Date.parse(evidence.createdAt);
    if (check.seal !== 'absent' && !Number.isNaN(created) && (sealedSince === undefined || created < sealedSince)) sealedSince = created;
  }
  const nowMs = (options.now ?? new Date()).getTime();

  const models: ModelResult[] = names.map((name) => {
    const manifestPath = manifestOf.get(name)!;
    const events = eventsByModel.get(name) ?? [];
    const findings: Finding[] = [];
    for (const event of events) {
      const context: TagContext = { manifestPath, signaturesRequired: policy.signatures.required, branch };
      if (factsAtTag.has(event)) context.factsAtTag = factsAtTag.get(event)!;
      if (signatures.has(event.tag.tag)) context.signature = signatures.get(event.tag.tag)!;
      if (seals.has(event)) context.seal = seals.get(event)!;
      if (blobsAtRegistration.has(event)) context.blobsAtTag = blobsAtRegistration.get(event)!;
      if (event.input.commit) context.onBranch = indexOf.has(event.input.commit);
      findings.push(...checkTag(event, context));
      if (event.tag.kind === 'register') findings.push(...checkArtifact(event, artifactChecks.get(event.tag.tag), manifestPath));
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
      const facts = factsAtTag.get(event);
      if (event.tag.kind === 'register' && event.time !== undefined && !registrations.has(event.tag.version)) {
        const recorded = evidence?.action === 'register' ? evidence : undefined;
        const index = indexOf.get(recorded?.commit ?? event.input.commit!);
        const at = { tag: event.tag.tag, time: event.time, ...(index !== undefined ? { index } : {}) };
        if (recorded) {
          const fileBlobs = new Map(recorded.files.flatMap((f) => (f.blob ? [[f.path, f.blob] as const] : [])));
          registrations.set(event.tag.version, { ...at, contentDigest: recorded.manifest.contentDigest, fileBlobs });
        } else if (typeof facts === 'object') {
          registrations.set(event.tag.version, { ...at, contentDigest: facts.contentDigest, fileBlobs: blobsAtRegistration.get(event) ?? new Map() });
        }
      }
    }
    findings.push(...checkHistory({ manifestPath, commits, pathEvents, factsOf, coverage, registrations }));

    const manifestEvents = pathEvents.get(manifestPath) ?? [];
    const latestBlob = manifestEvents.length > 0 ? manifestEvents[manifestEvents.length - 1]!.blob : null;
    const current = latestBlob ? factsOf(latestBlob) : undefined;
    findings.push(...checkDeclared(latestBlob === null ? 'deleted' : (current ?? 'invalid'), events, nowMs, manifestPath, branch));
    const modelWaivers = applyAuditWaivers(name, findings, waivers.reviews, options.now ?? new Date());
    const result: ModelResult = {
      name,
      manifest: manifestPath,
      ...(current ? { version: current.version, stage: current.stage } : {}),
      verdict: verdictOfFindings(findings),
      findings,
      gates: [],
      audit: {
        events: events.map((e) => auditEvent(e, signatures.get(e.tag.tag), seals.get(e)?.seal)),
        versions: auditVersions(events, artifactChecks),
        stages: stagesAt(events, at.getTime()),
        ...(modelWaivers.length > 0 ? { waivers: modelWaivers } : {}),
      },
    };
    return result;
  });

  return buildReport({
    command: 'audit',
    toolVersion: TOOL_VERSION,
    root: options.repo,
    findings: repoFindings,
    models,
    audit: { ref, commit: head, at: at.toISOString(), commits: commits.length, tags: [...eventsByModel.values()].reduce((n, events) => n + events.length, 0) },
    now: options.now ?? new Date(),
  });
}
