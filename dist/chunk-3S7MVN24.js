import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  VERDICT_ICON,
  boundText,
  checkValue,
  markdownTable,
  modelTitle,
  num
} from "./chunk-BTKPI3V7.js";
import {
  severity
} from "./chunk-FDSW7Y3A.js";

// src/core/render/drift.ts
var markdownTable2 = (rows) => markdownTable(rows, { alignDelimiters: false });
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var pct = (share) => `${(share * 100).toFixed(1)}%`;
var mermaidText = (text) => text.replace(/["\n]/g, "'");
function driftScoreText(column) {
  if (!column.evaluated) return "\u2014";
  if (column.scoreKind === "p-value") {
    const adjusted = column.adjustedPValue !== void 0 && column.adjustedPValue !== column.pValue ? ` (adj. ${num(column.adjustedPValue)})` : "";
    return `p ${num(column.pValue)}${adjusted}`;
  }
  return num(column.distance);
}
var methodText = (column) => {
  const facts = [column.detail?.["pValueMethod"], column.detail?.["approximation"]].filter((f) => typeof f === "string");
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
    `**Features:** ${drifted.length > 0 ? `${drifted.join(", ")} drifted` : "none drifted"} \u2014 ${pct(f.share)} of the tested features; the dataset counts as drifted at \u2265 ${pct(f.driftShare)}${f.datasetDrifted ? " \u274C" : ""}. Correction: ${f.correction}.`,
    ""
  );
  out.push(
    markdownTable2([
      ["Feature", "Type", "Method", "Statistic", "p (adjusted) / distance", "Threshold", "Drifted", "Missing (ref \u2192 cur)"],
      ...orderedColumns(f.columns).map((c) => [
        `\`${cell(c.column)}\``,
        c.kind,
        cell(methodText(c)),
        c.evaluated ? num(c.statistic) : cell(c.error ?? "not evaluated"),
        driftScoreText(c),
        `${c.scoreKind === "distance" ? "\u2265 " : c.scoreKind === "p-value" ? "< " : ""}${num(c.threshold)}`,
        c.drifted ? "\u274C yes" : c.evaluated ? "no" : "\u2014",
        missingText(c)
      ])
    ]),
    ""
  );
  if (drift.histogram) out.push(...histogramChart(drift.histogram), "");
  if (drift.prediction) {
    const p = drift.prediction;
    out.push(`**Prediction drift** (${cell(p.output)}): ${cell(methodText(p))} ${p.evaluated ? `statistic ${num(p.statistic)}, ${driftScoreText(p)}, threshold ${num(p.threshold)}` : cell(p.error ?? "")} \u2014 ${p.drifted ? "\u274C drifted" : "no drift"}.`, "");
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    out.push(
      `**Domain classifier:** cross-validated ROC AUC ${num(d.auc)} (band ${num(d.band.min)}\u2013${num(d.band.max)}) \u2014 ${d.auc > d.band.max ? "\u274C the samples can be told apart" : d.auc < d.band.min ? "\u26A0\uFE0F below the band (sampling noise)" : "no drift"}. ${cell(d.model)}; ${d.rows.reference.used} reference and ${d.rows.current.used} current rows.`,
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
  lines.push(`    features: ${f.drifted} of ${f.evaluated} drifted (${pct(f.share)}; dataset drifts at \u2265 ${pct(f.driftShare)})${drifted.length > 0 ? ":" : ""}`);
  for (const c of drifted) lines.push(`      ${c.column}: ${methodText(c)} ${driftScoreText(c)} (threshold ${num(c.threshold)})`);
  const missing = f.columns.filter((c) => c.missing.changed);
  if (missing.length > 0) lines.push(`    missing values changed: ${missing.map((c) => `${c.column} ${missingText(c)}`).join(", ")}`);
  if (drift.prediction) lines.push(`    prediction (${drift.prediction.output}): ${methodText(drift.prediction)} ${driftScoreText(drift.prediction)}${drift.prediction.drifted ? " \u2014 drifted" : ""}`);
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    lines.push(`    domain classifier AUC ${num(d.auc)} (band ${num(d.band.min)}\u2013${num(d.band.max)}); top: ${d.topFeatures.slice(0, 3).map((t) => t.column).join(", ")}`);
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

export {
  driftScoreText,
  methodText,
  orderedColumns,
  driftMarkdown,
  monitoringText,
  driftText,
  driftIssue,
  driftIssues
};
