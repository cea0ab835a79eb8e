// How a spec is matched to a model's declared inputs and outputs, without running a model: the
// cases the fixture models do not cover.
import { describe, expect, it } from 'vitest';
import type { RunnerSpec } from '../../core/manifest/runner-spec.js';
import { planInputs } from './inputs.js';
import type { ModelValueInfo } from './model-info.js';
import { planOutputs } from './outputs.js';
import { tensorSpec } from './test-support.js';

const tensor = (name: string, type: string, dims: (number | string)[]): ModelValueInfo => ({ name, isTensor: true, type, dims });
const zipMap = (name: string): ModelValueInfo => ({ name, isTensor: false });
const binary = tensorSpec('binary-classification', 2);

describe('choosing the prediction output', () => {
  it('takes the only float tensor, skipping labels and ZipMaps', () => {
    const outputs = [tensor('output_label', 'int64', ['N']), zipMap('output_probability'), tensor('scores', 'float32', ['N', 2])];
    expect(planOutputs('m.onnx', binary, outputs).output).toBe('scores');
  });

  it('prefers a probabilities output among several float tensors for a classifier', () => {
    const outputs = [tensor('logits', 'float32', ['N', 2]), tensor('probabilities', 'float32', ['N', 2])];
    expect(planOutputs('m.onnx', binary, outputs).output).toBe('probabilities');
  });

  it('excludes the output named as the label', () => {
    const outputs = [tensor('label', 'float32', ['N']), tensor('p', 'float32', ['N'])];
    expect(planOutputs('m.onnx', { ...binary, outputs: { label: 'label' } }, outputs).output).toBe('p');
  });

  it('asks for artifact.outputs.score when several float tensors could be the score', () => {
    const outputs = [tensor('a', 'float32', ['N', 2]), tensor('b', 'float64', ['N'])];
    expect(() => planOutputs('m.onnx', binary, outputs)).toThrow(
      'm.onnx: the model has several outputs that could hold the score (a (float32 [N, 2]), b (float64 [N])): name one in artifact.outputs.score',
    );
  });

  it('asks for artifact.outputs.prediction when a regressor has several float outputs', () => {
    const outputs = [tensor('mean', 'float32', ['N', 1]), tensor('probability_of_rain', 'float32', ['N', 1])];
    expect(() => planOutputs('m.onnx', tensorSpec('regression', 2), outputs)).toThrow(/name one in artifact\.outputs\.prediction$/);
  });

  it('rejects a ZipMap named as the label, though the label is never read', () => {
    const outputs = [zipMap('output_label'), tensor('probabilities', 'float32', ['N', 2])];
    expect(() => planOutputs('m.onnx', { ...binary, outputs: { label: 'output_label' } }, outputs)).toThrow(/artifact\.outputs\.label is 'output_label', which is not a tensor/);
  });

  it('accepts a one-column score only with score_column 0 or unset', () => {
    expect(planOutputs('m.onnx', binary, [tensor('p', 'float32', ['N', 1])]).output).toBe('p');
    expect(planOutputs('m.onnx', { ...binary, outputs: { scoreColumn: 0 } }, [tensor('p', 'float32', ['N'])]).output).toBe('p');
    expect(() => planOutputs('m.onnx', { ...binary, outputs: { scoreColumn: 1 } }, [tensor('p', 'float32', ['N'])])).toThrow(
      "m.onnx: output 'p' has shape [N]; artifact.outputs.score_column is 1, but the output has one value per row",
    );
  });

  it('rejects float16 outputs, which arrive as raw bits', () => {
    expect(() => planOutputs('m.onnx', binary, [tensor('p', 'float16', ['N', 2])])).toThrow(/no float tensor output can hold the score/);
    expect(() => planOutputs('m.onnx', { ...binary, outputs: { score: 'p' } }, [tensor('p', 'float16', ['N', 2])])).toThrow("output 'p' holds float16; the score must be numeric");
  });
});

describe('matching inputs', () => {
  const columns: RunnerSpec = { ...binary, layout: 'columns', columns: [{ name: 'age', kind: 'numeric' }, { name: 'city', kind: 'categorical' }] };

  it('feeds [N] inputs as rank 1 and [N, 1] or undeclared shapes as rank 2', () => {
    const plan = planInputs('m.onnx', columns, [tensor('age', 'float64', ['N']), tensor('city', 'string', [])]);
    expect(plan.bindings.map((b) => [b.input, b.type, b.rowShape])).toEqual([
      ['age', 'float64', []],
      ['city', 'string', [1]],
    ]);
    expect(plan.fixedBatch).toBeUndefined();
  });

  it('rejects a column input that takes several values per row', () => {
    expect(() => planInputs('m.onnx', columns, [tensor('age', 'float32', ['N', 3]), tensor('city', 'string', ['N', 1])])).toThrow(
      "m.onnx: input 'age' has shape [N, 3]; layout columns feeds one value per row ([N, 1] or [N])",
    );
  });

  it('rejects an integer input for a numeric column', () => {
    expect(() => planInputs('m.onnx', columns, [tensor('age', 'int64', ['N', 1]), tensor('city', 'string', ['N', 1])])).toThrow(
      "m.onnx: input 'age' takes int64, but column 'age' (numeric) is fed as float32 or float64: cast inside the model",
    );
  });

  it('names a column fed to the same input twice', () => {
    const twice: RunnerSpec = { ...columns, inputNames: { city: 'age' } };
    expect(() => planInputs('m.onnx', twice, [tensor('age', 'float32', ['N', 1])])).toThrow(/fed twice: 'age'/);
  });

  it('takes the batch size a model fixes', () => {
    expect(planInputs('m.onnx', binary, [tensor('x', 'float32', [8, 2])]).fixedBatch).toBe(8);
  });

  it('rejects a tensor input of another rank', () => {
    expect(() => planInputs('m.onnx', binary, [tensor('x', 'float32', ['N', 2, 1])])).toThrow("m.onnx: input 'x' has shape [N, 2, 1]; layout tensor feeds a two-dimensional [N, 2] tensor");
  });
});
