// The CSV read's worker as dist/ ships it: csv.ts bundled like dist/ (bench/lib/build-cli.mjs) starts
// dist-style csv-worker.js from its own folder, and the two-thread table equals the one-thread table.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScratchBundle } from '../../bench/lib/build-cli.mjs';
import type { Table } from '../../src/core/data/table.js';
import type { readCsvTable as ReadCsvTable } from '../../src/io/data/csv.js';
import { scratchFiles } from '../../src/testing/tables.js';

const csvFile = scratchFiles('modelops-csv-bundle-', '.csv').write;
let built: { dir: string; dispose: () => void };
let readCsvTable: typeof ReadCsvTable;
beforeAll(async () => {
  built = await buildScratchBundle({ reader: 'src/io/data/csv.ts' });
  ({ readCsvTable } = (await import(pathToFileURL(join(built.dir, 'reader.js')).href)) as { readCsvTable: typeof ReadCsvTable });
}, 120_000);
afterAll(() => built?.dispose());

const plain = (table: Table) => [...table.columns.values()].map((c) => (c.kind === 'numeric' ? [...c.values] : [[...c.codes], c.categories]));

describe('dist/csv-worker.js', () => {
  it('parses the second part of a file as the main thread alone does', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i},${(i * 0.37).toFixed(2)},${['a', 'b', '"c, d"', ''][i % 4]}`);
    const path = csvFile(`id,x,k\n${lines.join('\n')}\n`);
    const request = [
      { name: 'id', kind: 'numeric' as const },
      { name: 'x', kind: 'numeric' as const },
      { name: 'k', kind: 'categorical' as const },
    ];
    const alone = await readCsvTable(path, request, { threads: 0 });
    let how = '';
    const split = await readCsvTable(path, request, { threads: 1, splitAt: 150_000, onRead: (h) => (how = h) });
    expect(how).toBe('two threads');
    expect(split.rowCount).toBe(20_000);
    expect(plain(split)).toEqual(plain(alone));
  });
});
