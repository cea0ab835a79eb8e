// A loopback stand-in for the GitHub REST API (issue comments, /user, the GraphQL viewer) that records
// every request and can be told to fail. Comments are shaped like GitHub's, from the real
// issue_comment webhook payload in @octokit/webhooks-examples. Listens on 127.0.0.1 only.
import { createRequire } from 'node:module';
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
  const addComment = (issue: string, body: string, login: string): FakeComment => {
    const comment = { id: nextId++, issue, body, login };
    comments.push(comment);
    return comment;
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
        const perPage = Math.min(Number(record.query['per_page'] ?? 30), 100);
        const page = Number(record.query['page'] ?? 1);
        const all = comments.filter((c) => c.issue === issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const link = (p: number, rel: string) => `<${base}${record.url.split('?')[0]}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
        return reply(200, all.slice((page - 1) * perPage, page * perPage).map(apiComment), links.length ? { link: links.join(', ') } : {});
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
    reset() {
      comments = [];
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
