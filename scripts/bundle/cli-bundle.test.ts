// What `node dist/cli.js` reads before it runs a command, in a scratch bundle built like dist/
// (bench/lib/build-cli.mjs): Node compiles every file a module imports statically, so the CLI's entry
// imports a command's code only when that command runs (issue 18: start-up is a fixed cost of every gate).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScratchCli } from '../../bench/lib/build-cli.mjs';
import { TOOL_VERSION } from '../../src/version.js';

let built: { cli: string; dir: string; dispose: () => void };
beforeAll(async () => {
  built = await buildScratchCli();
}, 120_000);
afterAll(() => built?.dispose());

/** The bundle files a module loads (its static imports, transitively), with their text. */
function importClosure(file: string, seen = new Map<string, string>()): Map<string, string> {
  if (seen.has(file)) return seen;
  const text = readFileSync(file, 'utf8');
  seen.set(file, text);
  for (const [, name] of text.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']\.\/([^"']+)["'];?$/gm)) importClosure(join(dirname(file), name!), seen);
  return seen;
}

/** The sources esbuild bundled into these files (it writes `// src/commands/audit.ts` above each module's code). */
const sourcesIn = (files: Map<string, string>): string[] => [...files.values()].flatMap((text) => [...text.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((m) => m[1]!));

describe('dist/cli.js', () => {
  it('loads the argument parsing and the help at start, and no command until it runs', () => {
    const entry = importClosure(built.cli);
    // bin.ts imports cli.ts once the validation workers are started: that chunk and its static imports
    const cliChunk = /await import\("\.\/(cli-[^"]+\.js)"\)/.exec(readFileSync(built.cli, 'utf8'))?.[1];
    expect(cliChunk).toBeDefined();
    const atStart = importClosure(join(built.dir, cliChunk!), entry);
    const sources = sourcesIn(atStart);
    expect(sources).toContain('src/cli.ts');
    for (const command of ['gate', 'validate', 'audit', 'promote', 'drift', 'card', 'init', 'profile', 'hash']) expect(sources).not.toContain(`src/commands/${command}.ts`);
    expect(sources.filter((s) => s.startsWith('node_modules/'))).toEqual([]);
    const bytes = [...atStart.values()].reduce((sum, text) => sum + text.length, 0);
    // the commands' code is about 2.8 MB (the precompiled validators alone 0.7 MB); the help texts are most of this
    expect(bytes).toBeLessThan(100_000);

    const version = spawnSync(process.execPath, [built.cli, '--version'], { encoding: 'utf8' });
    expect(version.stdout).toBe(`${TOOL_VERSION}\n`);
    const help = spawnSync(process.execPath, [built.cli, 'drift', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: modelops drift /);
  });

  it('is ASCII in every file, so Node and V8 read each as one byte a character', () => {
    const files = readdirSync(built.dir).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(5);
    // markdown-table's comments have a typographic apostrophe, which esbuild keeps as written
    expect(sourcesIn(new Map(files.map((f) => [f, readFileSync(join(built.dir, f), 'utf8')])))).toContain('node_modules/markdown-table/index.js');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the complement of ASCII
    const notAscii = files.filter((f) => /[^\x00-\x7f]/.test(readFileSync(join(built.dir, f), 'utf8')));
    expect(notAscii).toEqual([]);
  });

  it('holds one copy of onnxruntime-common, the CommonJS build onnxruntime-node requires', () => {
    const sources = sourcesIn(new Map(readdirSync(built.dir).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(join(built.dir, f), 'utf8')])));
    expect(sources).toContain('node_modules/onnxruntime-common/dist/cjs/index.js');
    expect(sources.filter((s) => s.startsWith('node_modules/onnxruntime-common/dist/esm/'))).toEqual([]);
  });
});
