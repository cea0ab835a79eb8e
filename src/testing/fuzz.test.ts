// The fuzzing harness: its detector catches what it must, and a short seeded run finds nothing.
// `npm run bench -- fuzz` runs the long one (10,000 manifest and 1,000 data mutations).
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzCli, mutateCsv, mutateYaml, problemsIn, seededRandom } from './fuzz.js';
import { removeScratchRepos } from './repos.js';

afterAll(removeScratchRepos);

const outcome = (stdout: string, stderr = '', code = 2) => ({ args: ['validate', '--format', 'text'], code, stdout, stderr, elapsed: 5, inputs: '' });

describe('fuzz harness', () => {
  it('detects each kind of problem in what the user reads', () => {
    const roots = ['/tmp/modelops-test-abc'];
    expect(problemsIn(outcome('header\n'), roots, 1000)).toEqual([]);
    expect(problemsIn(outcome('header\n', 'modelops validate: unexpected error: boom\n'), roots, 1000)).toEqual(['internalErrors']);
    expect(problemsIn(outcome('header\n', '', 134), roots, 1000)).toEqual(['internalErrors']);
    expect(problemsIn({ ...outcome('header\n'), elapsed: 2000 }, roots, 1000)).toEqual(['hangs']);
    expect(problemsIn(outcome('header\nTypeError: x\n    at f (/work/src/a.ts:3:9)\n'), [], 1000)).toEqual(['stackTraces']);
    expect(problemsIn(outcome('header\nm.yaml:1:1: error: found undefined\n'), roots, 1000)).toEqual(['undefinedText']);
    expect(problemsIn(outcome('header\nm.yaml:1:1: error: found [object Object]\n'), roots, 1000)).toEqual(['objectText']);
    expect(problemsIn(outcome('header\nm.yaml:1:1: error: /tmp/modelops-test-abc/models/x is missing\n'), roots, 1000)).toEqual(['absolutePaths']);
    // The header echoes --repo; text the user wrote and the tool quotes back is theirs.
    expect(problemsIn(outcome('modelops validate · /tmp/modelops-test-abc\n'), roots, 1000)).toEqual([]);
    expect(problemsIn({ ...outcome("header\nunknown field 'undefined'\n"), inputs: 'undefined: 1' }, roots, 1000)).toEqual([]);
  });

  it('mutates the same way for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const text = 'a: 1\nb:\n  c: two\n';
    for (let i = 0; i < 20; i++) expect(mutateYaml(text, a)).toEqual(mutateYaml(text, b));
    for (let i = 0; i < 20; i++) expect(mutateCsv('x,y\n1,2\n3,4\n', a)).toEqual(mutateCsv('x,y\n1,2\n3,4\n', b));
  });

  it('finds no internal error, hang, stack trace, undefined, [object Object] or absolute path in a short seeded run', async () => {
    const counts = await fuzzCli({ seed: 17, manifestMutations: 180, dataMutations: 20, gateEvery: 20 });
    expect(counts.runs).toBe(200);
    expect(counts.examples).toEqual([]);
    expect({ ...counts, exitCodes: undefined, examples: undefined, runs: undefined }).toEqual({
      internalErrors: 0,
      hangs: 0,
      stackTraces: 0,
      undefinedText: 0,
      objectText: 0,
      absolutePaths: 0,
    });
    // The mutations reach every kind of outcome, so the run is not vacuous.
    expect(Object.keys(counts.exitCodes).sort()).toEqual(['0', '1', '2']);
  }, 120_000);
});
