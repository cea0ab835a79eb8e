// Data files that validate (their header is right) but cannot be evaluated: the finding names the
// repository file and its line, never the runner's absolute path.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, editFile, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../testing/repos.js';

afterAll(removeScratchRepos);

const EVALUATION = 'models/credit-risk/data/evaluation.csv';

/** Replaces the evaluation data and records its sha256, so validation passes and the gate reads it. */
function withEvaluation(repo: string, content: string): void {
  writeFileSync(join(repo, EVALUATION), content);
  const sha = createHash('sha256').update(content).digest('hex');
  editFile(repo, MANIFEST, (t) => replaceOnce(t, /sha256: 427cfb4b[0-9a-f]+/, `sha256: ${sha}`));
}

describe('gate on bad data', () => {
  it('says a header-only CSV has no rows, at line 2 of the repository file', async () => {
    const repo = scratchRepo();
    withEvaluation(repo, readFileSync(join(repo, EVALUATION), 'utf8').split('\n')[0] + '\n');
    const run = await cli('gate', '--repo', repo, '--format', 'json');
    expect(run.code).toBe(2);
    const finding = run.report!.models[0]!.findings.find((f) => f.code === 'unreadable-data');
    expect(finding).toMatchObject({ file: EVALUATION, line: 2, message: 'the file has no data rows, only a header' });
    const text = await cli('gate', '--repo', repo);
    expect(text.stdout).toContain(`${EVALUATION}:2:1: error: the file has no data rows, only a header`);
    expect(text.stdout).not.toMatch(/positive class never occurs/);
  });

  it('gives a row-level error as file:line with the repository-relative path', async () => {
    const repo = scratchRepo();
    const lines = readFileSync(join(repo, EVALUATION), 'utf8').split('\n');
    lines[49] = lines[49]!.replace(/^([^,]+|"[^"]*"),\d+,/, '$1,twelve,'); // duration on line 50
    withEvaluation(repo, lines.join('\n'));
    const run = await cli('gate', '--repo', repo, '--format', 'json');
    expect(run.code).toBe(2);
    const finding = run.report!.models[0]!.findings.find((f) => f.code === 'unreadable-data')!;
    expect(finding).toMatchObject({ file: EVALUATION, line: 50 });
    expect(finding.message).toMatch(/^column 'duration' is numeric, but /);
    expect(JSON.stringify(run.report!.models[0]!.findings)).not.toContain(repo);
    const text = await cli('gate', '--repo', repo);
    expect(text.stdout).toContain(`${EVALUATION}:50:1: error: column 'duration' is numeric`);
    expect(text.stdout.split('\n').slice(1).join('\n')).not.toContain(repo);
  });
});

describe('drift on bad current data', () => {
  it('gives a row-level error in a repository file as file:line', async () => {
    const repo = scratchRepo();
    const lines = readFileSync(join(repo, 'models/credit-risk/data/current/2024-05-20.csv'), 'utf8').split('\n');
    lines[9] = lines[9]!.replace(/^([^,]+|"[^"]*"),\d+,/, '$1,abc,');
    writeFileSync(join(repo, 'models/credit-risk/data/bad.csv'), lines.join('\n'));
    const run = await cli('drift', '--repo', repo, '--current', 'models/credit-risk/data/bad.csv');
    expect(run.code).toBe(2);
    const line = run.stdout.split('\n').find((l) => l.includes('bad.csv:'))!;
    expect(line.trim()).toMatch(/^models\/credit-risk\/data\/bad\.csv:10:1: error: column 'duration' is numeric, but 'abc' is not a number/);
    expect(line).not.toContain(repo);
  });
});
