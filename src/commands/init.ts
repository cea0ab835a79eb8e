// `modelops init <name>`: writes models/<name>/model.yaml. With --model and --data it reads the ONNX
// graph and the data (never running the model) and infers the manifest; without them it writes the
// bare template.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, posix, relative } from 'node:path';
import { MISSING_CODE } from '../core/data/table.js';
import type { Task } from '../core/manifest/manifest.js';
import { inferManifest, MAX_DISTINCT, provenItems, ScaffoldError, scaffoldManifest, type ColumnFacts, type PinnedFile } from '../core/manifest/scaffold.js';
import { NAME_PATTERN, OWNER_PATTERN } from '../core/schema/common.js';
import { MODEL_SCHEMA } from '../core/manifest/model-schema.js';
import { loadManifest } from '../core/manifest/validate/documents.js';
import { DataFormatError, formatOf, readColumns } from '../io/data/columns.js';
import { numberFromText } from '../io/data/numbers.js';
import { readTable } from '../io/data/read-table.js';
import { OnnxGraphError, readOnnxGraph } from '../io/onnx/graph.js';
import { RepoFiles, sha256File } from '../io/repo-files.js';
import { UsageError } from './errors.js';

export interface InitOptions {
  repo: string;
  name: string;
  /** Required for the bare template; inferred from the model when --model is given. */
  task?: Task;
  force?: boolean;
  /** Where model.schema.json is, for the editor hint; omitted when not found. */
  schemaFile?: string;
  /** Paths as given on the command line (relative to the working directory); they must be inside the repository. */
  model?: string;
  data?: string;
  reference?: string;
  label?: string;
  positive?: string;
  sensitive?: string[];
  features?: string[];
  owner?: string;
  statement?: string;
}

export async function init(options: InitOptions): Promise<{ path: string }> {
  if (!new RegExp(NAME_PATTERN).test(options.name)) {
    throw new UsageError(`model name '${options.name}' must be a lowercase DNS label (a-z, 0-9 and -, at most 63 characters)`);
  }
  const files = await RepoFiles.open(options.repo).catch((error: Error) => {
    throw new UsageError(error.message);
  });
  const path = `models/${options.name}/model.yaml`;
  if (!options.force && (await files.read(path)) !== undefined) throw new UsageError(`${path} already exists (use --force to overwrite)`);
  const target = files.absolute(path);
  const schemaPath = await schemaReference(files, target, options.schemaFile);

  let text: string;
  if (options.model !== undefined || options.data !== undefined) {
    text = await inferred(files, options, schemaPath);
  } else {
    const artifact = `models/${options.name}/model.onnx`;
    const artifactExists = (await files.read(artifact).catch(() => undefined)) !== undefined;
    text = scaffoldManifest({
      name: options.name,
      task: options.task ?? 'binary-classification',
      ...(artifactExists ? { artifactSha256: await sha256File(files.absolute(artifact)) } : {}),
      ...(schemaPath ? { schemaPath } : {}),
    });
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text, { flag: options.force ? 'w' : 'wx' });
  return { path };
}

async function inferred(files: RepoFiles, options: InitOptions, schemaPath: string | undefined): Promise<string> {
  if (options.model === undefined || options.data === undefined || options.label === undefined) {
    throw new UsageError('init infers the manifest from --model FILE.onnx, --data FILE (the evaluation data) and --label COLUMN; give all three');
  }
  const model = await pinned(files, options.model, '--model');
  const evaluation = await pinned(files, options.data, '--data');
  const reference = options.reference === undefined ? undefined : await pinned(files, options.reference, '--reference');

  let graph;
  try {
    graph = readOnnxGraph((await files.read(model.path))!);
  } catch (error) {
    if (error instanceof OnnxGraphError) throw new UsageError(`${model.path}: ${error.message}`);
    throw error;
  }
  const columns = await columnFacts(files, evaluation.path);
  const owner = options.owner ?? (await gitEmail(files.absolute('.')));
  if (owner === undefined || !new RegExp(OWNER_PATTERN).test(owner)) {
    throw new UsageError(owner === undefined ? 'give the model\'s owner with --owner (@user, @org/team or an e-mail address); git has no user.email here' : `--owner '${owner}' must be a GitHub user (@alice), team (@org/team) or e-mail address`);
  }
  const inferOptions = {
    name: options.name,
    owner,
    label: options.label,
    model,
    evaluation,
    ...(reference ? { reference } : {}),
    ...(options.positive !== undefined ? { positive: options.positive } : {}),
    ...(options.task ? { task: options.task } : {}),
    ...(options.sensitive ? { sensitive: options.sensitive } : {}),
    ...(options.features ? { features: options.features } : {}),
    ...(options.statement ? { statement: options.statement } : {}),
    ...(schemaPath ? { schemaPath } : {}),
  };
  const modelFacts = { inputs: graph.inputs, outputs: graph.outputs, zipMaps: graph.zipMaps, ...(graph.classLabels ? { classLabels: graph.classLabels } : {}) };
  try {
    // Twice: the second rendering marks the checklist items the first one's manifest proves.
    const first = inferManifest(modelFacts, columns, inferOptions);
    const loaded = loadManifest(Buffer.from(first), `models/${options.name}/model.yaml`);
    return loaded.ok ? inferManifest(modelFacts, columns, inferOptions, provenItems(loaded.value)) : first;
  } catch (error) {
    if (error instanceof ScaffoldError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * What the `$schema` comment points editors at: the copy installed in the repository's
 * node_modules/modelops, else the tool's own copy when it lies inside the repository, else the
 * schema's stable $id URL (never a path into a checkout elsewhere).
 */
async function schemaReference(files: RepoFiles, manifest: string, toolSchema: string | undefined): Promise<string> {
  const fromManifest = (file: string) => relative(dirname(manifest), file).split('\\').join('/');
  const installed = 'node_modules/modelops/schemas/model.schema.json';
  if ((await files.read(installed).catch(() => undefined)) !== undefined) return fromManifest(files.absolute(installed));
  if (toolSchema !== undefined) {
    const inside = relative(files.realRoot, toolSchema);
    if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return fromManifest(toolSchema);
  }
  return MODEL_SCHEMA['$id'] as string;
}

/** A file given on the command line: inside the repository, existing, hashed. */
async function pinned(files: RepoFiles, given: string, option: string): Promise<PinnedFile> {
  const path = files.relativeFromCwd(given);
  if (path === '' || path.startsWith('../') || path === '..' || posix.isAbsolute(path)) {
    throw new UsageError(`${option} ${given} is outside the repository ${files.displayRoot}: copy it into the repository (e.g. models/<name>/) first`);
  }
  let bytes;
  try {
    bytes = await files.read(path);
  } catch (error) {
    throw new UsageError(`${option} ${given}: ${(error as Error).message}`);
  }
  if (bytes === undefined) throw new UsageError(`${option} ${given} does not exist`);
  return { path, sha256: await sha256File(files.absolute(path)) };
}

/** Every column of the data: numeric when every value is a number, its distinct values, its median. */
async function columnFacts(files: RepoFiles, path: string): Promise<ColumnFacts[]> {
  const format = formatOf(path);
  if (format === undefined) throw new UsageError(`--data ${path}: unknown data format: use a .csv, .jsonl or .parquet file`);
  const absolute = files.absolute(path);
  try {
    const names = await readColumns(absolute, format);
    const table = await readTable(absolute, { format, columns: names.map((name) => ({ name, kind: 'categorical' as const })) });
    return names.map((name): ColumnFacts => {
      const column = table.columns.get(name);
      if (!column || column.kind !== 'categorical') throw new Error(`column '${name}' was not read`);
      const used = new Set<number>();
      for (const code of column.codes) if (code !== MISSING_CODE) used.add(code);
      const values = [...used].map((code) => column.categories[code]!);
      const numbers = values.map(numberFromText);
      const numeric = values.length > 0 && numbers.every((n) => n !== undefined && !Number.isNaN(n));
      const facts: ColumnFacts = { name, kind: numeric ? 'numeric' : 'categorical', values: values.slice(0, MAX_DISTINCT), distinctCount: values.length };
      if (numeric) {
        const byCode = new Map([...used].map((code) => [code, numberFromText(column.categories[code]!)!]));
        const sorted = Float64Array.from([...column.codes].filter((c) => c !== MISSING_CODE).map((c) => byCode.get(c)!)).sort();
        facts.median = sorted[Math.floor((sorted.length - 1) / 2)]!;
      }
      return facts;
    });
  } catch (error) {
    if (error instanceof DataFormatError) throw new UsageError(error.message);
    throw error;
  }
}

async function gitEmail(root: string): Promise<string | undefined> {
  try {
    // simple-git is loaded only here: every other command would compile it for nothing (issue 18)
    const { simpleGit } = await import('simple-git');
    const value = (await simpleGit(root).getConfig('user.email')).value;
    return value ?? undefined;
  } catch {
    return undefined;
  }
}
