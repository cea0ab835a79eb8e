// Runs an ONNX model over a columnar table, in batches. The only place onnxruntime-node is used.
import { readFile, stat } from 'node:fs/promises';
import type { Table } from '../../core/data/table.js';
import type { RunnerSpec } from '../../core/manifest/runner-spec.js';
import { OnnxModelError, firstLineOf, loadError } from './errors.js';
import { exposeZipMapInputs, readOnnxGraph, type OnnxGraph } from './graph.js';
import { FeedBuilder, planInputs, resolveColumns, type InputPlan } from './inputs.js';
import { valueInfoOf, type ModelValueInfo } from './model-info.js';
import { checkClassOrder, PredictionCollector, planOutputs, type OutputPlan, type Prediction } from './outputs.js';
import { loadOnnxRuntime, type Feeds, type OnnxRuntime, type Session } from './runtime.js';

/** Rows per session.run: large enough that per-run overhead vanishes, small enough to stay in cache. */
export const DEFAULT_BATCH_SIZE = 16_384;
/** Input memory per batch at most (wide models get fewer rows per run). */
const MAX_BATCH_BYTES = 32 * 1024 * 1024;

export interface OpenOptions {
  /** Threads onnxruntime uses inside one operator. Default: onnxruntime's (one per core). */
  intraOpThreads?: number;
}

export interface PredictOptions {
  /**
   * Rows per session.run. Default DEFAULT_BATCH_SIZE, fewer when a row is wide (32 MB of input per
   * batch at most). Ignored when the model declares a fixed batch dimension.
   */
  batchSize?: number;
}

/** Model feeds for some rows, built ahead of time so that runRaw times the model alone. */
export interface PreparedInput {
  readonly rowCount: number;
}

export interface ModelRunner {
  /** The model file, as passed to openModel (it prefixes every error message). */
  readonly path: string;
  readonly inputs: readonly ModelValueInfo[];
  readonly outputs: readonly ModelValueInfo[];
  /** The output the prediction is read from: the only output requested from onnxruntime. */
  readonly predictionOutput: string;
  /** The class of each column of the score output, when the graph records them (ZipMap, ai.onnx.ml classifiers). */
  readonly classLabels: readonly (string | number)[] | undefined;
  /** Runs the model over every row of the table. */
  predict(table: Table, options?: PredictOptions): Promise<Prediction>;
  /** Builds the feeds for rows [start, end) (e.g. one row, to measure latency with runRaw). */
  prepare(table: Table, start: number, end: number): PreparedInput;
  /** One session.run on prepared feeds, requesting the prediction output only; the result is discarded. */
  runRaw(input: PreparedInput): Promise<void>;
  /** Frees the native session. Safe to call twice. */
  release(): Promise<void>;
}

/**
 * Loads an ONNX model and checks it against the spec: input names, types and shapes, and an output
 * that can hold the prediction. Loads onnxruntime-node on first use. Throws OnnxModelError.
 */
export async function openModel(modelPath: string, spec: RunnerSpec, options: OpenOptions = {}): Promise<ModelRunner> {
  const info = await stat(modelPath).catch(() => undefined);
  if (!info?.isFile()) throw new OnnxModelError(modelPath, 'model-not-found', info ? 'is not a file' : 'model file not found');

  let ort: OnnxRuntime;
  try {
    ort = await loadOnnxRuntime();
  } catch (error) {
    // The bundle (dist/) says itself which platforms it carries; reinstalling would not help there.
    if ((error as { code?: unknown })?.code === 'MODELOPS_UNSUPPORTED_PLATFORM') throw new OnnxModelError(modelPath, 'runtime-unavailable', `cannot load onnxruntime: ${firstLineOf(error)}`);
    throw new OnnxModelError(modelPath, 'runtime-unavailable', `cannot load onnxruntime-node (${firstLineOf(error)}); its native binding or libonnxruntime.so.1 is missing: reinstall onnxruntime-node (offline: with ONNXRUNTIME_NODE_INSTALL=skip; the CPU binaries ship in the npm package)`);
  }

  // A ZipMap output (skl2onnx's default) cannot come back through onnxruntime-node: fetch the tensor
  // that feeds it instead. Models with external data load from their path, which resolves that data.
  let graph: OnnxGraph | undefined;
  let source: string | Uint8Array = modelPath;
  try {
    const bytes = await readFile(modelPath);
    graph = readOnnxGraph(bytes);
    if (graph.externalData.length === 0) source = exposeZipMapInputs(bytes, graph) ?? modelPath;
  } catch {
    // Not readable as ONNX: onnxruntime says why, below.
  }

  let session: Session;
  try {
    const sessionOptions = {
      executionProviders: ['cpu'],
      // Warnings (e.g. unused initializers) would clutter CLI output; failures still throw.
      logSeverityLevel: 3,
      // onnxruntime's intra-op threads spin between runs by default: on a shared 2-core runner that burns
      // the other core and, loaded, slows every small run several-fold (issue 18: the PR gate's 230 small
      // runs). Idle threads sleep instead; large runs still use every thread.
      extra: { session: { 'intra_op.allow_spinning': '0' } },
      ...(options.intraOpThreads !== undefined ? { intraOpNumThreads: options.intraOpThreads } : {}),
    } as const;
    session = typeof source === 'string' ? await ort.InferenceSession.create(source, sessionOptions) : await ort.InferenceSession.create(source, sessionOptions);
  } catch (error) {
    throw loadError(modelPath, error);
  }

  try {
    const inputs = session.inputMetadata.map(valueInfoOf);
    const outputs = session.outputMetadata.map(valueInfoOf);
    const inputPlan = planInputs(modelPath, spec, inputs);
    const outputPlan = planOutputs(modelPath, spec, outputs, graph?.zipMaps ?? []);
    const classLabels = graph?.classLabelsByTensor.get(outputPlan.output);
    if (classLabels) checkClassOrder(modelPath, spec, outputPlan, classLabels);
    return new OnnxModelRunner(ort, session, modelPath, inputs, outputs, inputPlan, outputPlan, classLabels);
  } catch (error) {
    await session.release();
    throw error;
  }
}

interface PreparedFeeds extends PreparedInput {
  readonly feeds: Feeds;
}

class OnnxModelRunner implements ModelRunner {
  private released = false;
  private readonly fetches: string[];

  constructor(
    private readonly ort: OnnxRuntime,
    private readonly session: Session,
    readonly path: string,
    readonly inputs: readonly ModelValueInfo[],
    readonly outputs: readonly ModelValueInfo[],
    private readonly inputPlan: InputPlan,
    private readonly outputPlan: OutputPlan,
    readonly classLabels: readonly (string | number)[] | undefined,
  ) {
    this.fetches = [outputPlan.output];
  }

  get predictionOutput(): string {
    return this.outputPlan.output;
  }

  async predict(table: Table, options: PredictOptions = {}): Promise<Prediction> {
    this.checkOpen();
    const columns = resolveColumns(this.path, this.inputPlan, table);
    const rowCount = table.rowCount;
    const collector = new PredictionCollector(this.path, this.outputPlan, rowCount);
    if (rowCount === 0) return collector.finish();

    const batchSize = this.inputPlan.fixedBatch ?? Math.min(rowCount, options.batchSize === undefined ? this.defaultBatchSize() : checkedBatchSize(options.batchSize));
    const feeds = new FeedBuilder(this.ort, this.inputPlan, batchSize);
    for (let start = 0; start < rowCount; start += batchSize) {
      const end = Math.min(rowCount, start + batchSize);
      const results = await this.run(feeds.fill(columns, start, end), start, end);
      collector.take(results, start, end - start);
    }
    return collector.finish();
  }

  prepare(table: Table, start: number, end: number): PreparedInput {
    this.checkOpen();
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > table.rowCount || end <= start) {
      throw new RangeError(`prepare: rows [${start}, ${end}) are not a non-empty range of the table's ${table.rowCount} rows`);
    }
    const rows = end - start;
    const fixed = this.inputPlan.fixedBatch;
    if (fixed !== undefined && rows > fixed) {
      throw new OnnxModelError(this.path, 'shape-mismatch', `the model runs exactly ${fixed} row${fixed === 1 ? '' : 's'} at a time (fixed batch dimension); cannot prepare ${rows}`);
    }
    const columns = resolveColumns(this.path, this.inputPlan, table);
    const prepared: PreparedFeeds = { rowCount: rows, feeds: new FeedBuilder(this.ort, this.inputPlan, fixed ?? rows).fill(columns, start, end) };
    return prepared;
  }

  async runRaw(input: PreparedInput): Promise<void> {
    this.checkOpen();
    const { feeds, rowCount } = input as PreparedFeeds;
    if (feeds === undefined) throw new TypeError('runRaw: pass an input made by this runner\'s prepare()');
    await this.run(feeds, 0, rowCount);
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    await this.session.release();
  }

  private async run(feeds: Feeds, start: number, end: number) {
    let results;
    try {
      results = await this.session.run(feeds, this.fetches);
    } catch (error) {
      throw new OnnxModelError(this.path, 'run-failed', `onnxruntime failed on rows ${start}-${end - 1}: ${firstLineOf(error)}`);
    }
    const output = results[this.outputPlan.output];
    if (output === undefined) throw new OnnxModelError(this.path, 'run-failed', `onnxruntime returned no '${this.outputPlan.output}' output`);
    return output;
  }

  private defaultBatchSize(): number {
    const bytesPerRow = this.inputPlan.bindings.reduce((sum, binding) => sum + binding.width * (binding.type === 'float32' ? 4 : 8), 0);
    return Math.max(1, Math.min(DEFAULT_BATCH_SIZE, Math.floor(MAX_BATCH_BYTES / Math.max(1, bytesPerRow))));
  }

  private checkOpen(): void {
    if (this.released) throw new OnnxModelError(this.path, 'released', 'the model was released; open it again');
  }
}

function checkedBatchSize(requested: number): number {
  if (!Number.isInteger(requested) || requested < 1) throw new RangeError(`batchSize must be a positive integer, got ${requested}`);
  return requested;
}
