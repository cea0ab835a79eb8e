#!/usr/bin/env node
// Benchmark: the PR gate on the example as a user runs it (src/ bundled into a scratch cli.js, as dist/ is):
// a scratch git repository of example-repo/ with v1 (logistic regression) tagged in production and a branch
// that proposes v2 (gradient boosting, as `npm run demo`'s pull request #4), gated with
// `modelops gate --repo <scratch> --base main --format json`: v2's gates and the champion gate against v1, the
// same work as bench/peers/pr_gate.py (both models scored, their metrics and the bootstrap of the difference)
// with pandas/sklearn/scipy. BENCH_PR_GATE=example gates example-repo/ itself instead (v1 alone, no champion:
// the row before issue 18's like-for-like fix). Paired and interleaved fresh processes; min / median.
// Prints a table and one `BENCH {json}` line, with each side's CPU time (user + system, from GNU time when
// installed: on a shared machine wall times swing, CPU seconds much less). Environment: BENCH_RUNS (default 5).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScratchCli } from './lib/build-cli.mjs';
import { intFromEnv } from './lib/env.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = intFromEnv('BENCH_RUNS', 5);
const PYTHON = '/usr/bin/python3'; // Debian's, where python3-pandas/-sklearn/-scipy install
const PEER = join(ROOT, 'bench', 'peers', 'pr_gate.py');
const DATA = join(ROOT, 'example-repo', 'models', 'credit-risk', 'data');
const GOAL_S = 0.35;
const GOAL_RATIO = 0.15;
const SCOPE = process.env.BENCH_PR_GATE === 'example' ? 'example' : 'pull-request';

const TIME_BIN = '/usr/bin/time';
const useGnuTime = existsSync(TIME_BIN) && spawnSync(TIME_BIN, ['-f', '%U %S', process.execPath, '-e', ''], { encoding: 'utf8' }).status === 0;
const scratch = mkdtempSync(join(tmpdir(), 'modelops-bench-pr-gate-'));
const cpuFile = join(scratch, 'cpu.txt');

/** example-repo/ with v1 in production (tagged on main) and a branch proposing v2: the demo's pull request #4. */
function pullRequestRepo() {
  const repo = join(scratch, 'repo');
  for (const entry of ['modelops.yaml', 'models', 'train']) cpSync(join(ROOT, 'example-repo', entry), join(repo, entry), { recursive: true });
  const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'tag.gpgSign=false', '-c', 'commit.gpgSign=false', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'credit-risk 1.0.0');
  git('tag', '-a', 'credit-risk@v1.0.0', '-m', 'register credit-risk 1.0.0');
  git('tag', '-a', 'credit-risk#production#1', '-m', 'credit-risk 1.0.0 -> production');
  git('switch', '-q', '-c', 'v2-gradient-boosting');
  const manifest = join(repo, 'models', 'credit-risk', 'model.yaml');
  const v2 = readFileSync(manifest, 'utf8')
    .replace('version: 1.0.0', 'version: 2.0.0')
    .replace('path: models/credit-risk/model-v1.onnx', 'path: models/credit-risk/model-v2.onnx')
    .replace(/sha256: d35e1f77[0-9a-f]{56}/, 'sha256: f1cbc28cc641e4caf024cc8909eab9d5decda9969be086923f20b38d93ff3bdd')
    .replace('threshold: 0.5', 'threshold: 0.45');
  writeFileSync(manifest, v2);
  git('commit', '-q', '-am', 'credit-risk 2.0.0: gradient boosting');
  return repo;
}

/** One fresh process: wall seconds, CPU seconds (user + system; undefined without GNU time), stdout. */
function timed(command, args, okStatus = [0]) {
  const started = process.hrtime.bigint();
  const [bin, argv] = useGnuTime ? [TIME_BIN, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  const child = spawnSync(bin, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.error) throw child.error;
  if (!okStatus.includes(child.status)) throw new Error(`${command} ${args.join(' ')} exited ${child.status ?? child.signal}\n${child.stderr.slice(-1500)}`);
  const cpu = useGnuTime ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0) : undefined;
  return { wall, cpu, stdout: child.stdout };
}

function peerMissing() {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas, sklearn, scipy'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} not found (apt-get install python3-pandas python3-sklearn python3-scipy)`;
  if (probe.status !== 0) return `${PYTHON} lacks pandas/sklearn/scipy (apt-get install python3-pandas python3-sklearn python3-scipy)`;
  return undefined;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const built = await buildScratchCli();
try {
  const gateArgs = SCOPE === 'example' ? [built.cli, 'gate', '--repo', 'example-repo', '--format', 'json'] : [built.cli, 'gate', '--repo', pullRequestRepo(), '--base', 'main', '--format', 'json'];
  // the pull request is blocked (exit 1): it skips staging and has no approvals, as in the demo
  const okStatus = SCOPE === 'example' ? [0] : [0, 1];
  const checked = JSON.parse(timed(process.execPath, gateArgs, okStatus).stdout); // untimed: warms the page cache
  if (!Array.isArray(checked.models) || checked.models.length === 0) throw new Error('gate reported no models');
  const champion = checked.models[0].gates.find((g) => g.gate === 'champion');
  if (SCOPE !== 'example' && champion?.verdict !== 'pass') throw new Error(`the champion gate did not compare v2 with v1: ${champion?.verdict} ${champion?.summary}`);
  const skipped = peerMissing();
  const ours = [];
  const peer = [];
  const oursCpu = [];
  const peerCpu = [];
  let peerPhases;
  for (let i = 0; i < RUNS; i++) {
    const run = timed(process.execPath, gateArgs, okStatus);
    ours.push(run.wall);
    if (run.cpu !== undefined) oursCpu.push(run.cpu);
    if (skipped === undefined) {
      const run = timed(PYTHON, [PEER, DATA]);
      peer.push(run.wall);
      if (run.cpu !== undefined) peerCpu.push(run.cpu);
      peerPhases = JSON.parse(run.stdout.split('\n').find((l) => l.startsWith('PEER ')).slice(5));
    }
  }
  const record = {
    bench: 'pr-gate',
    scope: SCOPE,
    runs: RUNS,
    verdict: checked.verdict,
    min_s: Math.min(...ours),
    median_s: median(ours),
    ...(oursCpu.length > 0 ? { cpu_min_s: Math.min(...oursCpu), cpu_median_s: median(oursCpu) } : {}),
    ...(skipped === undefined ? { peer_min_s: Math.min(...peer), peer_median_s: median(peer), ...(peerCpu.length > 0 ? { peer_cpu_median_s: median(peerCpu), cpu_ratio: median(oursCpu) / median(peerCpu) } : {}), ratio: median(ours) / median(peer), peer_phases: peerPhases } : { peer_skipped: skipped }),
    goal_s: GOAL_S,
    goal_ratio: GOAL_RATIO,
  };
  record.goal_met = record.median_s <= GOAL_S && (record.ratio === undefined || record.ratio <= GOAL_RATIO);
  const s = (x) => `${x.toFixed(3)} s`;
  const what = SCOPE === 'example' ? 'gate --repo example-repo (v1 alone)' : 'gate --base main on a pull request proposing v2 against v1 in production';
  console.log(`\npr-gate — node cli.js ${what} (${RUNS} fresh processes, interleaved with the peer)`);
  const cpu = (x) => (x === undefined ? '' : `   CPU median ${s(x)}`);
  console.log(`  modelops   min ${s(record.min_s)}   median ${s(record.median_s)}${cpu(record.cpu_median_s)}   verdict ${checked.verdict}`);
  if (skipped === undefined) {
    console.log(`  python     min ${s(record.peer_min_s)}   median ${s(record.peer_median_s)}${cpu(record.peer_cpu_median_s)}   (imports ${s(peerPhases.import_s)}, bootstrap ${s(peerPhases.metrics_bootstrap_s)})`);
    console.log(`  ratio      ${record.ratio.toFixed(2)}x${record.cpu_ratio === undefined ? '' : ` (CPU ${record.cpu_ratio.toFixed(2)}x)`}   goal <= ${GOAL_S} s and <= ${GOAL_RATIO}x: ${record.goal_met ? 'met' : 'missed'}\n`);
  } else console.log(`  python peer skipped: ${skipped}\n`);
  console.log('BENCH ' + JSON.stringify(record));
} catch (error) {
  console.error(`pr-gate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  built.dispose();
  rmSync(scratch, { recursive: true, force: true });
}
