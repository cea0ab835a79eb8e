// monitoring.current as a source: one of path, glob or query, confined to its root, with a timestamp;
// the deprecated pinned form warns; monitoring.require_current makes a production model without one an
// error naming the file and the field. Plain values: the example manifest's text, edited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy.js';
import { resolvePolicy } from '../resolve-policy.js';
import { snapshotMonitoring } from '../../../testing/repos.js';
import { checkCurrentSource, currentKinds } from './current-source.js';
import { loadManifest } from './documents.js';

const REAL_EXAMPLE = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'example-repo', 'models', 'credit-risk', 'model.yaml'), 'utf8');
// The one-snapshot form (no chunks, no labels), which these cases edit.
const EXAMPLE = snapshotMonitoring(REAL_EXAMPLE);
const FILE = 'models/credit-risk/model.yaml';
const CURRENT = /  current:\n(?: {4}.*\n)+/;
const REQUIRED = resolvePolicy({ apiVersion: 'modelops/v1', kind: 'Policy', monitoring: { require_current: true } });

const replace = (text: string, from: string | RegExp, to: string): string => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`no match for ${String(from)}`);
  return next;
};

function check(text: string, policy = DEFAULT_POLICY) {
  const loaded = loadManifest(new TextEncoder().encode(text), FILE);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
  return checkCurrentSource(loaded.value, loaded.source, policy);
}

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('monitoring.current', () => {
  it('the example declares a glob with a timestamp column: no finding, also when the policy requires a source', () => {
    expect(check(REAL_EXAMPLE)).toEqual([]);
    expect(check(EXAMPLE)).toEqual([]);
    expect(check(EXAMPLE, REQUIRED)).toEqual([]);
  });

  it('a production model without a current source is an error naming the file and field when the policy requires one', () => {
    const without = replace(EXAMPLE, CURRENT, '');
    expect(check(without)).toEqual([]);
    const findings = check(without, REQUIRED);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', category: 'policy', code: 'missing-current-source', file: FILE, pointer: '/monitoring', line: lineOf(without, 'monitoring:\n') });
    expect(findings[0]!.message).toMatch(/credit-risk is in production without a current source .*monitoring\.require_current/);
    // Not in production: not required.
    expect(check(replace(without, /^stage: production$/m, 'stage: staging'), REQUIRED)).toEqual([]);
    // A current section that names no source counts as none, and says what is missing.
    const uriOnly = replace(EXAMPLE, CURRENT, '  current:\n    uri: s3://credit-ml/scored/\n    timestamp: scored_at\n');
    expect(check(uriOnly, REQUIRED).map((f) => [f.code, f.severity, f.pointer])).toEqual([
      ['current-source-missing', 'error', '/monitoring/current'],
      ['missing-current-source', 'error', '/monitoring/current'],
    ]);
    expect(check(uriOnly)[0]!.hint).toMatch(/uri is not read; .*query: SELECT \* FROM read_parquet\('s3:\/\/credit-ml\/scored\/'\)/);
  });

  it('refuses a glob or a path that leaves the repository, at the line of the field', () => {
    for (const glob of ['../exports/*.csv', 'models/{a,..}/*.csv', '/data/*.csv']) {
      const text = replace(EXAMPLE, 'glob: models/credit-risk/data/current/*.csv', `glob: "${glob}"`);
      const findings = check(text);
      expect(findings.map((f) => f.code), glob).toEqual(['glob-outside-repo']);
      expect(findings[0]).toMatchObject({ file: FILE, pointer: '/monitoring/current/glob', line: lineOf(text, `glob: "${glob}"`) });
    }
    const path = check(replace(EXAMPLE, 'glob: models/credit-risk/data/current/*.csv', 'path: ../current.csv'));
    expect(path.map((f) => [f.code, f.pointer])).toEqual([['path-outside-repo', '/monitoring/current/path']]);
    expect(path[0]!.message).toMatch(/leaves the repository/);
  });

  it('needs exactly one source and a timestamp column', () => {
    const both = check(replace(EXAMPLE, CURRENT, "  current:\n    glob: data/*.csv\n    query: SELECT 1\n    timestamp: scored_at\n"));
    expect(both.map((f) => [f.code, f.pointer])).toEqual([['current-source-ambiguous', '/monitoring/current/query']]);
    const untimed = check(replace(EXAMPLE, '    timestamp: scored_at\n', ''));
    expect(untimed.map((f) => [f.code, f.severity])).toEqual([['current-no-timestamp', 'error']]);
    const ignored = check(replace(EXAMPLE, CURRENT, "  current:\n    query: SELECT * FROM read_parquet('x.parquet')\n    format: parquet\n    timestamp: scored_at\n"));
    expect(ignored.map((f) => [f.code, f.severity])).toEqual([['current-field-ignored', 'warning']]);
  });

  it('accepts the old pinned form with a deprecation warning, and does not check its digest', () => {
    const pinned = replace(EXAMPLE, CURRENT, '  current:\n    path: models/credit-risk/data/current.csv\n    sha256: f3bffc04c00a9578683dd4821489fa38286d19318a33cd57ead8106dd4a51e34\n');
    const findings = check(pinned, REQUIRED);
    expect(findings.map((f) => [f.code, f.severity, f.pointer])).toEqual([['current-pinned', 'warning', '/monitoring/current/sha256']]);
    expect(findings[0]!.hint).toMatch(/remove sha256 and name the timestamp column .*models\/credit-risk\/data\/\*/);
  });

  it('currentKinds lists the sources given', () => {
    expect(currentKinds(undefined)).toEqual([]);
    expect(currentKinds({ glob: 'a/*.csv', query: 'SELECT 1' })).toEqual(['glob', 'query']);
  });
});

describe('monitoring.chunks and monitoring.labels', () => {
  const CHUNKS = /  chunks:\n(?: {4}.*\n)+/;
  const LABELS = /  labels:\n {4}path: .*\n(?: {4}.*\n)*/;
  const withChunks = (chunks: string): string => replace(REAL_EXAMPLE, CHUNKS, `  chunks:\n${chunks}`);
  const codes = (text: string) => check(text).map((f) => [f.code, f.severity, f.pointer]);

  it('needs exactly one way to chunk, a zone the runtime knows, and a timestamp to chunk by period', () => {
    expect(codes(withChunks('    min_rows: 30\n'))).toEqual([['chunks-kind-missing', 'error', '/monitoring/chunks']]);
    expect(codes(withChunks('    period: week\n    size: 500\n'))).toEqual([['chunks-kind-ambiguous', 'error', '/monitoring/chunks/size']]);
    const zone = check(withChunks('    period: week\n    time_zone: Europe/Atlantis\n'));
    expect(zone.map((f) => f.code)).toEqual(['chunks-time-zone']);
    expect(zone[0]!.message).toMatch(/'Europe\/Atlantis' is not an IANA zone/);
    expect(zone[0]!.line).toBe(lineOf(withChunks('    period: week\n    time_zone: Europe/Atlantis\n'), 'Europe/Atlantis'));
    expect(codes(withChunks('    size: 100\n    time_zone: UTC\n'))).toEqual([['chunks-field-ignored', 'warning', '/monitoring/chunks/time_zone']]);
    // Intl's list of zones is a shortcut only: an alias or another spelling DateTimeFormat accepts is accepted as before
    for (const zone of ['Europe/Berlin', 'US/Eastern', 'europe/berlin', 'UTC', 'Etc/UTC']) {
      expect(codes(withChunks(`    period: week\n    time_zone: ${zone}\n`)), zone).toEqual([]);
    }
    expect(codes(replace(withChunks('    period: day\n'), '    timestamp: scored_at\n', '')).map((c) => c[0])).toEqual(['current-no-timestamp', 'chunks-no-timestamp']);
  });

  it('judges a zone the same the second time (the checked zones are kept)', () => {
    const unknown = withChunks('    period: week\n    time_zone: Mars/Olympus_Mons\n');
    const known = withChunks('    period: week\n    time_zone: America/Sao_Paulo\n');
    for (let i = 0; i < 2; i++) {
      expect(check(unknown).map((f) => [f.code, f.message])).toEqual([['chunks-time-zone', expect.stringMatching(/'Mars\/Olympus_Mons' is not an IANA zone/)]]);
      expect(check(known)).toEqual([]);
    }
  });

  it('takes only the fields of the threshold rule it names', () => {
    expect(codes(withChunks('    period: week\n    thresholds: {rule: std, alpha: 0.05}\n'))).toEqual([['thresholds-field-ignored', 'error', '/monitoring/chunks/thresholds/alpha']]);
    expect(codes(withChunks('    period: week\n    thresholds: {rule: quantile, lower: 0.9, upper: 0.1}\n'))).toEqual([['thresholds-quantiles', 'error', '/monitoring/chunks/thresholds/lower']]);
    expect(codes(withChunks('    period: week\n    thresholds: {k: 2}\n'))).toEqual([['thresholds-field-ignored', 'error', '/monitoring/chunks/thresholds/k']]);
    expect(codes(withChunks('    period: week\n    reference: [reference]\n    reference_until: 2026-W43\n'))).toEqual([['chunks-reference-ambiguous', 'error', '/monitoring/chunks/reference_until']]);
  });

  it('joins labels by an id column, from one source', () => {
    expect(codes(replace(REAL_EXAMPLE, '    id: application_id\n', ''))).toEqual([['labels-no-id', 'error', '/monitoring/labels']]);
    expect(codes(replace(REAL_EXAMPLE, LABELS, '  labels:\n    column: class\n'))).toEqual([['labels-source-missing', 'error', '/monitoring/labels']]);
    expect(codes(replace(REAL_EXAMPLE, LABELS, '  labels:\n    glob: a/*.csv\n    query: SELECT 1\n'))).toEqual([['labels-source-ambiguous', 'error', '/monitoring/labels/query']]);
    expect(codes(replace(REAL_EXAMPLE, LABELS, '  labels:\n    path: ../labels.csv\n')).map((c) => c[2])).toEqual(['/monitoring/labels/path']);
  });
});
