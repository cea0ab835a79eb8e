import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.js';

const Z95 = 1.959963984540054;

describe('wilsonInterval', () => {
  it('matches statsmodels proportion_confint(method="wilson", alpha=0.05)', () => {
    // statsmodels 0.13.5: proportion_confint(x, n, alpha=0.05, method='wilson')
    const cases: [number, number, number, number][] = [
      [0, 10, 0, 0.27753279986288926],
      [3, 10, 0.10779126740630104, 0.6032218525388546],
      [10, 10, 0.7224672001371106, 1],
      [12, 30, 0.24590628116801855, 0.5767963974667754],
      [40, 100, 0.30940128643245896, 0.49799741320893826],
    ];
    for (const [x, n, lower, upper] of cases) {
      const ci = wilsonInterval(x, n, Z95);
      expect(ci.lower).toBeCloseTo(lower, 12);
      expect(ci.upper).toBeCloseTo(upper, 12);
    }
  });

  it('is [0, 1] without trials and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0, Z95)).toEqual({ lower: 0, upper: 1 });
    expect(() => wilsonInterval(4, 3, Z95)).toThrow(/successes must be in \[0, 3\]/);
  });
});
