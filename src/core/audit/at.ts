// `--at`: the instant an auditor asks about.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// An ISO 8601 time with an explicit offset: a bare local time would depend on the auditor's machine.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * `2024-05-01` is the end of that day in UTC (so a promotion made that day counts: "which version
 * was in production on May 1st"); `2024-05-01T12:00:00Z` or `...+02:00` is that instant.
 */
export function parseAuditInstant(text: string): Date | Error {
  const trimmed = text.trim();
  const day = DATE_ONLY.exec(trimmed);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const end = new Date(Date.UTC(year, month - 1, date, 23, 59, 59, 999));
    if (end.getUTCMonth() !== month - 1 || end.getUTCDate() !== date) return new Error(`--at: '${text}' is not a calendar date`);
    return end;
  }
  if (DATE_TIME.test(trimmed)) {
    const instant = new Date(trimmed.replace(' ', 'T'));
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  return new Error(`--at must be a date (2024-05-01, read as the end of that day in UTC) or an ISO 8601 time with an offset (2024-05-01T12:00:00Z), got '${text}'`);
}
