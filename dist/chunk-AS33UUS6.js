import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/commands/worker-thread.ts
import { Worker } from "node:worker_threads";
function startWorkerThread(entry, from, workerData) {
  const options = workerData === void 0 ? {} : { workerData };
  if (!from.endsWith(".ts")) return new Worker(new URL(`./${entry}.js`, from), options);
  const source = JSON.stringify(new URL(`./${entry}.ts`, from).href);
  const bootstrap = `const { dirname, join } = require('node:path');
const tsx = dirname(require('node:module').createRequire(${JSON.stringify(from)}).resolve('tsx/package.json'));
import(require('node:url').pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href).then(({ tsImport }) => tsImport(${source}, ${JSON.stringify(from)}));`;
  return new Worker(bootstrap, { eval: true, ...options });
}

export {
  startWorkerThread
};
