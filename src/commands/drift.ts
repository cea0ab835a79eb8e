// `modelops drift`: the scheduled check of production models. For every production model (or the named
// ones): its reference data against its current data — per-feature tests, missing values, prediction drift,
// the domain classifier, CBPE's label-free performance estimate (realised metrics too when the current data
// has labels) — and how long it has been in production against its retraining bounds. One report; exit 1
// when a model drifted or is stale. What the Action needs to open, update or close the drift issue and to
// dispatch retraining is in each model's `monitoring` section and in driftIssue() (src/core/render).
//
// Decisions:
// - `--current FILE`: a relative path is relative to the repository root (like every path in a manifest)
//   and must stay inside the repository (no `..`, no symlink out of it); an absolute path is the caller's
//   explicit choice and is read wherever it is (e.g. a sample the scheduled workflow just exported to
//   $RUNNER_TEMP). It replaces monitoring.current for every selected model, so it needs exactly one.
// - A current file that is a profile (JSON with kind: Profile) is compared as a profile: the reference is
//   profiled locally over the current profile's edges (or `--reference-profile FILE` is used), and only the
//   per-feature tests and missing values can be computed; the report says which tests are binned
//   approximations.
// - Only findings that make a model unusable (input errors) are reported from validation: checklist and
//   policy findings are `validate`'s and `gate`'s business, not a reason to page anyone on a schedule. With
//   --current, findings about monitoring.current are dropped too (it is not read).
// - Retraining is dispatched when the model drifted or is stale, monitoring.retraining.trigger is not none,
//   and min_interval has passed since the promotion (or the promotion date is unknown).
import { readFile } from 'node:fs/promises';
import { isAbsolute, sep } from 'node:path';
import type { Table } from '../core/data/table.js';
import { profileColumns } from '../core/drift/profile-sql.js';
import { parseProfile, profileTable, ProfileError, type Profile } from '../core/drift/profile.js';
import { LabelError } from '../core/evaluation/labels.js';
import { hasDrifted, stalenessGate } from '../core/drift/gate.js';
import { sectionGate } from '../core/report/sections.js';
import type { Manifest } from '../core/manifest/manifest.js';
import { analyseProfileDrift } from '../core/drift/analysis.js';
import type { DriftEvaluation, ModelMonitoring, RetrainingDecision } from '../core/drift/report.js';
import { productionPromotion, staleness, type Staleness } from '../core/drift/staleness.js';
import type { TagInput } from '../core/promotion/tag-registry.js';
import { buildReport } from '../core/report/build.js';
import { verdictOfFindings, worstVerdict, type Evaluation, type Finding, type ModelResult, type Report } from '../core/report/model.js';
import { runnerSpecFromManifest } from '../core/manifest/runner-spec.js';
import { pathShapeProblem } from '../core/manifest/validate/paths.js';
import { DataFormatError, formatOf } from '../io/data/columns.js';
import { dataErrorFinding, readTable } from '../io/data/read-table.js';
import { openGitHistory } from '../io/git/history.js';
import { OnnxModelError, openModel, type ModelRunner } from '../io/onnx/index.js';
import type { RepoFiles } from '../io/repo-files.js';
import { TOOL_VERSION } from '../version.js';
import { driftColumns, measureDrift, readReference, type DriftSide } from './evaluate/drift.js';
import { UsageError } from './errors.js';
import { placeChecks } from './place-checks.js';
import { validateRepository } from './validate.js';

export interface DriftOptions {
  /** Repository root. */
  repo: string;
  /** Model names, manifest files, model folders or globs (commands/select-models.ts); default every model whose manifest says stage: production. */
  models?: string[];
  /** The directory relative `models` are read from (default: the process's working directory). */
  from?: string;
  /** Current data (CSV, JSONL, Parquet, or a profile JSON) instead of monitoring.current; needs exactly one model. */
  current?: string;
  /** A reference profile to compare a current profile with (default: profile data.reference locally). */
  referenceProfile?: string;
  /** Seed of the domain classifier and CBPE's calibration choice (default 0). */
  seed?: number;
  /** The instant staleness is measured at (default now). */
  now?: Date;
  progress?: (message: string) => void;
}

export const DRIFT_HELP = `Usage: modelops drift [MODEL...] [options]

The scheduled check of production models. For every model whose manifest says stage: production (or
the named ones), compares its reference data (data.reference) with its current data
(monitoring.current, or --current):
  features     a test per feature (KS, chi-squared, z, Wasserstein, Jensen-Shannon, PSI, Hellinger:
               gates.drift's method, else Evidently's default by type and size), a multiple-testing
               correction, and the share of drifted features against gates.drift.drift_share
  missing      each feature's share of missing values, reference against current
  prediction   the same test on the model's scores
  domain       a classifier trained to tell current from reference rows: drift when its cross-validated
               ROC AUC is above the threshold of its permutation null at these sizes (false-alarm rate
               gates.drift.domain_classifier.alpha, default 0.05; never below 0.5), top features
  performance  CBPE's label-free estimate of accuracy, precision, recall, F1 and ROC AUC (binary
               classifiers) with a sampling band, and the realised values when the data has labels
  staleness    days since the latest <name>#production#<n> tag, against monitoring.retraining
               max_interval (stale: fail) and min_interval (retraining now too soon: no dispatch)
The report's monitoring section says, per model, whether to open or update its drift issue and
whether to dispatch retraining (monitoring.retraining.trigger).

Options:
  --repo DIR                 Repository root (default: .)
  --issue                    Print the GitHub issue the scheduled Action would open, update or close
  --current FILE             Current data instead of monitoring.current (one model only). A relative
                             path is relative to the repository root and must stay inside it; an
                             absolute path is read wherever it is. A profile (JSON, kind: Profile,
                             from modelops profile) is compared as a profile: per-feature tests only,
                             KS and Wasserstein as binned approximations
  --reference-profile FILE   Compare a current profile with this reference profile (default: profile
                             data.reference locally over the current profile's bin edges)
  --seed N                   Seed of the domain classifier and the calibration choice (default 0)
  --format FORMAT            text (default), json, markdown or html
  --output FILE              Also write the JSON report to FILE
  --report-dir DIR           Also write report.json, report.md and report.html to DIR
  --no-color                 Plain text output (also NO_COLOR=1)
  -h, --help                 Show this help

Exit codes: 0 no model drifted or is stale, 1 a model drifted or is stale, 2 invalid input or usage.
`;

const inputFinding = (code: string, message: string, file?: string): Finding => ({ severity: 'error', category: 'input', code, message, ...(file ? { file } : {}) });

interface CurrentSource {
  /** Path to open. */
  absolute: string;
  /** As the report shows it. */
  display: string;
  /** Repository-relative, when inside the repository. */
  relative?: string;
}

/** Resolves --current: repository-relative and confined, or absolute as given. */
async function resolveCurrent(files: RepoFiles, given: string): Promise<CurrentSource> {
  if (isAbsolute(given)) return { absolute: given, display: given };
  const relative = given.replace(/^\.\//, '');
  const problem = pathShapeProblem(relative);
  if (problem) throw new UsageError(`--current '${given}' ${problem}; give a path inside the repository ${files.displayRoot}, or an absolute path`);
  const facts = await files.inspect(relative, { hash: false, columns: false });
  if (facts.status === 'missing') throw new UsageError(`--current '${given}' does not exist in the repository ${files.displayRoot} (relative paths are relative to the repository root)`);
  if (facts.status === 'escapes') throw new UsageError(`--current '${given}' resolves outside the repository (to ${facts.target}); pass an absolute path to read a file outside it`);
  if (facts.status === 'not-a-file') throw new UsageError(`--current '${given}' is not a regular file`);
  return { absolute: files.absolute(relative), display: relative, relative };
}

async function readProfileFile(path: string, display: string): Promise<Profile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ProfileError(`${display}: not a JSON profile (${(error as Error).message})`);
  }
  return parseProfile(json, display);
}

/** A JSON file whose kind is Profile. */
async function isProfile(path: string): Promise<boolean> {
  if (!/\.json$/i.test(path)) return false;
  try {
    const json = JSON.parse(await readFile(path, 'utf8')) as { kind?: unknown };
    return json?.kind === 'Profile';
  } catch {
    return false;
  }
}

export function retrainingDecision(manifest: Manifest, drifted: boolean, result: Staleness): RetrainingDecision {
  const trigger = manifest.monitoring?.retraining?.trigger;
  const type = (trigger?.type ?? 'none') as RetrainingDecision['trigger'];
  const how: Omit<RetrainingDecision, 'dispatch' | 'reason'> = {
    trigger: type,
    ...(trigger?.workflow ? { workflow: trigger.workflow } : {}),
    ...(trigger?.event_type ? { eventType: trigger.event_type } : {}),
    ...(trigger?.ref ? { ref: trigger.ref } : {}),
  };
  const why = [drifted ? 'drifted' : '', result.stale ? 'stale' : ''].filter((w) => w !== '').join(' and ');
  if (!drifted && !result.stale) return { ...how, dispatch: false, reason: 'neither drifted nor stale' };
  if (type === 'none') return { ...how, dispatch: false, reason: `${why}, but monitoring.retraining.trigger is not set (or none): retrain by hand` };
  if (result.tooSoonToRetrain) return { ...how, dispatch: false, reason: `${why}, but promoted less than min_interval ${result.minInterval} ago: not dispatched` };
  return { ...how, dispatch: true, reason: `${why}: dispatch ${type === 'workflow_dispatch' ? `workflow ${trigger!.workflow}` : `repository_dispatch ${trigger!.event_type}`}` };
}

/** The data or profile to compare with the reference, for one model. */
async function currentFor(manifest: Manifest, files: RepoFiles, given: CurrentSource | undefined): Promise<CurrentSource | Finding> {
  if (given) return given;
  const path = manifest.monitoring?.current?.path;
  if (!path) {
    return inputFinding(
      'no-current-data',
      `${manifest.metadata.name} has no current data to check: set monitoring.current.path${manifest.monitoring?.current?.uri ? ` (monitoring.current.uri ${manifest.monitoring.current.uri} is not read)` : ''}, or pass --current FILE`,
    );
  }
  return { absolute: files.absolute(path), display: path, relative: path };
}

interface ModelDrift {
  drift: DriftEvaluation;
  labelledMetrics?: Record<string, number | null>;
}

async function driftFromData(manifest: Manifest, files: RepoFiles, current: CurrentSource, seed: number, progress: (m: string) => void): Promise<ModelDrift> {
  const format = formatOf(current.display, current.relative === manifest.monitoring?.current?.path ? manifest.monitoring?.current?.format : undefined);
  if (!format) throw new DataFormatError(`${current.display}: unknown data format: use a .csv, .jsonl or .parquet file (or a profile .json)`);
  const reference = await readReference(manifest, files);
  const { columns, labelled } = await driftColumns(manifest, current.absolute, format);
  progress(`${manifest.metadata.name}: reading ${current.display}`);
  const table: Table = await readTable(current.absolute, { format, columns });
  const side: DriftSide = { table, dataset: current.display, labelled };
  let runner: ModelRunner | undefined;
  try {
    runner = await openModel(files.absolute(manifest.artifact.path), runnerSpecFromManifest(manifest));
    const drift = await measureDrift({ manifest, files, runner, seed, progress }, reference, side);
    const out: ModelDrift = { drift };
    if (drift.performance?.labelled) out.labelledMetrics = Object.fromEntries(drift.performance.metrics.map((m) => [m.metric, m.realised]));
    return out;
  } finally {
    await runner?.release();
  }
}

async function driftFromProfile(manifest: Manifest, files: RepoFiles, current: CurrentSource, referenceProfilePath: string | undefined): Promise<ModelDrift> {
  const currentProfile = await readProfileFile(current.absolute, current.display);
  const features = manifest.data.features;
  let reference: Profile;
  let referenceName: string;
  if (referenceProfilePath) {
    const source = await resolveCurrent(files, referenceProfilePath).catch((error: Error) => {
      throw new UsageError(error.message.replace(/--current/g, '--reference-profile'));
    });
    reference = await readProfileFile(source.absolute, source.display);
    referenceName = source.display;
  } else {
    const side = await readReference(manifest, files);
    reference = profileTable(side.table, profileColumns(manifest), { reference: currentProfile, source: side.dataset });
    referenceName = `${side.dataset} (profiled over the current profile's edges)`;
  }
  return {
    drift: analyseProfileDrift({
      features,
      reference,
      current: currentProfile,
      datasets: { reference: referenceName, current: current.display },
      ...(manifest.gates?.drift ? { settings: manifest.gates.drift } : {}),
    }),
  };
}

/** Errors that mean a model's files are wrong (exit 2), as a finding about the file. */
function fileFinding(error: unknown, manifest: Manifest, current: string, root: string): Finding | undefined {
  if (error instanceof OnnxModelError) return inputFinding(`onnx-${error.code}`, error.message, manifest.artifact.path);
  // Inside the repository: file:line with the repository path; outside it, the path as the user gave it.
  if (error instanceof DataFormatError) return error.location.file?.startsWith(root + sep) ? dataErrorFinding(error, root, current) : inputFinding('unreadable-data', error.message, error.location.file ?? current);
  if (error instanceof LabelError) return inputFinding('bad-labels', error.message, current);
  if (error instanceof ProfileError) return inputFinding('bad-profile', error.message, current);
  return undefined;
}

export async function drift(options: DriftOptions): Promise<Report> {
  const progress = options.progress ?? (() => undefined);
  const now = options.now ?? new Date();
  const seed = options.seed ?? 0;
  const named = options.models !== undefined && options.models.length > 0;
  const { report, files, manifests } = await validateRepository({ repo: options.repo, ...(named ? { paths: options.models! } : {}), ...(options.from ? { from: options.from } : {}) }, 'drift');
  const selected = named ? report.models : report.models.filter((model) => manifests.get(model.manifest)?.stage === 'production');
  if (options.current !== undefined && selected.length !== 1) {
    throw new UsageError(`--current replaces one model's current data; ${selected.length} models are selected (${selected.map((m) => m.name).join(', ') || 'none in production'}): name one`);
  }
  const given = options.current !== undefined ? await resolveCurrent(files, options.current) : undefined;

  let tags: TagInput[] | undefined;
  let tagsProblem = 'not a git repository: the promotion date is unknown';
  try {
    tags = await (await openGitHistory(files.realRoot)).tagRecords();
  } catch (error) {
    tagsProblem = `cannot read git tags (${(error as Error).message}): the promotion date is unknown`;
  }

  const findings = report.findings.filter((f) => f.severity === 'error' && f.category === 'input');
  const models: ModelResult[] = [];
  for (const validated of selected) {
    const manifest = manifests.get(validated.manifest);
    const model: ModelResult = { name: validated.name, manifest: validated.manifest, verdict: 'pass', findings: [], gates: [] };
    if (validated.version) model.version = validated.version;
    if (validated.stage) model.stage = validated.stage;
    model.findings = validated.findings.filter((f) => f.severity === 'error' && f.category === 'input' && !(given && f.pointer?.startsWith('/monitoring/current')));
    models.push(model);
    if (!manifest || model.findings.length > 0) {
      model.verdict = verdictOfFindings(model.findings);
      continue;
    }

    const promotion = tags ? productionPromotion(tags, manifest.metadata.name) : undefined;
    const retraining = manifest.monitoring?.retraining;
    const aged = staleness({
      promotion,
      now,
      ...(retraining?.min_interval ? { minInterval: retraining.min_interval } : {}),
      ...(retraining?.max_interval ? { maxInterval: retraining.max_interval } : {}),
    });
    if (!tags) aged.message = tagsProblem;

    const current = await currentFor(manifest, files, given);
    let measured: ModelDrift | undefined;
    if ('severity' in current) model.findings.push(current);
    else if (!manifest.data.reference?.path) {
      model.findings.push(inputFinding('no-reference-data', `${manifest.metadata.name} has no reference data in the repository (data.reference.path): nothing to compare the current data with`, validated.manifest));
    } else {
      try {
        measured = (await isProfile(current.absolute))
          ? await driftFromProfile(manifest, files, current, options.referenceProfile)
          : await driftFromData(manifest, files, current, seed, progress);
      } catch (error) {
        const finding = fileFinding(error, manifest, current.display, files.realRoot);
        if (!finding) throw error;
        model.findings.push(finding);
      }
    }

    if (measured) {
      const decision = sectionGate('drift').decide(measured.drift, { manifest, blocking: true, seed });
      const evaluation: Evaluation = { dataset: measured.drift.current.dataset, rows: measured.drift.current.rows, metrics: measured.labelledMetrics ?? {}, ...decision.evaluation };
      model.evaluation = evaluation;
      model.gates.push(decision.gate);
    }
    model.gates.push(stalenessGate(aged, true));
    const drifted = measured ? hasDrifted(measured.drift) : false;
    const monitoring: ModelMonitoring = {
      drifted,
      stale: aged.stale,
      staleness: aged,
      retraining: retrainingDecision(manifest, drifted, aged),
      alerting: { issue: manifest.monitoring?.alerting?.issue ?? false, mentions: manifest.monitoring?.alerting?.mentions ?? [] },
    };
    model.monitoring = monitoring;
    model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
  }
  if (selected.length === 0 && findings.length === 0) {
    findings.push({ severity: 'info', category: 'policy', code: 'no-production-models', message: `no model in ${options.repo} has stage: production; name models to check others` });
  }
  await placeChecks(models, files);
  return buildReport({ command: 'drift', toolVersion: TOOL_VERSION, root: report.repository.root, findings, models, now: options.now ?? new Date() });
}
