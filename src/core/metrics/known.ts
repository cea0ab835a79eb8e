// Names a manifest may use in gate bounds, per task. The metric implementations (one file each) register
// under these ids; validation reads this table so a typo in a bound is caught before any model runs.
import type { Task } from '../manifest.js';

export type Direction = 'higher-is-better' | 'lower-is-better';

export interface MetricName {
  id: string;
  tasks: readonly Task[];
  direction: Direction;
  description: string;
}

const BINARY: readonly Task[] = ['binary-classification'];
const CLASSIFICATION: readonly Task[] = ['binary-classification', 'multiclass-classification'];
const REGRESSION: readonly Task[] = ['regression'];

export const PERFORMANCE_METRICS: readonly MetricName[] = [
  { id: 'accuracy', tasks: CLASSIFICATION, direction: 'higher-is-better', description: 'share of correct predictions' },
  { id: 'balanced_accuracy', tasks: BINARY, direction: 'higher-is-better', description: 'mean of recall on each class' },
  { id: 'precision', tasks: BINARY, direction: 'higher-is-better', description: 'TP / (TP + FP) at the threshold' },
  { id: 'recall', tasks: BINARY, direction: 'higher-is-better', description: 'TP / (TP + FN) at the threshold' },
  { id: 'f1', tasks: BINARY, direction: 'higher-is-better', description: 'harmonic mean of precision and recall' },
  { id: 'roc_auc', tasks: BINARY, direction: 'higher-is-better', description: 'area under the ROC curve' },
  { id: 'pr_auc', tasks: BINARY, direction: 'higher-is-better', description: 'average precision (area under the precision-recall curve)' },
  { id: 'log_loss', tasks: CLASSIFICATION, direction: 'lower-is-better', description: 'cross-entropy of the predicted probabilities' },
  { id: 'brier', tasks: BINARY, direction: 'lower-is-better', description: 'mean squared error of the predicted probability' },
  { id: 'ece', tasks: BINARY, direction: 'lower-is-better', description: 'expected calibration error' },
  { id: 'macro_f1', tasks: ['multiclass-classification'], direction: 'higher-is-better', description: 'unweighted mean F1 over classes' },
  { id: 'weighted_f1', tasks: ['multiclass-classification'], direction: 'higher-is-better', description: 'support-weighted mean F1 over classes' },
  { id: 'mae', tasks: REGRESSION, direction: 'lower-is-better', description: 'mean absolute error' },
  { id: 'rmse', tasks: REGRESSION, direction: 'lower-is-better', description: 'root mean squared error' },
  { id: 'r2', tasks: REGRESSION, direction: 'higher-is-better', description: 'coefficient of determination' },
  { id: 'mape', tasks: REGRESSION, direction: 'lower-is-better', description: 'mean absolute percentage error' },
];

export const FAIRNESS_METRICS: readonly MetricName[] = [
  ...['demographic_parity', 'equal_opportunity', 'equalized_odds'].flatMap((base): MetricName[] => [
    { id: `${base}_difference`, tasks: BINARY, direction: 'lower-is-better', description: `${base.replace('_', ' ')} difference between groups` },
    { id: `${base}_ratio`, tasks: BINARY, direction: 'higher-is-better', description: `${base.replace('_', ' ')} ratio between groups` },
  ]),
  ...['fpr', 'fnr', 'fdr', 'for', 'ppr', 'pprev'].map(
    (rate): MetricName => ({ id: `${rate}_disparity`, tasks: BINARY, direction: 'higher-is-better', description: `${rate.toUpperCase()} of each group over the reference group's` }),
  ),
  { id: 'mae_difference', tasks: REGRESSION, direction: 'lower-is-better', description: 'largest gap in mean absolute error between groups' },
];

export const DRIFT_METHODS = ['auto', 'ks', 'chi2', 'z', 'psi', 'jensenshannon', 'wasserstein', 'hellinger'] as const;

export function metricsForTask(table: readonly MetricName[], task: Task): MetricName[] {
  return table.filter((m) => m.tasks.includes(task));
}
