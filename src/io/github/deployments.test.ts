// Deployments against the loopback GitHub: one per stage tag and environment however often a promotion
// is re-run, completed when its status is missing, earlier ones of the same model retired.
import { describe, expect, it } from 'vitest';
import { loopbackGitHub } from '../../testing/github-loopback.js';
import { recordingSleep } from '../../testing/sleep.js';
import { ensureDeployment, type DeploymentSpec } from './deployments.js';

const TOKEN = 'ghs_deploymentTestToken';
const REPO = 'octo-org/credit-models';
const repo = { owner: 'octo-org', repo: 'credit-models' };
const { github, client } = await loopbackGitHub({ token: TOKEN });

const spec = (tag: string, version: string, model = 'credit-risk'): DeploymentSpec => ({
  ref: tag,
  environment: 'production',
  model,
  version,
  description: `${model} ${version} -> production (${tag})`,
  logUrl: 'https://github.com/octo-org/credit-models/actions/runs/7',
});
const posts = () => github.requests.filter((r) => r.method === 'POST').map((r) => `${r.path.replace(/^\/repos\/[^/]+\/[^/]+/, '').replace(/\d+/, 'N')} ${r.status}`);

describe('ensureDeployment', () => {
  it('creates one deployment with a success status for the stage tag, and nothing more when run 20 times', async () => {
    const first = await ensureDeployment(client(), repo, spec('credit-risk#production#3', '1.1.0'));
    expect(first.action).toBe('created');
    for (let i = 0; i < 20; i++) expect((await ensureDeployment(client(), repo, spec('credit-risk#production#3', '1.1.0'))).action).toBe('unchanged');
    const deployments = github.deployments(REPO);
    expect(deployments).toHaveLength(1);
    expect(deployments[0]).toMatchObject({ ref: 'credit-risk#production#3', environment: 'production', payload: { model: 'credit-risk', version: '1.1.0' }, productionEnvironment: true });
    expect(deployments[0]!.statuses.map((s) => [s.state, s.logUrl])).toEqual([['success', 'https://github.com/octo-org/credit-models/actions/runs/7']]);
    const created = github.requests.find((r) => r.method === 'POST' && r.path.endsWith('/deployments'))!;
    expect(created.body).toMatchObject({ ref: 'credit-risk#production#3', environment: 'production', auto_merge: false, required_contexts: [], payload: { model: 'credit-risk', version: '1.1.0' } });
    expect(posts()).toEqual(['/deployments 201', '/deployments/N/statuses 201']);
    // The lookup filters by ref and environment.
    expect(github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/deployments')).every((r) => r.query['ref'] === 'credit-risk#production#3' || r.query['ref'] === undefined)).toBe(true);
  });

  it('completes a deployment a stopped run left without a status', async () => {
    const gh = client();
    await gh.createDeployment(repo, { ref: 'credit-risk#staging#2', environment: 'staging', description: 'x', payload: { model: 'credit-risk', version: '1.0.0' }, productionEnvironment: false });
    const outcome = await ensureDeployment(gh, repo, { ...spec('credit-risk#staging#2', '1.0.0'), environment: 'staging' });
    expect(outcome.action).toBe('completed');
    expect(github.deployments(REPO)).toHaveLength(1);
    expect(github.deployments(REPO)[0]!.statuses.map((s) => s.state)).toEqual(['success']);
  });

  it("marks the model's earlier deployment to the environment inactive, and leaves other models' alone", async () => {
    await ensureDeployment(client(), repo, spec('credit-risk#production#2', '1.0.0'));
    await ensureDeployment(client(), repo, spec('fraud#production#1', '3.0.0', 'fraud'));
    const next = await ensureDeployment(client(), repo, spec('credit-risk#production#3', '1.1.0'));
    const [old, fraud, current] = github.deployments(REPO);
    expect(next.deactivated).toEqual([old!.id]);
    expect(old!.statuses.map((s) => s.state)).toEqual(['success', 'inactive']);
    expect(fraud!.statuses.map((s) => s.state)).toEqual(['success']);
    expect(current!.statuses.map((s) => s.state)).toEqual(['success']);
    // A re-run of the older promotion does not bring it back.
    expect((await ensureDeployment(client(), repo, spec('credit-risk#production#2', '1.0.0'))).action).toBe('unchanged');
    expect(old!.statuses.map((s) => s.state)).toEqual(['success', 'inactive']);
  });

  it('after a 502 on a POST that did land, finds the deployment instead of creating a second', async () => {
    github.faults.push({ method: 'POST', path: /\/deployments$/, status: 502, afterApplying: true });
    const sleep = recordingSleep();
    const outcome = await ensureDeployment(client(), repo, spec('credit-risk#production#3', '1.1.0'), { sleep });
    expect(outcome.action).toBe('completed');
    expect(github.deployments(REPO)).toHaveLength(1);
    expect(sleep.waits).toEqual([]);
  });

  it('reports a token without deployments: write as denied', async () => {
    github.options.readOnly = true;
    await expect(ensureDeployment(client(), repo, spec('credit-risk#production#3', '1.1.0'))).rejects.toMatchObject({ status: 403, denied: true });
  });
});
