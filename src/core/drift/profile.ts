// Profiles: what drift needs of a dataset, without its rows (schemas/profile.schema.json), so data too large
// for a runner is profiled where it lives (profile-sql.ts prints the SQL) and only the profile travels.
//
// A profile holds, per column:
// - numeric: rows without a finite value (`missing`: NULL, NaN, ±Infinity), the finite values' count, min,
//   max, sum and sum of squares, and bin counts and bin sums over `edges`. The edges of a reference profile are
//   `bins` equal-width bins over its own finite range: edges[k] = min + ((max - min) * k) / bins for k < bins,
//   edges[bins] = max exactly. A current profile is counted over the reference's edges, so the two can be
//   compared bin by bin. `counts` has edges.length + 1 entries: counts[0] = values below edges[0], counts[i]
//   (1 <= i < E - 1, E = edges.length) = values in [edges[i - 1], edges[i]), counts[E - 1] = values in
//   [edges[E - 2], edges[E - 1]] (the last bin is closed), counts[E] = values above edges[E - 1]. `sums` is the
//   same per bin, of the values themselves. A column without any finite value has no edges and one count.
// - categorical: rows without a value (`missing`: empty text, NULL) and the rows per category, by category
//   text, sorted by text.
//
// Drift from two profiles (profileDrift) runs the same tests as from rows, with these differences, each named
// in the results (detail.approximation = 'binned') and in the report's notes:
// - KS and Wasserstein are the binned approximations of binned.ts (D at the edges only; bin means);
// - PSI, Jensen-Shannon, Hellinger, chi-squared and z on a numeric column compare bins instead of values:
//   the non-empty bins when there are at most 20 of them (for an integer column with a small range, each bin
//   holds one value, so this is exact), else the inner bins merged into Sturges' number of equal-width groups
//   (ceil(log2(m + n)) + 1, as numpy's 'sturges' over both samples), with the values outside the reference's
//   range in their own groups. Evidently's Sturges bins span both samples' range; ours, the reference's;
// - 'auto' counts distinct numeric values as the bins that are non-empty on either side (a lower bound of
//   the distinct values; exact for the integer columns the rule is about).
// Categorical columns are compared exactly as from rows.
import type { Column, Table } from '../data/table.js';
import { MISSING_CODE, requireColumn } from '../data/table.js';
import { ksBinned, wassersteinBinned } from './binned.js';
import { FEW_VALUES_MAX } from './defaults.js';
import { DriftError, type CategoricalSample, type ColumnKind, type DriftTestResult } from './definition.js';
import { decideDataset, evaluatedColumn, resolveColumnMethod, type ColumnDrift, type DatasetDrift, type DriftSettings } from './dataset.js';
import { columnSeed } from './permutation.js';
import { driftTestById } from './methods/registry.js';
import { MAX_VALUES_UNBINNED, type MissingShare } from './samples.js';

export const PROFILE_API_VERSION = 'modelops/v1';
/** Equal-width bins per numeric column of a reference profile. */
export const DEFAULT_PROFILE_BINS = 100;
export const MAX_PROFILE_BINS = 10_000;

export interface NumericProfileColumn {
  name: string;
  kind: 'numeric';
  /** Rows without a finite value (NULL, NaN, ±Infinity). */
  missing: number;
  /** Rows with a finite value. */
  count: number;
  /** Smallest and largest finite value; null without any. */
  min: number | null;
  max: number | null;
  sum: number;
  sumOfSquares: number;
  /** Bin edges, ascending (the reference's, in a current profile). */
  edges: number[];
  /** edges.length + 1 counts: below edges[0], each bin, above the last edge. */
  counts: number[];
  /** Sum of the values in each of those bins. */
  sums: number[];
}

export interface CategoryCount {
  value: string;
  count: number;
}

export interface CategoricalProfileColumn {
  name: string;
  kind: 'categorical';
  /** Rows without a value (empty text, NULL). */
  missing: number;
  /** Rows per category, sorted by category text. */
  categories: CategoryCount[];
}

export type ProfileColumn = NumericProfileColumn | CategoricalProfileColumn;

export interface Profile {
  apiVersion: typeof PROFILE_API_VERSION;
  kind: 'Profile';
  /** Rows profiled. */
  rows: number;
  /** What was profiled: a file or a table name (informational). */
  source?: string;
  /** Equal-width bins of the numeric columns. */
  bins: number;
  /** own-range: edges from this data's own range (a reference profile); reference: another profile's edges. */
  edges: 'own-range' | 'reference';
  columns: ProfileColumn[];
}

export interface ProfileColumnSpec {
  name: string;
  kind: ColumnKind;
}

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

/** Equal-width edges over [min, max]: edges[k] = min + ((max - min) * k) / bins, the last exactly max. */
export function equalWidthEdges(min: number, max: number, bins: number): number[] {
  const edges = new Array<number>(bins + 1);
  const width = max - min;
  for (let k = 0; k < bins; k++) edges[k] = min + (width * k) / bins;
  edges[bins] = max;
  return edges;
}

/**
 * Index into `counts` of a finite value: the first i < E - 1 with x < edges[i] (0: below the first edge), else
 * E - 1 when x <= the last edge, else E. The SQL of profile-sql.ts is the same CASE, branch for branch.
 */
export function binIndex(x: number, edges: ArrayLike<number>): number {
  const last = edges.length - 1;
  if (last < 0) return 0;
  // smallest i in [0, last) with x < edges[i]; edges are non-decreasing, so the predicate is monotone
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (x < edges[middle]!) high = middle;
    else low = middle + 1;
  }
  if (low < last) return low;
  return x <= edges[last]! ? last : last + 1;
}

function checkBins(bins: number): void {
  if (!Number.isInteger(bins) || bins < 1 || bins > MAX_PROFILE_BINS) throw new ProfileError(`bins must be an integer from 1 to ${MAX_PROFILE_BINS}; got ${bins}`);
}

function profileNumeric(name: string, values: Float64Array, bins: number, referenceEdges: number[] | undefined): NumericProfileColumn {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let sumOfSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x - x !== 0) continue; // NaN and ±Infinity
    count++;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
    sumOfSquares += x * x;
  }
  const edges = referenceEdges ?? (count === 0 ? [] : equalWidthEdges(min, max, bins));
  const counts = new Array<number>(edges.length + 1).fill(0);
  const sums = new Array<number>(edges.length + 1).fill(0);
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x - x !== 0) continue;
    const bin = binIndex(x, edges);
    counts[bin]!++;
    sums[bin]! += x;
  }
  return {
    name,
    kind: 'numeric',
    missing: values.length - count,
    count,
    min: count === 0 ? null : min,
    max: count === 0 ? null : max,
    sum,
    sumOfSquares,
    edges: [...edges],
    counts,
    sums,
  };
}

function profileCategorical(column: Extract<Column, { kind: 'categorical' }>): CategoricalProfileColumn {
  const counts = new Float64Array(column.categories.length);
  let missing = 0;
  for (const code of column.codes) {
    if (code === MISSING_CODE) missing++;
    else counts[code]!++;
  }
  const byText = new Map<string, number>();
  column.categories.forEach((text, code) => {
    if (counts[code]! > 0) byText.set(text, (byText.get(text) ?? 0) + counts[code]!);
  });
  const categories = [...byText].map(([value, count]) => ({ value, count })).sort((a, b) => compareText(a.value, b.value));
  return { name: column.name, kind: 'categorical', missing, categories };
}

/** Code-unit order, as SQL's binary collation and JSON consumers sort. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface ProfileOptions {
  /** Bins per numeric column when there is no reference (default 100). */
  bins?: number;
  /** Count numeric columns over this profile's edges (a current profile against its reference). */
  reference?: Profile;
  source?: string;
}

/** The profile of `columns` of a table (each loaded as its kind). */
export function profileTable(table: Table, columns: readonly ProfileColumnSpec[], options: ProfileOptions = {}): Profile {
  const bins = options.reference?.bins ?? options.bins ?? DEFAULT_PROFILE_BINS;
  checkBins(bins);
  const profiled = columns.map((spec): ProfileColumn => {
    const column = requireColumn(table, spec.name);
    if (column.kind !== spec.kind) throw new ProfileError(`column '${spec.name}' was loaded as ${column.kind}, asked for as ${spec.kind}`);
    if (column.kind === 'categorical') return profileCategorical(column);
    return profileNumeric(spec.name, column.values, bins, options.reference ? referenceEdges(options.reference, spec.name) : undefined);
  });
  return {
    apiVersion: PROFILE_API_VERSION,
    kind: 'Profile',
    rows: table.rowCount,
    ...(options.source !== undefined ? { source: options.source } : {}),
    bins,
    edges: options.reference ? 'reference' : 'own-range',
    columns: profiled,
  };
}

/** The edges of a numeric column of a reference profile. */
export function referenceEdges(reference: Profile, name: string): number[] {
  const column = reference.columns.find((c) => c.name === name);
  if (!column) throw new ProfileError(`the reference profile has no column '${name}'`);
  if (column.kind !== 'numeric') throw new ProfileError(`column '${name}' is ${column.kind} in the reference profile, numeric here`);
  return column.edges;
}

// ---- Reading a profile (JSON) ----

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A profile from parsed JSON, checked; `file` names it in errors. Throws ProfileError. */
export function parseProfile(value: unknown, file: string): Profile {
  const fail = (where: string, what: string): never => {
    throw new ProfileError(`${file}: ${where}: ${what} (see schemas/profile.schema.json)`);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('document', 'a profile is a JSON object');
  const doc = value as Record<string, unknown>;
  if (doc['kind'] !== 'Profile') fail('kind', `must be "Profile", found ${JSON.stringify(doc['kind'])}`);
  if (doc['apiVersion'] !== PROFILE_API_VERSION) fail('apiVersion', `must be "${PROFILE_API_VERSION}", found ${JSON.stringify(doc['apiVersion'])}`);
  if (!isCount(doc['rows'])) fail('rows', 'must be a non-negative integer');
  if (!isCount(doc['bins']) || (doc['bins'] as number) < 1) fail('bins', 'must be a positive integer');
  if (doc['edges'] !== 'own-range' && doc['edges'] !== 'reference') fail('edges', 'must be "own-range" or "reference"');
  if (doc['source'] !== undefined && typeof doc['source'] !== 'string') fail('source', 'must be a string');
  if (!Array.isArray(doc['columns'])) return fail('columns', 'must be an array');
  const rows = doc['rows'] as number;
  const names = new Set<string>();
  const columns = (doc['columns'] as unknown[]).map((raw, index): ProfileColumn => {
    const at = `columns[${index}]`;
    if (raw === null || typeof raw !== 'object') return fail(at, 'must be an object');
    const column = raw as Record<string, unknown>;
    const name = column['name'];
    if (typeof name !== 'string' || name === '') return fail(`${at}.name`, 'must be a non-empty string');
    if (names.has(name)) fail(`${at}.name`, `column '${name}' appears twice`);
    names.add(name);
    if (!isCount(column['missing'])) fail(`${at}.missing`, 'must be a non-negative integer');
    if (column['kind'] === 'categorical') {
      const categories = column['categories'];
      if (!Array.isArray(categories)) return fail(`${at}.categories`, 'must be an array of {value, count}');
      let total = column['missing'] as number;
      const parsed = categories.map((entry: unknown, k): CategoryCount => {
        const item = entry as Record<string, unknown> | null;
        if (!item || typeof item['value'] !== 'string' || !isCount(item['count'])) return fail(`${at}.categories[${k}]`, 'must be {value: string, count: integer}');
        total += item['count'] as number;
        return { value: item['value'] as string, count: item['count'] as number };
      });
      if (total !== rows) fail(at, `missing + category counts = ${total}, but the profile has ${rows} rows`);
      return { name, kind: 'categorical', missing: column['missing'] as number, categories: parsed.sort((a, b) => compareText(a.value, b.value)) };
    }
    if (column['kind'] !== 'numeric') return fail(`${at}.kind`, 'must be "numeric" or "categorical"');
    const edges = column['edges'];
    const counts = column['counts'];
    const sums = column['sums'];
    if (!Array.isArray(edges) || !edges.every(isNumber)) return fail(`${at}.edges`, 'must be an array of finite numbers');
    for (let k = 1; k < edges.length; k++) if (!((edges[k] as number) >= (edges[k - 1] as number))) fail(`${at}.edges`, 'must be ascending');
    if (!Array.isArray(counts) || counts.length !== edges.length + 1 || !counts.every(isCount)) return fail(`${at}.counts`, `must be ${edges.length + 1} non-negative integers (one more than the edges)`);
    if (!Array.isArray(sums) || sums.length !== counts.length || !sums.every(isNumber)) return fail(`${at}.sums`, `must be ${counts.length} finite numbers, one per count`);
    const count = (counts as number[]).reduce((a, b) => a + b, 0);
    if (column['count'] !== count) fail(`${at}.count`, `must equal the sum of counts (${count})`);
    if (count + (column['missing'] as number) !== rows) fail(at, `count + missing = ${count + (column['missing'] as number)}, but the profile has ${rows} rows`);
    const nullable = (key: string): number | null => {
      const v = column[key];
      if (v === null && count === 0) return null;
      if (!isNumber(v)) return fail(`${at}.${key}`, count === 0 ? 'must be null without values' : 'must be a finite number');
      return v;
    };
    for (const key of ['sum', 'sumOfSquares']) if (!isNumber(column[key])) fail(`${at}.${key}`, 'must be a finite number');
    return {
      name,
      kind: 'numeric',
      missing: column['missing'] as number,
      count,
      min: nullable('min'),
      max: nullable('max'),
      sum: column['sum'] as number,
      sumOfSquares: column['sumOfSquares'] as number,
      edges: edges as number[],
      counts: counts as number[],
      sums: sums as number[],
    };
  });
  return {
    apiVersion: PROFILE_API_VERSION,
    kind: 'Profile',
    rows,
    ...(typeof doc['source'] === 'string' ? { source: doc['source'] } : {}),
    bins: doc['bins'] as number,
    edges: doc['edges'] as Profile['edges'],
    columns,
  };
}

// ---- Drift between two profiles ----

/** Bins of a numeric column pair as groups for the count-based tests, with a label each. */
export interface BinGroups {
  labels: string[];
  reference: Float64Array;
  current: Float64Array;
}

const rangeLabel = (low: number, high: number, closed: boolean): string => `[${formatEdge(low)}, ${formatEdge(high)}${closed ? ']' : ')'}`;
const formatEdge = (value: number): string => String(Number(value.toPrecision(4)));

/** Label of counts[i] over `edges`. */
export function binLabel(edges: readonly number[], i: number): string {
  const last = edges.length - 1;
  if (last < 0) return 'all values';
  if (i === 0) return `< ${formatEdge(edges[0]!)}`;
  if (i > last) return `> ${formatEdge(edges[last]!)}`;
  return rangeLabel(edges[i - 1]!, edges[i]!, i === last);
}

/**
 * The groups the count-based tests compare: non-empty bins when at most 20, else the inner bins merged into
 * `target` equal-width groups (below and above the edges kept apart). Bins empty on both sides are dropped.
 */
export function groupBins(edges: readonly number[], reference: readonly number[], current: readonly number[], target: number): BinGroups {
  const nonEmpty: number[] = [];
  for (let i = 0; i < reference.length; i++) if (reference[i]! + current[i]! > 0) nonEmpty.push(i);
  let groups: { from: number; to: number }[];
  if (nonEmpty.length <= MAX_VALUES_UNBINNED) groups = nonEmpty.map((i) => ({ from: i, to: i }));
  else {
    const inner = edges.length - 1; // bins 1..inner
    const size = Math.max(1, Math.ceil(inner / target));
    groups = [{ from: 0, to: 0 }];
    for (let start = 1; start <= inner; start += size) groups.push({ from: start, to: Math.min(inner, start + size - 1) });
    groups.push({ from: inner + 1, to: inner + 1 });
  }
  const labels: string[] = [];
  const ref: number[] = [];
  const cur: number[] = [];
  for (const { from, to } of groups) {
    let r = 0;
    let c = 0;
    for (let i = from; i <= to; i++) {
      r += reference[i]!;
      c += current[i]!;
    }
    if (r + c === 0) continue;
    labels.push(from === to ? binLabel(edges, from) : rangeLabel(edges[from - 1]!, edges[to]!, to === edges.length - 1));
    ref.push(r);
    cur.push(c);
  }
  return { labels, reference: Float64Array.from(ref), current: Float64Array.from(cur) };
}

/** numpy's 'sturges' bin count for n values. */
export const sturgesBins = (n: number): number => Math.max(1, Math.ceil(Math.log2(Math.max(1, n)) + 1));

const missingShare = (rows: number, missing: number): MissingShare => ({ rows, missing, share: rows === 0 ? 0 : missing / rows });

function binnedResult(result: DriftTestResult): DriftTestResult {
  return { ...result, detail: { ...result.detail, approximation: 'binned' } };
}

function numericColumnDrift(name: string, reference: NumericProfileColumn, current: NumericProfileColumn, rows: { reference: number; current: number }, settings: DriftSettings): ColumnDrift {
  if (reference.edges.length !== current.edges.length || reference.edges.some((edge, i) => edge !== current.edges[i])) {
    throw new ProfileError(`column '${name}': the current profile's bin edges are not the reference's; profile the current data over the reference's edges (modelops profile --reference REF.json, or the SQL of modelops profile --sql --reference REF.json)`);
  }
  let nonEmpty = 0;
  for (let i = 0; i < reference.counts.length; i++) if (reference.counts[i]! + current.counts[i]! > 0) nonEmpty++;
  const resolved = resolveColumnMethod(name, 'numeric', reference.count, () => Math.min(nonEmpty, FEW_VALUES_MAX + 1), settings);
  const base = {
    column: name,
    kind: 'numeric' as const,
    ...resolved,
    missing: { reference: missingShare(rows.reference, reference.missing), current: missingShare(rows.current, current.missing) },
  };
  try {
    if (reference.count === 0) throw new DriftError('no-data', resolved.method, 'the reference has no non-missing value');
    if (current.count === 0) throw new DriftError('no-data', resolved.method, 'the current data has no non-missing value');
    let test: DriftTestResult;
    const options = { mode: resolved.thresholdMode, seed: columnSeed(name) };
    if (resolved.method === 'ks') test = ksBinned(reference.counts, current.counts, resolved.threshold, options);
    else if (resolved.method === 'wasserstein') {
      const mean = reference.sum / reference.count;
      const std = Math.sqrt(Math.max(0, reference.sumOfSquares / reference.count - mean * mean));
      test = wassersteinBinned(reference, current, std, resolved.threshold, options);
    } else {
      const groups = groupBins(reference.edges, reference.counts, current.counts, sturgesBins(reference.count + current.count));
      const sample = (counts: Float64Array): CategoricalSample => ({ kind: 'categorical', categories: groups.labels, counts, total: counts.reduce((a, b) => a + b, 0) });
      test = binnedResult(driftTestById(resolved.method)!.compute(sample(groups.reference), sample(groups.current), resolved.threshold, options));
    }
    return evaluatedColumn(base, test);
  } catch (error) {
    if (!(error instanceof DriftError)) throw error;
    return { ...base, evaluated: false, drifted: false, error: { code: error.code, message: `column '${name}': ${error.message}` } };
  }
}

function categoricalColumnDrift(name: string, reference: CategoricalProfileColumn, current: CategoricalProfileColumn, rows: { reference: number; current: number }, settings: DriftSettings): ColumnDrift {
  const index = new Map<string, number>();
  const categories: string[] = [];
  for (const { value } of [...reference.categories, ...current.categories]) {
    if (!index.has(value)) {
      index.set(value, categories.length);
      categories.push(value);
    }
  }
  const side = (column: CategoricalProfileColumn): CategoricalSample => {
    const counts = new Float64Array(categories.length);
    let total = 0;
    for (const { value, count } of column.categories) {
      counts[index.get(value)!]! += count;
      total += count;
    }
    return { kind: 'categorical', categories, counts, total };
  };
  const referenceSample = side(reference);
  const currentSample = side(current);
  let distinct = 0;
  for (let i = 0; i < categories.length; i++) if (referenceSample.counts[i]! + currentSample.counts[i]! > 0) distinct++;
  const resolved = resolveColumnMethod(name, 'categorical', referenceSample.total, () => distinct, settings);
  const base = {
    column: name,
    kind: 'categorical' as const,
    ...resolved,
    missing: { reference: missingShare(rows.reference, reference.missing), current: missingShare(rows.current, current.missing) },
  };
  try {
    const test = driftTestById(resolved.method)!.compute(referenceSample, currentSample, resolved.threshold, { mode: resolved.thresholdMode, seed: columnSeed(name) });
    return evaluatedColumn(base, test);
  } catch (error) {
    if (!(error instanceof DriftError)) throw error;
    return { ...base, evaluated: false, drifted: false, error: { code: error.code, message: `column '${name}': ${error.message}` } };
  }
}

/** Drift of `columns` (default: every column of the reference profile) between two profiles. */
export function profileDrift(reference: Profile, current: Profile, columns?: readonly string[], settings: DriftSettings = {}): DatasetDrift {
  const names = columns ?? reference.columns.map((c) => c.name);
  const rows = { reference: reference.rows, current: current.rows };
  const results = names.map((name): ColumnDrift => {
    const ref = reference.columns.find((c) => c.name === name);
    const cur = current.columns.find((c) => c.name === name);
    if (!ref) throw new ProfileError(`the reference profile has no column '${name}'`);
    if (!cur) throw new ProfileError(`the current profile has no column '${name}'`);
    if (ref.kind !== cur.kind) throw new ProfileError(`column '${name}' is ${ref.kind} in the reference profile but ${cur.kind} in the current one`);
    return ref.kind === 'numeric' ? numericColumnDrift(name, ref, cur as NumericProfileColumn, rows, settings) : categoricalColumnDrift(name, ref, cur as CategoricalProfileColumn, rows, settings);
  });
  return decideDataset(results, settings);
}
