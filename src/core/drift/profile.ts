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
import { PROFILE_API_VERSION, type PROFILE_SCHEMA } from './profile-schema.js';
import type { FromSchema } from '../schema/build.js';
import { ProfileError } from './profile-error.js';

/** Equal-width bins per numeric column of a reference profile. */
export const DEFAULT_PROFILE_BINS = 100;
export const MAX_PROFILE_BINS = 10_000;

/** A profile as schemas/profile.schema.json describes it (profile-schema.ts is the one definition). */
export type Profile = FromSchema<typeof PROFILE_SCHEMA>;
export type ProfileColumn = Profile['columns'][number];
export type NumericProfileColumn = Extract<ProfileColumn, { kind: 'numeric' }>;
export type CategoricalProfileColumn = Extract<ProfileColumn, { kind: 'categorical' }>;
export type CategoryCount = CategoricalProfileColumn['categories'][number];

export interface ProfileColumnSpec {
  name: string;
  kind: ColumnKind;
}

export { ProfileError };

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
