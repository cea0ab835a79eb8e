// The SQL that computes a profile (profile.ts) where the data lives, and how its result rows become the same
// Profile JSON that `modelops profile FILE` writes.
//
// One statement, one scan of the table (engines that do not share the CTE scan it once per column):
//   src      the profiled columns, numeric ones CAST to double, categorical ones to string;
//   range    (reference profiles only) each numeric column's finite min and max;
//   binned   per row and column: the bin index (-1 missing) from a CASE WHEN over the edges — the same
//            comparisons, in the same order, as binIndex() — the finite value, the category text;
//   then one UNION ALL of GROUP BYs, in long format, one row per (column, part, bin or category):
//     column_name  part      bin   category  n       sum_x    sum_x2   min_x  max_x
//     NULL         rows                      rows
//     <numeric>    stats                     finite  sum      sum x^2  min    max
//     <numeric>    bin       i               rows    sum in the bin
//     <categorical> category        text/NULL rows
// profileFromRows() turns those rows into the Profile (NULL category = missing; bin -1 = missing).
//
// Edges: with a reference profile, its edges are written as literals, CAST('<shortest round-trip text>' AS
// DOUBLE), which every engine parses to the same double as JavaScript. Without one, the edges are min +
// ((max - min) * k) / bins, computed in the query with the same IEEE operations, in the same order, as
// equalWidthEdges(); the last edge is the max itself.
//
// Missing values: NULL, NaN and ±Infinity for numeric columns (`x - x = 0` is false for exactly those,
// in every engine, whatever its NaN ordering), NULL or the empty string for categorical ones — the rules
// of the local readers.
//
// Dialects differ only in identifier quoting and type names, no function is dialect-specific:
//   duckdb    "col", DOUBLE, BIGINT, STRING (DuckDB's alias of VARCHAR)
//   spark     `col`, DOUBLE, BIGINT, STRING (Spark SQL 3)
//   bigquery  `col`, FLOAT64, INT64, STRING (GoogleSQL; the table as `project.dataset.table`)
// Counts are SUM(CASE ...) / COUNT(*) with GROUP BY rather than COUNT(*) FILTER (WHERE ...), which BigQuery
// lacks. Categories are compared as the engine's strings: a numeric column read as categorical prints as the
// engine prints it (DuckDB's CAST(1.0 AS STRING) is '1.0', a BOOLEAN yes/no column is 'true'/'false'), so
// keep such columns as the text the local files hold.
import type { Manifest } from '../manifest/manifest.js';
import {
  DEFAULT_PROFILE_BINS,
  MAX_PROFILE_BINS,
  ProfileError,
  compareText,
  equalWidthEdges,
  referenceEdges,
  type CategoricalProfileColumn,
  type NumericProfileColumn,
  type Profile,
  type ProfileColumn,
  type ProfileColumnSpec,
} from './profile.js';
import { PROFILE_API_VERSION } from './profile-schema.js';
import { CHUNK_PERIODS, DEFAULT_MIN_CHUNK_ROWS, periodCalendar, type ChunkPeriod } from './chunks/chunking.js';
import { profileAccumulator, type StreamedChunk } from './chunks/stream.js';
import { zoneClock } from './chunks/time.js';

export const SQL_DIALECTS = ['duckdb', 'spark', 'bigquery'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

interface DialectWords {
  quote(identifier: string): string;
  /** A string literal. */
  literal(text: string): string;
  double: string;
  bigint: string;
  string: string;
  /** The start of the calendar period holding a TIMESTAMP expression, as a TIMESTAMP. */
  truncate(period: ChunkPeriod, timestamp: string): string;
}

/** Spark SQL and GoogleSQL string literals escape with a backslash. */
const backslashLiteral = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const DIALECTS: Readonly<Record<SqlDialect, DialectWords>> = {
  duckdb: {
    quote: (id) => `"${id.replace(/"/g, '""')}"`,
    literal: (text) => `'${text.replace(/'/g, "''")}'`,
    double: 'DOUBLE',
    bigint: 'BIGINT',
    string: 'STRING',
    truncate: (period, ts) => `date_trunc('${period}', ${ts})`,
  },
  spark: {
    quote: (id) => `\`${id.replace(/`/g, '``')}\``,
    literal: backslashLiteral,
    double: 'DOUBLE',
    bigint: 'BIGINT',
    string: 'STRING',
    truncate: (period, ts) => `date_trunc('${period.toUpperCase()}', ${ts})`,
  },
  bigquery: {
    quote: (id) => `\`${id.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``,
    literal: backslashLiteral,
    double: 'FLOAT64',
    bigint: 'INT64',
    string: 'STRING',
    truncate: (period, ts) => `TIMESTAMP_TRUNC(${ts}, ${period === 'week' ? 'WEEK(MONDAY)' : period.toUpperCase()})`,
  },
};

export interface ProfileSqlOptions {
  /** duckdb (default), spark or bigquery. */
  dialect?: SqlDialect;
  /** Count numeric columns over this reference profile's edges (the SQL of a current profile). */
  reference?: Profile;
  /** Bins per numeric column without a reference (default 100). */
  bins?: number;
  /**
   * One profile per calendar period of a TIMESTAMP column (needs `reference`: chunk profiles are current
   * profiles over its edges): every row of the result carries its period's first day, `chunk` ('YYYY-MM-DD').
   */
  chunk?: { timestamp: string; period: ChunkPeriod };
}

/** The columns a manifest's drift checks compare: its features, with their declared types. */
export function profileColumns(manifest: Pick<Manifest, 'data'>): ProfileColumnSpec[] {
  return manifest.data.features.map((feature) => ({ name: feature.name, kind: feature.type }));
}

/** The SQL computing the profile of `columns` (or a manifest's features) of `table`. */
export function profileSql(spec: Pick<Manifest, 'data'> | readonly ProfileColumnSpec[], table: string, options: ProfileSqlOptions = {}): string {
  const columns = Array.isArray(spec) ? (spec as readonly ProfileColumnSpec[]) : profileColumns(spec as Pick<Manifest, 'data'>);
  if (columns.length === 0) throw new ProfileError('nothing to profile: no columns');
  if (table.trim() === '' || /;/.test(table)) throw new ProfileError(`'${table}' is not a table name`);
  const dialect = options.dialect ?? 'duckdb';
  const words = DIALECTS[dialect];
  if (!words) throw new ProfileError(`unknown SQL dialect '${String(dialect)}'; use ${SQL_DIALECTS.join(', ')}`);
  const bins = options.reference?.bins ?? options.bins ?? DEFAULT_PROFILE_BINS;
  if (!Number.isInteger(bins) || bins < 1 || bins > MAX_PROFILE_BINS) throw new ProfileError(`bins must be an integer from 1 to ${MAX_PROFILE_BINS}; got ${bins}`);
  const { quote, literal, double, bigint, string } = words;
  const castDouble = (value: number): string => `CAST('${String(value)}' AS ${double})`;
  const own = options.reference === undefined;
  const chunk = options.chunk;
  if (chunk && own) throw new ProfileError('profiles per chunk are current profiles: give the reference profile whose edges they count over');
  if (chunk && !CHUNK_PERIODS.includes(chunk.period)) throw new ProfileError(`unknown chunk period '${String(chunk.period)}'; use ${CHUNK_PERIODS.join(', ')}`);
  // with chunks, every part also groups by the chunk; `, chunk` is added to its columns and its GROUP BY
  const byChunk = chunk ? ', chunk' : '';
  const groupBy = (...keys: string[]): string => {
    const all = chunk ? ['chunk', ...keys] : keys;
    return all.length > 0 ? ` GROUP BY ${all.join(', ')}` : '';
  };

  const select: string[] = [];
  const range: string[] = [];
  const binned: string[] = [];
  const parts: string[] = [];
  const nulls = (kinds: string[]): string => kinds.map((kind) => `CAST(NULL AS ${kind})`).join(', ');
  parts.push(`SELECT CAST(NULL AS ${string}) AS column_name, 'rows' AS part, CAST(NULL AS ${bigint}) AS bin, CAST(NULL AS ${string}) AS category, COUNT(*) AS n, ${nulls([double])} AS sum_x, ${nulls([double])} AS sum_x2, ${nulls([double])} AS min_x, ${nulls([double])} AS max_x${byChunk} FROM binned${groupBy()}`);

  columns.forEach((column, index) => {
    const name = literal(column.name);
    if (column.kind === 'categorical') {
      const c = `c${index}`;
      select.push(`CAST(${quote(column.name)} AS ${string}) AS ${c}`);
      binned.push(`CASE WHEN ${c} IS NULL OR ${c} = '' THEN NULL ELSE ${c} END AS ${c}`);
      parts.push(`SELECT ${name}, 'category', NULL, ${c}, COUNT(*), NULL, NULL, NULL, NULL${byChunk} FROM binned${groupBy(c)}`);
      return;
    }
    const x = `x${index}`;
    const missing = `${x} IS NULL OR NOT (${x} - ${x} = 0)`;
    select.push(`CAST(${quote(column.name)} AS ${double}) AS ${x}`);
    let edges: string[];
    if (own) {
      range.push(`MIN(CASE WHEN ${x} - ${x} = 0 THEN ${x} END) AS ${x}_min`, `MAX(CASE WHEN ${x} - ${x} = 0 THEN ${x} END) AS ${x}_max`);
      edges = Array.from({ length: bins + 1 }, (_, k) => (k === bins ? `${x}_max` : k === 0 ? `${x}_min` : `${x}_min + ((${x}_max - ${x}_min) * ${k}) / ${bins}`));
    } else {
      edges = referenceEdges(options.reference!, column.name).map(castDouble);
    }
    const last = edges.length - 1;
    const branches = [`WHEN ${missing} THEN -1`];
    if (last < 0) branches.push('ELSE 0');
    else {
      for (let k = 0; k < last; k++) branches.push(`WHEN ${x} < ${edges[k]} THEN ${k}`);
      branches.push(`WHEN ${x} <= ${edges[last]} THEN ${last}`, `ELSE ${last + 1}`);
    }
    binned.push(`CASE ${branches.join(' ')} END AS b${index}`, `CASE WHEN ${missing} THEN NULL ELSE ${x} END AS v${index}`);
    parts.push(
      `SELECT ${name}, 'stats', NULL, NULL, COUNT(v${index}), SUM(v${index}), SUM(v${index} * v${index}), MIN(v${index}), MAX(v${index})${byChunk} FROM binned${groupBy()}`,
      `SELECT ${name}, 'bin', b${index}, NULL, COUNT(*), SUM(v${index}), NULL, NULL, NULL${byChunk} FROM binned${groupBy(`b${index}`)}`,
    );
  });

  const header = [
    `-- modelops profile of ${table} (${PROFILE_API_VERSION} Profile, ${dialect} dialect): ${columns.length} column(s)` +
      (own ? `, ${bins} equal-width bins over each numeric column's own range (a reference profile).` : `, numeric columns counted over the reference profile's edges (a current profile).`),
    "-- Run it, save the rows (e.g. as JSON or CSV), and turn them into a profile: modelops profile --from-rows FILE.",
  ];
  if (chunk) {
    const start = words.truncate(chunk.period, `CAST(${quote(chunk.timestamp)} AS TIMESTAMP)`);
    select.push(`CAST(CAST(${start} AS DATE) AS ${string}) AS chunk`);
    binned.push('chunk');
    header.push(`-- One profile per ${chunk.period} of ${chunk.timestamp} (the engine's calendar: UTC for a TIMESTAMP without time zone), the period's first day in the column chunk.`);
  }
  const ctes = [`src AS (\n  SELECT\n    ${select.join(',\n    ')}\n  FROM ${table}\n)`];
  if (range.length > 0) ctes.push(`range_ AS (\n  SELECT\n    ${range.join(',\n    ')}\n  FROM src\n)`);
  ctes.push(`binned AS (\n  SELECT\n    ${binned.join(',\n    ')}\n  FROM src${range.length > 0 ? ' CROSS JOIN range_' : ''}\n)`);
  return `${header.join('\n')}\nWITH ${ctes.join(',\n')}\n${parts.join('\nUNION ALL\n')}\nORDER BY ${chunk ? 'chunk, ' : ''}column_name, part, bin, category;\n`;
}

/** One result row of profileSql (column names as the SQL gives them; numbers may arrive as strings or bigints). */
export type ProfileSqlRow = Record<string, unknown>;

const asNumber = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'bigint' ? Number(value) : typeof value === 'string' ? Number(value) : (value as number);
  if (typeof n !== 'number' || Number.isNaN(n)) throw new ProfileError(`profile rows: '${String(value)}' is not a number`);
  return n;
};

/** The Profile the rows of profileSql(columns, …, options) describe. */
export function profileFromRows(rows: readonly ProfileSqlRow[], columns: readonly ProfileColumnSpec[], options: Omit<ProfileSqlOptions, 'dialect'> & { source?: string } = {}): Profile {
  const bins = options.reference?.bins ?? options.bins ?? DEFAULT_PROFILE_BINS;
  const get = (row: ProfileSqlRow, key: string): unknown => row[key] ?? row[key.toUpperCase()];
  const rowsRow = rows.find((row) => get(row, 'part') === 'rows');
  if (!rowsRow) throw new ProfileError("profile rows: no 'rows' row; were these rows made by modelops profile --sql?");
  const total = asNumber(get(rowsRow, 'n'))!;
  const profiled = columns.map((spec): ProfileColumn => {
    const mine = rows.filter((row) => get(row, 'column_name') === spec.name);
    if (spec.kind === 'categorical') {
      let missing = 0;
      const categories = mine
        .filter((row) => get(row, 'part') === 'category')
        .flatMap((row) => {
          const category = get(row, 'category');
          const count = asNumber(get(row, 'n'))!;
          if (category === null || category === undefined) {
            missing += count;
            return [];
          }
          return [{ value: String(category), count }];
        })
        .sort((a, b) => compareText(a.value, b.value));
      const column: CategoricalProfileColumn = { name: spec.name, kind: 'categorical', missing, categories };
      return column;
    }
    const stats = mine.find((row) => get(row, 'part') === 'stats');
    if (!stats) throw new ProfileError(`profile rows: no 'stats' row for column '${spec.name}'`);
    const count = asNumber(get(stats, 'n'))!;
    const min = asNumber(get(stats, 'min_x'));
    const max = asNumber(get(stats, 'max_x'));
    const edges = options.reference ? referenceEdges(options.reference, spec.name) : min === null || max === null ? [] : equalWidthEdges(min, max, bins);
    const counts = new Array<number>(edges.length + 1).fill(0);
    const sums = new Array<number>(edges.length + 1).fill(0);
    let missing = 0;
    for (const row of mine.filter((r) => get(r, 'part') === 'bin')) {
      const bin = asNumber(get(row, 'bin'))!;
      const n = asNumber(get(row, 'n'))!;
      if (bin === -1) {
        missing += n;
        continue;
      }
      if (!(bin >= 0 && bin < counts.length)) throw new ProfileError(`profile rows: column '${spec.name}' has bin ${bin}, outside 0..${counts.length - 1}`);
      counts[bin] = n;
      sums[bin] = asNumber(get(row, 'sum_x')) ?? 0;
    }
    const column: NumericProfileColumn = {
      name: spec.name,
      kind: 'numeric',
      missing,
      count,
      min,
      max,
      sum: asNumber(get(stats, 'sum_x')) ?? 0,
      sumOfSquares: asNumber(get(stats, 'sum_x2')) ?? 0,
      edges: [...edges],
      counts,
      sums,
    };
    return column;
  });
  return {
    apiVersion: PROFILE_API_VERSION,
    kind: 'Profile',
    rows: total,
    ...(options.source !== undefined ? { source: options.source } : {}),
    bins,
    edges: options.reference ? 'reference' : 'own-range',
    columns: profiled,
  };
}

export interface ChunkProfilesOptions {
  reference: Profile;
  period: ChunkPeriod;
  /** Chunks with fewer rows are insufficient (default 50, as the local chunking). */
  minRows?: number;
}

/**
 * The chunks of rows from profileSql(…, { chunk }), in period order with the empty periods between them, as
 * chunkStream hands them back (so profileSeries takes them as they are), and the rows whose timestamp was NULL.
 */
export function chunkProfilesFromRows(rows: readonly ProfileSqlRow[], columns: readonly ProfileColumnSpec[], options: ChunkProfilesOptions): { chunks: StreamedChunk<Profile>[]; invalidTimestamps: number } {
  const { reference, period } = options;
  const minRows = options.minRows ?? DEFAULT_MIN_CHUNK_ROWS;
  const calendar = periodCalendar(period, zoneClock('UTC'));
  const groups = new Map<number, ProfileSqlRow[]>();
  let invalidTimestamps = 0;
  for (const row of rows) {
    const start = row.chunk ?? row.CHUNK;
    if (start === null || start === undefined) {
      if ((row.part ?? row.PART) === 'rows') invalidTimestamps += asNumber(row.n ?? row.N) ?? 0;
      continue;
    }
    const instant = typeof start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(start) ? Date.parse(`${start}T00:00:00Z`) : Number.NaN;
    if (Number.isNaN(instant)) throw new ProfileError(`profile rows: chunk '${String(start)}' is not a date (YYYY-MM-DD); were these rows made by modelops profile --sql --chunk?`);
    const ordinal = calendar.ordinalOf(instant);
    if (calendar.start(ordinal) !== instant) throw new ProfileError(`profile rows: chunk ${start} is not the first day of a ${period}`);
    let group = groups.get(ordinal);
    if (!group) groups.set(ordinal, (group = []));
    group.push(row);
  }
  const empty = profileAccumulator(reference, columns.map((c) => c.name));
  const ordinals = [...groups.keys()].sort((a, b) => a - b);
  const chunks: StreamedChunk<Profile>[] = [];
  for (let n = ordinals[0] ?? 0; ordinals.length > 0 && n <= ordinals[ordinals.length - 1]!; n++) {
    const group = groups.get(n);
    const state = group ? profileFromRows(group, columns, { reference }) : empty.create();
    chunks.push({ index: chunks.length, key: calendar.key(n), start: calendar.start(n), end: calendar.start(n + 1), rows: state.rows, empty: state.rows === 0, insufficient: state.rows < minRows, state });
  }
  return { chunks, invalidTimestamps };
}
