// Loads onnxruntime-node on first use: importing the runner (as `modelops validate` does, through
// the commands) must not load the 46 MB native binding.
import type * as Ort from 'onnxruntime-node';

export type OnnxRuntime = typeof Ort;
export type Session = Ort.InferenceSession;
export type OrtTensor = Ort.Tensor;
export type ValueMetadata = Ort.InferenceSession.ValueMetadata;
export type Feeds = Ort.InferenceSession.FeedsType;

let loading: Promise<OnnxRuntime> | undefined;

/** The onnxruntime-node namespace, imported once. A failed import is retried on the next call. */
export function loadOnnxRuntime(): Promise<OnnxRuntime> {
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
