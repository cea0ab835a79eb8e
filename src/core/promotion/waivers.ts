// Waivers: reviewed, expiring exceptions to one named check of one model version, listed under
// `waivers:` in modelops.yaml (so they reach the default branch through a reviewed pull request, like
// the policy they bend). A waiver in force lets its check pass as `warn`, and is recorded wherever it
// is used: the report's enforcement section, hence the tag evidence, the audit and the card. Pure.
// This module matches waivers to checks and sits below the section registry (approvals and enforcement
// use it); which checks a waiver may name, and the problems of a waiver itself, are `waiver-review.ts`,
// above the registry, since the gates come from it.
import type { Finding } from '../report/verdict.js';

export interface Waiver {
  model: string;
  /** The version it applies to; absent only for audit waivers, which name a commit or tag instead. */
  version?: string;
  /** `approvals`, `soak`, `gate.<gate>`, `checklist.<item id>` or `audit.<finding code>`. */
  check: string;
  reason: string;
  /** Who approved the exception (users or teams). */
  approved_by: string[];
  /** Last day it applies (YYYY-MM-DD, through the end of that day UTC), or an exact ISO 8601 instant. */
  expires: string;
  /** Audit waivers: the commit whose finding it resolves. */
  commit?: string;
  /** Audit waivers: the tag whose finding it resolves. */
  tag?: string;
  /** Where it is written (set when the policy is loaded; not part of the document). */
  source?: { file: string; line?: number };
}

export const WAIVER_EXPIRES_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$';

/** The first instant the waiver no longer applies (ms); NaN when the date is not a date. */
export function waiverExpiry(waiver: Pick<Waiver, 'expires'>): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(waiver.expires)) return Date.parse(`${waiver.expires}T00:00:00Z`) + 86_400_000;
  return Date.parse(waiver.expires);
}

export const waiverInForce = (waiver: Waiver, now: Date): boolean => now.getTime() < waiverExpiry(waiver);

/** `modelops.yaml:42` (or the file alone), for messages. */
export const waiverWhere = (waiver: Waiver): string => (waiver.source ? `${waiver.source.file}${waiver.source.line !== undefined ? `:${waiver.source.line}` : ''}` : 'modelops.yaml');

/** One line: who waived what until when, and why. */
export function waiverText(waiver: Waiver): string {
  return `waived by ${waiverWhere(waiver)} (approved by ${waiver.approved_by.join(', ')}, until ${waiver.expires}): ${waiver.reason}`;
}

/** A waiver as the report records its use. */
export interface WaiverUse {
  check: string;
  model: string;
  version?: string;
  commit?: string;
  tag?: string;
  reason: string;
  approvedBy: string[];
  expires: string;
  file?: string;
  line?: number;
}

export function waiverUse(waiver: Waiver): WaiverUse {
  return {
    check: waiver.check,
    model: waiver.model,
    ...(waiver.version !== undefined ? { version: waiver.version } : {}),
    ...(waiver.commit !== undefined ? { commit: waiver.commit } : {}),
    ...(waiver.tag !== undefined ? { tag: waiver.tag } : {}),
    reason: waiver.reason,
    approvedBy: [...waiver.approved_by],
    expires: waiver.expires,
    ...(waiver.source ? { file: waiver.source.file, ...(waiver.source.line !== undefined ? { line: waiver.source.line } : {}) } : {}),
  };
}

/** The waiver in force for `check` of `model` at `version`, if any. */
export function findWaiver(waivers: readonly Waiver[], wanted: { model: string; version: string; check: string; now: Date }): Waiver | undefined {
  return waivers.find((w) => w.model === wanted.model && w.version === wanted.version && w.check === wanted.check && waiverInForce(w, wanted.now));
}

/** The audit waiver in force that resolves a finding (`audit.<code>`, about the waiver's commit or tag). */
export function findAuditWaiver(waivers: readonly Waiver[], model: string, finding: Finding, now: Date): Waiver | undefined {
  return waivers.find(
    (w) =>
      w.model === model &&
      w.check === `audit.${finding.code}` &&
      waiverInForce(w, now) &&
      (w.commit === undefined || (finding.commit !== undefined && finding.commit.startsWith(w.commit))) &&
      (w.tag === undefined || finding.tag === w.tag) &&
      (w.commit !== undefined || w.tag !== undefined),
  );
}

export interface WaiverReview {
  waiver: Waiver;
  status: 'in-force' | 'expired' | 'unknown-model' | 'invalid';
}

/** A model's waiver as the audit lists it. */
export type AuditedWaiver = WaiverUse & { status: WaiverReview['status'] };

/**
 * The audit's part for one model: its waivers with their status, and its findings about past commits
 * or tags that a waiver in force resolves (kept, as `info`, naming the waiver).
 */
export function applyAuditWaivers(model: string, findings: Finding[], reviews: readonly WaiverReview[], now: Date): AuditedWaiver[] {
  const mine = reviews.filter((r) => r.waiver.model === model);
  const inForce = mine.filter((r) => r.status === 'in-force').map((r) => r.waiver);
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    const waiver = findAuditWaiver(inForce, model, finding, now);
    if (!waiver) continue;
    finding.severity = 'info';
    finding.message = `${finding.message} — ${waiverText(waiver)}`;
  }
  return mine.map((r) => ({ ...waiverUse(r.waiver), status: r.status }));
}
