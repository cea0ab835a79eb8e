// `modelops validate`: every manifest (or the given ones) against the schema, the files it points at,
// the policy and — with a base ref — the previous state and the registered versions.
import picomatch from 'picomatch';
import type { Manifest } from '../core/manifest/manifest.js';
import type { Policy } from '../core/manifest/policy.js';
import { buildReport } from '../core/report/build.js';
import { verdictOfFindings, type Finding, type ModelResult, type Report } from '../core/report/model.js';
import { registerTagName, registeredVersions } from '../core/promotion/tags.js';
import { finding, folderName, checkManifestCoherence } from '../core/manifest/validate/manifest-checks.js';
import { loadManifest } from '../core/manifest/validate/documents.js';
import { checkPathReference, pathReferences, pathShapeProblem, type FileFacts } from '../core/manifest/validate/paths.js';
import { checkCurrentSource } from '../core/manifest/validate/current-source.js';
import { checkImmutability, checkRequiredGates, compareWithBase, evaluateChecklist } from '../core/manifest/validate/policy-checks.js';
import type { DataFormat } from '../io/data/columns.js';
import { GitError, openGit, type GitReader } from '../io/git/repo.js';
import { externalDataProblems } from '../io/onnx/external-data.js';
import { RepoFiles } from '../io/repo-files.js';
import { TOOL_VERSION } from '../version.js';
import { UsageError } from './errors.js';
import { readPolicy } from './policy.js';
import { selectManifests } from './select-models.js';

export interface ValidateOptions {
  /** The report's time (default: the clock when the command runs). */
  now?: Date;
  /** Repository root. */
  repo: string;
  /** Model names, manifest files, model folders or globs (commands/select-models.ts); default: every manifest the policy's globs match. */
  paths?: string[];
  /** The directory relative `paths` are read from (default: the process's working directory). */
  from?: string;
  /** Git ref to compare with (stage transitions, version bumps). */
  base?: string;
}

/** Manifests in flight at once: enough to overlap file reads, hashing and git with parsing. */
const VALIDATION_CONCURRENCY = 16;

/** `map` with at most `limit` calls in flight; results keep the input order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

interface GitContext {
  git: GitReader;
  /** Registered versions per model. */
  registered: Map<string, string[]>;
  base?: { ref: string; commit: string };
}

const repoFinding = (code: string, message: string, extra: Partial<Finding> = {}): Finding => ({ severity: 'error', category: 'input', code, message, ...extra });

async function openGitContext(root: string, baseRef: string | undefined): Promise<GitContext | undefined> {
  let git: GitReader;
  try {
    git = await openGit(root);
  } catch (error) {
    if (baseRef !== undefined) throw new UsageError((error as Error).message);
    return undefined; // Without --base, git only adds registered versions; a plain folder is fine.
  }
  const registered = registeredVersions(await git.tags());
  if (baseRef === undefined) return { git, registered };
  try {
    return { git, registered, base: { ref: baseRef, commit: await git.resolveCommit(baseRef) } };
  } catch (error) {
    throw new UsageError(error instanceof GitError ? error.message : String(error));
  }
}

/** The schema-valid manifest at `path` in a commit or tag; undefined when absent or invalid there. */
export async function manifestAt(git: GitReader, ref: string, path: string): Promise<Manifest | undefined> {
  const bytes = await git.readFile(ref, path);
  if (bytes === undefined) return undefined;
  const loaded = loadManifest(bytes, path);
  return loaded.ok ? loaded.value : undefined;
}

interface Validated {
  result: ModelResult;
  /** The manifest, when it parsed and matched the schema. */
  manifest?: Manifest;
  /** Where metadata.name is, for findings that involve other manifests (computed only when needed). */
  nameAt?: () => { line: number; column: number };
}

async function validateOne(path: string, files: RepoFiles, policy: Policy, gitContext: GitContext | undefined): Promise<Validated> {
  const fallbackName = folderName(path) ?? path;
  const result = (findings: Finding[], extra: Partial<ModelResult> = {}, loaded?: Pick<Validated, 'manifest' | 'nameAt'>): Validated => ({
    result: { name: fallbackName, manifest: path, verdict: verdictOfFindings(findings), findings, gates: [], ...extra },
    ...loaded,
  });
  let bytes: Buffer | undefined;
  try {
    bytes = await files.read(path);
  } catch (error) {
    return result([repoFinding('unreadable-file', (error as Error).message, { file: path })]);
  }
  if (bytes === undefined) {
    const facts = await files.inspect(path, { hash: false, columns: false });
    const similar = facts.status === 'missing' ? facts.similar : undefined;
    return result([repoFinding('missing-file', `manifest '${path}' does not exist`, { file: path, ...(similar ? { hint: `did you mean '${similar}'? (paths are case-sensitive)` } : {}) })]);
  }
  const loaded = loadManifest(bytes, path);
  if (!loaded.ok) return result(loaded.findings);
  const { value: manifest, source } = loaded;
  const findings = checkManifestCoherence(manifest, source);

  for (const reference of pathReferences(manifest)) {
    let facts: FileFacts | undefined;
    if (!pathShapeProblem(reference.path)) {
      const format = reference.role === 'dataset' ? datasetFormat(manifest, reference.at) : undefined;
      facts = await files.inspect(reference.path, {
        hash: reference.sha256 !== undefined,
        columns: reference.columns !== undefined,
        ...(format ? { format } : {}),
      });
    }
    findings.push(...checkPathReference(reference, facts, source));
    if (reference.role === 'artifact' && facts?.status === 'file') {
      for (const { tensor, location, problem } of await externalDataProblems(files, reference.path)) {
        findings.push(finding(source, reference.at, 'external-data-outside', `tensor '${tensor}' of '${reference.path}' keeps its data in '${location}', which ${problem}`, {
          hint: 'keep external tensor data in files beside the model (onnx.save_model(..., save_as_external_data=True, location="weights.bin"))',
        }));
      }
    }
  }

  const { name, version } = manifest.metadata;
  const versions = gitContext?.registered.get(name) ?? [];
  const registeredVersions = new Set(versions);
  const { result: checklist, findings: checklistFindings } = evaluateChecklist(manifest, source, policy, {
    registeredVersions: versions.filter((v) => v !== version),
  });
  findings.push(...checklistFindings, ...checkRequiredGates(manifest, source, policy), ...checkCurrentSource(manifest, source, policy));

  let registeredManifest: Manifest | null | undefined;
  if (gitContext && registeredVersions.has(version)) {
    registeredManifest = (await manifestAt(gitContext.git, registerTagName(name, version), path)) ?? null;
  }
  const extra: Partial<ModelResult> = { name, version, stage: manifest.stage, checklist };
  if (gitContext?.base) {
    const base = await manifestAt(gitContext.git, gitContext.base.commit, path);
    const compared = compareWithBase(manifest, source, policy, {
      ...(base ? { base } : {}),
      registeredVersions,
      ...(registeredManifest !== undefined ? { registeredManifest } : {}),
    });
    findings.push(...compared.findings);
    extra.change = compared.change;
  } else if (gitContext) {
    findings.push(...checkImmutability(manifest, source, { registeredVersions, ...(registeredManifest !== undefined ? { registeredManifest } : {}) }));
  }
  return result(findings, extra, { manifest, nameAt: () => source.locate(['metadata', 'name']) });
}

function datasetFormat(manifest: Manifest, at: (string | number)[]): DataFormat | undefined {
  const [section, key] = at;
  if (section === 'data' && (key === 'training' || key === 'evaluation' || key === 'reference')) return manifest.data[key]?.format;
  if (section === 'monitoring') return manifest.monitoring?.current?.format;
  return undefined;
}

/** Two manifests claiming one name: both get the finding. */
function markDuplicateNames(validated: readonly Validated[]): void {
  const byName = new Map<string, Validated[]>();
  for (const v of validated) if (v.nameAt) byName.set(v.result.name, [...(byName.get(v.result.name) ?? []), v]);
  for (const [name, same] of byName) {
    if (same.length < 2) continue;
    for (const { result, nameAt } of same) {
      const others = same.filter((v) => v.result !== result).map((v) => v.result.manifest);
      result.findings.push(
        repoFinding('duplicate-name', `model name '${name}' is also used by ${others.join(', ')}`, { file: result.manifest, ...nameAt?.(), pointer: '/metadata/name' }),
      );
      result.verdict = verdictOfFindings(result.findings);
    }
  }
}

/** Manifests present at the base and gone now: the model leaves the registry without being archived. */
async function removedManifests(git: GitReader, base: string, policy: Policy, current: readonly string[]): Promise<Finding[]> {
  const isManifest = picomatch(policy.manifests, { dot: false });
  const now = new Set(current);
  return (await git.listFiles(base))
    .filter((path) => isManifest(path) && !now.has(path))
    .map((path) => ({
      severity: 'warning',
      category: 'policy',
      code: 'manifest-removed',
      message: `${path} existed at the base and is removed`,
      file: path,
      hint: 'set stage: archived instead, so the registry and the audit trail keep the model',
    }));
}

/** Everything validation learnt, for commands that go on from it (gate). */
export interface ValidatedRepository {
  report: Report;
  files: RepoFiles;
  policy: Policy;
  git?: GitReader;
  /** Schema-valid manifests by manifest path. */
  manifests: ReadonlyMap<string, Manifest>;
}

export async function validate(options: ValidateOptions): Promise<Report> {
  return (await validateRepository(options)).report;
}

export async function validateRepository(options: ValidateOptions, command = 'validate'): Promise<ValidatedRepository> {
  let files: RepoFiles;
  try {
    files = await RepoFiles.open(options.repo);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { policy, findings } = await readPolicy(files);
  const gitContext = await openGitContext(files.realRoot, options.base);
  const everyManifest = () => files.findManifests(policy.manifests);
  const paths = options.paths && options.paths.length > 0 ? await selectManifests(options.paths, { files, ...(options.from ? { from: options.from } : {}), manifests: everyManifest }) : await everyManifest();
  if (paths.length === 0) {
    // An empty result is almost always a wrong --repo or working-directory; passing would hide it.
    findings.push(repoFinding('no-manifests', `no manifests found in the repository (looked for ${policy.manifests.join(', ')})`, { hint: 'check --repo / working-directory, or the manifests globs in modelops.yaml' }));
  }
  const validated = await mapConcurrently(paths, VALIDATION_CONCURRENCY, (path) => validateOne(path, files, policy, gitContext));
  markDuplicateNames(validated);
  const models = validated.map((v) => v.result);
  if (gitContext?.base && !(options.paths && options.paths.length > 0)) findings.push(...(await removedManifests(gitContext.git, gitContext.base.commit, policy, paths)));
  const manifests = new Map(validated.flatMap((v) => (v.manifest ? [[v.result.manifest, v.manifest] as const] : [])));
  const report = buildReport({
    now: options.now ?? new Date(),
    command,
    toolVersion: TOOL_VERSION,
    root: options.repo,
    ...(gitContext?.base ? { base: gitContext.base } : {}),
    findings,
    models,
  });
  return { report, files, policy, manifests, ...(gitContext ? { git: gitContext.git } : {}) };
}
