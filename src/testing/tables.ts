// The data readers' tests (src/io/data): the columns a test requests, a column's values read back, the
// error a read rejects with, and scratch folders and files to read, removed after the test file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { categoryOf, type CategoricalColumn, type ColumnRequest, type NumericColumn, type Table } from '../core/data/table.js';

export const num = (name: string): ColumnRequest => ({ name, kind: 'numeric' });
export const cat = (name: string): ColumnRequest => ({ name, kind: 'categorical' });

/** A numeric column's values, NaN where missing. */
export const numeric = (table: Table, name: string): number[] => [...(table.columns.get(name) as NumericColumn).values];

/** A categorical column's texts, undefined where missing. */
export const texts = (table: Table, name: string): (string | undefined)[] => {
  const column = table.columns.get(name) as CategoricalColumn;
  return [...column.codes].map((_, row) => categoryOf(column, row));
};

/** The error `promise` rejects with, expected to be a `type`; a promise that resolves fails the test. */
export async function rejection<E>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

/** A maker of fresh scratch folders (`<tmp>/<prefix>XXXXXX`), all removed after the test file. */
export function scratchFolders(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/** One scratch folder whose `path()` names a new file `t<n><extension>` in it and `write(content)` writes one. */
export function scratchFiles(prefix: string, extension: string): { dir: string; path: () => string; write: (content: string | Buffer) => string } {
  const dir = scratchFolders(prefix)();
  let count = 0;
  const path = () => join(dir, `t${count++}${extension}`);
  return {
    dir,
    path,
    write: (content) => {
      const file = path();
      writeFileSync(file, content);
      return file;
    },
  };
}
