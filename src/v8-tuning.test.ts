// The V8 tuning applies only where it is imported before anything else: both entry points do that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const firstImport = (file: string): string | undefined => /^import\s[^\n]*$/m.exec(readFileSync(new URL(file, import.meta.url), 'utf8'))?.[0];

describe('v8-tuning', () => {
  it('is the first import of the CLI and of the Action', () => {
    expect(firstImport('./bin.ts')).toBe("import './v8-tuning.js';");
    expect(firstImport('../action/index.ts')).toBe("import '../src/v8-tuning.js';");
  });
});
