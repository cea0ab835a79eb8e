// The enforcement record of one model: every requirement of the stage it enters (approvals, soak,
// checklist, each required gate), how it was met here, or why not, and the waivers used. Waivers of
// gates and checklist items are applied here too. Pure: the model's results come in as values.
import type { StageRules } from '../manifest/policy.js';
import { verdictOfFindings, worstVerdict, type Enforcement, type GateResult, type ModelResult, type Requirement } from '../report/model.js';
import { findWaiver, waiverText, waiverUse, type Waiver } from './waivers.js';
import { APPROVALS_GATE, NOT_CHECKED_HERE, type ApprovalRecord } from '../approvals/gate.js';

export interface WaiverContext {
  waivers: readonly Waiver[];
  now: Date;
}

/**
 * Lets a failing gate or an unmet checklist item pass as a warning when a waiver in force names it
 * (`gate.<gate>`, `checklist.<item id>`); returns the waivers used. Input errors are never waived.
 */
export function applyGateAndChecklistWaivers(model: ModelResult, context: WaiverContext): Waiver[] {
  const used: Waiver[] = [];
  if (model.version === undefined) return used;
  const wanted = (check: string) => findWaiver(context.waivers, { model: model.name, version: model.version!, check, now: context.now });
  for (const gate of model.gates) {
    if (gate.verdict !== 'fail' || gate.gate === APPROVALS_GATE) continue;
    const waiver = wanted(`gate.${gate.gate}`);
    if (!waiver) continue;
    gate.verdict = 'warn';
    gate.summary = `${waiverText(waiver)} — ${gate.summary}`;
    used.push(waiver);
  }
  for (const item of model.checklist?.items ?? []) {
    if (!item.required || item.satisfied) continue;
    const waiver = wanted(`checklist.${item.id}`);
    if (!waiver) continue;
    let applied = false;
    for (const finding of model.findings) {
      if (finding.category === 'policy' && finding.severity === 'error' && finding.code.startsWith('checklist') && finding.message.includes(item.id)) {
        finding.severity = 'warning';
        finding.message = `${finding.message} — ${waiverText(waiver)}`;
        applied = true;
      }
    }
    if (applied) used.push(waiver);
  }
  if (used.length > 0) model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
  return used;
}

function gateRequirement(kind: string, gate: GateResult | undefined, waived: Waiver | undefined, rules: StageRules, evaluated: boolean): Requirement {
  const check = `gate.${kind}`;
  if (!gate && evaluated) return { check, status: 'unmet', detail: `the manifest declares no gates.${kind}, which the stage requires` };
  if (!gate) return { check, status: 'not-checked', detail: 'not run: the model was not evaluated (see its findings)' };
  if (waived) return { check, status: 'waived', detail: gate.summary, waiver: waiverUse(waived) };
  if (gate.verdict === 'pass' || gate.verdict === 'warn') return { check, status: 'met', detail: `${gate.verdict}: ${gate.summary}` };
  if (gate.verdict === 'skipped') return { check, status: 'not-checked', detail: `${NOT_CHECKED_HERE}: ${gate.summary}` };
  return { check, status: 'unmet', detail: `${gate.verdict}${rules.on_failure === 'warn' && gate.verdict === 'fail' ? ' (on_failure: warn, so reported only)' : ''}: ${gate.summary}` };
}

export interface EnforcementInput {
  model: ModelResult;
  stage: string;
  rules: StageRules;
  context: Enforcement['context'];
  /** The approvers behind the approvals check, when it was made. */
  approvals?: ApprovalRecord[];
  /** Waivers used for approvals, soak, gates and checklist items. */
  waivers: readonly Waiver[];
}

/** The record: read from the model's gates and checklist after every check and waiver was applied. */
export function enforcementOf(input: EnforcementInput): Enforcement {
  const { model, rules } = input;
  const waiverOf = (check: string) => input.waivers.find((w) => w.check === check);
  const requirements: Requirement[] = [];
  const approvalsGate = model.gates.find((g) => g.gate === APPROVALS_GATE);
  const fromCheck = (check: 'approvals' | 'soak', required: boolean): Requirement => {
    if (!required) return { check, status: 'not-required', detail: check === 'approvals' ? `stage ${input.stage} needs no approvals` : `stage ${input.stage} has no soak` };
    const found = approvalsGate?.checks.find((c) => (check === 'approvals' ? c.name === 'approvals' : c.name.startsWith('soak')));
    if (!found) return { check, status: 'not-checked', detail: 'not evaluated: the model did not reach this check (see its findings)' };
    const waiver = waiverOf(check);
    const detail = found.message ?? found.verdict;
    const base: Requirement =
      waiver && found.verdict === 'warn'
        ? { check, status: 'waived', detail, waiver: waiverUse(waiver) }
        : found.verdict === 'pass' || found.verdict === 'warn'
          ? { check, status: 'met', detail }
          : found.verdict === 'skipped'
            ? { check, status: 'not-checked', detail }
            : { check, status: 'unmet', detail };
    if (check === 'approvals' && input.approvals) base.approvals = input.approvals;
    return base;
  };
  requirements.push(fromCheck('approvals', rules.approvals.count > 0));
  requirements.push(fromCheck('soak', rules.soak !== undefined));

  const checklist = model.checklist;
  if (!checklist) requirements.push({ check: 'checklist', status: 'not-checked', detail: 'the manifest could not be read' });
  else if (checklist.required === 0) requirements.push({ check: 'checklist', status: 'not-required', detail: `stage ${input.stage} requires no checklist items` });
  else {
    const missing = checklist.items.filter((i) => i.required && !i.satisfied);
    const waived = missing.filter((i) => waiverOf(`checklist.${i.id}`));
    const unmet = missing.filter((i) => !waiverOf(`checklist.${i.id}`));
    const detail = `${checklist.satisfiedRequired} of ${checklist.required} required items satisfied${waived.length > 0 ? `; waived: ${waived.map((i) => i.id).join(', ')}` : ''}${unmet.length > 0 ? `; missing: ${unmet.map((i) => i.id).join(', ')}` : ''}`;
    const status = unmet.length > 0 ? 'unmet' : waived.length > 0 ? 'waived' : 'met';
    const requirement: Requirement = { check: 'checklist', status, detail };
    if (waived.length > 0) requirement.waiver = waiverUse(waiverOf(`checklist.${waived[0]!.id}`)!);
    requirements.push(requirement);
  }
  const evaluated = model.evaluation !== undefined;
  for (const kind of rules.gates) requirements.push(gateRequirement(kind, model.gates.find((g) => g.gate === kind), waiverOf(`gate.${kind}`), rules, evaluated));

  const seen = new Set<Waiver>();
  const waivers = input.waivers.filter((w) => (seen.has(w) ? false : (seen.add(w), true))).map(waiverUse);
  return { stage: input.stage, context: input.context, requirements, waivers };
}

/** One line for terminals and summaries: "approvals met, soak waived, …; not checked here: approvals (why)". */
export function enforcementText(enforcement: Enforcement): string {
  const checked = enforcement.requirements.filter((r) => r.status !== 'not-checked' && r.status !== 'not-required');
  const notHere = enforcement.requirements.filter((r) => r.status === 'not-checked');
  const where = enforcement.context === 'promotion' ? 'enforced at promotion' : enforcement.context === 'pull-request' ? 'checked on the pull request' : 'checked here';
  const parts = [`${where} for ${enforcement.stage}: ${checked.map((r) => `${r.check} ${r.status}`).join(', ') || 'nothing'}`];
  if (notHere.length > 0) parts.push(`not checked: ${notHere.map((r) => `${r.check} (${r.detail.replace(`${NOT_CHECKED_HERE}: `, '')})`).join('; ')}`);
  if (enforcement.waivers.length > 0) parts.push(`waivers: ${enforcement.waivers.map((w) => `${w.check} (${w.file ?? 'modelops.yaml'}${w.line ? `:${w.line}` : ''}, approved by ${w.approvedBy.join(', ')}, until ${w.expires})`).join('; ')}`);
  return parts.join('; ');
}
