// The champion's model work in the PR gate (issue 18): the production version's session, its prediction of the
// evaluation data and its permutation importance. One function, run by the main thread or, while the main
// thread runs the challenger, by the gate's worker (gate-thread.ts, in dist/drift-worker.js) with its own
// onnxruntime session: onnxruntime-node's session.run is synchronous on the JavaScript thread, so the two
// models' runs overlap only on two threads. The same inputs give the same result on either thread: the sample
// is drawn from the seed and the row count alone, and each shuffle from the seed.
import type { Table } from '../../core/data/table.js';
import type { Manifest } from '../../core/manifest/manifest.js';
import { runnerSpecFromManifest } from '../../core/manifest/runner-spec.js';
import type { FeatureImportance } from '../../core/report/model.js';
import { openModel, type Prediction } from '../../io/onnx/index.js';
import { permutationImportance, sampleTable } from './measure.js';
import { truthInput } from './truth.js';

/** Importance's features in the report, most important first. */
export const IMPORTANCE_TOP = 10;

export interface ChampionRun {
  /** The champion's manifest (its features, label and task). */
  manifest: Manifest;
  /** Its artifact, in a file (champion.ts writes it out of git). */
  artifactPath: string;
  /** The evaluation data: at least the champion's features and its label column. */
  table: Table;
  /** The importance's metric, repeats and seed (the challenger's). */
  metric: string;
  repeats: number;
  seed: number;
  /** sampleTable(table, seed), when the caller has drawn it already (the main thread's run). */
  sample?: { table: Table; indices?: Uint32Array };
}

export interface ChampionOutcome {
  prediction: Prediction;
  /** The IMPORTANCE_TOP most important features. */
  importance: FeatureImportance[];
}

/** The columns of `table` that the champion's run reads (its features and its label), for posting to a worker. */
export function championColumns(manifest: Manifest, table: Table): Table {
  const names = [...manifest.data.features.map((f) => f.name), manifest.data.label.column];
  const columns = new Map();
  for (const name of names) {
    const column = table.columns.get(name);
    if (column) columns.set(name, column);
  }
  return { rowCount: table.rowCount, columns };
}

/** Opens the champion's artifact, predicts `table` and measures its permutation importance on the gate's sample; the session is released before it returns. */
export async function runChampion(run: ChampionRun): Promise<ChampionOutcome> {
  const { manifest, table } = run;
  const runner = await openModel(run.artifactPath, runnerSpecFromManifest(manifest));
  try {
    const prediction = await runner.predict(table);
    // a prediction of the wrong task fails here, before the importance, as it does at the champion gate
    truthInput(manifest, table)(prediction);
    const sample = run.sample ?? sampleTable(table, run.seed);
    const features = manifest.data.features.map((f) => f.name);
    const importance = await permutationImportance(runner, sample.table, features, run.metric, truthInput(manifest, sample.table), {
      repeats: run.repeats,
      seed: run.seed,
      // the whole table when it is small: its prediction is the one just made
      ...(sample.indices ? {} : { baseline: prediction }),
    });
    return { prediction, importance: importance.slice(0, IMPORTANCE_TOP) };
  } finally {
    await runner.release();
  }
}
