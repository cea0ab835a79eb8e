// Test helper (not bundled): the Action's run() in-process with the environment a runner sets (event payload file,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, INPUT_*), against the loopback GitHub, returning what it wrote.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionDependencies } from './run.js';
import { createGitHubClient } from '../src/io/github/client.js';
import type { FakeGitHub } from '../src/testing/github-server.js';

export const ACTION_TOKEN = 'ghs_actionLoopbackToken';

export interface InProcessRun {
  /** process.exitCode after the run (1: the step failed). */
  exitCode: number | undefined;
  /** What @actions/core printed: log lines and workflow commands (::error::, ::warning::). */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the `name<<delimiter ... delimiter` records @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

export interface ActionRunner {
  run(workspace: string, eventName: string, payload: Record<string, unknown>, inputs?: Record<string, string>, env?: Record<string, string>): Promise<InProcessRun>;
  cleanup(): void;
}

/** Runs action/run.ts's run() with the loopback GitHub (no backoff waits, writes not paced), one environment per run. */
export function actionRunner(github: FakeGitHub, base: Record<string, string> = {}): ActionRunner {
  const scratch = mkdtempSync(join(tmpdir(), 'modelops-action-run-'));
  let n = 0;
  return {
    async run(workspace, eventName, payload, inputs = {}, env = {}) {
      const { run } = await import('./run.js');
      const i = ++n;
      const files = { output: join(scratch, `output-${i}`), summary: join(scratch, `summary-${i}`), event: join(scratch, `event-${i}.json`) };
      writeFileSync(files.output, '');
      writeFileSync(files.summary, '');
      writeFileSync(files.event, JSON.stringify(payload));
      const saved = { ...process.env };
      for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
      Object.assign(process.env, {
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: files.event,
        GITHUB_REPOSITORY: 'octo-org/credit-models',
        GITHUB_WORKFLOW: 'modelops',
        GITHUB_JOB: 'modelops',
        GITHUB_RUN_ID: String(4000 + i),
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: github.url,
        'INPUT_GITHUB-TOKEN': ACTION_TOKEN,
        'INPUT_REPORT-DIR': join(scratch, `report-${i}`),
        'INPUT_WORKING-DIRECTORY': workspace,
        ...base,
        ...env,
      });
      for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
      let stdout = '';
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((chunk: string | Uint8Array) => {
        stdout += String(chunk);
        return true;
      }) as typeof process.stdout.write;
      const previousExitCode = process.exitCode;
      process.exitCode = undefined;
      const deps: ActionDependencies = { github: (token, apiUrl) => createGitHubClient({ token, apiUrl, retryAfterBaseValue: 1, paceWrites: false }) };
      try {
        await run(deps);
      } finally {
        process.stdout.write = write;
        process.env = saved;
      }
      const exitCode = process.exitCode as number | undefined;
      process.exitCode = previousExitCode;
      return { exitCode, stdout, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') };
    },
    cleanup: () => rmSync(scratch, { recursive: true, force: true }),
  };
}
