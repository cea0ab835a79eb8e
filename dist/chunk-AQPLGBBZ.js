import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  GitError,
  OID,
  gitHistory,
  gitOk,
  repositoryPrefix,
  runGit
} from "./chunk-BMNONSFE.js";

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
function gitReader(root, prefix) {
  const slot = limited(4);
  let tagCache;
  return {
    resolveCommit: (ref) => resolveCommit(root, ref),
    readFile: (ref, path) => slot(async () => {
      const run = await runGit(root, ["cat-file", "blob", `${ref}:${prefix}${path}`]);
      return run.code === 0 ? run.stdout : void 0;
    }),
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
  return gitReader(root, prefix.trim());
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
