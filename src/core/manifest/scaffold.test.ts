// What init decides from plain facts about a graph and a dataset, and that what it writes validates.
import { describe, expect, it } from 'vitest';
import { CHECKLIST, checklistItemId } from '../checklist/catalogue.js';
import { EVIDENCE_HINTS } from '../checklist/hints.js';
import { inferManifest, provenItems, scaffoldManifest, yamlScalar, type ColumnFacts, type InferOptions, type ModelFacts } from './scaffold.js';
import { loadManifest } from './validate/documents.js';

const SHA = 'a'.repeat(64);
const options: InferOptions = { name: 'churn', owner: '@alice', label: 'churned', positive: 'yes', model: { path: 'models/churn/model.onnx', sha256: SHA }, evaluation: { path: 'models/churn/eval.csv', sha256: SHA } };
const num = (name: string, values: string[] = ['1', '2'], median = 1): ColumnFacts => ({ name, kind: 'numeric', values, distinctCount: values.length, median });
const cat = (name: string, values: string[]): ColumnFacts => ({ name, kind: 'categorical', values, distinctCount: values.length });

const zipMapModel = (k: number, classLabels: (string | number)[]): ModelFacts => ({
  inputs: [{ name: 'float_input', isTensor: true, type: 'float32', dims: ['?', k] }],
  outputs: [{ name: 'output_label', isTensor: true, type: 'string', dims: ['?'] }, { name: 'output_probability', isTensor: false }],
  zipMaps: [{ input: 'probabilities', output: 'output_probability' }],
  classLabels,
});

function parsed(text: string) {
  const loaded = loadManifest(Buffer.from(text), 'models/churn/model.yaml');
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => f.message).join('\n'));
  return loaded.value;
}

describe('inferManifest', () => {
  it('reads a ZipMap export: tensor layout over the numeric columns, the ZipMap\'s tensor, the positive class\'s column', () => {
    const columns = [num('tenure'), num('spend'), cat('plan', ['a', 'b']), cat('churned', ['no', 'yes'])];
    const manifest = parsed(inferManifest(zipMapModel(2, ['no', 'yes']), columns, options));
    expect(manifest.problem.task).toBe('binary-classification');
    expect(manifest.artifact).toMatchObject({ inputs: { layout: 'tensor' }, outputs: { score: 'probabilities', score_column: 1, label: 'output_label' }, threshold: 0.5 });
    expect(manifest.data.features).toEqual([{ name: 'tenure', type: 'numeric' }, { name: 'spend', type: 'numeric' }]);
    expect(manifest.data.label).toEqual({ column: 'churned', positive: 'yes' });
    expect(manifest.gates?.performance?.metrics).toEqual({ roc_auc: { min: 0.7 } });
    expect(manifest.checklist).toEqual({ problem: {}, data: {}, baseline: {}, ready: {}, deploy: {}, monitor: {}, usable: {} });
  });

  it('puts the positive class where the model has it, and keeps numeric labels numeric', () => {
    const columns = [num('x'), num('y'), num('churned', ['0', '1'])];
    const manifest = parsed(inferManifest(zipMapModel(2, [1, 0]), columns, { ...options, positive: '1' }));
    expect(manifest.artifact.outputs.score_column).toBe(0);
    expect(manifest.data.label.positive).toBe(1);
  });

  it('leaves a sensitive column out of the tensor when the input width says so, and bins a numeric one at its median', () => {
    const columns = [num('income'), num('age', Array.from({ length: 40 }, (_, i) => String(20 + i)), 41), cat('sex', ['f', 'm']), cat('churned', ['no', 'yes'])];
    const text = inferManifest(zipMapModel(1, ['no', 'yes']), columns, { ...options, sensitive: ['sex', 'age'] });
    const manifest = parsed(text);
    expect(manifest.data.features.map((f) => f.name)).toEqual(['income']);
    expect(manifest.data.sensitive).toEqual([{ name: 'sex', column: 'sex' }, { name: 'age', column: 'age', type: 'numeric', bins: [41] }]);
    expect(manifest.gates?.fairness).toEqual({ attributes: ['sex', 'age'], min_group_size: 30, metrics: { demographic_parity_ratio: { min: 0.8 } } });
  });

  it('feeds one input per column, typed by the input, for a ColumnTransformer export', () => {
    const model: ModelFacts = {
      inputs: [{ name: 'age', isTensor: true, type: 'float32', dims: ['N', 1] }, { name: 'city', isTensor: true, type: 'string', dims: ['N', 1] }],
      outputs: [{ name: 'label', isTensor: true, type: 'int64', dims: ['N'] }, { name: 'probabilities', isTensor: true, type: 'float32', dims: ['N', 2] }],
      zipMaps: [],
    };
    const manifest = parsed(inferManifest(model, [num('age'), cat('city', ['oslo']), cat('churned', ['no', 'yes'])], options));
    expect(manifest.artifact.inputs).toEqual({ layout: 'columns' });
    expect(manifest.data.features).toEqual([{ name: 'age', type: 'numeric' }, { name: 'city', type: 'categorical' }]);
    expect(manifest.artifact.outputs).toEqual({ score: 'probabilities', score_column: 1, label: 'label' });
  });

  it('writes multiclass classes in the model\'s order, and regression from a one-value output', () => {
    const iris = parsed(inferManifest(zipMapModel(1, ['virginica', 'setosa', 'versicolor']), [num('petal'), cat('species', ['setosa', 'versicolor', 'virginica'])], { ...options, label: 'species', positive: undefined! }));
    expect(iris.problem.task).toBe('multiclass-classification');
    expect(iris.data.label.classes).toEqual(['virginica', 'setosa', 'versicolor']);
    const regression: ModelFacts = { inputs: [{ name: 'x', isTensor: true, type: 'float32', dims: ['N', 2] }], outputs: [{ name: 'variable', isTensor: true, type: 'float32', dims: ['N', 1] }], zipMaps: [] };
    const { positive: _, ...noPositive } = options;
    const manifest = parsed(inferManifest(regression, [num('a'), num('b'), num('churned')], noPositive));
    expect(manifest.problem.task).toBe('regression');
    expect(manifest.artifact.outputs).toEqual({ prediction: 'variable' });
  });

  it('says what to pass when it cannot tell', () => {
    const columns = [num('a'), num('b'), num('c'), cat('churned', ['no', 'yes'])];
    expect(() => inferManifest(zipMapModel(2, ['no', 'yes']), columns, options)).toThrow(
      "input 'float_input' takes 2 features, but models/churn/eval.csv has 3 numeric columns besides the label ('a', 'b', 'c'): name the model's features in its input order with --features a,b,c",
    );
    expect(parsed(inferManifest(zipMapModel(2, ['no', 'yes']), columns, { ...options, features: ['c', 'a'] })).data.features.map((f) => f.name)).toEqual(['c', 'a']);
    expect(() => inferManifest(zipMapModel(3, ['no', 'yes']), columns, { ...options, positive: 'maybe' })).toThrow("--positive 'maybe' never occurs in column 'churned'");
    expect(() => inferManifest(zipMapModel(3, ['no', 'yes']), columns, { ...options, sensitive: ['gender'] })).toThrow("--sensitive names 'gender', which is not a column");
    const twoFloats: ModelFacts = { ...zipMapModel(3, []), zipMaps: [], outputs: [{ name: 's1', isTensor: true, type: 'float32' }, { name: 's2', isTensor: true, type: 'float32' }] };
    expect(() => inferManifest(twoFloats, columns, options)).toThrow("has several float outputs ('s1', 's2'); cannot tell which holds the prediction");
  });

  it('marks the items the manifest proves, and gives every item its question and evidence', () => {
    const columns = [num('a'), num('b'), cat('churned', ['no', 'yes'])];
    const first = inferManifest(zipMapModel(2, ['no', 'yes']), columns, options);
    const text = inferManifest(zipMapModel(2, ['no', 'yes']), columns, options, provenItems(parsed(first)));
    expect(text).toContain('    # works: Does the artifact load and predict on the evaluation data outside the training environment?\n    #   verified: the performance gate runs the artifact on the evaluation data on every PR\n');
    expect(text).toContain('    # ml-needed: Was it checked that a simpler non-ML solution (rules, heuristics, a lookup) would not do?\n    #   evidence: the rule or heuristic that was tried');
    for (const item of CHECKLIST) {
      expect(EVIDENCE_HINTS[checklistItemId(item)], checklistItemId(item)).toBeDefined();
      expect(text).toContain(`# ${item.key}: ${item.question}`);
    }
    expect(Object.keys(EVIDENCE_HINTS).length).toBe(CHECKLIST.length);
  });
});

describe('scaffoldManifest and yamlScalar', () => {
  it('writes a template whose checklist parses, with no placeholder answers', () => {
    const text = scaffoldManifest({ name: 'churn', task: 'multiclass-classification', schemaPath: 'https://modelops.dev/schemas/v1/model.schema.json' });
    expect(text.startsWith('# yaml-language-server: $schema=https://modelops.dev/schemas/v1/model.schema.json\n')).toBe(true);
    expect(text).not.toMatch(/answer: no|evidence: ""/);
  });

  it('quotes what YAML would read as something else', () => {
    expect(['bad', 'yes', 'no', '1', 'a b', 'x:y', '', 'setosa'].map(yamlScalar)).toEqual(['bad', '"yes"', '"no"', '"1"', 'a b', '"x:y"', '""', 'setosa']);
    expect(yamlScalar(3)).toBe('3');
  });
});
