// Bulk git reads on real scratch repositories.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitAll, git, gitWith } from '../../testing/repos.js';
import { openGitHistory } from './history.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelops-history-'));
  dirs.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('GitHistory', () => {
  it('reads every tag with tagger, date, summary, evidence body and target in one call', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'a.txt'), 'one');
    const first = commitAll(dir, 'first');
    git(dir, 'tag', '-a', 'm@v1.0.0', '-m', 'register m 1.0.0: gates pass', '-m', '{"kind": "Evidence"}');
    git(dir, 'tag', 'lightweight');
    writeFileSync(join(dir, 'a.txt'), 'two');
    const second = commitAll(dir, 'second');
    git(dir, 'tag', '-a', 'm#prod#1', '-m', 'only a subject', first);
    const tags = await (await openGitHistory(dir)).tagRecords();
    const byName = Object.fromEntries(tags.map((t) => [t.name, t]));
    expect(Object.keys(byName).sort()).toEqual(['lightweight', 'm#prod#1', 'm@v1.0.0']);
    expect(byName['m@v1.0.0']).toMatchObject({ objectType: 'tag', commit: first, subject: 'register m 1.0.0: gates pass', signature: '' });
    expect(byName['m@v1.0.0']!.body.toString()).toBe('{"kind": "Evidence"}\n');
    expect(byName['m@v1.0.0']!.tagger).toMatchObject({ name: 'Test', email: 'test@example.com' });
    expect(Date.parse(byName['m@v1.0.0']!.tagger!.date)).not.toBeNaN();
    expect(byName['m#prod#1']).toMatchObject({ commit: first, subject: 'only a subject' });
    expect(byName['m#prod#1']!.body.length).toBe(0);
    expect(byName['lightweight']).toMatchObject({ objectType: 'commit', commit: first });
    expect(second).not.toBe(first);
    expect(byName['lightweight']!.tagger).toBeUndefined();
  });

  it('reads the first-parent history oldest first, with what each commit (and each merge) changed', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'models/m'), { recursive: true });
    writeFileSync(join(dir, 'models/m/model.yaml'), 'v1');
    writeFileSync(join(dir, 'other file.txt'), 'x');
    const root = commitAll(dir, 'root');
    git(dir, 'switch', '-q', '-c', 'pr');
    writeFileSync(join(dir, 'models/m/model.yaml'), 'v2');
    const onBranch = commitAll(dir, 'on the branch');
    git(dir, 'switch', '-q', 'main');
    git(dir, 'rm', '-q', 'other file.txt');
    const removal = commitAll(dir, 'remove');
    git(dir, 'merge', '-q', '--no-ff', 'pr', '-m', 'merge pr');
    const merge = git(dir, 'rev-parse', 'HEAD').trim();
    const history = await (await openGitHistory(dir)).firstParentHistory('main');
    expect(history.map((c) => c.sha)).toEqual([root, removal, merge]);
    expect(history.map((c) => c.sha)).not.toContain(onBranch);
    expect(history[0]!.changes.map((c) => c.path).sort()).toEqual(['models/m/model.yaml', 'other file.txt']);
    expect(history[1]!.changes).toEqual([{ path: 'other file.txt', blob: null }]);
    const v2 = git(dir, 'rev-parse', 'HEAD:models/m/model.yaml').trim();
    expect(history[2]).toMatchObject({ subject: 'merge pr', author: 'Test', changes: [{ path: 'models/m/model.yaml', blob: v2 }] });
  });

  it('gives blob ids, contents and sha256 of many files through one cat-file each', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'a.bin'), 'alpha');
    writeFileSync(join(dir, 'empty'), '');
    const commit = commitAll(dir, 'files');
    const big = 'x'.repeat(300_000); // several pipe chunks
    writeFileSync(join(dir, 'big'), big);
    const next = commitAll(dir, 'big');
    const history = await openGitHistory(dir);
    const ids = await history.blobIds([
      { commit, path: 'a.bin' },
      { commit, path: 'missing' },
      { commit, path: 'empty' },
      { commit: next, path: 'big' },
    ]);
    expect(ids[1]).toBeUndefined();
    const [a, , empty, bigId] = ids as [string, undefined, string, string];
    const contents = await history.readBlobs([a, empty, bigId, a]);
    expect(contents.get(a)!.toString()).toBe('alpha');
    expect(contents.get(empty)!.length).toBe(0);
    expect(contents.get(bigId)!.toString()).toBe(big);
    const digests = await history.hashBlobs([a, bigId, empty]);
    expect(Object.fromEntries(digests)).toEqual({ [a]: sha256('alpha'), [bigId]: sha256(big), [empty]: sha256('') });
  });

  it('reads paths relative to a repository folder inside a larger work tree', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'ml/models'), { recursive: true });
    writeFileSync(join(dir, 'ml/models/x.yaml'), 'inside');
    writeFileSync(join(dir, 'outside.txt'), 'outside');
    const commit = commitAll(dir, 'nested');
    const history = await openGitHistory(join(dir, 'ml'));
    expect((await history.firstParentHistory('HEAD'))[0]!.changes.map((c) => c.path)).toEqual(['models/x.yaml']);
    const [id] = await history.blobIds([{ commit, path: 'models/x.yaml' }]);
    expect((await history.readBlobs([id!])).get(id!)!.toString()).toBe('inside');
  });

  it('lists tracked files with uncommitted changes', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'a.txt'), 'one');
    commitAll(dir, 'first');
    const history = await openGitHistory(dir);
    writeFileSync(join(dir, 'untracked.txt'), 'ignored');
    expect(await history.uncommittedChanges()).toEqual([]);
    writeFileSync(join(dir, 'a.txt'), 'edited');
    expect(await history.uncommittedChanges()).toEqual(['a.txt']);
  });

  it('verifies SSH signatures against the allowed signers it is given, GPG signatures against the keyring', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'a.txt'), 'one');
    commitAll(dir, 'first');
    const keys = mkdtempSync(join(tmpdir(), 'modelops-keys-'));
    dirs.push(keys);
    for (const key of ['trusted', 'other']) execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', key, '-f', join(keys, key)]);
    const sshTag = (name: string, key: string) => git(dir, '-c', 'gpg.format=ssh', '-c', `user.signingkey=${join(keys, key)}`, 'tag', '-s', '-m', name, name);
    sshTag('ssh-one', 'trusted');
    sshTag('ssh-two', 'trusted');
    sshTag('ssh-other', 'other');
    const history = await openGitHistory(dir);
    const allowedSigners = Buffer.from(`test@example.com namespaces="git" ${readFileSync(join(keys, 'trusted.pub'), 'utf8')}`);
    const allGood = await history.verifyTags(['ssh-one', 'ssh-two'], { allowedSigners });
    expect([...allGood.values()].map((c) => c.status)).toEqual(['good', 'good']);
    const mixed = await history.verifyTags(['ssh-one', 'ssh-other'], { allowedSigners });
    expect(mixed.get('ssh-one')!.status).toBe('good');
    expect(mixed.get('ssh-other')).toEqual({ status: 'unverified', detail: expect.stringMatching(/principal/i) });

    // GPG: a key in a keyring of its own; verified with that keyring, unverifiable without it.
    const keyring = mkdtempSync(join(tmpdir(), 'modelops-gnupg-'));
    const empty = mkdtempSync(join(tmpdir(), 'modelops-gnupg-'));
    dirs.push(keyring, empty);
    const gpg = (home: string, ...args: string[]) => execFileSync('gpg', ['--batch', ...args], { env: { ...process.env, GNUPGHOME: home }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const saved = process.env['GNUPGHOME'];
    try {
      gpg(keyring, '--passphrase', '', '--quick-gen-key', 'Test <test@example.com>', 'ed25519', 'sign', 'never');
      const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(gpg(keyring, '--list-keys', '--with-colons'))![1]!;
      gitWith(dir, { GNUPGHOME: keyring }, '-c', 'gpg.format=openpgp', '-c', `user.signingkey=${fingerprint}`, 'tag', '-s', '-m', 'gpg', 'gpg-signed');
      process.env['GNUPGHOME'] = keyring;
      expect((await history.verifyTags(['gpg-signed'])).get('gpg-signed')).toMatchObject({ status: 'good' });
      process.env['GNUPGHOME'] = empty;
      expect((await history.verifyTags(['gpg-signed'])).get('gpg-signed')).toMatchObject({ status: 'unverified', detail: expect.stringMatching(/public key|can't check/i) });
    } finally {
      if (saved === undefined) delete process.env['GNUPGHOME'];
      else process.env['GNUPGHOME'] = saved;
      for (const home of [keyring, empty]) execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: home } });
    }
  });
});
