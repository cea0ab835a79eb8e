// `monitoring.current` as a source (path, glob or query), checked without touching the file system: one
// kind of source, confined to its root (lexically: symlinks are refused when drift reads the files), a
// timestamp column, the deprecated pinned form, and the policy's monitoring.require_current.
import { ChunkingError, zoneClock } from '../../drift/chunks/time.js';
import type { CurrentSource, LabelSource, Manifest } from '../manifest.js';
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
  findings.push(...checkChunks(manifest, source), ...checkLabels(manifest, source));
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

const CHUNK_KINDS = ['period', 'size', 'count'] as const;

let timeZones: ReadonlySet<string> | undefined;
/** The runtime's canonical IANA zones (Intl.supportedValuesOf), read once. */
const knownTimeZones = (): ReadonlySet<string> => (timeZones ??= new Set(Intl.supportedValuesOf('timeZone')));
/** Zones off that list already checked, with the runtime's answer (an alias such as 'US/Pacific' may still be one it knows). */
const checkedZones = new Map<string, string | undefined>();

/**
 * Why `zone` is no zone the runtime knows (ChunkingError's message); undefined when it is one. A zone Intl lists
 * is one zoneClock accepts: the list costs about 1 ms, a process's first Intl.DateTimeFormat 10-20 ms (ICU's
 * locale data) and each further one ~0.1 ms, per manifest on every validate and gate (issue 18).
 */
function timeZoneProblem(zone: string): string | undefined {
  if (knownTimeZones().has(zone)) return undefined;
  if (checkedZones.has(zone)) return checkedZones.get(zone);
  let problem: string | undefined;
  try {
    zoneClock(zone);
  } catch (error) {
    if (!(error instanceof ChunkingError)) throw error;
    problem = error.message;
  }
  checkedZones.set(zone, problem);
  return problem;
}

/** monitoring.chunks: one way to chunk, a zone the runtime knows, a timestamp to chunk by period, a threshold rule's own fields only. */
function checkChunks(manifest: Manifest, source: YamlSource): Finding[] {
  const chunks = manifest.monitoring?.chunks;
  if (!chunks) return [];
  const at = ['monitoring', 'chunks'];
  const findings: Finding[] = [];
  const kinds = CHUNK_KINDS.filter((kind) => chunks[kind] !== undefined);
  if (kinds.length === 0) findings.push(finding(source, at, 'chunks-kind-missing', 'monitoring.chunks says neither period, size nor count: give exactly one', { hint: 'e.g. chunks: {period: week, time_zone: Europe/Berlin}' }));
  else if (kinds.length > 1) findings.push(finding(source, [...at, kinds[1]!], 'chunks-kind-ambiguous', `monitoring.chunks gives ${kinds.join(' and ')}: give exactly one`, {}, 'key'));
  if (chunks.time_zone !== undefined) {
    if (chunks.period === undefined) findings.push({ ...finding(source, [...at, 'time_zone'], 'chunks-field-ignored', 'monitoring.chunks.time_zone applies to period chunks only', {}, 'key'), severity: 'warning' });
    const problem = timeZoneProblem(chunks.time_zone);
    if (problem !== undefined) findings.push(finding(source, [...at, 'time_zone'], 'chunks-time-zone', `monitoring.chunks.time_zone: ${problem}`));
  }
  if (chunks.period !== undefined && manifest.monitoring?.current !== undefined && manifest.monitoring.current.timestamp === undefined) {
    findings.push(finding(source, [...at, 'period'], 'chunks-no-timestamp', `monitoring.chunks.period ${chunks.period} cuts by time, and monitoring.current names no timestamp column`, { hint: 'e.g. monitoring.current.timestamp: scored_at' }));
  }
  if (chunks.reference_until !== undefined) {
    if (chunks.reference !== undefined) findings.push(finding(source, [...at, 'reference_until'], 'chunks-reference-ambiguous', 'monitoring.chunks gives reference and reference_until: give one (the datasets, or the reference period of the current data)', {}, 'key'));
    if (!manifest.monitoring?.labels && manifest.problem.task !== undefined) {
      findings.push({ ...finding(source, [...at, 'reference_until'], 'chunks-reference-unlabelled', 'monitoring.chunks.reference_until without monitoring.labels: the reference period has no labels, so no performance signal can be banded', {}, 'key'), severity: 'warning' });
    }
  }
  const rule = chunks.thresholds?.rule ?? 'calibrated';
  const own: Record<string, readonly string[]> = { calibrated: ['alpha'], std: ['k'], quantile: ['lower', 'upper'] };
  for (const field of ['alpha', 'k', 'lower', 'upper'] as const) {
    if (chunks.thresholds?.[field] !== undefined && !own[rule]!.includes(field)) {
      findings.push(finding(source, [...at, 'thresholds', field], 'thresholds-field-ignored', `monitoring.chunks.thresholds.${field} does not apply to the ${rule} rule (it takes ${own[rule]!.join(' and ')})`, {}, 'key'));
    }
  }
  const { lower, upper } = chunks.thresholds ?? {};
  if (lower !== undefined && upper !== undefined && lower >= upper) findings.push(finding(source, [...at, 'thresholds', 'lower'], 'thresholds-quantiles', `monitoring.chunks.thresholds: lower ${lower} must be below upper ${upper}`));
  return findings;
}

/** monitoring.labels: exactly one source kind, confined, and an id column to join on. */
function checkLabels(manifest: Manifest, source: YamlSource): Finding[] {
  const labels: LabelSource | undefined = manifest.monitoring?.labels;
  if (!labels) return [];
  const at = ['monitoring', 'labels'];
  const findings: Finding[] = [];
  const kinds = CURRENT_KINDS.filter((kind) => labels[kind] !== undefined);
  if (kinds.length === 0) findings.push(finding(source, at, 'labels-source-missing', 'monitoring.labels says nothing about where the labels are: give one of path, glob or query', { hint: 'e.g. labels: {path: models/<name>/data/production/labels.csv}' }));
  else if (kinds.length > 1) findings.push(finding(source, [...at, kinds[1]!], 'labels-source-ambiguous', `monitoring.labels gives ${kinds.join(' and ')}: give exactly one source`, {}, 'key'));
  if (labels.path !== undefined) findings.push(...checkPathReference({ at: [...at, 'path'], path: labels.path, role: 'dataset' }, undefined, source));
  if (labels.glob !== undefined) {
    const problem = globProblem(labels.glob);
    if (problem !== undefined) findings.push(finding(source, [...at, 'glob'], 'glob-outside-repo', `monitoring.labels.glob '${labels.glob}' ${problem}`));
  }
  if (labels.id === undefined && manifest.monitoring?.current?.id === undefined) {
    findings.push(finding(source, at, 'labels-no-id', 'monitoring.labels are joined to the current rows by id, and neither monitoring.labels.id nor monitoring.current.id names the id column', { hint: 'e.g. monitoring.current.id: application_id' }));
  }
  return findings;
}
