import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  driftIssue
} from "./chunk-3S7MVN24.js";
import {
  IssueTracker,
  withFindings
} from "./chunk-JGEKRARU.js";
import "./chunk-BTKPI3V7.js";
import "./chunk-FDSW7Y3A.js";
import {
  GitHubApiError
} from "./chunk-ZVF47P55.js";
import "./chunk-TU7MAK5O.js";
import {
  durationMs
} from "./chunk-Z5GJ3RVC.js";
import "./chunk-OI3TUQGV.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-RFEL46WT.js";

// src/commands/drift-on-github.ts
var dispatchRecordMarker = (model) => `<!-- modelops:retraining-dispatched:${model} -->`;
var DISPATCHED_AT = /<!-- modelops:retraining-dispatched:(\S+) at=(\S+) -->/;
function lastDispatch(comments, model, me) {
  let last;
  for (const c of comments) {
    if (c.author !== me) continue;
    const match = DISPATCHED_AT.exec(c.body);
    if (!match || match[1] !== model) continue;
    const at = new Date(match[2]);
    if (!Number.isNaN(at.getTime()) && (!last || at > last)) last = at;
  }
  return last;
}
var reason = (error) => error instanceof Error ? error.message : String(error);
async function driftOnGitHub(options) {
  const { report, github, repository, log } = options;
  const now = options.now ?? /* @__PURE__ */ new Date();
  const findings = [];
  const dispatched = [];
  const issues = {};
  const watched = report.models.filter((m) => m.monitoring !== void 0);
  if (!github || !repository) {
    if (watched.some((m) => m.monitoring.drifted || m.monitoring.stale)) log.warning("No github-token (or repository): no drift issue is opened and no retraining is dispatched.");
    return { report, dispatched, issues };
  }
  const tracker = new IssueTracker(github, repository, options.backoffMs !== void 0 ? { backoffMs: options.backoffMs } : {});
  for (const model of watched) {
    const monitoring = model.monitoring;
    const problem = monitoring.drifted || monitoring.stale;
    if (!problem && (model.verdict === "error" || model.findings.some((f) => f.severity === "error"))) {
      log.warning(`${model.name}: the drift check could not run (${model.findings.find((f) => f.severity === "error")?.message ?? model.verdict}); its issue is left as it is.`);
      continue;
    }
    try {
      if (!problem) {
        const outcome = await tracker.close(driftIssue(report, model).marker, driftIssue(report, model).body);
        if (outcome.action === "closed") {
          issues[model.name] = outcome.issue.number;
          log.info(`${model.name} recovered: issue #${outcome.issue.number} closed.`);
        }
        continue;
      }
      const existing = (await tracker.find(driftIssue(report, model).marker))[0];
      if (monitoring.retraining.dispatch) await holdBackRepeatedDispatch(model, existing, tracker, github, now);
      const issue = driftIssue(report, model);
      let issueNumber = existing?.number;
      if (monitoring.alerting.issue) {
        const outcome = await tracker.open({ marker: issue.marker, title: issue.title, body: issue.body });
        issueNumber = outcome.issue?.number;
        if (issueNumber !== void 0) issues[model.name] = issueNumber;
        log.info(`${model.name} ${monitoring.drifted ? "drifted" : "is stale"}: issue #${issueNumber} ${outcome.action}.`);
      }
      if (issue.dispatch) {
        const sent = await dispatchRetraining(github, repository, model, options.defaultRef, issueNumber, findings, log);
        if (sent) {
          dispatched.push(sent);
          if (issueNumber !== void 0) {
            await tracker.comment(
              issueNumber,
              `${dispatchRecordMarker(model.name).replace(" -->", ` at=${now.toISOString()} -->`)}
Retraining dispatched: ${sent.trigger === "workflow_dispatch" ? `workflow \`${sent.target}\` on \`${sent.ref}\`` : `repository_dispatch \`${sent.target}\``} with model \`${model.name}\`, version \`${model.version ?? ""}\`${options.runUrl ? ` ([workflow run](${options.runUrl}))` : ""}. Not dispatched again before ${monitoring.staleness.minInterval ?? "the next run"}${monitoring.staleness.minInterval ? " (min_interval) unless a new version is promoted" : ""}.
`
            );
          }
        }
      } else if (monitoring.retraining.trigger !== "none") log.info(`${model.name}: retraining not dispatched (${model.monitoring.retraining.reason}).`);
    } catch (error) {
      const denied = error instanceof GitHubApiError && error.denied;
      log.warning(`Could not write the drift issue of ${model.name} (${reason(error)}).${denied ? " Give the job permissions: issues: write." : ""}`);
      findings.push({
        severity: "warning",
        category: "policy",
        code: "issue-not-written",
        message: `the drift issue of ${model.name} could not be written: ${reason(error)}`,
        file: model.manifest,
        hint: denied ? "give the job permissions: issues: write" : "re-run the job"
      });
    }
  }
  return { report: withFindings(report, findings), dispatched, issues };
}
async function holdBackRepeatedDispatch(model, existing, tracker, github, now) {
  const retraining = model.monitoring.retraining;
  const minInterval = model.monitoring.staleness.minInterval;
  const minMs = minInterval ? durationMs(minInterval) : void 0;
  if (!existing || minMs === void 0) return;
  const last = lastDispatch(await tracker.comments(existing.number), model.name, await github.identity());
  if (!last || now.getTime() - last.getTime() >= minMs) return;
  retraining.dispatch = false;
  retraining.reason = `already dispatched on ${last.toISOString().slice(0, 10)}, less than min_interval ${minInterval} ago (see #${existing.number}): not dispatched again`;
}
async function dispatchRetraining(github, repository, model, defaultRef, issue, findings, log) {
  const retraining = model.monitoring.retraining;
  const version = model.version ?? "";
  try {
    if (retraining.trigger === "workflow_dispatch") {
      const ref = retraining.ref ?? defaultRef;
      if (!retraining.workflow || !ref) throw new Error(`monitoring.retraining.trigger needs ${!retraining.workflow ? "a workflow" : "a ref (no default branch is known)"}`);
      await github.dispatchWorkflow(repository, retraining.workflow, ref, { model: model.name, version });
      log.info(`${model.name}: retraining dispatched (workflow ${retraining.workflow} on ${ref}).`);
      return { model: model.name, version, trigger: "workflow_dispatch", target: retraining.workflow, ref };
    }
    if (retraining.trigger === "repository_dispatch") {
      if (!retraining.eventType) throw new Error("monitoring.retraining.trigger needs an event_type");
      await github.dispatchRepositoryEvent(repository, retraining.eventType, {
        model: model.name,
        version,
        drifted: model.monitoring.drifted,
        stale: model.monitoring.stale,
        reason: retraining.reason,
        ...issue !== void 0 ? { issue } : {}
      });
      log.info(`${model.name}: retraining dispatched (repository_dispatch ${retraining.eventType}).`);
      return { model: model.name, version, trigger: "repository_dispatch", target: retraining.eventType };
    }
    return void 0;
  } catch (error) {
    const denied = error instanceof GitHubApiError && error.denied;
    const permission = retraining.trigger === "workflow_dispatch" ? "actions: write" : "contents: write";
    findings.push({
      severity: "error",
      category: "policy",
      code: "retraining-dispatch-failed",
      message: `${model.name} needs retraining, but the ${retraining.trigger} could not be sent: ${reason(error)}`,
      file: model.manifest,
      hint: denied ? `give the job permissions: ${permission}` : error instanceof GitHubApiError && error.ambiguous ? "GitHub may have received it: check the retraining workflow before re-running" : "check monitoring.retraining.trigger"
    });
    return void 0;
  }
}
export {
  dispatchRecordMarker,
  driftOnGitHub,
  lastDispatch
};
