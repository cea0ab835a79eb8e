// Source of schemas/report.schema.json: the one result document of every command (src/core/report/model.ts).
import { VERDICTS } from './verdict.js';
import { array, int, nullableNumber, num, obj, str } from '../schema/build.js';
import type { JsonSchema } from '../schema/common.js';
import { DRIFT_REPORT_DEFS } from '../drift/schema.js';

const verdict: JsonSchema = { enum: [...VERDICTS], description: 'pass, warn, fail, skipped or error.' };
const WAIVER_USE = {
        check: str('The check waived: approvals, soak, gate.<gate>, checklist.<item id> or audit.<finding code>.'),
        model: str('The model.'),
        version: str('The version it applies to.'),
        commit: str('audit waivers: the commit whose finding it resolves.'),
        tag: str('audit waivers: the tag whose finding it resolves.'),
        reason: str('Why the exception was accepted.'),
        approvedBy: array('Who approved it.', str('A user or team.')),
        expires: str('Last day (YYYY-MM-DD) or instant it applies.'),
        file: str('File it is written in.'),
        line: int('1-based line of the waiver in the file.', 1),
      };
const WAIVER_USE_REQUIRED = ['check', 'model', 'reason', 'approvedBy', 'expires'] as const;

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
    ...DRIFT_REPORT_DEFS,
    promotion: obj(
      'What modelops promote did for one model.',
      {
        status: { enum: ['promoted', 'up-to-date', 'blocked'], description: 'promoted: tags written; up-to-date: the registry already said so; blocked: validation or a blocking gate failed, nothing written.' },
        reason: str('Why nothing was promoted (blocked).'),
        commit: str('The promoted commit (the push\'s after).'),
        tags: array(
          'The tags that register the version and assign the stage, created now or found.',
          obj(
            'One tag.',
            {
              tag: str('Tag name in GTO format.'),
              action: { enum: ['register', 'assign', 'unassign', 'deprecate'], description: 'register: <name>@v<version>; assign: <name>#<stage>#<n>; unassign: <name>#<stage>!#<n> (GTO\'s, written when a model moves down from that stage); deprecate: <name>@deprecated#<n> (GTO\'s, written when a model is archived).' },
              commit: str('Commit the tag points at.'),
              created: { type: 'boolean', description: 'Whether this run created it.' },
              signed: { type: 'boolean', description: 'Whether the tag is signed.' },
            },
            ['tag', 'action', 'commit', 'created', 'signed'],
          ),
        ),
        pushedTo: str('Remote the tags were pushed to.'),
      },
      ['status', 'commit', 'tags'],
    ),
    waiverUse: obj('A waiver as written in the policy (modelops.yaml waivers).', WAIVER_USE, WAIVER_USE_REQUIRED),
    enforcement: obj(
      'How the policy of the stage a model enters was enforced where the report was made.',
      {
        stage: str('The stage whose policy was enforced.'),
        context: { enum: ['promotion', 'pull-request', 'command-line'], description: 'promotion: promote, when tagging; pull-request: the Action on a pull request; command-line: the CLI gate, where approvals cannot be read.' },
        requirements: array(
          'Each requirement of the stage.',
          obj(
            'One requirement.',
            {
              check: str('approvals, soak, checklist or gate.<gate>.'),
              status: { enum: ['met', 'waived', 'unmet', 'not-checked', 'not-required'], description: 'met; waived (a waiver in force let it pass); unmet; not-checked (it cannot be evaluated in this context, see detail); not-required.' },
              detail: str('How it was met, or why not.'),
              approvals: array(
                'Each approving reviewer.',
                obj(
                  'One approver.',
                  {
                    login: str('GitHub login.'),
                    source: { enum: ['verified', 'asserted'], description: "verified: read from the pull request's reviews on GitHub (as they stood at merge, for promote); asserted: given with --approver on the command line." },
                    counted: { type: 'boolean', description: 'Whether the approval counted towards approvals.count.' },
                    membership: { enum: ['not-required', 'listed-user', 'team-member', 'unverified', 'not-allowed'], description: 'How the approver matched approvals.from.' },
                    detail: str('The from entry matched, or why it did not count.'),
                  },
                  ['login', 'source', 'counted', 'membership'],
                ),
              ),
              waiver: { $ref: '#/$defs/waiverUse', description: 'The waiver that let it pass.' },
            },
            ['check', 'status', 'detail'],
          ),
        ),
        waivers: array('Waivers used.', { $ref: '#/$defs/waiverUse', description: 'One waiver.' }),
      },
      ['stage', 'context', 'requirements', 'waivers'],
    ),
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
      },
      ['events', 'versions', 'stages'],
    ),
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
        promotion: { $ref: '#/$defs/promotion', description: 'What modelops promote did for the model.' },
        audit: { $ref: '#/$defs/modelAudit', description: 'The audit trail of the model (modelops audit).' },
        monitoring: { $ref: '#/$defs/monitoring', description: 'What modelops drift concluded for the model (drift reports).' },
        enforcement: { $ref: '#/$defs/enforcement', description: "How the policy of the stage the model enters was enforced here (gate, promote): each requirement met, waived, unmet or not checked here; embedded in the tag evidence." },
      },
      ['name', 'manifest', 'verdict', 'findings', 'gates'],
    ),
    evaluation: obj(
      'What running the model on its evaluation data measured.',
      {
        dataset: str('Evaluation data file, relative to the repository root.'),
        rows: int('Rows evaluated.'),
        metrics: { type: 'object', description: 'Metric values by id; null when undefined on this data.', additionalProperties: nullableNumber('Metric value.') },
        confusion: obj('Confusion matrix at the threshold (binary).', { tn: int('True negatives.'), fp: int('False positives.'), fn: int('False negatives.'), tp: int('True positives.') }, ['tn', 'fp', 'fn', 'tp']),
        operational: obj(
          'Operational measurements.',
          {
            latencyMs: obj('Single-row latency percentiles in ms.', { p50: num('Median.'), p95: num('95th percentile.'), p99: num('99th percentile.') }, ['p50', 'p95', 'p99']),
            throughputRowsPerS: num('Batch throughput in rows per second.'),
            modelSizeMb: num('Artifact size in MiB.'),
            peakRssMb: num('Peak resident memory of the process after inference, in MiB.'),
          },
          ['latencyMs', 'throughputRowsPerS', 'modelSizeMb', 'peakRssMb'],
        ),
        baseline: obj(
          'The model against the manifest baseline.',
          { kind: str('Baseline kind.'), description: str('The baseline.'), comparisons: array('Per metric.', { $ref: '#/$defs/comparison' }) },
          ['kind', 'description', 'comparisons'],
        ),
        champion: obj(
          'The model against the version in production, on the same rows.',
          {
            version: str('Champion version.'),
            source: str('Stage tag or base ref the champion was found at.'),
            commit: str('Commit of the champion.'),
            metrics: { type: 'object', description: "Champion's metric values.", additionalProperties: nullableNumber('Metric value.') },
            comparisons: array('Per metric.', { $ref: '#/$defs/comparison' }),
            tolerance: num('Largest allowed worsening, in each metric\'s units (gates.champion.tolerance).'),
            mcnemar: obj(
              "McNemar's test on paired correctness.",
              {
                onlyChallengerCorrect: int('Rows only the challenger gets right.'),
                onlyChampionCorrect: int('Rows only the champion gets right.'),
                pValue: num('Two-sided p-value.'),
                method: str('exact or chi2-corrected.'),
              },
              ['onlyChallengerCorrect', 'onlyChampionCorrect', 'pValue', 'method'],
            ),
          },
          ['version', 'source', 'commit', 'metrics', 'comparisons'],
        ),
        importance: obj(
          'Permutation feature importance.',
          {
            metric: str('Metric whose drop is measured.'),
            repeats: int('Permutations per feature.'),
            rows: int('Rows used.'),
            challenger: array('Features of the challenger, most important first.', { $ref: '#/$defs/importance' }),
            champion: array('Features of the champion.', { $ref: '#/$defs/importance' }),
          },
          ['metric', 'repeats', 'rows', 'challenger'],
        ),
        fairness: obj(
          'Fairness of the model (and of the champion) on the evaluation data.',
          { challenger: { $ref: '#/$defs/fairness', description: 'The model under review.' }, champion: { $ref: '#/$defs/fairness', description: 'The version in production.' } },
          ['challenger'],
        ),
        drift: { $ref: '#/$defs/drift', description: 'Drift of this data against the reference data.' },
      },
      ['dataset', 'rows', 'metrics'],
    ),
    fairness: obj(
      'Group fairness per sensitive attribute (src/core/fairness).',
      {
        task: { enum: ['binary-classification', 'regression'], description: 'Task the metrics are for.' },
        rows: int('Rows evaluated.'),
        minGroupSize: int('Groups smaller than this are reported, not judged.'),
        band: bound,
        intervals: obj('How the intervals were computed.', { method: str('Interval method (score intervals with Bonferroni for binary tasks, row bootstrap for regression).'), level: num('Confidence level, e.g. 0.95.') }, ['method', 'level']),
        bootstrap: { type: 'object', description: 'The row bootstrap behind regression intervals: resamples, level, seed, method.' },
        attributes: array(
          'One entry per attribute, and one for their intersection when asked.',
          obj(
            'Fairness for one attribute.',
            {
              name: str('Attribute name, or "a × b" for an intersection.'),
              attributes: array('Attributes combined.', str('An attribute name.')),
              columns: array('Data columns used.', str('A column name.')),
              error: str('Why the attribute could not be examined.'),
              groups: array('Metrics per group: count, share, base rate, selection rate, TPR, FPR, FNR, TNR, precision, FDR, FOR, accuracy (or MAE, RMSE for regression).', { type: 'object', description: 'One group.' }),
              overall: { type: 'object', description: 'The same metrics on all rows.' },
              compared: array('Groups large enough to judge.', str('A group.')),
              excluded: array('Groups reported but not judged, and why.', { type: 'object', description: 'An excluded group.' }),
              reference: { type: 'object', description: 'Reference group of the disparities and how it was chosen.' },
              referenceProblem: { type: 'object', description: 'Why there is no usable reference group.' },
              aggregates: array('Fairlearn aggregates with their intervals.', { type: 'object', description: 'One aggregate.' }),
              disparities: array('Aequitas disparities against the reference group.', { type: 'object', description: 'One disparity.' }),
              notes: array('Facts that explain null or trivial values.', str('A note.')),
            },
            ['name', 'attributes', 'columns', 'groups', 'compared', 'excluded', 'aggregates', 'disparities', 'notes'],
          ),
        ),
        notes: array('Facts about the whole data.', str('A note.')),
      },
      ['task', 'rows', 'minGroupSize', 'band', 'attributes', 'notes'],
    ),
    comparison: obj(
      'A metric of two models on the same rows.',
      {
        metric: str('Metric id.'),
        challenger: nullableNumber('Value of the model under review.'),
        champion: nullableNumber('Value of the model compared with (champion or baseline).'),
        delta: nullableNumber('challenger - champion.'),
        ci: obj('Confidence interval of the delta.', { lower: num('Lower end.'), upper: num('Upper end.'), level: num('Confidence level, e.g. 0.95.') }, ['lower', 'upper', 'level']),
        pValue: num('p-value of the difference.'),
        method: str('How the interval or p-value was computed.'),
        regression: { type: 'boolean', description: 'Significantly worse by more than the tolerance.' },
      },
      ['metric', 'challenger', 'champion', 'delta'],
    ),
    importance: obj('Importance of one feature.', { feature: str('Feature.'), importance: num('Mean metric drop when permuted.'), std: num('Standard deviation over repeats.') }, ['feature', 'importance', 'std']),
  },
};
