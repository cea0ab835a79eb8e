// Chunks: which rows of production data a monitoring result is about (issue 15, item 2), in NannyML's three
// ways (nannyml/chunk.py): by period of a timestamp column, by size (rows per chunk), by count (N chunks).
//
// - Period ('day' | 'week' | 'month'): a row's chunk is the local calendar period of its timestamp in
//   `timeZone` (default UTC); weeks are ISO weeks (Monday to Sunday, keyed by ISO week-year: 2026-W07).
//   Assignment is by key, so timestamps out of order are fine (NannyML sorts first, to the same effect).
//   Every period from the first to the last appears, the empty ones too (`empty: true`): a week without data
//   is a finding, not a gap to close up. Keys are the monitoring log's: `2026-02-09`, `2026-W07`, `2026-02`.
// - Size: consecutive runs of `rows` rows, in timestamp order when there is a timestamp column (ties by
//   position), else in row order; the last chunk keeps the remainder (NannyML's incomplete='keep'). Keys are
//   `rows:<first>-<last>`, positions in that order, both inclusive (NannyML's `[first:last]`).
// - Count: `chunks` chunks of floor(n / chunks) rows, the remainder joining the last (as cbpe.ts's reference
//   chunks; NannyML's CountBasedChunker keeps it as an extra chunk instead, which would make N + 1).
//
// Rows whose timestamp is missing or not finite are in no chunk; they are counted (`invalidTimestamps`), with
// the first few positions, so a report can say so. A chunk with fewer than `minRows` rows is `insufficient`:
// its statistics are still computed where they can be, but it never raises an alert (NannyML warns that
// such chunks' results "may not be relevant"; we make that a rule). The default, 30 rows, is the fairness
// gate's min_group_size: below it a share's standard error exceeds 0.09 and a ±3σ band says little.
import { ChunkingError, dateOfDayNumber, dayKey, isoUtc, isoWeek, isoWeekday, localDayNumber, monthKey, weekKey, zoneClock, type ZoneClock } from './time.js';

export type ChunkPeriod = 'day' | 'week' | 'month';
export const CHUNK_PERIODS: readonly ChunkPeriod[] = ['day', 'week', 'month'];

export type ChunkSpec =
  | { by: 'period'; period: ChunkPeriod; /** IANA zone of the period boundaries; default 'UTC'. */ timeZone?: string }
  | { by: 'size'; rows: number }
  | { by: 'count'; chunks: number };

export interface ChunkingOptions {
  /** Chunks with fewer rows are `insufficient` (no alert). Default 30. */
  minRows?: number;
  /** Refuse to make more chunks than this (a stray timestamp in 1970 would otherwise make 20 000 days). Default 10 000. */
  maxChunks?: number;
}

export const DEFAULT_MIN_CHUNK_ROWS = 30;
export const DEFAULT_MAX_CHUNKS = 10_000;
/** How many positions of rows with an invalid timestamp are kept for the report. */
export const INVALID_ROWS_SHOWN = 10;

export interface Chunk {
  /** Position in the series, from 0. */
  index: number;
  key: string;
  /** Period chunks: the first instant (inclusive) and the end (exclusive), epoch ms. */
  start?: number;
  end?: number;
  /** Positions of the chunk's rows in the input, ascending. */
  rows: Uint32Array;
  /** Earliest and latest timestamp among its rows; null without rows or without a timestamp column. */
  first: number | null;
  last: number | null;
  /** No rows (a period inside the range without data). */
  empty: boolean;
  /** Fewer than minRows rows: results shown, never alerted on. */
  insufficient: boolean;
}

export interface InvalidTimestamps {
  count: number;
  /** The first INVALID_ROWS_SHOWN positions. */
  rows: number[];
}

export interface Chunking {
  spec: ChunkSpec;
  minRows: number;
  /** Rows given. */
  rows: number;
  chunks: Chunk[];
  invalidTimestamps: InvalidTimestamps;
}

/** Assigns rows to chunks. `timestamps` (epoch ms, NaN when missing) is required for period chunks, optional otherwise. */
export function chunkRows(spec: ChunkSpec, rows: number, timestamps?: Float64Array, options: ChunkingOptions = {}): Chunking {
  const minRows = options.minRows ?? DEFAULT_MIN_CHUNK_ROWS;
  const maxChunks = options.maxChunks ?? DEFAULT_MAX_CHUNKS;
  checkSpec(spec);
  if (!Number.isInteger(minRows) || minRows < 0) throw new ChunkingError(`minRows must be a non-negative integer; got ${minRows}`);
  if (timestamps && timestamps.length !== rows) throw new ChunkingError(`the timestamp column has ${timestamps.length} values for ${rows} rows`);
  if (spec.by === 'period' && !timestamps) throw new ChunkingError(`chunking by ${spec.period} needs a timestamp column`);
  const invalid = invalidRows(rows, timestamps);
  const chunks = spec.by === 'period' ? periodChunks(spec.period, zoneClock(spec.timeZone), timestamps!, maxChunks) : positionalChunks(spec, rows, timestamps, maxChunks);
  for (const chunk of chunks) {
    chunk.empty = chunk.rows.length === 0;
    chunk.insufficient = chunk.rows.length < minRows;
    if (timestamps) [chunk.first, chunk.last] = extent(chunk.rows, timestamps);
  }
  return { spec, minRows, rows, chunks, invalidTimestamps: invalid };
}

export function checkSpec(spec: ChunkSpec): void {
  if (spec.by === 'period') {
    if (!CHUNK_PERIODS.includes(spec.period)) throw new ChunkingError(`period must be one of ${CHUNK_PERIODS.join(', ')}; got '${spec.period}'`);
  } else if (spec.by === 'size') {
    if (!Number.isInteger(spec.rows) || spec.rows < 1) throw new ChunkingError(`chunk size must be a positive whole number of rows; got ${spec.rows}`);
  } else if (spec.by === 'count') {
    if (!Number.isInteger(spec.chunks) || spec.chunks < 1) throw new ChunkingError(`chunk count must be a positive whole number; got ${spec.chunks}`);
  } else throw new ChunkingError(`chunks are by 'period', 'size' or 'count'; got '${(spec as { by: unknown }).by}'`);
}

const valid = (t: number): boolean => t - t === 0;

function invalidRows(rows: number, timestamps: Float64Array | undefined): InvalidTimestamps {
  const shown: number[] = [];
  let count = 0;
  if (timestamps) {
    for (let i = 0; i < rows; i++) {
      if (valid(timestamps[i]!)) continue;
      count++;
      if (shown.length < INVALID_ROWS_SHOWN) shown.push(i);
    }
  }
  return { count, rows: shown };
}

function extent(rows: Uint32Array, timestamps: Float64Array): [number | null, number | null] {
  if (rows.length === 0) return [null, null];
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const t = timestamps[row]!;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return [first, last];
}

/** A period's place on a line of consecutive periods, and back: the key and bounds of ordinal n. */
export interface PeriodCalendar {
  ordinalOf(instant: number): number;
  key(ordinal: number): string;
  start(ordinal: number): number;
}

export function periodCalendar(period: ChunkPeriod, clock: ZoneClock): PeriodCalendar {
  const startOfDayNumber = (days: number): number => {
    const date = dateOfDayNumber(days);
    return clock.startOfDay(date.year, date.month, date.day);
  };
  if (period === 'day') {
    return { ordinalOf: (t) => localDayNumber(t, clock), key: (n) => dayKey(dateOfDayNumber(n)), start: startOfDayNumber };
  }
  if (period === 'week') {
    // ordinal: weeks since the Monday 1969-12-29 (day -3)
    const monday = (n: number): number => n * 7 - 3;
    return {
      ordinalOf: (t) => {
        const days = localDayNumber(t, clock);
        return Math.floor((days - isoWeekday(days) + 3) / 7);
      },
      key: (n) => {
        const week = isoWeek(monday(n));
        return weekKey(week.year, week.week);
      },
      start: (n) => startOfDayNumber(monday(n)),
    };
  }
  return {
    ordinalOf: (t) => {
      const date = dateOfDayNumber(localDayNumber(t, clock));
      return date.year * 12 + date.month - 1;
    },
    key: (n) => monthKey(Math.floor(n / 12), (n % 12) + 1),
    start: (n) => clock.startOfDay(Math.floor(n / 12), (n % 12) + 1, 1),
  };
}

function periodChunks(period: ChunkPeriod, clock: ZoneClock, timestamps: Float64Array, maxChunks: number): Chunk[] {
  const calendar = periodCalendar(period, clock);
  const ordinals = new Float64Array(timestamps.length);
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < timestamps.length; i++) {
    const t = timestamps[i]!;
    if (!valid(t)) {
      ordinals[i] = Number.NaN;
      continue;
    }
    const n = calendar.ordinalOf(t);
    ordinals[i] = n;
    if (n < low) low = n;
    if (n > high) high = n;
  }
  if (low === Infinity) return [];
  const span = high - low + 1;
  if (span > maxChunks) {
    throw new ChunkingError(
      `the timestamps span ${span} ${period}s (${isoUtc(calendar.start(low))} to ${isoUtc(calendar.start(high + 1))}), more than the ${maxChunks} chunks allowed: check for stray timestamps or choose a longer period`,
    );
  }
  const counts = new Uint32Array(span);
  for (let i = 0; i < ordinals.length; i++) if (ordinals[i] === ordinals[i]) counts[ordinals[i]! - low]!++;
  const members = Array.from(counts, (count) => new Uint32Array(count));
  const filled = new Uint32Array(span);
  for (let i = 0; i < ordinals.length; i++) {
    const n = ordinals[i]!;
    if (n !== n) continue;
    const at = n - low;
    members[at]![filled[at]!++] = i;
  }
  return members.map((rows, at) => ({
    index: at,
    key: calendar.key(low + at),
    start: calendar.start(low + at),
    end: calendar.start(low + at + 1),
    rows,
    first: null,
    last: null,
    empty: false,
    insufficient: false,
  }));
}

function positionalChunks(spec: Extract<ChunkSpec, { by: 'size' | 'count' }>, rows: number, timestamps: Float64Array | undefined, maxChunks: number): Chunk[] {
  let order: Uint32Array;
  if (timestamps) {
    const kept: number[] = [];
    for (let i = 0; i < rows; i++) if (valid(timestamps[i]!)) kept.push(i);
    kept.sort((a, b) => timestamps[a]! - timestamps[b]! || a - b);
    order = Uint32Array.from(kept);
  } else order = Uint32Array.from({ length: rows }, (_, i) => i);
  const n = order.length;
  if (n === 0) return [];
  let bounds: number[];
  if (spec.by === 'size') {
    bounds = [];
    for (let start = 0; start < n; start += spec.rows) bounds.push(start);
  } else {
    const size = Math.floor(n / spec.chunks);
    // fewer rows than chunks: one row per chunk, as many chunks as rows
    bounds = size === 0 ? Array.from({ length: n }, (_, i) => i) : Array.from({ length: spec.chunks }, (_, c) => c * size);
  }
  if (bounds.length > maxChunks) throw new ChunkingError(`${n} rows make ${bounds.length} chunks, more than the ${maxChunks} allowed: choose larger chunks`);
  return bounds.map((start, index) => {
    const end = index + 1 < bounds.length ? bounds[index + 1]! : n;
    const members = order.slice(start, end).sort();
    return { index, key: `rows:${start}-${end - 1}`, rows: members, first: null, last: null, empty: false, insufficient: false };
  });
}

/** The period key of one instant ('2026-W07'), for callers that label data outside a chunking. */
export function periodKey(instant: number, period: ChunkPeriod, timeZone = 'UTC'): string {
  const calendar = periodCalendar(period, zoneClock(timeZone));
  return calendar.key(calendar.ordinalOf(instant));
}

