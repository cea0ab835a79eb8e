// DuckDB, the embedded engine of `monitoring.current.query`: the only importer of @duckdb/node-api, loaded
// on the first query, never on import. It is an optional add-on, not bundled in dist/ (its Linux x64
// binding alone is 68 MB, past dist/'s 60 MB budget): the CLI finds it where npm installed it beside
// modelops (a devDependency here; an optional peer dependency of the published package), and the Action,
// which has no node_modules of its own, also looks in the repository and in $GITHUB_WORKSPACE, where a
// workflow step `npm install --no-save @duckdb/node-api@<version>` puts it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The version package.json pins (and the peer dependency names): the one the docs tell users to install. */
export const DUCKDB_PACKAGE = '@duckdb/node-api';
export const DUCKDB_VERSION = '1.5.6-r.1';

export interface DuckDBReader {
  columnNames(): string[];
  columnTypes(): { toString(): string }[];
  getColumnsJS(): unknown[][];
  getRowsJson(): unknown[][];
  readonly currentRowCount: number;
}

export interface DuckDBConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<DuckDBReader & { getRowObjects(): Record<string, unknown>[] }>;
  closeSync(): void;
}

interface NodeApi {
  DuckDBInstance: { create(path?: string, options?: Record<string, string>): Promise<{ connect(): Promise<DuckDBConnection>; closeSync(): void }> };
}

/** DuckDB is not installed where modelops looks for it, or it cannot load on this platform. */
export class DuckDBUnavailableError extends Error {}

const installHint = `install the optional add-on beside modelops: npm install --no-save ${DUCKDB_PACKAGE}@${DUCKDB_VERSION} (in the Action: a step that runs it in the working directory before modelops; the Action does not bundle DuckDB)`;

function resolveFrom(directory: string): string | undefined {
  try {
    return createRequire(join(directory, 'package.json')).resolve(DUCKDB_PACKAGE);
  } catch {
    return undefined;
  }
}

/**
 * Where @duckdb/node-api is: beside modelops first (unless `besideModelops` is false, as for the Action's
 * dist/, which has no node_modules), then in the given directories (the repository, the workspace).
 */
export function duckdbEntry(directories: readonly string[] = [], besideModelops = true): string | undefined {
  for (const directory of [...(besideModelops ? [dirname(fileURLToPath(import.meta.url))] : []), ...directories]) {
    const entry = resolveFrom(directory);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

export const duckdbAvailable = (directories: readonly string[] = []): boolean => duckdbEntry(directories) !== undefined;

/** The installed package's version, read from its package.json beside the entry. */
function packageVersion(entry: string): string {
  let directory = dirname(entry);
  for (let i = 0; i < 4; i++, directory = dirname(directory)) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === DUCKDB_PACKAGE) return manifest.version ?? 'unknown';
    } catch {
      // not this directory
    }
  }
  return 'unknown';
}

export interface OpenDuckDB {
  connection: DuckDBConnection;
  /** e.g. `DuckDB v1.5.2 (@duckdb/node-api 1.5.6-r.1)`. */
  engine: string;
  close(): void;
}

/**
 * A new in-memory DuckDB. `options` are DuckDB settings (e.g. file_search_path, so relative file names in a
 * query resolve against the repository root); `directories` are searched for the package after modelops' own.
 */
export async function openDuckDB(options: { settings?: Record<string, string>; directories?: readonly string[]; besideModelops?: boolean } = {}): Promise<OpenDuckDB> {
  const entry = duckdbEntry(options.directories, options.besideModelops);
  if (entry === undefined) throw new DuckDBUnavailableError(`a query needs DuckDB, which is not installed: ${installHint}`);
  let api: NodeApi;
  try {
    const module = (await import(pathToFileURL(entry).href)) as NodeApi & { default?: NodeApi };
    api = module.DuckDBInstance ? module : module.default!;
  } catch (error) {
    throw new DuckDBUnavailableError(`DuckDB (${entry}) cannot be loaded on ${process.platform}-${process.arch}: ${(error as Error).message.split('\n')[0]}; ${installHint}`);
  }
  const instance = await api.DuckDBInstance.create(':memory:', options.settings ?? {});
  const connection = await instance.connect();
  const version = (await connection.runAndReadAll('SELECT version() AS v')).getRowsJson()[0]?.[0];
  return {
    connection,
    engine: `DuckDB ${String(version)} (${DUCKDB_PACKAGE} ${packageVersion(entry)})`,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
