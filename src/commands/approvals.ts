// Approvals at pull-request time: for every model the pull request promotes (added, or its version or
// stage changed), the policy's approvals for the stage it enters against the pull request's reviews and
// team memberships (from GitHub, through an ApprovalSource), and the soak in the previous stage from the
// registry's stage tags. Without a source (the CLI) the approvals check is skipped and says why; the soak
// is still computed from the tags.
import { applyGateAndChecklistWaivers, enforcementOf } from '../core/promotion/enforcement.js';
import {
  approvalsCheck,
  approvalsGate,
  approverTeams,
  previousStages,
  reviewsAtMerge,
  NOT_CHECKED_HERE,
  soakCheck,
  stageNeedsApprovals,
  type ApprovalRecord,
  type Review,
  type TeamMembers,
} from '../core/approvals/gate.js';
import type { Manifest } from '../core/manifest/manifest.js';
import type { Policy } from '../core/manifest/policy.js';
import { registryEvents, type RegistryEvent } from '../core/promotion/tag-registry.js';
import { verdictOfFindings, worstVerdict, type Enforcement, type ModelResult, type PullRequestInfo } from '../core/report/model.js';
import { findWaiver, waiverWhere, type Waiver } from '../core/promotion/waivers.js';
import type { GitHubClient, RepoRef } from '../io/github/client.js';
import { GitHubApiError } from '../io/github/errors.js';
import { openGitHistory } from '../io/git/history.js';

/** Where a pull request's reviews and the approvers' team memberships come from. */
export interface ApprovalSource {
  pullRequest: { number: number; author?: string };
  /** Approvals asserted on the command line, not read from GitHub (the evidence says so). */
  asserted?: boolean;
  /** When the pull request was merged: reviews submitted later do not count (promote). */
  mergedAt?: string;
  /** Every review, oldest first; throws when they cannot be read. */
  reviews(): Promise<Review[]>;
  /** Which of `logins` are active members of @org/slug, or why the token cannot tell. */
  teamMembers(org: string, slug: string, logins: readonly string[]): Promise<TeamMembers>;
}

export const CANNOT_VERIFY_TEAMS = 'cannot verify team membership with this token';
export const NO_PULL_REQUEST = "no pull request whose reviews to read (the Action checks them on pull_request and pull_request_review events; give --pr and --approver to check asserted approvals)";

/** An ApprovalSource over the GitHub API, caching reviews and memberships for the run. */
export function githubApprovalSource(client: GitHubClient, repo: RepoRef, pullRequest: { number: number; author?: string }, mergedAt?: string): ApprovalSource {
  let reviews: Promise<Review[]> | undefined;
  const teams = new Map<string, Promise<{ readable: true } | { readable: false; reason: string }>>();
  const memberships = new Map<string, Promise<boolean | { reason: string }>>();
  const describe = (error: unknown): string =>
    error instanceof GitHubApiError && error.denied ? `${CANNOT_VERIFY_TEAMS} (${error.message}; it needs read access to the organisation's teams: a GitHub App token with members: read, or a token with read:org)` : `${CANNOT_VERIFY_TEAMS} (${error instanceof Error ? error.message : String(error)})`;
  return {
    pullRequest,
    ...(mergedAt ? { mergedAt } : {}),
    reviews() {
      reviews ??= client.listPullRequestReviews(repo, pullRequest.number);
      return reviews;
    },
    async teamMembers(org, slug, logins) {
      const key = `${org}/${slug}`.toLowerCase();
      // The team first: a 404 on a membership means "not a member" only when the team itself is visible.
      let team = teams.get(key);
      if (!team) {
        team = client.getTeam(org, slug).then(
          () => ({ readable: true as const }),
          (error: unknown) => ({ readable: false as const, reason: describe(error) }),
        );
        teams.set(key, team);
      }
      const visible = await team;
      if (!visible.readable) return visible;
      const members = new Set<string>();
      for (const login of logins) {
        const memberKey = `${key}:${login.toLowerCase()}`;
        let membership = memberships.get(memberKey);
        if (!membership) {
          membership = client.getTeamMembership(org, slug, login).then(
            (state) => state === 'active',
            (error: unknown) => ({ reason: describe(error) }),
          );
          memberships.set(memberKey, membership);
        }
        const result = await membership;
        if (typeof result === 'object') return { readable: false, reason: result.reason };
        if (result) members.add(login);
      }
      return { readable: true, members };
    },
  };
}

/** Whether merging the pull request promotes the model: added, or its version or stage changed (or no base to tell). */
export function promotesModel(model: ModelResult): boolean {
  const change = model.change;
  if (!change) return true;
  if (change.kind === 'added') return true;
  return change.base !== undefined && (change.base.version !== model.version || change.base.stage !== model.stage);
}

/** Where a model's approvals come from in this run. */
export type ApprovalsAvailability =
  | ApprovalSource
  /** They cannot be read here (the CLI gate: no pull request): "not checked here". */
  | { notHere: string }
  /** There are none to read (promote after a direct push, or without --pr): the requirement is unmet. */
  | { none: string };

export interface EnforceTarget {
  model: ModelResult;
  manifest: Manifest;
  /** The stage the model comes from, for the soak (default: the stages the policy lets into its stage). */
  baseStage?: string;
  approvals: ApprovalsAvailability;
  /** Why the soak cannot be measured in this run, when it cannot (no base: nothing says what the change promotes). */
  soakNotHere?: string;
  /** Waivers this model may not use, with the reason (an approvals waiver that came with the change it excuses). */
  refusedWaivers?: ReadonlyMap<Waiver, string>;
}

export interface EnforceOptions {
  policy: Policy;
  context: Enforcement['context'];
  /** Repository root (git), for the stage tags the soak is measured from. */
  root: string;
  /** The instant the soak and the waivers' expiry are measured at (default now). */
  now?: Date;
}

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Enforces the policy of the stage each target enters: waivers of gates and checklist items, the
 * approvals gate (approvals and soak), and the enforcement record of how each requirement was met.
 */
export async function enforceStagePolicy(targets: readonly EnforceTarget[], options: EnforceOptions): Promise<void> {
  const { policy } = options;
  const now = options.now ?? new Date();
  const live = targets.filter((t) => t.model.verdict !== 'error');
  let events: Map<string, RegistryEvent[]> | undefined;
  let eventsProblem: string | undefined;
  if (live.some((t) => policy.stages[t.manifest.stage].soak !== undefined)) {
    try {
      events = registryEvents(await (await openGitHistory(options.root)).tagRecords(), { only: new Set(live.map((t) => t.model.name)) });
    } catch (error) {
      eventsProblem = `cannot read the registry tags (${describeError(error)})`;
    }
  }
  const reviewsOf = new Map<ApprovalSource, Promise<Review[]>>();

  for (const target of live) {
    const { model, manifest } = target;
    const stage = manifest.stage;
    const version = manifest.metadata.version;
    const rules = policy.stages[stage];
    const refused = target.refusedWaivers ?? new Map<Waiver, string>();
    const usable = policy.waivers.filter((w) => !refused.has(w));
    for (const [waiver, why] of refused) {
      if (waiver.model !== model.name || waiver.version !== version) continue;
      model.findings.push({ severity: 'warning', category: 'policy', code: 'waiver-refused', message: `the waiver of ${waiver.check} at ${waiverWhere(waiver)} does not apply: ${why}`, ...(waiver.source ? { file: waiver.source.file, ...(waiver.source.line !== undefined ? { line: waiver.source.line } : {}) } : {}) });
    }
    const used = applyGateAndChecklistWaivers(model, { waivers: usable, now });
    let records: ApprovalRecord[] | undefined;
    if (stageNeedsApprovals(rules)) {
      let approvals: Parameters<typeof approvalsGate>[0]['approvals'];
      const from = rules.approvals.from.length > 0 ? ` from ${rules.approvals.from.join(', ')}` : '';
      const availability = target.approvals;
      if (rules.approvals.count === 0) approvals = { notRequired: `stage ${stage} needs no approvals` };
      else if ('notHere' in availability) approvals = { notHere: availability.notHere };
      else if ('none' in availability) approvals = { name: 'approvals', verdict: 'fail', value: 0, bound: { min: rules.approvals.count }, message: `${availability.none}: 0 of ${rules.approvals.count} approvals${from}` };
      else {
        const source = availability;
        let reviews: Review[] | undefined;
        let problem: string | undefined;
        try {
          if (!reviewsOf.has(source)) reviewsOf.set(source, source.reviews());
          reviews = reviewsAtMerge(await reviewsOf.get(source)!, source.mergedAt);
        } catch (error) {
          problem = `cannot read the reviews of pull request #${source.pullRequest.number} with this token (${describeError(error)}); the workflow needs permissions: pull-requests: read`;
        }
        if (!reviews) {
          // Fail closed: approvals nobody could read are approvals nobody has seen.
          approvals = { name: 'approvals', verdict: 'fail', value: 0, bound: { min: rules.approvals.count }, message: problem! };
          model.findings.push({ severity: 'warning', category: 'policy', code: 'approvals-unverified', message: problem!, file: model.manifest });
        } else {
          const approving = [...new Set(reviews.filter((r) => r.state.toUpperCase() === 'APPROVED').map((r) => r.author))];
          const teams = new Map<string, TeamMembers>();
          if (approving.length > 0) for (const team of approverTeams(rules)) teams.set(team.text, await source.teamMembers(team.org, team.slug, approving));
          const check = approvalsCheck({ rules: rules.approvals, reviews, ...(source.pullRequest.author ? { author: source.pullRequest.author } : {}), teams, ...(source.asserted ? { asserted: true } : {}) });
          approvals = check;
          records = check.approvals;
          if (check.unverified.length > 0) {
            const unreadable = [...teams.entries()].filter(([, t]) => !t.readable).map(([k]) => k);
            const counted = rules.approvals.unverified_membership === 'warn';
            model.findings.push({
              severity: 'warning',
              category: 'policy',
              code: 'approvals-unverified',
              message: `${CANNOT_VERIFY_TEAMS}: membership of ${unreadable.join(', ')} is unknown, so the approvals of ${check.unverified.map((l) => `@${l}`).join(', ')} ${counted ? 'are counted unverified (approvals.unverified_membership: warn)' : 'are not counted'} for ${stage}`,
              file: model.manifest,
              hint: source.asserted
                ? `the command line cannot verify team membership: promote from the GitHub Action with a token that can read the teams${counted ? '' : ', or set approvals.unverified_membership: warn in the policy to accept asserted approvals'}`
                : "pass a token that can read the organisation's teams as github-token (a GitHub App token with members: read, or a token with read:org)",
            });
          }
        }
      }
      const soak =
        rules.soak !== undefined && target.soakNotHere !== undefined
          ? { name: 'soak', verdict: 'skipped' as const, message: `${NOT_CHECKED_HERE}: ${target.soakNotHere}` }
          : rules.soak !== undefined
          ? soakCheck({
              soak: rules.soak,
              target: stage,
              version,
              previous: previousStages(policy, stage, target.baseStage),
              events: events ? (events.get(model.name) ?? []) : undefined,
              ...(eventsProblem ? { eventsProblem } : {}),
              now,
            })
          : undefined;
      const approvalsWaiver = findWaiver(usable, { model: model.name, version, check: 'approvals', now });
      const soakWaiver = findWaiver(usable, { model: model.name, version, check: 'soak', now });
      const waivers = { ...(approvalsWaiver ? { approvals: approvalsWaiver } : {}), ...(soakWaiver ? { soak: soakWaiver } : {}) };
      const gate = approvalsGate({ target: stage, rules, approvals, ...(soak ? { soak } : {}), waivers });
      model.gates.push(gate);
      for (const [check, waiver] of Object.entries(waivers)) {
        const result = gate.checks.find((c) => (check === 'approvals' ? c.name === 'approvals' : c.name.startsWith('soak')));
        if (result?.message?.startsWith('waived by')) used.push(waiver);
      }
    }
    model.enforcement = enforcementOf({ model, stage, rules, context: options.context, ...(records ? { approvals: records } : {}), waivers: used });
    model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
  }
}

/** Approvals given on the command line (--approver): counted as asserted, never as read from GitHub; team membership cannot be verified. */
export function assertedApprovalSource(pullRequest: PullRequestInfo): ApprovalSource {
  return {
    pullRequest: { number: pullRequest.number, ...(pullRequest.author ? { author: pullRequest.author } : {}) },
    asserted: true,
    reviews: async () => pullRequest.approvers.map((author) => ({ author, state: 'APPROVED' })),
    teamMembers: async () => ({ readable: false, reason: 'approvals asserted with --approver: team membership cannot be verified without GitHub' }),
  };
}

export const NO_BASE = 'no base to compare with (--base): nothing says what a merge would promote';
export const NO_APPROVALS_AT_PROMOTION = 'no pull request is recorded for this promotion (a direct push, or promote without --pr and --approver)';

export interface ApprovalGatesOptions {
  /** Absent: the approvals check is not made here and says why (the CLI). */
  source?: ApprovalSource;
  /** Repository root (git), for the stage tags the soak is measured from. */
  root: string;
  now?: Date;
}

/** The pull request's check: every model the change promotes, against the policy of the stage it enters. */
export async function addApprovalGates(models: readonly ModelResult[], manifests: ReadonlyMap<string, Manifest>, policy: Policy, options: ApprovalGatesOptions): Promise<void> {
  const targets: EnforceTarget[] = models.flatMap((model): EnforceTarget[] => {
    const manifest = manifests.get(model.manifest);
    if (!manifest || model.verdict === 'error' || !promotesModel(model)) return [];
    // Without a base nothing says what a merge would promote: the stage's approvals and soak are for a promotion, shown as not checked.
    if (!model.change) return [{ model, manifest, approvals: { notHere: NO_BASE }, soakNotHere: NO_BASE }];
    return [{ model, manifest, ...(model.change.base?.stage ? { baseStage: model.change.base.stage } : {}), approvals: options.source ?? { notHere: NO_PULL_REQUEST } }];
  });
  await enforceStagePolicy(targets, { policy, context: options.source ? (options.source.asserted ? 'command-line' : 'pull-request') : 'command-line', root: options.root, ...(options.now ? { now: options.now } : {}) });
}
