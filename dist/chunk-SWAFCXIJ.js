import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/core/report/json.ts
function modelJsonInReport(model) {
  const wrapped = JSON.stringify({ models: [model] }, null, 2);
  return wrapped.slice(PREFIX.length, wrapped.length - SUFFIX.length);
}
var PREFIX = '{\n  "models": [\n    ';
var SUFFIX = "\n  ]\n}";
function reportJsonFrom(report, modelJson) {
  return [...reportJsonChunks(report, modelJson)].join("");
}
function* reportJsonChunks(report, modelJson, size = 1 << 20) {
  if (report.models.length === 0) {
    yield `${JSON.stringify(report, null, 2)}
`;
    return;
  }
  const rest = JSON.stringify({ ...report, models: [] }, null, 2);
  const open = rest.indexOf('\n  "models": []') + '\n  "models": ['.length;
  let pending = [`${rest.slice(0, open)}
    `];
  let length = pending[0].length;
  for (const [i, model] of report.models.entries()) {
    const text = i === 0 ? modelJson(model) : `,
    ${modelJson(model)}`;
    pending.push(text);
    length += text.length;
    if (length >= size) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  pending.push(`
  ${rest.slice(open)}
`);
  yield pending.join("");
}

export {
  modelJsonInReport,
  reportJsonFrom,
  reportJsonChunks
};
