// Drift and monitoring as the report sees them: gates.drift, decided on the drift of the evaluation data
// against the reference (measured by the command: it reads the reference and runs the model), the drift
// section of the renderings, and the monitoring conclusion of `modelops drift`.
import { DRIFT_METHODS } from '../metrics/known.js';
import { defineSection, type ManifestGateSection } from '../report/section.js';
import { escapeHtml } from '../report/render/common.js';
import { bound, integer, level, number, object } from '../schema/builders.js';
import { driftGate } from './gate.js';
import { seriesHtml, seriesMarkdown, seriesText } from './chunks/render.js';
import { driftHtml, driftMarkdown, driftText, monitoringText } from './render.js';
import type { DriftEvaluation } from './report.js';
import { DRIFT_REPORT_DEFS } from './schema.js';
import { CORRECTIONS } from './defaults.js';
import { THRESHOLD_MODES } from './definition.js';

declare module '../report/section.js' {
  interface GateNeeds {
    /** The evaluation data against the reference data (data.reference). */
    reference: DriftEvaluation;
  }
}

/** gates.drift in the manifest (a fragment of model.schema.json): a const of its own, so the schema's type does not wait on the section's, which reads the Manifest type. */
export const DRIFT_GATE_SCHEMA = object('Drift of the evaluation (or current) data against the reference data.', {
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
    alpha: level('False-alarm rate of the permutation threshold: drift when the permutation p-value is at most alpha. Default 0.05.'),
    permutations: integer('Label permutations of the null distribution. Default 99 (fewer on large data, never below 19 or 1/alpha - 1).', { minimum: 19 }),
    auc_band: {
      ...bound('A fixed AUC threshold instead of the permutation one (explicit, for teams migrating from fixed bands): drift above max, which is required; min is accepted but never drift (an AUC below 0.5 is noise). The report says which false-alarm rate max stands for at these sizes.'),
      type: 'object',
      required: ['max'],
    },
  }),
});

export const driftSection: ManifestGateSection<'drift', typeof DRIFT_GATE_SCHEMA> = defineSection({
  id: 'drift',
  title: 'Drift',
  order: 60,
  alsoGates: ['staleness'],
  gate: {
    needs: 'reference',
    manifest: DRIFT_GATE_SCHEMA,
    decide: (drift, { blocking }) => ({ gate: driftGate(drift, blocking), evaluation: { drift } }),
  },
  reportSchema: {
    evaluation: { drift: { $ref: '#/$defs/drift', description: 'Drift of this data against the reference data.' } },
    defs: DRIFT_REPORT_DEFS,
  },
  text: { details: (model) => (model.evaluation?.drift ? driftText(model.evaluation.drift) : []) },
  markdown: { details: (model, { report }) => (model.evaluation?.drift ? driftMarkdown(model.evaluation.drift, { open: report.command === 'drift' }) : []) },
  html: { details: driftHtml },
});

/** What `modelops drift` concluded for a production model: drifted, stale, whether to alert and retrain. */
export const monitoringSection = defineSection({
  id: 'monitoring',
  title: 'Monitoring',
  order: 90,
  reportSchema: { model: { monitoring: { $ref: '#/$defs/monitoring', description: 'What modelops drift concluded for the model (drift reports).' } } },
  text: { details: (model) => (model.monitoring ? [`  monitoring: ${monitoringText(model.monitoring)}`, ...(model.monitoring.series ? seriesText(model.monitoring.series) : [])] : []) },
  markdown: { details: (model) => (model.monitoring ? [`**Monitoring:** ${monitoringText(model.monitoring)}.`, '', ...(model.monitoring.series ? seriesMarkdown(model.monitoring.series) : [])] : []) },
  html: {
    status: (model) => (model.monitoring ? `<p><strong>Monitoring:</strong> ${escapeHtml(monitoringText(model.monitoring))}.</p>` : undefined),
    details: (model) => (model.monitoring?.series ? `<h3>Monitoring over time</h3>${seriesHtml(model.monitoring.series)}` : undefined),
  },
});
