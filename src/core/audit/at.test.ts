import { describe, expect, it } from 'vitest';
import { parseAuditInstant } from './at.js';

describe('--at', () => {
  it('reads a date as the end of that day in UTC, so promotions made that day count', () => {
    expect((parseAuditInstant('2024-05-01') as Date).toISOString()).toBe('2024-05-01T23:59:59.999Z');
  });

  it('reads an ISO 8601 time with its offset', () => {
    expect((parseAuditInstant('2024-05-01T12:30:00Z') as Date).toISOString()).toBe('2024-05-01T12:30:00.000Z');
    expect((parseAuditInstant('2024-05-01T14:30+02:00') as Date).toISOString()).toBe('2024-05-01T12:30:00.000Z');
  });

  it('refuses what it would have to guess: no offset, impossible dates, prose', () => {
    for (const text of ['2024-05-01T12:30:00', '2024-02-30', 'yesterday', '05/01/2024', '']) {
      expect(parseAuditInstant(text), text).toBeInstanceOf(Error);
    }
    expect((parseAuditInstant('2024-02-30') as Error).message).toMatch(/not a calendar date/);
  });
});
