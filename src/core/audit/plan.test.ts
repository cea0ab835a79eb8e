// The audit over plain facts: a trail written by the promotion planner (core/promotion/plan.ts), as
// git would list it, audited without git; then tampered with, one way at a time.
import { readFileSync } from 'node:fs';
import { sha256Hex } from '../../io/digest.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_REPO, MANIFEST } from '../../testing/repos.js';
import { sha, tagInput } from '../../testing/registry.js';
import { DEFAULT_POLICY } from '../manifest/policy.js';
import { loadManifest } from '../manifest/validate/documents.js';
import { evidenceArtifact } from '../promotion/evidence.js';
import { planPromotion, promotionNeeds } from '../promotion/plan.js';
import { evidenceOf, registryEvents, type RegistryEvent, type TagInput } from '../promotion/tag-registry.js';
import type { FactsAtTag } from './checks.js';
import { artifactChecks, auditedModels, auditFindings, branchLine, evidenceFacts, taggedEvents, type AuditCommit, type AuditFacts } from './plan.js';

const ARTIFACT = 'models/credit-risk/model-v1.onnx';
const BEFORE = sha('b');
const HEAD = sha('d');
const MANIFEST_BLOB = sha('e');
const ARTIFACT_BLOB = sha('a');
const NOW = new Date('2026-03-01T12:00:00Z');

const loaded = loadManifest(readFileSync(join(EXAMPLE_REPO, MANIFEST)), MANIFEST);
if (!loaded.ok) throw new Error('the example manifest is invalid');
const manifest = loaded.value;
const RECORDED_SHA256 = manifest.artifact.sha256;

/** credit-risk 1.0.0 registered and assigned production at HEAD, as promote plans it: the tags as git then lists them. */
function promotedTags(): TagInput[] {
  const { needs } = promotionNeeds([{ path: MANIFEST, manifest, from: BEFORE }], []);
  const plan = planPromotion({
    head: HEAD,
    before: { ref: 'main~1', commit: BEFORE },
    needs,
    invalid: [],
    gated: new Map([[MANIFEST, { result: { name: 'credit-risk', manifest: MANIFEST, version: '1.0.0', stage: 'production', verdict: 'pass', findings: [], gates: [{ gate: 'performance', verdict: 'pass', blocking: true, summary: 'roc_auc 0.78 >= 0.72', checks: [] }] }, findings: [] }]]),
    pullRequests: new Map([[MANIFEST, { number: 7, author: 'alice', approvers: ['bob', 'carol'] }]]),
    blobs: new Map([
      [MANIFEST, MANIFEST_BLOB],
      [ARTIFACT, ARTIFACT_BLOB],
    ]),
    tagNames: [],
    sign: false,
    now: NOW,
    toolVersion: '0.0.0-test',
    sha256: sha256Hex,
  });
  return plan.tags.map((t) => tagInput(t.name, t.commit, '2026-03-01T12:00:00+00:00', t.message.slice(t.message.indexOf('\n\n') + 2)));
}

const COMMITS: AuditCommit[] = [
  { sha: BEFORE, time: '2026-02-01T00:00:00Z', author: 'alice', subject: 'start', changes: [{ path: 'README.md', blob: sha('1') }] },
  { sha: HEAD, time: '2026-03-01T11:55:00Z', author: 'alice', subject: 'Merge pull request #7', changes: [{ path: MANIFEST, blob: MANIFEST_BLOB }, { path: ARTIFACT, blob: ARTIFACT_BLOB }] },
];

/** What audit reads from a repository whose history is COMMITS and whose tags are `tags`: the artifact hashing to `artifactSha256`. */
function factsOf(tags: readonly TagInput[], artifactSha256 = RECORDED_SHA256): AuditFacts {
  const eventsByModel = registryEvents(tags);
  const line = branchLine(COMMITS);
  const { manifestOf, names } = auditedModels(line, eventsByModel, (path) => (path === MANIFEST ? 'credit-risk' : undefined));
  const manifestFacts = evidenceFacts(eventsByModel);
  const factsAtTag = new Map<RegistryEvent, FactsAtTag>();
  const blobsAtTag = new Map<RegistryEvent, Map<string, string | undefined>>();
  for (const { event } of taggedEvents(names, eventsByModel)) {
    factsAtTag.set(event, event.input.commit === HEAD ? (manifestFacts.get(MANIFEST_BLOB) ?? 'invalid') : 'missing');
    if (event.input.commit === HEAD) blobsAtTag.set(event, new Map([[MANIFEST, MANIFEST_BLOB], [ARTIFACT, ARTIFACT_BLOB]]));
  }
  return { names, manifestOf, eventsByModel, line, policy: DEFAULT_POLICY, branch: 'main', factsAtTag, manifestFacts, signatures: new Map(), blobsAtTag, digests: new Map([[ARTIFACT_BLOB, artifactSha256]]), now: new Date('2026-03-02T00:00:00Z'), at: new Date('2026-03-02T00:00:00Z'), sha256: sha256Hex };
}

const errors = (facts: AuditFacts) => auditFindings(facts).models.flatMap((m) => m.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.tag ?? ''}`.trim()));

/** The tags with one tag's message body replaced. */
const withBody = (tags: readonly TagInput[], name: string, edit: (body: string) => string): TagInput[] =>
  tags.map((t) => (t.name === name ? { ...t, body: edit(t.body.toString()) } : t));

describe('auditFindings', () => {
  it('finds nothing wrong with the trail promote plans but the stage it skipped: production held by 1.0.0, its artifact re-hashed as recorded', () => {
    const facts = factsOf(promotedTags());
    const { models, findings } = auditFindings(facts);
    expect(findings).toEqual([]);
    expect(models.map((m) => [m.name, m.manifest, m.version, m.stage, m.verdict])).toEqual([['credit-risk', MANIFEST, '1.0.0', 'production', 'warn']]);
    // The default policy starts models in development or staging: straight to production is a warning.
    expect(models[0]!.findings.map((f) => `${f.severity} ${f.code} ${f.tag}`)).toEqual(['warning skipped-stage credit-risk#production#1']);
    expect(models[0]!.audit!.stages).toEqual([expect.objectContaining({ stage: 'production', version: '1.0.0', tag: 'credit-risk#production#1' })]);
    expect(models[0]!.audit!.events.map((e) => e.tag)).toEqual(['credit-risk@v1.0.0', 'credit-risk#production#1']);
  });

  it('reports a tag whose evidence was edited after sealing (the verdict, an approver)', () => {
    const tags = promotedTags();
    expect(errors(factsOf(withBody(tags, 'credit-risk#production#1', (b) => b.replace('"approvers": [\n      "bob",', '"approvers": [\n      "mallory",'))))).toEqual(['evidence-tampered credit-risk#production#1']);
    expect(errors(factsOf(withBody(tags, 'credit-risk#production#1', (b) => b.replace('"verdict": "pass"', '"verdict": "warn"'))))).toEqual(['evidence-tampered credit-risk#production#1']);
  });

  it('reports a stage tag moved off the commit its evidence was written for', () => {
    const moved = promotedTags().map((t) => (t.name === 'credit-risk#production#1' ? { ...t, commit: sha('2') } : t));
    expect(errors(factsOf(moved))).toContain('tag-moved credit-risk#production#1');
  });

  it('reports a production tag without evidence', () => {
    const tags = withBody(promotedTags(), 'credit-risk#production#1', () => 'promoted by hand\n');
    expect(errors(factsOf(tags))).toContain('missing-evidence credit-risk#production#1');
  });

  it('reports an artifact whose bytes at the registration no longer hash to the recorded sha256', () => {
    const tags = promotedTags();
    const facts = factsOf(tags, '0'.repeat(64));
    const registration = facts.eventsByModel.get('credit-risk')!.find((e) => e.tag.kind === 'register')!;
    expect(artifactChecks([registration], facts).get('credit-risk@v1.0.0')).toEqual({ path: ARTIFACT, recorded: RECORDED_SHA256, actual: '0'.repeat(64) });
    expect(errors(facts)).toEqual(['artifact-hash-mismatch credit-risk@v1.0.0']);
  });
});

describe('auditedModels', () => {
  it('audits the models on the line and those with tags, at the path their evidence records; names what it cannot find', () => {
    const eventsByModel = registryEvents([...promotedTags(), tagInput('gone@v1.0.0', sha('c'), '2026-01-01T00:00:00Z')]);
    const line = branchLine([...COMMITS, { sha: sha('f'), time: '2026-03-02T00:00:00Z', author: 'bob', subject: 'new', changes: [{ path: 'models/new/model.yaml', blob: sha('2') }] }]);
    const modelOfPath = (path: string) => /^models\/([^/]+)\/model\.yaml$/.exec(path)?.[1];
    const { manifestOf, names, unknown } = auditedModels(line, eventsByModel, modelOfPath, new Set(['credit-risk', 'gone', 'new', 'nowhere']));
    expect(names).toEqual(['credit-risk', 'gone', 'new']);
    expect(manifestOf.get('credit-risk')).toBe(evidenceOf(eventsByModel.get('credit-risk')![0]!)!.manifest.path);
    expect(manifestOf.get('gone')).toBe('models/gone/model.yaml');
    expect(unknown).toEqual(['nowhere']);
    expect(evidenceArtifact(evidenceOf(eventsByModel.get('credit-risk')![0]!)!)).toMatchObject({ path: ARTIFACT, sha256: RECORDED_SHA256 });
  });
});
