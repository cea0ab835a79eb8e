import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  sleep
} from "./chunk-K2PE4NOY.js";
import {
  schemaProblems
} from "./chunk-5KIHTRY7.js";
import {
  runGit
} from "./chunk-BMNONSFE.js";

// src/io/git/monitoring-log.ts
var MONITORING_BRANCH = "modelops/monitoring";
var MONITORING_REF = `refs/heads/${MONITORING_BRANCH}`;
var MonitoringLogError = class extends Error {
};
async function git(repoDir, args, input, env = {}) {
  try {
    const run = await runGit(repoDir, args, { ...input !== void 0 ? { input } : {}, env });
    return { stdout: run.stdout.toString("utf8"), stderr: run.stderr, code: run.code };
  } catch (error) {
    throw new MonitoringLogError(`git ${args[0]} could not run in ${repoDir}: ${error.message}`);
  }
}
async function gitOk(repoDir, args, input, env) {
  const result = await git(repoDir, args, input, env);
  if (result.code !== 0) throw new MonitoringLogError(`git ${args.join(" ")} failed in ${repoDir}: ${result.stderr.trim() || `exit ${result.code}`}`);
  return result.stdout;
}
async function logTip(repoDir) {
  const result = await git(repoDir, ["rev-parse", "--verify", "--quiet", `${MONITORING_REF}^{commit}`]);
  return result.code === 0 ? result.stdout.trim() : void 0;
}
async function fetchLog(repoDir, remote) {
  const result = await git(repoDir, ["fetch", "--quiet", "--depth=1", remote, `+${MONITORING_REF}:${MONITORING_REF}`]);
  if (result.code === 0) return;
  if (/couldn't find remote ref|no such ref|not our ref/i.test(result.stderr)) return;
  throw new MonitoringLogError(`cannot fetch ${MONITORING_BRANCH} from '${remote}': ${result.stderr.trim()}`);
}
var logFileOf = (model) => `${model}.jsonl`;
function checkRecord(record, where) {
  const problems = schemaProblems("monitoringLogRecord", record);
  if (problems.length > 0) throw new MonitoringLogError(`${where}: not a monitoring log record (schemas/monitoring-log-record.schema.json): ${problems.join("; ")}`);
}
function parseMonitoringLog(text, file) {
  const records = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") continue;
    const where = `${MONITORING_BRANCH}:${file}, line ${i + 1}`;
    let value;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new MonitoringLogError(`${where}: not JSON (${error.message})`);
    }
    checkRecord(value, where);
    records.push(value);
  }
  return records;
}
async function fileAt(repoDir, commit, file) {
  if (commit === void 0) return "";
  const result = await git(repoDir, ["cat-file", "blob", `${commit}:${file}`]);
  return result.code === 0 ? result.stdout : "";
}
async function readMonitoringLog(repoDir, model, options = {}) {
  if (options.remote !== void 0) await fetchLog(repoDir, options.remote);
  const file = logFileOf(model);
  return parseMonitoringLog(await fileAt(repoDir, await logTip(repoDir), file), file);
}
async function commitAppend(repoDir, parent, records, env) {
  const byFile = /* @__PURE__ */ new Map();
  for (const record of records) byFile.set(logFileOf(record.model), [...byFile.get(logFileOf(record.model)) ?? [], record]);
  const entries = /* @__PURE__ */ new Map();
  if (parent !== void 0) {
    for (const line of (await gitOk(repoDir, ["ls-tree", parent])).split("\n")) {
      const tab = line.indexOf("	");
      if (tab > 0) entries.set(line.slice(tab + 1), line.slice(0, tab));
    }
  }
  for (const [file, added] of byFile) {
    let text = await fileAt(repoDir, parent, file);
    if (text !== "" && !text.endsWith("\n")) text += "\n";
    text += added.map((record) => JSON.stringify(record)).join("\n") + "\n";
    const blob = (await gitOk(repoDir, ["hash-object", "-w", "--stdin"], text)).trim();
    entries.set(file, `100644 blob ${blob}`);
  }
  const tree = (await gitOk(repoDir, ["mktree"], [...entries].map(([name, mode]) => `${mode}	${name}
`).join(""))).trim();
  const models = [...new Set(records.map((r) => r.model))].join(", ");
  const runs = [...new Set(records.map((r) => r.run))].join(", ");
  const message = `monitoring: ${records.length} record(s) for ${models} (run ${runs})
`;
  return (await gitOk(repoDir, ["commit-tree", tree, ...parent ? ["-p", parent] : [], "-F", "-"], message, env)).trim();
}
async function identityEnv(repoDir, author) {
  const configured = (await git(repoDir, ["var", "GIT_COMMITTER_IDENT"])).code === 0;
  if (configured && author === void 0) return {};
  const who = author ?? { name: "modelops", email: "modelops@users.noreply.github.com" };
  return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
}
async function appendMonitoringLog(repoDir, records, options = {}) {
  if (records.length === 0) throw new MonitoringLogError("nothing to append to the monitoring log");
  records.forEach((record, i) => checkRecord(record, `record ${i + 1} (${record.model ?? "?"}, chunk ${record.chunk?.key ?? "?"})`));
  const env = await identityEnv(repoDir, options.author);
  const push = options.remote !== void 0 && options.push !== false;
  const attempts = options.attempts ?? 8;
  let refused;
  for (let attempt = 1; ; attempt++) {
    if (options.remote !== void 0) await fetchLog(repoDir, options.remote);
    const tip = await logTip(repoDir);
    const parent = refused && tip === refused.commit ? refused.parent : tip;
    const commit = await commitAppend(repoDir, parent, records, env);
    const updated = await git(repoDir, ["update-ref", "-m", "modelops monitoring append", MONITORING_REF, commit, tip ?? "0".repeat(40)]);
    if (updated.code !== 0) {
      if (attempt >= attempts) throw new MonitoringLogError(`cannot update ${MONITORING_REF}: ${updated.stderr.trim()}`);
      continue;
    }
    if (!push) return commit;
    const pushed = await git(repoDir, ["push", "--quiet", options.remote, `${MONITORING_REF}:${MONITORING_REF}`]);
    if (pushed.code === 0) return commit;
    const rejected = /rejected|non-fast-forward|fetch first|cannot lock ref|failed to update ref/i.test(pushed.stderr);
    if (!rejected || attempt >= attempts) {
      throw new MonitoringLogError(`cannot push ${MONITORING_BRANCH} to '${options.remote}'${rejected ? ` after ${attempt} attempts` : ""}: ${pushed.stderr.trim()}`);
    }
    refused = { commit, parent };
    await (options.sleep ?? sleep)(50 * attempt + Math.floor(Math.random() * 50));
  }
}

export {
  MONITORING_BRANCH,
  MonitoringLogError,
  readMonitoringLog,
  appendMonitoringLog
};
