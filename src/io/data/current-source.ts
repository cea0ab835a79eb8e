// The current data of a drift run, from its source (monitoring.current, or --current): one file, every
// file a glob matches (new files are read without a manifest change), or a DuckDB query. Paths and globs
// stay inside their root — the repository, or $GITHUB_WORKSPACE with relative_to: workspace — lexically
// (no `..`, nothing absolute) and on disk (no symlink out of it); only an absolute --current is read where
// it is, as the caller's explicit choice. Nothing is pinned: what was read (each file's rows, size and
// sha256; the query, its engine and a digest of its result) is returned for the report.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { concatTables, type Column, type ColumnRequest, type Table } from '../../core/data/table.js';
import type { CurrentRead, CurrentSourceRecord } from '../../core/drift/report.js';
import type { CurrentSource } from '../../core/manifest/manifest.js';
import { globProblem, pathShapeProblem } from '../../core/manifest/validate/paths.js';
import { RepoFiles, sha256File } from '../repo-files.js';
import { DataFormatError, formatOf, readColumns } from './columns.js';
import { openDuckDB } from './duckdb.js';
import { readTable } from './read-table.js';
import { createBuilders, finishTable, storeValue } from './table-builder.js';

/** A problem with the source itself (not with the data in it), naming the field: nothing there, outside its root, a failing query. */
export class CurrentSourceError extends Error {
  constructor(
    message: string,
    /** The field or option at fault, e.g. monitoring.current.glob or --current. */
    readonly field: string,
  ) {
    super(message);
    this.name = 'CurrentSourceError';
  }
}

/** What to read: a declared source (and what to call it in messages), or an absolute file given on the command line. */
export type CurrentSpec = { source: CurrentSource; field: string } | { absolute: string };

export interface CurrentRequest {
  /** The features, as the manifest declares them. */
  features: ColumnRequest[];
  /** Read (and `labelled`) when every input has it. */
  label?: ColumnRequest;
  /** Columns every input must have, read as text: the timestamp and the id. */
  timestamp?: string;
  id?: string;
}

export interface CurrentData {
  /** The features, and the label when labelled. */
  table: Table;
  labelled: boolean;
  /** The timestamp and id columns as read (text), row for row with the table: what chunking by period and joining labels need. */
  keys: { timestamp?: Column; id?: Column };
  read: CurrentRead;
}

export interface CurrentContext {
  files: RepoFiles;
  /** $GITHUB_WORKSPACE, for relative_to: workspace (the repository root without it). */
  workspace?: string;
  progress?: (message: string) => void;
}

interface FileInput {
  absolute: string;
  display: string;
}

/** The inputs of a path or glob source, each confined to its root and existing as a regular file. */
async function fileInputs(source: CurrentSource, field: string, context: CurrentContext): Promise<{ inputs: FileInput[]; dataset: string }> {
  const inWorkspace = source.relative_to === 'workspace' && context.workspace !== undefined;
  const root = inWorkspace ? await RepoFiles.open(context.workspace!) : context.files;
  const rootName = inWorkspace ? 'the workspace ($GITHUB_WORKSPACE)' : `the repository ${context.files.displayRoot}`;
  const shown = (relative: string): string => (inWorkspace ? `$GITHUB_WORKSPACE/${relative}` : relative);
  const confined = async (relative: string, what: string): Promise<FileInput> => {
    const facts = await root.inspect(relative, { hash: false, columns: false });
    if (facts.status === 'missing') throw new CurrentSourceError(`${what} does not exist in ${rootName}${facts.similar ? ` (did you mean '${facts.similar}'?)` : ''}`, field);
    if (facts.status === 'escapes') throw new CurrentSourceError(`${what} is a symlink that resolves outside ${rootName}`, field);
    if (facts.status === 'not-a-file') throw new CurrentSourceError(`${what} is not a regular file`, field);
    if (facts.status === 'unreadable') throw new CurrentSourceError(`${what} cannot be read: ${facts.reason}`, field);
    return { absolute: root.absolute(relative), display: shown(relative) };
  };
  if (source.path !== undefined) {
    const problem = pathShapeProblem(source.path);
    if (problem) throw new CurrentSourceError(`${field} '${source.path}' ${problem}; give a path inside ${rootName}`, field);
    return { inputs: [await confined(source.path, `${field} '${source.path}'`)], dataset: shown(source.path) };
  }
  const pattern = source.glob!;
  const problem = globProblem(pattern);
  if (problem) throw new CurrentSourceError(`${field} '${pattern}' ${problem}; globs match inside ${rootName} only`, field);
  // Symlinks are listed (not silently skipped), so one that leaves the root is refused by name below.
  const matched = (await glob(pattern, { cwd: root.realRoot, onlyFiles: true, followSymbolicLinks: true, dot: false, expandDirectories: false }))
    .filter((path) => pathShapeProblem(path) === undefined)
    .sort();
  if (matched.length === 0) throw new CurrentSourceError(`${field} '${pattern}' matches no file in ${rootName}`, field);
  const inputs: FileInput[] = [];
  for (const path of matched) inputs.push(await confined(path, `'${path}' (matched by ${field} '${pattern}')`));
  return { inputs, dataset: shown(pattern) };
}

const unique = (columns: readonly ColumnRequest[]): ColumnRequest[] => columns.filter((c, i) => columns.findIndex((d) => d.name === c.name) === i);

/** The columns to load, and which of them are only there for the record (timestamp, id). */
function plan(request: CurrentRequest, labelled: boolean): { columns: ColumnRequest[]; extra: string[] } {
  const wanted = [...request.features, ...(labelled && request.label ? [request.label] : [])];
  const extra = [request.timestamp, request.id].filter((c): c is string => c !== undefined && !wanted.some((w) => w.name === c));
  return { columns: unique([...wanted, ...extra.map((name) => ({ name, kind: 'categorical' as const }))]), extra };
}

/** Earliest and latest parseable timestamp, ISO 8601. */
function span(table: Table, column: string): { first?: string; last?: string } {
  const values = table.columns.get(column);
  if (!values) return {};
  let first = Infinity;
  let last = -Infinity;
  if (values.kind === 'categorical') {
    const parsed = values.categories.map((text) => Date.parse(text));
    for (const code of values.codes) {
      const ms = code < 0 ? NaN : parsed[code]!;
      if (ms < first) first = ms;
      if (ms > last) last = ms;
    }
  }
  return Number.isFinite(first) ? { first: new Date(first).toISOString(), last: new Date(last).toISOString() } : {};
}

function finish(table: Table, labelled: boolean, request: CurrentRequest, extra: readonly string[], dataset: string, sources: CurrentSourceRecord[]): CurrentData {
  const read: CurrentRead = { dataset, rows: table.rowCount, sources };
  if (request.timestamp !== undefined) read.timestamp = { column: request.timestamp, ...span(table, request.timestamp) };
  const keys: CurrentData['keys'] = {};
  if (request.timestamp !== undefined) keys.timestamp = table.columns.get(request.timestamp)!;
  if (request.id !== undefined) keys.id = table.columns.get(request.id)!;
  const columns = new Map(table.columns);
  for (const name of extra) columns.delete(name);
  return { table: { rowCount: table.rowCount, columns }, labelled, keys, read };
}

async function readFiles(inputs: readonly FileInput[], dataset: string, format: CurrentSource['format'], request: CurrentRequest, context: CurrentContext): Promise<CurrentData> {
  const formats = inputs.map((input) => {
    const found = formatOf(input.display, format);
    if (!found) throw new DataFormatError(`${input.absolute}: unknown data format: use a .csv, .jsonl or .parquet file (or set monitoring.current.format)`, { file: input.absolute });
    return found;
  });
  let labelled = request.label !== undefined;
  for (const [i, input] of inputs.entries()) if (labelled && !(await readColumns(input.absolute, formats[i]!)).includes(request.label!.name)) labelled = false;
  const { columns, extra } = plan(request, labelled);
  const tables: Table[] = [];
  const sources: CurrentSourceRecord[] = [];
  for (const [i, input] of inputs.entries()) {
    context.progress?.(`reading ${input.display}`);
    const table = await readTable(input.absolute, { format: formats[i]!, columns });
    tables.push(table);
    sources.push({ file: input.display, rows: table.rowCount, bytes: (await stat(input.absolute)).size, sha256: await sha256File(input.absolute) });
  }
  return finish(concatTables(tables), labelled, request, extra, dataset, sources);
}

async function readQuery(sql: string, field: string, request: CurrentRequest, context: CurrentContext): Promise<CurrentData> {
  const statement = sql.trim().replace(/;\s*$/, '');
  const directories = [context.files.realRoot, ...(context.workspace ? [context.workspace] : [])];
  // Relative file names in the SQL resolve against the repository root, as every path in a manifest.
  const db = await openDuckDB({ settings: { file_search_path: context.files.realRoot }, directories });
  try {
    context.progress?.(`running the monitoring.current query on ${db.engine}`);
    let reader: Awaited<ReturnType<typeof db.connection.runAndReadAll>>;
    try {
      reader = await db.connection.runAndReadAll(statement);
    } catch (error) {
      throw new CurrentSourceError(`${field} failed in ${db.engine}: ${(error as Error).message.split(context.files.realRoot + '/').join('')}`, field);
    }
    const names = reader.columnNames();
    const rows = reader.currentRowCount;
    if (rows === 0) throw new CurrentSourceError(`${field} returned no rows`, field);
    const labelled = request.label !== undefined && names.includes(request.label.name);
    const { columns, extra } = plan(request, labelled);
    const missing = columns.filter((c) => !names.includes(c.name)).map((c) => c.name);
    if (missing.length > 0) throw new CurrentSourceError(`${field}: its result has no column ${missing.map((m) => `'${m}'`).join(', ')}; it has: ${names.join(', ')}`, field);
    const values = reader.getColumnsJS();
    const builders = createBuilders(columns, rows);
    for (const builder of builders) {
      const column = values[names.indexOf(builder.name)]!;
      for (let row = 0; row < rows; row++) {
        const value = column[row];
        const problem = storeValue(builder, row, value instanceof Date ? value.toISOString() : value);
        if (problem !== undefined) throw new CurrentSourceError(`${field}: row ${row + 1} of its result, column '${builder.name}': ${problem}`, field);
      }
    }
    const hash = createHash('sha256').update(`${JSON.stringify(names)}\n${JSON.stringify(reader.columnTypes().map(String))}\n`);
    for (const row of reader.getRowsJson()) hash.update(`${JSON.stringify(row)}\n`);
    const source: CurrentSourceRecord = { query: sql, engine: db.engine, rows, sha256: hash.digest('hex') };
    return finish(finishTable(builders, rows), labelled, request, extra, 'query', [source]);
  } finally {
    db.close();
  }
}

/** Reads the current data of a spec. Throws CurrentSourceError (the source), DataFormatError (the data) or DuckDBUnavailableError. */
export async function readCurrent(spec: CurrentSpec, request: CurrentRequest, context: CurrentContext): Promise<CurrentData> {
  if ('absolute' in spec) return readFiles([{ absolute: spec.absolute, display: spec.absolute }], spec.absolute, undefined, request, context);
  const { source, field } = spec;
  if (source.query !== undefined) return readQuery(source.query, `${field}.query`, request, context);
  if (source.path === undefined && source.glob === undefined) throw new CurrentSourceError(`${field} gives no path, glob or query`, field);
  const kind = source.path !== undefined ? 'path' : 'glob';
  const { inputs, dataset } = await fileInputs(source, field === '--current' ? field : `${field}.${kind}`, context);
  return readFiles(inputs, dataset, source.format, request, context);
}

/** Whether a --current value is a glob rather than one file. */
export { isDynamicPattern as isGlob } from 'tinyglobby';
