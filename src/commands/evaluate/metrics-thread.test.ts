import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../core/evaluation/metrics.js';
import type { BinaryInput } from '../../core/metrics/metric.js';
import type { SpareThread } from '../../io/data/csv-threads.js';
import { readCsvTable } from '../../io/data/csv.js';
import { cat, num, scratchFiles } from '../../testing/tables.js';
import { THREADED_METRICS_MIN_ROWS, evaluationMetrics } from './metrics-thread.js';

const csvFile = scratchFiles('modelops-metrics-thread-', '.csv').write;

/** The worker of a small CSV read on two threads (the split forced), handed on. */
async function readThread(): Promise<SpareThread> {
  const path = csvFile(`a,b\n${Array.from({ length: 60 }, (_, i) => `${i},${i % 2 ? 'p' : 'q'}`).join('\n')}\n`);
  let kept: SpareThread | undefined;
  await readCsvTable(path, [num('a'), cat('b')], { threads: 1, splitAt: 120, keepThread: (thread) => (kept = thread) });
  if (!kept) throw new Error('the read did not use its worker');
  return kept;
}

/** Seeded rows: float32 scores (as a model's), ties across the classes, about 45% positive. */
function binaryInput(rows: number): BinaryInput {
  let state = 987654321;
  const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  const yTrue = new Uint8Array(rows);
  const score = new Float64Array(rows);
  const yPred = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = next();
    score[i] = i % 9 === 0 ? Math.round(r * 20) / 20 : Math.fround(r);
    yTrue[i] = next() < score[i]! * 0.9 ? 1 : 0;
    yPred[i] = score[i]! >= 0.5 ? 1 : 0;
  }
  return { task: 'binary-classification', yTrue, score, yPred };
}

describe('evaluationMetrics: the ranking sorts on the read worker', () => {
  const input = binaryInput(THREADED_METRICS_MIN_ROWS + 1000);
  const alone = JSON.stringify(computeMetrics(input));

  it('gives computeMetrics\'s values and problems, in its order, bit for bit, with the worker and without', async () => {
    const thread = await readThread();
    try {
      let sorts = 0;
      const counted: SpareThread = { sort: (values) => (sorts++, thread.sort(values)), close: () => thread.close() };
      expect(JSON.stringify(await evaluationMetrics(input, counted))).toBe(alone);
      expect(sorts).toBe(2);
      // a second input on the same worker, with one class only: roc_auc undefined as computeMetrics says
      const negatives: BinaryInput = { ...input, yTrue: new Uint8Array(input.yTrue.length) };
      expect(JSON.stringify(await evaluationMetrics(negatives, counted))).toBe(JSON.stringify(computeMetrics(negatives)));
      expect(sorts).toBe(4);
      // a probability outside [0, 1]: each probability metric reports its own error, the ranking ones have values
      const above: BinaryInput = { ...input, score: Float64Array.from(input.score!, (p, i) => (i === 1234 ? 1.25 : p)) };
      const result = await evaluationMetrics(above, counted);
      expect(JSON.stringify(result)).toBe(JSON.stringify(computeMetrics(above)));
      expect(result.problems.log_loss).toContain('log_loss');
      expect(result.values.roc_auc).not.toBeNull();
    } finally {
      thread.close();
    }
    expect(JSON.stringify(await evaluationMetrics(input, undefined))).toBe(alone);
  });

  it('leaves rows a ranking metric rejects, small inputs and a failed worker to computeMetrics', async () => {
    let sorts = 0;
    const failing: SpareThread = {
      sort: () => (sorts++, Promise.reject(new Error('the CSV worker exited (code 1)'))),
      close: () => undefined,
    };
    expect(JSON.stringify(await evaluationMetrics(input, failing))).toBe(alone);
    expect(sorts).toBe(2);
    const bad: BinaryInput = { ...input, score: Float64Array.from(input.score!) };
    bad.score![THREADED_METRICS_MIN_ROWS - 5] = Number.NaN;
    const result = await evaluationMetrics(bad, failing);
    expect(JSON.stringify(result)).toBe(JSON.stringify(computeMetrics(bad)));
    expect(result.problems.roc_auc).toContain(`score[${THREADED_METRICS_MIN_ROWS - 5}]`);
    const small = binaryInput(5000);
    expect(JSON.stringify(await evaluationMetrics(small, failing))).toBe(JSON.stringify(computeMetrics(small)));
    expect(sorts).toBe(2);
  });
});
