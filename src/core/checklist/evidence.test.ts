// placeholderProblem's shortcuts (no lower-cased or space-stripped copy of text of substance) give the
// answers of the plain tests they skip, for placeholders, punctuation, repeated characters and statements.
import { describe, expect, it } from 'vitest';
import { placeholderProblem } from './evidence.js';

/** The tests placeholderProblem makes after the markers, each on every text: what the shortcuts must agree with. */
function plainTests(text: string): string | undefined {
  const trimmed = text.trim();
  const words = ['todo', 'tbd', 'n/a', 'see above', 'placeholder', 'unknown', '?', 'ok'];
  if (trimmed === '') return 'empty';
  if (words.includes(trimmed.toLowerCase().replace(/[.!]+$/, ''))) return 'word';
  if (/^[\p{P}\p{S}\s]+$/u.test(trimmed)) return 'punctuation';
  if (/^(.)\1*$/iu.test(trimmed.replace(/\s/g, ''))) return 'repeated';
  return undefined;
}

const kind = (problem: string | undefined): string | undefined =>
  problem === undefined ? undefined : problem === 'is empty' ? 'empty' : problem.startsWith('is only punctuation') ? 'punctuation' : 'placeholder';

describe('placeholderProblem', () => {
  const texts = [
    'TODO', 'Tbd.', 'N/A!!', 'see above', 'Placeholder...', 'unknown', '?', 'OK', 'ok!.!', 'xxxxxxxx', 'x x x', 'XxX', 'aA', 'Aa a', '1111', '11 1',
    '----', '!!!', '. . .', 'ſſS', 'ǅǆ', 'KK\u212a', 'İi', '\u00e9\u00c9', 'ab', 'a1', 'Ab', '12', 'a', '7', 'é', '—', 'The model was trained on 2019-2023 data.',
    'We log scores daily and compare them with the reference window.', 'Placeholder text that is long enough to be a statement.', '  aaaa  ', 'a\u2003a\u00a0a',
    'ok ok', 'Todo: write this', 'lorem ipsum dolor', `${'x'.repeat(30)}.`, `${'see above'.toUpperCase()}!!!!!!!!!!!!!!!!!!!!!!!!!!!!`, 'İ'.repeat(12), 'ΣΣσς',
  ];

  it.each(texts)('%j: the shortcuts agree with the plain tests', (text) => {
    const plain = plainTests(text);
    const found = kind(placeholderProblem(text));
    // Markers (TODO …, lorem ipsum) come first in placeholderProblem and are not among the plain tests.
    if (plain === undefined && found !== undefined) expect(found).toBe('placeholder');
    else if (plain === 'word' || plain === 'repeated') expect(found).toBe('placeholder');
    else expect(found).toBe(plain);
  });
});
