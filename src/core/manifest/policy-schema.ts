// Source of schemas/policy.schema.json and, through FromSchema, of PolicyDocument. The gates a stage may
// require and a waiver may name come from the section registry.
import { STAGES, type Stage } from './manifest.js';
import { WAIVABLE_CHECKS, WAIVER_CHECK_PATTERN } from '../promotion/waiver-review.js';
import { WAIVER_EXPIRES_PATTERN } from '../promotion/waivers.js';
import { GATE_KINDS } from '../report/sections.js';
import type { FromSchema } from '../schema/build.js';
import { CHECKLIST_ITEM_PATTERN, CHECKLIST_REF_PATTERN, CHECKLIST_SECTION_PATTERN, DURATION_PATTERN, NAME_PATTERN, OWNER_PATTERN, SEMVER_PATTERN } from '../schema/common.js';
import { CHECKLIST_ANSWER } from '../checklist/answer-schema.js';

const stageList = (description: string) =>
  ({
    type: 'array',
    description,
    uniqueItems: true,
    items: { enum: [...STAGES], description: 'A stage.' },
  }) as const;

/** One property per stage, in STAGES order. */
const perStage = <T>(schemaOf: (stage: Stage) => T): Record<Stage, T> => Object.fromEntries(STAGES.map((stage) => [stage, schemaOf(stage)])) as Record<Stage, T>;

const stageRules = {
  type: 'object',
  description: 'What a model needs to be in this stage. Omitted fields keep their defaults.',
  additionalProperties: false,
  properties: {
    checklist: {
      description: 'Checklist items that must be answered yes or n/a with evidence (or proven by the manifest): "all", or a list of sections (data) and item ids (data.labels-verified).',
      anyOf: [
        { const: 'all', description: 'Every checklist item.' },
        { type: 'array', description: 'Sections and item ids.', uniqueItems: true, items: { type: 'string', description: 'A section or item id.', pattern: CHECKLIST_REF_PATTERN } },
      ],
    },
    gates: {
      type: 'array',
      description: 'Gates the manifest must declare (and pass) for this stage.',
      uniqueItems: true,
      items: { enum: [...GATE_KINDS], description: 'A gate.' },
    },
    on_failure: { enum: ['block', 'warn'], description: 'block: a failing gate or missing checklist item fails the check (exit 1); warn: it is reported only.' },
    approvals: {
      type: 'object',
      description: 'Pull-request approvals required to enter this stage.',
      additionalProperties: false,
      properties: {
        count: { type: 'integer', minimum: 0, description: 'Number of approving reviews.' },
        from: {
          type: 'array',
          description: 'Who may approve: users (@alice) or teams (@org/team). Empty: anyone with write access.',
          items: { type: 'string', pattern: OWNER_PATTERN, description: 'A user or team.' },
        },
        unverified_membership: {
          enum: ['fail', 'warn'],
          description:
            "An approver whose membership of a team in `from` cannot be verified (a token without read:org, or approvals asserted with --approver on the command line): fail (default) does not count the approval, so the check fails closed; warn counts it, marks it unverified in the evidence and warns.",
        },
        older_commits: {
          enum: ['discard', 'count'],
          description:
            "An approval given on a commit other than the pull request's head (its head when merged, for promote), e.g. before the author pushed a new artifact: discard (default) does not count it, as GitHub's dismiss-stale-approvals does; count counts it and marks it as given on an older commit in the evidence and the message.",
        },
      },
    },
    soak: { type: 'string', pattern: DURATION_PATTERN, description: 'Minimum time the version must have spent in the previous stage (e.g. 7d).' },
  },
} as const;

export const POLICY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://modelops.dev/schemas/v1/policy.schema.json',
  title: 'modelops repository policy',
  description: 'modelops.yaml at the repository root. Every field is optional; defaults apply.',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind'],
  properties: {
    apiVersion: { const: 'modelops/v1', description: 'Policy format version. Always modelops/v1.' },
    kind: { const: 'Policy', description: 'Document kind. Always Policy.' },
    manifests: {
      description: 'Glob(s) of manifest files, relative to the repository root. Default models/*/model.yaml.',
      anyOf: [
        { type: 'string', minLength: 1, description: 'One glob.' },
        { type: 'array', minItems: 1, description: 'Several globs.', items: { type: 'string', minLength: 1, description: 'A glob.' } },
      ],
    },
    stages: {
      type: 'object',
      description: 'Rules per stage.',
      additionalProperties: false,
      properties: perStage((stage) => ({ ...stageRules, description: `Rules for the ${stage} stage.` })),
    },
    transitions: {
      type: 'object',
      description: 'Allowed stage changes: stage -> stages it may move to. Default development -> staging -> production, any -> archived, production -> staging (rollback).',
      additionalProperties: false,
      properties: perStage((stage) => stageList(`Stages a model in ${stage} may move to.`)),
    },
    initial_stages: stageList('Stages a new model may enter with its first manifest. Default development and staging.'),
    checklist: {
      type: 'object',
      description: "The repository's own checklist items (regulations, internal standards) and the answers the organisation gives once for every model.",
      additionalProperties: false,
      properties: {
        sections: {
          type: 'object',
          description: 'Titles of the sections the items below add, by section id (e.g. eu-ai-act: "EU AI Act: high-risk AI systems").',
          propertyNames: { pattern: CHECKLIST_SECTION_PATTERN },
          additionalProperties: { type: 'string', minLength: 1, description: 'The section title.' },
        },
        items: {
          type: 'array',
          description: "Items the policy adds, each in a section of its own (not one of the seven built-in ones). Models answer them under checklist.<section>.<key>.",
          items: {
            type: 'object',
            description: 'One added checklist item.',
            additionalProperties: false,
            required: ['id', 'question'],
            properties: {
              id: { type: 'string', pattern: CHECKLIST_ITEM_PATTERN, description: 'Stable id <section>.<key>, e.g. sr-11-7.independent-validation.' },
              question: { type: 'string', minLength: 10, description: 'The question the answer responds to, as reviewers read it.' },
              stages: stageList('Stages that require the item (besides any stages.<stage>.checklist naming it or its section). Default: none.'),
            },
          },
        },
        answers: {
          type: 'object',
          description: 'Org-level answers by item id (e.g. data.privacy), shared by every model; a model that answers the item itself replaces the answer. Evidence paths are relative to the repository root.',
          propertyNames: { pattern: CHECKLIST_ITEM_PATTERN },
          additionalProperties: { ...CHECKLIST_ANSWER, description: 'The answer every model gives unless it answers the item itself.' },
        },
      },
    },
    waivers: {
      type: 'array',
      description:
        'Reviewed, expiring exceptions: each lets one named check of one model version pass (as a warning), and is recorded in the evidence of the promotion it allows; audit lists those in force and reports expired ones. They reach the default branch through a pull request like any policy change.',
      items: {
        type: 'object',
        description: 'One waiver.',
        additionalProperties: false,
        required: ['model', 'check', 'reason', 'approved_by', 'expires'],
        properties: {
          model: { type: 'string', pattern: NAME_PATTERN, description: 'The model (metadata.name).' },
          version: { type: 'string', pattern: SEMVER_PATTERN, description: 'The version it applies to (required, except for audit.<code> waivers).' },
          check: {
            type: 'string',
            pattern: WAIVER_CHECK_PATTERN,
            description: `The check it waives: ${WAIVABLE_CHECKS.join(', ')} (an audit finding about the commit or tag named below).`,
          },
          reason: { type: 'string', minLength: 10, description: 'Why the exception is acceptable, in a sentence a reviewer can judge.' },
          approved_by: { type: 'array', minItems: 1, description: 'Who approved the exception.', items: { type: 'string', pattern: OWNER_PATTERN, description: 'A user or team.' } },
          expires: { type: 'string', pattern: WAIVER_EXPIRES_PATTERN, description: 'Last day it applies (YYYY-MM-DD, through the end of that day UTC), or an exact ISO 8601 instant.' },
          commit: { type: 'string', pattern: '^[0-9a-f]{7,40}$', description: 'audit.<code> waivers: the commit whose finding it resolves (full or abbreviated sha).' },
          tag: { type: 'string', minLength: 1, description: 'audit.<code> waivers: the tag whose finding it resolves.' },
        },
      },
    },
    monitoring: {
      type: 'object',
      description: 'What production monitoring every model must declare.',
      additionalProperties: false,
      properties: {
        require_current: {
          type: 'boolean',
          description: 'When true, a model in stage production must say where its production data comes from (monitoring.current with a path, glob or query): without one, validation fails. Default false.',
        },
      },
    },
    signatures: {
      type: 'object',
      description: 'Signed registry tags, checked by modelops audit with git verify-tag (SSH and GPG signatures).',
      additionalProperties: false,
      properties: {
        required: { type: 'boolean', description: 'When true, every registry tag (registration, stage, unassignment, deprecation) must carry a signature git verifies: an unsigned or untrusted-signed tag is an error, not a warning. Default false.' },
        allowed_signers: {
          type: 'string',
          minLength: 1,
          description: 'Path, relative to the repository root, of the SSH allowed signers file (the format of git\'s gpg.ssh.allowedSignersFile: "<email> namespaces=\\"git\\" <key>" per line), read at the audited commit. GPG signatures are checked against the auditor\'s keyring instead.',
        },
      },
    },
  },
} as const;

/** The policy as written in modelops.yaml (schemas/policy.schema.json): everything optional, merged over the defaults (`resolvePolicy`). */
export type PolicyDocument = FromSchema<typeof POLICY_SCHEMA>;
