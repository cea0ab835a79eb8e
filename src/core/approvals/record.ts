// One approval as the report records it: who, how it was known (read from GitHub or asserted), and
// whether it counted. A leaf module, so the report model can name it without importing the approvals gate.
export interface ApprovalRecord {
  login: string;
  /** `verified`: read from the pull request's reviews on GitHub; `asserted`: given on the command line. */
  source: 'verified' | 'asserted';
  counted: boolean;
  /** How the approver matched `from`: a listed user, a team whose membership was read, a team whose membership could not be read, or neither. */
  membership: 'not-required' | 'listed-user' | 'team-member' | 'unverified' | 'not-allowed';
  /** The `from` entry it matched, or the reason it did not count. */
  detail?: string;
}
