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
  return [...reportJsonChunks(report, modelJson)].join('');
}

/**
 * reportJsonFrom's text in pieces of about `size` UTF-16 units (whole models), so a writer can stream it
 * without holding the report's whole text (21.7 MB for 1,000 manifests) and its bytes at once.
 */
export function* reportJsonChunks(report: { models: readonly unknown[] }, modelJson: (model: unknown) => string, size = 1 << 20): Generator<string> {
  if (report.models.length === 0) {
    yield `${JSON.stringify(report, null, 2)}\n`;
    return;
  }
  const rest = JSON.stringify({ ...report, models: [] }, null, 2);
  // A top-level key is the only one at two spaces' indentation (strings hold no raw line breaks).
  const open = rest.indexOf('\n  "models": []') + '\n  "models": ['.length;
  let pending = [`${rest.slice(0, open)}\n    `];
  let length = pending[0]!.length;
  for (const [i, model] of report.models.entries()) {
    const text = i === 0 ? modelJson(model) : `,\n    ${modelJson(model)}`;
    pending.push(text);
    length += text.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  pending.push(`\n  ${rest.slice(open)}\n`);
  yield pending.join('');
}
