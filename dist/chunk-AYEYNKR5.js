import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  renderMarkdown
} from "./chunk-RIXTTFIB.js";
import {
  SECTIONS,
  auditScopeText,
  badge,
  boundText,
  changeText,
  checkValue,
  checklistSections,
  checklistText,
  code,
  escapeHtml,
  html,
  location,
  modelTitle,
  n,
  num,
  sectionTitle,
  signed,
  summaryText,
  table
} from "./chunk-ISKUHNDR.js";

// src/commands/report-files.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/core/report/json.ts
function modelJsonInReport(model) {
  const wrapped = JSON.stringify({ models: [model] }, null, 2);
  return wrapped.slice(PREFIX.length, wrapped.length - SUFFIX.length);
}
var PREFIX = '{\n  "models": [\n    ';
var SUFFIX = "\n  ]\n}";
function reportJsonFrom(report, modelJson) {
  return [...reportJsonChunks(report, modelJson)].join("");
}
function reportJsonFrame(report) {
  if (report.models.length === 0) return void 0;
  const rest = JSON.stringify({ ...report, models: [] }, null, 2);
  const open = rest.indexOf('\n  "models": []') + '\n  "models": ['.length;
  return { head: `${rest.slice(0, open)}
    `, tail: `
  ${rest.slice(open)}
` };
}
var MODEL_SEPARATOR = ",\n    ";
function* reportJsonChunks(report, modelJson, size = 1 << 20) {
  const frame = reportJsonFrame(report);
  if (frame === void 0) {
    yield `${JSON.stringify(report, null, 2)}
`;
    return;
  }
  let pending = [frame.head];
  let length = pending[0].length;
  for (const [i, model] of report.models.entries()) {
    const text = i === 0 ? modelJson(model) : `${MODEL_SEPARATOR}${modelJson(model)}`;
    pending.push(text);
    length += text.length;
    if (length >= size) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  pending.push(frame.tail);
  yield pending.join("");
}

// src/core/report/render/html.ts
var STYLE = `
:root{color-scheme:light}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;max-width:1180px;margin:1.5em auto;padding:0 1em}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.35em;margin-top:2.2em;border-bottom:2px solid #d0d7de;padding-bottom:.2em}
h3{font-size:1.1em;margin-top:1.8em;border-bottom:1px solid #eaeef2;padding-bottom:.15em}h4{font-size:1em;margin:1.2em 0 .4em}
table{border-collapse:collapse;margin:.5em 0 1em}table.wide{width:100%}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}tbody th{font-weight:600;background:#fbfcfd}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
caption{text-align:left;font-weight:600;padding:.3em 0}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;padding:1px 4px;border-radius:4px}
.muted{color:#656d76}.why{color:#424a53}.v{font-weight:600;padding:1px 7px;border-radius:10px;white-space:nowrap}
.pass{background:#dafbe1;color:#116329}.warn{background:#fff8c5;color:#7d4e00}.fail,.error{background:#ffebe9;color:#a40e26}.skipped{background:#eaeef2;color:#57606a}
.banner{font-size:1.25em;font-weight:700;padding:.6em 1em;border-radius:8px;margin:.6em 0}
.banner small{font-weight:400;font-size:.75em;margin-left:.6em}
ul.findings{padding-left:1.2em}li.error{color:#a40e26}li.warning{color:#7d4e00}li .hint{color:#656d76;font-style:italic}
figure{margin:.6em 0 1.2em;overflow-x:auto}figcaption{color:#424a53;font-size:.92em;margin-top:.2em}
svg.chart{max-width:100%;height:auto;display:block}svg.chart text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#1f2328}
svg.chart text.tick,svg.chart text.note{fill:#57606a}svg.chart text.value{font-size:10px;fill:#424a53}
.legend{display:flex;gap:1.2em;flex-wrap:wrap;font-size:.92em;margin:.2em 0}.key{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.35em}
.key.line{height:0;border-top:2px dashed;border-radius:0;vertical-align:.25em}
nav.models ul{padding-left:1.2em;columns:2}
section.model{margin-bottom:2.5em}
[class^=status-]{white-space:nowrap}.status-verified,.status-answered{color:#116329}.status-unanswered{color:#57606a}.status-no-evidence{color:#7d4e00}.status-answered-no,.status-placeholder,.status-contradicted{color:#a40e26}
footer{margin-top:3em;border-top:1px solid #d0d7de;padding-top:.6em;color:#656d76;font-size:.9em}
@media print{body{max-width:none;margin:0}h2{break-before:page}figure,table{break-inside:avoid}}
`;
var CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
function findings(list) {
  if (list.length === 0) return "";
  const items = list.map((f) => {
    const where = location(f);
    return `<li class="${f.severity}"><strong>${escapeHtml(f.severity)}</strong> ${code(f.code)} ${where ? `${code(where)} ` : ""}${escapeHtml(f.message)}${f.hint ? ` <span class="hint">\u2014 ${escapeHtml(f.hint)}</span>` : ""}</li>`;
  });
  return `<ul class="findings">${items.join("")}</ul>`;
}
function gates(list) {
  if (list.length === 0) return "";
  const out = ["<h3>Gates</h3>", table(["Gate", "Verdict", "Blocking", "Summary"], list.map((g) => [g.gate, html(badge(g.verdict)), g.blocking ? "blocking" : "advisory", g.summary]), { wide: true })];
  for (const g of list) {
    if (g.checks.length === 0) continue;
    out.push(
      table(
        ["Check", "Value", "Bound", "Compared with", "\u0394", "Verdict", "Why"],
        g.checks.map((c) => [
          c.name,
          n(checkValue(c)),
          n(boundText(c)),
          c.champion === void 0 ? "" : n(`${num(c.champion)}${c.against === "baseline" ? " (baseline)" : " (champion)"}`),
          c.delta === void 0 ? "" : n(signed(c.delta)),
          html(badge(c.verdict)),
          html(`<span class="why">${escapeHtml(c.message ?? "")}</span>`)
        ]),
        { caption: `${g.gate}: ${g.verdict} \u2014 ${g.summary}`, wide: true, dropEmptyColumns: true }
      )
    );
  }
  return out.join("\n");
}
var STATUS_TEXT = { verified: "\u2714 verified", answered: "\u2714 answered", unanswered: "unanswered", "no-evidence": "! no evidence", "answered-no": "\u2716 no", placeholder: "\u2716 placeholder", contradicted: "\u2716 contradicted" };
function checklistSection(model) {
  const checklist = model.checklist;
  if (!checklist) return "";
  const out = [`<h3>Readiness checklist</h3>`, `<p>${escapeHtml(checklistText(model))}.</p>`];
  for (const section of checklistSections(checklist.items)) {
    const items = checklist.items.filter((i) => i.section === section);
    if (items.length === 0) continue;
    out.push(
      table(
        ["Item", "Question", "Required", "Status", "Evidence"],
        items.map((i) => [
          html(code(i.id)),
          i.question,
          i.required ? "yes" : "",
          html(`<span class="status-${i.status}">${escapeHtml(i.status === "answered" && i.answer === "n/a" ? "n/a" : STATUS_TEXT[i.status])}</span>`),
          i.proof ?? i.contradiction ?? (i.evidence ?? []).join("; ")
        ]),
        { caption: `${section} \u2014 ${sectionTitle(section, checklist.sectionTitles)}`, wide: true }
      )
    );
  }
  return out.join("\n");
}
var modelId = (index) => `model-${index + 1}`;
function slot(name, model, context) {
  return SECTIONS.flatMap((section) => {
    const part = section.html?.[name]?.(model, context);
    return part === void 0 ? [] : [part];
  });
}
function modelSection(m, index, context) {
  const out = [
    `<section class="model" id="${modelId(index)}" aria-labelledby="${modelId(index)}-title">`,
    `<h2 id="${modelId(index)}-title">${escapeHtml(modelTitle(m))} ${badge(m.verdict)}</h2>`,
    `<p class="muted">Manifest ${code(m.manifest)}${m.change ? ` \xB7 ${escapeHtml(changeText(m))}` : ""}</p>`
  ];
  out.push(...slot("status", m, context), findings(m.findings), ...slot("history", m, context), gates(m.gates));
  const e = m.evaluation;
  if (e) out.push([`<h3>Evaluation on ${code(e.dataset)} (${e.rows} rows)</h3>`, ...slot("evaluation", m, context)].join("\n"));
  out.push(...slot("details", m, context), checklistSection(m), "</section>");
  return out.filter((part) => part !== "").join("\n");
}
function renderHtml(report) {
  const title = `modelops ${report.command}: ${report.verdict}`;
  const base = report.repository.base;
  const body = [
    "<header>",
    `<h1>modelops ${escapeHtml(report.command)}</h1>`,
    `<p class="banner ${report.verdict}" role="status">Verdict: ${escapeHtml(report.verdict.toUpperCase())}<small>${escapeHtml(summaryText(report))} \xB7 exit ${report.exitCode}</small></p>`,
    `<p class="muted">${escapeHtml(report.repository.root)} \xB7 ${escapeHtml(report.createdAt)} \xB7 modelops ${escapeHtml(report.tool.version)}</p>`,
    base ? `<p class="muted">Compared with ${code(base.ref)} (${escapeHtml(base.commit.slice(0, 12))})</p>` : "",
    report.audit ? `<p class="muted">${escapeHtml(auditScopeText(report))}</p>` : "",
    "</header>",
    "<main>",
    findings(report.findings),
    table(
      ["Model", "Version", "Stage", "Change", "Checklist", "Verdict", "Findings"],
      report.models.map((m, i) => [
        html(`<a href="#${modelId(i)}">${code(m.name)}</a>`),
        m.version ?? "",
        m.stage ?? "",
        changeText(m),
        m.checklist ? n(`${m.checklist.satisfiedRequired}/${m.checklist.required}`) : "",
        html(badge(m.verdict)),
        n(String(m.findings.length))
      ]),
      { caption: "Models", wide: true }
    ),
    ...report.models.map((m, i) => modelSection(m, i, { report })),
    "</main>",
    `<footer>Rendered from the ${escapeHtml(report.command)} report (${escapeHtml(report.apiVersion)}, schemas/report.schema.json) by modelops ${escapeHtml(report.tool.version)}. Self-contained: no scripts, nothing loaded from the network.</footer>`
  ];
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    body.filter((part) => part !== "").join("\n"),
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

// src/commands/report-files.ts
var writtenAhead = /* @__PURE__ */ new WeakMap();
function rememberModelJson(model, text) {
  writtenAhead.set(model, text);
}
function forgetModelJson(model) {
  writtenAhead.delete(model);
}
var reportJson = (report) => reportJsonFrom(report, modelJsonOf);
var utf8 = new TextDecoder();
var modelJsonOf = (model) => {
  const ahead = writtenAhead.get(model);
  if (ahead === void 0) return modelJsonInReport(model);
  return typeof ahead === "string" ? ahead : utf8.decode(ahead);
};
function* reportJsonByteGroups(report, size = 1 << 20) {
  const frame = reportJsonFrame(report);
  if (frame === void 0) {
    yield [Buffer.from(reportJson(report))];
    return;
  }
  const separator = Buffer.from(MODEL_SEPARATOR);
  let pending = [Buffer.from(frame.head)];
  let length = pending[0].length;
  const add = (bytes) => {
    pending.push(bytes);
    length += bytes.length;
  };
  for (const [i, model] of report.models.entries()) {
    if (i > 0) add(separator);
    const ahead = writtenAhead.get(model);
    add(ahead === void 0 ? Buffer.from(modelJsonInReport(model)) : typeof ahead === "string" ? Buffer.from(ahead) : ahead);
    if (length >= size) {
      yield pending;
      pending = [];
      length = 0;
    }
  }
  add(Buffer.from(frame.tail));
  yield pending;
}
function* reportJsonBytes(report, size = 1 << 20) {
  for (const group of reportJsonByteGroups(report, size)) yield group.length === 1 ? group[0] : Buffer.concat(group);
}
function reportFilePaths(dir) {
  const at = resolve(dir);
  return { json: join(at, "report.json"), markdown: join(at, "report.md"), html: join(at, "report.html") };
}
async function writeReportFiles(report, dir) {
  const paths = reportFilePaths(dir);
  await mkdir(resolve(dir), { recursive: true });
  await writeFile(paths.json, reportJsonBytes(report));
  await writeFile(paths.markdown, renderMarkdown(report));
  await writeFile(paths.html, renderHtml(report));
  return paths;
}

export {
  modelJsonInReport,
  rememberModelJson,
  forgetModelJson,
  reportFilePaths,
  writeReportFiles
};
