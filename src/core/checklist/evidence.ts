// What counts as evidence for a checklist answer: a repository path (checked to exist), a URL, a
// manifest field (checked to exist), or a statement of substance. Placeholders are none of these.
import { evidencePath } from '../manifest/validate/paths.js';

const PLACEHOLDER_WORDS = new Set([
  'todo', 'tbd', 'tbc', 'tba', 'fixme', 'xxx', 'wip', 'none', 'null', 'nil', 'nothing', 'na', 'n/a', 'yes', 'no', 'ok', 'okay', 'done', 'same', 'see above',
  'as above', 'ditto', 'placeholder', 'evidence', 'test', 'testing', 'asdf', 'foo', 'bar', 'baz', 'dummy', 'sample', 'example', 'later', 'pending', 'unknown', '?',
]);

/** Text that marks an answer still to be written: `TODO …`, `TBD`, `<fill in>`, `lorem ipsum`. */
const PLACEHOLDER_MARKERS = /^\s*(?:todo|tbd|tbc|tba|fixme|xxx|wip)\b|^\s*<[^>]*>\s*$|\blorem ipsum\b|\bfill (?:this |it )?in\b|\b(?:todo|tbd|fixme)\s*[:!]/i;

const URL = /^(?:https?|ftp):\/\/[^\s/$.?#][^\s]*\.[^\s]+$|^(?:https?):\/\/[^\s/$.?#][^\s]*$/i;
const MANIFEST_FIELD = /^(metadata|stage|problem|artifact|data|baseline|gates|monitoring|deployment)(\.[A-Za-z0-9_-]+)*$/;

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];

/** Why manifest text (a statement, a provenance, a KPI) is a placeholder rather than content; undefined when it is content. */
export function placeholderProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'is empty';
  if (PLACEHOLDER_MARKERS.test(trimmed)) return `is a placeholder ('${shorten(trimmed)}')`;
  if (mayBePlaceholderWord(trimmed) && PLACEHOLDER_WORDS.has(trimmed.toLowerCase().replace(/[.!]+$/, ''))) return `is a placeholder ('${shorten(trimmed)}')`;
  if (/^[\p{P}\p{S}\s]+$/u.test(trimmed)) return `is only punctuation ('${shorten(trimmed)}')`;
  if (mayBeOneCharacter(trimmed) && /^(.)\1*$/iu.test(trimmed.replace(/\s/g, ''))) return `is a placeholder ('${shorten(trimmed)}')`;
  return undefined;
}

/** The longest placeholder word; text longer than twice that (less trailing dots) cannot lower-case to one. */
const LONGEST_PLACEHOLDER_WORD = Math.max(...[...PLACEHOLDER_WORDS].map((w) => w.length));

/** Whether `trimmed` is short enough to be a placeholder word (text of substance is not lower-cased and copied for the test). */
function mayBePlaceholderWord(trimmed: string): boolean {
  let end = trimmed.length;
  while (end > 0 && (trimmed.charCodeAt(end - 1) === 46 /* . */ || trimmed.charCodeAt(end - 1) === 33) /* ! */) end--;
  return end <= 2 * LONGEST_PLACEHOLDER_WORD;
}

/** ASCII letters and digits: two different ones (ignoring case) at the start mean the text is not one character repeated. */
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** False when `trimmed` surely is not one character repeated (its first two differ), without copying it to find out. */
function mayBeOneCharacter(trimmed: string): boolean {
  const a = trimmed.charCodeAt(0);
  const b = trimmed.charCodeAt(1);
  return !(isAsciiAlnum(a) && isAsciiAlnum(b) && (a | 0x20) !== (b | 0x20));
}

/**
 * Why one piece of evidence for `question` is not evidence; undefined when it is. Paths and manifest
 * fields pass here: validation checks that they exist.
 */
export function evidenceProblem(evidence: string, question: string): string | undefined {
  const trimmed = evidence.trim();
  const placeholder = placeholderProblem(trimmed);
  if (placeholder) return placeholder;
  // Paths count only in the shape validation checks to exist (evidencePath).
  if (URL.test(trimmed) || MANIFEST_FIELD.test(trimmed) || evidencePath(trimmed) !== undefined) return undefined;
  if (copiesQuestion(trimmed, question)) return 'repeats the question instead of answering it';
  const found = words(trimmed);
  const substantial = found.filter((w) => /\p{L}{2,}/u.test(w));
  // A statement says something: a few words, not one token such as "x", "ok" or "see doc".
  if (substantial.length < 3 || trimmed.length < 15) return `is too short to be evidence ('${shorten(trimmed)}')`;
  if (new Set(substantial).size === 1) return `is one word repeated ('${shorten(trimmed)}')`;
  return undefined;
}

/** Most of the evidence's words are the question's own. */
function copiesQuestion(evidence: string, question: string): boolean {
  const asked = new Set(words(question));
  const said = words(evidence);
  if (said.length === 0) return false;
  const copied = said.filter((w) => asked.has(w)).length;
  return copied / said.length >= 0.8 && copied >= Math.min(4, asked.size);
}

const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
