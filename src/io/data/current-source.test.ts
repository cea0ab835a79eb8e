// The current data from its source: every file a glob matches (a new file is read with no manifest
// change), confined to its root; a DuckDB query over local Parquet with a timestamp column. What was read
// is recorded: files with rows, size and sha256; the query with its engine and a digest of its result.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { duckdbInstalled, DUCKDB_MISSING } from '../../testing/duckdb.js';
import { numeric, rejection, scratchFolders, texts } from '../../testing/tables.js';
import { RepoFiles } from '../repo-files.js';
import { DataFormatError } from './columns.js';
import { CurrentSourceError, readCurrent, type CurrentRequest } from './current-source.js';
import { DUCKDB_PACKAGE, DUCKDB_VERSION, DuckDBUnavailableError, openDuckDB } from './duckdb.js';

const tempDir = scratchFolders('modelops-current-');

const REQUEST: CurrentRequest = { features: [{ name: 'amount', kind: 'numeric' }, { name: 'purpose', kind: 'categorical' }], label: { name: 'class', kind: 'categorical' }, timestamp: 'scored_at' };
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const sourceError = (promise: Promise<unknown>) => rejection(promise, CurrentSourceError);

function week(repo: string, name: string, rows: string[]): string {
  const path = join(repo, 'data', 'current', name);
  writeFileSync(path, `amount,purpose,class,scored_at\n${rows.join('\n')}\n`);
  return path;
}

describe('a glob source', () => {
  it('reads every match in path order, and a file added later with no manifest change', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'data', 'current'), { recursive: true });
    const first = week(repo, '2024-05-20.csv', ['100,car,good,2024-05-20T08:00:00Z', '250,tv,bad,2024-05-21T09:30:00+02:00']);
    const second = week(repo, '2024-05-27.csv', ['80,car,good,2024-05-27T10:00:00Z']);
    writeFileSync(join(repo, 'data', 'current', 'notes.txt'), 'not matched\n');
    const files = await RepoFiles.open(repo);
    const spec = { source: { glob: 'data/current/*.csv', timestamp: 'scored_at' }, field: 'monitoring.current' };

    const before = await readCurrent(spec, REQUEST, { files });
    expect(before.read).toEqual({
      dataset: 'data/current/*.csv',
      rows: 3,
      sources: [
        { file: 'data/current/2024-05-20.csv', rows: 2, bytes: readFileSync(first).length, sha256: sha256(first) },
        { file: 'data/current/2024-05-27.csv', rows: 1, bytes: readFileSync(second).length, sha256: sha256(second) },
      ],
      timestamp: { column: 'scored_at', first: '2024-05-20T08:00:00.000Z', last: '2024-05-27T10:00:00.000Z' },
    });
    expect(before.labelled).toBe(true);
    expect(numeric(before.table, 'amount')).toEqual([100, 250, 80]);
    expect(texts(before.table, 'purpose')).toEqual(['car', 'tv', 'car']);
    // The timestamp is recorded and kept beside the table (for chunking), not handed to drift as a column.
    expect([...before.table.columns.keys()]).toEqual(['amount', 'purpose', 'class']);
    expect(before.keys.timestamp).toMatchObject({ name: 'scored_at', kind: 'categorical', categories: ['2024-05-20T08:00:00Z', '2024-05-21T09:30:00+02:00', '2024-05-27T10:00:00Z'] });

    const third = week(repo, '2024-06-03.csv', ['40,radio,good,2024-06-03T07:00:00Z', '60,car,bad,2024-06-04T07:00:00Z']);
    const after = await readCurrent(spec, REQUEST, { files: await RepoFiles.open(repo) });
    expect(after.read.rows).toBe(5);
    expect(after.read.sources!.at(-1)).toEqual({ file: 'data/current/2024-06-03.csv', rows: 2, bytes: readFileSync(third).length, sha256: sha256(third) });
    expect(after.read.timestamp!.last).toBe('2024-06-04T07:00:00.000Z');
    expect(texts(after.table, 'purpose')).toEqual(['car', 'tv', 'car', 'radio', 'car']);
  });

  it('reads the label only when every file has it', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'data', 'current'), { recursive: true });
    week(repo, 'a.csv', ['1,car,good,2024-05-20T08:00:00Z']);
    writeFileSync(join(repo, 'data', 'current', 'b.csv'), 'amount,purpose,scored_at\n2,tv,2024-05-21T08:00:00Z\n');
    const read = await readCurrent({ source: { glob: 'data/current/*.csv' }, field: 'monitoring.current' }, { ...REQUEST, timestamp: undefined }, { files: await RepoFiles.open(repo) });
    expect(read.labelled).toBe(false);
    expect([...read.table.columns.keys()]).toEqual(['amount', 'purpose']);
  });

  it('needs the declared timestamp column in every file, and names the file without it', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'data', 'current'), { recursive: true });
    week(repo, 'a.csv', ['1,car,good,2024-05-20T08:00:00Z']);
    writeFileSync(join(repo, 'data', 'current', 'b.csv'), 'amount,purpose,class\n2,tv,bad\n');
    const read = readCurrent({ source: { glob: 'data/current/*.csv', timestamp: 'scored_at' }, field: 'monitoring.current' }, REQUEST, { files: await RepoFiles.open(repo) });
    const error = await rejection(read, DataFormatError);
    expect(error.message).toBe(`${join(repo, 'data', 'current', 'b.csv')}: no column 'scored_at' in the header; the header has: amount, purpose, class`);
  });

  it('stays inside its root: no .., no symlink out of it, and says when nothing matches', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.csv'), 'amount,purpose,class,scored_at\n1,car,good,2024-05-20T08:00:00Z\n');
    const repo = tempDir();
    mkdirSync(join(repo, 'data', 'current'), { recursive: true });
    week(repo, 'a.csv', ['1,car,good,2024-05-20T08:00:00Z']);
    symlinkSync(join(outside, 'secret.csv'), join(repo, 'data', 'current', 'z.csv'));
    const files = await RepoFiles.open(repo);
    const read = (source: { glob?: string; path?: string }) => readCurrent({ source, field: 'monitoring.current' }, REQUEST, { files });

    const escaped = await sourceError(read({ glob: 'data/current/*.csv' }));
    expect(escaped.message).toBe("'data/current/z.csv' (matched by monitoring.current.glob 'data/current/*.csv') is a symlink that resolves outside the repository " + repo);
    expect(escaped.field).toBe('monitoring.current.glob');
    expect((await sourceError(read({ glob: '../*/secret.csv' }))).message).toMatch(/leaves the repository \(contains \.\.\); globs match inside the repository/);
    expect((await sourceError(read({ path: '../secret.csv' }))).message).toMatch(/leaves the repository/);
    expect((await sourceError(read({ path: 'data/current/z.csv' }))).message).toMatch(/is a symlink that resolves outside the repository/);
    expect((await sourceError(read({ glob: 'data/none/*.parquet' }))).message).toBe(`monitoring.current.glob 'data/none/*.parquet' matches no file in the repository ${repo}`);
  });

  it('with relative_to: workspace, reads from $GITHUB_WORKSPACE and says so', async () => {
    const workspace = tempDir();
    mkdirSync(join(workspace, 'repo'));
    mkdirSync(join(workspace, 'exports'));
    writeFileSync(join(workspace, 'exports', 'w1.csv'), 'amount,purpose,class,scored_at\n5,car,good,2024-05-20T08:00:00Z\n');
    const read = await readCurrent({ source: { glob: 'exports/*.csv', relative_to: 'workspace' }, field: 'monitoring.current' }, REQUEST, { files: await RepoFiles.open(join(workspace, 'repo')), workspace });
    expect(read.read.dataset).toBe('$GITHUB_WORKSPACE/exports/*.csv');
    expect(read.read.sources!.map((s) => ('file' in s ? s.file : s.query))).toEqual(['$GITHUB_WORKSPACE/exports/w1.csv']);
  });
});

describe.skipIf(!duckdbInstalled())(`a DuckDB query${duckdbInstalled() ? '' : ` (skipped: ${DUCKDB_MISSING})`}`, () => {
  function repoWithParquet(amounts: number[]): string {
    const repo = tempDir();
    mkdirSync(join(repo, 'data'));
    const day = Date.parse('2024-05-01T00:00:00Z');
    parquetWriteFile({
      filename: join(repo, 'data', 'scored.parquet'),
      columnData: [
        { name: 'amount', type: 'DOUBLE', data: amounts },
        { name: 'purpose', type: 'STRING', data: amounts.map((a) => (a > 100 ? 'car' : 'tv')) },
        { name: 'scored_at', type: 'TIMESTAMP', data: amounts.map((_, i) => new Date(day + i * 86_400_000)) },
      ],
    });
    return repo;
  }

  it('runs SQL over local Parquet, relative to the repository root, filtered on the timestamp column, and records the engine and a digest', async () => {
    const repo = repoWithParquet([50, 150, 250, 350]);
    const files = await RepoFiles.open(repo);
    const query = "SELECT * FROM read_parquet('data/scored.parquet') WHERE scored_at >= TIMESTAMP '2024-05-02';";
    const spec = { source: { query, timestamp: 'scored_at' }, field: 'monitoring.current' };
    const read = await readCurrent(spec, REQUEST, { files });
    expect(read.labelled).toBe(false);
    expect(numeric(read.table, 'amount')).toEqual([150, 250, 350]);
    expect(texts(read.table, 'purpose')).toEqual(['car', 'car', 'car']);
    expect(read.read.dataset).toBe('query');
    expect(read.read.timestamp).toEqual({ column: 'scored_at', first: '2024-05-02T00:00:00.000Z', last: '2024-05-04T00:00:00.000Z' });
    const [source] = read.read.sources!;
    expect(source).toMatchObject({ query, rows: 3, engine: expect.stringMatching(/^DuckDB v1\.\d+\.\d+ \(@duckdb\/node-api 1\.5\.6-r\.1\)$/), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The digest is of the result: the same data gives the same digest, other data another.
    const again = await readCurrent(spec, REQUEST, { files });
    expect(again.read.sources).toEqual(read.read.sources);
    const other = await readCurrent(spec, REQUEST, { files: await RepoFiles.open(repoWithParquet([50, 150, 250, 351])) });
    expect((other.read.sources![0] as { sha256: string }).sha256).not.toBe((source as { sha256: string }).sha256);
  });

  it('names the field when the SQL fails, returns nothing, or lacks a feature', async () => {
    const files = await RepoFiles.open(repoWithParquet([50, 150]));
    const run = (query: string) => readCurrent({ source: { query, timestamp: 'scored_at' }, field: 'monitoring.current' }, REQUEST, { files });
    const failing = await sourceError(run("SELECT * FROM read_parquet('data/missing.parquet')"));
    expect(failing.field).toBe('monitoring.current.query');
    expect(failing.message).toMatch(/^monitoring\.current\.query failed in DuckDB v[\d.]+ .*missing\.parquet/);
    expect((await sourceError(run("SELECT * FROM read_parquet('data/scored.parquet') WHERE amount > 1000"))).message).toBe('monitoring.current.query returned no rows');
    expect((await sourceError(run("SELECT amount FROM read_parquet('data/scored.parquet')"))).message).toBe("monitoring.current.query: its result has no column 'purpose', 'scored_at'; it has: amount");
  });

  it("is found in the repository when it is not beside modelops (the Action's dist/), and says how to install it when it is nowhere", async () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const found = await openDuckDB({ besideModelops: false, directories: [tempDir(), root] });
    expect(found.engine).toMatch(/^DuckDB v\d+\.\d+\.\d+ \(@duckdb\/node-api 1\.5\.6-r\.1\)$/);
    found.close();
    const missing = await rejection(openDuckDB({ besideModelops: false, directories: [tempDir()] }), DuckDBUnavailableError);
    // The version the message names is the one package.json pins and the published package asks for.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect([pkg['devDependencies']![DUCKDB_PACKAGE], pkg['peerDependencies']![DUCKDB_PACKAGE]]).toEqual([DUCKDB_VERSION, DUCKDB_VERSION]);
    expect(missing.message).toMatch(/^a query needs DuckDB, which is not installed: install the optional add-on beside modelops: npm install --no-save @duckdb\/node-api@1\.5\.6-r\.1 /);
  });

  it('is loaded on the first query, not when the source module is imported or files are read', () => {
    // A fresh Node process, so no other test has loaded it first.
    const module = pathToFileURL(join(import.meta.dirname, 'current-source.ts')).href;
    const script = `
      import { createRequire } from 'node:module';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('@duckdb'));
      const { readCurrent } = await import(${JSON.stringify(module)});
      const { RepoFiles } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, '..', 'repo-files.ts')).href)});
      const files = await RepoFiles.open(${JSON.stringify(join(import.meta.dirname, 'fixtures'))});
      const request = { features: [{ name: 'age', kind: 'numeric' }] };
      await readCurrent({ source: { path: 'people.csv' }, field: 'monitoring.current' }, request, { files });
      const afterFiles = loaded();
      await readCurrent({ source: { query: 'SELECT 41 + 1 AS age' }, field: 'monitoring.current' }, request, { files });
      console.log(JSON.stringify({ afterFiles, afterQuery: loaded() }));
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: join(import.meta.dirname, '..', '..', '..'), encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout.trim())).toEqual({ afterFiles: false, afterQuery: true });
  });
});
