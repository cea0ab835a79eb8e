#!/usr/bin/env node
// Benchmark (issue 7): `modelops audit` of a repository with 10,000 commits on main, 200 models and
// 2,000 promotion tags, each tag carrying full evidence (a real gate report of the example model, about
// 45 KB). Goal: <= 3 s. (GTO users report 6-12 s per command at 1,500 tags.)
//
// The repository is generated in os.tmpdir() with `git fast-import`, in two passes (commits, then the
// annotated tags, whose evidence names the commits' ids): one commit per push; per model, a commit that
// adds it (v1.0.0 in development: registration + stage tag), moves it to staging and to production
// (stage tags), three new versions in production (registration + stage tag each) and one description
// edit (no tag); every other commit edits an unrelated file. The evidence is what `modelops promote`
// writes: the pushed range, the manifest's blob id and content digest, the pinned files' blob ids.
// Three direct pushes at the end bump a version without a promotion, so a correct audit exits 1 with
// exactly three `unpromoted-change` and three `registry-disagrees` findings (main declares versions
// no tag records) — checked, so a fast but blind audit fails the bench.
//
// Timed (BENCH_RUNS fresh processes each, warm page cache):
//   audit()   the audit command's function in a process that has loaded the code (git + parsing + checks);
//   cli       `modelops audit --format json` end to end, from src/bin.ts bundled with esbuild as
//             `npm run bundle` does (into node_modules/.cache, leaving dist/ alone): the goal's number;
//   tsx       the same from the TypeScript sources (`node --import tsx src/bin.ts`), for comparison.
// Prints a table and one `BENCH {json}` line; exits 1 on a wrong result (not on a missed goal).
//
// Environment: BENCH_COMMITS (default 10000), BENCH_MODELS (default 200), BENCH_RUNS (default 3),
// BENCH_KEEP=1 keeps the repository.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { intFromEnv } from './lib/env.mjs';
import { random } from './lib/random.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = join(ROOT, 'example-repo');
const TEMPLATE_MANIFEST = 'models/credit-risk/model.yaml';
const GOAL_S = 3.0;
const ANOMALIES = 3;
const TAGS_PER_MODEL = 10; // register+development, staging, production, 3 x (register + production)
const T0 = Date.UTC(2023, 0, 2) / 1000;
const SECONDS_PER_COMMIT = 600;

const COMMITS = intFromEnv('BENCH_COMMITS', 10_000);
const MODELS = intFromEnv('BENCH_MODELS', 200);
const RUNS = intFromEnv('BENCH_RUNS', 3);

const tsx = (args, options = {}) => spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, ...options });

const blobId = (bytes) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function replaceOnce(text, from, to) {
  if (!from.test(text)) throw new Error(`${TEMPLATE_MANIFEST} no longer contains ${from}; update bench/audit.mjs`);
  return text.replace(from, to);
}

// --- generation (runs under tsx: it uses the project's manifest parser for the content digests) ----

async function generate(dir) {
  const source = (path) => import(pathToFileURL(join(ROOT, path)).href);
  const [{ loadManifest }, { contentDigest, formatEvidenceMessage }, { TOOL_VERSION }] = await Promise.all([
    source('src/core/manifest/validate/documents.ts'),
    source('src/core/promotion/evidence.ts'),
    source('src/version.ts'),
  ]);
  const started = performance.now();
  const rand = random(20240607);
  const template = readFileSync(join(EXAMPLE, TEMPLATE_MANIFEST), 'utf8');
  const report = JSON.parse(readFileSync(join(dir, '..', 'gate-report.json'), 'utf8'));
  const shared = ['modelops.yaml', 'models/credit-risk/data/training.csv', 'models/credit-risk/data/evaluation.csv', 'models/credit-risk/data/reference.csv'].map((path) => {
    const bytes = readFileSync(join(EXAMPLE, path));
    return { path, bytes, blob: blobId(bytes), sha256: sha256(bytes) };
  });

  const models = Array.from({ length: MODELS }, (_, i) => ({ name: `model-${String(i).padStart(3, '0')}`, version: '1.0.0', stage: 'development', description: 0, artifact: undefined, counter: 0, registeredAt: new Map() }));
  const artifactFor = (model) => {
    const bytes = Buffer.alloc(7172);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
    return { path: `models/${model.name}/model.onnx`, bytes, blob: blobId(bytes), sha256: sha256(bytes) };
  };
  const manifestText = (model) => {
    let text = replaceOnce(template, /^ {2}name: credit-risk$/m, `  name: ${model.name}`);
    text = replaceOnce(text, /^ {2}version: \S+$/m, `  version: ${model.version}`);
    text = replaceOnce(text, /^stage: \S+$/m, `stage: ${model.stage}`);
    text = replaceOnce(text, /^ {2}path: models\/credit-risk\/model-v1\.onnx$/m, `  path: ${model.artifact.path}`);
    text = replaceOnce(text, /^( {2}sha256: )[0-9a-f]{64}(\n {2}format: onnx)$/m, `$1${model.artifact.sha256}$2`);
    return replaceOnce(text, /^( {2}description: )(.*)$/m, `$1$2${model.description > 0 ? ` (revision ${model.description})` : ''}`);
  };

  // Each model's life, interleaved at random; then spread over the commits.
  const lives = models.map((m) => ['add', 'staging', 'production', 'bump', 'bump', 'describe', 'bump'].map((kind) => ({ model: m, kind })));
  const events = [];
  const remaining = lives.map((l) => [...l]);
  let open = remaining.filter((l) => l.length > 0);
  while (open.length > 0) {
    const life = open[Math.floor(rand() * open.length)];
    events.push(life.shift());
    if (life.length === 0) open = open.filter((l) => l.length > 0);
  }
  const slots = COMMITS - 1 - ANOMALIES;
  if (events.length > slots) throw new Error(`BENCH_COMMITS ${COMMITS} is too small for ${events.length} model changes`);
  const eventAt = new Map();
  const positions = new Set();
  while (positions.size < events.length) positions.add(1 + Math.floor(rand() * slots));
  [...positions].sort((a, b) => a - b).forEach((position, i) => eventAt.set(position, events[i]));

  // Pass 1: the commits. Tags are planned with the commit numbers they need.
  const chunks = [];
  const out = (text) => chunks.push(Buffer.from(text));
  const file = (path, bytes) => {
    out(`M 100644 inline ${path}\ndata ${bytes.length}\n`);
    chunks.push(bytes, Buffer.from('\n'));
  };
  const tagPlans = [];
  const manifestBlobs = new Map(); // blob id -> { text }
  const anomalyModels = models.slice(0, ANOMALIES);
  for (let c = 0; c < COMMITS; c++) {
    const when = T0 + c * SECONDS_PER_COMMIT;
    const event = c === 0 ? undefined : eventAt.get(c);
    const anomaly = c >= COMMITS - ANOMALIES ? anomalyModels[c - (COMMITS - ANOMALIES)] : undefined;
    const subject = c === 0 ? 'the policy and the shared data' : event ? `${event.kind} ${event.model.name}` : anomaly ? `bump ${anomaly.name} without a pull request` : `work on module ${c % 50}`;
    out(`commit refs/heads/main\nmark :${c + 1}\nauthor Dev <dev@example.com> ${when} +0000\ncommitter Dev <dev@example.com> ${when} +0000\ndata ${Buffer.byteLength(subject)}\n${subject}\n`);
    if (c > 0) out(`from :${c}\n`);
    if (c === 0) for (const s of shared) file(s.path, s.bytes);
    const writeManifest = (model) => {
      const text = manifestText(model);
      const bytes = Buffer.from(text);
      manifestBlobs.set(blobId(bytes), text);
      file(`models/${model.name}/model.yaml`, bytes);
      return { text, blob: blobId(bytes) };
    };
    if (event) {
      const m = event.model;
      if (event.kind === 'add' || event.kind === 'bump') {
        if (event.kind === 'bump') {
          const [major, minor] = m.version.split('.').map(Number);
          m.version = `${major}.${minor + 1}.0`;
        }
        m.artifact = artifactFor(m);
        file(m.artifact.path, m.artifact.bytes);
        const manifest = writeManifest(m);
        m.registeredAt.set(m.version, c);
        tagPlans.push({ action: 'register', model: m.name, tag: `${m.name}@v${m.version}`, commit: c, target: c, version: m.version, stage: m.stage, manifest, artifact: m.artifact });
        tagPlans.push({ action: 'assign', model: m.name, tag: `${m.name}#${m.stage}#${++m.counter}`, commit: c, target: c, version: m.version, stage: m.stage, manifest, artifact: m.artifact });
      } else if (event.kind === 'staging' || event.kind === 'production') {
        m.stage = event.kind;
        const manifest = writeManifest(m);
        tagPlans.push({ action: 'assign', model: m.name, tag: `${m.name}#${m.stage}#${++m.counter}`, commit: c, target: m.registeredAt.get(m.version), version: m.version, stage: m.stage, manifest, artifact: m.artifact });
      } else {
        m.description += 1;
        writeManifest(m);
      }
    } else if (anomaly) {
      anomaly.version = '9.9.9';
      writeManifest(anomaly);
    } else if (c > 0) {
      file(`src/module-${c % 50}.txt`, Buffer.from(`revision ${c}\n`));
    }
    out('\n');
  }
  const marks = join(dir, '..', 'marks');
  const first = spawnSync('git', ['fast-import', '--quiet', `--export-marks=${marks}`], { cwd: dir, input: Buffer.concat(chunks), maxBuffer: 1 << 30 });
  if (first.status !== 0) throw new Error(`git fast-import (commits) failed: ${first.stderr}`);
  const shaOf = new Map(readFileSync(marks, 'utf8').trim().split('\n').map((line) => {
    const [mark, sha] = line.split(' ');
    return [Number(mark.slice(1)) - 1, sha];
  }));

  // Pass 2: the annotated tags, with the evidence promote writes.
  const digests = new Map();
  const digestOf = (manifest) => {
    if (!digests.has(manifest.blob)) {
      const loaded = loadManifest(Buffer.from(manifest.text), 'model.yaml');
      if (!loaded.ok) throw new Error(`generated manifest is invalid: ${loaded.findings[0].message}`);
      digests.set(manifest.blob, contentDigest(loaded.value, sha256));
    }
    return digests.get(manifest.blob);
  };
  const tagChunks = [];
  const gated = report.models[0];
  for (const plan of tagPlans) {
    const when = T0 + plan.commit * SECONDS_PER_COMMIT + 60;
    const mergeCommit = shaOf.get(plan.commit);
    const evidence = {
      apiVersion: 'modelops/v1',
      kind: 'Evidence',
      action: plan.action,
      tag: plan.tag,
      model: plan.model,
      version: plan.version,
      stage: plan.stage,
      commit: shaOf.get(plan.target),
      mergeCommit,
      range: { from: shaOf.get(plan.commit - 1), to: mergeCommit },
      manifest: { path: `models/${plan.model}/model.yaml`, blob: plan.manifest.blob, contentDigest: digestOf(plan.manifest) },
      files: [
        { role: 'artifact', path: plan.artifact.path, sha256: plan.artifact.sha256, blob: plan.artifact.blob },
        ...shared.slice(1).map((s) => ({ role: s.path.match(/(training|evaluation|reference)/)[1], path: s.path, sha256: s.sha256, blob: s.blob })),
      ],
      pullRequest: { number: 1000 + plan.commit, author: 'alice', approvers: ['bob', 'carol'] },
      workflowRun: `https://github.com/example/models/actions/runs/${plan.commit}`,
      verdict: gated.verdict,
      createdAt: new Date(when * 1000).toISOString(),
      tool: { name: 'modelops', version: TOOL_VERSION },
      // The example model's report, as this model's: the audit compares the evidence header with it.
      report: { ...report, models: [{ ...gated, name: plan.model, manifest: `models/${plan.model}/model.yaml`, version: plan.version, stage: plan.stage }] },
    };
    const message = Buffer.from(formatEvidenceMessage(evidence, sha256));
    tagChunks.push(Buffer.from(`tag ${plan.tag}\nfrom ${shaOf.get(plan.target)}\ntagger Promoter <promoter@example.com> ${when} +0000\ndata ${message.length}\n`), message, Buffer.from('\n'));
  }
  const second = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: Buffer.concat(tagChunks), maxBuffer: 1 << 30 });
  if (second.status !== 0) throw new Error(`git fast-import (tags) failed: ${second.stderr}`);
  for (const args of [['pack-refs', '--all'], ['reset', '-q', '--hard', 'main']]) {
    const run = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args[0]} failed: ${run.stderr}`);
  }
  process.stdout.write(JSON.stringify({ tags: tagPlans.length, seconds: (performance.now() - started) / 1000, tagBytes: tagChunks.reduce((n, b) => n + b.length, 0) }));
}

// --- one timed audit() in a fresh process ----------------------------------------------------------

async function measure(dir) {
  const { audit } = await import(pathToFileURL(join(ROOT, 'src/commands/audit.ts')).href);
  const started = performance.now();
  const report = await audit({ repo: dir });
  const json = JSON.stringify(report);
  const seconds = (performance.now() - started) / 1000;
  const findings = report.models.flatMap((m) => m.findings.map((f) => `${f.severity} ${f.code} ${m.name}`));
  process.stdout.write(JSON.stringify({ seconds, exitCode: report.exitCode, models: report.models.length, tags: report.audit.tags, commits: report.audit.commits, findings, reportBytes: json.length, peakRssKb: process.resourceUsage().maxRSS }));
}

// --- parent ----------------------------------------------------------------------------------------

/** The CLI bundled as `npm run bundle` bundles it, in a cache folder inside the project (so onnxruntime-node, never loaded by audit, stays external). */
async function bundleCli() {
  const { build } = await import('esbuild');
  const dir = join(ROOT, 'node_modules', '.cache', 'modelops-bench-audit');
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: { cli: join(ROOT, 'src/bin.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    external: ['onnxruntime-node'],
    define: { __MODELOPS_ONNXRUNTIME_PLATFORMS__: JSON.stringify('linux-x64') },
    banner: { js: "import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);" },
  });
  return join(dir, 'cli.mjs');
}

function timedCli(argv, repo) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [...argv, 'audit', '--repo', repo, '--format', 'json'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    if (run.status !== 1) throw new Error(`modelops audit exited ${run.status} (expected 1: the planted findings): ${run.stderr}`);
  }
  return times;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'modelops-bench-audit-'));
  const repo = join(scratch, 'repo');
  let failed = false;
  try {
    // The evidence carries a real gate report of the example model.
    const gateRun = tsx(['src/bin.ts', 'gate', '--repo', EXAMPLE, '--format', 'json']);
    if (gateRun.status !== 0 || !gateRun.stdout.startsWith('{')) throw new Error(`modelops gate on the example failed: ${gateRun.stderr}`);
    writeFileSync(join(scratch, 'gate-report.json'), gateRun.stdout);
    spawnSync('git', ['init', '-q', '-b', 'main', repo]);
    const generated = tsx([fileURLToPath(import.meta.url), '--generate', repo]);
    if (generated.status !== 0) throw new Error(`generating the repository failed: ${generated.stderr}`);
    const gen = JSON.parse(generated.stdout);
    const packBytes = spawnSync('git', ['count-objects', '-v'], { cwd: repo, encoding: 'utf8' }).stdout.match(/size-pack: (\d+)/)?.[1];

    const inProcess = [];
    let result;
    for (let i = 0; i < RUNS; i++) {
      const run = tsx([fileURLToPath(import.meta.url), '--measure', repo]);
      if (run.status !== 0) throw new Error(`audit failed: ${run.stderr}`);
      result = JSON.parse(run.stdout);
      inProcess.push(result.seconds);
    }
    const cli = timedCli([await bundleCli()], repo);
    const fromSources = timedCli(['--import', 'tsx', 'src/bin.ts'], repo);

    // Each planted bump is pushed without a promotion, and then declared on main but recorded by no tag.
    const expected = Array.from({ length: ANOMALIES }, (_, i) => [`error unpromoted-change model-${String(i).padStart(3, '0')}`, `error registry-disagrees model-${String(i).padStart(3, '0')}`]).flat().sort();
    const found = [...result.findings].sort();
    const correct = JSON.stringify(found) === JSON.stringify(expected) && result.exitCode === 1 && result.tags === MODELS * TAGS_PER_MODEL && result.commits === COMMITS && result.models === MODELS;
    failed = !correct;

    const goal = median(cli);
    console.log(`\naudit — ${COMMITS.toLocaleString('en')} commits, ${MODELS} models, ${result.tags.toLocaleString('en')} tags with evidence (${(gen.tagBytes / 1e6).toFixed(0)} MB of tag messages, pack ${(Number(packBytes) / 1024).toFixed(0)} MB), ${RUNS} fresh processes each, node ${process.version}`);
    console.log(`  generated in ${gen.seconds.toFixed(1)} s (git fast-import)`);
    console.log(`  audit()                                   median ${median(inProcess).toFixed(3)} s   (runs ${inProcess.map((s) => s.toFixed(3)).join(', ')}), peak RSS ${(result.peakRssKb / 1024).toFixed(0)} MB`);
    console.log(`  modelops audit (bundled CLI)              median ${goal.toFixed(3)} s   (runs ${cli.map((s) => s.toFixed(3)).join(', ')})`);
    console.log(`  node --import tsx src/bin.ts audit      median ${median(fromSources).toFixed(3)} s   (runs ${fromSources.map((s) => s.toFixed(3)).join(', ')})`);
    console.log(`  findings: ${found.length} (${correct ? 'exactly the planted ones' : `WRONG: expected ${expected.join('; ')}, got ${found.slice(0, 10).join('; ')}`}); goal <= ${GOAL_S} s: ${goal <= GOAL_S ? 'met' : 'missed'}\n`);
    const round = (x, digits = 3) => Number(x.toFixed(digits));
    console.log(
      'BENCH ' +
        JSON.stringify({
          bench: 'audit',
          node: process.version,
          commits: COMMITS,
          models: MODELS,
          tags: result.tags,
          tag_messages_mb: round(gen.tagBytes / 1e6, 1),
          runs: RUNS,
          audit_fn_median_s: round(median(inProcess)),
          cli_median_s: round(goal),
          tsx_cli_median_s: round(median(fromSources)),
          peak_rss_mb: round(result.peakRssKb / 1024, 1),
          findings: found.length,
          correct,
          goal_s: GOAL_S,
        }),
    );
  } finally {
    if (process.env.BENCH_KEEP === '1') console.log(`kept ${repo}`);
    else {
      rmSync(scratch, { recursive: true, force: true });
      rmSync(join(ROOT, 'node_modules', '.cache', 'modelops-bench-audit'), { recursive: true, force: true });
    }
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[2] === '--generate') {
  generate(process.argv[3]).catch((error) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  });
} else if (process.argv[2] === '--measure') {
  measure(process.argv[3]).catch((error) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(`audit bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}

