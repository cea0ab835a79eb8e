import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  GATE_KINDS,
  inSectionOrder
} from "./chunk-BKKO3S44.js";
import {
  DEFAULT_POLICY,
  loadPolicy
} from "./chunk-BPJDMZHB.js";
import {
  checkPathReference,
  evidencePath,
  pathShapeProblem
} from "./chunk-WWS7NVO2.js";
import {
  waiverExpiry,
  waiverInForce
} from "./chunk-XZW76LL6.js";
import {
  exitCodeOf,
  verdictOfFindings,
  worstVerdict
} from "./chunk-RU6PGEHT.js";

// src/core/report/build.ts
function buildReport(args) {
  for (const model of args.models) model.gates = inSectionOrder(model.gates);
  const summary = { models: args.models.length, pass: 0, warn: 0, fail: 0, skipped: 0, error: 0 };
  for (const m of args.models) summary[m.verdict] += 1;
  const verdict = worstVerdict([verdictOfFindings(args.findings), ...args.models.map((m) => m.verdict)]);
  return {
    apiVersion: "modelops/v1",
    kind: "Report",
    tool: { name: "modelops", version: args.toolVersion },
    command: args.command,
    createdAt: args.now.toISOString(),
    repository: args.base ? { root: args.root, base: args.base } : { root: args.root },
    verdict,
    exitCode: exitCodeOf(verdict),
    summary,
    findings: args.findings,
    models: args.models,
    ...args.audit ? { audit: args.audit } : {}
  };
}

// src/core/promotion/waiver-review.ts
var WAIVABLE_CHECKS = ["approvals", "soak", ...GATE_KINDS.map((g) => `gate.${g}`), "checklist.<item id>", "audit.<finding code>"];
var KNOWN_CHECK = new RegExp(`^(approvals|soak|gate\\.(${GATE_KINDS.join("|")})|checklist\\.[a-z0-9-]+\\.[a-z0-9-]+|audit\\.[a-z][a-z0-9-]*)$`);
var knownCheck = (check) => KNOWN_CHECK.test(check);
function waiverProblems(waiver) {
  const problems = [];
  if (!knownCheck(waiver.check)) problems.push(`check '${waiver.check}' is not a check a waiver can name (${WAIVABLE_CHECKS.join(", ")})`);
  const audit = waiver.check.startsWith("audit.");
  if (!audit && waiver.version === void 0) problems.push(`a waiver of ${waiver.check} names the version it applies to (version: 1.2.0)`);
  if (audit && waiver.commit === void 0 && waiver.tag === void 0) problems.push(`an audit waiver names the commit or tag whose finding it resolves (commit: <sha> or tag: <name>)`);
  if (Number.isNaN(waiverExpiry(waiver))) problems.push(`expires '${waiver.expires}' is not a real date`);
  return problems;
}
function waiverFindings(waivers) {
  return waivers.flatMap(
    (waiver) => waiverProblems(waiver).map((message) => ({
      severity: "error",
      category: "policy",
      code: "invalid-waiver",
      message: `waiver of ${waiver.check} for ${waiver.model}: ${message}`,
      ...waiver.source ? { file: waiver.source.file, ...waiver.source.line !== void 0 ? { line: waiver.source.line } : {} } : {},
      hint: "a waiver names model, version (or commit/tag for audit.<code>), check, reason, approved_by and expires"
    }))
  );
}
function reviewWaivers(waivers, knownModels, now) {
  const reviews = [];
  const findings = [];
  for (const waiver of waivers) {
    const at = { ...waiver.source ? { file: waiver.source.file, ...waiver.source.line !== void 0 ? { line: waiver.source.line } : {} } : {} };
    if (waiverProblems(waiver).length > 0) {
      reviews.push({ waiver, status: "invalid" });
      findings.push(...waiverFindings([waiver]));
    } else if (!knownModels.has(waiver.model)) {
      reviews.push({ waiver, status: "unknown-model" });
      findings.push({ severity: "error", category: "policy", code: "unknown-waiver", message: `the waiver of ${waiver.check} names model ${waiver.model}, which has no manifest or registry tag: it waives nothing`, ...at, hint: "correct the model name, or remove the waiver" });
    } else if (!waiverInForce(waiver, now)) {
      reviews.push({ waiver, status: "expired" });
      findings.push({ severity: "warning", category: "policy", code: "expired-waiver", message: `the waiver of ${waiver.check} for ${waiver.model}${waiver.version ? ` ${waiver.version}` : ""} expired ${waiver.expires}: it waives nothing now`, ...at, hint: "remove it (the evidence of what it waived stays in the tags), or renew it with a new review" });
    } else reviews.push({ waiver, status: "in-force" });
  }
  return { reviews, findings };
}

// src/commands/policy.ts
var POLICY_FILES = ["modelops.yaml", "modelops.yml"];
async function readPolicy(files) {
  for (const name of POLICY_FILES) {
    let bytes;
    try {
      bytes = await files.read(name);
    } catch (error) {
      return { policy: DEFAULT_POLICY, findings: [{ severity: "error", category: "input", code: "unreadable-file", message: error.message, file: name }] };
    }
    if (bytes === void 0) continue;
    const loaded = loadPolicy(bytes, name);
    if (!loaded.ok) return { policy: DEFAULT_POLICY, findings: loaded.findings };
    return { policy: loaded.value, findings: [...waiverFindings(loaded.value.waivers), ...await checkOrgEvidencePaths(loaded.value, loaded.source, files)] };
  }
  return { policy: DEFAULT_POLICY, findings: [] };
}
async function checkOrgEvidencePaths(policy, source, files) {
  const findings = [];
  for (const [id, answer] of Object.entries(policy.checklist.answers)) {
    const pieces = answer.evidence === void 0 ? [] : [answer.evidence].flat();
    for (const [i, text] of pieces.entries()) {
      const path = evidencePath(text);
      if (path === void 0) continue;
      const at = Array.isArray(answer.evidence) ? ["checklist", "answers", id, "evidence", i] : ["checklist", "answers", id, "evidence"];
      const reference = { at, path, role: "evidence" };
      const facts = pathShapeProblem(path) ? void 0 : await files.inspect(path, { hash: false, columns: false });
      findings.push(...checkPathReference(reference, facts, source));
    }
  }
  return findings;
}

export {
  buildReport,
  reviewWaivers,
  POLICY_FILES,
  readPolicy
};
