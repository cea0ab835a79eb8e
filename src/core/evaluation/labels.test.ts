import { describe, expect, it } from 'vitest';
import type { CategoricalColumn, NumericColumn } from '../data/table.js';
import { LabelError, binaryTruth } from './labels.js';

const numeric = (values: number[]): NumericColumn => ({ name: 'y', kind: 'numeric', values: Float64Array.from(values) });
const categorical = (texts: string[], categories: string[]): CategoricalColumn => ({
  name: 'y',
  kind: 'categorical',
  codes: Int32Array.from(texts, (t) => (t === '' ? -1 : categories.indexOf(t))),
  categories,
});

describe('binaryTruth', () => {
  it('marks the positive class with 1, numeric labels (-0 is 0) and categorical ones', () => {
    expect([...binaryTruth(numeric([0, 1, 1, -0, 0]), 1)]).toEqual([0, 1, 1, 0, 0]);
    expect([...binaryTruth(numeric([0, 1, 1, -0, 0]), '0')]).toEqual([1, 0, 0, 1, 1]);
    expect([...binaryTruth(categorical(['no', 'yes', 'no'], ['no', 'yes']), 'yes')]).toEqual([0, 1, 0]);
    expect([...binaryTruth(numeric([7, 7, 7]), 7)]).toEqual([1, 1, 1]);
  });

  it('counts every distinct value when there are more than two, and lists them in order of appearance', () => {
    const many = numeric([0, 1, 0, 2, 3, 1, 4]);
    expect(() => binaryTruth(many, 1)).toThrow(new LabelError("label column 'y' has 5 distinct values; binary classification needs two"));
    const texts = categorical(['b', 'a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd']);
    expect(() => binaryTruth(texts, 'a')).toThrow("label column 'y' has 4 distinct values (b, a, c, d); binary classification needs two");
  });

  it('names the values present when the positive class never occurs, and rejects missing labels', () => {
    expect(() => binaryTruth(numeric([3, 0, 3]), 1)).toThrow("positive class 1 never occurs in label column 'y' (values: 3, 0)");
    expect(() => binaryTruth(categorical(['no', 'no'], ['no', 'yes']), 'yes')).toThrow("positive class 'yes' never occurs in label column 'y' (values: no)");
    expect(() => binaryTruth(categorical(['no', '', 'yes'], ['no', 'yes']), 'yes')).toThrow('missing on 1 row(s), the first being data row 2');
  });

  it('reports missing labels before any other problem, counting every one', () => {
    // three distinct values besides the missing ones, and a positive class absent: the missing labels still come first
    expect(() => binaryTruth(numeric([5, 0, Number.NaN, 1, 2, Number.NaN]), 9)).toThrow("label column 'y' is missing on 2 row(s), the first being data row 3");
    expect(() => binaryTruth(categorical(['a', 'b', 'c', '', 'a', ''], ['a', 'b', 'c']), 'z')).toThrow('missing on 2 row(s), the first being data row 4');
    // a missing code (-1) is not taken for a positive class that is not among the categories
    expect(() => binaryTruth(categorical(['a', 'b'], ['a', 'b']), 'z')).toThrow("positive class 'z' never occurs in label column 'y' (values: a, b)");
  });
});
