// `npm run demo`: the main job on the example repository, offline, from the bundled CLI.
// 1. validate example-repo as it is (passes);
// 2. gate it: the ONNX model run on its evaluation data through its gates;
// 3. in a scratch git copy whose history has v1 registered and in production, a pull request that
//    changes the decision threshold without a version bump (the policy catches it: exit 1);
// 4. the same change as 1.1.0, gated against the production version (champion comparison);
// the reports written as JSON and Markdown.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const out = join(root, '.modelops', 'demo');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const started = performance.now();

function step(title) {
  process.stdout.write(`\n\u001b[1m== ${title}\u001b[0m\n`);
}

function modelops(args, expectedExit, { echo = true } = {}) {
  if (echo) process.stdout.write(`$ modelops ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  if (echo) process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (expectedExit !== undefined && run.status !== expectedExit) {
    process.stderr.write(`demo: expected exit ${expectedExit}, got ${run.status}\n`);
    process.exit(1);
  }
  return run;
}

step('1. Validate the example repository (German credit model v1, in production)');
const exampleRepo = join(root, 'example-repo');
modelops(['validate', '--repo', exampleRepo, '--output', join(out, 'validate.json')], 0);

step('2. Gate it: run the ONNX model on its evaluation data through its gates');
modelops(['gate', '--repo', exampleRepo, '--output', join(out, 'gate.json')], 0);
writeFileSync(join(out, 'gate.md'), modelops(['gate', '--repo', exampleRepo, '--format', 'markdown'], 0, { echo: false }).stdout);

const scratch = mkdtempSync(join(tmpdir(), 'modelops-demo-'));
try {
  for (const entry of ['modelops.yaml', 'models', 'train']) cpSync(join(exampleRepo, entry), join(scratch, entry), { recursive: true });
  const git = (...args) => execFileSync('git', ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.com', '-c', 'tag.gpgSign=false', ...args], { cwd: scratch, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'credit-risk 1.0.0');
  // The history a merge would have written: v1 registered and in production (GTO tags).
  git('tag', '-a', 'credit-risk@v1.0.0', '-m', 'register credit-risk 1.0.0');
  git('tag', '-a', 'credit-risk#production#1', '-m', 'credit-risk 1.0.0 -> production');
  const manifest = join(scratch, 'models/credit-risk/model.yaml');
  const v1 = readFileSync(manifest, 'utf8');

  step('3. A pull request that lowers the decision threshold but keeps version 1.0.0');
  git('switch', '-q', '-c', 'lower-threshold');
  writeFileSync(manifest, v1.replace('threshold: 0.5', 'threshold: 0.35'));
  modelops(['validate', '--repo', scratch, '--base', 'main', '--output', join(out, 'pr-no-bump.json')], 1);

  step('4. The same change as version 1.1.0, gated against the production version');
  writeFileSync(manifest, v1.replace('threshold: 0.5', 'threshold: 0.35').replace('version: 1.0.0', 'version: 1.1.0'));
  const gateRun = modelops(['gate', '--repo', scratch, '--base', 'main', '--output', join(out, 'pr.json')], undefined);
  writeFileSync(join(out, 'pr.md'), modelops(['gate', '--repo', scratch, '--base', 'main', '--format', 'markdown'], gateRun.status, { echo: false }).stdout);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

step('Done');
process.stdout.write(`Reports (JSON and Markdown) are in ${out}\n`);
process.stdout.write(`Finished in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
