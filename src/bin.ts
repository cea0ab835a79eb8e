#!/usr/bin/env node
// Entry point of the `modelops` binary (bundled to dist/cli.js).
import './v8-tuning.js';
import { prestartValidationWorkers } from './commands/validate-prestart.js';

// `modelops validate` of a whole repository on idle cores: its workers load their bundle while this
// thread loads the CLI's (hence the CLI is imported only after).
prestartValidationWorkers(process.argv.slice(2));
const { runCli } = await import('./cli.js');

// `modelops card … | head` closes the pipe after ten lines: the reader chose to stop, so stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });
}

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  // Corked, a pipe or socket takes the buffers in one writev; a file, one write each.
  stdoutBytes: (buffers) => {
    process.stdout.cork();
    for (const bytes of buffers) process.stdout.write(bytes);
    process.stdout.uncork();
  },
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});
process.exitCode = exitCode;

// `validate` leaves nothing running once its report is written (its workers ended, git's batch reader idle and
// unreferenced): it exits as soon as both streams have flushed what was written (pipes are asynchronous on
// macOS), without Node's teardown of the environment and the heap, 25-45 ms after 1,000 manifests (issue 18).
if (process.argv[2] === 'validate') {
  let unflushed = 2;
  const flushed = () => {
    if (--unflushed === 0) process.exit(exitCode);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
