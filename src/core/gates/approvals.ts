// The approvals gate of a pull request: the policy's approvals for the stage a model enters (how many,
// from which users or teams) against the pull request's reviews, and the time the version spent in the
// previous stage (soak) against the policy's `soak`, from the registry's stage tags. Pure: the reviews,
// team memberships and tags come in as values.
import { durationMs, STAGES, type Stage } from '../manifest.js';
import type { Policy, StageRules } from '../policy.js';
import type { RegistryEvent } from '../registry.js';
import { worstVerdict, type GateCheck, type GateResult, type Verdict } from '../report.js';

export const APPROVALS_GATE = 'approvals';

/** What a reviewer last said, as GitHub lists reviews (oldest first). */
export interface Review {
  /** Login of the reviewer. */
  author: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING (any case). */
  state: string;
  submittedAt?: string;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, ... (GitHub's author_association). */
  authorAssociation?: string;
}

/** Who may approve, from one entry of `approvals.from`. */
export type Approver = { kind: 'user'; login: string; text: string } | { kind: 'team'; org: string; slug: string; text: string } | { kind: 'other'; text: string };

export function parseApprover(entry: string): Approver {
  const team = /^@([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(entry);
  if (team) return { kind: 'team', org: team[1]!, slug: team[2]!, text: entry };
  const user = /^@([A-Za-z0-9][A-Za-z0-9-]*)$/.exec(entry);
  if (user) return { kind: 'user', login: user[1]!, text: entry };
  // An e-mail address names an owner, not a GitHub account a review can come from.
  return { kind: 'other', text: entry };
}

/** The teams a stage's rules name, as `@org/slug`. */
export function approverTeams(rules: StageRules): { org: string; slug: string; text: string }[] {
  return rules.approvals.from.map(parseApprover).filter((a): a is Extract<Approver, { kind: 'team' }> => a.kind === 'team');
}

/** What the token could learn about a team: the approvers in it, or why it could not tell. */
export type TeamMembers = { readable: true; members: ReadonlySet<string> } | { readable: false; reason: string };

// Reviews that change whether someone approves; a later comment does not withdraw an approval.
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/** Logins whose latest decisive review approves, in the order they first reviewed; never the author's own. */
export function approvingReviewers(reviews: readonly Review[], author?: string): Review[] {
  const ordered = reviews
    .map((review, index) => ({ review, index }))
    .sort((a, b) => (a.review.submittedAt ?? '').localeCompare(b.review.submittedAt ?? '') || a.index - b.index)
    .map(({ review }) => review)
    .filter((review) => review.author !== '');
  const firstSeen = new Map<string, number>();
  const latest = new Map<string, Review>();
  ordered.forEach((review, i) => {
    const key = review.author.toLowerCase();
    if (!firstSeen.has(key)) firstSeen.set(key, i);
    const state = review.state.toUpperCase();
    if (DECISIVE.has(state)) latest.set(key, { ...review, state });
  });
  return [...latest.entries()]
    .filter(([login, review]) => review.state === 'APPROVED' && login !== author?.toLowerCase())
    .sort(([a], [b]) => firstSeen.get(a)! - firstSeen.get(b)!)
    .map(([, review]) => review);
}

/** Reviewers GitHub says have a standing in the repository (owner, organisation member, collaborator): `from: []`. */
const WITH_ACCESS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

const list = (logins: readonly string[]): string => logins.map((l) => `@${l}`).join(', ');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface ApprovalsInput {
  rules: StageRules['approvals'];
  /** Every review of the pull request, oldest first. */
  reviews: readonly Review[];
  /** Login of the pull request's author (an author cannot approve their own change). */
  author?: string;
  /** Per team (`@org/slug`): which approvers are members, or why that cannot be told. */
  teams: ReadonlyMap<string, TeamMembers>;
}

/** The approvals check: "2 of 2 approvals from @org/model-risk (@bob, @carol)", or what is missing. */
export function approvalsCheck(input: ApprovalsInput): GateCheck & { unverified: string[] } {
  const { rules } = input;
  const approvers = approvingReviewers(input.reviews, input.author);
  const allowed = rules.from.map(parseApprover);
  const fromText = allowed.length > 0 ? ` from ${allowed.map((a) => a.text).join(', ')}` : '';
  const counted: string[] = [];
  const unverified: string[] = [];
  const notAllowed: string[] = [];
  const unreadable = new Set<string>();
  for (const review of approvers) {
    const login = review.author;
    if (allowed.length === 0) {
      if (review.authorAssociation === undefined || WITH_ACCESS.has(review.authorAssociation.toUpperCase())) counted.push(login);
      else notAllowed.push(login);
      continue;
    }
    let verdict: 'yes' | 'unknown' | 'no' = 'no';
    for (const a of allowed) {
      if (a.kind === 'user' && a.login.toLowerCase() === login.toLowerCase()) verdict = 'yes';
      if (a.kind === 'team') {
        const team = input.teams.get(a.text);
        if (!team || !team.readable) {
          unreadable.add(team && !team.readable ? team.reason : 'cannot verify team membership with this token');
          if (verdict === 'no') verdict = 'unknown';
        } else if ([...team.members].some((m) => m.toLowerCase() === login.toLowerCase())) verdict = 'yes';
      }
      if (verdict === 'yes') break;
    }
    if (verdict === 'yes') counted.push(login);
    else if (verdict === 'unknown') unverified.push(login);
    else notAllowed.push(login);
  }

  const need = rules.count;
  const have = counted.length;
  const bound = { min: need };
  const notCounted = notAllowed.length > 0 ? `; not counted: ${list(notAllowed)} (${allowed.length > 0 ? `not in ${allowed.map((a) => a.text).join(', ')}` : 'no write access to the repository'})` : '';
  const base = `${have} of ${need} approval${need === 1 ? '' : 's'}${fromText}${have > 0 ? ` (${list(counted)})` : ''}`;
  if (have >= need) return { name: 'approvals', verdict: 'pass', value: have, bound, message: `${base}${notCounted}`, unverified: [] };
  const missing = need - have;
  if (have + unverified.length >= need) {
    // Enough approvals if the unreadable memberships hold: a warning, never a silent pass or a false failure.
    const reason = [...unreadable][0]!;
    return {
      name: 'approvals',
      verdict: 'warn',
      value: have,
      bound,
      message: `${reason}: ${list(unverified)} approved, but membership of ${[...input.teams.entries()].filter(([, t]) => !t.readable).map(([k]) => k).join(', ')} cannot be read; ${base}${notCounted}`,
      unverified,
    };
  }
  const unknownText = unverified.length > 0 ? `; unverified: ${list(unverified)} (${[...unreadable][0]!})` : '';
  return { name: 'approvals', verdict: 'fail', value: have, bound, message: `${base}: ${plural(missing, 'more approval')} needed${fromText}${notCounted}${unknownText}`, unverified };
}

/** When `version` held `stage`: its latest such period (until undefined: it still holds it). */
export function stageTenure(events: readonly RegistryEvent[], stage: string, version: string): { since: number; until?: number; tag: string } | undefined {
  let current: { since: number; tag: string } | undefined;
  let last: { since: number; until?: number; tag: string } | undefined;
  for (const e of events) {
    if (e.time === undefined || (e.tag.kind !== 'assign' && e.tag.kind !== 'unassign') || e.tag.stage !== stage) continue;
    if (e.tag.kind === 'assign') {
      if (e.version === version) {
        if (!current) current = { since: e.time, tag: e.tag.tag };
      } else if (current) {
        last = { ...current, until: e.time };
        current = undefined;
      }
    } else if (current && (e.version === undefined || e.version === version)) {
      last = { ...current, until: e.time };
      current = undefined;
    }
  }
  return current ?? last;
}

/** The stages a model comes from when it enters `target`: its base stage when that differs, else those the policy lets into `target`. */
export function previousStages(policy: Policy, target: Stage, baseStage: string | undefined): Stage[] {
  if (baseStage !== undefined && baseStage !== target && (STAGES as readonly string[]).includes(baseStage)) return [baseStage as Stage];
  return STAGES.filter((s) => s !== target && s !== 'archived' && policy.transitions[s].includes(target));
}

const DAY_MS = 86_400_000;

function durationText(ms: number): string {
  if (ms < DAY_MS) {
    const hours = Math.floor(ms / 3_600_000);
    return hours >= 1 ? plural(hours, 'hour') : plural(Math.max(0, Math.floor(ms / 60_000)), 'minute');
  }
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms - days * DAY_MS) / 3_600_000);
  // Hours matter while the soak is counted in days; past a week they are noise.
  return days < 7 && hours > 0 ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
}

export interface SoakInput {
  /** The policy's soak for the target stage, e.g. `7d`. */
  soak: string;
  target: Stage;
  version: string;
  /** Stages the version should have soaked in (previousStages). */
  previous: readonly Stage[];
  /** The model's registry events (registryEvents), oldest first; undefined when the tags cannot be read. */
  events: readonly RegistryEvent[] | undefined;
  /** Why the events are missing. */
  eventsProblem?: string;
  now: Date;
}

/** Time the version spent in the previous stage against the policy's soak. */
export function soakCheck(input: SoakInput): GateCheck {
  const { soak, target, version, previous, now } = input;
  const soakMs = durationMs(soak) ?? 0;
  const bound = { min: Number((soakMs / DAY_MS).toFixed(4)) };
  const where = previous.length > 0 ? previous.join(' or ') : 'a previous stage';
  const name = `soak in ${where}`;
  if (previous.length === 0) return { name, verdict: 'skipped', message: `no stage leads to ${target} in the policy's transitions: nothing to soak in` };
  if (!input.events) return { name, verdict: 'skipped', message: `${input.eventsProblem ?? 'the registry tags cannot be read'}: soak ${soak} in ${where} not checked` };
  let best: { stage: Stage; since: number; until?: number; tag: string } | undefined;
  for (const stage of previous) {
    const tenure = stageTenure(input.events, stage, version);
    if (tenure && (!best || tenure.since > best.since)) best = { stage, ...tenure };
  }
  if (!best) {
    return { name, verdict: 'fail', value: 0, bound, message: `${version} was never in ${where} (no stage tag assigns it there): the policy asks for ${soak} in ${where} before ${target}` };
  }
  const spent = (best.until ?? now.getTime()) - best.since;
  const since = new Date(best.since).toISOString().slice(0, 10);
  const value = Number((spent / DAY_MS).toFixed(4));
  const period = `${version} ${best.until === undefined ? 'has been' : 'was'} in ${best.stage} for ${durationText(spent)} (${best.tag}, since ${since})`;
  if (spent >= soakMs) return { name: `soak in ${best.stage}`, verdict: 'pass', value, bound, message: `${period}, at least the soak of ${soak}` };
  return { name: `soak in ${best.stage}`, verdict: 'fail', value, bound, message: `${period}: ${durationText(soakMs - spent)} short of the soak of ${soak} before ${target}` };
}

export interface ApprovalsGateInput {
  target: Stage;
  rules: StageRules;
  /**
   * The approvals check; or `notRequired` (the stage asks for none); or `notHere`: they cannot be
   * checked in this run (the CLI, no pull request), which leaves the whole gate skipped.
   */
  approvals: GateCheck | { notRequired: string } | { notHere: string };
  /** The soak check, when the stage has a soak. */
  soak?: GateCheck;
}

/**
 * The gate: a failure blocks when the stage's policy blocks. Where the approvals cannot be checked (no
 * pull request) the gate is skipped — never passed — and the soak is shown for information.
 */
export function approvalsGate(input: ApprovalsGateInput): GateResult {
  const blocking = input.rules.on_failure === 'block';
  const checks: GateCheck[] = [];
  const { approvals } = input;
  if ('notHere' in approvals) checks.push({ name: 'approvals', verdict: 'skipped', message: 'not checked: no pull request whose reviews to read' });
  else if ('notRequired' in approvals) checks.push({ name: 'approvals', verdict: 'skipped', message: approvals.notRequired });
  else {
    const { unverified: _unverified, ...check } = approvals as GateCheck & { unverified?: string[] };
    checks.push(check);
  }
  // The time soaked grows with the clock: its verdict is part of the report's identity, its value is not.
  if (input.soak) checks.push({ ...input.soak, volatile: true });
  const decided = checks.filter((c) => c.verdict !== 'skipped');
  let verdict: Verdict = decided.length === 0 || 'notHere' in approvals ? 'skipped' : worstVerdict(decided.map((c) => c.verdict));
  if (verdict === 'fail' && !blocking) verdict = 'warn';
  const summary = 'notHere' in approvals ? approvals.notHere : checks.map((c) => `${c.name}: ${c.message ?? c.verdict}`).join('; ');
  return { gate: APPROVALS_GATE, verdict, blocking, summary, checks };
}

/** Whether a stage asks for anything this gate checks. */
export const stageNeedsApprovals = (rules: StageRules): boolean => rules.approvals.count > 0 || rules.soak !== undefined;
