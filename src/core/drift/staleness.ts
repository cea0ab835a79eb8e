// Staleness: how long the production version has been in production, against the manifest's retraining
// bounds (monitoring.retraining): `max_interval` — retrain at least this often, an older production version
// is stale (the check fails, the scheduled run alerts); `min_interval` — not sooner than this after the last
// promotion, so a drift alert inside it is reported but retraining is not dispatched.
//
// The promotion time is the tagger date of the model's latest `<name>#production#<n>` tag (GTO's order:
// tagger date, then the counter). Lightweight tags carry no date and are ignored, as GTO ignores them.
import { durationMs } from '../manifest/manifest.js';
import { registryEvents, type TagInput } from '../promotion/tag-registry.js';
import type { Staleness } from './report.js';
export type { Staleness } from './report.js';

const DAY_MS = 86_400_000;

export interface ProductionPromotion {
  /** The stage tag, e.g. `credit-risk#production#3`. */
  tag: string;
  /** Tagger date, ISO 8601 (UTC). */
  time: string;
  /** The version it assigned, when the evidence or a registration at the same commit says. */
  version?: string;
}

/** The model's latest dated production assignment; undefined when it has none (or it was unassigned since). */
export function productionPromotion(tags: readonly TagInput[], name: string): ProductionPromotion | undefined {
  const events = registryEvents(tags, { only: new Set([name]) }).get(name) ?? [];
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.time === undefined || event.tag.kind !== 'assign' && event.tag.kind !== 'unassign') continue;
    if (event.tag.stage !== 'production') continue;
    if (event.tag.kind === 'unassign') return undefined;
    return { tag: event.tag.tag, time: new Date(event.time).toISOString(), ...(event.version !== undefined ? { version: event.version } : {}) };
  }
  return undefined;
}

export interface StalenessInput {
  promotion: ProductionPromotion | undefined;
  now: Date;
  /** monitoring.retraining.min_interval, e.g. `30d`. */
  minInterval?: string;
  /** monitoring.retraining.max_interval, e.g. `365d`. */
  maxInterval?: string;
}


/** The production version's age against the retraining bounds. */
export function staleness(input: StalenessInput): Staleness {
  const { promotion, now, minInterval, maxInterval } = input;
  const bounds = { ...(minInterval !== undefined ? { minInterval } : {}), ...(maxInterval !== undefined ? { maxInterval } : {}) };
  if (!promotion) {
    return {
      ...bounds,
      stale: false,
      tooSoonToRetrain: false,
      verdict: 'skipped',
      message: 'no annotated production tag (NAME#production#N): the promotion date is unknown',
    };
  }
  const ageMs = now.getTime() - Date.parse(promotion.time);
  const ageDays = ageMs / DAY_MS;
  const maxMs = maxInterval !== undefined ? durationMs(maxInterval) : undefined;
  const minMs = minInterval !== undefined ? durationMs(minInterval) : undefined;
  const stale = maxMs !== undefined && ageMs > maxMs;
  const tooSoonToRetrain = minMs !== undefined && ageMs < minMs;
  const age = `promoted ${formatDays(ageDays)} ago (${promotion.tag}, ${promotion.time.slice(0, 10)})`;
  let message: string;
  if (maxMs === undefined) message = `${age}; no monitoring.retraining.max_interval to judge staleness by`;
  else if (stale) message = `${age}, longer than max_interval ${maxInterval}: retrain and promote a new version`;
  else message = `${age}, within max_interval ${maxInterval}`;
  if (tooSoonToRetrain) message += `; retraining now would be sooner than min_interval ${minInterval}`;
  return {
    tag: promotion.tag,
    promotedAt: promotion.time,
    ageDays,
    ...bounds,
    stale,
    tooSoonToRetrain,
    verdict: maxMs === undefined ? 'skipped' : stale ? 'fail' : 'pass',
    message,
  };
}

function formatDays(days: number): string {
  if (days < 1) return `${Math.max(0, Math.round(days * 24))} h`;
  const whole = Math.floor(days);
  return `${whole} day${whole === 1 ? '' : 's'}`;
}
