import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three projects, one `npm test`: unit (pure core), integration (adapters and commands on real files, git,
// ONNX and a loopback GitHub) and e2e (the Action, its bundle, the browser, the repository's scripts).
// `npm run test:unit` (seconds) while editing core; `npm test` runs all three.
const E2E = ['action/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.browser.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // One test file per core, not vitest's cores - 1: most files wait on git, the loopback GitHub or a
    // child process much of the time, so on a 2-core machine a second worker halves the integration
    // project's wall time (185 s -> 91 s) and costs no extra CPU.
    maxWorkers: availableParallelism(),
    // Setup hooks gate the example repository (real ONNX runs, permutation nulls): on a loaded 2-core
    // runner that outgrows vitest's 10 s default, which is a timeout, not a verdict.
    hookTimeout: 60_000,
    // @actions/workflow-parser imports its JSON schemas without an import attribute, which Node's own
    // loader refuses: let Vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    projects: [
      // Core is pure: its test files share one module graph per worker instead of re-importing it per
      // file (isolate: false), about 40% less CPU. The one file that sets globals (mermaid's DOM) removes them.
      { extends: true, test: { name: 'unit', include: ['src/core/**/*.test.ts'], exclude: E2E, isolate: false } },
      { extends: true, test: { name: 'integration', include: ['src/**/*.test.ts'], exclude: ['src/core/**', ...E2E] } },
      { extends: true, test: { name: 'e2e', include: E2E } },
    ],
  },
});
