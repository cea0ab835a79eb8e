// This process's peak resident memory in KiB: Linux's VmHWM (/proc/self/status), the high-water mark of this
// process's own address space. Not process.resourceUsage().maxRSS: on Linux ru_maxrss is kept across fork and
// exec, so a bench child spawned by a ~185 MB parent starts with the parent's peak, and "peak - before" came out
// below the columns' own size. maxRSS elsewhere.
import { readFileSync } from 'node:fs';

export function peakRssKb() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}
