// The policy as written in modelops.yaml, merged over the defaults. Apart from policy.ts because the
// document's type comes from its schema (policy-schema.ts), which reads the gates from the section
// registry, and the registry's capabilities read the policy's types.
import { STAGES, type Stage } from './manifest.js';
import { DEFAULT_POLICY, type Policy, type StageRules } from './policy.js';
import type { PolicyDocument } from './policy-schema.js';

export function resolvePolicy(document: PolicyDocument | undefined): Policy {
  if (!document) return DEFAULT_POLICY;
  const stages = Object.fromEntries(
    STAGES.map((stage) => {
      const base = DEFAULT_POLICY.stages[stage];
      const override = document.stages?.[stage] ?? {};
      const rules: StageRules = {
        checklist: override.checklist ?? base.checklist,
        gates: override.gates ?? base.gates,
        on_failure: override.on_failure ?? base.on_failure,
        approvals: { ...base.approvals, ...override.approvals },
      };
      const soak = override.soak ?? base.soak;
      if (soak !== undefined) rules.soak = soak;
      return [stage, rules];
    }),
  ) as Record<Stage, StageRules>;
  const manifests = document.manifests === undefined ? DEFAULT_POLICY.manifests : [document.manifests].flat();
  return {
    manifests,
    stages,
    transitions: { ...DEFAULT_POLICY.transitions, ...document.transitions },
    initial_stages: document.initial_stages ?? DEFAULT_POLICY.initial_stages,
    checklist: {
      sections: { ...document.checklist?.sections },
      items: (document.checklist?.items ?? []).map((item) => ({ id: item.id, question: item.question, stages: [...(item.stages ?? [])] })),
      answers: { ...document.checklist?.answers },
    },
    waivers: document.waivers ?? [],
    signatures: { ...DEFAULT_POLICY.signatures, ...document.signatures },
    monitoring: { ...DEFAULT_POLICY.monitoring, ...document.monitoring },
  };
}
