import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/core/drift/chunks/time.ts
var MINUTE = 6e4;
var QUARTER_HOUR = 15 * MINUTE;
var DAY = 864e5;
var ChunkingError = class extends Error {
  name = "ChunkingError";
};
function zoneClock(timeZone = "UTC") {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") {
    return { timeZone, offsetAt: () => 0, startOfDay: (year, month, day) => Date.UTC(year, month - 1, day) };
  }
  let format;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short"
    });
  } catch {
    throw new ChunkingError(`time zone '${timeZone}' is not an IANA zone this runtime knows (e.g. 'UTC', 'Europe/Berlin', 'America/New_York')`);
  }
  const cache = /* @__PURE__ */ new Map();
  const offsetAt = (instant) => {
    const quarter = Math.floor(instant / QUARTER_HOUR);
    const cached = cache.get(quarter);
    if (cached !== void 0) return cached;
    const at = quarter * QUARTER_HOUR;
    const parts = {};
    for (const part of format.formatToParts(new Date(at))) parts[part.type] = part.value;
    const year = parts.era === "BC" || parts.era === "B" ? 1 - Number(parts.year) : Number(parts.year);
    const local = utc(year, Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    const offset = local - at;
    cache.set(quarter, offset);
    return offset;
  };
  const startOfDay = (year, month, day) => {
    const wall = utc(year, month, day, 0, 0, 0);
    const before = wall - offsetAt(wall);
    const after = wall - offsetAt(before);
    const candidates = [before, after].filter((t) => t + offsetAt(t) >= wall);
    return Math.min(...candidates);
  };
  return { timeZone, offsetAt, startOfDay };
}
function utc(year, month, day, hour, minute, second, ms = 0) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}
function dayNumber(date) {
  return Math.round(utc(date.year, date.month, date.day, 0, 0, 0) / DAY);
}
function dateOfDayNumber(days) {
  const date = new Date(days * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
function localDayNumber(instant, clock) {
  return Math.floor((instant + clock.offsetAt(instant)) / DAY);
}
function isoWeekday(days) {
  return ((days + 3) % 7 + 7) % 7;
}
function isoWeek(days) {
  const thursday = days - isoWeekday(days) + 3;
  const year = dateOfDayNumber(thursday).year;
  const firstOfYear = dayNumber({ year, month: 1, day: 1 });
  return { year, week: Math.floor((thursday - firstOfYear) / 7) + 1 };
}
var pad = (value, width) => {
  const text = String(Math.abs(value)).padStart(width, "0");
  return value < 0 ? `-${text}` : text;
};
var dayKey = (date) => `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
var monthKey = (year, month) => `${pad(year, 4)}-${pad(month, 2)}`;
var weekKey = (year, week) => `${pad(year, 4)}-W${pad(week, 2)}`;
var ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
function parseIsoTimestamp(text, clock = zoneClock()) {
  const match = ISO_PATTERN.exec(text.trim());
  if (!match) return Number.NaN;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const ms = Number(fraction.padEnd(3, "0").slice(0, 3));
  const wall = utc(year, month, day, hour, minute, second, ms);
  if (zone === void 0) {
    const guess = wall - clock.offsetAt(wall);
    return wall - clock.offsetAt(guess);
  }
  if (zone === "Z" || zone === "z") return wall;
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (offsetHours > 23 || offsetMinutes > 59) return Number.NaN;
  return wall - sign * (offsetHours * 60 + offsetMinutes) * MINUTE;
}
function daysInMonth(year, month) {
  return new Date(utc(year, month + 1, 0, 0, 0, 0)).getUTCDate();
}
function isoUtc(instant) {
  const text = new Date(instant).toISOString();
  return text.endsWith(".000Z") ? `${text.slice(0, -5)}Z` : text;
}
function timestampValues(column, options = {}) {
  if (column.kind === "numeric") {
    const scale = options.unit === "s" ? 1e3 : 1;
    return Float64Array.from(column.values, (value) => Number.isFinite(value) ? value * scale : Number.NaN);
  }
  const clock = zoneClock(options.timeZone);
  const parsed = column.categories.map((text) => parseIsoTimestamp(text, clock));
  return Float64Array.from(column.codes, (code) => code >= 0 && code < parsed.length ? parsed[code] : Number.NaN);
}

export {
  ChunkingError,
  zoneClock,
  dateOfDayNumber,
  localDayNumber,
  isoWeekday,
  isoWeek,
  dayKey,
  monthKey,
  weekKey,
  parseIsoTimestamp,
  isoUtc,
  timestampValues
};
