// What the audit needs to know of a manifest: the version, the stage and the content it pins. Read
// from the manifest itself, or from the evidence written for exactly that manifest (same git blob),
// so the audit parses only manifests no evidence describes.
import { contentDigest, pinnedFiles, type EvidenceFile, type EvidenceHeader, type Sha256 } from '../promotion/evidence.js';
import type { Manifest } from '../manifest/manifest.js';

export interface ManifestFacts {
  version: string;
  stage: string;
  /** Digest of the content a version pins (see evidence.contentDigest). */
  contentDigest: string;
  /** Files pinned by sha256, artifact first. */
  files: Omit<EvidenceFile, 'blob'>[];
}

export function factsOfManifest(manifest: Manifest, sha256: Sha256): ManifestFacts {
  return { version: manifest.metadata.version, stage: manifest.stage, contentDigest: contentDigest(manifest, sha256), files: pinnedFiles(manifest) };
}

/** The facts of the manifest blob the evidence was written from (`evidence.manifest.blob`). */
export function factsOfEvidence(evidence: EvidenceHeader): ManifestFacts {
  return {
    version: evidence.version,
    stage: evidence.stage,
    contentDigest: evidence.manifest.contentDigest,
    files: evidence.files.map(({ role, path, sha256 }) => ({ role, path, sha256 })),
  };
}

export const artifactOf = (facts: ManifestFacts): Omit<EvidenceFile, 'blob'> | undefined => facts.files.find((f) => f.role === 'artifact');
