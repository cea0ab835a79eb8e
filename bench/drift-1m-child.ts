// bench/drift-1m.mjs's modelops side, bundled beside the scratch CLI (bench/lib/build-cli.mjs) so it runs src/
// as dist/ does and starts dist's drift-worker.js: reads the reference and current CSV through the readers the
// commands use (io/data/read-table.ts), then prepares and tests every feature through the drift worker pool
// (commands/drift-workers.ts), with as many workers as `modelops drift` would start (driftThreadsFor:
// MODELOPS_DRIFT_THREADS, else the idle cores), each column sorted once and tested by KS, PSI and
// Wasserstein with their calibrated decisions. Prints one JSON line: the read and compute times, CPU (every
// thread of the process), the results scipy is checked against, and a digest of every result in full.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { requireColumn } from '../src/core/data/table.js';
import type { EvaluatedColumnDrift } from '../src/core/drift/dataset.js';
import { DriftWorkers, driftThreadsFor } from '../src/commands/drift-workers.js';
import { othersLoad } from '../src/io/cpu-load.js';
import { readTable } from '../src/io/data/read-table.js';

const [dir, columnsText] = process.argv.slice(2) as [string, string];
const names = Array.from({ length: Number(columnsText) }, (_, j) => `f${j}`);
const columns = names.map((name) => ({ name, kind: 'numeric' as const }));
const TESTS = [{ method: 'ks' }, { method: 'psi' }, { method: 'wasserstein' }] as const;

const load = loadavg()[0]!;
const started = performance.now();
const cpuStarted = process.cpuUsage();
const reference = await readTable(join(dir, 'reference.csv'), { format: 'csv', columns });
const current = await readTable(join(dir, 'current.csv'), { format: 'csv', columns });
const read = performance.now();
const cpuRead = process.cpuUsage();
const others = othersLoad();
const threads = driftThreadsFor((reference.rowCount + current.rowCount) * names.length, names.length);
const pool = new DriftWorkers(threads);
const pairs = names.map((name) => ({ reference: requireColumn(reference, name), current: requireColumn(current, name) }));
const tested = await pool.testFeatures(pairs, TESTS[0], TESTS.slice(1));
await pool.close();
const done = performance.now();
const cpuDone = process.cpuUsage(cpuStarted);

const results = tested.map(({ result, also }) => {
  const [ks, psi, w] = [result, ...also!].map((r) => (r as EvaluatedColumnDrift).test);
  return {
    d: ks!.statistic,
    p: ks!.score,
    pValueMethod: ks!.detail['pValueMethod'],
    psi: psi!.score,
    w: w!.score,
    drifted: { ks: ks!.drifted, psi: psi!.drifted, w: w!.drifted },
    permutations: { psi: psi!.detail['permutations'], w: w!.detail['permutations'] },
  };
});
// every field of every result (numbers exactly: -0 and NaN kept), so runs on any number of threads can be compared whole
const full = JSON.stringify(
  tested.map(({ result, also }) => [result, ...also!]),
  (_key, value) => (typeof value === 'number' && (Object.is(value, -0) || !Number.isFinite(value)) ? `number:${value === 0 ? '-0' : String(value)}` : value),
);
if (process.env['BENCH_DUMP']) writeFileSync(process.env['BENCH_DUMP'], full);
process.stdout.write(
  JSON.stringify({
    threads,
    load,
    othersLoad: others,
    readSeconds: (read - started) / 1000,
    computeSeconds: (done - read) / 1000,
    seconds: (done - started) / 1000,
    readCpuSeconds: (cpuRead.user + cpuRead.system - cpuStarted.user - cpuStarted.system) / 1e6,
    computeCpuSeconds: (cpuDone.user + cpuDone.system - (cpuRead.user + cpuRead.system - cpuStarted.user - cpuStarted.system)) / 1e6,
    cpuSeconds: (cpuDone.user + cpuDone.system) / 1e6,
    digest: createHash('sha256').update(full).digest('hex'),
    results,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
