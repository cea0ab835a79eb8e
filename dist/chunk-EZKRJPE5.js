import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  LabelError,
  OnnxModelError,
  binaryTruth,
  dataErrorFinding,
  driftGate,
  measureDrift,
  multiclassTruth,
  openModel,
  readReference,
  readTable,
  regressionTruth,
  runnerSpecFromManifest
} from "./chunk-GT4MX42V.js";
import {
  placeGateChecks
} from "./chunk-EZYPHHJR.js";
import {
  MISSING_CODE,
  checkBound,
  chiSquared1Sf,
  createRng,
  describeBound,
  formatNumber,
  gateResult,
  isWithin,
  normalCdf,
  normalQuantile,
  normalTwoSidedPValue,
  quantileSorted,
  sampleIndices,
  sampleStandardDeviation,
  sampleVariance,
  takeRows,
  withShuffledColumn
} from "./chunk-L4QGIV7C.js";
import {
  addApprovalGates
} from "./chunk-FM67PX22.js";
import {
  DataFormatError,
  formatOf,
  manifestAt,
  validateRepository
} from "./chunk-GZWLOQ3Y.js";
import {
  MetricError,
  confusionMatrix,
  metricById,
  metricsForTask,
  parseYamlSource,
  segmentsToPointer,
  withSharedRanking
} from "./chunk-AV2Z3ROV.js";
import {
  latestStageTag
} from "./chunk-KEUM6VTA.js";
import {
  buildReport,
  verdictOfFindings,
  worstVerdict
} from "./chunk-CE3A4YL5.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";

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
import { stat } from "node:fs/promises";

// src/core/evaluation/metrics.ts
function computeMetrics(input, ids) {
  const definitions = ids ? ids.map((id) => metricById(id)).filter((d) => d !== void 0) : metricsForTask(input.task);
  const values = {};
  const problems = {};
  withSharedRanking(() => {
    for (const definition of definitions) {
      try {
        values[definition.id] = definition.compute(input);
      } catch (error) {
        if (!(error instanceof MetricError)) throw error;
        values[definition.id] = null;
        problems[definition.id] = error.message;
      }
    }
  });
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
    const score = input.score ? new Float64Array(n) : void 0;
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
function identityIndices(n) {
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  return indices;
}

// src/core/stats/delong.ts
function delongAucInterval(labels, scores, options = {}) {
  const level = checkLevel(options.level);
  const { positives, negatives } = countClasses(labels, 2, scores.length);
  const { auc, positivePlacements, negativePlacements } = placements(labels, scores, positives, negatives);
  const variance = sampleVariance2(positivePlacements) / positives + sampleVariance2(negativePlacements) / negatives;
  const standardError = Math.sqrt(variance);
  const half = normalQuantile((1 + level) / 2) * standardError;
  return { auc, variance, standardError, ciLower: auc - half, ciUpper: auc + half, level, positives, negatives };
}
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
  const z = standardError > 0 ? difference / standardError : difference === 0 ? 0 : Math.sign(difference) * Number.POSITIVE_INFINITY;
  const half = normalQuantile((1 + level) / 2) * standardError;
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
  let sum = 1;
  for (let i = 1; i <= k; i++) {
    coefficient = coefficient * (n - i + 1) / i;
    sum += coefficient;
  }
  return Math.min(1, sum * 2 ** (1 - n));
}

// src/core/stats/wilson.ts
function wilsonInterval(x, n, z) {
  if (!(n > 0)) return { lower: 0, upper: 1 };
  if (!(x >= 0 && x <= n)) throw new RangeError(`successes must be in [0, ${n}]; got ${x}`);
  const p = x / n;
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n + z2);
  const half = z * Math.sqrt(n * p * (1 - p) + z2 / 4) / (n + z2);
  return { lower: x === 0 ? 0 : Math.max(0, centre - half), upper: x === n ? 1 : Math.min(1, centre + half) };
}

// src/core/stats/newcombe-paired.ts
function newcombePairedDifference(counts, z) {
  const { both: a, onlyFirst: b, onlySecond: c, neither: d } = counts;
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer count; got ${value}`);
  }
  const n = a + b + c + d;
  if (n === 0) return { lower: -1, upper: 1 };
  const first = a + b;
  const second = a + c;
  const p1 = first / n;
  const p2 = second / n;
  const w1 = wilsonInterval(first, n, z);
  const w2 = wilsonInterval(second, n, z);
  let phi = 0;
  if (first > 0 && first < n && second > 0 && second < n) {
    const cross = a * d - b * c;
    const margins = Math.sqrt(first) * Math.sqrt(n - first) * Math.sqrt(second) * Math.sqrt(n - second);
    phi = cross > n / 2 ? (cross - n / 2) / margins : cross >= 0 ? 0 : cross / margins;
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
  const n = challenger.yTrue.length;
  const level = 1 - options.alpha;
  const resamples = resamplesFor(n, options.resamples);
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
      const test2 = delongTest(challenger.yTrue, challenger.score, champion.score, { level });
      ci = { lower: test2.ciLower, upper: test2.ciUpper, level };
      pValue = test2.pValue;
      method = "delong";
    } else if (id === "accuracy" && challenger.task !== "regression" && champion.task !== "regression") {
      const paired = newcombePairedDifference(pairedCounts(correctness(challenger), correctness(champion)), normalQuantile((1 + level) / 2));
      ci = { lower: paired.lower, upper: paired.upper, level };
      method = "newcombe-paired";
    } else {
      const interval3 = pairedBootstrap({
        n,
        resamples,
        level,
        seed: options.seed,
        statistic: (indices) => [metricOrNaN(id, gatherChallenger(indices)), metricOrNaN(id, gatherChampion(indices))]
      });
      ci = { lower: interval3.lower, upper: interval3.upper, level };
      method = `paired-bootstrap (${interval3.resamplesUsed} resamples, percentile)`;
    }
    const higherIsBetter = definition.direction === "higher-is-better";
    const regression = higherIsBetter ? ci.upper < -options.tolerance : ci.lower > options.tolerance;
    const comparison = { metric: id, challenger: challengerValue, champion: championValue, delta, ci, method, regression };
    if (pValue !== void 0) comparison.pValue = pValue;
    comparisons.push(comparison);
    const interval2 = `[${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}] at ${Math.round(level * 100)}%`;
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

// src/core/evaluation/gate.ts
var DEFAULT_ALPHA = 0.05;
function metricInterval(id, input, level, seed) {
  const n = input.yTrue.length;
  if (id === "roc_auc" && input.task === "binary-classification" && input.score) {
    let auc;
    try {
      auc = delongAucInterval(input.yTrue, input.score, { level });
    } catch {
      return void 0;
    }
    if (auc.auc <= 0 || auc.auc >= 1 || !(auc.standardError > 0)) return { ci: { lower: Math.max(0, auc.ciLower), upper: Math.min(1, auc.ciUpper), level }, method: "DeLong" };
    const logit = Math.log(auc.auc / (1 - auc.auc));
    const half = normalQuantile((1 + level) / 2) * auc.standardError / (auc.auc * (1 - auc.auc));
    const expit = (x) => 1 / (1 + Math.exp(-x));
    return { ci: { lower: expit(logit - half), upper: expit(logit + half), level }, method: "DeLong, logit" };
  }
  if (id === "accuracy" && input.task !== "regression") {
    let correct = 0;
    for (let i = 0; i < n; i++) if (input.yTrue[i] === input.yPred[i]) correct++;
    const wilson = wilsonInterval(correct, n, normalQuantile((1 + level) / 2));
    return { ci: { ...wilson, level }, method: "Wilson" };
  }
  const gather = gatherer(input);
  const interval2 = bootstrapCI({ n, resamples: resamplesFor(n), level, seed, statistic: (indices) => metricOrNaN(id, gather(indices)) });
  if (!Number.isFinite(interval2.lower) || !Number.isFinite(interval2.upper)) return void 0;
  return { ci: { lower: interval2.lower, upper: interval2.upper, level }, method: `bootstrap, ${interval2.resamplesUsed} resamples` };
}
var intervalText = (ci, method) => `${Number((ci.level * 100).toPrecision(4))}% CI [${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}] (${method})`;
function decideMetricBound(id, value, bound, interval2, rows, rule) {
  const point = checkBound(id, value, bound);
  if (!interval2) return { ...point, rule: "point-estimate", message: `${point.message} (no interval on this data: decided on the value)` };
  const { ci, method } = interval2;
  const shown = isWithin(ci.lower, bound) && isWithin(ci.upper, bound);
  const check = { ...point, rule, interval: ci };
  const where = `${intervalText(ci, method)}`;
  if (shown) return { ...check, verdict: "pass", message: `${formatNumber(value)} meets the bound ${describeBound(bound)}, shown at ${rows} rows: the whole ${where} meets it` };
  if (rule === "shown-to-meet") {
    return { ...check, verdict: "fail", message: `${formatNumber(value)} ${point.verdict === "pass" ? "meets" : "breaks"} the bound ${describeBound(bound)}, but the ${where} reaches outside it: not shown to meet it at ${rows} rows (rule: shown-to-meet)` };
  }
  if (point.verdict === "pass") {
    return { ...check, verdict: "warn", message: `${formatNumber(value)} meets the bound ${describeBound(bound)} as measured, but the ${where} reaches outside it: not shown at ${rows} rows` };
  }
  const shownBroken = bound.min !== void 0 && ci.upper < bound.min || bound.max !== void 0 && ci.lower > bound.max;
  return { ...check, verdict: "fail", message: `${point.message}; ${where}${shownBroken ? "" : `: not shown either way at ${rows} rows`}` };
}
function performanceChecks(bounds, input, options = {}, problems = {}) {
  const level = 1 - (options.alpha ?? DEFAULT_ALPHA);
  const rule = options.rule ?? "point-estimate";
  return Object.entries(bounds).map(([id, bound]) => {
    const value = metricOrNaN(id, input);
    if (Number.isNaN(value)) return checkBound(id, null, bound, problems[id]);
    return decideMetricBound(id, value, bound, metricInterval(id, input, level, options.seed ?? 0), input.yTrue.length, rule);
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
  const gate2 = manifest.gates?.performance ?? {};
  const checks = [];
  const metricBounds = input ? performanceChecks(gate2.metrics ?? {}, input, { rule: gate2.rule ?? "point-estimate", alpha: gate2.alpha ?? DEFAULT_ALPHA, seed }, problems) : Object.entries(gate2.metrics ?? {}).map(([id, bound]) => checkBound(id, evaluation.metrics[id], bound, problems[id]));
  for (const check of metricBounds) checks.push({ ...check, pointer: segmentsToPointer(["gates", "performance", "metrics", check.name]) });
  const operational = evaluation.operational;
  if (operational) {
    const timing = (check, field) => ({ ...check, pointer: `/gates/performance/${field}`, volatile: true });
    for (const percentile of ["p50", "p95", "p99"]) {
      const bound = gate2.latency_ms?.[percentile];
      if (bound) checks.push(timing(checkBound(`latency ${percentile} (ms)`, operational.latencyMs[percentile], bound), `latency_ms/${percentile}`));
    }
    if (gate2.throughput_rows_per_s) checks.push(timing(checkBound("throughput (rows/s)", operational.throughputRowsPerS, gate2.throughput_rows_per_s), "throughput_rows_per_s"));
    if (gate2.memory_mb) checks.push(timing(checkBound("peak memory (MiB)", operational.peakRssMb, gate2.memory_mb), "memory_mb"));
    if (gate2.model_size_mb) checks.push({ ...checkBound("model size (MiB)", operational.modelSizeMb, gate2.model_size_mb), pointer: "/gates/performance/model_size_mb" });
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
      const bound = { max: settings.max_label_flip_rate };
      checks.push(
        unmeasurable ? { name: `${m.check}: label flip rate`, verdict: "fail", value: null, bound, message: unmeasurable, pointer: `${pointer}/max_label_flip_rate` } : { ...checkBound(`${m.check}: label flip rate`, m.labelFlipRate, bound), message: `${formatNumber(m.labelFlipRate)} of rows change label${where}; allowed ${formatNumber(settings.max_label_flip_rate)}`, pointer: `${pointer}/max_label_flip_rate` }
      );
    }
    if (settings.max_mean_score_change !== void 0) {
      const bound = { max: settings.max_mean_score_change };
      checks.push(
        unmeasurable ? { name: `${m.check}: mean score change`, verdict: "fail", value: null, bound, message: unmeasurable, pointer: `${pointer}/max_mean_score_change` } : { ...checkBound(`${m.check}: mean score change`, m.meanScoreChange, bound), message: `mean |\u0394score| ${formatNumber(m.meanScoreChange)}${where}; allowed ${formatNumber(settings.max_mean_score_change)}`, pointer: `${pointer}/max_mean_score_change` }
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

// src/core/fairness/group-metrics.ts
var TN = 0;
var FP = 1;
var FN = 2;
var TP = 3;
var CELLS = 4;
var BINARY_RATES = ["base_rate", "selection_rate", "tpr", "fpr", "fnr", "tnr", "precision", "fdr", "for", "npv", "accuracy", "ppr"];
var REGRESSION_MEASURES = ["mae", "rmse", "mean_prediction", "mean_label"];
function confusionByGroup(input, grouping) {
  const counts = new Float64Array(grouping.groups.length * CELLS);
  const { yTrue, yPred } = input;
  const codes = grouping.codes;
  for (let i = 0; i < codes.length; i++) counts[codes[i] * CELLS + yTrue[i] * 2 + yPred[i]]++;
  return counts;
}
function overallCounts(counts) {
  const total = new Float64Array(CELLS);
  for (let i = 0; i < counts.length; i++) total[i % CELLS] += counts[i];
  return total;
}
function rateOf(rate, counts, g, totalPredictedPositives) {
  const o = g * CELLS;
  const tn = counts[o + TN];
  const fp = counts[o + FP];
  const fn = counts[o + FN];
  const tp = counts[o + TP];
  const n = tn + fp + fn + tp;
  switch (rate) {
    case "base_rate":
      return (fn + tp) / n;
    case "selection_rate":
      return (fp + tp) / n;
    case "tpr":
      return tp / (tp + fn);
    case "fnr":
      return fn / (tp + fn);
    case "fpr":
      return fp / (fp + tn);
    case "tnr":
      return tn / (fp + tn);
    case "precision":
      return tp / (tp + fp);
    case "fdr":
      return fp / (tp + fp);
    case "npv":
      return tn / (tn + fn);
    case "for":
      return fn / (tn + fn);
    case "accuracy":
      return (tp + tn) / n;
    case "ppr":
      return (tp + fp) / totalPredictedPositives;
  }
}
function undefinedRateReason(rate, c, totalPredictedPositives) {
  const n = c.tp + c.fp + c.tn + c.fn;
  if (n === 0) return "no rows";
  switch (rate) {
    case "tpr":
    case "fnr":
      return c.tp + c.fn === 0 ? `no positive labels, so ${rate.toUpperCase()} is 0/0` : void 0;
    case "fpr":
    case "tnr":
      return c.fp + c.tn === 0 ? `no negative labels, so ${rate.toUpperCase()} is 0/0` : void 0;
    case "precision":
    case "fdr":
      return c.tp + c.fp === 0 ? `no positive predictions, so ${rate === "fdr" ? "FDR" : "precision"} is 0/0` : void 0;
    case "npv":
    case "for":
      return c.tn + c.fn === 0 ? `no negative predictions, so ${rate.toUpperCase()} is 0/0` : void 0;
    case "ppr":
      return totalPredictedPositives === 0 ? "the model predicts no positives at all, so the share of positive predictions is 0/0" : void 0;
    default:
      return void 0;
  }
}
function countsOf(counts, g) {
  const o = g * CELLS;
  return { tn: counts[o + TN], fp: counts[o + FP], fn: counts[o + FN], tp: counts[o + TP] };
}
function binaryMetricsOf(counts, g, rows, totalPredictedPositives) {
  const c = countsOf(counts, g);
  const count = c.tp + c.fp + c.tn + c.fn;
  const rates = {};
  const undefinedRates = {};
  for (const rate of BINARY_RATES) {
    const why = undefinedRateReason(rate, c, totalPredictedPositives);
    if (why) undefinedRates[rate] = why;
    rates[rate] = why ? null : rateOf(rate, counts, g, totalPredictedPositives);
  }
  return {
    ...c,
    count,
    share: count / rows,
    positives: c.tp + c.fn,
    negatives: c.tn + c.fp,
    predictedPositives: c.tp + c.fp,
    predictedNegatives: c.tn + c.fn,
    rates,
    undefinedRates
  };
}
function binaryGroupMetrics(counts, grouping) {
  const total = overallCounts(counts);
  const rows = total[TN] + total[FP] + total[FN] + total[TP];
  const predictedPositives = total[FP] + total[TP];
  const groups = grouping.groups.map((info, g) => ({ group: info.label, values: info.values, missing: info.missing, ...binaryMetricsOf(counts, g, rows, predictedPositives) }));
  const overall = { group: "overall", values: {}, missing: false, ...binaryMetricsOf(total, 0, rows, predictedPositives) };
  return { groups, overall };
}
var REGRESSION_SUMS = 5;
function regressionSumsByGroup(input, grouping) {
  const sums = new Float64Array(grouping.groups.length * REGRESSION_SUMS);
  const { yTrue, yPred } = input;
  const codes = grouping.codes;
  for (let i = 0; i < codes.length; i++) addRegressionRow(sums, codes[i] * REGRESSION_SUMS, yPred[i], yTrue[i]);
  return sums;
}
function regressionSumsOfRows(input, grouping, indices, sums, multiplicity) {
  sums.fill(0);
  multiplicity.fill(0);
  for (let k = 0; k < indices.length; k++) multiplicity[indices[k]]++;
  const { yTrue, yPred } = input;
  const codes = grouping.codes;
  for (let i = 0; i < multiplicity.length; i++) {
    const times = multiplicity[i];
    if (times === 0) continue;
    const o = codes[i] * REGRESSION_SUMS;
    const error = yPred[i] - yTrue[i];
    sums[o] += times;
    sums[o + 1] += times * Math.abs(error);
    sums[o + 2] += times * error * error;
    sums[o + 3] += times * yPred[i];
    sums[o + 4] += times * yTrue[i];
  }
  return sums;
}
function addRegressionRow(sums, o, prediction, truth) {
  const error = prediction - truth;
  sums[o] += 1;
  sums[o + 1] += Math.abs(error);
  sums[o + 2] += error * error;
  sums[o + 3] += prediction;
  sums[o + 4] += truth;
}
function regressionMeasureOf(measure, sums, g) {
  const o = g * REGRESSION_SUMS;
  const n = sums[o];
  switch (measure) {
    case "mae":
      return sums[o + 1] / n;
    case "rmse":
      return Math.sqrt(sums[o + 2] / n);
    case "mean_prediction":
      return sums[o + 3] / n;
    case "mean_label":
      return sums[o + 4] / n;
  }
}
function regressionGroupMetrics(sums, grouping) {
  const total = new Float64Array(REGRESSION_SUMS);
  for (let i = 0; i < sums.length; i++) total[i % REGRESSION_SUMS] += sums[i];
  const rows = total[0];
  const measuresOf = (s, g) => Object.fromEntries(REGRESSION_MEASURES.map((m) => [m, regressionMeasureOf(m, s, g)]));
  const groups = grouping.groups.map((info, g) => ({
    group: info.label,
    values: info.values,
    missing: info.missing,
    count: sums[g * REGRESSION_SUMS],
    share: sums[g * REGRESSION_SUMS] / rows,
    measures: measuresOf(sums, g)
  }));
  return { groups, overall: { group: "overall", values: {}, missing: false, count: rows, share: 1, measures: measuresOf(total, 0) } };
}

// src/core/fairness/aggregates.ts
var FAIRLEARN_METHODS = ["between_groups", "to_overall"];
var EQUALIZED_ODDS_AGGS = ["worst_case", "mean"];
var DEFAULT_DISPARITY_BAND = { min: 0.8, max: 1.25 };
var FAIRLEARN_BASES = [
  { base: "demographic_parity", rates: ["selection_rate"] },
  { base: "equal_opportunity", rates: ["tpr"] },
  { base: "equalized_odds", rates: ["tpr", "fpr"] }
];
var BINARY_AGGREGATES = FAIRLEARN_BASES.flatMap(
  ({ base, rates }) => ["difference", "ratio"].flatMap(
    (comparison) => FAIRLEARN_METHODS.flatMap(
      (method) => rates.length > 1 ? EQUALIZED_ODDS_AGGS.map((agg) => ({ id: `${base}_${comparison}`, comparison, method, agg, rates })) : [{ id: `${base}_${comparison}`, comparison, method, rates }]
    )
  )
);
var DISPARITIES = [
  { id: "fpr_disparity", rate: "fpr" },
  { id: "fnr_disparity", rate: "fnr" },
  { id: "fdr_disparity", rate: "fdr" },
  { id: "for_disparity", rate: "for" },
  { id: "ppr_disparity", rate: "ppr" },
  { id: "pprev_disparity", rate: "selection_rate" }
];
var RATE_NAMES = {
  base_rate: "base rate",
  selection_rate: "selection rate",
  tpr: "TPR",
  fpr: "FPR",
  fnr: "FNR",
  tnr: "TNR",
  precision: "precision",
  fdr: "FDR",
  for: "FOR",
  npv: "NPV",
  accuracy: "accuracy",
  ppr: "PPR"
};
function compareGroups(comparison, method, values, overall) {
  if (values.length === 0) return Number.NaN;
  let min = Infinity;
  let max = -Infinity;
  let farthest = -Infinity;
  let smallestRatio = Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) return Number.NaN;
    if (v < min) min = v;
    if (v > max) max = v;
    if (method === "to_overall") {
      farthest = Math.max(farthest, Math.abs(v - overall));
      const r = v / overall;
      if (!Number.isNaN(r)) smallestRatio = Math.min(smallestRatio, r > 1 ? 1 / r : r);
    }
  }
  if (comparison === "difference") return method === "between_groups" ? max - min : Number.isNaN(overall) ? Number.NaN : farthest;
  if (method === "between_groups") return min / max;
  return Number.isNaN(overall) || smallestRatio === Infinity ? Number.NaN : smallestRatio;
}
var RATE_INDEX = Object.fromEntries(BINARY_RATES.map((r, i) => [r, i]));
function rateTable(counts, groups, into) {
  const table = into ?? { groups, rates: new Float64Array(BINARY_RATES.length * groups), overall: new Float64Array(BINARY_RATES.length) };
  const total = new Float64Array(CELLS);
  for (let i = 0; i < groups * CELLS; i++) total[i % CELLS] += counts[i];
  const predictedPositives = total[FP] + total[TP];
  BINARY_RATES.forEach((rate, r) => {
    for (let g = 0; g < groups; g++) table.rates[r * groups + g] = rateOf(rate, counts, g, predictedPositives);
    table.overall[r] = rateOf(rate, total, 0, predictedPositives);
  });
  return table;
}
function disparityValue(rate, table, g, reference) {
  const r = RATE_INDEX[rate] * table.groups;
  const denominator = table.rates[r + reference];
  if (denominator === 0) return Number.NaN;
  return table.rates[r + g] / denominator;
}
function withinBand(value, band) {
  return (band.min === void 0 || value >= band.min) && (band.max === void 0 || value <= band.max);
}
function aggregateKey(spec) {
  return spec.agg ? `${spec.id}/${spec.method}/${spec.agg}` : `${spec.id}/${spec.method}`;
}

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
    const code = rawCodes[i];
    if (code < 0) missingRows++;
    else counts[code]++;
  }
  const present = rawLabels.map((label, code) => ({ label, code })).filter(({ code }) => counts[code] > 0);
  if (!keepOrder) present.sort((a, b) => a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  const renumber = new Int32Array(rawLabels.length).fill(-1);
  present.forEach(({ code }, index) => renumber[code] = index);
  const groups = present.map(({ label }) => ({ label, missing: false, values: { [attribute.name]: label } }));
  const missingIndex = groups.length;
  if (missingRows > 0) groups.push({ label: MISSING_LABEL, missing: true, values: { [attribute.name]: MISSING_LABEL } });
  const codes = new Int32Array(rawCodes.length);
  for (let i = 0; i < rawCodes.length; i++) {
    const code = rawCodes[i];
    codes[i] = code < 0 ? missingIndex : renumber[code];
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
    let code = index.get(value);
    if (code === void 0) {
      code = labels.length;
      index.set(value, code);
      labels.push(String(value));
    }
    raw[i] = code;
  }
  const grouping = compact(attribute, raw, labels, true);
  return sortNumericGroups(grouping);
}
function sortNumericGroups(grouping) {
  const real = grouping.groups.filter((g) => !g.missing);
  const order = real.map((g, code) => ({ code, value: Number(g.label) })).sort((a, b) => a.value - b.value);
  const renumber = new Int32Array(grouping.groups.length);
  order.forEach(({ code }, index) => renumber[code] = index);
  if (grouping.groups.length > real.length) renumber[real.length] = real.length;
  const groups = [...order.map(({ code }) => real[code]), ...grouping.groups.slice(real.length)];
  const codes = grouping.codes.map((code) => renumber[code]);
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
    let outside = estimate + direction * step;
    while (!rejects(outside)) {
      inside = outside;
      step *= 2;
      outside = estimate + direction * step;
      if (Math.abs(outside) > LOG_LIMIT) return direction === 1 ? Infinity : 0;
    }
    for (let i = 0; i < BISECTIONS && Math.abs(outside - inside) > 1e-12; i++) {
      const middle = (inside + outside) / 2;
      if (rejects(middle)) outside = middle;
      else inside = middle;
    }
    return Math.exp((inside + outside) / 2);
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
function bonferroniZ(level, comparisons) {
  return normalQuantile(1 - (1 - level) / (2 * Math.max(1, comparisons)));
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
function aggregateInterval(spec, counts, participants, level) {
  const total = new Float64Array(CELLS);
  for (let i = 0; i < counts.length; i++) total[i % CELLS] += counts[i];
  const comparisons = spec.rates.reduce((sum, _, k) => sum + comparisonsOf(spec, participants[k].length), 0);
  const z = bonferroniZ(level, comparisons);
  const components = spec.rates.map((rate, k) => componentInterval(spec, rate, counts, total, participants[k], z));
  if (components.length === 1) return components[0];
  if (spec.agg === "mean") {
    return { lower: components.reduce((s, c) => s + c.lower, 0) / components.length, upper: components.reduce((s, c) => s + c.upper, 0) / components.length };
  }
  const pick = spec.comparison === "difference" ? Math.max : Math.min;
  return { lower: pick(...components.map((c) => c.lower)), upper: pick(...components.map((c) => c.upper)) };
}
function disparityInterval(rate, counts, g, reference, level, family) {
  const z = bonferroniZ(level, family);
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
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function judge(grouping, counts, settings) {
  const compared = [];
  const excluded = [];
  grouping.groups.forEach((group, g) => {
    const count = counts[g];
    if (group.missing) {
      excluded.push({ group: group.label, count, why: "missing", reason: `${plural(count, "row")} without a value for ${grouping.attributes.join(" or ")}: reported, not compared` });
    } else if (count < settings.minGroupSize) {
      excluded.push({ group: group.label, count, why: "too-small", reason: `${plural(count, "row")}, fewer than min_group_size ${settings.minGroupSize}: too small to judge` });
    } else compared.push(g);
  });
  return { compared, excluded };
}
function tooFewGroupsReason(grouping, counts, compared, settings) {
  if (compared.length >= 2) return void 0;
  const real = grouping.groups.map((g, i) => ({ ...g, count: counts[i] })).filter((g) => !g.missing);
  const describe = (g) => `'${g.label}' (${plural(g.count, "row")})`;
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
  const table = rateTable(counts, groups.length);
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
    const { aggregate, participants } = binaryAggregate(spec, table, groups, compared, labels, tooFew);
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
        const disparity = binaryDisparity(id, rate, table, groups, g, r, settings.band);
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
function binaryAggregate(spec, table, groups, compared, labels, tooFew) {
  const participants = [];
  const insufficient = /* @__PURE__ */ new Set();
  const components = spec.rates.map((rate) => {
    const overall = table.overall[RATE_INDEX[rate]];
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
      const why = grouping.groups[at].missing ? "is the group of missing values" : `has ${plural(sizes[at], "row")}, fewer than min_group_size ${settings.minGroupSize}`;
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
function binaryDisparity(id, rate, table, groups, g, r, band) {
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
    disparity.value = disparityValue(rate, table, g, r);
    disparity.withinBand = withinBand(disparity.value, band);
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
    const aggregate = { id: "mae_difference", method, key: aggregateKey({ id: "mae_difference", method }), value: null, status: "ok", components: [component] };
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
function percentileInterval(replicates, level) {
  const used = Array.from(replicates.filter((v) => !Number.isNaN(v)).sort());
  if (used.length === 0) return void 0;
  const tail = (1 - level) / 2;
  return { lower: quantileSorted(used, tail), upper: quantileSorted(used, 1 - tail), level, resamples: replicates.length, resamplesUsed: used.length };
}

// src/core/fairness/gate.ts
var DISPARITY_IDS = new Set(DISPARITIES.map((d) => d.id));
function fairnessGate(config, result, blocking, champion) {
  const metrics = config?.metrics ?? {};
  const method = config?.method ?? "between_groups";
  const agg = config?.agg ?? "worst_case";
  const rule = config?.rule ?? "evidence";
  const checks = [];
  const usable = result.attributes.filter((a) => {
    if (a.error) checks.push({ name: `fairness (${a.name})`, verdict: "error", value: null, message: a.error, pointer: "/gates/fairness/attributes" });
    return !a.error;
  });
  for (const [id, bound] of Object.entries(metrics)) {
    if (DISPARITY_IDS.has(id)) continue;
    const pointer = `/gates/fairness/metrics/${id}`;
    const key = aggregateKey({ id, method, ...id.startsWith("equalized_odds") ? { agg } : {} });
    for (const attribute of usable) {
      const aggregate = attribute.aggregates.find((a) => a.key === key);
      if (!aggregate) {
        checks.push({ name: `${id} (${attribute.name})`, verdict: "error", value: null, bound, message: `${id} does not apply to ${result.task}`, pointer });
        continue;
      }
      const previous = champion?.attributes.find((a) => a.name === attribute.name)?.aggregates.find((a) => a.key === key);
      checks.push({ ...withChampion(aggregateCheck(`${id} (${attribute.name})`, aggregate, attribute, bound, method !== "between_groups" || aggregate.agg === "mean", rule), previous?.value), pointer });
    }
  }
  const disparityBounds = /* @__PURE__ */ new Map();
  for (const { id } of DISPARITIES) {
    const bound = metrics[id] ?? config?.disparity_band;
    if (bound) disparityBounds.set(id, bound);
  }
  if (disparityBounds.size > 0 && result.task !== "binary-classification") {
    for (const id of disparityBounds.keys()) checks.push({ name: id, verdict: "error", value: null, message: `${id} does not apply to ${result.task}`, pointer: disparityPointer(id) });
  } else {
    for (const [id, bound] of disparityBounds) {
      for (const attribute of usable) {
        const previous = champion?.attributes.find((a) => a.name === attribute.name);
        checks.push({ ...withChampion(disparityCheck(id, attribute, bound, rule), previous ? worstDisparity(previous.disparities.filter((d) => d.id === id && d.value !== null), bound)?.value : void 0), pointer: disparityPointer(id) });
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
var percent = (level) => `${Number((level * 100).toPrecision(4))}%`;
var intervalText2 = (ci) => `${percent(ci.level)} CI [${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}]`;
function interval(ci) {
  return ci ? `; ${intervalText2(ci)}` : "";
}
function intervalBreaks(ci, bound) {
  return bound.min !== void 0 && ci.upper < bound.min || bound.max !== void 0 && ci.lower > bound.max;
}
function decide(name, value, ci, bound, rule) {
  const point = checkBound(name, value, bound);
  const check = { ...point, rule: ci ? rule : "point-estimate" };
  if (ci) check.interval = { lower: ci.lower, upper: ci.upper, level: ci.level };
  if (!ci) return { ...check, message: `${point.message}${rule === "evidence" ? " (no interval computed: decided on the value)" : ""}` };
  if (rule === "point-estimate" || point.verdict === "pass") return { ...check, message: `${point.message}${interval(ci)}${rule === "point-estimate" ? " (rule: point-estimate)" : ""}` };
  const side = bound.min !== void 0 && value < bound.min ? "below" : "above";
  if (intervalBreaks(ci, bound)) {
    return { ...check, verdict: "fail", message: `${formatNumber(value)} breaks the bound ${describeBound(bound)}: the whole ${intervalText2(ci)} is ${side} it` };
  }
  return {
    ...check,
    verdict: "warn",
    message: `${formatNumber(value)} is ${side} the bound ${describeBound(bound)}, but the ${intervalText2(ci)} reaches it: not shown broken at these group sizes`
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
function aggregateCheck(name, aggregate, attribute, bound, sayVariant, rule) {
  const variant = sayVariant ? ` (${aggregate.method}${aggregate.agg ? `, ${aggregate.agg}` : ""})` : "";
  if (aggregate.value === null) {
    const reason = `${aggregate.reason ?? "no value on this data"}${variant}`;
    if (aggregate.status === "insufficient-groups") return { name, verdict: "warn", value: null, bound, message: `too small to judge: ${reason}` };
    return checkBound(name, null, bound, `no value: ${reason}`);
  }
  const check = decide(name, aggregate.value, aggregate.ci, bound, rule);
  const several = aggregate.components.length > 1;
  const left = aggregate.components.flatMap((c) => c.leftOut.map((l) => `'${l.group}' (${l.reason})`));
  const details = aggregate.components.map((c) => describeComponent(c, several)).join("; ");
  return {
    ...check,
    message: `${check.message}${variant}; ${details}${left.length > 0 ? `; left out: ${left.join(", ")}` : ""}${notJudged(attribute)}`
  };
}
function margin(value, bound) {
  const sides = [];
  if (bound.min !== void 0) sides.push(Math.log(value) - Math.log(bound.min));
  if (bound.max !== void 0) sides.push(Math.log(bound.max) - Math.log(value));
  return Math.min(...sides);
}
function worstDisparity(measured, bound) {
  let worst;
  for (const d of measured) if (!worst || margin(d.value, bound) < margin(worst.value, bound)) worst = d;
  return worst;
}
function disparityCheck(id, attribute, bound, rule) {
  const name = `${id} (${attribute.name})`;
  if (!attribute.reference) {
    const problem = attribute.referenceProblem;
    if (problem?.kind === "not-in-data") return { name, verdict: "error", value: null, bound, message: problem.message };
    return { name, verdict: "warn", value: null, bound, message: `too small to judge: ${problem?.message ?? "no reference group"}${notJudged(attribute)}` };
  }
  const reference = attribute.reference.group;
  const all = attribute.disparities.filter((d) => d.id === id);
  if (all.length === 0) {
    return { name, verdict: "warn", value: null, bound, message: `too small to judge: only the reference group '${reference}' is large enough to compare${notJudged(attribute)}` };
  }
  const measured = all.filter((d) => d.value !== null);
  const unmeasured = all.filter((d) => d.value === null).map((d) => `'${d.group}' (${d.reason})`);
  if (measured.length === 0) return checkBound(name, null, bound, `no value for any group against '${reference}': ${unmeasured.join(", ")}`);
  const decided = measured.map((d) => ({ d, check: decide(name, d.value, d.ci, bound, rule) }));
  const rank = { fail: 0, warn: 1, pass: 2 };
  const deciding = decided.filter((x) => x.check.verdict === decided.reduce((best, y) => rank[y.check.verdict] < rank[best] ? y.check.verdict : best, "pass")).reduce((worst2, x) => margin(x.d.value, bound) < margin(worst2.d.value, bound) ? x : worst2);
  const { d: worst, check } = deciding;
  const rate = RATE_NAMES[worst.rate];
  const others = measured.length > 1 ? `; ${measured.length} groups compared, ${measured.filter((d) => !isWithin(d.value, bound)).length} outside` : "";
  return {
    ...check,
    verdict: check.verdict === "pass" && unmeasured.length > 0 ? "warn" : check.verdict,
    message: `'${worst.group}' (${rate} ${formatNumber(worst.groupRate)} against ${formatNumber(worst.referenceRate)} for reference '${reference}'): ${check.message}${others}${unmeasured.length > 0 ? `; no value: ${unmeasured.join(", ")}` : ""}${notJudged(attribute)}`
  };
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
  let mean = 0;
  let m2 = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    n++;
    const delta = v - mean;
    mean += delta / n;
    m2 += delta * (v - mean);
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
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return a.length === 0 ? 0 : sum / a.length;
}

// src/commands/evaluate/batch.ts
var STACK_ROWS = 65536;
function isOutputError(error) {
  return error instanceof OnnxModelError && (error.code === "non-finite-output" || error.code === "score-out-of-range");
}
async function predictEach(runner, tables) {
  const outcomes = [];
  let start = 0;
  while (start < tables.length) {
    let end = start + 1;
    let rows = tables[start].rowCount;
    while (end < tables.length && rows + tables[end].rowCount <= STACK_ROWS && stackable(tables[start], tables[end])) rows += tables[end++].rowCount;
    const group = tables.slice(start, end);
    if (group.length === 1) outcomes.push(await predictOne(runner, group[0]));
    else {
      try {
        const prediction = await runner.predict(stack(group, rows));
        let first = 0;
        for (const table of group) {
          outcomes.push({ prediction: slicePrediction(prediction, first, first + table.rowCount) });
          first += table.rowCount;
        }
      } catch (error) {
        if (!isOutputError(error)) throw error;
        for (const table of group) outcomes.push(await predictOne(runner, table));
      }
    }
    start = end;
  }
  return outcomes;
}
async function predictOne(runner, table) {
  try {
    return { prediction: await runner.predict(table) };
  } catch (error) {
    if (isOutputError(error)) return { error };
    throw error;
  }
}
function stackable(a, b) {
  if (a.columns.size !== b.columns.size) return false;
  for (const [name, column] of a.columns) {
    const other = b.columns.get(name);
    if (!other || other.kind !== column.kind) return false;
    if (column.kind === "categorical" && other.kind === "categorical" && !sameCategories(column.categories, other.categories)) return false;
  }
  return true;
}
function sameCategories(a, b) {
  if (a === b) return true;
  return a.length === b.length && a.every((category, i) => category === b[i]);
}
function stack(tables, rows) {
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of tables[0].columns) {
    if (column.kind === "numeric") {
      const values = new Float64Array(rows);
      let at = 0;
      for (const table of tables) {
        const part = table.columns.get(name);
        values.set(part.values, at);
        at += part.values.length;
      }
      columns.set(name, { ...column, values });
    } else {
      const codes = new Int32Array(rows);
      let at = 0;
      for (const table of tables) {
        const part = table.columns.get(name);
        codes.set(part.codes, at);
        at += part.codes.length;
      }
      columns.set(name, { ...column, codes });
    }
  }
  return { rowCount: rows, columns };
}
function slicePrediction(prediction, start, end) {
  const rowCount = end - start;
  if (prediction.task === "binary-classification") return { ...prediction, rowCount, score: prediction.score.subarray(start, end), yPred: prediction.yPred.subarray(start, end) };
  if (prediction.task === "multiclass-classification") {
    const k = prediction.classCount;
    return { ...prediction, rowCount, probabilities: prediction.probabilities.subarray(start * k, end * k), yPred: prediction.yPred.subarray(start, end) };
  }
  return { ...prediction, rowCount, prediction: prediction.prediction.subarray(start, end) };
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
function perturbedResult(base, outcome, rows, range) {
  if ("error" in outcome) {
    const { error } = outcome;
    const count = error.badRows?.count ?? rows;
    return {
      labelFlipRate: Number.NaN,
      meanScoreChange: Number.NaN,
      nonFinite: error.code === "non-finite-output" ? count : 0,
      outOfRange: error.code === "score-out-of-range" ? count : 0
    };
  }
  const { prediction } = outcome;
  const { score, label } = scoresOf(prediction);
  let outOfRange = 0;
  if (range) {
    for (const s of score) if (range.min !== void 0 && s < range.min || range.max !== void 0 && s > range.max) outOfRange++;
  }
  const regression = prediction.task === "regression";
  return {
    labelFlipRate: regression ? 0 : flipRate(base.label, label),
    meanScoreChange: meanAbsoluteChange(base.score, score),
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
    const outcomes = await predictEach(runner, variants.map((variant) => variant.table));
    for (const [index, variant] of variants.entries()) {
      const result = perturbedResult(base, outcomes[index], variant.table.rowCount, settings.outputRange);
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
  const shuffles = features.flatMap((feature) => Array.from({ length: options.repeats }, () => withShuffledColumn(table, feature, (bound) => rng.nextBelow(bound))));
  const outcomes = await predictEach(runner, shuffles);
  const result = [];
  for (const [f, feature] of features.entries()) {
    const drops = [];
    for (let r = 0; r < options.repeats; r++) {
      const outcome = outcomes[f * options.repeats + r];
      if ("error" in outcome) throw outcome.error;
      drops.push(reference - metricOrNaN(metric, toInput(outcome.prediction)));
    }
    const mean = drops.reduce((a, b) => a + b, 0) / drops.length;
    const std = Math.sqrt(drops.reduce((a, b) => a + (b - mean) ** 2, 0) / drops.length);
    result.push({ feature, importance: mean, std });
  }
  return result.sort((a, b) => b.importance - a.importance);
}

// src/commands/evaluate/evaluate-model.ts
var IMPORTANCE_METRIC = { "binary-classification": "roc_auc", "multiclass-classification": "accuracy", regression: "r2" };
var IMPORTANCE_REPEATS = 3;
var DEFAULT_TOLERANCE = 0;
var DEFAULT_ALPHA2 = 0.05;
function labelRequest(manifest) {
  return { name: manifest.data.label.column, kind: manifest.problem.task === "regression" ? "numeric" : "categorical" };
}
function sensitiveRequests(manifest) {
  if (!manifest.gates?.fairness) return [];
  return sensitiveAttributesFor(manifest).attributes.map((a) => ({ name: a.column, kind: a.type === "numeric" ? "numeric" : "categorical" }));
}
function columnRequests(manifests) {
  const requests = /* @__PURE__ */ new Map();
  for (const manifest of manifests) {
    for (const feature of [...manifest.data.features.map((f) => ({ name: f.name, kind: f.type })), labelRequest(manifest), ...sensitiveRequests(manifest)]) {
      const seen = requests.get(feature.name);
      if (seen && seen.kind !== feature.kind) {
        throw new Error(`column '${feature.name}' is read as ${seen.kind} and as ${feature.kind} (a feature, the label or a sensitive attribute, in this version or the champion); declare it one way`);
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
      modelSizeMb: (await stat(artifact)).size / 2 ** 20,
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
    let championRun;
    if (declared.performance) gates.push(performanceGate(manifest, evaluation, problems, blocking, input, seed));
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
        championRun = { manifest: champion.manifest, input: championInput };
        const settings = declared.champion;
        const tolerance = settings.tolerance ?? DEFAULT_TOLERANCE;
        const compared = compareWithChampion(input, championInput, {
          metrics: settings.metrics,
          tolerance,
          alpha: settings.alpha ?? DEFAULT_ALPHA2,
          seed
        });
        evaluation.champion = {
          version: champion.manifest.metadata.version,
          source: champion.source,
          commit: champion.commit,
          metrics: computeMetrics(championInput).values,
          comparisons: compared.comparisons,
          tolerance,
          ...compared.mcnemar ? { mcnemar: compared.mcnemar } : {}
        };
        const championFeatures = champion.manifest.data.features.map((f) => f.name);
        evaluation.importance.champion = (await permutationImportance(championRunner, sample.table, championFeatures, metric, truthInput(champion.manifest, sample.table), { repeats: IMPORTANCE_REPEATS, seed })).slice(0, 10);
        gates.push(gateResult("champion", compared.checks, blocking));
      }
    }
    if (declared.fairness) {
      progress(`${name}: fairness`);
      const fairness = declared.fairness;
      const fairnessOf = (forManifest, metricInput) => metricInput.task === "multiclass-classification" ? void 0 : evaluateFairness({
        input: metricInput,
        attributes: sensitiveAttributesFor(forManifest).attributes,
        columns: table.columns,
        minGroupSize: fairness.min_group_size ?? DEFAULT_MIN_GROUP_SIZE,
        intersections: fairness.intersections ?? false,
        level: 1 - (fairness.alpha ?? 0.05),
        seed,
        ...fairness.disparity_band ? { band: fairness.disparity_band } : {}
      });
      const challengerFairness = fairnessOf(manifest, input);
      if (!challengerFairness) gates.push({ gate: "fairness", verdict: "error", blocking, summary: "fairness metrics apply to binary classification and regression", checks: [] });
      else {
        const championFairness = championRun?.manifest.gates?.fairness ? fairnessOf(championRun.manifest, championRun.input) : void 0;
        evaluation.fairness = { challenger: challengerFairness, ...championFairness ? { champion: championFairness } : {} };
        gates.push(fairnessGate(fairness, challengerFairness, blocking, championFairness));
      }
    }
    if (declared.drift) {
      const reference = manifest.data.reference;
      if (!reference?.path) {
        const where = reference?.uri ? ` (${reference.uri} is outside it)` : "";
        gates.push(skipped("drift", blocking, `no reference data in the repository (data.reference.path)${where}: nothing to compare the evaluation data with`));
      } else {
        progress(`${name}: drift against ${reference.path}`);
        const drift = await measureDrift({ manifest, files, runner, seed, progress }, await readReference(manifest, files), { table, dataset: evaluationPath, prediction, labelled: true });
        evaluation.drift = drift;
        gates.push(driftGate(drift, blocking));
      }
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
function evaluationFinding(error, model, artifact, dataset, root) {
  const finding = (code, message, file) => ({ severity: "error", category: "input", code, message, file });
  if (error instanceof OnnxModelError) return finding(`onnx-${error.code}`, error.message.replace(`${error.modelPath}: `, ""), artifact);
  if (error instanceof DataFormatError) return dataErrorFinding(error, root, dataset);
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
        const result = gates.find((g) => g.gate === required);
        if (result?.verdict === "skipped") {
          model.findings.push({ severity: "warning", category: "policy", code: "gate-not-evaluated", message: `stage ${manifest.stage} requires the ${required} gate, which was not evaluated: ${result.summary}`, file: model.manifest });
        }
      }
    } catch (error) {
      const finding = evaluationFinding(error, model, manifest.artifact.path, manifest.data.evaluation.path, files.realRoot);
      if (!finding) throw error;
      model.findings.push(finding);
    }
    model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
  }
  if (options.approvals !== false) {
    const gated = report.models.filter((m) => selected(m, options));
    await addApprovalGates(gated, manifests, policy, { root: files.realRoot, ...options.approvals ? { source: options.approvals } : {}, ...options.now ? { now: options.now } : {} });
  }
  for (const model of report.models) {
    if (model.gates.length === 0) continue;
    const bytes = await files.read(model.manifest).catch(() => void 0);
    const parsed = bytes === void 0 ? void 0 : parseYamlSource(bytes, model.manifest);
    if (parsed?.ok) placeGateChecks(model.gates, parsed.source);
  }
  return buildReport({
    now: options.now ?? /* @__PURE__ */ new Date(),
    command: "gate",
    toolVersion: TOOL_VERSION,
    root: report.repository.root,
    ...report.repository.base ? { base: report.repository.base } : {},
    findings: report.findings,
    models: report.models
  });
}

export {
  gate
};
