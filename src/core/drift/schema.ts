// The report's drift and monitoring sections (src/core/drift/report.ts), as $defs of
// schemas/report.schema.json. The profile format is profile-schema.ts.
import { array, bool, int, nullableNumber, num, obj, str } from '../schema/build.js';
import { CORRECTIONS } from './defaults.js';
import { THRESHOLD_MODES } from './definition.js';
import { DRIFT_TEST_IDS } from './methods/registry.js';
import type { JsonSchema } from '../schema/common.js';
import { MONITORING_SERIES_SCHEMA } from './chunks/schema.js';

/** The series schema without its document keywords, as a property. */
function seriesBody(description: string): JsonSchema {
  const { $schema: _schema, $id: _id, title: _title, ...body } = MONITORING_SERIES_SCHEMA as Record<string, unknown>;
  return { ...body, description } as JsonSchema;
}
const source = { enum: ['column', 'dataset', 'default'], description: 'Where it came from: the column override, the dataset-wide setting, or the default.' };

const missingSide = obj('Missing values on one side.', { rows: int('Rows.'), missing: int('Rows without a value (NULL, NaN, ±Infinity, empty text).'), share: num('missing / rows.') }, ['rows', 'missing', 'share']);

const driftColumn = <const E extends Record<string, JsonSchema>>(description: string, extra: E = {} as E, required: readonly (keyof E & string)[] = []): JsonSchema =>
  obj(
    description,
    {
      ...extra,
      column: str('Column name.'),
      kind: { enum: ['numeric', 'categorical'], description: 'Column type.' },
      method: str(`Test id: ${DRIFT_TEST_IDS.slice(0, -1).join(', ')} or ${DRIFT_TEST_IDS.at(-1)}.`),
      methodSource: source,
      scoreKind: { enum: ['p-value', 'distance'], description: 'p-value: drift when the (adjusted) p-value < threshold; distance: drift when the distance >= threshold.' },
      statistic: num('Test statistic (KS D, chi-squared, z, or the distance).'),
      pValue: num('Raw p-value (p-value tests).'),
      adjustedPValue: num('p-value after the multiple-testing correction; equals pValue without one.'),
      distance: num('The distance (distance tests).'),
      threshold: num('Threshold: with decidedBy p-value, the false-alarm rate alpha the (adjusted) p-value is compared with; with decidedBy distance (threshold_mode fixed), the distance at or above which the column drifts.'),
      thresholdSource: source,
      thresholdMode: { enum: [...THRESHOLD_MODES], description: 'calibrated (default): every column is decided by a p-value at a stated false-alarm rate, a distance by its permutation p-value at these sample sizes; fixed: Evidently\'s thresholds on the score.' },
      decidedBy: { enum: ['p-value', 'distance'], description: 'What the threshold is compared with (tested columns).' },
      falseAlarmRate: num('Share of columns without drift that this threshold flags at these sample sizes: alpha for a p-value decision; a permutation estimate for a fixed distance threshold (falseAlarmRateEstimated).'),
      falseAlarmRateEstimated: bool('falseAlarmRate is a permutation estimate (a fixed distance threshold), not alpha itself.'),
      criticalValue: num('Calibrated distances: the distance from which the column counts as drifted at these sizes (the 1 - alpha quantile of its permutation null).'),
      evaluated: bool('Whether the column was tested (values on both sides, a test that applies); false: not tested, with the reason in error.'),
      drifted: bool('The decision for this column.'),
      error: str('Why the column was not tested.'),
      errorCode: { enum: ['not-applicable', 'no-data', 'invalid-input'], description: 'not-applicable: the method cannot test this column (a forced method); no-data: a side has no value; invalid-input: unusable samples.' },
      detail: {
        type: 'object',
        description: 'Test facts: pValueMethod (exact or asymptotic), binning and bins, approximation ("binned" when computed from profiles).',
        additionalProperties: { type: ['string', 'number', 'boolean'], description: 'A fact.' },
      },
      missing: obj(
        'Missing values, reference against current, as their own signal.',
        {
          reference: missingSide,
          current: missingSide,
          pValue: nullableNumber('Two-proportion z-test of the missing shares; null when neither side has a missing value.'),
          changed: bool('The share changed: p < 0.05 and the shares differ by at least one percentage point.'),
        },
        ['reference', 'current', 'pValue', 'changed'],
      ),
    },
    ['column', 'kind', 'method', 'methodSource', 'threshold', 'thresholdSource', 'thresholdMode', 'evaluated', 'drifted', 'missing', ...required],
  );

const dataset = (description: string): JsonSchema => obj(description, { dataset: str('Data file or profile, relative to the repository root (or as given).'), rows: int('Rows.') }, ['dataset', 'rows']);
const band = obj('Inclusive band.', { min: num('Lower end.'), max: num('Upper end.') }, ['min', 'max']);
const sideRows = obj('Rows of one side.', { total: int('Rows in the data.'), used: int('Rows used (after subsampling).') }, ['total', 'used']);

export const DRIFT_REPORT_DEFS: Record<string, JsonSchema> = {
  drift: obj(
    'Drift of the data (evaluation data in gate, current data in drift) against the reference (src/core/drift/analysis.ts).',
    {
      reference: dataset('The reference data.'),
      current: obj(
        'The data compared with it, and (drift) what was read: production data is a source, not a pinned file.',
        {
          dataset: str('Data file, glob, query or profile, relative to the repository root (or as given).'),
          rows: int('Rows.'),
          sources: array(
            'What was read: each file (a path, or every match of a glob) with its rows, size and sha256, or the query run with its engine and a digest of its result.',
            {
              anyOf: [
                obj('A file read.', { file: str('The file, relative to the repository root ($GITHUB_WORKSPACE/… for the workspace; as given when absolute).'), rows: int('Data rows read.'), bytes: int('File size in bytes.'), sha256: str('SHA-256 of the file as read.') }, ['file', 'rows', 'bytes', 'sha256']),
                obj('A query run.', { query: str('The SQL, as the manifest gives it.'), engine: str('The engine and its version, e.g. DuckDB v1.4.2 (@duckdb/node-api 1.5.6-r.1).'), rows: int('Rows of the result.'), sha256: str('SHA-256 of the result (column names and types, then each row as JSON).') }, ['query', 'engine', 'rows', 'sha256']),
              ],
              description: 'One input.',
            },
          ),
          timestamp: obj('The timestamp column and the span of its values.', { column: str('monitoring.current.timestamp.'), first: str('Earliest parseable value, ISO 8601.'), last: str('Latest parseable value, ISO 8601.') }, ['column']),
        },
        ['dataset', 'rows'],
      ),
      source: { enum: ['data', 'profile'], description: 'data: computed from rows; profile: from two profiles, where KS and Wasserstein are binned approximations.' },
      features: obj(
        'Per-feature tests and the dataset decision.',
        {
          columns: array('One entry per feature.', { $ref: '#/$defs/driftColumn' }),
          evaluated: int('Columns tested.'),
          untested: int('Columns that could not be tested; counted in the share as not drifted.'),
          drifted: int('Columns that drifted.'),
          share: num('drifted / all columns.'),
          driftShare: num('Share at or above which the dataset counts as drifted (gates.drift.drift_share, default 0.5).'),
          datasetDrifted: bool('share >= driftShare.'),
          undecided: bool('Not drifted, but the untested columns could have reached driftShare.'),
          thresholdMode: { enum: [...THRESHOLD_MODES], description: 'gates.drift.threshold_mode that applied.' },
          correction: { enum: [...CORRECTIONS], description: 'Multiple-testing correction over the p-value tests.' },
          pValueTests: int('Columns in the corrected family.'),
        },
        ['columns', 'evaluated', 'untested', 'drifted', 'share', 'driftShare', 'datasetDrifted', 'undecided', 'thresholdMode', 'correction', 'pValueTests'],
      ),
      prediction: { $ref: '#/$defs/driftPrediction', description: "The same test on the model's outputs, reference against current." },
      domainClassifier: obj(
        'A classifier trained to tell current from reference rows.',
        {
          auc: num('Cross-validated ROC AUC (pooled out-of-fold scores).'),
          foldAucs: array('AUC of each fold.', num('An AUC.')),
          threshold: num('Drift is an AUC above this: the permutation threshold at these sizes, or the fixed gates.drift.domain_classifier.auc_band max.'),
          thresholdSource: { enum: ['permutation', 'fixed'], description: 'Where the threshold comes from.' },
          falseAlarmRate: num('Share of no-drift samples of these sizes that alarm at the threshold: exact for the permutation threshold, estimated from the permutations for a fixed one.'),
          pValue: num('Permutation p-value of the AUC, (1 + k) / (B + 1).'),
          permutations: int('Label permutations run (B).'),
          drifted: bool('The AUC is above the threshold.'),
          topFeatures: array(
            'The most discriminating columns, at most five.',
            obj('One column.', { column: str('Column.'), aucDrop: num('Drop in AUC when the column is shuffled.'), coefficientNorm: num('L2 norm of its standardised coefficients.') }, ['column', 'aucDrop', 'coefficientNorm']),
          ),
          rows: obj('Rows used per side.', { reference: sideRows, current: sideRows }, ['reference', 'current']),
          skippedColumns: array('Columns that carry no information, and why.', obj('One column.', { column: str('Column.'), reason: str('Why.') }, ['column', 'reason'])),
          model: str('The classifier and its cross-validation.'),
        },
        ['auc', 'foldAucs', 'threshold', 'thresholdSource', 'falseAlarmRate', 'pValue', 'permutations', 'drifted', 'topFeatures', 'rows', 'skippedColumns', 'model'],
      ),
      performance: obj(
        "Confidence-based performance estimation (NannyML's CBPE) on the compared data, for binary classifiers.",
        {
          method: { const: 'cbpe', description: 'Estimation method.' },
          rows: int('Rows estimated on.'),
          threshold: num('Decision threshold.'),
          calibration: obj('Whether the scores were calibrated (isotonic, fitted on the reference).', { calibrated: bool('Calibrated.'), reason: str('Why (lowers-ece, does-not-lower-ece, ...).') }, ['calibrated', 'reason']),
          labelled: bool('Whether the compared data has labels (realised values present).'),
          metrics: array(
            'One entry per metric: accuracy, precision, recall, f1, roc_auc.',
            obj(
              'One estimated metric.',
              {
                metric: str('Metric id.'),
                estimate: nullableNumber('Estimated value; null when undefined.'),
                standardError: nullableNumber('Sampling standard error (NannyML).'),
                lower: nullableNumber('estimate - 3 standard errors, at least 0.'),
                upper: nullableNumber('estimate + 3 standard errors, at most 1.'),
                realised: nullableNumber('Realised value, when the data has labels.'),
                reference: nullableNumber('Realised value on the reference.'),
                thresholds: obj('Alert thresholds from the reference in 10 chunks (mean ± 3 std).', { lower: nullableNumber('Lower threshold.'), upper: nullableNumber('Upper threshold.') }, ['lower', 'upper']),
                dropped: bool('The estimate is below the lower alert threshold.'),
              },
              ['metric', 'estimate', 'standardError', 'lower', 'upper', 'realised', 'reference', 'thresholds', 'dropped'],
            ),
          ),
        },
        ['method', 'rows', 'threshold', 'calibration', 'labelled', 'metrics'],
      ),
      histogram: obj(
        'The most drifted numeric feature, reference against current, for a chart.',
        {
          column: str('Column.'),
          bins: array('Bin labels.', str('A bin, e.g. [20, 25).')),
          reference: array('Share of reference rows per bin.', num('A share.')),
          current: array('Share of current rows per bin.', num('A share.')),
        },
        ['column', 'bins', 'reference', 'current'],
      ),
      skipped: array(
        'Parts not computed, and why.',
        obj('A part.', { part: { enum: ['features', 'prediction', 'domain-classifier', 'performance'], description: 'Which part.' }, reason: str('Why it was not computed.') }, ['part', 'reason']),
      ),
      notes: array('How to read the numbers: corrections, approximations, defaults that applied.', str('A note.')),
    },
    ['reference', 'current', 'source', 'features', 'skipped', 'notes'],
  ),
  driftColumn: driftColumn('The drift test of one column.'),
  driftPrediction: driftColumn("The drift test of the model's outputs.", { output: str('What was compared: P(positive), the predicted class, or the prediction.') }, ['output']),
  monitoring: obj(
    'What modelops drift concluded for a production model: what the Action needs to open, update or close the drift issue and to dispatch retraining.',
    {
      drifted: bool('A check of the drift gate failed.'),
      stale: bool('In production longer than monitoring.retraining.max_interval.'),
      staleness: obj(
        'Days since the production version was promoted, against the retraining bounds.',
        {
          tag: str('The production tag (<name>#production#<n>) the age is measured from.'),
          promotedAt: { type: 'string', format: 'date-time', description: 'Its tagger date.' },
          ageDays: num('Days since then.'),
          minInterval: str('monitoring.retraining.min_interval.'),
          maxInterval: str('monitoring.retraining.max_interval.'),
          stale: bool('Older than max_interval.'),
          tooSoonToRetrain: bool('Younger than min_interval: retraining now would be too soon.'),
          verdict: { enum: ['pass', 'fail', 'skipped'], description: 'fail when stale; skipped without a dated production tag or a max_interval.' },
          message: str('The finding in words.'),
        },
        ['stale', 'tooSoonToRetrain', 'verdict', 'message'],
      ),
      retraining: obj(
        'Whether to dispatch retraining now, and how (monitoring.retraining.trigger).',
        {
          trigger: { enum: ['workflow_dispatch', 'repository_dispatch', 'none'], description: 'GitHub mechanism.' },
          workflow: str('Workflow file (workflow_dispatch).'),
          eventType: str('Event type (repository_dispatch).'),
          ref: str('Ref to run the workflow on.'),
          dispatch: bool('Dispatch now: drifted or stale, a trigger declared, min_interval passed.'),
          reason: str('Why (not).'),
        },
        ['trigger', 'dispatch', 'reason'],
      ),
      alerting: obj('monitoring.alerting.', { issue: bool('Open and keep updated an issue while the model drifts or is stale.'), mentions: array('Users or teams to mention.', str('@user or @org/team.')) }, ['issue', 'mentions']),
      series: seriesBody('Models with monitoring.chunks: every signal per chunk of the current data, and the chunks earlier runs logged (schemas/monitoring-series.schema.json).'),
      latest: obj(
        'What the latest chunk that can alert says: it decides the drift verdict.',
        { chunk: str('Its key (absent: no chunk has min_rows rows).'), alerts: array('Signals outside their band on it.', str('A signal id.')), driftingSince: { type: ['string', 'null'], description: 'The chunk the drift started: the earliest start of the current runs of alerts of the signals that fail the gate (with the calibrated rule, those significant family-wise); null when none fails.' } },
        ['alerts', 'driftingSince'],
      ),
      history: obj(
        'The monitoring log: what was read of it and what this run appended.',
        {
          branch: str('The log branch.'),
          records: int('Records of the model read from the log.'),
          fromLog: array('Chunk keys shown from the log (not in this run\'s data).', str('A chunk key.')),
          runs: array('The runs those chunks come from.', str('A run id.')),
          appended: int('Records this run appended (drift --log): its chunks that are new or whose results changed.'),
          unchanged: int('Records of this run not appended because the newest logged record of their chunk says the same (drift --log).'),
          problem: str('Why the log could not be read or written.'),
        },
        ['branch', 'records', 'fromLog', 'runs'],
      ),
    },
    ['drifted', 'stale', 'staleness', 'retraining', 'alerting'],
  ),
};
