// Checkout realities on real git repositories: a shallow clone (what actions/checkout makes by default)
// and a base commit missing from the checkout get one message naming fetch-depth: 0.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitAll, editFile, git, initGit, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../../testing/repos.js';
import { checkoutProblem, GitError, openGit, openGitRepository } from './repo.js';

const clones: string[] = [];
afterAll(() => {
  for (const dir of clones) rmSync(dir, { recursive: true, force: true });
  removeScratchRepos();
});

/** A repository with two commits and its clone at `depth` (0: the whole history). */
function cloned(depth: number, extra: string[] = []): { origin: string; clone: string; first: string } {
  const origin = scratchRepo();
  const first = initGit(origin);
  git(origin, 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register');
  editFile(origin, MANIFEST, (t) => replaceOnce(t, 'version: 1.0.0', 'version: 1.1.0'));
  commitAll(origin, 'second');
  const clone = join(mkdtempSync(join(tmpdir(), 'modelops-clone-')), 'repo');
  clones.push(clone);
  const result = spawnSync('git', ['clone', '-q', ...(depth > 0 ? ['--depth', String(depth)] : []), ...extra, `file://${origin}`, clone], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return { origin, clone, first };
}

describe('checkoutProblem', () => {
  it('names fetch-depth: 0 (and fetch-tags for promote) for a depth-1 clone, with the workflow lines', async () => {
    const { clone, first } = cloned(1);
    const gate = await checkoutProblem(clone, { base: first, tags: false, what: 'the base commit' });
    expect(gate).toBe('this checkout is shallow (actions/checkout fetches one commit unless told otherwise), so the base commit cannot be read from it: set fetch-depth: 0 on the checkout step:\n  - uses: actions/checkout@v4\n    with:\n      fetch-depth: 0');
    expect(await checkoutProblem(clone, { tags: true, what: 'the registry tags' })).toContain('set fetch-depth: 0 and fetch-tags: true on the checkout step:\n  - uses: actions/checkout@v4\n    with:\n      fetch-depth: 0\n      fetch-tags: true');
  });

  it('finds nothing wrong with a full clone, and names a base that is not in it', async () => {
    const { clone, first } = cloned(0);
    expect(await checkoutProblem(clone, { base: first, tags: true, what: 'the base commit' })).toBeUndefined();
    expect(await checkoutProblem(clone, { base: 'f'.repeat(40), tags: false, what: 'the base commit' })).toMatch(/^the base commit f{40} is not in this checkout, .*fetch-depth: 0/s);
  });

  it('names the tags origin has and the checkout lacks, with fetch-tags: true', async () => {
    const { clone } = cloned(0, ['--no-tags']);
    expect(await checkoutProblem(clone, { tags: true, what: 'the registry tags' })).toMatch(/^this checkout lacks tags that origin has \(credit-risk@v1\.0\.0\), .*fetch-tags: true/s);
    // A gate reads the champion from the tags too.
    expect(await checkoutProblem(clone, { tags: false, what: 'the base commit' })).toContain('fetch-tags: true');
  });

  it('says fetch-depth: 0 instead of git fetch when a ref is missing from a shallow clone (the CLI too)', async () => {
    const { clone, first } = cloned(1);
    await expect((await openGit(clone)).resolveCommit(first)).rejects.toThrow(/is not in this shallow clone: set fetch-depth: 0 on the checkout step/);
  });
});

describe('GitRepository', () => {
  it('reads, resolves and writes through one adapter, paths relative to a folder inside a larger work tree', async () => {
    const dir = scratchRepo();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.name', 'Promoter');
    git(dir, 'config', 'user.email', 'promoter@example.com');
    mkdirSync(join(dir, 'ml', 'models'), { recursive: true });
    writeFileSync(join(dir, 'ml', 'models', 'x.yaml'), 'inside');
    writeFileSync(join(dir, 'outside.txt'), 'outside');
    const head = commitAll(dir, 'first');
    const repo = await openGitRepository(join(dir, 'ml'));
    expect(await repo.resolveCommit('HEAD')).toBe(head);
    expect(await repo.listFiles(head)).toEqual(['models/x.yaml']);
    expect((await repo.readFile(head, 'models/x.yaml'))?.toString()).toBe('inside');
    expect(await repo.readFile(head, 'outside.txt')).toBeUndefined();
    const [blob] = await repo.blobIds([{ commit: head, path: 'models/x.yaml' }]);
    expect((await repo.readBlobs([blob!])).get(blob!)?.toString()).toBe('inside');
    await repo.createTag({ name: 'x@v1.0.0', commit: head, message: 'register x 1.0.0\n\n{}\n', sign: false, date: new Date('2024-01-01T00:00:00Z') });
    expect((await repo.tagRecords()).map((t) => [t.name, t.commit, t.subject, t.tagger?.date])).toEqual([['x@v1.0.0', head, 'register x 1.0.0', '2024-01-01T00:00:00+00:00']]);
    await expect(repo.resolveCommit('no-such-ref')).rejects.toThrow(new GitError("git ref 'no-such-ref' does not name a commit (fetch it first, e.g. git fetch origin no-such-ref)"));
    await expect(repo.resolveCommit('--all')).rejects.toThrow("'--all' is not a valid git ref");
  });
});
