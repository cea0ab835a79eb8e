// The run's verdict as a check run on the commit (Checks API): a stable name branch protection can
// require, concluded on every run — also when no model changed and when the step fails — with the
// report and the annotations on the manifest lines. Never fatal: a token without checks: write
// leaves the job's own status and a warning.
import * as core from '@actions/core';
import { summaryText } from '../src/core/report/render/common.js';
import { fitMarkdown } from '../src/core/report/render/fit.js';
import type { Report } from '../src/core/report/model.js';
import { EXTERNAL_ID_PREFIX, upsertCheckRun, type CheckRunOutcome } from '../src/io/github/check-run.js';
import { GitHubApiError, permissionAdvice, type CheckAnnotation, type CheckConclusion, type GitHubClient } from '../src/io/github/client.js';
import type { Annotation } from './annotations.js';
import type { EventContext } from './context.js';

/** GitHub's limit on a check run's output.summary, in characters (room is kept for the "no model changed" line). */
const CHECK_SUMMARY_LIMIT = 65_535;

/** Events whose commit a required check is asked about. */
export const CHECKED_EVENTS = new Set(['pull_request', 'pull_request_review', 'merge_group']);

/** What the check run says: its conclusion follows whether the step fails, so the two never disagree. */
export interface CheckVerdict {
  conclusion: CheckConclusion;
  title: string;
  summary: string;
}

/** The check run of a report: failure when the step fails, success on a pass, neutral otherwise (warn, skipped, no model changed). */
export function checkVerdict(report: Report, options: { stepFails: boolean; noModelChanged: boolean; runUrl?: string; reportDir: string }): CheckVerdict {
  const conclusion: CheckConclusion = options.stepFails ? 'failure' : options.noModelChanged ? 'neutral' : report.verdict === 'pass' ? 'success' : 'neutral';
  const title = options.noModelChanged ? `no model changed (${summaryText(report)})` : `${report.verdict}: ${summaryText(report)}`;
  const run = options.runUrl ? `[workflow run](${options.runUrl})` : 'workflow run';
  const summary = fitMarkdown(report, { limit: CHECK_SUMMARY_LIMIT - 100, fullReportAt: `the job summary of the ${run} and in \`${options.reportDir}/report.json\`` }).markdown;
  return { conclusion, title: `modelops ${report.command}: ${title}`, summary: options.noModelChanged ? `No model changed against the base: nothing to gate.\n\n${summary}` : summary };
}

/** Check-run annotations from the report's annotations (GitHub takes 50 per request; findings without a line go on line 1). */
export function checkAnnotations(annotations: readonly Annotation[]): CheckAnnotation[] {
  return annotations
    .filter((a) => a.properties.file !== undefined)
    .slice(0, 50)
    .map((a) => ({
      path: a.properties.file!,
      startLine: a.startLine ?? 1,
      endLine: a.startLine ?? 1,
      ...(a.startColumn ? { startColumn: a.startColumn } : {}),
      level: a.level === 'error' ? 'failure' : a.level,
      title: a.title,
      message: a.message,
    }));
}

export async function postCheckRun(
  client: GitHubClient,
  event: EventContext,
  options: { name: string; identity: string; verdict: CheckVerdict; annotations: CheckAnnotation[] },
): Promise<CheckRunOutcome | undefined> {
  if (!event.repository || !event.headSha) return undefined;
  try {
    const outcome = await upsertCheckRun(client, event.repository, {
      name: options.name,
      headSha: event.headSha,
      // The conclusion is part of the id: a re-run that changes only the outcome (fail-on) still writes.
      externalId: `${EXTERNAL_ID_PREFIX}${options.verdict.conclusion}:${options.identity}`,
      conclusion: options.verdict.conclusion,
      ...(event.runUrl ? { detailsUrl: event.runUrl } : {}),
      title: options.verdict.title,
      summary: options.verdict.summary,
      annotations: options.annotations,
    });
    core.info(`Check run '${options.name}' on ${event.headSha.slice(0, 7)}: ${outcome.action} (${options.verdict.conclusion}).`);
    return outcome;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const advice = error instanceof GitHubApiError && error.denied ? ` ${event.pullRequest?.fromFork && error.status === 403 ? "A fork's pull request gets a read-only token." : permissionAdvice(error, 'checks: write')}` : '';
    core.warning(`Could not write the check run '${options.name}' (${reason}).${advice} The job's own status still reports the verdict.`);
    return undefined;
  }
}
