// Every univariate drift test, under its manifest id (gates.drift.method; known.ts's DRIFT_METHODS is these ids
// plus 'auto'). Adding a test = one file + one line below + its default threshold in defaults.ts.
import { chi2 } from './chi2.js';
import type { DriftTestDefinition } from '../definition.js';
import { hellinger } from './hellinger.js';
import { jensenshannon } from './jensenshannon.js';
import { ks } from './ks.js';
import { psi } from './psi.js';
import { wasserstein } from './wasserstein.js';
import { zTest } from './z.js';

/** In the order the manifest schema lists them. */
export const DRIFT_TESTS = Object.freeze([ks, chi2, zTest, psi, jensenshannon, wasserstein, hellinger] as const);

/** A test's manifest id (`gates.drift.method`, besides 'auto'). */
export type DriftTestId = (typeof DRIFT_TESTS)[number]['id'];
export const DRIFT_TEST_IDS: readonly DriftTestId[] = DRIFT_TESTS.map((test) => test.id);

const BY_ID: ReadonlyMap<string, DriftTestDefinition> = new Map(DRIFT_TESTS.map((test) => [test.id, test]));

export function driftTestById(id: string): DriftTestDefinition | undefined {
  return BY_ID.get(id);
}

/** The test registered under `id`; throws for an unknown id (validation should have caught it). */
export function requireDriftTest(id: DriftTestId): DriftTestDefinition {
  const test = BY_ID.get(id);
  if (!test) throw new RangeError(`unknown drift test '${id}'; known: ${DRIFT_TESTS.map((t) => t.id).join(', ')}`);
  return test;
}
