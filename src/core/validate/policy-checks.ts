// Policy checks of one manifest: the checklist its stage requires, the gates it must declare, and
// — against a base — the stage transition, the version bump and the immutability of registered versions.
import semver from 'semver';
import { CHECKLIST, checklistItemId, type ProofContext } from '../checklist/catalogue.js';
import { contentOf, type Manifest, type Stage } from '../manifest.js';
import { isTransitionAllowed, requiredChecklistItems, type Policy } from '../policy.js';
import type { ChecklistItemResult, ChecklistResult, Finding, ModelChange } from '../report.js';
import { registerTagName } from '../tags.js';
import type { YamlSource } from '../yaml-source.js';
import { finding } from './manifest-checks.js';

function policyFinding(source: YamlSource, at: (string | number)[], code: string, message: string, blocking: boolean, extra: Partial<Finding> = {}, target: 'key' | 'value' = 'value'): Finding {
  return { ...finding(source, at, code, message, extra, target), category: 'policy', severity: blocking ? 'error' : 'warning' };
}

export function evaluateChecklist(manifest: Manifest, source: YamlSource, policy: Policy, context: ProofContext): { result: ChecklistResult; findings: Finding[] } {
  const rules = policy.stages[manifest.stage];
  const required = requiredChecklistItems(rules);
  const blocking = rules.on_failure === 'block';
  const findings: Finding[] = [];
  const items: ChecklistItemResult[] = CHECKLIST.map((definition) => {
    const id = checklistItemId(definition);
    const given = manifest.checklist[definition.section]?.[definition.key];
    const proof = definition.provenBy?.(manifest, context);
    const evidence = given?.evidence === undefined ? [] : [given.evidence].flat().filter((e) => e.trim().length > 0);
    const isRequired = required.has(id);
    let status: ChecklistItemResult['status'];
    if (proof !== undefined) status = 'verified';
    else if (!given) status = 'unanswered';
    else if (given.answer === 'no') status = 'answered-no';
    else status = evidence.length > 0 ? 'answered' : 'no-evidence';
    const satisfied = status === 'verified' || status === 'answered';
    const item: ChecklistItemResult = { id, section: definition.section, question: definition.question, required: isRequired, status, satisfied };
    if (given) item.answer = given.answer;
    if (evidence.length > 0) item.evidence = evidence;
    if (proof !== undefined) item.proof = proof;

    if (isRequired && !satisfied) {
      const stageNote = `required for stage ${manifest.stage}`;
      const at = given ? ['checklist', definition.section, definition.key] : manifest.checklist[definition.section] ? ['checklist', definition.section] : ['checklist'];
      const message =
        status === 'unanswered'
          ? `checklist item ${id} is not answered (${stageNote}): ${definition.question}`
          : status === 'answered-no'
            ? `checklist item ${id} is answered "no" (${stageNote}): ${definition.question}`
            : `checklist item ${id} is answered "${given!.answer}" without evidence (${stageNote})`;
      findings.push(policyFinding(source, at, 'checklist', message, blocking, { hint: 'answer yes or n/a with evidence: text, a link, or a path in the repository' }, given ? 'key' : 'value'));
    }
    return item;
  });
  const result: ChecklistResult = {
    total: items.length,
    required: items.filter((i) => i.required).length,
    satisfiedRequired: items.filter((i) => i.required && i.satisfied).length,
    verified: items.filter((i) => i.status === 'verified').length,
    items,
  };
  return { result, findings };
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
