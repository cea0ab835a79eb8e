// The readiness checklist: seven sections in a fixed order, each item with a stable id.
// Questions follow the ModelOps readiness checklist (problem, data, baseline, ready, deploy, monitor, usable).
import type { ChecklistAnswer, Manifest } from '../manifest/manifest.js';
import { placeholderProblem } from './evidence.js';

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
  /** Returns what in the manifest contradicts the given answer, or undefined. */
  contradictedBy?: (manifest: Manifest, answer: ChecklistAnswer['answer']) => string | undefined;
}

const hasEntries = (record: object | undefined): boolean => record !== undefined && Object.keys(record).length > 0;
/** Manifest text that is written, not a scaffold's `TODO …`. */
const isContent = (text: string | undefined): text is string => text !== undefined && placeholderProblem(text) === undefined;
const texts = (value: string | string[] | undefined): readonly string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** `yes` while the manifest lacks what the item is about: the answer claims what the manifest does not declare. */
const yesNeeds =
  (missing: (m: Manifest) => string | undefined) =>
  (m: Manifest, answer: ChecklistAnswer['answer']): string | undefined =>
    answer === 'yes' ? missing(m) : undefined;
const noBaseline = (m: Manifest): string | undefined => (m.baseline ? undefined : 'the manifest declares no baseline');
const noFairnessGate = (m: Manifest): string | undefined => (m.gates?.fairness ? undefined : 'the manifest declares no fairness gate (gates.fairness)');
/** `n/a` on a question about groups of people, while the manifest declares sensitive attributes. */
const notApplicableWithGroups = (m: Manifest, answer: ChecklistAnswer['answer']): string | undefined =>
  answer === 'n/a' && (m.data.sensitive ?? []).length > 0 ? `data.sensitive declares ${m.data.sensitive!.map((s) => s.name).join(', ')}, so the question applies` : undefined;
const either =
  (...rules: NonNullable<ChecklistItemDefinition['contradictedBy']>[]) =>
  (m: Manifest, answer: ChecklistAnswer['answer']): string | undefined => {
    for (const rule of rules) {
      const reason = rule(m, answer);
      if (reason !== undefined) return reason;
    }
    return undefined;
  };

export const CHECKLIST: readonly ChecklistItemDefinition[] = [
  {
    section: 'problem',
    key: 'statement',
    question: 'Is the problem the model solves stated in plain language, with the decision its predictions feed?',
    provenBy: (m) => (isContent(m.problem.statement) && m.problem.statement.trim().length >= 20 ? 'problem.statement is written in the manifest' : undefined),
    contradictedBy: yesNeeds((m) => (isContent(m.problem.statement) ? undefined : `problem.statement ${placeholderProblem(m.problem.statement)}`)),
  },
  {
    section: 'problem',
    key: 'kpis',
    question: 'Are the business KPIs the model should move defined and measurable?',
    provenBy: (m) => (m.problem.kpis && m.problem.kpis.length > 0 && m.problem.kpis.every((k) => isContent(k.name)) ? `${m.problem.kpis.length} KPI(s) declared in problem.kpis` : undefined),
    // Absent KPIs may be documented elsewhere (the evidence says where); a placeholder KPI is a claim not yet made.
    contradictedBy: yesNeeds((m) => (m.problem.kpis?.some((k) => !isContent(k.name)) ? 'problem.kpis holds a placeholder KPI' : undefined)),
  },
  { section: 'problem', key: 'ml-needed', question: 'Was it checked that a simpler non-ML solution (rules, heuristics, a lookup) would not do?' },
  {
    section: 'problem',
    key: 'acceptance',
    question: 'Are the acceptance criteria for going live agreed with the stakeholders?',
    provenBy: (m) => (texts(m.problem.acceptance).length > 0 && texts(m.problem.acceptance).every(isContent) ? 'problem.acceptance is declared' : undefined),
    contradictedBy: yesNeeds((m) => (texts(m.problem.acceptance).some((t) => !isContent(t)) ? 'problem.acceptance is a placeholder' : undefined)),
  },
  { section: 'problem', key: 'stakeholders', question: 'Are the stakeholders, the users of the predictions and the people affected by them identified?' },

  {
    section: 'data',
    key: 'provenance',
    question: 'Are the data sources, their owners and how the data was collected documented?',
    provenBy: (m) => {
      const sets = [m.data.training, m.data.evaluation, m.data.reference].filter((d) => d !== undefined);
      return sets.length > 0 && sets.every((d) => isContent(d.provenance)) ? 'every dataset declares its provenance' : undefined;
    },
    contradictedBy: yesNeeds((m) => {
      const named = (['training', 'evaluation', 'reference'] as const).find((key) => m.data[key]?.provenance !== undefined && !isContent(m.data[key]!.provenance));
      return named ? `data.${named}.provenance is a placeholder` : undefined;
    }),
  },
  { section: 'data', key: 'labels-verified', question: 'Were the labels checked for correctness and consistency (e.g. a sample reviewed by hand)?' },
  {
    section: 'data',
    key: 'representative',
    question: 'Does the training data represent the population the model will serve in production?',
    contradictedBy: yesNeeds((m) => (m.data.training ? undefined : 'data.training is not declared, so there is no training data to compare with production')),
  },
  {
    section: 'data',
    key: 'splits',
    question: 'Are training, evaluation and reference data separated, without leakage between them?',
    provenBy: (m) => {
      const paths = [m.data.training?.path, m.data.evaluation.path, m.data.reference?.path].filter((p) => p !== undefined);
      return paths.length >= 2 && new Set(paths).size === paths.length ? 'training, evaluation and reference are distinct files' : undefined;
    },
    contradictedBy: yesNeeds((m) => {
      const evaluation = m.data.evaluation.path;
      if (evaluation !== undefined && m.data.training?.path === evaluation) return `data.training and data.evaluation are the same file (${evaluation})`;
      if (evaluation !== undefined && m.data.reference?.path === evaluation) return `data.reference and data.evaluation are the same file (${evaluation})`;
      return undefined;
    }),
  },
  { section: 'data', key: 'quality-checked', question: 'Were missing values, outliers, duplicates and invalid values examined and handled?' },
  {
    section: 'data',
    key: 'minorities-represented',
    question: 'Is there enough representation of minorities and of every sensitive group?',
    contradictedBy: either(
      yesNeeds((m) => ((m.data.sensitive ?? []).length === 0 ? 'data.sensitive declares no sensitive attribute, so no group was counted' : undefined)),
      notApplicableWithGroups,
    ),
  },
  { section: 'data', key: 'privacy', question: 'Is personal data minimised, protected and used on a valid legal basis (e.g. GDPR)?' },

  {
    section: 'baseline',
    key: 'defined',
    question: 'Is there a baseline (a rule, a heuristic or the previous model) with measured metrics?',
    provenBy: (m) => (m.baseline && hasEntries(m.baseline.metrics) ? `baseline "${m.baseline.kind}" with ${Object.keys(m.baseline.metrics).length} metric(s)` : undefined),
    contradictedBy: yesNeeds((m) => noBaseline(m) ?? (hasEntries(m.baseline!.metrics) ? undefined : 'the baseline has no measured metrics (baseline.metrics)')),
  },
  { section: 'baseline', key: 'beaten', question: 'Does the model beat the baseline on the metrics that matter for the problem?', contradictedBy: yesNeeds(noBaseline) },
  { section: 'baseline', key: 'same-data', question: 'Were the model and the baseline evaluated on the same held-out data?', contradictedBy: yesNeeds(noBaseline) },
  { section: 'baseline', key: 'error-analysis', question: 'Were the errors of the model analysed and compared with those of the baseline?', contradictedBy: yesNeeds(noBaseline) },

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
    contradictedBy: either(yesNeeds(noFairnessGate), notApplicableWithGroups),
  },
  { section: 'ready', key: 'explainability', question: 'Are the features that drive the predictions understood (e.g. feature importance)?' },
  { section: 'ready', key: 'code-quality', question: 'Is the training code versioned, reviewed and able to reproduce the artifact?' },
  {
    section: 'ready',
    key: 'tests',
    question: 'Is the model tested, including on missing values, extreme values and noisy inputs?',
    provenBy: (m) => (m.gates?.robustness && hasEntries(m.gates.robustness) ? 'robustness gate declared' : undefined),
    contradictedBy: yesNeeds((m) => (m.gates?.robustness && hasEntries(m.gates.robustness) ? undefined : 'the manifest declares no robustness gate (gates.robustness: missing values, extremes, noise)')),
  },

  {
    section: 'deploy',
    key: 'mode',
    question: 'Is it decided whether the model serves in batch or in real time?',
    provenBy: (m) => (m.deployment?.mode ? `deployment.mode is ${m.deployment.mode}` : undefined),
    contradictedBy: yesNeeds((m) => (m.deployment?.mode ? undefined : 'deployment.mode (batch or real-time) is not declared')),
  },
  {
    section: 'deploy',
    key: 'resources',
    question: 'Are the compute resources and the latency and memory budgets known?',
    provenBy: (m) => (m.deployment?.resources && m.gates?.performance?.latency_ms ? 'deployment.resources and a latency budget are declared' : undefined),
    contradictedBy: yesNeeds((m) => (m.deployment?.resources && hasEntries(m.deployment.resources) ? undefined : 'deployment.resources is not declared')),
  },
  {
    section: 'deploy',
    key: 'dependencies',
    question: 'Are the runtime dependencies pinned and available in production?',
    contradictedBy: yesNeeds((m) => (m.deployment?.dependencies !== undefined && m.deployment.dependencies.length === 0 ? 'deployment.dependencies is an empty list' : undefined)),
  },
  {
    section: 'deploy',
    key: 'rollout',
    question: 'Is there a rollout strategy (canary, shadow, A/B, manual)?',
    provenBy: (m) => (m.deployment?.strategy ? `deployment.strategy is ${m.deployment.strategy}` : undefined),
    contradictedBy: yesNeeds((m) => (m.deployment?.strategy ? undefined : 'deployment.strategy (canary, shadow, A/B, manual) is not declared')),
  },
  {
    section: 'deploy',
    key: 'rollback',
    question: 'Is there a rollback plan and a previous version to roll back to?',
    provenBy: (m, ctx) =>
      m.deployment?.rollback && ctx.registeredVersions.length > 0
        ? `rollback plan declared; earlier registered version(s): ${ctx.registeredVersions.join(', ')}`
        : undefined,
    contradictedBy: yesNeeds((m) =>
      !m.deployment?.rollback ? 'deployment.rollback (the rollback plan) is not declared' : isContent(m.deployment.rollback.plan) ? undefined : 'deployment.rollback.plan is a placeholder',
    ),
  },
  {
    section: 'deploy',
    key: 'retraining-bounds',
    question: 'Are retraining bounds set: retrain at least every X, and not sooner than Y?',
    provenBy: (m) => {
      const r = m.monitoring?.retraining;
      return r?.min_interval && r.max_interval ? `retrain between ${r.min_interval} and ${r.max_interval}` : undefined;
    },
    contradictedBy: yesNeeds((m) => {
      const r = m.monitoring?.retraining;
      const missing = [r?.min_interval ? undefined : 'min_interval', r?.max_interval ? undefined : 'max_interval'].filter((x) => x !== undefined);
      return missing.length > 0 ? `monitoring.retraining.${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not declared` : undefined;
    }),
  },
  { section: 'deploy', key: 'access-control', question: 'Is access to the production model and its data restricted to those who need it?' },

  {
    section: 'monitor',
    key: 'hard-metrics',
    question: 'Are model performance metrics monitored against thresholds?',
    provenBy: (m) => (m.gates?.performance?.metrics && hasEntries(m.gates.performance.metrics) ? `bounds on ${Object.keys(m.gates.performance.metrics).join(', ')}` : undefined),
    contradictedBy: yesNeeds((m) => (m.gates?.performance?.metrics && hasEntries(m.gates.performance.metrics) ? undefined : 'gates.performance.metrics sets no metric bound')),
  },
  {
    section: 'monitor',
    key: 'data-quality',
    question: 'Is the quality of input data monitored (schema, missing values, ranges)?',
    contradictedBy: yesNeeds((m) => (m.monitoring?.current || m.monitoring?.schedule || m.gates?.drift ? undefined : 'the manifest declares no monitoring (monitoring.current, monitoring.schedule or gates.drift)')),
  },
  {
    section: 'monitor',
    key: 'kpis',
    question: 'Are the business KPIs tracked after deployment?',
    contradictedBy: yesNeeds((m) => (m.problem.kpis?.some((k) => !isContent(k.name)) ? 'problem.kpis holds a placeholder KPI, so there is none to track yet' : undefined)),
  },
  {
    section: 'monitor',
    key: 'drift',
    question: 'Is there a method to detect drift of inputs and predictions?',
    provenBy: (m) => (m.gates?.drift && m.monitoring?.schedule ? `drift gate, checked on schedule "${m.monitoring.schedule}"` : undefined),
    contradictedBy: either(
      yesNeeds((m) => (m.gates?.drift ? undefined : 'the manifest declares no drift gate (gates.drift), so no drift method is set')),
      (m, answer) => (answer === 'n/a' && m.gates?.drift ? 'gates.drift is declared, so the question applies' : undefined),
    ),
  },
  {
    section: 'monitor',
    key: 'feedback-loop',
    question: 'Do ground-truth labels flow back so realised performance can be measured?',
    contradictedBy: yesNeeds((m) => (m.monitoring ? undefined : 'the manifest declares no monitoring section, so nothing receives the labels')),
  },
  {
    section: 'monitor',
    key: 'owners',
    question: 'Is it clear who is alerted and who owns the response?',
    provenBy: (m) => (m.metadata.owners.length > 0 && m.monitoring?.alerting ? `owners ${m.metadata.owners.join(', ')} with alerting configured` : undefined),
    contradictedBy: yesNeeds((m) =>
      m.metadata.owners.some((o) => /todo/i.test(o)) ? 'metadata.owners holds a placeholder' : m.monitoring?.alerting ? undefined : 'monitoring.alerting (who is alerted) is not declared',
    ),
  },

  { section: 'usable', key: 'real-world-trial', question: 'Was the model tried in the real world (pilot, shadow run) before full rollout?' },
  { section: 'usable', key: 'third-party-review', question: 'Was the model reviewed by someone outside the team that built it?' },
  { section: 'usable', key: 'cost-benefit', question: 'Do the benefits outweigh the costs (infrastructure, errors, maintenance)?' },
  {
    section: 'usable',
    key: 'fairness',
    question: 'Are the decisions fair to the people they affect, and is unfairness detected and mitigated in production?',
    contradictedBy: either(yesNeeds(noFairnessGate), notApplicableWithGroups),
  },
  { section: 'usable', key: 'misuse', question: 'Was potential misuse considered and mitigated?' },
  { section: 'usable', key: 'legal-basis', question: 'Is there a legal basis for making this decision with a model, and can it be explained to those affected?' },
  {
    section: 'usable',
    key: 'audit-artifacts',
    question: 'Are the artifact, data and evidence kept so the decision can be audited and reproduced?',
    provenBy: (m) => {
      // An all-zero digest is the scaffold's placeholder, not a pin.
      const pinned = (sha: string | undefined) => sha !== undefined && !/^0+$/.test(sha);
      const hashed = pinned(m.artifact.sha256) && [m.data.training, m.data.evaluation, m.data.reference].filter((d) => d?.path !== undefined).every((d) => pinned(d?.sha256));
      return hashed ? 'artifact and datasets are pinned by sha256; gate evidence is kept in git tags' : undefined;
    },
    contradictedBy: yesNeeds((m) => {
      if (!m.artifact.sha256) return 'artifact.sha256 is not recorded, so the artifact cannot be checked later';
      const unpinned = (['training', 'evaluation', 'reference'] as const).filter((key) => m.data[key] !== undefined && !m.data[key]!.sha256);
      return unpinned.length > 0 ? `${unpinned.map((k) => `data.${k}`).join(', ')} ${unpinned.length === 1 ? 'has' : 'have'} no sha256, so the data cannot be reproduced` : undefined;
    }),
  },
  {
    section: 'usable',
    key: 'fallback',
    question: 'Is there a fallback when the model is unavailable or clearly wrong?',
    provenBy: (m) => (m.deployment?.fallback && isContent(m.deployment.fallback.plan) ? 'deployment.fallback is declared' : undefined),
    contradictedBy: yesNeeds((m) =>
      !m.deployment?.fallback ? 'deployment.fallback is not declared' : isContent(m.deployment.fallback.plan) ? undefined : 'deployment.fallback.plan is a placeholder',
    ),
  },
];

export const checklistItemId = (item: Pick<ChecklistItemDefinition, 'section' | 'key'>): string => `${item.section}.${item.key}`;

export const CHECKLIST_BY_ID: ReadonlyMap<string, ChecklistItemDefinition> = new Map(CHECKLIST.map((item) => [checklistItemId(item), item]));

/** A checklist item a repository's policy adds (SR 11-7, HIPAA, EU AI Act …), in a section of its own. */
export interface PolicyChecklistItem {
  /** `<section>.<key>`. */
  id: string;
  question: string;
  /** Stages that require the item, besides what `stages.<stage>.checklist` names. */
  stages: string[];
}

/** Every item a policy knows: the catalogue's, then its own. */
export function checklistDefinitions(extra: readonly PolicyChecklistItem[] = []): ChecklistItemDefinition[] {
  return [
    ...CHECKLIST,
    ...extra.map((item) => {
      const dot = item.id.indexOf('.');
      return { section: item.id.slice(0, dot) as ChecklistSection, key: item.id.slice(dot + 1), question: item.question };
    }),
  ];
}

/** Sections in report order: the catalogue's seven, then those the items name beyond them. */
export function checklistSections(items: readonly { section: string }[]): string[] {
  const extra = [...new Set(items.map((i) => i.section))].filter((s) => !(CHECKLIST_SECTIONS as readonly string[]).includes(s));
  return [...CHECKLIST_SECTIONS, ...extra];
}

export function sectionTitle(section: string, titles: Readonly<Record<string, string>> = {}): string {
  return (SECTION_TITLES as Record<string, string>)[section] ?? titles[section] ?? section;
}
