// Entry point of the bundled Action (dist/index.js).
import '../src/v8-tuning.js';
import { run } from './run.js';

await run();
