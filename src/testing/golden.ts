// Golden files: a rendering compared byte for byte with a file kept in git, so a change to what users
// read shows up in review as a diff of that file. UPDATE_GOLDEN=1 rewrites the files instead of
// comparing (refused in CI, which must compare).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect } from 'vitest';

export function expectGolden(actual: string, file: string, env: NodeJS.ProcessEnv = process.env): void {
  const name = relative(process.cwd(), file);
  if (env['UPDATE_GOLDEN'] === '1') {
    if (env['CI'] === 'true') throw new Error(`UPDATE_GOLDEN=1 with CI=true: CI compares golden files, it never rewrites them (${name})`);
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`${name}: no golden file; write it with UPDATE_GOLDEN=1 and review it before committing`);
  expect(actual, `${name} differs from the rendering (if the change is intended: UPDATE_GOLDEN=1, then review the diff)`).toBe(readFileSync(file, 'utf8'));
}
