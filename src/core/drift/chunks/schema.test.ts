import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../data/table.js';
import { validateMonitoringLogRecord } from '../../schema/validators.generated.js';
import { createRng } from '../../stats/random.js';
import { chunkRows } from './chunking.js';
import { seriesLogRecords } from './log-records.js';
import { MONITORING_SERIES_SCHEMA } from './schema.js';
import { monitoringSeries } from './series.js';

const numeric = (name: string, values: Float64Array): Column => ({ name, kind: 'numeric', values });
const table = (columns: Column[], rows: number): Table => ({ rowCount: rows, columns: new Map(columns.map((c) => [c.name, c])) });

function example() {
  const rng = createRng(3);
  const n = 400;
  const x = (rows: number) => Float64Array.from({ length: rows }, () => rng.nextFloat() * 4 - 2);
  const referenceX = x(1200);
  const referenceScore = Float64Array.from(referenceX, (v) => 1 / (1 + Math.exp(-v)));
  const referenceLabels = Uint8Array.from(referenceScore, (p) => (rng.nextFloat() < p ? 1 : 0));
  const currentX = x(n);
  const currentScore = Float64Array.from(currentX, (v) => 1 / (1 + Math.exp(-v)));
  const ids = Array.from({ length: n }, (_, i) => `id-${i}`);
  const color = (rows: number): Column => ({ name: 'color', kind: 'categorical', codes: Int32Array.from({ length: rows }, () => Math.floor(rng.nextFloat() * 4) - 1), categories: ['red', 'green', 'blue'] });
  // days 1, 2 and 4 of February (the 3rd empty), a few rows without a timestamp
  const stamps = Float64Array.from({ length: n }, (_, i) => (i % 50 === 7 ? Number.NaN : Date.UTC(2026, 1, [1, 2, 4][i % 3]!, 12)));
  return monitoringSeries({
    reference: table([numeric('x', referenceX), numeric('score', referenceScore), color(1200)], 1200),
    current: table([numeric('x', currentX), numeric('score', currentScore), color(n), { name: 'id', kind: 'categorical', codes: Int32Array.from(ids, (_, i) => i), categories: ids }], n),
    chunking: chunkRows({ by: 'period', period: 'day', timeZone: 'Europe/Berlin' }, n, stamps),
    features: [{ name: 'x', kind: 'numeric' }, { name: 'color', kind: 'categorical' }],
    prediction: 'score',
    performance: { task: 'binary-classification', score: 'score', referenceLabels },
    labels: { idColumn: 'id', rows: { ids: ids.slice(0, 200), values: Float64Array.from({ length: 200 }, (_, i) => (rng.nextFloat() < currentScore[i]! ? 1 : 0)) } },
  });
}

describe('the monitoring series schema', () => {
  const series = JSON.parse(JSON.stringify(example()));

  it('validates a series as JSON', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(MONITORING_SERIES_SCHEMA);
    expect(validate(series), JSON.stringify(validate.errors)).toBe(true);
    expect(series.chunks.map((c: { key: string; empty: boolean }) => [c.key, c.empty])).toEqual([
      ['2026-02-01', false],
      ['2026-02-02', false],
      ['2026-02-03', true],
      ['2026-02-04', false],
    ]);
    expect(series.chunking.invalidTimestamps.count).toBe(8);
  });

  it('rejects a series with a signal whose value is not a number', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(MONITORING_SERIES_SCHEMA);
    const broken = structuredClone(series);
    broken.signals[0].values[0] = 'high';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/signals/0/values/0');
  });

  it('turns into one valid monitoring-log record per chunk', () => {
    const records = seriesLogRecords(example(), {
      model: 'churn',
      version: '1.2.0',
      run: '12345-1',
      commit: 'a'.repeat(40),
      time: '2026-02-05T06:00:00Z',
      source: { digest: 'b'.repeat(64), rows: 400 },
    });
    expect(records.map((r) => r.chunk.key)).toEqual(['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04']);
    for (const record of records) expect(validateMonitoringLogRecord(JSON.parse(JSON.stringify(record))), JSON.stringify(validateMonitoringLogRecord.errors)).toBe(true);
    expect(records[2]!.chunk).toMatchObject({ empty: true, rows: 0, start: '2026-02-02T23:00:00Z', end: '2026-02-03T23:00:00Z' });
    expect(records[2]!.results['drift.x.statistic']).toBeNull();
    expect(Object.keys(records[0]!.results)).toContain('realised.roc_auc');
  });
});
