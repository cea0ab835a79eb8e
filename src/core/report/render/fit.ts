// A report's Markdown within a size limit (a PR comment: 65,536 characters; a job summary: 1 MiB):
// the full report when it fits, else a summary — the verdict, the model table and what failed —
// that says where the full report is. Pure: the caller supplies the limit and the links.
import type { ModelResult, Report, Verdict } from '../model.js';
import { boundText, checkValue, location, VERDICT_ICON } from './common.js';
import { modelTable, renderMarkdown, reportHeading } from './markdown.js';
import { cell } from './markdown-parts.js';

/** GitHub rejects longer issue and pull request comments. */
export const COMMENT_LIMIT = 65_536;
/** GitHub drops a job summary larger than 1 MiB (counted in bytes). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

export const characters = (text: string): number => text.length;
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export interface FitOptions {
  limit: number;
  /** How the limit is counted (default: UTF-16 code units, never fewer than GitHub's characters). */
  measure?: (text: string) => number;
  /** Kept first, e.g. the comment's hidden marker. */
  header?: string;
  /** Kept last, e.g. links to the run. */
  footer?: string;
  /** Where the whole report is, for the summary to point at, e.g. "the job summary of [run 42](...)". */
  fullReportAt: string;
}

export interface Fitted {
  markdown: string;
  /** True when the full report did not fit and a summary stands in for it. */
  summarised: boolean;
}

const RANK: Record<Verdict, number> = { error: 0, fail: 1, warn: 2, skipped: 3, pass: 4 };

/** Failed checks and error findings, one line each, worst models first. */
function failureLines(models: readonly ModelResult[], report: Report): string[] {
  const lines: string[] = [];
  for (const f of report.findings) if (f.severity === 'error') lines.push(`- ❌ ${location(f) ? `\`${location(f)}\` ` : ''}${cell(f.message)}`);
  for (const model of models) {
    for (const f of model.findings) if (f.severity === 'error') lines.push(`- ❌ \`${model.name}\` ${location(f) ? `\`${location(f)}\` ` : ''}${cell(f.message)}`);
    for (const gate of model.gates) {
      for (const c of gate.checks) {
        if (c.verdict !== 'fail' && c.verdict !== 'error') continue;
        const bound = boundText(c);
        lines.push(`- ${VERDICT_ICON[c.verdict]} \`${model.name}\` ${gate.gate} · ${cell(c.name)}: ${checkValue(c)}${bound ? ` (bound ${bound})` : ''}${c.message ? ` — ${cell(c.message)}` : ''}`);
      }
    }
  }
  return lines;
}

export function fitMarkdown(report: Report, options: FitOptions): Fitted {
  const measure = options.measure ?? characters;
  const header = options.header ? `${options.header}\n` : '';
  const footer = options.footer ? `\n${options.footer.trimEnd()}\n` : '';
  const full = header + renderMarkdown(report) + footer;
  if (measure(full) <= options.limit) return { markdown: full, summarised: false };

  // Room for the lines that say what was left out.
  let budget = options.limit - measure(header) - measure(footer) - 400;
  /** As many of `lines` as fit in `room`, in order. */
  const take = (lines: readonly string[], room: number): { taken: string[]; used: number } => {
    const taken: string[] = [];
    let used = 0;
    for (const line of lines) {
      const size = measure(line) + 1;
      if (used + size > room) break;
      taken.push(line);
      used += size;
    }
    return { taken, used };
  };

  const opening = [...reportHeading(report), `> The full report is too long for this page (${measure(full).toLocaleString('en-US')} of at most ${options.limit.toLocaleString('en-US')}): here are the verdicts and what failed. The whole report is in ${options.fullReportAt}.`, ''];
  const out = take(opening, budget).taken;
  budget -= out.reduce((n, line) => n + measure(line) + 1, 0);

  // What failed matters most: it may use up to half of the room; the model table gets the rest.
  const models = [...report.models].sort((a, b) => RANK[a.verdict] - RANK[b.verdict]);
  const failing = failureLines(models, report);
  const failures = take(failing, Math.floor(budget / 2));
  budget -= failures.used;

  if (models.length > 0) {
    const [head, delimiter, ...rows] = modelTable(models).split('\n');
    const shown = take(rows, budget - measure(head!) - measure(delimiter!) - 2);
    out.push(head!, delimiter!, ...shown.taken);
    if (shown.taken.length < rows.length) {
      const counts = new Map<Verdict, number>();
      for (const m of models.slice(shown.taken.length)) counts.set(m.verdict, (counts.get(m.verdict) ?? 0) + 1);
      out.push('', `… and ${rows.length - shown.taken.length} more model(s) (${[...counts].map(([verdict, n]) => `${n} ${verdict}`).join(', ')}).`);
    }
    out.push('');
  }
  if (failing.length > 0) {
    out.push('### What failed', '', ...failures.taken);
    if (failures.taken.length < failing.length) out.push(`- … and ${failing.length - failures.taken.length} more.`);
  }
  return { markdown: header + out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n' + footer, summarised: true };
}
