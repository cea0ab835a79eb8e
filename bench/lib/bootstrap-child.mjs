// One fresh process of bench/bootstrap.mjs: the performance gate's bootstrapped bounds and the champion gate's
// paired bootstrap on generated binary predictions of ROWS rows, timed cold (once, as a gate runs them), from the
// TypeScript sources of the checkout at ROOT. Prints one JSON line: CPU and wall milliseconds of each part,
// and the intervals (so two checkouts can be compared value for value).
// Usage: node bench/lib/bootstrap-child.mjs ROOT ROWS
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';
import { random } from './random.mjs';

const [root, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg);
register();
const load = (path) => import(pathToFileURL(`${root}/${path}`).href);
await load('src/v8-tuning.ts'); // as the CLI: V8's interrupt budget
const { performanceChecks } = await load('src/core/evaluation/gate.ts');
const { compareWithChampion } = await load('src/core/champion/gate.ts');

/** Scores on a 1e-4 grid (ties, as models' rounded outputs), labels at the threshold. */
function predictions(next, yTrue, shift) {
  const score = new Float64Array(yTrue.length);
  const yPred = new Uint8Array(yTrue.length);
  for (let i = 0; i < yTrue.length; i++) {
    score[i] = Math.round(Math.min(1, Math.max(0, 0.3 + (yTrue[i] ? 0.25 + shift : -0.1) + (next() - 0.5) * 0.6)) * 1e4) / 1e4;
    yPred[i] = score[i] >= 0.45 ? 1 : 0;
  }
  return { task: 'binary-classification', yTrue, yPred, score };
}
const next = random(18);
const yTrue = new Uint8Array(rows);
for (let i = 0; i < rows; i++) yTrue[i] = next() < 0.3 ? 1 : 0;
const challenger = predictions(next, yTrue, 0.02);
const champion = predictions(next, yTrue, 0);

function timed(fn) {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, cpuMs: (used.user + used.system) / 1000, wallMs: Number(process.hrtime.bigint() - started) / 1e6 };
}
// the example's bootstrapped bounds (f1, brier) and the ranking one (pr_auc); the champion's paired bootstrap of two
const performance = timed(() => performanceChecks({ f1: { min: 0.45 }, brier: { max: 0.2 }, pr_auc: { min: 0.5 } }, challenger, {}));
const paired = timed(() => compareWithChampion(challenger, champion, { metrics: ['f1', 'brier'], tolerance: 0.01, alpha: 0.05, seed: 0 }));
console.log(
  JSON.stringify({
    performance: { cpuMs: performance.cpuMs, wallMs: performance.wallMs },
    paired: { cpuMs: paired.cpuMs, wallMs: paired.wallMs },
    intervals: [...performance.value.map((c) => c.interval), ...paired.value.comparisons.map((c) => c.ci)],
  }),
);
