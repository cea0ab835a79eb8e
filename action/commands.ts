// Which command a run means, and the one table from command name to src/commands. A command that a
// release does not have yet is `undefined` here: adding it is one line.
import type { Report } from '../src/core/report/model.js';
import type { GitHubClient } from '../src/io/github/client.js';
import { TOOL_VERSION } from '../src/version.js';
import type { EventContext } from './context.js';
import type { ActionCommand } from './inputs.js';

export interface CommandRequest {
  /** Repository root (the working-directory input). */
  repo: string;
  /** The models input as given (names, manifest files, model folders, globs), read from `repo`; empty: the command's default. */
  models: string[];
  /** Git ref or commit to compare with. */
  base?: string;
  /** drift: the current input (a path or glob, or an absolute path) instead of monitoring.current. */
  current?: string;
  /** drift: append the run's chunks to the monitoring log (branch modelops/monitoring, pushed to origin). */
  monitoringLog?: boolean;
  event: EventContext;
  /** The GitHub client for the github-token input; undefined without a token. */
  github: () => Promise<GitHubClient | undefined>;
  log: { info(message: string): void; warning(message: string): void };
}

export interface CommandOutcome {
  report: Report;
  /** Models the run promoted (promote). */
  promoted?: string[];
}

export type CommandRunner = (request: CommandRequest) => Promise<CommandOutcome>;

// The models input is selected by the command (src/commands/select-models.ts), from the working directory.
const common = (r: CommandRequest) => ({ repo: r.repo, paths: r.models, from: r.repo, ...(r.base ? { base: r.base } : {}) });

/** The pull request's reviews and the approvers' teams, for the approvals gate; none outside a pull request. */
async function approvalsOf(r: CommandRequest) {
  const pr = r.event.pullRequest;
  const client = pr && r.event.repository ? await r.github() : undefined;
  if (!pr || !client) return undefined;
  const author = r.event.payload['pull_request']?.['user']?.['login'];
  return (await import('../src/commands/approvals.js')).githubApprovalSource(client, r.event.repository!, { number: pr.number, ...(typeof author === 'string' ? { author } : {}), ...(pr.headSha ? { headSha: pr.headSha } : {}) });
}

// Imported when run, so a validate run never loads the evaluation engine.
export const COMMANDS: Record<ActionCommand, CommandRunner | undefined> = {
  validate: async (r) => ({ report: await (await import('../src/commands/validate.js')).validate(common(r)) }),
  gate: async (r) => {
    const approvals = await approvalsOf(r);
    return { report: await (await import('../src/commands/gate.js')).gate({ ...common(r), ...(approvals ? { approvals } : {}) }) };
  },
  promote: async (r) => {
    const client = await r.github();
    const { report, promoted } = await (await import('../src/commands/promote-on-github.js')).promoteOnGitHub({
      repo: r.repo,
      ...(r.event.repository ? { repository: r.event.repository } : {}),
      ...(client ? { github: client } : {}),
      ...((r.base ?? r.event.payload['before']) ? { since: String(r.base ?? r.event.payload['before']) } : {}),
      ...(r.event.payload['after'] ? { head: String(r.event.payload['after']) } : {}),
      ...(r.event.runUrl ? { runUrl: r.event.runUrl } : {}),
      log: r.log,
    });
    return { report, promoted };
  },
  drift: async (r) => {
    const report = await (await import('../src/commands/drift.js')).drift({ repo: r.repo, models: r.models, from: r.repo, ...(r.current ? { current: r.current } : {}), ...(r.monitoringLog ? { log: true } : {}), ...(r.event.runId ? { runId: r.event.runId } : {}), ...(r.event.workspace ? { workspace: r.event.workspace } : {}), progress: r.log.info });
    const client = await r.github();
    const outcome = await (await import('../src/commands/drift-on-github.js')).driftOnGitHub({
      report,
      ...(r.event.repository ? { repository: r.event.repository } : {}),
      ...(client ? { github: client } : {}),
      ...((r.event.defaultBranch ?? r.event.ref) ? { defaultRef: (r.event.defaultBranch ?? r.event.ref)!.replace(/^refs\/heads\//, '') } : {}),
      ...(r.event.runUrl ? { runUrl: r.event.runUrl } : {}),
      log: r.log,
    });
    return { report: outcome.report };
  },
  audit: async (r) => ({ report: await (await import('../src/commands/audit.js')).audit({ repo: r.repo, models: r.models, from: r.repo }) }),
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

/**
 * Why modelops does not run on an event, or undefined when it does. pull_request_target runs the base
 * branch's workflow with a write token and the base checked out: a report from it would describe the
 * base, not the pull request, and checking out the head there would run the pull request's models and
 * data with that token.
 */
export function refusalFor(event: EventContext): string | undefined {
  if (event.eventName !== 'pull_request_target') return undefined;
  return (
    'modelops does not run on pull_request_target: that event checks out the base branch and gives the job a write token, ' +
    "so a report would describe the base branch, not the pull request's models, and checking out the pull request's head there " +
    "would evaluate a fork's models and data with write access. Trigger the workflow on pull_request instead: a fork's pull request " +
    'then gets a read-only token, and the report stays in the job summary when it cannot be posted.'
  );
}

/**
 * pull_request(_review) -> gate against the PR's base; merge_group -> gate the queue's commit against its
 * base; push to the default branch -> promote; schedule or manual -> drift; else validate.
 */
export function commandForEvent(event: EventContext): Decision {
  const { eventName } = event;
  if (eventName === 'pull_request' || eventName === 'pull_request_review') {
    const base = event.pullRequest?.baseSha;
    return { command: 'gate', reason: `${eventName} event`, ...(base ? { base } : {}) };
  }
  if (eventName === 'merge_group') {
    const base = event.mergeGroup?.baseSha;
    return { command: 'gate', reason: `merge_group event: the merge queue's commit against ${event.mergeGroup?.baseRef.replace(/^refs\/heads\//, '') || 'its base'}`, ...(base ? { base } : {}) };
  }
  if (eventName === 'push') {
    const onDefault = event.defaultBranch !== undefined && event.ref === `refs/heads/${event.defaultBranch}`;
    return onDefault ? { command: 'promote', reason: `push to the default branch ${event.defaultBranch}` } : { command: 'validate', reason: `push to ${event.ref ?? 'a ref'} (not the default branch)` };
  }
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') return { command: 'drift', reason: `${eventName} event` };
  return { command: 'validate', reason: eventName ? `${eventName} event` : 'no event' };
}
