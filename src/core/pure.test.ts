import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = dirname(fileURLToPath(import.meta.url));

describe('src/core', () => {
  it('imports no node: module (fs, crypto, process...) and nothing from io, commands or action', () => {
    const sources = readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'));
    expect(sources.length).toBeGreaterThan(100);
    // Imports and require calls, not text that mentions them (the generated validators quote require(...)).
    const impurity = /from '(node:|(\.\.\/)+(io|commands|action)\/)|(^|[\s=(;])require\(/m;
    const impure = sources.filter((file) => impurity.test(readFileSync(join(CORE, file), 'utf8')));
    expect(impure).toEqual([]);
  });
});
