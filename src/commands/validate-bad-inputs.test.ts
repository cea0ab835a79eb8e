// The bad-input corpus: each case breaks a copy of the example repository in one way and expects a
// precise finding (file, line, code), the right exit code, no stack trace, and an answer within a second.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, commitAll, editFile, git, initGit, lineOf, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../testing/repos.js';

interface Case {
  name: string;
  /** Breaks the scratch repo; returns the expected line (in `file`) when it is predictable. */
  arrange: (repo: string) => number | undefined | void;
  exit: 1 | 2;
  code: string;
  message?: RegExp;
  hint?: RegExp;
  file?: string;
  /** Compare with this ref (set up by `arrange`). */
  base?: string;
}

const edit = (repo: string, from: string | RegExp, to: string, lineNeedle?: string, occurrence = 1): number | undefined => {
  const text = editFile(repo, MANIFEST, (t) => replaceOnce(t, from, to));
  return lineNeedle === undefined ? undefined : lineOf(text, lineNeedle, occurrence);
};
const write = (repo: string, path: string, content: string | Uint8Array) => {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
};
/** A git history whose base commit is the example, then `change` applied to the working tree. */
const withBase = (repo: string, prepareBase: (repo: string) => void, change: (repo: string) => number | undefined): number | undefined => {
  prepareBase(repo);
  initGit(repo);
  return change(repo);
};

const ARTIFACT = 'path: models/credit-risk/model-v1.onnx';
const REFERENCE = 'path: models/credit-risk/data/reference.csv';
const editPolicy = (repo: string, from: string | RegExp, to: string, needle: string): number => lineOf(editFile(repo, 'modelops.yaml', (t) => replaceOnce(t, from, to)), needle);
/** Rewrites a data file and records its new sha256, so only the content is wrong. */
const rewriteData = (repo: string, path: string, content: string | Buffer, oldSha: RegExp): void => {
  write(repo, path, content);
  const sha = createHash('sha256').update(content).digest('hex');
  edit(repo, oldSha, `sha256: ${sha}`);
};
const REFERENCE_SHA = /sha256: d87005b9[0-9a-f]+/;

const cases: Case[] = [
  { name: 'malformed YAML', arrange: (r) => edit(r, 'owners: ["@credit-ml/ml-engineers", "risk-analytics@example.com"]', 'owners: ["@credit-ml/ml-engineers", "risk'), exit: 2, code: 'yaml-syntax' },
  { name: 'duplicate key', arrange: (r) => edit(r, 'stage: production\n', 'stage: production\nstage: staging\n', 'stage: staging'), exit: 2, code: 'duplicate-key' },
  { name: 'version written as a number', arrange: (r) => edit(r, 'version: 1.0.0', 'version: 1.0', 'version: 1.0'), exit: 2, code: 'schema', message: /metadata\.version: must be a string, found number 1/, hint: /quotes/ },
  { name: 'owners as a string instead of a list', arrange: (r) => edit(r, /owners: \[.*\]/, 'owners: "@credit-ml"', 'owners:'), exit: 2, code: 'schema', message: /metadata\.owners: must be a list/ },
  { name: 'unknown top-level field with a suggestion', arrange: (r) => edit(r, 'stage: production', 'stage: production\nstges: staging', 'stges:'), exit: 2, code: 'schema', message: /unknown field 'stges'/, hint: /did you mean 'stage'\?/ },
  { name: 'unknown nested field', arrange: (r) => edit(r, '  format: onnx\n', '  format: onnx\n  checksum: abc\n', 'checksum:'), exit: 2, code: 'schema', message: /artifact: unknown field 'checksum'/ },
  { name: 'bad semver', arrange: (r) => edit(r, 'version: 1.0.0', 'version: "1.0"', 'version: "1.0"'), exit: 2, code: 'schema', message: /semantic version/ },
  { name: 'invalid model name', arrange: (r) => edit(r, 'name: credit-risk', 'name: Credit_Risk', 'name: Credit_Risk'), exit: 2, code: 'schema', message: /DNS label/ },
  { name: 'name differs from folder', arrange: (r) => edit(r, 'name: credit-risk', 'name: credit-scoring', 'name: credit-scoring'), exit: 2, code: 'name-folder-mismatch' },
  { name: 'unknown stage', arrange: (r) => edit(r, 'stage: production', 'stage: prod', 'stage: prod'), exit: 2, code: 'schema', message: /must be one of development, staging, production, archived, found "prod"/ },
  { name: 'missing required section', arrange: (r) => edit(r, /\nproblem:\n  statement: >-\n/, '\nproblem_:\n  statement: >-\n'), exit: 2, code: 'schema', message: /missing required field 'problem'/ },
  {
    name: 'missing artifact',
    arrange: (r) => {
      rmSync(join(r, 'models/credit-risk/model-v1.onnx'));
      return undefined;
    },
    exit: 2,
    code: 'missing-file',
  },
  { name: 'artifact hash mismatch', arrange: (r) => edit(r, 'sha256: d35e1f77', 'sha256: e35e1f77', 'sha256: e35e1f77'), exit: 2, code: 'hash-mismatch' },
  { name: 'path traversal', arrange: (r) => edit(r, 'path: models/credit-risk/model-v1.onnx', 'path: ../../../etc/passwd', 'path: ../../../etc/passwd'), exit: 2, code: 'path-outside-repo', message: /leaves the repository/ },
  { name: 'absolute path', arrange: (r) => edit(r, 'path: models/credit-risk/data/reference.csv', 'path: /etc/hostname', 'path: /etc/hostname'), exit: 2, code: 'path-outside-repo', message: /absolute/ },
  {
    name: 'symlink escaping the repository',
    arrange: (r) => {
      const outside = mkdtempSync(join(tmpdir(), 'modelops-outside-'));
      writeFileSync(join(outside, 'secret.onnx'), 'not yours');
      symlinkSync(join(outside, 'secret.onnx'), join(r, 'models/credit-risk/escape.onnx'));
      return edit(r, 'path: models/credit-risk/model-v1.onnx', 'path: models/credit-risk/escape.onnx', 'escape.onnx');
    },
    exit: 2,
    code: 'path-outside-repo',
    message: /symlink/,
  },
  { name: 'feature column missing from the data', arrange: (r) => edit(r, '{name: job, type: categorical}', '{name: job_title, type: categorical}', 'job_title'), exit: 2, code: 'missing-column', message: /feature column 'job_title' is not in models\/credit-risk\/data\/training\.csv/ },
  { name: 'label column missing from the data', arrange: (r) => edit(r, 'label: {column: class, positive: bad}', 'label: {column: outcome, positive: bad}', 'column: outcome'), exit: 2, code: 'missing-column' },
  { name: 'contradictory bounds', arrange: (r) => edit(r, 'roc_auc: {min: 0.72}', 'roc_auc: {min: 0.9, max: 0.8}', 'roc_auc: {min: 0.9'), exit: 2, code: 'contradictory-bounds' },
  { name: 'metric that does not fit the task', arrange: (r) => edit(r, 'brier: {max: 0.20}', 'rmse: {max: 0.20}', 'rmse:'), exit: 2, code: 'metric-not-for-task' },
  { name: 'unknown metric name', arrange: (r) => edit(r, 'roc_auc: {min: 0.72}', 'roc_aux: {min: 0.72}', 'roc_aux'), exit: 2, code: 'schema', message: /unknown field 'roc_aux'/ },
  { name: 'fairness attribute not declared', arrange: (r) => edit(r, 'attributes: [sex, age_group]', 'attributes: [sex, race]', 'attributes: [sex, race]'), exit: 2, code: 'unknown-sensitive' },
  { name: 'bins not ascending', arrange: (r) => edit(r, 'bins: [25]', 'bins: [60, 25]', 'bins: [60, 25]'), exit: 2, code: 'bins-not-ascending' },
  { name: 'retraining bounds reversed', arrange: (r) => edit(r, 'min_interval: 30d', 'min_interval: 400d', 'min_interval: 400d'), exit: 2, code: 'contradictory-bounds' },
  { name: 'dataset path without sha256', arrange: (r) => edit(r, /    sha256: d87005b9[0-9a-f]+\n/, '', 'reference:'), exit: 2, code: 'schema', message: /'path' needs 'sha256'/ },
  {
    name: 'empty data file',
    arrange: (r) => {
      write(r, 'models/credit-risk/data/reference.csv', '');
      return edit(r, /sha256: d87005b9[0-9a-f]+/, 'sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    },
    exit: 2,
    code: 'unreadable-data',
    message: /expected a header row/,
  },
  { name: 'evidence path that does not exist', arrange: (r) => edit(r, 'provenance: {answer: yes, evidence: models/credit-risk/data/README.md}', 'provenance: {answer: yes, evidence: docs/data-sheet.md}', 'docs/data-sheet.md'), exit: 2, code: 'missing-file' },
  { name: 'evidence naming a missing manifest field', arrange: (r) => edit(r, 'kpis: {answer: yes, evidence: problem.kpis}', 'kpis: {answer: yes, evidence: problem.kpi}', 'problem.kpi}'), exit: 2, code: 'missing-evidence-field' },
  {
    name: 'YAML alias bomb',
    arrange: (r) => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      const names = 'abcdefghi';
      for (let i = 1; i < names.length; i++) levels.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
      write(r, MANIFEST, levels.join('\n') + '\n');
      return 6; // where the expanded size crosses the limit (9^6 nodes)
    },
    exit: 2,
    code: 'alias-expansion',
  },
  { name: '__proto__ key', arrange: (r) => edit(r, '  labels:\n    domain:', '  labels:\n    __proto__: {admin: "true"}\n    domain:', '__proto__'), exit: 2, code: 'forbidden-key' },
  { name: 'empty file', arrange: (r) => write(r, MANIFEST, ''), exit: 2, code: 'empty' },
  { name: 'binary file', arrange: (r) => write(r, MANIFEST, new Uint8Array([0x08, 0x01, 0x12, 0x00, 0xff, 0xfe])), exit: 2, code: 'binary' },
  { name: 'two YAML documents', arrange: (r) => edit(r, 'apiVersion: modelops/v1\n', 'apiVersion: modelops/v1\n---\n', '---'), exit: 2, code: 'multiple-documents' },
  { name: 'a list instead of a mapping', arrange: (r) => write(r, MANIFEST, '- apiVersion: modelops/v1\n'), exit: 2, code: 'not-a-mapping' },
  { name: 'wrong kind', arrange: (r) => edit(r, 'kind: Model', 'kind: Policy', 'kind: Policy'), exit: 2, code: 'wrong-kind' },
  {
    name: 'two manifests with one name',
    arrange: (r) => {
      const text = editFile(r, MANIFEST, (t) => t);
      write(r, 'models/credit-risk-copy/model.yaml', text);
      return lineOf(text, 'name: credit-risk');
    },
    file: 'models/credit-risk-copy/model.yaml',
    exit: 2,
    code: 'duplicate-name',
  },
  {
    name: 'invalid policy file',
    arrange: (r) => {
      const text = editFile(r, 'modelops.yaml', (t) => replaceOnce(t, '    soak: 7d', '    soak: 7d\n    reviewers: 2'));
      return lineOf(text, 'reviewers');
    },
    file: 'modelops.yaml',
    exit: 2,
    code: 'schema',
    message: /stages\.production: unknown field 'reviewers'/,
  },
  {
    name: 'policy naming an unknown checklist item',
    arrange: (r) => {
      const text = editFile(r, 'modelops.yaml', (t) => replaceOnce(t, 'checklist: [problem]', 'checklist: [problem, data.nonsense]'));
      return lineOf(text, 'data.nonsense');
    },
    file: 'modelops.yaml',
    exit: 2,
    code: 'unknown-checklist-item',
  },
  // Issue 17: paths have one spelling, stay in the repository, and file-system errors are findings.
  { name: 'artifact path with a trailing slash', arrange: (r) => edit(r, ARTIFACT, `${ARTIFACT}/`, 'model-v1.onnx/'), exit: 2, code: 'non-canonical-path', message: /ends with \/; every path has one spelling/, hint: /^write 'models\/credit-risk\/model-v1\.onnx'$/ },
  { name: 'artifact path with //', arrange: (r) => edit(r, ARTIFACT, 'path: models//credit-risk/model-v1.onnx', 'models//credit-risk'), exit: 2, code: 'non-canonical-path', message: /contains \/\//, hint: /^write 'models\/credit-risk\/model-v1\.onnx'$/ },
  { name: 'artifact path with ./', arrange: (r) => edit(r, ARTIFACT, 'path: models/./credit-risk/model-v1.onnx', 'models/./credit-risk'), exit: 2, code: 'non-canonical-path', message: /contains \.\//, hint: /^write 'models\/credit-risk\/model-v1\.onnx'$/ },
  { name: 'path in another letter case', arrange: (r) => edit(r, ARTIFACT, 'path: models/Credit-Risk/Model-v1.onnx', 'Model-v1.onnx'), exit: 2, code: 'missing-file', hint: /did you mean 'models\/credit-risk\/model-v1\.onnx'\?/ },
  { name: 'path in a home directory', arrange: (r) => edit(r, ARTIFACT, 'path: ~/models/model-v1.onnx', '~/models'), exit: 2, code: 'path-outside-repo', message: /starts with ~/, hint: /relative to the repository root/ },
  { name: 'path that is a URL', arrange: (r) => edit(r, REFERENCE, 'path: https://example.com/data/reference.csv', 'https://example.com'), exit: 2, code: 'invalid-path', message: /is a URL, not a file in the repository/, hint: /uri/ },
  {
    name: 'symlink loop on the artifact (ELOOP)',
    arrange: (r) => {
      symlinkSync('loop-b.onnx', join(r, 'models/credit-risk/loop-a.onnx'));
      symlinkSync('loop-a.onnx', join(r, 'models/credit-risk/loop-b.onnx'));
      return edit(r, ARTIFACT, 'path: models/credit-risk/loop-a.onnx', 'loop-a.onnx');
    },
    exit: 2,
    code: 'unreadable-file',
    message: /^artifact 'models\/credit-risk\/loop-a\.onnx' cannot be read: too many levels of symbolic links \(a symlink loop\) \(ELOOP\)$/,
  },
  {
    name: 'over-long path on a dataset (ENAMETOOLONG)',
    arrange: (r) => edit(r, REFERENCE, `path: models/credit-risk/${'x'.repeat(300)}.csv`, 'xxxxxxxx'),
    exit: 2,
    code: 'unreadable-file',
    message: /cannot be read: the path or one of its names is too long for the file system \(ENAMETOOLONG\)$/,
  },
  { name: 'artifact path that is a folder', arrange: (r) => edit(r, ARTIFACT, 'path: models/credit-risk/data.onnx', 'data.onnx') && mkdirSync(join(r, 'models/credit-risk/data.onnx')) === undefined ? lineOf(editFile(r, MANIFEST, (t) => t), 'data.onnx') : undefined, exit: 2, code: 'not-a-file' },
  { name: 'manifests glob at the file-system root', arrange: (r) => editPolicy(r, 'manifests: models/*/model.yaml', 'manifests: "/etc/*"', 'manifests:'), file: 'modelops.yaml', exit: 2, code: 'glob-outside-repo', message: /^manifests glob '\/etc\/\*' is absolute/ },
  { name: 'manifests glob over the whole file system', arrange: (r) => editPolicy(r, 'manifests: models/*/model.yaml', 'manifests: "/**/model.yaml"', 'manifests:'), file: 'modelops.yaml', exit: 2, code: 'glob-outside-repo', message: /is absolute; globs are relative to the repository root/ },
  { name: 'manifests glob leaving the repository', arrange: (r) => editPolicy(r, 'manifests: models/*/model.yaml', 'manifests: ["models/*/model.yaml", "../*"]', 'manifests:'), file: 'modelops.yaml', exit: 2, code: 'glob-outside-repo', message: /'\.\.\/\*' leaves the repository/ },
  // Issue 17: YAML and messages.
  {
    name: 'alias bomb in bytes',
    arrange: (r) => {
      const big = 'y'.repeat(200_000);
      write(r, MANIFEST, `apiVersion: modelops/v1\nkind: Model\nmetadata: {name: credit-risk, version: 1.0.0, owners: ["@a"], description: &d "${big}"}\nstage: development\ncopies:\n${Array(2000).fill('  - *d').join('\n')}\n`);
      return 25; // the 20th copy crosses 4 MiB
    },
    exit: 2,
    code: 'alias-expansion',
    message: /more than 4194304 bytes/,
  },
  { name: 'empty threshold', arrange: (r) => edit(r, 'threshold: 0.5', 'threshold:', 'threshold:'), exit: 2, code: 'schema', message: /^artifact\.threshold: must be a number, found nothing \(an empty value\)$/ },
  { name: 'empty stage', arrange: (r) => edit(r, 'stage: production\n', 'stage:\n', 'stage:'), exit: 2, code: 'schema', message: /^stage: must be one of .*, found nothing \(an empty value\)$/ },
  { name: 'empty metadata', arrange: (r) => edit(r, /metadata:\n  name: credit-risk\n(  .+\n)+/, 'metadata:\n', 'metadata:'), exit: 2, code: 'schema', message: /^metadata: must be a mapping, found nothing/ },
  { name: 'version 1.10 echoed as written', arrange: (r) => edit(r, 'version: 1.0.0', 'version: 1.10', 'version: 1.10'), exit: 2, code: 'schema', message: /^metadata\.version: must be a string, found number 1\.10$/, hint: /quotes/ },
  { name: '.inf as a threshold', arrange: (r) => edit(r, 'threshold: 0.5', 'threshold: .inf', 'threshold: .inf'), exit: 2, code: 'schema', message: /^artifact\.threshold: must be a number, found \.inf \(infinity\)$/, hint: /finite/ },
  { name: '.nan as a bound', arrange: (r) => edit(r, 'roc_auc: {min: 0.72}', 'roc_auc: {min: .nan}', 'roc_auc: {min: .nan}'), exit: 2, code: 'schema', message: /min: must be a number, found \.nan \(not a number\)$/ },
  { name: 'duplicate key named', arrange: (r) => edit(r, '  format: onnx\n', '  format: onnx\n  format: onnx\n', 'format: onnx', 2), exit: 2, code: 'duplicate-key', message: /^key 'format' appears twice in the same mapping$/ },
  {
    name: 'UTF-16 manifest',
    arrange: (r) => {
      const text = readFileSync(join(r, MANIFEST), 'utf8');
      write(r, MANIFEST, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      return 1;
    },
    exit: 2,
    code: 'encoding',
    message: /^file is UTF-16LE text, not UTF-8$/,
    hint: /save the file as UTF-8/,
  },
  {
    name: 'Latin-1 byte in a manifest',
    arrange: (r) => {
      const text = readFileSync(join(r, MANIFEST), 'utf8').replace('route applications to manual review', 'route applications to manual r\u00e9view');
      write(r, MANIFEST, Buffer.from(text, 'latin1'));
      return lineOf(text, 'r\u00e9view');
    },
    exit: 2,
    code: 'encoding',
    message: /byte 0xe9/,
  },
  {
    name: 'semicolon-delimited CSV',
    arrange: (r) => {
      const csv = readFileSync(join(r, 'models/credit-risk/data/reference.csv'), 'utf8').replace(/,/g, ';');
      rewriteData(r, 'models/credit-risk/data/reference.csv', csv, REFERENCE_SHA);
      return lineOf(editFile(r, MANIFEST, (t) => t), REFERENCE);
    },
    exit: 2,
    code: 'wrong-delimiter',
    message: /fields look separated by semicolons, not by commas/,
    hint: /comma-separated/,
  },
  // Issue 12: an honest checklist.
  { name: 'placeholder checklist evidence', arrange: (r) => edit(r, 'splits: {answer: yes, evidence: train/prepare_data.py}', 'splits: {answer: yes, evidence: TODO}', 'evidence: TODO'), exit: 1, code: 'checklist-placeholder', message: /^evidence for data\.splits is a placeholder \('TODO'\)$/ },
  { name: 'checklist evidence "x"', arrange: (r) => edit(r, 'misuse:\n      answer: yes\n      evidence: the score', 'misuse:\n      answer: yes\n      evidence: x\n      note: the score', 'evidence: x'), exit: 1, code: 'checklist-placeholder', message: /data|usable\.misuse is a placeholder \('x'\)/ },
  {
    name: 'checklist answer the manifest contradicts',
    arrange: (r) => {
      edit(r, /\nbaseline:\n(  .*\n)+/, '\n');
      return edit(r, 'defined: {answer: yes, evidence: baseline}', 'defined: {answer: yes, evidence: "the checking-account rule, measured on the same data"}', 'defined: {answer: yes');
    },
    exit: 1,
    code: 'checklist-contradicted',
    message: /^checklist item baseline\.defined is "yes", but the manifest declares no baseline$/,
  },
  {
    name: 'org-level answer with placeholder evidence',
    arrange: (r) => editPolicy(r, 'initial_stages: [development]', 'initial_stages: [development]\nchecklist:\n  answers:\n    data.privacy: {answer: yes, evidence: tbd}', 'data.privacy'),
    file: 'modelops.yaml',
    exit: 1,
    code: 'checklist-placeholder',
    message: /org-level evidence for data\.privacy is a placeholder/,
  },
  // Policy failures: valid files, but the repository's rules are not met (exit 1).
  { name: 'required checklist item unanswered', arrange: (r) => edit(r, /    labels-verified:\n      answer: n\/a\n      evidence: [^\n]+\n/, ''), exit: 1, code: 'checklist', message: /checklist section data: 1 of 7 required items not answered .*: data\.labels-verified$/ },
  { name: 'required checklist item without evidence', arrange: (r) => edit(r, 'dependencies: {answer: yes, evidence: "onnxruntime 1.30 only (deployment.dependencies)"}', 'dependencies: {answer: yes}', 'dependencies: {answer: yes}'), exit: 1, code: 'checklist', message: /without evidence/ },
  { name: 'required gate missing', arrange: (r) => edit(r, /  champion:\n    metrics: \[roc_auc, accuracy\]\n    tolerance: 0\.01\n    alpha: 0\.05\n/, ''), exit: 1, code: 'missing-gate', message: /requires a champion gate/ },
  {
    name: 'illegal stage jump',
    arrange: (r) => withBase(r, (b) => void edit(b, 'stage: production', 'stage: development'), (h) => edit(h, 'stage: development', 'stage: production', 'stage: production')),
    base: 'HEAD',
    exit: 1,
    code: 'stage-transition',
    message: /development -> production is not allowed/,
  },
  {
    name: 'new model starting in production',
    arrange: (r) => {
      const model = editFile(r, MANIFEST, (t) => t);
      rmSync(join(r, 'models/credit-risk/model.yaml'));
      initGit(r);
      write(r, MANIFEST, model);
      return lineOf(model, 'stage: production');
    },
    base: 'HEAD',
    exit: 1,
    code: 'stage-transition',
    message: /new model cannot start in stage production/,
  },
  {
    name: 'content change without a version bump',
    arrange: (r) => withBase(r, () => undefined, (h) => edit(h, 'threshold: 0.5', 'threshold: 0.4') && lineOf(editFile(h, MANIFEST, (t) => t), 'version: 1.0.0')),
    base: 'HEAD',
    exit: 1,
    code: 'version-not-bumped',
    message: /artifact\.threshold changed but metadata\.version is still 1\.0\.0/,
  },
  {
    name: 'version going down to one never registered',
    arrange: (r) => withBase(r, () => undefined, (h) => edit(h, 'version: 1.0.0', 'version: 0.9.0', 'version: 0.9.0')),
    base: 'HEAD',
    exit: 1,
    code: 'version-decreased',
  },
  {
    name: 'registered version changed',
    arrange: (r) => {
      initGit(r);
      git(r, 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register credit-risk 1.0.0');
      edit(r, 'f1: {min: 0.45}', 'f1: {min: 0.40}');
      commitAll(r, 'loosen f1 without a new version');
      return lineOf(editFile(r, MANIFEST, (t) => t), 'version: 1.0.0');
    },
    base: 'HEAD~1',
    exit: 1,
    code: 'registered-version-changed',
    message: /tag credit-risk@v1\.0\.0.*gates\.performance/,
  },
];

describe('validate on a bad-input corpus', () => {
  // the CLI imports a command's modules when the command first runs: loaded here, so each case times validation alone
  beforeAll(async () => {
    await import('./validate.js');
  });
  afterAll(removeScratchRepos);

  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)('$name', async (testCase) => {
    const repo = scratchRepo();
    const expectedLine = testCase.arrange(repo) ?? undefined;
    const started = performance.now();
    const args = ['validate', '--repo', repo, '--format', 'json', ...(testCase.base ? ['--base', testCase.base] : [])];
    const run = await cli(...args);
    const elapsed = performance.now() - started;
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(testCase.exit);
    const all = [...run.report!.findings, ...run.report!.models.flatMap((m) => m.findings)];
    const match = all.find((f) => f.code === testCase.code && (testCase.message === undefined || testCase.message.test(f.message)));
    expect(match, `no ${testCase.code} finding matching ${testCase.message} in:\n${JSON.stringify(all, null, 2)}`).toBeDefined();
    expect(match!.file).toBe(testCase.file ?? MANIFEST);
    if (testCase.hint) expect(match!.hint).toMatch(testCase.hint);
    expect(match!.line).toBeGreaterThanOrEqual(1);
    if (typeof expectedLine === 'number') expect(match!.line).toBe(expectedLine);
    expect(elapsed).toBeLessThan(1000);
    // Nothing names the runner's paths: findings are about repository files.
    expect(JSON.stringify(all)).not.toContain(repo);
    expect(JSON.stringify(all)).not.toMatch(/"(?:file|message)":"\/(?:tmp|home|etc|root)\b/);

    // The same case in text form: compiler-style location, no stack trace.
    const text = await cli('validate', '--repo', repo, ...(testCase.base ? ['--base', testCase.base] : []));
    expect(text.code).toBe(testCase.exit);
    expect(text.stdout).toContain(`${match!.file}:${match!.line}:${match!.column}: `);
    expect(text.stdout + text.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(text.stdout.split('\n').slice(1).join('\n') + text.stderr).not.toContain(repo);
  });
});
