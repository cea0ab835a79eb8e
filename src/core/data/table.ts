// Columnar data as the engine holds it: typed arrays, never row objects.

/** Numeric column; NaN marks a missing value. */
export interface NumericColumn {
  name: string;
  kind: 'numeric';
  values: Float64Array;
}

/** Categorical column, dictionary-encoded; code -1 marks a missing value. */
export interface CategoricalColumn {
  name: string;
  kind: 'categorical';
  codes: Int32Array;
  /** Category text by code, in order of first appearance. */
  categories: string[];
}

export type Column = NumericColumn | CategoricalColumn;

export interface Table {
  rowCount: number;
  columns: ReadonlyMap<string, Column>;
}

/** What a reader must load: only these columns are materialised, each as the kind asked for. */
export interface ColumnRequest {
  name: string;
  kind: 'numeric' | 'categorical';
}

export const MISSING_CODE = -1;

export function categoryOf(column: CategoricalColumn, row: number): string | undefined {
  const code = column.codes[row]!;
  return code === MISSING_CODE ? undefined : column.categories[code];
}

/** Rows [start, end) of a table, sharing memory with it (typed-array views). */
export function sliceTable(table: Table, start: number, end: number): Table {
  const columns = new Map<string, Column>();
  for (const [name, column] of table.columns) {
    columns.set(
      name,
      column.kind === 'numeric' ? { ...column, values: column.values.subarray(start, end) } : { ...column, codes: column.codes.subarray(start, end) },
    );
  }
  return { rowCount: end - start, columns };
}

export function requireColumn(table: Table, name: string): Column {
  const column = table.columns.get(name);
  if (!column) throw new Error(`column '${name}' was not loaded`);
  return column;
}

/** The rows at `indices`, copied into new columns (for samples). */
export function takeRows(table: Table, indices: ArrayLike<number>): Table {
  const columns = new Map<string, Column>();
  for (const [name, column] of table.columns) columns.set(name, columnRows(column, indices));
  return { rowCount: indices.length, columns };
}

/** The rows at `indices` of one column, copied. */
export function columnRows(column: Column, indices: ArrayLike<number>): Column {
  const rows = indices.length;
  // plain loops: TypedArray.from over an array-like with a callback is several times slower, cold (issue 18:
  // permutation importance takes each shuffle's changed rows, 60 tables of 21 columns on the example)
  if (column.kind === 'numeric') {
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) values[i] = column.values[indices[i]!]!;
    return { ...column, values };
  }
  const codes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) codes[i] = column.codes[indices[i]!]!;
  return { ...column, codes };
}

/** A copy of the table with one column's rows shuffled by `nextBelow` (Fisher-Yates). */
export function withShuffledColumn(table: Table, name: string, nextBelow: (bound: number) => number): Table {
  const column = requireColumn(table, name);
  const shuffled: Column = column.kind === 'numeric' ? { ...column, values: column.values.slice() } : { ...column, codes: column.codes.slice() };
  const data = shuffled.kind === 'numeric' ? shuffled.values : shuffled.codes;
  for (let i = data.length - 1; i > 0; i--) {
    const j = nextBelow(i + 1);
    const swap = data[i]!;
    data[i] = data[j]!;
    data[j] = swap;
  }
  const columns = new Map(table.columns);
  columns.set(name, shuffled);
  return { rowCount: table.rowCount, columns };
}

/**
 * Tables with the same columns (same names and kinds) one after another, as one table: numeric values
 * copied in order, categorical codes re-coded onto one dictionary in order of first appearance.
 */
export function concatTables(tables: readonly Table[]): Table {
  if (tables.length === 1) return tables[0]!;
  const rowCount = tables.reduce((sum, t) => sum + t.rowCount, 0);
  const first = tables[0];
  const columns = new Map<string, Column>();
  if (!first) return { rowCount: 0, columns };
  for (const [name, head] of first.columns) {
    const parts = tables.map((t) => {
      const column = t.columns.get(name);
      if (!column || column.kind !== head.kind) throw new Error(`concatTables: column '${name}' is not ${head.kind} in every table`);
      return column;
    });
    if (head.kind === 'numeric') {
      const values = new Float64Array(rowCount);
      let at = 0;
      for (const part of parts as NumericColumn[]) {
        values.set(part.values, at);
        at += part.values.length;
      }
      columns.set(name, { name, kind: 'numeric', values });
    } else {
      const codes = new Int32Array(rowCount);
      const categories: string[] = [];
      const codeOf = new Map<string, number>();
      let at = 0;
      for (const part of parts as CategoricalColumn[]) {
        const recode = part.categories.map((text) => {
          let code = codeOf.get(text);
          if (code === undefined) {
            code = categories.length;
            codeOf.set(text, code);
            categories.push(text);
          }
          return code;
        });
        for (const code of part.codes) codes[at++] = code === MISSING_CODE ? MISSING_CODE : recode[code]!;
      }
      columns.set(name, { name, kind: 'categorical', codes, categories });
    }
  }
  return { rowCount, columns };
}
