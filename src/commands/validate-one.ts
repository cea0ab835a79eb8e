// One manifest's validation: schema, coherence, the files it points at, checklist, gates and git history.
// Run on the main thread for a few manifests and on worker threads for many (commands/validate-workers.ts).
import type { Manifest } from '../core/manifest/manifest.js';
import type { Policy } from '../core/manifest/policy.js';
import { verdictOfFindings, type Finding, type ModelResult } from '../core/report/model.js';
import { registerTagName } from '../core/promotion/tags.js';
import { finding, folderName, checkManifestCoherence } from '../core/manifest/validate/manifest-checks.js';
import { loadManifest } from '../core/manifest/validate/documents.js';
import { checkPathReference, pathReferences, pathShapeProblem, type FileFacts } from '../core/manifest/validate/paths.js';
import { checkCurrentSource } from '../core/manifest/validate/current-source.js';
import { checkImmutability, compareWithBase, checkRequiredGates, evaluateChecklist } from '../core/manifest/validate/policy-checks.js';
import type { DataFormat } from '../io/data/columns.js';
import type { GitReader } from '../io/git/repo.js';
import { externalDataProblems } from '../io/onnx/external-data.js';
import type { RepoFiles } from '../io/repo-files.js';

/** Manifests in flight at once: enough to overlap file reads, hashing and git with parsing. */
const VALIDATION_CONCURRENCY = 16;

/** `map` with at most `limit` calls in flight; results keep the input order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface GitContext {
  git: GitReader;
  /** Registered versions per model. */
  registered: Map<string, string[]>;
  base?: { ref: string; commit: string };
}

export const repoFinding = (code: string, message: string, extra: Partial<Finding> = {}): Finding => ({ severity: 'error', category: 'input', code, message, ...extra });

/** The schema-valid manifest at `path` in a commit or tag; undefined when absent or invalid there. */
export async function manifestAt(git: GitReader, ref: string, path: string): Promise<Manifest | undefined> {
  const bytes = await git.readFile(ref, path);
  if (bytes === undefined) return undefined;
  const loaded = loadManifest(bytes, path);
  return loaded.ok ? loaded.value : undefined;
}

export interface Validated {
  result: ModelResult;
  /** The manifest, when it parsed and matched the schema. */
  manifest?: Manifest;
  /** Where metadata.name is, for findings that involve other manifests (computed only when needed). */
  nameAt?: () => { line: number; column: number };
}

export async function validateOne(path: string, files: RepoFiles, policy: Policy, gitContext: GitContext | undefined): Promise<Validated> {
  const fallbackName = folderName(path) ?? path;
  const result = (findings: Finding[], extra: Partial<ModelResult> = {}, loaded?: Pick<Validated, 'manifest' | 'nameAt'>): Validated => ({
    result: { name: fallbackName, manifest: path, verdict: verdictOfFindings(findings), findings, gates: [], ...extra },
    ...loaded,
  });
  let bytes: Buffer | undefined;
  try {
    bytes = await files.read(path);
  } catch (error) {
    return result([repoFinding('unreadable-file', (error as Error).message, { file: path })]);
  }
  if (bytes === undefined) {
    const facts = await files.inspect(path, { hash: false, columns: false });
    const similar = facts.status === 'missing' ? facts.similar : undefined;
    return result([repoFinding('missing-file', `manifest '${path}' does not exist`, { file: path, ...(similar ? { hint: `did you mean '${similar}'? (paths are case-sensitive)` } : {}) })]);
  }
  const loaded = loadManifest(bytes, path);
  if (!loaded.ok) return result(loaded.findings);
  const { value: manifest, source } = loaded;
  const findings = checkManifestCoherence(manifest, source);

  // Every file's facts asked for at once (hashes, headers, the ONNX graph: thread-pool reads that overlap), then
  // taken in the references' order, so the findings keep it.
  const references = pathReferences(manifest);
  const asked = references.map((reference) => {
    if (pathShapeProblem(reference.path)) return undefined;
    const format = reference.role === 'dataset' ? datasetFormat(manifest, reference.at) : undefined;
    const facts = files.inspect(reference.path, { hash: reference.sha256 !== undefined, columns: reference.columns !== undefined, ...(format ? { format } : {}) });
    const external = reference.role === 'artifact' ? facts.then((f) => (f.status === 'file' ? externalDataProblems(files, reference.path) : [])) : undefined;
    // Awaited below in order; a rejection waits there (an earlier one may end the manifest first), not unhandled.
    facts.catch(() => {});
    external?.catch(() => {});
    return { facts, external };
  });
  for (const [index, reference] of references.entries()) {
    const pending = asked[index];
    const facts: FileFacts | undefined = pending ? await pending.facts : undefined;
    findings.push(...checkPathReference(reference, facts, source));
    if (reference.role === 'artifact' && facts?.status === 'file') {
      for (const { tensor, location, problem } of await pending!.external!) {
        findings.push(finding(source, reference.at, 'external-data-outside', `tensor '${tensor}' of '${reference.path}' keeps its data in '${location}', which ${problem}`, {
          hint: 'keep external tensor data in files beside the model (onnx.save_model(..., save_as_external_data=True, location="weights.bin"))',
        }));
      }
    }
  }

  const { name, version } = manifest.metadata;
  const versions = gitContext?.registered.get(name) ?? [];
  const registeredVersions = new Set(versions);
  const { result: checklist, findings: checklistFindings } = evaluateChecklist(manifest, source, policy, {
    registeredVersions: versions.filter((v) => v !== version),
  });
  findings.push(...checklistFindings, ...checkRequiredGates(manifest, source, policy), ...checkCurrentSource(manifest, source, policy));

  let registeredManifest: Manifest | null | undefined;
  if (gitContext && registeredVersions.has(version)) {
    registeredManifest = (await manifestAt(gitContext.git, registerTagName(name, version), path)) ?? null;
  }
  const extra: Partial<ModelResult> = { name, version, stage: manifest.stage, checklist };
  if (gitContext?.base) {
    const base = await manifestAt(gitContext.git, gitContext.base.commit, path);
    const compared = compareWithBase(manifest, source, policy, {
      ...(base ? { base } : {}),
      registeredVersions,
      ...(registeredManifest !== undefined ? { registeredManifest } : {}),
    });
    findings.push(...compared.findings);
    extra.change = compared.change;
  } else if (gitContext) {
    findings.push(...checkImmutability(manifest, source, { registeredVersions, ...(registeredManifest !== undefined ? { registeredManifest } : {}) }));
  }
  return result(findings, extra, { manifest, nameAt: () => source.locate(['metadata', 'name']) });
}

function datasetFormat(manifest: Manifest, at: (string | number)[]): DataFormat | undefined {
  const [section, key] = at;
  if (section === 'data' && (key === 'training' || key === 'evaluation' || key === 'reference')) return manifest.data[key]?.format;
  if (section === 'monitoring') return manifest.monitoring?.current?.format;
  return undefined;
}


/**
 * Several manifests, VALIDATION_CONCURRENCY in flight; results in the order of `paths`, each passed through
 * `settle` as soon as it is validated (validate-workers.ts's writtenAhead keeps the report JSON only).
 */
export function validateMany(paths: readonly string[], files: RepoFiles, policy: Policy, gitContext: GitContext | undefined): Promise<Validated[]>;
export function validateMany<R>(paths: readonly string[], files: RepoFiles, policy: Policy, gitContext: GitContext | undefined, settle: (validated: Validated) => R): Promise<R[]>;
export function validateMany<R>(paths: readonly string[], files: RepoFiles, policy: Policy, gitContext: GitContext | undefined, settle?: (validated: Validated) => R): Promise<(R | Validated)[]> {
  return mapConcurrently(paths, VALIDATION_CONCURRENCY, async (path) => {
    const validated = await validateOne(path, files, policy, gitContext);
    return settle ? settle(validated) : validated;
  });
}
