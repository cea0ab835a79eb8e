// The fairness gate: bounds from the manifest against the measured aggregates and disparities, one check
// per bound per examined attribute (and intersection), with the interval and the deciding groups in the
// message. Verdicts, by the rule `gates.fairness.rule`:
// - evidence (default): fail only when the data show the bound is broken at the stated confidence — the
//   whole (1 − alpha) interval lies outside the bound, as the champion gate decides; a value that breaks
//   the bound while its interval still reaches it is inconclusive: warn, "not shown broken at these group
//   sizes", so a small sample neither blocks a fair model nor passes an unfair one silently; a value
//   within the bound passes. The one-sided false-fail rate at a true value on the bound is ≤ alpha / 2.
// - point-estimate: a value inside / outside its bound passes / fails, whatever the interval (the rule of
//   Fairlearn-style checks; explicit, for teams migrating to modelops).
// gateResult turns fail into warn when not blocking.
// - fewer than two groups to compare (too small, missing, or one group only): warn, "too small to judge",
//   so a small group never passes or fails silently and never blocks on its own;
// - no value for another reason (0/0, e.g. nobody selected in any group), an attribute that could not be
//   examined, a declared reference group absent from the data, a metric for another task: error.
//
// Which bounds: every id in `metrics`. Fairlearn aggregates are read with method 'between_groups' and
// agg 'worst_case' (Fairlearn's defaults) unless the config says otherwise. A disparity listed in
// `metrics` is checked against its own bound; when `disparity_band` is declared, every other disparity is
// checked against the band too. Disparities are always measured and reported (against the default band
// 0.8-1.25), but gate only when asked: six noisy ratios per attribute on a few hundred rows would
// otherwise fail most models for reasons nobody chose to enforce.
import type { Bound } from '../manifest/manifest.js';
import type { GateCheck, GateResult } from '../report/verdict.js';
import { checkBound, describeBound, formatNumber, gateResult, isWithin } from '../evaluation/bounds.js';
import { DISPARITIES, RATE_NAMES, aggregateKey, type EqualizedOddsAgg, type FairlearnMethod } from './aggregates.js';
import type { AggregateComponent, AttributeFairness, FairnessAggregate, FairnessDisparity, FairnessInterval, FairnessResult } from './evaluate.js';
import type { BinaryRate } from './group-metrics.js';

export interface FairnessGateConfig {
  /** Bounds by fairness metric id (gates.fairness.metrics). */
  metrics?: Record<string, Bound>;
  /** Band every disparity must stay within (gates.fairness.disparity_band). */
  disparity_band?: Bound;
  /** Which Fairlearn method the aggregate bounds apply to (default between_groups). */
  method?: FairlearnMethod;
  /** Which equalized-odds aggregation the bounds apply to (default worst_case). */
  agg?: EqualizedOddsAgg;
  /** evidence (default): fail only when the whole interval breaks the bound; point-estimate: the value alone. */
  rule?: FairnessRule;
}

export type FairnessRule = 'evidence' | 'point-estimate';
export const FAIRNESS_RULES: readonly FairnessRule[] = ['evidence', 'point-estimate'];

const DISPARITY_IDS = new Set(DISPARITIES.map((d) => d.id));

/**
 * The fairness gate's verdict from `result` (evaluateFairness on the challenger). With `champion` (the same
 * evaluation of the production version), each check also carries the champion's value and the change.
 */
export function fairnessGate(config: FairnessGateConfig | undefined, result: FairnessResult, blocking: boolean, champion?: FairnessResult): GateResult {
  const metrics = config?.metrics ?? {};
  const method = config?.method ?? 'between_groups';
  const agg = config?.agg ?? 'worst_case';
  const rule = config?.rule ?? 'evidence';
  const checks: GateCheck[] = [];
  const usable = result.attributes.filter((a) => {
    if (a.error) checks.push({ name: `fairness (${a.name})`, verdict: 'error', value: null, message: a.error, pointer: '/gates/fairness/attributes' });
    return !a.error;
  });

  for (const [id, bound] of Object.entries(metrics)) {
    if (DISPARITY_IDS.has(id)) continue;
    const pointer = `/gates/fairness/metrics/${id}`;
    const key = aggregateKey({ id, method, ...(id.startsWith('equalized_odds') ? { agg } : {}) });
    for (const attribute of usable) {
      const aggregate = attribute.aggregates.find((a) => a.key === key);
      if (!aggregate) {
        checks.push({ name: `${id} (${attribute.name})`, verdict: 'error', value: null, bound, message: `${id} does not apply to ${result.task}`, pointer });
        continue;
      }
      const previous = champion?.attributes.find((a) => a.name === attribute.name)?.aggregates.find((a) => a.key === key);
      checks.push({ ...withChampion(aggregateCheck(`${id} (${attribute.name})`, aggregate, attribute, bound, method !== 'between_groups' || aggregate.agg === 'mean', rule), previous?.value), pointer });
    }
  }

  const disparityBounds = new Map<string, Bound>();
  for (const { id } of DISPARITIES) {
    const bound = metrics[id] ?? config?.disparity_band;
    if (bound) disparityBounds.set(id, bound);
  }
  if (disparityBounds.size > 0 && result.task !== 'binary-classification') {
    for (const id of disparityBounds.keys()) checks.push({ name: id, verdict: 'error', value: null, message: `${id} does not apply to ${result.task}`, pointer: disparityPointer(id) });
  } else {
    for (const [id, bound] of disparityBounds) {
      for (const attribute of usable) {
        const previous = champion?.attributes.find((a) => a.name === attribute.name);
        checks.push({ ...withChampion(disparityCheck(id, attribute, bound, rule), previous ? worstDisparity(previous.disparities.filter((d) => d.id === id && d.value !== null), bound)?.value : undefined), pointer: disparityPointer(id) });
      }
    }
  }
  return gateResult('fairness', checks, blocking, summaryOf(checks));

  function disparityPointer(id: string): string {
    return metrics[id] ? `/gates/fairness/metrics/${id}` : '/gates/fairness/disparity_band';
  }
}

/** gateResult's summary, naming the checks that warn too (not shown broken, too small to judge): a warn is not a pass. */
function summaryOf(checks: readonly GateCheck[]): string | undefined {
  const warned = checks.filter((c) => c.verdict === 'warn');
  if (warned.length === 0) return undefined;
  const failed = checks.filter((c) => c.verdict === 'fail' || c.verdict === 'error');
  const passed = checks.length - warned.length - failed.length;
  const parts = [`${passed} of ${checks.length} checks passed`];
  if (failed.length > 0) parts.push(`${failed.length} failed: ${failed.map((c) => c.name).join(', ')}`);
  parts.push(`${warned.length} warn${warned.length === 1 ? 's' : ''}: ${warned.map((c) => c.name).join(', ')}`);
  return parts.join('; ');
}

function withChampion(check: GateCheck, championValue: number | null | undefined): GateCheck {
  if (championValue === undefined) return check;
  const value = typeof check.value === 'number' ? check.value : null;
  return { ...check, champion: championValue, delta: value !== null && championValue !== null ? value - championValue : null };
}

const percent = (level: number): string => `${Number((level * 100).toPrecision(4))}%`;
const intervalText = (ci: FairnessInterval): string => `${percent(ci.level)} CI [${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}]`;

function interval(ci: FairnessInterval | undefined): string {
  return ci ? `; ${intervalText(ci)}` : '';
}

/** The whole interval lies outside the bound: the data show it is broken at the interval's confidence. */
function intervalBreaks(ci: FairnessInterval, bound: Bound): boolean {
  return (bound.min !== undefined && ci.upper < bound.min) || (bound.max !== undefined && ci.lower > bound.max);
}

/**
 * A measured value against its bound under `rule`: the verdict, and the message's head. Without an interval
 * (none asked for) the evidence rule falls back to the value, and says so.
 */
export function decide(name: string, value: number, ci: FairnessInterval | undefined, bound: Bound, rule: FairnessRule): GateCheck {
  const point = checkBound(name, value, bound);
  const check: GateCheck = { ...point, rule: ci ? rule : 'point-estimate' };
  if (ci) check.interval = { lower: ci.lower, upper: ci.upper, level: ci.level };
  if (!ci) return { ...check, message: `${point.message}${rule === 'evidence' ? ' (no interval computed: decided on the value)' : ''}` };
  if (rule === 'point-estimate' || point.verdict === 'pass') return { ...check, message: `${point.message}${interval(ci)}${rule === 'point-estimate' ? ' (rule: point-estimate)' : ''}` };
  const side = bound.min !== undefined && value < bound.min ? 'below' : 'above';
  if (intervalBreaks(ci, bound)) {
    return { ...check, verdict: 'fail', message: `${formatNumber(value)} breaks the bound ${describeBound(bound)}: the whole ${intervalText(ci)} is ${side} it` };
  }
  return {
    ...check,
    verdict: 'warn',
    message: `${formatNumber(value)} is ${side} the bound ${describeBound(bound)}, but the ${intervalText(ci)} reaches it: not shown broken at these group sizes`,
  };
}

function notJudged(attribute: AttributeFairness): string {
  if (attribute.excluded.length === 0) return '';
  return `; not judged: ${attribute.excluded.map((e) => `'${e.group}' (${e.count} row${e.count === 1 ? '' : 's'}, ${e.why === 'missing' ? 'no value' : 'too small'})`).join(', ')}`;
}

function describeComponent(component: AggregateComponent, several: boolean): string {
  const name = component.rate === 'mae' ? 'MAE' : RATE_NAMES[component.rate as BinaryRate];
  const head = several ? `${name} ${formatNumber(component.value!)}: ` : `${name}: `;
  if (component.lowest && component.highest) {
    return `${head}'${component.lowest.group}' ${formatNumber(component.lowest.value)} lowest, '${component.highest.group}' ${formatNumber(component.highest.value)} highest`;
  }
  if (component.farthest && component.overall !== null) return `${head}'${component.farthest.group}' ${formatNumber(component.farthest.value)} against ${formatNumber(component.overall)} overall`;
  return head.replace(/: $/, '');
}

function aggregateCheck(name: string, aggregate: FairnessAggregate, attribute: AttributeFairness, bound: Bound, sayVariant: boolean, rule: FairnessRule): GateCheck {
  const variant = sayVariant ? ` (${aggregate.method}${aggregate.agg ? `, ${aggregate.agg}` : ''})` : '';
  if (aggregate.value === null) {
    const reason = `${aggregate.reason ?? 'no value on this data'}${variant}`;
    if (aggregate.status === 'insufficient-groups') return { name, verdict: 'warn', value: null, bound, message: `too small to judge: ${reason}` };
    return checkBound(name, null, bound, `no value: ${reason}`);
  }
  const check = decide(name, aggregate.value, aggregate.ci, bound, rule);
  const several = aggregate.components.length > 1;
  const left = aggregate.components.flatMap((c) => c.leftOut.map((l) => `'${l.group}' (${l.reason})`));
  const details = aggregate.components.map((c) => describeComponent(c, several)).join('; ');
  return {
    ...check,
    message: `${check.message}${variant}; ${details}${left.length > 0 ? `; left out: ${left.join(', ')}` : ''}${notJudged(attribute)}`,
  };
}

/** How far inside the bound a ratio is, on a log scale (negative outside); -Infinity for 0. */
function margin(value: number, bound: Bound): number {
  const sides: number[] = [];
  if (bound.min !== undefined) sides.push(Math.log(value) - Math.log(bound.min));
  if (bound.max !== undefined) sides.push(Math.log(bound.max) - Math.log(value));
  return Math.min(...sides);
}

function worstDisparity(measured: readonly FairnessDisparity[], bound: Bound): FairnessDisparity | undefined {
  let worst: FairnessDisparity | undefined;
  for (const d of measured) if (!worst || margin(d.value!, bound) < margin(worst.value!, bound)) worst = d;
  return worst;
}

function disparityCheck(id: string, attribute: AttributeFairness, bound: Bound, rule: FairnessRule): GateCheck {
  const name = `${id} (${attribute.name})`;
  if (!attribute.reference) {
    const problem = attribute.referenceProblem;
    if (problem?.kind === 'not-in-data') return { name, verdict: 'error', value: null, bound, message: problem.message };
    return { name, verdict: 'warn', value: null, bound, message: `too small to judge: ${problem?.message ?? 'no reference group'}${notJudged(attribute)}` };
  }
  const reference = attribute.reference.group;
  const all = attribute.disparities.filter((d) => d.id === id);
  if (all.length === 0) {
    return { name, verdict: 'warn', value: null, bound, message: `too small to judge: only the reference group '${reference}' is large enough to compare${notJudged(attribute)}` };
  }
  const measured = all.filter((d) => d.value !== null);
  const unmeasured = all.filter((d) => d.value === null).map((d) => `'${d.group}' (${d.reason})`);
  if (measured.length === 0) return checkBound(name, null, bound, `no value for any group against '${reference}': ${unmeasured.join(', ')}`);
  // each group against the reference under the rule (its interval is Bonferroni-adjusted over the groups);
  // the check shows the group that decides it: a failing one, else an inconclusive one, else the worst
  const decided = measured.map((d) => ({ d, check: decide(name, d.value!, d.ci, bound, rule) }));
  const rank = { fail: 0, warn: 1, pass: 2 } as Record<string, number>;
  const deciding = decided
    .filter((x) => x.check.verdict === decided.reduce((best, y) => (rank[y.check.verdict]! < rank[best]! ? y.check.verdict : best), 'pass' as string))
    .reduce((worst, x) => (margin(x.d.value!, bound) < margin(worst.d.value!, bound) ? x : worst));
  const { d: worst, check } = deciding;
  const rate = RATE_NAMES[worst.rate];
  const others = measured.length > 1 ? `; ${measured.length} groups compared, ${measured.filter((d) => !isWithin(d.value!, bound)).length} outside` : '';
  return {
    ...check,
    verdict: check.verdict === 'pass' && unmeasured.length > 0 ? 'warn' : check.verdict,
    message:
      `'${worst.group}' (${rate} ${formatNumber(worst.groupRate!)} against ${formatNumber(worst.referenceRate!)} for reference '${reference}'): ${check.message}${others}` +
      `${unmeasured.length > 0 ? `; no value: ${unmeasured.join(', ')}` : ''}${notJudged(attribute)}`,
  };
}
