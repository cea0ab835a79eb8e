import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/core/schema/build.ts
var str = (description) => ({ type: "string", description });
var int = (description, minimum = 0) => ({ type: "integer", minimum, description });
var num = (description) => ({ type: "number", description });
var nullableNumber = (description) => ({ type: ["number", "null"], description });
var bool = (description) => ({ type: "boolean", description });
var array = (description, items) => ({ type: "array", description, items });
var obj = (description, properties, required) => ({ type: "object", description, additionalProperties: false, required, properties });

export {
  str,
  int,
  num,
  nullableNumber,
  bool,
  array,
  obj
};
