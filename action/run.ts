// The Action: read inputs and the event, run a command, then write the report files, outputs,
// annotations, job summary and pull request comment, and set the exit status. Everything thrown
// ends in one place that fails the step with a readable message.
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { fitMarkdown, STEP_SUMMARY_LIMIT, utf8Bytes } from '../src/core/report/render/fit.js';
import { reportFilePaths, writeReportFiles } from '../src/commands/report-files.js';
import type { GitHubClient } from '../src/io/github/client.js';
import { annotationsOf } from './annotations.js';
import { CHECKED_EVENTS, checkAnnotations, checkVerdict, postCheckRun } from './check-run.js';
import { commandForEvent, refusalFor, runnerFor, type CommandRunner } from './commands.js';
import { postReportComment, reportIdentity } from './comment.js';
import { readEventContext, type EventContext } from './context.js';
import { getInputs, InputError, type ActionCommand, type ActionInputs } from './inputs.js';
import { errorOutputs, outputsOf, stepFails } from './outputs.js';
import { noModelChanged, SelectionError } from '../src/commands/select-models.js';

export interface ActionDependencies {
  /** The GitHub client; default: Octokit at GITHUB_API_URL with the github-token input. */
  github?: (token: string, apiUrl: string) => GitHubClient | Promise<GitHubClient>;
  /** The command table; default: action/commands.ts. */
  commands?: Partial<Record<ActionCommand, CommandRunner | undefined>>;
  env?: NodeJS.ProcessEnv;
}

const defaultGitHub = async (token: string, apiUrl: string): Promise<GitHubClient> =>
  (await import('../src/io/github/client.js')).createGitHubClient({ token, apiUrl, log: { debug: core.debug, info: core.info, warning: core.warning } });

/** A thrown value as one readable line, whatever was thrown. */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** What git must hold for a command, so a shallow checkout fails early with the workflow lines to add. */
function historyNeed(command: ActionCommand, base: string | undefined): { base?: string; tags: boolean; what: string } | undefined {
  if (command === 'promote') return { tags: true, what: 'the merged commits, the registry tags and the versions registered before' };
  if (command === 'gate') return { ...(base ? { base } : {}), tags: false, what: `the base commit${base ? ` ${base.slice(0, 12)}` : ''}, the registry tags and the production version to compare with` };
  if (command === 'audit' || command === 'drift') return { tags: true, what: command === 'audit' ? 'the history and the registry tags' : 'the registry tags (staleness, the production version)' };
  if (base) return { base, tags: false, what: `the base commit ${base.slice(0, 12)}` };
  return undefined;
}

export async function run(deps: ActionDependencies = {}): Promise<void> {
  // Known as soon as they are read, so a failure later still concludes the check run.
  let inputs: ActionInputs | undefined;
  let event: EventContext | undefined;
  let client: Promise<GitHubClient> | undefined;
  const github = (): Promise<GitHubClient | undefined> => {
    const token = inputs?.githubToken ?? core.getInput('github-token').trim();
    if (!token || !event) return Promise.resolve(undefined);
    client ??= Promise.resolve((deps.github ?? defaultGitHub)(token, event.apiUrl));
    return client;
  };
  let reportPath: string | undefined;
  let outputsWritten = false;
  try {
    inputs = getInputs();
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    event = readEventContext(deps.env ?? process.env);
    const refusal = refusalFor(event);
    if (refusal) throw new RefusedEventError(refusal);
    const decision = inputs.command ? { command: inputs.command, reason: "the 'command' input" } : commandForEvent(event);
    const eventBase = 'base' in decision && decision.base ? decision.base : event.pullRequest?.baseSha || undefined;
    const base = inputs.baseRef ?? (decision.command === 'gate' || decision.command === 'validate' ? eventBase : undefined);
    core.info(`modelops ${decision.command} (${decision.reason}) in ${inputs.workingDirectory}${base ? `, compared with ${base}` : ''}`);
    const runner = runnerFor(decision.command, deps.commands);
    const need = historyNeed(decision.command, base);
    // Imported when needed: the first log line should not wait for git's adapter.
    const problem = need ? await (await import('../src/io/git/repo.js')).checkoutProblem(inputs.workingDirectory, need) : undefined;
    if (problem) throw new CheckoutError(`modelops ${decision.command}: ${problem}`);

    const outcome = await runner({
      repo: inputs.workingDirectory,
      models: inputs.models,
      ...(base ? { base } : {}),
      ...(inputs.current ? { current: inputs.current } : {}),
      monitoringLog: inputs.monitoringLog,
      event,
      github,
      log: { info: core.info, warning: core.warning },
    });
    const { report } = outcome;
    const unchanged = noModelChanged(report, base);
    if (unchanged) core.info(`No model changed against ${base}: nothing to gate.`);

    reportPath = reportFilePaths(inputs.reportDir).json;
    await writeReportFiles(report, inputs.reportDir);

    for (const [name, value] of Object.entries(outputsOf(outcome, reportPath))) core.setOutput(name, value);
    outputsWritten = true;
    const annotations = annotationsOf(report, inputs.workingDirectory);
    // Appended directly: @actions/core's summary object remembers the first file it wrote to.
    const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
    const summaryNote = unchanged ? `> No model changed against \`${base!.slice(0, 12)}\`: nothing to gate.\n\n` : '';
    if (summaryFile) await appendFile(summaryFile, summaryNote + fitMarkdown(report, { limit: STEP_SUMMARY_LIMIT - summaryNote.length, measure: utf8Bytes, fullReportAt: `\`${inputs.reportDir}/report.md\`` }).markdown);

    const fails = stepFails(report, inputs.failOn);
    let onCheckRun = 0;
    if (inputs.checkRun && CHECKED_EVENTS.has(event.eventName)) {
      const client = await github();
      if (!client) core.warning('No github-token: no check run is written (the default is the workflow\'s token).');
      else {
        const verdict = checkVerdict(report, { stepFails: fails, noModelChanged: unchanged, ...(event.runUrl ? { runUrl: event.runUrl } : {}), reportDir: inputs.reportDir });
        const carried = checkAnnotations(annotations);
        if ((await postCheckRun(client, event, { name: inputs.checkName, identity: reportIdentity(report), verdict, annotations: carried })) !== undefined) onCheckRun = carried.length;
      }
    }
    // Annotations go with the check run when there is one (GitHub takes 50 there); the rest, or all
    // without one, on the job as workflow commands.
    {
      const carried = new Set(onCheckRun > 0 ? annotations.filter((a) => a.properties.file !== undefined).slice(0, onCheckRun) : []);
      for (const a of annotations.filter((x) => !carried.has(x))) {
        if (a.level === 'error') core.error(a.message, a.properties);
        else if (a.level === 'warning') core.warning(a.message, a.properties);
        else core.notice(a.message, a.properties);
      }
    }

    if (event.pullRequest && inputs.comment !== 'off') {
      if (!inputs.githubToken) core.warning("No github-token: the report comment is skipped (the default is the workflow's token).");
      else {
        // A pull request that touches no model gets no new comment; an earlier one is kept up to date.
        await postReportComment((await github())!, report, event, { mode: inputs.comment, key: inputs.commentKey, reportDir: inputs.reportDir, create: !unchanged });
      }
    }

    if (fails) core.setFailed(`modelops ${report.command}: ${report.verdict} (${report.summary.models} model(s)); see the annotations and the job summary`);
  } catch (error) {
    // One place for everything thrown, Error or not: a clear message, the stack only in debug logs.
    const message = error instanceof SelectionError ? `input 'models': ${error.message}` : error instanceof Error ? describeThrown(error) : `unexpected failure: ${describeThrown(error)}`;
    if (!outputsWritten) {
      try {
        for (const [name, value] of Object.entries(errorOutputs(reportPath))) core.setOutput(name, value);
      } catch {
        // GITHUB_OUTPUT itself may be what failed; the failure message below still goes out.
      }
    }
    if (error instanceof Error && error.stack && !(error instanceof CheckoutError || error instanceof RefusedEventError || error instanceof InputError || error instanceof SelectionError)) core.debug(error.stack);
    if (!event) {
      try {
        event = readEventContext(deps.env ?? process.env);
      } catch {
        // No event, no commit to conclude a check run on.
      }
    }
    await concludeFailedCheck(message, inputs, event, github);
    core.setFailed(message);
  }
}

export class CheckoutError extends Error {}
export class RefusedEventError extends Error {}

/** A step that failed before its report still concludes its check run, so a required check never hangs at "Expected". */
async function concludeFailedCheck(message: string, inputs: ActionInputs | undefined, event: EventContext | undefined, github: () => Promise<GitHubClient | undefined>): Promise<void> {
  // Inputs that did not parse: the check run's own inputs, read as plainly as possible.
  const checkRun = inputs ? inputs.checkRun : core.getInput('check-run').trim() !== 'false';
  const checkName = inputs?.checkName ?? (core.getInput('check-name').trim() || 'modelops');
  if (!checkRun || !event || !CHECKED_EVENTS.has(event.eventName)) return;
  try {
    const token = core.getInput('github-token').trim();
    if (!inputs && token) core.setSecret(token);
    const client = await github();
    if (!client) return;
    const verdict = { conclusion: 'failure' as const, title: 'modelops: the step failed', summary: `The modelops step failed before it could report:\n\n> ${message.replace(/\n/g, '\n> ')}` };
    await postCheckRun(client, event, { name: checkName, identity: createHash('sha256').update(message).digest('hex'), verdict, annotations: [] });
  } catch (error) {
    core.warning(`Could not conclude the check run: ${describeThrown(error)}`);
  }
}
