// `drift` as the scheduled Action runs it: after the drift report, per production model one issue
// (found again by its hidden marker, updated, reopened, never duplicated; closed with a comment when the
// model recovers) and, when the manifest asks, a retraining dispatch (workflow_dispatch or
// repository_dispatch) with the model's name and version. A dispatch is recorded as a comment on the
// model's issue, and not repeated within min_interval of the last one, so a model that stays drifted
// is not retrained on every scheduled run while its retrained version waits for review.
import { durationMs } from '../core/manifest.js';
import { driftIssue } from '../core/render/drift.js';
import { withFindings } from '../core/report-findings.js';
import type { Finding, ModelResult, Report } from '../core/report.js';
import { GitHubApiError, type GitHubClient, type GitHubLog, type Issue, type RepoRef } from '../io/github.js';
import { IssueTracker } from '../io/tracking-issue.js';

export interface GitHubDriftOptions {
  /** The report of `drift`. */
  report: Report;
  repository?: RepoRef;
  github?: GitHubClient;
  /** Branch a workflow_dispatch runs on when the trigger names no `ref` (the default branch). */
  defaultRef?: string;
  runUrl?: string;
  now?: Date;
  log: Pick<GitHubLog, 'info' | 'warning'>;
  backoffMs?: number;
}

export interface RetrainingDispatch {
  model: string;
  version?: string;
  trigger: 'workflow_dispatch' | 'repository_dispatch';
  /** The workflow file or event type. */
  target: string;
  ref?: string;
}

export interface GitHubDriftOutcome {
  report: Report;
  /** Retraining dispatched by this run. */
  dispatched: RetrainingDispatch[];
  /** Issue number per model whose issue this run opened, updated or closed. */
  issues: Record<string, number>;
}

/** The hidden line of a comment that records a retraining dispatch. */
export const dispatchRecordMarker = (model: string): string => `<!-- modelops:retraining-dispatched:${model} -->`;
const DISPATCHED_AT = /<!-- modelops:retraining-dispatched:(\S+) at=(\S+) -->/;

/** When retraining was last dispatched for the model, from its issue's comments. */
export function lastDispatch(comments: readonly { body: string; author: string }[], model: string, me: string): Date | undefined {
  let last: Date | undefined;
  for (const c of comments) {
    if (c.author !== me) continue;
    const match = DISPATCHED_AT.exec(c.body);
    if (!match || match[1] !== model) continue;
    const at = new Date(match[2]!);
    if (!Number.isNaN(at.getTime()) && (!last || at > last)) last = at;
  }
  return last;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function driftOnGitHub(options: GitHubDriftOptions): Promise<GitHubDriftOutcome> {
  const { report, github, repository, log } = options;
  const now = options.now ?? new Date();
  const findings: Finding[] = [];
  const dispatched: RetrainingDispatch[] = [];
  const issues: Record<string, number> = {};
  const watched = report.models.filter((m) => m.monitoring !== undefined);
  if (!github || !repository) {
    if (watched.some((m) => m.monitoring!.drifted || m.monitoring!.stale)) log.warning('No github-token (or repository): no drift issue is opened and no retraining is dispatched.');
    return { report, dispatched, issues };
  }
  const tracker = new IssueTracker(github, repository, options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {});

  for (const model of watched) {
    const monitoring = model.monitoring!;
    const problem = monitoring.drifted || monitoring.stale;
    // A model whose data could not be read is neither drifted nor recovered: leave its issue alone.
    if (!problem && (model.verdict === 'error' || model.findings.some((f) => f.severity === 'error'))) {
      log.warning(`${model.name}: the drift check could not run (${model.findings.find((f) => f.severity === 'error')?.message ?? model.verdict}); its issue is left as it is.`);
      continue;
    }
    try {
      if (!problem) {
        const outcome = await tracker.close(driftIssue(report, model).marker, driftIssue(report, model).body);
        if (outcome.action === 'closed') {
          issues[model.name] = outcome.issue!.number;
          log.info(`${model.name} recovered: issue #${outcome.issue!.number} closed.`);
        }
        continue;
      }
      const existing: Issue | undefined = (await tracker.find(driftIssue(report, model).marker))[0];
      if (monitoring.retraining.dispatch) await holdBackRepeatedDispatch(model, existing, tracker, github, now);
      const issue = driftIssue(report, model);
      let issueNumber: number | undefined = existing?.number;
      if (monitoring.alerting.issue) {
        const outcome = await tracker.open({ marker: issue.marker, title: issue.title, body: issue.body });
        issueNumber = outcome.issue?.number;
        if (issueNumber !== undefined) issues[model.name] = issueNumber;
        log.info(`${model.name} ${monitoring.drifted ? 'drifted' : 'is stale'}: issue #${issueNumber} ${outcome.action}.`);
      }
      if (issue.dispatch) {
        const sent = await dispatchRetraining(github, repository, model, options.defaultRef, issueNumber, findings, log);
        if (sent) {
          dispatched.push(sent);
          if (issueNumber !== undefined) {
            await tracker.comment(
              issueNumber,
              `${dispatchRecordMarker(model.name).replace(' -->', ` at=${now.toISOString()} -->`)}\nRetraining dispatched: ${sent.trigger === 'workflow_dispatch' ? `workflow \`${sent.target}\` on \`${sent.ref}\`` : `repository_dispatch \`${sent.target}\``} with model \`${model.name}\`, version \`${model.version ?? ''}\`${options.runUrl ? ` ([workflow run](${options.runUrl}))` : ''}. Not dispatched again before ${monitoring.staleness.minInterval ?? 'the next run'}${monitoring.staleness.minInterval ? ' (min_interval) unless a new version is promoted' : ''}.\n`,
            );
          }
        }
      } else if (monitoring.retraining.trigger !== 'none') log.info(`${model.name}: retraining not dispatched (${model.monitoring!.retraining.reason}).`);
    } catch (error) {
      const denied = error instanceof GitHubApiError && error.denied;
      log.warning(`Could not write the drift issue of ${model.name} (${reason(error)}).${denied ? ' Give the job permissions: issues: write.' : ''}`);
      findings.push({
        severity: 'warning',
        category: 'policy',
        code: 'issue-not-written',
        message: `the drift issue of ${model.name} could not be written: ${reason(error)}`,
        file: model.manifest,
        hint: denied ? 'give the job permissions: issues: write' : 're-run the job',
      });
    }
  }
  return { report: withFindings(report, findings), dispatched, issues };
}

/**
 * A dispatch recorded on the model's issue less than min_interval ago: do not dispatch again (the
 * report's retraining decision says so, and so does the issue body rendered from it).
 */
async function holdBackRepeatedDispatch(model: ModelResult, existing: Issue | undefined, tracker: IssueTracker, github: GitHubClient, now: Date): Promise<void> {
  const retraining = model.monitoring!.retraining;
  const minInterval = model.monitoring!.staleness.minInterval;
  const minMs = minInterval ? durationMs(minInterval) : undefined;
  if (!existing || minMs === undefined) return;
  const last = lastDispatch(await tracker.comments(existing.number), model.name, await github.identity());
  if (!last || now.getTime() - last.getTime() >= minMs) return;
  retraining.dispatch = false;
  retraining.reason = `already dispatched on ${last.toISOString().slice(0, 10)}, less than min_interval ${minInterval} ago (see #${existing.number}): not dispatched again`;
}

async function dispatchRetraining(
  github: GitHubClient,
  repository: RepoRef,
  model: ModelResult,
  defaultRef: string | undefined,
  issue: number | undefined,
  findings: Finding[],
  log: Pick<GitHubLog, 'info' | 'warning'>,
): Promise<RetrainingDispatch | undefined> {
  const retraining = model.monitoring!.retraining;
  const version = model.version ?? '';
  try {
    if (retraining.trigger === 'workflow_dispatch') {
      const ref = retraining.ref ?? defaultRef;
      if (!retraining.workflow || !ref) throw new Error(`monitoring.retraining.trigger needs ${!retraining.workflow ? 'a workflow' : 'a ref (no default branch is known)'}`);
      await github.dispatchWorkflow(repository, retraining.workflow, ref, { model: model.name, version });
      log.info(`${model.name}: retraining dispatched (workflow ${retraining.workflow} on ${ref}).`);
      return { model: model.name, version, trigger: 'workflow_dispatch', target: retraining.workflow, ref };
    }
    if (retraining.trigger === 'repository_dispatch') {
      if (!retraining.eventType) throw new Error('monitoring.retraining.trigger needs an event_type');
      await github.dispatchRepositoryEvent(repository, retraining.eventType, {
        model: model.name,
        version,
        drifted: model.monitoring!.drifted,
        stale: model.monitoring!.stale,
        reason: retraining.reason,
        ...(issue !== undefined ? { issue } : {}),
      });
      log.info(`${model.name}: retraining dispatched (repository_dispatch ${retraining.eventType}).`);
      return { model: model.name, version, trigger: 'repository_dispatch', target: retraining.eventType };
    }
    return undefined;
  } catch (error) {
    const denied = error instanceof GitHubApiError && error.denied;
    const permission = retraining.trigger === 'workflow_dispatch' ? 'actions: write' : 'contents: write';
    findings.push({
      severity: 'error',
      category: 'policy',
      code: 'retraining-dispatch-failed',
      message: `${model.name} needs retraining, but the ${retraining.trigger} could not be sent: ${reason(error)}`,
      file: model.manifest,
      hint: denied ? `give the job permissions: ${permission}` : error instanceof GitHubApiError && error.ambiguous ? 'GitHub may have received it: check the retraining workflow before re-running' : 'check monitoring.retraining.trigger',
    });
    return undefined;
  }
}
