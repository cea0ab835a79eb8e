import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  parseTag
} from "./chunk-KEUM6VTA.js";
import {
  VERDICTS,
  contentOf
} from "./chunk-CE3A4YL5.js";
import {
  GitError
} from "./chunk-7OWB3DJH.js";

// src/core/promotion/evidence.ts
import { createHash } from "node:crypto";
var EVIDENCE_ACTIONS = ["register", "assign", "unassign", "deprecate"];
function canonicalJson(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  });
}
function contentDigest(manifest) {
  return createHash("sha256").update(canonicalJson(contentOf(manifest))).digest("hex");
}
function pinnedFiles(manifest) {
  const files = [{ role: "artifact", path: manifest.artifact.path, sha256: manifest.artifact.sha256 }];
  for (const role of ["training", "evaluation", "reference"]) {
    const dataset = manifest.data[role];
    if (dataset?.path !== void 0 && dataset.sha256 !== void 0) files.push({ role, path: dataset.path, sha256: dataset.sha256 });
  }
  return files;
}
function approvalsText(pr) {
  if (!pr) return "";
  const by = pr.author ? ` by @${pr.author}` : "";
  const approved = pr.approvers.length > 0 ? `, approved by ${pr.approvers.map((a) => `@${a}`).join(", ")}` : ", no approvals recorded";
  return `; PR #${pr.number}${by}${approved}`;
}
function evidenceSummary(evidence) {
  const gates = evidenceGates(evidence).map((g) => `${g.gate} ${g.verdict}`);
  const verdict = `gates ${evidence.verdict}${gates.length > 0 ? ` (${gates.join(", ")})` : ""}`;
  const what = evidence.action === "register" ? `register ${evidence.model} ${evidence.version}` : evidence.action === "unassign" ? `${evidence.model} ${evidence.version} leaves ${evidence.stage}` : evidence.action === "deprecate" ? `archive ${evidence.model} ${evidence.version} (deprecated)` : `${evidence.model} ${evidence.version} -> ${evidence.stage}`;
  return `${what}: ${verdict}${approvalsText(evidence.pullRequest)}`;
}
var sha256 = (data) => createHash("sha256").update(data).digest("hex");
function headerDigest(header, reportDigest) {
  return sha256(canonicalJson({ ...header, seal: { report: reportDigest } }));
}
function formatEvidenceMessage(evidence) {
  const { report, seal: _replaced, ...header } = evidence;
  const reportText = JSON.stringify(report);
  const reportDigest = sha256(reportText);
  const seal = { report: reportDigest, header: headerDigest(header, reportDigest) };
  const fields = JSON.stringify({ ...header, seal }, null, 2).slice(0, -2);
  return `${evidenceSummary(evidence)}

${fields},
  "report": ${reportText}
}
`;
}
var REPORT_FIELD = ',\n  "report": ';
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var isString = (v) => typeof v === "string";
function parseEvidence(body) {
  return parseEvidenceJson(typeof body === "string" ? body : new TextDecoder().decode(body), false);
}
var REPORT_FIELD_BYTES = new TextEncoder().encode(REPORT_FIELD);
function indexOfBytes(haystack, needle) {
  const first = needle[0];
  for (let i = haystack.indexOf(first); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
function parseEvidenceHeader(body) {
  if (typeof body === "string") return parseEvidenceJson(body, true);
  const cut = indexOfBytes(body, REPORT_FIELD_BYTES);
  const text = new TextDecoder().decode(cut < 0 ? body : body.subarray(0, cut + REPORT_FIELD_BYTES.length));
  return parseEvidenceJson(text, true);
}
function parseEvidenceJson(body, headerOnly) {
  const start = body.indexOf("{");
  if (start < 0 || body.slice(0, start).trim() !== "") return { status: "missing" };
  let value;
  try {
    const cut = headerOnly ? body.indexOf(REPORT_FIELD, start) : -1;
    value = JSON.parse(cut < 0 ? body.slice(start) : `${body.slice(start, cut)}
}`);
  } catch (error) {
    return { status: "invalid", reason: `the JSON does not parse: ${error.message}` };
  }
  if (!isRecord(value) || value["kind"] !== "Evidence") return { status: "missing" };
  const problems = [];
  for (const key of ["tag", "model", "version", "stage", "commit", "mergeCommit"]) if (!isString(value[key])) problems.push(`${key} is not a string`);
  if (!EVIDENCE_ACTIONS.includes(value["action"])) problems.push(`action is none of ${EVIDENCE_ACTIONS.join(", ")}`);
  if (!VERDICTS.includes(value["verdict"])) problems.push("verdict is not a verdict");
  const manifest = value["manifest"];
  if (!isRecord(manifest) || !isString(manifest["path"]) || !isString(manifest["blob"]) || !isString(manifest["contentDigest"])) problems.push("manifest lacks path, blob or contentDigest");
  const range = value["range"];
  if (!isRecord(range) || !isString(range["to"]) || !(range["from"] === null || isString(range["from"]))) problems.push("range lacks from or to");
  const files = value["files"];
  if (!Array.isArray(files) || !files.every((f) => isRecord(f) && isString(f["path"]) && isString(f["sha256"]))) problems.push("files is not a list of paths with sha256");
  const gates = value["gates"];
  if (gates !== void 0 && !(Array.isArray(gates) && gates.every((g) => isRecord(g) && isString(g["gate"]) && VERDICTS.includes(g["verdict"])))) problems.push("gates is not a list of gate verdicts");
  const seal = value["seal"];
  if (seal !== void 0 && !(isRecord(seal) && isString(seal["report"]) && isString(seal["header"]))) problems.push("seal lacks its report or header digest");
  if (!headerOnly && !isRecord(value["report"])) problems.push("report is not a report");
  if (problems.length > 0) return { status: "invalid", reason: problems.join("; ") };
  return { status: "present", evidence: value };
}
var evidenceArtifact = (evidence) => evidence.files.find((f) => f.role === "artifact");
function evidenceGates(evidence) {
  if (Array.isArray(evidence.gates)) return evidence.gates.map(({ gate, verdict }) => ({ gate, verdict }));
  return (evidence.report?.models ?? []).flatMap((m) => m.gates ?? []).map((g) => ({ gate: g.gate, verdict: g.verdict }));
}
function headerReportDifferences(header, report) {
  const model = report.models.find((m) => m.name === header.model);
  if (!model) return [`the report has no model ${header.model} (it has ${report.models.map((m) => m.name).join(", ") || "none"})`];
  const differences = [];
  if (model.version !== void 0 && model.version !== header.version) differences.push(`version ${header.version}, the report ${model.version}`);
  if (model.verdict !== header.verdict) differences.push(`verdict ${header.verdict}, the report ${model.verdict}`);
  if (Array.isArray(header.gates)) {
    const inReport = new Map(model.gates.map((g) => [g.gate, g]));
    for (const g of header.gates) {
      const r = inReport.get(g.gate);
      if (!r) differences.push(`gate ${g.gate} ${g.verdict}, absent from the report`);
      else if (r.verdict !== g.verdict || g.blocking !== void 0 && r.blocking !== g.blocking) differences.push(`gate ${g.gate} ${g.verdict}${g.blocking ? "" : " (not blocking)"}, the report ${r.verdict}${r.blocking ? "" : " (not blocking)"}`);
      inReport.delete(g.gate);
    }
    for (const r of inReport.values()) differences.push(`gate ${r.gate} ${r.verdict} in the report, absent from the header`);
  }
  return differences;
}
var CLOSING_BRACE = 125;
var NEWLINE = 10;
function checkSeal(body, header) {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const problems = [];
  const cut = indexOfBytes(bytes, REPORT_FIELD_BYTES);
  const close = bytes.lastIndexOf(CLOSING_BRACE);
  if (cut < 0 || close <= cut || bytes[close - 1] !== NEWLINE) {
    return { seal: header.seal ? "broken" : "absent", problems: ["the report is not where modelops writes it (the last field, on its own line)"] };
  }
  const reportBytes = bytes.subarray(cut + REPORT_FIELD_BYTES.length, close - 1);
  let report;
  try {
    report = JSON.parse(new TextDecoder().decode(reportBytes));
  } catch (error) {
    problems.push(`the report does not parse: ${error.message}`);
  }
  let seal = "absent";
  if (header.seal) {
    const reportDigest = sha256(reportBytes);
    const { report: _report, seal: recorded, ...fields } = header;
    const reportIntact = reportDigest === recorded.report;
    const headerIntact = headerDigest(fields, recorded.report) === recorded.header;
    if (!reportIntact) problems.push(`the report was edited after the evidence was written (sha256 ${reportDigest.slice(0, 12)}\u2026, sealed ${recorded.report.slice(0, 12)}\u2026)`);
    if (!headerIntact) problems.push("the header fields (verdict, approvers, pull request, commit, dates, files) were edited after the evidence was written");
    seal = reportIntact && headerIntact ? "intact" : "broken";
  }
  if (report && isRecord(report) && Array.isArray(report.models)) problems.push(...headerReportDifferences(header, report).map((d) => `the header says ${d}`));
  return { seal, problems };
}

// src/core/promotion/tag-registry.ts
var KIND_ORDER = { create: 0, register: 1, deregister: 1, assign: 2, unassign: 2, deprecate: 3 };
function compareEvents(a, b) {
  return (a.time ?? -Infinity) - (b.time ?? -Infinity) || KIND_ORDER[a.tag.kind] - KIND_ORDER[b.tag.kind] || (a.tag.number ?? 0) - (b.tag.number ?? 0) || (a.tag.tag < b.tag.tag ? -1 : 1);
}
var evidenceOf = (event) => event.evidence.status === "present" ? event.evidence.evidence : void 0;
function registryEvents(tags, options = {}) {
  const { only, reports = false } = options;
  const byModel = /* @__PURE__ */ new Map();
  for (const input of tags) {
    const tag = parseTag(input.name);
    if (!tag || only && !only.has(tag.name)) continue;
    const annotated = input.objectType === "tag";
    const time = annotated && input.tagger ? Date.parse(input.tagger.date) : void 0;
    const evidence = !annotated ? { status: "missing" } : reports ? parseEvidence(input.body) : parseEvidenceHeader(input.body);
    const event = { tag, input, evidence };
    if (time !== void 0 && !Number.isNaN(time)) event.time = time;
    const list = byModel.get(tag.name) ?? [];
    list.push(event);
    byModel.set(tag.name, list);
  }
  for (const events of byModel.values()) {
    events.sort(compareEvents);
    const registeredAt = /* @__PURE__ */ new Map();
    for (const e of events) if (e.tag.kind === "register" && e.input.commit) registeredAt.set(e.input.commit, e.tag.version);
    for (const e of events) {
      if (e.tag.kind === "register" || e.tag.kind === "deregister") e.version = e.tag.version;
      else {
        const version = evidenceOf(e)?.version ?? (e.input.commit ? registeredAt.get(e.input.commit) : void 0);
        if (version !== void 0) e.version = version;
      }
    }
  }
  return byModel;
}
function latestStageEvent(events) {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.time !== void 0 && (e.tag.kind === "assign" || e.tag.kind === "unassign" || e.tag.kind === "deprecate")) return e;
  }
  return void 0;
}
function registryHas(events, version, stage) {
  const latest = latestStageEvent(events);
  if (latest?.tag.kind === "deprecate") return stage === "archived";
  return latest?.tag.kind === "assign" && latest.tag.stage === stage && latest.version === version;
}

// src/io/git/history.ts
import { spawn } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function runGit(cwd, args, input, onStdout) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => onStdout ? onStdout(chunk) : out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on("close", (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code: code ?? 1 }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(input ?? "");
  });
}
async function gitOk(cwd, args, input) {
  const run = await runGit(cwd, args, input);
  if (run.code !== 0) throw new GitError(`git ${args[0]} failed: ${run.stderr.trim() || `exit ${run.code}`}`);
  return run.stdout;
}
var TAG_FIELDS = [
  "%(refname:strip=2)",
  "%(objecttype)",
  "%(objectname)",
  "%(*objecttype)",
  "%(*objectname)",
  "%(taggername)",
  "%(taggeremail)",
  "%(taggerdate:iso-strict)",
  "%(contents:subject)",
  "%(contents:body)",
  "%(contents:signature)"
];
function parseTagRecords(output) {
  const records = [];
  const fields = [];
  const BODY = TAG_FIELDS.indexOf("%(contents:body)");
  let body = Buffer.alloc(0);
  let start = 0;
  while (start < output.length) {
    const end = output.indexOf(0, start);
    if (end < 0) break;
    const from = fields.length === 0 && output[start] === 10 ? start + 1 : start;
    if (fields.length === BODY) body = output.subarray(from, end);
    fields.push(fields.length === BODY ? "" : output.toString("utf8", from, end));
    start = end + 1;
    if (fields.length < TAG_FIELDS.length) continue;
    const [name, type, object, peeledType, peeled, taggerName, taggerEmail, date, subject, , signature] = fields.splice(0);
    if (name === "") continue;
    const record = { name, objectType: type, subject, body, signature };
    if (type === "commit") record.commit = object;
    else if (type === "tag" && peeledType === "commit") record.commit = peeled;
    if (type === "tag" && date !== "") record.tagger = { name: taggerName, email: taggerEmail.replace(/^<|>$/g, ""), date };
    records.push(record);
  }
  return records;
}
function parseHistory(text, prefix) {
  const commits = [];
  for (const record of text.split("")) {
    if (record === "") continue;
    const tokens = record.split("\0");
    const [sha, time, author, subject] = tokens;
    const changes = [];
    for (let i = 4; i + 1 < tokens.length; ) {
      const meta = tokens[i].replace(/^\n/, "");
      if (!meta.startsWith(":")) {
        i += 1;
        continue;
      }
      const path = tokens[i + 1];
      i += 2;
      if (!path.startsWith(prefix)) continue;
      const parts = meta.split(" ");
      const status = parts[4] ?? "";
      changes.push({ path: path.slice(prefix.length), blob: status.startsWith("D") ? null : parts[3] ?? null });
    }
    commits.push({ sha, time, author, subject, changes });
  }
  return commits.reverse();
}
var BatchReader = class {
  constructor(open) {
    this.open = open;
  }
  open;
  pending = [];
  pendingBytes = 0;
  current;
  skipNewline = false;
  push(chunk) {
    let data = chunk;
    while (data.length > 0) {
      if (this.skipNewline) {
        data = data.subarray(1);
        this.skipNewline = false;
        continue;
      }
      if (this.current) {
        const take = Math.min(this.current.remaining, data.length);
        this.current.sink(data.subarray(0, take));
        this.current.remaining -= take;
        data = data.subarray(take);
        if (this.current.remaining === 0) {
          this.current.done();
          this.current = void 0;
          this.skipNewline = true;
        }
        continue;
      }
      const newline = data.indexOf(10);
      if (newline < 0) {
        this.pending.push(data);
        this.pendingBytes += data.length;
        return;
      }
      const header = Buffer.concat([...this.pending, data.subarray(0, newline)]).toString("utf8");
      this.pending = [];
      this.pendingBytes = 0;
      data = data.subarray(newline + 1);
      const [id, type, size] = header.split(" ");
      if (type === "missing" || size === void 0) continue;
      const handler = this.open(id, Number(size));
      this.current = { id, remaining: Number(size), sink: handler.sink, done: handler.done };
      if (this.current.remaining === 0) {
        handler.done();
        this.current = void 0;
        this.skipNewline = true;
      }
    }
  }
};
var OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function openGitHistory(root) {
  const top = await runGit(root, ["rev-parse", "--show-prefix"]);
  if (top.code !== 0) throw new GitError(`the repository is not inside a git repository (${top.stderr.trim().replace(/^fatal: /, "").split(root).join(".")})`);
  const prefix = top.stdout.toString("utf8").trim();
  async function batch(ids, open) {
    const unique = [...new Set(ids)].filter((id) => OID.test(id));
    if (unique.length === 0) return;
    const reader = new BatchReader(open);
    const run = await runGit(root, ["cat-file", "--batch"], unique.join("\n") + "\n", (chunk) => reader.push(chunk));
    if (run.code !== 0) throw new GitError(`git cat-file --batch failed: ${run.stderr.trim()}`);
  }
  return {
    async resolveCommit(ref) {
      if (ref.startsWith("-")) throw new GitError(`'${ref}' is not a valid git ref`);
      const run = await runGit(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
      const sha = run.stdout.toString("utf8").trim();
      if (run.code !== 0 || !OID.test(sha)) throw new GitError(`git ref '${ref}' does not name a commit (fetch it first, e.g. git fetch origin ${ref})`);
      return sha;
    },
    async currentBranch() {
      const run = await runGit(root, ["symbolic-ref", "--short", "-q", "HEAD"]);
      const name = run.stdout.toString("utf8").trim();
      return run.code === 0 && name !== "" ? name : void 0;
    },
    async tagRecords() {
      const out = await gitOk(root, ["for-each-ref", `--format=${TAG_FIELDS.join("%00")}%00`, "refs/tags"]);
      return parseTagRecords(out);
    },
    async firstParentHistory(ref) {
      if (ref.startsWith("-")) throw new GitError(`'${ref}' is not a valid git ref`);
      const out = await gitOk(root, [
        "log",
        "--first-parent",
        "--diff-merges=first-parent",
        "--raw",
        "--no-abbrev",
        "--no-renames",
        "--root",
        "-z",
        "--format=%x01%H%x00%cI%x00%an%x00%s",
        ref,
        "--"
      ]);
      return parseHistory(out.toString("utf8"), prefix);
    },
    async blobIds(specs) {
      if (specs.length === 0) return [];
      for (const { path } of specs) if (path.includes("\n")) throw new GitError(`path '${path}' contains a line break`);
      const input = specs.map(({ commit, path }) => `${commit}:${prefix}${path}`).join("\n") + "\n";
      const out = await gitOk(root, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], input);
      const lines = out.toString("utf8").split("\n");
      return specs.map((_, i) => {
        const [id, type] = (lines[i] ?? "").split(" ");
        return type === "blob" ? id : void 0;
      });
    },
    async readBlobs(ids) {
      const blobs = /* @__PURE__ */ new Map();
      await batch(ids, (id) => {
        const chunks = [];
        return { sink: (chunk) => chunks.push(Buffer.from(chunk)), done: () => blobs.set(id, Buffer.concat(chunks)) };
      });
      return blobs;
    },
    async hashBlobs(ids) {
      const digests = /* @__PURE__ */ new Map();
      await batch(ids, (id) => {
        const hash = createHash2("sha256");
        return { sink: (chunk) => hash.update(chunk), done: () => digests.set(id, hash.digest("hex")) };
      });
      return digests;
    },
    async verifyTags(names, options = {}) {
      if (options.allowedSigners === void 0) return verifyTagsWith(names, []);
      const dir = await mkdtemp(join(tmpdir(), "modelops-signers-"));
      try {
        const file = join(dir, "allowed_signers");
        await writeFile(file, options.allowedSigners);
        return await verifyTagsWith(names, ["-c", `gpg.ssh.allowedSignersFile=${file}`]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async uncommittedChanges() {
      const out = await gitOk(root, ["status", "--porcelain", "-z", "--untracked-files=no", "--", "."]);
      return out.toString("utf8").split("\0").filter((entry) => entry.length > 3).map((entry) => entry.slice(3));
    }
  };
  async function verifyTagsWith(names, config) {
    const results = /* @__PURE__ */ new Map();
    const linesOf = (text) => text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
    const GOOD = /good (".*" )?signature/i;
    if (names.length > 1) {
      const all = await runGit(root, [...config, "verify-tag", "--", ...names]);
      const good = linesOf(all.stderr).filter((l) => GOOD.test(l));
      if (all.code === 0 && good.length === names.length) {
        names.forEach((name, i) => results.set(name, { status: "good", detail: good[i] }));
        return results;
      }
    }
    const queue = [...names];
    const worker = async () => {
      for (let name = queue.shift(); name !== void 0; name = queue.shift()) {
        const run = await runGit(root, [...config, "verify-tag", "--", name]);
        const said = linesOf(run.stderr);
        const why = run.code === 0 ? void 0 : said.find((l) => /no principal|not trusted|untrusted|no public key|can't check|needs to be configured|error|fail/i.test(l));
        const detail = why ?? said.find((l) => /good|bad|signature|key/i.test(l)) ?? said[0] ?? `exit ${run.code}`;
        const status = run.code === 0 ? "good" : said.some((l) => /\bbad\b.*signature|BADSIG|signature.*\bbad\b|verification failed/i.test(l)) ? "bad" : "unverified";
        results.set(name, { status, detail });
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, queue.length) }, worker));
    return results;
  }
}

export {
  contentDigest,
  pinnedFiles,
  formatEvidenceMessage,
  evidenceArtifact,
  evidenceGates,
  checkSeal,
  evidenceOf,
  registryEvents,
  latestStageEvent,
  registryHas,
  openGitHistory
};
