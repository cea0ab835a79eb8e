#!/usr/bin/env node
// `npm run bench`: runs every bench/*.mjs in name order, each as its own Node process, and exits 1
// if any of them fails. `npm run bench -- validate` runs only the files whose name contains "validate"
// (`npm run bench -- monitor` only bench/monitor.mjs: a name given exactly selects that bench alone).
// At the end it prints issue 18's table from the benches' `BENCH {json}` lines: each row with modelops'
// figure, the peer's measured in the same run (or why not), the ratio and the goal.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = join(ROOT, 'bench');
const filters = process.argv.slice(2);

let files;
try {
  files = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.mjs')).sort();
} catch (error) {
  console.error(`bench: cannot read ${BENCH_DIR}: ${error.message}`);
  process.exit(1);
}
// a filter naming a bench exactly (`monitor` for bench/monitor.mjs) selects that one only, not every name containing it
const matches = (f, filter) => (files.includes(`${filter}.mjs`) ? f === `${filter}.mjs` : f.includes(filter));
if (filters.length > 0) files = files.filter((f) => filters.some((filter) => matches(f, filter)));
if (files.length === 0) {
  console.error(filters.length > 0 ? `bench: no bench/*.mjs matches ${filters.join(', ')}` : 'bench: no bench/*.mjs files found');
  process.exit(1);
}

const results = [];
/** The last `BENCH {json}` record of each bench, by its `bench` name. */
const benchRecords = new Map();
for (const file of files) {
  console.log(`\n=== bench/${file}`);
  const started = process.hrtime.bigint();
  const child = await runEchoing(join(BENCH_DIR, file));
  const output = child.stdout;
  for (const line of output.split('\n')) {
    if (!line.startsWith('BENCH ')) continue;
    try {
      const record = JSON.parse(line.slice('BENCH '.length));
      if (typeof record.bench === 'string') benchRecords.set(record.bench, record);
    } catch {
      // a malformed line is the bench's own failure, reported by its exit code
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const outcome = child.error ? `error: ${child.error.message}` : child.signal ? `killed by ${child.signal}` : child.status === 0 ? 'ok' : `exit ${child.status}`;
  results.push({ file, outcome, seconds });
  if (child.signal === 'SIGINT') break; // Ctrl-C stops the whole run, not just one benchmark.
}

printIssueTable(benchRecords);

console.log('\n=== summary');
for (const { file, outcome, seconds } of results) console.log(`  ${outcome === 'ok' ? 'ok  ' : 'FAIL'}  bench/${file}  (${seconds.toFixed(1)} s${outcome === 'ok' ? '' : `, ${outcome}`})`);
const failed = results.filter((r) => r.outcome !== 'ok').length + (files.length - results.length);
if (failed > 0) {
  console.error(`bench: ${failed} of ${files.length} benchmark(s) failed or did not run`);
  process.exitCode = 1;
}

/** Issue 18's table: one row per piece of work, from the records of the benches that ran. */
function printIssueTable(records) {
  const seconds = (x) => (typeof x === 'number' ? `${x.toFixed(2)} s` : '?');
  const ratioText = (x) => (typeof x === 'number' ? `${x.toFixed(2)}x` : '—');
  const verdict = (met) => (met === undefined || met === null ? '' : met ? ' (met)' : ' (MISSED)');
  const notRun = (bench) => ({ ours: `not run (bench/${bench}.mjs not selected or failed)`, peer: '—', ratio: '—', goal: '' });
  const rows = [];

  const validate = records.get('validate-manifests');
  rows.push([
    'Validate 1,000 manifests, cold process',
    validate
      ? {
          ours: `${seconds(validate.min_s)} / ${seconds(validate.median_s)} (CPU ${seconds(validate.cpu_median_s)})`,
          peer: `1 manifest: ${seconds(validate.single_min_s)} (start-up)`,
          ratio: '—',
          goal: `<= 1.0 s${verdict(validate.median_s <= 1)}`,
        }
      : notRun('validate-manifests'),
  ]);

  const prGate = records.get('pr-gate');
  rows.push([
    prGate?.scope === 'example' ? 'PR gate on the example (v1 alone, BENCH_PR_GATE=example)' : 'PR gate on the example (v2 vs v1)',
    prGate
      ? {
          ours: `${seconds(prGate.min_s)} / ${seconds(prGate.median_s)}`,
          peer: prGate.peer_skipped ? `skipped: ${prGate.peer_skipped}` : `pandas/sklearn/scipy ${seconds(prGate.peer_min_s)} / ${seconds(prGate.peer_median_s)}`,
          ratio: ratioText(prGate.ratio),
          goal: `<= 0.35 s, <= 0.15x${verdict(prGate.goal_met)}`,
        }
      : notRun('pr-gate'),
  ]);

  const gate = records.get('evaluate-1m');
  const csv = gate?.formats?.csv;
  rows.push([
    'Gate 1M rows x 20 from CSV through ONNX',
    gate && csv
      ? {
          ours: `${seconds(csv.best_end_to_end_s)} / ${seconds(csv.end_to_end_s)} (own work, best ${seconds(csv.best_outside_run_s)}; CPU ${seconds(csv.cpu_s)})`,
          peer: gate.pandas_skipped ? `skipped: ${gate.pandas_skipped}` : `pandas.read_csv ${seconds(gate.pandas_read_csv_s)} (CPU ${seconds(gate.pandas_read_csv_cpu_s)})`,
          ratio: ratioText(csv.vs_pandas_read_csv),
          goal: `<= 0.6x read_csv${verdict(typeof csv.vs_pandas_read_csv === 'number' ? csv.vs_pandas_read_csv <= 0.6 : undefined)}`,
        }
      : notRun('evaluate-1m'),
  ]);

  rows.push([
    'Gate peak memory per row (RSS after metrics - before reading)',
    gate && csv && typeof csv.bytes_per_row === 'number'
      ? { ours: `${csv.bytes_per_row} B/row at ${gate.rows.toLocaleString('en')} rows`, peer: '—', ratio: '—', goal: `<= 250 B/row${verdict(csv.bytes_per_row <= 250)}` }
      : notRun('evaluate-1m'),
  ]);

  const drift = records.get('drift-1m');
  const size = (rowCount, columns) => `${rowCount >= 1e6 ? `${rowCount / 1e6}M` : rowCount.toLocaleString('en')} x ${columns}`;
  rows.push([
    `Drift ${drift ? size(drift.rows, drift.columns) : '1M x 20'} (KS + PSI + Wasserstein), compute`,
    drift
      ? {
          ours: `best ${seconds(drift.modelopsBest)} (CPU ${seconds(drift.modelopsCpuBest)})`,
          peer: drift.scipySkipped ? `skipped: ${drift.scipySkipped}` : `scipy/numpy best ${seconds(drift.scipyBest)} (CPU ${seconds(drift.scipyCpuBest)})`,
          ratio: `${ratioText(drift.ratio)} (CPU ${ratioText(drift.cpuRatio)})`,
          goal: `<= ${drift.goal ?? 0.12}x${verdict(drift.goalMet)}`,
        }
      : notRun('drift-1m'),
  ]);
  rows.push([
    `Drift ${drift ? size(drift.rows, drift.columns) : '1M x 20'} from CSV, read + compute`,
    drift && typeof drift.readComputeBest === 'number'
      ? {
          ours: `best ${seconds(drift.readComputeBest)} (CPU ${seconds(drift.readComputeCpuBest)}; threads ${(drift.threads ?? []).join(', ')})`,
          peer: drift.scipySkipped ? `skipped: ${drift.scipySkipped}` : `pandas.read_csv + scipy/numpy best ${seconds(drift.scipyReadComputeBest)} (CPU ${seconds(drift.scipyReadComputeCpuBest)})`,
          ratio: `${ratioText(drift.readComputeRatio)} (CPU ${ratioText(drift.readComputeCpuRatio)})`,
          goal: `<= ${drift.readComputeGoal ?? 0.2}x${verdict(drift.readComputeGoalMet)}`,
        }
      : notRun('drift-1m'),
  ]);

  const monitor = records.get('monitor');
  rows.push([
    `Monitor ${monitor ? size(monitor.rows, monitor.features) : '10M x 20'} Parquet, weekly chunks, streaming`,
    monitor
      ? {
          ours: `${seconds(monitor.best_s)} (CPU ${seconds(monitor.cpu_s)}), peak RSS ${monitor.peak_rss_mb} MiB`,
          peer: '—',
          ratio: '—',
          goal: `<= ${monitor.goal_s} s, <= ${monitor.goal_rss_mb} MiB${verdict(monitor.goalMet)}`,
        }
      : notRun('monitor'),
  ]);

  const header = ['Work', 'modelops (min / median)', 'Peer (same run)', 'Ratio', 'Goal'];
  const table = [header, ...rows.map(([work, r]) => [work, r.ours, r.peer, r.ratio, r.goal])];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  console.log('\n=== issue 18 table (peers measured in the same run)');
  for (const row of table) console.log('  ' + row.map((cell, c) => cell.padEnd(widths[c])).join(' | '));
  printGrowth(gate);
}

/** The gate's growth from CSV (evaluate-1m's 10k / 100k / 1M rows): time, CPU and peak memory per row. */
function printGrowth(gate) {
  if (!Array.isArray(gate?.growth) || gate.growth.length === 0) return;
  console.log('\n=== gate growth from CSV (evaluate-1m; linear when the marginal cost per added row stays flat)');
  const table = [
    ['rows', 'end to end', 'CPU', 'ns/row', 'CPU ns/row', 'B/row (RSS after - before)', 'marginal CPU ns/row', 'marginal B/row'],
    ...gate.growth.map((g) => [
      g.rows.toLocaleString('en'),
      `${g.end_to_end_s.toFixed(3)} s`,
      `${g.cpu_s.toFixed(3)} s`,
      String(g.ns_per_row),
      String(g.cpu_ns_per_row),
      String(g.bytes_per_row),
      String(g.marginal_cpu_ns_per_row ?? '—'),
      String(g.marginal_bytes_per_row ?? '—'),
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) console.log('  ' + row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
}

/** Runs one bench in its own Node process, echoing its output as it comes and keeping it. */
function runEchoing(file) {
  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(process.execPath, [file], { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      chunks.push(chunk);
    });
    child.on('error', (error) => resolve({ error, stdout: Buffer.concat(chunks).toString('utf8') }));
    child.on('close', (status, signal) => resolve({ status, signal, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}
