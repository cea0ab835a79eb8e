import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  driftMarkdown,
  monitoringText
} from "./chunk-3S7MVN24.js";
import {
  VERDICT_ICON,
  artifactStatusText,
  auditScopeText,
  boundText,
  changeText,
  checkValue,
  checklistText,
  eventTitle,
  intervalText,
  location,
  markdownTable,
  modelTitle,
  num,
  promotionText,
  pullRequestText,
  signed,
  summaryText,
  timeText
} from "./chunk-BTKPI3V7.js";
import {
  CHECKLIST_SECTIONS,
  SECTION_TITLES
} from "./chunk-FPSQQKAN.js";

// src/core/render/fairness.ts
var markdownTable2 = (rows) => markdownTable(rows, { alignDelimiters: false });
var pct = (value) => value === null || value === void 0 ? "\u2014" : `${(value * 100).toFixed(1)}%`;
var mermaidText = (text) => text.replace(/["\n]/g, "'");
function groupRow(group, judged) {
  const name = `${group.group}${judged ? "" : " \u26A0\uFE0F"}`;
  if ("rates" in group) {
    const r = group.rates;
    return [name, String(group.count), pct(group.share), pct(r.base_rate), pct(r.selection_rate), pct(r.tpr), pct(r.fpr), pct(r.precision), pct(r.accuracy)];
  }
  return [name, String(group.count), pct(group.share), num(group.measures.mae), num(group.measures.rmse), num(group.measures.mean_prediction)];
}
function selectionRateChart(attribute) {
  const groups = attribute.groups.filter((g) => "rates" in g && g.rates.selection_rate !== null);
  if (groups.length === 0) return [];
  return [
    "```mermaid",
    "xychart-beta",
    `    title "Selection rate by ${mermaidText(attribute.name)}"`,
    `    x-axis [${groups.map((g) => `"${mermaidText(g.group)}"`).join(", ")}]`,
    '    y-axis "selected (%)" 0 --> 100',
    `    bar [${groups.map((g) => ((g.rates.selection_rate ?? 0) * 100).toFixed(1)).join(", ")}]`,
    "```"
  ];
}
function attributeSection(attribute, champion) {
  const out = [`**${attribute.name}**`, ""];
  if (attribute.error) return [...out, `\u26D4 ${attribute.error}`, ""];
  const judged = new Set(attribute.compared);
  const binary = attribute.groups.some((g) => "rates" in g);
  const header = binary ? ["Group", "Rows", "Share", "Base rate", "Selected", "TPR", "FPR", "Precision", "Accuracy"] : ["Group", "Rows", "Share", "MAE", "RMSE", "Mean prediction"];
  out.push(markdownTable2([header, ...attribute.groups.map((g) => groupRow(g, judged.has(g.group)))]), "");
  for (const excluded of attribute.excluded) out.push(`- \u26A0\uFE0F ${excluded.group}: ${excluded.reason}`);
  if (attribute.excluded.length > 0) out.push("");
  const championAggregates = new Map((champion?.aggregates ?? []).map((a) => [a.key, a]));
  const rows = attribute.aggregates.filter((a) => a.method === "between_groups" && (a.agg === void 0 || a.agg === "worst_case")).map((a) => [
    a.id,
    a.value === null ? `\u2014 (${a.reason ?? a.status})` : num(a.value),
    a.ci ? `[${num(a.ci.lower)}, ${num(a.ci.upper)}]` : "",
    ...champion ? [num(championAggregates.get(a.key)?.value)] : []
  ]);
  if (rows.length > 0) out.push(markdownTable2([["Aggregate (between groups)", "Value", "95% interval", ...champion ? ["Champion"] : []], ...rows]), "");
  if (attribute.reference) {
    const outside = attribute.disparities.filter((d) => d.withinBand === false);
    out.push(
      `Disparities against the reference group **${attribute.reference.group}** (${attribute.reference.chosen}): ` + (outside.length === 0 ? "all within the band." : outside.map((d) => `${d.id} of ${d.group} ${num(d.value)}`).join(", ") + " outside the band."),
      ""
    );
  } else if (attribute.referenceProblem) out.push(`No reference group: ${attribute.referenceProblem.message}`, "");
  out.push(...selectionRateChart(attribute), "");
  return out;
}
function fairnessMarkdown(fairness) {
  const { challenger, champion } = fairness;
  const out = [`<details><summary>Fairness on ${challenger.rows} rows (groups under ${challenger.minGroupSize} rows are reported, not judged)</summary>`, ""];
  for (const note of challenger.notes) out.push(`- ${note}`);
  if (challenger.notes.length > 0) out.push("");
  for (const attribute of challenger.attributes) out.push(...attributeSection(attribute, champion?.attributes.find((a) => a.name === attribute.name)));
  out.push("</details>", "");
  return out;
}

// src/core/render/markdown.ts
var markdownTable3 = (rows) => markdownTable(rows, { alignDelimiters: false, padding: true });
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var STATUS_TEXT = {
  verified: "\u2705 verified",
  answered: "\u2705 answered",
  unanswered: "\u25AB\uFE0F unanswered",
  "no-evidence": "\u26A0\uFE0F no evidence",
  "answered-no": "\u274C no"
};
function findingsList(findings, withCode = false) {
  return findings.map((f) => {
    const where = location(f);
    const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
    return `- ${icon} ${withCode ? `**${f.code}** ` : ""}${where ? `\`${where}\` ` : ""}${f.message}${f.hint ? ` \u2014 _${f.hint}_` : ""}`;
  });
}
var SIGNATURE_TEXT = { unsigned: "unsigned", good: "\u{1F50F} good", bad: "\u274C bad", unverified: "\u26A0\uFE0F unverified" };
function auditDetails(model) {
  const audit = model.audit;
  if (!audit) return [];
  const out = [];
  if (audit.stages.length > 0) {
    out.push(markdownTable3([["Stage", "Version", "Tag", "Since (UTC)"], ...audit.stages.map((s) => [s.stage, s.version ?? "?", `\`${cell(s.tag)}\``, timeText(s.since)])]), "");
  } else out.push("_No stage assigned at that time._", "");
  if (audit.events.length > 0) {
    out.push(
      markdownTable3([
        ["Time (UTC)", "Event", "Tag", "Tagger", "Pull request", "Gates", "Signature"],
        ...audit.events.map((e) => [
          timeText(e.time),
          cell(eventTitle(e)),
          `\`${cell(e.tag)}\``,
          cell(e.tagger ?? ""),
          cell(pullRequestText(e)),
          e.verdict ? `${VERDICT_ICON[e.verdict]} ${e.verdict}` : `evidence ${e.evidence}`,
          SIGNATURE_TEXT[e.signature]
        ])
      ]),
      ""
    );
  }
  if (audit.versions.length > 0) {
    out.push(markdownTable3([["Version", "Tag", "Artifact"], ...audit.versions.map((v) => [v.version, `\`${cell(v.tag)}\``, `${v.artifact?.status === "match" ? "\u2705" : "\u274C"} ${cell(artifactStatusText(v))}`])]), "");
  }
  return out;
}
function checklistDetails(model) {
  const checklist = model.checklist;
  if (!checklist) return [];
  const out = [`<details><summary>Readiness checklist: ${checklistText(model)}</summary>`, ""];
  for (const section of CHECKLIST_SECTIONS) {
    const items = checklist.items.filter((i) => i.section === section);
    out.push(`**${section}** \u2014 ${SECTION_TITLES[section]}`, "");
    out.push(
      markdownTable3([
        ["Item", "Required", "Status", "Evidence"],
        ...items.map((i) => [`\`${i.id}\``, i.required ? "yes" : "", i.status === "answered" && i.answer === "n/a" ? "\u2796 n/a" : STATUS_TEXT[i.status], cell(i.proof ?? (i.evidence ?? []).join("; "))])
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
  return [markdownTable3([["Gate", "Check", "Value", "Bound", "Compared with", "\u0394", "Verdict", "Why"], ...rows]), ""];
}
function evaluationDetails(model) {
  const e = model.evaluation;
  if (!e) return [];
  const out = [`<details><summary>Evaluation on <code>${e.dataset}</code> (${e.rows} rows)</summary>`, ""];
  const championMetrics = e.champion?.metrics;
  out.push(
    markdownTable3([
      ["Metric", "Model", ...championMetrics ? [`Champion ${e.champion.version}`, "\u0394"] : []],
      ...Object.entries(e.metrics).map(([id, value]) => {
        const champion = championMetrics?.[id];
        const delta = value !== null && champion !== void 0 && champion !== null ? value - champion : null;
        return [id, num(value), ...championMetrics ? [num(champion), signed(delta)] : []];
      })
    ]),
    ""
  );
  if (e.confusion) out.push(`Confusion matrix at the threshold: TN ${e.confusion.tn}, FP ${e.confusion.fp}, FN ${e.confusion.fn}, TP ${e.confusion.tp}.`, "");
  if (e.operational) {
    const op = e.operational;
    out.push(`Latency p50 / p95 / p99: ${num(op.latencyMs.p50)} / ${num(op.latencyMs.p95)} / ${num(op.latencyMs.p99)} ms \xB7 throughput ${num(op.throughputRowsPerS)} rows/s \xB7 model ${num(op.modelSizeMb)} MiB \xB7 peak RSS ${num(op.peakRssMb)} MiB.`, "");
  }
  if (e.champion) {
    const c = e.champion;
    out.push(`**Against the champion** ${c.version} (\`${c.source}\`, ${c.commit.slice(0, 12)}):`, "");
    out.push(
      markdownTable3([
        ["Metric", "Model", "Champion", "\u0394", "Interval of \u0394", "p", "Method", "Regression"],
        ...c.comparisons.map((m) => [m.metric, num(m.challenger), num(m.champion), signed(m.delta), intervalText(m), m.pValue === void 0 ? "" : num(m.pValue), m.method ?? "", m.regression ? "\u274C yes" : "no"])
      ]),
      ""
    );
    if (c.mcnemar) out.push(`McNemar (${c.mcnemar.method}): ${c.mcnemar.onlyChallengerCorrect} rows only the model gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num(c.mcnemar.pValue)}.`, "");
  }
  if (e.importance) {
    const imp = e.importance;
    const champion = new Map((imp.champion ?? []).map((f) => [f.feature, f]));
    out.push(`**Permutation importance** (drop in ${imp.metric}, ${imp.repeats} shuffles on ${imp.rows} rows):`, "");
    out.push(
      markdownTable3([
        ["Feature", "Model", ...imp.champion ? ["Champion"] : []],
        ...imp.challenger.map((f) => [f.feature, `${num(f.importance)} \xB1 ${num(f.std)}`, ...imp.champion ? [champion.has(f.feature) ? num(champion.get(f.feature).importance) : "\u2014"] : []])
      ]),
      ""
    );
  }
  out.push("</details>", "");
  return out;
}
function modelTable(models) {
  return markdownTable3([
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
  for (const model of report.models) {
    out.push(`### ${VERDICT_ICON[model.verdict]} ${modelTitle(model)}`, "", `Manifest: \`${model.manifest}\``, "");
    if (model.promotion) out.push(`**Promotion:** ${promotionText(model.promotion)}`, "");
    if (model.findings.length > 0) out.push(...findingsList(model.findings, withCode), "");
    out.push(...auditDetails(model));
    if (model.gates.length > 0) {
      out.push(markdownTable3([["Gate", "Verdict", "Summary"], ...model.gates.map((g) => [g.gate, `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)])]), "");
      out.push(...gateDetails(model));
    }
    out.push(...evaluationDetails(model));
    if (model.evaluation?.fairness) out.push(...fairnessMarkdown(model.evaluation.fairness));
    if (model.evaluation?.drift) out.push(...driftMarkdown(model.evaluation.drift, { open: report.command === "drift" }));
    if (model.monitoring) out.push(`**Monitoring:** ${monitoringText(model.monitoring)}.`, "");
    out.push(...checklistDetails(model), "");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

export {
  fairnessMarkdown,
  markdownTable3 as markdownTable,
  cell,
  modelTable,
  reportHeading,
  renderMarkdown
};
