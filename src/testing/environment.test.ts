import { describe, expect, it } from 'vitest';
import { availableOrFailInCi } from './environment.js';

describe('availableOrFailInCi', () => {
  it('lets a test skip outside CI and fails it in CI', () => {
    expect(availableOrFailInCi(false, 'DuckDB is not installed', {})).toBe(false);
    expect(availableOrFailInCi(true, 'DuckDB is not installed', { CI: 'true' })).toBe(true);
    expect(() => availableOrFailInCi(false, 'DuckDB is not installed', { CI: 'true' })).toThrow(/DuckDB is not installed; CI=true requires it/);
  });
});
