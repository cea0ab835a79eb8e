// Jensen-Shannon distance, as Evidently's "jensenshannon" test (evidently/legacy/calculations/stattests/
// jensenshannon.py): scipy.spatial.distance.jensenshannon(ref%, cur%) with base=None, i.e. natural logarithms
// (the distance lies in [0, sqrt(ln 2)] = [0, 0.8326]), over Evidently's bins (get_binned_data, see psi.ts)
// without the empty-bin fill. Drift when the distance >= threshold (default 0.1) in threshold_mode 'fixed';
// calibrated, when the permutation p-value of the distance over the same bins is below alpha.
import { countLayout } from '../cells.js';
import { DEFAULT_THRESHOLDS } from '../defaults.js';
import { defineDriftTest } from '../definition.js';
import { evidentlyBins } from '../samples.js';

/**
 * scipy.spatial.distance.jensenshannon(p, q, base): p and q are normalised to sum to 1, m = (p + q) / 2, and the
 * distance is sqrt((KL(p || m) + KL(q || m)) / 2), in units of log `base` (natural log when omitted).
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  if (p.length !== q.length) throw new RangeError(`p has ${p.length} entries, q has ${q.length}`);
  let sumP = 0;
  let sumQ = 0;
  for (let i = 0; i < p.length; i++) {
    sumP += p[i]!;
    sumQ += q[i]!;
  }
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / sumP;
    const qi = q[i]! / sumQ;
    const mi = (pi + qi) / 2;
    // scipy.special.rel_entr: x log(x / y), 0 when x = 0
    if (pi > 0) divergence += pi * Math.log(pi / mi);
    if (qi > 0) divergence += qi * Math.log(qi / mi);
  }
  if (base !== undefined) divergence /= Math.log(base);
  return Math.sqrt(Math.max(0, divergence) / 2);
}

export const jensenshannon = defineDriftTest({
  id: 'jensenshannon',
  name: 'Jensen-Shannon distance',
  description: "Jensen-Shannon distance (natural log) over Evidently's bins (Sturges bins for numeric columns with more than 20 values, else one bin per value)",
  appliesTo: ['numeric', 'categorical'],
  kind: 'distance',
  defaultThreshold: DEFAULT_THRESHOLDS.jensenshannon,
  compute(reference, current) {
    const binned = evidentlyBins(reference, current, 'jensenshannon');
    const distance = jensenShannonDistance(binned.reference, binned.current);
    return { statistic: distance, score: distance, detail: { binning: binned.binning, bins: binned.bins, logBase: 'e' } };
  },
  layout(reference, current) {
    const binned = evidentlyBins(reference, current, 'jensenshannon');
    return countLayout(binned.reference, binned.current, (a, b) => jensenShannonDistance(a, b));
  },
});
