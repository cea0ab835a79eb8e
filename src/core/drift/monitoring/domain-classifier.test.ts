import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../data/table.js';
import { createRng, type Rng } from '../../stats/random.js';
import { domainClassifier, DomainClassifierError } from './domain-classifier.js';

function gaussian(rng: Rng): number {
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}

interface Shape {
  /** Shift of `income` in its standard deviations. */
  incomeShift?: number;
  /** Probabilities of north, south, east. */
  regionMix?: readonly [number, number, number];
  /** Categories in this table's dictionary order (codes differ between tables, texts do not). */
  regionDictionary?: readonly string[];
}

/** age ~ N(0, 1); income ~ N(10, 3); score = age / 2 + N(0, 1), 5% missing; region categorical. */
function sample(rng: Rng, rows: number, shape: Shape = {}): Table {
  const { incomeShift = 0, regionMix = [0.5, 0.3, 0.2], regionDictionary = ['north', 'south', 'east'] } = shape;
  const age = new Float64Array(rows);
  const income = new Float64Array(rows);
  const score = new Float64Array(rows);
  const codes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    age[i] = gaussian(rng);
    income[i] = 10 + 3 * (gaussian(rng) + incomeShift);
    score[i] = rng.nextFloat() < 0.05 ? Number.NaN : age[i]! / 2 + gaussian(rng);
    const u = rng.nextFloat();
    const region = u < regionMix[0] ? 'north' : u < regionMix[0] + regionMix[1] ? 'south' : 'east';
    codes[i] = regionDictionary.indexOf(region);
  }
  return tableOf(rows, [
    { name: 'age', kind: 'numeric', values: age },
    { name: 'income', kind: 'numeric', values: income },
    { name: 'score', kind: 'numeric', values: score },
    { name: 'region', kind: 'categorical', codes, categories: [...regionDictionary] },
  ]);
}

function tableOf(rowCount: number, columns: Column[]): Table {
  return { rowCount, columns: new Map(columns.map((column) => [column.name, column])) };
}

describe('domainClassifier', () => {
  it.each([1, 2, 3, 4, 5])('finds no drift between two samples of one distribution (seed %i)', (seed) => {
    const rng = createRng(seed);
    const result = domainClassifier(sample(rng, 2000), sample(rng, 2000), { seed });
    expect(Math.abs(result.auc - 0.5)).toBeLessThan(0.05);
    expect(result.drifted).toBe(false);
    // 4,000 rows: 2,000,000 / 4,000 = 500 > 99 permutations; alarm above the 5th largest of 99 permuted
    // AUCs, which stand for a false-alarm rate of 5 / 100
    expect(result).toMatchObject({ thresholdSource: 'permutation', permutations: 99, alpha: 0.05, falseAlarmRate: 0.05 });
    expect(result.threshold).toBeGreaterThan(0.5);
    expect(result.threshold).toBeLessThan(0.55);
    expect(result.pValue).toBeGreaterThan(0.05);
    expect(result.model.converged).toBe(true);
  });

  it('never calls an AUC below 0.5 drift: the threshold is one-sided, from the permuted labels at these sizes', () => {
    // 100 rows a side, four features: cross-validated AUCs without drift often fall below 0.45
    for (let seed = 1; seed <= 12; seed++) {
      const rng = createRng(100 + seed);
      const result = domainClassifier(sample(rng, 100), sample(rng, 100), { seed });
      if (result.auc < 0.5) expect(result.drifted).toBe(false);
      expect(result.threshold).toBeGreaterThan(0.5);
      expect(result.drifted).toBe(result.pValue <= 0.05);
    }
  });

  it('detects a one-standard-deviation shift of a numeric column and ranks that column first', () => {
    const rng = createRng(11);
    const result = domainClassifier(sample(rng, 2000), sample(rng, 2000, { incomeShift: 1 }), { seed: 11 });
    // two normals one SD apart: AUC = Phi(1 / sqrt 2) = 0.76
    expect(result.auc).toBeGreaterThan(0.72);
    expect(result.drifted).toBe(true);
    expect(result.features[0]!.column).toBe('income');
    expect(result.features[0]!.aucDrop).toBeGreaterThan(0.2);
    expect(result.features[1]!.aucDrop).toBeLessThan(0.02);
    // the current rows are richer: a positive coefficient on standardised income
    expect(result.features[0]!.encoded).toEqual([{ feature: 'value', coefficient: expect.any(Number) }]);
    expect(result.features[0]!.encoded[0]!.coefficient).toBeGreaterThan(0);
  });

  it('detects a change in the mix of a categorical column, matching categories by text across dictionaries', () => {
    const rng = createRng(12);
    const reference = sample(rng, 2000, { regionMix: [0.6, 0.3, 0.1] });
    const current = sample(rng, 2000, { regionMix: [0.1, 0.3, 0.6], regionDictionary: ['east', 'north', 'south'] });
    const result = domainClassifier(reference, current, { seed: 12 });
    expect(result.auc).toBeGreaterThan(0.7);
    expect(result.drifted).toBe(true);
    const region = result.features[0]!;
    expect(region.column).toBe('region');
    const coefficient = (level: string) => region.encoded.find((e) => e.feature === level)!.coefficient;
    expect(coefficient('east')).toBeGreaterThan(0);
    expect(coefficient('north')).toBeLessThan(0);
  });

  it('gives the same result for the same seed, and a different subsample for another', () => {
    const rng = createRng(13);
    const reference = sample(rng, 3000);
    const current = sample(rng, 3000, { incomeShift: 0.3 });
    const options = { seed: 5, maxRowsPerSide: 1000 };
    const first = domainClassifier(reference, current, options);
    expect(domainClassifier(reference, current, options)).toEqual(first);
    expect(first.rows).toEqual({ reference: { total: 3000, used: 1000 }, current: { total: 3000, used: 1000 } });
    expect(domainClassifier(reference, current, { ...options, seed: 6 }).auc).not.toBe(first.auc);
  });

  it('uses a fixed auc_band max only when the manifest declares one, and says what false-alarm rate it stands for', () => {
    const rng = createRng(14);
    const reference = sample(rng, 1000);
    const current = sample(rng, 1000, { incomeShift: 1 });
    const lenient = domainClassifier(reference, current, { aucBand: { max: 0.9 } });
    expect(lenient).toMatchObject({ thresholdSource: 'fixed', threshold: 0.9, band: { max: 0.9 }, drifted: false });
    // no permuted AUC of 2,000 rows gets near 0.9
    expect(lenient.falseAlarmRate).toBe(0);
    const same = domainClassifier(sample(rng, 100), sample(rng, 100), { aucBand: { min: 0.45, max: 0.5 } });
    // a max of 0.5 alarms on a large share of no-drift samples: the report says so
    expect(same.falseAlarmRate).toBeGreaterThan(0.2);
    expect(() => domainClassifier(reference, current, { aucBand: { min: 0.7, max: 0.6 } })).toThrow(/min \(0.7\) must be below max \(0.6\)/);
    expect(() => domainClassifier(reference, current, { aucBand: { min: 0.45 } })).toThrow(/auc_band needs a max/);
    expect(() => domainClassifier(reference, current, { alpha: 0.01, permutations: 50 })).toThrow(/permutations must be an integer of at least 99/);
  });

  it('skips columns that hold one value on both sides, and tells them apart from a value that moved', () => {
    const rng = createRng(15);
    const reference = sample(rng, 500);
    const current = sample(rng, 500);
    const withConstants = (table: Table, flag: number): Table =>
      tableOf(table.rowCount, [
        ...table.columns.values(),
        { name: 'constant', kind: 'numeric', values: new Float64Array(table.rowCount).fill(7) },
        { name: 'empty', kind: 'numeric', values: new Float64Array(table.rowCount).fill(Number.NaN) },
        { name: 'country', kind: 'categorical', codes: new Int32Array(table.rowCount), categories: ['NL'] },
        { name: 'version', kind: 'numeric', values: new Float64Array(table.rowCount).fill(flag) },
      ]);
    const result = domainClassifier(withConstants(reference, 1), withConstants(current, 2), { seed: 15 });
    expect(result.skippedColumns).toEqual([
      { column: 'constant', reason: 'one value on every row of both sides' },
      { column: 'empty', reason: 'missing on every row of both sides' },
      { column: 'country', reason: 'one category on every row of both sides' },
    ]);
    // 'version' is constant on each side but differs between them: the classifier separates perfectly on it
    expect(result.auc).toBe(1);
    expect(result.features[0]!.column).toBe('version');
  });

  it('uses missingness as a signal', () => {
    const rng = createRng(16);
    const reference = sample(rng, 1000);
    const current = sample(rng, 1000);
    const income = (current.columns.get('income') as { values: Float64Array }).values;
    for (let i = 0; i < income.length; i += 2) income[i] = Number.NaN;
    const result = domainClassifier(reference, current, { seed: 16 });
    expect(result.drifted).toBe(true);
    expect(result.features[0]!.column).toBe('income');
    expect(result.features[0]!.encoded.map((e) => e.feature)).toEqual(['value', 'missing']);
  });

  it('pools rare categories into (other) and keeps missing as its own level', () => {
    const rows = 400;
    const make = (offset: number): Table => {
      const codes = Int32Array.from({ length: rows }, (_, i) => ((i + offset) % 10 === 0 ? -1 : (i + offset) % 5));
      const x = Float64Array.from({ length: rows }, (_, i) => Math.sin(i + offset));
      return tableOf(rows, [
        { name: 'x', kind: 'numeric', values: x },
        { name: 'letter', kind: 'categorical', codes, categories: ['a', 'b', 'c', 'd', 'e'] },
      ]);
    };
    const result = domainClassifier(make(0), make(1), { topCategories: 2 });
    const letter = result.features.find((f) => f.column === 'letter')!;
    expect(letter.encoded.map((e) => e.feature)).toHaveLength(4);
    expect(letter.encoded.map((e) => e.feature).slice(2)).toEqual(['(other)', '(missing)']);
  });

  it('says what is wrong with unusable input', () => {
    const rng = createRng(17);
    const reference = sample(rng, 100);
    const empty = tableOf(0, [...reference.columns.values()].map((c) => (c.kind === 'numeric' ? { ...c, values: new Float64Array(0) } : { ...c, codes: new Int32Array(0) })));
    expect(() => domainClassifier(reference, empty)).toThrow(DomainClassifierError);
    expect(() => domainClassifier(reference, empty)).toThrow(/current data has no rows/);
    expect(() => domainClassifier(empty, reference)).toThrow(/reference data has no rows/);
    expect(() => domainClassifier(reference, sample(rng, 3))).toThrow(/3 row\(s\); 5-fold cross-validation needs at least 5/);
    const renamed = tableOf(100, [...reference.columns.values()].filter((c) => c.name !== 'age'));
    expect(() => domainClassifier(reference, renamed)).toThrow(/'age' is not in the current data/);
    const retyped = tableOf(100, [...reference.columns.values()].map((c) => (c.name === 'region' ? { name: 'region', kind: 'numeric' as const, values: new Float64Array(100) } : c)));
    expect(() => domainClassifier(reference, retyped)).toThrow(/'region' is categorical in the reference data but numeric in the current data/);
    const constant = tableOf(100, [{ name: 'k', kind: 'numeric', values: new Float64Array(100).fill(1) }]);
    expect(() => domainClassifier(constant, constant)).toThrow(/no feature column varies \('k': one value on every row of both sides\)/);
    expect(() => domainClassifier(reference, reference, { folds: 1 })).toThrow(/folds must be an integer of at least 2/);
  });
});
