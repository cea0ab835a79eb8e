// Seeded pseudo-random numbers, so that every resampling in a report is reproducible on any machine.
//
// Generator: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
// ACM TOMS 47(4), 2021; reference C at https://prng.di.unimi.it/xoshiro128starstar.c). 128 bits of
// state, period 2^128 - 1, passes BigCrush, and needs only 32-bit integer operations, which JavaScript
// does exactly (`Math.imul`, shifts). mulberry32 was not chosen: its period is only 2^32 and it does not
// reach every 32-bit output.
//
// Seeding: the seed (an integer in [0, 2^53)) goes through SplitMix64 (https://prng.di.unimi.it/splitmix64.c),
// as the xoshiro authors recommend; its first two 64-bit outputs, low word first, are the four state words.
// SplitMix64's output function is a bijection, so two consecutive outputs are never both zero and every
// seed, 0 included, gives a valid, well-mixed state.

export interface Rng {
  /** Next integer, uniform on [0, 2^32). */
  nextUint32(): number;
  /** Integer uniform on [0, bound) without modulo bias; `bound` is an integer in [1, 2^32]. */
  nextBelow(bound: number): number;
  /** Double uniform on [0, 1) carrying 53 random bits (two outputs, as MT19937's genrand_res53). */
  nextFloat(): number;
  /** Fills `out` with successive `nextBelow(bound)` draws (the same values, without a call per draw) and returns it. */
  fillBelow(bound: number, out: Uint32Array): Uint32Array;
  /**
   * Fisher-Yates' draws for `out.length` items: out[i] = nextBelow(i + 1) for i from out.length - 1 down to 1,
   * in that order (the same values and stream as those calls; out[0] is 0), and returns it.
   */
  fillShuffle(out: Uint32Array): Uint32Array;
}

const TWO_POW_32 = 4294967296;
const MASK_64 = (1n << 64n) - 1n;

/** SplitMix64 outputs for a seed, as unsigned 64-bit BigInts (only used to seed, so BigInt speed is moot). */
export function splitMix64(seed: bigint, count: number): bigint[] {
  let state = BigInt.asUintN(64, seed);
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b97f4a7c15n) & MASK_64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
    out.push(z ^ (z >> 31n));
  }
  return out;
}

/** A xoshiro128** generator seeded through SplitMix64; the same seed gives the same stream everywhere. */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be an integer in [0, 2^53); got ${seed}`);
  }
  const [first, second] = splitMix64(BigInt(seed), 2) as [bigint, bigint];
  return createRngFromState([
    Number(first & 0xffffffffn),
    Number(first >> 32n),
    Number(second & 0xffffffffn),
    Number(second >> 32n),
  ]);
}

/** A xoshiro128** generator from an explicit state (four 32-bit words, not all zero): for test vectors. */
export function createRngFromState(state: readonly [number, number, number, number]): Rng {
  let [s0, s1, s2, s3] = state.map((word) => word | 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** state must not be all zero');

  const nextUint32 = (): number => {
    const scaled = Math.imul(s1, 5);
    const result = Math.imul((scaled << 7) | (scaled >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };

  /** Runs `fill` on this generator's state, through the shared scratch array (once per fill, not per draw). */
  const throughState = (fill: (state: Int32Array) => void): void => {
    FILL_STATE[0] = s0;
    FILL_STATE[1] = s1;
    FILL_STATE[2] = s2;
    FILL_STATE[3] = s3;
    fill(FILL_STATE);
    s0 = FILL_STATE[0]!;
    s1 = FILL_STATE[1]!;
    s2 = FILL_STATE[2]!;
    s3 = FILL_STATE[3]!;
  };

  return {
    nextUint32,
    nextBelow(bound: number): number {
      const limit = rejectionLimit(bound);
      let draw = nextUint32();
      while (draw >= limit) draw = nextUint32();
      return draw % bound;
    },
    nextFloat(): number {
      const high = nextUint32() >>> 5; // 27 bits
      const low = nextUint32() >>> 6; // 26 bits
      return (high * 67108864 + low) / 9007199254740992;
    },
    fillBelow(bound: number, out: Uint32Array): Uint32Array {
      const limit = rejectionLimit(bound);
      if (bound === TWO_POW_32) {
        for (let i = 0; i < out.length; i++) out[i] = nextUint32();
        return out;
      }
      // the state through a shared scratch array to fillFromState, a function of no closure: its optimised code
      // serves every generator of the process (a closure's is made for its own context, so each bootstrap's new
      // generator warmed the loop up again)
      throughState((state) => fillFromState(state, limit, bound, out));
      return out;
    },
    fillShuffle(out: Uint32Array): Uint32Array {
      if (out.length >= TWO_POW_32) throw new RangeError(`cannot shuffle ${out.length} items: bounds go below 2^32`);
      throughState((state) => shuffleFromState(state, out));
      return out;
    },
  };
}

const FILL_STATE = new Int32Array(4);

/**
 * `out` filled with draws below `divisor` (a bound below 2^32) by rejection at `limit`, advancing the xoshiro128**
 * state in `state`: nextUint32's steps written out (a bootstrap draws rows x resamples values, issue 18, and the
 * call per draw cost more than the draw), the residue in unsigned 32-bit integers (V8 divides integers; a
 * double's % called fmod).
 */
function fillFromState(state: Int32Array, limit: number, bound: number, out: Uint32Array): void {
  // >>> 0 here, in this function: V8 then knows both operands of % are unsigned 32-bit integers
  const divisor = bound >>> 0;
  let s0 = state[0]!;
  let s1 = state[1]!;
  let s2 = state[2]!;
  let s3 = state[3]!;
  for (let i = 0; i < out.length; i++) {
    let draw: number;
    do {
      const scaled = Math.imul(s1, 5);
      draw = Math.imul((scaled << 7) | (scaled >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
    } while (draw >= limit);
    out[i] = draw % divisor;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}

/**
 * Fisher-Yates' draws into `out` (out[i] below i + 1, i descending), as nextBelow makes them: the same rejection
 * at 2^32 - 2^32 mod bound and residue, in unsigned 32-bit integers (a permutation importance shuffles 60 columns
 * of the sample a gate, and nextBelow's call and floating-point modulo per draw cost more than the draw).
 */
function shuffleFromState(state: Int32Array, out: Uint32Array): void {
  let s0 = state[0]!;
  let s1 = state[1]!;
  let s2 = state[2]!;
  let s3 = state[3]!;
  for (let i = out.length - 1; i > 0; i--) {
    // bound = i + 1 < 2^32 here: 2^32 mod bound as ((2^32 - 1) mod bound + 1) mod bound
    const bound = (i + 1) >>> 0;
    const limit = TWO_POW_32 - ((((0xffffffff % bound) >>> 0) + 1) % bound);
    let draw: number;
    do {
      const scaled = Math.imul(s1, 5);
      draw = Math.imul((scaled << 7) | (scaled >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
    } while (draw >= limit);
    out[i] = draw % bound;
  }
  if (out.length > 0) out[0] = 0;
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}

/**
 * Fills `out` with indices drawn uniformly with replacement from [0, n) and returns it. Unbiased
 * (rejection sampling on 32-bit draws); allocation-free, so one buffer serves every bootstrap resample.
 */
export function sampleIndices(n: number, rng: Rng, out: Uint32Array): Uint32Array {
  return rng.fillBelow(n, out);
}

// Largest multiple of `bound` that fits in 2^32: draws at or above it are rejected so every residue is
// equally likely. All values stay below 2^53, so the float arithmetic is exact.
function rejectionLimit(bound: number): number {
  if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
    throw new RangeError(`bound must be an integer in [1, 2^32]; got ${bound}`);
  }
  return TWO_POW_32 - (TWO_POW_32 % bound);
}
