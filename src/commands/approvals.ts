// Approvals at pull-request time: for every model the pull request promotes (added, or its version or
// stage changed), the policy's approvals for the stage it enters against the pull request's reviews and
// team memberships (from GitHub, through an ApprovalSource), and the soak in the previous stage from the
// registry's stage tags. Without a source (the CLI) the approvals check is skipped and says why; the soak
// is still computed from the tags.
import { CANNOT_VERIFY_TEAMS, type Review, type TeamMembers } from '../core/approvals/gate.js';
import { decideStagePolicy, needsReviews, needsTags, teamsToAsk, type ApprovalsEvidence, type StageContext, type StageTarget } from '../core/approvals/stage-policy.js';
import type { Manifest } from '../core/manifest/manifest.js';
import type { Policy, StageRules } from '../core/manifest/policy.js';
import { registryEvents } from '../core/promotion/tag-registry.js';
import type { Enforcement, ModelResult, PullRequestInfo } from '../core/report/model.js';
import type { GitHubClient, RepoRef } from '../io/github/client.js';
import { GitHubApiError } from '../io/github/errors.js';
import { readTagRecords, type TagRecord } from '../io/git/history.js';

/** Where a pull request's reviews and the approvers' team memberships come from. */
export interface ApprovalSource {
  /** headSha: the commit the approvals must be on (the pull request's head; its head at the merge, for promote). */
  pullRequest: { number: number; author?: string; headSha?: string };
  /** Approvals asserted on the command line, not read from GitHub (the evidence says so). */
  asserted?: boolean;
  /** When the pull request was merged: reviews submitted later do not count (promote). */
  mergedAt?: string;
  /** Every review, oldest first; throws when they cannot be read. */
  reviews(): Promise<Review[]>;
  /** Which of `logins` are active members of @org/slug, or why the token cannot tell. */
  teamMembers(org: string, slug: string, logins: readonly string[]): Promise<TeamMembers>;
}

export const NO_PULL_REQUEST = "no pull request whose reviews to read (the Action checks them on pull_request and pull_request_review events; give --pr and --approver to check asserted approvals)";

/** An ApprovalSource over the GitHub API, caching reviews and memberships for the run. */
export function githubApprovalSource(client: GitHubClient, repo: RepoRef, pullRequest: { number: number; author?: string; headSha?: string }, mergedAt?: string): ApprovalSource {
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

/** A model to enforce its stage's policy on, with where its approvals come from in this run. */
export type EnforceTarget = Omit<StageTarget, 'approvals'> & { approvals: ApprovalsAvailability };

export interface EnforceOptions {
  policy: Policy;
  context: Enforcement['context'];
  /** Repository root (git), for the stage tags the soak is measured from. */
  root: string;
  /** The instant the soak and the waivers' expiry are measured at (default now). */
  now?: Date;
  /** The registry's tags, when the caller started reading them early (`prefetchTagRecords`). */
  tagRecords?: Promise<TagRecord[]>;
}

/**
 * Starts reading the registry's tags for the soak now, when any of the models' stages has one, so that the git
 * process runs beside the caller's work and is forked before onnxruntime makes the process large (issue 18).
 */
export function prefetchTagRecords(manifests: readonly Manifest[], policy: Policy, root: string): Promise<TagRecord[]> | undefined {
  if (!manifests.some((m) => needsTags(policy.stages[m.stage]))) return undefined;
  const records = readTagRecords(root);
  records.catch(() => undefined); // its error is readEvents', if it is read
  return records;
}

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The registry's events of the targets' models, read only when a target's stage has a soak. */
async function readEvents(live: readonly EnforceTarget[], options: EnforceOptions): Promise<StageContext['events']> {
  if (!live.some((t) => needsTags(options.policy.stages[t.manifest.stage]))) return undefined;
  try {
    return registryEvents(await (options.tagRecords ?? readTagRecords(options.root)), { only: new Set(live.map((t) => t.model.name)) });
  } catch (error) {
    return { problem: `cannot read the registry tags (${describeError(error)})` };
  }
}

/** The reviews of the target's pull request and the approvers' team memberships, read only when its stage asks for approvals. */
async function readApprovals(availability: ApprovalsAvailability, rules: StageRules, reviewsOf: Map<ApprovalSource, Promise<Review[]>>): Promise<ApprovalsEvidence | undefined> {
  if ('notHere' in availability || 'none' in availability) return availability;
  if (!needsReviews(rules)) return undefined;
  const source = availability;
  let reviews: Review[];
  try {
    if (!reviewsOf.has(source)) reviewsOf.set(source, source.reviews());
    reviews = await reviewsOf.get(source)!;
  } catch (error) {
    return { unreadable: `cannot read the reviews of pull request #${source.pullRequest.number} with this token (${describeError(error)}); the workflow needs permissions: pull-requests: read` };
  }
  const ask = teamsToAsk(rules, reviews, source.mergedAt);
  const teams = new Map<string, TeamMembers>();
  for (const team of ask.teams) teams.set(team.text, await source.teamMembers(team.org, team.slug, ask.logins));
  return { pullRequest: source.pullRequest, ...(source.asserted ? { asserted: true } : {}), ...(source.mergedAt ? { mergedAt: source.mergedAt } : {}), reviews, teams };
}

/**
 * Enforces the policy of the stage each target enters (`core/approvals/stage-policy.ts`), after reading
 * what it needs: the registry's tags for a soak, the pull request's reviews and the approvers' team
 * memberships for approvals.
 */
export async function enforceStagePolicy(targets: readonly EnforceTarget[], options: EnforceOptions): Promise<void> {
  const live = targets.filter((t) => t.model.verdict !== 'error');
  const context: StageContext = { policy: options.policy, context: options.context, events: await readEvents(live, options), now: options.now ?? new Date() };
  const reviewsOf = new Map<ApprovalSource, Promise<Review[]>>();
  for (const target of live) {
    const approvals = await readApprovals(target.approvals, options.policy.stages[target.manifest.stage], reviewsOf);
    const { approvals: _availability, ...rest } = target;
    decideStagePolicy({ ...rest, ...(approvals ? { approvals } : {}) }, context);
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
  /** The registry's tags, when the caller started reading them early (`prefetchTagRecords`). */
  tagRecords?: Promise<TagRecord[]>;
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
  await enforceStagePolicy(targets, { policy, context: options.source ? (options.source.asserted ? 'command-line' : 'pull-request') : 'command-line', root: options.root, ...(options.now ? { now: options.now } : {}), ...(options.tagRecords ? { tagRecords: options.tagRecords } : {}) });
}
