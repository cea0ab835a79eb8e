#!/usr/bin/env node
// Calibration of the fairness gate (issue 11): how often it fails a fair model, how often it catches an
// unfair one, and whether its intervals cover the true value — seeded simulations through evaluateFairness
// and fairnessGate exactly as a pull request runs them (src/core/fairness/calibration-suite.ts).
// Two groups, labels and predictions independent, true selection rates as listed; bound
// demographic_parity_ratio ≥ 0.8, alpha 0.05 (95% intervals). Each rate is printed with its Monte-Carlo
// standard error next to its target. Prints a table and one `BENCH {json}` line; exits 1 on an error (not
// on a missed target, which the table says).
//
// Environment: BENCH_TRIALS (default 2000 per scenario), BENCH_SEED (default 11).
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { intFromEnv } from './lib/env.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

if (!process.argv.includes('--child')) {
  // TypeScript sources: run again under tsx
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], { cwd: ROOT, stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const { calibrateFairness } = await import(pathToFileURL(`${ROOT}src/core/fairness/calibration-suite.ts`).href);
const trials = intFromEnv('BENCH_TRIALS', 2000);
const seed = intFromEnv('BENCH_SEED', 11);

const pct = (r) => `${(r.rate * 100).toFixed(1)}% ± ${(r.se * 100).toFixed(1)}`;
const rows = [];
const results = [];
function row(scenario, what, measured, target, ok) {
  rows.push([scenario, what, pct(measured), target, ok === undefined ? '' : ok ? 'meets' : 'MISSES']);
  results.push({ scenario, what, rate: measured.rate, se: measured.se, trials: measured.trials, target, meets: ok ?? null });
}

const scenarios = [
  { label: 'fair 0.40/0.40, 30 per group', rates: [0.4, 0.4], n: 30, fair: true },
  { label: 'fair 0.40/0.40, 100 per group', rates: [0.4, 0.4], n: 100, fair: true },
  { label: 'fair 0.40/0.40, 1000 per group', rates: [0.4, 0.4], n: 1000, fair: true },
  { label: 'on the bound 0.32/0.40 (ratio 0.8), 100', rates: [0.32, 0.4], n: 100, onBound: true },
  { label: 'ratio 0.6: 0.24/0.40, 100 per group', rates: [0.24, 0.4], n: 100, unfair: true },
  { label: 'ratio 0.6: 0.30/0.50, 100 per group', rates: [0.3, 0.5], n: 100, unfair: true },
  { label: 'ratio 0.6: 0.54/0.90, 100 per group', rates: [0.54, 0.9], n: 100, unfair: true },
  { label: 'ratio 0.6: 0.24/0.40, 400 per group', rates: [0.24, 0.4], n: 400 },
];
const started = Date.now();
for (const [i, s] of scenarios.entries()) {
  const c = calibrateFairness({ selectionRates: s.rates, rowsPerGroup: s.n }, trials, seed + i);
  if (s.fair) {
    row(s.label, 'gate fails (evidence rule, default)', c.failEvidence, '≤ 5%', c.failEvidence.rate <= 0.05);
    row(s.label, 'gate warns (not shown broken)', c.warnEvidence, 'reported');
    row(s.label, 'gate fails (point-estimate rule)', c.failPointEstimate, 'reported (the old default)');
  } else if (s.unfair) {
    row(s.label, 'gate fails (evidence rule, default)', c.failEvidence, '≥ 80%', c.failEvidence.rate >= 0.8);
    row(s.label, 'gate warns (not shown broken)', c.warnEvidence, 'reported');
  } else {
    row(s.label, 'gate fails (evidence rule, default)', c.failEvidence, s.onBound ? '≤ 2.5% (alpha / 2)' : 'reported (power)', s.onBound ? c.failEvidence.rate <= 0.025 + 2 * c.failEvidence.se : undefined);
  }
  const inBand = (r) => r.rate >= 0.92 && r.rate <= 0.98;
  row(s.label, `95% CI covers ratio ${c.trueRatio.toFixed(2)}`, c.coverageRatio, '92–98%', inBand(c.coverageRatio));
  row(s.label, `95% CI covers difference ${c.trueDifference.toFixed(2)}`, c.coverageDifference, '92–98%', inBand(c.coverageDifference));
  row(s.label, 'equalized odds ratio CI covers it', c.coverageEqualizedOddsRatio, '≥ 92% (Bonferroni over TPR, FPR)', c.coverageEqualizedOddsRatio.rate >= 0.92);
}
const seconds = (Date.now() - started) / 1000;

const widths = [0, 1, 2, 3, 4].map((k) => Math.max(...[['scenario', 'rate', 'measured ± MC SE', 'target', ''], ...rows].map((r) => r[k].length)));
const line = (r) => r.map((cell, k) => cell.padEnd(widths[k])).join('  ').trimEnd();
console.log(`fairness gate calibration: ${trials} trials per scenario, seed ${seed}, demographic_parity_ratio ≥ 0.8, alpha 0.05 (${seconds.toFixed(1)} s)`);
console.log(line(['scenario', 'rate', 'measured ± MC SE', 'target', '']));
for (const r of rows) console.log(line(r));
console.log(`BENCH ${JSON.stringify({ bench: 'calibration-fairness', trials, seed, seconds, results })}`);
