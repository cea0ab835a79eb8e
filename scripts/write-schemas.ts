// Writes schemas/*.schema.json from their sources in src/core/schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { MODEL_SCHEMA } from '../src/core/schema/model-schema.js';
import { POLICY_SCHEMA } from '../src/core/schema/policy-schema.js';
import { REPORT_SCHEMA } from '../src/core/schema/report-schema.js';

export const SCHEMA_FILES = {
  'schemas/model.schema.json': MODEL_SCHEMA,
  'schemas/policy.schema.json': POLICY_SCHEMA,
  'schemas/report.schema.json': REPORT_SCHEMA,
} as const;

export const schemaText = (schema: object): string => JSON.stringify(schema, null, 2) + '\n';

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('schemas', { recursive: true });
  for (const [file, schema] of Object.entries(SCHEMA_FILES)) writeFileSync(file, schemaText(schema));
}
