// The repository policy (modelops.yaml, kind: Policy) and the defaults that apply without one.
import { CHECKLIST, CHECKLIST_BY_ID, CHECKLIST_SECTIONS, checklistItemId } from './checklist/catalogue.js';
import { GATE_KINDS, STAGES, type GateKind, type Stage } from './manifest.js';
import type { Waiver } from './waivers.js';

export interface StageRules {
  /** `all`, or section names (`data`) and item ids (`data.labels-verified`). */
  checklist: 'all' | string[];
  gates: GateKind[];
  on_failure: 'block' | 'warn';
  approvals: {
    count: number;
    from: string[];
    /** An approver whose team membership cannot be verified (a token without read:org, approvals asserted on the command line): `fail` does not count them (default), `warn` counts them and warns. */
    unverified_membership: 'fail' | 'warn';
  };
  /** Minimum time in the previous stage, e.g. `7d`. */
  soak?: string;
}

/** Whether registry tags must be signed, and by whom (read by `modelops audit`). */
export interface SignaturePolicy {
  /** Unsigned or untrusted-signed registry tags are errors. */
  required: boolean;
  /** Repository path of an SSH allowed signers file (git's gpg.ssh.allowedSignersFile format); GPG keys come from the auditor's keyring. */
  allowed_signers?: string;
}

export interface Policy {
  manifests: string[];
  stages: Record<Stage, StageRules>;
  transitions: Record<Stage, Stage[]>;
  initial_stages: Stage[];
  /** Reviewed, expiring exceptions to named checks (src/core/waivers.ts). */
  waivers: Waiver[];
  signatures: SignaturePolicy;
}

/** The policy as written in modelops.yaml: everything optional, merged over the defaults. */
export interface PolicyDocument {
  apiVersion: 'modelops/v1';
  kind: 'Policy';
  manifests?: string | string[];
  stages?: Partial<Record<Stage, Partial<Omit<StageRules, 'approvals'>> & { approvals?: Partial<StageRules['approvals']> }>>;
  transitions?: Partial<Record<Stage, Stage[]>>;
  initial_stages?: Stage[];
  waivers?: Waiver[];
  signatures?: Partial<SignaturePolicy>;
}

export const DEFAULT_POLICY: Policy = {
  manifests: ['models/*/model.yaml'],
  stages: {
    development: { checklist: ['problem'], gates: [], on_failure: 'warn', approvals: { count: 0, from: [], unverified_membership: 'fail' } },
    staging: {
      checklist: ['problem', 'data', 'baseline', 'ready'],
      gates: ['performance', 'robustness'],
      on_failure: 'block',
      approvals: { count: 1, from: [], unverified_membership: 'fail' },
    },
    production: {
      checklist: 'all',
      gates: ['performance', 'robustness', 'fairness', 'drift', 'champion'],
      on_failure: 'block',
      approvals: { count: 2, from: [], unverified_membership: 'fail' },
      soak: '7d',
    },
    archived: { checklist: [], gates: [], on_failure: 'warn', approvals: { count: 1, from: [], unverified_membership: 'fail' } },
  },
  transitions: {
    development: ['staging', 'archived'],
    staging: ['production', 'development', 'archived'],
    production: ['staging', 'archived'],
    archived: [],
  },
  initial_stages: ['development', 'staging'],
  waivers: [],
  signatures: { required: false },
};

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
    waivers: document.waivers ?? [],
    signatures: { ...DEFAULT_POLICY.signatures, ...document.signatures },
  };
}

/** Expands a stage's `checklist` rule into item ids. Unknown references are reported by `unknownChecklistRefs`. */
export function requiredChecklistItems(rules: StageRules): Set<string> {
  if (rules.checklist === 'all') return new Set(CHECKLIST.map(checklistItemId));
  const ids = new Set<string>();
  for (const entry of rules.checklist) {
    if (CHECKLIST_BY_ID.has(entry)) ids.add(entry);
    else for (const item of CHECKLIST) if (item.section === entry) ids.add(checklistItemId(item));
  }
  return ids;
}

export function unknownChecklistRefs(rules: StageRules): string[] {
  if (rules.checklist === 'all') return [];
  return rules.checklist.filter((entry) => !CHECKLIST_BY_ID.has(entry) && !(CHECKLIST_SECTIONS as readonly string[]).includes(entry));
}

export function isTransitionAllowed(policy: Policy, from: Stage | undefined, to: Stage): boolean {
  if (from === undefined) return policy.initial_stages.includes(to);
  return from === to || policy.transitions[from].includes(to);
}

export const KNOWN_GATES: readonly GateKind[] = GATE_KINDS;
