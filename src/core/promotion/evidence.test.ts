import { describe, expect, it } from 'vitest';
import { sampleEvidence } from '../../testing/evidence.js';
import { createHash } from 'node:crypto';
import { canonicalJson, checkSeal, contentDigest, evidenceGates, evidenceSummary, formatEvidenceMessage, parseEvidence, parseEvidenceHeader, type EvidenceHeader } from './evidence.js';
import type { Manifest } from '../manifest/manifest.js';

/** The body of a tag message: everything after the summary paragraph. */
const bodyOf = (message: string): string => message.slice(message.indexOf('\n\n') + 2);

// What src/io/digest.ts passes in production.
const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

describe('promotion evidence', () => {
  it('is a one-line summary, a blank line, then the JSON, which parses back to the same evidence', () => {
    const evidence = sampleEvidence();
    const message = formatEvidenceMessage(evidence, sha256);
    const [summary, blank] = message.split('\n');
    expect(summary).toBe('credit-risk 1.1.0 -> production: gates pass (performance pass, champion pass); PR #12 by @alice, approved by @bob, @carol');
    expect(blank).toBe('');
    expect(parseEvidence(bodyOf(message))).toEqual({ status: 'present', evidence: { ...evidence, seal: { report: expect.stringMatching(/^[0-9a-f]{64}$/), header: expect.stringMatching(/^[0-9a-f]{64}$/) } } });
    // Readable fields for `git show`, the bulky report on its own line at the end.
    expect(message).toContain('\n  "mergeCommit": "aaaa');
    expect(message).toMatch(/\n {2}"report": \{"apiVersion":"modelops\/v1".*\}\n\}\n$/);
  });

  it('summarises a registration and a pull request without approvals', () => {
    const text = evidenceSummary(sampleEvidence({ action: 'register', tag: 'credit-risk@v1.1.0', pullRequest: { number: 3, approvers: [] } }));
    expect(text).toBe('register credit-risk 1.1.0: gates pass (performance pass, champion pass); PR #3, no approvals recorded');
  });

  it('summarises GTO\'s unassignment and deprecation when modelops writes them', () => {
    expect(evidenceSummary(sampleEvidence({ action: 'unassign', tag: 'credit-risk#production!#5' }))).toMatch(/^credit-risk 1\.1\.0 leaves production: gates pass/);
    expect(evidenceSummary(sampleEvidence({ action: 'deprecate', tag: 'credit-risk@deprecated#6', stage: 'archived' }))).toMatch(/^archive credit-risk 1\.1\.0 \(deprecated\): gates pass/);
  });

  it('tells a message without evidence (GTO, by hand) from broken evidence', () => {
    expect(parseEvidence('')).toEqual({ status: 'missing' });
    expect(parseEvidence('promoted by hand, see ticket 12\n')).toEqual({ status: 'missing' });
    expect(parseEvidence('{"kind": "Something else"}')).toEqual({ status: 'missing' });
    expect(parseEvidence('{"kind": "Evidence", "model": ')).toMatchObject({ status: 'invalid', reason: expect.stringContaining('does not parse') });
    const { commit: _commit, ...noCommit } = sampleEvidence();
    expect(parseEvidence(JSON.stringify(noCommit))).toEqual({ status: 'invalid', reason: "(document): missing required field 'commit'" });
  });

  it('names each field that does not match schemas/evidence.schema.json', () => {
    const evidence = { ...sampleEvidence(), commit: 42, files: [{ role: 'model', path: 'm.onnx', sha256: 'e'.repeat(64) }], range: { to: 'a'.repeat(40) }, createdAt: 'yesterday' };
    const parsed = parseEvidenceHeader(JSON.stringify(evidence));
    expect(parsed.status).toBe('invalid');
    const reasons = parsed.status === 'invalid' ? parsed.reason.split('; ') : [];
    expect(reasons).toEqual(['commit: must be a string, found number 42', 'range: missing required field \'from\'', 'files.0.role: must be one of artifact, training, evaluation, reference, found "model"', 'createdAt: must match format "date-time"']);
    expect(parseEvidence(JSON.stringify({ ...sampleEvidence(), report: 'see CI' }))).toEqual({ status: 'invalid', reason: 'report: must be a mapping, found "see CI"' });
    const { report: _report, ...noReport } = sampleEvidence();
    expect(parseEvidence(JSON.stringify(noReport))).toEqual({ status: 'invalid', reason: "(document): missing required field 'report'" });
    expect(parseEvidenceHeader(JSON.stringify(noReport))).toMatchObject({ status: 'present' });
    // Evidence written before it summarised the gates: they are read from its report.
    const { gates: _gates, ...noGates } = sampleEvidence();
    const old = parseEvidence(JSON.stringify(noGates));
    expect(old.status === 'present' && evidenceGates(old.evidence)).toEqual([{ gate: 'performance', verdict: 'pass' }, { gate: 'champion', verdict: 'pass' }]);
  });
});

describe('content digest', () => {
  const manifest = (threshold: number, description: string) =>
    ({
      metadata: { name: 'm', version: '1.0.0', owners: [], description },
      stage: 'production',
      problem: { statement: 's', task: 'binary-classification' },
      artifact: { path: 'm.onnx', sha256: 'e'.repeat(64), format: 'onnx', inputs: { layout: 'tensor' }, outputs: {}, threshold },
      data: { label: { column: 'y' }, features: [], evaluation: { path: 'e.csv' } },
      gates: { performance: { metrics: { roc_auc: { min: 0.7 } } } },
      checklist: {},
    }) as unknown as Manifest;

  it('changes with the content a version pins, not with descriptions or key order', () => {
    expect(contentDigest(manifest(0.5, 'a'), sha256)).toBe(contentDigest(manifest(0.5, 'another description'), sha256));
    expect(contentDigest(manifest(0.5, 'a'), sha256)).not.toBe(contentDigest(manifest(0.4, 'a'), sha256));
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});

describe('the seal', () => {
  const message = formatEvidenceMessage(sampleEvidence(), sha256);
  const body = bodyOf(message);
  const check = (text: string) => {
    const parsed = parseEvidenceHeader(text);
    if (parsed.status !== 'present') throw new Error(`evidence ${parsed.status}`);
    return checkSeal(new TextEncoder().encode(text), parsed.evidence, sha256);
  };

  it('binds the report by its exact bytes and every header field with it', () => {
    expect(check(body)).toEqual({ seal: 'intact', problems: [] });
    const reportText = body.slice(body.indexOf('\n  "report": ') + '\n  "report": '.length, body.lastIndexOf('\n}'));
    const parsed = parseEvidence(body);
    expect(parsed.status === 'present' && parsed.evidence.seal!.report).toBe(sha256(reportText));
  });

  it('finds the header verdict edited (warn -> pass) against both the seal and the report', () => {
    const evidence = sampleEvidence({ verdict: 'warn' });
    evidence.report.models[0]!.verdict = 'warn';
    const warned = bodyOf(formatEvidenceMessage(evidence, sha256));
    expect(check(warned)).toEqual({ seal: 'intact', problems: [] });
    const edited = warned.replace('"verdict": "warn"', '"verdict": "pass"');
    expect(edited).not.toBe(warned);
    expect(check(edited)).toEqual({
      seal: 'broken',
      problems: ['the header fields (verdict, approvers, pull request, commit, dates, files) were edited after the evidence was written', 'the header says verdict pass, the report warn'],
    });
  });

  it('finds an approver added to the header, and a report edited in place', () => {
    const approver = body.replace('"carol"', '"carol",\n        "mallory"');
    expect(check(approver).seal).toBe('broken');
    const report = body.replace('"summary":"no regression"', '"summary":"no regression at all"');
    expect(report).not.toBe(body);
    expect(check(report)).toMatchObject({ seal: 'broken', problems: [expect.stringMatching(/^the report was edited after the evidence was written/)] });
  });

  it('still finds a header that disagrees with its report when the seal was recomputed to match', () => {
    const evidence = sampleEvidence({ verdict: 'warn', gates: [{ gate: 'performance', verdict: 'warn', blocking: true }, { gate: 'champion', verdict: 'pass', blocking: true }] });
    const resealed = bodyOf(formatEvidenceMessage(evidence, sha256));
    expect(check(resealed)).toEqual({ seal: 'intact', problems: ['the header says verdict warn, the report pass', 'the header says gate performance warn, the report pass'] });
  });

  it('reads evidence written before binding: no seal to check, its header still compared with its report', () => {
    const { seal: _seal, ...unsealed } = JSON.parse(body) as EvidenceHeader;
    const old = `${JSON.stringify({ ...unsealed, report: undefined }, null, 2).slice(0, -2)},\n  "report": ${JSON.stringify(sampleEvidence().report)}\n}\n`;
    expect(check(old)).toEqual({ seal: 'absent', problems: [] });
    expect(check(old.replace('"verdict": "pass"', '"verdict": "warn"'))).toEqual({ seal: 'absent', problems: ['the header says verdict warn, the report pass'] });
  });
});
