// The registry's tags read ahead for the soak: only when a stage has one, the records readTagRecords gives.
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../core/manifest/manifest.js';
import { openGit } from '../io/git/repo.js';
import { readTagRecords } from '../io/git/history.js';
import { RepoFiles } from '../io/repo-files.js';
import { git, initGit, MANIFEST, removeScratchRepos, scratchRepo } from '../testing/repos.js';
import { prefetchTagRecords } from './approvals.js';
import { readPolicy } from './policy.js';
import { manifestAt } from './validate-one.js';

afterAll(removeScratchRepos);

describe('prefetchTagRecords', () => {
  it("reads the tags when a model's stage has a soak, and not otherwise", async () => {
    const repo = scratchRepo();
    const head = initGit(repo);
    git(repo, 'tag', '-a', 'credit-risk#production#1', '-m', 'promote');
    const manifest = (await manifestAt(await openGit(repo), head, MANIFEST)) as Manifest;
    const { policy } = await readPolicy(await RepoFiles.open(repo));
    expect(policy.stages.production.soak).toBeDefined();
    const records = await prefetchTagRecords([manifest], policy, repo);
    expect(records).toEqual(await readTagRecords(repo));
    expect(records!.map((r) => r.name)).toContain('credit-risk#production#1');

    const noSoak = { ...policy, stages: { ...policy.stages, production: { ...policy.stages.production, soak: undefined } } };
    expect(prefetchTagRecords([manifest], noSoak as typeof policy, repo)).toBeUndefined();
    expect(prefetchTagRecords([], policy, repo)).toBeUndefined();
  });

  it('leaves a failure to the reader: outside a git repository the promise rejects when awaited, not before', async () => {
    const folder = scratchRepo();
    const manifest = { stage: 'production' } as Manifest;
    const { policy } = await readPolicy(await RepoFiles.open(folder));
    const records = prefetchTagRecords([manifest], policy, folder)!;
    await expect(records).rejects.toThrow();
  });
});
