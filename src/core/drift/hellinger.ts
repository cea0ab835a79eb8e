// Hellinger distance, as Evidently's "hellinger" test (evidently/legacy/calculations/stattests/hellinger_distance.py):
// H = sqrt(1 - sum sqrt(p_ref p_cur)), the Bhattacharyya coefficient clipped to [0, 1], so H is in [0, 1].
// - categorical columns: p are the category shares of each side;
// - numeric columns: numpy density histograms over Sturges bins of the distinct values seen on either side
//   (numpy.histogram_bin_edges(unique values, bins='sturges'), so the bin count follows the number of distinct
//   values, not of rows), summed as sum sqrt(h_ref h_cur) x bin width.
// Drift when H >= threshold (default 0.1).
import { DEFAULT_THRESHOLDS } from './defaults.js';
import { defineDriftTest } from './definition.js';
import { distinctUnionCount, histogramSorted, sturgesEdges } from './samples.js';

export const hellinger = defineDriftTest({
  id: 'hellinger',
  name: 'Hellinger distance',
  description: "Hellinger distance between the category shares, or between histograms over Sturges bins of the distinct values",
  appliesTo: ['numeric', 'categorical'],
  kind: 'distance',
  defaultThreshold: DEFAULT_THRESHOLDS.hellinger,
  compute(reference, current) {
    let coefficient = 0;
    let detail: Record<string, string | number>;
    if (reference.kind === 'categorical' && current.kind === 'categorical') {
      for (let i = 0; i < reference.counts.length; i++) coefficient += Math.sqrt((reference.counts[i]! / reference.total) * (current.counts[i]! / current.total));
      detail = { binning: 'values', bins: reference.counts.length };
    } else if (reference.kind === 'numeric' && current.kind === 'numeric') {
      const ref = reference.sorted;
      const cur = current.sorted;
      const edges = sturgesEdges(Math.min(ref[0]!, cur[0]!), Math.max(ref[ref.length - 1]!, cur[cur.length - 1]!), distinctUnionCount(ref, cur), 'hellinger');
      const bins = edges.length - 1;
      const referenceCounts = histogramSorted(ref, edges);
      const currentCounts = histogramSorted(cur, edges);
      // numpy density: count / (n * bin width); Evidently multiplies back by (max edge - min edge) / bins
      const width = (edges[bins]! - edges[0]!) / bins;
      for (let bin = 0; bin < bins; bin++) {
        const binWidth = edges[bin + 1]! - edges[bin]!;
        const densityReference = referenceCounts[bin]! / binWidth / ref.length;
        const densityCurrent = currentCounts[bin]! / binWidth / cur.length;
        coefficient += Math.sqrt(densityReference * densityCurrent) * width;
      }
      detail = { binning: 'sturges', bins };
    } else {
      throw new Error('unreachable: samples of one kind');
    }
    const distance = Math.sqrt(1 - Math.min(1, Math.max(0, coefficient)));
    return { statistic: distance, score: distance, detail };
  },
});
