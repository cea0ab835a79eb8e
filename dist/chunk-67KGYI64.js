import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/v8-tuning.ts
import { setFlagsFromString } from "node:v8";
var INTERRUPT_BUDGET = 8 * 67584;
function interruptBudgetFlag(version) {
  const major = Number(/^(\d+)\./.exec(version)?.[1]);
  return major <= 11 ? `--interrupt-budget=${INTERRUPT_BUDGET}` : void 0;
}
var flag = interruptBudgetFlag(process.versions.v8);
if (flag) setFlagsFromString(flag);
