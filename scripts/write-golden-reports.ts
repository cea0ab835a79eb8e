// Writes the golden reports, src/core/report/render/golden/*.report.json: real reports of the example
// repository (validate, gate, the pull request against production, a broken manifest, the scheduled drift
// check on a drifted sample), made reproducible: git dates and the clock fixed, the scratch folder's path replaced by a
// runner's. The renderers' golden test (golden.test.ts) renders them and compares with the .txt, .md and
// .html.golden files beside them. Run after a change to what the commands put in a report:
//   node --import tsx scripts/write-golden-reports.ts && UPDATE_GOLDEN=1 npx vitest run src/core/report/render/golden.test.ts
// then review the diff. Timings (latency, throughput, memory) are measured anew on every run: where a
// golden report exists, its measurements are kept (model by model, check by check), so the diff shows
// what the change did and not how fast this machine was.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drift } from '../src/commands/drift.js';
import { gate } from '../src/commands/gate.js';
import { validate } from '../src/commands/validate.js';
import type { Report } from '../src/core/report/model.js';
import { GOLDEN_REPORTS as GOLDEN_DIR } from '../src/testing/golden-reports.js';
import { commitAll, editFile, git, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo, snapshotMonitoring } from '../src/testing/repos.js';

/** Where the reports say they ran: a GitHub runner's checkout, not this machine's scratch folder. */
export const GOLDEN_ROOT = '/home/runner/work/credit-models/credit-models';
const COMMITTED = '2026-03-02T09:00:00Z';
const NOW = new Date('2026-03-16T09:00:00Z');

/** A scratch copy of the example repository, committed on main at a fixed date. */
function repository(): string {
  const repo = scratchRepo();
  git(repo, 'init', '-q', '-b', 'main');
  commitAll(repo, 'initial');
  return repo;
}

/** The example with v1.0.0 in production and a pull request that lowers the threshold as 1.1.0. */
function pullRequest(): string {
  const repo = repository();
  git(repo, 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register credit-risk 1.0.0');
  git(repo, 'tag', '-a', 'credit-risk#production#1', '-m', 'credit-risk 1.0.0 -> production');
  git(repo, 'switch', '-q', '-c', 'lower-threshold');
  editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'threshold: 0.5', 'threshold: 0.35'), 'version: 1.0.0', 'version: 1.1.0'));
  return repo;
}

/** The example with a manifest that breaks the schema (a version that is not semver, an unknown metric). */
function broken(): string {
  const repo = repository();
  editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'version: 1.0.0', 'version: one'), /^( {6})roc_auc:/m, '$1roc_auk:'));
  return repo;
}

/** The example in production since the initial commit, whose weekly sample has drifted. */
function drifted(): string {
  const repo = scratchRepo();
  // The one-snapshot check (no monitoring.chunks), reading the drifted sample whatever the example reads in production.
  editFile(repo, MANIFEST, (t) => replaceOnce(snapshotMonitoring(t), /^( {2}current:\n {4})(glob|path|query): .*$/m, '$1path: models/credit-risk/data/current-drifted.csv'));
  git(repo, 'init', '-q', '-b', 'main');
  commitAll(repo, 'initial');
  git(repo, 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register credit-risk 1.0.0');
  git(repo, 'tag', '-a', 'credit-risk#production#1', '-m', 'credit-risk 1.0.0 -> production');
  return repo;
}

/** The golden reports, by file name (without .report.json). */
export async function goldenReports(): Promise<Record<string, Report>> {
  const saved = { GIT_AUTHOR_DATE: process.env['GIT_AUTHOR_DATE'], GIT_COMMITTER_DATE: process.env['GIT_COMMITTER_DATE'] };
  Object.assign(process.env, { GIT_AUTHOR_DATE: COMMITTED, GIT_COMMITTER_DATE: COMMITTED });
  const run = async (make: () => string, command: (repo: string) => Promise<Report>): Promise<Report> => {
    const repo = make();
    const report = await command(repo);
    return JSON.parse(JSON.stringify(report).replaceAll(repo, GOLDEN_ROOT)) as Report;
  };
  try {
    return {
      'validate-pass': await run(repository, (repo) => validate({ repo, now: NOW })),
      'validate-error': await run(broken, (repo) => validate({ repo, now: NOW })),
      'gate-warn': await run(repository, (repo) => gate({ repo, now: NOW })),
      'gate-pull-request-fail': await run(pullRequest, (repo) => gate({ repo, base: 'main', now: NOW })),
      'drift-drifted': await run(drifted, (repo) => drift({ repo, now: NOW })),
    };
  } finally {
    removeScratchRepos();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The report with the measurements (operational numbers, volatile checks) of `previous` where it has the same model and check. */
export function keepMeasurements(report: Report, previous: Report): Report {
  const out = structuredClone(report);
  for (const model of out.models) {
    const before = previous.models.find((m) => m.name === model.name);
    if (!before) continue;
    if (model.evaluation?.operational && before.evaluation?.operational) model.evaluation.operational = before.evaluation.operational;
    for (const g of model.gates) {
      const beforeGate = before.gates.find((b) => b.gate === g.gate);
      g.checks = g.checks.map((check) => {
        const old = check.volatile ? beforeGate?.checks.find((c) => c.volatile && c.name === check.name && c.verdict === check.verdict) : undefined;
        return old ? { ...check, value: old.value, message: old.message } : check;
      });
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const [name, fresh] of Object.entries(await goldenReports())) {
    const file = join(GOLDEN_DIR, `${name}.report.json`);
    const report = existsSync(file) ? keepMeasurements(fresh, JSON.parse(readFileSync(file, 'utf8')) as Report) : fresh;
    writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    console.log(`${name}: ${report.command} ${report.verdict} (exit ${report.exitCode})`);
  }
}
