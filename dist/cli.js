#!/usr/bin/env node
import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  CHECKLIST,
  CHECKLIST_SECTIONS,
  NAME_PATTERN,
  RepoFiles,
  SECTION_TITLES,
  TASKS,
  TOOL_VERSION,
  UsageError,
  VERDICT_MARK,
  changeText,
  checklistText,
  location,
  modelTitle,
  renderMarkdown,
  sha256File,
  summaryText,
  validate
} from "./chunks/chunk-AKIFLVEG.js";

// src/cli.ts
import { existsSync } from "node:fs";
import { writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// src/commands/init.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";

// src/core/scaffold.ts
function scaffoldManifest(options) {
  const { name, task } = options;
  const dir = `models/${name}`;
  const binary = task === "binary-classification";
  const lines = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  lines.push(
    `# Manifest of model '${name}'. Fill in every TODO, then run: modelops validate ${dir}/model.yaml`,
    "apiVersion: modelops/v1",
    "kind: Model",
    "metadata:",
    `  name: ${name}`,
    "  version: 0.1.0",
    '  owners: ["@TODO-github-user-or-team"]',
    "  description: TODO one or two sentences on what the model does",
    "stage: development",
    "problem:",
    "  statement: TODO the problem in plain language, and the decision the predictions feed",
    `  task: ${task}`,
    "  kpis:",
    "    - name: TODO business KPI",
    "      target: TODO target value or direction",
    "  acceptance: TODO the criteria agreed with stakeholders for going live",
    "artifact:",
    `  path: ${dir}/model.onnx`,
    `  sha256: "${options.artifactSha256 ?? "0".repeat(64)}"  # sha256sum ${dir}/model.onnx`,
    "  format: onnx",
    "  inputs:",
    "    layout: tensor          # tensor: one [N, k] float input; columns: one input per column",
    "  outputs:",
    ...task === "regression" ? ["    prediction: variable"] : ["    score: probabilities", ...binary ? ["    score_column: 1"] : []],
    ...binary ? ["  threshold: 0.5"] : [],
    "data:",
    "  label:",
    "    column: TODO",
    ...binary ? ["    positive: TODO  # value of the positive class"] : [],
    "  features:",
    "    - name: TODO",
    "      type: numeric       # numeric | categorical",
    "  evaluation:",
    `    path: ${dir}/data/evaluation.csv`,
    `    sha256: "${"0".repeat(64)}"  # sha256sum ${dir}/data/evaluation.csv`,
    "    provenance: TODO where the data comes from, its owner and licence",
    "gates:",
    "  performance:",
    "    metrics:",
    ...task === "regression" ? ["      rmse: {max: 1.0}"] : binary ? ["      roc_auc: {min: 0.7}"] : ["      accuracy: {min: 0.7}"],
    "checklist:"
  );
  for (const section of CHECKLIST_SECTIONS) {
    lines.push(`  # ${SECTION_TITLES[section]}`, `  ${section}:`);
    for (const item of CHECKLIST.filter((i) => i.section === section)) {
      lines.push(`    # ${item.question}`, `    ${item.key}: {answer: no, evidence: ""}`);
    }
  }
  return lines.join("\n") + "\n";
}

// src/commands/init.ts
async function init(options) {
  if (!new RegExp(NAME_PATTERN).test(options.name)) {
    throw new UsageError(`model name '${options.name}' must be a lowercase DNS label (a-z, 0-9 and -, at most 63 characters)`);
  }
  const files = await RepoFiles.open(options.repo).catch((error) => {
    throw new UsageError(error.message);
  });
  const path = `models/${options.name}/model.yaml`;
  if (!options.force && await files.read(path) !== void 0) throw new UsageError(`${path} already exists (use --force to overwrite)`);
  const artifact = `models/${options.name}/model.onnx`;
  const artifactExists = await files.read(artifact).catch(() => void 0) !== void 0;
  const target = files.absolute(path);
  const text = scaffoldManifest({
    name: options.name,
    task: options.task,
    ...artifactExists ? { artifactSha256: await sha256File(files.absolute(artifact)) } : {},
    ...options.schemaFile ? { schemaPath: relative(dirname(target), options.schemaFile).split("\\").join("/") } : {}
  });
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text, { flag: options.force ? "w" : "wx" });
  return { path };
}

// src/core/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, gray: 90, bold: 1 };
function renderText(report, options = {}) {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
  const verdictStyle = (v) => v === "pass" ? "green" : v === "warn" ? "yellow" : v === "skipped" ? "gray" : "red";
  const lines = [];
  const header = `modelops ${report.command} \xB7 ${report.repository.root}`;
  lines.push(paint("bold", header) + "  " + paint(verdictStyle(report.verdict), `${report.verdict.toUpperCase()} (exit ${report.exitCode})`));
  if (report.repository.base) lines.push(paint("gray", `compared with ${report.repository.base.ref} (${report.repository.base.commit.slice(0, 12)})`));
  const findingLine = (f, indent) => {
    const where = location(f);
    const severity = paint(f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "gray", f.severity);
    const out = [`${indent}${where ? where + ": " : ""}${severity}: ${f.message}`];
    if (f.hint) out.push(`${indent}  ${paint("gray", "hint: " + f.hint)}`);
    return out;
  };
  for (const f of report.findings) lines.push(...findingLine(f, ""));
  for (const model of report.models) {
    lines.push("");
    lines.push(`${paint(verdictStyle(model.verdict), VERDICT_MARK[model.verdict])} ${paint("bold", modelTitle(model))}  ${paint(verdictStyle(model.verdict), model.verdict)}  ${paint("gray", model.manifest)}`);
    const change = changeText(model);
    if (change) lines.push(`  change: ${change}`);
    const checklist = checklistText(model);
    if (checklist) lines.push(`  checklist: ${checklist}`);
    for (const gate of model.gates) lines.push(`  ${gate.gate}: ${gate.verdict} \u2014 ${gate.summary}`);
    for (const f of model.findings) lines.push(...findingLine(f, "  "));
  }
  lines.push("");
  lines.push(`${summaryText(report)}.`);
  return lines.join("\n") + "\n";
}

// src/cli.ts
var FORMATS = ["text", "json", "markdown"];
var MAIN_HELP = `modelops ${TOOL_VERSION} \u2014 GitOps for ML models

Usage: modelops <command> [options]

Commands:
  validate [PATH...]   Check manifests against the schema, their files, the policy and a base ref
  init <name>          Scaffold models/<name>/model.yaml with the full readiness checklist

Options:
  -h, --help           Show help (also: modelops <command> --help)
  -v, --version        Show the version

Exit codes: 0 all valid, 1 a policy or gate failure, 2 invalid input or usage.
`;
var COMMANDS = {
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
      repo: { type: "string", default: "." },
      base: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  init: {
    help: `Usage: modelops init <name> [options]

Writes models/<name>/model.yaml: every manifest section with TODOs, and the full readiness
checklist (seven sections, each question as a comment, every answer "no" until you answer it).
Records the artifact's sha256 when models/<name>/model.onnx already exists.

Options:
  --repo DIR           Repository root (default: .)
  --task TASK          ${TASKS.join(", ")} (default binary-classification)
  --force              Overwrite an existing manifest
  -h, --help           Show this help
`,
    options: {
      repo: { type: "string", default: "." },
      task: { type: "string", default: "binary-classification" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  }
};
function render(report, format, color) {
  if (format === "json") return JSON.stringify(report, null, 2) + "\n";
  if (format === "markdown") return renderMarkdown(report);
  return renderText(report, { color });
}
function packagedSchema() {
  const here = dirname2(fileURLToPath(import.meta.url));
  const candidate = resolve(here, "..", "schemas", "model.schema.json");
  return existsSync(candidate) ? candidate : void 0;
}
async function runCli(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    const topic = command === "help" ? rest[0] : void 0;
    io.stdout(topic && topic in COMMANDS ? COMMANDS[topic].help : MAIN_HELP);
    return command === void 0 ? 2 : 0;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  if (!(command in COMMANDS)) {
    io.stderr(`modelops: unknown command '${command}'

${MAIN_HELP}`);
    return 2;
  }
  const spec = COMMANDS[command];
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`modelops ${command}: ${error.message}

${spec.help}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values["help"]) {
    io.stdout(spec.help);
    return 0;
  }
  try {
    if (command === "init") {
      const task = String(values["task"]);
      if (!TASKS.includes(task)) throw new UsageError(`--task must be one of ${TASKS.join(", ")}`);
      if (positionals.length !== 1) throw new UsageError("init takes exactly one model name, e.g. modelops init credit-risk");
      const schemaFile = packagedSchema();
      const { path } = await init({
        repo: String(values["repo"]),
        name: positionals[0],
        task,
        force: Boolean(values["force"]),
        ...schemaFile ? { schemaFile } : {}
      });
      io.stdout(`wrote ${path}
next: fill in the TODOs and answers, then run modelops validate ${path}
`);
      return 0;
    }
    const format = String(values["format"]);
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
    const base = values["base"];
    const report = await validate({ repo: String(values["repo"]), paths: positionals, ...base ? { base } : {} });
    const output = values["output"];
    if (output) await writeFile2(output, JSON.stringify(report, null, 2) + "\n");
    const color = io.isTTY && !values["no-color"] && !io.env["NO_COLOR"] && format === "text";
    io.stdout(render(report, format, color));
    return report.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`modelops ${command}: ${error.message}
`);
      return 2;
    }
    const detail = error instanceof Error ? io.env["MODELOPS_DEBUG"] ? error.stack ?? error.message : error.message : String(error);
    io.stderr(`modelops ${command}: unexpected error: ${detail}
(set MODELOPS_DEBUG=1 for a stack trace and please report it)
`);
    return 2;
  }
}

// src/main.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
});
