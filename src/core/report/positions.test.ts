import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateResult } from './verdict.js';
import { parseYamlSource } from '../manifest/yaml-source.js';
import { EXAMPLE_REPO, lineOf, MANIFEST } from '../../testing/repos.js';
import { placeGateChecks } from './positions.js';

const text = readFileSync(join(EXAMPLE_REPO, MANIFEST), 'utf8');
const parsed = parseYamlSource(text, MANIFEST);
if (!parsed.ok) throw new Error('the example manifest parses');
const gate = (name: string, checks: GateResult['checks']): GateResult => ({ gate: name, verdict: 'fail', blocking: true, summary: '', checks });

describe('placeGateChecks', () => {
  it('puts each check on the line of the field its pointer names, not on the gate', () => {
    const gates = [
      gate('fairness', [{ name: 'demographic_parity_ratio (sex)', verdict: 'fail', pointer: '/gates/fairness/metrics/demographic_parity_ratio' }]),
      gate('performance', [{ name: 'latency p95 (ms)', verdict: 'fail', pointer: '/gates/performance/latency_ms/p95' }]),
      gate('champion', [{ name: 'accuracy', verdict: 'fail', pointer: '/gates/champion/metrics/1' }]),
    ];
    placeGateChecks(gates, parsed.source);
    expect(gates.map((g) => g.checks[0]!.line)).toEqual([lineOf(text, 'demographic_parity_ratio:'), lineOf(text, '      p95: {max: 50}'), lineOf(text, 'metrics: [roc_auc, accuracy]')]);
    expect(gates[0]!.checks[0]!.column).toBe(7);
  });

  it("falls back to the gate's own line, and approvals to the stage", () => {
    const gates = [gate('robustness', [{ name: 'noise: finite outputs', verdict: 'fail' }]), gate('approvals', [{ name: 'approvals', verdict: 'fail' }])];
    placeGateChecks(gates, parsed.source);
    expect(gates.map((g) => [g.checks[0]!.pointer, g.checks[0]!.line])).toEqual([
      ['/gates/robustness', lineOf(text, '  robustness:')],
      ['/stage', lineOf(text, 'stage: production')],
    ]);
  });
});
