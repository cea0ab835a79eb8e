// `modelops promote`: merge = promote. For every model whose version or stage changed in a pushed
// range, re-run validation and the gates on the merged commit; when they pass, write GTO tags that
// carry the evidence (`<name>@v<version>` registers, `<name>#<stage>#<n>` assigns), and push them.
// State-based, so a re-run creates nothing twice and completes a run that stopped halfway.
import picomatch from 'picomatch';
import { contentDigest, formatEvidenceMessage, pinnedFiles, type Evidence, type EvidenceAction, type EvidenceFile, type EvidenceHeader } from '../core/promotion/evidence.js';
import { contentOf, type Manifest } from '../core/manifest/manifest.js';
import { evidenceOf, latestStageEvent, registryEvents, registryHas, type RegistryEvent, type TagInput } from '../core/promotion/tag-registry.js';
import { buildReport, type Finding, type ModelResult, type Promotion, type PromotionTag, type PullRequestInfo, type Report } from '../core/report/model.js';
import { registerTagName, stageChangeTags } from '../core/promotion/tags.js';
import { loadManifest, loadPolicy } from '../core/manifest/validate/documents.js';
import type { Waiver } from '../core/promotion/waivers.js';
import { folderName } from '../core/manifest/validate/manifest-checks.js';
import { differingPaths } from '../core/manifest/validate/policy-checks.js';
import { openGit, type GitReader } from '../io/git/repo.js';
import { openGitHistory, type GitHistory, type TagRecord } from '../io/git/history.js';
import { openGitWriter, type GitWriter } from '../io/git/writer.js';
import { RepoFiles } from '../io/repo-files.js';
import { TOOL_VERSION } from '../version.js';
import { assertedApprovalSource, enforceStagePolicy, NO_APPROVALS_AT_PROMOTION, type ApprovalSource, type ApprovalsAvailability, type EnforceTarget } from './approvals.js';
import { sleep, type Sleep } from '../io/sleep.js';
import { gate } from './gate.js';
import { POLICY_FILES, readPolicy, UsageError } from './validate.js';

/** A model whose tags exist after this run (created now or before), for what comes after tagging. */
export interface PromotedModel {
  name: string;
  version: string;
  stage: string;
  /** The promoted (merge) commit. */
  commit: string;
  registerTag: string;
  /** The stage tag that says the model is at this version in this stage: a stable key for idempotent follow-ups. */
  stageTag: string;
  /** Whether this run created any of the tags. */
  created: boolean;
  /** The evidence of the stage tag (without its gate report when the tag existed already). */
  evidence?: EvidenceHeader;
}

/**
 * Steps after the tags are written and pushed. The GitHub deployment of the environment named after
 * the stage plugs in here (src/io/github/client.ts); called on every run, including re-runs that find the
 * tags already there, so it must itself be idempotent (key: `stageTag`).
 */
export interface PromotionHooks {
  promoted?(model: PromotedModel): Promise<void>;
}

export interface PromoteOptions {
  /** Repository root. */
  repo: string;
  /** The commit before the push (`before` of a push event); absent or all zeros (the push created the branch): everything at HEAD counts as new. */
  since?: string;
  /** The commit that must be checked out (`after` of a push event). */
  head?: string;
  /** The pull request merged in the pushed range, with approvers asserted on the command line (--pr, --approver). */
  pullRequest?: PullRequestInfo;
  /**
   * The pull request merged as `commit`, with the source of its reviews (the Action). Called for the
   * commit that last changed each model's manifest; `none` says why there is none (a direct push).
   * Absent: `pullRequest` applies, its approvers counted as asserted.
   */
  pullRequestOf?: (commit: string) => Promise<{ pullRequest: PullRequestInfo; approvals: ApprovalSource } | { none: string }>;
  /** URL of the workflow run. */
  runUrl?: string;
  /** Remote to fetch tags from first and push the tags to. */
  push?: string;
  /** Seed of the gates' resampling (default 0). */
  seed?: number;
  /** Tagger date of the tags written (default now). */
  now?: Date;
  /** How to wait for the next second before tagging (default the real wait; tests pass one that returns at once). */
  sleep?: Sleep;
  /** Tagger (default git's identity). */
  tagger?: { name: string; email: string };
  hooks?: PromotionHooks;
  progress?: (message: string) => void;
}

interface Candidate {
  path: string;
  /** Schema-valid manifest at HEAD; undefined when invalid there (the gate report says why). */
  manifest?: Manifest;
  base?: Manifest;
  /**
   * The commit the range of this model starts after: the push's `before`, or for a model an earlier
   * run did not promote (a cancelled run), the commit before the one that last changed its manifest.
   */
  from?: string;
  /** The commit that last changed the manifest on the first-parent line (caught-up models). */
  changedAt?: string;
  /** Promoted by catching up: the manifest did not change in the pushed range. */
  caughtUp?: boolean;
}

interface Plan {
  candidate: Candidate & { manifest: Manifest };
  events: RegistryEvent[];
  register?: TagRecord;
  needRegister: boolean;
  needAssign: boolean;
}

/**
 * GTO orders tags by tagger date, which git keeps in whole seconds, and on a tie shows the version
 * registered earlier: tags written in the same second as the registry's newest would read as older than
 * it. Waits for the next second when that is at most a second away (a tag further in the future is the
 * audit's finding, not a reason to stall).
 */
async function afterNewestTag(records: readonly TagInput[], now: Date, wait: Sleep): Promise<Date> {
  let newest = -Infinity;
  for (const record of records) {
    const time = record.objectType === 'tag' && record.tagger ? Date.parse(record.tagger.date) : NaN;
    if (time > newest) newest = time;
  }
  const nextSecond = (Math.floor(newest / 1000) + 1) * 1000;
  const ms = nextSecond - now.getTime();
  if (!(ms > 0 && ms <= 1000)) return now;
  await wait(ms);
  return new Date(Math.max(Date.now(), nextSecond));
}

const usage = (error: unknown): UsageError => new UsageError(error instanceof Error ? error.message : String(error));

/** Manifests whose version or stage changed between `before` and HEAD; content changes without either are findings. */
async function changedModels(
  history: GitHistory,
  manifests: readonly string[],
  before: string | undefined,
  head: string,
): Promise<{ candidates: Candidate[]; unbumped: ModelResult[] }> {
  const specs = manifests.flatMap((path) => [{ commit: head, path }, ...(before ? [{ commit: before, path }] : [])]);
  const ids = await history.blobIds(specs);
  const blobOf = (commit: string, path: string) => ids[specs.findIndex((s) => s.commit === commit && s.path === path)];
  const changed = manifests.filter((path) => !before || blobOf(head, path) !== blobOf(before, path));
  const blobs = await history.readBlobs(changed.flatMap((path) => [blobOf(head, path), before ? blobOf(before, path) : undefined]).filter((id): id is string => id !== undefined));
  const load = (commit: string, path: string): Manifest | undefined => {
    const id = blobOf(commit, path);
    const bytes = id ? blobs.get(id) : undefined;
    if (!bytes) return undefined;
    const loaded = loadManifest(bytes, path);
    return loaded.ok ? loaded.value : undefined;
  };
  const candidates: Candidate[] = [];
  const unbumped: ModelResult[] = [];
  for (const path of changed) {
    const manifest = load(head, path);
    const base = before ? load(before, path) : undefined;
    if (!manifest || !base || base.metadata.version !== manifest.metadata.version || base.stage !== manifest.stage) {
      candidates.push({ path, ...(manifest ? { manifest } : {}), ...(base ? { base } : {}) });
      continue;
    }
    const changes = differingPaths(contentOf(base), contentOf(manifest));
    if (changes.length === 0) continue; // description, owners, checklist: nothing to promote
    const finding: Finding = {
      severity: 'error',
      category: 'policy',
      code: 'unpromoted-change',
      message: `${changes.join(', ')} changed on the default branch while version ${manifest.metadata.version} stayed: nothing is promoted, and the audit will report this commit`,
      file: path,
      hint: 'registered versions are immutable: revert the change, or bump metadata.version in a pull request',
    };
    unbumped.push({
      name: manifest.metadata.name,
      manifest: path,
      version: manifest.metadata.version,
      stage: manifest.stage,
      verdict: 'fail',
      findings: [finding],
      gates: [],
      promotion: { status: 'blocked', reason: finding.message, commit: head, tags: [] },
    });
  }
  return { candidates, unbumped };
}

/**
 * Models whose manifest at HEAD declares a version or stage the registry does not record, although
 * it did not change in the pushed range: a run that was cancelled (GitHub cancels a pending run of a
 * `concurrency:` group when another push arrives) or failed left them unpromoted. Each gets the range
 * from just before the commit that last changed its manifest, so its evidence covers that commit.
 */
async function caughtUpModels(history: GitHistory, manifests: readonly string[], inRange: ReadonlySet<string>, head: string, tagRecords: readonly TagRecord[]): Promise<Candidate[]> {
  const others = manifests.filter((path) => !inRange.has(path));
  if (others.length === 0) return [];
  const ids = await history.blobIds(others.map((path) => ({ commit: head, path })));
  const blobs = await history.readBlobs(ids.filter((id): id is string => id !== undefined));
  const loaded = others.flatMap((path, i) => {
    const bytes = ids[i] ? blobs.get(ids[i]!) : undefined;
    const result = bytes ? loadManifest(bytes, path) : undefined;
    return result?.ok ? [{ path, manifest: result.value }] : [];
  });
  const events = registryEvents(tagRecords, { only: new Set(loaded.map((l) => l.manifest.metadata.name)) });
  const behind = loaded.filter(({ manifest }) => !registryHas(events.get(manifest.metadata.name) ?? [], manifest.metadata.version, manifest.stage));
  if (behind.length === 0) return [];
  // One walk of the first-parent line finds the commit that last changed each manifest.
  const commits = await history.firstParentHistory(head);
  const candidates: Candidate[] = [];
  for (const { path, manifest } of behind) {
    let index = -1;
    for (let i = commits.length - 1; i >= 0 && index < 0; i--) if (commits[i]!.changes.some((c) => c.path === path)) index = i;
    const candidate: Candidate = { path, manifest, caughtUp: true };
    if (index >= 0) candidate.changedAt = commits[index]!.sha;
    if (index > 0) candidate.from = commits[index - 1]!.sha;
    if (candidate.from) {
      const [baseId] = await history.blobIds([{ commit: candidate.from, path }]);
      const bytes = baseId ? (await history.readBlobs([baseId])).get(baseId) : undefined;
      const base = bytes ? loadManifest(bytes, path) : undefined;
      if (base?.ok) candidate.base = base.value;
    }
    candidates.push(candidate);
  }
  return candidates;
}

/** The waivers of the policy at `commit` (none when it has no policy or an invalid one), as `model check version` keys. */
async function waiverKeysAt(history: GitHistory, commit: string): Promise<Set<string>> {
  const ids = await history.blobIds(POLICY_FILES.map((path) => ({ commit, path })));
  const index = ids.findIndex((id) => id !== undefined);
  if (index < 0) return new Set();
  const bytes = (await history.readBlobs([ids[index]!])).get(ids[index]!)!;
  const loaded = loadPolicy(bytes, POLICY_FILES[index]!);
  return new Set(loaded.ok ? loaded.value.waivers.map(waiverKey) : []);
}

const waiverKey = (w: Waiver): string => `${w.model} ${w.check} ${w.version ?? ''}`;

/**
 * Approvals waivers that arrived with the very change they would excuse (absent before it, present at
 * the commit that made it): a pull request cannot waive its own approvals. A waiver merged before the
 * change, or by a later pull request, applies.
 */
async function selfWaivers(history: GitHistory, waivers: readonly Waiver[], model: string, before: string | undefined, changedAt: string | undefined): Promise<Map<Waiver, string>> {
  const refused = new Map<Waiver, string>();
  const candidates = waivers.filter((w) => w.model === model && w.check === 'approvals');
  if (candidates.length === 0 || changedAt === undefined) return refused;
  const [atBase, atChange] = await Promise.all([before !== undefined ? waiverKeysAt(history, before) : Promise.resolve(new Set<string>()), waiverKeysAt(history, changedAt)]);
  for (const w of candidates) {
    if (!atBase.has(waiverKey(w)) && atChange.has(waiverKey(w))) refused.set(w, `it came with the change it would excuse (${changedAt.slice(0, 12)}): a pull request cannot waive its own approvals; merge the waiver in a pull request of its own`);
  }
  return refused;
}

function blockedReason(model: ModelResult): string {
  const reasons = [
    ...model.findings.filter((f) => f.severity === 'error').map((f) => f.message),
    ...model.gates.filter((g) => (g.verdict === 'fail' && g.blocking) || g.verdict === 'error').map((g) => `${g.gate} gate ${g.verdict}: ${g.summary}`),
  ];
  if (reasons.length === 0) return `verdict ${model.verdict}`;
  return reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? ` (and ${reasons.length - 3} more)` : '');
}

/** A tag that existed before this run, as the promotion report lists it. */
function existingTag(record: Pick<TagInput, 'commit' | 'signature'> | undefined, name: string, action: 'register' | 'assign', commit: string): PromotionTag {
  return { tag: name, action, commit: record?.commit ?? commit, created: false, signed: record ? record.signature !== '' : false };
}

export async function promote(options: PromoteOptions): Promise<Report> {
  const progress = options.progress ?? (() => undefined);
  let files: RepoFiles;
  let reader: GitReader;
  let history: GitHistory;
  try {
    files = await RepoFiles.open(options.repo);
    reader = await openGit(files.realRoot);
    history = await openGitHistory(files.realRoot);
  } catch (error) {
    throw usage(error);
  }
  const writer: GitWriter = openGitWriter(files.realRoot);
  let now = options.now ?? new Date();

  let head: string;
  let before: string | undefined;
  try {
    head = await reader.resolveCommit('HEAD');
    if (options.head !== undefined && (await reader.resolveCommit(options.head)) !== head) {
      throw new UsageError(`HEAD is ${head.slice(0, 12)}, not ${options.head}: check out the commit to promote first`);
    }
    // A push that creates the branch has an all-zero `before`: nothing came before it.
    const since = options.since !== undefined && !/^0+$/.test(options.since) ? options.since : undefined;
    before = since !== undefined ? await reader.resolveCommit(since) : undefined;
  } catch (error) {
    throw error instanceof UsageError ? error : usage(error);
  }
  const dirty = await history.uncommittedChanges();
  if (dirty.length > 0) {
    throw new UsageError(`the work tree differs from HEAD (${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', …' : ''}): the gates must run on the commit being promoted; commit or stash first`);
  }
  if (options.push !== undefined) {
    progress(`fetching tags from ${options.push}`);
    await writer.fetchTags(options.push); // other runs' tags decide what exists and the next counter
  }

  const { policy, findings: repoFindings } = await readPolicy(files);
  if (repoFindings.some((f) => f.severity === 'error')) {
    // The defaults would stand in for a broken policy: nothing is promoted under rules nobody wrote.
    repoFindings.push({ severity: 'error', category: 'policy', code: 'policy-invalid', message: 'the policy is invalid: nothing is promoted until it is fixed (the defaults do not stand in for it at promotion)' });
    return buildReport({ command: 'promote', toolVersion: TOOL_VERSION, root: options.repo, ...(before ? { base: { ref: options.since!, commit: before } } : {}), findings: repoFindings, models: [], now });
  }
  const isManifest = picomatch(policy.manifests, { dot: false });
  const manifests = (await reader.listFiles(head)).filter((path) => isManifest(path)).sort();
  const { candidates: changed, unbumped } = await changedModels(history, manifests, before, head);
  for (const candidate of changed) if (before !== undefined) candidate.from = before;

  const tagRecords = await history.tagRecords();
  if (options.now === undefined) now = await afterNewestTag(tagRecords, now, options.sleep ?? sleep);
  const inRange = new Set([...changed.map((c) => c.path), ...unbumped.map((m) => m.manifest)]);
  const caughtUp = before !== undefined ? await caughtUpModels(history, manifests, inRange, head, tagRecords) : [];
  if (caughtUp.length > 0) progress(`catching up ${caughtUp.map((c) => c.path).join(', ')}: the registry does not record their version and stage yet`);
  const candidates = [...changed, ...caughtUp];
  const tagNames = tagRecords.map((t) => t.name);
  const recordByName = new Map(tagRecords.map((t) => [t.name, t]));
  const names = new Set(candidates.flatMap((c) => (c.manifest ? [c.manifest.metadata.name] : [])));
  const eventsByModel = registryEvents(tagRecords, { only: names });

  const plans: Plan[] = [];
  const toGate: Candidate[] = [];
  for (const candidate of candidates) {
    if (!candidate.manifest) {
      toGate.push(candidate);
      continue;
    }
    const { name, version } = candidate.manifest.metadata;
    const events = eventsByModel.get(name) ?? [];
    const register = recordByName.get(registerTagName(name, version));
    const plan: Plan = { candidate: candidate as Plan['candidate'], events, needRegister: !register, needAssign: !registryHas(events, version, candidate.manifest.stage) };
    if (register) plan.register = register;
    plans.push(plan);
    if (plan.needRegister || plan.needAssign) toGate.push(candidate);
  }

  const models: ModelResult[] = [...unbumped];
  const findings: Finding[] = [...repoFindings];
  const gateReports: Report[] = [];
  // One gate run per base: the push's models against `before`, each caught-up model against the commit before its change.
  const byBase = new Map<string | undefined, Candidate[]>();
  for (const candidate of toGate) byBase.set(candidate.from, [...(byBase.get(candidate.from) ?? []), candidate]);
  for (const [base, group] of byBase) {
    progress(`gating ${group.map((c) => c.path).join(', ')}`);
    const report = await gate({
      repo: options.repo,
      paths: group.map((c) => files.absolute(c.path)),
      ...(base !== undefined ? { base } : {}),
      seed: options.seed ?? 0,
      // Approvals and soak are enforced below, per model, at the promotion's time.
      approvals: false,
      ...(options.progress ? { progress: options.progress } : {}),
    });
    gateReports.push(report);
    for (const f of report.findings) if (!findings.some((g) => g.code === f.code && g.message === f.message)) findings.push(f);
  }
  const gated = new Map(gateReports.flatMap((r) => r.models.map((m) => [m.manifest, m] as const)));

  // Invalid manifests: the gate report says why; nothing is promoted.
  for (const candidate of toGate.filter((c) => !c.manifest)) {
    const result = gated.get(candidate.path) ?? { name: folderName(candidate.path) ?? candidate.path, manifest: candidate.path, verdict: 'error' as const, findings: [], gates: [] };
    result.promotion = { status: 'blocked', reason: blockedReason(result), commit: head, tags: [] };
    models.push(result);
  }

  // The whole policy of the target stage, enforced now: approvals (from the pull request that changed
  // the model), soak (from the registry, at the promotion's time), checklist and gates, with waivers.
  const pullRequests = new Map<string, PullRequestInfo | undefined>();
  const targets: EnforceTarget[] = [];
  for (const plan of plans) {
    if (!plan.needRegister && !plan.needAssign) continue;
    const result = gated.get(plan.candidate.path);
    if (!result) continue;
    const { candidate } = plan;
    const changedAt = candidate.caughtUp ? candidate.changedAt : head;
    let approvals: ApprovalsAvailability;
    if (options.pullRequestOf) {
      const found = changedAt ? await options.pullRequestOf(changedAt) : { none: 'the commit that changed the model is unknown' };
      if ('none' in found) approvals = { none: found.none };
      else {
        approvals = found.approvals;
        pullRequests.set(candidate.path, found.pullRequest);
      }
    } else if (options.pullRequest && !candidate.caughtUp) {
      approvals = assertedApprovalSource(options.pullRequest);
      pullRequests.set(candidate.path, options.pullRequest);
    } else {
      approvals = { none: candidate.caughtUp && options.pullRequest ? `--pr ${options.pullRequest.number} is about ${before!.slice(0, 12)}..${head.slice(0, 12)}, not ${(changedAt ?? '').slice(0, 12)} where ${candidate.path} last changed` : NO_APPROVALS_AT_PROMOTION };
    }
    const refusedWaivers = await selfWaivers(history, policy.waivers, candidate.manifest.metadata.name, candidate.from, changedAt);
    const latestStage = latestStageEvent(plan.events);
    const baseStage = candidate.base?.stage ?? (latestStage?.tag.kind === 'assign' ? latestStage.tag.stage : undefined);
    targets.push({ model: result, manifest: candidate.manifest, ...(baseStage ? { baseStage } : {}), approvals, ...(refusedWaivers.size > 0 ? { refusedWaivers } : {}) });
  }
  await enforceStagePolicy(targets, { policy, context: 'promotion', root: files.realRoot, now });

  const sign = await writer.signingConfigured();
  // Blob ids of each promoted manifest and the files it pins, for the evidence: one cat-file for all.
  const blobSpecs = plans.filter((p) => p.needRegister || p.needAssign).flatMap((p) => [p.candidate.path, ...pinnedFiles(p.candidate.manifest).map((f) => f.path)].map((path) => ({ commit: head, path })));
  const blobIds = await history.blobIds(blobSpecs);
  const blobAtHead = new Map(blobSpecs.map((spec, i) => [spec.path, blobIds[i]]));
  const promoted: PromotedModel[] = [];

  for (const plan of plans) {
    const { manifest, path, base } = plan.candidate;
    const from = plan.candidate.from;
    const { name, version } = manifest.metadata;
    const stage = manifest.stage;
    const registerName = registerTagName(name, version);
    const latest = latestStageEvent(plan.events);

    if (!plan.needRegister && !plan.needAssign) {
      const stageEvent = latest!;
      const evidence = evidenceOf(stageEvent);
      models.push({
        name,
        manifest: path,
        version,
        stage,
        verdict: evidence?.verdict === 'warn' ? 'warn' : 'pass',
        findings: [],
        gates: [],
        promotion: {
          status: 'up-to-date',
          commit: head,
          tags: [existingTag(plan.register, registerName, 'register', head), existingTag(stageEvent.input, stageEvent.tag.tag, 'assign', head)],
        },
      });
      promoted.push({ name, version, stage, commit: head, registerTag: registerName, stageTag: stageEvent.tag.tag, created: false, ...(evidence ? { evidence } : {}) });
      continue;
    }

    const result = gated.get(path)!;
    if (result.verdict === 'fail' || result.verdict === 'error') {
      result.promotion = { status: 'blocked', reason: blockedReason(result), commit: head, tags: [] };
      models.push(result);
      continue;
    }
    const pullRequest = pullRequests.get(path);
    const gateReport = gateReports.find((r) => r.models.includes(result))!;

    const pinned: EvidenceFile[] = pinnedFiles(manifest).map((file) => {
      const blob = blobAtHead.get(file.path);
      return blob ? { ...file, blob } : file;
    });
    const modelReport = buildReport({
      command: 'gate',
      toolVersion: TOOL_VERSION,
      root: '.',
      ...(from ? { base: { ref: from === before ? options.since! : from, commit: from } } : {}),
      findings: gateReport.findings,
      models: [result],
      now,
    });
    const evidenceFor = (action: EvidenceAction, tag: string, commit: string): Evidence => ({
      apiVersion: 'modelops/v1',
      kind: 'Evidence',
      action,
      tag,
      model: name,
      version,
      stage,
      commit,
      mergeCommit: head,
      range: { from: from ?? null, to: head },
      manifest: { path, blob: blobAtHead.get(path) ?? '', contentDigest: contentDigest(manifest) },
      files: pinned,
      ...(base ? { previous: { version: base.metadata.version, stage: base.stage } } : {}),
      ...(pullRequest ? { pullRequest } : {}),
      ...(options.runUrl ? { workflowRun: options.runUrl } : {}),
      verdict: result.verdict,
      gates: result.gates.map(({ gate, verdict, blocking }) => ({ gate, verdict, blocking })),
      createdAt: now.toISOString(),
      tool: { name: 'modelops', version: TOOL_VERSION },
      report: modelReport,
    });

    const tags: PromotionTag[] = [];
    const write = async (tag: string, action: EvidenceAction, commit: string, overrides: Partial<Evidence> = {}): Promise<Evidence> => {
      const evidence = { ...evidenceFor(action, tag, commit), ...overrides };
      progress(`tagging ${tag}`);
      await writer.createTag({ name: tag, commit, message: formatEvidenceMessage(evidence), sign, date: now, ...(options.tagger ? { tagger: options.tagger } : {}) });
      tagNames.push(tag);
      tags.push({ tag, action, commit, created: true, signed: sign });
      return evidence;
    };
    let lastEvidence: Evidence | undefined;
    if (plan.needRegister) lastEvidence = await write(registerName, 'register', head);
    else tags.push(existingTag(plan.register, registerName, 'register', head));
    // GTO finds the version a stage tag assigns by its commit: the stage tag points at the registration.
    const registeredAt = plan.register?.commit ?? head;
    let stageTag: string;
    if (plan.needAssign) {
      // GTO's own tags where they mean the same (core/promotion/tags.ts): archiving deprecates; moving down a
      // stage first unassigns the one left, from the version that holds it.
      const left = latest?.tag.kind === 'assign' ? latest : undefined;
      const planned = stageChangeTags(tagNames, name, left?.tag.kind === 'assign' ? left.tag.stage : undefined, stage);
      for (const next of planned) {
        if (next.kind === 'unassign') lastEvidence = await write(next.tag, 'unassign', left!.input.commit ?? registeredAt, { stage: next.stage!, ...(left!.version ? { version: left!.version } : {}) });
        else lastEvidence = await write(next.tag, next.kind, registeredAt);
      }
      stageTag = planned[planned.length - 1]!.tag;
    } else {
      stageTag = latest!.tag.tag;
      tags.push(existingTag(latest!.input, stageTag, 'assign', registeredAt));
    }
    result.promotion = { status: 'promoted', commit: head, tags } satisfies Promotion;
    models.push(result);
    promoted.push({ name, version, stage, commit: head, registerTag: registerName, stageTag, created: true, ...(lastEvidence ? { evidence: lastEvidence } : {}) });
  }

  if (options.push !== undefined) {
    const toPush = models.flatMap((m) => (m.promotion && m.promotion.status !== 'blocked' ? m.promotion.tags.map((t) => t.tag) : []));
    if (toPush.length > 0) {
      progress(`pushing ${toPush.length} tag(s) to ${options.push}`);
      await writer.pushTags(options.push, toPush);
      for (const m of models) if (m.promotion && m.promotion.status !== 'blocked') m.promotion.pushedTo = options.push;
    }
  }
  for (const model of promoted) await options.hooks?.promoted?.(model);

  if (candidates.length === 0 && unbumped.length === 0) {
    findings.push({ severity: 'info', category: 'policy', code: 'nothing-to-promote', message: `no model's version or stage changed in ${before ? `${before.slice(0, 12)}..${head.slice(0, 12)}` : head.slice(0, 12)}` });
  }
  models.sort((a, b) => (a.manifest < b.manifest ? -1 : a.manifest > b.manifest ? 1 : 0));
  return buildReport({
    command: 'promote',
    toolVersion: TOOL_VERSION,
    root: options.repo,
    ...(before ? { base: { ref: options.since!, commit: before } } : {}),
    findings,
    models,
    now,
  });
}
