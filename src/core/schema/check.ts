// JSON Schema validation of a parsed YAML document, with errors as `file:line:col: field: message`.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { closest, distance } from 'fastest-levenshtein';
import type { Finding } from '../report/verdict.js';
import { pointerSegments, segmentsToPointer, type YamlSource } from '../manifest/yaml-source.js';
import { PATTERN_HINTS, type JsonSchema } from './common.js';
// Precompiled from model-schema.ts and policy-schema.ts by `npm run bundle` (a test keeps them in step).
import { validateModel, validatePolicy } from './validators.generated.js';

const VALIDATORS: Record<'model' | 'policy', ValidateFunction> = { model: validateModel, policy: validatePolicy };
export type SchemaKind = keyof typeof VALIDATORS;

export function checkAgainstSchema(kind: SchemaKind, source: YamlSource): Finding[] {
  const validate = VALIDATORS[kind];
  if (validate(source.value)) return [];
  const errors = relevantErrors(validate.errors ?? []);
  const findings = new Map<string, Finding>();
  for (const error of errors) {
    const finding = toFinding(error, source);
    const key = `${finding.line}:${finding.column}:${finding.message}`;
    if (!findings.has(key)) findings.set(key, finding);
  }
  return [...findings.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** An `anyOf` failure explains itself; the failures of each of its branches are noise. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath + '/');
  return errors.filter((e) => !anyOfPaths.some((p) => e.schemaPath.startsWith(p)) && e.keyword !== 'if');
}

function describeValue(value: unknown, written?: string): string {
  if (value === null) return written === undefined || written === '' ? 'nothing (an empty value)' : 'null';
  // YAML reads `1.10` as the number 1.1 and `.inf` as Infinity: echo what the user wrote.
  if (typeof value === 'number' && !Number.isFinite(value)) return `${written ?? String(value)} (${Number.isNaN(value) ? 'not a number' : 'infinity'})`;
  if (typeof value === 'number' && written !== undefined) return `number ${written}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `${typeof value} ${String(value)}`;
}

function describeSchemaType(schema: JsonSchema): string {
  if ('const' in schema) return JSON.stringify(schema['const']);
  if (Array.isArray(schema['enum'])) return `one of ${(schema['enum'] as unknown[]).join(', ')}`;
  const type = schema['type'];
  const names: Record<string, string> = { string: 'a string', array: 'a list', object: 'a mapping', number: 'a number', integer: 'an integer', boolean: 'true or false' };
  if (Array.isArray(type)) return type.map((t) => names[t as string] ?? t).join(' or ');
  return names[type as string] ?? 'a valid value';
}

const dotted = (segments: readonly string[]): string => segments.join('.') || '(document)';

function toFinding(error: ErrorObject, source: YamlSource): Finding {
  const segments = pointerSegments(error.instancePath);
  const found = () => describeValue(error.data, source.written(segments));
  let at = segments;
  let target: 'key' | 'value' = 'value';
  let message: string;
  let hint: string | undefined;
  const params = error.params as Record<string, unknown>;
  const parentSchema = (error.parentSchema ?? {}) as JsonSchema;
  switch (error.keyword) {
    case 'required':
      message = `${dotted(segments)}: missing required field '${String(params['missingProperty'])}'`;
      if (segments.length > 0) target = 'key';
      break;
    case 'additionalProperties': {
      const field = String(params['additionalProperty']);
      at = [...segments, field];
      target = 'key';
      const allowed = Object.keys((parentSchema['properties'] as object | undefined) ?? {});
      message = `${dotted(segments)}: unknown field '${field}'`;
      const suggestion = allowed.length > 0 ? closest(field, allowed) : undefined;
      hint =
        suggestion && similar(field, suggestion)
          ? `did you mean '${suggestion}'?`
          : allowed.length > 0 && allowed.length <= 15
            ? `allowed fields: ${allowed.join(', ')}`
            : undefined;
      break;
    }
    case 'type':
      message = `${dotted(segments)}: must be ${describeSchemaType(parentSchema)}, found ${found()}`;
      // YAML reads 1.0, 2024 or 1e5 as numbers, and the user meant text.
      if (parentSchema['type'] === 'string' && (typeof error.data === 'number' || typeof error.data === 'boolean')) hint = 'put the value in quotes';
      else if (typeof error.data === 'number' && !Number.isFinite(error.data)) hint = 'bounds and thresholds must be finite numbers; leave a bound out to make it unlimited';
      else if (error.data === null) hint = 'give the field a value, or remove it';
      break;
    case 'enum':
    case 'const':
      message = `${dotted(segments)}: must be ${describeSchemaType(parentSchema)}, found ${found()}`;
      break;
    case 'pattern': {
      const pattern = String(params['pattern']);
      message = `${dotted(segments)}: must be ${PATTERN_HINTS[pattern] ?? `text matching ${pattern}`}, found ${found()}`;
      break;
    }
    case 'anyOf': {
      const branches = (parentSchema['anyOf'] as JsonSchema[] | undefined) ?? [];
      message = `${dotted(segments)}: must be ${branches.map(describeSchemaType).join(' or ')}, found ${found()}`;
      break;
    }
    case 'dependentRequired':
      if (segments.length > 0) target = 'key';
      message = `${dotted(segments)}: '${String(params['property'])}' needs '${String(params['missingProperty'])}' as well`;
      break;
    case 'minProperties':
      message = `${dotted(segments)}: must not be empty`;
      break;
    case 'uniqueItems':
      message = `${dotted(segments)}: items ${String(params['j'])} and ${String(params['i'])} are the same; list each once`;
      break;
    case 'propertyNames':
      message = `${dotted(segments)}: key '${String(params['propertyName'])}' is not a valid name`;
      break;
    default:
      message = `${dotted(segments)}: ${error.message ?? 'is invalid'}`;
      if (typeof error.data === 'number' && !Number.isFinite(error.data)) message = `${dotted(segments)}: must be a finite number, found ${found()}`;
  }
  const pos = source.locate(at, target);
  return {
    severity: 'error',
    category: 'input',
    code: 'schema',
    message,
    file: source.file,
    line: pos.line,
    column: pos.column,
    pointer: segmentsToPointer(at),
    ...(hint ? { hint } : {}),
  };
}

/** Suggest a field only when at most a third of the longer name differs. */
function similar(a: string, b: string): boolean {
  return distance(a, b) <= Math.ceil(Math.max(a.length, b.length) / 3);
}
