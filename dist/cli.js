#!/usr/bin/env node
import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  promote
} from "./chunk-OYTFE2MF.js";
import {
  DRIFT_HELP,
  SQL_DIALECTS,
  drift,
  profileColumns,
  profileFromRows,
  profileSql
} from "./chunk-IEOAN5WW.js";
import {
  audit,
  auditEvent
} from "./chunk-XW5HDWOZ.js";
import {
  cell,
  decisionText,
  domainThresholdSource,
  driftIssues,
  driftScoreText,
  driftText,
  fairnessMarkdown,
  markdownTable,
  methodText,
  monitoringText,
  orderedColumns,
  renderMarkdown,
  ruleSentence,
  statisticText,
  thresholdModeText,
  thresholdText
} from "./chunk-XTBNGVMF.js";
import {
  VERDICT_ICON,
  VERDICT_MARK,
  artifactStatusText,
  auditScopeText,
  boundText,
  changeText,
  checkValue,
  checklistText,
  escapeHtml,
  eventTitle,
  intervalText,
  location,
  modelTitle,
  num,
  promotionText,
  pullRequestText,
  signed,
  stagesText,
  summaryText,
  timeText
} from "./chunk-SGSANGQA.js";
import {
  gate
} from "./chunk-EZKRJPE5.js";
import {
  numberFromText,
  readTable
} from "./chunk-GT4MX42V.js";
import "./chunk-EZYPHHJR.js";
import {
  MISSING_CODE,
  ProfileError,
  describeBound,
  parseProfile,
  profileTable
} from "./chunk-L4QGIV7C.js";
import {
  assertedApprovalSource
} from "./chunk-FM67PX22.js";
import {
  evidenceOf,
  openGitHistory,
  registryEvents
} from "./chunk-LY3PWOLC.js";
import {
  enforcementText
} from "./chunk-W65AZEPJ.js";
import "./chunk-UY7GAYYN.js";
import {
  DataFormatError,
  OnnxGraphError,
  RepoFiles,
  UsageError,
  formatOf,
  loadManifest,
  readColumns,
  readOnnxGraph,
  readPolicy,
  resolveGivenPaths,
  sha256File,
  validate,
  validateRepository
} from "./chunk-GZWLOQ3Y.js";
import {
  require_picomatch
} from "./chunk-KYHUFTTQ.js";
import {
  CHECKLIST,
  CHECKLIST_SECTIONS,
  DRIFT_METHODS,
  FAIRNESS_METRICS,
  PERFORMANCE_METRICS,
  SECTION_TITLES,
  checklistItemId,
  checklistSections,
  folderName,
  metricById,
  parseYamlSource,
  pathShapeProblem,
  sectionTitle
} from "./chunk-AV2Z3ROV.js";
import {
  CHECKLIST_SECTION_PATTERN,
  DURATION_PATTERN,
  NAME_PATTERN,
  OWNER_PATTERN,
  SEMVER_PATTERN,
  SHA256_PATTERN,
  registerTagName
} from "./chunk-KEUM6VTA.js";
import {
  STAGES,
  TASKS
} from "./chunk-CE3A4YL5.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  GitError,
  openGit,
  wo
} from "./chunk-7OWB3DJH.js";
import {
  __toESM
} from "./chunk-RFEL46WT.js";

// src/cli.ts
import { existsSync } from "node:fs";
import { writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// src/commands/card.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/promotion/card.ts
var list = (items) => items.map((i) => `- ${i}`);
var describeBound2 = (b) => [b.min !== void 0 ? `\u2265 ${b.min}` : "", b.max !== void 0 ? `\u2264 ${b.max}` : ""].filter((x) => x !== "").join(", ");
function overview(m) {
  const rows = [
    ["Version", m.metadata.version],
    ["Stage", m.stage],
    ["Task", m.problem.task],
    ["Owners", m.metadata.owners.join(", ")],
    ...Object.entries(m.metadata.labels ?? {}).map(([k, v]) => [`Label \`${k}\``, v])
  ];
  return [markdownTable([["", ""], ...rows.map(([k, v]) => [k, cell(v)])]), ""];
}
function intendedUse(m) {
  const out = ["## Intended use", "", m.problem.statement.trim(), ""];
  if (m.problem.kpis && m.problem.kpis.length > 0) {
    out.push("**Key performance indicators**", "", markdownTable([["KPI", "Definition", "Target"], ...m.problem.kpis.map((k) => [cell(k.name), cell(k.description ?? ""), cell(k.target ?? "")])]), "");
  }
  const acceptance = m.problem.acceptance === void 0 ? [] : [m.problem.acceptance].flat();
  if (acceptance.length > 0) out.push("**Acceptance criteria**", "", ...list(acceptance), "");
  const misuse = m.checklist["usable"]?.["misuse"];
  if (misuse) out.push(`**Misuse considered:** ${misuse.answer}${misuse.evidence ? ` \u2014 ${[misuse.evidence].flat().join("; ")}` : ""}`, "");
  return out;
}
function modelSection(m) {
  const a = m.artifact;
  const rows = [
    ["Artifact", `\`${a.path}\` (${a.format})`],
    ["sha256", `\`${a.sha256}\``],
    ["Inputs", a.inputs.layout === "tensor" ? "one tensor of all features, in the order below" : "one input per column"],
    ...a.threshold !== void 0 ? [["Decision threshold", String(a.threshold)]] : []
  ];
  return ["## Model", "", markdownTable([["", ""], ...rows.map(([k, v]) => [k, cell(v)])]), ""];
}
function dataSection(m) {
  const d = m.data;
  const out = ["## Data", "", `Label: \`${d.label.column}\`${d.label.positive !== void 0 ? ` (positive class \`${String(d.label.positive)}\`)` : ""}.`, ""];
  const datasets = ["training", "evaluation", "reference"].flatMap((role) => {
    const ds = d[role];
    return ds ? [[role, cell(ds.path ?? ds.uri ?? ""), ds.rows === void 0 ? "" : String(ds.rows), cell(ds.provenance ?? ds.description ?? ""), ds.sha256 ? `\`${ds.sha256.slice(0, 12)}\u2026\`` : ""]] : [];
  });
  out.push(markdownTable([["Dataset", "Where", "Rows", "Provenance", "sha256"], ...datasets]), "");
  out.push(`**Features** (${d.features.length})`, "", markdownTable([["Feature", "Type", "Description"], ...d.features.map((f) => [`\`${f.name}\``, f.type, cell(f.description ?? "")])]), "");
  if (d.sensitive && d.sensitive.length > 0) {
    out.push("**Sensitive attributes**", "", markdownTable([["Attribute", "Column", "Groups"], ...d.sensitive.map((s) => [s.name, `\`${s.column}\``, s.bins ? `bins at ${s.bins.join(", ")}` : "categories"])]), "");
  }
  return out;
}
function evaluationSection(model, evidence, m) {
  const out = ["## Evaluation", ""];
  if (!evidence || !model) {
    out.push("_No promotion evidence yet: `modelops gate` measures the model, `modelops promote` records it in a tag._", "");
    return out;
  }
  const stale = evidence.version !== m.metadata.version ? ` \u2014 **for version ${evidence.version}, not ${m.metadata.version}**` : "";
  out.push(`From the evidence of \`${evidence.tag}\` (promoted commit \`${evidence.mergeCommit.slice(0, 12)}\`, ${timeText(evidence.createdAt)} UTC)${stale}: gates ${VERDICT_ICON[evidence.verdict]} ${evidence.verdict}.`, "");
  if (model.gates.length > 0) out.push(markdownTable([["Gate", "Verdict", "Summary"], ...model.gates.map((g) => [g.gate, `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)])]), "");
  const e = model.evaluation;
  if (e) {
    out.push(`**Metrics** on \`${e.dataset}\` (${e.rows} rows)`, "");
    const bounds = m.gates?.performance?.metrics ?? {};
    out.push(markdownTable([["Metric", "Value", "Bound"], ...Object.entries(e.metrics).map(([id, v]) => [id, num(v), bounds[id] ? describeBound2(bounds[id]) : ""])]), "");
    if (e.confusion) out.push(`Confusion matrix at the threshold: TN ${e.confusion.tn}, FP ${e.confusion.fp}, FN ${e.confusion.fn}, TP ${e.confusion.tp}.`, "");
    if (e.operational) out.push(`Latency p95 ${num(e.operational.latencyMs.p95)} ms, throughput ${num(e.operational.throughputRowsPerS)} rows/s, model ${num(e.operational.modelSizeMb)} MiB.`, "");
    if (e.baseline) {
      out.push(`**Against the baseline** (${e.baseline.kind}: ${e.baseline.description})`, "", markdownTable([["Metric", "Model", "Baseline", "\u0394"], ...e.baseline.comparisons.map((c) => [c.metric, num(c.challenger), num(c.champion), signed(c.delta)])]), "");
    }
    if (e.champion) {
      out.push(`**Against the production version** ${e.champion.version} (\`${e.champion.source}\`)`, "", markdownTable([["Metric", "Model", "Production", "\u0394", "Regression"], ...e.champion.comparisons.map((c) => [c.metric, num(c.challenger), num(c.champion), signed(c.delta), c.regression ? "yes" : "no"])]), "");
    }
    if (e.fairness) out.push("## Fairness", "", ...fairnessMarkdown(e.fairness, model.gates.find((g) => g.gate === "fairness")), "");
  }
  return out;
}
function operationsSection(m) {
  const out = ["## Deployment and monitoring", ""];
  const dep = m.deployment;
  const mon = m.monitoring;
  const rows = [];
  if (dep?.mode) rows.push(["Mode", dep.mode]);
  if (dep?.strategy) rows.push(["Rollout", dep.strategy]);
  if (dep?.rollback) rows.push(["Rollback", `${dep.rollback.plan}${dep.rollback.to_version ? ` (to ${dep.rollback.to_version})` : ""}`]);
  if (dep?.fallback) rows.push(["Fallback", dep.fallback.plan]);
  if (mon?.schedule) rows.push(["Monitoring schedule", `\`${mon.schedule}\``]);
  if (m.gates?.drift) rows.push(["Drift", `method ${m.gates.drift.method ?? "auto"}${m.gates.drift.drift_share !== void 0 ? `, alert when ${m.gates.drift.drift_share * 100}% of features drift` : ""}`]);
  if (mon?.retraining) rows.push(["Retraining", `between ${mon.retraining.min_interval ?? "\u2014"} and ${mon.retraining.max_interval ?? "\u2014"}${mon.retraining.trigger ? `, trigger ${mon.retraining.trigger.type}` : ""}`]);
  if (rows.length === 0) out.push("_Not declared in the manifest._", "");
  else out.push(markdownTable([["", ""], ...rows.map(([k, v]) => [k, cell(v)])]), "");
  return out;
}
function checklistSection(model, m) {
  const out = ["## Readiness checklist", ""];
  const checklist2 = model?.checklist;
  if (checklist2) {
    out.push(`${checklist2.satisfiedRequired} of ${checklist2.required} items the stage requires are satisfied; ${checklist2.verified} are proven by the manifest itself.`, "");
    const rows = checklistSections(checklist2.items).map((section) => {
      const items = checklist2.items.filter((i) => i.section === section);
      return [`${section} \u2014 ${sectionTitle(section, checklist2.sectionTitles)}`, `${items.filter((i) => i.satisfied).length}/${items.length}`];
    });
    out.push(markdownTable([["Section", "Satisfied"], ...rows]), "");
    const gaps = checklist2.items.filter((i) => !i.satisfied);
    if (gaps.length > 0) out.push("**Open items**", "", ...list(gaps.map((i) => `\`${i.id}\` (${i.status}): ${i.question}`)), "");
    return out;
  }
  const answered = Object.values(m.checklist).reduce((n2, section) => n2 + Object.keys(section ?? {}).length, 0);
  out.push(`${answered} items answered in the manifest (see \`modelops validate\` for what the stage requires).`, "");
  return out;
}
function historySection(history) {
  const out = ["## Registry history and approvals", ""];
  if (history.length === 0) {
    out.push("_Not registered yet._", "");
    return out;
  }
  out.push(markdownTable([["Time (UTC)", "Event", "Tag", "Pull request", "Gates"], ...history.map((e) => [timeText(e.time), cell(eventTitle(e)), `\`${cell(e.tag)}\``, cell(pullRequestText(e)), e.verdict ?? `evidence ${e.evidence}`])]), "");
  return out;
}
function waiversSection(waivers) {
  if (!waivers || waivers.length === 0) return [];
  return [
    "## Waivers used",
    "",
    markdownTable([["Tag", "Check", "Version", "Approved by", "Until", "Reason", "Where"], ...waivers.map((w) => [`\`${cell(w.tag)}\``, cell(w.check), cell(w.version ?? ""), cell(w.approvedBy.join(", ")), cell(w.expires), cell(w.reason), cell(`${w.file ?? "modelops.yaml"}${w.line ? `:${w.line}` : ""}`)])]),
    ""
  ];
}
function renderCard(input) {
  const m = input.manifest;
  const model = input.evidence?.report.models.find((r) => r.name === m.metadata.name) ?? input.evidence?.report.models[0];
  const out = [`# Model card: ${m.metadata.name} ${m.metadata.version}`, ""];
  if (m.metadata.description) out.push(`> ${m.metadata.description.trim().replace(/\n/g, " ")}`, "");
  out.push(...overview(m), ...intendedUse(m), ...modelSection(m), ...dataSection(m), ...evaluationSection(model, input.evidence, m), ...operationsSection(m), ...checklistSection(model, m), ...waiversSection(input.waivers), ...historySection(input.history));
  out.push("---", "", `_Generated by modelops ${input.toolVersion} from \`${input.manifestPath}\`${input.evidence ? ` and the evidence in tag \`${input.evidence.tag}\`` : ""}._`);
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

// src/commands/card.ts
function latestEvidence(events, version) {
  const newestFirst = [...events].reverse().map(evidenceOf).filter((e) => e?.report !== void 0);
  return newestFirst.find((e) => e.version === version) ?? newestFirst[0];
}
async function card(options) {
  let files;
  try {
    files = await RepoFiles.open(options.repo);
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { policy } = await readPolicy(files);
  const isManifest = (0, import_picomatch.default)(policy.manifests, { dot: false });
  const manifests = await files.findManifests(policy.manifests);
  const path = manifests.find((p) => isManifest(p) && folderName(p) === options.name);
  if (!path) throw new UsageError(`no manifest for model '${options.name}' (looked for ${policy.manifests.join(", ")} in ${options.repo})`);
  const loaded = loadManifest(await files.read(path), path);
  if (!loaded.ok) throw new UsageError(`${path} is not a valid manifest (${loaded.findings.length} problem(s)): run modelops validate ${path}`);
  const manifest = loaded.value;
  let events = [];
  try {
    const history = await openGitHistory(files.realRoot);
    events = registryEvents(await history.tagRecords(), { only: /* @__PURE__ */ new Set([manifest.metadata.name]), reports: true }).get(manifest.metadata.name) ?? [];
  } catch {
  }
  const evidence = latestEvidence(events, manifest.metadata.version);
  const waivers = events.flatMap((e) => {
    const found = evidenceOf(e);
    return (found?.report?.models ?? []).flatMap((m) => (m.enforcement?.waivers ?? []).map((w) => ({ ...w, tag: e.tag.tag })));
  });
  return renderCard({
    manifest,
    manifestPath: path,
    ...evidence ? { evidence } : {},
    history: events.filter((e) => e.time !== void 0).map((e) => auditEvent(e, void 0)),
    ...waivers.length > 0 ? { waivers } : {},
    toolVersion: TOOL_VERSION
  });
}

// src/commands/profile.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var PROFILE_HELP = `Usage: modelops profile FILE [options]
       modelops profile --sql --table TABLE [options]
       modelops profile --from-rows ROWS.json [options]

Profiles data for drift checks without moving it: per feature, the share of missing values, bin counts
and sums over equal-width bins (numeric) or category counts (categorical), as JSON
(schemas/profile.schema.json). \`modelops drift --current PROFILE.json\` compares a current profile
with the reference; KS and Wasserstein are then binned approximations, and the report says so.

  FILE                 Profile a local CSV, JSONL or Parquet file (path as given, relative to the
                       working directory) and print the profile
  --sql                Print the SQL that computes the same profile in a warehouse, for --table
  --table TABLE        Table (or view, or subquery in parentheses) the SQL reads
  --dialect NAME       duckdb (default), spark or bigquery: identifier quoting and type names only
  --from-rows FILE     Turn the SQL's result rows, saved as JSON (an array) or JSON lines, into the
                       profile (e.g. DuckDB: COPY (<sql>) TO 'rows.json' (FORMAT JSON))

Options:
  --repo DIR           Repository root (default: .)
  --model NAME         Whose features to profile (default: the repository's only model)
  --reference FILE     Count numeric features over this reference profile's bin edges (a current
                       profile). Without it, the profile is a reference profile over its own range
  --bins N             Equal-width bins per numeric feature of a reference profile (default 100)
  --output FILE        Write the profile (or the SQL) to FILE instead of standard output
  -h, --help           Show this help

Exit codes: 0 done, 2 invalid input or usage.
`;
async function columnsFor(options) {
  if (options.columns && options.columns.length > 0) return options.columns;
  const { manifests } = await validateRepository({ repo: options.repo ?? "." }, "profile");
  const all = [...manifests.values()];
  let manifest;
  if (options.model !== void 0) {
    manifest = all.find((m) => m.metadata.name === options.model);
    if (!manifest) throw new UsageError(`no valid manifest for model '${options.model}' in ${options.repo ?? "."} (models: ${all.map((m) => m.metadata.name).join(", ") || "none"})`);
  } else if (all.length === 1) manifest = all[0];
  else throw new UsageError(`name the model whose features to profile (--model NAME); ${options.repo ?? "."} has ${all.length} valid manifests`);
  return profileColumns(manifest);
}
async function readProfile(path) {
  let json;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ProfileError(`${path}: not a JSON profile (${error.message})`);
  }
  return parseProfile(json, path);
}
async function profile(file, options = {}) {
  const columns = await columnsFor(options);
  const format = formatOf(file);
  if (!format) throw new UsageError(`${file}: unknown data format: use a .csv, .jsonl or .parquet file`);
  const reference = options.reference !== void 0 ? await readProfile(options.reference) : void 0;
  const table2 = await readTable(resolve(file), { format, columns: columns.map((c) => ({ name: c.name, kind: c.kind })) });
  return profileTable(table2, columns, { ...reference ? { reference } : {}, ...options.bins !== void 0 ? { bins: options.bins } : {}, source: file });
}
async function profileSqlFor(table2, options = {}) {
  if (options.dialect !== void 0 && !SQL_DIALECTS.includes(options.dialect)) throw new UsageError(`--dialect must be one of ${SQL_DIALECTS.join(", ")}; got '${options.dialect}'`);
  const columns = await columnsFor(options);
  const reference = options.reference !== void 0 ? await readProfile(options.reference) : void 0;
  return profileSql(columns, table2, {
    ...options.dialect ? { dialect: options.dialect } : {},
    ...reference ? { reference } : {},
    ...options.bins !== void 0 ? { bins: options.bins } : {}
  });
}
function parseRows(text, file) {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith("[")) return JSON.parse(trimmed);
    return trimmed.split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line));
  } catch (error) {
    throw new DataFormatError(`${file}: the rows are neither a JSON array nor JSON lines (${error.message})`, { file });
  }
}
async function profileFromRowsFile(file, options = {}) {
  const columns = await columnsFor(options);
  const reference = options.reference !== void 0 ? await readProfile(options.reference) : void 0;
  const rows = parseRows(await readFile(file, "utf8"), file);
  return profileFromRows(rows, columns, {
    ...reference ? { reference } : {},
    ...options.bins !== void 0 ? { bins: options.bins } : {},
    source: options.source ?? file
  });
}

// src/commands/hash.ts
import { writeFile } from "node:fs/promises";

// src/core/manifest/hash-record.ts
var PINNED_AT = [["artifact"], ["data", "training"], ["data", "evaluation"], ["data", "reference"], ["monitoring", "current"]];
function field(value, at) {
  let node = value;
  for (const key of at) node = node !== null && typeof node === "object" ? node[key] : void 0;
  return node;
}
function pinnedReferences(value) {
  const found = [];
  for (const at of PINNED_AT) {
    const path = field(value, [...at, "path"]);
    if (typeof path !== "string" || path === "") continue;
    const recorded = field(value, [...at, "sha256"]);
    found.push({ at, path, ...typeof recorded === "string" ? { recorded } : {} });
  }
  return found;
}
function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf("\n", offset) + 1;
  return offset + column - 1;
}
function scalarEnd(text, start) {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    return close === -1 ? start : close + 1;
  }
  const match = /[\s,}\]#]/.exec(text.slice(start));
  return match ? start + match.index : text.length;
}
function rewriteDigests(text, source, changes) {
  const edits = [];
  const notWritten = [];
  for (const change of changes) {
    if (change.recorded === void 0) {
      notWritten.push(change);
      continue;
    }
    const { line, column } = source.locate([...change.at, "sha256"]);
    const start = offsetOf(text, line, column);
    const end = scalarEnd(text, start);
    const old = text.slice(start, end);
    const quote = old[0] === '"' || old[0] === "'" ? old[0] : "";
    if (old.replace(/^["']|["']$/g, "") !== change.recorded) {
      notWritten.push(change);
      continue;
    }
    edits.push({ start, end, replacement: `${quote}${change.actual}${quote}` });
  }
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end);
  return { text: result, notWritten };
}
function versionAdvice(facts) {
  if (facts.registered) {
    return { bumpNeeded: true, message: `version ${facts.version} is registered (tag ${facts.name}@v${facts.version}) and can never change content: bump metadata.version` };
  }
  if (facts.versionAtBase === void 0) {
    return { bumpNeeded: false, message: `no version bump needed: ${facts.name} is new${facts.base ? ` since ${facts.base}` : ""} and ${facts.version} is not registered` };
  }
  if (facts.versionAtBase === facts.version) {
    return { bumpNeeded: true, message: `${facts.base ?? "the base"} has ${facts.name} at ${facts.version} too: a changed artifact or dataset needs a metadata.version bump` };
  }
  return { bumpNeeded: false, message: `no further version bump needed: ${facts.version} is already new against ${facts.versionAtBase} at ${facts.base ?? "the base"}` };
}

// src/commands/hash.ts
async function hash(options) {
  let files;
  try {
    files = await RepoFiles.open(options.repo);
  } catch (error) {
    throw new UsageError(error.message);
  }
  const paths = options.paths && options.paths.length > 0 ? await resolveGivenPaths(files, options.paths) : await files.findManifests((await readPolicy(files)).policy.manifests);
  if (paths.length === 0) throw new UsageError(`no manifests found in ${options.repo}`);
  const git = await openGit(files.realRoot).catch(() => void 0);
  const base = options.base ?? (git ? "HEAD" : void 0);
  if (git && options.base) await git.resolveCommit(options.base).catch((error) => Promise.reject(new UsageError(error.message)));
  const tags = git ? new Set(await git.tags()) : /* @__PURE__ */ new Set();
  const manifests = [];
  for (const path of paths) manifests.push(await hashOne(files, path, options.write === true, git, base, tags));
  const exitCode = manifests.some((m) => m.problems.length > 0) ? 2 : manifests.some((m) => m.changes.length > 0 && !m.written || m.notWritten.length > 0 || m.advice?.bumpNeeded) ? 1 : 0;
  return { manifests, exitCode };
}
async function hashOne(files, path, write, git, base, tags) {
  const result = { manifest: path, changes: [], problems: [], written: false, notWritten: [] };
  const bytes = await files.read(path).catch((error) => {
    result.problems.push(error.message);
    return void 0;
  });
  if (bytes === void 0) {
    if (result.problems.length === 0) result.problems.push(`${path} does not exist`);
    return result;
  }
  const parsed = parseYamlSource(bytes, path);
  if (!parsed.ok) {
    result.problems.push(...parsed.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`));
    return result;
  }
  for (const reference of pinnedReferences(parsed.source.value)) {
    const shape2 = pathShapeProblem(reference.path);
    if (shape2) {
      result.problems.push(`${reference.at.join(".")}.path '${reference.path}' ${shape2}`);
      continue;
    }
    const facts = await files.inspect(reference.path, { hash: true, columns: false });
    if (facts.status !== "file" || facts.sha256 === void 0) {
      result.problems.push(`${reference.at.join(".")}.path '${reference.path}' ${facts.status === "missing" ? "does not exist" : facts.status === "escapes" ? "resolves outside the repository" : "is not a regular file"}`);
      continue;
    }
    if (facts.sha256 !== reference.recorded) result.changes.push({ at: reference.at, path: reference.path, ...reference.recorded !== void 0 ? { recorded: reference.recorded } : {}, actual: facts.sha256 });
  }
  if (result.changes.length === 0) return result;
  const text = bytes.toString("utf8");
  const rewrite = rewriteDigests(text, parsed.source, result.changes);
  result.notWritten = rewrite.notWritten;
  if (write && rewrite.text !== text) {
    await writeFile(files.absolute(path), rewrite.text);
    result.written = true;
  }
  const value = parsed.source.value;
  const name = typeof value.metadata?.name === "string" ? value.metadata.name : void 0;
  const version = typeof value.metadata?.version === "string" ? value.metadata.version : void 0;
  if (name && version && !git) {
    result.advice = { bumpNeeded: false, message: "not in a git repository: cannot tell whether the change needs a metadata.version bump" };
  } else if (name && version) {
    let versionAtBase;
    if (git && base) {
      const before = await git.readFile(base, path);
      const parsedBefore = before ? parseYamlSource(before, path) : void 0;
      const old = parsedBefore?.ok ? parsedBefore.source.value.metadata?.version : void 0;
      if (typeof old === "string") versionAtBase = old;
    }
    result.advice = versionAdvice({ name, version, registered: tags.has(registerTagName(name, version)), ...versionAtBase !== void 0 ? { versionAtBase } : {}, ...base ? { base } : {} });
  }
  return result;
}
function renderHash(result, write) {
  const lines = [];
  for (const m of result.manifests) {
    for (const problem of m.problems) lines.push(`${m.manifest}: error: ${problem}`);
    if (m.changes.length === 0 && m.problems.length === 0) lines.push(`${m.manifest}: every sha256 matches`);
    for (const change of m.changes) {
      const unwritten = m.notWritten.includes(change);
      const verb = unwritten ? "add by hand" : m.written ? "recorded" : "differs";
      lines.push(`${m.manifest}: ${change.at.join(".")}.sha256 ${verb}: ${change.path} ${change.recorded ? `${change.recorded.slice(0, 12)}\u2026 -> ` : ""}${change.actual}${unwritten ? ` (write sha256: ${change.actual} beside its path)` : ""}`);
    }
    if (m.advice) lines.push(`${m.manifest}: ${m.advice.message}`);
  }
  if (!write && result.manifests.some((m) => m.changes.length > m.notWritten.length)) lines.push("run with --write to record the new digests in place");
  return lines.join("\n") + "\n";
}

// src/commands/init.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, isAbsolute, posix, relative } from "node:path";

// src/core/checklist/hints.ts
var EVIDENCE_HINTS = {
  "problem.statement": "problem.statement in this manifest, in plain language",
  "problem.kpis": "problem.kpis in this manifest, or a document naming each KPI and how it is measured",
  "problem.ml-needed": "the rule or heuristic that was tried and how it compared (e.g. docs/why-ml.md)",
  "problem.acceptance": "problem.acceptance in this manifest, or the sign-off that records the criteria",
  "problem.stakeholders": "who uses the predictions, who is affected, who signed off (a document or a link)",
  "data.provenance": "a provenance field on every dataset, or a data sheet with sources, owners and collection",
  "data.labels-verified": "a label audit: the sample reviewed, by whom, and the error rate found",
  "data.representative": "a comparison of the training population with the production population",
  "data.splits": "distinct training, evaluation and reference files in data, or how the split was made",
  "data.quality-checked": "a data-quality report: missing values, outliers, duplicates and what was done",
  "data.minorities-represented": "group counts per sensitive attribute in training and evaluation data",
  "data.privacy": "the privacy review or DPIA, and the legal basis for the personal data used",
  "baseline.defined": "baseline in this manifest with its measured metrics",
  "baseline.beaten": "the baseline metrics beside the model's gate report",
  "baseline.same-data": "that both were scored on data.evaluation (the baseline's evidence field)",
  "baseline.error-analysis": "an error analysis comparing the model's and the baseline's mistakes",
  "ready.preprocessing-documented": "where each feature's encoding, scaling and imputation is described",
  "ready.preprocessing-in-artifact": "that the ONNX graph holds the preprocessing (e.g. an exported scikit-learn Pipeline)",
  "ready.works": "gates.performance in this manifest: the gate runs the artifact on every pull request",
  "ready.predictions-explored": "a notebook or report on the score distribution and the worst errors",
  "ready.bias-checked": "gates.fairness in this manifest",
  "ready.explainability": "feature importances (the gate report has permutation importance) and their review",
  "ready.code-quality": "the training code's repository and commit, reviewed, that reproduces the artifact",
  "ready.tests": "gates.robustness in this manifest, or the test suite of the training code",
  "deploy.mode": "deployment.mode in this manifest",
  "deploy.resources": "deployment.resources and gates.performance.latency_ms in this manifest",
  "deploy.dependencies": "the serving image or lock file that pins the runtime (e.g. onnxruntime version)",
  "deploy.rollout": "deployment.strategy in this manifest",
  "deploy.rollback": "deployment.rollback in this manifest and an earlier registered version",
  "deploy.retraining-bounds": "monitoring.retraining.min_interval and max_interval in this manifest",
  "deploy.access-control": "who can read the model and its data in production, and how that is enforced",
  "monitor.hard-metrics": "gates.performance.metrics in this manifest, checked again in production",
  "monitor.data-quality": "the input checks that run in production (schema, missing values, ranges)",
  "monitor.kpis": "the dashboard or report that tracks the KPIs after deployment",
  "monitor.drift": "gates.drift and monitoring.schedule in this manifest",
  "monitor.feedback-loop": "how and when ground-truth labels arrive, and where realised performance is measured",
  "monitor.owners": "metadata.owners and monitoring.alerting in this manifest",
  "usable.real-world-trial": "the pilot or shadow run: dates, scope and results",
  "usable.third-party-review": "the review by someone outside the team: who, when, and what they found",
  "usable.cost-benefit": "the cost-benefit estimate (infrastructure, error costs, maintenance)",
  "usable.fairness": "gates.fairness, and how unfair outcomes are detected and corrected in production",
  "usable.misuse": "the misuse scenarios considered and their mitigations",
  "usable.legal-basis": "the legal review, and how a decision is explained to the people it affects",
  "usable.audit-artifacts": "sha256 on the artifact and every dataset in this manifest; evidence in git tags",
  "usable.fallback": "deployment.fallback in this manifest"
};

// src/core/manifest/scaffold.ts
var MAX_DISTINCT = 50;
var ScaffoldError = class extends Error {
};
var isFloat = (value) => value.isTensor && (value.type === void 0 || value.type === "float32" || value.type === "float64");
var shape = (value) => `${value.type ?? "tensor"} [${(value.dims ?? []).join(", ")}]`;
var list2 = (names) => names.map((n2) => `'${n2}'`).join(", ");
var RESERVED = /^(y|yes|n|no|true|false|on|off|null|~)$/i;
function yamlScalar(value) {
  if (typeof value === "number") return String(value);
  return /^[A-Za-z_][A-Za-z0-9_./@-]*( [A-Za-z0-9_./@-]+)*$/.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
}
function attributeName(column) {
  const name = column.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^[^a-z]+/, "").replace(/_+$/, "");
  return name === "" ? "attribute" : name;
}
function decide(model, columns, options) {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const label2 = byName.get(options.label);
  if (!label2) throw new ScaffoldError(`--label '${options.label}' is not a column of ${options.evaluation.path}; its columns: ${list2(columns.map((c) => c.name))}`);
  if (model.inputs.length === 0) throw new ScaffoldError(`${options.model.path} has no inputs`);
  const zipMap = model.zipMaps[0];
  let score;
  let scoreNote;
  if (zipMap) {
    score = model.outputs.find((o) => o.name === zipMap.input) ?? { name: zipMap.input, isTensor: true, type: "float32", dims: ["N", model.classLabels?.length ?? "?"] };
    scoreNote = `the tensor that feeds the ZipMap '${zipMap.output}' (read in its place)`;
  } else {
    const floats = model.outputs.filter(isFloat);
    const probabilities = floats.filter((o) => /prob/i.test(o.name));
    score = floats.length === 1 ? floats[0] : probabilities.length === 1 ? probabilities[0] : void 0;
    if (!score) {
      throw new ScaffoldError(
        floats.length === 0 ? `${options.model.path} has no float tensor output to read the prediction from; its outputs: ${list2(model.outputs.map((o) => o.name))}` : `${options.model.path} has several float outputs (${list2(floats.map((o) => o.name))}); cannot tell which holds the prediction`
      );
    }
    scoreNote = `${shape(score)}, the model's ${probabilities.length === 1 ? "probability" : "only float"} output`;
  }
  const width = score.dims?.length === 2 && typeof score.dims[1] === "number" ? score.dims[1] : score.dims?.length === 1 ? 1 : void 0;
  const classLabels = model.classLabels ? [...model.classLabels] : void 0;
  let task = options.task;
  if (!task) {
    const classCount = classLabels?.length ?? width;
    if (options.positive !== void 0 || classCount === 2) task = "binary-classification";
    else if (classCount !== void 0 && classCount > 2) task = "multiclass-classification";
    else task = "regression";
  }
  let layout;
  let features;
  let featureNote;
  const first = model.inputs[0];
  if (model.inputs.length === 1 && isFloat(first) && first.dims?.length === 2 && (typeof first.dims[1] !== "number" || first.dims[1] > 1 || !byName.has(first.name))) {
    layout = "tensor";
    const k = typeof first.dims[1] === "number" ? first.dims[1] : void 0;
    const numeric = columns.filter((c) => c.name !== options.label && c.kind === "numeric").map((c) => c.name);
    let names;
    if (options.features) {
      for (const name of options.features) {
        const column = byName.get(name);
        if (!column) throw new ScaffoldError(`--features names '${name}', which is not a column of ${options.evaluation.path}`);
        if (column.kind !== "numeric") throw new ScaffoldError(`--features names '${name}', which holds text; input '${first.name}' takes numbers only`);
      }
      names = options.features;
      featureNote = "from --features";
    } else {
      const withoutSensitive = numeric.filter((name) => !(options.sensitive ?? []).includes(name));
      if (k === void 0 || numeric.length === k) names = numeric;
      else if (withoutSensitive.length === k) names = withoutSensitive;
      else {
        throw new ScaffoldError(
          `input '${first.name}' takes ${k} features, but ${options.evaluation.path} has ${numeric.length} numeric columns besides the label (${list2(numeric)}): name the model's features in its input order with --features a,b,c`
        );
      }
      featureNote = `the data's numeric columns in file order: check it is the order the model was trained on`;
    }
    if (k !== void 0 && names.length !== k) throw new ScaffoldError(`input '${first.name}' takes ${k} features, but --features names ${names.length}`);
    features = names.map((name) => ({ name, kind: "numeric" }));
  } else {
    layout = "columns";
    const missing = model.inputs.filter((input) => !byName.has(input.name)).map((input) => input.name);
    if (missing.length > 0) {
      throw new ScaffoldError(`the model's inputs ${list2(missing)} are not columns of ${options.evaluation.path}; with one input per column, each input is fed the column of its name (its columns: ${list2(columns.map((c) => c.name))})`);
    }
    features = model.inputs.map((input) => {
      const column = byName.get(input.name);
      if (input.type === "string") return { name: input.name, kind: "categorical" };
      if (column.kind === "categorical") throw new ScaffoldError(`column '${input.name}' holds text, but the model's input '${input.name}' takes ${input.type ?? "numbers"}`);
      return { name: input.name, kind: "numeric" };
    });
    featureNote = "one per model input, typed by the input";
  }
  const decisions = { task, layout, input: first, features, featureNote, score, scoreNote };
  const labelOutput = model.outputs.find((o) => o.isTensor && o.name !== score.name && !isFloat(o));
  if (task !== "regression" && labelOutput) decisions.labelOutput = labelOutput.name;
  const labelValue = (text) => label2.kind === "numeric" ? Number(text) : text;
  if (task === "binary-classification") {
    const positive = options.positive;
    if (positive === void 0) {
      throw new ScaffoldError(`binary classification needs --positive, the value of the positive class in '${options.label}' (${label2.values.slice(0, 10).join(", ")})`);
    }
    if (!label2.values.includes(positive)) {
      throw new ScaffoldError(`--positive '${positive}' never occurs in column '${options.label}' of ${options.evaluation.path} (values: ${label2.values.slice(0, 10).join(", ")})`);
    }
    if (label2.distinctCount > 2) throw new ScaffoldError(`column '${options.label}' has ${label2.distinctCount} distinct values; binary classification needs two (use --task multiclass-classification)`);
    decisions.positive = labelValue(positive);
    if (classLabels) {
      const index = classLabels.findIndex((c) => String(c) === positive);
      if (index === -1) throw new ScaffoldError(`--positive '${positive}' is not one of the model's classes (${list2(classLabels)})`);
      decisions.scoreColumn = { index, note: `column of class ${yamlScalar(positive)} among the model's classes ${classLabels.join(", ")}` };
    } else if (width === 2) {
      decisions.scoreColumn = { index: 1, note: "assumed: the model records no class labels; column 1 must be P(positive)" };
    }
  } else if (task === "multiclass-classification") {
    const values = classLabels ?? [...label2.values].sort().map(labelValue);
    const known = new Set(values.map(String));
    const unknown = label2.values.filter((v) => !known.has(v));
    if (unknown.length > 0) throw new ScaffoldError(`column '${options.label}' holds ${list2(unknown.slice(0, 5))}, which the model's classes (${list2(values)}) do not include`);
    decisions.classes = { values, note: classLabels ? "the model's class labels, in its probability-column order" : "sorted label values (the model records no class labels): check it is the model's probability-column order" };
  }
  return decisions;
}
function checklistLines(proven) {
  const lines = [
    "checklist:",
    "  # The readiness checklist. Answer an item by writing it under its section (replace the {}), e.g.",
    "  #   problem:",
    "  #     ml-needed: {answer: yes, evidence: docs/why-ml.md}",
    "  # answer: yes, no or n/a; evidence: text, a link, or a path in the repository (checked to exist).",
    '  # Items marked "verified" are proven by this manifest and need no answer; the policy says which',
    "  # items each stage requires (default: problem for development)."
  ];
  for (const section of CHECKLIST_SECTIONS) {
    lines.push(`  ${section}: {}  # ${SECTION_TITLES[section]}`);
    for (const item of CHECKLIST.filter((i) => i.section === section)) {
      const id = checklistItemId(item);
      const why = proven.get(id);
      lines.push(`    # ${item.key}: ${item.question}`);
      lines.push(why ? `    #   verified: ${why}` : `    #   evidence: ${EVIDENCE_HINTS[id] ?? "what shows the answer"}`);
    }
  }
  return lines;
}
function provenItems(manifest, context = { registeredVersions: [] }) {
  const proven = /* @__PURE__ */ new Map();
  for (const item of CHECKLIST) {
    const why = item.provenBy?.(manifest, context);
    if (why) proven.set(checklistItemId(item), why);
  }
  return proven;
}
function pad(text, comment) {
  return `${text.padEnd(40)} # ${comment}`;
}
function inferManifest(model, columns, options, proven = /* @__PURE__ */ new Map()) {
  const d = decide(model, columns, options);
  const byName = new Map(columns.map((c) => [c.name, c]));
  const lines = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  lines.push(
    `# Written by modelops init from ${options.model.path} and ${options.evaluation.path}. Check what it`,
    `# inferred (the comments say where each value came from), answer the checklist at the end, and`,
    `# after changing a file record its sha256 with: npx modelops hash --write`,
    "apiVersion: modelops/v1",
    "kind: Model",
    "metadata:",
    `  name: ${options.name}`,
    "  version: 0.1.0",
    `  owners: [${JSON.stringify(options.owner)}]`,
    "stage: development",
    "problem:"
  );
  const featureNames = d.features.map((f) => f.name);
  const target = d.task === "regression" ? options.label : d.task === "binary-classification" ? `${options.label} = ${String(d.positive)}` : options.label;
  const statement = options.statement ?? `Predict ${target} from ${featureNames.length <= 4 ? featureNames.join(", ") : `${featureNames.length} features`}.`;
  if (!options.statement) lines.push("  # Say it in your words: the problem, and the decision the predictions feed.");
  lines.push(`  statement: ${JSON.stringify(statement)}`);
  const taskWhy = options.task ? "from --task" : model.classLabels ? `the model has ${model.classLabels.length} classes` : d.task === "regression" ? "one value per row" : "from the score output's width";
  lines.push(pad(`  task: ${d.task}`, taskWhy));
  lines.push("artifact:", `  path: ${options.model.path}`, `  sha256: ${options.model.sha256}`, "  format: onnx", "  inputs:");
  lines.push(
    d.layout === "tensor" ? pad("    layout: tensor", `input '${d.input.name}' ${shape(d.input)}: the features below, in order`) : pad("    layout: columns", `${model.inputs.length} inputs, one per column, named like the columns`)
  );
  lines.push("  outputs:");
  if (d.task === "regression") lines.push(pad(`    prediction: ${yamlScalar(d.score.name)}`, d.scoreNote));
  else {
    lines.push(pad(`    score: ${yamlScalar(d.score.name)}`, d.scoreNote));
    if (d.scoreColumn) lines.push(pad(`    score_column: ${d.scoreColumn.index}`, d.scoreColumn.note));
    if (d.labelOutput) lines.push(pad(`    label: ${yamlScalar(d.labelOutput)}`, "never read: labels come from the score and the threshold"));
  }
  if (d.task === "binary-classification") lines.push(pad("  threshold: 0.5", "positive when score >= threshold"));
  lines.push("data:", "  label:", `    column: ${yamlScalar(options.label)}`);
  if (d.positive !== void 0) lines.push(`    positive: ${yamlScalar(d.positive)}`);
  if (d.classes) {
    lines.push(`    # ${d.classes.note}`);
    lines.push(`    classes: [${d.classes.values.map(yamlScalar).join(", ")}]`);
  }
  lines.push(`  features:  # ${d.featureNote}`);
  for (const feature of d.features) lines.push(`    - {name: ${yamlScalar(feature.name)}, type: ${feature.kind}}`);
  const sensitive = (options.sensitive ?? []).map((column) => {
    const facts = byName.get(column);
    if (!facts) throw new ScaffoldError(`--sensitive names '${column}', which is not a column of ${options.evaluation.path}; its columns: ${list2(columns.map((c) => c.name))}`);
    return { column, facts, name: attributeName(column) };
  });
  const names = sensitive.map((s) => s.name);
  const clash = names.find((n2, i) => names.indexOf(n2) !== i);
  if (clash) throw new ScaffoldError(`--sensitive columns give the attribute name '${clash}' twice`);
  if (sensitive.length > 0) {
    lines.push("  sensitive:");
    for (const { column, facts, name } of sensitive) {
      if (facts.kind === "numeric" && facts.distinctCount > 10 && facts.median !== void 0) {
        lines.push(pad(`    - {name: ${name}, column: ${yamlScalar(column)}, type: numeric, bins: [${facts.median}]}`, "two groups split at the median: set the edges that matter"));
      } else {
        lines.push(pad(`    - {name: ${name}, column: ${yamlScalar(column)}}`, `groups: ${facts.values.slice(0, 6).join(", ")}${facts.distinctCount > 6 ? ", \u2026" : ""}`));
      }
    }
  }
  lines.push("  evaluation:", `    path: ${options.evaluation.path}`, `    sha256: ${options.evaluation.sha256}`);
  if (options.reference) lines.push("  reference:", `    path: ${options.reference.path}`, `    sha256: ${options.reference.sha256}`);
  lines.push("gates:", "  performance:", "    metrics:  # starting bounds: set the ones your acceptance criteria need");
  lines.push(d.task === "binary-classification" ? "      roc_auc: {min: 0.7}" : d.task === "multiclass-classification" ? "      accuracy: {min: 0.7}" : "      r2: {min: 0}");
  if (sensitive.length > 0) {
    if (d.task === "binary-classification") {
      lines.push("  fairness:", `    attributes: [${names.join(", ")}]`, "    min_group_size: 30", "    metrics:", pad("      demographic_parity_ratio: {min: 0.8}", "the four-fifths rule"));
    } else {
      lines.push(`  # fairness: group metrics are defined for binary classification; data.sensitive is reported by drift and the card`);
    }
  }
  if (options.reference) lines.push(pad("  drift: {method: auto, correction: benjamini-hochberg}", "evaluation data against the reference"));
  lines.push(
    "  # Before promoting, the default policy also asks for: staging, gates.robustness (e.g. noise:",
    "  # {level: 0.01, max_label_flip_rate: 0.02}); production, every gate including drift and champion."
  );
  lines.push(...checklistLines(proven));
  return lines.join("\n") + "\n";
}
function scaffoldManifest(options) {
  const { name, task } = options;
  const dir = `models/${name}`;
  const binary = task === "binary-classification";
  const lines = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  lines.push(
    `# Manifest of model '${name}'. Fill in every TODO, then run: modelops validate ${dir}/model.yaml`,
    `# (modelops init ${name} --model FILE.onnx --data FILE.csv --label COLUMN infers most of it instead.)`,
    "apiVersion: modelops/v1",
    "kind: Model",
    "metadata:",
    `  name: ${name}`,
    "  version: 0.1.0",
    '  owners: ["@TODO-github-user-or-team"]',
    "  description: TODO one or two sentences on what the model does",
    "stage: development",
    "problem:",
    "  statement: TODO the problem in plain language, and the decision the predictions feed",
    `  task: ${task}`,
    "artifact:",
    `  path: ${dir}/model.onnx`,
    `  sha256: "${options.artifactSha256 ?? "0".repeat(64)}"  # modelops hash --write records it`,
    "  format: onnx",
    "  inputs:",
    "    layout: tensor          # tensor: one [N, k] float input; columns: one input per column",
    "  outputs:",
    ...task === "regression" ? ["    prediction: TODO      # name of the output tensor holding the prediction"] : ["    score: TODO           # name of the output tensor holding the class probabilities", ...binary ? ["    score_column: 1       # its column of the positive class"] : []],
    ...binary ? ["  threshold: 0.5"] : [],
    "data:",
    "  label:",
    "    column: TODO",
    ...binary ? ["    positive: TODO  # value of the positive class"] : [],
    "  features:",
    "    - name: TODO",
    "      type: numeric       # numeric | categorical",
    "  evaluation:",
    `    path: ${dir}/data/evaluation.csv`,
    `    sha256: "${"0".repeat(64)}"  # modelops hash --write records it`,
    "gates:",
    "  performance:",
    "    metrics:",
    ...task === "regression" ? ["      rmse: {max: 1.0}"] : binary ? ["      roc_auc: {min: 0.7}"] : ["      accuracy: {min: 0.7}"],
    ...checklistLines(/* @__PURE__ */ new Map())
  );
  return lines.join("\n") + "\n";
}

// src/core/manifest/model-schema.ts
var object = (description, properties, required = [], extra = {}) => ({
  type: "object",
  description,
  additionalProperties: false,
  ...required.length > 0 ? { required } : {},
  properties,
  ...extra
});
var string = (description, extra = {}) => ({ type: "string", description, ...extra });
var number = (description, extra = {}) => ({ type: "number", description, ...extra });
var integer = (description, extra = {}) => ({ type: "integer", description, ...extra });
var boolean = (description) => ({ type: "boolean", description });
var ref = (name, description) => ({ $ref: `#/$defs/${name}`, description });
var bound = (description) => ref("bound", description);
var metricBounds = (description, names) => object(
  description,
  Object.fromEntries(names.map((m) => [m.id, bound(`Bounds on ${m.id}: ${m.description}.`)]))
);
var checklistItem = (id, question) => ({
  $ref: "#/$defs/checklistAnswer",
  description: `${id}: ${question}`
});
var CHECKLIST_ANSWER = object(
  "An answered checklist item.",
  {
    answer: { enum: ["yes", "no", "n/a"], description: "yes, no or n/a (not applicable; say why in evidence)." },
    evidence: {
      description: "Evidence: a statement of substance (at least three words), a link, a path in the repository (relative to its root, written folder/file.ext or ./file; checked to exist) or a manifest field (e.g. gates.fairness; checked to exist). Placeholders (TODO, TBD, x, -, lorem ipsum, a copy of the question) are rejected. Required for yes and n/a on items the stage requires.",
      anyOf: [string("One piece of evidence."), { type: "array", description: "Several pieces of evidence.", items: string("One piece of evidence.") }]
    },
    note: string("Anything a reviewer should know.")
  },
  ["answer"]
);
var checklist = object(
  "The readiness checklist, answered. Seven sections, plus any the repository policy adds (modelops.yaml checklist.items); each item is answered yes, no or n/a with evidence. Items the manifest already proves are verified automatically; answers the manifest contradicts and placeholder evidence (TODO, TBD, x, a copy of the question) are errors. An answer here replaces the policy's org-level answer (modelops.yaml checklist.answers).",
  Object.fromEntries(
    CHECKLIST_SECTIONS.map((section) => [
      section,
      object(
        `${SECTION_TITLES[section]} (checklist section "${section}")`,
        Object.fromEntries(CHECKLIST.filter((i) => i.section === section).map((i) => [i.key, checklistItem(`${section}.${i.key}`, i.question)]))
      )
    ])
  ),
  [],
  {
    propertyNames: { pattern: CHECKLIST_SECTION_PATTERN },
    additionalProperties: {
      type: "object",
      description: "A section the repository policy adds (modelops.yaml checklist.items, e.g. eu-ai-act); validation checks that the policy defines each of its items.",
      propertyNames: { pattern: "^[a-z0-9][a-z0-9-]*$" },
      additionalProperties: { $ref: "#/$defs/checklistAnswer", description: "The answer to one item the policy adds." }
    }
  }
);
var dataset = (description) => ref("dataset", description);
var robustnessCheck = (description, extra = {}) => object(description, {
  max_label_flip_rate: number("Largest allowed share of rows whose predicted label changes under this perturbation.", { minimum: 0, maximum: 1 }),
  max_mean_score_change: number("Largest allowed mean absolute change of the score under this perturbation.", { minimum: 0 }),
  ...extra
});
var MODEL_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelops.dev/schemas/v1/model.schema.json",
  title: "modelops model manifest",
  description: "One model, one version, declared in git (models/<name>/model.yaml). Paths are relative to the repository root and must stay inside it.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "stage", "problem", "artifact", "data", "checklist"],
  properties: {
    apiVersion: { const: "modelops/v1", description: "Manifest format version. Always modelops/v1." },
    kind: { const: "Model", description: "Document kind. Always Model for a model manifest." },
    metadata: object(
      "Who and what: the model name, its version and owners.",
      {
        name: string("Model name: a lowercase DNS label (a-z, 0-9, -; at most 63 characters). Must equal the folder name under models/.", {
          pattern: NAME_PATTERN
        }),
        version: string("Semantic version of this model (e.g. 1.2.0). Bump it whenever the artifact, data, features or gates change.", {
          pattern: SEMVER_PATTERN
        }),
        owners: {
          type: "array",
          description: "Accountable owners: GitHub users (@alice), teams (@org/team) or e-mail addresses.",
          minItems: 1,
          uniqueItems: true,
          items: string("A GitHub user (@alice), team (@org/team) or e-mail address.", { pattern: OWNER_PATTERN })
        },
        description: string("What the model does, in a sentence or two."),
        labels: {
          type: "object",
          description: "Free-form key/value labels (e.g. domain: lending) for filtering and reports.",
          propertyNames: { pattern: "^[a-z0-9]([a-z0-9._/-]{0,62}[a-z0-9])?$" },
          additionalProperties: { type: "string", description: "Label value." }
        }
      },
      ["name", "version", "owners"]
    ),
    stage: { enum: [...STAGES], description: "Lifecycle stage this version is in or is proposed for. Merging promotes; the policy says which transitions are allowed." },
    problem: object(
      'What problem the model solves and how success is judged (checklist section "problem").',
      {
        statement: string("The problem in plain language, and the decision the predictions feed.", { minLength: 1 }),
        task: { enum: [...TASKS], description: "Machine-learning task; decides which metrics apply." },
        kpis: {
          type: "array",
          description: "Business KPIs the model should move.",
          items: object(
            "A business KPI.",
            {
              name: string("KPI name.", { minLength: 1 }),
              description: string("How the KPI is measured."),
              target: string('Target value or direction, e.g. "-10% defaults at equal approval rate".')
            },
            ["name"]
          )
        },
        acceptance: {
          description: "Acceptance criteria agreed with stakeholders, as text or a list.",
          anyOf: [string("Acceptance criteria."), { type: "array", items: string("One acceptance criterion."), description: "Acceptance criteria." }]
        }
      },
      ["statement", "task"]
    ),
    artifact: object(
      "The model file and how data maps to its inputs and outputs.",
      {
        path: ref("repoPath", "Path of the ONNX file, relative to the repository root."),
        sha256: string("SHA-256 of the artifact file (64 lowercase hex digits). Validation recomputes it.", { pattern: SHA256_PATTERN }),
        format: { const: "onnx", description: "Artifact format. Only onnx: it is data, never code, so reviewing a model never runs code from the PR." },
        inputs: object(
          "How data columns become model inputs.",
          {
            layout: {
              enum: ["tensor", "columns"],
              description: "tensor: one [N, k] float tensor of all features in `columns` order; columns: one input per column (numeric as float, categorical as string)."
            },
            name: string("Name of the single input tensor (layout: tensor). Default: the model's only input."),
            columns: {
              type: "array",
              description: "Feature order inside the tensor (layout: tensor). Default: data.features order.",
              items: string("A feature column name."),
              uniqueItems: true
            },
            dtype: { enum: ["float32", "float64"], description: "Element type of the input tensor (layout: tensor). Default float32." },
            names: {
              type: "object",
              description: "Column -> input name, where they differ (layout: columns). Default: the input has the column's name.",
              additionalProperties: string("Model input name for this column.")
            }
          },
          ["layout"]
        ),
        outputs: object("Which model outputs carry the prediction.", {
          score: string("Name of the tensor output holding the class probabilities (e.g. probabilities), [N, classes] or [N]. Naming a ZipMap output (skl2onnx's output_probability) reads the tensor that feeds it. Default: the only float tensor output besides label, or the tensor behind a ZipMap."),
          score_column: integer("Column of the positive class in a [N, classes] score output. Default 1 for binary classification.", { minimum: 0 }),
          label: string("Output holding predicted labels, if the model has one. Binary labels are re-derived from the score and threshold."),
          prediction: string("Output holding the prediction (regression).")
        }),
        threshold: number("Decision threshold on the positive-class score (binary classification). Default 0.5.", { minimum: 0, maximum: 1 })
      },
      ["path", "sha256", "format", "inputs", "outputs"]
    ),
    data: object(
      'The label, the features, the sensitive attributes and the datasets (checklist section "data").',
      {
        label: object(
          "The target column.",
          {
            column: string("Name of the label column in the datasets.", { minLength: 1 }),
            positive: { type: ["string", "number"], description: "Value of the positive class (binary classification), e.g. bad." },
            classes: { type: "array", description: "All class values in score-column order (multiclass).", items: { type: ["string", "number"], description: "A class value." } }
          },
          ["column"]
        ),
        features: {
          type: "array",
          description: "Model features, in the order the model expects them unless artifact.inputs.columns says otherwise.",
          minItems: 1,
          items: object(
            "A feature column.",
            {
              name: string("Column name in the datasets.", { minLength: 1 }),
              type: { enum: ["numeric", "categorical"], description: "Column type; decides encoding and the drift test used." },
              description: string("What the feature means.")
            },
            ["name", "type"]
          )
        },
        sensitive: {
          type: "array",
          description: "Sensitive attributes for the fairness gate. They may be columns the model does not use.",
          items: object(
            "A sensitive attribute.",
            {
              name: string("Attribute name used in reports and fairness.attributes (e.g. sex, age_group).", { pattern: "^[a-z][a-z0-9_]*$" }),
              column: string("Column holding the attribute in the datasets.", { minLength: 1 }),
              type: { enum: ["categorical", "numeric"], description: "numeric attributes are bucketed by `bins`. Default categorical." },
              bins: {
                type: "array",
                description: "Bucket edges for a numeric attribute, ascending (e.g. [25, 60] gives <25, 25-60, >=60).",
                minItems: 1,
                items: number("A bucket edge.")
              },
              reference_group: string("Group the disparities are measured against. Default: the largest group."),
              description: string("Why this attribute is sensitive and how it was derived.")
            },
            ["name", "column"]
          )
        },
        training: dataset("Training data (path in the repo, or uri when it lives elsewhere)."),
        evaluation: dataset("Held-out evaluation data, labelled; the gates run the model on it."),
        reference: dataset("Reference data for drift (usually a held-out sample of training time).")
      },
      ["label", "features", "evaluation"]
    ),
    baseline: object(
      'What the model is compared against (checklist section "baseline").',
      {
        kind: { enum: ["rule", "heuristic", "model", "random", "majority"], description: "Kind of baseline." },
        description: string('The baseline, in words (e.g. "reject when checking account is overdrawn").', { minLength: 1 }),
        metrics: {
          type: "object",
          description: "The baseline's metrics on the evaluation data, by metric id (e.g. roc_auc: 0.62).",
          minProperties: 1,
          additionalProperties: number("Metric value.")
        },
        evidence: string("Where the baseline numbers come from: a path in the repo or a link.")
      },
      ["kind", "description", "metrics"]
    ),
    gates: object("The checks a PR must pass. The policy says which gates each stage requires and whether they block.", {
      performance: object("Quality and operational budgets, measured on the evaluation data.", {
        metrics: metricBounds("Bounds on model metrics, by metric id.", PERFORMANCE_METRICS),
        latency_ms: object("Single-row latency budget in milliseconds.", {
          p50: bound("Bounds on median latency."),
          p95: bound("Bounds on 95th percentile latency."),
          p99: bound("Bounds on 99th percentile latency.")
        }),
        throughput_rows_per_s: bound("Bounds on batch throughput in rows per second."),
        memory_mb: bound("Bounds on peak memory of the inference in MiB."),
        model_size_mb: bound("Bounds on the artifact size in MiB."),
        rule: {
          enum: ["point-estimate", "shown-to-meet"],
          description: "How a metric bound is decided from the metric and its (1 - alpha) interval (DeLong for roc_auc, Wilson for accuracy, percentile bootstrap otherwise). point-estimate (default): the measured value passes or fails; a pass whose interval reaches outside the bound warns as not shown at this sample size. shown-to-meet: only a whole interval inside the bound passes; anything else fails."
        },
        alpha: number("Significance level of the metric intervals: two-sided at 1 - alpha. Default 0.05.", { exclusiveMinimum: 0, exclusiveMaximum: 1 })
      }),
      robustness: object("Stability under perturbed inputs (missing, zero, extreme, noisy values).", {
        missing_values: robustnessCheck("Each feature set missing in turn."),
        zeros: robustnessCheck("Each numeric feature set to zero in turn."),
        extremes: robustnessCheck("Numeric features pushed beyond the training range.", {
          factor: number("How far beyond the training range, as a multiple of it. Default 10.", { exclusiveMinimum: 1 })
        }),
        noise: robustnessCheck("Small Gaussian noise on numeric features.", {
          level: number("Noise standard deviation as a share of each feature's standard deviation. Default 0.01.", { exclusiveMinimum: 0, maximum: 1 })
        }),
        output_range: bound("Bounds every output score must stay within (outputs must also be finite).")
      }),
      fairness: object(
        "Group fairness on the evaluation data.",
        {
          attributes: {
            type: "array",
            description: "Names of data.sensitive attributes to examine.",
            minItems: 1,
            uniqueItems: true,
            items: string("A data.sensitive name.")
          },
          intersections: boolean("Also examine every combination of the attributes (empty cells skipped)."),
          min_group_size: integer("Groups smaller than this are reported as too small to judge. Default 30.", { minimum: 1 }),
          metrics: metricBounds("Bounds on fairness aggregates, by id.", FAIRNESS_METRICS),
          disparity_band: bound("Pass band for disparities against the reference group. Default min 0.8, max 1.25."),
          rule: {
            enum: ["evidence", "point-estimate"],
            description: "How a bound is decided. evidence (default): fail only when the whole (1 - alpha) confidence interval lies outside the bound (the data show it is broken); a value outside the bound whose interval still reaches it warns as not shown broken. point-estimate: the measured value alone passes or fails, whatever the sample size (Fairlearn-style)."
          },
          alpha: number("Significance level of the evidence rule: intervals are two-sided at 1 - alpha, Bonferroni-adjusted over the groups an aggregate compares. Default 0.05.", { exclusiveMinimum: 0, exclusiveMaximum: 1 })
        },
        ["attributes"]
      ),
      drift: object("Drift of the evaluation (or current) data against the reference data.", {
        method: { enum: [...DRIFT_METHODS], description: "Test for every column; auto picks by column type and distinct values (KS, chi2 or z; with threshold_mode fixed, also by reference size, as Evidently). Default auto." },
        threshold: number("Threshold for every column. threshold_mode calibrated: the false-alarm rate alpha in (0, 1) of every test (a distance is decided by its permutation p-value), default 0.05. threshold_mode fixed: Evidently's, a p-value for tests and a distance for distances.", { exclusiveMinimum: 0 }),
        threshold_mode: {
          enum: ["calibrated", "fixed"],
          description: "How thresholds are read. calibrated (default): as false-alarm rates that hold at the sample sizes seen (p-values; permutation p-values for distances). fixed: Evidently's fixed thresholds (p < 0.05, distance >= 0.1), for teams migrating from Evidently; they alarm far more or less often than stated when sizes differ."
        },
        drift_share: number("Share of drifted columns above which the dataset counts as drifted. Default 0.5.", { exclusiveMinimum: 0, maximum: 1 }),
        correction: { enum: ["none", "bonferroni", "benjamini-hochberg"], description: "Multiple-testing correction for p-value tests. Default none." },
        columns: {
          type: "object",
          description: "Per-column overrides, by column name.",
          additionalProperties: object("Override for one column.", {
            method: { enum: [...DRIFT_METHODS], description: "Test for this column." },
            threshold: number("Threshold for this column, read as threshold_mode says.", { exclusiveMinimum: 0 })
          })
        },
        prediction: object("Drift of the model's scores.", {
          method: { enum: [...DRIFT_METHODS], description: "Test for the scores." },
          threshold: number("Threshold for the scores, read as threshold_mode says.", { exclusiveMinimum: 0 })
        }),
        domain_classifier: object("A classifier trained to tell reference from current rows. Drift when its cross-validated ROC AUC is above the threshold from its own null distribution at these sample sizes (the AUC with the reference/current labels permuted); an AUC below 0.5 is never drift.", {
          alpha: number("False-alarm rate of the permutation threshold: drift when the permutation p-value is at most alpha. Default 0.05.", { exclusiveMinimum: 0, exclusiveMaximum: 1 }),
          permutations: integer("Label permutations of the null distribution. Default 99 (fewer on large data, never below 19 or 1/alpha - 1).", { minimum: 19 }),
          auc_band: {
            ...bound("A fixed AUC threshold instead of the permutation one (explicit, for teams migrating from fixed bands): drift above max, which is required; min is accepted but never drift (an AUC below 0.5 is noise). The report says which false-alarm rate max stands for at these sizes."),
            type: "object",
            required: ["max"]
          }
        })
      }),
      champion: object(
        "No significant regression against the version now in production.",
        {
          metrics: { type: "array", description: "Metric ids to compare.", minItems: 1, uniqueItems: true, items: string("A metric id.") },
          tolerance: number("Largest allowed drop in each metric (in the metric's units). Default 0.", { minimum: 0 }),
          alpha: number("Significance level of the comparison tests. Default 0.05.", { exclusiveMinimum: 0, exclusiveMaximum: 1 })
        },
        ["metrics"]
      )
    }),
    monitoring: object('How the model is watched in production (checklist section "monitor").', {
      current: dataset("Where recent production samples are (for the scheduled drift check)."),
      schedule: string('Cron expression of the scheduled check, as in the drift workflow (e.g. "0 6 * * 1").', {
        pattern: "^\\S+( \\S+){4}$"
      }),
      alerting: object("Where alerts go.", {
        issue: boolean("Open (and keep updated) a GitHub issue when the model drifts or goes stale."),
        mentions: { type: "array", description: "Users or teams to mention in alerts.", items: string("@user or @org/team.", { pattern: OWNER_PATTERN }) }
      }),
      labels_delay: string("How long until ground-truth labels arrive (e.g. 30d).", { pattern: DURATION_PATTERN }),
      retraining: object("Retraining bounds: at least every max_interval, not sooner than min_interval.", {
        min_interval: string("Do not retrain sooner than this after the last promotion (e.g. 7d).", { pattern: DURATION_PATTERN }),
        max_interval: string("Retrain at least this often; older production models are stale (e.g. 180d).", { pattern: DURATION_PATTERN }),
        trigger: object(
          "How to start retraining.",
          {
            type: { enum: ["workflow_dispatch", "repository_dispatch", "none"], description: "GitHub mechanism used to start retraining." },
            workflow: string("Workflow file name (workflow_dispatch)."),
            event_type: string("Event type (repository_dispatch)."),
            ref: string("Git ref to run the workflow on. Default: the default branch.")
          },
          ["type"]
        )
      })
    }),
    deployment: object('How the model is served (checklist section "deploy").', {
      mode: { enum: ["batch", "real-time"], description: "Batch scoring or real-time serving." },
      strategy: { enum: ["canary", "shadow", "ab", "blue-green", "manual"], description: "Rollout strategy." },
      resources: object("Compute resources in production.", {
        cpu: { type: ["number", "string"], description: 'CPU cores (e.g. 0.5 or "500m").' },
        memory_mb: number("Memory in MiB.", { exclusiveMinimum: 0 }),
        gpu: integer("Number of GPUs.", { minimum: 0 }),
        replicas: integer("Number of replicas.", { minimum: 1 })
      }),
      rollback: object("How to roll back.", { plan: string("The rollback plan.", { minLength: 1 }), to_version: string("Version to roll back to.", { pattern: SEMVER_PATTERN }) }, ["plan"]),
      fallback: object("What happens when the model is unavailable.", { plan: string("The fallback plan.", { minLength: 1 }) }, ["plan"]),
      dependencies: { type: "array", description: "Runtime dependencies with versions (e.g. onnxruntime 1.30).", items: string("A dependency.") }
    }),
    checklist
  },
  $defs: {
    bound: {
      type: "object",
      description: "Inclusive bounds: min, max or both.",
      additionalProperties: false,
      minProperties: 1,
      properties: { min: number("Lowest allowed value (inclusive)."), max: number("Highest allowed value (inclusive).") }
    },
    repoPath: { type: "string", description: "A path relative to the repository root.", minLength: 1 },
    dataset: object(
      "A dataset: a file in the repository (path + sha256) or data kept elsewhere (uri).",
      {
        path: ref("repoPath", "File in the repository (CSV, JSONL or Parquet), relative to the repository root."),
        uri: string("Where the data lives when it is not in the repository (e.g. s3://bucket/key, a warehouse table).", { minLength: 1 }),
        sha256: string("SHA-256 of the file; validation recomputes it.", { pattern: SHA256_PATTERN }),
        format: { enum: ["csv", "jsonl", "parquet"], description: "File format. Default: from the file extension." },
        description: string("What the data is."),
        provenance: string("Where the data comes from, who owns it, its licence, how it was sampled."),
        rows: integer("Number of rows, if recorded.", { minimum: 0 })
      },
      [],
      { dependentRequired: { path: ["sha256"] } }
    ),
    checklistAnswer: CHECKLIST_ANSWER
  }
};

// src/commands/init.ts
async function init(options) {
  if (!new RegExp(NAME_PATTERN).test(options.name)) {
    throw new UsageError(`model name '${options.name}' must be a lowercase DNS label (a-z, 0-9 and -, at most 63 characters)`);
  }
  const files = await RepoFiles.open(options.repo).catch((error) => {
    throw new UsageError(error.message);
  });
  const path = `models/${options.name}/model.yaml`;
  if (!options.force && await files.read(path) !== void 0) throw new UsageError(`${path} already exists (use --force to overwrite)`);
  const target = files.absolute(path);
  const schemaPath = await schemaReference(files, target, options.schemaFile);
  let text;
  if (options.model !== void 0 || options.data !== void 0) {
    text = await inferred(files, options, schemaPath);
  } else {
    const artifact = `models/${options.name}/model.onnx`;
    const artifactExists = await files.read(artifact).catch(() => void 0) !== void 0;
    text = scaffoldManifest({
      name: options.name,
      task: options.task ?? "binary-classification",
      ...artifactExists ? { artifactSha256: await sha256File(files.absolute(artifact)) } : {},
      ...schemaPath ? { schemaPath } : {}
    });
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile2(target, text, { flag: options.force ? "w" : "wx" });
  return { path };
}
async function inferred(files, options, schemaPath) {
  if (options.model === void 0 || options.data === void 0 || options.label === void 0) {
    throw new UsageError("init infers the manifest from --model FILE.onnx, --data FILE (the evaluation data) and --label COLUMN; give all three");
  }
  const model = await pinned(files, options.model, "--model");
  const evaluation = await pinned(files, options.data, "--data");
  const reference = options.reference === void 0 ? void 0 : await pinned(files, options.reference, "--reference");
  let graph;
  try {
    graph = readOnnxGraph(await files.read(model.path));
  } catch (error) {
    if (error instanceof OnnxGraphError) throw new UsageError(`${model.path}: ${error.message}`);
    throw error;
  }
  const columns = await columnFacts(files, evaluation.path);
  const owner = options.owner ?? await gitEmail(files.absolute("."));
  if (owner === void 0 || !new RegExp(OWNER_PATTERN).test(owner)) {
    throw new UsageError(owner === void 0 ? "give the model's owner with --owner (@user, @org/team or an e-mail address); git has no user.email here" : `--owner '${owner}' must be a GitHub user (@alice), team (@org/team) or e-mail address`);
  }
  const inferOptions = {
    name: options.name,
    owner,
    label: options.label,
    model,
    evaluation,
    ...reference ? { reference } : {},
    ...options.positive !== void 0 ? { positive: options.positive } : {},
    ...options.task ? { task: options.task } : {},
    ...options.sensitive ? { sensitive: options.sensitive } : {},
    ...options.features ? { features: options.features } : {},
    ...options.statement ? { statement: options.statement } : {},
    ...schemaPath ? { schemaPath } : {}
  };
  const modelFacts = { inputs: graph.inputs, outputs: graph.outputs, zipMaps: graph.zipMaps, ...graph.classLabels ? { classLabels: graph.classLabels } : {} };
  try {
    const first = inferManifest(modelFacts, columns, inferOptions);
    const loaded = loadManifest(Buffer.from(first), `models/${options.name}/model.yaml`);
    return loaded.ok ? inferManifest(modelFacts, columns, inferOptions, provenItems(loaded.value)) : first;
  } catch (error) {
    if (error instanceof ScaffoldError) throw new UsageError(error.message);
    throw error;
  }
}
async function schemaReference(files, manifest, toolSchema) {
  const fromManifest = (file) => relative(dirname(manifest), file).split("\\").join("/");
  const installed = "node_modules/modelops/schemas/model.schema.json";
  if (await files.read(installed).catch(() => void 0) !== void 0) return fromManifest(files.absolute(installed));
  if (toolSchema !== void 0) {
    const inside = relative(files.realRoot, toolSchema);
    if (inside !== "" && !inside.startsWith("..") && !isAbsolute(inside)) return fromManifest(toolSchema);
  }
  return MODEL_SCHEMA["$id"];
}
async function pinned(files, given, option) {
  const path = files.relativeFromCwd(given);
  if (path === "" || path.startsWith("../") || path === ".." || posix.isAbsolute(path)) {
    throw new UsageError(`${option} ${given} is outside the repository ${files.displayRoot}: copy it into the repository (e.g. models/<name>/) first`);
  }
  let bytes;
  try {
    bytes = await files.read(path);
  } catch (error) {
    throw new UsageError(`${option} ${given}: ${error.message}`);
  }
  if (bytes === void 0) throw new UsageError(`${option} ${given} does not exist`);
  return { path, sha256: await sha256File(files.absolute(path)) };
}
async function columnFacts(files, path) {
  const format = formatOf(path);
  if (format === void 0) throw new UsageError(`--data ${path}: unknown data format: use a .csv, .jsonl or .parquet file`);
  const absolute = files.absolute(path);
  try {
    const names = await readColumns(absolute, format);
    const table2 = await readTable(absolute, { format, columns: names.map((name) => ({ name, kind: "categorical" })) });
    return names.map((name) => {
      const column = table2.columns.get(name);
      if (!column || column.kind !== "categorical") throw new Error(`column '${name}' was not read`);
      const used = /* @__PURE__ */ new Set();
      for (const code2 of column.codes) if (code2 !== MISSING_CODE) used.add(code2);
      const values = [...used].map((code2) => column.categories[code2]);
      const numbers = values.map(numberFromText);
      const numeric = values.length > 0 && numbers.every((n2) => n2 !== void 0 && !Number.isNaN(n2));
      const facts = { name, kind: numeric ? "numeric" : "categorical", values: values.slice(0, MAX_DISTINCT), distinctCount: values.length };
      if (numeric) {
        const byCode = new Map([...used].map((code2) => [code2, numberFromText(column.categories[code2])]));
        const sorted = Float64Array.from([...column.codes].filter((c) => c !== MISSING_CODE).map((c) => byCode.get(c))).sort();
        facts.median = sorted[Math.floor((sorted.length - 1) / 2)];
      }
      return facts;
    });
  } catch (error) {
    if (error instanceof DataFormatError) throw new UsageError(error.message);
    throw error;
  }
}
async function gitEmail(root) {
  try {
    const value = (await wo(root).getConfig("user.email")).value;
    return value ?? void 0;
  } catch {
    return void 0;
  }
}

// src/core/audit/at.ts
var DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
function parseAuditInstant(text) {
  const trimmed = text.trim();
  const day = DATE_ONLY.exec(trimmed);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const end = new Date(Date.UTC(year, month - 1, date, 23, 59, 59, 999));
    if (end.getUTCMonth() !== month - 1 || end.getUTCDate() !== date) return new Error(`--at: '${text}' is not a calendar date`);
    return end;
  }
  if (DATE_TIME.test(trimmed)) {
    const instant = new Date(trimmed.replace(" ", "T"));
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  return new Error(`--at must be a date (2024-05-01, read as the end of that day in UTC) or an ISO 8601 time with an offset (2024-05-01T12:00:00Z), got '${text}'`);
}

// src/core/report/render/svg.ts
var COLORS = {
  model: "#0969da",
  champion: "#8250df",
  reference: "#8c959f",
  current: "#0969da",
  regression: "#cf222e",
  axis: "#57606a",
  grid: "#d0d7de",
  zone: "#ffebe9"
};
var round = (value) => String(Math.round(value * 10) / 10);
function niceScale(min, max, count = 5) {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1, ticks: [0, 0.5, 1] };
  if (max - min < 1e-12) {
    const pad2 = Math.abs(max) > 1e-12 ? Math.abs(max) * 0.1 : 1;
    return niceScale(min - pad2, max + pad2, count);
  }
  const rough = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalised = rough / magnitude;
  const step = (normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10) * magnitude;
  const low = Math.floor(min / step + 1e-9);
  const high = Math.ceil(max / step - 1e-9);
  const ticks = [];
  for (let k = low; k <= high; k++) ticks.push(Number((k * step).toPrecision(12)));
  return { min: ticks[0], max: ticks[ticks.length - 1], ticks };
}
function label(text, x, y, attributes, chars) {
  const cut = text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}\u2026` : text;
  const tooltip = cut === text ? "" : `<title>${escapeHtml(text)}</title>`;
  return `<text x="${round(x)}" y="${round(y)}" ${attributes}>${tooltip}${escapeHtml(cut)}</text>`;
}
function open(width, height, ariaLabel) {
  return `<svg class="chart" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="0 0 ${Math.round(width)} ${Math.round(height)}" role="img" aria-label="${escapeHtml(ariaLabel)}"><title>${escapeHtml(ariaLabel)}</title>`;
}
function verticalBars(options) {
  const { categories, series, format } = options;
  const barWidth = 28;
  const groupWidth = series.length * barWidth + 18;
  const margin = { top: 18, right: 16, bottom: 40, left: 52 };
  const plotWidth = Math.max(280, categories.length * groupWidth);
  const plotHeight = 170;
  const width = margin.left + plotWidth + margin.right;
  const height = margin.top + plotHeight + margin.bottom;
  const values = series.flatMap((s) => s.values.filter((v) => v !== null && Number.isFinite(v)));
  const scale = niceScale(0, Math.max(options.minMax ?? 0, options.reference?.value ?? 0, ...values), 4);
  const y = (value) => margin.top + plotHeight - (value - scale.min) / (scale.max - scale.min) * plotHeight;
  const slot = plotWidth / Math.max(1, categories.length);
  const out = [open(width, height, options.ariaLabel)];
  for (const tick of scale.ticks) {
    out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${margin.left - 6}" y="${round(y(tick) + 4)}" text-anchor="end" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  const labelled = categories.length * series.length <= 24;
  categories.forEach((category, i) => {
    const groupLeft = margin.left + i * slot + (slot - series.length * barWidth) / 2;
    series.forEach((s, j) => {
      const value = s.values[i];
      if (value === null || value === void 0 || !Number.isFinite(value)) return;
      const top = y(Math.max(value, scale.min));
      const x = groupLeft + j * barWidth;
      out.push(`<rect x="${round(x + 1)}" y="${round(top)}" width="${barWidth - 2}" height="${round(y(scale.min) - top)}" fill="${s.color}"><title>${escapeHtml(`${s.name}, ${category}: ${format(value)}`)}</title></rect>`);
      if (labelled) out.push(`<text x="${round(x + barWidth / 2)}" y="${round(top - 4)}" text-anchor="middle" class="value">${escapeHtml(format(value))}</text>`);
    });
    out.push(label(category, margin.left + i * slot + slot / 2, margin.top + plotHeight + 16, 'text-anchor="middle" class="category"', Math.max(4, Math.floor(slot / 6.5))));
  });
  if (options.reference) {
    const ry = y(options.reference.value);
    out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${round(ry)}" y2="${round(ry)}" stroke="${COLORS.axis}" stroke-width="1.5" stroke-dasharray="5 4"><title>${escapeHtml(options.reference.label)}</title></line>`);
  }
  out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${round(y(scale.min))}" y2="${round(y(scale.min))}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push("</svg>");
  return out.join("");
}
function horizontalBars(options) {
  const { items, series, format } = options;
  const barHeight = 12;
  const rowHeight = series.length * barHeight + 10;
  const margin = { top: 10, right: 64, bottom: 28, left: 180 };
  const plotWidth = 380;
  const plotHeight = Math.max(1, items.length) * rowHeight;
  const width = margin.left + plotWidth + margin.right;
  const height = margin.top + plotHeight + margin.bottom;
  const ends = series.flatMap((s) => s.values.flatMap((v, i) => v === null || !Number.isFinite(v) ? [] : [v - (s.spread?.[i] ?? 0), v + (s.spread?.[i] ?? 0)]));
  const scale = niceScale(Math.min(0, ...ends), Math.max(0, ...ends), 5);
  const x = (value) => margin.left + (value - scale.min) / (scale.max - scale.min) * plotWidth;
  const out = [open(width, height, options.ariaLabel)];
  for (const tick of scale.ticks) {
    out.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${margin.top}" y2="${margin.top + plotHeight}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${round(x(tick))}" y="${margin.top + plotHeight + 16}" text-anchor="middle" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  items.forEach((item, i) => {
    const rowTop = margin.top + i * rowHeight + 5;
    out.push(label(item, margin.left - 8, rowTop + series.length * barHeight / 2 + 4, 'text-anchor="end" class="category"', 26));
    series.forEach((s, j) => {
      const value = s.values[i];
      if (value === null || value === void 0 || !Number.isFinite(value)) return;
      const top = rowTop + j * barHeight;
      const left = Math.min(x(0), x(value));
      out.push(`<rect x="${round(left)}" y="${top + 1}" width="${round(Math.max(0.5, Math.abs(x(value) - x(0))))}" height="${barHeight - 2}" fill="${s.color}"><title>${escapeHtml(`${s.name}, ${item}: ${format(value)}`)}</title></rect>`);
      const spread = s.spread?.[i];
      if (spread !== null && spread !== void 0 && spread > 0) {
        const mid = top + barHeight / 2;
        out.push(`<line x1="${round(x(value - spread))}" x2="${round(x(value + spread))}" y1="${mid}" y2="${mid}" stroke="#1f2328" stroke-width="1"/>`);
      }
      out.push(`<text x="${round(Math.max(x(0), x(value + (spread ?? 0))) + 4)}" y="${top + barHeight - 2}" class="value">${escapeHtml(format(value))}</text>`);
    });
  });
  out.push(`<line x1="${round(x(0))}" x2="${round(x(0))}" y1="${margin.top}" y2="${margin.top + plotHeight}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push("</svg>");
  return out.join("");
}
function forestPlot(options) {
  const { rows, format } = options;
  const rowHeight = 30;
  const margin = { top: 12, right: 190, bottom: 30, left: 120 };
  const plotWidth = 420;
  const plotHeight = Math.max(1, rows.length) * rowHeight;
  const width = margin.left + plotWidth + margin.right;
  const height = margin.top + plotHeight + margin.bottom;
  const ends = rows.flatMap((r) => [r.estimate, r.lower, r.upper, r.limit].filter((v) => v !== null && v !== void 0 && Number.isFinite(v)));
  const extent = Math.max(1e-6, ...ends.map(Math.abs));
  const scale = niceScale(Math.min(0, ...ends, -extent * 0.15), Math.max(0, ...ends, extent * 0.15), 6);
  const x = (value) => margin.left + (Math.min(Math.max(value, scale.min), scale.max) - scale.min) / (scale.max - scale.min) * plotWidth;
  const out = [open(width, height, options.ariaLabel)];
  rows.forEach((row, i) => {
    const top = margin.top + i * rowHeight;
    if (row.limit !== void 0 && row.worseSide) {
      const from = row.worseSide === "below" ? margin.left : x(row.limit);
      const to = row.worseSide === "below" ? x(row.limit) : margin.left + plotWidth;
      out.push(`<rect x="${round(from)}" y="${top + 2}" width="${round(Math.max(0, to - from))}" height="${rowHeight - 4}" fill="${COLORS.zone}"/>`);
      out.push(`<line x1="${round(x(row.limit))}" x2="${round(x(row.limit))}" y1="${top + 2}" y2="${top + rowHeight - 2}" stroke="${COLORS.regression}" stroke-width="1.5" stroke-dasharray="4 3"/>`);
    }
  });
  for (const tick of scale.ticks) {
    out.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${margin.top + plotHeight}" y2="${margin.top + plotHeight + 4}" stroke="${COLORS.axis}"/>`);
    out.push(`<text x="${round(x(tick))}" y="${margin.top + plotHeight + 17}" text-anchor="middle" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${margin.top + plotHeight}" y2="${margin.top + plotHeight}" stroke="${COLORS.axis}"/>`);
  out.push(`<line x1="${round(x(0))}" x2="${round(x(0))}" y1="${margin.top}" y2="${margin.top + plotHeight}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  rows.forEach((row, i) => {
    const mid = margin.top + i * rowHeight + rowHeight / 2;
    const color = row.flagged ? COLORS.regression : COLORS.model;
    out.push(label(row.label, margin.left - 8, mid + 4, 'text-anchor="end" class="category"', 18));
    if (row.lower !== void 0 && row.upper !== void 0) {
      out.push(`<line x1="${round(x(row.lower))}" x2="${round(x(row.upper))}" y1="${mid}" y2="${mid}" stroke="${color}" stroke-width="2"/>`);
      for (const end of [row.lower, row.upper]) out.push(`<line x1="${round(x(end))}" x2="${round(x(end))}" y1="${mid - 5}" y2="${mid + 5}" stroke="${color}" stroke-width="2"/>`);
    }
    if (row.estimate !== null && Number.isFinite(row.estimate)) out.push(`<circle cx="${round(x(row.estimate))}" cy="${mid}" r="4.5" fill="${color}"/>`);
    out.push(`<text x="${margin.left + plotWidth + 10}" y="${mid + 4}" class="value">${escapeHtml(row.note)}</text>`);
  });
  out.push("</svg>");
  return out.join("");
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
var badge = (verdict) => `<span class="v ${verdict}">${verdict}</span>`;
var flag = (verdict, text) => `<span class="v ${verdict}">${escapeHtml(text)}</span>`;
var pct = (value) => value === null || value === void 0 ? "\u2014" : `${(value * 100).toFixed(1)}%`;
var code = (text) => `<code>${escapeHtml(text)}</code>`;
var keyOf = (color, text, line = false) => `<span><span class="key${line ? " line" : ""}" style="${line ? `border-color:${color}` : `background:${color}`}"></span>${escapeHtml(text)}</span>`;
var legend = (...keys) => `<div class="legend">${keys.join("")}</div>`;
var figure = (svg, legendHtml, caption) => `<figure>${legendHtml}${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
function cellHtml(cell2, tag) {
  const scope = tag === "th" ? ' scope="row"' : "";
  if (typeof cell2 === "string") return `<${tag}${scope}>${escapeHtml(cell2)}</${tag}>`;
  const content = "html" in cell2 ? cell2.html : escapeHtml(cell2.text);
  return `<${tag}${scope}${cell2.n ? ' class="n"' : ""}>${content}</${tag}>`;
}
var n = (text) => ({ text, n: true });
var html = (markup) => ({ html: markup });
function table(head, rows, options = {}) {
  if (rows.length === 0) return "";
  if (options.dropEmptyColumns) {
    const isEmpty = (cell2) => cell2 === void 0 ? true : typeof cell2 === "string" ? cell2 === "" : ("html" in cell2 ? cell2.html : cell2.text) === "";
    const keep = head.map((_, i) => i === 0 || rows.some((r) => !isEmpty(r[i])));
    return table(
      head.filter((_, i) => keep[i]),
      rows.map((r) => r.filter((_, i) => keep[i])),
      { ...options, dropEmptyColumns: false }
    );
  }
  const rowHeaders = options.rowHeaders ?? true;
  const body = rows.map((r) => `<tr>${r.map((c, i) => cellHtml(c, i === 0 && rowHeaders ? "th" : "td")).join("")}</tr>`).join("");
  return `<table${options.wide ? ' class="wide"' : ""}>${options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : ""}<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${body}</tbody></table>`;
}
function findings(list3) {
  if (list3.length === 0) return "";
  const items = list3.map((f) => {
    const where = location(f);
    return `<li class="${f.severity}"><strong>${escapeHtml(f.severity)}</strong> ${code(f.code)} ${where ? `${code(where)} ` : ""}${escapeHtml(f.message)}${f.hint ? ` <span class="hint">\u2014 ${escapeHtml(f.hint)}</span>` : ""}</li>`;
  });
  return `<ul class="findings">${items.join("")}</ul>`;
}
function gates(list3) {
  if (list3.length === 0) return "";
  const out = ["<h3>Gates</h3>", table(["Gate", "Verdict", "Blocking", "Summary"], list3.map((g) => [g.gate, html(badge(g.verdict)), g.blocking ? "blocking" : "advisory", g.summary]), { wide: true })];
  for (const g of list3) {
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
function evaluationSection2(e) {
  const out = [`<h3>Evaluation on ${code(e.dataset)} (${e.rows} rows)</h3>`];
  const champion = e.champion;
  out.push(
    table(
      ["Metric", "Model", ...champion ? [`Champion ${champion.version}`, "\u0394"] : []],
      Object.entries(e.metrics).map(([id, value]) => {
        const other = champion?.metrics[id];
        const delta = value !== null && other !== void 0 && other !== null ? value - other : null;
        return [id, n(num(value)), ...champion ? [n(num(other)), n(signed(delta))] : []];
      }),
      { caption: "Metrics" }
    )
  );
  if (e.confusion) {
    const c = e.confusion;
    out.push(table(["", "Predicted negative", "Predicted positive"], [["Actual negative", n(String(c.tn)), n(String(c.fp))], ["Actual positive", n(String(c.fn)), n(String(c.tp))]], { caption: "Confusion matrix at the threshold" }));
  }
  if (e.operational) {
    const op = e.operational;
    out.push(
      table(
        ["Latency p50 (ms)", "p95 (ms)", "p99 (ms)", "Throughput (rows/s)", "Model size (MiB)", "Peak RSS (MiB)"],
        [[n(num(op.latencyMs.p50)), n(num(op.latencyMs.p95)), n(num(op.latencyMs.p99)), n(num(op.throughputRowsPerS)), n(num(op.modelSizeMb)), n(num(op.peakRssMb))]],
        { caption: "Operational", rowHeaders: false }
      )
    );
  }
  if (e.baseline) {
    const b = e.baseline;
    out.push(
      `<h4>Against the baseline (${escapeHtml(b.kind)})</h4><p class="muted">${escapeHtml(b.description)}</p>`,
      table(
        ["Metric", "Model", "Baseline", "\u0394", ...b.comparisons.some((c) => c.ci) ? ["Interval of \u0394"] : []],
        b.comparisons.map((c) => [c.metric, n(num(c.challenger)), n(num(c.champion)), n(signed(c.delta)), ...b.comparisons.some((x) => x.ci) ? [n(intervalText(c))] : []])
      )
    );
  }
  if (champion) out.push(championSection(champion));
  if (e.importance) out.push(importanceSection(e.importance));
  return out.join("\n");
}
function championSection(champion) {
  const level = champion.comparisons.find((c) => c.ci)?.ci?.level;
  const rows = champion.comparisons.map((c) => {
    const direction = metricById(c.metric)?.direction;
    const tolerance = champion.tolerance;
    const limit = tolerance === void 0 || direction === void 0 ? {} : direction === "higher-is-better" ? { limit: -tolerance, worseSide: "below" } : { limit: tolerance, worseSide: "above" };
    return {
      label: c.metric,
      estimate: c.delta,
      ...c.ci ? { lower: c.ci.lower, upper: c.ci.upper } : {},
      ...limit,
      flagged: c.regression === true,
      note: `\u0394 ${signed(c.delta)}${c.ci ? ` ${intervalText(c)}` : ""}${c.regression ? " regression" : ""}`
    };
  });
  const levelText = level === void 0 ? "" : ` with ${Math.round(level * 100)}% intervals`;
  const aria = `Forest plot of model minus champion ${champion.version} per metric${levelText}: ${champion.comparisons.map((c) => `${c.metric} ${signed(c.delta)} ${intervalText(c)}${c.regression ? " (regression)" : ""}`).join("; ")}${champion.tolerance === void 0 ? "" : `; tolerance ${num(champion.tolerance)}`}.`;
  const out = [
    `<h3>Champion vs challenger</h3>`,
    `<p>Against the champion <strong>${escapeHtml(champion.version)}</strong> (${code(champion.source)}, commit ${code(champion.commit.slice(0, 12))}), on the same rows.</p>`
  ];
  if (rows.length > 0) {
    out.push(
      figure(
        forestPlot({ ariaLabel: aria, rows, format: (v) => signed(v) }),
        legend(keyOf(COLORS.model, `\u0394 = model \u2212 champion${levelText}`), keyOf(COLORS.regression, "regression"), ...champion.tolerance === void 0 ? [] : [keyOf(COLORS.regression, `tolerance ${num(champion.tolerance)} (shaded: worse side)`, true)]),
        champion.tolerance === void 0 ? "A regression is a significant worsening by more than the tolerance; this report does not record the tolerance." : `A metric regresses when its whole interval lies past the dashed tolerance line on the worse side; an interval that straddles it is no evidence of a regression.`
      )
    );
  }
  out.push(
    table(
      ["Metric", "Model", "Champion", "\u0394", "Interval of \u0394", "p", "Method", "Regression"],
      champion.comparisons.map((c) => [c.metric, n(num(c.challenger)), n(num(c.champion)), n(signed(c.delta)), n(intervalText(c)), n(c.pValue === void 0 ? "" : num(c.pValue)), c.method ?? "", html(c.regression ? flag("fail", "yes") : "no")])
    )
  );
  if (champion.mcnemar) {
    const m = champion.mcnemar;
    out.push(`<p>McNemar (${escapeHtml(m.method)}): ${m.onlyChallengerCorrect} rows only the model gets right, ${m.onlyChampionCorrect} only the champion; p = ${escapeHtml(num(m.pValue))}.</p>`);
  }
  return out.join("\n");
}
function importanceSection(importance) {
  const champion = new Map((importance.champion ?? []).map((f) => [f.feature, f]));
  const features = [...importance.challenger.map((f) => f.feature), ...(importance.champion ?? []).map((f) => f.feature).filter((f) => !importance.challenger.some((c) => c.feature === f))];
  const model = new Map(importance.challenger.map((f) => [f.feature, f]));
  const series = [{ name: "model", color: COLORS.model, values: features.map((f) => model.get(f)?.importance ?? null), spread: features.map((f) => model.get(f)?.std ?? null) }];
  if (importance.champion) series.push({ name: "champion", color: COLORS.champion, values: features.map((f) => champion.get(f)?.importance ?? null), spread: features.map((f) => champion.get(f)?.std ?? null) });
  const aria = `Permutation importance (drop in ${importance.metric}) per feature, ${importance.champion ? "model and champion" : "model"}: ${features.map((f) => `${f} ${num(model.get(f)?.importance)}${importance.champion ? ` / ${num(champion.get(f)?.importance)}` : ""}`).join("; ")}.`;
  return [
    "<h3>Permutation importance</h3>",
    figure(
      horizontalBars({ ariaLabel: aria, items: features, series, format: num }),
      legend(keyOf(COLORS.model, "model"), ...importance.champion ? [keyOf(COLORS.champion, "champion")] : [], "<span>whisker: \xB1 1 standard deviation over the shuffles</span>"),
      `Drop in ${importance.metric} when the feature is shuffled, ${importance.repeats} shuffles on ${importance.rows} rows.`
    ),
    `<details><summary>Values</summary>${table(
      ["Feature", "Model", "\xB1 std", ...importance.champion ? ["Champion", "\xB1 std"] : []],
      features.map((f) => [f, n(num(model.get(f)?.importance)), n(num(model.get(f)?.std)), ...importance.champion ? [n(num(champion.get(f)?.importance)), n(num(champion.get(f)?.std))] : []])
    )}</details>`
  ].join("\n");
}
var isBinary = (g) => "rates" in g;
function groupCells(group, judged) {
  const name = html(`${escapeHtml(group.group)}${judged ? "" : ' <span class="muted">(not judged)</span>'}`);
  if (isBinary(group)) {
    const r = group.rates;
    return [name, n(String(group.count)), n(pct(group.share)), n(pct(r.base_rate)), n(pct(r.selection_rate)), n(pct(r.tpr)), n(pct(r.fpr)), n(pct(r.precision)), n(pct(r.accuracy))];
  }
  return [name, n(String(group.count)), n(pct(group.share)), n(num(group.measures.mae)), n(num(group.measures.rmse)), n(num(group.measures.mean_prediction))];
}
function attributeSection(attribute, champion, band, checks) {
  const out = [`<h4>${escapeHtml(attribute.name)}</h4>`];
  if (attribute.error) return [...out, `<p>${badge("error")} ${escapeHtml(attribute.error)}</p>`].join("\n");
  const judged = new Set(attribute.compared);
  const binary = attribute.groups.some(isBinary);
  const head = binary ? ["Group", "Rows", "Share", "Base rate", "Selected", "TPR", "FPR", "Precision", "Accuracy"] : ["Group", "Rows", "Share", "MAE", "RMSE", "Mean prediction"];
  const rows = attribute.groups.map((g) => groupCells(g, judged.has(g.group)));
  if (attribute.overall) rows.push(groupCells({ ...attribute.overall, group: "overall" }, true));
  out.push(table(head, rows));
  if (attribute.excluded.length > 0) out.push(`<ul>${attribute.excluded.map((e) => `<li>${escapeHtml(e.group)}: ${escapeHtml(e.reason)}</li>`).join("")}</ul>`);
  if (binary) {
    const groups = attribute.groups.filter(isBinary);
    const championGroups = new Map((champion?.groups ?? []).filter(isBinary).map((g) => [g.group, g]));
    const series = [{ name: "model", color: COLORS.model, values: groups.map((g) => g.rates.selection_rate) }];
    if (champion) series.push({ name: "champion", color: COLORS.champion, values: groups.map((g) => championGroups.get(g.group)?.rates.selection_rate ?? null) });
    const overall = attribute.overall && isBinary(attribute.overall) ? attribute.overall.rates.selection_rate : null;
    const aria = `Selection rate by ${attribute.name}: ${groups.map((g) => `${g.group} ${pct(g.rates.selection_rate)}${champion ? ` (champion ${pct(championGroups.get(g.group)?.rates.selection_rate)})` : ""}`).join("; ")}${overall === null ? "" : `; overall ${pct(overall)}`}.`;
    out.push(
      figure(
        verticalBars({ ariaLabel: aria, categories: groups.map((g) => g.group), series, format: pct, minMax: 0.1, ...overall === null ? {} : { reference: { value: overall, label: `overall ${pct(overall)}` } } }),
        legend(keyOf(COLORS.model, "model"), ...champion ? [keyOf(COLORS.champion, "champion")] : [], ...overall === null ? [] : [keyOf(COLORS.axis, `overall selection rate ${pct(overall)}`, true)]),
        `Share of each group the model selects (predicts positive).`
      )
    );
  } else {
    const groups = attribute.groups.filter((g) => !isBinary(g));
    const aria = `Mean absolute error by ${attribute.name}: ${groups.map((g) => `${g.group} ${num(g.measures.mae)}`).join("; ")}.`;
    out.push(figure(verticalBars({ ariaLabel: aria, categories: groups.map((g) => g.group), series: [{ name: "model", color: COLORS.model, values: groups.map((g) => g.measures.mae) }], format: num }), legend(keyOf(COLORS.model, "model")), "Mean absolute error per group."));
  }
  const championAggregates = new Map((champion?.aggregates ?? []).map((a) => [a.key, a]));
  const aggregates = attribute.aggregates.filter((a) => a.method === "between_groups" && (a.agg === void 0 || a.agg === "worst_case"));
  out.push(
    table(
      ["Aggregate (between groups)", "Value", "Interval", "Bound", "Decision", "Lowest", "Highest", ...champion ? ["Champion"] : []],
      aggregates.map((a) => {
        const component = a.components[0];
        const extreme = (g) => g ? `${g.group} ${num(g.value)}` : "";
        const check = checks.get(`${a.id} (${attribute.name})`);
        return [
          a.id,
          n(a.value === null ? `\u2014 (${a.reason ?? a.status})` : num(a.value)),
          n(a.ci ? `[${num(a.ci.lower)}, ${num(a.ci.upper)}] at ${Math.round(a.ci.level * 100)}%` : ""),
          n(check?.bound ? describeBound(check.bound) : ""),
          check ? decisionText(check) : "not gated",
          extreme(component?.lowest),
          extreme(component?.highest),
          ...champion ? [n(num(championAggregates.get(a.key)?.value))] : []
        ];
      }),
      { caption: "Aggregates" }
    )
  );
  if (attribute.reference) {
    out.push(
      table(
        ["Disparity", "Group", "Group rate", "Reference rate", "Ratio", "Interval", `Within ${num(band.min)}\u2013${num(band.max)}`],
        attribute.disparities.map((d) => [
          d.id,
          d.group,
          n(num(d.groupRate)),
          n(num(d.referenceRate)),
          n(d.value === null ? `\u2014 (${d.reason ?? "no value"})` : num(d.value)),
          n(d.ci ? `[${num(d.ci.lower)}, ${num(d.ci.upper)}]` : ""),
          html(d.withinBand === null ? "\u2014" : d.withinBand ? "yes" : flag("warn", "no"))
        ]),
        { caption: `Disparities against the reference group ${attribute.reference.group} (${attribute.reference.chosen})` }
      )
    );
  } else if (attribute.referenceProblem) out.push(`<p>No reference group: ${escapeHtml(attribute.referenceProblem.message)}</p>`);
  for (const note of attribute.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join("\n");
}
function fairnessSection(fairness, gate2) {
  const { challenger, champion } = fairness;
  const resamples = challenger.bootstrap ? ` (${challenger.bootstrap.resamples} resamples)` : "";
  const out = [`<h3>Fairness</h3>`, `<p>${challenger.rows} rows; groups under ${challenger.minGroupSize} rows are reported, not judged. ${escapeHtml(ruleSentence(challenger, gate2))}${resamples}</p>`];
  for (const note of challenger.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  const checks = new Map((gate2?.checks ?? []).map((c) => [c.name, c]));
  for (const attribute of challenger.attributes) out.push(attributeSection(attribute, champion?.attributes.find((a) => a.name === attribute.name), challenger.band, checks));
  return out.join("\n");
}
function histogramFigure(histogram, column) {
  const aria = `Histogram of ${histogram.column}, share of rows per bin, reference vs current: ${histogram.bins.map((b, i) => `${b} ${pct(histogram.reference[i])} vs ${pct(histogram.current[i])}`).join("; ")}.`;
  return figure(
    verticalBars({
      ariaLabel: aria,
      categories: histogram.bins,
      series: [
        { name: "reference", color: COLORS.reference, values: histogram.reference },
        { name: "current", color: COLORS.current, values: histogram.current }
      ],
      format: pct,
      minMax: 0.1
    }),
    legend(keyOf(COLORS.reference, "reference"), keyOf(COLORS.current, "current")),
    `${histogram.column}: share of the non-missing rows per bin${column ? ` \u2014 ${methodText(column)} ${driftScoreText(column)}, ${column.drifted ? "drifted" : "not drifted"}` : ""}.`
  );
}
function driftSection(drift2) {
  const f = drift2.features;
  const out = [
    `<h3>Drift</h3>`,
    `<p>${code(drift2.current.dataset)} (${drift2.current.rows} rows) against ${code(drift2.reference.dataset)} (${drift2.reference.rows} rows)${drift2.source === "profile" ? ", from profiles" : ""}: <strong>${f.drifted} of ${f.columns.length} features drifted</strong> (${pct(f.share)})${f.untested > 0 ? ` \u2014 ${f.untested} not tested, counted as not drifted${f.undecided ? ` ${flag("warn", "could have tipped the decision")}` : ""}` : ""}; the dataset counts as drifted at \u2265 ${pct(f.driftShare)}${f.datasetDrifted ? ` ${flag("fail", "dataset drifted")}` : ""}. Correction: ${escapeHtml(f.correction)}; ${escapeHtml(thresholdModeText(f))}.</p>`
  ];
  const histograms = drift2.histogram ? [drift2.histogram] : [];
  const byColumn = new Map(f.columns.map((c) => [c.column, c]));
  for (const h of histograms) out.push(histogramFigure(h, byColumn.get(h.column)));
  out.push(
    table(
      ["Feature", "Type", "Method", "Statistic", "p (adjusted) / distance", "Threshold \xB7 false alarms", "Drifted", "Missing (ref \u2192 cur)"],
      orderedColumns(f.columns).map((c) => {
        const { reference, current, changed } = c.missing;
        return [
          html(code(c.column)),
          c.kind,
          methodText(c),
          c.evaluated ? n(num(c.statistic)) : statisticText(c),
          n(driftScoreText(c)),
          n(thresholdText(c)),
          html(c.drifted ? flag("fail", "yes") : c.evaluated ? "no" : flag("warn", "not tested")),
          html(`${escapeHtml(`${pct(reference.share)} \u2192 ${pct(current.share)}`)}${changed ? ` ${flag("warn", "changed")}` : ""}`)
        ];
      }),
      { caption: "Features, drifted first" }
    )
  );
  if (drift2.prediction) {
    const p = drift2.prediction;
    out.push(`<p><strong>Prediction drift</strong> (${escapeHtml(p.output)}): ${escapeHtml(methodText(p))} ${p.evaluated ? escapeHtml(`statistic ${num(p.statistic)}, ${driftScoreText(p)}, threshold ${thresholdText(p)}`) : escapeHtml(`not tested: ${p.error ?? ""}`)} \u2014 ${p.drifted ? flag("fail", "drifted") : p.evaluated ? "no drift" : "not tested"}.</p>`);
  }
  if (drift2.domainClassifier) {
    const d = drift2.domainClassifier;
    const verdict = d.drifted ? `${flag("fail", "drifted")} the samples can be told apart` : "no drift";
    out.push(`<p><strong>Domain classifier:</strong> cross-validated ROC AUC ${escapeHtml(num(d.auc))}, drift above ${escapeHtml(num(d.threshold))} (${escapeHtml(domainThresholdSource(d))}; false-alarm rate ${escapeHtml(num(d.falseAlarmRate * 100))}%, permutation p = ${escapeHtml(num(d.pValue))}) \u2014 ${verdict}. ${escapeHtml(d.model)}; ${d.rows.reference.used} reference and ${d.rows.current.used} current rows.</p>`);
    out.push(table(["Top feature", "AUC drop when shuffled", "Coefficient norm"], d.topFeatures.map((t) => [html(code(t.column)), n(num(t.aucDrop)), n(num(t.coefficientNorm))])));
  }
  if (drift2.performance) {
    const p = drift2.performance;
    out.push(
      table(
        ["Metric", "Estimate", "Band (\xB1 3 SE)", ...p.labelled ? ["Realised"] : [], "Reference", "Alert below", "Dropped"],
        p.metrics.map((m) => [m.metric, n(num(m.estimate)), n(m.lower === null ? "\u2014" : `${num(m.lower)}\u2013${num(m.upper)}`), ...p.labelled ? [n(num(m.realised))] : [], n(num(m.reference)), n(num(m.thresholds.lower)), html(m.dropped ? flag("fail", "yes") : "no")]),
        { caption: `Estimated performance (CBPE on ${p.rows} rows, threshold ${num(p.threshold)}, ${p.calibration.calibrated ? "isotonic-calibrated scores" : "scores not calibrated"}: ${p.calibration.reason})` }
      )
    );
  }
  if (drift2.skipped.length > 0) out.push(`<ul>${drift2.skipped.map((s) => `<li>${badge("skipped")} ${escapeHtml(s.part)}: ${escapeHtml(s.reason)}</li>`).join("")}</ul>`);
  for (const note of drift2.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join("\n");
}
var STATUS_TEXT = { verified: "\u2714 verified", answered: "\u2714 answered", unanswered: "unanswered", "no-evidence": "! no evidence", "answered-no": "\u2716 no", placeholder: "\u2716 placeholder", contradicted: "\u2716 contradicted" };
function checklistSection2(model) {
  const checklist2 = model.checklist;
  if (!checklist2) return "";
  const out = [`<h3>Readiness checklist</h3>`, `<p>${escapeHtml(checklistText(model))}.</p>`];
  for (const section of checklistSections(checklist2.items)) {
    const items = checklist2.items.filter((i) => i.section === section);
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
        { caption: `${section} \u2014 ${sectionTitle(section, checklist2.sectionTitles)}`, wide: true }
      )
    );
  }
  return out.join("\n");
}
function auditSection(model) {
  const audit2 = model.audit;
  if (!audit2) return "";
  return [
    "<h3>Stages</h3>",
    audit2.stages.length > 0 ? table(["Stage", "Version", "Tag", "Since (UTC)"], audit2.stages.map((s) => [s.stage, s.version ?? "?", html(code(s.tag)), timeText(s.since)])) : '<p class="muted">No stage assigned at that time.</p>',
    "<h3>History</h3>",
    table(
      ["Time (UTC)", "Event", "Tag", "Commit", "Tagger", "Pull request", "Gates", "Signature"],
      audit2.events.map((ev) => [
        timeText(ev.time),
        eventTitle(ev),
        html(code(ev.tag)),
        html(code(ev.commit.slice(0, 12))),
        ev.tagger ?? "",
        html(escapeHtml(pullRequestText(ev)) + (ev.workflowRun ? ` \xB7 <a href="${escapeHtml(ev.workflowRun)}">run</a>` : "")),
        html(ev.verdict ? badge(ev.verdict) + (ev.gates ? ` <span class="muted">${escapeHtml(ev.gates.map((g) => `${g.gate} ${g.verdict}`).join(", "))}</span>` : "") : escapeHtml(`evidence ${ev.evidence}`)),
        ev.signature + (ev.signatureDetail ? ` \u2014 ${ev.signatureDetail}` : "")
      ]),
      { wide: true }
    ),
    "<h3>Registered versions</h3>",
    table(["Version", "Tag", "Registered (UTC)", "Artifact"], audit2.versions.map((v) => [v.version, html(code(v.tag)), timeText(v.time), artifactStatusText(v)]))
  ].join("\n");
}
var modelId = (index) => `model-${index + 1}`;
function modelSection2(m, index) {
  const out = [
    `<section class="model" id="${modelId(index)}" aria-labelledby="${modelId(index)}-title">`,
    `<h2 id="${modelId(index)}-title">${escapeHtml(modelTitle(m))} ${badge(m.verdict)}</h2>`,
    `<p class="muted">Manifest ${code(m.manifest)}${m.change ? ` \xB7 ${escapeHtml(changeText(m))}` : ""}</p>`
  ];
  if (m.enforcement) out.push(`<p><strong>Policy:</strong> ${escapeHtml(enforcementText(m.enforcement))}.</p>`);
  if (m.promotion) out.push(`<p><strong>Promotion:</strong> ${escapeHtml(promotionText(m.promotion))}</p>`);
  if (m.monitoring) out.push(`<p><strong>Monitoring:</strong> ${escapeHtml(monitoringText(m.monitoring))}.</p>`);
  out.push(findings(m.findings), auditSection(m), gates(m.gates));
  const e = m.evaluation;
  if (e) {
    out.push(evaluationSection2(e));
    if (e.fairness) out.push(fairnessSection(e.fairness, m.gates.find((g) => g.gate === "fairness")));
    if (e.drift) out.push(driftSection(e.drift));
  }
  out.push(checklistSection2(m), "</section>");
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
    ...report.models.map(modelSection2),
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

// src/core/checklist/summary.ts
var STATUS_WORDS = {
  unanswered: "unanswered",
  "no-evidence": "no evidence",
  "answered-no": "no",
  placeholder: "placeholder",
  contradicted: "contradicted"
};
function checklistGapLines(checklist2) {
  const lines = [];
  for (const section of checklistSections(checklist2.items)) {
    const required = checklist2.items.filter((i) => i.section === section && i.required);
    const open2 = required.filter((i) => !i.satisfied);
    if (open2.length === 0) continue;
    const named = open2.map((i) => `${i.id.slice(section.length + 1)} (${STATUS_WORDS[i.status] ?? i.status})`);
    lines.push(`${section}: ${open2.length} of ${required.length} required open \u2014 ${named.join(", ")}`);
  }
  return lines;
}

// src/core/report/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, gray: 90, bold: 1 };
function renderText(report, options = {}) {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
  const verdictStyle = (v) => v === "pass" ? "green" : v === "warn" ? "yellow" : v === "skipped" ? "gray" : "red";
  const lines = [];
  const header = `modelops ${report.command} \xB7 ${report.repository.root}`;
  lines.push(paint("bold", header) + "  " + paint(verdictStyle(report.verdict), `${report.verdict.toUpperCase()} (exit ${report.exitCode})`));
  if (report.repository.base) lines.push(paint("gray", `compared with ${report.repository.base.ref} (${report.repository.base.commit.slice(0, 12)})`));
  if (report.audit) lines.push(paint("gray", auditScopeText(report)));
  const findingLine = (f, indent) => {
    const where = location(f);
    const severity = paint(f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "gray", f.severity);
    const code2 = report.command === "audit" ? ` [${f.code}]` : "";
    const out = [`${indent}${where ? where + ": " : ""}${severity}${code2}: ${f.message}`];
    if (f.hint) out.push(`${indent}  ${paint("gray", "hint: " + f.hint)}`);
    return out;
  };
  for (const f of report.findings) lines.push(...findingLine(f, ""));
  for (const model of report.models) {
    lines.push("");
    lines.push(`${paint(verdictStyle(model.verdict), VERDICT_MARK[model.verdict])} ${paint("bold", modelTitle(model))}  ${paint(verdictStyle(model.verdict), model.verdict)}  ${paint("gray", model.manifest)}`);
    const change = changeText(model);
    if (change) lines.push(`  change: ${change}`);
    const checklist2 = checklistText(model);
    if (checklist2) lines.push(`  checklist: ${checklist2}`);
    if (model.checklist) for (const gap of checklistGapLines(model.checklist)) lines.push(`    ${gap}`);
    const evaluation = model.evaluation;
    if (evaluation) {
      const metrics = Object.entries(evaluation.metrics).map(([id, v]) => `${id} ${num(v)}`);
      lines.push(`  evaluated on ${evaluation.dataset} (${evaluation.rows} rows): ${metrics.join(", ")}`);
      const op = evaluation.operational;
      if (op) lines.push(`  latency p50/p95/p99 ${num(op.latencyMs.p50)}/${num(op.latencyMs.p95)}/${num(op.latencyMs.p99)} ms, ${num(op.throughputRowsPerS)} rows/s, ${num(op.modelSizeMb)} MiB model`);
    }
    for (const gate2 of model.gates) {
      lines.push(`  ${paint(verdictStyle(gate2.verdict), VERDICT_MARK[gate2.verdict])} ${gate2.gate}: ${paint(verdictStyle(gate2.verdict), gate2.verdict)} \u2014 ${gate2.summary}`);
      for (const check of gate2.checks) {
        const bound2 = boundText(check);
        const champion = check.champion !== void 0 ? `, ${check.against ?? "champion"} ${num(check.champion)} (\u0394 ${signed(check.delta)})` : "";
        const decided = check.interval && check.verdict === "pass" ? ` ${Math.round(check.interval.level * 100)}% CI [${num(check.interval.lower)}, ${num(check.interval.upper)}], rule ${check.rule}` : "";
        lines.push(`      ${paint(verdictStyle(check.verdict), VERDICT_MARK[check.verdict])} ${check.name}: ${checkValue(check)}${bound2 ? ` (${bound2})` : ""}${decided}${champion}${check.verdict === "pass" || !check.message ? "" : " \u2014 " + check.message}${(check.verdict === "fail" || check.verdict === "error") && check.line ? ` (${model.manifest}:${check.line})` : ""}`);
      }
    }
    if (evaluation?.champion) {
      const c = evaluation.champion;
      lines.push(`  champion ${c.version} (${c.source}): ${c.comparisons.map((m) => `${m.metric} \u0394 ${signed(m.delta)} ${intervalText(m)}`).join("; ")}`);
      if (c.mcnemar) lines.push(`    McNemar: ${c.mcnemar.onlyChallengerCorrect} rows only the challenger gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num(c.mcnemar.pValue)}`);
    }
    if (evaluation?.importance) {
      const top = evaluation.importance.challenger.slice(0, 5).map((f) => `${f.feature} ${num(f.importance)}`);
      lines.push(`  top features (drop in ${evaluation.importance.metric} when permuted): ${top.join(", ")}`);
    }
    if (evaluation?.drift) lines.push(...driftText(evaluation.drift));
    if (model.monitoring) lines.push(`  monitoring: ${monitoringText(model.monitoring)}`);
    if (model.enforcement) lines.push(`  ${enforcementText(model.enforcement)}`);
    if (model.promotion) lines.push(`  promotion: ${promotionText(model.promotion)}`);
    if (model.audit) {
      const audit2 = model.audit;
      lines.push(`  stages: ${stagesText(audit2)}`);
      if (audit2.events.length > 0) lines.push("  history:");
      for (const e of audit2.events) {
        const extra = [e.tagger ?? "no tagger", pullRequestText(e), e.verdict ? `gates ${e.verdict}` : `evidence ${e.evidence}`, e.signature, e.seal === "broken" ? "seal broken" : ""].filter((x) => x !== "");
        lines.push(`    ${timeText(e.time).padEnd(16)}  ${eventTitle(e).padEnd(26)} ${paint("gray", e.tag)}  ${extra.join(" \xB7 ")}`);
      }
      for (const v of audit2.versions) lines.push(`  ${v.version}: ${artifactStatusText(v)} (${v.tag})`);
      for (const w of audit2.waivers ?? []) lines.push(`  waiver ${w.status}: ${w.check}${w.version ? ` of ${w.version}` : ""}${w.commit ? ` at ${w.commit.slice(0, 12)}` : ""}${w.tag ? ` at ${w.tag}` : ""} (${w.file ?? "modelops.yaml"}${w.line ? `:${w.line}` : ""}), approved by ${w.approvedBy.join(", ")} until ${w.expires}: ${w.reason}`);
    }
    for (const f of model.findings) lines.push(...findingLine(f, "  "));
  }
  lines.push("");
  lines.push(`${summaryText(report)}.`);
  return lines.join("\n") + "\n";
}

// src/cli.ts
var FORMATS = ["text", "json", "markdown", "html"];
var MAIN_HELP = `modelops ${TOOL_VERSION} \u2014 GitOps for ML models

Usage: modelops <command> [options]

Commands:
  validate [PATH...]   Check manifests against the schema, their files, the policy and a base ref
  gate [PATH...]       Validate, then run each changed model on its evaluation data through its gates
  promote              After a merge: gate what changed and write GTO tags that carry the evidence
  drift [NAME...]      Scheduled check of production models: drift, estimated performance, staleness
  profile FILE         Profile data for drift where it lives (or print the SQL that does it in a warehouse)
  audit [NAME...]      The audit trail from tags and history alone: who promoted what, when, on what evidence
  card <name>          A model card (Markdown) from the manifest and its latest evidence
  init <name>          Write models/<name>/model.yaml, inferred from the ONNX model and its data
  hash [PATH...]       Record changed sha256 digests in the manifests (--write); say when to bump the version

Options:
  -h, --help           Show help (also: modelops <command> --help)
  -v, --version        Show the version

Exit codes: 0 all valid, 1 a policy or gate failure, 2 invalid input or usage.
`;
var COMMANDS = {
  validate: {
    help: `Usage: modelops validate [PATH...] [options]

Validates every manifest the policy's globs match (default models/*/model.yaml), or the given
manifest files or model folders: YAML and schema, names, paths inside the repository, recorded
sha256 digests, data columns, gate bounds, the checklist the stage requires, and with --base the
stage transition, the version bump and the immutability of registered versions (git tags
<name>@v<version>).

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref (e.g. origin/main)
  --format FORMAT      text (default), json, markdown or html (one self-contained file)
  --output FILE        Also write the JSON report to FILE
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help

Exit codes: 0 all valid, 1 a policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      base: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  gate: {
    help: `Usage: modelops gate [PATH...] [options]

Validates like \`modelops validate\`, then, for every model changed against --base (every model with
--all, the given ones when paths are given, all when there is no base), runs its ONNX artifact on its
evaluation data and applies its gates:
  performance  metric bounds, latency/throughput/memory/size budgets, beating the manifest baseline
  robustness   missing values, zeros, extreme values (10x beyond the training range), noise
  champion     no significant regression against the version in production (latest
               <name>#production#N tag, else the base ref): paired bootstrap intervals, DeLong's
               test for ROC AUC, McNemar's test on correctness
  fairness     group metrics, Fairlearn aggregates and Aequitas disparities with bootstrap intervals
  drift        evaluation data vs data.reference (features, missing values, prediction, domain
               classifier, CBPE)
  approvals    the policy's approvals and soak time for the target stage, and waivers in force \u2014
               the Action reads the pull request's reviews; here the soak is measured from the
               tags and approvals are "not checked here" unless asserted with --pr and --approver
It also reports permutation feature importance for the model and its champion.

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref; gate only the models that changed
  --pr N               The pull request, to check approvals asserted with --approver
  --pr-author LOGIN    Its author (whose own approval never counts)
  --approver LOGIN     A reviewer who approved it (repeat for each); counted as asserted
  --all                Gate every model
  --seed N             Seed of resampling and perturbations (default 0)
  --format FORMAT      text (default), json, markdown or html (one self-contained file)
  --output FILE        Also write the JSON report to FILE
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help

Exit codes: 0 all gates pass, 1 a blocking gate or policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      base: { type: "string" },
      pr: { type: "string" },
      "pr-author": { type: "string" },
      approver: { type: "string", multiple: true },
      all: { type: "boolean", default: false },
      seed: { type: "string", default: "0" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  promote: {
    help: `Usage: modelops promote [options]

Merge = promote. Run on the default branch after a push (the Action passes the push's before and
after). For every model whose version or stage changed between --since and HEAD \u2014 and every model
whose manifest at HEAD declares a version or stage the registry does not record yet (a run that was
cancelled or failed) \u2014 validates and gates the merged commit like \`modelops gate --base <since>\`,
then enforces the whole policy of the stage it enters: approvals (asserted with --approver here),
soak in the previous stage (from the stage tags, measured now), checklist, required gates, and the
waivers in force (modelops.yaml waivers). A model that misses any of it gets nothing, and the report
says why; the others are still promoted. Otherwise writes annotated git tags in GTO's format:
  <name>@v<version>     registers the version at HEAD (once: a registered version never changes)
  <name>#<stage>#<n>    assigns the stage, n = the model's highest tag number + 1; it points at the
                        version's registration commit, which is how GTO finds the version it assigns
Each message is a one-line summary, a blank line, then the evidence as JSON: the gate report, the
pull request, its author and approvers, the workflow run, the promoted commit, the manifest's and
files' git blob ids (schemas/evidence.schema.json). Re-running is safe: what the tags already say is
not written again, and a run that stopped halfway is completed. Tags are signed when git is set up to
sign (tag.gpgSign=true or user.signingkey), unsigned otherwise. A content change pushed without a
version bump is reported (exit 1) and not promoted. A rollback is an ordinary change that sets an
earlier registered version back: it gets a new stage tag, no new registration.

Options:
  --repo DIR           Repository root (default: .)
  --since REF          The commit before the push; without it (or all zeros, a push that created
                       the branch) every model at HEAD counts as new
  --head REF           Fail unless HEAD is this commit (the push's after)
  --pr N               Number of the merged pull request
  --pr-author LOGIN    Its author
  --approver LOGIN     A reviewer who approved it (repeat for each). Counted as an asserted
                       approval (the evidence says so): team membership cannot be verified here,
                       so it counts for a team in approvals.from only with
                       approvals.unverified_membership: warn
  --pr-url URL         Its URL
  --run-url URL        URL of the workflow run
  --push REMOTE        Fetch tags from REMOTE first, push the tags to it afterwards
  --tagger "NAME <EMAIL>"  Tagger identity (default: git's user.name and user.email)
  --seed N             Seed of the gates' resampling (default 0)
  --format FORMAT      text (default), json, markdown or html
  --output FILE        Also write the JSON report to FILE
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help

Exit codes: 0 promoted or nothing to do, 1 a model was blocked, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      since: { type: "string" },
      head: { type: "string" },
      pr: { type: "string" },
      "pr-author": { type: "string" },
      approver: { type: "string", multiple: true },
      "pr-url": { type: "string" },
      "run-url": { type: "string" },
      push: { type: "string" },
      tagger: { type: "string" },
      seed: { type: "string", default: "0" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  audit: {
    help: `Usage: modelops audit [NAME...] [options]

Reads the registry from a clone alone (fetch the tags first: git fetch --tags), no API: per model
(all, or the names given) every registration and stage change with its time, tagger, pull request,
approvers and gate verdicts from the tag evidence; which version held each stage at --at; each
registered artifact re-hashed at its tag against its recorded sha256; signatures checked with git
verify-tag. Findings:
  error    unpromoted-change           a commit on --ref changed a model's version, stage or content
                                       and no tag's evidence covers it
  error    registered-version-changed  a registered version's content changed later, same version
  error    tag-moved / evidence-mismatch  a tag points elsewhere than its evidence says, or the
                                       manifest there disagrees with it (version, sha256)
  error    artifact-hash-mismatch      a registered artifact no longer hashes to its sha256
                                       (artifact-missing: it is gone)
  error    skipped-stage               a stage change the policy's transitions do not allow
  error    unregistered-production     a production assignment of a version never registered
  error    failed-evidence             a tag whose evidence records failing gates
                                       (invalid-evidence: evidence that does not parse)
  error    bad-signature               git verify-tag rejects the signature
  error    missing-evidence            a production tag without modelops evidence (warning for
                                       other tags: GTO's own tags carry none)
  warning  missing-tag                 gaps in a model's tag numbers: tags were deleted
  warning  unverified-signature        signed, but the key is not trusted here

Options:
  --repo DIR           Repository root (default: .)
  --ref REF            Branch whose first-parent history is checked (default: HEAD)
  --at DATE            Give the stages at this instant: 2024-05-01 (end of that day, UTC) or an
                       ISO 8601 time, e.g. 2024-05-01T12:00:00Z (default: now)
  --format FORMAT      text (default), json, markdown or html (one self-contained file)
  --output FILE        Also write the JSON report to FILE
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help

Exit codes: 0 no errors, 1 findings of severity error, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      ref: { type: "string", default: "HEAD" },
      at: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  drift: {
    help: DRIFT_HELP,
    options: {
      repo: { type: "string", default: "." },
      issue: { type: "boolean", default: false },
      current: { type: "string" },
      "reference-profile": { type: "string" },
      seed: { type: "string", default: "0" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  profile: {
    help: PROFILE_HELP,
    options: {
      repo: { type: "string", default: "." },
      model: { type: "string" },
      reference: { type: "string" },
      bins: { type: "string" },
      sql: { type: "boolean", default: false },
      table: { type: "string" },
      dialect: { type: "string" },
      "from-rows": { type: "string" },
      output: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  card: {
    help: `Usage: modelops card <name> [options]

Writes a model card in Markdown: what the model is for, its data, features and sensitive attributes,
its evaluation, gate verdicts and fairness, baseline and champion comparisons from its latest
evidence (the message of its newest modelops tag), its deployment, monitoring and rollback plans,
its readiness checklist and its registry history.

Options:
  --repo DIR           Repository root (default: .)
  --output FILE        Write the card to FILE instead of stdout
  -h, --help           Show this help
`,
    options: {
      repo: { type: "string", default: "." },
      output: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  init: {
    help: `Usage: modelops init <name> --model FILE.onnx --data FILE --label COLUMN [options]

Writes models/<name>/model.yaml from the model and its evaluation data (the model is read, never
run): the task, the input layout and features (from the graph's inputs and the data's header and
column types), the outputs (a scikit-learn ZipMap is read through the tensor that feeds it), the
positive class's score column and the class order, every sha256, a fairness gate for --sensitive,
a drift gate with --reference, and the readiness checklist: each question with the evidence that
would satisfy it, left for you to answer. Its output validates and \`modelops gate\` runs on it as
written. Without --model and --data it writes the bare template with TODOs.

Options:
  --model FILE         The ONNX model, inside the repository
  --data FILE          Labelled evaluation data (CSV, JSONL or Parquet), inside the repository
  --label COLUMN       The label column
  --positive VALUE     Binary classification: the positive class (e.g. bad)
  --reference FILE     Reference data for the drift gate
  --sensitive A,B      Columns holding sensitive attributes, for the fairness gate
  --features A,B       The model's features in input order, when the data has other numeric columns
  --task TASK          ${TASKS.join(", ")} (default: inferred from the model)
  --owner OWNER        @user, @org/team or e-mail (default: git's user.email)
  --statement TEXT     problem.statement: the problem, and the decision the predictions feed
  --repo DIR           Repository root (default: .)
  --force              Overwrite an existing manifest
  -h, --help           Show this help
`,
    options: {
      repo: { type: "string", default: "." },
      task: { type: "string" },
      model: { type: "string" },
      data: { type: "string" },
      reference: { type: "string" },
      label: { type: "string" },
      positive: { type: "string" },
      sensitive: { type: "string" },
      features: { type: "string" },
      owner: { type: "string" },
      statement: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  hash: {
    help: `Usage: modelops hash [PATH...] [options]

Re-hashes the artifact and every dataset the manifests pin (every manifest the policy's globs match,
or the given manifest files or model folders) and lists the digests that changed. With --write it
records them in the manifest in place, keeping comments and layout. It also says whether the change
needs a metadata.version bump: when the version is registered (tag <name>@v<version>) or the base
(default HEAD) has the model at the same version; a new model needs none.

Exit codes: 0 every digest recorded, 1 digests differ (without --write) or a version bump is needed,
2 a pinned file is missing or a manifest cannot be read.

Options:
  --write              Record the new digests in the manifests
  --base REF           Compare versions with REF instead of HEAD
  --format FORMAT      text or json (default text)
  --repo DIR           Repository root (default: .)
  -h, --help           Show this help
`,
    options: {
      repo: { type: "string", default: "." },
      write: { type: "boolean", default: false },
      base: { type: "string" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h", default: false }
    }
  }
};
var MAX_RENDERED_BYTES = 16 * 1024 * 1024;
function withinBudget(text, what, limit = MAX_RENDERED_BYTES) {
  if (text.length <= limit / 4 || Buffer.byteLength(text) <= limit) return text;
  let cut = Buffer.from(text).subarray(0, limit - 200).toString("utf8").replace(/\uFFFD$/, "");
  const lastLine = cut.lastIndexOf("\n");
  if (lastLine > 0) cut = cut.slice(0, lastLine + 1);
  return `${cut}
[${what} cut at ${limit} bytes of ${Buffer.byteLength(text)}: write it with --format json --output FILE to keep everything]
`;
}
function render(report, format, color) {
  if (format === "json") return JSON.stringify(report, null, 2) + "\n";
  if (format === "markdown") return withinBudget(renderMarkdown(report), "the Markdown report");
  if (format === "html") return withinBudget(renderHtml(report), "the HTML report");
  return withinBudget(renderText(report, { color }), "the report");
}
function pullRequestOf(values) {
  const number2 = values["pr"];
  const approvers = values["approver"] ?? [];
  const author = values["pr-author"];
  const url = values["pr-url"];
  if (number2 === void 0) {
    if (approvers.length > 0 || author !== void 0 || url !== void 0) throw new UsageError("--pr-author, --approver and --pr-url describe a pull request: give its number with --pr");
    return void 0;
  }
  if (!/^[1-9][0-9]*$/.test(number2)) throw new UsageError(`--pr must be a pull request number, got '${number2}'`);
  const login = (name) => name.replace(/^@/, "");
  return { number: Number(number2), ...author ? { author: login(author) } : {}, approvers: approvers.map(login), ...url ? { url } : {} };
}
function taggerOf(text) {
  if (text === void 0) return void 0;
  const match = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!match) throw new UsageError(`--tagger must look like "Name <email>", got '${text}'`);
  return { name: match[1], email: match[2] };
}
function packagedSchema() {
  const here = dirname2(fileURLToPath(import.meta.url));
  const candidate = resolve2(here, "..", "schemas", "model.schema.json");
  return existsSync(candidate) ? candidate : void 0;
}
async function runCli(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    const topic = command === "help" ? rest[0] : void 0;
    io.stdout(topic && topic in COMMANDS ? COMMANDS[topic].help : MAIN_HELP);
    return command === void 0 ? 2 : 0;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  if (!(command in COMMANDS)) {
    io.stderr(`modelops: unknown command '${command}'

${MAIN_HELP}`);
    return 2;
  }
  const spec = COMMANDS[command];
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`modelops ${command}: ${error.message}

${spec.help}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values["help"]) {
    io.stdout(spec.help);
    return 0;
  }
  try {
    if (command === "init") {
      const optional = (key) => values[key];
      const task = optional("task");
      if (task !== void 0 && !TASKS.includes(task)) throw new UsageError(`--task must be one of ${TASKS.join(", ")}`);
      if (positionals.length !== 1) throw new UsageError("init takes exactly one model name, e.g. modelops init credit-risk");
      const listOf = (key) => optional(key)?.split(",").map((item) => item.trim()).filter((item) => item.length > 0);
      const schemaFile = packagedSchema();
      const settings = {};
      for (const key of ["model", "data", "reference", "label", "positive", "owner", "statement"]) if (optional(key) !== void 0) settings[key] = optional(key);
      for (const key of ["sensitive", "features"]) if (listOf(key) !== void 0) settings[key] = listOf(key);
      const { path } = await init({
        repo: String(values["repo"]),
        name: positionals[0],
        ...task ? { task } : {},
        force: Boolean(values["force"]),
        ...schemaFile ? { schemaFile } : {},
        ...settings
      });
      const inferred2 = optional("model") !== void 0;
      io.stdout(`wrote ${path}
next: ${inferred2 ? "check what it inferred, answer the checklist" : "fill in the TODOs and answers"}, then run modelops validate ${path}
`);
      return 0;
    }
    if (command === "hash") {
      const format2 = String(values["format"]);
      if (format2 !== "text" && format2 !== "json") throw new UsageError("--format must be text or json");
      const write = Boolean(values["write"]);
      const base2 = values["base"];
      const result = await hash({ repo: String(values["repo"]), paths: positionals, write, ...base2 ? { base: base2 } : {} });
      io.stdout(format2 === "json" ? JSON.stringify(result, null, 2) + "\n" : renderHash(result, write));
      return result.exitCode;
    }
    if (command === "profile") {
      const optional = (key) => values[key];
      const bins = optional("bins") === void 0 ? void 0 : Number(optional("bins"));
      if (bins !== void 0 && (!Number.isSafeInteger(bins) || bins < 1)) throw new UsageError(`--bins must be a positive integer, got '${optional("bins")}'`);
      const settings = {
        repo: String(values["repo"]),
        ...optional("model") ? { model: optional("model") } : {},
        ...optional("reference") ? { reference: optional("reference") } : {},
        ...bins !== void 0 ? { bins } : {}
      };
      let text;
      if (values["sql"]) {
        if (!optional("table")) throw new UsageError("--sql needs --table TABLE (the table, view or subquery the SQL reads)");
        text = await profileSqlFor(optional("table"), { ...settings, ...optional("dialect") ? { dialect: optional("dialect") } : {} });
      } else if (optional("from-rows")) {
        text = JSON.stringify(await profileFromRowsFile(optional("from-rows"), settings), null, 2) + "\n";
      } else {
        if (positionals.length !== 1) throw new UsageError("profile takes one data file, or --sql --table TABLE, or --from-rows ROWS.json");
        text = JSON.stringify(await profile(positionals[0], settings), null, 2) + "\n";
      }
      const output2 = optional("output");
      if (output2) {
        await writeFile3(output2, text);
        io.stdout(`wrote ${output2}
`);
      } else io.stdout(text);
      return 0;
    }
    if (command === "card") {
      if (positionals.length !== 1) throw new UsageError("card takes exactly one model name, e.g. modelops card credit-risk");
      const markdown = withinBudget(await card({ repo: String(values["repo"]), name: positionals[0] }), "the model card");
      const output2 = values["output"];
      if (output2) {
        await writeFile3(output2, markdown);
        io.stdout(`wrote ${output2}
`);
      } else io.stdout(markdown);
      return 0;
    }
    const format = String(values["format"]);
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
    const base = values["base"];
    const common = { repo: String(values["repo"]), paths: positionals, ...base ? { base } : {} };
    const seedOf = () => {
      const seed = Number(values["seed"]);
      if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError(`--seed must be a non-negative integer, got '${String(values["seed"])}'`);
      return seed;
    };
    const progress = io.isTTY ? (message) => io.stderr(`\x1B[2K\r${message.slice(0, 100)}`) : void 0;
    let report;
    if (command === "gate") {
      const pullRequest = pullRequestOf(values);
      const approvals = pullRequest ? assertedApprovalSource(pullRequest) : void 0;
      report = await gate({ ...common, all: Boolean(values["all"]), seed: seedOf(), ...approvals ? { approvals } : {}, ...progress ? { progress } : {} });
    } else if (command === "promote") {
      if (positionals.length > 0) throw new UsageError("promote takes no paths: it finds the models whose version or stage changed since --since");
      const pullRequest = pullRequestOf(values);
      const tagger = taggerOf(values["tagger"]);
      const optional = (key) => values[key];
      report = await promote({
        repo: String(values["repo"]),
        seed: seedOf(),
        ...optional("since") !== void 0 ? { since: optional("since") } : {},
        ...optional("head") !== void 0 ? { head: optional("head") } : {},
        ...optional("push") !== void 0 ? { push: optional("push") } : {},
        ...optional("run-url") !== void 0 ? { runUrl: optional("run-url") } : {},
        ...pullRequest ? { pullRequest } : {},
        ...tagger ? { tagger } : {},
        ...progress ? { progress } : {}
      });
    } else if (command === "drift") {
      const current = values["current"];
      const referenceProfile = values["reference-profile"];
      report = await drift({
        repo: String(values["repo"]),
        models: positionals,
        seed: seedOf(),
        ...current ? { current } : {},
        ...referenceProfile ? { referenceProfile } : {},
        ...progress ? { progress } : {}
      });
      if (values["issue"]) {
        if (progress) io.stderr("\x1B[2K\r");
        for (const issue of driftIssues(report)) io.stdout(`${issue.open ? "open or update" : "close (recovered)"}: ${issue.title}

${issue.body}

`);
        return report.exitCode;
      }
    } else if (command === "audit") {
      const at = values["at"] === void 0 ? void 0 : parseAuditInstant(String(values["at"]));
      if (at instanceof Error) throw new UsageError(at.message);
      report = await audit({ repo: String(values["repo"]), ref: String(values["ref"]), models: positionals, ...at ? { at } : {} });
    } else {
      report = await validate(common);
    }
    if (progress) io.stderr("\x1B[2K\r");
    const output = values["output"];
    if (output) await writeFile3(output, JSON.stringify(report, null, 2) + "\n");
    const color = io.isTTY && !values["no-color"] && !io.env["NO_COLOR"] && format === "text";
    io.stdout(render(report, format, color));
    return report.exitCode;
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError || error instanceof ProfileError) {
      io.stderr(`modelops ${command}: ${error.message}
`);
      return 2;
    }
    const detail = error instanceof Error ? io.env["MODELOPS_DEBUG"] ? error.stack ?? error.message : error.message : String(error);
    io.stderr(`modelops ${command}: unexpected error: ${detail}
(set MODELOPS_DEBUG=1 for a stack trace and please report it)
`);
    return 2;
  }
}

// src/main.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw error;
  });
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
});
