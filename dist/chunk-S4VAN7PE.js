import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/io/digest.ts
import { createHash } from "node:crypto";
var sha256Hex = (data) => createHash("sha256").update(data).digest("hex");

export {
  sha256Hex
};
