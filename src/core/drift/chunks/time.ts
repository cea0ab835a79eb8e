// Calendar arithmetic for period chunks: UTC offsets of an IANA time zone (from Intl.DateTimeFormat, so the
// runtime's tz database decides, not a table of ours), local calendar dates, ISO weeks and ISO 8601 parsing.
// Pure: every instant is passed in (epoch milliseconds), none is read from a clock.
//
// Offsets are looked up once per UTC quarter hour and cached: every zone in use since 1970 changes its offset
// on a quarter-hour boundary of UTC, so an offset is constant within one.

const MINUTE = 60_000;
const QUARTER_HOUR = 15 * MINUTE;
export const DAY = 86_400_000;

export class ChunkingError extends Error {
  override readonly name = 'ChunkingError';
}

/** A time zone's clock: the UTC offset at an instant and the instant of a local midnight. */
export interface ZoneClock {
  readonly timeZone: string;
  /** Local time minus UTC at `instant`, in milliseconds (+3 600 000 for UTC+01:00). */
  offsetAt(instant: number): number;
  /** The first instant of the local calendar day year-month-day (month 1-12). */
  startOfDay(year: number, month: number, day: number): number;
}

/** The clock of an IANA zone ('Europe/Berlin') or 'UTC'; throws ChunkingError for a zone the runtime does not know. */
export function zoneClock(timeZone = 'UTC'): ZoneClock {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') {
    return { timeZone, offsetAt: () => 0, startOfDay: (year, month, day) => Date.UTC(year, month - 1, day) };
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  } catch {
    throw new ChunkingError(`time zone '${timeZone}' is not an IANA zone this runtime knows (e.g. 'UTC', 'Europe/Berlin', 'America/New_York')`);
  }
  const cache = new Map<number, number>();
  const offsetAt = (instant: number): number => {
    const quarter = Math.floor(instant / QUARTER_HOUR);
    const cached = cache.get(quarter);
    if (cached !== undefined) return cached;
    const at = quarter * QUARTER_HOUR;
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(at))) parts[part.type] = part.value;
    const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
    const local = utc(year, Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    const offset = local - at;
    cache.set(quarter, offset);
    return offset;
  };
  const startOfDay = (year: number, month: number, day: number): number => {
    const wall = utc(year, month, day, 0, 0, 0);
    const before = wall - offsetAt(wall);
    const after = wall - offsetAt(before);
    // the earliest candidate whose local time is at or after the midnight: inside a forward jump over
    // midnight (no local 00:00) that is the jump itself, in a repeated midnight the first of the two
    const candidates = [before, after].filter((t) => t + offsetAt(t) >= wall);
    return Math.min(...candidates);
  };
  return { timeZone, offsetAt, startOfDay };
}

/** Date.UTC with years 0-99 taken literally (Date.UTC maps them to 1900-1999). */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** A local calendar date. */
export interface LocalDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian). */
export function dayNumber(date: LocalDate): number {
  return Math.round(utc(date.year, date.month, date.day, 0, 0, 0) / DAY);
}

export function dateOfDayNumber(days: number): LocalDate {
  const date = new Date(days * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The local day number of an instant in a zone. */
export function localDayNumber(instant: number, clock: ZoneClock): number {
  return Math.floor((instant + clock.offsetAt(instant)) / DAY);
}

/** ISO weekday, Monday 0 … Sunday 6, of a day number (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** ISO 8601 week-year and week of a day number: the week holding its Thursday. */
export function isoWeek(days: number): { year: number; week: number } {
  const thursday = days - isoWeekday(days) + 3;
  const year = dateOfDayNumber(thursday).year;
  const firstOfYear = dayNumber({ year, month: 1, day: 1 });
  return { year, week: Math.floor((thursday - firstOfYear) / 7) + 1 };
}

const pad = (value: number, width: number): string => {
  const text = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${text}` : text;
};

export const dayKey = (date: LocalDate): string => `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
export const monthKey = (year: number, month: number): string => `${pad(year, 4)}-${pad(month, 2)}`;
export const weekKey = (year: number, week: number): string => `${pad(year, 4)}-W${pad(week, 2)}`;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Epoch milliseconds of an ISO 8601 timestamp: `2026-02-09`, `2026-02-09T10:30`, `2026-02-09 10:30:15.250`,
 * with `Z`, `+01:00`, `+0100` or `+01`. Without an offset the wall-clock time is read in `clock`'s zone (a
 * date alone is its local midnight). NaN for text that is not such a timestamp or names an impossible date or
 * time (2026-02-30, 24:00): the chunker counts those rows as invalid, it does not guess.
 */
export function parseIsoTimestamp(text: string, clock: ZoneClock = zoneClock()): number {
  const match = ISO_PATTERN.exec(text.trim());
  if (!match) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  // milliseconds from the first three digits (finer digits are truncated, as Date.parse does)
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const wall = utc(year, month, day, hour, minute, second, ms);
  if (zone === undefined) {
    const guess = wall - clock.offsetAt(wall);
    return wall - clock.offsetAt(guess);
  }
  if (zone === 'Z' || zone === 'z') return wall;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (offsetHours > 23 || offsetMinutes > 59) return Number.NaN;
  return wall - sign * (offsetHours * 60 + offsetMinutes) * MINUTE;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 0, 0, 0, 0)).getUTCDate();
}

/** ISO 8601 UTC text of an instant (`2026-02-09T00:00:00Z`, milliseconds only when present), as the monitoring log writes it. */
export function isoUtc(instant: number): string {
  const text = new Date(instant).toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text;
}

/**
 * A timestamp column as epoch milliseconds (NaN where missing or unparseable): text (a categorical column) is
 * read by parseIsoTimestamp once per distinct value, wall-clock text in `timeZone`; numbers are epoch
 * milliseconds, or seconds with `unit: 's'`.
 */
export function timestampValues(
  column: { kind: 'numeric'; values: Float64Array } | { kind: 'categorical'; codes: Int32Array; categories: readonly string[] },
  options: { timeZone?: string; unit?: 'ms' | 's' } = {},
): Float64Array {
  if (column.kind === 'numeric') {
    const scale = options.unit === 's' ? 1000 : 1;
    return Float64Array.from(column.values, (value) => (Number.isFinite(value) ? value * scale : Number.NaN));
  }
  const clock = zoneClock(options.timeZone);
  const parsed = column.categories.map((text) => parseIsoTimestamp(text, clock));
  return Float64Array.from(column.codes, (code) => (code >= 0 && code < parsed.length ? parsed[code]! : Number.NaN));
}
