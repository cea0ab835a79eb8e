import { describe, expect, it } from 'vitest';
import { applyGateAndChecklistWaivers, enforcementOf, enforcementText } from './enforcement.js';
import { DEFAULT_POLICY } from '../manifest/policy.js';
import type { GateResult, ModelResult } from '../report/model.js';
import type { Waiver } from './waivers.js';

const gate = (name: string, verdict: GateResult['verdict'], summary = `${name} ${verdict}`): GateResult => ({ gate: name, verdict, blocking: true, summary, checks: [] });
const model = (gates: GateResult[]): ModelResult => ({
  name: 'credit-risk',
  manifest: 'models/credit-risk/model.yaml',
  version: '1.1.0',
  stage: 'staging',
  verdict: 'fail',
  findings: [{ severity: 'error', category: 'policy', code: 'checklist', message: 'checklist item data.labels-verified is not answered (required for stage staging): Were the labels verified?' }],
  gates,
  checklist: {
    total: 2,
    required: 2,
    satisfiedRequired: 1,
    verified: 0,
    items: [
      { id: 'data.labels-verified', section: 'data', question: 'Were the labels verified?', required: true, status: 'unanswered', satisfied: false },
      { id: 'problem.statement', section: 'problem', question: 'Is the problem stated?', required: true, status: 'answered', satisfied: true },
    ],
  },
});
const waiver = (check: string): Waiver => ({ model: 'credit-risk', version: '1.1.0', check, reason: 'accepted by the model-risk board', approved_by: ['@erin'], expires: '2024-06-30', source: { file: 'modelops.yaml', line: 20 } });
const staging = DEFAULT_POLICY.stages.staging;

describe('enforcement', () => {
  it('records each requirement of the stage: met, unmet, not checked here', () => {
    const m = model([gate('performance', 'pass'), gate('robustness', 'fail')]);
    const record = enforcementOf({ model: m, stage: 'staging', rules: staging, context: 'command-line', waivers: [] });
    expect(record.requirements.map((r) => [r.check, r.status])).toEqual([
      ['approvals', 'not-checked'],
      ['soak', 'not-required'],
      ['checklist', 'unmet'],
      ['gate.performance', 'met'],
      ['gate.robustness', 'unmet'],
    ]);
    expect(record.requirements[2]!.detail).toBe('1 of 2 required items satisfied; missing: data.labels-verified');
    expect(enforcementText(record)).toBe(
      'checked here for staging: checklist unmet, gate.performance met, gate.robustness unmet; not checked: approvals (not evaluated: the model did not reach this check (see its findings))',
    );
  });

  it('calls a required gate the manifest does not declare unmet, and one never run not checked', () => {
    const evaluated = { ...model([gate('performance', 'pass')]), evaluation: { dataset: 'e.csv', rows: 10, metrics: {} } };
    const rules = { ...staging, gates: ['performance' as const, 'fairness' as const] };
    expect(enforcementOf({ model: evaluated, stage: 'staging', rules, context: 'promotion', waivers: [] }).requirements.at(-1)).toEqual({ check: 'gate.fairness', status: 'unmet', detail: 'the manifest declares no gates.fairness, which the stage requires' });
    expect(enforcementOf({ model: model([]), stage: 'staging', rules, context: 'promotion', waivers: [] }).requirements.at(-1)!.status).toBe('not-checked');
  });

  it('lets a failing gate and an unmet checklist item pass as warnings when a waiver in force names them', () => {
    const m = model([gate('performance', 'pass'), gate('robustness', 'fail')]);
    const waivers = [waiver('gate.robustness'), waiver('checklist.data.labels-verified')];
    const used = applyGateAndChecklistWaivers(m, { waivers, now: new Date('2024-06-01T00:00:00Z') });
    expect(used).toEqual(waivers);
    expect(m.gates[1]).toMatchObject({ verdict: 'warn', summary: 'waived by modelops.yaml:20 (approved by @erin, until 2024-06-30): accepted by the model-risk board — robustness fail' });
    expect(m.findings[0]!.severity).toBe('warning');
    expect(m.verdict).toBe('warn');
    const record = enforcementOf({ model: m, stage: 'staging', rules: staging, context: 'promotion', waivers: used });
    expect(record.requirements.filter((r) => r.status === 'waived').map((r) => r.check)).toEqual(['checklist', 'gate.robustness']);
    expect(record.waivers.map((w) => [w.check, w.line])).toEqual([
      ['gate.robustness', 20],
      ['checklist.data.labels-verified', 20],
    ]);
  });

  it('waives nothing once the waiver has expired, and never an input error', () => {
    const expired = model([gate('robustness', 'fail')]);
    expect(applyGateAndChecklistWaivers(expired, { waivers: [waiver('gate.robustness')], now: new Date('2024-07-01T00:00:00Z') })).toEqual([]);
    expect(expired.gates[0]!.verdict).toBe('fail');
    const broken = model([gate('robustness', 'error')]);
    expect(applyGateAndChecklistWaivers(broken, { waivers: [waiver('gate.robustness')], now: new Date('2024-06-01T00:00:00Z') })).toEqual([]);
    expect(broken.gates[0]!.verdict).toBe('error');
  });
});
