import { describe, expect, it } from 'vitest';
import { sampleEvidence } from '../../testing/evidence.js';
import { sha, tagInput } from '../../testing/registry.js';
import { registryEvents, registryHas } from '../promotion/tag-registry.js';
import { auditEvent, auditVersions, stagesAt } from './trail.js';

const A = sha('a');
const B = sha('b');
const tags = [
  tagInput('m@v1.0.0', A, '2024-01-10T10:00:00Z'),
  tagInput('m#staging#1', A, '2024-02-01T10:00:00Z'),
  tagInput('m#production#2', A, '2024-03-01T10:00:00Z'),
  tagInput('m@v1.1.0', B, '2024-04-01T10:00:00Z'),
  tagInput('m#production#3', B, '2024-04-01T10:00:00Z'),
  tagInput('m#production#4', A, '2024-05-01T10:00:00Z', sampleEvidence({ tag: 'm#production#4', model: 'm', version: '1.0.0', commit: A })),
  tagInput('m#staging!#5', A, '2024-06-01T10:00:00Z'),
  tagInput('other#production#1', B, '2024-01-01T00:00:00Z'),
];
const events = registryEvents(tags).get('m')!;
const at = (iso: string) => Object.fromEntries(stagesAt(events, Date.parse(iso)).map((s) => [s.stage, s.version]));

describe('the registry read from tags', () => {
  it('orders events by tagger date, registrations first within the same second, and finds each one\'s version', () => {
    expect(events.map((e) => [e.tag.tag, e.version])).toEqual([
      ['m@v1.0.0', '1.0.0'],
      ['m#staging#1', '1.0.0'],
      ['m#production#2', '1.0.0'],
      ['m@v1.1.0', '1.1.0'],
      ['m#production#3', '1.1.0'],
      ['m#production#4', '1.0.0'],
      ['m#staging!#5', '1.0.0'],
    ]);
    expect(registryHas(events, '1.0.0', 'production')).toBe(false); // the latest stage event is the unassignment
    expect(registryHas(events.slice(0, 6), '1.0.0', 'production')).toBe(true);
    expect(registryHas(events.slice(0, 6), '1.1.0', 'production')).toBe(false);
    // GTO's deprecation is how the registry says archived.
    const deprecated = registryEvents([...tags, tagInput('m@deprecated#6', A, '2024-07-01T10:00:00Z')]).get('m')!;
    expect(registryHas(deprecated, '1.0.0', 'archived')).toBe(true);
    expect(registryHas(deprecated, '1.0.0', 'production')).toBe(false);
    expect(stagesAt(deprecated, Date.parse('2024-07-02T00:00:00Z'))).toEqual([]); // gto show hides a deprecated model
  });

  it('answers which version held each stage at an instant, before and after every change', () => {
    expect(at('2024-01-10T09:59:59Z')).toEqual({});
    expect(at('2024-01-10T10:00:00Z')).toEqual({});
    expect(at('2024-02-01T10:00:00Z')).toEqual({ staging: '1.0.0' });
    expect(at('2024-03-01T09:59:59Z')).toEqual({ staging: '1.0.0' });
    expect(at('2024-03-01T10:00:01Z')).toEqual({ staging: '1.0.0', production: '1.0.0' });
    expect(at('2024-04-15T00:00:00Z')).toEqual({ staging: '1.0.0', production: '1.1.0' });
    expect(at('2024-05-01T10:00:00Z')).toEqual({ staging: '1.0.0', production: '1.0.0' });
    expect(at('2024-07-01T00:00:00Z')).toEqual({ production: '1.0.0' });
    expect(stagesAt(events, Date.parse('2024-04-15T00:00:00Z')).map((s) => s.stage)).toEqual(['staging', 'production']);
  });

  it('shows each event with its tagger, evidence and pull request, and each version with its artifact check', () => {
    const shown = events.map((e) => auditEvent(e, undefined));
    expect(shown[5]).toMatchObject({
      tag: 'm#production#4',
      action: 'assign',
      stage: 'production',
      version: '1.0.0',
      time: '2024-05-01T10:00:00.000Z',
      tagger: 'Promoter <promoter@example.com>',
      evidence: 'present',
      verdict: 'pass',
      pullRequest: { number: 12, approvers: ['bob', 'carol'] },
      gates: [{ gate: 'performance', verdict: 'pass' }, { gate: 'champion', verdict: 'pass' }],
      signature: 'unsigned',
    });
    expect(shown[0]).toMatchObject({ evidence: 'missing', signature: 'unsigned' });
    const versions = auditVersions(events, new Map([['m@v1.0.0', { path: 'm.onnx', recorded: 'x', actual: 'x' }], ['m@v1.1.0', { path: 'm.onnx', recorded: 'x' }]]));
    expect(versions.map((v) => [v.version, v.artifact?.status])).toEqual([['1.0.0', 'match'], ['1.1.0', 'missing']]);
  });
});
