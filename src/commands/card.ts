// `modelops card <name>`: the model card of a model, from its manifest and the evidence of its latest
// promotion (read from the tags; a repository without git or tags gives a card without evidence).
import picomatch from 'picomatch';
import { auditEvent } from '../core/audit/trail.js';
import type { Evidence } from '../core/promotion/evidence.js';
import { evidenceOf, registryEvents, type RegistryEvent } from '../core/promotion/tag-registry.js';
import { renderCard } from '../core/promotion/card.js';
import { loadManifest } from '../core/manifest/validate/documents.js';
import { folderName } from '../core/manifest/validate/manifest-checks.js';
import { openGitHistory } from '../io/git/history.js';
import { RepoFiles } from '../io/repo-files.js';
import { TOOL_VERSION } from '../version.js';
import { UsageError } from './errors.js';
import { readPolicy } from './policy.js';

export interface CardOptions {
  repo: string;
  name: string;
}

/** The newest evidence for the manifest's version, else the newest evidence of the model at all. */
function latestEvidence(events: readonly RegistryEvent[], version: string): Evidence | undefined {
  const newestFirst = [...events].reverse().map(evidenceOf).filter((e): e is Evidence => e?.report !== undefined);
  return newestFirst.find((e) => e.version === version) ?? newestFirst[0];
}

export async function card(options: CardOptions): Promise<string> {
  let files: RepoFiles;
  try {
    files = await RepoFiles.open(options.repo);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { policy } = await readPolicy(files);
  const isManifest = picomatch(policy.manifests, { dot: false });
  const manifests = await files.findManifests(policy.manifests);
  const path = manifests.find((p) => isManifest(p) && folderName(p) === options.name);
  if (!path) throw new UsageError(`no manifest for model '${options.name}' (looked for ${policy.manifests.join(', ')} in ${options.repo})`);
  const loaded = loadManifest((await files.read(path))!, path);
  if (!loaded.ok) throw new UsageError(`${path} is not a valid manifest (${loaded.findings.length} problem(s)): run modelops validate ${path}`);
  const manifest = loaded.value;

  let events: RegistryEvent[] = [];
  try {
    const history = await openGitHistory(files.realRoot);
    events = registryEvents(await history.tagRecords(), { only: new Set([manifest.metadata.name]), reports: true }).get(manifest.metadata.name) ?? [];
  } catch {
    // Not a git repository: a card from the manifest alone.
  }
  const evidence = latestEvidence(events, manifest.metadata.version);
  // Every waiver a promotion of the model used, once per tag that records it.
  const waivers = events.flatMap((e) => {
    const found = evidenceOf(e);
    return (found?.report?.models ?? []).flatMap((m) => (m.enforcement?.waivers ?? []).map((w) => ({ ...w, tag: e.tag.tag })));
  });
  return renderCard({
    manifest,
    manifestPath: path,
    ...(evidence ? { evidence } : {}),
    history: events.filter((e) => e.time !== undefined).map((e) => auditEvent(e, undefined)),
    ...(waivers.length > 0 ? { waivers } : {}),
    toolVersion: TOOL_VERSION,
  });
}
