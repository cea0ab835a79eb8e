// The performance capability as the report sees it (gates.performance, the metrics, the baseline) and the
// permutation importance measured beside it.
import { PERFORMANCE_METRICS } from '../metrics/known.js';
import type { MetricInput } from '../metrics/metric.js';
import type { Evaluation } from '../report/model.js';
import { defineSection, type ManifestGateSection } from '../report/section.js';
import { array, bound, choice, int, level, metricBounds, nullableNumber, num, obj, object, str } from '../schema/builders.js';
import { PERFORMANCE_RULES, performanceGate } from './gate.js';
import { importanceHtml, importanceMarkdown, importanceText, performanceHtml, performanceMarkdown, performanceText } from './render.js';

/** What the performance gate decides on: the model's predictions on the evaluation data and what they measured. */
export interface PerformanceMeasured {
  input: MetricInput;
  evaluation: Evaluation;
  /** Why a metric could not be computed, by metric id. */
  problems: Record<string, string>;
}

declare module '../report/section.js' {
  interface GateNeeds {
    /** The model run on the evaluation data. */
    prediction: PerformanceMeasured;
  }
}

/** gates.performance in the manifest (a fragment of model.schema.json): a const of its own, so the schema's type does not wait on the section's, which reads the Manifest type. */
export const PERFORMANCE_GATE_SCHEMA = object('Quality and operational budgets, measured on the evaluation data.', {
  metrics: metricBounds('Bounds on model metrics, by metric id.', PERFORMANCE_METRICS),
  latency_ms: object('Single-row latency budget in milliseconds.', {
    p50: bound('Bounds on median latency.'),
    p95: bound('Bounds on 95th percentile latency.'),
    p99: bound('Bounds on 99th percentile latency.'),
  }),
  throughput_rows_per_s: bound('Bounds on batch throughput in rows per second.'),
  memory_mb: bound('Bounds on peak memory of the inference in MiB.'),
  model_size_mb: bound('Bounds on the artifact size in MiB.'),
  rule: choice(
    PERFORMANCE_RULES,
    'How a metric bound is decided from the metric and its (1 - alpha) interval (DeLong for roc_auc, Wilson for accuracy, percentile bootstrap otherwise). point-estimate (default): the measured value passes or fails; a pass whose interval reaches outside the bound warns as not shown at this sample size. shown-to-meet: only a whole interval inside the bound passes; anything else fails.',
  ),
  alpha: level('Significance level of the metric intervals: two-sided at 1 - alpha. Default 0.05.'),
});

export const performanceSection: ManifestGateSection<'performance', typeof PERFORMANCE_GATE_SCHEMA> = defineSection({
  id: 'performance',
  title: 'Performance',
  order: 10,
  gate: {
    needs: 'prediction',
    manifest: PERFORMANCE_GATE_SCHEMA,
    decide: ({ input, evaluation, problems }, { manifest, blocking, seed }) => ({ gate: performanceGate(manifest, evaluation, problems, blocking, input, seed) }),
  },
  reportSchema: {
    evaluation: {
      metrics: { type: 'object', description: 'Metric values by id; null when undefined on this data.', additionalProperties: nullableNumber('Metric value.') },
      confusion: obj('Confusion matrix at the threshold (binary).', { tn: int('True negatives.'), fp: int('False positives.'), fn: int('False negatives.'), tp: int('True positives.') }, ['tn', 'fp', 'fn', 'tp']),
      operational: obj(
        'Operational measurements.',
        {
          latencyMs: obj('Single-row latency percentiles in ms.', { p50: num('Median.'), p95: num('95th percentile.'), p99: num('99th percentile.') }, ['p50', 'p95', 'p99']),
          throughputRowsPerS: num('Batch throughput in rows per second.'),
          modelSizeMb: num('Artifact size in MiB.'),
          peakRssMb: num('Peak resident memory of the process after inference, in MiB.'),
        },
        ['latencyMs', 'throughputRowsPerS', 'modelSizeMb', 'peakRssMb'],
      ),
      baseline: obj(
        'The model against the manifest baseline.',
        { kind: str('Baseline kind.'), description: str('The baseline.'), comparisons: array('Per metric.', { $ref: '#/$defs/comparison' }) },
        ['kind', 'description', 'comparisons'],
      ),
    },
    defs: {
      comparison: obj(
        'A metric of two models on the same rows.',
        {
          metric: str('Metric id.'),
          challenger: nullableNumber('Value of the model under review.'),
          champion: nullableNumber('Value of the model compared with (champion or baseline).'),
          delta: nullableNumber('challenger - champion.'),
          ci: obj('Confidence interval of the delta.', { lower: num('Lower end.'), upper: num('Upper end.'), level: num('Confidence level, e.g. 0.95.') }, ['lower', 'upper', 'level']),
          pValue: num('p-value of the difference.'),
          method: str('How the interval or p-value was computed.'),
          regression: { type: 'boolean', description: 'Significantly worse by more than the tolerance.' },
        },
        ['metric', 'challenger', 'champion', 'delta'],
      ),
    },
  },
  text: { measured: performanceText },
  markdown: { evaluation: performanceMarkdown },
  html: { evaluation: performanceHtml },
});

export const importanceSection = defineSection({
  id: 'importance',
  title: 'Permutation importance',
  order: 40,
  reportSchema: {
    evaluation: {
      importance: obj(
        'Permutation feature importance.',
        {
          metric: str('Metric whose drop is measured.'),
          repeats: int('Permutations per feature.'),
          rows: int('Rows used.'),
          challenger: array('Features of the challenger, most important first.', { $ref: '#/$defs/importance' }),
          champion: array('Features of the champion.', { $ref: '#/$defs/importance' }),
        },
        ['metric', 'repeats', 'rows', 'challenger'],
      ),
    },
    defs: {
      importance: obj('Importance of one feature.', { feature: str('Feature.'), importance: num('Mean metric drop when permuted.'), std: num('Standard deviation over repeats.') }, ['feature', 'importance', 'std']),
    },
  },
  text: { details: importanceText },
  markdown: { evaluation: importanceMarkdown },
  html: { evaluation: importanceHtml },
});
