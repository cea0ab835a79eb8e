import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  CHECKLIST,
  CHECKLIST_BY_ID,
  CHECKLIST_SECTIONS,
  GATE_KINDS,
  checkPathReference,
  checklistDefinitions,
  checklistItemId,
  evidencePath,
  evidenceProblem,
  finding,
  globProblem,
  inSectionOrder,
  pathShapeProblem
} from "./chunk-ISKUHNDR.js";
import {
  checkAgainstSchema
} from "./chunk-K4SQTB5S.js";
import {
  STAGES,
  exitCodeOf,
  parseYamlSource,
  verdictOfFindings,
  waiverExpiry,
  waiverInForce,
  worstVerdict
} from "./chunk-4QXUKUJV.js";

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

// src/core/manifest/policy.ts
var DEFAULT_POLICY = {
  manifests: ["models/*/model.yaml"],
  stages: {
    development: { checklist: ["problem"], gates: [], on_failure: "warn", approvals: { count: 0, from: [], unverified_membership: "fail", older_commits: "discard" } },
    staging: {
      checklist: ["problem", "data", "baseline", "ready"],
      gates: ["performance", "robustness"],
      on_failure: "block",
      approvals: { count: 1, from: [], unverified_membership: "fail", older_commits: "discard" }
    },
    production: {
      checklist: "all",
      gates: ["performance", "robustness", "fairness", "drift", "champion"],
      on_failure: "block",
      approvals: { count: 2, from: [], unverified_membership: "fail", older_commits: "discard" },
      soak: "7d"
    },
    archived: { checklist: [], gates: [], on_failure: "warn", approvals: { count: 1, from: [], unverified_membership: "fail", older_commits: "discard" } }
  },
  transitions: {
    development: ["staging", "archived"],
    staging: ["production", "development", "archived"],
    production: ["staging", "archived"],
    archived: []
  },
  initial_stages: ["development", "staging"],
  checklist: { sections: {}, items: [], answers: {} },
  waivers: [],
  signatures: { required: false },
  monitoring: { require_current: false }
};
function requiredChecklistItems(rules, stage, extra = []) {
  const all = [...CHECKLIST.map((item) => ({ id: checklistItemId(item), section: item.section })), ...extra.map((item) => ({ id: item.id, section: item.id.split(".")[0] }))];
  const ids = /* @__PURE__ */ new Set();
  if (rules.checklist === "all") for (const item of all) ids.add(item.id);
  else {
    for (const entry of rules.checklist) {
      for (const item of all) if (item.id === entry || item.section === entry) ids.add(item.id);
    }
  }
  if (stage !== void 0) {
    for (const item of extra) if (item.stages.includes(stage)) ids.add(item.id);
  }
  return ids;
}
function unknownChecklistRefs(rules, extra = []) {
  if (rules.checklist === "all") return [];
  const ids = new Set(extra.map((item) => item.id));
  const sections = new Set(extra.map((item) => item.id.split(".")[0]));
  return rules.checklist.filter((entry) => !CHECKLIST_BY_ID.has(entry) && !CHECKLIST_SECTIONS.includes(entry) && !ids.has(entry) && !sections.has(entry));
}
function isTransitionAllowed(policy, from, to) {
  if (from === void 0) return policy.initial_stages.includes(to);
  return from === to || policy.transitions[from].includes(to);
}

// src/core/manifest/resolve-policy.ts
function resolvePolicy(document) {
  if (!document) return DEFAULT_POLICY;
  const stages = Object.fromEntries(
    STAGES.map((stage) => {
      const base = DEFAULT_POLICY.stages[stage];
      const override = document.stages?.[stage] ?? {};
      const rules = {
        checklist: override.checklist ?? base.checklist,
        gates: override.gates ?? base.gates,
        on_failure: override.on_failure ?? base.on_failure,
        approvals: { ...base.approvals, ...override.approvals }
      };
      const soak = override.soak ?? base.soak;
      if (soak !== void 0) rules.soak = soak;
      return [stage, rules];
    })
  );
  const manifests = document.manifests === void 0 ? DEFAULT_POLICY.manifests : [document.manifests].flat();
  return {
    manifests,
    stages,
    transitions: { ...DEFAULT_POLICY.transitions, ...document.transitions },
    initial_stages: document.initial_stages ?? DEFAULT_POLICY.initial_stages,
    checklist: {
      sections: { ...document.checklist?.sections },
      items: (document.checklist?.items ?? []).map((item) => ({ id: item.id, question: item.question, stages: [...item.stages ?? []] })),
      answers: { ...document.checklist?.answers }
    },
    waivers: document.waivers ?? [],
    signatures: { ...DEFAULT_POLICY.signatures, ...document.signatures },
    monitoring: { ...DEFAULT_POLICY.monitoring, ...document.monitoring }
  };
}

// src/core/manifest/validate/documents.ts
function loadDocument(bytes, file, kind) {
  const parsed = parseYamlSource(bytes, file);
  if (!parsed.ok) return { ok: false, findings: parsed.findings };
  const { source } = parsed;
  if (source.value === null || typeof source.value !== "object" || Array.isArray(source.value)) {
    const found = Array.isArray(source.value) ? "a list" : `a single value (${JSON.stringify(source.value)})`;
    return { ok: false, source, findings: [finding(source, [], "not-a-mapping", `expected a YAML mapping with apiVersion and kind, found ${found}`)] };
  }
  const record = source.value;
  const expectedKind = kind === "model" ? "Model" : "Policy";
  if (record["kind"] !== void 0 && record["kind"] !== expectedKind) {
    return { ok: false, source, findings: [finding(source, ["kind"], "wrong-kind", `kind is '${String(record["kind"])}'; this file must be kind: ${expectedKind}`)] };
  }
  const findings = checkAgainstSchema(kind, source);
  if (findings.length > 0) return { ok: false, source, findings };
  return { ok: true, value: source.value, source };
}
function loadManifest(bytes, file) {
  return loadDocument(bytes, file, "model");
}
function loadPolicy(bytes, file) {
  const loaded = loadDocument(bytes, file, "policy");
  if (!loaded.ok) return loaded;
  const policy = resolvePolicy(loaded.value);
  policy.waivers = policy.waivers.map((w, i) => ({ ...w, source: { file, line: loaded.source.locate(["waivers", i], "value").line } }));
  const written = loaded.value.manifests;
  const globFindings = (written === void 0 ? [] : [written].flat()).flatMap((pattern, i) => {
    const problem = globProblem(pattern);
    if (problem === void 0) return [];
    const at = Array.isArray(written) ? ["manifests", i] : ["manifests"];
    return [finding(loaded.source, at, "glob-outside-repo", `manifests glob '${pattern}' ${problem}`, { hint: "manifests are found inside the repository only, e.g. models/*/model.yaml" })];
  });
  const findings = [...globFindings, ...policyChecklistFindings(policy, loaded.source), ...Object.entries(policy.stages).flatMap(
    ([stage, rules]) => unknownChecklistRefs(rules, policy.checklist.items).map((ref) => finding(loaded.source, ["stages", stage, "checklist"], "unknown-checklist-item", `stages.${stage}.checklist names '${ref}', which is not a checklist section or item`))
  )];
  if (findings.length > 0) return { ok: false, source: loaded.source, findings };
  return { ok: true, value: policy, source: loaded.source };
}
function policyChecklistFindings(policy, source) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  policy.checklist.items.forEach((item, i) => {
    const section = item.id.split(".")[0];
    if (CHECKLIST_SECTIONS.includes(section)) {
      findings.push(finding(source, ["checklist", "items", i, "id"], "checklist-item-in-builtin-section", `checklist item '${item.id}' is in the built-in section '${section}'`, { hint: "put the items the policy adds in a section of their own, e.g. eu-ai-act.<key>" }));
    } else if (CHECKLIST_BY_ID.has(item.id) || seen.has(item.id)) {
      findings.push(finding(source, ["checklist", "items", i, "id"], "duplicate-checklist-item", `checklist item '${item.id}' is defined twice`));
    }
    seen.add(item.id);
  });
  const definitions = checklistDefinitions(policy.checklist.items);
  const known = new Map(definitions.map((d) => [checklistItemId(d), d]));
  for (const [id, answer] of Object.entries(policy.checklist.answers)) {
    const definition = known.get(id);
    if (!definition) {
      findings.push(finding(source, ["checklist", "answers", id], "unknown-checklist-item", `checklist.answers answers '${id}', which is not a checklist item`, {}, "key"));
      continue;
    }
    const pieces = answer.evidence === void 0 ? [] : [answer.evidence].flat();
    pieces.forEach((text, i) => {
      const problem = text.trim() === "" ? void 0 : evidenceProblem(text, definition.question);
      if (problem === void 0) return;
      const at = Array.isArray(answer.evidence) ? ["checklist", "answers", id, "evidence", i] : ["checklist", "answers", id, "evidence"];
      findings.push({ ...finding(source, at, "checklist-placeholder", `org-level evidence for ${id} ${problem}`, { hint: "give a statement of substance, a link, or a path in the repository that exists" }), category: "policy" });
    });
  }
  return findings;
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

// src/io/cpu-load.ts
import { cpus, loadavg } from "node:os";
var systemClock = {
  idleMs: () => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0),
  ownMs: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e3;
  },
  nowMs: () => performance.now(),
  cores: () => cpus().length
};
var CpuMeter = class {
  /** `clock` is for tests; by default os.cpus(), process.cpuUsage() and performance.now(), in ms. */
  constructor(clock = systemClock) {
    this.clock = clock;
    this.idle = clock.idleMs();
    this.own = clock.ownMs();
    this.wall = clock.nowMs();
  }
  clock;
  idle;
  own;
  wall;
  /** Milliseconds since creation. */
  elapsedMs() {
    return this.clock.nowMs() - this.wall;
  }
  /** Cores other processes kept busy since creation (NaN within the first 20 ms, or when the system gives no per-core times). */
  othersLoad() {
    const wall = this.elapsedMs();
    const cores = this.clock.cores();
    if (wall < 20 || cores === 0) return Number.NaN;
    return Math.max(0, cores - (this.clock.idleMs() - this.idle + this.clock.ownMs() - this.own) / wall);
  }
  /** Cores left idle beside this process's main thread since creation (NaN within the first 20 ms). */
  idleBesideMain() {
    return this.clock.cores() - 1 - this.othersLoad();
  }
};
var sinceStart = new CpuMeter();
function othersLoad(meter = sinceStart) {
  const load = meter.othersLoad();
  return meter.elapsedMs() < 250 || Number.isNaN(load) ? loadavg()[0] : load;
}
function idleThreadsBeside(cores, load) {
  return Math.max(0, Math.min(Math.round(cores - load - 1), cores - 1));
}
function threadsOverride(env, name) {
  const forced = env[name];
  return forced !== void 0 && /^\d+$/.test(forced) ? Number(forced) : void 0;
}

// src/commands/worker-thread.ts
import { Worker } from "node:worker_threads";
function startWorkerThread(entry, from, workerData) {
  const options = workerData === void 0 ? {} : { workerData };
  if (!from.endsWith(".ts")) return new Worker(new URL(`./${entry}.js`, from), options);
  const source = JSON.stringify(new URL(`./${entry}.ts`, from).href);
  const bootstrap = `const { dirname, join } = require('node:path');
const tsx = dirname(require('node:module').createRequire(${JSON.stringify(from)}).resolve('tsx/package.json'));
import(require('node:url').pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href).then(({ tsImport }) => tsImport(${source}, ${JSON.stringify(from)}));`;
  return new Worker(bootstrap, { eval: true, ...options });
}

export {
  buildReport,
  DEFAULT_POLICY,
  requiredChecklistItems,
  isTransitionAllowed,
  loadManifest,
  loadPolicy,
  reviewWaivers,
  POLICY_FILES,
  readPolicy,
  CpuMeter,
  othersLoad,
  idleThreadsBeside,
  threadsOverride,
  startWorkerThread
};
