// The streaming monitoring path (issue 15, item 5): current data too large to hold arrives in batches (a Parquet
// file's row groups, io/data/parquet.ts's readParquetBatches; a CSV or JSONL file's rows, io/data/batches.ts), each batch's rows go to their chunk's profile
// (core/drift/chunks/stream.ts), the batch is dropped, and the drift and missing-share signals come from the
// chunk profiles against the reference (profile-series.ts). Memory is a batch plus one profile per open chunk
// (its bins), whatever the size of the source; the reference is held, as for the batch series.
//
// Period chunks stay open until the end of the source unless `lateness` is given: with it, a chunk closes once
// the newest timestamp seen is `lateness` ms past its end, and rows arriving later for it are counted as late.
// Closing early saves only profiles (bins), so the default reads out of order data exactly.
//
// For data too big for a runner the chunk profiles come from the warehouse instead (`profile --sql --chunk-by`,
// then `--from-rows`): monitorChunkProfiles gives the same series from them.
//
// Performance signals (CBPE, DLE, realised metrics) need the rows: they are the batch series' job
// (series.ts, monitoringSeries). `modelops drift` calls this for period or size chunks without them.
import type { ColumnRequest, Table } from '../core/data/table.js';
import type { DriftSettings } from '../core/drift/dataset.js';
import { DEFAULT_MIN_CHUNK_ROWS, type ChunkSpec, type InvalidTimestamps } from '../core/drift/chunks/chunking.js';
import { profileSeries } from '../core/drift/chunks/profile-series.js';
import type { MonitoringSeries, SeriesFeature } from '../core/drift/chunks/series.js';
import { chunkStream, profileAccumulator, type StreamedChunk } from '../core/drift/chunks/stream.js';
import type { ThresholdRule } from '../core/drift/chunks/thresholds.js';
import { profileTable, type Profile } from '../core/drift/profile.js';
import { readBatches, type BatchOptions } from '../io/data/batches.js';
import type { DataFormat } from '../io/data/columns.js';
import { readParquetBatches, type ParquetBatchOptions } from '../io/data/parquet.js';
import { UsageError } from './errors.js';
import type { ChunkProfiles } from './profile.js';

export interface StreamBatch {
  table: Table;
  /** Epoch ms per row (NaN missing): needed for period chunks. */
  timestamps?: Float64Array;
}

export interface StreamMonitorInput {
  reference: Table;
  /** Its profile (numeric edges = every chunk profile's bins); default: profileTable(reference, features). */
  referenceProfile?: Profile;
  referenceTimestamps?: Float64Array;
  spec: ChunkSpec;
  minRows?: number;
  features: readonly SeriesFeature[];
  drift?: DriftSettings;
  thresholds?: ThresholdRule;
  /** Period chunks: close a chunk once the newest timestamp is this many ms past its end (default: at the end). */
  lateness?: number;
}

export interface StreamMonitorStats {
  rows: number;
  batches: number;
  /** Rows for a chunk already closed (only with `lateness`). */
  late: number;
  invalidTimestamps: InvalidTimestamps;
  /** The most chunks open at once. */
  maxOpen: number;
}

export interface StreamMonitorResult {
  series: MonitoringSeries;
  /** Each chunk's profile, in order: what the monitoring log or `profile` can keep. */
  chunks: StreamedChunk<Profile>[];
  stats: StreamMonitorStats;
}

/** The monitoring series of batches of current data, holding one profile per open chunk, never the rows. */
export async function monitorStream(input: StreamMonitorInput, batches: AsyncIterable<StreamBatch> | Iterable<StreamBatch>): Promise<StreamMonitorResult> {
  const minRows = input.minRows ?? DEFAULT_MIN_CHUNK_ROWS;
  const specs = input.features.map((feature) => ({ name: feature.name, kind: feature.kind }));
  const referenceProfile = input.referenceProfile ?? profileTable(input.reference, specs);
  const stream = chunkStream(input.spec, profileAccumulator(referenceProfile, specs.map((s) => s.name)), { minRows });
  const chunks: StreamedChunk<Profile>[] = [];
  let newest = -Infinity;
  let count = 0;
  let maxOpen = 0;
  for await (const batch of batches) {
    stream.push(batch.table, batch.timestamps);
    count++;
    maxOpen = Math.max(maxOpen, stream.stats().open);
    if (input.spec.by !== 'period') chunks.push(...stream.close());
    else if (input.lateness !== undefined && batch.timestamps) {
      for (const t of batch.timestamps) if (t > newest) newest = t;
      if (Number.isFinite(newest)) chunks.push(...stream.close(newest - input.lateness));
    }
  }
  chunks.push(...stream.finish());
  const stats = stream.stats();
  const series = seriesOf(input, referenceProfile, chunks, stats);
  return { series, chunks, stats: { rows: stats.rows, batches: count, late: stats.late, invalidTimestamps: stats.invalidTimestamps, maxOpen } };
}

function seriesOf(input: StreamMonitorInput, referenceProfile: Profile, chunks: readonly StreamedChunk<Profile>[], stats: { rows: number; invalidTimestamps: InvalidTimestamps }): MonitoringSeries {
  return profileSeries({
    reference: input.reference,
    referenceProfile,
    chunks,
    spec: input.spec,
    minRows: input.minRows ?? DEFAULT_MIN_CHUNK_ROWS,
    stats,
    features: input.features,
    ...(input.drift ? { drift: input.drift } : {}),
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
    ...(input.referenceTimestamps ? { referenceTimestamps: input.referenceTimestamps } : {}),
  });
}

/**
 * The series of chunk profiles the warehouse computed (`profile --sql --chunk-by`, its rows through
 * `profile --from-rows`): the same signals as monitorStream's, the rows never leaving the warehouse.
 * `input.spec` must be the period chunks the SQL grouped by, and `input.referenceProfile` the profile it counted over.
 */
export function monitorChunkProfiles(input: StreamMonitorInput & { referenceProfile: Profile }, computed: ChunkProfiles): MonitoringSeries {
  if (input.spec.by !== 'period' || input.spec.period !== computed.period || (input.spec.timeZone ?? 'UTC') !== 'UTC') {
    throw new UsageError(`the chunk profiles are per ${computed.period} (UTC); the series asks for ${input.spec.by === 'period' ? `${input.spec.period} chunks in ${input.spec.timeZone ?? 'UTC'}` : `${input.spec.by} chunks`}`);
  }
  const minRows = input.minRows ?? DEFAULT_MIN_CHUNK_ROWS;
  const chunks = computed.chunks.map(
    (chunk, index): StreamedChunk<Profile> => ({ index, key: chunk.key, start: Date.parse(chunk.start), end: Date.parse(chunk.end), rows: chunk.rows, empty: chunk.rows === 0, insufficient: chunk.rows < minRows, state: chunk.profile }),
  );
  const rows = chunks.reduce((sum, chunk) => sum + chunk.rows, 0) + computed.invalidTimestamps;
  // the warehouse counts rows without a timestamp; which rows they were stays there
  return seriesOf(input, input.referenceProfile, chunks, { rows, invalidTimestamps: { count: computed.invalidTimestamps, rows: [] } });
}

/** monitorStream over a Parquet file's row groups: the features, and the timestamp column for period chunks. */
export function monitorParquet(path: string, input: StreamMonitorInput, options: ParquetBatchOptions = {}): Promise<StreamMonitorResult> {
  const columns: ColumnRequest[] = input.features.map((feature) => ({ name: feature.name, kind: feature.kind }));
  return monitorStream(input, readParquetBatches(path, columns, options));
}

/** monitorStream over a CSV, JSONL or Parquet file read in batches (io/data/batches.ts). */
export function monitorFile(path: string, format: DataFormat, input: StreamMonitorInput, options: BatchOptions = {}): Promise<StreamMonitorResult> {
  const columns: ColumnRequest[] = input.features.map((feature) => ({ name: feature.name, kind: feature.kind }));
  return monitorStream(input, readBatches(path, format, columns, options));
}
