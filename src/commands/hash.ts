// `modelops hash [PATH...] [--write]`: re-hashes every file the manifests pin, records changed
// digests in place (comments and layout kept) with --write, and says whether the change also needs a
// metadata.version bump (against --base, default HEAD, and the registered versions).
import { writeFile } from 'node:fs/promises';
import { pinnedReferences, rewriteDigests, versionAdvice, type DigestChange } from '../core/manifest/hash-record.js';
import { registerTagName } from '../core/promotion/tags.js';
import { pathShapeProblem } from '../core/manifest/validate/paths.js';
import { parseYamlSource } from '../core/manifest/yaml-source.js';
import { openGit, type GitReader } from '../io/git/repo.js';
import { RepoFiles, sha256File } from '../io/repo-files.js';
import { UsageError } from './errors.js';
import { readPolicy } from './policy.js';
import { selectManifests } from './select-models.js';

export interface HashOptions {
  repo: string;
  paths?: readonly string[];
  write?: boolean;
  /** The ref whose manifest versions count as released; default HEAD (when the repository is in git). */
  base?: string;
}

export interface ManifestDigests {
  manifest: string;
  changes: DigestChange[];
  /** Pinned files that are missing or unreadable, with why. */
  problems: string[];
  /** True when the changes were written into the manifest. */
  written: boolean;
  /** Changes that have no sha256 key to overwrite: the line to add by hand. */
  notWritten: DigestChange[];
  advice?: { bumpNeeded: boolean; message: string };
}

export interface HashResult {
  manifests: ManifestDigests[];
  /** 0 nothing to record (or all written), 1 digests differ (without --write) or a bump is needed, 2 a file is missing. */
  exitCode: number;
}

export async function hash(options: HashOptions): Promise<HashResult> {
  let files: RepoFiles;
  try {
    files = await RepoFiles.open(options.repo);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const everyManifest = async () => files.findManifests((await readPolicy(files)).policy.manifests);
  const paths = options.paths && options.paths.length > 0 ? await selectManifests(options.paths, { files, manifests: everyManifest }) : await everyManifest();
  if (paths.length === 0) throw new UsageError(`no manifests found in ${options.repo}`);
  const git = await openGit(files.realRoot).catch(() => undefined);
  const base = options.base ?? (git ? 'HEAD' : undefined);
  if (git && options.base) await git.resolveCommit(options.base).catch((error: Error) => Promise.reject(new UsageError(error.message)));
  const tags = git ? new Set(await git.tags()) : new Set<string>();

  const manifests: ManifestDigests[] = [];
  for (const path of paths) manifests.push(await hashOne(files, path, options.write === true, git, base, tags));
  const exitCode = manifests.some((m) => m.problems.length > 0)
    ? 2
    : manifests.some((m) => (m.changes.length > 0 && !m.written) || m.notWritten.length > 0 || m.advice?.bumpNeeded)
      ? 1
      : 0;
  return { manifests, exitCode };
}

async function hashOne(files: RepoFiles, path: string, write: boolean, git: GitReader | undefined, base: string | undefined, tags: ReadonlySet<string>): Promise<ManifestDigests> {
  const result: ManifestDigests = { manifest: path, changes: [], problems: [], written: false, notWritten: [] };
  const bytes = await files.read(path).catch((error: Error) => {
    result.problems.push(error.message);
    return undefined;
  });
  if (bytes === undefined) {
    if (result.problems.length === 0) result.problems.push(`${path} does not exist`);
    return result;
  }
  const parsed = parseYamlSource(bytes, path);
  if (!parsed.ok) {
    result.problems.push(...parsed.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`));
    return result;
  }
  for (const reference of pinnedReferences(parsed.source.value)) {
    const shape = pathShapeProblem(reference.path);
    if (shape) {
      result.problems.push(`${reference.at.join('.')}.path '${reference.path}' ${shape}`);
      continue;
    }
    const facts = await files.inspect(reference.path, { hash: true, columns: false });
    if (facts.status !== 'file' || facts.sha256 === undefined) {
      result.problems.push(`${reference.at.join('.')}.path '${reference.path}' ${facts.status === 'missing' ? 'does not exist' : facts.status === 'escapes' ? 'resolves outside the repository' : 'is not a regular file'}`);
      continue;
    }
    if (facts.sha256 !== reference.recorded) result.changes.push({ at: reference.at, path: reference.path, ...(reference.recorded !== undefined ? { recorded: reference.recorded } : {}), actual: facts.sha256 });
  }
  if (result.changes.length === 0) return result;

  const text = bytes.toString('utf8');
  const rewrite = rewriteDigests(text, parsed.source, result.changes);
  result.notWritten = rewrite.notWritten;
  if (write && rewrite.text !== text) {
    await writeFile(files.absolute(path), rewrite.text);
    result.written = true;
  }
  const value = parsed.source.value as { metadata?: { name?: unknown; version?: unknown } };
  const name = typeof value.metadata?.name === 'string' ? value.metadata.name : undefined;
  const version = typeof value.metadata?.version === 'string' ? value.metadata.version : undefined;
  if (name && version && !git) {
    result.advice = { bumpNeeded: false, message: 'not in a git repository: cannot tell whether the change needs a metadata.version bump' };
  } else if (name && version) {
    let versionAtBase: string | undefined;
    if (git && base) {
      const before = await git.readFile(base, path);
      const parsedBefore = before ? parseYamlSource(before, path) : undefined;
      const old = parsedBefore?.ok ? (parsedBefore.source.value as { metadata?: { version?: unknown } }).metadata?.version : undefined;
      if (typeof old === 'string') versionAtBase = old;
    }
    result.advice = versionAdvice({ name, version, registered: tags.has(registerTagName(name, version)), ...(versionAtBase !== undefined ? { versionAtBase } : {}), ...(base ? { base } : {}) });
  }
  return result;
}

/** The text the CLI prints. */
export function renderHash(result: HashResult, write: boolean): string {
  const lines: string[] = [];
  for (const m of result.manifests) {
    for (const problem of m.problems) lines.push(`${m.manifest}: error: ${problem}`);
    if (m.changes.length === 0 && m.problems.length === 0) lines.push(`${m.manifest}: every sha256 matches`);
    for (const change of m.changes) {
      const unwritten = m.notWritten.includes(change);
      const verb = unwritten ? 'add by hand' : m.written ? 'recorded' : 'differs';
      lines.push(`${m.manifest}: ${change.at.join('.')}.sha256 ${verb}: ${change.path} ${change.recorded ? `${change.recorded.slice(0, 12)}… -> ` : ''}${change.actual}${unwritten ? ` (write sha256: ${change.actual} beside its path)` : ''}`);
    }
    if (m.advice) lines.push(`${m.manifest}: ${m.advice.message}`);
  }
  if (!write && result.manifests.some((m) => m.changes.length > m.notWritten.length)) lines.push('run with --write to record the new digests in place');
  return lines.join('\n') + '\n';
}
