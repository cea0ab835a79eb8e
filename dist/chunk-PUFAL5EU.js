import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  startWorkerThread
} from "./chunk-AS33UUS6.js";
import {
  detached
} from "./chunk-QU7YDUXK.js";
import {
  readCsvTable
} from "./chunk-SLV62WMS.js";
import {
  INITIAL_CAPACITY,
  checkRequest,
  createBuilders,
  finishTable,
  missingColumnsError,
  storeValue,
  wholeTable
} from "./chunk-6HMGHRNK.js";
import {
  idleThreadsBeside,
  othersLoad,
  threadsOverride
} from "./chunk-WZ2YAYYJ.js";
import {
  DataFormatError,
  Utf8Checker,
  formatOf,
  invalidUtf8,
  readColumns,
  utf16Error
} from "./chunk-GOQ77XTK.js";
import {
  analyseDrift
} from "./chunk-STSMI376.js";
import {
  checkDriftSettings,
  featureSides,
  testFeature
} from "./chunk-AOKYJ2QT.js";
import {
  prepareColumn
} from "./chunk-LURRIIGD.js";
import {
  MISSING_CODE
} from "./chunk-VNFW3NFW.js";

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
    const seen2 = firstDistinct(column.values);
    const distinct = seen2.length > 2 ? [...new Set(column.values)] : seen2;
    if (distinct.length > 2) throw new LabelError(`label column '${column.name}' has ${distinct.length} distinct values; binary classification needs two`);
    if (!distinct.includes(value)) throw new LabelError(`positive class ${String(positive)} never occurs in label column '${column.name}' (values: ${distinct.join(", ")})`);
    return truthWhere(column.values, value);
  }
  const seen = firstDistinct(column.codes);
  const used = seen.length > 2 ? [...new Set(column.codes)] : seen;
  if (used.length > 2) {
    const values = used.map((code) => column.categories[code]).slice(0, 10);
    throw new LabelError(`label column '${column.name}' has ${used.length} distinct values (${values.join(", ")}); binary classification needs two`);
  }
  const positiveCode = column.categories.indexOf(String(positive));
  if (positiveCode === -1 || !used.includes(positiveCode)) {
    throw new LabelError(`positive class '${String(positive)}' never occurs in label column '${column.name}' (values: ${used.map((c) => column.categories[c]).join(", ")})`);
  }
  return truthWhere(column.codes, positiveCode);
}
function firstDistinct(values) {
  const seen = [];
  let a = Number.NaN;
  let b = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === a || v === b) continue;
    seen.push(v);
    if (seen.length === 1) a = v;
    else if (seen.length === 2) b = v;
    else break;
  }
  return seen;
}
function truthWhere(values, target) {
  const truth = new Uint8Array(values.length);
  for (let i = 0; i < truth.length; i++) truth[i] = values[i] === target ? 1 : 0;
  return truth;
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

// src/io/data/read-table.ts
import { relative, sep } from "node:path";

// src/io/data/jsonl.ts
import { createReadStream } from "node:fs";
var LF = 10;
var CHUNK_BYTES = 1 << 20;
var BLANK = /^[ \t\r]*$/;
function readJsonlTable(path, columns, options = {}) {
  return wholeTable(jsonlTables, path, columns, options);
}
async function* jsonlTables(path, columns, options) {
  let builders = createBuilders(columns);
  const seen = new Array(columns.length).fill(false);
  let firstKeys;
  let capacity = INITIAL_CAPACITY;
  let rowCount = 0;
  let total = 0;
  let line = 1;
  const full = [];
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
    total++;
    if (rowCount >= options.batchRows) {
      full.push(finishTable(builders, rowCount));
      builders = createBuilders(columns);
      capacity = INITIAL_CAPACITY;
      rowCount = 0;
    }
  };
  const utf8 = new Utf8Checker();
  const pending = [];
  for await (const chunk of createReadStream(path, { highWaterMark: options.chunkBytes ?? CHUNK_BYTES })) {
    if (utf8.atStart()) {
      const utf16 = utf16Error(path, chunk);
      if (utf16) throw utf16;
    }
    const invalid = utf8.push(chunk);
    if (invalid !== -1) throw await invalidUtf8(path, invalid);
    let start = 0;
    for (let end = chunk.indexOf(LF); end !== -1; end = chunk.indexOf(LF, start)) {
      const piece = chunk.subarray(start, end);
      readLine(pending.length > 0 ? Buffer.concat([...pending.splice(0), piece]) : piece);
      line++;
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
    yield* full.splice(0);
  }
  const cutOff = utf8.end();
  if (cutOff !== -1) throw await invalidUtf8(path, cutOff);
  if (pending.length > 0) readLine(Buffer.concat(pending));
  if (total === 0) throw new DataFormatError(`${path}: the file has no records: expected one JSON object per line`, { file: path });
  const missing = columns.filter((_, slot) => !seen[slot]).map((c) => c.name);
  if (missing.length > 0) throw missingColumnsError(path, missing, firstKeys ?? [], "any record", "the first record");
  yield* full.splice(0);
  if (rowCount > 0 || options.batchRows === Infinity) yield finishTable(builders, rowCount);
}

// src/io/data/read-table.ts
var TABLE_READERS = {
  csv: readCsvTable,
  jsonl: readJsonlTable,
  // hyparquet (118 kB of the bundle) is compiled only when a Parquet file is read (issue 18)
  parquet: async (path, columns) => (await import("./parquet-T2BNATTA.js")).readParquetTable(path, columns)
};
async function readTable(path, request) {
  checkRequest(path, request.columns);
  const reader = TABLE_READERS[request.format];
  if (!reader) throw new Error(`${path}: unknown data format '${String(request.format)}'`);
  let table;
  try {
    table = await reader(path, request.columns);
  } catch (error) {
    const code = error?.code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) throw new DataFormatError(`${path}: cannot be read (${code})`, { file: path });
    throw error;
  }
  if (table.rowCount === 0) {
    throw new DataFormatError(`${path}: the file has no data rows${request.format === "csv" ? ", only a header" : ""}`, request.format === "parquet" ? { file: path } : { file: path, line: 2 });
  }
  return table;
}
function dataErrorFinding(error, root, fallbackFile) {
  const { file, line } = error.location;
  const shown = file !== void 0 && (file === root || file.startsWith(root + sep)) ? relative(root, file).split(sep).join("/") : fallbackFile;
  let message = error.message;
  if (file !== void 0) {
    for (const prefix of [`${file}, line ${line}: `, `${file}: `]) if (message.startsWith(prefix)) message = message.slice(prefix.length);
  }
  message = message.split(root + sep).join("");
  return { severity: "error", category: "input", code: "unreadable-data", message, file: shown, ...line !== void 0 ? { line, column: 1 } : {} };
}

// src/commands/drift-workers.ts
import { availableParallelism } from "node:os";
var DRIFT_WORKER_MIN_VALUES = 2e6;
var IN_FLIGHT = 2;
function driftThreadsFor(values, features, env = process.env, cores = availableParallelism(), load = othersLoad()) {
  const forced = threadsOverride(env, "MODELOPS_DRIFT_THREADS");
  if (forced !== void 0) return Math.min(forced, Math.max(0, features - 1));
  if (values < DRIFT_WORKER_MIN_VALUES || features < 2) return 0;
  return Math.min(idleThreadsBeside(cores, load), features - 1);
}
var startWorker = () => startWorkerThread("drift-worker", import.meta.url);
function rethrown({ kind, message, stack }) {
  const error = kind === "range" ? new RangeError(message) : new Error(message);
  if (stack) error.stack = `${stack}
    (in a drift worker thread)`;
  return error;
}
var DriftWorker = class {
  worker = startWorker();
  pending = /* @__PURE__ */ new Map();
  ids = 0;
  failure;
  constructor() {
    this.worker.unref();
    this.worker.on("message", (reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if ("error" in reply) waiting.reject(rethrown(reply.error));
      else waiting.resolve(reply);
    });
    const fail = (error) => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`drift worker exited (code ${code})`)));
  }
  /** Posts a request (its typed arrays copied and transferred) and waits for the reply. */
  request(body) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.ids++;
    const transfer = [];
    const message = { ...detached(body, transfer), id };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage(message, transfer);
    });
  }
  terminate() {
    return this.worker.terminate();
  }
};
var DriftWorkers = class {
  workers;
  constructor(threads) {
    this.workers = Array.from({ length: threads }, () => new DriftWorker());
  }
  get threads() {
    return this.workers.length;
  }
  /**
   * testFeature on each pair, under `settings`, on the workers and the main thread (which takes features from
   * the same queue); the results in the order of `pairs`, as analyseDrift's `tested`. The settings are checked
   * first, on the main thread, as datasetDrift checks them. `alsoUnder`: each prepared column is tested under
   * these settings too (TestedFeature.also).
   */
  async testFeatures(pairs, settings = {}, alsoUnder = []) {
    checkDriftSettings(settings);
    for (const other of alsoUnder) checkDriftSettings(other);
    const results = new Array(pairs.length);
    let next = 0;
    const take = () => next < pairs.length ? next++ : void 0;
    const onWorker = async (worker) => {
      for (let index = take(); index !== void 0; index = take()) {
        const reply = await worker.request({ kind: "features", features: [pairs[index]], settings, also: [...alsoUnder] });
        if (reply.kind !== "features") throw new Error(`drift worker: a ${reply.kind} reply to a features request`);
        results[index] = reply.tested[0];
      }
    };
    const here = async () => {
      for (let index = take(); index !== void 0; index = take()) {
        results[index] = testFeature(pairs[index].reference, pairs[index].current, settings, alsoUnder);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const running = this.workers.flatMap((worker) => Array.from({ length: IN_FLIGHT }, () => onWorker(worker)));
    running.push(here());
    await Promise.all(running);
    return results;
  }
  /** The features of `input` tested on the workers and the main thread, then analyseDrift on the main thread: the same evaluation as analyseDrift(input). */
  async analyseDrift(input) {
    if (this.workers.length === 0 || input.tested) return analyseDrift(input);
    const pairs = input.features.map((f) => featureSides(input, f.name));
    try {
      checkDriftSettings(input.settings ?? {});
    } catch (error) {
      for (const { reference, current } of pairs) prepareColumn(reference, current);
      throw error;
    }
    const tested = await this.testFeatures(pairs, input.settings ?? {});
    return analyseDrift({ ...input, tested });
  }
  /** analyseDrift(input) as a whole on one worker (e.g. while the main thread runs a model); on the main thread without workers. */
  async analyseDriftOnWorker(input) {
    const worker = this.workers[0];
    if (!worker) return analyseDrift(input);
    const reply = await worker.request({ kind: "analysis", input });
    if (reply.kind !== "analysis") throw new Error(`drift worker: a ${reply.kind} reply to an analysis request`);
    return reply.evaluation;
  }
  async close() {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
};
async function analyseDriftSpread(input, env = process.env) {
  const numeric = input.features.length;
  const threads = driftThreadsFor((input.reference.rowCount + input.current.rowCount) * numeric, numeric, env);
  if (threads === 0) return analyseDrift(input);
  const pool = new DriftWorkers(threads);
  try {
    return await pool.analyseDrift(input);
  } finally {
    await pool.close();
  }
}

// src/commands/evaluate/drift.ts
async function driftColumns(manifest, path, format) {
  const features = manifest.data.features.map((f) => ({ name: f.name, kind: f.type }));
  const label = manifest.data.label.column;
  const header = format ? await readColumns(path, format) : [];
  const labelled = header.includes(label) && !features.some((f) => f.name === label);
  return { columns: labelled ? [...features, { name: label, kind: manifest.problem.task === "regression" ? "numeric" : "categorical" }] : features, labelled };
}
function outputColumn(manifest, prediction) {
  if (prediction.task === "binary-classification") {
    const column = { name: "score", kind: "numeric", values: prediction.score };
    return { output: `P(${String(manifest.data.label.positive)})`, column };
  }
  if (prediction.task === "multiclass-classification") {
    const classes = manifest.data.label.classes?.map(String) ?? Array.from({ length: prediction.classCount }, (_, k) => String(k));
    const column = { name: "predicted class", kind: "categorical", codes: Int32Array.from(prediction.yPred), categories: classes };
    return { output: "predicted class", column };
  }
  return { output: "prediction", column: { name: "prediction", kind: "numeric", values: prediction.prediction } };
}
async function readReference(manifest, files) {
  const path = manifest.data.reference.path;
  const format = formatOf(path, manifest.data.reference.format);
  const absolute = files.absolute(path);
  const { columns, labelled } = await driftColumns(manifest, absolute, format);
  return { table: await readTable(absolute, { format, columns }), dataset: path, labelled };
}
async function measureDrift(context, reference, current) {
  const input = await driftInput(context, reference, current);
  context.progress(`${context.manifest.metadata.name}: drift of ${current.dataset} against ${reference.dataset}`);
  return analyseDriftSpread(input);
}
async function driftInput(context, reference, current) {
  const { manifest, runner, seed, progress } = context;
  const name = manifest.metadata.name;
  const skipped = [];
  const input = {
    features: manifest.data.features,
    reference: reference.table,
    current: current.table,
    datasets: { reference: reference.dataset, current: current.dataset },
    ...manifest.gates?.drift ? { settings: manifest.gates.drift } : {},
    skipped,
    seed
  };
  if (runner) {
    progress(`${name}: running the model on ${reference.dataset} (${reference.table.rowCount} rows) for prediction drift`);
    const referencePrediction = reference.prediction ?? await runner.predict(reference.table);
    const currentPrediction = current.prediction ?? await runner.predict(current.table);
    const ref = outputColumn(manifest, referencePrediction);
    input.prediction = { output: ref.output, reference: ref.column, current: outputColumn(manifest, currentPrediction).column };
    if (referencePrediction.task === "binary-classification" && currentPrediction.task === "binary-classification") {
      const labels = (side) => {
        if (!side.labelled) return `${side.dataset} has no label column '${manifest.data.label.column}'`;
        try {
          return binaryTruth(side.table.columns.get(manifest.data.label.column), manifest.data.label.positive);
        } catch (error) {
          if (error instanceof LabelError) return error.message;
          throw error;
        }
      };
      const referenceTruth = labels(reference);
      const currentTruth = labels(current);
      if (typeof referenceTruth === "string") skipped.push({ part: "performance", reason: `CBPE learns from a labelled reference: ${referenceTruth}` });
      else {
        input.performance = {
          reference: { yTrue: referenceTruth, score: referencePrediction.score, yPred: referencePrediction.yPred },
          current: { score: currentPrediction.score, yPred: currentPrediction.yPred, ...typeof currentTruth === "string" ? {} : { yTrue: currentTruth } },
          threshold: referencePrediction.threshold
        };
      }
    } else skipped.push({ part: "performance", reason: `CBPE estimates binary classifiers; this is ${manifest.problem.task}` });
  } else {
    skipped.push({ part: "prediction", reason: "the model was not run" }, { part: "performance", reason: "the model was not run" });
  }
  return input;
}

export {
  LabelError,
  binaryTruth,
  multiclassTruth,
  regressionTruth,
  readTable,
  dataErrorFinding,
  DriftWorkers,
  analyseDriftSpread,
  driftColumns,
  readReference,
  measureDrift,
  driftInput
};
