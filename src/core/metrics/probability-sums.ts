// The sums of log loss, Brier score and ECE over (yTrue, score) in one pass. Within withSharedProbabilitySums
// (computeMetrics: every metric of one input, synchronously) the three metrics share that pass instead of
// each reading and checking the million rows again (issue 18). Each sum is accumulated in row order with the
// same operations as the metric's own loop, so the values are identical. On any row a metric would reject
// (a score outside [0, 1], a label other than 0/1) there are no shared sums: each metric then runs its own
// loop and reports its own error. Outside withSharedProbabilitySums nothing is computed or kept (bootstrap
// computes one metric at a time on refilled buffers).
const EPS = Number.EPSILON;

/** ln(probability) with the probability clipped to [eps, 1 - eps], eps = 2⁻⁵² (log_loss). */
export const clippedLog = (probability: number): number => Math.log(Math.min(Math.max(probability, EPS), 1 - EPS));

/** Bins of the expected calibration error: bin b holds p in [b/10, (b+1)/10), the last also p = 1. */
export const ECE_BINS = 10;

export interface ProbabilitySums {
  /** Σ −ln(clipped P(true class)), in row order. */
  logLoss: number;
  /** Σ (p − y)², in row order. */
  brier: number;
  /** Per ECE bin, Σ (y − p), in row order. */
  eceGaps: Float64Array;
}

// The sums of the innermost withSharedProbabilitySums call, by score array (null: a row no metric accepts).
let shared: Map<Float64Array, { yTrue: Uint8Array; sums: ProbabilitySums | null }> | undefined;

/**
 * Runs `compute` with one pass per (labels, scores) pair shared by log loss, Brier and ECE. The arrays must
 * not change while it runs (it is synchronous, so only `compute` itself could change them).
 */
export function withSharedProbabilitySums<T>(compute: () => T): T {
  const outer = shared;
  shared = new Map();
  try {
    return compute();
  } finally {
    shared = outer;
  }
}

/** The shared sums, or undefined outside withSharedProbabilitySums or when a row is invalid (the metric then runs its own loop). */
export function sharedProbabilitySums(yTrue: Uint8Array, score: Float64Array): ProbabilitySums | undefined {
  if (shared === undefined) return undefined;
  const known = shared.get(score);
  if (known !== undefined && known.yTrue === yTrue) return known.sums ?? undefined;
  const sums = sumProbabilities(yTrue, score);
  shared.set(score, { yTrue, sums });
  return sums ?? undefined;
}

function sumProbabilities(yTrue: Uint8Array, score: Float64Array): ProbabilitySums | null {
  const eceGaps = new Float64Array(ECE_BINS);
  let logLoss = 0;
  let brier = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const p = score[i]!;
    const truth = yTrue[i]!;
    if (!(p >= 0 && p <= 1) || truth > 1) return null;
    logLoss -= clippedLog(truth === 1 ? p : 1 - p);
    brier += (p - truth) ** 2;
    // floor(p * 10) puts each boundary k/10 (as a double) in bin k: 0.3 * 10 = 3.0000000000000004, 0.7 * 10 = 7.000000000000001
    eceGaps[Math.min(Math.floor(p * ECE_BINS), ECE_BINS - 1)]! += truth - p;
  }
  return { logLoss, brier, eceGaps };
}
