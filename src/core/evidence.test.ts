import { describe, expect, it } from 'vitest';
import { sampleEvidence } from '../testing/evidence.js';
import { canonicalJson, contentDigest, evidenceSummary, formatEvidenceMessage, parseEvidence } from './evidence.js';
import type { Manifest } from './manifest.js';

/** The body of a tag message: everything after the summary paragraph. */
const bodyOf = (message: string): string => message.slice(message.indexOf('\n\n') + 2);

describe('promotion evidence', () => {
  it('is a one-line summary, a blank line, then the JSON, which parses back to the same evidence', () => {
    const evidence = sampleEvidence();
    const message = formatEvidenceMessage(evidence);
    const [summary, blank] = message.split('\n');
    expect(summary).toBe('credit-risk 1.1.0 -> production: gates pass (performance pass, champion pass); PR #12 by @alice, approved by @bob, @carol');
    expect(blank).toBe('');
    expect(parseEvidence(bodyOf(message))).toEqual({ status: 'present', evidence });
    // Readable fields for `git show`, the bulky report on its own line at the end.
    expect(message).toContain('\n  "mergeCommit": "aaaa');
    expect(message).toMatch(/\n {2}"report": \{"apiVersion":"modelops\/v1".*\}\n\}\n$/);
  });

  it('summarises a registration and a pull request without approvals', () => {
    const text = evidenceSummary(sampleEvidence({ action: 'register', tag: 'credit-risk@v1.1.0', pullRequest: { number: 3, approvers: [] } }));
    expect(text).toBe('register credit-risk 1.1.0: gates pass (performance pass, champion pass); PR #3, no approvals recorded');
  });

  it('tells a message without evidence (GTO, by hand) from broken evidence', () => {
    expect(parseEvidence('')).toEqual({ status: 'missing' });
    expect(parseEvidence('promoted by hand, see ticket 12\n')).toEqual({ status: 'missing' });
    expect(parseEvidence('{"kind": "Something else"}')).toEqual({ status: 'missing' });
    expect(parseEvidence('{"kind": "Evidence", "model": ')).toMatchObject({ status: 'invalid', reason: expect.stringContaining('does not parse') });
    const { commit: _commit, ...noCommit } = sampleEvidence();
    expect(parseEvidence(JSON.stringify(noCommit))).toEqual({ status: 'invalid', reason: 'commit is not a string' });
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
    expect(contentDigest(manifest(0.5, 'a'))).toBe(contentDigest(manifest(0.5, 'another description')));
    expect(contentDigest(manifest(0.5, 'a'))).not.toBe(contentDigest(manifest(0.4, 'a')));
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});
