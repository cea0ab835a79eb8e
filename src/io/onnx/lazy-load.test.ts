// Importing the runner must not load onnxruntime-node's native binding: only opening a model does.
// Checked in a fresh Node process, so no other test file can have loaded it first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

it('loads onnxruntime-node on the first openModel, not on import', () => {
  const runner = pathToFileURL(fileURLToPath(new URL('./index.ts', import.meta.url))).href;
  const fixtures = fileURLToPath(new URL('./test-support.ts', import.meta.url));
  const script = `
    import { createRequire } from 'node:module';
    const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('onnxruntime-node'));
    const { openModel } = await import(${JSON.stringify(runner)});
    const { fixture, tensorSpec } = await import(${JSON.stringify(pathToFileURL(fixtures).href)});
    const afterImport = loaded();
    const model = await openModel(fixture('logreg.onnx'), tensorSpec('binary-classification', 3));
    await model.release();
    console.log(JSON.stringify({ afterImport, afterOpen: loaded() }));
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: ROOT, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(JSON.parse(child.stdout.trim())).toEqual({ afterImport: false, afterOpen: true });
});
