// How the target stage's policy was enforced and what promote did, in one line each, as text, Markdown and HTML.
import type { ModelResult, Promotion } from '../report/model.js';
import { escapeHtml } from '../report/render/common.js';
import { enforcementText } from './enforcement.js';

export function promotionText(promotion: Promotion): string {
  const pushed = promotion.pushedTo ? ` (pushed to ${promotion.pushedTo})` : '';
  if (promotion.status === 'blocked') return `blocked — ${promotion.reason ?? 'validation or a blocking gate failed'}`;
  const created = promotion.tags.filter((t) => t.created).map((t) => t.tag);
  const kept = promotion.tags.filter((t) => !t.created).map((t) => t.tag);
  if (promotion.status === 'up-to-date') return `up to date — ${kept.join(', ')} already say so${pushed}`;
  return `promoted — created ${created.join(', ')}${kept.length > 0 ? `; kept ${kept.join(', ')}` : ''}${pushed}`;
}

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
