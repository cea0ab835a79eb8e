// The drift gate (PR time: evaluation data against the reference; `modelops drift`: current data against it)
// and the staleness gate, as checks from the report's drift section and the staleness result.
//
// Checks of the drift gate, each failing on its own:
// - feature drift: the dataset decision (drifted columns / all columns >= drift_share); the message names the
//   drifted columns even when their share is below drift_share, and the columns not tested, with why. It
//   warns when the untested columns could have tipped the decision, and when no column could be tested
//   because the manifest forces a method that applies to none of them (a finding, not a failed run); it is
//   an error only when no column had data to test;
// - missing values: no column's missing share changed (drift-analysis.ts's rule);
// - prediction drift: the model's outputs did not drift (when the model ran on both sides);
// - domain classifier: cross-validated AUC within its band; above it fails, below it warns (a classifier
//   worse than guessing reflects cross-validation noise on small or overlapping samples, not drift);
// - estimated <metric> (CBPE, binary classifiers): the estimate is not below the lower alert threshold the
//   reference's chunks give (an estimate above the upper one is reported, not failed: it is not a decay).
import type { DriftColumnReport, DriftEvaluation } from './report.js';
import type { Staleness } from './staleness.js';
import type { GateCheck, GateResult } from '../report/verdict.js';
import { checkBound, formatNumber, gateResult } from '../evaluation/bounds.js';

const percent = (share: number): string => `${formatNumber(share * 100)}%`;

function scoreText(column: DriftColumnReport): string {
  if (!column.evaluated) return 'not tested';
  const rate = column.falseAlarmRate !== undefined ? `; ${column.falseAlarmRateEstimated ? '≈ ' : ''}${percent(column.falseAlarmRate)} false alarms` : '';
  if (column.decidedBy === 'p-value' || (column.decidedBy === undefined && column.scoreKind === 'p-value')) {
    const adjusted = column.adjustedPValue !== undefined && column.adjustedPValue !== column.pValue ? `, adjusted ${formatNumber(column.adjustedPValue)}` : '';
    const distance = column.scoreKind === 'distance' ? ` ${formatNumber(column.distance!)},` : '';
    return `${column.method}${distance} p = ${formatNumber(column.pValue!)}${adjusted} (drift below ${formatNumber(column.threshold)}${rate})`;
  }
  return `${column.method} ${formatNumber(column.distance!)} (drift at ≥ ${formatNumber(column.threshold)}${rate})`;
}

export function driftChecks(drift: DriftEvaluation): GateCheck[] {
  const checks: GateCheck[] = [];
  const f = drift.features;
  const driftedNames = f.columns.filter((c) => c.drifted).map((c) => c.column);
  const unevaluated = f.columns.filter((c) => !c.evaluated);
  const untestedText = unevaluated.length > 0 ? `; not tested: ${unevaluated.map((c) => c.error ?? c.column).join('; ')}` : '';
  if (f.evaluated === 0) {
    // a forced method that fits no column is the manifest's choice to revisit, not a broken run
    const onlyNotApplicable = unevaluated.length > 0 && unevaluated.every((c) => c.errorCode === 'not-applicable');
    checks.push({
      name: 'feature drift',
      pointer: '/gates/drift',
      verdict: onlyNotApplicable ? 'warn' : 'error',
      value: null,
      message: `no column could be tested${untestedText}`,
    });
  } else {
    checks.push({
      name: 'feature drift',
      pointer: '/gates/drift/drift_share',
      verdict: f.datasetDrifted ? 'fail' : f.undecided ? 'warn' : 'pass',
      value: f.share,
      bound: { max: f.driftShare },
      message:
        `${f.drifted} of ${f.columns.length} columns drifted (${percent(f.share)}${driftedNames.length > 0 ? `: ${driftedNames.join(', ')}` : ''}); ` +
        `the dataset drifts at ≥ ${percent(f.driftShare)}` +
        (f.undecided ? `; the ${unevaluated.length} column(s) not tested could have reached it` : '') +
        untestedText,
    });
  }
  const changed = f.columns.filter((c) => c.missing.changed);
  checks.push({
    name: 'missing values',
    pointer: '/gates/drift',
    verdict: changed.length > 0 ? 'fail' : 'pass',
    value: changed.length,
    message:
      changed.length === 0
        ? 'no column\'s share of missing values changed'
        : `missing share changed in ${changed.map((c) => `${c.column} (${percent(c.missing.reference.share)} → ${percent(c.missing.current.share)})`).join(', ')}`,
  });
  if (drift.prediction) {
    const p = drift.prediction;
    checks.push({
      name: 'prediction drift',
      pointer: '/gates/drift/prediction',
      verdict: !p.evaluated ? 'error' : p.drifted ? 'fail' : 'pass',
      value: p.evaluated ? (p.scoreKind === 'p-value' ? p.adjustedPValue! : p.distance!) : null,
      message: p.evaluated ? `${p.output}: ${scoreText(p)}` : (p.error ?? 'not evaluated'),
    });
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    const top = d.topFeatures.slice(0, 3).map((t) => t.column);
    // one-sided: an AUC below 0.5 is cross-validation noise, never drift
    const check: GateCheck = { ...checkBound('domain classifier AUC', d.auc, { max: d.threshold }), pointer: '/gates/drift/domain_classifier' };
    check.message = `${domainThresholdText(d)}${top.length > 0 && d.drifted ? `; it tells the samples apart mostly by ${top.join(', ')}` : ''}`;
    checks.push(check);
  }
  for (const metric of drift.performance?.metrics ?? []) {
    // a threshold at 0 (the reference's chunks vary that much) cannot fail: not worth a check
    if (metric.estimate === null || metric.thresholds.lower === null || metric.thresholds.lower <= 0) continue;
    const check: GateCheck = { ...checkBound(`estimated ${metric.metric} (CBPE)`, metric.estimate, { min: metric.thresholds.lower }), pointer: '/gates/drift' };
    const realised = metric.realised !== null ? `; realised ${formatNumber(metric.realised)}` : '';
    const band = metric.lower !== null && metric.upper !== null ? ` (sampling band ${formatNumber(metric.lower)}–${formatNumber(metric.upper)})` : '';
    check.message = `estimate ${formatNumber(metric.estimate)}${band}${realised}; ${check.verdict === 'pass' ? 'within' : 'below'} the reference's alert threshold ${formatNumber(metric.thresholds.lower)}`;
    checks.push(check);
  }
  return checks;
}

/** The drift gate; `summary` names the drifted features. */
export function driftGate(drift: DriftEvaluation, blocking: boolean): GateResult {
  const checks = driftChecks(drift);
  const drifted = drift.features.columns.filter((c) => c.drifted).map((c) => c.column);
  const failed = checks.filter((c) => c.verdict === 'fail' || c.verdict === 'error').map((c) => c.name);
  const summary =
    (failed.length === 0 ? `${checks.length} checks passed` : `${failed.length} of ${checks.length} checks failed: ${failed.join(', ')}`) +
    (drifted.length > 0 ? ` · drifted features: ${drifted.join(', ')}` : ' · no feature drifted') +
    (drift.source === 'profile' ? ' · from profiles (binned approximations)' : '');
  return gateResult('drift', checks, blocking, summary);
}

/** Whether the drift section shows drift: a failing check of the drift gate. */
export function hasDrifted(drift: DriftEvaluation): boolean {
  return driftChecks(drift).some((c) => c.verdict === 'fail');
}

export function stalenessGate(result: Staleness, blocking: boolean): GateResult {
  if (result.verdict === 'skipped') return { gate: 'staleness', verdict: 'skipped', blocking, summary: result.message, checks: [] };
  const check: GateCheck = {
    name: 'days in production',
    pointer: '/monitoring/retraining/max_interval',
    volatile: true,
    verdict: result.stale ? 'fail' : 'pass',
    value: result.ageDays!,
    message: result.message,
  };
  return gateResult('staleness', [check], blocking, result.message);
}

/** The domain classifier's decision in words: AUC, threshold, where it comes from and its false-alarm rate. */
export function domainThresholdText(d: NonNullable<DriftEvaluation['domainClassifier']>): string {
  const source = d.thresholdSource === 'permutation' ? `the ${d.permutations}-permutation null at these sizes` : `the fixed auc_band max (${formatNumber(d.falseAlarmRate * 100)}% of ${d.permutations} permuted no-drift AUCs exceed it)`;
  return `AUC ${formatNumber(d.auc)} ${d.drifted ? 'above' : 'within'} the threshold ${formatNumber(d.threshold)} from ${source}, false-alarm rate ${formatNumber(d.falseAlarmRate * 100)}%; permutation p = ${formatNumber(d.pValue)}`;
}
