// What crosses between the main thread (commands/validate-workers.ts) and a validation worker
// (commands/validate-worker.ts): the setup, the requests, the results. Apart from the pool so the worker's
// bundle does not carry what only the main thread uses (the report files and their renderers).
import type { Manifest } from '../core/manifest/manifest.js';
import type { Policy } from '../core/manifest/policy.js';
import { modelJsonInReport } from '../core/report/json.js';
import type { ModelResult } from '../core/report/model.js';
import { GitError } from '../io/git/repo.js';
import { UsageError } from './errors.js';
import type { Validated } from './validate-one.js';

/** What a worker needs to validate like the main thread: the repository, the policy, git's facts. */
export interface WorkerSetup {
  /** The repository root as the user gave it (RepoFiles.open). */
  repo: string;
  policy: Policy;
  /** Whether the caller wants the schema-valid manifests back (validate does not: only the report). */
  manifests: boolean;
  /** Present when the main thread opened git: the worker opens its own reader at `root`. */
  git?: { root: string; registered: Map<string, string[]>; base?: { ref: string; commit: string } };
}

/** One manifest's result as it crosses threads: `nameAt` (a closure over the parsed source) stays behind. */
export interface TransferredResult {
  result: ModelResult;
  manifest?: Manifest;
  /** The manifest parsed and matched the schema, so metadata.name can be located (Validated.nameAt). */
  named: boolean;
  /**
   * modelJsonInReport(result) as UTF-8, written here in parallel when only the report is wanted (WorkerSetup.manifests
   * false); its buffer is transferred, not copied (workerReplyTransfers), and stays outside the main thread's heap.
   */
  json?: Uint8Array;
  /** The checklist (most of a result) then stays out of `result` and is parsed from `json` only if read (not for the JSON report). */
  checklistInJson?: true;
}

export type WorkerRequest = { id: number; paths: string[] };
/** What the main thread posts: the setup once, first (a worker may start before the repository is read), then requests. */
export type WorkerMessage = { setup: WorkerSetup } | WorkerRequest;
export type WorkerReply = { id: number; results: TransferredResult[] } | { id: number; error: { kind: 'git' | 'usage' | 'other'; message: string; stack?: string } };

/** An error thrown in a worker as it crosses: its message and whether the CLI reports it as the user's to fix. */
export function errorReply(id: number, error: unknown): WorkerReply {
  const kind = error instanceof GitError ? 'git' : error instanceof UsageError ? 'usage' : 'other';
  return { id, error: { kind, message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) } };
}

/** A worker's result as it is posted; without the manifests, the report JSON instead of the checklist. */
export function toTransferred(v: Validated, manifests: boolean): TransferredResult {
  const named = v.nameAt !== undefined;
  if (manifests) return { result: v.result, named, ...(v.manifest ? { manifest: v.manifest } : {}) };
  const json = modelJsonBytes(v.result);
  const { checklist } = v.result;
  if (checklist === undefined) return { result: v.result, named, json };
  // The key stays, so the result keeps its key order when the checklist comes back (validate-workers.ts, arrived()).
  return { result: { ...v.result, checklist: undefined }, named, json, checklistInJson: true };
}

const utf8 = new TextEncoder();

/** modelJsonInReport(model) as UTF-8 bytes in a buffer of their own (so it can be transferred). */
export const modelJsonBytes = (model: ModelResult): Uint8Array => utf8.encode(modelJsonInReport(model));

/** The buffers a reply can hand over instead of copying: each result's JSON, when it fills a buffer of its own. */
export function workerReplyTransfers(reply: WorkerReply): ArrayBuffer[] {
  if (!('results' in reply)) return [];
  const buffers: ArrayBuffer[] = [];
  for (const { json } of reply.results) {
    if (json !== undefined && json.byteOffset === 0 && json.byteLength === json.buffer.byteLength && json.buffer instanceof ArrayBuffer) buffers.push(json.buffer);
  }
  return buffers;
}
