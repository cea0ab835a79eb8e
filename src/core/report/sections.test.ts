// The section registry: what the manifest, the report schema and buildReport take from it, and the gate
// decisions that moved into the sections from the command.
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../manifest/manifest.js';
import { MODEL_SCHEMA } from '../manifest/model-schema.js';
import { POLICY_SCHEMA } from '../manifest/policy-schema.js';
import { knownCheck, WAIVABLE_CHECKS } from '../promotion/waiver-review.js';
import type { BinaryInput, MulticlassInput } from '../metrics/metric.js';
import { buildReport } from './build.js';
import type { GateResult } from './model.js';
import { REPORT_SCHEMA } from './schema.js';
import { inSectionOrder, MANIFEST_GATES, SECTIONS } from './sections.js';

type Schema = { properties?: Record<string, Schema>; $defs?: Record<string, Schema>; [key: string]: unknown };
const schema = REPORT_SCHEMA as Schema;
const defs = schema.$defs!;
const gate = (id: string): GateResult => ({ gate: id, verdict: 'pass', blocking: true, summary: id, checks: [] });
const sectionGate = (id: string) => MANIFEST_GATES.find((s) => s.id === id)!.gate;

describe('the section registry', () => {
  it('has one section per id, each at its own place', () => {
    const ids = SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const orders = SECTIONS.map((s) => s.order);
    expect(orders).toEqual([...new Set(orders)].sort((a, b) => a - b));
  });

  it('lists as manifest gates exactly the sections whose gate the manifest declares, in their order', () => {
    expect(MANIFEST_GATES.map((s) => s.id)).toEqual(SECTIONS.filter((s) => s.gate?.manifest !== undefined).map((s) => s.id));
  });

  it("is where the manifest's gates come from, in its order", () => {
    const gates = (MODEL_SCHEMA as Schema).properties!['gates']!.properties!;
    expect(Object.keys(gates)).toEqual(MANIFEST_GATES.map((s) => s.id));
    for (const section of MANIFEST_GATES) expect(gates[section.id]).toBe(section.gate.manifest);
  });

  it("is where the gates a policy's stages.<stage>.gates may require come from, in its order", () => {
    const stages = (POLICY_SCHEMA as unknown as Schema).properties!['stages']!.properties!;
    expect(Object.keys(stages).length).toBe(4);
    for (const [stage, rules] of Object.entries(stages)) expect((rules.properties!['gates']!['items'] as Schema)['enum'], stage).toEqual(MANIFEST_GATES.map((s) => s.id));
  });

  it("is where the gates a waiver's gate.<id> may name come from; the approvals gate is waived as approvals and soak", () => {
    for (const section of MANIFEST_GATES) expect(knownCheck(`gate.${section.id}`), section.id).toBe(true);
    expect(knownCheck('gate.approvals')).toBe(false);
    expect(knownCheck('gate.speed')).toBe(false);
    expect(WAIVABLE_CHECKS.filter((c) => c.startsWith('gate.'))).toEqual(MANIFEST_GATES.map((s) => `gate.${s.id}`));
  });

  it("puts each section's fragments into the report schema, and every $ref there resolves", () => {
    const evaluation = defs['evaluation']!.properties!;
    const model = defs['model']!.properties!;
    for (const section of SECTIONS) {
      for (const [key, fragment] of Object.entries(section.reportSchema?.evaluation ?? {})) expect(evaluation[key], `${section.id}: evaluation.${key}`).toBe(fragment);
      for (const [key, fragment] of Object.entries(section.reportSchema?.model ?? {})) expect(model[key], `${section.id}: model.${key}`).toBe(fragment);
      for (const [key, fragment] of Object.entries(section.reportSchema?.defs ?? {})) expect(defs[key], `${section.id}: $defs.${key}`).toBe(fragment);
    }
    const refs = [...JSON.stringify(REPORT_SCHEMA).matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) expect(defs, ref).toHaveProperty(ref);
  });
});

describe('gate order', () => {
  it('follows the sections, drift’s staleness with drift, unknown gates last in the order given', () => {
    const ordered = inSectionOrder(['zeta', 'approvals', 'staleness', 'drift', 'performance', 'alpha', 'champion'].map(gate));
    expect(ordered.map((g) => g.gate)).toEqual(['performance', 'champion', 'staleness', 'drift', 'approvals', 'zeta', 'alpha']);
  });

  it('is what buildReport gives each model', () => {
    const report = buildReport({
      command: 'gate',
      toolVersion: '0.0.0',
      root: '.',
      findings: [],
      models: [{ name: 'm', manifest: 'models/m/model.yaml', verdict: 'pass', findings: [], gates: ['approvals', 'fairness', 'performance'].map(gate) }],
      now: new Date('2024-01-01T00:00:00Z'),
    });
    expect(report.models[0]!.gates.map((g) => g.gate)).toEqual(['performance', 'fairness', 'approvals']);
  });
});

describe('gate decisions in the sections', () => {
  const binary = (yTrue: number[], yPred: number[]): BinaryInput => ({ task: 'binary-classification', yTrue: Uint8Array.from(yTrue), yPred: Uint8Array.from(yPred) });
  const context = (gates: Manifest['gates']) => ({ manifest: { gates } as Manifest, blocking: true, seed: 0 });

  it('fairness: an error for a multiclass model, with no fairness in the evaluation', () => {
    const input: MulticlassInput = { task: 'multiclass-classification', yTrue: Int32Array.from([0, 1, 2]), classCount: 3, yPred: Int32Array.from([0, 1, 1]) };
    const decision = sectionGate('fairness').decide({ input, columns: new Map() }, context({ fairness: { attributes: ['sex'] } }));
    expect(decision.gate).toMatchObject({ gate: 'fairness', verdict: 'error', summary: 'fairness metrics apply to binary classification and regression' });
    expect(decision.evaluation).toBeUndefined();
  });

  it("champion: the comparison goes into the evaluation with the champion's metrics and the default tolerance", () => {
    // the challenger gets 3 of 4 rows right, the champion 2 of 4: accuracy 0.75 against 0.5
    const challenger = binary([1, 0, 1, 0], [1, 0, 1, 1]);
    const champion = binary([1, 0, 1, 0], [1, 1, 1, 1]);
    const decision = sectionGate('champion').decide({ challenger, champion, version: '1.0.0', source: 'm#production#1', commit: 'abc' }, context({ champion: { metrics: ['accuracy'] } }));
    expect(decision.gate.gate).toBe('champion');
    expect(decision.evaluation?.champion).toMatchObject({ version: '1.0.0', source: 'm#production#1', commit: 'abc', tolerance: 0, metrics: { accuracy: 0.5 } });
    expect(decision.evaluation?.champion?.comparisons[0]).toMatchObject({ metric: 'accuracy', challenger: 0.75, champion: 0.5, delta: 0.25 });
  });
});
