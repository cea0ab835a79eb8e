// What `node dist/cli.js` reads and runs before it runs a command, in a scratch bundle built like dist/
// (bench/lib/build-cli.mjs): one file, ASCII, whose start evaluates the argument parsing and no command's
// modules (the CLI imports a command's code when that command runs; issue 18: start-up is a fixed cost of
// every gate).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  it('is one file that evaluates the argument parsing at start, and the modules of a command only when it runs', () => {
    // one file: Node 20's loader costs ~0.4 ms a module file (the gate loaded 58)
    expect([...importClosure(built.cli).keys()]).toEqual([built.cli]);
    expect(sourcesIn(importClosure(built.cli))).toEqual(expect.arrayContaining(['src/commands/gate.ts', 'src/core/schema/validators.generated.js']));
    // esbuild's lazy module init is a function named after the module: V8's coverage says which ran
    const coverage = mkdtempSync(join(tmpdir(), 'modelops-coverage-'));
    try {
      const version = spawnSync(process.execPath, [built.cli, '--version'], { encoding: 'utf8', env: { ...process.env, NODE_V8_COVERAGE: coverage } });
      expect(version.stdout).toBe(`${TOOL_VERSION}\n`);
      const scripts = readdirSync(coverage).flatMap((f) => (JSON.parse(readFileSync(join(coverage, f), 'utf8')) as { result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] }).result);
      const evaluated = scripts
        .filter((script) => script.url === pathToFileURL(built.cli).href)
        .flatMap((script) => script.functions)
        .filter((fn) => /^(?:src|node_modules)\//.test(fn.functionName) && fn.ranges[0]!.count > 0)
        .map((fn) => fn.functionName);
      expect(evaluated).toContain('src/cli.ts');
      for (const command of ['gate', 'validate', 'audit', 'promote', 'drift', 'card', 'init', 'profile', 'hash']) expect(evaluated).not.toContain(`src/commands/${command}.ts`);
      expect(evaluated.filter((name) => name.startsWith('node_modules/') || name.startsWith('src/core/schema/'))).toEqual([]);
      // the help texts, the errors a usage problem is told by, the version: about ten small modules
      expect(evaluated.length).toBeLessThan(20);
    } finally {
      rmSync(coverage, { recursive: true, force: true });
    }
    const help = spawnSync(process.execPath, [built.cli, 'drift', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: modelops drift /);
  });

  it('is ASCII in every file, so Node and V8 read each as one byte a character', () => {
    const files = readdirSync(built.dir).filter((f) => f.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['cli.js', 'validate-worker.js', 'drift-worker.js', 'csv-worker.js']));
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
