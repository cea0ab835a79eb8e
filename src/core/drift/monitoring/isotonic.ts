// Isotonic (monotone non-decreasing) regression by pool-adjacent-violators, as scikit-learn's
// IsotonicRegression(increasing=True, out_of_bounds='clip') fits and predicts, which is the calibrator
// NannyML's CBPE uses (nannyml/calibration.py, IsotonicCalibrator):
// - fit: rows are ordered by x; rows with equal x are first merged into one point (weighted mean of y, summed
//   weight), as sklearn's `_make_unique`; PAV then pools adjacent points whose means decrease; of each run of
//   equal fitted values only the first and last points are kept as knots (sklearn's `_build_y` trimming).
// - predict: linear interpolation between knots (np.interp); values outside the fitted range get the end
//   values ('clip').
// PAV: Ayer, Brunk, Ewing, Reid & Silverman, "An empirical distribution function for sampling with incomplete
// information", Ann. Math. Statist. 26 (1955) 641-647; Barlow et al., "Statistical Inference under Order
// Restrictions" (1972). One left-to-right pass with a stack of blocks: O(n) after the sort.

/** A fitted isotonic regression: predictions interpolate linearly between the knots. */
export interface IsotonicModel {
  /** Knot positions, strictly increasing. */
  readonly x: Float64Array;
  /** Fitted value at each knot, non-decreasing. */
  readonly y: Float64Array;
}

export class IsotonicError extends Error {
  override readonly name = 'IsotonicError';
}

/**
 * The least-squares non-decreasing fit to `values` taken in the order given (weights default to 1):
 * each run of pooled points gets the weighted mean of its values.
 */
export function poolAdjacentViolators(values: ArrayLike<number>, weights?: ArrayLike<number>): Float64Array {
  const n = values.length;
  if (weights && weights.length !== n) throw new IsotonicError(`weights has ${weights.length} entries, values has ${n}`);
  const means = new Float64Array(n);
  const blockWeights = new Float64Array(n);
  const sizes = new Int32Array(n);
  let top = -1;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    const weight = weights ? weights[i]! : 1;
    if (!Number.isFinite(value)) throw new IsotonicError(`values[${i}] is ${value}; expected a finite number`);
    if (!(weight > 0 && Number.isFinite(weight))) throw new IsotonicError(`weights[${i}] is ${weight}; expected a positive finite number`);
    top++;
    means[top] = value;
    blockWeights[top] = weight;
    sizes[top] = 1;
    // pool while the newest block's mean is below its left neighbour's
    while (top > 0 && means[top - 1]! > means[top]!) {
      const pooled = blockWeights[top - 1]! + blockWeights[top]!;
      means[top - 1] = (means[top - 1]! * blockWeights[top - 1]! + means[top]! * blockWeights[top]!) / pooled;
      blockWeights[top - 1] = pooled;
      sizes[top - 1]! += sizes[top]!;
      top--;
    }
  }
  const fitted = new Float64Array(n);
  let at = 0;
  for (let block = 0; block <= top; block++) {
    fitted.fill(means[block]!, at, at + sizes[block]!);
    at += sizes[block]!;
  }
  return fitted;
}

/** Fits y ≈ f(x) with f non-decreasing (least squares, optional positive weights). */
export function fitIsotonic(x: ArrayLike<number>, y: ArrayLike<number>, weights?: ArrayLike<number>): IsotonicModel {
  const n = x.length;
  if (n === 0) throw new IsotonicError('no points to fit');
  if (y.length !== n) throw new IsotonicError(`y has ${y.length} entries, x has ${n}`);
  if (weights && weights.length !== n) throw new IsotonicError(`weights has ${weights.length} entries, x has ${n}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]!)) throw new IsotonicError(`x[${i}] is ${x[i]}; expected a finite number`);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b);

  // merge equal x into one point
  const uniqueX: number[] = [];
  const meanY: number[] = [];
  const sumWeight: number[] = [];
  for (const i of order) {
    const weight = weights ? weights[i]! : 1;
    const last = uniqueX.length - 1;
    if (last >= 0 && uniqueX[last] === x[i]) {
      const pooled = sumWeight[last]! + weight;
      meanY[last] = (meanY[last]! * sumWeight[last]! + y[i]! * weight) / pooled;
      sumWeight[last] = pooled;
    } else {
      uniqueX.push(x[i]!);
      meanY.push(y[i]!);
      sumWeight.push(weight);
    }
  }
  const fitted = poolAdjacentViolators(meanY, sumWeight);

  // keep the ends of each run of equal fitted values: interpolation between them gives the same values
  const knotX: number[] = [];
  const knotY: number[] = [];
  const last = fitted.length - 1;
  for (let i = 0; i <= last; i++) {
    const value = fitted[i]!;
    if (i === 0 || i === last || value !== fitted[i - 1] || value !== fitted[i + 1]) {
      knotX.push(uniqueX[i]!);
      knotY.push(value);
    }
  }
  return { x: Float64Array.from(knotX), y: Float64Array.from(knotY) };
}

/** Predictions of a fitted model: linear between knots, the end values outside them. */
export function predictIsotonic(model: IsotonicModel, values: ArrayLike<number>): Float64Array {
  const { x, y } = model;
  const last = x.length - 1;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (Number.isNaN(value)) throw new IsotonicError(`values[${i}] is NaN; expected a number`);
    if (value <= x[0]!) out[i] = y[0]!;
    else if (value >= x[last]!) out[i] = y[last]!;
    else {
      // largest knot at or below value: x[low] <= value < x[high]
      let low = 0;
      let high = last;
      while (high - low > 1) {
        const middle = (low + high) >>> 1;
        if (x[middle]! <= value) low = middle;
        else high = middle;
      }
      const span = x[high]! - x[low]!;
      out[i] = y[low]! + ((y[high]! - y[low]!) * (value - x[low]!)) / span;
    }
  }
  return out;
}
