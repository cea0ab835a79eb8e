// What bench/evaluate-1m.mjs's child runs, bundled as dist/ is (bench/lib/build-cli.mjs buildScratchBundle),
// so the bench measures the shipped code, worker threads included (a worker started from the TypeScript
// sources loads tsx first: ~0.2 s, against ~0.03 s bundled).
export { readTable } from '../../src/io/data/read-table.js';
export { openModel } from '../../src/io/onnx/index.js';
export { computeMetrics } from '../../src/core/evaluation/metrics.js';
export { evaluationMetrics } from '../../src/commands/evaluate/metrics-thread.js';
export { binaryTruth } from '../../src/core/evaluation/labels.js';
export { confusionMatrix } from '../../src/core/metrics/confusion-matrix.js';
