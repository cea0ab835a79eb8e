// Test helper: a GitHubClient whose every method fails, for fakes that implement only what a test uses.
import type { GitHubClient } from '../io/github/client.js';

const unexpected = (method: string) => () => Promise.reject(new Error(`GitHubClient.${method} was not expected in this test`));

export class GitHubStub implements GitHubClient {
  identity: GitHubClient['identity'] = unexpected('identity');
  listIssueComments: GitHubClient['listIssueComments'] = unexpected('listIssueComments');
  createIssueComment: GitHubClient['createIssueComment'] = unexpected('createIssueComment');
  updateIssueComment: GitHubClient['updateIssueComment'] = unexpected('updateIssueComment');
  deleteIssueComment: GitHubClient['deleteIssueComment'] = unexpected('deleteIssueComment');
  listPullRequestsOfCommit: GitHubClient['listPullRequestsOfCommit'] = unexpected('listPullRequestsOfCommit');
  listPullRequestReviews: GitHubClient['listPullRequestReviews'] = unexpected('listPullRequestReviews');
  getTeam: GitHubClient['getTeam'] = unexpected('getTeam');
  getTeamMembership: GitHubClient['getTeamMembership'] = unexpected('getTeamMembership');
  listDeployments: GitHubClient['listDeployments'] = unexpected('listDeployments');
  createDeployment: GitHubClient['createDeployment'] = unexpected('createDeployment');
  listDeploymentStatuses: GitHubClient['listDeploymentStatuses'] = unexpected('listDeploymentStatuses');
  createDeploymentStatus: GitHubClient['createDeploymentStatus'] = unexpected('createDeploymentStatus');
  listIssues: GitHubClient['listIssues'] = unexpected('listIssues');
  createIssue: GitHubClient['createIssue'] = unexpected('createIssue');
  updateIssue: GitHubClient['updateIssue'] = unexpected('updateIssue');
  listCheckRuns: GitHubClient['listCheckRuns'] = unexpected('listCheckRuns');
  createCheckRun: GitHubClient['createCheckRun'] = unexpected('createCheckRun');
  updateCheckRun: GitHubClient['updateCheckRun'] = unexpected('updateCheckRun');
  dispatchWorkflow: GitHubClient['dispatchWorkflow'] = unexpected('dispatchWorkflow');
  dispatchRepositoryEvent: GitHubClient['dispatchRepositoryEvent'] = unexpected('dispatchRepositoryEvent');
}
