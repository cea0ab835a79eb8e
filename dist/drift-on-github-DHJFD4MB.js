import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  IssueTracker,
  withFindings
} from "./chunk-RPD6RZY3.js";
import {
  stableReport
} from "./chunk-5ZWGIGKN.js";
import "./chunk-SBBFQUVL.js";
import "./chunk-K2PE4NOY.js";
import {
  GitHubApiError,
  permissionAdvice
} from "./chunk-A5QIX5QB.js";
import "./chunk-RIXTTFIB.js";
import {
  driftIssue
} from "./chunk-ISKUHNDR.js";
import "./chunk-ZKG3CRNN.js";
import "./chunk-CH33ZC5A.js";
import {
  durationMs
} from "./chunk-4QXUKUJV.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-RFEL46WT.js";

// src/commands/drift-on-github.ts
import { createHash } from "node:crypto";
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
  const tracker = new IssueTracker(github, repository, options.sleep ? { sleep: options.sleep } : {});
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
        const identity = `<!-- modelops:identity sha256=${createHash("sha256").update(driftIssue(stableReport(report), model.name).body).digest("hex")} -->`;
        const outcome = await tracker.open({ marker: issue.marker, title: issue.title, body: `${issue.body}${identity}
`, identity });
        issueNumber = outcome.issue?.number;
        if (issueNumber !== void 0) issues[model.name] = issueNumber;
        log.info(`${model.name} ${monitoring.drifted ? "drifted" : "is stale"}: issue #${issueNumber} ${outcome.action}.`);
      }
      if (issue.dispatch) {
        if (issueNumber === void 0) {
          findings.push({
            severity: "warning",
            category: "policy",
            code: "retraining-not-recorded",
            message: `${model.name} needs retraining, but it is not dispatched: modelops records every dispatch on the model's drift issue before sending it, so it is never sent twice, and monitoring.alerting.issue is off`,
            file: model.manifest,
            hint: "set monitoring.alerting.issue: true"
          });
        } else {
          const sent = await recordedDispatch(github, repository, tracker, issueNumber, model, options, now, findings, log);
          if (sent) dispatched.push(sent);
        }
      } else if (monitoring.retraining.trigger !== "none") log.info(`${model.name}: retraining not dispatched (${model.monitoring.retraining.reason}).`);
    } catch (error) {
      const denied = error instanceof GitHubApiError && error.denied;
      log.warning(`Could not write the drift issue of ${model.name} (${reason(error)}).${denied ? ` ${permissionAdvice(error, "issues: write")}` : ""}`);
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
var targetText = (d) => d.trigger === "workflow_dispatch" ? `workflow \`${d.target}\` on \`${d.ref}\`` : `repository_dispatch \`${d.target}\``;
async function recordedDispatch(github, repository, tracker, issue, model, options, now, findings, log) {
  const monitoring = model.monitoring;
  const planned = plannedDispatch(model, options.defaultRef);
  if (planned instanceof Error) {
    findings.push({ severity: "error", category: "policy", code: "retraining-dispatch-failed", message: `${model.name} needs retraining, but ${planned.message}`, file: model.manifest, hint: "check monitoring.retraining.trigger" });
    return void 0;
  }
  const marker = dispatchRecordMarker(model.name).replace(" -->", ` at=${now.toISOString()} -->`);
  const run = options.runUrl ? ` ([workflow run](${options.runUrl}))` : "";
  const what = `${targetText(planned)} with model \`${model.name}\`, version \`${model.version ?? ""}\`${run}`;
  const again = `Not dispatched again before ${monitoring.staleness.minInterval ?? "the next run"}${monitoring.staleness.minInterval ? " (min_interval) unless a new version is promoted" : ""}.`;
  const record = await tracker.comment(issue, `${marker}
Retraining being dispatched: ${what}. If this line stays, the run stopped before GitHub answered; it counts as sent. ${again}
`);
  try {
    await sendDispatch(github, repository, model, planned, issue);
    await github.updateIssueComment(repository, record.id, `${marker}
Retraining dispatched: ${what}. ${again}
`);
    log.info(`${model.name}: retraining dispatched (${planned.trigger === "workflow_dispatch" ? `workflow ${planned.target} on ${planned.ref}` : `repository_dispatch ${planned.target}`}).`);
    return planned;
  } catch (error) {
    const ambiguous = error instanceof GitHubApiError ? error.ambiguous : false;
    const permission = planned.trigger === "workflow_dispatch" ? "actions: write" : "contents: write";
    if (ambiguous) {
      await github.updateIssueComment(repository, record.id, `${marker}
Retraining dispatch possibly sent: ${what}; GitHub answered ${reason(error)}, so it may have started. Counted as sent: check the workflow's runs. ${again}
`);
      findings.push({
        severity: "warning",
        category: "policy",
        code: "retraining-dispatch-uncertain",
        message: `${model.name}: the ${planned.trigger} may have been sent (${reason(error)}); it is recorded on #${issue} and not sent again before min_interval`,
        file: model.manifest,
        hint: `check the runs of ${planned.target}; to dispatch again now, delete the record comment on #${issue}`
      });
      return void 0;
    }
    await github.updateIssueComment(repository, record.id, `${dispatchNotSentMarker(model.name, now)}
Retraining not dispatched: ${what}; GitHub refused it (${reason(error)}). The next run tries again.
`);
    const denied = error instanceof GitHubApiError && error.denied;
    findings.push({
      severity: "error",
      category: "policy",
      code: "retraining-dispatch-failed",
      message: `${model.name} needs retraining, but the ${planned.trigger} could not be sent: ${reason(error)}`,
      file: model.manifest,
      hint: denied && error instanceof GitHubApiError ? permissionAdvice(error, permission) : "check monitoring.retraining.trigger"
    });
    return void 0;
  }
}
var dispatchNotSentMarker = (model, at) => `<!-- modelops:retraining-not-dispatched:${model} at=${at.toISOString()} -->`;
function plannedDispatch(model, defaultRef) {
  const retraining = model.monitoring.retraining;
  const version = model.version ?? "";
  if (retraining.trigger === "workflow_dispatch") {
    const ref = retraining.ref ?? defaultRef;
    if (!retraining.workflow || !ref) return new Error(`monitoring.retraining.trigger needs ${!retraining.workflow ? "a workflow" : "a ref (no default branch is known)"}`);
    return { model: model.name, version, trigger: "workflow_dispatch", target: retraining.workflow, ref };
  }
  if (retraining.trigger === "repository_dispatch") {
    if (!retraining.eventType) return new Error("monitoring.retraining.trigger needs an event_type");
    return { model: model.name, version, trigger: "repository_dispatch", target: retraining.eventType };
  }
  return new Error(`monitoring.retraining.trigger ${retraining.trigger} cannot be dispatched`);
}
async function sendDispatch(github, repository, model, planned, issue) {
  const version = model.version ?? "";
  if (planned.trigger === "workflow_dispatch") return github.dispatchWorkflow(repository, planned.target, planned.ref, { model: model.name, version });
  const monitoring = model.monitoring;
  return github.dispatchRepositoryEvent(repository, planned.target, { model: model.name, version, drifted: monitoring.drifted, stale: monitoring.stale, reason: monitoring.retraining.reason, issue });
}
export {
  dispatchRecordMarker,
  driftOnGitHub,
  lastDispatch
};
