// Git, writing, through simple-git: annotated (signed when the runner is set up to sign) tags, pushing
// them, fetching the remote's tags first. GitReader (git.ts) stays read-only.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { GitError } from './repo.js';

export interface NewTag {
  name: string;
  commit: string;
  /** The whole message, kept verbatim. */
  message: string;
  sign: boolean;
  /** Tagger date (default: now). */
  date?: Date;
  /** Tagger (default: git's configured identity). */
  tagger?: { name: string; email: string };
}

export interface GitWriter {
  /** Whether tags should be signed: `tag.gpgSign` is true or `user.signingkey` is set. */
  signingConfigured(): Promise<boolean>;
  createTag(tag: NewTag): Promise<void>;
  /** Pushes the tags; a tag the remote has with other content is rejected (never forced). */
  pushTags(remote: string, names: readonly string[]): Promise<void>;
  /** Fetches the remote's tags; a tag that exists here with other content fails the fetch (never clobbered). */
  fetchTags(remote: string): Promise<void>;
}

const TAG_ENV = ['GIT_COMMITTER_DATE', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL'];

/** Variables simple-git refuses in an environment it is given (besides GIT_*), as they run programs. */
const GUARDED = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);

/** The process environment without what simple-git guards (it drops those from ambient runs anyway), and ours. */
function environment(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    const upper = key.toUpperCase();
    if (value !== undefined && !upper.startsWith('GIT') && !GUARDED.has(upper)) env[key] = value;
  }
  return { ...env, ...extra };
}

function failure(action: string, error: unknown): GitError {
  const message = error instanceof Error ? error.message.trim() : String(error);
  return new GitError(`${action}: ${message}`);
}

export function openGitWriter(root: string): GitWriter {
  const git = (): SimpleGit => simpleGit({ baseDir: root, binary: 'git', maxConcurrentProcesses: 1, allowEnvironment: TAG_ENV });
  const config = async (key: string): Promise<string | undefined> => {
    const value = (await git().raw(['config', '--get', key]).catch(() => '')).trim();
    return value === '' ? undefined : value;
  };
  return {
    async signingConfigured() {
      const gpgSign = await config('tag.gpgsign');
      if (gpgSign !== undefined && ['true', 'yes', 'on', '1'].includes(gpgSign.toLowerCase())) return true;
      return (await config('user.signingkey')) !== undefined;
    },

    async createTag(tag) {
      // The message goes through a file: evidence can exceed the 128 KiB limit of one argument.
      const dir = await mkdtemp(join(tmpdir(), 'modelops-tag-'));
      try {
        const file = join(dir, 'message');
        await writeFile(file, tag.message);
        const extra: Record<string, string> = {};
        if (tag.date) extra['GIT_COMMITTER_DATE'] = tag.date.toISOString();
        if (tag.tagger) {
          extra['GIT_COMMITTER_NAME'] = tag.tagger.name;
          extra['GIT_COMMITTER_EMAIL'] = tag.tagger.email;
        }
        const args = ['tag', tag.sign ? '-s' : '-a', '--cleanup=verbatim', '-F', file, '--', tag.name, tag.commit];
        // Without signing, override tag.gpgSign so git never tries (and fails) to sign behind our back.
        const command = tag.sign ? args : ['-c', 'tag.gpgSign=false', ...args];
        await git().env(environment(extra)).raw(command);
      } catch (error) {
        throw failure(`cannot create tag ${tag.name}${tag.sign ? ' (signed, as git config asks: tag.gpgSign / user.signingkey)' : ''}`, error);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },

    async pushTags(remote, names) {
      if (names.length === 0) return;
      try {
        await git().raw(['push', '--porcelain', remote, ...names.map((name) => `refs/tags/${name}:refs/tags/${name}`)]);
      } catch (error) {
        throw failure(`cannot push tags to ${remote}`, error);
      }
    },

    async fetchTags(remote) {
      try {
        await git().raw(['fetch', '--no-tags', remote, 'refs/tags/*:refs/tags/*']);
      } catch (error) {
        throw failure(`cannot fetch tags from ${remote}`, error);
      }
    },
  };
}
