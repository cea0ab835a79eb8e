// `modelops promote`: merge = promote. For every model whose version or stage changed in a pushed
// range, re-run validation and the gates on the merged commit; when they pass, write GTO tags that
// carry the evidence (`<name>@v<version>` registers, `<name>#<stage>#<n>` assigns), and push them.
// State-based, so a re-run creates nothing twice and completes a run that stopped halfway.
import picomatch from 'picomatch';
import { contentDigest, formatEvidenceMessage, pinnedFiles, type Evidence, type EvidenceAction, type EvidenceFile, type EvidenceHeader } from '../core/evidence.js';
import { contentOf, type Manifest } from '../core/manifest.js';
import { evidenceOf, latestStageEvent, registryEvents, registryHas, type RegistryEvent, type TagInput } from '../core/registry.js';
import { buildReport, type Finding, type ModelResult, type Promotion, type PromotionTag, type PullRequestInfo, type Report } from '../core/report.js';
import { registerTagName, stageChangeTags } from '../core/tags.js';
import { loadManifest } from '../core/validate/documents.js';
import { folderName } from '../core/validate/manifest-checks.js';
import { differingPaths } from '../core/validate/policy-checks.js';
import { openGit, type GitReader } from '../io/git.js';
import { openGitHistory, type GitHistory, type TagRecord } from '../io/git-history.js';
import { openGitWriter, type GitWriter } from '../io/git-writer.js';
import { RepoFiles } from '../io/repo-files.js';
import { TOOL_VERSION } from '../version.js';
import { gate } from './gate.js';
import { readPolicy, UsageError } from './validate.js';

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
 * the stage plugs in here (src/io/github.ts); called on every run, including re-runs that find the
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
  pullRequest?: PullRequestInfo;
  /** URL of the workflow run. */
  runUrl?: string;
  /** Remote to fetch tags from first and push the tags to. */
  push?: string;
  /** Seed of the gates' resampling (default 0). */
  seed?: number;
  /** Tagger date of the tags written (default now). */
  now?: Date;
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
}

interface Plan {
  candidate: Candidate & { manifest: Manifest };
  events: RegistryEvent[];
  register?: TagRecord;
  needRegister: boolean;
  needAssign: boolean;
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
  const now = options.now ?? new Date();

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
  const isManifest = picomatch(policy.manifests, { dot: false });
  const manifests = (await reader.listFiles(head)).filter((path) => isManifest(path)).sort();
  const { candidates, unbumped } = await changedModels(history, manifests, before, head);

  const tagRecords = await history.tagRecords();
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
  let gateReport: Report | undefined;
  if (toGate.length > 0) {
    progress(`gating ${toGate.map((c) => c.path).join(', ')}`);
    gateReport = await gate({
      repo: options.repo,
      paths: toGate.map((c) => files.absolute(c.path)),
      ...(before !== undefined ? { base: before } : {}),
      seed: options.seed ?? 0,
      // Approvals are checked on the pull request; the evidence records who approved.
      approvals: false,
      ...(options.progress ? { progress: options.progress } : {}),
    });
    for (const f of gateReport.findings) if (!findings.some((g) => g.code === f.code && g.message === f.message)) findings.push(f);
  }
  const gated = new Map((gateReport?.models ?? []).map((m) => [m.manifest, m]));

  // Invalid manifests: the gate report says why; nothing is promoted.
  for (const candidate of toGate.filter((c) => !c.manifest)) {
    const result = gated.get(candidate.path) ?? { name: folderName(candidate.path) ?? candidate.path, manifest: candidate.path, verdict: 'error' as const, findings: [], gates: [] };
    result.promotion = { status: 'blocked', reason: blockedReason(result), commit: head, tags: [] };
    models.push(result);
  }

  const sign = await writer.signingConfigured();
  // Blob ids of each promoted manifest and the files it pins, for the evidence: one cat-file for all.
  const blobSpecs = plans.filter((p) => p.needRegister || p.needAssign).flatMap((p) => [p.candidate.path, ...pinnedFiles(p.candidate.manifest).map((f) => f.path)].map((path) => ({ commit: head, path })));
  const blobIds = await history.blobIds(blobSpecs);
  const blobAtHead = new Map(blobSpecs.map((spec, i) => [spec.path, blobIds[i]]));
  const promoted: PromotedModel[] = [];

  for (const plan of plans) {
    const { manifest, path, base } = plan.candidate;
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

    const pinned: EvidenceFile[] = pinnedFiles(manifest).map((file) => {
      const blob = blobAtHead.get(file.path);
      return blob ? { ...file, blob } : file;
    });
    const modelReport = buildReport({
      command: 'gate',
      toolVersion: TOOL_VERSION,
      root: '.',
      ...(before ? { base: { ref: options.since!, commit: before } } : {}),
      findings: gateReport!.findings,
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
      range: { from: before ?? null, to: head },
      manifest: { path, blob: blobAtHead.get(path) ?? '', contentDigest: contentDigest(manifest) },
      files: pinned,
      ...(base ? { previous: { version: base.metadata.version, stage: base.stage } } : {}),
      ...(options.pullRequest ? { pullRequest: options.pullRequest } : {}),
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
      // GTO's own tags where they mean the same (core/tags.ts): archiving deprecates; moving down a
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
