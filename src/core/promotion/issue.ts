// The issue the promote step opens when a model's promotion is blocked (validation or a blocking gate
// failed on the merged commit), and the comment that closes it once the model is promoted: pure
// functions of the promote report.
import { markdownTable as padded } from 'markdown-table';
import type { ModelResult, PullRequestInfo } from '../report/model.js';
import { boundText, checkValue, location, modelTitle, VERDICT_ICON } from '../report/render/common.js';
import { promotionText } from './render.js';

const markdownTable = (rows: string[][]): string => padded(rows, { alignDelimiters: false });
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The hidden marker the Action finds a model's blocked-promotion issue by. */
export const promotionIssueMarker = (name: string): string => `<!-- modelops:promotion:${name} -->`;

export interface PromotionContext {
  /** The pull request merged, when known. */
  pullRequest?: PullRequestInfo;
  runUrl?: string;
}

export interface PromotionIssue {
  model: string;
  marker: string;
  title: string;
  body: string;
}

const link = (text: string, url: string | undefined): string => (url ? `[${text}](${url})` : text);

/** The issue for a model whose promotion was blocked. */
export function promotionIssue(model: ModelResult, context: PromotionContext = {}): PromotionIssue {
  const marker = promotionIssueMarker(model.name);
  const promotion = model.promotion;
  const commit = promotion?.commit ?? '';
  const target = model.stage ? ` to ${model.stage}` : '';
  const title = `modelops: ${model.name}${model.version ? ` ${model.version}` : ''} was not promoted${target}`;
  const pr = context.pullRequest;
  const prText = pr ? ` (${link(`#${pr.number}`, pr.url)}${pr.author ? ` by @${pr.author}` : ''})` : '';
  const body: string[] = [marker, '', `## ${VERDICT_ICON[model.verdict]} ${modelTitle(model)}: not promoted${target}`, ''];
  body.push(
    `The push of \`${commit.slice(0, 12)}\`${prText} to the default branch changed \`${model.name}\`, and the gates run on that commit blocked the promotion: no tag was written, so the registry still holds the previous version. Manifest: \`${model.manifest}\`.`,
    '',
    `**Why:** ${promotion?.reason ?? 'validation or a blocking gate failed'}.`,
    '',
  );
  const failing = model.gates.filter((g) => g.verdict === 'fail' || g.verdict === 'error');
  const rows = failing.flatMap((g) =>
    g.checks.length === 0
      ? [[g.gate, '', '', '', `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)]]
      : g.checks.filter((c) => c.verdict === 'fail' || c.verdict === 'error').map((c) => [g.gate, cell(c.name), checkValue(c), cell(boundText(c)), `${VERDICT_ICON[c.verdict]} ${c.verdict}`, cell(c.message ?? '')]),
  );
  if (rows.length > 0) body.push(markdownTable([['Gate', 'Check', 'Value', 'Bound', 'Verdict', 'Why'], ...rows]), '');
  const findings = model.findings.filter((f) => f.severity !== 'info');
  for (const f of findings) {
    const where = location(f);
    body.push(`- ${f.severity === 'error' ? '❌' : '⚠️'} ${where ? `\`${where}\` ` : ''}${f.message}${f.hint ? ` — _${f.hint}_` : ''}`);
  }
  if (findings.length > 0) body.push('');
  body.push(
    `The full report is in the job summary of the ${link('workflow run', context.runUrl)}. To resolve: fix it in a new pull request (with a new version when the artifact, data, features or gates change — a registered version never changes), or re-run the workflow if the failure was transient. modelops updates this issue on every blocked run and closes it when ${model.name} is promoted.`,
  );
  return { model: model.name, marker, title, body: body.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n' };
}

/** The comment that closes the issue once the model is promoted (or the registry already says so). */
export function promotionResolvedComment(model: ModelResult, context: PromotionContext = {}): string {
  const what = model.promotion ? promotionText(model.promotion) : 'promoted';
  return `${promotionIssueMarker(model.name)}\n✅ ${modelTitle(model)}: ${what}${context.runUrl ? ` in this ${link('workflow run', context.runUrl)}` : ''}. Closing.\n`;
}
