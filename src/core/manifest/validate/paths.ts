// Which files a manifest points at, and what must hold for each (inside the repo, hash, columns).
import type { Dataset, Manifest } from '../manifest.js';
import type { Finding } from '../../report/verdict.js';
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
  | { status: 'missing'; /** The same path in other letter case, when one exists. */ similar?: string }
  | { status: 'not-a-file' }
  /** The file system refused (a symlink loop, a name too long, no permission): the reason in words. */
  | { status: 'unreadable'; reason: string }
  | { status: 'escapes'; target: string };

/** Lexical check: relative, forward slashes, no `..` — before anything touches the file system. */
export function pathShapeProblem(path: string): string | undefined {
  return pathShape(path)?.problem;
}

export interface PathShapeProblem {
  problem: string;
  hint?: string;
  /** The one spelling of the same path, when the path is fine but not written that way. */
  canonical?: string;
}

/** The canonical spelling: no `./` segments, no empty segments, no trailing slash. */
export function canonicalPath(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

/**
 * Every path is relative to the repository root and has one spelling, so a registered artifact is
 * the file the audit finds later (`models/x/model.onnx/`, `models//x` or `models/./x` never are).
 */
export function pathShape(path: string): PathShapeProblem | undefined {
  if (wellShapedPaths.has(path)) return undefined;
  const problem = shapeProblem(path);
  if (problem === undefined && wellShapedPaths.size < MEMO_LIMIT) wellShapedPaths.add(path);
  return problem;
}

/** Paths already found well shaped, and evidence texts already read: manifests from one template repeat them. */
const wellShapedPaths = new Set<string>();
const evidencePaths = new Map<string, string | undefined>();
const MEMO_LIMIT = 20_000;

function shapeProblem(path: string): PathShapeProblem | undefined {
  if (path.includes('\0')) return { problem: 'contains a NUL character' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    return { problem: 'is a URL, not a file in the repository', hint: 'commit the file and give its repository path; data outside the repository goes in `uri` instead of `path`' };
  }
  if (path === '~' || path.startsWith('~/') || /^~[\w.-]+\//.test(path)) {
    return { problem: 'starts with ~ (a home directory), which is not expanded', hint: 'paths are relative to the repository root, e.g. models/<name>/model.onnx' };
  }
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('\\')) return { problem: 'is absolute; paths are relative to the repository root' };
  if (path.includes('\\')) return { problem: 'contains a backslash; use forward slashes', canonical: canonicalPath(path.replace(/\\/g, '/')) };
  if (path.split('/').includes('..')) return { problem: 'leaves the repository (contains ..)' };
  const canonical = canonicalPath(path);
  if (canonical === '') return { problem: 'names the repository root, not a file' };
  if (canonical !== path) {
    const why = path.endsWith('/') ? 'ends with /' : path.split('/').includes('.') ? 'contains ./' : 'contains //';
    return { problem: `${why}; every path has one spelling`, hint: `write '${canonical}'`, canonical };
  }
  return undefined;
}

const DELIMITERS = [
  { char: ';', name: 'semicolons' },
  { char: '\t', name: 'tabs' },
  { char: '|', name: 'vertical bars' },
];

function delimiterOf(columns: readonly string[]): { char: string; name: string } | undefined {
  if (columns.length !== 1) return undefined;
  return DELIMITERS.find((d) => columns[0]!.split(d.char).length >= 3 || (columns[0]!.includes(d.char) && columns[0]!.split(d.char).every((part) => part.trim() !== '')));
}

const truncate = (text: string, length: number): string => (text.length > length ? `${text.slice(0, length)}…` : text);

/** A glob (policy `manifests`, the Action's `models` input) must only match inside the repository. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.includes('\0')) return 'contains a NUL character';
  if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern) || pattern.startsWith('\\')) return 'is absolute; globs are relative to the repository root';
  if (pattern.startsWith('~')) return 'starts with ~; globs are relative to the repository root';
  if (pattern.includes('\\')) return 'contains a backslash; use forward slashes';
  // `..` anywhere (also inside braces or after a negation) could reach outside the root.
  if (/(^|[/{,!])\.\.($|[/},])/.test(pattern)) return 'leaves the repository (contains ..)';
  return undefined;
}

/**
 * Evidence that looks like a repository path is checked like one: `./anything`, or folders then a file
 * with an extension (`docs/eda.md`). Prose such as "and/or" is left alone.
 */
export function evidencePath(evidence: string): string | undefined {
  if (evidencePaths.has(evidence)) return evidencePaths.get(evidence);
  const path = readEvidencePath(evidence);
  if (evidencePaths.size < MEMO_LIMIT) evidencePaths.set(evidence, path);
  return path;
}

function readEvidencePath(evidence: string): string | undefined {
  const text = evidence.trim();
  if (/^\.\/[\w.\/-]+$/.test(text)) return text.slice(2);
  // A file at the root only with a document's extension: `README.md` is a file, `e.g.` and `v1.0` are not.
  if (/^[\w-][\w.-]*\.(?:md|markdown|rst|txt|pdf|html?|ipynb|docx?|xlsx?|csv|json|ya?ml|py|r|sql)$/i.test(text)) return text;
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
  ];
  // monitoring.current is a source read when drift runs (validate/current-source.ts), not a pinned file.
  for (const [at, dataset, columns] of datasets) {
    if (dataset?.path === undefined) continue;
    const reference: PathReference = { at: [...at, 'path'], path: dataset.path, role: 'dataset', columns: columns ?? [] };
    if (dataset.sha256 !== undefined) reference.sha256 = dataset.sha256;
    references.push(reference);
  }
  for (const [section, items] of Object.entries(manifest.checklist)) {
    for (const [key, item] of Object.entries(items ?? {})) {
      const evidence = item.evidence === undefined ? [] : Array.isArray(item.evidence) ? item.evidence : [item.evidence];
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
  const shape = pathShape(reference.path);
  if (shape) {
    const code = shape.canonical !== undefined ? 'non-canonical-path' : /leaves|absolute|~/.test(shape.problem) ? 'path-outside-repo' : 'invalid-path';
    return [finding(source, reference.at, code, `${reference.role} path '${reference.path}' ${shape.problem}`, shape.hint ? { hint: shape.hint } : {})];
  }
  if (!facts) return [];
  switch (facts.status) {
    case 'missing':
      return [
        finding(source, reference.at, 'missing-file', `${reference.role} '${reference.path}' does not exist`, {
          hint: facts.similar !== undefined ? `did you mean '${facts.similar}'? (paths are case-sensitive)` : 'paths are relative to the repository root',
        }),
      ];
    case 'not-a-file':
      return [finding(source, reference.at, 'not-a-file', `${reference.role} '${reference.path}' is not a regular file`)];
    case 'unreadable':
      return [finding(source, reference.at, 'unreadable-file', `${reference.role} '${reference.path}' cannot be read: ${facts.reason}`)];
    case 'escapes':
      // Where it points is the runner's business; the report names repository paths only.
      return [finding(source, reference.at, 'path-outside-repo', `${reference.role} '${reference.path}' is a symlink that resolves outside the repository`)];
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
  } else if (facts.columns && reference.columns && reference.columns.length > 0 && delimiterOf(facts.columns) !== undefined) {
    // One column whose name holds the others: the file is not comma-separated, and every column looks missing.
    const delimiter = delimiterOf(facts.columns)!;
    findings.push(
      finding(source, reference.at, 'wrong-delimiter', `${reference.path} reads as one column '${truncate(facts.columns[0]!, 60)}': its fields look separated by ${delimiter.name}, not by commas`, {
        hint: `save it as comma-separated CSV (modelops reads RFC 4180 CSV: fields separated by ",")`,
      }),
    );
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
