import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  RepoFiles,
  UsageError,
  glob
} from "./chunk-VEFIVDER.js";
import {
  folderName,
  globProblem,
  pathShapeProblem
} from "./chunk-WWS7NVO2.js";

// src/commands/select-models.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var SelectionError = class extends UsageError {
  constructor(entry, message) {
    super(message);
    this.entry = entry;
  }
  entry;
};
var GLOB = /[*?[\]{}!]/;
var MANIFEST_FILE = /\.ya?ml$/;
var isBareName = (entry) => !entry.includes("/") && !entry.includes("\\") && !MANIFEST_FILE.test(entry) && !GLOB.test(entry) && entry !== "." && entry !== "..";
function insideRepository(files, from, entry) {
  const rel = relative(files.realRoot, resolve(from ?? ".", entry)).split(sep).join("/");
  if (rel === "" || isAbsolute(rel) || pathShapeProblem(rel)) return void 0;
  return rel;
}
async function asManifest(files, rel) {
  if (MANIFEST_FILE.test(rel)) return rel;
  const inFolder = `${rel}/model.yaml`;
  return await files.read(inFolder).catch(() => void 0) !== void 0 ? inFolder : rel;
}
var where = (context) => context.from ?? "the working directory";
async function globbed(entry, context) {
  const outside = globProblem(entry);
  if (outside) throw new SelectionError(entry, `'${entry}' ${outside}`);
  const matches = (await glob(entry, { cwd: resolve(context.from ?? "."), onlyFiles: false, expandDirectories: false, absolute: true, dot: false })).sort();
  const manifests = [];
  for (const match of matches) {
    const rel = insideRepository(context.files, void 0, match);
    if (rel === void 0) throw new SelectionError(entry, `'${entry}' matches ${match}, which is not inside the repository ${context.files.displayRoot}`);
    const manifest = await asManifest(context.files, rel);
    if (MANIFEST_FILE.test(manifest)) manifests.push(manifest);
  }
  if (manifests.length === 0) throw new SelectionError(entry, `'${entry}' matches nothing in ${where(context)}${matches.length > 0 ? " that is a manifest or a model folder" : ""}`);
  return manifests;
}
async function named(entry, context) {
  const all = await context.manifests();
  const found = all.filter((path) => folderName(path) === entry);
  if (found.length > 0) return found;
  const names = [...new Set(all.map((path) => folderName(path) ?? path))];
  throw new SelectionError(entry, `no model named ${entry} in ${context.files.displayRoot} (models: ${names.join(", ") || "none"})`);
}
async function selectManifests(given, context) {
  const selected = [];
  for (const entry of given) {
    if (GLOB.test(entry)) {
      selected.push(...await globbed(entry, context));
      continue;
    }
    const rel = insideRepository(context.files, context.from, entry);
    if (isBareName(entry) && (rel === void 0 || (await context.files.inspect(rel, { hash: false, columns: false })).status === "missing")) {
      selected.push(...await named(entry, context));
      continue;
    }
    if (rel === void 0) throw new SelectionError(entry, `'${entry}' is not inside the repository ${context.files.displayRoot}`);
    selected.push(await asManifest(context.files, rel));
  }
  return [...new Set(selected)];
}
async function selectModelNames(given, context) {
  if (given.every(isBareName)) return [...new Set(given)];
  let files;
  try {
    files = await RepoFiles.open(context.repo);
  } catch (error) {
    throw new UsageError(error.message);
  }
  const names = [];
  for (const entry of given) {
    if (isBareName(entry)) names.push(entry);
    else for (const path of await selectManifests([entry], { files, ...context.from ? { from: context.from } : {}, manifests: async () => [] })) names.push(folderName(path) ?? path);
  }
  return [...new Set(names)];
}
function gatesModel(model, scope) {
  if (scope.all || scope.named || !scope.base) return true;
  return model.change?.kind !== "unchanged";
}
function noModelChanged(report, base) {
  if (!base || report.command !== "gate" || report.verdict === "error" || report.verdict === "fail") return false;
  return report.models.every((m) => m.change?.kind === "unchanged" && m.gates.length === 0);
}

export {
  SelectionError,
  selectManifests,
  selectModelNames,
  gatesModel,
  noModelChanged
};
