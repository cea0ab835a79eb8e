import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  registryEvents
} from "./chunk-6NZ5KCYD.js";
import {
  GitHubApiError
} from "./chunk-UY7GAYYN.js";
import {
  NOT_CHECKED_HERE,
  applyGateAndChecklistWaivers,
  approvalsCheck,
  approverTeams,
  enforcementOf,
  findWaiver,
  previousStages,
  reviewsAtMerge,
  sectionGate,
  soakCheck,
  stageNeedsApprovals,
  verdictOfFindings,
  waiverWhere,
  worstVerdict
} from "./chunk-QQL3EYL2.js";
import {
  openGitHistory
} from "./chunk-EOOHTQJ6.js";

// src/commands/approvals.ts
var CANNOT_VERIFY_TEAMS = "cannot verify team membership with this token";
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
var describeError = (error) => error instanceof Error ? error.message : String(error);
async function enforceStagePolicy(targets, options) {
  const { policy } = options;
  const now = options.now ?? /* @__PURE__ */ new Date();
  const live = targets.filter((t) => t.model.verdict !== "error");
  let events;
  let eventsProblem;
  if (live.some((t) => policy.stages[t.manifest.stage].soak !== void 0)) {
    try {
      events = registryEvents(await (await openGitHistory(options.root)).tagRecords(), { only: new Set(live.map((t) => t.model.name)) });
    } catch (error) {
      eventsProblem = `cannot read the registry tags (${describeError(error)})`;
    }
  }
  const reviewsOf = /* @__PURE__ */ new Map();
  for (const target of live) {
    const { model, manifest } = target;
    const stage = manifest.stage;
    const version = manifest.metadata.version;
    const rules = policy.stages[stage];
    const refused = target.refusedWaivers ?? /* @__PURE__ */ new Map();
    const usable = policy.waivers.filter((w) => !refused.has(w));
    for (const [waiver, why] of refused) {
      if (waiver.model !== model.name || waiver.version !== version) continue;
      model.findings.push({ severity: "warning", category: "policy", code: "waiver-refused", message: `the waiver of ${waiver.check} at ${waiverWhere(waiver)} does not apply: ${why}`, ...waiver.source ? { file: waiver.source.file, ...waiver.source.line !== void 0 ? { line: waiver.source.line } : {} } : {} });
    }
    const used = applyGateAndChecklistWaivers(model, { waivers: usable, now });
    let records;
    if (stageNeedsApprovals(rules)) {
      let approvals;
      const from = rules.approvals.from.length > 0 ? ` from ${rules.approvals.from.join(", ")}` : "";
      const availability = target.approvals;
      if (rules.approvals.count === 0) approvals = { notRequired: `stage ${stage} needs no approvals` };
      else if ("notHere" in availability) approvals = { notHere: availability.notHere };
      else if ("none" in availability) approvals = { name: "approvals", verdict: "fail", value: 0, bound: { min: rules.approvals.count }, message: `${availability.none}: 0 of ${rules.approvals.count} approvals${from}` };
      else {
        const source = availability;
        let reviews;
        let problem;
        try {
          if (!reviewsOf.has(source)) reviewsOf.set(source, source.reviews());
          reviews = reviewsAtMerge(await reviewsOf.get(source), source.mergedAt);
        } catch (error) {
          problem = `cannot read the reviews of pull request #${source.pullRequest.number} with this token (${describeError(error)}); the workflow needs permissions: pull-requests: read`;
        }
        if (!reviews) {
          approvals = { name: "approvals", verdict: "fail", value: 0, bound: { min: rules.approvals.count }, message: problem };
          model.findings.push({ severity: "warning", category: "policy", code: "approvals-unverified", message: problem, file: model.manifest });
        } else {
          const approving = [...new Set(reviews.filter((r) => r.state.toUpperCase() === "APPROVED").map((r) => r.author))];
          const teams = /* @__PURE__ */ new Map();
          if (approving.length > 0) for (const team of approverTeams(rules)) teams.set(team.text, await source.teamMembers(team.org, team.slug, approving));
          const check = approvalsCheck({ rules: rules.approvals, reviews, ...source.pullRequest.author ? { author: source.pullRequest.author } : {}, teams, ...source.asserted ? { asserted: true } : {} });
          approvals = check;
          records = check.approvals;
          if (check.unverified.length > 0) {
            const unreadable = [...teams.entries()].filter(([, t]) => !t.readable).map(([k]) => k);
            const counted = rules.approvals.unverified_membership === "warn";
            model.findings.push({
              severity: "warning",
              category: "policy",
              code: "approvals-unverified",
              message: `${CANNOT_VERIFY_TEAMS}: membership of ${unreadable.join(", ")} is unknown, so the approvals of ${check.unverified.map((l) => `@${l}`).join(", ")} ${counted ? "are counted unverified (approvals.unverified_membership: warn)" : "are not counted"} for ${stage}`,
              file: model.manifest,
              hint: source.asserted ? `the command line cannot verify team membership: promote from the GitHub Action with a token that can read the teams${counted ? "" : ", or set approvals.unverified_membership: warn in the policy to accept asserted approvals"}` : "pass a token that can read the organisation's teams as github-token (a GitHub App token with members: read, or a token with read:org)"
            });
          }
        }
      }
      const soak = rules.soak !== void 0 && target.soakNotHere !== void 0 ? { name: "soak", verdict: "skipped", message: `${NOT_CHECKED_HERE}: ${target.soakNotHere}` } : rules.soak !== void 0 ? soakCheck({
        soak: rules.soak,
        target: stage,
        version,
        previous: previousStages(policy, stage, target.baseStage),
        events: events ? events.get(model.name) ?? [] : void 0,
        ...eventsProblem ? { eventsProblem } : {},
        now
      }) : void 0;
      const approvalsWaiver = findWaiver(usable, { model: model.name, version, check: "approvals", now });
      const soakWaiver = findWaiver(usable, { model: model.name, version, check: "soak", now });
      const waivers = { ...approvalsWaiver ? { approvals: approvalsWaiver } : {}, ...soakWaiver ? { soak: soakWaiver } : {} };
      const gate = sectionGate("approvals").decide({ target: stage, rules, approvals, ...soak ? { soak } : {}, waivers }, { manifest, blocking: rules.on_failure === "block", seed: 0 }).gate;
      model.gates.push(gate);
      for (const [check, waiver] of Object.entries(waivers)) {
        const result = gate.checks.find((c) => check === "approvals" ? c.name === "approvals" : c.name.startsWith("soak"));
        if (result?.message?.startsWith("waived by")) used.push(waiver);
      }
    }
    model.enforcement = enforcementOf({ model, stage, rules, context: options.context, ...records ? { approvals: records } : {}, waivers: used });
    model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
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
  await enforceStagePolicy(targets, { policy, context: options.source ? options.source.asserted ? "command-line" : "pull-request" : "command-line", root: options.root, ...options.now ? { now: options.now } : {} });
}

export {
  CANNOT_VERIFY_TEAMS,
  NO_PULL_REQUEST,
  githubApprovalSource,
  promotesModel,
  enforceStagePolicy,
  assertedApprovalSource,
  NO_BASE,
  NO_APPROVALS_AT_PROMOTION,
  addApprovalGates
};
