import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  IssueTracker,
  withFindings
} from "./chunk-53IOBZUB.js";
import {
  plannedDeployment,
  plannedIssues,
  promote
} from "./chunk-THMLBT3X.js";
import "./chunk-YMZO6LTC.js";
import "./chunk-S4VAN7PE.js";
import "./chunk-ZJZZ2VAP.js";
import "./chunk-PUFAL5EU.js";
import "./chunk-KH3XWZSE.js";
import "./chunk-WNLFKUOI.js";
import "./chunk-TBTLP5GZ.js";
import "./chunk-WJJXP5CC.js";
import "./chunk-VX5LFMT5.js";
import "./chunk-BKKO3S44.js";
import "./chunk-CG3NNE6D.js";
import "./chunk-AS33UUS6.js";
import "./chunk-4XVS4YMY.js";
import "./chunk-BPJDMZHB.js";
import "./chunk-AQPLGBBZ.js";
import "./chunk-SWAFCXIJ.js";
import "./chunk-VEFIVDER.js";
import "./chunk-WWS7NVO2.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-QU7YDUXK.js";
import "./chunk-SLV62WMS.js";
import "./chunk-6HMGHRNK.js";
import "./chunk-WZ2YAYYJ.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-STSMI376.js";
import "./chunk-B3JWC5PF.js";
import "./chunk-AOKYJ2QT.js";
import "./chunk-LURRIIGD.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-AZQSVGF5.js";
import {
  sleep
} from "./chunk-K2PE4NOY.js";
import "./chunk-CH33ZC5A.js";
import {
  githubApprovalSource
} from "./chunk-IVCHXHDI.js";
import "./chunk-WYJAPRZQ.js";
import {
  approvingReviewers,
  reviewsAtMerge
} from "./chunk-XZW76LL6.js";
import "./chunk-ZCQZ4SQA.js";
import "./chunk-BMNONSFE.js";
import "./chunk-RU6PGEHT.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-CAWAQOUY.js";
import {
  ACTIONS_BOT,
  GitHubApiError
} from "./chunk-A5QIX5QB.js";
import "./chunk-RFEL46WT.js";

// src/io/github/deployments.ts
async function existing(client, repo, spec) {
  const found = (await client.listDeployments(repo, { ref: spec.ref, environment: spec.environment })).filter((d) => d.ref === spec.ref && d.environment === spec.environment);
  return found.sort((a, b) => a.id - b.id)[0];
}
async function ensureDeployment(client, repo, spec, options = {}) {
  let deployment = await existing(client, repo, spec);
  let created = false;
  if (!deployment) {
    const attempts = options.attempts ?? 3;
    for (let attempt = 1; !deployment; attempt++) {
      try {
        deployment = await client.createDeployment(repo, {
          ref: spec.ref,
          environment: spec.environment,
          description: spec.description,
          payload: { model: spec.model, version: spec.version },
          productionEnvironment: spec.environment === "production"
        });
        created = true;
      } catch (error) {
        if (!(error instanceof GitHubApiError) || !error.ambiguous || attempt >= attempts) throw error;
        deployment = await existing(client, repo, spec);
        if (!deployment) await (options.sleep ?? sleep)(attempt * attempt * 1e3);
      }
    }
  }
  const statuses = created ? [] : await client.listDeploymentStatuses(repo, deployment.id);
  if (statuses.some((s) => s.state === "success")) return { action: "unchanged", deployment, deactivated: [] };
  await client.createDeploymentStatus(repo, deployment.id, {
    state: "success",
    description: spec.description,
    environment: spec.environment,
    ...spec.logUrl ? { logUrl: spec.logUrl } : {}
  });
  const deactivated = [];
  const earlier = (await client.listDeployments(repo, { environment: spec.environment })).filter(
    (d) => d.id < deployment.id && d.ref !== spec.ref && d.environment === spec.environment && d.payload["model"] === spec.model
  );
  for (const d of earlier) {
    const [latest] = await client.listDeploymentStatuses(repo, d.id);
    if (latest?.state !== "success") continue;
    await client.createDeploymentStatus(repo, d.id, { state: "inactive", description: `${spec.model}: replaced by ${spec.version} (${spec.ref})`, environment: spec.environment });
    deactivated.push(d.id);
  }
  return { action: created ? "created" : "completed", deployment, deactivated };
}

// src/commands/promote-on-github.ts
var ACTIONS_BOT_TAGGER = { name: ACTIONS_BOT, email: "41898282+github-actions[bot]@users.noreply.github.com" };
var reason = (error) => error instanceof Error ? error.message : String(error);
async function pullRequestOfCommit(client, repo, sha) {
  const pulls = await client.listPullRequestsOfCommit(repo, sha);
  const pr = pulls.find((p) => p.mergeCommitSha === sha && p.mergedAt) ?? pulls.find((p) => p.mergedAt) ?? pulls[0];
  if (!pr) return void 0;
  const reviews = reviewsAtMerge(await client.listPullRequestReviews(repo, pr.number), pr.mergedAt);
  return {
    pullRequest: {
      number: pr.number,
      ...pr.author ? { author: pr.author } : {},
      approvers: approvingReviewers(reviews, pr.author).map((r) => r.author),
      ...pr.url ? { url: pr.url } : {}
    },
    ...pr.mergedAt ? { mergedAt: pr.mergedAt } : {}
  };
}
async function promoteOnGitHub(options) {
  const { github, repository, log } = options;
  const client = github && repository ? github : void 0;
  const findings = [];
  if (!client) log.warning("No github-token (or repository): the promotion can read no pull request, so a stage that needs approvals is not promoted; no deployments or issues are created.");
  const lookups = /* @__PURE__ */ new Map();
  const pullRequestOf = (commit) => {
    let found = lookups.get(commit);
    if (!found) {
      found = (async () => {
        if (!client) return { none: "no github-token: the pull request and its reviews cannot be read" };
        try {
          const merged = await pullRequestOfCommit(client, repository, commit);
          if (!merged) {
            log.info(`No pull request was merged as ${commit.slice(0, 12)}: a direct push.`);
            return { none: `no pull request was merged as ${commit.slice(0, 12)} (a direct push): nobody approved it` };
          }
          const { pullRequest: pullRequest2 } = merged;
          log.info(`Pull request #${pullRequest2.number} by @${pullRequest2.author ?? "?"}, approved by ${pullRequest2.approvers.map((a) => `@${a}`).join(", ") || "nobody"} (reviews as they stood at the merge).`);
          return { pullRequest: pullRequest2, approvals: githubApprovalSource(client, repository, { number: pullRequest2.number, ...pullRequest2.author ? { author: pullRequest2.author } : {} }, merged.mergedAt) };
        } catch (error) {
          log.warning(`Cannot read the pull request of ${commit.slice(0, 12)} (${reason(error)}). Give the job permissions: pull-requests: read.`);
          return { none: `the pull request of ${commit.slice(0, 12)} cannot be read (${reason(error)}); the job needs permissions: pull-requests: read` };
        }
      })();
      lookups.set(commit, found);
    }
    return found;
  };
  let pullRequest;
  if (options.head) {
    const found = await pullRequestOf(options.head);
    if ("pullRequest" in found) pullRequest = found.pullRequest;
  }
  const deployments = [];
  const hooked = [];
  const promoted = async (model) => {
    hooked.push(model);
    if (!client) return;
    try {
      const outcome = await ensureDeployment(client, repository, plannedDeployment(model, options.runUrl), options.sleep ? { sleep: options.sleep } : {});
      deployments.push(outcome);
      log.info(`Deployment of ${model.stageTag} to environment ${model.stage}: ${outcome.action} (id ${outcome.deployment.id})${outcome.deactivated.length > 0 ? `; ${outcome.deactivated.length} earlier deployment(s) of ${model.name} marked inactive` : ""}.`);
    } catch (error) {
      const denied = error instanceof GitHubApiError && error.denied;
      findings.push({
        severity: "error",
        category: "policy",
        code: "deployment-failed",
        message: `${model.name} ${model.version} is tagged (${model.stageTag}), but its GitHub deployment to ${model.stage} could not be recorded: ${reason(error)}`,
        tag: model.stageTag,
        hint: denied ? "give the job permissions: deployments: write, then re-run it: the tags exist, only the deployment is created" : "re-run the job: the tags exist, only the deployment is created"
      });
    }
  };
  const report = await promote({
    repo: options.repo,
    ...options.since !== void 0 ? { since: options.since } : {},
    ...options.head !== void 0 ? { head: options.head } : {},
    pullRequestOf,
    ...options.runUrl ? { runUrl: options.runUrl } : {},
    push: options.push ?? "origin",
    tagger: options.tagger ?? ACTIONS_BOT_TAGGER,
    ...options.seed !== void 0 ? { seed: options.seed } : {},
    ...options.now ? { now: options.now } : {},
    ...options.sleep ? { sleep: options.sleep } : {},
    hooks: { promoted },
    progress: log.info
  });
  const context = { ...pullRequest ? { pullRequest } : {}, ...options.runUrl ? { runUrl: options.runUrl } : {} };
  const issues = plannedIssues(report.models, context);
  if (client && (issues.open.length > 0 || issues.close.length > 0)) {
    const tracker = new IssueTracker(client, repository, options.sleep ? { sleep: options.sleep } : {});
    try {
      for (const issue of issues.open) {
        const outcome = await tracker.open(issue);
        log.info(`Issue #${outcome.issue?.number} (${issue.model} not promoted): ${outcome.action}.`);
      }
      for (const { model, marker, comment } of issues.close) {
        const outcome = await tracker.close(marker, comment);
        if (outcome.action === "closed") log.info(`Issue #${outcome.issue?.number} (${model} not promoted): closed, ${model} is promoted.`);
      }
    } catch (error) {
      const denied = error instanceof GitHubApiError && error.denied;
      log.warning(`Could not write the blocked-promotion issue (${reason(error)}).${denied ? " Give the job permissions: issues: write." : ""}`);
      findings.push({
        severity: "warning",
        category: "policy",
        code: "issue-not-written",
        message: `the issue for ${issues.open.map((i) => i.model).join(", ") || "the promoted models"} could not be written: ${reason(error)}`,
        hint: denied ? "give the job permissions: issues: write" : "re-run the job"
      });
    }
  }
  return { report: withFindings(report, findings), promoted: hooked.map((m) => m.name), deployments };
}
export {
  ACTIONS_BOT_TAGGER,
  promoteOnGitHub,
  pullRequestOfCommit
};
