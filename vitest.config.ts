import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'action/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    // Setup hooks gate the example repository (real ONNX runs, permutation nulls): on a loaded 2-core
    // runner that outgrows vitest's 10 s default, which is a timeout, not a verdict.
    hookTimeout: 60_000,
    // @actions/workflow-parser imports its JSON schemas without an import attribute, which Node's own
    // loader refuses: let Vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
