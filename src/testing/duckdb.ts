// DuckDB for tests: the root devDependency @duckdb/node-api (also the engine of `monitoring.current.query`,
// src/io/data/duckdb.ts). Undefined when it is not installed (an `npm ci --omit=dev` or a platform without
// a binding), so the tests that need it skip with the reason; in CI a missing DuckDB fails instead.
import { availableOrFailInCi } from './environment.js';
import { duckdbAvailable, openDuckDB, type DuckDBConnection } from '../io/data/duckdb.js';

export type { DuckDBConnection };

export const DUCKDB_MISSING = 'DuckDB (@duckdb/node-api) is not installed (run npm ci): the warehouse SQL is not run';

/** A new in-memory DuckDB connection, or undefined without @duckdb/node-api. */
export async function duckdbConnection(): Promise<DuckDBConnection | undefined> {
  if (!duckdbAvailable()) return undefined;
  return (await openDuckDB()).connection;
}

/** Whether @duckdb/node-api is installed; in CI (CI=true) a missing DuckDB throws instead of skipping. */
export const duckdbInstalled = (): boolean => availableOrFailInCi(duckdbAvailable(), DUCKDB_MISSING);
