import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  sleep
} from "./chunk-K2PE4NOY.js";
import {
  GitHubApiError
} from "./chunk-A5QIX5QB.js";
import {
  exitCodeOf,
  verdictOfFindings,
  worstVerdict
} from "./chunk-4QXUKUJV.js";

// src/core/report/findings.ts
function withFindings(report, findings) {
  if (findings.length === 0) return report;
  const all = [...report.findings, ...findings];
  const verdict = worstVerdict([verdictOfFindings(all), ...report.models.map((m) => m.verdict)]);
  return { ...report, findings: all, verdict, exitCode: exitCodeOf(verdict) };
}

// src/io/github/tracking-issue.ts
var IssueTracker = class {
  constructor(client, repo, options = {}) {
    this.client = client;
    this.repo = repo;
    this.options = options;
  }
  client;
  repo;
  options;
  cache;
  async list(fresh = false) {
    if (fresh || !this.cache) {
      const me = await this.client.identity();
      this.cache = (await this.client.listIssues(this.repo, { creator: me })).filter((i) => i.author === me && i.body.includes("<!-- modelops:"));
    }
    return this.cache;
  }
  remember(issue) {
    if (!this.cache) return;
    const at = this.cache.findIndex((i) => i.number === issue.number);
    if (at >= 0) this.cache[at] = issue;
    else this.cache.push(issue);
  }
  /** Our issues carrying the marker, open ones first, then oldest first. */
  async find(marker) {
    const issues = (await this.list()).filter((i) => i.body.includes(marker));
    return issues.sort((a, b) => a.state === b.state ? a.number - b.number : a.state === "open" ? -1 : 1);
  }
  /** Opens the issue, or updates (and reopens) the one that has the marker; never two. */
  async open(tracked) {
    if (!tracked.body.includes(tracked.marker)) throw new Error("the issue body must contain its marker, or the next run cannot find it");
    const [keep, ...others] = await this.find(tracked.marker);
    const closedDuplicates = await this.closeDuplicates(keep, others);
    if (!keep) return { action: "created", issue: await this.createOnce(tracked), closedDuplicates };
    if (keep.state === "closed") {
      const issue2 = await this.client.updateIssue(this.repo, keep.number, { title: tracked.title, body: tracked.body, state: "open", stateReason: "reopened" });
      this.remember(issue2);
      return { action: "reopened", issue: issue2, closedDuplicates };
    }
    const sameBody = tracked.identity !== void 0 ? keep.body.includes(tracked.identity) : keep.body === tracked.body;
    if (keep.title === tracked.title && sameBody) return { action: "unchanged", issue: keep, closedDuplicates };
    const issue = await this.client.updateIssue(this.repo, keep.number, { title: tracked.title, body: tracked.body });
    this.remember(issue);
    return { action: "updated", issue, closedDuplicates };
  }
  /** Comments on and closes the open issue that has the marker; nothing when there is none. */
  async close(marker, comment) {
    const open = (await this.find(marker)).filter((i) => i.state === "open");
    if (open.length === 0) return { action: "none", closedDuplicates: 0 };
    const [keep, ...others] = open;
    const closedDuplicates = await this.closeDuplicates(keep, others);
    await this.client.createIssueComment(this.repo, keep.number, comment);
    const issue = await this.client.updateIssue(this.repo, keep.number, { state: "closed", stateReason: "completed" });
    this.remember(issue);
    return { action: "closed", issue, closedDuplicates };
  }
  /** Comments on an issue. */
  comment(issue, body) {
    return this.client.createIssueComment(this.repo, issue, body);
  }
  /** An issue's comments, oldest first. */
  comments(issue) {
    return this.client.listIssueComments(this.repo, issue);
  }
  async closeDuplicates(keep, others) {
    let closed = 0;
    for (const other of others) {
      if (other.state !== "open") continue;
      await this.client.createIssueComment(this.repo, other.number, `Duplicate of #${keep.number} (opened by a concurrent run); modelops keeps that one up to date.`);
      this.remember(await this.client.updateIssue(this.repo, other.number, { state: "closed", stateReason: "not_planned" }));
      closed++;
    }
    return closed;
  }
  /** Opens the issue; after an ambiguous failure, looks for it before opening again. */
  async createOnce(tracked) {
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      try {
        const issue = await this.client.createIssue(this.repo, { title: tracked.title, body: tracked.body, ...tracked.labels ? { labels: tracked.labels } : {} });
        this.remember(issue);
        return issue;
      } catch (error) {
        if (!(error instanceof GitHubApiError) || !error.ambiguous || attempt >= attempts) throw error;
        const landed = (await this.list(true)).filter((i) => i.body.includes(tracked.marker));
        if (landed.length > 0) return landed[0];
        await (this.options.sleep ?? sleep)(attempt * attempt * 1e3);
      }
    }
  }
};

export {
  withFindings,
  IssueTracker
};
