// A measured value against its declared bounds, and a gate made of such checks.
import type { Bound } from '../manifest/manifest.js';
import { worstVerdict, type GateCheck, type GateResult, type Verdict } from '../report/verdict.js';

/** Significant digits that keep metric values readable and still show a failing margin. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}

export function describeBound(bound: Bound): string {
  if (bound.min !== undefined && bound.max !== undefined) return `${formatNumber(bound.min)} ≤ x ≤ ${formatNumber(bound.max)}`;
  if (bound.min !== undefined) return `≥ ${formatNumber(bound.min)}`;
  return `≤ ${formatNumber(bound.max!)}`;
}

export function isWithin(value: number, bound: Bound): boolean {
  return (bound.min === undefined || value >= bound.min) && (bound.max === undefined || value <= bound.max);
}

/** `value` null or NaN means it could not be measured on this data: the check errors, it never passes silently. */
export function checkBound(name: string, value: number | null | undefined, bound: Bound, why?: string): GateCheck {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return { name, verdict: 'error', value: null, bound, message: why ?? `${name} could not be computed on this data` };
  }
  const pass = isWithin(value, bound);
  return {
    name,
    verdict: pass ? 'pass' : 'fail',
    value,
    bound,
    message: `${formatNumber(value)} ${pass ? 'meets' : 'breaks'} the bound ${describeBound(bound)}`,
  };
}

/**
 * A gate's verdict: a failing check fails the gate when the policy blocks on it, else it warns.
 * Checks that error (could not be measured) make the gate an error either way.
 */
export function gateResult(gate: string, checks: GateCheck[], blocking: boolean, summary?: string): GateResult {
  const worst: Verdict = worstVerdict(checks.map((c) => c.verdict));
  const verdict: Verdict = worst === 'fail' && !blocking ? 'warn' : worst;
  const failed = checks.filter((c) => c.verdict === 'fail' || c.verdict === 'error');
  const text =
    summary ??
    (checks.length === 0
      ? 'nothing to check'
      : failed.length === 0
        ? `${checks.length} check${checks.length === 1 ? '' : 's'} passed`
        : `${failed.length} of ${checks.length} checks failed: ${failed.map((c) => c.name).join(', ')}`);
  return { gate, verdict, blocking, summary: text, checks };
}
