import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  durationMs
} from "./chunk-CE3A4YL5.js";

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/core/manifest/yaml-source.ts
var MAX_MANIFEST_BYTES = 1024 * 1024;
var MAX_EXPANDED_NODES = 2e5;
var MAX_EXPANDED_BYTES = 4 * MAX_MANIFEST_BYTES;
var MANIFEST_SCHEMA = CORE_SCHEMA.withTags(mergeTag);
var MAX_DEPTH = 64;
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function inputError(file, code, message, pos, hint) {
  return {
    severity: "error",
    category: "input",
    code,
    message,
    file,
    line: pos?.line ?? 1,
    column: pos?.column ?? 1,
    ...hint ? { hint } : {}
  };
}
function decodeText(bytes, file) {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    return { finding: inputError(file, "too-large", `file is ${bytes.length} bytes; manifests are limited to ${MAX_MANIFEST_BYTES} bytes`) };
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    return { finding: inputError(file, "encoding", `file is ${utf16} text, not UTF-8`, void 0, 'save the file as UTF-8 (in most editors: "Save with encoding" -> UTF-8)') };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { finding: inputError(file, "binary", `file is binary, not YAML text (NUL byte at offset ${nul})`, { line: lineOfOffset(bytes, nul), column: 1 }) };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      finding: inputError(file, "encoding", `file is not valid UTF-8 text (byte 0x${bytes[offset].toString(16).padStart(2, "0")} at offset ${offset})`, { line: lineOfOffset(bytes, offset), column: 1 }, "save the manifest as UTF-8")
    };
  }
}
function utf16Encoding(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return "UTF-16LE";
  if (bytes[0] === 254 && bytes[1] === 255) return "UTF-16BE";
  const sample = Math.min(bytes.length - bytes.length % 2, 64);
  if (sample < 4) return void 0;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) evenZero++;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero === pairs) return "UTF-16LE";
  if (evenZero === pairs) return "UTF-16BE";
  return void 0;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return 0;
}
function lineOfOffset(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}
function positionIndex(text) {
  let starts;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}
function nodeOffset(event) {
  if (event.type === EVENT_ID.SCALAR) {
    if (event.valueStart < 0) return -1;
    const quoted = event.style === SCALAR_STYLE_SINGLE_QUOTED || event.style === SCALAR_STYLE_DOUBLE_QUOTED;
    return quoted ? event.valueStart - 1 : event.valueStart;
  }
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
  return 0;
}
var isNodeStart = (event) => event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.ALIAS;
function screenEvents(events, text) {
  const anchorSize = /* @__PURE__ */ new Map();
  const stack = [];
  let total = 0;
  let totalBytes = 0;
  const addToParent = (size) => {
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.nodes += size.nodes;
      parent.bytes += size.bytes;
      if (parent.isMap) parent.expectKey = !parent.expectKey;
    }
  };
  const anchorOf = (event) => event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : void 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      if (stack.length === 0 && total > 0) break;
      stack.push({ isMap: false, expectKey: false, nodes: 0, bytes: 0 });
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      const frame = stack.pop();
      if (frame.anchor !== void 0) anchorSize.set(frame.anchor, { nodes: frame.nodes, bytes: frame.bytes });
      if (stack.length > 0) addToParent(frame);
      continue;
    }
    const parent = stack[stack.length - 1];
    if (event.type === EVENT_ID.SCALAR) {
      if (parent?.isMap && parent.expectKey && event.valueEnd - event.valueStart <= 11) {
        const key = getScalarValue(text, event);
        if (FORBIDDEN_KEYS.has(key)) return { forbiddenKey: { key, offset: nodeOffset(event) } };
      }
      const size = { nodes: 1, bytes: Math.max(0, event.valueEnd - event.valueStart) + 1 };
      const anchor = anchorOf(event);
      if (anchor !== void 0) anchorSize.set(anchor, size);
      total += 1;
      totalBytes += size.bytes;
      addToParent(size);
    } else if (event.type === EVENT_ID.ALIAS) {
      const size = anchorSize.get(text.slice(event.anchorStart, event.anchorEnd)) ?? { nodes: 1, bytes: 1 };
      total += size.nodes;
      totalBytes += size.bytes;
      if (total > MAX_EXPANDED_NODES) return { aliasBomb: { offset: nodeOffset(event), unit: "nodes" } };
      if (totalBytes > MAX_EXPANDED_BYTES) return { aliasBomb: { offset: nodeOffset(event), unit: "bytes" } };
      addToParent(size);
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      total += 1;
      totalBytes += 1;
      const anchor = anchorOf(event);
      stack.push({ isMap: event.type === EVENT_ID.MAPPING, expectKey: true, nodes: 1, bytes: 1, ...anchor !== void 0 ? { anchor } : {} });
    }
  }
  return {};
}
function buildLocations(events, text) {
  const locations = /* @__PURE__ */ new Map();
  const stack = [];
  let documents = 0;
  let lastOffset = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      if (++documents > 1) break;
      stack.push({ isMap: false, path: "", index: 0, skip: false });
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (!isNodeStart(event)) continue;
    const parent = stack[stack.length - 1];
    let offset = nodeOffset(event);
    if (offset < 0) offset = parent?.isMap && parent.pendingKey !== void 0 ? parent.pendingKey.offset : lastOffset;
    lastOffset = offset;
    const plainEnd = event.type === EVENT_ID.SCALAR && event.style === SCALAR_STYLE_PLAIN && event.valueStart >= 0 ? { plainEnd: event.valueEnd } : {};
    let path;
    let skip = parent?.skip ?? false;
    if (!parent || skip) path = void 0;
    else if (parent.isMap && parent.pendingKey === void 0) {
      const keyText = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : "";
      parent.pendingKey = { text: keyText, offset };
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) skip = true;
    } else if (parent.isMap) {
      path = `${parent.path}/${parent.pendingKey.text}`;
      locations.set(path, { key: parent.pendingKey.offset, value: offset, ...plainEnd });
      parent.pendingKey = void 0;
    } else if (stack.length === 1) {
      path = "";
      locations.set("", { value: offset, ...plainEnd });
    } else {
      path = `${parent.path}/${parent.index++}`;
      locations.set(path, { value: offset, ...plainEnd });
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      stack.push({ isMap: event.type === EVENT_ID.MAPPING, path: path ?? "", index: 0, skip });
    }
  }
  return locations;
}
function parseYamlSource(input, file) {
  let text;
  if (typeof input === "string") text = input;
  else {
    const decoded = decodeText(input, file);
    if ("finding" in decoded) return { ok: false, findings: [decoded.finding] };
    text = decoded.text;
  }
  const position = positionIndex(text);
  const yamlError = (error) => {
    if (!(error instanceof YAMLException)) throw error;
    const pos = error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : void 0;
    if (/duplicated mapping key/.test(error.reason)) {
      const key = error.mark ? duplicatedKeyAt(text, error.mark.position) : void 0;
      const message = key === void 0 ? "duplicated mapping key" : `key '${key}' appears twice in the same mapping`;
      return { ok: false, findings: [inputError(file, "duplicate-key", message, pos, "keep one of them: YAML mappings cannot repeat a key")] };
    }
    return { ok: false, findings: [inputError(file, "yaml-syntax", error.reason, pos)] };
  };
  let events;
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
  } catch (error) {
    return yamlError(error);
  }
  const documentStarts = [];
  for (let i = 0; i < events.length; i++) if (events[i].type === EVENT_ID.DOCUMENT) documentStarts.push(i);
  if (documentStarts.length === 0 || documentStarts.length === 1 && events.length <= 2) {
    return { ok: false, findings: [inputError(file, "empty", "file is empty: expected a YAML mapping")] };
  }
  if (documentStarts.length > 1) {
    const first = events[documentStarts[0]];
    const markers = [...text.matchAll(/^---(?=\s|$)/gm)];
    const marker = markers[first.type === EVENT_ID.DOCUMENT && first.explicitStart ? 1 : 0];
    const pos = marker?.index !== void 0 ? position(marker.index) : void 0;
    return { ok: false, findings: [inputError(file, "multiple-documents", "file holds more than one YAML document; a manifest is exactly one", pos)] };
  }
  const screened = screenEvents(events, text);
  if (screened.forbiddenKey) {
    const { key, offset } = screened.forbiddenKey;
    return { ok: false, findings: [inputError(file, "forbidden-key", `key '${key}' is not allowed (it could alter object prototypes)`, position(offset))] };
  }
  if (screened.aliasBomb !== void 0) {
    const { offset, unit } = screened.aliasBomb;
    const limit = unit === "nodes" ? `${MAX_EXPANDED_NODES} nodes` : `${MAX_EXPANDED_BYTES} bytes`;
    return {
      ok: false,
      findings: [inputError(file, "alias-expansion", `YAML aliases expand to more than ${limit}; this looks like an alias expansion attack`, position(offset), "write the repeated value out once, or share less through anchors")]
    };
  }
  let value;
  try {
    value = constructFromEvents(events, { source: text, filename: file, schema: MANIFEST_SCHEMA })[0];
  } catch (error) {
    return yamlError(error);
  }
  let locations;
  return {
    ok: true,
    source: {
      file,
      value,
      locate(pointer, target = "value") {
        locations ??= buildLocations(events, text);
        for (let length = pointer.length; length >= 0; length--) {
          const found = locations.get(pointer.slice(0, length).map((s) => `/${s}`).join(""));
          if (!found) continue;
          return position(length === pointer.length && target === "key" && found.key !== void 0 ? found.key : found.value);
        }
        return { line: 1, column: 1 };
      },
      written(pointer) {
        locations ??= buildLocations(events, text);
        const found = locations.get(pointer.map((s) => `/${s}`).join(""));
        return found?.plainEnd !== void 0 ? text.slice(found.value, found.plainEnd) : void 0;
      }
    }
  };
}
function duplicatedKeyAt(text, offset) {
  const match = /^[ \t]*(?:-[ \t]+)?("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^:#\n]+?)[ \t]*:(?:[ \t]|$)/m.exec(text.slice(offset, offset + 300));
  if (!match || match.index !== 0) return void 0;
  const key = match[1];
  return key.startsWith('"') || key.startsWith("'") ? key.slice(1, -1) : key;
}
function pointerSegments(pointer) {
  if (pointer === "" || pointer === "/") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function segmentsToPointer(segments) {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

// src/core/metrics/metric.ts
var MetricError = class extends Error {
  name = "MetricError";
  code;
  /** Id of the metric that failed. */
  metric;
  constructor(code, metric, message) {
    super(`${metric}: ${message}`);
    this.code = code;
    this.metric = metric;
  }
};
function defineMetric(spec) {
  const tasks = spec.tasks;
  return Object.freeze({
    id: spec.id,
    tasks,
    direction: spec.direction,
    description: spec.description,
    needs: spec.needs,
    compute(input) {
      if (!tasks.includes(input.task)) {
        throw new MetricError("invalid-input", spec.id, `applies to ${tasks.join(", ")}, not ${input.task}`);
      }
      checkShape(spec.id, input);
      const value = spec.compute(input);
      if (!Number.isFinite(value)) throw new MetricError("invalid-input", spec.id, `the result is ${value}: the values are too large to evaluate in double precision`);
      return value;
    }
  });
}
function checkShape(metric, input) {
  const rows = input.yTrue.length;
  if (rows === 0) throw new MetricError("invalid-input", metric, "no rows to evaluate: the evaluation data is empty");
  if (input.yPred.length !== rows) throw new MetricError("invalid-input", metric, `yPred has ${input.yPred.length} rows, yTrue has ${rows}`);
  if (input.task === "binary-classification" && input.score && input.score.length !== rows) {
    throw new MetricError("invalid-input", metric, `score has ${input.score.length} rows, yTrue has ${rows}`);
  }
  if (input.task === "multiclass-classification") {
    const { classCount, probabilities } = input;
    if (!Number.isInteger(classCount) || classCount < 2) throw new MetricError("invalid-input", metric, `classCount must be an integer of at least 2, got ${classCount}`);
    if (probabilities && probabilities.length !== rows * classCount) {
      throw new MetricError("invalid-input", metric, `probabilities has ${probabilities.length} values; ${rows} rows \xD7 ${classCount} classes needs ${rows * classCount}`);
    }
  }
}
function requireScore(metric, input) {
  if (!input.score) throw new MetricError("missing-input", metric, "needs the predicted probability of the positive class; the model provides only labels (declare artifact.outputs.score)");
  return input.score;
}
function requireProbabilities(metric, input) {
  if (!input.probabilities) throw new MetricError("missing-input", metric, "needs class probabilities; the model provides only labels (declare artifact.outputs.score)");
  return input.probabilities;
}
function badBinaryLabel(metric, column, row, value) {
  return new MetricError("invalid-input", metric, `${column}[${row}] is ${value}; binary labels must be 0 (negative) or 1 (positive)`);
}
function badClassIndex(metric, column, row, value, classCount) {
  return new MetricError("invalid-input", metric, `${column}[${row}] is ${value}; class indices must be in 0..${classCount - 1} (classCount ${classCount})`);
}
function badNumber(metric, column, row, value) {
  return new MetricError("invalid-input", metric, `${column}[${row}] is ${value}; expected a finite number`);
}
function badProbability(metric, column, row, value) {
  return new MetricError("invalid-input", metric, `${column}[${row}] is ${value}; expected a probability in [0, 1]`);
}
function badRegressionRow(metric, yTrue, yPred, row) {
  const truth = yTrue[row];
  const prediction = yPred[row];
  if (!Number.isFinite(truth)) return badNumber(metric, "yTrue", row, truth);
  if (!Number.isFinite(prediction)) return badNumber(metric, "yPred", row, prediction);
  return new MetricError("invalid-input", metric, `yPred[${row}] \u2212 yTrue[${row}] overflows (${prediction} \u2212 ${truth})`);
}

// src/core/metrics/confusion-matrix.ts
function confusionMatrix(yTrue, yPred, metric = "confusion_matrix") {
  const rows = yTrue.length;
  if (rows === 0) throw new MetricError("invalid-input", metric, "no rows to evaluate: the evaluation data is empty");
  if (yPred.length !== rows) throw new MetricError("invalid-input", metric, `yPred has ${yPred.length} rows, yTrue has ${rows}`);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < rows; i++) {
    const truth = yTrue[i];
    const prediction = yPred[i];
    if (truth > 1) throw badBinaryLabel(metric, "yTrue", i, truth);
    if (prediction > 1) throw badBinaryLabel(metric, "yPred", i, prediction);
    counts[2 * truth + prediction]++;
  }
  const [tn, fp, fn, tp] = counts;
  return { tn, fp, fn, tp };
}

// src/core/metrics/accuracy.ts
var accuracy = defineMetric({
  id: "accuracy",
  tasks: ["binary-classification", "multiclass-classification"],
  direction: "higher-is-better",
  description: "share of correct predictions",
  needs: "labels",
  compute(input) {
    if (input.task === "binary-classification") {
      const { tn, tp } = confusionMatrix(input.yTrue, input.yPred, "accuracy");
      return (tn + tp) / input.yTrue.length;
    }
    const { yTrue, yPred, classCount } = input;
    let correct = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i];
      const prediction = yPred[i];
      if (truth < 0 || truth >= classCount) throw badClassIndex("accuracy", "yTrue", i, truth, classCount);
      if (prediction < 0 || prediction >= classCount) throw badClassIndex("accuracy", "yPred", i, prediction, classCount);
      if (truth === prediction) correct++;
    }
    return correct / yTrue.length;
  }
});

// src/core/metrics/balanced-accuracy.ts
var balancedAccuracy = defineMetric({
  id: "balanced_accuracy",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "mean of recall on each class",
  needs: "labels",
  compute(input) {
    const { tn, fp, fn, tp } = confusionMatrix(input.yTrue, input.yPred, "balanced_accuracy");
    const positives = tp + fn;
    const negatives = tn + fp;
    if (positives === 0) return tn / negatives;
    if (negatives === 0) return tp / positives;
    return (tp / positives + tn / negatives) / 2;
  }
});

// src/core/metrics/brier.ts
var brier = defineMetric({
  id: "brier",
  tasks: ["binary-classification"],
  direction: "lower-is-better",
  description: "mean squared error of the predicted probability",
  needs: "probabilities",
  compute(input) {
    const { yTrue } = input;
    const score = requireScore("brier", input);
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const p = score[i];
      if (!(p >= 0 && p <= 1)) throw badProbability("brier", "score", i, p);
      const truth = yTrue[i];
      if (truth > 1) throw badBinaryLabel("brier", "yTrue", i, truth);
      total += (p - truth) ** 2;
    }
    return total / yTrue.length;
  }
});

// src/core/metrics/ece.ts
var BINS = 10;
var ece = defineMetric({
  id: "ece",
  tasks: ["binary-classification"],
  direction: "lower-is-better",
  description: "expected calibration error",
  needs: "probabilities",
  compute(input) {
    const { yTrue } = input;
    const score = requireScore("ece", input);
    const gapSums = new Float64Array(BINS);
    for (let i = 0; i < yTrue.length; i++) {
      const p = score[i];
      if (!(p >= 0 && p <= 1)) throw badProbability("ece", "score", i, p);
      const truth = yTrue[i];
      if (truth > 1) throw badBinaryLabel("ece", "yTrue", i, truth);
      gapSums[Math.min(Math.floor(p * BINS), BINS - 1)] += truth - p;
    }
    let total = 0;
    for (const gap of gapSums) total += Math.abs(gap);
    return total / yTrue.length;
  }
});

// src/core/metrics/f1.ts
var f1 = defineMetric({
  id: "f1",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "harmonic mean of precision and recall",
  needs: "labels",
  compute(input) {
    const { fp, fn, tp } = confusionMatrix(input.yTrue, input.yPred, "f1");
    const denominator = 2 * tp + fp + fn;
    return denominator === 0 ? 0 : 2 * tp / denominator;
  }
});

// src/core/metrics/log-loss.ts
var EPS = Number.EPSILON;
var ROW_SUM_TOLERANCE = 1e-3;
var clippedLog = (probability) => Math.log(Math.min(Math.max(probability, EPS), 1 - EPS));
var logLoss = defineMetric({
  id: "log_loss",
  tasks: ["binary-classification", "multiclass-classification"],
  direction: "lower-is-better",
  description: "cross-entropy of the predicted probabilities",
  needs: "probabilities",
  compute(input) {
    let total = 0;
    if (input.task === "binary-classification") {
      const { yTrue: yTrue2 } = input;
      const score = requireScore("log_loss", input);
      for (let i = 0; i < yTrue2.length; i++) {
        const p = score[i];
        if (!(p >= 0 && p <= 1)) throw badProbability("log_loss", "score", i, p);
        const truth = yTrue2[i];
        if (truth > 1) throw badBinaryLabel("log_loss", "yTrue", i, truth);
        total -= clippedLog(truth === 1 ? p : 1 - p);
      }
      return total / yTrue2.length;
    }
    const { yTrue, classCount } = input;
    const probabilities = requireProbabilities("log_loss", input);
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i];
      if (truth < 0 || truth >= classCount) throw badClassIndex("log_loss", "yTrue", i, truth, classCount);
      const start = i * classCount;
      let rowSum = 0;
      for (let k = start; k < start + classCount; k++) {
        const p = probabilities[k];
        if (!(p >= 0 && p <= 1)) throw badProbability("log_loss", "probabilities", k, p);
        rowSum += p;
      }
      if (Math.abs(rowSum - 1) > ROW_SUM_TOLERANCE) {
        throw new MetricError("invalid-input", "log_loss", `probabilities of row ${i} sum to ${rowSum}, not 1: is the score output a probability (softmax), not logits?`);
      }
      total -= clippedLog(probabilities[start + truth]);
    }
    return total / yTrue.length;
  }
});

// src/core/metrics/class-counts.ts
function classCounts(metric, yTrue, yPred, classCount) {
  const truePositives = new Float64Array(classCount);
  const support = new Float64Array(classCount);
  const predicted = new Float64Array(classCount);
  for (let i = 0; i < yTrue.length; i++) {
    const truth = yTrue[i];
    const prediction = yPred[i];
    if (truth < 0 || truth >= classCount) throw badClassIndex(metric, "yTrue", i, truth, classCount);
    if (prediction < 0 || prediction >= classCount) throw badClassIndex(metric, "yPred", i, prediction, classCount);
    support[truth]++;
    predicted[prediction]++;
    if (truth === prediction) truePositives[truth]++;
  }
  return { truePositives, support, predicted };
}
function classF1(counts, k) {
  const denominator = counts.support[k] + counts.predicted[k];
  return denominator === 0 ? 0 : 2 * counts.truePositives[k] / denominator;
}

// src/core/metrics/macro-f1.ts
var macroF1 = defineMetric({
  id: "macro_f1",
  tasks: ["multiclass-classification"],
  direction: "higher-is-better",
  description: "unweighted mean F1 over classes",
  needs: "labels",
  compute(input) {
    const counts = classCounts("macro_f1", input.yTrue, input.yPred, input.classCount);
    let total = 0;
    let classes = 0;
    for (let k = 0; k < input.classCount; k++) {
      if (counts.support[k] === 0 && counts.predicted[k] === 0) continue;
      total += classF1(counts, k);
      classes++;
    }
    return total / classes;
  }
});

// src/core/metrics/mae.ts
var mae = defineMetric({
  id: "mae",
  tasks: ["regression"],
  direction: "lower-is-better",
  description: "mean absolute error",
  needs: "predictions",
  compute({ yTrue, yPred }) {
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const error = Math.abs(yPred[i] - yTrue[i]);
      if (!Number.isFinite(error)) throw badRegressionRow("mae", yTrue, yPred, i);
      total += error;
    }
    return total / yTrue.length;
  }
});

// src/core/metrics/mape.ts
var mape = defineMetric({
  id: "mape",
  tasks: ["regression"],
  direction: "lower-is-better",
  description: "mean absolute percentage error",
  needs: "predictions",
  compute({ yTrue, yPred }) {
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i];
      const error = Math.abs(yPred[i] - truth);
      if (!Number.isFinite(error)) throw badRegressionRow("mape", yTrue, yPred, i);
      total += error / Math.max(Math.abs(truth), Number.EPSILON);
    }
    return total / yTrue.length;
  }
});

// src/core/stats/radix-sort.ts
var RADIX_MIN_LENGTH = 1024;
var BUCKETS = 2048;
var PASS_HALF = [0, 0, 0, 1, 1, 1];
var PASS_SHIFT = [0, 11, 22, 0, 11, 22];
var PASS_MASK = [2047, 2047, 1023, 2047, 2047, 1023];
var LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 63;
function sortedFinite(values) {
  return sortedKept(values, true);
}
function sortFloat64(values) {
  if (values.length < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return values.sort();
  values.set(sortedKept(values, false));
  return values;
}
function sortedKept(values, finiteOnly) {
  const n = values.length;
  if (n < RADIX_MIN_LENGTH || !LITTLE_ENDIAN) return nativeSortedKept(values, finiteOnly);
  const words2 = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const histograms = new Uint32Array(6 * BUCKETS);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    count++;
    const high = words2[2 * i + 1];
    const flip = high >> 31;
    const key = (high ^ (flip | 2147483648)) >>> 0;
    const low = (words2[2 * i] ^ flip) >>> 0;
    histograms[low & 2047]++;
    histograms[BUCKETS + (low >>> 11 & 2047)]++;
    histograms[2 * BUCKETS + (low >>> 22)]++;
    histograms[3 * BUCKETS + (key & 2047)]++;
    histograms[4 * BUCKETS + (key >>> 11 & 2047)]++;
    histograms[5 * BUCKETS + (key >>> 22)]++;
  }
  if (count < RADIX_MIN_LENGTH) return nativeSortedKept(values, finiteOnly);
  let source = values;
  let sourceFiltered = count < n;
  let target = new Float64Array(count);
  let spare;
  for (let pass = 0; pass < 6; pass++) {
    const offset = pass * BUCKETS;
    let trivial = false;
    for (let b = 0; b < BUCKETS; b++) {
      const bucket = histograms[offset + b];
      if (bucket === count) trivial = true;
      if (bucket !== 0) break;
    }
    if (trivial) continue;
    let start = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const bucket = histograms[offset + b];
      histograms[offset + b] = start;
      start += bucket;
    }
    scatter(source, target, sourceFiltered, finiteOnly, histograms, offset, PASS_HALF[pass], PASS_SHIFT[pass], PASS_MASK[pass]);
    const next = source === values ? spare ??= new Float64Array(count) : source;
    source = target;
    sourceFiltered = false;
    target = next;
  }
  if (source === values) return nativeSortedKept(values, finiteOnly);
  return source;
}
function nativeSortedKept(values, finiteOnly) {
  const kept = new Float64Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (finiteOnly ? value - value === 0 : value === value) kept[count++] = value;
  }
  return (count === values.length ? kept : kept.slice(0, count)).sort();
}
function scatter(source, target, skipMissing, finiteOnly, starts, offset, half, shift, mask) {
  if (skipMissing) scatterSkipping(source, target, finiteOnly, starts, offset, half, shift, mask);
  else if (half === 0) scatterLow(source, target, starts, offset, shift, mask);
  else scatterHigh(source, target, starts, offset, shift, mask);
}
function scatterLow(source, target, starts, offset, shift, mask) {
  const n = source.length;
  const words2 = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const word = words2[2 * i] ^ words2[2 * i + 1] >> 31;
    target[starts[offset + (word >>> shift & mask)]++] = source[i];
  }
}
function scatterHigh(source, target, starts, offset, shift, mask) {
  const n = source.length;
  const words2 = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const high = words2[2 * i + 1];
    const word = high ^ (high >> 31 | 2147483648);
    target[starts[offset + (word >>> shift & mask)]++] = source[i];
  }
}
function scatterSkipping(source, target, finiteOnly, starts, offset, half, shift, mask) {
  const n = source.length;
  const words2 = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const value = source[i];
    if (finiteOnly ? value - value !== 0 : value !== value) continue;
    const high = words2[2 * i + 1];
    const flip = high >> 31;
    const word = half === 1 ? high ^ (flip | 2147483648) : words2[2 * i] ^ flip;
    target[starts[offset + (word >>> shift & mask)]++] = value;
  }
}

// src/core/metrics/ranking.ts
var sharedSplits;
function withSharedRanking(compute) {
  const outer = sharedSplits;
  sharedSplits = /* @__PURE__ */ new Map();
  try {
    return compute();
  } finally {
    sharedSplits = outer;
  }
}
function scoresByClass(metric, yTrue, score) {
  const known = sharedSplits?.get(score);
  if (known !== void 0 && known.yTrue === yTrue) return known.split;
  const split = splitScores(metric, yTrue, score);
  sharedSplits?.set(score, { yTrue, split });
  return split;
}
function splitScores(metric, yTrue, score) {
  const rows = yTrue.length;
  const buffer = new Float64Array(rows);
  let positiveCount = 0;
  let negativeStart = rows;
  for (let i = 0; i < rows; i++) {
    const value = score[i];
    if (!Number.isFinite(value)) throw badNumber(metric, "score", i, value);
    const truth = yTrue[i];
    if (truth === 1) buffer[positiveCount++] = value + 0;
    else if (truth === 0) buffer[--negativeStart] = value + 0;
    else throw badBinaryLabel(metric, "yTrue", i, truth);
  }
  return Object.freeze({ positives: sortFloat64(buffer.subarray(0, positiveCount)), negatives: sortFloat64(buffer.subarray(positiveCount)) });
}

// src/core/metrics/pr-auc.ts
var prAuc = defineMetric({
  id: "pr_auc",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "average precision (area under the precision-recall curve)",
  needs: "scores",
  compute(input) {
    const { positives, negatives } = scoresByClass("pr_auc", input.yTrue, requireScore("pr_auc", input));
    const positiveCount = positives.length;
    if (positiveCount === 0) {
      throw new MetricError("undefined", "pr_auc", `undefined without positive rows: all ${input.yTrue.length} rows are negative, so recall is 0/0; evaluate on data with positives`);
    }
    let p = positiveCount - 1;
    let n = negatives.length - 1;
    let truePositives = 0;
    let falsePositives = 0;
    let averagePrecision = 0;
    while (p >= 0) {
      const threshold = n >= 0 ? Math.max(positives[p], negatives[n]) : positives[p];
      let newTruePositives = 0;
      while (p >= 0 && positives[p] === threshold) {
        p--;
        newTruePositives++;
      }
      while (n >= 0 && negatives[n] === threshold) {
        n--;
        falsePositives++;
      }
      truePositives += newTruePositives;
      if (newTruePositives > 0) averagePrecision += newTruePositives / positiveCount * (truePositives / (truePositives + falsePositives));
    }
    return averagePrecision;
  }
});

// src/core/metrics/precision.ts
var precision = defineMetric({
  id: "precision",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "TP / (TP + FP) at the threshold",
  needs: "labels",
  compute(input) {
    const { fp, tp } = confusionMatrix(input.yTrue, input.yPred, "precision");
    return tp + fp === 0 ? 0 : tp / (tp + fp);
  }
});

// src/core/metrics/r2.ts
var r2 = defineMetric({
  id: "r2",
  tasks: ["regression"],
  direction: "higher-is-better",
  description: "coefficient of determination",
  needs: "predictions",
  compute({ yTrue, yPred }) {
    let residualSquares = 0;
    let mean = 0;
    let totalSquares = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i];
      const error = yPred[i] - truth;
      if (!Number.isFinite(error)) throw badRegressionRow("r2", yTrue, yPred, i);
      residualSquares += error * error;
      const delta = truth - mean;
      mean += delta / (i + 1);
      totalSquares += delta * (truth - mean);
    }
    if (totalSquares === 0) return residualSquares === 0 ? 1 : 0;
    return 1 - residualSquares / totalSquares;
  }
});

// src/core/metrics/recall.ts
var recall = defineMetric({
  id: "recall",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "TP / (TP + FN) at the threshold",
  needs: "labels",
  compute(input) {
    const { fn, tp } = confusionMatrix(input.yTrue, input.yPred, "recall");
    return tp + fn === 0 ? 0 : tp / (tp + fn);
  }
});

// src/core/metrics/rmse.ts
var rmse = defineMetric({
  id: "rmse",
  tasks: ["regression"],
  direction: "lower-is-better",
  description: "root mean squared error",
  needs: "predictions",
  compute({ yTrue, yPred }) {
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const error = yPred[i] - yTrue[i];
      if (!Number.isFinite(error)) throw badRegressionRow("rmse", yTrue, yPred, i);
      total += error * error;
    }
    return Math.sqrt(total / yTrue.length);
  }
});

// src/core/metrics/roc-auc.ts
var rocAuc = defineMetric({
  id: "roc_auc",
  tasks: ["binary-classification"],
  direction: "higher-is-better",
  description: "area under the ROC curve",
  needs: "scores",
  compute(input) {
    const { positives, negatives } = scoresByClass("roc_auc", input.yTrue, requireScore("roc_auc", input));
    if (positives.length === 0 || negatives.length === 0) {
      const present = positives.length === 0 ? "negative" : "positive";
      throw new MetricError("undefined", "roc_auc", `undefined when only one class is present: all ${input.yTrue.length} rows are ${present}; evaluate on data with both classes`);
    }
    let pairsWon = 0;
    let below = 0;
    for (let i = 0; i < positives.length; ) {
      const value = positives[i];
      let tiedPositives = 0;
      while (i < positives.length && positives[i] === value) {
        i++;
        tiedPositives++;
      }
      while (below < negatives.length && negatives[below] < value) below++;
      let tiedNegatives = 0;
      while (below + tiedNegatives < negatives.length && negatives[below + tiedNegatives] === value) tiedNegatives++;
      pairsWon += tiedPositives * (below + tiedNegatives / 2);
    }
    return pairsWon / (positives.length * negatives.length);
  }
});

// src/core/metrics/weighted-f1.ts
var weightedF1 = defineMetric({
  id: "weighted_f1",
  tasks: ["multiclass-classification"],
  direction: "higher-is-better",
  description: "support-weighted mean F1 over classes",
  needs: "labels",
  compute(input) {
    const counts = classCounts("weighted_f1", input.yTrue, input.yPred, input.classCount);
    let total = 0;
    for (let k = 0; k < input.classCount; k++) total += counts.support[k] * classF1(counts, k);
    return total / input.yTrue.length;
  }
});

// src/core/metrics/registry.ts
var METRICS = Object.freeze([
  accuracy,
  balancedAccuracy,
  precision,
  recall,
  f1,
  rocAuc,
  prAuc,
  logLoss,
  brier,
  ece,
  macroF1,
  weightedF1,
  mae,
  rmse,
  r2,
  mape
]);
var BY_ID = new Map(METRICS.map((metric) => [metric.id, metric]));
function metricById(id) {
  return BY_ID.get(id);
}
function metricsForTask(task) {
  return METRICS.filter((metric) => metric.tasks.includes(task));
}

// src/core/metrics/known.ts
var BINARY = ["binary-classification"];
var REGRESSION = ["regression"];
var PERFORMANCE_METRICS = METRICS;
var FAIRNESS_METRICS = [
  ...["demographic_parity", "equal_opportunity", "equalized_odds"].flatMap((base) => [
    { id: `${base}_difference`, tasks: BINARY, direction: "lower-is-better", description: `${base.replace("_", " ")} difference between groups` },
    { id: `${base}_ratio`, tasks: BINARY, direction: "higher-is-better", description: `${base.replace("_", " ")} ratio between groups` }
  ]),
  ...["fpr", "fnr", "fdr", "for", "ppr", "pprev"].map(
    (rate) => ({ id: `${rate}_disparity`, tasks: BINARY, direction: "higher-is-better", description: `${rate.toUpperCase()} of each group over the reference group's` })
  ),
  { id: "mae_difference", tasks: REGRESSION, direction: "lower-is-better", description: "largest gap in mean absolute error between groups" }
];
var DRIFT_METHODS = ["auto", "ks", "chi2", "z", "psi", "jensenshannon", "wasserstein", "hellinger"];
function metricsForTask2(table, task) {
  return table.filter((m) => m.tasks.includes(task));
}

// src/core/manifest/validate/manifest-checks.ts
function finding(source, at, code, message, extra = {}, target = "value") {
  const pos = source.locate(at, target);
  return {
    severity: "error",
    category: "input",
    code,
    message,
    file: source.file,
    line: pos.line,
    column: pos.column,
    pointer: segmentsToPointer(at),
    ...extra
  };
}
function folderName(manifestPath) {
  const parts = manifestPath.split("/");
  return parts.length >= 2 ? parts[parts.length - 2] : void 0;
}
function checkManifestCoherence(manifest, source) {
  const findings = [];
  const add = (at, code, message, extra = {}, target = "value") => findings.push(finding(source, at, code, message, extra, target));
  const folder = folderName(source.file);
  if (folder !== void 0 && folder !== manifest.metadata.name) {
    add(["metadata", "name"], "name-folder-mismatch", `metadata.name '${manifest.metadata.name}' differs from its folder '${folder}'`, {
      hint: `rename the folder to '${manifest.metadata.name}' or set metadata.name: ${folder}`
    });
  }
  const { task } = manifest.problem;
  const features = manifest.data.features;
  const featureNames = /* @__PURE__ */ new Set();
  features.forEach((f, i) => {
    if (featureNames.has(f.name)) add(["data", "features", i, "name"], "duplicate-feature", `feature '${f.name}' is declared twice`);
    featureNames.add(f.name);
  });
  if (featureNames.has(manifest.data.label.column)) {
    add(["data", "label", "column"], "label-is-feature", `label column '${manifest.data.label.column}' is also declared as a feature (target leakage)`);
  }
  if (task === "binary-classification") {
    if (manifest.data.label.positive === void 0) {
      add(["data", "label"], "missing-positive-class", "binary classification needs data.label.positive (the value of the positive class)");
    }
    if (!manifest.artifact.outputs.score && !manifest.artifact.outputs.label) {
      add(["artifact", "outputs"], "missing-output", "classification needs artifact.outputs.score or artifact.outputs.label");
    }
  } else if (task === "multiclass-classification") {
    if (!manifest.artifact.outputs.score && !manifest.artifact.outputs.label) {
      add(["artifact", "outputs"], "missing-output", "classification needs artifact.outputs.score or artifact.outputs.label");
    }
  } else {
    if (!manifest.artifact.outputs.prediction) add(["artifact", "outputs"], "missing-output", "regression needs artifact.outputs.prediction");
    if (manifest.artifact.threshold !== void 0) add(["artifact", "threshold"], "threshold-not-applicable", "artifact.threshold only applies to binary classification");
  }
  const inputs = manifest.artifact.inputs;
  if (inputs.columns) {
    inputs.columns.forEach((column, i) => {
      if (!featureNames.has(column)) add(["artifact", "inputs", "columns", i], "unknown-input-column", `input column '${column}' is not a declared feature`);
    });
    const missing = [...featureNames].filter((name) => !inputs.columns.includes(name));
    if (missing.length > 0) add(["artifact", "inputs", "columns"], "missing-input-column", `features missing from artifact.inputs.columns: ${missing.join(", ")}`);
  }
  if (inputs.names) {
    for (const column of Object.keys(inputs.names)) {
      if (!featureNames.has(column)) add(["artifact", "inputs", "names", column], "unknown-input-column", `'${column}' in artifact.inputs.names is not a declared feature`, {}, "key");
    }
  }
  const sensitiveNames = /* @__PURE__ */ new Set();
  (manifest.data.sensitive ?? []).forEach((attribute, i) => {
    if (sensitiveNames.has(attribute.name)) add(["data", "sensitive", i, "name"], "duplicate-sensitive", `sensitive attribute '${attribute.name}' is declared twice`);
    sensitiveNames.add(attribute.name);
    if (attribute.bins) {
      if ((attribute.type ?? "categorical") !== "numeric") {
        add(["data", "sensitive", i, "bins"], "bins-not-numeric", `bins only apply to a numeric attribute; set type: numeric on '${attribute.name}'`);
      }
      for (let b = 1; b < attribute.bins.length; b++) {
        if (attribute.bins[b] <= attribute.bins[b - 1]) {
          add(["data", "sensitive", i, "bins", b], "bins-not-ascending", `bins of '${attribute.name}' must be strictly ascending (${attribute.bins[b - 1]} then ${attribute.bins[b]})`);
        }
      }
    } else if (attribute.type === "numeric") {
      add(["data", "sensitive", i], "missing-bins", `numeric sensitive attribute '${attribute.name}' needs bins (bucket edges, e.g. [25, 60])`);
    }
  });
  for (const key of ["training", "evaluation", "reference"]) {
    const dataset = manifest.data[key];
    if (dataset && dataset.path === void 0 && dataset.uri === void 0) add(["data", key], "dataset-location", `data.${key} needs a path (in the repository) or a uri`);
  }
  if (manifest.data.evaluation.path === void 0) {
    add(["data", "evaluation"], "evaluation-not-in-repo", "data.evaluation needs a path in the repository: the gates run the model on it");
  }
  const gates = manifest.gates ?? {};
  const knownPerformance = new Set(metricsForTask2(PERFORMANCE_METRICS, task).map((m) => m.id));
  for (const id of Object.keys(gates.performance?.metrics ?? {})) {
    if (!knownPerformance.has(id)) add(["gates", "performance", "metrics", id], "metric-not-for-task", `metric '${id}' does not apply to ${task}`, { hint: `metrics for ${task}: ${[...knownPerformance].join(", ")}` }, "key");
  }
  for (const [index, id] of (gates.champion?.metrics ?? []).entries()) {
    if (!knownPerformance.has(id)) add(["gates", "champion", "metrics", index], "metric-not-for-task", `champion metric '${id}' is not a ${task} metric`, { hint: `metrics for ${task}: ${[...knownPerformance].join(", ")}` });
  }
  for (const id of Object.keys(manifest.baseline?.metrics ?? {})) {
    if (!knownPerformance.has(id)) add(["baseline", "metrics", id], "metric-not-for-task", `baseline metric '${id}' is not a ${task} metric`, { hint: `metrics for ${task}: ${[...knownPerformance].join(", ")}` }, "key");
  }
  if (gates.fairness) {
    const knownFairness = new Set(metricsForTask2(FAIRNESS_METRICS, task).map((m) => m.id));
    for (const id of Object.keys(gates.fairness.metrics ?? {})) {
      if (!knownFairness.has(id)) add(["gates", "fairness", "metrics", id], "metric-not-for-task", `fairness metric '${id}' does not apply to ${task}`, {}, "key");
    }
    gates.fairness.attributes.forEach((name, i) => {
      if (!sensitiveNames.has(name)) {
        add(["gates", "fairness", "attributes", i], "unknown-sensitive", `fairness attribute '${name}' is not declared in data.sensitive`, {
          hint: sensitiveNames.size > 0 ? `declared: ${[...sensitiveNames].join(", ")}` : "declare it under data.sensitive with its column"
        });
      }
    });
  }
  const drift = gates.drift;
  const distances = ["psi", "jensenshannon", "wasserstein", "hellinger"];
  if (drift?.threshold !== void 0 && drift.threshold_mode === void 0 && distances.includes(drift.method ?? "auto")) {
    add(
      ["gates", "drift", "threshold"],
      "drift-threshold-is-alpha",
      `gates.drift.threshold ${drift.threshold} with method ${drift.method} is read as a false-alarm rate (threshold_mode calibrated, the default), not as Evidently's distance threshold`,
      { severity: "warning", category: "policy", hint: "set gates.drift.threshold_mode: fixed to keep the distance threshold, or threshold_mode: calibrated to confirm the false-alarm rate" }
    );
  }
  if (drift?.threshold !== void 0 && (drift.method ?? "auto") === "auto" && drift.threshold_mode === "fixed") {
    add(
      ["gates", "drift", "threshold"],
      "ambiguous-drift-threshold",
      `gates.drift.threshold ${drift.threshold} with method auto is read as a p-value by the columns that get KS, chi-squared or z and as a distance by those that get Wasserstein, Jensen-Shannon, PSI or Hellinger`,
      { severity: "warning", category: "policy", hint: "name a method (gates.drift.method), or set thresholds per column (gates.drift.columns.<name>.threshold)" }
    );
  }
  for (const column of Object.keys(gates.drift?.columns ?? {})) {
    if (!featureNames.has(column)) add(["gates", "drift", "columns", column], "unknown-drift-column", `drift override for '${column}', which is not a declared feature`, {}, "key");
  }
  for (const { at, bound } of boundsIn(gates, ["gates"])) {
    if (bound.min !== void 0 && bound.max !== void 0 && bound.min > bound.max) {
      add(at, "contradictory-bounds", `${at.join(".")}: min ${bound.min} is greater than max ${bound.max}; no value can pass`);
    }
  }
  const retraining = manifest.monitoring?.retraining;
  if (retraining?.min_interval && retraining.max_interval) {
    if (durationMs(retraining.min_interval) > durationMs(retraining.max_interval)) {
      add(["monitoring", "retraining", "min_interval"], "contradictory-bounds", `retraining min_interval ${retraining.min_interval} is longer than max_interval ${retraining.max_interval}`);
    }
  }
  const trigger = retraining?.trigger;
  if (trigger?.type === "workflow_dispatch" && !trigger.workflow) add(["monitoring", "retraining", "trigger"], "missing-trigger-field", "a workflow_dispatch trigger needs `workflow` (the workflow file name)");
  if (trigger?.type === "repository_dispatch" && !trigger.event_type) add(["monitoring", "retraining", "trigger"], "missing-trigger-field", "a repository_dispatch trigger needs `event_type`");
  findings.push(...checkEvidenceFields(manifest, source));
  return findings;
}
var MANIFEST_FIELD = /^(metadata|stage|problem|artifact|data|baseline|gates|monitoring|deployment)(\.[A-Za-z0-9_-]+)*$/;
function checkEvidenceFields(manifest, source) {
  const findings = [];
  for (const [section, items] of Object.entries(manifest.checklist)) {
    for (const [key, item] of Object.entries(items ?? {})) {
      const evidence = item.evidence === void 0 ? [] : [item.evidence].flat();
      evidence.forEach((text, i) => {
        const field = text.trim();
        if (!MANIFEST_FIELD.test(field)) return;
        let value = manifest;
        for (const part of field.split(".")) value = value !== null && typeof value === "object" ? value[part] : void 0;
        if (value !== void 0) return;
        const at = Array.isArray(item.evidence) ? ["checklist", section, key, "evidence", i] : ["checklist", section, key, "evidence"];
        findings.push(finding(source, at, "missing-evidence-field", `evidence '${field}' names a manifest field that is not there`, { hint: `declare ${field}, or give other evidence` }));
      });
    }
  }
  return findings;
}
function boundsIn(value, at) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const record = value;
  if (typeof record["min"] === "number" || typeof record["max"] === "number") return [{ at, bound: record }];
  return Object.entries(record).flatMap(([key, child]) => boundsIn(child, [...at, key]));
}

// src/core/manifest/validate/paths.ts
function pathShapeProblem(path) {
  return pathShape(path)?.problem;
}
function canonicalPath(path) {
  return path.split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
}
function pathShape(path) {
  if (path.includes("\0")) return { problem: "contains a NUL character" };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    return { problem: "is a URL, not a file in the repository", hint: "commit the file and give its repository path; data outside the repository goes in `uri` instead of `path`" };
  }
  if (path === "~" || path.startsWith("~/") || /^~[\w.-]+\//.test(path)) {
    return { problem: "starts with ~ (a home directory), which is not expanded", hint: "paths are relative to the repository root, e.g. models/<name>/model.onnx" };
  }
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.startsWith("\\")) return { problem: "is absolute; paths are relative to the repository root" };
  if (path.includes("\\")) return { problem: "contains a backslash; use forward slashes", canonical: canonicalPath(path.replace(/\\/g, "/")) };
  if (path.split("/").includes("..")) return { problem: "leaves the repository (contains ..)" };
  const canonical = canonicalPath(path);
  if (canonical === "") return { problem: "names the repository root, not a file" };
  if (canonical !== path) {
    const why = path.endsWith("/") ? "ends with /" : path.split("/").includes(".") ? "contains ./" : "contains //";
    return { problem: `${why}; every path has one spelling`, hint: `write '${canonical}'`, canonical };
  }
  return void 0;
}
var DELIMITERS = [
  { char: ";", name: "semicolons" },
  { char: "	", name: "tabs" },
  { char: "|", name: "vertical bars" }
];
function delimiterOf(columns) {
  if (columns.length !== 1) return void 0;
  return DELIMITERS.find((d) => columns[0].split(d.char).length >= 3 || columns[0].includes(d.char) && columns[0].split(d.char).every((part) => part.trim() !== ""));
}
var truncate = (text, length) => text.length > length ? `${text.slice(0, length)}\u2026` : text;
function globProblem(pattern) {
  if (pattern.includes("\0")) return "contains a NUL character";
  if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern) || pattern.startsWith("\\")) return "is absolute; globs are relative to the repository root";
  if (pattern.startsWith("~")) return "starts with ~; globs are relative to the repository root";
  if (pattern.includes("\\")) return "contains a backslash; use forward slashes";
  if (/(^|[/{,!])\.\.($|[/},])/.test(pattern)) return "leaves the repository (contains ..)";
  return void 0;
}
function evidencePath(evidence) {
  const text = evidence.trim();
  if (/^\.\/[\w.\/-]+$/.test(text)) return text.slice(2);
  if (/^[\w-][\w.-]*\.(?:md|markdown|rst|txt|pdf|html?|ipynb|docx?|xlsx?|csv|json|ya?ml|py|r|sql)$/i.test(text)) return text;
  return /^[\w.-]+(\/[\w.-]+)*\/[\w-][\w.-]*\.[A-Za-z0-9]{1,10}$/.test(text) ? text : void 0;
}
function pathReferences(manifest) {
  const references = [
    { at: ["artifact", "path"], path: manifest.artifact.path, role: "artifact", sha256: manifest.artifact.sha256 }
  ];
  const featureColumns = manifest.data.features.map((f, i) => ({ name: f.name, at: ["data", "features", i, "name"], what: "feature" }));
  const labelColumn = { name: manifest.data.label.column, at: ["data", "label", "column"], what: "label" };
  const sensitiveColumns = (manifest.data.sensitive ?? []).map((s, i) => ({ name: s.column, at: ["data", "sensitive", i, "column"], what: `sensitive attribute '${s.name}'` }));
  const datasets = [
    [["data", "training"], manifest.data.training, [...featureColumns, labelColumn]],
    [["data", "evaluation"], manifest.data.evaluation, [...featureColumns, labelColumn, ...sensitiveColumns]],
    [["data", "reference"], manifest.data.reference, featureColumns],
    [["monitoring", "current"], manifest.monitoring?.current, featureColumns]
  ];
  for (const [at, dataset, columns] of datasets) {
    if (dataset?.path === void 0) continue;
    const reference = { at: [...at, "path"], path: dataset.path, role: "dataset", columns: columns ?? [] };
    if (dataset.sha256 !== void 0) reference.sha256 = dataset.sha256;
    references.push(reference);
  }
  for (const [section, items] of Object.entries(manifest.checklist)) {
    for (const [key, item] of Object.entries(items ?? {})) {
      const evidence = item.evidence === void 0 ? [] : [item.evidence].flat();
      evidence.forEach((text, i) => {
        const path = evidencePath(text);
        if (path === void 0) return;
        const at = Array.isArray(item.evidence) ? ["checklist", section, key, "evidence", i] : ["checklist", section, key, "evidence"];
        references.push({ at, path, role: "evidence" });
      });
    }
  }
  return references;
}
function checkPathReference(reference, facts, source) {
  const shape = pathShape(reference.path);
  if (shape) {
    const code = shape.canonical !== void 0 ? "non-canonical-path" : /leaves|absolute|~/.test(shape.problem) ? "path-outside-repo" : "invalid-path";
    return [finding(source, reference.at, code, `${reference.role} path '${reference.path}' ${shape.problem}`, shape.hint ? { hint: shape.hint } : {})];
  }
  if (!facts) return [];
  switch (facts.status) {
    case "missing":
      return [
        finding(source, reference.at, "missing-file", `${reference.role} '${reference.path}' does not exist`, {
          hint: facts.similar !== void 0 ? `did you mean '${facts.similar}'? (paths are case-sensitive)` : "paths are relative to the repository root"
        })
      ];
    case "not-a-file":
      return [finding(source, reference.at, "not-a-file", `${reference.role} '${reference.path}' is not a regular file`)];
    case "unreadable":
      return [finding(source, reference.at, "unreadable-file", `${reference.role} '${reference.path}' cannot be read: ${facts.reason}`)];
    case "escapes":
      return [finding(source, reference.at, "path-outside-repo", `${reference.role} '${reference.path}' is a symlink that resolves outside the repository`)];
    case "file":
      break;
  }
  const findings = [];
  if (reference.sha256 !== void 0 && facts.sha256 !== void 0 && facts.sha256 !== reference.sha256) {
    const shaAt = [...reference.at.slice(0, -1), "sha256"];
    findings.push(
      finding(source, shaAt, "hash-mismatch", `sha256 of '${reference.path}' is ${facts.sha256}, but the manifest records ${reference.sha256}`, {
        hint: "if the file changed on purpose, record its sha256 with `modelops hash --write`, which also says whether the change needs a metadata.version bump"
      })
    );
  }
  if (facts.columnsError !== void 0) {
    findings.push(finding(source, reference.at, "unreadable-data", `cannot read the columns of '${reference.path}': ${facts.columnsError}`));
  } else if (facts.columns && reference.columns && reference.columns.length > 0 && delimiterOf(facts.columns) !== void 0) {
    const delimiter = delimiterOf(facts.columns);
    findings.push(
      finding(source, reference.at, "wrong-delimiter", `${reference.path} reads as one column '${truncate(facts.columns[0], 60)}': its fields look separated by ${delimiter.name}, not by commas`, {
        hint: `save it as comma-separated CSV (modelops reads RFC 4180 CSV: fields separated by ",")`
      })
    );
  } else if (facts.columns && reference.columns) {
    const present = new Set(facts.columns);
    for (const column of reference.columns) {
      if (!present.has(column.name)) {
        findings.push(
          finding(source, column.at, "missing-column", `${column.what} column '${column.name}' is not in ${reference.path}`, {
            hint: `its columns: ${facts.columns.slice(0, 30).join(", ")}${facts.columns.length > 30 ? ", \u2026" : ""}`
          })
        );
      }
    }
  }
  return findings;
}

// src/core/checklist/evidence.ts
var PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
  "todo",
  "tbd",
  "tbc",
  "tba",
  "fixme",
  "xxx",
  "wip",
  "none",
  "null",
  "nil",
  "nothing",
  "na",
  "n/a",
  "yes",
  "no",
  "ok",
  "okay",
  "done",
  "same",
  "see above",
  "as above",
  "ditto",
  "placeholder",
  "evidence",
  "test",
  "testing",
  "asdf",
  "foo",
  "bar",
  "baz",
  "dummy",
  "sample",
  "example",
  "later",
  "pending",
  "unknown",
  "?"
]);
var PLACEHOLDER_MARKERS = /^\s*(?:todo|tbd|tbc|tba|fixme|xxx|wip)\b|^\s*<[^>]*>\s*$|\blorem ipsum\b|\bfill (?:this |it )?in\b|\b(?:todo|tbd|fixme)\s*[:!]/i;
var URL = /^(?:https?|ftp):\/\/[^\s/$.?#][^\s]*\.[^\s]+$|^(?:https?):\/\/[^\s/$.?#][^\s]*$/i;
var MANIFEST_FIELD2 = /^(metadata|stage|problem|artifact|data|baseline|gates|monitoring|deployment)(\.[A-Za-z0-9_-]+)*$/;
var words = (text) => text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
function placeholderProblem(text) {
  const trimmed = text.trim();
  if (trimmed === "") return "is empty";
  if (PLACEHOLDER_MARKERS.test(trimmed)) return `is a placeholder ('${shorten(trimmed)}')`;
  if (PLACEHOLDER_WORDS.has(trimmed.toLowerCase().replace(/[.!]+$/, ""))) return `is a placeholder ('${shorten(trimmed)}')`;
  if (/^[\p{P}\p{S}\s]+$/u.test(trimmed)) return `is only punctuation ('${shorten(trimmed)}')`;
  if (/^(.)\1*$/iu.test(trimmed.replace(/\s/g, ""))) return `is a placeholder ('${shorten(trimmed)}')`;
  return void 0;
}
function evidenceProblem(evidence, question) {
  const trimmed = evidence.trim();
  const placeholder = placeholderProblem(trimmed);
  if (placeholder) return placeholder;
  if (URL.test(trimmed) || MANIFEST_FIELD2.test(trimmed) || evidencePath(trimmed) !== void 0) return void 0;
  if (copiesQuestion(trimmed, question)) return "repeats the question instead of answering it";
  const found = words(trimmed);
  const substantial = found.filter((w) => new RegExp("\\p{L}{2,}", "u").test(w));
  if (substantial.length < 3 || trimmed.length < 15) return `is too short to be evidence ('${shorten(trimmed)}')`;
  if (new Set(substantial).size === 1) return `is one word repeated ('${shorten(trimmed)}')`;
  return void 0;
}
function copiesQuestion(evidence, question) {
  const asked = new Set(words(question));
  const said = words(evidence);
  if (said.length === 0) return false;
  const copied = said.filter((w) => asked.has(w)).length;
  return copied / said.length >= 0.8 && copied >= Math.min(4, asked.size);
}
var shorten = (text) => text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;

// src/core/checklist/catalogue.ts
var CHECKLIST_SECTIONS = ["problem", "data", "baseline", "ready", "deploy", "monitor", "usable"];
var SECTION_TITLES = {
  problem: "What problem are you solving?",
  data: "Is the data right?",
  baseline: "Is there a baseline to beat?",
  ready: "Is the model ready for deployment?",
  deploy: "Is everything needed to deploy in place?",
  monitor: "How will it be monitored?",
  usable: "Can it be used?"
};
var hasEntries = (record) => record !== void 0 && Object.keys(record).length > 0;
var isContent = (text) => text !== void 0 && placeholderProblem(text) === void 0;
var texts = (value) => value === void 0 ? [] : [value].flat();
var yesNeeds = (missing) => (m, answer) => answer === "yes" ? missing(m) : void 0;
var noBaseline = (m) => m.baseline ? void 0 : "the manifest declares no baseline";
var noFairnessGate = (m) => m.gates?.fairness ? void 0 : "the manifest declares no fairness gate (gates.fairness)";
var notApplicableWithGroups = (m, answer) => answer === "n/a" && (m.data.sensitive ?? []).length > 0 ? `data.sensitive declares ${m.data.sensitive.map((s) => s.name).join(", ")}, so the question applies` : void 0;
var either = (...rules) => (m, answer) => {
  for (const rule of rules) {
    const reason = rule(m, answer);
    if (reason !== void 0) return reason;
  }
  return void 0;
};
var CHECKLIST = [
  {
    section: "problem",
    key: "statement",
    question: "Is the problem the model solves stated in plain language, with the decision its predictions feed?",
    provenBy: (m) => isContent(m.problem.statement) && m.problem.statement.trim().length >= 20 ? "problem.statement is written in the manifest" : void 0,
    contradictedBy: yesNeeds((m) => isContent(m.problem.statement) ? void 0 : `problem.statement ${placeholderProblem(m.problem.statement)}`)
  },
  {
    section: "problem",
    key: "kpis",
    question: "Are the business KPIs the model should move defined and measurable?",
    provenBy: (m) => m.problem.kpis && m.problem.kpis.length > 0 && m.problem.kpis.every((k) => isContent(k.name)) ? `${m.problem.kpis.length} KPI(s) declared in problem.kpis` : void 0,
    // Absent KPIs may be documented elsewhere (the evidence says where); a placeholder KPI is a claim not yet made.
    contradictedBy: yesNeeds((m) => m.problem.kpis?.some((k) => !isContent(k.name)) ? "problem.kpis holds a placeholder KPI" : void 0)
  },
  { section: "problem", key: "ml-needed", question: "Was it checked that a simpler non-ML solution (rules, heuristics, a lookup) would not do?" },
  {
    section: "problem",
    key: "acceptance",
    question: "Are the acceptance criteria for going live agreed with the stakeholders?",
    provenBy: (m) => texts(m.problem.acceptance).length > 0 && texts(m.problem.acceptance).every(isContent) ? "problem.acceptance is declared" : void 0,
    contradictedBy: yesNeeds((m) => texts(m.problem.acceptance).some((t) => !isContent(t)) ? "problem.acceptance is a placeholder" : void 0)
  },
  { section: "problem", key: "stakeholders", question: "Are the stakeholders, the users of the predictions and the people affected by them identified?" },
  {
    section: "data",
    key: "provenance",
    question: "Are the data sources, their owners and how the data was collected documented?",
    provenBy: (m) => {
      const sets = [m.data.training, m.data.evaluation, m.data.reference].filter((d) => d !== void 0);
      return sets.length > 0 && sets.every((d) => isContent(d.provenance)) ? "every dataset declares its provenance" : void 0;
    },
    contradictedBy: yesNeeds((m) => {
      const named = ["training", "evaluation", "reference"].find((key) => m.data[key]?.provenance !== void 0 && !isContent(m.data[key].provenance));
      return named ? `data.${named}.provenance is a placeholder` : void 0;
    })
  },
  { section: "data", key: "labels-verified", question: "Were the labels checked for correctness and consistency (e.g. a sample reviewed by hand)?" },
  {
    section: "data",
    key: "representative",
    question: "Does the training data represent the population the model will serve in production?",
    contradictedBy: yesNeeds((m) => m.data.training ? void 0 : "data.training is not declared, so there is no training data to compare with production")
  },
  {
    section: "data",
    key: "splits",
    question: "Are training, evaluation and reference data separated, without leakage between them?",
    provenBy: (m) => {
      const paths = [m.data.training?.path, m.data.evaluation.path, m.data.reference?.path].filter((p) => p !== void 0);
      return paths.length >= 2 && new Set(paths).size === paths.length ? "training, evaluation and reference are distinct files" : void 0;
    },
    contradictedBy: yesNeeds((m) => {
      const evaluation = m.data.evaluation.path;
      if (evaluation !== void 0 && m.data.training?.path === evaluation) return `data.training and data.evaluation are the same file (${evaluation})`;
      if (evaluation !== void 0 && m.data.reference?.path === evaluation) return `data.reference and data.evaluation are the same file (${evaluation})`;
      return void 0;
    })
  },
  { section: "data", key: "quality-checked", question: "Were missing values, outliers, duplicates and invalid values examined and handled?" },
  {
    section: "data",
    key: "minorities-represented",
    question: "Is there enough representation of minorities and of every sensitive group?",
    contradictedBy: either(
      yesNeeds((m) => (m.data.sensitive ?? []).length === 0 ? "data.sensitive declares no sensitive attribute, so no group was counted" : void 0),
      notApplicableWithGroups
    )
  },
  { section: "data", key: "privacy", question: "Is personal data minimised, protected and used on a valid legal basis (e.g. GDPR)?" },
  {
    section: "baseline",
    key: "defined",
    question: "Is there a baseline (a rule, a heuristic or the previous model) with measured metrics?",
    provenBy: (m) => m.baseline && hasEntries(m.baseline.metrics) ? `baseline "${m.baseline.kind}" with ${Object.keys(m.baseline.metrics).length} metric(s)` : void 0,
    contradictedBy: yesNeeds((m) => noBaseline(m) ?? (hasEntries(m.baseline.metrics) ? void 0 : "the baseline has no measured metrics (baseline.metrics)"))
  },
  { section: "baseline", key: "beaten", question: "Does the model beat the baseline on the metrics that matter for the problem?", contradictedBy: yesNeeds(noBaseline) },
  { section: "baseline", key: "same-data", question: "Were the model and the baseline evaluated on the same held-out data?", contradictedBy: yesNeeds(noBaseline) },
  { section: "baseline", key: "error-analysis", question: "Were the errors of the model analysed and compared with those of the baseline?", contradictedBy: yesNeeds(noBaseline) },
  { section: "ready", key: "preprocessing-documented", question: "Is all preprocessing (encoding, scaling, imputation) documented?" },
  {
    section: "ready",
    key: "preprocessing-in-artifact",
    question: "Is the preprocessing part of the exported artifact, or reproduced identically at serving time?"
  },
  {
    section: "ready",
    key: "works",
    question: "Does the artifact load and predict on the evaluation data outside the training environment?",
    provenBy: (m) => m.gates?.performance ? "the performance gate runs the artifact on the evaluation data on every PR" : void 0
  },
  { section: "ready", key: "predictions-explored", question: "Were the predictions explored (distribution, worst errors, extreme cases)?" },
  {
    section: "ready",
    key: "bias-checked",
    question: "Were outcomes checked for bias across sensitive groups (e.g. sex, age, race)?",
    provenBy: (m) => m.gates?.fairness ? `fairness gate on ${m.gates.fairness.attributes.join(", ")}` : void 0,
    contradictedBy: either(yesNeeds(noFairnessGate), notApplicableWithGroups)
  },
  { section: "ready", key: "explainability", question: "Are the features that drive the predictions understood (e.g. feature importance)?" },
  { section: "ready", key: "code-quality", question: "Is the training code versioned, reviewed and able to reproduce the artifact?" },
  {
    section: "ready",
    key: "tests",
    question: "Is the model tested, including on missing values, extreme values and noisy inputs?",
    provenBy: (m) => m.gates?.robustness && hasEntries(m.gates.robustness) ? "robustness gate declared" : void 0,
    contradictedBy: yesNeeds((m) => m.gates?.robustness && hasEntries(m.gates.robustness) ? void 0 : "the manifest declares no robustness gate (gates.robustness: missing values, extremes, noise)")
  },
  {
    section: "deploy",
    key: "mode",
    question: "Is it decided whether the model serves in batch or in real time?",
    provenBy: (m) => m.deployment?.mode ? `deployment.mode is ${m.deployment.mode}` : void 0,
    contradictedBy: yesNeeds((m) => m.deployment?.mode ? void 0 : "deployment.mode (batch or real-time) is not declared")
  },
  {
    section: "deploy",
    key: "resources",
    question: "Are the compute resources and the latency and memory budgets known?",
    provenBy: (m) => m.deployment?.resources && m.gates?.performance?.latency_ms ? "deployment.resources and a latency budget are declared" : void 0,
    contradictedBy: yesNeeds((m) => m.deployment?.resources && hasEntries(m.deployment.resources) ? void 0 : "deployment.resources is not declared")
  },
  {
    section: "deploy",
    key: "dependencies",
    question: "Are the runtime dependencies pinned and available in production?",
    contradictedBy: yesNeeds((m) => m.deployment?.dependencies !== void 0 && m.deployment.dependencies.length === 0 ? "deployment.dependencies is an empty list" : void 0)
  },
  {
    section: "deploy",
    key: "rollout",
    question: "Is there a rollout strategy (canary, shadow, A/B, manual)?",
    provenBy: (m) => m.deployment?.strategy ? `deployment.strategy is ${m.deployment.strategy}` : void 0,
    contradictedBy: yesNeeds((m) => m.deployment?.strategy ? void 0 : "deployment.strategy (canary, shadow, A/B, manual) is not declared")
  },
  {
    section: "deploy",
    key: "rollback",
    question: "Is there a rollback plan and a previous version to roll back to?",
    provenBy: (m, ctx) => m.deployment?.rollback && ctx.registeredVersions.length > 0 ? `rollback plan declared; earlier registered version(s): ${ctx.registeredVersions.join(", ")}` : void 0,
    contradictedBy: yesNeeds(
      (m) => !m.deployment?.rollback ? "deployment.rollback (the rollback plan) is not declared" : isContent(m.deployment.rollback.plan) ? void 0 : "deployment.rollback.plan is a placeholder"
    )
  },
  {
    section: "deploy",
    key: "retraining-bounds",
    question: "Are retraining bounds set: retrain at least every X, and not sooner than Y?",
    provenBy: (m) => {
      const r = m.monitoring?.retraining;
      return r?.min_interval && r.max_interval ? `retrain between ${r.min_interval} and ${r.max_interval}` : void 0;
    },
    contradictedBy: yesNeeds((m) => {
      const r = m.monitoring?.retraining;
      const missing = [r?.min_interval ? void 0 : "min_interval", r?.max_interval ? void 0 : "max_interval"].filter((x) => x !== void 0);
      return missing.length > 0 ? `monitoring.retraining.${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not declared` : void 0;
    })
  },
  { section: "deploy", key: "access-control", question: "Is access to the production model and its data restricted to those who need it?" },
  {
    section: "monitor",
    key: "hard-metrics",
    question: "Are model performance metrics monitored against thresholds?",
    provenBy: (m) => m.gates?.performance?.metrics && hasEntries(m.gates.performance.metrics) ? `bounds on ${Object.keys(m.gates.performance.metrics).join(", ")}` : void 0,
    contradictedBy: yesNeeds((m) => m.gates?.performance?.metrics && hasEntries(m.gates.performance.metrics) ? void 0 : "gates.performance.metrics sets no metric bound")
  },
  {
    section: "monitor",
    key: "data-quality",
    question: "Is the quality of input data monitored (schema, missing values, ranges)?",
    contradictedBy: yesNeeds((m) => m.monitoring?.current || m.monitoring?.schedule || m.gates?.drift ? void 0 : "the manifest declares no monitoring (monitoring.current, monitoring.schedule or gates.drift)")
  },
  {
    section: "monitor",
    key: "kpis",
    question: "Are the business KPIs tracked after deployment?",
    contradictedBy: yesNeeds((m) => m.problem.kpis?.some((k) => !isContent(k.name)) ? "problem.kpis holds a placeholder KPI, so there is none to track yet" : void 0)
  },
  {
    section: "monitor",
    key: "drift",
    question: "Is there a method to detect drift of inputs and predictions?",
    provenBy: (m) => m.gates?.drift && m.monitoring?.schedule ? `drift gate, checked on schedule "${m.monitoring.schedule}"` : void 0,
    contradictedBy: either(
      yesNeeds((m) => m.gates?.drift ? void 0 : "the manifest declares no drift gate (gates.drift), so no drift method is set"),
      (m, answer) => answer === "n/a" && m.gates?.drift ? "gates.drift is declared, so the question applies" : void 0
    )
  },
  {
    section: "monitor",
    key: "feedback-loop",
    question: "Do ground-truth labels flow back so realised performance can be measured?",
    contradictedBy: yesNeeds((m) => m.monitoring ? void 0 : "the manifest declares no monitoring section, so nothing receives the labels")
  },
  {
    section: "monitor",
    key: "owners",
    question: "Is it clear who is alerted and who owns the response?",
    provenBy: (m) => m.metadata.owners.length > 0 && m.monitoring?.alerting ? `owners ${m.metadata.owners.join(", ")} with alerting configured` : void 0,
    contradictedBy: yesNeeds(
      (m) => m.metadata.owners.some((o) => /todo/i.test(o)) ? "metadata.owners holds a placeholder" : m.monitoring?.alerting ? void 0 : "monitoring.alerting (who is alerted) is not declared"
    )
  },
  { section: "usable", key: "real-world-trial", question: "Was the model tried in the real world (pilot, shadow run) before full rollout?" },
  { section: "usable", key: "third-party-review", question: "Was the model reviewed by someone outside the team that built it?" },
  { section: "usable", key: "cost-benefit", question: "Do the benefits outweigh the costs (infrastructure, errors, maintenance)?" },
  {
    section: "usable",
    key: "fairness",
    question: "Are the decisions fair to the people they affect, and is unfairness detected and mitigated in production?",
    contradictedBy: either(yesNeeds(noFairnessGate), notApplicableWithGroups)
  },
  { section: "usable", key: "misuse", question: "Was potential misuse considered and mitigated?" },
  { section: "usable", key: "legal-basis", question: "Is there a legal basis for making this decision with a model, and can it be explained to those affected?" },
  {
    section: "usable",
    key: "audit-artifacts",
    question: "Are the artifact, data and evidence kept so the decision can be audited and reproduced?",
    provenBy: (m) => {
      const pinned = (sha) => sha !== void 0 && !/^0+$/.test(sha);
      const hashed = pinned(m.artifact.sha256) && [m.data.training, m.data.evaluation, m.data.reference].filter((d) => d?.path !== void 0).every((d) => pinned(d?.sha256));
      return hashed ? "artifact and datasets are pinned by sha256; gate evidence is kept in git tags" : void 0;
    },
    contradictedBy: yesNeeds((m) => {
      if (!m.artifact.sha256) return "artifact.sha256 is not recorded, so the artifact cannot be checked later";
      const unpinned = ["training", "evaluation", "reference"].filter((key) => m.data[key] !== void 0 && !m.data[key].sha256);
      return unpinned.length > 0 ? `${unpinned.map((k) => `data.${k}`).join(", ")} ${unpinned.length === 1 ? "has" : "have"} no sha256, so the data cannot be reproduced` : void 0;
    })
  },
  {
    section: "usable",
    key: "fallback",
    question: "Is there a fallback when the model is unavailable or clearly wrong?",
    provenBy: (m) => m.deployment?.fallback && isContent(m.deployment.fallback.plan) ? "deployment.fallback is declared" : void 0,
    contradictedBy: yesNeeds(
      (m) => !m.deployment?.fallback ? "deployment.fallback is not declared" : isContent(m.deployment.fallback.plan) ? void 0 : "deployment.fallback.plan is a placeholder"
    )
  }
];
var checklistItemId = (item) => `${item.section}.${item.key}`;
var CHECKLIST_BY_ID = new Map(CHECKLIST.map((item) => [checklistItemId(item), item]));
function checklistDefinitions(extra = []) {
  return [
    ...CHECKLIST,
    ...extra.map((item) => {
      const dot = item.id.indexOf(".");
      return { section: item.id.slice(0, dot), key: item.id.slice(dot + 1), question: item.question };
    })
  ];
}
function checklistSections(items) {
  const extra = [...new Set(items.map((i) => i.section))].filter((s) => !CHECKLIST_SECTIONS.includes(s));
  return [...CHECKLIST_SECTIONS, ...extra];
}
function sectionTitle(section, titles = {}) {
  return SECTION_TITLES[section] ?? titles[section] ?? section;
}

export {
  MetricError,
  confusionMatrix,
  accuracy,
  f1,
  sortedFinite,
  withSharedRanking,
  precision,
  recall,
  rocAuc,
  metricById,
  metricsForTask,
  PERFORMANCE_METRICS,
  FAIRNESS_METRICS,
  DRIFT_METHODS,
  parseYamlSource,
  pointerSegments,
  segmentsToPointer,
  finding,
  folderName,
  checkManifestCoherence,
  pathShapeProblem,
  globProblem,
  evidencePath,
  pathReferences,
  checkPathReference,
  evidenceProblem,
  CHECKLIST_SECTIONS,
  SECTION_TITLES,
  CHECKLIST,
  checklistItemId,
  CHECKLIST_BY_ID,
  checklistDefinitions,
  checklistSections,
  sectionTitle
};
