import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  contentDigest,
  evidenceArtifact,
  evidenceGates,
  evidenceOf,
  openGitHistory,
  pinnedFiles,
  registryEvents
} from "./chunk-KOCLT6WZ.js";
import {
  DEFAULT_POLICY,
  POLICY_FILES,
  RepoFiles,
  UsageError,
  folderName,
  isTransitionAllowed,
  loadManifest,
  loadPolicy
} from "./chunk-QIPUKU7V.js";
import {
  require_picomatch
} from "./chunk-FPSQQKAN.js";
import {
  STAGES
} from "./chunk-Z5GJ3RVC.js";
import {
  buildReport,
  verdictOfFindings
} from "./chunk-OI3TUQGV.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  __toESM
} from "./chunk-RFEL46WT.js";

// src/commands/audit.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/audit/facts.ts
function factsOfManifest(manifest) {
  return { version: manifest.metadata.version, stage: manifest.stage, contentDigest: contentDigest(manifest), files: pinnedFiles(manifest) };
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

// src/core/audit/checks.ts
var short = (sha) => (sha ?? "").slice(0, 12);
function auditFinding(severity, code, message, extra = {}) {
  return { severity, category: "policy", code, message, ...extra };
}
var isProductionAssignment = (e) => e.tag.kind === "assign" && e.tag.stage === "production";
function checkTag(event, context) {
  const { tag, input } = event;
  const at = { file: context.manifestPath, tag: tag.tag, ...input.commit ? { commit: input.commit } : {} };
  const findings = [];
  if (tag.kind !== "register" && tag.kind !== "assign") return findings;
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
      if (differences.length > 0) findings.push(auditFinding("error", "evidence-mismatch", `the manifest at ${tag.tag} (${short(input.commit)}) disagrees with its evidence: ${differences.join("; ")}`, at));
    }
  }
  if (input.signature !== "") {
    if (context.signature?.status === "bad") findings.push(auditFinding("error", "bad-signature", `the signature of ${tag.tag} does not verify: ${context.signature.detail}`, at));
    else if (context.signature?.status !== "good") {
      findings.push(auditFinding("warning", "unverified-signature", `${tag.tag} is signed, but the signature cannot be checked here: ${context.signature?.detail ?? "not verified"}`, { ...at, hint: "import the signer's key (gpg) or configure gpg.ssh.allowedSignersFile" }));
    }
  }
  return findings;
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
    if (e.tag.kind !== "assign") continue;
    const to = e.tag.stage;
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
function auditEvent(event, signature) {
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
  const holding = /* @__PURE__ */ new Map();
  for (const e of events) {
    if (e.time === void 0 || e.time > at) continue;
    if (e.tag.kind === "assign") {
      const held = { stage: e.tag.stage, tag: e.tag.tag, since: new Date(e.time).toISOString() };
      if (e.version !== void 0) held.version = e.version;
      holding.set(e.tag.stage, held);
    } else if (e.tag.kind === "unassign") {
      const held = holding.get(e.tag.stage);
      if (held && (e.version === void 0 || held.version === void 0 || held.version === e.version)) holding.delete(e.tag.stage);
    }
  }
  return [...holding.values()].sort((a, b) => stageRank(a.stage) - stageRank(b.stage) || (a.stage < b.stage ? -1 : 1));
}

// src/commands/audit.ts
var usage = (error) => new UsageError(error instanceof Error ? error.message : String(error));
async function policyAt(history, commit) {
  const ids = await history.blobIds(POLICY_FILES.map((path) => ({ commit, path })));
  const index = ids.findIndex((id) => id !== void 0);
  if (index < 0) return { policy: DEFAULT_POLICY, findings: [] };
  const bytes = (await history.readBlobs([ids[index]])).get(ids[index]);
  const loaded = loadPolicy(bytes, POLICY_FILES[index]);
  return loaded.ok ? { policy: loaded.value, findings: [] } : { policy: DEFAULT_POLICY, findings: loaded.findings };
}
async function audit(options) {
  const ref = options.ref ?? "HEAD";
  let history;
  let head;
  try {
    const files = await RepoFiles.open(options.repo);
    history = await openGitHistory(files.realRoot);
    head = await history.resolveCommit(ref);
  } catch (error) {
    throw usage(error);
  }
  const at = options.at ?? options.now ?? /* @__PURE__ */ new Date();
  const [records, commits, { policy, findings: repoFindings }] = await Promise.all([history.tagRecords(), history.firstParentHistory(head), policyAt(history, head)]);
  const only = options.models && options.models.length > 0 ? new Set(options.models) : void 0;
  const eventsByModel = registryEvents(records, only ? { only } : {});
  const indexOf = new Map(commits.map((c, i) => [c.sha, i]));
  const pathEvents = /* @__PURE__ */ new Map();
  commits.forEach((commit, index) => {
    for (const change of commit.changes) {
      const list = pathEvents.get(change.path);
      if (list) list.push({ index, blob: change.blob });
      else pathEvents.set(change.path, [{ index, blob: change.blob }]);
    }
  });
  const isManifest = (0, import_picomatch.default)(policy.manifests, { dot: false });
  const manifestOf = /* @__PURE__ */ new Map();
  for (const path of pathEvents.keys()) {
    const name = isManifest(path) ? folderName(path) : void 0;
    if (name !== void 0 && (!only || only.has(name))) manifestOf.set(name, path);
  }
  for (const [name, events] of eventsByModel) {
    const recorded = events.map(evidenceOf).reverse().find((e) => e !== void 0)?.manifest.path;
    if (recorded !== void 0) manifestOf.set(name, recorded);
    else if (!manifestOf.has(name)) manifestOf.set(name, `models/${name}/model.yaml`);
  }
  const names = [...manifestOf.keys()].sort();
  const unknown = [...only ?? []].filter((name) => !manifestOf.has(name));
  if (unknown.length > 0) throw new UsageError(`no model named ${unknown.join(", ")}: no registry tag and no manifest on ${ref}'s history (fetch the tags first: git fetch --tags)`);
  const evidenceFacts = /* @__PURE__ */ new Map();
  for (const events of eventsByModel.values()) {
    for (const e of events) {
      const evidence = evidenceOf(e);
      if (evidence?.manifest.blob) evidenceFacts.set(evidence.manifest.blob, factsOfEvidence(evidence));
    }
  }
  const tagged = [];
  for (const name of names) for (const event of eventsByModel.get(name) ?? []) if (event.input.commit) tagged.push({ event, model: name });
  const isRegistration = (e) => e.tag.kind === "register";
  const pinnedByEvidence = (e) => isRegistration(e) ? evidenceOf(e)?.files.map((f) => f.path) ?? [] : [];
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
  for (const id of manifestAtTag) if (id !== void 0 && !evidenceFacts.has(id)) toParse.add(id);
  for (const name of names) for (const e of pathEvents.get(manifestOf.get(name)) ?? []) if (e.blob !== null && !evidenceFacts.has(e.blob)) toParse.add(e.blob);
  const artifactBlobOf = (e) => {
    const artifact = evidenceOf(e) && evidenceArtifact(evidenceOf(e));
    return artifact ? blobsAtRegistration.get(e)?.get(artifact.path) : void 0;
  };
  const signed = tagged.filter(({ event }) => event.input.signature !== "").map(({ event }) => event.tag.tag);
  const [blobs, digests, signatures] = await Promise.all([
    history.readBlobs([...toParse]),
    history.hashBlobs(tagged.flatMap(({ event }) => isRegistration(event) && artifactBlobOf(event) ? [artifactBlobOf(event)] : [])),
    signed.length > 0 ? history.verifyTags(signed) : Promise.resolve(/* @__PURE__ */ new Map())
  ]);
  const parsedFacts = /* @__PURE__ */ new Map();
  for (const [id, bytes] of blobs) {
    const loaded = loadManifest(bytes, id);
    parsedFacts.set(id, loaded.ok ? factsOfManifest(loaded.value) : "invalid");
  }
  const factsOf = (blob) => {
    const facts = evidenceFacts.get(blob) ?? parsedFacts.get(blob);
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
  const artifactChecks = /* @__PURE__ */ new Map();
  for (const { event } of tagged) {
    if (!isRegistration(event)) continue;
    const facts = factsAtTag.get(event);
    const evidence = evidenceOf(event);
    const artifact = (evidence && evidenceArtifact(evidence)) ?? (typeof facts === "object" ? artifactOf(facts) : void 0);
    if (!artifact) continue;
    const blob = blobsAtRegistration.get(event)?.get(artifact.path);
    const actual = blob ? digests.get(blob) : void 0;
    artifactChecks.set(event.tag.tag, { path: artifact.path, recorded: artifact.sha256, ...actual !== void 0 ? { actual } : {} });
  }
  const models = names.map((name) => {
    const manifestPath = manifestOf.get(name);
    const events = eventsByModel.get(name) ?? [];
    const findings = [];
    for (const event of events) {
      findings.push(...checkTag(event, { manifestPath, ...factsAtTag.has(event) ? { factsAtTag: factsAtTag.get(event) } : {}, ...signatures.has(event.tag.tag) ? { signature: signatures.get(event.tag.tag) } : {} }));
      if (event.tag.kind === "register") findings.push(...checkArtifact(event, artifactChecks.get(event.tag.tag), manifestPath));
    }
    findings.push(...checkSequence(events, policy, manifestPath));
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
      const facts = factsAtTag.get(event);
      if (event.tag.kind === "register" && event.time !== void 0 && !registrations.has(event.tag.version)) {
        const recorded = evidence?.action === "register" ? evidence : void 0;
        const index = indexOf.get(recorded?.commit ?? event.input.commit);
        const at2 = { tag: event.tag.tag, time: event.time, ...index !== void 0 ? { index } : {} };
        if (recorded) {
          const fileBlobs = new Map(recorded.files.flatMap((f) => f.blob ? [[f.path, f.blob]] : []));
          registrations.set(event.tag.version, { ...at2, contentDigest: recorded.manifest.contentDigest, fileBlobs });
        } else if (typeof facts === "object") {
          registrations.set(event.tag.version, { ...at2, contentDigest: facts.contentDigest, fileBlobs: blobsAtRegistration.get(event) ?? /* @__PURE__ */ new Map() });
        }
      }
    }
    findings.push(...checkHistory({ manifestPath, commits, pathEvents, factsOf, coverage, registrations }));
    const manifestEvents = pathEvents.get(manifestPath) ?? [];
    const latestBlob = manifestEvents.length > 0 ? manifestEvents[manifestEvents.length - 1].blob : null;
    const current = latestBlob ? factsOf(latestBlob) : void 0;
    const result = {
      name,
      manifest: manifestPath,
      ...current ? { version: current.version, stage: current.stage } : {},
      verdict: verdictOfFindings(findings),
      findings,
      gates: [],
      audit: {
        events: events.map((e) => auditEvent(e, signatures.get(e.tag.tag))),
        versions: auditVersions(events, artifactChecks),
        stages: stagesAt(events, at.getTime())
      }
    };
    return result;
  });
  return buildReport({
    command: "audit",
    toolVersion: TOOL_VERSION,
    root: options.repo,
    findings: repoFindings,
    models,
    audit: { ref, commit: head, at: at.toISOString(), commits: commits.length, tags: [...eventsByModel.values()].reduce((n, events) => n + events.length, 0) },
    ...options.now ? { now: options.now } : {}
  });
}

export {
  auditEvent,
  audit
};
