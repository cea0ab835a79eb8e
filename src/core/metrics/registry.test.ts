import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PERFORMANCE_METRICS, metricsForTask as namesForTask } from './known.js';
import { MetricError, type MetricDefinition, type MetricInput } from './metric.js';
import { METRICS, metricById, metricsForTask } from './registry.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCES = readdirSync(HERE).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

const EMPTY: Record<MetricInput['task'], MetricInput> = {
  'binary-classification': { task: 'binary-classification', yTrue: new Uint8Array(0), yPred: new Uint8Array(0), score: new Float64Array(0) },
  'multiclass-classification': { task: 'multiclass-classification', yTrue: new Int32Array(0), yPred: new Int32Array(0), classCount: 3, probabilities: new Float64Array(0) },
  regression: { task: 'regression', yTrue: new Float64Array(0), yPred: new Float64Array(0) },
};

function thrown(metric: MetricDefinition, input: MetricInput): MetricError {
  try {
    metric.compute(input);
  } catch (error) {
    if (error instanceof MetricError) return error;
    throw error;
  }
  throw new Error(`${metric.id} returned instead of throwing`);
}

describe('metric registry', () => {
  it('holds the performance metrics under their manifest ids, in schema order', () => {
    expect(METRICS.map((m) => m.id)).toEqual([
      'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'pr_auc', 'log_loss', 'brier', 'ece',
      'macro_f1', 'weighted_f1', 'mae', 'rmse', 'r2', 'mape',
    ]);
  });

  it('is the one list known.ts gives validation and the schema', () => {
    expect(PERFORMANCE_METRICS).toBe(METRICS);
    expect(namesForTask(PERFORMANCE_METRICS, 'regression').map((m) => m.id)).toEqual(['mae', 'rmse', 'r2', 'mape']);
  });

  it('finds a metric by id and lists the metrics of a task', () => {
    expect(metricById('roc_auc')?.needs).toBe('scores');
    expect(metricById('roc_aux')).toBeUndefined();
    expect(metricsForTask('binary-classification').map((m) => m.id)).toEqual(['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'pr_auc', 'log_loss', 'brier', 'ece']);
    expect(metricsForTask('multiclass-classification').map((m) => m.id)).toEqual(['accuracy', 'log_loss', 'macro_f1', 'weighted_f1']);
    expect(metricsForTask('regression').map((m) => m.id)).toEqual(['mae', 'rmse', 'r2', 'mape']);
  });

  it('registers every metric defined in this folder (one file + one line)', async () => {
    for (const file of SOURCES) {
      const module = (await import(/* @vite-ignore */ pathToFileURL(join(HERE, file)).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (value && typeof value === 'object' && 'compute' in value && 'id' in value) {
          expect(METRICS, `${file} exports ${name}, which registry.ts does not list`).toContain(value);
        }
      }
    }
  });

  it('keeps metric code pure: no node: or io imports', () => {
    for (const file of SOURCES) {
      const imports = [...readFileSync(join(HERE, file), 'utf8').matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
      expect(imports.filter((source) => source.startsWith('node:') || source.includes('/io/') || !source.startsWith('.')), file).toEqual([]);
    }
  });
});

describe('inputs a metric cannot evaluate', () => {
  it.each(METRICS.map((m) => [m.id, m] as const))('%s rejects empty data', (_id, metric) => {
    const error = thrown(metric, EMPTY[metric.tasks[0]!]);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/no rows to evaluate/);
  });

  it.each(METRICS.map((m) => [m.id, m] as const))('%s rejects an input of another task', (_id, metric) => {
    const other = (['binary-classification', 'multiclass-classification', 'regression'] as const).find((task) => !metric.tasks.includes(task))!;
    expect(thrown(metric, EMPTY[other]).message).toMatch(new RegExp(`^${metric.id}: applies to .*, not ${other}$`));
  });

  it('rejects columns of different lengths', () => {
    const input: MetricInput = { task: 'binary-classification', yTrue: Uint8Array.from([0, 1]), yPred: Uint8Array.from([0]), score: Float64Array.from([0.1, 0.9]) };
    expect(thrown(metricById('accuracy')!, input).message).toBe('accuracy: yPred has 1 rows, yTrue has 2');
    const scores: MetricInput = { ...input, yPred: Uint8Array.from([0, 1]), score: Float64Array.from([0.1]) };
    expect(thrown(metricById('roc_auc')!, scores).message).toBe('roc_auc: score has 1 rows, yTrue has 2');
    const matrix: MetricInput = { task: 'multiclass-classification', yTrue: Int32Array.from([0, 1]), yPred: Int32Array.from([0, 1]), classCount: 2, probabilities: Float64Array.from([1, 0, 0]) };
    expect(thrown(metricById('log_loss')!, matrix).message).toMatch(/probabilities has 3 values; 2 rows × 2 classes needs 4/);
  });

  it('reports a score metric on a label-only model as missing input, not as an error in the data', () => {
    const labelsOnly: MetricInput = { task: 'binary-classification', yTrue: Uint8Array.from([0, 1]), yPred: Uint8Array.from([0, 1]) };
    for (const metric of metricsForTask('binary-classification')) {
      if (metric.needs === 'labels') expect(Number.isFinite(metric.compute(labelsOnly))).toBe(true);
      else expect(thrown(metric, labelsOnly).code).toBe('missing-input');
    }
    const multiclassLabelsOnly: MetricInput = { task: 'multiclass-classification', yTrue: Int32Array.from([0, 1]), yPred: Int32Array.from([0, 1]), classCount: 2 };
    expect(thrown(metricById('log_loss')!, multiclassLabelsOnly).code).toBe('missing-input');
  });

  it('rejects non-finite scores before sorting them', () => {
    const input: MetricInput = { task: 'binary-classification', yTrue: Uint8Array.from([0, 1]), yPred: Uint8Array.from([0, 1]), score: Float64Array.from([0.1, Number.NaN]) };
    expect(thrown(metricById('roc_auc')!, input).message).toBe('roc_auc: score[1] is NaN; expected a finite number');
    expect(thrown(metricById('pr_auc')!, input).code).toBe('invalid-input');
    expect(thrown(metricById('log_loss')!, input).code).toBe('invalid-input');
  });

  it('reports an overflowing result as an error, never Infinity', () => {
    const input: MetricInput = { task: 'regression', yTrue: Float64Array.from([0, 1e200]), yPred: Float64Array.from([1e200, 0]) };
    expect(thrown(metricById('rmse')!, input).message).toMatch(/^rmse: the result is Infinity/);
  });

  it('rejects a classCount below 2', () => {
    const input: MetricInput = { task: 'multiclass-classification', yTrue: Int32Array.from([0]), yPred: Int32Array.from([0]), classCount: 1 };
    expect(thrown(metricById('macro_f1')!, input).message).toMatch(/classCount must be an integer of at least 2/);
  });
});
