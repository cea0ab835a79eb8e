import { describe, expect, it } from 'vitest';
import { parseYamlSource, pointerSegments, segmentsToPointer } from './yaml-source.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseYamlSource', () => {
  it('locates values and keys by JSON pointer segments', () => {
    const parsed = parseYamlSource('a:\n  b: 1\n  list:\n    - x\n    - {k: v}\n', 'f.yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.source.value).toEqual({ a: { b: 1, list: ['x', { k: 'v' }] } });
    expect(parsed.source.locate(['a', 'b'])).toEqual({ line: 2, column: 6 });
    expect(parsed.source.locate(['a', 'b'], 'key')).toEqual({ line: 2, column: 3 });
    expect(parsed.source.locate(['a', 'list', 1, 'k'])).toEqual({ line: 5, column: 11 });
    // Missing paths fall back to the nearest existing ancestor.
    expect(parsed.source.locate(['a', 'nope', 'deeper'])).toEqual({ line: 2, column: 3 });
  });

  it('keeps YAML 1.2 semantics: yes/no stay strings, 1.0 is a number', () => {
    const parsed = parseYamlSource('answer: yes\nother: no\nversion: 1.0\n', 'f.yaml');
    expect(parsed.ok && parsed.source.value).toEqual({ answer: 'yes', other: 'no', version: 1 });
  });

  it('reports a duplicate key at the second occurrence', () => {
    const parsed = parseYamlSource('a: 1\nb: 2\na: 3\n', 'f.yaml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.findings[0]).toMatchObject({ code: 'duplicate-key', file: 'f.yaml', line: 3, column: 1 });
  });

  it('reports syntax errors with their line', () => {
    const parsed = parseYamlSource('a:\n  b: [1, 2\nc: 3\n', 'f.yaml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.findings[0]!.code).toBe('yaml-syntax');
    expect(parsed.findings[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses alias expansion attacks quickly', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) levels.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    const started = performance.now();
    const parsed = parseYamlSource(levels.join('\n') + '\n', 'bomb.yaml');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    // Reported at the alias where the expanded size crosses the limit.
    expect(parsed.findings[0]).toMatchObject({ code: 'alias-expansion' });
    expect(parsed.findings[0]!.line).toBeGreaterThan(2);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s', (key) => {
    const parsed = parseYamlSource(`a:\n  ${key}: {polluted: true}\n`, 'f.yaml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.findings[0]).toMatchObject({ code: 'forbidden-key', line: 2, column: 3 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('says an empty or comment-only file is empty', () => {
    for (const text of ['', '\n\n', '# just a comment\n']) {
      const parsed = parseYamlSource(bytes(text), 'e.yaml');
      expect(parsed.ok ? undefined : parsed.findings[0]!.code).toBe('empty');
    }
  });

  it('says a binary file is binary and invalid UTF-8 is not text', () => {
    const binary = parseYamlSource(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), 'b.yaml');
    expect(binary.ok ? undefined : binary.findings[0]!.message).toMatch(/binary.*offset 4/);
    const latin1 = parseYamlSource(new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]), 'l.yaml');
    expect(latin1.ok ? undefined : latin1.findings[0]!.code).toBe('encoding');
  });

  it('refuses more than one document', () => {
    const parsed = parseYamlSource('a: 1\n---\nb: 2\n', 'm.yaml');
    expect(parsed.ok ? undefined : parsed.findings[0]).toMatchObject({ code: 'multiple-documents', line: 2 });
  });

  it('refuses custom tags such as !!js/function', () => {
    const parsed = parseYamlSource('a: !!js/function "function () {}"\n', 't.yaml');
    expect(parsed.ok).toBe(false);
  });

  it('names the duplicated key', () => {
    const parsed = parseYamlSource('metadata:\n  name: a\n  name: b\n', 'f.yaml');
    expect(parsed.ok ? undefined : parsed.findings[0]).toMatchObject({ code: 'duplicate-key', line: 3, message: "key 'name' appears twice in the same mapping" });
  });

  it('counts alias expansion in bytes: one long string aliased many times is refused', () => {
    const long = 'x'.repeat(200_000);
    const text = `big: &big "${long}"\ncopies: [${Array(100).fill('*big').join(', ')}]\n`;
    const parsed = parseYamlSource(text, 'bomb.yaml');
    expect(parsed.ok ? undefined : parsed.findings[0]).toMatchObject({ code: 'alias-expansion', line: 2 });
    expect(parsed.ok ? '' : parsed.findings[0]!.message).toContain('4194304 bytes');
    // A few copies of the same string stay well within the budget.
    const fine = parseYamlSource(`big: &big "${long}"\ncopies: [*big, *big]\n`, 'ok.yaml');
    expect(fine.ok).toBe(true);
  });

  it('supports YAML merge keys', () => {
    const parsed = parseYamlSource('base: &base {min: 0.5, max: 0.9}\nf1:\n  <<: *base\n  min: 0.6\n', 'm.yaml');
    expect(parsed.ok && parsed.source.value).toEqual({ base: { min: 0.5, max: 0.9 }, f1: { min: 0.6, max: 0.9 } });
  });

  it('places an empty value at its key, not at 1:0', () => {
    const parsed = parseYamlSource('a: 1\nartifact:\n  threshold:\n  b: 2\n', 'f.yaml');
    expect(parsed.ok && parsed.source.locate(['artifact', 'threshold'])).toEqual({ line: 3, column: 3 });
  });

  it('echoes plain scalars as written', () => {
    const parsed = parseYamlSource('version: 1.10\nx: .inf\ns: "1.10"\n', 'f.yaml');
    if (!parsed.ok) throw new Error('parse failed');
    expect(parsed.source.written(['version'])).toBe('1.10');
    expect(parsed.source.written(['x'])).toBe('.inf');
    expect(parsed.source.written(['s'])).toBeUndefined();
  });

  it('recognises UTF-16 with and without a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'a: 1\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([...'kind: Model\n'].flatMap((c) => [0, c.charCodeAt(0)]));
    for (const [input, name] of [[le, 'UTF-16LE'], [be, 'UTF-16BE']] as const) {
      const parsed = parseYamlSource(input, 'u.yaml');
      expect(parsed.ok ? undefined : parsed.findings[0]).toMatchObject({ code: 'encoding', message: `file is ${name} text, not UTF-8`, hint: expect.stringMatching(/UTF-8/) });
    }
  });

  it('gives the line of the first byte that is not UTF-8', () => {
    const parsed = parseYamlSource(new Uint8Array([...new TextEncoder().encode('a: 1\nb: caf'), 0xe9, 0x0a]), 'l.yaml');
    expect(parsed.ok ? undefined : parsed.findings[0]).toMatchObject({ code: 'encoding', line: 2, message: expect.stringContaining('0xe9') });
  });
});

describe('JSON pointers', () => {
  it('round-trip with RFC 6901 escapes', () => {
    const segments = ['a/b', 'c~d', '0'];
    expect(segmentsToPointer(segments)).toBe('/a~1b/c~0d/0');
    expect(pointerSegments('/a~1b/c~0d/0')).toEqual(segments);
    expect(pointerSegments('')).toEqual([]);
  });
});
