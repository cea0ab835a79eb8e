// The evidence a promotion tag carries (schemas/evidence.schema.json): a one-line human summary, a
// blank line, then this JSON document. `git tag -n1` shows the summary; `modelops audit` reads the JSON.
// Pure: the caller passes the SHA-256 (src/io/digest.ts), so core imports no node:crypto.
import { contentOf, type Manifest } from '../manifest/manifest.js';
import type { PullRequestInfo, Report, Verdict } from '../report/model.js';
import type { FromSchemaWithout } from '../schema/build.js';
import { schemaProblems } from '../schema/check.js';
import { EVIDENCE_SCHEMA } from './evidence-schema.js';

/**
 * The evidence, as schemas/evidence.schema.json describes it (evidence-schema.ts is the one definition); the
 * pull request and the report are `$ref`s into the report schema, typed by the report's own types.
 */
export type Evidence = FromSchemaWithout<typeof EVIDENCE_SCHEMA, 'pullRequest' | 'report'> & { pullRequest?: PullRequestInfo; report: Report };
/** A file the manifest pins by sha256: the artifact, or a dataset by its role in `data`. */
export type EvidenceFile = Evidence['files'][number];
/** register / assign, or GTO's unassign (a stage withdrawn) and deprecate (the model archived). */
export type EvidenceAction = Evidence['action'];
export const EVIDENCE_ACTIONS: readonly EvidenceAction[] = EVIDENCE_SCHEMA.properties.action.enum;
/**
 * What binds the evidence together: the report's digest, and a digest of every other field with it.
 * The fields include the tag name, the target commit and `createdAt` (the tagger date the tag is
 * written with), so the header, its report and the tag cannot be edited apart without the audit
 * noticing. A digest is no signature: whoever recomputes it can forge it; signed tags stop that.
 * Written by formatEvidenceMessage (any value given is replaced); absent from evidence written before binding.
 */
export type EvidenceSeal = NonNullable<Evidence['seal']>;

/** SHA-256 of text (as UTF-8) or bytes, as 64 lowercase hex digits: `sha256Hex` of src/io/digest.ts. */
export type Sha256 = (data: string | Uint8Array) => string;

/** JSON with object keys sorted at every level: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** Digest of the content a version pins (artifact, data, features, gates): equal digests, equal content. */
export function contentDigest(manifest: Manifest, sha256: Sha256): string {
  return sha256(canonicalJson(contentOf(manifest)));
}

/** The files a manifest pins by sha256, artifact first. */
export function pinnedFiles(manifest: Manifest): EvidenceFile[] {
  const files: EvidenceFile[] = [{ role: 'artifact', path: manifest.artifact.path, sha256: manifest.artifact.sha256 }];
  for (const role of ['training', 'evaluation', 'reference'] as const) {
    const dataset = manifest.data[role];
    if (dataset?.path !== undefined && dataset.sha256 !== undefined) files.push({ role, path: dataset.path, sha256: dataset.sha256 });
  }
  return files;
}

function approvalsText(pr: PullRequestInfo | undefined): string {
  if (!pr) return '';
  const by = pr.author ? ` by @${pr.author}` : '';
  const approved = pr.approvers.length > 0 ? `, approved by ${pr.approvers.map((a) => `@${a}`).join(', ')}` : ', no approvals recorded';
  return `; PR #${pr.number}${by}${approved}`;
}

/** The first line of the tag message: what happened and on what grounds. */
export function evidenceSummary(evidence: EvidenceHeader): string {
  const gates = evidenceGates(evidence).map((g) => `${g.gate} ${g.verdict}`);
  const verdict = `gates ${evidence.verdict}${gates.length > 0 ? ` (${gates.join(', ')})` : ''}`;
  const what =
    evidence.action === 'register'
      ? `register ${evidence.model} ${evidence.version}`
      : evidence.action === 'unassign'
        ? `${evidence.model} ${evidence.version} leaves ${evidence.stage}`
        : evidence.action === 'deprecate'
          ? `archive ${evidence.model} ${evidence.version} (deprecated)`
          : `${evidence.model} ${evidence.version} -> ${evidence.stage}`;
  return `${what}: ${verdict}${approvalsText(evidence.pullRequest)}`;
}

/** The header digest: over every field but the report, with `seal.report` and without `seal.header`. */
function headerDigest(header: Omit<EvidenceHeader, 'report' | 'seal'>, reportDigest: string, sha256: Sha256): string {
  return sha256(canonicalJson({ ...header, seal: { report: reportDigest } }));
}

/**
 * The full tag message: summary, blank line, the evidence as one JSON document — its own fields
 * indented for `git show`, its seal, then the gate report (most of the bytes) last and on one line.
 */
export function formatEvidenceMessage(evidence: Evidence, sha256: Sha256): string {
  const { report, seal: _replaced, ...header } = evidence;
  const reportText = JSON.stringify(report);
  const reportDigest = sha256(reportText);
  const seal: EvidenceSeal = { report: reportDigest, header: headerDigest(header, reportDigest, sha256) };
  const fields = JSON.stringify({ ...header, seal }, null, 2).slice(0, -2); // without the closing "\n}"
  return `${evidenceSummary(evidence)}\n\n${fields},\n  "report": ${reportText}\n}\n`;
}

/** Evidence read without its gate report (the audit needs only the fields above it); `gates` is absent from evidence written before it had them. */
export type EvidenceHeader = Omit<Evidence, 'report' | 'gates'> & { report?: Report; gates?: Evidence['gates'] };

export type ParsedEvidence<E extends EvidenceHeader = Evidence> = { status: 'present'; evidence: E } | { status: 'missing' } | { status: 'invalid'; reason: string };

/** Where formatEvidenceMessage puts the report: the last field, on its own line. */
const REPORT_FIELD = ',\n  "report": ';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The evidence in a tag message, given its body (everything after the summary paragraph, without a
 * signature). A message without JSON is `missing` (a tag written by hand or by GTO itself).
 */
export function parseEvidence(body: string | Uint8Array): ParsedEvidence {
  return parseEvidenceJson(typeof body === 'string' ? body : new TextDecoder().decode(body), false) as ParsedEvidence;
}

const REPORT_FIELD_BYTES = new TextEncoder().encode(REPORT_FIELD);

/** Position of `needle` in `haystack`, or -1. */
function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/**
 * The evidence without its gate report, which is most of its bytes: read when the message is laid out
 * as modelops writes it (the report last, on one line), else parsed whole. The audit of thousands of
 * tags reads these.
 */
export function parseEvidenceHeader(body: string | Uint8Array): ParsedEvidence<EvidenceHeader> {
  if (typeof body === 'string') return parseEvidenceJson(body, true);
  // Only the bytes before the report are decoded: the report is most of the message.
  const cut = indexOfBytes(body, REPORT_FIELD_BYTES);
  const text = new TextDecoder().decode(cut < 0 ? body : body.subarray(0, cut + REPORT_FIELD_BYTES.length));
  return parseEvidenceJson(text, true);
}

function parseEvidenceJson(body: string, headerOnly: boolean): ParsedEvidence<EvidenceHeader> {
  const start = body.indexOf('{');
  if (start < 0 || body.slice(0, start).trim() !== '') return { status: 'missing' };
  let value: unknown;
  try {
    const cut = headerOnly ? body.indexOf(REPORT_FIELD, start) : -1;
    value = JSON.parse(cut < 0 ? body.slice(start) : `${body.slice(start, cut)}\n}`);
  } catch (error) {
    return { status: 'invalid', reason: `the JSON does not parse: ${(error as Error).message}` };
  }
  if (!isRecord(value) || value['kind'] !== 'Evidence') return { status: 'missing' };
  // The fields against schemas/evidence.schema.json, the report only as a mapping: most of the bytes, it is
  // read apart (checkSeal), and a header-only read has none.
  const problems = schemaProblems('evidenceHeader', value);
  if (!headerOnly && value['report'] === undefined) problems.push("(document): missing required field 'report'");
  if (problems.length > 0) return { status: 'invalid', reason: problems.join('; ') };
  return { status: 'present', evidence: value as unknown as EvidenceHeader };
}

/** The artifact entry of the evidence. */
export const evidenceArtifact = (evidence: EvidenceHeader): EvidenceFile | undefined => evidence.files.find((f) => f.role === 'artifact');

/** Each gate's verdict: from the evidence's summary of them, else from its report. */
export function evidenceGates(evidence: EvidenceHeader): { gate: string; verdict: Verdict }[] {
  if (Array.isArray(evidence.gates)) return evidence.gates.map(({ gate, verdict }) => ({ gate, verdict }));
  return (evidence.report?.models ?? []).flatMap((m) => m.gates ?? []).map((g) => ({ gate: g.gate, verdict: g.verdict }));
}

/** Where the evidence's seal and its header stand against the message they were read from. */
export interface SealCheck {
  /** `absent`: evidence written before binding (nothing to recompute). */
  seal: 'intact' | 'broken' | 'absent';
  /** Why the seal is broken, and every header field that disagrees with the embedded report. */
  problems: string[];
}

/** The report fields the header repeats, compared: the header is what `git tag -n` and the audit show. */
export function headerReportDifferences(header: EvidenceHeader, report: Report): string[] {
  const model = report.models.find((m) => m.name === header.model);
  if (!model) return [`the report has no model ${header.model} (it has ${report.models.map((m) => m.name).join(', ') || 'none'})`];
  const differences: string[] = [];
  if (model.version !== undefined && model.version !== header.version) differences.push(`version ${header.version}, the report ${model.version}`);
  if (model.verdict !== header.verdict) differences.push(`verdict ${header.verdict}, the report ${model.verdict}`);
  if (Array.isArray(header.gates)) {
    const inReport = new Map(model.gates.map((g) => [g.gate, g]));
    for (const g of header.gates) {
      const r = inReport.get(g.gate);
      if (!r) differences.push(`gate ${g.gate} ${g.verdict}, absent from the report`);
      else if (r.verdict !== g.verdict || (g.blocking !== undefined && r.blocking !== g.blocking)) differences.push(`gate ${g.gate} ${g.verdict}${g.blocking ? '' : ' (not blocking)'}, the report ${r.verdict}${r.blocking ? '' : ' (not blocking)'}`);
      inReport.delete(g.gate);
    }
    for (const r of inReport.values()) differences.push(`gate ${r.gate} ${r.verdict} in the report, absent from the header`);
  }
  return differences;
}

const CLOSING_BRACE = 0x7d;
const NEWLINE = 0x0a;

/**
 * Recomputes the seal from the message body (the report's exact bytes, the header's canonical JSON)
 * and compares the header with the report it embeds. Evidence written before binding has no seal:
 * its header is still compared with its report.
 */
export function checkSeal(body: string | Uint8Array, header: EvidenceHeader, sha256: Sha256): SealCheck {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const problems: string[] = [];
  const cut = indexOfBytes(bytes, REPORT_FIELD_BYTES);
  const close = bytes.lastIndexOf(CLOSING_BRACE);
  if (cut < 0 || close <= cut || bytes[close - 1] !== NEWLINE) {
    return { seal: header.seal ? 'broken' : 'absent', problems: ['the report is not where modelops writes it (the last field, on its own line)'] };
  }
  const reportBytes = bytes.subarray(cut + REPORT_FIELD_BYTES.length, close - 1);
  let report: Report | undefined;
  try {
    report = JSON.parse(new TextDecoder().decode(reportBytes)) as Report;
  } catch (error) {
    problems.push(`the report does not parse: ${(error as Error).message}`);
  }
  let seal: SealCheck['seal'] = 'absent';
  if (header.seal) {
    const reportDigest = sha256(reportBytes);
    const { report: _report, seal: recorded, ...fields } = header;
    const reportIntact = reportDigest === recorded.report;
    const headerIntact = headerDigest(fields, recorded.report, sha256) === recorded.header;
    if (!reportIntact) problems.push(`the report was edited after the evidence was written (sha256 ${reportDigest.slice(0, 12)}…, sealed ${recorded.report.slice(0, 12)}…)`);
    if (!headerIntact) problems.push('the header fields (verdict, approvers, pull request, commit, dates, files) were edited after the evidence was written');
    seal = reportIntact && headerIntact ? 'intact' : 'broken';
  }
  if (report && isRecord(report) && Array.isArray(report.models)) problems.push(...headerReportDifferences(header, report).map((d) => `the header says ${d}`));
  return { seal, problems };
}
