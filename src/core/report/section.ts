// A capability as the report sees it: its gate (the manifest's gates.<id>, what it needs measured, the pure
// decision), its fragments of the report schema, and its parts of the text, Markdown and HTML renderings.
// Each capability folder exports its sections (`fairness/section.ts`, `drift/section.ts`, …);
// `report/sections.ts` lists them, and the report's schema, the manifest's `gates`, the command that runs
// the gates and the three renderers iterate that list instead of naming each capability.
import type { Manifest } from '../manifest/manifest.js';
import type { JsonSchema } from '../schema/common.js';
import type { Evaluation, ModelResult, Report } from './model.js';
import type { GateResult } from './verdict.js';

/**
 * What a command measures (with I/O: running the model, reading reference data, finding the champion)
 * before a gate can decide, by need. A capability whose gate needs something new declares it here from
 * its own folder (`declare module '../report/section.js' { interface GateNeeds { … } }`); the command
 * that runs the gates must then say how to measure it (`Measurements` in `commands/evaluate/evaluate-model.ts`).
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from each capability's section.ts
export interface GateNeeds {}

export type GateNeed = keyof GateNeeds;

/** What every gate decision is given besides its measurements. */
export interface GateContext {
  manifest: Manifest;
  /** Whether a failure blocks (the policy of the manifest's stage). */
  blocking: boolean;
  /** Seed of every resampling: the same inputs give the same result. */
  seed: number;
}

/** A gate's decision: its result, and what it adds to the model's evaluation (e.g. `fairness`, `champion`). */
export interface GateDecision {
  gate: GateResult;
  evaluation?: Partial<Evaluation>;
}

export interface SectionGate<N extends GateNeed = GateNeed> {
  /** The manifest's `gates.<id>` (a fragment of model.schema.json); absent when the policy, not the manifest, asks for the gate (approvals). */
  manifest?: JsonSchema;
  /** What the command must measure first. */
  needs: N;
  /** The pure decision, from the measurements to the gate's result. */
  decide(measured: GateNeeds[N], context: GateContext): GateDecision;
}

/** The parts of a report schema a section owns: properties of `evaluation` and of a model's result, and `$defs`. */
export interface ReportSchemaFragment {
  evaluation?: Record<string, JsonSchema>;
  model?: Record<string, JsonSchema>;
  defs?: Record<string, JsonSchema>;
}

/**
 * Where in a model's rendering a section's part goes. The renderers lay a model out the same way each
 * time — its heading, then these slots among the parts every model has (findings, gates, checklist) —
 * and fill each slot with the sections' parts in registry order.
 * text: `measured` before the gate lines, `details` after them, `status` after the details;
 * markdown and HTML: `status` under the heading, `history` before the gates, `evaluation` inside the
 * evaluation's block after the gates, `details` after it.
 */
export type TextSlot = 'measured' | 'details' | 'status';
export type PageSlot = 'status' | 'history' | 'evaluation' | 'details';

export interface TextContext {
  report: Report;
  /** Colours a span when the terminal wants colour. */
  paint: (style: 'red' | 'green' | 'yellow' | 'gray' | 'bold', text: string) => string;
}

export interface PageContext {
  report: Report;
}

/** Lines of terminal text or Markdown (none: nothing to show); an HTML part is one string, undefined when the section has nothing for this model. */
export type TextPart = (model: ModelResult, context: TextContext) => string[];
export type MarkdownPart = (model: ModelResult, context: PageContext) => string[];
export type HtmlPart = (model: ModelResult, context: PageContext) => string | undefined;

export interface ReportSection {
  /** Stable id; for a section with a gate, the gate's id (`gates.<id>` in the manifest, `gate` in the report). */
  id: string;
  title: string;
  /** Position among the sections: of the gates in a report, of the schema's properties, and of the parts within each slot. */
  order: number;
  /** Further gate ids this section reports (drift's `staleness`), placed with it. */
  alsoGates?: readonly string[];
  gate?: SectionGate;
  reportSchema?: ReportSchemaFragment;
  text?: Partial<Record<TextSlot, TextPart>>;
  markdown?: Partial<Record<PageSlot, MarkdownPart>>;
  html?: Partial<Record<PageSlot, HtmlPart>>;
}

/** A section whose gate the manifest declares (`gates.<I>`): its `gate.manifest` fragment keeps its literal type. */
export type ManifestGateSection<I extends string = string, M extends JsonSchema = JsonSchema> = ReportSection & { id: I; gate: SectionGate & { manifest: M } };

/**
 * A section with its gate typed by what it needs (the registry holds the decisions untyped). Its id and its
 * `gate.manifest` fragment keep their literal types, so the manifest's schema composed from the registry is
 * typed (FromSchema).
 */
export function defineSection<N extends GateNeed, const I extends string, const M extends JsonSchema | undefined = undefined>(
  section: Omit<ReportSection, 'id' | 'gate'> & { id: I; gate?: Omit<SectionGate<N>, 'manifest'> & { manifest?: M } },
): M extends JsonSchema ? ManifestGateSection<I, M> : ReportSection {
  return section as never;
}
