import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/core/report.ts
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
function buildReport(args) {
  const summary = { models: args.models.length, pass: 0, warn: 0, fail: 0, skipped: 0, error: 0 };
  for (const m of args.models) summary[m.verdict] += 1;
  const verdict = worstVerdict([verdictOfFindings(args.findings), ...args.models.map((m) => m.verdict)]);
  return {
    apiVersion: "modelops/v1",
    kind: "Report",
    tool: { name: "modelops", version: args.toolVersion },
    command: args.command,
    createdAt: (args.now ?? /* @__PURE__ */ new Date()).toISOString(),
    repository: args.base ? { root: args.root, base: args.base } : { root: args.root },
    verdict,
    exitCode: exitCodeOf(verdict),
    summary,
    findings: args.findings,
    models: args.models,
    ...args.audit ? { audit: args.audit } : {}
  };
}

export {
  VERDICTS,
  worstVerdict,
  verdictOfFindings,
  exitCodeOf,
  buildReport
};
