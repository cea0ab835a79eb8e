#!/usr/bin/env node
// `npm run bench`: runs every bench/*.mjs in name order, each as its own Node process, and exits 1
// if any of them fails. `npm run bench -- validate` runs only the files whose name contains "validate".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = join(ROOT, 'bench');
const filters = process.argv.slice(2);

let files;
try {
  files = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.mjs')).sort();
} catch (error) {
  console.error(`bench: cannot read ${BENCH_DIR}: ${error.message}`);
  process.exit(1);
}
if (filters.length > 0) files = files.filter((f) => filters.some((filter) => f.includes(filter)));
if (files.length === 0) {
  console.error(filters.length > 0 ? `bench: no bench/*.mjs matches ${filters.join(', ')}` : 'bench: no bench/*.mjs files found');
  process.exit(1);
}

const results = [];
for (const file of files) {
  console.log(`\n=== bench/${file}`);
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(BENCH_DIR, file)], { cwd: ROOT, stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const outcome = child.error ? `error: ${child.error.message}` : child.signal ? `killed by ${child.signal}` : child.status === 0 ? 'ok' : `exit ${child.status}`;
  results.push({ file, outcome, seconds });
  if (child.signal === 'SIGINT') break; // Ctrl-C stops the whole run, not just one benchmark.
}

console.log('\n=== summary');
for (const { file, outcome, seconds } of results) console.log(`  ${outcome === 'ok' ? 'ok  ' : 'FAIL'}  bench/${file}  (${seconds.toFixed(1)} s${outcome === 'ok' ? '' : `, ${outcome}`})`);
const failed = results.filter((r) => r.outcome !== 'ok').length + (files.length - results.length);
if (failed > 0) {
  console.error(`bench: ${failed} of ${files.length} benchmark(s) failed or did not run`);
  process.exitCode = 1;
}
