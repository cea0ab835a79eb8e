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
  /** The commit the approval was given on (the review's commit_id), when the review names one. */
  commit?: string;
  /**
   * That commit against the pull request's head (its head at the merge, for promote): `head`; `older` (an
   * earlier commit: a push followed the approval); `unknown` (the review names no commit, or the head is
   * not known); `asserted` (given on the command line, which names no commit: counted as before).
   */
  commitStatus: 'head' | 'older' | 'unknown' | 'asserted';
  /** What `approvals.older_commits` made of an approval not on the head: "approved 1a2b3c4 (an older commit), not counted: approvals.older_commits: discard". */
  commitDetail?: string;
}
