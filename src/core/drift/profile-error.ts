// A profile that cannot be made or read (a usage error in the CLI), apart from profile.ts so the CLI can tell
// it from a bug without loading the profiling code.
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}
