// The registry of report sections, one per capability part. The report's schema, the manifest's `gates`,
// the command that runs the gates, buildReport's gate order and the text, Markdown and HTML renderers
// iterate it. Adding a capability: its folder's section.ts, and one line here.
import { approvalsSection } from '../approvals/section.js';
import { auditSection } from '../audit/section.js';
import { championSection } from '../champion/section.js';
import { driftSection, monitoringSection } from '../drift/section.js';
import { importanceSection, performanceSection } from '../evaluation/section.js';
import { fairnessSection } from '../fairness/section.js';
import { promotionSection } from '../promotion/section.js';
import { robustnessSection } from '../robustness/section.js';
import type { GateKind } from '../manifest/manifest.js';
import type { ManifestGateSection, ReportSection, SectionGate } from './section.js';
import type { GateResult } from './verdict.js';

/** Every section, in order. */
export const SECTIONS: readonly ReportSection[] = [
  performanceSection,
  robustnessSection,
  championSection,
  importanceSection,
  fairnessSection,
  driftSection,
  approvalsSection,
  promotionSection,
  monitoringSection,
  auditSection,
].sort((a, b) => a.order - b.order);

/**
 * The sections with a gate the manifest declares (`gates.<id>`), in order: a tuple, so the manifest's schema
 * keeps each fragment's type (sections.test.ts holds it equal to the sections with a `gate.manifest`).
 */
export const MANIFEST_GATES = [performanceSection, robustnessSection, championSection, fairnessSection, driftSection] as const;

/** The manifest's `gates` schema, from the sections' fragments: one property per section, typed by its fragment. */
export function gatesSchema<const T extends readonly ManifestGateSection[]>(description: string, sections: T) {
  return {
    type: 'object',
    description,
    additionalProperties: false,
    properties: Object.fromEntries(sections.map((section) => [section.id, section.gate.manifest])) as { [S in T[number] as S['id']]: S['gate']['manifest'] },
  } as const;
}

/** The ids of those gates: what a policy's `stages.<stage>.gates` may require and a waiver's `gate.<id>` may name. */
export const GATE_KINDS: readonly GateKind[] = MANIFEST_GATES.map((s) => s.id);

const GATE_ORDER = new Map(SECTIONS.flatMap((s) => [s.id, ...(s.alsoGates ?? [])].map((id) => [id, s.order] as const)));

/** Gate results in the sections' order; gates no section names come after them, each group in the order given. */
export function inSectionOrder(gates: readonly GateResult[]): GateResult[] {
  const rank = (g: GateResult): number => GATE_ORDER.get(g.gate) ?? Number.POSITIVE_INFINITY;
  return gates.map((gate, index) => ({ gate, index })).sort((a, b) => rank(a.gate) - rank(b.gate) || a.index - b.index).map((x) => x.gate);
}

/** The gate of the section with this id, for a command that decides one gate by name (drift, approvals). */
export function sectionGate(id: string): SectionGate {
  const gate = SECTIONS.find((s) => s.id === id)?.gate;
  if (!gate) throw new Error(`no section decides a gate '${id}'`);
  return gate;
}
