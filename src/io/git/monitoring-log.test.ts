import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git } from '../../testing/repos.js';
import type { MonitoringLogRecord } from '../../core/drift/monitoring-log-schema.js';
import { MONITORING_REF, appendMonitoringLog, appendNewToMonitoringLog, parseMonitoringLog, readMonitoringLog, tryFetchMonitoringLog } from './monitoring-log.js';
import { recordingSleep } from '../../testing/sleep.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'modelops-log-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const IDENTITY = { name: 'Test', email: 'test@example.com' };

/** A bare remote with one commit on main, and a clone of it. */
function remoteAndClone(): { remote: string; clone: string } {
  const seed = tempDir();
  git(seed, 'init', '--quiet', '-b', 'main');
  writeFileSync(join(seed, 'README.md'), 'seed\n');
  git(seed, 'add', 'README.md');
  git(seed, 'commit', '--quiet', '-m', 'seed');
  const remote = join(tempDir(), 'remote.git');
  git(seed, 'clone', '--quiet', '--bare', seed, remote);
  const clone = join(tempDir(), 'clone');
  git(seed, 'clone', '--quiet', remote, clone);
  return { remote, clone };
}

const record = (model: string, run: string, key: string, psi: number): MonitoringLogRecord => ({
  model,
  version: '1.2.0',
  run,
  commit: 'a'.repeat(40),
  time: '2026-03-02T06:00:00Z',
  source: { digest: 'b'.repeat(64), rows: 400, description: 'data/prod/*.csv' },
  chunk: { key, start: '2026-02-23T00:00:00Z', end: '2026-03-02T00:00:00Z', rows: 50 },
  results: { 'drift.age.psi': psi, 'cbpe.roc_auc': null },
});

/** Makes the remote refuse the next `times` pushes, as a push that lost a race is refused. */
function refusePushes(remote: string, times: number): void {
  writeFileSync(join(remote, 'refusals'), `${times}\n`);
  const hook = join(remote, 'hooks', 'pre-receive');
  writeFileSync(hook, '#!/bin/sh\nn=$(cat refusals)\n[ "$n" -gt 0 ] || exit 0\necho $((n - 1)) > refusals\necho "another run appended first" >&2\nexit 1\n');
  chmodSync(hook, 0o755);
}

describe('monitoring log', () => {
  it('appends only records that are new or changed, judged against the remote tip', async () => {
    const { clone } = remoteAndClone();
    const other = join(tempDir(), 'other');
    git(tempDir(), 'clone', '--quiet', git(clone, 'remote', 'get-url', 'origin').trim(), other);
    const first = [record('credit-risk', 'r1', '2026-W08', 0.01), record('credit-risk', 'r1', '2026-W09', 0.02)];
    expect(await appendNewToMonitoringLog(clone, first, { remote: 'origin', author: IDENTITY })).toMatchObject({ appended: 2, unchanged: 0 });
    // another clone that has not read the log yet: W08 as logged, W09 changed, W10 new
    const second = [record('credit-risk', 'r2', '2026-W08', 0.01), record('credit-risk', 'r2', '2026-W09', 0.05), record('credit-risk', 'r2', '2026-W10', 0.03)];
    expect(await appendNewToMonitoringLog(other, second, { remote: 'origin', author: IDENTITY })).toMatchObject({ appended: 2, unchanged: 1 });
    const again = await appendNewToMonitoringLog(other, second, { remote: 'origin', author: IDENTITY });
    expect(again).toMatchObject({ appended: 0, unchanged: 3 });
    expect(again.tip).toBe(git(other, 'rev-parse', MONITORING_REF).trim());
    expect((await readMonitoringLog(clone, 'credit-risk', { remote: 'origin' })).map((r) => `${r.run} ${r.chunk.key}`)).toEqual(['r1 2026-W08', 'r1 2026-W09', 'r2 2026-W09', 'r2 2026-W10']);
  });

  it('keeps a full clone full when it fetches the log, and says why when the remote cannot be reached', async () => {
    const { clone } = remoteAndClone();
    await appendMonitoringLog(clone, [record('credit-risk', 'r1', '2026-W08', 0.01)], { remote: 'origin', author: IDENTITY });
    await appendMonitoringLog(clone, [record('credit-risk', 'r2', '2026-W09', 0.01)], { remote: 'origin', author: IDENTITY });
    const full = join(tempDir(), 'full');
    git(tempDir(), 'clone', '--quiet', '--single-branch', '-b', 'main', git(clone, 'remote', 'get-url', 'origin').trim(), full);
    expect(await tryFetchMonitoringLog(full, 'origin')).toBeUndefined();
    expect(git(full, 'rev-parse', '--is-shallow-repository').trim()).toBe('false');
    expect(await readMonitoringLog(full, 'credit-risk')).toHaveLength(2);
    git(full, 'remote', 'add', 'offline', join(tempDir(), 'gone.git'));
    expect(await tryFetchMonitoringLog(full, 'offline')).toMatch(/cannot fetch modelops\/monitoring from 'offline'/);
  });

  it('after a refused push, waits 50-100 ms (jittered), fetches, re-appends and pushes', async () => {
    const { remote, clone } = remoteAndClone();
    refusePushes(remote, 1);
    const sleep = recordingSleep();
    await appendMonitoringLog(clone, [record('credit-risk', 'r1', '2026-W08', 0.01)], { remote: 'origin', author: IDENTITY, sleep });
    expect(sleep.waits).toHaveLength(1);
    expect(sleep.waits[0]).toBeGreaterThanOrEqual(50);
    expect(sleep.waits[0]).toBeLessThan(100);
    expect((await readMonitoringLog(clone, 'credit-risk', { remote: 'origin' })).map((r) => r.run)).toEqual(['r1']);
  });

  it('gives up after its attempts, waiting longer before each', async () => {
    const { remote, clone } = remoteAndClone();
    refusePushes(remote, 5);
    const sleep = recordingSleep();
    await expect(appendMonitoringLog(clone, [record('credit-risk', 'r1', '2026-W08', 0.01)], { remote: 'origin', author: IDENTITY, attempts: 3, sleep })).rejects.toThrow(/after 3 attempts/);
    expect(sleep.waits).toHaveLength(2);
    expect(sleep.waits[0]).toBeLessThan(100);
    expect(sleep.waits[1]).toBeGreaterThanOrEqual(100);
    expect(sleep.waits[1]).toBeLessThan(150);
  });

  it('appends and reads back records per model, without touching HEAD, the index or the work tree', async () => {
    const { clone } = remoteAndClone();
    const head = git(clone, 'rev-parse', 'HEAD');
    writeFileSync(join(clone, 'untracked.txt'), 'mine\n');
    await appendMonitoringLog(clone, [record('credit-risk', 'r1', '2026-W08', 0.01), record('churn', 'r1', '2026-W08', 0.2)], { author: IDENTITY });
    await appendMonitoringLog(clone, [record('credit-risk', 'r2', '2026-W09', 0.31)], { author: IDENTITY });
    const credit = await readMonitoringLog(clone, 'credit-risk');
    expect(credit.map((r) => [r.run, r.chunk.key, r.results['drift.age.psi']])).toEqual([
      ['r1', '2026-W08', 0.01],
      ['r2', '2026-W09', 0.31],
    ]);
    expect((await readMonitoringLog(clone, 'churn')).length).toBe(1);
    expect(await readMonitoringLog(clone, 'absent')).toEqual([]);
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(clone, 'status', '--porcelain')).toBe('?? untracked.txt\n');
    // The log branch shares no history with main.
    expect(git(clone, 'log', '--format=%s', MONITORING_REF).trim().split('\n').length).toBe(2);
    expect(() => git(clone, 'merge-base', 'HEAD', MONITORING_REF)).toThrow();
  });

  it('survives a shallow clone of the default branch: fetches only the log ref and appends on it', async () => {
    const { remote, clone } = remoteAndClone();
    await appendMonitoringLog(clone, [record('credit-risk', 'r1', '2026-W08', 0.01)], { remote: 'origin', author: IDENTITY });
    const shallow = join(tempDir(), 'shallow');
    git(tempDir(), 'clone', '--quiet', '--depth', '1', '--single-branch', '--branch', 'main', `file://${remote}`, shallow);
    expect(await readMonitoringLog(shallow, 'credit-risk')).toEqual([]);
    expect((await readMonitoringLog(shallow, 'credit-risk', { remote: 'origin' })).map((r) => r.run)).toEqual(['r1']);
    await appendMonitoringLog(shallow, [record('credit-risk', 'r2', '2026-W09', 0.02)], { remote: 'origin', author: IDENTITY });
    expect((await readMonitoringLog(clone, 'credit-risk', { remote: 'origin' })).map((r) => r.run)).toEqual(['r1', 'r2']);
  });

  it('loses no record when two runs push to one remote at once', async () => {
    const { remote, clone } = remoteAndClone();
    const other = join(tempDir(), 'other');
    git(tempDir(), 'clone', '--quiet', remote, other);
    const runs = [clone, other].map((dir, i) =>
      (async () => {
        for (let week = 1; week <= 4; week++) await appendMonitoringLog(dir, [record('credit-risk', `run-${i}`, `2026-W0${week}`, week / 10)], { remote: 'origin', author: IDENTITY });
      })(),
    );
    await Promise.all(runs);
    const landed = await readMonitoringLog(clone, 'credit-risk', { remote: 'origin' });
    expect(landed.length).toBe(8);
    expect(landed.filter((r) => r.run === 'run-0').map((r) => r.chunk.key)).toEqual(['2026-W01', '2026-W02', '2026-W03', '2026-W04']);
    expect(landed.filter((r) => r.run === 'run-1').map((r) => r.chunk.key)).toEqual(['2026-W01', '2026-W02', '2026-W03', '2026-W04']);
  });

  it('refuses an invalid record before writing anything', async () => {
    const { clone } = remoteAndClone();
    const bad = { ...record('credit-risk', 'r1', '2026-W08', 0.1), time: 'yesterday' };
    await expect(appendMonitoringLog(clone, [bad], { author: IDENTITY })).rejects.toThrow(/record 1 \(credit-risk, chunk 2026-W08\): .*: time: must be a UTC instant like 2026-02-09T06:00:00Z, found "yesterday"$/);
    expect(() => git(clone, 'rev-parse', '--verify', MONITORING_REF)).toThrow();
  });

  it('names the file and line of a bad line', () => {
    const good = JSON.stringify(record('credit-risk', 'r1', 'W1', 0.1));
    expect(() => parseMonitoringLog(`${good}\n{"model":"credit-risk"}\n`, 'credit-risk.jsonl')).toThrow(/modelops\/monitoring:credit-risk\.jsonl, line 2: not a monitoring log record .*: \(document\): missing required field 'version'/);
    const wrongType = JSON.stringify({ ...record('credit-risk', 'r1', 'W1', 0.1), chunk: { key: 'W1', rows: '12' } });
    expect(() => parseMonitoringLog(`${wrongType}\n`, 'credit-risk.jsonl')).toThrow(/line 1: .*: chunk\.rows: must be an integer, found "12"$/);
    expect(() => parseMonitoringLog(`${good}\n${good}\nnot json\n`, 'credit-risk.jsonl')).toThrow(/credit-risk\.jsonl, line 3: not JSON/);
  });
});
