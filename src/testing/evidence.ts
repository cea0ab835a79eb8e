// Test helper: a complete promotion evidence document to vary.
import type { Evidence } from '../core/promotion/evidence.js';
import { buildReport } from '../core/report/build.js';

export function sampleEvidence(overrides: Partial<Evidence> = {}): Evidence {
  const report = buildReport({
    command: 'gate',
    toolVersion: '0.1.0',
    root: '.',
    findings: [],
    models: [
      {
        name: 'credit-risk',
        manifest: 'models/credit-risk/model.yaml',
        version: '1.1.0',
        stage: 'production',
        verdict: 'pass',
        findings: [],
        gates: [
          { gate: 'performance', verdict: 'pass', blocking: true, summary: '2 checks passed', checks: [] },
          { gate: 'champion', verdict: 'pass', blocking: true, summary: 'no regression', checks: [] },
        ],
      },
    ],
    now: new Date('2024-04-01T09:00:00Z'),
  });
  return {
    apiVersion: 'modelops/v1',
    kind: 'Evidence',
    action: 'assign',
    tag: 'credit-risk#production#4',
    model: 'credit-risk',
    version: '1.1.0',
    stage: 'production',
    commit: 'a'.repeat(40),
    mergeCommit: 'a'.repeat(40),
    range: { from: 'b'.repeat(40), to: 'a'.repeat(40) },
    manifest: { path: 'models/credit-risk/model.yaml', blob: 'c'.repeat(40), contentDigest: 'd'.repeat(64) },
    files: [{ role: 'artifact', path: 'models/credit-risk/model-v1.onnx', sha256: 'e'.repeat(64), blob: 'f'.repeat(40) }],
    previous: { version: '1.0.0', stage: 'production' },
    pullRequest: { number: 12, author: 'alice', approvers: ['bob', 'carol'] },
    workflowRun: 'https://github.com/o/r/actions/runs/9',
    verdict: 'pass',
    gates: [
      { gate: 'performance', verdict: 'pass', blocking: true },
      { gate: 'champion', verdict: 'pass', blocking: true },
    ],
    createdAt: '2024-04-01T09:00:00.000Z',
    tool: { name: 'modelops', version: '0.1.0' },
    report,
    ...overrides,
  };
}
