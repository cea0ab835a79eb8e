// Files of the repository on disk: reading, hashing, confinement to the repository, manifest discovery.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import type { FileFacts } from '../core/validate/paths.js';
import { DataFormatError, formatOf, readColumns, type DataFormat } from './data/columns.js';

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const isNotFound = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR';

/** The repository root as the file system resolves it; every path is checked against it. */
export class RepoFiles {
  private readonly facts = new Map<string, Promise<FileFacts>>();

  private constructor(
    /** The root as the user gave it, for messages. */
    readonly displayRoot: string,
    readonly realRoot: string,
  ) {}

  static async open(root: string): Promise<RepoFiles> {
    let real: string;
    try {
      real = await realpath(root);
    } catch (error) {
      throw new Error(isNotFound(error) ? `repository directory '${root}' does not exist` : `cannot open repository '${root}': ${(error as Error).message}`);
    }
    if (!(await stat(real)).isDirectory()) throw new Error(`repository '${root}' is not a directory`);
    return new RepoFiles(root, real);
  }

  absolute(relPath: string): string {
    return resolve(this.realRoot, relPath);
  }

  /** Repository-relative form (forward slashes) of a path given on the command line. */
  relativeFromCwd(path: string): string {
    const abs = isAbsolute(path) ? path : resolve(process.cwd(), path);
    return relative(this.realRoot, abs).split(sep).join('/');
  }

  /** Reads a file that must be inside the repository; undefined when it does not exist. */
  async read(relPath: string): Promise<Buffer | undefined> {
    const facts = await this.locate(relPath);
    if (facts.status === 'missing') return undefined;
    if (facts.status === 'escapes') throw new Error(`'${relPath}' resolves outside the repository (to ${facts.target})`);
    if (facts.status === 'not-a-file') throw new Error(`'${relPath}' is not a regular file`);
    return readFile(this.absolute(relPath));
  }

  /** Existence and confinement: lexical `..` is the caller's check; symlinks are resolved here. */
  private async locate(relPath: string): Promise<FileFacts> {
    const abs = this.absolute(relPath);
    try {
      await lstat(abs);
    } catch (error) {
      if (isNotFound(error)) return { status: 'missing' };
      throw error;
    }
    let target: string;
    try {
      target = await realpath(abs);
    } catch (error) {
      // A dangling symlink: report where it points if it leaves the repository, else as missing.
      if (isNotFound(error)) return { status: 'missing' };
      throw error;
    }
    if (target !== this.realRoot && !target.startsWith(this.realRoot + sep)) return { status: 'escapes', target };
    return (await stat(target)).isFile() ? { status: 'file' } : { status: 'not-a-file' };
  }

  /** Facts about a referenced file: existence, confinement, hash, column names. Cached per path and request. */
  inspect(relPath: string, want: { hash: boolean; columns: boolean; format?: DataFormat }): Promise<FileFacts> {
    const key = `${relPath}\0${want.hash}\0${want.columns}\0${want.format ?? ''}`;
    let facts = this.facts.get(key);
    if (!facts) {
      facts = this.computeFacts(relPath, want);
      this.facts.set(key, facts);
    }
    return facts;
  }

  private async computeFacts(relPath: string, want: { hash: boolean; columns: boolean; format?: DataFormat }): Promise<FileFacts> {
    const located = await this.locate(relPath);
    if (located.status !== 'file') return located;
    const abs = this.absolute(relPath);
    const facts: FileFacts = { status: 'file' };
    if (want.hash) facts.sha256 = await sha256File(abs);
    if (want.columns) {
      const format = formatOf(relPath, want.format);
      if (format === undefined) facts.columnsError = 'unknown data format: use a .csv, .jsonl or .parquet file, or set `format`';
      else {
        try {
          facts.columns = await readColumns(abs, format);
        } catch (error) {
          if (!(error instanceof DataFormatError)) throw error;
          facts.columnsError = error.message;
        }
      }
    }
    return facts;
  }

  /** Manifest files matching the policy's globs, sorted; symlinked directories are not followed. */
  async findManifests(patterns: readonly string[]): Promise<string[]> {
    const found = await glob([...patterns], { cwd: this.realRoot, onlyFiles: true, followSymbolicLinks: false, dot: false, expandDirectories: false });
    return found.sort();
  }
}
