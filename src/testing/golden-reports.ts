// The golden reports (src/core/report/render/golden/*.report.json) as test inputs: real reports of the
// example repository, read instead of re-running the commands in every renderer test.
// scripts/write-golden-reports.test.ts checks they are still what the commands report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../core/report/model.js';

export const GOLDEN_REPORTS = join(import.meta.dirname, '..', 'core', 'report', 'render', 'golden');

export type GoldenReportName = 'validate-pass' | 'validate-error' | 'gate-warn' | 'gate-pull-request-fail' | 'drift-drifted';

/**
 * A fresh copy of a golden report: `gate-warn` is `modelops gate` on example-repo/ as it is (v1 in
 * production, no champion to compare with); `gate-pull-request-fail` a pull request that lowers the
 * threshold as 1.1.0 against v1.0.0 in production (champion comparison, fairness of both).
 */
export function goldenReport(name: GoldenReportName): Report {
  return JSON.parse(readFileSync(join(GOLDEN_REPORTS, `${name}.report.json`), 'utf8')) as Report;
}
