#!/usr/bin/env node
// Benchmark (issue 3): evaluating a binary classifier on 1,000,000 rows x 20 numeric features, from CSV
// and from Parquet, the way `modelops gate` does it (src/commands/evaluate/evaluate-model.ts):
//   read      readTable: the 20 features (numeric) and the label (categorical, as evaluate-model asks);
//   predict   runner.predict(table) at the default batch size: columns -> row-major float32 batches,
//             session.run per batch, reading back P(positive) and labels (score >= threshold);
//   metrics   binaryTruth (label column -> 0/1), evaluationMetrics (every binary metric: computeMetrics, with
//             one of the ranking sorts on the read's worker when the CSV was read on two threads) and the
//             confusion matrix, as evaluate-model does after predict.
// Then, outside the timed pipeline and after the peak RSS is taken: runner.prepare over all rows (the
// whole [1,000,000, 20] float32 tensor in one piece, timed and shown for reference: the columnar ->
// row-major copy that predict does batch by batch) and one runner.runRaw on it: a single raw
// session.run, the model alone (timed on its second call: the first also grows onnxruntime's arena
// for the 1,000,000-row shape, and is reported beside it). From those:
//   outside session.run   (read + predict + metrics - raw) / (read + predict + metrics);
//   predict vs raw        (predict - raw) / raw: what predict costs beyond the model itself;
//   vs pandas             (read + (predict - raw) + metrics, best run) / pandas.read_csv on the same CSV (best
//                         of 3, /usr/bin/python3 with pandas): our own work (reading, building the
//                         tensors, reading back, metrics) against pandas only parsing the file. Goal
//                         (issue 18) <= 0.6. CPU seconds (user + system) are printed beside wall times.
// Growth: the CSV pipeline again on the first 10,000 and 100,000 rows (the same data), to show it is linear.
//
// Data: generated deterministically (seeded mulberry32) in a fresh directory under os.tmpdir():
// features uniform in [-2, 2) written with 6 decimals, label ~ Bernoulli(sigmoid(w.x + b)) with the
// weights of src/io/onnx/fixtures/logreg-20.json (the model is the true model: ROC AUC about 0.97);
// the Parquet file holds the same values (DOUBLE features, INT32 label; OPTIONAL columns without
// nulls, as pandas/pyarrow write them; snappy; 100,000-row row groups) and is written with
// hyparquet-writer (a dev dependency). Each run is a fresh Node process importing the pipeline's modules
// bundled as dist/ is (bench/lib/evaluate-modules.ts, with dist/'s worker entries beside it, so a worker
// thread starts as in the CLI), so peak RSS is per format and the CSV parser starts cold, as in the CLI. Every run's column sums and metric values are checked
// against the generator and against the other format.
// Prints a table and one `BENCH {json}` line; exits 1 on an error or a mismatch (not on a missed goal).
//
// Environment: BENCH_ROWS (default 1000000), BENCH_RUNS (default 3), BENCH_KEEP=1 keeps the files.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildScratchBundle } from './lib/build-cli.mjs';
import { intFromEnv } from './lib/env.mjs';
import { peakRssKb } from './lib/peak-rss.mjs';
import { random } from './lib/random.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FEATURES = 20;
const MODEL = join(ROOT, 'src/io/onnx/fixtures/logreg-20.onnx');
const SIDECAR = join(ROOT, 'src/io/onnx/fixtures/logreg-20.json');
const LABEL = 'label';
const POSITIVE = '1';
const THRESHOLD = 0.5;
const ROW_GROUP_SIZE = 100_000;
const SEED = 20240603;
const PYTHON = '/usr/bin/python3';
const PANDAS_GOAL = 0.6;
const GROWTH_ROWS = [10_000, 100_000];
const FEATURE_NAMES = Array.from({ length: FEATURES }, (_, j) => `f${j}`);


/** Sum of the values in row order (the same order as when generating, so equal exactly). */
function sumOf(values) {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}

// --- child: one evaluation in a fresh process ------------------------------------------------------

async function child(file, format, bundle) {
  const { readTable, openModel, evaluationMetrics, binaryTruth, confusionMatrix } = await import(pathToFileURL(join(bundle, 'evaluate.js')).href);
  const clock = () => process.hrtime.bigint();
  const seconds = (from, to) => Number(to - from) / 1e9;
  const spec = {
    task: 'binary-classification',
    layout: 'tensor',
    columns: FEATURE_NAMES.map((name) => ({ name, kind: 'numeric' })),
    outputs: { score: 'probabilities' },
    threshold: THRESHOLD,
  };

  let t0 = clock();
  const runner = await openModel(MODEL, spec);
  const open = seconds(t0, clock());
  const baselineRssKb = peakRssKb(); // modules loaded, onnxruntime session created
  try {
    const rssBefore = process.memoryUsage.rss();
    const cpu0 = process.cpuUsage();
    t0 = clock();
    // as evaluate-model does: a CSV read on two threads hands its worker on, for one of the metrics' sorts
    let thread;
    const table = await readTable(file, { format, columns: [...spec.columns, { name: LABEL, kind: 'categorical' }], keepThread: (kept) => (thread = kept) });
    const t1 = clock();
    const prediction = await runner.predict(table);
    const t2 = clock();
    const yTrue = binaryTruth(table.columns.get(LABEL), POSITIVE);
    const input = { task: 'binary-classification', yTrue, score: prediction.score, yPred: prediction.yPred };
    const { values, problems } = await evaluationMetrics(input, thread);
    thread?.close();
    const confusion = confusionMatrix(input.yTrue, input.yPred);
    const t3 = clock();
    const cpu = process.cpuUsage(cpu0);
    const peakKb = peakRssKb();
    const rssAfter = process.memoryUsage.rss();

    // The model alone: one session.run over every row, on a tensor built beforehand. The first run at
    // this shape also grows onnxruntime's arena (page faults on ~100 MB): it is kept as raw_first_s,
    // and the second one is the model's time.
    const t4 = clock();
    const prepared = runner.prepare(table, 0, table.rowCount);
    const t5 = clock();
    await runner.runRaw(prepared);
    const t6 = clock();
    await runner.runRaw(prepared);
    const t7 = clock();

    const sums = {};
    for (const name of FEATURE_NAMES) sums[name] = sumOf(table.columns.get(name).values);
    process.stdout.write(
      JSON.stringify({
        rows: table.rowCount,
        open,
        read: seconds(t0, t1),
        predict: seconds(t1, t2),
        metrics: seconds(t2, t3),
        cpu: (cpu.user + cpu.system) / 1e6,
        build: seconds(t4, t5),
        rawFirst: seconds(t5, t6),
        raw: seconds(t6, t7),
        baselineRssKb,
        peakRssKb: peakKb,
        liveBytes: rssAfter - rssBefore,
        afterRawRssKb: peakRssKb(),
        sums,
        positives: sumOf(yTrue),
        scoreSum: sumOf(prediction.score),
        metricValues: values,
        problems,
        confusion,
      }),
    );
  } finally {
    await runner.release();
  }
}

// --- parent: data ---------------------------------------------------------------------------------

/**
 * Writes the CSV and returns the same data as columns (for the Parquet file) with their sums. Each of
 * `prefixes` ({ file, rows }) gets the header and the first `rows` rows of the same data, and its sums.
 */
function generateCsv(file, rows, prefixes = []) {
  const { weights, bias } = JSON.parse(readFileSync(SIDECAR, 'utf8'));
  if (weights.length !== FEATURES) throw new Error(`${SIDECAR}: expected ${FEATURES} weights, found ${weights.length}`);
  const next = random(SEED);
  const columns = FEATURE_NAMES.map(() => new Float64Array(rows));
  const labels = new Int32Array(rows);
  const fd = openSync(file, 'w');
  const prefixFds = prefixes.map((prefix) => openSync(prefix.file, 'w'));
  // rows are written 10,000 at a time, so a prefix's size must be a multiple of that
  for (const prefix of prefixes) if (prefix.rows % 10_000 !== 0) throw new Error(`prefix of ${prefix.rows} rows: not a multiple of 10,000`);
  const write = (text, rowsSoFar) => {
    writeSync(fd, text);
    prefixes.forEach((prefix, k) => {
      if (rowsSoFar <= prefix.rows) writeSync(prefixFds[k], text);
    });
  };
  try {
    write(`${FEATURE_NAMES.join(',')},${LABEL}\n`, 0);
    let lines = [];
    const fields = new Array(FEATURES + 1);
    for (let row = 0; row < rows; row++) {
      let logit = bias;
      for (let j = 0; j < FEATURES; j++) {
        const text = (next() * 4 - 2).toFixed(6);
        const value = Number(text);
        fields[j] = text;
        columns[j][row] = value;
        logit += weights[j] * value;
      }
      const label = next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
      fields[FEATURES] = label;
      labels[row] = label;
      lines.push(fields.join(','));
      if (lines.length === 10_000) {
        write(lines.join('\n') + '\n', row + 1);
        lines = [];
      }
    }
    if (lines.length > 0) write(lines.join('\n') + '\n', rows);
  } finally {
    closeSync(fd);
    for (const prefixFd of prefixFds) closeSync(prefixFd);
  }
  const checks = (n) => ({
    sums: Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, sumOf(columns[j].subarray(0, n))])),
    positives: sumOf(labels.subarray(0, n)),
  });
  return { columns, labels, ...checks(rows), prefixes: prefixes.map((prefix) => ({ ...prefix, ...checks(prefix.rows) })) };
}

async function writeParquet(file, data) {
  let writer;
  try {
    writer = await import('hyparquet-writer');
  } catch (error) {
    return `hyparquet-writer is not installed (${error.message.split('\n')[0]}); run npm install`;
  }
  writer.parquetWriteFile({
    filename: file,
    columnData: [...FEATURE_NAMES.map((name, j) => ({ name, type: 'DOUBLE', data: data.columns[j] })), { name: LABEL, type: 'INT32', data: data.labels }],
    rowGroupSize: ROW_GROUP_SIZE,
  });
  return undefined;
}

// --- parent: runs -----------------------------------------------------------------------------------

function runChild(file, format) {
  const argv = [fileURLToPath(import.meta.url), '--child', file, format, bundleDir];
  const result = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${format} evaluation exited ${result.status ?? result.signal}\n${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout);
}

/** pandas.read_csv on the file, best of `runs`, in seconds; or why it could not be timed. */
function pandasReadCsv(file, runs) {
  if (!existsSync(PYTHON)) return { skipped: `${PYTHON} not found` };
  const script = [
    'import json, sys, time',
    'try:',
    '    import pandas',
    'except ImportError as e:',
    '    print(json.dumps({"skipped": "pandas is not installed for ' + PYTHON + ' (apt-get install -y python3-pandas)"})); sys.exit(0)',
    'times, cpu = [], []',
    'for _ in range(int(sys.argv[2])):',
    '    t, c = time.perf_counter(), time.process_time()',
    '    df = pandas.read_csv(sys.argv[1])',
    '    times.append(time.perf_counter() - t)',
    '    cpu.append(time.process_time() - c)',
    '    shape = df.shape',
    '    del df',
    'print(json.dumps({"best": min(times), "times": times, "cpuBest": min(cpu), "shape": list(shape), "version": pandas.__version__}))',
  ].join('\n');
  const result = spawnSync(PYTHON, ['-c', script, file, String(runs)], { encoding: 'utf8' });
  if (result.error) return { skipped: `${PYTHON}: ${result.error.message}` };
  if (result.status !== 0) return { skipped: `pandas.read_csv failed: ${result.stderr.trim().split('\n').pop()}` };
  return JSON.parse(result.stdout);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Checks one run against the generator and against the first run (of any format). */
function check(label, run, data, rows, reference) {
  if (run.rows !== rows) throw new Error(`${label}: read ${run.rows} rows, expected ${rows}`);
  for (const [name, sum] of Object.entries(run.sums)) {
    if (sum !== data.sums[name]) throw new Error(`${label}: column ${name} sums to ${sum}, expected ${data.sums[name]}`);
  }
  if (run.positives !== data.positives) throw new Error(`${label}: ${run.positives} positive labels, expected ${data.positives}`);
  if (Object.keys(run.problems).length > 0) throw new Error(`${label}: metrics without a value: ${JSON.stringify(run.problems)}`);
  if (reference) {
    const same = JSON.stringify([run.metricValues, run.confusion, run.scoreSum]) === JSON.stringify([reference.metricValues, reference.confusion, reference.scoreSum]);
    if (!same) throw new Error(`${label}: metrics differ from the first run: ${JSON.stringify(run.metricValues)} vs ${JSON.stringify(reference.metricValues)}`);
  }
}

/**
 * One row of the growth table: median end to end and CPU seconds; memory per row as the RSS after the
 * metrics less the RSS before reading (the peak RSS of a small run is that of loading the modules).
 */
function growthRow(runs, rows) {
  const endToEnd = median(runs.map((r) => r.read + r.predict + r.metrics));
  return {
    rows,
    end_to_end_s: Number(endToEnd.toFixed(4)),
    cpu_s: Number(median(runs.map((r) => r.cpu)).toFixed(4)),
    ns_per_row: Math.round((endToEnd / rows) * 1e9),
    cpu_ns_per_row: Math.round((median(runs.map((r) => r.cpu)) / rows) * 1e9),
    bytes_per_row: Math.round(Math.max(...runs.map((r) => r.liveBytes)) / rows),
  };
}

function summarise(format, runs, rows) {
  const m = (key) => median(runs.map((r) => r[key]));
  const endToEnd = median(runs.map((r) => r.read + r.predict + r.metrics));
  const read = m('read');
  const predict = m('predict');
  const metrics = m('metrics');
  const raw = m('raw');
  return {
    format,
    runs: runs.length,
    open: m('open'),
    read,
    predict,
    metrics,
    endToEnd,
    bestEndToEnd: Math.min(...runs.map((r) => r.read + r.predict + r.metrics)),
    cpu: m('cpu'),
    rowsPerS: rows / endToEnd,
    build: m('build'),
    raw,
    rawFirst: m('rawFirst'),
    outsideRun: endToEnd - raw,
    bestOutsideRun: Math.min(...runs.map((r) => r.read + r.predict + r.metrics - r.raw)),
    outsideShare: (endToEnd - raw) / endToEnd,
    predictVsRaw: (predict - raw) / raw,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssKb)) / 1024,
    baselineRssMb: Math.max(...runs.map((r) => r.baselineRssKb)) / 1024,
    afterRawRssMb: Math.max(...runs.map((r) => r.afterRawRssKb)) / 1024,
  };
}

function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const r of rows) console.log('  ' + r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('   '));
}

/** The scratch bundle of bench/lib/evaluate-modules.ts the children import (set by main). */
let bundleDir;

async function main() {
  const scratch = await buildScratchBundle({ evaluate: 'bench/lib/evaluate-modules.ts' });
  bundleDir = scratch.dir;
  try {
    await measure();
  } finally {
    scratch.dispose();
  }
}

async function measure() {
  const ROWS = intFromEnv('BENCH_ROWS', 1_000_000);
  const RUNS = intFromEnv('BENCH_RUNS', 3);
  const dir = mkdtempSync(join(tmpdir(), 'modelops-bench-evaluate-'));
  const cleanUp = () => {
    if (process.env.BENCH_KEEP === '1') console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    const csv = join(dir, `evaluate-${ROWS}x${FEATURES}.csv`);
    const parquet = join(dir, `evaluate-${ROWS}x${FEATURES}.parquet`);
    const growthSizes = GROWTH_ROWS.filter((n) => n < ROWS && n % 10_000 === 0).map((n) => ({ rows: n, file: join(dir, `evaluate-${n}x${FEATURES}.csv`) }));
    let started = Date.now();
    const data = generateCsv(csv, ROWS, growthSizes);
    const csvMb = statSync(csv).size / 1e6;
    console.log(`generated ${csv} (${csvMb.toFixed(1)} MB, ${((data.positives / ROWS) * 100).toFixed(1)}% positive) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    started = Date.now();
    const parquetSkipped = await writeParquet(parquet, data);
    const parquetMb = parquetSkipped ? undefined : statSync(parquet).size / 1e6;
    if (parquetSkipped) console.log(`Parquet skipped: ${parquetSkipped}`);
    else console.log(`generated ${parquet} (${parquetMb.toFixed(1)} MB, ${ROW_GROUP_SIZE.toLocaleString('en')}-row groups, hyparquet-writer) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    data.columns = undefined; // free the generator's copy before the children run

    const formats = [['csv', csv], ...(parquetSkipped ? [] : [['parquet', parquet]])];
    const results = [];
    let reference;
    let csvRuns;
    for (const [format, file] of formats) {
      const runs = [];
      if (format === 'csv') csvRuns = runs;
      for (let i = 0; i < RUNS; i++) {
        const run = runChild(file, format);
        check(`${format} run ${i + 1}`, run, data, ROWS, reference);
        reference ??= run;
        runs.push(run);
      }
      results.push(summarise(format, runs, ROWS));
    }
    // Growth: the same pipeline from CSV on the first 10,000 and 100,000 rows of the same data.
    const growth = [];
    for (const prefix of data.prefixes) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const run = runChild(prefix.file, 'csv');
        check(`csv ${prefix.rows} rows, run ${i + 1}`, run, prefix, prefix.rows, runs[0]);
        runs.push(run);
      }
      growth.push(growthRow(runs, prefix.rows));
    }
    growth.push(growthRow(csvRuns, ROWS));
    // marginal cost of the rows added since the previous size: flat when the growth is linear
    for (let k = 1; k < growth.length; k++) {
      const [a, b] = [growth[k - 1], growth[k]];
      b.marginal_cpu_ns_per_row = Math.round(((b.cpu_s - a.cpu_s) / (b.rows - a.rows)) * 1e9);
      b.marginal_bytes_per_row = Math.round((b.bytes_per_row * b.rows - a.bytes_per_row * a.rows) / (b.rows - a.rows));
    }
    const pandas = pandasReadCsv(csv, 3);

    const s = (x) => `${x.toFixed(3)} s`;
    const pct = (x) => `${(x * 100).toFixed(1)}%`;
    console.log(
      `\nevaluate-1m — logistic regression (logreg-20.onnx), ${ROWS.toLocaleString('en')} rows x ${FEATURES} numeric features + binary label, ` +
        `${RUNS} fresh processes per format (median; warm page cache), node ${process.version}`,
    );
    const table = [['', ...results.map((r) => r.format)]];
    const line = (label, f) => table.push([label, ...results.map(f)]);
    line('open model (not in end to end)', (r) => s(r.open));
    line('(a) readTable: 20 features + label', (r) => s(r.read));
    line('(b) runner.predict (batches of 16,384)', (r) => s(r.predict));
    line('(c) truth + evaluationMetrics + confusion', (r) => s(r.metrics));
    line('end to end (a + b + c)', (r) => s(r.endToEnd));
    line('CPU (user + system) end to end', (r) => s(r.cpu));
    line('rows/s end to end', (r) => Math.round(r.rowsPerS).toLocaleString('en'));
    line('raw: one session.run, all rows (2nd)', (r) => `${s(r.raw)} (1st ${s(r.rawFirst)})`);
    line('prepare(): all-rows tensor, unbatched', (r) => s(r.build));
    line('outside session.run (end to end - raw)', (r) => `${s(r.outsideRun)} (${pct(r.outsideShare)})`);
    line('(predict - raw) / raw', (r) => pct(r.predictVsRaw));
    line('peak RSS (after metrics)', (r) => `${r.peakRssMb.toFixed(1)} MB`);
    line('RSS before reading (modules + session)', (r) => `${r.baselineRssMb.toFixed(1)} MB`);
    line('peak memory per row (peak - before) / rows', (r) => `${(((r.peakRssMb - r.baselineRssMb) * 1024 * 1024) / ROWS).toFixed(0)} B/row (goal <= 250)`);
    printTable(table);
    console.log(`\n  growth, CSV end to end (median of ${RUNS}; memory: RSS after the metrics - RSS before reading, which includes fixed heap growth, so it is highest per row on few rows):`);
    printTable([
      ['rows', 'end to end', 'CPU', 'ns/row', 'CPU ns/row', 'B/row', 'marginal CPU ns/row', 'marginal B/row'],
      ...growth.map((g) => [g.rows.toLocaleString('en'), s(g.end_to_end_s), s(g.cpu_s), g.ns_per_row, g.cpu_ns_per_row, g.bytes_per_row, g.marginal_cpu_ns_per_row ?? '—', g.marginal_bytes_per_row ?? '—']),
    ]);
    const m = reference.metricValues;
    console.log(`  metrics (identical in every run): roc_auc ${m.roc_auc?.toFixed(4)}, pr_auc ${m.pr_auc?.toFixed(4)}, accuracy ${m.accuracy?.toFixed(4)}, log_loss ${m.log_loss?.toFixed(4)}`);

    let vsPandas;
    if (pandas.skipped) console.log(`  pandas: skipped (${pandas.skipped})`);
    else {
      // best against best: both are timed on a shared machine, where the best run is the least disturbed
      vsPandas = Object.fromEntries(results.map((r) => [r.format, r.bestOutsideRun / pandas.best]));
      const ratio = vsPandas.csv;
      console.log(`  pandas ${pandas.version} read_csv on the same CSV: best of 3 ${s(pandas.best)}, CPU ${s(pandas.cpuBest)} (${pandas.times.map((t) => t.toFixed(3)).join(', ')}; shape ${pandas.shape.join(' x ')})`);
      console.log(
        `  ours, CSV: read + (predict - raw) + metrics, best of ${RUNS} = ${s(results[0].bestOutsideRun)} = ${ratio.toFixed(2)} x pandas.read_csv; goal <= ${PANDAS_GOAL.toFixed(1)}: ${ratio <= PANDAS_GOAL ? 'met' : 'missed'}` +
          (vsPandas.parquet !== undefined ? ` (from Parquet: ${vsPandas.parquet.toFixed(2)} x)` : ''),
      );
      console.log(`  CPU: ours, CSV end to end (model included) ${s(results[0].cpu)} against pandas.read_csv alone ${s(pandas.cpuBest)} = ${(results[0].cpu / pandas.cpuBest).toFixed(2)} x`);
    }
    console.log('');

    const round = (x, digits = 4) => (x === undefined ? undefined : Number(x.toFixed(digits)));
    console.log(
      'BENCH ' +
        JSON.stringify({
          bench: 'evaluate-1m',
          node: process.version,
          rows: ROWS,
          features: FEATURES,
          runs: RUNS,
          csv_mb: round(csvMb, 1),
          parquet_mb: round(parquetMb, 1),
          parquet_skipped: parquetSkipped,
          formats: Object.fromEntries(
            results.map((r) => [
              r.format,
              {
                open_s: round(r.open),
                read_s: round(r.read),
                predict_s: round(r.predict),
                metrics_s: round(r.metrics),
                end_to_end_s: round(r.endToEnd),
                cpu_s: round(r.cpu),
                best_end_to_end_s: round(r.bestEndToEnd),
                rows_per_s: Math.round(r.rowsPerS),
                raw_run_s: round(r.raw),
                raw_first_run_s: round(r.rawFirst),
                build_tensor_s: round(r.build),
                outside_run_s: round(r.outsideRun),
                best_outside_run_s: round(r.bestOutsideRun),
                outside_run_share: round(r.outsideShare),
                predict_vs_raw: round(r.predictVsRaw),
                peak_rss_mb: round(r.peakRssMb, 1),
                baseline_rss_mb: round(r.baselineRssMb, 1),
                bytes_per_row: Math.round(((r.peakRssMb - r.baselineRssMb) * 1024 * 1024) / ROWS),
                vs_pandas_read_csv: round(vsPandas?.[r.format]),
              },
            ]),
          ),
          growth,
          pandas_read_csv_s: pandas.skipped ? undefined : round(pandas.best),
          pandas_read_csv_cpu_s: pandas.skipped ? undefined : round(pandas.cpuBest),
          pandas_version: pandas.version,
          pandas_skipped: pandas.skipped,
          vs_pandas_goal: PANDAS_GOAL,
          vs_pandas_met: vsPandas ? vsPandas.csv <= PANDAS_GOAL : undefined,
          metrics: Object.fromEntries(Object.entries(reference.metricValues).map(([k, v]) => [k, round(v, 6)])),
        }),
    );
  } finally {
    cleanUp();
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], process.argv[5]).catch((error) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(`evaluate-1m: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
