// Recording digests in place: only the digest characters change; and when a version bump is needed.
import { describe, expect, it } from 'vitest';
import { pinnedReferences, rewriteDigests, versionAdvice } from './hash-record.js';
import { parseYamlSource } from './yaml-source.js';

const OLD = 'ab12'.repeat(16);
const NEW = 'f'.repeat(64);
const TEXT = `# the manifest
artifact:
  path: models/m/model.onnx
  sha256: "${OLD}"   # quoted, with a comment
data:
  evaluation: {path: models/m/eval.csv, sha256: ${OLD}, provenance: ours}
  reference:
    path: models/m/ref.csv
    sha256: 'TODO'
  training: {path: models/m/train.csv}
`;

function source(text: string) {
  const parsed = parseYamlSource(text, 'm.yaml');
  if (!parsed.ok) throw new Error('invalid YAML');
  return parsed.source;
}

describe('rewriteDigests', () => {
  it('replaces each digest in its own quoting and keeps every other byte', () => {
    const src = source(TEXT);
    const refs = pinnedReferences(src.value);
    expect(refs.map((r) => [r.at.join('.'), r.path, r.recorded])).toEqual([
      ['artifact', 'models/m/model.onnx', OLD],
      ['data.training', 'models/m/train.csv', undefined],
      ['data.evaluation', 'models/m/eval.csv', OLD],
      ['data.reference', 'models/m/ref.csv', 'TODO'],
    ]);
    const changes = refs.map((r) => ({ at: r.at, path: r.path, ...(r.recorded !== undefined ? { recorded: r.recorded } : {}), actual: NEW }));
    const { text, notWritten } = rewriteDigests(TEXT, src, changes);
    expect(text).toBe(TEXT.replace(`"${OLD}"`, `"${NEW}"`).replace(`sha256: ${OLD},`, `sha256: ${NEW},`).replace("'TODO'", `'${NEW}'`));
    expect(notWritten.map((c) => c.path)).toEqual(['models/m/train.csv']);
  });
});

describe('versionAdvice', () => {
  const facts = { name: 'm', version: '1.0.0' };
  it('asks for a bump when the version is registered or unchanged from the base, and not for a new model', () => {
    expect(versionAdvice({ ...facts, registered: true, versionAtBase: '0.9.0', base: 'HEAD' })).toEqual({ bumpNeeded: true, message: 'version 1.0.0 is registered (tag m@v1.0.0) and can never change content: bump metadata.version' });
    expect(versionAdvice({ ...facts, registered: false, versionAtBase: '1.0.0', base: 'origin/main' }).bumpNeeded).toBe(true);
    expect(versionAdvice({ ...facts, registered: false, base: 'HEAD' })).toEqual({ bumpNeeded: false, message: 'no version bump needed: m is new since HEAD and 1.0.0 is not registered' });
    expect(versionAdvice({ ...facts, registered: false, versionAtBase: '0.9.0', base: 'HEAD' })).toEqual({ bumpNeeded: false, message: 'no further version bump needed: 1.0.0 is already new against 0.9.0 at HEAD' });
  });
});
