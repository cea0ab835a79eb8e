// Direct loss estimation (DLE) for regression models: label-free estimates of MAE and RMSE on a chunk, after
// NannyML (nannyml/performance_estimation/direct_loss_estimation/{dle,metrics}.py). On the labelled reference
// a second, "nanny" model learns each row's loss from what is known without the label — the features and the
// monitored model's prediction: |y − ŷ| for MAE, (y − ŷ)² for RMSE. On a chunk, the estimated MAE is the mean
// of the nanny's predicted absolute errors and the estimated RMSE the square root of the mean of its predicted
// squared errors (NannyML's estimate_* of MAE and RMSE).
//
// The nanny model. NannyML fits a LightGBM regressor; we have no gradient-boosting library in core and do not
// add one, so the nanny is a ridge regression (closed form, deterministic) on a quadratic basis: an intercept,
// and for the prediction and every numeric feature, its standardised value z and z² (z from the reference's
// mean and population std; a missing value is the mean, z = 0). The penalty is λ = 1 on every coefficient but
// the intercept (scikit-learn Ridge's default alpha) and predictions below 0 are clipped to 0. Without
// clipping, the fit's mean over the reference equals the reference's realised loss exactly (least squares
// with an unpenalised intercept). What it captures: errors that grow or shrink smoothly with a feature or the
// prediction (heteroscedastic noise, a region the model extrapolates into). What it does not: interactions and
// sharp, local effects a tree ensemble would find; categorical features are not used (named in `ignored`).
// So a DLE estimate moves when the data move into regions where the model erred on the reference; it cannot
// see a change in the relation between features and label (concept drift), as NannyML's cannot either.
import { choleskySolve } from '../monitoring/logistic.js';
import { ChunkingError } from './time.js';

export const DLE_METRICS = ['mae', 'rmse'] as const;
export type DleMetricId = (typeof DLE_METRICS)[number];
/** Ridge penalty of the nanny model (scikit-learn Ridge's alpha default). */
export const DLE_RIDGE_PENALTY = 1;

export interface DleInputs {
  /** The monitored model's prediction per row. */
  prediction: Float64Array;
  /** Numeric features by name, one value per row (NaN missing). */
  features: ReadonlyMap<string, Float64Array>;
}

export interface DleModel {
  /** Inputs of the basis, in order: 'prediction' then the features used. */
  inputs: string[];
  means: number[];
  stds: number[];
  /** Coefficients per metric: [intercept, z_1, z_1², z_2, z_2², …]. */
  coefficients: Record<DleMetricId, number[]>;
  /** Features left out, with why (constant on the reference). */
  ignored: { feature: string; reason: string }[];
}

/** Fits the nanny models on the labelled reference. */
export function fitDle(reference: DleInputs, yTrue: Float64Array): DleModel {
  const n = yTrue.length;
  if (n === 0) throw new ChunkingError('direct loss estimation learns from the labelled reference, which has no rows');
  if (reference.prediction.length !== n) throw new ChunkingError(`reference prediction has ${reference.prediction.length} rows, labels ${n}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(yTrue[i]!) || !Number.isFinite(reference.prediction[i]!)) {
      throw new ChunkingError(`reference row ${i}: the label and the prediction must be finite numbers for direct loss estimation (got ${yTrue[i]} and ${reference.prediction[i]})`);
    }
  }
  const inputs: string[] = [];
  const means: number[] = [];
  const stds: number[] = [];
  const ignored: DleModel['ignored'] = [];
  const columns: Float64Array[] = [];
  for (const [name, values] of [['prediction', reference.prediction] as const, ...reference.features]) {
    if (values.length !== n) throw new ChunkingError(`reference feature '${name}' has ${values.length} rows, labels ${n}`);
    const { mean, std } = moments(values);
    if (!(std > 0)) {
      ignored.push({ feature: name, reason: 'constant (or missing) on the reference' });
      continue;
    }
    inputs.push(name);
    means.push(mean);
    stds.push(std);
    columns.push(values);
  }
  const p = 1 + 2 * inputs.length;
  const design = basis(columns, means, stds, n);
  const coefficients = {} as Record<DleMetricId, number[]>;
  for (const metric of DLE_METRICS) {
    const target = Float64Array.from({ length: n }, (_, i) => loss(metric, yTrue[i]!, reference.prediction[i]!));
    coefficients[metric] = ridge(design, p, n, target);
  }
  return { inputs, means, stds, coefficients, ignored };
}

/** Estimated MAE and RMSE of the rows given (every row counts; the inputs need not be labelled). */
export function estimateDle(model: DleModel, rows: DleInputs): Record<DleMetricId, number | null> {
  const n = rows.prediction.length;
  if (n === 0) return { mae: null, rmse: null };
  const columns = model.inputs.map((name) => {
    const values = name === 'prediction' ? rows.prediction : rows.features.get(name);
    if (!values) throw new ChunkingError(`direct loss estimation needs the feature '${name}' it was fitted on`);
    return values;
  });
  const design = basis(columns, model.means, model.stds, n);
  const p = 1 + 2 * model.inputs.length;
  const mean = (metric: DleMetricId): number => {
    const w = model.coefficients[metric];
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let value = 0;
      for (let j = 0; j < p; j++) value += design[i * p + j]! * w[j]!;
      sum += Math.max(0, value);
    }
    return sum / n;
  };
  return { mae: mean('mae'), rmse: Math.sqrt(mean('rmse')) };
}

export function loss(metric: DleMetricId, y: number, prediction: number): number {
  return metric === 'mae' ? Math.abs(y - prediction) : (y - prediction) ** 2;
}

function moments(values: Float64Array): { mean: number; std: number } {
  let count = 0;
  let sum = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    count++;
    sum += value;
  }
  if (count === 0) return { mean: 0, std: 0 };
  const mean = sum / count;
  let squares = 0;
  for (const value of values) if (Number.isFinite(value)) squares += (value - mean) ** 2;
  return { mean, std: Math.sqrt(squares / count) };
}

/** Row-major n × (1 + 2k): 1, then z and z² per input; a missing value is z = 0. */
function basis(columns: readonly Float64Array[], means: readonly number[], stds: readonly number[], n: number): Float64Array {
  const p = 1 + 2 * columns.length;
  const design = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    design[i * p] = 1;
    for (let j = 0; j < columns.length; j++) {
      const x = columns[j]![i]!;
      const z = Number.isFinite(x) ? (x - means[j]!) / stds[j]! : 0;
      design[i * p + 1 + 2 * j] = z;
      design[i * p + 2 + 2 * j] = z * z;
    }
  }
  return design;
}

/** argmin ‖Xw − y‖² + λ‖w_{1..}‖²: (XᵀX + λI') w = Xᵀy, intercept unpenalised. */
function ridge(design: Float64Array, p: number, n: number, target: Float64Array): number[] {
  const gram = new Float64Array(p * p);
  const right = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) {
      const xj = design[i * p + j]!;
      right[j]! += xj * target[i]!;
      for (let k = j; k < p; k++) gram[j * p + k]! += xj * design[i * p + k]!;
    }
  }
  for (let j = 0; j < p; j++) for (let k = j + 1; k < p; k++) gram[k * p + j] = gram[j * p + k]!;
  for (let j = 1; j < p; j++) gram[j * p + j]! += DLE_RIDGE_PENALTY;
  choleskySolve(gram, p, right);
  return Array.from(right);
}
