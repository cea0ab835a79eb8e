// The CLI as a user runs it (one esbuild bundle, like dist/cli.js), built from the current src/
// into a scratch folder, so benches measure the working tree without rewriting the committed dist/.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_ENTRY_POINTS, buildBundles, onnxruntimeRoot } from '../../scripts/bundle/esbuild-options.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds src/bin.ts (and the workers beside it, as in dist/) into a fresh temp folder; returns the path of its
 * cli.js, the folder, and a clean-up. `extraEntryPoints` (name: source) are bundled beside them, e.g. a bench's
 * own entry, so it runs src/ as dist/ does (sharing its chunks, starting the same workers).
 */
export async function buildScratchCli(extraEntryPoints = {}) {
  const { dir, dispose } = await buildScratchBundle({ cli: BUNDLE_ENTRY_POINTS.cli, ...extraEntryPoints });
  return { cli: join(dir, 'cli.js'), dir, dispose };
}

/** dist/'s worker-thread entries (every `*-worker` entry point), which a bundle's code starts from its own folder. */
const WORKER_ENTRY_POINTS = Object.fromEntries(Object.entries(BUNDLE_ENTRY_POINTS).filter(([name]) => name.endsWith('-worker')));

/**
 * Builds `entryPoints` (name -> source path) with dist/'s worker entries beside them, as dist/ is built,
 * into a fresh temp folder with the onnxruntime binaries; returns the folder and a clean-up.
 */
export async function buildScratchBundle(entryPoints) {
  const out = mkdtempSync(join(tmpdir(), 'modelops-bench-cli-'));
  // dist/ sits in the package, whose package.json says "type": "module". Without one above them Node 20.19+
  // does not know the .js files are ES modules: it compiles each as CommonJS first, fails, and compiles it
  // again as a module (about 15 ms more CPU at every start of the gate, which users do not pay).
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  await buildBundles(build, { absWorkingDir: ROOT, entryPoints: { ...entryPoints, ...WORKER_ENTRY_POINTS }, outdir: out, platforms: ['linux-x64'] });
  // The native binaries: from dist/ when built, else straight from onnxruntime-node.
  const shipped = join(ROOT, 'dist', 'onnxruntime');
  if (existsSync(shipped)) symlinkSync(shipped, join(out, 'onnxruntime'));
  else {
    mkdirSync(join(out, 'onnxruntime'));
    symlinkSync(join(onnxruntimeRoot, 'bin', 'napi-v6', 'linux', 'x64'), join(out, 'onnxruntime', 'linux-x64'));
  }
  return { dir: out, dispose: () => rmSync(out, { recursive: true, force: true }) };
}
