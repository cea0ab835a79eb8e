import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../checklist/catalogue.js';
import { DEFAULT_POLICY, isTransitionAllowed, requiredChecklistItems, unknownChecklistRefs } from './policy.js';
import { resolvePolicy } from './resolve-policy.js';
import { loadPolicy } from './validate/documents.js';

describe('policy', () => {
  it('allows development -> staging -> production, any -> archived and production -> staging by default', () => {
    const p = DEFAULT_POLICY;
    expect(isTransitionAllowed(p, 'development', 'staging')).toBe(true);
    expect(isTransitionAllowed(p, 'staging', 'production')).toBe(true);
    expect(isTransitionAllowed(p, 'production', 'staging')).toBe(true);
    for (const from of ['development', 'staging', 'production'] as const) expect(isTransitionAllowed(p, from, 'archived')).toBe(true);
    expect(isTransitionAllowed(p, 'development', 'production')).toBe(false);
    expect(isTransitionAllowed(p, 'archived', 'production')).toBe(false);
    expect(isTransitionAllowed(p, 'production', 'production')).toBe(true);
    expect(isTransitionAllowed(p, undefined, 'development')).toBe(true);
    expect(isTransitionAllowed(p, undefined, 'production')).toBe(false);
  });

  it('merges a partial policy over the defaults', () => {
    const p = resolvePolicy({ apiVersion: 'modelops/v1', kind: 'Policy', stages: { staging: { approvals: { count: 3 } } }, manifests: 'ml/*/model.yaml' });
    expect(p.manifests).toEqual(['ml/*/model.yaml']);
    expect(p.stages.staging.approvals).toEqual({ count: 3, from: [], unverified_membership: 'fail', older_commits: 'discard' });
    expect(p.stages.staging.gates).toEqual(DEFAULT_POLICY.stages.staging.gates);
    expect(p.stages.production).toEqual(DEFAULT_POLICY.stages.production);
  });

  it('reads approvals.older_commits (discard by default, or count) and refuses any other value', () => {
    const text = (approvals: string) => new TextEncoder().encode(`apiVersion: modelops/v1\nkind: Policy\nstages:\n  production:\n    approvals: ${approvals}\n`);
    const counted = loadPolicy(text('{count: 2, older_commits: count}'), 'modelops.yaml');
    expect(counted.ok && counted.value.stages.production.approvals).toEqual({ count: 2, from: [], unverified_membership: 'fail', older_commits: 'count' });
    const byDefault = loadPolicy(text('{count: 2}'), 'modelops.yaml');
    expect(byDefault.ok && byDefault.value.stages.production.approvals.older_commits).toBe('discard');
    const wrong = loadPolicy(text('{count: 2, older_commits: keep}'), 'modelops.yaml');
    expect(wrong.ok).toBe(false);
    expect(wrong.ok ? [] : wrong.findings.map((f) => [f.line, f.message])).toEqual([[5, expect.stringContaining('older_commits')]]);
  });

  it('expands sections and item ids into required items', () => {
    const rules = { ...DEFAULT_POLICY.stages.staging, checklist: ['problem', 'usable.fallback'] };
    const problemItems = CHECKLIST.filter((i) => i.section === 'problem').length;
    expect(requiredChecklistItems(rules).size).toBe(problemItems + 1);
    expect(requiredChecklistItems({ ...rules, checklist: 'all' }).size).toBe(CHECKLIST.length);
    expect(unknownChecklistRefs({ ...rules, checklist: ['problem', 'data.nope', 'nosuch'] })).toEqual(['data.nope', 'nosuch']);
  });
});
