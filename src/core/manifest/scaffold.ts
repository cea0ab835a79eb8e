// The manifest `modelops init` writes. Given what the ONNX graph and the data say (plain values read
// by the command), it decides the task, the input layout, the features, the outputs and the class
// order, and writes every section with a comment saying where each value came from; the readiness
// checklist follows with each question and the evidence that would satisfy it, left for the user to
// answer. Without a model and data it writes the bare template.
import { CHECKLIST, CHECKLIST_SECTIONS, SECTION_TITLES, checklistItemId, type ProofContext } from '../checklist/catalogue.js';
import { EVIDENCE_HINTS } from '../checklist/hints.js';
import type { Manifest, Task } from './manifest.js';

/** A model input or output as the graph declares it. */
export interface GraphValue {
  name: string;
  isTensor: boolean;
  type?: string;
  dims?: readonly (number | string)[];
}

export interface ModelFacts {
  inputs: readonly GraphValue[];
  outputs: readonly GraphValue[];
  /** ZipMap nodes: `input` is the [N, classes] probability tensor, `output` the sequence of maps. */
  zipMaps: readonly { input: string; output: string }[];
  /** The classifier's class labels in probability-column order, when the graph records them. */
  classLabels?: readonly (string | number)[];
}

/** One column of the evaluation data. */
export interface ColumnFacts {
  name: string;
  kind: 'numeric' | 'categorical';
  /** Distinct non-missing values as text, in order of first appearance (at most MAX_DISTINCT). */
  values: readonly string[];
  distinctCount: number;
  /** Numeric columns: the median of the non-missing values. */
  median?: number;
}

export const MAX_DISTINCT = 50;

export interface PinnedFile {
  path: string;
  sha256: string;
}

export interface InferOptions {
  name: string;
  owner: string;
  label: string;
  positive?: string;
  task?: Task;
  sensitive?: readonly string[];
  /** The model's features in its input order, when they cannot be read off the data (layout tensor). */
  features?: readonly string[];
  statement?: string;
  model: PinnedFile;
  evaluation: PinnedFile;
  reference?: PinnedFile;
  /** Path from the manifest to model.schema.json, for editor completion. */
  schemaPath?: string;
}

export class ScaffoldError extends Error {}

const isFloat = (value: GraphValue) => value.isTensor && (value.type === undefined || value.type === 'float32' || value.type === 'float64');
const shape = (value: GraphValue) => `${value.type ?? 'tensor'} [${(value.dims ?? []).join(', ')}]`;
const list = (names: readonly (string | number)[]) => names.map((n) => `'${n}'`).join(', ');
const RESERVED = /^(y|yes|n|no|true|false|on|off|null|~)$/i;

/** A YAML scalar: plain when that reads back as the same string, else JSON-quoted. */
export function yamlScalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /^[A-Za-z_][A-Za-z0-9_./@-]*( [A-Za-z0-9_./@-]+)*$/.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
}

/** A sensitive attribute's name as the schema wants it: a lowercase identifier. */
function attributeName(column: string): string {
  const name = column.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+/, '').replace(/_+$/, '');
  return name === '' ? 'attribute' : name;
}

interface Decisions {
  task: Task;
  layout: 'tensor' | 'columns';
  input: GraphValue;
  features: { name: string; kind: 'numeric' | 'categorical' }[];
  featureNote: string;
  score: GraphValue;
  scoreNote: string;
  labelOutput?: string;
  scoreColumn?: { index: number; note: string };
  positive?: string | number;
  classes?: { values: (string | number)[]; note: string };
}

function decide(model: ModelFacts, columns: readonly ColumnFacts[], options: InferOptions): Decisions {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const label = byName.get(options.label);
  if (!label) throw new ScaffoldError(`--label '${options.label}' is not a column of ${options.evaluation.path}; its columns: ${list(columns.map((c) => c.name))}`);
  if (model.inputs.length === 0) throw new ScaffoldError(`${options.model.path} has no inputs`);

  // The score: the tensor behind a ZipMap, else the one float output (preferring "prob" in its name).
  const zipMap = model.zipMaps[0];
  let score: GraphValue | undefined;
  let scoreNote: string;
  if (zipMap) {
    score = model.outputs.find((o) => o.name === zipMap.input) ?? { name: zipMap.input, isTensor: true, type: 'float32', dims: ['N', model.classLabels?.length ?? '?'] };
    scoreNote = `the tensor that feeds the ZipMap '${zipMap.output}' (read in its place)`;
  } else {
    const floats = model.outputs.filter(isFloat);
    const probabilities = floats.filter((o) => /prob/i.test(o.name));
    score = floats.length === 1 ? floats[0] : probabilities.length === 1 ? probabilities[0] : undefined;
    if (!score) {
      throw new ScaffoldError(
        floats.length === 0
          ? `${options.model.path} has no float tensor output to read the prediction from; its outputs: ${list(model.outputs.map((o) => o.name))}`
          : `${options.model.path} has several float outputs (${list(floats.map((o) => o.name))}); cannot tell which holds the prediction`,
      );
    }
    scoreNote = `${shape(score)}, the model's ${probabilities.length === 1 ? 'probability' : 'only float'} output`;
  }
  const width = score.dims?.length === 2 && typeof score.dims[1] === 'number' ? score.dims[1] : score.dims?.length === 1 ? 1 : undefined;
  const classLabels = model.classLabels ? [...model.classLabels] : undefined;

  let task = options.task;
  if (!task) {
    const classCount = classLabels?.length ?? width;
    if (options.positive !== undefined || classCount === 2) task = 'binary-classification';
    else if (classCount !== undefined && classCount > 2) task = 'multiclass-classification';
    else task = 'regression';
  }

  // Inputs: one float [N, k] tensor of numeric features, or one input per column.
  let layout: Decisions['layout'];
  let features: Decisions['features'];
  let featureNote: string;
  const first = model.inputs[0]!;
  if (model.inputs.length === 1 && isFloat(first) && first.dims?.length === 2 && (typeof first.dims[1] !== 'number' || first.dims[1] > 1 || !byName.has(first.name))) {
    layout = 'tensor';
    const k = typeof first.dims[1] === 'number' ? first.dims[1] : undefined;
    const numeric = columns.filter((c) => c.name !== options.label && c.kind === 'numeric').map((c) => c.name);
    let names: readonly string[];
    if (options.features) {
      for (const name of options.features) {
        const column = byName.get(name);
        if (!column) throw new ScaffoldError(`--features names '${name}', which is not a column of ${options.evaluation.path}`);
        if (column.kind !== 'numeric') throw new ScaffoldError(`--features names '${name}', which holds text; input '${first.name}' takes numbers only`);
      }
      names = options.features;
      featureNote = 'from --features';
    } else {
      const withoutSensitive = numeric.filter((name) => !(options.sensitive ?? []).includes(name));
      if (k === undefined || numeric.length === k) names = numeric;
      else if (withoutSensitive.length === k) names = withoutSensitive;
      else {
        throw new ScaffoldError(
          `input '${first.name}' takes ${k} features, but ${options.evaluation.path} has ${numeric.length} numeric columns besides the label (${list(numeric)}): ` +
            'name the model\'s features in its input order with --features a,b,c',
        );
      }
      featureNote = `the data's numeric columns in file order: check it is the order the model was trained on`;
    }
    if (k !== undefined && names.length !== k) throw new ScaffoldError(`input '${first.name}' takes ${k} features, but --features names ${names.length}`);
    features = names.map((name) => ({ name, kind: 'numeric' as const }));
  } else {
    layout = 'columns';
    const missing = model.inputs.filter((input) => !byName.has(input.name)).map((input) => input.name);
    if (missing.length > 0) {
      throw new ScaffoldError(`the model's inputs ${list(missing)} are not columns of ${options.evaluation.path}; with one input per column, each input is fed the column of its name (its columns: ${list(columns.map((c) => c.name))})`);
    }
    features = model.inputs.map((input) => {
      const column = byName.get(input.name)!;
      if (input.type === 'string') return { name: input.name, kind: 'categorical' as const };
      if (column.kind === 'categorical') throw new ScaffoldError(`column '${input.name}' holds text, but the model's input '${input.name}' takes ${input.type ?? 'numbers'}`);
      return { name: input.name, kind: 'numeric' as const };
    });
    featureNote = 'one per model input, typed by the input';
  }

  const decisions: Decisions = { task, layout, input: first, features, featureNote, score, scoreNote };
  const labelOutput = model.outputs.find((o) => o.isTensor && o.name !== score!.name && !isFloat(o));
  if (task !== 'regression' && labelOutput) decisions.labelOutput = labelOutput.name;
  const labelValue = (text: string): string | number => (label.kind === 'numeric' ? Number(text) : text);

  if (task === 'binary-classification') {
    const positive = options.positive;
    if (positive === undefined) {
      throw new ScaffoldError(`binary classification needs --positive, the value of the positive class in '${options.label}' (${label.values.slice(0, 10).join(', ')})`);
    }
    if (!label.values.includes(positive)) {
      throw new ScaffoldError(`--positive '${positive}' never occurs in column '${options.label}' of ${options.evaluation.path} (values: ${label.values.slice(0, 10).join(', ')})`);
    }
    if (label.distinctCount > 2) throw new ScaffoldError(`column '${options.label}' has ${label.distinctCount} distinct values; binary classification needs two (use --task multiclass-classification)`);
    decisions.positive = labelValue(positive);
    if (classLabels) {
      const index = classLabels.findIndex((c) => String(c) === positive);
      if (index === -1) throw new ScaffoldError(`--positive '${positive}' is not one of the model's classes (${list(classLabels)})`);
      decisions.scoreColumn = { index, note: `column of class ${yamlScalar(positive)} among the model's classes ${classLabels.join(', ')}` };
    } else if (width === 2) {
      decisions.scoreColumn = { index: 1, note: 'assumed: the model records no class labels; column 1 must be P(positive)' };
    }
  } else if (task === 'multiclass-classification') {
    const values = classLabels ?? [...label.values].sort().map(labelValue);
    const known = new Set(values.map(String));
    const unknown = label.values.filter((v) => !known.has(v));
    if (unknown.length > 0) throw new ScaffoldError(`column '${options.label}' holds ${list(unknown.slice(0, 5))}, which the model's classes (${list(values)}) do not include`);
    decisions.classes = { values, note: classLabels ? "the model's class labels, in its probability-column order" : "sorted label values (the model records no class labels): check it is the model's probability-column order" };
  }
  return decisions;
}

function checklistLines(proven: ReadonlyMap<string, string>): string[] {
  const lines = [
    'checklist:',
    '  # The readiness checklist. Answer an item by writing it under its section (replace the {}), e.g.',
    '  #   problem:',
    '  #     ml-needed: {answer: yes, evidence: docs/why-ml.md}',
    '  # answer: yes, no or n/a; evidence: text, a link, or a path in the repository (checked to exist).',
    '  # Items marked "verified" are proven by this manifest and need no answer; the policy says which',
    '  # items each stage requires (default: problem for development).',
  ];
  for (const section of CHECKLIST_SECTIONS) {
    lines.push(`  ${section}: {}  # ${SECTION_TITLES[section]}`);
    for (const item of CHECKLIST.filter((i) => i.section === section)) {
      const id = checklistItemId(item);
      const why = proven.get(id);
      lines.push(`    # ${item.key}: ${item.question}`);
      lines.push(why ? `    #   verified: ${why}` : `    #   evidence: ${EVIDENCE_HINTS[id] ?? 'what shows the answer'}`);
    }
  }
  return lines;
}

/** Items the manifest proves by itself, by id, with the reason. */
export function provenItems(manifest: Manifest, context: ProofContext = { registeredVersions: [] }): Map<string, string> {
  const proven = new Map<string, string>();
  for (const item of CHECKLIST) {
    const why = item.provenBy?.(manifest, context);
    if (why) proven.set(checklistItemId(item), why);
  }
  return proven;
}

function pad(text: string, comment: string): string {
  return `${text.padEnd(40)} # ${comment}`;
}

/**
 * The manifest for `modelops init --model --data`: everything inferred, commented. `proven` marks the
 * checklist items the manifest proves (pass what provenItems returns for a first rendering).
 */
export function inferManifest(model: ModelFacts, columns: readonly ColumnFacts[], options: InferOptions, proven: ReadonlyMap<string, string> = new Map()): string {
  const d = decide(model, columns, options);
  const byName = new Map(columns.map((c) => [c.name, c]));
  const lines: string[] = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  lines.push(
    `# Written by modelops init from ${options.model.path} and ${options.evaluation.path}. Check what it`,
    `# inferred (the comments say where each value came from), answer the checklist at the end, and`,
    `# after changing a file record its sha256 with: npx modelops hash --write`,
    'apiVersion: modelops/v1',
    'kind: Model',
    'metadata:',
    `  name: ${options.name}`,
    '  version: 0.1.0',
    `  owners: [${JSON.stringify(options.owner)}]`,
    'stage: development',
    'problem:',
  );
  const featureNames = d.features.map((f) => f.name);
  const target = d.task === 'regression' ? options.label : d.task === 'binary-classification' ? `${options.label} = ${String(d.positive)}` : options.label;
  const statement = options.statement ?? `Predict ${target} from ${featureNames.length <= 4 ? featureNames.join(', ') : `${featureNames.length} features`}.`;
  if (!options.statement) lines.push('  # Say it in your words: the problem, and the decision the predictions feed.');
  lines.push(`  statement: ${JSON.stringify(statement)}`);
  const taskWhy = options.task ? 'from --task' : model.classLabels ? `the model has ${model.classLabels.length} classes` : d.task === 'regression' ? 'one value per row' : 'from the score output\'s width';
  lines.push(pad(`  task: ${d.task}`, taskWhy));

  lines.push('artifact:', `  path: ${options.model.path}`, `  sha256: ${options.model.sha256}`, '  format: onnx', '  inputs:');
  lines.push(
    d.layout === 'tensor'
      ? pad('    layout: tensor', `input '${d.input.name}' ${shape(d.input)}: the features below, in order`)
      : pad('    layout: columns', `${model.inputs.length} inputs, one per column, named like the columns`),
  );
  lines.push('  outputs:');
  if (d.task === 'regression') lines.push(pad(`    prediction: ${yamlScalar(d.score.name)}`, d.scoreNote));
  else {
    lines.push(pad(`    score: ${yamlScalar(d.score.name)}`, d.scoreNote));
    if (d.scoreColumn) lines.push(pad(`    score_column: ${d.scoreColumn.index}`, d.scoreColumn.note));
    if (d.labelOutput) lines.push(pad(`    label: ${yamlScalar(d.labelOutput)}`, 'never read: labels come from the score and the threshold'));
  }
  if (d.task === 'binary-classification') lines.push(pad('  threshold: 0.5', 'positive when score >= threshold'));

  lines.push('data:', '  label:', `    column: ${yamlScalar(options.label)}`);
  if (d.positive !== undefined) lines.push(`    positive: ${yamlScalar(d.positive)}`);
  if (d.classes) {
    lines.push(`    # ${d.classes.note}`);
    lines.push(`    classes: [${d.classes.values.map(yamlScalar).join(', ')}]`);
  }
  lines.push(`  features:  # ${d.featureNote}`);
  for (const feature of d.features) lines.push(`    - {name: ${yamlScalar(feature.name)}, type: ${feature.kind}}`);

  const sensitive = (options.sensitive ?? []).map((column) => {
    const facts = byName.get(column);
    if (!facts) throw new ScaffoldError(`--sensitive names '${column}', which is not a column of ${options.evaluation.path}; its columns: ${list(columns.map((c) => c.name))}`);
    return { column, facts, name: attributeName(column) };
  });
  const names = sensitive.map((s) => s.name);
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash) throw new ScaffoldError(`--sensitive columns give the attribute name '${clash}' twice`);
  if (sensitive.length > 0) {
    lines.push('  sensitive:');
    for (const { column, facts, name } of sensitive) {
      if (facts.kind === 'numeric' && facts.distinctCount > 10 && facts.median !== undefined) {
        lines.push(pad(`    - {name: ${name}, column: ${yamlScalar(column)}, type: numeric, bins: [${facts.median}]}`, 'two groups split at the median: set the edges that matter'));
      } else {
        lines.push(pad(`    - {name: ${name}, column: ${yamlScalar(column)}}`, `groups: ${facts.values.slice(0, 6).join(', ')}${facts.distinctCount > 6 ? ', …' : ''}`));
      }
    }
  }
  lines.push('  evaluation:', `    path: ${options.evaluation.path}`, `    sha256: ${options.evaluation.sha256}`);
  if (options.reference) lines.push('  reference:', `    path: ${options.reference.path}`, `    sha256: ${options.reference.sha256}`);

  lines.push('gates:', '  performance:', '    metrics:  # starting bounds: set the ones your acceptance criteria need');
  lines.push(d.task === 'binary-classification' ? '      roc_auc: {min: 0.7}' : d.task === 'multiclass-classification' ? '      accuracy: {min: 0.7}' : '      r2: {min: 0}');
  if (sensitive.length > 0) {
    if (d.task === 'binary-classification') {
      lines.push('  fairness:', `    attributes: [${names.join(', ')}]`, '    min_group_size: 30', '    metrics:', pad('      demographic_parity_ratio: {min: 0.8}', 'the four-fifths rule'));
    } else {
      lines.push(`  # fairness: group metrics are defined for binary classification; data.sensitive is reported by drift and the card`);
    }
  }
  if (options.reference) lines.push(pad('  drift: {method: auto, correction: benjamini-hochberg}', 'evaluation data against the reference'));
  lines.push(
    '  # Before promoting, the default policy also asks for: staging, gates.robustness (e.g. noise:',
    '  # {level: 0.01, max_label_flip_rate: 0.02}); production, every gate including drift and champion.',
  );
  lines.push(...checklistLines(proven));
  return lines.join('\n') + '\n';
}

export interface ScaffoldOptions {
  name: string;
  task: Task;
  /** SHA-256 of the artifact when it already exists. */
  artifactSha256?: string;
  /** Path from the manifest to schemas/model.schema.json, for editor completion. */
  schemaPath?: string;
}

/** The bare template (`modelops init <name>` without --model and --data): every section with TODOs to fill in. */
export function scaffoldManifest(options: ScaffoldOptions): string {
  const { name, task } = options;
  const dir = `models/${name}`;
  const binary = task === 'binary-classification';
  const lines: string[] = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  lines.push(
    `# Manifest of model '${name}'. Fill in every TODO, then run: modelops validate ${dir}/model.yaml`,
    `# (modelops init ${name} --model FILE.onnx --data FILE.csv --label COLUMN infers most of it instead.)`,
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
    'artifact:',
    `  path: ${dir}/model.onnx`,
    `  sha256: "${options.artifactSha256 ?? '0'.repeat(64)}"  # modelops hash --write records it`,
    '  format: onnx',
    '  inputs:',
    '    layout: tensor          # tensor: one [N, k] float input; columns: one input per column',
    '  outputs:',
    ...(task === 'regression'
      ? ['    prediction: TODO      # name of the output tensor holding the prediction']
      : ['    score: TODO           # name of the output tensor holding the class probabilities', ...(binary ? ['    score_column: 1       # its column of the positive class'] : [])]),
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
    `    sha256: "${'0'.repeat(64)}"  # modelops hash --write records it`,
    'gates:',
    '  performance:',
    '    metrics:',
    ...(task === 'regression' ? ['      rmse: {max: 1.0}'] : binary ? ['      roc_auc: {min: 0.7}'] : ['      accuracy: {min: 0.7}']),
    ...checklistLines(new Map()),
  );
  return lines.join('\n') + '\n';
}
