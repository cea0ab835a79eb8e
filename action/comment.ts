// The pull request report comment: one per workflow and job (and comment-key), within GitHub's size
// limit, never fatal: a token that may not comment (a fork's pull request) leaves the job summary.
// It is rewritten only when the report's identity changes (decisions and stable values: see
// src/core/report/render/identity.ts): a re-run with the same content writes nothing, in every mode.
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { COMMENT_LIMIT, fitMarkdown } from '../src/core/report/render/fit.js';
import { identityText } from '../src/core/report/render/identity.js';
import type { Report } from '../src/core/report/model.js';
import { GitHubApiError, permissionAdvice, type GitHubClient } from '../src/io/github/client.js';
import { upsertStickyComment, type CommentMode, type StickyOutcome } from '../src/io/github/sticky-comment.js';
import { TOOL_VERSION } from '../src/version.js';
import type { EventContext } from './context.js';

/** The hidden marker: the workflow, the job and an optional key, encoded so no value can end the HTML comment. */
export function commentMarker(event: EventContext, key: string): string {
  const attr = (name: string, value: string) => ` ${name}="${encodeURIComponent(value)}"`;
  return `<!-- modelops:report${attr('workflow', event.workflow)}${attr('job', event.job)}${key ? attr('key', key) : ''} -->`;
}

/** sha256 of the report's stable rendering (and the tool version, whose rendering may differ). */
export function reportIdentity(report: Report): string {
  return createHash('sha256').update(identityText(report, `modelops ${TOOL_VERSION}`)).digest('hex');
}

/** The hidden line that carries the identity in a comment or check run. */
export const identityLine = (identity: string): string => `<!-- modelops:identity sha256=${identity} -->`;

export function commentBody(report: Report, event: EventContext, key: string, reportDir: string): { body: string; summarised: boolean; identity: string } {
  const run = event.runUrl ? `[workflow run](${event.runUrl})` : 'workflow run';
  const commit = event.pullRequest?.headSha ? ` at commit ${event.pullRequest.headSha.slice(0, 7)}` : '';
  const identity = identityLine(reportIdentity(report));
  const fitted = fitMarkdown(report, {
    limit: COMMENT_LIMIT,
    header: `${commentMarker(event, key)}\n${identity}`,
    // The run and commit that first produced this content: a later run with the same report leaves the comment as it is.
    footer: `<sub>modelops ${TOOL_VERSION} · written by the ${run}${commit}; rewritten only when the report changes (timings are from that run) · full report: the job summary, and \`${reportDir}/report.json\`</sub>`,
    fullReportAt: `the job summary of the ${run} and in \`${reportDir}/report.json\` (upload \`${reportDir}\` with actions/upload-artifact to keep it)`,
  });
  return { body: fitted.markdown, summarised: fitted.summarised, identity };
}

export async function postReportComment(
  client: GitHubClient,
  report: Report,
  event: EventContext,
  options: { mode: CommentMode; key: string; reportDir: string; create?: boolean },
): Promise<StickyOutcome | undefined> {
  const pr = event.pullRequest;
  if (options.mode === 'off' || !pr || !event.repository) return undefined;
  const { body, summarised, identity } = commentBody(report, event, options.key, options.reportDir);
  if (summarised) core.info(`The report is longer than a pull request comment allows; the comment summarises it and points to the job summary.`);
  try {
    const outcome = await upsertStickyComment(client, { repo: event.repository, issue: pr.number, marker: commentMarker(event, options.key), identity }, body, options.mode, options.create === false ? { create: false } : {});
    if (outcome.action === 'off') {
      core.info(`Pull request #${pr.number}: no model changed and no earlier report comment, so none is posted.`);
      return outcome;
    }
    core.info(`Pull request #${pr.number}: report comment ${outcome.action}${outcome.comment?.url ? ` (${outcome.comment.url})` : ''}.`);
    return outcome;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof GitHubApiError && error.denied) {
      const advice = pr.fromFork && error.status === 403 ? 'Pull requests from forks get a read-only token. ' : `${permissionAdvice(error, 'pull-requests: write')} `;
      core.warning(`Could not write the report comment on pull request #${pr.number} (${reason}). ${advice}The report is in the job summary.`);
    } else {
      core.warning(`Could not write the report comment on pull request #${pr.number} (${reason}); the report is in the job summary.`);
    }
    return undefined;
  }
}
