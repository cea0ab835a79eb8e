// The pull request report comment: one per workflow and job (and comment-key), within GitHub's size
// limit, never fatal: a token that may not comment (a fork's pull request) leaves the job summary.
import * as core from '@actions/core';
import { COMMENT_LIMIT, fitMarkdown } from '../src/core/render/fit.js';
import type { Report } from '../src/core/report.js';
import { GitHubApiError, type GitHubClient } from '../src/io/github.js';
import { upsertStickyComment, type CommentMode, type StickyOutcome } from '../src/io/sticky-comment.js';
import { TOOL_VERSION } from '../src/version.js';
import type { EventContext } from './context.js';

/** The hidden marker: the workflow, the job and an optional key, encoded so no value can end the HTML comment. */
export function commentMarker(event: EventContext, key: string): string {
  const attr = (name: string, value: string) => ` ${name}="${encodeURIComponent(value)}"`;
  return `<!-- modelops:report${attr('workflow', event.workflow)}${attr('job', event.job)}${key ? attr('key', key) : ''} -->`;
}

export function commentBody(report: Report, event: EventContext, key: string, reportDir: string): { body: string; summarised: boolean } {
  const run = event.runUrl ? `[workflow run](${event.runUrl})` : 'workflow run';
  const commit = event.pullRequest?.headSha ? ` · commit ${event.pullRequest.headSha.slice(0, 7)}` : '';
  const fitted = fitMarkdown(report, {
    limit: COMMENT_LIMIT,
    header: commentMarker(event, key),
    footer: `<sub>modelops ${TOOL_VERSION} · ${run}${commit} · full report: the job summary, and \`${reportDir}/report.json\`</sub>`,
    fullReportAt: `the job summary of the ${run} and in \`${reportDir}/report.json\` (upload \`${reportDir}\` with actions/upload-artifact to keep it)`,
  });
  return { body: fitted.markdown, summarised: fitted.summarised };
}

export async function postReportComment(
  client: GitHubClient,
  report: Report,
  event: EventContext,
  options: { mode: CommentMode; key: string; reportDir: string },
): Promise<StickyOutcome | undefined> {
  const pr = event.pullRequest;
  if (options.mode === 'off' || !pr || !event.repository) return undefined;
  const { body, summarised } = commentBody(report, event, options.key, options.reportDir);
  if (summarised) core.info(`The report is longer than a pull request comment allows; the comment summarises it and points to the job summary.`);
  try {
    const outcome = await upsertStickyComment(client, { repo: event.repository, issue: pr.number, marker: commentMarker(event, options.key) }, body, options.mode);
    core.info(`Pull request #${pr.number}: report comment ${outcome.action}${outcome.comment?.url ? ` (${outcome.comment.url})` : ''}.`);
    return outcome;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof GitHubApiError && error.denied) {
      core.warning(
        `Could not write the report comment on pull request #${pr.number} (${reason}). ` +
          (pr.fromFork ? 'Pull requests from forks get a read-only token. ' : 'Give the job `permissions: pull-requests: write`. ') +
          'The report is in the job summary.',
      );
    } else {
      core.warning(`Could not write the report comment on pull request #${pr.number} (${reason}); the report is in the job summary.`);
    }
    return undefined;
  }
}
