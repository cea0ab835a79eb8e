// One feature's part of a drift analysis (analysis.ts), on its own: its two sides prepared and tested under the
// settings. Features are independent of each other, so they can be computed anywhere (e.g. on worker threads,
// commands/drift-workers.ts) and handed to analyseDrift as `tested`. Apart from analysis.ts so that a worker
// loads only the tests, not the profiles and the schemas they are checked against.
import type { Column, Table } from '../data/table.js';
import { requireColumn } from '../data/table.js';
import { testColumn, type ColumnDrift, type DriftSettings } from './dataset.js';
import { checkSameKind, prepareColumn, type PreparedColumn } from './samples.js';

/** One feature's two sides prepared (prepareColumn) and tested under the settings (testColumn, before any correction). */
export interface TestedFeature {
  prepared: PreparedColumn;
  result: ColumnDrift;
  /** The same prepared column tested under other settings too (testFeature's `alsoUnder`, e.g. every test a bench compares). */
  also?: ColumnDrift[];
}

/** A feature's two sides as analyseDrift reads them; throws its errors (a column not loaded, of another kind on one side). */
export function featureSides(input: { reference: Table; current: Table }, name: string): { reference: Column; current: Column } {
  const reference = requireColumn(input.reference, name);
  const current = requireColumn(input.current, name);
  checkSameKind(reference, current);
  return { reference, current };
}

/** What analyseDrift computes for each feature on its own: its preparation and test; each feature is independent of the others. */
export function testFeature(reference: Column, current: Column, settings: DriftSettings = {}, alsoUnder: readonly DriftSettings[] = []): TestedFeature {
  const prepared = prepareColumn(reference, current);
  const result = testColumn(prepared, settings);
  return alsoUnder.length === 0 ? { prepared, result } : { prepared, result, also: alsoUnder.map((other) => testColumn(prepared, other)) };
}
