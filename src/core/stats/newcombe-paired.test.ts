import { describe, expect, it } from 'vitest';
import { newcombePairedDifference } from './newcombe-paired.js';
import { normalQuantile } from './normal.js';

const z95 = normalQuantile(0.975);

describe("Newcombe's paired-difference interval", () => {
  it('matches the published example (Cavo et al. 2012 table, Fagerland, Lydersen & Laake, Statistical Analysis of Contingency Tables, ch. 8; R contingencytables)', () => {
    // Newcombe_square_and_add_CI_paired_2x2(matrix(c(59, 6, 16, 80), 2, byrow = TRUE)): -0.0621 (95% CI -0.1186 to -0.0046)
    const ci = newcombePairedDifference({ both: 59, onlyFirst: 6, onlySecond: 16, neither: 80 }, z95);
    expect(ci.lower).toBeCloseTo(-0.1186, 4);
    expect(ci.upper).toBeCloseTo(-0.0046, 4);
  });

  it('mirrors when the two models swap', () => {
    const forward = newcombePairedDifference({ both: 59, onlyFirst: 6, onlySecond: 16, neither: 80 }, z95);
    const backward = newcombePairedDifference({ both: 59, onlyFirst: 16, onlySecond: 6, neither: 80 }, z95);
    expect(backward.lower).toBeCloseTo(-forward.upper, 12);
    expect(backward.upper).toBeCloseTo(-forward.lower, 12);
  });

  it('contains 0 with no discordant rows and stays within [-1, 1]', () => {
    const none = newcombePairedDifference({ both: 40, onlyFirst: 0, onlySecond: 0, neither: 10 }, z95);
    expect(none.lower).toBeLessThan(0);
    expect(none.upper).toBeGreaterThan(0);
    const extreme = newcombePairedDifference({ both: 0, onlyFirst: 5, onlySecond: 0, neither: 0 }, z95);
    expect(extreme.upper).toBe(1);
    expect(extreme.lower).toBeGreaterThan(0);
    expect(() => newcombePairedDifference({ both: -1, onlyFirst: 0, onlySecond: 0, neither: 0 }, z95)).toThrow(/both/);
  });
});
