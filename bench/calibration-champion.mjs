#!/usr/bin/env node
// Calibration of the champion and performance gates (issue 11): how often each fails a model that is
// truly as good as required, how often it catches one that is not, and whether its intervals cover the
// truth — seeded simulations through compareWithChampion and performanceChecks exactly as a pull request
// runs them (src/core/champion/calibration-suite.ts). Binary classification, prevalence 0.3, binormal scores;
// champion and challenger on the same rows with latent errors correlated 0.7; champion true ROC AUC 0.85
// and accuracy 0.78; gates.champion tolerance 0.01 (the example repository's), alpha 0.05. Each rate is
// printed with its Monte-Carlo standard error next to its target. Prints tables and one `BENCH {json}`
// line; exits 1 on an error (not on a missed target, which the table says).
//
// Environment: BENCH_TRIALS (default 2000 per scenario; a quarter of it at 10,000 rows and for the
// bootstrap contrast), BENCH_SEED (default 11).
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { intFromEnv } from './lib/env.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

if (!process.argv.includes('--child')) {
  // TypeScript sources: run again under tsx
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], { cwd: ROOT, stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const { calibrateChampion, calibratePerformance } = await import(pathToFileURL(`${ROOT}src/core/champion/calibration-suite.ts`).href);
const trials = intFromEnv('BENCH_TRIALS', 2000);
const seed = intFromEnv('BENCH_SEED', 11);

const pct = (r) => `${(r.rate * 100).toFixed(1)}% ± ${(r.se * 100).toFixed(1)}`;
const results = [];
function table(title, rows) {
  const header = ['scenario', 'rate', 'measured ± MC SE', 'target', ''];
  const widths = header.map((_, k) => Math.max(...[header, ...rows].map((r) => r[k].length)));
  const line = (r) => r.map((cell, k) => cell.padEnd(widths[k])).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}
function row(rows, scenario, what, measured, target, ok) {
  rows.push([scenario, what, pct(measured), target, ok === undefined ? '' : ok ? 'meets' : 'MISSES']);
  results.push({ scenario, what, rate: measured.rate, se: measured.se, trials: measured.trials, target, meets: ok ?? null });
}
const atMost = (r, limit) => r.rate <= limit + 2 * r.se;
const coverageOk = (r) => r.rate >= 0.92 - 2 * r.se && r.rate <= 0.98 + 2 * r.se;

const champion = { rocAuc: 0.85, accuracy: 0.78 };
const started = Date.now();
const championRows = [];
const scenarios = [
  { label: 'equal (Δ 0)', challenger: champion, kind: 'null' },
  { label: 'on the line (Δ −0.01 = −tolerance)', challenger: { rocAuc: 0.84, accuracy: 0.77 }, kind: 'boundary' },
  { label: 'drop 0.03', challenger: { rocAuc: 0.82, accuracy: 0.75 }, kind: 'power' },
  { label: 'drop 0.05', challenger: { rocAuc: 0.8, accuracy: 0.73 }, kind: 'power' },
];
let index = 0;
for (const s of scenarios) {
  for (const rows of [100, 200, 1000, 10000]) {
    const n = rows >= 10000 ? Math.max(50, Math.floor(trials / 4)) : trials;
    const contrast = s.kind === 'boundary' && rows <= 1000;
    const c = calibrateChampion({ rows, challenger: s.challenger, champion }, n, seed + index++, {});
    const label = `${s.label}, ${rows.toLocaleString('en-US')} rows`;
    for (const metric of ['roc_auc', 'accuracy']) {
      const m = c[metric];
      const what = `${metric} fails (${m.method.replace(/ \(.*/, '')})`;
      if (s.kind === 'null') row(championRows, label, what, m.fails, '≤ 2.5% (alpha / 2)', atMost(m.fails, 0.025));
      else if (s.kind === 'boundary') row(championRows, label, what, m.fails, '≈ 2.5% (alpha / 2), ≤ 5%', atMost(m.fails, 0.05));
      else row(championRows, label, what, m.fails, s.label === 'drop 0.05' && rows >= 1000 ? '≥ 80%' : 'reported (power)', s.label === 'drop 0.05' && rows >= 1000 ? m.fails.rate >= 0.8 : undefined);
      row(championRows, label, `${metric} 95% CI covers Δ ${m.trueDelta.toFixed(2)}`, m.coverage, '92–98%', coverageOk(m.coverage));
    }
    if (contrast) {
      const b = calibrateChampion({ rows, challenger: s.challenger, champion }, Math.max(50, Math.floor(trials / 4)), seed + 1000 + index, { contrast: true }).accuracyBootstrap;
      row(championRows, label, 'accuracy fails (old: paired percentile bootstrap)', b.fails, 'contrast', undefined);
      row(championRows, label, 'accuracy bootstrap CI covers Δ', b.coverage, 'contrast', undefined);
    }
  }
}
// the default tolerance is 0: then Δ 0 is the line itself
for (const rows of [200, 1000]) {
  const c = calibrateChampion({ rows, challenger: champion, champion, tolerance: 0 }, trials, seed + index++);
  for (const metric of ['roc_auc', 'accuracy']) row(championRows, `equal, tolerance 0 (the default), ${rows.toLocaleString('en-US')} rows`, `${metric} fails`, c[metric].fails, '≈ 2.5% (alpha / 2), ≤ 5%', atMost(c[metric].fails, 0.05));
}
table(`champion gate calibration: ${trials} trials per scenario (${Math.max(50, Math.floor(trials / 4))} at 10,000 rows and for the bootstrap contrast), seed ${seed}; champion ROC AUC 0.85, accuracy 0.78; tolerance 0.01, alpha 0.05, correlation 0.7`, championRows);

const performanceRows = [];
const truth = { rocAuc: 0.85, accuracy: 0.78 };
for (const rows of [200, 1000]) {
  for (const [label, offset] of [['truly at bound + 0.03', 0.03], ['truly on the bound', 0], ['truly at bound − 0.03', -0.03]]) {
    const c = calibratePerformance({ rows, truth, bounds: { roc_auc: { min: truth.rocAuc - offset }, accuracy: { min: truth.accuracy - offset } } }, trials, seed + index++);
    const scenario = `${label}, ${rows.toLocaleString('en-US')} rows`;
    for (const metric of ['roc_auc', 'accuracy']) {
      const point = c.rates[metric]['point-estimate'];
      const shown = c.rates[metric]['shown-to-meet'];
      if (offset > 0) {
        row(performanceRows, scenario, `${metric} fails (point-estimate, default)`, point.fail, 'reported', undefined);
        row(performanceRows, scenario, `${metric} warns: met, not shown (default)`, point.warn, 'reported', undefined);
        row(performanceRows, scenario, `${metric} passes (either rule)`, point.pass, 'reported (power)', undefined);
      } else {
        row(performanceRows, scenario, `${metric} passes (either rule: shown to meet)`, point.pass, '≤ 2.5% (alpha / 2)', atMost(point.pass, 0.025));
        row(performanceRows, scenario, `${metric} warns (point-estimate, default)`, point.warn, 'reported', undefined);
        row(performanceRows, scenario, `${metric} fails (shown-to-meet)`, shown.fail, 'reported', undefined);
      }
      row(performanceRows, scenario, `${metric} 95% CI covers ${metric === 'roc_auc' ? truth.rocAuc : truth.accuracy}`, c.coverage[metric], '92–98%', coverageOk(c.coverage[metric]));
    }
  }
}
table(`performance gate calibration: ${trials} trials per scenario, seed ${seed}; true ROC AUC 0.85, accuracy 0.78; bounds min at truth − offset; alpha 0.05`, performanceRows);

const seconds = (Date.now() - started) / 1000;
console.log(`\n(${seconds.toFixed(1)} s)`);
console.log(`BENCH ${JSON.stringify({ bench: 'calibration-champion', trials, seed, seconds, results })}`);
