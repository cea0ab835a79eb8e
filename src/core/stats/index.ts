// Champion-challenger statistics: pure functions, typed arrays in, plain objects out.
export { bootstrapCI, pairedBootstrap, DEFAULT_LEVEL, DEFAULT_RESAMPLES, DEFAULT_SEED } from './bootstrap.js';
export type { BootstrapInterval, BootstrapMethod, BootstrapOptions, IndexStatistic, PairedBootstrapInterval, PairedIndexStatistic } from './bootstrap.js';
export { aucPlacements, delongAucInterval, delongTest } from './delong.js';
export type { AucPlacements, DeLongAucInterval, DeLongOptions, DeLongTestResult } from './delong.js';
export { MCNEMAR_EXACT_BELOW, mcnemar, mcnemarFromCorrectness } from './mcnemar.js';
export type { McNemarMethod, McNemarOptions, McNemarResult } from './mcnemar.js';
export { chiSquared1Sf, normalCdf, normalQuantile, normalSf, normalTwoSidedPValue } from './normal.js';
export { createRng, createRngFromState, sampleIndices, splitMix64 } from './random.js';
export type { Rng } from './random.js';
export { koopmanRatio, koopmanScore } from './koopman.js';
export { newcombeDifference } from './newcombe.js';
export { wilsonInterval } from './wilson.js';
export type { ProportionInterval } from './wilson.js';
