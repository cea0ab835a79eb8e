// The errors every command may throw about its invocation, for the CLI and the Action to report.

/** A problem with the invocation itself (bad --repo, unknown ref): exit 2 with this message. */
export class UsageError extends Error {}
