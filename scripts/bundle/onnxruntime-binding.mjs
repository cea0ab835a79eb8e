// Stands in for onnxruntime-node/dist/binding.js inside dist/: the bundle carries onnxruntime's native
// binaries in dist/onnxruntime/<platform>-<arch>/, beside the bundled JavaScript, so the Action runs
// without node_modules. Every file of dist/ sits at its top level, so import.meta.url names dist/.
import { createRequire } from 'node:module';
import { isMainThread } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
// onnxruntime-node require()s onnxruntime-common, which resolves to its CommonJS build: the same here, so the
// bundle holds one copy (an import would add the ESM build, ~45 kB more to load) and the binding is given
// the Tensor class and the env the sessions use (another copy's Tensor fails their instanceof, so every
// output tensor was built again, and another env would not see ort.env.logLevel).
const { env, Tensor } = require('onnxruntime-common');

// Replaced by scripts/bundle.mjs with the platforms whose binaries it copied.
const PLATFORMS = __MODELOPS_ONNXRUNTIME_PLATFORMS__.split(',');
const platform = `${process.platform}-${process.arch}`;
if (!PLATFORMS.includes(platform)) {
  throw Object.assign(
    new Error(
      `onnxruntime's native library is bundled for ${PLATFORMS.join(', ')} only, and this runner is ${platform}: ` +
        'run modelops gate on a Linux x64 runner (runs-on: ubuntu-latest), or install the modelops package with npm on this platform',
    ),
    { code: 'MODELOPS_UNSUPPORTED_PLATFORM' },
  );
}
// The binding finds libonnxruntime.so.1 beside itself (its RUNPATH is $ORIGIN).
const loadNative = createRequire(import.meta.url);
export const binding = loadNative(fileURLToPath(new URL(`./onnxruntime/${platform}/onnxruntime_binding.node`, import.meta.url)));

const LOG_LEVELS = { verbose: 0, info: 1, warning: 2, error: 3, fatal: 4 };
let initialized = false;
/** As onnxruntime-node's initOrt: once per process, with the log level of `ort.env`. */
export function initOrt() {
  if (initialized) return;
  initialized = true;
  const level = env.logLevel ? LOG_LEVELS[env.logLevel] : 2;
  if (level === undefined) throw new Error(`Unsupported log level: ${env.logLevel}`);
  binding.initOrtOnce(level, Tensor, isMainThread);
}
