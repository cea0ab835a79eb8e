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
      const unknown = new GitError(`git ref '${ref}' does not name a commit (fetch it first, e.g. git fetch origin ${ref})`);
      // `--quiet` makes git exit 1 with no stderr, which simple-git does not always treat as a failure.
      const sha = await git.revparse(['--verify', '--quiet', `${ref}^{commit}`]).then((out) => out.trim(), () => '');
      if (!/^[0-9a-f]{40,64}$/.test(sha)) throw unknown;
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
