import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES, schemaText, VALIDATORS_FILE, validatorsText } from '../../../scripts/write-schemas.js';
import { CHECKLIST, CHECKLIST_SECTIONS } from '../checklist/catalogue.js';
import { MODEL_SCHEMA } from '../manifest/model-schema.js';

/** Every property schema, with its path, in a JSON Schema document. */
function propertySchemas(schema: unknown, path = '#'): { path: string; schema: Record<string, unknown> }[] {
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const out: { path: string; schema: Record<string, unknown> }[] = [];
  for (const [key, child] of Object.entries(node)) {
    if (key === 'properties' && child && typeof child === 'object') {
      for (const [name, property] of Object.entries(child)) {
        out.push({ path: `${path}/${name}`, schema: property as Record<string, unknown> });
        out.push(...propertySchemas(property, `${path}/${name}`));
      }
    } else if (typeof child === 'object') out.push(...propertySchemas(child, `${path}/${key}`));
  }
  return out;
}

describe('schemas/', () => {
  it.each(Object.entries(SCHEMA_FILES))('%s is what npm run bundle writes from src/core/schema', (file, schema) => {
    expect(readFileSync(file, 'utf8'), `${file} is stale: run npm run bundle`).toBe(schemaText(schema));
  });

  it('the precompiled validators are what npm run bundle generates from the schemas', () => {
    expect(readFileSync(VALIDATORS_FILE, 'utf8') === validatorsText(), `${VALIDATORS_FILE} is stale: run npm run bundle`).toBe(true);
  });

  it.each(Object.entries(SCHEMA_FILES))('%s describes every property', (_file, schema) => {
    const undocumented = propertySchemas(schema).filter((p) => typeof p.schema['description'] !== 'string' || p.schema['description'] === '');
    expect(undocumented.map((p) => p.path)).toEqual([]);
  });

  it('lists the seven checklist sections in order, with about forty items, each under its question', () => {
    const checklist = (MODEL_SCHEMA['properties'] as unknown as Record<string, { properties: Record<string, { properties: Record<string, { description: string }> }> }>)['checklist']!;
    expect(Object.keys(checklist.properties)).toEqual([...CHECKLIST_SECTIONS]);
    expect(CHECKLIST.length).toBeGreaterThanOrEqual(38);
    expect(CHECKLIST.length).toBeLessThanOrEqual(50);
    for (const item of CHECKLIST) {
      expect(checklist.properties[item.section]!.properties[item.key]!.description).toBe(`${item.section}.${item.key}: ${item.question}`);
    }
    const ids = CHECKLIST.map((i) => `${i.section}.${i.key}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
  });
});
