// `monitoring.current` as a source (path, glob or query), checked without touching the file system: one
// kind of source, confined to its root (lexically: symlinks are refused when drift reads the files), a
// timestamp column, the deprecated pinned form, and the policy's monitoring.require_current.
import type { CurrentSource, Manifest } from '../manifest.js';
import type { Policy } from '../policy.js';
import type { Finding } from '../../report/verdict.js';
import type { YamlSource } from '../yaml-source.js';
import { finding } from './manifest-checks.js';
import { checkPathReference, globProblem } from './paths.js';

export const CURRENT_KINDS = ['path', 'glob', 'query'] as const;
export type CurrentKind = (typeof CURRENT_KINDS)[number];

/** The kinds of source a `monitoring.current` declares (valid: exactly one). */
export function currentKinds(current: CurrentSource | undefined): CurrentKind[] {
  return current ? CURRENT_KINDS.filter((kind) => current[kind] !== undefined) : [];
}

/** Whether the manifest says where its production data comes from. */
export const hasCurrentSource = (manifest: Manifest): boolean => currentKinds(manifest.monitoring?.current).length > 0;

export function checkCurrentSource(manifest: Manifest, source: YamlSource, policy: Policy): Finding[] {
  const findings: Finding[] = [];
  const current = manifest.monitoring?.current;
  const at = ['monitoring', 'current'];
  if (current) {
    const kinds = currentKinds(current);
    if (kinds.length === 0) {
      findings.push(
        finding(source, at, 'current-source-missing', 'monitoring.current says nothing about where the production data is: give one of path, glob or query', {
          hint: current.uri !== undefined ? `uri is not read; for remote data write a query, e.g. query: SELECT * FROM read_parquet('${current.uri}')` : 'e.g. glob: models/<name>/data/current/*.parquet',
        }),
      );
    } else if (kinds.length > 1) {
      findings.push(finding(source, [...at, kinds[1]!], 'current-source-ambiguous', `monitoring.current gives ${kinds.join(' and ')}: give exactly one source`, {}, 'key'));
    }
    if (current.path !== undefined) findings.push(...checkPathReference({ at: [...at, 'path'], path: current.path, role: 'dataset' }, undefined, source));
    if (current.glob !== undefined) {
      const problem = globProblem(current.glob);
      if (problem !== undefined) {
        findings.push(finding(source, [...at, 'glob'], 'glob-outside-repo', `monitoring.current.glob '${current.glob}' ${problem}`, { hint: `globs match inside the ${current.relative_to === 'workspace' ? 'workspace' : 'repository'} only, e.g. models/<name>/data/current/*.csv` }));
      }
    }
    if (current.query !== undefined && (current.format !== undefined || current.relative_to !== undefined)) {
      const field = current.format !== undefined ? 'format' : 'relative_to';
      findings.push({ ...finding(source, [...at, field], 'current-field-ignored', `monitoring.current.${field} applies to path and glob, not to a query (its SQL names its files and formats)`, {}, 'key'), severity: 'warning' });
    }
    if (current.sha256 !== undefined) {
      findings.push({
        ...finding(source, [...at, 'sha256'], 'current-pinned', 'monitoring.current.sha256 is deprecated and not checked: production data is a source, read afresh on every drift run, and the report records what was read', {
          hint: `remove sha256${current.timestamp === undefined ? ' and name the timestamp column (timestamp: <column>)' : ''}; a glob (e.g. ${current.path?.replace(/[^/]+$/, '*') ?? 'data/current/*.csv'}) picks up new files without a manifest change`,
        }, 'key'),
        severity: 'warning',
      });
    } else if (current.timestamp === undefined && kinds.length > 0) {
      findings.push(finding(source, at, 'current-no-timestamp', 'monitoring.current needs timestamp: the column holding when each row was scored', { hint: 'e.g. timestamp: scored_at' }));
    }
    if (current.uri !== undefined && kinds.length > 0) {
      findings.push({ ...finding(source, [...at, 'uri'], 'current-uri-not-read', 'monitoring.current.uri is deprecated and not read', { hint: 'remove it; remote data is read with a query' }, 'key'), severity: 'warning' });
    }
  }
  if (policy.monitoring.require_current && manifest.stage === 'production' && !hasCurrentSource(manifest)) {
    const where = current ? at : manifest.monitoring ? ['monitoring'] : ['stage'];
    findings.push({
      ...finding(source, where, 'missing-current-source', `${manifest.metadata.name} is in production without a current source (monitoring.current with a path, glob or query), and the policy requires one (monitoring.require_current)`, {
        hint: 'declare where production data comes from, e.g. monitoring.current: {glob: models/<name>/data/current/*.parquet, timestamp: scored_at}',
      }, 'key'),
      category: 'policy',
    });
  }
  return findings;
}
