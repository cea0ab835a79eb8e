// The one error type of the ONNX runner: what went wrong, with the model file in the message.

export type OnnxErrorCode =
  /** The model file does not exist or is not a file. */
  | 'model-not-found'
  /** onnxruntime-node itself could not be loaded (missing native binary). */
  | 'runtime-unavailable'
  /** The file is not an ONNX model (protobuf parsing failed). */
  | 'not-onnx'
  /** The graph uses an operator onnxruntime does not have (custom-op domain, unknown op). */
  | 'unsupported-operator'
  /** The model's opset is newer than onnxruntime supports. */
  | 'unsupported-opset'
  /** Any other load failure. */
  | 'load-failed'
  /** The inputs the manifest feeds are not the model's inputs (count or names). */
  | 'input-mismatch'
  /** A model input has a type the runner cannot feed from the column (e.g. int64, or string for a numeric column). */
  | 'input-type'
  /** The feature count or rank does not match the model input's declared shape. */
  | 'shape-mismatch'
  /** The manifest's positive class or classes disagree with the class labels the graph records for the score's columns. */
  | 'class-mismatch'
  /** layout tensor with a categorical feature. */
  | 'categorical-in-tensor'
  /** The manifest names an output the model does not have. */
  | 'unknown-output'
  /** The manifest names a non-tensor output (a ZipMap), which onnxruntime-node cannot return. */
  | 'output-not-tensor'
  /** No tensor output can hold the prediction (e.g. only a ZipMap). */
  | 'no-tensor-output'
  /** More than one output could hold the prediction and the manifest names none. */
  | 'ambiguous-output'
  /** The prediction output has a shape the task cannot use. */
  | 'output-shape'
  /** The prediction output is not numeric. */
  | 'output-type'
  /** The data lacks a feature column. */
  | 'missing-column'
  /** A column was loaded as the other kind (numeric vs categorical). */
  | 'column-kind'
  /** onnxruntime failed while running the model. */
  | 'run-failed'
  /** The model returned NaN or infinite values. */
  | 'non-finite-output'
  /** A classifier returned a probability outside [0, 1]. */
  | 'score-out-of-range'
  /** The runner was used after release(). */
  | 'released';

/** Rows with a bad output value: how many, and the first (0-based row index in the table). */
export interface BadRows {
  output: string;
  count: number;
  firstRow: number;
  firstValue: number;
}

export class OnnxModelError extends Error {
  override readonly name = 'OnnxModelError';

  constructor(
    readonly modelPath: string,
    readonly code: OnnxErrorCode,
    detail: string,
    readonly badRows?: BadRows,
  ) {
    super(`${modelPath}: ${detail}`);
  }
}

const ORT_LOAD_PREFIX = /^Load model from .*? failed:\s*/;
// "/onnxruntime_src/.../model_load_utils.h:46 void onnxruntime::...(...) Message": keep the message.
const ORT_SOURCE_PREFIX = /^\/?\S*onnxruntime\S*:\d+ .*?\) (?=[A-Z])/;

/** The first line of an onnxruntime error message, without its "Load model from … failed:" and C++ source prefixes. */
export function firstLineOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = (text.split('\n').find((l) => l.trim() !== '') ?? text).trim();
  return line.replace(ORT_LOAD_PREFIX, '').replace(ORT_SOURCE_PREFIX, '').trim();
}

/** Rephrases an onnxruntime session-creation error. */
export function loadError(modelPath: string, error: unknown): OnnxModelError {
  const reason = firstLineOf(error);
  if (/protobuf parsing failed/i.test(reason)) {
    return new OnnxModelError(modelPath, 'not-onnx', `not an ONNX model: onnxruntime cannot parse the file (${reason})`);
  }
  if (/is not a registered function\/op|no opset import for domain|not implemented/i.test(reason)) {
    return new OnnxModelError(
      modelPath,
      'unsupported-operator',
      `uses an operator onnxruntime does not provide (${reason}); custom operators cannot run here: export the model with standard ai.onnx and ai.onnx.ml operators`,
    );
  }
  if (/opset/i.test(reason)) {
    return new OnnxModelError(modelPath, 'unsupported-opset', `uses an opset this onnxruntime does not support (${reason}); re-export the model with a released opset`);
  }
  return new OnnxModelError(modelPath, 'load-failed', `onnxruntime cannot load the model (${reason})`);
}
