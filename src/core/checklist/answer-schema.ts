// The schema of one answered checklist item, shared by the manifest (checklist) and the policy
// (checklist.answers), so neither schema imports the other.
import { array, obj, str } from '../schema/build.js';

/** One answered checklist item: the manifest's and the policy's org-level answers share it (typed: the policy's type is derived from its schema). */
export const CHECKLIST_ANSWER = obj(
  'An answered checklist item.',
  {
    answer: { enum: ['yes', 'no', 'n/a'], description: 'yes, no or n/a (not applicable; say why in evidence).' },
    evidence: {
      description:
        'Evidence: a statement of substance (at least three words), a link, a path in the repository (relative to its root, written folder/file.ext or ./file; checked to exist) or a manifest field (e.g. gates.fairness; checked to exist). Placeholders (TODO, TBD, x, -, lorem ipsum, a copy of the question) are rejected. Required for yes and n/a on items the stage requires.',
      anyOf: [str('One piece of evidence.'), array('Several pieces of evidence.', str('One piece of evidence.'))],
    },
    note: str('Anything a reviewer should know.'),
  },
  ['answer'],
);
