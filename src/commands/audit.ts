// `modelops audit`: the audit trail from a clone alone. One `git for-each-ref` for every tag and its
// message, one `git log` for the first-parent history, and `git cat-file` in bulk for manifests and
// artifacts; then the findings, pure, over what was read (core/audit/plan.ts).
import { monitoringAt } from '../core/drift/chunks/history.js';
import { MonitoringLogError, readMonitoringLog, tryFetchMonitoringLog } from '../io/git/monitoring-log.js';
import { defaultLogRemote } from './drift-series.js';
import picomatch from 'picomatch';
import type { FactsAtTag } from '../core/audit/checks.js';
import { factsOfManifest, type ManifestFacts } from '../core/audit/facts.js';
import { auditedModels, auditFindings, branchLine, evidenceFacts, taggedEvents } from '../core/audit/plan.js';
import type { SignatureCheck } from '../core/audit/trail.js';
import { evidenceArtifact } from '../core/promotion/evidence.js';
import { DEFAULT_POLICY, type Policy } from '../core/manifest/policy.js';
import { evidenceOf, registryEvents, type RegistryEvent } from '../core/promotion/tag-registry.js';
import { buildReport } from '../core/report/build.js';
import { type Finding, type Report } from '../core/report/model.js';
import { loadManifest, loadPolicy } from '../core/manifest/validate/documents.js';
import { folderName } from '../core/manifest/validate/manifest-checks.js';
import type { GitHistory } from '../io/git/history.js';
import { openGitRepository, type GitRepository } from '../io/git/repo.js';
import { sha256Hex } from '../io/digest.js';
import { RepoFiles } from '../io/repo-files.js';
import { TOOL_VERSION } from '../version.js';
import { UsageError } from './errors.js';
import { POLICY_FILES } from './policy.js';
import { selectModelNames } from './select-models.js';

export interface AuditOptions {
  /** Repository root. */
  repo: string;
  /** Branch whose first-parent history is checked (default HEAD). */
  ref?: string;
  /** Instant the stages are given at (default now). */
  at?: Date;
  /** Only these models (default all): names, or manifest files, model folders and globs (commands/select-models.ts). */
  models?: string[];
  /** The directory relative `models` are read from (default: the process's working directory). */
  from?: string;
  now?: Date;
  /** Remote to fetch the monitoring log from first (default origin when there is one); false: read the local branch only. */
  logRemote?: string | false;
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
  let history: GitRepository;
  let head: string;
  try {
    const files = await RepoFiles.open(options.repo);
    history = await openGitRepository(files.realRoot);
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
  const only = options.models && options.models.length > 0 ? new Set(await selectModelNames(options.models, { repo: options.repo, ...(options.from ? { from: options.from } : {}) })) : undefined;
  const eventsByModel = registryEvents(records, only ? { only } : {});

  const line = branchLine(commits);
  const isManifest = picomatch(policy.manifests, { dot: false });
  const { manifestOf, names, unknown } = auditedModels(line, eventsByModel, (path) => (isManifest(path) ? folderName(path) : undefined), only);
  if (unknown.length > 0) throw new UsageError(`no model named ${unknown.join(', ')}: no registry tag and no manifest on ${ref}'s history (fetch the tags first: git fetch --tags)`);

  // Facts of manifest blobs: from the evidence written for that very blob, else parsed.
  const fromEvidence = evidenceFacts(eventsByModel);
  const tagged = taggedEvents(names, eventsByModel);

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
  for (const id of manifestAtTag) if (id !== undefined && !fromEvidence.has(id)) toParse.add(id);
  for (const name of names) for (const e of line.pathEvents.get(manifestOf.get(name)!) ?? []) if (e.blob !== null && !fromEvidence.has(e.blob)) toParse.add(e.blob);
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
  const manifestFacts = new Map<string, ManifestFacts | 'invalid'>([...parsedFacts, ...fromEvidence]);
  const factsOf = (blob: string): ManifestFacts | undefined => {
    const facts = manifestFacts.get(blob);
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

  const now = options.now ?? new Date();
  const { models, findings } = auditFindings({ names, manifestOf, eventsByModel, line, policy, branch, factsAtTag, manifestFacts, signatures, blobsAtTag: blobsAtRegistration, digests, now, at, sha256: sha256Hex });
  repoFindings.push(...findings);
  // What monitoring saw at that instant, from the monitoring log (absent when nothing is logged): fetched from
  // the remote first like drift --log, since a clone has no local log branch; offline, the local copy and a note.
  const remote = options.logRemote === false ? undefined : (options.logRemote ?? (await defaultLogRemote(options.repo)));
  const unfetched = remote !== undefined && models.some((model) => model.audit) ? await tryFetchMonitoringLog(options.repo, remote) : undefined;
  const note = unfetched !== undefined ? `not fetched, the local copy is shown: ${unfetched}` : undefined;
  for (const model of models) {
    if (!model.audit) continue;
    try {
      const records = await readMonitoringLog(options.repo, model.name);
      const seen = monitoringAt(records, at);
      if (records.length > 0 || note) model.audit.monitoring = { records: records.length, ...(seen ? { seen } : {}), ...(note ? { note } : {}) };
    } catch (error) {
      if (!(error instanceof MonitoringLogError)) throw error;
      model.audit.monitoring = { records: 0, problem: error.message };
    }
  }

  return buildReport({
    command: 'audit',
    toolVersion: TOOL_VERSION,
    root: options.repo,
    findings: repoFindings,
    models,
    audit: { ref, commit: head, at: at.toISOString(), commits: commits.length, tags: [...eventsByModel.values()].reduce((n, events) => n + events.length, 0) },
    now,
  });
}
