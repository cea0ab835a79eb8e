// What other processes use of the machine's cores, measured rather than read from the 1-minute load average:
// the average lags by a minute and counts processes that are gone (on the bench machine it read 2.8-4.9 while
// both cores were idle, the runs it counted finished) and this process's own last minute. Worker threads
// (drift's features, a large CSV read's second half, the gate's drift analysis) start only when a core is idle
// beside the main thread: on a busy machine a worker takes CPU from the main thread rather than adding any.
import { cpus, loadavg } from 'node:os';

export interface CpuClock {
  /** Idle time of all cores together. */
  idleMs(): number;
  /** CPU time of this process, all its threads. */
  ownMs(): number;
  nowMs(): number;
  cores(): number;
}

const systemClock: CpuClock = {
  idleMs: () => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0),
  ownMs: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
  nowMs: () => performance.now(),
  cores: () => cpus().length,
};

/**
 * What other processes use of the machine's cores from its creation on: every core's time less the idle
 * time (os.cpus(), all cores) less this process's own CPU time (all its threads, the workers' included).
 */
export class CpuMeter {
  private readonly idle: number;
  private readonly own: number;
  private readonly wall: number;

  /** `clock` is for tests; by default os.cpus(), process.cpuUsage() and performance.now(), in ms. */
  constructor(private readonly clock: CpuClock = systemClock) {
    this.idle = clock.idleMs();
    this.own = clock.ownMs();
    this.wall = clock.nowMs();
  }

  /** Milliseconds since creation. */
  elapsedMs(): number {
    return this.clock.nowMs() - this.wall;
  }

  /** Cores other processes kept busy since creation (NaN within the first 20 ms, or when the system gives no per-core times). */
  othersLoad(): number {
    const wall = this.elapsedMs();
    const cores = this.clock.cores();
    if (wall < 20 || cores === 0) return Number.NaN;
    return Math.max(0, cores - (this.clock.idleMs() - this.idle + this.clock.ownMs() - this.own) / wall);
  }

  /** Cores left idle beside this process's main thread since creation (NaN within the first 20 ms). */
  idleBesideMain(): number {
    return this.clock.cores() - 1 - this.othersLoad();
  }
}

/** Made when this module is first loaded, about when the command started. */
const sinceStart = new CpuMeter();

/**
 * Cores other processes kept busy since the command started (`meter`); the 1-minute load average when less
 * than a quarter of a second has passed (too short to tell) or the system gives no per-core times.
 */
export function othersLoad(meter: CpuMeter = sinceStart): number {
  const load = meter.othersLoad();
  return meter.elapsedMs() < 250 || Number.isNaN(load) ? loadavg()[0]! : load;
}

/** Worker threads the cores allow beside the main thread under `load` (cores minus the load minus one, rounded), at most cores - 1. */
export function idleThreadsBeside(cores: number, load: number): number {
  return Math.max(0, Math.min(Math.round(cores - load - 1), cores - 1));
}

/** The thread count an environment variable (e.g. MODELOPS_DRIFT_THREADS) sets, when it holds a whole number. */
export function threadsOverride(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const forced = env[name];
  return forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : undefined;
}
