// A GitHub deployment per promotion: the environment named after the stage, the stage tag as the ref
// (the idempotency key), a `success` status. Looked up before it is created, so re-running a promotion
// creates nothing twice and completes one that stopped between the deployment and its status.
import type { PlannedDeployment } from '../../core/promotion/plan.js';
import { GitHubApiError, type Deployment, type GitHubClient, type RepoRef } from './client.js';
import { sleep, type Sleep } from '../sleep.js';

/** What to deploy, as the promotion planner gives it. */
export type DeploymentSpec = PlannedDeployment;

export interface DeploymentOutcome {
  /** created: deployment and status now; completed: the status was missing; unchanged: both existed. */
  action: 'created' | 'completed' | 'unchanged';
  deployment: Deployment;
  /** Earlier deployments of the same model to the environment, marked inactive now. */
  deactivated: number[];
}

export interface DeploymentOptions {
  /** Attempts at creating after a 5xx or lost response, each after checking it did not land (default 3). */
  attempts?: number;
  /** Waits attempt² seconds between those attempts (1 s, 4 s, …) with this (default the real wait; tests pass one that returns at once). */
  sleep?: Sleep;
}

async function existing(client: GitHubClient, repo: RepoRef, spec: DeploymentSpec): Promise<Deployment | undefined> {
  const found = (await client.listDeployments(repo, { ref: spec.ref, environment: spec.environment })).filter((d) => d.ref === spec.ref && d.environment === spec.environment);
  // Newest first from GitHub: the oldest is the one the first run created.
  return found.sort((a, b) => a.id - b.id)[0];
}

export async function ensureDeployment(client: GitHubClient, repo: RepoRef, spec: DeploymentSpec, options: DeploymentOptions = {}): Promise<DeploymentOutcome> {
  let deployment = await existing(client, repo, spec);
  let created = false;
  if (!deployment) {
    const attempts = options.attempts ?? 3;
    for (let attempt = 1; !deployment; attempt++) {
      try {
        deployment = await client.createDeployment(repo, {
          ref: spec.ref,
          environment: spec.environment,
          description: spec.description,
          payload: { model: spec.model, version: spec.version },
          productionEnvironment: spec.environment === 'production',
        });
        created = true;
      } catch (error) {
        if (!(error instanceof GitHubApiError) || !error.ambiguous || attempt >= attempts) throw error;
        deployment = await existing(client, repo, spec);
        if (!deployment) await (options.sleep ?? sleep)(attempt * attempt * 1000);
      }
    }
  }

  const statuses = created ? [] : await client.listDeploymentStatuses(repo, deployment.id);
  // Any success counts: a later `inactive` (a newer version replaced it) is history, not a reason to redeploy.
  if (statuses.some((s) => s.state === 'success')) return { action: 'unchanged', deployment, deactivated: [] };
  await client.createDeploymentStatus(repo, deployment.id, {
    state: 'success',
    description: spec.description,
    environment: spec.environment,
    ...(spec.logUrl ? { logUrl: spec.logUrl } : {}),
  });

  // Other models share the stage's environment, so GitHub's auto_inactive is off: retire this model's earlier deployments here.
  const deactivated: number[] = [];
  const earlier = (await client.listDeployments(repo, { environment: spec.environment })).filter(
    (d) => d.id < deployment!.id && d.ref !== spec.ref && d.environment === spec.environment && d.payload['model'] === spec.model,
  );
  for (const d of earlier) {
    const [latest] = await client.listDeploymentStatuses(repo, d.id);
    if (latest?.state !== 'success') continue;
    await client.createDeploymentStatus(repo, d.id, { state: 'inactive', description: `${spec.model}: replaced by ${spec.version} (${spec.ref})`, environment: spec.environment });
    deactivated.push(d.id);
  }
  return { action: created ? 'created' : 'completed', deployment, deactivated };
}
