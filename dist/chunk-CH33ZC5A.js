import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/version.ts
var TOOL_VERSION = "0.1.0";

export {
  TOOL_VERSION
};
