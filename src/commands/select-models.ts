// Which models a run is about, from what a user gave — the CLI's arguments and the Action's `models`
// input alike: model names, manifest files, model folders, and globs of any of them. Relative entries
// are read from one directory (the CLI: where it runs; the Action: its working-directory). With a base
// and nothing named, `gate` goes on to evaluate only what changed (`gatesModel`).
import { glob } from 'tinyglobby';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { folderName } from '../core/manifest/validate/manifest-checks.js';
import { globProblem, pathShapeProblem } from '../core/manifest/validate/paths.js';
import type { ModelResult, Report } from '../core/report/model.js';
import { RepoFiles } from '../io/repo-files.js';
import { UsageError } from './errors.js';

/** An entry that selects nothing, or selects outside the repository: the Action names its input. */
export class SelectionError extends UsageError {
  constructor(
    readonly entry: string,
    message: string,
  ) {
    super(message);
  }
}

export interface SelectionContext {
  files: RepoFiles;
  /** The directory relative entries are read from (default: the process's working directory). */
  from?: string;
  /** Every manifest of the repository (the policy's globs), for entries that name a model. */
  manifests: () => Promise<readonly string[]>;
}

const GLOB = /[*?[\]{}!]/;
const MANIFEST_FILE = /\.ya?ml$/;

/** A bare word (`credit-risk`): a model's name, unless a file or folder of that name is where entries are read from. */
const isBareName = (entry: string): boolean => !entry.includes('/') && !entry.includes('\\') && !MANIFEST_FILE.test(entry) && !GLOB.test(entry) && entry !== '.' && entry !== '..';

/** Repository-relative form of a path read from `from`, or undefined when it is outside the repository. */
function insideRepository(files: RepoFiles, from: string | undefined, entry: string): string | undefined {
  const rel = relative(files.realRoot, resolve(from ?? '.', entry)).split(sep).join('/');
  if (rel === '' || isAbsolute(rel) || pathShapeProblem(rel)) return undefined;
  return rel;
}

/** A model folder stands for its model.yaml; anything else is taken as the manifest path it is. */
async function asManifest(files: RepoFiles, rel: string): Promise<string> {
  if (MANIFEST_FILE.test(rel)) return rel;
  const inFolder = `${rel}/model.yaml`;
  return (await files.read(inFolder).catch(() => undefined)) !== undefined ? inFolder : rel;
}

const where = (context: SelectionContext): string => context.from ?? 'the working directory';

async function globbed(entry: string, context: SelectionContext): Promise<string[]> {
  const outside = globProblem(entry);
  if (outside) throw new SelectionError(entry, `'${entry}' ${outside}`);
  const matches = (await glob(entry, { cwd: resolve(context.from ?? '.'), onlyFiles: false, expandDirectories: false, absolute: true, dot: false })).sort();
  const manifests: string[] = [];
  for (const match of matches) {
    const rel = insideRepository(context.files, undefined, match);
    if (rel === undefined) throw new SelectionError(entry, `'${entry}' matches ${match}, which is not inside the repository ${context.files.displayRoot}`);
    const manifest = await asManifest(context.files, rel);
    // A glob over a folder also meets data and docs: only manifests and model folders count.
    if (MANIFEST_FILE.test(manifest)) manifests.push(manifest);
  }
  if (manifests.length === 0) throw new SelectionError(entry, `'${entry}' matches nothing in ${where(context)}${matches.length > 0 ? ' that is a manifest or a model folder' : ''}`);
  return manifests;
}

async function named(entry: string, context: SelectionContext): Promise<string[]> {
  const all = await context.manifests();
  const found = all.filter((path) => folderName(path) === entry);
  if (found.length > 0) return found;
  const names = [...new Set(all.map((path) => folderName(path) ?? path))];
  throw new SelectionError(entry, `no model named ${entry} in ${context.files.displayRoot} (models: ${names.join(', ') || 'none'})`);
}

/**
 * Repository-relative manifest paths for the entries given, in their order, each once. An empty list
 * selects nothing: the command's own default applies (every manifest, or the production models).
 * A glob that matches nothing, a name no manifest has or a path outside the repository is a usage
 * error; a path to a manifest that is not there is kept, for validation to report with a hint.
 */
export async function selectManifests(given: readonly string[], context: SelectionContext): Promise<string[]> {
  const selected: string[] = [];
  for (const entry of given) {
    if (GLOB.test(entry)) {
      selected.push(...(await globbed(entry, context)));
      continue;
    }
    const rel = insideRepository(context.files, context.from, entry);
    if (isBareName(entry) && (rel === undefined || (await context.files.inspect(rel, { hash: false, columns: false })).status === 'missing')) {
      selected.push(...(await named(entry, context)));
      continue;
    }
    if (rel === undefined) throw new SelectionError(entry, `'${entry}' is not inside the repository ${context.files.displayRoot}`);
    selected.push(await asManifest(context.files, rel));
  }
  return [...new Set(selected)];
}

/**
 * Model names for the entries given, for commands that also know models by their registry tags alone
 * (audit: a model whose manifest is gone): a bare word is a name as it is, paths and globs give the
 * names of the manifests they select.
 */
export async function selectModelNames(given: readonly string[], context: { repo: string; from?: string }): Promise<string[]> {
  if (given.every(isBareName)) return [...new Set(given)];
  let files: RepoFiles;
  try {
    files = await RepoFiles.open(context.repo);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const names: string[] = [];
  for (const entry of given) {
    if (isBareName(entry)) names.push(entry);
    else for (const path of await selectManifests([entry], { files, ...(context.from ? { from: context.from } : {}), manifests: async () => [] })) names.push(folderName(path) ?? path);
  }
  return [...new Set(names)];
}

/** What `gate` was asked to evaluate, beyond the selection itself. */
export interface GateScope {
  /** Every model, changed or not (--all). */
  all?: boolean;
  /** Models were named (paths, names or globs): each of them is evaluated. */
  named: boolean;
  /** The base the run compares with: without --all or names, only what changed against it is evaluated. */
  base?: string;
}

/** Whether `gate` evaluates a validated model: every one when told or named, else with a base only those that changed. */
export function gatesModel(model: Pick<ModelResult, 'change'>, scope: GateScope): boolean {
  if (scope.all || scope.named || !scope.base) return true;
  return model.change?.kind !== 'unchanged';
}

/** Whether a gate against a base found nothing to gate: every model unchanged, nothing wrong. */
export function noModelChanged(report: Report, base: string | undefined): boolean {
  if (!base || report.command !== 'gate' || report.verdict === 'error' || report.verdict === 'fail') return false;
  return report.models.every((m) => m.change?.kind === 'unchanged' && m.gates.length === 0);
}
