import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  parseTag,
  schemaProblems
} from "./chunk-K4SQTB5S.js";
import {
  VERDICTS,
  contentOf,
  obj,
  str
} from "./chunk-4QXUKUJV.js";

// src/core/promotion/evidence-schema.ts
var REPORT = "https://modelops.dev/schemas/v1/report.schema.json";
var sha = (description) => ({ type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$", description });
var EVIDENCE_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelops.dev/schemas/v1/evidence.schema.json",
  title: "modelops promotion evidence",
  ...obj(
    "The evidence in the message of a promotion tag (<name>@v<version> or <name>#<stage>#<n>): what was promoted, from which commit and pull request, with which approvals, on the strength of which gate report.",
    {
      apiVersion: { const: "modelops/v1", description: "Evidence format version." },
      kind: { const: "Evidence", description: "Document kind." },
      action: { enum: ["register", "assign", "unassign", "deprecate"], description: "register: the tag registers the version; assign: it assigns the stage; unassign: it withdraws the stage (GTO's <name>#<stage>!#<n>); deprecate: it archives the model (GTO's <name>@deprecated#<n>)." },
      tag: str("The tag this evidence was written for; a copy under another name is detected."),
      model: str("Model name (metadata.name)."),
      version: str("Version registered or assigned."),
      stage: str("Stage assigned (assign), or the stage in the manifest when the version was registered (register)."),
      commit: sha("Commit the tag points at: the promoted commit for a registration, the registration commit for an assignment (where GTO looks up the version). A tag found elsewhere was moved."),
      mergeCommit: sha("The promoted commit: the head of the push (its after)."),
      range: obj(
        "The pushed range the promotion covers; the audit counts manifest changes in it as covered.",
        { from: { type: ["string", "null"], description: "The commit before the push; null for a first promotion." }, to: sha("The promoted commit.") },
        ["from", "to"]
      ),
      manifest: obj(
        "The manifest promoted.",
        {
          path: str("Manifest path, relative to the repository root."),
          blob: str("Git blob id of the manifest at the promoted commit."),
          contentDigest: { type: "string", pattern: "^[0-9a-f]{64}$", description: "sha256 of the canonical JSON of the content a version pins (task, artifact, data, gates)." }
        },
        ["path", "blob", "contentDigest"]
      ),
      files: {
        type: "array",
        description: "Files the manifest pins by sha256, artifact first.",
        items: obj(
          "A pinned file.",
          {
            role: { enum: ["artifact", "training", "evaluation", "reference"], description: "What the file is." },
            path: str("Path relative to the repository root."),
            sha256: { type: "string", pattern: "^[0-9a-f]{64}$", description: "sha256 recorded by the manifest (and checked by the gates)." },
            blob: str("Git blob id of the file at the promoted commit.")
          },
          ["role", "path", "sha256"]
        )
      },
      previous: obj("The model before the range.", { version: str("Version."), stage: str("Stage.") }, ["version", "stage"]),
      pullRequest: { $ref: `${REPORT}#/$defs/pullRequest`, description: "The merged pull request, its author and approvers." },
      workflowRun: str("URL of the workflow run that promoted."),
      verdict: { enum: [...VERDICTS], description: "Verdict of the gate report: pass or warn (promote writes nothing otherwise)." },
      gates: {
        type: "array",
        description: "Each gate's verdict, as in the report.",
        items: obj("One gate.", { gate: str("Gate id."), verdict: { enum: [...VERDICTS], description: "Its verdict." }, blocking: { type: "boolean", description: "Whether its failure blocks per the policy." } }, ["gate", "verdict", "blocking"])
      },
      createdAt: { type: "string", format: "date-time", description: "When the evidence was written: the tagger date of its tag, to the second (the audit compares them: a re-created, back-dated tag disagrees)." },
      tool: obj("The tool that wrote it.", { name: { const: "modelops", description: "Tool name." }, version: str("Tool version.") }, ["name", "version"]),
      seal: obj(
        "Digests that bind the evidence: the report by its exact bytes, and every other field (tag, commit, createdAt, verdict, pull request, approvers, files) with the report's digest. Absent from evidence written before binding. A digest detects edits, not a forger who recomputes it: signed tags do.",
        {
          report: { type: "string", pattern: "^[0-9a-f]{64}$", description: "sha256 of the report's JSON text exactly as the message embeds it (the last field, on one line)." },
          header: { type: "string", pattern: "^[0-9a-f]{64}$", description: "sha256 of the canonical JSON (keys sorted, no spaces) of the evidence without report, with seal holding only report." }
        },
        ["report", "header"]
      ),
      report: { $ref: REPORT, description: "The full report of validation and gates on the promoted commit, for this model." }
    },
    ["apiVersion", "kind", "action", "tag", "model", "version", "stage", "commit", "mergeCommit", "range", "manifest", "files", "verdict", "gates", "createdAt", "tool", "report"]
  )
};
var EVIDENCE_HEADER_SCHEMA = {
  ...EVIDENCE_SCHEMA,
  $id: "https://modelops.dev/schemas/v1/evidence-header.schema.json",
  required: EVIDENCE_SCHEMA.required.filter((key) => key !== "report" && key !== "gates"),
  properties: { ...EVIDENCE_SCHEMA.properties, report: { type: "object", description: "The report, read apart (schemas/report.schema.json)." } }
};

// src/core/promotion/evidence.ts
var EVIDENCE_ACTIONS = EVIDENCE_SCHEMA.properties.action.enum;
function canonicalJson(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  });
}
function contentDigest(manifest, sha256) {
  return sha256(canonicalJson(contentOf(manifest)));
}
function pinnedFiles(manifest) {
  const files = [{ role: "artifact", path: manifest.artifact.path, sha256: manifest.artifact.sha256 }];
  for (const role of ["training", "evaluation", "reference"]) {
    const dataset = manifest.data[role];
    if (dataset?.path !== void 0 && dataset.sha256 !== void 0) files.push({ role, path: dataset.path, sha256: dataset.sha256 });
  }
  return files;
}
function approvalsText(pr) {
  if (!pr) return "";
  const by = pr.author ? ` by @${pr.author}` : "";
  const approved = pr.approvers.length > 0 ? `, approved by ${pr.approvers.map((a) => `@${a}`).join(", ")}` : ", no approvals recorded";
  return `; PR #${pr.number}${by}${approved}`;
}
function evidenceSummary(evidence) {
  const gates = evidenceGates(evidence).map((g) => `${g.gate} ${g.verdict}`);
  const verdict = `gates ${evidence.verdict}${gates.length > 0 ? ` (${gates.join(", ")})` : ""}`;
  const what = evidence.action === "register" ? `register ${evidence.model} ${evidence.version}` : evidence.action === "unassign" ? `${evidence.model} ${evidence.version} leaves ${evidence.stage}` : evidence.action === "deprecate" ? `archive ${evidence.model} ${evidence.version} (deprecated)` : `${evidence.model} ${evidence.version} -> ${evidence.stage}`;
  return `${what}: ${verdict}${approvalsText(evidence.pullRequest)}`;
}
function headerDigest(header, reportDigest, sha256) {
  return sha256(canonicalJson({ ...header, seal: { report: reportDigest } }));
}
function formatEvidenceMessage(evidence, sha256) {
  const { report, seal: _replaced, ...header } = evidence;
  const reportText = JSON.stringify(report);
  const reportDigest = sha256(reportText);
  const seal = { report: reportDigest, header: headerDigest(header, reportDigest, sha256) };
  const fields = JSON.stringify({ ...header, seal }, null, 2).slice(0, -2);
  return `${evidenceSummary(evidence)}

${fields},
  "report": ${reportText}
}
`;
}
var REPORT_FIELD = ',\n  "report": ';
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function parseEvidence(body) {
  return parseEvidenceJson(typeof body === "string" ? body : new TextDecoder().decode(body), false);
}
var REPORT_FIELD_BYTES = new TextEncoder().encode(REPORT_FIELD);
function indexOfBytes(haystack, needle) {
  const first = needle[0];
  for (let i = haystack.indexOf(first); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
function parseEvidenceHeader(body) {
  if (typeof body === "string") return parseEvidenceJson(body, true);
  const cut = indexOfBytes(body, REPORT_FIELD_BYTES);
  const text = new TextDecoder().decode(cut < 0 ? body : body.subarray(0, cut + REPORT_FIELD_BYTES.length));
  return parseEvidenceJson(text, true);
}
function parseEvidenceJson(body, headerOnly) {
  const start = body.indexOf("{");
  if (start < 0 || body.slice(0, start).trim() !== "") return { status: "missing" };
  let value;
  try {
    const cut = headerOnly ? body.indexOf(REPORT_FIELD, start) : -1;
    value = JSON.parse(cut < 0 ? body.slice(start) : `${body.slice(start, cut)}
}`);
  } catch (error) {
    return { status: "invalid", reason: `the JSON does not parse: ${error.message}` };
  }
  if (!isRecord(value) || value["kind"] !== "Evidence") return { status: "missing" };
  const problems = schemaProblems("evidenceHeader", value);
  if (!headerOnly && value["report"] === void 0) problems.push("(document): missing required field 'report'");
  if (problems.length > 0) return { status: "invalid", reason: problems.join("; ") };
  return { status: "present", evidence: value };
}
var evidenceArtifact = (evidence) => evidence.files.find((f) => f.role === "artifact");
function evidenceGates(evidence) {
  if (Array.isArray(evidence.gates)) return evidence.gates.map(({ gate, verdict }) => ({ gate, verdict }));
  return (evidence.report?.models ?? []).flatMap((m) => m.gates ?? []).map((g) => ({ gate: g.gate, verdict: g.verdict }));
}
function headerReportDifferences(header, report) {
  const model = report.models.find((m) => m.name === header.model);
  if (!model) return [`the report has no model ${header.model} (it has ${report.models.map((m) => m.name).join(", ") || "none"})`];
  const differences = [];
  if (model.version !== void 0 && model.version !== header.version) differences.push(`version ${header.version}, the report ${model.version}`);
  if (model.verdict !== header.verdict) differences.push(`verdict ${header.verdict}, the report ${model.verdict}`);
  if (Array.isArray(header.gates)) {
    const inReport = new Map(model.gates.map((g) => [g.gate, g]));
    for (const g of header.gates) {
      const r = inReport.get(g.gate);
      if (!r) differences.push(`gate ${g.gate} ${g.verdict}, absent from the report`);
      else if (r.verdict !== g.verdict || g.blocking !== void 0 && r.blocking !== g.blocking) differences.push(`gate ${g.gate} ${g.verdict}${g.blocking ? "" : " (not blocking)"}, the report ${r.verdict}${r.blocking ? "" : " (not blocking)"}`);
      inReport.delete(g.gate);
    }
    for (const r of inReport.values()) differences.push(`gate ${r.gate} ${r.verdict} in the report, absent from the header`);
  }
  return differences;
}
var CLOSING_BRACE = 125;
var NEWLINE = 10;
function checkSeal(body, header, sha256) {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const problems = [];
  const cut = indexOfBytes(bytes, REPORT_FIELD_BYTES);
  const close = bytes.lastIndexOf(CLOSING_BRACE);
  if (cut < 0 || close <= cut || bytes[close - 1] !== NEWLINE) {
    return { seal: header.seal ? "broken" : "absent", problems: ["the report is not where modelops writes it (the last field, on its own line)"] };
  }
  const reportBytes = bytes.subarray(cut + REPORT_FIELD_BYTES.length, close - 1);
  let report;
  try {
    report = JSON.parse(new TextDecoder().decode(reportBytes));
  } catch (error) {
    problems.push(`the report does not parse: ${error.message}`);
  }
  let seal = "absent";
  if (header.seal) {
    const reportDigest = sha256(reportBytes);
    const { report: _report, seal: recorded, ...fields } = header;
    const reportIntact = reportDigest === recorded.report;
    const headerIntact = headerDigest(fields, recorded.report, sha256) === recorded.header;
    if (!reportIntact) problems.push(`the report was edited after the evidence was written (sha256 ${reportDigest.slice(0, 12)}\u2026, sealed ${recorded.report.slice(0, 12)}\u2026)`);
    if (!headerIntact) problems.push("the header fields (verdict, approvers, pull request, commit, dates, files) were edited after the evidence was written");
    seal = reportIntact && headerIntact ? "intact" : "broken";
  }
  if (report && isRecord(report) && Array.isArray(report.models)) problems.push(...headerReportDifferences(header, report).map((d) => `the header says ${d}`));
  return { seal, problems };
}

// src/core/promotion/tag-registry.ts
var KIND_ORDER = { create: 0, register: 1, deregister: 1, assign: 2, unassign: 2, deprecate: 3 };
function compareEvents(a, b) {
  return (a.time ?? -Infinity) - (b.time ?? -Infinity) || KIND_ORDER[a.tag.kind] - KIND_ORDER[b.tag.kind] || (a.tag.number ?? 0) - (b.tag.number ?? 0) || (a.tag.tag < b.tag.tag ? -1 : 1);
}
var evidenceOf = (event) => event.evidence.status === "present" ? event.evidence.evidence : void 0;
function registryEvents(tags, options = {}) {
  const { only, reports = false } = options;
  const byModel = /* @__PURE__ */ new Map();
  for (const input of tags) {
    const tag = parseTag(input.name);
    if (!tag || only && !only.has(tag.name)) continue;
    const annotated = input.objectType === "tag";
    const time = annotated && input.tagger ? Date.parse(input.tagger.date) : void 0;
    const evidence = !annotated ? { status: "missing" } : reports ? parseEvidence(input.body) : parseEvidenceHeader(input.body);
    const event = { tag, input, evidence };
    if (time !== void 0 && !Number.isNaN(time)) event.time = time;
    const list = byModel.get(tag.name) ?? [];
    list.push(event);
    byModel.set(tag.name, list);
  }
  for (const events of byModel.values()) {
    events.sort(compareEvents);
    const registeredAt = /* @__PURE__ */ new Map();
    for (const e of events) if (e.tag.kind === "register" && e.input.commit) registeredAt.set(e.input.commit, e.tag.version);
    for (const e of events) {
      if (e.tag.kind === "register" || e.tag.kind === "deregister") e.version = e.tag.version;
      else {
        const version = evidenceOf(e)?.version ?? (e.input.commit ? registeredAt.get(e.input.commit) : void 0);
        if (version !== void 0) e.version = version;
      }
    }
  }
  return byModel;
}
function latestStageEvent(events) {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.time !== void 0 && (e.tag.kind === "assign" || e.tag.kind === "unassign" || e.tag.kind === "deprecate")) return e;
  }
  return void 0;
}
function registryHas(events, version, stage) {
  const latest = latestStageEvent(events);
  if (latest?.tag.kind === "deprecate") return stage === "archived";
  return latest?.tag.kind === "assign" && latest.tag.stage === stage && latest.version === version;
}

export {
  contentDigest,
  pinnedFiles,
  formatEvidenceMessage,
  evidenceArtifact,
  evidenceGates,
  checkSeal,
  evidenceOf,
  registryEvents,
  latestStageEvent,
  registryHas
};
