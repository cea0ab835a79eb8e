// Model selection shared by the CLI's arguments and the Action's models input, on a small real tree.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelResult, Report } from '../core/report/model.js';
import { RepoFiles } from '../io/repo-files.js';
import { cli, EXAMPLE_REPO } from '../testing/repos.js';
import { gatesModel, noModelChanged, SelectionError, selectManifests, selectModelNames, type SelectionContext } from './select-models.js';

let root: string;
let files: RepoFiles;
// What the policy's globs (models/*/model.yaml) match here; other/c is a manifest outside them.
const POLICY_MANIFESTS = ['models/a/model.yaml', 'models/credit-risk/model.yaml'];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'modelops-select-'));
  for (const path of [...POLICY_MANIFESTS, 'models/credit-risk/data/evaluation.csv', 'models/notes.md', 'other/c/model.yaml', 'docs/guide.md']) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), 'x: 1\n');
  }
  mkdirSync(join(root, 'models', 'empty'));
  files = await RepoFiles.open(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const context = (from = root): SelectionContext => ({ files, from, manifests: async () => POLICY_MANIFESTS });
const select = (given: string[], from?: string) => selectManifests(given, context(from));

describe('selectManifests', () => {
  it('finds a named model among the policy manifests, keeps the order given and each manifest once', async () => {
    expect(await select(['credit-risk', 'a', 'models/credit-risk'])).toEqual(['models/credit-risk/model.yaml', 'models/a/model.yaml']);
  });

  it('takes manifest files and model folders, relative to where entries are read from or absolute', async () => {
    expect(await select(['models/a/model.yaml', 'other/c', join(root, 'models', 'credit-risk')])).toEqual(['models/a/model.yaml', 'other/c/model.yaml', 'models/credit-risk/model.yaml']);
    // From inside models/, a bare word that is a folder there is that folder, not a name.
    expect(await select(['a', '../other/c/model.yaml'], join(root, 'models'))).toEqual(['models/a/model.yaml', 'other/c/model.yaml']);
  });

  it('expands globs to the manifests and model folders they match, ignoring data and documents', async () => {
    expect(await select(['models/credit-*'])).toEqual(['models/credit-risk/model.yaml']);
    expect(await select(['*/*/model.yaml'])).toEqual(['models/a/model.yaml', 'models/credit-risk/model.yaml', 'other/c/model.yaml']);
    // models/* also meets models/notes.md and models/empty (no model.yaml): neither is a manifest.
    expect(await select(['models/*'])).toEqual(['models/a/model.yaml', 'models/credit-risk/model.yaml']);
  });

  it('keeps a path to a manifest that is not there, for validation to report', async () => {
    expect(await select(['models/b/model.yaml'])).toEqual(['models/b/model.yaml']);
  });

  it('refuses what selects nothing or leaves the repository, naming the entry', async () => {
    const refused = async (given: string, from?: string) => {
      const error = await select([given], from).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SelectionError);
      expect((error as SelectionError).entry).toBe(given);
      return (error as Error).message;
    };
    expect(await refused('churn')).toBe(`no model named churn in ${root} (models: a, credit-risk)`);
    expect(await refused('models/nothing-*')).toBe(`'models/nothing-*' matches nothing in ${root}`);
    expect(await refused('docs/*')).toBe(`'docs/*' matches nothing in ${root} that is a manifest or a model folder`);
    expect(await refused('../*/model.yaml')).toBe("'../*/model.yaml' leaves the repository (contains ..)");
    expect(await refused('/etc/hostname')).toBe(`'/etc/hostname' is not inside the repository ${root}`);
    expect(await refused('*', join(root, '..'))).toMatch(/^'\*' matches \S+, which is not inside the repository/);
  });
});

describe('selectModelNames', () => {
  it('passes names through (a registry may know a model whose manifest is gone) and names what paths and globs select', async () => {
    expect(await selectModelNames(['gone', 'credit-risk'], { repo: '/nonexistent' })).toEqual(['gone', 'credit-risk']);
    expect(await selectModelNames(['gone', 'models/a/model.yaml', 'models/credit-*', 'other/c'], { repo: root, from: root })).toEqual(['gone', 'a', 'credit-risk', 'c']);
  });
});

describe('gatesModel', () => {
  const unchanged: Pick<ModelResult, 'change'> = { change: { kind: 'unchanged' } as ModelResult['change'] };
  const changed: Pick<ModelResult, 'change'> = { change: { kind: 'modified' } as ModelResult['change'] };

  it('evaluates only what changed against a base, unless models are named or --all is given', () => {
    expect([gatesModel(unchanged, { named: false, base: 'main' }), gatesModel(changed, { named: false, base: 'main' })]).toEqual([false, true]);
    expect(gatesModel(unchanged, { named: true, base: 'main' })).toBe(true);
    expect(gatesModel(unchanged, { named: false, all: true, base: 'main' })).toBe(true);
    expect(gatesModel(unchanged, { named: false })).toBe(true);
  });

  it('says when a gate against a base had nothing to gate', () => {
    const report = (verdict: Report['verdict'], gates: number, kind = 'unchanged') =>
      ({ command: 'gate', verdict, models: [{ change: { kind }, gates: Array.from({ length: gates }, () => ({})) }] }) as unknown as Report;
    expect(noModelChanged(report('pass', 0), 'main')).toBe(true);
    expect(noModelChanged(report('pass', 0), undefined)).toBe(false);
    expect(noModelChanged(report('pass', 0, 'modified'), 'main')).toBe(false);
    expect(noModelChanged(report('pass', 1), 'main')).toBe(false);
    expect(noModelChanged(report('error', 0), 'main')).toBe(false);
  });
});

describe('the CLI selects like the Action', () => {
  it('validates a model given by name, and says when a glob matches nothing', async () => {
    const run = await cli('validate', 'credit-risk', '--repo', EXAMPLE_REPO, '--format', 'json');
    expect(run.code).toBe(0);
    expect(run.report!.models.map((m) => m.manifest)).toEqual(['models/credit-risk/model.yaml']);
    const none = await cli('validate', `${EXAMPLE_REPO}/models/nothing-*`, '--repo', EXAMPLE_REPO);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^modelops validate: '.*models\/nothing-\*' /);
  });
});
