// Tag writing, signing and pushing on real scratch repositories, with a bare repository as the remote.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitAll, git } from '../../testing/repos.js';
import { openGitHistory } from './history.js';
import { openGitWriter } from './writer.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function scratch(prefix = 'modelops-writer-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

function repo(): { dir: string; head: string } {
  const dir = scratch();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Promoter');
  git(dir, 'config', 'user.email', 'promoter@example.com');
  git(dir, 'config', 'tag.gpgSign', 'false');
  writeFileSync(join(dir, 'a.txt'), 'one');
  return { dir, head: commitAll(dir, 'first') };
}

/** An SSH signing key and the allowed-signers file that trusts it. */
function sshKey(): { key: string; allowed: string } {
  const dir = scratch('modelops-key-');
  const key = join(dir, 'key');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'signer', '-f', key]);
  const allowed = join(dir, 'allowed_signers');
  writeFileSync(allowed, `promoter@example.com ${readFileSync(`${key}.pub`, 'utf8')}`);
  return { key, allowed };
}

describe('GitWriter', () => {
  it('writes an annotated tag with the message verbatim, the given tagger and date, unsigned by default', async () => {
    const { dir, head } = repo();
    const writer = openGitWriter(dir);
    expect(await writer.signingConfigured()).toBe(false);
    const message = 'summary line\n\n{\n  "kind": "Evidence",\n  "note": "# not a comment"\n}\n';
    await writer.createTag({ name: 'm#production#1', commit: head, message, sign: false, date: new Date('2024-03-01T12:00:00Z'), tagger: { name: 'modelops[bot]', email: 'bot@example.com' } });
    const [tag] = await (await openGitHistory(dir)).tagRecords();
    expect(tag).toMatchObject({ name: 'm#production#1', objectType: 'tag', commit: head, subject: 'summary line', signature: '' });
    expect(tag!.body.toString()).toBe('{\n  "kind": "Evidence",\n  "note": "# not a comment"\n}\n');
    expect(tag!.tagger).toEqual({ name: 'modelops[bot]', email: 'bot@example.com', date: '2024-03-01T12:00:00+00:00' });
  });

  it('signs when user.signingkey is set, and verify-tag tells good, unverifiable and bad signatures apart', async () => {
    const { dir, head } = repo();
    const { key, allowed } = sshKey();
    git(dir, 'config', 'gpg.format', 'ssh');
    git(dir, 'config', 'user.signingkey', `${key}.pub`);
    const writer = openGitWriter(dir);
    expect(await writer.signingConfigured()).toBe(true);
    await writer.createTag({ name: 'm@v1.0.0', commit: head, message: 'register\n\n{}\n', sign: true });
    const history = await openGitHistory(dir);
    const [record] = await history.tagRecords();
    expect(record!.signature).toContain('BEGIN SSH SIGNATURE');
    expect(record!.body.toString()).toBe('{}\n');
    expect((await history.verifyTags(['m@v1.0.0'])).get('m@v1.0.0')!.status).toBe('unverified'); // no allowed signers yet
    git(dir, 'config', 'gpg.ssh.allowedSignersFile', allowed);
    expect((await history.verifyTags(['m@v1.0.0'])).get('m@v1.0.0')).toMatchObject({ status: 'good', detail: expect.stringContaining('Good') });
    await openGitWriter(dir).createTag({ name: 'm#production#1', commit: head, message: 'assign\n\n{}\n', sign: true });
    const both = await history.verifyTags(['m@v1.0.0', 'm#production#1']); // one process when all are good
    expect([...both.values()].map((c) => c.status)).toEqual(['good', 'good']);
    // A copy of the tag object with its message edited keeps the signature, which no longer matches.
    const forged = git(dir, 'cat-file', 'tag', 'm@v1.0.0').replace('register', 'forged').replace('tag m@v1.0.0', 'tag m@v2.0.0');
    const forgedId = execFileSync('git', ['mktag'], { cwd: dir, input: forged, encoding: 'utf8' }).trim();
    git(dir, 'update-ref', 'refs/tags/m@v2.0.0', forgedId);
    expect((await history.verifyTags(['m@v2.0.0'])).get('m@v2.0.0')!.status).toBe('bad');
    const mixed = await history.verifyTags(['m@v1.0.0', 'm@v2.0.0', 'm#production#1']);
    expect(Object.fromEntries([...mixed].map(([name, c]) => [name, c.status]))).toEqual({ 'm@v1.0.0': 'good', 'm@v2.0.0': 'bad', 'm#production#1': 'good' });
  });

  it('also signs when tag.gpgSign is true', async () => {
    const { dir } = repo();
    git(dir, 'config', 'tag.gpgSign', 'true');
    expect(await openGitWriter(dir).signingConfigured()).toBe(true);
  });

  it('fails with a clear message when signing is configured but cannot work', async () => {
    const { dir, head } = repo();
    git(dir, 'config', 'user.signingkey', 'no-such-gpg-key@example.com');
    git(dir, 'config', 'gpg.program', join(dir, 'no-such-gpg'));
    await expect(openGitWriter(dir).createTag({ name: 'x@v1.0.0', commit: head, message: 'm', sign: true })).rejects.toThrow(/cannot create tag x@v1\.0\.0 \(signed/);
  });

  it('pushes tags to a bare remote, again without effect, and never over a different tag there', async () => {
    const { dir, head } = repo();
    const remote = scratch('modelops-remote-');
    git(remote, 'init', '-q', '--bare');
    git(dir, 'remote', 'add', 'origin', remote);
    const writer = openGitWriter(dir);
    await writer.createTag({ name: 'm#production#1', commit: head, message: 'one', sign: false });
    await writer.pushTags('origin', ['m#production#1']);
    await writer.pushTags('origin', ['m#production#1']);
    expect(git(remote, 'tag', '--list').trim()).toBe('m#production#1');
    git(dir, 'tag', '-d', 'm#production#1');
    await writer.createTag({ name: 'm#production#1', commit: head, message: 'another', sign: false });
    await expect(writer.pushTags('origin', ['m#production#1'])).rejects.toThrow(/cannot push tags to origin/);
  });

  it('fetches the remote\'s tags, refusing to clobber a local tag that differs', async () => {
    const { dir, head } = repo();
    const remote = scratch('modelops-remote-');
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    git(dir, 'remote', 'add', 'origin', remote);
    git(dir, 'push', '-q', 'origin', 'main');
    const other = scratch('modelops-clone-');
    git(other, 'clone', '-q', remote, '.');
    git(other, 'tag', '-a', 'm#staging#1', '-m', 'from elsewhere');
    git(other, 'tag', '-a', 'm#staging#2', '-m', 'from elsewhere too');
    git(other, 'push', '-q', 'origin', '--tags');
    const writer = openGitWriter(dir);
    await writer.fetchTags('origin');
    expect(git(dir, 'tag', '--list').trim().split('\n')).toEqual(['m#staging#1', 'm#staging#2']);
    git(dir, 'tag', '-d', 'm#staging#2');
    git(dir, 'tag', '-a', 'm#staging#2', '-m', 'local and different', head);
    await expect(writer.fetchTags('origin')).rejects.toThrow(/cannot fetch tags from origin/);
  });
});
