// What the ONNX runner needs from a manifest, as plain data: which columns feed which model inputs,
// and which outputs hold the prediction. The runner (src/io/onnx) never reads the manifest itself.
import type { Manifest, Task } from './manifest.js';

export interface RunnerColumn {
  name: string;
  kind: 'numeric' | 'categorical';
}

export interface RunnerOutputs {
  /** Output holding probabilities (classification). Default: the model's only float tensor output besides `label`. */
  score?: string;
  /** Column of the positive class in an [N, classes] score output. Default 1. */
  scoreColumn?: number;
  /** Output holding labels. Checked to exist, never read: binary labels come from score >= threshold. */
  label?: string;
  /** Output holding the prediction (regression). Default: the model's only float tensor output. */
  prediction?: string;
}

export interface RunnerSpec {
  task: Task;
  /** tensor: one [N, k] float tensor of the numeric features in `columns` order; columns: one input per column. */
  layout: 'tensor' | 'columns';
  /** layout tensor: the input to feed. Default: the model's only input. */
  inputName?: string;
  /** The features, in the order the model takes them. */
  columns: RunnerColumn[];
  /** layout tensor: element type of the input. Default: what the model declares (float32 or float64). */
  dtype?: 'float32' | 'float64';
  /** layout columns: column -> model input name, where they differ. */
  inputNames?: Readonly<Record<string, string>>;
  outputs: RunnerOutputs;
  /** Binary classification: a row is positive when its score >= threshold. */
  threshold: number;
  /** Multiclass classification: number of classes, checked against the width of the score output. */
  classCount?: number;
  /** Binary classification: the positive class, checked against the model's class labels when it records them. */
  positive?: string | number;
  /** Multiclass classification: the classes in score-column order, checked the same way. */
  classes?: readonly (string | number)[];
}

export const DEFAULT_THRESHOLD = 0.5;

/**
 * The runner spec of a schema-valid manifest. Throws when artifact.inputs.columns names a column that
 * is not a feature (manifest validation reports that first, with its position).
 */
export function runnerSpecFromManifest(manifest: Manifest): RunnerSpec {
  const { inputs, outputs, threshold } = manifest.artifact;
  const kinds = new Map(manifest.data.features.map((feature) => [feature.name, feature.type]));
  const order = inputs.columns ?? manifest.data.features.map((feature) => feature.name);
  const columns = order.map((name): RunnerColumn => {
    const kind = kinds.get(name);
    if (kind === undefined) throw new Error(`artifact.inputs.columns names '${name}', which is not in data.features`);
    return { name, kind };
  });
  const spec: RunnerSpec = {
    task: manifest.problem.task,
    layout: inputs.layout,
    columns,
    outputs: {},
    threshold: threshold ?? DEFAULT_THRESHOLD,
  };
  if (inputs.name !== undefined) spec.inputName = inputs.name;
  if (inputs.dtype !== undefined) spec.dtype = inputs.dtype;
  if (inputs.names !== undefined) spec.inputNames = { ...inputs.names };
  if (outputs.score !== undefined) spec.outputs.score = outputs.score;
  if (outputs.score_column !== undefined) spec.outputs.scoreColumn = outputs.score_column;
  if (outputs.label !== undefined) spec.outputs.label = outputs.label;
  if (outputs.prediction !== undefined) spec.outputs.prediction = outputs.prediction;
  const classes = manifest.data.label.classes;
  if (manifest.problem.task === 'multiclass-classification' && classes !== undefined) {
    spec.classCount = classes.length;
    spec.classes = [...classes];
  }
  if (manifest.problem.task === 'binary-classification' && manifest.data.label.positive !== undefined) spec.positive = manifest.data.label.positive;
  return spec;
}
