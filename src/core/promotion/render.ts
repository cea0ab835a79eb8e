// How the target stage's policy was enforced and what promote did, in one line each, as text, Markdown and HTML.
import type { ModelResult } from '../report/model.js';
import { escapeHtml, promotionText } from '../report/render/common.js';
import { enforcementText } from './enforcement.js';

export function promotionStatusText(model: ModelResult): string[] {
  const lines: string[] = [];
  if (model.enforcement) lines.push(`  ${enforcementText(model.enforcement)}`);
  if (model.promotion) lines.push(`  promotion: ${promotionText(model.promotion)}`);
  return lines;
}

export function promotionStatusMarkdown(model: ModelResult): string[] {
  const out: string[] = [];
  if (model.enforcement) out.push(`**Policy:** ${enforcementText(model.enforcement)}.`, '');
  if (model.promotion) out.push(`**Promotion:** ${promotionText(model.promotion)}`, '');
  return out;
}

export function promotionStatusHtml(model: ModelResult): string | undefined {
  const out: string[] = [];
  if (model.enforcement) out.push(`<p><strong>Policy:</strong> ${escapeHtml(enforcementText(model.enforcement))}.</p>`);
  if (model.promotion) out.push(`<p><strong>Promotion:</strong> ${escapeHtml(promotionText(model.promotion))}</p>`);
  return out.length > 0 ? out.join('\n') : undefined;
}
