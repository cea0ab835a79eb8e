// The audit trail of a model as the report sees it: no gate (`modelops audit` reports findings), its
// schema fragments and its part of the renderings.
import { WAIVER_USE, WAIVER_USE_REQUIRED } from '../promotion/section.js';
import { defineSection } from '../report/section.js';
import { VERDICTS } from '../report/verdict.js';
import { array, int, obj, str } from '../schema/builders.js';
import type { JsonSchema } from '../schema/common.js';
import { auditHtml, auditMarkdown, auditText } from './render.js';

const verdict: JsonSchema = { enum: [...VERDICTS], description: 'pass, warn, fail, skipped or error.' };

export const auditSection = defineSection({
  id: 'audit',
  title: 'Audit trail',
  order: 100,
  reportSchema: {
    model: { audit: { $ref: '#/$defs/modelAudit', description: 'The audit trail of the model (modelops audit).' } },
    defs: {
      pullRequest: obj(
        'A pull request as the evidence records it.',
        {
          number: int('Pull request number.', 1),
          author: str('Login of its author.'),
          approvers: array('Logins of the reviewers who approved it.', str('A login.')),
          url: str('Its URL.'),
        },
        ['number', 'approvers'],
      ),
      modelAudit: obj(
        'The audit trail of one model.',
        {
          events: array(
            'Every registration and stage change, oldest first.',
            obj(
              'One registry event, read from a tag and its evidence.',
              {
                tag: str('Tag name.'),
                action: { enum: ['register', 'deregister', 'assign', 'unassign', 'deprecate', 'create'], description: 'What the tag does, in GTO terms.' },
                version: str('Version concerned (from the tag name, the evidence, or the registration at the same commit).'),
                stage: str('Stage assigned or unassigned.'),
                commit: str('Commit the tag points at.'),
                time: { type: 'string', format: 'date-time', description: 'Tagger date; absent for lightweight tags.' },
                tagger: str('Tagger as Name <email>.'),
                evidence: { enum: ['present', 'missing', 'invalid'], description: 'Whether the message carries modelops evidence.' },
                mergeCommit: str('The promoted commit, from the evidence.'),
                pullRequest: { $ref: '#/$defs/pullRequest', description: 'The pull request, from the evidence.' },
                workflowRun: str('URL of the workflow run, from the evidence.'),
                verdict: { ...verdict, description: 'Verdict of the gate report in the evidence.' },
                gates: array('Gate verdicts in the evidence.', obj('One gate.', { gate: str('Gate id.'), verdict }, ['gate', 'verdict'])),
                signature: { enum: ['unsigned', 'good', 'bad', 'unverified'], description: 'What git verify-tag says of the signature.' },
                signatureDetail: str('What git verify-tag printed, when signed.'),
                seal: { enum: ['intact', 'broken', 'absent'], description: 'The evidence\'s seal recomputed from the tag message: intact, broken (edited after it was written), or absent (written before evidence was sealed).' },
              },
              ['tag', 'action', 'commit', 'evidence', 'signature'],
            ),
          ),
          versions: array(
            'Registered versions.',
            obj(
              'A registered version and its artifact re-hashed at the tag.',
              {
                version: str('Version.'),
                tag: str('Registration tag.'),
                commit: str('Commit of the registration.'),
                time: { type: 'string', format: 'date-time', description: 'When it was registered.' },
                artifact: obj(
                  'The artifact at the registration.',
                  {
                    path: str('Artifact path.'),
                    recorded: str('sha256 recorded by the evidence (else by the manifest at the tag).'),
                    actual: str('sha256 of the file at the tag.'),
                    status: { enum: ['match', 'mismatch', 'missing'], description: 'Whether the file still hashes to the recorded sha256.' },
                  },
                  ['path', 'recorded', 'status'],
                ),
              },
              ['version', 'tag', 'commit'],
            ),
          ),
          stages: array(
            'Stages held at the audit instant (GTO: a stage holds the version of its latest assignment).',
            obj(
              'One stage.',
              { stage: str('Stage.'), version: str('Version holding it.'), tag: str('The assignment tag.'), since: { type: 'string', format: 'date-time', description: 'When it was assigned.' } },
              ['stage', 'tag'],
            ),
          ),
          waivers: array(
            "The model's waivers in the policy at the audited commit.",
            obj(
              'One waiver and its status.',
              { ...WAIVER_USE, status: { enum: ['in-force', 'expired', 'unknown-model', 'invalid'], description: 'in-force: it applies now; expired: past its expires; unknown-model, invalid: it waives nothing (a finding says why).' } },
              [...WAIVER_USE_REQUIRED, 'status'],
            ),
          ),
          monitoring: obj(
            'What the monitoring log (branch modelops/monitoring) had for the model at the audit instant.',
            {
              records: { type: 'integer', minimum: 0, description: 'Records of the model in the log.' },
              problem: str('Why the log could not be read.'),
              note: str('Why the log was not fetched from the remote (offline, say): the local copy was read.'),
              seen: obj(
                'The chunk monitoring saw: the one containing the instant, else the latest before it, as logged by then.',
                {
                  chunk: str('Chunk key.'),
                  start: str('First instant of the chunk (UTC).'),
                  end: str('End of the chunk, exclusive (UTC).'),
                  covers: { type: 'boolean', description: 'The chunk contains the instant.' },
                  rows: { type: 'integer', minimum: 0, description: 'Rows in the chunk.' },
                  run: str('The run that logged it.'),
                  version: str('The model version in production then.'),
                  time: str('When the run logged it (UTC).'),
                  loggedAfter: { type: 'boolean', description: 'No run had logged the chunk by the instant: the first record written after it.' },
                  alerts: array('Signals outside their band on the chunk.', str('A signal id.')),
                },
                ['chunk', 'covers', 'rows', 'run', 'version', 'time', 'loggedAfter', 'alerts'],
              ),
            },
            ['records'],
          ),
        },
        ['events', 'versions', 'stages'],
      ),
    },
  },
  text: { status: auditText },
  markdown: { history: auditMarkdown },
  html: { history: auditHtml },
});
