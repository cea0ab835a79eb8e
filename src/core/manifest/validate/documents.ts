// Bytes -> schema-valid manifest or policy, or findings that say where and why not.
import type { Manifest } from '../manifest.js';
import { CHECKLIST_BY_ID, CHECKLIST_SECTIONS, checklistDefinitions, checklistItemId } from '../../checklist/catalogue.js';
import { evidenceProblem } from '../../checklist/evidence.js';
import { unknownChecklistRefs, type Policy } from '../policy.js';
import type { PolicyDocument } from '../policy-schema.js';
import { resolvePolicy } from '../resolve-policy.js';
import type { Finding } from '../../report/verdict.js';
import { checkAgainstSchema } from '../../schema/check.js';
import { parseYamlSource, type YamlSource } from '../yaml-source.js';
import { finding } from './manifest-checks.js';
import { globProblem } from './paths.js';

export type Loaded<T> = { ok: true; value: T; source: YamlSource } | { ok: false; findings: Finding[]; source?: YamlSource };

function loadDocument<T>(bytes: Uint8Array, file: string, kind: 'model' | 'policy'): Loaded<T> {
  const parsed = parseYamlSource(bytes, file);
  if (!parsed.ok) return { ok: false, findings: parsed.findings };
  const { source } = parsed;
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    const found = Array.isArray(source.value) ? 'a list' : `a single value (${JSON.stringify(source.value)})`;
    return { ok: false, source, findings: [finding(source, [], 'not-a-mapping', `expected a YAML mapping with apiVersion and kind, found ${found}`)] };
  }
  const record = source.value as Record<string, unknown>;
  const expectedKind = kind === 'model' ? 'Model' : 'Policy';
  if (record['kind'] !== undefined && record['kind'] !== expectedKind) {
    return { ok: false, source, findings: [finding(source, ['kind'], 'wrong-kind', `kind is '${String(record['kind'])}'; this file must be kind: ${expectedKind}`)] };
  }
  const findings = checkAgainstSchema(kind, source);
  if (findings.length > 0) return { ok: false, source, findings };
  return { ok: true, value: source.value as T, source };
}

export function loadManifest(bytes: Uint8Array, file: string): Loaded<Manifest> {
  return loadDocument<Manifest>(bytes, file, 'model');
}

export function loadPolicy(bytes: Uint8Array, file: string): Loaded<Policy> {
  const loaded = loadDocument<PolicyDocument>(bytes, file, 'policy');
  if (!loaded.ok) return loaded;
  const policy = resolvePolicy(loaded.value);
  // Where each waiver is written, for the messages and the evidence that cite it.
  policy.waivers = policy.waivers.map((w, i) => ({ ...w, source: { file, line: loaded.source.locate(['waivers', i], 'value').line } }));
  const written = loaded.value.manifests;
  const globFindings = (written === undefined ? [] : [written].flat()).flatMap((pattern, i) => {
    const problem = globProblem(pattern);
    if (problem === undefined) return [];
    const at = Array.isArray(written) ? ['manifests', i] : ['manifests'];
    return [finding(loaded.source, at, 'glob-outside-repo', `manifests glob '${pattern}' ${problem}`, { hint: 'manifests are found inside the repository only, e.g. models/*/model.yaml' })];
  });
  const findings = [...globFindings, ...policyChecklistFindings(policy, loaded.source), ...Object.entries(policy.stages).flatMap(([stage, rules]) =>
    unknownChecklistRefs(rules, policy.checklist.items).map((ref) => finding(loaded.source, ['stages', stage, 'checklist'], 'unknown-checklist-item', `stages.${stage}.checklist names '${ref}', which is not a checklist section or item`)),
  )];
  if (findings.length > 0) return { ok: false, source: loaded.source, findings };
  return { ok: true, value: policy, source: loaded.source };
}

/** The policy's own checklist items and org-level answers: ids that fit, questions, evidence of substance. */
function policyChecklistFindings(policy: Policy, source: YamlSource): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  policy.checklist.items.forEach((item, i) => {
    const section = item.id.split('.')[0]!;
    if ((CHECKLIST_SECTIONS as readonly string[]).includes(section)) {
      findings.push(finding(source, ['checklist', 'items', i, 'id'], 'checklist-item-in-builtin-section', `checklist item '${item.id}' is in the built-in section '${section}'`, { hint: 'put the items the policy adds in a section of their own, e.g. eu-ai-act.<key>' }));
    } else if (CHECKLIST_BY_ID.has(item.id) || seen.has(item.id)) {
      findings.push(finding(source, ['checklist', 'items', i, 'id'], 'duplicate-checklist-item', `checklist item '${item.id}' is defined twice`));
    }
    seen.add(item.id);
  });
  const definitions = checklistDefinitions(policy.checklist.items);
  const known = new Map(definitions.map((d) => [checklistItemId(d), d]));
  for (const [id, answer] of Object.entries(policy.checklist.answers)) {
    const definition = known.get(id);
    if (!definition) {
      findings.push(finding(source, ['checklist', 'answers', id], 'unknown-checklist-item', `checklist.answers answers '${id}', which is not a checklist item`, {}, 'key'));
      continue;
    }
    const pieces = answer.evidence === undefined ? [] : [answer.evidence].flat();
    pieces.forEach((text, i) => {
      const problem = text.trim() === '' ? undefined : evidenceProblem(text, definition.question);
      if (problem === undefined) return;
      const at = Array.isArray(answer.evidence) ? ['checklist', 'answers', id, 'evidence', i] : ['checklist', 'answers', id, 'evidence'];
      findings.push({ ...finding(source, at, 'checklist-placeholder', `org-level evidence for ${id} ${problem}`, { hint: 'give a statement of substance, a link, or a path in the repository that exists' }), category: 'policy' });
    });
  }
  return findings;
}
