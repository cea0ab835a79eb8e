// The manifest `modelops init <name>` writes: every section, the full checklist with its questions.
import { CHECKLIST, CHECKLIST_SECTIONS, SECTION_TITLES } from './checklist/catalogue.js';
import type { Task } from './manifest.js';

export interface ScaffoldOptions {
  name: string;
  task: Task;
  /** SHA-256 of the artifact when it already exists. */
  artifactSha256?: string;
  /** Path from the manifest to schemas/model.schema.json, for editor completion. */
  schemaPath?: string;
}

export function scaffoldManifest(options: ScaffoldOptions): string {
  const { name, task } = options;
  const dir = `models/${name}`;
  const binary = task === 'binary-classification';
  const lines: string[] = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  lines.push(
    `# Manifest of model '${name}'. Fill in every TODO, then run: modelops validate ${dir}/model.yaml`,
    'apiVersion: modelops/v1',
    'kind: Model',
    'metadata:',
    `  name: ${name}`,
    '  version: 0.1.0',
    '  owners: ["@TODO-github-user-or-team"]',
    '  description: TODO one or two sentences on what the model does',
    'stage: development',
    'problem:',
    '  statement: TODO the problem in plain language, and the decision the predictions feed',
    `  task: ${task}`,
    '  kpis:',
    '    - name: TODO business KPI',
    '      target: TODO target value or direction',
    '  acceptance: TODO the criteria agreed with stakeholders for going live',
    'artifact:',
    `  path: ${dir}/model.onnx`,
    `  sha256: "${options.artifactSha256 ?? '0'.repeat(64)}"  # sha256sum ${dir}/model.onnx`,
    '  format: onnx',
    '  inputs:',
    '    layout: tensor          # tensor: one [N, k] float input; columns: one input per column',
    '  outputs:',
    ...(task === 'regression' ? ['    prediction: variable'] : ['    score: probabilities', ...(binary ? ['    score_column: 1'] : [])]),
    ...(binary ? ['  threshold: 0.5'] : []),
    'data:',
    '  label:',
    '    column: TODO',
    ...(binary ? ['    positive: TODO  # value of the positive class'] : []),
    '  features:',
    '    - name: TODO',
    '      type: numeric       # numeric | categorical',
    '  evaluation:',
    `    path: ${dir}/data/evaluation.csv`,
    `    sha256: "${'0'.repeat(64)}"  # sha256sum ${dir}/data/evaluation.csv`,
    '    provenance: TODO where the data comes from, its owner and licence',
    'gates:',
    '  performance:',
    '    metrics:',
    ...(task === 'regression' ? ['      rmse: {max: 1.0}'] : binary ? ['      roc_auc: {min: 0.7}'] : ['      accuracy: {min: 0.7}']),
    'checklist:',
  );
  for (const section of CHECKLIST_SECTIONS) {
    lines.push(`  # ${SECTION_TITLES[section]}`, `  ${section}:`);
    for (const item of CHECKLIST.filter((i) => i.section === section)) {
      lines.push(`    # ${item.question}`, `    ${item.key}: {answer: no, evidence: ""}`);
    }
  }
  return lines.join('\n') + '\n';
}
