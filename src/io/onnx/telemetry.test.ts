// onnxruntime's usage telemetry (1.29+ on Linux and macOS) stays off: no device id or event cache is written
// under the user's cache folder when a model is opened, unless ORT_DISABLE_TELEMETRY says otherwise. Checked
// in fresh Node processes with their own HOME, and without the CI variables onnxruntime itself looks for.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const homes: string[] = [];
afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

/** Opens a model in a fresh process whose HOME is a new folder; whether onnxruntime made its telemetry folder there. */
function telemetryFolderAfterOpen(setting: string | undefined): boolean {
  const home = mkdtempSync(join(tmpdir(), 'modelops-ort-home-'));
  homes.push(home);
  const runner = pathToFileURL(fileURLToPath(new URL('./index.ts', import.meta.url))).href;
  const fixtures = pathToFileURL(fileURLToPath(new URL('./test-support.ts', import.meta.url))).href;
  const script = `
    const { openModel } = await import(${JSON.stringify(runner)});
    const { fixture, tensorSpec } = await import(${JSON.stringify(fixtures)});
    const model = await openModel(fixture('logreg.onnx'), tensorSpec('binary-classification', 3));
    await model.release();
  `;
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: home };
  if (setting !== undefined) env['ORT_DISABLE_TELEMETRY'] = setting;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: ROOT, encoding: 'utf8', env });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return existsSync(join(home, '.cache', 'Microsoft'));
}

it('opens models without onnxruntime writing its telemetry device id and cache, unless told to', () => {
  expect(telemetryFolderAfterOpen(undefined)).toBe(false);
  expect(telemetryFolderAfterOpen('1')).toBe(false);
  // the user's own setting wins: with telemetry allowed, onnxruntime writes its folder (what the first case checks is absent)
  expect(telemetryFolderAfterOpen('0')).toBe(true);
});
