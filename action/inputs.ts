// Every input of action.yml, parsed at call time (never at import) into one typed object.
import * as core from '@actions/core';
import { COMMENT_MODES, type CommentMode } from '../src/io/github/sticky-comment.js';

/** Commands the `command` input accepts; whether this version can run each is action/commands.ts's table. */
export const ACTION_COMMANDS = ['validate', 'gate', 'promote', 'drift', 'audit'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];
export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ActionInputs {
  /** Undefined: follow the event (action/commands.ts, commandForEvent). */
  command?: ActionCommand;
  workingDirectory: string;
  /** Model names, manifest paths or globs, relative to the working directory. */
  models: string[];
  baseRef?: string;
  /** Empty when the workflow passes none: then no comment is attempted. */
  githubToken: string;
  comment: CommentMode;
  /** Extra identity of the sticky comment, e.g. the matrix model, so parallel jobs keep one each. */
  commentKey: string;
  failOn: FailOn;
  reportDir: string;
  /** Report through the Checks API as a check run named checkName. */
  checkRun: boolean;
  checkName: string;
  /** drift: current data instead of monitoring.current, a path or glob relative to the working directory, or an absolute path. */
  current?: string;
  /** drift: append the run's chunks to the monitoring log (models with monitoring.chunks). */
  monitoringLog: boolean;
}

export class InputError extends Error {}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T | undefined): T | undefined {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new InputError(`input '${name}' must be one of ${allowed.join(', ')}, got '${value}'`);
  return value as T;
}

export function getInputs(): ActionInputs {
  const baseRef = core.getInput('base-ref').trim();
  const current = core.getInput('current').trim();
  const command = oneOf('command', ACTION_COMMANDS, undefined);
  return {
    ...(command ? { command } : {}),
    workingDirectory: core.getInput('working-directory').trim() || '.',
    models: core
      .getInput('models')
      .split(/[\s,]+/)
      .filter((m) => m.length > 0),
    ...(baseRef ? { baseRef } : {}),
    githubToken: core.getInput('github-token').trim(),
    comment: oneOf('comment', COMMENT_MODES, 'update')!,
    commentKey: core.getInput('comment-key').trim(),
    failOn: oneOf('fail-on', FAIL_ON, 'fail')!,
    reportDir: core.getInput('report-dir').trim() || 'modelops-report',
    checkRun: oneOf('check-run', ['true', 'false'], 'true') === 'true',
    checkName: core.getInput('check-name').trim() || 'modelops',
    ...(current ? { current } : {}),
    monitoringLog: oneOf('monitoring-log', ['true', 'false'], 'true') === 'true',
  };
}
