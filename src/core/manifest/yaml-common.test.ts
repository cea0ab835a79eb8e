import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, constructFromEvents, dump, mergeTag, parseEvents } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../stats/random.js';
import { readCommonYaml } from './yaml-common.js';

// The reference is js-yaml itself (the event parser and constructor parseYamlSource falls back to):
// wherever the subset reader returns a value, js-yaml must build the same one, key order included.
const SCHEMA = CORE_SCHEMA.withTags(mergeTag);
const LIMITS = { maxNodes: 200_000, maxBytes: 4 * 1024 * 1024, maxDepth: 64, forbiddenKeys: new Set(['__proto__', 'constructor', 'prototype']) };
const EXAMPLE = new URL('../../../example-repo/', import.meta.url);
const MANIFEST = readFileSync(new URL('models/credit-risk/model.yaml', EXAMPLE), 'utf8');
const POLICY = readFileSync(new URL('modelops.yaml', EXAMPLE), 'utf8');

const common = (text: string) => readCommonYaml(text, SCHEMA, LIMITS);

/** js-yaml's value, or `error` when it refuses the text. */
function reference(text: string): { value: unknown } | 'error' {
  try {
    const documents = constructFromEvents(parseEvents(text, { maxDepth: 64 }), { source: text, schema: SCHEMA });
    return documents.length === 1 ? { value: documents[0] } : 'error';
  } catch {
    return 'error';
  }
}

/** Deep equality with key order, prototypes and Object.is on scalars (-0, NaN). */
function same(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Reads `text` with both; returns whether the subset reader took it. Fails on any difference. */
function agree(text: string): boolean {
  const fast = common(text);
  if (fast === undefined) return false;
  const slow = reference(text);
  if (slow === 'error' || !same(fast.value, slow.value)) {
    throw new Error(`the subset reader disagrees with js-yaml on:\n${text}\nsubset: ${JSON.stringify(fast.value)}\njs-yaml: ${slow === 'error' ? 'error' : JSON.stringify(slow.value)}`);
  }
  return true;
}

describe('readCommonYaml', () => {
  it('reads the example manifest and policy as js-yaml does', () => {
    expect(agree(MANIFEST)).toBe(true);
    expect(agree(POLICY)).toBe(true);
  });

  it.each([
    ['nested mappings and comments', 'a:\n  b: 1   # one\n  # a comment\n  c:\n    d: x y z\ne: ~\n'],
    ['sequences at and below the key', 'a:\n- 1\n- two\nb:\n  - - x\n    - y\n  - k: v\n    l: [1, 2]\n  -\n  - # empty\nc: end\n'],
    ['plain scalars of every core type', 'a: 1.10\nb: -0\nc: .inf\nd: -.Inf\ne: .nan\nf: 0x1F\ng: 0o17\nh: 1e3\ni: true\nj: False\nk: yes\nl: null\nm: 1_000\nn: 007\no: +1\n'],
    ['keys that are not strings', '1: a\ntrue: b\nnull: c\n1.5: d\n'],
    ['quoted scalars', `a: "it's: #fine"\nb: 'say ''hi'''\nc: ""\nd: ''\ne: "x" # comment\n`],
    ['flow collections', 'a: {x: 1, y: [a b, "c, d", \'e\'], z: {}}\nb: [ ]\nc: [1, -2, {k: v}]\nd: {k: C#, l: a b}\n'],
    ['block scalars', 'a: >-\n  one\n  two\n\n  three\nb: |\n  l1\n    indented\n\n  l3\n\nc: >\n  folded\n  clip\nd: |-\n  strip\n\ne: x\n'],
    ['a block scalar in a sequence', 'a:\n- |\n  text\n- >-\n   deeper\n   lines\n- k: >-\n    v\n'],
    ['anchors and aliases', 'a: &x {k: [1, 2]}\nb: *x\nc: &s text\nd: [*s, *x]\ne: &e\n  deep: true\nf: *e\ng: &b >-\n  block\nh: *b\n'],
    ['URLs, colons and dashes in plain text', 'a: https://example.com/x?y=1#frag\nb: -x\nc: a - b\nd: 50%\ne: a,b]c{d}\n'],
    ['a document without a final newline', 'a: 1\nb: [x]'],
    ['keys with spaces and dots', 'a b: 1\nc.d: 2\ne-f_g: 3\n'],
  ])('agrees with js-yaml on %s', (_, text) => {
    expect(agree(text)).toBe(true);
  });

  it('keeps what aliases share: one object, as js-yaml gives', () => {
    const value = common('a: &x {k: 1}\nb: *x\n')!.value as Record<string, unknown>;
    expect(value['b']).toBe(value['a']);
  });

  it.each([
    ['a tab', 'a:\tb\n'],
    ['a carriage return', 'a: 1\r\n'],
    ['a byte-order mark', '\ufeffa: 1\n'],
    ['an astral character', 'a: 🦄\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', 'a: &b {x: 1}\nc:\n  <<: *b\n'],
    ['a forbidden key', 'a:\n  __proto__: {polluted: true}\n'],
    ['a forbidden flow key', 'a: {constructor: 1}\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['an empty file', ''],
    ['comments only', '# nothing\n'],
    ['a top-level sequence', '- a\n'],
    ['a top-level scalar', 'text\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['an escape', 'a: "\\u0041"\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['a quoted key', '"a": 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['an unknown alias', 'a: *nowhere\n'],
    ['a redefined anchor', 'a: &x 1\nb: &x 2\n'],
    ['a block scalar with an indentation indicator', 'a: |2\n   x\n'],
    ['a keep-chomped block scalar', 'a: |+\n  x\n\n'],
    ['a more-indented folded line', 'a: >\n  x\n    y\n'],
    ['a block scalar that ends the file without a newline', 'a: |\n  x'],
    ['a trailing comma', 'a: [1, 2, ]\n'],
    ['a key without a space after the colon', 'a:1\n'],
    ['a value that is a mapping on one line', 'a: b: c\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
  ])('leaves %s to the event parser', (_, text) => {
    expect(common(text)).toBeUndefined();
  });

  it('leaves a document near the alias-expansion limits to the event parser', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 7; i++) levels.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(', ')}]`);
    expect(common(levels.join('\n') + '\n')).toBeUndefined();
    // Four levels (9^4 nodes) are far from the limit and read here.
    expect(agree(levels.slice(0, 4).join('\n') + '\n')).toBe(true);
  });

  it('agrees with js-yaml on 2,000 random mutations of the example manifest and policy', () => {
    const rng = createRng(18);
    let accepted = 0;
    for (let n = 0; n < 2000; n++) {
      const text = mutate(n % 4 === 0 ? POLICY : MANIFEST, rng);
      if (agree(text)) accepted++;
    }
    // A third of the mutants are still in the subset (690 with this seed); the rest went to the event parser.
    expect(accepted).toBeGreaterThan(500);
  });

  it('agrees with js-yaml on random documents written by its dumper in many styles', () => {
    const rng = createRng(20261203);
    let accepted = 0;
    for (let n = 0; n < 600; n++) {
      const value = { root: randomValue(rng, 0) };
      const coin = () => rng.nextBelow(2) === 0;
      const text = dump(value, {
        flowLevel: rng.nextBelow(4) - 1,
        indent: 1 + rng.nextBelow(4),
        lineWidth: coin() ? 40 : -1,
        noRefs: coin(),
        quoteStyle: coin() ? 'double' : 'single',
        seqNoIndent: coin(),
        seqInlineFirst: coin(),
        flowBracketPadding: coin(),
        forceQuotes: rng.nextBelow(4) === 0,
      });
      if (agree(text)) accepted++;
    }
    expect(accepted).toBeGreaterThan(200);
  });
});

const WORDS = ['a', 'key', 'x y', 'yes', 'null', '~', '1', '-2.5', '0x10', '.inf', 'C#', 'a: b', 'it\'s', '"q"', 'a,b', '[x]', '- d', '#c', 'é', '', ' lead', 'trail ', 'multi\nline', 'tab\tx', '&a', '*a'];

function randomValue(rng: Rng, depth: number): unknown {
  const kind = depth > 3 ? rng.nextBelow(3) : rng.nextBelow(6);
  if (kind === 0) return WORDS[rng.nextBelow(WORDS.length)];
  if (kind === 1) return [null, true, false, 0, -0, 1.5, -3, 1e21, 12345678901234567890][rng.nextBelow(9)];
  if (kind === 2) return WORDS.slice(0, rng.nextBelow(4) + 1).join(' ');
  if (kind === 3 || kind === 4) {
    const map: Record<string, unknown> = {};
    for (let i = rng.nextBelow(4); i >= 0; i--) map[WORDS[rng.nextBelow(WORDS.length)]!] = randomValue(rng, depth + 1);
    return map;
  }
  return Array.from({ length: rng.nextBelow(4) }, () => randomValue(rng, depth + 1));
}

const INSERTS = [' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '&a ', '*a', '[', ']', '{', '}', ',', '>', '|', '|-', '\n', '\n  ', 'x', '0', '.', '~', '!', '?', '@', '%', '<<: ', '\\'];

/** One to three random edits: a character removed or inserted, a line doubled, dropped or re-indented. */
function mutate(text: string, rng: Rng): string {
  let out = text;
  for (let edits = 1 + rng.nextBelow(3); edits > 0; edits--) {
    const at = rng.nextBelow(out.length);
    const lines = out.split('\n');
    const line = rng.nextBelow(lines.length);
    switch (rng.nextBelow(6)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + 1);
        break;
      case 1:
        out = out.slice(0, at) + INSERTS[rng.nextBelow(INSERTS.length)] + out.slice(at);
        break;
      case 2:
        lines.splice(line, 0, lines[line]!);
        out = lines.join('\n');
        break;
      case 3:
        lines.splice(line, 1);
        out = lines.join('\n');
        break;
      case 4:
        lines[line] = ' '.repeat(rng.nextBelow(3)) + lines[line]!;
        out = lines.join('\n');
        break;
      default:
        lines[line] = lines[line]!.replace(/^ {1,2}/, '');
        out = lines.join('\n');
    }
  }
  return out;
}
