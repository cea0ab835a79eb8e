// Finding the version now in production and getting its artifact out of git.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Manifest } from '../../core/manifest/manifest.js';
import { latestStageTag } from '../../core/promotion/tags.js';
import type { GitReader } from '../../io/git/repo.js';
import { manifestAt } from '../validate-one.js';

export interface Champion {
  manifest: Manifest;
  /** Stage tag or base ref where it was found. */
  source: string;
  commit: string;
  /** The champion's artifact, written to a temporary file; call `dispose` when done. */
  artifactPath: string;
  dispose(): Promise<void>;
}

export class ChampionError extends Error {}

/**
 * The production version of a model: its latest `<name>#production#<n>` tag, else the base ref's
 * manifest when that is in production. Undefined when there is none.
 */
export async function findChampion(git: GitReader, name: string, manifestPath: string, base: { ref: string; commit: string } | undefined): Promise<Champion | undefined> {
  const tag = latestStageTag(await git.tags(), name, 'production');
  let source: string;
  let commit: string;
  let manifest: Manifest | undefined;
  if (tag) {
    source = tag.tag;
    commit = await git.resolveCommit(tag.tag);
    manifest = await manifestAt(git, commit, manifestPath);
    if (!manifest) throw new ChampionError(`tag ${tag.tag} marks the production version, but ${manifestPath} is missing or invalid at ${commit.slice(0, 12)}`);
  } else if (base) {
    source = base.ref;
    commit = base.commit;
    manifest = await manifestAt(git, commit, manifestPath);
    if (manifest?.stage !== 'production') return undefined;
  } else {
    return undefined;
  }
  const bytes = await git.readFile(commit, manifest.artifact.path);
  if (!bytes) throw new ChampionError(`the production artifact ${manifest.artifact.path} is missing at ${source} (${commit.slice(0, 12)})`);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== manifest.artifact.sha256) {
    throw new ChampionError(`the production artifact ${manifest.artifact.path} at ${source} hashes to ${digest}, not to its recorded ${manifest.artifact.sha256}`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'modelops-champion-'));
  const artifactPath = join(dir, 'champion.onnx');
  await writeFile(artifactPath, bytes);
  return { manifest, source, commit, artifactPath, dispose: () => rm(dir, { recursive: true, force: true }) };
}
