// `modelops profile`: drift for data too large for a runner. A profile (schemas/profile.schema.json) holds per
// column what the drift tests need — bin counts over the reference's edges, category counts, missing counts —
// so the data is profiled where it lives and only the profile travels to `modelops drift --current`.
//   profile(FILE)            the profile of a local file (CSV, JSONL, Parquet), as the SQL would compute it;
//   profileSqlFor(...)       the SQL that computes it in a warehouse (DuckDB, Spark SQL, BigQuery);
//   profileFromRowsFile(...) that SQL's result rows (JSON or JSON lines) turned into the profile.
// Columns: a model's features (--model NAME, or the repository's only model), with their declared types.
// A reference profile gets its own equal-width bins; a current profile (--reference REF.json) is counted over
// the reference's edges, which is what lets drift compare them bin by bin.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CHUNK_PERIODS, type ChunkPeriod } from '../core/drift/chunks/chunking.js';
import { isoUtc } from '../core/drift/chunks/time.js';
import { chunkProfilesFromRows, profileColumns, profileFromRows, profileSql, SQL_DIALECTS, type ProfileSqlRow, type SqlDialect } from '../core/drift/profile-sql.js';
import { profileTable, ProfileError, type Profile, type ProfileColumnSpec } from '../core/drift/profile.js';
import { parseProfile } from '../core/drift/profile-json.js';
import type { Manifest } from '../core/manifest/manifest.js';
import { DataFormatError, formatOf } from '../io/data/columns.js';
import { readTable } from '../io/data/read-table.js';
import { UsageError } from './errors.js';
import { validateRepository } from './validate.js';

export { profileSql } from '../core/drift/profile-sql.js';

export interface ProfileCommandOptions {
  /** Repository root, for the model's features (default '.'). */
  repo?: string;
  /** Model whose features are profiled (default: the repository's only model). */
  model?: string;
  /** Columns to profile instead of a model's features. */
  columns?: ProfileColumnSpec[];
  /** A reference profile (path) whose edges the numeric columns are counted over. */
  reference?: string;
  /** Bins of a reference profile (default 100). */
  bins?: number;
  /** One profile per period of this timestamp column (SQL and its rows only). */
  chunk?: { timestamp: string; period: ChunkPeriod };
}

/** The chunk option from --chunk-by and --period. */
export function chunkOption(chunkBy: string | undefined, period: string | undefined): ProfileCommandOptions['chunk'] {
  if (chunkBy === undefined) {
    if (period !== undefined) throw new UsageError('--period needs --chunk-by COLUMN (the timestamp column the chunks follow)');
    return undefined;
  }
  const chosen = period ?? 'week';
  if (!CHUNK_PERIODS.includes(chosen as ChunkPeriod)) throw new UsageError(`--period must be one of ${CHUNK_PERIODS.join(', ')}; got '${chosen}'`);
  return { timestamp: chunkBy, period: chosen as ChunkPeriod };
}

/** The columns to profile: given ones, or a model's features. */
async function columnsFor(options: ProfileCommandOptions): Promise<ProfileColumnSpec[]> {
  if (options.columns && options.columns.length > 0) return options.columns;
  const { manifests } = await validateRepository({ repo: options.repo ?? '.' }, 'profile');
  const all = [...manifests.values()];
  let manifest: Manifest | undefined;
  if (options.model !== undefined) {
    manifest = all.find((m) => m.metadata.name === options.model);
    if (!manifest) throw new UsageError(`no valid manifest for model '${options.model}' in ${options.repo ?? '.'} (models: ${all.map((m) => m.metadata.name).join(', ') || 'none'})`);
  } else if (all.length === 1) manifest = all[0];
  else throw new UsageError(`name the model whose features to profile (--model NAME); ${options.repo ?? '.'} has ${all.length} valid manifests`);
  return profileColumns(manifest!);
}

/** A profile from a JSON file; ProfileError when it is not one. */
export async function readProfile(path: string): Promise<Profile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ProfileError(`${path}: not a JSON profile (${(error as Error).message})`);
  }
  return parseProfile(json, path);
}

/** The profile of a local data file (`file` as given, relative to the working directory). */
export async function profile(file: string, options: ProfileCommandOptions = {}): Promise<Profile> {
  const columns = await columnsFor(options);
  const format = formatOf(file);
  if (!format) throw new UsageError(`${file}: unknown data format: use a .csv, .jsonl or .parquet file`);
  const reference = options.reference !== undefined ? await readProfile(options.reference) : undefined;
  const table = await readTable(resolve(file), { format, columns: columns.map((c) => ({ name: c.name, kind: c.kind })) });
  return profileTable(table, columns, { ...(reference ? { reference } : {}), ...(options.bins !== undefined ? { bins: options.bins } : {}), source: file });
}

/** The SQL computing the profile of `table` in a warehouse. */
export async function profileSqlFor(table: string, options: ProfileCommandOptions & { dialect?: string } = {}): Promise<string> {
  if (options.dialect !== undefined && !SQL_DIALECTS.includes(options.dialect as SqlDialect)) throw new UsageError(`--dialect must be one of ${SQL_DIALECTS.join(', ')}; got '${options.dialect}'`);
  const columns = await columnsFor(options);
  const reference = options.reference !== undefined ? await readProfile(options.reference) : undefined;
  return profileSql(columns, table, {
    ...(options.dialect ? { dialect: options.dialect as SqlDialect } : {}),
    ...(reference ? { reference } : {}),
    ...(options.bins !== undefined ? { bins: options.bins } : {}),
    ...(options.chunk ? { chunk: options.chunk } : {}),
  });
}

/** Rows saved from the SQL's result: a JSON array of objects, or one object per line. */
export function parseRows(text: string, file: string): ProfileSqlRow[] {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('[')) return JSON.parse(trimmed) as ProfileSqlRow[];
    return trimmed
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ProfileSqlRow);
  } catch (error) {
    throw new DataFormatError(`${file}: the rows are neither a JSON array nor JSON lines (${(error as Error).message})`, { file });
  }
}

/** The profile the result rows of profileSqlFor() describe (same columns, reference and bins as the SQL). */
export async function profileFromRowsFile(file: string, options: ProfileCommandOptions & { source?: string } = {}): Promise<Profile> {
  const columns = await columnsFor(options);
  const reference = options.reference !== undefined ? await readProfile(options.reference) : undefined;
  const rows = parseRows(await readFile(file, 'utf8'), file);
  return profileFromRows(rows, columns, {
    ...(reference ? { reference } : {}),
    ...(options.bins !== undefined ? { bins: options.bins } : {}),
    source: options.source ?? file,
  });
}

/** Per-chunk current profiles from the rows of profileSqlFor(…, { chunk }), in period order. */
export interface ChunkProfiles {
  kind: 'ChunkProfiles';
  timestamp: string;
  period: ChunkPeriod;
  /** Rows whose timestamp was NULL: in no chunk. */
  invalidTimestamps: number;
  chunks: { key: string; start: string; end: string; rows: number; profile: Profile }[];
}

export async function chunkProfilesFromRowsFile(file: string, options: ProfileCommandOptions & { chunk: NonNullable<ProfileCommandOptions['chunk']> }): Promise<ChunkProfiles> {
  const columns = await columnsFor(options);
  if (options.reference === undefined) throw new UsageError('--chunk-by needs --reference REF.json: chunk profiles are counted over the reference profile\'s edges');
  const reference = await readProfile(options.reference);
  const { chunks, invalidTimestamps } = chunkProfilesFromRows(parseRows(await readFile(file, 'utf8'), file), columns, { reference, period: options.chunk.period });
  return {
    kind: 'ChunkProfiles',
    timestamp: options.chunk.timestamp,
    period: options.chunk.period,
    invalidTimestamps,
    chunks: chunks.map((chunk) => ({ key: chunk.key, start: isoUtc(chunk.start!), end: isoUtc(chunk.end!), rows: chunk.rows, profile: { ...chunk.state, source: `${file}#${chunk.key}` } })),
  };
}
