// The repository policy (modelops.yaml, kind: Policy) and the defaults that apply without one; the document
// as written, merged over them, is `resolve-policy.ts`.
import { CHECKLIST, CHECKLIST_BY_ID, CHECKLIST_SECTIONS, checklistItemId, type PolicyChecklistItem } from '../checklist/catalogue.js';
import { STAGES, type ChecklistAnswer, type GateKind, type Stage } from './manifest.js';
import type { Waiver } from '../promotion/waivers.js';

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
    /** An approval given on a commit other than the pull request's head (its head at the merge, for promote): `discard` does not count it (default), as GitHub's "dismiss stale approvals" would; `count` counts it and says it was on an older commit. */
    older_commits: 'discard' | 'count';
  };
  /** Minimum time in the previous stage, e.g. `7d`. */
  soak?: string;
}

/** What the policy adds to the readiness checklist, and answers it gives for every model. */
export interface PolicyChecklist {
  /** Titles of the sections the policy's items add. */
  sections: Record<string, string>;
  items: PolicyChecklistItem[];
  /** Org-level answers by item id; a model's own answer replaces one. */
  answers: Record<string, ChecklistAnswer>;
}

/** Whether registry tags must be signed, and by whom (read by `modelops audit`). */
export interface SignaturePolicy {
  /** Unsigned or untrusted-signed registry tags are errors. */
  required: boolean;
  /** Repository path of an SSH allowed signers file (git's gpg.ssh.allowedSignersFile format); GPG keys come from the auditor's keyring. */
  allowed_signers?: string;
}

/** What production monitoring the policy requires. */
export interface MonitoringPolicy {
  /** A production model without a current source (monitoring.current path, glob or query) fails validation. */
  require_current: boolean;
}

export interface Policy {
  manifests: string[];
  stages: Record<Stage, StageRules>;
  transitions: Record<Stage, Stage[]>;
  initial_stages: Stage[];
  checklist: PolicyChecklist;
  /** Reviewed, expiring exceptions to named checks (src/core/promotion/waivers.ts). */
  waivers: Waiver[];
  signatures: SignaturePolicy;
  monitoring: MonitoringPolicy;
}

export const DEFAULT_POLICY: Policy = {
  manifests: ['models/*/model.yaml'],
  stages: {
    development: { checklist: ['problem'], gates: [], on_failure: 'warn', approvals: { count: 0, from: [], unverified_membership: 'fail', older_commits: 'discard' } },
    staging: {
      checklist: ['problem', 'data', 'baseline', 'ready'],
      gates: ['performance', 'robustness'],
      on_failure: 'block',
      approvals: { count: 1, from: [], unverified_membership: 'fail', older_commits: 'discard' },
    },
    production: {
      checklist: 'all',
      gates: ['performance', 'robustness', 'fairness', 'drift', 'champion'],
      on_failure: 'block',
      approvals: { count: 2, from: [], unverified_membership: 'fail', older_commits: 'discard' },
      soak: '7d',
    },
    archived: { checklist: [], gates: [], on_failure: 'warn', approvals: { count: 1, from: [], unverified_membership: 'fail', older_commits: 'discard' } },
  },
  transitions: {
    development: ['staging', 'archived'],
    staging: ['production', 'development', 'archived'],
    production: ['staging', 'archived'],
    archived: [],
  },
  initial_stages: ['development', 'staging'],
  checklist: { sections: {}, items: [], answers: {} },
  waivers: [],
  signatures: { required: false },
  monitoring: { require_current: false },
};

/**
 * The item ids a stage requires: its `checklist` rule expanded, plus the policy's own items that name
 * the stage. Unknown references are reported by `unknownChecklistRefs`.
 */
export function requiredChecklistItems(rules: StageRules, stage?: Stage, extra: readonly PolicyChecklistItem[] = []): Set<string> {
  const all = [...CHECKLIST.map((item) => ({ id: checklistItemId(item), section: item.section as string })), ...extra.map((item) => ({ id: item.id, section: item.id.split('.')[0]! }))];
  const ids = new Set<string>();
  if (rules.checklist === 'all') for (const item of all) ids.add(item.id);
  else {
    for (const entry of rules.checklist) {
      for (const item of all) if (item.id === entry || item.section === entry) ids.add(item.id);
    }
  }
  if (stage !== undefined) for (const item of extra) if (item.stages.includes(stage)) ids.add(item.id);
  return ids;
}

export function unknownChecklistRefs(rules: StageRules, extra: readonly PolicyChecklistItem[] = []): string[] {
  if (rules.checklist === 'all') return [];
  const ids = new Set(extra.map((item) => item.id));
  const sections = new Set(extra.map((item) => item.id.split('.')[0]!));
  return rules.checklist.filter((entry) => !CHECKLIST_BY_ID.has(entry) && !(CHECKLIST_SECTIONS as readonly string[]).includes(entry) && !ids.has(entry) && !sections.has(entry));
}

export function isTransitionAllowed(policy: Policy, from: Stage | undefined, to: Stage): boolean {
  if (from === undefined) return policy.initial_stages.includes(to);
  return from === to || policy.transitions[from].includes(to);
}
