import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  CORRECTIONS,
  DEFAULT_ALPHA,
  DEFAULT_CORRECTION,
  DEFAULT_DRIFT_SHARE,
  DEFAULT_THRESHOLDS,
  DEFAULT_THRESHOLD_MODE,
  DRIFT_TEST_IDS,
  DriftError,
  FEW_VALUES_MAX,
  THRESHOLD_MODES,
  checkSameKind,
  columnSeed,
  defaultMethod,
  distinctValues,
  driftTestById,
  prepareColumn,
  sampleSize
} from "./chunk-LURRIIGD.js";
import {
  requireColumn
} from "./chunk-VNFW3NFW.js";

// src/core/drift/correction.ts
function adjustPValues(pValues, correction) {
  const m = pValues.length;
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must be in [0, 1]; got ${p}`);
  if (correction === "none" || m === 0) return [...pValues];
  if (correction === "bonferroni") return pValues.map((p) => Math.min(1, p * m));
  const order = pValues.map((_, index) => index).sort((a, b) => pValues[a] - pValues[b] || a - b);
  const adjusted = new Array(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    running = Math.min(running, pValues[index] * m / rank);
    adjusted[index] = running;
  }
  return adjusted;
}

// src/core/drift/dataset.ts
function datasetDrift(columns, settings = {}) {
  checkDriftSettings(settings);
  return decideDataset(
    columns.map((column) => testColumn(column, settings)),
    settings
  );
}
function decideDataset(results, settings = {}) {
  const correction = checkDriftSettings(settings);
  const driftShare = settings.drift_share ?? DEFAULT_DRIFT_SHARE;
  const family = results.filter((result) => result.evaluated && result.test.decidedBy === "p-value");
  const adjusted = adjustPValues(
    family.map((result) => result.test.pValue),
    correction
  );
  family.forEach((result, index) => {
    result.adjustedPValue = adjusted[index];
    result.drifted = adjusted[index] < result.threshold;
  });
  const evaluatedColumns = results.filter((result) => result.evaluated).length;
  const untestedColumns = results.length - evaluatedColumns;
  const driftedColumns = results.filter((result) => result.drifted).length;
  const share = evaluatedColumns === 0 ? 0 : driftedColumns / results.length;
  const drifted = evaluatedColumns > 0 && share >= driftShare;
  return {
    columns: results,
    evaluatedColumns,
    untestedColumns,
    driftedColumns,
    share,
    driftShare,
    drifted,
    undecided: !drifted && untestedColumns > 0 && (driftedColumns + untestedColumns) / results.length >= driftShare,
    correction,
    thresholdMode: thresholdModeOf(settings),
    pValueTests: family.length
  };
}
function resolveColumnMethod(name, kind, referenceValues, distinct, settings = {}) {
  const override = settings.columns?.[name];
  const requested = requestedMethod(name, settings);
  const thresholdMode = thresholdModeOf(settings);
  const method = requested ? checkMethod(requested.id, requested.field) : defaultMethod(kind, referenceValues, distinct(), thresholdMode);
  return {
    method,
    methodSource: requested?.source ?? "default",
    threshold: override?.threshold ?? settings.threshold ?? (thresholdMode === "calibrated" ? DEFAULT_ALPHA : DEFAULT_THRESHOLDS[method]),
    thresholdSource: override?.threshold !== void 0 ? "column" : settings.threshold !== void 0 ? "dataset" : "default",
    thresholdMode
  };
}
function thresholdModeOf(settings) {
  return settings.threshold_mode ?? DEFAULT_THRESHOLD_MODE;
}
function testColumn(column, settings = {}) {
  const resolved = resolveColumnMethod(column.name, column.kind, sampleSize(column.reference), () => distinctValues(column.reference, column.current, FEW_VALUES_MAX + 1), settings);
  const { method, threshold } = resolved;
  const base = { column: column.name, kind: column.kind, ...resolved, missing: column.missing };
  try {
    const test = driftTestById(method).compute(column.reference, column.current, threshold, { mode: resolved.thresholdMode, seed: columnSeed(column.name) });
    return evaluatedColumn(base, test);
  } catch (error) {
    if (!(error instanceof DriftError)) throw error;
    return { ...base, evaluated: false, drifted: false, error: { code: error.code, message: `column '${column.name}': ${error.message}` } };
  }
}
function evaluatedColumn(base, test) {
  return { ...base, evaluated: true, test, ...test.pValue !== void 0 ? { pValue: test.pValue, adjustedPValue: test.pValue } : {}, drifted: test.drifted };
}
function requestedMethod(name, settings) {
  const columnMethod = settings.columns?.[name]?.method;
  if (columnMethod !== void 0) return columnMethod === "auto" ? void 0 : { id: columnMethod, source: "column", field: `gates.drift.columns.${name}.method` };
  if (settings.method !== void 0 && settings.method !== "auto") return { id: settings.method, source: "dataset", field: "gates.drift.method" };
  return void 0;
}
function checkMethod(id, field) {
  if (!driftTestById(id)) throw new RangeError(`${field}: unknown drift method '${id}'; use auto, ${DRIFT_TEST_IDS.join(", ")}`);
  return id;
}
function checkDriftSettings(settings) {
  const correction = settings.correction ?? DEFAULT_CORRECTION;
  if (!CORRECTIONS.includes(correction)) throw new RangeError(`gates.drift.correction: unknown correction '${settings.correction}'; use ${CORRECTIONS.join(", ")}`);
  const mode = thresholdModeOf(settings);
  if (!THRESHOLD_MODES.includes(mode)) throw new RangeError(`gates.drift.threshold_mode: unknown mode '${settings.threshold_mode}'; use ${THRESHOLD_MODES.join(", ")}`);
  const share = settings.drift_share;
  if (share !== void 0 && !(share > 0 && share <= 1)) throw new RangeError(`gates.drift.drift_share must be in (0, 1]; got ${share}`);
  const positive = (value, field) => {
    if (value !== void 0 && !(value > 0 && Number.isFinite(value))) throw new RangeError(`${field} must be a positive number; got ${value}`);
    if (value !== void 0 && mode === "calibrated" && !(value < 1)) {
      throw new RangeError(`${field} ${value}: with threshold_mode calibrated (the default) a threshold is a false-alarm rate in (0, 1), e.g. 0.05; set gates.drift.threshold_mode: fixed to use Evidently's distance thresholds`);
    }
  };
  positive(settings.threshold, "gates.drift.threshold");
  if (settings.method !== void 0 && settings.method !== "auto") checkMethod(settings.method, "gates.drift.method");
  for (const [name, override] of Object.entries(settings.columns ?? {})) {
    positive(override.threshold, `gates.drift.columns.${name}.threshold`);
    if (override.method !== void 0 && override.method !== "auto") checkMethod(override.method, `gates.drift.columns.${name}.method`);
  }
  return correction;
}

// src/core/drift/features.ts
function featureSides(input, name) {
  const reference = requireColumn(input.reference, name);
  const current = requireColumn(input.current, name);
  checkSameKind(reference, current);
  return { reference, current };
}
function testFeature(reference, current, settings = {}, alsoUnder = []) {
  const prepared = prepareColumn(reference, current);
  const result = testColumn(prepared, settings);
  return alsoUnder.length === 0 ? { prepared, result } : { prepared, result, also: alsoUnder.map((other) => testColumn(prepared, other)) };
}

export {
  datasetDrift,
  decideDataset,
  resolveColumnMethod,
  testColumn,
  evaluatedColumn,
  checkDriftSettings,
  featureSides,
  testFeature
};
