// Source of schemas/model.schema.json (written by `npm run schemas`; a test keeps the file in step).
// Built in code so the checklist part comes from the one checklist catalogue.
import { CHECKLIST, CHECKLIST_SECTIONS, SECTION_TITLES } from '../checklist/catalogue.js';
import { BASELINE_KINDS, DEPLOYMENT_STRATEGIES, RETRAINING_TRIGGERS, STAGES, TASKS } from './manifest.js';
import { DRIFT_METHODS, FAIRNESS_METRICS, PERFORMANCE_METRICS } from '../metrics/known.js';
import { CORRECTIONS } from '../drift/defaults.js';
import { THRESHOLD_MODES } from '../drift/definition.js';
import { PERFORMANCE_RULES } from '../evaluation/gate.js';
import { FAIRNESS_RULES } from '../fairness/gate.js';
import { array, obj, str } from '../schema/build.js';
import { CHECKLIST_SECTION_PATTERN, DURATION_PATTERN, NAME_PATTERN, OWNER_PATTERN, SEMVER_PATTERN, SHA256_PATTERN, type JsonSchema } from '../schema/common.js';

// Typed builders (as schema/build.ts's): each returns its schema with literal types, so the Manifest type is
// FromSchema of MODEL_SCHEMA (manifest-type.test.ts holds manifest.ts's hand-written type against it).
type Extra = Record<string, unknown>;
/** A closed object; `required` is left out when empty, as the files in schemas/ have always been written. */
function object<const P extends Extra, const R extends readonly (keyof P & string)[] = readonly [], const E extends Extra = {}>(
  description: string,
  properties: P,
  required?: R,
  extra?: E,
): { type: 'object'; description: string; additionalProperties: false; required: R; properties: P } & E {
  return { type: 'object', description, additionalProperties: false, ...(required && required.length > 0 ? { required } : {}), properties, ...extra } as never;
}
const string = <const E extends Extra = {}>(description: string, extra?: E) => ({ type: 'string' as const, description, ...(extra as E) });
const number = <const E extends Extra = {}>(description: string, extra?: E) => ({ type: 'number' as const, description, ...(extra as E) });
const integer = <const E extends Extra = {}>(description: string, extra?: E) => ({ type: 'integer' as const, description, ...(extra as E) });
const boolean = (description: string) => ({ type: 'boolean', description }) as const;
const ref = <const N extends string>(name: N, description: string) => ({ $ref: `#/$defs/${name}` as const, description });

const bound = (description: string) => ref('bound', description);

const metricBounds = (description: string, names: readonly { id: string; description: string }[]) =>
  object(description, Object.fromEntries(names.map((m) => [m.id, bound(`Bounds on ${m.id}: ${m.description}.`)])));

const checklistItem = (id: string, question: string) => ({
  $ref: '#/$defs/checklistAnswer' as const,
  description: `${id}: ${question}`,
});

/** One answered checklist item: the manifest's and the policy's org-level answers share it (typed: the policy's type is derived from its schema). */
export const CHECKLIST_ANSWER = obj(
  'An answered checklist item.',
  {
    answer: { enum: ['yes', 'no', 'n/a'], description: 'yes, no or n/a (not applicable; say why in evidence).' },
    evidence: {
      description:
        'Evidence: a statement of substance (at least three words), a link, a path in the repository (relative to its root, written folder/file.ext or ./file; checked to exist) or a manifest field (e.g. gates.fairness; checked to exist). Placeholders (TODO, TBD, x, -, lorem ipsum, a copy of the question) are rejected. Required for yes and n/a on items the stage requires.',
      anyOf: [str('One piece of evidence.'), array('Several pieces of evidence.', str('One piece of evidence.'))],
    },
    note: str('Anything a reviewer should know.'),
  },
  ['answer'],
);

const checklist = object(
  'The readiness checklist, answered. Seven sections, plus any the repository policy adds (modelops.yaml checklist.items); each item is answered yes, no or n/a with evidence. Items the manifest already proves are verified automatically; answers the manifest contradicts and placeholder evidence (TODO, TBD, x, a copy of the question) are errors. An answer here replaces the policy\'s org-level answer (modelops.yaml checklist.answers).',
  Object.fromEntries(
    CHECKLIST_SECTIONS.map((section) => [
      section,
      object(
        `${SECTION_TITLES[section]} (checklist section "${section}")`,
        Object.fromEntries(CHECKLIST.filter((i) => i.section === section).map((i) => [i.key, checklistItem(`${section}.${i.key}`, i.question)])),
      ),
    ]),
  ),
  [],
  {
    propertyNames: { pattern: CHECKLIST_SECTION_PATTERN },
    additionalProperties: {
      type: 'object',
      description: 'A section the repository policy adds (modelops.yaml checklist.items, e.g. eu-ai-act); validation checks that the policy defines each of its items.',
      propertyNames: { pattern: '^[a-z0-9][a-z0-9-]*$' },
      additionalProperties: { $ref: '#/$defs/checklistAnswer', description: 'The answer to one item the policy adds.' },
    },
  },
);

const dataset = (description: string) => ref('dataset', description);

const robustnessCheck = <const E extends Extra = {}>(description: string, extra?: E) =>
  object(description, {
    max_label_flip_rate: number('Largest allowed share of rows whose predicted label changes under this perturbation.', { minimum: 0, maximum: 1 }),
    max_mean_score_change: number('Largest allowed mean absolute change of the score under this perturbation.', { minimum: 0 }),
    ...(extra as E),
  });

export const MODEL_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://modelops.dev/schemas/v1/model.schema.json',
  title: 'modelops model manifest',
  description:
    'One model, one version, declared in git (models/<name>/model.yaml). Paths are relative to the repository root and must stay inside it.',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'metadata', 'stage', 'problem', 'artifact', 'data', 'checklist'],
  properties: {
    apiVersion: { const: 'modelops/v1', description: 'Manifest format version. Always modelops/v1.' },
    kind: { const: 'Model', description: 'Document kind. Always Model for a model manifest.' },
    metadata: object(
      'Who and what: the model name, its version and owners.',
      {
        name: string('Model name: a lowercase DNS label (a-z, 0-9, -; at most 63 characters). Must equal the folder name under models/.', {
          pattern: NAME_PATTERN,
        }),
        version: string('Semantic version of this model (e.g. 1.2.0). Bump it whenever the artifact, data, features or gates change.', {
          pattern: SEMVER_PATTERN,
        }),
        owners: {
          type: 'array',
          description: 'Accountable owners: GitHub users (@alice), teams (@org/team) or e-mail addresses.',
          minItems: 1,
          uniqueItems: true,
          items: string('A GitHub user (@alice), team (@org/team) or e-mail address.', { pattern: OWNER_PATTERN }),
        },
        description: string('What the model does, in a sentence or two.'),
        labels: {
          type: 'object',
          description: 'Free-form key/value labels (e.g. domain: lending) for filtering and reports.',
          propertyNames: { pattern: '^[a-z0-9]([a-z0-9._/-]{0,62}[a-z0-9])?$' },
          additionalProperties: { type: 'string', description: 'Label value.' },
        },
      },
      ['name', 'version', 'owners'],
    ),
    stage: { enum: [...STAGES], description: 'Lifecycle stage this version is in or is proposed for. Merging promotes; the policy says which transitions are allowed.' },
    problem: object(
      'What problem the model solves and how success is judged (checklist section "problem").',
      {
        statement: string('The problem in plain language, and the decision the predictions feed.', { minLength: 1 }),
        task: { enum: [...TASKS], description: 'Machine-learning task; decides which metrics apply.' },
        kpis: {
          type: 'array',
          description: 'Business KPIs the model should move.',
          items: object(
            'A business KPI.',
            {
              name: string('KPI name.', { minLength: 1 }),
              description: string('How the KPI is measured.'),
              target: string('Target value or direction, e.g. "-10% defaults at equal approval rate".'),
            },
            ['name'],
          ),
        },
        acceptance: {
          description: 'Acceptance criteria agreed with stakeholders, as text or a list.',
          anyOf: [string('Acceptance criteria.'), { type: 'array', items: string('One acceptance criterion.'), description: 'Acceptance criteria.' }],
        },
      },
      ['statement', 'task'],
    ),
    artifact: object(
      'The model file and how data maps to its inputs and outputs.',
      {
        path: ref('repoPath', 'Path of the ONNX file, relative to the repository root.'),
        sha256: string('SHA-256 of the artifact file (64 lowercase hex digits). Validation recomputes it.', { pattern: SHA256_PATTERN }),
        format: { const: 'onnx', description: 'Artifact format. Only onnx: it is data, never code, so reviewing a model never runs code from the PR.' },
        inputs: object(
          'How data columns become model inputs.',
          {
            layout: {
              enum: ['tensor', 'columns'],
              description: 'tensor: one [N, k] float tensor of all features in `columns` order; columns: one input per column (numeric as float, categorical as string).',
            },
            name: string('Name of the single input tensor (layout: tensor). Default: the model\'s only input.'),
            columns: {
              type: 'array',
              description: 'Feature order inside the tensor (layout: tensor). Default: data.features order.',
              items: string('A feature column name.'),
              uniqueItems: true,
            },
            dtype: { enum: ['float32', 'float64'], description: 'Element type of the input tensor (layout: tensor). Default float32.' },
            names: {
              type: 'object',
              description: 'Column -> input name, where they differ (layout: columns). Default: the input has the column\'s name.',
              additionalProperties: string('Model input name for this column.'),
            },
          },
          ['layout'],
        ),
        outputs: object('Which model outputs carry the prediction.', {
          score: string('Name of the tensor output holding the class probabilities (e.g. probabilities), [N, classes] or [N]. Naming a ZipMap output (skl2onnx\'s output_probability) reads the tensor that feeds it. Default: the only float tensor output besides label, or the tensor behind a ZipMap.'),
          score_column: integer('Column of the positive class in a [N, classes] score output. Default 1 for binary classification.', { minimum: 0 }),
          label: string('Output holding predicted labels, if the model has one. Binary labels are re-derived from the score and threshold.'),
          prediction: string('Output holding the prediction (regression).'),
        }),
        threshold: number('Decision threshold on the positive-class score (binary classification). Default 0.5.', { minimum: 0, maximum: 1 }),
      },
      ['path', 'sha256', 'format', 'inputs', 'outputs'],
    ),
    data: object(
      'The label, the features, the sensitive attributes and the datasets (checklist section "data").',
      {
        label: object(
          'The target column.',
          {
            column: string('Name of the label column in the datasets.', { minLength: 1 }),
            positive: { type: ['string', 'number'], description: 'Value of the positive class (binary classification), e.g. bad.' },
            classes: { type: 'array', description: 'All class values in score-column order (multiclass).', items: { type: ['string', 'number'], description: 'A class value.' } },
          },
          ['column'],
        ),
        features: {
          type: 'array',
          description: 'Model features, in the order the model expects them unless artifact.inputs.columns says otherwise.',
          minItems: 1,
          items: object(
            'A feature column.',
            {
              name: string('Column name in the datasets.', { minLength: 1 }),
              type: { enum: ['numeric', 'categorical'], description: 'Column type; decides encoding and the drift test used.' },
              description: string('What the feature means.'),
            },
            ['name', 'type'],
          ),
        },
        sensitive: {
          type: 'array',
          description: 'Sensitive attributes for the fairness gate. They may be columns the model does not use.',
          items: object(
            'A sensitive attribute.',
            {
              name: string('Attribute name used in reports and fairness.attributes (e.g. sex, age_group).', { pattern: '^[a-z][a-z0-9_]*$' }),
              column: string('Column holding the attribute in the datasets.', { minLength: 1 }),
              type: { enum: ['categorical', 'numeric'], description: 'numeric attributes are bucketed by `bins`. Default categorical.' },
              bins: {
                type: 'array',
                description: 'Bucket edges for a numeric attribute, ascending (e.g. [25, 60] gives <25, 25-60, >=60).',
                minItems: 1,
                items: number('A bucket edge.'),
              },
              reference_group: string('Group the disparities are measured against. Default: the largest group.'),
              description: string('Why this attribute is sensitive and how it was derived.'),
            },
            ['name', 'column'],
          ),
        },
        training: dataset('Training data (path in the repo, or uri when it lives elsewhere).'),
        evaluation: dataset('Held-out evaluation data, labelled; the gates run the model on it.'),
        reference: dataset('Reference data for drift (usually a held-out sample of training time).'),
      },
      ['label', 'features', 'evaluation'],
    ),
    baseline: object(
      'What the model is compared against (checklist section "baseline").',
      {
        kind: { enum: [...BASELINE_KINDS], description: 'Kind of baseline.' },
        description: string('The baseline, in words (e.g. "reject when checking account is overdrawn").', { minLength: 1 }),
        metrics: {
          type: 'object',
          description: 'The baseline\'s metrics on the evaluation data, by metric id (e.g. roc_auc: 0.62).',
          minProperties: 1,
          additionalProperties: number('Metric value.'),
        },
        evidence: string('Where the baseline numbers come from: a path in the repo or a link.'),
      },
      ['kind', 'description', 'metrics'],
    ),
    gates: object('The checks a PR must pass. The policy says which gates each stage requires and whether they block.', {
      performance: object('Quality and operational budgets, measured on the evaluation data.', {
        metrics: metricBounds('Bounds on model metrics, by metric id.', PERFORMANCE_METRICS),
        latency_ms: object('Single-row latency budget in milliseconds.', {
          p50: bound('Bounds on median latency.'),
          p95: bound('Bounds on 95th percentile latency.'),
          p99: bound('Bounds on 99th percentile latency.'),
        }),
        throughput_rows_per_s: bound('Bounds on batch throughput in rows per second.'),
        memory_mb: bound('Bounds on peak memory of the inference in MiB.'),
        model_size_mb: bound('Bounds on the artifact size in MiB.'),
        rule: {
          enum: [...PERFORMANCE_RULES],
          description:
            'How a metric bound is decided from the metric and its (1 - alpha) interval (DeLong for roc_auc, Wilson for accuracy, percentile bootstrap otherwise). point-estimate (default): the measured value passes or fails; a pass whose interval reaches outside the bound warns as not shown at this sample size. shown-to-meet: only a whole interval inside the bound passes; anything else fails.',
        },
        alpha: number('Significance level of the metric intervals: two-sided at 1 - alpha. Default 0.05.', { exclusiveMinimum: 0, exclusiveMaximum: 1 }),
      }),
      robustness: object('Stability under perturbed inputs (missing, zero, extreme, noisy values).', {
        missing_values: robustnessCheck('Each feature set missing in turn.'),
        zeros: robustnessCheck('Each numeric feature set to zero in turn.'),
        extremes: robustnessCheck('Numeric features pushed beyond the training range.', {
          factor: number('How far beyond the training range, as a multiple of it. Default 10.', { exclusiveMinimum: 1 }),
        }),
        noise: robustnessCheck('Small Gaussian noise on numeric features.', {
          level: number('Noise standard deviation as a share of each feature\'s standard deviation. Default 0.01.', { exclusiveMinimum: 0, maximum: 1 }),
        }),
        output_range: bound('Bounds every output score must stay within (outputs must also be finite).'),
      }),
      fairness: object(
        'Group fairness on the evaluation data.',
        {
          attributes: {
            type: 'array',
            description: 'Names of data.sensitive attributes to examine.',
            minItems: 1,
            uniqueItems: true,
            items: string('A data.sensitive name.'),
          },
          intersections: boolean('Also examine every combination of the attributes (empty cells skipped).'),
          min_group_size: integer('Groups smaller than this are reported as too small to judge. Default 30.', { minimum: 1 }),
          metrics: metricBounds('Bounds on fairness aggregates, by id.', FAIRNESS_METRICS),
          disparity_band: bound('Pass band for disparities against the reference group. Default min 0.8, max 1.25.'),
          rule: {
            enum: [...FAIRNESS_RULES],
            description:
              "How a bound is decided. evidence (default): fail only when the whole (1 - alpha) confidence interval lies outside the bound (the data show it is broken); a value outside the bound whose interval still reaches it warns as not shown broken. point-estimate: the measured value alone passes or fails, whatever the sample size (Fairlearn-style).",
          },
          alpha: number('Significance level of the evidence rule: intervals are two-sided at 1 - alpha, Bonferroni-adjusted over the groups an aggregate compares. Default 0.05.', { exclusiveMinimum: 0, exclusiveMaximum: 1 }),
        },
        ['attributes'],
      ),
      drift: object('Drift of the evaluation (or current) data against the reference data.', {
        method: { enum: [...DRIFT_METHODS], description: 'Test for every column; auto picks by column type and distinct values (KS, chi2 or z; with threshold_mode fixed, also by reference size, as Evidently). Default auto.' },
        threshold: number('Threshold for every column. threshold_mode calibrated: the false-alarm rate alpha in (0, 1) of every test (a distance is decided by its permutation p-value), default 0.05. threshold_mode fixed: Evidently\'s, a p-value for tests and a distance for distances.', { exclusiveMinimum: 0 }),
        threshold_mode: {
          enum: [...THRESHOLD_MODES],
          description: 'How thresholds are read. calibrated (default): as false-alarm rates that hold at the sample sizes seen (p-values; permutation p-values for distances). fixed: Evidently\'s fixed thresholds (p < 0.05, distance >= 0.1), for teams migrating from Evidently; they alarm far more or less often than stated when sizes differ.',
        },
        drift_share: number('Share of drifted columns above which the dataset counts as drifted. Default 0.5.', { exclusiveMinimum: 0, maximum: 1 }),
        correction: { enum: [...CORRECTIONS], description: 'Multiple-testing correction for p-value tests. Default none.' },
        columns: {
          type: 'object',
          description: 'Per-column overrides, by column name.',
          additionalProperties: object('Override for one column.', {
            method: { enum: [...DRIFT_METHODS], description: 'Test for this column.' },
            threshold: number('Threshold for this column, read as threshold_mode says.', { exclusiveMinimum: 0 }),
          }),
        },
        prediction: object('Drift of the model\'s scores.', {
          method: { enum: [...DRIFT_METHODS], description: 'Test for the scores.' },
          threshold: number('Threshold for the scores, read as threshold_mode says.', { exclusiveMinimum: 0 }),
        }),
        domain_classifier: object('A classifier trained to tell reference from current rows. Drift when its cross-validated ROC AUC is above the threshold from its own null distribution at these sample sizes (the AUC with the reference/current labels permuted); an AUC below 0.5 is never drift.', {
          alpha: number('False-alarm rate of the permutation threshold: drift when the permutation p-value is at most alpha. Default 0.05.', { exclusiveMinimum: 0, exclusiveMaximum: 1 }),
          permutations: integer('Label permutations of the null distribution. Default 99 (fewer on large data, never below 19 or 1/alpha - 1).', { minimum: 19 }),
          auc_band: {
            ...bound('A fixed AUC threshold instead of the permutation one (explicit, for teams migrating from fixed bands): drift above max, which is required; min is accepted but never drift (an AUC below 0.5 is noise). The report says which false-alarm rate max stands for at these sizes.'),
            type: 'object',
            required: ['max'],
          },
        }),
      }),
      champion: object(
        'No significant regression against the version now in production.',
        {
          metrics: { type: 'array', description: 'Metric ids to compare.', minItems: 1, uniqueItems: true, items: string('A metric id.') },
          tolerance: number('Largest allowed drop in each metric (in the metric\'s units). Default 0.', { minimum: 0 }),
          alpha: number('Significance level of the comparison tests. Default 0.05.', { exclusiveMinimum: 0, exclusiveMaximum: 1 }),
        },
        ['metrics'],
      ),
    }),
    monitoring: object('How the model is watched in production (checklist section "monitor").', {
      current: dataset('Where recent production samples are (for the scheduled drift check).'),
      schedule: string('Cron expression of the scheduled check, as in the drift workflow (e.g. "0 6 * * 1").', {
        pattern: '^\\S+( \\S+){4}$',
      }),
      alerting: object('Where alerts go.', {
        issue: boolean('Open (and keep updated) a GitHub issue when the model drifts or goes stale.'),
        mentions: { type: 'array', description: 'Users or teams to mention in alerts.', items: string('@user or @org/team.', { pattern: OWNER_PATTERN }) },
      }),
      labels_delay: string('How long until ground-truth labels arrive (e.g. 30d).', { pattern: DURATION_PATTERN }),
      retraining: object('Retraining bounds: at least every max_interval, not sooner than min_interval.', {
        min_interval: string('Do not retrain sooner than this after the last promotion (e.g. 7d).', { pattern: DURATION_PATTERN }),
        max_interval: string('Retrain at least this often; older production models are stale (e.g. 180d).', { pattern: DURATION_PATTERN }),
        trigger: object(
          'How to start retraining.',
          {
            type: { enum: [...RETRAINING_TRIGGERS], description: 'GitHub mechanism used to start retraining.' },
            workflow: string('Workflow file name (workflow_dispatch).'),
            event_type: string('Event type (repository_dispatch).'),
            ref: string('Git ref to run the workflow on. Default: the default branch.'),
          },
          ['type'],
        ),
      }),
    }),
    deployment: object('How the model is served (checklist section "deploy").', {
      mode: { enum: ['batch', 'real-time'], description: 'Batch scoring or real-time serving.' },
      strategy: { enum: [...DEPLOYMENT_STRATEGIES], description: 'Rollout strategy.' },
      resources: object('Compute resources in production.', {
        cpu: { type: ['number', 'string'], description: 'CPU cores (e.g. 0.5 or "500m").' },
        memory_mb: number('Memory in MiB.', { exclusiveMinimum: 0 }),
        gpu: integer('Number of GPUs.', { minimum: 0 }),
        replicas: integer('Number of replicas.', { minimum: 1 }),
      }),
      rollback: object('How to roll back.', { plan: string('The rollback plan.', { minLength: 1 }), to_version: string('Version to roll back to.', { pattern: SEMVER_PATTERN }) }, ['plan']),
      fallback: object('What happens when the model is unavailable.', { plan: string('The fallback plan.', { minLength: 1 }) }, ['plan']),
      dependencies: { type: 'array', description: 'Runtime dependencies with versions (e.g. onnxruntime 1.30).', items: string('A dependency.') },
    }),
    checklist,
  },
  $defs: {
    bound: {
      type: 'object',
      description: 'Inclusive bounds: min, max or both.',
      additionalProperties: false,
      minProperties: 1,
      properties: { min: number('Lowest allowed value (inclusive).'), max: number('Highest allowed value (inclusive).') },
    },
    repoPath: { type: 'string', description: 'A path relative to the repository root.', minLength: 1 },
    dataset: object(
      'A dataset: a file in the repository (path + sha256) or data kept elsewhere (uri).',
      {
        path: ref('repoPath', 'File in the repository (CSV, JSONL or Parquet), relative to the repository root.'),
        uri: string('Where the data lives when it is not in the repository (e.g. s3://bucket/key, a warehouse table).', { minLength: 1 }),
        sha256: string('SHA-256 of the file; validation recomputes it.', { pattern: SHA256_PATTERN }),
        format: { enum: ['csv', 'jsonl', 'parquet'], description: 'File format. Default: from the file extension.' },
        description: string('What the data is.'),
        provenance: string('Where the data comes from, who owns it, its licence, how it was sampled.'),
        rows: integer('Number of rows, if recorded.', { minimum: 0 }),
      },
      [],
      { dependentRequired: { path: ['sha256'] } },
    ),
    checklistAnswer: CHECKLIST_ANSWER,
  },
} as const;
