// L2-regularised logistic regression, fitted by Newton's method (iteratively reweighted least squares) with a
// backtracking line search, on a design matrix stored as fixed-width sparse rows.
//
// Objective (scikit-learn's LogisticRegression(penalty='l2', C) parameterisation, intercept unpenalised):
//   f(w) = Σ_i log(1 + exp(−s_i · x_i·w)) + ‖w_{1..}‖² / (2C),  s_i = ±1.
// It is strictly convex for C < ∞ (the penalty makes the Hessian positive definite even when a feature
// separates the classes perfectly or one-hot levels are collinear with the intercept), so Newton converges
// from w = 0 in a handful of iterations, deterministically. Each step solves (XᵀWX + I/C) d = ∇f by
// Cholesky; the step is halved until the Armijo condition holds, so f never increases.
//
// Rows are "fixed-width sparse": every row has the same number of slots, slot k holding (feature index,
// value), with feature indices increasing along the row. One-hot encodings fit this exactly (one slot per
// categorical column), and a Hessian update costs width² per row instead of features².

/** n rows × `width` slots; row r's slot k is feature `index[r * width + k]` with value `value[r * width + k]`. */
export interface SparseRows {
  rows: number;
  width: number;
  /** Number of features (the model's coefficient count, intercept included). */
  features: number;
  index: Int32Array;
  value: Float64Array;
}

export interface LogisticOptions {
  /** Inverse penalty strength, as scikit-learn's C (default 1). */
  c?: number;
  /** Feature not penalised (the intercept), or -1 for none (default 0). */
  unpenalised?: number;
  /** Newton iterations at most (default 50). */
  maxIterations?: number;
  /** Stop when the largest coefficient change is below this (default 1e-8). */
  tolerance?: number;
  /** Starting coefficients (default all 0): a nearby solution saves iterations, the optimum is the same. */
  initial?: Float64Array;
}

export interface LogisticFit {
  coefficients: Float64Array;
  iterations: number;
  converged: boolean;
  /** Final value of the penalised objective. */
  objective: number;
}

export class LogisticError extends Error {
  override readonly name = 'LogisticError';
}

/** Fits the rows listed in `rowsUsed` (all rows when omitted) to the 0/1 `target`. */
export function fitLogistic(design: SparseRows, target: Uint8Array, rowsUsed?: Uint32Array, options: LogisticOptions = {}): LogisticFit {
  const { c = 1, unpenalised = 0, maxIterations = 50, tolerance = 1e-8, initial } = options;
  if (!(c > 0)) throw new LogisticError(`C must be positive; got ${c}`);
  const p = design.features;
  if (initial && initial.length !== p) throw new LogisticError(`initial has ${initial.length} coefficients, the design has ${p} features`);
  const penalty = 1 / c;
  const rows = rowsUsed ?? identity(design.rows);
  const w = initial ? initial.slice() : new Float64Array(p);
  const gradient = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  const step = new Float64Array(p);
  const trial = new Float64Array(p);
  let objective = penalisedLoss(design, target, rows, w, penalty, unpenalised);
  let iterations = 0;
  let converged = false;

  while (iterations < maxIterations) {
    iterations++;
    accumulate(design, target, rows, w, gradient, hessian);
    for (let j = 0; j < p; j++) {
      if (j === unpenalised) {
        // a whisker of ridge keeps the intercept's pivot positive when every row's probability saturates
        hessian[j * p + j]! += 1e-12;
        continue;
      }
      gradient[j]! += penalty * w[j]!;
      hessian[j * p + j]! += penalty;
    }
    step.set(gradient);
    choleskySolve(hessian, p, step);

    let slope = 0;
    for (let j = 0; j < p; j++) slope += gradient[j]! * step[j]!;
    let scale = 1;
    let accepted = false;
    for (let halvings = 0; halvings < 60; halvings++) {
      for (let j = 0; j < p; j++) trial[j] = w[j]! - scale * step[j]!;
      const value = penalisedLoss(design, target, rows, trial, penalty, unpenalised);
      if (value <= objective - 1e-4 * scale * slope) {
        accepted = true;
        objective = value;
        break;
      }
      scale /= 2;
    }
    if (!accepted) {
      // no decrease possible within double precision: w is the optimum to working accuracy
      converged = true;
      break;
    }
    let largest = 0;
    for (let j = 0; j < p; j++) largest = Math.max(largest, Math.abs(scale * step[j]!));
    w.set(trial);
    if (largest < tolerance) {
      converged = true;
      break;
    }
  }
  return { coefficients: w, iterations, converged, objective };
}

/** x_r · w for one row. */
export function linearPredictor(design: SparseRows, row: number, w: Float64Array): number {
  const { width, index, value } = design;
  let z = 0;
  for (let k = row * width, end = k + width; k < end; k++) z += w[index[k]!]! * value[k]!;
  return z;
}

/** log(1 + exp(x)) without overflow. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

function penalisedLoss(design: SparseRows, target: Uint8Array, rows: Uint32Array, w: Float64Array, penalty: number, unpenalised: number): number {
  let loss = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const z = linearPredictor(design, row, w);
    loss += target[row] === 1 ? softplus(-z) : softplus(z);
  }
  let squares = 0;
  for (let j = 0; j < w.length; j++) if (j !== unpenalised) squares += w[j]! * w[j]!;
  return loss + (penalty * squares) / 2;
}

/** Gradient Xᵀ(π − y) and the upper triangle of XᵀWX (mirrored at the end), W = π(1 − π). */
function accumulate(design: SparseRows, target: Uint8Array, rows: Uint32Array, w: Float64Array, gradient: Float64Array, hessian: Float64Array): void {
  const { width, index, value, features: p } = design;
  gradient.fill(0);
  hessian.fill(0);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const z = linearPredictor(design, row, w);
    const probability = 1 / (1 + Math.exp(-z));
    const residual = probability - target[row]!;
    const weight = probability * (1 - probability);
    const start = row * width;
    for (let a = 0; a < width; a++) {
      const ia = index[start + a]!;
      const va = value[start + a]!;
      if (va === 0) continue;
      gradient[ia]! += residual * va;
      const wa = weight * va;
      const base = ia * p;
      // indices increase along a row, so (ia, ib) with b >= a is in the upper triangle
      for (let b = a; b < width; b++) hessian[base + index[start + b]!]! += wa * value[start + b]!;
    }
  }
  for (let j = 0; j < p; j++) for (let k = j + 1; k < p; k++) hessian[k * p + j] = hessian[j * p + k]!;
}

/** Solves A x = b in place (b becomes x) for symmetric positive definite A (row-major n × n, overwritten by its Cholesky factor). */
export function choleskySolve(a: Float64Array, n: number, b: Float64Array): void {
  choleskyFactor(a, n);
  solveFactored(a, n, b);
}

/** Overwrites the lower triangle of symmetric positive definite A (row-major n × n) with L, A = L Lᵀ. */
function choleskyFactor(a: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) {
    let diagonal = a[j * n + j]!;
    for (let k = 0; k < j; k++) diagonal -= a[j * n + k]! ** 2;
    if (!(diagonal > 0)) throw new LogisticError(`the Hessian is not positive definite at pivot ${j} (${diagonal}); the design has a zero feature`);
    const root = Math.sqrt(diagonal);
    a[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= a[i * n + k]! * a[j * n + k]!;
      a[i * n + j] = sum / root;
    }
  }
}

/** Solves L Lᵀ x = b in place from a factor of choleskyFactor. */
function solveFactored(l: Float64Array, n: number, b: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * b[k]!;
    b[i] = sum / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * b[k]!;
    b[i] = sum / l[i * n + i]!;
  }
}

/**
 * The first Newton step from w = 0 on the rows `rowsUsed`, for any target: at w = 0 every probability is
 * 1/2, so the Hessian XᵀX/4 + I/C does not depend on the target and is factored once; the step for a
 * target y is (XᵀX/4 + I/C)⁻¹ Xᵀ(y − 1/2), a ridge linear discriminant. `step(sums)` takes Xᵀ(y − 1/2)
 * over the rows used and returns the coefficients.
 */
export function newtonStepFromZero(design: SparseRows, rowsUsed: Uint32Array, options: Pick<LogisticOptions, 'c' | 'unpenalised'> = {}): { step(sums: Float64Array): Float64Array } {
  const { c = 1, unpenalised = 0 } = options;
  if (!(c > 0)) throw new LogisticError(`C must be positive; got ${c}`);
  const p = design.features;
  const hessian = new Float64Array(p * p);
  const gradient = new Float64Array(p);
  // at w = 0 the weights are 1/4 (the target only enters the gradient, discarded here)
  accumulate(design, new Uint8Array(design.rows), rowsUsed, new Float64Array(p), gradient, hessian);
  for (let j = 0; j < p; j++) hessian[j * p + j]! += j === unpenalised ? 1e-12 : 1 / c;
  choleskyFactor(hessian, p);
  return {
    step(sums: Float64Array): Float64Array {
      const w = Float64Array.from(sums);
      solveFactored(hessian, p, w);
      return w;
    },
  };
}

/** Xᵀ(y − 1/2) over the rows of each fold: sums[fold * features + j]. */
export function centredTargetSums(design: SparseRows, target: Uint8Array, fold: Int32Array, folds: number, into?: Float64Array): Float64Array {
  const { width, index, value, features: p } = design;
  const sums = into ?? new Float64Array(folds * p);
  sums.fill(0);
  for (let row = 0; row < design.rows; row++) {
    const y = target[row]! - 0.5;
    const base = fold[row]! * p;
    for (let k = row * width, end = k + width; k < end; k++) sums[base + index[k]!]! += y * value[k]!;
  }
  return sums;
}

function identity(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}
