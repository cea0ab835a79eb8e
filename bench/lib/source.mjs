// Imports a TypeScript source of the project from a benchmark run with plain `node`: tsx is
// registered on the first import that needs it (`node --import tsx bench/x.mjs` needs none).
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The module at `path` (relative to the repository root, e.g. src/io/onnx/index.ts). */
export async function importSource(path) {
  const url = pathToFileURL(`${ROOT}${path}`).href;
  try {
    return await import(url);
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    const { register } = await import('tsx/esm/api');
    register();
    // A new URL: Node caches the failed import of the plain one.
    return import(`${url}?tsx`);
  }
}
