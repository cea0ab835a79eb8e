import { describe, expect, it } from 'vitest';
import { cat, num, numeric, rejection, scratchFiles, texts } from '../../testing/tables.js';
import { DataFormatError } from './columns.js';
import { readJsonlTable } from './jsonl.js';

const jsonlFile = scratchFiles('modelops-jsonl-', '.jsonl').write;
const failure = (promise: Promise<unknown>) => rejection(promise, DataFormatError);

describe('readJsonlTable', () => {
  it('reads numbers, strings, booleans and nulls into the requested kinds', async () => {
    const path = jsonlFile(
      [
        '{"age": 31, "city": "Oslo", "member": true, "score": 0.5, "extra": {"nested": 1}}',
        '{"age": null, "city": null, "member": false, "score": "NA"}',
        '{"age": 40, "city": "", "member": null, "score": "2.5e1"}',
      ].join('\n'),
    );
    const table = await readJsonlTable(path, [num('age'), cat('city'), cat('member'), num('score')]);
    expect(table.rowCount).toBe(3);
    expect([...table.columns.keys()]).toEqual(['age', 'city', 'member', 'score']);
    expect(numeric(table, 'age')).toEqual([31, NaN, 40]);
    expect(texts(table, 'city')).toEqual(['Oslo', undefined, undefined]);
    expect(texts(table, 'member')).toEqual(['true', 'false', undefined]);
    expect(numeric(table, 'score')).toEqual([0.5, NaN, 25]);
  });

  it('reads numbers asked for as categories as their text, and a key absent from a record as missing', async () => {
    const path = jsonlFile('{"grade": 3, "x": 1}\n{"x": 2}\n{"grade": 3.5}\n');
    const table = await readJsonlTable(path, [cat('grade'), num('x')]);
    expect(texts(table, 'grade')).toEqual(['3', undefined, '3.5']);
    expect(numeric(table, 'x')).toEqual([1, 2, NaN]);
  });

  it('does not take inherited properties for keys', async () => {
    const table = await readJsonlTable(jsonlFile('{"constructor": "a"}\n{"toString": 1}\n'), [cat('constructor')]);
    expect(texts(table, 'constructor')).toEqual(['a', undefined]);
  });

  it('skips blank lines, handles CRLF and a BOM, and keeps line numbers right', async () => {
    const path = jsonlFile('\uFEFF{"a": 1}\r\n\r\n   \n{"a": 2}\r\n{"a": "x"}\r\n');
    const error = await failure(readJsonlTable(path, [num('a')]));
    expect(error.message).toContain(`${path}, line 5: column 'a': 'x' is not a number`);
    const table = await readJsonlTable(jsonlFile('\uFEFF{"a": 1}\r\n\r\n   \n{"a": 2}\r\n'), [num('a')]);
    expect(numeric(table, 'a')).toEqual([1, 2]);
  });

  it('gives the same table whatever the chunk size', async () => {
    const path = jsonlFile('{"t": "ünï✓", "n": 1}\n\n{"t": "😀", "n": -2.5}\n{"t": "a\\nb", "n": null}');
    const request = [cat('t'), num('n')];
    const whole = await readJsonlTable(path, request);
    expect(texts(whole, 't')).toEqual(['ünï✓', '😀', 'a\nb']);
    for (let chunkBytes = 1; chunkBytes <= 7; chunkBytes++) {
      expect(await readJsonlTable(path, request, { chunkBytes }), `chunk ${chunkBytes}`).toEqual(whole);
    }
  });

  it('reports a malformed line with its number and the JSON message', async () => {
    const path = jsonlFile('{"a": 1}\n\n{"a": 2,}\n');
    const error = await failure(readJsonlTable(path, [num('a')]));
    expect(error.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, line 3: not valid JSON \\(.+\\)$`));
    expect(error.location.line).toBe(3);
  });

  it('reports a line that is not an object', async () => {
    expect((await failure(readJsonlTable(jsonlFile('{"a": 1}\n[1, 2]\n'), [num('a')]))).message).toContain('line 2: expected a JSON object, got an array');
    expect((await failure(readJsonlTable(jsonlFile('null\n'), []))).message).toContain('line 1: expected a JSON object, got null');
    expect((await failure(readJsonlTable(jsonlFile('42\n'), []))).message).toContain('line 1: expected a JSON object, got a number');
  });

  it('reports a nested value in a requested column with its line', async () => {
    const path = jsonlFile('{"a": 1, "b": 1}\n{"a": {"x": 1}, "b": 2}\n{"a": [1], "b": 3}\n');
    expect((await failure(readJsonlTable(path, [num('a')]))).message).toContain(`line 2: column 'a': a nested object is not a number (nested values are not supported`);
    expect((await failure(readJsonlTable(path, [cat('a')]))).message).toContain(`line 2: column 'a': a nested object is not a category`);
    // not requested: not looked at
    expect(numeric(await readJsonlTable(path, [num('b')]), 'b')).toEqual([1, 2, 3]);
  });

  it('rejects a boolean in a numeric column', async () => {
    const error = await failure(readJsonlTable(jsonlFile('{"a": true}\n'), [num('a')]));
    expect(error.message).toContain("line 1: column 'a': true is a boolean, not a number (declare the column categorical to read 'true'/'false')");
  });

  it('names a requested key that no record has', async () => {
    const path = jsonlFile('{"age": 1, "income": 2}\n{"age": 3}\n');
    const error = await failure(readJsonlTable(path, [num('Age'), num('income')]));
    expect(error.message).toBe(`${path}: no column 'Age' in any record (did you mean 'Age' -> 'age'?); the first record has: age, income`);
  });

  it('rejects an empty file and invalid UTF-8', async () => {
    expect((await failure(readJsonlTable(jsonlFile(''), []))).message).toContain('the file has no records');
    expect((await failure(readJsonlTable(jsonlFile('\n\n'), []))).message).toContain('the file has no records');
    const bad = jsonlFile(Buffer.concat([Buffer.from('{"a": 1}\n{"a": "'), Buffer.from([0xff]), Buffer.from('"}\n')]));
    expect((await failure(readJsonlTable(bad, [cat('a')]))).message).toContain('line 2: the file is not valid UTF-8');
  });
});
