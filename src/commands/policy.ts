// The repository's policy (modelops.yaml), read once for every command that needs it.
import { DEFAULT_POLICY, type Policy } from '../core/manifest/policy.js';
import { loadPolicy } from '../core/manifest/validate/documents.js';
import { checkPathReference, evidencePath, pathShapeProblem } from '../core/manifest/validate/paths.js';
import type { YamlSource } from '../core/manifest/yaml-source.js';
import { waiverFindings } from '../core/promotion/waiver-review.js';
import type { Finding } from '../core/report/model.js';
import type { RepoFiles } from '../io/repo-files.js';

/** Where the policy may be, in the order looked at. */
export const POLICY_FILES = ['modelops.yaml', 'modelops.yml'];

/** The policy of the repository, or the defaults (without the file, or with findings when it is invalid). */
export async function readPolicy(files: RepoFiles): Promise<{ policy: Policy; findings: Finding[] }> {
  for (const name of POLICY_FILES) {
    let bytes: Buffer | undefined;
    try {
      bytes = await files.read(name);
    } catch (error) {
      return { policy: DEFAULT_POLICY, findings: [{ severity: 'error', category: 'input', code: 'unreadable-file', message: (error as Error).message, file: name }] };
    }
    if (bytes === undefined) continue;
    const loaded = loadPolicy(bytes, name);
    // An invalid policy is reported; the defaults stand in so the manifests are still checked.
    if (!loaded.ok) return { policy: DEFAULT_POLICY, findings: loaded.findings };
    return { policy: loaded.value, findings: [...waiverFindings(loaded.value.waivers), ...(await checkOrgEvidencePaths(loaded.value, loaded.source, files))] };
  }
  return { policy: DEFAULT_POLICY, findings: [] };
}

/** Org-level checklist answers that cite a repository path: the path must exist like any other evidence. */
async function checkOrgEvidencePaths(policy: Policy, source: YamlSource, files: RepoFiles): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const [id, answer] of Object.entries(policy.checklist.answers)) {
    const pieces = answer.evidence === undefined ? [] : [answer.evidence].flat();
    for (const [i, text] of pieces.entries()) {
      const path = evidencePath(text);
      if (path === undefined) continue;
      const at = Array.isArray(answer.evidence) ? ['checklist', 'answers', id, 'evidence', i] : ['checklist', 'answers', id, 'evidence'];
      const reference = { at, path, role: 'evidence' as const };
      const facts = pathShapeProblem(path) ? undefined : await files.inspect(path, { hash: false, columns: false });
      findings.push(...checkPathReference(reference, facts, source));
    }
  }
  return findings;
}
