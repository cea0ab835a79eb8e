// The V8 tuning applies only where it is imported before anything else: both entry points do that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, interruptBudgetFlag } from './v8-tuning.js';

const firstImport = (file: string): string | undefined => /^import\s[^\n]*$/m.exec(readFileSync(new URL(file, import.meta.url), 'utf8'))?.[0];

describe('v8-tuning', () => {
  it('is the first import of the CLI and of the Action', () => {
    expect(firstImport('./bin.ts')).toBe("import './v8-tuning.js';");
    expect(firstImport('../action/index.ts')).toBe("import '../src/v8-tuning.js';");
  });

  it("sets the interrupt budget on V8 11 (Node 20) only: later V8s have no such flag and would print an error", () => {
    expect(interruptBudgetFlag('11.3.244.8-node.33')).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(interruptBudgetFlag('13.6.233.17-node.37')).toBeUndefined();
    expect(interruptBudgetFlag('12.4.254.21-node.33')).toBeUndefined();
    expect(interruptBudgetFlag('not a version')).toBeUndefined();
  });
});
