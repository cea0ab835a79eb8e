// Where each gate check's bound sits in the manifest: its JSON pointer resolved to a line and column,
// so every output (annotations, check runs, terminal text) points at the same line from the report.
import type { GateResult } from './verdict.js';
import { pointerSegments, type YamlSource } from '../manifest/yaml-source.js';

/** The field a gate's checks fall back to when a check names no field of its own. */
export function gatePointer(gate: string): string {
  // Approvals and soak are the policy's rules for the stage the manifest asks for.
  if (gate === 'approvals') return '/stage';
  if (gate === 'staleness') return '/monitoring/retraining';
  return `/gates/${gate}`;
}

/** Fills each check's `pointer` (when absent), `line` and `column` from the manifest's source. */
export function placeGateChecks(gates: GateResult[], source: Pick<YamlSource, 'locate'>): void {
  for (const gate of gates) {
    for (const check of gate.checks) {
      check.pointer ??= gatePointer(gate.gate);
      // Array items (`/gates/champion/metrics/0`) are located by index, keys by name.
      const segments = pointerSegments(check.pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const at = source.locate(segments, typeof segments.at(-1) === 'number' ? 'value' : 'key');
      check.line = at.line;
      check.column = at.column;
    }
  }
}
