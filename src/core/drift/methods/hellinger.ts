// Hellinger distance, as Evidently's "hellinger" test (evidently/legacy/calculations/stattests/hellinger_distance.py):
// H = sqrt(1 - sum sqrt(p_ref p_cur)), the Bhattacharyya coefficient clipped to [0, 1], so H is in [0, 1].
// - categorical columns: p are the category shares of each side;
// - numeric columns: numpy density histograms over Sturges bins of the distinct values seen on either side
//   (numpy.histogram_bin_edges(unique values, bins='sturges'), so the bin count follows the number of distinct
//   values, not of rows), summed as sum sqrt(h_ref h_cur) x bin width.
// Drift when H >= threshold (default 0.1) in threshold_mode 'fixed'; calibrated, when the permutation p-value
// of H over the same bins is below alpha.
import { countLayout, total } from '../cells.js';
import { DEFAULT_THRESHOLDS } from '../defaults.js';
import { defineDriftTest, type DriftSample } from '../definition.js';
import { distinctUnionCount, histogramSorted, sturgesEdges } from '../samples.js';

/** Counts per bin of both sides and each bin's weight in the Bhattacharyya sum (1 for categories). */
interface HellingerBins {
  reference: Float64Array;
  current: Float64Array;
  weights?: Float64Array;
  detail: Record<string, string | number>;
}

function hellingerBins(reference: DriftSample, current: DriftSample): HellingerBins {
  if (reference.kind === 'categorical' && current.kind === 'categorical') {
    return { reference: reference.counts, current: current.counts, detail: { binning: 'values', bins: reference.counts.length } };
  }
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    const ref = reference.sorted;
    const cur = current.sorted;
    const edges = sturgesEdges(Math.min(ref[0]!, cur[0]!), Math.max(ref[ref.length - 1]!, cur[cur.length - 1]!), distinctUnionCount(ref, cur), 'hellinger');
    const bins = edges.length - 1;
    // numpy density: count / (n * bin width); Evidently multiplies back by (max edge - min edge) / bins
    const width = (edges[bins]! - edges[0]!) / bins;
    const weights = new Float64Array(bins);
    for (let bin = 0; bin < bins; bin++) weights[bin] = width / (edges[bin + 1]! - edges[bin]!);
    return { reference: histogramSorted(ref, edges), current: histogramSorted(cur, edges), weights, detail: { binning: 'sturges', bins } };
  }
  throw new Error('unreachable: samples of one kind');
}

/** H from counts per bin: sqrt(1 - sum sqrt(p_ref p_cur) w), the coefficient clipped to [0, 1]. */
function hellingerDistance(reference: Float64Array, current: Float64Array, weights: Float64Array | undefined): number {
  const m = total(reference);
  const n = total(current);
  let coefficient = 0;
  for (let k = 0; k < reference.length; k++) coefficient += Math.sqrt((reference[k]! / m) * (current[k]! / n)) * (weights ? weights[k]! : 1);
  return Math.sqrt(1 - Math.min(1, Math.max(0, coefficient)));
}


export const hellinger = defineDriftTest({
  id: 'hellinger',
  name: 'Hellinger distance',
  description: "Hellinger distance between the category shares, or between histograms over Sturges bins of the distinct values",
  appliesTo: ['numeric', 'categorical'],
  kind: 'distance',
  defaultThreshold: DEFAULT_THRESHOLDS.hellinger,
  compute(reference, current) {
    const bins = hellingerBins(reference, current);
    const distance = hellingerDistance(bins.reference, bins.current, bins.weights);
    return { statistic: distance, score: distance, detail: bins.detail };
  },
  layout(reference, current) {
    const bins = hellingerBins(reference, current);
    return countLayout(bins.reference, bins.current, (a, b) => hellingerDistance(a, b, bins.weights));
  },
});
