// The `modelops` command. Parses arguments, runs a command from src/commands, renders the report.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
// Each command's module is imported when that command runs (below), so a command compiles only its own code.
import { DRIFT_HELP } from './commands/drift-help.js';
import { UsageError } from './commands/errors.js';
import { PROFILE_HELP } from './commands/profile-help.js';
import { ProfileError } from './core/drift/profile-error.js';
import { GitError } from './io/git/exec.js';
import { TASKS, type Task } from './core/manifest/manifest.js';
import type { PullRequestInfo, Report } from './core/report/model.js';
import { TOOL_VERSION } from './version.js';

const FORMATS = ['text', 'json', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

const MAIN_HELP = `modelops ${TOOL_VERSION} — GitOps for ML models

Usage: modelops <command> [options]

Commands:
  validate [MODEL...]  Check manifests against the schema, their files, the policy and a base ref
  gate [MODEL...]      Validate, then run each changed model on its evaluation data through its gates
  promote              After a merge: gate what changed and write GTO tags that carry the evidence
  drift [MODEL...]     Scheduled check of production models: drift, estimated performance, staleness
  profile FILE         Profile data for drift where it lives (or print the SQL that does it in a warehouse)
  audit [MODEL...]     The audit trail from tags and history alone: who promoted what, when, on what evidence
  card <name>          A model card (Markdown) from the manifest and its latest evidence
  init <name>          Write models/<name>/model.yaml, inferred from the ONNX model and its data
  hash [MODEL...]      Record changed sha256 digests in the manifests (--write); say when to bump the version

MODEL: a model name (its folder among the manifests the policy's globs match), a manifest file or
a model folder, or a quoted glob of them ('models/credit-*'), relative to the current directory; the
Action's models input takes the same, relative to its working-directory.

Options:
  -h, --help           Show help (also: modelops <command> --help)
  -v, --version        Show the version

Exit codes: 0 all valid, 1 a policy or gate failure, 2 invalid input or usage.
`;

/** The options of every command that writes a report: its format, its files, colour and help. */
const REPORT_OPTIONS = {
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  'report-dir': { type: 'string' },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** REPORT_OPTIONS in the help, but for --format, whose formats differ by command. */
const REPORT_OPTIONS_HELP = `  --output FILE        Also write the JSON report to FILE
  --report-dir DIR     Also write report.json, report.md and report.html to DIR
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help
`;

const COMMANDS = {
  validate: {
    help: `Usage: modelops validate [MODEL...] [options]

Validates every manifest the policy's globs match (default models/*/model.yaml), or the given
manifest files or model folders: YAML and schema, names, paths inside the repository, recorded
sha256 digests, data columns, gate bounds, the checklist the stage requires, and with --base the
stage transition, the version bump and the immutability of registered versions (git tags
<name>@v<version>).

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref (e.g. origin/main)
  --format FORMAT      text (default), json, markdown or html (one self-contained file)
${REPORT_OPTIONS_HELP}
Exit codes: 0 all valid, 1 a policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: 'string', default: '.' },
      base: { type: 'string' },
      ...REPORT_OPTIONS,
    },
  },
  gate: {
    help: `Usage: modelops gate [MODEL...] [options]

Validates like \`modelops validate\`, then, for every model changed against --base (every model with
--all, the given ones when paths are given, all when there is no base), runs its ONNX artifact on its
evaluation data and applies its gates:
  performance  metric bounds, latency/throughput/memory/size budgets, beating the manifest baseline
  robustness   missing values, zeros, extreme values (10x beyond the training range), noise
  champion     no significant regression against the version in production (latest
               <name>#production#N tag, else the base ref): paired bootstrap intervals, DeLong's
               test for ROC AUC, McNemar's test on correctness
  fairness     group metrics, Fairlearn aggregates and Aequitas disparities with bootstrap intervals
  drift        evaluation data vs data.reference (features, missing values, prediction, domain
               classifier, CBPE)
  approvals    the policy's approvals and soak time for the target stage, and waivers in force —
               the Action reads the pull request's reviews; here the soak is measured from the
               tags and approvals are "not checked here" unless asserted with --pr and --approver
It also reports permutation feature importance for the model and its champion.

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref; gate only the models that changed
  --pr N               The pull request, to check approvals asserted with --approver
  --pr-author LOGIN    Its author (whose own approval never counts)
  --approver LOGIN     A reviewer who approved it (repeat for each); counted as asserted
  --all                Gate every model
  --seed N             Seed of resampling and perturbations (default 0)
  --format FORMAT      text (default), json, markdown or html (one self-contained file)
${REPORT_OPTIONS_HELP}
Exit codes: 0 all gates pass, 1 a blocking gate or policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: 'string', default: '.' },
      base: { type: 'string' },
      pr: { type: 'string' },
      'pr-author': { type: 'string' },
      approver: { type: 'string', multiple: true },
      all: { type: 'boolean', default: false },
      seed: { type: 'string', default: '0' },
      ...REPORT_OPTIONS,
    },
  },
  promote: {
    help: `Usage: modelops promote [options]

Merge = promote. Run on the default branch after a push (the Action passes the push's before and
after). For every model whose version or stage changed between --since and HEAD — and every model
whose manifest at HEAD declares a version or stage the registry does not record yet (a run that was
cancelled or failed) — validates and gates the merged commit like \`modelops gate --base <since>\`,
then enforces the whole policy of the stage it enters: approvals (asserted with --approver here),
soak in the previous stage (from the stage tags, measured now), checklist, required gates, and the
waivers in force (modelops.yaml waivers). A model that misses any of it gets nothing, and the report
says why; the others are still promoted. Otherwise writes annotated git tags in GTO's format:
  <name>@v<version>     registers the version at HEAD (once: a registered version never changes)
  <name>#<stage>#<n>    assigns the stage, n = the model's highest tag number + 1; it points at the
                        version's registration commit, which is how GTO finds the version it assigns
Each message is a one-line summary, a blank line, then the evidence as JSON: the gate report, the
pull request, its author and approvers, the workflow run, the promoted commit, the manifest's and
files' git blob ids (schemas/evidence.schema.json). Re-running is safe: what the tags already say is
not written again, and a run that stopped halfway is completed. Tags are signed when git is set up to
sign (tag.gpgSign=true or user.signingkey), unsigned otherwise. A content change pushed without a
version bump is reported (exit 1) and not promoted. A rollback is an ordinary change that sets an
earlier registered version back: it gets a new stage tag, no new registration.

Options:
  --repo DIR           Repository root (default: .)
  --since REF          The commit before the push; without it (or all zeros, a push that created
                       the branch) every model at HEAD counts as new
  --head REF           Fail unless HEAD is this commit (the push's after)
  --pr N               Number of the merged pull request
  --pr-author LOGIN    Its author
  --approver LOGIN     A reviewer who approved it (repeat for each). Counted as an asserted
                       approval (the evidence says so): team membership cannot be verified here,
                       so it counts for a team in approvals.from only with
                       approvals.unverified_membership: warn; it names no commit, so
                       approvals.older_commits does not apply to it
  --pr-url URL         Its URL
  --run-url URL        URL of the workflow run
  --push REMOTE        Fetch tags from REMOTE first, push the tags to it afterwards
  --tagger "NAME <EMAIL>"  Tagger identity (default: git's user.name and user.email)
  --seed N             Seed of the gates' resampling (default 0)
  --format FORMAT      text (default), json, markdown or html
${REPORT_OPTIONS_HELP}
Exit codes: 0 promoted or nothing to do, 1 a model was blocked, 2 invalid input or usage.
`,
    options: {
      repo: { type: 'string', default: '.' },
      since: { type: 'string' },
      head: { type: 'string' },
      pr: { type: 'string' },
      'pr-author': { type: 'string' },
      approver: { type: 'string', multiple: true },
      'pr-url': { type: 'string' },
      'run-url': { type: 'string' },
      push: { type: 'string' },
      tagger: { type: 'string' },
      seed: { type: 'string', default: '0' },
      ...REPORT_OPTIONS,
    },
  },
  audit: {
    help: `Usage: modelops audit [MODEL...] [options]

Reads the registry from a clone alone (fetch the tags first: git fetch --tags), no API: per model
(all, or the names given) every registration and stage change with its time, tagger, pull request,
approvers and gate verdicts from the tag evidence; which version held each stage at --at; each
registered artifact re-hashed at its tag against its recorded sha256; signatures checked with git
verify-tag. Findings:
  error    unpromoted-change           a commit on --ref changed a model's version, stage or content
                                       and no tag's evidence covers it
  error    registered-version-changed  a registered version's content changed later, same version
  error    tag-moved / evidence-mismatch  a tag points elsewhere than its evidence says, or the
                                       manifest there disagrees with it (version, sha256)
  error    artifact-hash-mismatch      a registered artifact no longer hashes to its sha256
                                       (artifact-missing: it is gone)
  error    skipped-stage               a stage change the policy's transitions do not allow
  error    unregistered-production     a production assignment of a version never registered
  error    failed-evidence             a tag whose evidence records failing gates
                                       (invalid-evidence: evidence that does not parse)
  error    bad-signature               git verify-tag rejects the signature
  error    missing-evidence            a production tag without modelops evidence (warning for
                                       other tags: GTO's own tags carry none)
  warning  missing-tag                 gaps in a model's tag numbers: tags were deleted
  warning  unverified-signature        signed, but the key is not trusted here

Options:
  --repo DIR           Repository root (default: .)
  --ref REF            Branch whose first-parent history is checked (default: HEAD)
  --at DATE            Give the stages at this instant: 2024-05-01 (end of that day, UTC) or an
                       ISO 8601 time, e.g. 2024-05-01T12:00:00Z (default: now)
  --format FORMAT      text (default), json, markdown or html (one self-contained file)
  --log-remote NAME    Fetch the monitoring log (branch modelops/monitoring) from this remote first,
                       depth 1 in a shallow clone (default: origin when there is one); offline, the
                       local copy is read and the report says so
${REPORT_OPTIONS_HELP}
Exit codes: 0 no errors, 1 findings of severity error, 2 invalid input or usage.
`,
    options: {
      repo: { type: 'string', default: '.' },
      'log-remote': { type: 'string' },
      ref: { type: 'string', default: 'HEAD' },
      at: { type: 'string' },
      ...REPORT_OPTIONS,
    },
  },
  drift: {
    help: DRIFT_HELP,
    options: {
      repo: { type: 'string', default: '.' },
      issue: { type: 'boolean', default: false },
      current: { type: 'string' },
      log: { type: 'boolean', default: false },
      'log-remote': { type: 'string' },
      'reference-profile': { type: 'string' },
      seed: { type: 'string', default: '0' },
      ...REPORT_OPTIONS,
    },
  },
  profile: {
    help: PROFILE_HELP,
    options: {
      repo: { type: 'string', default: '.' },
      model: { type: 'string' },
      reference: { type: 'string' },
      bins: { type: 'string' },
      sql: { type: 'boolean', default: false },
      table: { type: 'string' },
      dialect: { type: 'string' },
      'from-rows': { type: 'string' },
      'chunk-by': { type: 'string' },
      period: { type: 'string' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  card: {
    help: `Usage: modelops card <name> [options]

Writes a model card in Markdown: what the model is for, its data, features and sensitive attributes,
its evaluation, gate verdicts and fairness, baseline and champion comparisons from its latest
evidence (the message of its newest modelops tag), its deployment, monitoring and rollback plans,
its readiness checklist and its registry history.

Options:
  --repo DIR           Repository root (default: .)
  --output FILE        Write the card to FILE instead of stdout
  -h, --help           Show this help
`,
    options: {
      repo: { type: 'string', default: '.' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  init: {
    help: `Usage: modelops init <name> --model FILE.onnx --data FILE --label COLUMN [options]

Writes models/<name>/model.yaml from the model and its evaluation data (the model is read, never
run): the task, the input layout and features (from the graph's inputs and the data's header and
column types), the outputs (a scikit-learn ZipMap is read through the tensor that feeds it), the
positive class's score column and the class order, every sha256, a fairness gate for --sensitive,
a drift gate with --reference, and the readiness checklist: each question with the evidence that
would satisfy it, left for you to answer. Its output validates and \`modelops gate\` runs on it as
written. Without --model and --data it writes the bare template with TODOs.

Options:
  --model FILE         The ONNX model, inside the repository
  --data FILE          Labelled evaluation data (CSV, JSONL or Parquet), inside the repository
  --label COLUMN       The label column
  --positive VALUE     Binary classification: the positive class (e.g. bad)
  --reference FILE     Reference data for the drift gate
  --sensitive A,B      Columns holding sensitive attributes, for the fairness gate
  --features A,B       The model's features in input order, when the data has other numeric columns
  --task TASK          ${TASKS.join(', ')} (default: inferred from the model)
  --owner OWNER        @user, @org/team or e-mail (default: git's user.email)
  --statement TEXT     problem.statement: the problem, and the decision the predictions feed
  --repo DIR           Repository root (default: .)
  --force              Overwrite an existing manifest
  -h, --help           Show this help
`,
    options: {
      repo: { type: 'string', default: '.' },
      task: { type: 'string' },
      model: { type: 'string' },
      data: { type: 'string' },
      reference: { type: 'string' },
      label: { type: 'string' },
      positive: { type: 'string' },
      sensitive: { type: 'string' },
      features: { type: 'string' },
      owner: { type: 'string' },
      statement: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  hash: {
    help: `Usage: modelops hash [MODEL...] [options]

Re-hashes the artifact and every dataset the manifests pin (every manifest the policy's globs match,
or the given manifest files or model folders) and lists the digests that changed. With --write it
records them in the manifest in place, keeping comments and layout. It also says whether the change
needs a metadata.version bump: when the version is registered (tag <name>@v<version>) or the base
(default HEAD) has the model at the same version; a new model needs none.

Exit codes: 0 every digest recorded, 1 digests differ (without --write) or a version bump is needed,
2 a pinned file is missing or a manifest cannot be read.

Options:
  --write              Record the new digests in the manifests
  --base REF           Compare versions with REF instead of HEAD
  --format FORMAT      text or json (default text)
  --repo DIR           Repository root (default: .)
  -h, --help           Show this help
`,
    options: {
      repo: { type: 'string', default: '.' },
      write: { type: 'boolean', default: false },
      base: { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
} satisfies Record<string, { help: string; options: ParseArgsConfig['options'] }>;

export interface CliIO {
  stdout: (text: string) => void;
  /** Writes buffers of UTF-8 to stdout, in order, when the sink takes them: the JSON report is then written without decoding what was written ahead as bytes. */
  stdoutBytes?: (buffers: readonly Uint8Array[]) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** No rendered output (report, card) grows beyond this, whatever the input: a terminal or file is not a sink for megabytes of one field. */
export const MAX_RENDERED_BYTES = 16 * 1024 * 1024;

/** Cuts `text` to the budget at a line break, and says so at the end. */
export function withinBudget(text: string, what: string, limit = MAX_RENDERED_BYTES): string {
  if (text.length <= limit / 4 || Buffer.byteLength(text) <= limit) return text;
  let cut = Buffer.from(text).subarray(0, limit - 200).toString('utf8').replace(/\uFFFD$/, '');
  const lastLine = cut.lastIndexOf('\n');
  if (lastLine > 0) cut = cut.slice(0, lastLine + 1);
  return `${cut}\n[${what} cut at ${limit} bytes of ${Buffer.byteLength(text)}: write it with --format json --output FILE to keep everything]\n`;
}

async function render(report: Report, format: Exclude<Format, 'json'>, color: boolean): Promise<string> {
  if (format === 'markdown') return withinBudget((await import('./core/report/render/markdown.js')).renderMarkdown(report), 'the Markdown report');
  if (format === 'html') return withinBudget((await import('./core/report/render/html.js')).renderHtml(report), 'the HTML report');
  return withinBudget((await import('./core/report/render/text.js')).renderText(report, { color }), 'the report');
}

/** --output FILE (the JSON) and --report-dir DIR (JSON, Markdown and HTML). */
async function writeReportOutputs(report: Report, values: Record<string, unknown>): Promise<void> {
  const output = values['output'] as string | undefined;
  const reportDir = values['report-dir'] as string | undefined;
  if (!output && !reportDir) return;
  const { reportJsonBytes, writeReportFiles } = await import('./commands/report-files.js');
  if (output) await writeFile(output, reportJsonBytes(report));
  if (reportDir) await writeReportFiles(report, reportDir);
}

function pullRequestOf(values: Record<string, unknown>): PullRequestInfo | undefined {
  const number = values['pr'] as string | undefined;
  const approvers = (values['approver'] as string[] | undefined) ?? [];
  const author = values['pr-author'] as string | undefined;
  const url = values['pr-url'] as string | undefined;
  if (number === undefined) {
    if (approvers.length > 0 || author !== undefined || url !== undefined) throw new UsageError('--pr-author, --approver and --pr-url describe a pull request: give its number with --pr');
    return undefined;
  }
  if (!/^[1-9][0-9]*$/.test(number)) throw new UsageError(`--pr must be a pull request number, got '${number}'`);
  const login = (name: string) => name.replace(/^@/, '');
  return { number: Number(number), ...(author ? { author: login(author) } : {}), approvers: approvers.map(login), ...(url ? { url } : {}) };
}

function taggerOf(text: string | undefined): { name: string; email: string } | undefined {
  if (text === undefined) return undefined;
  const match = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!match) throw new UsageError(`--tagger must look like "Name <email>", got '${text}'`);
  return { name: match[1]!, email: match[2]! };
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
  let parsed: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };
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
      const optional = (key: string) => values[key] as string | undefined;
      const task = optional('task');
      if (task !== undefined && !(TASKS as readonly string[]).includes(task)) throw new UsageError(`--task must be one of ${TASKS.join(', ')}`);
      if (positionals.length !== 1) throw new UsageError('init takes exactly one model name, e.g. modelops init credit-risk');
      const listOf = (key: string) => optional(key)?.split(',').map((item) => item.trim()).filter((item) => item.length > 0);
      const schemaFile = packagedSchema();
      const settings: Record<string, unknown> = {};
      for (const key of ['model', 'data', 'reference', 'label', 'positive', 'owner', 'statement'] as const) if (optional(key) !== undefined) settings[key] = optional(key);
      for (const key of ['sensitive', 'features'] as const) if (listOf(key) !== undefined) settings[key] = listOf(key);
      const { init } = await import('./commands/init.js');
      const { path } = await init({
        repo: String(values['repo']),
        name: positionals[0]!,
        ...(task ? { task: task as Task } : {}),
        force: Boolean(values['force']),
        ...(schemaFile ? { schemaFile } : {}),
        ...settings,
      });
      const inferred = optional('model') !== undefined;
      io.stdout(`wrote ${path}\nnext: ${inferred ? 'check what it inferred, answer the checklist' : 'fill in the TODOs and answers'}, then run modelops validate ${path}\n`);
      return 0;
    }
    if (command === 'hash') {
      const format = String(values['format']);
      if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
      const write = Boolean(values['write']);
      const base = values['base'] as string | undefined;
      const { hash, renderHash } = await import('./commands/hash.js');
      const result = await hash({ repo: String(values['repo']), paths: positionals, write, ...(base ? { base } : {}) });
      io.stdout(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : renderHash(result, write));
      return result.exitCode;
    }
    if (command === 'profile') {
      const optional = (key: string) => values[key] as string | undefined;
      const bins = optional('bins') === undefined ? undefined : Number(optional('bins'));
      if (bins !== undefined && (!Number.isSafeInteger(bins) || bins < 1)) throw new UsageError(`--bins must be a positive integer, got '${optional('bins')}'`);
      const settings = {
        repo: String(values['repo']),
        ...(optional('model') ? { model: optional('model')! } : {}),
        ...(optional('reference') ? { reference: optional('reference')! } : {}),
        ...(bins !== undefined ? { bins } : {}),
      };
      const { chunkOption, chunkProfilesFromRowsFile, profile, profileFromRowsFile, profileSqlFor } = await import('./commands/profile.js');
      const chunk = chunkOption(optional('chunk-by'), optional('period'));
      if (chunk && !values['sql'] && !optional('from-rows')) throw new UsageError('--chunk-by is for --sql and --from-rows (a local file is profiled whole)');
      let text: string;
      if (values['sql']) {
        if (!optional('table')) throw new UsageError('--sql needs --table TABLE (the table, view or subquery the SQL reads)');
        text = await profileSqlFor(optional('table')!, { ...settings, ...(optional('dialect') ? { dialect: optional('dialect')! } : {}), ...(chunk ? { chunk } : {}) });
      } else if (optional('from-rows') && chunk) {
        text = JSON.stringify(await chunkProfilesFromRowsFile(optional('from-rows')!, { ...settings, chunk }), null, 2) + '\n';
      } else if (optional('from-rows')) {
        text = JSON.stringify(await profileFromRowsFile(optional('from-rows')!, settings), null, 2) + '\n';
      } else {
        if (positionals.length !== 1) throw new UsageError('profile takes one data file, or --sql --table TABLE, or --from-rows ROWS.json');
        text = JSON.stringify(await profile(positionals[0]!, settings), null, 2) + '\n';
      }
      const output = optional('output');
      if (output) {
        await writeFile(output, text);
        io.stdout(`wrote ${output}\n`);
      } else io.stdout(text);
      return 0;
    }
    if (command === 'card') {
      if (positionals.length !== 1) throw new UsageError('card takes exactly one model name, e.g. modelops card credit-risk');
      const { card } = await import('./commands/card.js');
      const markdown = withinBudget(await card({ repo: String(values['repo']), name: positionals[0]! }), 'the model card');
      const output = values['output'] as string | undefined;
      if (output) {
        await writeFile(output, markdown);
        io.stdout(`wrote ${output}\n`);
      } else io.stdout(markdown);
      return 0;
    }
    const format = String(values['format']);
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const base = values['base'] as string | undefined;
    const common = { repo: String(values['repo']), paths: positionals, ...(base ? { base } : {}) };
    const seedOf = () => {
      const seed = Number(values['seed']);
      if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError(`--seed must be a non-negative integer, got '${String(values['seed'])}'`);
      return seed;
    };
    const progress = io.isTTY ? (message: string) => io.stderr(`\u001b[2K\r${message.slice(0, 100)}`) : undefined;
    let report: Report;
    if (command === 'gate') {
      const pullRequest = pullRequestOf(values);
      const [{ gate }, { assertedApprovalSource }] = await Promise.all([import('./commands/gate.js'), import('./commands/approvals.js')]);
      const approvals = pullRequest ? assertedApprovalSource(pullRequest) : undefined;
      report = await gate({ ...common, all: Boolean(values['all']), seed: seedOf(), ...(approvals ? { approvals } : {}), ...(progress ? { progress } : {}) });
    } else if (command === 'promote') {
      if (positionals.length > 0) throw new UsageError('promote takes no paths: it finds the models whose version or stage changed since --since');
      const pullRequest = pullRequestOf(values);
      const tagger = taggerOf(values['tagger'] as string | undefined);
      const optional = (key: string) => values[key] as string | undefined;
      const { promote } = await import('./commands/promote.js');
      report = await promote({
        repo: String(values['repo']),
        seed: seedOf(),
        ...(optional('since') !== undefined ? { since: optional('since')! } : {}),
        ...(optional('head') !== undefined ? { head: optional('head')! } : {}),
        ...(optional('push') !== undefined ? { push: optional('push')! } : {}),
        ...(optional('run-url') !== undefined ? { runUrl: optional('run-url')! } : {}),
        ...(pullRequest ? { pullRequest } : {}),
        ...(tagger ? { tagger } : {}),
        ...(progress ? { progress } : {}),
      });
    } else if (command === 'drift') {
      const current = values['current'] as string | undefined;
      const referenceProfile = values['reference-profile'] as string | undefined;
      const { drift } = await import('./commands/drift.js');
      report = await drift({
        repo: String(values['repo']),
        models: positionals,
        seed: seedOf(),
        ...(current ? { current } : {}),
        ...(values['log'] ? { log: true } : {}),
        ...(values['log-remote'] !== undefined ? { logRemote: String(values['log-remote']) } : {}),
        ...(referenceProfile ? { referenceProfile } : {}),
        ...(progress ? { progress } : {}),
      });
      if (values['issue']) {
        // What the scheduled Action would open, update or close, per model.
        if (progress) io.stderr('\u001b[2K\r');
        await writeReportOutputs(report, values);
        const { driftIssues } = await import('./core/drift/render.js');
        for (const issue of driftIssues(report)) io.stdout(`${issue.open ? 'open or update' : 'close (recovered)'}: ${issue.title}\n\n${issue.body}\n\n`);
        return report.exitCode;
      }
    } else if (command === 'audit') {
      const [{ audit }, { parseAuditInstant }] = await Promise.all([import('./commands/audit.js'), import('./core/audit/at.js')]);
      const at = values['at'] === undefined ? undefined : parseAuditInstant(String(values['at']));
      if (at instanceof Error) throw new UsageError(at.message);
      report = await audit({ repo: String(values['repo']), ref: String(values['ref']), models: positionals, ...(at ? { at } : {}), ...(values['log-remote'] !== undefined ? { logRemote: String(values['log-remote']) } : {}) });
    } else {
      const { validate } = await import('./commands/validate.js');
      report = await validate(common);
    }
    if (progress) io.stderr('\u001b[2K\r');
    await writeReportOutputs(report, values);
    const color = io.isTTY && !values['no-color'] && !io.env['NO_COLOR'] && format === 'text';
    if (format === 'json') {
      const { reportJsonByteGroups, reportJsonPieces } = await import('./commands/report-files.js');
      if (io.stdoutBytes) for (const group of reportJsonByteGroups(report)) io.stdoutBytes(group);
      else for (const piece of reportJsonPieces(report)) io.stdout(piece);
    }
    else io.stdout(await render(report, format as Exclude<Format, 'json'>, color));
    return report.exitCode;
  } catch (error) {
    // Git refusing something (a push rejected, no identity, signing set up but failing) is the user's to fix, not a bug.
    if (error instanceof UsageError || error instanceof GitError || error instanceof ProfileError) {
      io.stderr(`modelops ${command}: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (io.env['MODELOPS_DEBUG'] ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr(`modelops ${command}: unexpected error: ${detail}\n(set MODELOPS_DEBUG=1 for a stack trace and please report it)\n`);
    return 2;
  }
}
