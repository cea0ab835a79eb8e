// One `git cat-file --batch` process answering a command's object reads in order — a file at a commit
// (`<commit>:<path>`), the commit a ref names (`<ref>^{commit}`) — instead of one git process per read
// (issue 18: a spawn costs the main thread ~3 ms of fork once the process is large, and git ~2 ms to start;
// the gate made five such reads). Started on the first read; while nothing is asked it holds no reference
// on the event loop, and after a second idle it ends (a long-lived process, the Action or a test run, does
// not keep idle git processes). A read the process cannot take (a name with a line break) or that finds
// it gone answers undefined through `fallback`, which the caller gives: the one-process-per-read way.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { startGit } from './exec.js';

export interface GitObject {
  oid: string;
  type: string;
  content: Buffer;
}

/** How long the process waits for the next read before it ends. */
const IDLE_MS = 1_000;

const HEADER = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) ([a-z]+) ([0-9]+)$/;

interface Pending {
  name: string;
  resolve: (object: GitObject | undefined | 'unavailable') => void;
}

/** Reads objects of the repository at `root` (a folder inside its work tree) through one `git cat-file --batch`. */
export class ObjectBatch {
  private child: ChildProcessWithoutNullStreams | undefined;
  private pending: Pending[] = [];
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  /** The object being read: its header, and how many bytes of content (plus the closing newline) it has. */
  private reading: { oid: string; type: string; size: number } | undefined;
  private idle: NodeJS.Timeout | undefined;
  /** git could not start, or ended while reading: every read goes to the fallback from then on. */
  private broken = false;

  constructor(private readonly root: string) {}

  /** The object `name` names; undefined when there is none; 'unavailable' when this process cannot say (use another way). */
  read(name: string): Promise<GitObject | undefined | 'unavailable'> {
    if (this.broken || name.includes('\n') || name.includes('\r') || name.length === 0) return Promise.resolve('unavailable');
    const child = this.process();
    if (!child) return Promise.resolve('unavailable');
    return new Promise((resolve) => {
      this.pending.push({ name, resolve });
      this.hold();
      child.stdin.write(`${name}\n`);
    });
  }

  /** Ends the process (a later read starts another). */
  close(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    const child = this.child;
    this.child = undefined;
    child?.stdin.end();
  }

  private process(): ChildProcessWithoutNullStreams | undefined {
    if (this.child) return this.child;
    let child: ChildProcessWithoutNullStreams;
    try {
      child = startGit(this.root, ['cat-file', '--batch']);
    } catch {
      this.broken = true;
      return undefined;
    }
    this.child = child;
    this.buffered = [];
    this.bufferedBytes = 0;
    this.reading = undefined;
    // a process close() ended had nothing left to answer: what it still says or does is not about the reads waiting now
    child.stdout.on('data', (chunk: Buffer) => this.child === child && this.receive(chunk));
    child.stderr.resume();
    child.stdin.on('error', () => undefined); // the exit below tells
    const ended = () => {
      if (this.child !== child) return;
      this.child = undefined;
      // whatever it had not answered, it will not: those reads go another way, and so does every later one
      if (this.pending.length > 0) this.broken = true;
      for (const waiting of this.pending.splice(0)) waiting.resolve('unavailable');
    };
    child.on('error', ended);
    child.on('close', ended);
    return child;
  }

  /** Keeps the event loop alive (and the process running) while reads wait. */
  private hold(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    const child = this.child;
    if (!child) return;
    child.ref();
    (child.stdout as Socket).ref();
  }

  /** Nothing waits: let the event loop end without the process, and end it after a while. */
  private release(): void {
    const child = this.child;
    if (!child) return;
    // the pipes are sockets; each holds the event loop until unreferenced
    child.unref();
    for (const stream of [child.stdout, child.stdin, child.stderr]) (stream as unknown as Socket).unref();
    this.idle = setTimeout(() => this.close(), IDLE_MS);
    this.idle.unref();
  }

  private receive(chunk: Buffer): void {
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    for (;;) {
      if (!this.reading) {
        const all = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered);
        const newline = all.indexOf(0x0a);
        if (newline < 0) {
          this.buffered = [all];
          return;
        }
        const header = all.subarray(0, newline).toString('utf8');
        const rest = all.subarray(newline + 1);
        this.buffered = rest.length > 0 ? [rest] : [];
        this.bufferedBytes = rest.length;
        const match = HEADER.exec(header);
        if (!match) {
          // `<name> missing` (or ambiguous): no object
          this.answer(undefined);
          continue;
        }
        this.reading = { oid: match[1]!, type: match[2]!, size: Number(match[3]) };
      }
      const { oid, type, size } = this.reading;
      if (this.bufferedBytes < size + 1) return;
      const all = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered, this.bufferedBytes);
      const content = all.subarray(0, size);
      const rest = all.subarray(size + 1);
      this.buffered = rest.length > 0 ? [rest] : [];
      this.bufferedBytes = rest.length;
      this.reading = undefined;
      this.answer({ oid, type, content });
    }
  }

  private answer(object: GitObject | undefined): void {
    this.pending.shift()?.resolve(object);
    if (this.pending.length === 0) this.release();
  }
}
