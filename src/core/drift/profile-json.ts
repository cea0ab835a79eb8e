// Reading a profile from JSON (`modelops profile`'s output, a drift reference or current profile): apart from
// profile.ts so that what compares profiles and rows (analysis.ts, a gate's drift worker) does not load the
// precompiled schema validators (1.1 MB) with it.
import { schemaProblems } from '../schema/check.js';
import { compareText, ProfileError, type Profile } from './profile.js';

/**
 * A profile read from JSON: checked against schemas/profile.schema.json (the precompiled validator), then for
 * what a schema cannot say: unique column names, ascending edges, one count more than the edges and one sum
 * per count, counts that add up to the rows, min and max null only without values. Categories come back
 * sorted by text.
 */
export function parseProfile(value: unknown, file: string): Profile {
  const fail = (problems: readonly string[]): never => {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).join('; ');
    const more = problems.length > MAX_PROBLEMS_SHOWN ? `; and ${problems.length - MAX_PROBLEMS_SHOWN} more` : '';
    throw new ProfileError(`${file}: ${shown}${more} (see schemas/profile.schema.json)`);
  };
  const schema = schemaProblems('profile', value);
  if (schema.length > 0) return fail(schema);
  const profile = value as Profile;
  const problems: string[] = [];
  const names = new Set<string>();
  profile.columns.forEach((column, index) => {
    const at = `columns.${index}`;
    if (names.has(column.name)) problems.push(`${at}.name: column '${column.name}' appears twice`);
    names.add(column.name);
    if (column.kind === 'categorical') {
      const total = column.categories.reduce((sum, c) => sum + c.count, column.missing);
      if (total !== profile.rows) problems.push(`${at}: missing + category counts = ${total}, but the profile has ${profile.rows} rows`);
      return;
    }
    const { edges, counts, sums } = column;
    if (edges.some((edge, k) => k > 0 && !(edge >= edges[k - 1]!))) problems.push(`${at}.edges: must be ascending`);
    if (counts.length !== edges.length + 1) problems.push(`${at}.counts: must be ${edges.length + 1} counts (one more than the edges), found ${counts.length}`);
    if (sums.length !== counts.length) problems.push(`${at}.sums: must be ${counts.length} sums, one per count, found ${sums.length}`);
    const count = counts.reduce((a, b) => a + b, 0);
    if (column.count !== count) problems.push(`${at}.count: must equal the sum of counts (${count})`);
    else if (count + column.missing !== profile.rows) problems.push(`${at}: count + missing = ${count + column.missing}, but the profile has ${profile.rows} rows`);
    for (const key of ['min', 'max'] as const) if ((column[key] === null) !== (count === 0)) problems.push(`${at}.${key}: ${count === 0 ? 'must be null without values' : 'must be a number'}`);
  });
  if (problems.length > 0) return fail(problems);
  return {
    ...profile,
    columns: profile.columns.map((column) => (column.kind === 'categorical' ? { ...column, categories: [...column.categories].sort((a, b) => compareText(a.value, b.value)) } : column)),
  };
}

/** Problems a profile error lists before "and N more". */
const MAX_PROBLEMS_SHOWN = 5;
