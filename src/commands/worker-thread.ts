// Starting one of the bundle's worker-thread entries (dist/validate-worker.js, dist/drift-worker.js) from the
// module beside it: in dist/ (a flat bundle) the entry's .js file sits in the caller's folder; from the
// TypeScript sources (tests, tsx), a bootstrap imports the entry's .ts file through tsx.
import { Worker } from 'node:worker_threads';

/** A worker running `entry` (its file name without extension, in the folder of the module at `from`, the caller's import.meta.url). */
export function startWorkerThread(entry: string, from: string, workerData?: unknown): Worker {
  const options = workerData === undefined ? {} : { workerData };
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${entry}.js`, from), options);
  const source = JSON.stringify(new URL(`./${entry}.ts`, from).href);
  // tsx's ESM API (its exports map gives require() a build that fails in an eval'd worker).
  const bootstrap = `const { dirname, join } = require('node:path');
const tsx = dirname(require('node:module').createRequire(${JSON.stringify(from)}).resolve('tsx/package.json'));
import(require('node:url').pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href).then(({ tsImport }) => tsImport(${source}, ${JSON.stringify(from)}));`;
  return new Worker(bootstrap, { eval: true, ...options });
}
