#!/usr/bin/env node
// Benchmark: the PR gate's bootstraps, pure JavaScript (issue 18). Each fresh process (bench/lib/bootstrap-child.mjs)
// runs, once and cold as a gate does, the performance gate's bootstrapped bounds (f1, brier, pr_auc: 1,000 resamples
// at the example's 200 rows, 200 resamples from 100k rows) and the champion gate's paired bootstrap of f1 and brier,
// on generated binary predictions, from the TypeScript sources (through tsx). BENCH_BASE=<another checkout> runs the
// same processes from that checkout's sources too, interleaved (e.g. a copy of main: `git -C <main> archive HEAD | tar
// -x -C /tmp/base`, with node_modules linked), compares the intervals value for value, and prints the paired CPU.
// Prints a table and one `BENCH {json}` line. Environment: BENCH_RUNS (default 7), BENCH_ROWS (default 200,100000:
// the row counts, comma-separated), BENCH_BASE.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { intFromEnv } from './lib/env.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = intFromEnv('BENCH_RUNS', 7);
const ROWS = (process.env.BENCH_ROWS ?? '200,100000').split(',').map(Number);
const BASE = process.env.BENCH_BASE;
const CHILD = join(ROOT, 'bench', 'lib', 'bootstrap-child.mjs');

function run(root, rows) {
  const child = spawnSync(process.execPath, [CHILD, root, String(rows)], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bootstrap-child ${root} ${rows} exited ${child.status}\n${child.stderr.slice(-1500)}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const record = { bench: 'bootstrap', runs: RUNS, rows: {} };
try {
  const sides = BASE ? [['base', BASE], ['tree', ROOT]] : [['tree', ROOT]];
  for (const rows of ROWS) {
    const results = Object.fromEntries(sides.map(([name]) => [name, []]));
    for (let i = 0; i < RUNS; i++) for (const [name, root] of sides) results[name].push(run(root, rows));
    if (BASE && JSON.stringify(results.base[0].intervals) !== JSON.stringify(results.tree[0].intervals)) {
      throw new Error(`the intervals differ at ${rows} rows:\n  base ${JSON.stringify(results.base[0].intervals)}\n  tree ${JSON.stringify(results.tree[0].intervals)}`);
    }
    const row = {};
    for (const [name] of sides) {
      const cpu = (part) => results[name].map((r) => r[part].cpuMs);
      row[name] = { performance_cpu_ms: median(cpu('performance')), paired_cpu_ms: median(cpu('paired')), performance_cpu_min_ms: Math.min(...cpu('performance')), paired_cpu_min_ms: Math.min(...cpu('paired')) };
    }
    if (BASE) {
      const diffs = (part) => results.base.map((r, i) => r[part].cpuMs - results.tree[i][part].cpuMs);
      row.paired_saving_ms = { performance: median(diffs('performance')), paired: median(diffs('paired')) };
      row.same_intervals = true;
    }
    record.rows[rows] = row;
  }
  console.log(`\nbootstrap — the gates' bootstraps on generated binary predictions (${RUNS} fresh processes each, cold, CPU ms median / min)`);
  for (const [rows, row] of Object.entries(record.rows)) {
    for (const [name, side] of Object.entries(row)) {
      if (typeof side !== 'object' || !('performance_cpu_ms' in side)) continue;
      console.log(`  ${String(rows).padStart(7)} rows  ${name.padEnd(4)}  performance (f1, brier, pr_auc) ${side.performance_cpu_ms.toFixed(1)} / ${side.performance_cpu_min_ms.toFixed(1)}   champion (f1, brier) ${side.paired_cpu_ms.toFixed(1)} / ${side.paired_cpu_min_ms.toFixed(1)}`);
    }
    if (row.paired_saving_ms) console.log(`  ${String(rows).padStart(7)} rows  paired saving (base - tree, median): performance ${row.paired_saving_ms.performance.toFixed(1)} ms, champion ${row.paired_saving_ms.paired.toFixed(1)} ms; intervals identical`);
  }
  console.log('BENCH ' + JSON.stringify(record));
} catch (error) {
  console.error(`bootstrap: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
