// Every command that reports gate checks places them here, before it builds its report: each check's
// pointer (set by the gate that made it, else its gate's field) resolved to a line and column of its
// model's manifest, so the Action's annotations, the check run and the terminal all read the position
// from the report and nothing downstream parses a manifest again.
import { parseYamlSource } from '../core/manifest/yaml-source.js';
import type { ModelResult } from '../core/report/model.js';
import { placeGateChecks } from '../core/report/positions.js';
import type { RepoFiles } from '../io/repo-files.js';

/** Fills `pointer`, `line` and `column` of every gate check of `models` from its manifest; a manifest that does not parse leaves its checks on the file. */
export async function placeChecks(models: readonly ModelResult[], files: RepoFiles): Promise<void> {
  for (const model of models) {
    if (model.gates.length === 0) continue;
    const bytes = await files.read(model.manifest).catch(() => undefined);
    const parsed = bytes === undefined ? undefined : parseYamlSource(bytes, model.manifest);
    if (parsed?.ok) placeGateChecks(model.gates, parsed.source);
  }
}
