import { describe, expect, it } from 'vitest';
import { modelJsonInReport, reportJsonChunks, reportJsonFrom } from './json.js';

const whole = (report: unknown) => `${JSON.stringify(report, null, 2)}\n`;

describe('reportJsonFrom', () => {
  const reports = {
    'no models': { apiVersion: 'modelops/v1', findings: [], models: [] },
    'nested models, keys after models': {
      kind: 'Report',
      findings: [{ code: 'x', message: 'two\nlines "quoted"', models: [] }],
      models: [{ name: 'a', findings: [{ models: [1, 2], at: { line: 3 } }], gates: [], empty: {} }, { name: 'b', skipped: undefined, n: -0, deep: [[[]], [{}]] }],
      audit: { models: ['a'], range: { from: 1, to: 2 } },
    },
    'a model that is a string and one that is null': { models: ['\n  "models": []', null] },
  };
  for (const [label, report] of Object.entries(reports)) {
    it(`is JSON.stringify(report, null, 2) and a newline: ${label}`, () => {
      expect(reportJsonFrom(report, modelJsonInReport)).toBe(whole(report));
    });
  }

  it('takes each model text from the callback, in order', () => {
    const report: { models: number[]; after: boolean } = { models: [1, 2, 3], after: true };
    const text = reportJsonFrom(report, (m) => `M${String(m)}`);
    expect(text).toBe('{\n  "models": [\n    M1,\n    M2,\n    M3\n  ],\n  "after": true\n}\n');
  });

  it('comes in chunks of whole models that join to the same text', () => {
    const report = { kind: 'Report', models: Array.from({ length: 50 }, (_, i) => ({ name: `m${i}`, findings: [{ code: 'c', line: i }] })), after: [1] };
    const chunks = [...reportJsonChunks(report, modelJsonInReport, 500)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(whole(report));
    // Every chunk but the last holds whole models: it ends where a model's text ends.
    for (const chunk of chunks.slice(0, -1)) expect(chunk.endsWith('\n    }')).toBe(true);
  });
});
