#!/usr/bin/env node
// Benchmark: `modelops validate --format json` (src/ bundled into a scratch cli.js, as dist/ is) over 1,000 manifests, each run a fresh Node process.
//
// Builds a scratch repository in os.tmpdir(): the example policy, the files the credit-risk manifest
// points at (shared by every manifest, so each file is hashed and read once per run), and
// models/model-0000 … model-0999/model.yaml derived from example-repo/models/credit-risk/model.yaml.
// Times RUNS cold runs (fresh process; the OS page cache is warm) against the 1.0 s goal, plus a
// single-manifest repository for the fixed start-up cost. Prints a table and one `BENCH {json}` line.
//
// Environment: BENCH_MANIFESTS (default 1000), BENCH_RUNS (default 5), BENCH_KEEP=1 keeps the scratch dir.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { intFromEnv } from './lib/env.mjs';
import { buildScratchCli } from './lib/build-cli.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = join(ROOT, 'example-repo');
const SOURCE_MANIFEST = 'models/credit-risk/model.yaml';
const GOAL_S = 1.0;

const MANIFESTS = intFromEnv('BENCH_MANIFESTS', 1000);
const RUNS = intFromEnv('BENCH_RUNS', 5);

// --- scratch repository ----------------------------------------------------------------------

/** Repository paths the example manifest mentions (artifact, data, evidence) that exist as files. */
function referencedFiles(manifestText) {
  const candidates = new Set(manifestText.match(/[\w.-]+(?:\/[\w.-]+)+/g) ?? []);
  return [...candidates].filter((p) => {
    const abs = join(EXAMPLE, p);
    return !p.startsWith('.') && existsSync(abs) && statSync(abs).isFile() && p !== SOURCE_MANIFEST;
  });
}

function replaceOnce(text, from, to) {
  if (!from.test(text)) throw new Error(`${SOURCE_MANIFEST} no longer contains ${from}; update bench/validate-manifests.mjs`);
  return text.replace(from, to);
}

/** The example manifest as model-NNNN: its own name, version 1.0.N and threshold; shared file paths. */
function manifestFor(template, index) {
  const name = `model-${String(index).padStart(4, '0')}`;
  let text = replaceOnce(template, /^  name: credit-risk$/m, `  name: ${name}`);
  text = replaceOnce(text, /^  version: \S+$/m, `  version: 1.0.${index}`);
  text = replaceOnce(text, /^  threshold: \S+$/m, `  threshold: ${(0.3 + (index % 400) / 1000).toFixed(3)}`);
  // The example is in production, which requires the whole checklist: should an item be answered
  // "no" there (it was in v1), answer it so every manifest passes and the full checklist is evaluated.
  text = text.replace(/\banswer: no\b/g, 'answer: yes');
  return { name, text };
}

function buildRepo(dir, count, template, shared) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(EXAMPLE, 'modelops.yaml'), join(dir, 'modelops.yaml'));
  for (const rel of shared) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    copyFileSync(join(EXAMPLE, rel), join(dir, rel));
  }
  for (let i = 0; i < count; i++) {
    const { name, text } = manifestFor(template, i);
    mkdirSync(join(dir, 'models', name), { recursive: true });
    writeFileSync(join(dir, 'models', name, 'model.yaml'), text);
  }
}

// --- measuring -------------------------------------------------------------------------------

const TIME_BIN = '/usr/bin/time';
const useGnuTime = existsSync(TIME_BIN) && spawnSync(TIME_BIN, ['-v', process.execPath, '-e', ''], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');

/** One fresh `node dist/cli.js validate` process: wall seconds, peak RSS (kB), CPU seconds, parsed report. */
function runValidate(repo, scratch) {
  const args = [CLI, 'validate', '--repo', repo, '--format', 'json'];
  const rssFile = join(scratch, 'rss.txt');
  let command = process.execPath;
  let argv = args;
  let env = process.env;
  if (useGnuTime) {
    command = TIME_BIN;
    argv = ['-v', process.execPath, ...args];
  } else {
    // Fallback: a preloaded module records the child's own process.resourceUsage() at exit.
    argv = ['--import', pathToFileURL(join(scratch, 'rss-probe.mjs')).href, ...args];
    env = { ...process.env, BENCH_RSS_FILE: rssFile };
  }
  const started = process.hrtime.bigint();
  const child = spawnSync(command, argv, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.error) throw child.error;
  if (child.status !== 0) {
    throw new Error(`validate exited ${child.status ?? child.signal} for ${repo}\n${child.stderr.slice(-2000)}\n${summarizeFailures(child.stdout)}`);
  }
  let rssKb;
  let cpu;
  if (useGnuTime) {
    rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]);
    const user = Number(/User time \(seconds\): ([\d.]+)/.exec(child.stderr)?.[1]);
    const sys = Number(/System time \(seconds\): ([\d.]+)/.exec(child.stderr)?.[1]);
    cpu = user + sys;
  } else {
    const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
    rssKb = usage.maxRSS;
    cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  }
  return { wall, rssKb, cpu, report: JSON.parse(child.stdout) };
}

function summarizeFailures(stdout) {
  try {
    const report = JSON.parse(stdout);
    const findings = [...report.findings, ...report.models.flatMap((m) => m.findings)].filter((f) => f.severity === 'error');
    return findings
      .slice(0, 5)
      .map((f) => `  ${f.file ?? ''}:${f.line ?? ''} ${f.code}: ${f.message}`)
      .join('\n');
  } catch {
    return stdout.slice(0, 2000);
  }
}

function checkReport(report, expected) {
  const listed = report.models?.length;
  if (listed !== expected || report.summary?.models !== expected) {
    throw new Error(`expected the report to list ${expected} models, got models.length=${listed}, summary.models=${report.summary?.models}`);
  }
  if (report.exitCode !== 0) throw new Error(`report exitCode is ${report.exitCode}`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function measure(repo, expected, scratch) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = runValidate(repo, scratch);
    checkReport(run.report, expected);
    run.report = undefined; // output discarded once checked
    runs.push(run);
  }
  const walls = runs.map((r) => r.wall);
  return {
    walls,
    min: Math.min(...walls),
    median: median(walls),
    peakRssMb: Math.max(...runs.map((r) => r.rssKb)) / 1024,
    cpuMedian: median(runs.map((r) => r.cpu)),
  };
}

// --- main ------------------------------------------------------------------------------------

const built = await buildScratchCli();
const CLI = built.cli;
const scratch = mkdtempSync(join(tmpdir(), 'modelops-bench-'));
const cleanUp = () => {
  if (process.env.BENCH_KEEP === '1') console.log(`kept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
  built.dispose();
};
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

try {
  const template = readFileSync(join(EXAMPLE, SOURCE_MANIFEST), 'utf8');
  const shared = referencedFiles(template);
  const many = join(scratch, 'repo-many');
  const one = join(scratch, 'repo-one');
  buildRepo(many, MANIFESTS, template, shared);
  buildRepo(one, 1, template, shared);
  writeFileSync(
    join(scratch, 'rss-probe.mjs'),
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify(process.resourceUsage())));\n",
  );

  // Untimed check run: every manifest valid (exit 0) and listed; also warms the page cache.
  checkReport(runValidate(many, scratch).report, MANIFESTS);
  checkReport(runValidate(one, scratch).report, 1);

  const big = measure(many, MANIFESTS, scratch);
  const single = measure(one, 1, scratch);
  const marginalMs = ((big.median - single.median) / (MANIFESTS - 1)) * 1000;
  const perSecond = MANIFESTS / big.median;
  const ratio = big.median / GOAL_S;

  const s = (x) => `${x.toFixed(3)} s`;
  const rows = [
    ['', 'min', 'median', 'cpu (median)', 'peak RSS'],
    [`${MANIFESTS.toLocaleString('en')} manifests`, s(big.min), s(big.median), s(big.cpuMedian), `${big.peakRssMb.toFixed(1)} MB`],
    ['1 manifest', s(single.min), s(single.median), s(single.cpuMedian), `${single.peakRssMb.toFixed(1)} MB`],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`\nvalidate-manifests — node dist/cli.js validate --format json, ${RUNS} fresh processes each (warm page cache)`);
  console.log(`node ${process.version}, RSS via ${useGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage()'}`);
  for (const r of rows) console.log('  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
  console.log(`  throughput     ${perSecond.toFixed(0)} manifests/s (median, including start-up)`);
  console.log(`  marginal cost  ${marginalMs.toFixed(3)} ms per manifest (median ${MANIFESTS} − median 1) / ${MANIFESTS - 1}`);
  console.log(`  goal           ${GOAL_S.toFixed(1)} s for ${MANIFESTS.toLocaleString('en')} manifests: median is ${ratio.toFixed(2)}× the goal (${ratio <= 1 ? 'met' : 'over'})\n`);

  const round = (x, digits = 4) => Number(x.toFixed(digits));
  console.log(
    'BENCH ' +
      JSON.stringify({
        bench: 'validate-manifests',
        node: process.version,
        manifests: MANIFESTS,
        runs: RUNS,
        min_s: round(big.min),
        median_s: round(big.median),
        cpu_median_s: round(big.cpuMedian),
        manifests_per_s: round(perSecond, 1),
        peak_rss_mb: round(big.peakRssMb, 1),
        single_min_s: round(single.min),
        single_median_s: round(single.median),
        single_peak_rss_mb: round(single.peakRssMb, 1),
        marginal_ms_per_manifest: round(marginalMs),
        goal_s: GOAL_S,
        ratio_to_goal: round(ratio, 3),
        runs_s: big.walls.map((w) => round(w)),
        rss_source: useGnuTime ? 'gnu-time' : 'resourceUsage',
      }),
  );
} catch (error) {
  console.error(`validate-manifests: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  cleanUp();
}
