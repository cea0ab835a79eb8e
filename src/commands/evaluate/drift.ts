// Drift of one model's data, for `gate` (evaluation data) and `drift` (current data): read the reference,
// run the model on it, and hand both sides to the pure analysis (src/core/drift/analysis.ts).
import type { CategoricalColumn, Column, ColumnRequest, NumericColumn, Table } from '../../core/data/table.js';
import { binaryTruth, LabelError } from '../../core/evaluation/labels.js';
import type { Manifest } from '../../core/manifest/manifest.js';
import type { DriftAnalysisInput } from '../../core/drift/analysis.js';
import type { DriftEvaluation, DriftSkipped } from '../../core/drift/report.js';
import { formatOf, readColumns } from '../../io/data/columns.js';
import { readTable } from '../../io/data/read-table.js';
import type { ModelRunner, Prediction } from '../../io/onnx/index.js';
import type { RepoFiles } from '../../io/repo-files.js';
import { analyseDriftSpread } from '../drift-workers.js';

/** The columns drift reads: the features, and the label when the file has it. */
export async function driftColumns(manifest: Manifest, path: string, format: ReturnType<typeof formatOf>): Promise<{ columns: ColumnRequest[]; labelled: boolean }> {
  const features: ColumnRequest[] = manifest.data.features.map((f) => ({ name: f.name, kind: f.type }));
  const label = manifest.data.label.column;
  const header = format ? await readColumns(path, format) : [];
  const labelled = header.includes(label) && !features.some((f) => f.name === label);
  return { columns: labelled ? [...features, { name: label, kind: manifest.problem.task === 'regression' ? 'numeric' : 'categorical' }] : features, labelled };
}

/** The output drift compares, as a column: P(positive), the predicted class, or the prediction. */
export function outputColumn(manifest: Manifest, prediction: Prediction): { output: string; column: Column } {
  if (prediction.task === 'binary-classification') {
    const column: NumericColumn = { name: 'score', kind: 'numeric', values: prediction.score };
    return { output: `P(${String(manifest.data.label.positive)})`, column };
  }
  if (prediction.task === 'multiclass-classification') {
    const classes = manifest.data.label.classes?.map(String) ?? Array.from({ length: prediction.classCount }, (_, k) => String(k));
    const column: CategoricalColumn = { name: 'predicted class', kind: 'categorical', codes: Int32Array.from(prediction.yPred), categories: classes };
    return { output: 'predicted class', column };
  }
  return { output: 'prediction', column: { name: 'prediction', kind: 'numeric', values: prediction.prediction } };
}

export interface DriftSide {
  table: Table;
  dataset: string;
  /** The model's prediction on these rows (the caller ran it, e.g. gate for its metrics). */
  prediction?: Prediction;
  /** The label column was loaded. */
  labelled: boolean;
}

export interface MeasureDriftContext {
  manifest: Manifest;
  files: RepoFiles;
  /** The model, open; without it there is no prediction drift and no CBPE. */
  runner?: ModelRunner;
  seed: number;
  progress: (message: string) => void;
}

/** Reads the manifest's reference data (features and label). */
export async function readReference(manifest: Manifest, files: RepoFiles): Promise<DriftSide> {
  const path = manifest.data.reference!.path!;
  const format = formatOf(path, manifest.data.reference!.format);
  const absolute = files.absolute(path);
  const { columns, labelled } = await driftColumns(manifest, absolute, format);
  return { table: await readTable(absolute, { format: format!, columns }), dataset: path, labelled };
}

/** Drift of `current` against the manifest's reference (which the caller checked is in the repository). */
export async function measureDrift(context: MeasureDriftContext, reference: DriftSide, current: DriftSide): Promise<DriftEvaluation> {
  const input = await driftInput(context, reference, current);
  context.progress(`${context.manifest.metadata.name}: drift of ${current.dataset} against ${reference.dataset}`);
  // the features on worker threads too when the data is large and a core is idle (the same evaluation)
  return analyseDriftSpread(input);
}

/** What the drift analysis of `current` against the reference takes: both sides' tables and, with a runner, the model's outputs on them. */
export async function driftInput(context: MeasureDriftContext, reference: DriftSide, current: DriftSide): Promise<DriftAnalysisInput> {
  const { manifest, runner, seed, progress } = context;
  const name = manifest.metadata.name;
  const skipped: DriftSkipped[] = [];
  const input: DriftAnalysisInput = {
    features: manifest.data.features,
    reference: reference.table,
    current: current.table,
    datasets: { reference: reference.dataset, current: current.dataset },
    ...(manifest.gates?.drift ? { settings: manifest.gates.drift } : {}),
    skipped,
    seed,
  };
  if (runner) {
    progress(`${name}: running the model on ${reference.dataset} (${reference.table.rowCount} rows) for prediction drift`);
    const referencePrediction = reference.prediction ?? (await runner.predict(reference.table));
    const currentPrediction = current.prediction ?? (await runner.predict(current.table));
    const ref = outputColumn(manifest, referencePrediction);
    input.prediction = { output: ref.output, reference: ref.column, current: outputColumn(manifest, currentPrediction).column };
    if (referencePrediction.task === 'binary-classification' && currentPrediction.task === 'binary-classification') {
      const labels = (side: DriftSide): Uint8Array | string => {
        if (!side.labelled) return `${side.dataset} has no label column '${manifest.data.label.column}'`;
        try {
          return binaryTruth(side.table.columns.get(manifest.data.label.column)!, manifest.data.label.positive!);
        } catch (error) {
          if (error instanceof LabelError) return error.message;
          throw error;
        }
      };
      const referenceTruth = labels(reference);
      const currentTruth = labels(current);
      if (typeof referenceTruth === 'string') skipped.push({ part: 'performance', reason: `CBPE learns from a labelled reference: ${referenceTruth}` });
      else {
        input.performance = {
          reference: { yTrue: referenceTruth, score: referencePrediction.score, yPred: referencePrediction.yPred },
          current: { score: currentPrediction.score, yPred: currentPrediction.yPred, ...(typeof currentTruth === 'string' ? {} : { yTrue: currentTruth }) },
          threshold: referencePrediction.threshold,
        };
      }
    } else skipped.push({ part: 'performance', reason: `CBPE estimates binary classifiers; this is ${manifest.problem.task}` });
  } else {
    skipped.push({ part: 'prediction', reason: 'the model was not run' }, { part: 'performance', reason: 'the model was not run' });
  }
  return input;
}
