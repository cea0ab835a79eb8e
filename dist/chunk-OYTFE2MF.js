import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-EZKRJPE5.js";
import {
  NO_APPROVALS_AT_PROMOTION,
  assertedApprovalSource,
  enforceStagePolicy
} from "./chunk-FM67PX22.js";
import {
  contentDigest,
  evidenceOf,
  formatEvidenceMessage,
  latestStageEvent,
  openGitHistory,
  pinnedFiles,
  registryEvents,
  registryHas
} from "./chunk-LY3PWOLC.js";
import {
  POLICY_FILES,
  RepoFiles,
  UsageError,
  differingPaths,
  loadManifest,
  loadPolicy,
  readPolicy
} from "./chunk-GZWLOQ3Y.js";
import {
  require_picomatch
} from "./chunk-KYHUFTTQ.js";
import {
  folderName
} from "./chunk-AV2Z3ROV.js";
import {
  registerTagName,
  stageChangeTags
} from "./chunk-KEUM6VTA.js";
import {
  buildReport,
  contentOf
} from "./chunk-CE3A4YL5.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  GitError,
  openGit,
  wo
} from "./chunk-7OWB3DJH.js";
import {
  __toESM
} from "./chunk-RFEL46WT.js";

// src/commands/promote.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/io/git/writer.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var TAG_ENV = ["GIT_COMMITTER_DATE", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"];
var GUARDED = /* @__PURE__ */ new Set(["EDITOR", "VISUAL", "PAGER", "PREFIX", "SSH_ASKPASS"]);
function environment(extra) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    const upper = key.toUpperCase();
    if (value !== void 0 && !upper.startsWith("GIT") && !GUARDED.has(upper)) env[key] = value;
  }
  return { ...env, ...extra };
}
function failure(action, error) {
  const message = error instanceof Error ? error.message.trim() : String(error);
  return new GitError(`${action}: ${message}`);
}
function openGitWriter(root) {
  const git = () => wo({ baseDir: root, binary: "git", maxConcurrentProcesses: 1, allowEnvironment: TAG_ENV });
  const config = async (key) => {
    const value = (await git().raw(["config", "--get", key]).catch(() => "")).trim();
    return value === "" ? void 0 : value;
  };
  return {
    async signingConfigured() {
      const gpgSign = await config("tag.gpgsign");
      if (gpgSign !== void 0 && ["true", "yes", "on", "1"].includes(gpgSign.toLowerCase())) return true;
      return await config("user.signingkey") !== void 0;
    },
    async createTag(tag) {
      const dir = await mkdtemp(join(tmpdir(), "modelops-tag-"));
      try {
        const file = join(dir, "message");
        await writeFile(file, tag.message);
        const extra = {};
        if (tag.date) extra["GIT_COMMITTER_DATE"] = tag.date.toISOString();
        if (tag.tagger) {
          extra["GIT_COMMITTER_NAME"] = tag.tagger.name;
          extra["GIT_COMMITTER_EMAIL"] = tag.tagger.email;
        }
        const args = ["tag", tag.sign ? "-s" : "-a", "--cleanup=verbatim", "-F", file, "--", tag.name, tag.commit];
        const command = tag.sign ? args : ["-c", "tag.gpgSign=false", ...args];
        await git().env(environment(extra)).raw(command);
      } catch (error) {
        throw failure(`cannot create tag ${tag.name}${tag.sign ? " (signed, as git config asks: tag.gpgSign / user.signingkey)" : ""}`, error);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async pushTags(remote, names) {
      if (names.length === 0) return;
      try {
        await git().raw(["push", "--porcelain", remote, ...names.map((name) => `refs/tags/${name}:refs/tags/${name}`)]);
      } catch (error) {
        throw failure(`cannot push tags to ${remote}`, error);
      }
    },
    async fetchTags(remote) {
      try {
        await git().raw(["fetch", "--no-tags", remote, "refs/tags/*:refs/tags/*"]);
      } catch (error) {
        throw failure(`cannot fetch tags from ${remote}`, error);
      }
    }
  };
}

// src/commands/promote.ts
async function afterNewestTag(records, now) {
  let newest = -Infinity;
  for (const record of records) {
    const time = record.objectType === "tag" && record.tagger ? Date.parse(record.tagger.date) : NaN;
    if (time > newest) newest = time;
  }
  const nextSecond = (Math.floor(newest / 1e3) + 1) * 1e3;
  const wait = nextSecond - now.getTime();
  if (!(wait > 0 && wait <= 1e3)) return now;
  await new Promise((resolve) => setTimeout(resolve, wait));
  return new Date(Math.max(Date.now(), nextSecond));
}
var usage = (error) => new UsageError(error instanceof Error ? error.message : String(error));
async function changedModels(history, manifests, before, head) {
  const specs = manifests.flatMap((path) => [{ commit: head, path }, ...before ? [{ commit: before, path }] : []]);
  const ids = await history.blobIds(specs);
  const blobOf = (commit, path) => ids[specs.findIndex((s) => s.commit === commit && s.path === path)];
  const changed = manifests.filter((path) => !before || blobOf(head, path) !== blobOf(before, path));
  const blobs = await history.readBlobs(changed.flatMap((path) => [blobOf(head, path), before ? blobOf(before, path) : void 0]).filter((id) => id !== void 0));
  const load = (commit, path) => {
    const id = blobOf(commit, path);
    const bytes = id ? blobs.get(id) : void 0;
    if (!bytes) return void 0;
    const loaded = loadManifest(bytes, path);
    return loaded.ok ? loaded.value : void 0;
  };
  const candidates = [];
  const unbumped = [];
  for (const path of changed) {
    const manifest = load(head, path);
    const base = before ? load(before, path) : void 0;
    if (!manifest || !base || base.metadata.version !== manifest.metadata.version || base.stage !== manifest.stage) {
      candidates.push({ path, ...manifest ? { manifest } : {}, ...base ? { base } : {} });
      continue;
    }
    const changes = differingPaths(contentOf(base), contentOf(manifest));
    if (changes.length === 0) continue;
    const finding = {
      severity: "error",
      category: "policy",
      code: "unpromoted-change",
      message: `${changes.join(", ")} changed on the default branch while version ${manifest.metadata.version} stayed: nothing is promoted, and the audit will report this commit`,
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
async function caughtUpModels(history, manifests, inRange, head, tagRecords) {
  const others = manifests.filter((path) => !inRange.has(path));
  if (others.length === 0) return [];
  const ids = await history.blobIds(others.map((path) => ({ commit: head, path })));
  const blobs = await history.readBlobs(ids.filter((id) => id !== void 0));
  const loaded = others.flatMap((path, i) => {
    const bytes = ids[i] ? blobs.get(ids[i]) : void 0;
    const result = bytes ? loadManifest(bytes, path) : void 0;
    return result?.ok ? [{ path, manifest: result.value }] : [];
  });
  const events = registryEvents(tagRecords, { only: new Set(loaded.map((l) => l.manifest.metadata.name)) });
  const behind = loaded.filter(({ manifest }) => !registryHas(events.get(manifest.metadata.name) ?? [], manifest.metadata.version, manifest.stage));
  if (behind.length === 0) return [];
  const commits = await history.firstParentHistory(head);
  const candidates = [];
  for (const { path, manifest } of behind) {
    let index = -1;
    for (let i = commits.length - 1; i >= 0 && index < 0; i--) if (commits[i].changes.some((c) => c.path === path)) index = i;
    const candidate = { path, manifest, caughtUp: true };
    if (index >= 0) candidate.changedAt = commits[index].sha;
    if (index > 0) candidate.from = commits[index - 1].sha;
    if (candidate.from) {
      const [baseId] = await history.blobIds([{ commit: candidate.from, path }]);
      const bytes = baseId ? (await history.readBlobs([baseId])).get(baseId) : void 0;
      const base = bytes ? loadManifest(bytes, path) : void 0;
      if (base?.ok) candidate.base = base.value;
    }
    candidates.push(candidate);
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
var waiverKey = (w) => `${w.model} ${w.check} ${w.version ?? ""}`;
async function selfWaivers(history, waivers, model, before, changedAt) {
  const refused = /* @__PURE__ */ new Map();
  const candidates = waivers.filter((w) => w.model === model && w.check === "approvals");
  if (candidates.length === 0 || changedAt === void 0) return refused;
  const [atBase, atChange] = await Promise.all([before !== void 0 ? waiverKeysAt(history, before) : Promise.resolve(/* @__PURE__ */ new Set()), waiverKeysAt(history, changedAt)]);
  for (const w of candidates) {
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
async function promote(options) {
  const progress = options.progress ?? (() => void 0);
  let files;
  let reader;
  let history;
  try {
    files = await RepoFiles.open(options.repo);
    reader = await openGit(files.realRoot);
    history = await openGitHistory(files.realRoot);
  } catch (error) {
    throw usage(error);
  }
  const writer = openGitWriter(files.realRoot);
  let now = options.now ?? /* @__PURE__ */ new Date();
  let head;
  let before;
  try {
    head = await reader.resolveCommit("HEAD");
    if (options.head !== void 0 && await reader.resolveCommit(options.head) !== head) {
      throw new UsageError(`HEAD is ${head.slice(0, 12)}, not ${options.head}: check out the commit to promote first`);
    }
    const since = options.since !== void 0 && !/^0+$/.test(options.since) ? options.since : void 0;
    before = since !== void 0 ? await reader.resolveCommit(since) : void 0;
  } catch (error) {
    throw error instanceof UsageError ? error : usage(error);
  }
  const dirty = await history.uncommittedChanges();
  if (dirty.length > 0) {
    throw new UsageError(`the work tree differs from HEAD (${dirty.slice(0, 3).join(", ")}${dirty.length > 3 ? ", \u2026" : ""}): the gates must run on the commit being promoted; commit or stash first`);
  }
  if (options.push !== void 0) {
    progress(`fetching tags from ${options.push}`);
    await writer.fetchTags(options.push);
  }
  const { policy, findings: repoFindings } = await readPolicy(files);
  if (repoFindings.some((f) => f.severity === "error")) {
    repoFindings.push({ severity: "error", category: "policy", code: "policy-invalid", message: "the policy is invalid: nothing is promoted until it is fixed (the defaults do not stand in for it at promotion)" });
    return buildReport({ command: "promote", toolVersion: TOOL_VERSION, root: options.repo, ...before ? { base: { ref: options.since, commit: before } } : {}, findings: repoFindings, models: [], now });
  }
  const isManifest = (0, import_picomatch.default)(policy.manifests, { dot: false });
  const manifests = (await reader.listFiles(head)).filter((path) => isManifest(path)).sort();
  const { candidates: changed, unbumped } = await changedModels(history, manifests, before, head);
  for (const candidate of changed) if (before !== void 0) candidate.from = before;
  const tagRecords = await history.tagRecords();
  if (options.now === void 0) now = await afterNewestTag(tagRecords, now);
  const inRange = /* @__PURE__ */ new Set([...changed.map((c) => c.path), ...unbumped.map((m) => m.manifest)]);
  const caughtUp = before !== void 0 ? await caughtUpModels(history, manifests, inRange, head, tagRecords) : [];
  if (caughtUp.length > 0) progress(`catching up ${caughtUp.map((c) => c.path).join(", ")}: the registry does not record their version and stage yet`);
  const candidates = [...changed, ...caughtUp];
  const tagNames = tagRecords.map((t) => t.name);
  const recordByName = new Map(tagRecords.map((t) => [t.name, t]));
  const names = new Set(candidates.flatMap((c) => c.manifest ? [c.manifest.metadata.name] : []));
  const eventsByModel = registryEvents(tagRecords, { only: names });
  const plans = [];
  const toGate = [];
  for (const candidate of candidates) {
    if (!candidate.manifest) {
      toGate.push(candidate);
      continue;
    }
    const { name, version } = candidate.manifest.metadata;
    const events = eventsByModel.get(name) ?? [];
    const register = recordByName.get(registerTagName(name, version));
    const plan = { candidate, events, needRegister: !register, needAssign: !registryHas(events, version, candidate.manifest.stage) };
    if (register) plan.register = register;
    plans.push(plan);
    if (plan.needRegister || plan.needAssign) toGate.push(candidate);
  }
  const models = [...unbumped];
  const findings = [...repoFindings];
  const gateReports = [];
  const byBase = /* @__PURE__ */ new Map();
  for (const candidate of toGate) byBase.set(candidate.from, [...byBase.get(candidate.from) ?? [], candidate]);
  for (const [base, group] of byBase) {
    progress(`gating ${group.map((c) => c.path).join(", ")}`);
    const report = await gate({
      repo: options.repo,
      paths: group.map((c) => files.absolute(c.path)),
      ...base !== void 0 ? { base } : {},
      seed: options.seed ?? 0,
      // Approvals and soak are enforced below, per model, at the promotion's time.
      approvals: false,
      ...options.progress ? { progress: options.progress } : {}
    });
    gateReports.push(report);
    for (const f of report.findings) if (!findings.some((g) => g.code === f.code && g.message === f.message)) findings.push(f);
  }
  const gated = new Map(gateReports.flatMap((r) => r.models.map((m) => [m.manifest, m])));
  for (const candidate of toGate.filter((c) => !c.manifest)) {
    const result = gated.get(candidate.path) ?? { name: folderName(candidate.path) ?? candidate.path, manifest: candidate.path, verdict: "error", findings: [], gates: [] };
    result.promotion = { status: "blocked", reason: blockedReason(result), commit: head, tags: [] };
    models.push(result);
  }
  const pullRequests = /* @__PURE__ */ new Map();
  const targets = [];
  for (const plan of plans) {
    if (!plan.needRegister && !plan.needAssign) continue;
    const result = gated.get(plan.candidate.path);
    if (!result) continue;
    const { candidate } = plan;
    const changedAt = candidate.caughtUp ? candidate.changedAt : head;
    let approvals;
    if (options.pullRequestOf) {
      const found = changedAt ? await options.pullRequestOf(changedAt) : { none: "the commit that changed the model is unknown" };
      if ("none" in found) approvals = { none: found.none };
      else {
        approvals = found.approvals;
        pullRequests.set(candidate.path, found.pullRequest);
      }
    } else if (options.pullRequest && !candidate.caughtUp) {
      approvals = assertedApprovalSource(options.pullRequest);
      pullRequests.set(candidate.path, options.pullRequest);
    } else {
      approvals = { none: candidate.caughtUp && options.pullRequest ? `--pr ${options.pullRequest.number} is about ${before.slice(0, 12)}..${head.slice(0, 12)}, not ${(changedAt ?? "").slice(0, 12)} where ${candidate.path} last changed` : NO_APPROVALS_AT_PROMOTION };
    }
    const refusedWaivers = await selfWaivers(history, policy.waivers, candidate.manifest.metadata.name, candidate.from, changedAt);
    const latestStage = latestStageEvent(plan.events);
    const baseStage = candidate.base?.stage ?? (latestStage?.tag.kind === "assign" ? latestStage.tag.stage : void 0);
    targets.push({ model: result, manifest: candidate.manifest, ...baseStage ? { baseStage } : {}, approvals, ...refusedWaivers.size > 0 ? { refusedWaivers } : {} });
  }
  await enforceStagePolicy(targets, { policy, context: "promotion", root: files.realRoot, now });
  const sign = await writer.signingConfigured();
  const blobSpecs = plans.filter((p) => p.needRegister || p.needAssign).flatMap((p) => [p.candidate.path, ...pinnedFiles(p.candidate.manifest).map((f) => f.path)].map((path) => ({ commit: head, path })));
  const blobIds = await history.blobIds(blobSpecs);
  const blobAtHead = new Map(blobSpecs.map((spec, i) => [spec.path, blobIds[i]]));
  const promoted = [];
  for (const plan of plans) {
    const { manifest, path, base } = plan.candidate;
    const from = plan.candidate.from;
    const { name, version } = manifest.metadata;
    const stage = manifest.stage;
    const registerName = registerTagName(name, version);
    const latest = latestStageEvent(plan.events);
    if (!plan.needRegister && !plan.needAssign) {
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
        promotion: {
          status: "up-to-date",
          commit: head,
          tags: [existingTag(plan.register, registerName, "register", head), existingTag(stageEvent.input, stageEvent.tag.tag, "assign", head)]
        }
      });
      promoted.push({ name, version, stage, commit: head, registerTag: registerName, stageTag: stageEvent.tag.tag, created: false, ...evidence ? { evidence } : {} });
      continue;
    }
    const result = gated.get(path);
    if (result.verdict === "fail" || result.verdict === "error") {
      result.promotion = { status: "blocked", reason: blockedReason(result), commit: head, tags: [] };
      models.push(result);
      continue;
    }
    const pullRequest = pullRequests.get(path);
    const gateReport = gateReports.find((r) => r.models.includes(result));
    const pinned = pinnedFiles(manifest).map((file) => {
      const blob = blobAtHead.get(file.path);
      return blob ? { ...file, blob } : file;
    });
    const modelReport = buildReport({
      command: "gate",
      toolVersion: TOOL_VERSION,
      root: ".",
      ...from ? { base: { ref: from === before ? options.since : from, commit: from } } : {},
      findings: gateReport.findings,
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
      manifest: { path, blob: blobAtHead.get(path) ?? "", contentDigest: contentDigest(manifest) },
      files: pinned,
      ...base ? { previous: { version: base.metadata.version, stage: base.stage } } : {},
      ...pullRequest ? { pullRequest } : {},
      ...options.runUrl ? { workflowRun: options.runUrl } : {},
      verdict: result.verdict,
      gates: result.gates.map(({ gate: gate2, verdict, blocking }) => ({ gate: gate2, verdict, blocking })),
      createdAt: now.toISOString(),
      tool: { name: "modelops", version: TOOL_VERSION },
      report: modelReport
    });
    const tags = [];
    const write = async (tag, action, commit, overrides = {}) => {
      const evidence = { ...evidenceFor(action, tag, commit), ...overrides };
      progress(`tagging ${tag}`);
      await writer.createTag({ name: tag, commit, message: formatEvidenceMessage(evidence), sign, date: now, ...options.tagger ? { tagger: options.tagger } : {} });
      tagNames.push(tag);
      tags.push({ tag, action, commit, created: true, signed: sign });
      return evidence;
    };
    let lastEvidence;
    if (plan.needRegister) lastEvidence = await write(registerName, "register", head);
    else tags.push(existingTag(plan.register, registerName, "register", head));
    const registeredAt = plan.register?.commit ?? head;
    let stageTag;
    if (plan.needAssign) {
      const left = latest?.tag.kind === "assign" ? latest : void 0;
      const planned = stageChangeTags(tagNames, name, left?.tag.kind === "assign" ? left.tag.stage : void 0, stage);
      for (const next of planned) {
        if (next.kind === "unassign") lastEvidence = await write(next.tag, "unassign", left.input.commit ?? registeredAt, { stage: next.stage, ...left.version ? { version: left.version } : {} });
        else lastEvidence = await write(next.tag, next.kind, registeredAt);
      }
      stageTag = planned[planned.length - 1].tag;
    } else {
      stageTag = latest.tag.tag;
      tags.push(existingTag(latest.input, stageTag, "assign", registeredAt));
    }
    result.promotion = { status: "promoted", commit: head, tags };
    models.push(result);
    promoted.push({ name, version, stage, commit: head, registerTag: registerName, stageTag, created: true, ...lastEvidence ? { evidence: lastEvidence } : {} });
  }
  if (options.push !== void 0) {
    const toPush = models.flatMap((m) => m.promotion && m.promotion.status !== "blocked" ? m.promotion.tags.map((t) => t.tag) : []);
    if (toPush.length > 0) {
      progress(`pushing ${toPush.length} tag(s) to ${options.push}`);
      await writer.pushTags(options.push, toPush);
      for (const m of models) if (m.promotion && m.promotion.status !== "blocked") m.promotion.pushedTo = options.push;
    }
  }
  for (const model of promoted) await options.hooks?.promoted?.(model);
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

export {
  promote
};
