import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  MonitoringLogError,
  defaultLogRemote,
  readMonitoringLog,
  tryFetchMonitoringLog
} from "./chunk-OXQ525A6.js";
import {
  sha256Hex
} from "./chunk-S4VAN7PE.js";
import "./chunk-HWNXBS2B.js";
import "./chunk-64VRGK3D.js";
import "./chunk-K2PE4NOY.js";
import {
  checkSeal,
  contentDigest,
  evidenceArtifact,
  evidenceGates,
  evidenceOf,
  pinnedFiles,
  registryEvents
} from "./chunk-C7YZTZQY.js";
import {
  DEFAULT_POLICY,
  POLICY_FILES,
  buildReport,
  isTransitionAllowed,
  loadManifest,
  loadPolicy,
  reviewWaivers
} from "./chunk-XFET4F4N.js";
import {
  RepoFiles,
  UsageError,
  require_picomatch,
  selectModelNames
} from "./chunk-GAATZRR5.js";
import {
  folderName,
  monitoringAt
} from "./chunk-ISKUHNDR.js";
import "./chunk-ZKG3CRNN.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import "./chunk-K4SQTB5S.js";
import {
  STAGES,
  applyAuditWaivers,
  verdictOfFindings
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

// src/commands/audit.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/audit/facts.ts
function factsOfManifest(manifest, sha256) {
  return { version: manifest.metadata.version, stage: manifest.stage, contentDigest: contentDigest(manifest, sha256), files: pinnedFiles(manifest) };
}
function factsOfEvidence(evidence) {
  return {
    version: evidence.version,
    stage: evidence.stage,
    contentDigest: evidence.manifest.contentDigest,
    files: evidence.files.map(({ role, path, sha256 }) => ({ role, path, sha256 }))
  };
}
var artifactOf = (facts) => facts.files.find((f) => f.role === "artifact");

// src/core/audit/gto-state.ts
var isActiveVersion = (v) => v.version === void 0 ? true : v.registered > v.deregistered;
var versionCreatedAt = (v) => v.registered > -Infinity ? v.registered : Math.max(...[...v.stages.values()].map((s) => Math.max(s.assigned, s.unassigned)));
function gtoState(events, at) {
  const dated = events.filter((e) => e.time !== void 0 && e.time <= at && e.input.commit !== void 0);
  const versions = [];
  const registeredAt = /* @__PURE__ */ new Map();
  const versionOf = (version, commit) => {
    const known = (registeredAt.get(commit) ?? []).find((v) => v.version === version);
    if (known) return known;
    const created = { version, commit, registered: -Infinity, deregistered: -Infinity, order: versions.length, stages: /* @__PURE__ */ new Map() };
    versions.push(created);
    registeredAt.set(commit, [...registeredAt.get(commit) ?? [], created]);
    return created;
  };
  for (const e of dated) {
    if (e.tag.kind !== "register" && e.tag.kind !== "deregister") continue;
    const v = versionOf(e.tag.version, e.input.commit);
    if (e.tag.kind === "register") v.registered = Math.max(v.registered, e.time);
    else v.deregistered = Math.max(v.deregistered, e.time);
  }
  const ambiguous = /* @__PURE__ */ new Set();
  let newestVersionEvent = -Infinity;
  let deprecation;
  for (const e of dated) {
    const time = e.time;
    if (e.tag.kind === "deprecate") {
      if (!deprecation || time >= deprecation.time) deprecation = { tag: e.tag.tag, time };
      continue;
    }
    if (e.tag.kind === "create") continue;
    newestVersionEvent = Math.max(newestVersionEvent, time);
    if (e.tag.kind !== "assign" && e.tag.kind !== "unassign") continue;
    const atCommit = registeredAt.get(e.input.commit) ?? [];
    if (atCommit.length > 1) ambiguous.add(e.input.commit);
    let v = atCommit.length > 0 ? atCommit.reduce((a, b) => b.registered > a.registered ? b : a) : void 0;
    if (!v) {
      v = { commit: e.input.commit, registered: -Infinity, deregistered: -Infinity, order: versions.length, stages: /* @__PURE__ */ new Map() };
      versions.push(v);
    }
    const pair = v.stages.get(e.tag.stage) ?? { assigned: -Infinity, unassigned: -Infinity };
    if (e.tag.kind === "assign") {
      if (time >= pair.assigned) Object.assign(pair, { assigned: time, tag: e.tag.tag });
    } else pair.unassigned = Math.max(pair.unassigned, time);
    v.stages.set(e.tag.stage, pair);
  }
  const state = { stages: [], ambiguous: [...ambiguous] };
  if (deprecation && deprecation.time > newestVersionEvent) {
    state.deprecated = deprecation;
    return state;
  }
  const holders = /* @__PURE__ */ new Map();
  for (const v of versions) {
    if (!isActiveVersion(v)) continue;
    for (const [stage, pair] of v.stages) {
      if (!(pair.assigned > pair.unassigned) || pair.tag === void 0) continue;
      const held = holders.get(stage);
      const wins = !held || pair.assigned > held.assigned || pair.assigned === held.assigned && (versionCreatedAt(v) < versionCreatedAt(held.v) || versionCreatedAt(v) === versionCreatedAt(held.v) && v.order < held.v.order);
      if (wins) holders.set(stage, { v, assigned: pair.assigned, tag: pair.tag });
    }
  }
  for (const [stage, { v, assigned, tag }] of holders) {
    const holding = { stage, tag, since: new Date(assigned).toISOString() };
    if (v.version !== void 0) holding.version = v.version;
    state.stages.push(holding);
  }
  return state;
}

// src/core/audit/checks.ts
var short = (sha) => (sha ?? "").slice(0, 12);
function auditFinding(severity, code, message, extra = {}) {
  return { severity, category: "policy", code, message, ...extra };
}
var TAGGER_DATE_SLACK_MS = 1e3;
var isProductionAssignment = (e) => e.tag.kind === "assign" && e.tag.stage === "production";
function checkTag(event, context) {
  const { tag, input } = event;
  const at = { file: context.manifestPath, tag: tag.tag, ...input.commit ? { commit: input.commit } : {} };
  const findings = signatureFindings(event, context, at);
  if (tag.kind !== "register" && tag.kind !== "assign") {
    const evidence2 = evidenceOf(event);
    if (evidence2) {
      if (evidence2.tag !== tag.tag) findings.push(auditFinding("error", "evidence-mismatch", `the evidence of ${tag.tag} was written for tag ${evidence2.tag}`, at));
      findings.push(...bindingFindings(event, evidence2, context, at));
    }
    return findings;
  }
  if (context.onBranch === false && event.time !== void 0) {
    findings.push(
      auditFinding("error", "off-branch", `${tag.tag} points at ${short(input.commit)}, which is not on the first-parent history of ${context.branch ?? "the audited branch"}: a registry tag must point at a promoted commit of the default branch`, {
        ...at,
        hint: `git branch --contains ${input.commit}; promotion tags only commits merged into the default branch`
      })
    );
  }
  const missingSeverity = isProductionAssignment(event) ? "error" : "warning";
  if (input.objectType !== "tag") {
    findings.push(auditFinding(missingSeverity, "missing-evidence", `${tag.tag} is a lightweight tag: no tagger, date or evidence (GTO ignores it)`, { ...at, hint: "promotion tags are annotated tags written by modelops promote" }));
    return findings;
  }
  if (event.evidence.status === "missing") {
    findings.push(auditFinding(missingSeverity, "missing-evidence", `${tag.tag} carries no modelops evidence: nothing records the gates, pull request or approvals behind it`, { ...at, hint: "promotion tags are written by modelops promote after the gates pass" }));
  } else if (event.evidence.status === "invalid") {
    findings.push(auditFinding("error", "invalid-evidence", `the evidence of ${tag.tag} is unreadable: ${event.evidence.reason}`, at));
  }
  const evidence = evidenceOf(event);
  if (evidence) {
    const claims = [];
    if (evidence.tag !== tag.tag) claims.push(`was written for tag ${evidence.tag}`);
    if (evidence.model !== tag.name) claims.push(`is about model ${evidence.model}`);
    if (tag.kind === "register" && evidence.version !== tag.version) claims.push(`registers version ${evidence.version}`);
    if (tag.kind === "assign" && evidence.stage !== tag.stage) claims.push(`assigns stage ${evidence.stage}`);
    if (claims.length > 0) findings.push(auditFinding("error", "evidence-mismatch", `the evidence of ${tag.tag} ${claims.join(", ")}`, at));
    if (input.commit !== evidence.commit) {
      findings.push(
        auditFinding("error", "tag-moved", `${tag.tag} points at ${short(input.commit)}, but its evidence was written for ${short(evidence.commit)}: the tag was moved or re-created`, {
          ...at,
          hint: `git tag -v ${tag.tag}; the original target is ${evidence.commit}`
        })
      );
    }
    if (evidence.verdict === "fail" || evidence.verdict === "error") {
      findings.push(auditFinding("error", "failed-evidence", `the evidence of ${tag.tag} records gates that did not pass (verdict ${evidence.verdict})`, at));
    }
    const facts = context.factsAtTag;
    if (facts === "missing") findings.push(auditFinding("error", "evidence-mismatch", `${context.manifestPath} does not exist at ${short(input.commit)}, where ${tag.tag} points`, at));
    else if (facts === "invalid") findings.push(auditFinding("error", "evidence-mismatch", `${context.manifestPath} is not a valid manifest at ${short(input.commit)}, where ${tag.tag} points`, at));
    else if (facts) {
      const differences = [];
      if (facts.version !== evidence.version) differences.push(`version ${facts.version}, the evidence ${evidence.version}`);
      const recorded = evidenceArtifact(evidence)?.sha256;
      const actual = artifactOf(facts)?.sha256;
      if (recorded !== void 0 && actual !== recorded) differences.push(`artifact sha256 ${short(actual)}\u2026, the evidence ${short(recorded)}\u2026`);
      if (facts.contentDigest !== evidence.manifest.contentDigest) differences.push("the content it pins (artifact, data, features or gates)");
      if (differences.length > 0) findings.push(auditFinding("error", "evidence-mismatch", `the manifest at ${tag.tag} (${short(input.commit)}) disagrees with its evidence: ${differences.join("; ")}`, at));
    }
    const blobs = context.blobsAtTag;
    if (blobs) {
      const differing = [];
      if (tag.kind === "register" && evidence.manifest.blob !== "" && blobs.has(evidence.manifest.path) && blobs.get(evidence.manifest.path) !== evidence.manifest.blob) differing.push(evidence.manifest.path);
      for (const file of evidence.files) if (file.blob !== void 0 && blobs.has(file.path) && blobs.get(file.path) !== file.blob) differing.push(file.path);
      if (differing.length > 0) {
        findings.push(
          auditFinding("error", "evidence-mismatch", `at ${short(input.commit)}, where ${tag.tag} points, ${differing.join(", ")} ${differing.length === 1 ? "is" : "are"} not the file${differing.length === 1 ? "" : "s"} the evidence recorded (git blob ids differ)`, {
            ...at,
            hint: "the tag points at other content than was gated: it was moved, or the evidence was written for another commit"
          })
        );
      }
    }
    if (tag.kind === "register" && (evidence.commit !== evidence.mergeCommit || evidence.range.to !== evidence.mergeCommit)) {
      findings.push(auditFinding("error", "evidence-inconsistent", `the evidence of ${tag.tag} registers at ${short(evidence.commit)} but records the promotion of ${short(evidence.mergeCommit)} (range to ${short(evidence.range.to)}): its commit was edited`, at));
    }
    findings.push(...bindingFindings(event, evidence, context, at));
  }
  return findings;
}
function bindingFindings(event, evidence, context, at) {
  const { tag } = event;
  const findings = [];
  if (event.time !== void 0) {
    const created = Date.parse(evidence.createdAt);
    if (Number.isNaN(created) || Math.abs(created - event.time) > TAGGER_DATE_SLACK_MS) {
      findings.push(
        auditFinding("error", "tagger-date-mismatch", `${tag.tag} is dated ${new Date(event.time).toISOString()}, but its evidence was written at ${evidence.createdAt}: the tag was re-created${!Number.isNaN(created) && event.time < created ? ", back-dated" : ""}`, {
          ...at,
          hint: "promotion writes the tag with the evidence's createdAt as its tagger date; a re-created tag changes what GTO reads as the current stage"
        })
      );
    }
  }
  const seal = context.seal;
  if (seal && seal.problems.length > 0) {
    findings.push(
      auditFinding("error", "evidence-tampered", `the evidence of ${tag.tag} was edited after it was written: ${seal.problems.join("; ")}`, {
        ...at,
        hint: `restore the tag from the remote (git fetch origin +refs/tags/${tag.tag}:refs/tags/${tag.tag}) and compare`
      })
    );
  }
  return findings;
}
function signatureFindings(event, context, at) {
  const { tag, input } = event;
  const required = context.signaturesRequired === true;
  if (input.signature === "") {
    if (!required) return [];
    return [
      auditFinding("error", "unsigned-tag", `${tag.tag} is not signed, and the policy requires signed registry tags (signatures.required)`, {
        ...at,
        hint: "a tag re-created by hand loses its signature: restore the original from the remote, or re-promote with signing configured (tag.gpgSign, user.signingkey)"
      })
    ];
  }
  if (context.signature?.status === "bad") return [auditFinding("error", "bad-signature", `the signature of ${tag.tag} does not verify: ${context.signature.detail}`, at)];
  if (context.signature?.status === "good") return [];
  const detail = context.signature?.detail ?? "not verified";
  if (required) {
    return [
      auditFinding("error", "untrusted-signature", `${tag.tag} is signed by a key the policy does not trust: ${detail}`, {
        ...at,
        hint: "SSH: the key must be in the policy's signatures.allowed_signers file; GPG: in the auditor's keyring, trusted"
      })
    ];
  }
  return [auditFinding("warning", "unverified-signature", `${tag.tag} is signed, but the signature cannot be checked here: ${detail}`, { ...at, hint: "import the signer's key (gpg), or name an allowed signers file in the policy (signatures.allowed_signers)" })];
}
function checkArtifact(event, artifact, manifestPath) {
  if (!artifact) return [];
  const at = { file: artifact.path, tag: event.tag.tag, ...event.input.commit ? { commit: event.input.commit } : {} };
  if (artifact.actual === void 0) return [auditFinding("error", "artifact-missing", `${artifact.path}, the artifact of ${event.tag.tag}, is missing at ${short(event.input.commit)}`, { ...at, hint: `see ${manifestPath} at the tag` })];
  if (artifact.actual !== artifact.recorded) {
    return [auditFinding("error", "artifact-hash-mismatch", `${artifact.path} at ${event.tag.tag} hashes to ${artifact.actual}, not to its recorded ${artifact.recorded}`, at)];
  }
  return [];
}
function checkSequence(events, policy, manifestPath) {
  const findings = [];
  let stage;
  let first = true;
  const registered = /* @__PURE__ */ new Map();
  for (const e of events) if (e.tag.kind === "register" && e.time !== void 0 && !registered.has(e.tag.version)) registered.set(e.tag.version, e.time);
  for (const e of events) {
    if (e.time === void 0 || e.tag.kind === "register") continue;
    const at = { file: manifestPath, tag: e.tag.tag, ...e.input.commit ? { commit: e.input.commit } : {} };
    if (e.tag.kind === "unassign") {
      if (e.tag.stage === stage) stage = void 0;
      continue;
    }
    if (e.tag.kind !== "assign" && e.tag.kind !== "deprecate") continue;
    const to = e.tag.kind === "assign" ? e.tag.stage : "archived";
    const known = (s) => s in policy.transitions;
    if (first) {
      if (known(to) && !policy.initial_stages.includes(to)) {
        findings.push(auditFinding("warning", "skipped-stage", `${e.tag.tag}: the model's first stage is ${to}; the policy starts models in ${policy.initial_stages.join(" or ")}`, at));
      }
    } else if (stage !== void 0 && known(stage) && known(to) && !isTransitionAllowed(policy, stage, to)) {
      const allowed = policy.transitions[stage];
      findings.push(
        auditFinding("error", "skipped-stage", `${e.tag.tag}: ${stage} -> ${to} skips a stage; the policy allows ${stage} -> ${allowed.length > 0 ? allowed.join(", ") : "nothing"}`, {
          ...at,
          hint: "promote through each stage in turn, each by its own pull request"
        })
      );
    }
    if (to === "production") {
      const since = e.version === void 0 ? void 0 : registered.get(e.version);
      if (e.version === void 0) findings.push(auditFinding("error", "unregistered-production", `${e.tag.tag} assigns production to ${short(e.input.commit)}, where no version is registered`, at));
      else if (since === void 0 || since > e.time) findings.push(auditFinding("error", "unregistered-production", `${e.tag.tag} assigns production to version ${e.version}, which ${since === void 0 ? "was never registered" : "was registered only later"}`, at));
    }
    stage = to;
    first = false;
  }
  findings.push(...checkTagOrder(events, manifestPath));
  const numbers = new Set(events.flatMap((e) => e.tag.number === void 0 ? [] : [e.tag.number]));
  if (numbers.size > 0) {
    const missing = [];
    for (let n = 1; n <= Math.max(...numbers); n++) if (!numbers.has(n)) missing.push(n);
    if (missing.length > 0) {
      const name = events[0].tag.name;
      const shown = missing.slice(0, 10).map((n) => `#${n}`).join(", ") + (missing.length > 10 ? ` and ${missing.length - 10} more` : "");
      findings.push(auditFinding("warning", "missing-tag", `${name} has no tag numbered ${shown}: tags were deleted (or fetched only in part)`, { file: manifestPath, hint: "git fetch --tags; a deleted promotion tag erases part of the trail" }));
    }
  }
  return findings;
}
function checkTagOrder(events, manifestPath) {
  const counted = events.filter((e) => e.time !== void 0 && e.tag.number !== void 0).sort((a, b) => a.tag.number - b.tag.number);
  const findings = [];
  let latest;
  for (const e of counted) {
    if (latest && e.time < latest.time) {
      findings.push(
        auditFinding("error", "tag-order", `${e.tag.tag} is dated ${new Date(e.time).toISOString()}, before ${latest.tag.tag} (${new Date(latest.time).toISOString()}): tag numbers count up in time, so it was re-created back-dated`, {
          file: manifestPath,
          tag: e.tag.tag,
          ...e.input.commit ? { commit: e.input.commit } : {},
          hint: "GTO orders the registry by tagger date: a back-dated tag silently changes the current stage"
        })
      );
    } else latest = e;
  }
  return findings;
}
function checkUnsealed(events, unsealed, sealedSince, manifestPath) {
  const findings = [];
  const predating = [];
  for (const e of events) {
    if (!unsealed.has(e)) continue;
    const evidence = evidenceOf(e);
    const created = Date.parse(evidence.createdAt);
    if (sealedSince !== void 0 && !(created < sealedSince)) {
      findings.push(
        auditFinding("error", "unsealed-evidence", `the evidence of ${e.tag.tag} (written ${evidence.createdAt}) has no seal, though this repository's evidence is sealed since ${new Date(sealedSince).toISOString()}: the seal was removed`, {
          file: manifestPath,
          tag: e.tag.tag,
          ...e.input.commit ? { commit: e.input.commit } : {}
        })
      );
    } else predating.push(e.tag.tag);
  }
  if (predating.length > 0) {
    const shown = predating.slice(0, 5).join(", ") + (predating.length > 5 ? ` and ${predating.length - 5} more` : "");
    findings.push(
      auditFinding("info", "evidence-predates-binding", `${predating.length} tag(s) carry evidence written before evidence was sealed (${shown}): their header is checked against their report, but not bound to it by a digest`, {
        file: manifestPath,
        hint: "nothing to do: promotions from now on write sealed evidence"
      })
    );
  }
  return findings;
}
function checkDeclared(declared, events, now, manifestPath, branch) {
  const state = gtoState(events, now);
  const ambiguous = state.ambiguous.map(
    (commit) => auditFinding("warning", "gto-ambiguous", `several versions are registered at ${short(commit)}: GTO cannot tell which one a stage tag there assigns (gto show fails with ManyVersions)`, {
      file: manifestPath,
      commit,
      hint: "deregister all but one of them (GTO: <name>@v<version>!#<n>)"
    })
  );
  return [...ambiguous, ...declaredFindings(declared, state, events, manifestPath, branch)];
}
function declaredFindings(declared, state, events, manifestPath, branch) {
  if (declared === "invalid") return [];
  if (declared === "deleted") {
    if (state.deprecated) return [];
    const held = state.stages.filter((s) => s.stage !== "archived");
    if (held.length === 0) return [];
    const production = held.find((s) => s.stage === "production");
    const what = held.map((s) => `${s.stage} ${s.version ?? "(unregistered)"} (${s.tag})`).join(", ");
    return [
      auditFinding(production ? "error" : "warning", "deleted-without-archiving", `${manifestPath} is gone from ${branch}, but the registry still holds ${what}: the model was deleted without being archived`, {
        file: manifestPath,
        hint: "archive a model by a pull request that sets stage: archived (promotion writes GTO's deprecation), then remove its folder"
      })
    ];
  }
  const { version, stage } = declared;
  const registered = events.some((e) => e.time !== void 0 && e.tag.kind === "register" && e.tag.version === version);
  const problems = [];
  if (!registered) problems.push(`no tag registers version ${version}`);
  if (stage === "archived") {
    if (!state.deprecated && !state.stages.some((s) => s.stage === "archived" && s.version === version)) problems.push("no deprecation or archived stage tag records it archived");
  } else {
    const held = state.stages.find((s) => s.stage === stage);
    const assigned = events.some((e) => e.time !== void 0 && e.tag.kind === "assign" && e.tag.stage === stage && e.version === version);
    if (state.deprecated) problems.push(`the registry has the model deprecated (${state.deprecated.tag})`);
    else if (!held || held.version !== version) {
      const reads = held ? `GTO reads ${stage} as ${held.version ?? "(unregistered)"} (${held.tag})` : `GTO reads no version in ${stage}`;
      problems.push(assigned ? `${reads}, though a tag once assigned it` : `no stage tag records ${version} in ${stage}; ${reads}`);
    }
  }
  if (problems.length === 0) return [];
  return [
    auditFinding("error", "registry-disagrees", `${branch} declares ${version} in ${stage} (${manifestPath}), but ${problems.join("; ")}`, {
      file: manifestPath,
      hint: "a deleted or re-created stage tag, or a promotion that never ran: re-run modelops promote (it tags what the branch declares), or restore the tags from the remote"
    })
  ];
}
function blobAt(events, index) {
  if (!events) return null;
  let lo = 0;
  let hi = events.length - 1;
  let found = null;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (events[mid].index <= index) {
      found = events[mid].blob;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
function pinnedPathsOverHistory(input) {
  const paths = /* @__PURE__ */ new Set();
  for (const e of input.pathEvents.get(input.manifestPath) ?? []) {
    if (e.blob === null) continue;
    for (const f of input.factsOf(e.blob)?.files ?? []) paths.add(f.path);
  }
  return paths;
}
function checkHistory(input) {
  const findings = [];
  const manifestEvents = input.pathEvents.get(input.manifestPath) ?? [];
  const pinned = pinnedPathsOverHistory(input);
  const touched = new Set(manifestEvents.map((e) => e.index));
  for (const path of pinned) for (const e of input.pathEvents.get(path) ?? []) touched.add(e.index);
  const covered = (index) => input.coverage.some((c) => c.from < index && index <= c.to);
  let previous;
  const diverged = /* @__PURE__ */ new Set();
  for (const index of [...touched].sort((a, b) => a - b)) {
    const blob = blobAt(manifestEvents, index);
    const commit = input.commits[index];
    const at = { file: input.manifestPath, commit: commit.sha };
    const who = `${short(commit.sha)} (${commit.time.slice(0, 10)}, ${commit.author}: "${commit.subject}")`;
    if (blob === null) {
      previous = void 0;
      continue;
    }
    const facts = input.factsOf(blob);
    const files = new Map((facts?.files ?? []).map((f) => [f.path, blobAt(input.pathEvents.get(f.path), index)]));
    const changes = [];
    if (!previous) changes.push(facts ? `added ${facts.version} in ${facts.stage}` : "added (not a valid manifest)");
    else if (!facts || !previous.facts) {
      if (previous.blob !== blob) changes.push(facts ? `became valid at ${facts.version}` : "became an invalid manifest");
    } else {
      if (previous.facts.version !== facts.version) changes.push(`version ${previous.facts.version} -> ${facts.version}`);
      if (previous.facts.stage !== facts.stage) changes.push(`stage ${previous.facts.stage} -> ${facts.stage}`);
      if (previous.facts.contentDigest !== facts.contentDigest) changes.push("content (artifact, data, features or gates)");
      const changedFiles = [...files].filter(([path, id]) => previous.files.has(path) && previous.files.get(path) !== id).map(([path]) => path);
      if (changedFiles.length > 0) changes.push(`${changedFiles.join(", ")} replaced`);
    }
    let reported = false;
    const registration = facts ? input.registrations.get(facts.version) : void 0;
    if (facts && registration) {
      const after = registration.index !== void 0 ? index > registration.index : Date.parse(commit.time) > registration.time;
      const differing = [];
      if (after && registration.contentDigest !== facts.contentDigest) differing.push("the manifest's artifact, data, features or gates");
      if (after) {
        for (const [path, id] of files) if (registration.fileBlobs.has(path) && registration.fileBlobs.get(path) !== id) differing.push(path);
      }
      const key = facts.version;
      if (differing.length > 0 && !diverged.has(key)) {
        findings.push(
          auditFinding("error", "registered-version-changed", `${who} changed ${differing.join(", ")} of version ${facts.version}, registered by ${registration.tag}, keeping the version`, {
            ...at,
            hint: "a registered version never changes: restore its content, or give the change a new version"
          })
        );
        diverged.add(key);
        reported = true;
      } else if (differing.length === 0) diverged.delete(key);
    }
    if (changes.length > 0 && !reported && !covered(index)) {
      findings.push(
        auditFinding("error", "unpromoted-change", `${who} changed the model (${changes.join("; ")}) and no passing evidence covers it`, {
          ...at,
          hint: "every change of version, stage or content reaches the default branch through a pull request that modelops promote tags"
        })
      );
    }
    previous = { blob, facts, files };
  }
  return findings;
}

// src/core/audit/trail.ts
function auditEvent(event, signature, seal) {
  const { tag, input } = event;
  const out = {
    tag: tag.tag,
    action: tag.kind,
    commit: input.commit ?? "",
    evidence: event.evidence.status,
    signature: input.signature === "" ? "unsigned" : signature?.status ?? "unverified"
  };
  if (event.version !== void 0) out.version = event.version;
  if (tag.kind === "assign" || tag.kind === "unassign") out.stage = tag.stage;
  if (event.time !== void 0) out.time = new Date(event.time).toISOString();
  if (input.tagger) out.tagger = `${input.tagger.name} <${input.tagger.email}>`;
  const evidence = evidenceOf(event);
  if (evidence) {
    out.mergeCommit = evidence.mergeCommit;
    if (evidence.pullRequest) out.pullRequest = evidence.pullRequest;
    if (evidence.workflowRun) out.workflowRun = evidence.workflowRun;
    out.verdict = evidence.verdict;
    const gates = evidenceGates(evidence);
    if (gates.length > 0) out.gates = gates;
  }
  if (input.signature !== "" && signature) out.signatureDetail = signature.detail;
  if (seal !== void 0) out.seal = seal;
  return out;
}
function auditVersions(events, artifacts) {
  return events.filter((e) => e.tag.kind === "register").map((e) => {
    const version = { version: e.version, tag: e.tag.tag, commit: e.input.commit ?? "" };
    if (e.time !== void 0) version.time = new Date(e.time).toISOString();
    const artifact = artifacts.get(e.tag.tag);
    if (artifact) {
      version.artifact = {
        path: artifact.path,
        recorded: artifact.recorded,
        ...artifact.actual !== void 0 ? { actual: artifact.actual } : {},
        status: artifact.actual === void 0 ? "missing" : artifact.actual === artifact.recorded ? "match" : "mismatch"
      };
    }
    return version;
  });
}
var stageRank = (stage) => {
  const i = STAGES.indexOf(stage);
  return i < 0 ? STAGES.length : i;
};
function stagesAt(events, at) {
  return gtoState(events, at).stages.sort((a, b) => stageRank(a.stage) - stageRank(b.stage) || (a.stage < b.stage ? -1 : 1));
}

// src/core/audit/plan.ts
function branchLine(commits) {
  const indexOf = new Map(commits.map((c, i) => [c.sha, i]));
  const pathEvents = /* @__PURE__ */ new Map();
  commits.forEach((commit, index) => {
    for (const change of commit.changes) {
      const list = pathEvents.get(change.path);
      if (list) list.push({ index, blob: change.blob });
      else pathEvents.set(change.path, [{ index, blob: change.blob }]);
    }
  });
  return { commits, indexOf, pathEvents };
}
function auditedModels(line, eventsByModel, modelOfPath, only) {
  const manifestOf = /* @__PURE__ */ new Map();
  for (const path of line.pathEvents.keys()) {
    const name = modelOfPath(path);
    if (name !== void 0 && (!only || only.has(name))) manifestOf.set(name, path);
  }
  for (const [name, events] of eventsByModel) {
    const recorded = events.map(evidenceOf).reverse().find((e) => e !== void 0)?.manifest.path;
    if (recorded !== void 0) manifestOf.set(name, recorded);
    else if (!manifestOf.has(name)) manifestOf.set(name, `models/${name}/model.yaml`);
  }
  return { manifestOf, names: [...manifestOf.keys()].sort(), unknown: [...only ?? []].filter((name) => !manifestOf.has(name)) };
}
function evidenceFacts(eventsByModel) {
  const facts = /* @__PURE__ */ new Map();
  for (const events of eventsByModel.values()) {
    for (const e of events) {
      const evidence = evidenceOf(e);
      if (evidence?.manifest.blob) facts.set(evidence.manifest.blob, factsOfEvidence(evidence));
    }
  }
  return facts;
}
function artifactChecks(tagged, facts) {
  const checks = /* @__PURE__ */ new Map();
  for (const event of tagged) {
    if (event.tag.kind !== "register") continue;
    const found = facts.factsAtTag.get(event);
    const evidence = evidenceOf(event);
    const artifact = (evidence && evidenceArtifact(evidence)) ?? (typeof found === "object" ? artifactOf(found) : void 0);
    if (!artifact) continue;
    const blob = facts.blobsAtTag.get(event)?.get(artifact.path);
    const actual = blob ? facts.digests.get(blob) : void 0;
    checks.set(event.tag.tag, { path: artifact.path, recorded: artifact.sha256, ...actual !== void 0 ? { actual } : {} });
  }
  return checks;
}
var taggedEvents = (names, eventsByModel) => names.flatMap((model) => (eventsByModel.get(model) ?? []).filter((event) => event.input.commit).map((event) => ({ event, model })));
function auditFindings(facts) {
  const { names, manifestOf, eventsByModel, policy, branch, factsAtTag, signatures, blobsAtTag, now } = facts;
  const { commits, indexOf, pathEvents } = facts.line;
  const tagged = taggedEvents(names, eventsByModel).map(({ event }) => event);
  const artifacts = artifactChecks(tagged, facts);
  const factsOf = (blob) => {
    const found = facts.manifestFacts.get(blob);
    return found === "invalid" ? void 0 : found;
  };
  const waivers = reviewWaivers(policy.waivers, new Set(names), now);
  const seals = /* @__PURE__ */ new Map();
  let sealedSince;
  for (const event of tagged) {
    const evidence = evidenceOf(event);
    if (!evidence) continue;
    const check = checkSeal(event.input.body, evidence, facts.sha256);
    seals.set(event, check);
    const created = Date.parse(evidence.createdAt);
    if (check.seal !== "absent" && !Number.isNaN(created) && (sealedSince === void 0 || created < sealedSince)) sealedSince = created;
  }
  const models = names.map((name) => {
    const manifestPath = manifestOf.get(name);
    const events = eventsByModel.get(name) ?? [];
    const findings = [];
    for (const event of events) {
      const context = { manifestPath, signaturesRequired: policy.signatures.required, branch };
      if (factsAtTag.has(event)) context.factsAtTag = factsAtTag.get(event);
      if (signatures.has(event.tag.tag)) context.signature = signatures.get(event.tag.tag);
      if (seals.has(event)) context.seal = seals.get(event);
      if (blobsAtTag.has(event)) context.blobsAtTag = blobsAtTag.get(event);
      if (event.input.commit) context.onBranch = indexOf.has(event.input.commit);
      findings.push(...checkTag(event, context));
      if (event.tag.kind === "register") findings.push(...checkArtifact(event, artifacts.get(event.tag.tag), manifestPath));
    }
    findings.push(...checkSequence(events, policy, manifestPath));
    findings.push(...checkUnsealed(events, new Set(events.filter((e) => seals.get(e)?.seal === "absent")), sealedSince, manifestPath));
    const coverage = [];
    const registrations = /* @__PURE__ */ new Map();
    for (const event of events) {
      const evidence = evidenceOf(event);
      if (evidence && (evidence.verdict === "pass" || evidence.verdict === "warn") && evidence.commit === event.input.commit) {
        const to = indexOf.get(evidence.range.to);
        if (to !== void 0) {
          const from = evidence.range.from === null ? -1 : indexOf.get(evidence.range.from);
          coverage.push({ from: from !== void 0 && from < to ? from : to - 1, to });
        }
      }
      const found = factsAtTag.get(event);
      if (event.tag.kind === "register" && event.time !== void 0 && !registrations.has(event.tag.version)) {
        const recorded = evidence?.action === "register" ? evidence : void 0;
        const index = indexOf.get(recorded?.commit ?? event.input.commit);
        const at = { tag: event.tag.tag, time: event.time, ...index !== void 0 ? { index } : {} };
        if (recorded) {
          const fileBlobs = new Map(recorded.files.flatMap((f) => f.blob ? [[f.path, f.blob]] : []));
          registrations.set(event.tag.version, { ...at, contentDigest: recorded.manifest.contentDigest, fileBlobs });
        } else if (typeof found === "object") {
          registrations.set(event.tag.version, { ...at, contentDigest: found.contentDigest, fileBlobs: blobsAtTag.get(event) ?? /* @__PURE__ */ new Map() });
        }
      }
    }
    findings.push(...checkHistory({ manifestPath, commits, pathEvents, factsOf, coverage, registrations }));
    const manifestEvents = pathEvents.get(manifestPath) ?? [];
    const latestBlob = manifestEvents.length > 0 ? manifestEvents[manifestEvents.length - 1].blob : null;
    const current = latestBlob ? factsOf(latestBlob) : void 0;
    findings.push(...checkDeclared(latestBlob === null ? "deleted" : current ?? "invalid", events, now.getTime(), manifestPath, branch));
    const modelWaivers = applyAuditWaivers(name, findings, waivers.reviews, now);
    return {
      name,
      manifest: manifestPath,
      ...current ? { version: current.version, stage: current.stage } : {},
      verdict: verdictOfFindings(findings),
      findings,
      gates: [],
      audit: {
        events: events.map((e) => auditEvent(e, signatures.get(e.tag.tag), seals.get(e)?.seal)),
        versions: auditVersions(events, artifacts),
        stages: stagesAt(events, facts.at.getTime()),
        ...modelWaivers.length > 0 ? { waivers: modelWaivers } : {}
      }
    };
  });
  return { models, findings: waivers.findings };
}

// src/commands/audit.ts
var usage = (error) => new UsageError(error instanceof Error ? error.message : String(error));
async function policyAt(history, commit) {
  const ids = await history.blobIds(POLICY_FILES.map((path) => ({ commit, path })));
  const index = ids.findIndex((id) => id !== void 0);
  if (index < 0) return { policy: DEFAULT_POLICY, findings: [] };
  const bytes = (await history.readBlobs([ids[index]])).get(ids[index]);
  const loaded = loadPolicy(bytes, POLICY_FILES[index]);
  return loaded.ok ? { policy: loaded.value, file: POLICY_FILES[index], findings: [] } : { policy: DEFAULT_POLICY, file: POLICY_FILES[index], findings: loaded.findings };
}
async function allowedSignersAt(history, commit, policy, policyFile) {
  const path = policy.signatures.allowed_signers;
  if (path === void 0) return { findings: [] };
  const at = { file: policyFile ?? "modelops.yaml", pointer: "/signatures/allowed_signers" };
  const normalized = path.replace(/\\/g, "/");
  if (normalized.startsWith("/") || /^[A-Za-z]:/.test(normalized) || normalized.split("/").includes("..")) {
    return { findings: [{ severity: "error", category: "input", code: "path-outside-repo", message: `signatures.allowed_signers '${path}' must be a path inside the repository, relative to its root`, ...at }] };
  }
  const [id] = await history.blobIds([{ commit, path: normalized.replace(/^\.\//, "") }]);
  if (id === void 0) {
    return { findings: [{ severity: "error", category: "policy", code: "allowed-signers-missing", message: `signatures.allowed_signers names ${path}, which does not exist at ${commit.slice(0, 12)}: no SSH signature can be trusted`, ...at }] };
  }
  return { bytes: (await history.readBlobs([id])).get(id), findings: [] };
}
async function audit(options) {
  const ref = options.ref ?? "HEAD";
  let history;
  let head;
  try {
    const files = await RepoFiles.open(options.repo);
    history = await openGitRepository(files.realRoot);
    head = await history.resolveCommit(ref);
  } catch (error) {
    throw usage(error);
  }
  const at = options.at ?? options.now ?? /* @__PURE__ */ new Date();
  const [records, commits, { policy, file: policyFile, findings: policyFindings }] = await Promise.all([history.tagRecords(), history.firstParentHistory(head), policyAt(history, head)]);
  const signers = await allowedSignersAt(history, head, policy, policyFile);
  const branch = ref === "HEAD" ? await history.currentBranch() ?? "HEAD" : ref;
  const repoFindings = [...policyFindings, ...signers.findings];
  const only = options.models && options.models.length > 0 ? new Set(await selectModelNames(options.models, { repo: options.repo, ...options.from ? { from: options.from } : {} })) : void 0;
  const eventsByModel = registryEvents(records, only ? { only } : {});
  const line = branchLine(commits);
  const isManifest = (0, import_picomatch.default)(policy.manifests, { dot: false });
  const { manifestOf, names, unknown } = auditedModels(line, eventsByModel, (path) => isManifest(path) ? folderName(path) : void 0, only);
  if (unknown.length > 0) throw new UsageError(`no model named ${unknown.join(", ")}: no registry tag and no manifest on ${ref}'s history (fetch the tags first: git fetch --tags)`);
  const fromEvidence = evidenceFacts(eventsByModel);
  const tagged = taggedEvents(names, eventsByModel);
  const isRegistration = (e) => e.tag.kind === "register";
  const pinnedByEvidence = (e) => {
    const evidence = evidenceOf(e);
    return evidence ? [evidence.manifest.path, ...evidence.files.map((f) => f.path)] : [];
  };
  const manifestSpecs = tagged.map(({ event, model }) => ({ commit: event.input.commit, path: manifestOf.get(model) }));
  const fileSpecs = tagged.flatMap(({ event }) => pinnedByEvidence(event).map((path) => ({ event, path, commit: event.input.commit })));
  const ids = await history.blobIds([...manifestSpecs, ...fileSpecs]);
  const manifestAtTag = ids.slice(0, manifestSpecs.length);
  const blobsAtRegistration = /* @__PURE__ */ new Map();
  const noteFileBlob = (event, path, id) => {
    const map = blobsAtRegistration.get(event) ?? /* @__PURE__ */ new Map();
    map.set(path, id);
    blobsAtRegistration.set(event, map);
  };
  fileSpecs.forEach(({ event, path }, i) => noteFileBlob(event, path, ids[manifestSpecs.length + i]));
  const toParse = /* @__PURE__ */ new Set();
  for (const id of manifestAtTag) if (id !== void 0 && !fromEvidence.has(id)) toParse.add(id);
  for (const name of names) for (const e of line.pathEvents.get(manifestOf.get(name)) ?? []) if (e.blob !== null && !fromEvidence.has(e.blob)) toParse.add(e.blob);
  const artifactBlobOf = (e) => {
    const artifact = evidenceOf(e) && evidenceArtifact(evidenceOf(e));
    return artifact ? blobsAtRegistration.get(e)?.get(artifact.path) : void 0;
  };
  const signed = tagged.filter(({ event }) => event.input.signature !== "").map(({ event }) => event.tag.tag);
  const [blobs, digests, signatures] = await Promise.all([
    history.readBlobs([...toParse]),
    history.hashBlobs(tagged.flatMap(({ event }) => isRegistration(event) && artifactBlobOf(event) ? [artifactBlobOf(event)] : [])),
    signed.length > 0 ? history.verifyTags(signed, signers.bytes ? { allowedSigners: signers.bytes } : {}) : Promise.resolve(/* @__PURE__ */ new Map())
  ]);
  const parsedFacts = /* @__PURE__ */ new Map();
  for (const [id, bytes] of blobs) {
    const loaded = loadManifest(bytes, id);
    parsedFacts.set(id, loaded.ok ? factsOfManifest(loaded.value, sha256Hex) : "invalid");
  }
  const manifestFacts = new Map([...parsedFacts, ...fromEvidence]);
  const factsOf = (blob) => {
    const facts = manifestFacts.get(blob);
    return facts === "invalid" ? void 0 : facts;
  };
  const factsAtTag = /* @__PURE__ */ new Map();
  tagged.forEach(({ event }, i) => {
    const id = manifestAtTag[i];
    factsAtTag.set(event, id === void 0 ? "missing" : factsOf(id) ?? "invalid");
  });
  const bare = tagged.filter(({ event }) => isRegistration(event) && !evidenceOf(event) && typeof factsAtTag.get(event) === "object");
  if (bare.length > 0) {
    const specs = bare.flatMap(({ event }) => factsAtTag.get(event).files.map((f) => ({ event, path: f.path, commit: event.input.commit })));
    const found = await history.blobIds(specs);
    specs.forEach(({ event, path }, i) => noteFileBlob(event, path, found[i]));
    const more = await history.hashBlobs(found.filter((id) => id !== void 0));
    for (const [id, digest] of more) digests.set(id, digest);
  }
  const now = options.now ?? /* @__PURE__ */ new Date();
  const { models, findings } = auditFindings({ names, manifestOf, eventsByModel, line, policy, branch, factsAtTag, manifestFacts, signatures, blobsAtTag: blobsAtRegistration, digests, now, at, sha256: sha256Hex });
  repoFindings.push(...findings);
  const remote = options.logRemote === false ? void 0 : options.logRemote ?? await defaultLogRemote(options.repo);
  const unfetched = remote !== void 0 && models.some((model) => model.audit) ? await tryFetchMonitoringLog(options.repo, remote) : void 0;
  const note = unfetched !== void 0 ? `not fetched, the local copy is shown: ${unfetched}` : void 0;
  for (const model of models) {
    if (!model.audit) continue;
    try {
      const records2 = await readMonitoringLog(options.repo, model.name);
      const seen = monitoringAt(records2, at);
      if (records2.length > 0 || note) model.audit.monitoring = { records: records2.length, ...seen ? { seen } : {}, ...note ? { note } : {} };
    } catch (error) {
      if (!(error instanceof MonitoringLogError)) throw error;
      model.audit.monitoring = { records: 0, problem: error.message };
    }
  }
  return buildReport({
    command: "audit",
    toolVersion: TOOL_VERSION,
    root: options.repo,
    findings: repoFindings,
    models,
    audit: { ref, commit: head, at: at.toISOString(), commits: commits.length, tags: [...eventsByModel.values()].reduce((n, events) => n + events.length, 0) },
    now
  });
}
export {
  audit
};
