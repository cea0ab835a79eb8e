// Every input of action.yml, parsed once at call time into a typed object.
import * as core from '@actions/core';

export const ACTION_COMMANDS = ['validate'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];
export const FAIL_ON = ['fail', 'warn', 'never'] as const;

export interface ActionInputs {
  command: ActionCommand;
  workingDirectory: string;
  models: string[];
  baseRef?: string;
  failOn: (typeof FAIL_ON)[number];
  reportDir: string;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`input '${name}' must be one of ${allowed.join(', ')}, got '${value}'`);
  return value as T;
}

export function getInputs(): ActionInputs {
  const baseRef = core.getInput('base-ref').trim();
  return {
    command: oneOf('command', ACTION_COMMANDS, 'validate'),
    workingDirectory: core.getInput('working-directory').trim() || '.',
    models: core
      .getInput('models')
      .split(/[\s,]+/)
      .filter((m) => m.length > 0),
    ...(baseRef ? { baseRef } : {}),
    failOn: oneOf('fail-on', FAIL_ON, 'fail'),
    reportDir: core.getInput('report-dir').trim() || 'modelops-report',
  };
}
