// `modelops validate`: every manifest (or the given ones) against the schema, the files it points at,
// the policy and — with a base ref — the previous state and the registered versions.
import picomatch from 'picomatch';
import type { Manifest } from '../core/manifest/manifest.js';
import type { Policy } from '../core/manifest/policy.js';
import { parseYamlSource } from '../core/manifest/yaml-source.js';
import { buildReport } from '../core/report/build.js';
import { verdictOfFindings, type Finding, type Report } from '../core/report/model.js';
import { registeredVersions } from '../core/promotion/tags.js';
import { GitError, openGit, type GitReader } from '../io/git/repo.js';
import { RepoFiles } from '../io/repo-files.js';
import { TOOL_VERSION } from '../version.js';
import { UsageError } from './errors.js';
import { readPolicy } from './policy.js';
import { forgetModelJson } from './report-files.js';
import { selectManifests } from './select-models.js';
import { repoFinding, validateMany, type GitContext, type Validated } from './validate-one.js';
import type { TransferredResult } from './validate-worker-protocol.js';
import { releasePrestartedWorkers } from './validate-prestart.js';
import { validateOnWorkers, workerThreadsFor, writtenAhead } from './validate-workers.js';

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

async function openGitContext(root: string, baseRef: string | undefined): Promise<GitContext | undefined> {
  let git: GitReader;
  try {
    git = await openGit(root);
  } catch (error) {
    if (baseRef !== undefined) throw new UsageError((error as Error).message);
    return undefined; // Without --base, git only adds registered versions; a plain folder is fine.
  }
  // the base is asked for while git lists the tags (two processes at once); a tag error is still the one told first
  const commit = baseRef === undefined ? undefined : git.resolveCommit(baseRef);
  commit?.catch(() => undefined);
  const registered = registeredVersions(await git.tags());
  if (baseRef === undefined || commit === undefined) return { git, registered };
  try {
    return { git, registered, base: { ref: baseRef, commit: await commit } };
  } catch (error) {
    throw new UsageError(error instanceof GitError ? error.message : String(error));
  }
}

/** Where metadata.name is in a manifest validated on a worker thread (its parsed source stayed there). */
async function nameAtOf(files: RepoFiles, path: string): Promise<{ line: number; column: number } | undefined> {
  const bytes = await files.read(path);
  const parsed = bytes === undefined ? undefined : parseYamlSource(bytes, path);
  return parsed?.ok ? parsed.source.locate(['metadata', 'name']) : undefined;
}

/** Two manifests claiming one name: both get the finding. */
async function markDuplicateNames(validated: readonly (Validated | TransferredResult)[], files: RepoFiles): Promise<void> {
  const named = (v: Validated | TransferredResult) => ('named' in v ? v.named : v.nameAt !== undefined);
  const byName = new Map<string, (Validated | TransferredResult)[]>();
  for (const v of validated) if (named(v)) byName.set(v.result.name, [...(byName.get(v.result.name) ?? []), v]);
  for (const [name, same] of byName) {
    if (same.length < 2) continue;
    for (const v of same) {
      const { result } = v;
      const others = same.filter((o) => o.result !== result).map((o) => o.result.manifest);
      const at = 'named' in v ? await nameAtOf(files, result.manifest) : v.nameAt?.();
      result.findings.push(
        repoFinding('duplicate-name', `model name '${name}' is also used by ${others.join(', ')}`, { file: result.manifest, ...at, pointer: '/metadata/name' }),
      );
      result.verdict = verdictOfFindings(result.findings);
      forgetModelJson(result);
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
  return (await validateRepository(options, 'validate', { manifests: false })).report;
}

/** `want.manifests: false` when the caller needs the report only: then workers do not send the manifests back. */
export async function validateRepository(options: ValidateOptions, command = 'validate', want: { manifests: boolean } = { manifests: true }): Promise<ValidatedRepository> {
  let files: RepoFiles;
  try {
    files = await RepoFiles.open(options.repo);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // git's answers (the folder's prefix, the tags, the base) are awaited while the policy is parsed, and the
  // base's file list while the manifests are validated: the processes run beside the CPU work (issue 18)
  const gitOpening = openGitContext(files.realRoot, options.base);
  gitOpening.catch(() => undefined); // awaited below, after the policy, as before
  const { policy, findings } = await readPolicy(files);
  const gitContext = await gitOpening;
  const everyManifest = () => files.findManifests(policy.manifests);
  const paths = options.paths && options.paths.length > 0 ? await selectManifests(options.paths, { files, ...(options.from ? { from: options.from } : {}), manifests: everyManifest }) : await everyManifest();
  if (paths.length === 0) {
    // An empty result is almost always a wrong --repo or working-directory; passing would hide it.
    findings.push(repoFinding('no-manifests', `no manifests found in the repository (looked for ${policy.manifests.join(', ')})`, { hint: 'check --repo / working-directory, or the manifests globs in modelops.yaml' }));
  }
  const removing = gitContext?.base && !(options.paths && options.paths.length > 0) ? removedManifests(gitContext.git, gitContext.base.commit, policy, paths) : undefined;
  removing?.catch(() => undefined); // awaited below, after the manifests, as before
  const threads = workerThreadsFor(paths.length);
  const here = (batch: readonly string[]) => validateMany(batch, files, policy, gitContext);
  // Workers started with the process (validate-prestart.ts) that this run does not use stop now, off its path.
  const released = threads === 0 ? releasePrestartedWorkers() : undefined;
  // One thread and only the report wanted: each result as validateOnWorkers keeps the main thread's, as it comes.
  const validated =
    threads === 0
      ? await (want.manifests ? here(paths) : validateMany(paths, files, policy, gitContext, writtenAhead))
      : await validateOnWorkers(paths, { repo: options.repo, policy, manifests: want.manifests, ...(gitContext ? { git: { root: files.realRoot, registered: gitContext.registered, ...(gitContext.base ? { base: gitContext.base } : {}) } } : {}) }, threads, here);
  await released;
  await markDuplicateNames(validated, files);
  const models = validated.map((v) => v.result);
  if (removing) findings.push(...(await removing));
  const manifests = new Map(want.manifests ? validated.flatMap((v) => (v.manifest ? [[v.result.manifest, v.manifest] as const] : [])) : []);
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
