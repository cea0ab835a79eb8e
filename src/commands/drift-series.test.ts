// `modelops drift` over time on the example's production weeks (monitoring.chunks: weekly, Europe/Berlin;
// labels joined by application_id): a week that arrives under the glob is one more chunk with no manifest
// change; the monitoring log (branch modelops/monitoring) survives a shallow clone and carries the chunks of
// earlier runs into the series; two runs appending at once both land.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../core/report/render/markdown.js';
import { renderText } from '../core/report/render/text.js';
import { REPORT_SCHEMA } from '../core/report/schema.js';
import { readMonitoringLog } from '../io/git/monitoring-log.js';
import { commitAll, editFile, git, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../testing/repos.js';
import { audit } from './audit.js';
import { drift } from './drift.js';

afterAll(removeScratchRepos);

const validateReport = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(REPORT_SCHEMA);
})();

const NOW = new Date('2026-12-07T06:00:00Z');
const WEEKS = 'models/credit-risk/data/production';
const later = ['2026-W47', '2026-W48', '2026-W49'];
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'modelops-log-'));
  scratch.push(dir);
  return dir;
};

/** Moves the weekly files out of the glob (to <name>.held), as if they had not arrived yet. */
function hold(repo: string, weeks: readonly string[]): void {
  for (const week of weeks) renameSync(join(repo, WEEKS, `${week}.csv`), join(repo, WEEKS, `${week}.held`));
}
function arrive(repo: string, week: string): void {
  renameSync(join(repo, WEEKS, `${week}.held`), join(repo, WEEKS, `${week}.csv`));
}

describe('a new week under the glob', () => {
  it('is one more chunk on the next run, with no manifest change; the verdict follows the latest week', async () => {
    const repo = scratchRepo();
    const manifest = readFileSync(join(repo, MANIFEST), 'utf8');
    hold(repo, later);
    const before = await drift({ repo, now: NOW });
    expect(validateReport(before), JSON.stringify(validateReport.errors)).toBe(true);
    const series = before.models[0]!.monitoring!.series!;
    expect(series.chunks.map((c) => c.key)).toEqual(['2026-W36', '2026-W37', '2026-W38', '2026-W39', '2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46']);
    // Monday 2026-08-31 00:00 in Berlin (CEST) is 22:00 UTC the day before
    expect(series.chunks[0]).toMatchObject({ start: '2026-08-30T22:00:00Z', end: '2026-09-06T22:00:00Z' });
    // labels arrived for weeks 1-10 only (data/README.md): realised values there, null after
    const realised = series.signals.find((s) => s.id === 'realised.roc_auc')!;
    expect(realised.values.slice(0, 10).every((v) => v !== null)).toBe(true);
    expect(realised.values[10]).toBeNull();
    expect(series.labels).toMatchObject({ matched: series.labels!.given, unmatched: 0 });
    expect(series.signals.some((s) => s.id === 'cbpe.roc_auc')).toBe(true);

    arrive(repo, '2026-W47');
    const after = await drift({ repo, now: NOW });
    expect(readFileSync(join(repo, MANIFEST), 'utf8')).toBe(manifest);
    const model = after.models[0]!;
    expect(model.monitoring!.series!.chunks.map((c) => c.key).at(-1)).toBe('2026-W47');
    expect(model.monitoring!.series!.chunks).toHaveLength(12);
    // the shift starts in 2026-W44 (data/README.md): the age test stays inside its band (from the reference
    // period W36-W43) for the eight weeks before and is out of it in most weeks after (the band moves with
    // the median chunk size, so which of W44-W47 alert depends on the weeks present)
    const age = model.monitoring!.series!.signals.find((s) => s.id === 'drift.age.statistic')!;
    expect(age.alerts.slice(0, 8).some(Boolean)).toBe(false);
    expect(age.alerts.slice(8).filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(age.alerts.at(-1)).toBe(true);
    expect(model.monitoring!.latest).toMatchObject({ chunk: '2026-W47' });
    expect(model.monitoring!.latest!.driftingSince! >= '2026-W44').toBe(true);
    expect(model.monitoring!.latest!.alerts).toContain('drift.age.statistic');
    expect(model.monitoring!.drifted).toBe(true);
    expect(model.gates.find((g) => g.gate === 'drift')).toMatchObject({ verdict: 'fail' });
    expect(after.exitCode).toBe(1);
    expect(renderMarkdown(after)).toContain('| 2026-W47 |');
  });
});

describe('the reference period', () => {
  it('needs the labels of every row in it: weeks without labels are refused, naming the field', async () => {
    const repo = scratchRepo();
    editFile(repo, MANIFEST, (text) => replaceOnce(text, 'reference_until: 2026-W43', 'reference_until: 2026-W46'));
    const report = await drift({ repo, now: NOW });
    expect(report.exitCode).toBe(2);
    expect(report.models[0]!.findings[0]!.message).toMatch(/monitoring\.chunks\.reference_until '2026-W46': \d+ of the \d+ rows of the reference period have no label/);
    editFile(repo, MANIFEST, (text) => replaceOnce(text, 'reference_until: 2026-W46', 'reference_until: 2025-W01'));
    expect((await drift({ repo, now: NOW })).models[0]!.findings[0]!.message).toMatch(/'2025-W01' is not a chunk of the current data \(its chunks: 2026-W36 to 2026-W49\)/);
  });
});

describe('the monitoring log', () => {
  let origin: string;
  // a repository with a remote, as the Action has it
  const freshOrigin = (): string => {
    const work = scratchRepo();
    git(work, 'init', '-q', '-b', 'main');
    commitAll(work, 'example');
    const bare = join(tempDir(), `origin-${Math.random().toString(36).slice(2)}.git`);
    git(work, 'clone', '-q', '--bare', work, bare);
    return bare;
  };
  beforeAll(() => {
    origin = freshOrigin();
  });

  it('survives a shallow clone: a later run fetches it, shows the earlier chunks and appends on top', async () => {
    const first = join(tempDir(), 'first');
    git(tempDir(), 'clone', '-q', `file://${origin}`, first);
    const run1 = await drift({ repo: first, now: NOW, log: true, runId: 'run-1' });
    expect(run1.models[0]!.monitoring!.history).toMatchObject({ branch: 'modelops/monitoring', records: 0, appended: 14 });

    // audit at a date: the week containing it, from the log
    const audited = await audit({ repo: first, at: new Date('2026-10-28T12:00:00Z'), now: NOW });
    expect(audited.models.find((m) => m.name === 'credit-risk')!.audit!.monitoring).toMatchObject({
      records: 14,
      seen: { chunk: '2026-W44', covers: true, run: 'run-1', loggedAfter: true, start: '2026-10-25T23:00:00Z' },
    });
    expect(renderText(audited, { color: false })).toMatch(/monitoring: chunk 2026-W44 \(106 rows, version 1\.0\.0, run run-1 later, at 2026-12-07T06:00:00\.000Z\): \d+ alert/);

    const shallow = join(tempDir(), 'shallow');
    git(tempDir(), 'clone', '-q', '--depth', '1', `file://${origin}`, shallow);
    expect(git(shallow, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    // this run's export no longer has the first three weeks (e.g. a rolling window): they come from the log
    hold(shallow, ['2026-W36', '2026-W37', '2026-W38']);
    const run2 = await drift({ repo: shallow, now: NOW, log: true, runId: 'run-2' });
    expect(validateReport(run2), JSON.stringify(validateReport.errors)).toBe(true);
    const monitoring = run2.models[0]!.monitoring!;
    expect(monitoring.history).toMatchObject({ records: 14, fromLog: ['2026-W36', '2026-W37', '2026-W38'], runs: ['run-1'], appended: 11 });
    expect(monitoring.series!.chunks.map((c) => c.key).slice(0, 4)).toEqual(['2026-W36', '2026-W37', '2026-W38', '2026-W39']);
    // a logged chunk keeps its logged values; a chunk in both is this run's
    const logged = await readMonitoringLog(origin, 'credit-risk');
    expect(logged.map((r) => r.run).filter((r) => r === 'run-2')).toHaveLength(11);
    const age = monitoring.series!.signals.find((s) => s.id === 'drift.age.statistic')!;
    expect(age.values[0]).toBe(logged.find((r) => r.run === 'run-1' && r.chunk.key === '2026-W36')!.results['drift.age.statistic']);
    expect(monitoring.latest).toMatchObject({ chunk: '2026-W49', driftingSince: '2026-W44' });
  });

  it('is fetched by audit in a clone that has no log branch; offline, audit reads the local copy and says so', async () => {
    const fresh = join(tempDir(), 'fresh');
    git(tempDir(), 'clone', '-q', '--single-branch', '-b', 'main', `file://${origin}`, fresh);
    expect(git(fresh, 'branch', '--list', 'modelops/monitoring').trim()).toBe('');
    const at = new Date('2026-10-28T12:00:00Z');
    const fetched = (await audit({ repo: fresh, at, now: NOW })).models.find((m) => m.name === 'credit-risk')!.audit!.monitoring!;
    expect(fetched).toMatchObject({ seen: { chunk: '2026-W44' } });
    expect(fetched.records).toBeGreaterThan(0);
    expect(fetched.note).toBeUndefined();
    expect(git(fresh, 'rev-parse', '--is-shallow-repository').trim()).toBe('false');

    git(fresh, 'remote', 'set-url', 'origin', join(tempDir(), 'gone.git'));
    const offline = await audit({ repo: fresh, at, now: NOW });
    expect(offline.models.find((m) => m.name === 'credit-risk')!.audit!.monitoring).toMatchObject({ records: fetched.records, seen: { chunk: '2026-W44' }, note: expect.stringMatching(/^not fetched, the local copy is shown: cannot fetch modelops\/monitoring from 'origin'/) });
    expect(validateReport(offline), JSON.stringify(validateReport.errors)).toBe(true);
    expect(renderText(offline, { color: false })).toMatch(/monitoring: chunk 2026-W44 .*\(monitoring log not fetched, the local copy is shown: cannot fetch/);
  });

  it('appends only what is new: the same weeks read again are left out, and the text says how many', async () => {
    const remote = freshOrigin();
    const a = join(tempDir(), 'again-a');
    git(tempDir(), 'clone', '-q', '--depth', '1', `file://${remote}`, a);
    const run1 = await drift({ repo: a, now: NOW, log: true, runId: 'run-1' });
    expect(run1.models[0]!.monitoring!.history).toMatchObject({ appended: 14, unchanged: 0 });
    const run2 = await drift({ repo: a, now: NOW, log: true, runId: 'run-2' });
    expect(run2.models[0]!.monitoring!.history).toMatchObject({ records: 14, appended: 0, unchanged: 14 });
    expect(renderText(run2, { color: false })).toContain('0 records appended to modelops/monitoring, 14 unchanged');
    expect(await readMonitoringLog(remote, 'credit-risk')).toHaveLength(14);
    // one week's rows changed (a late correction drops a row), the last week is no longer exported:
    // only the changed week is appended again, the missing one comes from the log
    editFile(a, `${WEEKS}/2026-W48.csv`, (text) => text.trimEnd().split('\n').slice(0, -1).join('\n') + '\n');
    hold(a, ['2026-W49']);
    const run3 = await drift({ repo: a, now: NOW, log: true, runId: 'run-3' });
    expect(run3.models[0]!.monitoring!.history).toMatchObject({ appended: 1, unchanged: 12, fromLog: ['2026-W49'] });
    const logged = await readMonitoringLog(remote, 'credit-risk');
    expect(logged.filter((r) => r.run === 'run-3').map((r) => r.chunk.key)).toEqual(['2026-W48']);
  });

  it('keeps one copy when two runs on the same data append at once: the later one finds the earlier one\'s records', async () => {
    const remote = freshOrigin();
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    git(tempDir(), 'clone', '-q', '--depth', '1', `file://${remote}`, a);
    git(tempDir(), 'clone', '-q', '--depth', '1', `file://${remote}`, b);
    const [ra, rb] = await Promise.all([drift({ repo: a, now: NOW, log: true, runId: 'run-a' }), drift({ repo: b, now: NOW, log: true, runId: 'run-b' })]);
    const histories = [ra, rb].map((r) => r.models[0]!.monitoring!.history!);
    expect(histories.map((h) => h.appended).sort((x, y) => x! - y!)).toEqual([0, 14]);
    expect(histories.map((h) => h.unchanged).sort((x, y) => x! - y!)).toEqual([0, 14]);
    const runs = (await readMonitoringLog(remote, 'credit-risk')).map((r) => r.run);
    expect(runs).toHaveLength(14);
    expect(new Set(runs).size).toBe(1);
  });
});
