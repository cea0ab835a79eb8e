// The Action in-process: which command an event means, the command table, the catch-all, outputs,
// annotations, the comment and its fallback, with the environment a runner sets.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../src/core/report/model.js';
import { GitHubApiError, type GitHubClient, type IssueComment } from '../src/io/github/client.js';
import { webhookPayload } from '../src/testing/github-server.js';
import { GitHubStub } from '../src/testing/github-stub.js';
import { editFile, initGit, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../src/testing/repos.js';
import { annotationsOf } from './annotations.js';
import { checkVerdict } from './check-run.js';
import { availableCommands, commandForEvent, COMMANDS, refusalFor, runnerFor, type CommandRunner } from './commands.js';
import { commentBody, commentMarker } from './comment.js';
import { readEventContext, type EventContext } from './context.js';
import { ACTION_COMMANDS } from './inputs.js';
import { describeThrown, run } from './run.js';
import { errorOutputs, outputsOf } from './outputs.js';

const scratch = mkdtempSync(join(tmpdir(), 'modelops-action-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  removeScratchRepos();
});

const event = (name: string, payload: Record<string, any>, extra: Record<string, string> = {}): EventContext => {
  const path = join(scratch, `${name}-${Math.random()}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return readEventContext({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'octo-org/credit-models', GITHUB_WORKFLOW: 'modelops PR', GITHUB_JOB: 'gate', GITHUB_RUN_ID: '42', ...extra });
};

describe('the command an event means', () => {
  it('gates a pull request against its base commit, from the real pull_request payload', () => {
    const payload = webhookPayload('pull_request', 'opened');
    const decision = commandForEvent(event('pull_request', payload));
    expect(decision).toEqual({ command: 'gate', reason: 'pull_request event', base: payload['pull_request'].base.sha });
  });

  it('gates on a review too', () => {
    expect(commandForEvent(event('pull_request_review', webhookPayload('pull_request_review', 'submitted'))).command).toBe('gate');
  });

  it('promotes on a push to the default branch, validates a push elsewhere', () => {
    const payload = webhookPayload('push');
    expect(commandForEvent(event('push', payload, { GITHUB_REF: `refs/heads/${payload['repository'].default_branch}` })).command).toBe('promote');
    expect(commandForEvent(event('push', payload, { GITHUB_REF: 'refs/heads/feature' }))).toMatchObject({ command: 'validate', reason: 'push to refs/heads/feature (not the default branch)' });
  });

  it('gates a merge queue commit against the base of the merge group, from the real merge_group payload', () => {
    const payload = webhookPayload('merge_group', 'checks_requested');
    const e = event('merge_group', payload);
    expect(commandForEvent(e)).toEqual({ command: 'gate', reason: "merge_group event: the merge queue's commit against main", base: payload['merge_group'].base_sha });
    expect(e.headSha).toBe(payload['merge_group'].head_sha);
    expect(refusalFor(e)).toBeUndefined();
  });

  it('refuses pull_request_target and says why', () => {
    const e = event('pull_request_target', webhookPayload('pull_request', 'opened'));
    expect(refusalFor(e)).toMatch(/^modelops does not run on pull_request_target: .*write token.*Trigger the workflow on pull_request instead/);
  });

  it('checks drift on a schedule and on a manual dispatch', () => {
    expect(commandForEvent(event('schedule', {})).command).toBe('drift');
    expect(commandForEvent(event('workflow_dispatch', webhookPayload('workflow_dispatch'))).command).toBe('drift');
  });
});

describe('the command table', () => {
  it('has an entry for every command the input accepts', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual([...ACTION_COMMANDS].sort());
  });

  it('runs every command the input accepts in this version', () => {
    expect(availableCommands()).toEqual(['validate', 'gate', 'promote', 'drift', 'audit']);
  });

  it.each(['promote', 'drift', 'audit'] as const)('says %s is not available in a table without it', (command) => {
    expect(() => runnerFor(command, { ...COMMANDS, [command]: undefined })).toThrow(`command ${command} is not available in this version of modelops`);
  });
});

describe('describeThrown', () => {
  it('makes a line of anything thrown', () => {
    expect(describeThrown(new Error('boom'))).toBe('boom');
    expect(describeThrown('a string')).toBe('a string');
    expect(describeThrown({ code: 7 })).toBe('{"code":7}');
    expect(describeThrown(undefined)).toBe('undefined');
    expect(describeThrown(null)).toBe('null');
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(describeThrown(circular)).toBe('[object Object]');
  });
});

describe('annotations', () => {
  const report = (check: Record<string, unknown>) =>
    ({
      findings: [],
      models: [{ name: 'credit-risk', manifest: 'models/credit-risk/model.yaml', verdict: 'fail', findings: [], gates: [{ gate: 'fairness', verdict: 'fail', blocking: true, summary: '', checks: [{ name: 'renamed check (sex)', verdict: 'fail', value: 0.6, bound: { min: 0.8 }, message: '0.6 breaks the bound ≥ 0.8', ...check }] }] }],
    }) as unknown as Report;

  it('puts a failed bound on the line the report carries, whatever the check is called', () => {
    const annotations = annotationsOf(report({ pointer: '/gates/fairness/metrics/demographic_parity_ratio', line: 122, column: 7 }), 'ml');
    expect(annotations).toEqual([
      {
        level: 'error',
        message: 'fairness gate: renamed check (sex): 0.6 breaks the bound ≥ 0.8',
        title: 'modelops fairness gate',
        path: 'models/credit-risk/model.yaml',
        startLine: 122,
        startColumn: 7,
        properties: { title: 'modelops fairness gate', file: 'ml/models/credit-risk/model.yaml', startLine: 122, startColumn: 7 },
      },
    ]);
  });

  it('puts a check the report did not place (its manifest did not parse) on the manifest, without a line', () => {
    const [annotation] = annotationsOf(report({ pointer: '/gates/champion/metrics/1', column: 3 }), '.');
    expect(annotation!.properties).toEqual({ title: 'modelops fairness gate', file: 'models/credit-risk/model.yaml' });
    expect(annotation!.startLine).toBeUndefined();
  });
});

describe('outputs', () => {
  it('lists models and a matrix with one entry per model', () => {
    const report = { verdict: 'pass', models: [{ name: 'a', manifest: 'models/a/model.yaml', version: '1.0.0', stage: 'staging', verdict: 'pass', gates: [] }, { name: 'b', manifest: 'models/b/model.yaml', verdict: 'error', gates: [{ gate: 'drift', verdict: 'fail' }] }] } as unknown as Report;
    const outputs = outputsOf({ report }, '/r/report.json');
    expect(JSON.parse(outputs.matrix)).toEqual({ include: [{ name: 'a', manifest: 'models/a/model.yaml' }, { name: 'b', manifest: 'models/b/model.yaml' }] });
    expect(JSON.parse(outputs.models)[1]).toEqual({ name: 'b', version: null, stage: null, verdict: 'error', manifest: 'models/b/model.yaml' });
    expect(outputs.drifted).toBe('["b"]');
    expect(outputs.promoted).toBe('[]');
  });
});

describe('the check run verdict', () => {
  const report = (verdict: string) => ({ command: 'gate', verdict, repository: { root: '.' }, summary: { models: 1, pass: 0, warn: 0, fail: 0, skipped: 0, error: 0, [verdict]: 1 }, findings: [], models: [] }) as unknown as Report;
  const conclusion = (verdict: string, stepFails: boolean, noModelChanged = false) => checkVerdict(report(verdict), { stepFails, noModelChanged, reportDir: 'r' }).conclusion;

  it('agrees with the step: failure when it fails, success on a pass, neutral otherwise', () => {
    expect(conclusion('fail', true)).toBe('failure');
    expect(conclusion('fail', false)).toBe('neutral'); // fail-on: never
    expect(conclusion('warn', false)).toBe('neutral');
    expect(conclusion('warn', true)).toBe('failure'); // fail-on: warn
    expect(conclusion('pass', false)).toBe('success');
  });

  it('is neutral and says so when no model changed', () => {
    const verdict = checkVerdict(report('pass'), { stepFails: false, noModelChanged: true, reportDir: 'r' });
    expect(verdict).toMatchObject({ conclusion: 'neutral', title: 'modelops gate: no model changed (1 model: 1 pass)' });
    expect(verdict.summary.startsWith('No model changed against the base: nothing to gate.')).toBe(true);
  });
});

describe('outputs on error', () => {
  it('are valid JSON for every list, so fromJSON downstream still parses', () => {
    const outputs = errorOutputs();
    expect(outputs.result).toBe('error');
    expect(JSON.parse(outputs.models)).toEqual([]);
    expect(JSON.parse(outputs.matrix)).toEqual({ include: [] });
    expect(JSON.parse(outputs.promoted)).toEqual([]);
    expect(JSON.parse(outputs.drifted)).toEqual([]);
  });
});

describe('the comment', () => {
  it('marks the comment with its workflow and job, encoded so nothing can close the HTML comment', () => {
    const e = event('pull_request', webhookPayload('pull_request', 'opened'), { GITHUB_WORKFLOW: 'PR --> checks', GITHUB_JOB: 'gate' });
    expect(commentMarker(e, '')).toBe('<!-- modelops:report workflow="PR%20--%3E%20checks" job="gate" -->');
    expect(commentMarker(e, 'credit-risk')).toBe('<!-- modelops:report workflow="PR%20--%3E%20checks" job="gate" key="credit-risk" -->');
  });

  it('links the run and the commit', () => {
    const payload = webhookPayload('pull_request', 'opened');
    const e = event('pull_request', payload);
    const report = { command: 'gate', verdict: 'pass', repository: { root: '.' }, summary: { models: 0, pass: 0, warn: 0, fail: 0, skipped: 0, error: 0 }, findings: [], models: [] } as unknown as Report;
    const { body, summarised } = commentBody(report, e, '', 'modelops-report');
    expect(summarised).toBe(false);
    expect(body).toMatch(/^<!-- modelops:report workflow="modelops%20PR" job="gate" -->\n<!-- modelops:identity sha256=[0-9a-f]{64} -->\n## ✅ modelops gate: pass/);
    expect(body).toContain(`[workflow run](https://github.com/octo-org/credit-models/actions/runs/42) at commit ${payload['pull_request'].head.sha.slice(0, 7)}`);
  });
});

describe('run()', () => {
  const saved = { ...process.env };
  let stdout: string;
  beforeEach(() => {
    stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  function runnerEnv(workspace: string, eventName: string, payload: Record<string, any>, inputs: Record<string, string>): { output: string; summary: string } {
    const output = join(scratch, `output-${Math.random()}`);
    const summary = join(scratch, `summary-${Math.random()}`);
    const eventPath = join(scratch, `event-${Math.random()}.json`);
    writeFileSync(output, '');
    writeFileSync(summary, '');
    writeFileSync(eventPath, JSON.stringify(payload));
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
    Object.assign(process.env, {
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo-org/credit-models',
      GITHUB_WORKFLOW: 'modelops PR',
      GITHUB_JOB: 'gate',
      'INPUT_GITHUB-TOKEN': 'ghs_unitTestToken',
      'INPUT_REPORT-DIR': join(scratch, `report-${Math.random()}`),
      'INPUT_WORKING-DIRECTORY': workspace,
    });
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    return { output, summary };
  }

  /** A git copy of the example and the real pull_request payload with its base set to the first commit. */
  function pullRequest(): { repo: string; payload: Record<string, any> } {
    const repo = scratchRepo();
    const payload = webhookPayload('pull_request', 'opened');
    payload['pull_request'].base.sha = initGit(repo);
    return { repo, payload };
  }

  class RecordingGitHub extends GitHubStub implements GitHubClient {
    comments: IssueComment[] = [];
    constructor(private readonly refuse?: GitHubApiError) {
      super();
    }
    override identity = async () => 'github-actions[bot]';
    override listIssueComments = async () => [...this.comments];
    override createIssueComment = async (_repo: unknown, _issue: number, body: string) => {
      if (this.refuse) throw this.refuse;
      const comment = { id: this.comments.length + 1, body, author: 'github-actions[bot]' };
      this.comments.push(comment);
      return comment;
    };
    override updateIssueComment = async (_repo: unknown, id: number, body: string) => Object.assign(this.comments.find((c) => c.id === id)!, { body });
    override deleteIssueComment = async () => undefined;
    override listCheckRuns = async () => [];
    override createCheckRun = async (_repo: unknown, run: { name: string; headSha: string }) => ({ id: 1, name: run.name, headSha: run.headSha, status: 'completed' });
  }

  it('fails the step with a clear message when a non-Error is thrown', async () => {
    runnerEnv(scratchRepo(), 'workflow_dispatch', {}, { command: 'validate' });
    const throwing: CommandRunner = () => Promise.reject({ reason: 'weird' });
    await run({ commands: { ...COMMANDS, validate: throwing } });
    expect(process.exitCode).toBe(1);
    expect(stdout).toContain('::error::unexpected failure: {"reason":"weird"}');
  });

  it('fails the step when the event means a command this version does not have', async () => {
    const { output } = runnerEnv(scratchRepo(), 'schedule', {}, {});
    await run({ commands: { ...COMMANDS, drift: undefined } });
    expect(process.exitCode).toBe(1);
    expect(stdout).toContain('::error::command drift is not available in this version of modelops');
    expect(readFileSync(output, 'utf8')).toMatch(/^result<<.*\nerror\n/);
  });

  it('rejects an unknown comment mode', async () => {
    runnerEnv(scratchRepo(), 'workflow_dispatch', {}, { command: 'validate', comment: 'sometimes' });
    await run();
    expect(stdout).toContain("::error::input 'comment' must be one of update, recreate, off, got 'sometimes'");
  });

  it('comments on a pull request, then updates the same comment, and never prints the token', async () => {
    const { repo, payload } = pullRequest();
    const github = new RecordingGitHub();
    runnerEnv(repo, 'pull_request', payload, { command: 'validate' });
    await run({ github: () => github });
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'version: 1.0.0', 'version: "1.0"'));
    runnerEnv(repo, 'pull_request', payload, { command: 'validate' });
    await run({ github: () => github });
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('## ⛔ modelops validate: error');
    expect(stdout).toContain(`::add-mask::ghs_unitTestToken`);
    expect(stdout.replaceAll('::add-mask::ghs_unitTestToken', '')).not.toContain('ghs_unitTestToken');
  });

  it('falls back to the job summary with a warning when the token may not comment', async () => {
    const { repo, payload } = pullRequest();
    const { summary, output } = runnerEnv(repo, 'pull_request', payload, { command: 'validate' });
    const refused = new GitHubApiError('POST /repos/o/r/issues/2/comments: HTTP 403 (Resource not accessible by integration)', 403, false, true);
    await run({ github: () => new RecordingGitHub(refused) });
    expect(process.exitCode).toBeUndefined();
    expect(stdout).toMatch(/::warning::Could not write the report comment on pull request #2 \(POST .*HTTP 403 .*\)\. The token lacks a permission: give the job `permissions: pull-requests: write`\. The report is in the job summary\./);
    expect(readFileSync(summary, 'utf8')).toContain('## ✅ modelops validate: pass');
    expect(readFileSync(output, 'utf8')).toContain('\npass\n');
  });

  it('posts nothing with comment: off', async () => {
    const { repo, payload } = pullRequest();
    runnerEnv(repo, 'pull_request', payload, { command: 'validate', comment: 'off' });
    const github = new RecordingGitHub();
    await run({ github: () => github });
    expect(github.comments).toEqual([]);
  });

  it('expands a glob in the models input, and fails clearly when it matches nothing', async () => {
    const repo = scratchRepo();
    const { output } = runnerEnv(repo, 'workflow_dispatch', {}, { command: 'validate', models: 'models/credit-*' });
    await run();
    expect(readFileSync(output, 'utf8')).toContain('"name":"credit-risk"');
    runnerEnv(repo, 'workflow_dispatch', {}, { command: 'validate', models: 'models/nothing-*' });
    await run();
    expect(stdout).toContain(`::error::input 'models': 'models/nothing-*' matches nothing in ${repo}`);
  });
});
