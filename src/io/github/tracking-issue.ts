// Issues that track one thing each (a model's drift, a blocked promotion), found again by a hidden
// marker in the body AND their author (the token's identity), through every page of the repository's
// issues of any state: opened once, then updated, reopened or closed — never opened twice.
import { GitHubApiError, type GitHubClient, type Issue, type IssueComment, type RepoRef } from './client.js';
import { sleep, type Sleep } from '../sleep.js';

export interface TrackedIssue {
  /** Hidden text that identifies the issue, e.g. `<!-- modelops:drift:credit-risk -->`; the body contains it. */
  marker: string;
  title: string;
  body: string;
  labels?: string[];
  /** Hidden text in the body that stands for its content: an issue that carries it (and the title) is unchanged. */
  identity?: string;
}

export interface IssueOutcome {
  action: 'created' | 'updated' | 'reopened' | 'unchanged' | 'closed' | 'none';
  issue?: Issue;
  /** Extra copies (from racing runs) that were closed as duplicates. */
  closedDuplicates: number;
}

export interface IssueTrackerOptions {
  /** Attempts at opening after a 5xx or a lost response, each after checking it did not land (default 3). */
  attempts?: number;
  /** Waits attempt² seconds between those attempts (1 s, 4 s, …) with this (default the real wait; tests pass one that returns at once). */
  sleep?: Sleep;
}

/** The repository's tracked issues: listed once per run (every page, state all, created by us), then kept up to date locally. */
export class IssueTracker {
  private cache: Issue[] | undefined;

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly options: IssueTrackerOptions = {},
  ) {}

  private async list(fresh = false): Promise<Issue[]> {
    if (fresh || !this.cache) {
      const me = await this.client.identity();
      // `creator` narrows the listing to our own issues; the author is checked again (a filter is a hint).
      this.cache = (await this.client.listIssues(this.repo, { creator: me })).filter((i) => i.author === me && i.body.includes('<!-- modelops:'));
    }
    return this.cache;
  }

  private remember(issue: Issue): void {
    if (!this.cache) return;
    const at = this.cache.findIndex((i) => i.number === issue.number);
    if (at >= 0) this.cache[at] = issue;
    else this.cache.push(issue);
  }

  /** Our issues carrying the marker, open ones first, then oldest first. */
  async find(marker: string): Promise<Issue[]> {
    const issues = (await this.list()).filter((i) => i.body.includes(marker));
    return issues.sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1));
  }

  /** Opens the issue, or updates (and reopens) the one that has the marker; never two. */
  async open(tracked: TrackedIssue): Promise<IssueOutcome> {
    if (!tracked.body.includes(tracked.marker)) throw new Error('the issue body must contain its marker, or the next run cannot find it');
    const [keep, ...others] = await this.find(tracked.marker);
    const closedDuplicates = await this.closeDuplicates(keep, others);
    if (!keep) return { action: 'created', issue: await this.createOnce(tracked), closedDuplicates };
    if (keep.state === 'closed') {
      const issue = await this.client.updateIssue(this.repo, keep.number, { title: tracked.title, body: tracked.body, state: 'open', stateReason: 'reopened' });
      this.remember(issue);
      return { action: 'reopened', issue, closedDuplicates };
    }
    const sameBody = tracked.identity !== undefined ? keep.body.includes(tracked.identity) : keep.body === tracked.body;
    if (keep.title === tracked.title && sameBody) return { action: 'unchanged', issue: keep, closedDuplicates };
    const issue = await this.client.updateIssue(this.repo, keep.number, { title: tracked.title, body: tracked.body });
    this.remember(issue);
    return { action: 'updated', issue, closedDuplicates };
  }

  /** Comments on and closes the open issue that has the marker; nothing when there is none. */
  async close(marker: string, comment: string): Promise<IssueOutcome> {
    const open = (await this.find(marker)).filter((i) => i.state === 'open');
    if (open.length === 0) return { action: 'none', closedDuplicates: 0 };
    const [keep, ...others] = open;
    const closedDuplicates = await this.closeDuplicates(keep, others);
    await this.client.createIssueComment(this.repo, keep!.number, comment);
    const issue = await this.client.updateIssue(this.repo, keep!.number, { state: 'closed', stateReason: 'completed' });
    this.remember(issue);
    return { action: 'closed', issue, closedDuplicates };
  }

  /** Comments on an issue. */
  comment(issue: number, body: string): Promise<IssueComment> {
    return this.client.createIssueComment(this.repo, issue, body);
  }

  /** An issue's comments, oldest first. */
  comments(issue: number): Promise<IssueComment[]> {
    return this.client.listIssueComments(this.repo, issue);
  }

  private async closeDuplicates(keep: Issue | undefined, others: readonly Issue[]): Promise<number> {
    let closed = 0;
    for (const other of others) {
      if (other.state !== 'open') continue;
      await this.client.createIssueComment(this.repo, other.number, `Duplicate of #${keep!.number} (opened by a concurrent run); modelops keeps that one up to date.`);
      this.remember(await this.client.updateIssue(this.repo, other.number, { state: 'closed', stateReason: 'not_planned' }));
      closed++;
    }
    return closed;
  }

  /** Opens the issue; after an ambiguous failure, looks for it before opening again. */
  private async createOnce(tracked: TrackedIssue): Promise<Issue> {
    const attempts = this.options.attempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      try {
        const issue = await this.client.createIssue(this.repo, { title: tracked.title, body: tracked.body, ...(tracked.labels ? { labels: tracked.labels } : {}) });
        this.remember(issue);
        return issue;
      } catch (error) {
        if (!(error instanceof GitHubApiError) || !error.ambiguous || attempt >= attempts) throw error;
        const landed = (await this.list(true)).filter((i) => i.body.includes(tracked.marker));
        if (landed.length > 0) return landed[0]!;
        await (this.options.sleep ?? sleep)(attempt * attempt * 1000);
      }
    }
  }
}
