// The JSON Schema of a monitoring series (series.ts's MonitoringSeries), for the report and the monitoring log to
// carry; written to schemas/monitoring-series.schema.json. Every property has a description.
import type { JsonSchema } from '../../schema/common.js';

const ISO_UTC = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$';
const str = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', description, ...extra });
const int = (description: string): JsonSchema => ({ type: 'integer', minimum: 0, description });
const num = (description: string): JsonSchema => ({ type: 'number', description });
const nullableNumber = (description: string): JsonSchema => ({ type: ['number', 'null'], description });
const bool = (description: string): JsonSchema => ({ type: 'boolean', description });
const instant = (description: string): JsonSchema => str(description, { pattern: ISO_UTC });
const array = (description: string, items: JsonSchema): JsonSchema => ({ type: 'array', description, items });
const obj = (description: string, properties: Record<string, JsonSchema>, required: string[]): JsonSchema => ({ type: 'object', description, additionalProperties: false, required, properties });

const rule: JsonSchema = {
  description: 'How alert thresholds come from the reference chunks.',
  oneOf: [
    obj('Student-t prediction interval: a stationary, normal signal alerts with probability alpha per chunk (the default).', { kind: { const: 'calibrated', description: 'The rule.' }, alpha: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1, description: 'Per-chunk false-alert rate (default 0.01).' } }, ['kind']),
    obj("NannyML's StandardDeviationThreshold: mean ± k · std (ddof 0).", { kind: { const: 'std', description: 'The rule.' }, k: { type: 'number', exclusiveMinimum: 0, description: 'Multiplier of the std (default 3).' } }, ['kind']),
    obj('Quantiles of the reference chunks (numpy linear).', { kind: { const: 'quantile', description: 'The rule.' }, lower: { type: 'number', minimum: 0, maximum: 1, description: 'Lower quantile (default 0.005).' }, upper: { type: 'number', minimum: 0, maximum: 1, description: 'Upper quantile (default 0.995).' } }, ['kind']),
  ],
};

const thresholds = obj(
  'The alert band of a signal, from its values on the reference chunks.',
  {
    rule: { enum: ['calibrated', 'std', 'quantile'], description: 'The rule that made the band.' },
    side: { enum: ['both', 'upper', 'lower'], description: 'Which way the signal alerts: drift statistics only upwards.' },
    scale: { const: 'log', description: 'The band was computed on log(value) (drift statistics): mean and std are of the logarithms.' },
    lower: nullableNumber('Lower bound; null for none (side, or fewer than two reference chunks with a value).'),
    upper: nullableNumber('Upper bound; null for none.'),
    referenceChunks: int('Reference chunks whose value entered the band.'),
    mean: nullableNumber('Mean of those values.'),
    std: nullableNumber('Their population std (ddof 0).'),
    multiplier: num('calibrated and std: the multiplier of the std.'),
    nominalRate: num('calibrated and std: the per-chunk false-alert rate of the band for a stationary, normally distributed signal.'),
  },
  ['rule', 'side', 'lower', 'upper', 'referenceChunks', 'mean', 'std'],
);

const perChunk = (description: string, items: JsonSchema): JsonSchema => array(`${description} One entry per chunk, in chunk order.`, items);

const signal = obj(
  'One signal over the chunks.',
  {
    id: str('Signal id, as the monitoring log keys results: drift.<feature>.statistic, prediction.drift.statistic, missing.<feature>, cbpe.<metric>, realised.<metric>, dle.<metric>.', { minLength: 1 }),
    kind: { enum: ['drift', 'prediction-drift', 'missing', 'estimated', 'realised'], description: 'What the signal measures.' },
    values: perChunk('The value; null where not computable (an empty chunk, a test that does not apply, no labels).', { type: ['number', 'null'] }),
    thresholds,
    alerts: perChunk('The value is outside the band (never on an empty or insufficient chunk).', { type: 'boolean' }),
    alertCount: int('Chunks that alerted.'),
    driftingSince: { type: ['string', 'null'], description: 'Key of the first chunk of the run of consecutive alerts still going at the last chunk with a value; null when that chunk is fine.' },
    test: obj(
      "Drift signals: the column's test and each chunk's own calibrated decision against the whole reference.",
      {
        method: str('Test id (ks, chi2, z, psi, jensenshannon, wasserstein, hellinger).'),
        alpha: num('The false-alarm rate of the per-chunk decision (or, threshold_mode fixed, the distance threshold).'),
        pValues: perChunk('The p-value (a distance: its permutation p-value).', { type: ['number', 'null'] }),
        drifted: perChunk('The decision.', { type: ['boolean', 'null'] }),
      },
      ['method', 'alpha', 'pValues', 'drifted'],
    ),
    labelledRows: perChunk('Realised signals: rows whose label arrived (alerts need min_rows of them).', { type: 'integer', minimum: 0 }),
  },
  ['id', 'kind', 'values', 'thresholds', 'alerts', 'alertCount', 'driftingSince'],
);

const chunk = obj(
  'One chunk of current data.',
  {
    index: int('Position in the series, from 0.'),
    key: str('Stable key: 2026-02-09 (day), 2026-W07 (ISO week), 2026-02 (month), rows:<first>-<last> (size and count chunks, positions inclusive).', { minLength: 1 }),
    start: instant('Period chunks: first instant (inclusive).'),
    end: instant('Period chunks: end (exclusive).'),
    rows: int('Rows in the chunk.'),
    first: instant('Earliest timestamp among its rows.'),
    last: instant('Latest timestamp among its rows.'),
    empty: bool('No rows: a period inside the range without data.'),
    insufficient: bool('Fewer than min_rows rows: values shown, no alert.'),
  },
  ['index', 'key', 'rows', 'empty', 'insufficient'],
);

export const MONITORING_SERIES_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://modelops.dev/schemas/monitoring-series.schema.json',
  title: 'modelops monitoring series',
  description: 'Per-chunk monitoring signals of one model over current data, with alert thresholds from the reference chunks (src/core/drift/chunks/series.ts).',
  type: 'object',
  additionalProperties: false,
  required: ['chunking', 'reference', 'thresholdRule', 'chunks', 'signals', 'notOffered'],
  properties: {
    chunking: obj(
      'How the current rows were cut.',
      {
        by: { enum: ['period', 'size', 'count'], description: 'By period of the timestamp column, by rows per chunk, or into a number of chunks.' },
        period: { enum: ['day', 'week', 'month'], description: 'Period chunks: the period (weeks are ISO weeks, Monday first).' },
        timeZone: str('Period chunks: the IANA zone of the period boundaries.'),
        size: { type: 'integer', minimum: 1, description: 'Size chunks: rows per chunk.' },
        count: { type: 'integer', minimum: 1, description: 'Count chunks: the number of chunks.' },
        minRows: int('Chunks with fewer rows are insufficient.'),
        rows: int('Rows given.'),
        invalidTimestamps: obj('Rows whose timestamp is missing or invalid: in no chunk.', { count: int('How many.'), rows: array('The first positions.', { type: 'integer', minimum: 0 }) }, ['count', 'rows']),
      },
      ['by', 'minRows', 'rows', 'invalidTimestamps'],
    ),
    reference: obj('The reference chunks behind the thresholds.', { rows: int('Reference rows.'), chunkRows: { type: ['integer', 'null'], minimum: 1, description: 'Rows per reference chunk (the median current chunk size); null without reference chunks.' }, chunks: int('Reference chunks (0: fewer than two fit, no thresholds).') }, ['rows', 'chunkRows', 'chunks']),
    thresholdRule: rule,
    estimatedBand: { enum: ['estimated', 'realised'], description: "With performance signals: the estimates' band comes from the same estimate on the reference chunks (estimated, the default: a stationary chunk alerts at the rule's rate) or from the realised metric there (realised, NannyML's)." },
    chunks: array('The chunks, in order; empty periods included.', chunk),
    signals: array('The signals.', signal),
    notOffered: array('Signals not computed, with why.', obj('A signal not computed.', { signal: str('Which.'), reason: str('Why.') }, ['signal', 'reason'])),
    labels: obj(
      'Labels joined to current rows by id.',
      { given: int('Label rows given.'), matched: int('Current rows that got a label.'), unmatched: int('Label ids no current row has.'), duplicateIds: int('Ids given more than once (the last value is used).'), rowsWithoutId: int('Current rows without an id.') },
      ['given', 'matched', 'unmatched', 'duplicateIds', 'rowsWithoutId'],
    ),
  },
};
