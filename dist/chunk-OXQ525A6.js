import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  sha256Hex
} from "./chunk-S4VAN7PE.js";
import {
  driftColumns,
  readTable
} from "./chunk-HWNXBS2B.js";
import {
  LabelError,
  binaryTruth,
  multiclassTruth,
  regressionTruth
} from "./chunk-64VRGK3D.js";
import {
  sleep
} from "./chunk-K2PE4NOY.js";
import {
  RepoFiles,
  glob,
  sha256File
} from "./chunk-GAATZRR5.js";
import {
  CBPE_METRICS,
  CbpeError,
  DriftError,
  FEW_VALUES_MAX,
  alertsFor,
  applyCalibration,
  categoricalSamples,
  checkRule,
  choleskySolve,
  chunkRows,
  columnSeed,
  distinctValues,
  driftTestById,
  estimateCbpe,
  expectedConfusion,
  fitCalibration,
  fitCbpe,
  globProblem,
  numericSample,
  pathShapeProblem,
  resolveColumnMethod,
  sampleSize,
  thresholdsFromReference
} from "./chunk-ISKUHNDR.js";
import {
  MetricError,
  metricById
} from "./chunk-ZKG3CRNN.js";
import {
  schemaProblems
} from "./chunk-K4SQTB5S.js";
import {
  commitOf,
  hasOrigin
} from "./chunk-YWHLJQC2.js";
import {
  runGit
} from "./chunk-LV4U444C.js";
import {
  createBuilders,
  finishTable,
  storeValue
} from "./chunk-6HMGHRNK.js";
import {
  DataFormatError,
  formatOf,
  readColumns
} from "./chunk-GOQ77XTK.js";
import {
  ChunkingError,
  isoUtc,
  timestampValues
} from "./chunk-V5DKCSUO.js";
import {
  MISSING_CODE,
  columnRows,
  concatTables,
  requireColumn
} from "./chunk-VNFW3NFW.js";

// src/io/data/duckdb.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var DUCKDB_PACKAGE = "@duckdb/node-api";
var DUCKDB_VERSION = "1.5.6-r.1";
var DuckDBUnavailableError = class extends Error {
};
var installHint = `install the optional add-on beside modelops: npm install --no-save ${DUCKDB_PACKAGE}@${DUCKDB_VERSION} (in the Action: a step that runs it in the working directory before modelops; the Action does not bundle DuckDB)`;
function resolveFrom(directory) {
  try {
    return createRequire(join(directory, "package.json")).resolve(DUCKDB_PACKAGE);
  } catch {
    return void 0;
  }
}
function duckdbEntry(directories = [], besideModelops = true) {
  for (const directory of [...besideModelops ? [dirname(fileURLToPath(import.meta.url))] : [], ...directories]) {
    const entry = resolveFrom(directory);
    if (entry !== void 0) return entry;
  }
  return void 0;
}
function packageVersion(entry) {
  let directory = dirname(entry);
  for (let i = 0; i < 4; i++, directory = dirname(directory)) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8"));
      if (manifest.name === DUCKDB_PACKAGE) return manifest.version ?? "unknown";
    } catch {
    }
  }
  return "unknown";
}
async function openDuckDB(options = {}) {
  const entry = duckdbEntry(options.directories, options.besideModelops);
  if (entry === void 0) throw new DuckDBUnavailableError(`a query needs DuckDB, which is not installed: ${installHint}`);
  let api;
  try {
    const module = await import(pathToFileURL(entry).href);
    api = module.DuckDBInstance ? module : module.default;
  } catch (error) {
    throw new DuckDBUnavailableError(`DuckDB (${entry}) cannot be loaded on ${process.platform}-${process.arch}: ${error.message.split("\n")[0]}; ${installHint}`);
  }
  const instance = await api.DuckDBInstance.create(":memory:", options.settings ?? {});
  const connection = await instance.connect();
  const version = (await connection.runAndReadAll("SELECT version() AS v")).getRowsJson()[0]?.[0];
  return {
    connection,
    engine: `DuckDB ${String(version)} (${DUCKDB_PACKAGE} ${packageVersion(entry)})`,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    }
  };
}

// src/io/data/current-source.ts
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
var CurrentSourceError = class extends Error {
  constructor(message, field) {
    super(message);
    this.field = field;
    this.name = "CurrentSourceError";
  }
  field;
};
async function fileInputs(source, field, context) {
  const inWorkspace = source.relative_to === "workspace" && context.workspace !== void 0;
  const root = inWorkspace ? await RepoFiles.open(context.workspace) : context.files;
  const rootName = inWorkspace ? "the workspace ($GITHUB_WORKSPACE)" : `the repository ${context.files.displayRoot}`;
  const shown = (relative) => inWorkspace ? `$GITHUB_WORKSPACE/${relative}` : relative;
  const confined = async (relative, what) => {
    const facts = await root.inspect(relative, { hash: false, columns: false });
    if (facts.status === "missing") throw new CurrentSourceError(`${what} does not exist in ${rootName}${facts.similar ? ` (did you mean '${facts.similar}'?)` : ""}`, field);
    if (facts.status === "escapes") throw new CurrentSourceError(`${what} is a symlink that resolves outside ${rootName}`, field);
    if (facts.status === "not-a-file") throw new CurrentSourceError(`${what} is not a regular file`, field);
    if (facts.status === "unreadable") throw new CurrentSourceError(`${what} cannot be read: ${facts.reason}`, field);
    return { absolute: root.absolute(relative), display: shown(relative) };
  };
  if (source.path !== void 0) {
    const problem2 = pathShapeProblem(source.path);
    if (problem2) throw new CurrentSourceError(`${field} '${source.path}' ${problem2}; give a path inside ${rootName}`, field);
    return { inputs: [await confined(source.path, `${field} '${source.path}'`)], dataset: shown(source.path) };
  }
  const pattern = source.glob;
  const problem = globProblem(pattern);
  if (problem) throw new CurrentSourceError(`${field} '${pattern}' ${problem}; globs match inside ${rootName} only`, field);
  const matched = (await glob(pattern, { cwd: root.realRoot, onlyFiles: true, followSymbolicLinks: true, dot: false, expandDirectories: false })).filter((path) => pathShapeProblem(path) === void 0).sort();
  if (matched.length === 0) throw new CurrentSourceError(`${field} '${pattern}' matches no file in ${rootName}`, field);
  const inputs = [];
  for (const path of matched) inputs.push(await confined(path, `'${path}' (matched by ${field} '${pattern}')`));
  return { inputs, dataset: shown(pattern) };
}
var unique = (columns) => columns.filter((c, i) => columns.findIndex((d) => d.name === c.name) === i);
function plan(request, labelled2) {
  const wanted = [...request.features, ...labelled2 && request.label ? [request.label] : []];
  const extra = [request.timestamp, request.id].filter((c) => c !== void 0 && !wanted.some((w) => w.name === c));
  return { columns: unique([...wanted, ...extra.map((name) => ({ name, kind: "categorical" }))]), extra };
}
function span(table, column2) {
  const values = table.columns.get(column2);
  if (!values) return {};
  let first = Infinity;
  let last = -Infinity;
  if (values.kind === "categorical") {
    const parsed = values.categories.map((text) => Date.parse(text));
    for (const code of values.codes) {
      const ms = code < 0 ? NaN : parsed[code];
      if (ms < first) first = ms;
      if (ms > last) last = ms;
    }
  }
  return Number.isFinite(first) ? { first: new Date(first).toISOString(), last: new Date(last).toISOString() } : {};
}
function finish(table, labelled2, request, extra, dataset, sources) {
  const read = { dataset, rows: table.rowCount, sources };
  if (request.timestamp !== void 0) read.timestamp = { column: request.timestamp, ...span(table, request.timestamp) };
  const keys = {};
  if (request.timestamp !== void 0) keys.timestamp = table.columns.get(request.timestamp);
  if (request.id !== void 0) keys.id = table.columns.get(request.id);
  const columns = new Map(table.columns);
  for (const name of extra) columns.delete(name);
  return { table: { rowCount: table.rowCount, columns }, labelled: labelled2, keys, read };
}
async function readFiles(inputs, dataset, format, request, context) {
  const formats = inputs.map((input) => {
    const found = formatOf(input.display, format);
    if (!found) throw new DataFormatError(`${input.absolute}: unknown data format: use a .csv, .jsonl or .parquet file (or set monitoring.current.format)`, { file: input.absolute });
    return found;
  });
  let labelled2 = request.label !== void 0;
  for (const [i, input] of inputs.entries()) if (labelled2 && !(await readColumns(input.absolute, formats[i])).includes(request.label.name)) labelled2 = false;
  const { columns, extra } = plan(request, labelled2);
  const tables = [];
  const sources = [];
  for (const [i, input] of inputs.entries()) {
    context.progress?.(`reading ${input.display}`);
    const table = await readTable(input.absolute, { format: formats[i], columns });
    tables.push(table);
    sources.push({ file: input.display, rows: table.rowCount, bytes: (await stat(input.absolute)).size, sha256: await sha256File(input.absolute) });
  }
  return finish(concatTables(tables), labelled2, request, extra, dataset, sources);
}
async function readQuery(sql, field, request, context) {
  const statement = sql.trim().replace(/;\s*$/, "");
  const directories = [context.files.realRoot, ...context.workspace ? [context.workspace] : []];
  const db = await openDuckDB({ settings: { file_search_path: context.files.realRoot }, directories });
  try {
    context.progress?.(`running the monitoring.current query on ${db.engine}`);
    let reader;
    try {
      reader = await db.connection.runAndReadAll(statement);
    } catch (error) {
      throw new CurrentSourceError(`${field} failed in ${db.engine}: ${error.message.split(context.files.realRoot + "/").join("")}`, field);
    }
    const names = reader.columnNames();
    const rows = reader.currentRowCount;
    if (rows === 0) throw new CurrentSourceError(`${field} returned no rows`, field);
    const labelled2 = request.label !== void 0 && names.includes(request.label.name);
    const { columns, extra } = plan(request, labelled2);
    const missing = columns.filter((c) => !names.includes(c.name)).map((c) => c.name);
    if (missing.length > 0) throw new CurrentSourceError(`${field}: its result has no column ${missing.map((m) => `'${m}'`).join(", ")}; it has: ${names.join(", ")}`, field);
    const values = reader.getColumnsJS();
    const builders = createBuilders(columns, rows);
    for (const builder of builders) {
      const column2 = values[names.indexOf(builder.name)];
      for (let row = 0; row < rows; row++) {
        const value = column2[row];
        const problem = storeValue(builder, row, value instanceof Date ? value.toISOString() : value);
        if (problem !== void 0) throw new CurrentSourceError(`${field}: row ${row + 1} of its result, column '${builder.name}': ${problem}`, field);
      }
    }
    const hash = createHash("sha256").update(`${JSON.stringify(names)}
${JSON.stringify(reader.columnTypes().map(String))}
`);
    for (const row of reader.getRowsJson()) hash.update(`${JSON.stringify(row)}
`);
    const source = { query: sql, engine: db.engine, rows, sha256: hash.digest("hex") };
    return finish(finishTable(builders, rows), labelled2, request, extra, "query", [source]);
  } finally {
    db.close();
  }
}
async function readCurrent(spec, request, context) {
  if ("absolute" in spec) return readFiles([{ absolute: spec.absolute, display: spec.absolute }], spec.absolute, void 0, request, context);
  const { source, field } = spec;
  if (source.query !== void 0) return readQuery(source.query, `${field}.query`, request, context);
  if (source.path === void 0 && source.glob === void 0) throw new CurrentSourceError(`${field} gives no path, glob or query`, field);
  const kind = source.path !== void 0 ? "path" : "glob";
  const { inputs, dataset } = await fileInputs(source, field === "--current" ? field : `${field}.${kind}`, context);
  return readFiles(inputs, dataset, source.format, request, context);
}

// src/core/drift/chunks/log-records.ts
function seriesLogRecords(series, run) {
  const thresholds = Object.fromEntries(series.signals.map((signal) => [signal.id, { lower: signal.thresholds.lower, upper: signal.thresholds.upper }]));
  return series.chunks.map((chunk, i) => ({
    ...run,
    chunk: {
      key: chunk.key,
      ...chunk.start !== void 0 ? { start: chunk.start } : {},
      ...chunk.end !== void 0 ? { end: chunk.end } : {},
      rows: chunk.rows,
      empty: chunk.empty,
      insufficient: chunk.insufficient
    },
    results: Object.fromEntries(series.signals.map((signal) => [signal.id, signal.values[i] ?? null])),
    alerts: series.signals.filter((signal) => signal.alerts[i]).map((signal) => signal.id),
    thresholds
  }));
}
function seen(record) {
  const { key, start, end, rows, empty, insufficient } = record.chunk;
  const results = Object.keys(record.results).sort().map((id) => [id, record.results[id] ?? null]);
  return JSON.stringify([key, start ?? null, end ?? null, rows, empty ?? rows === 0, insufficient ?? false, results, [...record.alerts ?? []].sort()]);
}
function newRecords(records, logged) {
  const keyOf = (record) => JSON.stringify([record.model, record.version, record.chunk.key]);
  const newest = /* @__PURE__ */ new Map();
  for (const record of logged) newest.set(keyOf(record), seen(record));
  const out = { fresh: [], unchanged: [] };
  for (const record of records) (newest.get(keyOf(record)) === seen(record) ? out.unchanged : out.fresh).push(record);
  return out;
}

// src/io/git/monitoring-log.ts
var MONITORING_BRANCH = "modelops/monitoring";
var MONITORING_REF = `refs/heads/${MONITORING_BRANCH}`;
var MonitoringLogError = class extends Error {
};
async function git(repoDir, args, input, env = {}) {
  try {
    const run = await runGit(repoDir, args, { ...input !== void 0 ? { input } : {}, env });
    return { stdout: run.stdout.toString("utf8"), stderr: run.stderr, code: run.code };
  } catch (error) {
    throw new MonitoringLogError(`git ${args[0]} could not run in ${repoDir}: ${error.message}`);
  }
}
async function gitOk(repoDir, args, input, env) {
  const result = await git(repoDir, args, input, env);
  if (result.code !== 0) throw new MonitoringLogError(`git ${args.join(" ")} failed in ${repoDir}: ${result.stderr.trim() || `exit ${result.code}`}`);
  return result.stdout;
}
async function logTip(repoDir) {
  const result = await git(repoDir, ["rev-parse", "--verify", "--quiet", `${MONITORING_REF}^{commit}`]);
  return result.code === 0 ? result.stdout.trim() : void 0;
}
async function fetchLog(repoDir, remote) {
  const shallow = (await git(repoDir, ["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
  const result = await git(repoDir, ["fetch", "--quiet", ...shallow ? ["--depth=1"] : [], remote, `+${MONITORING_REF}:${MONITORING_REF}`]);
  if (result.code === 0) return;
  if (/couldn't find remote ref|no such ref|not our ref/i.test(result.stderr)) return;
  throw new MonitoringLogError(`cannot fetch ${MONITORING_BRANCH} from '${remote}': ${result.stderr.trim()}`);
}
async function tryFetchMonitoringLog(repoDir, remote) {
  try {
    await fetchLog(repoDir, remote);
    return void 0;
  } catch (error) {
    if (error instanceof MonitoringLogError) return error.message;
    throw error;
  }
}
var logFileOf = (model) => `${model}.jsonl`;
function checkRecord(record, where) {
  const problems = schemaProblems("monitoringLogRecord", record);
  if (problems.length > 0) throw new MonitoringLogError(`${where}: not a monitoring log record (schemas/monitoring-log-record.schema.json): ${problems.join("; ")}`);
}
function parseMonitoringLog(text, file) {
  const records = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") continue;
    const where = `${MONITORING_BRANCH}:${file}, line ${i + 1}`;
    let value;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new MonitoringLogError(`${where}: not JSON (${error.message})`);
    }
    checkRecord(value, where);
    records.push(value);
  }
  return records;
}
async function fileAt(repoDir, commit, file) {
  if (commit === void 0) return "";
  const result = await git(repoDir, ["cat-file", "blob", `${commit}:${file}`]);
  return result.code === 0 ? result.stdout : "";
}
async function readMonitoringLog(repoDir, model, options = {}) {
  if (options.remote !== void 0) await fetchLog(repoDir, options.remote);
  const file = logFileOf(model);
  return parseMonitoringLog(await fileAt(repoDir, await logTip(repoDir), file), file);
}
async function commitAppend(repoDir, parent, records, env) {
  const byFile = /* @__PURE__ */ new Map();
  for (const record of records) byFile.set(logFileOf(record.model), [...byFile.get(logFileOf(record.model)) ?? [], record]);
  const entries = /* @__PURE__ */ new Map();
  if (parent !== void 0) {
    for (const line of (await gitOk(repoDir, ["ls-tree", parent])).split("\n")) {
      const tab = line.indexOf("	");
      if (tab > 0) entries.set(line.slice(tab + 1), line.slice(0, tab));
    }
  }
  for (const [file, added] of byFile) {
    let text = await fileAt(repoDir, parent, file);
    if (text !== "" && !text.endsWith("\n")) text += "\n";
    text += added.map((record) => JSON.stringify(record)).join("\n") + "\n";
    const blob = (await gitOk(repoDir, ["hash-object", "-w", "--stdin"], text)).trim();
    entries.set(file, `100644 blob ${blob}`);
  }
  const tree = (await gitOk(repoDir, ["mktree"], [...entries].map(([name, mode]) => `${mode}	${name}
`).join(""))).trim();
  const models = [...new Set(records.map((r) => r.model))].join(", ");
  const runs = [...new Set(records.map((r) => r.run))].join(", ");
  const message = `monitoring: ${records.length} record(s) for ${models} (run ${runs})
`;
  return (await gitOk(repoDir, ["commit-tree", tree, ...parent ? ["-p", parent] : [], "-F", "-"], message, env)).trim();
}
async function identityEnv(repoDir, author) {
  const configured = (await git(repoDir, ["var", "GIT_COMMITTER_IDENT"])).code === 0;
  if (configured && author === void 0) return {};
  const who = author ?? { name: "modelops", email: "modelops@users.noreply.github.com" };
  return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
}
async function appendNewToMonitoringLog(repoDir, records, options = {}) {
  return appendLoop(repoDir, records, options, async (all, parent) => {
    const logged = [];
    for (const file of new Set(all.map((record) => logFileOf(record.model)))) logged.push(...parseMonitoringLog(await fileAt(repoDir, parent, file), file));
    return newRecords(all, logged).fresh;
  });
}
async function appendLoop(repoDir, records, options, select) {
  records.forEach((record, i) => checkRecord(record, `record ${i + 1} (${record.model ?? "?"}, chunk ${record.chunk?.key ?? "?"})`));
  const env = await identityEnv(repoDir, options.author);
  const push = options.remote !== void 0 && options.push !== false;
  const attempts = options.attempts ?? 8;
  let refused;
  for (let attempt = 1; ; attempt++) {
    if (options.remote !== void 0) await fetchLog(repoDir, options.remote);
    const tip = await logTip(repoDir);
    const parent = refused && tip === refused.commit ? refused.parent : tip;
    const fresh = await select(records, parent);
    const done = { appended: fresh.length, unchanged: records.length - fresh.length };
    if (fresh.length === 0) return { tip: parent, ...done };
    const commit = await commitAppend(repoDir, parent, fresh, env);
    const updated = await git(repoDir, ["update-ref", "-m", "modelops monitoring append", MONITORING_REF, commit, tip ?? "0".repeat(40)]);
    if (updated.code !== 0) {
      if (attempt >= attempts) throw new MonitoringLogError(`cannot update ${MONITORING_REF}: ${updated.stderr.trim()}`);
      continue;
    }
    if (!push) return { tip: commit, ...done };
    const pushed = await git(repoDir, ["push", "--quiet", options.remote, `${MONITORING_REF}:${MONITORING_REF}`]);
    if (pushed.code === 0) return { tip: commit, ...done };
    const rejected = /rejected|non-fast-forward|fetch first|cannot lock ref|failed to update ref/i.test(pushed.stderr);
    if (!rejected || attempt >= attempts) {
      throw new MonitoringLogError(`cannot push ${MONITORING_BRANCH} to '${options.remote}'${rejected ? ` after ${attempt} attempts` : ""}: ${pushed.stderr.trim()}`);
    }
    refused = { commit, parent };
    await (options.sleep ?? sleep)(50 * attempt + Math.floor(Math.random() * 50));
  }
}

// src/core/drift/monitoring/cbpe-multiclass.ts
var MULTICLASS_CBPE_METRICS = [
  { id: "accuracy", registry: "accuracy" },
  { id: "macro_f1", registry: "macro_f1" }
];
function fitMulticlassCbpe(reference, options = {}) {
  const { yTrue, probabilities, classCount: k } = reference;
  if (!Number.isInteger(k) || k < 2) throw new CbpeError(`multiclass CBPE needs at least 2 classes; got ${k}`);
  const n = yTrue.length;
  if (n === 0) throw new CbpeError("the reference has no rows: CBPE learns from labelled reference data");
  if (probabilities.length !== n * k) throw new CbpeError(`reference probabilities have ${probabilities.length} values, expected ${n} rows \xD7 ${k} classes`);
  checkProbabilities("reference", probabilities);
  const calibrations = [];
  for (let c = 0; c < k; c++) {
    const truth = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const label = yTrue[i];
      if (!(label >= 0 && label < k)) throw new CbpeError(`reference yTrue[${i}] is ${label}; class indices are 0..${k - 1}`);
      truth[i] = label === c ? 1 : 0;
    }
    calibrations.push(fitCalibration(truth, column(probabilities, k, c), { mode: options.calibration ?? "auto", seed: (options.seed ?? 0) + c }));
  }
  return { classCount: k, calibrations };
}
function estimateMulticlassCbpe(model, probabilities) {
  const k = model.classCount;
  const n = probabilities.length / k;
  if (!Number.isInteger(n)) throw new CbpeError(`current probabilities have ${probabilities.length} values, not a multiple of ${k} classes`);
  if (n === 0) return { accuracy: null, macro_f1: null };
  checkProbabilities("current", probabilities);
  const calibrated = model.calibrations.map((calibration, c) => applyCalibration(calibration, column(probabilities, k, c)));
  const predicted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let total = 0;
    for (let c = 0; c < k; c++) {
      if (probabilities[i * k + c] > probabilities[i * k + best]) best = c;
      total += calibrated[c][i];
    }
    predicted[i] = best;
    for (let c = 0; c < k; c++) calibrated[c][i] = total > 0 ? calibrated[c][i] / total : probabilities[i * k + c];
  }
  let correct = 0;
  for (let i = 0; i < n; i++) correct += calibrated[predicted[i]][i];
  let f1Sum = 0;
  for (let c = 0; c < k; c++) {
    const yPred = Uint8Array.from(predicted, (p) => p === c ? 1 : 0);
    const { tp, fp, fn } = expectedConfusion(calibrated[c], yPred);
    const denominator = tp + (fp + fn) / 2;
    f1Sum += denominator > 0 ? tp / denominator : 0;
  }
  return { accuracy: correct / n, macro_f1: f1Sum / k };
}
function column(matrix, k, c) {
  const n = matrix.length / k;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = matrix[i * k + c];
  return out;
}
function checkProbabilities(side, probabilities) {
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    if (!(p >= 0 && p <= 1)) throw new CbpeError(`${side} probability value ${i} is ${p}; CBPE needs class probabilities in [0, 1]`);
  }
}

// src/core/drift/chunks/dle.ts
var DLE_METRICS = ["mae", "rmse"];
var DLE_RIDGE_PENALTY = 1;
function fitDle(reference, yTrue) {
  const n = yTrue.length;
  if (n === 0) throw new ChunkingError("direct loss estimation learns from the labelled reference, which has no rows");
  if (reference.prediction.length !== n) throw new ChunkingError(`reference prediction has ${reference.prediction.length} rows, labels ${n}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(yTrue[i]) || !Number.isFinite(reference.prediction[i])) {
      throw new ChunkingError(`reference row ${i}: the label and the prediction must be finite numbers for direct loss estimation (got ${yTrue[i]} and ${reference.prediction[i]})`);
    }
  }
  const inputs = [];
  const means = [];
  const stds = [];
  const ignored = [];
  const columns = [];
  for (const [name, values] of [["prediction", reference.prediction], ...reference.features]) {
    if (values.length !== n) throw new ChunkingError(`reference feature '${name}' has ${values.length} rows, labels ${n}`);
    const { mean, std } = moments(values);
    if (!(std > 0)) {
      ignored.push({ feature: name, reason: "constant (or missing) on the reference" });
      continue;
    }
    inputs.push(name);
    means.push(mean);
    stds.push(std);
    columns.push(values);
  }
  const p = 1 + 2 * inputs.length;
  const design = basis(columns, means, stds, n);
  const coefficients = {};
  for (const metric of DLE_METRICS) {
    const target = Float64Array.from({ length: n }, (_, i) => loss(metric, yTrue[i], reference.prediction[i]));
    coefficients[metric] = ridge(design, p, n, target);
  }
  return { inputs, means, stds, coefficients, ignored };
}
function estimateDle(model, rows) {
  const n = rows.prediction.length;
  if (n === 0) return { mae: null, rmse: null };
  const columns = model.inputs.map((name) => {
    const values = name === "prediction" ? rows.prediction : rows.features.get(name);
    if (!values) throw new ChunkingError(`direct loss estimation needs the feature '${name}' it was fitted on`);
    return values;
  });
  const design = basis(columns, model.means, model.stds, n);
  const p = 1 + 2 * model.inputs.length;
  const mean = (metric) => {
    const w = model.coefficients[metric];
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let value = 0;
      for (let j = 0; j < p; j++) value += design[i * p + j] * w[j];
      sum += Math.max(0, value);
    }
    return sum / n;
  };
  return { mae: mean("mae"), rmse: Math.sqrt(mean("rmse")) };
}
function loss(metric, y, prediction) {
  return metric === "mae" ? Math.abs(y - prediction) : (y - prediction) ** 2;
}
function moments(values) {
  let count = 0;
  let sum = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    count++;
    sum += value;
  }
  if (count === 0) return { mean: 0, std: 0 };
  const mean = sum / count;
  let squares = 0;
  for (const value of values) if (Number.isFinite(value)) squares += (value - mean) ** 2;
  return { mean, std: Math.sqrt(squares / count) };
}
function basis(columns, means, stds, n) {
  const p = 1 + 2 * columns.length;
  const design = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    design[i * p] = 1;
    for (let j = 0; j < columns.length; j++) {
      const x = columns[j][i];
      const z = Number.isFinite(x) ? (x - means[j]) / stds[j] : 0;
      design[i * p + 1 + 2 * j] = z;
      design[i * p + 2 + 2 * j] = z * z;
    }
  }
  return design;
}
function ridge(design, p, n, target) {
  const gram = new Float64Array(p * p);
  const right = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) {
      const xj = design[i * p + j];
      right[j] += xj * target[i];
      for (let k = j; k < p; k++) gram[j * p + k] += xj * design[i * p + k];
    }
  }
  for (let j = 0; j < p; j++) for (let k = j + 1; k < p; k++) gram[k * p + j] = gram[j * p + k];
  for (let j = 1; j < p; j++) gram[j * p + j] += DLE_RIDGE_PENALTY;
  choleskySolve(gram, p, right);
  return Array.from(right);
}

// src/core/drift/chunks/labels.ts
function idsOf(column2) {
  if (column2.kind === "categorical") return Array.from(column2.codes, (code) => code === MISSING_CODE ? void 0 : column2.categories[code]);
  return Array.from(column2.values, (value) => Number.isFinite(value) ? String(value) : void 0);
}
function joinLabels(labels, ids) {
  if (labels.ids.length !== labels.values.length) throw new ChunkingError(`labels: ${labels.ids.length} ids but ${labels.values.length} values`);
  const byId = /* @__PURE__ */ new Map();
  let duplicateIds = 0;
  const counted = /* @__PURE__ */ new Set();
  for (let i = 0; i < labels.ids.length; i++) {
    const id = labels.ids[i];
    if (byId.has(id) && !counted.has(id)) {
      duplicateIds++;
      counted.add(id);
    }
    byId.set(id, labels.values[i]);
  }
  const values = new Float64Array(ids.length).fill(Number.NaN);
  const used = /* @__PURE__ */ new Set();
  let matched = 0;
  let rowsWithoutId = 0;
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row];
    if (id === void 0) {
      rowsWithoutId++;
      continue;
    }
    const value = byId.get(id);
    if (value === void 0) continue;
    used.add(id);
    values[row] = value;
    if (!Number.isNaN(value)) matched++;
  }
  return { values, matched, unmatched: byId.size - used.size, duplicateIds, rowsWithoutId };
}

// src/core/drift/chunks/series.ts
function monitoringSeries(input) {
  const { reference, current, chunking } = input;
  const rule = input.thresholds ?? { kind: "calibrated" };
  checkRule(rule);
  if (chunking.rows !== current.rowCount) throw new ChunkingError(`the chunking is of ${chunking.rows} rows, the current data has ${current.rowCount}`);
  const chunks = chunking.chunks;
  const referenceChunks = cutReference(reference.rowCount, chunks.map(chunkSize), chunking.minRows, input.referenceTimestamps);
  const signals = [];
  const notOffered = thresholdsNotOffered(reference.rowCount, chunks.map(chunkSize), referenceChunks);
  const signal = (id, kind, values, referenceValues, options, extra = {}, alertChunks = chunks) => {
    signals.push(buildSignal(id, kind, values, referenceValues, rule, options, alertChunks, extra));
  };
  for (const feature of input.features) {
    const drift = driftValues(feature, requireColumn(reference, feature.name), requireColumn(current, feature.name), chunks, referenceChunks, input.drift ?? {});
    if (drift) signal(`drift.${feature.name}.statistic`, "drift", drift.values, drift.reference, DRIFT_BAND, { test: drift.test });
    else notOffered.push({ signal: `drift.${feature.name}.statistic`, reason: `column '${feature.name}' has no non-missing value in the reference` });
    const referenceColumn = requireColumn(reference, feature.name);
    const currentColumn = requireColumn(current, feature.name);
    signal(
      `missing.${feature.name}`,
      "missing",
      chunks.map((chunk) => chunk.empty ? null : missingShare(currentColumn, chunk.rows)),
      referenceChunks.map((rows) => missingShare(referenceColumn, rows)),
      SHARE_BAND
    );
  }
  if (input.prediction !== void 0) {
    const drift = driftValues({ name: input.prediction, kind: "numeric" }, requireColumn(reference, input.prediction), requireColumn(current, input.prediction), chunks, referenceChunks, input.drift ?? {});
    if (drift) signal("prediction.drift.statistic", "prediction-drift", drift.values, drift.reference, DRIFT_BAND, { test: drift.test });
    else notOffered.push({ signal: "prediction.drift.statistic", reason: `column '${input.prediction}' has no non-missing value in the reference` });
  }
  let labelSummary;
  let currentLabels;
  if (input.labels) {
    const joined = joinLabels(input.labels.rows, idsOf(requireColumn(current, input.labels.idColumn)));
    currentLabels = joined.values;
    labelSummary = { given: input.labels.rows.ids.length, matched: joined.matched, unmatched: joined.unmatched, duplicateIds: joined.duplicateIds, rowsWithoutId: joined.rowsWithoutId };
  }
  if (input.performance) {
    const performance = performanceSignals(input.performance, reference, current, chunks, referenceChunks, currentLabels, chunking.minRows, input.features, input.estimatedBand ?? "estimated");
    for (const made of performance.signals) signal(made.id, made.kind, made.values, made.reference, made.options, made.labelledRows ? { labelledRows: made.labelledRows } : {}, made.alertChunks);
    notOffered.push(...performance.notOffered);
  }
  return {
    chunking: chunkingSummary(chunking.spec, chunking.minRows, chunking.rows, chunking.invalidTimestamps),
    reference: referenceSummary(reference.rowCount, referenceChunks),
    thresholdRule: rule,
    ...input.performance ? { estimatedBand: input.estimatedBand ?? "estimated" } : {},
    chunks: chunks.map(seriesChunk),
    signals,
    notOffered,
    ...labelSummary ? { labels: labelSummary } : {}
  };
}
function buildSignal(id, kind, values, referenceValues, rule, options, alertChunks, extra = {}) {
  const thresholds = thresholdsFromReference(referenceValues, rule, options);
  return { id, kind, values, thresholds, ...alertsFor(values, thresholds, alertChunks), ...extra };
}
var DRIFT_BAND = { side: "upper", min: 0, scale: "log" };
var SHARE_BAND = { side: "both", min: 0, max: 1 };
function chunkingSummary(spec, minRows, rows, invalidTimestamps) {
  return {
    by: spec.by,
    ...spec.by === "period" ? { period: spec.period, timeZone: spec.timeZone ?? "UTC" } : spec.by === "size" ? { size: spec.rows } : { count: spec.chunks },
    minRows,
    rows,
    invalidTimestamps
  };
}
function referenceSummary(rows, referenceChunks) {
  return { rows, chunkRows: referenceChunks.length > 0 ? referenceChunks[0].length : null, chunks: referenceChunks.length };
}
function thresholdsNotOffered(referenceRows, chunks, referenceChunks) {
  if (referenceChunks.length > 0) return [];
  const sizes = chunks.filter((chunk) => !chunk.empty && !chunk.insufficient).map((chunk) => chunk.rows);
  const reason = sizes.length === 0 ? "no current chunk has min_rows rows, so there is no chunk size to cut the reference by" : `the reference (${referenceRows} rows) holds fewer than two chunks of the current chunks' median size; use smaller chunks or a larger reference`;
  return [{ signal: "thresholds", reason: `no alert thresholds: ${reason}` }];
}
var chunkSize = (chunk) => ({ rows: chunk.rows.length, empty: chunk.empty, insufficient: chunk.insufficient });
function seriesChunk(chunk) {
  return {
    index: chunk.index,
    key: chunk.key,
    ...chunk.start !== void 0 ? { start: isoUtc(chunk.start) } : {},
    ...chunk.end !== void 0 ? { end: isoUtc(chunk.end) } : {},
    rows: chunk.rows.length,
    ...chunk.first !== null ? { first: isoUtc(chunk.first) } : {},
    ...chunk.last !== null ? { last: isoUtc(chunk.last) } : {},
    empty: chunk.empty,
    insufficient: chunk.insufficient
  };
}
function cutReference(referenceRows, chunks, minRows, timestamps) {
  const sizes = chunks.filter((chunk) => !chunk.empty && !chunk.insufficient).map((chunk) => chunk.rows);
  if (sizes.length === 0) return [];
  sizes.sort((a, b) => a - b);
  const size = sizes[Math.floor((sizes.length - 1) / 2)];
  if (Math.floor(referenceRows / size) < 2) return [];
  const cut = chunkRows({ by: "size", rows: size }, referenceRows, timestamps, { minRows }).chunks.map((chunk) => chunk.rows);
  const last = cut[cut.length - 1];
  if (last.length === size) return cut;
  const merged = Uint32Array.from([...cut[cut.length - 2], ...last]).sort();
  return [...cut.slice(0, -2), merged];
}
var subsetColumn = columnRows;
function complement(rows, total) {
  const inside = new Uint8Array(total);
  for (const row of rows) inside[row] = 1;
  const out = new Uint32Array(total - rows.length);
  let at = 0;
  for (let i = 0; i < total; i++) if (inside[i] === 0) out[at++] = i;
  return out;
}
function missingShare(column2, rows) {
  if (rows.length === 0) return null;
  let missing = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (column2.kind === "numeric" ? !Number.isFinite(column2.values[row]) : column2.codes[row] < 0) missing++;
  }
  return missing / rows.length;
}
function samplesOf(reference, current) {
  if (reference.kind === "numeric" && current.kind === "numeric") return { reference: numericSample(reference.values).sample, current: numericSample(current.values).sample };
  if (reference.kind === "categorical" && current.kind === "categorical") return categoricalSamples(reference, current);
  throw new ChunkingError(`column '${reference.name}' is ${reference.kind} in the reference but ${current.kind} in the current data`);
}
function driftValues(feature, referenceColumn, currentColumn, chunks, referenceChunks, settings) {
  if (referenceColumn.kind !== feature.kind) throw new ChunkingError(`column '${feature.name}' was loaded as ${referenceColumn.kind}, declared ${feature.kind}`);
  const whole = samplesOf(referenceColumn, currentColumn);
  if (sampleSize(whole.reference) === 0) return void 0;
  const resolved = resolveColumnMethod(feature.name, feature.kind, sampleSize(whole.reference), () => distinctValues(whole.reference, whole.current, FEW_VALUES_MAX + 1), settings);
  const test = driftTestById(resolved.method);
  const options = { mode: resolved.thresholdMode, seed: columnSeed(feature.name) };
  const compare = (reference2, current) => {
    const pair = reference2 === referenceColumn && current.kind === "numeric" ? { reference: whole.reference, current: numericSample(current.values).sample } : samplesOf(reference2, current);
    try {
      const result = test.compute(pair.reference, pair.current, resolved.threshold, options);
      return { statistic: Math.abs(result.statistic), pValue: result.pValue ?? null, drifted: result.drifted };
    } catch (error) {
      if (error instanceof DriftError) return null;
      throw error;
    }
  };
  const pValues = [];
  const drifted = [];
  const values = chunks.map((chunk) => {
    const result = chunk.empty ? null : compare(referenceColumn, subsetColumn(currentColumn, chunk.rows));
    pValues.push(result?.pValue ?? null);
    drifted.push(result ? result.drifted : null);
    return result?.statistic ?? null;
  });
  const total = referenceColumn.kind === "numeric" ? referenceColumn.values.length : referenceColumn.codes.length;
  const reference = referenceChunks.map((rows) => compare(subsetColumn(referenceColumn, complement(rows, total)), subsetColumn(referenceColumn, rows))?.statistic ?? null);
  return { values, reference, test: { method: resolved.method, alpha: resolved.threshold, pValues, drifted } };
}
function realisedMetric(id, input) {
  try {
    return metricById(id).compute(input);
  } catch (error) {
    if (error instanceof MetricError && error.code === "undefined") return null;
    throw error;
  }
}
function numericColumn(table, name, side) {
  const column2 = requireColumn(table, name);
  if (column2.kind !== "numeric") throw new ChunkingError(`${side} column '${name}' must be numeric (the model's output)`);
  return column2.values;
}
var pick = (values, rows) => {
  const out = new values.constructor(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
};
function labelled(rows, labels) {
  if (!labels) return new Uint32Array();
  return rows.filter((row) => !Number.isNaN(labels[row]));
}
function performanceSignals(spec, reference, current, chunks, referenceChunks, currentLabels, minRows, features, estimatedBand) {
  const signals = [];
  const notOffered = [];
  if (spec.referenceLabels.length !== reference.rowCount) throw new ChunkingError(`${spec.referenceLabels.length} reference labels for ${reference.rowCount} reference rows`);
  const labelledPerChunk = chunks.map((chunk) => labelled(chunk.rows, currentLabels));
  const realisedChunks = chunks.map((chunk, i) => ({ key: chunk.key, empty: labelledPerChunk[i].length === 0, insufficient: labelledPerChunk[i].length < minRows }));
  const labelledRows = labelledPerChunk.map((rows) => rows.length);
  const both = { side: "both", min: 0 };
  if (spec.task === "binary-classification") {
    const threshold = spec.threshold ?? 0.5;
    const referenceScore = numericColumn(reference, spec.score, "reference");
    const currentScore = numericColumn(current, spec.score, "current");
    const model = fitCbpe({ yTrue: spec.referenceLabels, score: referenceScore }, { threshold, ...spec.calibration ? { calibration: spec.calibration } : {}, ...spec.seed !== void 0 ? { seed: spec.seed } : {} });
    const binaryInput = (score, yTrue) => ({ task: "binary-classification", yTrue, score, yPred: Uint8Array.from(score, (p) => p >= threshold ? 1 : 0) });
    const asClasses = (values) => {
      const out = new Uint8Array(values.length);
      for (let i = 0; i < values.length; i++) {
        if (values[i] !== 0 && values[i] !== 1) throw new ChunkingError(`a binary label that arrived is ${values[i]}; labels must be 0 or 1`);
        out[i] = values[i];
      }
      return out;
    };
    const estimates = chunks.map((chunk) => chunk.empty ? null : inChunk(chunk, () => estimateCbpe(model, { score: pick(currentScore, chunk.rows) })));
    const referenceEstimates = estimatedBand === "estimated" ? referenceChunks.map((rows) => estimateCbpe(model, { score: pick(referenceScore, rows) })) : [];
    for (const [m, metric] of CBPE_METRICS.entries()) {
      const referenceValues = referenceChunks.map((rows) => realisedMetric(metric, binaryInput(pick(referenceScore, rows), pick(spec.referenceLabels, rows))));
      const options = { ...both, max: 1 };
      const estimatedReference = estimatedBand === "estimated" ? referenceEstimates.map((result) => result.metrics[m].estimate) : referenceValues;
      signals.push({ id: `cbpe.${metric}`, kind: "estimated", values: estimates.map((result) => result ? result.metrics[m].estimate : null), reference: estimatedReference, options, alertChunks: chunks });
      if (currentLabels) {
        const values = labelledPerChunk.map((rows) => rows.length === 0 ? null : realisedMetric(metric, binaryInput(pick(currentScore, rows), asClasses(pick(currentLabels, rows)))));
        signals.push({ id: `realised.${metric}`, kind: "realised", values, reference: referenceValues, options, labelledRows, alertChunks: realisedChunks });
      }
    }
  } else if (spec.task === "multiclass-classification") {
    const k = spec.probabilities.length;
    const gather = (table) => spec.probabilities.map((name) => numericColumn(table, name, table === reference ? "reference" : "current"));
    const referenceColumns = gather(reference);
    const currentColumns = gather(current);
    const matrix = (columns, rows) => {
      const out = new Float64Array(rows.length * k);
      for (let i = 0; i < rows.length; i++) for (let c = 0; c < k; c++) out[i * k + c] = columns[c][rows[i]];
      return out;
    };
    const all = (n) => Uint32Array.from({ length: n }, (_, i) => i);
    const model = fitMulticlassCbpe({ yTrue: spec.referenceLabels, probabilities: matrix(referenceColumns, all(reference.rowCount)), classCount: k }, { ...spec.calibration ? { calibration: spec.calibration } : {}, ...spec.seed !== void 0 ? { seed: spec.seed } : {} });
    const estimates = chunks.map((chunk) => chunk.empty ? null : inChunk(chunk, () => estimateMulticlassCbpe(model, matrix(currentColumns, chunk.rows))));
    const multiclassInput = (probabilities, yTrue) => ({ task: "multiclass-classification", yTrue, probabilities, classCount: k, yPred: argmaxRows(probabilities, k) });
    const asClasses = (values) => {
      const out = new Int32Array(values.length);
      for (let i = 0; i < values.length; i++) {
        if (!(Number.isInteger(values[i]) && values[i] >= 0 && values[i] < k)) throw new ChunkingError(`a class label that arrived is ${values[i]}; labels must be class indices 0..${k - 1}`);
        out[i] = values[i];
      }
      return out;
    };
    notOffered.push({ signal: "cbpe.{precision,recall,f1,roc_auc} (multiclass)", reason: "one-vs-rest CBPE estimates accuracy and macro F1 only: the metric registry has no multiclass precision, recall or ROC AUC to band them with or to realise them" });
    const referenceEstimates = estimatedBand === "estimated" ? referenceChunks.map((rows) => estimateMulticlassCbpe(model, matrix(referenceColumns, rows))) : [];
    for (const metric of MULTICLASS_CBPE_METRICS) {
      const referenceValues = referenceChunks.map((rows) => realisedMetric(metric.registry, multiclassInput(matrix(referenceColumns, rows), pick(spec.referenceLabels, rows))));
      const options = { ...both, max: 1 };
      const estimatedReference = estimatedBand === "estimated" ? referenceEstimates.map((result) => result[metric.id]) : referenceValues;
      signals.push({ id: `cbpe.${metric.id}`, kind: "estimated", values: estimates.map((result) => result?.[metric.id] ?? null), reference: estimatedReference, options, alertChunks: chunks });
      if (currentLabels) {
        const values = labelledPerChunk.map((rows) => rows.length === 0 ? null : realisedMetric(metric.registry, multiclassInput(matrix(currentColumns, rows), asClasses(pick(currentLabels, rows)))));
        signals.push({ id: `realised.${metric.id}`, kind: "realised", values, reference: referenceValues, options, labelledRows, alertChunks: realisedChunks });
      }
    }
  } else {
    const referencePrediction = numericColumn(reference, spec.prediction, "reference");
    const currentPrediction = numericColumn(current, spec.prediction, "current");
    for (const feature of features) if (feature.kind === "categorical") notOffered.push({ signal: `dle (feature '${feature.name}')`, reason: "categorical features are not used by the loss model (dle.ts)" });
    const numericFeatures = (table, rows) => {
      const out = /* @__PURE__ */ new Map();
      for (const feature of features) {
        if (feature.kind !== "numeric" || feature.name === spec.prediction) continue;
        const values = numericColumn(table, feature.name, table === reference ? "reference" : "current");
        out.set(feature.name, rows ? pick(values, rows) : values);
      }
      return out;
    };
    const model = fitDle({ prediction: referencePrediction, features: numericFeatures(reference) }, spec.referenceLabels);
    for (const ignored of model.ignored) notOffered.push({ signal: `dle (feature '${ignored.feature}')`, reason: `not used by the loss model: ${ignored.reason}` });
    const estimates = chunks.map((chunk) => chunk.empty ? null : estimateDle(model, { prediction: pick(currentPrediction, chunk.rows), features: numericFeatures(current, chunk.rows) }));
    const regressionInput = (yPred, yTrue) => ({ task: "regression", yTrue, yPred });
    const referenceEstimates = estimatedBand === "estimated" ? referenceChunks.map((rows) => estimateDle(model, { prediction: pick(referencePrediction, rows), features: numericFeatures(reference, rows) })) : [];
    for (const metric of DLE_METRICS) {
      const referenceValues = referenceChunks.map((rows) => realisedMetric(metric, regressionInput(pick(referencePrediction, rows), pick(spec.referenceLabels, rows))));
      const estimatedReference = estimatedBand === "estimated" ? referenceEstimates.map((result) => result[metric]) : referenceValues;
      signals.push({ id: `dle.${metric}`, kind: "estimated", values: estimates.map((result) => result?.[metric] ?? null), reference: estimatedReference, options: both, alertChunks: chunks });
      if (currentLabels) {
        const values = labelledPerChunk.map((rows) => rows.length === 0 ? null : realisedMetric(metric, regressionInput(pick(currentPrediction, rows), pick(currentLabels, rows))));
        signals.push({ id: `realised.${metric}`, kind: "realised", values, reference: referenceValues, options: both, labelledRows, alertChunks: realisedChunks });
      }
    }
  }
  return { signals, notOffered };
}
function inChunk(chunk, estimate) {
  try {
    return estimate();
  } catch (error) {
    if (error instanceof CbpeError) throw new ChunkingError(`chunk ${chunk.key}: ${error.message}`);
    throw error;
  }
}
function argmaxRows(probabilities, k) {
  const n = probabilities.length / k;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (probabilities[i * k + c] > probabilities[i * k + best]) best = c;
    out[i] = best;
  }
  return out;
}

// src/commands/drift-series.ts
var OUTPUT = "modelops:output";
var ID = "modelops:id";
function chunkSpecOf(chunks) {
  if (chunks.size !== void 0) return { by: "size", rows: chunks.size };
  if (chunks.count !== void 0) return { by: "count", chunks: chunks.count };
  return { by: "period", period: chunks.period ?? "week", ...chunks.time_zone ? { timeZone: chunks.time_zone } : {} };
}
function thresholdRuleOf(chunks) {
  const t = chunks.thresholds ?? {};
  if (t.rule === "std") return { kind: "std", ...t.k !== void 0 ? { k: t.k } : {} };
  if (t.rule === "quantile") return { kind: "quantile", ...t.lower !== void 0 ? { lower: t.lower } : {}, ...t.upper !== void 0 ? { upper: t.upper } : {} };
  return { kind: "calibrated", ...t.alpha !== void 0 ? { alpha: t.alpha } : {} };
}
async function readReferenceChunksData(manifest, files) {
  const roles = manifest.monitoring?.chunks?.reference ?? ["reference"];
  const tables = [];
  const datasets = [];
  let labelled2 = true;
  for (const role of roles) {
    const dataset = manifest.data[role];
    if (!dataset?.path) throw new LabelError(`monitoring.chunks.reference names ${role}, and data.${role}.path is not set`);
    const absolute = files.absolute(dataset.path);
    const format = formatOf(dataset.path, dataset.format);
    const read = await driftColumns(manifest, absolute, format);
    labelled2 &&= read.labelled;
    tables.push(await readTable(absolute, { format, columns: read.columns.filter((c) => read.labelled || c.name !== manifest.data.label.column) }));
    datasets.push(dataset.path);
  }
  if (!labelled2) {
    const label = manifest.data.label.column;
    for (const [i, table] of tables.entries()) tables[i] = { rowCount: table.rowCount, columns: new Map([...table.columns].filter(([name]) => name !== label)) };
  }
  return { table: concatTables(tables), labelled: labelled2, datasets };
}
function referencePeriod(manifest, current, chunking, timestamps, until, labels) {
  const at = chunking.chunks.findIndex((chunk) => chunk.key === until);
  const keys = chunking.chunks.map((chunk) => chunk.key);
  if (at < 0) throw new LabelError(`monitoring.chunks.reference_until '${until}' is not a chunk of the current data (its chunks: ${keys.length > 0 ? `${keys[0]} to ${keys.at(-1)}` : "none"})`);
  const rows = Uint32Array.from(chunking.chunks.slice(0, at + 1).flatMap((chunk) => Array.from(chunk.rows))).sort();
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column2] of current.table.columns) if (name !== manifest.data.label.column) columns.set(name, subsetColumn(column2, rows));
  const dataset = `${current.read.dataset} (chunks ${keys[0]} to ${until})`;
  let labelled2 = false;
  if (labels && current.keys.id) {
    const joined = joinLabels(labels, idsOf(subsetColumn(current.keys.id, rows)));
    const missing = joined.values.filter((v) => Number.isNaN(v)).length;
    if (missing > 0) throw new LabelError(`monitoring.chunks.reference_until '${until}': ${missing} of the ${rows.length} rows of the reference period have no label in monitoring.labels; end the reference period where the labels have arrived`);
    columns.set(manifest.data.label.column, labelColumn(manifest, joined.values));
    labelled2 = true;
  }
  return { table: { rowCount: rows.length, columns }, labelled: labelled2, datasets: [dataset], ...timestamps ? { timestamps: Float64Array.from(rows, (row) => timestamps[row]) } : {} };
}
function labelColumn(manifest, values) {
  const name = manifest.data.label.column;
  const task = manifest.problem.task;
  if (task === "regression") return { name, kind: "numeric", values };
  const classes = task === "binary-classification" ? ["not " + String(manifest.data.label.positive), String(manifest.data.label.positive)] : (manifest.data.label.classes ?? []).map(String);
  return { name, kind: "categorical", categories: classes, codes: Int32Array.from(values) };
}
function truthValues(manifest, column2) {
  const task = manifest.problem.task;
  if (task === "binary-classification") return Float64Array.from(binaryTruth(column2, manifest.data.label.positive));
  if (task === "multiclass-classification") return Float64Array.from(multiclassTruth(column2, manifest.data.label.classes ?? []));
  return regressionTruth(column2);
}
async function readLabels(manifest, files, workspace, progress) {
  const labels = manifest.monitoring?.labels;
  if (!labels) return void 0;
  const column2 = labels.column ?? manifest.data.label.column;
  const id = labels.id ?? manifest.monitoring?.current?.id;
  if (id === void 0) throw new LabelError("monitoring.labels: no id column (monitoring.labels.id or monitoring.current.id) to join the labels on");
  const { path, glob: glob2, query, relative_to, format } = labels;
  const spec = { source: { ...path ? { path } : {}, ...glob2 ? { glob: glob2 } : {}, ...query ? { query } : {}, ...relative_to ? { relative_to } : {}, ...format ? { format } : {} }, field: "monitoring.labels" };
  const read = await readCurrent(spec, { features: [], label: { name: column2, kind: manifest.problem.task === "regression" ? "numeric" : "categorical" }, id }, { files, ...workspace ? { workspace } : {}, progress });
  const values = read.table.columns.get(column2);
  if (!read.labelled || !values) throw new LabelError(`monitoring.labels (${read.read.dataset}) has no label column '${column2}' in every file`);
  let truth;
  try {
    truth = truthValues(manifest, values);
  } catch (error) {
    if (error instanceof LabelError) throw new LabelError(`monitoring.labels (${read.read.dataset}): ${error.message}`);
    throw error;
  }
  const ids = idsOf(read.keys.id);
  const kept = [];
  const keptValues = [];
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] === void 0) continue;
    kept.push(ids[i]);
    keptValues.push(truth[i]);
  }
  return { ids: kept, values: Float64Array.from(keptValues) };
}
var withColumn = (table, name, column2) => ({ rowCount: table.rowCount, columns: new Map([...table.columns, [name, { ...column2, name }]]) });
async function measureSeries(context) {
  const { manifest, files, runner, current, seed, progress } = context;
  const name = manifest.metadata.name;
  const chunks = manifest.monitoring.chunks;
  const spec = chunkSpecOf(chunks);
  const stamps = current.keys.timestamp;
  if (spec.by === "period" && !stamps) throw new LabelError(`monitoring.chunks.period needs the timestamp column monitoring.current.timestamp in the current data`);
  const timestamps = stamps && (stamps.kind === "numeric" || stamps.kind === "categorical") ? timestampValues(stamps, spec.by === "period" && spec.timeZone ? { timeZone: spec.timeZone } : {}) : void 0;
  const chunking = chunkRows(spec, current.table.rowCount, timestamps, chunks.min_rows !== void 0 ? { minRows: chunks.min_rows } : {});
  progress(`${name}: ${chunking.chunks.length} chunks of ${current.read.dataset}`);
  const labels = await readLabels(manifest, files, context.workspace, (m) => progress(`${name}: ${m}`));
  const reference = chunks.reference_until !== void 0 ? referencePeriod(manifest, current, chunking, timestamps, chunks.reference_until, labels) : await readReferenceChunksData(manifest, files);
  progress(`${name}: running the model on ${reference.datasets.join(" + ")} and the current data`);
  const referencePrediction = await runner.predict(reference.table);
  const currentPrediction = await runner.predict(current.table);
  let referenceTable = reference.table;
  let currentTable = current.table;
  const input = {
    chunking,
    features: manifest.data.features.map((f) => ({ name: f.name, kind: f.type })),
    ...manifest.gates?.drift ? { drift: manifest.gates.drift } : {},
    thresholds: thresholdRuleOf(chunks)
  };
  const labelColumn2 = reference.labelled ? reference.table.columns.get(manifest.data.label.column) : void 0;
  let performance;
  if (referencePrediction.task === "binary-classification" && currentPrediction.task === "binary-classification") {
    referenceTable = withColumn(referenceTable, OUTPUT, { name: OUTPUT, kind: "numeric", values: referencePrediction.score });
    currentTable = withColumn(currentTable, OUTPUT, { name: OUTPUT, kind: "numeric", values: currentPrediction.score });
    input.prediction = OUTPUT;
    if (labelColumn2) performance = { task: "binary-classification", score: OUTPUT, referenceLabels: binaryTruth(labelColumn2, manifest.data.label.positive), threshold: referencePrediction.threshold, seed };
  } else if (referencePrediction.task === "regression" && currentPrediction.task === "regression") {
    referenceTable = withColumn(referenceTable, OUTPUT, { name: OUTPUT, kind: "numeric", values: referencePrediction.prediction });
    currentTable = withColumn(currentTable, OUTPUT, { name: OUTPUT, kind: "numeric", values: currentPrediction.prediction });
    input.prediction = OUTPUT;
    if (labelColumn2) performance = { task: "regression", prediction: OUTPUT, referenceLabels: regressionTruth(labelColumn2) };
  } else if (referencePrediction.task === "multiclass-classification" && currentPrediction.task === "multiclass-classification") {
    const k = referencePrediction.classCount;
    const names = Array.from({ length: k }, (_, c) => `${OUTPUT}:${c}`);
    for (const [c, column2] of names.entries()) {
      const of = (p, n) => Float64Array.from({ length: n }, (_, i) => p[i * k + c]);
      referenceTable = withColumn(referenceTable, column2, { name: column2, kind: "numeric", values: of(referencePrediction.probabilities, referenceTable.rowCount) });
      currentTable = withColumn(currentTable, column2, { name: column2, kind: "numeric", values: of(currentPrediction.probabilities, currentTable.rowCount) });
    }
    if (labelColumn2) performance = { task: "multiclass-classification", probabilities: names, referenceLabels: multiclassTruth(labelColumn2, manifest.data.label.classes ?? []), seed };
  }
  if (performance) input.performance = performance;
  if (labels) {
    if (!current.keys.id) throw new LabelError("monitoring.labels are joined by monitoring.current.id, and the current data has no id column");
    currentTable = withColumn(currentTable, ID, current.keys.id);
    input.labels = { rows: labels, idColumn: ID };
  }
  if (reference.timestamps) input.referenceTimestamps = reference.timestamps;
  progress(`${name}: per-chunk signals against ${reference.datasets.join(" + ")}`);
  return monitoringSeries({ ...input, reference: referenceTable, current: currentTable });
}
function readDigest(read) {
  const sources = read.sources ?? [];
  if (sources.length === 1) return sources[0].sha256;
  return sha256Hex(sources.map((source) => `${source.sha256}
`).join(""));
}
async function readLog(context, model) {
  try {
    return { records: await readMonitoringLog(context.repo, model, context.remote !== void 0 ? { remote: context.remote } : {}) };
  } catch (error) {
    if (error instanceof MonitoringLogError) return { records: [], problem: error.message };
    throw error;
  }
}
async function defaultLogRemote(repo) {
  return await hasOrigin(repo).catch(() => false) ? "origin" : void 0;
}
var headCommit = (repo) => commitOf(repo, "HEAD").catch(() => void 0);
async function appendSeries(context, manifest, series, read) {
  const records = seriesLogRecords(series, {
    model: manifest.metadata.name,
    version: manifest.metadata.version,
    run: context.run,
    commit: context.commit,
    time: context.now.toISOString(),
    source: { digest: readDigest(read), rows: read.rows, description: read.dataset }
  });
  if (records.length === 0) return { appended: 0, unchanged: 0 };
  const { appended, unchanged } = await appendNewToMonitoringLog(context.repo, records, context.remote !== void 0 ? { remote: context.remote } : {});
  return { appended, unchanged };
}

export {
  DuckDBUnavailableError,
  CurrentSourceError,
  readCurrent,
  MONITORING_BRANCH,
  MonitoringLogError,
  tryFetchMonitoringLog,
  readMonitoringLog,
  measureSeries,
  readLog,
  defaultLogRemote,
  headCommit,
  appendSeries
};
