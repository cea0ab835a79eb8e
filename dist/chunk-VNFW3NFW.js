import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/core/data/table.ts
var MISSING_CODE = -1;
function requireColumn(table, name) {
  const column = table.columns.get(name);
  if (!column) throw new Error(`column '${name}' was not loaded`);
  return column;
}
function takeRows(table, indices) {
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of table.columns) columns.set(name, columnRows(column, indices));
  return { rowCount: indices.length, columns };
}
function columnRows(column, indices) {
  const rows = indices.length;
  if (column.kind === "numeric") {
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) values[i] = column.values[indices[i]];
    return { ...column, values };
  }
  const codes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) codes[i] = column.codes[indices[i]];
  return { ...column, codes };
}
function withShuffledColumn(table, name, nextBelow) {
  const column = requireColumn(table, name);
  const shuffled = column.kind === "numeric" ? { ...column, values: column.values.slice() } : { ...column, codes: column.codes.slice() };
  const data = shuffled.kind === "numeric" ? shuffled.values : shuffled.codes;
  for (let i = data.length - 1; i > 0; i--) {
    const j = nextBelow(i + 1);
    const swap = data[i];
    data[i] = data[j];
    data[j] = swap;
  }
  const columns = new Map(table.columns);
  columns.set(name, shuffled);
  return { rowCount: table.rowCount, columns };
}
function concatTables(tables) {
  if (tables.length === 1) return tables[0];
  const rowCount = tables.reduce((sum, t) => sum + t.rowCount, 0);
  const first = tables[0];
  const columns = /* @__PURE__ */ new Map();
  if (!first) return { rowCount: 0, columns };
  for (const [name, head] of first.columns) {
    const parts = tables.map((t) => {
      const column = t.columns.get(name);
      if (!column || column.kind !== head.kind) throw new Error(`concatTables: column '${name}' is not ${head.kind} in every table`);
      return column;
    });
    if (head.kind === "numeric") {
      const values = new Float64Array(rowCount);
      let at = 0;
      for (const part of parts) {
        values.set(part.values, at);
        at += part.values.length;
      }
      columns.set(name, { name, kind: "numeric", values });
    } else {
      const codes = new Int32Array(rowCount);
      const categories = [];
      const codeOf = /* @__PURE__ */ new Map();
      let at = 0;
      for (const part of parts) {
        const recode = part.categories.map((text) => {
          let code = codeOf.get(text);
          if (code === void 0) {
            code = categories.length;
            codeOf.set(text, code);
            categories.push(text);
          }
          return code;
        });
        for (const code of part.codes) codes[at++] = code === MISSING_CODE ? MISSING_CODE : recode[code];
      }
      columns.set(name, { name, kind: "categorical", codes, categories });
    }
  }
  return { rowCount, columns };
}

export {
  MISSING_CODE,
  requireColumn,
  takeRows,
  columnRows,
  withShuffledColumn,
  concatTables
};
