// Where an ONNX model's external tensor data lives, checked before onnxruntime opens anything: every
// location must name a file inside the model's own folder (and so inside the repository).
import { posix } from 'node:path';
import type { RepoFiles } from '../repo-files.js';
import { OnnxGraphError, readOnnxGraph } from './graph.js';

export interface ExternalDataProblem {
  tensor: string;
  location: string;
  problem: string;
}

// Many manifests may share one artifact: each graph is read once per RepoFiles, which is one per run.
const checked = new WeakMap<RepoFiles, Map<string, Promise<ExternalDataProblem[]>>>();

/** Problems with the external-data locations of the model at `modelPath` (repository-relative). */
export function externalDataProblems(files: RepoFiles, modelPath: string): Promise<ExternalDataProblem[]> {
  let byPath = checked.get(files);
  if (!byPath) checked.set(files, (byPath = new Map()));
  let problems = byPath.get(modelPath);
  if (!problems) byPath.set(modelPath, (problems = findExternalDataProblems(files, modelPath)));
  return problems;
}

async function findExternalDataProblems(files: RepoFiles, modelPath: string): Promise<ExternalDataProblem[]> {
  const bytes = await files.read(modelPath);
  if (bytes === undefined) return [];
  let external;
  try {
    external = readOnnxGraph(bytes).externalData;
  } catch (error) {
    if (error instanceof OnnxGraphError) return [];
    throw error;
  }
  const folder = posix.dirname(modelPath);
  const problems: ExternalDataProblem[] = [];
  for (const { tensor, location } of external) {
    const problem = await locationProblem(files, folder, location);
    if (problem) problems.push({ tensor, location, problem });
  }
  return problems;
}

async function locationProblem(files: RepoFiles, folder: string, location: string): Promise<string | undefined> {
  if (location === '') return 'has external data without a location';
  if (location.includes('\\') || posix.isAbsolute(location) || /^[A-Za-z]:/.test(location)) return 'is an absolute path: external data must be a relative path inside the model\'s folder';
  const path = posix.normalize(posix.join(folder, location));
  const inside = posix.relative(folder, path);
  if (inside === '' || inside.startsWith('..')) return `resolves to '${path}', outside the model's folder '${folder}/'`;
  try {
    if ((await files.read(path)) === undefined) return `names '${path}', which does not exist`;
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}
