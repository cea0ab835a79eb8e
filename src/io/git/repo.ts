// Git, read-only, through simple-git: refs, files at a commit, tags.
import { simpleGit, type SimpleGit } from 'simple-git';

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

export class GitError extends Error {}

/** The workflow lines that give a job the whole history (and the tags, which promote writes next to). */
export function fullHistoryAdvice(tags: boolean): string {
  return `set fetch-depth: 0${tags ? ' and fetch-tags: true' : ''} on the checkout step:\n  - uses: actions/checkout@v4\n    with:\n      fetch-depth: 0${tags ? '\n      fetch-tags: true' : ''}`;
}

/** Tags origin has and this clone does not; none when there is no origin or it cannot be reached (the check is advice, not a gate). */
async function tagsMissingFromOrigin(git: SimpleGit): Promise<string[]> {
  const remotes = (await git.getRemotes().catch(() => [])).map((r) => r.name);
  if (!remotes.includes('origin')) return [];
  const remote = await git.raw(['ls-remote', '--tags', '--refs', 'origin']).catch(() => undefined);
  if (remote === undefined) return [];
  const local = new Set((await git.raw(['tag', '--list'])).split('\n').map((t) => t.trim()));
  return remote
    .split('\n')
    .map((line) => /\trefs\/tags\/(.+)$/.exec(line)?.[1])
    .filter((tag): tag is string => tag !== undefined && !local.has(tag));
}

/**
 * Why this checkout cannot answer what a command asks of git, or undefined: a shallow clone (what
 * actions/checkout makes by default) lacks the base commit, the history and the registry's tags.
 */
export async function checkoutProblem(root: string, need: { base?: string; /** Advise fetch-tags: true too. */ tags: boolean; what: string }): Promise<string | undefined> {
  const git = simpleGit({ baseDir: root, binary: 'git', timeout: { block: 30_000 } });
  const isRepo = await git.checkIsRepo().catch(() => false);
  if (!isRepo) return undefined;
  const shallow = (await git.revparse(['--is-shallow-repository']).catch(() => 'false')).trim() === 'true';
  if (shallow) return `this checkout is shallow (actions/checkout fetches one commit unless told otherwise), so ${need.what} cannot be read from it: ${fullHistoryAdvice(need.tags)}`;
  if (need.base && !need.base.startsWith('-')) {
    const sha = await git.revparse(['--verify', '--quiet', `${need.base}^{commit}`]).then((out) => out.trim(), () => '');
    if (!/^[0-9a-f]{40,64}$/.test(sha)) return `the base commit ${need.base} is not in this checkout, so ${need.what} cannot be read from it: ${fullHistoryAdvice(need.tags)}`;
  }
  // Every command reads the registry from the tags (registered versions, the champion, stages).
  {
    const missing = await tagsMissingFromOrigin(git);
    if (missing.length > 0) return `this checkout lacks tags that origin has (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? `, and ${missing.length - 3} more` : ''}), so ${need.what} cannot be read from it: ${fullHistoryAdvice(true)}`;
  }
  return undefined;
}

export async function openGit(root: string): Promise<GitReader> {
  const git: SimpleGit = simpleGit({ baseDir: root, binary: 'git', maxConcurrentProcesses: 4 });
  let isRepo: boolean;
  try {
    isRepo = await git.checkIsRepo();
  } catch (error) {
    throw new GitError(`cannot run git in '${root}': ${(error as Error).message}`);
  }
  if (!isRepo) throw new GitError('the repository (--repo) is not inside a git repository (needed for --base)');
  // --repo may be a folder inside a larger git repository: paths are relative to that folder.
  const prefix = (await git.revparse(['--show-prefix'])).trim();
  let tagCache: Promise<string[]> | undefined;
  return {
    async resolveCommit(ref) {
      if (ref.startsWith('-')) throw new GitError(`'${ref}' is not a valid git ref`);
      const shallow = async () => (await git.revparse(['--is-shallow-repository']).catch(() => 'false')).trim() === 'true';
      // `--quiet` makes git exit 1 with no stderr, which simple-git does not always treat as a failure.
      const sha = await git.revparse(['--verify', '--quiet', `${ref}^{commit}`]).then((out) => out.trim(), () => '');
      if (!/^[0-9a-f]{40,64}$/.test(sha)) {
        // A shallow clone lacks the base and the tags: fetching one commit would not be enough.
        if (await shallow()) throw new GitError(`git ref '${ref}' is not in this shallow clone: ${fullHistoryAdvice(false)}\n(or, outside GitHub Actions: git fetch --unshallow --tags)`);
        throw new GitError(`git ref '${ref}' does not name a commit (fetch it first, e.g. git fetch origin ${ref})`);
      }
      return sha;
    },
    async readFile(ref, path) {
      try {
        return await git.binaryCatFile(['blob', `${ref}:${prefix}${path}`]);
      } catch {
        return undefined;
      }
    },
    async listFiles(ref) {
      const out = await git.raw(['ls-tree', '-r', '-z', '--name-only', '--full-tree', ref, '--', prefix || '.']);
      return out
        .split('\0')
        .filter((p) => p.length > 0 && p.startsWith(prefix))
        .map((p) => p.slice(prefix.length));
    },
    tags() {
      tagCache ??= git.raw(['tag', '--list']).then((out) => out.split('\n').map((t) => t.trim()).filter((t) => t.length > 0));
      return tagCache;
    },
  };
}
