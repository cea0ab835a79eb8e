// The Action: read inputs and the event, run a command, then write the report files, outputs,
// annotations, job summary and pull request comment, and set the exit status. Everything thrown
// ends in one place that fails the step with a readable message.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { fitMarkdown, STEP_SUMMARY_LIMIT, utf8Bytes } from '../src/core/render/fit.js';
import { renderMarkdown } from '../src/core/render/markdown.js';
import { parseYamlSource, type YamlSource } from '../src/core/yaml-source.js';
import type { GitHubClient } from '../src/io/github.js';
import { annotationsOf, type Locate } from './annotations.js';
import { commandForEvent, runnerFor, type CommandRunner } from './commands.js';
import { postReportComment } from './comment.js';
import { readEventContext } from './context.js';
import { getInputs, InputError, type ActionCommand } from './inputs.js';
import { globProblem } from '../src/core/validate/paths.js';
import { outputsOf, stepFails } from './outputs.js';

export interface ActionDependencies {
  /** The GitHub client; default: Octokit at GITHUB_API_URL with the github-token input. */
  github?: (token: string, apiUrl: string) => GitHubClient | Promise<GitHubClient>;
  /** The command table; default: action/commands.ts. */
  commands?: Partial<Record<ActionCommand, CommandRunner | undefined>>;
  env?: NodeJS.ProcessEnv;
}

const GLOB = /[*?[\]{}!]/;

/** The models input: names (models/<name>), manifest paths or folders, and globs of either. */
async function modelPaths(models: readonly string[], workingDirectory: string): Promise<string[]> {
  const paths: string[] = [];
  for (const entry of models) {
    const outside = globProblem(entry);
    if (outside) throw new InputError(`input 'models': '${entry}' ${outside}`);
    if (GLOB.test(entry)) {
      const matches = await glob(entry, { cwd: workingDirectory, onlyFiles: false, expandDirectories: false });
      if (matches.length === 0) throw new InputError(`input 'models': '${entry}' matches nothing in ${workingDirectory}`);
      paths.push(...matches.sort());
    } else {
      paths.push(entry.includes('/') ? entry : `models/${entry}`);
    }
  }
  return paths.map((p) => join(workingDirectory, p));
}

function manifestLocator(workingDirectory: string): Locate {
  const sources = new Map<string, YamlSource | undefined>();
  return (file, keys) => {
    if (!sources.has(file)) {
      let source: YamlSource | undefined;
      try {
        const parsed = parseYamlSource(readFileSync(join(workingDirectory, file)), file);
        if (parsed.ok) source = parsed.source;
      } catch {
        // An unreadable manifest has its own finding; its checks are annotated on the file.
      }
      sources.set(file, source);
    }
    return sources.get(file)?.locate(keys, 'key');
  };
}

const defaultGitHub = async (token: string, apiUrl: string): Promise<GitHubClient> =>
  (await import('../src/io/github.js')).createGitHubClient({ token, apiUrl, log: { debug: core.debug, info: core.info, warning: core.warning } });

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

export async function run(deps: ActionDependencies = {}): Promise<void> {
  try {
    const inputs = getInputs();
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    const event = readEventContext(deps.env ?? process.env);
    const decision = inputs.command ? { command: inputs.command, reason: "the 'command' input" } : commandForEvent(event);
    const prBase = decision.command === 'gate' || decision.command === 'validate' ? event.pullRequest?.baseSha || undefined : undefined;
    const base = inputs.baseRef ?? prBase;
    core.info(`modelops ${decision.command} (${decision.reason}) in ${inputs.workingDirectory}${base ? `, compared with ${base}` : ''}`);
    const runner = runnerFor(decision.command, deps.commands);
    // One client per run, made when a step first needs GitHub (a validate run never does).
    let client: Promise<GitHubClient> | undefined;
    const github = (): Promise<GitHubClient | undefined> => {
      if (!inputs.githubToken) return Promise.resolve(undefined);
      client ??= Promise.resolve((deps.github ?? defaultGitHub)(inputs.githubToken, event.apiUrl));
      return client;
    };

    const outcome = await runner({
      repo: inputs.workingDirectory,
      paths: await modelPaths(inputs.models, inputs.workingDirectory),
      ...(base ? { base } : {}),
      event,
      github,
      log: { info: core.info, warning: core.warning },
    });
    const { report } = outcome;

    const reportDir = resolve(inputs.reportDir);
    await mkdir(reportDir, { recursive: true });
    const reportPath = join(reportDir, 'report.json');
    await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
    await writeFile(join(reportDir, 'report.md'), renderMarkdown(report));

    for (const [name, value] of Object.entries(outputsOf(outcome, reportPath))) core.setOutput(name, value);
    for (const a of annotationsOf(report, inputs.workingDirectory, manifestLocator(inputs.workingDirectory))) {
      if (a.level === 'error') core.error(a.message, a.properties);
      else if (a.level === 'warning') core.warning(a.message, a.properties);
      else core.notice(a.message, a.properties);
    }
    // Appended directly: @actions/core's summary object remembers the first file it wrote to.
    const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
    if (summaryFile) await appendFile(summaryFile, fitMarkdown(report, { limit: STEP_SUMMARY_LIMIT, measure: utf8Bytes, fullReportAt: `\`${inputs.reportDir}/report.md\`` }).markdown);

    if (event.pullRequest && inputs.comment !== 'off') {
      if (!inputs.githubToken) core.warning("No github-token: the report comment is skipped (the default is the workflow's token).");
      else {
        await postReportComment((await github())!, report, event, { mode: inputs.comment, key: inputs.commentKey, reportDir: inputs.reportDir });
      }
    }

    if (stepFails(report, inputs.failOn)) core.setFailed(`modelops ${report.command}: ${report.verdict} (${report.summary.models} model(s)); see the annotations and the job summary`);
  } catch (error) {
    // One place for everything thrown, Error or not: a clear message, the stack only in debug logs.
    try {
      core.setOutput('result', 'error');
    } catch {
      // GITHUB_OUTPUT itself may be what failed; the failure message below still goes out.
    }
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(error instanceof Error ? describeThrown(error) : `unexpected failure: ${describeThrown(error)}`);
  }
}
