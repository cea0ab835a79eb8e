import { describe, expect, it } from 'vitest';
import { sampleEvidence } from '../../testing/evidence.js';
import { sha, tagInput } from '../../testing/registry.js';
import { DEFAULT_POLICY } from '../policy.js';
import { registryEvents, type RegistryEvent } from '../registry.js';
import { checkArtifact, checkHistory, checkSequence, checkTag, type HistoryInput } from './checks.js';
import type { ManifestFacts } from './facts.js';

const A = sha('a');
const B = sha('b');
const MANIFEST = 'models/m/model.yaml';
const ARTIFACT_SHA = 'e'.repeat(64);
const facts = (version: string, extra: Partial<ManifestFacts> = {}): ManifestFacts => ({
  version,
  stage: 'production',
  contentDigest: 'd1',
  files: [{ role: 'artifact', path: 'm.onnx', sha256: ARTIFACT_SHA }],
  ...extra,
});
const one = (input: ReturnType<typeof tagInput>): RegistryEvent => registryEvents([input]).get(input.name.split(/[@#]/)[0]!)![0]!;
const evidenceFor = (tag: string, version: string, commit: string) =>
  sampleEvidence({ tag, model: 'm', version, commit, files: [{ role: 'artifact', path: 'm.onnx', sha256: ARTIFACT_SHA }] });
const codes = (findings: { code: string; severity: string }[]) => findings.map((f) => `${f.severity} ${f.code}`);

describe('checkTag', () => {
  const context = { manifestPath: MANIFEST, factsAtTag: facts('1.1.0') };

  it('accepts a tag that agrees with its evidence and the manifest at its commit', () => {
    expect(checkTag(one(tagInput('m#production#4', A, '2024-04-01T00:00:00Z', evidenceFor('m#production#4', '1.1.0', A))), context)).toEqual([]);
  });

  it('wants evidence on production tags (error) and notes its absence elsewhere (warning)', () => {
    expect(codes(checkTag(one(tagInput('m#production#1', A, '2024-04-01T00:00:00Z', 'by hand')), context))).toEqual(['error missing-evidence']);
    expect(codes(checkTag(one(tagInput('m#staging#1', A, '2024-04-01T00:00:00Z', 'by hand')), context))).toEqual(['warning missing-evidence']);
    expect(codes(checkTag(one(tagInput('m@v1.1.0', A, '2024-04-01T00:00:00Z')), context))).toEqual(['warning missing-evidence']);
    const lightweight = checkTag(one(tagInput('m#production#1', A, undefined)), context);
    expect(lightweight[0]).toMatchObject({ severity: 'error', code: 'missing-evidence', message: expect.stringContaining('lightweight tag') });
  });

  it('finds a tag moved away from the commit its evidence was written for', () => {
    const moved = checkTag(one(tagInput('m#production#4', B, '2024-04-02T00:00:00Z', evidenceFor('m#production#4', '1.1.0', A))), context);
    expect(moved).toEqual([expect.objectContaining({ severity: 'error', code: 'tag-moved', tag: 'm#production#4', commit: B, message: `m#production#4 points at ${B.slice(0, 12)}, but its evidence was written for ${A.slice(0, 12)}: the tag was moved or re-created` })]);
  });

  it('finds evidence copied under another tag name, and a manifest that disagrees with the evidence', () => {
    const copied = checkTag(one(tagInput('m#production#9', A, '2024-04-02T00:00:00Z', evidenceFor('m#production#4', '1.1.0', A))), context);
    expect(copied.map((f) => f.message)).toEqual(['the evidence of m#production#9 was written for tag m#production#4']);
    const otherVersion = checkTag(one(tagInput('m#production#4', A, '2024-04-01T00:00:00Z', evidenceFor('m#production#4', '1.1.0', A))), { manifestPath: MANIFEST, factsAtTag: facts('1.2.0') });
    expect(otherVersion[0]!.message).toMatch(/disagrees with its evidence: version 1\.2\.0, the evidence 1\.1\.0/);
    const otherArtifact = checkTag(one(tagInput('m#production#4', A, '2024-04-01T00:00:00Z', evidenceFor('m#production#4', '1.1.0', A))), {
      manifestPath: MANIFEST,
      factsAtTag: facts('1.1.0', { files: [{ role: 'artifact', path: 'm.onnx', sha256: 'f'.repeat(64) }] }),
    });
    expect(otherArtifact[0]!.message).toMatch(/disagrees with its evidence: artifact sha256 ffffffffffff…, the evidence eeeeeeeeeeee…/);
    expect(codes(checkTag(one(tagInput('m#production#4', A, '2024-04-01T00:00:00Z', evidenceFor('m#production#4', '1.1.0', A))), { manifestPath: MANIFEST, factsAtTag: 'missing' }))).toEqual(['error evidence-mismatch']);
  });

  it('rejects evidence of failed gates, and reports signatures that fail or cannot be checked', () => {
    const failed = sampleEvidence({ tag: 'm#production#4', model: 'm', version: '1.1.0', commit: A, verdict: 'fail', files: [{ role: 'artifact', path: 'm.onnx', sha256: ARTIFACT_SHA }] });
    expect(codes(checkTag(one(tagInput('m#production#4', A, '2024-04-01T00:00:00Z', failed)), context))).toEqual(['error failed-evidence']);
    const signed = one(tagInput('m#production#4', A, '2024-04-01T00:00:00Z', evidenceFor('m#production#4', '1.1.0', A), '-----BEGIN SSH SIGNATURE-----'));
    expect(codes(checkTag(signed, { ...context, signature: { status: 'bad', detail: 'incorrect signature' } }))).toEqual(['error bad-signature']);
    expect(codes(checkTag(signed, { ...context, signature: { status: 'unverified', detail: 'no public key' } }))).toEqual(['warning unverified-signature']);
    expect(checkTag(signed, { ...context, signature: { status: 'good', detail: 'Good signature' } })).toEqual([]);
  });
});

describe('checkArtifact', () => {
  const register = one(tagInput('m@v1.0.0', A, '2024-01-01T00:00:00Z'));
  it('re-hashes the registered artifact against its recorded sha256', () => {
    expect(checkArtifact(register, { path: 'm.onnx', recorded: ARTIFACT_SHA, actual: ARTIFACT_SHA }, MANIFEST)).toEqual([]);
    expect(checkArtifact(register, { path: 'm.onnx', recorded: ARTIFACT_SHA, actual: '0'.repeat(64) }, MANIFEST)[0]).toMatchObject({ code: 'artifact-hash-mismatch', severity: 'error', file: 'm.onnx', tag: 'm@v1.0.0' });
    expect(checkArtifact(register, { path: 'm.onnx', recorded: ARTIFACT_SHA }, MANIFEST)[0]).toMatchObject({ code: 'artifact-missing', severity: 'error' });
  });
});

describe('checkSequence', () => {
  const sequence = (...tags: ReturnType<typeof tagInput>[]) => checkSequence(registryEvents(tags).get('m')!, DEFAULT_POLICY, MANIFEST);

  it('passes development -> staging -> production, a new version in production, and a rollback', () => {
    expect(
      sequence(
        tagInput('m@v1.0.0', A, '2024-01-01T00:00:00Z'),
        tagInput('m#development#1', A, '2024-01-01T00:00:00Z'),
        tagInput('m#staging#2', A, '2024-02-01T00:00:00Z'),
        tagInput('m#production#3', A, '2024-03-01T00:00:00Z'),
        tagInput('m@v1.1.0', B, '2024-04-01T00:00:00Z'),
        tagInput('m#production#4', B, '2024-04-01T00:00:00Z'),
        tagInput('m#production#5', A, '2024-05-01T00:00:00Z'),
      ),
    ).toEqual([]);
  });

  it('finds a skipped stage per the policy\'s transitions', () => {
    const findings = sequence(tagInput('m@v1.0.0', A, '2024-01-01T00:00:00Z'), tagInput('m#development#1', A, '2024-01-01T00:00:00Z'), tagInput('m#production#2', A, '2024-02-01T00:00:00Z'));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', code: 'skipped-stage', tag: 'm#production#2', message: 'm#production#2: development -> production skips a stage; the policy allows development -> staging, archived' })]);
  });

  it('warns when a model starts outside the policy\'s initial stages', () => {
    expect(codes(sequence(tagInput('m@v1.0.0', A, '2024-01-01T00:00:00Z'), tagInput('m#archived#1', A, '2024-01-01T00:00:00Z')))).toEqual(['warning skipped-stage']);
  });

  it('finds production assignments of versions never registered, or registered only later', () => {
    expect(codes(sequence(tagInput('m#staging#1', A, '2024-01-01T00:00:00Z'), tagInput('m#production#2', A, '2024-02-01T00:00:00Z')))).toEqual(['error unregistered-production']);
    const late = sequence(tagInput('m#staging#1', A, '2024-01-01T00:00:00Z'), tagInput('m#production#2', A, '2024-02-01T00:00:00Z', evidenceFor('m#production#2', '1.0.0', A)), tagInput('m@v1.0.0', A, '2024-03-01T00:00:00Z'));
    expect(late.map((f) => f.message)).toEqual(['m#production#2 assigns production to version 1.0.0, which was registered only later']);
  });

  it('notices deleted tags from gaps in the numbers', () => {
    const findings = sequence(tagInput('m@v1.0.0', A, '2024-01-01T00:00:00Z'), tagInput('m#development#1', A, '2024-01-01T00:00:00Z'), tagInput('m#staging#4', A, '2024-02-01T00:00:00Z'));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', code: 'missing-tag', message: 'm has no tag numbered #2, #3: tags were deleted (or fetched only in part)' })]);
  });
});

describe('checkHistory', () => {
  const commits = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'].map((c, i) => ({ sha: sha(String(i)), time: `2024-0${i + 1}-01T00:00:00+00:00`, author: 'Dev', subject: c }));
  const manifestFacts: Record<string, ManifestFacts> = {
    m1: facts('1.0.0', { stage: 'development' }),
    m2: facts('1.0.0', { stage: 'staging' }),
    m3: facts('1.2.0', { stage: 'staging' }),
    m4: facts('1.2.0', { stage: 'staging' }), // a description edit: same facts, another blob
  };
  const input = (overrides: Partial<HistoryInput> = {}): HistoryInput => ({
    manifestPath: MANIFEST,
    commits,
    pathEvents: new Map([
      [MANIFEST, [{ index: 0, blob: 'm1' }, { index: 2, blob: 'm2' }, { index: 4, blob: 'm3' }, { index: 5, blob: 'm4' }]],
      ['m.onnx', [{ index: 0, blob: 'a1' }, { index: 3, blob: 'a2' }]],
    ]),
    factsOf: (blob) => manifestFacts[blob],
    coverage: [{ from: -1, to: 0 }, { from: 1, to: 2 }],
    registrations: new Map([['1.0.0', { tag: 'm@v1.0.0', index: 0, time: Date.parse('2024-01-01T00:00:00Z'), contentDigest: 'd1', fileBlobs: new Map([['m.onnx', 'a1']]) }]]),
    ...overrides,
  });

  it('finds a registered version changed later (its artifact replaced) and a version change no evidence covers', () => {
    const findings = checkHistory(input());
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'registered-version-changed', commit: commits[3]!.sha, message: `${commits[3]!.sha.slice(0, 12)} (2024-04-01, Dev: "c3") changed m.onnx of version 1.0.0, registered by m@v1.0.0, keeping the version` }),
      expect.objectContaining({ severity: 'error', code: 'unpromoted-change', commit: commits[4]!.sha, message: expect.stringContaining('changed the model (version 1.0.0 -> 1.2.0) and no passing evidence covers it') }),
    ]);
  });

  it('accepts the same history when evidence covers each change and nothing registered changes', () => {
    const pathEvents = new Map(input().pathEvents);
    pathEvents.set('m.onnx', [{ index: 0, blob: 'a1' }]);
    expect(checkHistory(input({ pathEvents, coverage: [{ from: -1, to: 0 }, { from: 1, to: 2 }, { from: 3, to: 4 }] }))).toEqual([]);
  });

  it('finds a content change of a registered version in the manifest itself, and not before the registration', () => {
    const changed: Record<string, ManifestFacts> = { ...manifestFacts, m2: facts('1.0.0', { stage: 'staging', contentDigest: 'd2' }) };
    const findings = checkHistory(input({ factsOf: (blob) => changed[blob], pathEvents: new Map([[MANIFEST, [{ index: 0, blob: 'm1' }, { index: 2, blob: 'm2' }]], ['m.onnx', [{ index: 0, blob: 'a1' }]]]) }));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining(`changed the manifest's artifact, data, features or gates of version 1.0.0, registered by m@v1.0.0`)]);
    const registeredLater = new Map([['1.0.0', { tag: 'm@v1.0.0', index: 2, time: 0, contentDigest: 'd2', fileBlobs: new Map() }]]);
    expect(checkHistory(input({ factsOf: (blob) => changed[blob], registrations: registeredLater, pathEvents: new Map([[MANIFEST, [{ index: 0, blob: 'm1' }, { index: 2, blob: 'm2' }]]]) }))).toEqual([]);
  });
});
