// The registry as GTO reads it from tags: per model, registrations and stage assignments in time
// order, each with the version it concerns and the evidence its message carries.
import { parseEvidence, parseEvidenceHeader, type EvidenceHeader, type ParsedEvidence } from './evidence.js';
import { parseTag, type ParsedTag } from './tags.js';

/** A tag as git gives it (see io/git/history.ts TagRecord), reduced to what the registry needs. */
export interface TagInput {
  name: string;
  /** `tag` (annotated) or `commit` (lightweight). */
  objectType: string;
  commit?: string;
  tagger?: { name: string; email: string; date: string };
  /** The message after its first paragraph (bytes as git gives them, or text). */
  body: string | Uint8Array;
  signature: string;
}

export interface RegistryEvent {
  tag: ParsedTag;
  input: TagInput;
  /** Milliseconds since the epoch of the tagger date; undefined for lightweight tags. */
  time?: number;
  evidence: ParsedEvidence<EvidenceHeader>;
  /** The version concerned: from the tag name (registrations), else the evidence, else the registration at the same commit. */
  version?: string;
}

const KIND_ORDER: Record<ParsedTag['kind'], number> = { create: 0, register: 1, deregister: 1, assign: 2, unassign: 2, deprecate: 3 };

/** GTO's order: tagger date, then (same second) registrations before assignments, then the counter. */
export function compareEvents(a: RegistryEvent, b: RegistryEvent): number {
  return (a.time ?? -Infinity) - (b.time ?? -Infinity) || KIND_ORDER[a.tag.kind] - KIND_ORDER[b.tag.kind] || (a.tag.number ?? 0) - (b.tag.number ?? 0) || (a.tag.tag < b.tag.tag ? -1 : 1);
}

export const evidenceOf = (event: RegistryEvent): EvidenceHeader | undefined => (event.evidence.status === 'present' ? event.evidence.evidence : undefined);

export interface RegistryOptions {
  /** Only these models (promote and card read a few; audit reads them all). */
  only?: ReadonlySet<string>;
  /** Parse each evidence's gate report too (default: only the fields above it, which is all the audit needs). */
  reports?: boolean;
}

/** Registry events per model, oldest first. Lightweight tags are included, without a time (GTO ignores them). */
export function registryEvents(tags: readonly TagInput[], options: RegistryOptions = {}): Map<string, RegistryEvent[]> {
  const { only, reports = false } = options;
  const byModel = new Map<string, RegistryEvent[]>();
  for (const input of tags) {
    const tag = parseTag(input.name);
    if (!tag || (only && !only.has(tag.name))) continue;
    const annotated = input.objectType === 'tag';
    const time = annotated && input.tagger ? Date.parse(input.tagger.date) : undefined;
    const evidence = !annotated ? { status: 'missing' as const } : reports ? parseEvidence(input.body) : parseEvidenceHeader(input.body);
    const event: RegistryEvent = { tag, input, evidence };
    if (time !== undefined && !Number.isNaN(time)) event.time = time;
    const list = byModel.get(tag.name) ?? [];
    list.push(event);
    byModel.set(tag.name, list);
  }
  for (const events of byModel.values()) {
    events.sort(compareEvents);
    const registeredAt = new Map<string, string>();
    for (const e of events) if (e.tag.kind === 'register' && e.input.commit) registeredAt.set(e.input.commit, e.tag.version);
    for (const e of events) {
      if (e.tag.kind === 'register' || e.tag.kind === 'deregister') e.version = e.tag.version;
      else {
        const version = evidenceOf(e)?.version ?? (e.input.commit ? registeredAt.get(e.input.commit) : undefined);
        if (version !== undefined) e.version = version;
      }
    }
  }
  return byModel;
}

/** The model's latest stage event (assignment, unassignment or deprecation) in GTO's order, ignoring lightweight tags. */
export function latestStageEvent(events: readonly RegistryEvent[]): RegistryEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.time !== undefined && (e.tag.kind === 'assign' || e.tag.kind === 'unassign' || e.tag.kind === 'deprecate')) return e;
  }
  return undefined;
}

/** Whether the registry already says the model is at `version` in `stage` (a deprecation, GTO's archiving, says archived). */
export function registryHas(events: readonly RegistryEvent[], version: string, stage: string): boolean {
  const latest = latestStageEvent(events);
  if (latest?.tag.kind === 'deprecate') return stage === 'archived';
  return latest?.tag.kind === 'assign' && latest.tag.stage === stage && latest.version === version;
}
