// Entry point of the bundled Action (dist/index.js).
import { run } from './run.js';

await run();
