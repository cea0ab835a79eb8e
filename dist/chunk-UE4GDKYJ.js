import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  CurrentSourceError,
  DuckDBUnavailableError,
  MONITORING_BRANCH,
  MonitoringLogError,
  appendSeries,
  defaultLogRemote,
  headCommit,
  measureSeries,
  profileAccumulator,
  readCurrent,
  readLog,
  tryFetchMonitoringLog
} from "./chunk-KHXTQL5R.js";
import {
  OnnxModelError,
  openModel,
  placeChecks,
  runnerSpecFromManifest
} from "./chunk-ZJZZ2VAP.js";
import {
  LabelError,
  dataErrorFinding,
  measureDrift,
  readReference
} from "./chunk-PUFAL5EU.js";
import {
  validateRepository
} from "./chunk-KH3XWZSE.js";
import {
  buildReport
} from "./chunk-WNLFKUOI.js";
import {
  CHUNK_PERIODS,
  DEFAULT_MIN_CHUNK_ROWS,
  hasDrifted,
  latestChunk,
  periodCalendar,
  sectionGate,
  seriesGate,
  stalenessGate,
  withLoggedChunks
} from "./chunk-BKKO3S44.js";
import {
  currentKinds
} from "./chunk-4XVS4YMY.js";
import {
  UsageError,
  isDynamicPattern
} from "./chunk-VEFIVDER.js";
import {
  globProblem,
  pathShapeProblem
} from "./chunk-WWS7NVO2.js";
import {
  zoneClock
} from "./chunk-V5DKCSUO.js";
import {
  DataFormatError
} from "./chunk-GOQ77XTK.js";
import {
  DEFAULT_PROFILE_BINS,
  MAX_PROFILE_BINS,
  PROFILE_API_VERSION,
  ProfileError,
  analyseProfileDrift,
  compareText,
  equalWidthEdges,
  profileTable,
  referenceEdges
} from "./chunk-STSMI376.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  registryEvents
} from "./chunk-WYJAPRZQ.js";
import {
  schemaProblems
} from "./chunk-ZCQZ4SQA.js";
import {
  openGitHistory
} from "./chunk-BMNONSFE.js";
import {
  durationMs,
  verdictOfFindings,
  worstVerdict
} from "./chunk-RU6PGEHT.js";

// src/commands/drift.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, sep } from "node:path";

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
  columns.forEach((column, index) => {
    const name = literal(column.name);
    if (column.kind === "categorical") {
      const c = `c${index}`;
      select.push(`CAST(${quote(column.name)} AS ${string}) AS ${c}`);
      binned.push(`CASE WHEN ${c} IS NULL OR ${c} = '' THEN NULL ELSE ${c} END AS ${c}`);
      parts.push(`SELECT ${name}, 'category', NULL, ${c}, COUNT(*), NULL, NULL, NULL, NULL${byChunk} FROM binned${groupBy(c)}`);
      return;
    }
    const x = `x${index}`;
    const missing = `${x} IS NULL OR NOT (${x} - ${x} = 0)`;
    select.push(`CAST(${quote(column.name)} AS ${double}) AS ${x}`);
    let edges;
    if (own) {
      range.push(`MIN(CASE WHEN ${x} - ${x} = 0 THEN ${x} END) AS ${x}_min`, `MAX(CASE WHEN ${x} - ${x} = 0 THEN ${x} END) AS ${x}_max`);
      edges = Array.from({ length: bins + 1 }, (_, k) => k === bins ? `${x}_max` : k === 0 ? `${x}_min` : `${x}_min + ((${x}_max - ${x}_min) * ${k}) / ${bins}`);
    } else {
      edges = referenceEdges(options.reference, column.name).map(castDouble);
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
      const column2 = { name: spec.name, kind: "categorical", missing: missing2, categories };
      return column2;
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
    const column = {
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
    return column;
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

// src/core/drift/profile-json.ts
function parseProfile(value, file) {
  const fail = (problems2) => {
    const shown = problems2.slice(0, MAX_PROBLEMS_SHOWN).join("; ");
    const more = problems2.length > MAX_PROBLEMS_SHOWN ? `; and ${problems2.length - MAX_PROBLEMS_SHOWN} more` : "";
    throw new ProfileError(`${file}: ${shown}${more} (see schemas/profile.schema.json)`);
  };
  const schema = schemaProblems("profile", value);
  if (schema.length > 0) return fail(schema);
  const profile = value;
  const problems = [];
  const names = /* @__PURE__ */ new Set();
  profile.columns.forEach((column, index) => {
    const at = `columns.${index}`;
    if (names.has(column.name)) problems.push(`${at}.name: column '${column.name}' appears twice`);
    names.add(column.name);
    if (column.kind === "categorical") {
      const total = column.categories.reduce((sum, c) => sum + c.count, column.missing);
      if (total !== profile.rows) problems.push(`${at}: missing + category counts = ${total}, but the profile has ${profile.rows} rows`);
      return;
    }
    const { edges, counts, sums } = column;
    if (edges.some((edge, k) => k > 0 && !(edge >= edges[k - 1]))) problems.push(`${at}.edges: must be ascending`);
    if (counts.length !== edges.length + 1) problems.push(`${at}.counts: must be ${edges.length + 1} counts (one more than the edges), found ${counts.length}`);
    if (sums.length !== counts.length) problems.push(`${at}.sums: must be ${counts.length} sums, one per count, found ${sums.length}`);
    const count = counts.reduce((a, b) => a + b, 0);
    if (column.count !== count) problems.push(`${at}.count: must equal the sum of counts (${count})`);
    else if (count + column.missing !== profile.rows) problems.push(`${at}: count + missing = ${count + column.missing}, but the profile has ${profile.rows} rows`);
    for (const key of ["min", "max"]) if (column[key] === null !== (count === 0)) problems.push(`${at}.${key}: ${count === 0 ? "must be null without values" : "must be a number"}`);
  });
  if (problems.length > 0) return fail(problems);
  return {
    ...profile,
    columns: profile.columns.map((column) => column.kind === "categorical" ? { ...column, categories: [...column.categories].sort((a, b) => compareText(a.value, b.value)) } : column)
  };
}
var MAX_PROBLEMS_SHOWN = 5;

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
  --log                      Models with monitoring.chunks: append this run's chunks that are new or
                             changed to the monitoring log (branch modelops/monitoring, fetched from
                             and pushed to --log-remote, default origin when there is one); the
                             series always shows the chunks earlier runs logged
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
  const run = options.runId ?? `local-${now.getTime()}`;
  const commit = await headCommit(repo);
  let fetched;
  const fetchOnce = remote ? () => fetched ??= tryFetchMonitoringLog(repo, remote) : void 0;
  return { repo, ...remote ? { remote } : {}, append: { run, ...commit ? { commit } : {}, now }, ...fetchOnce ? { fetchOnce } : {} };
}
async function seriesOverRuns(manifest, series, read, log, model) {
  const name = manifest.metadata.name;
  const fetchProblem = log.fetchOnce ? await log.fetchOnce() : void 0;
  const logged = fetchProblem !== void 0 ? { records: [], problem: fetchProblem } : await readLog({ repo: log.repo }, name);
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
        const added = await appendSeries({ repo: log.repo, ...log.remote ? { remote: log.remote } : {}, run: log.append.run, commit: log.append.commit, now: log.append.now }, manifest, series, read);
        history.appended = added.appended;
        history.unchanged = added.unchanged;
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
  const workspace = options.workspace;
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
  parseProfile,
  DRIFT_HELP,
  retrainingDecision,
  drift
};
