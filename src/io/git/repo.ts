// The git adapter. `GitRepository` is the one surface commands use: reading files and refs at a commit
// (GitReader), the bulk reads of promote and audit (GitHistory, history.ts), and writing tags
// (GitWriter, writer.ts); `resolveCommit` is defined here, once. Every git process goes through
// exec.ts. `openGit` and `openGitHistory` open narrower views for the commands that need only those.
import { ObjectBatch } from './batch.js';
import { GitError, gitOk, OID, runGit } from './exec.js';
import { gitHistory, repositoryPrefix, type GitHistory } from './history.js';
import { openGitWriter, type GitWriter } from './writer.js';

export { GitError } from './exec.js';

export interface GitReader {
  /** Full SHA of `ref`, or an Error naming the ref when it does not resolve to a commit. */
  resolveCommit(ref: string): Promise<string>;
  /** File content at a commit or tag; undefined when the path does not exist there. */
  readFile(ref: string, path: string): Promise<Buffer | undefined>;
  /** All file paths at a commit, relative to the repository folder. */
  listFiles(ref: string): Promise<string[]>;
  /** All tag names. */
  tags(): Promise<string[]>;
}

/** Everything the commands ask of git, reading and writing, for one repository folder. */
export interface GitRepository extends GitReader, GitHistory, GitWriter {}

/** The workflow lines that give a job the whole history (and the tags, which promote writes next to). */
export function fullHistoryAdvice(tags: boolean): string {
  return `set fetch-depth: 0${tags ? ' and fetch-tags: true' : ''} on the checkout step:\n  - uses: actions/checkout@v4\n    with:\n      fetch-depth: 0${tags ? '\n      fetch-tags: true' : ''}`;
}

const text = (run: { stdout: Buffer } | Buffer): string => (Buffer.isBuffer(run) ? run : run.stdout).toString('utf8');

const isShallow = async (root: string): Promise<boolean> => text(await runGit(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';

/** The commit `ref` names (`--verify --quiet`), or undefined. */
/** Full id of the commit `ref` names, or undefined. */
export async function commitOf(root: string, ref: string): Promise<string | undefined> {
  const run = await runGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const sha = text(run).trim();
  return run.code === 0 && OID.test(sha) ? sha : undefined;
}

/** Full id of the commit `ref` names; a GitError naming the ref (and, in a shallow clone, the fix) when it names none. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  if (ref.startsWith('-')) throw new GitError(`'${ref}' is not a valid git ref`);
  const sha = await commitOf(root, ref);
  if (sha !== undefined) return sha;
  // A shallow clone lacks the base and the tags: fetching one commit would not be enough.
  if (await isShallow(root)) throw new GitError(`git ref '${ref}' is not in this shallow clone: ${fullHistoryAdvice(false)}\n(or, outside GitHub Actions: git fetch --unshallow --tags)`);
  throw new GitError(`git ref '${ref}' does not name a commit (fetch it first, e.g. git fetch origin ${ref})`);
}

/** Tags origin has and this clone does not; none when there is no origin or it cannot be reached (the check is advice, not a gate). */
async function tagsMissingFromOrigin(root: string): Promise<string[]> {
  if (!(await hasOrigin(root))) return [];
  const remote = await runGit(root, ['ls-remote', '--tags', '--refs', 'origin'], { timeoutMs: 30_000 });
  if (remote.code !== 0) return [];
  const local = new Set(text(await runGit(root, ['tag', '--list'])).split('\n').map((t) => t.trim()));
  return text(remote)
    .split('\n')
    .map((line) => /\trefs\/tags\/(.+)$/.exec(line)?.[1])
    .filter((tag): tag is string => tag !== undefined && !local.has(tag));
}

/** Whether the repository has a remote named origin. */
export async function hasOrigin(root: string): Promise<boolean> {
  return text(await runGit(root, ['remote'])).split('\n').some((r) => r.trim() === 'origin');
}

const insideWorkTree = async (root: string): Promise<boolean> => text(await runGit(root, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';

/**
 * Why this checkout cannot answer what a command asks of git, or undefined: a shallow clone (what
 * actions/checkout makes by default) lacks the base commit, the history and the registry's tags.
 */
export async function checkoutProblem(root: string, need: { base?: string; /** Advise fetch-tags: true too. */ tags: boolean; what: string }): Promise<string | undefined> {
  const isRepo = await insideWorkTree(root).catch(() => false);
  if (!isRepo) return undefined;
  if (await isShallow(root)) return `this checkout is shallow (actions/checkout fetches one commit unless told otherwise), so ${need.what} cannot be read from it: ${fullHistoryAdvice(need.tags)}`;
  if (need.base && !need.base.startsWith('-') && (await commitOf(root, need.base)) === undefined) {
    return `the base commit ${need.base} is not in this checkout, so ${need.what} cannot be read from it: ${fullHistoryAdvice(need.tags)}`;
  }
  // Every command reads the registry from the tags (registered versions, the champion, stages).
  const missing = await tagsMissingFromOrigin(root);
  if (missing.length > 0) return `this checkout lacks tags that origin has (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? `, and ${missing.length - 3} more` : ''}), so ${need.what} cannot be read from it: ${fullHistoryAdvice(true)}`;
  return undefined;
}

/** At most `limit` of the calls at once (a command may ask for many files together). */
function limited(limit: number): <T>(call: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (call) => {
    if (active >= limit) await new Promise<void>((resume) => waiting.push(resume));
    active += 1;
    try {
      return await call();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

/**
 * The reads at a commit of the repository folder at `prefix` of its work tree. With `batch`, files and
 * commits are read through its one process (what it cannot answer, one git process each, as without).
 */
function gitReader(root: string, prefix: string, batch?: ObjectBatch): GitReader {
  const slot = limited(4);
  let tagCache: Promise<string[]> | undefined;
  const readFile = (ref: string, path: string) =>
    slot(async () => {
      const run = await runGit(root, ['cat-file', 'blob', `${ref}:${prefix}${path}`]);
      return run.code === 0 ? run.stdout : undefined;
    });
  return {
    resolveCommit: async (ref) => {
      if (batch && !ref.startsWith('-')) {
        const object = await batch.read(`${ref}^{commit}`);
        if (object !== 'unavailable' && object?.type === 'commit') return object.oid;
      }
      // not a commit (or not asked of the batch): the message says why
      return resolveCommit(root, ref);
    },
    readFile: async (ref, path) => {
      const object = batch ? await batch.read(`${ref}:${prefix}${path}`) : 'unavailable';
      if (object === 'unavailable') return readFile(ref, path);
      return object?.type === 'blob' ? object.content : undefined;
    },
    listFiles: (ref) =>
      slot(async () => {
        const out = text(await gitOk(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', ref, '--', prefix || '.']));
        return out
          .split('\0')
          .filter((p) => p.length > 0 && p.startsWith(prefix))
          .map((p) => p.slice(prefix.length));
      }),
    tags() {
      tagCache ??= gitOk(root, ['tag', '--list']).then((out) => text(out).split('\n').map((t) => t.trim()).filter((t) => t.length > 0));
      return tagCache;
    },
  };
}

/** The repository `root` (a folder, possibly inside a larger work tree: paths are relative to it), to read and write. */
export async function openGitRepository(root: string): Promise<GitRepository> {
  const prefix = await repositoryPrefix(root);
  return { ...gitReader(root, prefix), ...gitHistory(root, prefix), ...openGitWriter(root) };
}

/** The reads at a commit only, with the error `--base` gets outside a git repository. */
export async function openGit(root: string): Promise<GitReader> {
  // one git process answers both: inside a work tree ("true") and the folder's prefix (repositoryPrefix)
  let run: Awaited<ReturnType<typeof runGit>>;
  try {
    run = await runGit(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix']);
  } catch (error) {
    throw new GitError(`cannot run git in '${root}': ${(error as Error).message}`);
  }
  const [inside = '', prefix = ''] = text(run).split('\n');
  if (run.code !== 0 || inside.trim() !== 'true') throw new GitError('the repository (--repo) is not inside a git repository (needed for --base)');
  // nothing writes through this view, so one process can answer its reads: what it reads cannot change under it
  return gitReader(root, prefix.trim(), new ObjectBatch(root));
}
