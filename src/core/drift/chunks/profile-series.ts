// The drift and missing-share signals of a series from streamed chunk profiles (stream.ts's profileAccumulator):
// the current data is never held, each chunk is its bins (memory bounded by a chunk, issue 15 item 5). The
// reference is held, as for the batch series: its chunks give the thresholds.
//
// Same signals and bands as series.ts, with two differences, both from profile.ts: numeric columns are compared
// bin by bin over the reference profile's edges (KS and Wasserstein binned, the others on grouped bins;
// detail.approximation = 'binned'), and a reference chunk is profiled over the same edges as the current
// chunks. The column's method is resolved once, on the reference profile, and kept for every chunk (profile.ts's
// 'auto' counts distinct values from the bins, which would otherwise vary from chunk to chunk). Performance
// signals need the rows (CBPE's ROC AUC sorts them): they are the batch series' job.
import { requireColumn, takeRows, type Table } from '../../data/table.js';
import type { DriftSettings } from '../dataset.js';
import { profileDrift, profileTable, type Profile, type ProfileColumnSpec } from '../profile.js';
import type { ChunkSpec } from './chunking.js';
import { DRIFT_BAND, SHARE_BAND, buildSignal, chunkingSummary, complement, cutReference, missingShare, referenceSummary, thresholdsNotOffered, type MonitoringSeries, type SeriesChunk, type SeriesFeature, type SeriesSignal } from './series.js';
import type { ChunkStreamStats, StreamedChunk } from './stream.js';
import { checkRule, type ThresholdRule } from './thresholds.js';
import { isoUtc } from './time.js';

export interface ProfileSeriesInput {
  reference: Table;
  /** The reference's profile: its numeric edges are the bins of every chunk profile. */
  referenceProfile: Profile;
  /** What chunkStream(…, profileAccumulator(referenceProfile)) handed back, in order. */
  chunks: readonly StreamedChunk<Profile>[];
  spec: ChunkSpec;
  minRows: number;
  stats: Pick<ChunkStreamStats, 'rows' | 'invalidTimestamps'>;
  features: readonly SeriesFeature[];
  drift?: DriftSettings;
  thresholds?: ThresholdRule;
  referenceTimestamps?: Float64Array;
}

/** A test that resolves the same method for every chunk: the one the reference profile gets. */
function withMethod(settings: DriftSettings, name: string, method: string): DriftSettings {
  return { ...settings, columns: { ...settings.columns, [name]: { ...settings.columns?.[name], method } } } as DriftSettings;
}

export function profileSeries(input: ProfileSeriesInput): MonitoringSeries {
  const { reference, referenceProfile, chunks } = input;
  const rule = input.thresholds ?? { kind: 'calibrated' };
  checkRule(rule);
  const settings = input.drift ?? {};
  const referenceChunks = cutReference(reference.rowCount, chunks, input.minRows, input.referenceTimestamps);
  const specs: ProfileColumnSpec[] = input.features.map((feature) => ({ name: feature.name, kind: feature.kind }));
  // each reference chunk and the rest of the reference, profiled over the reference's edges once for all features
  const referencePairs = referenceChunks.map((rows) => ({
    chunk: profileTable(takeRows(reference, rows), specs, { reference: referenceProfile }),
    rest: profileTable(takeRows(reference, complement(rows, reference.rowCount)), specs, { reference: referenceProfile }),
  }));
  const signals: SeriesSignal[] = [];
  const notOffered: MonitoringSeries['notOffered'] = thresholdsNotOffered(reference.rowCount, chunks, referenceChunks);
  for (const feature of input.features) {
    const own = profileDrift(referenceProfile, referenceProfile, [feature.name], settings).columns[0]!;
    const forced = withMethod(settings, feature.name, own.method);
    const compare = (base: Profile, current: Profile) => {
      const column = profileDrift(base, current, [feature.name], forced).columns[0]!;
      return column.evaluated ? { statistic: Math.abs(column.test.statistic), pValue: column.test.pValue ?? null, drifted: column.drifted } : null;
    };
    if (own.evaluated) {
      const results = chunks.map((chunk) => (chunk.empty ? null : compare(referenceProfile, chunk.state)));
      signals.push(
        buildSignal(
          `drift.${feature.name}.statistic`,
          'drift',
          results.map((result) => result?.statistic ?? null),
          referencePairs.map((pair) => compare(pair.rest, pair.chunk)?.statistic ?? null),
          rule,
          DRIFT_BAND,
          chunks,
          { test: { method: own.method, alpha: own.threshold, pValues: results.map((result) => result?.pValue ?? null), drifted: results.map((result) => (result ? result.drifted : null)) } },
        ),
      );
    } else notOffered.push({ signal: `drift.${feature.name}.statistic`, reason: own.error.message });
    const referenceColumn = requireColumn(reference, feature.name);
    const missing = chunks.map((chunk) => (chunk.empty ? null : chunk.state.columns.find((column) => column.name === feature.name)!.missing / chunk.rows));
    signals.push(buildSignal(`missing.${feature.name}`, 'missing', missing, referenceChunks.map((rows) => missingShare(referenceColumn, rows)), rule, SHARE_BAND, chunks));
  }
  return {
    chunking: chunkingSummary(input.spec, input.minRows, input.stats.rows, input.stats.invalidTimestamps),
    reference: referenceSummary(reference.rowCount, referenceChunks),
    thresholdRule: rule,
    chunks: chunks.map(
      (chunk): SeriesChunk => ({
        index: chunk.index,
        key: chunk.key,
        ...(chunk.start !== undefined ? { start: isoUtc(chunk.start) } : {}),
        ...(chunk.end !== undefined ? { end: isoUtc(chunk.end) } : {}),
        rows: chunk.rows,
        empty: chunk.empty,
        insufficient: chunk.insufficient,
      }),
    ),
    signals,
    notOffered,
  };
}
