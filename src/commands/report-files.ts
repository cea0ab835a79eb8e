// The report as files in a directory, the same for the CLI (--report-dir) and the Action (report-dir):
// report.json (the document itself, schemas/report.schema.json), report.md (the full Markdown the job
// summary and the comment shorten) and report.html (one self-contained page).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { modelJsonInReport, reportJsonChunks, reportJsonFrom } from '../core/report/json.js';
import type { ModelResult, Report } from '../core/report/model.js';
import { renderHtml } from '../core/report/render/html.js';
import { renderMarkdown } from '../core/report/render/markdown.js';

/** Model results whose report JSON was written ahead, on the worker thread that validated them (validate-workers.ts). */
const writtenAhead = new WeakMap<object, string>();

/** Keeps `text` (modelJsonInReport(model)) for the report: the caller no longer changes `model`, or calls forgetModelJson. */
export function rememberModelJson(model: ModelResult, text: string): void {
  writtenAhead.set(model, text);
}

export function forgetModelJson(model: ModelResult): void {
  writtenAhead.delete(model);
}

/** The one JSON form of a report, for files, stdout and outputs: two-space indented, one final newline. */
export const reportJson = (report: Report): string => reportJsonFrom(report, modelJsonOf);

/** reportJson's text in pieces of about a megabyte, for writing a large report without holding all of it. */
export const reportJsonPieces = (report: Report): Iterable<string> => reportJsonChunks(report, modelJsonOf);

const modelJsonOf = (model: unknown): string => writtenAhead.get(model as object) ?? modelJsonInReport(model);

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
  await writeFile(paths.json, reportJson(report));
  await writeFile(paths.markdown, renderMarkdown(report));
  await writeFile(paths.html, renderHtml(report));
  return paths;
}
