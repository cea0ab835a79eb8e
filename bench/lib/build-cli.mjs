// The CLI as a user runs it (one esbuild bundle, like dist/cli.js), built from the current src/
// into a scratch folder, so benches measure the working tree without rewriting the committed dist/.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds src/main.ts into a fresh temp folder; returns the path of its cli.js and a clean-up. */
export async function buildScratchCli() {
  const out = mkdtempSync(join(tmpdir(), 'modelops-bench-cli-'));
  const require = createRequire(join(ROOT, 'package.json'));
  const onnxruntimeRoot = dirname(require.resolve('onnxruntime-node/package.json'));
  const bindingShim = join(ROOT, 'scripts', 'bundle', 'onnxruntime-binding.mjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/main.ts' },
    outdir: out,
    bundle: true,
    splitting: true,
    chunkNames: '[name]-[hash]',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    logLevel: 'warning',
    define: { __MODELOPS_ONNXRUNTIME_PLATFORMS__: JSON.stringify('linux-x64') },
    plugins: [
      {
        name: 'onnxruntime-binding',
        setup(b) {
          b.onResolve({ filter: /^\.\/binding$/ }, (args) => (args.importer.startsWith(join(onnxruntimeRoot, 'dist')) ? { path: bindingShim } : undefined));
        },
      },
    ],
    banner: { js: "import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);" },
  });
  // The native binaries: from dist/ when built, else straight from onnxruntime-node.
  const shipped = join(ROOT, 'dist', 'onnxruntime');
  if (existsSync(shipped)) symlinkSync(shipped, join(out, 'onnxruntime'));
  else {
    mkdirSync(join(out, 'onnxruntime'));
    symlinkSync(join(onnxruntimeRoot, 'bin', 'napi-v6', 'linux', 'x64'), join(out, 'onnxruntime', 'linux-x64'));
  }
  return { cli: join(out, 'cli.js'), dispose: () => rmSync(out, { recursive: true, force: true }) };
}
