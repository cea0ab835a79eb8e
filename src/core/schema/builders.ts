// Small builders of JSON Schema fragments, shared by the schema files and the capabilities' sections
// that contribute to them. Two families: the manifest's (`object` lists `required` only when there is
// one) and the report's (`obj` always lists it, every property described).
import * as typed from './build.js';
import type { JsonSchema } from './common.js';

// ---- The manifest (schemas/model.schema.json) ----

export const object = (description: string, properties: Record<string, JsonSchema>, required: string[] = [], extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  description,
  additionalProperties: false,
  ...(required.length > 0 ? { required } : {}),
  properties,
  ...extra,
});
export const string = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', description, ...extra });
export const number = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'number', description, ...extra });
export const integer = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'integer', description, ...extra });
export const boolean = (description: string): JsonSchema => ({ type: 'boolean', description });
export const ref = (name: string, description: string): JsonSchema => ({ $ref: `#/$defs/${name}`, description });

/** One of `values`. */
export const choice = (values: readonly string[], description: string): JsonSchema => ({ enum: [...values], description });
/** A probability strictly between 0 and 1: a significance level or a false-alarm rate. */
export const level = (description: string): JsonSchema => number(description, { exclusiveMinimum: 0, exclusiveMaximum: 1 });

/** The manifest's inclusive bounds (`$defs/bound`). */
export const bound = (description: string): JsonSchema => ref('bound', description);

export const metricBounds = (description: string, names: readonly { id: string; description: string }[]): JsonSchema =>
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
