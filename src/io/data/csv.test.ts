import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { categoryOf, type CategoricalColumn, type ColumnRequest, type NumericColumn, type Table } from '../../core/data/table.js';
import { cat, num, numeric, rejection, scratchFiles, texts } from '../../testing/tables.js';
import { DataFormatError } from './columns.js';
import { sortFloat64 } from '../../core/stats/radix-sort.js';
import { PARALLEL_MIN_BYTES, csvReadThreads, type SpareThread } from './csv-threads.js';
import { readCsvTable } from './csv.js';

const csvFile = scratchFiles('modelops-csv-', '.csv').write;
const failure = (promise: Promise<unknown>) => rejection(promise, DataFormatError);

describe('readCsvTable: the format', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', async () => {
    const path = csvFile('a,b,c\n"x, y","say ""hi""","two\nlines"\nplain,"",3\n');
    const table = await readCsvTable(path, [cat('a'), cat('b'), cat('c')]);
    expect(table.rowCount).toBe(2);
    expect(texts(table, 'a')).toEqual(['x, y', 'plain']);
    expect(texts(table, 'b')).toEqual(['say "hi"', undefined]);
    expect(texts(table, 'c')).toEqual(['two\nlines', '3']);
  });

  it('counts the lines inside quoted fields in later line numbers', async () => {
    const path = csvFile('a,b\n1,"one\ntwo\nthree"\n2,ok\nbad,ok\n');
    const error = await failure(readCsvTable(path, [num('a')]));
    expect(error.message).toContain(`${path}, line 6: column 'a' is numeric, but 'bad' is not a number`);
    expect(error.location).toEqual({ file: path, line: 6, column: 'a' });
  });

  it('reads CRLF line endings, with CRLF inside quoted fields kept as text', async () => {
    const path = csvFile('a,b\r\n1,"x\r\ny"\r\n2,z\r\n');
    const table = await readCsvTable(path, [num('a'), cat('b')]);
    expect(numeric(table, 'a')).toEqual([1, 2]);
    expect(texts(table, 'b')).toEqual(['x\r\ny', 'z']);
  });

  it('drops a UTF-8 byte order mark before the header', async () => {
    const path = csvFile('\uFEFFid,name\n1,Zoë\n');
    const table = await readCsvTable(path, [num('id'), cat('name')]);
    expect(numeric(table, 'id')).toEqual([1]);
    expect(texts(table, 'name')).toEqual(['Zoë']);
  });

  it('reads a last record without a line break, including an empty last field', async () => {
    expect(numeric(await readCsvTable(csvFile('a,b\n1,2\n3,4'), [num('b')]), 'b')).toEqual([2, 4]);
    expect(numeric(await readCsvTable(csvFile('a,b\n1,2\n3,'), [num('b')]), 'b')).toEqual([2, NaN]);
    expect(texts(await readCsvTable(csvFile('a,b\n1,"x"'), [cat('b')]), 'b')).toEqual(['x']);
  });

  it('skips empty lines, in the middle and at the end, and keeps counting them', async () => {
    const path = csvFile('a,b\n1,2\n\n3,4\r\n\r\n\nx,5\n');
    const error = await failure(readCsvTable(path, [num('a')]));
    expect(error.message).toContain('line 7:');
    const table = await readCsvTable(csvFile('a,b\n1,2\n\n3,4\n\n'), [num('a')]);
    expect(numeric(table, 'a')).toEqual([1, 3]);
  });

  it('keeps a quote inside an unquoted field as text', async () => {
    const table = await readCsvTable(csvFile('a\n5" screen\n'), [cat('a')]);
    expect(texts(table, 'a')).toEqual(['5" screen']);
  });

  it('matches header names after trimming them, as the validator reads them', async () => {
    const table = await readCsvTable(csvFile(' a , b\n1,2\n'), [num('b')]);
    expect(numeric(table, 'b')).toEqual([2]);
  });

  it('gives the same table whatever the chunk size', async () => {
    const content = '\uFEFFid,text,x\r\n1,"a ""q"", b\r\nc",2.5\r\n2,ünï✓,-3e2\r\n\r\n3,"",NA\r\n4,"😀","7"';
    const path = csvFile(content);
    const request = [num('id'), cat('text'), num('x')];
    const whole = await readCsvTable(path, request);
    expect(whole.rowCount).toBe(4);
    expect(texts(whole, 'text')).toEqual(['a "q", b\r\nc', 'ünï✓', undefined, '😀']);
    expect(numeric(whole, 'x')).toEqual([2.5, -300, NaN, 7]);
    for (let chunkBytes = 1; chunkBytes <= 9; chunkBytes++) {
      expect(await readCsvTable(path, request, { chunkBytes }), `chunk ${chunkBytes}`).toEqual(whole);
    }
  });

  it('reads generated tables of awkward text exactly, in any chunk size', async () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = ['a', 'b', ' ', ',', '"', '""', '\n', '\r\n', '\r', 'é', '😀', 'NA', '1'];
    const field = () => Array.from({ length: Math.floor(next() * 5) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    const quote = (text: string) => (/[",\r\n]/.test(text) || next() < 0.2 ? `"${text.replaceAll('"', '""')}"` : text);
    for (let round = 0; round < 20; round++) {
      const columnCount = 1 + Math.floor(next() * 4);
      const names = Array.from({ length: columnCount }, (_, c) => `c${c}`);
      const rows = Array.from({ length: 1 + Math.floor(next() * 30) }, () => names.map(field));
      // A one-column row whose only field is empty would be an empty line (skipped): quote it.
      const lines = rows.map((row) => (columnCount === 1 && row[0] === '' ? '""' : row.map(quote).join(',')));
      const ending = next() < 0.5 ? '\n' : '\r\n';
      const path = csvFile(`${names.join(',')}${ending}${lines.join(ending)}${next() < 0.5 ? ending : ''}`);
      const request = names.filter(() => next() < 0.7).map(cat);
      for (const chunkBytes of [1, 2, 3, 5, 64, undefined]) {
        const table = await readCsvTable(path, request, chunkBytes === undefined ? {} : { chunkBytes });
        expect(table.rowCount).toBe(rows.length);
        for (const { name } of request) {
          const c = names.indexOf(name);
          expect(texts(table, name), `round ${round}, chunk ${chunkBytes}`).toEqual(rows.map((row) => (row[c] === '' ? undefined : row[c])));
        }
      }
    }
  });

  it('grows the columns past any first estimate and keeps every value', async () => {
    // Short rows first, long rows later: the estimate from the first chunk is too low, so columns double.
    const rows = [...Array.from({ length: 3000 }, (_, i) => `${i},s`), ...Array.from({ length: 20000 }, (_, i) => `${3000 + i},${'long'.repeat(10)}`)];
    const path = csvFile(`n,t\n${rows.join('\n')}\n`);
    const table = await readCsvTable(path, [num('n'), cat('t')], { chunkBytes: 4096 });
    expect(table.rowCount).toBe(23000);
    const n = (table.columns.get('n') as NumericColumn).values;
    expect(n.length).toBe(23000);
    expect(n.every((value, i) => value === i)).toBe(true);
    expect((table.columns.get('t') as CategoricalColumn).categories).toEqual(['s', 'long'.repeat(10)]);
  });
});

describe('readCsvTable: columns', () => {
  it('loads only the requested columns, in request order, without reading the others', async () => {
    const path = csvFile('a,b,c,d\n1,not a number,x,2\n3,"also, not",y,4\n');
    const table = await readCsvTable(path, [num('d'), cat('c')]);
    expect([...table.columns.keys()]).toEqual(['d', 'c']);
    expect(numeric(table, 'd')).toEqual([2, 4]);
    expect(texts(table, 'c')).toEqual(['x', 'y']);
  });

  it('counts rows when no column is requested', async () => {
    const table = await readCsvTable(csvFile('a,b\n1,2\n3,4\n'), []);
    expect(table.rowCount).toBe(2);
    expect(table.columns.size).toBe(0);
  });

  it('names a requested column missing from the header and lists the header', async () => {
    const path = csvFile('age,income\n1,2\n');
    const error = await failure(readCsvTable(path, [num('Age'), num('zip')]));
    expect(error.message).toBe(`${path}: no column 'Age', 'zip' in the header (did you mean 'Age' -> 'age'?); the header has: age, income`);
  });
});

describe('readCsvTable: missing values', () => {
  it('reads empty fields, blanks and NA, N/A, NaN, nan, null, NULL as NaN in numeric columns', async () => {
    const path = csvFile('x\n1\n""\n  \nNA\nN/A\nNaN\nnan\nnull\nNULL\n" NA "\n2\n');
    expect(numeric(await readCsvTable(path, [num('x')]), 'x')).toEqual([1, ...Array<number>(9).fill(NaN), 2]);
  });

  it('reads only an empty field as missing in categorical columns; NA and null stay categories', async () => {
    const path = csvFile('c,pad\nNA,1\n,1\n"",1\nnull,1\n N/A,1\n');
    const table = await readCsvTable(path, [cat('c')]);
    const column = table.columns.get('c') as CategoricalColumn;
    expect([...column.codes]).toEqual([0, -1, -1, 1, 2]);
    expect(column.categories).toEqual(['NA', 'null', ' N/A']);
  });

  it('gives a text one code however it is written: short or long, quoted or not, across chunks', async () => {
    // texts of 1 to 8 bytes (short ones are looked up by their bytes), multi-byte UTF-8 and a NUL among them
    const values = ['0', '1', '10', '01', 'é', 'e\u0301', '\u00000', 'abcdef', 'abcdefg', 'ab,c', 'naïve', 'x"y', '0'];
    const field = (text: string, quoted: boolean) => (quoted || /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const rows = [...values.map((v) => field(v, false)), ...values.map((v) => field(v, true))];
    const path = csvFile(`c\n${rows.join('\n')}\n`);
    for (const chunkBytes of [1, 3, 7, 1 << 16]) {
      const table = await readCsvTable(path, [cat('c')], { chunkBytes });
      const column = table.columns.get('c') as CategoricalColumn;
      expect(texts(table, 'c'), `chunks of ${chunkBytes}`).toEqual([...values, ...values]);
      expect(column.categories).toEqual([...new Set(values)]);
    }
  });
});

describe('readCsvTable: errors', () => {
  it('reports a ragged row with its line (after a multi-line field) and both field counts', async () => {
    const path = csvFile('a,b,c\n1,"x\ny",3\n4,5\n6,7,8\n');
    const error = await failure(readCsvTable(path, [num('a')]));
    expect(error.message).toBe(`${path}, line 4: this row has 2 fields but the header has 3: every row needs a value, possibly empty, for each column`);
    expect(error.location.line).toBe(4);
  });

  it('reports a row with too many fields, and one that spans lines', async () => {
    const tooMany = csvFile('a,b\n1,2\n3,4,5\n');
    expect((await failure(readCsvTable(tooMany, []))).message).toContain('line 3: this row has 3 fields but the header has 2: a field with a comma in it must be in double quotes');
    const spanning = csvFile('a,b\n1,"x\ny",z\n');
    expect((await failure(readCsvTable(spanning, []))).message).toContain('line 2: this row has 3 fields but the header has 2 (the row runs to line 3)');
    const lastLine = csvFile('a,b\n1,2\n3');
    expect((await failure(readCsvTable(lastLine, []))).message).toContain('line 3: this row has 1 field but the header has 2');
  });

  it('reports text in a numeric column with the line, the column and at most 40 characters of it', async () => {
    const long = 'y'.repeat(60);
    const path = csvFile(`id,v\n1,2\n2,"${long}"\n`);
    const error = await failure(readCsvTable(path, [num('v')]));
    expect(error.message).toBe(
      `${path}, line 3: column 'v' is numeric, but '${'y'.repeat(40)}…' is not a number (a missing number is an empty field or one of NA, N/A, NaN, nan, null, NULL)`,
    );
  });

  it('rejects hexadecimal, Infinity and out-of-range numbers', async () => {
    for (const [text, why] of [
      ['0x10', 'hexadecimal'],
      ['Infinity', 'infinite'],
      ['1e999', 'too large'],
      ['"1,000"', 'thousands separators'],
    ] as const) {
      const error = await failure(readCsvTable(csvFile(`v\n${text}\n`), [num('v')]));
      expect(error.message, text).toContain(why);
      expect(error.message).toContain('line 2:');
    }
  });

  it('rejects invalid UTF-8 with its line, even in a column that is not requested', async () => {
    const path = csvFile(Buffer.concat([Buffer.from('a,b\n1,ok\n2,'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    const error = await failure(readCsvTable(path, [num('a')]));
    expect(error.message).toBe(`${path}, line 3: the file is not valid UTF-8 (at byte offset 11); save it as UTF-8`);
    const cutOff = csvFile(Buffer.concat([Buffer.from('a\n'), Buffer.from([0xe2, 0x9c])]));
    expect((await failure(readCsvTable(cutOff, [cat('a')], { chunkBytes: 3 }))).message).toContain('line 2: the file is not valid UTF-8');
  });

  it('names UTF-16 files as such, with a byte-order mark or without', async () => {
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n', 'utf16le')]), Buffer.from('a,b\n1,2\n', 'utf16le')]) {
      const path = csvFile(bytes);
      expect((await failure(readCsvTable(path, [num('a')]))).message).toBe(`${path}, line 1: the file is UTF-16LE text, not UTF-8; save it as UTF-8`);
    }
  });

  it('rejects an empty file and gives zero rows for a header-only file', async () => {
    expect((await failure(readCsvTable(csvFile(''), [num('a')]))).message).toContain('the file is empty: expected a header row');
    expect((await failure(readCsvTable(csvFile('\uFEFF'), []))).message).toContain('the file is empty');
    expect((await failure(readCsvTable(csvFile('\n\na\n'), []))).message).toContain('line 1: the first line is blank');
    for (const content of ['a,b\n', 'a,b', 'a,b\r\n\n']) {
      const table = await readCsvTable(csvFile(content), [num('a'), cat('b')]);
      expect(table.rowCount, JSON.stringify(content)).toBe(0);
      expect(numeric(table, 'a')).toEqual([]);
      expect(texts(table, 'b')).toEqual([]);
    }
  });

  it('rejects a header with duplicate or empty names', async () => {
    expect((await failure(readCsvTable(csvFile('a,b,a\n1,2,3\n'), []))).message).toContain("line 1: header names column 'a' twice");
    expect((await failure(readCsvTable(csvFile('a,,b\n1,2,3\n'), []))).message).toContain('line 1: header has an empty column name');
  });

  it('reports a quoted field that is never closed at the line where it starts', async () => {
    const path = csvFile('a,b\n1,2\n3,"open\nand on\n');
    expect((await failure(readCsvTable(path, [cat('b')]))).message).toBe(
      `${path}, line 3: the quoted field that starts here (column 'b') is never closed: the file ends inside it`,
    );
  });

  it('rejects text after a closing quote and a carriage return without a line feed', async () => {
    expect((await failure(readCsvTable(csvFile('a,b\n"x"y,2\n'), []))).message).toContain(
      `line 2: in column 'a', text follows the closing quote of a quoted field: a quote inside a quoted field must be doubled ("")`,
    );
    expect((await failure(readCsvTable(csvFile('a,b\r1,2\r'), []))).message).toContain('line 1: a carriage return is not followed by a line feed');
    expect((await failure(readCsvTable(csvFile('a,b\n1,2\r3,4\n'), []))).message).toContain('line 2: a carriage return is not followed by a line feed');
  });
});

describe('readCsvTable: the example repository', () => {
  it('reads the credit-risk evaluation data', async () => {
    const path = fileURLToPath(new URL('../../../example-repo/models/credit-risk/data/evaluation.csv', import.meta.url));
    const table = await readCsvTable(path, [cat('checking_status'), num('duration'), num('credit_amount'), cat('class'), num('age')]);
    expect(table.rowCount).toBe(200);
    const checking = table.columns.get('checking_status') as CategoricalColumn;
    expect(categoryOf(checking, 0)).toBe('no checking');
    expect(numeric(table, 'duration')[0]).toBe(36);
    expect(numeric(table, 'credit_amount')[0]).toBe(9055);
    expect(texts(table, 'class')[0]).toBe('good');
    expect(numeric(table, 'credit_amount').slice(1, 4)).toEqual([1295, 1199, 2241]);
    expect(new Set(texts(table, 'class'))).toEqual(new Set(['good', 'bad']));
    expect(numeric(table, 'age').every((age) => age >= 18 && age < 100)).toBe(true);
  });
});

describe('readCsvTable: two threads (a worker parses the part after the split)', () => {
  // Plain arrays: the two-thread columns are views of SharedArrayBuffers.
  const plain = (table: Table) => ({
    rowCount: table.rowCount,
    columns: [...table.columns.values()].map((c) => (c.kind === 'numeric' ? { name: c.name, values: [...c.values] } : { name: c.name, codes: [...c.codes], categories: c.categories })),
  });
  const outcome = async (read: Promise<Table>) => {
    try {
      return { table: plain(await read) };
    } catch (error) {
      if (!(error instanceof DataFormatError)) throw error;
      return { error: { message: error.message, location: error.location } };
    }
  };
  /** The sequential outcome, and the outcome with the split forced at each of `at` (bytes): each must equal it. */
  const splitsGiveTheSequentialOutcome = async (content: string, request: ColumnRequest[], at: readonly number[], chunkBytes = 7) => {
    const path = csvFile(content);
    const sequential = await outcome(readCsvTable(path, request, { threads: 0 }));
    const used: number[] = [];
    for (const splitAt of at) {
      let how = '';
      const parallel = await outcome(readCsvTable(path, request, { threads: 1, splitAt, chunkBytes, onRead: (h) => (how = h) }));
      expect(parallel, `split at byte ${splitAt} (${how})`).toEqual(sequential);
      if (how === 'two threads') used.push(splitAt);
    }
    return { sequential, used };
  };
  const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join('\n');

  it('reads numbers, missing values and categories as one thread does, the worker categories renumbered', async () => {
    // The worker's part meets 'c' before 'b' and has a category the main part never saw.
    const body = [rows(40, (i) => `${i},${i % 3 === 0 ? 'NA' : i / 4},${i % 2 ? 'b' : 'a'}`), rows(40, (i) => `${40 + i},${i % 5 ? -i : ''},${['c', '', 'b', 'd'][i % 4]}`)].join('\n');
    const content = `id,x,k\n${body}\n`;
    const { sequential, used } = await splitsGiveTheSequentialOutcome(content, [num('id'), num('x'), cat('k')], [10, 100, 300, 400, content.length - 20]);
    expect(used).toEqual([10, 100, 300, 400, content.length - 20]);
    expect(sequential.table!.columns[2]).toMatchObject({ categories: ['a', 'b', 'c', 'd'] });
  });

  it('reads on alone when the split falls inside a quoted field that spans lines, with the same result', async () => {
    const content = `a,b\n${rows(30, (i) => `${i},"line\none ${i}\nend"`)}\n`;
    const inside = content.indexOf('one 17') - 2; // the first line feed after it is inside the quotes
    const { used } = await splitsGiveTheSequentialOutcome(content, [num('a'), cat('b')], [inside, content.indexOf('17,') - 1]);
    expect(used).toEqual([content.indexOf('17,') - 1]);
  });

  it('gives the sequential error, at its line, wherever the split falls', async () => {
    const good = rows(50, (i) => `${i},"q\n${i}"`);
    const cases = [
      `a,b\n${good}\n51,"q"\n52,x,extra\n`, // ragged, after multi-line fields
      `a,b\n${good}\noops,1\n`, // text in a numeric column
      `a,b\n${good}\n51,"never closed\n`, // a quoted field left open to the end
      `a,b\n${good}\n51,"x"y\n`, // text after a closing quote
      `a,b\n${good}\n51,1\r52,2\n`, // a lone carriage return
      `a,b\nx,3\n${good}\n51,1\n`, // an error in the main part, none in the worker's
      `a,b\n${good}\n51,\u00e9\u00e9\n`, // valid, for contrast
    ];
    for (const content of cases) {
      const bytes = Buffer.byteLength(content);
      const at = [8, Math.floor(bytes / 3), Math.floor(bytes / 2), bytes - 12];
      const { sequential } = await splitsGiveTheSequentialOutcome(content, [num('a'), cat('b')], at);
      expect(sequential.error !== undefined, content.slice(-24)).toBe(content !== cases[6]);
    }
  });

  it('rejects invalid UTF-8 in the worker part at the same line', async () => {
    const head = Buffer.from(`a,b\n${rows(60, (i) => `${i},t${i}`)}\n`);
    const path = csvFile(Buffer.concat([head, Buffer.from([0x36, 0x31, 0x2c, 0xff, 0x0a]), Buffer.from('62,z\n')]));
    const sequential = await failure(readCsvTable(path, [num('a')], { threads: 0 }));
    expect(sequential.message).toContain('line 62: the file is not valid UTF-8');
    const parallel = await failure(readCsvTable(path, [num('a')], { threads: 1, splitAt: 100, chunkBytes: 16 }));
    expect(parallel.message).toBe(sequential.message);
  });

  it('keeps CRLF records, blank lines at the split and a last record without a line break', async () => {
    const content = `a,b\r\n${rows(30, (i) => `${i},${i % 7 ? 'v' : ''}\r`)}\n\n\r\n\n${rows(20, (i) => `${30 + i},w\r`)}\n99,`;
    const blank = content.indexOf('\n\n\r\n');
    const { used } = await splitsGiveTheSequentialOutcome(content, [num('a'), cat('b')], [blank - 3, blank, blank + 1, blank + 2, content.length - 6]);
    expect(used.length).toBe(5);
  });

  it('outgrows the estimated rows in either part and keeps every value', async () => {
    // long rows first (a low estimate of rows per byte), then short ones in both parts
    const long = rows(200, (i) => `${i},${'x'.repeat(60)}`);
    const short = rows(3000, (i) => `${200 + i},s`);
    const content = `n,t\n${long}\n${short}\n`;
    const { sequential, used } = await splitsGiveTheSequentialOutcome(content, [num('n'), cat('t')], [long.length + 5, long.length + 9000], 4096);
    expect(used.length).toBe(2);
    expect(sequential.table!.rowCount).toBe(3200);
  });

  it('hands its worker on when asked and its part was used; the worker sorts shared arrays as sortFloat64 does', async () => {
    const content = `a,b\n${rows(80, (i) => `${i},${i % 3 ? 'x' : 'y'}`)}\n`;
    const path = csvFile(content);
    const request = [num('a'), cat('b')];
    let kept: SpareThread | undefined;
    let how = '';
    const table = await readCsvTable(path, request, { threads: 1, splitAt: 200, keepThread: (thread) => (kept = thread), onRead: (h) => (how = h) });
    expect(how).toBe('two threads');
    expect(plain(table)).toEqual(plain(await readCsvTable(path, request, { threads: 0 })));
    expect(kept).toBeDefined();
    try {
      // both sort paths (radix below and above 131,072 values), with -0, ties and negative values
      for (const n of [5000, 140_000]) {
        const values = new Float64Array(new SharedArrayBuffer(8 * (n + 3)), 8, n);
        for (let i = 0; i < n; i++) values[i] = i % 97 === 0 ? -0 : Math.fround(Math.sin(i) * 3) * (i % 5 ? 1 : -1);
        const expected = sortFloat64(Float64Array.from(values));
        await kept!.sort(values);
        expect(Buffer.from(values.buffer, values.byteOffset, values.byteLength).equals(Buffer.from(expected.buffer))).toBe(true);
      }
      await expect(kept!.sort(new Float64Array(4))).rejects.toThrow('SharedArrayBuffer');
    } finally {
      kept!.close();
    }
    await expect(kept!.sort(new Float64Array(new SharedArrayBuffer(32)))).rejects.toThrow();
    // not handed on when this thread read on alone (the split inside a quoted field)
    const quoted = csvFile(`a,b\n${rows(30, (i) => `${i},"line\none ${i}\nend"`)}\n`);
    let handed = false;
    await readCsvTable(quoted, [num('a'), cat('b')], { threads: 1, splitAt: 150, keepThread: () => (handed = true), onRead: (h) => (how = h) });
    expect(how).toBe('one thread');
    expect(handed).toBe(false);
  });

  it('reads the credit-risk example the same with a split near its middle', async () => {
    const path = fileURLToPath(new URL('../../../example-repo/models/credit-risk/data/evaluation.csv', import.meta.url));
    const request = [cat('checking_status'), num('duration'), num('credit_amount'), cat('class'), num('age')];
    const sequential = plain(await readCsvTable(path, request, { threads: 0 }));
    let how = '';
    const parallel = plain(await readCsvTable(path, request, { threads: 1, splitAt: 4000, onRead: (h) => (how = h) }));
    expect(how).toBe('two threads');
    expect(parallel).toEqual(sequential);
  });
});

describe('csvReadThreads', () => {
  it('starts a worker for a large file on a machine of two cores or more (CpuMeter then decides); MODELOPS_READ_THREADS decides alone when set', () => {
    const large = PARALLEL_MIN_BYTES;
    expect(csvReadThreads(large, {}, 2)).toEqual({ threads: 1, measure: true });
    expect(csvReadThreads(large - 1, {}, 8)).toEqual({ threads: 0, measure: false });
    expect(csvReadThreads(large, {}, 1)).toEqual({ threads: 0, measure: false });
    expect(csvReadThreads(10, { MODELOPS_READ_THREADS: '1' }, 1)).toEqual({ threads: 1, measure: false });
    expect(csvReadThreads(large, { MODELOPS_READ_THREADS: '0' }, 8)).toEqual({ threads: 0, measure: false });
    expect(csvReadThreads(large, { MODELOPS_READ_THREADS: '4' }, 8)).toEqual({ threads: 1, measure: false });
  });
});

