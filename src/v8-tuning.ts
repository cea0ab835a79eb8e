// V8 tuning for a short-lived process, imported first by the entry points (issue 18). V8 optimises a
// function once it has run for an "interrupt budget" of bytecode (67,584 bytes in Node 20's V8); a PR gate
// runs for half a second, so many functions that reach it are optimised for work that is nearly done, and
// V8's background compiler took 150-200 ms of CPU per gate, as much as a third of the main thread's. Eight
// times the budget still optimises the loops that run long enough to pay: on the example's pull request the
// helper threads' CPU fell from about 220 to 110 ms, the main thread's about the same (at 30 times, the
// main thread slowed); validate's 1,000 manifests took the same or less. Results are the same in every tier.
// Only V8 11 (Node 20), where it was measured, has the flag: Node 24's V8 tiers up by invocation counts and
// answers an unknown flag with "Error: unrecognized flag" on stderr, in every Action log.
import { setFlagsFromString } from 'node:v8';

export const INTERRUPT_BUDGET = 8 * 67_584;

/** The flag for the V8 of `version` (process.versions.v8), or undefined where V8 has no interrupt budget to set. */
export function interruptBudgetFlag(version: string): string | undefined {
  const major = Number(/^(\d+)\./.exec(version)?.[1]);
  return major <= 11 ? `--interrupt-budget=${INTERRUPT_BUDGET}` : undefined;
}

const flag = interruptBudgetFlag(process.versions.v8);
if (flag) setFlagsFromString(flag);
