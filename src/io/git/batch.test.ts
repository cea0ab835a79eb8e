// One `git cat-file --batch` process for a command's reads, on real repositories: the same bytes and commits
// as a git process per read, in order however many are asked at once, and no hold on the event loop when idle.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitAll, git, removeScratchRepos, scratchRepo } from '../../testing/repos.js';
import { ObjectBatch } from './batch.js';
import { runGit } from './exec.js';
import { openGit } from './repo.js';

afterAll(() => removeScratchRepos());

/** A repository with a folder, a 300 kB file (many pipe chunks), a second commit and an annotated tag on the first. */
function repository(): { dir: string; first: string; second: string; big: Buffer } {
  const dir = scratchRepo();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Reader');
  git(dir, 'config', 'user.email', 'reader@example.com');
  mkdirSync(join(dir, 'ml', 'models'), { recursive: true });
  writeFileSync(join(dir, 'ml', 'models', 'a.yaml'), 'a: 1\n');
  const big = Buffer.alloc(300_000);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251; // every byte value but a few, newlines included
  writeFileSync(join(dir, 'ml', 'models', 'big.bin'), big);
  writeFileSync(join(dir, 'ml', 'empty.txt'), '');
  const first = commitAll(dir, 'first');
  git(dir, 'tag', '-a', 'a#production#1', '-m', 'a 1.0.0 -> production');
  writeFileSync(join(dir, 'ml', 'models', 'a.yaml'), 'a: 2\n');
  const second = commitAll(dir, 'second');
  return { dir, first, second, big };
}

/** The child processes and pipes that hold this process's event loop. */
const ownProcesses = () => process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap' || r === 'PipeWrap').length;

/** ownProcesses() once it has not changed for 100 ms. */
async function settledProcesses(): Promise<number> {
  for (let last = -1; ; ) {
    const now = ownProcesses();
    if (now === last) return now;
    last = now;
    await new Promise((resume) => setTimeout(resume, 100));
  }
}

describe('ObjectBatch', () => {
  it('answers files and commits as git cat-file and rev-parse do, in the order asked, many at once', async () => {
    const { dir, first, second, big } = repository();
    const batch = new ObjectBatch(dir);
    const names = [`${first}:ml/models/a.yaml`, `${second}:ml/models/a.yaml`, `${first}:ml/models/big.bin`, `${first}:ml/empty.txt`, `${first}:ml/none.yaml`, 'a#production#1^{commit}', 'main^{commit}', 'no-such-ref^{commit}', `${first}:ml/models`];
    const answers = await Promise.all([...names, ...names].map((name) => batch.read(name)));
    const expected = async (name: string) => {
      const [type, oid] = await Promise.all([runGit(dir, ['cat-file', '-t', name]), runGit(dir, ['rev-parse', '--verify', '--quiet', name])]);
      if (type.code !== 0) return undefined;
      const content = await runGit(dir, ['cat-file', type.stdout.toString().trim(), name]);
      return { oid: oid.stdout.toString().trim(), type: type.stdout.toString().trim(), content: content.stdout };
    };
    for (const [i, name] of [...names, ...names].entries()) expect(answers[i], name).toEqual(await expected(name));
    expect(answers[2]).toEqual(expect.objectContaining({ type: 'blob', content: big }));
    expect(answers[5]).toEqual(expect.objectContaining({ type: 'commit', oid: first }));
    expect(answers[6]).toEqual(expect.objectContaining({ type: 'commit', oid: second }));
    expect(answers[8]).toEqual(expect.objectContaining({ type: 'tree' }));
    batch.close();
  });

  it('leaves a name it cannot pass on one line to another way, and holds the event loop only while it reads', async () => {
    const { dir, first } = repository();
    const batch = new ObjectBatch(dir);
    expect(await batch.read(`${first}:ml/a\nb.yaml`)).toBe('unavailable');
    expect(await batch.read('')).toBe('unavailable');
    // the processes of the test before, which closed them, may still be ending
    const before = await settledProcesses();
    const reading = batch.read(`${first}:ml/models/a.yaml`);
    // git and its three pipes keep the process alive while a read waits…
    expect(ownProcesses()).toBeGreaterThan(before);
    const read = await reading;
    expect(read !== 'unavailable' && read?.content.toString()).toBe('a: 1\n');
    // …and nothing once every read is answered, so a command ends without closing it
    expect(ownProcesses()).toBeLessThanOrEqual(before);
    batch.close();
    // a read after close starts another process
    expect((await batch.read(`${first}:ml/models/a.yaml`)) !== 'unavailable').toBe(true);
    batch.close();
  });

  it('says unavailable when git cannot start, so the caller reports it as it would', async () => {
    const batch = new ObjectBatch(join(scratchRepo(), 'no-such-folder'));
    expect(await batch.read('HEAD^{commit}')).toBe('unavailable');
  });
});

describe('openGit', () => {
  it('reads files and resolves refs through the batch as one process per read did, errors included', async () => {
    const { dir, first, second, big } = repository();
    const reader = await openGit(join(dir, 'ml'));
    expect(await reader.resolveCommit('a#production#1')).toBe(first);
    expect(await reader.resolveCommit('main')).toBe(second);
    expect((await reader.readFile(first, 'models/a.yaml'))?.toString()).toBe('a: 1\n');
    expect((await reader.readFile('main', 'models/a.yaml'))?.toString()).toBe('a: 2\n');
    expect(await reader.readFile(first, 'models/big.bin')).toEqual(big);
    expect(await reader.readFile(first, 'empty.txt')).toEqual(Buffer.alloc(0));
    // a folder, a missing file, a file outside the repository folder, a name git cannot take on one line
    expect(await reader.readFile(first, 'models')).toBeUndefined();
    expect(await reader.readFile(first, 'none.yaml')).toBeUndefined();
    expect(await reader.readFile(first, '../outside.txt')).toBeUndefined();
    expect(await reader.readFile(first, 'a\nb')).toBeUndefined();
    // a tree or a blob names no commit: the message is the one rev-parse's answer gives
    await expect(reader.resolveCommit(`${first}:models`)).rejects.toThrow(`git ref '${first}:models' does not name a commit (fetch it first, e.g. git fetch origin ${first}:models)`);
    await expect(reader.resolveCommit('no-such-ref')).rejects.toThrow("git ref 'no-such-ref' does not name a commit (fetch it first, e.g. git fetch origin no-such-ref)");
    await expect(reader.resolveCommit('--all')).rejects.toThrow("'--all' is not a valid git ref");
  });
});
