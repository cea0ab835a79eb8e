// A rate measured by simulation, with its Monte-Carlo standard error: what the calibration suites report.

export interface SimulatedRate {
  /** Share of trials with the event. */
  rate: number;
  /** Monte-Carlo standard error of the share, sqrt(rate (1 − rate) / trials). */
  se: number;
  trials: number;
}

export function simulatedRate(hits: number, trials: number): SimulatedRate {
  const rate = hits / trials;
  return { rate, se: Math.sqrt((rate * (1 - rate)) / trials), trials };
}
