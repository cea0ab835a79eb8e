import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  CHECKLIST,
  CHECKLIST_BY_ID,
  CHECKLIST_SECTIONS,
  checklistDefinitions,
  checklistItemId,
  evidenceProblem,
  finding,
  globProblem
} from "./chunk-WWS7NVO2.js";
import {
  checkAgainstSchema
} from "./chunk-ZCQZ4SQA.js";
import {
  STAGES,
  parseYamlSource
} from "./chunk-RU6PGEHT.js";

// src/core/manifest/policy.ts
var DEFAULT_POLICY = {
  manifests: ["models/*/model.yaml"],
  stages: {
    development: { checklist: ["problem"], gates: [], on_failure: "warn", approvals: { count: 0, from: [], unverified_membership: "fail" } },
    staging: {
      checklist: ["problem", "data", "baseline", "ready"],
      gates: ["performance", "robustness"],
      on_failure: "block",
      approvals: { count: 1, from: [], unverified_membership: "fail" }
    },
    production: {
      checklist: "all",
      gates: ["performance", "robustness", "fairness", "drift", "champion"],
      on_failure: "block",
      approvals: { count: 2, from: [], unverified_membership: "fail" },
      soak: "7d"
    },
    archived: { checklist: [], gates: [], on_failure: "warn", approvals: { count: 1, from: [], unverified_membership: "fail" } }
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

export {
  DEFAULT_POLICY,
  requiredChecklistItems,
  isTransitionAllowed,
  loadManifest,
  loadPolicy
};
