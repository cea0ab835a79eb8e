// Every way a model, a spec or the data can disagree ends in one OnnxModelError that names the model
// file, says what is wrong and what to do.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunnerSpec } from '../../core/manifest/runner-spec.js';
import { OnnxModelError, openModel, type ModelRunner, type OnnxErrorCode } from './index.js';
import { planOutputs } from './outputs.js';
import { categorical, f32, featureTable, fixture, numeric, randomRows, sidecar, sigmoid, tableOf, tensorSpec } from './test-support.js';

async function openError(model: string, spec: RunnerSpec): Promise<OnnxModelError> {
  const path = fixture(model);
  const error = await openModel(path, spec).then(
    async (runner) => {
      await runner.release();
      return undefined;
    },
    (e: unknown) => e,
  );
  if (!(error instanceof OnnxModelError)) throw new Error(`expected an OnnxModelError from ${model}, got ${String(error)}`);
  expect(error.modelPath).toBe(path);
  expect(error.message.startsWith(`${path}: `)).toBe(true);
  return error;
}

function detail(error: OnnxModelError): string {
  return error.message.slice(error.modelPath.length + 2);
}

const binary3 = tensorSpec('binary-classification', 3);

describe('loading', () => {
  it('reports a missing model file', async () => {
    const error = await openError('no-such-model.onnx', binary3);
    expect(error.code).toBe('model-not-found');
    expect(detail(error)).toBe('model file not found');
  });

  it('reports a file that is not an ONNX model', async () => {
    const error = await openError('corrupt.onnx', binary3);
    expect(error.code).toBe('not-onnx');
    expect(detail(error)).toBe('not an ONNX model: onnxruntime cannot parse the file (Protobuf parsing failed.)');
  });

  it('reports an operator from an unknown custom-op domain, keeping onnxruntime\'s first line', async () => {
    const error = await openError('custom-op.onnx', binary3);
    expect(error.code).toBe('unsupported-operator');
    expect(detail(error)).toBe(
      'uses an operator onnxruntime does not provide (Fatal error: com.example.custom:Mystery(-1) is not a registered function/op); ' +
        'custom operators cannot run here: export the model with standard ai.onnx and ai.onnx.ml operators',
    );
  });

  it('reports an opset newer than onnxruntime supports, without the C++ source location', async () => {
    const error = await openError('future-opset.onnx', binary3);
    expect(error.code).toBe('unsupported-opset');
    expect(detail(error)).toMatch(/^uses an opset this onnxruntime does not support \(ONNX Runtime only \*guarantees\* support .*Opset 99 is under development/);
    expect(detail(error)).not.toContain('onnxruntime_src');
    expect(detail(error)).toMatch(/re-export the model with a released opset$/);
  });
});

describe('inputs', () => {
  it('rejects a categorical feature in the tensor layout, naming it', async () => {
    const spec: RunnerSpec = { ...binary3, columns: [{ name: 'f0', kind: 'numeric' }, { name: 'city', kind: 'categorical' }, { name: 'f2', kind: 'numeric' }] };
    const error = await openError('logreg.onnx', spec);
    expect(error.code).toBe('categorical-in-tensor');
    expect(detail(error)).toBe(
      "layout tensor feeds one float tensor, but feature 'city' is categorical: encode categories inside the model and use layout: columns (one input per column), or declare the feature numeric",
    );
  });

  it('reports k features against the model\'s declared second dimension', async () => {
    const error = await openError('logreg.onnx', tensorSpec('binary-classification', 4));
    expect(error.code).toBe('shape-mismatch');
    expect(detail(error)).toBe(
      "input 'features' takes 3 features per row (shape [N, 3]), but the manifest declares 4: 'f0', 'f1', 'f2', 'f3'; list exactly the model's features, in its order, in artifact.inputs.columns (default: data.features)",
    );
  });

  it('reports an input name the model does not have', async () => {
    const error = await openError('logreg.onnx', { ...binary3, inputName: 'float_input' });
    expect(error.code).toBe('input-mismatch');
    expect(detail(error)).toBe("artifact.inputs.name is 'float_input', but the model has no such input; its inputs: features (float32 [N, 3])");
  });

  it('reports a tensor layout for a model with one input per column', async () => {
    const spec = tensorSpec('binary-classification', 4);
    const error = await openError('columns.onnx', spec);
    expect(error.code).toBe('input-mismatch');
    expect(detail(error)).toBe(
      'the model takes 4 inputs (age (float32 [N, 1]), income (float32 [N]), city_code (string [N, 1]), tier (string [N, 1])), but layout tensor feeds one: use layout: columns to feed one input per column',
    );
  });

  it('rejects a dtype the model does not take', async () => {
    const error = await openError('regression-f64.onnx', tensorSpec('regression', 3, { dtype: 'float32' }));
    expect(error.code).toBe('input-type');
    expect(detail(error)).toBe("artifact.inputs.dtype is float32, but input 'features' takes float64: set artifact.inputs.dtype: float64");
  });

  const columnsSpec: RunnerSpec = {
    task: 'binary-classification',
    layout: 'columns',
    columns: [
      { name: 'age', kind: 'numeric' },
      { name: 'income', kind: 'numeric' },
      { name: 'city', kind: 'categorical' },
      { name: 'tier', kind: 'categorical' },
    ],
    inputNames: { city: 'city_code' },
    outputs: {},
    threshold: 0.5,
  };

  it('lists expected and provided input names when the columns do not match the model\'s inputs', async () => {
    const spec: RunnerSpec = { ...columnsSpec, inputNames: {}, columns: columnsSpec.columns.filter((c) => c.name !== 'tier') };
    const error = await openError('columns.onnx', spec);
    expect(error.code).toBe('input-mismatch');
    expect(detail(error)).toBe(
      "the model's inputs (4) do not match the manifest's columns (3); expected by the model: 'age', 'income', 'city_code', 'tier'; provided: 'age', 'income', 'city'; " +
        "not fed: 'city_code', 'tier'; not model inputs: 'city'. Map columns to input names with artifact.inputs.names",
    );
  });

  it('rejects a categorical column for a float input, and a numeric column for a string input', async () => {
    const categoricalAge: RunnerSpec = { ...columnsSpec, columns: columnsSpec.columns.map((c) => (c.name === 'age' ? { ...c, kind: 'categorical' } : c)) };
    const first = await openError('columns.onnx', categoricalAge);
    expect(first.code).toBe('input-type');
    expect(detail(first)).toBe("input 'age' takes float32, but column 'age' (categorical) is fed as strings: declare the feature numeric, or encode it inside the model");

    const numericTier: RunnerSpec = { ...columnsSpec, columns: columnsSpec.columns.map((c) => (c.name === 'tier' ? { ...c, kind: 'numeric' } : c)) };
    const second = await openError('columns.onnx', numericTier);
    expect(detail(second)).toBe("input 'tier' takes string, but column 'tier' (numeric) is fed as float32 or float64: cast inside the model, or declare the feature categorical");
  });

  it('reports a feature missing from the data, and a column loaded as the other kind', async () => {
    const runner: ModelRunner = await openModel(fixture('columns.onnx'), columnsSpec);
    try {
      const withoutCity = tableOf(numeric('age', [1]), numeric('income', [1]), categorical('tier', ['gold']));
      await expect(runner.predict(withoutCity)).rejects.toThrow(`${fixture('columns.onnx')}: the data has no column 'city' (model input 'city_code'), a feature of the model`);
      const numericCity = tableOf(numeric('age', [1]), numeric('income', [1]), numeric('city', [3]), categorical('tier', ['gold']));
      await expect(runner.predict(numericCity)).rejects.toMatchObject({ code: 'column-kind', message: expect.stringContaining("column 'city' was loaded as numeric, but the model takes it as categorical") });
    } finally {
      await runner.release();
    }
  });
});

describe('outputs', () => {
  it('reads the tensor that feeds a ZipMap, when no output is named or the ZipMap is', async () => {
    const { weights, bias } = sidecar<{ weights: number[]; bias: number }>('zipmap-only');
    const rows = randomRows(61, 5, 3);
    const expected = rows.map((row) => sigmoid(row.reduce((sum, x, j) => sum + f32(x) * weights[j]!, bias)));
    for (const [model, outputs] of [
      ['zipmap-only.onnx', { label: 'output_label' }],
      ['zipmap-only.onnx', { score: 'output_probability', label: 'output_label' }],
      ['zipmap-with-tensor.onnx', { score: 'output_probability' }],
    ] as const) {
      const runner = await openModel(fixture(model), { ...binary3, outputs });
      try {
        expect(runner.predictionOutput).toBe('probabilities');
        expect(runner.classLabels).toEqual(['good', 'bad']);
        const prediction = await runner.predict(featureTable(rows, 3));
        if (prediction.task !== 'binary-classification') throw new Error('binary expected');
        [...prediction.score].forEach((p, i) => expect(p).toBeCloseTo(expected[i]!, 5));
      } finally {
        await runner.release();
      }
    }
  });

  it('refuses a score column or class order that disagrees with the class labels the graph records', async () => {
    const good = await openError('zipmap-only.onnx', { ...binary3, positive: 'good' });
    expect(good.code).toBe('class-mismatch');
    expect(detail(good)).toBe("artifact.outputs.score_column is 1 (the default), but column 1 of 'probabilities' is class 'bad' (the model's classes: good, bad): set score_column: 0 for the positive class 'good'");
    const unknown = await openError('zipmap-only.onnx', { ...binary3, positive: 'ugly' });
    expect(detail(unknown)).toBe("data.label.positive is 'ugly', which is not one of the model's classes (good, bad)");
    const iris = { ...tensorSpec('multiclass-classification', 4), classCount: 3 };
    const order = await openError('sklearn/iris.onnx', { ...iris, classes: ['versicolor', 'setosa', 'virginica'] });
    expect(detail(order)).toBe("data.label.classes is [versicolor, setosa, virginica], but the columns of 'probabilities' are the model's classes [setosa, versicolor, virginica]: list them in the model's order");
    for (const [model, spec] of [['zipmap-only.onnx', { ...binary3, positive: 'bad' }], ['zipmap-only.onnx', { ...binary3, positive: 'good', outputs: { scoreColumn: 0 } }], ['sklearn/iris.onnx', { ...iris, classes: ['setosa', 'versicolor', 'virginica'] }]] as const) {
      await (await openModel(fixture(model), spec)).release();
    }
  });

  it('explains a non-tensor output that no ZipMap explains', () => {
    const outputs = [
      { name: 'output_label', isTensor: true, type: 'string', dims: ['N'] },
      { name: 'output_probability', isTensor: false },
    ];
    expect(() => planOutputs('m.onnx', { ...binary3, outputs: { label: 'output_label' } }, outputs)).toThrow(
      "m.onnx: no float tensor output can hold the score; the model's outputs: output_label (string [N]), output_probability (not a tensor: a sequence or map, e.g. a ZipMap). " +
        "onnxruntime-node cannot return non-tensor (sequence or map) outputs; export the probabilities as a tensor output (skl2onnx: options={id(model): {'zipmap': False}}), or add the tensor that feeds the ZipMap to the graph outputs",
    );
    expect(() => planOutputs('m.onnx', { ...binary3, outputs: { score: 'output_probability' } }, outputs)).toThrow(/artifact\.outputs\.score is 'output_probability', which is not a tensor/);
  });

  it('lists the model\'s outputs for an output name it does not have', async () => {
    const error = await openError('logreg.onnx', { ...binary3, outputs: { score: 'output_probability' } });
    expect(error.code).toBe('unknown-output');
    expect(detail(error)).toBe("artifact.outputs.score is 'output_probability', but the model has no such output; its outputs: probabilities (float32 [N, 2]), label (int64 [N])");
  });

  const shapeErrors: [string, string, RunnerSpec, string][] = [
    ['a score column past the output', 'logreg.onnx', { ...binary3, outputs: { scoreColumn: 2 } }, "output 'probabilities' has shape [N, 2]; artifact.outputs.score_column is 2, but the output has 2 columns"],
    ['a multi-column regression output', 'logreg.onnx', tensorSpec('regression', 3, { outputs: { prediction: 'probabilities' } }), "output 'probabilities' has shape [N, 2]; a regression prediction must be one value per row ([N] or [N, 1]); multi-target regression is not supported"],
    ['a class count the output does not have', 'mlp.onnx', tensorSpec('multiclass-classification', 4, { classCount: 4 }), "output 'probabilities' has shape [N, 3]; data.label.classes lists 4 classes, but the output has 3 columns"],
    ['a non-numeric score', 'zipmap-only.onnx', { ...binary3, outputs: { score: 'output_label' } }, "output 'output_label' holds string; the score must be numeric"],
  ];
  it.each(shapeErrors)('reports %s', async (_, model, spec, message) => {
    const error = await openError(model, spec);
    expect(['output-shape', 'output-type'] as OnnxErrorCode[]).toContain(error.code);
    expect(detail(error)).toBe(message);
  });

  it('reports scores outside [0, 1] from a classifier, with their count and the first row', async () => {
    // A regressor's output named as a classifier's score: values far outside [0, 1].
    const runner = await openModel(fixture('linear-regressor.onnx'), { ...binary3, outputs: { score: 'variable' } });
    try {
      const error = await runner.predict(featureTable(randomRows(11, 30, 3, 10), 3)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OnnxModelError);
      const { code, badRows, message } = error as OnnxModelError;
      expect(code).toBe('score-out-of-range');
      expect(badRows?.output).toBe('variable');
      expect(badRows?.count).toBeGreaterThan(20);
      expect(message).toMatch(/output 'variable' is not a probability: \d+ of 30 rows are outside \[0, 1\] \(first: row \d+, value -?[\d.]+\); artifact\.outputs\.score must name an output of probabilities/);
    } finally {
      await runner.release();
    }
  });
});
