// What a user writes after `modelops init`: the answers to the checklist's problem section, the items
// stage development requires that the manifest cannot prove by itself.
import { readFileSync, writeFileSync } from 'node:fs';

export const PROBLEM_ANSWERS = [
  '  problem:  # What problem are you solving?',
  '    kpis: {answer: yes, evidence: "loss rate on approved loans, from the monthly risk report"}',
  '    ml-needed: {answer: yes, evidence: "the debt-ratio cut-off rule reaches ROC AUC 0.64 on the same rows"}',
  '    acceptance: {answer: yes, evidence: "ROC AUC at least 0.7, agreed with credit risk on 2024-03-01"}',
  '    stakeholders: {answer: yes, evidence: "loan officers use the score; applicants are affected; owner: credit risk"}',
].join('\n');

/** Replaces the empty problem section init wrote with the answers; throws when it is not there. */
export function answerProblemSection(manifestFile: string): void {
  const text = readFileSync(manifestFile, 'utf8');
  const answered = text.replace('  problem: {}  # What problem are you solving?', PROBLEM_ANSWERS);
  if (answered === text) throw new Error(`${manifestFile}: the checklist's empty problem section (as init writes it) is not there`);
  writeFileSync(manifestFile, answered);
}
