// Policy checks of one manifest: the checklist its stage requires, the gates it must declare, and
// — against a base — the stage transition, the version bump and the immutability of registered versions.
import semver from 'semver';
import { closest, distance } from 'fastest-levenshtein';
import { checklistDefinitions, checklistItemId, type ChecklistItemDefinition, type ProofContext } from '../../checklist/catalogue.js';
import { evidenceProblem } from '../../checklist/evidence.js';
import { contentOf, type Manifest, type Stage } from '../manifest.js';
import { isTransitionAllowed, requiredChecklistItems, type Policy } from '../policy.js';
import type { ChecklistItemResult, ChecklistResult, Finding, ModelChange } from '../../report/model.js';
import { registerTagName } from '../../promotion/tags.js';
import type { YamlSource } from '../yaml-source.js';
import { finding } from './manifest-checks.js';

function policyFinding(source: YamlSource, at: (string | number)[], code: string, message: string, blocking: boolean, extra: Partial<Finding> = {}, target: 'key' | 'value' = 'value'): Finding {
  return { ...finding(source, at, code, message, extra, target), category: 'policy', severity: blocking ? 'error' : 'warning' };
}

/** Evidence judged per question, then text: manifests copied from one template repeat the same answers. */
const judgedEvidence = new Map<string, Map<string, string | undefined>>();
const JUDGED_EVIDENCE_LIMIT = 20_000;
let judgedCount = 0;

function judgeEvidence(text: string, question: string): string | undefined {
  let byText = judgedEvidence.get(question);
  if (byText?.has(text)) return byText.get(text);
  const problem = evidenceProblem(text, question);
  if (judgedCount >= JUDGED_EVIDENCE_LIMIT) {
    judgedEvidence.clear();
    judgedCount = 0;
    byText = undefined;
  }
  if (!byText) judgedEvidence.set(question, (byText = new Map()));
  byText.set(text, problem);
  judgedCount++;
  return problem;
}

/** The checklist a policy defines and what each stage requires: computed once per policy, not per manifest. */
const policyChecklists = new WeakMap<Policy, { definitions: ChecklistItemDefinition[]; required: Map<Stage, Set<string>> }>();

function policyChecklist(policy: Policy, stage: Stage): { definitions: ChecklistItemDefinition[]; required: ReadonlySet<string> } {
  let found = policyChecklists.get(policy);
  if (!found) policyChecklists.set(policy, (found = { definitions: checklistDefinitions(policy.checklist.items), required: new Map() }));
  let required = found.required.get(stage);
  if (!required) found.required.set(stage, (required = requiredChecklistItems(policy.stages[stage], stage, policy.checklist.items)));
  return { definitions: found.definitions, required };
}

export function evaluateChecklist(manifest: Manifest, source: YamlSource, policy: Policy, context: ProofContext): { result: ChecklistResult; findings: Finding[] } {
  const rules = policy.stages[manifest.stage];
  const { definitions, required } = policyChecklist(policy, manifest.stage);
  const blocking = rules.on_failure === 'block';
  const findings: Finding[] = [...unknownChecklistAnswers(manifest, source, definitions)];
  /** Required items nobody answered, per section: one line each, not one per item. */
  const unanswered = new Map<string, string[]>();
  const ids = definitionIds(definitions);
  const items: ChecklistItemResult[] = definitions.map((definition, index) => {
    const id = ids[index]!;
    const own = manifest.checklist[definition.section]?.[definition.key];
    const orgAnswer = policy.checklist.answers[id];
    const given = own ?? orgAnswer;
    const byPolicy = own === undefined && orgAnswer !== undefined;
    const at = ['checklist', definition.section, definition.key];
    const proof = definition.provenBy?.(manifest, context);
    const pieces = given?.evidence === undefined ? [] : Array.isArray(given.evidence) ? given.evidence : [given.evidence];
    const judged = pieces.map((text, i) => {
      const trimmed = text.trim();
      return { text: trimmed, i, problem: trimmed === '' ? undefined : judgeEvidence(text, definition.question) };
    });
    const evidence = judged.filter((e) => e.text !== '' && e.problem === undefined).map((e) => e.text);
    const placeholders = judged.filter((e) => e.problem !== undefined);
    const contradiction = given && proof === undefined ? definition.contradictedBy?.(manifest, given.answer) : undefined;
    const isRequired = required.has(id);
    let status: ChecklistItemResult['status'];
    if (proof !== undefined) status = 'verified';
    else if (!given) status = 'unanswered';
    else if (contradiction !== undefined) status = 'contradicted';
    else if (given.answer === 'no') status = 'answered-no';
    else if (evidence.length > 0) status = 'answered';
    else status = placeholders.length > 0 ? 'placeholder' : 'no-evidence';
    const satisfied = status === 'verified' || status === 'answered';
    const item: ChecklistItemResult = { id, section: definition.section, question: definition.question, required: isRequired, status, satisfied };
    if (given) item.answer = given.answer;
    if (byPolicy) item.answeredBy = 'policy';
    if (evidence.length > 0) item.evidence = evidence;
    if (proof !== undefined) item.proof = proof;
    if (contradiction !== undefined) item.contradiction = contradiction;

    // A claim the manifest disproves, or evidence that is a placeholder, is wrong whatever the stage requires.
    if (contradiction !== undefined) {
      const where = byPolicy ? ['checklist'] : [...at, 'answer'];
      const whose = byPolicy ? `the policy's org-level answer to ${id}` : `checklist item ${id}`;
      findings.push(
        policyFinding(source, where, 'checklist-contradicted', `${whose} is "${given!.answer}", but ${contradiction}`, true, {
          hint: given!.answer === 'n/a' ? 'answer yes or no with evidence' : 'declare it in the manifest, or answer no (or n/a) and say why in evidence',
        }),
      );
    } else if (!byPolicy) {
      // A placeholder is wrong even where the manifest proves the item; org-level ones are reported once, on modelops.yaml.
      for (const piece of placeholders) {
        const pieceAt = Array.isArray(given!.evidence) ? [...at, 'evidence', piece.i] : [...at, 'evidence'];
        findings.push(
          policyFinding(source, pieceAt, 'checklist-placeholder', `evidence for ${id} ${piece.problem}`, true, {
            hint: 'give a statement of substance, a link, or a path in the repository that exists',
          }),
        );
      }
    }
    if (isRequired && !satisfied && status !== 'contradicted' && status !== 'placeholder') {
      const stageNote = `required for stage ${manifest.stage}`;
      if (status === 'unanswered') unanswered.set(definition.section, [...(unanswered.get(definition.section) ?? []), definition.key]);
      else {
        const message =
          status === 'answered-no'
            ? `checklist item ${id} is answered "no" (${stageNote}): ${definition.question}`
            : `checklist item ${id} is answered "${given!.answer}" without evidence (${stageNote})`;
        findings.push(
          policyFinding(source, byPolicy ? ['checklist'] : at, 'checklist', byPolicy ? `${message} (the policy's org-level answer)` : message, blocking, { hint: 'answer yes or n/a with evidence: text, a link, or a path in the repository' }, byPolicy ? 'value' : 'key'),
        );
      }
    }
    return item;
  });
  for (const [section, keys] of unanswered) {
    const at = manifest.checklist[section] ? ['checklist', section] : ['checklist'];
    const total = definitions.filter((d) => d.section === section && required.has(checklistItemId(d))).length;
    findings.push(
      policyFinding(
        source,
        at,
        'checklist',
        `checklist section ${section}: ${keys.length} of ${total} required item${total === 1 ? '' : 's'} not answered (required for stage ${manifest.stage}): ${keys.map((k) => `${section}.${k}`).join(', ')}`,
        blocking,
        { hint: 'answer each yes, no or n/a with evidence: text, a link, or a path in the repository' },
        manifest.checklist[section] ? 'key' : 'value',
      ),
    );
  }
  const sectionTitles = Object.fromEntries(Object.entries(policy.checklist.sections));
  const result: ChecklistResult = {
    total: items.length,
    required: items.filter((i) => i.required).length,
    satisfiedRequired: items.filter((i) => i.required && i.satisfied).length,
    verified: items.filter((i) => i.status === 'verified').length,
    items,
    ...(Object.keys(sectionTitles).length > 0 ? { sectionTitles } : {}),
  };
  return { result, findings };
}

/** The sections of a policy's checklist definitions, in order, and each one's item keys: computed once per policy, not per manifest. */
const definedKeysOf = new WeakMap<readonly ChecklistItemDefinition[], { sections: string[]; keysBySection: Map<string, string[]> }>();

function definedKeys(definitions: readonly ChecklistItemDefinition[]): { sections: string[]; keysBySection: Map<string, string[]> } {
  let found = definedKeysOf.get(definitions);
  if (!found) {
    const sections = [...new Set(definitions.map((d) => d.section as string))];
    const keysBySection = new Map(sections.map((section) => [section, definitions.filter((d) => d.section === section).map((d) => d.key)]));
    definedKeysOf.set(definitions, (found = { sections, keysBySection }));
  }
  return found;
}

/** Each definition's id (checklistItemId), once per policy's definitions. */
const definitionIdsOf = new WeakMap<readonly ChecklistItemDefinition[], string[]>();

function definitionIds(definitions: readonly ChecklistItemDefinition[]): string[] {
  let ids = definitionIdsOf.get(definitions);
  if (!ids) definitionIdsOf.set(definitions, (ids = definitions.map(checklistItemId)));
  return ids;
}

/** Answers to items no one defined: a typo in a section or key, or an item the policy does not add. */
function unknownChecklistAnswers(manifest: Manifest, source: YamlSource, definitions: readonly ChecklistItemDefinition[]): Finding[] {
  const findings: Finding[] = [];
  const { sections, keysBySection } = definedKeys(definitions);
  for (const [section, answers] of Object.entries(manifest.checklist)) {
    const keys = keysBySection.get(section);
    if (keys === undefined) {
      const suggestion = closest(section, sections);
      findings.push(
        finding(source, ['checklist', section], 'unknown-checklist-item', `checklist section '${section}' is neither a built-in section nor one the policy adds`, {
          hint: distance(section, suggestion) <= 3 ? `did you mean '${suggestion}'?` : `sections: ${sections.join(', ')}`,
        }, 'key'),
      );
      continue;
    }
    for (const key of Object.keys(answers ?? {})) {
      if (keys.includes(key)) continue;
      const suggestion = closest(key, keys);
      findings.push(
        finding(source, ['checklist', section, key], 'unknown-checklist-item', `checklist item '${section}.${key}' is not defined`, {
          hint: distance(key, suggestion) <= 4 ? `did you mean '${suggestion}'?` : `items of ${section}: ${keys.join(', ')}`,
        }, 'key'),
      );
    }
  }
  return findings;
}

export function checkRequiredGates(manifest: Manifest, source: YamlSource, policy: Policy): Finding[] {
  const rules = policy.stages[manifest.stage];
  const missing = rules.gates.filter((gate) => manifest.gates?.[gate] === undefined);
  return missing.map((gate) =>
    policyFinding(source, manifest.gates ? ['gates'] : ['stage'], 'missing-gate', `stage ${manifest.stage} requires a ${gate} gate, and gates.${gate} is not declared`, rules.on_failure === 'block'),
  );
}

/** Dotted paths (two levels deep at most) where two plain values differ. */
export function differingPaths(a: unknown, b: unknown, prefix = '', depth = 2): string[] {
  if (a === b) return [];
  const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (depth > 0 && isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => differingPaths(a[key], b[key], prefix ? `${prefix}.${key}` : key, depth - 1));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => differingPaths(item, b[i], '', 8).length === 0)) return [];
  if (isRecord(a) && isRecord(b) && differingPaths(a, b, '', 8).length === 0) return [];
  return [prefix || '(root)'];
}

export interface BaseFacts {
  /** The manifest of this model at the base, if it existed there. */
  base?: Manifest;
  /** Versions of this model registered by `<name>@v<version>` tags. */
  registeredVersions: ReadonlySet<string>;
  /** The manifest at the tag of the manifest's own version when that version is registered; null when unreadable there. */
  registeredManifest?: Manifest | null;
}

/** The stage transition, the version bump against the base, and immutability of a registered version. */
export function compareWithBase(manifest: Manifest, source: YamlSource, policy: Policy, facts: BaseFacts): { change: ModelChange; findings: Finding[] } {
  const findings: Finding[] = [];
  const { base } = facts;
  const name = manifest.metadata.name;
  const version = manifest.metadata.version;
  const contentChanges = base ? differingPaths(contentOf(base), contentOf(manifest)) : [];
  const change: ModelChange = base
    ? {
        kind: contentChanges.length > 0 || base.metadata.version !== version || base.stage !== manifest.stage ? 'modified' : 'unchanged',
        base: { version: base.metadata.version, stage: base.stage, sha256: base.artifact.sha256 },
        contentChanges,
      }
    : { kind: 'added', contentChanges: [] };

  const from: Stage | undefined = base?.stage;
  if (!isTransitionAllowed(policy, from, manifest.stage)) {
    const allowed = from === undefined ? policy.initial_stages : policy.transitions[from];
    findings.push(
      policyFinding(
        source,
        ['stage'],
        'stage-transition',
        from === undefined ? `a new model cannot start in stage ${manifest.stage}` : `stage change ${from} -> ${manifest.stage} is not allowed by the policy`,
        true,
        { hint: allowed.length > 0 ? `allowed ${from === undefined ? 'initial stages' : `from ${from}`}: ${allowed.join(', ')}` : `nothing may follow ${from}` },
      ),
    );
  }

  if (base) {
    const baseVersion = base.metadata.version;
    if (contentChanges.length > 0 && baseVersion === version) {
      findings.push(
        policyFinding(source, ['metadata', 'version'], 'version-not-bumped', `${contentChanges.join(', ')} changed but metadata.version is still ${version}`, true, {
          hint: `bump the version (e.g. ${semver.inc(version, 'minor') ?? version})`,
        }),
      );
    } else if (semver.lt(version, baseVersion) && !facts.registeredVersions.has(version)) {
      findings.push(
        policyFinding(source, ['metadata', 'version'], 'version-decreased', `version goes down from ${baseVersion} to ${version}, which was never registered`, true, {
          hint: 'a rollback sets back a registered version with its registered content; otherwise versions only go up',
        }),
      );
    }
  }
  return { change, findings: [...findings, ...checkImmutability(manifest, source, facts)] };
}

/** A registered version (tag `<name>@v<version>`) never changes content. */
export function checkImmutability(manifest: Manifest, source: YamlSource, facts: Pick<BaseFacts, 'registeredVersions' | 'registeredManifest'>): Finding[] {
  const { name, version } = manifest.metadata;
  if (!facts.registeredVersions.has(version)) return [];
  const tag = registerTagName(name, version);
  if (!facts.registeredManifest) {
    return [policyFinding(source, ['metadata', 'version'], 'registered-unreadable', `version ${version} is registered (tag ${tag}), but no valid manifest was found at the tag to compare with`, false)];
  }
  const changed = differingPaths(contentOf(facts.registeredManifest), contentOf(manifest));
  if (changed.length === 0) return [];
  return [
    policyFinding(source, ['metadata', 'version'], 'registered-version-changed', `version ${version} is registered (tag ${tag}) and cannot change, but ${changed.join(', ')} ${changed.length === 1 ? 'differs' : 'differ'} from it`, true, {
      hint: 'registered versions are immutable: give the new content a new version',
    }),
  ];
}
