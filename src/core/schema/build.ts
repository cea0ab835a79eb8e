// Typed JSON Schema builders. Each returns its schema with literal types, so one definition gives both the
// file in schemas/ (scripts/write-schemas.ts) and, through json-schema-to-ts's FromSchema, the TS type of
// the document: `type Profile = FromSchema<typeof PROFILE_SCHEMA>`.
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

export type { FromSchema, JSONSchema };

export const str = (description: string) => ({ type: 'string', description }) as const;
/** An integer from `minimum`: a count by default. */
export const int = (description: string, minimum = 0) => ({ type: 'integer', minimum, description }) as const;
export const num = (description: string) => ({ type: 'number', description }) as const;
export const nullableNumber = (description: string) => ({ type: ['number', 'null'], description }) as const;
export const bool = (description: string) => ({ type: 'boolean', description }) as const;
export const array = <const I>(description: string, items: I) => ({ type: 'array', description, items }) as const;

/** A closed object: only these properties, the `required` ones among them (checked against the names). */
export const obj = <const P extends Record<string, unknown>, const R extends readonly (keyof P & string)[]>(description: string, properties: P, required: R) =>
  ({ type: 'object', description, additionalProperties: false, required, properties }) as const;

/**
 * The type of an object schema without some of its properties: those that are `$ref`s into another
 * document's schema (FromSchema cannot follow them), which the caller types with that document's own type.
 */
export type FromSchemaWithout<S extends { properties: object; required: readonly string[] }, K extends keyof S['properties'] & string> =
  Omit<S, 'properties' | 'required'> & { properties: Omit<S['properties'], K>; required: readonly Exclude<S['required'][number], K>[] } extends infer W extends JSONSchema
    ? FromSchema<W>
    : never;
