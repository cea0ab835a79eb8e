// Fairness of one model's predictions on the evaluation rows: per sensitive attribute (and their
// intersection), the metrics of every group, Fairlearn's aggregates, Aequitas' disparities, and a
// confidence interval for each. Pure: typed arrays in, a plain JSON-ready object out (null, never NaN).
//
// Which groups are compared. A group is judged only when it has a value (not "(missing)", see groups.ts)
// and at least `minGroupSize` rows (default 30, as the manifest schema documents). Other groups keep their
// metrics in `groups` but are left out of every aggregate and disparity, and `excluded` says why, so a
// small group neither passes nor fails silently. An aggregate needs two compared groups; with fewer it is
// null, status 'insufficient-groups', with the reason ("only one group large enough to judge ...").
// "Overall" is the model on every evaluation row (as Fairlearn's MetricFrame.overall), excluded groups
// included: it describes the population the model serves.
//
// Intervals. Binary classification: score intervals from the groups' confusion counts (intervals.ts:
// Koopman for ratios, Newcombe for differences, Bonferroni over the comparisons an aggregate makes), which
// keep their coverage at parity and on small groups; the gate decides on them (gate.ts). Regression
// (mae_difference): the row bootstrap (stats/random.ts sampleIndices), percentile intervals read as
// stats/bootstrap.ts reads them, resamples scaled down on large data by gates/champion.ts resamplesFor.
// The set of compared groups is fixed from all rows; a resample in which a compared group has no value is
// skipped and counted.
// Each attribute's generator is seeded with `seed`, so adding an attribute never moves another's interval.
import { quantileSorted } from 'simple-statistics';
import { resamplesFor } from '../champion/gate.js';
import type { Bound, Manifest, SensitiveAttribute } from '../manifest/manifest.js';
import type { BinaryInput, RegressionInput } from '../metrics/metric.js';
import type { ConfidenceInterval } from '../report/verdict.js';
import type { Column } from '../data/table.js';
import { DEFAULT_LEVEL, DEFAULT_RESAMPLES, DEFAULT_SEED } from '../stats/bootstrap.js';
import { normalQuantile } from '../stats/normal.js';
import { createRng, sampleIndices } from '../stats/random.js';
import { wilsonInterval } from '../stats/wilson.js';
import {
  BINARY_AGGREGATES,
  DEFAULT_DISPARITY_BAND,
  DISPARITIES,
  MAE_DIFFERENCE,
  RATE_INDEX,
  RATE_NAMES,
  aggregateKey,
  compareGroups,
  disparityValue,
  rateTable,
  withinBand,
  type AggregateSpec,
  type Comparison,
  type EqualizedOddsAgg,
  type FairlearnMethod,
} from './aggregates.js';
import {
  binaryGroupMetrics,
  confusionByGroup,
  regressionGroupMetrics,
  regressionMeasureOf,
  regressionSumsByGroup,
  regressionSumsOfRows,
  REGRESSION_SUMS,
  type BinaryGroupMetrics,
  type BinaryRate,
  type RegressionGroupMetrics,
} from './group-metrics.js';
import { FairnessInputError, groupsFromColumn, intersectGroupings, type Grouping } from './groups.js';
import { aggregateInterval, BINARY_INTERVAL_METHOD, disparityInterval } from './intervals.js';

export const DEFAULT_MIN_GROUP_SIZE = 30;

export interface FairnessOptions {
  /** The model's predictions and the labels on the evaluation rows. */
  input: BinaryInput | RegressionInput;
  /** The sensitive attributes to examine (gates.fairness.attributes resolved in data.sensitive). */
  attributes: readonly SensitiveAttribute[];
  /** The evaluation data's columns by name; an attribute's column may be absent (reported per attribute). */
  columns: ReadonlyMap<string, Column>;
  /** Groups with fewer rows are reported but not judged (default 30). */
  minGroupSize?: number;
  /** Also examine the intersection of all the attributes (default false). */
  intersections?: boolean;
  /** Bootstrap resamples for regression (default 1000); 0 computes no intervals (for any task). */
  resamples?: number;
  /** Confidence level of the intervals (default 0.95). */
  level?: number;
  /** Seed of the bootstrap generator (default 0). */
  seed?: number;
  /** Pass band of the disparities (default 0.8 to 1.25, Aequitas' tau = 0.8). */
  band?: Bound;
}

/** An interval of a fairness value; resamples only for the row bootstrap (regression). */
export interface FairnessInterval extends ConfidenceInterval {
  resamples?: number;
  /** Resamples in which the statistic had a value. */
  resamplesUsed?: number;
}

export type GroupMetrics = BinaryGroupMetrics | RegressionGroupMetrics;

export interface ExcludedGroup {
  group: string;
  count: number;
  why: 'missing' | 'too-small';
  reason: string;
}

/**
 * `insufficient-groups`: fewer than two groups can be compared (too small, missing, or the rate undefined
 * in all but one); `undefined`: the groups are there but the value is 0/0 (e.g. nobody selected anywhere).
 */
export type AggregateStatus = 'ok' | 'insufficient-groups' | 'undefined';

export interface GroupValue {
  group: string;
  value: number;
}

/** One compared rate of an aggregate (two for equalized odds). */
export interface AggregateComponent {
  rate: BinaryRate | 'mae';
  value: number | null;
  /** The rate on all rows. */
  overall: number | null;
  /** between_groups: the groups with the lowest and highest rate. */
  lowest?: GroupValue;
  highest?: GroupValue;
  /** to_overall: the group that decides the value (farthest from overall). */
  farthest?: GroupValue;
  /** Compared groups left out of this component because their rate is undefined. */
  leftOut: { group: string; reason: string }[];
  reason?: string;
}

export interface FairnessAggregate {
  /** Manifest id, e.g. demographic_parity_ratio. */
  id: string;
  method: FairlearnMethod;
  /** Equalized odds only. */
  agg?: EqualizedOddsAgg;
  /** `id/method[/agg]`. */
  key: string;
  value: number | null;
  status: AggregateStatus;
  /** Why the value is null. */
  reason?: string;
  components: AggregateComponent[];
  ci?: FairnessInterval;
}

export interface FairnessDisparity {
  /** Manifest id, e.g. fpr_disparity. */
  id: string;
  rate: BinaryRate;
  group: string;
  reference: string;
  /** group rate / reference rate. */
  value: number | null;
  reason?: string;
  groupRate: number | null;
  referenceRate: number | null;
  /** Whether the value is inside the pass band; null without a value. */
  withinBand: boolean | null;
  ci?: FairnessInterval;
}

export interface AttributeFairness {
  /** Attribute name, or "sex × age_group" for an intersection. */
  name: string;
  attributes: string[];
  columns: string[];
  /** Why the attribute could not be examined at all (absent column, bins that do not fit). */
  error?: string;
  groups: GroupMetrics[];
  overall?: GroupMetrics;
  /** Groups that are compared (have a value and enough rows). */
  compared: string[];
  excluded: ExcludedGroup[];
  /** Reference of the disparities. */
  reference?: { group: string; chosen: 'declared' | 'largest' };
  /**
   * Why there is no reference group, or why the declared one was not used: `not-in-data` (the declared
   * group does not occur: a manifest error) or `not-judged` (missing or too small).
   */
  referenceProblem?: { kind: 'not-in-data' | 'not-judged'; message: string };
  aggregates: FairnessAggregate[];
  disparities: FairnessDisparity[];
  notes: string[];
}

export interface FairnessResult {
  task: 'binary-classification' | 'regression';
  rows: number;
  minGroupSize: number;
  band: Bound;
  /** How the intervals were computed; absent when no intervals were asked for. */
  intervals?: { method: string; level: number };
  /** The row bootstrap behind the intervals (regression only). */
  bootstrap?: { resamples: number; level: number; seed: number; method: string };
  attributes: AttributeFairness[];
  /** Facts about the whole data that explain null or trivial values (all predictions equal, one class). */
  notes: string[];
}

/** The data.sensitive entries named by gates.fairness.attributes, and the names not declared there. */
export function sensitiveAttributesFor(manifest: Manifest): { attributes: SensitiveAttribute[]; undeclared: string[] } {
  const declared = new Map((manifest.data.sensitive ?? []).map((s) => [s.name, s]));
  const names = manifest.gates?.fairness?.attributes ?? [];
  return {
    attributes: names.flatMap((name) => declared.get(name) ?? []),
    undeclared: names.filter((name) => !declared.has(name)),
  };
}

function checkInput(input: BinaryInput | RegressionInput): void {
  const rows = input.yTrue.length;
  if ((input as { task: string }).task !== 'binary-classification' && (input as { task: string }).task !== 'regression') {
    throw new FairnessInputError(`fairness metrics apply to binary classification and regression, not ${(input as { task: string }).task}`);
  }
  if (rows === 0) throw new FairnessInputError('no rows to evaluate: the evaluation data is empty');
  if (input.yPred.length !== rows) throw new FairnessInputError(`yPred has ${input.yPred.length} rows, yTrue has ${rows}`);
  for (let i = 0; i < rows; i++) {
    const truth = input.yTrue[i]!;
    const prediction = input.yPred[i]!;
    if (input.task === 'binary-classification') {
      if (truth > 1) throw new FairnessInputError(`yTrue[${i}] is ${truth}; binary labels must be 0 or 1`);
      if (prediction > 1) throw new FairnessInputError(`yPred[${i}] is ${prediction}; binary labels must be 0 or 1`);
    } else if (!Number.isFinite(truth) || !Number.isFinite(prediction)) {
      throw new FairnessInputError(`row ${i}: yTrue ${truth}, yPred ${prediction}; regression values must be finite numbers`);
    }
  }
}

function datasetNotes(input: BinaryInput | RegressionInput): string[] {
  const rows = input.yTrue.length;
  if (input.task === 'regression') {
    const first = input.yPred[0]!;
    return input.yPred.every((v) => v === first) ? [`every prediction is ${first}: the groups differ only in their labels`] : [];
  }
  const notes: string[] = [];
  let predicted = 0;
  let positives = 0;
  for (let i = 0; i < rows; i++) {
    predicted += input.yPred[i]!;
    positives += input.yTrue[i]!;
  }
  if (predicted === 0) notes.push('every prediction is negative (0): every group has selection rate 0 and TPR 0, so ratios of them are 0/0 and differences are 0');
  if (predicted === rows) notes.push('every prediction is positive (1): every group has selection rate 1, TPR 1 and FPR 1, so parity holds trivially');
  if (positives === 0) notes.push('every label is negative (0): TPR and FNR are undefined in every group, so equal opportunity and equalized odds have no value');
  if (positives === rows) notes.push('every label is positive (1): FPR and TNR are undefined in every group, so equalized odds has no value');
  return notes;
}

/** Examine every attribute (and their intersection when asked). */
export function evaluateFairness(options: FairnessOptions): FairnessResult {
  const { input, attributes, columns } = options;
  checkInput(input);
  const rows = input.yTrue.length;
  const settings: Settings = {
    rows,
    minGroupSize: options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
    resamples: options.resamples ?? DEFAULT_RESAMPLES,
    level: options.level ?? DEFAULT_LEVEL,
    seed: options.seed ?? DEFAULT_SEED,
    band: options.band ?? DEFAULT_DISPARITY_BAND,
  };
  if (!Number.isInteger(settings.minGroupSize) || settings.minGroupSize < 1) throw new RangeError(`minGroupSize must be a positive integer; got ${settings.minGroupSize}`);
  if (!Number.isInteger(settings.resamples) || settings.resamples < 0) throw new RangeError(`resamples must be a non-negative integer; got ${settings.resamples}`);
  if (!(settings.level > 0 && settings.level < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${settings.level}`);

  const results: AttributeFairness[] = [];
  const groupings: { grouping: Grouping; attribute: SensitiveAttribute }[] = [];
  for (const attribute of attributes) {
    const column = columns.get(attribute.column);
    let problem: string | undefined;
    let grouping: Grouping | undefined;
    if (!column) problem = `column '${attribute.column}' is not in the evaluation data`;
    else if ((column.kind === 'numeric' ? column.values.length : column.codes.length) !== rows) {
      problem = `column '${attribute.column}' has ${column.kind === 'numeric' ? column.values.length : column.codes.length} rows, the predictions ${rows}`;
    } else {
      try {
        grouping = groupsFromColumn(attribute, column);
      } catch (error) {
        if (!(error instanceof FairnessInputError)) throw error;
        problem = error.message;
      }
    }
    if (!grouping) {
      results.push(failedAttribute(attribute.name, [attribute.name], [attribute.column], problem!));
      continue;
    }
    groupings.push({ grouping, attribute });
    results.push(examine(input, grouping, [attribute], settings));
  }
  if (options.intersections && attributes.length > 1) {
    const name = attributes.map((a) => a.name).join(' × ');
    if (groupings.length === attributes.length) {
      results.push(examine(input, intersectGroupings(groupings.map((g) => g.grouping)), attributes, settings));
    } else {
      const failed = attributes.filter((a) => !groupings.some((g) => g.attribute === a)).map((a) => a.name);
      results.push(failedAttribute(name, attributes.map((a) => a.name), attributes.map((a) => a.column), `cannot intersect: ${failed.join(', ')} could not be examined`));
    }
  }
  const result: FairnessResult = { task: input.task, rows, minGroupSize: settings.minGroupSize, band: settings.band, attributes: results, notes: datasetNotes(input) };
  if (settings.resamples > 0) {
    const binaryTask = input.task === 'binary-classification';
    result.intervals = { method: binaryTask ? BINARY_INTERVAL_METHOD : 'row bootstrap, percentile', level: settings.level };
    if (!binaryTask) result.bootstrap = { resamples: resamplesFor(rows, settings.resamples), level: settings.level, seed: settings.seed, method: 'row bootstrap, percentile' };
  }
  return result;
}

interface Settings {
  rows: number;
  minGroupSize: number;
  resamples: number;
  level: number;
  seed: number;
  band: Bound;
}

function failedAttribute(name: string, attributes: string[], columns: string[], error: string): AttributeFairness {
  return { name, attributes, columns, error, groups: [], compared: [], excluded: [], aggregates: [], disparities: [], notes: [] };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Which groups are compared, and why the others are not. */
function judge(grouping: Grouping, counts: readonly number[], settings: Settings): { compared: number[]; excluded: ExcludedGroup[] } {
  const compared: number[] = [];
  const excluded: ExcludedGroup[] = [];
  grouping.groups.forEach((group, g) => {
    const count = counts[g]!;
    if (group.missing) {
      excluded.push({ group: group.label, count, why: 'missing', reason: `${plural(count, 'row')} without a value for ${grouping.attributes.join(' or ')}: reported, not compared` });
    } else if (count < settings.minGroupSize) {
      excluded.push({ group: group.label, count, why: 'too-small', reason: `${plural(count, 'row')}, fewer than min_group_size ${settings.minGroupSize}: too small to judge` });
    } else compared.push(g);
  });
  return { compared, excluded };
}

/** Why fewer than two groups can be compared at all (before looking at any rate). */
function tooFewGroupsReason(grouping: Grouping, counts: readonly number[], compared: readonly number[], settings: Settings): string | undefined {
  if (compared.length >= 2) return undefined;
  const real = grouping.groups.map((g, i) => ({ ...g, count: counts[i]! })).filter((g) => !g.missing);
  const describe = (g: { label: string; count: number }) => `'${g.label}' (${plural(g.count, 'row')})`;
  if (real.length === 0) return `no row has a value for ${grouping.name}: nothing to compare`;
  if (real.length === 1) return `only one group in the data, ${describe(real[0]!)}: nothing to compare`;
  const small = real.filter((g) => g.count < settings.minGroupSize).map(describe).join(', ');
  if (compared.length === 1) {
    const only = grouping.groups[compared[0]!]!;
    return `only one group large enough to judge, ${describe({ label: only.label, count: counts[compared[0]!]! })}; too small (min_group_size ${settings.minGroupSize}): ${small}`;
  }
  return `no group large enough to judge (min_group_size ${settings.minGroupSize}): ${small}`;
}

function examine(input: BinaryInput | RegressionInput, grouping: Grouping, attributes: readonly SensitiveAttribute[], settings: Settings): AttributeFairness {
  const base = {
    name: grouping.name,
    attributes: grouping.attributes,
    columns: attributes.map((a) => a.column),
  };
  return input.task === 'binary-classification' ? examineBinary(input, grouping, attributes, settings, base) : examineRegression(input, grouping, settings, base);
}

type Base = Pick<AttributeFairness, 'name' | 'attributes' | 'columns'>;

function examineBinary(input: BinaryInput, grouping: Grouping, attributes: readonly SensitiveAttribute[], settings: Settings, base: Base): AttributeFairness {
  const counts = confusionByGroup(input, grouping);
  const { groups, overall } = binaryGroupMetrics(counts, grouping);
  const sizes = groups.map((g) => g.count);
  const { compared, excluded } = judge(grouping, sizes, settings);
  const tooFew = tooFewGroupsReason(grouping, sizes, compared, settings);
  const table = rateTable(counts, groups.length);
  const labels = grouping.groups.map((g) => g.label);
  const notes: string[] = [];

  // Point estimates, and the interval of each from the groups it compares (intervals.ts).
  const withIntervals = settings.resamples > 0;
  if (withIntervals) {
    const z = normalQuantile(1 - (1 - settings.level) / 2);
    for (const group of groups) {
      if (group.count > 0) group.selectionRateInterval = { ...wilsonInterval(group.predictedPositives, group.count, z), level: settings.level };
    }
  }
  const aggregates = BINARY_AGGREGATES.map((spec) => {
    const { aggregate, participants } = binaryAggregate(spec, table, groups, compared, labels, tooFew);
    if (aggregate.value !== null && withIntervals) aggregate.ci = { ...aggregateInterval(spec, counts, participants, settings.level), level: settings.level };
    return aggregate;
  });
  for (const g of compared) {
    const group = groups[g]!;
    for (const [rate, why] of Object.entries(group.undefinedRates)) {
      if (rate === 'tpr' || rate === 'fpr' || rate === 'selection_rate') notes.push(`'${group.group}': ${why}; it is left out of the aggregates that compare ${RATE_NAMES[rate]}`);
    }
  }

  const { reference, referenceProblem } = chooseReference(grouping, attributes, sizes, compared, settings);
  const disparities: FairnessDisparity[] = [];
  if (reference) {
    const r = labels.indexOf(reference.group);
    // the groups compared with the reference on one rate are judged together: Bonferroni over them
    const family = Math.max(1, compared.length - 1);
    for (const g of compared) {
      if (g === r) continue;
      for (const { id, rate } of DISPARITIES) {
        const disparity = binaryDisparity(id, rate, table, groups, g, r, settings.band);
        if (disparity.value !== null && withIntervals) {
          const ci = disparityInterval(rate, counts, g, r, settings.level, family);
          if (Number.isFinite(ci.upper)) disparity.ci = { ...ci, level: settings.level };
        }
        disparities.push(disparity);
      }
    }
    if (compared.length === 1) notes.push(`only the reference group '${reference.group}' is large enough to judge: no disparities`);
  }

  const result: AttributeFairness = { ...base, groups, overall, compared: compared.map((g) => labels[g]!), excluded, aggregates, disparities, notes };
  if (reference) result.reference = reference;
  if (referenceProblem) result.referenceProblem = referenceProblem;
  return result;
}

function binaryAggregate(
  spec: AggregateSpec,
  table: ReturnType<typeof rateTable>,
  groups: readonly BinaryGroupMetrics[],
  compared: readonly number[],
  labels: readonly string[],
  tooFew: string | undefined,
): { aggregate: FairnessAggregate; participants: Int32Array[] } {
  const participants: Int32Array[] = [];
  // components without a value because fewer than two groups have the rate (not because of 0/0)
  const insufficient = new Set<BinaryRate>();
  const components = spec.rates.map((rate): AggregateComponent => {
    const overall = table.overall[RATE_INDEX[rate]]!;
    const leftOut = compared.filter((g) => groups[g]!.rates[rate] === null).map((g) => ({ group: labels[g]!, reason: groups[g]!.undefinedRates[rate]! }));
    const who = compared.filter((g) => groups[g]!.rates[rate] !== null);
    participants.push(Int32Array.from(who));
    const component: AggregateComponent = { rate, value: null, overall: Number.isNaN(overall) ? null : overall, leftOut };
    if (tooFew) return { ...component, reason: tooFew };
    if (who.length < 2) {
      insufficient.add(rate);
      const name = RATE_NAMES[rate];
      const gone = leftOut.map((l) => `'${l.group}': ${l.reason}`).join('; ');
      const reason = who.length === 1 ? `only one compared group has a ${name}, '${labels[who[0]!]}'; ${gone}` : `no compared group has a ${name}; ${gone}`;
      return { ...component, reason };
    }
    const values = who.map((g) => groups[g]!.rates[rate]!);
    const value = compareGroups(spec.comparison, spec.method, values, overall);
    const lowestAt = values.indexOf(Math.min(...values));
    const highestAt = values.indexOf(Math.max(...values));
    if (spec.method === 'between_groups') {
      component.lowest = { group: labels[who[lowestAt]!]!, value: values[lowestAt]! };
      component.highest = { group: labels[who[highestAt]!]!, value: values[highestAt]! };
    } else if (!Number.isNaN(overall)) {
      const deciding = decidingGroup(spec.comparison, values, overall);
      if (deciding >= 0) component.farthest = { group: labels[who[deciding]!]!, value: values[deciding]! };
    }
    if (Number.isNaN(value)) return { ...component, reason: zeroOverZero(spec, rate, overall) };
    return { ...component, value };
  });
  const value = combineOrNull(spec, components);
  const aggregate: FairnessAggregate = { id: spec.id, method: spec.method, key: aggregateKey(spec), value, status: 'ok', components };
  if (spec.agg) aggregate.agg = spec.agg;
  if (value === null) {
    const failing = components.filter((c) => c.value === null);
    aggregate.status = tooFew || insufficient.size > 0 ? 'insufficient-groups' : 'undefined';
    aggregate.reason = tooFew ?? failing.map((c) => (components.length > 1 ? `${RATE_NAMES[c.rate as BinaryRate]}: ${c.reason}` : c.reason)).join('; ');
  }
  return { aggregate, participants };
}

/** The group whose value decides a to_overall comparison, or -1. */
function decidingGroup(comparison: Comparison, values: readonly number[], overall: number): number {
  let best = -1;
  let bestScore = comparison === 'difference' ? -Infinity : Infinity;
  values.forEach((v, i) => {
    if (comparison === 'difference') {
      const score = Math.abs(v - overall);
      if (score > bestScore) [best, bestScore] = [i, score];
    } else {
      const r = v / overall;
      if (Number.isNaN(r)) return;
      const score = r > 1 ? 1 / r : r;
      if (score < bestScore) [best, bestScore] = [i, score];
    }
  });
  return best;
}

function zeroOverZero(spec: AggregateSpec, rate: BinaryRate, overall: number): string {
  const name = RATE_NAMES[rate];
  if (Number.isNaN(overall)) return `the ${name} on all rows is undefined, so nothing to compare with`;
  if (spec.method === 'between_groups') return `every compared group's ${name} is 0, so min / max is 0/0`;
  return `the ${name} on all rows is 0, so every group's ratio to it is 0/0`;
}

function combineOrNull(spec: AggregateSpec, components: readonly AggregateComponent[]): number | null {
  if (components.some((c) => c.value === null)) return null;
  const values = components.map((c) => c.value!);
  if (values.length === 1) return values[0]!;
  if (spec.agg === 'mean') return values.reduce((a, b) => a + b, 0) / values.length;
  return spec.comparison === 'difference' ? Math.max(...values) : Math.min(...values);
}

function chooseReference(
  grouping: Grouping,
  attributes: readonly SensitiveAttribute[],
  sizes: readonly number[],
  compared: readonly number[],
  settings: Settings,
): { reference?: AttributeFairness['reference']; referenceProblem?: AttributeFairness['referenceProblem'] } {
  const labels = grouping.groups.map((g) => g.label);
  const declaredParts = attributes.map((a) => a.reference_group);
  const declared = declaredParts.every((p) => p !== undefined) ? declaredParts.join(', ') : undefined;
  let problem: AttributeFairness['referenceProblem'];
  if (declared !== undefined) {
    const at = labels.indexOf(declared);
    if (at < 0) problem = { kind: 'not-in-data', message: `reference group '${declared}' is not in the data (groups: ${labels.join(', ')})` };
    else if (!compared.includes(at)) {
      const why = grouping.groups[at]!.missing ? 'is the group of missing values' : `has ${plural(sizes[at]!, 'row')}, fewer than min_group_size ${settings.minGroupSize}`;
      problem = { kind: 'not-judged', message: `reference group '${declared}' ${why}` };
    } else return { reference: { group: declared, chosen: 'declared' } };
    // a single attribute's declared reference is a decision to respect: no silent substitute
    if (attributes.length === 1) return { referenceProblem: { ...problem, message: `${problem.message}: no disparities` } };
  }
  if (compared.length === 0) return { referenceProblem: problem ?? { kind: 'not-judged', message: 'no group large enough to judge: no disparities' } };
  let largest = compared[0]!;
  for (const g of compared) if (sizes[g]! > sizes[largest]!) largest = g;
  const result: ReturnType<typeof chooseReference> = { reference: { group: labels[largest]!, chosen: 'largest' } };
  // an intersection whose declared cell is unusable falls back to its largest cell, and says so
  if (problem) result.referenceProblem = { ...problem, message: `${problem.message}; the largest cell is the reference instead` };
  return result;
}

function binaryDisparity(id: string, rate: BinaryRate, table: ReturnType<typeof rateTable>, groups: readonly BinaryGroupMetrics[], g: number, r: number, band: Bound): FairnessDisparity {
  const group = groups[g]!;
  const reference = groups[r]!;
  const groupRate = group.rates[rate];
  const referenceRate = reference.rates[rate];
  const disparity: FairnessDisparity = { id, rate, group: group.group, reference: reference.group, value: null, groupRate, referenceRate, withinBand: null };
  const name = RATE_NAMES[rate];
  if (groupRate === null) disparity.reason = `'${group.group}': ${group.undefinedRates[rate]}`;
  else if (referenceRate === null) disparity.reason = `reference '${reference.group}': ${reference.undefinedRates[rate]}`;
  else if (referenceRate === 0) disparity.reason = groupRate === 0 ? `both ${name}s are 0, so the ratio is 0/0` : `the reference group's ${name} is 0, so the ratio is undefined`;
  else {
    disparity.value = disparityValue(rate, table, g, r);
    disparity.withinBand = withinBand(disparity.value, band);
  }
  return disparity;
}

function examineRegression(input: RegressionInput, grouping: Grouping, settings: Settings, base: Base): AttributeFairness {
  const sums = regressionSumsByGroup(input, grouping);
  const { groups, overall } = regressionGroupMetrics(sums, grouping);
  const sizes = groups.map((g) => g.count);
  const { compared, excluded } = judge(grouping, sizes, settings);
  const tooFew = tooFewGroupsReason(grouping, sizes, compared, settings);
  const labels = grouping.groups.map((g) => g.label);
  const aggregates = (['between_groups', 'to_overall'] as const).map((method): FairnessAggregate => {
    const values = compared.map((g) => groups[g]!.measures.mae);
    const component: AggregateComponent = { rate: 'mae', value: null, overall: overall.measures.mae, leftOut: [] };
    const aggregate: FairnessAggregate = { id: MAE_DIFFERENCE, method, key: aggregateKey({ id: MAE_DIFFERENCE, method }), value: null, status: 'ok', components: [component] };
    if (tooFew) return { ...aggregate, status: 'insufficient-groups', reason: tooFew, components: [{ ...component, reason: tooFew }] };
    component.value = compareGroups('difference', method, values, overall.measures.mae);
    if (method === 'between_groups') {
      const lo = values.indexOf(Math.min(...values));
      const hi = values.indexOf(Math.max(...values));
      component.lowest = { group: labels[compared[lo]!]!, value: values[lo]! };
      component.highest = { group: labels[compared[hi]!]!, value: values[hi]! };
    } else {
      const at = decidingGroup('difference', values, overall.measures.mae);
      component.farthest = { group: labels[compared[at]!]!, value: values[at]! };
    }
    return { ...aggregate, value: component.value };
  });
  if (settings.resamples > 0 && !tooFew) {
    const resamples = resamplesFor(settings.rows, settings.resamples);
    const rng = createRng(settings.seed);
    const indices = new Uint32Array(settings.rows);
    const replicates = aggregates.map(() => new Float64Array(resamples));
    const values = new Float64Array(compared.length);
    const drawn = new Float64Array(sums.length);
    const multiplicity = new Uint32Array(settings.rows);
    for (let b = 0; b < resamples; b++) {
      regressionSumsOfRows(input, grouping, sampleIndices(settings.rows, rng, indices), drawn, multiplicity);
      let all = 0;
      let allErrors = 0;
      for (let g = 0; g < groups.length; g++) {
        all += drawn[g * REGRESSION_SUMS]!;
        allErrors += drawn[g * REGRESSION_SUMS + 1]!;
      }
      compared.forEach((g, i) => (values[i] = regressionMeasureOf('mae', drawn, g)));
      aggregates.forEach((a, k) => (replicates[k]![b] = compareGroups('difference', a.method, values, allErrors / all)));
    }
    aggregates.forEach((a, k) => {
      const ci = percentileInterval(replicates[k]!, settings.level);
      if (ci) a.ci = ci;
    });
  }
  return { ...base, groups, overall, compared: compared.map((g) => labels[g]!), excluded, aggregates, disparities: [], notes: [] };
}

/** Percentile interval of the replicates that have a value (type 7 quantiles, as stats/bootstrap.ts). */
function percentileInterval(replicates: Float64Array, level: number): FairnessInterval | undefined {
  const used = Array.from(replicates.filter((v) => !Number.isNaN(v)).sort());
  if (used.length === 0) return undefined;
  const tail = (1 - level) / 2;
  return { lower: quantileSorted(used, tail), upper: quantileSorted(used, 1 - tail), level, resamples: replicates.length, resamplesUsed: used.length };
}
