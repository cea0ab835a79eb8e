import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  placeChecks
} from "./chunk-4AINQRXC.js";
import {
  OnnxModelError,
  openModel,
  runnerSpecFromManifest
} from "./chunk-V7A46GUN.js";
import {
  CurrentSourceError,
  DuckDBUnavailableError,
  MONITORING_BRANCH,
  MonitoringLogError,
  appendSeries,
  defaultLogRemote,
  headCommit,
  measureSeries,
  readCurrent,
  readLog,
  tryFetchMonitoringLog
} from "./chunk-OXQ525A6.js";
import "./chunk-S4VAN7PE.js";
import {
  dataErrorFinding,
  measureDrift,
  readReference
} from "./chunk-HWNXBS2B.js";
import {
  LabelError
} from "./chunk-64VRGK3D.js";
import "./chunk-K2PE4NOY.js";
import {
  registryEvents
} from "./chunk-C7YZTZQY.js";
import {
  currentKinds,
  validateRepository
} from "./chunk-ZI2EKTJV.js";
import "./chunk-4AYLJ6CH.js";
import {
  buildReport
} from "./chunk-XFET4F4N.js";
import "./chunk-AYEYNKR5.js";
import "./chunk-RIXTTFIB.js";
import {
  UsageError,
  isDynamicPattern
} from "./chunk-GAATZRR5.js";
import {
  ProfileError,
  analyseProfileDrift,
  compareText,
  globProblem,
  hasDrifted,
  latestChunk,
  pathShapeProblem,
  profileTable,
  sectionGate,
  seriesGate,
  stalenessGate,
  withLoggedChunks
} from "./chunk-ISKUHNDR.js";
import "./chunk-ZKG3CRNN.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  schemaProblems
} from "./chunk-K4SQTB5S.js";
import {
  durationMs,
  verdictOfFindings,
  worstVerdict
} from "./chunk-4QXUKUJV.js";
import "./chunk-YWHLJQC2.js";
import {
  openGitHistory
} from "./chunk-LV4U444C.js";
import "./chunk-6HMGHRNK.js";
import {
  DataFormatError
} from "./chunk-GOQ77XTK.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-RFEL46WT.js";

// src/commands/drift.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, sep } from "node:path";

// src/core/drift/profile-sql.ts
function profileColumns(manifest) {
  return manifest.data.features.map((feature) => ({ name: feature.name, kind: feature.type }));
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
  drift,
  retrainingDecision
};
