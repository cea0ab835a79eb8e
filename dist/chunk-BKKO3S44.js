import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  BINARY_AGGREGATES,
  CELLS,
  DEFAULT_DISPARITY_BAND,
  DISPARITIES,
  DRIFT_METHODS,
  FAIRNESS_METRICS,
  FN,
  FP,
  MAE_DIFFERENCE,
  PERFORMANCE_METRICS,
  RATE_INDEX,
  RATE_NAMES,
  REGRESSION_SUMS,
  TN,
  TP,
  aggregateKey,
  binaryGroupMetrics,
  compareGroups,
  confusionByGroup,
  disparityValue,
  metricById,
  metricsForTask,
  rateTable,
  regressionGroupMetrics,
  regressionMeasureOf,
  regressionSumsByGroup,
  regressionSumsOfRows,
  withSharedProbabilitySums,
  withinBand
} from "./chunk-WWS7NVO2.js";
import {
  ChunkingError,
  dateOfDayNumber,
  dayKey,
  isoUtc,
  isoWeek,
  isoWeekday,
  localDayNumber,
  monthKey,
  weekKey,
  zoneClock
} from "./chunk-V5DKCSUO.js";
import {
  severity
} from "./chunk-STSMI376.js";
import {
  MetricError,
  withSharedConfusion,
  withSharedRanking
} from "./chunk-B3JWC5PF.js";
import {
  CORRECTIONS,
  DRIFT_TEST_IDS,
  THRESHOLD_MODES,
  chiSquared1Sf,
  createRng,
  gammaln,
  normalCdf,
  normalQuantile,
  normalTwoSidedPValue,
  quantileSorted,
  sampleIndices,
  sampleStandardDeviation,
  sampleVariance
} from "./chunk-LURRIIGD.js";
import {
  MISSING_CODE
} from "./chunk-VNFW3NFW.js";
import {
  approvalsGate,
  enforcementText
} from "./chunk-XZW76LL6.js";
import {
  VERDICTS,
  segmentsToPointer,
  worstVerdict
} from "./chunk-RU6PGEHT.js";
import {
  array,
  bool,
  int,
  nullableNumber,
  num,
  obj,
  str
} from "./chunk-CAWAQOUY.js";

// src/core/stats/student-t.ts
var MAX_ITERATIONS = 1e4;
var TINY = 1e-300;
function betaFraction(a, b, x) {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - qab * x / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < Number.EPSILON) break;
  }
  return h;
}
function regularizedBeta(x, a, b) {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0) || x < 0 || x > 1) return Number.NaN;
  if (x === 0) return 0;
  if (x === 1) return 1;
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return Math.exp(logFront) * betaFraction(a, b, x) / a;
  return 1 - Math.exp(logFront) * betaFraction(b, a, 1 - x) / b;
}
function studentTSf(t, df) {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  const tail = regularizedBeta(df / (df + t * t), df / 2, 0.5) / 2;
  return t >= 0 ? tail : 1 - tail;
}
function studentTQuantile(p, df) {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const q = 1 - p;
  let low = 0;
  let high = 1;
  while (studentTSf(high, df) > q) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-14 * high; i++) {
    const middle = (low + high) / 2;
    if (studentTSf(middle, df) > q) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

// src/core/drift/chunks/thresholds.ts
var DEFAULT_SERIES_ALPHA = 0.01;
var DEFAULT_STD_MULTIPLIER = 3;
var DEFAULT_QUANTILES = { lower: 5e-3, upper: 0.995 };
var MIN_REFERENCE_CHUNKS = 2;
function checkRule(rule2) {
  if (rule2.kind === "calibrated") {
    const alpha = rule2.alpha ?? DEFAULT_SERIES_ALPHA;
    if (!(alpha > 0 && alpha < 1)) throw new ChunkingError(`a calibrated threshold's alpha is a false-alert rate in (0, 1); got ${alpha}`);
  } else if (rule2.kind === "std") {
    const k = rule2.k ?? DEFAULT_STD_MULTIPLIER;
    if (!(k > 0) || !Number.isFinite(k)) throw new ChunkingError(`the std multiplier must be a positive number; got ${k}`);
  } else if (rule2.kind === "quantile") {
    const lower = rule2.lower ?? DEFAULT_QUANTILES.lower;
    const upper = rule2.upper ?? DEFAULT_QUANTILES.upper;
    if (!(lower >= 0 && lower < upper && upper <= 1)) throw new ChunkingError(`quantiles must satisfy 0 <= lower < upper <= 1; got ${lower} and ${upper}`);
  } else throw new ChunkingError(`a threshold rule is 'calibrated', 'std' or 'quantile'; got '${rule2.kind}'`);
}
function thresholdsFromReference(values, rule2 = { kind: "calibrated" }, options = {}) {
  checkRule(rule2);
  const side = options.side ?? "both";
  const log = options.scale === "log";
  const kept = values.filter((value) => value !== null && Number.isFinite(value) && (!log || value > 0)).map((value) => log ? Math.log(value) : value);
  const m = kept.length;
  const mean = m === 0 ? null : kept.reduce((sum, value) => sum + value, 0) / m;
  const std = mean === null ? null : Math.sqrt(kept.reduce((sum, value) => sum + (value - mean) ** 2, 0) / m);
  const base = { rule: rule2.kind, side, ...log ? { scale: "log" } : {}, referenceChunks: m, mean, std };
  if (m < MIN_REFERENCE_CHUNKS || mean === null || std === null) return { ...base, lower: null, upper: null };
  let lower;
  let upper;
  let facts = {};
  if (rule2.kind === "quantile") {
    const sorted = [...kept].sort((a, b) => a - b);
    lower = quantile(sorted, rule2.lower ?? DEFAULT_QUANTILES.lower);
    upper = quantile(sorted, rule2.upper ?? DEFAULT_QUANTILES.upper);
  } else {
    const tails = side === "both" ? 2 : 1;
    const scale = Math.sqrt(1 + 1 / m) * Math.sqrt(m / (m - 1));
    let multiplier;
    let nominalRate;
    if (rule2.kind === "calibrated") {
      nominalRate = rule2.alpha ?? DEFAULT_SERIES_ALPHA;
      multiplier = studentTQuantile(1 - nominalRate / tails, m - 1) * scale;
    } else {
      multiplier = rule2.k ?? DEFAULT_STD_MULTIPLIER;
      nominalRate = tails * studentTSf(multiplier / scale, m - 1);
    }
    lower = mean - multiplier * std;
    upper = mean + multiplier * std;
    facts = { multiplier, nominalRate };
  }
  const clip = (value) => Math.min(options.max ?? Infinity, Math.max(options.min ?? -Infinity, log ? Math.exp(value) : value));
  return { ...base, lower: side === "upper" ? null : clip(lower), upper: side === "lower" ? null : clip(upper), ...facts };
}
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
function bandPValue(value, thresholds2) {
  const { mean, std, referenceChunks: m, side } = thresholds2;
  if (thresholds2.rule === "quantile" || mean === null || std === null || m < MIN_REFERENCE_CHUNKS || !Number.isFinite(value)) return null;
  if (thresholds2.lower === null && thresholds2.upper === null) return null;
  if (!(std > 0)) return outside(value, thresholds2) ? 0 : 1;
  if (thresholds2.scale === "log" && !(value > 0)) return null;
  const x = thresholds2.scale === "log" ? Math.log(value) : value;
  const t = (x - mean) / (std * Math.sqrt(1 + 1 / m) * Math.sqrt(m / (m - 1)));
  if (side === "upper") return studentTSf(t, m - 1);
  if (side === "lower") return studentTSf(-t, m - 1);
  return Math.min(1, 2 * studentTSf(Math.abs(t), m - 1));
}
function holmRejects(pValues, alpha) {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const rejected = pValues.map(() => false);
  const k = pValues.length;
  for (const [rank, { p, i }] of order.entries()) {
    if (!(p <= alpha / (k - rank))) break;
    rejected[i] = true;
  }
  return rejected;
}
function outside(value, thresholds2) {
  return thresholds2.lower !== null && value < thresholds2.lower || thresholds2.upper !== null && value > thresholds2.upper;
}
function alertsFor(values, thresholds2, chunks) {
  if (values.length !== chunks.length) throw new ChunkingError(`${values.length} values for ${chunks.length} chunks`);
  let runStart = null;
  let alertCount = 0;
  const alerts = chunks.map((chunk2, i) => {
    const value = values[i];
    if (chunk2.empty || chunk2.insufficient || value === null || value === void 0 || !Number.isFinite(value)) return false;
    const alert = outside(value, thresholds2);
    if (alert) {
      alertCount++;
      runStart ??= chunk2.key;
    } else runStart = null;
    return alert;
  });
  return { alerts, alertCount, driftingSince: runStart };
}

// src/core/drift/chunks/history.ts
function newestByKey(records) {
  const out = /* @__PURE__ */ new Map();
  for (const record of records) out.set(record.chunk.key, record);
  return out;
}
function withLoggedChunks(series, records) {
  const history = { fromLog: [], runs: [], records: records.length };
  if (series.chunking.by !== "period" || records.length === 0) return { series, history };
  const own = new Set(series.chunks.map((chunk2) => chunk2.key));
  const logged = [...newestByKey(records).values()].filter((record) => !own.has(record.chunk.key) && record.chunk.start !== void 0);
  if (logged.length === 0) return { series, history };
  const slots = [...series.chunks.map((chunk2, at) => ({ chunk: chunk2, at })), ...logged.map((record) => ({ record }))];
  const startOf = (slot) => "chunk" in slot ? slot.chunk.start ?? "" : slot.record.chunk.start;
  slots.sort((a, b) => startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0);
  const chunks = slots.map((slot, index) => {
    if ("chunk" in slot) return { ...slot.chunk, index };
    const c = slot.record.chunk;
    return { index, key: c.key, start: c.start, ...c.end !== void 0 ? { end: c.end } : {}, rows: c.rows, empty: c.empty ?? c.rows === 0, insufficient: c.insufficient ?? c.rows < series.chunking.minRows };
  });
  const pick = (values, fromRecord) => slots.map((slot) => "chunk" in slot ? values[slot.at] : fromRecord(slot.record));
  const signals = series.signals.map((signal2) => {
    const values = pick(signal2.values, (record) => record.results[signal2.id] ?? null);
    const merged = { ...signal2, values, ...alertsFor(values, signal2.thresholds, chunks) };
    if (signal2.test) merged.test = { ...signal2.test, pValues: pick(signal2.test.pValues, () => null), drifted: pick(signal2.test.drifted, () => null) };
    if (signal2.labelledRows) merged.labelledRows = pick(signal2.labelledRows, () => 0);
    return merged;
  });
  history.fromLog = logged.map((record) => record.chunk.key).sort();
  history.runs = [...new Set(logged.map((record) => record.run))];
  return { series: { ...series, chunks, signals }, history };
}
function latestAlertable(series) {
  for (let i = series.chunks.length - 1; i >= 0; i--) if (!series.chunks[i].empty && !series.chunks[i].insufficient) return i;
  return -1;
}
function earliestStart(series, signals) {
  const order = new Map(series.chunks.map((chunk2) => [chunk2.key, chunk2.index]));
  const starts = signals.map((signal2) => signal2.driftingSince).filter((key) => key !== null);
  starts.sort((a, b) => order.get(a) - order.get(b));
  return starts[0] ?? null;
}
function latestChunk(series) {
  const at = latestAlertable(series);
  if (at < 0) return { alerts: [], driftingSince: null };
  const alerting = series.signals.filter((signal2) => signal2.alerts[at]);
  const { failing } = gateFailures(series, at);
  return { chunk: series.chunks[at].key, alerts: alerting.map((signal2) => signal2.id), driftingSince: earliestStart(series, alerting.filter((signal2) => failing.has(signal2.id))) };
}
var fmt = (value) => value === null || value === void 0 ? "\u2014" : Number(value.toPrecision(4)).toString();
function gateFailures(series, at) {
  const rule2 = series.thresholdRule;
  const outsideBand = series.signals.filter((signal2) => signal2.alerts[at]);
  if (rule2.kind !== "calibrated") return { failing: new Set(outsideBand.map((signal2) => signal2.id)), family: series.signals.length, alpha: null };
  const alpha = rule2.alpha ?? DEFAULT_SERIES_ALPHA;
  const minRows = series.chunking.minRows;
  const tested = [];
  for (const signal2 of series.signals) {
    const value = signal2.values[at];
    if (value === null || value === void 0) continue;
    if (signal2.labelledRows && (signal2.labelledRows[at] ?? 0) < minRows) continue;
    const alert = signal2.alerts[at] === true;
    const p = bandPValue(value, signal2.thresholds);
    if (p !== null) tested.push({ id: signal2.id, p, alert });
    const testP = signal2.test?.pValues[at];
    if (testP !== null && testP !== void 0 && Number.isFinite(testP)) tested.push({ id: signal2.id, p: testP, alert });
  }
  const rejected = holmRejects(
    tested.map((t) => t.p),
    alpha
  );
  return { failing: new Set(tested.filter((t, i) => rejected[i] && t.alert).map((t) => t.id)), family: tested.length, alpha };
}
function seriesGate(series, blocking) {
  const at = latestAlertable(series);
  const latest = { chunk: at < 0 ? void 0 : series.chunks[at].key };
  const noBands = series.notOffered.find((n2) => n2.signal === "thresholds");
  if (latest.chunk === void 0) return { gate: "drift", verdict: "skipped", blocking, summary: `no chunk has min_rows (${series.chunking.minRows}) rows: nothing to alert on`, checks: [] };
  if (noBands) return { gate: "drift", verdict: "skipped", blocking, summary: `latest chunk ${latest.chunk}: ${noBands.reason}`, checks: [] };
  const { failing, family, alpha } = gateFailures(series, at);
  const fw = alpha === null ? "" : ` (Holm across ${family} p-values at \u03B1 ${alpha} family-wise)`;
  const outsideBand = series.signals.filter((signal2) => signal2.alerts[at]);
  const checks = outsideBand.map((signal2) => {
    const { lower, upper } = signal2.thresholds;
    const fails = failing.has(signal2.id);
    return {
      name: `${signal2.id} (${latest.chunk})`,
      verdict: fails ? "fail" : "warn",
      value: signal2.values[at] ?? null,
      bound: { ...lower !== null ? { min: lower } : {}, ...upper !== null ? { max: upper } : {} },
      message: `outside its band [${fmt(lower)}, ${fmt(upper)}] from the reference chunks${signal2.driftingSince ? `, since ${signal2.driftingSince}` : ""}${fails ? "" : `; not significant family-wise${fw}`}`,
      pointer: "/monitoring/chunks"
    };
  });
  const signals = series.signals.length;
  if (checks.length === 0) return { gate: "drift", verdict: "pass", blocking, summary: `latest chunk ${latest.chunk}: none of ${signals} signals outside its band`, checks: [] };
  const failed = outsideBand.filter((signal2) => failing.has(signal2.id));
  if (failed.length === 0) {
    return { gate: "drift", verdict: "pass", blocking, summary: `latest chunk ${latest.chunk}: ${checks.length} of ${signals} signals outside their band, none significant family-wise${fw}`, checks };
  }
  const since = earliestStart(series, failed);
  return {
    gate: "drift",
    verdict: blocking ? "fail" : "warn",
    blocking,
    summary: `latest chunk ${latest.chunk}: ${failed.length} of ${signals} signals outside their band${alpha === null ? "" : ` and significant family-wise${fw}`}${checks.length > failed.length ? `, ${checks.length - failed.length} more outside their band only` : ""}${since ? `, drifting since ${since}` : ""}`,
    checks
  };
}
function monitoringAt(records, at) {
  const t = at.getTime();
  const bounded = records.filter((record) => record.chunk.start !== void 0 && record.chunk.end !== void 0);
  const covering = bounded.filter((record) => Date.parse(record.chunk.start) <= t && t < Date.parse(record.chunk.end));
  let key = covering[0]?.chunk.key;
  if (key === void 0) {
    let end = -Infinity;
    for (const record of bounded) {
      const e = Date.parse(record.chunk.end);
      if (e <= t && e > end) [end, key] = [e, record.chunk.key];
    }
  }
  if (key === void 0) return void 0;
  const ofChunk = bounded.filter((record) => record.chunk.key === key);
  const chosen = ofChunk.filter((record) => Date.parse(record.time) <= t).at(-1) ?? ofChunk[0];
  const c = chosen.chunk;
  return {
    chunk: c.key,
    ...c.start !== void 0 ? { start: c.start } : {},
    ...c.end !== void 0 ? { end: c.end } : {},
    covers: covering.length > 0,
    rows: c.rows,
    run: chosen.run,
    version: chosen.version,
    time: chosen.time,
    loggedAfter: Date.parse(chosen.time) > t,
    alerts: chosen.alerts ?? []
  };
}
function monitoringAtText(seen, at) {
  if (!seen) return `monitoring: nothing logged by ${at}`;
  const state = seen.alerts.length > 0 ? `${seen.alerts.length} alert(s): ${seen.alerts.slice(0, 4).join(", ")}${seen.alerts.length > 4 ? ", \u2026" : ""}` : "no alert";
  return `monitoring: ${seen.covers ? "chunk" : "latest chunk before it"} ${seen.chunk} (${seen.rows} rows, version ${seen.version}, run ${seen.run} ${seen.loggedAfter ? "later, at" : "at"} ${seen.time}): ${state}`;
}

// src/core/evaluation/bounds.ts
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}
function describeBound(bound2) {
  if (bound2.min !== void 0 && bound2.max !== void 0) return `${formatNumber(bound2.min)} \u2264 x \u2264 ${formatNumber(bound2.max)}`;
  if (bound2.min !== void 0) return `\u2265 ${formatNumber(bound2.min)}`;
  return `\u2264 ${formatNumber(bound2.max)}`;
}
function isWithin(value, bound2) {
  return (bound2.min === void 0 || value >= bound2.min) && (bound2.max === void 0 || value <= bound2.max);
}
function checkBound(name, value, bound2, why) {
  if (value === null || value === void 0 || Number.isNaN(value)) {
    return { name, verdict: "error", value: null, bound: bound2, message: why ?? `${name} could not be computed on this data` };
  }
  const pass = isWithin(value, bound2);
  return {
    name,
    verdict: pass ? "pass" : "fail",
    value,
    bound: bound2,
    message: `${formatNumber(value)} ${pass ? "meets" : "breaks"} the bound ${describeBound(bound2)}`
  };
}
function gateResult(gate, checks, blocking, summary) {
  const worst = worstVerdict(checks.map((c) => c.verdict));
  const verdict2 = worst === "fail" && !blocking ? "warn" : worst;
  const failed = checks.filter((c) => c.verdict === "fail" || c.verdict === "error");
  const text = summary ?? (checks.length === 0 ? "nothing to check" : failed.length === 0 ? `${checks.length} check${checks.length === 1 ? "" : "s"} passed` : `${failed.length} of ${checks.length} checks failed: ${failed.map((c) => c.name).join(", ")}`);
  return { gate, verdict: verdict2, blocking, summary: text, checks };
}

// src/core/drift/gate.ts
var percent = (share) => `${formatNumber(share * 100)}%`;
function scoreText(column) {
  if (!column.evaluated) return "not tested";
  const rate = column.falseAlarmRate !== void 0 ? `; ${column.falseAlarmRateEstimated ? "\u2248 " : ""}${percent(column.falseAlarmRate)} false alarms` : "";
  if (column.decidedBy === "p-value" || column.decidedBy === void 0 && column.scoreKind === "p-value") {
    const adjusted = column.adjustedPValue !== void 0 && column.adjustedPValue !== column.pValue ? `, adjusted ${formatNumber(column.adjustedPValue)}` : "";
    const distance = column.scoreKind === "distance" ? ` ${formatNumber(column.distance)},` : "";
    return `${column.method}${distance} p = ${formatNumber(column.pValue)}${adjusted} (drift below ${formatNumber(column.threshold)}${rate})`;
  }
  return `${column.method} ${formatNumber(column.distance)} (drift at \u2265 ${formatNumber(column.threshold)}${rate})`;
}
function driftChecks(drift) {
  const checks = [];
  const f = drift.features;
  const driftedNames = f.columns.filter((c) => c.drifted).map((c) => c.column);
  const unevaluated = f.columns.filter((c) => !c.evaluated);
  const untestedText = unevaluated.length > 0 ? `; not tested: ${unevaluated.map((c) => c.error ?? c.column).join("; ")}` : "";
  if (f.evaluated === 0) {
    const onlyNotApplicable = unevaluated.length > 0 && unevaluated.every((c) => c.errorCode === "not-applicable");
    checks.push({
      name: "feature drift",
      pointer: "/gates/drift",
      verdict: onlyNotApplicable ? "warn" : "error",
      value: null,
      message: `no column could be tested${untestedText}`
    });
  } else {
    checks.push({
      name: "feature drift",
      pointer: "/gates/drift/drift_share",
      verdict: f.datasetDrifted ? "fail" : f.undecided ? "warn" : "pass",
      value: f.share,
      bound: { max: f.driftShare },
      message: `${f.drifted} of ${f.columns.length} columns drifted (${percent(f.share)}${driftedNames.length > 0 ? `: ${driftedNames.join(", ")}` : ""}); the dataset drifts at \u2265 ${percent(f.driftShare)}` + (f.undecided ? `; the ${unevaluated.length} column(s) not tested could have reached it` : "") + untestedText
    });
  }
  const changed = f.columns.filter((c) => c.missing.changed);
  checks.push({
    name: "missing values",
    pointer: "/gates/drift",
    verdict: changed.length > 0 ? "fail" : "pass",
    value: changed.length,
    message: changed.length === 0 ? "no column's share of missing values changed" : `missing share changed in ${changed.map((c) => `${c.column} (${percent(c.missing.reference.share)} \u2192 ${percent(c.missing.current.share)})`).join(", ")}`
  });
  if (drift.prediction) {
    const p = drift.prediction;
    checks.push({
      name: "prediction drift",
      pointer: "/gates/drift/prediction",
      verdict: !p.evaluated ? "error" : p.drifted ? "fail" : "pass",
      value: p.evaluated ? p.scoreKind === "p-value" ? p.adjustedPValue : p.distance : null,
      message: p.evaluated ? `${p.output}: ${scoreText(p)}` : p.error ?? "not evaluated"
    });
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    const top = d.topFeatures.slice(0, 3).map((t) => t.column);
    const check = { ...checkBound("domain classifier AUC", d.auc, { max: d.threshold }), pointer: "/gates/drift/domain_classifier" };
    check.message = `${domainThresholdText(d)}${top.length > 0 && d.drifted ? `; it tells the samples apart mostly by ${top.join(", ")}` : ""}`;
    checks.push(check);
  }
  for (const metric of drift.performance?.metrics ?? []) {
    if (metric.estimate === null || metric.thresholds.lower === null || metric.thresholds.lower <= 0) continue;
    const check = { ...checkBound(`estimated ${metric.metric} (CBPE)`, metric.estimate, { min: metric.thresholds.lower }), pointer: "/gates/drift" };
    const realised = metric.realised !== null ? `; realised ${formatNumber(metric.realised)}` : "";
    const band2 = metric.lower !== null && metric.upper !== null ? ` (sampling band ${formatNumber(metric.lower)}\u2013${formatNumber(metric.upper)})` : "";
    check.message = `estimate ${formatNumber(metric.estimate)}${band2}${realised}; ${check.verdict === "pass" ? "within" : "below"} the reference's alert threshold ${formatNumber(metric.thresholds.lower)}`;
    checks.push(check);
  }
  return checks;
}
function driftGate(drift, blocking) {
  const checks = driftChecks(drift);
  const drifted = drift.features.columns.filter((c) => c.drifted).map((c) => c.column);
  const failed = checks.filter((c) => c.verdict === "fail" || c.verdict === "error").map((c) => c.name);
  const summary = (failed.length === 0 ? `${checks.length} checks passed` : `${failed.length} of ${checks.length} checks failed: ${failed.join(", ")}`) + (drifted.length > 0 ? ` \xB7 drifted features: ${drifted.join(", ")}` : " \xB7 no feature drifted") + (drift.source === "profile" ? " \xB7 from profiles (binned approximations)" : "");
  return gateResult("drift", checks, blocking, summary);
}
function hasDrifted(drift) {
  return driftChecks(drift).some((c) => c.verdict === "fail");
}
function stalenessGate(result, blocking) {
  if (result.verdict === "skipped") return { gate: "staleness", verdict: "skipped", blocking, summary: result.message, checks: [] };
  const check = {
    name: "days in production",
    pointer: "/monitoring/retraining/max_interval",
    volatile: true,
    verdict: result.stale ? "fail" : "pass",
    value: result.ageDays,
    message: result.message
  };
  return gateResult("staleness", [check], blocking, result.message);
}
function domainThresholdText(d) {
  const source2 = d.thresholdSource === "permutation" ? `the ${d.permutations}-permutation null at these sizes` : `the fixed auc_band max (${formatNumber(d.falseAlarmRate * 100)}% of ${d.permutations} permuted no-drift AUCs exceed it)`;
  return `AUC ${formatNumber(d.auc)} ${d.drifted ? "above" : "within"} the threshold ${formatNumber(d.threshold)} from ${source2}, false-alarm rate ${formatNumber(d.falseAlarmRate * 100)}%; permutation p = ${formatNumber(d.pValue)}`;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell3 = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell3);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell3);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell3 = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell3;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell3 = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size);
        } else if (code2 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell3 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell3);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// src/core/report/render/common.ts
var escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skipped: "\u23ED\uFE0F", error: "\u26D4" };
var VERDICT_MARK = { pass: "\u2714", warn: "!", fail: "\u2716", skipped: "-", error: "\u2716" };
function location(finding) {
  if (!finding.file) return "";
  return finding.line === void 0 ? finding.file : `${finding.file}:${finding.line}:${finding.column ?? 1}`;
}
function modelTitle(model) {
  const parts = [model.name];
  if (model.version) parts.push(model.version);
  if (model.stage) parts.push(`(${model.stage})`);
  return parts.join(" ");
}
function changeText(model) {
  const change = model.change;
  if (!change) return "";
  if (change.kind === "added") return "new model";
  if (change.kind === "unchanged") return "unchanged";
  const base = change.base;
  const parts = [];
  if (base.version !== model.version) parts.push(`${base.version} \u2192 ${model.version}`);
  if (base.stage !== model.stage) parts.push(`${base.stage} \u2192 ${model.stage}`);
  if (change.contentChanges.length > 0) parts.push(`changed: ${change.contentChanges.join(", ")}`);
  return parts.join("; ");
}
function checklistText(model) {
  const c = model.checklist;
  if (!c) return "";
  return `${c.satisfiedRequired}/${c.required} required, ${c.verified} verified by the manifest`;
}
function summaryText(report) {
  const s = report.summary;
  const counts = ["pass", "warn", "fail", "error", "skipped"].filter((v) => s[v] > 0).map((v) => `${s[v]} ${v}`);
  return `${s.models} model${s.models === 1 ? "" : "s"}${counts.length > 0 ? ": " + counts.join(", ") : ""}`;
}
var num2 = (value) => value === null || value === void 0 ? "\u2014" : formatNumber(value);
var signed = (value) => value === null || value === void 0 ? "\u2014" : `${value > 0 ? "+" : ""}${formatNumber(value)}`;
function checkValue(check) {
  return typeof check.value === "number" ? formatNumber(check.value) : check.value === null || check.value === void 0 ? "\u2014" : String(check.value);
}
var boundText = (check) => check.bound ? describeBound(check.bound) : "";
function intervalText(comparison) {
  if (!comparison.ci) return "";
  return `[${signed(comparison.ci.lower)}, ${signed(comparison.ci.upper)}]`;
}
var timeText = (iso) => iso ? iso.replace("T", " ").slice(0, 16) : "\u2014";
function auditScopeText(report) {
  const a = report.audit;
  if (!a) return "";
  const plural3 = (n2, word) => `${n2} ${word}${n2 === 1 ? "" : "s"}`;
  return `audited ${a.ref} (${a.commit.slice(0, 12)}): ${plural3(a.commits, "commit")} on its first-parent line, ${plural3(a.tags, "registry tag")}; stages as of ${a.at}`;
}

// src/core/report/render/html-parts.ts
var badge = (verdict2) => `<span class="v ${verdict2}">${verdict2}</span>`;
var flag = (verdict2, text) => `<span class="v ${verdict2}">${escapeHtml(text)}</span>`;
var pct = (value) => value === null || value === void 0 ? "\u2014" : `${(value * 100).toFixed(1)}%`;
var code = (text) => `<code>${escapeHtml(text)}</code>`;
var keyOf = (color, text, line = false) => `<span><span class="key${line ? " line" : ""}" style="${line ? `border-color:${color}` : `background:${color}`}"></span>${escapeHtml(text)}</span>`;
var legend = (...keys) => `<div class="legend">${keys.join("")}</div>`;
var figure = (svg, legendHtml, caption) => `<figure>${legendHtml}${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
function cellHtml(cell3, tag) {
  const scope = tag === "th" ? ' scope="row"' : "";
  if (typeof cell3 === "string") return `<${tag}${scope}>${escapeHtml(cell3)}</${tag}>`;
  const content = "html" in cell3 ? cell3.html : escapeHtml(cell3.text);
  return `<${tag}${scope}${cell3.n ? ' class="n"' : ""}>${content}</${tag}>`;
}
var n = (text) => ({ text, n: true });
var html = (markup) => ({ html: markup });
function table(head, rows, options = {}) {
  if (rows.length === 0) return "";
  if (options.dropEmptyColumns) {
    const isEmpty = (cell3) => cell3 === void 0 ? true : typeof cell3 === "string" ? cell3 === "" : ("html" in cell3 ? cell3.html : cell3.text) === "";
    const keep = head.map((_, i) => i === 0 || rows.some((r) => !isEmpty(r[i])));
    return table(
      head.filter((_, i) => keep[i]),
      rows.map((r) => r.filter((_, i) => keep[i])),
      { ...options, dropEmptyColumns: false }
    );
  }
  const rowHeaders = options.rowHeaders ?? true;
  const body = rows.map((r) => `<tr>${r.map((c, i) => cellHtml(c, i === 0 && rowHeaders ? "th" : "td")).join("")}</tr>`).join("");
  return `<table${options.wide ? ' class="wide"' : ""}>${options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : ""}<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${body}</tbody></table>`;
}

// src/core/report/render/markdown-parts.ts
var markdownTable2 = (rows) => markdownTable(rows, { alignDelimiters: false, padding: true });
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

// src/core/report/render/svg.ts
var COLORS = {
  model: "#0969da",
  champion: "#8250df",
  reference: "#8c959f",
  current: "#0969da",
  regression: "#cf222e",
  axis: "#57606a",
  grid: "#d0d7de",
  zone: "#ffebe9",
  /** A chunk without rows in a chart over time. */
  empty: "#d8dee4"
};
var round = (value) => String(Math.round(value * 10) / 10);
function niceScale(min, max, count = 5) {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1, ticks: [0, 0.5, 1] };
  if (max - min < 1e-12) {
    const pad = Math.abs(max) > 1e-12 ? Math.abs(max) * 0.1 : 1;
    return niceScale(min - pad, max + pad, count);
  }
  const rough = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalised = rough / magnitude;
  const step = (normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10) * magnitude;
  const low = Math.floor(min / step + 1e-9);
  const high = Math.ceil(max / step - 1e-9);
  const ticks = [];
  for (let k = low; k <= high; k++) ticks.push(Number((k * step).toPrecision(12)));
  return { min: ticks[0], max: ticks[ticks.length - 1], ticks };
}
function label(text, x, y, attributes, chars) {
  const cut = text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}\u2026` : text;
  const tooltip = cut === text ? "" : `<title>${escapeHtml(text)}</title>`;
  return `<text x="${round(x)}" y="${round(y)}" ${attributes}>${tooltip}${escapeHtml(cut)}</text>`;
}
function open(width, height, ariaLabel) {
  return `<svg class="chart" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="0 0 ${Math.round(width)} ${Math.round(height)}" role="img" aria-label="${escapeHtml(ariaLabel)}"><title>${escapeHtml(ariaLabel)}</title>`;
}
function verticalBars(options) {
  const { categories, series, format } = options;
  const barWidth = 28;
  const groupWidth = series.length * barWidth + 18;
  const margin2 = { top: 18, right: 16, bottom: 40, left: 52 };
  const plotWidth = Math.max(280, categories.length * groupWidth);
  const plotHeight = 170;
  const width = margin2.left + plotWidth + margin2.right;
  const height = margin2.top + plotHeight + margin2.bottom;
  const values = series.flatMap((s) => s.values.filter((v) => v !== null && Number.isFinite(v)));
  const scale = niceScale(0, Math.max(options.minMax ?? 0, options.reference?.value ?? 0, ...values), 4);
  const y = (value) => margin2.top + plotHeight - (value - scale.min) / (scale.max - scale.min) * plotHeight;
  const slot = plotWidth / Math.max(1, categories.length);
  const out = [open(width, height, options.ariaLabel)];
  for (const tick of scale.ticks) {
    out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${margin2.left - 6}" y="${round(y(tick) + 4)}" text-anchor="end" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  const labelled = categories.length * series.length <= 24;
  categories.forEach((category, i) => {
    const groupLeft = margin2.left + i * slot + (slot - series.length * barWidth) / 2;
    series.forEach((s, j) => {
      const value = s.values[i];
      if (value === null || value === void 0 || !Number.isFinite(value)) return;
      const top = y(Math.max(value, scale.min));
      const x = groupLeft + j * barWidth;
      out.push(`<rect x="${round(x + 1)}" y="${round(top)}" width="${barWidth - 2}" height="${round(y(scale.min) - top)}" fill="${s.color}"><title>${escapeHtml(`${s.name}, ${category}: ${format(value)}`)}</title></rect>`);
      if (labelled) out.push(`<text x="${round(x + barWidth / 2)}" y="${round(top - 4)}" text-anchor="middle" class="value">${escapeHtml(format(value))}</text>`);
    });
    out.push(label(category, margin2.left + i * slot + slot / 2, margin2.top + plotHeight + 16, 'text-anchor="middle" class="category"', Math.max(4, Math.floor(slot / 6.5))));
  });
  if (options.reference) {
    const ry = y(options.reference.value);
    out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${round(ry)}" y2="${round(ry)}" stroke="${COLORS.axis}" stroke-width="1.5" stroke-dasharray="5 4"><title>${escapeHtml(options.reference.label)}</title></line>`);
  }
  out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${round(y(scale.min))}" y2="${round(y(scale.min))}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push("</svg>");
  return out.join("");
}
function horizontalBars(options) {
  const { items, series, format } = options;
  const barHeight = 12;
  const rowHeight = series.length * barHeight + 10;
  const margin2 = { top: 10, right: 64, bottom: 28, left: 180 };
  const plotWidth = 380;
  const plotHeight = Math.max(1, items.length) * rowHeight;
  const width = margin2.left + plotWidth + margin2.right;
  const height = margin2.top + plotHeight + margin2.bottom;
  const ends = series.flatMap((s) => s.values.flatMap((v, i) => v === null || !Number.isFinite(v) ? [] : [v - (s.spread?.[i] ?? 0), v + (s.spread?.[i] ?? 0)]));
  const scale = niceScale(Math.min(0, ...ends), Math.max(0, ...ends), 5);
  const x = (value) => margin2.left + (value - scale.min) / (scale.max - scale.min) * plotWidth;
  const out = [open(width, height, options.ariaLabel)];
  for (const tick of scale.ticks) {
    out.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${margin2.top}" y2="${margin2.top + plotHeight}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${round(x(tick))}" y="${margin2.top + plotHeight + 16}" text-anchor="middle" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  items.forEach((item, i) => {
    const rowTop = margin2.top + i * rowHeight + 5;
    out.push(label(item, margin2.left - 8, rowTop + series.length * barHeight / 2 + 4, 'text-anchor="end" class="category"', 26));
    series.forEach((s, j) => {
      const value = s.values[i];
      if (value === null || value === void 0 || !Number.isFinite(value)) return;
      const top = rowTop + j * barHeight;
      const left = Math.min(x(0), x(value));
      out.push(`<rect x="${round(left)}" y="${top + 1}" width="${round(Math.max(0.5, Math.abs(x(value) - x(0))))}" height="${barHeight - 2}" fill="${s.color}"><title>${escapeHtml(`${s.name}, ${item}: ${format(value)}`)}</title></rect>`);
      const spread = s.spread?.[i];
      if (spread !== null && spread !== void 0 && spread > 0) {
        const mid = top + barHeight / 2;
        out.push(`<line x1="${round(x(value - spread))}" x2="${round(x(value + spread))}" y1="${mid}" y2="${mid}" stroke="#1f2328" stroke-width="1"/>`);
      }
      out.push(`<text x="${round(Math.max(x(0), x(value + (spread ?? 0))) + 4)}" y="${top + barHeight - 2}" class="value">${escapeHtml(format(value))}</text>`);
    });
  });
  out.push(`<line x1="${round(x(0))}" x2="${round(x(0))}" y1="${margin2.top}" y2="${margin2.top + plotHeight}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push("</svg>");
  return out.join("");
}
function forestPlot(options) {
  const { rows, format } = options;
  const rowHeight = 30;
  const margin2 = { top: 12, right: 190, bottom: 30, left: 120 };
  const plotWidth = 420;
  const plotHeight = Math.max(1, rows.length) * rowHeight;
  const width = margin2.left + plotWidth + margin2.right;
  const height = margin2.top + plotHeight + margin2.bottom;
  const ends = rows.flatMap((r) => [r.estimate, r.lower, r.upper, r.limit].filter((v) => v !== null && v !== void 0 && Number.isFinite(v)));
  const extent2 = Math.max(1e-6, ...ends.map(Math.abs));
  const scale = niceScale(Math.min(0, ...ends, -extent2 * 0.15), Math.max(0, ...ends, extent2 * 0.15), 6);
  const x = (value) => margin2.left + (Math.min(Math.max(value, scale.min), scale.max) - scale.min) / (scale.max - scale.min) * plotWidth;
  const out = [open(width, height, options.ariaLabel)];
  rows.forEach((row, i) => {
    const top = margin2.top + i * rowHeight;
    if (row.limit !== void 0 && row.worseSide) {
      const from = row.worseSide === "below" ? margin2.left : x(row.limit);
      const to = row.worseSide === "below" ? x(row.limit) : margin2.left + plotWidth;
      out.push(`<rect x="${round(from)}" y="${top + 2}" width="${round(Math.max(0, to - from))}" height="${rowHeight - 4}" fill="${COLORS.zone}"/>`);
      out.push(`<line x1="${round(x(row.limit))}" x2="${round(x(row.limit))}" y1="${top + 2}" y2="${top + rowHeight - 2}" stroke="${COLORS.regression}" stroke-width="1.5" stroke-dasharray="4 3"/>`);
    }
  });
  for (const tick of scale.ticks) {
    out.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${margin2.top + plotHeight}" y2="${margin2.top + plotHeight + 4}" stroke="${COLORS.axis}"/>`);
    out.push(`<text x="${round(x(tick))}" y="${margin2.top + plotHeight + 17}" text-anchor="middle" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${margin2.top + plotHeight}" y2="${margin2.top + plotHeight}" stroke="${COLORS.axis}"/>`);
  out.push(`<line x1="${round(x(0))}" x2="${round(x(0))}" y1="${margin2.top}" y2="${margin2.top + plotHeight}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  rows.forEach((row, i) => {
    const mid = margin2.top + i * rowHeight + rowHeight / 2;
    const color = row.flagged ? COLORS.regression : COLORS.model;
    out.push(label(row.label, margin2.left - 8, mid + 4, 'text-anchor="end" class="category"', 18));
    if (row.lower !== void 0 && row.upper !== void 0) {
      out.push(`<line x1="${round(x(row.lower))}" x2="${round(x(row.upper))}" y1="${mid}" y2="${mid}" stroke="${color}" stroke-width="2"/>`);
      for (const end of [row.lower, row.upper]) out.push(`<line x1="${round(x(end))}" x2="${round(x(end))}" y1="${mid - 5}" y2="${mid + 5}" stroke="${color}" stroke-width="2"/>`);
    }
    if (row.estimate !== null && Number.isFinite(row.estimate)) out.push(`<circle cx="${round(x(row.estimate))}" cy="${mid}" r="4.5" fill="${color}"/>`);
    out.push(`<text x="${margin2.left + plotWidth + 10}" y="${mid + 4}" class="value">${escapeHtml(row.note)}</text>`);
  });
  out.push("</svg>");
  return out.join("");
}

// src/core/drift/chunks/chunking.ts
var CHUNK_PERIODS = ["day", "week", "month"];
var DEFAULT_MIN_CHUNK_ROWS = 30;
var DEFAULT_MAX_CHUNKS = 1e4;
var INVALID_ROWS_SHOWN = 10;
function chunkRows(spec, rows, timestamps, options = {}) {
  const minRows = options.minRows ?? DEFAULT_MIN_CHUNK_ROWS;
  const maxChunks = options.maxChunks ?? DEFAULT_MAX_CHUNKS;
  checkSpec(spec);
  if (!Number.isInteger(minRows) || minRows < 0) throw new ChunkingError(`minRows must be a non-negative integer; got ${minRows}`);
  if (timestamps && timestamps.length !== rows) throw new ChunkingError(`the timestamp column has ${timestamps.length} values for ${rows} rows`);
  if (spec.by === "period" && !timestamps) throw new ChunkingError(`chunking by ${spec.period} needs a timestamp column`);
  const invalid = invalidRows(rows, timestamps);
  const chunks = spec.by === "period" ? periodChunks(spec.period, zoneClock(spec.timeZone), timestamps, maxChunks) : positionalChunks(spec, rows, timestamps, maxChunks);
  for (const chunk2 of chunks) {
    chunk2.empty = chunk2.rows.length === 0;
    chunk2.insufficient = chunk2.rows.length < minRows;
    if (timestamps) [chunk2.first, chunk2.last] = extent(chunk2.rows, timestamps);
  }
  return { spec, minRows, rows, chunks, invalidTimestamps: invalid };
}
function checkSpec(spec) {
  if (spec.by === "period") {
    if (!CHUNK_PERIODS.includes(spec.period)) throw new ChunkingError(`period must be one of ${CHUNK_PERIODS.join(", ")}; got '${spec.period}'`);
  } else if (spec.by === "size") {
    if (!Number.isInteger(spec.rows) || spec.rows < 1) throw new ChunkingError(`chunk size must be a positive whole number of rows; got ${spec.rows}`);
  } else if (spec.by === "count") {
    if (!Number.isInteger(spec.chunks) || spec.chunks < 1) throw new ChunkingError(`chunk count must be a positive whole number; got ${spec.chunks}`);
  } else throw new ChunkingError(`chunks are by 'period', 'size' or 'count'; got '${spec.by}'`);
}
var valid = (t) => t - t === 0;
function invalidRows(rows, timestamps) {
  const shown = [];
  let count = 0;
  if (timestamps) {
    for (let i = 0; i < rows; i++) {
      if (valid(timestamps[i])) continue;
      count++;
      if (shown.length < INVALID_ROWS_SHOWN) shown.push(i);
    }
  }
  return { count, rows: shown };
}
function extent(rows, timestamps) {
  if (rows.length === 0) return [null, null];
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const t = timestamps[row];
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return [first, last];
}
function periodCalendar(period, clock) {
  const startOfDayNumber = (days) => {
    const date = dateOfDayNumber(days);
    return clock.startOfDay(date.year, date.month, date.day);
  };
  if (period === "day") {
    return { ordinalOf: (t) => localDayNumber(t, clock), key: (n2) => dayKey(dateOfDayNumber(n2)), start: startOfDayNumber };
  }
  if (period === "week") {
    const monday = (n2) => n2 * 7 - 3;
    return {
      ordinalOf: (t) => {
        const days = localDayNumber(t, clock);
        return Math.floor((days - isoWeekday(days) + 3) / 7);
      },
      key: (n2) => {
        const week = isoWeek(monday(n2));
        return weekKey(week.year, week.week);
      },
      start: (n2) => startOfDayNumber(monday(n2))
    };
  }
  return {
    ordinalOf: (t) => {
      const date = dateOfDayNumber(localDayNumber(t, clock));
      return date.year * 12 + date.month - 1;
    },
    key: (n2) => monthKey(Math.floor(n2 / 12), n2 % 12 + 1),
    start: (n2) => clock.startOfDay(Math.floor(n2 / 12), n2 % 12 + 1, 1)
  };
}
function periodChunks(period, clock, timestamps, maxChunks) {
  const calendar = periodCalendar(period, clock);
  const ordinals = new Float64Array(timestamps.length);
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < timestamps.length; i++) {
    const t = timestamps[i];
    if (!valid(t)) {
      ordinals[i] = Number.NaN;
      continue;
    }
    const n2 = calendar.ordinalOf(t);
    ordinals[i] = n2;
    if (n2 < low) low = n2;
    if (n2 > high) high = n2;
  }
  if (low === Infinity) return [];
  const span = high - low + 1;
  if (span > maxChunks) {
    throw new ChunkingError(
      `the timestamps span ${span} ${period}s (${isoUtc(calendar.start(low))} to ${isoUtc(calendar.start(high + 1))}), more than the ${maxChunks} chunks allowed: check for stray timestamps or choose a longer period`
    );
  }
  const counts = new Uint32Array(span);
  for (let i = 0; i < ordinals.length; i++) if (ordinals[i] === ordinals[i]) counts[ordinals[i] - low]++;
  const members = Array.from(counts, (count) => new Uint32Array(count));
  const filled2 = new Uint32Array(span);
  for (let i = 0; i < ordinals.length; i++) {
    const n2 = ordinals[i];
    if (n2 !== n2) continue;
    const at = n2 - low;
    members[at][filled2[at]++] = i;
  }
  return members.map((rows, at) => ({
    index: at,
    key: calendar.key(low + at),
    start: calendar.start(low + at),
    end: calendar.start(low + at + 1),
    rows,
    first: null,
    last: null,
    empty: false,
    insufficient: false
  }));
}
function positionalChunks(spec, rows, timestamps, maxChunks) {
  let order;
  if (timestamps) {
    const kept = [];
    for (let i = 0; i < rows; i++) if (valid(timestamps[i])) kept.push(i);
    kept.sort((a, b) => timestamps[a] - timestamps[b] || a - b);
    order = Uint32Array.from(kept);
  } else order = Uint32Array.from({ length: rows }, (_, i) => i);
  const n2 = order.length;
  if (n2 === 0) return [];
  let bounds;
  if (spec.by === "size") {
    bounds = [];
    for (let start = 0; start < n2; start += spec.rows) bounds.push(start);
  } else {
    const size = Math.floor(n2 / spec.chunks);
    bounds = size === 0 ? Array.from({ length: n2 }, (_, i) => i) : Array.from({ length: spec.chunks }, (_, c) => c * size);
  }
  if (bounds.length > maxChunks) throw new ChunkingError(`${n2} rows make ${bounds.length} chunks, more than the ${maxChunks} allowed: choose larger chunks`);
  return bounds.map((start, index) => {
    const end = index + 1 < bounds.length ? bounds[index + 1] : n2;
    const members = order.slice(start, end).sort();
    return { index, key: `rows:${start}-${end - 1}`, rows: members, first: null, last: null, empty: false, insufficient: false };
  });
}

// src/core/drift/chunks/render.ts
function signalLabel(signal2) {
  const method = signal2.test ? `${signal2.test.method} statistic` : "statistic";
  const metric = signal2.id.slice(signal2.id.indexOf(".") + 1);
  switch (signal2.kind) {
    case "drift":
      return `${signal2.id.replace(/^drift\./, "").replace(/\.statistic$/, "")}: drift (${method})`;
    case "prediction-drift":
      return `prediction: drift (${method})`;
    case "missing":
      return `${metric}: missing share`;
    case "estimated":
      return `${metric} (estimated, ${signal2.id.startsWith("dle.") ? "DLE" : "CBPE"})`;
    case "realised":
      return `${metric} (realised)`;
  }
}
function bandText(thresholds2) {
  const { lower, upper } = thresholds2;
  if (lower !== null && upper !== null) return `${num2(lower)}\u2013${num2(upper)}`;
  if (upper !== null) return `\u2264 ${num2(upper)}`;
  if (lower !== null) return `\u2265 ${num2(lower)}`;
  return "no band";
}
function ruleText(series) {
  const rule2 = series.thresholdRule;
  const how = rule2.kind === "calibrated" ? `calibrated bands (${num2((rule2.alpha ?? DEFAULT_SERIES_ALPHA) * 100)}% false alerts per chunk on stationary data)` : rule2.kind === "std" ? `mean \xB1 ${num2(rule2.k ?? DEFAULT_STD_MULTIPLIER)} std of the reference chunks (NannyML's rule)` : `the ${num2(rule2.lower ?? DEFAULT_QUANTILES.lower)} and ${num2(rule2.upper ?? DEFAULT_QUANTILES.upper)} quantiles of the reference chunks`;
  const reference = series.reference.chunks > 0 ? ` from ${series.reference.chunks} reference chunks of ${series.reference.chunkRows} rows` : " (no reference chunks: no bands)";
  return `${how}${reference}`;
}
var plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
function chunkingText(series) {
  const c = series.chunking;
  const adjective = { day: "daily", week: "weekly", month: "monthly" };
  const kind = c.by === "period" ? `${adjective[c.period ?? ""] ?? c.period} chunk${series.chunks.length === 1 ? "" : "s"}${c.timeZone ? ` (${c.timeZone})` : ""}` : c.by === "size" ? `chunk${series.chunks.length === 1 ? "" : "s"} of ${c.size} rows` : `chunk${series.chunks.length === 1 ? "" : "s"}`;
  return `${series.chunks.length} ${kind}, ${c.rows} rows; chunks under ${c.minRows} rows are insufficient`;
}
function seriesDrifting(series) {
  const position = new Map(series.chunks.map((chunk2, i) => [chunk2.key, i]));
  const running = series.signals.filter((signal2) => signal2.driftingSince !== null).map((signal2) => ({ signal: signal2, since: signal2.driftingSince, at: position.get(signal2.driftingSince) ?? 0 })).sort((a, b) => a.at - b.at || b.signal.alertCount - a.signal.alertCount);
  if (running.length === 0) return null;
  const first = running[0];
  return { since: first.since, chunks: series.chunks.length - first.at, signals: running.map(({ signal: signal2, since }) => ({ signal: signal2, since })) };
}
function driftingText(series, name = signalLabel) {
  const drifting = seriesDrifting(series);
  const alerted = series.signals.filter((signal2) => signal2.alertCount > 0);
  if (series.chunks.length === 0) return "No chunks: the current data has no rows to monitor";
  if (drifting) return `Drifting since ${drifting.since} (${plural(drifting.chunks, "chunk")}): ${drifting.signals.length === 1 ? "signal" : "signals"} ${drifting.signals.map((s) => `${name(s.signal)} (since ${s.since})`).join(", ")}`;
  if (alerted.length > 0) return `Not drifting: the latest chunks are inside their bands; ${plural(alerted.length, "signal")} alerted earlier (${alerted.map((s) => `${name(s)}: ${plural(s.alertCount, "alert")}`).join(", ")})`;
  return `No alerts in ${plural(series.chunks.length, "chunk")}: every signal stayed inside its band`;
}
function alertedSignals(series) {
  const position = new Map(series.chunks.map((chunk2, i) => [chunk2.key, i]));
  const at = (signal2) => signal2.driftingSince === null ? Infinity : position.get(signal2.driftingSince) ?? 0;
  return series.signals.filter((signal2) => signal2.alertCount > 0).sort((a, b) => at(a) - at(b) || b.alertCount - a.alertCount);
}
function chunkStates(signal2, chunks, minRows) {
  return chunks.map((chunk2, i) => {
    const labelled = signal2.labelledRows?.[i];
    if (labelled === void 0) return { empty: chunk2.empty, insufficient: chunk2.insufficient, rows: chunk2.rows };
    return { empty: chunk2.empty || labelled === 0, insufficient: chunk2.insufficient || labelled < minRows, rows: labelled };
  });
}
function chunkValueText(signal2, i, state) {
  const value = signal2.values[i];
  const rowsWord = signal2.labelledRows ? "labelled rows" : "rows";
  if (value === null || value === void 0 || !Number.isFinite(value)) return state.empty ? signal2.labelledRows ? "no labels" : "empty" : "no value";
  if (signal2.alerts[i]) {
    const { lower, upper } = signal2.thresholds;
    return `${num2(value)} (alert: ${upper !== null && value > upper ? `above ${num2(upper)}` : `below ${num2(lower)}`})`;
  }
  if (state.insufficient) return `${num2(value)} (insufficient: ${plural(state.rows, rowsWord.slice(0, -1))})`;
  return num2(value);
}
function seriesSvg(signal2, chunks, options = {}) {
  if (signal2.values.length !== chunks.length) throw new RangeError(`signal ${signal2.id} has ${signal2.values.length} values for ${chunks.length} chunks`);
  const title = options.title ?? signalLabel(signal2);
  const states = chunkStates(signal2, chunks, options.minRows ?? DEFAULT_MIN_CHUNK_ROWS);
  const count = Math.max(1, chunks.length);
  const margin2 = { top: 22, right: 30, bottom: 34, left: 52 };
  const plotWidth = Math.min(620, Math.max(260, count * 26));
  const plotHeight = 130;
  const width = margin2.left + plotWidth + margin2.right;
  const height = margin2.top + plotHeight + margin2.bottom;
  const { lower, upper } = signal2.thresholds;
  const finite = signal2.values.filter((v) => v !== null && Number.isFinite(v));
  const extent2 = [...finite, ...[lower, upper].filter((v) => v !== null), ...signal2.kind === "estimated" || signal2.kind === "realised" ? [] : [0]];
  const scale = niceScale(extent2.length > 0 ? Math.min(...extent2) : 0, extent2.length > 0 ? Math.max(...extent2) : 1, 4);
  const y = (value) => margin2.top + plotHeight - (Math.min(Math.max(value, scale.min), scale.max) - scale.min) / (scale.max - scale.min) * plotHeight;
  const slot = plotWidth / count;
  const x = (i) => margin2.left + (i + 0.5) * slot;
  const bottom = margin2.top + plotHeight;
  const described = chunks.map((chunk2, i) => `${chunk2.key} ${chunkValueText(signal2, i, states[i])}`);
  const band2 = lower === null && upper === null ? "No band" : `Band ${bandText(signal2.thresholds)}`;
  const aria = `${title} per chunk: ${described.join(", ")}. ${band2}; ${plural(signal2.alertCount, "alert")}${signal2.driftingSince ? `; drifting since ${signal2.driftingSince}` : ""}.`;
  const out = [open(width, height, aria)];
  if (upper !== null && upper < scale.max) out.push(`<rect x="${margin2.left}" y="${margin2.top}" width="${plotWidth}" height="${round(y(upper) - margin2.top)}" fill="${COLORS.zone}"/>`);
  if (lower !== null && lower > scale.min) out.push(`<rect x="${margin2.left}" y="${round(y(lower))}" width="${plotWidth}" height="${round(bottom - y(lower))}" fill="${COLORS.zone}"/>`);
  states.forEach((state, i) => {
    if (state.empty) out.push(`<rect x="${round(margin2.left + i * slot)}" y="${margin2.top}" width="${round(slot)}" height="${plotHeight}" fill="${COLORS.empty}"><title>${escapeHtml(`${chunks[i].key}: ${signal2.labelledRows ? "no labelled rows" : "no rows"}`)}</title></rect>`);
  });
  for (const tick of scale.ticks) {
    out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${margin2.left - 6}" y="${round(y(tick) + 4)}" text-anchor="end" class="tick">${escapeHtml(num2(tick))}</text>`);
  }
  for (const [name, value] of [["upper", upper], ["lower", lower]]) {
    if (value === null) continue;
    out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${round(y(value))}" y2="${round(y(value))}" stroke="${COLORS.regression}" stroke-width="1.5" stroke-dasharray="5 4"><title>${escapeHtml(`${name} threshold ${num2(value)}`)}</title></line>`);
  }
  const sinceIndex = signal2.driftingSince === null ? -1 : chunks.findIndex((chunk2) => chunk2.key === signal2.driftingSince);
  if (sinceIndex >= 0) {
    const left = margin2.left + sinceIndex * slot;
    const anchor = left > margin2.left + plotWidth * 0.6 ? "end" : "start";
    out.push(`<line x1="${round(left)}" x2="${round(left)}" y1="${margin2.top - 4}" y2="${bottom}" stroke="${COLORS.regression}" stroke-width="1" stroke-dasharray="2 3"/>`);
    out.push(`<text x="${round(anchor === "start" ? left + 3 : left - 3)}" y="${margin2.top - 8}" text-anchor="${anchor}" class="note">${escapeHtml(`drifting since ${signal2.driftingSince}`)}</text>`);
  }
  let run2 = [];
  const flush = () => {
    if (run2.length > 1) out.push(`<polyline points="${run2.join(" ")}" fill="none" stroke="${COLORS.current}" stroke-width="1.5"/>`);
    run2 = [];
  };
  signal2.values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) flush();
    else run2.push(`${round(x(i))},${round(y(value))}`);
  });
  flush();
  signal2.values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) return;
    const tip = `<title>${escapeHtml(described[i])}</title>`;
    if (signal2.alerts[i]) out.push(`<circle cx="${round(x(i))}" cy="${round(y(value))}" r="4" fill="${COLORS.regression}">${tip}</circle>`);
    else if (states[i].insufficient) out.push(`<circle cx="${round(x(i))}" cy="${round(y(value))}" r="3.5" fill="#ffffff" stroke="${COLORS.current}" stroke-width="1.5">${tip}</circle>`);
    else out.push(`<circle cx="${round(x(i))}" cy="${round(y(value))}" r="2.5" fill="${COLORS.current}">${tip}</circle>`);
  });
  const step = Math.max(1, Math.ceil(64 / slot));
  chunks.forEach((chunk2, i) => {
    if ((chunks.length - 1 - i) % step === 0) out.push(label(chunk2.key, x(i), bottom + 16, 'text-anchor="middle" class="category"', Math.max(4, Math.floor(step * slot / 6.5))));
  });
  out.push(`<line x1="${margin2.left}" x2="${margin2.left + plotWidth}" y1="${bottom}" y2="${bottom}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push("</svg>");
  return out.join("");
}
function latestChunk2(series) {
  for (let i = series.chunks.length - 1; i >= 0; i--) if (!series.chunks[i].empty) return i;
  return series.chunks.length - 1;
}
function signalFigure(signal2, series) {
  const keys = legend(
    keyOf(COLORS.current, "value per chunk"),
    keyOf(COLORS.regression, "alert"),
    keyOf(COLORS.zone, `outside the band (${bandText(signal2.thresholds)})`),
    ...series.chunks.some((chunk2) => chunk2.empty) ? [keyOf(COLORS.empty, "empty chunk")] : []
  );
  const hollow = chunkStates(signal2, series.chunks, series.chunking.minRows).some((state, i) => state.insufficient && signal2.values[i] !== null);
  const caption = `${signalLabel(signal2)} \xB7 ${signal2.id}: ${plural(signal2.alertCount, "alert")}${signal2.driftingSince ? `, drifting since ${signal2.driftingSince}` : ""}${hollow ? `; hollow points are chunks under ${series.chunking.minRows} ${signal2.labelledRows ? "labelled " : ""}rows, which cannot alert` : ""}.`;
  return figure(seriesSvg(signal2, series.chunks, { minRows: series.chunking.minRows }), keys, caption);
}
function seriesHtml(series) {
  const alerted = alertedSignals(series);
  const quiet = series.signals.filter((signal2) => signal2.alertCount === 0);
  const drifting = seriesDrifting(series);
  const out = [
    "<h4>Monitoring over time</h4>",
    `<p>${escapeHtml(chunkingText(series))}; ${escapeHtml(ruleText(series))}.</p>`,
    `<p>${drifting ? `${flag("fail", "drifting")} ` : ""}<strong>${escapeHtml(driftingText(series))}</strong>.</p>`
  ];
  for (const signal2 of alerted) out.push(signalFigure(signal2, series));
  if (quiet.length > 0) out.push(`<details><summary>${escapeHtml(`${plural(quiet.length, "signal")} without alerts`)}</summary>${quiet.map((signal2) => signalFigure(signal2, series)).join("")}</details>`);
  const latest = latestChunk2(series);
  if (latest >= 0) {
    const chunk2 = series.chunks[latest];
    const states = (signal2) => chunkStates(signal2, series.chunks, series.chunking.minRows)[latest];
    out.push(
      table(
        ["Signal", "Id", "Value", "Band", "Alert", "Drifting since"],
        series.signals.map((signal2) => [
          signalLabel(signal2),
          html(code(signal2.id)),
          n(chunkValueText(signal2, latest, states(signal2)).replace(/ \(alert: .*\)$/, "")),
          n(bandText(signal2.thresholds)),
          html(signal2.alerts[latest] ? flag("fail", "yes") : "no"),
          signal2.driftingSince ?? "\u2014"
        ]),
        { caption: `Latest chunk: ${chunk2.key} (${plural(chunk2.rows, "row")})${latest < series.chunks.length - 1 ? `; later chunks are empty` : ""}` }
      )
    );
  }
  for (const note of seriesNotes(series)) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join("\n");
}
function seriesNotes(series) {
  const notes = series.notOffered.map((o) => `Not computed: ${o.signal}: ${o.reason}.`);
  const l = series.labels;
  if (l) notes.push(`Labels: ${l.given} given, ${l.matched} matched a current row, ${l.unmatched} unmatched${l.duplicateIds > 0 ? `, ${l.duplicateIds} duplicate ids` : ""}${l.rowsWithoutId > 0 ? `, ${l.rowsWithoutId} current rows without an id` : ""}.`);
  if (series.chunking.invalidTimestamps.count > 0) notes.push(`${plural(series.chunking.invalidTimestamps.count, "row")} without a valid timestamp are in no chunk.`);
  return notes;
}
var MERMAID_MAX_LINES = 6;
var MERMAID_MAX_CHUNKS = 26;
var MERMAID_NORMALISED_CAP = 10;
var PALETTE = [
  { color: "#0969da", swatch: "\u{1F7E6}" },
  { color: "#fb8500", swatch: "\u{1F7E7}" },
  { color: "#8250df", swatch: "\u{1F7EA}" },
  { color: "#1a7f37", swatch: "\u{1F7E9}" },
  { color: "#8b5a2b", swatch: "\u{1F7EB}" },
  { color: "#1f2328", swatch: "\u2B1B" }
];
var THRESHOLD = { color: COLORS.regression, swatch: "\u{1F7E5}" };
var mermaidText = (text) => text.replace(/["\n\r]/g, "'");
var mermaidNumber = (value) => {
  const text = String(Number(value.toPrecision(4)));
  return /e/i.test(text) ? value.toFixed(Math.abs(value) < 1 ? 8 : 0) : text;
};
function unitOf(signal2) {
  if (signal2.kind === "drift" || signal2.kind === "prediction-drift") return `statistic:${signal2.test?.method ?? ""}`;
  if (signal2.kind === "missing") return "share";
  return `metric:${signal2.id.slice(signal2.id.indexOf(".") + 1)}`;
}
function normalisedValue(value, thresholds2) {
  const { lower, upper } = thresholds2;
  let index;
  if (lower !== null && upper !== null) {
    const half = (upper - lower) / 2;
    const distance = Math.abs(value - (upper + lower) / 2);
    index = half > 0 ? distance / half : distance === 0 ? 0 : Infinity;
  } else if (upper !== null) index = upper > 0 ? value / upper : value <= upper ? 0 : Infinity;
  else if (lower !== null) index = value > 0 ? lower / value : Infinity;
  else return null;
  return Math.min(index, MERMAID_NORMALISED_CAP);
}
function filled(values) {
  const known = values.flatMap((v, i) => v !== null && Number.isFinite(v) ? [i] : []);
  if (known.length === 0) return null;
  return values.map((v, i) => {
    if (v !== null && Number.isFinite(v)) return v;
    const after = known.find((k) => k > i);
    const before = [...known].reverse().find((k) => k < i);
    if (before === void 0) return values[after];
    if (after === void 0) return values[before];
    return values[before] + (values[after] - values[before]) * (i - before) / (after - before);
  });
}
function axisLabels(keys) {
  const years = new Set(keys.map((key) => /^(\d{4})-(W\d{2}|\d{2}(-\d{2})?)$/.exec(key)?.[1] ?? null));
  if (years.size !== 1 || years.has(null)) return { labels: [...keys] };
  return { labels: keys.map((key) => key.slice(5)), year: [...years][0] };
}
function chartPlan(whole) {
  const drifting = seriesDrifting(whole);
  const since = drifting ? whole.chunks.findIndex((chunk2) => chunk2.key === drifting.since) : -1;
  const first = Math.max(0, Math.min(whole.chunks.length - MERMAID_MAX_CHUNKS, since - 2));
  const series = first === 0 ? whole : { ...whole, chunks: whole.chunks.slice(first), signals: whole.signals.map((signal2) => ({ ...signal2, values: signal2.values.slice(first), alerts: signal2.alerts.slice(first), alertCount: signal2.alerts.slice(first).filter(Boolean).length })) };
  const alerted = alertedSignals(series).filter((signal2) => signal2.values.some((v) => v !== null && Number.isFinite(v)));
  if (alerted.length === 0) return null;
  const shown = alerted.slice(0, MERMAID_MAX_LINES);
  const normalised = new Set(shown.map(unitOf)).size > 1;
  const lines = shown.map((signal2, i) => {
    const values = normalised ? signal2.values.map((v) => v === null || !Number.isFinite(v) ? null : normalisedValue(v, signal2.thresholds)) : signal2.values;
    return { signal: signal2, values: filled(values), ...PALETTE[i] };
  });
  const bands = new Set(shown.map((s) => `${s.thresholds.lower}|${s.thresholds.upper}`));
  const band2 = shown[0].thresholds;
  const thresholds2 = normalised ? [1] : bands.size === 1 ? [band2.upper, band2.lower].filter((v) => v !== null) : [];
  const gaps = shown.map((signal2) => ({ signal: signal2, chunks: series.chunks.filter((_, i) => signal2.values[i] === null || !Number.isFinite(signal2.values[i])).map((chunk2) => chunk2.key) })).filter((gap) => gap.chunks.length > 0);
  return { first, ...axisLabels(series.chunks.map((chunk2) => chunk2.key)), normalised, lines, thresholds: thresholds2, insufficient: series.chunks.filter((chunk2) => chunk2.insufficient && !chunk2.empty).map((chunk2) => chunk2.key), omitted: alerted.slice(MERMAID_MAX_LINES), gaps };
}
function seriesMermaid(series) {
  const plan = chartPlan(series);
  if (!plan) return [];
  const palette = [...plan.lines.map((line) => line.color), ...plan.thresholds.map(() => THRESHOLD.color)];
  const what = plan.normalised ? "Alerting signals per chunk, each against its band (1 = alert threshold)" : `${plan.lines.length === 1 ? signalLabel(plan.lines[0].signal) : `${plan.lines.length} alerting signals`} per chunk`;
  const span = [plan.year, plan.first > 0 ? `the latest ${plan.labels.length} of ${series.chunks.length} chunks` : void 0].filter((part) => part !== void 0);
  const title = `${what}${span.length > 0 ? `, ${span.join(", ")}` : ""}`;
  const top = plan.normalised ? Math.max(1.2, Math.ceil(Math.max(...plan.lines.flatMap((line) => line.values)) * 11) / 10) : void 0;
  const width = Math.max(700, 100 + plan.labels.length * (8 * Math.max(...plan.labels.map((text) => text.length)) + 12));
  return [
    "```mermaid",
    "---",
    "config:",
    "  xyChart:",
    `    width: ${width}`,
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${palette.join(", ")}"`,
    "---",
    "xychart-beta",
    `    title "${mermaidText(title)}"`,
    `    x-axis [${plan.labels.map((text) => `"${mermaidText(text)}"`).join(", ")}]`,
    plan.normalised ? `    y-axis "value against band" 0 --> ${mermaidNumber(top)}` : `    y-axis "${mermaidText(plan.lines.length === 1 ? "value" : unitOf(plan.lines[0].signal).replace(/^\w+:/, ""))}"`,
    ...plan.lines.map((line) => `    line [${line.values.map(mermaidNumber).join(", ")}]`),
    ...plan.thresholds.map((value) => `    line [${plan.labels.map(() => mermaidNumber(value)).join(", ")}]`),
    "```"
  ];
}
function chartLegend(plan, minRows) {
  const lines = plan.lines.map((line) => `${line.swatch} \`${cell(line.signal.id)}\` (band ${bandText(line.signal.thresholds)}${line.signal.driftingSince ? `, since ${line.signal.driftingSince}` : ""})`);
  const threshold = plan.thresholds.length === 0 ? [] : [`${THRESHOLD.swatch} ${plan.normalised ? "alert threshold (1)" : `threshold${plan.thresholds.length > 1 ? "s" : ""} ${plan.thresholds.map(num2).join(" and ")}`}`];
  const parts = [`Lines: ${[...lines, ...threshold].join(", ")}.`];
  if (plan.normalised) parts.push(`The signals are in different units, so each is drawn against its own band: value / upper threshold for drift statistics, for two-sided bands the distance from the band's middle in half-widths (inside the band under 1; drawn at most at ${MERMAID_NORMALISED_CAP}).`);
  if (plan.insufficient.length > 0) parts.push(`${plan.insufficient.join(", ")} ${plan.insufficient.length === 1 ? "has" : "have"} fewer than ${minRows} rows: no alert there, whatever the value.`);
  if (plan.gaps.length > 0) parts.push(`No value in ${plan.gaps.map((gap) => `${gap.chunks.join(", ")} (\`${cell(gap.signal.id)}\`)`).join("; ")}: the chart draws those lines through them from the nearest values.`);
  if (plan.omitted.length > 0) parts.push(`Not drawn: ${plan.omitted.map((s) => `\`${cell(s.id)}\``).join(", ")}.`);
  return parts.join(" ");
}
function markdownValue(signal2, i, state) {
  const value = signal2.values[i];
  if (value === null || value === void 0 || !Number.isFinite(value)) return "\u2014";
  const facts = [...signal2.labelledRows ? [`${signal2.labelledRows[i]} labelled`] : [], ...state.insufficient ? ["insufficient"] : []];
  return `${signal2.alerts[i] ? "\u274C " : ""}${num2(value)}${facts.length > 0 ? ` (${facts.join(", ")})` : ""}`;
}
function performanceTable(series) {
  const estimated = series.signals.filter((signal2) => signal2.kind === "estimated");
  if (estimated.length === 0) return null;
  const realised = new Map(series.signals.filter((signal2) => signal2.kind === "realised").map((signal2) => [signal2.id.slice("realised.".length), signal2]));
  const columns = estimated.flatMap((signal2) => {
    const metric = signal2.id.slice(signal2.id.indexOf(".") + 1);
    const pair = realised.get(metric);
    return [signal2, ...pair ? [pair] : []];
  });
  const states = new Map(columns.map((signal2) => [signal2, chunkStates(signal2, series.chunks, series.chunking.minRows)]));
  const head = ["Chunk", "Rows", ...columns.map((signal2) => `${signalLabel(signal2)}, band ${bandText(signal2.thresholds)}`)];
  const rows = series.chunks.map((chunk2, i) => [chunk2.key, chunk2.empty ? "empty" : `${chunk2.rows}${chunk2.insufficient ? " (insufficient)" : ""}`, ...columns.map((signal2) => markdownValue(signal2, i, states.get(signal2)[i]))]);
  return markdownTable2([head.map(cell), ...rows.map((row) => row.map(cell))]);
}
function seriesMarkdown(series) {
  const out = [`**Monitoring over time:** ${cell(chunkingText(series))}; ${cell(ruleText(series))}.`, "", `**${cell(driftingText(series, (signal2) => `\`${signal2.id}\``))}.**`, ""];
  const plan = chartPlan(series);
  if (plan) out.push(...seriesMermaid(series), "", chartLegend(plan, series.chunking.minRows), "");
  const performance = performanceTable(series);
  if (performance) out.push("<details><summary>Estimated vs realised performance per chunk</summary>", "", performance, "", "</details>", "");
  for (const note of seriesNotes(series)) out.push(`- ${cell(note)}`);
  if (seriesNotes(series).length > 0) out.push("");
  return out;
}
function seriesText(series) {
  const lines = [`  monitoring over ${chunkingText(series)}; ${ruleText(series)}:`, `    ${driftingText(series, (signal2) => signal2.id)}`];
  const latest = latestChunk2(series);
  for (const signal2 of alertedSignals(series)) {
    const state = chunkStates(signal2, series.chunks, series.chunking.minRows);
    const last = latest >= 0 ? `; ${series.chunks[latest].key}: ${chunkValueText(signal2, latest, state[latest])}` : "";
    lines.push(`    ${signal2.id}: ${signal2.driftingSince ? `drifting since ${signal2.driftingSince}` : "not drifting now"}, ${plural(signal2.alertCount, "alert")} (band ${bandText(signal2.thresholds)})${last}`);
  }
  if (latest >= 0) {
    const values = series.signals.map((signal2) => `${signal2.id} ${chunkValueText(signal2, latest, chunkStates(signal2, series.chunks, series.chunking.minRows)[latest])}`);
    lines.push(`    latest chunk ${series.chunks[latest].key} (${plural(series.chunks[latest].rows, "row")}): ${values.join(", ")}`);
  }
  for (const note of seriesNotes(series)) lines.push(`    ${note}`);
  return lines;
}

// src/core/drift/render.ts
var markdownTable3 = (rows) => markdownTable(rows, { alignDelimiters: false });
var cell2 = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var pct2 = (share) => `${(share * 100).toFixed(1)}%`;
var mermaidText2 = (text) => text.replace(/["\n]/g, "'");
function driftScoreText(column) {
  if (!column.evaluated) return "\u2014";
  const adjusted = column.adjustedPValue !== void 0 && column.adjustedPValue !== column.pValue ? ` (adj. ${num2(column.adjustedPValue)})` : "";
  if (column.scoreKind === "p-value") return `p ${num2(column.pValue)}${adjusted}`;
  if (column.pValue !== void 0) return `${num2(column.distance)} (p ${num2(column.pValue)}${adjusted})`;
  return num2(column.distance);
}
function thresholdText(column) {
  if (!column.evaluated) return "\u2014";
  const rate = column.falseAlarmRate === void 0 ? "" : ` \xB7 ${column.falseAlarmRateEstimated ? "\u2248 " : ""}${pct2(column.falseAlarmRate)} false alarms`;
  const byPValue = column.decidedBy === "p-value" || column.decidedBy === void 0 && column.scoreKind === "p-value";
  if (byPValue) return `p < ${num2(column.threshold)}${column.criticalValue !== void 0 ? ` (distance \u2265 ${num2(column.criticalValue)})` : ""}${rate}`;
  return `\u2265 ${num2(column.threshold)}${rate}`;
}
var statisticText = (column) => column.evaluated ? num2(column.statistic) : `not tested: ${column.error ?? "no reason given"}`;
var thresholdModeText = (features) => features.thresholdMode === "fixed" ? "Evidently's fixed thresholds (threshold_mode: fixed), false-alarm rates estimated at these sizes" : "thresholds are false-alarm rates at these sizes (calibrated)";
var methodText = (column) => {
  const facts = [column.detail?.["pValueMethod"], column.detail?.["ties"] === true ? "ties" : void 0, column.detail?.["approximation"]].filter((f) => typeof f === "string");
  return `${column.method}${facts.length > 0 ? ` (${facts.join(", ")})` : ""}`;
};
var missingText = (column) => {
  const { reference, current, changed } = column.missing;
  if (reference.missing + current.missing === 0) return "0% \u2192 0%";
  return `${pct2(reference.share)} \u2192 ${pct2(current.share)}${changed ? " \u26A0\uFE0F" : ""}`;
};
function orderedColumns(columns) {
  const key = (c) => Number.isNaN(severity(c)) ? -Infinity : severity(c);
  return [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || key(b) - key(a));
}
function histogramChart(histogram) {
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidText2(histogram.column)}: reference (bars) vs current (line), % of rows"`,
    `    x-axis [${histogram.bins.map((b) => `"${mermaidText2(b)}"`).join(", ")}]`,
    '    y-axis "rows (%)"',
    `    bar [${histogram.reference.map((s) => (s * 100).toFixed(1)).join(", ")}]`,
    `    line [${histogram.current.map((s) => (s * 100).toFixed(1)).join(", ")}]`,
    "```"
  ];
}
function currentReadText(current) {
  const sources = current.sources ?? [];
  if (sources.length === 0) return void 0;
  const parts = sources.map((s) => "file" in s ? `${s.file} (${s.rows} rows, sha256 ${s.sha256.slice(0, 12)})` : `a ${s.engine} query (${s.rows} rows, result sha256 ${s.sha256.slice(0, 12)})`);
  const shown = parts.length > 5 ? [...parts.slice(0, 4), `\u2026 ${parts.length - 4} more files`] : parts;
  const span = current.timestamp?.first !== void 0 ? `; ${current.timestamp.column} from ${current.timestamp.first} to ${current.timestamp.last}` : "";
  return `read ${shown.join(", ")}${span}`;
}
function driftMarkdown(drift, options = {}) {
  const f = drift.features;
  const drifted = f.columns.filter((c) => c.drifted).map((c) => `\`${c.column}\``);
  const out = [
    `<details${options.open ? " open" : ""}><summary>Drift of <code>${drift.current.dataset}</code> (${drift.current.rows} rows) against <code>${drift.reference.dataset}</code> (${drift.reference.rows} rows): ${f.drifted} of ${f.evaluated} features drifted</summary>`,
    ""
  ];
  const read = currentReadText(drift.current);
  if (read !== void 0) out.push(`**Current data:** ${cell2(read)}.`, "");
  out.push(
    `**Features:** ${drifted.length > 0 ? `${drifted.join(", ")} drifted` : "none drifted"} \u2014 ${pct2(f.share)} of the features${f.untested > 0 ? ` (${f.untested} not tested, counted as not drifted${f.undecided ? " \u26A0\uFE0F they could have tipped the decision" : ""})` : ""}; the dataset counts as drifted at \u2265 ${pct2(f.driftShare)}${f.datasetDrifted ? " \u274C" : ""}. Correction: ${f.correction}; ${thresholdModeText(f)}.`,
    ""
  );
  out.push(
    markdownTable3([
      ["Feature", "Type", "Method", "Statistic", "p (adjusted) / distance", "Threshold \xB7 false alarms", "Drifted", "Missing (ref \u2192 cur)"],
      ...orderedColumns(f.columns).map((c) => [
        `\`${cell2(c.column)}\``,
        c.kind,
        cell2(methodText(c)),
        cell2(statisticText(c)),
        driftScoreText(c),
        thresholdText(c),
        c.drifted ? "\u274C yes" : c.evaluated ? "no" : "\u26A0\uFE0F not tested",
        missingText(c)
      ])
    ]),
    ""
  );
  if (drift.histogram) out.push(...histogramChart(drift.histogram), "");
  if (drift.prediction) {
    const p = drift.prediction;
    out.push(`**Prediction drift** (${cell2(p.output)}): ${cell2(methodText(p))} ${p.evaluated ? `statistic ${num2(p.statistic)}, ${driftScoreText(p)}, threshold ${thresholdText(p)}` : `not tested: ${cell2(p.error ?? "")}`} \u2014 ${p.drifted ? "\u274C drifted" : p.evaluated ? "no drift" : "not tested"}.`, "");
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    out.push(
      `**Domain classifier:** cross-validated ROC AUC ${num2(d.auc)}, drift above ${num2(d.threshold)} (${domainThresholdSource(d)}; false-alarm rate ${num2(d.falseAlarmRate * 100)}%, permutation p = ${num2(d.pValue)}) \u2014 ${d.drifted ? "\u274C the samples can be told apart" : "no drift"}. ${cell2(d.model)}; ${d.rows.reference.used} reference and ${d.rows.current.used} current rows.`,
      ""
    );
    if (d.topFeatures.length > 0) {
      out.push(markdownTable3([["Top feature", "AUC drop when shuffled", "Coefficient norm"], ...d.topFeatures.map((t) => [`\`${cell2(t.column)}\``, num2(t.aucDrop), num2(t.coefficientNorm)])]), "");
    }
  }
  if (drift.performance) {
    const p = drift.performance;
    out.push(
      `**Estimated performance** (CBPE on ${p.rows} rows, threshold ${num2(p.threshold)}, ${p.calibration.calibrated ? "isotonic-calibrated scores" : "scores not calibrated"}: ${p.calibration.reason}):`,
      "",
      markdownTable3([
        ["Metric", "Estimate", "Band (\xB1 3 SE)", ...p.labelled ? ["Realised"] : [], "Reference", "Alert below", ""],
        ...p.metrics.map((m) => [
          m.metric,
          num2(m.estimate),
          m.lower === null ? "\u2014" : `${num2(m.lower)}\u2013${num2(m.upper)}`,
          ...p.labelled ? [num2(m.realised)] : [],
          num2(m.reference),
          num2(m.thresholds.lower),
          m.dropped ? "\u274C dropped" : ""
        ])
      ]),
      ""
    );
  }
  for (const s of drift.skipped) out.push(`- \u23ED\uFE0F ${s.part}: ${cell2(s.reason)}`);
  if (drift.skipped.length > 0) out.push("");
  for (const note of drift.notes) out.push(`- ${note}`);
  if (drift.notes.length > 0) out.push("");
  out.push("</details>", "");
  return out;
}
function monitoringText(monitoring) {
  const since = monitoring.latest?.driftingSince ? ` since ${monitoring.latest.driftingSince}` : "";
  const latest = monitoring.latest?.chunk ? ` (latest chunk ${monitoring.latest.chunk})` : "";
  const logged = monitoring.history && monitoring.history.fromLog.length > 0 ? `; ${monitoring.history.fromLog.length} earlier chunks from the monitoring log` : "";
  const history = monitoring.history;
  const unchanged = history?.unchanged !== void 0 ? `, ${history.unchanged} unchanged` : "";
  const appended = history?.appended !== void 0 ? `; ${history.appended} records appended to ${history.branch}${unchanged}` : "";
  const state = [monitoring.drifted ? `drifting${since}${latest}` : `no drift${latest}`, monitoring.stale ? "stale" : monitoring.staleness.verdict === "skipped" ? "age unknown" : "not stale"].join(", ");
  return `${state}${logged}${appended}; ${monitoring.staleness.message}; retraining: ${monitoring.retraining.dispatch ? "dispatch" : "no dispatch"} (${monitoring.retraining.reason})`;
}
function driftText(drift) {
  const f = drift.features;
  const lines = [`  drift of ${drift.current.dataset} (${drift.current.rows} rows) against ${drift.reference.dataset} (${drift.reference.rows} rows)${drift.source === "profile" ? ", from profiles" : ""}:`];
  const read = currentReadText(drift.current);
  if (read !== void 0) lines.push(`    current data: ${read}`);
  const drifted = orderedColumns(f.columns).filter((c) => c.drifted);
  lines.push(`    features: ${f.drifted} of ${f.columns.length} drifted (${pct2(f.share)}; dataset drifts at \u2265 ${pct2(f.driftShare)}); ${thresholdModeText(f)}:`);
  const thresholds2 = new Set(f.columns.filter((c) => c.evaluated).map(thresholdText));
  if (thresholds2.size === 1) lines.push(`      threshold of every tested column: ${[...thresholds2][0]}`);
  for (const c of drifted) lines.push(`      ${c.column}: drifted, ${methodText(c)} ${driftScoreText(c)}${thresholds2.size === 1 ? "" : ` (threshold ${thresholdText(c)})`}`);
  if (thresholds2.size > 1) for (const c of orderedColumns(f.columns).filter((c2) => c2.evaluated && !c2.drifted)) lines.push(`      ${c.column}: ${methodText(c)} ${driftScoreText(c)} (threshold ${thresholdText(c)})`);
  const untested = f.columns.filter((c) => !c.evaluated);
  for (const c of untested) lines.push(`      ${c.column}: not tested: ${c.error ?? "no reason given"}`);
  if (f.undecided) lines.push(`    the ${untested.length} column(s) not tested could have tipped the dataset decision`);
  const missing = f.columns.filter((c) => c.missing.changed);
  if (missing.length > 0) lines.push(`    missing values changed: ${missing.map((c) => `${c.column} ${missingText(c)}`).join(", ")}`);
  if (drift.prediction) {
    const p = drift.prediction;
    lines.push(`    prediction (${p.output}): ${methodText(p)} ${p.evaluated ? `${driftScoreText(p)} (threshold ${thresholdText(p)})` : `not tested: ${p.error ?? ""}`}${p.drifted ? " \u2014 drifted" : ""}`);
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    lines.push(`    domain classifier AUC ${num2(d.auc)} (drift above ${num2(d.threshold)}, ${domainThresholdSource(d)}, false-alarm rate ${num2(d.falseAlarmRate * 100)}%, p = ${num2(d.pValue)})${d.drifted ? " \u2014 drifted" : ""}; top: ${d.topFeatures.slice(0, 3).map((t) => t.column).join(", ")}`);
  }
  if (drift.performance) {
    const metrics = drift.performance.metrics.map((m) => `${m.metric} ${num2(m.estimate)}${m.lower !== null ? ` [${num2(m.lower)}, ${num2(m.upper)}]` : ""}${m.realised !== null ? ` (realised ${num2(m.realised)})` : ""}`);
    lines.push(`    CBPE estimate: ${metrics.join(", ")}`);
  }
  for (const s of drift.skipped) lines.push(`    skipped ${s.part}: ${s.reason}`);
  return lines;
}
var driftIssueMarker = (name) => `<!-- modelops:drift:${name} -->`;
function driftIssue(report, model) {
  const result = typeof model === "string" ? report.models.find((m) => m.name === model) : model;
  if (!result) throw new RangeError(`the ${report.command} report has no model '${String(model)}'`);
  const monitoring = result.monitoring;
  const marker = driftIssueMarker(result.name);
  const drift = result.evaluation?.drift;
  const open2 = monitoring ? monitoring.drifted || monitoring.stale : false;
  const drifted = drift ? drift.features.columns.filter((c) => c.drifted).map((c) => c.column) : [];
  const problems = [monitoring?.drifted ? `drifted${drifted.length > 0 ? ` (${drifted.slice(0, 5).join(", ")}${drifted.length > 5 ? ", \u2026" : ""})` : ""}` : "", monitoring?.stale ? "stale" : ""].filter((p) => p !== "");
  const title = open2 ? `modelops: ${result.name} ${result.version ?? ""} ${problems.join(" and ")}`.replace(/\s+/g, " ").trim() : `modelops: ${result.name} ${result.version ?? ""} no longer drifted or stale`.replace(/\s+/g, " ");
  const body = [marker, ""];
  body.push(`## ${VERDICT_ICON[result.verdict]} ${modelTitle(result)}: ${open2 ? problems.join(" and ") : "recovered"}`, "");
  if (!open2) body.push(`The scheduled drift check of ${report.createdAt.slice(0, 10)} finds ${result.name} neither drifted nor stale; this issue can be closed.`, "");
  else body.push(`The scheduled drift check of ${report.createdAt.slice(0, 10)} found \`${result.name}\` ${problems.join(" and ")}. Manifest: \`${result.manifest}\`.`, "");
  if (monitoring && open2 && monitoring.alerting.mentions.length > 0) body.push(`cc ${monitoring.alerting.mentions.join(" ")}`, "");
  const rows = result.gates.flatMap(
    (g) => g.checks.length === 0 ? [[g.gate, "", "", "", `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell2(g.summary)]] : g.checks.map((c) => [g.gate, cell2(c.name), checkValue(c), cell2(boundText(c)), `${VERDICT_ICON[c.verdict]} ${c.verdict}`, c.verdict === "pass" ? "" : cell2(c.message ?? "")])
  );
  if (rows.length > 0) body.push(markdownTable3([["Gate", "Check", "Value", "Bound", "Verdict", "Why"], ...rows]), "");
  for (const finding of result.findings) body.push(`- ${finding.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} ${finding.file ? `\`${finding.file}\` ` : ""}${finding.message}`);
  if (result.findings.length > 0) body.push("");
  if (monitoring) {
    body.push(`**Staleness:** ${monitoring.staleness.message}.`, "");
    body.push(`**Retraining:** ${monitoring.retraining.dispatch ? `dispatched \u2014 ${monitoring.retraining.reason}` : monitoring.retraining.reason}.`, "");
  }
  if (drift) body.push(...driftMarkdown(drift, { open: true }));
  if (monitoring?.series) body.push(...seriesMarkdown(monitoring.series));
  body.push(
    open2 ? "_modelops updates this issue on every scheduled run while the model drifts or is stale, and closes it when it recovers. To resolve it: retrain on recent data, open a PR with the new version, and merge it to promote._" : "_Closed by modelops: the latest scheduled check passed._"
  );
  return { model: result.name, marker, title, body: body.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n", open: open2, dispatch: monitoring?.retraining.dispatch ?? false };
}
function driftIssues(report) {
  return report.models.filter((m) => m.monitoring !== void 0).map((m) => driftIssue(report, m));
}
function domainThresholdSource(d) {
  return d.thresholdSource === "permutation" ? `from ${d.permutations} label permutations at these sizes` : "the fixed auc_band max";
}
function histogramFigure(histogram, column) {
  const aria = `Histogram of ${histogram.column}, share of rows per bin, reference vs current: ${histogram.bins.map((b, i) => `${b} ${pct(histogram.reference[i])} vs ${pct(histogram.current[i])}`).join("; ")}.`;
  return figure(
    verticalBars({
      ariaLabel: aria,
      categories: histogram.bins,
      series: [
        { name: "reference", color: COLORS.reference, values: histogram.reference },
        { name: "current", color: COLORS.current, values: histogram.current }
      ],
      format: pct2,
      minMax: 0.1
    }),
    legend(keyOf(COLORS.reference, "reference"), keyOf(COLORS.current, "current")),
    `${histogram.column}: share of the non-missing rows per bin${column ? ` \u2014 ${methodText(column)} ${driftScoreText(column)}, ${column.drifted ? "drifted" : "not drifted"}` : ""}.`
  );
}
function driftHtml(model) {
  const drift = model.evaluation?.drift;
  if (!drift) return void 0;
  const f = drift.features;
  const out = [
    `<h3>Drift</h3>`,
    `<p>${code(drift.current.dataset)} (${drift.current.rows} rows) against ${code(drift.reference.dataset)} (${drift.reference.rows} rows)${drift.source === "profile" ? ", from profiles" : ""}: <strong>${f.drifted} of ${f.columns.length} features drifted</strong> (${pct(f.share)})${f.untested > 0 ? ` \u2014 ${f.untested} not tested, counted as not drifted${f.undecided ? ` ${flag("warn", "could have tipped the decision")}` : ""}` : ""}; the dataset counts as drifted at \u2265 ${pct(f.driftShare)}${f.datasetDrifted ? ` ${flag("fail", "dataset drifted")}` : ""}. Correction: ${escapeHtml(f.correction)}; ${escapeHtml(thresholdModeText(f))}.</p>`
  ];
  const read = currentReadText(drift.current);
  if (read !== void 0) out.push(`<p>Current data: ${escapeHtml(read)}.</p>`);
  const histograms = drift.histogram ? [drift.histogram] : [];
  const byColumn = new Map(f.columns.map((c) => [c.column, c]));
  for (const h of histograms) out.push(histogramFigure(h, byColumn.get(h.column)));
  out.push(
    table(
      ["Feature", "Type", "Method", "Statistic", "p (adjusted) / distance", "Threshold \xB7 false alarms", "Drifted", "Missing (ref \u2192 cur)"],
      orderedColumns(f.columns).map((c) => {
        const { reference, current, changed } = c.missing;
        return [
          html(code(c.column)),
          c.kind,
          methodText(c),
          c.evaluated ? n(num2(c.statistic)) : statisticText(c),
          n(driftScoreText(c)),
          n(thresholdText(c)),
          html(c.drifted ? flag("fail", "yes") : c.evaluated ? "no" : flag("warn", "not tested")),
          html(`${escapeHtml(`${pct(reference.share)} \u2192 ${pct(current.share)}`)}${changed ? ` ${flag("warn", "changed")}` : ""}`)
        ];
      }),
      { caption: "Features, drifted first" }
    )
  );
  if (drift.prediction) {
    const p = drift.prediction;
    out.push(`<p><strong>Prediction drift</strong> (${escapeHtml(p.output)}): ${escapeHtml(methodText(p))} ${p.evaluated ? escapeHtml(`statistic ${num2(p.statistic)}, ${driftScoreText(p)}, threshold ${thresholdText(p)}`) : escapeHtml(`not tested: ${p.error ?? ""}`)} \u2014 ${p.drifted ? flag("fail", "drifted") : p.evaluated ? "no drift" : "not tested"}.</p>`);
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    const verdict2 = d.drifted ? `${flag("fail", "drifted")} the samples can be told apart` : "no drift";
    out.push(`<p><strong>Domain classifier:</strong> cross-validated ROC AUC ${escapeHtml(num2(d.auc))}, drift above ${escapeHtml(num2(d.threshold))} (${escapeHtml(domainThresholdSource(d))}; false-alarm rate ${escapeHtml(num2(d.falseAlarmRate * 100))}%, permutation p = ${escapeHtml(num2(d.pValue))}) \u2014 ${verdict2}. ${escapeHtml(d.model)}; ${d.rows.reference.used} reference and ${d.rows.current.used} current rows.</p>`);
    out.push(table(["Top feature", "AUC drop when shuffled", "Coefficient norm"], d.topFeatures.map((t) => [html(code(t.column)), n(num2(t.aucDrop)), n(num2(t.coefficientNorm))])));
  }
  if (drift.performance) {
    const p = drift.performance;
    out.push(
      table(
        ["Metric", "Estimate", "Band (\xB1 3 SE)", ...p.labelled ? ["Realised"] : [], "Reference", "Alert below", "Dropped"],
        p.metrics.map((m) => [m.metric, n(num2(m.estimate)), n(m.lower === null ? "\u2014" : `${num2(m.lower)}\u2013${num2(m.upper)}`), ...p.labelled ? [n(num2(m.realised))] : [], n(num2(m.reference)), n(num2(m.thresholds.lower)), html(m.dropped ? flag("fail", "yes") : "no")]),
        { caption: `Estimated performance (CBPE on ${p.rows} rows, threshold ${num2(p.threshold)}, ${p.calibration.calibrated ? "isotonic-calibrated scores" : "scores not calibrated"}: ${p.calibration.reason})` }
      )
    );
  }
  if (drift.skipped.length > 0) out.push(`<ul>${drift.skipped.map((s) => `<li>${badge("skipped")} ${escapeHtml(s.part)}: ${escapeHtml(s.reason)}</li>`).join("")}</ul>`);
  for (const note of drift.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join("\n");
}

// src/core/report/section.ts
function defineSection(section) {
  return section;
}

// src/core/approvals/section.ts
var approvalsSection = defineSection({
  id: "approvals",
  title: "Approvals",
  order: 70,
  gate: { needs: "reviews", decide: (input) => ({ gate: approvalsGate(input) }) }
});

// src/core/schema/builders.ts
function object(description, properties, required, extra) {
  return { type: "object", description, additionalProperties: false, ...required && required.length > 0 ? { required } : {}, properties, ...extra };
}
var string = (description, extra) => ({ type: "string", description, ...extra });
var number = (description, extra) => ({ type: "number", description, ...extra });
var integer = (description, extra) => ({ type: "integer", description, ...extra });
var boolean = (description) => ({ type: "boolean", description });
var ref = (name, description) => ({ $ref: `#/$defs/${name}`, description });
var choice = (values, description) => ({ enum: [...values], description });
var level = (description) => number(description, { exclusiveMinimum: 0, exclusiveMaximum: 1 });
var bound = (description) => ref("bound", description);
var metricBounds = (description, names) => object(
  description,
  Object.fromEntries(names.map((m) => [m.id, bound(`Bounds on ${m.id}: ${m.description}.`)]))
);
var str2 = (description) => str(description);
var int2 = (description, minimum = 0) => int(description, minimum);
var num3 = (description) => num(description);
var nullableNumber2 = (description) => nullableNumber(description);
var obj2 = (description, properties, required) => obj(description, properties, required);
var array2 = (description, items) => array(description, items);

// src/core/promotion/render.ts
function promotionText(promotion) {
  const pushed = promotion.pushedTo ? ` (pushed to ${promotion.pushedTo})` : "";
  if (promotion.status === "blocked") return `blocked \u2014 ${promotion.reason ?? "validation or a blocking gate failed"}`;
  const created = promotion.tags.filter((t) => t.created).map((t) => t.tag);
  const kept = promotion.tags.filter((t) => !t.created).map((t) => t.tag);
  if (promotion.status === "up-to-date") return `up to date \u2014 ${kept.join(", ")} already say so${pushed}`;
  return `promoted \u2014 created ${created.join(", ")}${kept.length > 0 ? `; kept ${kept.join(", ")}` : ""}${pushed}`;
}
function promotionStatusText(model) {
  const lines = [];
  if (model.enforcement) lines.push(`  ${enforcementText(model.enforcement)}`);
  if (model.promotion) lines.push(`  promotion: ${promotionText(model.promotion)}`);
  return lines;
}
function promotionStatusMarkdown(model) {
  const out = [];
  if (model.enforcement) out.push(`**Policy:** ${enforcementText(model.enforcement)}.`, "");
  if (model.promotion) out.push(`**Promotion:** ${promotionText(model.promotion)}`, "");
  return out;
}
function promotionStatusHtml(model) {
  const out = [];
  if (model.enforcement) out.push(`<p><strong>Policy:</strong> ${escapeHtml(enforcementText(model.enforcement))}.</p>`);
  if (model.promotion) out.push(`<p><strong>Promotion:</strong> ${escapeHtml(promotionText(model.promotion))}</p>`);
  return out.length > 0 ? out.join("\n") : void 0;
}

// src/core/promotion/section.ts
var WAIVER_USE = {
  check: str2("The check waived: approvals, soak, gate.<gate>, checklist.<item id> or audit.<finding code>."),
  model: str2("The model."),
  version: str2("The version it applies to."),
  commit: str2("audit waivers: the commit whose finding it resolves."),
  tag: str2("audit waivers: the tag whose finding it resolves."),
  reason: str2("Why the exception was accepted."),
  approvedBy: array2("Who approved it.", str2("A user or team.")),
  expires: str2("Last day (YYYY-MM-DD) or instant it applies."),
  file: str2("File it is written in."),
  line: int2("1-based line of the waiver in the file.", 1)
};
var WAIVER_USE_REQUIRED = ["check", "model", "reason", "approvedBy", "expires"];
var promotionSection = defineSection({
  id: "promotion",
  title: "Promotion",
  order: 80,
  reportSchema: {
    model: {
      promotion: { $ref: "#/$defs/promotion", description: "What modelops promote did for the model." },
      enforcement: { $ref: "#/$defs/enforcement", description: "How the policy of the stage the model enters was enforced here (gate, promote): each requirement met, waived, unmet or not checked here; embedded in the tag evidence." }
    },
    defs: {
      promotion: obj2(
        "What modelops promote did for one model.",
        {
          status: { enum: ["promoted", "up-to-date", "blocked"], description: "promoted: tags written; up-to-date: the registry already said so; blocked: validation or a blocking gate failed, nothing written." },
          reason: str2("Why nothing was promoted (blocked)."),
          commit: str2("The promoted commit (the push's after)."),
          tags: array2(
            "The tags that register the version and assign the stage, created now or found.",
            obj2(
              "One tag.",
              {
                tag: str2("Tag name in GTO format."),
                action: { enum: ["register", "assign", "unassign", "deprecate"], description: "register: <name>@v<version>; assign: <name>#<stage>#<n>; unassign: <name>#<stage>!#<n> (GTO's, written when a model moves down from that stage); deprecate: <name>@deprecated#<n> (GTO's, written when a model is archived)." },
                commit: str2("Commit the tag points at."),
                created: { type: "boolean", description: "Whether this run created it." },
                signed: { type: "boolean", description: "Whether the tag is signed." }
              },
              ["tag", "action", "commit", "created", "signed"]
            )
          ),
          pushedTo: str2("Remote the tags were pushed to.")
        },
        ["status", "commit", "tags"]
      ),
      waiverUse: obj2("A waiver as written in the policy (modelops.yaml waivers).", WAIVER_USE, WAIVER_USE_REQUIRED),
      enforcement: obj2(
        "How the policy of the stage a model enters was enforced where the report was made.",
        {
          stage: str2("The stage whose policy was enforced."),
          context: { enum: ["promotion", "pull-request", "command-line"], description: "promotion: promote, when tagging; pull-request: the Action on a pull request; command-line: the CLI gate, where approvals cannot be read." },
          requirements: array2(
            "Each requirement of the stage.",
            obj2(
              "One requirement.",
              {
                check: str2("approvals, soak, checklist or gate.<gate>."),
                status: { enum: ["met", "waived", "unmet", "not-checked", "not-required"], description: "met; waived (a waiver in force let it pass); unmet; not-checked (it cannot be evaluated in this context, see detail); not-required." },
                detail: str2("How it was met, or why not."),
                approvals: array2(
                  "Each approving reviewer.",
                  obj2(
                    "One approver.",
                    {
                      login: str2("GitHub login."),
                      source: { enum: ["verified", "asserted"], description: "verified: read from the pull request's reviews on GitHub (as they stood at merge, for promote); asserted: given with --approver on the command line." },
                      counted: { type: "boolean", description: "Whether the approval counted towards approvals.count." },
                      membership: { enum: ["not-required", "listed-user", "team-member", "unverified", "not-allowed"], description: "How the approver matched approvals.from." },
                      detail: str2("The from entry matched, or why it did not count.")
                    },
                    ["login", "source", "counted", "membership"]
                  )
                ),
                waiver: { $ref: "#/$defs/waiverUse", description: "The waiver that let it pass." }
              },
              ["check", "status", "detail"]
            )
          ),
          waivers: array2("Waivers used.", { $ref: "#/$defs/waiverUse", description: "One waiver." })
        },
        ["stage", "context", "requirements", "waivers"]
      )
    }
  },
  text: { status: promotionStatusText },
  markdown: { status: promotionStatusMarkdown },
  html: { status: promotionStatusHtml }
});

// src/core/audit/render.ts
function eventTitle(event) {
  const version = event.version ?? "(unknown version)";
  switch (event.action) {
    case "register":
      return `register ${version}`;
    case "deregister":
      return `deregister ${version}`;
    case "assign":
      return `${event.stage} \u2190 ${version}`;
    case "unassign":
      return `${event.stage} \u2715 ${version}`;
    default:
      return event.action;
  }
}
function pullRequestText(event) {
  const pr = event.pullRequest;
  if (!pr) return "";
  const approvers = pr.approvers.length > 0 ? `approved by ${pr.approvers.map((a) => `@${a}`).join(", ")}` : "no approvals recorded";
  return `PR #${pr.number}${pr.author ? ` by @${pr.author}` : ""}, ${approvers}`;
}
function stagesText(audit) {
  if (audit.stages.length === 0) return "no stage assigned";
  return audit.stages.map((s) => `${s.stage} ${s.version ?? "(unknown version)"} (${s.tag}, since ${timeText(s.since)})`).join("; ");
}
function artifactStatusText(version) {
  const a = version.artifact;
  if (!a) return "artifact not checked";
  if (a.status === "match") return "artifact sha256 matches";
  if (a.status === "missing") return `artifact ${a.path} missing at the tag`;
  return `artifact hashes to ${a.actual.slice(0, 12)}\u2026, recorded ${a.recorded.slice(0, 12)}\u2026`;
}
function monitoringLine(model) {
  const m = model.audit?.monitoring;
  if (!m) return void 0;
  if (m.problem) return `monitoring: the log could not be read (${m.problem})`;
  const line = monitoringAtText(m.seen, "then");
  return m.note ? `${line} (monitoring log ${m.note})` : line;
}
function auditText(model, { paint }) {
  const audit = model.audit;
  if (!audit) return [];
  const lines = [`  stages: ${stagesText(audit)}`];
  if (audit.events.length > 0) lines.push("  history:");
  for (const e of audit.events) {
    const extra = [e.tagger ?? "no tagger", pullRequestText(e), e.verdict ? `gates ${e.verdict}` : `evidence ${e.evidence}`, e.signature, e.seal === "broken" ? "seal broken" : ""].filter((x) => x !== "");
    lines.push(`    ${timeText(e.time).padEnd(16)}  ${eventTitle(e).padEnd(26)} ${paint("gray", e.tag)}  ${extra.join(" \xB7 ")}`);
  }
  for (const v of audit.versions) lines.push(`  ${v.version}: ${artifactStatusText(v)} (${v.tag})`);
  const seen = monitoringLine(model);
  if (seen) lines.push(`  ${seen}`);
  for (const w of audit.waivers ?? []) lines.push(`  waiver ${w.status}: ${w.check}${w.version ? ` of ${w.version}` : ""}${w.commit ? ` at ${w.commit.slice(0, 12)}` : ""}${w.tag ? ` at ${w.tag}` : ""} (${w.file ?? "modelops.yaml"}${w.line ? `:${w.line}` : ""}), approved by ${w.approvedBy.join(", ")} until ${w.expires}: ${w.reason}`);
  return lines;
}
var SIGNATURE_TEXT = { unsigned: "unsigned", good: "\u{1F50F} good", bad: "\u274C bad", unverified: "\u26A0\uFE0F unverified" };
function auditMarkdown(model) {
  const audit = model.audit;
  if (!audit) return [];
  const out = [];
  if (audit.stages.length > 0) {
    out.push(markdownTable2([["Stage", "Version", "Tag", "Since (UTC)"], ...audit.stages.map((s) => [s.stage, s.version ?? "?", `\`${cell(s.tag)}\``, timeText(s.since)])]), "");
  } else out.push("_No stage assigned at that time._", "");
  const seen = monitoringLine(model);
  if (seen) out.push(`**Monitoring** ${seen.replace(/^monitoring: /, "")}.`, "");
  if (audit.events.length > 0) {
    out.push(
      markdownTable2([
        ["Time (UTC)", "Event", "Tag", "Tagger", "Pull request", "Gates", "Signature"],
        ...audit.events.map((e) => [
          timeText(e.time),
          cell(eventTitle(e)),
          `\`${cell(e.tag)}\``,
          cell(e.tagger ?? ""),
          cell(pullRequestText(e)),
          e.verdict ? `${VERDICT_ICON[e.verdict]} ${e.verdict}` : `evidence ${e.evidence}`,
          SIGNATURE_TEXT[e.signature]
        ])
      ]),
      ""
    );
  }
  if (audit.versions.length > 0) {
    out.push(markdownTable2([["Version", "Tag", "Artifact"], ...audit.versions.map((v) => [v.version, `\`${cell(v.tag)}\``, `${v.artifact?.status === "match" ? "\u2705" : "\u274C"} ${cell(artifactStatusText(v))}`])]), "");
  }
  return out;
}
function auditHtml(model) {
  const audit = model.audit;
  if (!audit) return void 0;
  return [
    "<h3>Stages</h3>",
    audit.stages.length > 0 ? table(["Stage", "Version", "Tag", "Since (UTC)"], audit.stages.map((s) => [s.stage, s.version ?? "?", html(code(s.tag)), timeText(s.since)])) : '<p class="muted">No stage assigned at that time.</p>',
    ...monitoringLine(model) ? [`<p><strong>Monitoring</strong> ${escapeHtml(monitoringLine(model).replace(/^monitoring: /, ""))}.</p>`] : [],
    "<h3>History</h3>",
    table(
      ["Time (UTC)", "Event", "Tag", "Commit", "Tagger", "Pull request", "Gates", "Signature"],
      audit.events.map((ev) => [
        timeText(ev.time),
        eventTitle(ev),
        html(code(ev.tag)),
        html(code(ev.commit.slice(0, 12))),
        ev.tagger ?? "",
        html(escapeHtml(pullRequestText(ev)) + (ev.workflowRun ? ` \xB7 <a href="${escapeHtml(ev.workflowRun)}">run</a>` : "")),
        html(ev.verdict ? badge(ev.verdict) + (ev.gates ? ` <span class="muted">${escapeHtml(ev.gates.map((g) => `${g.gate} ${g.verdict}`).join(", "))}</span>` : "") : escapeHtml(`evidence ${ev.evidence}`)),
        ev.signature + (ev.signatureDetail ? ` \u2014 ${ev.signatureDetail}` : "")
      ]),
      { wide: true }
    ),
    "<h3>Registered versions</h3>",
    table(["Version", "Tag", "Registered (UTC)", "Artifact"], audit.versions.map((v) => [v.version, html(code(v.tag)), timeText(v.time), artifactStatusText(v)]))
  ].join("\n");
}

// src/core/audit/section.ts
var verdict = { enum: [...VERDICTS], description: "pass, warn, fail, skipped or error." };
var auditSection = defineSection({
  id: "audit",
  title: "Audit trail",
  order: 100,
  reportSchema: {
    model: { audit: { $ref: "#/$defs/modelAudit", description: "The audit trail of the model (modelops audit)." } },
    defs: {
      pullRequest: obj2(
        "A pull request as the evidence records it.",
        {
          number: int2("Pull request number.", 1),
          author: str2("Login of its author."),
          approvers: array2("Logins of the reviewers who approved it.", str2("A login.")),
          url: str2("Its URL.")
        },
        ["number", "approvers"]
      ),
      modelAudit: obj2(
        "The audit trail of one model.",
        {
          events: array2(
            "Every registration and stage change, oldest first.",
            obj2(
              "One registry event, read from a tag and its evidence.",
              {
                tag: str2("Tag name."),
                action: { enum: ["register", "deregister", "assign", "unassign", "deprecate", "create"], description: "What the tag does, in GTO terms." },
                version: str2("Version concerned (from the tag name, the evidence, or the registration at the same commit)."),
                stage: str2("Stage assigned or unassigned."),
                commit: str2("Commit the tag points at."),
                time: { type: "string", format: "date-time", description: "Tagger date; absent for lightweight tags." },
                tagger: str2("Tagger as Name <email>."),
                evidence: { enum: ["present", "missing", "invalid"], description: "Whether the message carries modelops evidence." },
                mergeCommit: str2("The promoted commit, from the evidence."),
                pullRequest: { $ref: "#/$defs/pullRequest", description: "The pull request, from the evidence." },
                workflowRun: str2("URL of the workflow run, from the evidence."),
                verdict: { ...verdict, description: "Verdict of the gate report in the evidence." },
                gates: array2("Gate verdicts in the evidence.", obj2("One gate.", { gate: str2("Gate id."), verdict }, ["gate", "verdict"])),
                signature: { enum: ["unsigned", "good", "bad", "unverified"], description: "What git verify-tag says of the signature." },
                signatureDetail: str2("What git verify-tag printed, when signed."),
                seal: { enum: ["intact", "broken", "absent"], description: "The evidence's seal recomputed from the tag message: intact, broken (edited after it was written), or absent (written before evidence was sealed)." }
              },
              ["tag", "action", "commit", "evidence", "signature"]
            )
          ),
          versions: array2(
            "Registered versions.",
            obj2(
              "A registered version and its artifact re-hashed at the tag.",
              {
                version: str2("Version."),
                tag: str2("Registration tag."),
                commit: str2("Commit of the registration."),
                time: { type: "string", format: "date-time", description: "When it was registered." },
                artifact: obj2(
                  "The artifact at the registration.",
                  {
                    path: str2("Artifact path."),
                    recorded: str2("sha256 recorded by the evidence (else by the manifest at the tag)."),
                    actual: str2("sha256 of the file at the tag."),
                    status: { enum: ["match", "mismatch", "missing"], description: "Whether the file still hashes to the recorded sha256." }
                  },
                  ["path", "recorded", "status"]
                )
              },
              ["version", "tag", "commit"]
            )
          ),
          stages: array2(
            "Stages held at the audit instant (GTO: a stage holds the version of its latest assignment).",
            obj2(
              "One stage.",
              { stage: str2("Stage."), version: str2("Version holding it."), tag: str2("The assignment tag."), since: { type: "string", format: "date-time", description: "When it was assigned." } },
              ["stage", "tag"]
            )
          ),
          waivers: array2(
            "The model's waivers in the policy at the audited commit.",
            obj2(
              "One waiver and its status.",
              { ...WAIVER_USE, status: { enum: ["in-force", "expired", "unknown-model", "invalid"], description: "in-force: it applies now; expired: past its expires; unknown-model, invalid: it waives nothing (a finding says why)." } },
              [...WAIVER_USE_REQUIRED, "status"]
            )
          ),
          monitoring: obj2(
            "What the monitoring log (branch modelops/monitoring) had for the model at the audit instant.",
            {
              records: { type: "integer", minimum: 0, description: "Records of the model in the log." },
              problem: str2("Why the log could not be read."),
              note: str2("Why the log was not fetched from the remote (offline, say): the local copy was read."),
              seen: obj2(
                "The chunk monitoring saw: the one containing the instant, else the latest before it, as logged by then.",
                {
                  chunk: str2("Chunk key."),
                  start: str2("First instant of the chunk (UTC)."),
                  end: str2("End of the chunk, exclusive (UTC)."),
                  covers: { type: "boolean", description: "The chunk contains the instant." },
                  rows: { type: "integer", minimum: 0, description: "Rows in the chunk." },
                  run: str2("The run that logged it."),
                  version: str2("The model version in production then."),
                  time: str2("When the run logged it (UTC)."),
                  loggedAfter: { type: "boolean", description: "No run had logged the chunk by the instant: the first record written after it." },
                  alerts: array2("Signals outside their band on the chunk.", str2("A signal id."))
                },
                ["chunk", "covers", "rows", "run", "version", "time", "loggedAfter", "alerts"]
              )
            },
            ["records"]
          )
        },
        ["events", "versions", "stages"]
      )
    }
  },
  text: { status: auditText },
  markdown: { history: auditMarkdown },
  html: { history: auditHtml }
});

// src/core/evaluation/metrics.ts
function computeMetrics(input, ids) {
  const definitions = ids ? ids.map((id) => metricById(id)).filter((d) => d !== void 0) : metricsForTask(input.task);
  const values = {};
  const problems = {};
  withSharedRanking(
    () => withSharedConfusion(() => withSharedProbabilitySums(() => {
      for (const definition of definitions) {
        try {
          values[definition.id] = definition.compute(input);
        } catch (error) {
          if (!(error instanceof MetricError)) throw error;
          values[definition.id] = null;
          problems[definition.id] = error.message;
        }
      }
    }))
  );
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
  const n2 = input.yTrue.length;
  if (input.task === "binary-classification") {
    const yTrue2 = new Uint8Array(n2);
    const yPred2 = new Uint8Array(n2);
    const score = input.score ? new Float64Array(n2) : void 0;
    return (indices) => {
      for (let i = 0; i < indices.length; i++) {
        const row = indices[i];
        yTrue2[i] = input.yTrue[row];
        yPred2[i] = input.yPred[row];
        if (score) score[i] = input.score[row];
      }
      return score ? { task: input.task, yTrue: yTrue2, yPred: yPred2, score } : { task: input.task, yTrue: yTrue2, yPred: yPred2 };
    };
  }
  if (input.task === "multiclass-classification") {
    const k = input.classCount;
    const yTrue2 = new Int32Array(n2);
    const yPred2 = new Int32Array(n2);
    const probabilities = input.probabilities ? new Float64Array(n2 * k) : void 0;
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
  const yTrue = new Float64Array(n2);
  const yPred = new Float64Array(n2);
  return (indices) => {
    for (let i = 0; i < indices.length; i++) {
      const row = indices[i];
      yTrue[i] = input.yTrue[row];
      yPred[i] = input.yPred[row];
    }
    return { task: input.task, yTrue, yPred };
  };
}

// src/core/stats/bootstrap.ts
var DEFAULT_RESAMPLES = 1e3;
var DEFAULT_LEVEL = 0.95;
var DEFAULT_SEED = 0;
function bootstrapCI(options) {
  const settings = resolve(options);
  const all = identityIndices(settings.n);
  return run(settings, options.statistic, options.statistic(all));
}
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
  const { n: n2, resamples = DEFAULT_RESAMPLES, level: level2 = DEFAULT_LEVEL, seed = DEFAULT_SEED, method = "percentile" } = options;
  if (!Number.isInteger(n2) || n2 < 1 || n2 > 4294967295) throw new RangeError(`n must be a positive integer number of rows; got ${n2}`);
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples must be a positive integer; got ${resamples}`);
  if (!(level2 > 0 && level2 < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${level2}`);
  if (method !== "percentile" && method !== "bca") throw new RangeError(`method must be 'percentile' or 'bca'; got ${String(method)}`);
  return { n: n2, resamples, level: level2, seed, method };
}
function run(settings, statistic, estimate) {
  const { n: n2, resamples, level: level2, seed } = settings;
  const rng = createRng(seed);
  const indices = new Uint32Array(n2);
  const replicates = new Float64Array(resamples);
  let used = 0;
  for (let r = 0; r < resamples; r++) {
    const value = statistic(sampleIndices(n2, rng, indices));
    if (!Number.isNaN(value)) replicates[used++] = value;
  }
  const sorted = Array.from(replicates.subarray(0, used).sort());
  const base = { estimate, level: level2, resamples, resamplesUsed: used, resamplesSkipped: resamples - used, seed };
  if (used === 0) {
    return { ...base, lower: Number.NaN, upper: Number.NaN, standardError: Number.NaN, method: settings.method };
  }
  const standardError = used > 1 ? sampleStandardDeviation(sorted) : Number.NaN;
  const tail = (1 - level2) / 2;
  const adjusted = settings.method === "bca" ? bcaProbabilities(sorted, estimate, tail, n2, statistic) : void 0;
  const [lowerP, upperP] = adjusted ?? [tail, 1 - tail];
  return {
    ...base,
    lower: quantileSorted(sorted, lowerP),
    upper: quantileSorted(sorted, upperP),
    standardError,
    method: adjusted ? "bca" : "percentile"
  };
}
function bcaProbabilities(sorted, estimate, tail, n2, statistic) {
  if (Number.isNaN(estimate)) return void 0;
  let below = 0;
  let equal = 0;
  for (const value of sorted) {
    if (value < estimate) below++;
    else if (value === estimate) equal++;
  }
  const bias = normalQuantile((below + equal / 2) / sorted.length);
  if (!Number.isFinite(bias)) return void 0;
  const acceleration = jackknifeAcceleration(n2, statistic);
  const adjust = (z) => {
    const shifted = bias + z;
    const denominator = 1 - acceleration * shifted;
    return denominator > 0 ? normalCdf(bias + shifted / denominator) : Number.NaN;
  };
  const lower = adjust(normalQuantile(tail));
  const upper = adjust(normalQuantile(1 - tail));
  if (!(lower >= 0 && upper <= 1 && lower <= upper)) return void 0;
  return [lower, upper];
}
function jackknifeAcceleration(n2, statistic) {
  if (n2 < 3) return 0;
  const indices = new Uint32Array(n2 - 1);
  for (let i = 0; i < n2 - 1; i++) indices[i] = i + 1;
  const values = new Float64Array(n2);
  let count = 0;
  let total = 0;
  for (let i = 0; i < n2; i++) {
    if (i > 0) indices[i - 1] = i - 1;
    const value = statistic(indices);
    if (!Number.isNaN(value)) {
      values[count++] = value;
      total += value;
    }
  }
  const mean = total / count;
  let squares = 0;
  let cubes = 0;
  for (let i = 0; i < count; i++) {
    const d = mean - values[i];
    squares += d * d;
    cubes += d * d * d;
  }
  return squares > 0 ? cubes / (6 * squares ** 1.5) : 0;
}
function identityIndices(n2) {
  const indices = new Uint32Array(n2);
  for (let i = 0; i < n2; i++) indices[i] = i;
  return indices;
}

// src/core/stats/delong.ts
function delongAucInterval(labels, scores, options = {}) {
  const level2 = checkLevel(options.level);
  const { positives, negatives } = countClasses(labels, 2, scores.length);
  const { auc, positivePlacements, negativePlacements } = placements(labels, scores, positives, negatives);
  const variance = sampleVariance2(positivePlacements) / positives + sampleVariance2(negativePlacements) / negatives;
  const standardError = Math.sqrt(variance);
  const half = normalQuantile((1 + level2) / 2) * standardError;
  return { auc, variance, standardError, ciLower: auc - half, ciUpper: auc + half, level: level2, positives, negatives };
}
function delongTest(labels, scoresA, scoresB, options = {}) {
  const level2 = checkLevel(options.level);
  if (scoresA.length !== scoresB.length) {
    throw new RangeError(`both models must be scored on the same rows; got ${scoresA.length} and ${scoresB.length} scores`);
  }
  const { positives, negatives } = countClasses(labels, 2, scoresA.length);
  const a = placements(labels, scoresA, positives, negatives);
  const b = placements(labels, scoresB, positives, negatives);
  const variance = sampleVariance2(subtract(a.positivePlacements, b.positivePlacements)) / positives + sampleVariance2(subtract(a.negativePlacements, b.negativePlacements)) / negatives;
  const difference = a.auc - b.auc;
  const standardError = Math.sqrt(variance);
  const z = standardError > 0 ? difference / standardError : difference === 0 ? 0 : Math.sign(difference) * Number.POSITIVE_INFINITY;
  const half = normalQuantile((1 + level2) / 2) * standardError;
  return {
    aucA: a.auc,
    aucB: b.auc,
    difference,
    variance,
    standardError,
    z,
    pValue: normalTwoSidedPValue(z),
    ciLower: difference - half,
    ciUpper: difference + half,
    level: level2,
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
    const label2 = labels[i];
    if (label2 === 1) positives++;
    else if (label2 !== 0) throw new RangeError(`label at row ${i} is ${label2}; DeLong's test needs binary labels 0 (negative) and 1 (positive)`);
  }
  const negatives = labels.length - positives;
  if (positives < minimum || negatives < minimum) {
    throw new RangeError(`DeLong's variance needs at least ${minimum} positive and ${minimum} negative rows; got ${positives} positive and ${negatives} negative`);
  }
  return { positives, negatives };
}
function checkLevel(level2 = 0.95) {
  if (!(level2 > 0 && level2 < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${level2}`);
  return level2;
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
function exactTwoSidedHalfBinomial(k, n2) {
  if (n2 > MAX_EXACT_TRIALS) {
    throw new RangeError(`the exact McNemar test supports at most ${MAX_EXACT_TRIALS} discordant rows; got ${n2}: use 'chi2-corrected'`);
  }
  if (2 * k >= n2) return 1;
  let coefficient = 1;
  let sum = 1;
  for (let i = 1; i <= k; i++) {
    coefficient = coefficient * (n2 - i + 1) / i;
    sum += coefficient;
  }
  return Math.min(1, sum * 2 ** (1 - n2));
}

// src/core/stats/wilson.ts
function wilsonInterval(x, n2, z) {
  if (!(n2 > 0)) return { lower: 0, upper: 1 };
  if (!(x >= 0 && x <= n2)) throw new RangeError(`successes must be in [0, ${n2}]; got ${x}`);
  const p = x / n2;
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n2 + z2);
  const half = z * Math.sqrt(n2 * p * (1 - p) + z2 / 4) / (n2 + z2);
  return { lower: x === 0 ? 0 : Math.max(0, centre - half), upper: x === n2 ? 1 : Math.min(1, centre + half) };
}

// src/core/stats/newcombe-paired.ts
function newcombePairedDifference(counts, z) {
  const { both: a, onlyFirst: b, onlySecond: c, neither: d } = counts;
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer count; got ${value}`);
  }
  const n2 = a + b + c + d;
  if (n2 === 0) return { lower: -1, upper: 1 };
  const first = a + b;
  const second = a + c;
  const p1 = first / n2;
  const p2 = second / n2;
  const w1 = wilsonInterval(first, n2, z);
  const w2 = wilsonInterval(second, n2, z);
  let phi = 0;
  if (first > 0 && first < n2 && second > 0 && second < n2) {
    const cross = a * d - b * c;
    const margins = Math.sqrt(first) * Math.sqrt(n2 - first) * Math.sqrt(second) * Math.sqrt(n2 - second);
    phi = cross > n2 / 2 ? (cross - n2 / 2) / margins : cross >= 0 ? 0 : cross / margins;
  }
  const estimate = p1 - p2;
  const below = Math.sqrt(Math.max(0, (p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2 - 2 * phi * (p1 - w1.lower) * (w2.upper - p2)));
  const above = Math.sqrt(Math.max(0, (p2 - w2.lower) ** 2 + (w1.upper - p1) ** 2 - 2 * phi * (p2 - w2.lower) * (w1.upper - p1)));
  return { lower: Math.max(-1, estimate - below), upper: Math.min(1, estimate + above) };
}

// src/core/champion/gate.ts
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
  const n2 = challenger.yTrue.length;
  const level2 = 1 - options.alpha;
  const resamples = resamplesFor(n2, options.resamples);
  const gatherChallenger = gatherer(challenger);
  const gatherChampion = gatherer(champion);
  const comparisons = [];
  const checks = [];
  for (const [index, id] of options.metrics.entries()) {
    const pointer = `/gates/champion/metrics/${index}`;
    const definition = metricById(id);
    const challengerValue = metricOrNaN(id, challenger);
    const championValue = metricOrNaN(id, champion);
    if (Number.isNaN(challengerValue) || Number.isNaN(championValue)) {
      comparisons.push({ metric: id, challenger: finiteOrNull(challengerValue), champion: finiteOrNull(championValue), delta: null });
      checks.push({ name: id, verdict: "error", value: finiteOrNull(challengerValue), champion: finiteOrNull(championValue), delta: null, message: `${id} has no value for one of the models on this data`, pointer });
      continue;
    }
    const delta = challengerValue - championValue;
    let ci;
    let pValue;
    let method;
    if (id === "roc_auc" && challenger.task === "binary-classification" && champion.task === "binary-classification" && challenger.score && champion.score) {
      const test2 = delongTest(challenger.yTrue, challenger.score, champion.score, { level: level2 });
      ci = { lower: test2.ciLower, upper: test2.ciUpper, level: level2 };
      pValue = test2.pValue;
      method = "delong";
    } else if (id === "accuracy" && challenger.task !== "regression" && champion.task !== "regression") {
      const paired = newcombePairedDifference(pairedCounts(correctness(challenger), correctness(champion)), normalQuantile((1 + level2) / 2));
      ci = { lower: paired.lower, upper: paired.upper, level: level2 };
      method = "newcombe-paired";
    } else {
      const interval3 = pairedBootstrap({
        n: n2,
        resamples,
        level: level2,
        seed: options.seed,
        statistic: (indices) => [metricOrNaN(id, gatherChallenger(indices)), metricOrNaN(id, gatherChampion(indices))]
      });
      ci = { lower: interval3.lower, upper: interval3.upper, level: level2 };
      method = `paired-bootstrap (${interval3.resamplesUsed} resamples, percentile)`;
    }
    const higherIsBetter = definition.direction === "higher-is-better";
    const regression = higherIsBetter ? ci.upper < -options.tolerance : ci.lower > options.tolerance;
    const comparison = { metric: id, challenger: challengerValue, champion: championValue, delta, ci, method, regression };
    if (pValue !== void 0) comparison.pValue = pValue;
    comparisons.push(comparison);
    const interval2 = `[${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}] at ${Math.round(level2 * 100)}%`;
    const side = higherIsBetter ? "drop" : "rise";
    checks.push({
      name: id,
      pointer,
      verdict: regression ? "fail" : "pass",
      value: challengerValue,
      champion: championValue,
      delta,
      message: regression ? `significantly worse than the champion: \u0394 ${formatNumber(delta)}, interval ${interval2} lies beyond the allowed ${side} of ${formatNumber(options.tolerance)}` : `\u0394 ${formatNumber(delta)}, interval ${interval2}: no significant ${side} beyond ${formatNumber(options.tolerance)}`
    });
  }
  if (challenger.task === "regression" || champion.task === "regression") return { comparisons, checks };
  const test = mcnemarFromCorrectness(correctness(challenger), correctness(champion));
  return { comparisons, checks, mcnemar: { onlyChallengerCorrect: test.b, onlyChampionCorrect: test.c, pValue: test.pValue, method: test.method } };
}
function pairedCounts(first, second) {
  const counts = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (let i = 0; i < first.length; i++) {
    if (first[i] && second[i]) counts.both++;
    else if (first[i]) counts.onlyFirst++;
    else if (second[i]) counts.onlySecond++;
    else counts.neither++;
  }
  return counts;
}
function finiteOrNull(value) {
  return Number.isFinite(value) ? value : null;
}

// src/core/champion/render.ts
function championText(model) {
  const c = model.evaluation?.champion;
  if (!c) return [];
  const lines = [`  champion ${c.version} (${c.source}): ${c.comparisons.map((m) => `${m.metric} \u0394 ${signed(m.delta)} ${intervalText(m)}`).join("; ")}`];
  if (c.mcnemar) lines.push(`    McNemar: ${c.mcnemar.onlyChallengerCorrect} rows only the challenger gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num2(c.mcnemar.pValue)}`);
  return lines;
}
function championMarkdown(model) {
  const c = model.evaluation?.champion;
  if (!c) return [];
  const out = [`**Against the champion** ${c.version} (\`${c.source}\`, ${c.commit.slice(0, 12)}):`, ""];
  out.push(
    markdownTable2([
      ["Metric", "Model", "Champion", "\u0394", "Interval of \u0394", "p", "Method", "Regression"],
      ...c.comparisons.map((m) => [m.metric, num2(m.challenger), num2(m.champion), signed(m.delta), intervalText(m), m.pValue === void 0 ? "" : num2(m.pValue), m.method ?? "", m.regression ? "\u274C yes" : "no"])
    ]),
    ""
  );
  if (c.mcnemar) out.push(`McNemar (${c.mcnemar.method}): ${c.mcnemar.onlyChallengerCorrect} rows only the model gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num2(c.mcnemar.pValue)}.`, "");
  return out;
}
function championHtml(model) {
  const champion = model.evaluation?.champion;
  if (!champion) return void 0;
  const level2 = champion.comparisons.find((c) => c.ci)?.ci?.level;
  const rows = champion.comparisons.map((c) => {
    const direction = metricById(c.metric)?.direction;
    const tolerance = champion.tolerance;
    const limit = tolerance === void 0 || direction === void 0 ? {} : direction === "higher-is-better" ? { limit: -tolerance, worseSide: "below" } : { limit: tolerance, worseSide: "above" };
    return {
      label: c.metric,
      estimate: c.delta,
      ...c.ci ? { lower: c.ci.lower, upper: c.ci.upper } : {},
      ...limit,
      flagged: c.regression === true,
      note: `\u0394 ${signed(c.delta)}${c.ci ? ` ${intervalText(c)}` : ""}${c.regression ? " regression" : ""}`
    };
  });
  const levelText = level2 === void 0 ? "" : ` with ${Math.round(level2 * 100)}% intervals`;
  const aria = `Forest plot of model minus champion ${champion.version} per metric${levelText}: ${champion.comparisons.map((c) => `${c.metric} ${signed(c.delta)} ${intervalText(c)}${c.regression ? " (regression)" : ""}`).join("; ")}${champion.tolerance === void 0 ? "" : `; tolerance ${num2(champion.tolerance)}`}.`;
  const out = [
    `<h3>Champion vs challenger</h3>`,
    `<p>Against the champion <strong>${escapeHtml(champion.version)}</strong> (${code(champion.source)}, commit ${code(champion.commit.slice(0, 12))}), on the same rows.</p>`
  ];
  if (rows.length > 0) {
    out.push(
      figure(
        forestPlot({ ariaLabel: aria, rows, format: (v) => signed(v) }),
        legend(keyOf(COLORS.model, `\u0394 = model \u2212 champion${levelText}`), keyOf(COLORS.regression, "regression"), ...champion.tolerance === void 0 ? [] : [keyOf(COLORS.regression, `tolerance ${num2(champion.tolerance)} (shaded: worse side)`, true)]),
        champion.tolerance === void 0 ? "A regression is a significant worsening by more than the tolerance; this report does not record the tolerance." : `A metric regresses when its whole interval lies past the dashed tolerance line on the worse side; an interval that straddles it is no evidence of a regression.`
      )
    );
  }
  out.push(
    table(
      ["Metric", "Model", "Champion", "\u0394", "Interval of \u0394", "p", "Method", "Regression"],
      champion.comparisons.map((c) => [c.metric, n(num2(c.challenger)), n(num2(c.champion)), n(signed(c.delta)), n(intervalText(c)), n(c.pValue === void 0 ? "" : num2(c.pValue)), c.method ?? "", html(c.regression ? flag("fail", "yes") : "no")])
    )
  );
  if (champion.mcnemar) {
    const m = champion.mcnemar;
    out.push(`<p>McNemar (${escapeHtml(m.method)}): ${m.onlyChallengerCorrect} rows only the model gets right, ${m.onlyChampionCorrect} only the champion; p = ${escapeHtml(num2(m.pValue))}.</p>`);
  }
  return out.join("\n");
}

// src/core/champion/section.ts
var DEFAULT_TOLERANCE = 0;
var DEFAULT_ALPHA = 0.05;
var CHAMPION_GATE_SCHEMA = object(
  "No significant regression against the version now in production.",
  {
    metrics: { type: "array", description: "Metric ids to compare.", minItems: 1, uniqueItems: true, items: string("A metric id.") },
    tolerance: number("Largest allowed drop in each metric (in the metric's units). Default 0.", { minimum: 0 }),
    alpha: level("Significance level of the comparison tests. Default 0.05.")
  },
  ["metrics"]
);
var championSection = defineSection({
  id: "champion",
  title: "Champion vs challenger",
  order: 30,
  gate: {
    needs: "champion",
    manifest: CHAMPION_GATE_SCHEMA,
    decide: (measured, { manifest, blocking, seed }) => {
      const settings = manifest.gates.champion;
      const tolerance = settings.tolerance ?? DEFAULT_TOLERANCE;
      const compared = compareWithChampion(measured.challenger, measured.champion, { metrics: settings.metrics, tolerance, alpha: settings.alpha ?? DEFAULT_ALPHA, seed });
      return {
        gate: gateResult("champion", compared.checks, blocking),
        evaluation: {
          champion: {
            version: measured.version,
            source: measured.source,
            commit: measured.commit,
            metrics: computeMetrics(measured.champion).values,
            comparisons: compared.comparisons,
            tolerance,
            ...compared.mcnemar ? { mcnemar: compared.mcnemar } : {}
          }
        }
      };
    }
  },
  reportSchema: {
    evaluation: {
      champion: obj2(
        "The model against the version in production, on the same rows.",
        {
          version: str2("Champion version."),
          source: str2("Stage tag or base ref the champion was found at."),
          commit: str2("Commit of the champion."),
          metrics: { type: "object", description: "Champion's metric values.", additionalProperties: nullableNumber2("Metric value.") },
          comparisons: array2("Per metric.", { $ref: "#/$defs/comparison" }),
          tolerance: num3("Largest allowed worsening, in each metric's units (gates.champion.tolerance)."),
          mcnemar: obj2(
            "McNemar's test on paired correctness.",
            {
              onlyChallengerCorrect: int2("Rows only the challenger gets right."),
              onlyChampionCorrect: int2("Rows only the champion gets right."),
              pValue: num3("Two-sided p-value."),
              method: str2("exact or chi2-corrected.")
            },
            ["onlyChallengerCorrect", "onlyChampionCorrect", "pValue", "method"]
          )
        },
        ["version", "source", "commit", "metrics", "comparisons"]
      )
    }
  },
  text: { details: championText },
  markdown: { evaluation: championMarkdown },
  html: { evaluation: championHtml }
});

// src/core/drift/chunks/schema.ts
var ISO_UTC = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$";
var str3 = (description, extra = {}) => ({ type: "string", description, ...extra });
var int3 = (description) => ({ type: "integer", minimum: 0, description });
var num4 = (description) => ({ type: "number", description });
var nullableNumber3 = (description) => ({ type: ["number", "null"], description });
var bool2 = (description) => ({ type: "boolean", description });
var instant = (description) => str3(description, { pattern: ISO_UTC });
var array3 = (description, items) => ({ type: "array", description, items });
var obj3 = (description, properties, required) => ({ type: "object", description, additionalProperties: false, required, properties });
var rule = {
  description: "How alert thresholds come from the reference chunks.",
  oneOf: [
    obj3("Student-t prediction interval: a stationary, normal signal alerts with probability alpha per chunk (the default).", { kind: { const: "calibrated", description: "The rule." }, alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1, description: "Per-chunk false-alert rate (default 0.01)." } }, ["kind"]),
    obj3("NannyML's StandardDeviationThreshold: mean \xB1 k \xB7 std (ddof 0).", { kind: { const: "std", description: "The rule." }, k: { type: "number", exclusiveMinimum: 0, description: "Multiplier of the std (default 3)." } }, ["kind"]),
    obj3("Quantiles of the reference chunks (numpy linear).", { kind: { const: "quantile", description: "The rule." }, lower: { type: "number", minimum: 0, maximum: 1, description: "Lower quantile (default 0.005)." }, upper: { type: "number", minimum: 0, maximum: 1, description: "Upper quantile (default 0.995)." } }, ["kind"])
  ]
};
var thresholds = obj3(
  "The alert band of a signal, from its values on the reference chunks.",
  {
    rule: { enum: ["calibrated", "std", "quantile"], description: "The rule that made the band." },
    side: { enum: ["both", "upper", "lower"], description: "Which way the signal alerts: drift statistics only upwards." },
    scale: { const: "log", description: "The band was computed on log(value) (drift statistics): mean and std are of the logarithms." },
    lower: nullableNumber3("Lower bound; null for none (side, or fewer than two reference chunks with a value)."),
    upper: nullableNumber3("Upper bound; null for none."),
    referenceChunks: int3("Reference chunks whose value entered the band."),
    mean: nullableNumber3("Mean of those values."),
    std: nullableNumber3("Their population std (ddof 0)."),
    multiplier: num4("calibrated and std: the multiplier of the std."),
    nominalRate: num4("calibrated and std: the per-chunk false-alert rate of the band for a stationary, normally distributed signal.")
  },
  ["rule", "side", "lower", "upper", "referenceChunks", "mean", "std"]
);
var perChunk = (description, items) => array3(`${description} One entry per chunk, in chunk order.`, items);
var signal = obj3(
  "One signal over the chunks.",
  {
    id: str3("Signal id, as the monitoring log keys results: drift.<feature>.statistic, prediction.drift.statistic, missing.<feature>, cbpe.<metric>, realised.<metric>, dle.<metric>.", { minLength: 1 }),
    kind: { enum: ["drift", "prediction-drift", "missing", "estimated", "realised"], description: "What the signal measures." },
    values: perChunk("The value; null where not computable (an empty chunk, a test that does not apply, no labels).", { type: ["number", "null"] }),
    thresholds,
    alerts: perChunk("The value is outside the band (never on an empty or insufficient chunk).", { type: "boolean" }),
    alertCount: int3("Chunks that alerted."),
    driftingSince: { type: ["string", "null"], description: "Key of the first chunk of the run of consecutive alerts still going at the last chunk with a value; null when that chunk is fine." },
    test: obj3(
      "Drift signals: the column's test and each chunk's own calibrated decision against the whole reference.",
      {
        method: str3("Test id (ks, chi2, z, psi, jensenshannon, wasserstein, hellinger)."),
        alpha: num4("The false-alarm rate of the per-chunk decision (or, threshold_mode fixed, the distance threshold)."),
        pValues: perChunk("The p-value (a distance: its permutation p-value).", { type: ["number", "null"] }),
        drifted: perChunk("The decision.", { type: ["boolean", "null"] })
      },
      ["method", "alpha", "pValues", "drifted"]
    ),
    labelledRows: perChunk("Realised signals: rows whose label arrived (alerts need min_rows of them).", { type: "integer", minimum: 0 })
  },
  ["id", "kind", "values", "thresholds", "alerts", "alertCount", "driftingSince"]
);
var chunk = obj3(
  "One chunk of current data.",
  {
    index: int3("Position in the series, from 0."),
    key: str3("Stable key: 2026-02-09 (day), 2026-W07 (ISO week), 2026-02 (month), rows:<first>-<last> (size and count chunks, positions inclusive).", { minLength: 1 }),
    start: instant("Period chunks: first instant (inclusive)."),
    end: instant("Period chunks: end (exclusive)."),
    rows: int3("Rows in the chunk."),
    first: instant("Earliest timestamp among its rows."),
    last: instant("Latest timestamp among its rows."),
    empty: bool2("No rows: a period inside the range without data."),
    insufficient: bool2("Fewer than min_rows rows: values shown, no alert.")
  },
  ["index", "key", "rows", "empty", "insufficient"]
);
var MONITORING_SERIES_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelops.dev/schemas/monitoring-series.schema.json",
  title: "modelops monitoring series",
  description: "Per-chunk monitoring signals of one model over current data, with alert thresholds from the reference chunks (src/core/drift/chunks/series.ts).",
  type: "object",
  additionalProperties: false,
  required: ["chunking", "reference", "thresholdRule", "chunks", "signals", "notOffered"],
  properties: {
    chunking: obj3(
      "How the current rows were cut.",
      {
        by: { enum: ["period", "size", "count"], description: "By period of the timestamp column, by rows per chunk, or into a number of chunks." },
        period: { enum: ["day", "week", "month"], description: "Period chunks: the period (weeks are ISO weeks, Monday first)." },
        timeZone: str3("Period chunks: the IANA zone of the period boundaries."),
        size: { type: "integer", minimum: 1, description: "Size chunks: rows per chunk." },
        count: { type: "integer", minimum: 1, description: "Count chunks: the number of chunks." },
        minRows: int3("Chunks with fewer rows are insufficient."),
        rows: int3("Rows given."),
        invalidTimestamps: obj3("Rows whose timestamp is missing or invalid: in no chunk.", { count: int3("How many."), rows: array3("The first positions.", { type: "integer", minimum: 0 }) }, ["count", "rows"])
      },
      ["by", "minRows", "rows", "invalidTimestamps"]
    ),
    reference: obj3("The reference chunks behind the thresholds.", { rows: int3("Reference rows."), chunkRows: { type: ["integer", "null"], minimum: 1, description: "Rows per reference chunk (the median current chunk size); null without reference chunks." }, chunks: int3("Reference chunks (0: fewer than two fit, no thresholds).") }, ["rows", "chunkRows", "chunks"]),
    thresholdRule: rule,
    estimatedBand: { enum: ["estimated", "realised"], description: "With performance signals: the estimates' band comes from the same estimate on the reference chunks (estimated, the default: a stationary chunk alerts at the rule's rate) or from the realised metric there (realised, NannyML's)." },
    chunks: array3("The chunks, in order; empty periods included.", chunk),
    signals: array3("The signals.", signal),
    notOffered: array3("Signals not computed, with why.", obj3("A signal not computed.", { signal: str3("Which."), reason: str3("Why.") }, ["signal", "reason"])),
    labels: obj3(
      "Labels joined to current rows by id.",
      { given: int3("Label rows given."), matched: int3("Current rows that got a label."), unmatched: int3("Label ids no current row has."), duplicateIds: int3("Ids given more than once (the last value is used)."), rowsWithoutId: int3("Current rows without an id.") },
      ["given", "matched", "unmatched", "duplicateIds", "rowsWithoutId"]
    )
  }
};

// src/core/drift/schema.ts
function seriesBody(description) {
  const { $schema: _schema, $id: _id, title: _title, ...body } = MONITORING_SERIES_SCHEMA;
  return { ...body, description };
}
var source = { enum: ["column", "dataset", "default"], description: "Where it came from: the column override, the dataset-wide setting, or the default." };
var missingSide = obj("Missing values on one side.", { rows: int("Rows."), missing: int("Rows without a value (NULL, NaN, \xB1Infinity, empty text)."), share: num("missing / rows.") }, ["rows", "missing", "share"]);
var driftColumn = (description, extra = {}, required = []) => obj(
  description,
  {
    ...extra,
    column: str("Column name."),
    kind: { enum: ["numeric", "categorical"], description: "Column type." },
    method: str(`Test id: ${DRIFT_TEST_IDS.slice(0, -1).join(", ")} or ${DRIFT_TEST_IDS.at(-1)}.`),
    methodSource: source,
    scoreKind: { enum: ["p-value", "distance"], description: "p-value: drift when the (adjusted) p-value < threshold; distance: drift when the distance >= threshold." },
    statistic: num("Test statistic (KS D, chi-squared, z, or the distance)."),
    pValue: num("Raw p-value (p-value tests)."),
    adjustedPValue: num("p-value after the multiple-testing correction; equals pValue without one."),
    distance: num("The distance (distance tests)."),
    threshold: num("Threshold: with decidedBy p-value, the false-alarm rate alpha the (adjusted) p-value is compared with; with decidedBy distance (threshold_mode fixed), the distance at or above which the column drifts."),
    thresholdSource: source,
    thresholdMode: { enum: [...THRESHOLD_MODES], description: "calibrated (default): every column is decided by a p-value at a stated false-alarm rate, a distance by its permutation p-value at these sample sizes; fixed: Evidently's thresholds on the score." },
    decidedBy: { enum: ["p-value", "distance"], description: "What the threshold is compared with (tested columns)." },
    falseAlarmRate: num("Share of columns without drift that this threshold flags at these sample sizes: alpha for a p-value decision; a permutation estimate for a fixed distance threshold (falseAlarmRateEstimated)."),
    falseAlarmRateEstimated: bool("falseAlarmRate is a permutation estimate (a fixed distance threshold), not alpha itself."),
    criticalValue: num("Calibrated distances: the distance from which the column counts as drifted at these sizes (the 1 - alpha quantile of its permutation null)."),
    evaluated: bool("Whether the column was tested (values on both sides, a test that applies); false: not tested, with the reason in error."),
    drifted: bool("The decision for this column."),
    error: str("Why the column was not tested."),
    errorCode: { enum: ["not-applicable", "no-data", "invalid-input"], description: "not-applicable: the method cannot test this column (a forced method); no-data: a side has no value; invalid-input: unusable samples." },
    detail: {
      type: "object",
      description: 'Test facts: pValueMethod (exact or asymptotic), binning and bins, approximation ("binned" when computed from profiles).',
      additionalProperties: { type: ["string", "number", "boolean"], description: "A fact." }
    },
    missing: obj(
      "Missing values, reference against current, as their own signal.",
      {
        reference: missingSide,
        current: missingSide,
        pValue: nullableNumber("Two-proportion z-test of the missing shares; null when neither side has a missing value."),
        changed: bool("The share changed: p < 0.05 and the shares differ by at least one percentage point.")
      },
      ["reference", "current", "pValue", "changed"]
    )
  },
  ["column", "kind", "method", "methodSource", "threshold", "thresholdSource", "thresholdMode", "evaluated", "drifted", "missing", ...required]
);
var dataset = (description) => obj(description, { dataset: str("Data file or profile, relative to the repository root (or as given)."), rows: int("Rows.") }, ["dataset", "rows"]);
var band = obj("Inclusive band.", { min: num("Lower end."), max: num("Upper end.") }, ["min", "max"]);
var sideRows = obj("Rows of one side.", { total: int("Rows in the data."), used: int("Rows used (after subsampling).") }, ["total", "used"]);
var DRIFT_REPORT_DEFS = {
  drift: obj(
    "Drift of the data (evaluation data in gate, current data in drift) against the reference (src/core/drift/analysis.ts).",
    {
      reference: dataset("The reference data."),
      current: obj(
        "The data compared with it, and (drift) what was read: production data is a source, not a pinned file.",
        {
          dataset: str("Data file, glob, query or profile, relative to the repository root (or as given)."),
          rows: int("Rows."),
          sources: array(
            "What was read: each file (a path, or every match of a glob) with its rows, size and sha256, or the query run with its engine and a digest of its result.",
            {
              anyOf: [
                obj("A file read.", { file: str("The file, relative to the repository root ($GITHUB_WORKSPACE/\u2026 for the workspace; as given when absolute)."), rows: int("Data rows read."), bytes: int("File size in bytes."), sha256: str("SHA-256 of the file as read.") }, ["file", "rows", "bytes", "sha256"]),
                obj("A query run.", { query: str("The SQL, as the manifest gives it."), engine: str("The engine and its version, e.g. DuckDB v1.4.2 (@duckdb/node-api 1.5.6-r.1)."), rows: int("Rows of the result."), sha256: str("SHA-256 of the result (column names and types, then each row as JSON).") }, ["query", "engine", "rows", "sha256"])
              ],
              description: "One input."
            }
          ),
          timestamp: obj("The timestamp column and the span of its values.", { column: str("monitoring.current.timestamp."), first: str("Earliest parseable value, ISO 8601."), last: str("Latest parseable value, ISO 8601.") }, ["column"])
        },
        ["dataset", "rows"]
      ),
      source: { enum: ["data", "profile"], description: "data: computed from rows; profile: from two profiles, where KS and Wasserstein are binned approximations." },
      features: obj(
        "Per-feature tests and the dataset decision.",
        {
          columns: array("One entry per feature.", { $ref: "#/$defs/driftColumn" }),
          evaluated: int("Columns tested."),
          untested: int("Columns that could not be tested; counted in the share as not drifted."),
          drifted: int("Columns that drifted."),
          share: num("drifted / all columns."),
          driftShare: num("Share at or above which the dataset counts as drifted (gates.drift.drift_share, default 0.5)."),
          datasetDrifted: bool("share >= driftShare."),
          undecided: bool("Not drifted, but the untested columns could have reached driftShare."),
          thresholdMode: { enum: [...THRESHOLD_MODES], description: "gates.drift.threshold_mode that applied." },
          correction: { enum: [...CORRECTIONS], description: "Multiple-testing correction over the p-value tests." },
          pValueTests: int("Columns in the corrected family.")
        },
        ["columns", "evaluated", "untested", "drifted", "share", "driftShare", "datasetDrifted", "undecided", "thresholdMode", "correction", "pValueTests"]
      ),
      prediction: { $ref: "#/$defs/driftPrediction", description: "The same test on the model's outputs, reference against current." },
      domainClassifier: obj(
        "A classifier trained to tell current from reference rows.",
        {
          auc: num("Cross-validated ROC AUC (pooled out-of-fold scores)."),
          foldAucs: array("AUC of each fold.", num("An AUC.")),
          threshold: num("Drift is an AUC above this: the permutation threshold at these sizes, or the fixed gates.drift.domain_classifier.auc_band max."),
          thresholdSource: { enum: ["permutation", "fixed"], description: "Where the threshold comes from." },
          falseAlarmRate: num("Share of no-drift samples of these sizes that alarm at the threshold: exact for the permutation threshold, estimated from the permutations for a fixed one."),
          pValue: num("Permutation p-value of the AUC, (1 + k) / (B + 1)."),
          permutations: int("Label permutations run (B)."),
          drifted: bool("The AUC is above the threshold."),
          topFeatures: array(
            "The most discriminating columns, at most five.",
            obj("One column.", { column: str("Column."), aucDrop: num("Drop in AUC when the column is shuffled."), coefficientNorm: num("L2 norm of its standardised coefficients.") }, ["column", "aucDrop", "coefficientNorm"])
          ),
          rows: obj("Rows used per side.", { reference: sideRows, current: sideRows }, ["reference", "current"]),
          skippedColumns: array("Columns that carry no information, and why.", obj("One column.", { column: str("Column."), reason: str("Why.") }, ["column", "reason"])),
          model: str("The classifier and its cross-validation.")
        },
        ["auc", "foldAucs", "threshold", "thresholdSource", "falseAlarmRate", "pValue", "permutations", "drifted", "topFeatures", "rows", "skippedColumns", "model"]
      ),
      performance: obj(
        "Confidence-based performance estimation (NannyML's CBPE) on the compared data, for binary classifiers.",
        {
          method: { const: "cbpe", description: "Estimation method." },
          rows: int("Rows estimated on."),
          threshold: num("Decision threshold."),
          calibration: obj("Whether the scores were calibrated (isotonic, fitted on the reference).", { calibrated: bool("Calibrated."), reason: str("Why (lowers-ece, does-not-lower-ece, ...).") }, ["calibrated", "reason"]),
          labelled: bool("Whether the compared data has labels (realised values present)."),
          metrics: array(
            "One entry per metric: accuracy, precision, recall, f1, roc_auc.",
            obj(
              "One estimated metric.",
              {
                metric: str("Metric id."),
                estimate: nullableNumber("Estimated value; null when undefined."),
                standardError: nullableNumber("Sampling standard error (NannyML)."),
                lower: nullableNumber("estimate - 3 standard errors, at least 0."),
                upper: nullableNumber("estimate + 3 standard errors, at most 1."),
                realised: nullableNumber("Realised value, when the data has labels."),
                reference: nullableNumber("Realised value on the reference."),
                thresholds: obj("Alert thresholds from the reference in 10 chunks (mean \xB1 3 std).", { lower: nullableNumber("Lower threshold."), upper: nullableNumber("Upper threshold.") }, ["lower", "upper"]),
                dropped: bool("The estimate is below the lower alert threshold.")
              },
              ["metric", "estimate", "standardError", "lower", "upper", "realised", "reference", "thresholds", "dropped"]
            )
          )
        },
        ["method", "rows", "threshold", "calibration", "labelled", "metrics"]
      ),
      histogram: obj(
        "The most drifted numeric feature, reference against current, for a chart.",
        {
          column: str("Column."),
          bins: array("Bin labels.", str("A bin, e.g. [20, 25).")),
          reference: array("Share of reference rows per bin.", num("A share.")),
          current: array("Share of current rows per bin.", num("A share."))
        },
        ["column", "bins", "reference", "current"]
      ),
      skipped: array(
        "Parts not computed, and why.",
        obj("A part.", { part: { enum: ["features", "prediction", "domain-classifier", "performance"], description: "Which part." }, reason: str("Why it was not computed.") }, ["part", "reason"])
      ),
      notes: array("How to read the numbers: corrections, approximations, defaults that applied.", str("A note."))
    },
    ["reference", "current", "source", "features", "skipped", "notes"]
  ),
  driftColumn: driftColumn("The drift test of one column."),
  driftPrediction: driftColumn("The drift test of the model's outputs.", { output: str("What was compared: P(positive), the predicted class, or the prediction.") }, ["output"]),
  monitoring: obj(
    "What modelops drift concluded for a production model: what the Action needs to open, update or close the drift issue and to dispatch retraining.",
    {
      drifted: bool("A check of the drift gate failed."),
      stale: bool("In production longer than monitoring.retraining.max_interval."),
      staleness: obj(
        "Days since the production version was promoted, against the retraining bounds.",
        {
          tag: str("The production tag (<name>#production#<n>) the age is measured from."),
          promotedAt: { type: "string", format: "date-time", description: "Its tagger date." },
          ageDays: num("Days since then."),
          minInterval: str("monitoring.retraining.min_interval."),
          maxInterval: str("monitoring.retraining.max_interval."),
          stale: bool("Older than max_interval."),
          tooSoonToRetrain: bool("Younger than min_interval: retraining now would be too soon."),
          verdict: { enum: ["pass", "fail", "skipped"], description: "fail when stale; skipped without a dated production tag or a max_interval." },
          message: str("The finding in words.")
        },
        ["stale", "tooSoonToRetrain", "verdict", "message"]
      ),
      retraining: obj(
        "Whether to dispatch retraining now, and how (monitoring.retraining.trigger).",
        {
          trigger: { enum: ["workflow_dispatch", "repository_dispatch", "none"], description: "GitHub mechanism." },
          workflow: str("Workflow file (workflow_dispatch)."),
          eventType: str("Event type (repository_dispatch)."),
          ref: str("Ref to run the workflow on."),
          dispatch: bool("Dispatch now: drifted or stale, a trigger declared, min_interval passed."),
          reason: str("Why (not).")
        },
        ["trigger", "dispatch", "reason"]
      ),
      alerting: obj("monitoring.alerting.", { issue: bool("Open and keep updated an issue while the model drifts or is stale."), mentions: array("Users or teams to mention.", str("@user or @org/team.")) }, ["issue", "mentions"]),
      series: seriesBody("Models with monitoring.chunks: every signal per chunk of the current data, and the chunks earlier runs logged (schemas/monitoring-series.schema.json)."),
      latest: obj(
        "What the latest chunk that can alert says: it decides the drift verdict.",
        { chunk: str("Its key (absent: no chunk has min_rows rows)."), alerts: array("Signals outside their band on it.", str("A signal id.")), driftingSince: { type: ["string", "null"], description: "The chunk the drift started: the earliest start of the current runs of alerts of the signals that fail the gate (with the calibrated rule, those significant family-wise); null when none fails." } },
        ["alerts", "driftingSince"]
      ),
      history: obj(
        "The monitoring log: what was read of it and what this run appended.",
        {
          branch: str("The log branch."),
          records: int("Records of the model read from the log."),
          fromLog: array("Chunk keys shown from the log (not in this run's data).", str("A chunk key.")),
          runs: array("The runs those chunks come from.", str("A run id.")),
          appended: int("Records this run appended (drift --log): its chunks that are new or whose results changed."),
          unchanged: int("Records of this run not appended because the newest logged record of their chunk says the same (drift --log)."),
          problem: str("Why the log could not be read or written.")
        },
        ["branch", "records", "fromLog", "runs"]
      )
    },
    ["drifted", "stale", "staleness", "retraining", "alerting"]
  )
};

// src/core/drift/section.ts
var DRIFT_GATE_SCHEMA = object("Drift of the evaluation (or current) data against the reference data.", {
  method: { enum: [...DRIFT_METHODS], description: "Test for every column; auto picks by column type and distinct values (KS, chi2 or z; with threshold_mode fixed, also by reference size, as Evidently). Default auto." },
  threshold: number("Threshold for every column. threshold_mode calibrated: the false-alarm rate alpha in (0, 1) of every test (a distance is decided by its permutation p-value), default 0.05. threshold_mode fixed: Evidently's, a p-value for tests and a distance for distances.", { exclusiveMinimum: 0 }),
  threshold_mode: {
    enum: [...THRESHOLD_MODES],
    description: "How thresholds are read. calibrated (default): as false-alarm rates that hold at the sample sizes seen (p-values; permutation p-values for distances). fixed: Evidently's fixed thresholds (p < 0.05, distance >= 0.1), for teams migrating from Evidently; they alarm far more or less often than stated when sizes differ."
  },
  drift_share: number("Share of drifted columns above which the dataset counts as drifted. Default 0.5.", { exclusiveMinimum: 0, maximum: 1 }),
  correction: { enum: [...CORRECTIONS], description: "Multiple-testing correction for p-value tests. Default none." },
  columns: {
    type: "object",
    description: "Per-column overrides, by column name.",
    additionalProperties: object("Override for one column.", {
      method: { enum: [...DRIFT_METHODS], description: "Test for this column." },
      threshold: number("Threshold for this column, read as threshold_mode says.", { exclusiveMinimum: 0 })
    })
  },
  prediction: object("Drift of the model's scores.", {
    method: { enum: [...DRIFT_METHODS], description: "Test for the scores." },
    threshold: number("Threshold for the scores, read as threshold_mode says.", { exclusiveMinimum: 0 })
  }),
  domain_classifier: object("A classifier trained to tell reference from current rows. Drift when its cross-validated ROC AUC is above the threshold from its own null distribution at these sample sizes (the AUC with the reference/current labels permuted); an AUC below 0.5 is never drift.", {
    alpha: level("False-alarm rate of the permutation threshold: drift when the permutation p-value is at most alpha. Default 0.05."),
    permutations: integer("Label permutations of the null distribution. Default 99 (fewer on large data, never below 19 or 1/alpha - 1).", { minimum: 19 }),
    auc_band: {
      ...bound("A fixed AUC threshold instead of the permutation one (explicit, for teams migrating from fixed bands): drift above max, which is required; min is accepted but never drift (an AUC below 0.5 is noise). The report says which false-alarm rate max stands for at these sizes."),
      type: "object",
      required: ["max"]
    }
  })
});
var driftSection = defineSection({
  id: "drift",
  title: "Drift",
  order: 60,
  alsoGates: ["staleness"],
  gate: {
    needs: "reference",
    manifest: DRIFT_GATE_SCHEMA,
    decide: (drift, { blocking }) => ({ gate: driftGate(drift, blocking), evaluation: { drift } })
  },
  reportSchema: {
    evaluation: { drift: { $ref: "#/$defs/drift", description: "Drift of this data against the reference data." } },
    defs: DRIFT_REPORT_DEFS
  },
  text: { details: (model) => model.evaluation?.drift ? driftText(model.evaluation.drift) : [] },
  markdown: { details: (model, { report }) => model.evaluation?.drift ? driftMarkdown(model.evaluation.drift, { open: report.command === "drift" }) : [] },
  html: { details: driftHtml }
});
var monitoringSection = defineSection({
  id: "monitoring",
  title: "Monitoring",
  order: 90,
  reportSchema: { model: { monitoring: { $ref: "#/$defs/monitoring", description: "What modelops drift concluded for the model (drift reports)." } } },
  text: { details: (model) => model.monitoring ? [`  monitoring: ${monitoringText(model.monitoring)}`, ...model.monitoring.series ? seriesText(model.monitoring.series) : []] : [] },
  markdown: { details: (model) => model.monitoring ? [`**Monitoring:** ${monitoringText(model.monitoring)}.`, "", ...model.monitoring.series ? seriesMarkdown(model.monitoring.series) : []] : [] },
  html: {
    status: (model) => model.monitoring ? `<p><strong>Monitoring:</strong> ${escapeHtml(monitoringText(model.monitoring))}.</p>` : void 0,
    details: (model) => model.monitoring?.series ? `<h3>Monitoring over time</h3>${seriesHtml(model.monitoring.series)}` : void 0
  }
});

// src/core/evaluation/gate.ts
var PERFORMANCE_RULES = ["point-estimate", "shown-to-meet"];
var DEFAULT_ALPHA2 = 0.05;
function metricInterval(id, input, level2, seed) {
  const n2 = input.yTrue.length;
  if (id === "roc_auc" && input.task === "binary-classification" && input.score) {
    let auc;
    try {
      auc = delongAucInterval(input.yTrue, input.score, { level: level2 });
    } catch {
      return void 0;
    }
    if (auc.auc <= 0 || auc.auc >= 1 || !(auc.standardError > 0)) return { ci: { lower: Math.max(0, auc.ciLower), upper: Math.min(1, auc.ciUpper), level: level2 }, method: "DeLong" };
    const logit = Math.log(auc.auc / (1 - auc.auc));
    const half = normalQuantile((1 + level2) / 2) * auc.standardError / (auc.auc * (1 - auc.auc));
    const expit = (x) => 1 / (1 + Math.exp(-x));
    return { ci: { lower: expit(logit - half), upper: expit(logit + half), level: level2 }, method: "DeLong, logit" };
  }
  if (id === "accuracy" && input.task !== "regression") {
    let correct = 0;
    for (let i = 0; i < n2; i++) if (input.yTrue[i] === input.yPred[i]) correct++;
    const wilson = wilsonInterval(correct, n2, normalQuantile((1 + level2) / 2));
    return { ci: { ...wilson, level: level2 }, method: "Wilson" };
  }
  const gather = gatherer(input);
  const interval2 = bootstrapCI({ n: n2, resamples: resamplesFor(n2), level: level2, seed, statistic: (indices) => metricOrNaN(id, gather(indices)) });
  if (!Number.isFinite(interval2.lower) || !Number.isFinite(interval2.upper)) return void 0;
  return { ci: { lower: interval2.lower, upper: interval2.upper, level: level2 }, method: `bootstrap, ${interval2.resamplesUsed} resamples` };
}
var intervalText2 = (ci, method) => `${Number((ci.level * 100).toPrecision(4))}% CI [${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}] (${method})`;
function decideMetricBound(id, value, bound2, interval2, rows, rule2) {
  const point = checkBound(id, value, bound2);
  if (!interval2) return { ...point, rule: "point-estimate", message: `${point.message} (no interval on this data: decided on the value)` };
  const { ci, method } = interval2;
  const shown = isWithin(ci.lower, bound2) && isWithin(ci.upper, bound2);
  const check = { ...point, rule: rule2, interval: ci };
  const where = `${intervalText2(ci, method)}`;
  if (shown) return { ...check, verdict: "pass", message: `${formatNumber(value)} meets the bound ${describeBound(bound2)}, shown at ${rows} rows: the whole ${where} meets it` };
  if (rule2 === "shown-to-meet") {
    return { ...check, verdict: "fail", message: `${formatNumber(value)} ${point.verdict === "pass" ? "meets" : "breaks"} the bound ${describeBound(bound2)}, but the ${where} reaches outside it: not shown to meet it at ${rows} rows (rule: shown-to-meet)` };
  }
  if (point.verdict === "pass") {
    return { ...check, verdict: "warn", message: `${formatNumber(value)} meets the bound ${describeBound(bound2)} as measured, but the ${where} reaches outside it: not shown at ${rows} rows` };
  }
  const shownBroken = bound2.min !== void 0 && ci.upper < bound2.min || bound2.max !== void 0 && ci.lower > bound2.max;
  return { ...check, verdict: "fail", message: `${point.message}; ${where}${shownBroken ? "" : `: not shown either way at ${rows} rows`}` };
}
function performanceChecks(bounds, input, options = {}, problems = {}) {
  const level2 = 1 - (options.alpha ?? DEFAULT_ALPHA2);
  const rule2 = options.rule ?? "point-estimate";
  return Object.entries(bounds).map(([id, bound2]) => {
    const value = metricOrNaN(id, input);
    if (Number.isNaN(value)) return checkBound(id, null, bound2, problems[id]);
    return decideMetricBound(id, value, bound2, metricInterval(id, input, level2, options.seed ?? 0), input.yTrue.length, rule2);
  });
}
function baselineComparisons(manifest, metrics) {
  return Object.entries(manifest.baseline?.metrics ?? {}).map(([id, baseline]) => {
    const value = metrics[id] ?? null;
    const higherIsBetter = metricById(id)?.direction !== "lower-is-better";
    const comparison = { metric: id, challenger: value, champion: baseline, delta: value === null ? null : value - baseline };
    if (value !== null) comparison.regression = higherIsBetter ? value < baseline : value > baseline;
    return comparison;
  });
}
function performanceGate(manifest, evaluation, problems, blocking, input, seed = 0) {
  const gate = manifest.gates?.performance ?? {};
  const checks = [];
  const metricBounds2 = input ? performanceChecks(gate.metrics ?? {}, input, { rule: gate.rule ?? "point-estimate", alpha: gate.alpha ?? DEFAULT_ALPHA2, seed }, problems) : Object.entries(gate.metrics ?? {}).map(([id, bound2]) => checkBound(id, evaluation.metrics[id], bound2, problems[id]));
  for (const check of metricBounds2) checks.push({ ...check, pointer: segmentsToPointer(["gates", "performance", "metrics", check.name]) });
  const operational = evaluation.operational;
  if (operational) {
    const timing = (check, field) => ({ ...check, pointer: `/gates/performance/${field}`, volatile: true });
    for (const percentile of ["p50", "p95", "p99"]) {
      const bound2 = gate.latency_ms?.[percentile];
      if (bound2) checks.push(timing(checkBound(`latency ${percentile} (ms)`, operational.latencyMs[percentile], bound2), `latency_ms/${percentile}`));
    }
    if (gate.throughput_rows_per_s) checks.push(timing(checkBound("throughput (rows/s)", operational.throughputRowsPerS, gate.throughput_rows_per_s), "throughput_rows_per_s"));
    if (gate.memory_mb) checks.push(timing(checkBound("peak memory (MiB)", operational.peakRssMb, gate.memory_mb), "memory_mb"));
    if (gate.model_size_mb) checks.push({ ...checkBound("model size (MiB)", operational.modelSizeMb, gate.model_size_mb), pointer: "/gates/performance/model_size_mb" });
  }
  for (const comparison of evaluation.baseline?.comparisons ?? []) {
    const name = `${comparison.metric} vs baseline`;
    const pointer = segmentsToPointer(["baseline", "metrics", comparison.metric]);
    if (comparison.challenger === null) {
      checks.push({ name, verdict: "error", value: null, champion: comparison.champion, against: "baseline", message: problems[comparison.metric] ?? `${comparison.metric} could not be computed`, pointer });
      continue;
    }
    checks.push({
      pointer,
      name,
      verdict: comparison.regression ? "fail" : "pass",
      value: comparison.challenger,
      champion: comparison.champion,
      against: "baseline",
      delta: comparison.delta,
      message: `${formatNumber(comparison.challenger)} against the baseline's ${formatNumber(comparison.champion)}${comparison.regression ? ": the model does not beat its baseline" : ""}`
    });
  }
  return gateResult("performance", checks, blocking, summaryOf(checks));
}
function summaryOf(checks) {
  const warned = checks.filter((c) => c.verdict === "warn");
  if (warned.length === 0) return void 0;
  const failed = checks.filter((c) => c.verdict === "fail" || c.verdict === "error");
  const parts = [`${checks.length - warned.length - failed.length} of ${checks.length} checks passed`];
  if (failed.length > 0) parts.push(`${failed.length} failed: ${failed.map((c) => c.name).join(", ")}`);
  parts.push(`${warned.length} not shown at ${warned.length === 1 ? "its" : "their"} sample size: ${warned.map((c) => c.name).join(", ")}`);
  return parts.join("; ");
}

// src/core/evaluation/render.ts
function performanceText(model) {
  const evaluation = model.evaluation;
  if (!evaluation) return [];
  const metrics = Object.entries(evaluation.metrics).map(([id, v]) => `${id} ${num2(v)}`);
  const lines = [`  evaluated on ${evaluation.dataset} (${evaluation.rows} rows)${metrics.length > 0 ? `: ${metrics.join(", ")}` : "; no labelled metrics"}`];
  const op = evaluation.operational;
  if (op) lines.push(`  latency p50/p95/p99 ${num2(op.latencyMs.p50)}/${num2(op.latencyMs.p95)}/${num2(op.latencyMs.p99)} ms, ${num2(op.throughputRowsPerS)} rows/s, ${num2(op.modelSizeMb)} MiB model`);
  return lines;
}
function performanceMarkdown(model) {
  const e = model.evaluation;
  if (!e) return [];
  const out = [];
  const championMetrics = e.champion?.metrics;
  out.push(
    markdownTable2([
      ["Metric", "Model", ...championMetrics ? [`Champion ${e.champion.version}`, "\u0394"] : []],
      ...Object.entries(e.metrics).map(([id, value]) => {
        const champion = championMetrics?.[id];
        const delta = value !== null && champion !== void 0 && champion !== null ? value - champion : null;
        return [id, num2(value), ...championMetrics ? [num2(champion), signed(delta)] : []];
      })
    ]),
    ""
  );
  if (e.confusion) out.push(`Confusion matrix at the threshold: TN ${e.confusion.tn}, FP ${e.confusion.fp}, FN ${e.confusion.fn}, TP ${e.confusion.tp}.`, "");
  if (e.operational) {
    const op = e.operational;
    out.push(`Latency p50 / p95 / p99: ${num2(op.latencyMs.p50)} / ${num2(op.latencyMs.p95)} / ${num2(op.latencyMs.p99)} ms \xB7 throughput ${num2(op.throughputRowsPerS)} rows/s \xB7 model ${num2(op.modelSizeMb)} MiB \xB7 peak RSS ${num2(op.peakRssMb)} MiB.`, "");
  }
  return out;
}
function performanceHtml(model) {
  const e = model.evaluation;
  if (!e) return void 0;
  const out = [];
  const champion = e.champion;
  out.push(
    table(
      ["Metric", "Model", ...champion ? [`Champion ${champion.version}`, "\u0394"] : []],
      Object.entries(e.metrics).map(([id, value]) => {
        const other = champion?.metrics[id];
        const delta = value !== null && other !== void 0 && other !== null ? value - other : null;
        return [id, n(num2(value)), ...champion ? [n(num2(other)), n(signed(delta))] : []];
      }),
      { caption: "Metrics" }
    )
  );
  if (e.confusion) {
    const c = e.confusion;
    out.push(table(["", "Predicted negative", "Predicted positive"], [["Actual negative", n(String(c.tn)), n(String(c.fp))], ["Actual positive", n(String(c.fn)), n(String(c.tp))]], { caption: "Confusion matrix at the threshold" }));
  }
  if (e.operational) {
    const op = e.operational;
    out.push(
      table(
        ["Latency p50 (ms)", "p95 (ms)", "p99 (ms)", "Throughput (rows/s)", "Model size (MiB)", "Peak RSS (MiB)"],
        [[n(num2(op.latencyMs.p50)), n(num2(op.latencyMs.p95)), n(num2(op.latencyMs.p99)), n(num2(op.throughputRowsPerS)), n(num2(op.modelSizeMb)), n(num2(op.peakRssMb))]],
        { caption: "Operational", rowHeaders: false }
      )
    );
  }
  if (e.baseline) {
    const b = e.baseline;
    out.push(
      `<h4>Against the baseline (${escapeHtml(b.kind)})</h4><p class="muted">${escapeHtml(b.description)}</p>`,
      table(
        ["Metric", "Model", "Baseline", "\u0394", ...b.comparisons.some((c) => c.ci) ? ["Interval of \u0394"] : []],
        b.comparisons.map((c) => [c.metric, n(num2(c.challenger)), n(num2(c.champion)), n(signed(c.delta)), ...b.comparisons.some((x) => x.ci) ? [n(intervalText(c))] : []])
      )
    );
  }
  return out.join("\n");
}
function importanceText(model) {
  const importance = model.evaluation?.importance;
  if (!importance) return [];
  const top = importance.challenger.slice(0, 5).map((f) => `${f.feature} ${num2(f.importance)}`);
  return [`  top features (drop in ${importance.metric} when permuted): ${top.join(", ")}`];
}
function importanceMarkdown(model) {
  const imp = model.evaluation?.importance;
  if (!imp) return [];
  const champion = new Map((imp.champion ?? []).map((f) => [f.feature, f]));
  return [
    `**Permutation importance** (drop in ${imp.metric}, ${imp.repeats} shuffles on ${imp.rows} rows):`,
    "",
    markdownTable2([
      ["Feature", "Model", ...imp.champion ? ["Champion"] : []],
      ...imp.challenger.map((f) => [f.feature, `${num2(f.importance)} \xB1 ${num2(f.std)}`, ...imp.champion ? [champion.has(f.feature) ? num2(champion.get(f.feature).importance) : "\u2014"] : []])
    ]),
    ""
  ];
}
function importanceHtml(result) {
  const importance = result.evaluation?.importance;
  if (!importance) return void 0;
  const champion = new Map((importance.champion ?? []).map((f) => [f.feature, f]));
  const features = [...importance.challenger.map((f) => f.feature), ...(importance.champion ?? []).map((f) => f.feature).filter((f) => !importance.challenger.some((c) => c.feature === f))];
  const model = new Map(importance.challenger.map((f) => [f.feature, f]));
  const series = [{ name: "model", color: COLORS.model, values: features.map((f) => model.get(f)?.importance ?? null), spread: features.map((f) => model.get(f)?.std ?? null) }];
  if (importance.champion) series.push({ name: "champion", color: COLORS.champion, values: features.map((f) => champion.get(f)?.importance ?? null), spread: features.map((f) => champion.get(f)?.std ?? null) });
  const aria = `Permutation importance (drop in ${importance.metric}) per feature, ${importance.champion ? "model and champion" : "model"}: ${features.map((f) => `${f} ${num2(model.get(f)?.importance)}${importance.champion ? ` / ${num2(champion.get(f)?.importance)}` : ""}`).join("; ")}.`;
  return [
    "<h3>Permutation importance</h3>",
    figure(
      horizontalBars({ ariaLabel: aria, items: features, series, format: num2 }),
      legend(keyOf(COLORS.model, "model"), ...importance.champion ? [keyOf(COLORS.champion, "champion")] : [], "<span>whisker: \xB1 1 standard deviation over the shuffles</span>"),
      `Drop in ${importance.metric} when the feature is shuffled, ${importance.repeats} shuffles on ${importance.rows} rows.`
    ),
    `<details><summary>Values</summary>${table(
      ["Feature", "Model", "\xB1 std", ...importance.champion ? ["Champion", "\xB1 std"] : []],
      features.map((f) => [f, n(num2(model.get(f)?.importance)), n(num2(model.get(f)?.std)), ...importance.champion ? [n(num2(champion.get(f)?.importance)), n(num2(champion.get(f)?.std))] : []])
    )}</details>`
  ].join("\n");
}

// src/core/evaluation/section.ts
var PERFORMANCE_GATE_SCHEMA = object("Quality and operational budgets, measured on the evaluation data.", {
  metrics: metricBounds("Bounds on model metrics, by metric id.", PERFORMANCE_METRICS),
  latency_ms: object("Single-row latency budget in milliseconds.", {
    p50: bound("Bounds on median latency."),
    p95: bound("Bounds on 95th percentile latency."),
    p99: bound("Bounds on 99th percentile latency.")
  }),
  throughput_rows_per_s: bound("Bounds on batch throughput in rows per second."),
  memory_mb: bound("Bounds on peak memory of the inference in MiB."),
  model_size_mb: bound("Bounds on the artifact size in MiB."),
  rule: choice(
    PERFORMANCE_RULES,
    "How a metric bound is decided from the metric and its (1 - alpha) interval (DeLong for roc_auc, Wilson for accuracy, percentile bootstrap otherwise). point-estimate (default): the measured value passes or fails; a pass whose interval reaches outside the bound warns as not shown at this sample size. shown-to-meet: only a whole interval inside the bound passes; anything else fails."
  ),
  alpha: level("Significance level of the metric intervals: two-sided at 1 - alpha. Default 0.05.")
});
var performanceSection = defineSection({
  id: "performance",
  title: "Performance",
  order: 10,
  gate: {
    needs: "prediction",
    manifest: PERFORMANCE_GATE_SCHEMA,
    decide: ({ input, evaluation, problems }, { manifest, blocking, seed }) => ({ gate: performanceGate(manifest, evaluation, problems, blocking, input, seed) })
  },
  reportSchema: {
    evaluation: {
      metrics: { type: "object", description: "Metric values by id; null when undefined on this data.", additionalProperties: nullableNumber2("Metric value.") },
      confusion: obj2("Confusion matrix at the threshold (binary).", { tn: int2("True negatives."), fp: int2("False positives."), fn: int2("False negatives."), tp: int2("True positives.") }, ["tn", "fp", "fn", "tp"]),
      operational: obj2(
        "Operational measurements.",
        {
          latencyMs: obj2("Single-row latency percentiles in ms.", { p50: num3("Median."), p95: num3("95th percentile."), p99: num3("99th percentile.") }, ["p50", "p95", "p99"]),
          throughputRowsPerS: num3("Batch throughput in rows per second."),
          modelSizeMb: num3("Artifact size in MiB."),
          peakRssMb: num3("Peak resident memory of the process after inference, in MiB.")
        },
        ["latencyMs", "throughputRowsPerS", "modelSizeMb", "peakRssMb"]
      ),
      baseline: obj2(
        "The model against the manifest baseline.",
        { kind: str2("Baseline kind."), description: str2("The baseline."), comparisons: array2("Per metric.", { $ref: "#/$defs/comparison" }) },
        ["kind", "description", "comparisons"]
      )
    },
    defs: {
      comparison: obj2(
        "A metric of two models on the same rows.",
        {
          metric: str2("Metric id."),
          challenger: nullableNumber2("Value of the model under review."),
          champion: nullableNumber2("Value of the model compared with (champion or baseline)."),
          delta: nullableNumber2("challenger - champion."),
          ci: obj2("Confidence interval of the delta.", { lower: num3("Lower end."), upper: num3("Upper end."), level: num3("Confidence level, e.g. 0.95.") }, ["lower", "upper", "level"]),
          pValue: num3("p-value of the difference."),
          method: str2("How the interval or p-value was computed."),
          regression: { type: "boolean", description: "Significantly worse by more than the tolerance." }
        },
        ["metric", "challenger", "champion", "delta"]
      )
    }
  },
  text: { measured: performanceText },
  markdown: { evaluation: performanceMarkdown },
  html: { evaluation: performanceHtml }
});
var importanceSection = defineSection({
  id: "importance",
  title: "Permutation importance",
  order: 40,
  reportSchema: {
    evaluation: {
      importance: obj2(
        "Permutation feature importance.",
        {
          metric: str2("Metric whose drop is measured."),
          repeats: int2("Permutations per feature."),
          rows: int2("Rows used."),
          challenger: array2("Features of the challenger, most important first.", { $ref: "#/$defs/importance" }),
          champion: array2("Features of the champion.", { $ref: "#/$defs/importance" })
        },
        ["metric", "repeats", "rows", "challenger"]
      )
    },
    defs: {
      importance: obj2("Importance of one feature.", { feature: str2("Feature."), importance: num3("Mean metric drop when permuted."), std: num3("Standard deviation over repeats.") }, ["feature", "importance", "std"])
    }
  },
  text: { details: importanceText },
  markdown: { evaluation: importanceMarkdown },
  html: { evaluation: importanceHtml }
});

// src/core/fairness/groups.ts
var MISSING_LABEL = "(missing)";
var DENSE_LIMIT = 1 << 22;
var FairnessInputError = class extends Error {
  name = "FairnessInputError";
};
function binLabels(edges) {
  const labels = [`< ${edges[0]}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${edges[i - 1]}\u2013${edges[i]}`);
  labels.push(`\u2265 ${edges[edges.length - 1]}`);
  return labels;
}
function bucketOf(value, edges) {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (value >= edges[middle]) low = middle + 1;
    else high = middle;
  }
  return low;
}
function checkEdges(attribute, edges) {
  if (edges.length === 0) throw new FairnessInputError(`sensitive attribute '${attribute.name}': bins is empty; give at least one edge (e.g. [25, 60])`);
  edges.forEach((edge, i) => {
    if (!Number.isFinite(edge)) throw new FairnessInputError(`sensitive attribute '${attribute.name}': bin edge ${edge} is not a finite number`);
    if (i > 0 && edge <= edges[i - 1]) {
      throw new FairnessInputError(`sensitive attribute '${attribute.name}': bins must be strictly ascending; got [${edges.join(", ")}]`);
    }
  });
}
function compact(attribute, rawCodes, rawLabels, keepOrder) {
  const counts = new Float64Array(rawLabels.length);
  let missingRows = 0;
  for (let i = 0; i < rawCodes.length; i++) {
    const code2 = rawCodes[i];
    if (code2 < 0) missingRows++;
    else counts[code2]++;
  }
  const present = rawLabels.map((label2, code2) => ({ label: label2, code: code2 })).filter(({ code: code2 }) => counts[code2] > 0);
  if (!keepOrder) present.sort((a, b) => a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  const renumber = new Int32Array(rawLabels.length).fill(-1);
  present.forEach(({ code: code2 }, index) => renumber[code2] = index);
  const groups = present.map(({ label: label2 }) => ({ label: label2, missing: false, values: { [attribute.name]: label2 } }));
  const missingIndex = groups.length;
  if (missingRows > 0) groups.push({ label: MISSING_LABEL, missing: true, values: { [attribute.name]: MISSING_LABEL } });
  const codes = new Int32Array(rawCodes.length);
  for (let i = 0; i < rawCodes.length; i++) {
    const code2 = rawCodes[i];
    codes[i] = code2 < 0 ? missingIndex : renumber[code2];
  }
  return { name: attribute.name, attributes: [attribute.name], groups, codes };
}
function groupsFromColumn(attribute, column) {
  const edges = attribute.bins;
  if (column.kind === "categorical") {
    if (edges) throw new FairnessInputError(`sensitive attribute '${attribute.name}': bins apply to numeric columns, but column '${column.name}' holds categories`);
    const raw2 = new Int32Array(column.codes.length);
    for (let i = 0; i < raw2.length; i++) raw2[i] = column.codes[i] === MISSING_CODE ? -1 : column.codes[i];
    return compact(attribute, raw2, column.categories, false);
  }
  if (edges) {
    checkEdges(attribute, edges);
    const raw2 = new Int32Array(column.values.length);
    for (let i = 0; i < raw2.length; i++) {
      const value = column.values[i];
      raw2[i] = Number.isNaN(value) ? -1 : bucketOf(value, edges);
    }
    return compact(attribute, raw2, binLabels(edges), true);
  }
  if (attribute.type === "numeric") {
    throw new FairnessInputError(`sensitive attribute '${attribute.name}' is numeric but declares no bins; add bins (ascending edges, e.g. [25, 60])`);
  }
  const index = /* @__PURE__ */ new Map();
  const labels = [];
  const raw = new Int32Array(column.values.length);
  for (let i = 0; i < raw.length; i++) {
    const value = column.values[i];
    if (Number.isNaN(value)) {
      raw[i] = -1;
      continue;
    }
    let code2 = index.get(value);
    if (code2 === void 0) {
      code2 = labels.length;
      index.set(value, code2);
      labels.push(String(value));
    }
    raw[i] = code2;
  }
  const grouping = compact(attribute, raw, labels, true);
  return sortNumericGroups(grouping);
}
function sortNumericGroups(grouping) {
  const real = grouping.groups.filter((g) => !g.missing);
  const order = real.map((g, code2) => ({ code: code2, value: Number(g.label) })).sort((a, b) => a.value - b.value);
  const renumber = new Int32Array(grouping.groups.length);
  order.forEach(({ code: code2 }, index) => renumber[code2] = index);
  if (grouping.groups.length > real.length) renumber[real.length] = real.length;
  const groups = [...order.map(({ code: code2 }) => real[code2]), ...grouping.groups.slice(real.length)];
  const codes = grouping.codes.map((code2) => renumber[code2]);
  return { ...grouping, groups, codes };
}
function intersectGroupings(groupings) {
  if (groupings.length < 2) throw new RangeError("an intersection needs at least two attributes");
  const rows = groupings[0].codes.length;
  for (const g of groupings) if (g.codes.length !== rows) throw new RangeError(`attribute '${g.name}' has ${g.codes.length} rows, '${groupings[0].name}' has ${rows}`);
  const radices = groupings.map((g) => g.groups.length);
  const combined = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let key = 0;
    for (let k = 0; k < groupings.length; k++) key = key * radices[k] + groupings[k].codes[i];
    combined[i] = key;
  }
  const space = radices.reduce((a, b) => a * b, 1);
  const dense = space <= DENSE_LIMIT ? new Int32Array(space).fill(-1) : void 0;
  const sparse = dense ? void 0 : /* @__PURE__ */ new Map();
  const seen = [];
  for (let i = 0; i < rows; i++) {
    const key = combined[i];
    if (dense) {
      if (dense[key] === -1) {
        dense[key] = 0;
        seen.push(key);
      }
    } else if (!sparse.has(key)) {
      sparse.set(key, 0);
      seen.push(key);
    }
  }
  const keys = seen.sort((a, b) => a - b);
  const decode = (key) => {
    const parts = new Array(groupings.length);
    for (let k = groupings.length - 1; k >= 0; k--) {
      const radix = radices[k];
      parts[k] = groupings[k].groups[key % radix];
      key = Math.floor(key / radix);
    }
    return parts;
  };
  const entries = keys.map((key) => {
    const parts = decode(key);
    return {
      key,
      group: {
        label: parts.map((p) => p.label).join(", "),
        missing: parts.some((p) => p.missing),
        values: Object.assign({}, ...parts.map((p) => p.values))
      }
    };
  });
  entries.sort((a, b) => Number(a.group.missing) - Number(b.group.missing) || a.key - b.key);
  entries.forEach((e, index) => dense ? dense[e.key] = index : sparse.set(e.key, index));
  const codes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) codes[i] = dense ? dense[combined[i]] : sparse.get(combined[i]);
  return {
    name: groupings.map((g) => g.name).join(" \xD7 "),
    attributes: groupings.flatMap((g) => g.attributes),
    groups: entries.map((e) => e.group),
    codes
  };
}

// src/core/stats/koopman.ts
var LOG_LIMIT = Math.log(1e12);
var BISECTIONS = 100;
function koopmanScore(x1, n1, x2, n2, theta) {
  const total = n1 + n2;
  const b = n1 * theta + x1 + n2 + x2 * theta;
  const a = total * theta;
  const c = x1 + x2;
  const discriminant = Math.max(0, b * b - 4 * a * c);
  const p2 = c === 0 ? 0 : 2 * c / (b + Math.sqrt(discriminant));
  const p1 = theta * p2;
  const variance = p1 * (1 - p1) / n1 + theta * theta * p2 * (1 - p2) / n2;
  const difference = x1 / n1 - theta * x2 / n2;
  if (variance <= 0) return difference === 0 ? 0 : Infinity;
  return difference * difference / variance;
}
function koopmanRatio(x1, n1, x2, n2, z) {
  if (!(n1 > 0 && n2 > 0) || x1 === 0 && x2 === 0) return { lower: 0, upper: Infinity };
  const critical = z * z;
  const rejects = (logTheta) => koopmanScore(x1, n1, x2, n2, Math.exp(logTheta)) > critical;
  const estimate = x1 === 0 ? -LOG_LIMIT : x2 === 0 ? LOG_LIMIT : Math.log(x1 / n1 / (x2 / n2));
  const end = (direction) => {
    let inside = estimate;
    let step = 0.125;
    let outside2 = estimate + direction * step;
    while (!rejects(outside2)) {
      inside = outside2;
      step *= 2;
      outside2 = estimate + direction * step;
      if (Math.abs(outside2) > LOG_LIMIT) return direction === 1 ? Infinity : 0;
    }
    for (let i = 0; i < BISECTIONS && Math.abs(outside2 - inside) > 1e-12; i++) {
      const middle = (inside + outside2) / 2;
      if (rejects(middle)) outside2 = middle;
      else inside = middle;
    }
    return Math.exp((inside + outside2) / 2);
  };
  return { lower: x1 === 0 ? 0 : end(-1), upper: x2 === 0 ? Infinity : end(1) };
}

// src/core/stats/newcombe.ts
function newcombeDifference(x1, n1, x2, n2, z) {
  if (!(n1 > 0 && n2 > 0)) return { lower: -1, upper: 1 };
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const a = wilsonInterval(x1, n1, z);
  const b = wilsonInterval(x2, n2, z);
  const d = p1 - p2;
  return {
    lower: Math.max(-1, d - Math.hypot(p1 - a.lower, b.upper - p2)),
    upper: Math.min(1, d + Math.hypot(a.upper - p1, p2 - b.lower))
  };
}

// src/core/fairness/intervals.ts
var BINARY_INTERVAL_METHOD = "score intervals from each group's counts: Koopman (ratio) and Newcombe hybrid score (difference) per pair of groups, Bonferroni-adjusted over the pairs and rates an aggregate compares";
function rateCounts(rate, counts, o) {
  const tn = counts[o + TN];
  const fp = counts[o + FP];
  const fn = counts[o + FN];
  const tp = counts[o + TP];
  switch (rate) {
    case "base_rate":
      return { x: fn + tp, n: tn + fp + fn + tp };
    case "selection_rate":
      return { x: fp + tp, n: tn + fp + fn + tp };
    case "accuracy":
      return { x: tp + tn, n: tn + fp + fn + tp };
    case "tpr":
      return { x: tp, n: tp + fn };
    case "fnr":
      return { x: fn, n: tp + fn };
    case "fpr":
      return { x: fp, n: fp + tn };
    case "tnr":
      return { x: tn, n: fp + tn };
    case "precision":
      return { x: tp, n: tp + fp };
    case "fdr":
      return { x: fp, n: tp + fp };
    case "npv":
      return { x: tn, n: tn + fn };
    case "for":
      return { x: fn, n: tn + fn };
  }
}
function bonferroniZ(level2, comparisons) {
  return normalQuantile(1 - (1 - level2) / (2 * Math.max(1, comparisons)));
}
function forcedBelowOne({ lower, upper }) {
  if (upper <= 1) return { lower, upper };
  if (lower >= 1) return { lower: 1 / upper, upper: 1 / lower };
  return { lower: Math.min(lower, 1 / upper), upper: 1 };
}
function absolute({ lower, upper }) {
  if (lower >= 0) return { lower, upper };
  if (upper <= 0) return { lower: -upper, upper: -lower };
  return { lower: 0, upper: Math.max(-lower, upper) };
}
function componentInterval(spec, rate, counts, total, who, z) {
  const of = (g) => rateCounts(rate, counts, g * CELLS);
  if (spec.method === "between_groups") {
    let lower2 = spec.comparison === "ratio" ? Infinity : -Infinity;
    let upper2 = lower2;
    for (let i = 0; i < who.length; i++) {
      for (let j = i + 1; j < who.length; j++) {
        const a = of(who[i]);
        const b = of(who[j]);
        if (spec.comparison === "ratio") {
          const r = koopmanRatio(a.x, a.n, b.x, b.n, z);
          lower2 = Math.min(lower2, r.lower, 1 / r.upper);
          upper2 = Math.min(upper2, r.upper, r.lower === 0 ? Infinity : 1 / r.lower);
        } else {
          const d = newcombeDifference(a.x, a.n, b.x, b.n, z);
          lower2 = Math.max(lower2, d.lower, -d.upper);
          upper2 = Math.max(upper2, d.upper, -d.lower);
        }
      }
    }
    return spec.comparison === "ratio" ? { lower: Math.max(0, lower2), upper: Math.min(1, upper2) } : { lower: Math.max(0, lower2), upper: Math.min(1, upper2) };
  }
  const all = rateCounts(rate, total, 0);
  let lower = spec.comparison === "ratio" ? Infinity : -Infinity;
  let upper = lower;
  for (let i = 0; i < who.length; i++) {
    const g = of(who[i]);
    const rest = { x: all.x - g.x, n: all.n - g.n };
    const w = g.n / all.n;
    let value;
    if (rest.n === 0) value = spec.comparison === "ratio" ? { lower: 1, upper: 1 } : { lower: 0, upper: 0 };
    else if (spec.comparison === "ratio") {
      const r = koopmanRatio(g.x, g.n, rest.x, rest.n, z);
      const toOverall = (rho) => rho === Infinity ? 1 / w : rho / (w * rho + 1 - w);
      value = forcedBelowOne({ lower: toOverall(r.lower), upper: toOverall(r.upper) });
    } else {
      const d = newcombeDifference(g.x, g.n, rest.x, rest.n, z);
      value = absolute({ lower: (1 - w) * d.lower, upper: (1 - w) * d.upper });
    }
    if (spec.comparison === "ratio") {
      lower = Math.min(lower, value.lower);
      upper = Math.min(upper, value.upper);
    } else {
      lower = Math.max(lower, value.lower);
      upper = Math.max(upper, value.upper);
    }
  }
  return { lower, upper };
}
function comparisonsOf(spec, groups) {
  return spec.method === "between_groups" ? groups * (groups - 1) / 2 : groups;
}
function aggregateInterval(spec, counts, participants, level2) {
  const total = new Float64Array(CELLS);
  for (let i = 0; i < counts.length; i++) total[i % CELLS] += counts[i];
  const comparisons = spec.rates.reduce((sum, _, k) => sum + comparisonsOf(spec, participants[k].length), 0);
  const z = bonferroniZ(level2, comparisons);
  const components = spec.rates.map((rate, k) => componentInterval(spec, rate, counts, total, participants[k], z));
  if (components.length === 1) return components[0];
  if (spec.agg === "mean") {
    return { lower: components.reduce((s, c) => s + c.lower, 0) / components.length, upper: components.reduce((s, c) => s + c.upper, 0) / components.length };
  }
  const pick = spec.comparison === "difference" ? Math.max : Math.min;
  return { lower: pick(...components.map((c) => c.lower)), upper: pick(...components.map((c) => c.upper)) };
}
function disparityInterval(rate, counts, g, reference, level2, family) {
  const z = bonferroniZ(level2, family);
  if (rate === "ppr") {
    const predicted = (h) => counts[h * CELLS + FP] + counts[h * CELLS + TP];
    const x = predicted(g);
    const m = x + predicted(reference);
    const share = wilsonInterval(x, m, z);
    const odds = (p) => p >= 1 ? Infinity : p / (1 - p);
    return { lower: odds(share.lower), upper: odds(share.upper) };
  }
  const a = rateCounts(rate, counts, g * CELLS);
  const b = rateCounts(rate, counts, reference * CELLS);
  return koopmanRatio(a.x, a.n, b.x, b.n, z);
}

// src/core/fairness/evaluate.ts
var DEFAULT_MIN_GROUP_SIZE = 30;
function sensitiveAttributesFor(manifest) {
  const declared = new Map((manifest.data.sensitive ?? []).map((s) => [s.name, s]));
  const names = manifest.gates?.fairness?.attributes ?? [];
  return {
    attributes: names.flatMap((name) => declared.get(name) ?? []),
    undeclared: names.filter((name) => !declared.has(name))
  };
}
function checkInput(input) {
  const rows = input.yTrue.length;
  if (input.task !== "binary-classification" && input.task !== "regression") {
    throw new FairnessInputError(`fairness metrics apply to binary classification and regression, not ${input.task}`);
  }
  if (rows === 0) throw new FairnessInputError("no rows to evaluate: the evaluation data is empty");
  if (input.yPred.length !== rows) throw new FairnessInputError(`yPred has ${input.yPred.length} rows, yTrue has ${rows}`);
  for (let i = 0; i < rows; i++) {
    const truth = input.yTrue[i];
    const prediction = input.yPred[i];
    if (input.task === "binary-classification") {
      if (truth > 1) throw new FairnessInputError(`yTrue[${i}] is ${truth}; binary labels must be 0 or 1`);
      if (prediction > 1) throw new FairnessInputError(`yPred[${i}] is ${prediction}; binary labels must be 0 or 1`);
    } else if (!Number.isFinite(truth) || !Number.isFinite(prediction)) {
      throw new FairnessInputError(`row ${i}: yTrue ${truth}, yPred ${prediction}; regression values must be finite numbers`);
    }
  }
}
function datasetNotes(input) {
  const rows = input.yTrue.length;
  if (input.task === "regression") {
    const first = input.yPred[0];
    return input.yPred.every((v) => v === first) ? [`every prediction is ${first}: the groups differ only in their labels`] : [];
  }
  const notes = [];
  let predicted = 0;
  let positives = 0;
  for (let i = 0; i < rows; i++) {
    predicted += input.yPred[i];
    positives += input.yTrue[i];
  }
  if (predicted === 0) notes.push("every prediction is negative (0): every group has selection rate 0 and TPR 0, so ratios of them are 0/0 and differences are 0");
  if (predicted === rows) notes.push("every prediction is positive (1): every group has selection rate 1, TPR 1 and FPR 1, so parity holds trivially");
  if (positives === 0) notes.push("every label is negative (0): TPR and FNR are undefined in every group, so equal opportunity and equalized odds have no value");
  if (positives === rows) notes.push("every label is positive (1): FPR and TNR are undefined in every group, so equalized odds has no value");
  return notes;
}
function evaluateFairness(options) {
  const { input, attributes, columns } = options;
  checkInput(input);
  const rows = input.yTrue.length;
  const settings = {
    rows,
    minGroupSize: options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
    resamples: options.resamples ?? DEFAULT_RESAMPLES,
    level: options.level ?? DEFAULT_LEVEL,
    seed: options.seed ?? DEFAULT_SEED,
    band: options.band ?? DEFAULT_DISPARITY_BAND
  };
  if (!Number.isInteger(settings.minGroupSize) || settings.minGroupSize < 1) throw new RangeError(`minGroupSize must be a positive integer; got ${settings.minGroupSize}`);
  if (!Number.isInteger(settings.resamples) || settings.resamples < 0) throw new RangeError(`resamples must be a non-negative integer; got ${settings.resamples}`);
  if (!(settings.level > 0 && settings.level < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${settings.level}`);
  const results = [];
  const groupings = [];
  for (const attribute of attributes) {
    const column = columns.get(attribute.column);
    let problem;
    let grouping;
    if (!column) problem = `column '${attribute.column}' is not in the evaluation data`;
    else if ((column.kind === "numeric" ? column.values.length : column.codes.length) !== rows) {
      problem = `column '${attribute.column}' has ${column.kind === "numeric" ? column.values.length : column.codes.length} rows, the predictions ${rows}`;
    } else {
      try {
        grouping = groupsFromColumn(attribute, column);
      } catch (error) {
        if (!(error instanceof FairnessInputError)) throw error;
        problem = error.message;
      }
    }
    if (!grouping) {
      results.push(failedAttribute(attribute.name, [attribute.name], [attribute.column], problem));
      continue;
    }
    groupings.push({ grouping, attribute });
    results.push(examine(input, grouping, [attribute], settings));
  }
  if (options.intersections && attributes.length > 1) {
    const name = attributes.map((a) => a.name).join(" \xD7 ");
    if (groupings.length === attributes.length) {
      results.push(examine(input, intersectGroupings(groupings.map((g) => g.grouping)), attributes, settings));
    } else {
      const failed = attributes.filter((a) => !groupings.some((g) => g.attribute === a)).map((a) => a.name);
      results.push(failedAttribute(name, attributes.map((a) => a.name), attributes.map((a) => a.column), `cannot intersect: ${failed.join(", ")} could not be examined`));
    }
  }
  const result = { task: input.task, rows, minGroupSize: settings.minGroupSize, band: settings.band, attributes: results, notes: datasetNotes(input) };
  if (settings.resamples > 0) {
    const binaryTask = input.task === "binary-classification";
    result.intervals = { method: binaryTask ? BINARY_INTERVAL_METHOD : "row bootstrap, percentile", level: settings.level };
    if (!binaryTask) result.bootstrap = { resamples: resamplesFor(rows, settings.resamples), level: settings.level, seed: settings.seed, method: "row bootstrap, percentile" };
  }
  return result;
}
function failedAttribute(name, attributes, columns, error) {
  return { name, attributes, columns, error, groups: [], compared: [], excluded: [], aggregates: [], disparities: [], notes: [] };
}
var plural2 = (n2, word) => `${n2} ${word}${n2 === 1 ? "" : "s"}`;
function judge(grouping, counts, settings) {
  const compared = [];
  const excluded = [];
  grouping.groups.forEach((group, g) => {
    const count = counts[g];
    if (group.missing) {
      excluded.push({ group: group.label, count, why: "missing", reason: `${plural2(count, "row")} without a value for ${grouping.attributes.join(" or ")}: reported, not compared` });
    } else if (count < settings.minGroupSize) {
      excluded.push({ group: group.label, count, why: "too-small", reason: `${plural2(count, "row")}, fewer than min_group_size ${settings.minGroupSize}: too small to judge` });
    } else compared.push(g);
  });
  return { compared, excluded };
}
function tooFewGroupsReason(grouping, counts, compared, settings) {
  if (compared.length >= 2) return void 0;
  const real = grouping.groups.map((g, i) => ({ ...g, count: counts[i] })).filter((g) => !g.missing);
  const describe = (g) => `'${g.label}' (${plural2(g.count, "row")})`;
  if (real.length === 0) return `no row has a value for ${grouping.name}: nothing to compare`;
  if (real.length === 1) return `only one group in the data, ${describe(real[0])}: nothing to compare`;
  const small = real.filter((g) => g.count < settings.minGroupSize).map(describe).join(", ");
  if (compared.length === 1) {
    const only = grouping.groups[compared[0]];
    return `only one group large enough to judge, ${describe({ label: only.label, count: counts[compared[0]] })}; too small (min_group_size ${settings.minGroupSize}): ${small}`;
  }
  return `no group large enough to judge (min_group_size ${settings.minGroupSize}): ${small}`;
}
function examine(input, grouping, attributes, settings) {
  const base = {
    name: grouping.name,
    attributes: grouping.attributes,
    columns: attributes.map((a) => a.column)
  };
  return input.task === "binary-classification" ? examineBinary(input, grouping, attributes, settings, base) : examineRegression(input, grouping, settings, base);
}
function examineBinary(input, grouping, attributes, settings, base) {
  const counts = confusionByGroup(input, grouping);
  const { groups, overall } = binaryGroupMetrics(counts, grouping);
  const sizes = groups.map((g) => g.count);
  const { compared, excluded } = judge(grouping, sizes, settings);
  const tooFew = tooFewGroupsReason(grouping, sizes, compared, settings);
  const table2 = rateTable(counts, groups.length);
  const labels = grouping.groups.map((g) => g.label);
  const notes = [];
  const withIntervals = settings.resamples > 0;
  if (withIntervals) {
    const z = normalQuantile(1 - (1 - settings.level) / 2);
    for (const group of groups) {
      if (group.count > 0) group.selectionRateInterval = { ...wilsonInterval(group.predictedPositives, group.count, z), level: settings.level };
    }
  }
  const aggregates = BINARY_AGGREGATES.map((spec) => {
    const { aggregate, participants } = binaryAggregate(spec, table2, groups, compared, labels, tooFew);
    if (aggregate.value !== null && withIntervals) aggregate.ci = { ...aggregateInterval(spec, counts, participants, settings.level), level: settings.level };
    return aggregate;
  });
  for (const g of compared) {
    const group = groups[g];
    for (const [rate, why] of Object.entries(group.undefinedRates)) {
      if (rate === "tpr" || rate === "fpr" || rate === "selection_rate") notes.push(`'${group.group}': ${why}; it is left out of the aggregates that compare ${RATE_NAMES[rate]}`);
    }
  }
  const { reference, referenceProblem } = chooseReference(grouping, attributes, sizes, compared, settings);
  const disparities = [];
  if (reference) {
    const r = labels.indexOf(reference.group);
    const family = Math.max(1, compared.length - 1);
    for (const g of compared) {
      if (g === r) continue;
      for (const { id, rate } of DISPARITIES) {
        const disparity = binaryDisparity(id, rate, table2, groups, g, r, settings.band);
        if (disparity.value !== null && withIntervals) {
          const ci = disparityInterval(rate, counts, g, r, settings.level, family);
          if (Number.isFinite(ci.upper)) disparity.ci = { ...ci, level: settings.level };
        }
        disparities.push(disparity);
      }
    }
    if (compared.length === 1) notes.push(`only the reference group '${reference.group}' is large enough to judge: no disparities`);
  }
  const result = { ...base, groups, overall, compared: compared.map((g) => labels[g]), excluded, aggregates, disparities, notes };
  if (reference) result.reference = reference;
  if (referenceProblem) result.referenceProblem = referenceProblem;
  return result;
}
function binaryAggregate(spec, table2, groups, compared, labels, tooFew) {
  const participants = [];
  const insufficient = /* @__PURE__ */ new Set();
  const components = spec.rates.map((rate) => {
    const overall = table2.overall[RATE_INDEX[rate]];
    const leftOut = compared.filter((g) => groups[g].rates[rate] === null).map((g) => ({ group: labels[g], reason: groups[g].undefinedRates[rate] }));
    const who = compared.filter((g) => groups[g].rates[rate] !== null);
    participants.push(Int32Array.from(who));
    const component = { rate, value: null, overall: Number.isNaN(overall) ? null : overall, leftOut };
    if (tooFew) return { ...component, reason: tooFew };
    if (who.length < 2) {
      insufficient.add(rate);
      const name = RATE_NAMES[rate];
      const gone = leftOut.map((l) => `'${l.group}': ${l.reason}`).join("; ");
      const reason = who.length === 1 ? `only one compared group has a ${name}, '${labels[who[0]]}'; ${gone}` : `no compared group has a ${name}; ${gone}`;
      return { ...component, reason };
    }
    const values = who.map((g) => groups[g].rates[rate]);
    const value2 = compareGroups(spec.comparison, spec.method, values, overall);
    const lowestAt = values.indexOf(Math.min(...values));
    const highestAt = values.indexOf(Math.max(...values));
    if (spec.method === "between_groups") {
      component.lowest = { group: labels[who[lowestAt]], value: values[lowestAt] };
      component.highest = { group: labels[who[highestAt]], value: values[highestAt] };
    } else if (!Number.isNaN(overall)) {
      const deciding = decidingGroup(spec.comparison, values, overall);
      if (deciding >= 0) component.farthest = { group: labels[who[deciding]], value: values[deciding] };
    }
    if (Number.isNaN(value2)) return { ...component, reason: zeroOverZero(spec, rate, overall) };
    return { ...component, value: value2 };
  });
  const value = combineOrNull(spec, components);
  const aggregate = { id: spec.id, method: spec.method, key: aggregateKey(spec), value, status: "ok", components };
  if (spec.agg) aggregate.agg = spec.agg;
  if (value === null) {
    const failing = components.filter((c) => c.value === null);
    aggregate.status = tooFew || insufficient.size > 0 ? "insufficient-groups" : "undefined";
    aggregate.reason = tooFew ?? failing.map((c) => components.length > 1 ? `${RATE_NAMES[c.rate]}: ${c.reason}` : c.reason).join("; ");
  }
  return { aggregate, participants };
}
function decidingGroup(comparison, values, overall) {
  let best = -1;
  let bestScore = comparison === "difference" ? -Infinity : Infinity;
  values.forEach((v, i) => {
    if (comparison === "difference") {
      const score = Math.abs(v - overall);
      if (score > bestScore) [best, bestScore] = [i, score];
    } else {
      const r = v / overall;
      if (Number.isNaN(r)) return;
      const score = r > 1 ? 1 / r : r;
      if (score < bestScore) [best, bestScore] = [i, score];
    }
  });
  return best;
}
function zeroOverZero(spec, rate, overall) {
  const name = RATE_NAMES[rate];
  if (Number.isNaN(overall)) return `the ${name} on all rows is undefined, so nothing to compare with`;
  if (spec.method === "between_groups") return `every compared group's ${name} is 0, so min / max is 0/0`;
  return `the ${name} on all rows is 0, so every group's ratio to it is 0/0`;
}
function combineOrNull(spec, components) {
  if (components.some((c) => c.value === null)) return null;
  const values = components.map((c) => c.value);
  if (values.length === 1) return values[0];
  if (spec.agg === "mean") return values.reduce((a, b) => a + b, 0) / values.length;
  return spec.comparison === "difference" ? Math.max(...values) : Math.min(...values);
}
function chooseReference(grouping, attributes, sizes, compared, settings) {
  const labels = grouping.groups.map((g) => g.label);
  const declaredParts = attributes.map((a) => a.reference_group);
  const declared = declaredParts.every((p) => p !== void 0) ? declaredParts.join(", ") : void 0;
  let problem;
  if (declared !== void 0) {
    const at = labels.indexOf(declared);
    if (at < 0) problem = { kind: "not-in-data", message: `reference group '${declared}' is not in the data (groups: ${labels.join(", ")})` };
    else if (!compared.includes(at)) {
      const why = grouping.groups[at].missing ? "is the group of missing values" : `has ${plural2(sizes[at], "row")}, fewer than min_group_size ${settings.minGroupSize}`;
      problem = { kind: "not-judged", message: `reference group '${declared}' ${why}` };
    } else return { reference: { group: declared, chosen: "declared" } };
    if (attributes.length === 1) return { referenceProblem: { ...problem, message: `${problem.message}: no disparities` } };
  }
  if (compared.length === 0) return { referenceProblem: problem ?? { kind: "not-judged", message: "no group large enough to judge: no disparities" } };
  let largest = compared[0];
  for (const g of compared) if (sizes[g] > sizes[largest]) largest = g;
  const result = { reference: { group: labels[largest], chosen: "largest" } };
  if (problem) result.referenceProblem = { ...problem, message: `${problem.message}; the largest cell is the reference instead` };
  return result;
}
function binaryDisparity(id, rate, table2, groups, g, r, band2) {
  const group = groups[g];
  const reference = groups[r];
  const groupRate = group.rates[rate];
  const referenceRate = reference.rates[rate];
  const disparity = { id, rate, group: group.group, reference: reference.group, value: null, groupRate, referenceRate, withinBand: null };
  const name = RATE_NAMES[rate];
  if (groupRate === null) disparity.reason = `'${group.group}': ${group.undefinedRates[rate]}`;
  else if (referenceRate === null) disparity.reason = `reference '${reference.group}': ${reference.undefinedRates[rate]}`;
  else if (referenceRate === 0) disparity.reason = groupRate === 0 ? `both ${name}s are 0, so the ratio is 0/0` : `the reference group's ${name} is 0, so the ratio is undefined`;
  else {
    disparity.value = disparityValue(rate, table2, g, r);
    disparity.withinBand = withinBand(disparity.value, band2);
  }
  return disparity;
}
function examineRegression(input, grouping, settings, base) {
  const sums = regressionSumsByGroup(input, grouping);
  const { groups, overall } = regressionGroupMetrics(sums, grouping);
  const sizes = groups.map((g) => g.count);
  const { compared, excluded } = judge(grouping, sizes, settings);
  const tooFew = tooFewGroupsReason(grouping, sizes, compared, settings);
  const labels = grouping.groups.map((g) => g.label);
  const aggregates = ["between_groups", "to_overall"].map((method) => {
    const values = compared.map((g) => groups[g].measures.mae);
    const component = { rate: "mae", value: null, overall: overall.measures.mae, leftOut: [] };
    const aggregate = { id: MAE_DIFFERENCE, method, key: aggregateKey({ id: MAE_DIFFERENCE, method }), value: null, status: "ok", components: [component] };
    if (tooFew) return { ...aggregate, status: "insufficient-groups", reason: tooFew, components: [{ ...component, reason: tooFew }] };
    component.value = compareGroups("difference", method, values, overall.measures.mae);
    if (method === "between_groups") {
      const lo = values.indexOf(Math.min(...values));
      const hi = values.indexOf(Math.max(...values));
      component.lowest = { group: labels[compared[lo]], value: values[lo] };
      component.highest = { group: labels[compared[hi]], value: values[hi] };
    } else {
      const at = decidingGroup("difference", values, overall.measures.mae);
      component.farthest = { group: labels[compared[at]], value: values[at] };
    }
    return { ...aggregate, value: component.value };
  });
  if (settings.resamples > 0 && !tooFew) {
    const resamples = resamplesFor(settings.rows, settings.resamples);
    const rng = createRng(settings.seed);
    const indices = new Uint32Array(settings.rows);
    const replicates = aggregates.map(() => new Float64Array(resamples));
    const values = new Float64Array(compared.length);
    const drawn = new Float64Array(sums.length);
    const multiplicity = new Uint32Array(settings.rows);
    for (let b = 0; b < resamples; b++) {
      regressionSumsOfRows(input, grouping, sampleIndices(settings.rows, rng, indices), drawn, multiplicity);
      let all = 0;
      let allErrors = 0;
      for (let g = 0; g < groups.length; g++) {
        all += drawn[g * REGRESSION_SUMS];
        allErrors += drawn[g * REGRESSION_SUMS + 1];
      }
      compared.forEach((g, i) => values[i] = regressionMeasureOf("mae", drawn, g));
      aggregates.forEach((a, k) => replicates[k][b] = compareGroups("difference", a.method, values, allErrors / all));
    }
    aggregates.forEach((a, k) => {
      const ci = percentileInterval(replicates[k], settings.level);
      if (ci) a.ci = ci;
    });
  }
  return { ...base, groups, overall, compared: compared.map((g) => labels[g]), excluded, aggregates, disparities: [], notes: [] };
}
function percentileInterval(replicates, level2) {
  const used = Array.from(replicates.filter((v) => !Number.isNaN(v)).sort());
  if (used.length === 0) return void 0;
  const tail = (1 - level2) / 2;
  return { lower: quantileSorted(used, tail), upper: quantileSorted(used, 1 - tail), level: level2, resamples: replicates.length, resamplesUsed: used.length };
}

// src/core/fairness/gate.ts
var FAIRNESS_RULES = ["evidence", "point-estimate"];
var DISPARITY_IDS = new Set(DISPARITIES.map((d) => d.id));
function fairnessGate(config, result, blocking, champion) {
  const metrics = config?.metrics ?? {};
  const method = config?.method ?? "between_groups";
  const agg = config?.agg ?? "worst_case";
  const rule2 = config?.rule ?? "evidence";
  const checks = [];
  const usable = result.attributes.filter((a) => {
    if (a.error) checks.push({ name: `fairness (${a.name})`, verdict: "error", value: null, message: a.error, pointer: "/gates/fairness/attributes" });
    return !a.error;
  });
  for (const [id, bound2] of Object.entries(metrics)) {
    if (DISPARITY_IDS.has(id)) continue;
    const pointer = `/gates/fairness/metrics/${id}`;
    const key = aggregateKey({ id, method, ...id.startsWith("equalized_odds") ? { agg } : {} });
    for (const attribute of usable) {
      const aggregate = attribute.aggregates.find((a) => a.key === key);
      if (!aggregate) {
        checks.push({ name: `${id} (${attribute.name})`, verdict: "error", value: null, bound: bound2, message: `${id} does not apply to ${result.task}`, pointer });
        continue;
      }
      const previous = champion?.attributes.find((a) => a.name === attribute.name)?.aggregates.find((a) => a.key === key);
      checks.push({ ...withChampion(aggregateCheck(`${id} (${attribute.name})`, aggregate, attribute, bound2, method !== "between_groups" || aggregate.agg === "mean", rule2), previous?.value), pointer });
    }
  }
  const disparityBounds = /* @__PURE__ */ new Map();
  for (const { id } of DISPARITIES) {
    const bound2 = metrics[id] ?? config?.disparity_band;
    if (bound2) disparityBounds.set(id, bound2);
  }
  if (disparityBounds.size > 0 && result.task !== "binary-classification") {
    for (const id of disparityBounds.keys()) checks.push({ name: id, verdict: "error", value: null, message: `${id} does not apply to ${result.task}`, pointer: disparityPointer(id) });
  } else {
    for (const [id, bound2] of disparityBounds) {
      for (const attribute of usable) {
        const previous = champion?.attributes.find((a) => a.name === attribute.name);
        checks.push({ ...withChampion(disparityCheck(id, attribute, bound2, rule2), previous ? worstDisparity(previous.disparities.filter((d) => d.id === id && d.value !== null), bound2)?.value : void 0), pointer: disparityPointer(id) });
      }
    }
  }
  return gateResult("fairness", checks, blocking, summaryOf2(checks));
  function disparityPointer(id) {
    return metrics[id] ? `/gates/fairness/metrics/${id}` : "/gates/fairness/disparity_band";
  }
}
function summaryOf2(checks) {
  const warned = checks.filter((c) => c.verdict === "warn");
  if (warned.length === 0) return void 0;
  const failed = checks.filter((c) => c.verdict === "fail" || c.verdict === "error");
  const passed = checks.length - warned.length - failed.length;
  const parts = [`${passed} of ${checks.length} checks passed`];
  if (failed.length > 0) parts.push(`${failed.length} failed: ${failed.map((c) => c.name).join(", ")}`);
  parts.push(`${warned.length} warn${warned.length === 1 ? "s" : ""}: ${warned.map((c) => c.name).join(", ")}`);
  return parts.join("; ");
}
function withChampion(check, championValue) {
  if (championValue === void 0) return check;
  const value = typeof check.value === "number" ? check.value : null;
  return { ...check, champion: championValue, delta: value !== null && championValue !== null ? value - championValue : null };
}
var percent2 = (level2) => `${Number((level2 * 100).toPrecision(4))}%`;
var intervalText3 = (ci) => `${percent2(ci.level)} CI [${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}]`;
function interval(ci) {
  return ci ? `; ${intervalText3(ci)}` : "";
}
function intervalBreaks(ci, bound2) {
  return bound2.min !== void 0 && ci.upper < bound2.min || bound2.max !== void 0 && ci.lower > bound2.max;
}
function decide(name, value, ci, bound2, rule2) {
  const point = checkBound(name, value, bound2);
  const check = { ...point, rule: ci ? rule2 : "point-estimate" };
  if (ci) check.interval = { lower: ci.lower, upper: ci.upper, level: ci.level };
  if (!ci) return { ...check, message: `${point.message}${rule2 === "evidence" ? " (no interval computed: decided on the value)" : ""}` };
  if (rule2 === "point-estimate" || point.verdict === "pass") return { ...check, message: `${point.message}${interval(ci)}${rule2 === "point-estimate" ? " (rule: point-estimate)" : ""}` };
  const side = bound2.min !== void 0 && value < bound2.min ? "below" : "above";
  if (intervalBreaks(ci, bound2)) {
    return { ...check, verdict: "fail", message: `${formatNumber(value)} breaks the bound ${describeBound(bound2)}: the whole ${intervalText3(ci)} is ${side} it` };
  }
  return {
    ...check,
    verdict: "warn",
    message: `${formatNumber(value)} is ${side} the bound ${describeBound(bound2)}, but the ${intervalText3(ci)} reaches it: not shown broken at these group sizes`
  };
}
function notJudged(attribute) {
  if (attribute.excluded.length === 0) return "";
  return `; not judged: ${attribute.excluded.map((e) => `'${e.group}' (${e.count} row${e.count === 1 ? "" : "s"}, ${e.why === "missing" ? "no value" : "too small"})`).join(", ")}`;
}
function describeComponent(component, several) {
  const name = component.rate === "mae" ? "MAE" : RATE_NAMES[component.rate];
  const head = several ? `${name} ${formatNumber(component.value)}: ` : `${name}: `;
  if (component.lowest && component.highest) {
    return `${head}'${component.lowest.group}' ${formatNumber(component.lowest.value)} lowest, '${component.highest.group}' ${formatNumber(component.highest.value)} highest`;
  }
  if (component.farthest && component.overall !== null) return `${head}'${component.farthest.group}' ${formatNumber(component.farthest.value)} against ${formatNumber(component.overall)} overall`;
  return head.replace(/: $/, "");
}
function aggregateCheck(name, aggregate, attribute, bound2, sayVariant, rule2) {
  const variant = sayVariant ? ` (${aggregate.method}${aggregate.agg ? `, ${aggregate.agg}` : ""})` : "";
  if (aggregate.value === null) {
    const reason = `${aggregate.reason ?? "no value on this data"}${variant}`;
    if (aggregate.status === "insufficient-groups") return { name, verdict: "warn", value: null, bound: bound2, message: `too small to judge: ${reason}` };
    return checkBound(name, null, bound2, `no value: ${reason}`);
  }
  const check = decide(name, aggregate.value, aggregate.ci, bound2, rule2);
  const several = aggregate.components.length > 1;
  const left = aggregate.components.flatMap((c) => c.leftOut.map((l) => `'${l.group}' (${l.reason})`));
  const details = aggregate.components.map((c) => describeComponent(c, several)).join("; ");
  return {
    ...check,
    message: `${check.message}${variant}; ${details}${left.length > 0 ? `; left out: ${left.join(", ")}` : ""}${notJudged(attribute)}`
  };
}
function margin(value, bound2) {
  const sides = [];
  if (bound2.min !== void 0) sides.push(Math.log(value) - Math.log(bound2.min));
  if (bound2.max !== void 0) sides.push(Math.log(bound2.max) - Math.log(value));
  return Math.min(...sides);
}
function worstDisparity(measured, bound2) {
  let worst;
  for (const d of measured) if (!worst || margin(d.value, bound2) < margin(worst.value, bound2)) worst = d;
  return worst;
}
function disparityCheck(id, attribute, bound2, rule2) {
  const name = `${id} (${attribute.name})`;
  if (!attribute.reference) {
    const problem = attribute.referenceProblem;
    if (problem?.kind === "not-in-data") return { name, verdict: "error", value: null, bound: bound2, message: problem.message };
    return { name, verdict: "warn", value: null, bound: bound2, message: `too small to judge: ${problem?.message ?? "no reference group"}${notJudged(attribute)}` };
  }
  const reference = attribute.reference.group;
  const all = attribute.disparities.filter((d) => d.id === id);
  if (all.length === 0) {
    return { name, verdict: "warn", value: null, bound: bound2, message: `too small to judge: only the reference group '${reference}' is large enough to compare${notJudged(attribute)}` };
  }
  const measured = all.filter((d) => d.value !== null);
  const unmeasured = all.filter((d) => d.value === null).map((d) => `'${d.group}' (${d.reason})`);
  if (measured.length === 0) return checkBound(name, null, bound2, `no value for any group against '${reference}': ${unmeasured.join(", ")}`);
  const decided = measured.map((d) => ({ d, check: decide(name, d.value, d.ci, bound2, rule2) }));
  const rank = { fail: 0, warn: 1, pass: 2 };
  const deciding = decided.filter((x) => x.check.verdict === decided.reduce((best, y) => rank[y.check.verdict] < rank[best] ? y.check.verdict : best, "pass")).reduce((worst2, x) => margin(x.d.value, bound2) < margin(worst2.d.value, bound2) ? x : worst2);
  const { d: worst, check } = deciding;
  const rate = RATE_NAMES[worst.rate];
  const others = measured.length > 1 ? `; ${measured.length} groups compared, ${measured.filter((d) => !isWithin(d.value, bound2)).length} outside` : "";
  return {
    ...check,
    verdict: check.verdict === "pass" && unmeasured.length > 0 ? "warn" : check.verdict,
    message: `'${worst.group}' (${rate} ${formatNumber(worst.groupRate)} against ${formatNumber(worst.referenceRate)} for reference '${reference}'): ${check.message}${others}${unmeasured.length > 0 ? `; no value: ${unmeasured.join(", ")}` : ""}${notJudged(attribute)}`
  };
}

// src/core/fairness/render.ts
var markdownTable4 = (rows) => markdownTable(rows, { alignDelimiters: false });
var pct3 = (value) => value === null || value === void 0 ? "\u2014" : `${(value * 100).toFixed(1)}%`;
var mermaidText3 = (text) => text.replace(/["\n]/g, "'");
function groupRow(group, judged) {
  const name = `${group.group}${judged ? "" : " \u26A0\uFE0F"}`;
  if ("rates" in group) {
    const r = group.rates;
    return [name, String(group.count), pct3(group.share), pct3(r.base_rate), pct3(r.selection_rate), pct3(r.tpr), pct3(r.fpr), pct3(r.precision), pct3(r.accuracy)];
  }
  return [name, String(group.count), pct3(group.share), num2(group.measures.mae), num2(group.measures.rmse), num2(group.measures.mean_prediction)];
}
function selectionRateChart(attribute) {
  const groups = attribute.groups.filter((g) => "rates" in g && g.rates.selection_rate !== null);
  if (groups.length === 0) return [];
  const percent3 = (v) => (v * 100).toFixed(1);
  const withInterval = groups.every((g) => g.selectionRateInterval);
  const level2 = groups[0].selectionRateInterval?.level;
  return [
    "```mermaid",
    "xychart-beta",
    `    title "Selection rate by ${mermaidText3(attribute.name)}${withInterval && level2 ? ` (lines: ${Math.round(level2 * 100)}% interval)` : ""}"`,
    `    x-axis [${groups.map((g) => `"${mermaidText3(g.group)}"`).join(", ")}]`,
    '    y-axis "selected (%)" 0 --> 100',
    `    bar [${groups.map((g) => percent3(g.rates.selection_rate ?? 0)).join(", ")}]`,
    ...withInterval ? [`    line [${groups.map((g) => percent3(g.selectionRateInterval.lower)).join(", ")}]`, `    line [${groups.map((g) => percent3(g.selectionRateInterval.upper)).join(", ")}]`] : [],
    "```"
  ];
}
var DECISION_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", error: "\u26D4", skipped: "\u23ED\uFE0F" };
function decisionText(check) {
  const icon = DECISION_ICON[check.verdict] ?? "";
  if (check.value === null || check.value === void 0) return `${icon} ${check.verdict}`;
  if (check.rule === "point-estimate") return `${icon} ${check.verdict} (point estimate)`;
  if (check.verdict === "fail") return `${icon} fail: whole interval outside the bound`;
  if (check.verdict === "warn" && check.interval) return `${icon} warn: outside the bound, not shown broken`;
  return `${icon} ${check.verdict}`;
}
function ruleSentence(fairness, gate) {
  const rule2 = gate?.checks.find((c) => c.rule)?.rule;
  const level2 = fairness.intervals ? `${Number((fairness.intervals.level * 100).toPrecision(4))}%` : void 0;
  const how = fairness.intervals ? ` Intervals: ${fairness.intervals.method}.` : "";
  if (rule2 === "evidence") return `Rule: evidence \u2014 a bound fails only when the whole ${level2} interval lies outside it; a value outside the bound whose interval reaches it warns (not shown broken).${how}`;
  if (rule2 === "point-estimate") return `Rule: point-estimate \u2014 the measured value alone passes or fails.${how}`;
  return how.trim();
}
function attributeSection(attribute, champion, checks) {
  const out = [`**${attribute.name}**`, ""];
  if (attribute.error) return [...out, `\u26D4 ${attribute.error}`, ""];
  const judged = new Set(attribute.compared);
  const binary = attribute.groups.some((g) => "rates" in g);
  const header = binary ? ["Group", "Rows", "Share", "Base rate", "Selected", "TPR", "FPR", "Precision", "Accuracy"] : ["Group", "Rows", "Share", "MAE", "RMSE", "Mean prediction"];
  out.push(markdownTable4([header, ...attribute.groups.map((g) => groupRow(g, judged.has(g.group)))]), "");
  for (const excluded of attribute.excluded) out.push(`- \u26A0\uFE0F ${excluded.group}: ${excluded.reason}`);
  if (attribute.excluded.length > 0) out.push("");
  const championAggregates = new Map((champion?.aggregates ?? []).map((a) => [a.key, a]));
  const level2 = attribute.aggregates.find((a) => a.ci)?.ci?.level;
  const rows = attribute.aggregates.filter((a) => a.method === "between_groups" && (a.agg === void 0 || a.agg === "worst_case")).map((a) => {
    const check = checks.get(`${a.id} (${attribute.name})`);
    return [
      a.id,
      a.value === null ? `\u2014 (${a.reason ?? a.status})` : num2(a.value),
      a.ci ? `[${num2(a.ci.lower)}, ${num2(a.ci.upper)}]` : "",
      check?.bound ? describeBound(check.bound) : "",
      check ? decisionText(check) : "not gated",
      ...champion ? [num2(championAggregates.get(a.key)?.value)] : []
    ];
  });
  if (rows.length > 0) {
    const header2 = ["Aggregate (between groups)", "Value", level2 ? `${Math.round(level2 * 100)}% interval` : "Interval", "Bound", "Decision", ...champion ? ["Champion"] : []];
    out.push(markdownTable4([header2, ...rows]), "");
  }
  if (attribute.reference) {
    const outside2 = attribute.disparities.filter((d) => d.withinBand === false);
    out.push(
      `Disparities against the reference group **${attribute.reference.group}** (${attribute.reference.chosen}): ` + (outside2.length === 0 ? "all within the band." : outside2.map((d) => `${d.id} of ${d.group} ${num2(d.value)}`).join(", ") + " outside the band."),
      ""
    );
  } else if (attribute.referenceProblem) out.push(`No reference group: ${attribute.referenceProblem.message}`, "");
  out.push(...selectionRateChart(attribute), "");
  return out;
}
function fairnessMarkdown(fairness, gate) {
  const { challenger, champion } = fairness;
  const out = [`<details><summary>Fairness on ${challenger.rows} rows (groups under ${challenger.minGroupSize} rows are reported, not judged)</summary>`, ""];
  const rule2 = ruleSentence(challenger, gate);
  if (rule2) out.push(rule2, "");
  for (const note of challenger.notes) out.push(`- ${note}`);
  if (challenger.notes.length > 0) out.push("");
  const checks = new Map((gate?.checks ?? []).map((c) => [c.name, c]));
  for (const attribute of challenger.attributes) out.push(...attributeSection(attribute, champion?.attributes.find((a) => a.name === attribute.name), checks));
  out.push("</details>", "");
  return out;
}
var isBinary = (g) => "rates" in g;
function groupCells(group, judged) {
  const name = html(`${escapeHtml(group.group)}${judged ? "" : ' <span class="muted">(not judged)</span>'}`);
  if (isBinary(group)) {
    const r = group.rates;
    return [name, n(String(group.count)), n(pct3(group.share)), n(pct3(r.base_rate)), n(pct3(r.selection_rate)), n(pct3(r.tpr)), n(pct3(r.fpr)), n(pct3(r.precision)), n(pct3(r.accuracy))];
  }
  return [name, n(String(group.count)), n(pct3(group.share)), n(num2(group.measures.mae)), n(num2(group.measures.rmse)), n(num2(group.measures.mean_prediction))];
}
function attributeHtml(attribute, champion, band2, checks) {
  const out = [`<h4>${escapeHtml(attribute.name)}</h4>`];
  if (attribute.error) return [...out, `<p>${badge("error")} ${escapeHtml(attribute.error)}</p>`].join("\n");
  const judged = new Set(attribute.compared);
  const binary = attribute.groups.some(isBinary);
  const head = binary ? ["Group", "Rows", "Share", "Base rate", "Selected", "TPR", "FPR", "Precision", "Accuracy"] : ["Group", "Rows", "Share", "MAE", "RMSE", "Mean prediction"];
  const rows = attribute.groups.map((g) => groupCells(g, judged.has(g.group)));
  if (attribute.overall) rows.push(groupCells({ ...attribute.overall, group: "overall" }, true));
  out.push(table(head, rows));
  if (attribute.excluded.length > 0) out.push(`<ul>${attribute.excluded.map((e) => `<li>${escapeHtml(e.group)}: ${escapeHtml(e.reason)}</li>`).join("")}</ul>`);
  if (binary) {
    const groups = attribute.groups.filter(isBinary);
    const championGroups = new Map((champion?.groups ?? []).filter(isBinary).map((g) => [g.group, g]));
    const series = [{ name: "model", color: COLORS.model, values: groups.map((g) => g.rates.selection_rate) }];
    if (champion) series.push({ name: "champion", color: COLORS.champion, values: groups.map((g) => championGroups.get(g.group)?.rates.selection_rate ?? null) });
    const overall = attribute.overall && isBinary(attribute.overall) ? attribute.overall.rates.selection_rate : null;
    const aria = `Selection rate by ${attribute.name}: ${groups.map((g) => `${g.group} ${pct3(g.rates.selection_rate)}${champion ? ` (champion ${pct3(championGroups.get(g.group)?.rates.selection_rate)})` : ""}`).join("; ")}${overall === null ? "" : `; overall ${pct3(overall)}`}.`;
    out.push(
      figure(
        verticalBars({ ariaLabel: aria, categories: groups.map((g) => g.group), series, format: pct3, minMax: 0.1, ...overall === null ? {} : { reference: { value: overall, label: `overall ${pct3(overall)}` } } }),
        legend(keyOf(COLORS.model, "model"), ...champion ? [keyOf(COLORS.champion, "champion")] : [], ...overall === null ? [] : [keyOf(COLORS.axis, `overall selection rate ${pct3(overall)}`, true)]),
        `Share of each group the model selects (predicts positive).`
      )
    );
  } else {
    const groups = attribute.groups.filter((g) => !isBinary(g));
    const aria = `Mean absolute error by ${attribute.name}: ${groups.map((g) => `${g.group} ${num2(g.measures.mae)}`).join("; ")}.`;
    out.push(figure(verticalBars({ ariaLabel: aria, categories: groups.map((g) => g.group), series: [{ name: "model", color: COLORS.model, values: groups.map((g) => g.measures.mae) }], format: num2 }), legend(keyOf(COLORS.model, "model")), "Mean absolute error per group."));
  }
  const championAggregates = new Map((champion?.aggregates ?? []).map((a) => [a.key, a]));
  const aggregates = attribute.aggregates.filter((a) => a.method === "between_groups" && (a.agg === void 0 || a.agg === "worst_case"));
  out.push(
    table(
      ["Aggregate (between groups)", "Value", "Interval", "Bound", "Decision", "Lowest", "Highest", ...champion ? ["Champion"] : []],
      aggregates.map((a) => {
        const component = a.components[0];
        const extreme = (g) => g ? `${g.group} ${num2(g.value)}` : "";
        const check = checks.get(`${a.id} (${attribute.name})`);
        return [
          a.id,
          n(a.value === null ? `\u2014 (${a.reason ?? a.status})` : num2(a.value)),
          n(a.ci ? `[${num2(a.ci.lower)}, ${num2(a.ci.upper)}] at ${Math.round(a.ci.level * 100)}%` : ""),
          n(check?.bound ? describeBound(check.bound) : ""),
          check ? decisionText(check) : "not gated",
          extreme(component?.lowest),
          extreme(component?.highest),
          ...champion ? [n(num2(championAggregates.get(a.key)?.value))] : []
        ];
      }),
      { caption: "Aggregates" }
    )
  );
  if (attribute.reference) {
    out.push(
      table(
        ["Disparity", "Group", "Group rate", "Reference rate", "Ratio", "Interval", `Within ${num2(band2.min)}\u2013${num2(band2.max)}`],
        attribute.disparities.map((d) => [
          d.id,
          d.group,
          n(num2(d.groupRate)),
          n(num2(d.referenceRate)),
          n(d.value === null ? `\u2014 (${d.reason ?? "no value"})` : num2(d.value)),
          n(d.ci ? `[${num2(d.ci.lower)}, ${num2(d.ci.upper)}]` : ""),
          html(d.withinBand === null ? "\u2014" : d.withinBand ? "yes" : flag("warn", "no"))
        ]),
        { caption: `Disparities against the reference group ${attribute.reference.group} (${attribute.reference.chosen})` }
      )
    );
  } else if (attribute.referenceProblem) out.push(`<p>No reference group: ${escapeHtml(attribute.referenceProblem.message)}</p>`);
  for (const note of attribute.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join("\n");
}
function fairnessHtml(model) {
  const fairness = model.evaluation?.fairness;
  if (!fairness) return void 0;
  const gate = model.gates.find((g) => g.gate === "fairness");
  const { challenger, champion } = fairness;
  const resamples = challenger.bootstrap ? ` (${challenger.bootstrap.resamples} resamples)` : "";
  const out = [`<h3>Fairness</h3>`, `<p>${challenger.rows} rows; groups under ${challenger.minGroupSize} rows are reported, not judged. ${escapeHtml(ruleSentence(challenger, gate))}${resamples}</p>`];
  for (const note of challenger.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  const checks = new Map((gate?.checks ?? []).map((c) => [c.name, c]));
  for (const attribute of challenger.attributes) out.push(attributeHtml(attribute, champion?.attributes.find((a) => a.name === attribute.name), challenger.band, checks));
  return out.join("\n");
}

// src/core/fairness/section.ts
var FAIRNESS_GATE_SCHEMA = object(
  "Group fairness on the evaluation data.",
  {
    attributes: {
      type: "array",
      description: "Names of data.sensitive attributes to examine.",
      minItems: 1,
      uniqueItems: true,
      items: string("A data.sensitive name.")
    },
    intersections: boolean("Also examine every combination of the attributes (empty cells skipped)."),
    min_group_size: integer("Groups smaller than this are reported as too small to judge. Default 30.", { minimum: 1 }),
    metrics: metricBounds("Bounds on fairness aggregates, by id.", FAIRNESS_METRICS),
    disparity_band: bound("Pass band for disparities against the reference group. Default min 0.8, max 1.25."),
    rule: choice(
      FAIRNESS_RULES,
      "How a bound is decided. evidence (default): fail only when the whole (1 - alpha) confidence interval lies outside the bound (the data show it is broken); a value outside the bound whose interval still reaches it warns as not shown broken. point-estimate: the measured value alone passes or fails, whatever the sample size (Fairlearn-style)."
    ),
    alpha: level("Significance level of the evidence rule: intervals are two-sided at 1 - alpha, Bonferroni-adjusted over the groups an aggregate compares. Default 0.05.")
  },
  ["attributes"]
);
var fairnessSection = defineSection({
  id: "fairness",
  title: "Fairness",
  order: 50,
  gate: {
    needs: "groups",
    manifest: FAIRNESS_GATE_SCHEMA,
    decide: (measured, { manifest, blocking, seed }) => {
      const fairness = manifest.gates.fairness;
      const fairnessOf = (forManifest, metricInput) => metricInput.task === "multiclass-classification" ? void 0 : evaluateFairness({
        input: metricInput,
        attributes: sensitiveAttributesFor(forManifest).attributes,
        columns: measured.columns,
        minGroupSize: fairness.min_group_size ?? DEFAULT_MIN_GROUP_SIZE,
        intersections: fairness.intersections ?? false,
        level: 1 - (fairness.alpha ?? 0.05),
        seed,
        ...fairness.disparity_band ? { band: fairness.disparity_band } : {}
      });
      const challenger = fairnessOf(manifest, measured.input);
      if (!challenger) return { gate: { gate: "fairness", verdict: "error", blocking, summary: "fairness metrics apply to binary classification and regression", checks: [] } };
      const champion = measured.champion?.manifest.gates?.fairness ? fairnessOf(measured.champion.manifest, measured.champion.input) : void 0;
      return {
        gate: fairnessGate(fairness, challenger, blocking, champion),
        evaluation: { fairness: { challenger, ...champion ? { champion } : {} } }
      };
    }
  },
  reportSchema: {
    evaluation: {
      fairness: obj2(
        "Fairness of the model (and of the champion) on the evaluation data.",
        { challenger: { $ref: "#/$defs/fairness", description: "The model under review." }, champion: { $ref: "#/$defs/fairness", description: "The version in production." } },
        ["challenger"]
      )
    },
    defs: {
      fairness: obj2(
        "Group fairness per sensitive attribute (src/core/fairness).",
        {
          task: { enum: ["binary-classification", "regression"], description: "Task the metrics are for." },
          rows: int2("Rows evaluated."),
          minGroupSize: int2("Groups smaller than this are reported, not judged."),
          band: obj2("Inclusive bounds.", { min: { type: "number", description: "Lowest allowed." }, max: { type: "number", description: "Highest allowed." } }, []),
          intervals: obj2("How the intervals were computed.", { method: str2("Interval method (score intervals with Bonferroni for binary tasks, row bootstrap for regression)."), level: num3("Confidence level, e.g. 0.95.") }, ["method", "level"]),
          bootstrap: { type: "object", description: "The row bootstrap behind regression intervals: resamples, level, seed, method." },
          attributes: array2(
            "One entry per attribute, and one for their intersection when asked.",
            obj2(
              "Fairness for one attribute.",
              {
                name: str2('Attribute name, or "a \xD7 b" for an intersection.'),
                attributes: array2("Attributes combined.", str2("An attribute name.")),
                columns: array2("Data columns used.", str2("A column name.")),
                error: str2("Why the attribute could not be examined."),
                groups: array2("Metrics per group: count, share, base rate, selection rate, TPR, FPR, FNR, TNR, precision, FDR, FOR, accuracy (or MAE, RMSE for regression).", { type: "object", description: "One group." }),
                overall: { type: "object", description: "The same metrics on all rows." },
                compared: array2("Groups large enough to judge.", str2("A group.")),
                excluded: array2("Groups reported but not judged, and why.", { type: "object", description: "An excluded group." }),
                reference: { type: "object", description: "Reference group of the disparities and how it was chosen." },
                referenceProblem: { type: "object", description: "Why there is no usable reference group." },
                aggregates: array2("Fairlearn aggregates with their intervals.", { type: "object", description: "One aggregate." }),
                disparities: array2("Aequitas disparities against the reference group.", { type: "object", description: "One disparity." }),
                notes: array2("Facts that explain null or trivial values.", str2("A note."))
              },
              ["name", "attributes", "columns", "groups", "compared", "excluded", "aggregates", "disparities", "notes"]
            )
          ),
          notes: array2("Facts about the whole data.", str2("A note."))
        },
        ["task", "rows", "minGroupSize", "band", "attributes", "notes"]
      )
    }
  },
  markdown: { details: (model) => model.evaluation?.fairness ? fairnessMarkdown(model.evaluation.fairness, model.gates.find((g) => g.gate === "fairness")) : [] },
  html: { details: fairnessHtml }
});

// src/core/robustness/gate.ts
var ROBUSTNESS_CHECKS = ["missing_values", "zeros", "extremes", "noise"];
function robustnessGate(manifest, measurements, blocking) {
  const config = manifest.gates?.robustness ?? {};
  const checks = [];
  for (const m of measurements) {
    const settings = config[m.check] ?? {};
    const where = m.worstFeature ? ` (worst: ${m.worstFeature})` : "";
    const pointer = `/gates/robustness/${m.check}`;
    const unmeasurable = Number.isNaN(m.labelFlipRate) ? `the outputs were NaN or infinite${where}, so stability could not be measured` : void 0;
    if (settings.max_label_flip_rate !== void 0) {
      const bound2 = { max: settings.max_label_flip_rate };
      checks.push(
        unmeasurable ? { name: `${m.check}: label flip rate`, verdict: "fail", value: null, bound: bound2, message: unmeasurable, pointer: `${pointer}/max_label_flip_rate` } : { ...checkBound(`${m.check}: label flip rate`, m.labelFlipRate, bound2), message: `${formatNumber(m.labelFlipRate)} of rows change label${where}; allowed ${formatNumber(settings.max_label_flip_rate)}`, pointer: `${pointer}/max_label_flip_rate` }
      );
    }
    if (settings.max_mean_score_change !== void 0) {
      const bound2 = { max: settings.max_mean_score_change };
      checks.push(
        unmeasurable ? { name: `${m.check}: mean score change`, verdict: "fail", value: null, bound: bound2, message: unmeasurable, pointer: `${pointer}/max_mean_score_change` } : { ...checkBound(`${m.check}: mean score change`, m.meanScoreChange, bound2), message: `mean |\u0394score| ${formatNumber(m.meanScoreChange)}${where}; allowed ${formatNumber(settings.max_mean_score_change)}`, pointer: `${pointer}/max_mean_score_change` }
      );
    }
    checks.push({
      name: `${m.check}: finite outputs`,
      pointer,
      verdict: m.nonFinite === 0 ? "pass" : "fail",
      value: m.nonFinite,
      message: m.nonFinite === 0 ? `all ${m.rows} outputs finite` : `${m.nonFinite} of ${m.rows} outputs are NaN or infinite`
    });
    if (config.output_range) {
      checks.push({
        name: `${m.check}: outputs in range`,
        pointer: "/gates/robustness/output_range",
        verdict: m.outOfRange === 0 ? "pass" : "fail",
        value: m.outOfRange,
        message: m.outOfRange === 0 ? `all outputs within ${JSON.stringify(config.output_range)}` : `${m.outOfRange} of ${m.rows} outputs leave ${JSON.stringify(config.output_range)}`
      });
    }
  }
  return gateResult("robustness", checks, blocking);
}

// src/core/robustness/section.ts
var perturbation = (description, extra) => object(description, {
  max_label_flip_rate: number("Largest allowed share of rows whose predicted label changes under this perturbation.", { minimum: 0, maximum: 1 }),
  max_mean_score_change: number("Largest allowed mean absolute change of the score under this perturbation.", { minimum: 0 }),
  ...extra
});
var ROBUSTNESS_GATE_SCHEMA = object("Stability under perturbed inputs (missing, zero, extreme, noisy values).", {
  missing_values: perturbation("Each feature set missing in turn."),
  zeros: perturbation("Each numeric feature set to zero in turn."),
  extremes: perturbation("Numeric features pushed beyond the training range.", {
    factor: number("How far beyond the training range, as a multiple of it. Default 10.", { exclusiveMinimum: 1 })
  }),
  noise: perturbation("Small Gaussian noise on numeric features.", {
    level: number("Noise standard deviation as a share of each feature's standard deviation. Default 0.01.", { exclusiveMinimum: 0, maximum: 1 })
  }),
  output_range: bound("Bounds every output score must stay within (outputs must also be finite).")
});
var robustnessSection = defineSection({
  id: "robustness",
  title: "Robustness",
  order: 20,
  gate: {
    needs: "perturbations",
    manifest: ROBUSTNESS_GATE_SCHEMA,
    decide: (measurements, { manifest, blocking }) => ({ gate: robustnessGate(manifest, measurements, blocking) })
  }
});

// src/core/report/sections.ts
var SECTIONS = [
  performanceSection,
  robustnessSection,
  championSection,
  importanceSection,
  fairnessSection,
  driftSection,
  approvalsSection,
  promotionSection,
  monitoringSection,
  auditSection
].sort((a, b) => a.order - b.order);
var MANIFEST_GATES = [performanceSection, robustnessSection, championSection, fairnessSection, driftSection];
function gatesSchema(description, sections) {
  return {
    type: "object",
    description,
    additionalProperties: false,
    properties: Object.fromEntries(sections.map((section) => [section.id, section.gate.manifest]))
  };
}
var GATE_KINDS = MANIFEST_GATES.map((s) => s.id);
var GATE_ORDER = new Map(SECTIONS.flatMap((s) => [s.id, ...s.alsoGates ?? []].map((id) => [id, s.order])));
function inSectionOrder(gates) {
  const rank = (g) => GATE_ORDER.get(g.gate) ?? Number.POSITIVE_INFINITY;
  return gates.map((gate, index) => ({ gate, index })).sort((a, b) => rank(a.gate) - rank(b.gate) || a.index - b.index).map((x) => x.gate);
}
function sectionGate(id) {
  const gate = SECTIONS.find((s) => s.id === id)?.gate;
  if (!gate) throw new Error(`no section decides a gate '${id}'`);
  return gate;
}

export {
  escapeHtml,
  VERDICT_ICON,
  VERDICT_MARK,
  location,
  modelTitle,
  changeText,
  checklistText,
  summaryText,
  num2 as num,
  signed,
  checkValue,
  boundText,
  timeText,
  auditScopeText,
  object,
  string,
  number,
  integer,
  boolean,
  ref,
  promotionText,
  checkRule,
  thresholdsFromReference,
  alertsFor,
  withLoggedChunks,
  latestChunk,
  seriesGate,
  monitoringAt,
  badge,
  code,
  n,
  html,
  table,
  markdownTable,
  markdownTable2,
  cell,
  eventTitle,
  pullRequestText,
  computeMetrics,
  metricOrNaN,
  hasDrifted,
  stalenessGate,
  CHUNK_PERIODS,
  DEFAULT_MIN_CHUNK_ROWS,
  chunkRows,
  periodCalendar,
  driftIssue,
  driftIssues,
  baselineComparisons,
  sensitiveAttributesFor,
  fairnessMarkdown,
  ROBUSTNESS_CHECKS,
  SECTIONS,
  MANIFEST_GATES,
  gatesSchema,
  GATE_KINDS,
  inSectionOrder,
  sectionGate
};
