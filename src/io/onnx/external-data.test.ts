// External tensor data must stay in the model's folder: checked on real files in a temporary repository.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RepoFiles } from '../repo-files.js';
import { externalDataProblems } from './external-data.js';
import { fixture } from './test-support.js';

const root = mkdtempSync(join(tmpdir(), 'modelops-external-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function place(model: string, as: string, extra: Record<string, string> = {}): void {
  mkdirSync(join(root, 'models', 'm'), { recursive: true });
  copyFileSync(fixture(model), join(root, as));
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(root, path), text);
}

describe('externalDataProblems', () => {
  it('accepts data in a file beside the model, and models without external data', async () => {
    place('external-data.onnx', 'models/m/model.onnx');
    copyFileSync(fixture('external-data.bin'), join(root, 'models/m/external-data.bin'));
    place('logreg.onnx', 'models/m/plain.onnx');
    const files = await RepoFiles.open(root);
    expect(await externalDataProblems(files, 'models/m/model.onnx')).toEqual([]);
    expect(await externalDataProblems(files, 'models/m/plain.onnx')).toEqual([]);
  });

  it('refuses a location outside the model\'s folder, even when the file is in the repository', async () => {
    place('external-escape.onnx', 'models/m/escape.onnx', { 'outside.bin': 'x' });
    const files = await RepoFiles.open(root);
    expect(await externalDataProblems(files, 'models/m/escape.onnx')).toEqual([
      { tensor: 'coef', location: '../../outside.bin', problem: "resolves to 'outside.bin', outside the model's folder 'models/m/'" },
    ]);
  });

  it('refuses a missing file and a symlink that leaves the repository', async () => {
    place('external-data.onnx', 'models/m/dangling.onnx');
    rmSync(join(root, 'models/m/external-data.bin'));
    const files = await RepoFiles.open(root);
    expect(await externalDataProblems(files, 'models/m/dangling.onnx')).toEqual([
      { tensor: 'coef', location: 'external-data.bin', problem: "names 'models/m/external-data.bin', which does not exist" },
    ]);
    symlinkSync(fixture('external-data.bin'), join(root, 'models/m/external-data.bin'));
    const [problem] = await externalDataProblems(await RepoFiles.open(root), 'models/m/dangling.onnx');
    expect(problem?.problem).toMatch(/^'models\/m\/external-data\.bin' is a symlink that resolves outside the repository/);
  });
});
