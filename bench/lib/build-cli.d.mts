// Types of build-cli.mjs for the TypeScript tests that build a scratch bundle.
/** Builds src/bin.ts (and dist/'s worker entries, and any extra entry points) into a fresh temp folder; returns the path of its cli.js, the folder and a clean-up. */
export function buildScratchCli(extraEntryPoints?: Record<string, string>): Promise<{ cli: string; dir: string; dispose: () => void }>;
/** Builds `entryPoints` (name -> source path) and dist/'s worker entries into a fresh temp folder with the onnxruntime binaries. */
export function buildScratchBundle(entryPoints: Record<string, string>): Promise<{ dir: string; dispose: () => void }>;
