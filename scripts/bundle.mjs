// Builds dist/: the Action (dist/index.js) and the CLI (dist/cli.js) with every dependency bundled,
// onnxruntime's native binaries for Linux x64 in dist/onnxruntime/linux-x64/, and writes schemas/*.json.
// Deterministic output, so CI can check that the committed dist/ is what this produces.
import { build } from 'esbuild';
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// linux-x64 is 46 MB; linux-arm64 would add 25 MB and take dist/ past its 60 MB budget.
const ONNXRUNTIME_PLATFORMS = ['linux-x64'];
const NATIVE_FILES = ['onnxruntime_binding.node', 'libonnxruntime.so.1'];

const require = createRequire(import.meta.url);
const onnxruntimeRoot = dirname(require.resolve('onnxruntime-node/package.json'));
const bindingShim = fileURLToPath(new URL('./bundle/onnxruntime-binding.mjs', import.meta.url));

/** onnxruntime-node requires its binding from ../bin/napi-v6/<platform>/<arch>/; in dist/ the shim loads the copy. */
const onnxruntimeBinding = {
  name: 'onnxruntime-binding',
  setup(b) {
    b.onResolve({ filter: /^\.\/binding$/ }, (args) => (args.importer.startsWith(join(onnxruntimeRoot, 'dist')) ? { path: bindingShim } : undefined));
  },
};

// Schemas and precompiled validators first: the bundle includes the validators.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/write-schemas.ts'], { stdio: 'inherit' });
await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'action/index.ts', cli: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  // Flat: every output file sits in dist/, so the binding shim finds dist/onnxruntime/ from import.meta.url.
  chunkNames: '[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __MODELOPS_ONNXRUNTIME_PLATFORMS__: JSON.stringify(ONNXRUNTIME_PLATFORMS.join(',')) },
  plugins: [onnxruntimeBinding],
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);" },
});
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
