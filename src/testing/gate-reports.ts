// Real gate reports of the example repository, for the renderers' tests: as it is (v1 in production, no
// champion to compare with), and a pull request against it (v1.1.0 with a lower threshold, gated against
// v1 found by its production tag: champion comparison, fairness of both). Built once per test file.
import { gate } from '../commands/gate.js';
import type { Report } from '../core/report/model.js';
import { editFile, EXAMPLE_REPO, git, initGit, MANIFEST, replaceOnce, scratchRepo } from './repos.js';

let example: Promise<Report> | undefined;
let pullRequest: Promise<Report> | undefined;

/** `modelops gate` on example-repo/ as it is. */
export function exampleGateReport(): Promise<Report> {
  example ??= gate({ repo: EXAMPLE_REPO });
  return example;
}

/** `modelops gate --base main` on a pull request that lowers the threshold as 1.1.0, v1.0.0 in production. Callers remove the scratch repo (removeScratchRepos). */
export function pullRequestGateReport(): Promise<Report> {
  pullRequest ??= (async () => {
    const repo = scratchRepo();
    initGit(repo);
    git(repo, 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register credit-risk 1.0.0');
    git(repo, 'tag', '-a', 'credit-risk#production#1', '-m', 'credit-risk 1.0.0 -> production');
    git(repo, 'switch', '-q', '-c', 'lower-threshold');
    editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'threshold: 0.5', 'threshold: 0.35'), 'version: 1.0.0', 'version: 1.1.0'));
    return gate({ repo, base: 'main' });
  })();
  return pullRequest;
}
