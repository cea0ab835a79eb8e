// Rows -> groups of a sensitive attribute, and intersections of several attributes.
//
// - Categorical columns: one group per category that occurs, sorted by label (code-unit order, so the order
//   does not depend on row order or on the machine's locale; Fairlearn's MetricFrame sorts the same way).
// - Numeric columns with `bins` (ascending edges): edges [25, 60] give "< 25", "25–60" and "≥ 60"; a value
//   equal to an edge goes to the bucket that starts there (25 is in "25–60", 60 in "≥ 60").
// - Numeric columns without bins are read as categories (e.g. a 0/1-coded attribute), unless the attribute
//   declares `type: numeric`, which needs bins.
// - Missing values (NaN, or the missing code of a categorical column) form one group labelled "(missing)",
//   listed last. It is reported with its metrics, so a reviewer sees how many rows lack the attribute and how
//   the model treats them, but it is never compared with the real groups: "no value recorded" is not a group
//   of people, and comparing it could both raise and hide a disparity. Aequitas keeps such rows as a group
//   named 'nan'; Fairlearn refuses missing values outright.
// - Intersections: the Cartesian product of the attributes' groups; only combinations that occur are kept
//   (empty cells are skipped). A row missing any component falls in a "(missing)" combination.
import type { SensitiveAttribute } from '../manifest/manifest.js';
import { MISSING_CODE, type Column } from '../data/table.js';

export const MISSING_LABEL = '(missing)';

/** Largest number of possible combinations looked up in a flat array when intersecting. */
const DENSE_LIMIT = 1 << 22;

export interface GroupInfo {
  /** What the report shows: "female", "25–60", "female, < 25". */
  label: string;
  /** The row has no value for the attribute (or for one component of an intersection). */
  missing: boolean;
  /** The group's value per attribute name; one entry for a single attribute. */
  values: Record<string, string>;
}

/** Every row's group under one attribute (or one intersection of attributes). */
export interface Grouping {
  /** The attribute name, or the components joined by " × " for an intersection. */
  name: string;
  /** Component attribute names (one for a single attribute). */
  attributes: string[];
  /** Groups that occur in the data, indexed by code; the missing group, if any, is last. */
  groups: GroupInfo[];
  /** Group code per row: every row has one. */
  codes: Int32Array;
}

/** A sensitive attribute that cannot be grouped as declared: the message says what to change. */
export class FairnessInputError extends Error {
  override readonly name = 'FairnessInputError';
}

/** Labels of the buckets that ascending `edges` make: "< e1", "e1–e2", ..., "≥ ek". */
export function binLabels(edges: readonly number[]): string[] {
  const labels = [`< ${edges[0]}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${edges[i - 1]}–${edges[i]}`);
  labels.push(`≥ ${edges[edges.length - 1]}`);
  return labels;
}

/** Bucket of `value` among ascending `edges`: 0 below the first edge, edges.length at or above the last. */
export function bucketOf(value: number, edges: readonly number[]): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (value >= edges[middle]!) low = middle + 1;
    else high = middle;
  }
  return low;
}

function checkEdges(attribute: SensitiveAttribute, edges: readonly number[]): void {
  if (edges.length === 0) throw new FairnessInputError(`sensitive attribute '${attribute.name}': bins is empty; give at least one edge (e.g. [25, 60])`);
  edges.forEach((edge, i) => {
    if (!Number.isFinite(edge)) throw new FairnessInputError(`sensitive attribute '${attribute.name}': bin edge ${edge} is not a finite number`);
    if (i > 0 && edge <= edges[i - 1]!) {
      throw new FairnessInputError(`sensitive attribute '${attribute.name}': bins must be strictly ascending; got [${edges.join(', ')}]`);
    }
  });
}

/**
 * The groups of one sensitive attribute. `rawCodes[i]` is a provisional group per row (-1 = missing) and
 * `rawLabels` their labels; groups without rows are dropped and the rest renumbered (sorted unless `keepOrder`).
 */
function compact(attribute: SensitiveAttribute, rawCodes: Int32Array, rawLabels: readonly string[], keepOrder: boolean): Grouping {
  const counts = new Float64Array(rawLabels.length);
  let missingRows = 0;
  for (let i = 0; i < rawCodes.length; i++) {
    const code = rawCodes[i]!;
    if (code < 0) missingRows++;
    else counts[code]!++;
  }
  const present = rawLabels.map((label, code) => ({ label, code })).filter(({ code }) => counts[code]! > 0);
  if (!keepOrder) present.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const renumber = new Int32Array(rawLabels.length).fill(-1);
  present.forEach(({ code }, index) => (renumber[code] = index));
  const groups: GroupInfo[] = present.map(({ label }) => ({ label, missing: false, values: { [attribute.name]: label } }));
  const missingIndex = groups.length;
  if (missingRows > 0) groups.push({ label: MISSING_LABEL, missing: true, values: { [attribute.name]: MISSING_LABEL } });
  const codes = new Int32Array(rawCodes.length);
  for (let i = 0; i < rawCodes.length; i++) {
    const code = rawCodes[i]!;
    codes[i] = code < 0 ? missingIndex : renumber[code]!;
  }
  return { name: attribute.name, attributes: [attribute.name], groups, codes };
}

/** The groups of one sensitive attribute from its column. Throws `FairnessInputError` when the declaration does not fit the column. */
export function groupsFromColumn(attribute: SensitiveAttribute, column: Column): Grouping {
  const edges = attribute.bins;
  if (column.kind === 'categorical') {
    if (edges) throw new FairnessInputError(`sensitive attribute '${attribute.name}': bins apply to numeric columns, but column '${column.name}' holds categories`);
    const raw = new Int32Array(column.codes.length);
    for (let i = 0; i < raw.length; i++) raw[i] = column.codes[i] === MISSING_CODE ? -1 : column.codes[i]!;
    return compact(attribute, raw, column.categories, false);
  }
  if (edges) {
    checkEdges(attribute, edges);
    const raw = new Int32Array(column.values.length);
    for (let i = 0; i < raw.length; i++) {
      const value = column.values[i]!;
      raw[i] = Number.isNaN(value) ? -1 : bucketOf(value, edges);
    }
    return compact(attribute, raw, binLabels(edges), true);
  }
  if (attribute.type === 'numeric') {
    throw new FairnessInputError(`sensitive attribute '${attribute.name}' is numeric but declares no bins; add bins (ascending edges, e.g. [25, 60])`);
  }
  // A numeric column read as categories: each distinct value is a group.
  const index = new Map<number, number>();
  const labels: string[] = [];
  const raw = new Int32Array(column.values.length);
  for (let i = 0; i < raw.length; i++) {
    const value = column.values[i]!;
    if (Number.isNaN(value)) {
      raw[i] = -1;
      continue;
    }
    let code = index.get(value);
    if (code === undefined) {
      code = labels.length;
      index.set(value, code);
      labels.push(String(value));
    }
    raw[i] = code;
  }
  const grouping = compact(attribute, raw, labels, true);
  // numbers sort by value, not as text ("2" before "10")
  return sortNumericGroups(grouping);
}

function sortNumericGroups(grouping: Grouping): Grouping {
  const real = grouping.groups.filter((g) => !g.missing);
  const order = real.map((g, code) => ({ code, value: Number(g.label) })).sort((a, b) => a.value - b.value);
  const renumber = new Int32Array(grouping.groups.length);
  order.forEach(({ code }, index) => (renumber[code] = index));
  if (grouping.groups.length > real.length) renumber[real.length] = real.length;
  const groups = [...order.map(({ code }) => real[code]!), ...grouping.groups.slice(real.length)];
  const codes = grouping.codes.map((code) => renumber[code]!);
  return { ...grouping, groups, codes };
}

/** The intersection of several groupings over the same rows: one group per combination that occurs. */
export function intersectGroupings(groupings: readonly Grouping[]): Grouping {
  if (groupings.length < 2) throw new RangeError('an intersection needs at least two attributes');
  const rows = groupings[0]!.codes.length;
  for (const g of groupings) if (g.codes.length !== rows) throw new RangeError(`attribute '${g.name}' has ${g.codes.length} rows, '${groupings[0]!.name}' has ${rows}`);
  // Mixed-radix combination index; within the radix each component keeps its own order, so combinations
  // come out sorted by the first attribute, then the second, ...
  const radices = groupings.map((g) => g.groups.length);
  const combined = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let key = 0;
    for (let k = 0; k < groupings.length; k++) key = key * radices[k]! + groupings[k]!.codes[i]!;
    combined[i] = key;
  }
  const space = radices.reduce((a, b) => a * b, 1);
  // Dense lookup when the product of group counts is small (the usual case), a Map otherwise.
  const dense = space <= DENSE_LIMIT ? new Int32Array(space).fill(-1) : undefined;
  const sparse = dense ? undefined : new Map<number, number>();
  const seen: number[] = [];
  for (let i = 0; i < rows; i++) {
    const key = combined[i]!;
    if (dense) {
      if (dense[key] === -1) {
        dense[key] = 0;
        seen.push(key);
      }
    } else if (!sparse!.has(key)) {
      sparse!.set(key, 0);
      seen.push(key);
    }
  }
  const keys = seen.sort((a, b) => a - b);
  const decode = (key: number): GroupInfo[] => {
    const parts: GroupInfo[] = new Array(groupings.length);
    for (let k = groupings.length - 1; k >= 0; k--) {
      const radix = radices[k]!;
      parts[k] = groupings[k]!.groups[key % radix]!;
      key = Math.floor(key / radix);
    }
    return parts;
  };
  const entries = keys.map((key) => {
    const parts = decode(key);
    return {
      key,
      group: {
        label: parts.map((p) => p.label).join(', '),
        missing: parts.some((p) => p.missing),
        values: Object.assign({}, ...parts.map((p) => p.values)) as Record<string, string>,
      } satisfies GroupInfo,
    };
  });
  // combinations with a missing component go last, as the missing group does for one attribute
  entries.sort((a, b) => Number(a.group.missing) - Number(b.group.missing) || a.key - b.key);
  entries.forEach((e, index) => (dense ? (dense[e.key] = index) : sparse!.set(e.key, index)));
  const codes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) codes[i] = dense ? dense[combined[i]!]! : sparse!.get(combined[i]!)!;
  return {
    name: groupings.map((g) => g.name).join(' × '),
    attributes: groupings.flatMap((g) => g.attributes),
    groups: entries.map((e) => e.group),
    codes,
  };
}
