// Approvals at pull-request time: for every model the pull request promotes (added, or its version or
// stage changed), the policy's approvals for the stage it enters against the pull request's reviews and
// team memberships (from GitHub, through an ApprovalSource), and the soak in the previous stage from the
// registry's stage tags. Without a source (the CLI) the approvals check is skipped and says why; the soak
// is still computed from the tags.
import {
  approvalsCheck,
  approvalsGate,
  approverTeams,
  previousStages,
  soakCheck,
  stageNeedsApprovals,
  type Review,
  type TeamMembers,
} from '../core/gates/approvals.js';
import type { Manifest } from '../core/manifest.js';
import type { Policy } from '../core/policy.js';
import { registryEvents, type RegistryEvent } from '../core/registry.js';
import { verdictOfFindings, worstVerdict, type ModelResult } from '../core/report.js';
import { GitHubApiError, type GitHubClient, type RepoRef } from '../io/github.js';
import { openGitHistory } from '../io/git-history.js';

/** Where a pull request's reviews and the approvers' team memberships come from. */
export interface ApprovalSource {
  pullRequest: { number: number; author?: string };
  /** Every review, oldest first; throws when they cannot be read. */
  reviews(): Promise<Review[]>;
  /** Which of `logins` are active members of @org/slug, or why the token cannot tell. */
  teamMembers(org: string, slug: string, logins: readonly string[]): Promise<TeamMembers>;
}

export const CANNOT_VERIFY_TEAMS = 'cannot verify team membership with this token';
export const NO_PULL_REQUEST = 'approvals are checked by the GitHub Action on pull_request and pull_request_review events, from the pull request\'s reviews; not here (no pull request)';

/** An ApprovalSource over the GitHub API, caching reviews and memberships for the run. */
export function githubApprovalSource(client: GitHubClient, repo: RepoRef, pullRequest: { number: number; author?: string }): ApprovalSource {
  let reviews: Promise<Review[]> | undefined;
  const teams = new Map<string, Promise<{ readable: true } | { readable: false; reason: string }>>();
  const memberships = new Map<string, Promise<boolean | { reason: string }>>();
  const describe = (error: unknown): string =>
    error instanceof GitHubApiError && error.denied ? `${CANNOT_VERIFY_TEAMS} (${error.message}; it needs read access to the organisation's teams: a GitHub App token with members: read, or a token with read:org)` : `${CANNOT_VERIFY_TEAMS} (${error instanceof Error ? error.message : String(error)})`;
  return {
    pullRequest,
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

export interface ApprovalGatesOptions {
  /** Absent: the approvals check is skipped, saying why (the CLI). */
  source?: ApprovalSource;
  /** Repository root (git), for the stage tags the soak is measured from. */
  root: string;
  now?: Date;
}

/** Adds the approvals gate to every model the change promotes into a stage that asks for approvals or a soak. */
export async function addApprovalGates(models: readonly ModelResult[], manifests: ReadonlyMap<string, Manifest>, policy: Policy, options: ApprovalGatesOptions): Promise<void> {
  const now = options.now ?? new Date();
  const targets = models.filter((m) => {
    const manifest = manifests.get(m.manifest);
    return manifest !== undefined && m.verdict !== 'error' && promotesModel(m) && stageNeedsApprovals(policy.stages[manifest.stage]);
  });
  if (targets.length === 0) return;

  let events: Map<string, RegistryEvent[]> | undefined;
  let eventsProblem: string | undefined;
  if (targets.some((m) => policy.stages[manifests.get(m.manifest)!.stage].soak !== undefined)) {
    try {
      events = registryEvents(await (await openGitHistory(options.root)).tagRecords(), { only: new Set(targets.map((m) => m.name)) });
    } catch (error) {
      eventsProblem = `cannot read the registry tags (${error instanceof Error ? error.message : String(error)})`;
    }
  }

  let reviews: Review[] | undefined;
  let reviewsProblem: string | undefined;
  if (options.source) {
    try {
      reviews = await options.source.reviews();
    } catch (error) {
      reviewsProblem = `cannot read the reviews of pull request #${options.source.pullRequest.number} with this token (${error instanceof Error ? error.message : String(error)}); the workflow needs permissions: pull-requests: read`;
    }
  }

  for (const model of targets) {
    const manifest = manifests.get(model.manifest)!;
    const stage = manifest.stage;
    const rules = policy.stages[stage];
    let approvals: Parameters<typeof approvalsGate>[0]['approvals'];
    if (rules.approvals.count === 0) approvals = { notRequired: `stage ${stage} needs no approvals` };
    else if (!options.source) approvals = { notHere: NO_PULL_REQUEST };
    else if (!reviews) {
      approvals = { name: 'approvals', verdict: 'warn', message: reviewsProblem! };
      model.findings.push({ severity: 'warning', category: 'policy', code: 'approvals-unverified', message: reviewsProblem!, file: model.manifest });
    } else {
      const approving = [...new Set(reviews.filter((r) => r.state.toUpperCase() === 'APPROVED').map((r) => r.author))];
      const teams = new Map<string, TeamMembers>();
      if (approving.length > 0) for (const team of approverTeams(rules)) teams.set(team.text, await options.source.teamMembers(team.org, team.slug, approving));
      const check = approvalsCheck({ rules: rules.approvals, reviews, ...(options.source.pullRequest.author ? { author: options.source.pullRequest.author } : {}), teams });
      approvals = check;
      if (check.unverified.length > 0) {
        const unreadable = [...teams.entries()].filter(([, t]) => !t.readable).map(([k]) => k);
        model.findings.push({
          severity: 'warning',
          category: 'policy',
          code: 'approvals-unverified',
          message: `${CANNOT_VERIFY_TEAMS}: membership of ${unreadable.join(', ')} is unknown, so the approvals of ${check.unverified.map((l) => `@${l}`).join(', ')} are not counted for ${stage}`,
          file: model.manifest,
          hint: "pass a token that can read the organisation's teams as github-token (a GitHub App token with members: read, or a token with read:org)",
        });
      }
    }
    const soak =
      rules.soak !== undefined
        ? soakCheck({
            soak: rules.soak,
            target: stage,
            version: manifest.metadata.version,
            previous: previousStages(policy, stage, model.change?.base?.stage),
            events: events ? (events.get(model.name) ?? []) : undefined,
            ...(eventsProblem ? { eventsProblem } : {}),
            now,
          })
        : undefined;
    model.gates.push(approvalsGate({ target: stage, rules, approvals, ...(soak ? { soak } : {}) }));
    model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
  }
}
