// `modelops drift` for a model with monitoring.chunks: the current data as a series of chunks (issue 15).
// Reads the reference datasets and the labels that arrived, runs the model on both sides, and hands them to
// the pure series (src/core/drift/chunks/series.ts); then merges the chunks earlier runs logged
// (src/core/drift/chunks/history.ts) and, with --log, appends this run's chunks to the monitoring log
// (src/io/git/monitoring-log.ts).
//
// Decisions:
// - The reference chunks come from monitoring.chunks.reference (default [reference]), concatenated: a reference
//   too small for two chunks of the current chunks' size gives no band, and the report says so.
// - Labels (monitoring.labels) are read like the current data (path, glob or query, afresh on every run) and
//   joined by id: monitoring.labels.id (default monitoring.current.id) against monitoring.current.id.
// - Only this run's chunks are appended, and of those only the chunks that are new or whose rows, results or
//   alerts changed since the newest logged record of that chunk (same model and version): re-reading the same
//   weeks does not grow the log. Readers take the newest record per chunk.
// - The log is read locally; with --log it is fetched from the remote first (depth 1, so a shallow clone has
//   it) and pushed after.
import { concatTables, type Column, type Table } from '../core/data/table.js';
import { chunkRows, monitoringSeries, seriesLogRecords, timestampValues, type ChunkSpec, type LabelRows, type MonitoringSeries, type SeriesInput, type SeriesPerformance, type ThresholdRule } from '../core/drift/chunks/index.js';
import type { Chunking } from '../core/drift/chunks/chunking.js';
import { idsOf, joinLabels } from '../core/drift/chunks/labels.js';
import { subsetColumn } from '../core/drift/chunks/series.js';
import type { CurrentRead } from '../core/drift/report.js';
import { binaryTruth, LabelError, multiclassTruth, regressionTruth } from '../core/evaluation/labels.js';
import type { Manifest, MonitoringChunks } from '../core/manifest/manifest.js';
import { formatOf } from '../io/data/columns.js';
import { readCurrent, type CurrentData, type CurrentSpec } from '../io/data/current-source.js';
import { readTable } from '../io/data/read-table.js';
import { sha256Hex } from '../io/digest.js';
import { commitOf, hasOrigin } from '../io/git/repo.js';
import { appendNewToMonitoringLog, MONITORING_BRANCH, MonitoringLogError, readMonitoringLog, type MonitoringLogRecord } from '../io/git/monitoring-log.js';
import type { ModelRunner } from '../io/onnx/index.js';
import type { RepoFiles } from '../io/repo-files.js';
import { driftColumns } from './evaluate/drift.js';

const OUTPUT = 'modelops:output';
const ID = 'modelops:id';

/** monitoring.chunks as the core's chunk spec. */
export function chunkSpecOf(chunks: MonitoringChunks): ChunkSpec {
  if (chunks.size !== undefined) return { by: 'size', rows: chunks.size };
  if (chunks.count !== undefined) return { by: 'count', chunks: chunks.count };
  return { by: 'period', period: chunks.period ?? 'week', ...(chunks.time_zone ? { timeZone: chunks.time_zone } : {}) };
}

export function thresholdRuleOf(chunks: MonitoringChunks): ThresholdRule {
  const t = chunks.thresholds ?? {};
  if (t.rule === 'std') return { kind: 'std', ...(t.k !== undefined ? { k: t.k } : {}) };
  if (t.rule === 'quantile') return { kind: 'quantile', ...(t.lower !== undefined ? { lower: t.lower } : {}), ...(t.upper !== undefined ? { upper: t.upper } : {}) };
  return { kind: 'calibrated', ...(t.alpha !== undefined ? { alpha: t.alpha } : {}) };
}

/** The datasets of monitoring.chunks.reference, read and concatenated (features and label). */
interface ReferenceData {
  table: Table;
  labelled: boolean;
  datasets: string[];
  /** Reference period: its rows' timestamps, so the reference chunks follow time. */
  timestamps?: Float64Array;
}

async function readReferenceChunksData(manifest: Manifest, files: RepoFiles): Promise<ReferenceData> {
  const roles = manifest.monitoring?.chunks?.reference ?? ['reference'];
  const tables: Table[] = [];
  const datasets: string[] = [];
  let labelled = true;
  for (const role of roles) {
    const dataset = manifest.data[role];
    if (!dataset?.path) throw new LabelError(`monitoring.chunks.reference names ${role}, and data.${role}.path is not set`);
    const absolute = files.absolute(dataset.path);
    const format = formatOf(dataset.path, dataset.format);
    const read = await driftColumns(manifest, absolute, format);
    labelled &&= read.labelled;
    tables.push(await readTable(absolute, { format: format!, columns: read.columns.filter((c) => read.labelled || c.name !== manifest.data.label.column) }));
    datasets.push(dataset.path);
  }
  if (!labelled) {
    const label = manifest.data.label.column;
    for (const [i, table] of tables.entries()) tables[i] = { rowCount: table.rowCount, columns: new Map([...table.columns].filter(([name]) => name !== label)) };
  }
  return { table: concatTables(tables), labelled, datasets };
}

/**
 * NannyML's reference period: the rows of the current chunks up to `until`, with their labels as the label
 * column (every one needs its label: the performance bands are realised metrics there), in time order.
 */
function referencePeriod(manifest: Manifest, current: CurrentData, chunking: Chunking, timestamps: Float64Array | undefined, until: string, labels: LabelRows | undefined): ReferenceData {
  const at = chunking.chunks.findIndex((chunk) => chunk.key === until);
  const keys = chunking.chunks.map((chunk) => chunk.key);
  if (at < 0) throw new LabelError(`monitoring.chunks.reference_until '${until}' is not a chunk of the current data (its chunks: ${keys.length > 0 ? `${keys[0]} to ${keys.at(-1)}` : 'none'})`);
  const rows = Uint32Array.from(chunking.chunks.slice(0, at + 1).flatMap((chunk) => Array.from(chunk.rows))).sort();
  const columns = new Map<string, Column>();
  for (const [name, column] of current.table.columns) if (name !== manifest.data.label.column) columns.set(name, subsetColumn(column, rows));
  const dataset = `${current.read.dataset} (chunks ${keys[0]} to ${until})`;
  let labelled = false;
  if (labels && current.keys.id) {
    const joined = joinLabels(labels, idsOf(subsetColumn(current.keys.id, rows)));
    const missing = joined.values.filter((v) => Number.isNaN(v)).length;
    if (missing > 0) throw new LabelError(`monitoring.chunks.reference_until '${until}': ${missing} of the ${rows.length} rows of the reference period have no label in monitoring.labels; end the reference period where the labels have arrived`);
    columns.set(manifest.data.label.column, labelColumn(manifest, joined.values));
    labelled = true;
  }
  return { table: { rowCount: rows.length, columns }, labelled, datasets: [dataset], ...(timestamps ? { timestamps: Float64Array.from(rows, (row) => timestamps[row]!) } : {}) };
}

/** Label values (0/1, class indices, targets) back as a label column the truth readers take. */
function labelColumn(manifest: Manifest, values: Float64Array): Column {
  const name = manifest.data.label.column;
  const task = manifest.problem.task;
  if (task === 'regression') return { name, kind: 'numeric', values };
  const classes = task === 'binary-classification' ? ['not ' + String(manifest.data.label.positive), String(manifest.data.label.positive)] : (manifest.data.label.classes ?? []).map(String);
  return { name, kind: 'categorical', categories: classes, codes: Int32Array.from(values) };
}

/** A label column as the series' values: 0/1, a class index, or the target. */
function truthValues(manifest: Manifest, column: Column): Float64Array {
  const task = manifest.problem.task;
  if (task === 'binary-classification') return Float64Array.from(binaryTruth(column, manifest.data.label.positive!));
  if (task === 'multiclass-classification') return Float64Array.from(multiclassTruth(column, manifest.data.label.classes ?? []));
  return regressionTruth(column);
}

/** monitoring.labels, read afresh: ids (as text) and label values. */
async function readLabels(manifest: Manifest, files: RepoFiles, workspace: string | undefined, progress: (m: string) => void): Promise<LabelRows | undefined> {
  const labels = manifest.monitoring?.labels;
  if (!labels) return undefined;
  const column = labels.column ?? manifest.data.label.column;
  const id = labels.id ?? manifest.monitoring?.current?.id;
  if (id === undefined) throw new LabelError('monitoring.labels: no id column (monitoring.labels.id or monitoring.current.id) to join the labels on');
  const { path, glob, query, relative_to, format } = labels;
  const spec: CurrentSpec = { source: { ...(path ? { path } : {}), ...(glob ? { glob } : {}), ...(query ? { query } : {}), ...(relative_to ? { relative_to } : {}), ...(format ? { format } : {}) }, field: 'monitoring.labels' };
  const read = await readCurrent(spec, { features: [], label: { name: column, kind: manifest.problem.task === 'regression' ? 'numeric' : 'categorical' }, id }, { files, ...(workspace ? { workspace } : {}), progress });
  const values = read.table.columns.get(column);
  if (!read.labelled || !values) throw new LabelError(`monitoring.labels (${read.read.dataset}) has no label column '${column}' in every file`);
  let truth: Float64Array;
  try {
    truth = truthValues(manifest, values);
  } catch (error) {
    if (error instanceof LabelError) throw new LabelError(`monitoring.labels (${read.read.dataset}): ${error.message}`);
    throw error;
  }
  const ids = idsOf(read.keys.id!);
  const kept: string[] = [];
  const keptValues: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] === undefined) continue;
    kept.push(ids[i]!);
    keptValues.push(truth[i]!);
  }
  return { ids: kept, values: Float64Array.from(keptValues) };
}

const withColumn = (table: Table, name: string, column: Column): Table => ({ rowCount: table.rowCount, columns: new Map([...table.columns, [name, { ...column, name }]]) });

export interface SeriesContext {
  manifest: Manifest;
  files: RepoFiles;
  runner: ModelRunner;
  current: CurrentData;
  workspace?: string;
  seed: number;
  progress: (message: string) => void;
}

/** This run's series over its current data. */
export async function measureSeries(context: SeriesContext): Promise<MonitoringSeries> {
  const { manifest, files, runner, current, seed, progress } = context;
  const name = manifest.metadata.name;
  const chunks = manifest.monitoring!.chunks!;
  const spec = chunkSpecOf(chunks);
  const stamps = current.keys.timestamp;
  if (spec.by === 'period' && !stamps) throw new LabelError(`monitoring.chunks.period needs the timestamp column monitoring.current.timestamp in the current data`);
  const timestamps = stamps && (stamps.kind === 'numeric' || stamps.kind === 'categorical') ? timestampValues(stamps, spec.by === 'period' && spec.timeZone ? { timeZone: spec.timeZone } : {}) : undefined;
  const chunking = chunkRows(spec, current.table.rowCount, timestamps, chunks.min_rows !== undefined ? { minRows: chunks.min_rows } : {});
  progress(`${name}: ${chunking.chunks.length} chunks of ${current.read.dataset}`);

  const labels = await readLabels(manifest, files, context.workspace, (m) => progress(`${name}: ${m}`));
  const reference = chunks.reference_until !== undefined ? referencePeriod(manifest, current, chunking, timestamps, chunks.reference_until, labels) : await readReferenceChunksData(manifest, files);
  progress(`${name}: running the model on ${reference.datasets.join(' + ')} and the current data`);
  const referencePrediction = await runner.predict(reference.table);
  const currentPrediction = await runner.predict(current.table);
  let referenceTable = reference.table;
  let currentTable = current.table;
  const input: Omit<SeriesInput, 'reference' | 'current'> = {
    chunking,
    features: manifest.data.features.map((f) => ({ name: f.name, kind: f.type })),
    ...(manifest.gates?.drift ? { drift: manifest.gates.drift } : {}),
    thresholds: thresholdRuleOf(chunks),
  };
  const labelColumn = reference.labelled ? reference.table.columns.get(manifest.data.label.column) : undefined;
  let performance: SeriesPerformance | undefined;
  if (referencePrediction.task === 'binary-classification' && currentPrediction.task === 'binary-classification') {
    referenceTable = withColumn(referenceTable, OUTPUT, { name: OUTPUT, kind: 'numeric', values: referencePrediction.score });
    currentTable = withColumn(currentTable, OUTPUT, { name: OUTPUT, kind: 'numeric', values: currentPrediction.score });
    input.prediction = OUTPUT;
    if (labelColumn) performance = { task: 'binary-classification', score: OUTPUT, referenceLabels: binaryTruth(labelColumn, manifest.data.label.positive!), threshold: referencePrediction.threshold, seed };
  } else if (referencePrediction.task === 'regression' && currentPrediction.task === 'regression') {
    referenceTable = withColumn(referenceTable, OUTPUT, { name: OUTPUT, kind: 'numeric', values: referencePrediction.prediction });
    currentTable = withColumn(currentTable, OUTPUT, { name: OUTPUT, kind: 'numeric', values: currentPrediction.prediction });
    input.prediction = OUTPUT;
    if (labelColumn) performance = { task: 'regression', prediction: OUTPUT, referenceLabels: regressionTruth(labelColumn) };
  } else if (referencePrediction.task === 'multiclass-classification' && currentPrediction.task === 'multiclass-classification') {
    const k = referencePrediction.classCount;
    const names = Array.from({ length: k }, (_, c) => `${OUTPUT}:${c}`);
    for (const [c, column] of names.entries()) {
      const of = (p: Float64Array, n: number): Float64Array => Float64Array.from({ length: n }, (_, i) => p[i * k + c]!);
      referenceTable = withColumn(referenceTable, column, { name: column, kind: 'numeric', values: of(referencePrediction.probabilities, referenceTable.rowCount) });
      currentTable = withColumn(currentTable, column, { name: column, kind: 'numeric', values: of(currentPrediction.probabilities, currentTable.rowCount) });
    }
    if (labelColumn) performance = { task: 'multiclass-classification', probabilities: names, referenceLabels: multiclassTruth(labelColumn, manifest.data.label.classes ?? []), seed };
  }
  if (performance) input.performance = performance;
  if (labels) {
    if (!current.keys.id) throw new LabelError('monitoring.labels are joined by monitoring.current.id, and the current data has no id column');
    currentTable = withColumn(currentTable, ID, current.keys.id);
    input.labels = { rows: labels, idColumn: ID };
  }
  if (reference.timestamps) input.referenceTimestamps = reference.timestamps;
  progress(`${name}: per-chunk signals against ${reference.datasets.join(' + ')}`);
  return monitoringSeries({ ...input, reference: referenceTable, current: currentTable });
}

/** One digest of everything read: the source's own when there is one, else SHA-256 over the sources' digests. */
export function readDigest(read: CurrentRead): string {
  const sources = read.sources ?? [];
  if (sources.length === 1) return sources[0]!.sha256;
  return sha256Hex(sources.map((source) => `${source.sha256}\n`).join(''));
}

export interface LogContext {
  repo: string;
  /** Fetch the log from this remote first (and push to it when appending). */
  remote?: string;
}

/** The model's records in the log; a log that cannot be read is a problem to report, not a failed run. */
export async function readLog(context: LogContext, model: string): Promise<{ records: MonitoringLogRecord[]; problem?: string }> {
  try {
    return { records: await readMonitoringLog(context.repo, model, context.remote !== undefined ? { remote: context.remote } : {}) };
  } catch (error) {
    if (error instanceof MonitoringLogError) return { records: [], problem: error.message };
    throw error;
  }
}

/** The remote the log goes to: origin when the repository has one. */
export async function defaultLogRemote(repo: string): Promise<string | undefined> {
  return (await hasOrigin(repo).catch(() => false)) ? 'origin' : undefined;
}

export const headCommit = (repo: string): Promise<string | undefined> => commitOf(repo, 'HEAD').catch(() => undefined);

export interface AppendContext extends LogContext {
  run: string;
  commit: string;
  now: Date;
}

/** Appends this run's chunks of one model that are new or changed; returns how many records were appended and left out. */
export async function appendSeries(context: AppendContext, manifest: Manifest, series: MonitoringSeries, read: CurrentRead): Promise<{ appended: number; unchanged: number }> {
  const records = seriesLogRecords(series, {
    model: manifest.metadata.name,
    version: manifest.metadata.version,
    run: context.run,
    commit: context.commit,
    time: context.now.toISOString(),
    source: { digest: readDigest(read), rows: read.rows, description: read.dataset },
  });
  if (records.length === 0) return { appended: 0, unchanged: 0 };
  const { appended, unchanged } = await appendNewToMonitoringLog(context.repo, records, context.remote !== undefined ? { remote: context.remote } : {});
  return { appended, unchanged };
}

export { MONITORING_BRANCH };
