import { describe, expect, it } from 'vitest';
import { checkBound, describeBound, formatNumber, gateResult } from './bounds.js';

describe('bounds', () => {
  it('passes values inside inclusive bounds and fails the others', () => {
    expect(checkBound('roc_auc', 0.72, { min: 0.72 }).verdict).toBe('pass');
    expect(checkBound('roc_auc', 0.7199, { min: 0.72 })).toMatchObject({ verdict: 'fail', message: '0.7199 breaks the bound ≥ 0.72' });
    expect(checkBound('brier', 0.2, { max: 0.2 }).verdict).toBe('pass');
    expect(checkBound('x', 5, { min: 1, max: 4 }).message).toBe('5 breaks the bound 1 ≤ x ≤ 4');
  });

  it('errors instead of passing when the value could not be measured', () => {
    expect(checkBound('roc_auc', Number.NaN, { min: 0.5 }, 'only one class in the data')).toMatchObject({ verdict: 'error', value: null, message: 'only one class in the data' });
    expect(checkBound('roc_auc', null, { min: 0.5 }).verdict).toBe('error');
  });

  it('makes a failing gate a warning when the policy does not block', () => {
    const checks = [checkBound('a', 1, { min: 2 }), checkBound('b', 3, { min: 2 })];
    expect(gateResult('performance', checks, true)).toMatchObject({ verdict: 'fail', summary: '1 of 2 checks failed: a' });
    expect(gateResult('performance', checks, false).verdict).toBe('warn');
    expect(gateResult('performance', [checkBound('b', 3, { min: 2 })], true).summary).toBe('1 check passed');
  });

  it('formats numbers compactly', () => {
    expect(formatNumber(0.779405)).toBe('0.7794');
    expect(formatNumber(12345.678)).toBe('12350');
    expect(formatNumber(0.00012)).toBe('1.20e-4');
    expect(describeBound({ min: 0.8, max: 1.25 })).toBe('0.8 ≤ x ≤ 1.25');
  });
});
