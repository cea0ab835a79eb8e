// Labels that arrive later, joined to production rows by an id column: the realised side of a series.
import type { Column } from '../../data/table.js';
import { MISSING_CODE } from '../../data/table.js';
import { ChunkingError } from './time.js';

/** Labels as they arrive: one id and one value per row (0/1, a class index, or a regression target). */
export interface LabelRows {
  ids: readonly string[];
  values: Float64Array;
}

export interface LabelJoin {
  /** Per current row: its label, NaN when none arrived (or the label is NaN). */
  values: Float64Array;
  /** Current rows that got a label. */
  matched: number;
  /** Label rows whose id no current row has. */
  unmatched: number;
  /** Ids given more than once among the labels (the last value is used: a later label corrects an earlier one). */
  duplicateIds: number;
  /** Current rows without an id. */
  rowsWithoutId: number;
}

/** The id of every row of a column as text: a category's text, a number's shortest form; undefined when missing. */
export function idsOf(column: Column): (string | undefined)[] {
  if (column.kind === 'categorical') return Array.from(column.codes, (code) => (code === MISSING_CODE ? undefined : column.categories[code]));
  return Array.from(column.values, (value) => (Number.isFinite(value) ? String(value) : undefined));
}

/** Aligns `labels` with the current rows whose ids are `ids`. Several current rows with one id all get its label. */
export function joinLabels(labels: LabelRows, ids: readonly (string | undefined)[]): LabelJoin {
  if (labels.ids.length !== labels.values.length) throw new ChunkingError(`labels: ${labels.ids.length} ids but ${labels.values.length} values`);
  const byId = new Map<string, number>();
  let duplicateIds = 0;
  const counted = new Set<string>();
  for (let i = 0; i < labels.ids.length; i++) {
    const id = labels.ids[i]!;
    if (byId.has(id) && !counted.has(id)) {
      duplicateIds++;
      counted.add(id);
    }
    byId.set(id, labels.values[i]!);
  }
  const values = new Float64Array(ids.length).fill(Number.NaN);
  const used = new Set<string>();
  let matched = 0;
  let rowsWithoutId = 0;
  for (let row = 0; row < ids.length; row++) {
    const id = ids[row];
    if (id === undefined) {
      rowsWithoutId++;
      continue;
    }
    const value = byId.get(id);
    if (value === undefined) continue;
    used.add(id);
    values[row] = value;
    if (!Number.isNaN(value)) matched++;
  }
  return { values, matched, unmatched: byId.size - used.size, duplicateIds, rowsWithoutId };
}
