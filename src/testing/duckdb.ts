// DuckDB for tests, from tools/duckdb (`npm run setup:duckdb`); undefined when it is not installed, so the
// tests that need it skip with the reason. Typed structurally: the package is not a root dependency.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableOrFailInCi } from './environment.js';

const toolDir = resolve(import.meta.dirname, '..', '..', 'tools', 'duckdb');

export interface DuckDBConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[] }>;
  closeSync(): void;
}

export const DUCKDB_MISSING = 'DuckDB is not installed (run npm run setup:duckdb): the warehouse SQL is not run';

/** A new in-memory DuckDB connection, or undefined without tools/duckdb. */
export async function duckdbConnection(): Promise<DuckDBConnection | undefined> {
  if (!existsSync(join(toolDir, 'node_modules', '@duckdb', 'node-api'))) return undefined;
  const entry = createRequire(join(toolDir, 'package.json')).resolve('@duckdb/node-api');
  const { DuckDBInstance } = (await import(pathToFileURL(entry).href)) as { DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckDBConnection> }> } };
  return (await DuckDBInstance.create(':memory:')).connect();
}

/** Whether tools/duckdb is installed; in CI (CI=true) a missing DuckDB throws instead of skipping. */
export const duckdbInstalled = (): boolean => availableOrFailInCi(existsSync(join(toolDir, 'node_modules', '@duckdb', 'node-api')), DUCKDB_MISSING);
