import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/io/git/exec.ts
import { spawn } from "node:child_process";
var GitError = class extends Error {
};
var OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function startGit(cwd, args, env = {}) {
  return spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", ...env } });
}
function runGit(cwd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = startGit(cwd, args, options.env);
    const out = [];
    const err = [];
    const { onStdout } = options;
    child.stdout.on("data", (chunk) => onStdout ? onStdout(chunk) : out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    const timer = options.timeoutMs !== void 0 ? setTimeout(() => child.kill(), options.timeoutMs) : void 0;
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code: code ?? (signal ? 124 : 1) });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
  });
}
async function gitOk(cwd, args, options = {}) {
  const run = await runGit(cwd, args, options);
  if (run.code !== 0) throw new GitError(`git ${args[0]} failed: ${run.stderr.trim() || `exit ${run.code}`}`);
  return run.stdout;
}

// src/io/git/history.ts
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
async function repositoryPrefix(root) {
  const top = await runGit(root, ["rev-parse", "--show-prefix"]);
  if (top.code !== 0) throw new GitError(`the repository is not inside a git repository (${top.stderr.trim().replace(/^fatal: /, "").split(root).join(".")})`);
  return top.stdout.toString("utf8").trim();
}
async function readTagRecords(root) {
  const run = await runGit(root, ["for-each-ref", `--format=${TAG_FIELDS.join("%00")}%00`, "refs/tags"]);
  if (run.code !== 0) {
    await repositoryPrefix(root);
    throw new GitError(`git for-each-ref failed: ${run.stderr.trim() || `exit ${run.code}`}`);
  }
  return parseTagRecords(run.stdout);
}
async function openGitHistory(root) {
  return gitHistory(root, await repositoryPrefix(root));
}
function gitHistory(root, prefix) {
  async function batch(ids, open) {
    const unique = [...new Set(ids)].filter((id) => OID.test(id));
    if (unique.length === 0) return;
    const reader = new BatchReader(open);
    const run = await runGit(root, ["cat-file", "--batch"], { input: unique.join("\n") + "\n", onStdout: (chunk) => reader.push(chunk) });
    if (run.code !== 0) throw new GitError(`git cat-file --batch failed: ${run.stderr.trim()}`);
  }
  return {
    async currentBranch() {
      const run = await runGit(root, ["symbolic-ref", "--short", "-q", "HEAD"]);
      const name = run.stdout.toString("utf8").trim();
      return run.code === 0 && name !== "" ? name : void 0;
    },
    tagRecords: () => readTagRecords(root),
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
      const out = await gitOk(root, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], { input });
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
        const hash = createHash("sha256");
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
  GitError,
  OID,
  startGit,
  runGit,
  gitOk,
  repositoryPrefix,
  readTagRecords,
  openGitHistory,
  gitHistory
};
