import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  openGitHistory,
  registryEvents
} from "./chunk-KOCLT6WZ.js";
import {
  GitHubApiError
} from "./chunk-ZVF47P55.js";
import {
  STAGES,
  durationMs
} from "./chunk-Z5GJ3RVC.js";
import {
  verdictOfFindings,
  worstVerdict
} from "./chunk-OI3TUQGV.js";

// src/core/gates/approvals.ts
var APPROVALS_GATE = "approvals";
function parseApprover(entry) {
  const team = /^@([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(entry);
  if (team) return { kind: "team", org: team[1], slug: team[2], text: entry };
  const user = /^@([A-Za-z0-9][A-Za-z0-9-]*)$/.exec(entry);
  if (user) return { kind: "user", login: user[1], text: entry };
  return { kind: "other", text: entry };
}
function approverTeams(rules) {
  return rules.approvals.from.map(parseApprover).filter((a) => a.kind === "team");
}
var DECISIVE = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function approvingReviewers(reviews, author) {
  const ordered = reviews.map((review, index) => ({ review, index })).sort((a, b) => (a.review.submittedAt ?? "").localeCompare(b.review.submittedAt ?? "") || a.index - b.index).map(({ review }) => review).filter((review) => review.author !== "");
  const firstSeen = /* @__PURE__ */ new Map();
  const latest = /* @__PURE__ */ new Map();
  ordered.forEach((review, i) => {
    const key = review.author.toLowerCase();
    if (!firstSeen.has(key)) firstSeen.set(key, i);
    const state = review.state.toUpperCase();
    if (DECISIVE.has(state)) latest.set(key, { ...review, state });
  });
  return [...latest.entries()].filter(([login, review]) => review.state === "APPROVED" && login !== author?.toLowerCase()).sort(([a], [b]) => firstSeen.get(a) - firstSeen.get(b)).map(([, review]) => review);
}
var WITH_ACCESS = /* @__PURE__ */ new Set(["OWNER", "MEMBER", "COLLABORATOR"]);
var list = (logins) => logins.map((l) => `@${l}`).join(", ");
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function approvalsCheck(input) {
  const { rules } = input;
  const approvers = approvingReviewers(input.reviews, input.author);
  const allowed = rules.from.map(parseApprover);
  const fromText = allowed.length > 0 ? ` from ${allowed.map((a) => a.text).join(", ")}` : "";
  const counted = [];
  const unverified = [];
  const notAllowed = [];
  const unreadable = /* @__PURE__ */ new Set();
  for (const review of approvers) {
    const login = review.author;
    if (allowed.length === 0) {
      if (review.authorAssociation === void 0 || WITH_ACCESS.has(review.authorAssociation.toUpperCase())) counted.push(login);
      else notAllowed.push(login);
      continue;
    }
    let verdict = "no";
    for (const a of allowed) {
      if (a.kind === "user" && a.login.toLowerCase() === login.toLowerCase()) verdict = "yes";
      if (a.kind === "team") {
        const team = input.teams.get(a.text);
        if (!team || !team.readable) {
          unreadable.add(team && !team.readable ? team.reason : "cannot verify team membership with this token");
          if (verdict === "no") verdict = "unknown";
        } else if ([...team.members].some((m) => m.toLowerCase() === login.toLowerCase())) verdict = "yes";
      }
      if (verdict === "yes") break;
    }
    if (verdict === "yes") counted.push(login);
    else if (verdict === "unknown") unverified.push(login);
    else notAllowed.push(login);
  }
  const need = rules.count;
  const have = counted.length;
  const bound = { min: need };
  const notCounted = notAllowed.length > 0 ? `; not counted: ${list(notAllowed)} (${allowed.length > 0 ? `not in ${allowed.map((a) => a.text).join(", ")}` : "no write access to the repository"})` : "";
  const base = `${have} of ${need} approval${need === 1 ? "" : "s"}${fromText}${have > 0 ? ` (${list(counted)})` : ""}`;
  if (have >= need) return { name: "approvals", verdict: "pass", value: have, bound, message: `${base}${notCounted}`, unverified: [] };
  const missing = need - have;
  if (have + unverified.length >= need) {
    const reason = [...unreadable][0];
    return {
      name: "approvals",
      verdict: "warn",
      value: have,
      bound,
      message: `${reason}: ${list(unverified)} approved, but membership of ${[...input.teams.entries()].filter(([, t]) => !t.readable).map(([k]) => k).join(", ")} cannot be read; ${base}${notCounted}`,
      unverified
    };
  }
  const unknownText = unverified.length > 0 ? `; unverified: ${list(unverified)} (${[...unreadable][0]})` : "";
  return { name: "approvals", verdict: "fail", value: have, bound, message: `${base}: ${plural(missing, "more approval")} needed${fromText}${notCounted}${unknownText}`, unverified };
}
function stageTenure(events, stage, version) {
  let current;
  let last;
  for (const e of events) {
    if (e.time === void 0 || e.tag.kind !== "assign" && e.tag.kind !== "unassign" || e.tag.stage !== stage) continue;
    if (e.tag.kind === "assign") {
      if (e.version === version) {
        if (!current) current = { since: e.time, tag: e.tag.tag };
      } else if (current) {
        last = { ...current, until: e.time };
        current = void 0;
      }
    } else if (current && (e.version === void 0 || e.version === version)) {
      last = { ...current, until: e.time };
      current = void 0;
    }
  }
  return current ?? last;
}
function previousStages(policy, target, baseStage) {
  if (baseStage !== void 0 && baseStage !== target && STAGES.includes(baseStage)) return [baseStage];
  return STAGES.filter((s) => s !== target && s !== "archived" && policy.transitions[s].includes(target));
}
var DAY_MS = 864e5;
function durationText(ms) {
  if (ms < DAY_MS) {
    const hours2 = Math.floor(ms / 36e5);
    return hours2 >= 1 ? plural(hours2, "hour") : plural(Math.max(0, Math.floor(ms / 6e4)), "minute");
  }
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms - days * DAY_MS) / 36e5);
  return days < 7 && hours > 0 ? `${plural(days, "day")} ${plural(hours, "hour")}` : plural(days, "day");
}
function soakCheck(input) {
  const { soak, target, version, previous, now } = input;
  const soakMs = durationMs(soak) ?? 0;
  const bound = { min: Number((soakMs / DAY_MS).toFixed(4)) };
  const where = previous.length > 0 ? previous.join(" or ") : "a previous stage";
  const name = `soak in ${where}`;
  if (previous.length === 0) return { name, verdict: "skipped", message: `no stage leads to ${target} in the policy's transitions: nothing to soak in` };
  if (!input.events) return { name, verdict: "skipped", message: `${input.eventsProblem ?? "the registry tags cannot be read"}: soak ${soak} in ${where} not checked` };
  let best;
  for (const stage of previous) {
    const tenure = stageTenure(input.events, stage, version);
    if (tenure && (!best || tenure.since > best.since)) best = { stage, ...tenure };
  }
  if (!best) {
    return { name, verdict: "fail", value: 0, bound, message: `${version} was never in ${where} (no stage tag assigns it there): the policy asks for ${soak} in ${where} before ${target}` };
  }
  const spent = (best.until ?? now.getTime()) - best.since;
  const since = new Date(best.since).toISOString().slice(0, 10);
  const value = Number((spent / DAY_MS).toFixed(4));
  const period = `${version} ${best.until === void 0 ? "has been" : "was"} in ${best.stage} for ${durationText(spent)} (${best.tag}, since ${since})`;
  if (spent >= soakMs) return { name: `soak in ${best.stage}`, verdict: "pass", value, bound, message: `${period}, at least the soak of ${soak}` };
  return { name: `soak in ${best.stage}`, verdict: "fail", value, bound, message: `${period}: ${durationText(soakMs - spent)} short of the soak of ${soak} before ${target}` };
}
function approvalsGate(input) {
  const blocking = input.rules.on_failure === "block";
  const checks = [];
  const { approvals } = input;
  if ("notHere" in approvals) checks.push({ name: "approvals", verdict: "skipped", message: "not checked: no pull request whose reviews to read" });
  else if ("notRequired" in approvals) checks.push({ name: "approvals", verdict: "skipped", message: approvals.notRequired });
  else {
    const { unverified: _unverified, ...check } = approvals;
    checks.push(check);
  }
  if (input.soak) checks.push(input.soak);
  const decided = checks.filter((c) => c.verdict !== "skipped");
  let verdict = decided.length === 0 || "notHere" in approvals ? "skipped" : worstVerdict(decided.map((c) => c.verdict));
  if (verdict === "fail" && !blocking) verdict = "warn";
  const summary = "notHere" in approvals ? approvals.notHere : checks.map((c) => `${c.name}: ${c.message ?? c.verdict}`).join("; ");
  return { gate: APPROVALS_GATE, verdict, blocking, summary, checks };
}
var stageNeedsApprovals = (rules) => rules.approvals.count > 0 || rules.soak !== void 0;

// src/commands/approvals.ts
var CANNOT_VERIFY_TEAMS = "cannot verify team membership with this token";
var NO_PULL_REQUEST = "approvals are checked by the GitHub Action on pull_request and pull_request_review events, from the pull request's reviews; not here (no pull request)";
function githubApprovalSource(client, repo, pullRequest) {
  let reviews;
  const teams = /* @__PURE__ */ new Map();
  const memberships = /* @__PURE__ */ new Map();
  const describe = (error) => error instanceof GitHubApiError && error.denied ? `${CANNOT_VERIFY_TEAMS} (${error.message}; it needs read access to the organisation's teams: a GitHub App token with members: read, or a token with read:org)` : `${CANNOT_VERIFY_TEAMS} (${error instanceof Error ? error.message : String(error)})`;
  return {
    pullRequest,
    reviews() {
      reviews ??= client.listPullRequestReviews(repo, pullRequest.number);
      return reviews;
    },
    async teamMembers(org, slug, logins) {
      const key = `${org}/${slug}`.toLowerCase();
      let team = teams.get(key);
      if (!team) {
        team = client.getTeam(org, slug).then(
          () => ({ readable: true }),
          (error) => ({ readable: false, reason: describe(error) })
        );
        teams.set(key, team);
      }
      const visible = await team;
      if (!visible.readable) return visible;
      const members = /* @__PURE__ */ new Set();
      for (const login of logins) {
        const memberKey = `${key}:${login.toLowerCase()}`;
        let membership = memberships.get(memberKey);
        if (!membership) {
          membership = client.getTeamMembership(org, slug, login).then(
            (state) => state === "active",
            (error) => ({ reason: describe(error) })
          );
          memberships.set(memberKey, membership);
        }
        const result = await membership;
        if (typeof result === "object") return { readable: false, reason: result.reason };
        if (result) members.add(login);
      }
      return { readable: true, members };
    }
  };
}
function promotesModel(model) {
  const change = model.change;
  if (!change) return true;
  if (change.kind === "added") return true;
  return change.base !== void 0 && (change.base.version !== model.version || change.base.stage !== model.stage);
}
async function addApprovalGates(models, manifests, policy, options) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const targets = models.filter((m) => {
    const manifest = manifests.get(m.manifest);
    return manifest !== void 0 && m.verdict !== "error" && promotesModel(m) && stageNeedsApprovals(policy.stages[manifest.stage]);
  });
  if (targets.length === 0) return;
  let events;
  let eventsProblem;
  if (targets.some((m) => policy.stages[manifests.get(m.manifest).stage].soak !== void 0)) {
    try {
      events = registryEvents(await (await openGitHistory(options.root)).tagRecords(), { only: new Set(targets.map((m) => m.name)) });
    } catch (error) {
      eventsProblem = `cannot read the registry tags (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  let reviews;
  let reviewsProblem;
  if (options.source) {
    try {
      reviews = await options.source.reviews();
    } catch (error) {
      reviewsProblem = `cannot read the reviews of pull request #${options.source.pullRequest.number} with this token (${error instanceof Error ? error.message : String(error)}); the workflow needs permissions: pull-requests: read`;
    }
  }
  for (const model of targets) {
    const manifest = manifests.get(model.manifest);
    const stage = manifest.stage;
    const rules = policy.stages[stage];
    let approvals;
    if (rules.approvals.count === 0) approvals = { notRequired: `stage ${stage} needs no approvals` };
    else if (!options.source) approvals = { notHere: NO_PULL_REQUEST };
    else if (!reviews) {
      approvals = { name: "approvals", verdict: "warn", message: reviewsProblem };
      model.findings.push({ severity: "warning", category: "policy", code: "approvals-unverified", message: reviewsProblem, file: model.manifest });
    } else {
      const approving = [...new Set(reviews.filter((r) => r.state.toUpperCase() === "APPROVED").map((r) => r.author))];
      const teams = /* @__PURE__ */ new Map();
      if (approving.length > 0) for (const team of approverTeams(rules)) teams.set(team.text, await options.source.teamMembers(team.org, team.slug, approving));
      const check = approvalsCheck({ rules: rules.approvals, reviews, ...options.source.pullRequest.author ? { author: options.source.pullRequest.author } : {}, teams });
      approvals = check;
      if (check.unverified.length > 0) {
        const unreadable = [...teams.entries()].filter(([, t]) => !t.readable).map(([k]) => k);
        model.findings.push({
          severity: "warning",
          category: "policy",
          code: "approvals-unverified",
          message: `${CANNOT_VERIFY_TEAMS}: membership of ${unreadable.join(", ")} is unknown, so the approvals of ${check.unverified.map((l) => `@${l}`).join(", ")} are not counted for ${stage}`,
          file: model.manifest,
          hint: "pass a token that can read the organisation's teams as github-token (a GitHub App token with members: read, or a token with read:org)"
        });
      }
    }
    const soak = rules.soak !== void 0 ? soakCheck({
      soak: rules.soak,
      target: stage,
      version: manifest.metadata.version,
      previous: previousStages(policy, stage, model.change?.base?.stage),
      events: events ? events.get(model.name) ?? [] : void 0,
      ...eventsProblem ? { eventsProblem } : {},
      now
    }) : void 0;
    model.gates.push(approvalsGate({ target: stage, rules, approvals, ...soak ? { soak } : {} }));
    model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
  }
}

export {
  approvingReviewers,
  CANNOT_VERIFY_TEAMS,
  NO_PULL_REQUEST,
  githubApprovalSource,
  promotesModel,
  addApprovalGates
};
