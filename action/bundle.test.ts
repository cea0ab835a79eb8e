// The bundled Action and CLI, run as GitHub runs them: `node dist/index.js` from a folder without
// node_modules, with the environment a runner sets.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editFile, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../src/testing/repos.js';

const projectRoot = resolve(import.meta.dirname, '..');
let runnerDir: string;

beforeAll(() => {
  // A copy of dist/ alone: the bundle must not need node_modules.
  runnerDir = mkdtempSync(join(tmpdir(), 'modelops-runner-'));
  cpSync(join(projectRoot, 'dist'), join(runnerDir, 'dist'), { recursive: true });
});
afterAll(() => {
  rmSync(runnerDir, { recursive: true, force: true });
  removeScratchRepos();
});

function runAction(workspace: string, inputs: Record<string, string>) {
  const outputFile = join(runnerDir, 'github_output');
  const summaryFile = join(runnerDir, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'octo-org/credit-models',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [join(runnerDir, 'dist', 'index.js')], { cwd: workspace, env, encoding: 'utf8' });
  return { ...run, outputs: readFileSync(outputFile, 'utf8'), summary: readFileSync(summaryFile, 'utf8') };
}

/** Parses the `name<<delimiter ... delimiter` records @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

describe('dist/index.js (the Action)', () => {
  it('validates a passing repository: outputs, job summary, exit 0', () => {
    const repo = scratchRepo();
    const run = runAction(repo, { command: 'validate', 'working-directory': '.', 'report-dir': join(runnerDir, 'report-pass') });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const outputs = parseOutputs(run.outputs);
    expect(outputs['result']).toBe('pass');
    expect(JSON.parse(readFileSync(outputs['report']!, 'utf8'))).toMatchObject({ kind: 'Report', verdict: 'pass' });
    expect(JSON.parse(outputs['models']!)).toEqual([{ name: 'credit-risk', version: '1.0.0', stage: 'production', verdict: 'pass' }]);
    expect(run.summary).toContain('## ✅ modelops validate: pass');
  });

  it('fails the step on an invalid manifest and annotates the manifest line', () => {
    const repo = scratchRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'version: 1.0.0', 'version: "1.0"'));
    const run = runAction(repo, { 'report-dir': join(runnerDir, 'report-fail') });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error title=modelops schema,file=models\/credit-risk\/model.yaml,line=7,col=12::metadata\.version: must be a semantic version/);
    expect(parseOutputs(run.outputs)['result']).toBe('error');
    expect(run.summary).toContain('⛔');
  });

  it('rejects an unknown input value with a clear failure, not a crash', () => {
    const run = runAction(scratchRepo(), { 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::input 'fail-on' must be one of fail, warn, never, got 'sometimes'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('dist/cli.js (the CLI)', () => {
  it('runs from a folder without node_modules', () => {
    const run = spawnSync(process.execPath, [join(runnerDir, 'dist', 'cli.js'), 'validate', '--repo', join(projectRoot, 'example-repo')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('PASS (exit 0)');
  });
});
