// Source of schemas/evidence.schema.json and, through FromSchema, of the Evidence type (evidence.ts): the
// JSON in the message of every tag modelops promote writes, after a one-line summary and a blank line.
import { VERDICTS } from '../report/verdict.js';
import { obj, str } from '../schema/build.js';

const REPORT = 'https://modelops.dev/schemas/v1/report.schema.json';
const sha = (description: string) => ({ type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$', description }) as const;

export const EVIDENCE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://modelops.dev/schemas/v1/evidence.schema.json',
  title: 'modelops promotion evidence',
  ...obj(
    'The evidence in the message of a promotion tag (<name>@v<version> or <name>#<stage>#<n>): what was promoted, from which commit and pull request, with which approvals, on the strength of which gate report.',
    {
      apiVersion: { const: 'modelops/v1', description: 'Evidence format version.' },
      kind: { const: 'Evidence', description: 'Document kind.' },
      action: { enum: ['register', 'assign', 'unassign', 'deprecate'], description: 'register: the tag registers the version; assign: it assigns the stage; unassign: it withdraws the stage (GTO\'s <name>#<stage>!#<n>); deprecate: it archives the model (GTO\'s <name>@deprecated#<n>).' },
      tag: str('The tag this evidence was written for; a copy under another name is detected.'),
      model: str('Model name (metadata.name).'),
      version: str('Version registered or assigned.'),
      stage: str('Stage assigned (assign), or the stage in the manifest when the version was registered (register).'),
      commit: sha('Commit the tag points at: the promoted commit for a registration, the registration commit for an assignment (where GTO looks up the version). A tag found elsewhere was moved.'),
      mergeCommit: sha('The promoted commit: the head of the push (its after).'),
      range: obj(
        'The pushed range the promotion covers; the audit counts manifest changes in it as covered.',
        { from: { type: ['string', 'null'], description: 'The commit before the push; null for a first promotion.' }, to: sha('The promoted commit.') },
        ['from', 'to'],
      ),
      manifest: obj(
        'The manifest promoted.',
        {
          path: str('Manifest path, relative to the repository root.'),
          blob: str('Git blob id of the manifest at the promoted commit.'),
          contentDigest: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'sha256 of the canonical JSON of the content a version pins (task, artifact, data, gates).' },
        },
        ['path', 'blob', 'contentDigest'],
      ),
      files: {
        type: 'array',
        description: 'Files the manifest pins by sha256, artifact first.',
        items: obj(
          'A pinned file.',
          {
            role: { enum: ['artifact', 'training', 'evaluation', 'reference'], description: 'What the file is.' },
            path: str('Path relative to the repository root.'),
            sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'sha256 recorded by the manifest (and checked by the gates).' },
            blob: str('Git blob id of the file at the promoted commit.'),
          },
          ['role', 'path', 'sha256'],
        ),
      },
      previous: obj('The model before the range.', { version: str('Version.'), stage: str('Stage.') }, ['version', 'stage']),
      pullRequest: { $ref: `${REPORT}#/$defs/pullRequest`, description: 'The merged pull request, its author and approvers.' },
      workflowRun: str('URL of the workflow run that promoted.'),
      verdict: { enum: [...VERDICTS], description: 'Verdict of the gate report: pass or warn (promote writes nothing otherwise).' },
      gates: {
        type: 'array',
        description: 'Each gate\'s verdict, as in the report.',
        items: obj('One gate.', { gate: str('Gate id.'), verdict: { enum: [...VERDICTS], description: 'Its verdict.' }, blocking: { type: 'boolean', description: 'Whether its failure blocks per the policy.' } }, ['gate', 'verdict', 'blocking']),
      },
      createdAt: { type: 'string', format: 'date-time', description: 'When the evidence was written: the tagger date of its tag, to the second (the audit compares them: a re-created, back-dated tag disagrees).' },
      tool: obj('The tool that wrote it.', { name: { const: 'modelops', description: 'Tool name.' }, version: str('Tool version.') }, ['name', 'version']),
      seal: obj(
        'Digests that bind the evidence: the report by its exact bytes, and every other field (tag, commit, createdAt, verdict, pull request, approvers, files) with the report\'s digest. Absent from evidence written before binding. A digest detects edits, not a forger who recomputes it: signed tags do.',
        {
          report: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'sha256 of the report\'s JSON text exactly as the message embeds it (the last field, on one line).' },
          header: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'sha256 of the canonical JSON (keys sorted, no spaces) of the evidence without report, with seal holding only report.' },
        },
        ['report', 'header'],
      ),
      report: { $ref: REPORT, description: 'The full report of validation and gates on the promoted commit, for this model.' },
    },
    ['apiVersion', 'kind', 'action', 'tag', 'model', 'version', 'stage', 'commit', 'mergeCommit', 'range', 'manifest', 'files', 'verdict', 'gates', 'createdAt', 'tool', 'report'],
  ),
} as const;

/**
 * What the audit validates of a tag's evidence: every field but the report, which it reads apart (checkSeal
 * parses it; the fields are read without it). The same fields as EVIDENCE_SCHEMA, but `report` is only a
 * mapping and `gates` may be absent, as in evidence written before it had them (evidenceGates reads the
 * report's then).
 */
export const EVIDENCE_HEADER_SCHEMA = {
  ...EVIDENCE_SCHEMA,
  $id: 'https://modelops.dev/schemas/v1/evidence-header.schema.json',
  required: EVIDENCE_SCHEMA.required.filter((key) => key !== 'report' && key !== 'gates'),
  properties: { ...EVIDENCE_SCHEMA.properties, report: { type: 'object', description: 'The report, read apart (schemas/report.schema.json).' } },
} as const;
