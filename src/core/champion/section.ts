// The champion capability as the report sees it: gates.champion, decided on the production version's
// predictions on the same rows (finding and running it is I/O), and its section of the renderings.
import { gateResult } from '../evaluation/bounds.js';
import { computeMetrics } from '../evaluation/metrics.js';
import type { MetricInput } from '../metrics/metric.js';
import { defineSection, type ManifestGateSection } from '../report/section.js';
import { array, int, level, nullableNumber, num, number, obj, object, str, string } from '../schema/builders.js';
import { compareWithChampion } from './gate.js';
import { championHtml, championMarkdown, championText } from './render.js';

const DEFAULT_TOLERANCE = 0;
const DEFAULT_ALPHA = 0.05;

/** The version in production, run on the rows the model under review was run on. */
export interface ChampionMeasured {
  challenger: MetricInput;
  champion: MetricInput;
  version: string;
  /** Where it was found: a stage tag or the base ref. */
  source: string;
  commit: string;
}

declare module '../report/section.js' {
  interface GateNeeds {
    champion: ChampionMeasured;
  }
}

/** gates.champion in the manifest (a fragment of model.schema.json): a const of its own, so the schema's type does not wait on the section's, which reads the Manifest type. */
export const CHAMPION_GATE_SCHEMA = object(
  'No significant regression against the version now in production.',
  {
    metrics: { type: 'array', description: 'Metric ids to compare.', minItems: 1, uniqueItems: true, items: string('A metric id.') },
    tolerance: number('Largest allowed drop in each metric (in the metric\'s units). Default 0.', { minimum: 0 }),
    alpha: level('Significance level of the comparison tests. Default 0.05.'),
  },
  ['metrics'],
);

export const championSection: ManifestGateSection<'champion', typeof CHAMPION_GATE_SCHEMA> = defineSection({
  id: 'champion',
  title: 'Champion vs challenger',
  order: 30,
  gate: {
    needs: 'champion',
    manifest: CHAMPION_GATE_SCHEMA,
    decide: (measured, { manifest, blocking, seed }) => {
      const settings = manifest.gates!.champion!;
      const tolerance = settings.tolerance ?? DEFAULT_TOLERANCE;
      const compared = compareWithChampion(measured.challenger, measured.champion, { metrics: settings.metrics, tolerance, alpha: settings.alpha ?? DEFAULT_ALPHA, seed });
      return {
        gate: gateResult('champion', compared.checks, blocking),
        evaluation: {
          champion: {
            version: measured.version,
            source: measured.source,
            commit: measured.commit,
            metrics: computeMetrics(measured.champion).values,
            comparisons: compared.comparisons,
            tolerance,
            ...(compared.mcnemar ? { mcnemar: compared.mcnemar } : {}),
          },
        },
      };
    },
  },
  reportSchema: {
    evaluation: {
      champion: obj(
        'The model against the version in production, on the same rows.',
        {
          version: str('Champion version.'),
          source: str('Stage tag or base ref the champion was found at.'),
          commit: str('Commit of the champion.'),
          metrics: { type: 'object', description: "Champion's metric values.", additionalProperties: nullableNumber('Metric value.') },
          comparisons: array('Per metric.', { $ref: '#/$defs/comparison' }),
          tolerance: num('Largest allowed worsening, in each metric\'s units (gates.champion.tolerance).'),
          mcnemar: obj(
            "McNemar's test on paired correctness.",
            {
              onlyChallengerCorrect: int('Rows only the challenger gets right.'),
              onlyChampionCorrect: int('Rows only the champion gets right.'),
              pValue: num('Two-sided p-value.'),
              method: str('exact or chi2-corrected.'),
            },
            ['onlyChallengerCorrect', 'onlyChampionCorrect', 'pValue', 'method'],
          ),
        },
        ['version', 'source', 'commit', 'metrics', 'comparisons'],
      ),
    },
  },
  text: { details: championText },
  markdown: { evaluation: championMarkdown },
  html: { evaluation: championHtml },
});
