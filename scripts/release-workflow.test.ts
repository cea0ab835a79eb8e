// The release workflow, checked by GitHub's own parser, and what it does in order: the tests, a
// dist/ that matches the sources, the vX.Y.Z tag from package.json, the moved major tag, the package.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const text = readFileSync(join(resolve(import.meta.dirname, '..'), '.github', 'workflows', 'release.yml'), 'utf8');

interface Step {
  name?: string;
  run?: string;
  uses?: string;
}

describe('.github/workflows/release.yml', () => {
  it('is a valid workflow, run by hand, writing contents only in its job', () => {
    const parsed = parseWorkflow({ name: 'release.yml', content: text }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const workflow = load(text) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: { release: { permissions: Record<string, string> } } };
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.release.permissions).toEqual({ contents: 'write' });
  });

  it('tests, checks dist/, then tags vX.Y.Z and moves the major tag, then packs and releases', () => {
    const steps = (load(text) as { jobs: { release: { steps: Step[] } } }).jobs.release.steps;
    const at = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.run ?? ''));
    const order = [at(/^npm ci/), at(/^npm test/), at(/npm run bundle[\s\S]*git status --porcelain -- dist schemas[\s\S]*exit 1/), at(/git tag -a "\$TAG"[\s\S]*git tag -f -a "\$MAJOR"[\s\S]*git push --force origin "refs\/tags\/\$MAJOR"/), at(/npm pack/), at(/gh release create/)];
    expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('echo "major=v${version%%.*}" >> "$GITHUB_OUTPUT"');
    expect(text).toContain('echo "::error::v$version is already released; bump the version in package.json"');
  });
});
