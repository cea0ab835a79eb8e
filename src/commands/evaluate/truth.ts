// A model's prediction as the metrics take it: the manifest's label column read as the truth (binary: the
// positive class; multiclass: the declared classes, else the label's categories sorted; regression: numbers).
import type { Table } from '../../core/data/table.js';
import { binaryTruth, multiclassTruth, regressionTruth } from '../../core/evaluation/labels.js';
import type { Manifest } from '../../core/manifest/manifest.js';
import type { MetricInput } from '../../core/metrics/metric.js';
import type { Prediction } from '../../io/onnx/index.js';

/** The truth of `table` for `manifest`, made once; the returned function pairs it with a prediction (of the manifest's task, else it throws). */
export function truthInput(manifest: Manifest, table: Table): (prediction: Prediction) => MetricInput {
  const label = table.columns.get(manifest.data.label.column)!;
  const task = manifest.problem.task;
  if (task === 'binary-classification') {
    const yTrue = binaryTruth(label, manifest.data.label.positive!);
    return (p) => {
      if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
      return { task, yTrue, score: p.score, yPred: p.yPred };
    };
  }
  if (task === 'multiclass-classification') {
    const classes = manifest.data.label.classes ?? (label.kind === 'categorical' ? [...label.categories].sort() : []);
    const yTrue = multiclassTruth(label, classes);
    return (p) => {
      if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
      return { task, yTrue, probabilities: p.probabilities, classCount: p.classCount, yPred: p.yPred };
    };
  }
  const yTrue = regressionTruth(label);
  return (p) => {
    if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
    return { task, yTrue, yPred: p.prediction };
  };
}
