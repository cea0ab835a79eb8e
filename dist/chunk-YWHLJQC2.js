import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  GitError,
  OID,
  gitHistory,
  gitOk,
  repositoryPrefix,
  runGit,
  startGit
} from "./chunk-LV4U444C.js";

// src/io/git/batch.ts
var IDLE_MS = 1e3;
var HEADER = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) ([a-z]+) ([0-9]+)$/;
var ObjectBatch = class {
  constructor(root) {
    this.root = root;
  }
  root;
  child;
  pending = [];
  buffered = [];
  bufferedBytes = 0;
  /** The object being read: its header, and how many bytes of content (plus the closing newline) it has. */
  reading;
  idle;
  /** git could not start, or ended while reading: every read goes to the fallback from then on. */
  broken = false;
  /** The object `name` names; undefined when there is none; 'unavailable' when this process cannot say (use another way). */
  read(name) {
    if (this.broken || name.includes("\n") || name.includes("\r") || name.length === 0) return Promise.resolve("unavailable");
    const child = this.process();
    if (!child) return Promise.resolve("unavailable");
    return new Promise((resolve) => {
      this.pending.push({ name, resolve });
      this.hold();
      child.stdin.write(`${name}
`);
    });
  }
  /** Ends the process (a later read starts another). */
  close() {
    if (this.idle) clearTimeout(this.idle);
    this.idle = void 0;
    const child = this.child;
    this.child = void 0;
    child?.stdin.end();
  }
  process() {
    if (this.child) return this.child;
    let child;
    try {
      child = startGit(this.root, ["cat-file", "--batch"]);
    } catch {
      this.broken = true;
      return void 0;
    }
    this.child = child;
    this.buffered = [];
    this.bufferedBytes = 0;
    this.reading = void 0;
    child.stdout.on("data", (chunk) => this.child === child && this.receive(chunk));
    child.stderr.resume();
    child.stdin.on("error", () => void 0);
    const ended = () => {
      if (this.child !== child) return;
      this.child = void 0;
      if (this.pending.length > 0) this.broken = true;
      for (const waiting of this.pending.splice(0)) waiting.resolve("unavailable");
    };
    child.on("error", ended);
    child.on("close", ended);
    return child;
  }
  /** Keeps the event loop alive (and the process running) while reads wait. */
  hold() {
    if (this.idle) clearTimeout(this.idle);
    this.idle = void 0;
    const child = this.child;
    if (!child) return;
    child.ref();
    child.stdout.ref();
  }
  /** Nothing waits: let the event loop end without the process, and end it after a while. */
  release() {
    const child = this.child;
    if (!child) return;
    child.unref();
    for (const stream of [child.stdout, child.stdin, child.stderr]) stream.unref();
    this.idle = setTimeout(() => this.close(), IDLE_MS);
    this.idle.unref();
  }
  receive(chunk) {
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    for (; ; ) {
      if (!this.reading) {
        const all2 = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
        const newline = all2.indexOf(10);
        if (newline < 0) {
          this.buffered = [all2];
          return;
        }
        const header = all2.subarray(0, newline).toString("utf8");
        const rest2 = all2.subarray(newline + 1);
        this.buffered = rest2.length > 0 ? [rest2] : [];
        this.bufferedBytes = rest2.length;
        const match = HEADER.exec(header);
        if (!match) {
          this.answer(void 0);
          continue;
        }
        this.reading = { oid: match[1], type: match[2], size: Number(match[3]) };
      }
      const { oid, type, size } = this.reading;
      if (this.bufferedBytes < size + 1) return;
      const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered, this.bufferedBytes);
      const content = all.subarray(0, size);
      const rest = all.subarray(size + 1);
      this.buffered = rest.length > 0 ? [rest] : [];
      this.bufferedBytes = rest.length;
      this.reading = void 0;
      this.answer({ oid, type, content });
    }
  }
  answer(object) {
    this.pending.shift()?.resolve(object);
    if (this.pending.length === 0) this.release();
  }
};

// src/io/git/writer.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function failure(action, run) {
  return new GitError(`${action}: ${run.stderr.trim() || `exit ${run.code}`}`);
}
function openGitWriter(root) {
  const config = async (key) => {
    const run = await runGit(root, ["config", "--get", key]);
    const value = run.code === 0 ? run.stdout.toString("utf8").trim() : "";
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
      const action = `cannot create tag ${tag.name}${tag.sign ? " (signed, as git config asks: tag.gpgSign / user.signingkey)" : ""}`;
      try {
        const file = join(dir, "message");
        await writeFile(file, tag.message);
        const env = {};
        if (tag.date) env["GIT_COMMITTER_DATE"] = tag.date.toISOString();
        if (tag.tagger) {
          env["GIT_COMMITTER_NAME"] = tag.tagger.name;
          env["GIT_COMMITTER_EMAIL"] = tag.tagger.email;
        }
        const args = ["tag", tag.sign ? "-s" : "-a", "--cleanup=verbatim", "-F", file, "--", tag.name, tag.commit];
        const run = await runGit(root, tag.sign ? args : ["-c", "tag.gpgSign=false", ...args], { env });
        if (run.code !== 0) throw failure(action, run);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async pushTags(remote, names) {
      if (names.length === 0) return;
      const run = await runGit(root, ["push", "--porcelain", remote, ...names.map((name) => `refs/tags/${name}:refs/tags/${name}`)]);
      if (run.code !== 0) throw failure(`cannot push tags to ${remote}`, run);
    },
    async fetchTags(remote) {
      const run = await runGit(root, ["fetch", "--no-tags", remote, "refs/tags/*:refs/tags/*"]);
      if (run.code !== 0) throw failure(`cannot fetch tags from ${remote}`, run);
    }
  };
}

// src/io/git/repo.ts
function fullHistoryAdvice(tags) {
  return `set fetch-depth: 0${tags ? " and fetch-tags: true" : ""} on the checkout step:
  - uses: actions/checkout@v4
    with:
      fetch-depth: 0${tags ? "\n      fetch-tags: true" : ""}`;
}
var text = (run) => (Buffer.isBuffer(run) ? run : run.stdout).toString("utf8");
var isShallow = async (root) => text(await runGit(root, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
async function commitOf(root, ref) {
  const run = await runGit(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const sha = text(run).trim();
  return run.code === 0 && OID.test(sha) ? sha : void 0;
}
async function resolveCommit(root, ref) {
  if (ref.startsWith("-")) throw new GitError(`'${ref}' is not a valid git ref`);
  const sha = await commitOf(root, ref);
  if (sha !== void 0) return sha;
  if (await isShallow(root)) throw new GitError(`git ref '${ref}' is not in this shallow clone: ${fullHistoryAdvice(false)}
(or, outside GitHub Actions: git fetch --unshallow --tags)`);
  throw new GitError(`git ref '${ref}' does not name a commit (fetch it first, e.g. git fetch origin ${ref})`);
}
async function tagsMissingFromOrigin(root) {
  if (!await hasOrigin(root)) return [];
  const remote = await runGit(root, ["ls-remote", "--tags", "--refs", "origin"], { timeoutMs: 3e4 });
  if (remote.code !== 0) return [];
  const local = new Set(text(await runGit(root, ["tag", "--list"])).split("\n").map((t) => t.trim()));
  return text(remote).split("\n").map((line) => /\trefs\/tags\/(.+)$/.exec(line)?.[1]).filter((tag) => tag !== void 0 && !local.has(tag));
}
async function hasOrigin(root) {
  return text(await runGit(root, ["remote"])).split("\n").some((r) => r.trim() === "origin");
}
var insideWorkTree = async (root) => text(await runGit(root, ["rev-parse", "--is-inside-work-tree"])).trim() === "true";
async function checkoutProblem(root, need) {
  const isRepo = await insideWorkTree(root).catch(() => false);
  if (!isRepo) return void 0;
  if (await isShallow(root)) return `this checkout is shallow (actions/checkout fetches one commit unless told otherwise), so ${need.what} cannot be read from it: ${fullHistoryAdvice(need.tags)}`;
  if (need.base && !need.base.startsWith("-") && await commitOf(root, need.base) === void 0) {
    return `the base commit ${need.base} is not in this checkout, so ${need.what} cannot be read from it: ${fullHistoryAdvice(need.tags)}`;
  }
  const missing = await tagsMissingFromOrigin(root);
  if (missing.length > 0) return `this checkout lacks tags that origin has (${missing.slice(0, 3).join(", ")}${missing.length > 3 ? `, and ${missing.length - 3} more` : ""}), so ${need.what} cannot be read from it: ${fullHistoryAdvice(true)}`;
  return void 0;
}
function limited(limit) {
  let active = 0;
  const waiting = [];
  return async (call) => {
    if (active >= limit) await new Promise((resume) => waiting.push(resume));
    active += 1;
    try {
      return await call();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}
function gitReader(root, prefix, batch) {
  const slot = limited(4);
  let tagCache;
  const readFile = (ref, path) => slot(async () => {
    const run = await runGit(root, ["cat-file", "blob", `${ref}:${prefix}${path}`]);
    return run.code === 0 ? run.stdout : void 0;
  });
  return {
    resolveCommit: async (ref) => {
      if (batch && !ref.startsWith("-")) {
        const object = await batch.read(`${ref}^{commit}`);
        if (object !== "unavailable" && object?.type === "commit") return object.oid;
      }
      return resolveCommit(root, ref);
    },
    readFile: async (ref, path) => {
      const object = batch ? await batch.read(`${ref}:${prefix}${path}`) : "unavailable";
      if (object === "unavailable") return readFile(ref, path);
      return object?.type === "blob" ? object.content : void 0;
    },
    listFiles: (ref) => slot(async () => {
      const out = text(await gitOk(root, ["ls-tree", "-r", "-z", "--name-only", "--full-tree", ref, "--", prefix || "."]));
      return out.split("\0").filter((p) => p.length > 0 && p.startsWith(prefix)).map((p) => p.slice(prefix.length));
    }),
    tags() {
      tagCache ??= gitOk(root, ["tag", "--list"]).then((out) => text(out).split("\n").map((t) => t.trim()).filter((t) => t.length > 0));
      return tagCache;
    }
  };
}
async function openGitRepository(root) {
  const prefix = await repositoryPrefix(root);
  return { ...gitReader(root, prefix), ...gitHistory(root, prefix), ...openGitWriter(root) };
}
async function openGit(root) {
  let run;
  try {
    run = await runGit(root, ["rev-parse", "--is-inside-work-tree", "--show-prefix"]);
  } catch (error) {
    throw new GitError(`cannot run git in '${root}': ${error.message}`);
  }
  const [inside = "", prefix = ""] = text(run).split("\n");
  if (run.code !== 0 || inside.trim() !== "true") throw new GitError("the repository (--repo) is not inside a git repository (needed for --base)");
  return gitReader(root, prefix.trim(), new ObjectBatch(root));
}

export {
  fullHistoryAdvice,
  commitOf,
  resolveCommit,
  hasOrigin,
  checkoutProblem,
  openGitRepository,
  openGit
};
