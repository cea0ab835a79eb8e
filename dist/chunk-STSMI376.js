import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  MetricError,
  accuracy,
  f1,
  precision,
  recall,
  rocAuc
} from "./chunk-B3JWC5PF.js";
import {
  datasetDrift,
  decideDataset,
  evaluatedColumn,
  resolveColumnMethod,
  testColumn
} from "./chunk-AOKYJ2QT.js";
import {
  DEFAULT_ALPHA,
  DEFAULT_THRESHOLDS,
  DriftError,
  FEW_VALUES_MAX,
  MAX_VALUES_UNBINNED,
  MIN_REFERENCE_STD,
  columnSeed,
  createRng,
  distinctUnionCount,
  driftTestById,
  histogramSorted,
  kstwoSf,
  permutationTest,
  prepareColumn,
  proportionsZTest,
  roundHalfEven,
  valueCounts,
  wassersteinOverCells
} from "./chunk-LURRIIGD.js";
import {
  MISSING_CODE,
  requireColumn
} from "./chunk-VNFW3NFW.js";
import {
  array,
  int,
  nullableNumber,
  num,
  obj,
  str
} from "./chunk-CAWAQOUY.js";

// src/core/drift/binned.ts
function total(counts) {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i];
  return sum;
}
function ksBinned(reference, current, threshold2 = DEFAULT_THRESHOLDS.ks, options = {}) {
  if (reference.length !== current.length) throw new RangeError(`ksBinned: ${reference.length} reference bins, ${current.length} current bins`);
  const m = total(reference);
  const n = total(current);
  if (m === 0 || n === 0) throw new RangeError("ksBinned needs at least one value on each side");
  let cumulativeReference = 0;
  let cumulativeCurrent = 0;
  let statistic = 0;
  for (let i = 0; i < reference.length; i++) {
    cumulativeReference += reference[i];
    cumulativeCurrent += current[i];
    const difference = Math.abs(cumulativeReference / m - cumulativeCurrent / n);
    if (difference > statistic) statistic = difference;
  }
  const effective = Math.max(1, roundHalfEven(Math.max(m, n) * Math.min(m, n) / (m + n)));
  const pValue = statistic === 0 ? 1 : Math.min(1, Math.max(0, kstwoSf(effective, statistic)));
  return {
    method: "ks",
    kind: "p-value",
    statistic,
    score: pValue,
    pValue,
    threshold: threshold2,
    mode: options.mode ?? "calibrated",
    decidedBy: "p-value",
    falseAlarmRate: threshold2,
    falseAlarmRateEstimated: false,
    drifted: pValue < threshold2,
    detail: { pValueMethod: "asymptotic", approximation: "binned", bins: reference.length, referenceValues: m, currentValues: n }
  };
}
function weightedWasserstein(positionsA, weightsA, positionsB, weightsB) {
  let i = 0;
  let j = 0;
  let cumulativeA = 0;
  let cumulativeB = 0;
  let previous = Math.min(positionsA[0] ?? Infinity, positionsB[0] ?? Infinity);
  let area = 0;
  while (i < positionsA.length || j < positionsB.length) {
    const fromA = j >= positionsB.length || i < positionsA.length && positionsA[i] <= positionsB[j];
    const position = fromA ? positionsA[i] : positionsB[j];
    area += Math.abs(cumulativeA - cumulativeB) * (position - previous);
    previous = position;
    if (fromA) cumulativeA += weightsA[i++];
    else cumulativeB += weightsB[j++];
  }
  return area;
}
function atoms(side) {
  const n = total(side.counts);
  const positions = [];
  const weights = [];
  for (let i = 0; i < side.counts.length; i++) {
    const count = side.counts[i];
    if (count === 0) continue;
    positions.push(side.sums[i] / count);
    weights.push(count / n);
  }
  const order = positions.map((_, k) => k).sort((a, b) => positions[a] - positions[b]);
  return { positions: order.map((k) => positions[k]), weights: order.map((k) => weights[k]) };
}
function wassersteinBinned(reference, current, referenceStd, threshold2, options = {}) {
  if (!reference.sums || !current.sums) throw new RangeError("wassersteinBinned needs the sum of the values per bin on both sides");
  if (total(reference.counts) === 0 || total(current.counts) === 0) throw new RangeError("wassersteinBinned needs at least one value on each side");
  const mode = options.mode ?? "calibrated";
  const limit = threshold2 ?? (mode === "calibrated" ? DEFAULT_ALPHA : DEFAULT_THRESHOLDS.wasserstein);
  const a = atoms(reference);
  const b = atoms(current);
  const distance = weightedWasserstein(a.positions, a.weights, b.positions, b.weights);
  const scale = Math.max(referenceStd, MIN_REFERENCE_STD);
  const normalised = distance / scale;
  const base = { method: "wasserstein", kind: "distance", statistic: normalised, score: normalised, threshold: limit, mode };
  const detail = { distance, referenceStd, approximation: "binned", bins: reference.counts.length };
  const layout = binLayout(reference, current);
  if (mode === "fixed") {
    const permuted2 = permutationTest(layout, { seed: options.seed ?? 0, alpha: DEFAULT_ALPHA, fixedThreshold: limit * scale, permutations: 199 });
    return { ...base, decidedBy: "distance", falseAlarmRate: permuted2.fixedFalseAlarmRate, falseAlarmRateEstimated: true, drifted: normalised >= limit, detail };
  }
  const permuted = permutationTest(layout, { seed: options.seed ?? 0, alpha: limit });
  return {
    ...base,
    pValue: permuted.pValue,
    decidedBy: "p-value",
    falseAlarmRate: limit,
    falseAlarmRateEstimated: false,
    criticalValue: permuted.critical / scale,
    drifted: permuted.pValue < limit,
    detail: { ...detail, pValueMethod: "permutation", permutations: permuted.permutations, cells: layout.pooled.length }
  };
}
function binLayout(reference, current) {
  const positions = [];
  const pooled = [];
  const referenceCounts = [];
  for (let i = 0; i < reference.counts.length; i++) {
    const rows = reference.counts[i] + current.counts[i];
    if (rows === 0) continue;
    positions.push((reference.sums[i] + current.sums[i]) / rows);
    pooled.push(rows);
    referenceCounts.push(reference.counts[i]);
  }
  const m = total(reference.counts);
  const n = total(current.counts);
  const statistic = wassersteinOverCells(positions, m, n);
  return { pooled: Float64Array.from(pooled), reference: Float64Array.from(referenceCounts), statistic };
}

// src/core/drift/profile-schema.ts
var PROFILE_API_VERSION = "modelops/v1";
var numbers = (description) => array(description, { type: "number", description: "A value." });
var PROFILE_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelops.dev/schemas/v1/profile.schema.json",
  title: "modelops profile",
  ...obj(
    "What drift needs of a dataset without its rows: per column, missing counts, bin counts over the reference's bin edges (numeric) or category counts (categorical). Written by modelops profile FILE, or from the rows of the SQL modelops profile --sql prints; modelops drift compares two.",
    {
      apiVersion: { const: PROFILE_API_VERSION, description: "Format version." },
      kind: { const: "Profile", description: "Document kind." },
      rows: int("Rows profiled."),
      source: str("What was profiled: a file or a table (informational)."),
      bins: { type: "integer", minimum: 1, description: "Equal-width bins per numeric column (of the reference profile whose edges are used)." },
      edges: { enum: ["own-range", "reference"], description: "own-range: each numeric column's edges span this data's finite range (a reference profile); reference: counted over a reference profile's edges (a current profile)." },
      columns: array("One entry per column.", {
        oneOf: [
          obj(
            "A numeric column.",
            {
              name: str("Column name."),
              kind: { const: "numeric", description: "Numeric column." },
              missing: int("Rows without a finite value (NULL, NaN, \xB1Infinity)."),
              count: int("Rows with a finite value (the sum of counts)."),
              min: nullableNumber("Smallest finite value; null without any."),
              max: nullableNumber("Largest finite value; null without any."),
              sum: num("Sum of the finite values."),
              sumOfSquares: num("Sum of their squares."),
              edges: numbers("Bin edges, ascending: min + ((max - min) * k) / bins for k < bins and max itself, of the reference. Empty when the reference has no finite value."),
              counts: array("edges.length + 1 counts: below edges[0]; [edges[i-1], edges[i]) for each bin, the last bin closed; above the last edge.", { type: "integer", minimum: 0, description: "Rows." }),
              sums: numbers("Sum of the values in each of those bins.")
            },
            ["name", "kind", "missing", "count", "min", "max", "sum", "sumOfSquares", "edges", "counts", "sums"]
          ),
          obj(
            "A categorical column.",
            {
              name: str("Column name."),
              kind: { const: "categorical", description: "Categorical column." },
              missing: int("Rows without a value (NULL, empty text)."),
              categories: array("Rows per category, sorted by category text.", obj("One category.", { value: str("Category text."), count: int("Rows.") }, ["value", "count"]))
            },
            ["name", "kind", "missing", "categories"]
          )
        ],
        description: "One column."
      })
    },
    ["apiVersion", "kind", "rows", "bins", "edges", "columns"]
  )
};

// src/core/drift/profile.ts
var DEFAULT_PROFILE_BINS = 100;
var MAX_PROFILE_BINS = 1e4;
var ProfileError = class extends Error {
  name = "ProfileError";
};
function equalWidthEdges(min, max, bins) {
  const edges = new Array(bins + 1);
  const width = max - min;
  for (let k = 0; k < bins; k++) edges[k] = min + width * k / bins;
  edges[bins] = max;
  return edges;
}
function binIndex(x, edges) {
  const last = edges.length - 1;
  if (last < 0) return 0;
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = low + high >>> 1;
    if (x < edges[middle]) high = middle;
    else low = middle + 1;
  }
  if (low < last) return low;
  return x <= edges[last] ? last : last + 1;
}
function checkBins(bins) {
  if (!Number.isInteger(bins) || bins < 1 || bins > MAX_PROFILE_BINS) throw new ProfileError(`bins must be an integer from 1 to ${MAX_PROFILE_BINS}; got ${bins}`);
}
function profileNumeric(name, values, bins, referenceEdges2) {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let sumOfSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x - x !== 0) continue;
    count++;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
    sumOfSquares += x * x;
  }
  const edges = referenceEdges2 ?? (count === 0 ? [] : equalWidthEdges(min, max, bins));
  const counts = new Array(edges.length + 1).fill(0);
  const sums = new Array(edges.length + 1).fill(0);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x - x !== 0) continue;
    const bin = binIndex(x, edges);
    counts[bin]++;
    sums[bin] += x;
  }
  return {
    name,
    kind: "numeric",
    missing: values.length - count,
    count,
    min: count === 0 ? null : min,
    max: count === 0 ? null : max,
    sum,
    sumOfSquares,
    edges: [...edges],
    counts,
    sums
  };
}
function profileCategorical(column) {
  const counts = new Float64Array(column.categories.length);
  let missing = 0;
  for (const code of column.codes) {
    if (code === MISSING_CODE) missing++;
    else counts[code]++;
  }
  const byText = /* @__PURE__ */ new Map();
  column.categories.forEach((text, code) => {
    if (counts[code] > 0) byText.set(text, (byText.get(text) ?? 0) + counts[code]);
  });
  const categories = [...byText].map(([value, count]) => ({ value, count })).sort((a, b) => compareText(a.value, b.value));
  return { name: column.name, kind: "categorical", missing, categories };
}
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function profileTable(table, columns, options = {}) {
  const bins = options.reference?.bins ?? options.bins ?? DEFAULT_PROFILE_BINS;
  checkBins(bins);
  const profiled = columns.map((spec) => {
    const column = requireColumn(table, spec.name);
    if (column.kind !== spec.kind) throw new ProfileError(`column '${spec.name}' was loaded as ${column.kind}, asked for as ${spec.kind}`);
    if (column.kind === "categorical") return profileCategorical(column);
    return profileNumeric(spec.name, column.values, bins, options.reference ? referenceEdges(options.reference, spec.name) : void 0);
  });
  return {
    apiVersion: PROFILE_API_VERSION,
    kind: "Profile",
    rows: table.rowCount,
    ...options.source !== void 0 ? { source: options.source } : {},
    bins,
    edges: options.reference ? "reference" : "own-range",
    columns: profiled
  };
}
function referenceEdges(reference, name) {
  const column = reference.columns.find((c) => c.name === name);
  if (!column) throw new ProfileError(`the reference profile has no column '${name}'`);
  if (column.kind !== "numeric") throw new ProfileError(`column '${name}' is ${column.kind} in the reference profile, numeric here`);
  return column.edges;
}
var rangeLabel = (low, high, closed) => `[${formatEdge(low)}, ${formatEdge(high)}${closed ? "]" : ")"}`;
var formatEdge = (value) => String(Number(value.toPrecision(4)));
function binLabel(edges, i) {
  const last = edges.length - 1;
  if (last < 0) return "all values";
  if (i === 0) return `< ${formatEdge(edges[0])}`;
  if (i > last) return `> ${formatEdge(edges[last])}`;
  return rangeLabel(edges[i - 1], edges[i], i === last);
}
function groupBins(edges, reference, current, target) {
  const nonEmpty = [];
  for (let i = 0; i < reference.length; i++) if (reference[i] + current[i] > 0) nonEmpty.push(i);
  let groups;
  if (nonEmpty.length <= MAX_VALUES_UNBINNED) groups = nonEmpty.map((i) => ({ from: i, to: i }));
  else {
    const inner = edges.length - 1;
    const size = Math.max(1, Math.ceil(inner / target));
    groups = [{ from: 0, to: 0 }];
    for (let start = 1; start <= inner; start += size) groups.push({ from: start, to: Math.min(inner, start + size - 1) });
    groups.push({ from: inner + 1, to: inner + 1 });
  }
  const labels = [];
  const ref = [];
  const cur = [];
  for (const { from, to } of groups) {
    let r = 0;
    let c = 0;
    for (let i = from; i <= to; i++) {
      r += reference[i];
      c += current[i];
    }
    if (r + c === 0) continue;
    labels.push(from === to ? binLabel(edges, from) : rangeLabel(edges[from - 1], edges[to], to === edges.length - 1));
    ref.push(r);
    cur.push(c);
  }
  return { labels, reference: Float64Array.from(ref), current: Float64Array.from(cur) };
}
var sturgesBins = (n) => Math.max(1, Math.ceil(Math.log2(Math.max(1, n)) + 1));
var missingShare = (rows, missing) => ({ rows, missing, share: rows === 0 ? 0 : missing / rows });
function binnedResult(result) {
  return { ...result, detail: { ...result.detail, approximation: "binned" } };
}
function numericColumnDrift(name, reference, current, rows, settings) {
  if (reference.edges.length !== current.edges.length || reference.edges.some((edge, i) => edge !== current.edges[i])) {
    throw new ProfileError(`column '${name}': the current profile's bin edges are not the reference's; profile the current data over the reference's edges (modelops profile --reference REF.json, or the SQL of modelops profile --sql --reference REF.json)`);
  }
  let nonEmpty = 0;
  for (let i = 0; i < reference.counts.length; i++) if (reference.counts[i] + current.counts[i] > 0) nonEmpty++;
  const resolved = resolveColumnMethod(name, "numeric", reference.count, () => Math.min(nonEmpty, FEW_VALUES_MAX + 1), settings);
  const base = {
    column: name,
    kind: "numeric",
    ...resolved,
    missing: { reference: missingShare(rows.reference, reference.missing), current: missingShare(rows.current, current.missing) }
  };
  try {
    if (reference.count === 0) throw new DriftError("no-data", resolved.method, "the reference has no non-missing value");
    if (current.count === 0) throw new DriftError("no-data", resolved.method, "the current data has no non-missing value");
    let test;
    const options = { mode: resolved.thresholdMode, seed: columnSeed(name) };
    if (resolved.method === "ks") test = ksBinned(reference.counts, current.counts, resolved.threshold, options);
    else if (resolved.method === "wasserstein") {
      const mean = reference.sum / reference.count;
      const std = Math.sqrt(Math.max(0, reference.sumOfSquares / reference.count - mean * mean));
      test = wassersteinBinned(reference, current, std, resolved.threshold, options);
    } else {
      const groups = groupBins(reference.edges, reference.counts, current.counts, sturgesBins(reference.count + current.count));
      const sample = (counts) => ({ kind: "categorical", categories: groups.labels, counts, total: counts.reduce((a, b) => a + b, 0) });
      test = binnedResult(driftTestById(resolved.method).compute(sample(groups.reference), sample(groups.current), resolved.threshold, options));
    }
    return evaluatedColumn(base, test);
  } catch (error) {
    if (!(error instanceof DriftError)) throw error;
    return { ...base, evaluated: false, drifted: false, error: { code: error.code, message: `column '${name}': ${error.message}` } };
  }
}
function categoricalColumnDrift(name, reference, current, rows, settings) {
  const index = /* @__PURE__ */ new Map();
  const categories = [];
  for (const { value } of [...reference.categories, ...current.categories]) {
    if (!index.has(value)) {
      index.set(value, categories.length);
      categories.push(value);
    }
  }
  const side = (column) => {
    const counts = new Float64Array(categories.length);
    let total2 = 0;
    for (const { value, count } of column.categories) {
      counts[index.get(value)] += count;
      total2 += count;
    }
    return { kind: "categorical", categories, counts, total: total2 };
  };
  const referenceSample = side(reference);
  const currentSample = side(current);
  let distinct = 0;
  for (let i = 0; i < categories.length; i++) if (referenceSample.counts[i] + currentSample.counts[i] > 0) distinct++;
  const resolved = resolveColumnMethod(name, "categorical", referenceSample.total, () => distinct, settings);
  const base = {
    column: name,
    kind: "categorical",
    ...resolved,
    missing: { reference: missingShare(rows.reference, reference.missing), current: missingShare(rows.current, current.missing) }
  };
  try {
    const test = driftTestById(resolved.method).compute(referenceSample, currentSample, resolved.threshold, { mode: resolved.thresholdMode, seed: columnSeed(name) });
    return evaluatedColumn(base, test);
  } catch (error) {
    if (!(error instanceof DriftError)) throw error;
    return { ...base, evaluated: false, drifted: false, error: { code: error.code, message: `column '${name}': ${error.message}` } };
  }
}
function profileDrift(reference, current, columns, settings = {}) {
  const names = columns ?? reference.columns.map((c) => c.name);
  const rows = { reference: reference.rows, current: current.rows };
  const results = names.map((name) => {
    const ref = reference.columns.find((c) => c.name === name);
    const cur = current.columns.find((c) => c.name === name);
    if (!ref) throw new ProfileError(`the reference profile has no column '${name}'`);
    if (!cur) throw new ProfileError(`the current profile has no column '${name}'`);
    if (ref.kind !== cur.kind) throw new ProfileError(`column '${name}' is ${ref.kind} in the reference profile but ${cur.kind} in the current one`);
    return ref.kind === "numeric" ? numericColumnDrift(name, ref, cur, rows, settings) : categoricalColumnDrift(name, ref, cur, rows, settings);
  });
  return decideDataset(results, settings);
}

// src/core/drift/monitoring/isotonic.ts
var IsotonicError = class extends Error {
  name = "IsotonicError";
};
function poolAdjacentViolators(values, weights) {
  const n = values.length;
  if (weights && weights.length !== n) throw new IsotonicError(`weights has ${weights.length} entries, values has ${n}`);
  const means = new Float64Array(n);
  const blockWeights = new Float64Array(n);
  const sizes = new Int32Array(n);
  let top = -1;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    const weight = weights ? weights[i] : 1;
    if (!Number.isFinite(value)) throw new IsotonicError(`values[${i}] is ${value}; expected a finite number`);
    if (!(weight > 0 && Number.isFinite(weight))) throw new IsotonicError(`weights[${i}] is ${weight}; expected a positive finite number`);
    top++;
    means[top] = value;
    blockWeights[top] = weight;
    sizes[top] = 1;
    while (top > 0 && means[top - 1] > means[top]) {
      const pooled = blockWeights[top - 1] + blockWeights[top];
      means[top - 1] = (means[top - 1] * blockWeights[top - 1] + means[top] * blockWeights[top]) / pooled;
      blockWeights[top - 1] = pooled;
      sizes[top - 1] += sizes[top];
      top--;
    }
  }
  const fitted = new Float64Array(n);
  let at = 0;
  for (let block = 0; block <= top; block++) {
    fitted.fill(means[block], at, at + sizes[block]);
    at += sizes[block];
  }
  return fitted;
}
function fitIsotonic(x, y, weights) {
  const n = x.length;
  if (n === 0) throw new IsotonicError("no points to fit");
  if (y.length !== n) throw new IsotonicError(`y has ${y.length} entries, x has ${n}`);
  if (weights && weights.length !== n) throw new IsotonicError(`weights has ${weights.length} entries, x has ${n}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i])) throw new IsotonicError(`x[${i}] is ${x[i]}; expected a finite number`);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || a - b);
  const uniqueX = [];
  const meanY = [];
  const sumWeight = [];
  for (const i of order) {
    const weight = weights ? weights[i] : 1;
    const last2 = uniqueX.length - 1;
    if (last2 >= 0 && uniqueX[last2] === x[i]) {
      const pooled = sumWeight[last2] + weight;
      meanY[last2] = (meanY[last2] * sumWeight[last2] + y[i] * weight) / pooled;
      sumWeight[last2] = pooled;
    } else {
      uniqueX.push(x[i]);
      meanY.push(y[i]);
      sumWeight.push(weight);
    }
  }
  const fitted = poolAdjacentViolators(meanY, sumWeight);
  const knotX = [];
  const knotY = [];
  const last = fitted.length - 1;
  for (let i = 0; i <= last; i++) {
    const value = fitted[i];
    if (i === 0 || i === last || value !== fitted[i - 1] || value !== fitted[i + 1]) {
      knotX.push(uniqueX[i]);
      knotY.push(value);
    }
  }
  return { x: Float64Array.from(knotX), y: Float64Array.from(knotY) };
}
function predictIsotonic(model, values) {
  const { x, y } = model;
  const last = x.length - 1;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isNaN(value)) throw new IsotonicError(`values[${i}] is NaN; expected a number`);
    if (value <= x[0]) out[i] = y[0];
    else if (value >= x[last]) out[i] = y[last];
    else {
      let low = 0;
      let high = last;
      while (high - low > 1) {
        const middle = low + high >>> 1;
        if (x[middle] <= value) low = middle;
        else high = middle;
      }
      const span = x[high] - x[low];
      out[i] = y[low] + (y[high] - y[low]) * (value - x[low]) / span;
    }
  }
  return out;
}

// src/core/drift/monitoring/calibration.ts
var DEFAULT_CALIBRATION_SPLITS = 10;
var DEFAULT_CALIBRATION_TEST_SHARE = 0.1;
var DEFAULT_CALIBRATION_BINS = 10;
var NEAR_PERFECT_AUC = 0.999;
var CalibrationError = class extends Error {
  name = "CalibrationError";
};
function fitCalibration(yTrue, score, options = {}) {
  const { mode = "auto", seed = 0, splits = DEFAULT_CALIBRATION_SPLITS, testShare = DEFAULT_CALIBRATION_TEST_SHARE, bins = DEFAULT_CALIBRATION_BINS } = options;
  if (mode !== "auto" && mode !== "isotonic" && mode !== "none") throw new CalibrationError(`calibration must be 'auto', 'isotonic' or 'none'; got '${String(mode)}'`);
  if (!Number.isInteger(splits) || splits < 1) throw new CalibrationError(`calibration splits must be a positive integer; got ${splits}`);
  if (!(testShare > 0 && testShare < 1)) throw new CalibrationError(`calibration test share must be strictly between 0 and 1; got ${testShare}`);
  if (!Number.isInteger(bins) || bins < 1) throw new CalibrationError(`calibration bins must be a positive integer; got ${bins}`);
  if (yTrue.length !== score.length) throw new CalibrationError(`score has ${score.length} rows, yTrue has ${yTrue.length}`);
  const base = { mode, splits, testShare, bins, seed };
  if (mode === "none") return { decision: { ...base, applied: false, reason: "disabled" }, model: null };
  if (mode === "isotonic") return { decision: { ...base, applied: true, reason: "forced" }, model: fitIsotonic(score, yTrue) };
  const positives = countPositives(yTrue);
  if (positives === 0 || positives === yTrue.length) return { decision: { ...base, applied: false, reason: "one-class" }, model: null };
  const auc = rocAuc.compute({ task: "binary-classification", yTrue, score, yPred: new Uint8Array(yTrue.length) });
  if (auc > NEAR_PERFECT_AUC) return { decision: { ...base, applied: false, reason: "near-perfect-ranking" }, model: null };
  if (positives < 2 || yTrue.length - positives < 2) return { decision: { ...base, applied: false, reason: "too-few-rows" }, model: null };
  const { eceBefore, eceAfter } = heldOutEce(yTrue, score, splits, testShare, bins, createRng(seed));
  const applied = eceBefore > eceAfter;
  return {
    decision: { ...base, applied, reason: applied ? "lowers-ece" : "does-not-lower-ece", eceBefore, eceAfter },
    model: applied ? fitIsotonic(score, yTrue) : null
  };
}
function applyCalibration(calibration, score) {
  return calibration.model ? predictIsotonic(calibration.model, score) : score;
}
function equalCountEce(yTrue, probability, bins = DEFAULT_CALIBRATION_BINS) {
  const n = probability.length;
  if (yTrue.length !== n) throw new CalibrationError(`probability has ${n} rows, yTrue has ${yTrue.length}`);
  const edges = binEdges(n, bins);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => probability[a] - probability[b] || a - b);
  let total2 = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const start = edges[b];
    const end = edges[b + 1];
    let gap = 0;
    for (let k = start; k < end; k++) gap += probability[order[k]] - yTrue[order[k]];
    total2 += Math.abs(gap) / n;
  }
  return total2;
}
function binEdges(n, bins) {
  let count = bins;
  if (n <= 2 * count) {
    count = Math.floor(n / 2);
    if (count < 2) throw new CalibrationError(`cannot split ${n} rows into at least 2 bins of 2 rows for the calibration error; the reference needs more rows`);
  }
  const width = Math.floor(n / count);
  const edges = [];
  for (let edge = 0; edge <= n; edge += width) edges.push(edge);
  edges[edges.length - 1] = n;
  return edges;
}
function heldOutEce(yTrue, score, splits, testShare, bins, rng) {
  const byClass = [[], []];
  for (let i = 0; i < yTrue.length; i++) byClass[yTrue[i]].push(i);
  const testTruth = [];
  const testRaw = [];
  const testCalibrated = [];
  const isTest = new Uint8Array(yTrue.length);
  for (let split = 0; split < splits; split++) {
    isTest.fill(0);
    for (const members of byClass) {
      shuffle(members, rng);
      const held = Math.min(members.length - 1, Math.max(1, Math.round(testShare * members.length)));
      for (let k = 0; k < held; k++) isTest[members[k]] = 1;
    }
    const trainScore = [];
    const trainTruth = [];
    const splitTest = [];
    for (let i = 0; i < yTrue.length; i++) {
      if (isTest[i]) splitTest.push(i);
      else {
        trainScore.push(score[i]);
        trainTruth.push(yTrue[i]);
      }
    }
    const calibrator = fitIsotonic(trainScore, trainTruth);
    const calibrated = predictIsotonic(
      calibrator,
      splitTest.map((i) => score[i])
    );
    splitTest.forEach((row, k) => {
      testTruth.push(yTrue[row]);
      testRaw.push(score[row]);
      testCalibrated.push(calibrated[k]);
    });
  }
  return { eceBefore: equalCountEce(testTruth, testRaw, bins), eceAfter: equalCountEce(testTruth, testCalibrated, bins) };
}
function shuffle(values, rng) {
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.nextBelow(i + 1);
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}
function countPositives(yTrue) {
  let positives = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const truth = yTrue[i];
    if (truth > 1) throw new CalibrationError(`yTrue[${i}] is ${truth}; binary labels must be 0 (negative) or 1 (positive)`);
    positives += truth;
  }
  return positives;
}

// src/core/drift/monitoring/cbpe.ts
var CBPE_METRICS = ["accuracy", "precision", "recall", "f1", "roc_auc"];
var SAMPLING_ERROR_RANGE = 3;
var DEFAULT_REFERENCE_CHUNKS = 10;
var THRESHOLD_STD_MULTIPLIER = 3;
var DEFINITIONS = { accuracy, precision, recall, f1, roc_auc: rocAuc };
var CbpeError = class extends Error {
  name = "CbpeError";
};
function fitCbpe(reference, options = {}) {
  const { threshold: threshold2 = 0.5, calibration = "auto", seed = 0, referenceChunks = DEFAULT_REFERENCE_CHUNKS } = options;
  if (!(threshold2 >= 0 && threshold2 <= 1)) throw new CbpeError(`threshold must be in [0, 1]; got ${threshold2}`);
  if (!Number.isInteger(referenceChunks) || referenceChunks < 1) throw new CbpeError(`referenceChunks must be a positive integer; got ${referenceChunks}`);
  const rows = reference.score.length;
  if (rows === 0) throw new CbpeError("the reference has no rows: CBPE learns from labelled reference data");
  checkScores("reference", reference.score);
  checkLabels("reference", "yTrue", reference.yTrue, rows);
  const yPred = predictedClasses("reference", reference.score, reference.yPred, threshold2);
  const alertThresholds = {};
  const referenceRealised = {};
  for (const metric of CBPE_METRICS) {
    alertThresholds[metric] = chunkThresholds(metric, reference.yTrue, yPred, reference.score, referenceChunks);
    referenceRealised[metric] = realised(metric, reference.yTrue, yPred, reference.score);
  }
  const fitted = fitCalibration(reference.yTrue, reference.score, { mode: calibration, seed });
  const referenceProbability = applyCalibration(fitted, reference.score);
  const referenceStandardError = standardErrors(referenceProbability, yPred, reference.score, estimateRocAuc(referenceProbability, reference.score));
  return {
    threshold: threshold2,
    referenceRows: rows,
    calibration: fitted,
    referenceStandardError,
    alertThresholds,
    referenceRealised
  };
}
function estimateCbpe(model, current) {
  const rows = current.score.length;
  if (rows === 0) throw new CbpeError("the current data has no rows: nothing to estimate");
  checkScores("current", current.score);
  const yPred = predictedClasses("current", current.score, current.yPred, model.threshold);
  if (current.yTrue) checkLabels("current", "yTrue", current.yTrue, rows);
  const probability = applyCalibration(model.calibration, current.score);
  const confusion = expectedConfusion(probability, yPred);
  const estimates = {
    accuracy: (confusion.tp + confusion.tn) / rows,
    precision: ratio(confusion.tp, confusion.tp + confusion.fp),
    recall: ratio(confusion.tp, confusion.tp + confusion.fn),
    f1: ratio(confusion.tp, confusion.tp + (confusion.fp + confusion.fn) / 2),
    roc_auc: estimateRocAuc(probability, current.score)
  };
  const errors = standardErrors(probability, yPred, current.score, estimates.roc_auc);
  const metrics = CBPE_METRICS.map((metric) => {
    const estimate = estimates[metric];
    const fromCurrent = errors[metric];
    const fromReference = model.referenceStandardError[metric];
    const standardError = estimate === null || fromCurrent === null ? null : Math.hypot(fromCurrent, fromReference ?? 0);
    const band = estimate !== null && standardError !== null;
    const thresholds = model.alertThresholds[metric];
    return {
      metric,
      estimate,
      standardError,
      lower: band ? Math.max(0, estimate - SAMPLING_ERROR_RANGE * standardError) : null,
      upper: band ? Math.min(1, estimate + SAMPLING_ERROR_RANGE * standardError) : null,
      realised: current.yTrue ? realised(metric, current.yTrue, yPred, current.score) : null,
      reference: model.referenceRealised[metric],
      thresholds,
      alert: estimate !== null && (thresholds.lower !== null && estimate < thresholds.lower || thresholds.upper !== null && estimate > thresholds.upper)
    };
  });
  return { rows, threshold: model.threshold, calibration: model.calibration.decision, expectedConfusion: confusion, metrics, labelled: current.yTrue !== void 0 };
}
function cbpe(reference, current, options = {}) {
  return estimateCbpe(fitCbpe(reference, options), current);
}
function expectedConfusion(probability, yPred) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < probability.length; i++) {
    const p = probability[i];
    if (yPred[i] === 1) {
      tp += p;
      fp += 1 - p;
    } else {
      fn += p;
      tn += 1 - p;
    }
  }
  return { tp, fp, fn, tn };
}
function estimateRocAuc(probability, rankingScore) {
  const n = probability.length;
  let totalPositive = 0;
  for (let i = 0; i < n; i++) totalPositive += probability[i];
  const totalNegative = n - totalPositive;
  if (!(totalPositive > 0 && totalNegative > 0)) return null;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rankingScore[b] - rankingScore[a] || a - b);
  let area = 0;
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n; ) {
    const value = rankingScore[order[k]];
    let stepPositive = 0;
    let stepNegative = 0;
    while (k < n && rankingScore[order[k]] === value) {
      const p = probability[order[k]];
      stepPositive += p;
      stepNegative += 1 - p;
      k++;
    }
    area += stepNegative * (tp + stepPositive / 2);
    tp += stepPositive;
    fp += stepNegative;
  }
  return area / (totalPositive * totalNegative);
}
function standardErrors(probability, yPred, rankingScore, auc) {
  const n = probability.length;
  let a = 0;
  let b = 0;
  let vA = 0;
  let vB = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const p = probability[i];
    if (yPred[i] === 1) {
      m++;
      a += p;
      vA += p * (1 - p);
    } else {
      b += p;
      vB += p * (1 - p);
    }
  }
  const root = (variance) => Number.isFinite(variance) && variance >= 0 ? Math.sqrt(variance) : null;
  const f1Denominator = a + b + m;
  return {
    accuracy: root((vA + vB) / (n * n)),
    precision: m > 0 ? root(vA / (m * m)) : null,
    recall: a + b > 0 ? root((b * b * vA + a * a * vB) / (a + b) ** 4) : null,
    f1: f1Denominator > 0 ? root(((2 * (b + m)) ** 2 * vA + (2 * a) ** 2 * vB) / f1Denominator ** 4) : null,
    roc_auc: auc === null ? null : root(aucVariance(probability, rankingScore, auc))
  };
}
function aucVariance(probability, rankingScore, auc) {
  const n = probability.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += probability[i];
  const negatives = n - positives;
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => rankingScore[x] - rankingScore[y] || x - y);
  let negativesBelow = 0;
  let positivesBelow = 0;
  let variance = 0;
  for (let k = 0; k < n; ) {
    let end = k;
    let tiedPositive = 0;
    let tiedNegative = 0;
    while (end < n && rankingScore[order[end]] === rankingScore[order[k]]) {
      tiedPositive += probability[order[end]];
      tiedNegative += 1 - probability[order[end]];
      end++;
    }
    for (let t = k; t < end; t++) {
      const p = probability[order[t]];
      const v10 = (negativesBelow + (tiedNegative - (1 - p)) / 2) / negatives;
      const v01 = (positives - positivesBelow - tiedPositive + (tiedPositive - p) / 2) / positives;
      const influence = (v10 - auc) / positives - (v01 - auc) / negatives;
      variance += p * (1 - p) * influence * influence;
    }
    negativesBelow += tiedNegative;
    positivesBelow += tiedPositive;
    k = end;
  }
  return variance;
}
function chunkThresholds(metric, yTrue, yPred, score, chunks) {
  const n = yTrue.length;
  const size = Math.floor(n / chunks);
  if (size === 0) return { lower: null, upper: null, chunksUsed: 0 };
  const values = [];
  for (let c = 0; c < chunks; c++) {
    const start = c * size;
    const end = c === chunks - 1 ? n : start + size;
    const value = realised(metric, yTrue.subarray(start, end), yPred.subarray(start, end), score.subarray(start, end));
    if (value !== null) values.push(value);
  }
  if (values.length < 2) return { lower: null, upper: null, chunksUsed: values.length };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const spread = THRESHOLD_STD_MULTIPLIER * populationStd(values);
  return { lower: Math.max(0, mean - spread), upper: Math.min(1, mean + spread), chunksUsed: values.length };
}
function realised(metric, yTrue, yPred, score) {
  try {
    return DEFINITIONS[metric].compute({ task: "binary-classification", yTrue, yPred, score });
  } catch (error) {
    if (error instanceof MetricError && error.code === "undefined") return null;
    throw error;
  }
}
function predictedClasses(side, score, yPred, threshold2) {
  if (yPred) {
    checkLabels(side, "yPred", yPred, score.length);
    return yPred;
  }
  const derived = new Uint8Array(score.length);
  for (let i = 0; i < score.length; i++) derived[i] = score[i] >= threshold2 ? 1 : 0;
  return derived;
}
function checkScores(side, score) {
  for (let i = 0; i < score.length; i++) {
    const p = score[i];
    if (!(p >= 0 && p <= 1)) throw new CbpeError(`${side} score[${i}] is ${p}; CBPE needs the model's probability of the positive class, in [0, 1]`);
  }
}
function checkLabels(side, column, labels, rows) {
  if (labels.length !== rows) throw new CbpeError(`${side} ${column} has ${labels.length} rows, score has ${rows}`);
  for (let i = 0; i < rows; i++) {
    if (labels[i] > 1) throw new CbpeError(`${side} ${column}[${i}] is ${labels[i]}; binary labels must be 0 (negative) or 1 (positive)`);
  }
}
function ratio(numerator, denominator) {
  return denominator > 0 ? numerator / denominator : null;
}
function populationStd(values) {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return Math.sqrt(squares / n);
}

// src/core/drift/monitoring/logistic.ts
var LogisticError = class extends Error {
  name = "LogisticError";
};
function fitLogistic(design, target, rowsUsed, options = {}) {
  const { c = 1, unpenalised = 0, maxIterations = 50, tolerance = 1e-8, initial } = options;
  if (!(c > 0)) throw new LogisticError(`C must be positive; got ${c}`);
  const p = design.features;
  if (initial && initial.length !== p) throw new LogisticError(`initial has ${initial.length} coefficients, the design has ${p} features`);
  const penalty = 1 / c;
  const rows = rowsUsed ?? identity(design.rows);
  const w = initial ? initial.slice() : new Float64Array(p);
  const gradient = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  const step = new Float64Array(p);
  const trial = new Float64Array(p);
  let objective = penalisedLoss(design, target, rows, w, penalty, unpenalised);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    accumulate(design, target, rows, w, gradient, hessian);
    for (let j = 0; j < p; j++) {
      if (j === unpenalised) {
        hessian[j * p + j] += 1e-12;
        continue;
      }
      gradient[j] += penalty * w[j];
      hessian[j * p + j] += penalty;
    }
    step.set(gradient);
    choleskySolve(hessian, p, step);
    let slope = 0;
    for (let j = 0; j < p; j++) slope += gradient[j] * step[j];
    let scale = 1;
    let accepted = false;
    for (let halvings = 0; halvings < 60; halvings++) {
      for (let j = 0; j < p; j++) trial[j] = w[j] - scale * step[j];
      const value = penalisedLoss(design, target, rows, trial, penalty, unpenalised);
      if (value <= objective - 1e-4 * scale * slope) {
        accepted = true;
        objective = value;
        break;
      }
      scale /= 2;
    }
    if (!accepted) {
      converged = true;
      break;
    }
    let largest = 0;
    for (let j = 0; j < p; j++) largest = Math.max(largest, Math.abs(scale * step[j]));
    w.set(trial);
    if (largest < tolerance) {
      converged = true;
      break;
    }
  }
  return { coefficients: w, iterations, converged, objective };
}
function linearPredictor(design, row, w) {
  const { width, index, value } = design;
  let z = 0;
  for (let k = row * width, end = k + width; k < end; k++) z += w[index[k]] * value[k];
  return z;
}
function softplus(x) {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}
function penalisedLoss(design, target, rows, w, penalty, unpenalised) {
  let loss = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const z = linearPredictor(design, row, w);
    loss += target[row] === 1 ? softplus(-z) : softplus(z);
  }
  let squares = 0;
  for (let j = 0; j < w.length; j++) if (j !== unpenalised) squares += w[j] * w[j];
  return loss + penalty * squares / 2;
}
function accumulate(design, target, rows, w, gradient, hessian) {
  const { width, index, value, features: p } = design;
  gradient.fill(0);
  hessian.fill(0);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const z = linearPredictor(design, row, w);
    const probability = 1 / (1 + Math.exp(-z));
    const residual = probability - target[row];
    const weight = probability * (1 - probability);
    const start = row * width;
    for (let a = 0; a < width; a++) {
      const ia = index[start + a];
      const va = value[start + a];
      if (va === 0) continue;
      gradient[ia] += residual * va;
      const wa = weight * va;
      const base = ia * p;
      for (let b = a; b < width; b++) hessian[base + index[start + b]] += wa * value[start + b];
    }
  }
  for (let j = 0; j < p; j++) for (let k = j + 1; k < p; k++) hessian[k * p + j] = hessian[j * p + k];
}
function choleskySolve(a, n, b) {
  choleskyFactor(a, n);
  solveFactored(a, n, b);
}
function choleskyFactor(a, n) {
  for (let j = 0; j < n; j++) {
    let diagonal = a[j * n + j];
    for (let k = 0; k < j; k++) diagonal -= a[j * n + k] ** 2;
    if (!(diagonal > 0)) throw new LogisticError(`the Hessian is not positive definite at pivot ${j} (${diagonal}); the design has a zero feature`);
    const root = Math.sqrt(diagonal);
    a[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i * n + j];
      for (let k = 0; k < j; k++) sum -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = sum / root;
    }
  }
}
function solveFactored(l, n, b) {
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i * n + k] * b[k];
    b[i] = sum / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i];
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i] * b[k];
    b[i] = sum / l[i * n + i];
  }
}
function newtonStepFromZero(design, rowsUsed, options = {}) {
  const { c = 1, unpenalised = 0 } = options;
  if (!(c > 0)) throw new LogisticError(`C must be positive; got ${c}`);
  const p = design.features;
  const hessian = new Float64Array(p * p);
  const gradient = new Float64Array(p);
  accumulate(design, new Uint8Array(design.rows), rowsUsed, new Float64Array(p), gradient, hessian);
  for (let j = 0; j < p; j++) hessian[j * p + j] += j === unpenalised ? 1e-12 : 1 / c;
  choleskyFactor(hessian, p);
  return {
    step(sums) {
      const w = Float64Array.from(sums);
      solveFactored(hessian, p, w);
      return w;
    }
  };
}
function centredTargetSums(design, target, fold, folds, into) {
  const { width, index, value, features: p } = design;
  const sums = into ?? new Float64Array(folds * p);
  sums.fill(0);
  for (let row = 0; row < design.rows; row++) {
    const y = target[row] - 0.5;
    const base = fold[row] * p;
    for (let k = row * width, end = k + width; k < end; k++) sums[base + index[k]] += y * value[k];
  }
  return sums;
}
function identity(n) {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

// src/core/drift/monitoring/domain-classifier.ts
var DEFAULT_FOLDS = 5;
var DEFAULT_ALPHA2 = 0.05;
var DEFAULT_PERMUTATIONS = 99;
var PERMUTED_ROWS_BUDGET = 2e6;
var MIN_PERMUTATIONS = 19;
var DEFAULT_MAX_ROWS_PER_SIDE = 2e4;
var DEFAULT_TOP_CATEGORIES = 10;
var DEFAULT_PERMUTATION_REPEATS = 5;
var STANDARDISED_CLIP = 10;
var DomainClassifierError = class extends Error {
  name = "DomainClassifierError";
};
function domainClassifier(reference, current, options = {}) {
  const settings = resolve(options);
  const columns = selectColumns(reference, current, options.columns);
  if (reference.rowCount === 0) throw new DomainClassifierError("the reference data has no rows: the domain classifier needs rows on both sides");
  if (current.rowCount === 0) throw new DomainClassifierError("the current data has no rows: the domain classifier needs rows on both sides");
  for (const [side, table] of [["reference", reference], ["current", current]]) {
    if (table.rowCount < settings.folds) {
      throw new DomainClassifierError(`the ${side} data has ${table.rowCount} row(s); ${settings.folds}-fold cross-validation needs at least ${settings.folds} per side (lower 'folds' or supply more rows)`);
    }
  }
  const rng = createRng(settings.seed);
  const referenceRows = subsample(reference.rowCount, settings.maxRowsPerSide, rng);
  const currentRows = subsample(current.rowCount, settings.maxRowsPerSide, rng);
  const { design, encodings, skipped } = encode(columns, reference, current, referenceRows, currentRows, settings.topCategories);
  if (encodings.length === 0) {
    throw new DomainClassifierError(`no feature column varies (${skipped.map((s) => `'${s.column}': ${s.reason}`).join("; ")}); there is nothing to tell the two samples apart by`);
  }
  const n = design.rows;
  const target = new Uint8Array(n);
  target.fill(1, referenceRows.length);
  const full = fitLogistic(design, target, void 0, { c: settings.c });
  const folds = randomFolds(n, settings.folds, rng);
  const heldOut = Array.from({ length: settings.folds }, (_, f) => rowsWhere(folds, (fold) => fold === f));
  const steps = heldOut.map((_, f) => newtonStepFromZero(design, rowsWhere(folds, (fold) => fold !== f), { c: settings.c }));
  const crossValidate = crossValidator(design, folds, heldOut, steps);
  const { scores: outOfFold, coefficients: foldCoefficients } = crossValidate(target);
  const auc = areaUnderCurve(target, outOfFold);
  const foldAucs = heldOut.map((rows) => areaUnderCurve(pick(target, rows), pick(outOfFold, rows)));
  const permutations = permutationsFor(n, settings);
  const nullAucs = permutedAucs(target, permutations, crossValidate, rng);
  const features = encodings.map((encoding) => {
    let dropTotal = 0;
    for (let repeat = 0; repeat < settings.permutationRepeats; repeat++) {
      dropTotal += auc - areaUnderCurve(target, permutedScores(design, encoding, heldOut, foldCoefficients, outOfFold, rng));
    }
    const coefficients = Array.from({ length: encoding.labels.length }, (_, k) => full.coefficients[encoding.firstFeature + k]);
    return {
      column: encoding.name,
      kind: encoding.kind,
      aucDrop: dropTotal / settings.permutationRepeats,
      coefficientNorm: Math.hypot(...coefficients),
      encoded: encoding.labels.map((feature, k) => ({ feature, coefficient: coefficients[k] }))
    };
  });
  features.sort((a, b) => b.aucDrop - a.aucDrop || b.coefficientNorm - a.coefficientNorm || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
  const atOrAbove = nullAucs.filter((value) => value >= auc).length;
  const pValue = (1 + atOrAbove) / (permutations + 1);
  const decision = threshold(nullAucs, settings);
  return {
    auc,
    foldAucs,
    ...decision,
    alpha: settings.alpha,
    pValue,
    permutations,
    drifted: auc > decision.threshold,
    features,
    skippedColumns: skipped,
    rows: { reference: { total: reference.rowCount, used: referenceRows.length }, current: { total: current.rowCount, used: currentRows.length } },
    model: {
      kind: "logistic-regression",
      c: settings.c,
      folds: settings.folds,
      parameters: design.features,
      converged: full.converged,
      permutationRepeats: settings.permutationRepeats,
      seed: settings.seed
    }
  };
}
function resolve(options) {
  const {
    folds = DEFAULT_FOLDS,
    seed = 0,
    maxRowsPerSide = DEFAULT_MAX_ROWS_PER_SIDE,
    topCategories = DEFAULT_TOP_CATEGORIES,
    c = 1,
    permutationRepeats = DEFAULT_PERMUTATION_REPEATS
  } = options;
  const integer = (name, value, least) => {
    if (!Number.isInteger(value) || value < least) throw new DomainClassifierError(`${name} must be an integer of at least ${least}; got ${value}`);
  };
  integer("folds", folds, 2);
  integer("maxRowsPerSide", maxRowsPerSide, folds);
  integer("topCategories", topCategories, 1);
  integer("permutationRepeats", permutationRepeats, 1);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new DomainClassifierError(`seed must be an integer in [0, 2^53); got ${seed}`);
  if (!(c > 0 && Number.isFinite(c))) throw new DomainClassifierError(`c (inverse regularisation strength) must be a positive number; got ${c}`);
  const { alpha = DEFAULT_ALPHA2, permutations = DEFAULT_PERMUTATIONS } = options;
  if (!(alpha > 0 && alpha < 1)) throw new DomainClassifierError(`alpha must be strictly between 0 and 1; got ${alpha}`);
  integer("permutations", permutations, minPermutations(alpha));
  const band = options.aucBand;
  if (band && band.max === void 0) throw new DomainClassifierError("auc_band needs a max: an AUC above it is drift (one below 0.5 never is)");
  if (band?.min !== void 0 && !(band.min < band.max)) throw new DomainClassifierError(`auc_band min (${band.min}) must be below max (${band.max})`);
  return { ...band ? { band } : {}, alpha, permutations, folds, seed, maxRowsPerSide, topCategories, c, permutationRepeats };
}
function minPermutations(alpha) {
  return Math.max(MIN_PERMUTATIONS, Math.ceil(1 / alpha - 1e-9) - 1);
}
function permutationsFor(rows, settings) {
  return Math.max(minPermutations(settings.alpha), Math.min(settings.permutations, Math.floor(PERMUTED_ROWS_BUDGET / rows)));
}
function crossValidator(design, folds, heldOut, steps) {
  const p = design.features;
  const sums = new Float64Array(heldOut.length * p);
  return (target) => {
    centredTargetSums(design, target, folds, heldOut.length, sums);
    const total2 = new Float64Array(p);
    for (let f = 0; f < heldOut.length; f++) for (let j = 0; j < p; j++) total2[j] += sums[f * p + j];
    const scores = new Float64Array(design.rows);
    const coefficients = heldOut.map((rows, f) => {
      const training = new Float64Array(p);
      for (let j = 0; j < p; j++) training[j] = total2[j] - sums[f * p + j];
      const w = steps[f].step(training);
      for (const row of rows) scores[row] = linearPredictor(design, row, w);
      return w;
    });
    return { scores, coefficients };
  };
}
function permutedAucs(target, permutations, crossValidate, rng) {
  const permuted = target.slice();
  const out = [];
  for (let b = 0; b < permutations; b++) {
    shuffle2(permuted, rng);
    out.push(areaUnderCurve(permuted, crossValidate(permuted).scores));
  }
  return out;
}
function threshold(nullAucs, settings) {
  const b = nullAucs.length;
  if (settings.band) {
    const max = settings.band.max;
    return { threshold: max, thresholdSource: "fixed", band: { ...settings.band }, falseAlarmRate: nullAucs.filter((value) => value > max).length / b };
  }
  const allowed = Math.floor((b + 1) * settings.alpha + 1e-9);
  const sorted = [...nullAucs].sort((x, y) => y - x);
  return { threshold: sorted[allowed - 1], thresholdSource: "permutation", falseAlarmRate: allowed / (b + 1) };
}
function selectColumns(reference, current, names) {
  const wanted = names ?? [...reference.columns.keys()];
  if (wanted.length === 0) throw new DomainClassifierError("no feature columns given: the domain classifier needs at least one");
  const problems = [];
  const columns = [];
  for (const name of wanted) {
    const left = reference.columns.get(name);
    const right = current.columns.get(name);
    if (!left) problems.push(`'${name}' is not in the reference data`);
    if (!right) problems.push(`'${name}' is not in the current data`);
    if (left && right && left.kind !== right.kind) problems.push(`'${name}' is ${left.kind} in the reference data but ${right.kind} in the current data`);
    if (left && right && left.kind === right.kind) columns.push(left);
  }
  if (problems.length > 0) throw new DomainClassifierError(`the reference and current data must hold the same feature columns: ${problems.join("; ")}`);
  return columns;
}
function subsample(n, limit, rng) {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (n <= limit) return all;
  for (let i = 0; i < limit; i++) {
    const j = i + rng.nextBelow(n - i);
    const swap = all[i];
    all[i] = all[j];
    all[j] = swap;
  }
  return all.slice(0, limit).sort();
}
function encode(columns, reference, current, referenceRows, currentRows, topCategories) {
  const plans = [];
  const skipped = [];
  for (const column of columns) {
    const other = current.columns.get(column.name);
    const plan = column.kind === "numeric" ? planNumeric(column, other, referenceRows, currentRows) : planCategorical(column, other, referenceRows, currentRows, topCategories);
    if (typeof plan === "string") skipped.push({ column: column.name, reason: plan });
    else plans.push(plan);
  }
  const encodings = [];
  let slot = 1;
  let feature = 1;
  for (const plan of plans) {
    const labels = plan.kind === "numeric" ? [...plan.withValue ? ["value"] : [], ...plan.withMissing ? ["missing"] : []] : plan.labels;
    const slots = plan.kind === "numeric" ? labels.length : 1;
    encodings.push({ name: plan.name, kind: plan.kind, firstSlot: slot, slots, firstFeature: feature, labels });
    slot += slots;
    feature += labels.length;
  }
  const width = slot;
  const rows = referenceRows.length + currentRows.length;
  const index = new Int32Array(rows * width);
  const value = new Float64Array(rows * width);
  const fill = (table, sourceRows, offset) => {
    for (let r = 0; r < sourceRows.length; r++) {
      index[(offset + r) * width] = 0;
      value[(offset + r) * width] = 1;
    }
    plans.forEach((plan, p) => {
      const encoding = encodings[p];
      if (plan.kind === "numeric") {
        const values = table.columns.get(plan.name).values;
        for (let r = 0; r < sourceRows.length; r++) {
          const at = (offset + r) * width + encoding.firstSlot;
          const raw = values[sourceRows[r]];
          const missing = !Number.isFinite(raw);
          let k = 0;
          if (plan.withValue) {
            index[at] = encoding.firstFeature;
            value[at] = missing ? 0 : Math.max(-STANDARDISED_CLIP, Math.min(STANDARDISED_CLIP, (raw - plan.mean) / plan.std));
            k++;
          }
          if (plan.withMissing) {
            index[at + k] = encoding.firstFeature + k;
            value[at + k] = missing ? 1 : 0;
          }
        }
      } else {
        const column = table.columns.get(plan.name);
        const levelOfCode = column.categories.map((text) => plan.levelOf.get(text) ?? plan.otherLevel);
        for (let r = 0; r < sourceRows.length; r++) {
          const at = (offset + r) * width + encoding.firstSlot;
          const code = column.codes[sourceRows[r]];
          index[at] = encoding.firstFeature + (code === MISSING_CODE ? plan.missingLevel : levelOfCode[code]);
          value[at] = 1;
        }
      }
    });
  };
  fill(reference, referenceRows, 0);
  fill(current, currentRows, referenceRows.length);
  return { design: { rows, width, features: feature, index, value }, encodings, skipped };
}
function planNumeric(reference, current, referenceRows, currentRows) {
  let count = 0;
  let mean = 0;
  let squares = 0;
  let missing = 0;
  const add = (values, rows) => {
    for (let r = 0; r < rows.length; r++) {
      const x = values[rows[r]];
      if (!Number.isFinite(x)) {
        missing++;
        continue;
      }
      count++;
      const delta = x - mean;
      mean += delta / count;
      squares += delta * (x - mean);
    }
  };
  add(reference.values, referenceRows);
  add(current.values, currentRows);
  const std = count > 0 ? Math.sqrt(squares / count) : 0;
  const withValue = std > 0 && Number.isFinite(std);
  const withMissing = missing > 0 && count > 0;
  if (!withValue && !withMissing) return count === 0 ? "missing on every row of both sides" : "one value on every row of both sides";
  return { kind: "numeric", name: reference.name, mean, std: withValue ? std : 1, withValue, withMissing };
}
function planCategorical(reference, current, referenceRows, currentRows, topCategories) {
  const counts = /* @__PURE__ */ new Map();
  let missing = 0;
  const add = (column, rows) => {
    const perCode = new Float64Array(column.categories.length);
    for (let r = 0; r < rows.length; r++) {
      const code = column.codes[rows[r]];
      if (code === MISSING_CODE) missing++;
      else perCode[code]++;
    }
    perCode.forEach((count, code) => {
      if (count > 0) counts.set(column.categories[code], (counts.get(column.categories[code]) ?? 0) + count);
    });
  };
  add(reference, referenceRows);
  add(current, currentRows);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = ranked.slice(0, topCategories).map(([text]) => text);
  const labels = [...kept];
  const otherLevel = ranked.length > topCategories ? labels.push("(other)") - 1 : -1;
  const missingLevel = missing > 0 ? labels.push("(missing)") - 1 : -1;
  if (labels.length < 2) return ranked.length === 0 ? "missing on every row of both sides" : "one category on every row of both sides";
  return { kind: "categorical", name: reference.name, levelOf: new Map(kept.map((text, level) => [text, level])), otherLevel, missingLevel, labels };
}
function shuffle2(values, rng) {
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.nextBelow(i + 1);
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}
function randomFolds(rows, folds, rng) {
  const order = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  shuffle2(order, rng);
  const assignment = new Int32Array(rows);
  order.forEach((row, position) => {
    assignment[row] = position % folds;
  });
  return assignment;
}
function permutedScores(design, encoding, heldOut, coefficients, outOfFold, rng) {
  const { width, index, value } = design;
  const scores = new Float64Array(outOfFold);
  const contribution = (row, w) => {
    let sum = 0;
    for (let k = row * width + encoding.firstSlot, end = k + encoding.slots; k < end; k++) sum += w[index[k]] * value[k];
    return sum;
  };
  heldOut.forEach((rows, f) => {
    const w = coefficients[f];
    const partners = rows.slice();
    shuffle2(partners, rng);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      scores[row] = outOfFold[row] - contribution(row, w) + contribution(partners[i], w);
    }
  });
  return scores;
}
function areaUnderCurve(target, score) {
  const yPred = new Uint8Array(score.length);
  for (let i = 0; i < score.length; i++) yPred[i] = score[i] >= 0 ? 1 : 0;
  return rocAuc.compute({ task: "binary-classification", yTrue: target, score, yPred });
}
function rowsWhere(values, keep) {
  const rows = [];
  for (let i = 0; i < values.length; i++) if (keep(values[i])) rows.push(i);
  return Uint32Array.from(rows);
}
function pick(values, rows) {
  const out = new values.constructor(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
}

// src/core/drift/analysis.ts
var MISSING_SHARE_MIN_CHANGE = 0.01;
var MISSING_SHARE_ALPHA = 0.05;
var HISTOGRAM_BINS = 10;
var HISTOGRAM_MAX_GROUPS = 12;
var TOP_DOMAIN_FEATURES = 5;
function missingSignal(missing) {
  const { reference, current } = missing;
  if (reference.missing + current.missing === 0 || reference.rows === 0 || current.rows === 0) return { reference, current, pValue: null, changed: false };
  const { pValue } = proportionsZTest(reference.missing, reference.rows, current.missing, current.rows);
  return { reference, current, pValue, changed: pValue < MISSING_SHARE_ALPHA && Math.abs(current.share - reference.share) >= MISSING_SHARE_MIN_CHANGE };
}
function columnReport(result) {
  const out = {
    column: result.column,
    kind: result.kind,
    method: result.method,
    methodSource: result.methodSource,
    threshold: result.threshold,
    thresholdSource: result.thresholdSource,
    thresholdMode: result.thresholdMode,
    evaluated: result.evaluated,
    drifted: result.drifted,
    missing: missingSignal(result.missing)
  };
  if (result.evaluated) {
    const test = result.test;
    out.scoreKind = test.kind;
    out.decidedBy = test.decidedBy;
    out.falseAlarmRate = test.falseAlarmRate;
    out.falseAlarmRateEstimated = test.falseAlarmRateEstimated;
    if (test.criticalValue !== void 0) out.criticalValue = test.criticalValue;
    out.statistic = test.statistic;
    if (result.pValue !== void 0) {
      out.pValue = result.pValue;
      out.adjustedPValue = result.adjustedPValue;
    }
    if (test.kind === "distance") out.distance = test.score;
    if (Object.keys(result.test.detail).length > 0) out.detail = { ...result.test.detail };
  } else {
    out.error = result.error.message;
    out.errorCode = result.error.code;
  }
  return out;
}
function featuresReport(drift) {
  return {
    columns: drift.columns.map(columnReport),
    evaluated: drift.evaluatedColumns,
    untested: drift.untestedColumns,
    drifted: drift.driftedColumns,
    share: drift.share,
    driftShare: drift.driftShare,
    datasetDrifted: drift.drifted,
    undecided: drift.undecided,
    thresholdMode: drift.thresholdMode,
    correction: drift.correction,
    pValueTests: drift.pValueTests
  };
}
function severity(column) {
  if (!column.evaluated) return Number.NaN;
  if (column.decidedBy === "p-value" || column.decidedBy === void 0 && column.scoreKind === "p-value") {
    const p = Math.max(column.adjustedPValue ?? column.pValue ?? 1, 1e-300);
    return -Math.log10(p) / -Math.log10(column.threshold);
  }
  return (column.distance ?? 0) / column.threshold;
}
function mostDrifted(columns) {
  let best;
  for (const column of columns) {
    if (column.kind !== "numeric" || !column.evaluated) continue;
    if (!best || severity(column) > severity(best)) best = column;
  }
  return best;
}
var formatEdge2 = (value) => String(Number(value.toPrecision(4)));
function rawHistogram(column) {
  if (column.reference.kind !== "numeric" || column.current.kind !== "numeric") return void 0;
  const ref = column.reference.sorted;
  const cur = column.current.sorted;
  if (ref.length === 0 || cur.length === 0) return void 0;
  const share = (counts, n) => Array.from(counts, (c) => c / n);
  if (distinctUnionCount(ref, cur, MAX_VALUES_UNBINNED + 1) <= MAX_VALUES_UNBINNED) {
    const counts = valueCounts(ref, cur);
    return { column: column.name, bins: Array.from(counts.values, formatEdge2), reference: share(counts.a, ref.length), current: share(counts.b, cur.length) };
  }
  const min = Math.min(ref[0], cur[0]);
  const max = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
  const bins = min === max ? 1 : HISTOGRAM_BINS;
  const edges = new Float64Array(bins + 1);
  for (let k = 0; k < bins; k++) edges[k] = min + (max - min) * k / bins;
  edges[bins] = max === min ? max + 1 : max;
  return {
    column: column.name,
    bins: Array.from({ length: bins }, (_, k) => `[${formatEdge2(edges[k])}, ${formatEdge2(edges[k + 1])}${k === bins - 1 ? "]" : ")"}`),
    reference: share(histogramSorted(ref, edges), ref.length),
    current: share(histogramSorted(cur, edges), cur.length)
  };
}
function profileHistogram(reference, current) {
  if (reference.count === 0 || current.count === 0) return void 0;
  const reduce = groupBins(reference.edges, reference.counts, current.counts, HISTOGRAM_MAX_GROUPS - 2);
  return {
    column: reference.name,
    bins: reduce.labels,
    reference: Array.from(reduce.reference, (c) => c / reference.count),
    current: Array.from(reduce.current, (c) => c / current.count)
  };
}
function domainReport(reference, current, features, settings, seed) {
  try {
    const result = domainClassifier(reference, current, {
      columns: features.map((f) => f.name),
      ...settings?.domain_classifier?.auc_band ? { aucBand: settings.domain_classifier.auc_band } : {},
      ...settings?.domain_classifier?.alpha !== void 0 ? { alpha: settings.domain_classifier.alpha } : {},
      ...settings?.domain_classifier?.permutations !== void 0 ? { permutations: settings.domain_classifier.permutations } : {},
      seed
    });
    return {
      auc: result.auc,
      foldAucs: result.foldAucs,
      threshold: result.threshold,
      thresholdSource: result.thresholdSource,
      falseAlarmRate: result.falseAlarmRate,
      pValue: result.pValue,
      permutations: result.permutations,
      drifted: result.drifted,
      topFeatures: result.features.slice(0, TOP_DOMAIN_FEATURES).map((f) => ({ column: f.column, aucDrop: f.aucDrop, coefficientNorm: f.coefficientNorm })),
      rows: result.rows,
      skippedColumns: result.skippedColumns,
      model: `L2 logistic regression (C = ${result.model.c}; folds fitted by one Newton step from zero), ${result.model.folds}-fold cross-validation, ${result.permutations} label permutations, seed ${result.model.seed}${result.model.converged ? "" : " (the full fit did not converge)"}`
    };
  } catch (error) {
    if (error instanceof DomainClassifierError) return { part: "domain-classifier", reason: error.message };
    throw error;
  }
}
function performanceReport(input, seed) {
  try {
    const result = cbpe(input.reference, input.current, { threshold: input.threshold, seed });
    return {
      method: "cbpe",
      rows: result.rows,
      threshold: result.threshold,
      calibration: { calibrated: result.calibration.applied, reason: result.calibration.reason },
      labelled: result.labelled,
      metrics: result.metrics.map((m) => ({
        metric: m.metric,
        estimate: m.estimate,
        standardError: m.standardError,
        lower: m.lower,
        upper: m.upper,
        realised: m.realised,
        reference: m.reference,
        thresholds: { lower: m.thresholds.lower, upper: m.thresholds.upper },
        dropped: m.estimate !== null && m.thresholds.lower !== null && m.estimate < m.thresholds.lower
      }))
    };
  } catch (error) {
    if (error instanceof CbpeError) return { part: "performance", reason: error.message };
    throw error;
  }
}
var isSkipped = (value) => "part" in value && "reason" in value;
function commonNotes(settings, features) {
  const notes = [];
  if (features.thresholdMode === "calibrated") {
    notes.push("thresholds are false-alarm rates at these sample sizes: every column is decided by a p-value, a distance by its permutation p-value (threshold_mode: fixed restores Evidently's fixed thresholds)");
  } else {
    notes.push("threshold_mode fixed: Evidently's thresholds, whatever the sample sizes; each distance column's false-alarm rate at these sizes is a permutation estimate");
  }
  if (features.correction !== "none" && features.pValueTests > 0) {
    notes.push(`p-values are adjusted by ${features.correction} over the ${features.pValueTests} column(s) decided by a p-value${features.thresholdMode === "fixed" ? "; distances are not corrected" : ""}`);
  }
  if (settings?.threshold !== void 0 && (settings.method ?? "auto") === "auto" && features.thresholdMode === "fixed") {
    notes.push(`gates.drift.threshold ${settings.threshold} applies to every column's test: a p-value for KS, chi-squared and z, a distance for the others`);
  }
  notes.push(`missing values are their own signal: a column's missing share changed when the two-proportion z-test gives p < ${MISSING_SHARE_ALPHA} and the shares differ by at least ${MISSING_SHARE_MIN_CHANGE * 100} percentage point`);
  return notes;
}
function analyseDrift(input) {
  const seed = input.seed ?? 0;
  const skipped = [...input.skipped ?? []];
  const tested = input.tested;
  if (tested && tested.length !== input.features.length) throw new RangeError(`analyseDrift: ${tested.length} tested features for ${input.features.length} features`);
  const prepared = tested ? tested.map((t) => t.prepared) : input.features.map((f) => prepareColumn(requireColumn(input.reference, f.name), requireColumn(input.current, f.name)));
  const features = featuresReport(
    tested ? decideDataset(
      tested.map((t) => t.result),
      input.settings ?? {}
    ) : datasetDrift(prepared, input.settings ?? {})
  );
  const out = {
    reference: { dataset: input.datasets.reference, rows: input.reference.rowCount },
    current: { dataset: input.datasets.current, rows: input.current.rowCount },
    source: "data",
    features,
    skipped,
    notes: commonNotes(input.settings, features)
  };
  if (input.prediction) {
    const { output, reference, current } = input.prediction;
    const settings = input.settings?.prediction ?? {};
    const column = prepareColumn(reference, current);
    out.prediction = {
      output,
      ...columnReport(
        testColumn(column, {
          ...settings.method ? { method: settings.method } : {},
          ...settings.threshold !== void 0 ? { threshold: settings.threshold } : {},
          ...input.settings?.threshold_mode ? { threshold_mode: input.settings.threshold_mode } : {}
        })
      )
    };
  }
  const domain = domainReport(input.reference, input.current, input.features, input.settings, seed);
  if (isSkipped(domain)) skipped.push(domain);
  else out.domainClassifier = domain;
  if (input.performance) {
    const performance = performanceReport(input.performance, seed);
    if (isSkipped(performance)) skipped.push(performance);
    else out.performance = performance;
  }
  const worst = mostDrifted(features.columns);
  const histogram = worst ? rawHistogram(prepared.find((p) => p.name === worst.column)) : void 0;
  if (histogram) out.histogram = histogram;
  return out;
}
function analyseProfileDrift(input) {
  const names = input.features.map((f) => f.name);
  const features = featuresReport(profileDrift(input.reference, input.current, names, input.settings ?? {}));
  const reason = "computed from profiles, which hold no rows";
  const out = {
    reference: { dataset: input.datasets.reference, rows: input.reference.rows },
    current: { dataset: input.datasets.current, rows: input.current.rows },
    source: "profile",
    features,
    skipped: [
      { part: "prediction", reason: `${reason}: the model cannot run on them (profile its scores as a column to compare them)` },
      { part: "domain-classifier", reason },
      { part: "performance", reason }
    ],
    notes: [
      "from profiles: KS is evaluated at the bin edges only (a lower bound of the raw D, asymptotic p-value) and Wasserstein places each bin's rows at their mean \u2014 binned approximations of the tests on raw values",
      "from profiles: PSI, Jensen-Shannon, Hellinger, chi-squared and z compare the reference's bins (merged to Sturges' number of groups above 20 non-empty bins), not Evidently's bins over both samples",
      ...commonNotes(input.settings, features)
    ]
  };
  const worst = mostDrifted(features.columns);
  if (worst) {
    const ref = input.reference.columns.find((c) => c.name === worst.column);
    const cur = input.current.columns.find((c) => c.name === worst.column);
    const histogram = profileHistogram(ref, cur);
    if (histogram) out.histogram = histogram;
  }
  return out;
}

export {
  PROFILE_API_VERSION,
  DEFAULT_PROFILE_BINS,
  MAX_PROFILE_BINS,
  ProfileError,
  equalWidthEdges,
  compareText,
  profileTable,
  referenceEdges,
  fitCalibration,
  applyCalibration,
  CBPE_METRICS,
  CbpeError,
  fitCbpe,
  estimateCbpe,
  expectedConfusion,
  choleskySolve,
  MISSING_SHARE_MIN_CHANGE,
  MISSING_SHARE_ALPHA,
  missingSignal,
  columnReport,
  severity,
  analyseDrift,
  analyseProfileDrift
};
