// Monitoring over time (issue 15, item 2): chunks of production data, per-chunk signals, thresholds from the
// reference's chunks, alerts. Pure: timestamps, tables and labels in, plain objects out.
export { CHUNK_PERIODS, DEFAULT_MAX_CHUNKS, DEFAULT_MIN_CHUNK_ROWS, INVALID_ROWS_SHOWN, chunkRows, periodCalendar, periodKey } from './chunking.js';
export type { Chunk, ChunkPeriod, ChunkSpec, Chunking, ChunkingOptions, InvalidTimestamps, PeriodCalendar } from './chunking.js';
export { ChunkingError, isoUtc, parseIsoTimestamp, timestampValues, zoneClock } from './time.js';
export type { ZoneClock } from './time.js';
export { DEFAULT_QUANTILES, DEFAULT_SERIES_ALPHA, DEFAULT_STD_MULTIPLIER, MIN_REFERENCE_CHUNKS, alertsFor, thresholdsFromReference } from './thresholds.js';
export type { SignalAlerts, SignalThresholds, ThresholdKind, ThresholdOptions, ThresholdRule, ThresholdSide } from './thresholds.js';
export { DRIFT_BAND, SHARE_BAND, buildSignal, cutReference, monitoringSeries } from './series.js';
export type { EstimatedBand, MonitoringSeries, SeriesChunk, SeriesFeature, SeriesInput, SeriesPerformance, SeriesSignal, SignalKind } from './series.js';
export { idsOf, joinLabels } from './labels.js';
export type { LabelJoin, LabelRows } from './labels.js';
export { DLE_METRICS, DLE_RIDGE_PENALTY, estimateDle, fitDle } from './dle.js';
export type { DleInputs, DleMetricId, DleModel } from './dle.js';
export { chunkStream, profileAccumulator } from './stream.js';
export { profileSeries } from './profile-series.js';
export type { ProfileSeriesInput } from './profile-series.js';
export type { ChunkAccumulator, ChunkStream, ChunkStreamStats, StreamedChunk } from './stream.js';
export { MONITORING_SERIES_SCHEMA } from './schema.js';
export { newRecords, seriesLogRecords } from './log-records.js';
export type { NewRecords, RunFacts, SeriesLogRecord } from './log-records.js';
export { alertedSignals, bandText, normalisedValue, seriesDrifting, seriesHtml, seriesMarkdown, seriesMermaid, seriesSvg, seriesText, signalLabel } from './render.js';
export type { SeriesDrifting, SeriesSvgOptions } from './render.js';
