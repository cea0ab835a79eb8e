// The robustness capability as the report sees it: gates.robustness, decided on the perturbations the
// command measured (running the model is I/O); its checks are shown by the renderers' gate tables.
import { defineSection, type ManifestGateSection } from '../report/section.js';
import { bound, number, object } from '../schema/builders.js';
import type { JsonSchema } from '../schema/common.js';
import { robustnessGate, type RobustnessMeasurement } from './gate.js';

declare module '../report/section.js' {
  interface GateNeeds {
    /** The model run on perturbed copies of a sample of the evaluation data (gates.robustness says which). */
    perturbations: readonly RobustnessMeasurement[];
  }
}

const perturbation = <const E extends Record<string, JsonSchema> = {}>(description: string, extra?: E) =>
  object(description, {
    max_label_flip_rate: number('Largest allowed share of rows whose predicted label changes under this perturbation.', { minimum: 0, maximum: 1 }),
    max_mean_score_change: number('Largest allowed mean absolute change of the score under this perturbation.', { minimum: 0 }),
    ...(extra as E),
  });

/** gates.robustness in the manifest (a fragment of model.schema.json): a const of its own, so the schema's type does not wait on the section's, which reads the Manifest type. */
export const ROBUSTNESS_GATE_SCHEMA = object('Stability under perturbed inputs (missing, zero, extreme, noisy values).', {
  missing_values: perturbation('Each feature set missing in turn.'),
  zeros: perturbation('Each numeric feature set to zero in turn.'),
  extremes: perturbation('Numeric features pushed beyond the training range.', {
    factor: number('How far beyond the training range, as a multiple of it. Default 10.', { exclusiveMinimum: 1 }),
  }),
  noise: perturbation('Small Gaussian noise on numeric features.', {
    level: number('Noise standard deviation as a share of each feature\'s standard deviation. Default 0.01.', { exclusiveMinimum: 0, maximum: 1 }),
  }),
  output_range: bound('Bounds every output score must stay within (outputs must also be finite).'),
});

export const robustnessSection: ManifestGateSection<'robustness', typeof ROBUSTNESS_GATE_SCHEMA> = defineSection({
  id: 'robustness',
  title: 'Robustness',
  order: 20,
  gate: {
    needs: 'perturbations',
    manifest: ROBUSTNESS_GATE_SCHEMA,
    decide: (measurements, { manifest, blocking }) => ({ gate: robustnessGate(manifest, measurements, blocking) }),
  },
});
