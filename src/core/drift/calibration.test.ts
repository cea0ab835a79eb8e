// Calibration: with no drift (reference and current drawn from one distribution), each p-value test must alarm
// at about its nominal rate. 1,000 seeded trials per test, alpha 0.05; the false-alarm rate must lie in
// [0.03, 0.07] (the binomial standard deviation at 1,000 trials is 0.0069). Deterministic: fixed seeds.
import { describe, expect, it } from 'vitest';
import { chi2 } from './chi2.js';
import { createRng, type Rng } from '../stats/random.js';
import type { DriftSample, DriftTestDefinition } from './definition.js';
import { categorical, normals, numeric } from './fixtures.js';
import { chiSquaredSf } from './gamma.js';
import { ks } from './ks.js';
import { zTest } from './z.js';

const TRIALS = 1000;
const ALPHA = 0.05;

/** Category labels drawn with the given probabilities. */
function draw(rng: Rng, count: number, probabilities: readonly number[]): string[] {
  return Array.from({ length: count }, () => {
    let u = rng.nextFloat();
    for (let k = 0; k < probabilities.length - 1; k++) {
      if (u < probabilities[k]!) return String(k);
      u -= probabilities[k]!;
    }
    return String(probabilities.length - 1);
  });
}

function falseAlarmRate(test: DriftTestDefinition, trial: (seed: number) => { reference: DriftSample; current: DriftSample }): number {
  let alarms = 0;
  for (let seed = 0; seed < TRIALS; seed++) {
    const { reference, current } = trial(seed);
    if (test.compute(reference, current, ALPHA).drifted) alarms++;
  }
  return alarms / TRIALS;
}

describe('false-alarm rate under no drift, alpha 0.05, 1,000 trials', () => {
  it('Kolmogorov-Smirnov (exact p-values, 60 vs 45 normal values)', () => {
    const rate = falseAlarmRate(ks, (seed) => {
      const values = normals(105, 10_000 + seed);
      return { reference: numeric(Array.from(values.subarray(0, 60))), current: numeric(Array.from(values.subarray(60))) };
    });
    expect(rate).toBeGreaterThanOrEqual(0.03);
    expect(rate).toBeLessThanOrEqual(0.07);
  });

  it('chi-squared (4 categories with shares 0.4, 0.3, 0.2, 0.1; 150 vs 120 rows)', () => {
    const rate = falseAlarmRate(chi2, (seed) => {
      const rng = createRng(20_000 + seed);
      return categorical(draw(rng, 150, [0.4, 0.3, 0.2, 0.1]), draw(rng, 120, [0.4, 0.3, 0.2, 0.1]));
    });
    expect(rate).toBeGreaterThanOrEqual(0.03);
    expect(rate).toBeLessThanOrEqual(0.07);
  });

  it('two-proportion z-test (share 0.3; 150 vs 120 rows)', () => {
    const rate = falseAlarmRate(zTest, (seed) => {
      const rng = createRng(30_000 + seed);
      return categorical(draw(rng, 150, [0.7, 0.3]), draw(rng, 120, [0.7, 0.3]));
    });
    expect(rate).toBeGreaterThanOrEqual(0.03);
    expect(rate).toBeLessThanOrEqual(0.07);
  });

  it("why chi2 is a test of homogeneity: Evidently's goodness-of-fit version alarms about 22% of the time here", () => {
    // scipy.stats.chisquare(current counts, f_exp = reference counts x n_cur / n_ref), as Evidently's chi_stat_test,
    // on three equally likely categories and 200 vs 200 rows: the statistic is about twice chi-squared(2)
    let alarms = 0;
    let homogeneityAlarms = 0;
    for (let seed = 0; seed < TRIALS; seed++) {
      const rng = createRng(40_000 + seed);
      const { reference, current } = categorical(draw(rng, 200, [1 / 3, 1 / 3]), draw(rng, 200, [1 / 3, 1 / 3]));
      let statistic = 0;
      for (let k = 0; k < reference.counts.length; k++) {
        const expected = (reference.counts[k]! * current.total) / reference.total;
        statistic += (current.counts[k]! - expected) ** 2 / expected;
      }
      if (chiSquaredSf(statistic, reference.counts.length - 1) < ALPHA) alarms++;
      if (chi2.compute(reference, current, ALPHA).drifted) homogeneityAlarms++;
    }
    expect(alarms / TRIALS).toBeGreaterThan(0.15);
    expect(homogeneityAlarms / TRIALS).toBeLessThanOrEqual(0.07);
  });
});
