// One line of the monitoring log (src/io/git/monitoring-log.ts): the result of one model on one chunk of
// production data in one run. The log is JSON lines on the branch `modelops/monitoring`, one file per model.
// Source of schemas/monitoring-log-record.schema.json and, through FromSchema, of MonitoringLogRecord.
import type { FromSchema } from '../schema/build.js';
import { ISO_UTC_PATTERN, NAME_PATTERN, SEMVER_PATTERN, SHA256_PATTERN } from '../schema/common.js';

export const MONITORING_LOG_RECORD_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://modelops.dev/schemas/monitoring-log-record.schema.json',
  title: 'modelops monitoring log record',
  description: 'One model × one chunk × one run. Appended, never rewritten: a later run that sees the same chunk again adds a new record with its own run id; readers take the newest per chunk.',
  type: 'object',
  additionalProperties: false,
  required: ['model', 'version', 'run', 'commit', 'time', 'source', 'chunk', 'results'],
  properties: {
    model: { type: 'string', pattern: NAME_PATTERN, description: 'metadata.name of the model.' },
    version: { type: 'string', pattern: SEMVER_PATTERN, description: 'metadata.version of the model in production when the run read the data.' },
    run: { type: 'string', minLength: 1, description: 'Run id: the GitHub workflow run id and attempt (`12345-1`), or a local id for CLI runs.' },
    commit: { type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$', description: 'Commit of the default branch the run checked out (the manifest it used).' },
    time: { type: 'string', pattern: ISO_UTC_PATTERN, description: 'When the run wrote the record (UTC, ISO-8601).' },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['digest', 'rows'],
      description: 'What the run read (the whole source, not only this chunk).',
      properties: {
        digest: { type: 'string', pattern: SHA256_PATTERN, description: 'SHA-256 over the rows read, as recorded in the report\'s monitoring.sources.' },
        rows: { type: 'integer', minimum: 0, description: 'Rows read from the source.' },
        description: { type: 'string', description: 'The path, glob or query, for readers.' },
      },
    },
    chunk: {
      type: 'object',
      additionalProperties: false,
      required: ['key', 'rows'],
      description: 'Which rows of the source this record is about.',
      properties: {
        key: { type: 'string', minLength: 1, description: 'Stable chunk key: the period (`2026-W07`, `2026-02`, `2026-02-09`) or `rows:<start>-<end>` for size chunks.' },
        start: { type: 'string', pattern: ISO_UTC_PATTERN, description: 'First instant of the chunk (inclusive, UTC) for period chunks.' },
        end: { type: 'string', pattern: ISO_UTC_PATTERN, description: 'End of the chunk (exclusive, UTC) for period chunks.' },
        rows: { type: 'integer', minimum: 0, description: 'Rows in the chunk.' },
        empty: { type: 'boolean', description: 'A period inside the range without rows (its results are null).' },
        insufficient: { type: 'boolean', description: 'Fewer rows than min_rows: results recorded, never alerted on.' },
      },
    },
    results: {
      type: 'object',
      description: 'The per-chunk signals, keyed by signal id (e.g. `drift.age.statistic`, `cbpe.roc_auc`, `realised.roc_auc`, `missing.age`); each a number or null when not computable.',
      additionalProperties: { type: ['number', 'null'] },
    },
    alerts: { type: 'array', items: { type: 'string' }, description: 'Signal ids that crossed their threshold on this chunk.' },
    thresholds: {
      type: 'object',
      description: 'The alert band each signal was judged against in this run, keyed by signal id (from the reference chunks; src/core/drift/chunks/thresholds.ts).',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['lower', 'upper'],
        properties: {
          lower: { type: ['number', 'null'], description: 'Lower bound; null for none.' },
          upper: { type: ['number', 'null'], description: 'Upper bound; null for none.' },
        },
      },
    },
  },
} as const;

export type MonitoringLogRecord = FromSchema<typeof MONITORING_LOG_RECORD_SCHEMA>;
