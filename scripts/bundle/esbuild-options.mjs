// The esbuild options dist/ is built with (scripts/bundle.mjs), shared with the benches' scratch CLI
// (bench/lib/build-cli.mjs) so both bundle the same way: ESM for Node 20, flat files (the Action split into chunks,
// the CLI and each worker one file: buildBundles), onnxruntime-node's binding resolved through the shim, and a
// require() for bundled CommonJS.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const onnxruntimeRoot = dirname(require.resolve('onnxruntime-node/package.json'));
const bindingShim = fileURLToPath(new URL('./onnxruntime-binding.mjs', import.meta.url));

/** onnxruntime-node requires its binding from ../bin/napi-v6/<platform>/<arch>/; in dist/ the shim loads the copy. */
const onnxruntimeBinding = {
  name: 'onnxruntime-binding',
  setup(b) {
    b.onResolve({ filter: /^\.\/binding$/ }, (args) => (args.importer.startsWith(join(onnxruntimeRoot, 'dist')) ? { path: bindingShim } : undefined));
  },
};

/**
 * Every output file ASCII: a single other character makes Node decode the file and V8 scan it as two-byte text
 * on every start. esbuild escapes strings, regular expressions and identifiers itself (charset ascii) but keeps
 * comments as written (markdown-table's "Don’t" put a 250 kB chunk back to two bytes a character), so what is
 * left, in comments, is written as a \u escape.
 */
const asciiOutput = {
  name: 'ascii-output',
  setup(b) {
    b.initialOptions.metafile = true;
    b.onEnd((result) => {
      if (b.initialOptions.write === false) return;
      for (const file of Object.keys(result.metafile?.outputs ?? {})) {
        if (!file.endsWith('.js')) continue;
        const path = resolve(b.initialOptions.absWorkingDir ?? process.cwd(), file);
        const text = readFileSync(path, 'utf8');
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the complement of ASCII
        if (/[^\x00-\x7f]/.test(text)) writeFileSync(path, text.replace(/[^\x00-\x7f]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`));
      }
    });
  },
};

/**
 * dist/'s entry points: the Action, the CLI, and the worker-thread entries started beside them: validation's
 * for many manifests (src/commands/validate-workers.ts loads ./validate-worker.js from its own folder), drift's
 * for large data and the gate's drift analysis (src/commands/drift-workers.ts loads ./drift-worker.js), and the
 * large CSV read's (src/io/data/csv-threads.ts loads ./csv-worker.js).
 */
export const BUNDLE_ENTRY_POINTS = {
  index: 'action/index.ts',
  cli: 'src/bin.ts',
  'validate-worker': 'src/commands/validate-worker.ts',
  'drift-worker': 'src/commands/drift-worker.ts',
  'csv-worker': 'src/io/data/csv-worker.ts',
};

/**
 * The entries code split into shared chunks: the Action alone, whose commands load their modules when they run.
 * Every other entry is one file holding all it may run, what it imports dynamically included as code that is
 * evaluated only when imported (esbuild's lazy module init): Node 20's loader costs ~0.4 ms a module file, and
 * split with the Action and each other the CLI's gate loaded 58 files (paired with the split build, the gate
 * 0.73 -> 0.70 s CPU, `validate` of 1,000 manifests 1.39 -> 1.32 s, issue 18).
 */
const SPLIT_ENTRIES = new Set(['index']);

/**
 * Builds `entryPoints` (name -> source) into `outdir` with `build` (esbuild's): the split entries in one build
 * sharing chunks, the others in another, each a single file; `options` are added to both (e.g. absWorkingDir).
 */
export async function buildBundles(build, { entryPoints, outdir, platforms, ...options }) {
  const groups = [true, false].map((splitting) => ({ splitting, entryPoints: Object.fromEntries(Object.entries(entryPoints).filter(([name]) => SPLIT_ENTRIES.has(name) === splitting)) }));
  for (const { splitting, entryPoints: entries } of groups) {
    if (Object.keys(entries).length > 0) await build({ ...options, ...esbuildOptions({ entryPoints: entries, outdir, platforms, splitting }) });
  }
}

/** esbuild options for `entryPoints` into `outdir`, with the onnxruntime platforms the build ships. */
export function esbuildOptions({ entryPoints, outdir, platforms, splitting = true }) {
  return {
    entryPoints,
    outdir,
    bundle: true,
    splitting,
    // Flat: every output file sits in outdir, so the binding shim finds onnxruntime/ from import.meta.url.
    chunkNames: '[name]-[hash]',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    logLevel: 'warning',
    define: { __MODELOPS_ONNXRUNTIME_PLATFORMS__: JSON.stringify(platforms.join(',')) },
    plugins: [onnxruntimeBinding, asciiOutput],
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);" },
  };
}
