import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  isTransitionAllowed,
  loadManifest,
  requiredChecklistItems
} from "./chunk-BPJDMZHB.js";
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
} from "./chunk-WWS7NVO2.js";
import {
  ChunkingError,
  zoneClock
} from "./chunk-V5DKCSUO.js";
import {
  registerTagName,
  require_semver
} from "./chunk-ZCQZ4SQA.js";
import {
  contentOf,
  verdictOfFindings
} from "./chunk-RU6PGEHT.js";
import {
  require_mod
} from "./chunk-6FVM2LXC.js";
import {
  __toESM
} from "./chunk-RFEL46WT.js";

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
function judgeEvidence(text2, question) {
  let byText = judgedEvidence.get(question);
  if (byText?.has(text2)) return byText.get(text2);
  const problem = evidenceProblem(text2, question);
  if (judgedCount >= JUDGED_EVIDENCE_LIMIT) {
    judgedEvidence.clear();
    judgedCount = 0;
    byText = void 0;
  }
  if (!byText) judgedEvidence.set(question, byText = /* @__PURE__ */ new Map());
  byText.set(text2, problem);
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
    const pieces = given?.evidence === void 0 ? [] : [given.evidence].flat();
    const judged = pieces.map((text2, i) => ({ text: text2.trim(), i, problem: text2.trim() === "" ? void 0 : judgeEvidence(text2, definition.question) }));
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
    for (const key2 of Object.keys(answers ?? {})) {
      if (keys.includes(key2)) continue;
      const suggestion = (0, import_fastest_levenshtein.closest)(key2, keys);
      findings.push(
        finding(source, ["checklist", section, key2], "unknown-checklist-item", `checklist item '${section}.${key2}' is not defined`, {
          hint: (0, import_fastest_levenshtein.distance)(key2, suggestion) <= 4 ? `did you mean '${suggestion}'?` : `items of ${section}: ${keys.join(", ")}`
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
    return keys.flatMap((key2) => differingPaths(a[key2], b[key2], prefix ? `${prefix}.${key2}` : key2, depth - 1));
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

// src/io/onnx/graph.ts
var ELEMENT_TYPES = {
  1: "float32",
  2: "uint8",
  3: "int8",
  4: "uint16",
  5: "int16",
  6: "int32",
  7: "int64",
  8: "string",
  9: "bool",
  10: "float16",
  11: "float64",
  12: "uint32",
  13: "uint64",
  14: "complex64",
  15: "complex128",
  16: "bfloat16"
};
var FLOAT = 1;
var EXTERNAL = 1;
var ML_DOMAIN = "ai.onnx.ml";
var OnnxGraphError = class extends Error {
};
var toNumber = (value) => typeof value === "number" ? value : value.toNumber();
function decodeModel(bytes) {
  const model = {};
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (field === 7 && wire === LENGTH) graphInto(bytes, a, b, model.graph ??= {});
  });
  return model;
}
function decodeNodes(graph) {
  return (graph.node ?? []).map((node) => {
    const labelled = node.domain === ML_DOMAIN && (node.op_type === "ZipMap" || /Classifier$/.test(node.op_type ?? ""));
    return { ...node, attribute: (node.attribute ?? []).map((bytes) => attributeOf(bytes, labelled)) };
  });
}
var VARINT = 0;
var FIXED64 = 1;
var LENGTH = 2;
var GROUP_START = 3;
var GROUP_END = 4;
var FIXED32 = 5;
function malformed(why) {
  throw new OnnxGraphError(`not an ONNX model (${why})`);
}
var afterVarint = 0;
function varint(bytes, at, end) {
  let low = 0;
  let high = 0;
  for (let i = 0, shift = 0; i < 10; i++, shift += 7) {
    if (at >= end) malformed(`truncated varint at offset ${at}`);
    const byte = bytes[at++];
    if (shift < 28) low |= (byte & 127) << shift;
    else if (shift === 28) {
      low |= (byte & 15) << 28;
      high |= (byte & 127) >> 4;
    } else high |= (byte & 127) << shift - 32;
    if (byte < 128) {
      afterVarint = at;
      return (high | 0) * 4294967296 + (low >>> 0);
    }
  }
  return malformed(`varint longer than 10 bytes before offset ${at}`);
}
function fields(bytes, start, end, visit) {
  let at = start;
  while (at < end) {
    const key2 = varint(bytes, at, end);
    at = afterVarint;
    const field = Math.floor(key2 / 8);
    const wire = key2 % 8;
    if (field <= 0) malformed(`field number ${field} at offset ${at}`);
    at = skipValue(bytes, at, end, field, wire, visit);
  }
}
function skipValue(bytes, at, end, field, wire, visit) {
  if (wire === VARINT) {
    const value = varint(bytes, at, end);
    const next = afterVarint;
    visit?.(field, wire, value, next);
    return next;
  }
  if (wire === LENGTH) {
    const length = varint(bytes, at, end);
    const payload = afterVarint;
    if (length < 0 || payload + length > end) malformed(`field ${field} runs past the end of its message (offset ${payload}, ${length} bytes)`);
    visit?.(field, wire, payload, payload + length);
    return payload + length;
  }
  if (wire === FIXED64 || wire === FIXED32) {
    const next = at + (wire === FIXED64 ? 8 : 4);
    if (next > end) malformed(`truncated field ${field} at offset ${at}`);
    return next;
  }
  if (wire === GROUP_START) {
    for (; ; ) {
      const key2 = varint(bytes, at, end);
      const afterKey = afterVarint;
      if (key2 % 8 === GROUP_END) {
        if (Math.floor(key2 / 8) !== field) malformed(`group ${field} ends as ${Math.floor(key2 / 8)} at offset ${at}`);
        return afterKey;
      }
      at = skipValue(bytes, afterKey, end, Math.floor(key2 / 8), key2 % 8);
    }
  }
  return malformed(`invalid wire type ${wire} of field ${field} at offset ${at}`);
}
var text = (bytes, start = 0, end = bytes.length) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
function graphInto(bytes, start, end, graph) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) (graph.node ??= []).push(nodeOf(bytes, a, b));
    else if (field === 5) (graph.initializer ??= []).push(tensorInto(bytes, a, b, {}));
    else if (field === 11) (graph.input ??= []).push(valueInfoInto(bytes, a, b, {}));
    else if (field === 12) (graph.output ??= []).push(valueInfoInto(bytes, a, b, {}));
    else if (field === 15) (graph.sparse_initializer ??= []).push(sparseInto(bytes, a, b, {}));
  });
}
function nodeOf(bytes, start, end) {
  const node = {};
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) (node.input ??= []).push(text(bytes, a, b));
    else if (field === 2) (node.output ??= []).push(text(bytes, a, b));
    else if (field === 4) node.op_type = text(bytes, a, b);
    else if (field === 7) node.domain = text(bytes, a, b);
    else if (field === 5) (node.attribute ??= []).push(bytes.subarray(a, b));
  });
  return node;
}
function attributeOf(bytes, labelled) {
  const attribute2 = {};
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) attribute2.name = text(bytes, a, b);
    else if (field === 4) attribute2.s = bytes.subarray(a, b);
    else if (field === 5) tensorInto(bytes, a, b, attribute2.t ??= {});
    else if (field === 6) graphInto(bytes, a, b, attribute2.g ??= {});
    else if (field === 10) (attribute2.tensors ??= []).push(tensorInto(bytes, a, b, {}));
    else if (field === 11) (attribute2.graphs ??= []).push(graphOf(bytes, a, b));
    else if (field === 22) sparseInto(bytes, a, b, attribute2.sparse_tensor ??= {});
    else if (field === 23) (attribute2.sparse_tensors ??= []).push(sparseInto(bytes, a, b, {}));
  });
  if (!labelled || !attribute2.name?.startsWith("classlabels_")) return attribute2;
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (field === 9 && wire === LENGTH) (attribute2.strings ??= []).push(bytes.subarray(a, b));
    else if (field === 8 && wire === VARINT) (attribute2.ints ??= []).push(a);
    else if (field === 8 && wire === LENGTH) {
      const ints = attribute2.ints ??= [];
      for (let at = a; at < b; ) {
        ints.push(varint(bytes, at, b));
        at = afterVarint;
      }
    }
  });
  return attribute2;
}
function graphOf(bytes, start, end) {
  const graph = {};
  graphInto(bytes, start, end, graph);
  return graph;
}
function tensorInto(bytes, start, end, tensor) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (field === 8 && wire === LENGTH) tensor.name = text(bytes, a, b);
    else if (field === 14 && wire === VARINT) tensor.data_location = a;
    else if (field === 13 && wire === LENGTH) {
      const entry = {};
      fields(bytes, a, b, (f, w, x, y) => {
        if (w !== LENGTH) return;
        if (f === 1) entry.key = text(bytes, x, y);
        else if (f === 2) entry.value = text(bytes, x, y);
      });
      (tensor.external_data ??= []).push(entry);
    }
  });
  return tensor;
}
function sparseInto(bytes, start, end, sparse) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) tensorInto(bytes, a, b, sparse.values ??= {});
    else if (field === 2) tensorInto(bytes, a, b, sparse.indices ??= {});
  });
  return sparse;
}
function valueInfoInto(bytes, start, end, value) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) value.name = text(bytes, a, b);
    else if (field === 2) typeInto(bytes, a, b, value.type ??= {});
  });
  return value;
}
var TYPE_ONEOF = /* @__PURE__ */ new Set([1, 4, 5, 7, 8, 9]);
function typeInto(bytes, start, end, type) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH || !TYPE_ONEOF.has(field)) return;
    if (field !== 1) {
      delete type.tensor_type;
      return;
    }
    const tensor = type.tensor_type ??= {};
    fields(bytes, a, b, (f, w, x, y) => {
      if (f === 1 && w === VARINT) tensor.elem_type = x;
      else if (f === 2 && w === LENGTH) {
        const shape = tensor.shape ??= {};
        fields(bytes, x, y, (g, v, c, d) => {
          if (g === 1 && v === LENGTH) (shape.dim ??= []).push(dimensionOf(bytes, c, d));
        });
      }
    });
  });
}
function dimensionOf(bytes, start, end) {
  let dim = {};
  fields(bytes, start, end, (field, wire, a, b) => {
    if (field === 1 && wire === VARINT) dim = { dim_value: a };
    else if (field === 2 && wire === LENGTH) dim = { dim_param: text(bytes, a, b) };
  });
  return dim;
}
function valueInfo(value) {
  const name = value.name ?? "";
  const tensor = value.type?.tensor_type;
  if (!tensor) return { name, isTensor: false };
  const info = { name, isTensor: true };
  const type = tensor.elem_type === void 0 ? void 0 : ELEMENT_TYPES[tensor.elem_type];
  if (type !== void 0) info.type = type;
  const has = (dim, field) => Object.prototype.hasOwnProperty.call(dim, field);
  info.dims = (tensor.shape?.dim ?? []).map((dim) => has(dim, "dim_value") ? toNumber(dim.dim_value) : has(dim, "dim_param") ? dim.dim_param : "?");
  return info;
}
function attribute(node, name) {
  return node.attribute?.find((a) => a.name === name);
}
function classLabelsOf(node) {
  const strings = attribute(node, "classlabels_strings")?.strings;
  if (strings && strings.length > 0) return strings.map((bytes) => text(bytes));
  const ints = attribute(node, "classlabels_int64s")?.ints ?? attribute(node, "classlabels_ints")?.ints;
  if (ints && ints.length > 0) return ints.map(toNumber);
  return void 0;
}
function isExternal(tensor) {
  return tensor?.data_location === EXTERNAL;
}
function collectExternal(graph, found, nodes = graph ? decodeNodes(graph) : []) {
  if (!graph) return;
  const note = (tensor) => {
    if (!isExternal(tensor)) return;
    found.push({ tensor: tensor.name ?? "", location: tensor.external_data?.find((e) => e.key === "location")?.value ?? "" });
  };
  const noteSparse = (sparse) => {
    note(sparse?.values);
    note(sparse?.indices);
  };
  graph.initializer?.forEach(note);
  graph.sparse_initializer?.forEach(noteSparse);
  for (const node of nodes) {
    for (const attr of node.attribute ?? []) {
      note(attr.t);
      attr.tensors?.forEach(note);
      noteSparse(attr.sparse_tensor);
      attr.sparse_tensors?.forEach(noteSparse);
      collectExternal(attr.g, found);
      attr.graphs?.forEach((g) => collectExternal(g, found));
    }
  }
}
function readOnnxGraph(bytes) {
  const model = decodeModel(bytes);
  const graph = model.graph;
  if (!graph) throw new OnnxGraphError("not an ONNX model (no graph)");
  const initializers = new Set((graph.initializer ?? []).map((t) => t.name));
  const nodes = decodeNodes(graph);
  const zipMaps = nodes.filter((node) => node.op_type === "ZipMap" && node.domain === ML_DOMAIN && node.input?.[0] && node.output?.[0]).map((node) => ({ input: node.input[0], output: node.output[0], classLabels: classLabelsOf(node) ?? [] }));
  const classifier = nodes.find((node) => node.domain === ML_DOMAIN && /Classifier$/.test(node.op_type ?? "") && classLabelsOf(node));
  const classLabels = zipMaps.find((z) => z.classLabels.length > 0)?.classLabels ?? (classifier ? classLabelsOf(classifier) : void 0);
  const classLabelsByTensor = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const labels = node.domain === ML_DOMAIN && /Classifier$/.test(node.op_type ?? "") ? classLabelsOf(node) : void 0;
    if (labels && node.output?.[1]) classLabelsByTensor.set(node.output[1], labels);
  }
  for (const zipMap of zipMaps) if (zipMap.classLabels.length > 0) classLabelsByTensor.set(zipMap.input, zipMap.classLabels);
  const externalData = [];
  collectExternal(graph, externalData, nodes);
  const result = {
    inputs: (graph.input ?? []).filter((input) => !initializers.has(input.name)).map(valueInfo),
    outputs: (graph.output ?? []).map(valueInfo),
    zipMaps,
    classLabelsByTensor,
    externalData
  };
  if (classLabels) result.classLabels = classLabels;
  return result;
}
function exposeZipMapInputs(bytes, graph) {
  const outputs = new Set(graph.outputs.map((o) => o.name));
  const added = graph.zipMaps.filter((zipMap) => !outputs.has(zipMap.input));
  if (added.length === 0) return void 0;
  const additions = [...new Map(added.map((z) => [z.input, z])).values()].map((zipMap) => {
    const classes = zipMap.classLabels.length > 0 ? [...key(1, VARINT), ...varintBytes(zipMap.classLabels.length)] : [];
    const shape = [...delimited(1, []), ...delimited(1, classes)];
    const tensorType = [...key(1, VARINT), ...varintBytes(FLOAT), ...delimited(2, shape)];
    return delimited(12, [...delimited(1, [...Buffer.from(zipMap.input, "utf8")]), ...delimited(2, delimited(1, tensorType))]);
  });
  const addition = Uint8Array.from(delimited(7, additions.flat()));
  const merged = new Uint8Array(bytes.byteLength + addition.byteLength);
  merged.set(bytes, 0);
  merged.set(addition, bytes.byteLength);
  return merged;
}
function varintBytes(value) {
  const out = [];
  let rest = value;
  while (rest >= 128) {
    out.push(rest % 128 | 128);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return out;
}
function key(field, wire) {
  return varintBytes(field * 8 + wire);
}
function delimited(field, payload) {
  return [...key(field, LENGTH), ...varintBytes(payload.length), ...payload];
}

// src/io/onnx/external-data.ts
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
  const registeredVersions = new Set(versions);
  const { result: checklist, findings: checklistFindings } = evaluateChecklist(manifest, source, policy, {
    registeredVersions: versions.filter((v) => v !== version)
  });
  findings.push(...checklistFindings, ...checkRequiredGates(manifest, source, policy), ...checkCurrentSource(manifest, source, policy));
  let registeredManifest;
  if (gitContext && registeredVersions.has(version)) {
    registeredManifest = await manifestAt(gitContext.git, registerTagName(name, version), path) ?? null;
  }
  const extra = { name, version, stage: manifest.stage, checklist };
  if (gitContext?.base) {
    const base = await manifestAt(gitContext.git, gitContext.base.commit, path);
    const compared = compareWithBase(manifest, source, policy, {
      ...base ? { base } : {},
      registeredVersions,
      ...registeredManifest !== void 0 ? { registeredManifest } : {}
    });
    findings.push(...compared.findings);
    extra.change = compared.change;
  } else if (gitContext) {
    findings.push(...checkImmutability(manifest, source, { registeredVersions, ...registeredManifest !== void 0 ? { registeredManifest } : {} }));
  }
  return result(findings, extra, { manifest, nameAt: () => source.locate(["metadata", "name"]) });
}
function datasetFormat(manifest, at) {
  const [section, key2] = at;
  if (section === "data" && (key2 === "training" || key2 === "evaluation" || key2 === "reference")) return manifest.data[key2]?.format;
  if (section === "monitoring") return manifest.monitoring?.current?.format;
  return void 0;
}
function validateMany(paths, files, policy, gitContext) {
  return mapConcurrently(paths, VALIDATION_CONCURRENCY, (path) => validateOne(path, files, policy, gitContext));
}

export {
  currentKinds,
  differingPaths,
  OnnxGraphError,
  readOnnxGraph,
  exposeZipMapInputs,
  repoFinding,
  manifestAt,
  validateMany
};
