// Model outputs -> predictions: which tensor output holds the prediction (checked against the model
// once, at open), and reading it batch by batch into the result arrays, checking every value.
import type { RunnerSpec } from '../../core/manifest/runner-spec.js';
import { OnnxModelError, type BadRows } from './errors.js';
import type { ZipMapNode } from './graph.js';
import { describeValue, describeValues, isFloatType, quoteList, shapeText, type ModelValueInfo } from './model-info.js';
import type { OrtTensor } from './runtime.js';

export interface BinaryPrediction {
  task: 'binary-classification';
  rowCount: number;
  /** P(positive class) per row. */
  score: Float64Array;
  /** 1 where score >= threshold: never the model's own label output (binary tree-ensemble labels can be wrong). */
  yPred: Uint8Array;
  threshold: number;
}

export interface MulticlassPrediction {
  task: 'multiclass-classification';
  rowCount: number;
  classCount: number;
  /** Row-major [rowCount, classCount]: probabilities[row * classCount + class]. */
  probabilities: Float64Array;
  /** Index of the most probable class (the first on ties). */
  yPred: Int32Array;
}

export interface RegressionPrediction {
  task: 'regression';
  rowCount: number;
  prediction: Float64Array;
}

export type Prediction = BinaryPrediction | MulticlassPrediction | RegressionPrediction;

export interface OutputPlan {
  task: RunnerSpec['task'];
  /** The tensor output read; the only output requested from onnxruntime. */
  output: string;
  /** Binary: the positive-class column of an [N, C] output, when the manifest sets it. */
  scoreColumn?: number;
  threshold: number;
  classCount?: number;
}

const ZIPMAP_HINT =
  "onnxruntime-node cannot return non-tensor (sequence or map) outputs; export the probabilities as a tensor output (skl2onnx: options={id(model): {'zipmap': False}}), or add the tensor that feeds the ZipMap to the graph outputs";

/**
 * Picks the output that holds the prediction and checks what the manifest names against the model.
 * `zipMaps` are the graph's ZipMap nodes, whose input tensors the runner has made graph outputs: a
 * manifest naming a ZipMap output reads the tensor that feeds it.
 */
export function planOutputs(modelPath: string, spec: RunnerSpec, outputs: readonly ModelValueInfo[], zipMaps: readonly ZipMapNode[] = []): OutputPlan {
  const named = (field: string, name: string | undefined): ModelValueInfo | undefined => {
    if (name === undefined) return undefined;
    const source = zipMaps.find((zipMap) => zipMap.output === name)?.input;
    const output = outputs.find((candidate) => candidate.name === (source !== undefined && outputs.some((o) => o.name === source) ? source : name));
    if (!output) throw new OnnxModelError(modelPath, 'unknown-output', `artifact.outputs.${field} is '${name}', but the model has no such output; its outputs: ${describeValues(outputs)}`);
    if (!output.isTensor) {
      const tensors = candidates(outputs, spec.outputs.label);
      const instead = tensors.length > 0 ? `; set artifact.outputs.${field} to a tensor output: ${quoteList(tensors.map((t) => t.name))}` : `. ${ZIPMAP_HINT}`;
      throw new OnnxModelError(modelPath, 'output-not-tensor', `artifact.outputs.${field} is '${name}', which is not a tensor (a sequence or map, e.g. a ZipMap)${instead}`);
    }
    return output;
  };
  // A named label must exist and be a tensor, though the runner never reads it.
  named('label', spec.outputs.label);

  const field = spec.task === 'regression' ? 'prediction' : 'score';
  let output = named(field, spec.task === 'regression' ? spec.outputs.prediction : spec.outputs.score);
  if (!output) {
    const found = candidates(outputs, spec.outputs.label);
    const probabilities = found.filter((candidate) => /prob/i.test(candidate.name));
    if (found.length === 1) output = found[0];
    else if (spec.task !== 'regression' && probabilities.length === 1) output = probabilities[0];
    else if (found.length === 0) {
      const hasZipMap = outputs.some((candidate) => !candidate.isTensor);
      throw new OnnxModelError(
        modelPath,
        'no-tensor-output',
        `no float tensor output can hold the ${field}; the model's outputs: ${describeValues(outputs)}${hasZipMap ? `. ${ZIPMAP_HINT}` : ''}`,
      );
    } else {
      throw new OnnxModelError(modelPath, 'ambiguous-output', `the model has several outputs that could hold the ${field} (${describeValues(found)}): name one in artifact.outputs.${field}`);
    }
  }
  const resolved = output!;
  if (resolved.type !== undefined && !isNumericType(resolved.type)) {
    throw new OnnxModelError(modelPath, 'output-type', `output '${resolved.name}' holds ${resolved.type}; the ${field} must be numeric`);
  }
  const plan: OutputPlan = { task: spec.task, output: resolved.name, threshold: spec.threshold };
  if (spec.outputs.scoreColumn !== undefined) plan.scoreColumn = spec.outputs.scoreColumn;
  if (spec.classCount !== undefined) plan.classCount = spec.classCount;
  checkDeclaredShape(modelPath, plan, resolved);
  return plan;
}

/**
 * The manifest's classes against the class of each score column as the graph records it (a ZipMap's
 * or a classifier's labels): a positive class read from the wrong column inverts every metric.
 */
export function checkClassOrder(modelPath: string, spec: RunnerSpec, plan: OutputPlan, labels: readonly (string | number)[]): void {
  const shown = labels.map(String).join(', ');
  if (spec.task === 'binary-classification' && spec.positive !== undefined && labels.length === 2) {
    const index = labels.findIndex((label) => String(label) === String(spec.positive));
    if (index === -1) throw new OnnxModelError(modelPath, 'class-mismatch', `data.label.positive is '${String(spec.positive)}', which is not one of the model's classes (${shown})`);
    const column = plan.scoreColumn ?? 1;
    if (column !== index) {
      throw new OnnxModelError(
        modelPath,
        'class-mismatch',
        `artifact.outputs.score_column is ${column}${plan.scoreColumn === undefined ? ' (the default)' : ''}, but column ${column} of '${plan.output}' is class '${String(labels[column])}' (the model's classes: ${shown}): set score_column: ${index} for the positive class '${String(spec.positive)}'`,
      );
    }
  }
  if (spec.task === 'multiclass-classification' && spec.classes !== undefined) {
    const same = spec.classes.length === labels.length && spec.classes.every((c, i) => String(c) === String(labels[i]));
    if (!same) {
      throw new OnnxModelError(modelPath, 'class-mismatch', `data.label.classes is [${spec.classes.map(String).join(', ')}], but the columns of '${plan.output}' are the model's classes [${shown}]: list them in the model's order`);
    }
  }
}

/** Float tensor outputs other than the label: the outputs that can hold probabilities or a prediction. */
function candidates(outputs: readonly ModelValueInfo[], label: string | undefined): ModelValueInfo[] {
  return outputs.filter((output) => output.isTensor && output.name !== label && (output.type === undefined || isFloatType(output.type)));
}

// float16 arrives as raw bits (Uint16Array): a model must cast it to float32 for us to read it.
function isNumericType(type: string): boolean {
  return type !== 'string' && type !== 'bool' && type !== 'float16';
}

function checkDeclaredShape(modelPath: string, plan: OutputPlan, output: ModelValueInfo): void {
  const dims = output.dims ?? [];
  if (dims.length === 0) return;
  checkWidth(modelPath, plan, output.name, dims.length, dims[1], shapeText(dims));
}

/** Checks rank and width (a number, or a symbolic name when not yet known) of the prediction output. */
function checkWidth(modelPath: string, plan: OutputPlan, name: string, rank: number, width: number | string | undefined, shape: string): void {
  const fail = (detail: string): never => {
    throw new OnnxModelError(modelPath, 'output-shape', `output '${name}' has shape ${shape}; ${detail}`);
  };
  if (rank < 1 || rank > 2) fail(`the ${plan.task === 'regression' ? 'prediction' : 'score'} must be [N] or [N, columns]`);
  const known = typeof width === 'number' ? width : rank === 1 ? 1 : undefined;
  if (known === undefined) return;
  if (plan.task === 'regression') {
    if (known !== 1) fail('a regression prediction must be one value per row ([N] or [N, 1]); multi-target regression is not supported');
  } else if (plan.task === 'multiclass-classification') {
    if (rank !== 2) fail('multiclass classification needs one probability per class ([N, classes])');
    if (plan.classCount !== undefined && known !== plan.classCount) fail(`data.label.classes lists ${plan.classCount} classes, but the output has ${known} columns`);
  } else if (known === 1) {
    if (plan.scoreColumn !== undefined && plan.scoreColumn !== 0) fail(`artifact.outputs.score_column is ${plan.scoreColumn}, but the output has one value per row`);
  } else if ((plan.scoreColumn ?? 1) >= known) {
    fail(`artifact.outputs.score_column is ${plan.scoreColumn ?? 1}${plan.scoreColumn === undefined ? ' (the default)' : ''}, but the output has ${known} columns`);
  }
}

/** Counts rows with bad values; keeps the first. */
class BadRowCounter {
  count = 0;
  firstRow = -1;
  firstValue = Number.NaN;
  private lastRow = -1;

  note(row: number, value: number): void {
    if (row === this.lastRow) return;
    this.lastRow = row;
    if (this.count === 0) {
      this.firstRow = row;
      this.firstValue = value;
    }
    this.count++;
  }
}

// Float rounding can put a probability a hair outside [0, 1]; anything further is not a probability.
const PROBABILITY_TOLERANCE = 1e-6;

/** Reads the prediction output of every batch into one result, then checks it. */
export class PredictionCollector {
  private readonly values: Float64Array;
  private readonly labels: Uint8Array | Int32Array | undefined;
  private classCount: number | undefined;
  private probabilities: Float64Array | undefined;
  private readonly nonFinite = new BadRowCounter();
  private readonly outOfRange = new BadRowCounter();

  constructor(
    private readonly modelPath: string,
    private readonly plan: OutputPlan,
    private readonly rowCount: number,
  ) {
    this.values = new Float64Array(plan.task === 'multiclass-classification' ? 0 : rowCount);
    this.labels = plan.task === 'binary-classification' ? new Uint8Array(rowCount) : plan.task === 'multiclass-classification' ? new Int32Array(rowCount) : undefined;
  }

  /** Takes rows [start, start + rows) from one run's output tensor (which may hold padding rows after them). */
  take(tensor: OrtTensor, start: number, rows: number): void {
    const { dims } = tensor;
    const name = this.plan.output;
    if (dims.length < 1 || dims.length > 2 || dims[0]! < rows) {
      throw new OnnxModelError(this.modelPath, 'output-shape', `output '${name}' came back with shape ${shapeText(dims)} for a batch of ${rows} rows; expected [${rows}] or [${rows}, columns]`);
    }
    const width = dims.length === 1 ? 1 : dims[1]!;
    checkWidth(this.modelPath, this.plan, name, dims.length, width, shapeText(dims));
    const data = numericData(this.modelPath, name, tensor);

    if (this.plan.task === 'multiclass-classification') {
      this.takeClasses(data, width, start, rows);
      return;
    }
    const column = width === 1 ? 0 : (this.plan.scoreColumn ?? 1);
    const { values } = this;
    const end = start + rows;
    if (width === 1 && (data instanceof Float32Array || data instanceof Float64Array)) values.set(data.subarray(0, rows), start);
    else for (let row = start, at = column; row < end; row++, at += width) values[row] = data[at]!;
    if (this.plan.task === 'binary-classification') this.checkScores(start, end);
    else this.checkFinite(start, end);
  }

  // Separate monomorphic passes over the Float64Array: one range test per value on the fast path.
  private checkScores(start: number, end: number): void {
    const values = this.values;
    const threshold = this.plan.threshold;
    const labels = this.labels as Uint8Array;
    for (let row = start; row < end; row++) {
      const value = values[row]!;
      if (!(value >= -PROBABILITY_TOLERANCE && value <= 1 + PROBABILITY_TOLERANCE)) this.noteBadProbability(row, value);
      labels[row] = value >= threshold ? 1 : 0;
    }
  }

  private checkFinite(start: number, end: number): void {
    const values = this.values;
    for (let row = start; row < end; row++) {
      const value = values[row]!;
      if (value - value !== 0) this.nonFinite.note(row, value);
    }
  }

  /** The slow path of a probability outside [0, 1]: NaN and infinities count as non-finite. */
  private noteBadProbability(row: number, value: number): void {
    if (Number.isFinite(value)) this.outOfRange.note(row, value);
    else this.nonFinite.note(row, value);
  }

  private takeClasses(data: ArrayLike<number>, width: number, start: number, rows: number): void {
    if (this.classCount === undefined) {
      this.classCount = width;
      this.probabilities = new Float64Array(this.rowCount * width);
    } else if (width !== this.classCount) {
      throw new OnnxModelError(this.modelPath, 'output-shape', `output '${this.plan.output}' changed width between batches (${this.classCount} then ${width} columns)`);
    }
    const probabilities = this.probabilities!;
    const labels = this.labels!;
    for (let r = 0; r < rows; r++) {
      const row = start + r;
      let best = 0;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (let c = 0, from = r * width, to = row * width; c < width; c++) {
        const value = data[from + c]!;
        probabilities[to + c] = value;
        if (!(value >= -PROBABILITY_TOLERANCE && value <= 1 + PROBABILITY_TOLERANCE)) this.noteBadProbability(row, value);
        if (value > bestValue) {
          bestValue = value;
          best = c;
        }
      }
      labels[row] = best;
    }
  }

  /** The prediction; throws when any value is NaN or infinite, or a probability is outside [0, 1]. */
  finish(): Prediction {
    const name = this.plan.output;
    if (this.nonFinite.count > 0) {
      throw new OnnxModelError(
        this.modelPath,
        'non-finite-output',
        `output '${name}' has NaN or infinite values in ${this.nonFinite.count} of ${this.rowCount} rows (first: row ${this.nonFinite.firstRow}, value ${this.nonFinite.firstValue}); ` +
          'if the data has missing values, the model must handle them (e.g. an imputer inside the graph)',
        this.badRows(this.nonFinite),
      );
    }
    if (this.outOfRange.count > 0) {
      throw new OnnxModelError(
        this.modelPath,
        'score-out-of-range',
        `output '${name}' is not a probability: ${this.outOfRange.count} of ${this.rowCount} rows are outside [0, 1] (first: row ${this.outOfRange.firstRow}, value ${this.outOfRange.firstValue}); ` +
          'artifact.outputs.score must name an output of probabilities (after Sigmoid or Softmax), not raw scores',
        this.badRows(this.outOfRange),
      );
    }
    const { rowCount } = this;
    if (this.plan.task === 'binary-classification') {
      return { task: 'binary-classification', rowCount, score: this.values, yPred: this.labels as Uint8Array, threshold: this.plan.threshold };
    }
    if (this.plan.task === 'multiclass-classification') {
      const classCount = this.classCount ?? this.plan.classCount ?? 0;
      return { task: 'multiclass-classification', rowCount, classCount, probabilities: this.probabilities ?? new Float64Array(0), yPred: this.labels as Int32Array };
    }
    return { task: 'regression', rowCount, prediction: this.values };
  }

  private badRows(counter: BadRowCounter): BadRows {
    return { output: this.plan.output, count: counter.count, firstRow: counter.firstRow, firstValue: counter.firstValue };
  }
}

function numericData(modelPath: string, name: string, tensor: OrtTensor): ArrayLike<number> {
  const data = tensor.data;
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) return Float64Array.from(data, Number);
  if (Array.isArray(data) || !isNumericType(tensor.type)) throw new OnnxModelError(modelPath, 'output-type', `output '${name}' holds ${tensor.type} values; the prediction must be numeric`);
  return data as ArrayLike<number>;
}
