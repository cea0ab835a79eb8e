// Multiple-testing corrections for the p-value tests of one dataset, as adjusted p-values (compared with each
// column's threshold, so "adjusted p < alpha" is the corrected decision):
// - Bonferroni: min(1, m p), controls the family-wise error rate;
// - Benjamini-Hochberg: statsmodels' multipletests(method='fdr_bh') / fdrcorrection: with p sorted ascending,
//   p_(i) m / i, made monotone from the largest down (running minimum), capped at 1; controls the false
//   discovery rate for independent or positively dependent tests. scipy.stats.false_discovery_control(p,
//   method='bh') gives the same values.
// m is the number of p-values in the family (the columns tested with a p-value test).
import type { Correction } from './defaults.js';

export function adjustPValues(pValues: readonly number[], correction: Correction): number[] {
  const m = pValues.length;
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must be in [0, 1]; got ${p}`);
  if (correction === 'none' || m === 0) return [...pValues];
  if (correction === 'bonferroni') return pValues.map((p) => Math.min(1, p * m));
  const order = pValues.map((_, index) => index).sort((a, b) => pValues[a]! - pValues[b]! || a - b);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1]!;
    running = Math.min(running, (pValues[index]! * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}
