// One comment per marker on an issue or pull request, kept up to date instead of posted again:
// found by its hidden marker AND its author (the token's identity), through every page of comments.
import { GitHubApiError, type GitHubClient, type IssueComment, type RepoRef } from './client.js';
import { sleep, type Sleep } from '../sleep.js';

export const COMMENT_MODES = ['update', 'recreate', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface StickyTarget {
  repo: RepoRef;
  /** Issue or pull request number. */
  issue: number;
  /** Hidden text that identifies the comment, e.g. `<!-- modelops:report ... -->`; the body contains it. */
  marker: string;
  /**
   * Hidden text that stands for the content, e.g. `<!-- modelops:identity sha256=... -->`: a comment
   * that carries it is unchanged, whatever else in it differs (a run link, a timing). Without it the
   * whole body is compared.
   */
  identity?: string;
}

export interface StickyOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'recreated' | 'off';
  comment?: IssueComment;
  /** Extra copies (from racing runs) that were deleted. */
  removedDuplicates: number;
}

export interface StickyOptions {
  /** Attempts at posting after a 5xx or lost response, each after checking it did not land (default 3). */
  attempts?: number;
  /** Waits attempt² seconds between those attempts (1 s, 4 s, …) with this (default the real wait; tests pass one that returns at once). */
  sleep?: Sleep;
  /** Post a comment when there is none yet (default true); false only keeps an existing one up to date. */
  create?: boolean;
}

/** Creates, updates, moves (recreate) or leaves the comment; never leaves two of them. */
export async function upsertStickyComment(client: GitHubClient, target: StickyTarget, body: string, mode: CommentMode, options: StickyOptions = {}): Promise<StickyOutcome> {
  if (mode === 'off') return { action: 'off', removedDuplicates: 0 };
  if (!body.includes(target.marker)) throw new Error('the comment body must contain its marker, or the next run cannot find it');
  if (target.identity !== undefined && !body.includes(target.identity)) throw new Error('the comment body must contain its identity, or the next run cannot compare it');
  const { repo, issue } = target;
  const same = (c: IssueComment) => (target.identity !== undefined ? c.body.includes(target.identity) : c.body === body);
  const all = await client.listIssueComments(repo, issue);
  const ours = await ownedBy(client, all, target.marker);

  if (mode === 'update' && ours.length > 0) {
    const [keep, ...duplicates] = ours;
    for (const d of duplicates) await client.deleteIssueComment(repo, d.id);
    if (same(keep!)) return { action: 'unchanged', comment: keep!, removedDuplicates: duplicates.length };
    return { action: 'updated', comment: await client.updateIssueComment(repo, keep!.id, body), removedDuplicates: duplicates.length };
  }
  if (mode === 'recreate' && ours.length > 0) {
    const last = ours[ours.length - 1]!;
    // The same content: moving it would only notify everyone again. Without an identity, only the
    // newest comment with this very body counts as unchanged.
    if (ours.length === 1 && same(last) && (target.identity !== undefined || last.id === all[all.length - 1]?.id)) return { action: 'unchanged', comment: last, removedDuplicates: 0 };
    for (const c of ours) await client.deleteIssueComment(repo, c.id);
    const comment = await createOnce(client, target, body, new Set(ours.map((c) => c.id)), options);
    return { action: 'recreated', comment, removedDuplicates: ours.length - 1 };
  }
  if (options.create === false) return { action: 'off', removedDuplicates: 0 };
  return { action: 'created', comment: await createOnce(client, target, body, new Set(), options), removedDuplicates: 0 };
}

async function ownedBy(client: GitHubClient, comments: readonly IssueComment[], marker: string): Promise<IssueComment[]> {
  const marked = comments.filter((c) => c.body.includes(marker));
  if (marked.length === 0) return [];
  // Only now ask who we are: a fresh pull request needs no extra request.
  const me = await client.identity();
  return marked.filter((c) => c.author === me);
}

/** Posts the comment; after an ambiguous failure, looks for it before posting again. */
async function createOnce(client: GitHubClient, target: StickyTarget, body: string, deleted: ReadonlySet<number>, options: StickyOptions): Promise<IssueComment> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.createIssueComment(target.repo, target.issue, body);
    } catch (error) {
      if (!(error instanceof GitHubApiError) || !error.ambiguous || attempt >= attempts) throw error;
      const landed = (await ownedBy(client, await client.listIssueComments(target.repo, target.issue), target.marker)).filter((c) => !deleted.has(c.id));
      if (landed.length > 0) {
        const comment = landed[landed.length - 1]!;
        return comment.body === body ? comment : client.updateIssueComment(target.repo, comment.id, body);
      }
      await (options.sleep ?? sleep)(attempt * attempt * 1000);
    }
  }
}
