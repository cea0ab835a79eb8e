import { describe, expect, it } from 'vitest';
import { sampleEvidence } from '../../testing/evidence.js';
import { sha, tagInput } from '../../testing/registry.js';
import { DEFAULT_POLICY } from '../manifest/policy.js';
import { registryEvents, type RegistryEvent } from '../promotion/tag-registry.js';
import { checkArtifact, checkDeclared, checkHistory, checkSequence, checkTag, checkTagOrder, checkUnsealed, type HistoryInput } from './checks.js';
import type { ManifestFacts } from './facts.js';

const A = sha('a');
const B = sha('b');
const MANIFEST = 'models/m/model.yaml';
const ARTIFACT_SHA = 'e'.repeat(64);
// Content digests, shaped as the evidence schema wants them (sha256 hex).
const D1 = `${'d'.repeat(63)}1`;
const D2 = `${'d'.repeat(63)}2`;
const facts = (version: string, extra: Partial<ManifestFacts> = {}): ManifestFacts => ({
  version,
  stage: 'production',
  contentDigest: D1,
  files: [{ role: 'artifact', path: 'm.onnx', sha256: ARTIFACT_SHA }],
  ...extra,
});
const one = (input: ReturnType<typeof tagInput>): RegistryEvent => registryEvents([input]).get(input.name.split(/[@#]/)[0]!)![0]!;
const evidenceFor = (tag: string, version: string, commit: string, createdAt = '2024-04-01T00:00:00.000Z') =>
  sampleEvidence({ tag, model: 'm', version, commit, mergeCommit: commit, range: { from: null, to: commit }, createdAt, manifest: { path: MANIFEST, blob: 'b'.repeat(40), contentDigest: D1 }, files: [{ role: 'artifact', path: 'm.onnx', sha256: ARTIFACT_SHA }] });
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
    expect(moved[0]).toEqual(expect.objectContaining({ severity: 'error', code: 'tag-moved', tag: 'm#production#4', commit: B, message: `m#production#4 points at ${B.slice(0, 12)}, but its evidence was written for ${A.slice(0, 12)}: the tag was moved or re-created` }));
    // Re-created a day later: its tagger date no longer is the evidence's createdAt.
    expect(codes(moved)).toEqual(['error tag-moved', 'error tagger-date-mismatch']);
  });

  it('finds evidence copied under another tag name, and a manifest that disagrees with the evidence', () => {
    const copied = checkTag(one(tagInput('m#production#9', A, '2024-04-01T00:00:00Z', evidenceFor('m#production#4', '1.1.0', A))), context);
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
    const failed = { ...evidenceFor('m#production#4', '1.1.0', A), verdict: 'fail' as const };
    expect(codes(checkTag(one(tagInput('m#production#4', A, '2024-04-01T00:00:00Z', failed)), context))).toEqual(['error failed-evidence']);
    const signed = one(tagInput('m#production#4', A, '2024-04-01T00:00:00Z', evidenceFor('m#production#4', '1.1.0', A), '-----BEGIN SSH SIGNATURE-----'));
    expect(codes(checkTag(signed, { ...context, signature: { status: 'bad', detail: 'incorrect signature' } }))).toEqual(['error bad-signature']);
    expect(codes(checkTag(signed, { ...context, signature: { status: 'unverified', detail: 'no public key' } }))).toEqual(['warning unverified-signature']);
    expect(checkTag(signed, { ...context, signature: { status: 'good', detail: 'Good signature' } })).toEqual([]);
  });
});

describe('checkTag: what binds a tag to its evidence', () => {
  const context = { manifestPath: MANIFEST, factsAtTag: facts('1.1.0') };
  const register = (date: string, evidence = evidenceFor('m@v1.1.0', '1.1.0', A)) => one(tagInput('m@v1.1.0', A, date, { ...evidence, action: 'register' }));

  it('finds a tag re-created with a back-dated tagger date, to the second', () => {
    expect(checkTag(register('2024-04-01T00:00:00Z'), context)).toEqual([]);
    expect(checkTag(register('2024-04-01T00:00:00.900Z'), context)).toEqual([]);
    const backDated = checkTag(register('2024-02-01T00:00:00Z'), context);
    expect(backDated).toEqual([expect.objectContaining({ code: 'tagger-date-mismatch', severity: 'error', message: 'm@v1.1.0 is dated 2024-02-01T00:00:00.000Z, but its evidence was written at 2024-04-01T00:00:00.000Z: the tag was re-created, back-dated' })]);
  });

  it('compares the manifest and every pinned file at the tag\'s commit with the blobs the evidence recorded', () => {
    const evidence = { ...evidenceFor('m@v1.1.0', '1.1.0', A), files: [{ role: 'artifact' as const, path: 'm.onnx', sha256: ARTIFACT_SHA, blob: '1'.repeat(40) }, { role: 'evaluation' as const, path: 'eval.csv', sha256: 'e'.repeat(64), blob: '2'.repeat(40) }] };
    const same = new Map([[MANIFEST, 'b'.repeat(40)], ['m.onnx', '1'.repeat(40)], ['eval.csv', '2'.repeat(40)]]);
    expect(checkTag(register('2024-04-01T00:00:00Z', evidence), { ...context, blobsAtTag: same })).toEqual([]);
    const easier = new Map([...same, ['eval.csv', '3'.repeat(40)], [MANIFEST, '4'.repeat(40)]]);
    expect(checkTag(register('2024-04-01T00:00:00Z', evidence), { ...context, blobsAtTag: easier }).map((f) => f.message)).toEqual([
      `at ${A.slice(0, 12)}, where m@v1.1.0 points, ${MANIFEST}, eval.csv are not the files the evidence recorded (git blob ids differ)`,
    ]);
    // A stage tag points at the registration, whose manifest had another stage: only the pinned files must agree.
    const assign = one(tagInput('m#production#4', A, '2024-04-01T00:00:00Z', { ...evidence, tag: 'm#production#4', mergeCommit: B, range: { from: A, to: B } }));
    expect(checkTag(assign, { ...context, blobsAtTag: new Map([...same, [MANIFEST, '4'.repeat(40)]]) })).toEqual([]);
  });

  it('finds a registration whose evidence commit was edited to follow a moved tag, and a tag off the branch', () => {
    const edited = { ...evidenceFor('m@v1.1.0', '1.1.0', A), commit: B };
    const moved = one(tagInput('m@v1.1.0', B, '2024-04-01T00:00:00Z', { ...edited, action: 'register' }));
    expect(codes(checkTag(moved, { ...context, onBranch: false, branch: 'main' }))).toEqual(['error off-branch', 'error evidence-inconsistent']);
    expect(checkTag(moved, { ...context, onBranch: false, branch: 'main' })[0]!.message).toBe(`m@v1.1.0 points at ${B.slice(0, 12)}, which is not on the first-parent history of main: a registry tag must point at a promoted commit of the default branch`);
  });

  it('reports a broken seal or a header that disagrees with its report as tampering', () => {
    const tampered = checkTag(register('2024-04-01T00:00:00Z'), { ...context, seal: { seal: 'broken', problems: ['the header says verdict pass, the report warn'] } });
    expect(tampered).toEqual([expect.objectContaining({ code: 'evidence-tampered', severity: 'error', message: 'the evidence of m@v1.1.0 was edited after it was written: the header says verdict pass, the report warn' })]);
    expect(checkTag(register('2024-04-01T00:00:00Z'), { ...context, seal: { seal: 'intact', problems: [] } })).toEqual([]);
  });

  it('binds the evidence modelops writes on GTO\'s unassignments and deprecations too, and needs none on GTO\'s own', () => {
    expect(checkTag(one(tagInput('m#production!#5', A, '2024-04-01T00:00:00Z')), context)).toEqual([]);
    const withdrawn = { ...evidenceFor('m#production!#5', '1.1.0', A), action: 'unassign' as const };
    expect(checkTag(one(tagInput('m#production!#5', A, '2024-04-01T00:00:00Z', withdrawn)), context)).toEqual([]);
    expect(codes(checkTag(one(tagInput('m#production!#5', A, '2024-01-01T00:00:00Z', withdrawn)), { ...context, seal: { seal: 'broken', problems: ['x'] } }))).toEqual(['error tagger-date-mismatch', 'error evidence-tampered']);
  });

  it('makes unsigned and untrusted registry tags errors when the policy requires signatures, of every kind', () => {
    const required = { ...context, signaturesRequired: true };
    expect(codes(checkTag(register('2024-04-01T00:00:00Z'), required))).toEqual(['error unsigned-tag']);
    expect(codes(checkTag(one(tagInput('m#production!#5', A, '2024-04-01T00:00:00Z')), required))).toEqual(['error unsigned-tag']);
    const signed = one(tagInput('m@v1.1.0', A, '2024-04-01T00:00:00Z', { ...evidenceFor('m@v1.1.0', '1.1.0', A), action: 'register' }, '-----BEGIN SSH SIGNATURE-----'));
    expect(codes(checkTag(signed, { ...required, signature: { status: 'unverified', detail: 'No principal matched.' } }))).toEqual(['error untrusted-signature']);
    expect(codes(checkTag(signed, { ...required, signature: { status: 'good', detail: 'Good "git" signature' } }))).toEqual([]);
    expect(codes(checkTag(register('2024-04-01T00:00:00Z'), context))).toEqual([]);
  });
});

describe('checkTagOrder, checkUnsealed', () => {
  it('finds a counted tag dated before a lower-numbered one', () => {
    const events = registryEvents([
      tagInput('m#staging#2', A, '2024-02-01T00:00:00Z'),
      tagInput('m#production#3', A, '2024-03-01T00:00:00Z'),
      tagInput('m#production#4', B, '2024-02-15T00:00:00Z'),
      tagInput('m@v1.1.0', B, '2024-01-01T00:00:00Z'),
    ]).get('m')!;
    expect(checkTagOrder(events, MANIFEST)).toEqual([
      expect.objectContaining({ code: 'tag-order', tag: 'm#production#4', message: 'm#production#4 is dated 2024-02-15T00:00:00.000Z, before m#production#3 (2024-03-01T00:00:00.000Z): tag numbers count up in time, so it was re-created back-dated' }),
    ]);
    expect(checkTagOrder(events.filter((e) => e.tag.tag !== 'm#production#4'), MANIFEST)).toEqual([]);
  });

  it('reads evidence written before binding as an info, and unsealed evidence written after as an error', () => {
    const old = one(tagInput('m#staging#1', A, '2024-01-01T00:00:00Z', evidenceFor('m#staging#1', '1.0.0', A, '2024-01-01T00:00:00.000Z')));
    const late = one(tagInput('m#production#2', A, '2024-05-01T00:00:00Z', evidenceFor('m#production#2', '1.0.0', A, '2024-05-01T00:00:00.000Z')));
    const sealedSince = Date.parse('2024-03-01T00:00:00Z');
    expect(codes(checkUnsealed([old, late], new Set([old, late]), sealedSince, MANIFEST))).toEqual(['error unsealed-evidence', 'info evidence-predates-binding']);
    expect(checkUnsealed([old, late], new Set([old, late]), undefined, MANIFEST)).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringMatching(/^2 tag\(s\) carry evidence written before evidence was sealed \(m#staging#1, m#production#2\)/) })]);
  });
});

describe('checkDeclared: the default branch against the registry', () => {
  const history = [
    tagInput('m@v1.0.0', A, '2024-01-01T00:00:00Z'),
    tagInput('m#staging#1', A, '2024-01-01T00:00:00Z'),
    tagInput('m#production#2', A, '2024-02-01T00:00:00Z'),
    tagInput('m@v1.1.0', B, '2024-03-01T00:00:00Z'),
    tagInput('m#production#3', B, '2024-03-01T00:00:00Z'),
  ];
  const now = Date.parse('2024-06-01T00:00:00Z');
  const declared = (tags: typeof history, version: string, stage: string) => checkDeclared({ ...facts(version), stage }, registryEvents(tags).get('m')!, now, MANIFEST, 'main');

  it('accepts a branch that declares what the registry reads', () => {
    expect(declared(history, '1.1.0', 'production')).toEqual([]);
  });

  it('finds the newest stage tag deleted: the branch says 1.1.0 in production, GTO reads 1.0.0', () => {
    expect(declared(history.slice(0, 4), '1.1.0', 'production')).toEqual([
      expect.objectContaining({ severity: 'error', code: 'registry-disagrees', message: `main declares 1.1.0 in production (${MANIFEST}), but no stage tag records 1.1.0 in production; GTO reads production as 1.0.0 (m#production#2)` }),
    ]);
    expect(declared(history.slice(0, 3), '1.1.0', 'production')[0]!.message).toMatch(/but no tag registers version 1\.1\.0; no stage tag records/);
  });

  it('reads archiving as GTO\'s deprecation, and finds a production model deleted without it', () => {
    const deprecated = [...history, tagInput('m@deprecated#4', B, '2024-04-01T00:00:00Z')];
    expect(declared(deprecated, '1.1.0', 'archived')).toEqual([]);
    expect(codes(declared(history, '1.1.0', 'archived'))).toEqual(['error registry-disagrees']);
    expect(checkDeclared('deleted', registryEvents(deprecated).get('m')!, now, MANIFEST, 'main')).toEqual([]);
    expect(checkDeclared('deleted', registryEvents(history).get('m')!, now, MANIFEST, 'main')).toEqual([
      expect.objectContaining({ severity: 'error', code: 'deleted-without-archiving', message: `${MANIFEST} is gone from main, but the registry still holds staging 1.0.0 (m#staging#1), production 1.1.0 (m#production#3): the model was deleted without being archived` }),
    ]);
    expect(codes(checkDeclared('deleted', registryEvents(history.slice(0, 2)).get('m')!, now, MANIFEST, 'main'))).toEqual(['warning deleted-without-archiving']);
  });

  it('warns where GTO itself cannot read the registry: two versions registered at one commit', () => {
    const twice = [...history, tagInput('m@v1.1.1', B, '2024-03-02T00:00:00Z')];
    expect(codes(declared(twice, '1.1.0', 'production'))).toEqual(['warning gto-ambiguous', 'error registry-disagrees']);
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
    registrations: new Map([['1.0.0', { tag: 'm@v1.0.0', index: 0, time: Date.parse('2024-01-01T00:00:00Z'), contentDigest: D1, fileBlobs: new Map([['m.onnx', 'a1']]) }]]),
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
    const changed: Record<string, ManifestFacts> = { ...manifestFacts, m2: facts('1.0.0', { stage: 'staging', contentDigest: D2 }) };
    const findings = checkHistory(input({ factsOf: (blob) => changed[blob], pathEvents: new Map([[MANIFEST, [{ index: 0, blob: 'm1' }, { index: 2, blob: 'm2' }]], ['m.onnx', [{ index: 0, blob: 'a1' }]]]) }));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining(`changed the manifest's artifact, data, features or gates of version 1.0.0, registered by m@v1.0.0`)]);
    const registeredLater = new Map([['1.0.0', { tag: 'm@v1.0.0', index: 2, time: 0, contentDigest: D2, fileBlobs: new Map() }]]);
    expect(checkHistory(input({ factsOf: (blob) => changed[blob], registrations: registeredLater, pathEvents: new Map([[MANIFEST, [{ index: 0, blob: 'm1' }, { index: 2, blob: 'm2' }]]]) }))).toEqual([]);
  });
});
