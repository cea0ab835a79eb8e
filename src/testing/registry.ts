// Test helper: tags as git gives them, for the pure registry and audit code.
import { formatEvidenceMessage, type Evidence } from '../core/promotion/evidence.js';
import type { TagInput } from '../core/promotion/tag-registry.js';
import { sha256Hex } from '../io/digest.js';

export const sha = (c: string): string => c.repeat(40).slice(0, 40);

/** An annotated tag at `commit`, dated `date`, whose message is the evidence (or a plain text, or nothing). */
export function tagInput(name: string, commit: string, date: string | undefined, message: Evidence | string = '', signature = ''): TagInput {
  const body = typeof message === 'string' ? message : formatEvidenceMessage(message, sha256Hex).split('\n\n').slice(1).join('\n\n');
  const input: TagInput = { name, objectType: date === undefined ? 'commit' : 'tag', commit, body, signature };
  if (date !== undefined) input.tagger = { name: 'Promoter', email: 'promoter@example.com', date };
  return input;
}
