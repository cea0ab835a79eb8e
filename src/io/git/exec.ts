// The one way modelops runs git: spawn, stdin in, stdout as bytes (streamed when asked), stderr as
// text, the exit code. No prompt (GIT_TERMINAL_PROMPT=0) and git's own messages in English (LC_ALL=C),
// so the messages matched on are stable. Every adapter in io/git goes through here.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export class GitError extends Error {}

export interface GitRun {
  stdout: Buffer;
  stderr: string;
  code: number;
}

export interface GitRunOptions {
  /** Written to git's stdin. */
  input?: string;
  /** Receives stdout as it streams (then `stdout` is empty). */
  onStdout?: (chunk: Buffer) => void;
  /** Added to the process environment. */
  env?: Record<string, string>;
  /** Kills git after this long (ms); the run then fails with exit code 124. */
  timeoutMs?: number;
}

/** A full object id (SHA-1 or SHA-256). */
export const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** A git process in `cwd` with its three pipes, for a caller that talks to it (batch.ts). */
export function startGit(cwd: string, args: readonly string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...env } });
}

/** Runs git in `cwd`; resolves with everything it printed and its exit code (rejects only when git cannot start). */
export function runGit(cwd: string, args: readonly string[], options: GitRunOptions = {}): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = startGit(cwd, args, options.env);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const { onStdout } = options;
    child.stdout.on('data', (chunk: Buffer) => (onStdout ? onStdout(chunk) : out.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    const timer = options.timeoutMs !== undefined ? setTimeout(() => child.kill(), options.timeoutMs) : undefined;
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? (signal ? 124 : 1) });
    });
    child.stdin.on('error', () => undefined); // git may exit before reading everything; its exit code tells
    child.stdin.end(options.input ?? '');
  });
}

/** stdout of a git command that must succeed; a GitError with git's message otherwise. */
export async function gitOk(cwd: string, args: readonly string[], options: GitRunOptions = {}): Promise<Buffer> {
  const run = await runGit(cwd, args, options);
  if (run.code !== 0) throw new GitError(`git ${args[0]} failed: ${run.stderr.trim() || `exit ${run.code}`}`);
  return run.stdout;
}
