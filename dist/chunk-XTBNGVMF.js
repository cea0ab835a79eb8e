import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
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
} from "./chunk-SGSANGQA.js";
import {
  describeBound,
  severity
} from "./chunk-L4QGIV7C.js";
import {
  enforcementText
} from "./chunk-W65AZEPJ.js";
import {
  checklistSections,
  sectionTitle
} from "./chunk-AV2Z3ROV.js";

// src/core/drift/render.ts
var markdownTable2 = (rows) => markdownTable(rows, { alignDelimiters: false });
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var pct = (share) => `${(share * 100).toFixed(1)}%`;
var mermaidText = (text) => text.replace(/["\n]/g, "'");
function driftScoreText(column) {
  if (!column.evaluated) return "\u2014";
  const adjusted = column.adjustedPValue !== void 0 && column.adjustedPValue !== column.pValue ? ` (adj. ${num(column.adjustedPValue)})` : "";
  if (column.scoreKind === "p-value") return `p ${num(column.pValue)}${adjusted}`;
  if (column.pValue !== void 0) return `${num(column.distance)} (p ${num(column.pValue)}${adjusted})`;
  return num(column.distance);
}
function thresholdText(column) {
  if (!column.evaluated) return "\u2014";
  const rate = column.falseAlarmRate === void 0 ? "" : ` \xB7 ${column.falseAlarmRateEstimated ? "\u2248 " : ""}${pct(column.falseAlarmRate)} false alarms`;
  const byPValue = column.decidedBy === "p-value" || column.decidedBy === void 0 && column.scoreKind === "p-value";
  if (byPValue) return `p < ${num(column.threshold)}${column.criticalValue !== void 0 ? ` (distance \u2265 ${num(column.criticalValue)})` : ""}${rate}`;
  return `\u2265 ${num(column.threshold)}${rate}`;
}
var statisticText = (column) => column.evaluated ? num(column.statistic) : `not tested: ${column.error ?? "no reason given"}`;
var thresholdModeText = (features) => features.thresholdMode === "fixed" ? "Evidently's fixed thresholds (threshold_mode: fixed), false-alarm rates estimated at these sizes" : "thresholds are false-alarm rates at these sizes (calibrated)";
var methodText = (column) => {
  const facts = [column.detail?.["pValueMethod"], column.detail?.["ties"] === true ? "ties" : void 0, column.detail?.["approximation"]].filter((f) => typeof f === "string");
  return `${column.method}${facts.length > 0 ? ` (${facts.join(", ")})` : ""}`;
};
var missingText = (column) => {
  const { reference, current, changed } = column.missing;
  if (reference.missing + current.missing === 0) return "0% \u2192 0%";
  return `${pct(reference.share)} \u2192 ${pct(current.share)}${changed ? " \u26A0\uFE0F" : ""}`;
};
function orderedColumns(columns) {
  const key = (c) => Number.isNaN(severity(c)) ? -Infinity : severity(c);
  return [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || key(b) - key(a));
}
function histogramChart(histogram) {
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidText(histogram.column)}: reference (bars) vs current (line), % of rows"`,
    `    x-axis [${histogram.bins.map((b) => `"${mermaidText(b)}"`).join(", ")}]`,
    '    y-axis "rows (%)"',
    `    bar [${histogram.reference.map((s) => (s * 100).toFixed(1)).join(", ")}]`,
    `    line [${histogram.current.map((s) => (s * 100).toFixed(1)).join(", ")}]`,
    "```"
  ];
}
function driftMarkdown(drift, options = {}) {
  const f = drift.features;
  const drifted = f.columns.filter((c) => c.drifted).map((c) => `\`${c.column}\``);
  const out = [
    `<details${options.open ? " open" : ""}><summary>Drift of <code>${drift.current.dataset}</code> (${drift.current.rows} rows) against <code>${drift.reference.dataset}</code> (${drift.reference.rows} rows): ${f.drifted} of ${f.evaluated} features drifted</summary>`,
    ""
  ];
  out.push(
    `**Features:** ${drifted.length > 0 ? `${drifted.join(", ")} drifted` : "none drifted"} \u2014 ${pct(f.share)} of the features${f.untested > 0 ? ` (${f.untested} not tested, counted as not drifted${f.undecided ? " \u26A0\uFE0F they could have tipped the decision" : ""})` : ""}; the dataset counts as drifted at \u2265 ${pct(f.driftShare)}${f.datasetDrifted ? " \u274C" : ""}. Correction: ${f.correction}; ${thresholdModeText(f)}.`,
    ""
  );
  out.push(
    markdownTable2([
      ["Feature", "Type", "Method", "Statistic", "p (adjusted) / distance", "Threshold \xB7 false alarms", "Drifted", "Missing (ref \u2192 cur)"],
      ...orderedColumns(f.columns).map((c) => [
        `\`${cell(c.column)}\``,
        c.kind,
        cell(methodText(c)),
        cell(statisticText(c)),
        driftScoreText(c),
        thresholdText(c),
        c.drifted ? "\u274C yes" : c.evaluated ? "no" : "\u26A0\uFE0F not tested",
        missingText(c)
      ])
    ]),
    ""
  );
  if (drift.histogram) out.push(...histogramChart(drift.histogram), "");
  if (drift.prediction) {
    const p = drift.prediction;
    out.push(`**Prediction drift** (${cell(p.output)}): ${cell(methodText(p))} ${p.evaluated ? `statistic ${num(p.statistic)}, ${driftScoreText(p)}, threshold ${thresholdText(p)}` : `not tested: ${cell(p.error ?? "")}`} \u2014 ${p.drifted ? "\u274C drifted" : p.evaluated ? "no drift" : "not tested"}.`, "");
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    out.push(
      `**Domain classifier:** cross-validated ROC AUC ${num(d.auc)}, drift above ${num(d.threshold)} (${domainThresholdSource(d)}; false-alarm rate ${num(d.falseAlarmRate * 100)}%, permutation p = ${num(d.pValue)}) \u2014 ${d.drifted ? "\u274C the samples can be told apart" : "no drift"}. ${cell(d.model)}; ${d.rows.reference.used} reference and ${d.rows.current.used} current rows.`,
      ""
    );
    if (d.topFeatures.length > 0) {
      out.push(markdownTable2([["Top feature", "AUC drop when shuffled", "Coefficient norm"], ...d.topFeatures.map((t) => [`\`${cell(t.column)}\``, num(t.aucDrop), num(t.coefficientNorm)])]), "");
    }
  }
  if (drift.performance) {
    const p = drift.performance;
    out.push(
      `**Estimated performance** (CBPE on ${p.rows} rows, threshold ${num(p.threshold)}, ${p.calibration.calibrated ? "isotonic-calibrated scores" : "scores not calibrated"}: ${p.calibration.reason}):`,
      "",
      markdownTable2([
        ["Metric", "Estimate", "Band (\xB1 3 SE)", ...p.labelled ? ["Realised"] : [], "Reference", "Alert below", ""],
        ...p.metrics.map((m) => [
          m.metric,
          num(m.estimate),
          m.lower === null ? "\u2014" : `${num(m.lower)}\u2013${num(m.upper)}`,
          ...p.labelled ? [num(m.realised)] : [],
          num(m.reference),
          num(m.thresholds.lower),
          m.dropped ? "\u274C dropped" : ""
        ])
      ]),
      ""
    );
  }
  for (const s of drift.skipped) out.push(`- \u23ED\uFE0F ${s.part}: ${cell(s.reason)}`);
  if (drift.skipped.length > 0) out.push("");
  for (const note of drift.notes) out.push(`- ${note}`);
  if (drift.notes.length > 0) out.push("");
  out.push("</details>", "");
  return out;
}
function monitoringText(monitoring) {
  const state = [monitoring.drifted ? "drifted" : "no drift", monitoring.stale ? "stale" : monitoring.staleness.verdict === "skipped" ? "age unknown" : "not stale"].join(", ");
  return `${state}; ${monitoring.staleness.message}; retraining: ${monitoring.retraining.dispatch ? "dispatch" : "no dispatch"} (${monitoring.retraining.reason})`;
}
function driftText(drift) {
  const f = drift.features;
  const lines = [`  drift of ${drift.current.dataset} (${drift.current.rows} rows) against ${drift.reference.dataset} (${drift.reference.rows} rows)${drift.source === "profile" ? ", from profiles" : ""}:`];
  const drifted = orderedColumns(f.columns).filter((c) => c.drifted);
  lines.push(`    features: ${f.drifted} of ${f.columns.length} drifted (${pct(f.share)}; dataset drifts at \u2265 ${pct(f.driftShare)}); ${thresholdModeText(f)}:`);
  const thresholds = new Set(f.columns.filter((c) => c.evaluated).map(thresholdText));
  if (thresholds.size === 1) lines.push(`      threshold of every tested column: ${[...thresholds][0]}`);
  for (const c of drifted) lines.push(`      ${c.column}: drifted, ${methodText(c)} ${driftScoreText(c)}${thresholds.size === 1 ? "" : ` (threshold ${thresholdText(c)})`}`);
  if (thresholds.size > 1) for (const c of orderedColumns(f.columns).filter((c2) => c2.evaluated && !c2.drifted)) lines.push(`      ${c.column}: ${methodText(c)} ${driftScoreText(c)} (threshold ${thresholdText(c)})`);
  const untested = f.columns.filter((c) => !c.evaluated);
  for (const c of untested) lines.push(`      ${c.column}: not tested: ${c.error ?? "no reason given"}`);
  if (f.undecided) lines.push(`    the ${untested.length} column(s) not tested could have tipped the dataset decision`);
  const missing = f.columns.filter((c) => c.missing.changed);
  if (missing.length > 0) lines.push(`    missing values changed: ${missing.map((c) => `${c.column} ${missingText(c)}`).join(", ")}`);
  if (drift.prediction) {
    const p = drift.prediction;
    lines.push(`    prediction (${p.output}): ${methodText(p)} ${p.evaluated ? `${driftScoreText(p)} (threshold ${thresholdText(p)})` : `not tested: ${p.error ?? ""}`}${p.drifted ? " \u2014 drifted" : ""}`);
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    lines.push(`    domain classifier AUC ${num(d.auc)} (drift above ${num(d.threshold)}, ${domainThresholdSource(d)}, false-alarm rate ${num(d.falseAlarmRate * 100)}%, p = ${num(d.pValue)})${d.drifted ? " \u2014 drifted" : ""}; top: ${d.topFeatures.slice(0, 3).map((t) => t.column).join(", ")}`);
  }
  if (drift.performance) {
    const metrics = drift.performance.metrics.map((m) => `${m.metric} ${num(m.estimate)}${m.lower !== null ? ` [${num(m.lower)}, ${num(m.upper)}]` : ""}${m.realised !== null ? ` (realised ${num(m.realised)})` : ""}`);
    lines.push(`    CBPE estimate: ${metrics.join(", ")}`);
  }
  for (const s of drift.skipped) lines.push(`    skipped ${s.part}: ${s.reason}`);
  return lines;
}
var driftIssueMarker = (name) => `<!-- modelops:drift:${name} -->`;
function driftIssue(report, model) {
  const result = typeof model === "string" ? report.models.find((m) => m.name === model) : model;
  if (!result) throw new RangeError(`the ${report.command} report has no model '${String(model)}'`);
  const monitoring = result.monitoring;
  const marker = driftIssueMarker(result.name);
  const drift = result.evaluation?.drift;
  const open = monitoring ? monitoring.drifted || monitoring.stale : false;
  const drifted = drift ? drift.features.columns.filter((c) => c.drifted).map((c) => c.column) : [];
  const problems = [monitoring?.drifted ? `drifted${drifted.length > 0 ? ` (${drifted.slice(0, 5).join(", ")}${drifted.length > 5 ? ", \u2026" : ""})` : ""}` : "", monitoring?.stale ? "stale" : ""].filter((p) => p !== "");
  const title = open ? `modelops: ${result.name} ${result.version ?? ""} ${problems.join(" and ")}`.replace(/\s+/g, " ").trim() : `modelops: ${result.name} ${result.version ?? ""} no longer drifted or stale`.replace(/\s+/g, " ");
  const body = [marker, ""];
  body.push(`## ${VERDICT_ICON[result.verdict]} ${modelTitle(result)}: ${open ? problems.join(" and ") : "recovered"}`, "");
  if (!open) body.push(`The scheduled drift check of ${report.createdAt.slice(0, 10)} finds ${result.name} neither drifted nor stale; this issue can be closed.`, "");
  else body.push(`The scheduled drift check of ${report.createdAt.slice(0, 10)} found \`${result.name}\` ${problems.join(" and ")}. Manifest: \`${result.manifest}\`.`, "");
  if (monitoring && open && monitoring.alerting.mentions.length > 0) body.push(`cc ${monitoring.alerting.mentions.join(" ")}`, "");
  const rows = result.gates.flatMap(
    (g) => g.checks.length === 0 ? [[g.gate, "", "", "", `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)]] : g.checks.map((c) => [g.gate, cell(c.name), checkValue(c), cell(boundText(c)), `${VERDICT_ICON[c.verdict]} ${c.verdict}`, c.verdict === "pass" ? "" : cell(c.message ?? "")])
  );
  if (rows.length > 0) body.push(markdownTable2([["Gate", "Check", "Value", "Bound", "Verdict", "Why"], ...rows]), "");
  for (const finding of result.findings) body.push(`- ${finding.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} ${finding.file ? `\`${finding.file}\` ` : ""}${finding.message}`);
  if (result.findings.length > 0) body.push("");
  if (monitoring) {
    body.push(`**Staleness:** ${monitoring.staleness.message}.`, "");
    body.push(`**Retraining:** ${monitoring.retraining.dispatch ? `dispatched \u2014 ${monitoring.retraining.reason}` : monitoring.retraining.reason}.`, "");
  }
  if (drift) body.push(...driftMarkdown(drift, { open: true }));
  body.push(
    open ? "_modelops updates this issue on every scheduled run while the model drifts or is stale, and closes it when it recovers. To resolve it: retrain on recent data, open a PR with the new version, and merge it to promote._" : "_Closed by modelops: the latest scheduled check passed._"
  );
  return { model: result.name, marker, title, body: body.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n", open, dispatch: monitoring?.retraining.dispatch ?? false };
}
function driftIssues(report) {
  return report.models.filter((m) => m.monitoring !== void 0).map((m) => driftIssue(report, m));
}
function domainThresholdSource(d) {
  return d.thresholdSource === "permutation" ? `from ${d.permutations} label permutations at these sizes` : "the fixed auc_band max";
}

// src/core/fairness/render.ts
var markdownTable3 = (rows) => markdownTable(rows, { alignDelimiters: false });
var pct2 = (value) => value === null || value === void 0 ? "\u2014" : `${(value * 100).toFixed(1)}%`;
var mermaidText2 = (text) => text.replace(/["\n]/g, "'");
function groupRow(group, judged) {
  const name = `${group.group}${judged ? "" : " \u26A0\uFE0F"}`;
  if ("rates" in group) {
    const r = group.rates;
    return [name, String(group.count), pct2(group.share), pct2(r.base_rate), pct2(r.selection_rate), pct2(r.tpr), pct2(r.fpr), pct2(r.precision), pct2(r.accuracy)];
  }
  return [name, String(group.count), pct2(group.share), num(group.measures.mae), num(group.measures.rmse), num(group.measures.mean_prediction)];
}
function selectionRateChart(attribute) {
  const groups = attribute.groups.filter((g) => "rates" in g && g.rates.selection_rate !== null);
  if (groups.length === 0) return [];
  const percent = (v) => (v * 100).toFixed(1);
  const withInterval = groups.every((g) => g.selectionRateInterval);
  const level = groups[0].selectionRateInterval?.level;
  return [
    "```mermaid",
    "xychart-beta",
    `    title "Selection rate by ${mermaidText2(attribute.name)}${withInterval && level ? ` (lines: ${Math.round(level * 100)}% interval)` : ""}"`,
    `    x-axis [${groups.map((g) => `"${mermaidText2(g.group)}"`).join(", ")}]`,
    '    y-axis "selected (%)" 0 --> 100',
    `    bar [${groups.map((g) => percent(g.rates.selection_rate ?? 0)).join(", ")}]`,
    ...withInterval ? [`    line [${groups.map((g) => percent(g.selectionRateInterval.lower)).join(", ")}]`, `    line [${groups.map((g) => percent(g.selectionRateInterval.upper)).join(", ")}]`] : [],
    "```"
  ];
}
var DECISION_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", error: "\u26D4", skipped: "\u23ED\uFE0F" };
function decisionText(check) {
  const icon = DECISION_ICON[check.verdict] ?? "";
  if (check.value === null || check.value === void 0) return `${icon} ${check.verdict}`;
  if (check.rule === "point-estimate") return `${icon} ${check.verdict} (point estimate)`;
  if (check.verdict === "fail") return `${icon} fail: whole interval outside the bound`;
  if (check.verdict === "warn" && check.interval) return `${icon} warn: outside the bound, not shown broken`;
  return `${icon} ${check.verdict}`;
}
function ruleSentence(fairness, gate) {
  const rule = gate?.checks.find((c) => c.rule)?.rule;
  const level = fairness.intervals ? `${Number((fairness.intervals.level * 100).toPrecision(4))}%` : void 0;
  const how = fairness.intervals ? ` Intervals: ${fairness.intervals.method}.` : "";
  if (rule === "evidence") return `Rule: evidence \u2014 a bound fails only when the whole ${level} interval lies outside it; a value outside the bound whose interval reaches it warns (not shown broken).${how}`;
  if (rule === "point-estimate") return `Rule: point-estimate \u2014 the measured value alone passes or fails.${how}`;
  return how.trim();
}
function attributeSection(attribute, champion, checks) {
  const out = [`**${attribute.name}**`, ""];
  if (attribute.error) return [...out, `\u26D4 ${attribute.error}`, ""];
  const judged = new Set(attribute.compared);
  const binary = attribute.groups.some((g) => "rates" in g);
  const header = binary ? ["Group", "Rows", "Share", "Base rate", "Selected", "TPR", "FPR", "Precision", "Accuracy"] : ["Group", "Rows", "Share", "MAE", "RMSE", "Mean prediction"];
  out.push(markdownTable3([header, ...attribute.groups.map((g) => groupRow(g, judged.has(g.group)))]), "");
  for (const excluded of attribute.excluded) out.push(`- \u26A0\uFE0F ${excluded.group}: ${excluded.reason}`);
  if (attribute.excluded.length > 0) out.push("");
  const championAggregates = new Map((champion?.aggregates ?? []).map((a) => [a.key, a]));
  const level = attribute.aggregates.find((a) => a.ci)?.ci?.level;
  const rows = attribute.aggregates.filter((a) => a.method === "between_groups" && (a.agg === void 0 || a.agg === "worst_case")).map((a) => {
    const check = checks.get(`${a.id} (${attribute.name})`);
    return [
      a.id,
      a.value === null ? `\u2014 (${a.reason ?? a.status})` : num(a.value),
      a.ci ? `[${num(a.ci.lower)}, ${num(a.ci.upper)}]` : "",
      check?.bound ? describeBound(check.bound) : "",
      check ? decisionText(check) : "not gated",
      ...champion ? [num(championAggregates.get(a.key)?.value)] : []
    ];
  });
  if (rows.length > 0) {
    const header2 = ["Aggregate (between groups)", "Value", level ? `${Math.round(level * 100)}% interval` : "Interval", "Bound", "Decision", ...champion ? ["Champion"] : []];
    out.push(markdownTable3([header2, ...rows]), "");
  }
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
function fairnessMarkdown(fairness, gate) {
  const { challenger, champion } = fairness;
  const out = [`<details><summary>Fairness on ${challenger.rows} rows (groups under ${challenger.minGroupSize} rows are reported, not judged)</summary>`, ""];
  const rule = ruleSentence(challenger, gate);
  if (rule) out.push(rule, "");
  for (const note of challenger.notes) out.push(`- ${note}`);
  if (challenger.notes.length > 0) out.push("");
  const checks = new Map((gate?.checks ?? []).map((c) => [c.name, c]));
  for (const attribute of challenger.attributes) out.push(...attributeSection(attribute, champion?.attributes.find((a) => a.name === attribute.name), checks));
  out.push("</details>", "");
  return out;
}

// src/core/report/render/markdown.ts
var markdownTable4 = (rows) => markdownTable(rows, { alignDelimiters: false, padding: true });
var cell2 = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
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
var SIGNATURE_TEXT = { unsigned: "unsigned", good: "\u{1F50F} good", bad: "\u274C bad", unverified: "\u26A0\uFE0F unverified" };
function auditDetails(model) {
  const audit = model.audit;
  if (!audit) return [];
  const out = [];
  if (audit.stages.length > 0) {
    out.push(markdownTable4([["Stage", "Version", "Tag", "Since (UTC)"], ...audit.stages.map((s) => [s.stage, s.version ?? "?", `\`${cell2(s.tag)}\``, timeText(s.since)])]), "");
  } else out.push("_No stage assigned at that time._", "");
  if (audit.events.length > 0) {
    out.push(
      markdownTable4([
        ["Time (UTC)", "Event", "Tag", "Tagger", "Pull request", "Gates", "Signature"],
        ...audit.events.map((e) => [
          timeText(e.time),
          cell2(eventTitle(e)),
          `\`${cell2(e.tag)}\``,
          cell2(e.tagger ?? ""),
          cell2(pullRequestText(e)),
          e.verdict ? `${VERDICT_ICON[e.verdict]} ${e.verdict}` : `evidence ${e.evidence}`,
          SIGNATURE_TEXT[e.signature]
        ])
      ]),
      ""
    );
  }
  if (audit.versions.length > 0) {
    out.push(markdownTable4([["Version", "Tag", "Artifact"], ...audit.versions.map((v) => [v.version, `\`${cell2(v.tag)}\``, `${v.artifact?.status === "match" ? "\u2705" : "\u274C"} ${cell2(artifactStatusText(v))}`])]), "");
  }
  return out;
}
function checklistDetails(model) {
  const checklist = model.checklist;
  if (!checklist) return [];
  const out = [`<details><summary>Readiness checklist: ${checklistText(model)}</summary>`, ""];
  for (const section of checklistSections(checklist.items)) {
    const items = checklist.items.filter((i) => i.section === section);
    out.push(`**${section}** \u2014 ${sectionTitle(section, checklist.sectionTitles)}`, "");
    out.push(
      markdownTable4([
        ["Item", "Required", "Status", "Evidence"],
        ...items.map((i) => [`\`${i.id}\``, i.required ? "yes" : "", i.status === "answered" && i.answer === "n/a" ? "\u2796 n/a" : STATUS_TEXT[i.status], cell2(i.proof ?? i.contradiction ?? (i.evidence ?? []).join("; "))])
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
      cell2(c.name),
      checkValue(c),
      cell2(boundText(c)),
      c.champion === void 0 ? "" : `${num(c.champion)}${c.against === "baseline" ? " (baseline)" : ""}`,
      c.delta === void 0 ? "" : signed(c.delta),
      `${VERDICT_ICON[c.verdict]} ${c.verdict}`,
      c.verdict === "pass" ? "" : cell2(c.message ?? "")
    ])
  );
  if (rows.length === 0) return [];
  return [markdownTable4([["Gate", "Check", "Value", "Bound", "Compared with", "\u0394", "Verdict", "Why"], ...rows]), ""];
}
function evaluationDetails(model) {
  const e = model.evaluation;
  if (!e) return [];
  const out = [`<details><summary>Evaluation on <code>${e.dataset}</code> (${e.rows} rows)</summary>`, ""];
  const championMetrics = e.champion?.metrics;
  out.push(
    markdownTable4([
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
      markdownTable4([
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
      markdownTable4([
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
  return markdownTable4([
    ["Model", "Version", "Stage", "Change", "Checklist", "Verdict"],
    ...models.map((m) => [
      `\`${m.name}\``,
      m.version ?? "",
      m.stage ?? "",
      cell2(changeText(m)),
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
    if (model.enforcement) out.push(`**Policy:** ${enforcementText(model.enforcement)}.`, "");
    if (model.promotion) out.push(`**Promotion:** ${promotionText(model.promotion)}`, "");
    if (model.findings.length > 0) out.push(...findingsList(model.findings, withCode), "");
    out.push(...auditDetails(model));
    if (model.gates.length > 0) {
      out.push(markdownTable4([["Gate", "Verdict", "Summary"], ...model.gates.map((g) => [g.gate, `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell2(g.summary)])]), "");
      out.push(...gateDetails(model));
    }
    out.push(...evaluationDetails(model));
    if (model.evaluation?.fairness) out.push(...fairnessMarkdown(model.evaluation.fairness, model.gates.find((g) => g.gate === "fairness")));
    if (model.evaluation?.drift) out.push(...driftMarkdown(model.evaluation.drift, { open: report.command === "drift" }));
    if (model.monitoring) out.push(`**Monitoring:** ${monitoringText(model.monitoring)}.`, "");
    out.push(...checklistDetails(model), "");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

export {
  decisionText,
  ruleSentence,
  fairnessMarkdown,
  driftScoreText,
  thresholdText,
  statisticText,
  thresholdModeText,
  methodText,
  orderedColumns,
  monitoringText,
  driftText,
  driftIssue,
  driftIssues,
  domainThresholdSource,
  markdownTable4 as markdownTable,
  cell2 as cell,
  modelTable,
  reportHeading,
  renderMarkdown
};
