// Table columns -> model inputs: which columns fill which input (checked against the model once, at
// open), and the typed arrays refilled for every batch without building row objects.
import { MISSING_CODE, type CategoricalColumn, type Column, type NumericColumn, type Table } from '../../core/data/table.js';
import type { RunnerColumn, RunnerSpec } from '../../core/manifest/runner-spec.js';
import { OnnxModelError } from './errors.js';
import { describeValues, isFloatType, quoteList, shapeText, type ModelValueInfo } from './model-info.js';
import type { Feeds, OnnxRuntime, OrtTensor } from './runtime.js';

/** One model input and the columns that fill it. */
export interface InputBinding {
  input: string;
  type: 'float32' | 'float64' | 'string';
  /** Shape of one row: [k] for an [N, k] input, [] for an [N] input. */
  rowShape: number[];
  /** Values per row. */
  width: number;
  columns: RunnerColumn[];
}

export interface InputPlan {
  bindings: InputBinding[];
  /** Rows per run when the model declares a fixed batch dimension (e.g. [1, 3]). */
  fixedBatch?: number;
}

/** Checks the spec against the model's declared inputs and decides how each input is filled. */
export function planInputs(modelPath: string, spec: RunnerSpec, inputs: readonly ModelValueInfo[]): InputPlan {
  const bindings = spec.layout === 'tensor' ? [tensorBinding(modelPath, spec, inputs)] : columnBindings(modelPath, spec, inputs);
  const plan: InputPlan = { bindings };
  for (const binding of bindings) {
    const first = inputs.find((input) => input.name === binding.input)?.dims?.[0];
    if (typeof first === 'number' && first > 0) {
      if (plan.fixedBatch !== undefined && plan.fixedBatch !== first) {
        throw new OnnxModelError(modelPath, 'shape-mismatch', `the model's inputs declare different fixed batch sizes (${plan.fixedBatch} and ${first}): ${describeValues(inputs)}`);
      }
      plan.fixedBatch = first;
    }
  }
  return plan;
}

function tensorBinding(modelPath: string, spec: RunnerSpec, inputs: readonly ModelValueInfo[]): InputBinding {
  const categorical = spec.columns.filter((column) => column.kind === 'categorical').map((column) => column.name);
  if (categorical.length > 0) {
    throw new OnnxModelError(
      modelPath,
      'categorical-in-tensor',
      `layout tensor feeds one float tensor, but feature${categorical.length > 1 ? 's' : ''} ${quoteList(categorical)} ${categorical.length > 1 ? 'are' : 'is'} categorical: ` +
        'encode categories inside the model and use layout: columns (one input per column), or declare the feature numeric',
    );
  }
  let input: ModelValueInfo | undefined;
  if (spec.inputName !== undefined) {
    input = inputs.find((candidate) => candidate.name === spec.inputName);
    if (!input) {
      throw new OnnxModelError(modelPath, 'input-mismatch', `artifact.inputs.name is '${spec.inputName}', but the model has no such input; its inputs: ${describeValues(inputs)}`);
    }
  }
  if (inputs.length !== 1) {
    const fed = input ? `only '${input.name}'` : 'one';
    throw new OnnxModelError(
      modelPath,
      'input-mismatch',
      `the model takes ${inputs.length} inputs (${describeValues(inputs)}), but layout tensor feeds ${fed}: ` +
        (inputs.length === 0 ? 'a model without inputs cannot be evaluated' : 'use layout: columns to feed one input per column'),
    );
  }
  input = inputs[0]!;
  if (!input.isTensor) throw new OnnxModelError(modelPath, 'input-type', `input '${input.name}' is not a tensor; layout tensor feeds an [N, k] float tensor`);

  let type: 'float32' | 'float64';
  if (input.type === undefined) type = spec.dtype ?? 'float32';
  else if (isFloatType(input.type)) {
    if (spec.dtype !== undefined && spec.dtype !== input.type) {
      throw new OnnxModelError(modelPath, 'input-type', `artifact.inputs.dtype is ${spec.dtype}, but input '${input.name}' takes ${input.type}: set artifact.inputs.dtype: ${input.type}`);
    }
    type = input.type;
  } else {
    throw new OnnxModelError(modelPath, 'input-type', `input '${input.name}' takes ${input.type}; layout tensor feeds float32 or float64: cast inside the model`);
  }

  const k = spec.columns.length;
  const dims = input.dims ?? [];
  if (dims.length > 0) {
    if (dims.length !== 2) {
      throw new OnnxModelError(modelPath, 'shape-mismatch', `input '${input.name}' has shape ${shapeText(dims)}; layout tensor feeds a two-dimensional [N, ${k}] tensor`);
    }
    const width = dims[1];
    if (typeof width === 'number' && width !== k) {
      throw new OnnxModelError(
        modelPath,
        'shape-mismatch',
        `input '${input.name}' takes ${width} features per row (shape ${shapeText(dims)}), but the manifest declares ${k}: ${quoteList(spec.columns.map((c) => c.name))}; ` +
          'list exactly the model\'s features, in its order, in artifact.inputs.columns (default: data.features)',
      );
    }
  }
  return { input: input.name, type, rowShape: [k], width: k, columns: spec.columns };
}

function columnBindings(modelPath: string, spec: RunnerSpec, inputs: readonly ModelValueInfo[]): InputBinding[] {
  const inputNameOf = (column: RunnerColumn): string => spec.inputNames?.[column.name] ?? column.name;
  const byName = new Map(inputs.map((input) => [input.name, input]));
  const fed = spec.columns.map(inputNameOf);
  const missing = inputs.filter((input) => !fed.includes(input.name)).map((input) => input.name);
  const unknown = spec.columns.filter((column) => !byName.has(inputNameOf(column)));
  const duplicated = fed.filter((name, i) => fed.indexOf(name) !== i);
  if (missing.length > 0 || unknown.length > 0 || duplicated.length > 0) {
    const parts = [`the model's inputs (${inputs.length}) do not match the manifest's columns (${spec.columns.length})`];
    parts.push(`expected by the model: ${quoteList(inputs.map((i) => i.name))}`);
    parts.push(`provided: ${quoteList(fed)}`);
    if (missing.length > 0) parts.push(`not fed: ${quoteList(missing)}`);
    if (unknown.length > 0) {
      parts.push(`not model inputs: ${unknown.map((c) => (inputNameOf(c) === c.name ? `'${c.name}'` : `'${inputNameOf(c)}' (column '${c.name}')`)).join(', ')}`);
    }
    if (duplicated.length > 0) parts.push(`fed twice: ${quoteList([...new Set(duplicated)])}`);
    throw new OnnxModelError(modelPath, 'input-mismatch', `${parts.join('; ')}. Map columns to input names with artifact.inputs.names`);
  }

  return spec.columns.map((column): InputBinding => {
    const input = byName.get(inputNameOf(column))!;
    const feeding = `column '${column.name}' (${column.kind})`;
    if (!input.isTensor) throw new OnnxModelError(modelPath, 'input-type', `input '${input.name}' is not a tensor; ${feeding} is fed as an [N, 1] tensor`);
    let type: InputBinding['type'];
    if (column.kind === 'categorical') {
      if (input.type !== undefined && input.type !== 'string') {
        throw new OnnxModelError(modelPath, 'input-type', `input '${input.name}' takes ${input.type}, but ${feeding} is fed as strings: declare the feature numeric, or encode it inside the model`);
      }
      type = 'string';
    } else if (input.type === undefined) type = 'float32';
    else if (isFloatType(input.type)) type = input.type;
    else {
      throw new OnnxModelError(modelPath, 'input-type', `input '${input.name}' takes ${input.type}, but ${feeding} is fed as float32 or float64: cast inside the model${input.type === 'string' ? ', or declare the feature categorical' : ''}`);
    }
    const dims = input.dims ?? [];
    let rowShape: number[];
    if (dims.length === 0 || (dims.length === 2 && (typeof dims[1] !== 'number' || dims[1] === 1))) rowShape = [1];
    else if (dims.length === 1) rowShape = [];
    else {
      throw new OnnxModelError(modelPath, 'shape-mismatch', `input '${input.name}' has shape ${shapeText(dims)}; layout columns feeds one value per row ([N, 1] or [N])`);
    }
    return { input: input.name, type, rowShape, width: 1, columns: [column] };
  });
}

/** The table columns each binding reads, in binding order. */
export function resolveColumns(modelPath: string, plan: InputPlan, table: Table): Column[][] {
  return plan.bindings.map((binding) =>
    binding.columns.map((wanted) => {
      const column = table.columns.get(wanted.name);
      if (!column) {
        const as = binding.input === wanted.name ? '' : ` (model input '${binding.input}')`;
        throw new OnnxModelError(modelPath, 'missing-column', `the data has no column '${wanted.name}'${as}, a feature of the model`);
      }
      if (column.kind !== wanted.kind) {
        throw new OnnxModelError(modelPath, 'column-kind', `column '${wanted.name}' was loaded as ${column.kind}, but the model takes it as ${wanted.kind}`);
      }
      return column;
    }),
  );
}

type Buffer = Float32Array | Float64Array | string[];

/** Input arrays for batches of up to `capacity` rows, allocated once and refilled per batch. */
export class FeedBuilder {
  private readonly buffers: Buffer[];
  private tail: { rows: number; buffers: Buffer[] } | undefined;

  constructor(
    private readonly ort: OnnxRuntime,
    private readonly plan: InputPlan,
    /** Rows per run; with a fixed batch dimension every run has exactly this many (short batches are padded). */
    readonly capacity: number,
  ) {
    this.buffers = plan.bindings.map((binding) => allocate(binding, capacity));
  }

  /** Feeds for table rows [start, end), end - start <= capacity. */
  fill(columns: Column[][], start: number, end: number): Feeds {
    const rows = end - start;
    const runRows = this.plan.fixedBatch !== undefined ? this.capacity : rows;
    const buffers = runRows === this.capacity ? this.buffers : this.tailBuffers(runRows);
    const feeds: Record<string, OrtTensor> = {};
    this.plan.bindings.forEach((binding, b) => {
      const buffer = buffers[b]!;
      const sources = columns[b]!;
      if (Array.isArray(buffer)) fillStrings(buffer, sources[0] as CategoricalColumn, start, rows);
      else fillNumbers(buffer, sources as NumericColumn[], start, rows);
      feeds[binding.input] = new this.ort.Tensor(binding.type, buffer, [runRows, ...binding.rowShape]);
    });
    return feeds;
  }

  private tailBuffers(rows: number): Buffer[] {
    if (this.tail?.rows !== rows) {
      this.tail = { rows, buffers: this.buffers.map((buffer, b) => (Array.isArray(buffer) ? allocate(this.plan.bindings[b]!, rows) : buffer.subarray(0, rows * this.plan.bindings[b]!.width))) };
    }
    return this.tail.buffers;
  }
}

function allocate(binding: InputBinding, rows: number): Buffer {
  const size = rows * binding.width;
  if (binding.type === 'string') return new Array<string>(size).fill('');
  return binding.type === 'float64' ? new Float64Array(size) : new Float32Array(size);
}

/**
 * Row-major [rows, k] from k columns; NaN (missing) passes through for the model to handle. Copies
 * four columns per pass: four adjacent writes per row instead of one halve the time of this
 * memory-bound transpose (bench/onnx-overhead.mjs).
 */
function fillNumbers(target: Float32Array | Float64Array, sources: NumericColumn[], start: number, rows: number): void {
  const k = sources.length;
  let j = 0;
  for (; j + 4 <= k; j += 4) {
    const a = sources[j]!.values;
    const b = sources[j + 1]!.values;
    const c = sources[j + 2]!.values;
    const d = sources[j + 3]!.values;
    for (let i = start, end = start + rows, at = j; i < end; i++, at += k) {
      target[at] = a[i]!;
      target[at + 1] = b[i]!;
      target[at + 2] = c[i]!;
      target[at + 3] = d[i]!;
    }
  }
  for (; j < k; j++) {
    const values = sources[j]!.values;
    for (let i = start, end = start + rows, at = j; i < end; i++, at += k) target[at] = values[i]!;
  }
}

/** Category text per row; a missing value is the empty string. */
function fillStrings(target: string[], source: CategoricalColumn, start: number, rows: number): void {
  const { codes, categories } = source;
  for (let r = 0; r < rows; r++) {
    const code = codes[start + r]!;
    target[r] = code === MISSING_CODE ? '' : (categories[code] ?? '');
  }
}
