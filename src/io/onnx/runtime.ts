// Loads onnxruntime-node on first use: importing the runner (as `modelops validate` does, through
// the commands) must not load the 46 MB native binding.
import type * as Ort from 'onnxruntime-node';

export type OnnxRuntime = typeof Ort;
export type Session = Ort.InferenceSession;
export type OrtTensor = Ort.Tensor;
export type ValueMetadata = Ort.InferenceSession.ValueMetadata;
export type Feeds = Ort.InferenceSession.FeedsType;

let loading: Promise<OnnxRuntime> | undefined;

/**
 * onnxruntime 1.29+ on Linux and macOS records usage telemetry for Microsoft (1DS: a device id and an SQLite
 * cache in ~/.cache/Microsoft/DeveloperTools/.onnxruntime/, opened when the first session is created,
 * flushed at exit and uploaded when it can; about 10 ms at each end of every gate, issue 18). A model gate
 * in CI has no business reporting the models it runs: off, unless ORT_DISABLE_TELEMETRY is set already.
 * Read once, when onnxruntime creates its environment, so it is set before the import.
 */
export function disableOnnxTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  env['ORT_DISABLE_TELEMETRY'] ??= '1';
}

/** The onnxruntime-node namespace, imported once. A failed import is retried on the next call. */
export function loadOnnxRuntime(): Promise<OnnxRuntime> {
  disableOnnxTelemetry();
  loading ??= import('onnxruntime-node').then(
    // onnxruntime-node is CommonJS: its exports object is the default export, which is all a bundle
    // (dist/, esbuild) gives; Node's own loader adds the same properties as named exports.
    (ort) => (ort as unknown as { default?: OnnxRuntime }).default ?? ort,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Starts importing onnxruntime-node without waiting: its module files are read while the caller reads its
 * data (issue 18). A failure is left to the next loadOnnxRuntime call, which retries and reports it.
 */
export function preloadOnnxRuntime(): void {
  loadOnnxRuntime().catch(() => undefined);
}
