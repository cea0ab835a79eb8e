// Checks a schema-valid manifest can fail on its own: names, coherence of bounds, metric names per task.
import { durationMs, type Bound, type Manifest } from '../manifest.js';
import { FAIRNESS_METRICS, PERFORMANCE_METRICS, metricsForTask } from '../../metrics/known.js';
import type { Finding } from '../../report/verdict.js';
import { segmentsToPointer, type YamlSource } from '../yaml-source.js';

type Segments = (string | number)[];

export function finding(source: YamlSource, at: Segments, code: string, message: string, extra: Partial<Finding> = {}, target: 'key' | 'value' = 'value'): Finding {
  const pos = source.locate(at, target);
  return {
    severity: 'error',
    category: 'input',
    code,
    message,
    file: source.file,
    line: pos.line,
    column: pos.column,
    pointer: segmentsToPointer(at),
    ...extra,
  };
}

/** `models/credit-risk/model.yaml` -> `credit-risk`. */
export function folderName(manifestPath: string): string | undefined {
  const parts = manifestPath.split('/');
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

export function checkManifestCoherence(manifest: Manifest, source: YamlSource): Finding[] {
  const findings: Finding[] = [];
  const add = (at: Segments, code: string, message: string, extra: Partial<Finding> = {}, target: 'key' | 'value' = 'value') =>
    findings.push(finding(source, at, code, message, extra, target));

  const folder = folderName(source.file);
  if (folder !== undefined && folder !== manifest.metadata.name) {
    add(['metadata', 'name'], 'name-folder-mismatch', `metadata.name '${manifest.metadata.name}' differs from its folder '${folder}'`, {
      hint: `rename the folder to '${manifest.metadata.name}' or set metadata.name: ${folder}`,
    });
  }

  const { task } = manifest.problem;
  const features = manifest.data.features;
  const featureNames = new Set<string>();
  features.forEach((f, i) => {
    if (featureNames.has(f.name)) add(['data', 'features', i, 'name'], 'duplicate-feature', `feature '${f.name}' is declared twice`);
    featureNames.add(f.name);
  });
  if (featureNames.has(manifest.data.label.column)) {
    add(['data', 'label', 'column'], 'label-is-feature', `label column '${manifest.data.label.column}' is also declared as a feature (target leakage)`);
  }

  if (task === 'binary-classification') {
    if (manifest.data.label.positive === undefined) {
      add(['data', 'label'], 'missing-positive-class', 'binary classification needs data.label.positive (the value of the positive class)');
    }
    if (!manifest.artifact.outputs.score && !manifest.artifact.outputs.label) {
      add(['artifact', 'outputs'], 'missing-output', 'classification needs artifact.outputs.score or artifact.outputs.label');
    }
  } else if (task === 'multiclass-classification') {
    if (!manifest.artifact.outputs.score && !manifest.artifact.outputs.label) {
      add(['artifact', 'outputs'], 'missing-output', 'classification needs artifact.outputs.score or artifact.outputs.label');
    }
  } else {
    if (!manifest.artifact.outputs.prediction) add(['artifact', 'outputs'], 'missing-output', 'regression needs artifact.outputs.prediction');
    if (manifest.artifact.threshold !== undefined) add(['artifact', 'threshold'], 'threshold-not-applicable', 'artifact.threshold only applies to binary classification');
  }

  const inputs = manifest.artifact.inputs;
  if (inputs.columns) {
    inputs.columns.forEach((column, i) => {
      if (!featureNames.has(column)) add(['artifact', 'inputs', 'columns', i], 'unknown-input-column', `input column '${column}' is not a declared feature`);
    });
    const missing = [...featureNames].filter((name) => !inputs.columns!.includes(name));
    if (missing.length > 0) add(['artifact', 'inputs', 'columns'], 'missing-input-column', `features missing from artifact.inputs.columns: ${missing.join(', ')}`);
  }
  if (inputs.names) {
    for (const column of Object.keys(inputs.names)) {
      if (!featureNames.has(column)) add(['artifact', 'inputs', 'names', column], 'unknown-input-column', `'${column}' in artifact.inputs.names is not a declared feature`, {}, 'key');
    }
  }

  const sensitiveNames = new Set<string>();
  (manifest.data.sensitive ?? []).forEach((attribute, i) => {
    if (sensitiveNames.has(attribute.name)) add(['data', 'sensitive', i, 'name'], 'duplicate-sensitive', `sensitive attribute '${attribute.name}' is declared twice`);
    sensitiveNames.add(attribute.name);
    if (attribute.bins) {
      if ((attribute.type ?? 'categorical') !== 'numeric') {
        add(['data', 'sensitive', i, 'bins'], 'bins-not-numeric', `bins only apply to a numeric attribute; set type: numeric on '${attribute.name}'`);
      }
      for (let b = 1; b < attribute.bins.length; b++) {
        if (attribute.bins[b]! <= attribute.bins[b - 1]!) {
          add(['data', 'sensitive', i, 'bins', b], 'bins-not-ascending', `bins of '${attribute.name}' must be strictly ascending (${attribute.bins[b - 1]} then ${attribute.bins[b]})`);
        }
      }
    } else if (attribute.type === 'numeric') {
      add(['data', 'sensitive', i], 'missing-bins', `numeric sensitive attribute '${attribute.name}' needs bins (bucket edges, e.g. [25, 60])`);
    }
  });

  for (const key of ['training', 'evaluation', 'reference'] as const) {
    const dataset = manifest.data[key];
    if (dataset && dataset.path === undefined && dataset.uri === undefined) add(['data', key], 'dataset-location', `data.${key} needs a path (in the repository) or a uri`);
  }
  if (manifest.data.evaluation.path === undefined) {
    add(['data', 'evaluation'], 'evaluation-not-in-repo', 'data.evaluation needs a path in the repository: the gates run the model on it');
  }

  const gates = manifest.gates ?? {};
  const knownPerformance = new Set(metricsForTask(PERFORMANCE_METRICS, task).map((m) => m.id));
  for (const id of Object.keys(gates.performance?.metrics ?? {})) {
    if (!knownPerformance.has(id)) add(['gates', 'performance', 'metrics', id], 'metric-not-for-task', `metric '${id}' does not apply to ${task}`, { hint: `metrics for ${task}: ${[...knownPerformance].join(', ')}` }, 'key');
  }
  for (const [index, id] of (gates.champion?.metrics ?? []).entries()) {
    if (!knownPerformance.has(id)) add(['gates', 'champion', 'metrics', index], 'metric-not-for-task', `champion metric '${id}' is not a ${task} metric`, { hint: `metrics for ${task}: ${[...knownPerformance].join(', ')}` });
  }
  for (const id of Object.keys(manifest.baseline?.metrics ?? {})) {
    if (!knownPerformance.has(id)) add(['baseline', 'metrics', id], 'metric-not-for-task', `baseline metric '${id}' is not a ${task} metric`, { hint: `metrics for ${task}: ${[...knownPerformance].join(', ')}` }, 'key');
  }
  if (gates.fairness) {
    const knownFairness = new Set(metricsForTask(FAIRNESS_METRICS, task).map((m) => m.id));
    for (const id of Object.keys(gates.fairness.metrics ?? {})) {
      if (!knownFairness.has(id)) add(['gates', 'fairness', 'metrics', id], 'metric-not-for-task', `fairness metric '${id}' does not apply to ${task}`, {}, 'key');
    }
    gates.fairness.attributes.forEach((name, i) => {
      if (!sensitiveNames.has(name)) {
        add(['gates', 'fairness', 'attributes', i], 'unknown-sensitive', `fairness attribute '${name}' is not declared in data.sensitive`, {
          hint: sensitiveNames.size > 0 ? `declared: ${[...sensitiveNames].join(', ')}` : 'declare it under data.sensitive with its column',
        });
      }
    });
  }
  const drift = gates.drift;
  const distances = ['psi', 'jensenshannon', 'wasserstein', 'hellinger'];
  if (drift?.threshold !== undefined && drift.threshold_mode === undefined && distances.includes(drift.method ?? 'auto')) {
    add(
      ['gates', 'drift', 'threshold'],
      'drift-threshold-is-alpha',
      `gates.drift.threshold ${drift.threshold} with method ${drift.method} is read as a false-alarm rate (threshold_mode calibrated, the default), not as Evidently's distance threshold`,
      { severity: 'warning', category: 'policy', hint: 'set gates.drift.threshold_mode: fixed to keep the distance threshold, or threshold_mode: calibrated to confirm the false-alarm rate' },
    );
  }
  if (drift?.threshold !== undefined && (drift.method ?? 'auto') === 'auto' && drift.threshold_mode === 'fixed') {
    add(
      ['gates', 'drift', 'threshold'],
      'ambiguous-drift-threshold',
      `gates.drift.threshold ${drift.threshold} with method auto is read as a p-value by the columns that get KS, chi-squared or z and as a distance by those that get Wasserstein, Jensen-Shannon, PSI or Hellinger`,
      { severity: 'warning', category: 'policy', hint: 'name a method (gates.drift.method), or set thresholds per column (gates.drift.columns.<name>.threshold)' },
    );
  }
  for (const column of Object.keys(gates.drift?.columns ?? {})) {
    if (!featureNames.has(column)) add(['gates', 'drift', 'columns', column], 'unknown-drift-column', `drift override for '${column}', which is not a declared feature`, {}, 'key');
  }

  for (const { at, bound } of boundsIn(gates, ['gates'])) {
    if (bound.min !== undefined && bound.max !== undefined && bound.min > bound.max) {
      add(at, 'contradictory-bounds', `${at.join('.')}: min ${bound.min} is greater than max ${bound.max}; no value can pass`);
    }
  }

  const retraining = manifest.monitoring?.retraining;
  if (retraining?.min_interval && retraining.max_interval) {
    if (durationMs(retraining.min_interval)! > durationMs(retraining.max_interval)!) {
      add(['monitoring', 'retraining', 'min_interval'], 'contradictory-bounds', `retraining min_interval ${retraining.min_interval} is longer than max_interval ${retraining.max_interval}`);
    }
  }
  const trigger = retraining?.trigger;
  if (trigger?.type === 'workflow_dispatch' && !trigger.workflow) add(['monitoring', 'retraining', 'trigger'], 'missing-trigger-field', 'a workflow_dispatch trigger needs `workflow` (the workflow file name)');
  if (trigger?.type === 'repository_dispatch' && !trigger.event_type) add(['monitoring', 'retraining', 'trigger'], 'missing-trigger-field', 'a repository_dispatch trigger needs `event_type`');

  findings.push(...checkEvidenceFields(manifest, source));
  return findings;
}

const MANIFEST_FIELD = /^(metadata|stage|problem|artifact|data|baseline|gates|monitoring|deployment)(\.[A-Za-z0-9_-]+)*$/;

/** Evidence naming a manifest field (`gates.fairness`) must name one that exists. */
export function checkEvidenceFields(manifest: Manifest, source: YamlSource): Finding[] {
  const findings: Finding[] = [];
  for (const [section, items] of Object.entries(manifest.checklist)) {
    for (const [key, item] of Object.entries(items ?? {})) {
      const evidence = item.evidence === undefined ? [] : Array.isArray(item.evidence) ? item.evidence : [item.evidence];
      evidence.forEach((text, i) => {
        const field = text.trim();
        if (!MANIFEST_FIELD.test(field)) return;
        let value: unknown = manifest;
        for (const part of field.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
        if (value !== undefined) return;
        const at = Array.isArray(item.evidence) ? ['checklist', section, key, 'evidence', i] : ['checklist', section, key, 'evidence'];
        findings.push(finding(source, at, 'missing-evidence-field', `evidence '${field}' names a manifest field that is not there`, { hint: `declare ${field}, or give other evidence` }));
      });
    }
  }
  return findings;
}

/** Every `{min, max}` object under `value`, with where it is, depth first (`at` is the walk's stack: copied only for a bound). */
function boundsIn(value: unknown, at: (string | number)[], found: { at: Segments; bound: Bound }[] = []): { at: Segments; bound: Bound }[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return found;
  const record = value as Record<string, unknown>;
  if (typeof record['min'] === 'number' || typeof record['max'] === 'number') {
    found.push({ at: [...at], bound: record as Bound });
    return found;
  }
  for (const key of Object.keys(record)) {
    at.push(key);
    boundsIn(record[key], at, found);
    at.pop();
  }
  return found;
}
