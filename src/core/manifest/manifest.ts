// Types of a model manifest as schemas/model.schema.json accepts it. Only schema-valid values get this type:
// manifest-type.test.ts has tsc hold it against FromSchema of model-schema.ts, both ways. (The type cannot be
// FromSchema itself here: the schema reads the registries, which read this type.)
import type { Correction } from '../drift/defaults.js';
import type { ThresholdMode } from '../drift/definition.js';
import type { DriftTestId } from '../drift/methods/registry.js';

export const STAGES = ['development', 'staging', 'production', 'archived'] as const;
export type Stage = (typeof STAGES)[number];

export const TASKS = ['binary-classification', 'multiclass-classification', 'regression'] as const;
export type Task = (typeof TASKS)[number];

/** A gate the manifest declares (`gates.<id>`), which a policy may require and a waiver may name; the list at run time is `GATE_KINDS`, from the section registry. */
export type GateKind = keyof ManifestGates & string;

export type Answer = 'yes' | 'no' | 'n/a';

export const BASELINE_KINDS = ['rule', 'heuristic', 'model', 'random', 'majority'] as const;
export const RETRAINING_TRIGGERS = ['workflow_dispatch', 'repository_dispatch', 'none'] as const;
export const DEPLOYMENT_STRATEGIES = ['canary', 'shadow', 'ab', 'blue-green', 'manual'] as const;

/** gates.drift.method and its per-column overrides: 'auto' or a registered test. */
type DriftMethod = 'auto' | DriftTestId;

/** One robustness perturbation's limits. */
export interface RobustnessLimits {
  max_label_flip_rate?: number;
  max_mean_score_change?: number;
}

export interface Bound {
  min?: number;
  max?: number;
}

export interface Dataset {
  path?: string;
  uri?: string;
  sha256?: string;
  format?: 'csv' | 'jsonl' | 'parquet';
  description?: string;
  provenance?: string;
  rows?: number;
}

/** `monitoring.current`: where production data comes from (one of path, glob, query), never pinned. */
export interface CurrentSource {
  path?: string;
  glob?: string;
  query?: string;
  relative_to?: 'repository' | 'workspace';
  format?: 'csv' | 'jsonl' | 'parquet';
  timestamp?: string;
  id?: string;
  description?: string;
  provenance?: string;
  /** Deprecated (the pinned form): accepted with a warning, not checked. */
  sha256?: string;
  /** Deprecated: not read. */
  uri?: string;
  /** Deprecated. */
  rows?: number;
}

/** `monitoring.chunks`: monitoring over time (exactly one of period, size, count). */
export interface MonitoringChunks {
  period?: 'day' | 'week' | 'month';
  time_zone?: string;
  size?: number;
  count?: number;
  min_rows?: number;
  thresholds?: { rule?: 'calibrated' | 'std' | 'quantile'; alpha?: number; k?: number; lower?: number; upper?: number };
  reference?: ('reference' | 'evaluation')[];
  /** The current chunks up to this key are the reference (NannyML's reference period). */
  reference_until?: string;
}

/** `monitoring.labels`: labels that arrive later (one of path, glob, query), joined by id. */
export interface LabelSource {
  path?: string;
  glob?: string;
  query?: string;
  relative_to?: 'repository' | 'workspace';
  format?: 'csv' | 'jsonl' | 'parquet';
  id?: string;
  column?: string;
}

export interface Feature {
  name: string;
  type: 'numeric' | 'categorical';
  description?: string;
}

export interface SensitiveAttribute {
  name: string;
  column: string;
  type?: 'categorical' | 'numeric';
  bins?: number[];
  reference_group?: string;
  description?: string;
}

export interface ChecklistAnswer {
  answer: Answer;
  evidence?: string | string[];
  note?: string;
}

export interface Manifest {
  apiVersion: 'modelops/v1';
  kind: 'Model';
  metadata: {
    name: string;
    version: string;
    owners: string[];
    description?: string;
    labels?: Record<string, string>;
  };
  stage: Stage;
  problem: {
    statement: string;
    task: Task;
    kpis?: { name: string; description?: string; target?: string }[];
    acceptance?: string | string[];
  };
  artifact: {
    path: string;
    sha256: string;
    format: 'onnx';
    inputs: { layout: 'tensor' | 'columns'; name?: string; columns?: string[]; dtype?: 'float32' | 'float64'; names?: Record<string, string> };
    outputs: { score?: string; score_column?: number; label?: string; prediction?: string };
    threshold?: number;
  };
  data: {
    label: { column: string; positive?: string | number; classes?: (string | number)[] };
    features: Feature[];
    sensitive?: SensitiveAttribute[];
    training?: Dataset;
    evaluation: Dataset;
    reference?: Dataset;
  };
  baseline?: { kind: (typeof BASELINE_KINDS)[number]; description: string; metrics: Record<string, number>; evidence?: string };
  gates?: ManifestGates;
  monitoring?: {
    current?: CurrentSource;
    chunks?: MonitoringChunks;
    labels?: LabelSource;
    schedule?: string;
    alerting?: { issue?: boolean; mentions?: string[] };
    labels_delay?: string;
    retraining?: {
      min_interval?: string;
      max_interval?: string;
      trigger?: { type: (typeof RETRAINING_TRIGGERS)[number]; workflow?: string; event_type?: string; ref?: string };
    };
  };
  deployment?: {
    mode?: 'batch' | 'real-time';
    strategy?: (typeof DEPLOYMENT_STRATEGIES)[number];
    resources?: { cpu?: number | string; memory_mb?: number; gpu?: number; replicas?: number };
    rollback?: { plan: string; to_version?: string };
    fallback?: { plan: string };
    dependencies?: string[];
  };
  checklist: Partial<Record<string, Record<string, ChecklistAnswer>>>;
}

/**
 * The manifest's `gates`, by gate id. A capability whose gate is not listed here adds its settings from its
 * own folder (`declare module '../manifest/manifest.js' { interface ManifestGates { … } }`) beside the
 * schema fragment in its section (core/report/sections.ts).
 */
export interface ManifestGates {
  performance?: {
    metrics?: Record<string, Bound>;
    latency_ms?: { p50?: Bound; p95?: Bound; p99?: Bound };
    throughput_rows_per_s?: Bound;
    memory_mb?: Bound;
    model_size_mb?: Bound;
    rule?: 'point-estimate' | 'shown-to-meet';
    alpha?: number;
  };
  robustness?: {
    missing_values?: RobustnessLimits;
    zeros?: RobustnessLimits;
    extremes?: RobustnessLimits & { factor?: number };
    noise?: RobustnessLimits & { level?: number };
    output_range?: Bound;
  };
  fairness?: {
    attributes: string[];
    intersections?: boolean;
    min_group_size?: number;
    metrics?: Record<string, Bound>;
    disparity_band?: Bound;
    rule?: 'evidence' | 'point-estimate';
    alpha?: number;
  };
  drift?: {
    method?: DriftMethod;
    threshold?: number;
    threshold_mode?: ThresholdMode;
    drift_share?: number;
    correction?: Correction;
    columns?: Record<string, { method?: DriftMethod; threshold?: number }>;
    prediction?: { method?: DriftMethod; threshold?: number };
    /** auc_band: a fixed threshold, max required. */
    domain_classifier?: { auc_band?: { min?: number; max: number }; alpha?: number; permutations?: number };
  };
  champion?: { metrics: string[]; tolerance?: number; alpha?: number };
}

/** The parts of a manifest whose change requires a new version (DESIGN.md §1 "Versions, immutability"). */
export function contentOf(manifest: Manifest): Record<string, unknown> {
  return {
    task: manifest.problem.task,
    artifact: manifest.artifact,
    data: manifest.data,
    gates: manifest.gates ?? {},
  };
}

const DURATION = /^(\d+)(m|h|d|w)$/;
const DURATION_UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `30m`, `12h`, `7d`, `2w` -> milliseconds. */
export function durationMs(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * DURATION_UNIT_MS[match[2]!]!;
}
