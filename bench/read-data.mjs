#!/usr/bin/env node
// Benchmark: the CSV reader (src/io/data/csv.ts through readTable) on a 1,000,000 x 20 numeric CSV.
//
// Generates the file once in os.tmpdir() (deterministic values: integers, decimals with 1-6 places,
// negatives, some exponents and missing values), then reads it in fresh Node processes (the TypeScript
// is loaded with `node --import tsx`): all 20 columns, then 2 of the 20 (the others are skipped), plus a
// process that only loads the reader, for the baseline RSS. Each child checks its column sums against
// those computed while generating. Prints a table and one `BENCH {json}` line.
//
// Environment: BENCH_ROWS (default 1000000), BENCH_RUNS (default 3), BENCH_KEEP=1 keeps the CSV.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { intFromEnv } from './lib/env.mjs';
import { random } from './lib/random.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COLUMNS = 20;
const GOAL_ROWS_PER_S = 1_000_000;


// --- child: read the file, report time, RSS and column sums ------------------------------------

async function child(file, mode) {
  const { readTable } = await import(pathToFileURL(join(ROOT, 'src/io/data/read-table.ts')).href);
  const names = mode === 'all' ? Array.from({ length: COLUMNS }, (_, c) => `f${c}`) : mode === 'two' ? ['f3', 'f17'] : [];
  const started = process.hrtime.bigint();
  const table = mode === 'none' ? { rowCount: 0, columns: new Map() } : await readTable(file, { format: 'csv', columns: names.map((name) => ({ name, kind: 'numeric' })) });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const sums = {};
  for (const [name, column] of table.columns) sums[name] = sumOf(column.values);
  process.stdout.write(JSON.stringify({ seconds, rows: table.rowCount, maxRssKb: process.resourceUsage().maxRSS, sums }));
}

/** Sum of the non-missing values, in row order (the same order as when generating, so equal exactly). */
function sumOf(values) {
  let sum = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) sum += values[i];
  return sum;
}

// --- parent ----------------------------------------------------------------------------------

/** One field's text for column c: the mix an exported feature table has. */
function fieldText(next, c) {
  const r = next();
  if (r < 0.01) return '';
  switch (c % 5) {
    case 0:
      return String(Math.floor(next() * 100000)); // counts, ids
    case 1:
      return (next() * 2 - 1).toFixed(6); // standardised features
    case 2:
      return (next() * 5000).toFixed(2); // amounts
    case 3:
      return r < 0.02 ? 'NA' : String(Math.floor(next() * 90) + 18); // ages, with NA
    default:
      return `${(next() * 9 + 1).toFixed(3)}e${Math.floor(next() * 10) - 5}`; // scientific notation
  }
}

function generate(file, rows) {
  const next = random(20240601);
  const sums = {};
  for (let c = 0; c < COLUMNS; c++) sums[`f${c}`] = 0;
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, Array.from({ length: COLUMNS }, (_, c) => `f${c}`).join(',') + '\n');
    let batch = [];
    for (let row = 0; row < rows; row++) {
      const fields = new Array(COLUMNS);
      for (let c = 0; c < COLUMNS; c++) {
        const text = fieldText(next, c);
        fields[c] = text;
        if (text !== '' && text !== 'NA') sums[`f${c}`] += Number(text);
      }
      batch.push(fields.join(','));
      if (batch.length === 10000) {
        writeSync(fd, batch.join('\n') + '\n');
        batch = [];
      }
    }
    if (batch.length > 0) writeSync(fd, batch.join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
  return sums;
}

function runChild(file, mode) {
  const argv = ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, mode];
  const result = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`reader (${mode}) exited ${result.status ?? result.signal}\n${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function main() {
  const ROWS = intFromEnv('BENCH_ROWS', 1_000_000);
  const RUNS = intFromEnv('BENCH_RUNS', 3);
  const file = join(tmpdir(), `modelops-bench-read-data-${ROWS}x${COLUMNS}.csv`);
  try {
    const started = Date.now();
    const expectedSums = generate(file, ROWS);
    const bytes = statSync(file).size;
    console.log(`generated ${file} (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const baseline = runChild(file, 'none');
    const scenarios = [];
    for (const [mode, label] of [
      ['all', `all ${COLUMNS} columns`],
      ['two', `2 of ${COLUMNS} columns`],
    ]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const run = runChild(file, mode);
        if (run.rows !== ROWS) throw new Error(`${label}: read ${run.rows} rows, expected ${ROWS}`);
        for (const [name, sum] of Object.entries(run.sums)) {
          if (sum !== expectedSums[name]) throw new Error(`${label}: column ${name} sums to ${sum}, expected ${expectedSums[name]}`);
        }
        runs.push(run);
      }
      const seconds = median(runs.map((r) => r.seconds));
      scenarios.push({ mode, label, seconds, best: Math.min(...runs.map((r) => r.seconds)), peakRssMb: Math.max(...runs.map((r) => r.maxRssKb)) / 1024 });
    }

    console.log(`\nread-data — readTable(csv), ${ROWS.toLocaleString('en')} rows x ${COLUMNS} numeric columns, ${RUNS} fresh processes each (warm page cache), node ${process.version}`);
    const rows = [['', 'median', 'rows/s', 'MB/s', 'peak RSS']];
    for (const s of scenarios) {
      rows.push([s.label, `${s.seconds.toFixed(3)} s`, `${Math.round(ROWS / s.seconds).toLocaleString('en')}`, `${(bytes / 1e6 / s.seconds).toFixed(0)}`, `${s.peakRssMb.toFixed(1)} MB`]);
    }
    rows.push(['process baseline (no read)', '', '', '', `${(baseline.maxRssKb / 1024).toFixed(1)} MB`]);
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    for (const r of rows) console.log('  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
    const all = scenarios[0];
    const columnsMb = (ROWS * COLUMNS * 8) / 1024 / 1024;
    console.log(`  the 20 Float64Array columns hold ${columnsMb.toFixed(1)} MB; goal ${GOAL_ROWS_PER_S.toLocaleString('en')} rows/s for all columns: ${ROWS / all.seconds >= GOAL_ROWS_PER_S ? 'met' : 'missed'}\n`);

    const round = (x, digits = 4) => Number(x.toFixed(digits));
    console.log(
      'BENCH ' +
        JSON.stringify({
          bench: 'read-data',
          node: process.version,
          rows: ROWS,
          columns: COLUMNS,
          file_mb: round(bytes / 1e6, 1),
          runs: RUNS,
          all_columns_median_s: round(all.seconds),
          all_columns_rows_per_s: Math.round(ROWS / all.seconds),
          all_columns_mb_per_s: round(bytes / 1e6 / all.seconds, 1),
          all_columns_peak_rss_mb: round(all.peakRssMb, 1),
          two_columns_median_s: round(scenarios[1].seconds),
          two_columns_rows_per_s: Math.round(ROWS / scenarios[1].seconds),
          two_columns_peak_rss_mb: round(scenarios[1].peakRssMb, 1),
          baseline_rss_mb: round(baseline.maxRssKb / 1024, 1),
          columns_mb: round(columnsMb, 1),
          goal_rows_per_s: GOAL_ROWS_PER_S,
        }),
    );
  } finally {
    if (process.env.BENCH_KEEP === '1') console.log(`kept ${file}`);
    else if (existsSync(file)) rmSync(file, { force: true });
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).catch((error) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(`read-data: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
