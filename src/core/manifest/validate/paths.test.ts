import { describe, expect, it } from 'vitest';
import { canonicalPath, evidencePath, globProblem, pathShape, pathShapeProblem } from './paths.js';

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
    ['README.md', 'README.md'],
    ['e.g.', undefined],
    ['v1.0', undefined],
  ])('evidence %j is checked as path %j', (text, path) => expect(evidencePath(text)).toBe(path));

  it.each([
    ['models/credit-risk/model-v1.onnx/', 'models/credit-risk/model-v1.onnx', /ends with \//],
    ['models//credit-risk/model-v1.onnx', 'models/credit-risk/model-v1.onnx', /contains \/\//],
    ['models/./credit-risk/model-v1.onnx', 'models/credit-risk/model-v1.onnx', /contains \.\//],
    ['./models/x.csv', 'models/x.csv', /contains \.\//],
  ])('refuses %j and suggests its one spelling', (path, canonical, problem) => {
    const shape = pathShape(path);
    expect(shape?.canonical).toBe(canonical);
    expect(shape?.problem).toMatch(problem);
    expect(shape?.hint).toBe(`write '${canonical}'`);
    expect(canonicalPath(path)).toBe(canonical);
  });

  it('gives a hint for home-directory and URL paths', () => {
    expect(pathShape('~/models/x.onnx')).toMatchObject({ problem: /~/, hint: /relative to the repository root/ });
    expect(pathShape('https://example.com/model.onnx')).toMatchObject({ problem: 'is a URL, not a file in the repository', hint: /uri/ });
    expect(pathShape('s3://bucket/data.csv')?.problem).toBe('is a URL, not a file in the repository');
  });

  it.each([
    ['models/*/model.yaml', undefined],
    ['teams/**/model.yaml', undefined],
    ['/etc/*', 'is absolute; globs are relative to the repository root'],
    ['/**/model.yaml', 'is absolute; globs are relative to the repository root'],
    ['../*', 'leaves the repository (contains ..)'],
    ['models/{a,..}/x', 'leaves the repository (contains ..)'],
    ['!../x', 'leaves the repository (contains ..)'],
    ['~/models/*.yaml', 'starts with ~; globs are relative to the repository root'],
    ['models/..x/model.yaml', undefined],
  ])('glob %j -> %s', (pattern, problem) => expect(globProblem(pattern)).toBe(problem));
});
