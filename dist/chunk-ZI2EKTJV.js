import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  OnnxGraphError,
  readOnnxGraph
} from "./chunk-4AYLJ6CH.js";
import {
  buildReport,
  idleThreadsBeside,
  isTransitionAllowed,
  loadManifest,
  readPolicy,
  requiredChecklistItems,
  startWorkerThread,
  threadsOverride
} from "./chunk-XFET4F4N.js";
import {
  forgetModelJson,
  modelJsonInReport,
  rememberModelJson
} from "./chunk-AYEYNKR5.js";
import {
  RepoFiles,
  UsageError,
  require_picomatch,
  selectManifests
} from "./chunk-GAATZRR5.js";
import {
  checkManifestCoherence,
  checkPathReference,
  checklistDefinitions,
  checklistItemId,
  evidenceProblem,
  finding,
  folderName,
  globProblem,
  pathReferences,
  pathShapeProblem
} from "./chunk-ISKUHNDR.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  registerTagName,
  registeredVersions,
  require_semver
} from "./chunk-K4SQTB5S.js";
import {
  contentOf,
  parseYamlSource,
  verdictOfFindings
} from "./chunk-4QXUKUJV.js";
import {
  openGit
} from "./chunk-YWHLJQC2.js";
import {
  GitError
} from "./chunk-LV4U444C.js";
import {
  ChunkingError,
  zoneClock
} from "./chunk-V5DKCSUO.js";
import {
  require_mod
} from "./chunk-6FVM2LXC.js";
import {
  __toESM
} from "./chunk-RFEL46WT.js";

// src/commands/validate.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/manifest/validate/current-source.ts
var CURRENT_KINDS = ["path", "glob", "query"];
function currentKinds(current) {
  return current ? CURRENT_KINDS.filter((kind) => current[kind] !== void 0) : [];
}
var hasCurrentSource = (manifest) => currentKinds(manifest.monitoring?.current).length > 0;
function checkCurrentSource(manifest, source, policy) {
  const findings = [];
  const current = manifest.monitoring?.current;
  const at = ["monitoring", "current"];
  if (current) {
    const kinds = currentKinds(current);
    if (kinds.length === 0) {
      findings.push(
        finding(source, at, "current-source-missing", "monitoring.current says nothing about where the production data is: give one of path, glob or query", {
          hint: current.uri !== void 0 ? `uri is not read; for remote data write a query, e.g. query: SELECT * FROM read_parquet('${current.uri}')` : "e.g. glob: models/<name>/data/current/*.parquet"
        })
      );
    } else if (kinds.length > 1) {
      findings.push(finding(source, [...at, kinds[1]], "current-source-ambiguous", `monitoring.current gives ${kinds.join(" and ")}: give exactly one source`, {}, "key"));
    }
    if (current.path !== void 0) findings.push(...checkPathReference({ at: [...at, "path"], path: current.path, role: "dataset" }, void 0, source));
    if (current.glob !== void 0) {
      const problem = globProblem(current.glob);
      if (problem !== void 0) {
        findings.push(finding(source, [...at, "glob"], "glob-outside-repo", `monitoring.current.glob '${current.glob}' ${problem}`, { hint: `globs match inside the ${current.relative_to === "workspace" ? "workspace" : "repository"} only, e.g. models/<name>/data/current/*.csv` }));
      }
    }
    if (current.query !== void 0 && (current.format !== void 0 || current.relative_to !== void 0)) {
      const field = current.format !== void 0 ? "format" : "relative_to";
      findings.push({ ...finding(source, [...at, field], "current-field-ignored", `monitoring.current.${field} applies to path and glob, not to a query (its SQL names its files and formats)`, {}, "key"), severity: "warning" });
    }
    if (current.sha256 !== void 0) {
      findings.push({
        ...finding(source, [...at, "sha256"], "current-pinned", "monitoring.current.sha256 is deprecated and not checked: production data is a source, read afresh on every drift run, and the report records what was read", {
          hint: `remove sha256${current.timestamp === void 0 ? " and name the timestamp column (timestamp: <column>)" : ""}; a glob (e.g. ${current.path?.replace(/[^/]+$/, "*") ?? "data/current/*.csv"}) picks up new files without a manifest change`
        }, "key"),
        severity: "warning"
      });
    } else if (current.timestamp === void 0 && kinds.length > 0) {
      findings.push(finding(source, at, "current-no-timestamp", "monitoring.current needs timestamp: the column holding when each row was scored", { hint: "e.g. timestamp: scored_at" }));
    }
    if (current.uri !== void 0 && kinds.length > 0) {
      findings.push({ ...finding(source, [...at, "uri"], "current-uri-not-read", "monitoring.current.uri is deprecated and not read", { hint: "remove it; remote data is read with a query" }, "key"), severity: "warning" });
    }
  }
  findings.push(...checkChunks(manifest, source), ...checkLabels(manifest, source));
  if (policy.monitoring.require_current && manifest.stage === "production" && !hasCurrentSource(manifest)) {
    const where = current ? at : manifest.monitoring ? ["monitoring"] : ["stage"];
    findings.push({
      ...finding(source, where, "missing-current-source", `${manifest.metadata.name} is in production without a current source (monitoring.current with a path, glob or query), and the policy requires one (monitoring.require_current)`, {
        hint: "declare where production data comes from, e.g. monitoring.current: {glob: models/<name>/data/current/*.parquet, timestamp: scored_at}"
      }, "key"),
      category: "policy"
    });
  }
  return findings;
}
var CHUNK_KINDS = ["period", "size", "count"];
var timeZones;
var knownTimeZones = () => timeZones ??= new Set(Intl.supportedValuesOf("timeZone"));
var checkedZones = /* @__PURE__ */ new Map();
function timeZoneProblem(zone) {
  if (knownTimeZones().has(zone)) return void 0;
  if (checkedZones.has(zone)) return checkedZones.get(zone);
  let problem;
  try {
    zoneClock(zone);
  } catch (error) {
    if (!(error instanceof ChunkingError)) throw error;
    problem = error.message;
  }
  checkedZones.set(zone, problem);
  return problem;
}
function checkChunks(manifest, source) {
  const chunks = manifest.monitoring?.chunks;
  if (!chunks) return [];
  const at = ["monitoring", "chunks"];
  const findings = [];
  const kinds = CHUNK_KINDS.filter((kind) => chunks[kind] !== void 0);
  if (kinds.length === 0) findings.push(finding(source, at, "chunks-kind-missing", "monitoring.chunks says neither period, size nor count: give exactly one", { hint: "e.g. chunks: {period: week, time_zone: Europe/Berlin}" }));
  else if (kinds.length > 1) findings.push(finding(source, [...at, kinds[1]], "chunks-kind-ambiguous", `monitoring.chunks gives ${kinds.join(" and ")}: give exactly one`, {}, "key"));
  if (chunks.time_zone !== void 0) {
    if (chunks.period === void 0) findings.push({ ...finding(source, [...at, "time_zone"], "chunks-field-ignored", "monitoring.chunks.time_zone applies to period chunks only", {}, "key"), severity: "warning" });
    const problem = timeZoneProblem(chunks.time_zone);
    if (problem !== void 0) findings.push(finding(source, [...at, "time_zone"], "chunks-time-zone", `monitoring.chunks.time_zone: ${problem}`));
  }
  if (chunks.period !== void 0 && manifest.monitoring?.current !== void 0 && manifest.monitoring.current.timestamp === void 0) {
    findings.push(finding(source, [...at, "period"], "chunks-no-timestamp", `monitoring.chunks.period ${chunks.period} cuts by time, and monitoring.current names no timestamp column`, { hint: "e.g. monitoring.current.timestamp: scored_at" }));
  }
  if (chunks.reference_until !== void 0) {
    if (chunks.reference !== void 0) findings.push(finding(source, [...at, "reference_until"], "chunks-reference-ambiguous", "monitoring.chunks gives reference and reference_until: give one (the datasets, or the reference period of the current data)", {}, "key"));
    if (!manifest.monitoring?.labels && manifest.problem.task !== void 0) {
      findings.push({ ...finding(source, [...at, "reference_until"], "chunks-reference-unlabelled", "monitoring.chunks.reference_until without monitoring.labels: the reference period has no labels, so no performance signal can be banded", {}, "key"), severity: "warning" });
    }
  }
  const rule = chunks.thresholds?.rule ?? "calibrated";
  const own = { calibrated: ["alpha"], std: ["k"], quantile: ["lower", "upper"] };
  for (const field of ["alpha", "k", "lower", "upper"]) {
    if (chunks.thresholds?.[field] !== void 0 && !own[rule].includes(field)) {
      findings.push(finding(source, [...at, "thresholds", field], "thresholds-field-ignored", `monitoring.chunks.thresholds.${field} does not apply to the ${rule} rule (it takes ${own[rule].join(" and ")})`, {}, "key"));
    }
  }
  const { lower, upper } = chunks.thresholds ?? {};
  if (lower !== void 0 && upper !== void 0 && lower >= upper) findings.push(finding(source, [...at, "thresholds", "lower"], "thresholds-quantiles", `monitoring.chunks.thresholds: lower ${lower} must be below upper ${upper}`));
  return findings;
}
function checkLabels(manifest, source) {
  const labels = manifest.monitoring?.labels;
  if (!labels) return [];
  const at = ["monitoring", "labels"];
  const findings = [];
  const kinds = CURRENT_KINDS.filter((kind) => labels[kind] !== void 0);
  if (kinds.length === 0) findings.push(finding(source, at, "labels-source-missing", "monitoring.labels says nothing about where the labels are: give one of path, glob or query", { hint: "e.g. labels: {path: models/<name>/data/production/labels.csv}" }));
  else if (kinds.length > 1) findings.push(finding(source, [...at, kinds[1]], "labels-source-ambiguous", `monitoring.labels gives ${kinds.join(" and ")}: give exactly one source`, {}, "key"));
  if (labels.path !== void 0) findings.push(...checkPathReference({ at: [...at, "path"], path: labels.path, role: "dataset" }, void 0, source));
  if (labels.glob !== void 0) {
    const problem = globProblem(labels.glob);
    if (problem !== void 0) findings.push(finding(source, [...at, "glob"], "glob-outside-repo", `monitoring.labels.glob '${labels.glob}' ${problem}`));
  }
  if (labels.id === void 0 && manifest.monitoring?.current?.id === void 0) {
    findings.push(finding(source, at, "labels-no-id", "monitoring.labels are joined to the current rows by id, and neither monitoring.labels.id nor monitoring.current.id names the id column", { hint: "e.g. monitoring.current.id: application_id" }));
  }
  return findings;
}

// src/core/manifest/validate/policy-checks.ts
var import_semver = __toESM(require_semver(), 1);
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function policyFinding(source, at, code, message, blocking, extra = {}, target = "value") {
  return { ...finding(source, at, code, message, extra, target), category: "policy", severity: blocking ? "error" : "warning" };
}
var judgedEvidence = /* @__PURE__ */ new Map();
var JUDGED_EVIDENCE_LIMIT = 2e4;
var judgedCount = 0;
function judgeEvidence(text, question) {
  let byText = judgedEvidence.get(question);
  if (byText?.has(text)) return byText.get(text);
  const problem = evidenceProblem(text, question);
  if (judgedCount >= JUDGED_EVIDENCE_LIMIT) {
    judgedEvidence.clear();
    judgedCount = 0;
    byText = void 0;
  }
  if (!byText) judgedEvidence.set(question, byText = /* @__PURE__ */ new Map());
  byText.set(text, problem);
  judgedCount++;
  return problem;
}
var policyChecklists = /* @__PURE__ */ new WeakMap();
function policyChecklist(policy, stage) {
  let found = policyChecklists.get(policy);
  if (!found) policyChecklists.set(policy, found = { definitions: checklistDefinitions(policy.checklist.items), required: /* @__PURE__ */ new Map() });
  let required = found.required.get(stage);
  if (!required) found.required.set(stage, required = requiredChecklistItems(policy.stages[stage], stage, policy.checklist.items));
  return { definitions: found.definitions, required };
}
function evaluateChecklist(manifest, source, policy, context) {
  const rules = policy.stages[manifest.stage];
  const { definitions, required } = policyChecklist(policy, manifest.stage);
  const blocking = rules.on_failure === "block";
  const findings = [...unknownChecklistAnswers(manifest, source, definitions)];
  const unanswered = /* @__PURE__ */ new Map();
  const ids = definitionIds(definitions);
  const items = definitions.map((definition, index) => {
    const id = ids[index];
    const own = manifest.checklist[definition.section]?.[definition.key];
    const orgAnswer = policy.checklist.answers[id];
    const given = own ?? orgAnswer;
    const byPolicy = own === void 0 && orgAnswer !== void 0;
    const at = ["checklist", definition.section, definition.key];
    const proof = definition.provenBy?.(manifest, context);
    const pieces = given?.evidence === void 0 ? [] : Array.isArray(given.evidence) ? given.evidence : [given.evidence];
    const judged = pieces.map((text, i) => {
      const trimmed = text.trim();
      return { text: trimmed, i, problem: trimmed === "" ? void 0 : judgeEvidence(text, definition.question) };
    });
    const evidence = judged.filter((e) => e.text !== "" && e.problem === void 0).map((e) => e.text);
    const placeholders = judged.filter((e) => e.problem !== void 0);
    const contradiction = given && proof === void 0 ? definition.contradictedBy?.(manifest, given.answer) : void 0;
    const isRequired = required.has(id);
    let status;
    if (proof !== void 0) status = "verified";
    else if (!given) status = "unanswered";
    else if (contradiction !== void 0) status = "contradicted";
    else if (given.answer === "no") status = "answered-no";
    else if (evidence.length > 0) status = "answered";
    else status = placeholders.length > 0 ? "placeholder" : "no-evidence";
    const satisfied = status === "verified" || status === "answered";
    const item = { id, section: definition.section, question: definition.question, required: isRequired, status, satisfied };
    if (given) item.answer = given.answer;
    if (byPolicy) item.answeredBy = "policy";
    if (evidence.length > 0) item.evidence = evidence;
    if (proof !== void 0) item.proof = proof;
    if (contradiction !== void 0) item.contradiction = contradiction;
    if (contradiction !== void 0) {
      const where = byPolicy ? ["checklist"] : [...at, "answer"];
      const whose = byPolicy ? `the policy's org-level answer to ${id}` : `checklist item ${id}`;
      findings.push(
        policyFinding(source, where, "checklist-contradicted", `${whose} is "${given.answer}", but ${contradiction}`, true, {
          hint: given.answer === "n/a" ? "answer yes or no with evidence" : "declare it in the manifest, or answer no (or n/a) and say why in evidence"
        })
      );
    } else if (!byPolicy) {
      for (const piece of placeholders) {
        const pieceAt = Array.isArray(given.evidence) ? [...at, "evidence", piece.i] : [...at, "evidence"];
        findings.push(
          policyFinding(source, pieceAt, "checklist-placeholder", `evidence for ${id} ${piece.problem}`, true, {
            hint: "give a statement of substance, a link, or a path in the repository that exists"
          })
        );
      }
    }
    if (isRequired && !satisfied && status !== "contradicted" && status !== "placeholder") {
      const stageNote = `required for stage ${manifest.stage}`;
      if (status === "unanswered") unanswered.set(definition.section, [...unanswered.get(definition.section) ?? [], definition.key]);
      else {
        const message = status === "answered-no" ? `checklist item ${id} is answered "no" (${stageNote}): ${definition.question}` : `checklist item ${id} is answered "${given.answer}" without evidence (${stageNote})`;
        findings.push(
          policyFinding(source, byPolicy ? ["checklist"] : at, "checklist", byPolicy ? `${message} (the policy's org-level answer)` : message, blocking, { hint: "answer yes or n/a with evidence: text, a link, or a path in the repository" }, byPolicy ? "value" : "key")
        );
      }
    }
    return item;
  });
  for (const [section, keys] of unanswered) {
    const at = manifest.checklist[section] ? ["checklist", section] : ["checklist"];
    const total = definitions.filter((d) => d.section === section && required.has(checklistItemId(d))).length;
    findings.push(
      policyFinding(
        source,
        at,
        "checklist",
        `checklist section ${section}: ${keys.length} of ${total} required item${total === 1 ? "" : "s"} not answered (required for stage ${manifest.stage}): ${keys.map((k) => `${section}.${k}`).join(", ")}`,
        blocking,
        { hint: "answer each yes, no or n/a with evidence: text, a link, or a path in the repository" },
        manifest.checklist[section] ? "key" : "value"
      )
    );
  }
  const sectionTitles = Object.fromEntries(Object.entries(policy.checklist.sections));
  const result = {
    total: items.length,
    required: items.filter((i) => i.required).length,
    satisfiedRequired: items.filter((i) => i.required && i.satisfied).length,
    verified: items.filter((i) => i.status === "verified").length,
    items,
    ...Object.keys(sectionTitles).length > 0 ? { sectionTitles } : {}
  };
  return { result, findings };
}
var definedKeysOf = /* @__PURE__ */ new WeakMap();
function definedKeys(definitions) {
  let found = definedKeysOf.get(definitions);
  if (!found) {
    const sections = [...new Set(definitions.map((d) => d.section))];
    const keysBySection = new Map(sections.map((section) => [section, definitions.filter((d) => d.section === section).map((d) => d.key)]));
    definedKeysOf.set(definitions, found = { sections, keysBySection });
  }
  return found;
}
var definitionIdsOf = /* @__PURE__ */ new WeakMap();
function definitionIds(definitions) {
  let ids = definitionIdsOf.get(definitions);
  if (!ids) definitionIdsOf.set(definitions, ids = definitions.map(checklistItemId));
  return ids;
}
function unknownChecklistAnswers(manifest, source, definitions) {
  const findings = [];
  const { sections, keysBySection } = definedKeys(definitions);
  for (const [section, answers] of Object.entries(manifest.checklist)) {
    const keys = keysBySection.get(section);
    if (keys === void 0) {
      const suggestion = (0, import_fastest_levenshtein.closest)(section, sections);
      findings.push(
        finding(source, ["checklist", section], "unknown-checklist-item", `checklist section '${section}' is neither a built-in section nor one the policy adds`, {
          hint: (0, import_fastest_levenshtein.distance)(section, suggestion) <= 3 ? `did you mean '${suggestion}'?` : `sections: ${sections.join(", ")}`
        }, "key")
      );
      continue;
    }
    for (const key of Object.keys(answers ?? {})) {
      if (keys.includes(key)) continue;
      const suggestion = (0, import_fastest_levenshtein.closest)(key, keys);
      findings.push(
        finding(source, ["checklist", section, key], "unknown-checklist-item", `checklist item '${section}.${key}' is not defined`, {
          hint: (0, import_fastest_levenshtein.distance)(key, suggestion) <= 4 ? `did you mean '${suggestion}'?` : `items of ${section}: ${keys.join(", ")}`
        }, "key")
      );
    }
  }
  return findings;
}
function checkRequiredGates(manifest, source, policy) {
  const rules = policy.stages[manifest.stage];
  const missing = rules.gates.filter((gate) => manifest.gates?.[gate] === void 0);
  return missing.map(
    (gate) => policyFinding(source, manifest.gates ? ["gates"] : ["stage"], "missing-gate", `stage ${manifest.stage} requires a ${gate} gate, and gates.${gate} is not declared`, rules.on_failure === "block")
  );
}
function differingPaths(a, b, prefix = "", depth = 2) {
  if (a === b) return [];
  const isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (depth > 0 && isRecord(a) && isRecord(b)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => differingPaths(a[key], b[key], prefix ? `${prefix}.${key}` : key, depth - 1));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => differingPaths(item, b[i], "", 8).length === 0)) return [];
  if (isRecord(a) && isRecord(b) && differingPaths(a, b, "", 8).length === 0) return [];
  return [prefix || "(root)"];
}
function compareWithBase(manifest, source, policy, facts) {
  const findings = [];
  const { base } = facts;
  const name = manifest.metadata.name;
  const version = manifest.metadata.version;
  const contentChanges = base ? differingPaths(contentOf(base), contentOf(manifest)) : [];
  const change = base ? {
    kind: contentChanges.length > 0 || base.metadata.version !== version || base.stage !== manifest.stage ? "modified" : "unchanged",
    base: { version: base.metadata.version, stage: base.stage, sha256: base.artifact.sha256 },
    contentChanges
  } : { kind: "added", contentChanges: [] };
  const from = base?.stage;
  if (!isTransitionAllowed(policy, from, manifest.stage)) {
    const allowed = from === void 0 ? policy.initial_stages : policy.transitions[from];
    findings.push(
      policyFinding(
        source,
        ["stage"],
        "stage-transition",
        from === void 0 ? `a new model cannot start in stage ${manifest.stage}` : `stage change ${from} -> ${manifest.stage} is not allowed by the policy`,
        true,
        { hint: allowed.length > 0 ? `allowed ${from === void 0 ? "initial stages" : `from ${from}`}: ${allowed.join(", ")}` : `nothing may follow ${from}` }
      )
    );
  }
  if (base) {
    const baseVersion = base.metadata.version;
    if (contentChanges.length > 0 && baseVersion === version) {
      findings.push(
        policyFinding(source, ["metadata", "version"], "version-not-bumped", `${contentChanges.join(", ")} changed but metadata.version is still ${version}`, true, {
          hint: `bump the version (e.g. ${import_semver.default.inc(version, "minor") ?? version})`
        })
      );
    } else if (import_semver.default.lt(version, baseVersion) && !facts.registeredVersions.has(version)) {
      findings.push(
        policyFinding(source, ["metadata", "version"], "version-decreased", `version goes down from ${baseVersion} to ${version}, which was never registered`, true, {
          hint: "a rollback sets back a registered version with its registered content; otherwise versions only go up"
        })
      );
    }
  }
  return { change, findings: [...findings, ...checkImmutability(manifest, source, facts)] };
}
function checkImmutability(manifest, source, facts) {
  const { name, version } = manifest.metadata;
  if (!facts.registeredVersions.has(version)) return [];
  const tag = registerTagName(name, version);
  if (!facts.registeredManifest) {
    return [policyFinding(source, ["metadata", "version"], "registered-unreadable", `version ${version} is registered (tag ${tag}), but no valid manifest was found at the tag to compare with`, false)];
  }
  const changed = differingPaths(contentOf(facts.registeredManifest), contentOf(manifest));
  if (changed.length === 0) return [];
  return [
    policyFinding(source, ["metadata", "version"], "registered-version-changed", `version ${version} is registered (tag ${tag}) and cannot change, but ${changed.join(", ")} ${changed.length === 1 ? "differs" : "differ"} from it`, true, {
      hint: "registered versions are immutable: give the new content a new version"
    })
  ];
}

// src/io/onnx/external-data.ts
import { posix } from "node:path";
var checked = /* @__PURE__ */ new WeakMap();
function externalDataProblems(files, modelPath) {
  let byPath = checked.get(files);
  if (!byPath) checked.set(files, byPath = /* @__PURE__ */ new Map());
  let problems = byPath.get(modelPath);
  if (!problems) byPath.set(modelPath, problems = findExternalDataProblems(files, modelPath));
  return problems;
}
async function findExternalDataProblems(files, modelPath) {
  const bytes = await files.read(modelPath);
  if (bytes === void 0) return [];
  let external;
  try {
    external = readOnnxGraph(bytes).externalData;
  } catch (error) {
    if (error instanceof OnnxGraphError) return [];
    throw error;
  }
  const folder = posix.dirname(modelPath);
  const problems = [];
  for (const { tensor, location } of external) {
    const problem = await locationProblem(files, folder, location);
    if (problem) problems.push({ tensor, location, problem });
  }
  return problems;
}
async function locationProblem(files, folder, location) {
  if (location === "") return "has external data without a location";
  if (location.includes("\\") || posix.isAbsolute(location) || /^[A-Za-z]:/.test(location)) return "is an absolute path: external data must be a relative path inside the model's folder";
  const path = posix.normalize(posix.join(folder, location));
  const inside = posix.relative(folder, path);
  if (inside === "" || inside.startsWith("..")) return `resolves to '${path}', outside the model's folder '${folder}/'`;
  try {
    if (await files.read(path) === void 0) return `names '${path}', which does not exist`;
  } catch (error) {
    return error.message;
  }
  return void 0;
}

// src/commands/validate-one.ts
var VALIDATION_CONCURRENCY = 16;
async function mapConcurrently(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
var repoFinding = (code, message, extra = {}) => ({ severity: "error", category: "input", code, message, ...extra });
async function manifestAt(git, ref, path) {
  const bytes = await git.readFile(ref, path);
  if (bytes === void 0) return void 0;
  const loaded = loadManifest(bytes, path);
  return loaded.ok ? loaded.value : void 0;
}
async function validateOne(path, files, policy, gitContext) {
  const fallbackName = folderName(path) ?? path;
  const result = (findings2, extra2 = {}, loaded2) => ({
    result: { name: fallbackName, manifest: path, verdict: verdictOfFindings(findings2), findings: findings2, gates: [], ...extra2 },
    ...loaded2
  });
  let bytes;
  try {
    bytes = await files.read(path);
  } catch (error) {
    return result([repoFinding("unreadable-file", error.message, { file: path })]);
  }
  if (bytes === void 0) {
    const facts = await files.inspect(path, { hash: false, columns: false });
    const similar = facts.status === "missing" ? facts.similar : void 0;
    return result([repoFinding("missing-file", `manifest '${path}' does not exist`, { file: path, ...similar ? { hint: `did you mean '${similar}'? (paths are case-sensitive)` } : {} })]);
  }
  const loaded = loadManifest(bytes, path);
  if (!loaded.ok) return result(loaded.findings);
  const { value: manifest, source } = loaded;
  const findings = checkManifestCoherence(manifest, source);
  const references = pathReferences(manifest);
  const asked = references.map((reference) => {
    if (pathShapeProblem(reference.path)) return void 0;
    const format = reference.role === "dataset" ? datasetFormat(manifest, reference.at) : void 0;
    const facts = files.inspect(reference.path, { hash: reference.sha256 !== void 0, columns: reference.columns !== void 0, ...format ? { format } : {} });
    const external = reference.role === "artifact" ? facts.then((f) => f.status === "file" ? externalDataProblems(files, reference.path) : []) : void 0;
    facts.catch(() => {
    });
    external?.catch(() => {
    });
    return { facts, external };
  });
  for (const [index, reference] of references.entries()) {
    const pending = asked[index];
    const facts = pending ? await pending.facts : void 0;
    findings.push(...checkPathReference(reference, facts, source));
    if (reference.role === "artifact" && facts?.status === "file") {
      for (const { tensor, location, problem } of await pending.external) {
        findings.push(finding(source, reference.at, "external-data-outside", `tensor '${tensor}' of '${reference.path}' keeps its data in '${location}', which ${problem}`, {
          hint: 'keep external tensor data in files beside the model (onnx.save_model(..., save_as_external_data=True, location="weights.bin"))'
        }));
      }
    }
  }
  const { name, version } = manifest.metadata;
  const versions = gitContext?.registered.get(name) ?? [];
  const registeredVersions2 = new Set(versions);
  const { result: checklist, findings: checklistFindings } = evaluateChecklist(manifest, source, policy, {
    registeredVersions: versions.filter((v) => v !== version)
  });
  findings.push(...checklistFindings, ...checkRequiredGates(manifest, source, policy), ...checkCurrentSource(manifest, source, policy));
  let registeredManifest;
  if (gitContext && registeredVersions2.has(version)) {
    registeredManifest = await manifestAt(gitContext.git, registerTagName(name, version), path) ?? null;
  }
  const extra = { name, version, stage: manifest.stage, checklist };
  if (gitContext?.base) {
    const base = await manifestAt(gitContext.git, gitContext.base.commit, path);
    const compared = compareWithBase(manifest, source, policy, {
      ...base ? { base } : {},
      registeredVersions: registeredVersions2,
      ...registeredManifest !== void 0 ? { registeredManifest } : {}
    });
    findings.push(...compared.findings);
    extra.change = compared.change;
  } else if (gitContext) {
    findings.push(...checkImmutability(manifest, source, { registeredVersions: registeredVersions2, ...registeredManifest !== void 0 ? { registeredManifest } : {} }));
  }
  return result(findings, extra, { manifest, nameAt: () => source.locate(["metadata", "name"]) });
}
function datasetFormat(manifest, at) {
  const [section, key] = at;
  if (section === "data" && (key === "training" || key === "evaluation" || key === "reference")) return manifest.data[key]?.format;
  if (section === "monitoring") return manifest.monitoring?.current?.format;
  return void 0;
}
function validateMany(paths, files, policy, gitContext, settle) {
  return mapConcurrently(paths, VALIDATION_CONCURRENCY, async (path) => {
    const validated = await validateOne(path, files, policy, gitContext);
    return settle ? settle(validated) : validated;
  });
}

// src/commands/validate-prestart.ts
import { availableParallelism, loadavg } from "node:os";
function idleWorkerThreads(env = process.env, cores = availableParallelism(), load = loadavg()[0]) {
  return threadsOverride(env, "MODELOPS_VALIDATE_THREADS") ?? idleThreadsBeside(cores, load);
}
function startValidationWorker() {
  return startWorkerThread("validate-worker", import.meta.url);
}
var prestarted = [];
function takePrestartedWorkers(count) {
  return prestarted.splice(0, count);
}
async function releasePrestartedWorkers() {
  const left = prestarted;
  prestarted = [];
  await Promise.all(left.map((p) => p.worker.terminate()));
}

// src/commands/validate-workers.ts
import { availableParallelism as availableParallelism2, loadavg as loadavg2 } from "node:os";

// src/commands/validate-worker-protocol.ts
function toTransferred(v, manifests) {
  const named = v.nameAt !== void 0;
  if (manifests) return { result: v.result, named, ...v.manifest ? { manifest: v.manifest } : {} };
  const json = modelJsonBytes(v.result);
  const { checklist } = v.result;
  if (checklist === void 0) return { result: v.result, named, json };
  return { result: { ...v.result, checklist: void 0 }, named, json, checklistInJson: true };
}
var utf8 = new TextEncoder();
var modelJsonBytes = (model) => utf8.encode(modelJsonInReport(model));

// src/commands/validate-workers.ts
var WORKER_THRESHOLD = 64;
var BATCH = 16;
var IN_FLIGHT = 2;
function rethrown({ kind, message, stack }) {
  const error = kind === "git" ? new GitError(message) : kind === "usage" ? new UsageError(message) : new Error(message);
  if (stack) error.stack = `${stack}
    (in a validation worker thread)`;
  return error;
}
var utf82 = new TextDecoder();
function arrived(transferred) {
  const { result, json, checklistInJson } = transferred;
  if (json !== void 0) rememberModelJson(result, json);
  if (json !== void 0 && checklistInJson) {
    let checklist;
    let read = false;
    Object.defineProperty(result, "checklist", {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!read) checklist = JSON.parse(utf82.decode(json)).checklist;
        read = true;
        return checklist;
      },
      set: (value) => {
        checklist = value;
        read = true;
      }
    });
  }
  return transferred;
}
var writtenAhead = (validated) => arrived(toTransferred(validated, false));
function workerThreadsFor(count, env = process.env, cores = availableParallelism2(), load = loadavg2()[0]) {
  const batches = Math.ceil(count / BATCH);
  const forced = threadsOverride(env, "MODELOPS_VALIDATE_THREADS");
  if (forced !== void 0) return Math.min(forced, batches);
  if (count <= WORKER_THRESHOLD) return 0;
  return Math.min(idleWorkerThreads(env, cores, load), batches - 1);
}
async function validateOnWorkers(paths, setup, threads, validateHere) {
  const results = new Array(paths.length);
  let next = 0;
  const holders = (threads + 1) * IN_FLIGHT;
  const take = () => {
    if (next >= paths.length) return void 0;
    const start = next;
    next = Math.min(paths.length, next + Math.min(BATCH, Math.ceil((paths.length - next) / holders)));
    return { start, paths: paths.slice(start, next) };
  };
  const workers = [];
  const ahead = takePrestartedWorkers(threads);
  const released = releasePrestartedWorkers();
  const runWorker = (started) => new Promise((resolve, reject) => {
    const worker = started?.worker ?? startValidationWorker();
    workers.push(worker);
    if (started?.error) return reject(started.error);
    if (started?.exited !== void 0) return reject(new Error(`validation worker exited (code ${started.exited}) before it was given manifests`));
    worker.ref();
    worker.postMessage({ setup });
    const pending = /* @__PURE__ */ new Map();
    let ids = 0;
    const feed = () => {
      while (pending.size < IN_FLIGHT) {
        const batch = take();
        if (!batch) break;
        const id = ids++;
        pending.set(id, batch.start);
        worker.postMessage({ id, paths: batch.paths });
      }
      if (pending.size === 0) void worker.terminate().then(() => resolve(), reject);
    };
    worker.on("message", (reply) => {
      if ("error" in reply) return reject(rethrown(reply.error));
      const start = pending.get(reply.id);
      pending.delete(reply.id);
      reply.results.forEach((r, i) => {
        results[start + i] = arrived(r);
      });
      feed();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (pending.size > 0) reject(new Error(`validation worker exited (code ${code}) with ${pending.size} batches unanswered`));
    });
    feed();
  });
  const runHere = async () => {
    for (let batch = take(); batch; batch = take()) {
      const done = await validateHere(batch.paths);
      done.forEach((v, i) => {
        results[batch.start + i] = setup.manifests ? v : writtenAhead(v);
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([runHere(), ...Array.from({ length: threads }, (_, i) => runWorker(ahead[i]))]);
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  } finally {
    await released;
  }
  return results;
}

// src/commands/validate.ts
async function openGitContext(root, baseRef) {
  let git;
  try {
    git = await openGit(root);
  } catch (error) {
    if (baseRef !== void 0) throw new UsageError(error.message);
    return void 0;
  }
  const commit = baseRef === void 0 ? void 0 : git.resolveCommit(baseRef);
  commit?.catch(() => void 0);
  const registered = registeredVersions(await git.tags());
  if (baseRef === void 0 || commit === void 0) return { git, registered };
  try {
    return { git, registered, base: { ref: baseRef, commit: await commit } };
  } catch (error) {
    throw new UsageError(error instanceof GitError ? error.message : String(error));
  }
}
async function nameAtOf(files, path) {
  const bytes = await files.read(path);
  const parsed = bytes === void 0 ? void 0 : parseYamlSource(bytes, path);
  return parsed?.ok ? parsed.source.locate(["metadata", "name"]) : void 0;
}
async function markDuplicateNames(validated, files) {
  const named = (v) => "named" in v ? v.named : v.nameAt !== void 0;
  const byName = /* @__PURE__ */ new Map();
  for (const v of validated) if (named(v)) byName.set(v.result.name, [...byName.get(v.result.name) ?? [], v]);
  for (const [name, same] of byName) {
    if (same.length < 2) continue;
    for (const v of same) {
      const { result } = v;
      const others = same.filter((o) => o.result !== result).map((o) => o.result.manifest);
      const at = "named" in v ? await nameAtOf(files, result.manifest) : v.nameAt?.();
      result.findings.push(
        repoFinding("duplicate-name", `model name '${name}' is also used by ${others.join(", ")}`, { file: result.manifest, ...at, pointer: "/metadata/name" })
      );
      result.verdict = verdictOfFindings(result.findings);
      forgetModelJson(result);
    }
  }
}
async function removedManifests(git, base, policy, current) {
  const isManifest = (0, import_picomatch.default)(policy.manifests, { dot: false });
  const now = new Set(current);
  return (await git.listFiles(base)).filter((path) => isManifest(path) && !now.has(path)).map((path) => ({
    severity: "warning",
    category: "policy",
    code: "manifest-removed",
    message: `${path} existed at the base and is removed`,
    file: path,
    hint: "set stage: archived instead, so the registry and the audit trail keep the model"
  }));
}
async function validate(options) {
  return (await validateRepository(options, "validate", { manifests: false })).report;
}
async function validateRepository(options, command = "validate", want = { manifests: true }) {
  let files;
  try {
    files = await RepoFiles.open(options.repo);
  } catch (error) {
    throw new UsageError(error.message);
  }
  const gitOpening = openGitContext(files.realRoot, options.base);
  gitOpening.catch(() => void 0);
  const { policy, findings } = await readPolicy(files);
  const gitContext = await gitOpening;
  const everyManifest = () => files.findManifests(policy.manifests);
  const paths = options.paths && options.paths.length > 0 ? await selectManifests(options.paths, { files, ...options.from ? { from: options.from } : {}, manifests: everyManifest }) : await everyManifest();
  if (paths.length === 0) {
    findings.push(repoFinding("no-manifests", `no manifests found in the repository (looked for ${policy.manifests.join(", ")})`, { hint: "check --repo / working-directory, or the manifests globs in modelops.yaml" }));
  }
  const removing = gitContext?.base && !(options.paths && options.paths.length > 0) ? removedManifests(gitContext.git, gitContext.base.commit, policy, paths) : void 0;
  removing?.catch(() => void 0);
  const threads = workerThreadsFor(paths.length);
  const here = (batch) => validateMany(batch, files, policy, gitContext);
  const released = threads === 0 ? releasePrestartedWorkers() : void 0;
  const validated = threads === 0 ? await (want.manifests ? here(paths) : validateMany(paths, files, policy, gitContext, writtenAhead)) : await validateOnWorkers(paths, { repo: options.repo, policy, manifests: want.manifests, ...gitContext ? { git: { root: files.realRoot, registered: gitContext.registered, ...gitContext.base ? { base: gitContext.base } : {} } } : {} }, threads, here);
  await released;
  await markDuplicateNames(validated, files);
  const models = validated.map((v) => v.result);
  if (removing) findings.push(...await removing);
  const manifests = new Map(want.manifests ? validated.flatMap((v) => v.manifest ? [[v.result.manifest, v.manifest]] : []) : []);
  const report = buildReport({
    now: options.now ?? /* @__PURE__ */ new Date(),
    command,
    toolVersion: TOOL_VERSION,
    root: options.repo,
    ...gitContext?.base ? { base: gitContext.base } : {},
    findings,
    models
  });
  return { report, files, policy, manifests, ...gitContext ? { git: gitContext.git } : {} };
}

export {
  currentKinds,
  differingPaths,
  manifestAt,
  validate,
  validateRepository
};
