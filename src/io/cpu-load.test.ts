// What other processes use of the cores, from a clock the test moves: this process's threads are its own.
import { loadavg } from 'node:os';
import { describe, expect, it } from 'vitest';
import { CpuMeter, othersLoad } from './cpu-load.js';

describe('CpuMeter', () => {
  /** A machine of `cores` cores on which each call to advance() lets `ms` pass, `idle` ms of all cores idle and `own` ms spent by this process. */
  const machine = (cores: number) => {
    const state = { idle: 0, own: 0, now: 1000 };
    const clock = { idleMs: () => state.idle, ownMs: () => state.own, nowMs: () => state.now, cores: () => cores };
    const advance = (ms: number, idle: number, own: number) => {
      state.now += ms;
      state.idle += idle;
      state.own += own;
    };
    return { clock, advance };
  };

  it("counts this process's threads (main and worker) as its own, and the rest as what other processes use", () => {
    const quiet = machine(2);
    const meter = new CpuMeter(quiet.clock);
    quiet.advance(10, 10, 10);
    expect(meter.idleBesideMain()).toBeNaN(); // too short to tell
    // 100 ms: the main thread busy, the worker loading for 30 ms, the second core otherwise idle
    quiet.advance(90, 60, 120);
    expect(meter.idleBesideMain()).toBeCloseTo(1, 9);
    const busy = machine(2);
    const loaded = new CpuMeter(busy.clock);
    // another process holds a core: nothing idle, this process gets one core's time between its threads
    busy.advance(100, 0, 100);
    expect(loaded.idleBesideMain()).toBeCloseTo(0, 9);
    const half = machine(4);
    const shared = new CpuMeter(half.clock);
    half.advance(100, 150, 100); // others use 1.5 of 4 cores
    expect(shared.idleBesideMain()).toBeCloseTo(1.5, 9);
  });

  it("is the cores other processes kept busy, never below none", () => {
    const four = machine(4);
    const meter = new CpuMeter(four.clock);
    four.advance(1000, 1500, 500); // of 4 core-seconds: 1.5 idle, 0.5 this process's, 2 other processes'
    expect(meter.othersLoad()).toBeCloseTo(2, 9);
    const jittery = machine(2);
    const over = new CpuMeter(jittery.clock);
    jittery.advance(1000, 1500, 1000); // more idle and own time than the cores had (the counters' jitter)
    expect(over.othersLoad()).toBe(0);
  });
});

describe('othersLoad', () => {
  it("is the meter's once a quarter of a second has passed, the 1-minute load average before or without per-core times", () => {
    const state = { now: 0, cores: 2 };
    const clock = { idleMs: () => state.now, ownMs: () => state.now, nowMs: () => state.now, cores: () => state.cores };
    const meter = new CpuMeter(clock);
    state.now = 100;
    // the load average moves every 5 s: it is the one read before or after
    const before = loadavg()[0]!;
    const early = othersLoad(meter);
    state.now = 1000;
    state.cores = 0;
    const noCores = othersLoad(meter);
    const after = loadavg()[0]!;
    for (const load of [early, noCores]) expect([before, after]).toContain(load);
    state.cores = 2;
    expect(othersLoad(meter)).toBe(0); // a core idle, the other this process's
  });
});
