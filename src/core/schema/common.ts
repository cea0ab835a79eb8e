// Patterns shared by the schemas, with the words an error message uses for each.

export type JsonSchema = Record<string, unknown>;

export const NAME_PATTERN = '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$';
// semver.org's recommended regular expression (numbered groups).
export const SEMVER_PATTERN =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$';
export const SHA256_PATTERN = '^[a-f0-9]{64}$';
export const OWNER_PATTERN = '^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$';
export const DURATION_PATTERN = '^[0-9]+(m|h|d|w)$';
/** An instant in UTC, ISO 8601, to the second or millisecond. */
export const ISO_UTC_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$';
/** A checklist section (`data`) or item id (`data.labels-verified`); the policy may add sections. */
export const CHECKLIST_REF_PATTERN = '^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$';
export const CHECKLIST_SECTION_PATTERN = '^[a-z0-9][a-z0-9-]*$';
export const CHECKLIST_ITEM_PATTERN = '^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$';

export const PATTERN_HINTS: Record<string, string> = {
  [NAME_PATTERN]: 'a lowercase DNS label (a-z, 0-9 and -, at most 63 characters, not starting or ending with -)',
  [SEMVER_PATTERN]: 'a semantic version with three numbers, like 1.2.0',
  [SHA256_PATTERN]: 'a SHA-256 digest: 64 lowercase hex digits',
  [OWNER_PATTERN]: 'a GitHub user (@alice), team (@org/team) or e-mail address',
  [DURATION_PATTERN]: 'a duration like 30m, 12h, 7d or 2w',
  [ISO_UTC_PATTERN]: 'a UTC instant like 2026-02-09T06:00:00Z',
  [CHECKLIST_REF_PATTERN]: 'a checklist section (e.g. data) or item id (e.g. data.labels-verified)',
  [CHECKLIST_SECTION_PATTERN]: 'a checklist section name (a-z, 0-9 and -, e.g. eu-ai-act)',
  [CHECKLIST_ITEM_PATTERN]: 'a checklist item id <section>.<key> (e.g. eu-ai-act.risk-management)',
  '^\\S+( \\S+){4}$': 'a five-field cron expression like "0 6 * * 1"',
  '^[a-z][a-z0-9_]*$': 'a lowercase identifier (a-z, 0-9, _)',
};
