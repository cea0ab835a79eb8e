// The report as files in a directory, the same for the CLI (--report-dir) and the Action (report-dir):
// report.json (the document itself, schemas/report.schema.json), report.md (the full Markdown the job
// summary and the comment shorten) and report.html (one self-contained page).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MODEL_SEPARATOR, modelJsonInReport, reportJsonChunks, reportJsonFrame, reportJsonFrom } from '../core/report/json.js';
import type { ModelResult, Report } from '../core/report/model.js';
import { renderHtml } from '../core/report/render/html.js';
import { renderMarkdown } from '../core/report/render/markdown.js';

/**
 * Model results whose report JSON was written ahead (validate-workers.ts): on the worker thread that validated
 * them, or on the main thread between its batches. As UTF-8 bytes, outside V8's heap: the young generation's
 * collections do not copy 21.7 MB of text that lives until the report is written, and it is not encoded again.
 */
const writtenAhead = new WeakMap<object, string | Uint8Array>();

/** Keeps `text` (modelJsonInReport(model), or its UTF-8 bytes) for the report: the caller no longer changes `model`, or calls forgetModelJson. */
export function rememberModelJson(model: ModelResult, text: string | Uint8Array): void {
  writtenAhead.set(model, text);
}

export function forgetModelJson(model: ModelResult): void {
  writtenAhead.delete(model);
}

/** The one JSON form of a report, for files, stdout and outputs: two-space indented, one final newline. */
export const reportJson = (report: Report): string => reportJsonFrom(report, modelJsonOf);

/** reportJson's text in pieces of about a megabyte, for writing a large report without holding all of it. */
export const reportJsonPieces = (report: Report): Iterable<string> => reportJsonChunks(report, modelJsonOf);

const utf8 = new TextDecoder();

const modelJsonOf = (model: unknown): string => {
  const ahead = writtenAhead.get(model as object);
  if (ahead === undefined) return modelJsonInReport(model);
  return typeof ahead === 'string' ? ahead : utf8.decode(ahead);
};

/**
 * reportJson's UTF-8 bytes in groups of about `size` bytes (whole models), for a writer that takes several buffers
 * at once (writev): the models written ahead as bytes are neither encoded again nor copied.
 */
export function* reportJsonByteGroups(report: Report, size = 1 << 20): Generator<Uint8Array[]> {
  const frame = reportJsonFrame(report);
  if (frame === undefined) {
    yield [Buffer.from(reportJson(report))];
    return;
  }
  const separator = Buffer.from(MODEL_SEPARATOR);
  let pending: Uint8Array[] = [Buffer.from(frame.head)];
  let length = pending[0]!.length;
  const add = (bytes: Uint8Array) => {
    pending.push(bytes);
    length += bytes.length;
  };
  for (const [i, model] of report.models.entries()) {
    if (i > 0) add(separator);
    const ahead = writtenAhead.get(model);
    add(ahead === undefined ? Buffer.from(modelJsonInReport(model)) : typeof ahead === 'string' ? Buffer.from(ahead) : ahead);
    if (length >= size) {
      yield pending;
      pending = [];
      length = 0;
    }
  }
  add(Buffer.from(frame.tail));
  yield pending;
}

/** reportJsonByteGroups' groups each in one buffer, for writers of one buffer at a time (files). */
export function* reportJsonBytes(report: Report, size = 1 << 20): Generator<Uint8Array> {
  for (const group of reportJsonByteGroups(report, size)) yield group.length === 1 ? group[0]! : Buffer.concat(group);
}

/** The files a report directory holds, by format; absolute paths. */
export interface ReportFiles {
  json: string;
  markdown: string;
  html: string;
}

/** Where each file goes in `dir` (resolved against the working directory of the process). */
export function reportFilePaths(dir: string): ReportFiles {
  const at = resolve(dir);
  return { json: join(at, 'report.json'), markdown: join(at, 'report.md'), html: join(at, 'report.html') };
}

/** Writes report.json, report.md and report.html to `dir`, creating it; returns their paths. */
export async function writeReportFiles(report: Report, dir: string): Promise<ReportFiles> {
  const paths = reportFilePaths(dir);
  await mkdir(resolve(dir), { recursive: true });
  // The JSON first: it is the record the others are rendered from, and what the Action's `report` output names.
  await writeFile(paths.json, reportJsonBytes(report));
  await writeFile(paths.markdown, renderMarkdown(report));
  await writeFile(paths.html, renderHtml(report));
  return paths;
}
