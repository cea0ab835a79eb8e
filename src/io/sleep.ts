// Waiting is a parameter: every retry and backoff takes a Sleep, so a test passes one that records the
// wait and returns at once (src/testing/sleep.ts) and checks the schedule without spending it.
export type Sleep = (ms: number) => Promise<void>;

/** The real wait. */
export const sleep: Sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms));
