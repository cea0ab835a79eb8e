// Waivers as written: the checks a waiver may name (the gates among them from the section registry), the
// problems of a waiver itself, and the audit's review of them (in force, expired, naming no model). Above
// the registry, unlike the matching in `waivers.ts`, which approvals and enforcement use below it. Pure.
import { GATE_KINDS } from '../report/sections.js';
import type { Finding } from '../report/verdict.js';
import { waiverExpiry, waiverInForce, type Waiver, type WaiverReview } from './waivers.js';

export const WAIVABLE_CHECKS: readonly string[] = ['approvals', 'soak', ...GATE_KINDS.map((g) => `gate.${g}`), 'checklist.<item id>', 'audit.<finding code>'];
/** What the schema accepts; whether the check exists is `knownCheck` (an unknown one is a finding with its line, not a broken policy). */
export const WAIVER_CHECK_PATTERN = '^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9.-]*)?$';
const KNOWN_CHECK = new RegExp(`^(approvals|soak|gate\\.(${GATE_KINDS.join('|')})|checklist\\.[a-z0-9-]+\\.[a-z0-9-]+|audit\\.[a-z][a-z0-9-]*)$`);
export const knownCheck = (check: string): boolean => KNOWN_CHECK.test(check);

/**
 * Problems of the waivers themselves, beyond the schema: a promotion waiver without a version, an
 * audit waiver that names neither a commit nor a tag, an expiry that is not a real date.
 */
export function waiverProblems(waiver: Waiver): string[] {
  const problems: string[] = [];
  if (!knownCheck(waiver.check)) problems.push(`check '${waiver.check}' is not a check a waiver can name (${WAIVABLE_CHECKS.join(', ')})`);
  const audit = waiver.check.startsWith('audit.');
  if (!audit && waiver.version === undefined) problems.push(`a waiver of ${waiver.check} names the version it applies to (version: 1.2.0)`);
  if (audit && waiver.commit === undefined && waiver.tag === undefined) problems.push(`an audit waiver names the commit or tag whose finding it resolves (commit: <sha> or tag: <name>)`);
  if (Number.isNaN(waiverExpiry(waiver))) problems.push(`expires '${waiver.expires}' is not a real date`);
  return problems;
}

/** Findings for the waivers' own problems, at their lines (validate reports them; audit too). */
export function waiverFindings(waivers: readonly Waiver[]): Finding[] {
  return waivers.flatMap((waiver) =>
    waiverProblems(waiver).map((message) => ({
      severity: 'error' as const,
      category: 'policy' as const,
      code: 'invalid-waiver',
      message: `waiver of ${waiver.check} for ${waiver.model}: ${message}`,
      ...(waiver.source ? { file: waiver.source.file, ...(waiver.source.line !== undefined ? { line: waiver.source.line } : {}) } : {}),
      hint: 'a waiver names model, version (or commit/tag for audit.<code>), check, reason, approved_by and expires',
    })),
  );
}

/** The audit's view of the waivers: each one in force, expired, or naming a model the repository does not have; expired and unknown ones are findings. */
export function reviewWaivers(waivers: readonly Waiver[], knownModels: ReadonlySet<string>, now: Date): { reviews: WaiverReview[]; findings: Finding[] } {
  const reviews: WaiverReview[] = [];
  const findings: Finding[] = [];
  for (const waiver of waivers) {
    const at = { ...(waiver.source ? { file: waiver.source.file, ...(waiver.source.line !== undefined ? { line: waiver.source.line } : {}) } : {}) };
    if (waiverProblems(waiver).length > 0) {
      reviews.push({ waiver, status: 'invalid' });
      findings.push(...waiverFindings([waiver]));
    } else if (!knownModels.has(waiver.model)) {
      reviews.push({ waiver, status: 'unknown-model' });
      findings.push({ severity: 'error', category: 'policy', code: 'unknown-waiver', message: `the waiver of ${waiver.check} names model ${waiver.model}, which has no manifest or registry tag: it waives nothing`, ...at, hint: 'correct the model name, or remove the waiver' });
    } else if (!waiverInForce(waiver, now)) {
      reviews.push({ waiver, status: 'expired' });
      findings.push({ severity: 'warning', category: 'policy', code: 'expired-waiver', message: `the waiver of ${waiver.check} for ${waiver.model}${waiver.version ? ` ${waiver.version}` : ''} expired ${waiver.expires}: it waives nothing now`, ...at, hint: 'remove it (the evidence of what it waived stays in the tags), or renew it with a new review' });
    } else reviews.push({ waiver, status: 'in-force' });
  }
  return { reviews, findings };
}
