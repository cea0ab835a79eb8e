import { describe, expect, it } from 'vitest';
import { evidencePath, pathShapeProblem } from './paths.js';

describe('repository paths', () => {
  it.each([
    ['models/a/model.onnx', undefined],
    ['../x', 'leaves the repository (contains ..)'],
    ['models/../../x', 'leaves the repository (contains ..)'],
    ['/etc/passwd', 'is absolute; paths are relative to the repository root'],
    ['C:/x.onnx', 'is absolute; paths are relative to the repository root'],
    ['models\\a.onnx', 'contains a backslash; use forward slashes'],
    ['a\0b', 'contains a NUL character'],
  ])('%j -> %s', (path, problem) => expect(pathShapeProblem(path)).toBe(problem));

  it.each([
    ['docs/eda.md', 'docs/eda.md'],
    ['./notebooks/explore.ipynb', 'notebooks/explore.ipynb'],
    ['models/credit-risk/metrics-v1.json', 'models/credit-risk/metrics-v1.json'],
    ['and/or', undefined],
    ['https://example.com/report.html', undefined],
    ['see the model card', undefined],
    ['gates.fairness', undefined],
    ['README.md', undefined],
  ])('evidence %j is checked as path %j', (text, path) => expect(evidencePath(text)).toBe(path));
});
