// The npm package as a user gets it: `npm pack` of this tree (dist/ as built by `npm run bundle`),
// installed offline into a new git repository with no other packages, running the commands of the
// README's "Use it in your repository" on a scikit-learn pipeline exported as skl2onnx does by
// default (ZipMap), up to a passing gate.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerProblemSection } from '../src/testing/checklist-answers.js';

const root = resolve(import.meta.dirname, '..');
const SKLEARN = join(root, 'src', 'io', 'onnx', 'fixtures', 'sklearn');
const work = mkdtempSync(join(tmpdir(), 'modelops-package-'));
const repo = join(work, 'repo');
let tarball: string;

interface Run {
  command: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

function sh(command: string, cwd: string): Run {
  // npm_config_offline: the install and npx must need nothing from a registry.
  const result = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', NO_COLOR: '1' }, timeout: 240_000 });
  return { command, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The README's "Use it in your repository" shell block: one command per line, comments dropped. */
function readmeCommands(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Use it in your repository'));
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('README.md has no ```sh block under "## Use it in your repository"');
  return block.split('\n').map((line) => line.replace(/(^|\s+)#.*$/, '').trim()).filter((line) => line.length > 0);
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
  const packed = sh(`npm pack --ignore-scripts --silent --pack-destination ${JSON.stringify(work)}`, root);
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  tarball = join(work, packed.stdout.trim().split('\n').pop()!);
  mkdirSync(join(repo, 'models', 'loans', 'data'), { recursive: true });
  for (const command of ['git init -q -b main', 'git config user.email alice@example.com', 'git config user.name Alice']) sh(command, repo);
  writeFileSync(join(repo, 'package.json'), '{"name": "credit-models", "private": true}\n');
  copyFileSync(join(SKLEARN, 'loans.onnx'), join(repo, 'models/loans/model.onnx'));
  copyFileSync(join(SKLEARN, 'loans-evaluation.csv'), join(repo, 'models/loans/data/evaluation.csv'));
  copyFileSync(join(SKLEARN, 'loans-reference.csv'), join(repo, 'models/loans/data/reference.csv'));
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package in a new repository', () => {
  it('holds the bundled CLI, the onnxruntime binaries and the schemas, and needs no dependency', () => {
    const listing = sh(`tar tzf ${JSON.stringify(tarball)}`, work).stdout.split('\n');
    for (const file of ['package/dist/cli.js', 'package/dist/index.js', 'package/action.yml', 'package/schemas/model.schema.json', 'package/dist/onnxruntime/linux-x64/libonnxruntime.so.1']) {
      expect(listing).toContain(file);
    }
    expect(listing.filter((f) => f.startsWith('package/src/') || f.startsWith('package/node_modules/'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: object; bin: Record<string, string>; engines: { node: string } };
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.bin).toEqual({ modelops: 'dist/cli.js' });
  });

  it('runs the README commands with npx, from install to a passing gate', () => {
    const commands = readmeCommands();
    expect(commands[0]).toBe('npm install --save-dev modelops');
    expect(commands.slice(1).every((c) => c.startsWith('npx modelops '))).toBe(true);
    const runs: Run[] = [];
    for (const command of commands) {
      // The package is not on the registry here: install the packed tarball in its place.
      const run = sh(command === commands[0] ? `npm install --save-dev ${JSON.stringify(tarball)}` : command, repo);
      runs.push(run);
      expect(run.status, `${command}\n${run.stdout}\n${run.stderr}`).toBe(0);
      if (command.startsWith('npx modelops init')) answerProblemSection(join(repo, 'models/loans/model.yaml'));
    }
    expect(readFileSync(join(repo, 'models/loans/model.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/modelops/schemas/model.schema.json');
    expect(JSON.parse(readFileSync(join(repo, 'node_modules/modelops/schemas/model.schema.json'), 'utf8'))['$id']).toBe('https://modelops.dev/schemas/v1/model.schema.json');
    const gate = runs.find((r) => r.command === 'npx modelops gate')!;
    expect(gate.stdout).toMatch(/^modelops gate · \. {2}PASS \(exit 0\)$/m);
    expect(gate.stdout).toMatch(/✔ fairness: pass/);
    expect(runs.at(-1)!.stdout).toBe('models/loans/model.yaml: every sha256 matches\n');
    expect(runs[0]!.stderr).not.toMatch(/npm warn/i);
  });
});
