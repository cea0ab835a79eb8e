// The ONNX graph as graph.ts reads it from the protobuf wire format, checked against what onnxruntime itself
// reports for the same files; and the ZipMap rewrite, run through onnxruntime.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exposeZipMapInputs, OnnxGraphError, readOnnxGraph } from './graph.js';
import { loadOnnxRuntime } from './runtime.js';
import { fixture, sidecar } from './test-support.js';

const bytesOf = (name: string) => readFileSync(fixture(name));

describe('readOnnxGraph', () => {
  it('reads inputs and outputs with their types and shapes, as onnxruntime declares them', async () => {
    const ort = await loadOnnxRuntime();
    for (const name of ['logreg.onnx', 'columns.onnx', 'tree-ensemble.onnx', 'mlp.onnx', 'regression-f64.onnx']) {
      const graph = readOnnxGraph(bytesOf(name));
      const session = await ort.InferenceSession.create(fixture(name));
      try {
        expect(graph.inputs.map((i) => i.name), name).toEqual(session.inputNames);
        expect(graph.outputs.map((o) => o.name), name).toEqual(session.outputNames);
        const tensors = [...session.inputMetadata, ...session.outputMetadata].map((m) => (m.isTensor ? { name: m.name, type: m.type, dims: m.shape } : { name: m.name }));
        expect([...graph.inputs, ...graph.outputs].map((v) => (v.isTensor ? { name: v.name, type: v.type, dims: v.dims } : { name: v.name })), name).toEqual(tensors);
      } finally {
        await session.release();
      }
    }
  });

  it('finds the ZipMap of a scikit-learn export and its class labels, strings or integers', () => {
    expect(readOnnxGraph(bytesOf('sklearn/iris.onnx'))).toMatchObject({
      inputs: [{ name: 'float_input', isTensor: true, type: 'float32', dims: ['?', 4] }],
      outputs: [{ name: 'output_label', type: 'string' }, { name: 'output_probability', isTensor: false }],
      zipMaps: [{ input: 'probabilities', output: 'output_probability', classLabels: ['setosa', 'versicolor', 'virginica'] }],
      classLabels: ['setosa', 'versicolor', 'virginica'],
    });
    expect(readOnnxGraph(bytesOf('sklearn/iris-int.onnx')).classLabels).toEqual([0, 1, 2]);
    expect(readOnnxGraph(bytesOf('tree-ensemble.onnx')).zipMaps).toEqual([{ input: 'probabilities', output: 'output_probability', classLabels: [0, 1] }]);
    expect(readOnnxGraph(bytesOf('logreg.onnx'))).toMatchObject({ zipMaps: [], externalData: [] });
  });

  it('lists tensors whose data lives in another file, with the location the model gives', () => {
    expect(readOnnxGraph(bytesOf('external-data.onnx')).externalData).toEqual([{ tensor: 'coef', location: 'external-data.bin' }]);
    expect(readOnnxGraph(bytesOf('external-escape.onnx')).externalData).toEqual([{ tensor: 'coef', location: '../../outside.bin' }]);
  });

  it('refuses bytes that are not an ONNX model', () => {
    expect(() => readOnnxGraph(bytesOf('corrupt.onnx'))).toThrow(OnnxGraphError);
    expect(() => readOnnxGraph(new Uint8Array(0))).toThrow('not an ONNX model (no graph)');
  });
});

describe('exposeZipMapInputs', () => {
  it('adds the tensor feeding the ZipMap as an output that onnxruntime returns, keeping the original bytes', async () => {
    const bytes = bytesOf('sklearn/iris.onnx');
    const rewritten = exposeZipMapInputs(bytes, readOnnxGraph(bytes))!;
    expect(Buffer.from(rewritten.subarray(0, bytes.length)).equals(bytes)).toBe(true);
    expect(readOnnxGraph(rewritten).outputs.map((o) => o.name)).toEqual(['output_label', 'output_probability', 'probabilities']);
    const ort = await loadOnnxRuntime();
    const session = await ort.InferenceSession.create(rewritten);
    try {
      // The first evaluation rows of iris-evaluation.csv; scikit-learn's predict_proba from the sidecar.
      const rows = [5.7, 2.9, 4.2, 1.3, 5.1, 3.7, 1.5, 0.4];
      const result = await session.run({ float_input: new ort.Tensor('float32', Float32Array.from(rows), [2, 4]) }, ['probabilities']);
      expect(result['probabilities']!.dims).toEqual([2, 3]);
      const expected = sidecar<{ predict_proba_first_rows: number[][] }>('sklearn/iris').predict_proba_first_rows.slice(0, 2).flat();
      [...(result['probabilities']!.data as Float32Array)].forEach((p, i) => expect(p).toBeCloseTo(expected[i]!, 5));
    } finally {
      await session.release();
    }
  });

  it('changes nothing when the ZipMap input is already an output, or there is no ZipMap', () => {
    for (const name of ['zipmap-with-tensor.onnx', 'tree-ensemble.onnx', 'logreg.onnx']) {
      const bytes = bytesOf(name);
      expect(exposeZipMapInputs(bytes, readOnnxGraph(bytes)), name).toBeUndefined();
    }
  });
});
