#!/usr/bin/env node
// Fuzzing: seeded mutations of the example repository's manifest, policy and data files, each run
// through the CLI's in-process entry (runCli), counting what must never happen: internal errors
// (an exit code outside 0/1/2 or "unexpected error"), hangs, stack traces, and messages containing
// `undefined`, `[object Object]` or an absolute path. Exits 1 if any count is not 0.
//
// Environment: FUZZ_SEED (default 1), FUZZ_MANIFESTS (default 10000), FUZZ_DATA (default 1000),
// FUZZ_GATE_EVERY (default 10: every n-th data mutation runs `gate`, which reads every row).
import { register } from 'tsx/esm/api';
import { intFromEnv } from './lib/env.mjs';

register();
const { fuzzCli } = await import('../src/testing/fuzz.ts');
const { removeScratchRepos } = await import('../src/testing/repos.ts');

const seed = intFromEnv('FUZZ_SEED', 1);
const manifestMutations = intFromEnv('FUZZ_MANIFESTS', 10_000);
const dataMutations = intFromEnv('FUZZ_DATA', 1000);
const gateEvery = intFromEnv('FUZZ_GATE_EVERY', 10);

const started = performance.now();
let lastReport = 0;
const counts = await fuzzCli({
  seed,
  manifestMutations,
  dataMutations,
  gateEvery,
  onProgress: (done, total) => {
    if (performance.now() - lastReport < 10_000 && done < total) return;
    lastReport = performance.now();
    console.log(`  ${done}/${total} mutations, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  },
});
removeScratchRepos();
const seconds = (performance.now() - started) / 1000;

const rows = [
  ['internal errors', counts.internalErrors],
  ['hangs (> 10 s)', counts.hangs],
  ['stack traces', counts.stackTraces],
  ["messages with 'undefined'", counts.undefinedText],
  ["messages with '[object Object]'", counts.objectText],
  ['messages with an absolute path', counts.absolutePaths],
];
console.log(`\nfuzz — seed ${seed}: ${manifestMutations} manifest/policy and ${dataMutations} data mutations, ${counts.runs} CLI runs in ${seconds.toFixed(1)} s`);
for (const [name, value] of rows) console.log(`  ${String(value).padStart(6)}  ${name}`);
console.log(`  exit codes: ${Object.entries(counts.exitCodes).map(([code, n]) => `${code}: ${n}`).join(', ')}`);
for (const example of counts.examples) console.log(`\n  ${example.kind} (${example.what}):\n    ${example.output.replace(/\n/g, '\n    ')}`);
console.log(`BENCH ${JSON.stringify({ bench: 'fuzz', seed, manifestMutations, dataMutations, runs: counts.runs, seconds, ...Object.fromEntries(rows.map(([k, v]) => [k, v])), exitCodes: counts.exitCodes })}`);
if (rows.some(([, value]) => value !== 0)) process.exitCode = 1;
