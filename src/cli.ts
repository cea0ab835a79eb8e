// The `modelops` command. Parses arguments, runs a command from src/commands, renders the report.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { gate } from './commands/gate.js';
import { init } from './commands/init.js';
import { UsageError, validate } from './commands/validate.js';
import { TASKS, type Task } from './core/manifest.js';
import { renderMarkdown } from './core/render/markdown.js';
import { renderText } from './core/render/text.js';
import type { Report } from './core/report.js';
import { TOOL_VERSION } from './version.js';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const MAIN_HELP = `modelops ${TOOL_VERSION} — GitOps for ML models

Usage: modelops <command> [options]

Commands:
  validate [PATH...]   Check manifests against the schema, their files, the policy and a base ref
  gate [PATH...]       Validate, then run each changed model on its evaluation data through its gates
  init <name>          Scaffold models/<name>/model.yaml with the full readiness checklist

Options:
  -h, --help           Show help (also: modelops <command> --help)
  -v, --version        Show the version

Exit codes: 0 all valid, 1 a policy or gate failure, 2 invalid input or usage.
`;

const COMMANDS = {
  validate: {
    help: `Usage: modelops validate [PATH...] [options]

Validates every manifest the policy's globs match (default models/*/model.yaml), or the given
manifest files or model folders: YAML and schema, names, paths inside the repository, recorded
sha256 digests, data columns, gate bounds, the checklist the stage requires, and with --base the
stage transition, the version bump and the immutability of registered versions (git tags
<name>@v<version>).

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref (e.g. origin/main)
  --format FORMAT      text (default), json or markdown
  --output FILE        Also write the JSON report to FILE
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help

Exit codes: 0 all valid, 1 a policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: 'string', default: '.' },
      base: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'no-color': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  gate: {
    help: `Usage: modelops gate [PATH...] [options]

Validates like \`modelops validate\`, then, for every model changed against --base (every model with
--all, the given ones when paths are given, all when there is no base), runs its ONNX artifact on its
evaluation data and applies its gates:
  performance  metric bounds, latency/throughput/memory/size budgets, beating the manifest baseline
  robustness   missing values, zeros, extreme values (10x beyond the training range), noise
  champion     no significant regression against the version in production (latest
               <name>#production#N tag, else the base ref): paired bootstrap intervals, DeLong's
               test for ROC AUC, McNemar's test on correctness
It also reports permutation feature importance for the model and its champion.

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref; gate only the models that changed
  --all                Gate every model
  --seed N             Seed of resampling and perturbations (default 0)
  --format FORMAT      text (default), json or markdown
  --output FILE        Also write the JSON report to FILE
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help

Exit codes: 0 all gates pass, 1 a blocking gate or policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: 'string', default: '.' },
      base: { type: 'string' },
      all: { type: 'boolean', default: false },
      seed: { type: 'string', default: '0' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'no-color': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  init: {
    help: `Usage: modelops init <name> [options]

Writes models/<name>/model.yaml: every manifest section with TODOs, and the full readiness
checklist (seven sections, each question as a comment, every answer "no" until you answer it).
Records the artifact's sha256 when models/<name>/model.onnx already exists.

Options:
  --repo DIR           Repository root (default: .)
  --task TASK          ${TASKS.join(', ')} (default binary-classification)
  --force              Overwrite an existing manifest
  -h, --help           Show this help
`,
    options: {
      repo: { type: 'string', default: '.' },
      task: { type: 'string', default: 'binary-classification' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
} satisfies Record<string, { help: string; options: ParseArgsConfig['options'] }>;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

function render(report: Report, format: Format, color: boolean): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'markdown') return renderMarkdown(report);
  return renderText(report, { color });
}

function packagedSchema(): string | undefined {
  // dist/cli.js and src/cli.ts both sit one level below the package root.
  const here = dirname(fileURLToPath(import.meta.url));
  const candidate = resolve(here, '..', 'schemas', 'model.schema.json');
  return existsSync(candidate) ? candidate : undefined;
}

/** Runs the CLI and returns the exit code; never throws for user errors. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    io.stdout(topic && topic in COMMANDS ? COMMANDS[topic as keyof typeof COMMANDS].help : MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (!(command in COMMANDS)) {
    io.stderr(`modelops: unknown command '${command}'\n\n${MAIN_HELP}`);
    return 2;
  }
  const spec = COMMANDS[command as keyof typeof COMMANDS];
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: spec.options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    io.stderr(`modelops ${command}: ${(error as Error).message}\n\n${spec.help}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values['help']) {
    io.stdout(spec.help);
    return 0;
  }
  try {
    if (command === 'init') {
      const task = String(values['task']);
      if (!(TASKS as readonly string[]).includes(task)) throw new UsageError(`--task must be one of ${TASKS.join(', ')}`);
      if (positionals.length !== 1) throw new UsageError('init takes exactly one model name, e.g. modelops init credit-risk');
      const schemaFile = packagedSchema();
      const { path } = await init({
        repo: String(values['repo']),
        name: positionals[0]!,
        task: task as Task,
        force: Boolean(values['force']),
        ...(schemaFile ? { schemaFile } : {}),
      });
      io.stdout(`wrote ${path}\nnext: fill in the TODOs and answers, then run modelops validate ${path}\n`);
      return 0;
    }
    const format = String(values['format']);
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const base = values['base'] as string | undefined;
    const common = { repo: String(values['repo']), paths: positionals, ...(base ? { base } : {}) };
    let report: Report;
    if (command === 'gate') {
      const seed = Number(values['seed']);
      if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError(`--seed must be a non-negative integer, got '${String(values['seed'])}'`);
      const progress = io.isTTY ? (message: string) => io.stderr(`\u001b[2K\r${message.slice(0, 100)}`) : undefined;
      report = await gate({ ...common, all: Boolean(values['all']), seed, ...(progress ? { progress } : {}) });
      if (progress) io.stderr('\u001b[2K\r');
    } else {
      report = await validate(common);
    }
    const output = values['output'] as string | undefined;
    if (output) await writeFile(output, JSON.stringify(report, null, 2) + '\n');
    const color = io.isTTY && !values['no-color'] && !io.env['NO_COLOR'] && format === 'text';
    io.stdout(render(report, format as Format, color));
    return report.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`modelops ${command}: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (io.env['MODELOPS_DEBUG'] ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr(`modelops ${command}: unexpected error: ${detail}\n(set MODELOPS_DEBUG=1 for a stack trace and please report it)\n`);
    return 2;
  }
}
