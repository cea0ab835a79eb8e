// Seeded fuzzing of the CLI through its in-process entry (runCli): mutate a copy of the example
// repository's manifest, policy and data files, run a command, and classify what comes back. Shared by
// `npm run bench -- fuzz` (thousands of mutations) and a short seeded run in `npm test`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../cli.js';
import type { Report } from '../core/report/model.js';
import { MANIFEST, scratchRepo } from './repos.js';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, below: number): number => Math.floor(random() * below);

/** Values a careless, hurried or hostile author might write where a scalar goes. */
const NASTY_SCALARS = [
  '', '~', 'null', '.inf', '-.inf', '.nan', '1.10', '1e309', '-0', '0x1F', '1_000', 'yes', 'no', 'true', "''", '""', '[]', '{}', '[', '{', '"unterminated', "'", '*nowhere',
  '&anchor', '!!binary aGVsbG8=', '!!js/function "f(){}"', '!!python/object:os.system', '<<', 'TODO', 'TBD', 'x', '-', 'lorem ipsum', '../../../etc/passwd', '/etc/passwd',
  '~/model.onnx', 'https://example.com/model.onnx', 'models//credit-risk/model-v1.onnx', 'models/credit-risk/model-v1.onnx/', 'models/./credit-risk/data/evaluation.csv',
  'models/Credit-Risk/model-v1.onnx', 'C:\\models\\x.onnx', 'models\\credit-risk\\model-v1.onnx', '\\\\server\\share', '%00', '\u0000', '\u202e', '\ud800', '🦄', 'ÿþ',
  'a'.repeat(5000), '0'.repeat(64), 'f'.repeat(63), '-1', '2', '1.5', '99999999999999999999', '7d', '0d', 'production', 'Production', 'constructor', '__proto__', 'undefined',
  '[object Object]', '${HOME}', '$(id)', '`id`', '@', '@org/', 'mailto:x', ':', '- -', '? x', '| x', '> x', '#', '%YAML 1.1',
];
const NASTY_KEYS = ['<<', '__proto__', 'constructor', 'prototype', '""', '? [a]', 'stage', 'metadata', 'path', 'sha256', 'threshold', 'x'.repeat(300), '0', '-', 'a b', '&k', '*k'];

function mutateLine(line: string, random: Random): string {
  const colon = line.indexOf(': ');
  switch (int(random, 6)) {
    case 0:
      return colon >= 0 ? `${line.slice(0, colon + 2)}${pick(random, NASTY_SCALARS)}` : `${line} ${pick(random, NASTY_SCALARS)}`;
    case 1:
      return colon >= 0 ? `${line.slice(0, colon).replace(/[^\s-].*$/, pick(random, NASTY_KEYS))}${line.slice(colon)}` : line;
    case 2:
      return line.length > 0 ? line.slice(0, int(random, line.length)) : line;
    case 3:
      return (random() < 0.5 ? '\t' : ' '.repeat(1 + int(random, 4))) + line;
    case 4:
      return line.replace(/^\s+/, '');
    default: {
      const at = int(random, line.length + 1);
      return line.slice(0, at) + pick(random, ['"', "'", '{', '}', '[', ']', ',', ':', '#', '&', '*', '!', '|', '>', '%', '@', '`']) + line.slice(at);
    }
  }
}

/** One mutation of YAML text: line edits, structural edits, encodings and YAML features. */
export function mutateYaml(text: string, random: Random): { text?: string; bytes?: Uint8Array; what: string } {
  const lines = text.split('\n');
  const at = int(random, lines.length);
  switch (int(random, 16)) {
    case 0:
    case 1:
    case 2:
    case 3:
      lines[at] = mutateLine(lines[at]!, random);
      return { text: lines.join('\n'), what: `line ${at + 1} edited` };
    case 4:
      lines.splice(at, 1 + int(random, 8));
      return { text: lines.join('\n'), what: `lines from ${at + 1} deleted` };
    case 5:
      lines.splice(at, 0, lines[at]!);
      return { text: lines.join('\n'), what: `line ${at + 1} duplicated` };
    case 6: {
      const other = int(random, lines.length);
      [lines[at], lines[other]] = [lines[other]!, lines[at]!];
      return { text: lines.join('\n'), what: `lines ${at + 1} and ${other + 1} swapped` };
    }
    case 7:
      return { text: text.slice(0, int(random, text.length)), what: 'truncated' };
    case 8: {
      const bytes = Buffer.from(text);
      const count = 1 + int(random, 4);
      for (let i = 0; i < count; i++) bytes[int(random, bytes.length)] = int(random, 256);
      return { bytes, what: 'bytes flipped' };
    }
    case 9:
      return { bytes: Buffer.concat([Buffer.from(random() < 0.5 ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]), what: 'UTF-16' };
    case 10:
      return { bytes: Buffer.from(text.replace(/e/, 'é'), 'latin1'), what: 'Latin-1' };
    case 11: {
      // Anchors, aliases and merge keys, including large expansions.
      const anchorLine = lines.findIndex((l, i) => i >= at && /^\s+\w[\w-]*: \S/.test(l));
      if (anchorLine < 0) return { text, what: 'unchanged' };
      lines[anchorLine] = lines[anchorLine]!.replace(/: /, ': &a ');
      const indent = /^\s*/.exec(lines[anchorLine]!)![0];
      const copies = pick(random, [1, 2, 50, 5000]);
      lines.splice(anchorLine + 1, 0, ...Array.from({ length: Math.min(copies, 200) }, (_, i) => `${indent}copy${i}: ${random() < 0.3 ? '{<<: *a}' : '*a'}`));
      return { text: lines.join('\n'), what: `aliases x${copies}` };
    }
    case 12:
      lines.splice(at, 0, `${/^\s*/.exec(lines[at] ?? '')![0]}${pick(random, NASTY_KEYS)}: ${pick(random, NASTY_SCALARS)}`);
      return { text: lines.join('\n'), what: `key inserted at line ${at + 1}` };
    case 13:
      return { text: random() < 0.5 ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, '\r'), what: 'line endings' };
    case 14:
      return { text: `${text}\n---\n${text.slice(0, 200)}`, what: 'second document' };
    default: {
      const big = 'z'.repeat(100_000 + int(random, 300_000));
      return { text: `${text}\nbig: &big "${big}"\nmany: [${Array(int(random, 40) + 1).fill('*big').join(', ')}]\n`, what: 'byte-size alias' };
    }
  }
}

/** One mutation of a CSV file: rows, delimiters, quoting, encodings, sizes. */
export function mutateCsv(text: string, random: Random): { content: string | Buffer; what: string } {
  const lines = text.split('\n');
  const header = lines[0]!;
  const at = 1 + int(random, Math.max(1, lines.length - 2));
  switch (int(random, 14)) {
    case 0:
      return { content: `${header}\n`, what: 'header only' };
    case 1:
      return { content: '', what: 'empty' };
    case 2:
      return { content: text.replace(/,/g, pick(random, [';', '\t', '|'])), what: 'other delimiter' };
    case 3: {
      const fields = lines[at]!.split(',');
      fields[int(random, fields.length)] = pick(random, ['abc', 'NaN', 'inf', '1e999', '', '"', '""', '"a,b"', '1,5', '٣', '0x10', ' 1 ', 'null', 'NULL', '-', 'TRUE']);
      lines[at] = fields.join(',');
      return { content: lines.join('\n'), what: `field on line ${at + 1}` };
    }
    case 4:
      lines[at] = lines[at]!.split(',').slice(0, 1 + int(random, 5)).join(',');
      return { content: lines.join('\n'), what: `short row on line ${at + 1}` };
    case 5:
      lines[at] = `${lines[at]},extra,fields`;
      return { content: lines.join('\n'), what: `long row on line ${at + 1}` };
    case 6:
      lines[at] = `"${lines[at]}`;
      return { content: lines.join('\n'), what: `open quote on line ${at + 1}` };
    case 7: {
      const bytes = Buffer.from(text);
      for (let i = 0; i < 1 + int(random, 3); i++) bytes[int(random, bytes.length)] = pick(random, [0x00, 0xff, 0xc3, 0x80, 0x0d, 0x22]);
      return { content: bytes, what: 'bytes flipped' };
    }
    case 8:
      return { content: text.replace(/\n/g, random() < 0.5 ? '\r' : '\r\n'), what: 'line endings' };
    case 9:
      return { content: `\uFEFF${text}`, what: 'byte-order mark' };
    case 10: {
      const columns = header.split(',');
      columns[int(random, columns.length)] = pick(random, ['', columns[0]!, 'Class', 'class ', '"class"', 'a'.repeat(1000)]);
      return { content: [columns.join(','), ...lines.slice(1)].join('\n'), what: 'header edited' };
    }
    case 11:
      return { content: Buffer.from(text, 'utf16le'), what: 'UTF-16' };
    case 12:
      lines.splice(at, 0, '', '', '');
      return { content: lines.join('\n'), what: `blank lines at ${at + 1}` };
    default:
      lines.splice(1, lines.length - 2, ...lines.slice(1, -1).filter(() => random() < 0.05));
      return { content: lines.join('\n'), what: 'few rows' };
  }
}

export interface FuzzCounts {
  runs: number;
  internalErrors: number;
  hangs: number;
  stackTraces: number;
  undefinedText: number;
  objectText: number;
  absolutePaths: number;
  /** Exit codes seen, with how often. */
  exitCodes: Record<string, number>;
  /** The first few problems, to reproduce them. */
  examples: { seed: number; kind: string; what: string; output: string }[];
}

export interface FuzzOptions {
  seed: number;
  manifestMutations: number;
  dataMutations: number;
  /** A run longer than this counts as a hang (in-process, so it is measured, not interrupted). */
  hangMs?: number;
  /** Every n-th data mutation also runs `gate`, which reads every row (the others validate). */
  gateEvery?: number;
  onProgress?: (done: number, total: number) => void;
}

const STACK = /\n\s+at (?:async )?[^\n]*:\d+:\d+\)?(?:\n|$)/;

export type ProblemKind = 'internalErrors' | 'hangs' | 'stackTraces' | 'undefinedText' | 'objectText' | 'absolutePaths';

export interface CliOutcome {
  args: readonly string[];
  code: number;
  stdout: string;
  stderr: string;
  elapsed: number;
  /** The mutated input, so text the user wrote and the tool echoes is not counted against it. */
  inputs: string;
}

/** What went wrong in one run, from what the user would read. */
export function problemsIn(outcome: CliOutcome, forbiddenPaths: readonly string[], hangMs: number): ProblemKind[] {
  const { args, code, stdout, stderr } = outcome;
  // What the user reads: text output without its header line (which echoes --repo), or the findings and gate texts of a JSON report.
  let said: string;
  if (args.includes('json') && stdout.trimStart().startsWith('{')) {
    const report = JSON.parse(stdout) as Report;
    said = JSON.stringify([...report.findings, ...report.models.flatMap((m) => [...m.findings, ...m.gates.map((g) => ({ summary: g.summary, checks: g.checks.map((c) => c.message) }))])]);
  } else said = stdout.split('\n').slice(1).join('\n');
  said += `\n${stderr}`;
  const mine = (needle: string) => said.split(needle).length - 1 > outcome.inputs.split(needle).length - 1;
  const problems: ProblemKind[] = [];
  if ((code !== 0 && code !== 1 && code !== 2) || /unexpected error|please report it/.test(stderr)) problems.push('internalErrors');
  if (outcome.elapsed > hangMs) problems.push('hangs');
  if (STACK.test(said)) problems.push('stackTraces');
  if (/\bundefined\b/.test(said) && mine('undefined')) problems.push('undefinedText');
  if (said.includes('[object Object]') && mine('[object Object]')) problems.push('objectText');
  if (forbiddenPaths.some((p) => said.includes(p))) problems.push('absolutePaths');
  return problems;
}

/** Runs the CLI on mutated copies of the example repository and counts what must never happen. */
export async function fuzzCli(options: FuzzOptions): Promise<FuzzCounts> {
  const random = seededRandom(options.seed);
  const repo = scratchRepo();
  const manifestPath = join(repo, MANIFEST);
  const policyPath = join(repo, 'modelops.yaml');
  const manifest = readFileSync(manifestPath, 'utf8');
  const policy = readFileSync(policyPath, 'utf8');
  const dataFiles = ['models/credit-risk/data/evaluation.csv', 'models/credit-risk/data/reference.csv', 'models/credit-risk/data/training.csv'];
  const data = new Map(dataFiles.map((f) => [f, readFileSync(join(repo, f), 'utf8')]));
  const forbiddenPaths = [resolve(repo), tmpdir(), homedir(), resolve(import.meta.dirname, '..', '..')].filter((p) => p.length > 1);
  const counts: FuzzCounts = { runs: 0, internalErrors: 0, hangs: 0, stackTraces: 0, undefinedText: 0, objectText: 0, absolutePaths: 0, exitCodes: {}, examples: [] };
  const total = options.manifestMutations + options.dataMutations;

  const run = async (args: string[], what: string, inputs: string): Promise<void> => {
    let stdout = '';
    let stderr = '';
    const started = performance.now();
    let code: number;
    try {
      code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: {} });
    } catch (error) {
      code = -1;
      stderr += `runCli threw: ${String(error)}`;
    }
    const elapsed = performance.now() - started;
    counts.runs++;
    counts.exitCodes[code] = (counts.exitCodes[code] ?? 0) + 1;
    const problems = problemsIn({ args, code, stdout, stderr, elapsed, inputs }, forbiddenPaths, options.hangMs ?? 10_000);
    for (const kind of problems) {
      counts[kind]++;
      if (counts.examples.length < 10) counts.examples.push({ seed: options.seed, kind, what, output: (stdout + stderr).slice(0, 600) });
    }
  };

  for (let i = 0; i < options.manifestMutations; i++) {
    const onPolicy = random() < 0.1;
    const original = onPolicy ? policy : manifest;
    const mutated = mutateYaml(original, random);
    const bytes = mutated.bytes ?? Buffer.from(mutated.text!);
    writeFileSync(onPolicy ? policyPath : manifestPath, bytes);
    const format = pick(random, ['json', 'json', 'text', 'markdown']);
    await run(['validate', '--repo', repo, '--format', format], `${onPolicy ? 'policy' : 'manifest'}: ${mutated.what}`, bytes.toString('latin1'));
    writeFileSync(onPolicy ? policyPath : manifestPath, original);
    options.onProgress?.(i + 1, total);
  }

  for (let i = 0; i < options.dataMutations; i++) {
    const file = pick(random, dataFiles);
    const original = data.get(file)!;
    const mutated = mutateCsv(original, random);
    writeFileSync(join(repo, file), mutated.content);
    // Record the new digest, so the mutated content reaches the readers rather than stopping at the hash check.
    const oldSha = createHash('sha256').update(original).digest('hex');
    const newSha = createHash('sha256').update(mutated.content).digest('hex');
    writeFileSync(manifestPath, manifest.replace(oldSha, newSha));
    const inputs = Buffer.from(mutated.content).toString('latin1');
    const gate = (i + 1) % (options.gateEvery ?? 10) === 0 && file !== 'models/credit-risk/data/training.csv';
    await run([gate ? 'gate' : 'validate', '--repo', repo, '--format', pick(random, ['json', 'text'])], `${file}: ${mutated.what}`, inputs);
    writeFileSync(join(repo, file), original);
    writeFileSync(manifestPath, manifest);
    options.onProgress?.(options.manifestMutations + i + 1, total);
  }
  return counts;
}
