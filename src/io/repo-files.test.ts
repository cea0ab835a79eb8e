// The repository adapter on real files: confinement, case hints, and file-system refusals as words.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileSystemReason, RepoFileError, RepoFiles } from './repo-files.js';

const root = mkdtempSync(join(tmpdir(), 'modelops-repo-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'models/credit-risk'), { recursive: true });
writeFileSync(join(root, 'models/credit-risk/model.onnx'), 'onnx');
symlinkSync('loop-b', join(root, 'models/loop-a'));
symlinkSync('loop-a', join(root, 'models/loop-b'));

describe('RepoFiles', () => {
  it('says a symlink loop is one, with the repository path and no absolute one', async () => {
    const files = await RepoFiles.open(root);
    expect(await files.inspect('models/loop-a', { hash: true, columns: false })).toEqual({ status: 'unreadable', reason: 'too many levels of symbolic links (a symlink loop) (ELOOP)' });
    const error = await files.read('models/loop-a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepoFileError);
    expect((error as Error).message).toBe("'models/loop-a' cannot be read: too many levels of symbolic links (a symlink loop) (ELOOP)");
  });

  it('says a name is too long instead of crashing', async () => {
    const files = await RepoFiles.open(root);
    const facts = await files.inspect(`models/${'n'.repeat(300)}.csv`, { hash: true, columns: true });
    expect(facts).toEqual({ status: 'unreadable', reason: 'the path or one of its names is too long for the file system (ENAMETOOLONG)' });
  });

  it('finds the same path in another letter case', async () => {
    const files = await RepoFiles.open(root);
    expect(await files.inspect('Models/Credit-Risk/Model.onnx', { hash: false, columns: false })).toEqual({ status: 'missing', similar: 'models/credit-risk/model.onnx' });
    expect(await files.inspect('models/credit-risk/other.onnx', { hash: false, columns: false })).toEqual({ status: 'missing' });
  });

  it('finds no manifests through globs that leave the repository', async () => {
    const files = await RepoFiles.open(join(root, 'models'));
    expect(await files.findManifests(['../*', '/etc/*', '/**/model.onnx'])).toEqual([]);
    expect(await files.findManifests(['*/model.onnx'])).toEqual(['credit-risk/model.onnx']);
  });

  it('words every file-system error code it knows, and a generic one for the rest', () => {
    expect(fileSystemReason({ code: 'EACCES' })).toBe('permission denied (EACCES)');
    expect(fileSystemReason({ code: 'EISDIR' })).toBe('it is a directory (EISDIR)');
    expect(fileSystemReason({ code: 'EXDEV' })).toBe('the file system refused (EXDEV)');
    expect(fileSystemReason(new Error('plain'))).toBeUndefined();
  });
});
