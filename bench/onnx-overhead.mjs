#!/usr/bin/env node
// Benchmark: what the ONNX runner's batching costs on top of onnxruntime itself.
//
// A 20-feature logistic regression (src/io/onnx/fixtures/logreg-20.onnx) over 1,000,000 rows held
// as a columnar Table (20 Float64Array columns, as the data readers produce):
//   raw        one session.run on a [1,000,000, 20] float32 tensor built beforehand (runner.prepare
//              untimed, then runner.runRaw): the model alone, requesting only the probabilities;
//   unbatched  the same, with building that tensor from the columns timed: predict without batching;
//   predict    runner.predict(table): batches of DEFAULT_BATCH_SIZE rows, each copied from the columns
//              into the preallocated row-major input, run, and read back into P(positive) and labels.
// Two overheads of predict at the default batch size:
//   vs raw        median(predict) / median(raw) - 1. Includes the columns -> row-major float32 copy
//                 (20 million values, memory-bound), which no columnar runner can skip; for a model
//                 this cheap the copy costs more than the model, so this stays far above 10%;
//   batching      median(predict) / median(unbatched) - 1: what batching itself costs; goal <= 10%.
// Prints a table and one `BENCH {json}` line; exits 1 when the batching overhead misses its goal.
//
// Runs from TypeScript sources: `node --import tsx bench/onnx-overhead.mjs`, or plain `node`
// (tsx is then registered here). Environment: BENCH_ROWS (default 1000000), BENCH_RUNS (default 7).
import { intFromEnv } from './lib/env.mjs';
import { importSource, ROOT } from './lib/source.mjs';

const GOAL = 0.1;
const FEATURES = 20;

const ROWS = intFromEnv('BENCH_ROWS', 1_000_000);
const RUNS = intFromEnv('BENCH_RUNS', 7);

const { openModel, DEFAULT_BATCH_SIZE } = await importSource('src/io/onnx/index.ts');

// Deterministic features in [-2, 2) (mulberry32), one Float64Array per column.
function featureTable(rows, k, seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const columns = new Map();
  for (let j = 0; j < k; j++) {
    const values = new Float64Array(rows);
    for (let r = 0; r < rows; r++) values[r] = next() * 4 - 2;
    columns.set(`f${j}`, { name: `f${j}`, kind: 'numeric', values });
  }
  return { rowCount: rows, columns };
}

async function time(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function measure(fn) {
  await fn(); // warm-up: first-run allocations, thread pool start
  const ms = [];
  for (let i = 0; i < RUNS; i++) ms.push(await time(fn));
  ms.sort((a, b) => a - b);
  return { min: ms[0], median: ms[Math.floor(ms.length / 2)] };
}

const spec = {
  task: 'binary-classification',
  layout: 'tensor',
  columns: Array.from({ length: FEATURES }, (_, j) => ({ name: `f${j}`, kind: 'numeric' })),
  outputs: { score: 'probabilities' },
  threshold: 0.5,
};
const table = featureTable(ROWS, FEATURES, 20240611);
const runner = await openModel(`${ROOT}src/io/onnx/fixtures/logreg-20.onnx`, spec);
try {
  const prepared = runner.prepare(table, 0, ROWS);
  const raw = await measure(() => runner.runRaw(prepared));
  const unbatched = await measure(() => runner.runRaw(runner.prepare(table, 0, ROWS)));
  const batchSizes = [...new Set([1024, 4096, DEFAULT_BATCH_SIZE, 65_536, ROWS])].filter((b) => b <= ROWS).sort((a, b) => a - b);
  const predict = {};
  for (const batchSize of batchSizes) predict[batchSize] = await measure(() => runner.predict(table, { batchSize }));

  const overhead = (m) => m.median / raw.median - 1;
  const atDefault = predict[Math.min(DEFAULT_BATCH_SIZE, ROWS)];
  const batching = atDefault.median / unbatched.median - 1;
  const ms = (x) => `${x.toFixed(1)} ms`;
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const rows = [
    ['', 'min', 'median', 'vs raw'],
    ['raw: one session.run, tensor built beforehand', ms(raw.min), ms(raw.median), ''],
    ['unbatched: build the tensor + one session.run', ms(unbatched.min), ms(unbatched.median), pct(overhead(unbatched))],
    ...batchSizes.map((b) => [`predict, batch ${b.toLocaleString('en')}${b === DEFAULT_BATCH_SIZE ? ' (default)' : ''}`, ms(predict[b].min), ms(predict[b].median), pct(overhead(predict[b]))]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`\nonnx-overhead — logistic regression, ${ROWS.toLocaleString('en')} rows x ${FEATURES} features, ${RUNS} runs each after a warm-up`);
  console.log(`node ${process.version}`);
  for (const r of rows) console.log('  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
  const met = batching <= GOAL;
  const perValueNs = ((atDefault.median - raw.median) * 1e6) / (ROWS * FEATURES);
  console.log(`  vs raw         predict at the default batch size: ${pct(overhead(atDefault))} over the model alone (${perValueNs.toFixed(2)} ns per input value: the columnar copy, reading back, checks)`);
  console.log(`  goal           batching overhead (predict vs unbatched) <= ${pct(GOAL)}: ${pct(batching)} (${met ? 'met' : 'over'})\n`);

  const round = (x, digits = 4) => Number(x.toFixed(digits));
  console.log(
    'BENCH ' +
      JSON.stringify({
        bench: 'onnx-overhead',
        rows: ROWS,
        features: FEATURES,
        runs: RUNS,
        raw_ms: { min: round(raw.min, 2), median: round(raw.median, 2) },
        unbatched_ms: { min: round(unbatched.min, 2), median: round(unbatched.median, 2) },
        predict_ms: Object.fromEntries(batchSizes.map((b) => [b, { min: round(predict[b].min, 2), median: round(predict[b].median, 2), overhead: round(overhead(predict[b])) }])),
        default_batch_size: DEFAULT_BATCH_SIZE,
        overhead_vs_raw: round(overhead(atDefault)),
        batching_overhead: round(batching),
        goal: GOAL,
        met,
      }),
  );
  if (!met) process.exitCode = 1;
} finally {
  await runner.release();
}
