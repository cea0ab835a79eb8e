// Which command a run means, and the one table from command name to src/commands. A command that a
// release does not have yet is `undefined` here: adding it is one line.
import type { Report } from '../src/core/report.js';
import { TOOL_VERSION } from '../src/version.js';
import type { EventContext } from './context.js';
import type { ActionCommand } from './inputs.js';

export interface CommandRequest {
  /** Repository root (the working-directory input). */
  repo: string;
  /** Manifest files or model folders; empty: every manifest. */
  paths: string[];
  /** Git ref or commit to compare with. */
  base?: string;
  event: EventContext;
}

export interface CommandOutcome {
  report: Report;
  /** Models the run promoted (promote). */
  promoted?: string[];
}

export type CommandRunner = (request: CommandRequest) => Promise<CommandOutcome>;

const common = (r: CommandRequest) => ({ repo: r.repo, paths: r.paths, ...(r.base ? { base: r.base } : {}) });

// Imported when run, so a validate run never loads the evaluation engine.
export const COMMANDS: Record<ActionCommand, CommandRunner | undefined> = {
  validate: async (r) => ({ report: await (await import('../src/commands/validate.js')).validate(common(r)) }),
  gate: async (r) => ({ report: await (await import('../src/commands/gate.js')).gate(common(r)) }),
  promote: undefined,
  drift: undefined,
  audit: undefined,
};

export class CommandUnavailableError extends Error {
  constructor(readonly command: ActionCommand) {
    super(`command ${command} is not available in this version of modelops (${TOOL_VERSION}); available: ${availableCommands().join(', ')}`);
  }
}

export function availableCommands(table: Partial<Record<ActionCommand, CommandRunner | undefined>> = COMMANDS): ActionCommand[] {
  return (Object.keys(table) as ActionCommand[]).filter((c) => table[c] !== undefined);
}

export function runnerFor(command: ActionCommand, table: Partial<Record<ActionCommand, CommandRunner | undefined>> = COMMANDS): CommandRunner {
  const runner = table[command];
  if (!runner) throw new CommandUnavailableError(command);
  return runner;
}

export interface Decision {
  command: ActionCommand;
  /** Why this command, for the log. */
  reason: string;
  /** Base to compare with when the event gives one (a pull request's base commit). */
  base?: string;
}

/** pull_request(_review) -> gate against the PR's base; push to the default branch -> promote; schedule or manual -> drift; else validate. */
export function commandForEvent(event: EventContext): Decision {
  const { eventName } = event;
  if (eventName === 'pull_request' || eventName === 'pull_request_review') {
    const base = event.pullRequest?.baseSha;
    return { command: 'gate', reason: `${eventName} event`, ...(base ? { base } : {}) };
  }
  if (eventName === 'push') {
    const onDefault = event.defaultBranch !== undefined && event.ref === `refs/heads/${event.defaultBranch}`;
    return onDefault ? { command: 'promote', reason: `push to the default branch ${event.defaultBranch}` } : { command: 'validate', reason: `push to ${event.ref ?? 'a ref'} (not the default branch)` };
  }
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') return { command: 'drift', reason: `${eventName} event` };
  return { command: 'validate', reason: eventName ? `${eventName} event` : 'no event' };
}
