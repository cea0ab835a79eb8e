// Builds dist/: the Action (dist/index.js) and the CLI (dist/cli.js), and writes schemas/*.json.
// Deterministic output, so CI can check that the committed dist/ is what this produces.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';

await rm('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);" },
};
// onnxruntime-node is a native addon loaded lazily by src/io/onnx; it stays outside the bundle.
common.external = ['onnxruntime-node'];
await build({ ...common, entryPoints: { index: 'action/index.ts', cli: 'src/main.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/write-schemas.ts'], { stdio: 'inherit' });
