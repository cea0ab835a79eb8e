// A loopback stand-in for the GitHub REST API that records every request and can be told to fail:
// issue comments, /user, the GraphQL viewer; the pull requests of a commit and their reviews; teams and
// memberships; deployments and their statuses; issues; check runs; workflow and repository dispatches.
// Objects are shaped like GitHub's, from the real webhook payloads in @octokit/webhooks-examples
// (issue_comment, pull_request, pull_request_review, membership, deployment, deployment_status, issues,
// check_run). Listens on 127.0.0.1 only.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface WebhookExample {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}
const webhookExamples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookExample[];

/** The first real payload of a webhook event (and action), deep-copied. */
export function webhookPayload(event: string, action?: string): Record<string, any> {
  const examples = webhookExamples.find((e) => e.name === event)?.examples ?? [];
  const example = examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${event}${action ? `.${action}` : ''} payload`);
  return structuredClone(example);
}

const commentTemplate = webhookPayload('issue_comment', 'created')['comment'] as Record<string, any>;
const pullRequestTemplate = webhookPayload('pull_request', 'closed')['pull_request'] as Record<string, any>;
const reviewTemplate = webhookPayload('pull_request_review', 'submitted')['review'] as Record<string, any>;
const teamTemplate = webhookPayload('membership', 'added')['team'] as Record<string, any>;
const deploymentTemplate = webhookPayload('deployment', 'created')['deployment'] as Record<string, any>;
const deploymentStatusTemplate = webhookPayload('deployment_status', 'created')['deployment_status'] as Record<string, any>;
const issueTemplate = webhookPayload('issues', 'opened')['issue'] as Record<string, any>;
const checkRunTemplate = webhookPayload('check_run', 'completed')['check_run'] as Record<string, any>;

export interface RecordedRequest {
  method: string;
  /** Path without a GHES /api/v3 prefix. */
  path: string;
  /** Path and query as requested. */
  url: string;
  query: Record<string, string>;
  status: number;
  /** Whether the request carried the expected token (the token itself is not recorded). */
  authorized: boolean;
  body?: any;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Carry the request out, then answer with the error: GitHub did it, the response was lost. */
  afterApplying?: boolean;
}

export interface FakeGitHubOptions {
  token: string;
  /** Login of the token; default github-actions[bot]. */
  login?: string;
  /** Whether GET /user answers (a personal token) or 403s (GITHUB_TOKEN, default). */
  userEndpoint?: boolean;
  /** Whether the GraphQL viewer query answers (default true). */
  viewer?: boolean;
  /** Every write is refused with 403, as for a fork's pull request. */
  readOnly?: boolean;
  /** Whether the token may read the organisation's teams (default true); GITHUB_TOKEN may not: 403. */
  teamsReadable?: boolean;
}

export interface FakePullRequest {
  repo: string;
  number: number;
  author: string;
  headSha: string;
  /** Set when merged. */
  mergeCommitSha?: string;
  mergedAt?: string;
}

export interface FakeReview {
  id: number;
  author: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED. */
  state: string;
  submittedAt: string;
  association: string;
  /** The commit reviewed (commit_id); null as GitHub gives it for a review that names none. */
  commitId: string | null;
}

export interface FakeDeploymentStatus {
  id: number;
  state: string;
  description: string;
  environment: string;
  logUrl: string;
  createdAt: string;
}

export interface FakeDeployment {
  id: number;
  repo: string;
  ref: string;
  environment: string;
  description: string;
  payload: Record<string, unknown>;
  productionEnvironment: boolean;
  creator: string;
  createdAt: string;
  /** Oldest first. */
  statuses: FakeDeploymentStatus[];
}

export interface FakeIssue {
  repo: string;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  login: string;
  labels: string[];
}

export interface FakeDispatch {
  repo: string;
  kind: 'workflow_dispatch' | 'repository_dispatch';
  /** The workflow file or id; the event type. */
  target: string;
  ref?: string;
  inputs?: Record<string, unknown>;
  clientPayload?: Record<string, unknown>;
}

export interface FakeCheckRun {
  id: number;
  repo: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title?: string; summary?: string; annotations?: Array<Record<string, unknown>> };
}

export interface FakeComment {
  id: number;
  issue: string;
  body: string;
  login: string;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  faults: Fault[];
  options: FakeGitHubOptions;
  /** Comments of `owner/repo#number`, oldest first. */
  comments(issue: string): FakeComment[];
  addComment(issue: string, body: string, login: string): FakeComment;
  /** A pull request of `owner/repo`, found by GET .../commits/{sha}/pulls for its head or merge commit. */
  addPullRequest(pr: FakePullRequest): void;
  /** A review of `owner/repo#number`; reviews are listed in the order they are added. Its commit is the pull request's head when added, unless `commitId` says otherwise. */
  addReview(pr: string, review: { author: string; state: string; submittedAt?: string; association?: string; commitId?: string | null }): FakeReview;
  /** A team `org/slug` and its active members. */
  addTeam(team: string, members: readonly string[]): void;
  /** Deployments of `owner/repo`, oldest first. */
  deployments(repo: string): FakeDeployment[];
  /** Issues of `owner/repo`, oldest first. */
  issues(repo: string): FakeIssue[];
  addIssue(repo: string, issue: { title: string; body: string; login: string; state?: 'open' | 'closed' }): FakeIssue;
  dispatches: FakeDispatch[];
  /** Check runs of `owner/repo`, oldest first. */
  checkRuns(repo: string): FakeCheckRun[];
  reset(): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  let comments: FakeComment[] = [];
  let nextId = 1_000_001;
  let pullRequests: FakePullRequest[] = [];
  let reviews = new Map<string, FakeReview[]>();
  let teams = new Map<string, Set<string>>();
  let deployments: FakeDeployment[] = [];
  let issues: FakeIssue[] = [];
  let checkRuns: FakeCheckRun[] = [];
  const dispatches: FakeDispatch[] = [];
  const clock = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  let base = '';

  const apiComment = (c: FakeComment) => {
    const [owner, repo, number] = c.issue.split(/[/#]/);
    return {
      ...structuredClone(commentTemplate),
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${number}#issuecomment-${c.id}`,
      issue_url: `${base}/repos/${owner}/${repo}/issues/${number}`,
      body: c.body,
      user: { ...structuredClone(commentTemplate['user']), login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
    };
  };
  const user = (login: string) => ({ ...structuredClone(commentTemplate['user']), login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
  const apiPullRequest = (pr: FakePullRequest) => {
    const [owner, repo] = pr.repo.split('/');
    return {
      ...structuredClone(pullRequestTemplate),
      number: pr.number,
      url: `${base}/repos/${pr.repo}/pulls/${pr.number}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${pr.number}`,
      user: user(pr.author),
      state: pr.mergedAt ? 'closed' : 'open',
      merged_at: pr.mergedAt ?? null,
      merge_commit_sha: pr.mergeCommitSha ?? null,
      head: { ...structuredClone(pullRequestTemplate['head']), sha: pr.headSha },
    };
  };
  const apiReview = (pr: string, r: FakeReview) => {
    const [owner, repo, number] = pr.split(/[/#]/);
    return {
      ...structuredClone(reviewTemplate),
      id: r.id,
      user: user(r.author),
      state: r.state,
      submitted_at: r.submittedAt,
      author_association: r.association,
      commit_id: r.commitId,
      html_url: `https://github.com/${owner}/${repo}/pull/${number}#pullrequestreview-${r.id}`,
      pull_request_url: `${base}/repos/${owner}/${repo}/pulls/${number}`,
    };
  };
  const apiDeployment = (d: FakeDeployment) => ({
    ...structuredClone(deploymentTemplate),
    id: d.id,
    node_id: `DE_${d.id}`,
    url: `${base}/repos/${d.repo}/deployments/${d.id}`,
    statuses_url: `${base}/repos/${d.repo}/deployments/${d.id}/statuses`,
    repository_url: `${base}/repos/${d.repo}`,
    sha: createHash('sha1').update(d.ref).digest('hex'),
    ref: d.ref,
    task: 'deploy',
    payload: structuredClone(d.payload),
    environment: d.environment,
    original_environment: d.environment,
    description: d.description,
    production_environment: d.productionEnvironment,
    creator: user(d.creator),
    created_at: d.createdAt,
    updated_at: d.createdAt,
  });
  const apiDeploymentStatus = (d: FakeDeployment, s: FakeDeploymentStatus) => ({
    ...structuredClone(deploymentStatusTemplate),
    id: s.id,
    url: `${base}/repos/${d.repo}/deployments/${d.id}/statuses/${s.id}`,
    state: s.state,
    description: s.description,
    environment: s.environment,
    log_url: s.logUrl,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${base}/repos/${d.repo}/deployments/${d.id}`,
  });
  const apiIssue = (i: FakeIssue) => {
    const [owner, repo] = i.repo.split('/');
    return {
      ...structuredClone(issueTemplate),
      id: 500_000_000 + i.number,
      number: i.number,
      url: `${base}/repos/${i.repo}/issues/${i.number}`,
      html_url: `https://github.com/${owner}/${repo}/issues/${i.number}`,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.stateReason,
      user: user(i.login),
      labels: i.labels.map((name) => ({ ...structuredClone(issueTemplate['labels'][0]), name })),
      assignee: null,
      assignees: [],
    };
  };
  const apiCheckRun = (c: FakeCheckRun) => ({
    ...structuredClone(checkRunTemplate),
    id: c.id,
    node_id: `CR_${c.id}`,
    name: c.name,
    head_sha: c.headSha,
    status: c.status,
    conclusion: c.conclusion,
    external_id: c.externalId,
    details_url: c.detailsUrl,
    url: `${base}/repos/${c.repo}/check-runs/${c.id}`,
    html_url: `https://github.com/${c.repo}/runs/${c.id}`,
    output: { title: c.output.title ?? null, summary: c.output.summary ?? null, text: null, annotations_count: c.output.annotations?.length ?? 0, annotations_url: `${base}/repos/${c.repo}/check-runs/${c.id}/annotations` },
    pull_requests: [],
  });
  /** One page of `items` as GitHub pages lists: per_page (at most 100) and a Link header. */
  const page = <T>(record: RecordedRequest, items: readonly T[]): { items: T[]; headers: Record<string, string> } => {
    const perPage = Math.min(Number(record.query['per_page'] ?? 30), 100);
    const number = Number(record.query['page'] ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const rest = Object.entries(record.query).filter(([k]) => k !== 'page' && k !== 'per_page').map(([k, v]) => `&${k}=${encodeURIComponent(v)}`).join('');
    const link = (p: number, rel: string) => `<${base}${record.url.split('?')[0]}?per_page=${perPage}${rest}&page=${p}>; rel="${rel}"`;
    const links: string[] = [];
    if (number < last) links.push(link(number + 1, 'next'), link(last, 'last'));
    if (number > 1) links.push(link(1, 'first'), link(number - 1, 'prev'));
    return { items: items.slice((number - 1) * perPage, number * perPage), headers: links.length ? { link: links.join(', ') } : {} };
  };
  const addComment = (issue: string, body: string, login: string): FakeComment => {
    const comment = { id: nextId++, issue, body, login };
    comments.push(comment);
    return comment;
  };

  const addIssue = (repo: string, issue: { title: string; body: string; login: string; state?: 'open' | 'closed'; labels?: string[] }): FakeIssue => {
    const number = issues.filter((i) => i.repo === repo).length + 1;
    const created: FakeIssue = { repo, number, title: issue.title, body: issue.body, state: issue.state ?? 'open', stateReason: issue.state === 'closed' ? 'completed' : null, login: issue.login, labels: issue.labels ?? [] };
    issues.push(created);
    return created;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, record: RecordedRequest): Promise<void> => {
    const { method, path } = record;
    const login = options.login ?? 'github-actions[bot]';
    const fault = faults.find((f) => f.method === method && f.path.test(path) && (f.times ?? 1) > 0);
    const fail = () => {
      fault!.times = (fault!.times ?? 1) - 1;
      record.status = fault!.status;
      send(res, fault!.status, { message: fault!.message ?? `injected ${fault!.status}` }, fault!.headers);
    };
    if (fault && !fault.afterApplying) return fail();
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      if (fault) return fail();
      record.status = status;
      send(res, status, body, headers);
    };
    if (!record.authorized) return reply(401, { message: 'Bad credentials' });

    if (method === 'GET' && path === '/user') {
      return options.userEndpoint ? reply(200, { login, id: 1, type: 'User' }) : reply(403, { message: 'Resource not accessible by integration' });
    }
    if (method === 'POST' && path === '/graphql') {
      return options.viewer === false ? reply(403, { message: 'Resource not accessible by integration' }) : reply(200, { data: { viewer: { login } } });
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path);
    if (list) {
      const issue = `${list[1]}/${list[2]}#${list[3]}`;
      if (method === 'GET') {
        const { items, headers } = page(record, comments.filter((c) => c.issue === issue));
        return reply(200, items.map(apiComment), headers);
      }
      if (method === 'POST') {
        if (options.readOnly) return reply(403, { message: 'Resource not accessible by integration' });
        return reply(201, apiComment(addComment(issue, String(record.body?.body ?? ''), login)));
      }
    }
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path);
    if (one) {
      const comment = comments.find((c) => c.id === Number(one[3]));
      if (!comment) return reply(404, { message: 'Not Found' });
      if (options.readOnly && method !== 'GET') return reply(403, { message: 'Resource not accessible by integration' });
      if (method === 'PATCH') {
        comment.body = String(record.body?.body ?? '');
        return reply(200, apiComment(comment));
      }
      if (method === 'DELETE') {
        comments = comments.filter((c) => c !== comment);
        return reply(204, undefined);
      }
      if (method === 'GET') return reply(200, apiComment(comment));
    }
    const refused = () => reply(403, { message: 'Resource not accessible by integration' });

    const commitPulls = /^\/repos\/([^/]+\/[^/]+)\/commits\/([^/]+)\/pulls$/.exec(path);
    if (commitPulls && method === 'GET') {
      const found = pullRequests.filter((pr) => pr.repo === commitPulls[1] && (pr.headSha === commitPulls[2] || pr.mergeCommitSha === commitPulls[2]));
      const { items, headers } = page(record, found);
      return reply(200, items.map(apiPullRequest), headers);
    }
    const reviewList = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/reviews$/.exec(path);
    if (reviewList && method === 'GET') {
      const key = `${reviewList[1]}#${reviewList[2]}`;
      const { items, headers } = page(record, reviews.get(key) ?? []);
      return reply(200, items.map((r) => apiReview(key, r)), headers);
    }
    const team = /^\/orgs\/([^/]+)\/teams\/([^/]+)(?:\/memberships\/([^/]+))?$/.exec(path);
    if (team && method === 'GET') {
      if (options.teamsReadable === false) return refused();
      const members = teams.get(`${team[1]}/${team[2]}`.toLowerCase());
      if (!members) return reply(404, { message: 'Not Found' });
      if (team[3] === undefined) return reply(200, { ...structuredClone(teamTemplate), name: team[2], slug: team[2], html_url: `https://github.com/orgs/${team[1]}/teams/${team[2]}` });
      if (!members.has(team[3].toLowerCase())) return reply(404, { message: 'Not Found' });
      return reply(200, { url: `${base}/teams/1/memberships/${team[3]}`, role: 'member', state: 'active' });
    }

    const deploymentList = /^\/repos\/([^/]+\/[^/]+)\/deployments$/.exec(path);
    if (deploymentList) {
      const repo = deploymentList[1]!;
      if (method === 'GET') {
        const found = deployments
          .filter((d) => d.repo === repo && (record.query['ref'] === undefined || d.ref === record.query['ref']) && (record.query['environment'] === undefined || d.environment === record.query['environment']))
          .reverse();
        const { items, headers } = page(record, found);
        return reply(200, items.map(apiDeployment), headers);
      }
      if (method === 'POST') {
        if (options.readOnly) return refused();
        const b = record.body ?? {};
        if (typeof b.ref !== 'string' || b.ref === '') return reply(422, { message: 'Invalid request.\n\n"ref" wasn\'t supplied.' });
        const d: FakeDeployment = {
          id: nextId++,
          repo,
          ref: b.ref,
          environment: String(b.environment ?? 'production'),
          description: String(b.description ?? ''),
          payload: typeof b.payload === 'object' && b.payload !== null ? b.payload : {},
          productionEnvironment: Boolean(b.production_environment ?? b.environment === 'production'),
          creator: login,
          createdAt: clock(),
          statuses: [],
        };
        deployments.push(d);
        return reply(201, apiDeployment(d));
      }
    }
    const statusList = /^\/repos\/([^/]+\/[^/]+)\/deployments\/(\d+)\/statuses$/.exec(path);
    if (statusList) {
      const d = deployments.find((x) => x.repo === statusList[1] && x.id === Number(statusList[2]));
      if (!d) return reply(404, { message: 'Not Found' });
      if (method === 'GET') {
        const { items, headers } = page(record, [...d.statuses].reverse());
        return reply(200, items.map((x) => apiDeploymentStatus(d, x)), headers);
      }
      if (method === 'POST') {
        if (options.readOnly) return refused();
        const b = record.body ?? {};
        const status: FakeDeploymentStatus = { id: nextId++, state: String(b.state), description: String(b.description ?? ''), environment: String(b.environment ?? d.environment), logUrl: String(b.log_url ?? ''), createdAt: clock() };
        d.statuses.push(status);
        return reply(201, apiDeploymentStatus(d, status));
      }
    }

    const issueList = /^\/repos\/([^/]+\/[^/]+)\/issues$/.exec(path);
    if (issueList) {
      const repo = issueList[1]!;
      if (method === 'GET') {
        const state = record.query['state'] ?? 'open';
        const found = issues
          .filter((i) => i.repo === repo && (state === 'all' || i.state === state) && (record.query['creator'] === undefined || i.login === record.query['creator']))
          .reverse();
        const { items, headers } = page(record, found);
        return reply(200, items.map(apiIssue), headers);
      }
      if (method === 'POST') {
        if (options.readOnly) return refused();
        const b = record.body ?? {};
        return reply(201, apiIssue(addIssue(repo, { title: String(b.title ?? ''), body: String(b.body ?? ''), login, labels: Array.isArray(b.labels) ? b.labels.map(String) : [] })));
      }
    }
    const oneIssue = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)$/.exec(path);
    if (oneIssue) {
      const issue = issues.find((i) => i.repo === oneIssue[1] && i.number === Number(oneIssue[2]));
      if (!issue) return reply(404, { message: 'Not Found' });
      if (method === 'GET') return reply(200, apiIssue(issue));
      if (method === 'PATCH') {
        if (options.readOnly) return refused();
        const b = record.body ?? {};
        if (typeof b.title === 'string') issue.title = b.title;
        if (typeof b.body === 'string') issue.body = b.body;
        if (b.state === 'open' || b.state === 'closed') {
          issue.state = b.state;
          issue.stateReason = b.state === 'closed' ? String(b.state_reason ?? 'completed') : b.state_reason === 'reopened' ? 'reopened' : null;
        }
        return reply(200, apiIssue(issue));
      }
    }

    const checkRunList = /^\/repos\/([^/]+\/[^/]+)\/commits\/([^/]+)\/check-runs$/.exec(path);
    if (checkRunList && method === 'GET') {
      const found = checkRuns.filter((c) => c.repo === checkRunList[1] && c.headSha === checkRunList[2] && (record.query['check_name'] === undefined || c.name === record.query['check_name'])).reverse();
      const { items, headers } = page(record, found);
      return reply(200, { total_count: found.length, check_runs: items.map(apiCheckRun) }, headers);
    }
    const checkRunWrite = /^\/repos\/([^/]+\/[^/]+)\/check-runs(?:\/(\d+))?$/.exec(path);
    if (checkRunWrite && (method === 'POST' || method === 'PATCH')) {
      if (options.readOnly) return refused();
      const b = record.body ?? {};
      const fields = (c: FakeCheckRun) => {
        if (typeof b.status === 'string') c.status = b.status;
        if (typeof b.conclusion === 'string') c.conclusion = b.conclusion;
        if (typeof b.external_id === 'string') c.externalId = b.external_id;
        if (typeof b.details_url === 'string') c.detailsUrl = b.details_url;
        if (b.output) c.output = structuredClone(b.output);
      };
      if (method === 'POST' && checkRunWrite[2] === undefined) {
        if (typeof b.name !== 'string' || typeof b.head_sha !== 'string') return reply(422, { message: 'Invalid request.\n\n"name" and "head_sha" are required.' });
        if ((b.output?.annotations?.length ?? 0) > 50) return reply(422, { message: 'Only 50 annotations are allowed per request.' });
        const created: FakeCheckRun = { id: nextId++, repo: checkRunWrite[1]!, name: b.name, headSha: b.head_sha, status: 'queued', conclusion: null, externalId: null, detailsUrl: null, output: {} };
        fields(created);
        checkRuns.push(created);
        return reply(201, apiCheckRun(created));
      }
      if (method === 'PATCH' && checkRunWrite[2] !== undefined) {
        const existing = checkRuns.find((c) => c.repo === checkRunWrite[1] && c.id === Number(checkRunWrite[2]));
        if (!existing) return reply(404, { message: 'Not Found' });
        fields(existing);
        return reply(200, apiCheckRun(existing));
      }
    }
    const workflowDispatch = /^\/repos\/([^/]+\/[^/]+)\/actions\/workflows\/([^/]+)\/dispatches$/.exec(path);
    if (workflowDispatch && method === 'POST') {
      if (options.readOnly) return refused();
      if (typeof record.body?.ref !== 'string') return reply(422, { message: 'Invalid request.\n\n"ref" wasn\'t supplied.' });
      dispatches.push({ repo: workflowDispatch[1]!, kind: 'workflow_dispatch', target: decodeURIComponent(workflowDispatch[2]!), ref: record.body.ref, inputs: record.body.inputs ?? {} });
      return reply(204, undefined);
    }
    const repositoryDispatch = /^\/repos\/([^/]+\/[^/]+)\/dispatches$/.exec(path);
    if (repositoryDispatch && method === 'POST') {
      if (options.readOnly) return refused();
      if (typeof record.body?.event_type !== 'string') return reply(422, { message: 'Invalid request.\n\n"event_type" wasn\'t supplied.' });
      dispatches.push({ repo: repositoryDispatch[1]!, kind: 'repository_dispatch', target: record.body.event_type, clientPayload: record.body.client_payload ?? {} });
      return reply(204, undefined);
    }
    return reply(404, { message: 'Not Found' });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    // GitHub Enterprise Server serves the REST API under /api/v3 and GraphQL at /api/graphql.
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api\/graphql$/, '/graphql');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      url: url.pathname + url.search,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      authorized: req.headers.authorization === `token ${options.token}` || req.headers.authorization === `Bearer ${options.token}`,
    };
    requests.push(record);
    readBody(req)
      .then((body) => {
        if (body !== undefined) record.body = body;
        return handle(req, res, record);
      })
      .catch((error: unknown) => {
        record.status = 500;
        send(res, 500, { message: String(error) });
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    faults,
    options,
    comments: (issue) => comments.filter((c) => c.issue === issue),
    addComment,
    addPullRequest: (pr) => void pullRequests.push({ ...pr }),
    addReview(pr, review) {
      const head = pullRequests.find((p) => `${p.repo}#${p.number}` === pr)?.headSha;
      const commitId = review.commitId !== undefined ? review.commitId : (head ?? (reviewTemplate['commit_id'] as string));
      const created: FakeReview = { id: nextId++, author: review.author, state: review.state, submittedAt: review.submittedAt ?? clock(), association: review.association ?? 'MEMBER', commitId };
      reviews.set(pr, [...(reviews.get(pr) ?? []), created]);
      return created;
    },
    addTeam: (team, members) => void teams.set(team.toLowerCase(), new Set(members.map((m) => m.toLowerCase()))),
    deployments: (repo) => deployments.filter((d) => d.repo === repo),
    issues: (repo) => issues.filter((i) => i.repo === repo),
    addIssue: (repo, issue) => addIssue(repo, issue),
    dispatches,
    checkRuns: (repo) => checkRuns.filter((c) => c.repo === repo),
    reset() {
      checkRuns = [];
      comments = [];
      pullRequests = [];
      reviews = new Map();
      teams = new Map();
      deployments = [];
      issues = [];
      dispatches.length = 0;
      requests.length = 0;
      faults.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
