// Source of schemas/model.schema.json (written by `npm run schemas`; a test keeps the file in step).
// Built in code so the checklist part comes from the one checklist catalogue.
import { CHECKLIST, CHECKLIST_SECTIONS, SECTION_TITLES } from '../checklist/catalogue.js';
import { BASELINE_KINDS, DEPLOYMENT_STRATEGIES, RETRAINING_TRIGGERS, STAGES, TASKS } from './manifest.js';
import { gatesSchema, MANIFEST_GATES } from '../report/sections.js';
import { CHECKLIST_ANSWER } from '../checklist/answer-schema.js';
import { boolean, integer, number, object, ref, string } from '../schema/builders.js';
import { CHECKLIST_SECTION_PATTERN, DURATION_PATTERN, NAME_PATTERN, OWNER_PATTERN, SEMVER_PATTERN, SHA256_PATTERN } from '../schema/common.js';

const checklistItem = (id: string, question: string) => ({
  $ref: '#/$defs/checklistAnswer' as const,
  description: `${id}: ${question}`,
});

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
    gates: gatesSchema('The checks a PR must pass. The policy says which gates each stage requires and whether they block.', MANIFEST_GATES),
    monitoring: object('How the model is watched in production (checklist section "monitor").', {
      current: ref('currentSource', 'Where production data comes from, for the scheduled drift check: read afresh on every run, never pinned.'),
      chunks: object(
        'Monitoring over time: `modelops drift` cuts the current data into chunks (exactly one of period, size or count) and reports every signal per chunk with alert thresholds learned from the reference data cut into chunks of the same size; the model drifts when the latest chunk alerts. Without it, drift compares the current data as one snapshot.',
        {
          period: { enum: ['day', 'week', 'month'], description: 'Chunks by calendar period of monitoring.current.timestamp in time_zone (ISO weeks, Monday to Sunday, keyed 2026-W07; days 2026-02-09; months 2026-02).' },
          time_zone: string('IANA time zone of the period boundaries (e.g. Europe/Berlin). Default UTC.', { minLength: 1 }),
          size: integer('Chunks of this many rows, in timestamp order (the last keeps the remainder).', { minimum: 1 }),
          count: integer('This many chunks of equal size, in timestamp order (the remainder joins the last).', { minimum: 1 }),
          min_rows: integer('Chunks with fewer rows are shown but never alert (default 30).', { minimum: 0 }),
          thresholds: object(
            'How alert bands come from the reference chunks: calibrated (default; a Student-t prediction interval whose false-alert rate per chunk is alpha), std (NannyML: mean ± k standard deviations) or quantile (of the reference chunks\' values).',
            {
              rule: { enum: ['calibrated', 'std', 'quantile'], description: 'The rule. Default calibrated.' },
              alpha: number('calibrated: the false-alert rate per chunk (default 0.01).', { exclusiveMinimum: 0, exclusiveMaximum: 1 }),
              k: number('std: the multiplier of the standard deviation (default 3).', { exclusiveMinimum: 0 }),
              lower: number('quantile: the lower quantile (default 0.005).', { minimum: 0, maximum: 1 }),
              upper: number('quantile: the upper quantile (default 0.995).', { minimum: 0, maximum: 1 }),
            },
          ),
          reference_until: string(
            "NannyML's reference period: the current data's chunks up to and including this key (e.g. 2026-W43) are the reference — their rows, with the labels that arrived (every one needs its label), are cut into the reference chunks; the series still shows them. Instead of reference.",
            { minLength: 1 },
          ),
          reference: {
            type: 'array',
            description: 'The datasets whose rows are cut into reference chunks for the bands, concatenated in this order (default [reference]). Add evaluation when the reference alone holds fewer than two chunks; never training (the model fitted it).',
            minItems: 1,
            uniqueItems: true,
            items: { enum: ['reference', 'evaluation'] },
          },
        },
      ),
      labels: object(
        'Ground-truth labels that arrive after scoring, joined to the current rows by id: realised metrics per chunk beside the estimates. One of path, glob or query, read afresh on every run.',
        {
          path: ref('repoPath', 'One file (CSV, JSONL or Parquet), relative to the repository root (or $GITHUB_WORKSPACE with relative_to: workspace).'),
          glob: string('Files matching this glob, read together.', { minLength: 1 }),
          query: string('DuckDB SQL whose result holds the id and label columns.', { minLength: 1 }),
          relative_to: { enum: ['repository', 'workspace'], description: 'What path and glob are relative to (default the repository root).' },
          format: { enum: ['csv', 'jsonl', 'parquet'], description: 'File format of path or glob. Default: from each file\'s extension.' },
          id: string('The id column of the labels (default monitoring.current.id).', { minLength: 1 }),
          column: string('The label column (default data.label.column).', { minLength: 1 }),
        },
      ),
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
    currentSource: object(
      'Where production data comes from: one of path, glob or query, read afresh on every drift run. It is not pinned by a digest: the drift report records what was read (files, rows, sha256; for a query the SQL, the engine version, the row count and a digest of the result), so new data needs no manifest change.',
      {
        path: ref('repoPath', 'One file (CSV, JSONL or Parquet), relative to the repository root (or to $GITHUB_WORKSPACE with relative_to: workspace). It must stay inside that root: no .., no symlink out of it.'),
        glob: string(
          'Files matching this glob (e.g. models/credit-risk/data/current/*.csv), relative to the repository root (or to $GITHUB_WORKSPACE with relative_to: workspace), read together in path order; a file added under it is read on the next run. Every match must stay inside that root (no .., symlinks out of it are refused).',
          { minLength: 1 },
        ),
        query: string(
          "DuckDB SQL whose result is the current data, over local or remote Parquet or CSV (e.g. SELECT * FROM read_parquet('exports/scored-*.parquet') WHERE scored_at > now() - INTERVAL 7 DAY); relative file names resolve against the repository root. Needs the optional add-on @duckdb/node-api installed beside modelops (it is not bundled in the Action).",
          { minLength: 1 },
        ),
        relative_to: { enum: ['repository', 'workspace'], description: 'What path and glob are relative to: the repository root (default), or $GITHUB_WORKSPACE (the runner\'s workspace, e.g. data a previous workflow step exported; the repository root when the variable is unset).' },
        format: { enum: ['csv', 'jsonl', 'parquet'], description: 'File format of path or glob. Default: from each file\'s extension.' },
        timestamp: string('Column holding when each row was scored (ISO 8601 text, epoch numbers, or a DuckDB TIMESTAMP). Required, except in the deprecated pinned form.', { minLength: 1 }),
        id: string('Column identifying each row, to join labels that arrive later.', { minLength: 1 }),
        description: string('What the data is.'),
        provenance: string('Where the data comes from, who owns it, how it is sampled.'),
        sha256: string('Deprecated: the current data is not pinned. Accepted with a warning, and not checked.', { pattern: SHA256_PATTERN, deprecated: true }),
        uri: string('Deprecated: not read. Write a query instead (e.g. SELECT * FROM read_parquet(\'s3://bucket/key/*.parquet\')).', { minLength: 1, deprecated: true }),
        rows: integer('Deprecated: the report records the rows read.', { minimum: 0, deprecated: true }),
      },
    ),
    checklistAnswer: CHECKLIST_ANSWER,
  },
} as const;
