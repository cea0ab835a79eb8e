// `modelops init <name>`: scaffold models/<name>/model.yaml with the full checklist to fill in.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { Task } from '../core/manifest.js';
import { scaffoldManifest } from '../core/scaffold.js';
import { NAME_PATTERN } from '../core/schema/common.js';
import { RepoFiles, sha256File } from '../io/repo-files.js';
import { UsageError } from './validate.js';

export interface InitOptions {
  repo: string;
  name: string;
  task: Task;
  force?: boolean;
  /** Where schemas/model.schema.json is, for the editor hint; omitted when not found. */
  schemaFile?: string;
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
  const artifact = `models/${options.name}/model.onnx`;
  const artifactExists = (await files.read(artifact).catch(() => undefined)) !== undefined;
  const target = files.absolute(path);
  const text = scaffoldManifest({
    name: options.name,
    task: options.task,
    ...(artifactExists ? { artifactSha256: await sha256File(files.absolute(artifact)) } : {}),
    ...(options.schemaFile ? { schemaPath: relative(dirname(target), options.schemaFile).split('\\').join('/') } : {}),
  });
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text, { flag: options.force ? 'w' : 'wx' });
  return { path };
}
