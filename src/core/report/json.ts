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
 * The report's JSON text around its models, when it has any: `head` up to the first model's text (at its
 * indentation), `tail` after the last one's; between two models `MODEL_SEPARATOR`.
 */
export function reportJsonFrame(report: { models: readonly unknown[] }): { head: string; tail: string } | undefined {
  if (report.models.length === 0) return undefined;
  const rest = JSON.stringify({ ...report, models: [] }, null, 2);
  // A top-level key is the only one at two spaces' indentation (strings hold no raw line breaks).
  const open = rest.indexOf('\n  "models": []') + '\n  "models": ['.length;
  return { head: `${rest.slice(0, open)}\n    `, tail: `\n  ${rest.slice(open)}\n` };
}
export const MODEL_SEPARATOR = ',\n    ';

/**
 * reportJsonFrom's text in pieces of about `size` UTF-16 units (whole models), so a writer can stream it
 * without holding the report's whole text (21.7 MB for 1,000 manifests) and its bytes at once.
 */
export function* reportJsonChunks(report: { models: readonly unknown[] }, modelJson: (model: unknown) => string, size = 1 << 20): Generator<string> {
  const frame = reportJsonFrame(report);
  if (frame === undefined) {
    yield `${JSON.stringify(report, null, 2)}\n`;
    return;
  }
  let pending = [frame.head];
  let length = pending[0]!.length;
  for (const [i, model] of report.models.entries()) {
    const text = i === 0 ? modelJson(model) : `${MODEL_SEPARATOR}${modelJson(model)}`;
    pending.push(text);
    length += text.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  pending.push(frame.tail);
  yield pending.join('');
}
