// Names a manifest may use in gate bounds, per task, each from the registry of its implementations: performance
// metrics (one file each), fairness aggregates (fairness/aggregates.ts's spec tables), drift tests
// (drift/methods/registry.ts). Validation reads these tables so a typo in a bound is caught before any model runs.
import type { Task } from '../manifest/manifest.js';
import type { Direction } from './metric.js';
import { METRICS } from './registry.js';
import { DRIFT_TEST_IDS } from '../drift/methods/registry.js';
import { BINARY_AGGREGATES, DISPARITIES, MAE_DIFFERENCE } from '../fairness/aggregates.js';

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

/** The fairness aggregates: Fairlearn's (one name per id, whatever the method and agg), Aequitas' disparities, and the regression one. */
export const FAIRNESS_METRICS: readonly MetricName[] = [
  ...[...new Map(BINARY_AGGREGATES.map((spec) => [spec.id, spec.comparison])).entries()].map(([id, comparison]): MetricName => {
    const base = id.slice(0, -`_${comparison}`.length);
    return { id, tasks: BINARY, direction: comparison === 'difference' ? 'lower-is-better' : 'higher-is-better', description: `${base.replace('_', ' ')} ${comparison} between groups` };
  }),
  ...DISPARITIES.map(({ id }): MetricName => ({ id, tasks: BINARY, direction: 'higher-is-better', description: `${id.replace(/_disparity$/, '').toUpperCase()} of each group over the reference group's` })),
  { id: MAE_DIFFERENCE, tasks: REGRESSION, direction: 'lower-is-better', description: 'largest gap in mean absolute error between groups' },
];

/** gates.drift.method: 'auto' or a registered test. */
export const DRIFT_METHODS = ['auto', ...DRIFT_TEST_IDS] as const;

/** The entries of `table` that apply to `task` (for performance metrics alone, registry.ts's `metricsForTask(task)` also gives the definitions). */
export function metricsForTask(table: readonly MetricName[], task: Task): MetricName[] {
  return table.filter((m) => m.tasks.includes(task));
}
