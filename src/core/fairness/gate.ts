// The fairness gate: bounds from the manifest against the measured aggregates and disparities, one check
// per bound per examined attribute (and intersection), with the interval and the deciding groups in the
// message. Verdicts:
// - a value inside / outside its bound: pass / fail (gateResult turns fail into warn when not blocking);
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
import type { Bound } from '../manifest.js';
import type { GateCheck, GateResult } from '../report.js';
import { checkBound, describeBound, formatNumber, gateResult, isWithin } from '../gates/bounds.js';
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
}

const DISPARITY_IDS = new Set(DISPARITIES.map((d) => d.id));

/**
 * The fairness gate's verdict from `result` (evaluateFairness on the challenger). With `champion` (the same
 * evaluation of the production version), each check also carries the champion's value and the change.
 */
export function fairnessGate(config: FairnessGateConfig | undefined, result: FairnessResult, blocking: boolean, champion?: FairnessResult): GateResult {
  const metrics = config?.metrics ?? {};
  const method = config?.method ?? 'between_groups';
  const agg = config?.agg ?? 'worst_case';
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
      checks.push({ ...withChampion(aggregateCheck(`${id} (${attribute.name})`, aggregate, attribute, bound, method !== 'between_groups' || aggregate.agg === 'mean'), previous?.value), pointer });
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
        checks.push({ ...withChampion(disparityCheck(id, attribute, bound), previous ? worstDisparity(previous.disparities.filter((d) => d.id === id && d.value !== null), bound)?.value : undefined), pointer: disparityPointer(id) });
      }
    }
  }
  return gateResult('fairness', checks, blocking);

  function disparityPointer(id: string): string {
    return metrics[id] ? `/gates/fairness/metrics/${id}` : '/gates/fairness/disparity_band';
  }
}

function withChampion(check: GateCheck, championValue: number | null | undefined): GateCheck {
  if (championValue === undefined) return check;
  const value = typeof check.value === 'number' ? check.value : null;
  return { ...check, champion: championValue, delta: value !== null && championValue !== null ? value - championValue : null };
}

function interval(ci: FairnessInterval | undefined): string {
  return ci ? `; ${Math.round(ci.level * 100)}% CI [${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}]` : '';
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

function aggregateCheck(name: string, aggregate: FairnessAggregate, attribute: AttributeFairness, bound: Bound, sayVariant: boolean): GateCheck {
  const variant = sayVariant ? ` (${aggregate.method}${aggregate.agg ? `, ${aggregate.agg}` : ''})` : '';
  if (aggregate.value === null) {
    const reason = `${aggregate.reason ?? 'no value on this data'}${variant}`;
    if (aggregate.status === 'insufficient-groups') return { name, verdict: 'warn', value: null, bound, message: `too small to judge: ${reason}` };
    return checkBound(name, null, bound, `no value: ${reason}`);
  }
  const check = checkBound(name, aggregate.value, bound);
  const several = aggregate.components.length > 1;
  const left = aggregate.components.flatMap((c) => c.leftOut.map((l) => `'${l.group}' (${l.reason})`));
  const details = aggregate.components.map((c) => describeComponent(c, several)).join('; ');
  return {
    ...check,
    message: `${check.message}${variant}${interval(aggregate.ci)}; ${details}${left.length > 0 ? `; left out: ${left.join(', ')}` : ''}${notJudged(attribute)}`,
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

function disparityCheck(id: string, attribute: AttributeFairness, bound: Bound): GateCheck {
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
  const worst = worstDisparity(measured, bound);
  if (!worst) return checkBound(name, null, bound, `no value for any group against '${reference}': ${unmeasured.join(', ')}`);
  const pass = isWithin(worst.value!, bound);
  const rate = RATE_NAMES[worst.rate];
  const others = measured.length > 1 ? `; ${measured.length} groups compared, ${measured.filter((d) => !isWithin(d.value!, bound)).length} outside` : '';
  return {
    name,
    verdict: pass ? (unmeasured.length > 0 ? 'warn' : 'pass') : 'fail',
    value: worst.value,
    bound,
    message:
      `'${worst.group}' ${formatNumber(worst.value!)} (${rate} ${formatNumber(worst.groupRate!)} against ${formatNumber(worst.referenceRate!)} for reference '${reference}') ` +
      `${pass ? 'meets' : 'breaks'} the bound ${describeBound(bound)}${interval(worst.ci)}${others}` +
      `${unmeasured.length > 0 ? `; no value: ${unmeasured.join(', ')}` : ''}${notJudged(attribute)}`,
  };
}
