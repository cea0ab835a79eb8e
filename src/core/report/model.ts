// The one JSON report (schemas/report.schema.json): its types. Every command returns it (report/build.ts assembles it); every output renders it.
import type { MonitoringAt } from '../drift/chunks/history.js';
import type { FairnessResult } from '../fairness/evaluate.js';
import type { ApprovalRecord } from '../approvals/record.js';
import type { DriftEvaluation, ModelMonitoring } from '../drift/report.js';
import type { WaiverUse } from '../promotion/waivers.js';
export { VERDICTS, exitCodeOf, verdictOfFindings, worstVerdict } from './verdict.js';
export type { ConfidenceInterval, Finding, FindingCategory, GateCheck, GateResult, MetricComparison, PullRequestInfo, Severity, Verdict } from './verdict.js';
import type { Finding, GateResult, MetricComparison, PullRequestInfo, Verdict } from './verdict.js';

export type ChecklistItemStatus = 'verified' | 'answered' | 'unanswered' | 'no-evidence' | 'answered-no' | 'placeholder' | 'contradicted';

export interface ChecklistItemResult {
  id: string;
  section: string;
  question: string;
  required: boolean;
  answer?: 'yes' | 'no' | 'n/a';
  evidence?: string[];
  /** Why the manifest itself proves the item, when it does. */
  proof?: string;
  /** What in the manifest contradicts the answer, when something does. */
  contradiction?: string;
  /** `policy`: the answer is the policy's org-level one (modelops.yaml checklist.answers). */
  answeredBy?: 'policy';
  status: ChecklistItemStatus;
  satisfied: boolean;
}

export interface ChecklistResult {
  total: number;
  required: number;
  satisfiedRequired: number;
  verified: number;
  items: ChecklistItemResult[];
  /** Titles of sections the policy adds. */
  sectionTitles?: Record<string, string>;
}

export interface ModelChange {
  kind: 'added' | 'modified' | 'unchanged';
  base?: { version: string; stage: string; sha256?: string };
  /** Dotted paths of content fields that differ from the base (artifact, data, gates). */
  contentChanges: string[];
}

export interface FeatureImportance {
  feature: string;
  /** Mean drop of the metric when the feature is permuted. */
  importance: number;
  std: number;
}

export interface Evaluation {
  /** Evaluation data file, relative to the repository root. */
  dataset: string;
  rows: number;
  metrics: Record<string, number | null>;
  confusion?: { tn: number; fp: number; fn: number; tp: number };
  operational?: {
    latencyMs: { p50: number; p95: number; p99: number };
    throughputRowsPerS: number;
    modelSizeMb: number;
    peakRssMb: number;
  };
  baseline?: { kind: string; description: string; comparisons: MetricComparison[] };
  champion?: {
    version: string;
    /** Where the champion was found: a stage tag (`name#production#3`) or the base ref. */
    source: string;
    commit: string;
    metrics: Record<string, number | null>;
    comparisons: MetricComparison[];
    /** Largest allowed worsening, in each metric's units (gates.champion.tolerance): the line a regression's interval must clear. */
    tolerance?: number;
    mcnemar?: { onlyChallengerCorrect: number; onlyChampionCorrect: number; pValue: number; method: string };
  };
  importance?: { metric: string; repeats: number; rows: number; challenger: FeatureImportance[]; champion?: FeatureImportance[] };
  /** Group metrics, aggregates and disparities per sensitive attribute; the champion's beside it when there is one. */
  fairness?: { challenger: FairnessResult; champion?: FairnessResult };
  /** Drift of this data against the reference: features, missing values, outputs, domain classifier, CBPE. */
  drift?: DriftEvaluation;
}

export type TagAction = 'register' | 'deregister' | 'assign' | 'unassign' | 'deprecate' | 'create';

export interface PromotionTag {
  tag: string;
  /** register / assign, or GTO's unassign (a stage left for a lower one) and deprecate (archived). */
  action: 'register' | 'assign' | 'unassign' | 'deprecate';
  /** Commit the tag points at. */
  commit: string;
  /** Whether this run created it (false: it existed already). */
  created: boolean;
  signed: boolean;
}

/** What `promote` did for one model. */
export interface Promotion {
  /** `promoted`: tags written; `up-to-date`: the registry already says this; `blocked`: validation or a blocking gate failed. */
  status: 'promoted' | 'up-to-date' | 'blocked';
  /** Why nothing was promoted, in one line (blocked). */
  reason?: string;
  /** The commit promoted (the merge commit, `after`). */
  commit: string;
  tags: PromotionTag[];
  /** Remote the tags were pushed to. */
  pushedTo?: string;
}

export type SignatureStatus = 'unsigned' | 'good' | 'bad' | 'unverified';

/** One registry event of a model, read from a tag and its evidence. */
export interface AuditEvent {
  tag: string;
  action: TagAction;
  version?: string;
  stage?: string;
  /** Commit the tag points at. */
  commit: string;
  /** Tagger date (ISO 8601); absent for lightweight tags. */
  time?: string;
  /** Tagger as `Name <email>`. */
  tagger?: string;
  /** Whether the tag message carries modelops evidence. */
  evidence: 'present' | 'missing' | 'invalid';
  /** The commit that was promoted (from the evidence). */
  mergeCommit?: string;
  pullRequest?: PullRequestInfo;
  workflowRun?: string;
  /** Verdict of the gate report in the evidence. */
  verdict?: Verdict;
  gates?: { gate: string; verdict: Verdict }[];
  signature: SignatureStatus;
  /** What `git verify-tag` said, when signed. */
  signatureDetail?: string;
  /** The evidence's seal recomputed from the message (absent: written before evidence was sealed). */
  seal?: 'intact' | 'broken' | 'absent';
}

/** A registered version and whether its artifact still hashes to the recorded sha256. */
export interface AuditVersion {
  version: string;
  tag: string;
  commit: string;
  time?: string;
  artifact?: {
    path: string;
    /** sha256 recorded by the evidence (else by the manifest at the tag). */
    recorded: string;
    /** sha256 of the blob at the tag's commit; absent when the file is missing there. */
    actual?: string;
    status: 'match' | 'mismatch' | 'missing';
  };
}

/** Which version held a stage at the audit's instant. */
export interface StageHolding {
  stage: string;
  /** Unknown when the tag neither carries evidence nor sits on a registered commit. */
  version?: string;
  tag: string;
  since?: string;
}

export interface ModelAudit {
  /** Every registration and stage change, oldest first. */
  events: AuditEvent[];
  versions: AuditVersion[];
  /** Stages held at the audit's instant (`--at`, default now). */
  stages: StageHolding[];
  /** The model's waivers in the policy at the audited commit: in force, expired, or invalid. */
  waivers?: (WaiverUse & { status: 'in-force' | 'expired' | 'unknown-model' | 'invalid' })[];
  /** What the monitoring log had for the model at the audit's instant (absent: the log was not read). */
  monitoring?: { seen?: MonitoringAt; records: number; problem?: string; note?: string };
}

/** How one requirement of the target stage's policy was met here (or why not). */
export interface Requirement {
  /** `approvals`, `soak`, `checklist` or `gate.<gate>`. */
  check: string;
  /** `not-checked`: it cannot be evaluated in this context (the reason is in `detail`). */
  status: 'met' | 'waived' | 'unmet' | 'not-checked' | 'not-required';
  detail: string;
  /** Each approver: verified from the pull request's reviews, or asserted on the command line. */
  approvals?: ApprovalRecord[];
  /** The waiver that let it pass. */
  waiver?: WaiverUse;
}

/** What the policy of the stage a model enters asked for, and how each part was met where this report was made. */
export interface Enforcement {
  stage: string;
  /** `promotion`: enforced by promote when tagging; `pull-request`: the Action's PR gate; `command-line`: the CLI gate (approvals cannot be read). */
  context: 'promotion' | 'pull-request' | 'command-line';
  requirements: Requirement[];
  /** Waivers used, as written in the policy. */
  waivers: WaiverUse[];
}

export interface ModelResult {
  name: string;
  manifest: string;
  version?: string;
  stage?: string;
  verdict: Verdict;
  findings: Finding[];
  checklist?: ChecklistResult;
  change?: ModelChange;
  gates: GateResult[];
  evaluation?: Evaluation;
  promotion?: Promotion;
  audit?: ModelAudit;
  /** What `modelops drift` concluded: drifted, stale, whether to alert and to dispatch retraining. */
  monitoring?: ModelMonitoring;
  /** How the target stage's policy was enforced (gate, promote); embedded in the tag evidence with the report. */
  enforcement?: Enforcement;
}

/** What `audit` examined. */
export interface AuditScope {
  /** Branch or ref whose first-parent history was read. */
  ref: string;
  commit: string;
  /** The instant the stages are given at (ISO 8601). */
  at: string;
  commits: number;
  tags: number;
}

export interface Report {
  apiVersion: 'modelops/v1';
  kind: 'Report';
  tool: { name: 'modelops'; version: string };
  command: string;
  createdAt: string;
  repository: { root: string; base?: { ref: string; commit: string } };
  verdict: Verdict;
  exitCode: 0 | 1 | 2;
  summary: { models: number } & Record<Verdict, number>;
  /** Findings not tied to one model (policy file, duplicate names, usage). */
  findings: Finding[];
  models: ModelResult[];
  /** Present on `audit` reports. */
  audit?: AuditScope;
}
