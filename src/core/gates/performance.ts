// The performance gate: metric bounds, operational budgets and "beats the baseline", from measurements.
import type { Manifest } from '../manifest.js';
import { metricById } from '../metrics/registry.js';
import type { Evaluation, GateCheck, GateResult, MetricComparison } from '../report.js';
import { segmentsToPointer } from '../yaml-source.js';
import { checkBound, formatNumber, gateResult } from './bounds.js';

export function baselineComparisons(manifest: Manifest, metrics: Evaluation['metrics']): MetricComparison[] {
  return Object.entries(manifest.baseline?.metrics ?? {}).map(([id, baseline]) => {
    const value = metrics[id] ?? null;
    const higherIsBetter = metricById(id)?.direction !== 'lower-is-better';
    const comparison: MetricComparison = { metric: id, challenger: value, champion: baseline, delta: value === null ? null : value - baseline };
    if (value !== null) comparison.regression = higherIsBetter ? value < baseline : value > baseline;
    return comparison;
  });
}

export function performanceGate(manifest: Manifest, evaluation: Evaluation, problems: Record<string, string>, blocking: boolean): GateResult {
  const gate = manifest.gates?.performance ?? {};
  const checks: GateCheck[] = [];
  for (const [id, bound] of Object.entries(gate.metrics ?? {})) checks.push({ ...checkBound(id, evaluation.metrics[id], bound, problems[id]), pointer: segmentsToPointer(['gates', 'performance', 'metrics', id]) });
  const operational = evaluation.operational;
  if (operational) {
    // Timings and memory vary between runs of the same model: their verdicts count, their digits do not.
    const timing = (check: GateCheck, field: string): GateCheck => ({ ...check, pointer: `/gates/performance/${field}`, volatile: true });
    for (const percentile of ['p50', 'p95', 'p99'] as const) {
      const bound = gate.latency_ms?.[percentile];
      if (bound) checks.push(timing(checkBound(`latency ${percentile} (ms)`, operational.latencyMs[percentile], bound), `latency_ms/${percentile}`));
    }
    if (gate.throughput_rows_per_s) checks.push(timing(checkBound('throughput (rows/s)', operational.throughputRowsPerS, gate.throughput_rows_per_s), 'throughput_rows_per_s'));
    if (gate.memory_mb) checks.push(timing(checkBound('peak memory (MiB)', operational.peakRssMb, gate.memory_mb), 'memory_mb'));
    if (gate.model_size_mb) checks.push({ ...checkBound('model size (MiB)', operational.modelSizeMb, gate.model_size_mb), pointer: '/gates/performance/model_size_mb' });
  }
  for (const comparison of evaluation.baseline?.comparisons ?? []) {
    const name = `${comparison.metric} vs baseline`;
    const pointer = segmentsToPointer(['baseline', 'metrics', comparison.metric]);
    if (comparison.challenger === null) {
      checks.push({ name, verdict: 'error', value: null, champion: comparison.champion, against: 'baseline', message: problems[comparison.metric] ?? `${comparison.metric} could not be computed`, pointer });
      continue;
    }
    checks.push({
      pointer,
      name,
      verdict: comparison.regression ? 'fail' : 'pass',
      value: comparison.challenger,
      champion: comparison.champion,
      against: 'baseline',
      delta: comparison.delta,
      message: `${formatNumber(comparison.challenger)} against the baseline's ${formatNumber(comparison.champion!)}${comparison.regression ? ': the model does not beat its baseline' : ''}`,
    });
  }
  return gateResult('performance', checks, blocking);
}
