// The promotion planner on plain values: manifests as parsed, tags as git gives them, gate results as
// the gates and the stage policy leave them. No git, no gates: the rules of promote in milliseconds.
import { readFileSync } from 'node:fs';
import { sha256Hex } from '../../io/digest.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_REPO, MANIFEST } from '../../testing/repos.js';
import { sha, tagInput } from '../../testing/registry.js';
import type { Manifest } from '../manifest/manifest.js';
import { loadManifest } from '../manifest/validate/documents.js';
import type { GateResult, ModelResult } from '../report/model.js';
import { parseEvidence, type Evidence } from './evidence.js';
import { behindRegistry, catchUpCandidates, changedCandidates, plannedDeployment, plannedIssues, planPromotion, promotionNeeds, selfWaivers, tagsToPush, waiverKey, type Candidate, type GatedModel, type PromotionPlanInput } from './plan.js';
import type { TagInput } from './tag-registry.js';
import type { Waiver } from './waivers.js';

const EXAMPLE = readFileSync(join(EXAMPLE_REPO, MANIFEST), 'utf8');
const ARTIFACT = 'models/credit-risk/model-v1.onnx';
const HEAD = sha('d');
const BEFORE = sha('b');
const NOW = new Date('2026-03-01T12:00:00Z');

/** The example manifest with its version, stage and threshold set. */
function manifest(version = '1.0.0', stage = 'production', threshold = '0.5'): Manifest {
  const text = EXAMPLE.replace('version: 1.0.0', `version: ${version}`).replace('stage: production', `stage: ${stage}`).replace('threshold: 0.5', `threshold: ${threshold}`);
  const loaded = loadManifest(Buffer.from(text), MANIFEST);
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => f.message).join('; '));
  return loaded.value;
}

const passing: GateResult = { gate: 'performance', verdict: 'pass', blocking: true, summary: 'roc_auc 0.78 >= 0.72', checks: [] };

function gatedResult(m: Manifest, overrides: Partial<ModelResult> = {}): GatedModel {
  return { result: { name: m.metadata.name, manifest: MANIFEST, version: m.metadata.version, stage: m.stage, verdict: 'pass', findings: [], gates: [passing], ...overrides }, findings: [] };
}

/** The planner's input for candidates against tags, each needed candidate gated as given (default: passing). */
function input(candidates: Candidate[], tags: TagInput[], gated: (m: Manifest) => GatedModel = gatedResult): PromotionPlanInput {
  const { needs, toGate } = promotionNeeds(candidates, tags);
  return {
    head: HEAD,
    before: { ref: 'main~1', commit: BEFORE },
    needs,
    invalid: toGate.filter((c) => !c.manifest),
    gated: new Map(toGate.flatMap((c) => (c.manifest ? [[c.path, gated(c.manifest)] as const] : []))),
    pullRequests: new Map([[MANIFEST, { number: 7, author: 'alice', approvers: ['bob'] }]]),
    blobs: new Map([
      [MANIFEST, sha('e')],
      [ARTIFACT, sha('a')],
    ]),
    tagNames: tags.map((t) => t.name),
    sign: false,
    now: NOW,
    runUrl: 'https://github.com/o/r/actions/runs/1',
    toolVersion: '0.0.0-test',
    sha256: sha256Hex,
  };
}

const evidenceIn = (message: string): Evidence => {
  const parsed = parseEvidence(message.slice(message.indexOf('\n\n') + 2));
  if (parsed.status !== 'present') throw new Error(`no evidence in ${message.slice(0, 80)}`);
  return parsed.evidence as Evidence;
};

/** The tags a plan creates, as git would then list them (annotated, dated, the planned message's body). */
const written = (plan: ReturnType<typeof planPromotion>, date = '2026-03-01T12:00:00+00:00'): TagInput[] =>
  plan.tags.map((t) => tagInput(t.name, t.commit, date, t.message.slice(t.message.indexOf('\n\n') + 2)));

describe('changedCandidates', () => {
  it('takes a changed version or stage, a new or an invalid manifest, and refuses a content change without a bump', () => {
    const changes = [
      { path: 'models/a/model.yaml', manifest: manifest('1.1.0'), base: manifest('1.0.0') },
      { path: 'models/b/model.yaml', manifest: manifest('1.0.0', 'staging'), base: manifest('1.0.0', 'production') },
      { path: 'models/c/model.yaml', manifest: manifest() },
      { path: 'models/d/model.yaml', base: manifest() },
      { path: 'models/e/model.yaml', manifest: manifest('1.0.0', 'production', '0.4'), base: manifest() },
      { path: 'models/f/model.yaml', manifest: manifest(), base: manifest() },
    ];
    const { candidates, unbumped } = changedCandidates(changes, HEAD, BEFORE);
    expect(candidates.map((c) => [c.path, c.from])).toEqual([
      ['models/a/model.yaml', BEFORE],
      ['models/b/model.yaml', BEFORE],
      ['models/c/model.yaml', BEFORE],
      ['models/d/model.yaml', BEFORE],
    ]);
    expect(candidates[3]!.manifest).toBeUndefined();
    expect(unbumped).toHaveLength(1); // f changed nothing that is promoted (the same bytes parse equal)
    expect(unbumped[0]).toMatchObject({ manifest: 'models/e/model.yaml', verdict: 'fail', promotion: { status: 'blocked', commit: HEAD, tags: [] } });
    expect(unbumped[0]!.findings[0]).toMatchObject({ code: 'unpromoted-change', severity: 'error', file: 'models/e/model.yaml', message: 'artifact.threshold changed on the default branch while version 1.0.0 stayed: nothing is promoted, and the audit will report this commit' });
  });
});

describe('planPromotion', () => {
  it('registers a new model and assigns its stage: GTO names, the merge commit, evidence with the range, pull request and pinned blobs', () => {
    const plan = planPromotion(input([{ path: MANIFEST, manifest: manifest(), from: BEFORE }], []));
    expect(plan.tags.map((t) => [t.name, t.action, t.commit])).toEqual([
      ['credit-risk@v1.0.0', 'register', HEAD],
      ['credit-risk#production#1', 'assign', HEAD],
    ]);
    const evidence = evidenceIn(plan.tags[1]!.message);
    expect(evidence).toMatchObject({ action: 'assign', tag: 'credit-risk#production#1', model: 'credit-risk', version: '1.0.0', stage: 'production', commit: HEAD, mergeCommit: HEAD, range: { from: BEFORE, to: HEAD }, pullRequest: { number: 7, approvers: ['bob'] }, workflowRun: 'https://github.com/o/r/actions/runs/1', verdict: 'pass', createdAt: NOW.toISOString() });
    expect(evidence.manifest).toMatchObject({ path: MANIFEST, blob: sha('e') });
    expect(evidence.files.find((f) => f.path === ARTIFACT)).toMatchObject({ role: 'artifact', blob: sha('a') });
    expect(evidence.report.repository.base).toEqual({ ref: 'main~1', commit: BEFORE });
    expect(plan.tags[1]!.message.split('\n')[0]).toBe('credit-risk 1.0.0 -> production: gates pass (performance pass); PR #7 by @alice, approved by @bob');
    expect(plan.models[0]!.promotion).toEqual({ status: 'promoted', commit: HEAD, tags: [
      { tag: 'credit-risk@v1.0.0', action: 'register', commit: HEAD, created: true, signed: false },
      { tag: 'credit-risk#production#1', action: 'assign', commit: HEAD, created: true, signed: false },
    ] });
    expect(plan.promoted).toEqual([expect.objectContaining({ name: 'credit-risk', stageTag: 'credit-risk#production#1', created: true })]);
  });

  it('is idempotent: planned again over the tags it wrote, it writes none and reports the model up to date', () => {
    const candidates = [{ path: MANIFEST, manifest: manifest(), from: BEFORE }];
    const first = planPromotion(input(candidates, []));
    const tags = written(first);
    const { needs, toGate } = promotionNeeds(candidates, tags);
    expect(needs.map((n) => [n.needRegister, n.needAssign])).toEqual([[false, false]]);
    expect(toGate).toEqual([]); // nothing is gated again
    const again = planPromotion(input(candidates, tags, () => {
      throw new Error('an up-to-date model is not gated');
    }));
    expect(again.tags).toEqual([]);
    expect(again.models[0]).toMatchObject({ verdict: 'pass', promotion: { status: 'up-to-date', tags: [{ tag: 'credit-risk@v1.0.0', created: false }, { tag: 'credit-risk#production#1', created: false }] } });
    expect(again.promoted).toEqual([expect.objectContaining({ stageTag: 'credit-risk#production#1', created: false, evidence: expect.objectContaining({ action: 'assign' }) })]);
    expect(tagsToPush(again.models)).toEqual(['credit-risk@v1.0.0', 'credit-risk#production#1']); // pushing again is harmless
  });

  it('completes a run that stopped halfway: only the missing stage tag, pointing at the existing registration', () => {
    const registered = tagInput('credit-risk@v1.0.0', sha('f'), '2026-02-01T00:00:00Z', 'register');
    const plan = planPromotion(input([{ path: MANIFEST, manifest: manifest(), from: BEFORE }], [registered]));
    expect(plan.tags.map((t) => [t.name, t.commit])).toEqual([['credit-risk#production#1', sha('f')]]);
    expect(plan.models[0]!.promotion!.tags[0]).toEqual({ tag: 'credit-risk@v1.0.0', action: 'register', commit: sha('f'), created: false, signed: false });
  });

  it('moving down a stage unassigns the stage left first, both at the registration commit, and counters continue', () => {
    const first = planPromotion({ ...input([{ path: MANIFEST, manifest: manifest(), from: BEFORE }], []), head: sha('1') });
    const tags = written(first);
    const plan = planPromotion(input([{ path: MANIFEST, manifest: manifest('1.0.0', 'staging'), base: manifest(), from: BEFORE }], tags));
    expect(plan.tags.map((t) => [t.name, t.action, t.commit])).toEqual([
      ['credit-risk#production!#2', 'unassign', sha('1')],
      ['credit-risk#staging#3', 'assign', sha('1')],
    ]);
    expect(evidenceIn(plan.tags[0]!.message)).toMatchObject({ stage: 'production', version: '1.0.0', previous: { version: '1.0.0', stage: 'production' } });
    const archived = planPromotion(input([{ path: MANIFEST, manifest: manifest('1.0.0', 'archived'), from: BEFORE }], tags));
    expect(archived.tags.map((t) => [t.name, t.action])).toEqual([['credit-risk@deprecated#2', 'deprecate']]);
  });

  it('refuses a model whose stage policy failed (missing approvals), with the reason, and plans no tag for it', () => {
    const approvals: GateResult = { gate: 'approvals', verdict: 'fail', blocking: true, summary: '0 of 2 approvals from @credit-ml/model-risk', checks: [] };
    const plan = planPromotion(input([{ path: MANIFEST, manifest: manifest(), from: BEFORE }], [], (m) => gatedResult(m, { verdict: 'fail', gates: [passing, approvals] })));
    expect(plan.tags).toEqual([]);
    expect(plan.promoted).toEqual([]);
    expect(plan.models[0]!.promotion).toEqual({ status: 'blocked', reason: 'approvals gate fail: 0 of 2 approvals from @credit-ml/model-risk', commit: HEAD, tags: [] });
    expect(tagsToPush(plan.models)).toEqual([]);
  });

  it('refuses on errors (an artifact whose hash differs), naming at most three reasons', () => {
    const errors = ['sha256 of models/credit-risk/model-v1.onnx is 00ff…, the manifest says d35e…', 'b', 'c', 'd'].map((message) => ({ severity: 'error' as const, category: 'input' as const, code: 'artifact-hash-mismatch', message }));
    const plan = planPromotion(input([{ path: MANIFEST, manifest: manifest(), from: BEFORE }], [], (m) => gatedResult(m, { verdict: 'error', findings: errors })));
    expect(plan.tags).toEqual([]);
    expect(plan.models[0]!.promotion).toMatchObject({ status: 'blocked', reason: 'sha256 of models/credit-risk/model-v1.onnx is 00ff…, the manifest says d35e…; b; c (and 1 more)' });
  });

  it('promotes on a warning, and blocks an invalid manifest with what its gate run said (or verdict error)', () => {
    const warned = planPromotion(input([{ path: MANIFEST, manifest: manifest(), from: BEFORE }], [], (m) => gatedResult(m, { verdict: 'warn' })));
    expect(warned.tags).toHaveLength(2);
    expect(evidenceIn(warned.tags[0]!.message).verdict).toBe('warn');
    const invalid = planPromotion({ ...input([], []), invalid: [{ path: 'models/broken/model.yaml' }] });
    expect(invalid.models).toEqual([{ name: 'broken', manifest: 'models/broken/model.yaml', verdict: 'error', findings: [], gates: [], promotion: { status: 'blocked', reason: 'verdict error', commit: HEAD, tags: [] } }]);
  });
});

describe('catching up', () => {
  it('finds the models the registry lags behind, each ranged from before the commit that last changed it', () => {
    const tags = [tagInput('credit-risk@v1.0.0', sha('1'), '2026-01-01T00:00:00Z'), tagInput('credit-risk#production#1', sha('1'), '2026-01-01T00:00:01Z')];
    const atHead = [
      { path: MANIFEST, manifest: manifest() },
      { path: 'models/other/model.yaml', manifest: manifest('2.0.0') }, // (named credit-risk too) 2.0.0 is not registered
    ];
    const behind = behindRegistry(atHead, tags);
    expect(behind.map((b) => b.path)).toEqual(['models/other/model.yaml']); // credit-risk 1.0.0 is in production already
    const commits = [
      { sha: sha('1'), changes: [{ path: MANIFEST }, { path: 'models/other/model.yaml' }] },
      { sha: sha('2'), changes: [{ path: 'models/other/model.yaml' }] },
      { sha: sha('3'), changes: [{ path: 'README.md' }] },
    ];
    expect(catchUpCandidates(behind, commits)).toEqual([{ path: 'models/other/model.yaml', manifest: behind[0]!.manifest, caughtUp: true, changedAt: sha('2'), from: sha('1') }]);
    // Changed only by the root commit: no range start, so no base to read.
    expect(catchUpCandidates([atHead[0]!], commits.slice(0, 1))).toEqual([{ path: MANIFEST, manifest: atHead[0]!.manifest, caughtUp: true, changedAt: sha('1') }]);
  });
});

describe('selfWaivers', () => {
  const waiver = (model: string, check: string, version = '1.1.0'): Waiver => ({ model, check, version, reason: 'hotfix', approved_by: ['@erin'], expires: '2099-12-31' });
  const own = waiver('credit-risk', 'approvals');
  const earlier = waiver('credit-risk', 'approvals', '1.2.0');
  const soak = waiver('credit-risk', 'soak');
  const other = waiver('scorecard', 'approvals');
  const all = [own, earlier, soak, other];

  it('refuses an approvals waiver that arrived with the change it would excuse, and only that', () => {
    const atBase = new Set([earlier].map(waiverKey));
    const atChange = new Set(all.map(waiverKey));
    const refused = selfWaivers(all, 'credit-risk', sha('c'), atBase, atChange);
    expect([...refused.keys()]).toEqual([own]);
    expect(refused.get(own)).toBe(`it came with the change it would excuse (${sha('c').slice(0, 12)}): a pull request cannot waive its own approvals; merge the waiver in a pull request of its own`);
  });

  it('applies an approvals waiver merged before the change, or after it by a pull request of its own', () => {
    expect(selfWaivers(all, 'credit-risk', sha('c'), new Set([waiverKey(own)]), new Set([waiverKey(own)])).size).toBe(0);
    expect(selfWaivers(all, 'credit-risk', sha('c'), new Set(), new Set())).toEqual(new Map()); // at HEAD only: a later pull request
  });
});

describe('after the tags, on GitHub', () => {
  it('deploys each model whose tags exist to the environment of its stage, keyed by the stage tag, on a re-run too', () => {
    const candidates = [{ path: MANIFEST, manifest: manifest(), from: BEFORE }];
    const first = planPromotion(input(candidates, []));
    const again = planPromotion(input(candidates, written(first)));
    const url = 'https://github.com/o/r/actions/runs/1';
    const expected = { ref: 'credit-risk#production#1', environment: 'production', model: 'credit-risk', version: '1.0.0', description: 'credit-risk 1.0.0 -> production (credit-risk#production#1)', logUrl: url };
    expect(first.promoted.map((m) => plannedDeployment(m, url))).toEqual([expected]);
    expect(again.promoted.map((m) => plannedDeployment(m, url))).toEqual([expected]);
    expect(plannedDeployment(first.promoted[0]!)).not.toHaveProperty('logUrl');
  });

  it('opens an issue for each blocked model and closes the issue of each promoted or up-to-date one', () => {
    const blocked = planPromotion(input([{ path: MANIFEST, manifest: manifest(), from: BEFORE }], [], (m) => gatedResult(m, { verdict: 'fail', gates: [{ ...passing, verdict: 'fail', summary: 'roc_auc 0.70 < 0.72' }] })));
    const issues = plannedIssues(blocked.models, { runUrl: 'https://github.com/o/r/actions/runs/2' });
    expect(issues.close).toEqual([]);
    expect(issues.open.map((i) => [i.model, i.marker, i.title])).toEqual([['credit-risk', '<!-- modelops:promotion:credit-risk -->', 'modelops: credit-risk 1.0.0 was not promoted to production']]);
    expect(issues.open[0]!.body).toContain('**Why:** performance gate fail: roc_auc 0.70 < 0.72.');
    const promoted = planPromotion(input([{ path: MANIFEST, manifest: manifest(), from: BEFORE }], []));
    const closing = plannedIssues(promoted.models, {});
    expect(closing.open).toEqual([]);
    expect(closing.close).toEqual([{ model: 'credit-risk', marker: '<!-- modelops:promotion:credit-risk -->', comment: expect.stringMatching(/^<!-- modelops:promotion:credit-risk -->\n✅ .*Closing\.\n$/) }]);
  });
});
