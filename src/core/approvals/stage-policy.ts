// The policy of the stage a model enters, decided on what the command read: the waivers of gates and
// checklist items, the approvals gate (the pull request's reviews and the approvers' team memberships
// against `approvals`, the time in the previous stage from the registry's tags against `soak`, with their
// waivers) and the enforcement record of how each requirement was met. Pure: reviews, memberships, tags
// and the time come in as values; `commands/approvals.ts` reads them from GitHub and git.
import type { Manifest } from '../manifest/manifest.js';
import type { Policy, StageRules } from '../manifest/policy.js';
import { applyGateAndChecklistWaivers, enforcementOf } from '../promotion/enforcement.js';
import type { RegistryEvent } from '../promotion/tag-registry.js';
import { findWaiver, waiverWhere, type Waiver } from '../promotion/waivers.js';
import { verdictOfFindings, worstVerdict, type Enforcement, type ModelResult } from '../report/model.js';
import type { GateCheck } from '../report/verdict.js';
import {
  approvalsCheck,
  approvalsGate,
  approverTeams,
  CANNOT_VERIFY_TEAMS,
  NOT_CHECKED_HERE,
  previousStages,
  reviewsAtMerge,
  soakCheck,
  stageNeedsApprovals,
  type ApprovalRecord,
  type ApprovalsGateInput,
  type Review,
  type TeamMembers,
} from './gate.js';

/** A pull request whose reviews were read (or asserted on the command line). */
export interface ReadReviews {
  /** headSha: the commit the approvals must be on (the head when checked; the head at the merge, for promote); absent when asserted. */
  pullRequest: { number: number; author?: string; headSha?: string };
  /** Approvals asserted on the command line, not read from GitHub (the evidence says so). */
  asserted?: boolean;
  /** When the pull request was merged: reviews submitted later do not count. */
  mergedAt?: string;
  /** Every review, oldest first. */
  reviews: readonly Review[];
  /** Per team of `approvals.from` (`@org/slug`): which approvers are members, or why that cannot be told (`teamsToAsk`). */
  teams: ReadonlyMap<string, TeamMembers>;
}

/** What the command learnt about a target's approvals. */
export type ApprovalsEvidence =
  | ReadReviews
  /** They cannot be read in this run (the CLI gate: no pull request): "not checked here". */
  | { notHere: string }
  /** There are none to read (promote after a direct push, or without --pr): the requirement is unmet. */
  | { none: string }
  /** The pull request's reviews could not be read (the message says why): unmet, failing closed. */
  | { unreadable: string };

export interface StageTarget {
  model: ModelResult;
  manifest: Manifest;
  /** The stage the model comes from, for the soak (default: the stages the policy lets into its stage). */
  baseStage?: string;
  /** What was read about its approvals; absent when the stage asks for none (nothing was read), and then unmet if it does. */
  approvals?: ApprovalsEvidence;
  /** Why the soak cannot be measured in this run, when it cannot (no base: nothing says what the change promotes). */
  soakNotHere?: string;
  /** Waivers this model may not use, with the reason (an approvals waiver that came with the change it excuses). */
  refusedWaivers?: ReadonlyMap<Waiver, string>;
}

export interface StageContext {
  policy: Policy;
  context: Enforcement['context'];
  /** Registry events by model (registryEvents of the tags), or why the tags could not be read; absent when nobody asked for them (no soak). */
  events?: ReadonlyMap<string, readonly RegistryEvent[]> | { problem: string };
  /** The instant the soak and the waivers' expiry are measured at. */
  now: Date;
}

/** Whether the stage's rules need the pull request's reviews read: it asks for approvals. */
export const needsReviews = (rules: StageRules): boolean => rules.approvals.count > 0;

/** Whether the stage's rules need the registry's tags read: it asks for a soak. */
export const needsTags = (rules: StageRules): boolean => rules.soak !== undefined;

/** The teams of `approvals.from` whose membership the command must read, and whom to ask about: everyone who approved before the merge. */
export function teamsToAsk(rules: StageRules, reviews: readonly Review[], mergedAt?: string): { teams: { org: string; slug: string; text: string }[]; logins: string[] } {
  const logins = [...new Set(reviewsAtMerge(reviews, mergedAt).filter((r) => r.state.toUpperCase() === 'APPROVED').map((r) => r.author))];
  return { teams: logins.length > 0 ? approverTeams(rules) : [], logins };
}

const at = (waiver: Waiver) => (waiver.source ? { file: waiver.source.file, ...(waiver.source.line !== undefined ? { line: waiver.source.line } : {}) } : {});

/** The approvals check from what was read, with the findings it explains itself by; the records of who approved, when reviews were read. */
function approvalsFrom(target: StageTarget, rules: StageRules): { approvals: ApprovalsGateInput['approvals']; records?: ApprovalRecord[] } {
  const { model } = target;
  const stage = target.manifest.stage;
  const count = rules.approvals.count;
  const from = rules.approvals.from.length > 0 ? ` from ${rules.approvals.from.join(', ')}` : '';
  // Fail closed: a stage that asks for approvals nobody read has none.
  const evidence = target.approvals ?? { none: 'the approvals were not read' };
  if (count === 0) return { approvals: { notRequired: `stage ${stage} needs no approvals` } };
  if ('notHere' in evidence) return { approvals: { notHere: evidence.notHere } };
  if ('none' in evidence) return { approvals: { name: 'approvals', verdict: 'fail', value: 0, bound: { min: count }, message: `${evidence.none}: 0 of ${count} approvals${from}` } };
  if ('unreadable' in evidence) {
    // Fail closed: approvals nobody could read are approvals nobody has seen.
    model.findings.push({ severity: 'warning', category: 'policy', code: 'approvals-unverified', message: evidence.unreadable, file: model.manifest });
    return { approvals: { name: 'approvals', verdict: 'fail', value: 0, bound: { min: count }, message: evidence.unreadable } };
  }
  const check = approvalsCheck({
    rules: rules.approvals,
    reviews: reviewsAtMerge(evidence.reviews, evidence.mergedAt),
    ...(evidence.pullRequest.author ? { author: evidence.pullRequest.author } : {}),
    teams: evidence.teams,
    ...(evidence.asserted ? { asserted: true } : {}),
    ...(evidence.pullRequest.headSha ? { headSha: evidence.pullRequest.headSha } : {}),
  });
  if (check.unverified.length > 0) {
    const unreadable = [...evidence.teams.entries()].filter(([, t]) => !t.readable).map(([k]) => k);
    const counted = rules.approvals.unverified_membership === 'warn';
    model.findings.push({
      severity: 'warning',
      category: 'policy',
      code: 'approvals-unverified',
      message: `${CANNOT_VERIFY_TEAMS}: membership of ${unreadable.join(', ')} is unknown, so the approvals of ${check.unverified.map((l) => `@${l}`).join(', ')} ${counted ? 'are counted unverified (approvals.unverified_membership: warn)' : 'are not counted'} for ${stage}`,
      file: model.manifest,
      hint: evidence.asserted
        ? `the command line cannot verify team membership: promote from the GitHub Action with a token that can read the teams${counted ? '' : ', or set approvals.unverified_membership: warn in the policy to accept asserted approvals'}`
        : "pass a token that can read the organisation's teams as github-token (a GitHub App token with members: read, or a token with read:org)",
    });
  }
  return { approvals: check, records: check.approvals };
}

/** The soak check, when the stage has a soak: skipped when this run cannot tell what the change promotes. */
function soakFrom(target: StageTarget, rules: StageRules, context: StageContext): GateCheck | undefined {
  if (rules.soak === undefined) return undefined;
  if (target.soakNotHere !== undefined) return { name: 'soak', verdict: 'skipped', message: `${NOT_CHECKED_HERE}: ${target.soakNotHere}` };
  const stage = target.manifest.stage;
  const events = context.events;
  const read = events !== undefined && !('problem' in events) ? events : undefined;
  const problem = events === undefined ? 'the registry tags were not read' : 'problem' in events ? events.problem : undefined;
  return soakCheck({
    soak: rules.soak,
    target: stage,
    version: target.manifest.metadata.version,
    previous: previousStages(context.policy, stage, target.baseStage),
    events: read ? (read.get(target.model.name) ?? []) : undefined,
    ...(problem !== undefined ? { eventsProblem: problem } : {}),
    now: context.now,
  });
}

/**
 * Enforces the policy of the stage the target's model enters, on the model's result: refused waivers
 * as warnings, waivers of gates and checklist items, the approvals gate (when the stage asks for
 * approvals or a soak), the enforcement record, and the model's verdict. A model whose verdict is
 * already `error` is left as it is.
 */
export function decideStagePolicy(target: StageTarget, context: StageContext): void {
  const { model, manifest } = target;
  if (model.verdict === 'error') return;
  const { policy, now } = context;
  const stage = manifest.stage;
  const version = manifest.metadata.version;
  const rules = policy.stages[stage];
  const refused = target.refusedWaivers ?? new Map<Waiver, string>();
  const usable = policy.waivers.filter((w) => !refused.has(w));
  for (const [waiver, why] of refused) {
    if (waiver.model !== model.name || waiver.version !== version) continue;
    model.findings.push({ severity: 'warning', category: 'policy', code: 'waiver-refused', message: `the waiver of ${waiver.check} at ${waiverWhere(waiver)} does not apply: ${why}`, ...at(waiver) });
  }
  const used = applyGateAndChecklistWaivers(model, { waivers: usable, now });
  let records: ApprovalRecord[] | undefined;
  if (stageNeedsApprovals(rules)) {
    const approvals = approvalsFrom(target, rules);
    records = approvals.records;
    const soak = soakFrom(target, rules, context);
    const approvalsWaiver = findWaiver(usable, { model: model.name, version, check: 'approvals', now });
    const soakWaiver = findWaiver(usable, { model: model.name, version, check: 'soak', now });
    const waivers = { ...(approvalsWaiver ? { approvals: approvalsWaiver } : {}), ...(soakWaiver ? { soak: soakWaiver } : {}) };
    const gate = approvalsGate({ target: stage, rules, approvals: approvals.approvals, ...(soak ? { soak } : {}), waivers });
    model.gates.push(gate);
    for (const [check, waiver] of Object.entries(waivers)) {
      const result = gate.checks.find((c) => (check === 'approvals' ? c.name === 'approvals' : c.name.startsWith('soak')));
      if (result?.message?.startsWith('waived by')) used.push(waiver);
    }
  }
  model.enforcement = enforcementOf({ model, stage, rules, context: context.context, ...(records ? { approvals: records } : {}), waivers: used });
  model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
}
