// The report's JSON text (two-space indented, one final newline) put together from each model's text,
// so that text can be written ahead, where the model was validated (a worker thread), and only joined here.

/** `model` as JSON.stringify(report, null, 2) writes it as an element of the report's `models`. */
export function modelJsonInReport(model: unknown): string {
  const wrapped = JSON.stringify({ models: [model] }, null, 2);
  // `{\n  "models": [\n    ` … `\n  ]\n}`: what is left is the element, already at its indentation.
  return wrapped.slice(PREFIX.length, wrapped.length - SUFFIX.length);
}
const PREFIX = '{\n  "models": [\n    ';
const SUFFIX = '\n  ]\n}';

/** Exactly `${JSON.stringify(report, null, 2)}\n`, with each model's text from `modelJson`. */
export function reportJsonFrom(report: { models: readonly unknown[] }, modelJson: (model: unknown) => string): string {
  if (report.models.length === 0) return `${JSON.stringify(report, null, 2)}\n`;
  const rest = JSON.stringify({ ...report, models: [] }, null, 2);
  // A top-level key is the only one at two spaces' indentation (strings hold no raw line breaks).
  const at = rest.indexOf('\n  "models": []');
  const open = at + '\n  "models": ['.length;
  return `${rest.slice(0, open)}\n    ${report.models.map(modelJson).join(',\n    ')}\n  ${rest.slice(open)}\n`;
}
