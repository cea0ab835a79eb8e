// The approvals gate of a pull request: the policy's approvals for the stage a model enters (how many,
// from which users or teams) against the pull request's reviews, and the time the version spent in the
// previous stage (soak) against the policy's `soak`, from the registry's stage tags. Pure: the reviews,
// team memberships and tags come in as values.
import { durationMs, STAGES, type Stage } from '../manifest/manifest.js';
import type { Policy, StageRules } from '../manifest/policy.js';
import type { RegistryEvent } from '../promotion/tag-registry.js';
import { worstVerdict, type GateCheck, type GateResult, type Verdict } from '../report/verdict.js';
import { waiverText, type Waiver } from '../promotion/waivers.js';
import type { ApprovalRecord } from './record.js';
export type { ApprovalRecord } from './record.js';

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
  /** The commit the review was given on (GitHub's commit_id); absent for asserted approvals. */
  commitId?: string;
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

/** How a membership that cannot be read is described (the reason follows, when known). */
export const CANNOT_VERIFY_TEAMS = 'cannot verify team membership with this token';

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
  rules: Pick<StageRules['approvals'], 'count' | 'from'> & Partial<Pick<StageRules['approvals'], 'unverified_membership' | 'older_commits'>>;
  /** Every review of the pull request, oldest first. */
  reviews: readonly Review[];
  /** Login of the pull request's author (an author cannot approve their own change). */
  author?: string;
  /** Per team (`@org/slug`): which approvers are members, or why that cannot be told. */
  teams: ReadonlyMap<string, TeamMembers>;
  /** The approvals were asserted (--approver on the command line), not read from the pull request's reviews. */
  asserted?: boolean;
  /** The pull request's head commit (at the merge, for promote): an approval given on another commit is on an older one. */
  headSha?: string;
}

const short = (sha: string): string => sha.slice(0, 7);

/** Where an approval stands against the head, and what `approvals.older_commits` makes of it. */
function commitOf(review: Review, input: ApprovalsInput): { status: ApprovalRecord['commitStatus']; commit?: string; discard: boolean; detail?: string } {
  if (input.asserted) return { status: 'asserted', discard: false };
  const discard = (input.rules.older_commits ?? 'discard') === 'discard';
  const rule = discard ? 'not counted: approvals.older_commits: discard' : 'counted: approvals.older_commits: count';
  const commit = review.commitId;
  const head = input.headSha;
  if (commit !== undefined && head !== undefined && commit.toLowerCase() === head.toLowerCase()) return { status: 'head', commit, discard: false };
  const what =
    commit === undefined
      ? 'approved without naming a commit (so not known to be the head)'
      : head === undefined
        ? `approved ${short(commit)}, but the pull request's head commit is not known`
        : `approved ${short(commit)} (an older commit)`;
  return { status: commit === undefined || head === undefined ? 'unknown' : 'older', ...(commit !== undefined ? { commit } : {}), discard, detail: `${what}, ${rule}` };
}

/** One approver as the enforcement record keeps it: where the approval came from and whether it counted. */

export type ApprovalsCheck = GateCheck & { unverified: string[]; approvals: ApprovalRecord[] };

type MembershipRecord = Omit<ApprovalRecord, 'commitStatus' | 'commit' | 'commitDetail'>;

/** The approvals check: "2 of 2 approvals from @org/model-risk (@bob, @carol)", or what is missing. */
export function approvalsCheck(input: ApprovalsInput): ApprovalsCheck {
  const { rules } = input;
  const source = input.asserted ? 'asserted' : 'verified';
  const countUnverified = rules.unverified_membership === 'warn';
  const approvers = approvingReviewers(input.reviews, input.author);
  const allowed = rules.from.map(parseApprover);
  const fromText = allowed.length > 0 ? ` from ${allowed.map((a) => a.text).join(', ')}` : '';
  const counted: string[] = [];
  const unverified: string[] = [];
  const notAllowed: string[] = [];
  const unreadable = new Set<string>();
  const records: ApprovalRecord[] = [];
  // Approvals not on the head: discarded (approvals.older_commits: discard), or counted and said so.
  const onOlder: string[] = [];
  const membershipOf = (review: Review): { outcome: 'counted' | 'unverified' | 'not-allowed'; record: MembershipRecord } => {
    const login = review.author;
    if (allowed.length === 0) {
      // Asserted approvals carry no author_association: the assertion is all there is, and the evidence says so.
      if (review.authorAssociation === undefined || WITH_ACCESS.has(review.authorAssociation.toUpperCase())) return { outcome: 'counted', record: { login, source, counted: true, membership: 'not-required' } };
      return { outcome: 'not-allowed', record: { login, source, counted: false, membership: 'not-allowed', detail: 'no write access to the repository' } };
    }
    let verdict: 'yes' | 'unknown' | 'no' = 'no';
    let matched: string | undefined;
    let how: ApprovalRecord['membership'] = 'not-allowed';
    let unknownTeam: string | undefined;
    for (const a of allowed) {
      if (a.kind === 'user' && a.login.toLowerCase() === login.toLowerCase()) {
        verdict = 'yes';
        how = 'listed-user';
        matched = a.text;
      }
      if (a.kind === 'team') {
        const team = input.teams.get(a.text);
        if (!team || !team.readable) {
          unreadable.add(team && !team.readable ? team.reason : CANNOT_VERIFY_TEAMS);
          if (verdict === 'no') {
            verdict = 'unknown';
            unknownTeam = a.text;
          }
        } else if ([...team.members].some((m) => m.toLowerCase() === login.toLowerCase())) {
          verdict = 'yes';
          how = 'team-member';
          matched = a.text;
        }
      }
      if (verdict === 'yes') break;
    }
    if (verdict === 'yes') return { outcome: 'counted', record: { login, source, counted: true, membership: how, ...(matched ? { detail: matched } : {}) } };
    if (verdict === 'unknown') return { outcome: 'unverified', record: { login, source, counted: countUnverified, membership: 'unverified', detail: `membership of ${unknownTeam} not verified: ${[...unreadable][0]!}` } };
    return { outcome: 'not-allowed', record: { login, source, counted: false, membership: 'not-allowed', detail: `not in ${allowed.map((a) => a.text).join(', ')}` } };
  };
  for (const review of approvers) {
    const login = review.author;
    const { outcome, record } = membershipOf(review);
    const commit = commitOf(review, input);
    const commitFields = { ...(commit.commit !== undefined ? { commit: commit.commit } : {}), commitStatus: commit.status, ...(commit.detail !== undefined ? { commitDetail: commit.detail } : {}) };
    // Said of an approval that would otherwise count: one from someone not allowed is not counted anyway.
    if (commit.detail !== undefined && outcome !== 'not-allowed') onOlder.push(`@${login} ${commit.detail}`);
    if (outcome !== 'not-allowed' && commit.discard) {
      records.push({ ...record, counted: false, ...commitFields });
      continue;
    }
    if (outcome === 'counted') counted.push(login);
    else if (outcome === 'unverified') unverified.push(login);
    else notAllowed.push(login);
    records.push({ ...record, ...commitFields });
  }

  const need = rules.count;
  const have = counted.length;
  const bound = { min: need };
  const assertedNote = input.asserted && have > 0 ? ', asserted on the command line, not read from GitHub' : '';
  const notCounted =
    (notAllowed.length > 0 ? `; not counted: ${list(notAllowed)} (${allowed.length > 0 ? `not in ${allowed.map((a) => a.text).join(', ')}` : 'no write access to the repository'})` : '') +
    onOlder.map((text) => `; ${text}`).join('');
  const base = `${have} of ${need} approval${need === 1 ? '' : 's'}${fromText}${have > 0 ? ` (${list(counted)}${assertedNote})` : ''}`;
  const result = (verdict: Verdict, message: string): ApprovalsCheck => ({ name: 'approvals', verdict, value: have, bound, message, unverified, approvals: records });
  if (have >= need) return result('pass', `${base}${notCounted}`);
  const unreadableTeams = [...input.teams.entries()].filter(([, t]) => !t.readable).map(([k]) => k);
  const teamsText = unreadableTeams.length > 0 ? unreadableTeams.join(', ') : allowed.filter((a) => a.kind === 'team').map((a) => a.text).join(', ');
  if (countUnverified && have + unverified.length >= need) {
    // The policy accepts approvals whose team membership cannot be read: counted, and said loudly.
    return {
      ...result('warn', `${[...unreadable][0]!}: ${list(unverified)} counted without verifying membership of ${teamsText} (approvals.unverified_membership: warn); ${have + unverified.length} of ${need} approvals${fromText}${notCounted}`),
      value: have + unverified.length,
    };
  }
  if (countUnverified && unverified.length > 0) {
    const total = have + unverified.length;
    return {
      ...result('fail', `${total} of ${need} approval${need === 1 ? '' : 's'}${fromText} (${list([...counted, ...unverified])}; membership of ${teamsText} not verified, counted as approvals.unverified_membership: warn allows): ${plural(need - total, 'more approval')} needed${fromText}${notCounted}`),
      value: total,
    };
  }
  const missing = need - have;
  const unknownText = unverified.length > 0 ? `; not counted, membership of ${teamsText} not verified: ${list(unverified)} (${[...unreadable][0]!})` : '';
  return result('fail', `${base}: ${plural(missing, 'more approval')} needed${fromText}${notCounted}${unknownText}`);
}

/** The reviews as they stood when the pull request was merged: later reviews cannot approve what is already merged. */
export function reviewsAtMerge(reviews: readonly Review[], mergedAt: string | undefined): Review[] {
  if (mergedAt === undefined) return [...reviews];
  const merged = Date.parse(mergedAt);
  return reviews.filter((r) => r.submittedAt === undefined || Date.parse(r.submittedAt) <= merged);
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
  // A version that held the target stage before (a rollback, a return) soaked when it first entered it.
  const earlier = stageTenure(input.events, target, version);
  if (earlier && earlier.until !== undefined) {
    return { name, verdict: 'pass', message: `${version} held ${target} before (${earlier.tag}, from ${new Date(earlier.since).toISOString().slice(0, 10)}): a return to ${target}, not a first entry` };
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
   * checked in this run (the CLI gate, no pull request), shown as "not checked here" with the reason.
   */
  approvals: GateCheck | { notRequired: string } | { notHere: string };
  /** The soak check, when the stage has a soak. */
  soak?: GateCheck;
  /** Waivers in force for this version's approvals and soak. */
  waivers?: { approvals?: Waiver; soak?: Waiver };
}

/** A failing check a waiver lets pass: a warning that names the waiver, never a silent pass. */
export function waivedCheck(check: GateCheck, waiver: Waiver | undefined): GateCheck & { waived?: Waiver } {
  if (!waiver || (check.verdict !== 'fail' && check.verdict !== 'warn')) return check;
  return { ...check, verdict: 'warn', message: `${waiverText(waiver)} — ${check.message ?? check.verdict}`, waived: waiver };
}

export const NOT_CHECKED_HERE = 'not checked here';

/**
 * The gate: a failure blocks when the stage's policy blocks. A check that cannot be made here is
 * skipped and says why; the gate's verdict is that of the checks that were made (skipped only when
 * none was), so a failing soak is never hidden inside a skipped gate.
 */
export function approvalsGate(input: ApprovalsGateInput): GateResult {
  const blocking = input.rules.on_failure === 'block';
  const checks: (GateCheck & { waived?: Waiver })[] = [];
  const { approvals } = input;
  if ('notHere' in approvals) checks.push({ name: 'approvals', verdict: 'skipped', message: `${NOT_CHECKED_HERE}: ${approvals.notHere}` });
  else if ('notRequired' in approvals) checks.push({ name: 'approvals', verdict: 'skipped', message: approvals.notRequired });
  else {
    const { unverified: _unverified, approvals: _records, ...check } = approvals as ApprovalsCheck;
    checks.push(waivedCheck(check, input.waivers?.approvals));
  }
  // The time soaked grows with the clock: its verdict is part of the report's identity, its value is not.
  if (input.soak) checks.push({ ...waivedCheck(input.soak, input.waivers?.soak), volatile: true });
  const decided = checks.filter((c) => c.verdict !== 'skipped');
  let verdict: Verdict = decided.length === 0 ? 'skipped' : worstVerdict(decided.map((c) => c.verdict));
  if (verdict === 'fail' && !blocking) verdict = 'warn';
  const summary = checks.map((c) => `${c.name}: ${c.message ?? c.verdict}`).join('; ');
  // Approvals and soak are the policy's rules for the stage the manifest asks for: they point at it.
  return { gate: APPROVALS_GATE, verdict, blocking, summary, checks: checks.map(({ waived: _waived, ...c }) => ({ ...c, pointer: c.pointer ?? '/stage' })) };
}

/** Whether a stage asks for anything this gate checks. */
export const stageNeedsApprovals = (rules: StageRules): boolean => rules.approvals.count > 0 || rules.soak !== undefined;
