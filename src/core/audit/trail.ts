// The audit trail of one model: registry events as the report shows them, the registered versions,
// and which version held each stage at a given instant (GTO's reading: a stage holds the version of
// its newest active assignment, as `gto show` reads it: see gto-state.ts).
import { evidenceGates } from '../promotion/evidence.js';
import { STAGES } from '../manifest/manifest.js';
import { evidenceOf, type RegistryEvent } from '../promotion/tag-registry.js';
import { gtoState } from './gto-state.js';
import type { AuditEvent, AuditVersion, StageHolding } from '../report/model.js';

export interface SignatureCheck {
  status: 'good' | 'bad' | 'unverified';
  detail: string;
}

export function auditEvent(event: RegistryEvent, signature: SignatureCheck | undefined, seal?: AuditEvent['seal']): AuditEvent {
  const { tag, input } = event;
  const out: AuditEvent = {
    tag: tag.tag,
    action: tag.kind,
    commit: input.commit ?? '',
    evidence: event.evidence.status,
    signature: input.signature === '' ? 'unsigned' : (signature?.status ?? 'unverified'),
  };
  if (event.version !== undefined) out.version = event.version;
  if (tag.kind === 'assign' || tag.kind === 'unassign') out.stage = tag.stage;
  if (event.time !== undefined) out.time = new Date(event.time).toISOString();
  if (input.tagger) out.tagger = `${input.tagger.name} <${input.tagger.email}>`;
  const evidence = evidenceOf(event);
  if (evidence) {
    out.mergeCommit = evidence.mergeCommit;
    if (evidence.pullRequest) out.pullRequest = evidence.pullRequest;
    if (evidence.workflowRun) out.workflowRun = evidence.workflowRun;
    out.verdict = evidence.verdict;
    const gates = evidenceGates(evidence);
    if (gates.length > 0) out.gates = gates;
  }
  if (input.signature !== '' && signature) out.signatureDetail = signature.detail;
  if (seal !== undefined) out.seal = seal;
  return out;
}

export interface ArtifactCheck {
  path: string;
  recorded: string;
  /** sha256 of the blob at the tag; undefined when the file is missing there. */
  actual?: string;
}

export function auditVersions(events: readonly RegistryEvent[], artifacts: ReadonlyMap<string, ArtifactCheck>): AuditVersion[] {
  return events
    .filter((e) => e.tag.kind === 'register')
    .map((e) => {
      const version: AuditVersion = { version: e.version!, tag: e.tag.tag, commit: e.input.commit ?? '' };
      if (e.time !== undefined) version.time = new Date(e.time).toISOString();
      const artifact = artifacts.get(e.tag.tag);
      if (artifact) {
        version.artifact = {
          path: artifact.path,
          recorded: artifact.recorded,
          ...(artifact.actual !== undefined ? { actual: artifact.actual } : {}),
          status: artifact.actual === undefined ? 'missing' : artifact.actual === artifact.recorded ? 'match' : 'mismatch',
        };
      }
      return version;
    });
}

const stageRank = (stage: string): number => {
  const i = (STAGES as readonly string[]).indexOf(stage);
  return i < 0 ? STAGES.length : i;
};

/** Which version held each stage at `at` (ms since the epoch), as `gto show` reads the tags dated until then (see gto-state.ts). */
export function stagesAt(events: readonly RegistryEvent[], at: number): StageHolding[] {
  return gtoState(events, at).stages.sort((a, b) => stageRank(a.stage) - stageRank(b.stage) || (a.stage < b.stage ? -1 : 1));
}
