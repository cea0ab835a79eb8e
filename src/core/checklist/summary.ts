// One line per checklist section with required items still open, for terminal output and summaries.
import type { ChecklistResult } from '../report/model.js';
import { checklistSections } from './catalogue.js';

const STATUS_WORDS: Record<string, string> = {
  unanswered: 'unanswered',
  'no-evidence': 'no evidence',
  'answered-no': 'no',
  placeholder: 'placeholder',
  contradicted: 'contradicted',
};

/** `data: 2 of 8 required open — labels-verified (unanswered), splits (placeholder)`, for each section with gaps. */
export function checklistGapLines(checklist: ChecklistResult): string[] {
  const lines: string[] = [];
  for (const section of checklistSections(checklist.items)) {
    const required = checklist.items.filter((i) => i.section === section && i.required);
    const open = required.filter((i) => !i.satisfied);
    if (open.length === 0) continue;
    const named = open.map((i) => `${i.id.slice(section.length + 1)} (${STATUS_WORDS[i.status] ?? i.status})`);
    lines.push(`${section}: ${open.length} of ${required.length} required open — ${named.join(', ')}`);
  }
  return lines;
}
