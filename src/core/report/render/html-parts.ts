// The pieces every HTML part of a report is built from: verdict badges, code, tables whose cells are
// escaped unless marked as markup, and figures (an inline SVG chart with its legend and caption).
import type { Verdict } from '../verdict.js';
import { escapeHtml } from './common.js';

export const badge = (verdict: Verdict): string => `<span class="v ${verdict}">${verdict}</span>`;
/** A yes/no answer coloured like the verdict it leads to, e.g. drifted: yes. */
export const flag = (verdict: Verdict, text: string): string => `<span class="v ${verdict}">${escapeHtml(text)}</span>`;
export const pct = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);
export const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;
export const keyOf = (color: string, text: string, line = false): string => `<span><span class="key${line ? ' line' : ''}" style="${line ? `border-color:${color}` : `background:${color}`}"></span>${escapeHtml(text)}</span>`;
export const legend = (...keys: string[]): string => `<div class="legend">${keys.join('')}</div>`;
export const figure = (svg: string, legendHtml: string, caption: string): string => `<figure>${legendHtml}${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;

/** A cell is `text` (escaped here) or `{ html }` (already escaped); `n` right-aligns numbers. */
export type Cell = string | { html: string; n?: boolean } | { text: string; n: true };

function cellHtml(cell: Cell, tag: 'td' | 'th'): string {
  const scope = tag === 'th' ? ' scope="row"' : '';
  if (typeof cell === 'string') return `<${tag}${scope}>${escapeHtml(cell)}</${tag}>`;
  const content = 'html' in cell ? cell.html : escapeHtml(cell.text);
  return `<${tag}${scope}${cell.n ? ' class="n"' : ''}>${content}</${tag}>`;
}

export const n = (text: string): Cell => ({ text, n: true });
export const html = (markup: string): Cell => ({ html: markup });

/** A table whose first column names the row (row headers), unless `rowHeaders` is false. */
export function table(head: readonly string[], rows: readonly Cell[][], options: { caption?: string; rowHeaders?: boolean; wide?: boolean; dropEmptyColumns?: boolean } = {}): string {
  if (rows.length === 0) return '';
  if (options.dropEmptyColumns) {
    const isEmpty = (cell: Cell | undefined): boolean => (cell === undefined ? true : typeof cell === 'string' ? cell === '' : ('html' in cell ? cell.html : cell.text) === '');
    const keep = head.map((_, i) => i === 0 || rows.some((r) => !isEmpty(r[i])));
    return table(
      head.filter((_, i) => keep[i]),
      rows.map((r) => r.filter((_, i) => keep[i])),
      { ...options, dropEmptyColumns: false },
    );
  }
  const rowHeaders = options.rowHeaders ?? true;
  const body = rows.map((r) => `<tr>${r.map((c, i) => cellHtml(c, i === 0 && rowHeaders ? 'th' : 'td')).join('')}</tr>`).join('');
  return `<table${options.wide ? ' class="wide"' : ''}>${options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : ''}<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}
