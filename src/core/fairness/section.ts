// The fairness capability as the report sees it: gates.fairness, decided on the groups of the evaluation
// rows (the model's and the champion's predictions on them are measured by the command), and its
// sections of the renderings.
import type { Column } from '../data/table.js';
import type { Manifest } from '../manifest/manifest.js';
import { FAIRNESS_METRICS } from '../metrics/known.js';
import type { MetricInput } from '../metrics/metric.js';
import { defineSection, type ManifestGateSection } from '../report/section.js';
import { array, boolean, bound, choice, int, integer, level, metricBounds, num, obj, object, str, string } from '../schema/builders.js';
import { DEFAULT_MIN_GROUP_SIZE, evaluateFairness, sensitiveAttributesFor, type FairnessResult } from './evaluate.js';
import { FAIRNESS_RULES, fairnessGate } from './gate.js';
import { fairnessHtml, fairnessMarkdown } from './render.js';

/** The evaluation rows' columns and the predictions on them: the model's, and the champion's when it ran. */
export interface FairnessMeasured {
  input: MetricInput;
  columns: ReadonlyMap<string, Column>;
  champion?: { manifest: Manifest; input: MetricInput };
}

declare module '../report/section.js' {
  interface GateNeeds {
    groups: FairnessMeasured;
  }
}

/** gates.fairness in the manifest (a fragment of model.schema.json): a const of its own, so the schema's type does not wait on the section's, which reads the Manifest type. */
export const FAIRNESS_GATE_SCHEMA = object(
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
    rule: choice(
      FAIRNESS_RULES,
      "How a bound is decided. evidence (default): fail only when the whole (1 - alpha) confidence interval lies outside the bound (the data show it is broken); a value outside the bound whose interval still reaches it warns as not shown broken. point-estimate: the measured value alone passes or fails, whatever the sample size (Fairlearn-style).",
    ),
    alpha: level('Significance level of the evidence rule: intervals are two-sided at 1 - alpha, Bonferroni-adjusted over the groups an aggregate compares. Default 0.05.'),
  },
  ['attributes'],
);

export const fairnessSection: ManifestGateSection<'fairness', typeof FAIRNESS_GATE_SCHEMA> = defineSection({
  id: 'fairness',
  title: 'Fairness',
  order: 50,
  gate: {
    needs: 'groups',
    manifest: FAIRNESS_GATE_SCHEMA,
    decide: (measured, { manifest, blocking, seed }) => {
      const fairness = manifest.gates!.fairness!;
      const fairnessOf = (forManifest: Manifest, metricInput: MetricInput): FairnessResult | undefined =>
        metricInput.task === 'multiclass-classification'
          ? undefined
          : evaluateFairness({
              input: metricInput,
              attributes: sensitiveAttributesFor(forManifest).attributes,
              columns: measured.columns,
              minGroupSize: fairness.min_group_size ?? DEFAULT_MIN_GROUP_SIZE,
              intersections: fairness.intersections ?? false,
              level: 1 - (fairness.alpha ?? 0.05),
              seed,
              ...(fairness.disparity_band ? { band: fairness.disparity_band } : {}),
            });
      const challenger = fairnessOf(manifest, measured.input);
      if (!challenger) return { gate: { gate: 'fairness', verdict: 'error', blocking, summary: 'fairness metrics apply to binary classification and regression', checks: [] } };
      const champion = measured.champion?.manifest.gates?.fairness ? fairnessOf(measured.champion.manifest, measured.champion.input) : undefined;
      return {
        gate: fairnessGate(fairness, challenger, blocking, champion),
        evaluation: { fairness: { challenger, ...(champion ? { champion } : {}) } },
      };
    },
  },
  reportSchema: {
    evaluation: {
      fairness: obj(
        'Fairness of the model (and of the champion) on the evaluation data.',
        { challenger: { $ref: '#/$defs/fairness', description: 'The model under review.' }, champion: { $ref: '#/$defs/fairness', description: 'The version in production.' } },
        ['challenger'],
      ),
    },
    defs: {
      fairness: obj(
        'Group fairness per sensitive attribute (src/core/fairness).',
        {
          task: { enum: ['binary-classification', 'regression'], description: 'Task the metrics are for.' },
          rows: int('Rows evaluated.'),
          minGroupSize: int('Groups smaller than this are reported, not judged.'),
          band: obj('Inclusive bounds.', { min: { type: 'number', description: 'Lowest allowed.' }, max: { type: 'number', description: 'Highest allowed.' } }, []),
          intervals: obj('How the intervals were computed.', { method: str('Interval method (score intervals with Bonferroni for binary tasks, row bootstrap for regression).'), level: num('Confidence level, e.g. 0.95.') }, ['method', 'level']),
          bootstrap: { type: 'object', description: 'The row bootstrap behind regression intervals: resamples, level, seed, method.' },
          attributes: array(
            'One entry per attribute, and one for their intersection when asked.',
            obj(
              'Fairness for one attribute.',
              {
                name: str('Attribute name, or "a × b" for an intersection.'),
                attributes: array('Attributes combined.', str('An attribute name.')),
                columns: array('Data columns used.', str('A column name.')),
                error: str('Why the attribute could not be examined.'),
                groups: array('Metrics per group: count, share, base rate, selection rate, TPR, FPR, FNR, TNR, precision, FDR, FOR, accuracy (or MAE, RMSE for regression).', { type: 'object', description: 'One group.' }),
                overall: { type: 'object', description: 'The same metrics on all rows.' },
                compared: array('Groups large enough to judge.', str('A group.')),
                excluded: array('Groups reported but not judged, and why.', { type: 'object', description: 'An excluded group.' }),
                reference: { type: 'object', description: 'Reference group of the disparities and how it was chosen.' },
                referenceProblem: { type: 'object', description: 'Why there is no usable reference group.' },
                aggregates: array('Fairlearn aggregates with their intervals.', { type: 'object', description: 'One aggregate.' }),
                disparities: array('Aequitas disparities against the reference group.', { type: 'object', description: 'One disparity.' }),
                notes: array('Facts that explain null or trivial values.', str('A note.')),
              },
              ['name', 'attributes', 'columns', 'groups', 'compared', 'excluded', 'aggregates', 'disparities', 'notes'],
            ),
          ),
          notes: array('Facts about the whole data.', str('A note.')),
        },
        ['task', 'rows', 'minGroupSize', 'band', 'attributes', 'notes'],
      ),
    },
  },
  markdown: { details: (model) => (model.evaluation?.fairness ? fairnessMarkdown(model.evaluation.fairness, model.gates.find((g) => g.gate === 'fairness')) : []) },
  html: { details: fairnessHtml },
});
