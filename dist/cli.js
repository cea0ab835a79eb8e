#!/usr/bin/env node
import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  CHECKLIST,
  CHECKLIST_SECTIONS,
  DataFormatError,
  MetricError,
  NAME_PATTERN,
  RepoFiles,
  SECTION_TITLES,
  TASKS,
  TOOL_VERSION,
  UsageError,
  VERDICT_MARK,
  __toESM,
  asyncBufferFromFile,
  boundText,
  buildReport,
  changeText,
  checkBound,
  checkValue,
  checklistText,
  confusionMatrix,
  formatNumber,
  formatOf,
  gateResult,
  intervalText,
  latestStageTag,
  location,
  manifestAt,
  metricById,
  metricsForTask,
  modelTitle,
  num,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  parseCsvHeader,
  renderMarkdown,
  require_mod,
  sha256File,
  signed,
  summaryText,
  validate,
  validateRepository,
  verdictOfFindings,
  worstVerdict
} from "./chunks/chunk-YGTGZQGV.js";

// src/cli.ts
import { existsSync } from "node:fs";
import { writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// src/core/data/table.ts
var MISSING_CODE = -1;
function requireColumn(table, name) {
  const column = table.columns.get(name);
  if (!column) throw new Error(`column '${name}' was not loaded`);
  return column;
}
function takeRows(table, indices) {
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of table.columns) {
    if (column.kind === "numeric") columns.set(name, { ...column, values: Float64Array.from({ length: indices.length }, (_, i) => column.values[indices[i]]) });
    else columns.set(name, { ...column, codes: Int32Array.from({ length: indices.length }, (_, i) => column.codes[indices[i]]) });
  }
  return { rowCount: indices.length, columns };
}
function withShuffledColumn(table, name, nextBelow) {
  const column = requireColumn(table, name);
  const shuffled = column.kind === "numeric" ? { ...column, values: column.values.slice() } : { ...column, codes: column.codes.slice() };
  const data = shuffled.kind === "numeric" ? shuffled.values : shuffled.codes;
  for (let i = data.length - 1; i > 0; i--) {
    const j = nextBelow(i + 1);
    const swap = data[i];
    data[i] = data[j];
    data[j] = swap;
  }
  const columns = new Map(table.columns);
  columns.set(name, shuffled);
  return { rowCount: table.rowCount, columns };
}

// src/core/evaluation/labels.ts
var LabelError = class extends Error {
};
function missingRows(column) {
  let count = 0;
  let first = -1;
  const n = column.kind === "numeric" ? column.values.length : column.codes.length;
  for (let i = 0; i < n; i++) {
    const missing = column.kind === "numeric" ? Number.isNaN(column.values[i]) : column.codes[i] === MISSING_CODE;
    if (!missing) continue;
    count++;
    if (first === -1) first = i;
  }
  return { count, first };
}
function rejectMissing(column) {
  const { count, first } = missingRows(column);
  if (count > 0) throw new LabelError(`label column '${column.name}' is missing on ${count} row(s), the first being data row ${first + 1}; every evaluation row needs a label`);
}
function binaryTruth(column, positive) {
  rejectMissing(column);
  if (column.kind === "numeric") {
    const value = Number(positive);
    const distinct = new Set(column.values);
    if (distinct.size > 2) throw new LabelError(`label column '${column.name}' has ${distinct.size} distinct values; binary classification needs two`);
    if (!distinct.has(value)) throw new LabelError(`positive class ${String(positive)} never occurs in label column '${column.name}' (values: ${[...distinct].join(", ")})`);
    return Uint8Array.from(column.values, (v) => v === value ? 1 : 0);
  }
  const used = new Set(column.codes);
  if (used.size > 2) {
    const values = [...used].map((code) => column.categories[code]).slice(0, 10);
    throw new LabelError(`label column '${column.name}' has ${used.size} distinct values (${values.join(", ")}); binary classification needs two`);
  }
  const positiveCode = column.categories.indexOf(String(positive));
  if (positiveCode === -1 || !used.has(positiveCode)) {
    throw new LabelError(`positive class '${String(positive)}' never occurs in label column '${column.name}' (values: ${[...used].map((c) => column.categories[c]).join(", ")})`);
  }
  return Uint8Array.from(column.codes, (code) => code === positiveCode ? 1 : 0);
}
function multiclassTruth(column, classes) {
  rejectMissing(column);
  const index = new Map(classes.map((c, i) => [String(c), i]));
  const text = (row) => column.kind === "numeric" ? String(column.values[row]) : column.categories[column.codes[row]];
  const n = column.kind === "numeric" ? column.values.length : column.codes.length;
  const truth = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    const k = index.get(text(row));
    if (k === void 0) throw new LabelError(`label '${text(row)}' on data row ${row + 1} is not one of data.label.classes (${classes.join(", ")})`);
    truth[row] = k;
  }
  return truth;
}
function regressionTruth(column) {
  if (column.kind !== "numeric") throw new LabelError(`label column '${column.name}' must be numeric for regression`);
  rejectMissing(column);
  return column.values;
}

// src/io/onnx/runner.ts
import { stat } from "node:fs/promises";

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
var ZIPMAP_HINT = "onnxruntime-node cannot return ZipMap (sequence of maps) outputs; re-export the model with the probabilities as a tensor output (skl2onnx: options={id(model): {'zipmap': False}} or {'zipmap': 'columns'}), or add the tensor that feeds the ZipMap to the graph outputs";
function planOutputs(modelPath, spec, outputs) {
  const named = (field2, name) => {
    if (name === void 0) return void 0;
    const output2 = outputs.find((candidate) => candidate.name === name);
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

// src/io/onnx/runtime.ts
var loading;
function loadOnnxRuntime() {
  loading ??= import("onnxruntime-node").then(
    (ort) => ort,
    (error) => {
      loading = void 0;
      throw error;
    }
  );
  return loading;
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
    throw new OnnxModelError(modelPath, "runtime-unavailable", `cannot load onnxruntime-node (${firstLineOf(error)}); its native binding or libonnxruntime.so.1 is missing: reinstall onnxruntime-node (offline: with ONNXRUNTIME_NODE_INSTALL=skip; the CPU binaries ship in the npm package)`);
  }
  let session;
  try {
    session = await ort.InferenceSession.create(modelPath, {
      executionProviders: ["cpu"],
      // Warnings (e.g. unused initializers) would clutter CLI output; failures still throw.
      logSeverityLevel: 3,
      ...options.intraOpThreads !== void 0 ? { intraOpNumThreads: options.intraOpThreads } : {}
    });
  } catch (error) {
    throw loadError(modelPath, error);
  }
  try {
    const inputs = session.inputMetadata.map(valueInfoOf);
    const outputs = session.outputMetadata.map(valueInfoOf);
    const inputPlan = planInputs(modelPath, spec, inputs);
    const outputPlan = planOutputs(modelPath, spec, outputs);
    return new OnnxModelRunner(ort, session, modelPath, inputs, outputs, inputPlan, outputPlan);
  } catch (error) {
    await session.release();
    throw error;
  }
}
var OnnxModelRunner = class {
  constructor(ort, session, path, inputs, outputs, inputPlan, outputPlan) {
    this.ort = ort;
    this.session = session;
    this.path = path;
    this.inputs = inputs;
    this.outputs = outputs;
    this.inputPlan = inputPlan;
    this.outputPlan = outputPlan;
    this.fetches = [outputPlan.output];
  }
  ort;
  session;
  path;
  inputs;
  outputs;
  inputPlan;
  outputPlan;
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
    const bytesPerRow = this.inputPlan.bindings.reduce((sum2, binding) => sum2 + binding.width * (binding.type === "float32" ? 4 : 8), 0);
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

// src/commands/evaluate/champion.ts
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var ChampionError = class extends Error {
};
async function findChampion(git, name, manifestPath, base) {
  const tag = latestStageTag(await git.tags(), name, "production");
  let source;
  let commit;
  let manifest;
  if (tag) {
    source = tag.tag;
    commit = await git.resolveCommit(tag.tag);
    manifest = await manifestAt(git, commit, manifestPath);
    if (!manifest) throw new ChampionError(`tag ${tag.tag} marks the production version, but ${manifestPath} is missing or invalid at ${commit.slice(0, 12)}`);
  } else if (base) {
    source = base.ref;
    commit = base.commit;
    manifest = await manifestAt(git, commit, manifestPath);
    if (manifest?.stage !== "production") return void 0;
  } else {
    return void 0;
  }
  const bytes = await git.readFile(commit, manifest.artifact.path);
  if (!bytes) throw new ChampionError(`the production artifact ${manifest.artifact.path} is missing at ${source} (${commit.slice(0, 12)})`);
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== manifest.artifact.sha256) {
    throw new ChampionError(`the production artifact ${manifest.artifact.path} at ${source} hashes to ${digest}, not to its recorded ${manifest.artifact.sha256}`);
  }
  const dir = await mkdtemp(join(tmpdir(), "modelops-champion-"));
  const artifactPath = join(dir, "champion.onnx");
  await writeFile(artifactPath, bytes);
  return { manifest, source, commit, artifactPath, dispose: () => rm(dir, { recursive: true, force: true }) };
}

// src/commands/evaluate/evaluate-model.ts
import { stat as stat3 } from "node:fs/promises";

// src/core/evaluation/metrics.ts
function computeMetrics(input, ids) {
  const definitions = ids ? ids.map((id) => metricById(id)).filter((d) => d !== void 0) : metricsForTask(input.task);
  const values = {};
  const problems = {};
  for (const definition of definitions) {
    try {
      values[definition.id] = definition.compute(input);
    } catch (error) {
      if (!(error instanceof MetricError)) throw error;
      values[definition.id] = null;
      problems[definition.id] = error.message;
    }
  }
  return { values, problems };
}
function metricOrNaN(id, input) {
  try {
    return metricById(id).compute(input);
  } catch (error) {
    if (error instanceof MetricError) return Number.NaN;
    throw error;
  }
}
function gatherer(input) {
  const n = input.yTrue.length;
  if (input.task === "binary-classification") {
    const yTrue2 = new Uint8Array(n);
    const yPred2 = new Uint8Array(n);
    const score2 = input.score ? new Float64Array(n) : void 0;
    return (indices) => {
      for (let i = 0; i < indices.length; i++) {
        const row = indices[i];
        yTrue2[i] = input.yTrue[row];
        yPred2[i] = input.yPred[row];
        if (score2) score2[i] = input.score[row];
      }
      return score2 ? { task: input.task, yTrue: yTrue2, yPred: yPred2, score: score2 } : { task: input.task, yTrue: yTrue2, yPred: yPred2 };
    };
  }
  if (input.task === "multiclass-classification") {
    const k = input.classCount;
    const yTrue2 = new Int32Array(n);
    const yPred2 = new Int32Array(n);
    const probabilities = input.probabilities ? new Float64Array(n * k) : void 0;
    return (indices) => {
      for (let i = 0; i < indices.length; i++) {
        const row = indices[i];
        yTrue2[i] = input.yTrue[row];
        yPred2[i] = input.yPred[row];
        if (probabilities) probabilities.set(input.probabilities.subarray(row * k, row * k + k), i * k);
      }
      return probabilities ? { task: input.task, yTrue: yTrue2, yPred: yPred2, probabilities, classCount: k } : { task: input.task, yTrue: yTrue2, yPred: yPred2, classCount: k };
    };
  }
  const yTrue = new Float64Array(n);
  const yPred = new Float64Array(n);
  return (indices) => {
    for (let i = 0; i < indices.length; i++) {
      const row = indices[i];
      yTrue[i] = input.yTrue[row];
      yPred[i] = input.yPred[row];
    }
    return { task: input.task, yTrue, yPred };
  };
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum2 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (var i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i];
    if (Math.abs(sum2) >= Math.abs(x[i])) {
      correction += sum2 - transition + x[i];
    } else {
      correction += x[i] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum(x) / x.length;
}
function sumNthPowerDeviations(x, n) {
  var meanValue = mean(x);
  var sum2 = 0;
  var tempValue;
  var i;
  if (n === 2) {
    for (i = 0; i < x.length; i++) {
      tempValue = x[i] - meanValue;
      sum2 += tempValue * tempValue;
    }
  } else {
    for (i = 0; i < x.length; i++) {
      sum2 += Math.pow(x[i] - meanValue, n);
    }
  }
  return sum2;
}
function sampleVariance(x) {
  if (x.length < 2) {
    throw new Error("sampleVariance requires at least two data points");
  }
  var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);
  var besselsCorrection = x.length - 1;
  return sumSquaredDeviationsValue / besselsCorrection;
}
function sampleStandardDeviation(x) {
  var sampleVarianceX = sampleVariance(x);
  return Math.sqrt(sampleVarianceX);
}
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/core/stats/normal.ts
var A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356, 0.06568233791820745];
var B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
var C = [
  0.39894151208813466,
  8.883149794388377,
  93.50665613217785,
  597.2702763948002,
  2494.5375852903726,
  6848.190450536283,
  11602.65143764735,
  9842.714838383978,
  10765576773720192e-24
];
var D = [
  22.266688044328117,
  235.387901782625,
  1519.3775994075547,
  6485.558298266761,
  18615.571640885097,
  34900.95272114598,
  38912.00328609327,
  19685.429676859992
];
var P = [0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934, 29112874951168793e-21, 0.023073441764940174];
var Q = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 7297515550839662e-20];
var ONE_OVER_SQRT_2PI = 0.3989422804014327;
var THRESHOLD = 0.66291;
var ROOT32 = 5.656854248;
var TAIL_VANISHES = 37.519;
function smallTail(y) {
  if (y >= TAIL_VANISHES) return 0;
  let ratio;
  if (y <= ROOT32) {
    let num2 = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num2 = (num2 + C[i]) * y;
      den = (den + D[i]) * y;
    }
    ratio = (num2 + C[7]) / (den + D[7]);
  } else {
    const inverseSquare = 1 / (y * y);
    let num2 = P[5] * inverseSquare;
    let den = inverseSquare;
    for (let i = 0; i < 4; i++) {
      num2 = (num2 + P[i]) * inverseSquare;
      den = (den + Q[i]) * inverseSquare;
    }
    ratio = inverseSquare * (num2 + P[4]) / (den + Q[4]);
    ratio = (ONE_OVER_SQRT_2PI - ratio) / y;
  }
  const rounded = Math.trunc(y * 16) / 16;
  const del = (y - rounded) * (y + rounded);
  return Math.exp(-rounded * rounded / 2) * Math.exp(-del / 2) * ratio;
}
function centralOffset(x) {
  const square = Math.abs(x) > 111e-18 ? x * x : 0;
  let num2 = A[4] * square;
  let den = square;
  for (let i = 0; i < 3; i++) {
    num2 = (num2 + A[i]) * square;
    den = (den + B[i]) * square;
  }
  return x * (num2 + A[3]) / (den + B[3]);
}
function normalCdf(x) {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= THRESHOLD) return 0.5 + centralOffset(x);
  const tail = smallTail(y);
  return x > 0 ? 1 - tail : tail;
}
function normalTwoSidedPValue(z2) {
  if (Number.isNaN(z2)) return Number.NaN;
  return Math.min(1, 2 * normalCdf(-Math.abs(z2)));
}
function chiSquared1Sf(x) {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  return Math.min(1, 2 * normalCdf(-Math.sqrt(x)));
}
function normalQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * (((((((r2 * 2509.0809287301227 + 33430.57558358813) * r2 + 67265.7709270087) * r2 + 45921.95393154987) * r2 + 13731.69376550946) * r2 + 1971.5909503065513) * r2 + 133.14166789178438) * r2 + 3.3871328727963665) / (((((((r2 * 5226.495278852854 + 28729.085735721943) * r2 + 39307.89580009271) * r2 + 21213.794301586597) * r2 + 5394.196021424751) * r2 + 687.1870074920579) * r2 + 42.31333070160091) * r2 + 1);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value;
  if (r <= 5) {
    r -= 1.6;
    value = (((((((r * 7745450142783414e-19 + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835) / (((((((r * 10507500716444169e-25 + 5475938084995345e-19) * r + 0.015198666563616457) * r + 0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1);
  } else {
    r -= 5;
    value = (((((((r * 20103343992922881e-23 + 27115555687434876e-21) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103) / (((((((r * 20442631033899397e-31 + 1421511758316446e-22) * r + 18463183175100548e-21) * r + 7868691311456133e-19) * r + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1);
  }
  return q < 0 ? -value : value;
}

// src/core/stats/random.ts
var TWO_POW_32 = 4294967296;
var MASK_64 = (1n << 64n) - 1n;
function splitMix64(seed, count) {
  let state = BigInt.asUintN(64, seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    state = state + 0x9e3779b97f4a7c15n & MASK_64;
    let z2 = state;
    z2 = (z2 ^ z2 >> 30n) * 0xbf58476d1ce4e5b9n & MASK_64;
    z2 = (z2 ^ z2 >> 27n) * 0x94d049bb133111ebn & MASK_64;
    out.push(z2 ^ z2 >> 31n);
  }
  return out;
}
function createRng(seed) {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be an integer in [0, 2^53); got ${seed}`);
  }
  const [first, second] = splitMix64(BigInt(seed), 2);
  return createRngFromState([
    Number(first & 0xffffffffn),
    Number(first >> 32n),
    Number(second & 0xffffffffn),
    Number(second >> 32n)
  ]);
}
function createRngFromState(state) {
  let [s0, s1, s2, s3] = state.map((word) => word | 0);
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError("xoshiro128** state must not be all zero");
  const nextUint32 = () => {
    const scaled = Math.imul(s1, 5);
    const result = Math.imul(scaled << 7 | scaled >>> 25, 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = s3 << 11 | s3 >>> 21;
    return result;
  };
  return {
    nextUint32,
    nextBelow(bound) {
      const limit = rejectionLimit(bound);
      let draw = nextUint32();
      while (draw >= limit) draw = nextUint32();
      return draw % bound;
    },
    nextFloat() {
      const high = nextUint32() >>> 5;
      const low = nextUint32() >>> 6;
      return (high * 67108864 + low) / 9007199254740992;
    }
  };
}
function sampleIndices(n, rng, out) {
  const limit = rejectionLimit(n);
  for (let i = 0; i < out.length; i++) {
    let draw = rng.nextUint32();
    while (draw >= limit) draw = rng.nextUint32();
    out[i] = draw % n;
  }
  return out;
}
function rejectionLimit(bound) {
  if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
    throw new RangeError(`bound must be an integer in [1, 2^32]; got ${bound}`);
  }
  return TWO_POW_32 - TWO_POW_32 % bound;
}

// src/core/stats/bootstrap.ts
var DEFAULT_RESAMPLES = 1e3;
var DEFAULT_LEVEL = 0.95;
var DEFAULT_SEED = 0;
function pairedBootstrap(options) {
  const settings = resolve(options);
  const [estimateA, estimateB] = options.statistic(identityIndices(settings.n));
  const difference = (indices) => {
    const [a, b] = options.statistic(indices);
    return a - b;
  };
  return { ...run(settings, difference, estimateA - estimateB), estimateA, estimateB };
}
function resolve(options) {
  const { n, resamples = DEFAULT_RESAMPLES, level = DEFAULT_LEVEL, seed = DEFAULT_SEED, method = "percentile" } = options;
  if (!Number.isInteger(n) || n < 1 || n > 4294967295) throw new RangeError(`n must be a positive integer number of rows; got ${n}`);
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples must be a positive integer; got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${level}`);
  if (method !== "percentile" && method !== "bca") throw new RangeError(`method must be 'percentile' or 'bca'; got ${String(method)}`);
  return { n, resamples, level, seed, method };
}
function run(settings, statistic, estimate) {
  const { n, resamples, level, seed } = settings;
  const rng = createRng(seed);
  const indices = new Uint32Array(n);
  const replicates = new Float64Array(resamples);
  let used = 0;
  for (let r = 0; r < resamples; r++) {
    const value = statistic(sampleIndices(n, rng, indices));
    if (!Number.isNaN(value)) replicates[used++] = value;
  }
  const sorted = Array.from(replicates.subarray(0, used).sort());
  const base = { estimate, level, resamples, resamplesUsed: used, resamplesSkipped: resamples - used, seed };
  if (used === 0) {
    return { ...base, lower: Number.NaN, upper: Number.NaN, standardError: Number.NaN, method: settings.method };
  }
  const standardError = used > 1 ? sampleStandardDeviation(sorted) : Number.NaN;
  const tail = (1 - level) / 2;
  const adjusted = settings.method === "bca" ? bcaProbabilities(sorted, estimate, tail, n, statistic) : void 0;
  const [lowerP, upperP] = adjusted ?? [tail, 1 - tail];
  return {
    ...base,
    lower: quantileSorted(sorted, lowerP),
    upper: quantileSorted(sorted, upperP),
    standardError,
    method: adjusted ? "bca" : "percentile"
  };
}
function bcaProbabilities(sorted, estimate, tail, n, statistic) {
  if (Number.isNaN(estimate)) return void 0;
  let below = 0;
  let equal = 0;
  for (const value of sorted) {
    if (value < estimate) below++;
    else if (value === estimate) equal++;
  }
  const bias = normalQuantile((below + equal / 2) / sorted.length);
  if (!Number.isFinite(bias)) return void 0;
  const acceleration = jackknifeAcceleration(n, statistic);
  const adjust = (z2) => {
    const shifted = bias + z2;
    const denominator = 1 - acceleration * shifted;
    return denominator > 0 ? normalCdf(bias + shifted / denominator) : Number.NaN;
  };
  const lower = adjust(normalQuantile(tail));
  const upper = adjust(normalQuantile(1 - tail));
  if (!(lower >= 0 && upper <= 1 && lower <= upper)) return void 0;
  return [lower, upper];
}
function jackknifeAcceleration(n, statistic) {
  if (n < 3) return 0;
  const indices = new Uint32Array(n - 1);
  for (let i = 0; i < n - 1; i++) indices[i] = i + 1;
  const values = new Float64Array(n);
  let count = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) indices[i - 1] = i - 1;
    const value = statistic(indices);
    if (!Number.isNaN(value)) {
      values[count++] = value;
      total += value;
    }
  }
  const mean2 = total / count;
  let squares = 0;
  let cubes = 0;
  for (let i = 0; i < count; i++) {
    const d = mean2 - values[i];
    squares += d * d;
    cubes += d * d * d;
  }
  return squares > 0 ? cubes / (6 * squares ** 1.5) : 0;
}
function identityIndices(n) {
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  return indices;
}

// src/core/stats/delong.ts
function delongTest(labels, scoresA, scoresB, options = {}) {
  const level = checkLevel(options.level);
  if (scoresA.length !== scoresB.length) {
    throw new RangeError(`both models must be scored on the same rows; got ${scoresA.length} and ${scoresB.length} scores`);
  }
  const { positives, negatives } = countClasses(labels, 2, scoresA.length);
  const a = placements(labels, scoresA, positives, negatives);
  const b = placements(labels, scoresB, positives, negatives);
  const variance = sampleVariance2(subtract(a.positivePlacements, b.positivePlacements)) / positives + sampleVariance2(subtract(a.negativePlacements, b.negativePlacements)) / negatives;
  const difference = a.auc - b.auc;
  const standardError = Math.sqrt(variance);
  const z2 = standardError > 0 ? difference / standardError : difference === 0 ? 0 : Math.sign(difference) * Number.POSITIVE_INFINITY;
  const half = normalQuantile((1 + level) / 2) * standardError;
  return {
    aucA: a.auc,
    aucB: b.auc,
    difference,
    variance,
    standardError,
    z: z2,
    pValue: normalTwoSidedPValue(z2),
    ciLower: difference - half,
    ciUpper: difference + half,
    level,
    positives,
    negatives
  };
}
function placements(labels, scores, positives, negatives) {
  const total = scores.length;
  for (let i = 0; i < total; i++) {
    if (Number.isNaN(scores[i])) throw new RangeError(`score at row ${i} is NaN; drop or impute missing scores before DeLong's test`);
  }
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((i, j) => scores[i] - scores[j] || i - j);
  const rankInClass = new Uint32Array(total);
  for (let i = 0, p = 0, q = 0; i < total; i++) rankInClass[i] = labels[i] === 1 ? p++ : q++;
  const positivePlacements = new Float64Array(positives);
  const negativePlacements = new Float64Array(negatives);
  let positivesBefore = 0;
  let negativesBefore = 0;
  let placementSum = 0;
  for (let start = 0; start < total; ) {
    const value = scores[order[start]];
    let end = start;
    let positivesTied = 0;
    while (end < total && scores[order[end]] === value) {
      if (labels[order[end]] === 1) positivesTied++;
      end++;
    }
    const negativesTied = end - start - positivesTied;
    const positivePlacement = (negativesBefore + negativesTied / 2) / negatives;
    const negativePlacement = 1 - (positivesBefore + positivesTied / 2) / positives;
    for (let k = start; k < end; k++) {
      const row = order[k];
      if (labels[row] === 1) {
        positivePlacements[rankInClass[row]] = positivePlacement;
        placementSum += positivePlacement;
      } else {
        negativePlacements[rankInClass[row]] = negativePlacement;
      }
    }
    positivesBefore += positivesTied;
    negativesBefore += negativesTied;
    start = end;
  }
  return { auc: placementSum / positives, positivePlacements, negativePlacements };
}
function countClasses(labels, minimum, rows) {
  if (labels.length !== rows) throw new RangeError(`labels and scores must have the same rows; got ${labels.length} labels and ${rows} scores`);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === 1) positives++;
    else if (label !== 0) throw new RangeError(`label at row ${i} is ${label}; DeLong's test needs binary labels 0 (negative) and 1 (positive)`);
  }
  const negatives = labels.length - positives;
  if (positives < minimum || negatives < minimum) {
    throw new RangeError(`DeLong's variance needs at least ${minimum} positive and ${minimum} negative rows; got ${positives} positive and ${negatives} negative`);
  }
  return { positives, negatives };
}
function checkLevel(level = 0.95) {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${level}`);
  return level;
}
function subtract(a, b) {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}
function sampleVariance2(values) {
  return sampleVariance(Array.from(values));
}

// src/core/stats/mcnemar.ts
var MCNEMAR_EXACT_BELOW = 25;
var MAX_EXACT_TRIALS = 1e3;
function mcnemar(b, c, options = {}) {
  for (const [name, value] of [["b", b], ["c", c]]) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer count; got ${value}`);
  }
  const discordant = b + c;
  const requested = options.method ?? "auto";
  const method = requested === "auto" ? discordant < MCNEMAR_EXACT_BELOW ? "exact" : "chi2-corrected" : requested;
  if (method === "exact") {
    const smaller = Math.min(b, c);
    return { b, c, statistic: smaller, pValue: exactTwoSidedHalfBinomial(smaller, discordant), method };
  }
  if (discordant === 0) return { b, c, statistic: 0, pValue: 1, method };
  const corrected = Math.max(0, Math.abs(b - c) - 1);
  const statistic = corrected * corrected / discordant;
  return { b, c, statistic, pValue: chiSquared1Sf(statistic), method };
}
function mcnemarFromCorrectness(correctA, correctB, options = {}) {
  if (correctA.length !== correctB.length) {
    throw new RangeError(`both models must be scored on the same rows; got ${correctA.length} and ${correctB.length} rows`);
  }
  let b = 0;
  let c = 0;
  for (let i = 0; i < correctA.length; i++) {
    const aRight = correctA[i] !== 0;
    const bRight = correctB[i] !== 0;
    if (aRight && !bRight) b++;
    else if (bRight && !aRight) c++;
  }
  return mcnemar(b, c, options);
}
function exactTwoSidedHalfBinomial(k, n) {
  if (n > MAX_EXACT_TRIALS) {
    throw new RangeError(`the exact McNemar test supports at most ${MAX_EXACT_TRIALS} discordant rows; got ${n}: use 'chi2-corrected'`);
  }
  if (2 * k >= n) return 1;
  let coefficient = 1;
  let sum2 = 1;
  for (let i = 1; i <= k; i++) {
    coefficient = coefficient * (n - i + 1) / i;
    sum2 += coefficient;
  }
  return Math.min(1, sum2 * 2 ** (1 - n));
}

// src/core/gates/champion.ts
var MAX_RESAMPLED_ROWS = 2e7;
var MIN_RESAMPLES = 200;
function resamplesFor(rows, requested = 1e3) {
  return Math.max(MIN_RESAMPLES, Math.min(requested, Math.floor(MAX_RESAMPLED_ROWS / Math.max(rows, 1))));
}
function correctness(input) {
  if (input.task === "regression") throw new Error("correctness applies to classification");
  return Uint8Array.from(input.yTrue, (truth, i) => truth === input.yPred[i] ? 1 : 0);
}
function compareWithChampion(challenger, champion, options) {
  const n = challenger.yTrue.length;
  const level = 1 - options.alpha;
  const resamples = resamplesFor(n, options.resamples);
  const gatherChallenger = gatherer(challenger);
  const gatherChampion = gatherer(champion);
  const comparisons = [];
  const checks = [];
  for (const id of options.metrics) {
    const definition = metricById(id);
    const challengerValue = metricOrNaN(id, challenger);
    const championValue = metricOrNaN(id, champion);
    if (Number.isNaN(challengerValue) || Number.isNaN(championValue)) {
      comparisons.push({ metric: id, challenger: finiteOrNull(challengerValue), champion: finiteOrNull(championValue), delta: null });
      checks.push({ name: id, verdict: "error", value: finiteOrNull(challengerValue), champion: finiteOrNull(championValue), delta: null, message: `${id} has no value for one of the models on this data` });
      continue;
    }
    const delta = challengerValue - championValue;
    let ci;
    let pValue;
    let method;
    if (id === "roc_auc" && challenger.task === "binary-classification" && champion.task === "binary-classification" && challenger.score && champion.score) {
      const test2 = delongTest(challenger.yTrue, challenger.score, champion.score, { level });
      ci = { lower: test2.ciLower, upper: test2.ciUpper, level };
      pValue = test2.pValue;
      method = "delong";
    } else {
      const interval2 = pairedBootstrap({
        n,
        resamples,
        level,
        seed: options.seed,
        statistic: (indices) => [metricOrNaN(id, gatherChallenger(indices)), metricOrNaN(id, gatherChampion(indices))]
      });
      ci = { lower: interval2.lower, upper: interval2.upper, level };
      method = `paired-bootstrap (${interval2.resamplesUsed} resamples, percentile)`;
    }
    const higherIsBetter = definition.direction === "higher-is-better";
    const regression = higherIsBetter ? ci.upper < -options.tolerance : ci.lower > options.tolerance;
    const comparison = { metric: id, challenger: challengerValue, champion: championValue, delta, ci, method, regression };
    if (pValue !== void 0) comparison.pValue = pValue;
    comparisons.push(comparison);
    const interval = `[${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}] at ${Math.round(level * 100)}%`;
    const side = higherIsBetter ? "drop" : "rise";
    checks.push({
      name: id,
      verdict: regression ? "fail" : "pass",
      value: challengerValue,
      champion: championValue,
      delta,
      message: regression ? `significantly worse than the champion: \u0394 ${formatNumber(delta)}, interval ${interval} lies beyond the allowed ${side} of ${formatNumber(options.tolerance)}` : `\u0394 ${formatNumber(delta)}, interval ${interval}: no significant ${side} beyond ${formatNumber(options.tolerance)}`
    });
  }
  if (challenger.task === "regression" || champion.task === "regression") return { comparisons, checks };
  const test = mcnemarFromCorrectness(correctness(challenger), correctness(champion));
  return { comparisons, checks, mcnemar: { onlyChallengerCorrect: test.b, onlyChampionCorrect: test.c, pValue: test.pValue, method: test.method } };
}
function finiteOrNull(value) {
  return Number.isFinite(value) ? value : null;
}

// src/core/gates/performance.ts
function baselineComparisons(manifest, metrics) {
  return Object.entries(manifest.baseline?.metrics ?? {}).map(([id, baseline]) => {
    const value = metrics[id] ?? null;
    const higherIsBetter = metricById(id)?.direction !== "lower-is-better";
    const comparison = { metric: id, challenger: value, champion: baseline, delta: value === null ? null : value - baseline };
    if (value !== null) comparison.regression = higherIsBetter ? value < baseline : value > baseline;
    return comparison;
  });
}
function performanceGate(manifest, evaluation, problems, blocking) {
  const gate2 = manifest.gates?.performance ?? {};
  const checks = [];
  for (const [id, bound] of Object.entries(gate2.metrics ?? {})) checks.push(checkBound(id, evaluation.metrics[id], bound, problems[id]));
  const operational = evaluation.operational;
  if (operational) {
    for (const percentile of ["p50", "p95", "p99"]) {
      const bound = gate2.latency_ms?.[percentile];
      if (bound) checks.push(checkBound(`latency ${percentile} (ms)`, operational.latencyMs[percentile], bound));
    }
    if (gate2.throughput_rows_per_s) checks.push(checkBound("throughput (rows/s)", operational.throughputRowsPerS, gate2.throughput_rows_per_s));
    if (gate2.memory_mb) checks.push(checkBound("peak memory (MiB)", operational.peakRssMb, gate2.memory_mb));
    if (gate2.model_size_mb) checks.push(checkBound("model size (MiB)", operational.modelSizeMb, gate2.model_size_mb));
  }
  for (const comparison of evaluation.baseline?.comparisons ?? []) {
    const name = `${comparison.metric} vs baseline`;
    if (comparison.challenger === null) {
      checks.push({ name, verdict: "error", value: null, champion: comparison.champion, against: "baseline", message: problems[comparison.metric] ?? `${comparison.metric} could not be computed` });
      continue;
    }
    checks.push({
      name,
      verdict: comparison.regression ? "fail" : "pass",
      value: comparison.challenger,
      champion: comparison.champion,
      against: "baseline",
      delta: comparison.delta,
      message: `${formatNumber(comparison.challenger)} against the baseline's ${formatNumber(comparison.champion)}${comparison.regression ? ": the model does not beat its baseline" : ""}`
    });
  }
  return gateResult("performance", checks, blocking);
}

// src/core/gates/robustness.ts
var ROBUSTNESS_CHECKS = ["missing_values", "zeros", "extremes", "noise"];
function robustnessGate(manifest, measurements, blocking) {
  const config = manifest.gates?.robustness ?? {};
  const checks = [];
  for (const m of measurements) {
    const settings = config[m.check] ?? {};
    const where = m.worstFeature ? ` (worst: ${m.worstFeature})` : "";
    const unmeasurable = Number.isNaN(m.labelFlipRate) ? `the outputs were NaN or infinite${where}, so stability could not be measured` : void 0;
    if (settings.max_label_flip_rate !== void 0) {
      const bound = { max: settings.max_label_flip_rate };
      checks.push(
        unmeasurable ? { name: `${m.check}: label flip rate`, verdict: "fail", value: null, bound, message: unmeasurable } : { ...checkBound(`${m.check}: label flip rate`, m.labelFlipRate, bound), message: `${formatNumber(m.labelFlipRate)} of rows change label${where}; allowed ${formatNumber(settings.max_label_flip_rate)}` }
      );
    }
    if (settings.max_mean_score_change !== void 0) {
      const bound = { max: settings.max_mean_score_change };
      checks.push(
        unmeasurable ? { name: `${m.check}: mean score change`, verdict: "fail", value: null, bound, message: unmeasurable } : { ...checkBound(`${m.check}: mean score change`, m.meanScoreChange, bound), message: `mean |\u0394score| ${formatNumber(m.meanScoreChange)}${where}; allowed ${formatNumber(settings.max_mean_score_change)}` }
      );
    }
    checks.push({
      name: `${m.check}: finite outputs`,
      verdict: m.nonFinite === 0 ? "pass" : "fail",
      value: m.nonFinite,
      message: m.nonFinite === 0 ? `all ${m.rows} outputs finite` : `${m.nonFinite} of ${m.rows} outputs are NaN or infinite`
    });
    if (config.output_range) {
      checks.push({
        name: `${m.check}: outputs in range`,
        verdict: m.outOfRange === 0 ? "pass" : "fail",
        value: m.outOfRange,
        message: m.outOfRange === 0 ? `all outputs within ${JSON.stringify(config.output_range)}` : `${m.outOfRange} of ${m.rows} outputs leave ${JSON.stringify(config.output_range)}`
      });
    }
  }
  return gateResult("robustness", checks, blocking);
}

// src/core/robustness/perturb.ts
function replaceColumn(table, column) {
  const columns = new Map(table.columns);
  columns.set(column.name, column);
  return { rowCount: table.rowCount, columns };
}
function withMissing(table, name) {
  const column = table.columns.get(name);
  return replaceColumn(
    table,
    column.kind === "numeric" ? { ...column, values: new Float64Array(table.rowCount).fill(Number.NaN) } : { ...column, codes: new Int32Array(table.rowCount).fill(MISSING_CODE) }
  );
}
function withConstant(table, name, value) {
  const column = table.columns.get(name);
  return replaceColumn(table, { ...column, values: new Float64Array(table.rowCount).fill(value) });
}
function finiteRange(values) {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : void 0;
}
function extremeValues(range, factor) {
  const width = range.max - range.min || Math.max(Math.abs(range.max), 1);
  return { low: range.min - factor * width, high: range.max + factor * width };
}
function finiteStd(values) {
  let n = 0;
  let mean2 = 0;
  let m2 = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    n++;
    const delta = v - mean2;
    mean2 += delta / n;
    m2 += delta * (v - mean2);
  }
  return n > 0 ? Math.sqrt(m2 / n) : 0;
}
function gaussian(uniform) {
  let spare;
  return () => {
    if (spare !== void 0) {
      const value = spare;
      spare = void 0;
      return value;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}
function withNoise(table, names, level, uniform) {
  const normal = gaussian(uniform);
  let noisy = table;
  for (const name of names) {
    const column = table.columns.get(name);
    const sigma = level * finiteStd(column.values);
    const values = new Float64Array(column.values.length);
    for (let i = 0; i < values.length; i++) values[i] = column.values[i] + sigma * normal();
    noisy = replaceColumn(noisy, { ...column, values });
  }
  return noisy;
}
function flipRate(a, b) {
  let flips = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) flips++;
  return a.length === 0 ? 0 : flips / a.length;
}
function meanAbsoluteChange(a, b) {
  let sum2 = 0;
  for (let i = 0; i < a.length; i++) sum2 += Math.abs(a[i] - b[i]);
  return a.length === 0 ? 0 : sum2 / a.length;
}

// src/core/runner-spec.ts
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
  if (manifest.problem.task === "multiclass-classification" && classes !== void 0) spec.classCount = classes.length;
  return spec;
}

// src/io/data/csv.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { stat as stat2 } from "node:fs/promises";

// src/io/data/numbers.ts
var MISSING_NUMBER_TEXTS = ["NA", "N/A", "NaN", "nan", "null", "NULL"];
var MISSING = new Set(MISSING_NUMBER_TEXTS);
var DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var EDGE_BLANKS = /^[ \t]+|[ \t]+$/g;
function numberFromText(text) {
  const trimmed2 = text.replace(EDGE_BLANKS, "");
  if (trimmed2 === "" || MISSING.has(trimmed2)) return NaN;
  if (!DECIMAL.test(trimmed2)) return void 0;
  const value = Number(trimmed2);
  return Number.isFinite(value) ? value : void 0;
}
function describeBadNumber(text) {
  const trimmed2 = text.replace(EDGE_BLANKS, "");
  const shown = trimmed2.length > 40 ? `${trimmed2.slice(0, 40)}\u2026` : trimmed2;
  let why = "";
  if (/^[+-]?0[xXoObB]/.test(trimmed2)) why = " (hexadecimal, octal and binary are not accepted)";
  else if (/^[+-]?(?:Infinity|inf|Inf|INF)$/.test(trimmed2)) why = " (infinite values are not accepted)";
  else if (DECIMAL.test(trimmed2)) why = " (it is too large for a 64-bit float)";
  else if (/^[+-]?[\d.]+,[\d.,]*$/.test(trimmed2)) why = " (thousands separators and decimal commas are not accepted)";
  else if (trimmed2.includes("_")) why = " (digit separators are not accepted)";
  return `'${shown}' is not a number${why}`;
}
var NOT_SIMPLE = Infinity;
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
var SCANNED = { end: 0 };
function scanDecimal(bytes, start, limit) {
  let i = start;
  if (i === limit) {
    SCANNED.end = i;
    return NaN;
  }
  let c = bytes[i];
  const negative = c === 45;
  if (negative || c === 43) i++;
  let mantissa = 0;
  let digits = 0;
  let exponent = 0;
  let sawDigit = false;
  for (; i < limit; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) break;
    sawDigit = true;
    if (mantissa === 0 && d === 0) continue;
    mantissa = mantissa * 10 + d;
    digits++;
  }
  if (i < limit && bytes[i] === 46) {
    for (i++; i < limit; i++) {
      const d = bytes[i] - 48;
      if (d < 0 || d > 9) break;
      sawDigit = true;
      exponent--;
      if (mantissa === 0 && d === 0) continue;
      mantissa = mantissa * 10 + d;
      digits++;
    }
  }
  SCANNED.end = i;
  if (i === start) return NaN;
  if (!sawDigit || digits > 15) return NOT_SIMPLE;
  if (i < limit && (bytes[i] === 101 || bytes[i] === 69)) {
    i++;
    c = i < limit ? bytes[i] : 0;
    const negativeExponent = c === 45;
    if (negativeExponent || c === 43) i++;
    let written = 0;
    let value2 = 0;
    for (; i < limit; i++) {
      const d = bytes[i] - 48;
      if (d < 0 || d > 9) break;
      if (value2 < 1e3) value2 = value2 * 10 + d;
      written++;
    }
    SCANNED.end = i;
    if (written === 0) return NOT_SIMPLE;
    exponent += negativeExponent ? -value2 : value2;
  }
  let value;
  if (mantissa === 0) value = 0;
  else if (exponent === 0) value = mantissa;
  else if (exponent > 0 && exponent <= 22) value = mantissa * POWERS_OF_TEN[exponent];
  else if (exponent < 0 && exponent >= -22) value = mantissa / POWERS_OF_TEN[-exponent];
  else return NOT_SIMPLE;
  return negative ? -value : value;
}
function parseAsciiDecimal(bytes, start, end) {
  const value = scanDecimal(bytes, start, end);
  return SCANNED.end === end ? value : NOT_SIMPLE;
}

// src/io/data/table-builder.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var INITIAL_CAPACITY = 1024;
var NumericColumnBuilder = class {
  kind = "numeric";
  name;
  values;
  constructor(name, capacity = INITIAL_CAPACITY) {
    this.name = name;
    this.values = new Float64Array(capacity);
  }
  /** Room for `rows` rows (readers double it when full, so filling n rows copies O(n) values in all). */
  reserve(rows) {
    if (rows <= this.values.length) return;
    const grown = new Float64Array(rows);
    grown.set(this.values);
    this.values = grown;
  }
  finish(rowCount) {
    return { name: this.name, kind: "numeric", values: trimmed(this.values, rowCount) };
  }
};
var CategoricalColumnBuilder = class {
  kind = "categorical";
  name;
  codes;
  categories = [];
  codeOf = /* @__PURE__ */ new Map();
  constructor(name, capacity = INITIAL_CAPACITY) {
    this.name = name;
    this.codes = new Int32Array(capacity);
  }
  reserve(rows) {
    if (rows <= this.codes.length) return;
    const grown = new Int32Array(rows);
    grown.set(this.codes);
    this.codes = grown;
  }
  /** Code of a category text, assigned in order of first appearance; the empty text is missing. */
  code(text) {
    if (text === "") return MISSING_CODE;
    let code = this.codeOf.get(text);
    if (code === void 0) {
      code = this.categories.length;
      this.codeOf.set(text, code);
      this.categories.push(text);
    }
    return code;
  }
  finish(rowCount) {
    return { name: this.name, kind: "categorical", codes: trimmed(this.codes, rowCount), categories: this.categories };
  }
};
function trimmed(array, rowCount) {
  if (array.length === rowCount) return array;
  return array.length - rowCount <= array.length / 8 ? array.subarray(0, rowCount) : array.slice(0, rowCount);
}
function createBuilders(columns, capacity = INITIAL_CAPACITY) {
  return columns.map((c) => c.kind === "numeric" ? new NumericColumnBuilder(c.name, capacity) : new CategoricalColumnBuilder(c.name, capacity));
}
function finishTable(builders, rowCount) {
  const columns = /* @__PURE__ */ new Map();
  for (const builder of builders) columns.set(builder.name, builder.finish(rowCount));
  return { rowCount, columns };
}
function checkRequest(path, columns) {
  const seen = /* @__PURE__ */ new Set();
  for (const column of columns) {
    if (column.kind !== "numeric" && column.kind !== "categorical") throw new Error(`${path}: column '${column.name}' is requested with unknown kind '${String(column.kind)}'`);
    if (seen.has(column.name)) throw new Error(`${path}: column '${column.name}' is requested twice`);
    seen.add(column.name);
  }
}
function missingColumnsError(path, missing, available, where, listedAs = where) {
  const quoted = missing.map((m) => `'${m}'`).join(", ");
  const hints = missing.map((m) => {
    const suggestion = available.length > 0 ? (0, import_fastest_levenshtein.closest)(m, [...available]) : void 0;
    return suggestion !== void 0 && (0, import_fastest_levenshtein.distance)(m, suggestion) <= Math.ceil(Math.max(m.length, suggestion.length) / 3) ? `'${m}' -> '${suggestion}'?` : void 0;
  }).filter((h) => h !== void 0);
  const LISTED = 60;
  const listed = available.slice(0, LISTED).join(", ") + (available.length > LISTED ? `, \u2026 (${available.length - LISTED} more)` : "");
  return new DataFormatError(
    `${path}: no column ${quoted} in ${where}${hints.length > 0 ? ` (did you mean ${hints.join(", ")})` : ""}; ${listedAs} has: ${listed || "(no columns)"}`,
    { file: path, column: missing[0] }
  );
}
function storeValue(builder, row, value) {
  if (builder.kind === "numeric") {
    let number;
    if (typeof value === "number") {
      if (value === Infinity || value === -Infinity) return `${value} is not accepted (infinite values are not numbers modelops can use)`;
      number = value;
    } else if (value === null || value === void 0) number = NaN;
    else if (typeof value === "string") {
      number = numberFromText(value);
      if (number === void 0) return describeBadNumber(value);
    } else if (typeof value === "bigint") {
      if (value > 2n ** 53n || value < -(2n ** 53n)) return `${value} is beyond \xB12^53, so a 64-bit float cannot hold it exactly`;
      number = Number(value);
    } else if (typeof value === "boolean") return `${value} is a boolean, not a number (declare the column categorical to read 'true'/'false')`;
    else return unsupported(value, "a number");
    builder.values[row] = number;
    return void 0;
  }
  let code;
  if (typeof value === "string") code = builder.code(value);
  else if (value === null || value === void 0) code = MISSING_CODE;
  else if (typeof value === "boolean") code = builder.code(value ? "true" : "false");
  else if (typeof value === "number") code = Number.isNaN(value) ? MISSING_CODE : builder.code(String(value));
  else if (typeof value === "bigint") code = builder.code(String(value));
  else return unsupported(value, "a category");
  builder.codes[row] = code;
  return void 0;
}
function unsupported(value, wanted) {
  if (value instanceof Date) return `a date/time is not ${wanted} (store times as numbers, e.g. seconds since 1970, or as text)`;
  if (value instanceof Uint8Array) return `binary data is not ${wanted} (store it as UTF-8 text)`;
  const what = Array.isArray(value) ? "an array" : typeof value === "object" ? "a nested object" : `a ${typeof value}`;
  return `${what} is not ${wanted} (nested values are not supported: flatten them into columns)`;
}

// src/io/data/utf8.ts
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
var Utf8Checker = class {
  carry = Buffer.alloc(0);
  offset = 0;
  /** Byte offset in the file of the first invalid byte within this chunk (or carried from the last), or -1. */
  push(chunk) {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const bytesStart = this.offset - this.carry.length;
    const end = completeCharactersEnd(bytes);
    const checked = bytes.subarray(0, end);
    this.carry = Buffer.from(bytes.subarray(end));
    this.offset += chunk.length;
    if (isUtf8(checked)) return -1;
    return bytesStart + firstInvalidByte(checked);
  }
  /** Offset of a character cut off by the end of the file, or -1. */
  end() {
    return this.carry.length > 0 ? this.offset - this.carry.length : -1;
  }
};
function completeCharactersEnd(chunk) {
  const length = chunk.length;
  for (let i = length - 1; i >= 0 && i >= length - 4; i--) {
    const byte = chunk[i];
    if ((byte & 192) === 128) continue;
    if (byte < 128) return length;
    const needed = byte >= 240 ? 4 : byte >= 224 ? 3 : 2;
    return i + needed > length ? i : length;
  }
  return length;
}
function firstInvalidByte(bytes) {
  const text = bytes.toString("utf8");
  for (let at = text.indexOf("\uFFFD"); at !== -1; at = text.indexOf("\uFFFD", at + 1)) {
    const offset = Buffer.byteLength(text.slice(0, at));
    if (!(bytes[offset] === 239 && bytes[offset + 1] === 191 && bytes[offset + 2] === 189)) return offset;
  }
  return 0;
}
async function lineOfByte(path, offset) {
  let line = 1;
  if (offset === 0) return line;
  for await (const chunk of createReadStream(path, { end: offset - 1 })) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) line++;
  }
  return line;
}
async function invalidUtf8(path, offset) {
  const line = await lineOfByte(path, offset);
  return new DataFormatError(`${path}, line ${line}: the file is not valid UTF-8 (at byte offset ${offset}); save it as UTF-8`, { file: path, line });
}

// src/io/data/csv.ts
var COMMA = 44;
var QUOTE = 34;
var LF = 10;
var CR = 13;
var FIELD_START = 0;
var UNQUOTED = 1;
var QUOTED = 2;
var QUOTE_END = 3;
var AFTER_CR = 4;
var CHUNK_BYTES = 1 << 20;
var INITIAL_ROWS = 4096;
var MAX_HEADER_BYTES = 4 << 20;
var MISSING_HINT = `a missing number is an empty field or one of ${MISSING_NUMBER_TEXTS.join(", ")}`;
async function readCsvTable(path, columns, options = {}) {
  const fileBytes = (await stat2(path)).size;
  const utf8 = new Utf8Checker();
  const header = new HeaderScanner(path);
  let body;
  for await (const chunk of createReadStream2(path, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES })) {
    const invalid = utf8.push(chunk);
    if (invalid !== -1) throw await invalidUtf8(path, invalid);
    if (body) {
      body.push(chunk);
      continue;
    }
    const rest = header.push(chunk);
    if (rest === void 0) {
      if (header.bytes > MAX_HEADER_BYTES) throw new DataFormatError(`${path}: the header row is longer than ${MAX_HEADER_BYTES} bytes (is a quote left open?)`, { file: path, line: 1 });
      continue;
    }
    body = new CsvBodyParser(path, header.names(), header.lineFeeds + 2, columns);
    body.push(rest);
    body.expectBodyBytes(rest.length, fileBytes - header.bytes - 1);
  }
  const cutOff = utf8.end();
  if (cutOff !== -1) throw await invalidUtf8(path, cutOff);
  body ??= new CsvBodyParser(path, header.names(), header.lineFeeds + 2, columns);
  return body.finish();
}
var HeaderScanner = class {
  constructor(path) {
    this.path = path;
  }
  path;
  pieces = [];
  quoted = false;
  afterCr = false;
  ended = false;
  bytes = 0;
  lineFeeds = 0;
  /** The bytes after the header's line feed once it has been seen, else undefined. */
  push(chunk) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.afterCr && c !== LF) {
        throw new DataFormatError(`${this.path}, line ${this.lineFeeds + 1}: a carriage return is not followed by a line feed: only LF and CRLF line endings are supported`, {
          file: this.path,
          line: this.lineFeeds + 1
        });
      }
      this.afterCr = false;
      if (c === QUOTE) this.quoted = !this.quoted;
      else if (c === CR) this.afterCr = !this.quoted;
      else if (c === LF) {
        if (!this.quoted) {
          this.pieces.push(chunk.subarray(0, i));
          this.bytes += i;
          this.ended = true;
          return chunk.subarray(i + 1);
        }
        this.lineFeeds++;
      }
    }
    this.pieces.push(chunk);
    this.bytes += chunk.length;
    return void 0;
  }
  names() {
    const path = this.path;
    const text = Buffer.concat(this.pieces).toString("utf8").replace(/^\uFEFF/, "");
    if (text === "" && !this.ended) throw new DataFormatError(`${path}: the file is empty: expected a header row`, { file: path, line: 1 });
    if (text.trim() === "") throw new DataFormatError(`${path}, line 1: the first line is blank: expected a header row`, { file: path, line: 1 });
    try {
      return parseCsvHeader(text);
    } catch (error) {
      if (error instanceof DataFormatError) throw new DataFormatError(`${path}, line 1: ${error.message}`, { file: path, line: 1 });
      throw error;
    }
  }
};
var CsvBodyParser = class {
  constructor(path, header, firstLine, columns) {
    this.path = path;
    this.header = header;
    this.fieldCount = header.length;
    this.line = this.recordLine = firstLine;
    const indexOf = new Map(header.map((name, index) => [name, index]));
    const missing = columns.filter((c) => !indexOf.has(c.name)).map((c) => c.name);
    if (missing.length > 0) throw missingColumnsError(path, missing, header, "the header");
    this.slotOfField = new Int32Array(header.length).fill(-1);
    columns.forEach((c, slot) => this.slotOfField[indexOf.get(c.name)] = slot);
    this.builders = createBuilders(columns, INITIAL_ROWS);
    this.capacity = this.builders.length > 0 ? INITIAL_ROWS : Infinity;
  }
  path;
  header;
  fieldCount;
  /** Index into `builders` of each field of a record, or -1 for a field that is skipped. */
  slotOfField;
  builders;
  capacity;
  rowCount = 0;
  state = FIELD_START;
  col = 0;
  line;
  recordLine;
  quoteLine = 0;
  /** The record so far is a blank line ended by CR (skipped once its LF arrives). */
  blankCr = false;
  /** The current quoted field's text is being assembled in `scratch` (it had "" or spans chunks). */
  quotedInScratch = false;
  scratch = Buffer.allocUnsafe(256);
  scratchLength = 0;
  push(buf) {
    const n = buf.length;
    const fieldCount = this.fieldCount;
    const slotOfField = this.slotOfField;
    let state = this.state;
    let col = this.col;
    let line = this.line;
    let row = this.rowCount;
    let slot = col < fieldCount ? slotOfField[col] : -1;
    let segmentStart = 0;
    let segmentEnd = 0;
    let i = 0;
    let c = 0;
    outer: while (i < n) {
      switch (state) {
        case FIELD_START: {
          slot = col < fieldCount ? slotOfField[col] : -1;
          c = buf[i];
          if (c === QUOTE) {
            state = QUOTED;
            this.quoteLine = line;
            segmentStart = ++i;
            continue outer;
          }
          if (col === 0 && (c === LF || c === CR)) {
            i++;
            if (c === LF) this.recordLine = ++line;
            else {
              this.blankCr = true;
              state = AFTER_CR;
            }
            continue outer;
          }
          const start = i;
          if (slot >= 0) {
            const builder = this.builders[slot];
            if (builder.kind === "numeric") {
              const value = scanDecimal(buf, i, n);
              i = SCANNED.end;
              if (i < n && value !== NOT_SIMPLE) {
                c = buf[i];
                if (c === COMMA || c === LF || c === CR) {
                  builder.values[row] = value;
                  break;
                }
              }
              if (i === n) i--;
              c = buf[i];
            }
          }
          while (c !== COMMA && c !== LF && c !== CR) {
            if (++i === n) {
              if (slot >= 0) this.appendScratch(buf, start, n);
              state = UNQUOTED;
              break outer;
            }
            c = buf[i];
          }
          if (slot >= 0) this.store(slot, buf, start, i, row, line);
          break;
        }
        case UNQUOTED: {
          c = buf[i];
          while (c !== COMMA && c !== LF && c !== CR) {
            if (++i === n) {
              if (slot >= 0) this.appendScratch(buf, 0, n);
              break outer;
            }
            c = buf[i];
          }
          if (slot >= 0) {
            this.appendScratch(buf, 0, i);
            this.store(slot, this.scratch, 0, this.scratchLength, row, line);
          }
          this.scratchLength = 0;
          break;
        }
        case QUOTED: {
          for (c = buf[i]; c !== QUOTE; c = buf[i]) {
            if (c === LF) line++;
            if (++i === n) {
              if (slot >= 0) this.appendScratch(buf, segmentStart, n);
              this.quotedInScratch = true;
              break outer;
            }
          }
          segmentEnd = i++;
          state = QUOTE_END;
          continue outer;
        }
        case QUOTE_END: {
          c = buf[i];
          if (c === QUOTE) {
            if (slot >= 0) this.appendScratch(buf, segmentStart, segmentEnd + 1);
            this.quotedInScratch = true;
            segmentStart = ++i;
            state = QUOTED;
            continue outer;
          }
          if (c !== COMMA && c !== LF && c !== CR) {
            throw this.error(line, `in column ${this.describeField(col)}, text follows the closing quote of a quoted field: a quote inside a quoted field must be doubled ("")`);
          }
          if (slot >= 0) {
            if (this.quotedInScratch) {
              this.appendScratch(buf, segmentStart, segmentEnd);
              this.store(slot, this.scratch, 0, this.scratchLength, row, this.quoteLine);
            } else this.store(slot, buf, segmentStart, segmentEnd, row, this.quoteLine);
          }
          this.quotedInScratch = false;
          this.scratchLength = 0;
          break;
        }
        default: {
          c = buf[i];
          if (c !== LF) throw this.error(line, "a carriage return is not followed by a line feed: only LF and CRLF line endings are supported");
          if (this.blankCr) {
            this.blankCr = false;
            i++;
            this.recordLine = ++line;
            state = FIELD_START;
            continue outer;
          }
          break;
        }
      }
      i++;
      if (c === COMMA) {
        col++;
        state = FIELD_START;
      } else if (c === CR) state = AFTER_CR;
      else {
        if (col + 1 !== fieldCount) throw this.raggedError(col + 1, line);
        this.recordLine = ++line;
        col = 0;
        state = FIELD_START;
        if (++row === this.capacity) this.grow();
      }
    }
    if (state === QUOTE_END && i === n && segmentEnd === n - 1) {
      if (slot >= 0) this.appendScratch(buf, segmentStart, segmentEnd);
      this.quotedInScratch = true;
    }
    this.state = state;
    this.col = col;
    this.line = line;
    this.rowCount = row;
  }
  /**
   * Sizes the columns for the whole file from the rows in its first `seen` body bytes (a little
   * over), so a large file is not copied at every doubling; doubling still covers a low estimate.
   */
  expectBodyBytes(seen, total) {
    if (this.rowCount === 0 || seen >= total || this.capacity === Infinity) return;
    const estimate = Math.ceil(this.rowCount * total / seen * 1.04) + 64;
    if (estimate <= this.capacity) return;
    this.capacity = estimate;
    for (const builder of this.builders) builder.reserve(estimate);
  }
  finish() {
    const slot = this.col < this.fieldCount ? this.slotOfField[this.col] : -1;
    switch (this.state) {
      case FIELD_START:
        if (this.col === 0) break;
        if (slot >= 0) this.store(slot, this.scratch, 0, 0, this.rowCount, this.line);
        this.endLastRecord();
        break;
      case UNQUOTED:
        if (slot >= 0) this.store(slot, this.scratch, 0, this.scratchLength, this.rowCount, this.line);
        this.endLastRecord();
        break;
      case QUOTED:
        throw this.error(this.quoteLine, `the quoted field that starts here (column ${this.describeField(this.col)}) is never closed: the file ends inside it`);
      case QUOTE_END:
        if (slot >= 0) this.store(slot, this.scratch, 0, this.scratchLength, this.rowCount, this.quoteLine);
        this.endLastRecord();
        break;
      default:
        if (!this.blankCr) this.endLastRecord();
    }
    return finishTable(this.builders, this.rowCount);
  }
  /** The file ended without a line break after the last record. */
  endLastRecord() {
    if (this.col + 1 !== this.fieldCount) throw this.raggedError(this.col + 1, this.line);
    this.rowCount++;
  }
  store(slot, bytes, start, end, row, line) {
    const builder = this.builders[slot];
    if (builder.kind === "numeric") {
      let value = parseAsciiDecimal(bytes, start, end);
      if (value === NOT_SIMPLE) value = this.numberFromField(builder, bytes.toString("utf8", start, end), line);
      builder.values[row] = value;
    } else builder.codes[row] = start === end ? MISSING_CODE : builder.code(bytes.toString("utf8", start, end));
  }
  numberFromField(builder, text, line) {
    const value = numberFromText(text);
    if (value !== void 0) return value;
    throw new DataFormatError(`${this.path}, line ${line}: column '${builder.name}' is numeric, but ${describeBadNumber(text)} (${MISSING_HINT})`, {
      file: this.path,
      line,
      column: builder.name
    });
  }
  /** Appends bytes [start, end) of `from` to the field assembled in scratch. */
  appendScratch(from, start, end) {
    const needed = this.scratchLength + (end - start);
    if (needed > this.scratch.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.scratch.length * 2));
      this.scratch.copy(grown, 0, 0, this.scratchLength);
      this.scratch = grown;
    }
    this.scratchLength += from.copy(this.scratch, this.scratchLength, start, end);
  }
  grow() {
    this.capacity *= 2;
    for (const builder of this.builders) builder.reserve(this.capacity);
  }
  describeField(col) {
    return col < this.fieldCount ? `'${this.header[col]}'` : `${col + 1} (beyond the header)`;
  }
  raggedError(fields, endLine) {
    const start = this.recordLine;
    const span = endLine > start ? ` (the row runs to line ${endLine})` : "";
    const hint = fields > this.fieldCount ? "a field with a comma in it must be in double quotes" : "every row needs a value, possibly empty, for each column";
    return this.error(start, `this row has ${fields} field${fields === 1 ? "" : "s"} but the header has ${this.fieldCount}${span}: ${hint}`);
  }
  error(line, message) {
    return new DataFormatError(`${this.path}, line ${line}: ${message}`, { file: this.path, line });
  }
};

// src/io/data/jsonl.ts
import { createReadStream as createReadStream3 } from "node:fs";
var LF2 = 10;
var CHUNK_BYTES2 = 1 << 20;
var BLANK = /^[ \t\r]*$/;
async function readJsonlTable(path, columns, options = {}) {
  const builders = createBuilders(columns);
  const seen = new Array(columns.length).fill(false);
  let firstKeys;
  let capacity = INITIAL_CAPACITY;
  let rowCount = 0;
  let line = 1;
  const fail = (message, column) => new DataFormatError(`${path}, line ${line}: ${message}`, column === void 0 ? { file: path, line } : { file: path, line, column });
  const readLine = (bytes) => {
    let text = bytes.toString("utf8");
    if (line === 1 && text.charCodeAt(0) === 65279) text = text.slice(1);
    if (BLANK.test(text)) return;
    let record;
    try {
      record = JSON.parse(text);
    } catch (error) {
      throw fail(`not valid JSON (${error.message})`);
    }
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      throw fail(`expected a JSON object, got ${Array.isArray(record) ? "an array" : record === null ? "null" : `a ${typeof record}`}`);
    }
    const object = record;
    firstKeys ??= Object.keys(object);
    if (rowCount === capacity) {
      capacity *= 2;
      for (const builder of builders) builder.reserve(capacity);
    }
    for (let slot = 0; slot < columns.length; slot++) {
      const name = columns[slot].name;
      const present = Object.hasOwn(object, name);
      if (present) seen[slot] = true;
      const problem = storeValue(builders[slot], rowCount, present ? object[name] : void 0);
      if (problem !== void 0) throw fail(`column '${name}': ${problem}`, name);
    }
    rowCount++;
  };
  const utf8 = new Utf8Checker();
  const pending = [];
  for await (const chunk of createReadStream3(path, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES2 })) {
    const invalid = utf8.push(chunk);
    if (invalid !== -1) throw await invalidUtf8(path, invalid);
    let start = 0;
    for (let end = chunk.indexOf(LF2); end !== -1; end = chunk.indexOf(LF2, start)) {
      const piece = chunk.subarray(start, end);
      readLine(pending.length > 0 ? Buffer.concat([...pending.splice(0), piece]) : piece);
      line++;
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  const cutOff = utf8.end();
  if (cutOff !== -1) throw await invalidUtf8(path, cutOff);
  if (pending.length > 0) readLine(Buffer.concat(pending));
  if (rowCount === 0) throw new DataFormatError(`${path}: the file has no records: expected one JSON object per line`, { file: path });
  const missing = columns.filter((_, slot) => !seen[slot]).map((c) => c.name);
  if (missing.length > 0) throw missingColumnsError(path, missing, firstKeys ?? [], "any record", "the first record");
  return finishTable(builders, rowCount);
}

// src/io/data/parquet.ts
import { isUtf8 as isUtf82 } from "node:buffer";
var INVALID_TEXT = /* @__PURE__ */ Symbol("invalid UTF-8");
var utf8Decoder = new TextDecoder("utf-8");
var PARSERS = {
  stringFromBytes: (bytes) => bytes && (isUtf82(bytes) ? utf8Decoder.decode(bytes) : INVALID_TEXT)
};
async function readParquetTable(path, columns) {
  let file;
  let metadata;
  try {
    file = await asyncBufferFromFile(path);
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new DataFormatError(`${path}: not a readable Parquet file (${error.message})`, { file: path });
  }
  const topLevel = new Map(parquetSchema(metadata).children.map((child) => [child.element.name, child]));
  const missing = columns.filter((c) => !topLevel.has(c.name)).map((c) => c.name);
  if (missing.length > 0) throw missingColumnsError(path, missing, [...topLevel.keys()], "the Parquet schema", "the schema");
  const elements = columns.map((c) => {
    const node = topLevel.get(c.name);
    if (node.children.length > 0) {
      throw new DataFormatError(`${path}: column '${c.name}' is a nested Parquet column (a struct, list or map); modelops reads flat columns only`, { file: path, column: c.name });
    }
    return node.element;
  });
  const rowCount = Number(metadata.num_rows);
  const builders = createBuilders(columns, rowCount);
  const slotOf = new Map(columns.map((c, slot) => [c.name, slot]));
  const filled = new Array(columns.length).fill(0);
  let failure;
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupEnd = groupStart + Number(group.num_rows);
    if (columns.length > 0) {
      const onChunk = (chunk) => {
        if (failure) return;
        const slot = slotOf.get(chunk.columnName);
        if (slot === void 0) return;
        const from = Math.max(chunk.rowStart, groupStart);
        const to = Math.min(chunk.rowEnd, groupEnd);
        failure = copyChunk(path, builders[slot], elements[slot], chunk, from, to);
        if (!failure) filled[slot] += Math.max(0, to - from);
      };
      try {
        await parquetRead({ file, metadata, columns: columns.map((c) => c.name), rowStart: groupStart, rowEnd: groupEnd, parsers: PARSERS, onChunk });
      } catch (error) {
        throw new DataFormatError(`${path}: cannot read rows ${groupStart}-${groupEnd - 1} (${error.message})`, { file: path, row: groupStart });
      }
      if (failure) throw failure;
    }
    groupStart = groupEnd;
  }
  const short = columns.findIndex((_, slot) => filled[slot] !== rowCount);
  if (short !== -1) {
    throw new DataFormatError(`${path}: column '${columns[short].name}' has ${filled[short]} values but the file has ${rowCount} rows`, { file: path, column: columns[short].name });
  }
  return finishTable(builders, rowCount);
}
function copyChunk(path, builder, element, chunk, from, to) {
  const data = chunk.columnData;
  const offset = chunk.rowStart;
  if (builder.kind === "numeric" && ArrayBuffer.isView(data) && !(data instanceof BigInt64Array) && !(data instanceof BigUint64Array)) {
    const values = data;
    for (let row = from; row < to; row++) {
      const value = values[row - offset];
      if (value === Infinity || value === -Infinity) return valueError(path, builder, element, row, `${value} is not accepted (infinite values are not numbers modelops can use)`);
      builder.values[row] = value;
    }
    return void 0;
  }
  for (let row = from; row < to; row++) {
    const value = data[row - offset];
    if (value === INVALID_TEXT) return valueError(path, builder, element, row, "the text is not valid UTF-8");
    const problem = storeValue(builder, row, value);
    if (problem !== void 0) return valueError(path, builder, element, row, problem);
  }
  return void 0;
}
function valueError(path, builder, element, row, problem) {
  const type = element.logical_type?.type ?? element.converted_type ?? element.type ?? "unknown type";
  return new DataFormatError(`${path}, row ${row} (counting from 0): column '${builder.name}' (Parquet ${type}, read as ${builder.kind}): ${problem}`, {
    file: path,
    row,
    column: builder.name
  });
}

// src/io/data/read-table.ts
var TABLE_READERS = {
  csv: readCsvTable,
  jsonl: readJsonlTable,
  parquet: readParquetTable
};
async function readTable(path, request) {
  checkRequest(path, request.columns);
  const reader = TABLE_READERS[request.format];
  if (!reader) throw new Error(`${path}: unknown data format '${String(request.format)}'`);
  return reader(path, request.columns);
}

// src/commands/evaluate/measure.ts
var SAMPLE_ROWS = 5e3;
var LATENCY_ROWS = 200;
var LATENCY_WARMUP = 10;
function sampleTable(table, seed) {
  if (table.rowCount <= SAMPLE_ROWS) return { table };
  const rng = createRng(seed);
  const indices = new Uint32Array(SAMPLE_ROWS);
  let chosen = 0;
  for (let row = 0; row < table.rowCount && chosen < SAMPLE_ROWS; row++) {
    if ((table.rowCount - row) * rng.nextFloat() < SAMPLE_ROWS - chosen) indices[chosen++] = row;
  }
  return { table: takeRows(table, indices), indices };
}
async function measureLatency(runner, table) {
  const rows = Math.min(LATENCY_ROWS, table.rowCount);
  const prepared = Array.from({ length: rows }, (_, row) => runner.prepare(table, row, row + 1));
  for (let i = 0; i < Math.min(LATENCY_WARMUP, rows); i++) await runner.runRaw(prepared[i]);
  const times = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const started = performance.now();
    await runner.runRaw(prepared[i]);
    times[i] = performance.now() - started;
  }
  const sorted = Array.from(times).sort((a, b) => a - b);
  return { p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95), p99: quantileSorted(sorted, 0.99) };
}
function scoresOf(prediction) {
  if (prediction.task === "binary-classification") return { score: prediction.score, label: prediction.yPred };
  if (prediction.task === "multiclass-classification") {
    const k = prediction.classCount;
    return { score: Float64Array.from(prediction.yPred, (c, row) => prediction.probabilities[row * k + c]), label: prediction.yPred };
  }
  return { score: prediction.prediction, label: prediction.prediction };
}
async function perturbedRun(runner, base, table, range) {
  let prediction;
  try {
    prediction = await runner.predict(table);
  } catch (error) {
    if (error instanceof OnnxModelError && (error.code === "non-finite-output" || error.code === "score-out-of-range")) {
      const count = error.badRows?.count ?? table.rowCount;
      return {
        labelFlipRate: Number.NaN,
        meanScoreChange: Number.NaN,
        nonFinite: error.code === "non-finite-output" ? count : 0,
        outOfRange: error.code === "score-out-of-range" ? count : 0
      };
    }
    throw error;
  }
  const { score: score2, label } = scoresOf(prediction);
  let outOfRange = 0;
  if (range) {
    for (const s of score2) if (range.min !== void 0 && s < range.min || range.max !== void 0 && s > range.max) outOfRange++;
  }
  const regression = prediction.task === "regression";
  return {
    labelFlipRate: regression ? 0 : flipRate(base.label, label),
    meanScoreChange: meanAbsoluteChange(base.score, score2),
    nonFinite: 0,
    outOfRange
  };
}
async function measureRobustness(runner, table, settings) {
  const base = scoresOf(await runner.predict(table));
  const measurements = [];
  const worstOf = async (check, variants) => {
    let worst;
    const totals = { nonFinite: 0, outOfRange: 0 };
    for (const variant of variants) {
      const result = await perturbedRun(runner, base, variant.table, settings.outputRange);
      totals.nonFinite += result.nonFinite;
      totals.outOfRange += result.outOfRange;
      const worse = !worst || Number.isNaN(result.labelFlipRate) || result.labelFlipRate > worst.labelFlipRate || result.labelFlipRate === worst.labelFlipRate && result.meanScoreChange > worst.meanScoreChange;
      if (worse && !(worst && Number.isNaN(worst.labelFlipRate))) worst = { ...result, feature: variant.feature };
    }
    if (!worst) return;
    const measurement = {
      check,
      labelFlipRate: worst.labelFlipRate,
      meanScoreChange: worst.meanScoreChange,
      nonFinite: totals.nonFinite,
      outOfRange: totals.outOfRange,
      rows: table.rowCount * variants.length
    };
    if (worst.feature !== void 0 && variants.length > 1) measurement.worstFeature = worst.feature;
    measurements.push(measurement);
  };
  for (const check of settings.checks) {
    if (check === "missing_values") await worstOf(check, settings.features.map((feature) => ({ feature, table: withMissing(table, feature) })));
    if (check === "zeros") await worstOf(check, settings.numeric.map((feature) => ({ feature, table: withConstant(table, feature, 0) })));
    if (check === "extremes") {
      const variants = settings.numeric.flatMap((feature) => {
        const range = settings.ranges.get(feature) ?? finiteRange(table.columns.get(feature).values);
        if (!range) return [];
        const { low, high } = extremeValues(range, settings.extremeFactor);
        return [
          { feature: `${feature} (high)`, table: withConstant(table, feature, high) },
          { feature: `${feature} (low)`, table: withConstant(table, feature, low) }
        ];
      });
      await worstOf(check, variants);
    }
    if (check === "noise") {
      const rng = createRng(settings.seed);
      await worstOf(check, [{ feature: "all numeric features", table: withNoise(table, settings.numeric, settings.noiseLevel, () => rng.nextFloat()) }]);
    }
  }
  return measurements;
}
async function permutationImportance(runner, table, features, metric, toInput, options) {
  const reference = metricOrNaN(metric, toInput(await runner.predict(table)));
  const rng = createRng(options.seed);
  const result = [];
  for (const feature of features) {
    const drops = [];
    for (let r = 0; r < options.repeats; r++) {
      const shuffled = withShuffledColumn(table, feature, (bound) => rng.nextBelow(bound));
      drops.push(reference - metricOrNaN(metric, toInput(await runner.predict(shuffled))));
    }
    const mean2 = drops.reduce((a, b) => a + b, 0) / drops.length;
    const std = Math.sqrt(drops.reduce((a, b) => a + (b - mean2) ** 2, 0) / drops.length);
    result.push({ feature, importance: mean2, std });
  }
  return result.sort((a, b) => b.importance - a.importance);
}

// src/commands/evaluate/evaluate-model.ts
var IMPORTANCE_METRIC = { "binary-classification": "roc_auc", "multiclass-classification": "accuracy", regression: "r2" };
var IMPORTANCE_REPEATS = 3;
var DEFAULT_TOLERANCE = 0;
var DEFAULT_ALPHA = 0.05;
function labelRequest(manifest) {
  return { name: manifest.data.label.column, kind: manifest.problem.task === "regression" ? "numeric" : "categorical" };
}
function columnRequests(manifests) {
  const requests = /* @__PURE__ */ new Map();
  for (const manifest of manifests) {
    for (const feature of [...manifest.data.features.map((f) => ({ name: f.name, kind: f.type })), labelRequest(manifest)]) {
      const seen = requests.get(feature.name);
      if (seen && seen.kind !== feature.kind) {
        throw new Error(`column '${feature.name}' is ${seen.kind} for one version of the model and ${feature.kind} for the other; they cannot share the evaluation data`);
      }
      requests.set(feature.name, feature);
    }
  }
  return [...requests.values()];
}
function truthInput(manifest, table) {
  const label = table.columns.get(manifest.data.label.column);
  const task = manifest.problem.task;
  if (task === "binary-classification") {
    const yTrue2 = binaryTruth(label, manifest.data.label.positive);
    return (p) => {
      if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
      return { task, yTrue: yTrue2, score: p.score, yPred: p.yPred };
    };
  }
  if (task === "multiclass-classification") {
    const classes = manifest.data.label.classes ?? (label.kind === "categorical" ? [...label.categories].sort() : []);
    const yTrue2 = multiclassTruth(label, classes);
    return (p) => {
      if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
      return { task, yTrue: yTrue2, probabilities: p.probabilities, classCount: p.classCount, yPred: p.yPred };
    };
  }
  const yTrue = regressionTruth(label);
  return (p) => {
    if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
    return { task, yTrue, yPred: p.prediction };
  };
}
async function trainingRanges(manifest, files) {
  const training = manifest.data.training;
  const numeric = manifest.data.features.filter((f) => f.type === "numeric").map((f) => ({ name: f.name, kind: "numeric" }));
  const ranges = /* @__PURE__ */ new Map();
  if (!training?.path || numeric.length === 0) return ranges;
  const format = formatOf(training.path, training.format);
  if (!format) return ranges;
  const table = await readTable(files.absolute(training.path), { format, columns: numeric });
  for (const { name } of numeric) {
    const range = finiteRange(table.columns.get(name).values);
    if (range) ranges.set(name, range);
  }
  return ranges;
}
function skipped(gate2, blocking, why) {
  return { gate: gate2, verdict: "skipped", blocking, summary: why, checks: [] };
}
async function evaluateModel(manifest, manifestPath, context) {
  const { files, policy, seed, progress } = context;
  const name = manifest.metadata.name;
  const blocking = policy.stages[manifest.stage].on_failure === "block";
  const declared = manifest.gates ?? {};
  const evaluationPath = manifest.data.evaluation.path;
  const champion = declared.champion && context.git ? await findChampion(context.git, name, manifestPath, context.base).catch((error) => error) : void 0;
  const championManifest = champion && !(champion instanceof Error) ? champion.manifest : void 0;
  const runners = [];
  try {
    progress(`${name}: reading ${evaluationPath}`);
    const table = await readTable(files.absolute(evaluationPath), {
      format: formatOf(evaluationPath, manifest.data.evaluation.format),
      columns: columnRequests(championManifest ? [manifest, championManifest] : [manifest])
    });
    const toInput = truthInput(manifest, table);
    const artifact = files.absolute(manifest.artifact.path);
    const runner = await openModel(artifact, runnerSpecFromManifest(manifest));
    runners.push(runner);
    progress(`${name}: running ${manifest.artifact.path} on ${table.rowCount} rows`);
    const started = performance.now();
    const prediction = await runner.predict(table);
    const seconds = (performance.now() - started) / 1e3;
    const input = toInput(prediction);
    const { values: metrics, problems } = computeMetrics(input);
    const evaluation = { dataset: evaluationPath, rows: table.rowCount, metrics };
    if (input.task === "binary-classification") evaluation.confusion = confusionMatrix(input.yTrue, input.yPred);
    progress(`${name}: measuring latency`);
    const latencyMs = await measureLatency(runner, table);
    evaluation.operational = {
      latencyMs,
      throughputRowsPerS: table.rowCount / Math.max(seconds, 1e-9),
      modelSizeMb: (await stat3(artifact)).size / 2 ** 20,
      peakRssMb: process.resourceUsage().maxRSS / 1024
    };
    if (manifest.baseline) {
      evaluation.baseline = { kind: manifest.baseline.kind, description: manifest.baseline.description, comparisons: baselineComparisons(manifest, metrics) };
    }
    const sample = sampleTable(table, seed);
    const features = manifest.data.features.map((f) => f.name);
    const sampleInput = truthInput(manifest, sample.table);
    const metric = IMPORTANCE_METRIC[manifest.problem.task];
    progress(`${name}: permutation importance on ${sample.table.rowCount} rows`);
    evaluation.importance = {
      metric,
      repeats: IMPORTANCE_REPEATS,
      rows: sample.table.rowCount,
      challenger: (await permutationImportance(runner, sample.table, features, metric, sampleInput, { repeats: IMPORTANCE_REPEATS, seed })).slice(0, 10)
    };
    const gates = [];
    if (declared.performance) gates.push(performanceGate(manifest, evaluation, problems, blocking));
    if (declared.robustness) {
      progress(`${name}: robustness`);
      const config = declared.robustness;
      const checks = ROBUSTNESS_CHECKS.filter((check) => config[check] !== void 0);
      const measurements = await measureRobustness(runner, sample.table, {
        checks: checks.length > 0 ? checks : ["noise"],
        numeric: manifest.data.features.filter((f) => f.type === "numeric").map((f) => f.name),
        features,
        ranges: await trainingRanges(manifest, files),
        extremeFactor: config["extremes"]?.["factor"] ?? 10,
        noiseLevel: config["noise"]?.["level"] ?? 0.01,
        ...declared.robustness["output_range"] ? { outputRange: declared.robustness["output_range"] } : {},
        seed
      });
      gates.push(robustnessGate(manifest, measurements, blocking));
    }
    if (declared.champion) {
      if (champion instanceof Error) gates.push({ gate: "champion", verdict: "error", blocking, summary: champion.message, checks: [] });
      else if (!champion) {
        gates.push(skipped("champion", blocking, context.git ? `no production version of ${name} to compare with (no ${name}#production#N tag, and the base has none)` : "not a git repository: the production version cannot be found"));
      } else if (champion.manifest.metadata.version === manifest.metadata.version && champion.manifest.artifact.sha256 === manifest.artifact.sha256) {
        gates.push(skipped("champion", blocking, `this is the production version (${champion.source})`));
      } else {
        progress(`${name}: champion ${champion.manifest.metadata.version} from ${champion.source}`);
        const championRunner = await openModel(champion.artifactPath, runnerSpecFromManifest(champion.manifest));
        runners.push(championRunner);
        const championInput = truthInput(champion.manifest, table)(await championRunner.predict(table));
        const settings = declared.champion;
        const compared = compareWithChampion(input, championInput, {
          metrics: settings.metrics,
          tolerance: settings.tolerance ?? DEFAULT_TOLERANCE,
          alpha: settings.alpha ?? DEFAULT_ALPHA,
          seed
        });
        evaluation.champion = {
          version: champion.manifest.metadata.version,
          source: champion.source,
          commit: champion.commit,
          metrics: computeMetrics(championInput).values,
          comparisons: compared.comparisons,
          ...compared.mcnemar ? { mcnemar: compared.mcnemar } : {}
        };
        const championFeatures = champion.manifest.data.features.map((f) => f.name);
        evaluation.importance.champion = (await permutationImportance(championRunner, sample.table, championFeatures, metric, truthInput(champion.manifest, sample.table), { repeats: IMPORTANCE_REPEATS, seed })).slice(0, 10);
        gates.push(gateResult("champion", compared.checks, blocking));
      }
    }
    for (const gate2 of ["fairness", "drift"]) {
      if (declared[gate2]) gates.push(skipped(gate2, blocking, `declared, but this release of modelops does not evaluate the ${gate2} gate yet`));
    }
    return { evaluation, gates };
  } finally {
    for (const runner of runners) await runner.release();
    if (champion && !(champion instanceof Error)) await champion.dispose();
  }
}

// src/commands/gate.ts
function selected(model, options) {
  if (options.all || options.paths && options.paths.length > 0 || !options.base) return true;
  return model.change?.kind !== "unchanged";
}
function evaluationFinding(error, model, artifact, dataset) {
  const finding = (code, message, file) => ({ severity: "error", category: "input", code, message, file });
  if (error instanceof OnnxModelError) return finding(`onnx-${error.code}`, error.message.replace(`${error.modelPath}: `, ""), artifact);
  if (error instanceof DataFormatError) return finding("unreadable-data", error.message, dataset);
  if (error instanceof LabelError) return finding("bad-labels", error.message, dataset);
  if (error instanceof ChampionError) return finding("champion-unavailable", error.message, model.manifest);
  return void 0;
}
async function gate(options) {
  const { report, files, policy, git, manifests } = await validateRepository(options, "gate");
  const progress = options.progress ?? (() => void 0);
  for (const model of report.models) {
    const manifest = manifests.get(model.manifest);
    if (!selected(model, options)) continue;
    if (!manifest || model.verdict === "error") continue;
    try {
      const { evaluation, gates } = await evaluateModel(manifest, model.manifest, {
        files,
        policy,
        ...git ? { git } : {},
        ...report.repository.base ? { base: report.repository.base } : {},
        seed: options.seed ?? 0,
        progress
      });
      model.evaluation = evaluation;
      model.gates = gates;
      for (const required of policy.stages[manifest.stage].gates) {
        const result = gates.find((g2) => g2.gate === required);
        if (result?.verdict === "skipped") {
          model.findings.push({ severity: "warning", category: "policy", code: "gate-not-evaluated", message: `stage ${manifest.stage} requires the ${required} gate, which was not evaluated: ${result.summary}`, file: model.manifest });
        }
      }
    } catch (error) {
      const finding = evaluationFinding(error, model, manifest.artifact.path, manifest.data.evaluation.path);
      if (!finding) throw error;
      model.findings.push(finding);
    }
    model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g2) => g2.verdict)]);
  }
  return buildReport({
    command: "gate",
    toolVersion: TOOL_VERSION,
    root: report.repository.root,
    ...report.repository.base ? { base: report.repository.base } : {},
    findings: report.findings,
    models: report.models
  });
}

// src/commands/init.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, relative } from "node:path";

// src/core/scaffold.ts
function scaffoldManifest(options) {
  const { name, task } = options;
  const dir = `models/${name}`;
  const binary = task === "binary-classification";
  const lines = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  lines.push(
    `# Manifest of model '${name}'. Fill in every TODO, then run: modelops validate ${dir}/model.yaml`,
    "apiVersion: modelops/v1",
    "kind: Model",
    "metadata:",
    `  name: ${name}`,
    "  version: 0.1.0",
    '  owners: ["@TODO-github-user-or-team"]',
    "  description: TODO one or two sentences on what the model does",
    "stage: development",
    "problem:",
    "  statement: TODO the problem in plain language, and the decision the predictions feed",
    `  task: ${task}`,
    "  kpis:",
    "    - name: TODO business KPI",
    "      target: TODO target value or direction",
    "  acceptance: TODO the criteria agreed with stakeholders for going live",
    "artifact:",
    `  path: ${dir}/model.onnx`,
    `  sha256: "${options.artifactSha256 ?? "0".repeat(64)}"  # sha256sum ${dir}/model.onnx`,
    "  format: onnx",
    "  inputs:",
    "    layout: tensor          # tensor: one [N, k] float input; columns: one input per column",
    "  outputs:",
    ...task === "regression" ? ["    prediction: variable"] : ["    score: probabilities", ...binary ? ["    score_column: 1"] : []],
    ...binary ? ["  threshold: 0.5"] : [],
    "data:",
    "  label:",
    "    column: TODO",
    ...binary ? ["    positive: TODO  # value of the positive class"] : [],
    "  features:",
    "    - name: TODO",
    "      type: numeric       # numeric | categorical",
    "  evaluation:",
    `    path: ${dir}/data/evaluation.csv`,
    `    sha256: "${"0".repeat(64)}"  # sha256sum ${dir}/data/evaluation.csv`,
    "    provenance: TODO where the data comes from, its owner and licence",
    "gates:",
    "  performance:",
    "    metrics:",
    ...task === "regression" ? ["      rmse: {max: 1.0}"] : binary ? ["      roc_auc: {min: 0.7}"] : ["      accuracy: {min: 0.7}"],
    "checklist:"
  );
  for (const section of CHECKLIST_SECTIONS) {
    lines.push(`  # ${SECTION_TITLES[section]}`, `  ${section}:`);
    for (const item of CHECKLIST.filter((i) => i.section === section)) {
      lines.push(`    # ${item.question}`, `    ${item.key}: {answer: no, evidence: ""}`);
    }
  }
  return lines.join("\n") + "\n";
}

// src/commands/init.ts
async function init(options) {
  if (!new RegExp(NAME_PATTERN).test(options.name)) {
    throw new UsageError(`model name '${options.name}' must be a lowercase DNS label (a-z, 0-9 and -, at most 63 characters)`);
  }
  const files = await RepoFiles.open(options.repo).catch((error) => {
    throw new UsageError(error.message);
  });
  const path = `models/${options.name}/model.yaml`;
  if (!options.force && await files.read(path) !== void 0) throw new UsageError(`${path} already exists (use --force to overwrite)`);
  const artifact = `models/${options.name}/model.onnx`;
  const artifactExists = await files.read(artifact).catch(() => void 0) !== void 0;
  const target = files.absolute(path);
  const text = scaffoldManifest({
    name: options.name,
    task: options.task,
    ...artifactExists ? { artifactSha256: await sha256File(files.absolute(artifact)) } : {},
    ...options.schemaFile ? { schemaPath: relative(dirname(target), options.schemaFile).split("\\").join("/") } : {}
  });
  await mkdir(dirname(target), { recursive: true });
  await writeFile2(target, text, { flag: options.force ? "w" : "wx" });
  return { path };
}

// src/core/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, gray: 90, bold: 1 };
function renderText(report, options = {}) {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
  const verdictStyle = (v) => v === "pass" ? "green" : v === "warn" ? "yellow" : v === "skipped" ? "gray" : "red";
  const lines = [];
  const header = `modelops ${report.command} \xB7 ${report.repository.root}`;
  lines.push(paint("bold", header) + "  " + paint(verdictStyle(report.verdict), `${report.verdict.toUpperCase()} (exit ${report.exitCode})`));
  if (report.repository.base) lines.push(paint("gray", `compared with ${report.repository.base.ref} (${report.repository.base.commit.slice(0, 12)})`));
  const findingLine = (f, indent) => {
    const where = location(f);
    const severity = paint(f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "gray", f.severity);
    const out = [`${indent}${where ? where + ": " : ""}${severity}: ${f.message}`];
    if (f.hint) out.push(`${indent}  ${paint("gray", "hint: " + f.hint)}`);
    return out;
  };
  for (const f of report.findings) lines.push(...findingLine(f, ""));
  for (const model of report.models) {
    lines.push("");
    lines.push(`${paint(verdictStyle(model.verdict), VERDICT_MARK[model.verdict])} ${paint("bold", modelTitle(model))}  ${paint(verdictStyle(model.verdict), model.verdict)}  ${paint("gray", model.manifest)}`);
    const change = changeText(model);
    if (change) lines.push(`  change: ${change}`);
    const checklist = checklistText(model);
    if (checklist) lines.push(`  checklist: ${checklist}`);
    const evaluation = model.evaluation;
    if (evaluation) {
      const metrics = Object.entries(evaluation.metrics).map(([id, v]) => `${id} ${num(v)}`);
      lines.push(`  evaluated on ${evaluation.dataset} (${evaluation.rows} rows): ${metrics.join(", ")}`);
      const op = evaluation.operational;
      if (op) lines.push(`  latency p50/p95/p99 ${num(op.latencyMs.p50)}/${num(op.latencyMs.p95)}/${num(op.latencyMs.p99)} ms, ${num(op.throughputRowsPerS)} rows/s, ${num(op.modelSizeMb)} MiB model`);
    }
    for (const gate2 of model.gates) {
      lines.push(`  ${paint(verdictStyle(gate2.verdict), VERDICT_MARK[gate2.verdict])} ${gate2.gate}: ${paint(verdictStyle(gate2.verdict), gate2.verdict)} \u2014 ${gate2.summary}`);
      for (const check of gate2.checks) {
        const bound = boundText(check);
        const champion = check.champion !== void 0 ? `, ${check.against ?? "champion"} ${num(check.champion)} (\u0394 ${signed(check.delta)})` : "";
        lines.push(`      ${paint(verdictStyle(check.verdict), VERDICT_MARK[check.verdict])} ${check.name}: ${checkValue(check)}${bound ? ` (${bound})` : ""}${champion}${check.verdict === "pass" || !check.message ? "" : " \u2014 " + check.message}`);
      }
    }
    if (evaluation?.champion) {
      const c = evaluation.champion;
      lines.push(`  champion ${c.version} (${c.source}): ${c.comparisons.map((m) => `${m.metric} \u0394 ${signed(m.delta)} ${intervalText(m)}`).join("; ")}`);
      if (c.mcnemar) lines.push(`    McNemar: ${c.mcnemar.onlyChallengerCorrect} rows only the challenger gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num(c.mcnemar.pValue)}`);
    }
    if (evaluation?.importance) {
      const top = evaluation.importance.challenger.slice(0, 5).map((f) => `${f.feature} ${num(f.importance)}`);
      lines.push(`  top features (drop in ${evaluation.importance.metric} when permuted): ${top.join(", ")}`);
    }
    for (const f of model.findings) lines.push(...findingLine(f, "  "));
  }
  lines.push("");
  lines.push(`${summaryText(report)}.`);
  return lines.join("\n") + "\n";
}

// src/cli.ts
var FORMATS = ["text", "json", "markdown"];
var MAIN_HELP = `modelops ${TOOL_VERSION} \u2014 GitOps for ML models

Usage: modelops <command> [options]

Commands:
  validate [PATH...]   Check manifests against the schema, their files, the policy and a base ref
  gate [PATH...]       Validate, then run each changed model on its evaluation data through its gates
  init <name>          Scaffold models/<name>/model.yaml with the full readiness checklist

Options:
  -h, --help           Show help (also: modelops <command> --help)
  -v, --version        Show the version

Exit codes: 0 all valid, 1 a policy or gate failure, 2 invalid input or usage.
`;
var COMMANDS = {
  validate: {
    help: `Usage: modelops validate [PATH...] [options]

Validates every manifest the policy's globs match (default models/*/model.yaml), or the given
manifest files or model folders: YAML and schema, names, paths inside the repository, recorded
sha256 digests, data columns, gate bounds, the checklist the stage requires, and with --base the
stage transition, the version bump and the immutability of registered versions (git tags
<name>@v<version>).

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref (e.g. origin/main)
  --format FORMAT      text (default), json or markdown
  --output FILE        Also write the JSON report to FILE
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help

Exit codes: 0 all valid, 1 a policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      base: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  gate: {
    help: `Usage: modelops gate [PATH...] [options]

Validates like \`modelops validate\`, then, for every model changed against --base (every model with
--all, the given ones when paths are given, all when there is no base), runs its ONNX artifact on its
evaluation data and applies its gates:
  performance  metric bounds, latency/throughput/memory/size budgets, beating the manifest baseline
  robustness   missing values, zeros, extreme values (10x beyond the training range), noise
  champion     no significant regression against the version in production (latest
               <name>#production#N tag, else the base ref): paired bootstrap intervals, DeLong's
               test for ROC AUC, McNemar's test on correctness
It also reports permutation feature importance for the model and its champion.

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref; gate only the models that changed
  --all                Gate every model
  --seed N             Seed of resampling and perturbations (default 0)
  --format FORMAT      text (default), json or markdown
  --output FILE        Also write the JSON report to FILE
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help

Exit codes: 0 all gates pass, 1 a blocking gate or policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      base: { type: "string" },
      all: { type: "boolean", default: false },
      seed: { type: "string", default: "0" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  init: {
    help: `Usage: modelops init <name> [options]

Writes models/<name>/model.yaml: every manifest section with TODOs, and the full readiness
checklist (seven sections, each question as a comment, every answer "no" until you answer it).
Records the artifact's sha256 when models/<name>/model.onnx already exists.

Options:
  --repo DIR           Repository root (default: .)
  --task TASK          ${TASKS.join(", ")} (default binary-classification)
  --force              Overwrite an existing manifest
  -h, --help           Show this help
`,
    options: {
      repo: { type: "string", default: "." },
      task: { type: "string", default: "binary-classification" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  }
};
function render(report, format, color) {
  if (format === "json") return JSON.stringify(report, null, 2) + "\n";
  if (format === "markdown") return renderMarkdown(report);
  return renderText(report, { color });
}
function packagedSchema() {
  const here = dirname2(fileURLToPath(import.meta.url));
  const candidate = resolve2(here, "..", "schemas", "model.schema.json");
  return existsSync(candidate) ? candidate : void 0;
}
async function runCli(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    const topic = command === "help" ? rest[0] : void 0;
    io.stdout(topic && topic in COMMANDS ? COMMANDS[topic].help : MAIN_HELP);
    return command === void 0 ? 2 : 0;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  if (!(command in COMMANDS)) {
    io.stderr(`modelops: unknown command '${command}'

${MAIN_HELP}`);
    return 2;
  }
  const spec = COMMANDS[command];
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`modelops ${command}: ${error.message}

${spec.help}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values["help"]) {
    io.stdout(spec.help);
    return 0;
  }
  try {
    if (command === "init") {
      const task = String(values["task"]);
      if (!TASKS.includes(task)) throw new UsageError(`--task must be one of ${TASKS.join(", ")}`);
      if (positionals.length !== 1) throw new UsageError("init takes exactly one model name, e.g. modelops init credit-risk");
      const schemaFile = packagedSchema();
      const { path } = await init({
        repo: String(values["repo"]),
        name: positionals[0],
        task,
        force: Boolean(values["force"]),
        ...schemaFile ? { schemaFile } : {}
      });
      io.stdout(`wrote ${path}
next: fill in the TODOs and answers, then run modelops validate ${path}
`);
      return 0;
    }
    const format = String(values["format"]);
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
    const base = values["base"];
    const common = { repo: String(values["repo"]), paths: positionals, ...base ? { base } : {} };
    let report;
    if (command === "gate") {
      const seed = Number(values["seed"]);
      if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError(`--seed must be a non-negative integer, got '${String(values["seed"])}'`);
      const progress = io.isTTY ? (message) => io.stderr(`\x1B[2K\r${message.slice(0, 100)}`) : void 0;
      report = await gate({ ...common, all: Boolean(values["all"]), seed, ...progress ? { progress } : {} });
      if (progress) io.stderr("\x1B[2K\r");
    } else {
      report = await validate(common);
    }
    const output = values["output"];
    if (output) await writeFile3(output, JSON.stringify(report, null, 2) + "\n");
    const color = io.isTTY && !values["no-color"] && !io.env["NO_COLOR"] && format === "text";
    io.stdout(render(report, format, color));
    return report.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`modelops ${command}: ${error.message}
`);
      return 2;
    }
    const detail = error instanceof Error ? io.env["MODELOPS_DEBUG"] ? error.stack ?? error.message : error.message : String(error);
    io.stderr(`modelops ${command}: unexpected error: ${detail}
(set MODELOPS_DEBUG=1 for a stack trace and please report it)
`);
    return 2;
  }
}

// src/main.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
});
