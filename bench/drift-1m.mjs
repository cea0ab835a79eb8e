#!/usr/bin/env node
// Benchmark (issue 5): univariate drift of 1,000,000 reference rows against 1,000,000 current rows, 20 numeric
// columns, with KS, PSI and the normalised Wasserstein distance on every column — modelops against scipy +
// numpy doing the same on this machine. Goal (issue 18): <= 0.12 x scipy + numpy, compute only.
//
// modelops (src/core/drift, in a fresh `node --import tsx` process per run): per column, prepareColumn (copy the
// finite values and sort each side once, count missing), then the registry's ks, psi and wasserstein tests on
// the prepared samples with their calibrated decisions (PSI's and Wasserstein's permutation p-values, issue 11)
// — what detectDrift does, timed from the loaded Float64Arrays to the 60 results. scipy does not decide, so
// the comparison is generous to scipy.
// scipy + numpy (/usr/bin/python3, Debian's python3-scipy and python3-numpy), per column, the same tests as
// Evidently runs them: scipy.stats.ks_2samp(ref, cur) (method auto: asymptotic at this size), PSI over
// numpy.histogram_bin_edges(concat, 'sturges') with Evidently's empty-bin fill, and
// scipy.stats.wasserstein_distance(ref, cur) / max(numpy.std(ref), 0.001) — timed from the loaded numpy
// arrays to the 60 results. Both sides load the same float64 files first (not timed). Each side runs
// BENCH_RUNS times, paired and interleaved; the best run is compared, by wall clock and by CPU seconds. Every modelops result is checked against scipy's: D to 1e-12,
// the p-value, PSI and the distance to 1e-9 relative — a fast but wrong result fails the bench.
// Prints a table and one `BENCH {json}` line; exits 1 on an error or a mismatch (not on a missed goal).
//
// Environment: BENCH_ROWS (default 1000000, per side), BENCH_COLUMNS (default 20), BENCH_RUNS (default 3),
// BENCH_KEEP=1 keeps the data files.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { random } from './lib/random.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PYTHON = '/usr/bin/python3';
const SEED = 20240605;
/** Issue 18's goal: modelops' best compute time over scipy + numpy's. */
const GOAL = 0.12;


/**
 * Column j: reference normal(0, 1) rounded to 4 decimals (ties, as real data has); current shifted by 0.005 j
 * and scaled by 1 + 0.01 j, so some columns drift and some do not; every 7th column is log-normal (skewed).
 */
function generate(dir, rows, columns) {
  const next = random(SEED);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  for (const side of ['reference', 'current']) {
    const fd = openSync(join(dir, `${side}.f64`), 'w');
    for (let j = 0; j < columns; j++) {
      const values = new Float64Array(rows);
      const shift = side === 'current' ? 0.005 * j : 0;
      const scale = side === 'current' ? 1 + 0.01 * j : 1;
      for (let i = 0; i < rows; i++) {
        const z = normal() * scale + shift;
        values[i] = Math.round((j % 7 === 6 ? Math.exp(z) : z) * 1e4) / 1e4;
      }
      writeSync(fd, new Uint8Array(values.buffer));
    }
    closeSync(fd);
  }
}

// --- child: modelops in a fresh process --------------------------------------------------------------

async function child(dir, rows, columns) {
  const { prepareColumn } = await import(pathToFileURL(join(ROOT, 'src/core/drift/samples.ts')).href);
  const { requireDriftTest } = await import(pathToFileURL(join(ROOT, 'src/core/drift/methods/registry.ts')).href);
  const load = (side) => {
    const bytes = readFileSync(join(dir, `${side}.f64`));
    const all = new Float64Array(bytes.buffer, bytes.byteOffset, rows * columns);
    return Array.from({ length: columns }, (_, j) => ({ name: `f${j}`, kind: 'numeric', values: all.subarray(j * rows, (j + 1) * rows) }));
  };
  const reference = load('reference');
  const current = load('current');
  const tests = ['ks', 'psi', 'wasserstein'].map(requireDriftTest);
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let prepare = 0n;
  const results = [];
  for (let j = 0; j < columns; j++) {
    const t0 = process.hrtime.bigint();
    const column = prepareColumn(reference[j], current[j]);
    prepare += process.hrtime.bigint() - t0;
    // the calibrated decisions (default threshold_mode): KS's p-value, PSI's and Wasserstein's permutation p-values
    const [ks, psi, wasserstein] = tests.map((test) => test.compute(column.reference, column.current, undefined, { mode: 'calibrated', seed: j }));
    results.push({
      d: ks.statistic,
      p: ks.score,
      pValueMethod: ks.detail.pValueMethod,
      psi: psi.score,
      w: wasserstein.score,
      drifted: { ks: ks.drifted, psi: psi.drifted, w: wasserstein.drifted },
      permutations: { psi: psi.detail.permutations, w: wasserstein.detail.permutations },
    });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, prepare: Number(prepare) / 1e9, results, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

// --- scipy + numpy ------------------------------------------------------------------------------------

const PYTHON_SCRIPT = String.raw`
import json, sys, time
try:
    import numpy as np, scipy
    from scipy import stats
except ImportError:
    print(json.dumps({"skipped": "scipy/numpy not installed for ${PYTHON} (apt-get install -y python3-scipy)"})); sys.exit(0)
dir, rows, columns, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
ref = np.fromfile(dir + "/reference.f64", dtype=np.float64).reshape(columns, rows)
cur = np.fromfile(dir + "/current.f64", dtype=np.float64).reshape(columns, rows)

def fill(p):
    nz = p[p != 0]
    m = nz.min()
    return np.where(p == 0, m / 10**6 if m <= 0.0001 else 0.0001, p)

def psi(r, c):
    edges = np.histogram_bin_edges(np.concatenate([r, c]), bins="sturges")
    rp = fill(np.histogram(r, edges)[0] / len(r))
    cp = fill(np.histogram(c, edges)[0] / len(c))
    return float(np.sum((rp - cp) * np.log(rp / cp)))

times, cpu, results = [], [], None
for _ in range(runs):
    t0 = time.perf_counter()
    c0 = time.process_time()
    out = []
    for j in range(columns):
        r, c = ref[j], cur[j]
        ks = stats.ks_2samp(r, c)
        w = stats.wasserstein_distance(r, c) / max(np.std(r), 0.001)
        out.append({"d": float(ks.statistic), "p": float(ks.pvalue), "psi": psi(r, c), "w": float(w)})
    times.append(time.perf_counter() - t0)
    cpu.append(time.process_time() - c0)
    results = out
print(json.dumps({"times": times, "cpu": cpu, "results": results, "scipy": scipy.__version__, "numpy": np.__version__}))
`;
import { intFromEnv } from './lib/env.mjs';

function runScipy(dir, rows, columns, runs) {
  if (!existsSync(PYTHON)) return { skipped: `${PYTHON} not found` };
  const result = spawnSync(PYTHON, ['-c', PYTHON_SCRIPT, dir, String(rows), String(columns), String(runs)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) return { skipped: `${PYTHON}: ${result.error.message}` };
  if (result.status !== 0) throw new Error(`scipy run failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

function runModelops(dir, rows, columns) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', dir, String(rows), String(columns)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`modelops run failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

function check(ours, theirs) {
  const close = (a, b, what, j, tolerance = 1e-9) => {
    if (!(Math.abs(a - b) <= tolerance * Math.max(1e-300, Math.abs(b)) || a === b)) throw new Error(`column f${j}: ${what} ${a} differs from scipy's ${b}`);
  };
  ours.forEach((r, j) => {
    const s = theirs[j];
    // ours is h / lcm(m, n) exactly; scipy's is a difference of two cdf values, off by a few ulps
    close(r.d, s.d, 'KS D', j, 1e-12);
    // scipy's asymptotic p-values below ~1e-300 underflow the same way; compare in relative terms otherwise
    if (s.p > 1e-280) close(r.p, s.p, 'KS p-value', j);
    close(r.psi, s.psi, 'PSI', j);
    close(r.w, s.w, 'Wasserstein', j);
  });
}

async function main() {
  const ROWS = intFromEnv('BENCH_ROWS', 1_000_000);
  const COLUMNS = intFromEnv('BENCH_COLUMNS', 20);
  const RUNS = intFromEnv('BENCH_RUNS', 3);
  const dir = mkdtempSync(join(tmpdir(), 'modelops-bench-drift-'));
  try {
    let t = Date.now();
    generate(dir, ROWS, COLUMNS);
    console.log(`generated ${ROWS.toLocaleString('en')} x ${COLUMNS} reference and current values (float64, ${((2 * ROWS * COLUMNS * 8) / 2 ** 20).toFixed(0)} MiB) in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    // paired and interleaved (one modelops run, one scipy run, ...), so both see the same load
    const ours = [];
    const scipyRuns = [];
    for (let r = 0; r < RUNS; r++) {
      ours.push(runModelops(dir, ROWS, COLUMNS));
      scipyRuns.push(runScipy(dir, ROWS, COLUMNS, 1));
    }
    const scipy = scipyRuns[0].skipped
      ? scipyRuns[0]
      : { ...scipyRuns[0], times: scipyRuns.flatMap((run) => run.times), cpu: scipyRuns.flatMap((run) => run.cpu), results: scipyRuns[scipyRuns.length - 1].results };
    const best = Math.min(...ours.map((r) => r.seconds));
    console.log('');
    console.log(`  modelops (ks + psi + wasserstein, ${COLUMNS} columns): ${ours.map((r) => r.seconds.toFixed(3)).join(', ')} s (CPU ${ours.map((r) => r.cpuSeconds.toFixed(3)).join(', ')} s); best ${best.toFixed(3)} s, of which sorting ${ours.find((r) => r.seconds === best).prepare.toFixed(3)} s; peak RSS ${Math.max(...ours.map((r) => r.peakRssMb)).toFixed(0)} MiB`);
    const pValueMethods = [...new Set(ours[0].results.map((r) => r.pValueMethod))].join(', ');
    const drifted = { ks: ours[0].results.filter((r) => r.drifted.ks).length, psi: ours[0].results.filter((r) => r.drifted.psi).length, w: ours[0].results.filter((r) => r.drifted.w).length };
    const fixed = { psi: ours[0].results.filter((r) => r.psi >= 0.1).length, w: ours[0].results.filter((r) => r.w >= 0.1).length };
    const permutations = ours[0].results.reduce((sum, r) => sum + r.permutations.psi + r.permutations.w, 0);
    console.log(`  KS p-values ${pValueMethods}; drifted at alpha 0.05 (calibrated): KS ${drifted.ks}, PSI ${drifted.psi}, Wasserstein ${drifted.w} of ${COLUMNS} (${permutations} permutations in all); past Evidently's fixed 0.1: PSI ${fixed.psi}, Wasserstein ${fixed.w}`);
    let ratio = null;
    let cpuRatio = null;
    if (scipy.skipped) console.log(`  scipy + numpy: skipped (${scipy.skipped})`);
    else {
      for (const run of ours) check(run.results, scipy.results);
      const scipyBest = Math.min(...scipy.times);
      ratio = best / scipyBest;
      console.log(`  scipy ${scipy.scipy} + numpy ${scipy.numpy} (same tests): ${scipy.times.map((s) => s.toFixed(3)).join(', ')} s (CPU ${scipy.cpu.map((s) => s.toFixed(3)).join(', ')} s); best ${scipyBest.toFixed(3)} s`);
      cpuRatio = Math.min(...ours.map((r) => r.cpuSeconds)) / Math.min(...scipy.cpu);
      console.log(`  modelops / scipy by CPU seconds (best of each): ${cpuRatio.toFixed(2)}`);
      console.log(`  modelops / scipy: ${ratio.toFixed(2)} (goal <= ${GOAL}: ${ratio <= GOAL ? 'met' : 'MISSED'}); every D, p-value, PSI and distance matches scipy's (D to 1e-12, the rest to 1e-9 relative)`);
    }
    console.log(
      'BENCH ' +
        JSON.stringify({
          bench: 'drift-1m',
          rows: ROWS,
          columns: COLUMNS,
          modelopsSeconds: ours.map((r) => r.seconds),
          modelopsBest: best,
          modelopsCpuBest: Math.min(...ours.map((r) => r.cpuSeconds)),
          scipySeconds: scipy.skipped ? null : scipy.times,
          scipyBest: scipy.skipped ? null : Math.min(...scipy.times),
          scipyCpuBest: scipy.skipped ? null : Math.min(...scipy.cpu),
          cpuRatio,
          ratio,
          goal: GOAL,
          goalMet: ratio === null ? null : ratio <= GOAL,
          scipySkipped: scipy.skipped ?? null,
        }),
    );
  } finally {
    if (process.env.BENCH_KEEP === '1') console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
else
  main().catch((error) => {
    console.error(`bench/drift-1m: ${error.message}`);
    process.exitCode = 1;
  });
