// Git in bulk, for promote and audit: every tag with its message in one `git for-each-ref`, the
// first-parent history with the files each commit changed in one `git log`, blobs through one
// `git cat-file --batch` — never one process per tag or per commit. Paths are relative to the
// repository folder (which may sit inside a larger git work tree), like GitReader's.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError, gitOk, OID, runGit } from './exec.js';

export interface TagRecord {
  name: string;
  /** `tag` for an annotated tag; `commit` for a lightweight one (no tagger, date or message). */
  objectType: string;
  /** The commit the tag resolves to; undefined when it points at something else (a tree, a blob). */
  commit?: string;
  tagger?: { name: string; email: string; /** ISO 8601 with the tagger's offset. */ date: string };
  /** First paragraph of the message. */
  subject: string;
  /** The rest of the message, without a signature, as bytes: evidence is read in part (see parseEvidenceHeader). */
  body: Buffer;
  /** The signature block appended to the message, when signed ('' otherwise). */
  signature: string;
}

export interface FileChange {
  path: string;
  /** Blob id after the commit; null when the commit deleted the file. */
  blob: string | null;
}

export interface HistoryCommit {
  sha: string;
  /** Committer date, ISO 8601. */
  time: string;
  author: string;
  subject: string;
  /** Files changed against the first parent (everything, for the root commit). */
  changes: FileChange[];
}

export interface SignatureCheck {
  status: 'good' | 'bad' | 'unverified';
  /** What git said, first line. */
  detail: string;
}

export interface GitHistory {
  /** The branch HEAD is on (`main`), undefined when detached. */
  currentBranch(): Promise<string | undefined>;
  /** Every tag (refs/tags/*) with its tagger, message and signature. */
  tagRecords(): Promise<TagRecord[]>;
  /** Commits on the first-parent line of `ref`, oldest first, with the files each changed. */
  firstParentHistory(ref: string): Promise<HistoryCommit[]>;
  /** Blob ids of files at commits (undefined where absent), in the order asked. */
  blobIds(specs: readonly { commit: string; path: string }[]): Promise<(string | undefined)[]>;
  /** Contents of blobs by id. */
  readBlobs(ids: readonly string[]): Promise<Map<string, Buffer>>;
  /** sha256 (hex) of blobs by id, streamed: a large artifact is never held in memory whole. */
  hashBlobs(ids: readonly string[]): Promise<Map<string, string>>;
  /**
   * `git verify-tag` for each tag (run only for signed tags: all in one process, else one each, a few
   * at a time). `allowedSigners`: the content of an SSH allowed signers file to verify against
   * (instead of the git config's gpg.ssh.allowedSignersFile).
   */
  verifyTags(names: readonly string[], options?: { allowedSigners?: Uint8Array }): Promise<Map<string, SignatureCheck>>;
  /** Tracked files that differ from HEAD (staged or not). */
  uncommittedChanges(): Promise<string[]>;
}

const TAG_FIELDS = [
  '%(refname:strip=2)',
  '%(objecttype)',
  '%(objectname)',
  '%(*objecttype)',
  '%(*objectname)',
  '%(taggername)',
  '%(taggeremail)',
  '%(taggerdate:iso-strict)',
  '%(contents:subject)',
  '%(contents:body)',
  '%(contents:signature)',
];

/**
 * Parses `git for-each-ref` output written with TAG_FIELDS, each field NUL-terminated (and a newline
 * after each record). Fields are decoded one by one from the buffer: the output is about 50 KB per
 * tag with evidence, and one string of all of it would only be split again.
 */
export function parseTagRecords(output: Buffer): TagRecord[] {
  const records: TagRecord[] = [];
  const fields: string[] = [];
  const BODY = TAG_FIELDS.indexOf('%(contents:body)');
  let body: Buffer = Buffer.alloc(0);
  let start = 0;
  while (start < output.length) {
    const end = output.indexOf(0, start);
    if (end < 0) break;
    // The newline for-each-ref writes after a record starts the next record's first field.
    const from = fields.length === 0 && output[start] === 10 ? start + 1 : start;
    if (fields.length === BODY) body = output.subarray(from, end);
    fields.push(fields.length === BODY ? '' : output.toString('utf8', from, end));
    start = end + 1;
    if (fields.length < TAG_FIELDS.length) continue;
    const [name, type, object, peeledType, peeled, taggerName, taggerEmail, date, subject, , signature] = fields.splice(0) as [string, string, string, string, string, string, string, string, string, string, string];
    if (name === '') continue;
    const record: TagRecord = { name, objectType: type, subject, body, signature };
    if (type === 'commit') record.commit = object;
    else if (type === 'tag' && peeledType === 'commit') record.commit = peeled;
    if (type === 'tag' && date !== '') record.tagger = { name: taggerName, email: taggerEmail.replace(/^<|>$/g, ''), date };
    records.push(record);
  }
  return records;
}

/** Parses `git log -z --raw` output whose format starts each commit with \x01 and NUL-separated sha, date, author, subject. */
export function parseHistory(text: string, prefix: string): HistoryCommit[] {
  const commits: HistoryCommit[] = [];
  for (const record of text.split('\x01')) {
    if (record === '') continue;
    const tokens = record.split('\0');
    const [sha, time, author, subject] = tokens as [string, string, string, string];
    const changes: FileChange[] = [];
    for (let i = 4; i + 1 < tokens.length; ) {
      const meta = tokens[i]!.replace(/^\n/, '');
      if (!meta.startsWith(':')) {
        i += 1;
        continue;
      }
      const path = tokens[i + 1]!;
      i += 2;
      if (!path.startsWith(prefix)) continue;
      // `:<old mode> <new mode> <old blob> <new blob> <status>`
      const parts = meta.split(' ');
      const status = parts[4] ?? '';
      changes.push({ path: path.slice(prefix.length), blob: status.startsWith('D') ? null : (parts[3] ?? null) });
    }
    commits.push({ sha, time, author, subject, changes });
  }
  return commits.reverse();
}

/** Reads `git cat-file --batch` output as it streams: a header line, then exactly `size` bytes and a newline. */
class BatchReader {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private current: { id: string; remaining: number; sink: (chunk: Buffer) => void; done: () => void } | undefined;
  private skipNewline = false;

  constructor(private readonly open: (id: string, size: number) => { sink: (chunk: Buffer) => void; done: () => void }) {}

  push(chunk: Buffer): void {
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
          this.current = undefined;
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
      const header = Buffer.concat([...this.pending, data.subarray(0, newline)]).toString('utf8');
      this.pending = [];
      this.pendingBytes = 0;
      data = data.subarray(newline + 1);
      const [id, type, size] = header.split(' ');
      if (type === 'missing' || size === undefined) continue; // asked for something absent: nothing follows
      const handler = this.open(id!, Number(size));
      this.current = { id: id!, remaining: Number(size), sink: handler.sink, done: handler.done };
      if (this.current.remaining === 0) {
        handler.done();
        this.current = undefined;
        this.skipNewline = true;
      }
    }
  }
}

/** The path of `root` inside its git work tree (`ml/` or ''); a GitError, naming no runner path, outside one. */
export async function repositoryPrefix(root: string): Promise<string> {
  const top = await runGit(root, ['rev-parse', '--show-prefix']);
  // Messages end up in reports and PR comments: no runner paths, and git's own message names none either.
  if (top.code !== 0) throw new GitError(`the repository is not inside a git repository (${top.stderr.trim().replace(/^fatal: /, '').split(root).join('.')})`);
  return top.stdout.toString('utf8').trim();
}

/**
 * Every tag's record, as GitHistory.tagRecords, without first asking git for the folder's prefix (the tags are
 * the repository's, whatever the folder): one git process, not two, for the approvals gate (issue 18: a
 * process spawned after onnxruntime is loaded costs ~10 ms). Outside a git repository, the error is
 * openGitHistory's.
 */
export async function readTagRecords(root: string): Promise<TagRecord[]> {
  const run = await runGit(root, ['for-each-ref', `--format=${TAG_FIELDS.join('%00')}%00`, 'refs/tags']);
  if (run.code !== 0) {
    await repositoryPrefix(root);
    throw new GitError(`git for-each-ref failed: ${run.stderr.trim() || `exit ${run.code}`}`);
  }
  return parseTagRecords(run.stdout);
}

export async function openGitHistory(root: string): Promise<GitHistory> {
  return gitHistory(root, await repositoryPrefix(root));
}

/** The bulk reads of the repository folder at `prefix` of its work tree (see repositoryPrefix). */
export function gitHistory(root: string, prefix: string): GitHistory {

  async function batch(ids: readonly string[], open: (id: string, size: number) => { sink: (chunk: Buffer) => void; done: () => void }): Promise<void> {
    const unique = [...new Set(ids)].filter((id) => OID.test(id));
    if (unique.length === 0) return;
    const reader = new BatchReader(open);
    const run = await runGit(root, ['cat-file', '--batch'], { input: unique.join('\n') + '\n', onStdout: (chunk) => reader.push(chunk) });
    if (run.code !== 0) throw new GitError(`git cat-file --batch failed: ${run.stderr.trim()}`);
  }

  return {
    async currentBranch() {
      const run = await runGit(root, ['symbolic-ref', '--short', '-q', 'HEAD']);
      const name = run.stdout.toString('utf8').trim();
      return run.code === 0 && name !== '' ? name : undefined;
    },

    tagRecords: () => readTagRecords(root),

    async firstParentHistory(ref) {
      if (ref.startsWith('-')) throw new GitError(`'${ref}' is not a valid git ref`);
      const out = await gitOk(root, [
        'log',
        '--first-parent',
        '--diff-merges=first-parent',
        '--raw',
        '--no-abbrev',
        '--no-renames',
        '--root',
        '-z',
        '--format=%x01%H%x00%cI%x00%an%x00%s',
        ref,
        '--',
      ]);
      return parseHistory(out.toString('utf8'), prefix);
    },

    async blobIds(specs) {
      if (specs.length === 0) return [];
      for (const { path } of specs) if (path.includes('\n')) throw new GitError(`path '${path}' contains a line break`);
      const input = specs.map(({ commit, path }) => `${commit}:${prefix}${path}`).join('\n') + '\n';
      const out = await gitOk(root, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input });
      const lines = out.toString('utf8').split('\n');
      return specs.map((_, i) => {
        const [id, type] = (lines[i] ?? '').split(' ');
        return type === 'blob' ? id : undefined;
      });
    },

    async readBlobs(ids) {
      const blobs = new Map<string, Buffer>();
      await batch(ids, (id) => {
        const chunks: Buffer[] = [];
        return { sink: (chunk) => chunks.push(Buffer.from(chunk)), done: () => blobs.set(id, Buffer.concat(chunks)) };
      });
      return blobs;
    },

    async hashBlobs(ids) {
      const digests = new Map<string, string>();
      await batch(ids, (id) => {
        const hash = createHash('sha256');
        return { sink: (chunk) => hash.update(chunk), done: () => digests.set(id, hash.digest('hex')) };
      });
      return digests;
    },

    async verifyTags(names, options = {}) {
      if (options.allowedSigners === undefined) return verifyTagsWith(names, []);
      const dir = await mkdtemp(join(tmpdir(), 'modelops-signers-'));
      try {
        const file = join(dir, 'allowed_signers');
        await writeFile(file, options.allowedSigners);
        return await verifyTagsWith(names, ['-c', `gpg.ssh.allowedSignersFile=${file}`]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },

    async uncommittedChanges() {
      const out = await gitOk(root, ['status', '--porcelain', '-z', '--untracked-files=no', '--', '.']);
      return out
        .toString('utf8')
        .split('\0')
        .filter((entry) => entry.length > 3)
        .map((entry) => entry.slice(3));
    },
  };

  async function verifyTagsWith(names: readonly string[], config: readonly string[]): Promise<Map<string, SignatureCheck>> {
    const results = new Map<string, SignatureCheck>();
    const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    const GOOD = /good (".*" )?signature/i;
    // All at once first: when every signature is good (the usual case), one process, one "Good" line per tag in order.
    if (names.length > 1) {
      const all = await runGit(root, [...config, 'verify-tag', '--', ...names]);
      const good = linesOf(all.stderr).filter((l) => GOOD.test(l));
      if (all.code === 0 && good.length === names.length) {
        names.forEach((name, i) => results.set(name, { status: 'good', detail: good[i]! }));
        return results;
      }
    }
    // Otherwise each on its own, a few at a time, to tell which fail and why.
    const queue = [...names];
    const worker = async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const run = await runGit(root, [...config, 'verify-tag', '--', name]);
        const said = linesOf(run.stderr);
        // Why it is not trusted says more than the "Good signature with key …" ssh-keygen prints before it.
        const why = run.code === 0 ? undefined : said.find((l) => /no principal|not trusted|untrusted|no public key|can't check|needs to be configured|error|fail/i.test(l));
        const detail = why ?? said.find((l) => /good|bad|signature|key/i.test(l)) ?? said[0] ?? `exit ${run.code}`;
        const status = run.code === 0 ? 'good' : said.some((l) => /\bbad\b.*signature|BADSIG|signature.*\bbad\b|verification failed/i.test(l)) ? 'bad' : 'unverified';
        results.set(name, { status, detail });
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, queue.length) }, worker));
    return results;
  }
}
