#!/usr/bin/env node
// Benchmark: reading an ONNX graph (src/io/onnx/graph.ts, a reader of the protobuf wire format), which `gate` does before
// every model it opens (ZipMap, class labels) and `validate` for external data.
//
// A TreeEnsembleClassifier like a large scikit-learn random forest: BENCH_VALUES (default 2,000,000)
// node thresholds (floats) and as many feature ids (int64), about 14 MB, plus a ZipMap; encoded here
// with protobuf.js from the onnx-ml.proto descriptor. Times readOnnxGraph (median of BENCH_RUNS, default 7) and
// prints one `BENCH {json}` line; exits 1 when the median exceeds 1 s (the full decode took 1.5-2 s).
//
// Runs from TypeScript sources: `node --import tsx bench/onnx-graph.mjs`, or plain `node`.
import protobuf from 'protobufjs/light.js';
import { intFromEnv } from './lib/env.mjs';
import { importSource } from './lib/source.mjs';

const VALUES = intFromEnv('BENCH_VALUES', 2_000_000);
const RUNS = intFromEnv('BENCH_RUNS', 7);
const GOAL_SECONDS = 1;

const { readOnnxGraph } = await importSource('src/io/onnx/graph.ts');
const { ONNX_PROTO_DESCRIPTOR } = await importSource('src/io/onnx/onnx-proto.generated.ts');
const ModelProto = protobuf.Root.fromJSON(ONNX_PROTO_DESCRIPTOR).lookupType('onnx.ModelProto');

const FLOATS = 6;
const INTS = 7;
const STRINGS = 8;
const floats = Float32Array.from({ length: VALUES }, (_, i) => ((i * 7919) % 1000) / 1000);
const ints = Array.from({ length: VALUES }, (_, i) => i % 10);
const tensor = (name, dims) => ({ name, type: { tensor_type: { elem_type: 1, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d })) } } } });
const bytes = ModelProto.encode(
  ModelProto.fromObject({
    ir_version: 8,
    opset_import: [{ domain: '', version: 15 }, { domain: 'ai.onnx.ml', version: 1 }],
    graph: {
      name: 'forest',
      node: [
        {
          op_type: 'TreeEnsembleClassifier', domain: 'ai.onnx.ml', input: ['float_input'], output: ['label', 'probabilities'],
          attribute: [
            { name: 'nodes_values', type: FLOATS, floats: [...floats] },
            { name: 'nodes_featureids', type: INTS, ints },
            { name: 'classlabels_strings', type: STRINGS, strings: [Buffer.from('bad'), Buffer.from('good')] },
          ],
        },
        { op_type: 'ZipMap', domain: 'ai.onnx.ml', input: ['probabilities'], output: ['output_probability'], attribute: [{ name: 'classlabels_strings', type: STRINGS, strings: [Buffer.from('bad'), Buffer.from('good')] }] },
      ],
      input: [tensor('float_input', ['N', 10])],
      output: [{ name: 'output_probability', type: { sequence_type: { elem_type: { map_type: { key_type: 8, value_type: { tensor_type: { elem_type: 1 } } } } } } }],
    },
  }),
).finish();

const seconds = [];
let graph;
for (let run = 0; run < RUNS; run++) {
  const started = process.hrtime.bigint();
  graph = readOnnxGraph(bytes);
  seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
}
if (JSON.stringify(graph.classLabels) !== '["bad","good"]') throw new Error(`wrong class labels: ${JSON.stringify(graph.classLabels)}`);
const median = [...seconds].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
console.log(`model ${(bytes.length / 1e6).toFixed(1)} MB, ${VALUES.toLocaleString('en')} floats + ints: readOnnxGraph median ${(median * 1000).toFixed(0)} ms (runs: ${seconds.map((s) => (s * 1000).toFixed(0)).join(', ')} ms)`);
console.log(`BENCH ${JSON.stringify({ bench: 'onnx-graph', bytes: bytes.length, values: VALUES, medianSeconds: median, goalSeconds: GOAL_SECONDS })}`);
if (median > GOAL_SECONDS) process.exit(1);
