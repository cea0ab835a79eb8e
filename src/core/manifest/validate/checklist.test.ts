// The honest checklist: placeholders are not evidence, the manifest can contradict an answer, and the
// policy adds items and org-level answers. Plain values: the example manifest's text, edited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST, checklistItemId } from '../../checklist/catalogue.js';
import { evidenceProblem, placeholderProblem } from '../../checklist/evidence.js';
import { checklistGapLines } from '../../checklist/summary.js';
import { DEFAULT_POLICY } from '../policy.js';
import type { PolicyDocument } from '../policy-schema.js';
import { resolvePolicy } from '../resolve-policy.js';
import { loadManifest, loadPolicy } from './documents.js';
import { evaluateChecklist } from './policy-checks.js';

const EXAMPLE = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'example-repo', 'models', 'credit-risk', 'model.yaml'), 'utf8');
const FILE = 'models/credit-risk/model.yaml';
const context = { registeredVersions: ['0.9.0'] };

function evaluate(text: string, policy = DEFAULT_POLICY) {
  const loaded = loadManifest(new TextEncoder().encode(text), FILE);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
  return evaluateChecklist(loaded.value, loaded.source, policy, context);
}

const replace = (text: string, from: string | RegExp, to: string): string => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`no match for ${String(from)}`);
  return next;
};

describe('evidence', () => {
  it.each(['TODO', 'TODO link the data sheet', 'tbd', 'x', 'xxx', '-', '—', '...', 'n/a', 'yes', 'lorem ipsum dolor sit amet', '<fill in>', 'ok', 'see doc'])('%j is not evidence', (text) => {
    expect(evidenceProblem(text, 'Were the labels checked for correctness and consistency?')).toBeDefined();
  });

  it.each([
    'models/credit-risk/data/README.md',
    './notebooks/eda.ipynb',
    'https://example.com/model-review/42',
    'gates.fairness',
    'labels were re-checked by two analysts on a 200-row sample',
    'onnxruntime 1.30 only (deployment.dependencies)',
  ])('%j is evidence', (text) => expect(evidenceProblem(text, 'Were the labels checked?')).toBeUndefined());

  it('rejects a copy of the question', () => {
    const question = 'Were the labels checked for correctness and consistency (e.g. a sample reviewed by hand)?';
    expect(evidenceProblem('Were the labels checked for correctness and consistency?', question)).toBe('repeats the question instead of answering it');
  });

  it('calls scaffold text a placeholder and written text content', () => {
    expect(placeholderProblem('TODO the problem in plain language, and the decision the predictions feed')).toMatch(/placeholder/);
    expect(placeholderProblem('Route credit applications likely to default to a manual review')).toBeUndefined();
  });
});

describe('evaluateChecklist', () => {
  it('satisfies every item of the example manifest', () => {
    const { result, findings } = evaluate(EXAMPLE);
    expect(findings).toEqual([]);
    expect(result.satisfiedRequired).toBe(45);
  });

  it('rejects placeholder evidence with the line of the evidence', () => {
    const text = replace(EXAMPLE, 'ml-needed:\n      answer: yes\n      evidence: the best single rule', 'ml-needed:\n      answer: yes\n      evidence: TODO\n      note: the best single rule');
    const { result, findings } = evaluate(text);
    const item = result.items.find((i) => i.id === 'problem.ml-needed')!;
    expect(item).toMatchObject({ status: 'placeholder', satisfied: false });
    const line = text.split('\n').findIndex((l) => l.includes('evidence: TODO')) + 1;
    expect(findings).toEqual([expect.objectContaining({ code: 'checklist-placeholder', severity: 'error', file: FILE, line, message: "evidence for problem.ml-needed is a placeholder ('TODO')" })]);
  });

  it('does not verify an item from a scaffold placeholder in the manifest', () => {
    const text = replace(EXAMPLE, /  statement: >-\n(    .+\n)+/, '  statement: TODO the problem in plain language, and the decision the predictions feed\n');
    const { result, findings } = evaluate(text);
    expect(result.items.find((i) => i.id === 'problem.statement')).toMatchObject({ status: 'contradicted', satisfied: false });
    expect(findings.map((f) => f.code)).toContain('checklist-contradicted');
  });

  it.each([
    ['baseline.defined', /\nbaseline:\n(  .*\n)+/, '\n', 'the manifest declares no baseline'],
    ['ready.bias-checked', /\n  fairness:\n(    .*\n)+/, '\n', 'no fairness gate'],
    ['usable.fairness', /\n  fairness:\n(    .*\n)+/, '\n', 'no fairness gate'],
    ['deploy.rollback', /\n  rollback:\n(    .*\n)+/, '\n', 'deployment.rollback (the rollback plan) is not declared'],
    ['monitor.drift', /\n  drift:\n(    .*\n)+/, '\n', 'no drift gate'],
    ['usable.fallback', /\n  fallback:\n(    .*\n)+/, '\n', 'deployment.fallback is not declared'],
  ])('%s answered yes is contradicted when the manifest lacks it', (id, from, to, reason) => {
    const text = replace(EXAMPLE, from, to);
    const { result, findings } = evaluate(text);
    const item = result.items.find((i) => i.id === id)!;
    expect(item.status).toBe('contradicted');
    expect(item.contradiction).toContain(reason);
    const finding = findings.find((f) => f.code === 'checklist-contradicted' && f.message.startsWith(`checklist item ${id} `))!;
    expect(finding).toMatchObject({ severity: 'error', file: FILE });
    const [section, key] = id.split('.');
    const itemLine = text.split('\n').findIndex((l, i, all) => l.trimStart().startsWith(`${key}:`) && all.slice(0, i).some((p) => p === `  ${section}:`)) + 1;
    expect(finding.line === itemLine || finding.line === itemLine + 1).toBe(true);
  });

  it('contradicts n/a on a question about groups when sensitive attributes are declared', () => {
    const text = replace(EXAMPLE, 'bias-checked: {answer: yes, evidence: gates.fairness}', 'bias-checked: {answer: n/a, evidence: "no people are affected by this model"}');
    // The fairness gate proves the item, so the wrong n/a is moot.
    expect(evaluate(text).result.items.find((i) => i.id === 'ready.bias-checked')!.status).toBe('verified');
    const withoutGate = replace(text, /\n  fairness:\n(    .*\n)+/, '\n');
    expect(evaluate(withoutGate).result.items.find((i) => i.id === 'ready.bias-checked')).toMatchObject({ status: 'contradicted', contradiction: expect.stringContaining('data.sensitive declares sex') });
  });

  it('has a contradiction rule wherever the manifest can disprove the answer', () => {
    const withRule = CHECKLIST.filter((item) => item.contradictedBy !== undefined).map(checklistItemId);
    expect(withRule.length).toBe(28);
    for (const id of ['baseline.defined', 'ready.bias-checked', 'deploy.rollback', 'monitor.drift', 'data.splits', 'usable.audit-artifacts']) expect(withRule).toContain(id);
  });

  it('takes org-level answers from the policy, and a model answer replaces them', () => {
    const policy = resolvePolicy({
      apiVersion: 'modelops/v1',
      kind: 'Policy',
      checklist: { answers: { 'data.privacy': { answer: 'yes', evidence: 'the data protection office reviews every dataset (DPIA register)' } } },
    });
    const without = replace(EXAMPLE, /    privacy: \{[^\n]+\}\n/, '');
    expect(evaluate(without).result.items.find((i) => i.id === 'data.privacy')!.status).toBe('unanswered');
    expect(evaluate(without, policy).result.items.find((i) => i.id === 'data.privacy')).toMatchObject({ status: 'answered', answeredBy: 'policy', satisfied: true });
    expect(evaluate(without, policy).findings).toEqual([]);
    expect(evaluate(EXAMPLE, policy).result.items.find((i) => i.id === 'data.privacy')!.answeredBy).toBeUndefined();
  });

  it('requires the items a policy adds in the stages it names, and lists open items per section', () => {
    const document: PolicyDocument = {
      apiVersion: 'modelops/v1',
      kind: 'Policy',
      checklist: {
        sections: { 'eu-ai-act': 'EU AI Act: high-risk AI systems' },
        items: [
          { id: 'eu-ai-act.risk-management', question: 'Is a risk-management system in place for the whole lifecycle (art. 9)?', stages: ['production'] },
          { id: 'eu-ai-act.human-oversight', question: 'Can people oversee the system and override it (art. 14)?', stages: ['production'] },
        ],
      },
    };
    const policy = resolvePolicy(document);
    const open = evaluate(EXAMPLE, policy);
    expect(open.result.required).toBe(47);
    expect(open.findings).toEqual([
      expect.objectContaining({ code: 'checklist', message: 'checklist section eu-ai-act: 2 of 2 required items not answered (required for stage production): eu-ai-act.risk-management, eu-ai-act.human-oversight' }),
    ]);
    expect(checklistGapLines(open.result)).toEqual(['eu-ai-act: 2 of 2 required open — risk-management (unanswered), human-oversight (unanswered)']);
    const answered = `${EXAMPLE}  eu-ai-act:\n    risk-management: {answer: yes, evidence: "https://intranet.example.com/risk/credit-risk"}\n    human-oversight: {answer: yes, evidence: "every score routes to a credit officer who decides"}\n`;
    expect(evaluate(answered, policy).findings).toEqual([]);
    expect(evaluate(answered, policy).result.satisfiedRequired).toBe(47);
  });

  it('names an unknown checklist section and suggests the closest', () => {
    const text = `${EXAMPLE}  usabel:\n    misuse: {answer: yes, evidence: "the score only routes to manual review"}\n`;
    expect(evaluate(text).findings).toEqual([expect.objectContaining({ code: 'unknown-checklist-item', hint: "did you mean 'usable'?" })]);
  });
});

describe('policy checklist', () => {
  const policyText = (body: string) => new TextEncoder().encode(`apiVersion: modelops/v1\nkind: Policy\n${body}`);

  it('rejects placeholder org-level evidence with its line', () => {
    const loaded = loadPolicy(policyText('checklist:\n  answers:\n    data.privacy: {answer: yes, evidence: TBD}\n'), 'modelops.yaml');
    expect(loaded.ok ? [] : loaded.findings).toEqual([expect.objectContaining({ code: 'checklist-placeholder', line: 5, file: 'modelops.yaml' })]);
  });

  it('refuses added items in a built-in section and answers to unknown items', () => {
    const loaded = loadPolicy(
      policyText('checklist:\n  items:\n    - {id: data.gdpr-dpia, question: "Was a data protection impact assessment done?"}\n  answers:\n    data.nonsense: {answer: yes, evidence: "a real statement of fact"}\n'),
      'modelops.yaml',
    );
    expect(loaded.ok ? [] : loaded.findings.map((f) => [f.code, f.line])).toEqual([
      ['checklist-item-in-builtin-section', 5],
      ['unknown-checklist-item', 7],
    ]);
  });

  it('refuses manifest globs that leave the repository', () => {
    const loaded = loadPolicy(policyText('manifests: ["/etc/*", "../*/model.yaml", "models/*/model.yaml"]\n'), 'modelops.yaml');
    expect(loaded.ok ? [] : loaded.findings.map((f) => [f.code, f.line, f.message])).toEqual([
      ['glob-outside-repo', 3, "manifests glob '/etc/*' is absolute; globs are relative to the repository root"],
      ['glob-outside-repo', 3, "manifests glob '../*/model.yaml' leaves the repository (contains ..)"],
    ]);
  });
});
