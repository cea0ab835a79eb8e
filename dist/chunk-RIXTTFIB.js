import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  SECTIONS,
  VERDICT_ICON,
  auditScopeText,
  boundText,
  cell,
  changeText,
  checkValue,
  checklistSections,
  checklistText,
  location,
  markdownTable2 as markdownTable,
  modelTitle,
  num,
  sectionTitle,
  signed,
  summaryText
} from "./chunk-ISKUHNDR.js";

// src/core/report/render/markdown.ts
var STATUS_TEXT = {
  verified: "\u2705 verified",
  answered: "\u2705 answered",
  unanswered: "\u25AB\uFE0F unanswered",
  "no-evidence": "\u26A0\uFE0F no evidence",
  "answered-no": "\u274C no",
  placeholder: "\u274C placeholder",
  contradicted: "\u274C contradicted"
};
function findingsList(findings, withCode = false) {
  return findings.map((f) => {
    const where = location(f);
    const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
    return `- ${icon} ${withCode ? `**${f.code}** ` : ""}${where ? `\`${where}\` ` : ""}${f.message}${f.hint ? ` \u2014 _${f.hint}_` : ""}`;
  });
}
function checklistDetails(model) {
  const checklist = model.checklist;
  if (!checklist) return [];
  const out = [`<details><summary>Readiness checklist: ${checklistText(model)}</summary>`, ""];
  for (const section of checklistSections(checklist.items)) {
    const items = checklist.items.filter((i) => i.section === section);
    out.push(`**${section}** \u2014 ${sectionTitle(section, checklist.sectionTitles)}`, "");
    out.push(
      markdownTable([
        ["Item", "Required", "Status", "Evidence"],
        ...items.map((i) => [`\`${i.id}\``, i.required ? "yes" : "", i.status === "answered" && i.answer === "n/a" ? "\u2796 n/a" : STATUS_TEXT[i.status], cell(i.proof ?? i.contradiction ?? (i.evidence ?? []).join("; "))])
      ]),
      ""
    );
  }
  out.push("</details>");
  return out;
}
function gateDetails(model) {
  const rows = model.gates.flatMap(
    (g) => g.checks.map((c) => [
      g.gate,
      cell(c.name),
      checkValue(c),
      cell(boundText(c)),
      c.champion === void 0 ? "" : `${num(c.champion)}${c.against === "baseline" ? " (baseline)" : ""}`,
      c.delta === void 0 ? "" : signed(c.delta),
      `${VERDICT_ICON[c.verdict]} ${c.verdict}`,
      c.verdict === "pass" ? "" : cell(c.message ?? "")
    ])
  );
  if (rows.length === 0) return [];
  return [markdownTable([["Gate", "Check", "Value", "Bound", "Compared with", "\u0394", "Verdict", "Why"], ...rows]), ""];
}
function slot(name, model, context) {
  return SECTIONS.flatMap((section) => section.markdown?.[name]?.(model, context) ?? []);
}
function modelTable(models) {
  return markdownTable([
    ["Model", "Version", "Stage", "Change", "Checklist", "Verdict"],
    ...models.map((m) => [
      `\`${m.name}\``,
      m.version ?? "",
      m.stage ?? "",
      cell(changeText(m)),
      m.checklist ? `${m.checklist.satisfiedRequired}/${m.checklist.required}` : "",
      `${VERDICT_ICON[m.verdict]} ${m.verdict}`
    ])
  ]);
}
function reportHeading(report) {
  const base = report.repository.base;
  return [`## ${VERDICT_ICON[report.verdict]} modelops ${report.command}: ${report.verdict}`, "", `${summaryText(report)}${base ? ` \xB7 compared with \`${base.ref}\` (${base.commit.slice(0, 12)})` : ""}`, ""];
}
function renderMarkdown(report) {
  const out = [];
  out.push(...reportHeading(report));
  if (report.audit) out.push(auditScopeText(report), "");
  const withCode = report.command === "audit";
  if (report.findings.length > 0) out.push(...findingsList(report.findings, withCode), "");
  if (report.models.length > 0) out.push(modelTable(report.models), "");
  const context = { report };
  for (const model of report.models) {
    out.push(`### ${VERDICT_ICON[model.verdict]} ${modelTitle(model)}`, "", `Manifest: \`${model.manifest}\``, "");
    out.push(...slot("status", model, context));
    if (model.findings.length > 0) out.push(...findingsList(model.findings, withCode), "");
    out.push(...slot("history", model, context));
    if (model.gates.length > 0) {
      out.push(markdownTable([["Gate", "Verdict", "Summary"], ...model.gates.map((g) => [g.gate, `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)])]), "");
      out.push(...gateDetails(model));
    }
    const e = model.evaluation;
    if (e) out.push(`<details><summary>Evaluation on <code>${e.dataset}</code> (${e.rows} rows)</summary>`, "", ...slot("evaluation", model, context), "</details>", "");
    out.push(...slot("details", model, context));
    out.push(...checklistDetails(model), "");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

export {
  modelTable,
  reportHeading,
  renderMarkdown
};
