// Tests that need a tool outside the root's node_modules (DuckDB, @github/local-action) skip with the
// reason on a developer's machine, but fail in CI (CI=true), where .ci/run installs every such tool: a
// silent skip there would pass a build that tested nothing.
export function availableOrFailInCi(available: boolean, missing: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!available && env['CI'] === 'true') throw new Error(`${missing}; CI=true requires it (.ci/run installs it)`);
  return available;
}
