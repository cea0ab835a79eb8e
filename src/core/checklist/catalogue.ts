// The readiness checklist: seven sections in a fixed order, each item with a stable id.
// Questions follow the ModelOps readiness checklist (problem, data, baseline, ready, deploy, monitor, usable).
import type { Manifest } from '../manifest.js';

export const CHECKLIST_SECTIONS = ['problem', 'data', 'baseline', 'ready', 'deploy', 'monitor', 'usable'] as const;
export type ChecklistSection = (typeof CHECKLIST_SECTIONS)[number];

export const SECTION_TITLES: Record<ChecklistSection, string> = {
  problem: 'What problem are you solving?',
  data: 'Is the data right?',
  baseline: 'Is there a baseline to beat?',
  ready: 'Is the model ready for deployment?',
  deploy: 'Is everything needed to deploy in place?',
  monitor: 'How will it be monitored?',
  usable: 'Can it be used?',
};

/** What the engine knows beyond the manifest when proving items. */
export interface ProofContext {
  /** Versions of this model registered before (tags `<name>@v<version>`), other than the manifest's own. */
  registeredVersions: readonly string[];
}

export interface ChecklistItemDefinition {
  section: ChecklistSection;
  /** Key inside the section; the full id is `<section>.<key>`. */
  key: string;
  question: string;
  /** Returns why the manifest itself proves the item, or undefined. */
  provenBy?: (manifest: Manifest, context: ProofContext) => string | undefined;
}

const hasEntries = (record: object | undefined): boolean => record !== undefined && Object.keys(record).length > 0;

export const CHECKLIST: readonly ChecklistItemDefinition[] = [
  {
    section: 'problem',
    key: 'statement',
    question: 'Is the problem the model solves stated in plain language, with the decision its predictions feed?',
    provenBy: (m) => (m.problem.statement.trim().length >= 20 ? 'problem.statement is written in the manifest' : undefined),
  },
  {
    section: 'problem',
    key: 'kpis',
    question: 'Are the business KPIs the model should move defined and measurable?',
    provenBy: (m) => (m.problem.kpis && m.problem.kpis.length > 0 ? `${m.problem.kpis.length} KPI(s) declared in problem.kpis` : undefined),
  },
  { section: 'problem', key: 'ml-needed', question: 'Was it checked that a simpler non-ML solution (rules, heuristics, a lookup) would not do?' },
  {
    section: 'problem',
    key: 'acceptance',
    question: 'Are the acceptance criteria for going live agreed with the stakeholders?',
    provenBy: (m) => (m.problem.acceptance && m.problem.acceptance.length > 0 ? 'problem.acceptance is declared' : undefined),
  },
  { section: 'problem', key: 'stakeholders', question: 'Are the stakeholders, the users of the predictions and the people affected by them identified?' },

  {
    section: 'data',
    key: 'provenance',
    question: 'Are the data sources, their owners and how the data was collected documented?',
    provenBy: (m) => {
      const sets = [m.data.training, m.data.evaluation, m.data.reference].filter((d) => d !== undefined);
      return sets.length > 0 && sets.every((d) => (d.provenance ?? '').trim().length > 0) ? 'every dataset declares its provenance' : undefined;
    },
  },
  { section: 'data', key: 'labels-verified', question: 'Were the labels checked for correctness and consistency (e.g. a sample reviewed by hand)?' },
  { section: 'data', key: 'representative', question: 'Does the training data represent the population the model will serve in production?' },
  {
    section: 'data',
    key: 'splits',
    question: 'Are training, evaluation and reference data separated, without leakage between them?',
    provenBy: (m) => {
      const paths = [m.data.training?.path, m.data.evaluation.path, m.data.reference?.path].filter((p) => p !== undefined);
      return paths.length >= 2 && new Set(paths).size === paths.length ? 'training, evaluation and reference are distinct files' : undefined;
    },
  },
  { section: 'data', key: 'quality-checked', question: 'Were missing values, outliers, duplicates and invalid values examined and handled?' },
  { section: 'data', key: 'minorities-represented', question: 'Is there enough representation of minorities and of every sensitive group?' },
  { section: 'data', key: 'privacy', question: 'Is personal data minimised, protected and used on a valid legal basis (e.g. GDPR)?' },

  {
    section: 'baseline',
    key: 'defined',
    question: 'Is there a baseline (a rule, a heuristic or the previous model) with measured metrics?',
    provenBy: (m) => (m.baseline && hasEntries(m.baseline.metrics) ? `baseline "${m.baseline.kind}" with ${Object.keys(m.baseline.metrics).length} metric(s)` : undefined),
  },
  { section: 'baseline', key: 'beaten', question: 'Does the model beat the baseline on the metrics that matter for the problem?' },
  { section: 'baseline', key: 'same-data', question: 'Were the model and the baseline evaluated on the same held-out data?' },
  { section: 'baseline', key: 'error-analysis', question: 'Were the errors of the model analysed and compared with those of the baseline?' },

  { section: 'ready', key: 'preprocessing-documented', question: 'Is all preprocessing (encoding, scaling, imputation) documented?' },
  {
    section: 'ready',
    key: 'preprocessing-in-artifact',
    question: 'Is the preprocessing part of the exported artifact, or reproduced identically at serving time?',
  },
  {
    section: 'ready',
    key: 'works',
    question: 'Does the artifact load and predict on the evaluation data outside the training environment?',
    provenBy: (m) => (m.gates?.performance ? 'the performance gate runs the artifact on the evaluation data on every PR' : undefined),
  },
  { section: 'ready', key: 'predictions-explored', question: 'Were the predictions explored (distribution, worst errors, extreme cases)?' },
  {
    section: 'ready',
    key: 'bias-checked',
    question: 'Were outcomes checked for bias across sensitive groups (e.g. sex, age, race)?',
    provenBy: (m) => (m.gates?.fairness ? `fairness gate on ${m.gates.fairness.attributes.join(', ')}` : undefined),
  },
  { section: 'ready', key: 'explainability', question: 'Are the features that drive the predictions understood (e.g. feature importance)?' },
  { section: 'ready', key: 'code-quality', question: 'Is the training code versioned, reviewed and able to reproduce the artifact?' },
  {
    section: 'ready',
    key: 'tests',
    question: 'Is the model tested, including on missing values, extreme values and noisy inputs?',
    provenBy: (m) => (m.gates?.robustness && hasEntries(m.gates.robustness) ? 'robustness gate declared' : undefined),
  },

  {
    section: 'deploy',
    key: 'mode',
    question: 'Is it decided whether the model serves in batch or in real time?',
    provenBy: (m) => (m.deployment?.mode ? `deployment.mode is ${m.deployment.mode}` : undefined),
  },
  {
    section: 'deploy',
    key: 'resources',
    question: 'Are the compute resources and the latency and memory budgets known?',
    provenBy: (m) => (m.deployment?.resources && m.gates?.performance?.latency_ms ? 'deployment.resources and a latency budget are declared' : undefined),
  },
  { section: 'deploy', key: 'dependencies', question: 'Are the runtime dependencies pinned and available in production?' },
  {
    section: 'deploy',
    key: 'rollout',
    question: 'Is there a rollout strategy (canary, shadow, A/B, manual)?',
    provenBy: (m) => (m.deployment?.strategy ? `deployment.strategy is ${m.deployment.strategy}` : undefined),
  },
  {
    section: 'deploy',
    key: 'rollback',
    question: 'Is there a rollback plan and a previous version to roll back to?',
    provenBy: (m, ctx) =>
      m.deployment?.rollback && ctx.registeredVersions.length > 0
        ? `rollback plan declared; earlier registered version(s): ${ctx.registeredVersions.join(', ')}`
        : undefined,
  },
  {
    section: 'deploy',
    key: 'retraining-bounds',
    question: 'Are retraining bounds set: retrain at least every X, and not sooner than Y?',
    provenBy: (m) => {
      const r = m.monitoring?.retraining;
      return r?.min_interval && r.max_interval ? `retrain between ${r.min_interval} and ${r.max_interval}` : undefined;
    },
  },
  { section: 'deploy', key: 'access-control', question: 'Is access to the production model and its data restricted to those who need it?' },

  {
    section: 'monitor',
    key: 'hard-metrics',
    question: 'Are model performance metrics monitored against thresholds?',
    provenBy: (m) => (m.gates?.performance?.metrics && hasEntries(m.gates.performance.metrics) ? `bounds on ${Object.keys(m.gates.performance.metrics).join(', ')}` : undefined),
  },
  { section: 'monitor', key: 'data-quality', question: 'Is the quality of input data monitored (schema, missing values, ranges)?' },
  { section: 'monitor', key: 'kpis', question: 'Are the business KPIs tracked after deployment?' },
  {
    section: 'monitor',
    key: 'drift',
    question: 'Is there a method to detect drift of inputs and predictions?',
    provenBy: (m) => (m.gates?.drift && m.monitoring?.schedule ? `drift gate, checked on schedule "${m.monitoring.schedule}"` : undefined),
  },
  { section: 'monitor', key: 'feedback-loop', question: 'Do ground-truth labels flow back so realised performance can be measured?' },
  {
    section: 'monitor',
    key: 'owners',
    question: 'Is it clear who is alerted and who owns the response?',
    provenBy: (m) => (m.metadata.owners.length > 0 && m.monitoring?.alerting ? `owners ${m.metadata.owners.join(', ')} with alerting configured` : undefined),
  },

  { section: 'usable', key: 'real-world-trial', question: 'Was the model tried in the real world (pilot, shadow run) before full rollout?' },
  { section: 'usable', key: 'third-party-review', question: 'Was the model reviewed by someone outside the team that built it?' },
  { section: 'usable', key: 'cost-benefit', question: 'Do the benefits outweigh the costs (infrastructure, errors, maintenance)?' },
  { section: 'usable', key: 'fairness', question: 'Are the decisions fair to the people they affect, and is unfairness detected and mitigated in production?' },
  { section: 'usable', key: 'misuse', question: 'Was potential misuse considered and mitigated?' },
  { section: 'usable', key: 'legal-basis', question: 'Is there a legal basis for making this decision with a model, and can it be explained to those affected?' },
  {
    section: 'usable',
    key: 'audit-artifacts',
    question: 'Are the artifact, data and evidence kept so the decision can be audited and reproduced?',
    provenBy: (m) => {
      const hashed = [m.data.training, m.data.evaluation, m.data.reference].filter((d) => d?.path !== undefined).every((d) => d?.sha256);
      return hashed ? 'artifact and datasets are pinned by sha256; gate evidence is kept in git tags' : undefined;
    },
  },
  {
    section: 'usable',
    key: 'fallback',
    question: 'Is there a fallback when the model is unavailable or clearly wrong?',
    provenBy: (m) => (m.deployment?.fallback ? 'deployment.fallback is declared' : undefined),
  },
];

export const checklistItemId = (item: Pick<ChecklistItemDefinition, 'section' | 'key'>): string => `${item.section}.${item.key}`;

export const CHECKLIST_BY_ID: ReadonlyMap<string, ChecklistItemDefinition> = new Map(CHECKLIST.map((item) => [checklistItemId(item), item]));
