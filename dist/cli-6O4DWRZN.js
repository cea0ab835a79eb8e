import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  audit,
  auditEvent
} from "./chunk-SBOIIA6O.js";
import {
  promote
} from "./chunk-THMLBT3X.js";
import {
  gate
} from "./chunk-YMZO6LTC.js";
import {
  DRIFT_HELP,
  SQL_DIALECTS,
  chunkProfilesFromRows,
  drift,
  parseProfile,
  profileColumns,
  profileFromRows,
  profileSql
} from "./chunk-UE4GDKYJ.js";
import "./chunk-KHXTQL5R.js";
import "./chunk-S4VAN7PE.js";
import "./chunk-ZJZZ2VAP.js";
import {
  readTable
} from "./chunk-PUFAL5EU.js";
import {
  validate,
  validateRepository
} from "./chunk-KH3XWZSE.js";
import {
  readPolicy
} from "./chunk-WNLFKUOI.js";
import {
  renderHtml,
  reportJson,
  reportJsonPieces,
  writeReportFiles
} from "./chunk-TBTLP5GZ.js";
import {
  renderMarkdown
} from "./chunk-WJJXP5CC.js";
import {
  selectManifests
} from "./chunk-VX5LFMT5.js";
import {
  CHUNK_PERIODS,
  MANIFEST_GATES,
  SECTIONS,
  VERDICT_ICON,
  VERDICT_MARK,
  auditScopeText,
  boolean,
  boundText,
  cell,
  changeText,
  checkValue,
  checklistText,
  driftIssues,
  eventTitle,
  fairnessMarkdown,
  gatesSchema,
  integer,
  location,
  markdownTable2 as markdownTable,
  modelTitle,
  num,
  number,
  object,
  pullRequestText,
  ref,
  signed,
  string,
  summaryText,
  timeText
} from "./chunk-BKKO3S44.js";
import "./chunk-CG3NNE6D.js";
import "./chunk-AS33UUS6.js";
import {
  OnnxGraphError,
  readOnnxGraph
} from "./chunk-4XVS4YMY.js";
import {
  loadManifest
} from "./chunk-BPJDMZHB.js";
import {
  openGit
} from "./chunk-AQPLGBBZ.js";
import "./chunk-SWAFCXIJ.js";
import {
  RepoFiles,
  UsageError,
  require_picomatch,
  sha256File
} from "./chunk-VEFIVDER.js";
import {
  CHECKLIST,
  CHECKLIST_SECTIONS,
  SECTION_TITLES,
  checklistItemId,
  checklistSections,
  folderName,
  pathShapeProblem,
  sectionTitle
} from "./chunk-WWS7NVO2.js";
import {
  isoUtc
} from "./chunk-V5DKCSUO.js";
import "./chunk-QU7YDUXK.js";
import "./chunk-SLV62WMS.js";
import {
  numberFromText
} from "./chunk-6HMGHRNK.js";
import "./chunk-WZ2YAYYJ.js";
import {
  DataFormatError,
  formatOf,
  readColumns
} from "./chunk-GOQ77XTK.js";
import {
  ProfileError,
  profileTable
} from "./chunk-STSMI376.js";
import "./chunk-B3JWC5PF.js";
import "./chunk-AOKYJ2QT.js";
import "./chunk-LURRIIGD.js";
import {
  MISSING_CODE
} from "./chunk-VNFW3NFW.js";
import "./chunk-K2PE4NOY.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  assertedApprovalSource
} from "./chunk-IVCHXHDI.js";
import {
  evidenceOf,
  registryEvents
} from "./chunk-WYJAPRZQ.js";
import "./chunk-XZW76LL6.js";
import {
  CHECKLIST_SECTION_PATTERN,
  DURATION_PATTERN,
  NAME_PATTERN,
  OWNER_PATTERN,
  SEMVER_PATTERN,
  SHA256_PATTERN,
  registerTagName
} from "./chunk-ZCQZ4SQA.js";
import {
  GitError,
  openGitHistory
} from "./chunk-BMNONSFE.js";
import {
  BASELINE_KINDS,
  DEPLOYMENT_STRATEGIES,
  RETRAINING_TRIGGERS,
  STAGES,
  TASKS,
  parseYamlSource
} from "./chunk-RU6PGEHT.js";
import "./chunk-6FVM2LXC.js";
import {
  array,
  obj,
  str
} from "./chunk-CAWAQOUY.js";
import "./chunk-A5QIX5QB.js";
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
var describeBound = (b) => [b.min !== void 0 ? `\u2265 ${b.min}` : "", b.max !== void 0 ? `\u2264 ${b.max}` : ""].filter((x) => x !== "").join(", ");
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
    out.push(markdownTable([["Metric", "Value", "Bound"], ...Object.entries(e.metrics).map(([id, v]) => [id, num(v), bounds[id] ? describeBound(bounds[id]) : ""])]), "");
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
  const answered = Object.values(m.checklist).reduce((n, section) => n + Object.keys(section ?? {}).length, 0);
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
  --chunk-by COLUMN    With --sql and --from-rows (and --reference): one current profile per calendar
                       period of this TIMESTAMP column, grouped in the warehouse (date_trunc), for the
                       monitoring series of data too big for a runner
  --period P           The chunk period: day, week (ISO, from Monday; default) or month
  --output FILE        Write the profile (or the SQL) to FILE instead of standard output
  -h, --help           Show this help

Exit codes: 0 done, 2 invalid input or usage.
`;
function chunkOption(chunkBy, period) {
  if (chunkBy === void 0) {
    if (period !== void 0) throw new UsageError("--period needs --chunk-by COLUMN (the timestamp column the chunks follow)");
    return void 0;
  }
  const chosen = period ?? "week";
  if (!CHUNK_PERIODS.includes(chosen)) throw new UsageError(`--period must be one of ${CHUNK_PERIODS.join(", ")}; got '${chosen}'`);
  return { timestamp: chunkBy, period: chosen };
}
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
  const table = await readTable(resolve(file), { format, columns: columns.map((c) => ({ name: c.name, kind: c.kind })) });
  return profileTable(table, columns, { ...reference ? { reference } : {}, ...options.bins !== void 0 ? { bins: options.bins } : {}, source: file });
}
async function profileSqlFor(table, options = {}) {
  if (options.dialect !== void 0 && !SQL_DIALECTS.includes(options.dialect)) throw new UsageError(`--dialect must be one of ${SQL_DIALECTS.join(", ")}; got '${options.dialect}'`);
  const columns = await columnsFor(options);
  const reference = options.reference !== void 0 ? await readProfile(options.reference) : void 0;
  return profileSql(columns, table, {
    ...options.dialect ? { dialect: options.dialect } : {},
    ...reference ? { reference } : {},
    ...options.bins !== void 0 ? { bins: options.bins } : {},
    ...options.chunk ? { chunk: options.chunk } : {}
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
async function chunkProfilesFromRowsFile(file, options) {
  const columns = await columnsFor(options);
  if (options.reference === void 0) throw new UsageError("--chunk-by needs --reference REF.json: chunk profiles are counted over the reference profile's edges");
  const reference = await readProfile(options.reference);
  const { chunks, invalidTimestamps } = chunkProfilesFromRows(parseRows(await readFile(file, "utf8"), file), columns, { reference, period: options.chunk.period });
  return {
    kind: "ChunkProfiles",
    timestamp: options.chunk.timestamp,
    period: options.chunk.period,
    invalidTimestamps,
    chunks: chunks.map((chunk) => ({ key: chunk.key, start: isoUtc(chunk.start), end: isoUtc(chunk.end), rows: chunk.rows, profile: { ...chunk.state, source: `${file}#${chunk.key}` } }))
  };
}

// src/commands/hash.ts
import { writeFile } from "node:fs/promises";

// src/core/manifest/hash-record.ts
var PINNED_AT = [["artifact"], ["data", "training"], ["data", "evaluation"], ["data", "reference"]];
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
  const everyManifest = async () => files.findManifests((await readPolicy(files)).policy.manifests);
  const paths = options.paths && options.paths.length > 0 ? await selectManifests(options.paths, { files, manifests: everyManifest }) : await everyManifest();
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
var list2 = (names) => names.map((n) => `'${n}'`).join(", ");
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
  const label = byName.get(options.label);
  if (!label) throw new ScaffoldError(`--label '${options.label}' is not a column of ${options.evaluation.path}; its columns: ${list2(columns.map((c) => c.name))}`);
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
  const labelValue = (text) => label.kind === "numeric" ? Number(text) : text;
  if (task === "binary-classification") {
    const positive = options.positive;
    if (positive === void 0) {
      throw new ScaffoldError(`binary classification needs --positive, the value of the positive class in '${options.label}' (${label.values.slice(0, 10).join(", ")})`);
    }
    if (!label.values.includes(positive)) {
      throw new ScaffoldError(`--positive '${positive}' never occurs in column '${options.label}' of ${options.evaluation.path} (values: ${label.values.slice(0, 10).join(", ")})`);
    }
    if (label.distinctCount > 2) throw new ScaffoldError(`column '${options.label}' has ${label.distinctCount} distinct values; binary classification needs two (use --task multiclass-classification)`);
    decisions.positive = labelValue(positive);
    if (classLabels) {
      const index = classLabels.findIndex((c) => String(c) === positive);
      if (index === -1) throw new ScaffoldError(`--positive '${positive}' is not one of the model's classes (${list2(classLabels)})`);
      decisions.scoreColumn = { index, note: `column of class ${yamlScalar(positive)} among the model's classes ${classLabels.join(", ")}` };
    } else if (width === 2) {
      decisions.scoreColumn = { index: 1, note: "assumed: the model records no class labels; column 1 must be P(positive)" };
    }
  } else if (task === "multiclass-classification") {
    const values = classLabels ?? [...label.values].sort().map(labelValue);
    const known = new Set(values.map(String));
    const unknown = label.values.filter((v) => !known.has(v));
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
  const clash = names.find((n, i) => names.indexOf(n) !== i);
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

// src/core/checklist/answer-schema.ts
var CHECKLIST_ANSWER = obj(
  "An answered checklist item.",
  {
    answer: { enum: ["yes", "no", "n/a"], description: "yes, no or n/a (not applicable; say why in evidence)." },
    evidence: {
      description: "Evidence: a statement of substance (at least three words), a link, a path in the repository (relative to its root, written folder/file.ext or ./file; checked to exist) or a manifest field (e.g. gates.fairness; checked to exist). Placeholders (TODO, TBD, x, -, lorem ipsum, a copy of the question) are rejected. Required for yes and n/a on items the stage requires.",
      anyOf: [str("One piece of evidence."), array("Several pieces of evidence.", str("One piece of evidence."))]
    },
    note: str("Anything a reviewer should know.")
  },
  ["answer"]
);

// src/core/manifest/model-schema.ts
var checklistItem = (id, question) => ({
  $ref: "#/$defs/checklistAnswer",
  description: `${id}: ${question}`
});
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
        kind: { enum: [...BASELINE_KINDS], description: "Kind of baseline." },
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
    gates: gatesSchema("The checks a PR must pass. The policy says which gates each stage requires and whether they block.", MANIFEST_GATES),
    monitoring: object('How the model is watched in production (checklist section "monitor").', {
      current: ref("currentSource", "Where production data comes from, for the scheduled drift check: read afresh on every run, never pinned."),
      chunks: object(
        "Monitoring over time: `modelops drift` cuts the current data into chunks (exactly one of period, size or count) and reports every signal per chunk with alert thresholds learned from the reference data cut into chunks of the same size; the model drifts when the latest chunk alerts. Without it, drift compares the current data as one snapshot.",
        {
          period: { enum: ["day", "week", "month"], description: "Chunks by calendar period of monitoring.current.timestamp in time_zone (ISO weeks, Monday to Sunday, keyed 2026-W07; days 2026-02-09; months 2026-02)." },
          time_zone: string("IANA time zone of the period boundaries (e.g. Europe/Berlin). Default UTC.", { minLength: 1 }),
          size: integer("Chunks of this many rows, in timestamp order (the last keeps the remainder).", { minimum: 1 }),
          count: integer("This many chunks of equal size, in timestamp order (the remainder joins the last).", { minimum: 1 }),
          min_rows: integer("Chunks with fewer rows are shown but never alert (default 30).", { minimum: 0 }),
          thresholds: object(
            "How alert bands come from the reference chunks: calibrated (default; a Student-t prediction interval whose false-alert rate per chunk is alpha), std (NannyML: mean \xB1 k standard deviations) or quantile (of the reference chunks' values).",
            {
              rule: { enum: ["calibrated", "std", "quantile"], description: "The rule. Default calibrated." },
              alpha: number("calibrated: the false-alert rate per chunk (default 0.01).", { exclusiveMinimum: 0, exclusiveMaximum: 1 }),
              k: number("std: the multiplier of the standard deviation (default 3).", { exclusiveMinimum: 0 }),
              lower: number("quantile: the lower quantile (default 0.005).", { minimum: 0, maximum: 1 }),
              upper: number("quantile: the upper quantile (default 0.995).", { minimum: 0, maximum: 1 })
            }
          ),
          reference_until: string(
            "NannyML's reference period: the current data's chunks up to and including this key (e.g. 2026-W43) are the reference \u2014 their rows, with the labels that arrived (every one needs its label), are cut into the reference chunks; the series still shows them. Instead of reference.",
            { minLength: 1 }
          ),
          reference: {
            type: "array",
            description: "The datasets whose rows are cut into reference chunks for the bands, concatenated in this order (default [reference]). Add evaluation when the reference alone holds fewer than two chunks; never training (the model fitted it).",
            minItems: 1,
            uniqueItems: true,
            items: { enum: ["reference", "evaluation"] }
          }
        }
      ),
      labels: object(
        "Ground-truth labels that arrive after scoring, joined to the current rows by id: realised metrics per chunk beside the estimates. One of path, glob or query, read afresh on every run.",
        {
          path: ref("repoPath", "One file (CSV, JSONL or Parquet), relative to the repository root (or $GITHUB_WORKSPACE with relative_to: workspace)."),
          glob: string("Files matching this glob, read together.", { minLength: 1 }),
          query: string("DuckDB SQL whose result holds the id and label columns.", { minLength: 1 }),
          relative_to: { enum: ["repository", "workspace"], description: "What path and glob are relative to (default the repository root)." },
          format: { enum: ["csv", "jsonl", "parquet"], description: "File format of path or glob. Default: from each file's extension." },
          id: string("The id column of the labels (default monitoring.current.id).", { minLength: 1 }),
          column: string("The label column (default data.label.column).", { minLength: 1 })
        }
      ),
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
            type: { enum: [...RETRAINING_TRIGGERS], description: "GitHub mechanism used to start retraining." },
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
      strategy: { enum: [...DEPLOYMENT_STRATEGIES], description: "Rollout strategy." },
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
    currentSource: object(
      "Where production data comes from: one of path, glob or query, read afresh on every drift run. It is not pinned by a digest: the drift report records what was read (files, rows, sha256; for a query the SQL, the engine version, the row count and a digest of the result), so new data needs no manifest change.",
      {
        path: ref("repoPath", "One file (CSV, JSONL or Parquet), relative to the repository root (or to $GITHUB_WORKSPACE with relative_to: workspace). It must stay inside that root: no .., no symlink out of it."),
        glob: string(
          "Files matching this glob (e.g. models/credit-risk/data/current/*.csv), relative to the repository root (or to $GITHUB_WORKSPACE with relative_to: workspace), read together in path order; a file added under it is read on the next run. Every match must stay inside that root (no .., symlinks out of it are refused).",
          { minLength: 1 }
        ),
        query: string(
          "DuckDB SQL whose result is the current data, over local or remote Parquet or CSV (e.g. SELECT * FROM read_parquet('exports/scored-*.parquet') WHERE scored_at > now() - INTERVAL 7 DAY); relative file names resolve against the repository root. Needs the optional add-on @duckdb/node-api installed beside modelops (it is not bundled in the Action).",
          { minLength: 1 }
        ),
        relative_to: { enum: ["repository", "workspace"], description: "What path and glob are relative to: the repository root (default), or $GITHUB_WORKSPACE (the runner's workspace, e.g. data a previous workflow step exported; the repository root when the variable is unset)." },
        format: { enum: ["csv", "jsonl", "parquet"], description: "File format of path or glob. Default: from each file's extension." },
        timestamp: string("Column holding when each row was scored (ISO 8601 text, epoch numbers, or a DuckDB TIMESTAMP). Required, except in the deprecated pinned form.", { minLength: 1 }),
        id: string("Column identifying each row, to join labels that arrive later.", { minLength: 1 }),
        description: string("What the data is."),
        provenance: string("Where the data comes from, who owns it, how it is sampled."),
        sha256: string("Deprecated: the current data is not pinned. Accepted with a warning, and not checked.", { pattern: SHA256_PATTERN, deprecated: true }),
        uri: string("Deprecated: not read. Write a query instead (e.g. SELECT * FROM read_parquet('s3://bucket/key/*.parquet')).", { minLength: 1, deprecated: true }),
        rows: integer("Deprecated: the report records the rows read.", { minimum: 0, deprecated: true })
      }
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
    const table = await readTable(absolute, { format, columns: names.map((name) => ({ name, kind: "categorical" })) });
    return names.map((name) => {
      const column = table.columns.get(name);
      if (!column || column.kind !== "categorical") throw new Error(`column '${name}' was not read`);
      const used = /* @__PURE__ */ new Set();
      for (const code of column.codes) if (code !== MISSING_CODE) used.add(code);
      const values = [...used].map((code) => column.categories[code]);
      const numbers = values.map(numberFromText);
      const numeric = values.length > 0 && numbers.every((n) => n !== void 0 && !Number.isNaN(n));
      const facts = { name, kind: numeric ? "numeric" : "categorical", values: values.slice(0, MAX_DISTINCT), distinctCount: values.length };
      if (numeric) {
        const byCode = new Map([...used].map((code) => [code, numberFromText(column.categories[code])]));
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
    const { simpleGit } = await import("./dist-6AGVHVLA.js");
    const value = (await simpleGit(root).getConfig("user.email")).value;
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
    const open = required.filter((i) => !i.satisfied);
    if (open.length === 0) continue;
    const named = open.map((i) => `${i.id.slice(section.length + 1)} (${STATUS_WORDS[i.status] ?? i.status})`);
    lines.push(`${section}: ${open.length} of ${required.length} required open \u2014 ${named.join(", ")}`);
  }
  return lines;
}

// src/core/report/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, gray: 90, bold: 1 };
function renderText(report, options = {}) {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
  const verdictStyle = (v) => v === "pass" ? "green" : v === "warn" ? "yellow" : v === "skipped" ? "gray" : "red";
  const lines = [];
  const context = { report, paint };
  const slot = (name, model) => SECTIONS.flatMap((section) => section.text?.[name]?.(model, context) ?? []);
  const header = `modelops ${report.command} \xB7 ${report.repository.root}`;
  lines.push(paint("bold", header) + "  " + paint(verdictStyle(report.verdict), `${report.verdict.toUpperCase()} (exit ${report.exitCode})`));
  if (report.repository.base) lines.push(paint("gray", `compared with ${report.repository.base.ref} (${report.repository.base.commit.slice(0, 12)})`));
  if (report.audit) lines.push(paint("gray", auditScopeText(report)));
  const findingLine = (f, indent) => {
    const where = location(f);
    const severity = paint(f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "gray", f.severity);
    const code = report.command === "audit" ? ` [${f.code}]` : "";
    const out = [`${indent}${where ? where + ": " : ""}${severity}${code}: ${f.message}`];
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
    lines.push(...slot("measured", model));
    for (const gate2 of model.gates) {
      lines.push(`  ${paint(verdictStyle(gate2.verdict), VERDICT_MARK[gate2.verdict])} ${gate2.gate}: ${paint(verdictStyle(gate2.verdict), gate2.verdict)} \u2014 ${gate2.summary}`);
      for (const check of gate2.checks) {
        const bound = boundText(check);
        const champion = check.champion !== void 0 ? `, ${check.against ?? "champion"} ${num(check.champion)} (\u0394 ${signed(check.delta)})` : "";
        const decided = check.interval && check.verdict === "pass" ? ` ${Math.round(check.interval.level * 100)}% CI [${num(check.interval.lower)}, ${num(check.interval.upper)}], rule ${check.rule}` : "";
        lines.push(`      ${paint(verdictStyle(check.verdict), VERDICT_MARK[check.verdict])} ${check.name}: ${checkValue(check)}${bound ? ` (${bound})` : ""}${decided}${champion}${check.verdict === "pass" || !check.message ? "" : " \u2014 " + check.message}${(check.verdict === "fail" || check.verdict === "error") && check.line ? ` (${model.manifest}:${check.line})` : ""}`);
      }
    }
    lines.push(...slot("details", model), ...slot("status", model));
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
  validate [MODEL...]  Check manifests against the schema, their files, the policy and a base ref
  gate [MODEL...]      Validate, then run each changed model on its evaluation data through its gates
  promote              After a merge: gate what changed and write GTO tags that carry the evidence
  drift [MODEL...]     Scheduled check of production models: drift, estimated performance, staleness
  profile FILE         Profile data for drift where it lives (or print the SQL that does it in a warehouse)
  audit [MODEL...]     The audit trail from tags and history alone: who promoted what, when, on what evidence
  card <name>          A model card (Markdown) from the manifest and its latest evidence
  init <name>          Write models/<name>/model.yaml, inferred from the ONNX model and its data
  hash [MODEL...]      Record changed sha256 digests in the manifests (--write); say when to bump the version

MODEL: a model name (its folder among the manifests the policy's globs match), a manifest file or
a model folder, or a quoted glob of them ('models/credit-*'), relative to the current directory; the
Action's models input takes the same, relative to its working-directory.

Options:
  -h, --help           Show help (also: modelops <command> --help)
  -v, --version        Show the version

Exit codes: 0 all valid, 1 a policy or gate failure, 2 invalid input or usage.
`;
var REPORT_OPTIONS = {
  format: { type: "string", default: "text" },
  output: { type: "string" },
  "report-dir": { type: "string" },
  "no-color": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
var REPORT_OPTIONS_HELP = `  --output FILE        Also write the JSON report to FILE
  --report-dir DIR     Also write report.json, report.md and report.html to DIR
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help
`;
var COMMANDS = {
  validate: {
    help: `Usage: modelops validate [MODEL...] [options]

Validates every manifest the policy's globs match (default models/*/model.yaml), or the given
manifest files or model folders: YAML and schema, names, paths inside the repository, recorded
sha256 digests, data columns, gate bounds, the checklist the stage requires, and with --base the
stage transition, the version bump and the immutability of registered versions (git tags
<name>@v<version>).

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref (e.g. origin/main)
  --format FORMAT      text (default), json, markdown or html (one self-contained file)
${REPORT_OPTIONS_HELP}
Exit codes: 0 all valid, 1 a policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      base: { type: "string" },
      ...REPORT_OPTIONS
    }
  },
  gate: {
    help: `Usage: modelops gate [MODEL...] [options]

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
${REPORT_OPTIONS_HELP}
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
      ...REPORT_OPTIONS
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
${REPORT_OPTIONS_HELP}
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
      ...REPORT_OPTIONS
    }
  },
  audit: {
    help: `Usage: modelops audit [MODEL...] [options]

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
  --log-remote NAME    Fetch the monitoring log (branch modelops/monitoring) from this remote first,
                       depth 1 in a shallow clone (default: origin when there is one); offline, the
                       local copy is read and the report says so
${REPORT_OPTIONS_HELP}
Exit codes: 0 no errors, 1 findings of severity error, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      "log-remote": { type: "string" },
      ref: { type: "string", default: "HEAD" },
      at: { type: "string" },
      ...REPORT_OPTIONS
    }
  },
  drift: {
    help: DRIFT_HELP,
    options: {
      repo: { type: "string", default: "." },
      issue: { type: "boolean", default: false },
      current: { type: "string" },
      log: { type: "boolean", default: false },
      "log-remote": { type: "string" },
      "reference-profile": { type: "string" },
      seed: { type: "string", default: "0" },
      ...REPORT_OPTIONS
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
      "chunk-by": { type: "string" },
      period: { type: "string" },
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
    help: `Usage: modelops hash [MODEL...] [options]

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
  if (format === "json") return reportJson(report);
  if (format === "markdown") return withinBudget(renderMarkdown(report), "the Markdown report");
  if (format === "html") return withinBudget(renderHtml(report), "the HTML report");
  return withinBudget(renderText(report, { color }), "the report");
}
async function writeReportOutputs(report, values) {
  const output = values["output"];
  const reportDir = values["report-dir"];
  if (output) await writeFile3(output, reportJson(report));
  if (reportDir) await writeReportFiles(report, reportDir);
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
      const chunk = chunkOption(optional("chunk-by"), optional("period"));
      if (chunk && !values["sql"] && !optional("from-rows")) throw new UsageError("--chunk-by is for --sql and --from-rows (a local file is profiled whole)");
      let text;
      if (values["sql"]) {
        if (!optional("table")) throw new UsageError("--sql needs --table TABLE (the table, view or subquery the SQL reads)");
        text = await profileSqlFor(optional("table"), { ...settings, ...optional("dialect") ? { dialect: optional("dialect") } : {}, ...chunk ? { chunk } : {} });
      } else if (optional("from-rows") && chunk) {
        text = JSON.stringify(await chunkProfilesFromRowsFile(optional("from-rows"), { ...settings, chunk }), null, 2) + "\n";
      } else if (optional("from-rows")) {
        text = JSON.stringify(await profileFromRowsFile(optional("from-rows"), settings), null, 2) + "\n";
      } else {
        if (positionals.length !== 1) throw new UsageError("profile takes one data file, or --sql --table TABLE, or --from-rows ROWS.json");
        text = JSON.stringify(await profile(positionals[0], settings), null, 2) + "\n";
      }
      const output = optional("output");
      if (output) {
        await writeFile3(output, text);
        io.stdout(`wrote ${output}
`);
      } else io.stdout(text);
      return 0;
    }
    if (command === "card") {
      if (positionals.length !== 1) throw new UsageError("card takes exactly one model name, e.g. modelops card credit-risk");
      const markdown = withinBudget(await card({ repo: String(values["repo"]), name: positionals[0] }), "the model card");
      const output = values["output"];
      if (output) {
        await writeFile3(output, markdown);
        io.stdout(`wrote ${output}
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
        ...values["log"] ? { log: true } : {},
        ...values["log-remote"] !== void 0 ? { logRemote: String(values["log-remote"]) } : {},
        ...referenceProfile ? { referenceProfile } : {},
        ...progress ? { progress } : {}
      });
      if (values["issue"]) {
        if (progress) io.stderr("\x1B[2K\r");
        await writeReportOutputs(report, values);
        for (const issue of driftIssues(report)) io.stdout(`${issue.open ? "open or update" : "close (recovered)"}: ${issue.title}

${issue.body}

`);
        return report.exitCode;
      }
    } else if (command === "audit") {
      const at = values["at"] === void 0 ? void 0 : parseAuditInstant(String(values["at"]));
      if (at instanceof Error) throw new UsageError(at.message);
      report = await audit({ repo: String(values["repo"]), ref: String(values["ref"]), models: positionals, ...at ? { at } : {}, ...values["log-remote"] !== void 0 ? { logRemote: String(values["log-remote"]) } : {} });
    } else {
      report = await validate(common);
    }
    if (progress) io.stderr("\x1B[2K\r");
    await writeReportOutputs(report, values);
    const color = io.isTTY && !values["no-color"] && !io.env["NO_COLOR"] && format === "text";
    if (format === "json") for (const piece of reportJsonPieces(report)) io.stdout(piece);
    else io.stdout(render(report, format, color));
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
export {
  MAX_RENDERED_BYTES,
  runCli,
  withinBudget
};
