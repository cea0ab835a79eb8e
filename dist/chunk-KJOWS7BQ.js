import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  registryEvents
} from "./chunk-C7YZTZQY.js";
import {
  GitHubApiError
} from "./chunk-A5QIX5QB.js";
import {
  CANNOT_VERIFY_TEAMS,
  NOT_CHECKED_HERE,
  applyGateAndChecklistWaivers,
  approvalsCheck,
  approvalsGate,
  approverTeams,
  enforcementOf,
  findWaiver,
  previousStages,
  reviewsAtMerge,
  soakCheck,
  stageNeedsApprovals,
  verdictOfFindings,
  waiverWhere,
  worstVerdict
} from "./chunk-4QXUKUJV.js";
import {
  readTagRecords
} from "./chunk-LV4U444C.js";

// src/core/approvals/stage-policy.ts
var needsReviews = (rules) => rules.approvals.count > 0;
var needsTags = (rules) => rules.soak !== void 0;
function teamsToAsk(rules, reviews, mergedAt) {
  const logins = [...new Set(reviewsAtMerge(reviews, mergedAt).filter((r) => r.state.toUpperCase() === "APPROVED").map((r) => r.author))];
  return { teams: logins.length > 0 ? approverTeams(rules) : [], logins };
}
var at = (waiver) => waiver.source ? { file: waiver.source.file, ...waiver.source.line !== void 0 ? { line: waiver.source.line } : {} } : {};
function approvalsFrom(target, rules) {
  const { model } = target;
  const stage = target.manifest.stage;
  const count = rules.approvals.count;
  const from = rules.approvals.from.length > 0 ? ` from ${rules.approvals.from.join(", ")}` : "";
  const evidence = target.approvals ?? { none: "the approvals were not read" };
  if (count === 0) return { approvals: { notRequired: `stage ${stage} needs no approvals` } };
  if ("notHere" in evidence) return { approvals: { notHere: evidence.notHere } };
  if ("none" in evidence) return { approvals: { name: "approvals", verdict: "fail", value: 0, bound: { min: count }, message: `${evidence.none}: 0 of ${count} approvals${from}` } };
  if ("unreadable" in evidence) {
    model.findings.push({ severity: "warning", category: "policy", code: "approvals-unverified", message: evidence.unreadable, file: model.manifest });
    return { approvals: { name: "approvals", verdict: "fail", value: 0, bound: { min: count }, message: evidence.unreadable } };
  }
  const check = approvalsCheck({
    rules: rules.approvals,
    reviews: reviewsAtMerge(evidence.reviews, evidence.mergedAt),
    ...evidence.pullRequest.author ? { author: evidence.pullRequest.author } : {},
    teams: evidence.teams,
    ...evidence.asserted ? { asserted: true } : {},
    ...evidence.pullRequest.headSha ? { headSha: evidence.pullRequest.headSha } : {}
  });
  if (check.unverified.length > 0) {
    const unreadable = [...evidence.teams.entries()].filter(([, t]) => !t.readable).map(([k]) => k);
    const counted = rules.approvals.unverified_membership === "warn";
    model.findings.push({
      severity: "warning",
      category: "policy",
      code: "approvals-unverified",
      message: `${CANNOT_VERIFY_TEAMS}: membership of ${unreadable.join(", ")} is unknown, so the approvals of ${check.unverified.map((l) => `@${l}`).join(", ")} ${counted ? "are counted unverified (approvals.unverified_membership: warn)" : "are not counted"} for ${stage}`,
      file: model.manifest,
      hint: evidence.asserted ? `the command line cannot verify team membership: promote from the GitHub Action with a token that can read the teams${counted ? "" : ", or set approvals.unverified_membership: warn in the policy to accept asserted approvals"}` : "pass a token that can read the organisation's teams as github-token (a GitHub App token with members: read, or a token with read:org)"
    });
  }
  return { approvals: check, records: check.approvals };
}
function soakFrom(target, rules, context) {
  if (rules.soak === void 0) return void 0;
  if (target.soakNotHere !== void 0) return { name: "soak", verdict: "skipped", message: `${NOT_CHECKED_HERE}: ${target.soakNotHere}` };
  const stage = target.manifest.stage;
  const events = context.events;
  const read = events !== void 0 && !("problem" in events) ? events : void 0;
  const problem = events === void 0 ? "the registry tags were not read" : "problem" in events ? events.problem : void 0;
  return soakCheck({
    soak: rules.soak,
    target: stage,
    version: target.manifest.metadata.version,
    previous: previousStages(context.policy, stage, target.baseStage),
    events: read ? read.get(target.model.name) ?? [] : void 0,
    ...problem !== void 0 ? { eventsProblem: problem } : {},
    now: context.now
  });
}
function decideStagePolicy(target, context) {
  const { model, manifest } = target;
  if (model.verdict === "error") return;
  const { policy, now } = context;
  const stage = manifest.stage;
  const version = manifest.metadata.version;
  const rules = policy.stages[stage];
  const refused = target.refusedWaivers ?? /* @__PURE__ */ new Map();
  const usable = policy.waivers.filter((w) => !refused.has(w));
  for (const [waiver, why] of refused) {
    if (waiver.model !== model.name || waiver.version !== version) continue;
    model.findings.push({ severity: "warning", category: "policy", code: "waiver-refused", message: `the waiver of ${waiver.check} at ${waiverWhere(waiver)} does not apply: ${why}`, ...at(waiver) });
  }
  const used = applyGateAndChecklistWaivers(model, { waivers: usable, now });
  let records;
  if (stageNeedsApprovals(rules)) {
    const approvals = approvalsFrom(target, rules);
    records = approvals.records;
    const soak = soakFrom(target, rules, context);
    const approvalsWaiver = findWaiver(usable, { model: model.name, version, check: "approvals", now });
    const soakWaiver = findWaiver(usable, { model: model.name, version, check: "soak", now });
    const waivers = { ...approvalsWaiver ? { approvals: approvalsWaiver } : {}, ...soakWaiver ? { soak: soakWaiver } : {} };
    const gate = approvalsGate({ target: stage, rules, approvals: approvals.approvals, ...soak ? { soak } : {}, waivers });
    model.gates.push(gate);
    for (const [check, waiver] of Object.entries(waivers)) {
      const result = gate.checks.find((c) => check === "approvals" ? c.name === "approvals" : c.name.startsWith("soak"));
      if (result?.message?.startsWith("waived by")) used.push(waiver);
    }
  }
  model.enforcement = enforcementOf({ model, stage, rules, context: context.context, ...records ? { approvals: records } : {}, waivers: used });
  model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
}

// src/commands/approvals.ts
var NO_PULL_REQUEST = "no pull request whose reviews to read (the Action checks them on pull_request and pull_request_review events; give --pr and --approver to check asserted approvals)";
function githubApprovalSource(client, repo, pullRequest, mergedAt) {
  let reviews;
  const teams = /* @__PURE__ */ new Map();
  const memberships = /* @__PURE__ */ new Map();
  const describe = (error) => error instanceof GitHubApiError && error.denied ? `${CANNOT_VERIFY_TEAMS} (${error.message}; it needs read access to the organisation's teams: a GitHub App token with members: read, or a token with read:org)` : `${CANNOT_VERIFY_TEAMS} (${error instanceof Error ? error.message : String(error)})`;
  return {
    pullRequest,
    ...mergedAt ? { mergedAt } : {},
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
function prefetchTagRecords(manifests, policy, root) {
  if (!manifests.some((m) => needsTags(policy.stages[m.stage]))) return void 0;
  const records = readTagRecords(root);
  records.catch(() => void 0);
  return records;
}
var describeError = (error) => error instanceof Error ? error.message : String(error);
async function readEvents(live, options) {
  if (!live.some((t) => needsTags(options.policy.stages[t.manifest.stage]))) return void 0;
  try {
    return registryEvents(await (options.tagRecords ?? readTagRecords(options.root)), { only: new Set(live.map((t) => t.model.name)) });
  } catch (error) {
    return { problem: `cannot read the registry tags (${describeError(error)})` };
  }
}
async function readApprovals(availability, rules, reviewsOf) {
  if ("notHere" in availability || "none" in availability) return availability;
  if (!needsReviews(rules)) return void 0;
  const source = availability;
  let reviews;
  try {
    if (!reviewsOf.has(source)) reviewsOf.set(source, source.reviews());
    reviews = await reviewsOf.get(source);
  } catch (error) {
    return { unreadable: `cannot read the reviews of pull request #${source.pullRequest.number} with this token (${describeError(error)}); the workflow needs permissions: pull-requests: read` };
  }
  const ask = teamsToAsk(rules, reviews, source.mergedAt);
  const teams = /* @__PURE__ */ new Map();
  for (const team of ask.teams) teams.set(team.text, await source.teamMembers(team.org, team.slug, ask.logins));
  return { pullRequest: source.pullRequest, ...source.asserted ? { asserted: true } : {}, ...source.mergedAt ? { mergedAt: source.mergedAt } : {}, reviews, teams };
}
async function enforceStagePolicy(targets, options) {
  const live = targets.filter((t) => t.model.verdict !== "error");
  const context = { policy: options.policy, context: options.context, events: await readEvents(live, options), now: options.now ?? /* @__PURE__ */ new Date() };
  const reviewsOf = /* @__PURE__ */ new Map();
  for (const target of live) {
    const approvals = await readApprovals(target.approvals, options.policy.stages[target.manifest.stage], reviewsOf);
    const { approvals: _availability, ...rest } = target;
    decideStagePolicy({ ...rest, ...approvals ? { approvals } : {} }, context);
  }
}
function assertedApprovalSource(pullRequest) {
  return {
    pullRequest: { number: pullRequest.number, ...pullRequest.author ? { author: pullRequest.author } : {} },
    asserted: true,
    reviews: async () => pullRequest.approvers.map((author) => ({ author, state: "APPROVED" })),
    teamMembers: async () => ({ readable: false, reason: "approvals asserted with --approver: team membership cannot be verified without GitHub" })
  };
}
var NO_BASE = "no base to compare with (--base): nothing says what a merge would promote";
var NO_APPROVALS_AT_PROMOTION = "no pull request is recorded for this promotion (a direct push, or promote without --pr and --approver)";
async function addApprovalGates(models, manifests, policy, options) {
  const targets = models.flatMap((model) => {
    const manifest = manifests.get(model.manifest);
    if (!manifest || model.verdict === "error" || !promotesModel(model)) return [];
    if (!model.change) return [{ model, manifest, approvals: { notHere: NO_BASE }, soakNotHere: NO_BASE }];
    return [{ model, manifest, ...model.change.base?.stage ? { baseStage: model.change.base.stage } : {}, approvals: options.source ?? { notHere: NO_PULL_REQUEST } }];
  });
  await enforceStagePolicy(targets, { policy, context: options.source ? options.source.asserted ? "command-line" : "pull-request" : "command-line", root: options.root, ...options.now ? { now: options.now } : {}, ...options.tagRecords ? { tagRecords: options.tagRecords } : {} });
}

export {
  NO_PULL_REQUEST,
  githubApprovalSource,
  promotesModel,
  prefetchTagRecords,
  enforceStagePolicy,
  assertedApprovalSource,
  NO_BASE,
  NO_APPROVALS_AT_PROMOTION,
  addApprovalGates
};
