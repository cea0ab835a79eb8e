// The binary's entry point: a reader that stops early (`modelops card … | head`) is not an error.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editFile, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from './testing/repos.js';

afterAll(removeScratchRepos);

describe('modelops binary', () => {
  it('ends quietly with exit 0 when its output pipe closes early (EPIPE)', async () => {
    const repo = scratchRepo();
    // A card larger than a pipe's buffer, so the write is still pending when the reader leaves.
    editFile(repo, MANIFEST, (t) => replaceOnce(t, /  description: Probability[^\n]+/, `  description: "${'a long description '.repeat(20_000)}"`));
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bin.ts'), 'card', 'credit-risk', '--repo', repo], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('exits from validate with the whole report written, also to a reader slower than the writer', async () => {
    const repo = scratchRepo();
    // Evidence the report repeats, so that it is larger than a pipe's buffer.
    editFile(repo, MANIFEST, (t) => replaceOnce(t, /^(\s+)evidence: .*$(?![\s\S]*^\s+evidence: )/m, `$1evidence: "${'reviewed with the risk team in the model review; '.repeat(8_000)}"`));
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bin.ts'), 'validate', '--repo', repo, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    // Read after a pause: the report waits in the pipe when the process decides to exit.
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 300);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const report = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { exitCode: number; models: unknown[] };
    expect(report.models).toHaveLength(1);
    expect(Buffer.concat(chunks).length).toBeGreaterThan(300_000);
    expect(report.exitCode).toBe(0);
    expect(code).toBe(0);
  });
});
