#!/usr/bin/env node
// Calibration of the monitoring decisions (issue 11): the domain classifier's false alarms when reference
// and current come from one distribution (four numeric columns, one categorical), and whether CBPE's
// estimate ± 3 SE band holds the realised metric of a current sample (a covariate-shifted population, the
// model's score its true probability, CBPE fitted on 5,000 labelled reference rows) — seeded simulations
// through domainClassifier and fitCbpe / estimateCbpe (src/core/drift/monitoring/calibration-suite.ts). Each rate
// is printed with its Monte-Carlo standard error next to its target. Prints a table and one `BENCH {json}`
// line; exits 1 on an error (not on a missed target, which the table says).
//
// Environment: BENCH_DOMAIN_TRIALS (default 1000 per size), BENCH_CBPE_TRIALS (default 1000 per size),
// BENCH_SEED (default 5).
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { intFromEnv } from './lib/env.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

if (!process.argv.includes('--child')) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], { cwd: ROOT, stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const { calibrateCbpe, calibrateDomainClassifier } = await import(pathToFileURL(`${ROOT}src/core/drift/monitoring/calibration-suite.ts`).href);
const domainTrials = intFromEnv('BENCH_DOMAIN_TRIALS', 1000);
const cbpeTrials = intFromEnv('BENCH_CBPE_TRIALS', 1000);
const seed = intFromEnv('BENCH_SEED', 5);

const pct = (r) => `${(r.rate * 100).toFixed(1)}% ± ${(r.se * 100).toFixed(1)}`;
// Monte-Carlo SE of a ratio of an SE to a standard deviation from T trials: ≈ ratio / sqrt(2 (T − 1))
const ratio = (value, trials) => `${value.toFixed(3)} ± ${(value / Math.sqrt(2 * (trials - 1))).toFixed(3)}`;
const rows = [];
const results = [];
const started = Date.now();

// equal sizes, and a large reference against a small current sample (a fifth of the trials: 5,100 rows each)
for (const [i, [reference, current, trials]] of [[100, 100, domainTrials], [200, 200, domainTrials], [5000, 100, Math.max(20, Math.round(domainTrials / 5))]].entries()) {
  const d = calibrateDomainClassifier(reference, trials, seed + i, undefined, current);
  const label = `domain classifier, no drift, ${reference}/${current}`;
  rows.push([label, 'false alarms (permutation threshold, default)', pct(d.falseAlarms), '≤ 5%', d.falseAlarms.rate <= 0.05 + 2 * d.falseAlarms.se ? 'meets' : 'MISSES']);
  rows.push([label, 'false alarms of the old band 0.45–0.65', pct(d.oldBandAlarms), 'reported', '']);
  rows.push([label, 'mean AUC threshold', d.meanThreshold.toFixed(3), 'reported', '']);
  results.push({ scenario: label, falseAlarms: d.falseAlarms, oldBandAlarms: d.oldBandAlarms, meanThreshold: d.meanThreshold });
}
for (const [i, n] of [200, 1000].entries()) {
  const label = `CBPE, ${n} current rows`;
  for (const m of calibrateCbpe(n, cbpeTrials, seed + 10 + i)) {
    rows.push([label, `${m.metric}: realised inside ± 3 SE`, pct(m.coverage), '≥ 99%', m.coverage.rate >= 0.99 ? 'meets' : 'MISSES']);
    rows.push([label, `${m.metric}: SE / spread of realised − estimate`, ratio(m.seOverSpread, m.coverage.trials), '0.8–1.2', m.seOverSpread >= 0.8 && m.seOverSpread <= 1.2 ? 'meets' : 'MISSES']);
    rows.push([label, `${m.metric}: NannyML's SE / spread (before)`, ratio(m.nannymlSeOverSpread, m.coverage.trials), 'reported', '']);
    results.push({ scenario: label, ...m });
  }
}
const seconds = (Date.now() - started) / 1000;

const widths = [0, 1, 2, 3, 4].map((k) => Math.max(...[['scenario', 'rate', 'measured ± MC SE', 'target', ''], ...rows].map((r) => r[k].length)));
const line = (r) => r.map((cell, k) => cell.padEnd(widths[k])).join('  ').trimEnd();
console.log(`monitoring calibration: ${domainTrials} domain-classifier and ${cbpeTrials} CBPE trials per size, seed ${seed} (${seconds.toFixed(1)} s)`);
console.log(line(['scenario', 'rate', 'measured ± MC SE', 'target', '']));
for (const r of rows) console.log(line(r));
console.log(`BENCH ${JSON.stringify({ bench: 'calibration-monitoring', domainTrials, cbpeTrials, seed, seconds, results })}`);
