// `promote` as the Action runs it on a push to the default branch: the pull request of the merge
// commit (author, approvers) for the evidence, the tags pushed to origin, a GitHub deployment per
// promoted model (environment = stage, ref = stage tag) and an issue for each model whose promotion
// was blocked (closed again once it is promoted). Every GitHub step is idempotent, so re-running the
// workflow completes a promotion and creates nothing twice.
import { approvingReviewers, reviewsAtMerge } from '../core/approvals/gate.js';
import { withFindings } from '../core/report/findings.js';
import type { Finding, PullRequestInfo, Report } from '../core/report/model.js';
import { ensureDeployment, type DeploymentOutcome } from '../io/github/deployments.js';
import type { GitHubClient, GitHubLog, RepoRef } from '../io/github/client.js';
import { ACTIONS_BOT, GitHubApiError } from '../io/github/errors.js';
import { IssueTracker } from '../io/github/tracking-issue.js';
import type { Sleep } from '../io/sleep.js';
import { githubApprovalSource, type ApprovalSource } from './approvals.js';
import { plannedDeployment, plannedIssues, type PromotedModel } from '../core/promotion/plan.js';
import { promote } from './promote.js';

/** The workflow token's identity, as tagger of the promotion tags. */
export const ACTIONS_BOT_TAGGER = { name: ACTIONS_BOT, email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface GitHubPromoteOptions {
  /** Repository root (the checkout). */
  repo: string;
  /** owner/name on GitHub. */
  repository?: RepoRef;
  /** The client for the token; absent: no pull request lookup, deployments or issues (a warning says so). */
  github?: GitHubClient;
  /** `before` of the push: the commit the range starts after. */
  since?: string;
  /** `after` of the push: the commit that must be checked out. */
  head?: string;
  runUrl?: string;
  /** Remote to push the tags to (default origin: actions/checkout leaves its token configured there). */
  push?: string;
  tagger?: { name: string; email: string };
  log: Pick<GitHubLog, 'info' | 'warning'>;
  /** Seed and clock, for tests. */
  seed?: number;
  now?: Date;
  /** The retries' waits and the wait for the next second before tagging (default the real wait; tests pass one that returns at once). */
  sleep?: Sleep;
}

export interface GitHubPromoteOutcome {
  report: Report;
  /** Models promoted by this run or already by an earlier run of the same push (their tags exist). */
  promoted: string[];
  deployments: DeploymentOutcome[];
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The pull request merged as `sha`, with its author and approvers as its reviews stood at the merge; undefined for a direct push. */
export async function pullRequestOfCommit(client: GitHubClient, repo: RepoRef, sha: string): Promise<{ pullRequest: PullRequestInfo; mergedAt?: string; headSha?: string; onOlderCommits: string[] } | undefined> {
  const pulls = await client.listPullRequestsOfCommit(repo, sha);
  const pr = pulls.find((p) => p.mergeCommitSha === sha && p.mergedAt) ?? pulls.find((p) => p.mergedAt) ?? pulls[0];
  if (!pr) return undefined;
  const reviews = reviewsAtMerge(await client.listPullRequestReviews(repo, pr.number), pr.mergedAt);
  const approving = approvingReviewers(reviews, pr.author);
  return {
    pullRequest: {
      number: pr.number,
      ...(pr.author ? { author: pr.author } : {}),
      approvers: approving.map((r) => r.author),
      ...(pr.url ? { url: pr.url } : {}),
    },
    ...(pr.mergedAt ? { mergedAt: pr.mergedAt } : {}),
    // The head when merged: approvals given on an earlier commit are on an older one (approvals.older_commits).
    ...(pr.headSha ? { headSha: pr.headSha } : {}),
    // Whose approval is not on that head, for the log (the policy decides whether it counts).
    onOlderCommits: approving.filter((r) => r.commitId === undefined || r.commitId !== pr.headSha).map((r) => r.author),
  };
}

export async function promoteOnGitHub(options: GitHubPromoteOptions): Promise<GitHubPromoteOutcome> {
  const { github, repository, log } = options;
  const client = github && repository ? github : undefined;
  const findings: Finding[] = [];

  if (!client) log.warning('No github-token (or repository): the promotion can read no pull request, so a stage that needs approvals is not promoted; no deployments or issues are created.');
  // The pull request that changed each model (the push's merge, or an earlier one for a model a cancelled run left behind), read once per commit.
  const lookups = new Map<string, Promise<{ pullRequest: PullRequestInfo; approvals: ApprovalSource } | { none: string }>>();
  const pullRequestOf = (commit: string) => {
    let found = lookups.get(commit);
    if (!found) {
      found = (async () => {
        if (!client) return { none: 'no github-token: the pull request and its reviews cannot be read' };
        try {
          const merged = await pullRequestOfCommit(client, repository!, commit);
          if (!merged) {
            log.info(`No pull request was merged as ${commit.slice(0, 12)}: a direct push.`);
            return { none: `no pull request was merged as ${commit.slice(0, 12)} (a direct push): nobody approved it` };
          }
          const { pullRequest } = merged;
          const older = new Set(merged.onOlderCommits);
          const approvers = pullRequest.approvers.map((a) => `@${a}${older.has(a) ? ' (not on the merged head)' : ''}`).join(', ');
          log.info(`Pull request #${pullRequest.number} by @${pullRequest.author ?? '?'}, approved by ${approvers || 'nobody'} (reviews as they stood at the merge).`);
          return { pullRequest, approvals: githubApprovalSource(client, repository!, { number: pullRequest.number, ...(pullRequest.author ? { author: pullRequest.author } : {}), ...(merged.headSha ? { headSha: merged.headSha } : {}) }, merged.mergedAt) };
        } catch (error) {
          log.warning(`Cannot read the pull request of ${commit.slice(0, 12)} (${reason(error)}). Give the job permissions: pull-requests: read.`);
          return { none: `the pull request of ${commit.slice(0, 12)} cannot be read (${reason(error)}); the job needs permissions: pull-requests: read` };
        }
      })();
      lookups.set(commit, found);
    }
    return found;
  };
  let pullRequest: PullRequestInfo | undefined;
  if (options.head) {
    const found = await pullRequestOf(options.head);
    if ('pullRequest' in found) pullRequest = found.pullRequest;
  }

  const deployments: DeploymentOutcome[] = [];
  const hooked: PromotedModel[] = [];
  const promoted = async (model: PromotedModel): Promise<void> => {
    hooked.push(model);
    if (!client) return;
    try {
      const outcome = await ensureDeployment(client, repository!, plannedDeployment(model, options.runUrl), options.sleep ? { sleep: options.sleep } : {});
      deployments.push(outcome);
      log.info(`Deployment of ${model.stageTag} to environment ${model.stage}: ${outcome.action} (id ${outcome.deployment.id})${outcome.deactivated.length > 0 ? `; ${outcome.deactivated.length} earlier deployment(s) of ${model.name} marked inactive` : ''}.`);
    } catch (error) {
      const denied = error instanceof GitHubApiError && error.denied;
      findings.push({
        severity: 'error',
        category: 'policy',
        code: 'deployment-failed',
        message: `${model.name} ${model.version} is tagged (${model.stageTag}), but its GitHub deployment to ${model.stage} could not be recorded: ${reason(error)}`,
        tag: model.stageTag,
        hint: denied ? 'give the job permissions: deployments: write, then re-run it: the tags exist, only the deployment is created' : 're-run the job: the tags exist, only the deployment is created',
      });
    }
  };

  const report = await promote({
    repo: options.repo,
    ...(options.since !== undefined ? { since: options.since } : {}),
    ...(options.head !== undefined ? { head: options.head } : {}),
    pullRequestOf,
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
    push: options.push ?? 'origin',
    tagger: options.tagger ?? ACTIONS_BOT_TAGGER,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    hooks: { promoted },
    progress: log.info,
  });

  // One issue per blocked model; closed when the model is promoted.
  const context = { ...(pullRequest ? { pullRequest } : {}), ...(options.runUrl ? { runUrl: options.runUrl } : {}) };
  const issues = plannedIssues(report.models, context);
  if (client && (issues.open.length > 0 || issues.close.length > 0)) {
    const tracker = new IssueTracker(client, repository!, options.sleep ? { sleep: options.sleep } : {});
    try {
      for (const issue of issues.open) {
        const outcome = await tracker.open(issue);
        log.info(`Issue #${outcome.issue?.number} (${issue.model} not promoted): ${outcome.action}.`);
      }
      for (const { model, marker, comment } of issues.close) {
        const outcome = await tracker.close(marker, comment);
        if (outcome.action === 'closed') log.info(`Issue #${outcome.issue?.number} (${model} not promoted): closed, ${model} is promoted.`);
      }
    } catch (error) {
      const denied = error instanceof GitHubApiError && error.denied;
      log.warning(`Could not write the blocked-promotion issue (${reason(error)}).${denied ? ' Give the job permissions: issues: write.' : ''}`);
      findings.push({
        severity: 'warning',
        category: 'policy',
        code: 'issue-not-written',
        message: `the issue for ${issues.open.map((i) => i.model).join(', ') || 'the promoted models'} could not be written: ${reason(error)}`,
        hint: denied ? 'give the job permissions: issues: write' : 're-run the job',
      });
    }
  }

  return { report: withFindings(report, findings), promoted: hooked.map((m) => m.name), deployments };
}
