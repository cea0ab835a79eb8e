// The profile format (src/core/drift/profile.ts): source of schemas/profile.schema.json and, through
// FromSchema, of the Profile type.
import { array, int, nullableNumber, num, obj, str } from '../schema/build.js';

export const PROFILE_API_VERSION = 'modelops/v1';

const numbers = (description: string) => array(description, { type: 'number', description: 'A value.' });

export const PROFILE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://modelops.dev/schemas/v1/profile.schema.json',
  title: 'modelops profile',
  ...obj(
    'What drift needs of a dataset without its rows: per column, missing counts, bin counts over the reference\'s bin edges (numeric) or category counts (categorical). Written by modelops profile FILE, or from the rows of the SQL modelops profile --sql prints; modelops drift compares two.',
    {
      apiVersion: { const: PROFILE_API_VERSION, description: 'Format version.' },
      kind: { const: 'Profile', description: 'Document kind.' },
      rows: int('Rows profiled.'),
      source: str('What was profiled: a file or a table (informational).'),
      bins: { type: 'integer', minimum: 1, description: 'Equal-width bins per numeric column (of the reference profile whose edges are used).' },
      edges: { enum: ['own-range', 'reference'], description: "own-range: each numeric column's edges span this data's finite range (a reference profile); reference: counted over a reference profile's edges (a current profile)." },
      columns: array('One entry per column.', {
        oneOf: [
          obj(
            'A numeric column.',
            {
              name: str('Column name.'),
              kind: { const: 'numeric', description: 'Numeric column.' },
              missing: int('Rows without a finite value (NULL, NaN, ±Infinity).'),
              count: int('Rows with a finite value (the sum of counts).'),
              min: nullableNumber('Smallest finite value; null without any.'),
              max: nullableNumber('Largest finite value; null without any.'),
              sum: num('Sum of the finite values.'),
              sumOfSquares: num('Sum of their squares.'),
              edges: numbers('Bin edges, ascending: min + ((max - min) * k) / bins for k < bins and max itself, of the reference. Empty when the reference has no finite value.'),
              counts: array('edges.length + 1 counts: below edges[0]; [edges[i-1], edges[i]) for each bin, the last bin closed; above the last edge.', { type: 'integer', minimum: 0, description: 'Rows.' }),
              sums: numbers('Sum of the values in each of those bins.'),
            },
            ['name', 'kind', 'missing', 'count', 'min', 'max', 'sum', 'sumOfSquares', 'edges', 'counts', 'sums'],
          ),
          obj(
            'A categorical column.',
            {
              name: str('Column name.'),
              kind: { const: 'categorical', description: 'Categorical column.' },
              missing: int('Rows without a value (NULL, empty text).'),
              categories: array('Rows per category, sorted by category text.', obj('One category.', { value: str('Category text.'), count: int('Rows.') }, ['value', 'count'])),
            },
            ['name', 'kind', 'missing', 'categories'],
          ),
        ],
        description: 'One column.',
      }),
    },
    ['apiVersion', 'kind', 'rows', 'bins', 'edges', 'columns'],
  ),
} as const;
