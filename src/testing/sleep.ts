// A Sleep for tests: returns at once and keeps every wait asked for, so a retry's backoff schedule is
// asserted (`waits`) without spending it.
import type { Sleep } from '../io/sleep.js';

export interface RecordingSleep extends Sleep {
  /** The waits asked for, in milliseconds, in order. */
  readonly waits: number[];
}

export function recordingSleep(): RecordingSleep {
  const waits: number[] = [];
  return Object.assign(async (ms: number) => {
    waits.push(ms);
  }, { waits });
}
