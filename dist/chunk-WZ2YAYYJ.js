import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/io/cpu-load.ts
import { cpus, loadavg } from "node:os";
var systemClock = {
  idleMs: () => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0),
  ownMs: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e3;
  },
  nowMs: () => performance.now(),
  cores: () => cpus().length
};
var CpuMeter = class {
  /** `clock` is for tests; by default os.cpus(), process.cpuUsage() and performance.now(), in ms. */
  constructor(clock = systemClock) {
    this.clock = clock;
    this.idle = clock.idleMs();
    this.own = clock.ownMs();
    this.wall = clock.nowMs();
  }
  clock;
  idle;
  own;
  wall;
  /** Milliseconds since creation. */
  elapsedMs() {
    return this.clock.nowMs() - this.wall;
  }
  /** Cores other processes kept busy since creation (NaN within the first 20 ms, or when the system gives no per-core times). */
  othersLoad() {
    const wall = this.elapsedMs();
    const cores = this.clock.cores();
    if (wall < 20 || cores === 0) return Number.NaN;
    return Math.max(0, cores - (this.clock.idleMs() - this.idle + this.clock.ownMs() - this.own) / wall);
  }
  /** Cores left idle beside this process's main thread since creation (NaN within the first 20 ms). */
  idleBesideMain() {
    return this.clock.cores() - 1 - this.othersLoad();
  }
};
var sinceStart = new CpuMeter();
function othersLoad(meter = sinceStart) {
  const load = meter.othersLoad();
  return meter.elapsedMs() < 250 || Number.isNaN(load) ? loadavg()[0] : load;
}
function idleThreadsBeside(cores, load) {
  return Math.max(0, Math.min(Math.round(cores - load - 1), cores - 1));
}
function threadsOverride(env, name) {
  const forced = env[name];
  return forced !== void 0 && /^\d+$/.test(forced) ? Number(forced) : void 0;
}

export {
  CpuMeter,
  othersLoad,
  idleThreadsBeside,
  threadsOverride
};
