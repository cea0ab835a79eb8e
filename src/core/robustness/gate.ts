// The robustness gate from measured perturbations: label flips, score changes, finite in-range outputs.
import type { Manifest } from '../manifest/manifest.js';
import type { GateCheck, GateResult } from '../report/verdict.js';
import { checkBound, formatNumber, gateResult } from '../evaluation/bounds.js';

export const ROBUSTNESS_CHECKS = ['missing_values', 'zeros', 'extremes', 'noise'] as const;
export type RobustnessCheck = (typeof ROBUSTNESS_CHECKS)[number];

/** What one perturbation did to the predictions (worst feature for per-feature perturbations). */
export interface RobustnessMeasurement {
  check: RobustnessCheck;
  /** Feature whose perturbation flipped the most labels, for per-feature checks. */
  worstFeature?: string;
  labelFlipRate: number;
  meanScoreChange: number;
  /** Rows with a NaN or infinite output under the perturbation. */
  nonFinite: number;
  /** Rows whose score left artifact bounds (`output_range`). */
  outOfRange: number;
  rows: number;
}

export function robustnessGate(manifest: Manifest, measurements: readonly RobustnessMeasurement[], blocking: boolean): GateResult {
  const config = manifest.gates?.robustness ?? {};
  const checks: GateCheck[] = [];
  for (const m of measurements) {
    const settings = config[m.check] ?? {};
    const where = m.worstFeature ? ` (worst: ${m.worstFeature})` : '';
    // Non-finite outputs leave nothing to compare: the stability checks fail with the reason.
    const pointer = `/gates/robustness/${m.check}`;
    const unmeasurable = Number.isNaN(m.labelFlipRate) ? `the outputs were NaN or infinite${where}, so stability could not be measured` : undefined;
    if (settings.max_label_flip_rate !== undefined) {
      const bound = { max: settings.max_label_flip_rate };
      checks.push(
        unmeasurable
          ? { name: `${m.check}: label flip rate`, verdict: 'fail', value: null, bound, message: unmeasurable, pointer: `${pointer}/max_label_flip_rate` }
          : { ...checkBound(`${m.check}: label flip rate`, m.labelFlipRate, bound), message: `${formatNumber(m.labelFlipRate)} of rows change label${where}; allowed ${formatNumber(settings.max_label_flip_rate)}`, pointer: `${pointer}/max_label_flip_rate` },
      );
    }
    if (settings.max_mean_score_change !== undefined) {
      const bound = { max: settings.max_mean_score_change };
      checks.push(
        unmeasurable
          ? { name: `${m.check}: mean score change`, verdict: 'fail', value: null, bound, message: unmeasurable, pointer: `${pointer}/max_mean_score_change` }
          : { ...checkBound(`${m.check}: mean score change`, m.meanScoreChange, bound), message: `mean |Δscore| ${formatNumber(m.meanScoreChange)}${where}; allowed ${formatNumber(settings.max_mean_score_change)}`, pointer: `${pointer}/max_mean_score_change` },
      );
    }
    checks.push({
      name: `${m.check}: finite outputs`,
      pointer,
      verdict: m.nonFinite === 0 ? 'pass' : 'fail',
      value: m.nonFinite,
      message: m.nonFinite === 0 ? `all ${m.rows} outputs finite` : `${m.nonFinite} of ${m.rows} outputs are NaN or infinite`,
    });
    if (config.output_range) {
      checks.push({
        name: `${m.check}: outputs in range`,
        pointer: '/gates/robustness/output_range',
        verdict: m.outOfRange === 0 ? 'pass' : 'fail',
        value: m.outOfRange,
        message: m.outOfRange === 0 ? `all outputs within ${JSON.stringify(config.output_range)}` : `${m.outOfRange} of ${m.rows} outputs leave ${JSON.stringify(config.output_range)}`,
      });
    }
  }
  return gateResult('robustness', checks, blocking);
}
