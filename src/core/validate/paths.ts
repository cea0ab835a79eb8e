// Which files a manifest points at, and what must hold for each (inside the repo, hash, columns).
import type { Dataset, Manifest } from '../manifest.js';
import type { Finding } from '../report.js';
import type { YamlSource } from '../yaml-source.js';
import { finding } from './manifest-checks.js';

export interface PathReference {
  at: (string | number)[];
  path: string;
  role: 'artifact' | 'dataset' | 'evidence';
  sha256?: string;
  /** Columns the file must have, each with where it was declared. */
  columns?: { name: string; at: (string | number)[]; what: string }[];
}

/** What the repository adapter found at a path. */
export type FileFacts =
  | { status: 'file'; sha256?: string; columns?: string[]; columnsError?: string }
  | { status: 'missing' }
  | { status: 'not-a-file' }
  | { status: 'escapes'; target: string };

/** Lexical check: relative, forward slashes, no `..` — before anything touches the file system. */
export function pathShapeProblem(path: string): string | undefined {
  if (path.includes('\0')) return 'contains a NUL character';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('\\')) return 'is absolute; paths are relative to the repository root';
  if (path.includes('\\')) return 'contains a backslash; use forward slashes';
  if (path.split('/').includes('..')) return 'leaves the repository (contains ..)';
  return undefined;
}

/**
 * Evidence that looks like a repository path is checked like one: `./anything`, or folders then a file
 * with an extension (`docs/eda.md`). Prose such as "and/or" is left alone.
 */
export function evidencePath(evidence: string): string | undefined {
  const text = evidence.trim();
  if (/^\.\/[\w.\/-]+$/.test(text)) return text.slice(2);
  return /^[\w.-]+(\/[\w.-]+)*\/[\w-][\w.-]*\.[A-Za-z0-9]{1,10}$/.test(text) ? text : undefined;
}

export function pathReferences(manifest: Manifest): PathReference[] {
  const references: PathReference[] = [
    { at: ['artifact', 'path'], path: manifest.artifact.path, role: 'artifact', sha256: manifest.artifact.sha256 },
  ];
  const featureColumns = manifest.data.features.map((f, i) => ({ name: f.name, at: ['data', 'features', i, 'name'], what: 'feature' }));
  const labelColumn = { name: manifest.data.label.column, at: ['data', 'label', 'column'], what: 'label' };
  const sensitiveColumns = (manifest.data.sensitive ?? []).map((s, i) => ({ name: s.column, at: ['data', 'sensitive', i, 'column'], what: `sensitive attribute '${s.name}'` }));
  const datasets: [string[], Dataset | undefined, PathReference['columns']][] = [
    [['data', 'training'], manifest.data.training, [...featureColumns, labelColumn]],
    [['data', 'evaluation'], manifest.data.evaluation, [...featureColumns, labelColumn, ...sensitiveColumns]],
    [['data', 'reference'], manifest.data.reference, featureColumns],
    [['monitoring', 'current'], manifest.monitoring?.current, featureColumns],
  ];
  for (const [at, dataset, columns] of datasets) {
    if (dataset?.path === undefined) continue;
    const reference: PathReference = { at: [...at, 'path'], path: dataset.path, role: 'dataset', columns: columns ?? [] };
    if (dataset.sha256 !== undefined) reference.sha256 = dataset.sha256;
    references.push(reference);
  }
  for (const [section, items] of Object.entries(manifest.checklist)) {
    for (const [key, item] of Object.entries(items ?? {})) {
      const evidence = item.evidence === undefined ? [] : [item.evidence].flat();
      evidence.forEach((text, i) => {
        const path = evidencePath(text);
        if (path === undefined) return;
        const at = Array.isArray(item.evidence) ? ['checklist', section, key, 'evidence', i] : ['checklist', section, key, 'evidence'];
        references.push({ at, path, role: 'evidence' });
      });
    }
  }
  return references;
}

export function checkPathReference(reference: PathReference, facts: FileFacts | undefined, source: YamlSource): Finding[] {
  const shape = pathShapeProblem(reference.path);
  if (shape) return [finding(source, reference.at, 'path-outside-repo', `${reference.role} path '${reference.path}' ${shape}`)];
  if (!facts) return [];
  switch (facts.status) {
    case 'missing':
      return [finding(source, reference.at, 'missing-file', `${reference.role} '${reference.path}' does not exist`, { hint: 'paths are relative to the repository root' })];
    case 'not-a-file':
      return [finding(source, reference.at, 'not-a-file', `${reference.role} '${reference.path}' is not a regular file`)];
    case 'escapes':
      return [finding(source, reference.at, 'path-outside-repo', `${reference.role} '${reference.path}' resolves outside the repository (symlink to ${facts.target})`)];
    case 'file':
      break;
  }
  const findings: Finding[] = [];
  if (reference.sha256 !== undefined && facts.sha256 !== undefined && facts.sha256 !== reference.sha256) {
    const shaAt = [...reference.at.slice(0, -1), 'sha256'];
    findings.push(
      finding(source, shaAt, 'hash-mismatch', `sha256 of '${reference.path}' is ${facts.sha256}, but the manifest records ${reference.sha256}`, {
        hint: 'if the file changed on purpose, record its sha256 with `modelops hash --write`, which also says whether the change needs a metadata.version bump',
      }),
    );
  }
  if (facts.columnsError !== undefined) {
    findings.push(finding(source, reference.at, 'unreadable-data', `cannot read the columns of '${reference.path}': ${facts.columnsError}`));
  } else if (facts.columns && reference.columns) {
    const present = new Set(facts.columns);
    for (const column of reference.columns) {
      if (!present.has(column.name)) {
        findings.push(
          finding(source, column.at, 'missing-column', `${column.what} column '${column.name}' is not in ${reference.path}`, {
            hint: `its columns: ${facts.columns.slice(0, 30).join(', ')}${facts.columns.length > 30 ? ', …' : ''}`,
          }),
        );
      }
    }
  }
  return findings;
}
