import { describe, expect, it } from 'vitest';
import { MISSING_NUMBER_TEXTS, NOT_SIMPLE, SCANNED, describeBadNumber, numberFromText, parseAsciiDecimal, scanDecimal, scanDecimalInto } from './numbers.js';

const ascii = (text: string) => Buffer.from(text, 'latin1');

describe('numberFromText', () => {
  it('reads plain decimals as Number() does', () => {
    for (const text of ['0', '-0', '+7', '42', '3.25', '-3.25', '.5', '5.', '1e3', '1E-3', '-2.5e+10', '007', '123456789012345678901234567890', '1e-400']) {
      expect(Object.is(numberFromText(text), Number(text)), text).toBe(true);
    }
  });

  it('ignores surrounding spaces and tabs', () => {
    expect(numberFromText('  12.5\t')).toBe(12.5);
  });

  it('reads empty, blank and the missing tokens as NaN', () => {
    for (const text of ['', '   ', ...MISSING_NUMBER_TEXTS, ' NA ']) expect(numberFromText(text), text).toBeNaN();
  });

  it('rejects what Number() accepts but a data file should not hold', () => {
    for (const text of ['0x1F', '0o7', '0b1', 'Infinity', '-Infinity', 'inf', '1_000', '1e999', '-1e999']) {
      expect(numberFromText(text), text).toBeUndefined();
    }
  });

  it('rejects text, separators and lookalike tokens', () => {
    for (const text of ['abc', '1,000', '1.2.3', '12abc', '--1', '.', '-', 'e5', '1e', 'na', 'None', '１２']) {
      expect(numberFromText(text), text).toBeUndefined();
    }
  });

  it('says why a text was rejected', () => {
    expect(describeBadNumber('0x1F')).toBe("'0x1F' is not a number (hexadecimal, octal and binary are not accepted)");
    expect(describeBadNumber('Infinity')).toContain('infinite values are not accepted');
    expect(describeBadNumber('1e999')).toContain('too large for a 64-bit float');
    expect(describeBadNumber('1,000')).toContain('thousands separators');
    expect(describeBadNumber('x'.repeat(50))).toBe(`'${'x'.repeat(40)}…' is not a number`);
  });
});

describe('parseAsciiDecimal', () => {
  it('reads an empty range as missing', () => {
    expect(parseAsciiDecimal(ascii('a,,b'), 2, 2)).toBeNaN();
  });

  it('hands anything but a short plain decimal to the slow path', () => {
    for (const text of ['NA', ' 1', '1 ', '0x10', '1234567890123456', '1e23', '1e-23', '1e', '+', '.', '1,5']) {
      expect(parseAsciiDecimal(ascii(text), 0, text.length), text).toBe(NOT_SIMPLE);
    }
  });

  it('reads only its range of the bytes', () => {
    expect(parseAsciiDecimal(ascii('9,-12.5e1,9'), 2, 9)).toBe(-125);
  });

  it('scans a number at the start of a field and says where it stopped', () => {
    const bytes = ascii('12.5,x,-3e2\n,7');
    expect(scanDecimal(bytes, 0, bytes.length)).toBe(12.5);
    expect(SCANNED.end).toBe(4);
    expect(scanDecimal(bytes, 5, bytes.length)).toBeNaN(); // read nothing: the caller looks at 'x'
    expect(SCANNED.end).toBe(5);
    expect(scanDecimal(bytes, 7, bytes.length)).toBe(-300);
    expect(SCANNED.end).toBe(11);
    expect(scanDecimal(bytes, 13, bytes.length)).toBe(7);
    expect(SCANNED.end).toBe(14);
  });

  it('scans into a column at a row and returns where it stopped (scanDecimalInto)', () => {
    const bytes = ascii('12.5,x,-3e2\n,7,1e400,+');
    const column = new Float64Array(4).fill(99);
    expect(scanDecimalInto(bytes, 0, bytes.length, column, 2)).toBe(4);
    expect([...column]).toEqual([99, 99, 12.5, 99]);
    expect(scanDecimalInto(bytes, 5, bytes.length, column, 0)).toBe(5);
    expect(column[0]).toBeNaN();
    expect(scanDecimalInto(bytes, 7, bytes.length, column, 1)).toBe(11);
    expect(column[1]).toBe(-300);
    expect(scanDecimalInto(bytes, 15, bytes.length, column, 3)).toBe(20);
    expect(column[3]).toBe(NOT_SIMPLE); // beyond the fast path: numberFromText decides
    expect(scanDecimalInto(bytes, 21, bytes.length, column, 3)).toBe(22);
    expect(column[3]).toBe(NOT_SIMPLE); // a lone sign
  });

  it('agrees exactly with Number() on many generated decimals', () => {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const digits = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');
    for (let k = 0; k < 20000; k++) {
      let text = next() < 0.3 ? '-' : next() < 0.1 ? '+' : '';
      text += digits(Math.floor(next() * 9));
      if (next() < 0.6) text += '.' + digits(Math.floor(next() * 9));
      if (next() < 0.3) text += (next() < 0.5 ? 'e' : 'E') + (next() < 0.5 ? '-' : '') + digits(1 + Math.floor(next() * 2));
      const fast = parseAsciiDecimal(ascii(text), 0, text.length);
      if (fast === NOT_SIMPLE) continue;
      const expected = text === '' ? NaN : Number(text);
      expect(Object.is(fast, expected), `${text}: ${fast} vs ${expected}`).toBe(true);
    }
  });

  it('counts significant digits past leading zeros, in the integer part and the fraction', () => {
    let seed = 777;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    // half of the digits zeros, so runs of leading and trailing zeros are common
    const digits = (count: number) => Array.from({ length: count }, () => (next() < 0.5 ? '0' : String(1 + Math.floor(next() * 9)))).join('');
    let fastCount = 0;
    for (let k = 0; k < 8000; k++) {
      const integer = digits(Math.floor(next() * 12));
      const fraction = digits(Math.floor(next() * 12));
      const text = (next() < 0.3 ? '-' : '') + integer + (next() < 0.8 ? `.${fraction}` : '');
      if (!/\d/.test(text)) continue;
      const fast = parseAsciiDecimal(ascii(text), 0, text.length);
      // digits from the first non-zero one to the end: what the fast path may take (at most 15)
      const significant = text.replace(/^[-+]?[0.]*/, '').replace('.', '').length;
      if (significant <= 15) {
        expect(fast, `${text} has ${significant} significant digits: the fast path takes it`).not.toBe(NOT_SIMPLE);
        fastCount++;
      }
      if (fast === NOT_SIMPLE) continue;
      expect(Object.is(fast, Number(text)), `${text}: ${fast} vs ${Number(text)}`).toBe(true);
    }
    expect(fastCount).toBeGreaterThan(2000);
  });
});
