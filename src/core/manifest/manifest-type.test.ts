// The Manifest type (manifest.ts, written by hand) against the type of what schemas/model.schema.json accepts
// (FromSchema of model-schema.ts): checked by tsc (`npm run typecheck`), and on fixtures at run time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FromSchema } from '../schema/build.js';
import { schemaProblems } from '../schema/check.js';
import type { Manifest } from './manifest.js';
import type { MODEL_SCHEMA } from './model-schema.js';
import { parseYamlSource } from './yaml-source.js';

/**
 * FromSchema reads the properties built from a registry (metric bounds, checklist sections) as an index
 * signature whose values may be undefined; the code's Record<string, X> reads the same under
 * noUncheckedIndexedAccess. This leaves that undefined out, and nothing else.
 */
type Settled<T> = T extends readonly (infer U)[]
  ? Settled<U>[]
  : T extends object
    ? { [K in keyof T]: string extends K ? Settled<Exclude<T[K], undefined>> : Settled<T[K]> }
    : T;

/**
 * The property names at every depth, each required: mutual assignability misses a property one side has
 * optional and the other lacks, this does not (a string index signature stays one).
 */
type Shape<T> = T extends readonly (infer U)[] ? Shape<U>[] : T extends object ? { [K in keyof T]-?: Shape<Exclude<T[K], undefined>> } : 'value';

/** What the schema accepts, as FromSchema types it. */
type SchemaManifest = FromSchema<typeof MODEL_SCHEMA>;

/** Compiles only when a value of type A may be used as a B: these tests fail in `npm run typecheck`. */
const assignable = <A, B>(convert: (value: A) => B): ((value: A) => B) => convert;

describe('the Manifest type and schemas/model.schema.json', () => {
  it('types every manifest the schema accepts: the validated document may be read as a Manifest', () => {
    expect(assignable<Settled<SchemaManifest>, Manifest>((document) => document)).toBeTypeOf('function');
  });

  it('asks no more of a manifest than the schema does: every Manifest the code builds is one the schema types', () => {
    expect(assignable<Manifest, SchemaManifest>((manifest) => manifest)).toBeTypeOf('function');
  });

  it('names the same properties at every depth as the schema', () => {
    expect(assignable<Shape<Settled<SchemaManifest>>, Shape<Manifest>>((shape) => shape)).toBeTypeOf('function');
    expect(assignable<Shape<Manifest>, Shape<Settled<SchemaManifest>>>((shape) => shape)).toBeTypeOf('function');
  });

  it('accepts the example repository\'s manifest, which the code reads as a Manifest', () => {
    const text = readFileSync('example-repo/models/credit-risk/model.yaml', 'utf8');
    const parsed = parseYamlSource(text, 'model.yaml');
    expect(parsed.ok && schemaProblems('model', parsed.source.value)).toEqual([]);
  });
});
