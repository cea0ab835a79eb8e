// `modelops promote`: merge = promote. For every model whose version or stage changed in a pushed
// range, re-run validation and the gates on the merged commit; when they pass, write GTO tags that
// carry the evidence (`<name>@v<version>` registers, `<name>#<stage>#<n>` assigns), and push them.
// State-based, so a re-run creates nothing twice and completes a run that stopped halfway.
// Read, plan, execute: git is read in batches, the gates and the stage policy run, the pure planner
// (core/promotion/plan.ts) decides every tag and refusal, and the tags are written through GitRepository.
import picomatch from 'picomatch';
import { pinnedFiles } from '../core/promotion/evidence.js';
import type { Manifest } from '../core/manifest/manifest.js';
import { behindRegistry, catchUpCandidates, changedCandidates, isNeeded, leavingStage, planPromotion, promotionNeeds, selfWaivers, tagsToPush, waiverKey, type Candidate, type GatedModel, type ManifestChange, type PromotedModel } from '../core/promotion/plan.js';
import type { TagInput } from '../core/promotion/tag-registry.js';
import { buildReport } from '../core/report/build.js';
import { type Finding, type PullRequestInfo, type Report } from '../core/report/model.js';
import { loadManifest, loadPolicy } from '../core/manifest/validate/documents.js';
import type { Waiver } from '../core/promotion/waivers.js';
import type { GitHistory } from '../io/git/history.js';
import { openGitRepository, type GitRepository } from '../io/git/repo.js';
import { RepoFiles } from '../io/repo-files.js';
import { sha256Hex } from '../io/digest.js';
import { TOOL_VERSION } from '../version.js';
import { assertedApprovalSource, enforceStagePolicy, NO_APPROVALS_AT_PROMOTION, type ApprovalSource, type ApprovalsAvailability, type EnforceTarget } from './approvals.js';
import { sleep, type Sleep } from '../io/sleep.js';
import { gate } from './gate.js';
import { UsageError } from './errors.js';
import { placeChecks } from './place-checks.js';
import { POLICY_FILES, readPolicy } from './policy.js';

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

/** A manifest read from git: schema-valid, else undefined (the gate report says why). */
function manifestOf(bytes: Buffer | undefined, path: string): Manifest | undefined {
  const loaded = bytes ? loadManifest(bytes, path) : undefined;
  return loaded?.ok ? loaded.value : undefined;
}

/** The manifests whose bytes differ between `before` and HEAD (all of them without `before`), parsed at both: two cat-files. */
async function changedManifests(history: GitHistory, manifests: readonly string[], before: string | undefined, head: string): Promise<ManifestChange[]> {
  const specs = manifests.flatMap((path) => [{ commit: head, path }, ...(before ? [{ commit: before, path }] : [])]);
  const ids = await history.blobIds(specs);
  const blobOf = (commit: string, path: string) => ids[specs.findIndex((s) => s.commit === commit && s.path === path)];
  const changed = manifests.filter((path) => !before || blobOf(head, path) !== blobOf(before, path));
  const blobs = await history.readBlobs(changed.flatMap((path) => [blobOf(head, path), before ? blobOf(before, path) : undefined]).filter((id): id is string => id !== undefined));
  const load = (commit: string, path: string): Manifest | undefined => {
    const id = blobOf(commit, path);
    return manifestOf(id ? blobs.get(id) : undefined, path);
  };
  return changed.map((path) => {
    const manifest = load(head, path);
    const base = before ? load(before, path) : undefined;
    return { path, ...(manifest ? { manifest } : {}), ...(base ? { base } : {}) };
  });
}

/**
 * Models whose manifest at HEAD declares a version or stage the registry does not record, although
 * it did not change in the pushed range: a run that was cancelled (GitHub cancels a pending run of a
 * `concurrency:` group when another push arrives) or failed left them unpromoted (core/promotion/plan.ts).
 */
async function caughtUpModels(history: GitHistory, manifests: readonly string[], inRange: ReadonlySet<string>, head: string, tagRecords: readonly TagInput[]): Promise<Candidate[]> {
  const others = manifests.filter((path) => !inRange.has(path));
  if (others.length === 0) return [];
  const ids = await history.blobIds(others.map((path) => ({ commit: head, path })));
  const blobs = await history.readBlobs(ids.filter((id): id is string => id !== undefined));
  const loaded = others.flatMap((path, i) => {
    const manifest = manifestOf(ids[i] ? blobs.get(ids[i]!) : undefined, path);
    return manifest ? [{ path, manifest }] : [];
  });
  const behind = behindRegistry(loaded, tagRecords);
  if (behind.length === 0) return [];
  // One walk of the first-parent line finds the commit that last changed each manifest.
  const candidates = catchUpCandidates(behind, await history.firstParentHistory(head));
  for (const candidate of candidates) {
    if (!candidate.from) continue;
    const [baseId] = await history.blobIds([{ commit: candidate.from, path: candidate.path }]);
    const base = manifestOf(baseId ? (await history.readBlobs([baseId])).get(baseId) : undefined, candidate.path);
    if (base) candidate.base = base;
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

/** The approvals waivers of `model` that came with the change they would excuse (core/promotion/plan.ts), reading the policy before and at it. */
async function selfWaiversAt(history: GitHistory, waivers: readonly Waiver[], model: string, before: string | undefined, changedAt: string | undefined): Promise<Map<Waiver, string>> {
  if (changedAt === undefined || !waivers.some((w) => w.model === model && w.check === 'approvals')) return new Map();
  const [atBase, atChange] = await Promise.all([before !== undefined ? waiverKeysAt(history, before) : Promise.resolve(new Set<string>()), waiverKeysAt(history, changedAt)]);
  return selfWaivers(waivers, model, changedAt, atBase, atChange);
}

/** The candidates through the gates, one run per base: the push's models against `before`, each caught-up model against the commit before its change. */
async function gateCandidates(options: PromoteOptions, files: RepoFiles, toGate: readonly Candidate[], progress: (message: string) => void): Promise<{ gated: Map<string, GatedModel>; findings: Finding[] }> {
  const gated = new Map<string, GatedModel>();
  const findings: Finding[] = [];
  const byBase = new Map<string | undefined, Candidate[]>();
  for (const candidate of toGate) byBase.set(candidate.from, [...(byBase.get(candidate.from) ?? []), candidate]);
  for (const [base, group] of byBase) {
    progress(`gating ${group.map((c) => c.path).join(', ')}`);
    const report = await gate({
      repo: options.repo,
      paths: group.map((c) => files.absolute(c.path)),
      ...(base !== undefined ? { base } : {}),
      seed: options.seed ?? 0,
      // Approvals and soak are enforced after, per model, at the promotion's time.
      approvals: false,
      ...(options.progress ? { progress: options.progress } : {}),
    });
    for (const m of report.models) gated.set(m.manifest, { result: m, findings: report.findings });
    findings.push(...report.findings);
  }
  return { gated, findings };
}

/** Where the approvals of a candidate come from: the pull request merged as `changedAt` (the Action), the one asserted on the command line, or none and why. */
async function approvalsFor(options: PromoteOptions, candidate: Candidate, changedAt: string | undefined, range: { head: string; before: string | undefined }): Promise<{ approvals: ApprovalsAvailability; pullRequest?: PullRequestInfo }> {
  if (options.pullRequestOf) {
    const found = changedAt ? await options.pullRequestOf(changedAt) : { none: 'the commit that changed the model is unknown' };
    return 'none' in found ? { approvals: { none: found.none } } : { approvals: found.approvals, pullRequest: found.pullRequest };
  }
  if (options.pullRequest && !candidate.caughtUp) return { approvals: assertedApprovalSource(options.pullRequest), pullRequest: options.pullRequest };
  const { head, before } = range;
  return { approvals: { none: candidate.caughtUp && options.pullRequest ? `--pr ${options.pullRequest.number} is about ${before!.slice(0, 12)}..${head.slice(0, 12)}, not ${(changedAt ?? '').slice(0, 12)} where ${candidate.path} last changed` : NO_APPROVALS_AT_PROMOTION } };
}

export async function promote(options: PromoteOptions): Promise<Report> {
  const progress = options.progress ?? (() => undefined);
  let files: RepoFiles;
  let git: GitRepository;
  try {
    files = await RepoFiles.open(options.repo);
    git = await openGitRepository(files.realRoot);
  } catch (error) {
    throw usage(error);
  }
  let now = options.now ?? new Date();

  let head: string;
  let before: string | undefined;
  try {
    head = await git.resolveCommit('HEAD');
    if (options.head !== undefined && (await git.resolveCommit(options.head)) !== head) {
      throw new UsageError(`HEAD is ${head.slice(0, 12)}, not ${options.head}: check out the commit to promote first`);
    }
    // A push that creates the branch has an all-zero `before`: nothing came before it.
    const since = options.since !== undefined && !/^0+$/.test(options.since) ? options.since : undefined;
    before = since !== undefined ? await git.resolveCommit(since) : undefined;
  } catch (error) {
    throw error instanceof UsageError ? error : usage(error);
  }
  const dirty = await git.uncommittedChanges();
  if (dirty.length > 0) {
    throw new UsageError(`the work tree differs from HEAD (${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', …' : ''}): the gates must run on the commit being promoted; commit or stash first`);
  }
  if (options.push !== undefined) {
    progress(`fetching tags from ${options.push}`);
    await git.fetchTags(options.push); // other runs' tags decide what exists and the next counter
  }

  const { policy, findings: repoFindings } = await readPolicy(files);
  if (repoFindings.some((f) => f.severity === 'error')) {
    // The defaults would stand in for a broken policy: nothing is promoted under rules nobody wrote.
    repoFindings.push({ severity: 'error', category: 'policy', code: 'policy-invalid', message: 'the policy is invalid: nothing is promoted until it is fixed (the defaults do not stand in for it at promotion)' });
    return buildReport({ command: 'promote', toolVersion: TOOL_VERSION, root: options.repo, ...(before ? { base: { ref: options.since!, commit: before } } : {}), findings: repoFindings, models: [], now });
  }
  const isManifest = picomatch(policy.manifests, { dot: false });
  const manifests = (await git.listFiles(head)).filter((path) => isManifest(path)).sort();
  const { candidates: changed, unbumped } = changedCandidates(await changedManifests(git, manifests, before, head), head, before);

  const tagRecords = await git.tagRecords();
  if (options.now === undefined) now = await afterNewestTag(tagRecords, now, options.sleep ?? sleep);
  const inRange = new Set([...changed.map((c) => c.path), ...unbumped.map((m) => m.manifest)]);
  const caughtUp = before !== undefined ? await caughtUpModels(git, manifests, inRange, head, tagRecords) : [];
  if (caughtUp.length > 0) progress(`catching up ${caughtUp.map((c) => c.path).join(', ')}: the registry does not record their version and stage yet`);
  const candidates = [...changed, ...caughtUp];
  const { needs, toGate } = promotionNeeds(candidates, tagRecords);

  const { gated, findings: gateFindings } = await gateCandidates(options, files, toGate, progress);
  const findings: Finding[] = [...repoFindings];
  for (const f of gateFindings) if (!findings.some((g) => g.code === f.code && g.message === f.message)) findings.push(f);

  // The whole policy of the target stage, enforced now: approvals (from the pull request that changed
  // the model), soak (from the registry, at the promotion's time), checklist and gates, with waivers.
  const pullRequests = new Map<string, PullRequestInfo>();
  const targets: EnforceTarget[] = [];
  for (const need of needs.filter(isNeeded)) {
    const result = gated.get(need.candidate.path)?.result;
    if (!result) continue;
    const { candidate } = need;
    const changedAt = candidate.caughtUp ? candidate.changedAt : head;
    const { approvals, pullRequest } = await approvalsFor(options, candidate, changedAt, { head, before });
    if (pullRequest) pullRequests.set(candidate.path, pullRequest);
    const refusedWaivers = await selfWaiversAt(git, policy.waivers, candidate.manifest.metadata.name, candidate.from, changedAt);
    const baseStage = leavingStage(need);
    targets.push({ model: result, manifest: candidate.manifest, ...(baseStage ? { baseStage } : {}), approvals, ...(refusedWaivers.size > 0 ? { refusedWaivers } : {}) });
  }
  await enforceStagePolicy(targets, { policy, context: 'promotion', root: files.realRoot, now });
  // The approvals gate is added here, after the gate run placed its own checks.
  await placeChecks(targets.map((t) => t.model), files);

  const sign = await git.signingConfigured();
  // Blob ids of each promoted manifest and the files it pins, for the evidence: one cat-file for all.
  const blobSpecs = needs.filter(isNeeded).flatMap((n) => [n.candidate.path, ...pinnedFiles(n.candidate.manifest).map((f) => f.path)].map((path) => ({ commit: head, path })));
  const blobIds = await git.blobIds(blobSpecs);

  const plan = planPromotion({
    head,
    ...(before ? { before: { ref: options.since!, commit: before } } : {}),
    needs,
    invalid: toGate.filter((c) => !c.manifest),
    gated,
    pullRequests,
    blobs: new Map(blobSpecs.map((spec, i) => [spec.path, blobIds[i]])),
    tagNames: tagRecords.map((t) => t.name),
    sign,
    now,
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
    toolVersion: TOOL_VERSION,
    sha256: sha256Hex,
  });

  // Carry the plan out: the tags, then the push, then the hooks (deployments).
  for (const tag of plan.tags) {
    progress(`tagging ${tag.name}`);
    await git.createTag({ name: tag.name, commit: tag.commit, message: tag.message, sign, date: now, ...(options.tagger ? { tagger: options.tagger } : {}) });
  }
  const models = [...unbumped, ...plan.models];
  if (options.push !== undefined) {
    const toPush = tagsToPush(models);
    if (toPush.length > 0) {
      progress(`pushing ${toPush.length} tag(s) to ${options.push}`);
      await git.pushTags(options.push, toPush);
      for (const m of models) if (m.promotion && m.promotion.status !== 'blocked') m.promotion.pushedTo = options.push;
    }
  }
  for (const model of plan.promoted) await options.hooks?.promoted?.(model);

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
