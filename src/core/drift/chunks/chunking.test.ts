import { describe, expect, it } from 'vitest';
import { chunkRows, periodKey } from './chunking.js';
import { ChunkingError, isoWeek, parseIsoTimestamp, timestampValues, zoneClock } from './time.js';

const t = (text: string): number => {
  const value = Date.parse(text);
  if (Number.isNaN(value)) throw new Error(`bad fixture ${text}`);
  return value;
};
const keys = (chunking: ReturnType<typeof chunkRows>): string[] => chunking.chunks.map((chunk) => chunk.key);
const rowsOf = (chunking: ReturnType<typeof chunkRows>): number[][] => chunking.chunks.map((chunk) => [...chunk.rows]);

describe('period chunks', () => {
  it('assigns by key, so timestamps out of order land in their own period', () => {
    const stamps = Float64Array.from(['2026-02-18T10:00:00Z', '2026-02-09T00:00:00Z', '2026-02-15T23:59:59.999Z', '2026-02-16T00:00:00Z', '2026-02-10T12:00:00Z'].map(t));
    const chunking = chunkRows({ by: 'period', period: 'week' }, 5, stamps, { minRows: 1 });
    expect(keys(chunking)).toEqual(['2026-W07', '2026-W08']);
    expect(rowsOf(chunking)).toEqual([
      [1, 2, 4],
      [0, 3],
    ]);
    expect(chunking.chunks[0]).toMatchObject({ start: t('2026-02-09T00:00:00Z'), end: t('2026-02-16T00:00:00Z'), first: t('2026-02-09T00:00:00Z'), last: t('2026-02-15T23:59:59.999Z') });
  });

  it('lists an empty period inside the range as an empty chunk, flagged', () => {
    const stamps = Float64Array.from(['2026-01-05T00:00:00Z', '2026-03-01T00:00:00Z'].map(t));
    const chunking = chunkRows({ by: 'period', period: 'month' }, 2, stamps, { minRows: 1 });
    expect(keys(chunking)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(chunking.chunks.map((chunk) => [chunk.empty, chunk.insufficient, chunk.rows.length])).toEqual([
      [false, false, 1],
      [true, true, 0],
      [false, false, 1],
    ]);
    expect(chunking.chunks[1]).toMatchObject({ start: t('2026-02-01T00:00:00Z'), end: t('2026-03-01T00:00:00Z'), first: null, last: null });
  });

  it('flags a chunk below min_rows as insufficient', () => {
    const stamps = Float64Array.from([...Array.from({ length: 30 }, () => t('2026-02-09T08:00:00Z')), ...Array.from({ length: 29 }, () => t('2026-02-10T08:00:00Z'))]);
    const chunking = chunkRows({ by: 'period', period: 'day' }, stamps.length, stamps);
    expect(chunking.minRows).toBe(30);
    expect(chunking.chunks.map((chunk) => [chunk.key, chunk.rows.length, chunk.insufficient])).toEqual([
      ['2026-02-09', 30, false],
      ['2026-02-10', 29, true],
    ]);
  });

  it('counts rows with a missing or invalid timestamp and puts them in no chunk', () => {
    const stamps = Float64Array.from([t('2026-02-09T00:00:00Z'), Number.NaN, Number.POSITIVE_INFINITY, parseIsoTimestamp('2026-02-30'), t('2026-02-09T01:00:00Z')]);
    const chunking = chunkRows({ by: 'period', period: 'day' }, 5, stamps, { minRows: 1 });
    expect(chunking.invalidTimestamps).toEqual({ count: 3, rows: [1, 2, 3] });
    expect(rowsOf(chunking)).toEqual([[0, 4]]);
  });

  it('has no chunk when no row has a valid timestamp', () => {
    const chunking = chunkRows({ by: 'period', period: 'day' }, 2, Float64Array.of(Number.NaN, Number.NaN));
    expect(chunking.chunks).toEqual([]);
    expect(chunking.invalidTimestamps.count).toBe(2);
  });

  it('cuts days at local midnight in the given zone, across a daylight-saving change', () => {
    // Europe/Berlin moved from +01:00 to +02:00 at 2026-03-29T01:00Z; midnights from Python's zoneinfo:
    // datetime(2026, 3, 29, tzinfo=ZoneInfo('Europe/Berlin')).timestamp() = 1774738800
    const stamps = Float64Array.from(['2026-03-28T22:59:59Z', '2026-03-28T23:00:00Z', '2026-03-29T21:59:59Z', '2026-03-29T22:00:00Z'].map(t));
    const chunking = chunkRows({ by: 'period', period: 'day', timeZone: 'Europe/Berlin' }, 4, stamps, { minRows: 1 });
    expect(keys(chunking)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(rowsOf(chunking)).toEqual([[0], [1, 2], [3]]);
    expect(chunking.chunks[1]!.start).toBe(1774738800000);
    // a 23-hour day
    expect(chunking.chunks[1]!.end! - chunking.chunks[1]!.start!).toBe(23 * 3600_000);
    // the same instants in UTC are two days
    expect(keys(chunkRows({ by: 'period', period: 'day' }, 4, stamps, { minRows: 1 }))).toEqual(['2026-03-28', '2026-03-29']);
  });

  it('handles half-hour zones and a midnight that does not exist', () => {
    // Asia/Kolkata +05:30: 2026-02-09 starts at 1770575400000 (zoneinfo)
    expect(zoneClock('Asia/Kolkata').startOfDay(2026, 2, 9)).toBe(1770575400000);
    expect(periodKey(t('2026-02-08T18:29:59Z'), 'day', 'Asia/Kolkata')).toBe('2026-02-08');
    expect(periodKey(t('2026-02-08T18:30:00Z'), 'day', 'Asia/Kolkata')).toBe('2026-02-09');
    // America/Sao_Paulo jumped from 00:00 to 01:00 on 2018-11-04: the day starts at the jump, 03:00Z
    // (zoneinfo's datetime(2018, 11, 4, tzinfo=ZoneInfo('America/Sao_Paulo')).timestamp() = 1541300400)
    expect(zoneClock('America/Sao_Paulo').startOfDay(2018, 11, 4)).toBe(1541300400000);
    // America/New_York, 2026-03-08 (the spring-forward day) starts at 05:00Z
    expect(zoneClock('America/New_York').startOfDay(2026, 3, 8)).toBe(1772946000000);
  });

  it('numbers ISO weeks by week-year across a year boundary (Python isocalendar)', () => {
    // 2026-01-01 is a Thursday: 2026-W01 starts Monday 2025-12-29; 2027-01-01 (Friday) is in 2026-W53
    const stamps = Float64Array.from(['2025-12-28T12:00:00Z', '2025-12-29T00:00:00Z', '2027-01-01T00:00:00Z', '2027-01-04T00:00:00Z'].map(t));
    const chunking = chunkRows({ by: 'period', period: 'week' }, 4, stamps, { minRows: 0 });
    expect(chunking.chunks.length).toBe(55);
    expect(keys(chunking).slice(0, 3)).toEqual(['2025-W52', '2026-W01', '2026-W02']);
    expect(keys(chunking).slice(-2)).toEqual(['2026-W53', '2027-W01']);
    expect(chunking.chunks[1]!.start).toBe(t('2025-12-29T00:00:00Z'));
    expect(isoWeek(Math.floor(t('2027-01-01T00:00:00Z') / 86_400_000))).toEqual({ year: 2026, week: 53 });
  });

  it('cuts months at local midnight of the first, and has a 167-hour week when the clocks go forward', () => {
    // Asia/Tokyo (+09:00, no DST): 2026-03-01 starts at 2026-02-28T15:00Z
    const stamps = Float64Array.from(['2026-02-28T14:59:59Z', '2026-02-28T15:00:00Z'].map(t));
    const months = chunkRows({ by: 'period', period: 'month', timeZone: 'Asia/Tokyo' }, 2, stamps, { minRows: 1 });
    expect(keys(months)).toEqual(['2026-02', '2026-03']);
    expect(months.chunks[1]!.start).toBe(t('2026-02-28T15:00:00Z'));
    // Europe/Berlin's 2026-W13 (Monday 23 March to Sunday 29 March) loses an hour
    const week = chunkRows({ by: 'period', period: 'week', timeZone: 'Europe/Berlin' }, 1, Float64Array.of(t('2026-03-25T12:00:00Z')), { minRows: 1 }).chunks[0]!;
    expect(week.key).toBe('2026-W13');
    expect(week.end! - week.start!).toBe(167 * 3600_000);
    expect(week.start).toBe(t('2026-03-22T23:00:00Z'));
  });

  it('starts weeks on Monday in the zone, not in UTC', () => {
    // Sunday 2026-02-15 23:30 in New York is Monday 04:30Z: still week 7 there, week 8 in UTC
    const instant = t('2026-02-16T04:30:00Z');
    expect(periodKey(instant, 'week', 'America/New_York')).toBe('2026-W07');
    expect(periodKey(instant, 'week')).toBe('2026-W08');
  });

  it('refuses a range with more chunks than allowed, naming the span', () => {
    const stamps = Float64Array.from([0, t('2026-02-09T00:00:00Z')]);
    expect(() => chunkRows({ by: 'period', period: 'day' }, 2, stamps)).toThrow(/span 20494 days \(1970-01-01T00:00:00Z to 2026-02-10T00:00:00Z\)/);
  });

  it('rejects an unknown time zone and a period without timestamps', () => {
    expect(() => chunkRows({ by: 'period', period: 'day', timeZone: 'Mars/Olympus' }, 0, new Float64Array())).toThrow(ChunkingError);
    expect(() => chunkRows({ by: 'period', period: 'day', timeZone: 'Mars/Olympus' }, 0, new Float64Array())).toThrow(/'Mars\/Olympus' is not an IANA zone/);
    expect(() => chunkRows({ by: 'period', period: 'week' }, 3)).toThrow(/needs a timestamp column/);
    expect(() => chunkRows({ by: 'period', period: 'year' as never }, 0, new Float64Array())).toThrow(/period must be one of day, week, month; got 'year'/);
  });
});

describe('size and count chunks', () => {
  it('cuts by size in timestamp order and keeps the remainder as a small last chunk', () => {
    const stamps = Float64Array.of(50, 10, 40, 20, Number.NaN, 30, 60);
    const chunking = chunkRows({ by: 'size', rows: 4 }, 7, stamps, { minRows: 3 });
    expect(keys(chunking)).toEqual(['rows:0-3', 'rows:4-5']);
    // ordered by time: 10 (1), 20 (3), 30 (5), 40 (2) | 50 (0), 60 (6); the NaN row is in none
    expect(rowsOf(chunking)).toEqual([
      [1, 2, 3, 5],
      [0, 6],
    ]);
    expect(chunking.chunks.map((chunk) => chunk.insufficient)).toEqual([false, true]);
    expect(chunking.invalidTimestamps.count).toBe(1);
    expect(chunking.chunks[1]).toMatchObject({ first: 50, last: 60 });
  });

  it('cuts by size in row order without timestamps', () => {
    expect(rowsOf(chunkRows({ by: 'size', rows: 2 }, 5))).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('makes exactly N chunks by count, the remainder joining the last', () => {
    const chunking = chunkRows({ by: 'count', chunks: 3 }, 11);
    expect(chunking.chunks.map((chunk) => chunk.rows.length)).toEqual([3, 3, 5]);
    expect(keys(chunking)).toEqual(['rows:0-2', 'rows:3-5', 'rows:6-10']);
    expect(chunkRows({ by: 'count', chunks: 5 }, 2).chunks.length).toBe(2);
    expect(chunkRows({ by: 'count', chunks: 5 }, 0).chunks).toEqual([]);
  });

  it('rejects sizes that are not positive whole numbers', () => {
    expect(() => chunkRows({ by: 'size', rows: 0 }, 3)).toThrow(/chunk size must be a positive whole number of rows; got 0/);
    expect(() => chunkRows({ by: 'count', chunks: 2.5 }, 3)).toThrow(/chunk count must be a positive whole number; got 2.5/);
    expect(() => chunkRows({ by: 'size', rows: 2 }, 3, new Float64Array(2))).toThrow(/2 values for 3 rows/);
  });
});

describe('parseIsoTimestamp', () => {
  it('reads offsets as Date.parse does and wall-clock times in the given zone', () => {
    for (const text of ['2026-02-09T10:30:00Z', '2026-02-09T10:30:00+01:00', '2026-02-09T10:30:00.250-05:30', '2026-02-09T10:30Z']) expect(parseIsoTimestamp(text)).toBe(t(text));
    expect(parseIsoTimestamp('2026-02-09T10:30:00+0100')).toBe(t('2026-02-09T09:30:00Z'));
    expect(parseIsoTimestamp('2026-02-09 10:30:00+01')).toBe(t('2026-02-09T09:30:00Z'));
    expect(parseIsoTimestamp('2026-02-09T10:30:00.007Z')).toBe(t('2026-02-09T10:30:00.007Z'));
    expect(parseIsoTimestamp('2026-02-09T10:30:00.1239Z')).toBe(t('2026-02-09T10:30:00.123Z'));
    expect(parseIsoTimestamp('2026-02-09')).toBe(t('2026-02-09T00:00:00Z'));
    expect(parseIsoTimestamp('2026-07-01T12:00', zoneClock('Europe/Berlin'))).toBe(t('2026-07-01T10:00:00Z'));
    expect(parseIsoTimestamp('2026-02-09', zoneClock('Asia/Kolkata'))).toBe(1770575400000);
  });

  it('is NaN for text that is not a timestamp or an impossible date', () => {
    for (const text of ['', 'yesterday', '2026-02-30', '2026-13-01', '2026-02-09T24:00', '2026-02-09T10:60', '09/02/2026', '2026-02-09T10:00+25:00']) expect(parseIsoTimestamp(text), text).toBeNaN();
    expect(parseIsoTimestamp('2024-02-29')).toBe(t('2024-02-29T00:00:00Z'));
  });
});

describe('timestampValues', () => {
  it('parses each distinct text once, in the zone, and scales epoch seconds', () => {
    const text = timestampValues({ kind: 'categorical', codes: Int32Array.of(1, 0, -1, 2, 1), categories: ['2026-02-09T10:00:00Z', '2026-07-01 12:00', 'soon'] }, { timeZone: 'Europe/Berlin' });
    expect(Array.from(text)).toEqual([t('2026-07-01T10:00:00Z'), t('2026-02-09T10:00:00Z'), Number.NaN, Number.NaN, t('2026-07-01T10:00:00Z')]);
    expect(Array.from(timestampValues({ kind: 'numeric', values: Float64Array.of(1770631200, Number.NaN) }, { unit: 's' }))).toEqual([t('2026-02-09T10:00:00Z'), Number.NaN]);
  });
});
