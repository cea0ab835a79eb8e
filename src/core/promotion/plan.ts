// What a promotion intends, computed from what was read: pure, so the rules of `modelops promote`
// (what counts as a change, what the registry already records, which tags to write, with which
// evidence, and why a model is refused) are tested with plain values. commands/promote.ts reads git
// and the pull requests in batches, runs the gates and the stage policy, calls these, and carries the
// plan out through the git adapter.
//
// Three steps, because the gates run in between:
// 1. `changedCandidates` and `catchUpCandidates`: the models a push concerns.
// 2. `promotionNeeds`: per model, whether its registration and stage tags exist (a re-run needs none).
// 3. `planPromotion`: given the gated, policy-enforced results, the tags to create with their
//    annotated messages, the models already up to date, and the refusals with their reasons.
// 4. On GitHub (commands/promote-on-github.ts): `plannedDeployment` per model whose tags exist, and
//    `plannedIssues`, the blocked-promotion issues to open and those to close.
import { contentOf, type Manifest } from '../manifest/manifest.js';
import { folderName } from '../manifest/validate/manifest-checks.js';
import { differingPaths } from '../manifest/validate/policy-checks.js';
import { buildReport } from '../report/build.js';
import type { Finding, ModelResult, PromotionTag, PullRequestInfo } from '../report/model.js';
import { contentDigest, formatEvidenceMessage, pinnedFiles, type Evidence, type EvidenceAction, type EvidenceFile, type EvidenceHeader, type Sha256 } from './evidence.js';
import { evidenceOf, latestStageEvent, registryEvents, registryHas, type RegistryEvent, type TagInput } from './tag-registry.js';
import { registerTagName, stageChangeTags } from './tags.js';
import { promotionIssue, promotionIssueMarker, promotionResolvedComment, type PromotionContext, type PromotionIssue } from './issue.js';
import type { Waiver } from './waivers.js';

/** A model a promotion concerns. */
export interface Candidate {
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

/** A manifest whose bytes differ between the push's `before` and HEAD (or every manifest, without `before`). */
export interface ManifestChange {
  path: string;
  /** Schema-valid at HEAD; undefined when absent or invalid there. */
  manifest?: Manifest;
  /** Schema-valid at `before`; undefined when absent or invalid there. */
  base?: Manifest;
}

/**
 * The changed manifests whose version or stage changed (or that are new, or invalid): candidates,
 * their range starting after `from`. A content change without either is a refusal: registered
 * versions are immutable.
 */
export function changedCandidates(changes: readonly ManifestChange[], head: string, from: string | undefined): { candidates: Candidate[]; unbumped: ModelResult[] } {
  const candidates: Candidate[] = [];
  const unbumped: ModelResult[] = [];
  for (const { path, manifest, base } of changes) {
    if (!manifest || !base || base.metadata.version !== manifest.metadata.version || base.stage !== manifest.stage) {
      candidates.push({ path, ...(manifest ? { manifest } : {}), ...(base ? { base } : {}), ...(from !== undefined ? { from } : {}) });
      continue;
    }
    const changed = differingPaths(contentOf(base), contentOf(manifest));
    if (changed.length === 0) continue; // description, owners, checklist: nothing to promote
    const finding: Finding = {
      severity: 'error',
      category: 'policy',
      code: 'unpromoted-change',
      message: `${changed.join(', ')} changed on the default branch while version ${manifest.metadata.version} stayed: nothing is promoted, and the audit will report this commit`,
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

/** The manifests (valid at HEAD, outside the pushed range) declaring a version or stage the registry does not record. */
export function behindRegistry<T extends { manifest: Manifest }>(manifests: readonly T[], tags: readonly TagInput[]): T[] {
  const events = registryEvents(tags, { only: new Set(manifests.map((m) => m.manifest.metadata.name)) });
  return manifests.filter(({ manifest }) => !registryHas(events.get(manifest.metadata.name) ?? [], manifest.metadata.version, manifest.stage));
}

/**
 * Candidates for the models a cancelled or failed run left unpromoted (see behindRegistry): each with
 * the range from just before the commit that last changed its manifest on the first-parent line
 * (`commits`, oldest first), so its evidence covers that commit. Their `base` is read at `from`.
 */
export function catchUpCandidates(behind: readonly { path: string; manifest: Manifest }[], commits: readonly { sha: string; changes: readonly { path: string }[] }[]): Candidate[] {
  return behind.map(({ path, manifest }) => {
    let index = -1;
    for (let i = commits.length - 1; i >= 0 && index < 0; i--) if (commits[i]!.changes.some((c) => c.path === path)) index = i;
    const candidate: Candidate = { path, manifest, caughtUp: true };
    if (index >= 0) candidate.changedAt = commits[index]!.sha;
    if (index > 0) candidate.from = commits[index - 1]!.sha;
    return candidate;
  });
}

/** What the registry lacks for one valid candidate. */
export interface PromotionNeed {
  candidate: Candidate & { manifest: Manifest };
  /** The model's registry events, oldest first. */
  events: RegistryEvent[];
  /** The registration tag of this version, when it exists. */
  register?: TagInput;
  needRegister: boolean;
  needAssign: boolean;
}

/**
 * Per valid candidate, what the registry (the tags, `tags`) lacks; and the candidates to gate: those
 * that need a tag, and the invalid ones (their gate report says why). A re-run finds nothing needed.
 */
export function promotionNeeds(candidates: readonly Candidate[], tags: readonly TagInput[]): { needs: PromotionNeed[]; toGate: Candidate[] } {
  const recordByName = new Map(tags.map((t) => [t.name, t]));
  const eventsByModel = registryEvents(tags, { only: new Set(candidates.flatMap((c) => (c.manifest ? [c.manifest.metadata.name] : []))) });
  const needs: PromotionNeed[] = [];
  const toGate: Candidate[] = [];
  for (const candidate of candidates) {
    if (!candidate.manifest) {
      toGate.push(candidate);
      continue;
    }
    const { name, version } = candidate.manifest.metadata;
    const events = eventsByModel.get(name) ?? [];
    const register = recordByName.get(registerTagName(name, version));
    const need: PromotionNeed = { candidate: candidate as PromotionNeed['candidate'], events, needRegister: !register, needAssign: !registryHas(events, version, candidate.manifest.stage) };
    if (register) need.register = register;
    needs.push(need);
    if (need.needRegister || need.needAssign) toGate.push(candidate);
  }
  return { needs, toGate };
}

export const isNeeded = (need: PromotionNeed): boolean => need.needRegister || need.needAssign;

/** The stage the model leaves: the manifest's at the range's start, else the registry's latest assignment. */
export function leavingStage(need: PromotionNeed): string | undefined {
  const latest = latestStageEvent(need.events);
  return need.candidate.base?.stage ?? (latest?.tag.kind === 'assign' ? latest.tag.stage : undefined);
}

/** A waiver's identity across policy versions: model, check and version. */
export const waiverKey = (w: Waiver): string => `${w.model} ${w.check} ${w.version ?? ''}`;

/**
 * The approvals waivers of `model` that arrived with the very change they would excuse (absent from
 * the policy before it, `atBase`, present at the commit that made it, `atChange`; as waiverKey): a
 * pull request cannot waive its own approvals. A waiver merged before the change, or by a later pull
 * request, applies.
 */
export function selfWaivers(waivers: readonly Waiver[], model: string, changedAt: string, atBase: ReadonlySet<string>, atChange: ReadonlySet<string>): Map<Waiver, string> {
  const refused = new Map<Waiver, string>();
  for (const w of waivers) {
    if (w.model !== model || w.check !== 'approvals') continue;
    if (!atBase.has(waiverKey(w)) && atChange.has(waiverKey(w))) refused.set(w, `it came with the change it would excuse (${changedAt.slice(0, 12)}): a pull request cannot waive its own approvals; merge the waiver in a pull request of its own`);
  }
  return refused;
}

/** Why a model is not promoted: its errors and failing blocking gates, the first three. */
export function blockedReason(model: ModelResult): string {
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

/** A model's result after its gates and the target stage's policy, and the repository findings of its gate run. */
export interface GatedModel {
  result: ModelResult;
  findings: Finding[];
}

export interface PromotionPlanInput {
  /** The promoted (merge) commit. */
  head: string;
  /** The push's `before`, resolved, and the ref it was given as (the report's base). */
  before?: { ref: string; commit: string };
  /** Every valid candidate and what the registry lacks for it (promotionNeeds). */
  needs: readonly PromotionNeed[];
  /** Candidates whose manifest is invalid at HEAD. */
  invalid: readonly Candidate[];
  /** By manifest path: the gated and enforced result of each candidate that needs a tag or is invalid. */
  gated: ReadonlyMap<string, GatedModel>;
  /** By manifest path: the pull request that changed the model, for the evidence. */
  pullRequests: ReadonlyMap<string, PullRequestInfo>;
  /** By path: the blob id at HEAD of each promoted manifest and each file it pins. */
  blobs: ReadonlyMap<string, string | undefined>;
  /** Every tag name that exists (the counters of new stage tags follow them). */
  tagNames: readonly string[];
  /** Whether the tags are signed. */
  sign: boolean;
  /** The tags' time and the evidence's `createdAt`. */
  now: Date;
  runUrl?: string;
  toolVersion: string;
  /** SHA-256 (hex) of a text: the evidence's content digest and seal. */
  sha256: Sha256;
}

/** An annotated tag the promotion creates. */
export interface PlannedTag {
  name: string;
  action: EvidenceAction;
  commit: string;
  /** The whole message: summary line and sealed evidence. */
  message: string;
  evidence: Evidence;
}

export interface PromotionPlan {
  /** Per model: promoted (with the tags to create), up to date (its tags exist), or blocked (with the reason). */
  models: ModelResult[];
  /** The tags to create, in order. */
  tags: PlannedTag[];
  /** The models whose tags exist once `tags` are written, in order: for deployments. */
  promoted: PromotedModel[];
}

/**
 * The tags a promotion writes and the result of every model. A model whose registration and stage
 * tags exist is up to date and gets no tag (a re-run plans none); a model whose gates or stage policy
 * failed is blocked with its reasons; every other gets its registration (unless it exists) and the
 * stage tags GTO would write (core/promotion/tags.ts), each with its evidence.
 */
export function planPromotion(input: PromotionPlanInput): PromotionPlan {
  const { head, before, now } = input;
  const models: ModelResult[] = [];
  const tags: PlannedTag[] = [];
  const promoted: PromotedModel[] = [];
  const tagNames = [...input.tagNames];

  // Invalid manifests: the gate report says why; nothing is promoted.
  for (const candidate of input.invalid) {
    const result = input.gated.get(candidate.path)?.result ?? { name: folderName(candidate.path) ?? candidate.path, manifest: candidate.path, verdict: 'error' as const, findings: [], gates: [] };
    models.push({ ...result, promotion: { status: 'blocked', reason: blockedReason(result), commit: head, tags: [] } });
  }

  for (const need of input.needs) {
    const { manifest, path, base, from } = need.candidate;
    const { name, version } = manifest.metadata;
    const stage = manifest.stage;
    const registerName = registerTagName(name, version);
    const latest = latestStageEvent(need.events);

    if (!isNeeded(need)) {
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
        promotion: { status: 'up-to-date', commit: head, tags: [existingTag(need.register, registerName, 'register', head), existingTag(stageEvent.input, stageEvent.tag.tag, 'assign', head)] },
      });
      promoted.push({ name, version, stage, commit: head, registerTag: registerName, stageTag: stageEvent.tag.tag, created: false, ...(evidence ? { evidence } : {}) });
      continue;
    }

    const gated = input.gated.get(path);
    if (!gated) continue; // not gated: the gate run did not report it
    const { result } = gated;
    if (result.verdict === 'fail' || result.verdict === 'error') {
      models.push({ ...result, promotion: { status: 'blocked', reason: blockedReason(result), commit: head, tags: [] } });
      continue;
    }
    const pullRequest = input.pullRequests.get(path);
    const pinned: EvidenceFile[] = pinnedFiles(manifest).map((file) => {
      const blob = input.blobs.get(file.path);
      return blob ? { ...file, blob } : file;
    });
    const modelReport = buildReport({
      command: 'gate',
      toolVersion: input.toolVersion,
      root: '.',
      ...(from ? { base: { ref: from === before?.commit ? before.ref : from, commit: from } } : {}),
      findings: gated.findings,
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
      manifest: { path, blob: input.blobs.get(path) ?? '', contentDigest: contentDigest(manifest, input.sha256) },
      files: pinned,
      ...(base ? { previous: { version: base.metadata.version, stage: base.stage } } : {}),
      ...(pullRequest ? { pullRequest } : {}),
      ...(input.runUrl ? { workflowRun: input.runUrl } : {}),
      verdict: result.verdict,
      gates: result.gates.map(({ gate, verdict, blocking }) => ({ gate, verdict, blocking })),
      createdAt: now.toISOString(),
      tool: { name: 'modelops', version: input.toolVersion },
      report: modelReport,
    });

    const listed: PromotionTag[] = [];
    let lastEvidence: Evidence | undefined;
    const plan = (tag: string, action: EvidenceAction, commit: string, overrides: Partial<Evidence> = {}): void => {
      const evidence = { ...evidenceFor(action, tag, commit), ...overrides };
      tags.push({ name: tag, action, commit, message: formatEvidenceMessage(evidence, input.sha256), evidence });
      tagNames.push(tag);
      listed.push({ tag, action, commit, created: true, signed: input.sign });
      lastEvidence = evidence;
    };
    if (need.needRegister) plan(registerName, 'register', head);
    else listed.push(existingTag(need.register, registerName, 'register', head));
    // GTO finds the version a stage tag assigns by its commit: the stage tag points at the registration.
    const registeredAt = need.register?.commit ?? head;
    let stageTag: string;
    if (need.needAssign) {
      // GTO's own tags where they mean the same (tags.ts): archiving deprecates; moving down a stage
      // first unassigns the one left, from the version that holds it.
      const left = latest?.tag.kind === 'assign' ? latest : undefined;
      const planned = stageChangeTags(tagNames, name, left?.tag.kind === 'assign' ? left.tag.stage : undefined, stage);
      for (const next of planned) {
        if (next.kind === 'unassign') plan(next.tag, 'unassign', left!.input.commit ?? registeredAt, { stage: next.stage!, ...(left!.version ? { version: left!.version } : {}) });
        else plan(next.tag, next.kind, registeredAt);
      }
      stageTag = planned[planned.length - 1]!.tag;
    } else {
      stageTag = latest!.tag.tag;
      listed.push(existingTag(latest!.input, stageTag, 'assign', registeredAt));
    }
    models.push({ ...result, promotion: { status: 'promoted', commit: head, tags: listed } });
    promoted.push({ name, version, stage, commit: head, registerTag: registerName, stageTag, created: true, ...(lastEvidence ? { evidence: lastEvidence } : {}) });
  }
  return { models, tags, promoted };
}

/** The tags of every model not blocked (created now or found), for the push. */
export function tagsToPush(models: readonly ModelResult[]): string[] {
  return models.flatMap((m) => (m.promotion && m.promotion.status !== 'blocked' ? m.promotion.tags.map((t) => t.tag) : []));
}

/** A GitHub deployment of a model whose tags exist (io/github/deployments.ts's DeploymentSpec). */
export interface PlannedDeployment {
  /** The stage tag, e.g. `credit-risk#production#3`: what is deployed, and what makes the deployment unique. */
  ref: string;
  /** The stage. */
  environment: string;
  /** The model the deployment is of; its earlier deployments to the environment become inactive. */
  model: string;
  version: string;
  description: string;
  /** The workflow run, as the status's log URL. */
  logUrl?: string;
}

/** The deployment of a promoted (or already up-to-date) model to the environment named after its stage. */
export function plannedDeployment(model: PromotedModel, runUrl?: string): PlannedDeployment {
  return {
    ref: model.stageTag,
    environment: model.stage,
    model: model.name,
    version: model.version,
    description: `${model.name} ${model.version} -> ${model.stage} (${model.stageTag})`,
    ...(runUrl ? { logUrl: runUrl } : {}),
  };
}

/** The blocked-promotion issues a promotion opens (or updates), and those it closes with a comment. */
export interface PlannedIssues {
  open: PromotionIssue[];
  close: { model: string; marker: string; comment: string }[];
}

/** One issue per blocked model; the issue of every model promoted or up to date is closed. */
export function plannedIssues(models: readonly ModelResult[], context: PromotionContext): PlannedIssues {
  return {
    open: models.filter((m) => m.promotion?.status === 'blocked').map((m) => promotionIssue(m, context)),
    close: models.filter((m) => m.promotion && m.promotion.status !== 'blocked').map((m) => ({ model: m.name, marker: promotionIssueMarker(m.name), comment: promotionResolvedComment(m, context) })),
  };
}
