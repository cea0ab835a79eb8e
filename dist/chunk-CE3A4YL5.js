import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/core/report/verdict.ts
var VERDICTS = ["pass", "warn", "fail", "skipped", "error"];
function worstVerdict(verdicts) {
  const rank = { skipped: 0, pass: 1, warn: 2, fail: 3, error: 4 };
  let worst;
  for (const v of verdicts) if (worst === void 0 || rank[v] > rank[worst]) worst = v;
  return worst ?? "pass";
}
function verdictOfFindings(findings) {
  return worstVerdict(findings.map(findingVerdict));
}
function findingVerdict(f) {
  if (f.severity === "error") return f.category === "input" ? "error" : "fail";
  return f.severity === "warning" ? "warn" : "pass";
}
function exitCodeOf(verdict) {
  if (verdict === "error") return 2;
  return verdict === "fail" ? 1 : 0;
}

// src/core/manifest/manifest.ts
var STAGES = ["development", "staging", "production", "archived"];
var TASKS = ["binary-classification", "multiclass-classification", "regression"];
var GATE_KINDS = ["performance", "robustness", "fairness", "drift", "champion"];
function contentOf(manifest) {
  return {
    task: manifest.problem.task,
    artifact: manifest.artifact,
    data: manifest.data,
    gates: manifest.gates ?? {}
  };
}
var DURATION = /^(\d+)(m|h|d|w)$/;
var DURATION_UNIT_MS = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function durationMs(text) {
  const match = DURATION.exec(text);
  if (!match) return void 0;
  return Number(match[1]) * DURATION_UNIT_MS[match[2]];
}

// src/core/report/model.ts
function buildReport(args) {
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

// src/core/promotion/waivers.ts
var WAIVABLE_CHECKS = ["approvals", "soak", ...GATE_KINDS.map((g) => `gate.${g}`), "checklist.<item id>", "audit.<finding code>"];
var KNOWN_CHECK = new RegExp(`^(approvals|soak|gate\\.(${GATE_KINDS.join("|")})|checklist\\.[a-z0-9-]+\\.[a-z0-9-]+|audit\\.[a-z][a-z0-9-]*)$`);
var knownCheck = (check) => KNOWN_CHECK.test(check);
function waiverExpiry(waiver) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(waiver.expires)) return Date.parse(`${waiver.expires}T00:00:00Z`) + 864e5;
  return Date.parse(waiver.expires);
}
var waiverInForce = (waiver, now) => now.getTime() < waiverExpiry(waiver);
var waiverWhere = (waiver) => waiver.source ? `${waiver.source.file}${waiver.source.line !== void 0 ? `:${waiver.source.line}` : ""}` : "modelops.yaml";
function waiverText(waiver) {
  return `waived by ${waiverWhere(waiver)} (approved by ${waiver.approved_by.join(", ")}, until ${waiver.expires}): ${waiver.reason}`;
}
function waiverUse(waiver) {
  return {
    check: waiver.check,
    model: waiver.model,
    ...waiver.version !== void 0 ? { version: waiver.version } : {},
    ...waiver.commit !== void 0 ? { commit: waiver.commit } : {},
    ...waiver.tag !== void 0 ? { tag: waiver.tag } : {},
    reason: waiver.reason,
    approvedBy: [...waiver.approved_by],
    expires: waiver.expires,
    ...waiver.source ? { file: waiver.source.file, ...waiver.source.line !== void 0 ? { line: waiver.source.line } : {} } : {}
  };
}
function findWaiver(waivers, wanted) {
  return waivers.find((w) => w.model === wanted.model && w.version === wanted.version && w.check === wanted.check && waiverInForce(w, wanted.now));
}
function findAuditWaiver(waivers, model, finding, now) {
  return waivers.find(
    (w) => w.model === model && w.check === `audit.${finding.code}` && waiverInForce(w, now) && (w.commit === void 0 || finding.commit !== void 0 && finding.commit.startsWith(w.commit)) && (w.tag === void 0 || finding.tag === w.tag) && (w.commit !== void 0 || w.tag !== void 0)
  );
}
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
function applyAuditWaivers(model, findings, reviews, now) {
  const mine = reviews.filter((r) => r.waiver.model === model);
  const inForce = mine.filter((r) => r.status === "in-force").map((r) => r.waiver);
  for (const finding of findings) {
    if (finding.severity !== "error") continue;
    const waiver = findAuditWaiver(inForce, model, finding, now);
    if (!waiver) continue;
    finding.severity = "info";
    finding.message = `${finding.message} \u2014 ${waiverText(waiver)}`;
  }
  return mine.map((r) => ({ ...waiverUse(r.waiver), status: r.status }));
}

export {
  VERDICTS,
  worstVerdict,
  verdictOfFindings,
  exitCodeOf,
  STAGES,
  TASKS,
  contentOf,
  durationMs,
  buildReport,
  waiverWhere,
  waiverText,
  waiverUse,
  findWaiver,
  waiverFindings,
  reviewWaivers,
  applyAuditWaivers
};
