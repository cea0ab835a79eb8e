// Git, writing: annotated (signed when the runner is set up to sign) tags, pushing them, fetching the
// remote's tags first. Part of the one adapter (GitRepository, repo.ts); runs git through exec.ts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError, runGit, type GitRun } from './exec.js';

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

/** A GitError for a git run that failed: what was being done, and what git said. */
function failure(action: string, run: GitRun): GitError {
  return new GitError(`${action}: ${run.stderr.trim() || `exit ${run.code}`}`);
}

export function openGitWriter(root: string): GitWriter {
  const config = async (key: string): Promise<string | undefined> => {
    const run = await runGit(root, ['config', '--get', key]);
    const value = run.code === 0 ? run.stdout.toString('utf8').trim() : '';
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
      const action = `cannot create tag ${tag.name}${tag.sign ? ' (signed, as git config asks: tag.gpgSign / user.signingkey)' : ''}`;
      try {
        const file = join(dir, 'message');
        await writeFile(file, tag.message);
        const env: Record<string, string> = {};
        if (tag.date) env['GIT_COMMITTER_DATE'] = tag.date.toISOString();
        if (tag.tagger) {
          env['GIT_COMMITTER_NAME'] = tag.tagger.name;
          env['GIT_COMMITTER_EMAIL'] = tag.tagger.email;
        }
        const args = ['tag', tag.sign ? '-s' : '-a', '--cleanup=verbatim', '-F', file, '--', tag.name, tag.commit];
        // Without signing, override tag.gpgSign so git never tries (and fails) to sign behind our back.
        const run = await runGit(root, tag.sign ? args : ['-c', 'tag.gpgSign=false', ...args], { env });
        if (run.code !== 0) throw failure(action, run);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },

    async pushTags(remote, names) {
      if (names.length === 0) return;
      const run = await runGit(root, ['push', '--porcelain', remote, ...names.map((name) => `refs/tags/${name}:refs/tags/${name}`)]);
      if (run.code !== 0) throw failure(`cannot push tags to ${remote}`, run);
    },

    async fetchTags(remote) {
      const run = await runGit(root, ['fetch', '--no-tags', remote, 'refs/tags/*:refs/tags/*']);
      if (run.code !== 0) throw failure(`cannot fetch tags from ${remote}`, run);
    },
  };
}
