// JSON Schema validation of the documents read from outside: a parsed YAML document (manifest, policy), with
// errors as findings at `file:line:col`, or a JSON document (profile, evidence, monitoring log record), with
// errors as `field: message`. Both word the errors alike, from the precompiled validators.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { closest, distance } from 'fastest-levenshtein';
import type { Finding } from '../report/verdict.js';
import { pointerSegments, segmentsToPointer, type YamlSource } from '../manifest/yaml-source.js';
import { PATTERN_HINTS, type JsonSchema } from './common.js';
// Precompiled from the schema sources by scripts/write-schemas.ts (a test keeps them in step).
import { validateEvidenceHeader, validateModel, validateMonitoringLogRecord, validatePolicy, validateProfile } from './validators.generated.js';

const VALIDATORS = {
  model: validateModel,
  policy: validatePolicy,
  profile: validateProfile,
  /** Evidence without its report (profile-schema.ts's EVIDENCE_HEADER_SCHEMA): the audit reads only that. */
  evidenceHeader: validateEvidenceHeader,
  monitoringLogRecord: validateMonitoringLogRecord,
} satisfies Record<string, ValidateFunction>;
export type SchemaKind = keyof typeof VALIDATORS;
export type YamlSchemaKind = 'model' | 'policy';

export function checkAgainstSchema(kind: YamlSchemaKind, source: YamlSource): Finding[] {
  const validate = VALIDATORS[kind];
  if (validate(source.value)) return [];
  const findings = new Map<string, Finding>();
  for (const error of relevantErrors(validate.errors ?? [])) {
    const finding = toFinding(error, source);
    const key = `${finding.line}:${finding.column}:${finding.message}`;
    if (!findings.has(key)) findings.set(key, finding);
  }
  return [...findings.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A JSON document's problems against its schema, each `field: message` (`columns.0.count: must be an integer, found "x"`), each once; none when it is valid. */
export function schemaProblems(kind: SchemaKind, value: unknown): string[] {
  const validate = VALIDATORS[kind];
  if (validate(value)) return [];
  const errors = relevantErrors(validate.errors ?? []);
  // Another kind of document (a report given as a profile), or another version: that is the one problem.
  const wrongDocument = errors.filter((e) => e.keyword === 'const' && (e.instancePath === '/kind' || e.instancePath === '/apiVersion'));
  const problems = (wrongDocument.length > 0 ? wrongDocument : errors).map((error) => {
    const { message, hint } = describeError(error, () => undefined);
    // The other hints are about YAML (quoting, .inf, empty values); a field name suggestion holds in JSON too.
    return hint && error.keyword === 'additionalProperties' ? `${message} (${hint})` : message;
  });
  return [...new Set(problems)];
}

/**
 * Only the errors that explain the failure: an `anyOf` failure explains itself, so the failures of each of
 * its branches are noise; a `oneOf` whose branches each fix one property to a constant (a profile column's
 * `kind`) is decided by that property, so only the matching branch's errors count.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const noise: string[] = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath + '/');
  const explained = new Set<ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== 'oneOf') continue;
    const branches = (error.schema ?? []) as JsonSchema[];
    const key = discriminator(branches);
    if (key === undefined) continue;
    const value = (error.data as Record<string, unknown> | null)?.[key];
    const match = branches.findIndex((b) => (b['properties'] as Record<string, JsonSchema>)[key]!['const'] === value);
    branches.forEach((_b, i) => {
      if (i !== match) noise.push(`${error.schemaPath}/${i}/`);
    });
    if (match >= 0) explained.add(error);
  }
  return errors.filter((e) => !explained.has(e) && !noise.some((p) => e.schemaPath.startsWith(p)) && e.keyword !== 'if');
}

/** The property every branch fixes with `const`, if there is one. */
function discriminator(branches: readonly JsonSchema[]): string | undefined {
  const first = branches[0]?.['properties'] as Record<string, JsonSchema> | undefined;
  return Object.keys(first ?? {}).find((key) => branches.every((b) => (b['properties'] as Record<string, JsonSchema> | undefined)?.[key]?.['const'] !== undefined));
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

interface DescribedError {
  /** Where the error is: the field's path segments, and whether its key or its value is at fault. */
  at: string[];
  target: 'key' | 'value';
  message: string;
  hint?: string;
}

/** An Ajv error in words; `written` gives a scalar as the user wrote it (YAML), when known. */
function describeError(error: ErrorObject, written: (segments: string[]) => string | undefined): DescribedError {
  const segments = pointerSegments(error.instancePath);
  const found = () => describeValue(error.data, written(segments));
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
    case 'oneOf': {
      const branches = (parentSchema['oneOf'] as JsonSchema[] | undefined) ?? [];
      const key = discriminator(branches);
      if (key !== undefined) {
        at = [...segments, key];
        message = `${dotted(at)}: must be one of ${branches.map((b) => JSON.stringify((b['properties'] as Record<string, JsonSchema>)[key]!['const'])).join(', ')}`;
      } else message = `${dotted(segments)}: must match exactly one of ${branches.length} shapes`;
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
  return { at, target, message, ...(hint ? { hint } : {}) };
}

function toFinding(error: ErrorObject, source: YamlSource): Finding {
  const { at, target, message, hint } = describeError(error, (segments) => source.written(segments));
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
