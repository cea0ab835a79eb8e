// `modelops gate`: validation, then the model itself — run on its evaluation data, against its
// bounds, its baseline and the version in production — in one report.
import { LabelError } from '../core/evaluation/labels.js';
import { buildReport } from '../core/report/build.js';
import { verdictOfFindings, worstVerdict, type Finding, type ModelResult, type Report } from '../core/report/model.js';
import { dataErrorFinding } from '../io/data/read-table.js';
import { DataFormatError } from '../io/data/columns.js';
import { OnnxModelError, preloadOnnxRuntime } from '../io/onnx/index.js';
import { TOOL_VERSION } from '../version.js';
import { addApprovalGates, prefetchTagRecords, type ApprovalSource } from './approvals.js';
import { ChampionError } from './evaluate/champion.js';
import { declaresReferenceGate, evaluateModel } from './evaluate/evaluate-model.js';
import { gateThreadsWanted, startGateThread } from './evaluate/gate-thread.js';
import { placeChecks } from './place-checks.js';
import { gatesModel } from './select-models.js';
import { validateRepository, type ValidateOptions } from './validate.js';

export interface GateOptions extends ValidateOptions {
  /** Gate every model, not only those changed against --base. */
  all?: boolean;
  /** Seed of every resampling and perturbation (default 0): the same inputs give the same report. */
  seed?: number;
  /** Progress lines for a terminal. */
  progress?: (message: string) => void;
  /**
   * The pull request's reviews and team memberships for the approvals gate (the Action). Absent: the
   * approvals check is skipped and says why (the soak is still measured). `false`: no approvals gate
   * (promote, which records the approvers in the evidence instead).
   */
  approvals?: ApprovalSource | false;
  /** The instant the soak is measured at (default now). */
  now?: Date;
}

/** Errors that mean the model's files are wrong (exit 2), with the file they are about. */
function evaluationFinding(error: unknown, model: ModelResult, artifact: string, dataset: string, root: string): Finding | undefined {
  const finding = (code: string, message: string, file: string): Finding => ({ severity: 'error', category: 'input', code, message, file });
  if (error instanceof OnnxModelError) return finding(`onnx-${error.code}`, error.message.replace(`${error.modelPath}: `, ''), artifact);
  if (error instanceof DataFormatError) return dataErrorFinding(error, root, dataset);
  if (error instanceof LabelError) return finding('bad-labels', error.message, dataset);
  if (error instanceof ChampionError) return finding('champion-unavailable', error.message, model.manifest);
  return undefined;
}

export async function gate(options: GateOptions): Promise<Report> {
  const { report, files, policy, git, manifests } = await validateRepository(options, 'gate');
  const progress = options.progress ?? (() => undefined);
  const scope = { named: (options.paths?.length ?? 0) > 0, ...(options.all ? { all: true } : {}), ...(options.base ? { base: options.base } : {}) };
  // invalid input is not evaluated: validation already says why
  const toEvaluate = report.models.flatMap((model) => {
    const manifest = manifests.get(model.manifest);
    return gatesModel(model, scope) && model.verdict !== 'error' && manifest ? [{ model, manifest }] : [];
  });
  const evaluated = toEvaluate.map(({ manifest }) => manifest);
  // the soak's tags are read beside the evaluation, by a git process forked before onnxruntime is loaded
  const tagRecords = options.approvals !== false ? prefetchTagRecords(evaluated, policy, files.realRoot) : undefined;
  // onnxruntime is imported while the first model's data and champion are read, not after
  if (evaluated.length > 0) preloadOnnxRuntime();
  // the workers for the drift analyses and the champions' runs (evaluate/gate-thread.ts), started now so that they
  // are ready when the first reference or evaluation data is read
  const threads = gateThreadsWanted();
  const drift = threads >= 1 && evaluated.some((m) => declaresReferenceGate(m) && m.data.reference?.path);
  const champion = threads >= 2 && git !== undefined && evaluated.some((m) => m.gates?.champion !== undefined);
  const thread = drift || champion ? startGateThread({ drift, champion }) : undefined;
  try {
    for (const { model, manifest } of toEvaluate) {
      try {
        const { evaluation, gates } = await evaluateModel(manifest, model.manifest, {
          files,
          policy,
          ...(git ? { git } : {}),
          ...(report.repository.base ? { base: report.repository.base } : {}),
          seed: options.seed ?? 0,
          progress,
          ...(thread ? { thread } : {}),
        });
        model.evaluation = evaluation;
        model.gates = gates;
        for (const required of policy.stages[manifest.stage].gates) {
          const result = gates.find((g) => g.gate === required);
          if (result?.verdict === 'skipped') {
            model.findings.push({ severity: 'warning', category: 'policy', code: 'gate-not-evaluated', message: `stage ${manifest.stage} requires the ${required} gate, which was not evaluated: ${result.summary}`, file: model.manifest });
          }
        }
      } catch (error) {
        const finding = evaluationFinding(error, model, manifest.artifact.path, manifest.data.evaluation.path!, files.realRoot);
        if (!finding) throw error;
        model.findings.push(finding);
      }
      model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
    }
  } finally {
    thread?.close();
  }
  if (options.approvals !== false) {
    const gated = report.models.filter((m) => gatesModel(m, scope));
    await addApprovalGates(gated, manifests, policy, { root: files.realRoot, ...(options.approvals ? { source: options.approvals } : {}), ...(options.now ? { now: options.now } : {}), ...(tagRecords ? { tagRecords } : {}) });
  }
  await placeChecks(report.models, files);
  return buildReport({
    now: options.now ?? new Date(),
    command: 'gate',
    toolVersion: TOOL_VERSION,
    root: report.repository.root,
    ...(report.repository.base ? { base: report.repository.base } : {}),
    findings: report.findings,
    models: report.models,
  });
}
