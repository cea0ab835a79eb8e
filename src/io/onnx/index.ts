// The ONNX runner: the only module that uses onnxruntime-node, which it imports on first use.
export { DEFAULT_BATCH_SIZE, openModel, type ModelRunner, type OpenOptions, type PredictOptions, type PreparedInput } from './runner.js';
export type { BinaryPrediction, MulticlassPrediction, Prediction, RegressionPrediction } from './outputs.js';
export type { Dim, ModelValueInfo } from './model-info.js';
export { OnnxModelError, type BadRows, type OnnxErrorCode } from './errors.js';
export { preloadOnnxRuntime } from './runtime.js';
