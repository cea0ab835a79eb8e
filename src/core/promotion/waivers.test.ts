import { describe, expect, it } from 'vitest';
import type { Finding } from '../report/verdict.js';
import { reviewWaivers, waiverFindings } from './waiver-review.js';
import { applyAuditWaivers, findAuditWaiver, findWaiver, waiverExpiry, type Waiver } from './waivers.js';

const waiver = (extra: Partial<Waiver> = {}): Waiver => ({
  model: 'credit-risk',
  version: '1.1.0',
  check: 'soak',
  reason: 'the artifact of 1.0.0, which soaked',
  approved_by: ['@erin'],
  expires: '2024-06-30',
  source: { file: 'modelops.yaml', line: 12 },
  ...extra,
});

describe('waivers', () => {
  it('apply through the end of their last day (UTC), or until an exact instant', () => {
    expect(new Date(waiverExpiry(waiver())).toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(new Date(waiverExpiry(waiver({ expires: '2024-06-30T12:00:00+02:00' }))).toISOString()).toBe('2024-06-30T10:00:00.000Z');
    const w = waiver();
    expect(findWaiver([w], { model: 'credit-risk', version: '1.1.0', check: 'soak', now: new Date('2024-06-30T23:59:59Z') })).toBe(w);
    expect(findWaiver([w], { model: 'credit-risk', version: '1.1.0', check: 'soak', now: new Date('2024-07-01T00:00:00Z') })).toBeUndefined();
  });

  it('waive only their check of their model and version', () => {
    const w = waiver();
    const now = new Date('2024-06-01T00:00:00Z');
    expect(findWaiver([w], { model: 'credit-risk', version: '1.2.0', check: 'soak', now })).toBeUndefined();
    expect(findWaiver([w], { model: 'credit-risk', version: '1.1.0', check: 'approvals', now })).toBeUndefined();
    expect(findWaiver([w], { model: 'churn', version: '1.1.0', check: 'soak', now })).toBeUndefined();
  });

  it('report what they lack at their line: a version, a commit or tag for audit waivers, a known check, a real date', () => {
    const findings = waiverFindings([waiver({ version: undefined }), waiver({ check: 'audit.unpromoted-change', version: undefined }), waiver({ check: 'gate.speed' }), waiver({ expires: '2024-02-31T25:00:00Z' })]);
    expect(findings.map((f) => [f.code, f.line, f.message])).toEqual([
      ['invalid-waiver', 12, 'waiver of soak for credit-risk: a waiver of soak names the version it applies to (version: 1.2.0)'],
      ['invalid-waiver', 12, 'waiver of audit.unpromoted-change for credit-risk: an audit waiver names the commit or tag whose finding it resolves (commit: <sha> or tag: <name>)'],
      ['invalid-waiver', 12, expect.stringContaining("check 'gate.speed' is not a check a waiver can name (approvals, soak, gate.performance,")],
      ['invalid-waiver', 12, "waiver of soak for credit-risk: expires '2024-02-31T25:00:00Z' is not a real date"],
    ]);
  });

  it('are listed by the audit, expired and unknown-model ones as findings', () => {
    const { reviews, findings } = reviewWaivers([waiver(), waiver({ expires: '2024-01-31' }), waiver({ model: 'gone' })], new Set(['credit-risk']), new Date('2024-02-01T00:00:00Z'));
    expect(reviews.map((r) => r.status)).toEqual(['in-force', 'expired', 'unknown-model']);
    expect(findings.map((f) => [f.severity, f.code])).toEqual([
      ['warning', 'expired-waiver'],
      ['error', 'unknown-waiver'],
    ]);
  });

  it('resolve an audit finding about their commit (an abbreviated sha) or tag, and nothing else', () => {
    const finding = (commit: string): Finding => ({ severity: 'error', category: 'policy', code: 'unpromoted-change', message: 'changed the model', commit });
    const w = waiver({ check: 'audit.unpromoted-change', version: undefined, commit: 'abcdef123456', expires: '2099-01-01' });
    const now = new Date('2024-01-01T00:00:00Z');
    expect(findAuditWaiver([w], 'credit-risk', finding('abcdef1234567890abcdef1234567890abcdef12'), now)).toBe(w);
    expect(findAuditWaiver([w], 'credit-risk', finding('0000001234567890abcdef1234567890abcdef12'), now)).toBeUndefined();
    expect(findAuditWaiver([w], 'credit-risk', { ...finding('abcdef1234567890abcdef1234567890abcdef12'), code: 'tag-moved' }, now)).toBeUndefined();
    const findings = [finding('abcdef1234567890abcdef1234567890abcdef12'), finding('0000001234567890abcdef1234567890abcdef12')];
    const listed = applyAuditWaivers('credit-risk', findings, reviewWaivers([w], new Set(['credit-risk']), now).reviews, now);
    expect(findings.map((f) => f.severity)).toEqual(['info', 'error']);
    expect(findings[0]!.message).toBe('changed the model — waived by modelops.yaml:12 (approved by @erin, until 2099-01-01): the artifact of 1.0.0, which soaked');
    expect(listed).toEqual([expect.objectContaining({ check: 'audit.unpromoted-change', commit: 'abcdef123456', status: 'in-force', file: 'modelops.yaml', line: 12 })]);
  });
});
