import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  exposeZipMapInputs,
  readOnnxGraph
} from "./chunk-4AYLJ6CH.js";
import {
  MISSING_CODE
} from "./chunk-VNFW3NFW.js";

// src/io/onnx/errors.ts
var OnnxModelError = class extends Error {
  constructor(modelPath, code, detail, badRows) {
    super(`${modelPath}: ${detail}`);
    this.modelPath = modelPath;
    this.code = code;
    this.badRows = badRows;
  }
  modelPath;
  code;
  badRows;
  name = "OnnxModelError";
};
var ORT_LOAD_PREFIX = /^Load model from .*? failed:\s*/;
var ORT_SOURCE_PREFIX = /^\/?\S*onnxruntime\S*:\d+ .*?\) (?=[A-Z])/;
function firstLineOf(error) {
  const text = error instanceof Error ? error.message : String(error);
  const line = (text.split("\n").find((l) => l.trim() !== "") ?? text).trim();
  return line.replace(ORT_LOAD_PREFIX, "").replace(ORT_SOURCE_PREFIX, "").trim();
}
function loadError(modelPath, error) {
  const reason = firstLineOf(error);
  if (/protobuf parsing failed/i.test(reason)) {
    return new OnnxModelError(modelPath, "not-onnx", `not an ONNX model: onnxruntime cannot parse the file (${reason})`);
  }
  if (/is not a registered function\/op|no opset import for domain|not implemented/i.test(reason)) {
    return new OnnxModelError(
      modelPath,
      "unsupported-operator",
      `uses an operator onnxruntime does not provide (${reason}); custom operators cannot run here: export the model with standard ai.onnx and ai.onnx.ml operators`
    );
  }
  if (/opset/i.test(reason)) {
    return new OnnxModelError(modelPath, "unsupported-opset", `uses an opset this onnxruntime does not support (${reason}); re-export the model with a released opset`);
  }
  return new OnnxModelError(modelPath, "load-failed", `onnxruntime cannot load the model (${reason})`);
}

// src/io/onnx/runtime.ts
var loading;
function disableOnnxTelemetry(env = process.env) {
  env["ORT_DISABLE_TELEMETRY"] ??= "1";
}
function loadOnnxRuntime() {
  disableOnnxTelemetry();
  loading ??= import("./dist-JZJTEGDA.js").then(
    // onnxruntime-node is CommonJS: its exports object is the default export, which is all a bundle
    // (dist/, esbuild) gives; Node's own loader adds the same properties as named exports.
    (ort) => ort.default ?? ort,
    (error) => {
      loading = void 0;
      throw error;
    }
  );
  return loading;
}
function preloadOnnxRuntime() {
  loadOnnxRuntime().catch(() => void 0);
}

// src/io/onnx/runner.ts
import { readFile, stat } from "node:fs/promises";

// src/io/onnx/model-info.ts
function valueInfoOf(metadata) {
  if (!metadata.isTensor) return { name: metadata.name, isTensor: false };
  return { name: metadata.name, isTensor: true, type: metadata.type, dims: [...metadata.shape] };
}
function shapeText(dims) {
  return `[${dims.join(", ")}]`;
}
function describeValue(value) {
  if (!value.isTensor) return `${value.name} (not a tensor: a sequence or map, e.g. a ZipMap)`;
  const shape = value.dims && value.dims.length > 0 ? ` ${shapeText(value.dims)}` : "";
  return `${value.name} (${value.type ?? "tensor"}${shape})`;
}
function describeValues(values) {
  return values.length === 0 ? "(none)" : values.map(describeValue).join(", ");
}
function isFloatType(type) {
  return type === "float32" || type === "float64";
}
function quoteList(names) {
  return names.map((name) => `'${name}'`).join(", ");
}

// src/io/onnx/inputs.ts
function planInputs(modelPath, spec, inputs) {
  const bindings = spec.layout === "tensor" ? [tensorBinding(modelPath, spec, inputs)] : columnBindings(modelPath, spec, inputs);
  const plan = { bindings };
  for (const binding of bindings) {
    const first = inputs.find((input) => input.name === binding.input)?.dims?.[0];
    if (typeof first === "number" && first > 0) {
      if (plan.fixedBatch !== void 0 && plan.fixedBatch !== first) {
        throw new OnnxModelError(modelPath, "shape-mismatch", `the model's inputs declare different fixed batch sizes (${plan.fixedBatch} and ${first}): ${describeValues(inputs)}`);
      }
      plan.fixedBatch = first;
    }
  }
  return plan;
}
function tensorBinding(modelPath, spec, inputs) {
  const categorical = spec.columns.filter((column) => column.kind === "categorical").map((column) => column.name);
  if (categorical.length > 0) {
    throw new OnnxModelError(
      modelPath,
      "categorical-in-tensor",
      `layout tensor feeds one float tensor, but feature${categorical.length > 1 ? "s" : ""} ${quoteList(categorical)} ${categorical.length > 1 ? "are" : "is"} categorical: encode categories inside the model and use layout: columns (one input per column), or declare the feature numeric`
    );
  }
  let input;
  if (spec.inputName !== void 0) {
    input = inputs.find((candidate) => candidate.name === spec.inputName);
    if (!input) {
      throw new OnnxModelError(modelPath, "input-mismatch", `artifact.inputs.name is '${spec.inputName}', but the model has no such input; its inputs: ${describeValues(inputs)}`);
    }
  }
  if (inputs.length !== 1) {
    const fed = input ? `only '${input.name}'` : "one";
    throw new OnnxModelError(
      modelPath,
      "input-mismatch",
      `the model takes ${inputs.length} inputs (${describeValues(inputs)}), but layout tensor feeds ${fed}: ` + (inputs.length === 0 ? "a model without inputs cannot be evaluated" : "use layout: columns to feed one input per column")
    );
  }
  input = inputs[0];
  if (!input.isTensor) throw new OnnxModelError(modelPath, "input-type", `input '${input.name}' is not a tensor; layout tensor feeds an [N, k] float tensor`);
  let type;
  if (input.type === void 0) type = spec.dtype ?? "float32";
  else if (isFloatType(input.type)) {
    if (spec.dtype !== void 0 && spec.dtype !== input.type) {
      throw new OnnxModelError(modelPath, "input-type", `artifact.inputs.dtype is ${spec.dtype}, but input '${input.name}' takes ${input.type}: set artifact.inputs.dtype: ${input.type}`);
    }
    type = input.type;
  } else {
    throw new OnnxModelError(modelPath, "input-type", `input '${input.name}' takes ${input.type}; layout tensor feeds float32 or float64: cast inside the model`);
  }
  const k = spec.columns.length;
  const dims = input.dims ?? [];
  if (dims.length > 0) {
    if (dims.length !== 2) {
      throw new OnnxModelError(modelPath, "shape-mismatch", `input '${input.name}' has shape ${shapeText(dims)}; layout tensor feeds a two-dimensional [N, ${k}] tensor`);
    }
    const width = dims[1];
    if (typeof width === "number" && width !== k) {
      throw new OnnxModelError(
        modelPath,
        "shape-mismatch",
        `input '${input.name}' takes ${width} features per row (shape ${shapeText(dims)}), but the manifest declares ${k}: ${quoteList(spec.columns.map((c) => c.name))}; list exactly the model's features, in its order, in artifact.inputs.columns (default: data.features)`
      );
    }
  }
  return { input: input.name, type, rowShape: [k], width: k, columns: spec.columns };
}
function columnBindings(modelPath, spec, inputs) {
  const inputNameOf = (column) => spec.inputNames?.[column.name] ?? column.name;
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
      parts.push(`not model inputs: ${unknown.map((c) => inputNameOf(c) === c.name ? `'${c.name}'` : `'${inputNameOf(c)}' (column '${c.name}')`).join(", ")}`);
    }
    if (duplicated.length > 0) parts.push(`fed twice: ${quoteList([...new Set(duplicated)])}`);
    throw new OnnxModelError(modelPath, "input-mismatch", `${parts.join("; ")}. Map columns to input names with artifact.inputs.names`);
  }
  return spec.columns.map((column) => {
    const input = byName.get(inputNameOf(column));
    const feeding = `column '${column.name}' (${column.kind})`;
    if (!input.isTensor) throw new OnnxModelError(modelPath, "input-type", `input '${input.name}' is not a tensor; ${feeding} is fed as an [N, 1] tensor`);
    let type;
    if (column.kind === "categorical") {
      if (input.type !== void 0 && input.type !== "string") {
        throw new OnnxModelError(modelPath, "input-type", `input '${input.name}' takes ${input.type}, but ${feeding} is fed as strings: declare the feature numeric, or encode it inside the model`);
      }
      type = "string";
    } else if (input.type === void 0) type = "float32";
    else if (isFloatType(input.type)) type = input.type;
    else {
      throw new OnnxModelError(modelPath, "input-type", `input '${input.name}' takes ${input.type}, but ${feeding} is fed as float32 or float64: cast inside the model${input.type === "string" ? ", or declare the feature categorical" : ""}`);
    }
    const dims = input.dims ?? [];
    let rowShape;
    if (dims.length === 0 || dims.length === 2 && (typeof dims[1] !== "number" || dims[1] === 1)) rowShape = [1];
    else if (dims.length === 1) rowShape = [];
    else {
      throw new OnnxModelError(modelPath, "shape-mismatch", `input '${input.name}' has shape ${shapeText(dims)}; layout columns feeds one value per row ([N, 1] or [N])`);
    }
    return { input: input.name, type, rowShape, width: 1, columns: [column] };
  });
}
function resolveColumns(modelPath, plan, table) {
  return plan.bindings.map(
    (binding) => binding.columns.map((wanted) => {
      const column = table.columns.get(wanted.name);
      if (!column) {
        const as = binding.input === wanted.name ? "" : ` (model input '${binding.input}')`;
        throw new OnnxModelError(modelPath, "missing-column", `the data has no column '${wanted.name}'${as}, a feature of the model`);
      }
      if (column.kind !== wanted.kind) {
        throw new OnnxModelError(modelPath, "column-kind", `column '${wanted.name}' was loaded as ${column.kind}, but the model takes it as ${wanted.kind}`);
      }
      return column;
    })
  );
}
var FeedBuilder = class {
  constructor(ort, plan, capacity) {
    this.ort = ort;
    this.plan = plan;
    this.capacity = capacity;
    this.buffers = plan.bindings.map((binding) => allocate(binding, capacity));
  }
  ort;
  plan;
  capacity;
  buffers;
  tail;
  /** Feeds for table rows [start, end), end - start <= capacity. */
  fill(columns, start, end) {
    const rows = end - start;
    const runRows = this.plan.fixedBatch !== void 0 ? this.capacity : rows;
    const buffers = runRows === this.capacity ? this.buffers : this.tailBuffers(runRows);
    const feeds = {};
    this.plan.bindings.forEach((binding, b) => {
      const buffer = buffers[b];
      const sources = columns[b];
      if (Array.isArray(buffer)) fillStrings(buffer, sources[0], start, rows);
      else fillNumbers(buffer, sources, start, rows);
      feeds[binding.input] = new this.ort.Tensor(binding.type, buffer, [runRows, ...binding.rowShape]);
    });
    return feeds;
  }
  tailBuffers(rows) {
    if (this.tail?.rows !== rows) {
      this.tail = { rows, buffers: this.buffers.map((buffer, b) => Array.isArray(buffer) ? allocate(this.plan.bindings[b], rows) : buffer.subarray(0, rows * this.plan.bindings[b].width)) };
    }
    return this.tail.buffers;
  }
};
function allocate(binding, rows) {
  const size = rows * binding.width;
  if (binding.type === "string") return new Array(size).fill("");
  return binding.type === "float64" ? new Float64Array(size) : new Float32Array(size);
}
function fillNumbers(target, sources, start, rows) {
  const k = sources.length;
  let j = 0;
  for (; j + 4 <= k; j += 4) {
    const a = sources[j].values;
    const b = sources[j + 1].values;
    const c = sources[j + 2].values;
    const d = sources[j + 3].values;
    for (let i = start, end = start + rows, at = j; i < end; i++, at += k) {
      target[at] = a[i];
      target[at + 1] = b[i];
      target[at + 2] = c[i];
      target[at + 3] = d[i];
    }
  }
  for (; j < k; j++) {
    const values = sources[j].values;
    for (let i = start, end = start + rows, at = j; i < end; i++, at += k) target[at] = values[i];
  }
}
function fillStrings(target, source, start, rows) {
  const { codes, categories } = source;
  for (let r = 0; r < rows; r++) {
    const code = codes[start + r];
    target[r] = code === MISSING_CODE ? "" : categories[code] ?? "";
  }
}

// src/io/onnx/outputs.ts
var ZIPMAP_HINT = "onnxruntime-node cannot return non-tensor (sequence or map) outputs; export the probabilities as a tensor output (skl2onnx: options={id(model): {'zipmap': False}}), or add the tensor that feeds the ZipMap to the graph outputs";
function planOutputs(modelPath, spec, outputs, zipMaps = []) {
  const named = (field2, name) => {
    if (name === void 0) return void 0;
    const source = zipMaps.find((zipMap) => zipMap.output === name)?.input;
    const output2 = outputs.find((candidate) => candidate.name === (source !== void 0 && outputs.some((o) => o.name === source) ? source : name));
    if (!output2) throw new OnnxModelError(modelPath, "unknown-output", `artifact.outputs.${field2} is '${name}', but the model has no such output; its outputs: ${describeValues(outputs)}`);
    if (!output2.isTensor) {
      const tensors = candidates(outputs, spec.outputs.label);
      const instead = tensors.length > 0 ? `; set artifact.outputs.${field2} to a tensor output: ${quoteList(tensors.map((t) => t.name))}` : `. ${ZIPMAP_HINT}`;
      throw new OnnxModelError(modelPath, "output-not-tensor", `artifact.outputs.${field2} is '${name}', which is not a tensor (a sequence or map, e.g. a ZipMap)${instead}`);
    }
    return output2;
  };
  named("label", spec.outputs.label);
  const field = spec.task === "regression" ? "prediction" : "score";
  let output = named(field, spec.task === "regression" ? spec.outputs.prediction : spec.outputs.score);
  if (!output) {
    const found = candidates(outputs, spec.outputs.label);
    const probabilities = found.filter((candidate) => /prob/i.test(candidate.name));
    if (found.length === 1) output = found[0];
    else if (spec.task !== "regression" && probabilities.length === 1) output = probabilities[0];
    else if (found.length === 0) {
      const hasZipMap = outputs.some((candidate) => !candidate.isTensor);
      throw new OnnxModelError(
        modelPath,
        "no-tensor-output",
        `no float tensor output can hold the ${field}; the model's outputs: ${describeValues(outputs)}${hasZipMap ? `. ${ZIPMAP_HINT}` : ""}`
      );
    } else {
      throw new OnnxModelError(modelPath, "ambiguous-output", `the model has several outputs that could hold the ${field} (${describeValues(found)}): name one in artifact.outputs.${field}`);
    }
  }
  const resolved = output;
  if (resolved.type !== void 0 && !isNumericType(resolved.type)) {
    throw new OnnxModelError(modelPath, "output-type", `output '${resolved.name}' holds ${resolved.type}; the ${field} must be numeric`);
  }
  const plan = { task: spec.task, output: resolved.name, threshold: spec.threshold };
  if (spec.outputs.scoreColumn !== void 0) plan.scoreColumn = spec.outputs.scoreColumn;
  if (spec.classCount !== void 0) plan.classCount = spec.classCount;
  checkDeclaredShape(modelPath, plan, resolved);
  return plan;
}
function checkClassOrder(modelPath, spec, plan, labels) {
  const shown = labels.map(String).join(", ");
  if (spec.task === "binary-classification" && spec.positive !== void 0 && labels.length === 2) {
    const index = labels.findIndex((label) => String(label) === String(spec.positive));
    if (index === -1) throw new OnnxModelError(modelPath, "class-mismatch", `data.label.positive is '${String(spec.positive)}', which is not one of the model's classes (${shown})`);
    const column = plan.scoreColumn ?? 1;
    if (column !== index) {
      throw new OnnxModelError(
        modelPath,
        "class-mismatch",
        `artifact.outputs.score_column is ${column}${plan.scoreColumn === void 0 ? " (the default)" : ""}, but column ${column} of '${plan.output}' is class '${String(labels[column])}' (the model's classes: ${shown}): set score_column: ${index} for the positive class '${String(spec.positive)}'`
      );
    }
  }
  if (spec.task === "multiclass-classification" && spec.classes !== void 0) {
    const same = spec.classes.length === labels.length && spec.classes.every((c, i) => String(c) === String(labels[i]));
    if (!same) {
      throw new OnnxModelError(modelPath, "class-mismatch", `data.label.classes is [${spec.classes.map(String).join(", ")}], but the columns of '${plan.output}' are the model's classes [${shown}]: list them in the model's order`);
    }
  }
}
function candidates(outputs, label) {
  return outputs.filter((output) => output.isTensor && output.name !== label && (output.type === void 0 || isFloatType(output.type)));
}
function isNumericType(type) {
  return type !== "string" && type !== "bool" && type !== "float16";
}
function checkDeclaredShape(modelPath, plan, output) {
  const dims = output.dims ?? [];
  if (dims.length === 0) return;
  checkWidth(modelPath, plan, output.name, dims.length, dims[1], shapeText(dims));
}
function checkWidth(modelPath, plan, name, rank, width, shape) {
  const fail = (detail) => {
    throw new OnnxModelError(modelPath, "output-shape", `output '${name}' has shape ${shape}; ${detail}`);
  };
  if (rank < 1 || rank > 2) fail(`the ${plan.task === "regression" ? "prediction" : "score"} must be [N] or [N, columns]`);
  const known = typeof width === "number" ? width : rank === 1 ? 1 : void 0;
  if (known === void 0) return;
  if (plan.task === "regression") {
    if (known !== 1) fail("a regression prediction must be one value per row ([N] or [N, 1]); multi-target regression is not supported");
  } else if (plan.task === "multiclass-classification") {
    if (rank !== 2) fail("multiclass classification needs one probability per class ([N, classes])");
    if (plan.classCount !== void 0 && known !== plan.classCount) fail(`data.label.classes lists ${plan.classCount} classes, but the output has ${known} columns`);
  } else if (known === 1) {
    if (plan.scoreColumn !== void 0 && plan.scoreColumn !== 0) fail(`artifact.outputs.score_column is ${plan.scoreColumn}, but the output has one value per row`);
  } else if ((plan.scoreColumn ?? 1) >= known) {
    fail(`artifact.outputs.score_column is ${plan.scoreColumn ?? 1}${plan.scoreColumn === void 0 ? " (the default)" : ""}, but the output has ${known} columns`);
  }
}
var BadRowCounter = class {
  count = 0;
  firstRow = -1;
  firstValue = Number.NaN;
  lastRow = -1;
  note(row, value) {
    if (row === this.lastRow) return;
    this.lastRow = row;
    if (this.count === 0) {
      this.firstRow = row;
      this.firstValue = value;
    }
    this.count++;
  }
};
var PROBABILITY_TOLERANCE = 1e-6;
var PredictionCollector = class {
  constructor(modelPath, plan, rowCount) {
    this.modelPath = modelPath;
    this.plan = plan;
    this.rowCount = rowCount;
    this.values = new Float64Array(plan.task === "multiclass-classification" ? 0 : rowCount);
    this.labels = plan.task === "binary-classification" ? new Uint8Array(rowCount) : plan.task === "multiclass-classification" ? new Int32Array(rowCount) : void 0;
  }
  modelPath;
  plan;
  rowCount;
  values;
  labels;
  classCount;
  probabilities;
  nonFinite = new BadRowCounter();
  outOfRange = new BadRowCounter();
  /** Takes rows [start, start + rows) from one run's output tensor (which may hold padding rows after them). */
  take(tensor, start, rows) {
    const { dims } = tensor;
    const name = this.plan.output;
    if (dims.length < 1 || dims.length > 2 || dims[0] < rows) {
      throw new OnnxModelError(this.modelPath, "output-shape", `output '${name}' came back with shape ${shapeText(dims)} for a batch of ${rows} rows; expected [${rows}] or [${rows}, columns]`);
    }
    const width = dims.length === 1 ? 1 : dims[1];
    checkWidth(this.modelPath, this.plan, name, dims.length, width, shapeText(dims));
    const data = numericData(this.modelPath, name, tensor);
    if (this.plan.task === "multiclass-classification") {
      this.takeClasses(data, width, start, rows);
      return;
    }
    const column = width === 1 ? 0 : this.plan.scoreColumn ?? 1;
    const { values } = this;
    const end = start + rows;
    if (width === 1 && (data instanceof Float32Array || data instanceof Float64Array)) values.set(data.subarray(0, rows), start);
    else for (let row = start, at = column; row < end; row++, at += width) values[row] = data[at];
    if (this.plan.task === "binary-classification") this.checkScores(start, end);
    else this.checkFinite(start, end);
  }
  // Separate monomorphic passes over the Float64Array: one range test per value on the fast path.
  checkScores(start, end) {
    const values = this.values;
    const threshold = this.plan.threshold;
    const labels = this.labels;
    for (let row = start; row < end; row++) {
      const value = values[row];
      if (!(value >= -PROBABILITY_TOLERANCE && value <= 1 + PROBABILITY_TOLERANCE)) this.noteBadProbability(row, value);
      labels[row] = value >= threshold ? 1 : 0;
    }
  }
  checkFinite(start, end) {
    const values = this.values;
    for (let row = start; row < end; row++) {
      const value = values[row];
      if (value - value !== 0) this.nonFinite.note(row, value);
    }
  }
  /** The slow path of a probability outside [0, 1]: NaN and infinities count as non-finite. */
  noteBadProbability(row, value) {
    if (Number.isFinite(value)) this.outOfRange.note(row, value);
    else this.nonFinite.note(row, value);
  }
  takeClasses(data, width, start, rows) {
    if (this.classCount === void 0) {
      this.classCount = width;
      this.probabilities = new Float64Array(this.rowCount * width);
    } else if (width !== this.classCount) {
      throw new OnnxModelError(this.modelPath, "output-shape", `output '${this.plan.output}' changed width between batches (${this.classCount} then ${width} columns)`);
    }
    const probabilities = this.probabilities;
    const labels = this.labels;
    for (let r = 0; r < rows; r++) {
      const row = start + r;
      let best = 0;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (let c = 0, from = r * width, to = row * width; c < width; c++) {
        const value = data[from + c];
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
  finish() {
    const name = this.plan.output;
    if (this.nonFinite.count > 0) {
      throw new OnnxModelError(
        this.modelPath,
        "non-finite-output",
        `output '${name}' has NaN or infinite values in ${this.nonFinite.count} of ${this.rowCount} rows (first: row ${this.nonFinite.firstRow}, value ${this.nonFinite.firstValue}); if the data has missing values, the model must handle them (e.g. an imputer inside the graph)`,
        this.badRows(this.nonFinite)
      );
    }
    if (this.outOfRange.count > 0) {
      throw new OnnxModelError(
        this.modelPath,
        "score-out-of-range",
        `output '${name}' is not a probability: ${this.outOfRange.count} of ${this.rowCount} rows are outside [0, 1] (first: row ${this.outOfRange.firstRow}, value ${this.outOfRange.firstValue}); artifact.outputs.score must name an output of probabilities (after Sigmoid or Softmax), not raw scores`,
        this.badRows(this.outOfRange)
      );
    }
    const { rowCount } = this;
    if (this.plan.task === "binary-classification") {
      return { task: "binary-classification", rowCount, score: this.values, yPred: this.labels, threshold: this.plan.threshold };
    }
    if (this.plan.task === "multiclass-classification") {
      const classCount = this.classCount ?? this.plan.classCount ?? 0;
      return { task: "multiclass-classification", rowCount, classCount, probabilities: this.probabilities ?? new Float64Array(0), yPred: this.labels };
    }
    return { task: "regression", rowCount, prediction: this.values };
  }
  badRows(counter) {
    return { output: this.plan.output, count: counter.count, firstRow: counter.firstRow, firstValue: counter.firstValue };
  }
};
function numericData(modelPath, name, tensor) {
  const data = tensor.data;
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) return Float64Array.from(data, Number);
  if (Array.isArray(data) || !isNumericType(tensor.type)) throw new OnnxModelError(modelPath, "output-type", `output '${name}' holds ${tensor.type} values; the prediction must be numeric`);
  return data;
}

// src/io/onnx/runner.ts
var DEFAULT_BATCH_SIZE = 16384;
var MAX_BATCH_BYTES = 32 * 1024 * 1024;
async function openModel(modelPath, spec, options = {}) {
  const info = await stat(modelPath).catch(() => void 0);
  if (!info?.isFile()) throw new OnnxModelError(modelPath, "model-not-found", info ? "is not a file" : "model file not found");
  let ort;
  try {
    ort = await loadOnnxRuntime();
  } catch (error) {
    if (error?.code === "MODELOPS_UNSUPPORTED_PLATFORM") throw new OnnxModelError(modelPath, "runtime-unavailable", `cannot load onnxruntime: ${firstLineOf(error)}`);
    throw new OnnxModelError(modelPath, "runtime-unavailable", `cannot load onnxruntime-node (${firstLineOf(error)}); its native binding or libonnxruntime.so.1 is missing: reinstall onnxruntime-node (offline: with ONNXRUNTIME_NODE_INSTALL=skip; the CPU binaries ship in the npm package)`);
  }
  let graph;
  let source = modelPath;
  try {
    const bytes = await readFile(modelPath);
    graph = readOnnxGraph(bytes);
    if (graph.externalData.length === 0) source = exposeZipMapInputs(bytes, graph) ?? modelPath;
  } catch {
  }
  let session;
  try {
    const sessionOptions = {
      executionProviders: ["cpu"],
      // Warnings (e.g. unused initializers) would clutter CLI output; failures still throw.
      logSeverityLevel: 3,
      // onnxruntime's intra-op threads spin between runs by default: on a shared 2-core runner that burns
      // the other core and, loaded, slows every small run several-fold (issue 18: the PR gate's 230 small
      // runs). Idle threads sleep instead; large runs still use every thread.
      extra: { session: { "intra_op.allow_spinning": "0" } },
      ...options.intraOpThreads !== void 0 ? { intraOpNumThreads: options.intraOpThreads } : {}
    };
    session = typeof source === "string" ? await ort.InferenceSession.create(source, sessionOptions) : await ort.InferenceSession.create(source, sessionOptions);
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
var OnnxModelRunner = class {
  constructor(ort, session, path, inputs, outputs, inputPlan, outputPlan, classLabels) {
    this.ort = ort;
    this.session = session;
    this.path = path;
    this.inputs = inputs;
    this.outputs = outputs;
    this.inputPlan = inputPlan;
    this.outputPlan = outputPlan;
    this.classLabels = classLabels;
    this.fetches = [outputPlan.output];
  }
  ort;
  session;
  path;
  inputs;
  outputs;
  inputPlan;
  outputPlan;
  classLabels;
  released = false;
  fetches;
  get predictionOutput() {
    return this.outputPlan.output;
  }
  async predict(table, options = {}) {
    this.checkOpen();
    const columns = resolveColumns(this.path, this.inputPlan, table);
    const rowCount = table.rowCount;
    const collector = new PredictionCollector(this.path, this.outputPlan, rowCount);
    if (rowCount === 0) return collector.finish();
    const batchSize = this.inputPlan.fixedBatch ?? Math.min(rowCount, options.batchSize === void 0 ? this.defaultBatchSize() : checkedBatchSize(options.batchSize));
    const feeds = new FeedBuilder(this.ort, this.inputPlan, batchSize);
    for (let start = 0; start < rowCount; start += batchSize) {
      const end = Math.min(rowCount, start + batchSize);
      const results = await this.run(feeds.fill(columns, start, end), start, end);
      collector.take(results, start, end - start);
    }
    return collector.finish();
  }
  prepare(table, start, end) {
    this.checkOpen();
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > table.rowCount || end <= start) {
      throw new RangeError(`prepare: rows [${start}, ${end}) are not a non-empty range of the table's ${table.rowCount} rows`);
    }
    const rows = end - start;
    const fixed = this.inputPlan.fixedBatch;
    if (fixed !== void 0 && rows > fixed) {
      throw new OnnxModelError(this.path, "shape-mismatch", `the model runs exactly ${fixed} row${fixed === 1 ? "" : "s"} at a time (fixed batch dimension); cannot prepare ${rows}`);
    }
    const columns = resolveColumns(this.path, this.inputPlan, table);
    const prepared = { rowCount: rows, feeds: new FeedBuilder(this.ort, this.inputPlan, fixed ?? rows).fill(columns, start, end) };
    return prepared;
  }
  async runRaw(input) {
    this.checkOpen();
    const { feeds, rowCount } = input;
    if (feeds === void 0) throw new TypeError("runRaw: pass an input made by this runner's prepare()");
    await this.run(feeds, 0, rowCount);
  }
  async release() {
    if (this.released) return;
    this.released = true;
    await this.session.release();
  }
  async run(feeds, start, end) {
    let results;
    try {
      results = await this.session.run(feeds, this.fetches);
    } catch (error) {
      throw new OnnxModelError(this.path, "run-failed", `onnxruntime failed on rows ${start}-${end - 1}: ${firstLineOf(error)}`);
    }
    const output = results[this.outputPlan.output];
    if (output === void 0) throw new OnnxModelError(this.path, "run-failed", `onnxruntime returned no '${this.outputPlan.output}' output`);
    return output;
  }
  defaultBatchSize() {
    const bytesPerRow = this.inputPlan.bindings.reduce((sum, binding) => sum + binding.width * (binding.type === "float32" ? 4 : 8), 0);
    return Math.max(1, Math.min(DEFAULT_BATCH_SIZE, Math.floor(MAX_BATCH_BYTES / Math.max(1, bytesPerRow))));
  }
  checkOpen() {
    if (this.released) throw new OnnxModelError(this.path, "released", "the model was released; open it again");
  }
};
function checkedBatchSize(requested) {
  if (!Number.isInteger(requested) || requested < 1) throw new RangeError(`batchSize must be a positive integer, got ${requested}`);
  return requested;
}

// src/core/manifest/runner-spec.ts
var DEFAULT_THRESHOLD = 0.5;
function runnerSpecFromManifest(manifest) {
  const { inputs, outputs, threshold } = manifest.artifact;
  const kinds = new Map(manifest.data.features.map((feature) => [feature.name, feature.type]));
  const order = inputs.columns ?? manifest.data.features.map((feature) => feature.name);
  const columns = order.map((name) => {
    const kind = kinds.get(name);
    if (kind === void 0) throw new Error(`artifact.inputs.columns names '${name}', which is not in data.features`);
    return { name, kind };
  });
  const spec = {
    task: manifest.problem.task,
    layout: inputs.layout,
    columns,
    outputs: {},
    threshold: threshold ?? DEFAULT_THRESHOLD
  };
  if (inputs.name !== void 0) spec.inputName = inputs.name;
  if (inputs.dtype !== void 0) spec.dtype = inputs.dtype;
  if (inputs.names !== void 0) spec.inputNames = { ...inputs.names };
  if (outputs.score !== void 0) spec.outputs.score = outputs.score;
  if (outputs.score_column !== void 0) spec.outputs.scoreColumn = outputs.score_column;
  if (outputs.label !== void 0) spec.outputs.label = outputs.label;
  if (outputs.prediction !== void 0) spec.outputs.prediction = outputs.prediction;
  const classes = manifest.data.label.classes;
  if (manifest.problem.task === "multiclass-classification" && classes !== void 0) {
    spec.classCount = classes.length;
    spec.classes = [...classes];
  }
  if (manifest.problem.task === "binary-classification" && manifest.data.label.positive !== void 0) spec.positive = manifest.data.label.positive;
  return spec;
}

export {
  OnnxModelError,
  preloadOnnxRuntime,
  openModel,
  runnerSpecFromManifest
};
