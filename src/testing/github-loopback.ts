// The loopback GitHub (github-server.ts) of one test file of the GitHub client (src/io/github): started
// when the file loads, emptied before each test with its options set back to those it started with (a
// test may change them), closed after the file; and a client of it that retries at once and does not
// pace its writes.
import { afterAll, beforeEach } from 'vitest';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../io/github/client.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './github-server.js';

export interface LoopbackGitHub {
  github: FakeGitHub;
  client: (extra?: Partial<GitHubClientOptions>) => GitHubClient;
}

export async function loopbackGitHub(options: FakeGitHubOptions): Promise<LoopbackGitHub> {
  const initial: FakeGitHubOptions = { ...options };
  const github = await startFakeGitHub({ ...initial });
  afterAll(() => github.close());
  beforeEach(() => {
    github.reset();
    const current: Partial<FakeGitHubOptions> = github.options;
    for (const key of Object.keys(current) as (keyof FakeGitHubOptions)[]) delete current[key];
    Object.assign(github.options, initial);
  });
  const client = (extra: Partial<GitHubClientOptions> = {}) => createGitHubClient({ token: options.token, apiUrl: github.url, retryAfterBaseValue: 1, paceWrites: false, ...extra });
  return { github, client };
}
