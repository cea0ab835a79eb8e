// The golden reports are what the commands report today: re-run on the example repository (measured
// timings aside, which write-golden-reports.ts keeps), each equals its file. The renderer tests read
// these files instead of gating the example repository themselves, so this is what keeps them real.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/core/report/model.js';
import { GOLDEN_REPORTS } from '../src/testing/golden-reports.js';
import { goldenReports, keepMeasurements } from './write-golden-reports.js';

describe('the golden reports', () => {
  it('are what validate, gate and drift report on the example repository now (node --import tsx scripts/write-golden-reports.ts rewrites them)', async () => {
    const fresh = await goldenReports();
    for (const [name, report] of Object.entries(fresh)) {
      const golden = JSON.parse(readFileSync(join(GOLDEN_REPORTS, `${name}.report.json`), 'utf8')) as Report;
      expect(keepMeasurements(report, golden), name).toEqual(golden);
    }
    expect(Object.keys(fresh).length).toBe(5);
  });
});
