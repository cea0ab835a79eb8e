// Bytes -> schema-valid manifest or policy, or findings that say where and why not.
import type { Manifest } from '../manifest.js';
import { resolvePolicy, unknownChecklistRefs, type Policy, type PolicyDocument } from '../policy.js';
import type { Finding } from '../report.js';
import { checkAgainstSchema } from '../schema/check.js';
import { parseYamlSource, type YamlSource } from '../yaml-source.js';
import { finding } from './manifest-checks.js';

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
  const findings = Object.entries(policy.stages).flatMap(([stage, rules]) =>
    unknownChecklistRefs(rules).map((ref) => finding(loaded.source, ['stages', stage, 'checklist'], 'unknown-checklist-item', `stages.${stage}.checklist names '${ref}', which is not a checklist section or item`)),
  );
  if (findings.length > 0) return { ok: false, source: loaded.source, findings };
  return { ok: true, value: policy, source: loaded.source };
}
