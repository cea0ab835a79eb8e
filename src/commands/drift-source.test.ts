// `modelops drift` with monitoring.current as a source: a new weekly file under the glob is read on the
// next run with no manifest change, the same data through a DuckDB query gives the same drift, what was
// read is in the report and its renderers, and validation refuses a source that escapes the repository
// or a production model without one (the example policy requires it).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DriftEvaluation } from '../core/drift/report.js';
import { renderHtml } from '../core/report/render/html.js';
import { renderMarkdown } from '../core/report/render/markdown.js';
import { renderText } from '../core/report/render/text.js';
import { REPORT_SCHEMA } from '../core/report/schema.js';
import { duckdbInstalled, DUCKDB_MISSING } from '../testing/duckdb.js';
import { editFile, lineOf, MANIFEST, removeScratchRepos, replaceOnce, snapshotRepo } from '../testing/repos.js';
import { drift } from './drift.js';
import { validate } from './validate.js';

afterAll(removeScratchRepos);

const validateReport = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(REPORT_SCHEMA);
})();

const NOW = new Date('2024-06-10T00:00:00Z');
const DATA = 'models/credit-risk/data';
const GLOB_LINE = `    glob: ${DATA}/current/*.csv\n`;
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The drifted sample (stamped with the week of 2024-06-03) as next week's export under the glob. */
function exportDriftedWeek(repo: string, name: string): string {
  const path = join(repo, DATA, 'current', name);
  copyFileSync(join(repo, DATA, 'current-drifted.csv'), path);
  return path;
}

describe('a glob source', () => {
  it('reads a file that arrives under the glob on the next run, with no manifest change, and records what it read', async () => {
    const repo = snapshotRepo();
    const manifest = readFileSync(join(repo, MANIFEST), 'utf8');
    const before = await drift({ repo, now: NOW });
    expect(validateReport(before), JSON.stringify(validateReport.errors)).toBe(true);
    expect(before.exitCode).toBe(0);
    const current = before.models[0]!.evaluation!.drift!.current;
    expect(current).toMatchObject({ dataset: `${DATA}/current/*.csv`, rows: 300, timestamp: { column: 'scored_at', first: '2024-05-20T00:00:00.000Z', last: '2024-06-02T22:52:48.000Z' } });
    expect(current.sources).toEqual(
      ['2024-05-20.csv', '2024-05-27.csv'].map((name) => {
        const path = join(repo, DATA, 'current', name);
        return { file: `${DATA}/current/${name}`, rows: 150, bytes: readFileSync(path).length, sha256: sha256(path) };
      }),
    );

    const added = exportDriftedWeek(repo, '2024-06-03.csv');
    const after = await drift({ repo, now: NOW });
    expect(readFileSync(join(repo, MANIFEST), 'utf8')).toBe(manifest);
    expect(validateReport(after), JSON.stringify(validateReport.errors)).toBe(true);
    const model = after.models[0]!;
    expect(model.findings).toEqual([]);
    expect(model.evaluation!.drift!.current.rows).toBe(600);
    expect(model.evaluation!.drift!.current.sources!.map((s) => ('file' in s ? s.file : ''))).toEqual([`${DATA}/current/2024-05-20.csv`, `${DATA}/current/2024-05-27.csv`, `${DATA}/current/2024-06-03.csv`]);
    expect(model.evaluation!.drift!.current.sources![2]).toMatchObject({ rows: 300, sha256: sha256(added) });
    expect(model.evaluation!.drift!.current.timestamp!.last).toBe('2024-06-09T23:26:24.000Z');
    // Half the rows now shifted: the drift the new week brings is found.
    expect(model.evaluation!.drift!.features.columns.filter((c) => c.drifted).map((c) => c.column)).toEqual(expect.arrayContaining(['age', 'duration']));
    expect(after.exitCode).toBe(1);
    // Validation does not pin the data: the repository with the new file validates as before.
    expect((await validate({ repo })).findings.filter((f) => f.severity === 'error')).toEqual([]);

    expect(renderText(after)).toContain(`    current data: read ${DATA}/current/2024-05-20.csv (150 rows, sha256 ${current.sources![0]!.sha256.slice(0, 12)}), ${DATA}/current/2024-05-27.csv (150 rows`);
    expect(renderHtml(after)).toContain(`<p>Current data: read ${DATA}/current/2024-05-20.csv (150 rows, sha256 ${current.sources![0]!.sha256.slice(0, 12)}), `);
    expect(renderMarkdown(after)).toMatch(/\*\*Current data:\*\* read models\/credit-risk\/data\/current\/2024-05-20\.csv \(150 rows, sha256 [0-9a-f]{12}\), .*; scored_at from 2024-05-20T00:00:00\.000Z to 2024-06-09T23:26:24\.000Z\./);
  });

  it('a glob that matches nothing is an input error on the manifest field (exit 2)', async () => {
    const repo = snapshotRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(t, GLOB_LINE, `    glob: ${DATA}/exports/*.parquet\n`));
    const report = await drift({ repo, now: NOW });
    expect(report.exitCode).toBe(2);
    expect(report.models[0]!.findings).toEqual([
      expect.objectContaining({ code: 'current-source', file: MANIFEST, pointer: '/monitoring/current/glob', message: `monitoring.current.glob '${DATA}/exports/*.parquet' matches no file in the repository ${repo}` }),
    ]);
  });
});

describe('a path source', () => {
  it('refuses a symlink out of the repository by name, a profile too, and reads nothing through it', async () => {
    const repo = snapshotRepo();
    const outside = mkdtempSync(join(tmpdir(), 'modelops-outside-'));
    writeFileSync(join(outside, 'profile.json'), JSON.stringify({ kind: 'Profile' }));
    symlinkSync(join(outside, 'profile.json'), join(repo, DATA, 'current.json'));
    editFile(repo, MANIFEST, (t) => replaceOnce(t, GLOB_LINE, `    path: ${DATA}/current.json\n`));
    const report = await drift({ repo, now: NOW });
    expect(report.exitCode).toBe(2);
    expect(report.models[0]!.findings).toEqual([
      expect.objectContaining({ code: 'current-source', file: MANIFEST, pointer: '/monitoring/current/path', message: `monitoring.current.path '${DATA}/current.json' is a symlink that resolves outside the repository ${repo}` }),
    ]);
    rmSync(outside, { recursive: true, force: true });
  });
});

describe('the deprecated pinned form', () => {
  it('a digest that no longer matches refreshed data is a warning, not exit 2, and drift reads the data as it is now', async () => {
    const repo = snapshotRepo();
    const path = `${DATA}/current/2024-05-20.csv`;
    editFile(repo, MANIFEST, (t) => replaceOnce(t, `${GLOB_LINE}    timestamp: scored_at\n`, `    path: ${path}\n    sha256: f3bffc04c00a9578683dd4821489fa38286d19318a33cd57ead8106dd4a51e34\n`));
    const validated = await validate({ repo });
    expect(validated.exitCode).toBe(0);
    expect(validated.models[0]!.findings.filter((f) => f.pointer?.startsWith('/monitoring'))).toEqual([expect.objectContaining({ severity: 'warning', code: 'current-pinned', pointer: '/monitoring/current/sha256' })]);
    const report = await drift({ repo, now: NOW });
    expect(report.exitCode).toBe(0);
    expect(report.models[0]!.evaluation!.drift!.current.sources).toEqual([{ file: path, rows: 150, bytes: readFileSync(join(repo, path)).length, sha256: sha256(join(repo, path)) }]);
  });
});

describe.skipIf(!duckdbInstalled())(`a DuckDB query source${duckdbInstalled() ? '' : ` (skipped: ${DUCKDB_MISSING})`}`, () => {
  it('gives the same drift as the files it reads, and records the SQL, the engine and a digest of the result', async () => {
    const repo = snapshotRepo();
    const query = `SELECT * FROM read_csv('${DATA}/current/*.csv', all_varchar = true) WHERE scored_at >= '2024-05-20'`;
    const globbed = await drift({ repo, now: NOW });
    editFile(repo, MANIFEST, (t) => replaceOnce(t, GLOB_LINE, `    query: "${query}"\n`));
    const queried = await drift({ repo, now: NOW });
    expect(validateReport(queried), JSON.stringify(validateReport.errors)).toBe(true);
    const [a, b] = [globbed, queried].map((r) => r.models[0]!.evaluation!.drift!) as [DriftEvaluation, DriftEvaluation];
    expect(b.current).toMatchObject({ dataset: 'query', rows: 300, timestamp: a.current.timestamp });
    expect(b.current.sources).toEqual([{ query, engine: expect.stringMatching(/^DuckDB v[\d.]+ \(@duckdb\/node-api 1\.5\.6-r\.1\)$/), rows: 300, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(b.features.columns.map((c) => [c.column, c.statistic])).toEqual(a.features.columns.map((c) => [c.column, c.statistic]));
    expect(b.performance!.metrics).toEqual(a.performance!.metrics);
    expect(renderText(queried)).toMatch(/current data: read a DuckDB v[\d.]+ \(@duckdb\/node-api 1\.5\.6-r\.1\) query \(300 rows, result sha256 [0-9a-f]{12}\); scored_at from /);
  });
});

describe('validation of the source', () => {
  it('refuses a glob that leaves the repository, naming the file and line', async () => {
    const repo = snapshotRepo();
    const text = editFile(repo, MANIFEST, (t) => replaceOnce(t, GLOB_LINE, '    glob: ../exports/*.csv\n'));
    const report = await validate({ repo });
    expect(report.exitCode).toBe(2);
    expect(report.models[0]!.findings).toEqual([expect.objectContaining({ code: 'glob-outside-repo', file: MANIFEST, line: lineOf(text, 'glob: ../exports'), pointer: '/monitoring/current/glob' })]);
  });

  it('a production model without a current source fails validation when the policy requires one (the example policy does)', async () => {
    const repo = snapshotRepo();
    editFile(repo, MANIFEST, (t) => t.replace(/ {2}current:\n(?: {4}.*\n)+/, ''));
    const report = await validate({ repo });
    // A policy failure (exit 1), as a missing gate is; drift itself then has no data to read (exit 2).
    expect(report.exitCode).toBe(1);
    expect(report.models[0]!.findings.filter((f) => f.severity === 'error')).toEqual([expect.objectContaining({ code: 'missing-current-source', category: 'policy', file: MANIFEST, pointer: '/monitoring' })]);
    editFile(repo, 'modelops.yaml', (t) => replaceOnce(t, 'require_current: true', 'require_current: false'));
    expect((await validate({ repo })).exitCode).toBe(0);
  });
});
