// Every workflow and action file of the project, and every workflow the README offers to copy, checked
// by GitHub's own parser for them (@actions/workflow-parser, what the Actions language service uses):
// keys, value types, expressions, permissions, the node24 runtime. No network needed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ACTION_COMMANDS } from './inputs.js';

const root = resolve(import.meta.dirname, '..');
const workflowDir = join(root, '.github', 'workflows');
const errorsOf = (result: { context: { errors: { getErrors(): Array<{ message: string }> } } }) => result.context.errors.getErrors().map((e) => e.message);

/** ```yaml blocks of the README that are workflows (they have jobs:). */
function readmeWorkflows(): Array<[string, string]> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((block) => /^jobs:/m.test(block))
    .map((block) => [block.split('\n')[0]!.replace(/^# /, ''), block]);
}

describe('action.yml', () => {
  const text = readFileSync(join(root, 'action.yml'), 'utf8');

  it('is a valid action on node24 with dist/index.js', () => {
    expect(errorsOf(parseAction({ name: 'action.yml', content: text }, new NoOperationTraceWriter()))).toEqual([]);
    expect(load(text)).toMatchObject({ runs: { using: 'node24', main: 'dist/index.js' }, branding: { icon: expect.any(String), color: expect.any(String) } });
  });

  it('describes every input and output', () => {
    const action = load(text) as { inputs: Record<string, { description?: string }>; outputs: Record<string, { description?: string }> };
    expect(Object.keys(action.inputs)).toEqual(['command', 'working-directory', 'models', 'base-ref', 'current', 'monitoring-log', 'github-token', 'comment', 'comment-key', 'check-run', 'check-name', 'fail-on', 'report-dir']);
    expect(Object.keys(action.outputs)).toEqual(['result', 'report', 'models', 'matrix', 'promoted', 'drifted']);
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) expect(spec.description?.length ?? 0, name).toBeGreaterThan(20);
    for (const command of ACTION_COMMANDS) expect(action.inputs['command']!.description).toContain(command);
  });

  it('the parser does catch mistakes (a wrong runtime, a missing description)', () => {
    const errors = errorsOf(parseAction({ name: 'action.yml', content: 'name: x\nruns:\n  using: node99\n  main: a.js\n' }, new NoOperationTraceWriter()));
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining("Unexpected value 'node99'"), expect.stringContaining('Required property is missing: description')]));
  });
});

describe('workflows', () => {
  const files = readdirSync(workflowDir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));

  it('has CI, check-dist and the self-test', () => {
    expect(files).toEqual(expect.arrayContaining(['check-dist.yml', 'ci.yml', 'self-test.yml']));
  });

  it.each(files)('.github/workflows/%s is a valid workflow', (file) => {
    expect(errorsOf(parseWorkflow({ name: file, content: readFileSync(join(workflowDir, file), 'utf8') }, new NoOperationTraceWriter()))).toEqual([]);
  });

  it.each(files)('.github/workflows/%s grants least permissions at the top', (file) => {
    const workflow = load(readFileSync(join(workflowDir, file), 'utf8')) as { permissions?: Record<string, string> };
    expect(workflow.permissions?.['contents']).toBe('read');
    for (const [scope, level] of Object.entries(workflow.permissions ?? {})) if (level === 'write') expect(['pull-requests', 'checks']).toContain(scope);
  });

  it('self-test runs this commit\'s action on example-repo', () => {
    const text = readFileSync(join(workflowDir, 'self-test.yml'), 'utf8');
    expect(text).toContain('uses: ./\n');
    expect(text).toContain('working-directory: example-repo');
  });

  const exampleDir = join(root, 'example-repo', '.github', 'workflows');
  const exampleFiles = readdirSync(exampleDir).filter((f) => f.endsWith('.yml'));

  it('the example repository carries the three workflows of the convention', () => {
    expect(exampleFiles.sort()).toEqual(['modelops-drift.yml', 'modelops-pr.yml', 'modelops-promote.yml']);
  });

  it.each(exampleFiles)('example-repo/.github/workflows/%s is valid and grants only what its command needs', (file) => {
    const text = readFileSync(join(exampleDir, file), 'utf8');
    expect(errorsOf(parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter()))).toEqual([]);
    const workflow = load(text) as { permissions: Record<string, string> };
    const needs: Record<string, Record<string, string>> = {
      'modelops-pr.yml': { contents: 'read', 'pull-requests': 'write', checks: 'write' },
      'modelops-promote.yml': { contents: 'write', deployments: 'write', issues: 'write', 'pull-requests': 'read' },
      'modelops-drift.yml': { contents: 'write', issues: 'write', actions: 'write' },
    };
    expect(workflow.permissions).toEqual(needs[file]);
  });

  it.each([...readmeWorkflows().filter(([name]) => name.includes('modelops-pr.yml')), ['example-repo modelops-pr.yml', readFileSync(join(exampleDir, 'modelops-pr.yml'), 'utf8')]])(
    '%s lets a required check report on every pull request: no paths filter, reviews and the merge queue, one run per pull request',
    (_name, text) => {
      const workflow = load(text) as { on: Record<string, unknown>; concurrency?: { group?: string; 'cancel-in-progress'?: boolean }; permissions: Record<string, string> };
      expect(Object.keys(workflow.on).sort()).toEqual(['merge_group', 'pull_request', 'pull_request_review']);
      expect(workflow.on['pull_request'] ?? {}).not.toHaveProperty('paths');
      expect(workflow.on['pull_request'] ?? {}).not.toHaveProperty('paths-ignore');
      expect(workflow.concurrency?.group).toContain('github.event.pull_request.number');
      expect(workflow.permissions['checks']).toBe('write');
    },
  );

  it.each(readmeWorkflows())('README workflow %s is valid', (name, block) => {
    expect(errorsOf(parseWorkflow({ name, content: block }, new NoOperationTraceWriter()))).toEqual([]);
  });

  it('the parser does catch mistakes (an unknown key, a bad permission, a broken expression)', () => {
    const bad = 'on: pull_request\npermissions: {contents: reed}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./\n        with:\n          x: ${{ github.foo( }}\n      - run: echo\n        bogus: 1\n';
    expect(errorsOf(parseWorkflow({ name: 'bad.yml', content: bad }, new NoOperationTraceWriter()))).toHaveLength(3);
  });
});
