// Multivariate drift by a domain classifier: a model trained to tell reference rows (0) from current rows
// (1). If it cannot (cross-validated ROC AUC near 0.5), the two samples look alike in every direction the
// model can see, joint ones included; if it can, the columns it leans on are where the data moved.
// (The idea as in Rabanser, Günnemann & Lipton, "Failing Loudly: An Empirical Study of Methods for
// Detecting Dataset Shift", NeurIPS 2019, and Evidently's / NannyML's domain-classifier checks.)
//
// The classifier: L2-regularised logistic regression (logistic.ts; scikit-learn's default C = 1, intercept
// unpenalised). Cross-validation fits each fold by one Newton step from zero: a ridge linear discriminant,
// (XᵀX/4 + I/C)⁻¹ Xᵀ(y − 1/2), whose direction — all an AUC depends on — is the converged fit's to first
// order near no drift, and whose Hessian does not depend on the labels, so it is factored once per fold and
// every label permutation of the null costs one pass over the rows. The model fitted on all rows (its
// coefficients are reported) is Newton's method to convergence. Encoding:
// - numeric: standardised by the mean and population std of both sides together (only finite values; NaN
//   and ±Infinity count as missing), clipped to ±10 std so a single extreme value cannot dominate; a missing
//   value becomes 0 (the mean) plus a missing-indicator feature, present when the column has missing values;
// - categorical: one-hot over the `topCategories` most frequent categories of both sides together (ties by
//   category text), the rest pooled as '(other)', missing as its own '(missing)' level. Categories are
//   matched by text, since each table has its own dictionary codes.
// A column that holds one value on both sides (and is never, or always, missing) carries no information
// and is skipped (reported in `skippedColumns`).
//
// Evaluation: k-fold (default 5; all rows shuffled by the seeded xoshiro128** and dealt round-robin to
// folds, without looking at the labels, so real and permuted labels go through the same procedure); each fold's model scores its held-out rows; the registry's roc_auc on all
// out-of-fold scores pooled is the AUC.
//
// Decision: one-sided, against the classifier's own null distribution at these sample sizes. An AUC below
// 0.5 is not drift: under no drift, cross-validated AUCs scatter around (and, with few rows per feature,
// below) 0.5 — each fold's model leans away from the rows it did not see — so a band [0.45, 0.65] raised
// 14–21% false alarms at 100–200 rows a side, all of them below 0.45. The null: the same procedure (folds
// redrawn, models refitted) on the same rows with the reference/current labels permuted, B times
// (default 99, fewer on large data so the cost stays bounded, never below 19 nor 1/alpha − 1). A
// permutation test is exact: with k of the B permuted AUCs at or above the observed one, p = (1 + k) /
// (B + 1), and drift is p ≤ alpha (default 0.05), i.e. the AUC exceeds the threshold t = the
// (⌊(B + 1) alpha⌋)-th largest permuted AUC; the false-alarm rate is ⌊(B + 1) alpha⌋ / (B + 1) ≤ alpha.
// (Ojala & Garriga, "Permutation tests for studying classifier performance", JMLR 11, 2010.) A fixed
// `aucBand` (the old default, for teams migrating) alarms above its max only; the report then gives the
// share of permuted AUCs above that max: the false-alarm rate that fixed threshold stands for here.
//
// Feature ranking: by permutation importance, the drop in out-of-fold AUC when one column's values are
// shuffled among the held-out rows of each fold (each fold's own model, no refit; mean over
// `permutationRepeats` shuffles) — in AUC units, comparable between numeric and categorical columns, which
// coefficient sizes are not. Each column also reports the L2 norm of its coefficients (standardised scale)
// in a model fitted on all rows, and those coefficients per encoded feature (which category moved).
//
// Inputs larger than `maxRowsPerSide` (default 20,000) per side are subsampled without replacement, seeded.
import type { Bound } from '../../manifest/manifest.js';
import type { CategoricalColumn, Column, NumericColumn, Table } from '../../data/table.js';
import { MISSING_CODE } from '../../data/table.js';
import { rocAuc } from '../../metrics/roc-auc.js';
import { createRng, type Rng } from '../../stats/random.js';
import { centredTargetSums, fitLogistic, linearPredictor, newtonStepFromZero, type SparseRows } from './logistic.js';

export const DEFAULT_FOLDS = 5;
export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_PERMUTATIONS = 99;
/** Rows × permutations above which fewer permutations are run (each one refits every fold). */
const PERMUTED_ROWS_BUDGET = 2_000_000;
const MIN_PERMUTATIONS = 19;
export const DEFAULT_MAX_ROWS_PER_SIDE = 20_000;
export const DEFAULT_TOP_CATEGORIES = 10;
export const DEFAULT_PERMUTATION_REPEATS = 5;
/** Standardised numeric values are clipped to ± this many standard deviations. */
export const STANDARDISED_CLIP = 10;

export interface DomainClassifierOptions {
  /** Feature columns to use (default: every column of the reference table). */
  columns?: readonly string[];
  /** False-alarm rate of the permutation threshold (default 0.05). */
  alpha?: number;
  /** Label permutations for the null distribution (default 99; fewer on large data, at least 19). */
  permutations?: number;
  /** A fixed band instead of the permutation threshold (explicit, for migration): drift above its max only. */
  aucBand?: Bound;
  /** Cross-validation folds (default 5). */
  folds?: number;
  /** Seed of subsampling, fold assignment and permutations (default 0). */
  seed?: number;
  /** At most this many rows per side are used, sampled without replacement (default 20,000). */
  maxRowsPerSide?: number;
  /** One-hot levels kept per categorical column (default 10); the rest become '(other)'. */
  topCategories?: number;
  /** Inverse L2 penalty strength, as scikit-learn's C (default 1). */
  c?: number;
  /** Shuffles per column for the permutation importance (default 5). */
  permutationRepeats?: number;
}

export interface EncodedFeature {
  /** 'value' and 'missing' for a numeric column; the category, '(other)' or '(missing)' for a categorical one. */
  feature: string;
  /** Coefficient in the model fitted on all rows (per standard deviation for a numeric value). */
  coefficient: number;
}

export interface DomainFeatureImportance {
  column: string;
  kind: 'numeric' | 'categorical';
  /** Out-of-fold AUC minus the mean out-of-fold AUC with this column shuffled: the ranking key. */
  aucDrop: number;
  /** L2 norm of the column's coefficients in the model fitted on all rows. */
  coefficientNorm: number;
  encoded: EncodedFeature[];
}

export interface SkippedColumn {
  column: string;
  reason: string;
}

export interface SideRows {
  /** Rows in the table. */
  total: number;
  /** Rows used (after subsampling). */
  used: number;
}

export interface DomainClassifierResult {
  /** Cross-validated ROC AUC of telling current (positive) from reference rows: pooled out-of-fold scores. */
  auc: number;
  /** The AUC of each fold's held-out rows. */
  foldAucs: number[];
  /** Drift is an AUC above this. */
  threshold: number;
  /** permutation: from the null at these sizes (default); fixed: the manifest's auc_band max. */
  thresholdSource: 'permutation' | 'fixed';
  /** The declared band, when thresholdSource is fixed. */
  band?: { min?: number; max?: number };
  /** Share of no-drift samples of these sizes that alarm at the threshold (exact for the permutation threshold, estimated from the permutations for a fixed one). */
  falseAlarmRate: number;
  alpha: number;
  /** Permutation p-value of the observed AUC, (1 + k) / (B + 1). */
  pValue: number;
  /** Label permutations run (B). */
  permutations: number;
  /** The AUC is above the threshold. */
  drifted: boolean;
  /** Every used column, most discriminating first (by aucDrop). */
  features: DomainFeatureImportance[];
  skippedColumns: SkippedColumn[];
  rows: { reference: SideRows; current: SideRows };
  model: {
    kind: 'logistic-regression';
    c: number;
    folds: number;
    /** Encoded features, intercept included. */
    parameters: number;
    /** Every fit (folds and the full model) converged. */
    converged: boolean;
    permutationRepeats: number;
    seed: number;
  };
}

export class DomainClassifierError extends Error {
  override readonly name = 'DomainClassifierError';
}

/** Trains reference-vs-current classifiers and reports the cross-validated AUC, the verdict and the features behind it. */
export function domainClassifier(reference: Table, current: Table, options: DomainClassifierOptions = {}): DomainClassifierResult {
  const settings = resolve(options);
  const columns = selectColumns(reference, current, options.columns);
  if (reference.rowCount === 0) throw new DomainClassifierError('the reference data has no rows: the domain classifier needs rows on both sides');
  if (current.rowCount === 0) throw new DomainClassifierError('the current data has no rows: the domain classifier needs rows on both sides');
  for (const [side, table] of [['reference', reference], ['current', current]] as const) {
    if (table.rowCount < settings.folds) {
      throw new DomainClassifierError(`the ${side} data has ${table.rowCount} row(s); ${settings.folds}-fold cross-validation needs at least ${settings.folds} per side (lower 'folds' or supply more rows)`);
    }
  }

  const rng = createRng(settings.seed);
  const referenceRows = subsample(reference.rowCount, settings.maxRowsPerSide, rng);
  const currentRows = subsample(current.rowCount, settings.maxRowsPerSide, rng);
  const { design, encodings, skipped } = encode(columns, reference, current, referenceRows, currentRows, settings.topCategories);
  if (encodings.length === 0) {
    throw new DomainClassifierError(`no feature column varies (${skipped.map((s) => `'${s.column}': ${s.reason}`).join('; ')}); there is nothing to tell the two samples apart by`);
  }
  const n = design.rows;
  const target = new Uint8Array(n);
  target.fill(1, referenceRows.length);

  // the model on all rows, fitted to convergence: its coefficients say which features moved (reported)
  const full = fitLogistic(design, target, undefined, { c: settings.c });

  // cross-validation: each fold's classifier is one Newton step from zero on the other folds' rows, whose
  // Hessian does not depend on the labels; folds are dealt independently of the labels, so the permuted
  // labels see the very same procedure (and the same factorised Hessians) as the real ones
  const folds = randomFolds(n, settings.folds, rng);
  const heldOut = Array.from({ length: settings.folds }, (_, f) => rowsWhere(folds, (fold) => fold === f));
  const steps = heldOut.map((_, f) => newtonStepFromZero(design, rowsWhere(folds, (fold) => fold !== f), { c: settings.c }));
  const crossValidate = crossValidator(design, folds, heldOut, steps);
  const { scores: outOfFold, coefficients: foldCoefficients } = crossValidate(target);
  const auc = areaUnderCurve(target, outOfFold);
  const foldAucs = heldOut.map((rows) => areaUnderCurve(pick(target, rows), pick(outOfFold, rows)));
  const permutations = permutationsFor(n, settings);
  const nullAucs = permutedAucs(target, permutations, crossValidate, rng);

  const features = encodings.map((encoding): DomainFeatureImportance => {
    let dropTotal = 0;
    for (let repeat = 0; repeat < settings.permutationRepeats; repeat++) {
      dropTotal += auc - areaUnderCurve(target, permutedScores(design, encoding, heldOut, foldCoefficients, outOfFold, rng));
    }
    const coefficients = Array.from({ length: encoding.labels.length }, (_, k) => full.coefficients[encoding.firstFeature + k]!);
    return {
      column: encoding.name,
      kind: encoding.kind,
      aucDrop: dropTotal / settings.permutationRepeats,
      coefficientNorm: Math.hypot(...coefficients),
      encoded: encoding.labels.map((feature, k) => ({ feature, coefficient: coefficients[k]! })),
    };
  });
  features.sort((a, b) => b.aucDrop - a.aucDrop || b.coefficientNorm - a.coefficientNorm || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));

  const atOrAbove = nullAucs.filter((value) => value >= auc).length;
  const pValue = (1 + atOrAbove) / (permutations + 1);
  const decision = threshold(nullAucs, settings);
  return {
    auc,
    foldAucs,
    ...decision,
    alpha: settings.alpha,
    pValue,
    permutations,
    drifted: auc > decision.threshold,
    features,
    skippedColumns: skipped,
    rows: { reference: { total: reference.rowCount, used: referenceRows.length }, current: { total: current.rowCount, used: currentRows.length } },
    model: {
      kind: 'logistic-regression',
      c: settings.c,
      folds: settings.folds,
      parameters: design.features,
      converged: full.converged,
      permutationRepeats: settings.permutationRepeats,
      seed: settings.seed,
    },
  };
}

interface Settings {
  band?: Bound;
  alpha: number;
  permutations: number;
  folds: number;
  seed: number;
  maxRowsPerSide: number;
  topCategories: number;
  c: number;
  permutationRepeats: number;
}

function resolve(options: DomainClassifierOptions): Settings {
  const {
    folds = DEFAULT_FOLDS,
    seed = 0,
    maxRowsPerSide = DEFAULT_MAX_ROWS_PER_SIDE,
    topCategories = DEFAULT_TOP_CATEGORIES,
    c = 1,
    permutationRepeats = DEFAULT_PERMUTATION_REPEATS,
  } = options;
  const integer = (name: string, value: number, least: number): void => {
    if (!Number.isInteger(value) || value < least) throw new DomainClassifierError(`${name} must be an integer of at least ${least}; got ${value}`);
  };
  integer('folds', folds, 2);
  integer('maxRowsPerSide', maxRowsPerSide, folds);
  integer('topCategories', topCategories, 1);
  integer('permutationRepeats', permutationRepeats, 1);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new DomainClassifierError(`seed must be an integer in [0, 2^53); got ${seed}`);
  if (!(c > 0 && Number.isFinite(c))) throw new DomainClassifierError(`c (inverse regularisation strength) must be a positive number; got ${c}`);
  const { alpha = DEFAULT_ALPHA, permutations = DEFAULT_PERMUTATIONS } = options;
  if (!(alpha > 0 && alpha < 1)) throw new DomainClassifierError(`alpha must be strictly between 0 and 1; got ${alpha}`);
  integer('permutations', permutations, minPermutations(alpha));
  const band = options.aucBand;
  if (band && band.max === undefined) throw new DomainClassifierError('auc_band needs a max: an AUC above it is drift (one below 0.5 never is)');
  if (band?.min !== undefined && !(band.min < band.max!)) throw new DomainClassifierError(`auc_band min (${band.min}) must be below max (${band.max})`);
  return { ...(band ? { band } : {}), alpha, permutations, folds, seed, maxRowsPerSide, topCategories, c, permutationRepeats };
}

/** The fewest permutations with which p = (1 + k) / (B + 1) can reach alpha: (B + 1) alpha ≥ 1. */
function minPermutations(alpha: number): number {
  return Math.max(MIN_PERMUTATIONS, Math.ceil(1 / alpha - 1e-9) - 1);
}

/** The requested permutations, fewer when rows × permutations passes the budget. */
function permutationsFor(rows: number, settings: Settings): number {
  return Math.max(minPermutations(settings.alpha), Math.min(settings.permutations, Math.floor(PERMUTED_ROWS_BUDGET / rows)));
}

type CrossValidate = (target: Uint8Array) => { scores: Float64Array; coefficients: Float64Array[] };

/** Out-of-fold scores for any labelling of the rows, from the folds' factorised Newton steps. */
function crossValidator(design: SparseRows, folds: Int32Array, heldOut: readonly Uint32Array[], steps: readonly { step(sums: Float64Array): Float64Array }[]): CrossValidate {
  const p = design.features;
  const sums = new Float64Array(heldOut.length * p);
  return (target) => {
    centredTargetSums(design, target, folds, heldOut.length, sums);
    const total = new Float64Array(p);
    for (let f = 0; f < heldOut.length; f++) for (let j = 0; j < p; j++) total[j]! += sums[f * p + j]!;
    const scores = new Float64Array(design.rows);
    const coefficients = heldOut.map((rows, f) => {
      const training = new Float64Array(p);
      for (let j = 0; j < p; j++) training[j] = total[j]! - sums[f * p + j]!;
      const w = steps[f]!.step(training);
      for (const row of rows) scores[row] = linearPredictor(design, row, w);
      return w;
    });
    return { scores, coefficients };
  };
}

/** Cross-validated AUC with the side labels permuted, `permutations` times. */
function permutedAucs(target: Uint8Array, permutations: number, crossValidate: CrossValidate, rng: Rng): number[] {
  const permuted = target.slice();
  const out: number[] = [];
  for (let b = 0; b < permutations; b++) {
    shuffle(permuted, rng);
    out.push(areaUnderCurve(permuted, crossValidate(permuted).scores));
  }
  return out;
}

/** The alarm threshold and the false-alarm rate it stands for at these sizes. */
function threshold(nullAucs: readonly number[], settings: Settings): Pick<DomainClassifierResult, 'threshold' | 'thresholdSource' | 'band' | 'falseAlarmRate'> {
  const b = nullAucs.length;
  if (settings.band) {
    const max = settings.band.max!;
    return { threshold: max, thresholdSource: 'fixed', band: { ...settings.band }, falseAlarmRate: nullAucs.filter((value) => value > max).length / b };
  }
  // alarm when at most k = ⌊(B + 1) alpha⌋ − 1 permuted AUCs reach the observed one: above the (k + 1)-th largest
  const allowed = Math.floor((b + 1) * settings.alpha + 1e-9);
  const sorted = [...nullAucs].sort((x, y) => y - x);
  return { threshold: sorted[allowed - 1]!, thresholdSource: 'permutation', falseAlarmRate: allowed / (b + 1) };
}

function selectColumns(reference: Table, current: Table, names: readonly string[] | undefined): Column[] {
  const wanted = names ?? [...reference.columns.keys()];
  if (wanted.length === 0) throw new DomainClassifierError('no feature columns given: the domain classifier needs at least one');
  const problems: string[] = [];
  const columns: Column[] = [];
  for (const name of wanted) {
    const left = reference.columns.get(name);
    const right = current.columns.get(name);
    if (!left) problems.push(`'${name}' is not in the reference data`);
    if (!right) problems.push(`'${name}' is not in the current data`);
    if (left && right && left.kind !== right.kind) problems.push(`'${name}' is ${left.kind} in the reference data but ${right.kind} in the current data`);
    if (left && right && left.kind === right.kind) columns.push(left);
  }
  if (problems.length > 0) throw new DomainClassifierError(`the reference and current data must hold the same feature columns: ${problems.join('; ')}`);
  return columns;
}

/** Row indices [0, n) or, above `limit`, `limit` of them drawn without replacement (partial Fisher-Yates), ascending. */
function subsample(n: number, limit: number, rng: Rng): Uint32Array {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (n <= limit) return all;
  for (let i = 0; i < limit; i++) {
    const j = i + rng.nextBelow(n - i);
    const swap = all[i]!;
    all[i] = all[j]!;
    all[j] = swap;
  }
  return all.slice(0, limit).sort();
}

interface ColumnEncoding {
  name: string;
  kind: 'numeric' | 'categorical';
  /** First slot of this column in a row. */
  firstSlot: number;
  slots: number;
  /** Feature index of the column's first encoded feature; its features are consecutive. */
  firstFeature: number;
  labels: string[];
}

interface Encoded {
  design: SparseRows;
  encodings: ColumnEncoding[];
  skipped: SkippedColumn[];
}

interface NumericPlan {
  kind: 'numeric';
  name: string;
  mean: number;
  std: number;
  withValue: boolean;
  withMissing: boolean;
}

interface CategoricalPlan {
  kind: 'categorical';
  name: string;
  /** Level index per category text; absent texts go to `otherLevel`. */
  levelOf: Map<string, number>;
  otherLevel: number;
  missingLevel: number;
  labels: string[];
}

type Plan = NumericPlan | CategoricalPlan;

/** Rows are reference rows then current rows; slot 0 of every row is the intercept (feature 0, value 1). */
function encode(columns: Column[], reference: Table, current: Table, referenceRows: Uint32Array, currentRows: Uint32Array, topCategories: number): Encoded {
  const plans: Plan[] = [];
  const skipped: SkippedColumn[] = [];
  for (const column of columns) {
    const other = current.columns.get(column.name)!;
    const plan =
      column.kind === 'numeric'
        ? planNumeric(column, other as NumericColumn, referenceRows, currentRows)
        : planCategorical(column, other as CategoricalColumn, referenceRows, currentRows, topCategories);
    if (typeof plan === 'string') skipped.push({ column: column.name, reason: plan });
    else plans.push(plan);
  }

  const encodings: ColumnEncoding[] = [];
  let slot = 1;
  let feature = 1;
  for (const plan of plans) {
    const labels = plan.kind === 'numeric' ? [...(plan.withValue ? ['value'] : []), ...(plan.withMissing ? ['missing'] : [])] : plan.labels;
    const slots = plan.kind === 'numeric' ? labels.length : 1;
    encodings.push({ name: plan.name, kind: plan.kind, firstSlot: slot, slots, firstFeature: feature, labels });
    slot += slots;
    feature += labels.length;
  }
  const width = slot;
  const rows = referenceRows.length + currentRows.length;
  const index = new Int32Array(rows * width);
  const value = new Float64Array(rows * width);

  const fill = (table: Table, sourceRows: Uint32Array, offset: number): void => {
    for (let r = 0; r < sourceRows.length; r++) {
      index[(offset + r) * width] = 0;
      value[(offset + r) * width] = 1;
    }
    plans.forEach((plan, p) => {
      const encoding = encodings[p]!;
      if (plan.kind === 'numeric') {
        const values = (table.columns.get(plan.name) as NumericColumn).values;
        for (let r = 0; r < sourceRows.length; r++) {
          const at = (offset + r) * width + encoding.firstSlot;
          const raw = values[sourceRows[r]!]!;
          const missing = !Number.isFinite(raw);
          let k = 0;
          if (plan.withValue) {
            index[at] = encoding.firstFeature;
            value[at] = missing ? 0 : Math.max(-STANDARDISED_CLIP, Math.min(STANDARDISED_CLIP, (raw - plan.mean) / plan.std));
            k++;
          }
          if (plan.withMissing) {
            index[at + k] = encoding.firstFeature + k;
            value[at + k] = missing ? 1 : 0;
          }
        }
      } else {
        const column = table.columns.get(plan.name) as CategoricalColumn;
        // this table's dictionary codes -> the plan's levels, once per column
        const levelOfCode = column.categories.map((text) => plan.levelOf.get(text) ?? plan.otherLevel);
        for (let r = 0; r < sourceRows.length; r++) {
          const at = (offset + r) * width + encoding.firstSlot;
          const code = column.codes[sourceRows[r]!]!;
          index[at] = encoding.firstFeature + (code === MISSING_CODE ? plan.missingLevel : levelOfCode[code]!);
          value[at] = 1;
        }
      }
    });
  };
  fill(reference, referenceRows, 0);
  fill(current, currentRows, referenceRows.length);
  return { design: { rows, width, features: feature, index, value }, encodings, skipped };
}

function planNumeric(reference: NumericColumn, current: NumericColumn, referenceRows: Uint32Array, currentRows: Uint32Array): NumericPlan | string {
  let count = 0;
  let mean = 0;
  let squares = 0;
  let missing = 0;
  // Welford's update: one pass, no cancellation
  const add = (values: Float64Array, rows: Uint32Array): void => {
    for (let r = 0; r < rows.length; r++) {
      const x = values[rows[r]!]!;
      if (!Number.isFinite(x)) {
        missing++;
        continue;
      }
      count++;
      const delta = x - mean;
      mean += delta / count;
      squares += delta * (x - mean);
    }
  };
  add(reference.values, referenceRows);
  add(current.values, currentRows);
  const std = count > 0 ? Math.sqrt(squares / count) : 0;
  const withValue = std > 0 && Number.isFinite(std);
  const withMissing = missing > 0 && count > 0;
  if (!withValue && !withMissing) return count === 0 ? 'missing on every row of both sides' : 'one value on every row of both sides';
  return { kind: 'numeric', name: reference.name, mean, std: withValue ? std : 1, withValue, withMissing };
}

function planCategorical(reference: CategoricalColumn, current: CategoricalColumn, referenceRows: Uint32Array, currentRows: Uint32Array, topCategories: number): CategoricalPlan | string {
  const counts = new Map<string, number>();
  let missing = 0;
  const add = (column: CategoricalColumn, rows: Uint32Array): void => {
    const perCode = new Float64Array(column.categories.length);
    for (let r = 0; r < rows.length; r++) {
      const code = column.codes[rows[r]!]!;
      if (code === MISSING_CODE) missing++;
      else perCode[code]!++;
    }
    perCode.forEach((count, code) => {
      if (count > 0) counts.set(column.categories[code]!, (counts.get(column.categories[code]!) ?? 0) + count);
    });
  };
  add(reference, referenceRows);
  add(current, currentRows);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = ranked.slice(0, topCategories).map(([text]) => text);
  const labels = [...kept];
  const otherLevel = ranked.length > topCategories ? labels.push('(other)') - 1 : -1;
  const missingLevel = missing > 0 ? labels.push('(missing)') - 1 : -1;
  if (labels.length < 2) return ranked.length === 0 ? 'missing on every row of both sides' : 'one category on every row of both sides';
  return { kind: 'categorical', name: reference.name, levelOf: new Map(kept.map((text, level) => [text, level])), otherLevel, missingLevel, labels };
}

/** Fisher-Yates, in place. */
function shuffle(values: Uint8Array | Uint32Array, rng: Rng): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.nextBelow(i + 1);
    const swap = values[i]!;
    values[i] = values[j]!;
    values[j] = swap;
  }
}

/** Fold per row: all rows shuffled, then dealt round-robin (folds of equal size, chosen without the labels). */
function randomFolds(rows: number, folds: number, rng: Rng): Int32Array {
  const order = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  shuffle(order, rng);
  const assignment = new Int32Array(rows);
  order.forEach((row, position) => {
    assignment[row] = position % folds;
  });
  return assignment;
}

/** Out-of-fold scores with one column's slots taken from another held-out row of the same fold. */
function permutedScores(design: SparseRows, encoding: ColumnEncoding, heldOut: Uint32Array[], coefficients: Float64Array[], outOfFold: Float64Array, rng: Rng): Float64Array {
  const { width, index, value } = design;
  const scores = new Float64Array(outOfFold);
  const contribution = (row: number, w: Float64Array): number => {
    let sum = 0;
    for (let k = row * width + encoding.firstSlot, end = k + encoding.slots; k < end; k++) sum += w[index[k]!]! * value[k]!;
    return sum;
  };
  heldOut.forEach((rows, f) => {
    const w = coefficients[f]!;
    const partners = rows.slice();
    shuffle(partners, rng);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      scores[row] = outOfFold[row]! - contribution(row, w) + contribution(partners[i]!, w);
    }
  });
  return scores;
}

/** The registry's roc_auc with current rows as the positive class; scores are linear predictors. */
function areaUnderCurve(target: Uint8Array, score: Float64Array): number {
  const yPred = new Uint8Array(score.length);
  for (let i = 0; i < score.length; i++) yPred[i] = score[i]! >= 0 ? 1 : 0;
  return rocAuc.compute({ task: 'binary-classification', yTrue: target, score, yPred });
}

function rowsWhere<T extends ArrayLike<number>>(values: T, keep: (value: number) => boolean): Uint32Array {
  const rows: number[] = [];
  for (let i = 0; i < values.length; i++) if (keep(values[i]!)) rows.push(i);
  return Uint32Array.from(rows);
}

function pick<T extends Uint8Array | Float64Array>(values: T, rows: Uint32Array): T {
  const out = new (values.constructor as new (length: number) => T)(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
  return out;
}
