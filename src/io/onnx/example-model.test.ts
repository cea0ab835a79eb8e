// The real example model (example-repo/models/credit-risk), opened from its manifest the way the
// gates will: manifest -> runnerSpecFromManifest -> openModel -> predict on a columnar table.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../core/manifest/manifest.js';
import { runnerSpecFromManifest } from '../../core/manifest/runner-spec.js';
import { loadManifest } from '../../core/manifest/validate/documents.js';
import { openModel } from './index.js';
import { categorical, numeric, tableOf } from './test-support.js';

const EXAMPLE_REPO = fileURLToPath(new URL('../../../example-repo/', import.meta.url));
const MANIFEST_FILE = 'models/credit-risk/model.yaml';

function creditRiskManifest(): Manifest {
  const loaded = loadManifest(readFileSync(EXAMPLE_REPO + MANIFEST_FILE), MANIFEST_FILE);
  if (!loaded.ok) throw new Error(`${MANIFEST_FILE} does not load: ${JSON.stringify(loaded.findings)}`);
  return loaded.value;
}

// The first three rows of models/credit-risk/data/evaluation.csv (classes good, bad, bad), column by
// column, plus a fourth row with a missing and an unseen category.
const EVALUATION_ROWS = {
  checking_status: ['no checking', '0<=X<200', '<0', undefined],
  duration: [36, 12, 24, 18],
  credit_history: ['existing paid', 'existing paid', 'critical/other existing credit', 'existing paid'],
  purpose: ['education', 'new car', 'new car', 'space travel'],
  credit_amount: [9055, 1295, 1199, 2500],
  savings_status: ['no known savings', '<100', '<100', '<100'],
  employment: ['1<=X<4', '<1', '>=7', '1<=X<4'],
  installment_commitment: [2, 3, 4, 2],
  personal_status: ['male single', 'female div/dep/mar', 'male single', 'male single'],
  other_parties: ['none', 'none', 'none', 'none'],
  residence_since: [4, 1, 4, 2],
  property_magnitude: ['no known property', 'car', 'car', 'car'],
  age: [35, 25, 60, 40],
  other_payment_plans: ['none', 'none', 'none', 'none'],
  housing: ['for free', 'rent', 'own', 'own'],
  existing_credits: [1, 1, 2, 1],
  job: ['unskilled resident', 'skilled', 'unskilled resident', 'skilled'],
  num_dependents: [2, 1, 1, 1],
  own_telephone: ['yes', 'none', 'none', 'yes'],
  foreign_worker: ['yes', 'yes', 'yes', 'yes'],
  class: ['good', 'bad', 'bad', 'good'],
} satisfies Record<string, (string | undefined)[] | number[]>;

function evaluationTable() {
  return tableOf(
    ...Object.entries(EVALUATION_ROWS).map(([name, values]) =>
      typeof values[0] === 'number' ? numeric(name, values as number[]) : categorical(name, values as (string | undefined)[]),
    ),
  );
}

describe('the credit-risk example model', () => {
  it('runs from its manifest on evaluation rows: probabilities in [0, 1], labels from the 0.5 threshold', async () => {
    const manifest = creditRiskManifest();
    const spec = runnerSpecFromManifest(manifest);
    expect(spec).toMatchObject({ task: 'binary-classification', layout: 'columns', threshold: 0.5, outputs: { score: 'probabilities', scoreColumn: 1, label: 'label' } });
    expect(spec.columns.map((c) => c.name)).toEqual(manifest.data.features.map((f) => f.name));

    const runner = await openModel(EXAMPLE_REPO + manifest.artifact.path, spec);
    try {
      expect(runner.inputs).toHaveLength(20);
      expect(runner.inputs.find((input) => input.name === 'purpose')).toEqual({ name: 'purpose', isTensor: true, type: 'string', dims: ['N', 1] });
      const prediction = await runner.predict(evaluationTable());
      if (prediction.task !== 'binary-classification') throw new Error(prediction.task);
      expect(prediction.rowCount).toBe(4);
      for (let i = 0; i < 4; i++) {
        expect(prediction.score[i]).toBeGreaterThanOrEqual(0);
        expect(prediction.score[i]).toBeLessThanOrEqual(1);
        expect(prediction.yPred[i]).toBe(prediction.score[i]! >= 0.5 ? 1 : 0);
      }
      // Not a constant model: the rows get different scores.
      expect(new Set(prediction.score).size).toBe(4);
    } finally {
      await runner.release();
    }
  });
});

describe('runnerSpecFromManifest', () => {
  it('takes the feature order from artifact.inputs.columns, and the defaults otherwise', () => {
    const manifest = creditRiskManifest();
    const numericFeatures = manifest.data.features.filter((f) => f.type === 'numeric');
    const reordered: Manifest = {
      ...manifest,
      data: { ...manifest.data, features: numericFeatures },
      artifact: { ...manifest.artifact, inputs: { layout: 'tensor', name: 'x', dtype: 'float64', columns: numericFeatures.map((f) => f.name).reverse() }, outputs: { score: 'p' }, threshold: undefined },
    };
    const spec = runnerSpecFromManifest(reordered);
    expect(spec).toEqual({
      task: 'binary-classification',
      layout: 'tensor',
      inputName: 'x',
      dtype: 'float64',
      columns: numericFeatures.map((f) => ({ name: f.name, kind: 'numeric' })).reverse(),
      outputs: { score: 'p' },
      threshold: 0.5,
      positive: 'bad',
    });
  });

  it('maps input names, and counts the classes of a multiclass model', () => {
    const manifest = creditRiskManifest();
    const multiclass: Manifest = {
      ...manifest,
      problem: { ...manifest.problem, task: 'multiclass-classification' },
      data: { ...manifest.data, label: { column: 'class', classes: ['a', 'b', 'c'] } },
      artifact: { ...manifest.artifact, inputs: { layout: 'columns', names: { age: 'age_years' } } },
    };
    const spec = runnerSpecFromManifest(multiclass);
    expect(spec.inputNames).toEqual({ age: 'age_years' });
    expect(spec.classCount).toBe(3);
  });

  it('refuses an input column that is not a feature', () => {
    const manifest = creditRiskManifest();
    const broken: Manifest = { ...manifest, artifact: { ...manifest.artifact, inputs: { layout: 'tensor', columns: ['age', 'sex'] } } };
    expect(() => runnerSpecFromManifest(broken)).toThrow("artifact.inputs.columns names 'sex', which is not in data.features");
  });
});
