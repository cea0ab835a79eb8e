import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DRIFT_METHODS } from '../../metrics/known.js';
import { DEFAULT_THRESHOLDS } from '../defaults.js';
import { DRIFT_TESTS, driftTestById, requireDriftTest } from './registry.js';

const HERE = dirname(fileURLToPath(import.meta.url));

describe('drift test registry', () => {
  it('gives the manifest auto and every registered test, and a default threshold to exactly those', () => {
    const ids = DRIFT_TESTS.map((test) => test.id);
    expect(DRIFT_METHODS).toEqual(['auto', ...ids]);
    expect(Object.keys(DEFAULT_THRESHOLDS).sort()).toEqual([...ids].sort());
  });

  it("gives each test its default threshold from defaults.ts and a kind that matches how it decides", () => {
    for (const test of DRIFT_TESTS) {
      expect(test.defaultThreshold).toBe(DEFAULT_THRESHOLDS[test.id]);
      expect(test.kind).toBe(['ks', 'chi2', 'z'].includes(test.id) ? 'p-value' : 'distance');
    }
  });

  it('finds tests by id', () => {
    expect(driftTestById('psi')?.name).toBe('PSI');
    expect(driftTestById('auto')).toBeUndefined();
    expect(() => requireDriftTest('nope' as never)).toThrow(/unknown drift test 'nope'/);
  });

  it('keeps the core pure: no node: imports and no I/O in the drift sources', () => {
    const driftFolder = join(HERE, '..');
    const sources = readdirSync(driftFolder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(20);
    for (const file of sources) expect(readFileSync(join(driftFolder, file), 'utf8'), file).not.toMatch(/from 'node:|require\(/);
  });
});
