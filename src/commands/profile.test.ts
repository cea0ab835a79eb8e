// `modelops profile` end to end on the example's data: the SQL it prints, run by DuckDB on the CSV files, and
// the result rows saved as JSON lines, give the profiles profile(FILE) computes locally.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Profile } from '../core/drift/profile.js';
import { duckdbConnection, duckdbInstalled, DUCKDB_MISSING } from '../testing/duckdb.js';
import { EXAMPLE_REPO } from '../testing/repos.js';
import { chunkOption, chunkProfilesFromRowsFile, profile, profileFromRowsFile, profileSqlFor } from './profile.js';
import type { NumericColumn } from '../core/data/table.js';
import { chunkStream, profileAccumulator } from '../core/drift/chunks/stream.js';
import { readTable } from '../io/data/read-table.js';
import { runCli } from '../cli.js';
import { writeFileSync } from 'node:fs';

const dir = mkdtempSync(join(tmpdir(), 'modelops-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = (file: string) => join(EXAMPLE_REPO, 'models/credit-risk/data', file);

async function runInDuckDb(sql: string, csv: string, out: string): Promise<void> {
  const connection = (await duckdbConnection())!;
  // as text, as the local reader sees categories: DuckDB would otherwise read yes/no as BOOLEAN ('true')
  await connection.run(`CREATE VIEW applicants AS SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)`);
  await connection.run(`COPY (${sql.replace(/;\s*$/, '').replace(/^--.*\n/gm, '')}) TO '${out}' (FORMAT JSON)`);
  connection.closeSync();
}

/** Sums to rounding (DuckDB adds in another order); the rest exactly. */
function withoutSums(p: Profile): Profile {
  return { ...p, source: 'x', columns: p.columns.map((c) => (c.kind === 'numeric' ? { ...c, sum: Math.round(c.sum * 1e6), sumOfSquares: Math.round(c.sumOfSquares), sums: c.sums.map((s) => Math.round(s * 1e6)) } : c)) };
}

describe('modelops profile', () => {
  it.skipIf(!duckdbInstalled())(`gives the same reference and current profiles from DuckDB running the printed SQL as from the local files${duckdbInstalled() ? '' : ` (skipped: ${DUCKDB_MISSING})`}`, async () => {
    const reference = await profile(data('reference.csv'), { repo: EXAMPLE_REPO, model: 'credit-risk' });
    expect(reference.columns.map((c) => c.name)).toHaveLength(20);
    await runInDuckDb(await profileSqlFor('applicants', { repo: EXAMPLE_REPO }), data('reference.csv'), join(dir, 'reference-rows.json'));
    const fromSql = await profileFromRowsFile(join(dir, 'reference-rows.json'), { repo: EXAMPLE_REPO });
    expect(withoutSums(fromSql)).toEqual(withoutSums(reference));

    writeFileSync(join(dir, 'reference.json'), JSON.stringify(reference));
    const current = await profile(data('current-drifted.csv'), { repo: EXAMPLE_REPO, reference: join(dir, 'reference.json') });
    await runInDuckDb(await profileSqlFor('applicants', { repo: EXAMPLE_REPO, reference: join(dir, 'reference.json'), dialect: 'duckdb' }), data('current-drifted.csv'), join(dir, 'current-rows.json'));
    const currentFromSql = await profileFromRowsFile(join(dir, 'current-rows.json'), { repo: EXAMPLE_REPO, reference: join(dir, 'reference.json') });
    expect(withoutSums(currentFromSql)).toEqual(withoutSums(current));
    const age = current.columns.find((c) => c.name === 'age')!;
    expect(age).toMatchObject({ kind: 'numeric', count: 300, missing: 0 });
  });

  it.skipIf(!duckdbInstalled())(`gives one current profile per week from the warehouse, as the local stream does${duckdbInstalled() ? '' : ` (skipped: ${DUCKDB_MISSING})`}`, async () => {
    const reference = await profile(data('reference.csv'), { repo: EXAMPLE_REPO, model: 'credit-risk' });
    writeFileSync(join(dir, 'reference-chunks.json'), JSON.stringify(reference));
    const options = { repo: EXAMPLE_REPO, reference: join(dir, 'reference-chunks.json'), chunk: chunkOption('ts', 'week')! };
    // a timestamp the rows carry, so DuckDB and the local side agree whatever the row order: day (age mod 17) from Monday 2026-03-02
    const sql = (await profileSqlFor('timed', options)).replace(/^--.*\n/gm, '');
    const connection = (await duckdbConnection())!;
    await connection.run(`CREATE VIEW applicants AS SELECT * FROM read_csv('${data('current-drifted.csv')}', header = true, all_varchar = true)`);
    await connection.run(`CREATE VIEW timed AS SELECT *, TIMESTAMP '2026-03-02 08:00:00' + to_days(CAST(CAST(age AS DOUBLE) AS INTEGER) % 17) AS ts FROM applicants`);
    await connection.run(`COPY (${sql.replace(/;\s*$/, '')}) TO '${join(dir, 'chunk-rows.json')}' (FORMAT JSON)`);
    connection.closeSync();
    const fromSql = await chunkProfilesFromRowsFile(join(dir, 'chunk-rows.json'), options);
    expect(fromSql.chunks.map((c) => c.key)).toEqual(['2026-W10', '2026-W11', '2026-W12']);

    const features = reference.columns.map((c) => ({ name: c.name, kind: c.kind }));
    const table = await readTable(data('current-drifted.csv'), { format: 'csv', columns: features });
    const age = table.columns.get('age') as NumericColumn;
    const stream = chunkStream({ by: 'period', period: 'week' }, profileAccumulator(reference));
    stream.push(table, Float64Array.from(age.values, (a) => Date.UTC(2026, 2, 2, 8) + (Math.trunc(a) % 17) * 86_400_000));
    const local = stream.finish();
    expect(fromSql.chunks.map((c) => [c.key, c.rows])).toEqual(local.map((c) => [c.key, c.rows]));
    fromSql.chunks.forEach((chunk, i) => expect(withoutSums(chunk.profile)).toEqual(withoutSums(local[i]!.state)));
    expect(fromSql.invalidTimestamps).toBe(0);
    await expect(chunkProfilesFromRowsFile(join(dir, 'chunk-rows.json'), { repo: EXAMPLE_REPO, chunk: options.chunk })).rejects.toThrow(/--chunk-by needs --reference/);
    expect(() => chunkOption(undefined, 'week')).toThrow(/--period needs --chunk-by/);
    expect(() => chunkOption('ts', 'hour')).toThrow(/--period must be one of day, week, month; got 'hour'/);
  });

  it('prints the chunked SQL from the command line, and refuses --chunk-by where it does not apply', async () => {
    const cli = async (...argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: {} });
      return { code, stdout, stderr };
    };
    const reference = join(dir, 'reference-cli.json');
    writeFileSync(reference, JSON.stringify(await profile(data('reference.csv'), { repo: EXAMPLE_REPO })));
    const sql = await cli('profile', '--repo', EXAMPLE_REPO, '--sql', '--table', 'events', '--reference', reference, '--chunk-by', 'event_time', '--period', 'month', '--dialect', 'bigquery');
    expect(sql.code).toBe(0);
    expect(sql.stdout).toContain('TIMESTAMP_TRUNC(CAST(`event_time` AS TIMESTAMP), MONTH)');
    const local = await cli('profile', '--repo', EXAMPLE_REPO, '--chunk-by', 'event_time', data('reference.csv'));
    expect(local.code).toBe(2);
    expect(local.stderr).toContain('--chunk-by is for --sql and --from-rows');
    const withoutReference = await cli('profile', '--repo', EXAMPLE_REPO, '--sql', '--table', 'events', '--chunk-by', 'event_time');
    expect(withoutReference.code).toBe(2);
    expect(withoutReference.stderr).toContain('give the reference profile');
  });

  it('refuses an unknown dialect and a repository with no such model', async () => {
    await expect(profileSqlFor('t', { repo: EXAMPLE_REPO, dialect: 'oracle' })).rejects.toThrow(/--dialect must be one of duckdb, spark, bigquery/);
    await expect(profile(data('reference.csv'), { repo: EXAMPLE_REPO, model: 'nope' })).rejects.toThrow(/no valid manifest for model 'nope'/);
  });
});
