// Settings every benchmark reads from the environment (BENCH_ROWS, BENCH_RUNS, ...).

/** A positive integer from the environment, or the fallback when unset. */
export function intFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got '${raw}'`);
  return value;
}
