// `modelops drift`: the scheduled check of production models. For every production model (or the named
// ones): its reference data against its current data — per-feature tests, missing values, prediction drift,
// the domain classifier, CBPE's label-free performance estimate (realised metrics too when the current data
// has labels) — and how long it has been in production against its retraining bounds. One report; exit 1
// when a model drifted or is stale. What the Action needs to open, update or close the drift issue and to
// dispatch retraining is in each model's `monitoring` section and in driftIssue() (src/core/render).
//
// Decisions:
// - The current data is a source, not a pinned file: monitoring.current names a path, a glob or a DuckDB
//   query (src/io/data/current-source.ts), read afresh on every run, so new data needs no manifest change;
//   the report records what was read (files with rows, size and sha256; the query, its engine and a digest
//   of its result) and the span of the timestamp column.
// - `--current PATH|GLOB`: a relative path or glob is relative to the repository root (like every path in a
//   manifest) and must stay inside the repository (no `..`, no symlink out of it); an absolute path is the
//   caller's explicit choice and is read wherever it is (e.g. a sample the scheduled workflow just exported
//   to $RUNNER_TEMP). It replaces monitoring.current for every selected model, so it needs exactly one.
// - A current file that is a profile (JSON with kind: Profile) is compared as a profile: the reference is
//   profiled locally over the current profile's edges (or `--reference-profile FILE` is used), and only the
//   per-feature tests and missing values can be computed; the report says which tests are binned
//   approximations.
// - Only findings that make a model unusable (input errors) are reported from validation: checklist and
//   policy findings are `validate`'s and `gate`'s business, not a reason to page anyone on a schedule. With
//   --current, findings about monitoring.current are dropped too (it is not read).
// - Monitoring over time: a model with monitoring.chunks gets a series (commands/drift-series.ts) instead of
//   the one-snapshot comparison, and its drift gate is the latest chunk's alerts (core/drift/chunks/history.ts).
//   --current (one file or glob for this run) keeps the snapshot: the series needs the manifest's timestamp
//   and id columns.
// - Retraining is dispatched when the model drifted or is stale, monitoring.retraining.trigger is not none,
//   and min_interval has passed since the promotion (or the promotion date is unknown).
import { readFile } from 'node:fs/promises';
import { isAbsolute, sep } from 'node:path';
import type { Table } from '../core/data/table.js';
import { profileColumns } from '../core/drift/profile-sql.js';
import { profileTable, ProfileError, type Profile } from '../core/drift/profile.js';
import { parseProfile } from '../core/drift/profile-json.js';
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
import { currentKinds } from '../core/manifest/validate/current-source.js';
import { globProblem, pathShapeProblem } from '../core/manifest/validate/paths.js';
import { DataFormatError } from '../io/data/columns.js';
import { CurrentSourceError, isGlob, readCurrent, type CurrentData, type CurrentRequest, type CurrentSpec } from '../io/data/current-source.js';
import { DuckDBUnavailableError } from '../io/data/duckdb.js';
import { dataErrorFinding } from '../io/data/read-table.js';
import { openGitHistory } from '../io/git/history.js';
import { OnnxModelError, openModel, type ModelRunner } from '../io/onnx/index.js';
import type { RepoFiles } from '../io/repo-files.js';
import { TOOL_VERSION } from '../version.js';
import { latestChunk, seriesGate, withLoggedChunks } from '../core/drift/chunks/history.js';
import type { MonitoringSeries } from '../core/drift/chunks/series.js';
import type { CurrentRead } from '../core/drift/report.js';
import { MonitoringLogError } from '../io/git/monitoring-log.js';
import { tryFetchMonitoringLog } from '../io/git/monitoring-log.js';
import { appendSeries, defaultLogRemote, headCommit, measureSeries, MONITORING_BRANCH, readLog } from './drift-series.js';
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
  /** Current data instead of monitoring.current: a file (CSV, JSONL, Parquet, or a profile JSON) or a glob of files; needs exactly one model. */
  current?: string;
  /** The runner's workspace, root of `relative_to: workspace` sources (the Action passes $GITHUB_WORKSPACE; without it, the repository root). */
  workspace?: string;
  /** A reference profile to compare a current profile with (default: profile data.reference locally). */
  referenceProfile?: string;
  /** Seed of the domain classifier and CBPE's calibration choice (default 0). */
  seed?: number;
  /**
   * Models with monitoring.chunks: append this run's chunks to the monitoring log (branch modelops/monitoring),
   * fetching it from `logRemote` first and pushing after. Without it the local log is only read.
   */
  log?: boolean;
  /** The remote of the monitoring log (default: origin when the repository has one). */
  logRemote?: string;
  /** This run's id in the log (the Action passes GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT; else local-<time>). */
  runId?: string;
  /** The instant staleness is measured at (default now). */
  now?: Date;
  progress?: (message: string) => void;
}

const inputFinding = (code: string, message: string, file?: string): Finding => ({ severity: 'error', category: 'input', code, message, ...(file ? { file } : {}) });

/** One file to open (a profile, or --current naming one file). */
interface CurrentFile {
  /** Path to open. */
  absolute: string;
  /** As the report shows it. */
  display: string;
}

/** The current data of one model: what to read, the one file it names (not a glob; it may be a profile), and its name in messages. */
interface CurrentOverride {
  spec: CurrentSpec;
  file?: CurrentFile;
  shown: string;
}

/** Resolves --current: a repository-relative path or glob, confined, or an absolute path as given. */
async function resolveOverride(files: RepoFiles, given: string): Promise<CurrentOverride> {
  if (isAbsolute(given)) return { spec: { absolute: given }, file: { absolute: given, display: given }, shown: given };
  const relative = given.replace(/^\.\//, '');
  if (isGlob(relative)) {
    const problem = globProblem(relative);
    if (problem) throw new UsageError(`--current '${given}' ${problem}; give a glob inside the repository ${files.displayRoot}`);
    return { spec: { source: { glob: relative }, field: '--current' }, shown: relative };
  }
  const file = await resolveFile(files, given, relative);
  return { spec: { source: { path: relative }, field: '--current' }, file, shown: relative };
}

/** A repository-relative file given on the command line: confined, existing. */
async function resolveFile(files: RepoFiles, given: string, relative: string): Promise<CurrentFile> {
  const problem = pathShapeProblem(relative);
  if (problem) throw new UsageError(`--current '${given}' ${problem}; give a path inside the repository ${files.displayRoot}, or an absolute path`);
  const facts = await files.inspect(relative, { hash: false, columns: false });
  if (facts.status === 'missing') throw new UsageError(`--current '${given}' does not exist in the repository ${files.displayRoot} (relative paths are relative to the repository root)`);
  if (facts.status === 'escapes') throw new UsageError(`--current '${given}' resolves outside the repository (to ${facts.target}); pass an absolute path to read a file outside it`);
  if (facts.status === 'not-a-file') throw new UsageError(`--current '${given}' is not a regular file`);
  return { absolute: files.absolute(relative), display: relative };
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

/** The source to compare with the reference, for one model: --current, else monitoring.current. */
async function currentFor(manifest: Manifest, files: RepoFiles, given: CurrentOverride | undefined): Promise<CurrentOverride | Finding> {
  if (given) return given;
  const source = manifest.monitoring?.current;
  if (!source || currentKinds(source).length !== 1) {
    return inputFinding(
      'no-current-data',
      `${manifest.metadata.name} has no current data to check: set monitoring.current (a path, a glob or a query)${source?.uri ? ` (monitoring.current.uri ${source.uri} is not read)` : ''}, or pass --current PATH|GLOB`,
    );
  }
  const shown = source.path ?? source.glob ?? 'monitoring.current.query';
  // A profile (JSON, kind: Profile) at monitoring.current.path is compared as a profile: only a regular file
  // inside the repository (anything else is refused, by name, when the source is read).
  const inside = source.path !== undefined && source.relative_to !== 'workspace' && pathShapeProblem(source.path) === undefined && (await files.inspect(source.path, { hash: false, columns: false })).status === 'file';
  return { spec: { source, field: 'monitoring.current' }, shown, ...(inside ? { file: { absolute: files.absolute(source.path!), display: source.path! } } : {}) };
}

interface ModelDrift {
  drift?: DriftEvaluation;
  labelledMetrics?: Record<string, number | null>;
  /** monitoring.chunks: this run's series and what was read. */
  series?: { series: MonitoringSeries; read: CurrentRead };
}

/** The columns drift reads of the current data; the timestamp and id only from the manifest's own source. */
function currentRequest(manifest: Manifest, spec: CurrentSpec): CurrentRequest {
  const label = manifest.data.label.column;
  const request: CurrentRequest = {
    features: manifest.data.features.map((f) => ({ name: f.name, kind: f.type })),
    ...(manifest.data.features.some((f) => f.name === label) ? {} : { label: { name: label, kind: manifest.problem.task === 'regression' ? 'numeric' : 'categorical' } }),
  };
  if ('source' in spec && spec.field === 'monitoring.current') {
    if (spec.source.timestamp !== undefined) request.timestamp = spec.source.timestamp;
    if (spec.source.id !== undefined) request.id = spec.source.id;
  }
  return request;
}

async function driftFromData(manifest: Manifest, files: RepoFiles, spec: CurrentSpec, workspace: string | undefined, seed: number, progress: (m: string) => void): Promise<ModelDrift> {
  const reference = await readReference(manifest, files);
  const name = manifest.metadata.name;
  const current: CurrentData = await readCurrent(spec, currentRequest(manifest, spec), { files, ...(workspace ? { workspace } : {}), progress: (m) => progress(`${name}: ${m}`) });
  const table: Table = current.table;
  const side: DriftSide = { table, dataset: current.read.dataset, labelled: current.labelled };
  let runner: ModelRunner | undefined;
  try {
    runner = await openModel(files.absolute(manifest.artifact.path), runnerSpecFromManifest(manifest));
    if (manifest.monitoring?.chunks && 'source' in spec && spec.field === 'monitoring.current') {
      const series = await measureSeries({ manifest, files, runner, current, ...(workspace ? { workspace } : {}), seed, progress });
      return { series: { series, read: current.read } };
    }
    const drift = await measureDrift({ manifest, files, runner, seed, progress }, reference, side);
    drift.current = { ...drift.current, ...current.read };
    const out: ModelDrift = { drift };
    if (drift.performance?.labelled) out.labelledMetrics = Object.fromEntries(drift.performance.metrics.map((m) => [m.metric, m.realised]));
    return out;
  } finally {
    await runner?.release();
  }
}

async function driftFromProfile(manifest: Manifest, files: RepoFiles, current: CurrentFile, referenceProfilePath: string | undefined): Promise<ModelDrift> {
  const currentProfile = await readProfileFile(current.absolute, current.display);
  const features = manifest.data.features;
  let reference: Profile;
  let referenceName: string;
  if (referenceProfilePath) {
    const source = await (isAbsolute(referenceProfilePath) ? Promise.resolve({ absolute: referenceProfilePath, display: referenceProfilePath }) : resolveFile(files, referenceProfilePath, referenceProfilePath.replace(/^\.\//, ''))).catch((error: Error) => {
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
function fileFinding(error: unknown, manifest: Manifest, manifestPath: string, current: string, root: string): Finding | undefined {
  if (error instanceof OnnxModelError) return inputFinding(`onnx-${error.code}`, error.message, manifest.artifact.path);
  // The source itself (nothing matched, outside its root, a failing query): about the manifest's field.
  if (error instanceof CurrentSourceError) return { ...inputFinding('current-source', error.message, manifestPath), pointer: `/${error.field.split('.').join('/')}` };
  if (error instanceof DuckDBUnavailableError) return { ...inputFinding('duckdb-unavailable', error.message, manifestPath), pointer: '/monitoring/current/query' };
  // Inside the repository: file:line with the repository path; outside it, the path as the user gave it.
  if (error instanceof DataFormatError) return error.location.file?.startsWith(root + sep) ? dataErrorFinding(error, root, current) : inputFinding('unreadable-data', error.message, error.location.file ?? current);
  if (error instanceof LabelError) return inputFinding('bad-labels', error.message, current);
  if (error instanceof ProfileError) return inputFinding('bad-profile', error.message, current);
  return undefined;
}

interface RunLog {
  repo: string;
  remote?: string;
  /** Set with --log: what the appended records say about the run. */
  append?: { run: string; commit?: string; now: Date };
  /** With --log and a remote: fetches the log once per run (every model reads that copy); the problem, if it failed. */
  fetchOnce?: () => Promise<string | undefined>;
}

async function monitoringLogContext(options: DriftOptions, repo: string, now: Date): Promise<RunLog> {
  if (!options.log) return { repo };
  const remote = options.logRemote ?? (await defaultLogRemote(repo));
  const run = options.runId ?? `local-${now.getTime()}`;
  const commit = await headCommit(repo);
  let fetched: Promise<string | undefined> | undefined;
  const fetchOnce = remote ? () => (fetched ??= tryFetchMonitoringLog(repo, remote)) : undefined;
  return { repo, ...(remote ? { remote } : {}), append: { run, ...(commit ? { commit } : {}), now }, ...(fetchOnce ? { fetchOnce } : {}) };
}

/** The series with the log's earlier chunks, and this run's chunks appended with --log. */
async function seriesOverRuns(manifest: Manifest, series: MonitoringSeries, read: CurrentRead, log: RunLog, model: ModelResult): Promise<Pick<ModelMonitoring, 'series' | 'latest' | 'history'>> {
  const name = manifest.metadata.name;
  const fetchProblem = log.fetchOnce ? await log.fetchOnce() : undefined;
  const logged = fetchProblem !== undefined ? { records: [], problem: fetchProblem } : await readLog({ repo: log.repo }, name);
  const merged = withLoggedChunks(series, logged.records);
  const history: NonNullable<ModelMonitoring['history']> = { branch: MONITORING_BRANCH, ...merged.history, ...(logged.problem ? { problem: logged.problem } : {}) };
  if (log.append) {
    const problem = (message: string): void => {
      history.problem = message;
      model.findings.push({ severity: 'warning', category: 'input', code: 'monitoring-log', message: `${name}: this run's chunks are not in the monitoring log: ${message}` });
    };
    if (!log.append.commit) problem(`${log.repo} has no commit checked out to record`);
    else {
      try {
        const added = await appendSeries({ repo: log.repo, ...(log.remote ? { remote: log.remote } : {}), run: log.append.run, commit: log.append.commit, now: log.append.now }, manifest, series, read);
        history.appended = added.appended;
        history.unchanged = added.unchanged;
      } catch (error) {
        if (!(error instanceof MonitoringLogError)) throw error;
        problem(error.message);
      }
    }
  }
  return { series: merged.series, latest: latestChunk(merged.series), history };
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
  const given = options.current !== undefined ? await resolveOverride(files, options.current) : undefined;
  const workspace = options.workspace;

  let tags: TagInput[] | undefined;
  let tagsProblem = 'not a git repository: the promotion date is unknown';
  try {
    tags = await (await openGitHistory(files.realRoot)).tagRecords();
  } catch (error) {
    tagsProblem = `cannot read git tags (${(error as Error).message}): the promotion date is unknown`;
  }

  const logContext = await monitoringLogContext(options, files.realRoot, now);

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
        measured =
          current.file && (await isProfile(current.file.absolute))
            ? await driftFromProfile(manifest, files, current.file, options.referenceProfile)
            : await driftFromData(manifest, files, current.spec, workspace, seed, progress);
      } catch (error) {
        // --current that matches nothing is a usage error, like one that does not exist.
        if (error instanceof CurrentSourceError && error.field === '--current') throw new UsageError(error.message);
        const finding = fileFinding(error, manifest, validated.manifest, current.shown, files.realRoot);
        if (!finding) throw error;
        model.findings.push(finding);
      }
    }

    let timeline: Pick<ModelMonitoring, 'series' | 'latest' | 'history'> = {};
    if (measured?.drift) {
      const decision = sectionGate('drift').decide(measured.drift, { manifest, blocking: true, seed });
      const evaluation: Evaluation = { dataset: measured.drift.current.dataset, rows: measured.drift.current.rows, metrics: measured.labelledMetrics ?? {}, ...decision.evaluation };
      model.evaluation = evaluation;
      model.gates.push(decision.gate);
    } else if (measured?.series) {
      timeline = await seriesOverRuns(manifest, measured.series.series, measured.series.read, logContext, model);
      model.evaluation = { dataset: measured.series.read.dataset, rows: measured.series.read.rows, metrics: {} };
      model.gates.push(seriesGate(timeline.series!, true));
    }
    model.gates.push(stalenessGate(aged, true));
    const drifted = measured?.drift ? hasDrifted(measured.drift) : timeline.series ? model.gates.some((g) => g.gate === 'drift' && g.verdict === 'fail') : false;
    const monitoring: ModelMonitoring = {
      drifted,
      stale: aged.stale,
      staleness: aged,
      retraining: retrainingDecision(manifest, drifted, aged),
      alerting: { issue: manifest.monitoring?.alerting?.issue ?? false, mentions: manifest.monitoring?.alerting?.mentions ?? [] },
      ...timeline,
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
