// What crosses between the main thread (commands/drift-workers.ts) and a drift worker (commands/drift-worker.ts):
// requests (some features to prepare and test, a whole analysis, or the PR gate's champion run) and replies. Typed arrays cross as copies
// the sender gives away (transferred): a view's own bytes only, never the whole buffer under it.
import type { Column } from '../core/data/table.js';
import type { DriftAnalysisInput } from '../core/drift/analysis.js';
import type { TestedFeature } from '../core/drift/features.js';
import type { DriftSettings } from '../core/drift/dataset.js';
import type { DriftEvaluation } from '../core/drift/report.js';
import type { ChampionOutcome, ChampionRun } from './evaluate/champion-run.js';

export type DriftWorkerRequest =
  | { id: number; kind: 'features'; features: { reference: Column; current: Column }[]; settings: DriftSettings; also: DriftSettings[] }
  | { id: number; kind: 'analysis'; input: DriftAnalysisInput }
  | { id: number; kind: 'champion'; run: ChampionRun };

export type DriftWorkerReply =
  | { id: number; kind: 'features'; tested: TestedFeature[] }
  | { id: number; kind: 'analysis'; evaluation: DriftEvaluation }
  | { id: number; kind: 'champion'; outcome: ChampionOutcome }
  | { id: number; error: { kind: 'range' | 'other'; message: string; stack?: string } };

/** An error thrown in a worker as it crosses: its message, and whether it was a RangeError (bad settings or columns). */
export function errorReply(id: number, error: unknown): DriftWorkerReply {
  return {
    id,
    error: { kind: error instanceof RangeError ? 'range' : 'other', message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) },
  };
}

/**
 * `value` for postMessage: every typed array in it (in objects, arrays and Maps) replaced by a copy of its own
 * bytes, whose buffer goes in `transfer` (a clone of a view would copy the whole buffer under it, e.g. a reader's
 * block of every column). `owned`: the typed arrays are the sender's to give away (made for this message, each
 * over its own whole buffer): those are transferred as they are, without the copy.
 */
export function detached<T>(value: T, transfer: ArrayBuffer[], owned = false): T {
  const seen = new Set<ArrayBuffer>(transfer);
  // the same view twice stays one array (postMessage keeps the identity)
  const done = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (ArrayBuffer.isView(v)) {
      if (v instanceof DataView) return v;
      if (done.has(v)) return done.get(v);
      const array = v as unknown as Float64Array;
      const whole = array.byteOffset === 0 && array.byteLength === array.buffer.byteLength && array.buffer instanceof ArrayBuffer;
      let out = array;
      if (owned && whole && !seen.has(array.buffer as ArrayBuffer)) transfer.push(array.buffer as ArrayBuffer);
      else {
        out = array.slice();
        transfer.push(out.buffer as ArrayBuffer);
      }
      seen.add(out.buffer as ArrayBuffer);
      done.set(v, out);
      return out;
    }
    if (v instanceof Map) return new Map(Array.from(v, ([key, item]) => [key, walk(item)]));
    if (Array.isArray(v)) return v.map(walk);
    if (Object.getPrototypeOf(v) !== Object.prototype) return v;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) out[key] = walk((v as Record<string, unknown>)[key]);
    return out;
  };
  return walk(value) as T;
}
