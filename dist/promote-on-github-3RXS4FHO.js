import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-5OVPU2OW.js";
import "./chunk-ZECXN42Z.js";
import {
  placeChecks
} from "./chunk-4AINQRXC.js";
import "./chunk-V7A46GUN.js";
import {
  IssueTracker,
  withFindings
} from "./chunk-RPD6RZY3.js";
import {
  sha256Hex
} from "./chunk-S4VAN7PE.js";
import "./chunk-HWNXBS2B.js";
import "./chunk-64VRGK3D.js";
import "./chunk-SBBFQUVL.js";
import {
  sleep
} from "./chunk-K2PE4NOY.js";
import {
  NO_APPROVALS_AT_PROMOTION,
  assertedApprovalSource,
  enforceStagePolicy,
  githubApprovalSource
} from "./chunk-KJOWS7BQ.js";
import {
  contentDigest,
  evidenceOf,
  formatEvidenceMessage,
  latestStageEvent,
  pinnedFiles,
  registryEvents,
  registryHas
} from "./chunk-C7YZTZQY.js";
import {
  ACTIONS_BOT,
  GitHubApiError
} from "./chunk-A5QIX5QB.js";
import {
  differingPaths
} from "./chunk-ZI2EKTJV.js";
import "./chunk-4AYLJ6CH.js";
import {
  POLICY_FILES,
  buildReport,
  loadManifest,
  loadPolicy,
  readPolicy
} from "./chunk-XFET4F4N.js";
import "./chunk-AYEYNKR5.js";
import "./chunk-RIXTTFIB.js";
import {
  RepoFiles,
  UsageError,
  require_picomatch
} from "./chunk-GAATZRR5.js";
import {
  VERDICT_ICON,
  boundText,
  checkValue,
  folderName,
  location,
  markdownTable,
  modelTitle,
  promotionText
} from "./chunk-ISKUHNDR.js";
import "./chunk-ZKG3CRNN.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  registerTagName,
  stageChangeTags
} from "./chunk-K4SQTB5S.js";
import {
  approvingReviewers,
  contentOf,
  reviewsAtMerge
} from "./chunk-4QXUKUJV.js";
import {
  openGitRepository
} from "./chunk-YWHLJQC2.js";
import "./chunk-LV4U444C.js";
import "./chunk-6HMGHRNK.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-6FVM2LXC.js";
import {
  __toESM
} from "./chunk-RFEL46WT.js";

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

// src/core/promotion/issue.ts
var markdownTable2 = (rows) => markdownTable(rows, { alignDelimiters: false });
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var promotionIssueMarker = (name) => `<!-- modelops:promotion:${name} -->`;
var link = (text, url) => url ? `[${text}](${url})` : text;
function promotionIssue(model, context = {}) {
  const marker = promotionIssueMarker(model.name);
  const promotion = model.promotion;
  const commit = promotion?.commit ?? "";
  const target = model.stage ? ` to ${model.stage}` : "";
  const title = `modelops: ${model.name}${model.version ? ` ${model.version}` : ""} was not promoted${target}`;
  const pr = context.pullRequest;
  const prText = pr ? ` (${link(`#${pr.number}`, pr.url)}${pr.author ? ` by @${pr.author}` : ""})` : "";
  const body = [marker, "", `## ${VERDICT_ICON[model.verdict]} ${modelTitle(model)}: not promoted${target}`, ""];
  body.push(
    `The push of \`${commit.slice(0, 12)}\`${prText} to the default branch changed \`${model.name}\`, and the gates run on that commit blocked the promotion: no tag was written, so the registry still holds the previous version. Manifest: \`${model.manifest}\`.`,
    "",
    `**Why:** ${promotion?.reason ?? "validation or a blocking gate failed"}.`,
    ""
  );
  const failing = model.gates.filter((g) => g.verdict === "fail" || g.verdict === "error");
  const rows = failing.flatMap(
    (g) => g.checks.length === 0 ? [[g.gate, "", "", "", `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)]] : g.checks.filter((c) => c.verdict === "fail" || c.verdict === "error").map((c) => [g.gate, cell(c.name), checkValue(c), cell(boundText(c)), `${VERDICT_ICON[c.verdict]} ${c.verdict}`, cell(c.message ?? "")])
  );
  if (rows.length > 0) body.push(markdownTable2([["Gate", "Check", "Value", "Bound", "Verdict", "Why"], ...rows]), "");
  const findings = model.findings.filter((f) => f.severity !== "info");
  for (const f of findings) {
    const where = location(f);
    body.push(`- ${f.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} ${where ? `\`${where}\` ` : ""}${f.message}${f.hint ? ` \u2014 _${f.hint}_` : ""}`);
  }
  if (findings.length > 0) body.push("");
  body.push(
    `The full report is in the job summary of the ${link("workflow run", context.runUrl)}. To resolve: fix it in a new pull request (with a new version when the artifact, data, features or gates change \u2014 a registered version never changes), or re-run the workflow if the failure was transient. modelops updates this issue on every blocked run and closes it when ${model.name} is promoted.`
  );
  return { model: model.name, marker, title, body: body.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n" };
}
function promotionResolvedComment(model, context = {}) {
  const what = model.promotion ? promotionText(model.promotion) : "promoted";
  return `${promotionIssueMarker(model.name)}
\u2705 ${modelTitle(model)}: ${what}${context.runUrl ? ` in this ${link("workflow run", context.runUrl)}` : ""}. Closing.
`;
}

// src/core/promotion/plan.ts
function changedCandidates(changes, head, from) {
  const candidates = [];
  const unbumped = [];
  for (const { path, manifest, base } of changes) {
    if (!manifest || !base || base.metadata.version !== manifest.metadata.version || base.stage !== manifest.stage) {
      candidates.push({ path, ...manifest ? { manifest } : {}, ...base ? { base } : {}, ...from !== void 0 ? { from } : {} });
      continue;
    }
    const changed = differingPaths(contentOf(base), contentOf(manifest));
    if (changed.length === 0) continue;
    const finding = {
      severity: "error",
      category: "policy",
      code: "unpromoted-change",
      message: `${changed.join(", ")} changed on the default branch while version ${manifest.metadata.version} stayed: nothing is promoted, and the audit will report this commit`,
      file: path,
      hint: "registered versions are immutable: revert the change, or bump metadata.version in a pull request"
    };
    unbumped.push({
      name: manifest.metadata.name,
      manifest: path,
      version: manifest.metadata.version,
      stage: manifest.stage,
      verdict: "fail",
      findings: [finding],
      gates: [],
      promotion: { status: "blocked", reason: finding.message, commit: head, tags: [] }
    });
  }
  return { candidates, unbumped };
}
function behindRegistry(manifests, tags) {
  const events = registryEvents(tags, { only: new Set(manifests.map((m) => m.manifest.metadata.name)) });
  return manifests.filter(({ manifest }) => !registryHas(events.get(manifest.metadata.name) ?? [], manifest.metadata.version, manifest.stage));
}
function catchUpCandidates(behind, commits) {
  return behind.map(({ path, manifest }) => {
    let index = -1;
    for (let i = commits.length - 1; i >= 0 && index < 0; i--) if (commits[i].changes.some((c) => c.path === path)) index = i;
    const candidate = { path, manifest, caughtUp: true };
    if (index >= 0) candidate.changedAt = commits[index].sha;
    if (index > 0) candidate.from = commits[index - 1].sha;
    return candidate;
  });
}
function promotionNeeds(candidates, tags) {
  const recordByName = new Map(tags.map((t) => [t.name, t]));
  const eventsByModel = registryEvents(tags, { only: new Set(candidates.flatMap((c) => c.manifest ? [c.manifest.metadata.name] : [])) });
  const needs = [];
  const toGate = [];
  for (const candidate of candidates) {
    if (!candidate.manifest) {
      toGate.push(candidate);
      continue;
    }
    const { name, version } = candidate.manifest.metadata;
    const events = eventsByModel.get(name) ?? [];
    const register = recordByName.get(registerTagName(name, version));
    const need = { candidate, events, needRegister: !register, needAssign: !registryHas(events, version, candidate.manifest.stage) };
    if (register) need.register = register;
    needs.push(need);
    if (need.needRegister || need.needAssign) toGate.push(candidate);
  }
  return { needs, toGate };
}
var isNeeded = (need) => need.needRegister || need.needAssign;
function leavingStage(need) {
  const latest = latestStageEvent(need.events);
  return need.candidate.base?.stage ?? (latest?.tag.kind === "assign" ? latest.tag.stage : void 0);
}
var waiverKey = (w) => `${w.model} ${w.check} ${w.version ?? ""}`;
function selfWaivers(waivers, model, changedAt, atBase, atChange) {
  const refused = /* @__PURE__ */ new Map();
  for (const w of waivers) {
    if (w.model !== model || w.check !== "approvals") continue;
    if (!atBase.has(waiverKey(w)) && atChange.has(waiverKey(w))) refused.set(w, `it came with the change it would excuse (${changedAt.slice(0, 12)}): a pull request cannot waive its own approvals; merge the waiver in a pull request of its own`);
  }
  return refused;
}
function blockedReason(model) {
  const reasons = [
    ...model.findings.filter((f) => f.severity === "error").map((f) => f.message),
    ...model.gates.filter((g) => g.verdict === "fail" && g.blocking || g.verdict === "error").map((g) => `${g.gate} gate ${g.verdict}: ${g.summary}`)
  ];
  if (reasons.length === 0) return `verdict ${model.verdict}`;
  return reasons.slice(0, 3).join("; ") + (reasons.length > 3 ? ` (and ${reasons.length - 3} more)` : "");
}
function existingTag(record, name, action, commit) {
  return { tag: name, action, commit: record?.commit ?? commit, created: false, signed: record ? record.signature !== "" : false };
}
function planPromotion(input) {
  const { head, before, now } = input;
  const models = [];
  const tags = [];
  const promoted = [];
  const tagNames = [...input.tagNames];
  for (const candidate of input.invalid) {
    const result = input.gated.get(candidate.path)?.result ?? { name: folderName(candidate.path) ?? candidate.path, manifest: candidate.path, verdict: "error", findings: [], gates: [] };
    models.push({ ...result, promotion: { status: "blocked", reason: blockedReason(result), commit: head, tags: [] } });
  }
  for (const need of input.needs) {
    const { manifest, path, base, from } = need.candidate;
    const { name, version } = manifest.metadata;
    const stage = manifest.stage;
    const registerName = registerTagName(name, version);
    const latest = latestStageEvent(need.events);
    if (!isNeeded(need)) {
      const stageEvent = latest;
      const evidence = evidenceOf(stageEvent);
      models.push({
        name,
        manifest: path,
        version,
        stage,
        verdict: evidence?.verdict === "warn" ? "warn" : "pass",
        findings: [],
        gates: [],
        promotion: { status: "up-to-date", commit: head, tags: [existingTag(need.register, registerName, "register", head), existingTag(stageEvent.input, stageEvent.tag.tag, "assign", head)] }
      });
      promoted.push({ name, version, stage, commit: head, registerTag: registerName, stageTag: stageEvent.tag.tag, created: false, ...evidence ? { evidence } : {} });
      continue;
    }
    const gated = input.gated.get(path);
    if (!gated) continue;
    const { result } = gated;
    if (result.verdict === "fail" || result.verdict === "error") {
      models.push({ ...result, promotion: { status: "blocked", reason: blockedReason(result), commit: head, tags: [] } });
      continue;
    }
    const pullRequest = input.pullRequests.get(path);
    const pinned = pinnedFiles(manifest).map((file) => {
      const blob = input.blobs.get(file.path);
      return blob ? { ...file, blob } : file;
    });
    const modelReport = buildReport({
      command: "gate",
      toolVersion: input.toolVersion,
      root: ".",
      ...from ? { base: { ref: from === before?.commit ? before.ref : from, commit: from } } : {},
      findings: gated.findings,
      models: [result],
      now
    });
    const evidenceFor = (action, tag, commit) => ({
      apiVersion: "modelops/v1",
      kind: "Evidence",
      action,
      tag,
      model: name,
      version,
      stage,
      commit,
      mergeCommit: head,
      range: { from: from ?? null, to: head },
      manifest: { path, blob: input.blobs.get(path) ?? "", contentDigest: contentDigest(manifest, input.sha256) },
      files: pinned,
      ...base ? { previous: { version: base.metadata.version, stage: base.stage } } : {},
      ...pullRequest ? { pullRequest } : {},
      ...input.runUrl ? { workflowRun: input.runUrl } : {},
      verdict: result.verdict,
      gates: result.gates.map(({ gate: gate2, verdict, blocking }) => ({ gate: gate2, verdict, blocking })),
      createdAt: now.toISOString(),
      tool: { name: "modelops", version: input.toolVersion },
      report: modelReport
    });
    const listed = [];
    let lastEvidence;
    const plan = (tag, action, commit, overrides = {}) => {
      const evidence = { ...evidenceFor(action, tag, commit), ...overrides };
      tags.push({ name: tag, action, commit, message: formatEvidenceMessage(evidence, input.sha256), evidence });
      tagNames.push(tag);
      listed.push({ tag, action, commit, created: true, signed: input.sign });
      lastEvidence = evidence;
    };
    if (need.needRegister) plan(registerName, "register", head);
    else listed.push(existingTag(need.register, registerName, "register", head));
    const registeredAt = need.register?.commit ?? head;
    let stageTag;
    if (need.needAssign) {
      const left = latest?.tag.kind === "assign" ? latest : void 0;
      const planned = stageChangeTags(tagNames, name, left?.tag.kind === "assign" ? left.tag.stage : void 0, stage);
      for (const next of planned) {
        if (next.kind === "unassign") plan(next.tag, "unassign", left.input.commit ?? registeredAt, { stage: next.stage, ...left.version ? { version: left.version } : {} });
        else plan(next.tag, next.kind, registeredAt);
      }
      stageTag = planned[planned.length - 1].tag;
    } else {
      stageTag = latest.tag.tag;
      listed.push(existingTag(latest.input, stageTag, "assign", registeredAt));
    }
    models.push({ ...result, promotion: { status: "promoted", commit: head, tags: listed } });
    promoted.push({ name, version, stage, commit: head, registerTag: registerName, stageTag, created: true, ...lastEvidence ? { evidence: lastEvidence } : {} });
  }
  return { models, tags, promoted };
}
function tagsToPush(models) {
  return models.flatMap((m) => m.promotion && m.promotion.status !== "blocked" ? m.promotion.tags.map((t) => t.tag) : []);
}
function plannedDeployment(model, runUrl) {
  return {
    ref: model.stageTag,
    environment: model.stage,
    model: model.name,
    version: model.version,
    description: `${model.name} ${model.version} -> ${model.stage} (${model.stageTag})`,
    ...runUrl ? { logUrl: runUrl } : {}
  };
}
function plannedIssues(models, context) {
  return {
    open: models.filter((m) => m.promotion?.status === "blocked").map((m) => promotionIssue(m, context)),
    close: models.filter((m) => m.promotion && m.promotion.status !== "blocked").map((m) => ({ model: m.name, marker: promotionIssueMarker(m.name), comment: promotionResolvedComment(m, context) }))
  };
}

// src/commands/promote.ts
var import_picomatch = __toESM(require_picomatch(), 1);
async function afterNewestTag(records, now, wait) {
  let newest = -Infinity;
  for (const record of records) {
    const time = record.objectType === "tag" && record.tagger ? Date.parse(record.tagger.date) : NaN;
    if (time > newest) newest = time;
  }
  const nextSecond = (Math.floor(newest / 1e3) + 1) * 1e3;
  const ms = nextSecond - now.getTime();
  if (!(ms > 0 && ms <= 1e3)) return now;
  await wait(ms);
  return new Date(Math.max(Date.now(), nextSecond));
}
var usage = (error) => new UsageError(error instanceof Error ? error.message : String(error));
function manifestOf(bytes, path) {
  const loaded = bytes ? loadManifest(bytes, path) : void 0;
  return loaded?.ok ? loaded.value : void 0;
}
async function changedManifests(history, manifests, before, head) {
  const specs = manifests.flatMap((path) => [{ commit: head, path }, ...before ? [{ commit: before, path }] : []]);
  const ids = await history.blobIds(specs);
  const blobOf = (commit, path) => ids[specs.findIndex((s) => s.commit === commit && s.path === path)];
  const changed = manifests.filter((path) => !before || blobOf(head, path) !== blobOf(before, path));
  const blobs = await history.readBlobs(changed.flatMap((path) => [blobOf(head, path), before ? blobOf(before, path) : void 0]).filter((id) => id !== void 0));
  const load = (commit, path) => {
    const id = blobOf(commit, path);
    return manifestOf(id ? blobs.get(id) : void 0, path);
  };
  return changed.map((path) => {
    const manifest = load(head, path);
    const base = before ? load(before, path) : void 0;
    return { path, ...manifest ? { manifest } : {}, ...base ? { base } : {} };
  });
}
async function caughtUpModels(history, manifests, inRange, head, tagRecords) {
  const others = manifests.filter((path) => !inRange.has(path));
  if (others.length === 0) return [];
  const ids = await history.blobIds(others.map((path) => ({ commit: head, path })));
  const blobs = await history.readBlobs(ids.filter((id) => id !== void 0));
  const loaded = others.flatMap((path, i) => {
    const manifest = manifestOf(ids[i] ? blobs.get(ids[i]) : void 0, path);
    return manifest ? [{ path, manifest }] : [];
  });
  const behind = behindRegistry(loaded, tagRecords);
  if (behind.length === 0) return [];
  const candidates = catchUpCandidates(behind, await history.firstParentHistory(head));
  for (const candidate of candidates) {
    if (!candidate.from) continue;
    const [baseId] = await history.blobIds([{ commit: candidate.from, path: candidate.path }]);
    const base = manifestOf(baseId ? (await history.readBlobs([baseId])).get(baseId) : void 0, candidate.path);
    if (base) candidate.base = base;
  }
  return candidates;
}
async function waiverKeysAt(history, commit) {
  const ids = await history.blobIds(POLICY_FILES.map((path) => ({ commit, path })));
  const index = ids.findIndex((id) => id !== void 0);
  if (index < 0) return /* @__PURE__ */ new Set();
  const bytes = (await history.readBlobs([ids[index]])).get(ids[index]);
  const loaded = loadPolicy(bytes, POLICY_FILES[index]);
  return new Set(loaded.ok ? loaded.value.waivers.map(waiverKey) : []);
}
async function selfWaiversAt(history, waivers, model, before, changedAt) {
  if (changedAt === void 0 || !waivers.some((w) => w.model === model && w.check === "approvals")) return /* @__PURE__ */ new Map();
  const [atBase, atChange] = await Promise.all([before !== void 0 ? waiverKeysAt(history, before) : Promise.resolve(/* @__PURE__ */ new Set()), waiverKeysAt(history, changedAt)]);
  return selfWaivers(waivers, model, changedAt, atBase, atChange);
}
async function gateCandidates(options, files, toGate, progress) {
  const gated = /* @__PURE__ */ new Map();
  const findings = [];
  const byBase = /* @__PURE__ */ new Map();
  for (const candidate of toGate) byBase.set(candidate.from, [...byBase.get(candidate.from) ?? [], candidate]);
  for (const [base, group] of byBase) {
    progress(`gating ${group.map((c) => c.path).join(", ")}`);
    const report = await gate({
      repo: options.repo,
      paths: group.map((c) => files.absolute(c.path)),
      ...base !== void 0 ? { base } : {},
      seed: options.seed ?? 0,
      // Approvals and soak are enforced after, per model, at the promotion's time.
      approvals: false,
      ...options.progress ? { progress: options.progress } : {}
    });
    for (const m of report.models) gated.set(m.manifest, { result: m, findings: report.findings });
    findings.push(...report.findings);
  }
  return { gated, findings };
}
async function approvalsFor(options, candidate, changedAt, range) {
  if (options.pullRequestOf) {
    const found = changedAt ? await options.pullRequestOf(changedAt) : { none: "the commit that changed the model is unknown" };
    return "none" in found ? { approvals: { none: found.none } } : { approvals: found.approvals, pullRequest: found.pullRequest };
  }
  if (options.pullRequest && !candidate.caughtUp) return { approvals: assertedApprovalSource(options.pullRequest), pullRequest: options.pullRequest };
  const { head, before } = range;
  return { approvals: { none: candidate.caughtUp && options.pullRequest ? `--pr ${options.pullRequest.number} is about ${before.slice(0, 12)}..${head.slice(0, 12)}, not ${(changedAt ?? "").slice(0, 12)} where ${candidate.path} last changed` : NO_APPROVALS_AT_PROMOTION } };
}
async function promote(options) {
  const progress = options.progress ?? (() => void 0);
  let files;
  let git;
  try {
    files = await RepoFiles.open(options.repo);
    git = await openGitRepository(files.realRoot);
  } catch (error) {
    throw usage(error);
  }
  let now = options.now ?? /* @__PURE__ */ new Date();
  let head;
  let before;
  try {
    head = await git.resolveCommit("HEAD");
    if (options.head !== void 0 && await git.resolveCommit(options.head) !== head) {
      throw new UsageError(`HEAD is ${head.slice(0, 12)}, not ${options.head}: check out the commit to promote first`);
    }
    const since = options.since !== void 0 && !/^0+$/.test(options.since) ? options.since : void 0;
    before = since !== void 0 ? await git.resolveCommit(since) : void 0;
  } catch (error) {
    throw error instanceof UsageError ? error : usage(error);
  }
  const dirty = await git.uncommittedChanges();
  if (dirty.length > 0) {
    throw new UsageError(`the work tree differs from HEAD (${dirty.slice(0, 3).join(", ")}${dirty.length > 3 ? ", \u2026" : ""}): the gates must run on the commit being promoted; commit or stash first`);
  }
  if (options.push !== void 0) {
    progress(`fetching tags from ${options.push}`);
    await git.fetchTags(options.push);
  }
  const { policy, findings: repoFindings } = await readPolicy(files);
  if (repoFindings.some((f) => f.severity === "error")) {
    repoFindings.push({ severity: "error", category: "policy", code: "policy-invalid", message: "the policy is invalid: nothing is promoted until it is fixed (the defaults do not stand in for it at promotion)" });
    return buildReport({ command: "promote", toolVersion: TOOL_VERSION, root: options.repo, ...before ? { base: { ref: options.since, commit: before } } : {}, findings: repoFindings, models: [], now });
  }
  const isManifest = (0, import_picomatch.default)(policy.manifests, { dot: false });
  const manifests = (await git.listFiles(head)).filter((path) => isManifest(path)).sort();
  const { candidates: changed, unbumped } = changedCandidates(await changedManifests(git, manifests, before, head), head, before);
  const tagRecords = await git.tagRecords();
  if (options.now === void 0) now = await afterNewestTag(tagRecords, now, options.sleep ?? sleep);
  const inRange = /* @__PURE__ */ new Set([...changed.map((c) => c.path), ...unbumped.map((m) => m.manifest)]);
  const caughtUp = before !== void 0 ? await caughtUpModels(git, manifests, inRange, head, tagRecords) : [];
  if (caughtUp.length > 0) progress(`catching up ${caughtUp.map((c) => c.path).join(", ")}: the registry does not record their version and stage yet`);
  const candidates = [...changed, ...caughtUp];
  const { needs, toGate } = promotionNeeds(candidates, tagRecords);
  const { gated, findings: gateFindings } = await gateCandidates(options, files, toGate, progress);
  const findings = [...repoFindings];
  for (const f of gateFindings) if (!findings.some((g) => g.code === f.code && g.message === f.message)) findings.push(f);
  const pullRequests = /* @__PURE__ */ new Map();
  const targets = [];
  for (const need of needs.filter(isNeeded)) {
    const result = gated.get(need.candidate.path)?.result;
    if (!result) continue;
    const { candidate } = need;
    const changedAt = candidate.caughtUp ? candidate.changedAt : head;
    const { approvals, pullRequest } = await approvalsFor(options, candidate, changedAt, { head, before });
    if (pullRequest) pullRequests.set(candidate.path, pullRequest);
    const refusedWaivers = await selfWaiversAt(git, policy.waivers, candidate.manifest.metadata.name, candidate.from, changedAt);
    const baseStage = leavingStage(need);
    targets.push({ model: result, manifest: candidate.manifest, ...baseStage ? { baseStage } : {}, approvals, ...refusedWaivers.size > 0 ? { refusedWaivers } : {} });
  }
  await enforceStagePolicy(targets, { policy, context: "promotion", root: files.realRoot, now });
  await placeChecks(targets.map((t) => t.model), files);
  const sign = await git.signingConfigured();
  const blobSpecs = needs.filter(isNeeded).flatMap((n) => [n.candidate.path, ...pinnedFiles(n.candidate.manifest).map((f) => f.path)].map((path) => ({ commit: head, path })));
  const blobIds = await git.blobIds(blobSpecs);
  const plan = planPromotion({
    head,
    ...before ? { before: { ref: options.since, commit: before } } : {},
    needs,
    invalid: toGate.filter((c) => !c.manifest),
    gated,
    pullRequests,
    blobs: new Map(blobSpecs.map((spec, i) => [spec.path, blobIds[i]])),
    tagNames: tagRecords.map((t) => t.name),
    sign,
    now,
    ...options.runUrl ? { runUrl: options.runUrl } : {},
    toolVersion: TOOL_VERSION,
    sha256: sha256Hex
  });
  for (const tag of plan.tags) {
    progress(`tagging ${tag.name}`);
    await git.createTag({ name: tag.name, commit: tag.commit, message: tag.message, sign, date: now, ...options.tagger ? { tagger: options.tagger } : {} });
  }
  const models = [...unbumped, ...plan.models];
  if (options.push !== void 0) {
    const toPush = tagsToPush(models);
    if (toPush.length > 0) {
      progress(`pushing ${toPush.length} tag(s) to ${options.push}`);
      await git.pushTags(options.push, toPush);
      for (const m of models) if (m.promotion && m.promotion.status !== "blocked") m.promotion.pushedTo = options.push;
    }
  }
  for (const model of plan.promoted) await options.hooks?.promoted?.(model);
  if (candidates.length === 0 && unbumped.length === 0) {
    findings.push({ severity: "info", category: "policy", code: "nothing-to-promote", message: `no model's version or stage changed in ${before ? `${before.slice(0, 12)}..${head.slice(0, 12)}` : head.slice(0, 12)}` });
  }
  models.sort((a, b) => a.manifest < b.manifest ? -1 : a.manifest > b.manifest ? 1 : 0);
  return buildReport({
    command: "promote",
    toolVersion: TOOL_VERSION,
    root: options.repo,
    ...before ? { base: { ref: options.since, commit: before } } : {},
    findings,
    models,
    now
  });
}

// src/commands/promote-on-github.ts
var ACTIONS_BOT_TAGGER = { name: ACTIONS_BOT, email: "41898282+github-actions[bot]@users.noreply.github.com" };
var reason = (error) => error instanceof Error ? error.message : String(error);
async function pullRequestOfCommit(client, repo, sha) {
  const pulls = await client.listPullRequestsOfCommit(repo, sha);
  const pr = pulls.find((p) => p.mergeCommitSha === sha && p.mergedAt) ?? pulls.find((p) => p.mergedAt) ?? pulls[0];
  if (!pr) return void 0;
  const reviews = reviewsAtMerge(await client.listPullRequestReviews(repo, pr.number), pr.mergedAt);
  const approving = approvingReviewers(reviews, pr.author);
  return {
    pullRequest: {
      number: pr.number,
      ...pr.author ? { author: pr.author } : {},
      approvers: approving.map((r) => r.author),
      ...pr.url ? { url: pr.url } : {}
    },
    ...pr.mergedAt ? { mergedAt: pr.mergedAt } : {},
    // The head when merged: approvals given on an earlier commit are on an older one (approvals.older_commits).
    ...pr.headSha ? { headSha: pr.headSha } : {},
    // Whose approval is not on that head, for the log (the policy decides whether it counts).
    onOlderCommits: approving.filter((r) => r.commitId === void 0 || r.commitId !== pr.headSha).map((r) => r.author)
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
          const older = new Set(merged.onOlderCommits);
          const approvers = pullRequest2.approvers.map((a) => `@${a}${older.has(a) ? " (not on the merged head)" : ""}`).join(", ");
          log.info(`Pull request #${pullRequest2.number} by @${pullRequest2.author ?? "?"}, approved by ${approvers || "nobody"} (reviews as they stood at the merge).`);
          return { pullRequest: pullRequest2, approvals: githubApprovalSource(client, repository, { number: pullRequest2.number, ...pullRequest2.author ? { author: pullRequest2.author } : {}, ...merged.headSha ? { headSha: merged.headSha } : {} }, merged.mergedAt) };
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
