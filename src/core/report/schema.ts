// Source of schemas/report.schema.json: the one result document of every command (src/core/report/model.ts).
import { VERDICTS } from './verdict.js';
import { array, int, num, obj, str } from '../schema/builders.js';
import type { JsonSchema } from '../schema/common.js';
import type { ReportSchemaFragment } from './section.js';
import { SECTIONS } from './sections.js';

/** The sections' fragments of one part of the schema, in registry order. */
const sectionSchemas = (part: keyof ReportSchemaFragment): Record<string, JsonSchema> => Object.assign({}, ...SECTIONS.map((s) => s.reportSchema?.[part] ?? {}));

const verdict: JsonSchema = { enum: [...VERDICTS], description: 'pass, warn, fail, skipped or error.' };
const finding = obj(
  'A problem found, located in a file where possible.',
  {
    severity: { enum: ['error', 'warning', 'info'], description: 'error fails the check; warning and info are reported only.' },
    category: { enum: ['input', 'policy'], description: 'input: the files are invalid (exit 2); policy: they break the repository policy (exit 1).' },
    code: str('Stable identifier of the kind of finding (e.g. schema, hash-mismatch, stage-transition).'),
    message: str('What is wrong, in plain language.'),
    file: str('File concerned, relative to the repository root.'),
    line: int('1-based line in the file.', 1),
    column: int('1-based column in the file.', 1),
    pointer: str('JSON pointer into the document (e.g. /artifact/sha256).'),
    hint: str('What to do about it.'),
    commit: str('Commit the finding is about (audit).'),
    tag: str('Git tag the finding is about (audit, promote).'),
  },
  ['severity', 'category', 'code', 'message'],
);

const bound = obj('Inclusive bounds.', { min: { type: 'number', description: 'Lowest allowed.' }, max: { type: 'number', description: 'Highest allowed.' } }, []);

export const REPORT_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://modelops.dev/schemas/v1/report.schema.json',
  title: 'modelops report',
  ...obj(
    'The single result of every modelops command; terminal text, Markdown, HTML, tag evidence and issues are rendered from it.',
    {
      apiVersion: { const: 'modelops/v1', description: 'Report format version.' },
      kind: { const: 'Report', description: 'Document kind.' },
      tool: obj('The tool that wrote the report.', { name: { const: 'modelops', description: 'Tool name.' }, version: str('Tool version.') }, ['name', 'version']),
      command: str('Command that produced the report (validate, gate, drift, promote, audit).'),
      createdAt: { type: 'string', format: 'date-time', description: 'When the report was made (ISO 8601, UTC).' },
      repository: obj(
        'The repository examined.',
        {
          root: str('Repository root as given on the command line.'),
          base: obj('Base the change was compared with.', { ref: str('Ref as given.'), commit: str('Resolved commit SHA.') }, ['ref', 'commit']),
        },
        ['root'],
      ),
      verdict: { ...verdict, description: 'Overall verdict: the worst of all models and repository findings.' },
      exitCode: { enum: [0, 1, 2], description: '0 all good, 1 a policy or gate failure, 2 invalid input or usage.' },
      summary: obj(
        'Count of models per verdict.',
        { models: int('Models examined.'), pass: int('Passed.'), warn: int('Passed with warnings.'), fail: int('Failed.'), skipped: int('Skipped.'), error: int('Invalid.') },
        ['models', 'pass', 'warn', 'fail', 'skipped', 'error'],
      ),
      findings: array('Findings not tied to a single model.', { $ref: '#/$defs/finding' }),
      models: array('One entry per model examined.', { $ref: '#/$defs/model' }),
      audit: obj(
        'What modelops audit examined (audit reports only).',
        {
          ref: str('Branch or ref whose first-parent history was checked.'),
          commit: str('The commit it resolved to.'),
          at: { type: 'string', format: 'date-time', description: 'The instant the stages are given at (--at, default the time of the audit).' },
          commits: int('Commits on the first-parent line.'),
          tags: int('Registry tags (GTO format) read.'),
        },
        ['ref', 'commit', 'at', 'commits', 'tags'],
      ),
    },
    ['apiVersion', 'kind', 'tool', 'command', 'createdAt', 'repository', 'verdict', 'exitCode', 'summary', 'findings', 'models'],
  ),
  $defs: {
    finding,
    ...sectionSchemas('defs'),
    model: obj(
      'Result for one model.',
      {
        name: str('Model name (metadata.name, or the folder name when the manifest could not be read).'),
        manifest: str('Manifest path, relative to the repository root.'),
        version: str('Version declared by the manifest.'),
        stage: str('Stage declared by the manifest.'),
        verdict,
        findings: array('Findings for this model.', { $ref: '#/$defs/finding' }),
        checklist: obj(
          'Readiness checklist completion.',
          {
            total: int('Items in the checklist.'),
            required: int('Items the stage requires.'),
            satisfiedRequired: int('Required items satisfied.'),
            verified: int('Items proven by the manifest itself.'),
            sectionTitles: { type: 'object', description: 'Titles of the sections the policy adds, by section id.', additionalProperties: str('A section title.') },
            items: array(
              'Every checklist item.',
              obj(
                'One checklist item.',
                {
                  id: str('Stable item id, e.g. data.labels-verified.'),
                  section: str('Checklist section.'),
                  question: str('The question.'),
                  required: { type: 'boolean', description: 'Whether the stage requires it.' },
                  answer: { enum: ['yes', 'no', 'n/a'], description: 'The answer given.' },
                  evidence: array('Evidence given.', str('Text, a link or a repository path.')),
                  proof: str('How the manifest itself proves the item.'),
                  contradiction: str('What in the manifest contradicts the answer (status contradicted).'),
                  answeredBy: { enum: ['policy'], description: "policy: the answer is the policy's org-level one (modelops.yaml checklist.answers), not the model's own." },
                  status: {
                    enum: ['verified', 'answered', 'unanswered', 'no-evidence', 'answered-no', 'placeholder', 'contradicted'],
                    description: 'Item status. placeholder: the only evidence is a placeholder (TODO, TBD, x, a copy of the question); contradicted: the manifest disproves the answer.',
                  },
                  satisfied: { type: 'boolean', description: 'Whether the item counts as done.' },
                },
                ['id', 'section', 'question', 'required', 'status', 'satisfied'],
              ),
            ),
          },
          ['total', 'required', 'satisfiedRequired', 'verified', 'items'],
        ),
        change: obj(
          'What changed against the base.',
          {
            kind: { enum: ['added', 'modified', 'unchanged'], description: 'Kind of change.' },
            base: obj('The model at the base.', { version: str('Version.'), stage: str('Stage.'), sha256: str('Artifact SHA-256.') }, ['version', 'stage']),
            contentChanges: array('Content fields (artifact, data, gates) that differ from the base.', str('A dotted path.')),
          },
          ['kind', 'contentChanges'],
        ),
        gates: array(
          'Gate results.',
          obj(
            'One gate.',
            {
              gate: str('Gate id (performance, robustness, fairness, drift, champion).'),
              verdict,
              blocking: { type: 'boolean', description: 'Whether a failure blocks per the policy.' },
              summary: str('One-line summary.'),
              checks: array(
                'Individual checks of the gate.',
                obj(
                  'One check.',
                  {
                    name: str('What was checked.'),
                    verdict,
                    value: { type: ['number', 'string', 'null'], description: 'Measured value.' },
                    bound,
                    champion: { type: ['number', 'null'], description: "The value compared with: the production version's or the baseline's." },
                    against: { enum: ['champion', 'baseline'], description: 'What the compared value is (default champion).' },
                    delta: { type: ['number', 'null'], description: 'value - champion.' },
                    interval: obj('Confidence interval of the value, when the verdict used one (fairness).', { lower: num('Lower end.'), upper: num('Upper end.'), level: num('Confidence level, e.g. 0.95.') }, ['lower', 'upper', 'level']),
                    rule: { enum: ['evidence', 'point-estimate', 'shown-to-meet'], description: 'How the verdict was decided: evidence (fairness) fails only when the whole interval lies outside the bound (inconclusive when the value breaks it but the interval reaches it: warn); point-estimate compares the value alone (a performance bound met by the value whose interval reaches outside it warns: not shown at this sample size); shown-to-meet (performance) passes only when the whole interval meets the bound.' },
                    message: str('Explanation.'),
                    pointer: str('JSON pointer of the manifest field that sets the bound, e.g. /gates/fairness/metrics/demographic_parity_ratio.'),
                    line: { type: 'integer', minimum: 1, description: 'Line of that field in the manifest (1-based): where annotations are placed.' },
                    column: { type: 'integer', minimum: 1, description: 'Column of that field in the manifest (1-based).' },
                    volatile: { type: 'boolean', description: 'A timing or memory measurement that varies between runs of the same model: shown, but not part of the identity that decides whether a PR comment changed.' },
                  },
                  ['name', 'verdict'],
                ),
              ),
            },
            ['gate', 'verdict', 'blocking', 'summary', 'checks'],
          ),
        ),
        evaluation: { $ref: '#/$defs/evaluation', description: 'What running the model on its evaluation data measured (gate).' },
        ...sectionSchemas('model'),
      },
      ['name', 'manifest', 'verdict', 'findings', 'gates'],
    ),
    evaluation: obj(
      'What running the model on its evaluation data measured.',
      {
        dataset: str('Evaluation data file, relative to the repository root.'),
        rows: int('Rows evaluated.'),
        ...sectionSchemas('evaluation'),
      },
      ['dataset', 'rows', 'metrics'],
    ),
  },
};
