import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Table } from '../data/table.js';
import { PROFILE_SCHEMA } from './profile-schema.js';
import { createRng } from '../stats/random.js';
import { detectDrift } from './dataset.js';
import { binIndex, equalWidthEdges, profileDrift, profileTable, ProfileError, type ProfileColumnSpec } from './profile.js';
import { parseProfile } from './profile-json.js';

function table(seed: number, n: number, shift: number): Table {
  const rng = createRng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
  const colours = ['red', 'green', 'blue'];
  return {
    rowCount: n,
    columns: new Map([
      ['x', { name: 'x', kind: 'numeric' as const, values: Float64Array.from({ length: n }, (_, i) => (i % 50 === 0 ? Number.NaN : normal() + shift)) }],
      ['rating', { name: 'rating', kind: 'numeric' as const, values: Float64Array.from({ length: n }, () => 1 + Math.floor(rng.nextFloat() * (shift > 0 ? 3 : 4))) }],
      ['colour', { name: 'colour', kind: 'categorical' as const, codes: Int32Array.from({ length: n }, () => Math.floor(rng.nextFloat() * (shift > 0 ? 2 : 3))), categories: colours }],
    ]),
  };
}
const COLUMNS: ProfileColumnSpec[] = [
  { name: 'x', kind: 'numeric' },
  { name: 'rating', kind: 'numeric' },
  { name: 'colour', kind: 'categorical' },
];

describe('binIndex', () => {
  it("puts a value in [edge i-1, edge i), the last bin closed, with bins below and above the edges (numpy.histogram's rule plus under/overflow)", () => {
    const edges = [0, 1, 2, 3];
    expect([-0.5, 0, 0.999, 1, 2.5, 3, 3.0001].map((x) => binIndex(x, edges))).toEqual([0, 1, 1, 2, 3, 3, 4]);
    expect(binIndex(5, [5, 5, 5])).toBe(2); // a constant column: its value is in the last, closed bin
    expect(binIndex(7, [])).toBe(0);
  });

  it('ends the equal-width edges exactly at the maximum', () => {
    const edges = equalWidthEdges(0.1, 0.3, 7);
    expect(edges).toHaveLength(8);
    expect(edges[0]).toBe(0.1);
    expect(edges[7]).toBe(0.3);
  });
});

describe('profiles', () => {
  const reference = profileTable(table(1, 5000, 0), COLUMNS, { source: 'reference.csv' });
  const current = profileTable(table(2, 3000, 0.3), COLUMNS, { reference });

  it('round-trips through JSON, is valid against schemas/profile.schema.json, and is rejected when inconsistent', () => {
    const json = JSON.parse(JSON.stringify(current));
    expect(parseProfile(json, 'current.json')).toEqual(current);
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(PROFILE_SCHEMA);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    json.columns[0].counts[3] += 1;
    expect(() => parseProfile(json, 'current.json')).toThrow(/current\.json: columns\.0\.count: must equal the sum of counts/);
    expect(() => parseProfile({ kind: 'Report' }, 'r.json')).toThrow(/kind: must be "Profile"/);
  });

  describe('rejects a profile that does not match schemas/profile.schema.json, naming the file and the field', () => {
    const bad = (edit: (doc: Record<string, any>) => void): unknown => {
      const doc = JSON.parse(JSON.stringify(reference));
      edit(doc);
      return doc;
    };
    const cases: [string, unknown, RegExp][] = [
      ['a field of the wrong type', bad((d) => (d.columns[0].missing = 'none')), /^ref\.json: columns\.0\.missing: must be an integer, found "none" \(see schemas\/profile\.schema\.json\)$/],
      ['a missing field', bad((d) => delete d.rows), /^ref\.json: \(document\): missing required field 'rows'/],
      ['a missing field of a column, its kind deciding which column shape', bad((d) => delete d.columns[2].categories), /^ref\.json: columns\.2: missing required field 'categories'/],
      ['an unknown column kind', bad((d) => (d.columns[1].kind = 'text')), /^ref\.json: columns\.1\.kind: must be one of "numeric", "categorical"/],
      ['an unknown field, with the closest known one', bad((d) => (d.columns[0].sumOfSquare = 1)), /columns\.0: unknown field 'sumOfSquare' \(did you mean 'sumOfSquares'\?\)/],
      ['a negative count', bad((d) => (d.columns[0].counts[1] = -1)), /columns\.0\.counts\.1: must be >= 0/],
      ['not an object', [1, 2], /^ref\.json: \(document\): must be a mapping, found a list/],
      ['a column named twice', bad((d) => (d.columns[1].name = 'x')), /^ref\.json: columns\.1\.name: column 'x' appears twice/],
      ['edges out of order', bad((d) => d.columns[0].edges.reverse()), /columns\.0\.edges: must be ascending/],
    ];
    it.each(cases)('%s', (_name, doc, message) => {
      expect(() => parseProfile(doc, 'ref.json')).toThrow(ProfileError);
      expect(() => parseProfile(doc, 'ref.json')).toThrow(message);
    });
  });

  it('counts a current profile over the reference edges and keeps the missing values apart', () => {
    const x = current.columns[0]!;
    if (x.kind !== 'numeric') throw new Error('x is numeric');
    expect(x.edges).toEqual((reference.columns[0] as typeof x).edges);
    expect(x.missing).toBe(60);
    expect(x.count + x.missing).toBe(3000);
  });

  it('gives categorical columns and small-integer columns the same tests as the rows do', () => {
    const fromRows = detectDrift(table(1, 5000, 0), table(2, 3000, 0.3), ['colour', 'rating'], { method: 'chi2' });
    const fromProfiles = profileDrift(reference, current, ['colour', 'rating'], { method: 'chi2' });
    for (const [index, result] of fromProfiles.columns.entries()) {
      const raw = fromRows.columns[index]!;
      if (!result.evaluated || !raw.evaluated) throw new Error('evaluated');
      expect(result.test.statistic).toBeCloseTo(raw.test.statistic, 9);
      expect(result.pValue).toBeCloseTo(raw.pValue!, 12);
    }
  });

  it('approximates KS and Wasserstein from the bins, and says so', () => {
    const raw = detectDrift(table(1, 5000, 0), table(2, 3000, 0.3), ['x'], { method: 'ks' }).columns[0]!;
    const binned = profileDrift(reference, current, ['x'], { method: 'ks' }).columns[0]!;
    if (!raw.evaluated || !binned.evaluated) throw new Error('evaluated');
    expect(binned.test.detail['approximation']).toBe('binned');
    expect(binned.test.statistic).toBeLessThanOrEqual(raw.test.statistic + 1e-12);
    expect(binned.test.statistic).toBeGreaterThan(raw.test.statistic - 0.01); // 100 bins: within a bin's mass
    expect(binned.drifted).toBe(true);
    const w = profileDrift(reference, current, ['x'], { method: 'wasserstein' }).columns[0]!;
    const wRaw = detectDrift(table(1, 5000, 0), table(2, 3000, 0.3), ['x'], { method: 'wasserstein' }).columns[0]!;
    if (!w.evaluated || !wRaw.evaluated) throw new Error('evaluated');
    expect(w.test.score).toBeCloseTo(wRaw.test.score, 2);
  });

  it('refuses profiles counted over different edges', () => {
    const other = profileTable(table(2, 3000, 0.3), COLUMNS);
    expect(() => profileDrift(reference, other, ['x'])).toThrow(ProfileError);
    expect(() => profileDrift(reference, other, ['x'])).toThrow(/bin edges are not the reference's/);
  });
});
