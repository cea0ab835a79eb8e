// `drift` as the scheduled Action runs it: after the drift report, per production model one issue
// (found again by its hidden marker, updated, reopened, never duplicated; closed with a comment when the
// model recovers) and, when the manifest asks, a retraining dispatch (workflow_dispatch or
// repository_dispatch) with the model's name and version. A dispatch is recorded as a comment on the
// model's issue, and not repeated within min_interval of the last one, so a model that stays drifted
// is not retrained on every scheduled run while its retrained version waits for review.
import { createHash } from 'node:crypto';
import { durationMs } from '../core/manifest/manifest.js';
import { stableReport } from '../core/report/render/identity.js';
import { driftIssue } from '../core/drift/render.js';
import { withFindings } from '../core/report/findings.js';
import type { Finding, ModelResult, Report } from '../core/report/model.js';
import type { GitHubClient, GitHubLog, Issue, RepoRef } from '../io/github/client.js';
import { GitHubApiError, permissionAdvice } from '../io/github/errors.js';
import { IssueTracker } from '../io/github/tracking-issue.js';
import type { Sleep } from '../io/sleep.js';

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
  /** The retries' waits (default the real wait; tests pass one that returns at once). */
  sleep?: Sleep;
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
  const tracker = new IssueTracker(github, repository, options.sleep ? { sleep: options.sleep } : {});

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
        // Compared on its stable content: the date of the check and the model's age do not rewrite it.
        const identity = `<!-- modelops:identity sha256=${createHash('sha256').update(driftIssue(stableReport(report), model.name).body).digest('hex')} -->`;
        const outcome = await tracker.open({ marker: issue.marker, title: issue.title, body: `${issue.body}${identity}\n`, identity });
        issueNumber = outcome.issue?.number;
        if (issueNumber !== undefined) issues[model.name] = issueNumber;
        log.info(`${model.name} ${monitoring.drifted ? 'drifted' : 'is stale'}: issue #${issueNumber} ${outcome.action}.`);
      }
      if (issue.dispatch) {
        if (issueNumber === undefined) {
          // The record is what keeps the next run from sending it again: no issue, no dispatch.
          findings.push({
            severity: 'warning',
            category: 'policy',
            code: 'retraining-not-recorded',
            message: `${model.name} needs retraining, but it is not dispatched: modelops records every dispatch on the model's drift issue before sending it, so it is never sent twice, and monitoring.alerting.issue is off`,
            file: model.manifest,
            hint: 'set monitoring.alerting.issue: true',
          });
        } else {
          const sent = await recordedDispatch(github, repository, tracker, issueNumber, model, options, now, findings, log);
          if (sent) dispatched.push(sent);
        }
      } else if (monitoring.retraining.trigger !== 'none') log.info(`${model.name}: retraining not dispatched (${model.monitoring!.retraining.reason}).`);
    } catch (error) {
      const denied = error instanceof GitHubApiError && error.denied;
      log.warning(`Could not write the drift issue of ${model.name} (${reason(error)}).${denied ? ` ${permissionAdvice(error as GitHubApiError, 'issues: write')}` : ''}`);
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

/** Where the dispatch goes, as the record says it. */
const targetText = (d: RetrainingDispatch): string => (d.trigger === 'workflow_dispatch' ? `workflow \`${d.target}\` on \`${d.ref}\`` : `repository_dispatch \`${d.target}\``);

/**
 * Records the dispatch on the model's issue, then sends it, then says on that record how it went. The
 * record comes first: a run that dies, or a dispatch answered 5xx or not at all (GitHub may have
 * started the workflow anyway), leaves it in place, and the next run counts it as sent (min_interval).
 * Only a dispatch GitHub refused outright (4xx: nothing happened) is marked not sent, so the next run
 * tries again.
 */
async function recordedDispatch(
  github: GitHubClient,
  repository: RepoRef,
  tracker: IssueTracker,
  issue: number,
  model: ModelResult,
  options: GitHubDriftOptions,
  now: Date,
  findings: Finding[],
  log: Pick<GitHubLog, 'info' | 'warning'>,
): Promise<RetrainingDispatch | undefined> {
  const monitoring = model.monitoring!;
  const planned = plannedDispatch(model, options.defaultRef);
  if (planned instanceof Error) {
    findings.push({ severity: 'error', category: 'policy', code: 'retraining-dispatch-failed', message: `${model.name} needs retraining, but ${planned.message}`, file: model.manifest, hint: 'check monitoring.retraining.trigger' });
    return undefined;
  }
  const marker = dispatchRecordMarker(model.name).replace(' -->', ` at=${now.toISOString()} -->`);
  const run = options.runUrl ? ` ([workflow run](${options.runUrl}))` : '';
  const what = `${targetText(planned)} with model \`${model.name}\`, version \`${model.version ?? ''}\`${run}`;
  const again = `Not dispatched again before ${monitoring.staleness.minInterval ?? 'the next run'}${monitoring.staleness.minInterval ? ' (min_interval) unless a new version is promoted' : ''}.`;
  const record = await tracker.comment(issue, `${marker}\nRetraining being dispatched: ${what}. If this line stays, the run stopped before GitHub answered; it counts as sent. ${again}\n`);
  try {
    await sendDispatch(github, repository, model, planned, issue);
    await github.updateIssueComment(repository, record.id, `${marker}\nRetraining dispatched: ${what}. ${again}\n`);
    log.info(`${model.name}: retraining dispatched (${planned.trigger === 'workflow_dispatch' ? `workflow ${planned.target} on ${planned.ref}` : `repository_dispatch ${planned.target}`}).`);
    return planned;
  } catch (error) {
    const ambiguous = error instanceof GitHubApiError ? error.ambiguous : false;
    const permission = planned.trigger === 'workflow_dispatch' ? 'actions: write' : 'contents: write';
    if (ambiguous) {
      // GitHub may have started it: the record stays, so the next run does not send a second one.
      await github.updateIssueComment(repository, record.id, `${marker}\nRetraining dispatch possibly sent: ${what}; GitHub answered ${reason(error)}, so it may have started. Counted as sent: check the workflow's runs. ${again}\n`);
      findings.push({
        severity: 'warning',
        category: 'policy',
        code: 'retraining-dispatch-uncertain',
        message: `${model.name}: the ${planned.trigger} may have been sent (${reason(error)}); it is recorded on #${issue} and not sent again before min_interval`,
        file: model.manifest,
        hint: `check the runs of ${planned.target}; to dispatch again now, delete the record comment on #${issue}`,
      });
      return undefined;
    }
    await github.updateIssueComment(repository, record.id, `${dispatchNotSentMarker(model.name, now)}\nRetraining not dispatched: ${what}; GitHub refused it (${reason(error)}). The next run tries again.\n`);
    const denied = error instanceof GitHubApiError && error.denied;
    findings.push({
      severity: 'error',
      category: 'policy',
      code: 'retraining-dispatch-failed',
      message: `${model.name} needs retraining, but the ${planned.trigger} could not be sent: ${reason(error)}`,
      file: model.manifest,
      hint: denied && error instanceof GitHubApiError ? permissionAdvice(error, permission) : 'check monitoring.retraining.trigger',
    });
    return undefined;
  }
}

/** The marker of an attempt GitHub refused: not counted as a dispatch. */
const dispatchNotSentMarker = (model: string, at: Date): string => `<!-- modelops:retraining-not-dispatched:${model} at=${at.toISOString()} -->`;

function plannedDispatch(model: ModelResult, defaultRef: string | undefined): RetrainingDispatch | Error {
  const retraining = model.monitoring!.retraining;
  const version = model.version ?? '';
  if (retraining.trigger === 'workflow_dispatch') {
    const ref = retraining.ref ?? defaultRef;
    if (!retraining.workflow || !ref) return new Error(`monitoring.retraining.trigger needs ${!retraining.workflow ? 'a workflow' : 'a ref (no default branch is known)'}`);
    return { model: model.name, version, trigger: 'workflow_dispatch', target: retraining.workflow, ref };
  }
  if (retraining.trigger === 'repository_dispatch') {
    if (!retraining.eventType) return new Error('monitoring.retraining.trigger needs an event_type');
    return { model: model.name, version, trigger: 'repository_dispatch', target: retraining.eventType };
  }
  return new Error(`monitoring.retraining.trigger ${retraining.trigger} cannot be dispatched`);
}

async function sendDispatch(github: GitHubClient, repository: RepoRef, model: ModelResult, planned: RetrainingDispatch, issue: number): Promise<void> {
  const version = model.version ?? '';
  if (planned.trigger === 'workflow_dispatch') return github.dispatchWorkflow(repository, planned.target, planned.ref!, { model: model.name, version });
  const monitoring = model.monitoring!;
  return github.dispatchRepositoryEvent(repository, planned.target, { model: model.name, version, drifted: monitoring.drifted, stale: monitoring.stale, reason: monitoring.retraining.reason, issue });
}
