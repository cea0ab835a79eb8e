// Every performance metric, under its stable id. Validation, gates and reports read this list
// (known.ts's PERFORMANCE_METRICS is this list). Adding a metric = one file + one line below.
//
// Inputs that yield no number — the policy every metric follows:
// - A metric never returns NaN. It returns a finite number or throws a MetricError whose `code` says
//   why and whose message says what to do; the caller reports it (an `error` or `skipped` verdict).
// - `invalid-input`: no rows; lengths that differ; a label other than 0/1 or a class index outside
//   0..classCount-1; a non-finite score or regression value; a probability outside [0, 1]; a
//   multiclass probability row that does not sum to 1 (±1e-3); an input of a task the metric is not for.
// - `missing-input`: a score/probability metric given an input without scores (label-only model).
// - `undefined`: the data are valid but the metric has no value on them and scikit-learn has no
//   convention for one: roc_auc with only one class present (scikit-learn raises too); pr_auc with
//   no positive row (recall is 0/0).
// - Where scikit-learn's defaults do define a value by convention, we return the same value:
//   precision with no predicted positive, recall with no positive row, F1 with TP = FP = FN = 0 → 0
//   (zero_division="warn" returns 0); balanced_accuracy with one class in yTrue → recall of that class;
//   macro_f1 averages over the classes present in yTrue or yPred; r2 with constant yTrue → 1 for a
//   perfect fit, else 0 (force_finite=True); log_loss clips to [eps, 1 − eps]; mape divides by
//   max(|y|, eps). A binary log_loss with one class present is defined here (the classes are 0 and 1
//   by construction; scikit-learn needs `labels=[0, 1]` for it).
import type { Task } from '../manifest/manifest.js';
import { accuracy } from './accuracy.js';
import { balancedAccuracy } from './balanced-accuracy.js';
import { brier } from './brier.js';
import { ece } from './ece.js';
import { f1 } from './f1.js';
import { logLoss } from './log-loss.js';
import { macroF1 } from './macro-f1.js';
import { mae } from './mae.js';
import { mape } from './mape.js';
import type { MetricDefinition } from './metric.js';
import { prAuc } from './pr-auc.js';
import { precision } from './precision.js';
import { r2 } from './r2.js';
import { recall } from './recall.js';
import { rmse } from './rmse.js';
import { rocAuc } from './roc-auc.js';
import { weightedF1 } from './weighted-f1.js';

/** In the order schemas/model.schema.json lists them. */
export const METRICS: readonly MetricDefinition[] = Object.freeze([
  accuracy,
  balancedAccuracy,
  precision,
  recall,
  f1,
  rocAuc,
  prAuc,
  logLoss,
  brier,
  ece,
  macroF1,
  weightedF1,
  mae,
  rmse,
  r2,
  mape,
]);

const BY_ID: ReadonlyMap<string, MetricDefinition> = new Map(METRICS.map((metric) => [metric.id, metric]));

export function metricById(id: string): MetricDefinition | undefined {
  return BY_ID.get(id);
}

export function metricsForTask(task: Task): MetricDefinition[] {
  return METRICS.filter((metric) => metric.tasks.includes(task));
}
