// The report's primitives, at the bottom of core: verdicts, findings, gate checks and intervals. Every
// capability imports these; only report/model.ts assembles the whole report from the capabilities' results.

export const VERDICTS = ['pass', 'warn', 'fail', 'skipped', 'error'] as const;

export type Verdict = (typeof VERDICTS)[number];

/** `input`: the files are wrong (exit 2). `policy`: the files are valid but break the repo's rules (exit 1). */
export type FindingCategory = 'input' | 'policy';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  category: FindingCategory;
  /** Stable machine-readable id, e.g. `schema`, `hash-mismatch`, `stage-transition`. */
  code: string;
  message: string;
  /** Repository-relative file the finding is about. */
  file?: string;
  line?: number;
  column?: number;
  /** JSON pointer into the file's document, e.g. `/artifact/sha256`. */
  pointer?: string;
  /** What to do about it. */
  hint?: string;
  /** Commit the finding is about (audit). */
  commit?: string;
  /** Git tag the finding is about (audit, promote). */
  tag?: string;
}

export interface GateCheck {
  name: string;
  verdict: Verdict;
  value?: number | string | null;
  bound?: { min?: number; max?: number };
  /** The value compared with: the production version's, or the baseline's (see `against`). */
  champion?: number | null;
  /** What `champion` is: `champion` (default) or `baseline`. */
  against?: 'champion' | 'baseline';
  /** value - champion. */
  delta?: number | null;
  /** The value's confidence interval, when the verdict used one (fairness). */
  interval?: ConfidenceInterval;
  /** How the verdict was decided: `evidence` fails only when the whole interval breaks the bound; `point-estimate` on the value alone (performance: warns when the interval reaches outside the bound); `shown-to-meet` passes only a whole interval inside the bound. */
  rule?: 'evidence' | 'point-estimate' | 'shown-to-meet';
  message?: string;
  /**
   * JSON pointer of the field that sets the bound in its model's manifest (ModelResult.manifest), set by
   * the gate that made the check, e.g. `/gates/fairness/metrics/demographic_parity_ratio`.
   */
  pointer?: string;
  /** Where `pointer` is in the manifest (1-based), so annotations land on the bound's line. */
  line?: number;
  column?: number;
  /** A timing or memory measurement that varies between runs of the same model: shown, kept out of the report's identity. */
  volatile?: boolean;
}

export interface ConfidenceInterval {
  lower: number;
  upper: number;
  level: number;
}

/** One metric of the challenger against the champion (or the baseline), on the same rows. */
export interface MetricComparison {
  metric: string;
  challenger: number | null;
  champion: number | null;
  /** challenger - champion. */
  delta: number | null;
  /** Interval of the delta. */
  ci?: ConfidenceInterval;
  pValue?: number;
  /** How the interval or p-value was obtained, e.g. paired-bootstrap, delong. */
  method?: string;
  /** Whether the challenger is significantly worse by more than the tolerance. */
  regression?: boolean;
}

export interface GateResult {
  gate: string;
  verdict: Verdict;
  blocking: boolean;
  summary: string;
  checks: GateCheck[];
}

/** A pull request as the evidence records it. */
export interface PullRequestInfo {
  number: number;
  /** Login of the author. */
  author?: string;
  /** Logins of the approving reviewers. */
  approvers: string[];
  url?: string;
}

/** error > fail > warn > pass; `skipped` only when nothing else is there. */
export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  const rank: Record<Verdict, number> = { skipped: 0, pass: 1, warn: 2, fail: 3, error: 4 };
  let worst: Verdict | undefined;
  for (const v of verdicts) if (worst === undefined || rank[v] > rank[worst]) worst = v;
  return worst ?? 'pass';
}

export function verdictOfFindings(findings: readonly Finding[]): Verdict {
  return worstVerdict(findings.map(findingVerdict));
}

function findingVerdict(f: Finding): Verdict {
  if (f.severity === 'error') return f.category === 'input' ? 'error' : 'fail';
  return f.severity === 'warning' ? 'warn' : 'pass';
}

export function exitCodeOf(verdict: Verdict): 0 | 1 | 2 {
  if (verdict === 'error') return 2;
  return verdict === 'fail' ? 1 : 0;
}
