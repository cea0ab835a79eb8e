import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/v8-tuning.ts
import { setFlagsFromString } from "node:v8";
var INTERRUPT_BUDGET = 8 * 67584;
setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
