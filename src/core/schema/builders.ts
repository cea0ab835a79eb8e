// Small builders of JSON Schema fragments, shared by the schema files and the capabilities' sections
// that contribute to them. Two families: the manifest's (`object` lists `required` only when there is
// one) and the report's (`obj` always lists it, every property described).
import * as typed from './build.js';
import type { JsonSchema } from './common.js';

// ---- The manifest (schemas/model.schema.json) ----
// Typed: each returns its fragment with literal types, so FromSchema of the manifest's schema, composed from
// these and the sections' `gate.manifest` fragments, types what the schema accepts (manifest-type.test.ts).

type Extra = Record<string, unknown>;

/** A closed object; `required` is left out when empty, as the files in schemas/ have always been written. */
export function object<const P extends Extra, const R extends readonly (keyof P & string)[] = readonly [], const E extends Extra = {}>(
  description: string,
  properties: P,
  required?: R,
  extra?: E,
): { type: 'object'; description: string; additionalProperties: false; required: R; properties: P } & E {
  return { type: 'object', description, additionalProperties: false, ...(required && required.length > 0 ? { required } : {}), properties, ...extra } as never;
}
export const string = <const E extends Extra = {}>(description: string, extra?: E) => ({ type: 'string' as const, description, ...(extra as E) });
export const number = <const E extends Extra = {}>(description: string, extra?: E) => ({ type: 'number' as const, description, ...(extra as E) });
export const integer = <const E extends Extra = {}>(description: string, extra?: E) => ({ type: 'integer' as const, description, ...(extra as E) });
export const boolean = (description: string) => ({ type: 'boolean', description }) as const;
export const ref = <const N extends string>(name: N, description: string) => ({ $ref: `#/$defs/${name}` as const, description });

/** One of `values`. */
export const choice = <const V extends readonly string[]>(values: V, description: string) => ({ enum: [...values] as unknown as V, description });
/** A probability strictly between 0 and 1: a significance level or a false-alarm rate. */
export const level = (description: string) => number(description, { exclusiveMinimum: 0, exclusiveMaximum: 1 });

/** The manifest's inclusive bounds (`$defs/bound`). */
export const bound = (description: string) => ref('bound', description);

export const metricBounds = (description: string, names: readonly { id: string; description: string }[]) =>
  object(
    description,
    Object.fromEntries(names.map((m) => [m.id, bound(`Bounds on ${m.id}: ${m.description}.`)])),
  );

// ---- The report (schemas/report.schema.json) ----
// build.ts's typed builders, widened to JsonSchema: the report's schema is composed from the sections'
// fragments at run time, which no literal type can follow.

export const str = (description: string): JsonSchema => typed.str(description);
export const int = (description: string, minimum = 0): JsonSchema => typed.int(description, minimum);
export const num = (description: string): JsonSchema => typed.num(description);
export const nullableNumber = (description: string): JsonSchema => typed.nullableNumber(description);
export const obj = (description: string, properties: Record<string, JsonSchema>, required: readonly string[]): JsonSchema => typed.obj(description, properties, required as never);
export const array = (description: string, items: JsonSchema): JsonSchema => typed.array(description, items);
