// Validation spread over worker threads writes the report one thread writes: same findings, same order,
// byte for byte (JSON and text), also for findings that involve two manifests (duplicate names).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { renderText } from '../core/report/render/text.js';
import { registerTagName } from '../core/promotion/tags.js';
import { commitAll, editFile, git, initGit, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../testing/repos.js';
import { reportJson, reportJsonBytes } from './report-files.js';
import { validate, validateRepository } from './validate.js';
import { prestartValidationWorkers, takePrestartedWorkers, validatesWholeRepository } from './validate-prestart.js';
import { WORKER_THRESHOLD, workerThreadsFor } from './validate-workers.js';

afterAll(removeScratchRepos);
afterEach(() => vi.unstubAllEnvs());

const NOW = new Date('2026-01-02T03:04:05Z');

/**
 * The example repository with `count` more manifests, model-NNN, one invalid and two pairs named alike.
 * In batches (sorted paths, credit-risk first; 16, then shrinking), batch 0 (16) goes to the main thread and
 * batches 1-4 (15, 12, 10, 8) to the two workers before any other: model-003 (main) and model-030 (a worker)
 * both claim 'model-003', model-040 (a worker) and model-060 'model-040'; model-050 (a worker) has an invalid version.
 */
function manyManifests(count: number): string {
  const repo = scratchRepo();
  const template = readFileSync(join(repo, MANIFEST), 'utf8');
  for (let i = 0; i < count; i++) {
    const name = `model-${String(i).padStart(3, '0')}`;
    const claimed = i === 30 ? 'model-003' : i === 60 ? 'model-040' : name;
    let text = replaceOnce(template, /^ {2}name: credit-risk$/m, `  name: ${claimed}`);
    if (i === 50) text = replaceOnce(text, /^ {2}version: \S+$/m, '  version: not-a-version');
    mkdirSync(join(repo, 'models', name), { recursive: true });
    writeFileSync(join(repo, 'models', name, 'model.yaml'), text);
  }
  return repo;
}

async function reportWith(repo: string, threads: string) {
  vi.stubEnv('MODELOPS_VALIDATE_THREADS', threads);
  const report = await validate({ repo, now: NOW });
  return { json: reportJson(report), bytes: Buffer.concat([...reportJsonBytes(report)]).toString('utf8'), text: renderText(report, { color: false }), report };
}

describe('validate on worker threads', () => {
  it('writes the report the main thread alone writes, byte for byte', async () => {
    const repo = manyManifests(100);
    const alone = await reportWith(repo, '0');
    const spread = await reportWith(repo, '2');
    expect(spread.json).toBe(alone.json);
    expect(spread.text).toBe(alone.text);
    // The bytes the CLI writes to stdout: the models' JSON written ahead as UTF-8 (on both threads) is the same text.
    expect(spread.bytes).toBe(alone.json);
    expect(alone.bytes).toBe(alone.json);
    // What the comparison covers: every manifest, the invalid one, and the duplicate name found across threads with its position.
    expect(alone.report.models).toHaveLength(101);
    expect(alone.report.models.find((m) => m.manifest === 'models/model-050/model.yaml')?.verdict).toBe('error');
    const duplicates = alone.report.models.flatMap((m) => m.findings.filter((f) => f.code === 'duplicate-name'));
    expect(duplicates.map((f) => [f.file, f.line])).toEqual([
      ['models/model-003/model.yaml', 6],
      ['models/model-030/model.yaml', 6],
      ['models/model-040/model.yaml', 6],
      ['models/model-060/model.yaml', 6],
    ]);
  });

  it('starts workers past the threshold on idle cores only, at most one per batch', () => {
    // 4 cores at a load of 0.5: 2.5 idle beside the main thread, rounded to 3.
    expect(workerThreadsFor(WORKER_THRESHOLD, {}, 4, 0.5)).toBe(0);
    expect(workerThreadsFor(1000, {}, 4, 0.5)).toBe(3);
    expect(workerThreadsFor(WORKER_THRESHOLD + 1, {}, 4, 0.5)).toBe(3);
    expect(workerThreadsFor(40, {}, 4, 0)).toBe(0); // below the threshold
    expect(workerThreadsFor(1000, {}, 4, 2.6)).toBe(0); // 1.4 cores idle: the main thread's and 0.4
    expect(workerThreadsFor(1000, {}, 2, 0.2)).toBe(1);
    expect(workerThreadsFor(1000, {}, 2, 1.2)).toBe(0);
    expect(workerThreadsFor(20, { MODELOPS_VALIDATE_THREADS: '8' }, 4, 0)).toBe(2);
    expect(workerThreadsFor(1000, { MODELOPS_VALIDATE_THREADS: '0' }, 4, 0)).toBe(0);
  });

  it('takes the workers started with the process, set up once it knows the repository, and stops those it does not use', async () => {
    const repo = manyManifests(100);
    const alone = await reportWith(repo, '0');
    // Three started ahead; two are used (MODELOPS_VALIDATE_THREADS=2) and the third is stopped.
    expect(prestartValidationWorkers(['validate', '--repo', repo, '--format', 'json'], { MODELOPS_VALIDATE_THREADS: '3' })).toBe(3);
    const spread = await reportWith(repo, '2');
    expect(spread.json).toBe(alone.json);
    expect(spread.text).toBe(alone.text);
    expect(takePrestartedWorkers(8)).toEqual([]);
    // Too few manifests for workers: the ones started ahead are stopped, and the report is the main thread's.
    const small = scratchRepo();
    expect(prestartValidationWorkers(['validate'], { MODELOPS_VALIDATE_THREADS: '1' })).toBe(1);
    const few = await reportWith(small, '0');
    expect(takePrestartedWorkers(8)).toEqual([]);
    expect(few.report.models).toHaveLength(1);
  });

  it('starts workers ahead only for validate of the whole repository', () => {
    expect(validatesWholeRepository(['validate'])).toBe(true);
    expect(validatesWholeRepository(['validate', '--repo', 'models', '--format', 'json', '--no-color', '--base', 'origin/main'])).toBe(true);
    expect(validatesWholeRepository(['validate', 'credit-risk'])).toBe(false);
    expect(validatesWholeRepository(['validate', '--repo', '.', 'models/a/model.yaml'])).toBe(false);
    expect(validatesWholeRepository(['validate', '--help'])).toBe(false);
    expect(validatesWholeRepository(['gate', '--base', 'origin/main'])).toBe(false);
    expect(validatesWholeRepository([])).toBe(false);
    // On idle cores only, like workerThreadsFor, and none when forced to 0.
    expect(prestartValidationWorkers(['validate'], {}, 2, 1.2)).toBe(0);
    expect(prestartValidationWorkers(['validate'], { MODELOPS_VALIDATE_THREADS: '0' }, 8, 0)).toBe(0);
    expect(prestartValidationWorkers(['gate'], { MODELOPS_VALIDATE_THREADS: '2' }, 8, 0)).toBe(0);
    expect(takePrestartedWorkers(8)).toEqual([]);
  });

  it('reads git on the workers as on the main thread: registered versions, base, manifests for the gate', async () => {
    const repo = manyManifests(80);
    initGit(repo);
    // model-020 and model-070 (workers' batches) registered at 1.0.0, then changed without a version bump.
    for (const name of ['model-020', 'model-070']) git(repo, 'tag', registerTagName(name, '1.0.0'));
    const base = commitAll(repo, 'base');
    for (const name of ['model-020', 'model-070']) editFile(repo, `models/${name}/model.yaml`, (t) => replaceOnce(t, /^ {2}threshold: \S+$/m, '  threshold: 0.61'));
    commitAll(repo, 'changed');
    const run = async (threads: string) => {
      vi.stubEnv('MODELOPS_VALIDATE_THREADS', threads);
      const validated = await validateRepository({ repo, base, now: NOW }, 'gate');
      return { json: reportJson(validated.report), manifests: [...validated.manifests], report: validated.report };
    };
    const alone = await run('0');
    const spread = await run('2');
    expect(spread.json).toBe(alone.json);
    expect(spread.manifests).toEqual(alone.manifests);
    expect(alone.manifests).toHaveLength(80); // 81 less the invalid model-050
    const changed = alone.report.models.filter((m) => m.findings.some((f) => f.code === 'registered-version-changed')).map((m) => m.name);
    expect(changed).toEqual(['model-020', 'model-070']);
  });
});
