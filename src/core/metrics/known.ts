// Names a manifest may use in gate bounds, per task. Performance metric names come from the registry of
// implementations (one file each); validation reads these tables so a typo in a bound is caught before any model runs.
import type { Task } from '../manifest/manifest.js';
import type { Direction } from './metric.js';
import { METRICS } from './registry.js';
import { DRIFT_TEST_IDS } from '../drift/methods/registry.js';

export type { Direction } from './metric.js';

export interface MetricName {
  id: string;
  tasks: readonly Task[];
  direction: Direction;
  description: string;
}

const BINARY: readonly Task[] = ['binary-classification'];
const REGRESSION: readonly Task[] = ['regression'];

/** The performance metrics: the registry's definitions (each also has `needs` and `compute`). */
export const PERFORMANCE_METRICS: readonly MetricName[] = METRICS;

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

/** gates.drift.method: 'auto' or a registered test. */
export const DRIFT_METHODS = ['auto', ...DRIFT_TEST_IDS] as const;

/** The entries of `table` that apply to `task` (for performance metrics alone, registry.ts's `metricsForTask(task)` also gives the definitions). */
export function metricsForTask(table: readonly MetricName[], task: Task): MetricName[] {
  return table.filter((m) => m.tasks.includes(task));
}
