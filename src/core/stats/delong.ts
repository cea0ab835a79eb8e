// DeLong's test for two correlated ROC AUCs measured on the same rows (E. R. DeLong, D. M. DeLong,
// D. L. Clarke-Pearson, "Comparing the areas under two or more correlated receiver operating
// characteristic curves: a nonparametric approach", Biometrics 44 (1988) 837-845).
//
// Each AUC is the Mann-Whitney statistic; its structural components (placement values) are, for a
// positive row i, V10_i = (#negatives scored below it + #tied / 2) / n, and for a negative row j,
// V01_j = (#positives scored above it + #tied / 2) / m (m positives, n negatives). The covariance of the
// two AUCs is S10 / m + S01 / n, with S10 and S01 the sample covariance matrices (divisor m - 1, n - 1)
// of the components over positives and negatives.
//
// Computation: X. Sun and W. Xu, "Fast implementation of DeLong's algorithm for comparing the areas
// under correlated receiver operating characteristic curves", IEEE Signal Processing Letters 21 (2014)
// 1389-1393, derive the components from midranks in O(N log N): V10_i = (Tz_i - Tx_i) / n with Tz the
// midrank among all rows and Tx among positives. Here one sort per model gives both ranks: walking the
// sorted rows tie group by tie group, the negatives before the group plus half the negatives in it are
// exactly Tz - Tx for each positive in the group (and symmetrically for negatives).
//
// Convention: label 1 is the positive class and a higher score means "more likely positive" (pROC's
// direction "<"). Variance is 0 when the models rank every row alike: then z = 0 and p = 1 if the AUCs
// are equal, as pROC's roc.test reports.
import { sampleVariance as sampleVarianceOfArray } from 'simple-statistics';
import { normalQuantile, normalTwoSidedPValue } from './normal.js';

export interface AucPlacements {
  auc: number;
  /** V10 per positive row, in row order of the positives. */
  positivePlacements: Float64Array;
  /** V01 per negative row, in row order of the negatives. */
  negativePlacements: Float64Array;
}

export interface DeLongAucInterval {
  auc: number;
  variance: number;
  standardError: number;
  ciLower: number;
  ciUpper: number;
  level: number;
  positives: number;
  negatives: number;
}

export interface DeLongTestResult {
  aucA: number;
  aucB: number;
  /** aucA - aucB. */
  difference: number;
  /** DeLong variance of the difference: var(A) + var(B) - 2 cov(A, B). */
  variance: number;
  standardError: number;
  z: number;
  /** Two-sided p-value of "the AUCs are equal". */
  pValue: number;
  /** Wald interval of the difference at `level`: difference -/+ Phi^-1((1 + level) / 2) * standardError. */
  ciLower: number;
  ciUpper: number;
  level: number;
  positives: number;
  negatives: number;
}

export interface DeLongOptions {
  /** Confidence level of the interval (default 0.95). */
  level?: number;
}

/** AUC and DeLong placement values of one score vector, by midranks in O(N log N). */
export function aucPlacements(labels: ArrayLike<number>, scores: ArrayLike<number>): AucPlacements {
  const { positives, negatives } = countClasses(labels, 2, scores.length);
  return placements(labels, scores, positives, negatives);
}

/** One AUC with its DeLong variance and Wald interval (pROC's ci.auc(method = "delong")). */
export function delongAucInterval(labels: ArrayLike<number>, scores: ArrayLike<number>, options: DeLongOptions = {}): DeLongAucInterval {
  const level = checkLevel(options.level);
  const { positives, negatives } = countClasses(labels, 2, scores.length);
  const { auc, positivePlacements, negativePlacements } = placements(labels, scores, positives, negatives);
  const variance = sampleVariance(positivePlacements) / positives + sampleVariance(negativePlacements) / negatives;
  const standardError = Math.sqrt(variance);
  const half = normalQuantile((1 + level) / 2) * standardError;
  return { auc, variance, standardError, ciLower: auc - half, ciUpper: auc + half, level, positives, negatives };
}

/** DeLong's test of aucA = aucB for two models scored on the same labelled rows. */
export function delongTest(labels: ArrayLike<number>, scoresA: ArrayLike<number>, scoresB: ArrayLike<number>, options: DeLongOptions = {}): DeLongTestResult {
  const level = checkLevel(options.level);
  if (scoresA.length !== scoresB.length) {
    throw new RangeError(`both models must be scored on the same rows; got ${scoresA.length} and ${scoresB.length} scores`);
  }
  const { positives, negatives } = countClasses(labels, 2, scoresA.length);
  const a = placements(labels, scoresA, positives, negatives);
  const b = placements(labels, scoresB, positives, negatives);
  // var(A - B) from the per-row differences of the components: the same as S_AA + S_BB - 2 S_AB.
  const variance =
    sampleVariance(subtract(a.positivePlacements, b.positivePlacements)) / positives +
    sampleVariance(subtract(a.negativePlacements, b.negativePlacements)) / negatives;
  const difference = a.auc - b.auc;
  const standardError = Math.sqrt(variance);
  const z = standardError > 0 ? difference / standardError : difference === 0 ? 0 : Math.sign(difference) * Number.POSITIVE_INFINITY;
  const half = normalQuantile((1 + level) / 2) * standardError;
  return {
    aucA: a.auc,
    aucB: b.auc,
    difference,
    variance,
    standardError,
    z,
    pValue: normalTwoSidedPValue(z),
    ciLower: difference - half,
    ciUpper: difference + half,
    level,
    positives,
    negatives,
  };
}

function placements(labels: ArrayLike<number>, scores: ArrayLike<number>, positives: number, negatives: number): AucPlacements {
  const total = scores.length;
  for (let i = 0; i < total; i++) {
    if (Number.isNaN(scores[i])) throw new RangeError(`score at row ${i} is NaN; drop or impute missing scores before DeLong's test`);
  }
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((i, j) => scores[i]! - scores[j]! || i - j);

  // Position of each row among its own class, so placements come out in row order.
  const rankInClass = new Uint32Array(total);
  for (let i = 0, p = 0, q = 0; i < total; i++) rankInClass[i] = labels[i] === 1 ? p++ : q++;

  const positivePlacements = new Float64Array(positives);
  const negativePlacements = new Float64Array(negatives);
  let positivesBefore = 0;
  let negativesBefore = 0;
  let placementSum = 0;
  for (let start = 0; start < total; ) {
    const value = scores[order[start]!]!;
    let end = start;
    let positivesTied = 0;
    while (end < total && scores[order[end]!] === value) {
      if (labels[order[end]!] === 1) positivesTied++;
      end++;
    }
    const negativesTied = end - start - positivesTied;
    const positivePlacement = (negativesBefore + negativesTied / 2) / negatives;
    const negativePlacement = 1 - (positivesBefore + positivesTied / 2) / positives;
    for (let k = start; k < end; k++) {
      const row = order[k]!;
      if (labels[row] === 1) {
        positivePlacements[rankInClass[row]!] = positivePlacement;
        placementSum += positivePlacement;
      } else {
        negativePlacements[rankInClass[row]!] = negativePlacement;
      }
    }
    positivesBefore += positivesTied;
    negativesBefore += negativesTied;
    start = end;
  }
  return { auc: placementSum / positives, positivePlacements, negativePlacements };
}

function countClasses(labels: ArrayLike<number>, minimum: number, rows: number): { positives: number; negatives: number } {
  if (labels.length !== rows) throw new RangeError(`labels and scores must have the same rows; got ${labels.length} labels and ${rows} scores`);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === 1) positives++;
    else if (label !== 0) throw new RangeError(`label at row ${i} is ${label}; DeLong's test needs binary labels 0 (negative) and 1 (positive)`);
  }
  const negatives = labels.length - positives;
  if (positives < minimum || negatives < minimum) {
    throw new RangeError(`DeLong's variance needs at least ${minimum} positive and ${minimum} negative rows; got ${positives} positive and ${negatives} negative`);
  }
  return { positives, negatives };
}

function checkLevel(level = 0.95): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${level}`);
  return level;
}

function subtract(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! - b[i]!;
  return out;
}

/** Sample variance (divisor length - 1). */
function sampleVariance(values: Float64Array): number {
  return sampleVarianceOfArray(Array.from(values));
}
