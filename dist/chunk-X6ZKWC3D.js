import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  LabelError,
  OnnxModelError,
  binaryTruth,
  dataErrorFinding,
  driftColumns,
  measureDrift,
  multiclassTruth,
  openModel,
  placeChecks,
  readReference,
  readTable,
  regressionTruth,
  runnerSpecFromManifest
} from "./chunk-AE7DJX6B.js";
import {
  createBuilders,
  finishTable,
  storeValue
} from "./chunk-IU3NEEPE.js";
import {
  MONITORING_BRANCH,
  MonitoringLogError,
  appendMonitoringLog,
  readMonitoringLog
} from "./chunk-GPCVBGSR.js";
import {
  registryEvents
} from "./chunk-6OLQLVMU.js";
import {
  validateRepository
} from "./chunk-MNRMN5YM.js";
import {
  buildReport
} from "./chunk-MA7B7KEZ.js";
import {
  CBPE_METRICS,
  CHUNK_PERIODS,
  CbpeError,
  DEFAULT_MIN_CHUNK_ROWS,
  DEFAULT_PROFILE_BINS,
  MAX_PROFILE_BINS,
  PROFILE_API_VERSION,
  ProfileError,
  alertsFor,
  analyseProfileDrift,
  applyCalibration,
  checkRule,
  choleskySolve,
  chunkRows,
  compareText,
  equalWidthEdges,
  estimateCbpe,
  expectedConfusion,
  fitCalibration,
  fitCbpe,
  hasDrifted,
  latestChunk,
  parseProfile,
  periodCalendar,
  profileTable,
  referenceEdges,
  resolveColumnMethod,
  sectionGate,
  seriesGate,
  stalenessGate,
  thresholdsFromReference,
  withLoggedChunks
} from "./chunk-ECAUMVKP.js";
import {
  MISSING_CODE,
  concatTables,
  requireColumn
} from "./chunk-UBB2VENB.js";
import {
  currentKinds
} from "./chunk-2RA6K4YX.js";
import {
  RepoFiles,
  UsageError,
  glob,
  isDynamicPattern,
  sha256File
} from "./chunk-BLGKMW6I.js";
import {
  DataFormatError,
  formatOf,
  readColumns
} from "./chunk-GOQ77XTK.js";
import {
  DriftError,
  FEW_VALUES_MAX,
  MetricError,
  categoricalSamples,
  columnSeed,
  distinctValues,
  driftTestById,
  globProblem,
  metricById,
  numericSample,
  pathShapeProblem,
  sampleSize
} from "./chunk-LOGIVT4I.js";
import {
  ChunkingError,
  isoUtc,
  timestampValues,
  zoneClock
} from "./chunk-V5DKCSUO.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  durationMs,
  verdictOfFindings,
  worstVerdict
} from "./chunk-5KIHTRY7.js";
import {
  openGitHistory,
  runGit
} from "./chunk-BMNONSFE.js";

// src/commands/drift.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, sep } from "node:path";

// src/core/drift/chunks/stream.ts
function profileAccumulator(reference, columns = reference.columns.map((c) => c.name)) {
  const specs = columns.map((name) => {
    const column2 = reference.columns.find((c) => c.name === name);
    if (!column2) throw new ChunkingError(`the reference profile has no column '${name}'`);
    return column2;
  });
  return {
    create: () => ({
      apiVersion: reference.apiVersion,
      kind: "Profile",
      rows: 0,
      bins: reference.bins,
      edges: "reference",
      columns: specs.map(
        (spec) => spec.kind === "numeric" ? { name: spec.name, kind: "numeric", missing: 0, count: 0, min: null, max: null, sum: 0, sumOfSquares: 0, edges: [...spec.edges], counts: new Array(spec.edges.length + 1).fill(0), sums: new Array(spec.edges.length + 1).fill(0) } : { name: spec.name, kind: "categorical", missing: 0, categories: [] }
      )
    }),
    add(state, batch, rows) {
      state.rows += rows.length;
      for (const profile of state.columns) {
        const column2 = requireColumn(batch, profile.name);
        if (column2.kind !== profile.kind) throw new ChunkingError(`column '${profile.name}' is ${column2.kind} in the batch, ${profile.kind} in the reference profile`);
        if (column2.kind === "numeric") addNumeric(profile, column2.values, rows);
        else addCategorical(profile, column2.codes, column2.categories, rows);
      }
    }
  };
}
function addNumeric(profile, values, rows) {
  const { counts, sums } = profile;
  const bins = binEdges(profile.edges);
  let missing = 0;
  let count = 0;
  let min = profile.min ?? Infinity;
  let max = profile.max ?? -Infinity;
  let sum = profile.sum;
  let sumOfSquares = profile.sumOfSquares;
  for (let i = 0; i < rows.length; i++) {
    const x = values[rows[i]];
    if (x - x !== 0) {
      missing++;
      continue;
    }
    count++;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
    sumOfSquares += x * x;
    const k = locateBin(x, bins);
    counts[k]++;
    sums[k] += x;
  }
  profile.missing += missing;
  profile.count += count;
  if (profile.count > 0) {
    profile.min = min;
    profile.max = max;
  }
  profile.sum = sum;
  profile.sumOfSquares = sumOfSquares;
}
function addCategorical(profile, codes, categories, rows) {
  const perCode = new Float64Array(categories.length);
  let missing = 0;
  for (let i = 0; i < rows.length; i++) {
    const code = codes[rows[i]];
    if (code === MISSING_CODE) missing++;
    else perCode[code]++;
  }
  profile.missing += missing;
  const counts = new Map(profile.categories.map((c) => [c.value, c.count]));
  perCode.forEach((n, code) => {
    if (n > 0) counts.set(categories[code], (counts.get(categories[code]) ?? 0) + n);
  });
  profile.categories = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => compareText(a.value, b.value));
}
function binEdges(edgeList) {
  const edges = Float64Array.from(edgeList);
  const last = edges.length - 1;
  const low = last < 0 ? 0 : edges[0];
  const high = last < 0 ? 0 : edges[last];
  return { edges, last, low, high, scale: last > 0 && high > low ? last / (high - low) : 0 };
}
function locateBin(x, bins) {
  const { edges, last, low, high } = bins;
  if (last < 0) return 0;
  if (last === 0) return x <= high ? 0 : 1;
  if (x < low) return 0;
  if (x > high) return last + 1;
  let i = Math.floor((x - low) * bins.scale) + 1;
  if (i > last) i = last;
  while (i > 1 && x < edges[i - 1]) i--;
  while (i < last && x >= edges[i]) i++;
  return i;
}

// src/core/drift/profile-sql.ts
var SQL_DIALECTS = ["duckdb", "spark", "bigquery"];
var backslashLiteral = (text) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
var DIALECTS = {
  duckdb: {
    quote: (id) => `"${id.replace(/"/g, '""')}"`,
    literal: (text) => `'${text.replace(/'/g, "''")}'`,
    double: "DOUBLE",
    bigint: "BIGINT",
    string: "STRING",
    truncate: (period, ts) => `date_trunc('${period}', ${ts})`
  },
  spark: {
    quote: (id) => `\`${id.replace(/`/g, "``")}\``,
    literal: backslashLiteral,
    double: "DOUBLE",
    bigint: "BIGINT",
    string: "STRING",
    truncate: (period, ts) => `date_trunc('${period.toUpperCase()}', ${ts})`
  },
  bigquery: {
    quote: (id) => `\`${id.replace(/\\/g, "\\\\").replace(/`/g, "\\`")}\``,
    literal: backslashLiteral,
    double: "FLOAT64",
    bigint: "INT64",
    string: "STRING",
    truncate: (period, ts) => `TIMESTAMP_TRUNC(${ts}, ${period === "week" ? "WEEK(MONDAY)" : period.toUpperCase()})`
  }
};
function profileColumns(manifest) {
  return manifest.data.features.map((feature) => ({ name: feature.name, kind: feature.type }));
}
function profileSql(spec, table, options = {}) {
  const columns = Array.isArray(spec) ? spec : profileColumns(spec);
  if (columns.length === 0) throw new ProfileError("nothing to profile: no columns");
  if (table.trim() === "" || /;/.test(table)) throw new ProfileError(`'${table}' is not a table name`);
  const dialect = options.dialect ?? "duckdb";
  const words = DIALECTS[dialect];
  if (!words) throw new ProfileError(`unknown SQL dialect '${String(dialect)}'; use ${SQL_DIALECTS.join(", ")}`);
  const bins = options.reference?.bins ?? options.bins ?? DEFAULT_PROFILE_BINS;
  if (!Number.isInteger(bins) || bins < 1 || bins > MAX_PROFILE_BINS) throw new ProfileError(`bins must be an integer from 1 to ${MAX_PROFILE_BINS}; got ${bins}`);
  const { quote, literal, double, bigint, string } = words;
  const castDouble = (value) => `CAST('${String(value)}' AS ${double})`;
  const own = options.reference === void 0;
  const chunk = options.chunk;
  if (chunk && own) throw new ProfileError("profiles per chunk are current profiles: give the reference profile whose edges they count over");
  if (chunk && !CHUNK_PERIODS.includes(chunk.period)) throw new ProfileError(`unknown chunk period '${String(chunk.period)}'; use ${CHUNK_PERIODS.join(", ")}`);
  const byChunk = chunk ? ", chunk" : "";
  const groupBy = (...keys) => {
    const all = chunk ? ["chunk", ...keys] : keys;
    return all.length > 0 ? ` GROUP BY ${all.join(", ")}` : "";
  };
  const select = [];
  const range = [];
  const binned = [];
  const parts = [];
  const nulls = (kinds) => kinds.map((kind) => `CAST(NULL AS ${kind})`).join(", ");
  parts.push(`SELECT CAST(NULL AS ${string}) AS column_name, 'rows' AS part, CAST(NULL AS ${bigint}) AS bin, CAST(NULL AS ${string}) AS category, COUNT(*) AS n, ${nulls([double])} AS sum_x, ${nulls([double])} AS sum_x2, ${nulls([double])} AS min_x, ${nulls([double])} AS max_x${byChunk} FROM binned${groupBy()}`);
  columns.forEach((column2, index) => {
    const name = literal(column2.name);
    if (column2.kind === "categorical") {
      const c = `c${index}`;
      select.push(`CAST(${quote(column2.name)} AS ${string}) AS ${c}`);
      binned.push(`CASE WHEN ${c} IS NULL OR ${c} = '' THEN NULL ELSE ${c} END AS ${c}`);
      parts.push(`SELECT ${name}, 'category', NULL, ${c}, COUNT(*), NULL, NULL, NULL, NULL${byChunk} FROM binned${groupBy(c)}`);
      return;
    }
    const x = `x${index}`;
    const missing = `${x} IS NULL OR NOT (${x} - ${x} = 0)`;
    select.push(`CAST(${quote(column2.name)} AS ${double}) AS ${x}`);
    let edges;
    if (own) {
      range.push(`MIN(CASE WHEN ${x} - ${x} = 0 THEN ${x} END) AS ${x}_min`, `MAX(CASE WHEN ${x} - ${x} = 0 THEN ${x} END) AS ${x}_max`);
      edges = Array.from({ length: bins + 1 }, (_, k) => k === bins ? `${x}_max` : k === 0 ? `${x}_min` : `${x}_min + ((${x}_max - ${x}_min) * ${k}) / ${bins}`);
    } else {
      edges = referenceEdges(options.reference, column2.name).map(castDouble);
    }
    const last = edges.length - 1;
    const branches = [`WHEN ${missing} THEN -1`];
    if (last < 0) branches.push("ELSE 0");
    else {
      for (let k = 0; k < last; k++) branches.push(`WHEN ${x} < ${edges[k]} THEN ${k}`);
      branches.push(`WHEN ${x} <= ${edges[last]} THEN ${last}`, `ELSE ${last + 1}`);
    }
    binned.push(`CASE ${branches.join(" ")} END AS b${index}`, `CASE WHEN ${missing} THEN NULL ELSE ${x} END AS v${index}`);
    parts.push(
      `SELECT ${name}, 'stats', NULL, NULL, COUNT(v${index}), SUM(v${index}), SUM(v${index} * v${index}), MIN(v${index}), MAX(v${index})${byChunk} FROM binned${groupBy()}`,
      `SELECT ${name}, 'bin', b${index}, NULL, COUNT(*), SUM(v${index}), NULL, NULL, NULL${byChunk} FROM binned${groupBy(`b${index}`)}`
    );
  });
  const header = [
    `-- modelops profile of ${table} (${PROFILE_API_VERSION} Profile, ${dialect} dialect): ${columns.length} column(s)` + (own ? `, ${bins} equal-width bins over each numeric column's own range (a reference profile).` : `, numeric columns counted over the reference profile's edges (a current profile).`),
    "-- Run it, save the rows (e.g. as JSON or CSV), and turn them into a profile: modelops profile --from-rows FILE."
  ];
  if (chunk) {
    const start = words.truncate(chunk.period, `CAST(${quote(chunk.timestamp)} AS TIMESTAMP)`);
    select.push(`CAST(CAST(${start} AS DATE) AS ${string}) AS chunk`);
    binned.push("chunk");
    header.push(`-- One profile per ${chunk.period} of ${chunk.timestamp} (the engine's calendar: UTC for a TIMESTAMP without time zone), the period's first day in the column chunk.`);
  }
  const ctes = [`src AS (
  SELECT
    ${select.join(",\n    ")}
  FROM ${table}
)`];
  if (range.length > 0) ctes.push(`range_ AS (
  SELECT
    ${range.join(",\n    ")}
  FROM src
)`);
  ctes.push(`binned AS (
  SELECT
    ${binned.join(",\n    ")}
  FROM src${range.length > 0 ? " CROSS JOIN range_" : ""}
)`);
  return `${header.join("\n")}
WITH ${ctes.join(",\n")}
${parts.join("\nUNION ALL\n")}
ORDER BY ${chunk ? "chunk, " : ""}column_name, part, bin, category;
`;
}
var asNumber = (value) => {
  if (value === null || value === void 0) return null;
  const n = typeof value === "bigint" ? Number(value) : typeof value === "string" ? Number(value) : value;
  if (typeof n !== "number" || Number.isNaN(n)) throw new ProfileError(`profile rows: '${String(value)}' is not a number`);
  return n;
};
function profileFromRows(rows, columns, options = {}) {
  const bins = options.reference?.bins ?? options.bins ?? DEFAULT_PROFILE_BINS;
  const get = (row, key) => row[key] ?? row[key.toUpperCase()];
  const rowsRow = rows.find((row) => get(row, "part") === "rows");
  if (!rowsRow) throw new ProfileError("profile rows: no 'rows' row; were these rows made by modelops profile --sql?");
  const total = asNumber(get(rowsRow, "n"));
  const profiled = columns.map((spec) => {
    const mine = rows.filter((row) => get(row, "column_name") === spec.name);
    if (spec.kind === "categorical") {
      let missing2 = 0;
      const categories = mine.filter((row) => get(row, "part") === "category").flatMap((row) => {
        const category = get(row, "category");
        const count2 = asNumber(get(row, "n"));
        if (category === null || category === void 0) {
          missing2 += count2;
          return [];
        }
        return [{ value: String(category), count: count2 }];
      }).sort((a, b) => compareText(a.value, b.value));
      const column3 = { name: spec.name, kind: "categorical", missing: missing2, categories };
      return column3;
    }
    const stats = mine.find((row) => get(row, "part") === "stats");
    if (!stats) throw new ProfileError(`profile rows: no 'stats' row for column '${spec.name}'`);
    const count = asNumber(get(stats, "n"));
    const min = asNumber(get(stats, "min_x"));
    const max = asNumber(get(stats, "max_x"));
    const edges = options.reference ? referenceEdges(options.reference, spec.name) : min === null || max === null ? [] : equalWidthEdges(min, max, bins);
    const counts = new Array(edges.length + 1).fill(0);
    const sums = new Array(edges.length + 1).fill(0);
    let missing = 0;
    for (const row of mine.filter((r) => get(r, "part") === "bin")) {
      const bin = asNumber(get(row, "bin"));
      const n = asNumber(get(row, "n"));
      if (bin === -1) {
        missing += n;
        continue;
      }
      if (!(bin >= 0 && bin < counts.length)) throw new ProfileError(`profile rows: column '${spec.name}' has bin ${bin}, outside 0..${counts.length - 1}`);
      counts[bin] = n;
      sums[bin] = asNumber(get(row, "sum_x")) ?? 0;
    }
    const column2 = {
      name: spec.name,
      kind: "numeric",
      missing,
      count,
      min,
      max,
      sum: asNumber(get(stats, "sum_x")) ?? 0,
      sumOfSquares: asNumber(get(stats, "sum_x2")) ?? 0,
      edges: [...edges],
      counts,
      sums
    };
    return column2;
  });
  return {
    apiVersion: PROFILE_API_VERSION,
    kind: "Profile",
    rows: total,
    ...options.source !== void 0 ? { source: options.source } : {},
    bins,
    edges: options.reference ? "reference" : "own-range",
    columns: profiled
  };
}
function chunkProfilesFromRows(rows, columns, options) {
  const { reference, period } = options;
  const minRows = options.minRows ?? DEFAULT_MIN_CHUNK_ROWS;
  const calendar = periodCalendar(period, zoneClock("UTC"));
  const groups = /* @__PURE__ */ new Map();
  let invalidTimestamps = 0;
  for (const row of rows) {
    const start = row.chunk ?? row.CHUNK;
    if (start === null || start === void 0) {
      if ((row.part ?? row.PART) === "rows") invalidTimestamps += asNumber(row.n ?? row.N) ?? 0;
      continue;
    }
    const instant = typeof start === "string" && /^\d{4}-\d{2}-\d{2}$/.test(start) ? Date.parse(`${start}T00:00:00Z`) : Number.NaN;
    if (Number.isNaN(instant)) throw new ProfileError(`profile rows: chunk '${String(start)}' is not a date (YYYY-MM-DD); were these rows made by modelops profile --sql --chunk?`);
    const ordinal = calendar.ordinalOf(instant);
    if (calendar.start(ordinal) !== instant) throw new ProfileError(`profile rows: chunk ${start} is not the first day of a ${period}`);
    let group = groups.get(ordinal);
    if (!group) groups.set(ordinal, group = []);
    group.push(row);
  }
  const empty = profileAccumulator(reference, columns.map((c) => c.name));
  const ordinals = [...groups.keys()].sort((a, b) => a - b);
  const chunks = [];
  for (let n = ordinals[0] ?? 0; ordinals.length > 0 && n <= ordinals[ordinals.length - 1]; n++) {
    const group = groups.get(n);
    const state = group ? profileFromRows(group, columns, { reference }) : empty.create();
    chunks.push({ index: chunks.length, key: calendar.key(n), start: calendar.start(n), end: calendar.start(n + 1), rows: state.rows, empty: state.rows === 0, insufficient: state.rows < minRows, state });
  }
  return { chunks, invalidTimestamps };
}

// src/core/drift/staleness.ts
var DAY_MS = 864e5;
function productionPromotion(tags, name) {
  const events = registryEvents(tags, { only: /* @__PURE__ */ new Set([name]) }).get(name) ?? [];
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event.time === void 0 || event.tag.kind !== "assign" && event.tag.kind !== "unassign") continue;
    if (event.tag.stage !== "production") continue;
    if (event.tag.kind === "unassign") return void 0;
    return { tag: event.tag.tag, time: new Date(event.time).toISOString(), ...event.version !== void 0 ? { version: event.version } : {} };
  }
  return void 0;
}
function staleness(input) {
  const { promotion, now, minInterval, maxInterval } = input;
  const bounds = { ...minInterval !== void 0 ? { minInterval } : {}, ...maxInterval !== void 0 ? { maxInterval } : {} };
  if (!promotion) {
    return {
      ...bounds,
      stale: false,
      tooSoonToRetrain: false,
      verdict: "skipped",
      message: "no annotated production tag (NAME#production#N): the promotion date is unknown"
    };
  }
  const ageMs = now.getTime() - Date.parse(promotion.time);
  const ageDays = ageMs / DAY_MS;
  const maxMs = maxInterval !== void 0 ? durationMs(maxInterval) : void 0;
  const minMs = minInterval !== void 0 ? durationMs(minInterval) : void 0;
  const stale = maxMs !== void 0 && ageMs > maxMs;
  const tooSoonToRetrain = minMs !== void 0 && ageMs < minMs;
  const age = `promoted ${formatDays(ageDays)} ago (${promotion.tag}, ${promotion.time.slice(0, 10)})`;
  let message;
  if (maxMs === void 0) message = `${age}; no monitoring.retraining.max_interval to judge staleness by`;
  else if (stale) message = `${age}, longer than max_interval ${maxInterval}: retrain and promote a new version`;
  else message = `${age}, within max_interval ${maxInterval}`;
  if (tooSoonToRetrain) message += `; retraining now would be sooner than min_interval ${minInterval}`;
  return {
    tag: promotion.tag,
    promotedAt: promotion.time,
    ageDays,
    ...bounds,
    stale,
    tooSoonToRetrain,
    verdict: maxMs === void 0 ? "skipped" : stale ? "fail" : "pass",
    message
  };
}
function formatDays(days) {
  if (days < 1) return `${Math.max(0, Math.round(days * 24))} h`;
  const whole = Math.floor(days);
  return `${whole} day${whole === 1 ? "" : "s"}`;
}

// src/io/data/current-source.ts
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";

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

// src/commands/drift-series.ts
import { createHash as createHash2 } from "node:crypto";

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
    const drift2 = driftValues(feature, requireColumn(reference, feature.name), requireColumn(current, feature.name), chunks, referenceChunks, input.drift ?? {});
    if (drift2) signal(`drift.${feature.name}.statistic`, "drift", drift2.values, drift2.reference, DRIFT_BAND, { test: drift2.test });
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
    const drift2 = driftValues({ name: input.prediction, kind: "numeric" }, requireColumn(reference, input.prediction), requireColumn(current, input.prediction), chunks, referenceChunks, input.drift ?? {});
    if (drift2) signal("prediction.drift.statistic", "prediction-drift", drift2.values, drift2.reference, DRIFT_BAND, { test: drift2.test });
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
function subsetColumn(column2, rows) {
  if (column2.kind === "numeric") return { ...column2, values: Float64Array.from({ length: rows.length }, (_, i) => column2.values[rows[i]]) };
  return { ...column2, codes: Int32Array.from({ length: rows.length }, (_, i) => column2.codes[rows[i]]) };
}
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
  const hash = createHash2("sha256");
  for (const source of sources) hash.update(`${source.sha256}
`);
  return hash.digest("hex");
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
  const run = await runGit(repo, ["remote"]).catch(() => void 0);
  const remotes = run && run.code === 0 ? run.stdout.toString("utf8").split("\n").map((r) => r.trim()) : [];
  return remotes.includes("origin") ? "origin" : void 0;
}
async function headCommit(repo) {
  const run = await runGit(repo, ["rev-parse", "HEAD"]).catch(() => void 0);
  return run && run.code === 0 ? run.stdout.toString("utf8").trim() : void 0;
}
async function appendSeries(context, manifest, series, read) {
  const records = seriesLogRecords(series, {
    model: manifest.metadata.name,
    version: manifest.metadata.version,
    run: context.run,
    commit: context.commit,
    time: context.now.toISOString(),
    source: { digest: readDigest(read), rows: read.rows, description: read.dataset }
  });
  if (records.length === 0) return 0;
  await appendMonitoringLog(context.repo, records, context.remote !== void 0 ? { remote: context.remote } : {});
  return records.length;
}

// src/commands/drift.ts
var DRIFT_HELP = `Usage: modelops drift [MODEL...] [options]

The scheduled check of production models. For every model whose manifest says stage: production (or
the named ones), compares its reference data (data.reference) with its current data
(monitoring.current: a path, a glob or a DuckDB query, read afresh on every run; or --current):
  features     a test per feature (KS, chi-squared, z, Wasserstein, Jensen-Shannon, PSI, Hellinger:
               gates.drift's method, else Evidently's default by type and size), a multiple-testing
               correction, and the share of drifted features against gates.drift.drift_share
  missing      each feature's share of missing values, reference against current
  prediction   the same test on the model's scores
  domain       a classifier trained to tell current from reference rows: drift when its cross-validated
               ROC AUC is above the threshold of its permutation null at these sizes (false-alarm rate
               gates.drift.domain_classifier.alpha, default 0.05; never below 0.5), top features
  performance  CBPE's label-free estimate of accuracy, precision, recall, F1 and ROC AUC (binary
               classifiers) with a sampling band, and the realised values when the data has labels
  staleness    days since the latest <name>#production#<n> tag, against monitoring.retraining
               max_interval (stale: fail) and min_interval (retraining now too soon: no dispatch)
  series       with monitoring.chunks: every signal above per chunk (period, size or count) of the
               current data, with alert bands from the reference cut into chunks of the same size,
               realised metrics where monitoring.labels arrived, and the chunks earlier runs logged;
               the latest chunk decides the verdict ("drifting since" the chunk its alerts began)
The report's monitoring section says, per model, whether to open or update its drift issue and
whether to dispatch retraining (monitoring.retraining.trigger).

Options:
  --repo DIR                 Repository root (default: .)
  --issue                    Print the GitHub issue the scheduled Action would open, update or close
  --current PATH|GLOB        Current data instead of monitoring.current (one model only): a file or a
                             glob of files (quote it). A relative path or glob is relative to the
                             repository root and must stay inside it; an absolute path is read
                             wherever it is. A profile (JSON, kind: Profile,
                             from modelops profile) is compared as a profile: per-feature tests only,
                             KS and Wasserstein as binned approximations
  --log                      Models with monitoring.chunks: append this run's chunks to the monitoring
                             log (branch modelops/monitoring, fetched from and pushed to --log-remote,
                             default origin when there is one); the series always shows the chunks
                             earlier runs logged
  --log-remote NAME          The remote of the monitoring log
  --reference-profile FILE   Compare a current profile with this reference profile (default: profile
                             data.reference locally over the current profile's bin edges)
  --seed N                   Seed of the domain classifier and the calibration choice (default 0)
  --format FORMAT            text (default), json, markdown or html
  --output FILE              Also write the JSON report to FILE
  --report-dir DIR           Also write report.json, report.md and report.html to DIR
  --no-color                 Plain text output (also NO_COLOR=1)
  -h, --help                 Show this help

Exit codes: 0 no model drifted or is stale, 1 a model drifted or is stale, 2 invalid input or usage.
`;
var inputFinding = (code, message, file) => ({ severity: "error", category: "input", code, message, ...file ? { file } : {} });
async function resolveOverride(files, given) {
  if (isAbsolute(given)) return { spec: { absolute: given }, file: { absolute: given, display: given }, shown: given };
  const relative = given.replace(/^\.\//, "");
  if (isDynamicPattern(relative)) {
    const problem = globProblem(relative);
    if (problem) throw new UsageError(`--current '${given}' ${problem}; give a glob inside the repository ${files.displayRoot}`);
    return { spec: { source: { glob: relative }, field: "--current" }, shown: relative };
  }
  const file = await resolveFile(files, given, relative);
  return { spec: { source: { path: relative }, field: "--current" }, file, shown: relative };
}
async function resolveFile(files, given, relative) {
  const problem = pathShapeProblem(relative);
  if (problem) throw new UsageError(`--current '${given}' ${problem}; give a path inside the repository ${files.displayRoot}, or an absolute path`);
  const facts = await files.inspect(relative, { hash: false, columns: false });
  if (facts.status === "missing") throw new UsageError(`--current '${given}' does not exist in the repository ${files.displayRoot} (relative paths are relative to the repository root)`);
  if (facts.status === "escapes") throw new UsageError(`--current '${given}' resolves outside the repository (to ${facts.target}); pass an absolute path to read a file outside it`);
  if (facts.status === "not-a-file") throw new UsageError(`--current '${given}' is not a regular file`);
  return { absolute: files.absolute(relative), display: relative };
}
async function readProfileFile(path, display) {
  let json;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ProfileError(`${display}: not a JSON profile (${error.message})`);
  }
  return parseProfile(json, display);
}
async function isProfile(path) {
  if (!/\.json$/i.test(path)) return false;
  try {
    const json = JSON.parse(await readFile(path, "utf8"));
    return json?.kind === "Profile";
  } catch {
    return false;
  }
}
function retrainingDecision(manifest, drifted, result) {
  const trigger = manifest.monitoring?.retraining?.trigger;
  const type = trigger?.type ?? "none";
  const how = {
    trigger: type,
    ...trigger?.workflow ? { workflow: trigger.workflow } : {},
    ...trigger?.event_type ? { eventType: trigger.event_type } : {},
    ...trigger?.ref ? { ref: trigger.ref } : {}
  };
  const why = [drifted ? "drifted" : "", result.stale ? "stale" : ""].filter((w) => w !== "").join(" and ");
  if (!drifted && !result.stale) return { ...how, dispatch: false, reason: "neither drifted nor stale" };
  if (type === "none") return { ...how, dispatch: false, reason: `${why}, but monitoring.retraining.trigger is not set (or none): retrain by hand` };
  if (result.tooSoonToRetrain) return { ...how, dispatch: false, reason: `${why}, but promoted less than min_interval ${result.minInterval} ago: not dispatched` };
  return { ...how, dispatch: true, reason: `${why}: dispatch ${type === "workflow_dispatch" ? `workflow ${trigger.workflow}` : `repository_dispatch ${trigger.event_type}`}` };
}
async function currentFor(manifest, files, given) {
  if (given) return given;
  const source = manifest.monitoring?.current;
  if (!source || currentKinds(source).length !== 1) {
    return inputFinding(
      "no-current-data",
      `${manifest.metadata.name} has no current data to check: set monitoring.current (a path, a glob or a query)${source?.uri ? ` (monitoring.current.uri ${source.uri} is not read)` : ""}, or pass --current PATH|GLOB`
    );
  }
  const shown = source.path ?? source.glob ?? "monitoring.current.query";
  const inside = source.path !== void 0 && source.relative_to !== "workspace" && pathShapeProblem(source.path) === void 0 && (await files.inspect(source.path, { hash: false, columns: false })).status === "file";
  return { spec: { source, field: "monitoring.current" }, shown, ...inside ? { file: { absolute: files.absolute(source.path), display: source.path } } : {} };
}
function currentRequest(manifest, spec) {
  const label = manifest.data.label.column;
  const request = {
    features: manifest.data.features.map((f) => ({ name: f.name, kind: f.type })),
    ...manifest.data.features.some((f) => f.name === label) ? {} : { label: { name: label, kind: manifest.problem.task === "regression" ? "numeric" : "categorical" } }
  };
  if ("source" in spec && spec.field === "monitoring.current") {
    if (spec.source.timestamp !== void 0) request.timestamp = spec.source.timestamp;
    if (spec.source.id !== void 0) request.id = spec.source.id;
  }
  return request;
}
async function driftFromData(manifest, files, spec, workspace, seed, progress) {
  const reference = await readReference(manifest, files);
  const name = manifest.metadata.name;
  const current = await readCurrent(spec, currentRequest(manifest, spec), { files, ...workspace ? { workspace } : {}, progress: (m) => progress(`${name}: ${m}`) });
  const table = current.table;
  const side = { table, dataset: current.read.dataset, labelled: current.labelled };
  let runner;
  try {
    runner = await openModel(files.absolute(manifest.artifact.path), runnerSpecFromManifest(manifest));
    if (manifest.monitoring?.chunks && "source" in spec && spec.field === "monitoring.current") {
      const series = await measureSeries({ manifest, files, runner, current, ...workspace ? { workspace } : {}, seed, progress });
      return { series: { series, read: current.read } };
    }
    const drift2 = await measureDrift({ manifest, files, runner, seed, progress }, reference, side);
    drift2.current = { ...drift2.current, ...current.read };
    const out = { drift: drift2 };
    if (drift2.performance?.labelled) out.labelledMetrics = Object.fromEntries(drift2.performance.metrics.map((m) => [m.metric, m.realised]));
    return out;
  } finally {
    await runner?.release();
  }
}
async function driftFromProfile(manifest, files, current, referenceProfilePath) {
  const currentProfile = await readProfileFile(current.absolute, current.display);
  const features = manifest.data.features;
  let reference;
  let referenceName;
  if (referenceProfilePath) {
    const source = await (isAbsolute(referenceProfilePath) ? Promise.resolve({ absolute: referenceProfilePath, display: referenceProfilePath }) : resolveFile(files, referenceProfilePath, referenceProfilePath.replace(/^\.\//, ""))).catch((error) => {
      throw new UsageError(error.message.replace(/--current/g, "--reference-profile"));
    });
    reference = await readProfileFile(source.absolute, source.display);
    referenceName = source.display;
  } else {
    const side = await readReference(manifest, files);
    reference = profileTable(side.table, profileColumns(manifest), { reference: currentProfile, source: side.dataset });
    referenceName = `${side.dataset} (profiled over the current profile's edges)`;
  }
  return {
    drift: analyseProfileDrift({
      features,
      reference,
      current: currentProfile,
      datasets: { reference: referenceName, current: current.display },
      ...manifest.gates?.drift ? { settings: manifest.gates.drift } : {}
    })
  };
}
function fileFinding(error, manifest, manifestPath, current, root) {
  if (error instanceof OnnxModelError) return inputFinding(`onnx-${error.code}`, error.message, manifest.artifact.path);
  if (error instanceof CurrentSourceError) return { ...inputFinding("current-source", error.message, manifestPath), pointer: `/${error.field.split(".").join("/")}` };
  if (error instanceof DuckDBUnavailableError) return { ...inputFinding("duckdb-unavailable", error.message, manifestPath), pointer: "/monitoring/current/query" };
  if (error instanceof DataFormatError) return error.location.file?.startsWith(root + sep) ? dataErrorFinding(error, root, current) : inputFinding("unreadable-data", error.message, error.location.file ?? current);
  if (error instanceof LabelError) return inputFinding("bad-labels", error.message, current);
  if (error instanceof ProfileError) return inputFinding("bad-profile", error.message, current);
  return void 0;
}
async function monitoringLogContext(options, repo, now) {
  if (!options.log) return { repo };
  const remote = options.logRemote ?? await defaultLogRemote(repo);
  const env = process.env;
  const run = options.runId ?? (env["GITHUB_RUN_ID"] ? `${env["GITHUB_RUN_ID"]}-${env["GITHUB_RUN_ATTEMPT"] ?? "1"}` : `local-${now.getTime()}`);
  const commit = await headCommit(repo);
  return { repo, ...remote ? { remote } : {}, append: { run, ...commit ? { commit } : {}, now } };
}
async function seriesOverRuns(manifest, series, read, log, model) {
  const name = manifest.metadata.name;
  const logged = await readLog({ repo: log.repo, ...log.append && log.remote ? { remote: log.remote } : {} }, name);
  const merged = withLoggedChunks(series, logged.records);
  const history = { branch: MONITORING_BRANCH, ...merged.history, ...logged.problem ? { problem: logged.problem } : {} };
  if (log.append) {
    const problem = (message) => {
      history.problem = message;
      model.findings.push({ severity: "warning", category: "input", code: "monitoring-log", message: `${name}: this run's chunks are not in the monitoring log: ${message}` });
    };
    if (!log.append.commit) problem(`${log.repo} has no commit checked out to record`);
    else {
      try {
        history.appended = await appendSeries({ repo: log.repo, ...log.remote ? { remote: log.remote } : {}, run: log.append.run, commit: log.append.commit, now: log.append.now }, manifest, series, read);
      } catch (error) {
        if (!(error instanceof MonitoringLogError)) throw error;
        problem(error.message);
      }
    }
  }
  return { series: merged.series, latest: latestChunk(merged.series), history };
}
async function drift(options) {
  const progress = options.progress ?? (() => void 0);
  const now = options.now ?? /* @__PURE__ */ new Date();
  const seed = options.seed ?? 0;
  const named = options.models !== void 0 && options.models.length > 0;
  const { report, files, manifests } = await validateRepository({ repo: options.repo, ...named ? { paths: options.models } : {}, ...options.from ? { from: options.from } : {} }, "drift");
  const selected = named ? report.models : report.models.filter((model) => manifests.get(model.manifest)?.stage === "production");
  if (options.current !== void 0 && selected.length !== 1) {
    throw new UsageError(`--current replaces one model's current data; ${selected.length} models are selected (${selected.map((m) => m.name).join(", ") || "none in production"}): name one`);
  }
  const given = options.current !== void 0 ? await resolveOverride(files, options.current) : void 0;
  const workspace = options.workspace ?? process.env["GITHUB_WORKSPACE"];
  let tags;
  let tagsProblem = "not a git repository: the promotion date is unknown";
  try {
    tags = await (await openGitHistory(files.realRoot)).tagRecords();
  } catch (error) {
    tagsProblem = `cannot read git tags (${error.message}): the promotion date is unknown`;
  }
  const logContext = await monitoringLogContext(options, files.realRoot, now);
  const findings = report.findings.filter((f) => f.severity === "error" && f.category === "input");
  const models = [];
  for (const validated of selected) {
    const manifest = manifests.get(validated.manifest);
    const model = { name: validated.name, manifest: validated.manifest, verdict: "pass", findings: [], gates: [] };
    if (validated.version) model.version = validated.version;
    if (validated.stage) model.stage = validated.stage;
    model.findings = validated.findings.filter((f) => f.severity === "error" && f.category === "input" && !(given && f.pointer?.startsWith("/monitoring/current")));
    models.push(model);
    if (!manifest || model.findings.length > 0) {
      model.verdict = verdictOfFindings(model.findings);
      continue;
    }
    const promotion = tags ? productionPromotion(tags, manifest.metadata.name) : void 0;
    const retraining = manifest.monitoring?.retraining;
    const aged = staleness({
      promotion,
      now,
      ...retraining?.min_interval ? { minInterval: retraining.min_interval } : {},
      ...retraining?.max_interval ? { maxInterval: retraining.max_interval } : {}
    });
    if (!tags) aged.message = tagsProblem;
    const current = await currentFor(manifest, files, given);
    let measured;
    if ("severity" in current) model.findings.push(current);
    else if (!manifest.data.reference?.path) {
      model.findings.push(inputFinding("no-reference-data", `${manifest.metadata.name} has no reference data in the repository (data.reference.path): nothing to compare the current data with`, validated.manifest));
    } else {
      try {
        measured = current.file && await isProfile(current.file.absolute) ? await driftFromProfile(manifest, files, current.file, options.referenceProfile) : await driftFromData(manifest, files, current.spec, workspace, seed, progress);
      } catch (error) {
        if (error instanceof CurrentSourceError && error.field === "--current") throw new UsageError(error.message);
        const finding = fileFinding(error, manifest, validated.manifest, current.shown, files.realRoot);
        if (!finding) throw error;
        model.findings.push(finding);
      }
    }
    let timeline = {};
    if (measured?.drift) {
      const decision = sectionGate("drift").decide(measured.drift, { manifest, blocking: true, seed });
      const evaluation = { dataset: measured.drift.current.dataset, rows: measured.drift.current.rows, metrics: measured.labelledMetrics ?? {}, ...decision.evaluation };
      model.evaluation = evaluation;
      model.gates.push(decision.gate);
    } else if (measured?.series) {
      timeline = await seriesOverRuns(manifest, measured.series.series, measured.series.read, logContext, model);
      model.evaluation = { dataset: measured.series.read.dataset, rows: measured.series.read.rows, metrics: {} };
      model.gates.push(seriesGate(timeline.series, true));
    }
    model.gates.push(stalenessGate(aged, true));
    const drifted = measured?.drift ? hasDrifted(measured.drift) : timeline.series ? model.gates.some((g) => g.gate === "drift" && g.verdict === "fail") : false;
    const monitoring = {
      drifted,
      stale: aged.stale,
      staleness: aged,
      retraining: retrainingDecision(manifest, drifted, aged),
      alerting: { issue: manifest.monitoring?.alerting?.issue ?? false, mentions: manifest.monitoring?.alerting?.mentions ?? [] },
      ...timeline
    };
    model.monitoring = monitoring;
    model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
  }
  if (selected.length === 0 && findings.length === 0) {
    findings.push({ severity: "info", category: "policy", code: "no-production-models", message: `no model in ${options.repo} has stage: production; name models to check others` });
  }
  await placeChecks(models, files);
  return buildReport({ command: "drift", toolVersion: TOOL_VERSION, root: report.repository.root, findings, models, now: options.now ?? /* @__PURE__ */ new Date() });
}

export {
  SQL_DIALECTS,
  profileColumns,
  profileSql,
  profileFromRows,
  chunkProfilesFromRows,
  DRIFT_HELP,
  retrainingDecision,
  drift
};
