// `npm run demo`: the whole story on the example repository, offline, from the bundled CLI.
// A scratch git repository is built from example-repo/ and a history is replayed:
//  1. v1 (logistic regression) goes development -> staging -> production over six weeks, each step
//     promoted by `modelops promote` (GTO tags carrying the evidence), which enforces each stage's
//     approvals and the soak in staging;
//  2. a pull request proposes v2 (gradient boosting): the gate compares it with v1 in production; its
//     under-25 demographic parity ratio is 0.60 against a bound of 0.8, but on 35 under-25 rows the 95%
//     interval [0.37, 1] still reaches the bound, so the fairness gate warns (not shown broken); the PR
//     is blocked because 2.0.0 goes to production without soaking in staging, and the report says why;
//  3. a second pull request, v1.1.0 (v1 with a tighter latency budget), is blocked for missing
//     approvals and the soak it never had; the model-risk team waives the soak in the policy (reviewed,
//     expiring), a second reviewer approves, it is merged and promoted with the waiver in its evidence;
//  4. monitoring over time: the scheduled drift check reads the production weeks (2026-W36 …) as weekly
//     chunks, with labels for the early weeks; a first run logs ten weeks to the monitoring log
//     (branch modelops/monitoring), four more weeks arrive with no manifest change, and the second run
//     shows the series (estimated vs realised performance), the week the alert starts and the issue it
//     would open;
//  5. the audit prints the timeline from the tags and history alone, and the waiver in force;
//  6. one tampering — a tag's evidence verdict edited and the tag re-created with its date — and the
//     audit names it (exit 1).
// Reports are written as JSON, Markdown and HTML; the run ends with where they are.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// MODELOPS_DEMO_FROM_SOURCE=1 runs the CLI from src/ (through tsx) instead of the bundle in dist/.
const cliArgs = process.env.MODELOPS_DEMO_FROM_SOURCE ? ['--import', 'tsx', join(root, 'src', 'bin.ts')] : [join(root, 'dist', 'cli.js')];
const out = join(root, '.modelops', 'demo');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const started = performance.now();
const bold = (text) => (process.stdout.isTTY ? `\u001b[1m${text}\u001b[0m` : text);

function step(title) {
  process.stdout.write(`\n${bold(`== ${title}`)}\n`);
}

/** Runs the CLI (at the instant `at` of the replayed history, else now); `expectedExit` undefined accepts any exit. */
function modelops(args, expectedExit, { echo = true, at } = {}) {
  if (echo) process.stdout.write(`$ modelops ${args.join(' ')}\n`);
  const clock = at ? ['--import', join(root, 'scripts', 'demo-clock.mjs')] : [];
  const run = spawnSync(process.execPath, [...clock, ...cliArgs, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...(at ? { MODELOPS_DEMO_NOW: at } : {}) } });
  if (echo) process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (expectedExit !== undefined && run.status !== expectedExit) {
    process.stderr.write(`demo: expected exit ${expectedExit} from modelops ${args[0]}, got ${run.status}\n`);
    process.exit(1);
  }
  return run;
}

/** The same report again as Markdown and HTML files. */
function saveReport(args, name, expectedExit) {
  writeFileSync(join(out, `${name}.md`), modelops([...args, '--format', 'markdown'], expectedExit, { echo: false }).stdout);
  writeFileSync(join(out, `${name}.html`), modelops([...args, '--format', 'html'], expectedExit, { echo: false }).stdout);
}

const exampleRepo = join(root, 'example-repo');
const repo = mkdtempSync(join(tmpdir(), 'modelops-demo-'));
const manifestPath = join(repo, 'models/credit-risk/model.yaml');
const gitAt = (date, ...args) =>
  execFileSync('git', ['-c', 'user.name=Demo Data Scientist', '-c', 'user.email=ds@example.com', '-c', 'tag.gpgSign=false', '-c', 'commit.gpgSign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
  }).trim();
const git = (...args) => gitAt(undefined, ...args);
const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString();
const tagger = 'modelops-bot <bot@example.com>';

try {
  for (const entry of ['modelops.yaml', 'models', 'train']) cpSync(join(exampleRepo, entry), join(repo, entry), { recursive: true });
  // The demo promotes from the command line, which cannot ask GitHub who is in a team: it counts the
  // asserted approvals for the policy's teams, flagged unverified (the Action with a read:org token verifies them).
  const policyPath = join(repo, 'modelops.yaml');
  writeFileSync(policyPath, readFileSync(policyPath, 'utf8').replace(/(approvals: \{count: \d, from: \["@credit-ml\/[a-z-]+"\])\}/g, '$1, unverified_membership: warn}'));
  const v1 = readFileSync(manifestPath, 'utf8');
  const withStage = (text, stage) => text.replace(/^stage: \w+$/m, `stage: ${stage}`);
  git('init', '-q', '-b', 'main');

  step('1. History: credit-risk 1.0.0 goes development -> staging -> production over six weeks, one promotion per merge');
  let before = '';
  const stages = [
    ['development', '1', 'alice', ['bob'], 60],
    ['staging', '2', 'alice', ['bob'], 45],
    ['production', '3', 'alice', ['carol', 'dave'], 30],
  ];
  for (const [stage, pr, author, approvers, age] of stages) {
    const at = daysAgo(age);
    writeFileSync(manifestPath, withStage(v1, stage));
    gitAt(at, 'add', '-A');
    gitAt(at, 'commit', '-q', '-m', `credit-risk 1.0.0 -> ${stage} (#${pr})`);
    const args = ['promote', '--repo', repo, '--pr', pr, '--pr-author', author, ...approvers.flatMap((a) => ['--approver', a]), '--tagger', tagger];
    modelops(before ? [...args, '--since', before] : args, 0, { echo: stage === 'production', at: new Date(Date.parse(at) + 600_000).toISOString() });
    before = git('rev-parse', 'HEAD');
  }
  process.stdout.write(`\n$ git tag -l 'credit-risk*'\n${git('tag', '-l', 'credit-risk*')}\n`);

  step('2. Pull request #4: credit-risk 2.0.0, gradient boosting, threshold 0.45 — gated against 1.0.0 in production');
  git('switch', '-q', '-c', 'v2-gradient-boosting');
  const v1Sha = /sha256: (d35e1f77[0-9a-f]{56})/.exec(v1)[1];
  const v2 = v1
    .replace('version: 1.0.0', 'version: 2.0.0')
    .replace('path: models/credit-risk/model-v1.onnx', 'path: models/credit-risk/model-v2.onnx')
    .replace(`sha256: ${v1Sha}`, 'sha256: f1cbc28cc641e4caf024cc8909eab9d5decda9969be086923f20b38d93ff3bdd')
    .replace('threshold: 0.5', 'threshold: 0.45')
    .replace('# credit-risk v1: logistic regression', '# credit-risk v2: gradient boosting (train/train_v2.py)');
  writeFileSync(manifestPath, v2);
  git('commit', '-q', '-am', 'credit-risk 2.0.0: gradient boosting');
  const v2Gate = ['gate', '--repo', repo, '--base', 'main'];
  modelops([...v2Gate, '--output', join(out, 'pr-4-v2.json')], 1);
  saveReport(v2Gate, 'pr-4-v2', 1);
  process.stdout.write(
    'Blocked: 2.0.0 goes to production without the 7 days in staging the policy asks for. The fairness gate warns: the under-25 ratio 0.60 is below 0.8, but 35 under-25 rows cannot show it broken at 95% — the report above gives the interval; `rule: point-estimate` would block.\n',
  );

  step('3. Pull request #5: credit-risk 1.1.0, v1 with a p99 latency budget added — blocked, waived, approved, merged, promoted');
  git('switch', '-q', 'main');
  git('switch', '-q', '-c', 'v1.1-latency-budget');
  writeFileSync(manifestPath, withStage(v1, 'production').replace('version: 1.0.0', 'version: 1.1.0').replace('      p95: {max: 50}\n', '      p95: {max: 50}\n      p99: {max: 100}\n'));
  git('commit', '-q', '-am', 'credit-risk 1.1.0: p99 latency budget');
  const prGate = ['gate', '--repo', repo, '--base', 'main', '--pr', '5', '--pr-author', 'alice'];
  modelops([...prGate, '--approver', 'carol', '--output', join(out, 'pr-5-blocked.json')], 1);
  process.stdout.write('Blocked: one approval of the two production needs, and 1.1.0 never soaked in staging.\n');
  // The model-risk team reviews the exception: the same artifact as 1.0.0, which soaked 15 days; only a budget is added.
  const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  writeFileSync(
    policyPath,
    `${readFileSync(policyPath, 'utf8').trimEnd()}\nwaivers:\n  - model: credit-risk\n    version: 1.1.0\n    check: soak\n    reason: 1.1.0 is the artifact of 1.0.0, which soaked 15 days in staging; it only adds a p99 latency budget\n    approved_by: ["@erin"]\n    expires: ${expires}\n`,
  );
  git('commit', '-q', '-am', 'Waive the staging soak of credit-risk 1.1.0 (approved by @erin, model risk)');
  process.stdout.write(`\nThe waiver, added to modelops.yaml in the pull request and reviewed with it:\n${git('show', '--format=%s', 'HEAD', '--', 'modelops.yaml').split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).join('\n')}\n\n`);
  modelops([...prGate, '--approver', 'carol', '--approver', 'dave', '--output', join(out, 'pr-5-v1.1.json')], 0);
  saveReport([...prGate, '--approver', 'carol', '--approver', 'dave'], 'pr-5-v1.1', 0);
  git('switch', '-q', 'main');
  git('merge', '-q', '--no-ff', '-m', 'Merge pull request #5 from v1.1-latency-budget', 'v1.1-latency-budget');
  modelops(['promote', '--repo', repo, '--since', before, '--pr', '5', '--pr-author', 'alice', '--approver', 'carol', '--approver', 'dave', '--tagger', tagger, '--output', join(out, 'promote.json')], 0);
  // The trail with plain git: every tag's one-line summary (the JSON evidence follows it in the message).
  process.stdout.write(`\n$ git tag -l --sort=creatordate --format='%(refname:short)  %(contents:subject)' 'credit-risk*'\n`);
  process.stdout.write(`${git('tag', '-l', '--sort=creatordate', '--format=%(refname:short)  %(contents:subject)', 'credit-risk*')}\n`);

  step('4. Monitoring over time: weekly chunks of production data, history in the monitoring log, the issue it would open');
  // The first run sees ten weeks (W36-W45); the other four arrive under the glob later, no manifest change.
  const weeks = join(repo, 'models/credit-risk/data/production');
  const late = ['2026-W46', '2026-W47', '2026-W48', '2026-W49'];
  for (const week of late) renameSync(join(weeks, `${week}.csv`), join(weeks, `${week}.later`));
  const driftArgs = ['drift', '--repo', repo, '--log'];
  const first = modelops(driftArgs, undefined, { echo: false });
  process.stdout.write(`$ modelops ${driftArgs.join(' ')}   # weeks 2026-W36 … W45\n${first.stdout.split('\n').filter((l) => /drift: |monitoring: /.test(l)).join('\n')}\n`);
  for (const week of late) renameSync(join(weeks, `${week}.later`), join(weeks, `${week}.csv`));
  process.stdout.write(`\n# four more weeks arrive under monitoring.current.glob: ${late.join(', ')}\n`);
  modelops([...driftArgs, '--output', join(out, 'drift.json')], 1);
  saveReport(['drift', '--repo', repo], 'drift', 1);
  process.stdout.write(`\n$ git log --oneline modelops/monitoring\n${git('log', '--oneline', 'modelops/monitoring')}\n`);
  modelops(['drift', '--repo', repo, '--issue'], 1);

  step('5. The audit trail, from the tags and the history alone, with the waiver in force');
  const auditArgs = ['audit', '--repo', repo];
  modelops([...auditArgs, '--output', join(out, 'audit.json')], 0);
  saveReport(auditArgs, 'audit', 0);

  step('6. One tampering, detected: the verdict in a tag\'s evidence edited from warn to pass, the tag re-created with its date');
  const tampered = 'credit-risk#production#4';
  const message = git('for-each-ref', '--format=%(contents)', `refs/tags/${tampered}`);
  const edited = message.replace('"verdict": "warn"', '"verdict": "pass"');
  if (edited === message) throw new Error(`demo: the evidence of ${tampered} has no "verdict": "warn" to edit`);
  const messageFile = join(repo, '.git', 'TAMPERED_MSG');
  writeFileSync(messageFile, edited);
  const taggerDate = git('for-each-ref', '--format=%(taggerdate:iso-strict)', `refs/tags/${tampered}`);
  gitAt(taggerDate, '-c', 'user.name=modelops-bot', '-c', 'user.email=bot@example.com', 'tag', '-f', '-a', tampered, `${tampered}^{commit}`, '-F', messageFile);
  process.stdout.write(`$ git tag -f -a '${tampered}' … -F edited-message   # same target, same date, verdict warn -> pass\n`);
  const audited = modelops(['audit', '--repo', repo], 1, { echo: false });
  process.stdout.write(`$ modelops audit --repo ${repo}\n${audited.stdout.split('\n').filter((l) => /^modelops audit|evidence-tampered|hint:/.test(l.trim()) || l.startsWith('modelops audit')).join('\n')}\n(exit ${audited.status})\n`);
} finally {
  rmSync(repo, { recursive: true, force: true });
}

step('Done');
process.stdout.write(`Reports (JSON, Markdown and HTML) are in ${out}\n`);
process.stdout.write(`Finished in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
