import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/io/sleep.ts
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export {
  sleep
};
