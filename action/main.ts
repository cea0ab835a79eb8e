// The Action: read inputs, run a command, write outputs, job summary, annotations and exit status.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError, validate } from '../src/commands/validate.js';
import { renderMarkdown } from '../src/core/render/markdown.js';
import type { Finding, Report } from '../src/core/report.js';
import { getInputs } from './inputs.js';

function annotate(report: Report, workingDirectory: string): void {
  const all: Finding[] = [...report.findings, ...report.models.flatMap((m) => m.findings)];
  for (const f of all) {
    const properties: core.AnnotationProperties = { title: `modelops ${f.code}` };
    if (f.file) properties.file = workingDirectory === '.' ? f.file : join(workingDirectory, f.file);
    if (f.line) properties.startLine = f.line;
    if (f.column) properties.startColumn = f.column;
    const message = f.hint ? `${f.message}\n${f.hint}` : f.message;
    if (f.severity === 'error') core.error(message, properties);
    else if (f.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const report = await validate({
      repo: inputs.workingDirectory,
      paths: inputs.models.map((m) => (m.includes('/') ? m : `models/${m}`)).map((m) => join(inputs.workingDirectory, m)),
      ...(inputs.baseRef ? { base: inputs.baseRef } : {}),
    });
    const reportDir = resolve(inputs.reportDir);
    await mkdir(reportDir, { recursive: true });
    const reportPath = join(reportDir, 'report.json');
    const markdown = renderMarkdown(report);
    await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
    await writeFile(join(reportDir, 'report.md'), markdown);

    annotate(report, inputs.workingDirectory);
    core.setOutput('result', report.verdict);
    core.setOutput('report', reportPath);
    core.setOutput('models', JSON.stringify(report.models.map((m) => ({ name: m.name, version: m.version ?? null, stage: m.stage ?? null, verdict: m.verdict }))));
    await core.summary.addRaw(markdown).write();

    const failing = inputs.failOn === 'never' ? false : inputs.failOn === 'warn' ? report.verdict !== 'pass' && report.verdict !== 'skipped' : report.exitCode !== 0;
    if (failing) core.setFailed(`modelops ${report.command}: ${report.verdict} (${report.summary.models} model(s)); see the job summary`);
  } catch (error) {
    // Anything thrown (including non-Error values) fails the step with a readable message.
    const message = error instanceof UsageError || error instanceof Error ? error.message : `unexpected failure: ${String(error)}`;
    core.setFailed(message);
  }
}
