// Builds dist/: the Action (dist/index.js) and the CLI (dist/cli.js) with every dependency bundled, the
// validation worker both start for many manifests (dist/validate-worker.js), the drift worker they start for
// large data (dist/drift-worker.js), the worker a large CSV file's read starts when a core is idle
// (dist/csv-worker.js),
// onnxruntime's native binaries for Linux x64 in dist/onnxruntime/linux-x64/, and writes schemas/*.json.
// Deterministic output, so CI can check that the committed dist/ is what this produces.
import { build } from 'esbuild';
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BUNDLE_ENTRY_POINTS, buildBundles, onnxruntimeRoot } from './bundle/esbuild-options.mjs';

// linux-x64 is 46 MB; linux-arm64 would add 25 MB and take dist/ past its 60 MB budget.
const ONNXRUNTIME_PLATFORMS = ['linux-x64'];
const NATIVE_FILES = ['onnxruntime_binding.node', 'libonnxruntime.so.1'];

// Schemas and precompiled validators first: the bundle includes the validators.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/write-schemas.ts'], { stdio: 'inherit' });
await rm('dist', { recursive: true, force: true });
await buildBundles(build, { entryPoints: BUNDLE_ENTRY_POINTS, outdir: 'dist', platforms: ONNXRUNTIME_PLATFORMS });
for (const platform of ONNXRUNTIME_PLATFORMS) {
  const from = join(onnxruntimeRoot, 'bin', 'napi-v6', ...platform.split('-'));
  const to = join('dist', 'onnxruntime', platform);
  await mkdir(to, { recursive: true });
  for (const file of NATIVE_FILES) {
    const source = join(from, file);
    await stat(source).catch(() => {
      throw new Error(`bundle: ${source} is missing; reinstall onnxruntime-node (npm ci)`);
    });
    await copyFile(source, join(to, file));
  }
}
