import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  STAGES,
  pointerSegments,
  segmentsToPointer
} from "./chunk-4QXUKUJV.js";
import {
  require_mod
} from "./chunk-6FVM2LXC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-RFEL46WT.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/core/promotion/tags.ts
var import_semver = __toESM(require_semver2(), 1);

// src/core/schema/common.ts
var NAME_PATTERN = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";
var SEMVER_PATTERN = "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$";
var SHA256_PATTERN = "^[a-f0-9]{64}$";
var OWNER_PATTERN = "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$";
var DURATION_PATTERN = "^[0-9]+(m|h|d|w)$";
var ISO_UTC_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$";
var CHECKLIST_REF_PATTERN = "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$";
var CHECKLIST_SECTION_PATTERN = "^[a-z0-9][a-z0-9-]*$";
var CHECKLIST_ITEM_PATTERN = "^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$";
var PATTERN_HINTS = {
  [NAME_PATTERN]: "a lowercase DNS label (a-z, 0-9 and -, at most 63 characters, not starting or ending with -)",
  [SEMVER_PATTERN]: "a semantic version with three numbers, like 1.2.0",
  [SHA256_PATTERN]: "a SHA-256 digest: 64 lowercase hex digits",
  [OWNER_PATTERN]: "a GitHub user (@alice), team (@org/team) or e-mail address",
  [DURATION_PATTERN]: "a duration like 30m, 12h, 7d or 2w",
  [ISO_UTC_PATTERN]: "a UTC instant like 2026-02-09T06:00:00Z",
  [CHECKLIST_REF_PATTERN]: "a checklist section (e.g. data) or item id (e.g. data.labels-verified)",
  [CHECKLIST_SECTION_PATTERN]: "a checklist section name (a-z, 0-9 and -, e.g. eu-ai-act)",
  [CHECKLIST_ITEM_PATTERN]: "a checklist item id <section>.<key> (e.g. eu-ai-act.risk-management)",
  "^\\S+( \\S+){4}$": 'a five-field cron expression like "0 6 * * 1"',
  "^[a-z][a-z0-9_]*$": "a lowercase identifier (a-z, 0-9, _)"
};

// src/core/promotion/tags.ts
var NAME = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?";
var ARTIFACT = `(?:[a-zA-Z0-9\\-_./]+=)?${NAME}`;
var SEMVER = SEMVER_PATTERN.slice(1, -1).replace(/\((?!\?)/g, "(?:");
var TAG = new RegExp(`^(${ARTIFACT})(?:(?:#(${NAME})|@v(${SEMVER}))(!?)|@(deprecated|created))(?:#([0-9]+))?$`);
var nameInTag = (name) => name.replace(":", "=");
var registerTagName = (name, version) => `${nameInTag(name)}@v${version}`;
var assignTagName = (name, stage, number) => `${nameInTag(name)}#${stage}#${number}`;
var unassignTagName = (name, stage, number) => `${nameInTag(name)}#${stage}!#${number}`;
var deprecateTagName = (name, number) => `${nameInTag(name)}@deprecated#${number}`;
function parseTag(tag) {
  const match = TAG.exec(tag);
  if (!match) return void 0;
  const [, name, stage, version, cancel, special, counter] = match;
  const base = { tag, name: name.replace("=", ":") };
  if (counter !== void 0) base.number = Number(counter);
  if (special !== void 0) return { ...base, kind: special === "deprecated" ? "deprecate" : "create" };
  if (stage !== void 0) return { ...base, kind: cancel ? "unassign" : "assign", stage };
  return { ...base, kind: cancel ? "deregister" : "register", version };
}
function registeredVersions(tags) {
  const byModel = /* @__PURE__ */ new Map();
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed?.kind !== "register") continue;
    const versions = byModel.get(parsed.name) ?? [];
    if (!versions.includes(parsed.version)) versions.push(parsed.version);
    byModel.set(parsed.name, versions);
  }
  for (const versions of byModel.values()) versions.sort(import_semver.default.compare);
  return byModel;
}
function latestStageTag(tags, name, stage) {
  let latest;
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed?.kind === "assign" && parsed.name === name && parsed.stage === stage && (!latest || (parsed.number ?? 0) > (latest.number ?? 0))) latest = parsed;
  }
  return latest;
}
function nextTagNumber(tags, name) {
  let highest = 0;
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed?.name === name && parsed.number !== void 0 && parsed.number > highest) highest = parsed.number;
  }
  return highest + 1;
}
function stageChangeTags(tags, name, from, to) {
  let number = nextTagNumber(tags, name);
  if (to === "archived") return [{ tag: deprecateTagName(name, number), kind: "deprecate" }];
  const planned = [];
  const rank = (stage) => STAGES.indexOf(stage);
  if (from !== void 0 && from !== to && rank(from) > rank(to) && rank(to) >= 0) planned.push({ tag: unassignTagName(name, from, number++), kind: "unassign", stage: from });
  planned.push({ tag: assignTagName(name, to, number), kind: "assign", stage: to });
  return planned;
}

// src/core/schema/check.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// src/core/schema/validators.generated.js
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS2 = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var require_ucs2length = __commonJS2({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});
var require_fast_deep_equal = __commonJS2({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});
var require_equal = __commonJS2({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});
var require_formats = __commonJS2({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});
var validateModel = validate52;
var schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelops.dev/schemas/v1/model.schema.json", "title": "modelops model manifest", "description": "One model, one version, declared in git (models/<name>/model.yaml). Paths are relative to the repository root and must stay inside it.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "stage", "problem", "artifact", "data", "checklist"], "properties": { "apiVersion": { "const": "modelops/v1", "description": "Manifest format version. Always modelops/v1." }, "kind": { "const": "Model", "description": "Document kind. Always Model for a model manifest." }, "metadata": { "type": "object", "description": "Who and what: the model name, its version and owners.", "additionalProperties": false, "required": ["name", "version", "owners"], "properties": { "name": { "type": "string", "description": "Model name: a lowercase DNS label (a-z, 0-9, -; at most 63 characters). Must equal the folder name under models/.", "pattern": "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, "version": { "type": "string", "description": "Semantic version of this model (e.g. 1.2.0). Bump it whenever the artifact, data, features or gates change.", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, "owners": { "type": "array", "description": "Accountable owners: GitHub users (@alice), teams (@org/team) or e-mail addresses.", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "description": "A GitHub user (@alice), team (@org/team) or e-mail address.", "pattern": "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$" } }, "description": { "type": "string", "description": "What the model does, in a sentence or two." }, "labels": { "type": "object", "description": "Free-form key/value labels (e.g. domain: lending) for filtering and reports.", "propertyNames": { "pattern": "^[a-z0-9]([a-z0-9._/-]{0,62}[a-z0-9])?$" }, "additionalProperties": { "type": "string", "description": "Label value." } } } }, "stage": { "enum": ["development", "staging", "production", "archived"], "description": "Lifecycle stage this version is in or is proposed for. Merging promotes; the policy says which transitions are allowed." }, "problem": { "type": "object", "description": 'What problem the model solves and how success is judged (checklist section "problem").', "additionalProperties": false, "required": ["statement", "task"], "properties": { "statement": { "type": "string", "description": "The problem in plain language, and the decision the predictions feed.", "minLength": 1 }, "task": { "enum": ["binary-classification", "multiclass-classification", "regression"], "description": "Machine-learning task; decides which metrics apply." }, "kpis": { "type": "array", "description": "Business KPIs the model should move.", "items": { "type": "object", "description": "A business KPI.", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "description": "KPI name.", "minLength": 1 }, "description": { "type": "string", "description": "How the KPI is measured." }, "target": { "type": "string", "description": 'Target value or direction, e.g. "-10% defaults at equal approval rate".' } } } }, "acceptance": { "description": "Acceptance criteria agreed with stakeholders, as text or a list.", "anyOf": [{ "type": "string", "description": "Acceptance criteria." }, { "type": "array", "items": { "type": "string", "description": "One acceptance criterion." }, "description": "Acceptance criteria." }] } } }, "artifact": { "type": "object", "description": "The model file and how data maps to its inputs and outputs.", "additionalProperties": false, "required": ["path", "sha256", "format", "inputs", "outputs"], "properties": { "path": { "$ref": "#/$defs/repoPath", "description": "Path of the ONNX file, relative to the repository root." }, "sha256": { "type": "string", "description": "SHA-256 of the artifact file (64 lowercase hex digits). Validation recomputes it.", "pattern": "^[a-f0-9]{64}$" }, "format": { "const": "onnx", "description": "Artifact format. Only onnx: it is data, never code, so reviewing a model never runs code from the PR." }, "inputs": { "type": "object", "description": "How data columns become model inputs.", "additionalProperties": false, "required": ["layout"], "properties": { "layout": { "enum": ["tensor", "columns"], "description": "tensor: one [N, k] float tensor of all features in `columns` order; columns: one input per column (numeric as float, categorical as string)." }, "name": { "type": "string", "description": "Name of the single input tensor (layout: tensor). Default: the model's only input." }, "columns": { "type": "array", "description": "Feature order inside the tensor (layout: tensor). Default: data.features order.", "items": { "type": "string", "description": "A feature column name." }, "uniqueItems": true }, "dtype": { "enum": ["float32", "float64"], "description": "Element type of the input tensor (layout: tensor). Default float32." }, "names": { "type": "object", "description": "Column -> input name, where they differ (layout: columns). Default: the input has the column's name.", "additionalProperties": { "type": "string", "description": "Model input name for this column." } } } }, "outputs": { "type": "object", "description": "Which model outputs carry the prediction.", "additionalProperties": false, "properties": { "score": { "type": "string", "description": "Name of the tensor output holding the class probabilities (e.g. probabilities), [N, classes] or [N]. Naming a ZipMap output (skl2onnx's output_probability) reads the tensor that feeds it. Default: the only float tensor output besides label, or the tensor behind a ZipMap." }, "score_column": { "type": "integer", "description": "Column of the positive class in a [N, classes] score output. Default 1 for binary classification.", "minimum": 0 }, "label": { "type": "string", "description": "Output holding predicted labels, if the model has one. Binary labels are re-derived from the score and threshold." }, "prediction": { "type": "string", "description": "Output holding the prediction (regression)." } } }, "threshold": { "type": "number", "description": "Decision threshold on the positive-class score (binary classification). Default 0.5.", "minimum": 0, "maximum": 1 } } }, "data": { "type": "object", "description": 'The label, the features, the sensitive attributes and the datasets (checklist section "data").', "additionalProperties": false, "required": ["label", "features", "evaluation"], "properties": { "label": { "type": "object", "description": "The target column.", "additionalProperties": false, "required": ["column"], "properties": { "column": { "type": "string", "description": "Name of the label column in the datasets.", "minLength": 1 }, "positive": { "type": ["string", "number"], "description": "Value of the positive class (binary classification), e.g. bad." }, "classes": { "type": "array", "description": "All class values in score-column order (multiclass).", "items": { "type": ["string", "number"], "description": "A class value." } } } }, "features": { "type": "array", "description": "Model features, in the order the model expects them unless artifact.inputs.columns says otherwise.", "minItems": 1, "items": { "type": "object", "description": "A feature column.", "additionalProperties": false, "required": ["name", "type"], "properties": { "name": { "type": "string", "description": "Column name in the datasets.", "minLength": 1 }, "type": { "enum": ["numeric", "categorical"], "description": "Column type; decides encoding and the drift test used." }, "description": { "type": "string", "description": "What the feature means." } } } }, "sensitive": { "type": "array", "description": "Sensitive attributes for the fairness gate. They may be columns the model does not use.", "items": { "type": "object", "description": "A sensitive attribute.", "additionalProperties": false, "required": ["name", "column"], "properties": { "name": { "type": "string", "description": "Attribute name used in reports and fairness.attributes (e.g. sex, age_group).", "pattern": "^[a-z][a-z0-9_]*$" }, "column": { "type": "string", "description": "Column holding the attribute in the datasets.", "minLength": 1 }, "type": { "enum": ["categorical", "numeric"], "description": "numeric attributes are bucketed by `bins`. Default categorical." }, "bins": { "type": "array", "description": "Bucket edges for a numeric attribute, ascending (e.g. [25, 60] gives <25, 25-60, >=60).", "minItems": 1, "items": { "type": "number", "description": "A bucket edge." } }, "reference_group": { "type": "string", "description": "Group the disparities are measured against. Default: the largest group." }, "description": { "type": "string", "description": "Why this attribute is sensitive and how it was derived." } } } }, "training": { "$ref": "#/$defs/dataset", "description": "Training data (path in the repo, or uri when it lives elsewhere)." }, "evaluation": { "$ref": "#/$defs/dataset", "description": "Held-out evaluation data, labelled; the gates run the model on it." }, "reference": { "$ref": "#/$defs/dataset", "description": "Reference data for drift (usually a held-out sample of training time)." } } }, "baseline": { "type": "object", "description": 'What the model is compared against (checklist section "baseline").', "additionalProperties": false, "required": ["kind", "description", "metrics"], "properties": { "kind": { "enum": ["rule", "heuristic", "model", "random", "majority"], "description": "Kind of baseline." }, "description": { "type": "string", "description": 'The baseline, in words (e.g. "reject when checking account is overdrawn").', "minLength": 1 }, "metrics": { "type": "object", "description": "The baseline's metrics on the evaluation data, by metric id (e.g. roc_auc: 0.62).", "minProperties": 1, "additionalProperties": { "type": "number", "description": "Metric value." } }, "evidence": { "type": "string", "description": "Where the baseline numbers come from: a path in the repo or a link." } } }, "gates": { "type": "object", "description": "The checks a PR must pass. The policy says which gates each stage requires and whether they block.", "additionalProperties": false, "properties": { "performance": { "type": "object", "description": "Quality and operational budgets, measured on the evaluation data.", "additionalProperties": false, "properties": { "metrics": { "type": "object", "description": "Bounds on model metrics, by metric id.", "additionalProperties": false, "properties": { "accuracy": { "$ref": "#/$defs/bound", "description": "Bounds on accuracy: share of correct predictions." }, "balanced_accuracy": { "$ref": "#/$defs/bound", "description": "Bounds on balanced_accuracy: mean of recall on each class." }, "precision": { "$ref": "#/$defs/bound", "description": "Bounds on precision: TP / (TP + FP) at the threshold." }, "recall": { "$ref": "#/$defs/bound", "description": "Bounds on recall: TP / (TP + FN) at the threshold." }, "f1": { "$ref": "#/$defs/bound", "description": "Bounds on f1: harmonic mean of precision and recall." }, "roc_auc": { "$ref": "#/$defs/bound", "description": "Bounds on roc_auc: area under the ROC curve." }, "pr_auc": { "$ref": "#/$defs/bound", "description": "Bounds on pr_auc: average precision (area under the precision-recall curve)." }, "log_loss": { "$ref": "#/$defs/bound", "description": "Bounds on log_loss: cross-entropy of the predicted probabilities." }, "brier": { "$ref": "#/$defs/bound", "description": "Bounds on brier: mean squared error of the predicted probability." }, "ece": { "$ref": "#/$defs/bound", "description": "Bounds on ece: expected calibration error." }, "macro_f1": { "$ref": "#/$defs/bound", "description": "Bounds on macro_f1: unweighted mean F1 over classes." }, "weighted_f1": { "$ref": "#/$defs/bound", "description": "Bounds on weighted_f1: support-weighted mean F1 over classes." }, "mae": { "$ref": "#/$defs/bound", "description": "Bounds on mae: mean absolute error." }, "rmse": { "$ref": "#/$defs/bound", "description": "Bounds on rmse: root mean squared error." }, "r2": { "$ref": "#/$defs/bound", "description": "Bounds on r2: coefficient of determination." }, "mape": { "$ref": "#/$defs/bound", "description": "Bounds on mape: mean absolute percentage error." } } }, "latency_ms": { "type": "object", "description": "Single-row latency budget in milliseconds.", "additionalProperties": false, "properties": { "p50": { "$ref": "#/$defs/bound", "description": "Bounds on median latency." }, "p95": { "$ref": "#/$defs/bound", "description": "Bounds on 95th percentile latency." }, "p99": { "$ref": "#/$defs/bound", "description": "Bounds on 99th percentile latency." } } }, "throughput_rows_per_s": { "$ref": "#/$defs/bound", "description": "Bounds on batch throughput in rows per second." }, "memory_mb": { "$ref": "#/$defs/bound", "description": "Bounds on peak memory of the inference in MiB." }, "model_size_mb": { "$ref": "#/$defs/bound", "description": "Bounds on the artifact size in MiB." }, "rule": { "enum": ["point-estimate", "shown-to-meet"], "description": "How a metric bound is decided from the metric and its (1 - alpha) interval (DeLong for roc_auc, Wilson for accuracy, percentile bootstrap otherwise). point-estimate (default): the measured value passes or fails; a pass whose interval reaches outside the bound warns as not shown at this sample size. shown-to-meet: only a whole interval inside the bound passes; anything else fails." }, "alpha": { "type": "number", "description": "Significance level of the metric intervals: two-sided at 1 - alpha. Default 0.05.", "exclusiveMinimum": 0, "exclusiveMaximum": 1 } } }, "robustness": { "type": "object", "description": "Stability under perturbed inputs (missing, zero, extreme, noisy values).", "additionalProperties": false, "properties": { "missing_values": { "type": "object", "description": "Each feature set missing in turn.", "additionalProperties": false, "properties": { "max_label_flip_rate": { "type": "number", "description": "Largest allowed share of rows whose predicted label changes under this perturbation.", "minimum": 0, "maximum": 1 }, "max_mean_score_change": { "type": "number", "description": "Largest allowed mean absolute change of the score under this perturbation.", "minimum": 0 } } }, "zeros": { "type": "object", "description": "Each numeric feature set to zero in turn.", "additionalProperties": false, "properties": { "max_label_flip_rate": { "type": "number", "description": "Largest allowed share of rows whose predicted label changes under this perturbation.", "minimum": 0, "maximum": 1 }, "max_mean_score_change": { "type": "number", "description": "Largest allowed mean absolute change of the score under this perturbation.", "minimum": 0 } } }, "extremes": { "type": "object", "description": "Numeric features pushed beyond the training range.", "additionalProperties": false, "properties": { "max_label_flip_rate": { "type": "number", "description": "Largest allowed share of rows whose predicted label changes under this perturbation.", "minimum": 0, "maximum": 1 }, "max_mean_score_change": { "type": "number", "description": "Largest allowed mean absolute change of the score under this perturbation.", "minimum": 0 }, "factor": { "type": "number", "description": "How far beyond the training range, as a multiple of it. Default 10.", "exclusiveMinimum": 1 } } }, "noise": { "type": "object", "description": "Small Gaussian noise on numeric features.", "additionalProperties": false, "properties": { "max_label_flip_rate": { "type": "number", "description": "Largest allowed share of rows whose predicted label changes under this perturbation.", "minimum": 0, "maximum": 1 }, "max_mean_score_change": { "type": "number", "description": "Largest allowed mean absolute change of the score under this perturbation.", "minimum": 0 }, "level": { "type": "number", "description": "Noise standard deviation as a share of each feature's standard deviation. Default 0.01.", "exclusiveMinimum": 0, "maximum": 1 } } }, "output_range": { "$ref": "#/$defs/bound", "description": "Bounds every output score must stay within (outputs must also be finite)." } } }, "champion": { "type": "object", "description": "No significant regression against the version now in production.", "additionalProperties": false, "required": ["metrics"], "properties": { "metrics": { "type": "array", "description": "Metric ids to compare.", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "description": "A metric id." } }, "tolerance": { "type": "number", "description": "Largest allowed drop in each metric (in the metric's units). Default 0.", "minimum": 0 }, "alpha": { "type": "number", "description": "Significance level of the comparison tests. Default 0.05.", "exclusiveMinimum": 0, "exclusiveMaximum": 1 } } }, "fairness": { "type": "object", "description": "Group fairness on the evaluation data.", "additionalProperties": false, "required": ["attributes"], "properties": { "attributes": { "type": "array", "description": "Names of data.sensitive attributes to examine.", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "description": "A data.sensitive name." } }, "intersections": { "type": "boolean", "description": "Also examine every combination of the attributes (empty cells skipped)." }, "min_group_size": { "type": "integer", "description": "Groups smaller than this are reported as too small to judge. Default 30.", "minimum": 1 }, "metrics": { "type": "object", "description": "Bounds on fairness aggregates, by id.", "additionalProperties": false, "properties": { "demographic_parity_difference": { "$ref": "#/$defs/bound", "description": "Bounds on demographic_parity_difference: demographic parity difference between groups." }, "demographic_parity_ratio": { "$ref": "#/$defs/bound", "description": "Bounds on demographic_parity_ratio: demographic parity ratio between groups." }, "equal_opportunity_difference": { "$ref": "#/$defs/bound", "description": "Bounds on equal_opportunity_difference: equal opportunity difference between groups." }, "equal_opportunity_ratio": { "$ref": "#/$defs/bound", "description": "Bounds on equal_opportunity_ratio: equal opportunity ratio between groups." }, "equalized_odds_difference": { "$ref": "#/$defs/bound", "description": "Bounds on equalized_odds_difference: equalized odds difference between groups." }, "equalized_odds_ratio": { "$ref": "#/$defs/bound", "description": "Bounds on equalized_odds_ratio: equalized odds ratio between groups." }, "fpr_disparity": { "$ref": "#/$defs/bound", "description": "Bounds on fpr_disparity: FPR of each group over the reference group's." }, "fnr_disparity": { "$ref": "#/$defs/bound", "description": "Bounds on fnr_disparity: FNR of each group over the reference group's." }, "fdr_disparity": { "$ref": "#/$defs/bound", "description": "Bounds on fdr_disparity: FDR of each group over the reference group's." }, "for_disparity": { "$ref": "#/$defs/bound", "description": "Bounds on for_disparity: FOR of each group over the reference group's." }, "ppr_disparity": { "$ref": "#/$defs/bound", "description": "Bounds on ppr_disparity: PPR of each group over the reference group's." }, "pprev_disparity": { "$ref": "#/$defs/bound", "description": "Bounds on pprev_disparity: PPREV of each group over the reference group's." }, "mae_difference": { "$ref": "#/$defs/bound", "description": "Bounds on mae_difference: largest gap in mean absolute error between groups." } } }, "disparity_band": { "$ref": "#/$defs/bound", "description": "Pass band for disparities against the reference group. Default min 0.8, max 1.25." }, "rule": { "enum": ["evidence", "point-estimate"], "description": "How a bound is decided. evidence (default): fail only when the whole (1 - alpha) confidence interval lies outside the bound (the data show it is broken); a value outside the bound whose interval still reaches it warns as not shown broken. point-estimate: the measured value alone passes or fails, whatever the sample size (Fairlearn-style)." }, "alpha": { "type": "number", "description": "Significance level of the evidence rule: intervals are two-sided at 1 - alpha, Bonferroni-adjusted over the groups an aggregate compares. Default 0.05.", "exclusiveMinimum": 0, "exclusiveMaximum": 1 } } }, "drift": { "type": "object", "description": "Drift of the evaluation (or current) data against the reference data.", "additionalProperties": false, "properties": { "method": { "enum": ["auto", "ks", "chi2", "z", "psi", "jensenshannon", "wasserstein", "hellinger"], "description": "Test for every column; auto picks by column type and distinct values (KS, chi2 or z; with threshold_mode fixed, also by reference size, as Evidently). Default auto." }, "threshold": { "type": "number", "description": "Threshold for every column. threshold_mode calibrated: the false-alarm rate alpha in (0, 1) of every test (a distance is decided by its permutation p-value), default 0.05. threshold_mode fixed: Evidently's, a p-value for tests and a distance for distances.", "exclusiveMinimum": 0 }, "threshold_mode": { "enum": ["calibrated", "fixed"], "description": "How thresholds are read. calibrated (default): as false-alarm rates that hold at the sample sizes seen (p-values; permutation p-values for distances). fixed: Evidently's fixed thresholds (p < 0.05, distance >= 0.1), for teams migrating from Evidently; they alarm far more or less often than stated when sizes differ." }, "drift_share": { "type": "number", "description": "Share of drifted columns above which the dataset counts as drifted. Default 0.5.", "exclusiveMinimum": 0, "maximum": 1 }, "correction": { "enum": ["none", "bonferroni", "benjamini-hochberg"], "description": "Multiple-testing correction for p-value tests. Default none." }, "columns": { "type": "object", "description": "Per-column overrides, by column name.", "additionalProperties": { "type": "object", "description": "Override for one column.", "additionalProperties": false, "properties": { "method": { "enum": ["auto", "ks", "chi2", "z", "psi", "jensenshannon", "wasserstein", "hellinger"], "description": "Test for this column." }, "threshold": { "type": "number", "description": "Threshold for this column, read as threshold_mode says.", "exclusiveMinimum": 0 } } } }, "prediction": { "type": "object", "description": "Drift of the model's scores.", "additionalProperties": false, "properties": { "method": { "enum": ["auto", "ks", "chi2", "z", "psi", "jensenshannon", "wasserstein", "hellinger"], "description": "Test for the scores." }, "threshold": { "type": "number", "description": "Threshold for the scores, read as threshold_mode says.", "exclusiveMinimum": 0 } } }, "domain_classifier": { "type": "object", "description": "A classifier trained to tell reference from current rows. Drift when its cross-validated ROC AUC is above the threshold from its own null distribution at these sample sizes (the AUC with the reference/current labels permuted); an AUC below 0.5 is never drift.", "additionalProperties": false, "properties": { "alpha": { "type": "number", "description": "False-alarm rate of the permutation threshold: drift when the permutation p-value is at most alpha. Default 0.05.", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "permutations": { "type": "integer", "description": "Label permutations of the null distribution. Default 99 (fewer on large data, never below 19 or 1/alpha - 1).", "minimum": 19 }, "auc_band": { "$ref": "#/$defs/bound", "description": "A fixed AUC threshold instead of the permutation one (explicit, for teams migrating from fixed bands): drift above max, which is required; min is accepted but never drift (an AUC below 0.5 is noise). The report says which false-alarm rate max stands for at these sizes.", "type": "object", "required": ["max"] } } } } } } }, "monitoring": { "type": "object", "description": 'How the model is watched in production (checklist section "monitor").', "additionalProperties": false, "properties": { "current": { "$ref": "#/$defs/currentSource", "description": "Where production data comes from, for the scheduled drift check: read afresh on every run, never pinned." }, "chunks": { "type": "object", "description": "Monitoring over time: `modelops drift` cuts the current data into chunks (exactly one of period, size or count) and reports every signal per chunk with alert thresholds learned from the reference data cut into chunks of the same size; the model drifts when the latest chunk alerts. Without it, drift compares the current data as one snapshot.", "additionalProperties": false, "properties": { "period": { "enum": ["day", "week", "month"], "description": "Chunks by calendar period of monitoring.current.timestamp in time_zone (ISO weeks, Monday to Sunday, keyed 2026-W07; days 2026-02-09; months 2026-02)." }, "time_zone": { "type": "string", "description": "IANA time zone of the period boundaries (e.g. Europe/Berlin). Default UTC.", "minLength": 1 }, "size": { "type": "integer", "description": "Chunks of this many rows, in timestamp order (the last keeps the remainder).", "minimum": 1 }, "count": { "type": "integer", "description": "This many chunks of equal size, in timestamp order (the remainder joins the last).", "minimum": 1 }, "min_rows": { "type": "integer", "description": "Chunks with fewer rows are shown but never alert (default 30).", "minimum": 0 }, "thresholds": { "type": "object", "description": "How alert bands come from the reference chunks: calibrated (default; a Student-t prediction interval whose false-alert rate per chunk is alpha), std (NannyML: mean \xB1 k standard deviations) or quantile (of the reference chunks' values).", "additionalProperties": false, "properties": { "rule": { "enum": ["calibrated", "std", "quantile"], "description": "The rule. Default calibrated." }, "alpha": { "type": "number", "description": "calibrated: the false-alert rate per chunk (default 0.01).", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "k": { "type": "number", "description": "std: the multiplier of the standard deviation (default 3).", "exclusiveMinimum": 0 }, "lower": { "type": "number", "description": "quantile: the lower quantile (default 0.005).", "minimum": 0, "maximum": 1 }, "upper": { "type": "number", "description": "quantile: the upper quantile (default 0.995).", "minimum": 0, "maximum": 1 } } }, "reference_until": { "type": "string", "description": "NannyML's reference period: the current data's chunks up to and including this key (e.g. 2026-W43) are the reference \u2014 their rows, with the labels that arrived (every one needs its label), are cut into the reference chunks; the series still shows them. Instead of reference.", "minLength": 1 }, "reference": { "type": "array", "description": "The datasets whose rows are cut into reference chunks for the bands, concatenated in this order (default [reference]). Add evaluation when the reference alone holds fewer than two chunks; never training (the model fitted it).", "minItems": 1, "uniqueItems": true, "items": { "enum": ["reference", "evaluation"] } } } }, "labels": { "type": "object", "description": "Ground-truth labels that arrive after scoring, joined to the current rows by id: realised metrics per chunk beside the estimates. One of path, glob or query, read afresh on every run.", "additionalProperties": false, "properties": { "path": { "$ref": "#/$defs/repoPath", "description": "One file (CSV, JSONL or Parquet), relative to the repository root (or $GITHUB_WORKSPACE with relative_to: workspace)." }, "glob": { "type": "string", "description": "Files matching this glob, read together.", "minLength": 1 }, "query": { "type": "string", "description": "DuckDB SQL whose result holds the id and label columns.", "minLength": 1 }, "relative_to": { "enum": ["repository", "workspace"], "description": "What path and glob are relative to (default the repository root)." }, "format": { "enum": ["csv", "jsonl", "parquet"], "description": "File format of path or glob. Default: from each file's extension." }, "id": { "type": "string", "description": "The id column of the labels (default monitoring.current.id).", "minLength": 1 }, "column": { "type": "string", "description": "The label column (default data.label.column).", "minLength": 1 } } }, "schedule": { "type": "string", "description": 'Cron expression of the scheduled check, as in the drift workflow (e.g. "0 6 * * 1").', "pattern": "^\\S+( \\S+){4}$" }, "alerting": { "type": "object", "description": "Where alerts go.", "additionalProperties": false, "properties": { "issue": { "type": "boolean", "description": "Open (and keep updated) a GitHub issue when the model drifts or goes stale." }, "mentions": { "type": "array", "description": "Users or teams to mention in alerts.", "items": { "type": "string", "description": "@user or @org/team.", "pattern": "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$" } } } }, "labels_delay": { "type": "string", "description": "How long until ground-truth labels arrive (e.g. 30d).", "pattern": "^[0-9]+(m|h|d|w)$" }, "retraining": { "type": "object", "description": "Retraining bounds: at least every max_interval, not sooner than min_interval.", "additionalProperties": false, "properties": { "min_interval": { "type": "string", "description": "Do not retrain sooner than this after the last promotion (e.g. 7d).", "pattern": "^[0-9]+(m|h|d|w)$" }, "max_interval": { "type": "string", "description": "Retrain at least this often; older production models are stale (e.g. 180d).", "pattern": "^[0-9]+(m|h|d|w)$" }, "trigger": { "type": "object", "description": "How to start retraining.", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["workflow_dispatch", "repository_dispatch", "none"], "description": "GitHub mechanism used to start retraining." }, "workflow": { "type": "string", "description": "Workflow file name (workflow_dispatch)." }, "event_type": { "type": "string", "description": "Event type (repository_dispatch)." }, "ref": { "type": "string", "description": "Git ref to run the workflow on. Default: the default branch." } } } } } } }, "deployment": { "type": "object", "description": 'How the model is served (checklist section "deploy").', "additionalProperties": false, "properties": { "mode": { "enum": ["batch", "real-time"], "description": "Batch scoring or real-time serving." }, "strategy": { "enum": ["canary", "shadow", "ab", "blue-green", "manual"], "description": "Rollout strategy." }, "resources": { "type": "object", "description": "Compute resources in production.", "additionalProperties": false, "properties": { "cpu": { "type": ["number", "string"], "description": 'CPU cores (e.g. 0.5 or "500m").' }, "memory_mb": { "type": "number", "description": "Memory in MiB.", "exclusiveMinimum": 0 }, "gpu": { "type": "integer", "description": "Number of GPUs.", "minimum": 0 }, "replicas": { "type": "integer", "description": "Number of replicas.", "minimum": 1 } } }, "rollback": { "type": "object", "description": "How to roll back.", "additionalProperties": false, "required": ["plan"], "properties": { "plan": { "type": "string", "description": "The rollback plan.", "minLength": 1 }, "to_version": { "type": "string", "description": "Version to roll back to.", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" } } }, "fallback": { "type": "object", "description": "What happens when the model is unavailable.", "additionalProperties": false, "required": ["plan"], "properties": { "plan": { "type": "string", "description": "The fallback plan.", "minLength": 1 } } }, "dependencies": { "type": "array", "description": "Runtime dependencies with versions (e.g. onnxruntime 1.30).", "items": { "type": "string", "description": "A dependency." } } } }, "checklist": { "type": "object", "description": "The readiness checklist, answered. Seven sections, plus any the repository policy adds (modelops.yaml checklist.items); each item is answered yes, no or n/a with evidence. Items the manifest already proves are verified automatically; answers the manifest contradicts and placeholder evidence (TODO, TBD, x, a copy of the question) are errors. An answer here replaces the policy's org-level answer (modelops.yaml checklist.answers).", "additionalProperties": { "type": "object", "description": "A section the repository policy adds (modelops.yaml checklist.items, e.g. eu-ai-act); validation checks that the policy defines each of its items.", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9-]*$" }, "additionalProperties": { "$ref": "#/$defs/checklistAnswer", "description": "The answer to one item the policy adds." } }, "properties": { "problem": { "type": "object", "description": 'What problem are you solving? (checklist section "problem")', "additionalProperties": false, "properties": { "statement": { "$ref": "#/$defs/checklistAnswer", "description": "problem.statement: Is the problem the model solves stated in plain language, with the decision its predictions feed?" }, "kpis": { "$ref": "#/$defs/checklistAnswer", "description": "problem.kpis: Are the business KPIs the model should move defined and measurable?" }, "ml-needed": { "$ref": "#/$defs/checklistAnswer", "description": "problem.ml-needed: Was it checked that a simpler non-ML solution (rules, heuristics, a lookup) would not do?" }, "acceptance": { "$ref": "#/$defs/checklistAnswer", "description": "problem.acceptance: Are the acceptance criteria for going live agreed with the stakeholders?" }, "stakeholders": { "$ref": "#/$defs/checklistAnswer", "description": "problem.stakeholders: Are the stakeholders, the users of the predictions and the people affected by them identified?" } } }, "data": { "type": "object", "description": 'Is the data right? (checklist section "data")', "additionalProperties": false, "properties": { "provenance": { "$ref": "#/$defs/checklistAnswer", "description": "data.provenance: Are the data sources, their owners and how the data was collected documented?" }, "labels-verified": { "$ref": "#/$defs/checklistAnswer", "description": "data.labels-verified: Were the labels checked for correctness and consistency (e.g. a sample reviewed by hand)?" }, "representative": { "$ref": "#/$defs/checklistAnswer", "description": "data.representative: Does the training data represent the population the model will serve in production?" }, "splits": { "$ref": "#/$defs/checklistAnswer", "description": "data.splits: Are training, evaluation and reference data separated, without leakage between them?" }, "quality-checked": { "$ref": "#/$defs/checklistAnswer", "description": "data.quality-checked: Were missing values, outliers, duplicates and invalid values examined and handled?" }, "minorities-represented": { "$ref": "#/$defs/checklistAnswer", "description": "data.minorities-represented: Is there enough representation of minorities and of every sensitive group?" }, "privacy": { "$ref": "#/$defs/checklistAnswer", "description": "data.privacy: Is personal data minimised, protected and used on a valid legal basis (e.g. GDPR)?" } } }, "baseline": { "type": "object", "description": 'Is there a baseline to beat? (checklist section "baseline")', "additionalProperties": false, "properties": { "defined": { "$ref": "#/$defs/checklistAnswer", "description": "baseline.defined: Is there a baseline (a rule, a heuristic or the previous model) with measured metrics?" }, "beaten": { "$ref": "#/$defs/checklistAnswer", "description": "baseline.beaten: Does the model beat the baseline on the metrics that matter for the problem?" }, "same-data": { "$ref": "#/$defs/checklistAnswer", "description": "baseline.same-data: Were the model and the baseline evaluated on the same held-out data?" }, "error-analysis": { "$ref": "#/$defs/checklistAnswer", "description": "baseline.error-analysis: Were the errors of the model analysed and compared with those of the baseline?" } } }, "ready": { "type": "object", "description": 'Is the model ready for deployment? (checklist section "ready")', "additionalProperties": false, "properties": { "preprocessing-documented": { "$ref": "#/$defs/checklistAnswer", "description": "ready.preprocessing-documented: Is all preprocessing (encoding, scaling, imputation) documented?" }, "preprocessing-in-artifact": { "$ref": "#/$defs/checklistAnswer", "description": "ready.preprocessing-in-artifact: Is the preprocessing part of the exported artifact, or reproduced identically at serving time?" }, "works": { "$ref": "#/$defs/checklistAnswer", "description": "ready.works: Does the artifact load and predict on the evaluation data outside the training environment?" }, "predictions-explored": { "$ref": "#/$defs/checklistAnswer", "description": "ready.predictions-explored: Were the predictions explored (distribution, worst errors, extreme cases)?" }, "bias-checked": { "$ref": "#/$defs/checklistAnswer", "description": "ready.bias-checked: Were outcomes checked for bias across sensitive groups (e.g. sex, age, race)?" }, "explainability": { "$ref": "#/$defs/checklistAnswer", "description": "ready.explainability: Are the features that drive the predictions understood (e.g. feature importance)?" }, "code-quality": { "$ref": "#/$defs/checklistAnswer", "description": "ready.code-quality: Is the training code versioned, reviewed and able to reproduce the artifact?" }, "tests": { "$ref": "#/$defs/checklistAnswer", "description": "ready.tests: Is the model tested, including on missing values, extreme values and noisy inputs?" } } }, "deploy": { "type": "object", "description": 'Is everything needed to deploy in place? (checklist section "deploy")', "additionalProperties": false, "properties": { "mode": { "$ref": "#/$defs/checklistAnswer", "description": "deploy.mode: Is it decided whether the model serves in batch or in real time?" }, "resources": { "$ref": "#/$defs/checklistAnswer", "description": "deploy.resources: Are the compute resources and the latency and memory budgets known?" }, "dependencies": { "$ref": "#/$defs/checklistAnswer", "description": "deploy.dependencies: Are the runtime dependencies pinned and available in production?" }, "rollout": { "$ref": "#/$defs/checklistAnswer", "description": "deploy.rollout: Is there a rollout strategy (canary, shadow, A/B, manual)?" }, "rollback": { "$ref": "#/$defs/checklistAnswer", "description": "deploy.rollback: Is there a rollback plan and a previous version to roll back to?" }, "retraining-bounds": { "$ref": "#/$defs/checklistAnswer", "description": "deploy.retraining-bounds: Are retraining bounds set: retrain at least every X, and not sooner than Y?" }, "access-control": { "$ref": "#/$defs/checklistAnswer", "description": "deploy.access-control: Is access to the production model and its data restricted to those who need it?" } } }, "monitor": { "type": "object", "description": 'How will it be monitored? (checklist section "monitor")', "additionalProperties": false, "properties": { "hard-metrics": { "$ref": "#/$defs/checklistAnswer", "description": "monitor.hard-metrics: Are model performance metrics monitored against thresholds?" }, "data-quality": { "$ref": "#/$defs/checklistAnswer", "description": "monitor.data-quality: Is the quality of input data monitored (schema, missing values, ranges)?" }, "kpis": { "$ref": "#/$defs/checklistAnswer", "description": "monitor.kpis: Are the business KPIs tracked after deployment?" }, "drift": { "$ref": "#/$defs/checklistAnswer", "description": "monitor.drift: Is there a method to detect drift of inputs and predictions?" }, "feedback-loop": { "$ref": "#/$defs/checklistAnswer", "description": "monitor.feedback-loop: Do ground-truth labels flow back so realised performance can be measured?" }, "owners": { "$ref": "#/$defs/checklistAnswer", "description": "monitor.owners: Is it clear who is alerted and who owns the response?" } } }, "usable": { "type": "object", "description": 'Can it be used? (checklist section "usable")', "additionalProperties": false, "properties": { "real-world-trial": { "$ref": "#/$defs/checklistAnswer", "description": "usable.real-world-trial: Was the model tried in the real world (pilot, shadow run) before full rollout?" }, "third-party-review": { "$ref": "#/$defs/checklistAnswer", "description": "usable.third-party-review: Was the model reviewed by someone outside the team that built it?" }, "cost-benefit": { "$ref": "#/$defs/checklistAnswer", "description": "usable.cost-benefit: Do the benefits outweigh the costs (infrastructure, errors, maintenance)?" }, "fairness": { "$ref": "#/$defs/checklistAnswer", "description": "usable.fairness: Are the decisions fair to the people they affect, and is unfairness detected and mitigated in production?" }, "misuse": { "$ref": "#/$defs/checklistAnswer", "description": "usable.misuse: Was potential misuse considered and mitigated?" }, "legal-basis": { "$ref": "#/$defs/checklistAnswer", "description": "usable.legal-basis: Is there a legal basis for making this decision with a model, and can it be explained to those affected?" }, "audit-artifacts": { "$ref": "#/$defs/checklistAnswer", "description": "usable.audit-artifacts: Are the artifact, data and evidence kept so the decision can be audited and reproduced?" }, "fallback": { "$ref": "#/$defs/checklistAnswer", "description": "usable.fallback: Is there a fallback when the model is unavailable or clearly wrong?" } } } }, "propertyNames": { "pattern": "^[a-z0-9][a-z0-9-]*$" } } }, "$defs": { "bound": { "type": "object", "description": "Inclusive bounds: min, max or both.", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "type": "number", "description": "Lowest allowed value (inclusive)." }, "max": { "type": "number", "description": "Highest allowed value (inclusive)." } } }, "repoPath": { "type": "string", "description": "A path relative to the repository root.", "minLength": 1 }, "dataset": { "type": "object", "description": "A dataset: a file in the repository (path + sha256) or data kept elsewhere (uri).", "additionalProperties": false, "properties": { "path": { "$ref": "#/$defs/repoPath", "description": "File in the repository (CSV, JSONL or Parquet), relative to the repository root." }, "uri": { "type": "string", "description": "Where the data lives when it is not in the repository (e.g. s3://bucket/key, a warehouse table).", "minLength": 1 }, "sha256": { "type": "string", "description": "SHA-256 of the file; validation recomputes it.", "pattern": "^[a-f0-9]{64}$" }, "format": { "enum": ["csv", "jsonl", "parquet"], "description": "File format. Default: from the file extension." }, "description": { "type": "string", "description": "What the data is." }, "provenance": { "type": "string", "description": "Where the data comes from, who owns it, its licence, how it was sampled." }, "rows": { "type": "integer", "description": "Number of rows, if recorded.", "minimum": 0 } }, "dependentRequired": { "path": ["sha256"] } }, "currentSource": { "type": "object", "description": "Where production data comes from: one of path, glob or query, read afresh on every drift run. It is not pinned by a digest: the drift report records what was read (files, rows, sha256; for a query the SQL, the engine version, the row count and a digest of the result), so new data needs no manifest change.", "additionalProperties": false, "properties": { "path": { "$ref": "#/$defs/repoPath", "description": "One file (CSV, JSONL or Parquet), relative to the repository root (or to $GITHUB_WORKSPACE with relative_to: workspace). It must stay inside that root: no .., no symlink out of it." }, "glob": { "type": "string", "description": "Files matching this glob (e.g. models/credit-risk/data/current/*.csv), relative to the repository root (or to $GITHUB_WORKSPACE with relative_to: workspace), read together in path order; a file added under it is read on the next run. Every match must stay inside that root (no .., symlinks out of it are refused).", "minLength": 1 }, "query": { "type": "string", "description": "DuckDB SQL whose result is the current data, over local or remote Parquet or CSV (e.g. SELECT * FROM read_parquet('exports/scored-*.parquet') WHERE scored_at > now() - INTERVAL 7 DAY); relative file names resolve against the repository root. Needs the optional add-on @duckdb/node-api installed beside modelops (it is not bundled in the Action).", "minLength": 1 }, "relative_to": { "enum": ["repository", "workspace"], "description": "What path and glob are relative to: the repository root (default), or $GITHUB_WORKSPACE (the runner's workspace, e.g. data a previous workflow step exported; the repository root when the variable is unset)." }, "format": { "enum": ["csv", "jsonl", "parquet"], "description": "File format of path or glob. Default: from each file's extension." }, "timestamp": { "type": "string", "description": "Column holding when each row was scored (ISO 8601 text, epoch numbers, or a DuckDB TIMESTAMP). Required, except in the deprecated pinned form.", "minLength": 1 }, "id": { "type": "string", "description": "Column identifying each row, to join labels that arrive later.", "minLength": 1 }, "description": { "type": "string", "description": "What the data is." }, "provenance": { "type": "string", "description": "Where the data comes from, who owns it, how it is sampled." }, "sha256": { "type": "string", "description": "Deprecated: the current data is not pinned. Accepted with a warning, and not checked.", "pattern": "^[a-f0-9]{64}$", "deprecated": true }, "uri": { "type": "string", "description": "Deprecated: not read. Write a query instead (e.g. SELECT * FROM read_parquet('s3://bucket/key/*.parquet')).", "minLength": 1, "deprecated": true }, "rows": { "type": "integer", "description": "Deprecated: the report records the rows read.", "minimum": 0, "deprecated": true } } }, "checklistAnswer": { "type": "object", "description": "An answered checklist item.", "additionalProperties": false, "required": ["answer"], "properties": { "answer": { "enum": ["yes", "no", "n/a"], "description": "yes, no or n/a (not applicable; say why in evidence)." }, "evidence": { "description": "Evidence: a statement of substance (at least three words), a link, a path in the repository (relative to its root, written folder/file.ext or ./file; checked to exist) or a manifest field (e.g. gates.fairness; checked to exist). Placeholders (TODO, TBD, x, -, lorem ipsum, a copy of the question) are rejected. Required for yes and n/a on items the stage requires.", "anyOf": [{ "type": "string", "description": "One piece of evidence." }, { "type": "array", "description": "Several pieces of evidence.", "items": { "type": "string", "description": "One piece of evidence." } }] }, "note": { "type": "string", "description": "Anything a reviewer should know." } } } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern3 = new RegExp("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", "u");
var pattern4 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "u");
var pattern5 = new RegExp("^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", "u");
var pattern6 = new RegExp("^[a-z0-9]([a-z0-9._/-]{0,62}[a-z0-9])?$", "u");
var pattern7 = new RegExp("^[a-f0-9]{64}$", "u");
var pattern8 = new RegExp("^[a-z][a-z0-9_]*$", "u");
var pattern11 = new RegExp("^\\S+( \\S+){4}$", "u");
var pattern13 = new RegExp("^[0-9]+(m|h|d|w)$", "u");
var pattern17 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
var schema20 = { "type": "string", "description": "A path relative to the repository root.", "minLength": 1 };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func2(data) < 1) {
      const err0 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema21 = { "type": "object", "description": "A dataset: a file in the repository (path + sha256) or data kept elsewhere (uri).", "additionalProperties": false, "properties": { "path": { "$ref": "#/$defs/repoPath", "description": "File in the repository (CSV, JSONL or Parquet), relative to the repository root." }, "uri": { "type": "string", "description": "Where the data lives when it is not in the repository (e.g. s3://bucket/key, a warehouse table).", "minLength": 1 }, "sha256": { "type": "string", "description": "SHA-256 of the file; validation recomputes it.", "pattern": "^[a-f0-9]{64}$" }, "format": { "enum": ["csv", "jsonl", "parquet"], "description": "File format. Default: from the file extension." }, "description": { "type": "string", "description": "What the data is." }, "provenance": { "type": "string", "description": "Where the data comes from, who owns it, its licence, how it was sampled." }, "rows": { "type": "integer", "description": "Number of rows, if recorded.", "minimum": 0 } }, "dependentRequired": { "path": ["sha256"] } };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "uri" || key0 === "sha256" || key0 === "format" || key0 === "description" || key0 === "provenance" || key0 === "rows")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (!validate53(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.uri !== void 0) {
      let data1 = data.uri;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err1 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.uri, data: data1 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.uri.type, parentSchema: schema21.properties.uri, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data2 = data.sha256;
      if (typeof data2 === "string") {
        if (!pattern7.test(data2)) {
          const err3 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"', schema: "^[a-f0-9]{64}$", parentSchema: schema21.properties.sha256, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.sha256.type, parentSchema: schema21.properties.sha256, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data3 = data.format;
      if (!(data3 === "csv" || data3 === "jsonl" || data3 === "parquet")) {
        const err5 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema21.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.format.enum, parentSchema: schema21.properties.format, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 !== "string") {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.description.type, parentSchema: schema21.properties.description, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.provenance !== void 0) {
      let data5 = data.provenance;
      if (typeof data5 !== "string") {
        const err7 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.provenance.type, parentSchema: schema21.properties.provenance, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data6 = data.rows;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err8 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.rows.type, parentSchema: schema21.properties.rows, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err9 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.rows, data: data6 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.path !== void 0) {
      if (data.sha256 === void 0) {
        const err10 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "path",
          missingProperty: "sha256",
          depsCount: 1,
          deps: "sha256"
        }, message: "must have property sha256 when property path is present", schema: schema21.dependentRequired, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema22 = { "type": "object", "description": "Inclusive bounds: min, max or both.", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "type": "number", "description": "Lowest allowed value (inclusive)." }, "max": { "type": "number", "description": "Highest allowed value (inclusive)." } } };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "min" || key0 === "max")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.min !== void 0) {
      let data0 = data.min;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema22.properties.min.type, parentSchema: schema22.properties.min, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data1 = data.max;
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema22.properties.max.type, parentSchema: schema22.properties.max, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema23 = { "type": "object", "description": "Where production data comes from: one of path, glob or query, read afresh on every drift run. It is not pinned by a digest: the drift report records what was read (files, rows, sha256; for a query the SQL, the engine version, the row count and a digest of the result), so new data needs no manifest change.", "additionalProperties": false, "properties": { "path": { "$ref": "#/$defs/repoPath", "description": "One file (CSV, JSONL or Parquet), relative to the repository root (or to $GITHUB_WORKSPACE with relative_to: workspace). It must stay inside that root: no .., no symlink out of it." }, "glob": { "type": "string", "description": "Files matching this glob (e.g. models/credit-risk/data/current/*.csv), relative to the repository root (or to $GITHUB_WORKSPACE with relative_to: workspace), read together in path order; a file added under it is read on the next run. Every match must stay inside that root (no .., symlinks out of it are refused).", "minLength": 1 }, "query": { "type": "string", "description": "DuckDB SQL whose result is the current data, over local or remote Parquet or CSV (e.g. SELECT * FROM read_parquet('exports/scored-*.parquet') WHERE scored_at > now() - INTERVAL 7 DAY); relative file names resolve against the repository root. Needs the optional add-on @duckdb/node-api installed beside modelops (it is not bundled in the Action).", "minLength": 1 }, "relative_to": { "enum": ["repository", "workspace"], "description": "What path and glob are relative to: the repository root (default), or $GITHUB_WORKSPACE (the runner's workspace, e.g. data a previous workflow step exported; the repository root when the variable is unset)." }, "format": { "enum": ["csv", "jsonl", "parquet"], "description": "File format of path or glob. Default: from each file's extension." }, "timestamp": { "type": "string", "description": "Column holding when each row was scored (ISO 8601 text, epoch numbers, or a DuckDB TIMESTAMP). Required, except in the deprecated pinned form.", "minLength": 1 }, "id": { "type": "string", "description": "Column identifying each row, to join labels that arrive later.", "minLength": 1 }, "description": { "type": "string", "description": "What the data is." }, "provenance": { "type": "string", "description": "Where the data comes from, who owns it, how it is sampled." }, "sha256": { "type": "string", "description": "Deprecated: the current data is not pinned. Accepted with a warning, and not checked.", "pattern": "^[a-f0-9]{64}$", "deprecated": true }, "uri": { "type": "string", "description": "Deprecated: not read. Write a query instead (e.g. SELECT * FROM read_parquet('s3://bucket/key/*.parquet')).", "minLength": 1, "deprecated": true }, "rows": { "type": "integer", "description": "Deprecated: the report records the rows read.", "minimum": 0, "deprecated": true } } };
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate99.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema23.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (!validate53(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.glob !== void 0) {
      let data1 = data.glob;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err1 = { instancePath: instancePath + "/glob", schemaPath: "#/properties/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.glob, data: data1 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/glob", schemaPath: "#/properties/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.glob.type, parentSchema: schema23.properties.glob, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.query !== void 0) {
      let data2 = data.query;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err3 = { instancePath: instancePath + "/query", schemaPath: "#/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.query, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/query", schemaPath: "#/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.query.type, parentSchema: schema23.properties.query, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.relative_to !== void 0) {
      let data3 = data.relative_to;
      if (!(data3 === "repository" || data3 === "workspace")) {
        const err5 = { instancePath: instancePath + "/relative_to", schemaPath: "#/properties/relative_to/enum", keyword: "enum", params: { allowedValues: schema23.properties.relative_to.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.relative_to.enum, parentSchema: schema23.properties.relative_to, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data4 = data.format;
      if (!(data4 === "csv" || data4 === "jsonl" || data4 === "parquet")) {
        const err6 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema23.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema23.properties.format.enum, parentSchema: schema23.properties.format, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.timestamp !== void 0) {
      let data5 = data.timestamp;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err7 = { instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.timestamp, data: data5 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.timestamp.type, parentSchema: schema23.properties.timestamp, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data6 = data.id;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.id, data: data6 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.id.type, parentSchema: schema23.properties.id, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data7 = data.description;
      if (typeof data7 !== "string") {
        const err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.description.type, parentSchema: schema23.properties.description, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.provenance !== void 0) {
      let data8 = data.provenance;
      if (typeof data8 !== "string") {
        const err12 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.provenance.type, parentSchema: schema23.properties.provenance, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data9 = data.sha256;
      if (typeof data9 === "string") {
        if (!pattern7.test(data9)) {
          const err13 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"', schema: "^[a-f0-9]{64}$", parentSchema: schema23.properties.sha256, data: data9 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.sha256.type, parentSchema: schema23.properties.sha256, data: data9 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.uri !== void 0) {
      let data10 = data.uri;
      if (typeof data10 === "string") {
        if (func2(data10) < 1) {
          const err15 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.properties.uri, data: data10 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.uri.type, parentSchema: schema23.properties.uri, data: data10 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data11 = data.rows;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err17 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.rows.type, parentSchema: schema23.properties.rows, data: data11 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 < 0 || isNaN(data11)) {
          const err18 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.rows, data: data11 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
validate99.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema24 = { "type": "object", "description": "An answered checklist item.", "additionalProperties": false, "required": ["answer"], "properties": { "answer": { "enum": ["yes", "no", "n/a"], "description": "yes, no or n/a (not applicable; say why in evidence)." }, "evidence": { "description": "Evidence: a statement of substance (at least three words), a link, a path in the repository (relative to its root, written folder/file.ext or ./file; checked to exist) or a manifest field (e.g. gates.fairness; checked to exist). Placeholders (TODO, TBD, x, -, lorem ipsum, a copy of the question) are rejected. Required for yes and n/a on items the stage requires.", "anyOf": [{ "type": "string", "description": "One piece of evidence." }, { "type": "array", "description": "Several pieces of evidence.", "items": { "type": "string", "description": "One piece of evidence." } }] }, "note": { "type": "string", "description": "Anything a reviewer should know." } } };
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate103.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.answer === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "answer" }, message: "must have required property 'answer'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "answer" || key0 === "evidence" || key0 === "note")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.answer !== void 0) {
      let data0 = data.answer;
      if (!(data0 === "yes" || data0 === "no" || data0 === "n/a")) {
        const err2 = { instancePath: instancePath + "/answer", schemaPath: "#/properties/answer/enum", keyword: "enum", params: { allowedValues: schema24.properties.answer.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.answer.enum, parentSchema: schema24.properties.answer, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data1 = data.evidence;
      const _errs4 = errors;
      let valid1 = false;
      const _errs5 = errors;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.evidence.anyOf[0].type, parentSchema: schema24.properties.evidence.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid1 = valid1 || _valid0;
      const _errs7 = errors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/evidence/" + i0, schemaPath: "#/properties/evidence/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.evidence.anyOf[1].items.type, parentSchema: schema24.properties.evidence.anyOf[1].items, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.evidence.anyOf[1].type, parentSchema: schema24.properties.evidence.anyOf[1], data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err6 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema24.properties.evidence.anyOf, parentSchema: schema24.properties.evidence, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.note !== void 0) {
      let data3 = data.note;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/note", schemaPath: "#/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.note.type, parentSchema: schema24.properties.note, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
validate103.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.problem === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "problem" }, message: "must have required property 'problem'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.checklist === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checklist" }, message: "must have required property 'checklist'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema19.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("modelops/v1" !== data0) {
        const err9 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "modelops/v1" }, message: "must be equal to constant", schema: "modelops/v1", parentSchema: schema19.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Model" !== data1) {
        const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Model" }, message: "must be equal to constant", schema: "Model", parentSchema: schema19.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err11 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema19.properties.metadata.required, parentSchema: schema19.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2.version === void 0) {
          const err12 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema19.properties.metadata.required, parentSchema: schema19.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2.owners === void 0) {
          const err13 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema19.properties.metadata.required, parentSchema: schema19.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "version" || key1 === "owners" || key1 === "description" || key1 === "labels")) {
            const err14 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (!pattern3.test(data3)) {
              const err15 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema19.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.name.type, parentSchema: schema19.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2.version !== void 0) {
          let data4 = data2.version;
          if (typeof data4 === "string") {
            if (!pattern4.test(data4)) {
              const err17 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", parentSchema: schema19.properties.metadata.properties.version, data: data4 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.version.type, parentSchema: schema19.properties.metadata.properties.version, data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data2.owners !== void 0) {
          let data5 = data2.owners;
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err19 = { instancePath: instancePath + "/metadata/owners", schemaPath: "#/properties/metadata/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.metadata.properties.owners, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (!pattern5.test(data6)) {
                  const err20 = { instancePath: instancePath + "/metadata/owners/" + i0, schemaPath: "#/properties/metadata/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$" }, message: 'must match pattern "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$"', schema: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", parentSchema: schema19.properties.metadata.properties.owners.items, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/metadata/owners/" + i0, schemaPath: "#/properties/metadata/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.owners.items.type, parentSchema: schema19.properties.metadata.properties.owners.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            let i1 = data5.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data5[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err22 = { instancePath: instancePath + "/metadata/owners", schemaPath: "#/properties/metadata/properties/owners/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema19.properties.metadata.properties.owners, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/metadata/owners", schemaPath: "#/properties/metadata/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.metadata.properties.owners.type, parentSchema: schema19.properties.metadata.properties.owners, data: data5 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data7 = data2.description;
          if (typeof data7 !== "string") {
            const err24 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.description.type, parentSchema: schema19.properties.metadata.properties.description, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data8 = data2.labels;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
              const _errs19 = errors;
              if (typeof key2 === "string") {
                if (!pattern6.test(key2)) {
                  const err25 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9._/-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9._/-]{0,62}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9._/-]{0,62}[a-z0-9])?$", parentSchema: schema19.properties.metadata.properties.labels.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              var valid5 = _errs19 === errors;
              if (!valid5) {
                const err26 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema19.properties.metadata.properties.labels.propertyNames, parentSchema: schema19.properties.metadata.properties.labels, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            for (const key3 in data8) {
              let data9 = data8[key3];
              if (typeof data9 !== "string") {
                const err27 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema19.properties.metadata.properties.labels.additionalProperties, data: data9 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.metadata.properties.labels.type, parentSchema: schema19.properties.metadata.properties.labels, data: data8 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.metadata.type, parentSchema: schema19.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data10 = data.stage;
      if (!(data10 === "development" || data10 === "staging" || data10 === "production" || data10 === "archived")) {
        const err30 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/enum", keyword: "enum", params: { allowedValues: schema19.properties.stage.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.stage.enum, parentSchema: schema19.properties.stage, data: data10 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.problem !== void 0) {
      let data11 = data.problem;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.statement === void 0) {
          const err31 = { instancePath: instancePath + "/problem", schemaPath: "#/properties/problem/required", keyword: "required", params: { missingProperty: "statement" }, message: "must have required property 'statement'", schema: schema19.properties.problem.required, parentSchema: schema19.properties.problem, data: data11 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data11.task === void 0) {
          const err32 = { instancePath: instancePath + "/problem", schemaPath: "#/properties/problem/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema19.properties.problem.required, parentSchema: schema19.properties.problem, data: data11 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        for (const key4 in data11) {
          if (!(key4 === "statement" || key4 === "task" || key4 === "kpis" || key4 === "acceptance")) {
            const err33 = { instancePath: instancePath + "/problem", schemaPath: "#/properties/problem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.problem, data: data11 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data11.statement !== void 0) {
          let data12 = data11.statement;
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err34 = { instancePath: instancePath + "/problem/statement", schemaPath: "#/properties/problem/properties/statement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.problem.properties.statement, data: data12 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/problem/statement", schemaPath: "#/properties/problem/properties/statement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.problem.properties.statement.type, parentSchema: schema19.properties.problem.properties.statement, data: data12 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data11.task !== void 0) {
          let data13 = data11.task;
          if (!(data13 === "binary-classification" || data13 === "multiclass-classification" || data13 === "regression")) {
            const err36 = { instancePath: instancePath + "/problem/task", schemaPath: "#/properties/problem/properties/task/enum", keyword: "enum", params: { allowedValues: schema19.properties.problem.properties.task.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.problem.properties.task.enum, parentSchema: schema19.properties.problem.properties.task, data: data13 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data11.kpis !== void 0) {
          let data14 = data11.kpis;
          if (Array.isArray(data14)) {
            const len1 = data14.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data15 = data14[i2];
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.name === void 0) {
                  const err37 = { instancePath: instancePath + "/problem/kpis/" + i2, schemaPath: "#/properties/problem/properties/kpis/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema19.properties.problem.properties.kpis.items.required, parentSchema: schema19.properties.problem.properties.kpis.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                for (const key5 in data15) {
                  if (!(key5 === "name" || key5 === "description" || key5 === "target")) {
                    const err38 = { instancePath: instancePath + "/problem/kpis/" + i2, schemaPath: "#/properties/problem/properties/kpis/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.problem.properties.kpis.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data15.name !== void 0) {
                  let data16 = data15.name;
                  if (typeof data16 === "string") {
                    if (func2(data16) < 1) {
                      const err39 = { instancePath: instancePath + "/problem/kpis/" + i2 + "/name", schemaPath: "#/properties/problem/properties/kpis/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.problem.properties.kpis.items.properties.name, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  } else {
                    const err40 = { instancePath: instancePath + "/problem/kpis/" + i2 + "/name", schemaPath: "#/properties/problem/properties/kpis/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.problem.properties.kpis.items.properties.name.type, parentSchema: schema19.properties.problem.properties.kpis.items.properties.name, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data15.description !== void 0) {
                  let data17 = data15.description;
                  if (typeof data17 !== "string") {
                    const err41 = { instancePath: instancePath + "/problem/kpis/" + i2 + "/description", schemaPath: "#/properties/problem/properties/kpis/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.problem.properties.kpis.items.properties.description.type, parentSchema: schema19.properties.problem.properties.kpis.items.properties.description, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data15.target !== void 0) {
                  let data18 = data15.target;
                  if (typeof data18 !== "string") {
                    const err42 = { instancePath: instancePath + "/problem/kpis/" + i2 + "/target", schemaPath: "#/properties/problem/properties/kpis/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.problem.properties.kpis.items.properties.target.type, parentSchema: schema19.properties.problem.properties.kpis.items.properties.target, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/problem/kpis/" + i2, schemaPath: "#/properties/problem/properties/kpis/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.problem.properties.kpis.items.type, parentSchema: schema19.properties.problem.properties.kpis.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/problem/kpis", schemaPath: "#/properties/problem/properties/kpis/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.problem.properties.kpis.type, parentSchema: schema19.properties.problem.properties.kpis, data: data14 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data11.acceptance !== void 0) {
          let data19 = data11.acceptance;
          const _errs42 = errors;
          let valid11 = false;
          const _errs43 = errors;
          if (typeof data19 !== "string") {
            const err45 = { instancePath: instancePath + "/problem/acceptance", schemaPath: "#/properties/problem/properties/acceptance/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.problem.properties.acceptance.anyOf[0].type, parentSchema: schema19.properties.problem.properties.acceptance.anyOf[0], data: data19 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          var _valid0 = _errs43 === errors;
          valid11 = valid11 || _valid0;
          const _errs45 = errors;
          if (Array.isArray(data19)) {
            const len2 = data19.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data20 = data19[i3];
              if (typeof data20 !== "string") {
                const err46 = { instancePath: instancePath + "/problem/acceptance/" + i3, schemaPath: "#/properties/problem/properties/acceptance/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.problem.properties.acceptance.anyOf[1].items.type, parentSchema: schema19.properties.problem.properties.acceptance.anyOf[1].items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/problem/acceptance", schemaPath: "#/properties/problem/properties/acceptance/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.problem.properties.acceptance.anyOf[1].type, parentSchema: schema19.properties.problem.properties.acceptance.anyOf[1], data: data19 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var _valid0 = _errs45 === errors;
          valid11 = valid11 || _valid0;
          if (!valid11) {
            const err48 = { instancePath: instancePath + "/problem/acceptance", schemaPath: "#/properties/problem/properties/acceptance/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.problem.properties.acceptance.anyOf, parentSchema: schema19.properties.problem.properties.acceptance, data: data19 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          } else {
            errors = _errs42;
            if (vErrors !== null) {
              if (_errs42) {
                vErrors.length = _errs42;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/problem", schemaPath: "#/properties/problem/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.problem.type, parentSchema: schema19.properties.problem, data: data11 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.artifact !== void 0) {
      let data21 = data.artifact;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.path === void 0) {
          const err50 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema19.properties.artifact.required, parentSchema: schema19.properties.artifact, data: data21 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (data21.sha256 === void 0) {
          const err51 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema19.properties.artifact.required, parentSchema: schema19.properties.artifact, data: data21 };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        if (data21.format === void 0) {
          const err52 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema19.properties.artifact.required, parentSchema: schema19.properties.artifact, data: data21 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (data21.inputs === void 0) {
          const err53 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'", schema: schema19.properties.artifact.required, parentSchema: schema19.properties.artifact, data: data21 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data21.outputs === void 0) {
          const err54 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'", schema: schema19.properties.artifact.required, parentSchema: schema19.properties.artifact, data: data21 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key6 in data21) {
          if (!(key6 === "path" || key6 === "sha256" || key6 === "format" || key6 === "inputs" || key6 === "outputs" || key6 === "threshold")) {
            const err55 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.artifact, data: data21 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data21.path !== void 0) {
          if (!validate53(data21.path, { instancePath: instancePath + "/artifact/path", parentData: data21, parentDataProperty: "path", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data21.sha256 !== void 0) {
          let data23 = data21.sha256;
          if (typeof data23 === "string") {
            if (!pattern7.test(data23)) {
              const err56 = { instancePath: instancePath + "/artifact/sha256", schemaPath: "#/properties/artifact/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"', schema: "^[a-f0-9]{64}$", parentSchema: schema19.properties.artifact.properties.sha256, data: data23 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/artifact/sha256", schemaPath: "#/properties/artifact/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.artifact.properties.sha256.type, parentSchema: schema19.properties.artifact.properties.sha256, data: data23 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data21.format !== void 0) {
          let data24 = data21.format;
          if ("onnx" !== data24) {
            const err58 = { instancePath: instancePath + "/artifact/format", schemaPath: "#/properties/artifact/properties/format/const", keyword: "const", params: { allowedValue: "onnx" }, message: "must be equal to constant", schema: "onnx", parentSchema: schema19.properties.artifact.properties.format, data: data24 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data21.inputs !== void 0) {
          let data25 = data21.inputs;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.layout === void 0) {
              const err59 = { instancePath: instancePath + "/artifact/inputs", schemaPath: "#/properties/artifact/properties/inputs/required", keyword: "required", params: { missingProperty: "layout" }, message: "must have required property 'layout'", schema: schema19.properties.artifact.properties.inputs.required, parentSchema: schema19.properties.artifact.properties.inputs, data: data25 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            for (const key7 in data25) {
              if (!(key7 === "layout" || key7 === "name" || key7 === "columns" || key7 === "dtype" || key7 === "names")) {
                const err60 = { instancePath: instancePath + "/artifact/inputs", schemaPath: "#/properties/artifact/properties/inputs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.artifact.properties.inputs, data: data25 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data25.layout !== void 0) {
              let data26 = data25.layout;
              if (!(data26 === "tensor" || data26 === "columns")) {
                const err61 = { instancePath: instancePath + "/artifact/inputs/layout", schemaPath: "#/properties/artifact/properties/inputs/properties/layout/enum", keyword: "enum", params: { allowedValues: schema19.properties.artifact.properties.inputs.properties.layout.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.artifact.properties.inputs.properties.layout.enum, parentSchema: schema19.properties.artifact.properties.inputs.properties.layout, data: data26 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data25.name !== void 0) {
              let data27 = data25.name;
              if (typeof data27 !== "string") {
                const err62 = { instancePath: instancePath + "/artifact/inputs/name", schemaPath: "#/properties/artifact/properties/inputs/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.artifact.properties.inputs.properties.name.type, parentSchema: schema19.properties.artifact.properties.inputs.properties.name, data: data27 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data25.columns !== void 0) {
              let data28 = data25.columns;
              if (Array.isArray(data28)) {
                const len3 = data28.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data29 = data28[i4];
                  if (typeof data29 !== "string") {
                    const err63 = { instancePath: instancePath + "/artifact/inputs/columns/" + i4, schemaPath: "#/properties/artifact/properties/inputs/properties/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.artifact.properties.inputs.properties.columns.items.type, parentSchema: schema19.properties.artifact.properties.inputs.properties.columns.items, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                let i5 = data28.length;
                let j1;
                if (i5 > 1) {
                  const indices1 = {};
                  for (; i5--; ) {
                    let item1 = data28[i5];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err64 = { instancePath: instancePath + "/artifact/inputs/columns", schemaPath: "#/properties/artifact/properties/inputs/properties/columns/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema19.properties.artifact.properties.inputs.properties.columns, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i5;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/artifact/inputs/columns", schemaPath: "#/properties/artifact/properties/inputs/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.artifact.properties.inputs.properties.columns.type, parentSchema: schema19.properties.artifact.properties.inputs.properties.columns, data: data28 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data25.dtype !== void 0) {
              let data30 = data25.dtype;
              if (!(data30 === "float32" || data30 === "float64")) {
                const err66 = { instancePath: instancePath + "/artifact/inputs/dtype", schemaPath: "#/properties/artifact/properties/inputs/properties/dtype/enum", keyword: "enum", params: { allowedValues: schema19.properties.artifact.properties.inputs.properties.dtype.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.artifact.properties.inputs.properties.dtype.enum, parentSchema: schema19.properties.artifact.properties.inputs.properties.dtype, data: data30 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data25.names !== void 0) {
              let data31 = data25.names;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                for (const key8 in data31) {
                  let data32 = data31[key8];
                  if (typeof data32 !== "string") {
                    const err67 = { instancePath: instancePath + "/artifact/inputs/names/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/artifact/properties/inputs/properties/names/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.artifact.properties.inputs.properties.names.additionalProperties.type, parentSchema: schema19.properties.artifact.properties.inputs.properties.names.additionalProperties, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
              } else {
                const err68 = { instancePath: instancePath + "/artifact/inputs/names", schemaPath: "#/properties/artifact/properties/inputs/properties/names/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.artifact.properties.inputs.properties.names.type, parentSchema: schema19.properties.artifact.properties.inputs.properties.names, data: data31 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/artifact/inputs", schemaPath: "#/properties/artifact/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.artifact.properties.inputs.type, parentSchema: schema19.properties.artifact.properties.inputs, data: data25 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data21.outputs !== void 0) {
          let data33 = data21.outputs;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key9 in data33) {
              if (!(key9 === "score" || key9 === "score_column" || key9 === "label" || key9 === "prediction")) {
                const err70 = { instancePath: instancePath + "/artifact/outputs", schemaPath: "#/properties/artifact/properties/outputs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.artifact.properties.outputs, data: data33 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data33.score !== void 0) {
              let data34 = data33.score;
              if (typeof data34 !== "string") {
                const err71 = { instancePath: instancePath + "/artifact/outputs/score", schemaPath: "#/properties/artifact/properties/outputs/properties/score/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.artifact.properties.outputs.properties.score.type, parentSchema: schema19.properties.artifact.properties.outputs.properties.score, data: data34 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data33.score_column !== void 0) {
              let data35 = data33.score_column;
              if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                const err72 = { instancePath: instancePath + "/artifact/outputs/score_column", schemaPath: "#/properties/artifact/properties/outputs/properties/score_column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.artifact.properties.outputs.properties.score_column.type, parentSchema: schema19.properties.artifact.properties.outputs.properties.score_column, data: data35 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (typeof data35 == "number" && isFinite(data35)) {
                if (data35 < 0 || isNaN(data35)) {
                  const err73 = { instancePath: instancePath + "/artifact/outputs/score_column", schemaPath: "#/properties/artifact/properties/outputs/properties/score_column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.artifact.properties.outputs.properties.score_column, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              }
            }
            if (data33.label !== void 0) {
              let data36 = data33.label;
              if (typeof data36 !== "string") {
                const err74 = { instancePath: instancePath + "/artifact/outputs/label", schemaPath: "#/properties/artifact/properties/outputs/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.artifact.properties.outputs.properties.label.type, parentSchema: schema19.properties.artifact.properties.outputs.properties.label, data: data36 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data33.prediction !== void 0) {
              let data37 = data33.prediction;
              if (typeof data37 !== "string") {
                const err75 = { instancePath: instancePath + "/artifact/outputs/prediction", schemaPath: "#/properties/artifact/properties/outputs/properties/prediction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.artifact.properties.outputs.properties.prediction.type, parentSchema: schema19.properties.artifact.properties.outputs.properties.prediction, data: data37 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/artifact/outputs", schemaPath: "#/properties/artifact/properties/outputs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.artifact.properties.outputs.type, parentSchema: schema19.properties.artifact.properties.outputs, data: data33 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data21.threshold !== void 0) {
          let data38 = data21.threshold;
          if (typeof data38 == "number" && isFinite(data38)) {
            if (data38 > 1 || isNaN(data38)) {
              const err77 = { instancePath: instancePath + "/artifact/threshold", schemaPath: "#/properties/artifact/properties/threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.artifact.properties.threshold, data: data38 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data38 < 0 || isNaN(data38)) {
              const err78 = { instancePath: instancePath + "/artifact/threshold", schemaPath: "#/properties/artifact/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.artifact.properties.threshold, data: data38 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/artifact/threshold", schemaPath: "#/properties/artifact/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.artifact.properties.threshold.type, parentSchema: schema19.properties.artifact.properties.threshold, data: data38 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.artifact.type, parentSchema: schema19.properties.artifact, data: data21 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data39 = data.data;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        if (data39.label === void 0) {
          const err81 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema19.properties.data.required, parentSchema: schema19.properties.data, data: data39 };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
        if (data39.features === void 0) {
          const err82 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema19.properties.data.required, parentSchema: schema19.properties.data, data: data39 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        if (data39.evaluation === void 0) {
          const err83 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/required", keyword: "required", params: { missingProperty: "evaluation" }, message: "must have required property 'evaluation'", schema: schema19.properties.data.required, parentSchema: schema19.properties.data, data: data39 };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        for (const key10 in data39) {
          if (!(key10 === "label" || key10 === "features" || key10 === "sensitive" || key10 === "training" || key10 === "evaluation" || key10 === "reference")) {
            const err84 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.data, data: data39 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data39.label !== void 0) {
          let data40 = data39.label;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.column === void 0) {
              const err85 = { instancePath: instancePath + "/data/label", schemaPath: "#/properties/data/properties/label/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema19.properties.data.properties.label.required, parentSchema: schema19.properties.data.properties.label, data: data40 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            for (const key11 in data40) {
              if (!(key11 === "column" || key11 === "positive" || key11 === "classes")) {
                const err86 = { instancePath: instancePath + "/data/label", schemaPath: "#/properties/data/properties/label/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.data.properties.label, data: data40 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data40.column !== void 0) {
              let data41 = data40.column;
              if (typeof data41 === "string") {
                if (func2(data41) < 1) {
                  const err87 = { instancePath: instancePath + "/data/label/column", schemaPath: "#/properties/data/properties/label/properties/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.data.properties.label.properties.column, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/data/label/column", schemaPath: "#/properties/data/properties/label/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.data.properties.label.properties.column.type, parentSchema: schema19.properties.data.properties.label.properties.column, data: data41 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data40.positive !== void 0) {
              let data42 = data40.positive;
              if (typeof data42 !== "string" && !(typeof data42 == "number" && isFinite(data42))) {
                const err89 = { instancePath: instancePath + "/data/label/positive", schemaPath: "#/properties/data/properties/label/properties/positive/type", keyword: "type", params: { type: schema19.properties.data.properties.label.properties.positive.type }, message: "must be string,number", schema: schema19.properties.data.properties.label.properties.positive.type, parentSchema: schema19.properties.data.properties.label.properties.positive, data: data42 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data40.classes !== void 0) {
              let data43 = data40.classes;
              if (Array.isArray(data43)) {
                const len4 = data43.length;
                for (let i6 = 0; i6 < len4; i6++) {
                  let data44 = data43[i6];
                  if (typeof data44 !== "string" && !(typeof data44 == "number" && isFinite(data44))) {
                    const err90 = { instancePath: instancePath + "/data/label/classes/" + i6, schemaPath: "#/properties/data/properties/label/properties/classes/items/type", keyword: "type", params: { type: schema19.properties.data.properties.label.properties.classes.items.type }, message: "must be string,number", schema: schema19.properties.data.properties.label.properties.classes.items.type, parentSchema: schema19.properties.data.properties.label.properties.classes.items, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
              } else {
                const err91 = { instancePath: instancePath + "/data/label/classes", schemaPath: "#/properties/data/properties/label/properties/classes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.data.properties.label.properties.classes.type, parentSchema: schema19.properties.data.properties.label.properties.classes, data: data43 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
          } else {
            const err92 = { instancePath: instancePath + "/data/label", schemaPath: "#/properties/data/properties/label/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.data.properties.label.type, parentSchema: schema19.properties.data.properties.label, data: data40 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data39.features !== void 0) {
          let data45 = data39.features;
          if (Array.isArray(data45)) {
            if (data45.length < 1) {
              const err93 = { instancePath: instancePath + "/data/features", schemaPath: "#/properties/data/properties/features/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.data.properties.features, data: data45 };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            const len5 = data45.length;
            for (let i7 = 0; i7 < len5; i7++) {
              let data46 = data45[i7];
              if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                if (data46.name === void 0) {
                  const err94 = { instancePath: instancePath + "/data/features/" + i7, schemaPath: "#/properties/data/properties/features/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema19.properties.data.properties.features.items.required, parentSchema: schema19.properties.data.properties.features.items, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                if (data46.type === void 0) {
                  const err95 = { instancePath: instancePath + "/data/features/" + i7, schemaPath: "#/properties/data/properties/features/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema19.properties.data.properties.features.items.required, parentSchema: schema19.properties.data.properties.features.items, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                for (const key12 in data46) {
                  if (!(key12 === "name" || key12 === "type" || key12 === "description")) {
                    const err96 = { instancePath: instancePath + "/data/features/" + i7, schemaPath: "#/properties/data/properties/features/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.data.properties.features.items, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data46.name !== void 0) {
                  let data47 = data46.name;
                  if (typeof data47 === "string") {
                    if (func2(data47) < 1) {
                      const err97 = { instancePath: instancePath + "/data/features/" + i7 + "/name", schemaPath: "#/properties/data/properties/features/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.data.properties.features.items.properties.name, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/data/features/" + i7 + "/name", schemaPath: "#/properties/data/properties/features/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.data.properties.features.items.properties.name.type, parentSchema: schema19.properties.data.properties.features.items.properties.name, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data46.type !== void 0) {
                  let data48 = data46.type;
                  if (!(data48 === "numeric" || data48 === "categorical")) {
                    const err99 = { instancePath: instancePath + "/data/features/" + i7 + "/type", schemaPath: "#/properties/data/properties/features/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema19.properties.data.properties.features.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.data.properties.features.items.properties.type.enum, parentSchema: schema19.properties.data.properties.features.items.properties.type, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data46.description !== void 0) {
                  let data49 = data46.description;
                  if (typeof data49 !== "string") {
                    const err100 = { instancePath: instancePath + "/data/features/" + i7 + "/description", schemaPath: "#/properties/data/properties/features/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.data.properties.features.items.properties.description.type, parentSchema: schema19.properties.data.properties.features.items.properties.description, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
              } else {
                const err101 = { instancePath: instancePath + "/data/features/" + i7, schemaPath: "#/properties/data/properties/features/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.data.properties.features.items.type, parentSchema: schema19.properties.data.properties.features.items, data: data46 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = { instancePath: instancePath + "/data/features", schemaPath: "#/properties/data/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.data.properties.features.type, parentSchema: schema19.properties.data.properties.features, data: data45 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data39.sensitive !== void 0) {
          let data50 = data39.sensitive;
          if (Array.isArray(data50)) {
            const len6 = data50.length;
            for (let i8 = 0; i8 < len6; i8++) {
              let data51 = data50[i8];
              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                if (data51.name === void 0) {
                  const err103 = { instancePath: instancePath + "/data/sensitive/" + i8, schemaPath: "#/properties/data/properties/sensitive/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema19.properties.data.properties.sensitive.items.required, parentSchema: schema19.properties.data.properties.sensitive.items, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
                if (data51.column === void 0) {
                  const err104 = { instancePath: instancePath + "/data/sensitive/" + i8, schemaPath: "#/properties/data/properties/sensitive/items/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema19.properties.data.properties.sensitive.items.required, parentSchema: schema19.properties.data.properties.sensitive.items, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
                for (const key13 in data51) {
                  if (!(key13 === "name" || key13 === "column" || key13 === "type" || key13 === "bins" || key13 === "reference_group" || key13 === "description")) {
                    const err105 = { instancePath: instancePath + "/data/sensitive/" + i8, schemaPath: "#/properties/data/properties/sensitive/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.data.properties.sensitive.items, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data51.name !== void 0) {
                  let data52 = data51.name;
                  if (typeof data52 === "string") {
                    if (!pattern8.test(data52)) {
                      const err106 = { instancePath: instancePath + "/data/sensitive/" + i8 + "/name", schemaPath: "#/properties/data/properties/sensitive/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema19.properties.data.properties.sensitive.items.properties.name, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  } else {
                    const err107 = { instancePath: instancePath + "/data/sensitive/" + i8 + "/name", schemaPath: "#/properties/data/properties/sensitive/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.data.properties.sensitive.items.properties.name.type, parentSchema: schema19.properties.data.properties.sensitive.items.properties.name, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data51.column !== void 0) {
                  let data53 = data51.column;
                  if (typeof data53 === "string") {
                    if (func2(data53) < 1) {
                      const err108 = { instancePath: instancePath + "/data/sensitive/" + i8 + "/column", schemaPath: "#/properties/data/properties/sensitive/items/properties/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.data.properties.sensitive.items.properties.column, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/data/sensitive/" + i8 + "/column", schemaPath: "#/properties/data/properties/sensitive/items/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.data.properties.sensitive.items.properties.column.type, parentSchema: schema19.properties.data.properties.sensitive.items.properties.column, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data51.type !== void 0) {
                  let data54 = data51.type;
                  if (!(data54 === "categorical" || data54 === "numeric")) {
                    const err110 = { instancePath: instancePath + "/data/sensitive/" + i8 + "/type", schemaPath: "#/properties/data/properties/sensitive/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema19.properties.data.properties.sensitive.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.data.properties.sensitive.items.properties.type.enum, parentSchema: schema19.properties.data.properties.sensitive.items.properties.type, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data51.bins !== void 0) {
                  let data55 = data51.bins;
                  if (Array.isArray(data55)) {
                    if (data55.length < 1) {
                      const err111 = { instancePath: instancePath + "/data/sensitive/" + i8 + "/bins", schemaPath: "#/properties/data/properties/sensitive/items/properties/bins/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.data.properties.sensitive.items.properties.bins, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    const len7 = data55.length;
                    for (let i9 = 0; i9 < len7; i9++) {
                      let data56 = data55[i9];
                      if (!(typeof data56 == "number" && isFinite(data56))) {
                        const err112 = { instancePath: instancePath + "/data/sensitive/" + i8 + "/bins/" + i9, schemaPath: "#/properties/data/properties/sensitive/items/properties/bins/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.data.properties.sensitive.items.properties.bins.items.type, parentSchema: schema19.properties.data.properties.sensitive.items.properties.bins.items, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err112];
                        } else {
                          vErrors.push(err112);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err113 = { instancePath: instancePath + "/data/sensitive/" + i8 + "/bins", schemaPath: "#/properties/data/properties/sensitive/items/properties/bins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.data.properties.sensitive.items.properties.bins.type, parentSchema: schema19.properties.data.properties.sensitive.items.properties.bins, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data51.reference_group !== void 0) {
                  let data57 = data51.reference_group;
                  if (typeof data57 !== "string") {
                    const err114 = { instancePath: instancePath + "/data/sensitive/" + i8 + "/reference_group", schemaPath: "#/properties/data/properties/sensitive/items/properties/reference_group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.data.properties.sensitive.items.properties.reference_group.type, parentSchema: schema19.properties.data.properties.sensitive.items.properties.reference_group, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data51.description !== void 0) {
                  let data58 = data51.description;
                  if (typeof data58 !== "string") {
                    const err115 = { instancePath: instancePath + "/data/sensitive/" + i8 + "/description", schemaPath: "#/properties/data/properties/sensitive/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.data.properties.sensitive.items.properties.description.type, parentSchema: schema19.properties.data.properties.sensitive.items.properties.description, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
              } else {
                const err116 = { instancePath: instancePath + "/data/sensitive/" + i8, schemaPath: "#/properties/data/properties/sensitive/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.data.properties.sensitive.items.type, parentSchema: schema19.properties.data.properties.sensitive.items, data: data51 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
          } else {
            const err117 = { instancePath: instancePath + "/data/sensitive", schemaPath: "#/properties/data/properties/sensitive/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.data.properties.sensitive.type, parentSchema: schema19.properties.data.properties.sensitive, data: data50 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
        if (data39.training !== void 0) {
          if (!validate55(data39.training, { instancePath: instancePath + "/data/training", parentData: data39, parentDataProperty: "training", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
        if (data39.evaluation !== void 0) {
          if (!validate55(data39.evaluation, { instancePath: instancePath + "/data/evaluation", parentData: data39, parentDataProperty: "evaluation", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
        if (data39.reference !== void 0) {
          if (!validate55(data39.reference, { instancePath: instancePath + "/data/reference", parentData: data39, parentDataProperty: "reference", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err118 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.data.type, parentSchema: schema19.properties.data, data: data39 };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data62 = data.baseline;
      if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
        if (data62.kind === void 0) {
          const err119 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema19.properties.baseline.required, parentSchema: schema19.properties.baseline, data: data62 };
          if (vErrors === null) {
            vErrors = [err119];
          } else {
            vErrors.push(err119);
          }
          errors++;
        }
        if (data62.description === void 0) {
          const err120 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema19.properties.baseline.required, parentSchema: schema19.properties.baseline, data: data62 };
          if (vErrors === null) {
            vErrors = [err120];
          } else {
            vErrors.push(err120);
          }
          errors++;
        }
        if (data62.metrics === void 0) {
          const err121 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema19.properties.baseline.required, parentSchema: schema19.properties.baseline, data: data62 };
          if (vErrors === null) {
            vErrors = [err121];
          } else {
            vErrors.push(err121);
          }
          errors++;
        }
        for (const key14 in data62) {
          if (!(key14 === "kind" || key14 === "description" || key14 === "metrics" || key14 === "evidence")) {
            const err122 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.baseline, data: data62 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data62.kind !== void 0) {
          let data63 = data62.kind;
          if (!(data63 === "rule" || data63 === "heuristic" || data63 === "model" || data63 === "random" || data63 === "majority")) {
            const err123 = { instancePath: instancePath + "/baseline/kind", schemaPath: "#/properties/baseline/properties/kind/enum", keyword: "enum", params: { allowedValues: schema19.properties.baseline.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.baseline.properties.kind.enum, parentSchema: schema19.properties.baseline.properties.kind, data: data63 };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        if (data62.description !== void 0) {
          let data64 = data62.description;
          if (typeof data64 === "string") {
            if (func2(data64) < 1) {
              const err124 = { instancePath: instancePath + "/baseline/description", schemaPath: "#/properties/baseline/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.baseline.properties.description, data: data64 };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
          } else {
            const err125 = { instancePath: instancePath + "/baseline/description", schemaPath: "#/properties/baseline/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.baseline.properties.description.type, parentSchema: schema19.properties.baseline.properties.description, data: data64 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data62.metrics !== void 0) {
          let data65 = data62.metrics;
          if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            if (Object.keys(data65).length < 1) {
              const err126 = { instancePath: instancePath + "/baseline/metrics", schemaPath: "#/properties/baseline/properties/metrics/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.baseline.properties.metrics, data: data65 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            for (const key15 in data65) {
              let data66 = data65[key15];
              if (!(typeof data66 == "number" && isFinite(data66))) {
                const err127 = { instancePath: instancePath + "/baseline/metrics/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/baseline/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.baseline.properties.metrics.additionalProperties.type, parentSchema: schema19.properties.baseline.properties.metrics.additionalProperties, data: data66 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
          } else {
            const err128 = { instancePath: instancePath + "/baseline/metrics", schemaPath: "#/properties/baseline/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.baseline.properties.metrics.type, parentSchema: schema19.properties.baseline.properties.metrics, data: data65 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        if (data62.evidence !== void 0) {
          let data67 = data62.evidence;
          if (typeof data67 !== "string") {
            const err129 = { instancePath: instancePath + "/baseline/evidence", schemaPath: "#/properties/baseline/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.baseline.properties.evidence.type, parentSchema: schema19.properties.baseline.properties.evidence, data: data67 };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
      } else {
        const err130 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.baseline.type, parentSchema: schema19.properties.baseline, data: data62 };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data68 = data.gates;
      if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
        for (const key16 in data68) {
          if (!(key16 === "performance" || key16 === "robustness" || key16 === "champion" || key16 === "fairness" || key16 === "drift")) {
            const err131 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates, data: data68 };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
        }
        if (data68.performance !== void 0) {
          let data69 = data68.performance;
          if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
            for (const key17 in data69) {
              if (!(key17 === "metrics" || key17 === "latency_ms" || key17 === "throughput_rows_per_s" || key17 === "memory_mb" || key17 === "model_size_mb" || key17 === "rule" || key17 === "alpha")) {
                const err132 = { instancePath: instancePath + "/gates/performance", schemaPath: "#/properties/gates/properties/performance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.performance, data: data69 };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data69.metrics !== void 0) {
              let data70 = data69.metrics;
              if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                for (const key18 in data70) {
                  if (!func1.call(schema19.properties.gates.properties.performance.properties.metrics.properties, key18)) {
                    const err133 = { instancePath: instancePath + "/gates/performance/metrics", schemaPath: "#/properties/gates/properties/performance/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.performance.properties.metrics, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                if (data70.accuracy !== void 0) {
                  if (!validate60(data70.accuracy, { instancePath: instancePath + "/gates/performance/metrics/accuracy", parentData: data70, parentDataProperty: "accuracy", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.balanced_accuracy !== void 0) {
                  if (!validate60(data70.balanced_accuracy, { instancePath: instancePath + "/gates/performance/metrics/balanced_accuracy", parentData: data70, parentDataProperty: "balanced_accuracy", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.precision !== void 0) {
                  if (!validate60(data70.precision, { instancePath: instancePath + "/gates/performance/metrics/precision", parentData: data70, parentDataProperty: "precision", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.recall !== void 0) {
                  if (!validate60(data70.recall, { instancePath: instancePath + "/gates/performance/metrics/recall", parentData: data70, parentDataProperty: "recall", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.f1 !== void 0) {
                  if (!validate60(data70.f1, { instancePath: instancePath + "/gates/performance/metrics/f1", parentData: data70, parentDataProperty: "f1", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.roc_auc !== void 0) {
                  if (!validate60(data70.roc_auc, { instancePath: instancePath + "/gates/performance/metrics/roc_auc", parentData: data70, parentDataProperty: "roc_auc", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.pr_auc !== void 0) {
                  if (!validate60(data70.pr_auc, { instancePath: instancePath + "/gates/performance/metrics/pr_auc", parentData: data70, parentDataProperty: "pr_auc", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.log_loss !== void 0) {
                  if (!validate60(data70.log_loss, { instancePath: instancePath + "/gates/performance/metrics/log_loss", parentData: data70, parentDataProperty: "log_loss", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.brier !== void 0) {
                  if (!validate60(data70.brier, { instancePath: instancePath + "/gates/performance/metrics/brier", parentData: data70, parentDataProperty: "brier", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.ece !== void 0) {
                  if (!validate60(data70.ece, { instancePath: instancePath + "/gates/performance/metrics/ece", parentData: data70, parentDataProperty: "ece", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.macro_f1 !== void 0) {
                  if (!validate60(data70.macro_f1, { instancePath: instancePath + "/gates/performance/metrics/macro_f1", parentData: data70, parentDataProperty: "macro_f1", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.weighted_f1 !== void 0) {
                  if (!validate60(data70.weighted_f1, { instancePath: instancePath + "/gates/performance/metrics/weighted_f1", parentData: data70, parentDataProperty: "weighted_f1", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.mae !== void 0) {
                  if (!validate60(data70.mae, { instancePath: instancePath + "/gates/performance/metrics/mae", parentData: data70, parentDataProperty: "mae", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.rmse !== void 0) {
                  if (!validate60(data70.rmse, { instancePath: instancePath + "/gates/performance/metrics/rmse", parentData: data70, parentDataProperty: "rmse", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.r2 !== void 0) {
                  if (!validate60(data70.r2, { instancePath: instancePath + "/gates/performance/metrics/r2", parentData: data70, parentDataProperty: "r2", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data70.mape !== void 0) {
                  if (!validate60(data70.mape, { instancePath: instancePath + "/gates/performance/metrics/mape", parentData: data70, parentDataProperty: "mape", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err134 = { instancePath: instancePath + "/gates/performance/metrics", schemaPath: "#/properties/gates/properties/performance/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.performance.properties.metrics.type, parentSchema: schema19.properties.gates.properties.performance.properties.metrics, data: data70 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data69.latency_ms !== void 0) {
              let data87 = data69.latency_ms;
              if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                for (const key19 in data87) {
                  if (!(key19 === "p50" || key19 === "p95" || key19 === "p99")) {
                    const err135 = { instancePath: instancePath + "/gates/performance/latency_ms", schemaPath: "#/properties/gates/properties/performance/properties/latency_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.performance.properties.latency_ms, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
                if (data87.p50 !== void 0) {
                  if (!validate60(data87.p50, { instancePath: instancePath + "/gates/performance/latency_ms/p50", parentData: data87, parentDataProperty: "p50", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data87.p95 !== void 0) {
                  if (!validate60(data87.p95, { instancePath: instancePath + "/gates/performance/latency_ms/p95", parentData: data87, parentDataProperty: "p95", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data87.p99 !== void 0) {
                  if (!validate60(data87.p99, { instancePath: instancePath + "/gates/performance/latency_ms/p99", parentData: data87, parentDataProperty: "p99", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err136 = { instancePath: instancePath + "/gates/performance/latency_ms", schemaPath: "#/properties/gates/properties/performance/properties/latency_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.performance.properties.latency_ms.type, parentSchema: schema19.properties.gates.properties.performance.properties.latency_ms, data: data87 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data69.throughput_rows_per_s !== void 0) {
              if (!validate60(data69.throughput_rows_per_s, { instancePath: instancePath + "/gates/performance/throughput_rows_per_s", parentData: data69, parentDataProperty: "throughput_rows_per_s", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
              }
            }
            if (data69.memory_mb !== void 0) {
              if (!validate60(data69.memory_mb, { instancePath: instancePath + "/gates/performance/memory_mb", parentData: data69, parentDataProperty: "memory_mb", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
              }
            }
            if (data69.model_size_mb !== void 0) {
              if (!validate60(data69.model_size_mb, { instancePath: instancePath + "/gates/performance/model_size_mb", parentData: data69, parentDataProperty: "model_size_mb", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
              }
            }
            if (data69.rule !== void 0) {
              let data94 = data69.rule;
              if (!(data94 === "point-estimate" || data94 === "shown-to-meet")) {
                const err137 = { instancePath: instancePath + "/gates/performance/rule", schemaPath: "#/properties/gates/properties/performance/properties/rule/enum", keyword: "enum", params: { allowedValues: schema19.properties.gates.properties.performance.properties.rule.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.gates.properties.performance.properties.rule.enum, parentSchema: schema19.properties.gates.properties.performance.properties.rule, data: data94 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data69.alpha !== void 0) {
              let data95 = data69.alpha;
              if (typeof data95 == "number" && isFinite(data95)) {
                if (data95 >= 1 || isNaN(data95)) {
                  const err138 = { instancePath: instancePath + "/gates/performance/alpha", schemaPath: "#/properties/gates/properties/performance/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema19.properties.gates.properties.performance.properties.alpha, data: data95 };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
                if (data95 <= 0 || isNaN(data95)) {
                  const err139 = { instancePath: instancePath + "/gates/performance/alpha", schemaPath: "#/properties/gates/properties/performance/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.gates.properties.performance.properties.alpha, data: data95 };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              } else {
                const err140 = { instancePath: instancePath + "/gates/performance/alpha", schemaPath: "#/properties/gates/properties/performance/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.performance.properties.alpha.type, parentSchema: schema19.properties.gates.properties.performance.properties.alpha, data: data95 };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
          } else {
            const err141 = { instancePath: instancePath + "/gates/performance", schemaPath: "#/properties/gates/properties/performance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.performance.type, parentSchema: schema19.properties.gates.properties.performance, data: data69 };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
        if (data68.robustness !== void 0) {
          let data96 = data68.robustness;
          if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
            for (const key20 in data96) {
              if (!(key20 === "missing_values" || key20 === "zeros" || key20 === "extremes" || key20 === "noise" || key20 === "output_range")) {
                const err142 = { instancePath: instancePath + "/gates/robustness", schemaPath: "#/properties/gates/properties/robustness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.robustness, data: data96 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data96.missing_values !== void 0) {
              let data97 = data96.missing_values;
              if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                for (const key21 in data97) {
                  if (!(key21 === "max_label_flip_rate" || key21 === "max_mean_score_change")) {
                    const err143 = { instancePath: instancePath + "/gates/robustness/missing_values", schemaPath: "#/properties/gates/properties/robustness/properties/missing_values/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.robustness.properties.missing_values, data: data97 };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data97.max_label_flip_rate !== void 0) {
                  let data98 = data97.max_label_flip_rate;
                  if (typeof data98 == "number" && isFinite(data98)) {
                    if (data98 > 1 || isNaN(data98)) {
                      const err144 = { instancePath: instancePath + "/gates/robustness/missing_values/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/missing_values/properties/max_label_flip_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.gates.properties.robustness.properties.missing_values.properties.max_label_flip_rate, data: data98 };
                      if (vErrors === null) {
                        vErrors = [err144];
                      } else {
                        vErrors.push(err144);
                      }
                      errors++;
                    }
                    if (data98 < 0 || isNaN(data98)) {
                      const err145 = { instancePath: instancePath + "/gates/robustness/missing_values/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/missing_values/properties/max_label_flip_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.gates.properties.robustness.properties.missing_values.properties.max_label_flip_rate, data: data98 };
                      if (vErrors === null) {
                        vErrors = [err145];
                      } else {
                        vErrors.push(err145);
                      }
                      errors++;
                    }
                  } else {
                    const err146 = { instancePath: instancePath + "/gates/robustness/missing_values/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/missing_values/properties/max_label_flip_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.robustness.properties.missing_values.properties.max_label_flip_rate.type, parentSchema: schema19.properties.gates.properties.robustness.properties.missing_values.properties.max_label_flip_rate, data: data98 };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                }
                if (data97.max_mean_score_change !== void 0) {
                  let data99 = data97.max_mean_score_change;
                  if (typeof data99 == "number" && isFinite(data99)) {
                    if (data99 < 0 || isNaN(data99)) {
                      const err147 = { instancePath: instancePath + "/gates/robustness/missing_values/max_mean_score_change", schemaPath: "#/properties/gates/properties/robustness/properties/missing_values/properties/max_mean_score_change/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.gates.properties.robustness.properties.missing_values.properties.max_mean_score_change, data: data99 };
                      if (vErrors === null) {
                        vErrors = [err147];
                      } else {
                        vErrors.push(err147);
                      }
                      errors++;
                    }
                  } else {
                    const err148 = { instancePath: instancePath + "/gates/robustness/missing_values/max_mean_score_change", schemaPath: "#/properties/gates/properties/robustness/properties/missing_values/properties/max_mean_score_change/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.robustness.properties.missing_values.properties.max_mean_score_change.type, parentSchema: schema19.properties.gates.properties.robustness.properties.missing_values.properties.max_mean_score_change, data: data99 };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
              } else {
                const err149 = { instancePath: instancePath + "/gates/robustness/missing_values", schemaPath: "#/properties/gates/properties/robustness/properties/missing_values/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.robustness.properties.missing_values.type, parentSchema: schema19.properties.gates.properties.robustness.properties.missing_values, data: data97 };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
            }
            if (data96.zeros !== void 0) {
              let data100 = data96.zeros;
              if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                for (const key22 in data100) {
                  if (!(key22 === "max_label_flip_rate" || key22 === "max_mean_score_change")) {
                    const err150 = { instancePath: instancePath + "/gates/robustness/zeros", schemaPath: "#/properties/gates/properties/robustness/properties/zeros/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.robustness.properties.zeros, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
                if (data100.max_label_flip_rate !== void 0) {
                  let data101 = data100.max_label_flip_rate;
                  if (typeof data101 == "number" && isFinite(data101)) {
                    if (data101 > 1 || isNaN(data101)) {
                      const err151 = { instancePath: instancePath + "/gates/robustness/zeros/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/zeros/properties/max_label_flip_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.gates.properties.robustness.properties.zeros.properties.max_label_flip_rate, data: data101 };
                      if (vErrors === null) {
                        vErrors = [err151];
                      } else {
                        vErrors.push(err151);
                      }
                      errors++;
                    }
                    if (data101 < 0 || isNaN(data101)) {
                      const err152 = { instancePath: instancePath + "/gates/robustness/zeros/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/zeros/properties/max_label_flip_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.gates.properties.robustness.properties.zeros.properties.max_label_flip_rate, data: data101 };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                    }
                  } else {
                    const err153 = { instancePath: instancePath + "/gates/robustness/zeros/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/zeros/properties/max_label_flip_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.robustness.properties.zeros.properties.max_label_flip_rate.type, parentSchema: schema19.properties.gates.properties.robustness.properties.zeros.properties.max_label_flip_rate, data: data101 };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
                if (data100.max_mean_score_change !== void 0) {
                  let data102 = data100.max_mean_score_change;
                  if (typeof data102 == "number" && isFinite(data102)) {
                    if (data102 < 0 || isNaN(data102)) {
                      const err154 = { instancePath: instancePath + "/gates/robustness/zeros/max_mean_score_change", schemaPath: "#/properties/gates/properties/robustness/properties/zeros/properties/max_mean_score_change/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.gates.properties.robustness.properties.zeros.properties.max_mean_score_change, data: data102 };
                      if (vErrors === null) {
                        vErrors = [err154];
                      } else {
                        vErrors.push(err154);
                      }
                      errors++;
                    }
                  } else {
                    const err155 = { instancePath: instancePath + "/gates/robustness/zeros/max_mean_score_change", schemaPath: "#/properties/gates/properties/robustness/properties/zeros/properties/max_mean_score_change/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.robustness.properties.zeros.properties.max_mean_score_change.type, parentSchema: schema19.properties.gates.properties.robustness.properties.zeros.properties.max_mean_score_change, data: data102 };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
              } else {
                const err156 = { instancePath: instancePath + "/gates/robustness/zeros", schemaPath: "#/properties/gates/properties/robustness/properties/zeros/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.robustness.properties.zeros.type, parentSchema: schema19.properties.gates.properties.robustness.properties.zeros, data: data100 };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (data96.extremes !== void 0) {
              let data103 = data96.extremes;
              if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                for (const key23 in data103) {
                  if (!(key23 === "max_label_flip_rate" || key23 === "max_mean_score_change" || key23 === "factor")) {
                    const err157 = { instancePath: instancePath + "/gates/robustness/extremes", schemaPath: "#/properties/gates/properties/robustness/properties/extremes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.robustness.properties.extremes, data: data103 };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
                if (data103.max_label_flip_rate !== void 0) {
                  let data104 = data103.max_label_flip_rate;
                  if (typeof data104 == "number" && isFinite(data104)) {
                    if (data104 > 1 || isNaN(data104)) {
                      const err158 = { instancePath: instancePath + "/gates/robustness/extremes/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/extremes/properties/max_label_flip_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.gates.properties.robustness.properties.extremes.properties.max_label_flip_rate, data: data104 };
                      if (vErrors === null) {
                        vErrors = [err158];
                      } else {
                        vErrors.push(err158);
                      }
                      errors++;
                    }
                    if (data104 < 0 || isNaN(data104)) {
                      const err159 = { instancePath: instancePath + "/gates/robustness/extremes/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/extremes/properties/max_label_flip_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.gates.properties.robustness.properties.extremes.properties.max_label_flip_rate, data: data104 };
                      if (vErrors === null) {
                        vErrors = [err159];
                      } else {
                        vErrors.push(err159);
                      }
                      errors++;
                    }
                  } else {
                    const err160 = { instancePath: instancePath + "/gates/robustness/extremes/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/extremes/properties/max_label_flip_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.robustness.properties.extremes.properties.max_label_flip_rate.type, parentSchema: schema19.properties.gates.properties.robustness.properties.extremes.properties.max_label_flip_rate, data: data104 };
                    if (vErrors === null) {
                      vErrors = [err160];
                    } else {
                      vErrors.push(err160);
                    }
                    errors++;
                  }
                }
                if (data103.max_mean_score_change !== void 0) {
                  let data105 = data103.max_mean_score_change;
                  if (typeof data105 == "number" && isFinite(data105)) {
                    if (data105 < 0 || isNaN(data105)) {
                      const err161 = { instancePath: instancePath + "/gates/robustness/extremes/max_mean_score_change", schemaPath: "#/properties/gates/properties/robustness/properties/extremes/properties/max_mean_score_change/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.gates.properties.robustness.properties.extremes.properties.max_mean_score_change, data: data105 };
                      if (vErrors === null) {
                        vErrors = [err161];
                      } else {
                        vErrors.push(err161);
                      }
                      errors++;
                    }
                  } else {
                    const err162 = { instancePath: instancePath + "/gates/robustness/extremes/max_mean_score_change", schemaPath: "#/properties/gates/properties/robustness/properties/extremes/properties/max_mean_score_change/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.robustness.properties.extremes.properties.max_mean_score_change.type, parentSchema: schema19.properties.gates.properties.robustness.properties.extremes.properties.max_mean_score_change, data: data105 };
                    if (vErrors === null) {
                      vErrors = [err162];
                    } else {
                      vErrors.push(err162);
                    }
                    errors++;
                  }
                }
                if (data103.factor !== void 0) {
                  let data106 = data103.factor;
                  if (typeof data106 == "number" && isFinite(data106)) {
                    if (data106 <= 1 || isNaN(data106)) {
                      const err163 = { instancePath: instancePath + "/gates/robustness/extremes/factor", schemaPath: "#/properties/gates/properties/robustness/properties/extremes/properties/factor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema19.properties.gates.properties.robustness.properties.extremes.properties.factor, data: data106 };
                      if (vErrors === null) {
                        vErrors = [err163];
                      } else {
                        vErrors.push(err163);
                      }
                      errors++;
                    }
                  } else {
                    const err164 = { instancePath: instancePath + "/gates/robustness/extremes/factor", schemaPath: "#/properties/gates/properties/robustness/properties/extremes/properties/factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.robustness.properties.extremes.properties.factor.type, parentSchema: schema19.properties.gates.properties.robustness.properties.extremes.properties.factor, data: data106 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                }
              } else {
                const err165 = { instancePath: instancePath + "/gates/robustness/extremes", schemaPath: "#/properties/gates/properties/robustness/properties/extremes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.robustness.properties.extremes.type, parentSchema: schema19.properties.gates.properties.robustness.properties.extremes, data: data103 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            if (data96.noise !== void 0) {
              let data107 = data96.noise;
              if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
                for (const key24 in data107) {
                  if (!(key24 === "max_label_flip_rate" || key24 === "max_mean_score_change" || key24 === "level")) {
                    const err166 = { instancePath: instancePath + "/gates/robustness/noise", schemaPath: "#/properties/gates/properties/robustness/properties/noise/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.robustness.properties.noise, data: data107 };
                    if (vErrors === null) {
                      vErrors = [err166];
                    } else {
                      vErrors.push(err166);
                    }
                    errors++;
                  }
                }
                if (data107.max_label_flip_rate !== void 0) {
                  let data108 = data107.max_label_flip_rate;
                  if (typeof data108 == "number" && isFinite(data108)) {
                    if (data108 > 1 || isNaN(data108)) {
                      const err167 = { instancePath: instancePath + "/gates/robustness/noise/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/noise/properties/max_label_flip_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.gates.properties.robustness.properties.noise.properties.max_label_flip_rate, data: data108 };
                      if (vErrors === null) {
                        vErrors = [err167];
                      } else {
                        vErrors.push(err167);
                      }
                      errors++;
                    }
                    if (data108 < 0 || isNaN(data108)) {
                      const err168 = { instancePath: instancePath + "/gates/robustness/noise/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/noise/properties/max_label_flip_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.gates.properties.robustness.properties.noise.properties.max_label_flip_rate, data: data108 };
                      if (vErrors === null) {
                        vErrors = [err168];
                      } else {
                        vErrors.push(err168);
                      }
                      errors++;
                    }
                  } else {
                    const err169 = { instancePath: instancePath + "/gates/robustness/noise/max_label_flip_rate", schemaPath: "#/properties/gates/properties/robustness/properties/noise/properties/max_label_flip_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.robustness.properties.noise.properties.max_label_flip_rate.type, parentSchema: schema19.properties.gates.properties.robustness.properties.noise.properties.max_label_flip_rate, data: data108 };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                }
                if (data107.max_mean_score_change !== void 0) {
                  let data109 = data107.max_mean_score_change;
                  if (typeof data109 == "number" && isFinite(data109)) {
                    if (data109 < 0 || isNaN(data109)) {
                      const err170 = { instancePath: instancePath + "/gates/robustness/noise/max_mean_score_change", schemaPath: "#/properties/gates/properties/robustness/properties/noise/properties/max_mean_score_change/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.gates.properties.robustness.properties.noise.properties.max_mean_score_change, data: data109 };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                    }
                  } else {
                    const err171 = { instancePath: instancePath + "/gates/robustness/noise/max_mean_score_change", schemaPath: "#/properties/gates/properties/robustness/properties/noise/properties/max_mean_score_change/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.robustness.properties.noise.properties.max_mean_score_change.type, parentSchema: schema19.properties.gates.properties.robustness.properties.noise.properties.max_mean_score_change, data: data109 };
                    if (vErrors === null) {
                      vErrors = [err171];
                    } else {
                      vErrors.push(err171);
                    }
                    errors++;
                  }
                }
                if (data107.level !== void 0) {
                  let data110 = data107.level;
                  if (typeof data110 == "number" && isFinite(data110)) {
                    if (data110 > 1 || isNaN(data110)) {
                      const err172 = { instancePath: instancePath + "/gates/robustness/noise/level", schemaPath: "#/properties/gates/properties/robustness/properties/noise/properties/level/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.gates.properties.robustness.properties.noise.properties.level, data: data110 };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    }
                    if (data110 <= 0 || isNaN(data110)) {
                      const err173 = { instancePath: instancePath + "/gates/robustness/noise/level", schemaPath: "#/properties/gates/properties/robustness/properties/noise/properties/level/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.gates.properties.robustness.properties.noise.properties.level, data: data110 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                  } else {
                    const err174 = { instancePath: instancePath + "/gates/robustness/noise/level", schemaPath: "#/properties/gates/properties/robustness/properties/noise/properties/level/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.robustness.properties.noise.properties.level.type, parentSchema: schema19.properties.gates.properties.robustness.properties.noise.properties.level, data: data110 };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors++;
                  }
                }
              } else {
                const err175 = { instancePath: instancePath + "/gates/robustness/noise", schemaPath: "#/properties/gates/properties/robustness/properties/noise/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.robustness.properties.noise.type, parentSchema: schema19.properties.gates.properties.robustness.properties.noise, data: data107 };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            }
            if (data96.output_range !== void 0) {
              if (!validate60(data96.output_range, { instancePath: instancePath + "/gates/robustness/output_range", parentData: data96, parentDataProperty: "output_range", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err176 = { instancePath: instancePath + "/gates/robustness", schemaPath: "#/properties/gates/properties/robustness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.robustness.type, parentSchema: schema19.properties.gates.properties.robustness, data: data96 };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
        }
        if (data68.champion !== void 0) {
          let data112 = data68.champion;
          if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
            if (data112.metrics === void 0) {
              const err177 = { instancePath: instancePath + "/gates/champion", schemaPath: "#/properties/gates/properties/champion/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema19.properties.gates.properties.champion.required, parentSchema: schema19.properties.gates.properties.champion, data: data112 };
              if (vErrors === null) {
                vErrors = [err177];
              } else {
                vErrors.push(err177);
              }
              errors++;
            }
            for (const key25 in data112) {
              if (!(key25 === "metrics" || key25 === "tolerance" || key25 === "alpha")) {
                const err178 = { instancePath: instancePath + "/gates/champion", schemaPath: "#/properties/gates/properties/champion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.champion, data: data112 };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors++;
              }
            }
            if (data112.metrics !== void 0) {
              let data113 = data112.metrics;
              if (Array.isArray(data113)) {
                if (data113.length < 1) {
                  const err179 = { instancePath: instancePath + "/gates/champion/metrics", schemaPath: "#/properties/gates/properties/champion/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.gates.properties.champion.properties.metrics, data: data113 };
                  if (vErrors === null) {
                    vErrors = [err179];
                  } else {
                    vErrors.push(err179);
                  }
                  errors++;
                }
                const len8 = data113.length;
                for (let i10 = 0; i10 < len8; i10++) {
                  let data114 = data113[i10];
                  if (typeof data114 !== "string") {
                    const err180 = { instancePath: instancePath + "/gates/champion/metrics/" + i10, schemaPath: "#/properties/gates/properties/champion/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.gates.properties.champion.properties.metrics.items.type, parentSchema: schema19.properties.gates.properties.champion.properties.metrics.items, data: data114 };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                let i11 = data113.length;
                let j2;
                if (i11 > 1) {
                  const indices2 = {};
                  for (; i11--; ) {
                    let item2 = data113[i11];
                    if (typeof item2 !== "string") {
                      continue;
                    }
                    if (typeof indices2[item2] == "number") {
                      j2 = indices2[item2];
                      const err181 = { instancePath: instancePath + "/gates/champion/metrics", schemaPath: "#/properties/gates/properties/champion/properties/metrics/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i11 + " are identical)", schema: true, parentSchema: schema19.properties.gates.properties.champion.properties.metrics, data: data113 };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                      break;
                    }
                    indices2[item2] = i11;
                  }
                }
              } else {
                const err182 = { instancePath: instancePath + "/gates/champion/metrics", schemaPath: "#/properties/gates/properties/champion/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.gates.properties.champion.properties.metrics.type, parentSchema: schema19.properties.gates.properties.champion.properties.metrics, data: data113 };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              }
            }
            if (data112.tolerance !== void 0) {
              let data115 = data112.tolerance;
              if (typeof data115 == "number" && isFinite(data115)) {
                if (data115 < 0 || isNaN(data115)) {
                  const err183 = { instancePath: instancePath + "/gates/champion/tolerance", schemaPath: "#/properties/gates/properties/champion/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.gates.properties.champion.properties.tolerance, data: data115 };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
              } else {
                const err184 = { instancePath: instancePath + "/gates/champion/tolerance", schemaPath: "#/properties/gates/properties/champion/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.champion.properties.tolerance.type, parentSchema: schema19.properties.gates.properties.champion.properties.tolerance, data: data115 };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
            }
            if (data112.alpha !== void 0) {
              let data116 = data112.alpha;
              if (typeof data116 == "number" && isFinite(data116)) {
                if (data116 >= 1 || isNaN(data116)) {
                  const err185 = { instancePath: instancePath + "/gates/champion/alpha", schemaPath: "#/properties/gates/properties/champion/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema19.properties.gates.properties.champion.properties.alpha, data: data116 };
                  if (vErrors === null) {
                    vErrors = [err185];
                  } else {
                    vErrors.push(err185);
                  }
                  errors++;
                }
                if (data116 <= 0 || isNaN(data116)) {
                  const err186 = { instancePath: instancePath + "/gates/champion/alpha", schemaPath: "#/properties/gates/properties/champion/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.gates.properties.champion.properties.alpha, data: data116 };
                  if (vErrors === null) {
                    vErrors = [err186];
                  } else {
                    vErrors.push(err186);
                  }
                  errors++;
                }
              } else {
                const err187 = { instancePath: instancePath + "/gates/champion/alpha", schemaPath: "#/properties/gates/properties/champion/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.champion.properties.alpha.type, parentSchema: schema19.properties.gates.properties.champion.properties.alpha, data: data116 };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
          } else {
            const err188 = { instancePath: instancePath + "/gates/champion", schemaPath: "#/properties/gates/properties/champion/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.champion.type, parentSchema: schema19.properties.gates.properties.champion, data: data112 };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
        if (data68.fairness !== void 0) {
          let data117 = data68.fairness;
          if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
            if (data117.attributes === void 0) {
              const err189 = { instancePath: instancePath + "/gates/fairness", schemaPath: "#/properties/gates/properties/fairness/required", keyword: "required", params: { missingProperty: "attributes" }, message: "must have required property 'attributes'", schema: schema19.properties.gates.properties.fairness.required, parentSchema: schema19.properties.gates.properties.fairness, data: data117 };
              if (vErrors === null) {
                vErrors = [err189];
              } else {
                vErrors.push(err189);
              }
              errors++;
            }
            for (const key26 in data117) {
              if (!(key26 === "attributes" || key26 === "intersections" || key26 === "min_group_size" || key26 === "metrics" || key26 === "disparity_band" || key26 === "rule" || key26 === "alpha")) {
                const err190 = { instancePath: instancePath + "/gates/fairness", schemaPath: "#/properties/gates/properties/fairness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.fairness, data: data117 };
                if (vErrors === null) {
                  vErrors = [err190];
                } else {
                  vErrors.push(err190);
                }
                errors++;
              }
            }
            if (data117.attributes !== void 0) {
              let data118 = data117.attributes;
              if (Array.isArray(data118)) {
                if (data118.length < 1) {
                  const err191 = { instancePath: instancePath + "/gates/fairness/attributes", schemaPath: "#/properties/gates/properties/fairness/properties/attributes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.gates.properties.fairness.properties.attributes, data: data118 };
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
                const len9 = data118.length;
                for (let i12 = 0; i12 < len9; i12++) {
                  let data119 = data118[i12];
                  if (typeof data119 !== "string") {
                    const err192 = { instancePath: instancePath + "/gates/fairness/attributes/" + i12, schemaPath: "#/properties/gates/properties/fairness/properties/attributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.gates.properties.fairness.properties.attributes.items.type, parentSchema: schema19.properties.gates.properties.fairness.properties.attributes.items, data: data119 };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                }
                let i13 = data118.length;
                let j3;
                if (i13 > 1) {
                  const indices3 = {};
                  for (; i13--; ) {
                    let item3 = data118[i13];
                    if (typeof item3 !== "string") {
                      continue;
                    }
                    if (typeof indices3[item3] == "number") {
                      j3 = indices3[item3];
                      const err193 = { instancePath: instancePath + "/gates/fairness/attributes", schemaPath: "#/properties/gates/properties/fairness/properties/attributes/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i13 + " are identical)", schema: true, parentSchema: schema19.properties.gates.properties.fairness.properties.attributes, data: data118 };
                      if (vErrors === null) {
                        vErrors = [err193];
                      } else {
                        vErrors.push(err193);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i13;
                  }
                }
              } else {
                const err194 = { instancePath: instancePath + "/gates/fairness/attributes", schemaPath: "#/properties/gates/properties/fairness/properties/attributes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.gates.properties.fairness.properties.attributes.type, parentSchema: schema19.properties.gates.properties.fairness.properties.attributes, data: data118 };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors++;
              }
            }
            if (data117.intersections !== void 0) {
              let data120 = data117.intersections;
              if (typeof data120 !== "boolean") {
                const err195 = { instancePath: instancePath + "/gates/fairness/intersections", schemaPath: "#/properties/gates/properties/fairness/properties/intersections/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.gates.properties.fairness.properties.intersections.type, parentSchema: schema19.properties.gates.properties.fairness.properties.intersections, data: data120 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data117.min_group_size !== void 0) {
              let data121 = data117.min_group_size;
              if (!(typeof data121 == "number" && (!(data121 % 1) && !isNaN(data121)) && isFinite(data121))) {
                const err196 = { instancePath: instancePath + "/gates/fairness/min_group_size", schemaPath: "#/properties/gates/properties/fairness/properties/min_group_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.gates.properties.fairness.properties.min_group_size.type, parentSchema: schema19.properties.gates.properties.fairness.properties.min_group_size, data: data121 };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
              if (typeof data121 == "number" && isFinite(data121)) {
                if (data121 < 1 || isNaN(data121)) {
                  const err197 = { instancePath: instancePath + "/gates/fairness/min_group_size", schemaPath: "#/properties/gates/properties/fairness/properties/min_group_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.gates.properties.fairness.properties.min_group_size, data: data121 };
                  if (vErrors === null) {
                    vErrors = [err197];
                  } else {
                    vErrors.push(err197);
                  }
                  errors++;
                }
              }
            }
            if (data117.metrics !== void 0) {
              let data122 = data117.metrics;
              if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
                for (const key27 in data122) {
                  if (!func1.call(schema19.properties.gates.properties.fairness.properties.metrics.properties, key27)) {
                    const err198 = { instancePath: instancePath + "/gates/fairness/metrics", schemaPath: "#/properties/gates/properties/fairness/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.fairness.properties.metrics, data: data122 };
                    if (vErrors === null) {
                      vErrors = [err198];
                    } else {
                      vErrors.push(err198);
                    }
                    errors++;
                  }
                }
                if (data122.demographic_parity_difference !== void 0) {
                  if (!validate60(data122.demographic_parity_difference, { instancePath: instancePath + "/gates/fairness/metrics/demographic_parity_difference", parentData: data122, parentDataProperty: "demographic_parity_difference", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.demographic_parity_ratio !== void 0) {
                  if (!validate60(data122.demographic_parity_ratio, { instancePath: instancePath + "/gates/fairness/metrics/demographic_parity_ratio", parentData: data122, parentDataProperty: "demographic_parity_ratio", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.equal_opportunity_difference !== void 0) {
                  if (!validate60(data122.equal_opportunity_difference, { instancePath: instancePath + "/gates/fairness/metrics/equal_opportunity_difference", parentData: data122, parentDataProperty: "equal_opportunity_difference", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.equal_opportunity_ratio !== void 0) {
                  if (!validate60(data122.equal_opportunity_ratio, { instancePath: instancePath + "/gates/fairness/metrics/equal_opportunity_ratio", parentData: data122, parentDataProperty: "equal_opportunity_ratio", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.equalized_odds_difference !== void 0) {
                  if (!validate60(data122.equalized_odds_difference, { instancePath: instancePath + "/gates/fairness/metrics/equalized_odds_difference", parentData: data122, parentDataProperty: "equalized_odds_difference", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.equalized_odds_ratio !== void 0) {
                  if (!validate60(data122.equalized_odds_ratio, { instancePath: instancePath + "/gates/fairness/metrics/equalized_odds_ratio", parentData: data122, parentDataProperty: "equalized_odds_ratio", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.fpr_disparity !== void 0) {
                  if (!validate60(data122.fpr_disparity, { instancePath: instancePath + "/gates/fairness/metrics/fpr_disparity", parentData: data122, parentDataProperty: "fpr_disparity", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.fnr_disparity !== void 0) {
                  if (!validate60(data122.fnr_disparity, { instancePath: instancePath + "/gates/fairness/metrics/fnr_disparity", parentData: data122, parentDataProperty: "fnr_disparity", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.fdr_disparity !== void 0) {
                  if (!validate60(data122.fdr_disparity, { instancePath: instancePath + "/gates/fairness/metrics/fdr_disparity", parentData: data122, parentDataProperty: "fdr_disparity", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.for_disparity !== void 0) {
                  if (!validate60(data122.for_disparity, { instancePath: instancePath + "/gates/fairness/metrics/for_disparity", parentData: data122, parentDataProperty: "for_disparity", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.ppr_disparity !== void 0) {
                  if (!validate60(data122.ppr_disparity, { instancePath: instancePath + "/gates/fairness/metrics/ppr_disparity", parentData: data122, parentDataProperty: "ppr_disparity", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.pprev_disparity !== void 0) {
                  if (!validate60(data122.pprev_disparity, { instancePath: instancePath + "/gates/fairness/metrics/pprev_disparity", parentData: data122, parentDataProperty: "pprev_disparity", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
                if (data122.mae_difference !== void 0) {
                  if (!validate60(data122.mae_difference, { instancePath: instancePath + "/gates/fairness/metrics/mae_difference", parentData: data122, parentDataProperty: "mae_difference", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err199 = { instancePath: instancePath + "/gates/fairness/metrics", schemaPath: "#/properties/gates/properties/fairness/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.fairness.properties.metrics.type, parentSchema: schema19.properties.gates.properties.fairness.properties.metrics, data: data122 };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            }
            if (data117.disparity_band !== void 0) {
              if (!validate60(data117.disparity_band, { instancePath: instancePath + "/gates/fairness/disparity_band", parentData: data117, parentDataProperty: "disparity_band", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
              }
            }
            if (data117.rule !== void 0) {
              let data137 = data117.rule;
              if (!(data137 === "evidence" || data137 === "point-estimate")) {
                const err200 = { instancePath: instancePath + "/gates/fairness/rule", schemaPath: "#/properties/gates/properties/fairness/properties/rule/enum", keyword: "enum", params: { allowedValues: schema19.properties.gates.properties.fairness.properties.rule.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.gates.properties.fairness.properties.rule.enum, parentSchema: schema19.properties.gates.properties.fairness.properties.rule, data: data137 };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
            if (data117.alpha !== void 0) {
              let data138 = data117.alpha;
              if (typeof data138 == "number" && isFinite(data138)) {
                if (data138 >= 1 || isNaN(data138)) {
                  const err201 = { instancePath: instancePath + "/gates/fairness/alpha", schemaPath: "#/properties/gates/properties/fairness/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema19.properties.gates.properties.fairness.properties.alpha, data: data138 };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                }
                if (data138 <= 0 || isNaN(data138)) {
                  const err202 = { instancePath: instancePath + "/gates/fairness/alpha", schemaPath: "#/properties/gates/properties/fairness/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.gates.properties.fairness.properties.alpha, data: data138 };
                  if (vErrors === null) {
                    vErrors = [err202];
                  } else {
                    vErrors.push(err202);
                  }
                  errors++;
                }
              } else {
                const err203 = { instancePath: instancePath + "/gates/fairness/alpha", schemaPath: "#/properties/gates/properties/fairness/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.fairness.properties.alpha.type, parentSchema: schema19.properties.gates.properties.fairness.properties.alpha, data: data138 };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors++;
              }
            }
          } else {
            const err204 = { instancePath: instancePath + "/gates/fairness", schemaPath: "#/properties/gates/properties/fairness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.fairness.type, parentSchema: schema19.properties.gates.properties.fairness, data: data117 };
            if (vErrors === null) {
              vErrors = [err204];
            } else {
              vErrors.push(err204);
            }
            errors++;
          }
        }
        if (data68.drift !== void 0) {
          let data139 = data68.drift;
          if (data139 && typeof data139 == "object" && !Array.isArray(data139)) {
            for (const key28 in data139) {
              if (!(key28 === "method" || key28 === "threshold" || key28 === "threshold_mode" || key28 === "drift_share" || key28 === "correction" || key28 === "columns" || key28 === "prediction" || key28 === "domain_classifier")) {
                const err205 = { instancePath: instancePath + "/gates/drift", schemaPath: "#/properties/gates/properties/drift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.drift, data: data139 };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
            if (data139.method !== void 0) {
              let data140 = data139.method;
              if (!(data140 === "auto" || data140 === "ks" || data140 === "chi2" || data140 === "z" || data140 === "psi" || data140 === "jensenshannon" || data140 === "wasserstein" || data140 === "hellinger")) {
                const err206 = { instancePath: instancePath + "/gates/drift/method", schemaPath: "#/properties/gates/properties/drift/properties/method/enum", keyword: "enum", params: { allowedValues: schema19.properties.gates.properties.drift.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.gates.properties.drift.properties.method.enum, parentSchema: schema19.properties.gates.properties.drift.properties.method, data: data140 };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
            }
            if (data139.threshold !== void 0) {
              let data141 = data139.threshold;
              if (typeof data141 == "number" && isFinite(data141)) {
                if (data141 <= 0 || isNaN(data141)) {
                  const err207 = { instancePath: instancePath + "/gates/drift/threshold", schemaPath: "#/properties/gates/properties/drift/properties/threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.gates.properties.drift.properties.threshold, data: data141 };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
              } else {
                const err208 = { instancePath: instancePath + "/gates/drift/threshold", schemaPath: "#/properties/gates/properties/drift/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.drift.properties.threshold.type, parentSchema: schema19.properties.gates.properties.drift.properties.threshold, data: data141 };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
            if (data139.threshold_mode !== void 0) {
              let data142 = data139.threshold_mode;
              if (!(data142 === "calibrated" || data142 === "fixed")) {
                const err209 = { instancePath: instancePath + "/gates/drift/threshold_mode", schemaPath: "#/properties/gates/properties/drift/properties/threshold_mode/enum", keyword: "enum", params: { allowedValues: schema19.properties.gates.properties.drift.properties.threshold_mode.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.gates.properties.drift.properties.threshold_mode.enum, parentSchema: schema19.properties.gates.properties.drift.properties.threshold_mode, data: data142 };
                if (vErrors === null) {
                  vErrors = [err209];
                } else {
                  vErrors.push(err209);
                }
                errors++;
              }
            }
            if (data139.drift_share !== void 0) {
              let data143 = data139.drift_share;
              if (typeof data143 == "number" && isFinite(data143)) {
                if (data143 > 1 || isNaN(data143)) {
                  const err210 = { instancePath: instancePath + "/gates/drift/drift_share", schemaPath: "#/properties/gates/properties/drift/properties/drift_share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.gates.properties.drift.properties.drift_share, data: data143 };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
                if (data143 <= 0 || isNaN(data143)) {
                  const err211 = { instancePath: instancePath + "/gates/drift/drift_share", schemaPath: "#/properties/gates/properties/drift/properties/drift_share/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.gates.properties.drift.properties.drift_share, data: data143 };
                  if (vErrors === null) {
                    vErrors = [err211];
                  } else {
                    vErrors.push(err211);
                  }
                  errors++;
                }
              } else {
                const err212 = { instancePath: instancePath + "/gates/drift/drift_share", schemaPath: "#/properties/gates/properties/drift/properties/drift_share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.drift.properties.drift_share.type, parentSchema: schema19.properties.gates.properties.drift.properties.drift_share, data: data143 };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            }
            if (data139.correction !== void 0) {
              let data144 = data139.correction;
              if (!(data144 === "none" || data144 === "bonferroni" || data144 === "benjamini-hochberg")) {
                const err213 = { instancePath: instancePath + "/gates/drift/correction", schemaPath: "#/properties/gates/properties/drift/properties/correction/enum", keyword: "enum", params: { allowedValues: schema19.properties.gates.properties.drift.properties.correction.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.gates.properties.drift.properties.correction.enum, parentSchema: schema19.properties.gates.properties.drift.properties.correction, data: data144 };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
            }
            if (data139.columns !== void 0) {
              let data145 = data139.columns;
              if (data145 && typeof data145 == "object" && !Array.isArray(data145)) {
                for (const key29 in data145) {
                  let data146 = data145[key29];
                  if (data146 && typeof data146 == "object" && !Array.isArray(data146)) {
                    for (const key30 in data146) {
                      if (!(key30 === "method" || key30 === "threshold")) {
                        const err214 = { instancePath: instancePath + "/gates/drift/columns/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/properties/drift/properties/columns/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.drift.properties.columns.additionalProperties, data: data146 };
                        if (vErrors === null) {
                          vErrors = [err214];
                        } else {
                          vErrors.push(err214);
                        }
                        errors++;
                      }
                    }
                    if (data146.method !== void 0) {
                      let data147 = data146.method;
                      if (!(data147 === "auto" || data147 === "ks" || data147 === "chi2" || data147 === "z" || data147 === "psi" || data147 === "jensenshannon" || data147 === "wasserstein" || data147 === "hellinger")) {
                        const err215 = { instancePath: instancePath + "/gates/drift/columns/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/method", schemaPath: "#/properties/gates/properties/drift/properties/columns/additionalProperties/properties/method/enum", keyword: "enum", params: { allowedValues: schema19.properties.gates.properties.drift.properties.columns.additionalProperties.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.gates.properties.drift.properties.columns.additionalProperties.properties.method.enum, parentSchema: schema19.properties.gates.properties.drift.properties.columns.additionalProperties.properties.method, data: data147 };
                        if (vErrors === null) {
                          vErrors = [err215];
                        } else {
                          vErrors.push(err215);
                        }
                        errors++;
                      }
                    }
                    if (data146.threshold !== void 0) {
                      let data148 = data146.threshold;
                      if (typeof data148 == "number" && isFinite(data148)) {
                        if (data148 <= 0 || isNaN(data148)) {
                          const err216 = { instancePath: instancePath + "/gates/drift/columns/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", schemaPath: "#/properties/gates/properties/drift/properties/columns/additionalProperties/properties/threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.gates.properties.drift.properties.columns.additionalProperties.properties.threshold, data: data148 };
                          if (vErrors === null) {
                            vErrors = [err216];
                          } else {
                            vErrors.push(err216);
                          }
                          errors++;
                        }
                      } else {
                        const err217 = { instancePath: instancePath + "/gates/drift/columns/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", schemaPath: "#/properties/gates/properties/drift/properties/columns/additionalProperties/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.drift.properties.columns.additionalProperties.properties.threshold.type, parentSchema: schema19.properties.gates.properties.drift.properties.columns.additionalProperties.properties.threshold, data: data148 };
                        if (vErrors === null) {
                          vErrors = [err217];
                        } else {
                          vErrors.push(err217);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err218 = { instancePath: instancePath + "/gates/drift/columns/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/properties/drift/properties/columns/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.drift.properties.columns.additionalProperties.type, parentSchema: schema19.properties.gates.properties.drift.properties.columns.additionalProperties, data: data146 };
                    if (vErrors === null) {
                      vErrors = [err218];
                    } else {
                      vErrors.push(err218);
                    }
                    errors++;
                  }
                }
              } else {
                const err219 = { instancePath: instancePath + "/gates/drift/columns", schemaPath: "#/properties/gates/properties/drift/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.drift.properties.columns.type, parentSchema: schema19.properties.gates.properties.drift.properties.columns, data: data145 };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
            }
            if (data139.prediction !== void 0) {
              let data149 = data139.prediction;
              if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                for (const key31 in data149) {
                  if (!(key31 === "method" || key31 === "threshold")) {
                    const err220 = { instancePath: instancePath + "/gates/drift/prediction", schemaPath: "#/properties/gates/properties/drift/properties/prediction/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.drift.properties.prediction, data: data149 };
                    if (vErrors === null) {
                      vErrors = [err220];
                    } else {
                      vErrors.push(err220);
                    }
                    errors++;
                  }
                }
                if (data149.method !== void 0) {
                  let data150 = data149.method;
                  if (!(data150 === "auto" || data150 === "ks" || data150 === "chi2" || data150 === "z" || data150 === "psi" || data150 === "jensenshannon" || data150 === "wasserstein" || data150 === "hellinger")) {
                    const err221 = { instancePath: instancePath + "/gates/drift/prediction/method", schemaPath: "#/properties/gates/properties/drift/properties/prediction/properties/method/enum", keyword: "enum", params: { allowedValues: schema19.properties.gates.properties.drift.properties.prediction.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.gates.properties.drift.properties.prediction.properties.method.enum, parentSchema: schema19.properties.gates.properties.drift.properties.prediction.properties.method, data: data150 };
                    if (vErrors === null) {
                      vErrors = [err221];
                    } else {
                      vErrors.push(err221);
                    }
                    errors++;
                  }
                }
                if (data149.threshold !== void 0) {
                  let data151 = data149.threshold;
                  if (typeof data151 == "number" && isFinite(data151)) {
                    if (data151 <= 0 || isNaN(data151)) {
                      const err222 = { instancePath: instancePath + "/gates/drift/prediction/threshold", schemaPath: "#/properties/gates/properties/drift/properties/prediction/properties/threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.gates.properties.drift.properties.prediction.properties.threshold, data: data151 };
                      if (vErrors === null) {
                        vErrors = [err222];
                      } else {
                        vErrors.push(err222);
                      }
                      errors++;
                    }
                  } else {
                    const err223 = { instancePath: instancePath + "/gates/drift/prediction/threshold", schemaPath: "#/properties/gates/properties/drift/properties/prediction/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.drift.properties.prediction.properties.threshold.type, parentSchema: schema19.properties.gates.properties.drift.properties.prediction.properties.threshold, data: data151 };
                    if (vErrors === null) {
                      vErrors = [err223];
                    } else {
                      vErrors.push(err223);
                    }
                    errors++;
                  }
                }
              } else {
                const err224 = { instancePath: instancePath + "/gates/drift/prediction", schemaPath: "#/properties/gates/properties/drift/properties/prediction/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.drift.properties.prediction.type, parentSchema: schema19.properties.gates.properties.drift.properties.prediction, data: data149 };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
            }
            if (data139.domain_classifier !== void 0) {
              let data152 = data139.domain_classifier;
              if (data152 && typeof data152 == "object" && !Array.isArray(data152)) {
                for (const key32 in data152) {
                  if (!(key32 === "alpha" || key32 === "permutations" || key32 === "auc_band")) {
                    const err225 = { instancePath: instancePath + "/gates/drift/domain_classifier", schemaPath: "#/properties/gates/properties/drift/properties/domain_classifier/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.gates.properties.drift.properties.domain_classifier, data: data152 };
                    if (vErrors === null) {
                      vErrors = [err225];
                    } else {
                      vErrors.push(err225);
                    }
                    errors++;
                  }
                }
                if (data152.alpha !== void 0) {
                  let data153 = data152.alpha;
                  if (typeof data153 == "number" && isFinite(data153)) {
                    if (data153 >= 1 || isNaN(data153)) {
                      const err226 = { instancePath: instancePath + "/gates/drift/domain_classifier/alpha", schemaPath: "#/properties/gates/properties/drift/properties/domain_classifier/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.alpha, data: data153 };
                      if (vErrors === null) {
                        vErrors = [err226];
                      } else {
                        vErrors.push(err226);
                      }
                      errors++;
                    }
                    if (data153 <= 0 || isNaN(data153)) {
                      const err227 = { instancePath: instancePath + "/gates/drift/domain_classifier/alpha", schemaPath: "#/properties/gates/properties/drift/properties/domain_classifier/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.alpha, data: data153 };
                      if (vErrors === null) {
                        vErrors = [err227];
                      } else {
                        vErrors.push(err227);
                      }
                      errors++;
                    }
                  } else {
                    const err228 = { instancePath: instancePath + "/gates/drift/domain_classifier/alpha", schemaPath: "#/properties/gates/properties/drift/properties/domain_classifier/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.alpha.type, parentSchema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.alpha, data: data153 };
                    if (vErrors === null) {
                      vErrors = [err228];
                    } else {
                      vErrors.push(err228);
                    }
                    errors++;
                  }
                }
                if (data152.permutations !== void 0) {
                  let data154 = data152.permutations;
                  if (!(typeof data154 == "number" && (!(data154 % 1) && !isNaN(data154)) && isFinite(data154))) {
                    const err229 = { instancePath: instancePath + "/gates/drift/domain_classifier/permutations", schemaPath: "#/properties/gates/properties/drift/properties/domain_classifier/properties/permutations/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.permutations.type, parentSchema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.permutations, data: data154 };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                  if (typeof data154 == "number" && isFinite(data154)) {
                    if (data154 < 19 || isNaN(data154)) {
                      const err230 = { instancePath: instancePath + "/gates/drift/domain_classifier/permutations", schemaPath: "#/properties/gates/properties/drift/properties/domain_classifier/properties/permutations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 19 }, message: "must be >= 19", schema: 19, parentSchema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.permutations, data: data154 };
                      if (vErrors === null) {
                        vErrors = [err230];
                      } else {
                        vErrors.push(err230);
                      }
                      errors++;
                    }
                  }
                }
                if (data152.auc_band !== void 0) {
                  let data155 = data152.auc_band;
                  if (!validate60(data155, { instancePath: instancePath + "/gates/drift/domain_classifier/auc_band", parentData: data152, parentDataProperty: "auc_band", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                    errors = vErrors.length;
                  }
                  if (data155 && typeof data155 == "object" && !Array.isArray(data155)) {
                    if (data155.max === void 0) {
                      const err231 = { instancePath: instancePath + "/gates/drift/domain_classifier/auc_band", schemaPath: "#/properties/gates/properties/drift/properties/domain_classifier/properties/auc_band/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.auc_band.required, parentSchema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.auc_band, data: data155 };
                      if (vErrors === null) {
                        vErrors = [err231];
                      } else {
                        vErrors.push(err231);
                      }
                      errors++;
                    }
                  } else {
                    const err232 = { instancePath: instancePath + "/gates/drift/domain_classifier/auc_band", schemaPath: "#/properties/gates/properties/drift/properties/domain_classifier/properties/auc_band/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.auc_band.type, parentSchema: schema19.properties.gates.properties.drift.properties.domain_classifier.properties.auc_band, data: data155 };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                }
              } else {
                const err233 = { instancePath: instancePath + "/gates/drift/domain_classifier", schemaPath: "#/properties/gates/properties/drift/properties/domain_classifier/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.drift.properties.domain_classifier.type, parentSchema: schema19.properties.gates.properties.drift.properties.domain_classifier, data: data152 };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
            }
          } else {
            const err234 = { instancePath: instancePath + "/gates/drift", schemaPath: "#/properties/gates/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.properties.drift.type, parentSchema: schema19.properties.gates.properties.drift, data: data139 };
            if (vErrors === null) {
              vErrors = [err234];
            } else {
              vErrors.push(err234);
            }
            errors++;
          }
        }
      } else {
        const err235 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.gates.type, parentSchema: schema19.properties.gates, data: data68 };
        if (vErrors === null) {
          vErrors = [err235];
        } else {
          vErrors.push(err235);
        }
        errors++;
      }
    }
    if (data.monitoring !== void 0) {
      let data156 = data.monitoring;
      if (data156 && typeof data156 == "object" && !Array.isArray(data156)) {
        for (const key33 in data156) {
          if (!(key33 === "current" || key33 === "chunks" || key33 === "labels" || key33 === "schedule" || key33 === "alerting" || key33 === "labels_delay" || key33 === "retraining")) {
            const err236 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.monitoring, data: data156 };
            if (vErrors === null) {
              vErrors = [err236];
            } else {
              vErrors.push(err236);
            }
            errors++;
          }
        }
        if (data156.current !== void 0) {
          if (!validate99(data156.current, { instancePath: instancePath + "/monitoring/current", parentData: data156, parentDataProperty: "current", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
            errors = vErrors.length;
          }
        }
        if (data156.chunks !== void 0) {
          let data158 = data156.chunks;
          if (data158 && typeof data158 == "object" && !Array.isArray(data158)) {
            for (const key34 in data158) {
              if (!(key34 === "period" || key34 === "time_zone" || key34 === "size" || key34 === "count" || key34 === "min_rows" || key34 === "thresholds" || key34 === "reference_until" || key34 === "reference")) {
                const err237 = { instancePath: instancePath + "/monitoring/chunks", schemaPath: "#/properties/monitoring/properties/chunks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.monitoring.properties.chunks, data: data158 };
                if (vErrors === null) {
                  vErrors = [err237];
                } else {
                  vErrors.push(err237);
                }
                errors++;
              }
            }
            if (data158.period !== void 0) {
              let data159 = data158.period;
              if (!(data159 === "day" || data159 === "week" || data159 === "month")) {
                const err238 = { instancePath: instancePath + "/monitoring/chunks/period", schemaPath: "#/properties/monitoring/properties/chunks/properties/period/enum", keyword: "enum", params: { allowedValues: schema19.properties.monitoring.properties.chunks.properties.period.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.monitoring.properties.chunks.properties.period.enum, parentSchema: schema19.properties.monitoring.properties.chunks.properties.period, data: data159 };
                if (vErrors === null) {
                  vErrors = [err238];
                } else {
                  vErrors.push(err238);
                }
                errors++;
              }
            }
            if (data158.time_zone !== void 0) {
              let data160 = data158.time_zone;
              if (typeof data160 === "string") {
                if (func2(data160) < 1) {
                  const err239 = { instancePath: instancePath + "/monitoring/chunks/time_zone", schemaPath: "#/properties/monitoring/properties/chunks/properties/time_zone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.monitoring.properties.chunks.properties.time_zone, data: data160 };
                  if (vErrors === null) {
                    vErrors = [err239];
                  } else {
                    vErrors.push(err239);
                  }
                  errors++;
                }
              } else {
                const err240 = { instancePath: instancePath + "/monitoring/chunks/time_zone", schemaPath: "#/properties/monitoring/properties/chunks/properties/time_zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.chunks.properties.time_zone.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.time_zone, data: data160 };
                if (vErrors === null) {
                  vErrors = [err240];
                } else {
                  vErrors.push(err240);
                }
                errors++;
              }
            }
            if (data158.size !== void 0) {
              let data161 = data158.size;
              if (!(typeof data161 == "number" && (!(data161 % 1) && !isNaN(data161)) && isFinite(data161))) {
                const err241 = { instancePath: instancePath + "/monitoring/chunks/size", schemaPath: "#/properties/monitoring/properties/chunks/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.monitoring.properties.chunks.properties.size.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.size, data: data161 };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
              if (typeof data161 == "number" && isFinite(data161)) {
                if (data161 < 1 || isNaN(data161)) {
                  const err242 = { instancePath: instancePath + "/monitoring/chunks/size", schemaPath: "#/properties/monitoring/properties/chunks/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.monitoring.properties.chunks.properties.size, data: data161 };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
              }
            }
            if (data158.count !== void 0) {
              let data162 = data158.count;
              if (!(typeof data162 == "number" && (!(data162 % 1) && !isNaN(data162)) && isFinite(data162))) {
                const err243 = { instancePath: instancePath + "/monitoring/chunks/count", schemaPath: "#/properties/monitoring/properties/chunks/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.monitoring.properties.chunks.properties.count.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.count, data: data162 };
                if (vErrors === null) {
                  vErrors = [err243];
                } else {
                  vErrors.push(err243);
                }
                errors++;
              }
              if (typeof data162 == "number" && isFinite(data162)) {
                if (data162 < 1 || isNaN(data162)) {
                  const err244 = { instancePath: instancePath + "/monitoring/chunks/count", schemaPath: "#/properties/monitoring/properties/chunks/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.monitoring.properties.chunks.properties.count, data: data162 };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
              }
            }
            if (data158.min_rows !== void 0) {
              let data163 = data158.min_rows;
              if (!(typeof data163 == "number" && (!(data163 % 1) && !isNaN(data163)) && isFinite(data163))) {
                const err245 = { instancePath: instancePath + "/monitoring/chunks/min_rows", schemaPath: "#/properties/monitoring/properties/chunks/properties/min_rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.monitoring.properties.chunks.properties.min_rows.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.min_rows, data: data163 };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
              if (typeof data163 == "number" && isFinite(data163)) {
                if (data163 < 0 || isNaN(data163)) {
                  const err246 = { instancePath: instancePath + "/monitoring/chunks/min_rows", schemaPath: "#/properties/monitoring/properties/chunks/properties/min_rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.monitoring.properties.chunks.properties.min_rows, data: data163 };
                  if (vErrors === null) {
                    vErrors = [err246];
                  } else {
                    vErrors.push(err246);
                  }
                  errors++;
                }
              }
            }
            if (data158.thresholds !== void 0) {
              let data164 = data158.thresholds;
              if (data164 && typeof data164 == "object" && !Array.isArray(data164)) {
                for (const key35 in data164) {
                  if (!(key35 === "rule" || key35 === "alpha" || key35 === "k" || key35 === "lower" || key35 === "upper")) {
                    const err247 = { instancePath: instancePath + "/monitoring/chunks/thresholds", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds, data: data164 };
                    if (vErrors === null) {
                      vErrors = [err247];
                    } else {
                      vErrors.push(err247);
                    }
                    errors++;
                  }
                }
                if (data164.rule !== void 0) {
                  let data165 = data164.rule;
                  if (!(data165 === "calibrated" || data165 === "std" || data165 === "quantile")) {
                    const err248 = { instancePath: instancePath + "/monitoring/chunks/thresholds/rule", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/rule/enum", keyword: "enum", params: { allowedValues: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.rule.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.rule.enum, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.rule, data: data165 };
                    if (vErrors === null) {
                      vErrors = [err248];
                    } else {
                      vErrors.push(err248);
                    }
                    errors++;
                  }
                }
                if (data164.alpha !== void 0) {
                  let data166 = data164.alpha;
                  if (typeof data166 == "number" && isFinite(data166)) {
                    if (data166 >= 1 || isNaN(data166)) {
                      const err249 = { instancePath: instancePath + "/monitoring/chunks/thresholds/alpha", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.alpha, data: data166 };
                      if (vErrors === null) {
                        vErrors = [err249];
                      } else {
                        vErrors.push(err249);
                      }
                      errors++;
                    }
                    if (data166 <= 0 || isNaN(data166)) {
                      const err250 = { instancePath: instancePath + "/monitoring/chunks/thresholds/alpha", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.alpha, data: data166 };
                      if (vErrors === null) {
                        vErrors = [err250];
                      } else {
                        vErrors.push(err250);
                      }
                      errors++;
                    }
                  } else {
                    const err251 = { instancePath: instancePath + "/monitoring/chunks/thresholds/alpha", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.alpha.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.alpha, data: data166 };
                    if (vErrors === null) {
                      vErrors = [err251];
                    } else {
                      vErrors.push(err251);
                    }
                    errors++;
                  }
                }
                if (data164.k !== void 0) {
                  let data167 = data164.k;
                  if (typeof data167 == "number" && isFinite(data167)) {
                    if (data167 <= 0 || isNaN(data167)) {
                      const err252 = { instancePath: instancePath + "/monitoring/chunks/thresholds/k", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/k/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.k, data: data167 };
                      if (vErrors === null) {
                        vErrors = [err252];
                      } else {
                        vErrors.push(err252);
                      }
                      errors++;
                    }
                  } else {
                    const err253 = { instancePath: instancePath + "/monitoring/chunks/thresholds/k", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/k/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.k.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.k, data: data167 };
                    if (vErrors === null) {
                      vErrors = [err253];
                    } else {
                      vErrors.push(err253);
                    }
                    errors++;
                  }
                }
                if (data164.lower !== void 0) {
                  let data168 = data164.lower;
                  if (typeof data168 == "number" && isFinite(data168)) {
                    if (data168 > 1 || isNaN(data168)) {
                      const err254 = { instancePath: instancePath + "/monitoring/chunks/thresholds/lower", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/lower/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.lower, data: data168 };
                      if (vErrors === null) {
                        vErrors = [err254];
                      } else {
                        vErrors.push(err254);
                      }
                      errors++;
                    }
                    if (data168 < 0 || isNaN(data168)) {
                      const err255 = { instancePath: instancePath + "/monitoring/chunks/thresholds/lower", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/lower/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.lower, data: data168 };
                      if (vErrors === null) {
                        vErrors = [err255];
                      } else {
                        vErrors.push(err255);
                      }
                      errors++;
                    }
                  } else {
                    const err256 = { instancePath: instancePath + "/monitoring/chunks/thresholds/lower", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/lower/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.lower.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.lower, data: data168 };
                    if (vErrors === null) {
                      vErrors = [err256];
                    } else {
                      vErrors.push(err256);
                    }
                    errors++;
                  }
                }
                if (data164.upper !== void 0) {
                  let data169 = data164.upper;
                  if (typeof data169 == "number" && isFinite(data169)) {
                    if (data169 > 1 || isNaN(data169)) {
                      const err257 = { instancePath: instancePath + "/monitoring/chunks/thresholds/upper", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/upper/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.upper, data: data169 };
                      if (vErrors === null) {
                        vErrors = [err257];
                      } else {
                        vErrors.push(err257);
                      }
                      errors++;
                    }
                    if (data169 < 0 || isNaN(data169)) {
                      const err258 = { instancePath: instancePath + "/monitoring/chunks/thresholds/upper", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/upper/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.upper, data: data169 };
                      if (vErrors === null) {
                        vErrors = [err258];
                      } else {
                        vErrors.push(err258);
                      }
                      errors++;
                    }
                  } else {
                    const err259 = { instancePath: instancePath + "/monitoring/chunks/thresholds/upper", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/properties/upper/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.upper.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds.properties.upper, data: data169 };
                    if (vErrors === null) {
                      vErrors = [err259];
                    } else {
                      vErrors.push(err259);
                    }
                    errors++;
                  }
                }
              } else {
                const err260 = { instancePath: instancePath + "/monitoring/chunks/thresholds", schemaPath: "#/properties/monitoring/properties/chunks/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.monitoring.properties.chunks.properties.thresholds.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.thresholds, data: data164 };
                if (vErrors === null) {
                  vErrors = [err260];
                } else {
                  vErrors.push(err260);
                }
                errors++;
              }
            }
            if (data158.reference_until !== void 0) {
              let data170 = data158.reference_until;
              if (typeof data170 === "string") {
                if (func2(data170) < 1) {
                  const err261 = { instancePath: instancePath + "/monitoring/chunks/reference_until", schemaPath: "#/properties/monitoring/properties/chunks/properties/reference_until/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.monitoring.properties.chunks.properties.reference_until, data: data170 };
                  if (vErrors === null) {
                    vErrors = [err261];
                  } else {
                    vErrors.push(err261);
                  }
                  errors++;
                }
              } else {
                const err262 = { instancePath: instancePath + "/monitoring/chunks/reference_until", schemaPath: "#/properties/monitoring/properties/chunks/properties/reference_until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.chunks.properties.reference_until.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.reference_until, data: data170 };
                if (vErrors === null) {
                  vErrors = [err262];
                } else {
                  vErrors.push(err262);
                }
                errors++;
              }
            }
            if (data158.reference !== void 0) {
              let data171 = data158.reference;
              if (Array.isArray(data171)) {
                if (data171.length < 1) {
                  const err263 = { instancePath: instancePath + "/monitoring/chunks/reference", schemaPath: "#/properties/monitoring/properties/chunks/properties/reference/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.monitoring.properties.chunks.properties.reference, data: data171 };
                  if (vErrors === null) {
                    vErrors = [err263];
                  } else {
                    vErrors.push(err263);
                  }
                  errors++;
                }
                const len10 = data171.length;
                for (let i14 = 0; i14 < len10; i14++) {
                  let data172 = data171[i14];
                  if (!(data172 === "reference" || data172 === "evaluation")) {
                    const err264 = { instancePath: instancePath + "/monitoring/chunks/reference/" + i14, schemaPath: "#/properties/monitoring/properties/chunks/properties/reference/items/enum", keyword: "enum", params: { allowedValues: schema19.properties.monitoring.properties.chunks.properties.reference.items.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.monitoring.properties.chunks.properties.reference.items.enum, parentSchema: schema19.properties.monitoring.properties.chunks.properties.reference.items, data: data172 };
                    if (vErrors === null) {
                      vErrors = [err264];
                    } else {
                      vErrors.push(err264);
                    }
                    errors++;
                  }
                }
                let i15 = data171.length;
                let j4;
                if (i15 > 1) {
                  outer0: for (; i15--; ) {
                    for (j4 = i15; j4--; ) {
                      if (func0(data171[i15], data171[j4])) {
                        const err265 = { instancePath: instancePath + "/monitoring/chunks/reference", schemaPath: "#/properties/monitoring/properties/chunks/properties/reference/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i15 + " are identical)", schema: true, parentSchema: schema19.properties.monitoring.properties.chunks.properties.reference, data: data171 };
                        if (vErrors === null) {
                          vErrors = [err265];
                        } else {
                          vErrors.push(err265);
                        }
                        errors++;
                        break outer0;
                      }
                    }
                  }
                }
              } else {
                const err266 = { instancePath: instancePath + "/monitoring/chunks/reference", schemaPath: "#/properties/monitoring/properties/chunks/properties/reference/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.monitoring.properties.chunks.properties.reference.type, parentSchema: schema19.properties.monitoring.properties.chunks.properties.reference, data: data171 };
                if (vErrors === null) {
                  vErrors = [err266];
                } else {
                  vErrors.push(err266);
                }
                errors++;
              }
            }
          } else {
            const err267 = { instancePath: instancePath + "/monitoring/chunks", schemaPath: "#/properties/monitoring/properties/chunks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.monitoring.properties.chunks.type, parentSchema: schema19.properties.monitoring.properties.chunks, data: data158 };
            if (vErrors === null) {
              vErrors = [err267];
            } else {
              vErrors.push(err267);
            }
            errors++;
          }
        }
        if (data156.labels !== void 0) {
          let data173 = data156.labels;
          if (data173 && typeof data173 == "object" && !Array.isArray(data173)) {
            for (const key36 in data173) {
              if (!(key36 === "path" || key36 === "glob" || key36 === "query" || key36 === "relative_to" || key36 === "format" || key36 === "id" || key36 === "column")) {
                const err268 = { instancePath: instancePath + "/monitoring/labels", schemaPath: "#/properties/monitoring/properties/labels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.monitoring.properties.labels, data: data173 };
                if (vErrors === null) {
                  vErrors = [err268];
                } else {
                  vErrors.push(err268);
                }
                errors++;
              }
            }
            if (data173.path !== void 0) {
              if (!validate53(data173.path, { instancePath: instancePath + "/monitoring/labels/path", parentData: data173, parentDataProperty: "path", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
            if (data173.glob !== void 0) {
              let data175 = data173.glob;
              if (typeof data175 === "string") {
                if (func2(data175) < 1) {
                  const err269 = { instancePath: instancePath + "/monitoring/labels/glob", schemaPath: "#/properties/monitoring/properties/labels/properties/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.monitoring.properties.labels.properties.glob, data: data175 };
                  if (vErrors === null) {
                    vErrors = [err269];
                  } else {
                    vErrors.push(err269);
                  }
                  errors++;
                }
              } else {
                const err270 = { instancePath: instancePath + "/monitoring/labels/glob", schemaPath: "#/properties/monitoring/properties/labels/properties/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.labels.properties.glob.type, parentSchema: schema19.properties.monitoring.properties.labels.properties.glob, data: data175 };
                if (vErrors === null) {
                  vErrors = [err270];
                } else {
                  vErrors.push(err270);
                }
                errors++;
              }
            }
            if (data173.query !== void 0) {
              let data176 = data173.query;
              if (typeof data176 === "string") {
                if (func2(data176) < 1) {
                  const err271 = { instancePath: instancePath + "/monitoring/labels/query", schemaPath: "#/properties/monitoring/properties/labels/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.monitoring.properties.labels.properties.query, data: data176 };
                  if (vErrors === null) {
                    vErrors = [err271];
                  } else {
                    vErrors.push(err271);
                  }
                  errors++;
                }
              } else {
                const err272 = { instancePath: instancePath + "/monitoring/labels/query", schemaPath: "#/properties/monitoring/properties/labels/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.labels.properties.query.type, parentSchema: schema19.properties.monitoring.properties.labels.properties.query, data: data176 };
                if (vErrors === null) {
                  vErrors = [err272];
                } else {
                  vErrors.push(err272);
                }
                errors++;
              }
            }
            if (data173.relative_to !== void 0) {
              let data177 = data173.relative_to;
              if (!(data177 === "repository" || data177 === "workspace")) {
                const err273 = { instancePath: instancePath + "/monitoring/labels/relative_to", schemaPath: "#/properties/monitoring/properties/labels/properties/relative_to/enum", keyword: "enum", params: { allowedValues: schema19.properties.monitoring.properties.labels.properties.relative_to.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.monitoring.properties.labels.properties.relative_to.enum, parentSchema: schema19.properties.monitoring.properties.labels.properties.relative_to, data: data177 };
                if (vErrors === null) {
                  vErrors = [err273];
                } else {
                  vErrors.push(err273);
                }
                errors++;
              }
            }
            if (data173.format !== void 0) {
              let data178 = data173.format;
              if (!(data178 === "csv" || data178 === "jsonl" || data178 === "parquet")) {
                const err274 = { instancePath: instancePath + "/monitoring/labels/format", schemaPath: "#/properties/monitoring/properties/labels/properties/format/enum", keyword: "enum", params: { allowedValues: schema19.properties.monitoring.properties.labels.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.monitoring.properties.labels.properties.format.enum, parentSchema: schema19.properties.monitoring.properties.labels.properties.format, data: data178 };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              }
            }
            if (data173.id !== void 0) {
              let data179 = data173.id;
              if (typeof data179 === "string") {
                if (func2(data179) < 1) {
                  const err275 = { instancePath: instancePath + "/monitoring/labels/id", schemaPath: "#/properties/monitoring/properties/labels/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.monitoring.properties.labels.properties.id, data: data179 };
                  if (vErrors === null) {
                    vErrors = [err275];
                  } else {
                    vErrors.push(err275);
                  }
                  errors++;
                }
              } else {
                const err276 = { instancePath: instancePath + "/monitoring/labels/id", schemaPath: "#/properties/monitoring/properties/labels/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.labels.properties.id.type, parentSchema: schema19.properties.monitoring.properties.labels.properties.id, data: data179 };
                if (vErrors === null) {
                  vErrors = [err276];
                } else {
                  vErrors.push(err276);
                }
                errors++;
              }
            }
            if (data173.column !== void 0) {
              let data180 = data173.column;
              if (typeof data180 === "string") {
                if (func2(data180) < 1) {
                  const err277 = { instancePath: instancePath + "/monitoring/labels/column", schemaPath: "#/properties/monitoring/properties/labels/properties/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.monitoring.properties.labels.properties.column, data: data180 };
                  if (vErrors === null) {
                    vErrors = [err277];
                  } else {
                    vErrors.push(err277);
                  }
                  errors++;
                }
              } else {
                const err278 = { instancePath: instancePath + "/monitoring/labels/column", schemaPath: "#/properties/monitoring/properties/labels/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.labels.properties.column.type, parentSchema: schema19.properties.monitoring.properties.labels.properties.column, data: data180 };
                if (vErrors === null) {
                  vErrors = [err278];
                } else {
                  vErrors.push(err278);
                }
                errors++;
              }
            }
          } else {
            const err279 = { instancePath: instancePath + "/monitoring/labels", schemaPath: "#/properties/monitoring/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.monitoring.properties.labels.type, parentSchema: schema19.properties.monitoring.properties.labels, data: data173 };
            if (vErrors === null) {
              vErrors = [err279];
            } else {
              vErrors.push(err279);
            }
            errors++;
          }
        }
        if (data156.schedule !== void 0) {
          let data181 = data156.schedule;
          if (typeof data181 === "string") {
            if (!pattern11.test(data181)) {
              const err280 = { instancePath: instancePath + "/monitoring/schedule", schemaPath: "#/properties/monitoring/properties/schedule/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema19.properties.monitoring.properties.schedule, data: data181 };
              if (vErrors === null) {
                vErrors = [err280];
              } else {
                vErrors.push(err280);
              }
              errors++;
            }
          } else {
            const err281 = { instancePath: instancePath + "/monitoring/schedule", schemaPath: "#/properties/monitoring/properties/schedule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.schedule.type, parentSchema: schema19.properties.monitoring.properties.schedule, data: data181 };
            if (vErrors === null) {
              vErrors = [err281];
            } else {
              vErrors.push(err281);
            }
            errors++;
          }
        }
        if (data156.alerting !== void 0) {
          let data182 = data156.alerting;
          if (data182 && typeof data182 == "object" && !Array.isArray(data182)) {
            for (const key37 in data182) {
              if (!(key37 === "issue" || key37 === "mentions")) {
                const err282 = { instancePath: instancePath + "/monitoring/alerting", schemaPath: "#/properties/monitoring/properties/alerting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.monitoring.properties.alerting, data: data182 };
                if (vErrors === null) {
                  vErrors = [err282];
                } else {
                  vErrors.push(err282);
                }
                errors++;
              }
            }
            if (data182.issue !== void 0) {
              let data183 = data182.issue;
              if (typeof data183 !== "boolean") {
                const err283 = { instancePath: instancePath + "/monitoring/alerting/issue", schemaPath: "#/properties/monitoring/properties/alerting/properties/issue/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.monitoring.properties.alerting.properties.issue.type, parentSchema: schema19.properties.monitoring.properties.alerting.properties.issue, data: data183 };
                if (vErrors === null) {
                  vErrors = [err283];
                } else {
                  vErrors.push(err283);
                }
                errors++;
              }
            }
            if (data182.mentions !== void 0) {
              let data184 = data182.mentions;
              if (Array.isArray(data184)) {
                const len11 = data184.length;
                for (let i16 = 0; i16 < len11; i16++) {
                  let data185 = data184[i16];
                  if (typeof data185 === "string") {
                    if (!pattern5.test(data185)) {
                      const err284 = { instancePath: instancePath + "/monitoring/alerting/mentions/" + i16, schemaPath: "#/properties/monitoring/properties/alerting/properties/mentions/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$" }, message: 'must match pattern "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$"', schema: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", parentSchema: schema19.properties.monitoring.properties.alerting.properties.mentions.items, data: data185 };
                      if (vErrors === null) {
                        vErrors = [err284];
                      } else {
                        vErrors.push(err284);
                      }
                      errors++;
                    }
                  } else {
                    const err285 = { instancePath: instancePath + "/monitoring/alerting/mentions/" + i16, schemaPath: "#/properties/monitoring/properties/alerting/properties/mentions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.alerting.properties.mentions.items.type, parentSchema: schema19.properties.monitoring.properties.alerting.properties.mentions.items, data: data185 };
                    if (vErrors === null) {
                      vErrors = [err285];
                    } else {
                      vErrors.push(err285);
                    }
                    errors++;
                  }
                }
              } else {
                const err286 = { instancePath: instancePath + "/monitoring/alerting/mentions", schemaPath: "#/properties/monitoring/properties/alerting/properties/mentions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.monitoring.properties.alerting.properties.mentions.type, parentSchema: schema19.properties.monitoring.properties.alerting.properties.mentions, data: data184 };
                if (vErrors === null) {
                  vErrors = [err286];
                } else {
                  vErrors.push(err286);
                }
                errors++;
              }
            }
          } else {
            const err287 = { instancePath: instancePath + "/monitoring/alerting", schemaPath: "#/properties/monitoring/properties/alerting/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.monitoring.properties.alerting.type, parentSchema: schema19.properties.monitoring.properties.alerting, data: data182 };
            if (vErrors === null) {
              vErrors = [err287];
            } else {
              vErrors.push(err287);
            }
            errors++;
          }
        }
        if (data156.labels_delay !== void 0) {
          let data186 = data156.labels_delay;
          if (typeof data186 === "string") {
            if (!pattern13.test(data186)) {
              const err288 = { instancePath: instancePath + "/monitoring/labels_delay", schemaPath: "#/properties/monitoring/properties/labels_delay/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(m|h|d|w)$"', schema: "^[0-9]+(m|h|d|w)$", parentSchema: schema19.properties.monitoring.properties.labels_delay, data: data186 };
              if (vErrors === null) {
                vErrors = [err288];
              } else {
                vErrors.push(err288);
              }
              errors++;
            }
          } else {
            const err289 = { instancePath: instancePath + "/monitoring/labels_delay", schemaPath: "#/properties/monitoring/properties/labels_delay/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.labels_delay.type, parentSchema: schema19.properties.monitoring.properties.labels_delay, data: data186 };
            if (vErrors === null) {
              vErrors = [err289];
            } else {
              vErrors.push(err289);
            }
            errors++;
          }
        }
        if (data156.retraining !== void 0) {
          let data187 = data156.retraining;
          if (data187 && typeof data187 == "object" && !Array.isArray(data187)) {
            for (const key38 in data187) {
              if (!(key38 === "min_interval" || key38 === "max_interval" || key38 === "trigger")) {
                const err290 = { instancePath: instancePath + "/monitoring/retraining", schemaPath: "#/properties/monitoring/properties/retraining/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.monitoring.properties.retraining, data: data187 };
                if (vErrors === null) {
                  vErrors = [err290];
                } else {
                  vErrors.push(err290);
                }
                errors++;
              }
            }
            if (data187.min_interval !== void 0) {
              let data188 = data187.min_interval;
              if (typeof data188 === "string") {
                if (!pattern13.test(data188)) {
                  const err291 = { instancePath: instancePath + "/monitoring/retraining/min_interval", schemaPath: "#/properties/monitoring/properties/retraining/properties/min_interval/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(m|h|d|w)$"', schema: "^[0-9]+(m|h|d|w)$", parentSchema: schema19.properties.monitoring.properties.retraining.properties.min_interval, data: data188 };
                  if (vErrors === null) {
                    vErrors = [err291];
                  } else {
                    vErrors.push(err291);
                  }
                  errors++;
                }
              } else {
                const err292 = { instancePath: instancePath + "/monitoring/retraining/min_interval", schemaPath: "#/properties/monitoring/properties/retraining/properties/min_interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.retraining.properties.min_interval.type, parentSchema: schema19.properties.monitoring.properties.retraining.properties.min_interval, data: data188 };
                if (vErrors === null) {
                  vErrors = [err292];
                } else {
                  vErrors.push(err292);
                }
                errors++;
              }
            }
            if (data187.max_interval !== void 0) {
              let data189 = data187.max_interval;
              if (typeof data189 === "string") {
                if (!pattern13.test(data189)) {
                  const err293 = { instancePath: instancePath + "/monitoring/retraining/max_interval", schemaPath: "#/properties/monitoring/properties/retraining/properties/max_interval/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(m|h|d|w)$"', schema: "^[0-9]+(m|h|d|w)$", parentSchema: schema19.properties.monitoring.properties.retraining.properties.max_interval, data: data189 };
                  if (vErrors === null) {
                    vErrors = [err293];
                  } else {
                    vErrors.push(err293);
                  }
                  errors++;
                }
              } else {
                const err294 = { instancePath: instancePath + "/monitoring/retraining/max_interval", schemaPath: "#/properties/monitoring/properties/retraining/properties/max_interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.retraining.properties.max_interval.type, parentSchema: schema19.properties.monitoring.properties.retraining.properties.max_interval, data: data189 };
                if (vErrors === null) {
                  vErrors = [err294];
                } else {
                  vErrors.push(err294);
                }
                errors++;
              }
            }
            if (data187.trigger !== void 0) {
              let data190 = data187.trigger;
              if (data190 && typeof data190 == "object" && !Array.isArray(data190)) {
                if (data190.type === void 0) {
                  const err295 = { instancePath: instancePath + "/monitoring/retraining/trigger", schemaPath: "#/properties/monitoring/properties/retraining/properties/trigger/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema19.properties.monitoring.properties.retraining.properties.trigger.required, parentSchema: schema19.properties.monitoring.properties.retraining.properties.trigger, data: data190 };
                  if (vErrors === null) {
                    vErrors = [err295];
                  } else {
                    vErrors.push(err295);
                  }
                  errors++;
                }
                for (const key39 in data190) {
                  if (!(key39 === "type" || key39 === "workflow" || key39 === "event_type" || key39 === "ref")) {
                    const err296 = { instancePath: instancePath + "/monitoring/retraining/trigger", schemaPath: "#/properties/monitoring/properties/retraining/properties/trigger/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.monitoring.properties.retraining.properties.trigger, data: data190 };
                    if (vErrors === null) {
                      vErrors = [err296];
                    } else {
                      vErrors.push(err296);
                    }
                    errors++;
                  }
                }
                if (data190.type !== void 0) {
                  let data191 = data190.type;
                  if (!(data191 === "workflow_dispatch" || data191 === "repository_dispatch" || data191 === "none")) {
                    const err297 = { instancePath: instancePath + "/monitoring/retraining/trigger/type", schemaPath: "#/properties/monitoring/properties/retraining/properties/trigger/properties/type/enum", keyword: "enum", params: { allowedValues: schema19.properties.monitoring.properties.retraining.properties.trigger.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.monitoring.properties.retraining.properties.trigger.properties.type.enum, parentSchema: schema19.properties.monitoring.properties.retraining.properties.trigger.properties.type, data: data191 };
                    if (vErrors === null) {
                      vErrors = [err297];
                    } else {
                      vErrors.push(err297);
                    }
                    errors++;
                  }
                }
                if (data190.workflow !== void 0) {
                  let data192 = data190.workflow;
                  if (typeof data192 !== "string") {
                    const err298 = { instancePath: instancePath + "/monitoring/retraining/trigger/workflow", schemaPath: "#/properties/monitoring/properties/retraining/properties/trigger/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.retraining.properties.trigger.properties.workflow.type, parentSchema: schema19.properties.monitoring.properties.retraining.properties.trigger.properties.workflow, data: data192 };
                    if (vErrors === null) {
                      vErrors = [err298];
                    } else {
                      vErrors.push(err298);
                    }
                    errors++;
                  }
                }
                if (data190.event_type !== void 0) {
                  let data193 = data190.event_type;
                  if (typeof data193 !== "string") {
                    const err299 = { instancePath: instancePath + "/monitoring/retraining/trigger/event_type", schemaPath: "#/properties/monitoring/properties/retraining/properties/trigger/properties/event_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.retraining.properties.trigger.properties.event_type.type, parentSchema: schema19.properties.monitoring.properties.retraining.properties.trigger.properties.event_type, data: data193 };
                    if (vErrors === null) {
                      vErrors = [err299];
                    } else {
                      vErrors.push(err299);
                    }
                    errors++;
                  }
                }
                if (data190.ref !== void 0) {
                  let data194 = data190.ref;
                  if (typeof data194 !== "string") {
                    const err300 = { instancePath: instancePath + "/monitoring/retraining/trigger/ref", schemaPath: "#/properties/monitoring/properties/retraining/properties/trigger/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.monitoring.properties.retraining.properties.trigger.properties.ref.type, parentSchema: schema19.properties.monitoring.properties.retraining.properties.trigger.properties.ref, data: data194 };
                    if (vErrors === null) {
                      vErrors = [err300];
                    } else {
                      vErrors.push(err300);
                    }
                    errors++;
                  }
                }
              } else {
                const err301 = { instancePath: instancePath + "/monitoring/retraining/trigger", schemaPath: "#/properties/monitoring/properties/retraining/properties/trigger/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.monitoring.properties.retraining.properties.trigger.type, parentSchema: schema19.properties.monitoring.properties.retraining.properties.trigger, data: data190 };
                if (vErrors === null) {
                  vErrors = [err301];
                } else {
                  vErrors.push(err301);
                }
                errors++;
              }
            }
          } else {
            const err302 = { instancePath: instancePath + "/monitoring/retraining", schemaPath: "#/properties/monitoring/properties/retraining/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.monitoring.properties.retraining.type, parentSchema: schema19.properties.monitoring.properties.retraining, data: data187 };
            if (vErrors === null) {
              vErrors = [err302];
            } else {
              vErrors.push(err302);
            }
            errors++;
          }
        }
      } else {
        const err303 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.monitoring.type, parentSchema: schema19.properties.monitoring, data: data156 };
        if (vErrors === null) {
          vErrors = [err303];
        } else {
          vErrors.push(err303);
        }
        errors++;
      }
    }
    if (data.deployment !== void 0) {
      let data195 = data.deployment;
      if (data195 && typeof data195 == "object" && !Array.isArray(data195)) {
        for (const key40 in data195) {
          if (!(key40 === "mode" || key40 === "strategy" || key40 === "resources" || key40 === "rollback" || key40 === "fallback" || key40 === "dependencies")) {
            const err304 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.deployment, data: data195 };
            if (vErrors === null) {
              vErrors = [err304];
            } else {
              vErrors.push(err304);
            }
            errors++;
          }
        }
        if (data195.mode !== void 0) {
          let data196 = data195.mode;
          if (!(data196 === "batch" || data196 === "real-time")) {
            const err305 = { instancePath: instancePath + "/deployment/mode", schemaPath: "#/properties/deployment/properties/mode/enum", keyword: "enum", params: { allowedValues: schema19.properties.deployment.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.deployment.properties.mode.enum, parentSchema: schema19.properties.deployment.properties.mode, data: data196 };
            if (vErrors === null) {
              vErrors = [err305];
            } else {
              vErrors.push(err305);
            }
            errors++;
          }
        }
        if (data195.strategy !== void 0) {
          let data197 = data195.strategy;
          if (!(data197 === "canary" || data197 === "shadow" || data197 === "ab" || data197 === "blue-green" || data197 === "manual")) {
            const err306 = { instancePath: instancePath + "/deployment/strategy", schemaPath: "#/properties/deployment/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema19.properties.deployment.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.deployment.properties.strategy.enum, parentSchema: schema19.properties.deployment.properties.strategy, data: data197 };
            if (vErrors === null) {
              vErrors = [err306];
            } else {
              vErrors.push(err306);
            }
            errors++;
          }
        }
        if (data195.resources !== void 0) {
          let data198 = data195.resources;
          if (data198 && typeof data198 == "object" && !Array.isArray(data198)) {
            for (const key41 in data198) {
              if (!(key41 === "cpu" || key41 === "memory_mb" || key41 === "gpu" || key41 === "replicas")) {
                const err307 = { instancePath: instancePath + "/deployment/resources", schemaPath: "#/properties/deployment/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.deployment.properties.resources, data: data198 };
                if (vErrors === null) {
                  vErrors = [err307];
                } else {
                  vErrors.push(err307);
                }
                errors++;
              }
            }
            if (data198.cpu !== void 0) {
              let data199 = data198.cpu;
              if (!(typeof data199 == "number" && isFinite(data199)) && typeof data199 !== "string") {
                const err308 = { instancePath: instancePath + "/deployment/resources/cpu", schemaPath: "#/properties/deployment/properties/resources/properties/cpu/type", keyword: "type", params: { type: schema19.properties.deployment.properties.resources.properties.cpu.type }, message: "must be number,string", schema: schema19.properties.deployment.properties.resources.properties.cpu.type, parentSchema: schema19.properties.deployment.properties.resources.properties.cpu, data: data199 };
                if (vErrors === null) {
                  vErrors = [err308];
                } else {
                  vErrors.push(err308);
                }
                errors++;
              }
            }
            if (data198.memory_mb !== void 0) {
              let data200 = data198.memory_mb;
              if (typeof data200 == "number" && isFinite(data200)) {
                if (data200 <= 0 || isNaN(data200)) {
                  const err309 = { instancePath: instancePath + "/deployment/resources/memory_mb", schemaPath: "#/properties/deployment/properties/resources/properties/memory_mb/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.deployment.properties.resources.properties.memory_mb, data: data200 };
                  if (vErrors === null) {
                    vErrors = [err309];
                  } else {
                    vErrors.push(err309);
                  }
                  errors++;
                }
              } else {
                const err310 = { instancePath: instancePath + "/deployment/resources/memory_mb", schemaPath: "#/properties/deployment/properties/resources/properties/memory_mb/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.deployment.properties.resources.properties.memory_mb.type, parentSchema: schema19.properties.deployment.properties.resources.properties.memory_mb, data: data200 };
                if (vErrors === null) {
                  vErrors = [err310];
                } else {
                  vErrors.push(err310);
                }
                errors++;
              }
            }
            if (data198.gpu !== void 0) {
              let data201 = data198.gpu;
              if (!(typeof data201 == "number" && (!(data201 % 1) && !isNaN(data201)) && isFinite(data201))) {
                const err311 = { instancePath: instancePath + "/deployment/resources/gpu", schemaPath: "#/properties/deployment/properties/resources/properties/gpu/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.deployment.properties.resources.properties.gpu.type, parentSchema: schema19.properties.deployment.properties.resources.properties.gpu, data: data201 };
                if (vErrors === null) {
                  vErrors = [err311];
                } else {
                  vErrors.push(err311);
                }
                errors++;
              }
              if (typeof data201 == "number" && isFinite(data201)) {
                if (data201 < 0 || isNaN(data201)) {
                  const err312 = { instancePath: instancePath + "/deployment/resources/gpu", schemaPath: "#/properties/deployment/properties/resources/properties/gpu/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.deployment.properties.resources.properties.gpu, data: data201 };
                  if (vErrors === null) {
                    vErrors = [err312];
                  } else {
                    vErrors.push(err312);
                  }
                  errors++;
                }
              }
            }
            if (data198.replicas !== void 0) {
              let data202 = data198.replicas;
              if (!(typeof data202 == "number" && (!(data202 % 1) && !isNaN(data202)) && isFinite(data202))) {
                const err313 = { instancePath: instancePath + "/deployment/resources/replicas", schemaPath: "#/properties/deployment/properties/resources/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.deployment.properties.resources.properties.replicas.type, parentSchema: schema19.properties.deployment.properties.resources.properties.replicas, data: data202 };
                if (vErrors === null) {
                  vErrors = [err313];
                } else {
                  vErrors.push(err313);
                }
                errors++;
              }
              if (typeof data202 == "number" && isFinite(data202)) {
                if (data202 < 1 || isNaN(data202)) {
                  const err314 = { instancePath: instancePath + "/deployment/resources/replicas", schemaPath: "#/properties/deployment/properties/resources/properties/replicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.deployment.properties.resources.properties.replicas, data: data202 };
                  if (vErrors === null) {
                    vErrors = [err314];
                  } else {
                    vErrors.push(err314);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err315 = { instancePath: instancePath + "/deployment/resources", schemaPath: "#/properties/deployment/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.deployment.properties.resources.type, parentSchema: schema19.properties.deployment.properties.resources, data: data198 };
            if (vErrors === null) {
              vErrors = [err315];
            } else {
              vErrors.push(err315);
            }
            errors++;
          }
        }
        if (data195.rollback !== void 0) {
          let data203 = data195.rollback;
          if (data203 && typeof data203 == "object" && !Array.isArray(data203)) {
            if (data203.plan === void 0) {
              const err316 = { instancePath: instancePath + "/deployment/rollback", schemaPath: "#/properties/deployment/properties/rollback/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'", schema: schema19.properties.deployment.properties.rollback.required, parentSchema: schema19.properties.deployment.properties.rollback, data: data203 };
              if (vErrors === null) {
                vErrors = [err316];
              } else {
                vErrors.push(err316);
              }
              errors++;
            }
            for (const key42 in data203) {
              if (!(key42 === "plan" || key42 === "to_version")) {
                const err317 = { instancePath: instancePath + "/deployment/rollback", schemaPath: "#/properties/deployment/properties/rollback/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.deployment.properties.rollback, data: data203 };
                if (vErrors === null) {
                  vErrors = [err317];
                } else {
                  vErrors.push(err317);
                }
                errors++;
              }
            }
            if (data203.plan !== void 0) {
              let data204 = data203.plan;
              if (typeof data204 === "string") {
                if (func2(data204) < 1) {
                  const err318 = { instancePath: instancePath + "/deployment/rollback/plan", schemaPath: "#/properties/deployment/properties/rollback/properties/plan/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.deployment.properties.rollback.properties.plan, data: data204 };
                  if (vErrors === null) {
                    vErrors = [err318];
                  } else {
                    vErrors.push(err318);
                  }
                  errors++;
                }
              } else {
                const err319 = { instancePath: instancePath + "/deployment/rollback/plan", schemaPath: "#/properties/deployment/properties/rollback/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.deployment.properties.rollback.properties.plan.type, parentSchema: schema19.properties.deployment.properties.rollback.properties.plan, data: data204 };
                if (vErrors === null) {
                  vErrors = [err319];
                } else {
                  vErrors.push(err319);
                }
                errors++;
              }
            }
            if (data203.to_version !== void 0) {
              let data205 = data203.to_version;
              if (typeof data205 === "string") {
                if (!pattern4.test(data205)) {
                  const err320 = { instancePath: instancePath + "/deployment/rollback/to_version", schemaPath: "#/properties/deployment/properties/rollback/properties/to_version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", parentSchema: schema19.properties.deployment.properties.rollback.properties.to_version, data: data205 };
                  if (vErrors === null) {
                    vErrors = [err320];
                  } else {
                    vErrors.push(err320);
                  }
                  errors++;
                }
              } else {
                const err321 = { instancePath: instancePath + "/deployment/rollback/to_version", schemaPath: "#/properties/deployment/properties/rollback/properties/to_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.deployment.properties.rollback.properties.to_version.type, parentSchema: schema19.properties.deployment.properties.rollback.properties.to_version, data: data205 };
                if (vErrors === null) {
                  vErrors = [err321];
                } else {
                  vErrors.push(err321);
                }
                errors++;
              }
            }
          } else {
            const err322 = { instancePath: instancePath + "/deployment/rollback", schemaPath: "#/properties/deployment/properties/rollback/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.deployment.properties.rollback.type, parentSchema: schema19.properties.deployment.properties.rollback, data: data203 };
            if (vErrors === null) {
              vErrors = [err322];
            } else {
              vErrors.push(err322);
            }
            errors++;
          }
        }
        if (data195.fallback !== void 0) {
          let data206 = data195.fallback;
          if (data206 && typeof data206 == "object" && !Array.isArray(data206)) {
            if (data206.plan === void 0) {
              const err323 = { instancePath: instancePath + "/deployment/fallback", schemaPath: "#/properties/deployment/properties/fallback/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'", schema: schema19.properties.deployment.properties.fallback.required, parentSchema: schema19.properties.deployment.properties.fallback, data: data206 };
              if (vErrors === null) {
                vErrors = [err323];
              } else {
                vErrors.push(err323);
              }
              errors++;
            }
            for (const key43 in data206) {
              if (!(key43 === "plan")) {
                const err324 = { instancePath: instancePath + "/deployment/fallback", schemaPath: "#/properties/deployment/properties/fallback/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.deployment.properties.fallback, data: data206 };
                if (vErrors === null) {
                  vErrors = [err324];
                } else {
                  vErrors.push(err324);
                }
                errors++;
              }
            }
            if (data206.plan !== void 0) {
              let data207 = data206.plan;
              if (typeof data207 === "string") {
                if (func2(data207) < 1) {
                  const err325 = { instancePath: instancePath + "/deployment/fallback/plan", schemaPath: "#/properties/deployment/properties/fallback/properties/plan/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.deployment.properties.fallback.properties.plan, data: data207 };
                  if (vErrors === null) {
                    vErrors = [err325];
                  } else {
                    vErrors.push(err325);
                  }
                  errors++;
                }
              } else {
                const err326 = { instancePath: instancePath + "/deployment/fallback/plan", schemaPath: "#/properties/deployment/properties/fallback/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.deployment.properties.fallback.properties.plan.type, parentSchema: schema19.properties.deployment.properties.fallback.properties.plan, data: data207 };
                if (vErrors === null) {
                  vErrors = [err326];
                } else {
                  vErrors.push(err326);
                }
                errors++;
              }
            }
          } else {
            const err327 = { instancePath: instancePath + "/deployment/fallback", schemaPath: "#/properties/deployment/properties/fallback/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.deployment.properties.fallback.type, parentSchema: schema19.properties.deployment.properties.fallback, data: data206 };
            if (vErrors === null) {
              vErrors = [err327];
            } else {
              vErrors.push(err327);
            }
            errors++;
          }
        }
        if (data195.dependencies !== void 0) {
          let data208 = data195.dependencies;
          if (Array.isArray(data208)) {
            const len12 = data208.length;
            for (let i17 = 0; i17 < len12; i17++) {
              let data209 = data208[i17];
              if (typeof data209 !== "string") {
                const err328 = { instancePath: instancePath + "/deployment/dependencies/" + i17, schemaPath: "#/properties/deployment/properties/dependencies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.deployment.properties.dependencies.items.type, parentSchema: schema19.properties.deployment.properties.dependencies.items, data: data209 };
                if (vErrors === null) {
                  vErrors = [err328];
                } else {
                  vErrors.push(err328);
                }
                errors++;
              }
            }
          } else {
            const err329 = { instancePath: instancePath + "/deployment/dependencies", schemaPath: "#/properties/deployment/properties/dependencies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.deployment.properties.dependencies.type, parentSchema: schema19.properties.deployment.properties.dependencies, data: data208 };
            if (vErrors === null) {
              vErrors = [err329];
            } else {
              vErrors.push(err329);
            }
            errors++;
          }
        }
      } else {
        const err330 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.deployment.type, parentSchema: schema19.properties.deployment, data: data195 };
        if (vErrors === null) {
          vErrors = [err330];
        } else {
          vErrors.push(err330);
        }
        errors++;
      }
    }
    if (data.checklist !== void 0) {
      let data210 = data.checklist;
      if (data210 && typeof data210 == "object" && !Array.isArray(data210)) {
        for (const key44 in data210) {
          const _errs403 = errors;
          if (typeof key44 === "string") {
            if (!pattern17.test(key44)) {
              const err331 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema19.properties.checklist.propertyNames, data: key44, propertyName: key44 };
              if (vErrors === null) {
                vErrors = [err331];
              } else {
                vErrors.push(err331);
              }
              errors++;
            }
          }
          var valid76 = _errs403 === errors;
          if (!valid76) {
            const err332 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/propertyNames", keyword: "propertyNames", params: { propertyName: key44 }, message: "property name must be valid", schema: schema19.properties.checklist.propertyNames, parentSchema: schema19.properties.checklist, data: data210 };
            if (vErrors === null) {
              vErrors = [err332];
            } else {
              vErrors.push(err332);
            }
            errors++;
          }
        }
        for (const key45 in data210) {
          if (!(key45 === "problem" || key45 === "data" || key45 === "baseline" || key45 === "ready" || key45 === "deploy" || key45 === "monitor" || key45 === "usable")) {
            let data211 = data210[key45];
            if (data211 && typeof data211 == "object" && !Array.isArray(data211)) {
              for (const key46 in data211) {
                const _errs407 = errors;
                if (typeof key46 === "string") {
                  if (!pattern17.test(key46)) {
                    const err333 = { instancePath: instancePath + "/checklist/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklist/additionalProperties/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema19.properties.checklist.additionalProperties.propertyNames, data: key46, propertyName: key46 };
                    if (vErrors === null) {
                      vErrors = [err333];
                    } else {
                      vErrors.push(err333);
                    }
                    errors++;
                  }
                }
                var valid78 = _errs407 === errors;
                if (!valid78) {
                  const err334 = { instancePath: instancePath + "/checklist/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklist/additionalProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key46 }, message: "property name must be valid", schema: schema19.properties.checklist.additionalProperties.propertyNames, parentSchema: schema19.properties.checklist.additionalProperties, data: data211 };
                  if (vErrors === null) {
                    vErrors = [err334];
                  } else {
                    vErrors.push(err334);
                  }
                  errors++;
                }
              }
              for (const key47 in data211) {
                if (!validate103(data211[key47], { instancePath: instancePath + "/checklist/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data211, parentDataProperty: key47, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err335 = { instancePath: instancePath + "/checklist/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklist/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.checklist.additionalProperties.type, parentSchema: schema19.properties.checklist.additionalProperties, data: data211 };
              if (vErrors === null) {
                vErrors = [err335];
              } else {
                vErrors.push(err335);
              }
              errors++;
            }
          }
        }
        if (data210.problem !== void 0) {
          let data213 = data210.problem;
          if (data213 && typeof data213 == "object" && !Array.isArray(data213)) {
            for (const key48 in data213) {
              if (!(key48 === "statement" || key48 === "kpis" || key48 === "ml-needed" || key48 === "acceptance" || key48 === "stakeholders")) {
                const err336 = { instancePath: instancePath + "/checklist/problem", schemaPath: "#/properties/checklist/properties/problem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.checklist.properties.problem, data: data213 };
                if (vErrors === null) {
                  vErrors = [err336];
                } else {
                  vErrors.push(err336);
                }
                errors++;
              }
            }
            if (data213.statement !== void 0) {
              if (!validate103(data213.statement, { instancePath: instancePath + "/checklist/problem/statement", parentData: data213, parentDataProperty: "statement", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data213.kpis !== void 0) {
              if (!validate103(data213.kpis, { instancePath: instancePath + "/checklist/problem/kpis", parentData: data213, parentDataProperty: "kpis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data213["ml-needed"] !== void 0) {
              if (!validate103(data213["ml-needed"], { instancePath: instancePath + "/checklist/problem/ml-needed", parentData: data213, parentDataProperty: "ml-needed", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data213.acceptance !== void 0) {
              if (!validate103(data213.acceptance, { instancePath: instancePath + "/checklist/problem/acceptance", parentData: data213, parentDataProperty: "acceptance", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data213.stakeholders !== void 0) {
              if (!validate103(data213.stakeholders, { instancePath: instancePath + "/checklist/problem/stakeholders", parentData: data213, parentDataProperty: "stakeholders", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err337 = { instancePath: instancePath + "/checklist/problem", schemaPath: "#/properties/checklist/properties/problem/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.checklist.properties.problem.type, parentSchema: schema19.properties.checklist.properties.problem, data: data213 };
            if (vErrors === null) {
              vErrors = [err337];
            } else {
              vErrors.push(err337);
            }
            errors++;
          }
        }
        if (data210.data !== void 0) {
          let data219 = data210.data;
          if (data219 && typeof data219 == "object" && !Array.isArray(data219)) {
            for (const key49 in data219) {
              if (!(key49 === "provenance" || key49 === "labels-verified" || key49 === "representative" || key49 === "splits" || key49 === "quality-checked" || key49 === "minorities-represented" || key49 === "privacy")) {
                const err338 = { instancePath: instancePath + "/checklist/data", schemaPath: "#/properties/checklist/properties/data/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.checklist.properties.data, data: data219 };
                if (vErrors === null) {
                  vErrors = [err338];
                } else {
                  vErrors.push(err338);
                }
                errors++;
              }
            }
            if (data219.provenance !== void 0) {
              if (!validate103(data219.provenance, { instancePath: instancePath + "/checklist/data/provenance", parentData: data219, parentDataProperty: "provenance", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data219["labels-verified"] !== void 0) {
              if (!validate103(data219["labels-verified"], { instancePath: instancePath + "/checklist/data/labels-verified", parentData: data219, parentDataProperty: "labels-verified", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data219.representative !== void 0) {
              if (!validate103(data219.representative, { instancePath: instancePath + "/checklist/data/representative", parentData: data219, parentDataProperty: "representative", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data219.splits !== void 0) {
              if (!validate103(data219.splits, { instancePath: instancePath + "/checklist/data/splits", parentData: data219, parentDataProperty: "splits", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data219["quality-checked"] !== void 0) {
              if (!validate103(data219["quality-checked"], { instancePath: instancePath + "/checklist/data/quality-checked", parentData: data219, parentDataProperty: "quality-checked", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data219["minorities-represented"] !== void 0) {
              if (!validate103(data219["minorities-represented"], { instancePath: instancePath + "/checklist/data/minorities-represented", parentData: data219, parentDataProperty: "minorities-represented", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data219.privacy !== void 0) {
              if (!validate103(data219.privacy, { instancePath: instancePath + "/checklist/data/privacy", parentData: data219, parentDataProperty: "privacy", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err339 = { instancePath: instancePath + "/checklist/data", schemaPath: "#/properties/checklist/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.checklist.properties.data.type, parentSchema: schema19.properties.checklist.properties.data, data: data219 };
            if (vErrors === null) {
              vErrors = [err339];
            } else {
              vErrors.push(err339);
            }
            errors++;
          }
        }
        if (data210.baseline !== void 0) {
          let data227 = data210.baseline;
          if (data227 && typeof data227 == "object" && !Array.isArray(data227)) {
            for (const key50 in data227) {
              if (!(key50 === "defined" || key50 === "beaten" || key50 === "same-data" || key50 === "error-analysis")) {
                const err340 = { instancePath: instancePath + "/checklist/baseline", schemaPath: "#/properties/checklist/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.checklist.properties.baseline, data: data227 };
                if (vErrors === null) {
                  vErrors = [err340];
                } else {
                  vErrors.push(err340);
                }
                errors++;
              }
            }
            if (data227.defined !== void 0) {
              if (!validate103(data227.defined, { instancePath: instancePath + "/checklist/baseline/defined", parentData: data227, parentDataProperty: "defined", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data227.beaten !== void 0) {
              if (!validate103(data227.beaten, { instancePath: instancePath + "/checklist/baseline/beaten", parentData: data227, parentDataProperty: "beaten", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data227["same-data"] !== void 0) {
              if (!validate103(data227["same-data"], { instancePath: instancePath + "/checklist/baseline/same-data", parentData: data227, parentDataProperty: "same-data", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data227["error-analysis"] !== void 0) {
              if (!validate103(data227["error-analysis"], { instancePath: instancePath + "/checklist/baseline/error-analysis", parentData: data227, parentDataProperty: "error-analysis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err341 = { instancePath: instancePath + "/checklist/baseline", schemaPath: "#/properties/checklist/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.checklist.properties.baseline.type, parentSchema: schema19.properties.checklist.properties.baseline, data: data227 };
            if (vErrors === null) {
              vErrors = [err341];
            } else {
              vErrors.push(err341);
            }
            errors++;
          }
        }
        if (data210.ready !== void 0) {
          let data232 = data210.ready;
          if (data232 && typeof data232 == "object" && !Array.isArray(data232)) {
            for (const key51 in data232) {
              if (!(key51 === "preprocessing-documented" || key51 === "preprocessing-in-artifact" || key51 === "works" || key51 === "predictions-explored" || key51 === "bias-checked" || key51 === "explainability" || key51 === "code-quality" || key51 === "tests")) {
                const err342 = { instancePath: instancePath + "/checklist/ready", schemaPath: "#/properties/checklist/properties/ready/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key51 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.checklist.properties.ready, data: data232 };
                if (vErrors === null) {
                  vErrors = [err342];
                } else {
                  vErrors.push(err342);
                }
                errors++;
              }
            }
            if (data232["preprocessing-documented"] !== void 0) {
              if (!validate103(data232["preprocessing-documented"], { instancePath: instancePath + "/checklist/ready/preprocessing-documented", parentData: data232, parentDataProperty: "preprocessing-documented", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data232["preprocessing-in-artifact"] !== void 0) {
              if (!validate103(data232["preprocessing-in-artifact"], { instancePath: instancePath + "/checklist/ready/preprocessing-in-artifact", parentData: data232, parentDataProperty: "preprocessing-in-artifact", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data232.works !== void 0) {
              if (!validate103(data232.works, { instancePath: instancePath + "/checklist/ready/works", parentData: data232, parentDataProperty: "works", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data232["predictions-explored"] !== void 0) {
              if (!validate103(data232["predictions-explored"], { instancePath: instancePath + "/checklist/ready/predictions-explored", parentData: data232, parentDataProperty: "predictions-explored", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data232["bias-checked"] !== void 0) {
              if (!validate103(data232["bias-checked"], { instancePath: instancePath + "/checklist/ready/bias-checked", parentData: data232, parentDataProperty: "bias-checked", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data232.explainability !== void 0) {
              if (!validate103(data232.explainability, { instancePath: instancePath + "/checklist/ready/explainability", parentData: data232, parentDataProperty: "explainability", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data232["code-quality"] !== void 0) {
              if (!validate103(data232["code-quality"], { instancePath: instancePath + "/checklist/ready/code-quality", parentData: data232, parentDataProperty: "code-quality", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data232.tests !== void 0) {
              if (!validate103(data232.tests, { instancePath: instancePath + "/checklist/ready/tests", parentData: data232, parentDataProperty: "tests", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err343 = { instancePath: instancePath + "/checklist/ready", schemaPath: "#/properties/checklist/properties/ready/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.checklist.properties.ready.type, parentSchema: schema19.properties.checklist.properties.ready, data: data232 };
            if (vErrors === null) {
              vErrors = [err343];
            } else {
              vErrors.push(err343);
            }
            errors++;
          }
        }
        if (data210.deploy !== void 0) {
          let data241 = data210.deploy;
          if (data241 && typeof data241 == "object" && !Array.isArray(data241)) {
            for (const key52 in data241) {
              if (!(key52 === "mode" || key52 === "resources" || key52 === "dependencies" || key52 === "rollout" || key52 === "rollback" || key52 === "retraining-bounds" || key52 === "access-control")) {
                const err344 = { instancePath: instancePath + "/checklist/deploy", schemaPath: "#/properties/checklist/properties/deploy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.checklist.properties.deploy, data: data241 };
                if (vErrors === null) {
                  vErrors = [err344];
                } else {
                  vErrors.push(err344);
                }
                errors++;
              }
            }
            if (data241.mode !== void 0) {
              if (!validate103(data241.mode, { instancePath: instancePath + "/checklist/deploy/mode", parentData: data241, parentDataProperty: "mode", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data241.resources !== void 0) {
              if (!validate103(data241.resources, { instancePath: instancePath + "/checklist/deploy/resources", parentData: data241, parentDataProperty: "resources", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data241.dependencies !== void 0) {
              if (!validate103(data241.dependencies, { instancePath: instancePath + "/checklist/deploy/dependencies", parentData: data241, parentDataProperty: "dependencies", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data241.rollout !== void 0) {
              if (!validate103(data241.rollout, { instancePath: instancePath + "/checklist/deploy/rollout", parentData: data241, parentDataProperty: "rollout", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data241.rollback !== void 0) {
              if (!validate103(data241.rollback, { instancePath: instancePath + "/checklist/deploy/rollback", parentData: data241, parentDataProperty: "rollback", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data241["retraining-bounds"] !== void 0) {
              if (!validate103(data241["retraining-bounds"], { instancePath: instancePath + "/checklist/deploy/retraining-bounds", parentData: data241, parentDataProperty: "retraining-bounds", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data241["access-control"] !== void 0) {
              if (!validate103(data241["access-control"], { instancePath: instancePath + "/checklist/deploy/access-control", parentData: data241, parentDataProperty: "access-control", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err345 = { instancePath: instancePath + "/checklist/deploy", schemaPath: "#/properties/checklist/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.checklist.properties.deploy.type, parentSchema: schema19.properties.checklist.properties.deploy, data: data241 };
            if (vErrors === null) {
              vErrors = [err345];
            } else {
              vErrors.push(err345);
            }
            errors++;
          }
        }
        if (data210.monitor !== void 0) {
          let data249 = data210.monitor;
          if (data249 && typeof data249 == "object" && !Array.isArray(data249)) {
            for (const key53 in data249) {
              if (!(key53 === "hard-metrics" || key53 === "data-quality" || key53 === "kpis" || key53 === "drift" || key53 === "feedback-loop" || key53 === "owners")) {
                const err346 = { instancePath: instancePath + "/checklist/monitor", schemaPath: "#/properties/checklist/properties/monitor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.checklist.properties.monitor, data: data249 };
                if (vErrors === null) {
                  vErrors = [err346];
                } else {
                  vErrors.push(err346);
                }
                errors++;
              }
            }
            if (data249["hard-metrics"] !== void 0) {
              if (!validate103(data249["hard-metrics"], { instancePath: instancePath + "/checklist/monitor/hard-metrics", parentData: data249, parentDataProperty: "hard-metrics", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data249["data-quality"] !== void 0) {
              if (!validate103(data249["data-quality"], { instancePath: instancePath + "/checklist/monitor/data-quality", parentData: data249, parentDataProperty: "data-quality", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data249.kpis !== void 0) {
              if (!validate103(data249.kpis, { instancePath: instancePath + "/checklist/monitor/kpis", parentData: data249, parentDataProperty: "kpis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data249.drift !== void 0) {
              if (!validate103(data249.drift, { instancePath: instancePath + "/checklist/monitor/drift", parentData: data249, parentDataProperty: "drift", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data249["feedback-loop"] !== void 0) {
              if (!validate103(data249["feedback-loop"], { instancePath: instancePath + "/checklist/monitor/feedback-loop", parentData: data249, parentDataProperty: "feedback-loop", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data249.owners !== void 0) {
              if (!validate103(data249.owners, { instancePath: instancePath + "/checklist/monitor/owners", parentData: data249, parentDataProperty: "owners", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err347 = { instancePath: instancePath + "/checklist/monitor", schemaPath: "#/properties/checklist/properties/monitor/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.checklist.properties.monitor.type, parentSchema: schema19.properties.checklist.properties.monitor, data: data249 };
            if (vErrors === null) {
              vErrors = [err347];
            } else {
              vErrors.push(err347);
            }
            errors++;
          }
        }
        if (data210.usable !== void 0) {
          let data256 = data210.usable;
          if (data256 && typeof data256 == "object" && !Array.isArray(data256)) {
            for (const key54 in data256) {
              if (!(key54 === "real-world-trial" || key54 === "third-party-review" || key54 === "cost-benefit" || key54 === "fairness" || key54 === "misuse" || key54 === "legal-basis" || key54 === "audit-artifacts" || key54 === "fallback")) {
                const err348 = { instancePath: instancePath + "/checklist/usable", schemaPath: "#/properties/checklist/properties/usable/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.checklist.properties.usable, data: data256 };
                if (vErrors === null) {
                  vErrors = [err348];
                } else {
                  vErrors.push(err348);
                }
                errors++;
              }
            }
            if (data256["real-world-trial"] !== void 0) {
              if (!validate103(data256["real-world-trial"], { instancePath: instancePath + "/checklist/usable/real-world-trial", parentData: data256, parentDataProperty: "real-world-trial", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data256["third-party-review"] !== void 0) {
              if (!validate103(data256["third-party-review"], { instancePath: instancePath + "/checklist/usable/third-party-review", parentData: data256, parentDataProperty: "third-party-review", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data256["cost-benefit"] !== void 0) {
              if (!validate103(data256["cost-benefit"], { instancePath: instancePath + "/checklist/usable/cost-benefit", parentData: data256, parentDataProperty: "cost-benefit", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data256.fairness !== void 0) {
              if (!validate103(data256.fairness, { instancePath: instancePath + "/checklist/usable/fairness", parentData: data256, parentDataProperty: "fairness", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data256.misuse !== void 0) {
              if (!validate103(data256.misuse, { instancePath: instancePath + "/checklist/usable/misuse", parentData: data256, parentDataProperty: "misuse", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data256["legal-basis"] !== void 0) {
              if (!validate103(data256["legal-basis"], { instancePath: instancePath + "/checklist/usable/legal-basis", parentData: data256, parentDataProperty: "legal-basis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data256["audit-artifacts"] !== void 0) {
              if (!validate103(data256["audit-artifacts"], { instancePath: instancePath + "/checklist/usable/audit-artifacts", parentData: data256, parentDataProperty: "audit-artifacts", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
            if (data256.fallback !== void 0) {
              if (!validate103(data256.fallback, { instancePath: instancePath + "/checklist/usable/fallback", parentData: data256, parentDataProperty: "fallback", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err349 = { instancePath: instancePath + "/checklist/usable", schemaPath: "#/properties/checklist/properties/usable/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.checklist.properties.usable.type, parentSchema: schema19.properties.checklist.properties.usable, data: data256 };
            if (vErrors === null) {
              vErrors = [err349];
            } else {
              vErrors.push(err349);
            }
            errors++;
          }
        }
      } else {
        const err350 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.checklist.type, parentSchema: schema19.properties.checklist, data: data210 };
        if (vErrors === null) {
          vErrors = [err350];
        } else {
          vErrors.push(err350);
        }
        errors++;
      }
    }
  } else {
    const err351 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err351];
    } else {
      vErrors.push(err351);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validatePolicy = validate150;
var schema25 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelops.dev/schemas/v1/policy.schema.json", "title": "modelops repository policy", "description": "modelops.yaml at the repository root. Every field is optional; defaults apply.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind"], "properties": { "apiVersion": { "const": "modelops/v1", "description": "Policy format version. Always modelops/v1." }, "kind": { "const": "Policy", "description": "Document kind. Always Policy." }, "manifests": { "description": "Glob(s) of manifest files, relative to the repository root. Default models/*/model.yaml.", "anyOf": [{ "type": "string", "minLength": 1, "description": "One glob." }, { "type": "array", "minItems": 1, "description": "Several globs.", "items": { "type": "string", "minLength": 1, "description": "A glob." } }] }, "stages": { "type": "object", "description": "Rules per stage.", "additionalProperties": false, "properties": { "development": { "type": "object", "description": "Rules for the development stage.", "additionalProperties": false, "properties": { "checklist": { "description": 'Checklist items that must be answered yes or n/a with evidence (or proven by the manifest): "all", or a list of sections (data) and item ids (data.labels-verified).', "anyOf": [{ "const": "all", "description": "Every checklist item." }, { "type": "array", "description": "Sections and item ids.", "uniqueItems": true, "items": { "type": "string", "description": "A section or item id.", "pattern": "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$" } }] }, "gates": { "type": "array", "description": "Gates the manifest must declare (and pass) for this stage.", "uniqueItems": true, "items": { "enum": ["performance", "robustness", "champion", "fairness", "drift"], "description": "A gate." } }, "on_failure": { "enum": ["block", "warn"], "description": "block: a failing gate or missing checklist item fails the check (exit 1); warn: it is reported only." }, "approvals": { "type": "object", "description": "Pull-request approvals required to enter this stage.", "additionalProperties": false, "properties": { "count": { "type": "integer", "minimum": 0, "description": "Number of approving reviews." }, "from": { "type": "array", "description": "Who may approve: users (@alice) or teams (@org/team). Empty: anyone with write access.", "items": { "type": "string", "pattern": "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", "description": "A user or team." } }, "unverified_membership": { "enum": ["fail", "warn"], "description": "An approver whose membership of a team in `from` cannot be verified (a token without read:org, or approvals asserted with --approver on the command line): fail (default) does not count the approval, so the check fails closed; warn counts it, marks it unverified in the evidence and warns." }, "older_commits": { "enum": ["discard", "count"], "description": "An approval given on a commit other than the pull request's head (its head when merged, for promote), e.g. before the author pushed a new artifact: discard (default) does not count it, as GitHub's dismiss-stale-approvals does; count counts it and marks it as given on an older commit in the evidence and the message." } } }, "soak": { "type": "string", "pattern": "^[0-9]+(m|h|d|w)$", "description": "Minimum time the version must have spent in the previous stage (e.g. 7d)." } } }, "staging": { "type": "object", "description": "Rules for the staging stage.", "additionalProperties": false, "properties": { "checklist": { "description": 'Checklist items that must be answered yes or n/a with evidence (or proven by the manifest): "all", or a list of sections (data) and item ids (data.labels-verified).', "anyOf": [{ "const": "all", "description": "Every checklist item." }, { "type": "array", "description": "Sections and item ids.", "uniqueItems": true, "items": { "type": "string", "description": "A section or item id.", "pattern": "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$" } }] }, "gates": { "type": "array", "description": "Gates the manifest must declare (and pass) for this stage.", "uniqueItems": true, "items": { "enum": ["performance", "robustness", "champion", "fairness", "drift"], "description": "A gate." } }, "on_failure": { "enum": ["block", "warn"], "description": "block: a failing gate or missing checklist item fails the check (exit 1); warn: it is reported only." }, "approvals": { "type": "object", "description": "Pull-request approvals required to enter this stage.", "additionalProperties": false, "properties": { "count": { "type": "integer", "minimum": 0, "description": "Number of approving reviews." }, "from": { "type": "array", "description": "Who may approve: users (@alice) or teams (@org/team). Empty: anyone with write access.", "items": { "type": "string", "pattern": "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", "description": "A user or team." } }, "unverified_membership": { "enum": ["fail", "warn"], "description": "An approver whose membership of a team in `from` cannot be verified (a token without read:org, or approvals asserted with --approver on the command line): fail (default) does not count the approval, so the check fails closed; warn counts it, marks it unverified in the evidence and warns." }, "older_commits": { "enum": ["discard", "count"], "description": "An approval given on a commit other than the pull request's head (its head when merged, for promote), e.g. before the author pushed a new artifact: discard (default) does not count it, as GitHub's dismiss-stale-approvals does; count counts it and marks it as given on an older commit in the evidence and the message." } } }, "soak": { "type": "string", "pattern": "^[0-9]+(m|h|d|w)$", "description": "Minimum time the version must have spent in the previous stage (e.g. 7d)." } } }, "production": { "type": "object", "description": "Rules for the production stage.", "additionalProperties": false, "properties": { "checklist": { "description": 'Checklist items that must be answered yes or n/a with evidence (or proven by the manifest): "all", or a list of sections (data) and item ids (data.labels-verified).', "anyOf": [{ "const": "all", "description": "Every checklist item." }, { "type": "array", "description": "Sections and item ids.", "uniqueItems": true, "items": { "type": "string", "description": "A section or item id.", "pattern": "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$" } }] }, "gates": { "type": "array", "description": "Gates the manifest must declare (and pass) for this stage.", "uniqueItems": true, "items": { "enum": ["performance", "robustness", "champion", "fairness", "drift"], "description": "A gate." } }, "on_failure": { "enum": ["block", "warn"], "description": "block: a failing gate or missing checklist item fails the check (exit 1); warn: it is reported only." }, "approvals": { "type": "object", "description": "Pull-request approvals required to enter this stage.", "additionalProperties": false, "properties": { "count": { "type": "integer", "minimum": 0, "description": "Number of approving reviews." }, "from": { "type": "array", "description": "Who may approve: users (@alice) or teams (@org/team). Empty: anyone with write access.", "items": { "type": "string", "pattern": "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", "description": "A user or team." } }, "unverified_membership": { "enum": ["fail", "warn"], "description": "An approver whose membership of a team in `from` cannot be verified (a token without read:org, or approvals asserted with --approver on the command line): fail (default) does not count the approval, so the check fails closed; warn counts it, marks it unverified in the evidence and warns." }, "older_commits": { "enum": ["discard", "count"], "description": "An approval given on a commit other than the pull request's head (its head when merged, for promote), e.g. before the author pushed a new artifact: discard (default) does not count it, as GitHub's dismiss-stale-approvals does; count counts it and marks it as given on an older commit in the evidence and the message." } } }, "soak": { "type": "string", "pattern": "^[0-9]+(m|h|d|w)$", "description": "Minimum time the version must have spent in the previous stage (e.g. 7d)." } } }, "archived": { "type": "object", "description": "Rules for the archived stage.", "additionalProperties": false, "properties": { "checklist": { "description": 'Checklist items that must be answered yes or n/a with evidence (or proven by the manifest): "all", or a list of sections (data) and item ids (data.labels-verified).', "anyOf": [{ "const": "all", "description": "Every checklist item." }, { "type": "array", "description": "Sections and item ids.", "uniqueItems": true, "items": { "type": "string", "description": "A section or item id.", "pattern": "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$" } }] }, "gates": { "type": "array", "description": "Gates the manifest must declare (and pass) for this stage.", "uniqueItems": true, "items": { "enum": ["performance", "robustness", "champion", "fairness", "drift"], "description": "A gate." } }, "on_failure": { "enum": ["block", "warn"], "description": "block: a failing gate or missing checklist item fails the check (exit 1); warn: it is reported only." }, "approvals": { "type": "object", "description": "Pull-request approvals required to enter this stage.", "additionalProperties": false, "properties": { "count": { "type": "integer", "minimum": 0, "description": "Number of approving reviews." }, "from": { "type": "array", "description": "Who may approve: users (@alice) or teams (@org/team). Empty: anyone with write access.", "items": { "type": "string", "pattern": "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", "description": "A user or team." } }, "unverified_membership": { "enum": ["fail", "warn"], "description": "An approver whose membership of a team in `from` cannot be verified (a token without read:org, or approvals asserted with --approver on the command line): fail (default) does not count the approval, so the check fails closed; warn counts it, marks it unverified in the evidence and warns." }, "older_commits": { "enum": ["discard", "count"], "description": "An approval given on a commit other than the pull request's head (its head when merged, for promote), e.g. before the author pushed a new artifact: discard (default) does not count it, as GitHub's dismiss-stale-approvals does; count counts it and marks it as given on an older commit in the evidence and the message." } } }, "soak": { "type": "string", "pattern": "^[0-9]+(m|h|d|w)$", "description": "Minimum time the version must have spent in the previous stage (e.g. 7d)." } } } } }, "transitions": { "type": "object", "description": "Allowed stage changes: stage -> stages it may move to. Default development -> staging -> production, any -> archived, production -> staging (rollback).", "additionalProperties": false, "properties": { "development": { "type": "array", "description": "Stages a model in development may move to.", "uniqueItems": true, "items": { "enum": ["development", "staging", "production", "archived"], "description": "A stage." } }, "staging": { "type": "array", "description": "Stages a model in staging may move to.", "uniqueItems": true, "items": { "enum": ["development", "staging", "production", "archived"], "description": "A stage." } }, "production": { "type": "array", "description": "Stages a model in production may move to.", "uniqueItems": true, "items": { "enum": ["development", "staging", "production", "archived"], "description": "A stage." } }, "archived": { "type": "array", "description": "Stages a model in archived may move to.", "uniqueItems": true, "items": { "enum": ["development", "staging", "production", "archived"], "description": "A stage." } } } }, "initial_stages": { "type": "array", "description": "Stages a new model may enter with its first manifest. Default development and staging.", "uniqueItems": true, "items": { "enum": ["development", "staging", "production", "archived"], "description": "A stage." } }, "checklist": { "type": "object", "description": "The repository's own checklist items (regulations, internal standards) and the answers the organisation gives once for every model.", "additionalProperties": false, "properties": { "sections": { "type": "object", "description": 'Titles of the sections the items below add, by section id (e.g. eu-ai-act: "EU AI Act: high-risk AI systems").', "propertyNames": { "pattern": "^[a-z0-9][a-z0-9-]*$" }, "additionalProperties": { "type": "string", "minLength": 1, "description": "The section title." } }, "items": { "type": "array", "description": "Items the policy adds, each in a section of its own (not one of the seven built-in ones). Models answer them under checklist.<section>.<key>.", "items": { "type": "object", "description": "One added checklist item.", "additionalProperties": false, "required": ["id", "question"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$", "description": "Stable id <section>.<key>, e.g. sr-11-7.independent-validation." }, "question": { "type": "string", "minLength": 10, "description": "The question the answer responds to, as reviewers read it." }, "stages": { "type": "array", "description": "Stages that require the item (besides any stages.<stage>.checklist naming it or its section). Default: none.", "uniqueItems": true, "items": { "enum": ["development", "staging", "production", "archived"], "description": "A stage." } } } } }, "answers": { "type": "object", "description": "Org-level answers by item id (e.g. data.privacy), shared by every model; a model that answers the item itself replaces the answer. Evidence paths are relative to the repository root.", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$" }, "additionalProperties": { "type": "object", "description": "The answer every model gives unless it answers the item itself.", "additionalProperties": false, "required": ["answer"], "properties": { "answer": { "enum": ["yes", "no", "n/a"], "description": "yes, no or n/a (not applicable; say why in evidence)." }, "evidence": { "description": "Evidence: a statement of substance (at least three words), a link, a path in the repository (relative to its root, written folder/file.ext or ./file; checked to exist) or a manifest field (e.g. gates.fairness; checked to exist). Placeholders (TODO, TBD, x, -, lorem ipsum, a copy of the question) are rejected. Required for yes and n/a on items the stage requires.", "anyOf": [{ "type": "string", "description": "One piece of evidence." }, { "type": "array", "description": "Several pieces of evidence.", "items": { "type": "string", "description": "One piece of evidence." } }] }, "note": { "type": "string", "description": "Anything a reviewer should know." } } } } } }, "waivers": { "type": "array", "description": "Reviewed, expiring exceptions: each lets one named check of one model version pass (as a warning), and is recorded in the evidence of the promotion it allows; audit lists those in force and reports expired ones. They reach the default branch through a pull request like any policy change.", "items": { "type": "object", "description": "One waiver.", "additionalProperties": false, "required": ["model", "check", "reason", "approved_by", "expires"], "properties": { "model": { "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", "description": "The model (metadata.name)." }, "version": { "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "description": "The version it applies to (required, except for audit.<code> waivers)." }, "check": { "type": "string", "pattern": "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9.-]*)?$", "description": "The check it waives: approvals, soak, gate.performance, gate.robustness, gate.champion, gate.fairness, gate.drift, checklist.<item id>, audit.<finding code> (an audit finding about the commit or tag named below)." }, "reason": { "type": "string", "minLength": 10, "description": "Why the exception is acceptable, in a sentence a reviewer can judge." }, "approved_by": { "type": "array", "minItems": 1, "description": "Who approved the exception.", "items": { "type": "string", "pattern": "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", "description": "A user or team." } }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$", "description": "Last day it applies (YYYY-MM-DD, through the end of that day UTC), or an exact ISO 8601 instant." }, "commit": { "type": "string", "pattern": "^[0-9a-f]{7,40}$", "description": "audit.<code> waivers: the commit whose finding it resolves (full or abbreviated sha)." }, "tag": { "type": "string", "minLength": 1, "description": "audit.<code> waivers: the tag whose finding it resolves." } } } }, "monitoring": { "type": "object", "description": "What production monitoring every model must declare.", "additionalProperties": false, "properties": { "require_current": { "type": "boolean", "description": "When true, a model in stage production must say where its production data comes from (monitoring.current with a path, glob or query): without one, validation fails. Default false." } } }, "signatures": { "type": "object", "description": "Signed registry tags, checked by modelops audit with git verify-tag (SSH and GPG signatures).", "additionalProperties": false, "properties": { "required": { "type": "boolean", "description": "When true, every registry tag (registration, stage, unassignment, deprecation) must carry a signature git verifies: an unsigned or untrusted-signed tag is an error, not a warning. Default false." }, "allowed_signers": { "type": "string", "minLength": 1, "description": `Path, relative to the repository root, of the SSH allowed signers file (the format of git's gpg.ssh.allowedSignersFile: "<email> namespaces=\\"git\\" <key>" per line), read at the audited commit. GPG signatures are checked against the auditor's keyring instead.` } } } } };
var pattern19 = new RegExp("^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$", "u");
var pattern32 = new RegExp("^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$", "u");
var pattern36 = new RegExp("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9.-]*)?$", "u");
var pattern38 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$", "u");
var pattern39 = new RegExp("^[0-9a-f]{7,40}$", "u");
function validate150(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate150.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema25.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("modelops/v1" !== data0) {
        const err3 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "modelops/v1" }, message: "must be equal to constant", schema: "modelops/v1", parentSchema: schema25.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Policy" !== data1) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Policy" }, message: "must be equal to constant", schema: "Policy", parentSchema: schema25.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data2 = data.manifests;
      const _errs5 = errors;
      let valid1 = false;
      const _errs6 = errors;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err5 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.manifests.anyOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.manifests.anyOf[0].type, parentSchema: schema25.properties.manifests.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      const _errs8 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err7 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema25.properties.manifests.anyOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err8 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.manifests.anyOf[1].items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.manifests.anyOf[1].items.type, parentSchema: schema25.properties.manifests.anyOf[1].items, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.manifests.anyOf[1].type, parentSchema: schema25.properties.manifests.anyOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err11 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema25.properties.manifests.anyOf, parentSchema: schema25.properties.manifests, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.stages !== void 0) {
      let data4 = data.stages;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "development" || key1 === "staging" || key1 === "production" || key1 === "archived")) {
            const err12 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.stages, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.development !== void 0) {
          let data5 = data4.development;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              if (!(key2 === "checklist" || key2 === "gates" || key2 === "on_failure" || key2 === "approvals" || key2 === "soak")) {
                const err13 = { instancePath: instancePath + "/stages/development", schemaPath: "#/properties/stages/properties/development/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.stages.properties.development, data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data5.checklist !== void 0) {
              let data6 = data5.checklist;
              const _errs19 = errors;
              let valid6 = false;
              const _errs20 = errors;
              if ("all" !== data6) {
                const err14 = { instancePath: instancePath + "/stages/development/checklist", schemaPath: "#/properties/stages/properties/development/properties/checklist/anyOf/0/const", keyword: "const", params: { allowedValue: "all" }, message: "must be equal to constant", schema: "all", parentSchema: schema25.properties.stages.properties.development.properties.checklist.anyOf[0], data: data6 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              var _valid1 = _errs20 === errors;
              valid6 = valid6 || _valid1;
              const _errs21 = errors;
              if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data7 = data6[i1];
                  if (typeof data7 === "string") {
                    if (!pattern19.test(data7)) {
                      const err15 = { instancePath: instancePath + "/stages/development/checklist/" + i1, schemaPath: "#/properties/stages/properties/development/properties/checklist/anyOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$"', schema: "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$", parentSchema: schema25.properties.stages.properties.development.properties.checklist.anyOf[1].items, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/stages/development/checklist/" + i1, schemaPath: "#/properties/stages/properties/development/properties/checklist/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.development.properties.checklist.anyOf[1].items.type, parentSchema: schema25.properties.stages.properties.development.properties.checklist.anyOf[1].items, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                let i2 = data6.length;
                let j0;
                if (i2 > 1) {
                  const indices0 = {};
                  for (; i2--; ) {
                    let item0 = data6[i2];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err17 = { instancePath: instancePath + "/stages/development/checklist", schemaPath: "#/properties/stages/properties/development/properties/checklist/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema25.properties.stages.properties.development.properties.checklist.anyOf[1], data: data6 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i2;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/stages/development/checklist", schemaPath: "#/properties/stages/properties/development/properties/checklist/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.development.properties.checklist.anyOf[1].type, parentSchema: schema25.properties.stages.properties.development.properties.checklist.anyOf[1], data: data6 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              var _valid1 = _errs21 === errors;
              valid6 = valid6 || _valid1;
              if (!valid6) {
                const err19 = { instancePath: instancePath + "/stages/development/checklist", schemaPath: "#/properties/stages/properties/development/properties/checklist/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema25.properties.stages.properties.development.properties.checklist.anyOf, parentSchema: schema25.properties.stages.properties.development.properties.checklist, data: data6 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              } else {
                errors = _errs19;
                if (vErrors !== null) {
                  if (_errs19) {
                    vErrors.length = _errs19;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data5.gates !== void 0) {
              let data8 = data5.gates;
              if (Array.isArray(data8)) {
                const len2 = data8.length;
                for (let i3 = 0; i3 < len2; i3++) {
                  let data9 = data8[i3];
                  if (!(data9 === "performance" || data9 === "robustness" || data9 === "champion" || data9 === "fairness" || data9 === "drift")) {
                    const err20 = { instancePath: instancePath + "/stages/development/gates/" + i3, schemaPath: "#/properties/stages/properties/development/properties/gates/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.development.properties.gates.items.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.development.properties.gates.items.enum, parentSchema: schema25.properties.stages.properties.development.properties.gates.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                let i4 = data8.length;
                let j1;
                if (i4 > 1) {
                  outer0: for (; i4--; ) {
                    for (j1 = i4; j1--; ) {
                      if (func0(data8[i4], data8[j1])) {
                        const err21 = { instancePath: instancePath + "/stages/development/gates", schemaPath: "#/properties/stages/properties/development/properties/gates/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema25.properties.stages.properties.development.properties.gates, data: data8 };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                        break outer0;
                      }
                    }
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/stages/development/gates", schemaPath: "#/properties/stages/properties/development/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.development.properties.gates.type, parentSchema: schema25.properties.stages.properties.development.properties.gates, data: data8 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data5.on_failure !== void 0) {
              let data10 = data5.on_failure;
              if (!(data10 === "block" || data10 === "warn")) {
                const err23 = { instancePath: instancePath + "/stages/development/on_failure", schemaPath: "#/properties/stages/properties/development/properties/on_failure/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.development.properties.on_failure.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.development.properties.on_failure.enum, parentSchema: schema25.properties.stages.properties.development.properties.on_failure, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data5.approvals !== void 0) {
              let data11 = data5.approvals;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                for (const key3 in data11) {
                  if (!(key3 === "count" || key3 === "from" || key3 === "unverified_membership" || key3 === "older_commits")) {
                    const err24 = { instancePath: instancePath + "/stages/development/approvals", schemaPath: "#/properties/stages/properties/development/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.stages.properties.development.properties.approvals, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data11.count !== void 0) {
                  let data12 = data11.count;
                  if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                    const err25 = { instancePath: instancePath + "/stages/development/approvals/count", schemaPath: "#/properties/stages/properties/development/properties/approvals/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.stages.properties.development.properties.approvals.properties.count.type, parentSchema: schema25.properties.stages.properties.development.properties.approvals.properties.count, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                  if (typeof data12 == "number" && isFinite(data12)) {
                    if (data12 < 0 || isNaN(data12)) {
                      const err26 = { instancePath: instancePath + "/stages/development/approvals/count", schemaPath: "#/properties/stages/properties/development/properties/approvals/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema25.properties.stages.properties.development.properties.approvals.properties.count, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  }
                }
                if (data11.from !== void 0) {
                  let data13 = data11.from;
                  if (Array.isArray(data13)) {
                    const len3 = data13.length;
                    for (let i5 = 0; i5 < len3; i5++) {
                      let data14 = data13[i5];
                      if (typeof data14 === "string") {
                        if (!pattern5.test(data14)) {
                          const err27 = { instancePath: instancePath + "/stages/development/approvals/from/" + i5, schemaPath: "#/properties/stages/properties/development/properties/approvals/properties/from/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$" }, message: 'must match pattern "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$"', schema: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", parentSchema: schema25.properties.stages.properties.development.properties.approvals.properties.from.items, data: data14 };
                          if (vErrors === null) {
                            vErrors = [err27];
                          } else {
                            vErrors.push(err27);
                          }
                          errors++;
                        }
                      } else {
                        const err28 = { instancePath: instancePath + "/stages/development/approvals/from/" + i5, schemaPath: "#/properties/stages/properties/development/properties/approvals/properties/from/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.development.properties.approvals.properties.from.items.type, parentSchema: schema25.properties.stages.properties.development.properties.approvals.properties.from.items, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/stages/development/approvals/from", schemaPath: "#/properties/stages/properties/development/properties/approvals/properties/from/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.development.properties.approvals.properties.from.type, parentSchema: schema25.properties.stages.properties.development.properties.approvals.properties.from, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data11.unverified_membership !== void 0) {
                  let data15 = data11.unverified_membership;
                  if (!(data15 === "fail" || data15 === "warn")) {
                    const err30 = { instancePath: instancePath + "/stages/development/approvals/unverified_membership", schemaPath: "#/properties/stages/properties/development/properties/approvals/properties/unverified_membership/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.development.properties.approvals.properties.unverified_membership.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.development.properties.approvals.properties.unverified_membership.enum, parentSchema: schema25.properties.stages.properties.development.properties.approvals.properties.unverified_membership, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data11.older_commits !== void 0) {
                  let data16 = data11.older_commits;
                  if (!(data16 === "discard" || data16 === "count")) {
                    const err31 = { instancePath: instancePath + "/stages/development/approvals/older_commits", schemaPath: "#/properties/stages/properties/development/properties/approvals/properties/older_commits/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.development.properties.approvals.properties.older_commits.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.development.properties.approvals.properties.older_commits.enum, parentSchema: schema25.properties.stages.properties.development.properties.approvals.properties.older_commits, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/stages/development/approvals", schemaPath: "#/properties/stages/properties/development/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.stages.properties.development.properties.approvals.type, parentSchema: schema25.properties.stages.properties.development.properties.approvals, data: data11 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data5.soak !== void 0) {
              let data17 = data5.soak;
              if (typeof data17 === "string") {
                if (!pattern13.test(data17)) {
                  const err33 = { instancePath: instancePath + "/stages/development/soak", schemaPath: "#/properties/stages/properties/development/properties/soak/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(m|h|d|w)$"', schema: "^[0-9]+(m|h|d|w)$", parentSchema: schema25.properties.stages.properties.development.properties.soak, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/stages/development/soak", schemaPath: "#/properties/stages/properties/development/properties/soak/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.development.properties.soak.type, parentSchema: schema25.properties.stages.properties.development.properties.soak, data: data17 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/stages/development", schemaPath: "#/properties/stages/properties/development/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.stages.properties.development.type, parentSchema: schema25.properties.stages.properties.development, data: data5 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data4.staging !== void 0) {
          let data18 = data4.staging;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key4 in data18) {
              if (!(key4 === "checklist" || key4 === "gates" || key4 === "on_failure" || key4 === "approvals" || key4 === "soak")) {
                const err36 = { instancePath: instancePath + "/stages/staging", schemaPath: "#/properties/stages/properties/staging/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.stages.properties.staging, data: data18 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data18.checklist !== void 0) {
              let data19 = data18.checklist;
              const _errs46 = errors;
              let valid17 = false;
              const _errs47 = errors;
              if ("all" !== data19) {
                const err37 = { instancePath: instancePath + "/stages/staging/checklist", schemaPath: "#/properties/stages/properties/staging/properties/checklist/anyOf/0/const", keyword: "const", params: { allowedValue: "all" }, message: "must be equal to constant", schema: "all", parentSchema: schema25.properties.stages.properties.staging.properties.checklist.anyOf[0], data: data19 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              var _valid2 = _errs47 === errors;
              valid17 = valid17 || _valid2;
              const _errs48 = errors;
              if (Array.isArray(data19)) {
                const len4 = data19.length;
                for (let i6 = 0; i6 < len4; i6++) {
                  let data20 = data19[i6];
                  if (typeof data20 === "string") {
                    if (!pattern19.test(data20)) {
                      const err38 = { instancePath: instancePath + "/stages/staging/checklist/" + i6, schemaPath: "#/properties/stages/properties/staging/properties/checklist/anyOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$"', schema: "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$", parentSchema: schema25.properties.stages.properties.staging.properties.checklist.anyOf[1].items, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/stages/staging/checklist/" + i6, schemaPath: "#/properties/stages/properties/staging/properties/checklist/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.staging.properties.checklist.anyOf[1].items.type, parentSchema: schema25.properties.stages.properties.staging.properties.checklist.anyOf[1].items, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                let i7 = data19.length;
                let j2;
                if (i7 > 1) {
                  const indices1 = {};
                  for (; i7--; ) {
                    let item1 = data19[i7];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j2 = indices1[item1];
                      const err40 = { instancePath: instancePath + "/stages/staging/checklist", schemaPath: "#/properties/stages/properties/staging/properties/checklist/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)", schema: true, parentSchema: schema25.properties.stages.properties.staging.properties.checklist.anyOf[1], data: data19 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i7;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/stages/staging/checklist", schemaPath: "#/properties/stages/properties/staging/properties/checklist/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.staging.properties.checklist.anyOf[1].type, parentSchema: schema25.properties.stages.properties.staging.properties.checklist.anyOf[1], data: data19 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              var _valid2 = _errs48 === errors;
              valid17 = valid17 || _valid2;
              if (!valid17) {
                const err42 = { instancePath: instancePath + "/stages/staging/checklist", schemaPath: "#/properties/stages/properties/staging/properties/checklist/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema25.properties.stages.properties.staging.properties.checklist.anyOf, parentSchema: schema25.properties.stages.properties.staging.properties.checklist, data: data19 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              } else {
                errors = _errs46;
                if (vErrors !== null) {
                  if (_errs46) {
                    vErrors.length = _errs46;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data18.gates !== void 0) {
              let data21 = data18.gates;
              if (Array.isArray(data21)) {
                const len5 = data21.length;
                for (let i8 = 0; i8 < len5; i8++) {
                  let data22 = data21[i8];
                  if (!(data22 === "performance" || data22 === "robustness" || data22 === "champion" || data22 === "fairness" || data22 === "drift")) {
                    const err43 = { instancePath: instancePath + "/stages/staging/gates/" + i8, schemaPath: "#/properties/stages/properties/staging/properties/gates/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.staging.properties.gates.items.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.staging.properties.gates.items.enum, parentSchema: schema25.properties.stages.properties.staging.properties.gates.items, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                let i9 = data21.length;
                let j3;
                if (i9 > 1) {
                  outer1: for (; i9--; ) {
                    for (j3 = i9; j3--; ) {
                      if (func0(data21[i9], data21[j3])) {
                        const err44 = { instancePath: instancePath + "/stages/staging/gates", schemaPath: "#/properties/stages/properties/staging/properties/gates/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)", schema: true, parentSchema: schema25.properties.stages.properties.staging.properties.gates, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                        break outer1;
                      }
                    }
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/stages/staging/gates", schemaPath: "#/properties/stages/properties/staging/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.staging.properties.gates.type, parentSchema: schema25.properties.stages.properties.staging.properties.gates, data: data21 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data18.on_failure !== void 0) {
              let data23 = data18.on_failure;
              if (!(data23 === "block" || data23 === "warn")) {
                const err46 = { instancePath: instancePath + "/stages/staging/on_failure", schemaPath: "#/properties/stages/properties/staging/properties/on_failure/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.staging.properties.on_failure.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.staging.properties.on_failure.enum, parentSchema: schema25.properties.stages.properties.staging.properties.on_failure, data: data23 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data18.approvals !== void 0) {
              let data24 = data18.approvals;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                for (const key5 in data24) {
                  if (!(key5 === "count" || key5 === "from" || key5 === "unverified_membership" || key5 === "older_commits")) {
                    const err47 = { instancePath: instancePath + "/stages/staging/approvals", schemaPath: "#/properties/stages/properties/staging/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.stages.properties.staging.properties.approvals, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data24.count !== void 0) {
                  let data25 = data24.count;
                  if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                    const err48 = { instancePath: instancePath + "/stages/staging/approvals/count", schemaPath: "#/properties/stages/properties/staging/properties/approvals/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.stages.properties.staging.properties.approvals.properties.count.type, parentSchema: schema25.properties.stages.properties.staging.properties.approvals.properties.count, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                  if (typeof data25 == "number" && isFinite(data25)) {
                    if (data25 < 0 || isNaN(data25)) {
                      const err49 = { instancePath: instancePath + "/stages/staging/approvals/count", schemaPath: "#/properties/stages/properties/staging/properties/approvals/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema25.properties.stages.properties.staging.properties.approvals.properties.count, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  }
                }
                if (data24.from !== void 0) {
                  let data26 = data24.from;
                  if (Array.isArray(data26)) {
                    const len6 = data26.length;
                    for (let i10 = 0; i10 < len6; i10++) {
                      let data27 = data26[i10];
                      if (typeof data27 === "string") {
                        if (!pattern5.test(data27)) {
                          const err50 = { instancePath: instancePath + "/stages/staging/approvals/from/" + i10, schemaPath: "#/properties/stages/properties/staging/properties/approvals/properties/from/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$" }, message: 'must match pattern "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$"', schema: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", parentSchema: schema25.properties.stages.properties.staging.properties.approvals.properties.from.items, data: data27 };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                      } else {
                        const err51 = { instancePath: instancePath + "/stages/staging/approvals/from/" + i10, schemaPath: "#/properties/stages/properties/staging/properties/approvals/properties/from/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.staging.properties.approvals.properties.from.items.type, parentSchema: schema25.properties.stages.properties.staging.properties.approvals.properties.from.items, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err52 = { instancePath: instancePath + "/stages/staging/approvals/from", schemaPath: "#/properties/stages/properties/staging/properties/approvals/properties/from/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.staging.properties.approvals.properties.from.type, parentSchema: schema25.properties.stages.properties.staging.properties.approvals.properties.from, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data24.unverified_membership !== void 0) {
                  let data28 = data24.unverified_membership;
                  if (!(data28 === "fail" || data28 === "warn")) {
                    const err53 = { instancePath: instancePath + "/stages/staging/approvals/unverified_membership", schemaPath: "#/properties/stages/properties/staging/properties/approvals/properties/unverified_membership/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.staging.properties.approvals.properties.unverified_membership.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.staging.properties.approvals.properties.unverified_membership.enum, parentSchema: schema25.properties.stages.properties.staging.properties.approvals.properties.unverified_membership, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data24.older_commits !== void 0) {
                  let data29 = data24.older_commits;
                  if (!(data29 === "discard" || data29 === "count")) {
                    const err54 = { instancePath: instancePath + "/stages/staging/approvals/older_commits", schemaPath: "#/properties/stages/properties/staging/properties/approvals/properties/older_commits/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.staging.properties.approvals.properties.older_commits.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.staging.properties.approvals.properties.older_commits.enum, parentSchema: schema25.properties.stages.properties.staging.properties.approvals.properties.older_commits, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/stages/staging/approvals", schemaPath: "#/properties/stages/properties/staging/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.stages.properties.staging.properties.approvals.type, parentSchema: schema25.properties.stages.properties.staging.properties.approvals, data: data24 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data18.soak !== void 0) {
              let data30 = data18.soak;
              if (typeof data30 === "string") {
                if (!pattern13.test(data30)) {
                  const err56 = { instancePath: instancePath + "/stages/staging/soak", schemaPath: "#/properties/stages/properties/staging/properties/soak/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(m|h|d|w)$"', schema: "^[0-9]+(m|h|d|w)$", parentSchema: schema25.properties.stages.properties.staging.properties.soak, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/stages/staging/soak", schemaPath: "#/properties/stages/properties/staging/properties/soak/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.staging.properties.soak.type, parentSchema: schema25.properties.stages.properties.staging.properties.soak, data: data30 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/stages/staging", schemaPath: "#/properties/stages/properties/staging/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.stages.properties.staging.type, parentSchema: schema25.properties.stages.properties.staging, data: data18 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data4.production !== void 0) {
          let data31 = data4.production;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            for (const key6 in data31) {
              if (!(key6 === "checklist" || key6 === "gates" || key6 === "on_failure" || key6 === "approvals" || key6 === "soak")) {
                const err59 = { instancePath: instancePath + "/stages/production", schemaPath: "#/properties/stages/properties/production/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.stages.properties.production, data: data31 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data31.checklist !== void 0) {
              let data32 = data31.checklist;
              const _errs73 = errors;
              let valid28 = false;
              const _errs74 = errors;
              if ("all" !== data32) {
                const err60 = { instancePath: instancePath + "/stages/production/checklist", schemaPath: "#/properties/stages/properties/production/properties/checklist/anyOf/0/const", keyword: "const", params: { allowedValue: "all" }, message: "must be equal to constant", schema: "all", parentSchema: schema25.properties.stages.properties.production.properties.checklist.anyOf[0], data: data32 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              var _valid3 = _errs74 === errors;
              valid28 = valid28 || _valid3;
              const _errs75 = errors;
              if (Array.isArray(data32)) {
                const len7 = data32.length;
                for (let i11 = 0; i11 < len7; i11++) {
                  let data33 = data32[i11];
                  if (typeof data33 === "string") {
                    if (!pattern19.test(data33)) {
                      const err61 = { instancePath: instancePath + "/stages/production/checklist/" + i11, schemaPath: "#/properties/stages/properties/production/properties/checklist/anyOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$"', schema: "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$", parentSchema: schema25.properties.stages.properties.production.properties.checklist.anyOf[1].items, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/stages/production/checklist/" + i11, schemaPath: "#/properties/stages/properties/production/properties/checklist/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.production.properties.checklist.anyOf[1].items.type, parentSchema: schema25.properties.stages.properties.production.properties.checklist.anyOf[1].items, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                let i12 = data32.length;
                let j4;
                if (i12 > 1) {
                  const indices2 = {};
                  for (; i12--; ) {
                    let item2 = data32[i12];
                    if (typeof item2 !== "string") {
                      continue;
                    }
                    if (typeof indices2[item2] == "number") {
                      j4 = indices2[item2];
                      const err63 = { instancePath: instancePath + "/stages/production/checklist", schemaPath: "#/properties/stages/properties/production/properties/checklist/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i12 + " are identical)", schema: true, parentSchema: schema25.properties.stages.properties.production.properties.checklist.anyOf[1], data: data32 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                      break;
                    }
                    indices2[item2] = i12;
                  }
                }
              } else {
                const err64 = { instancePath: instancePath + "/stages/production/checklist", schemaPath: "#/properties/stages/properties/production/properties/checklist/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.production.properties.checklist.anyOf[1].type, parentSchema: schema25.properties.stages.properties.production.properties.checklist.anyOf[1], data: data32 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              var _valid3 = _errs75 === errors;
              valid28 = valid28 || _valid3;
              if (!valid28) {
                const err65 = { instancePath: instancePath + "/stages/production/checklist", schemaPath: "#/properties/stages/properties/production/properties/checklist/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema25.properties.stages.properties.production.properties.checklist.anyOf, parentSchema: schema25.properties.stages.properties.production.properties.checklist, data: data32 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              } else {
                errors = _errs73;
                if (vErrors !== null) {
                  if (_errs73) {
                    vErrors.length = _errs73;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data31.gates !== void 0) {
              let data34 = data31.gates;
              if (Array.isArray(data34)) {
                const len8 = data34.length;
                for (let i13 = 0; i13 < len8; i13++) {
                  let data35 = data34[i13];
                  if (!(data35 === "performance" || data35 === "robustness" || data35 === "champion" || data35 === "fairness" || data35 === "drift")) {
                    const err66 = { instancePath: instancePath + "/stages/production/gates/" + i13, schemaPath: "#/properties/stages/properties/production/properties/gates/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.production.properties.gates.items.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.production.properties.gates.items.enum, parentSchema: schema25.properties.stages.properties.production.properties.gates.items, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                let i14 = data34.length;
                let j5;
                if (i14 > 1) {
                  outer2: for (; i14--; ) {
                    for (j5 = i14; j5--; ) {
                      if (func0(data34[i14], data34[j5])) {
                        const err67 = { instancePath: instancePath + "/stages/production/gates", schemaPath: "#/properties/stages/properties/production/properties/gates/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i14 + " are identical)", schema: true, parentSchema: schema25.properties.stages.properties.production.properties.gates, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                        break outer2;
                      }
                    }
                  }
                }
              } else {
                const err68 = { instancePath: instancePath + "/stages/production/gates", schemaPath: "#/properties/stages/properties/production/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.production.properties.gates.type, parentSchema: schema25.properties.stages.properties.production.properties.gates, data: data34 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data31.on_failure !== void 0) {
              let data36 = data31.on_failure;
              if (!(data36 === "block" || data36 === "warn")) {
                const err69 = { instancePath: instancePath + "/stages/production/on_failure", schemaPath: "#/properties/stages/properties/production/properties/on_failure/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.production.properties.on_failure.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.production.properties.on_failure.enum, parentSchema: schema25.properties.stages.properties.production.properties.on_failure, data: data36 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data31.approvals !== void 0) {
              let data37 = data31.approvals;
              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                for (const key7 in data37) {
                  if (!(key7 === "count" || key7 === "from" || key7 === "unverified_membership" || key7 === "older_commits")) {
                    const err70 = { instancePath: instancePath + "/stages/production/approvals", schemaPath: "#/properties/stages/properties/production/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.stages.properties.production.properties.approvals, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data37.count !== void 0) {
                  let data38 = data37.count;
                  if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                    const err71 = { instancePath: instancePath + "/stages/production/approvals/count", schemaPath: "#/properties/stages/properties/production/properties/approvals/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.stages.properties.production.properties.approvals.properties.count.type, parentSchema: schema25.properties.stages.properties.production.properties.approvals.properties.count, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                  if (typeof data38 == "number" && isFinite(data38)) {
                    if (data38 < 0 || isNaN(data38)) {
                      const err72 = { instancePath: instancePath + "/stages/production/approvals/count", schemaPath: "#/properties/stages/properties/production/properties/approvals/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema25.properties.stages.properties.production.properties.approvals.properties.count, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  }
                }
                if (data37.from !== void 0) {
                  let data39 = data37.from;
                  if (Array.isArray(data39)) {
                    const len9 = data39.length;
                    for (let i15 = 0; i15 < len9; i15++) {
                      let data40 = data39[i15];
                      if (typeof data40 === "string") {
                        if (!pattern5.test(data40)) {
                          const err73 = { instancePath: instancePath + "/stages/production/approvals/from/" + i15, schemaPath: "#/properties/stages/properties/production/properties/approvals/properties/from/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$" }, message: 'must match pattern "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$"', schema: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", parentSchema: schema25.properties.stages.properties.production.properties.approvals.properties.from.items, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err73];
                          } else {
                            vErrors.push(err73);
                          }
                          errors++;
                        }
                      } else {
                        const err74 = { instancePath: instancePath + "/stages/production/approvals/from/" + i15, schemaPath: "#/properties/stages/properties/production/properties/approvals/properties/from/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.production.properties.approvals.properties.from.items.type, parentSchema: schema25.properties.stages.properties.production.properties.approvals.properties.from.items, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err75 = { instancePath: instancePath + "/stages/production/approvals/from", schemaPath: "#/properties/stages/properties/production/properties/approvals/properties/from/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.production.properties.approvals.properties.from.type, parentSchema: schema25.properties.stages.properties.production.properties.approvals.properties.from, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data37.unverified_membership !== void 0) {
                  let data41 = data37.unverified_membership;
                  if (!(data41 === "fail" || data41 === "warn")) {
                    const err76 = { instancePath: instancePath + "/stages/production/approvals/unverified_membership", schemaPath: "#/properties/stages/properties/production/properties/approvals/properties/unverified_membership/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.production.properties.approvals.properties.unverified_membership.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.production.properties.approvals.properties.unverified_membership.enum, parentSchema: schema25.properties.stages.properties.production.properties.approvals.properties.unverified_membership, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data37.older_commits !== void 0) {
                  let data42 = data37.older_commits;
                  if (!(data42 === "discard" || data42 === "count")) {
                    const err77 = { instancePath: instancePath + "/stages/production/approvals/older_commits", schemaPath: "#/properties/stages/properties/production/properties/approvals/properties/older_commits/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.production.properties.approvals.properties.older_commits.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.production.properties.approvals.properties.older_commits.enum, parentSchema: schema25.properties.stages.properties.production.properties.approvals.properties.older_commits, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
              } else {
                const err78 = { instancePath: instancePath + "/stages/production/approvals", schemaPath: "#/properties/stages/properties/production/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.stages.properties.production.properties.approvals.type, parentSchema: schema25.properties.stages.properties.production.properties.approvals, data: data37 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data31.soak !== void 0) {
              let data43 = data31.soak;
              if (typeof data43 === "string") {
                if (!pattern13.test(data43)) {
                  const err79 = { instancePath: instancePath + "/stages/production/soak", schemaPath: "#/properties/stages/properties/production/properties/soak/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(m|h|d|w)$"', schema: "^[0-9]+(m|h|d|w)$", parentSchema: schema25.properties.stages.properties.production.properties.soak, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/stages/production/soak", schemaPath: "#/properties/stages/properties/production/properties/soak/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.production.properties.soak.type, parentSchema: schema25.properties.stages.properties.production.properties.soak, data: data43 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/stages/production", schemaPath: "#/properties/stages/properties/production/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.stages.properties.production.type, parentSchema: schema25.properties.stages.properties.production, data: data31 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data4.archived !== void 0) {
          let data44 = data4.archived;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key8 in data44) {
              if (!(key8 === "checklist" || key8 === "gates" || key8 === "on_failure" || key8 === "approvals" || key8 === "soak")) {
                const err82 = { instancePath: instancePath + "/stages/archived", schemaPath: "#/properties/stages/properties/archived/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.stages.properties.archived, data: data44 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data44.checklist !== void 0) {
              let data45 = data44.checklist;
              const _errs100 = errors;
              let valid39 = false;
              const _errs101 = errors;
              if ("all" !== data45) {
                const err83 = { instancePath: instancePath + "/stages/archived/checklist", schemaPath: "#/properties/stages/properties/archived/properties/checklist/anyOf/0/const", keyword: "const", params: { allowedValue: "all" }, message: "must be equal to constant", schema: "all", parentSchema: schema25.properties.stages.properties.archived.properties.checklist.anyOf[0], data: data45 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
              var _valid4 = _errs101 === errors;
              valid39 = valid39 || _valid4;
              const _errs102 = errors;
              if (Array.isArray(data45)) {
                const len10 = data45.length;
                for (let i16 = 0; i16 < len10; i16++) {
                  let data46 = data45[i16];
                  if (typeof data46 === "string") {
                    if (!pattern19.test(data46)) {
                      const err84 = { instancePath: instancePath + "/stages/archived/checklist/" + i16, schemaPath: "#/properties/stages/properties/archived/properties/checklist/anyOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$"', schema: "^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$", parentSchema: schema25.properties.stages.properties.archived.properties.checklist.anyOf[1].items, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  } else {
                    const err85 = { instancePath: instancePath + "/stages/archived/checklist/" + i16, schemaPath: "#/properties/stages/properties/archived/properties/checklist/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.archived.properties.checklist.anyOf[1].items.type, parentSchema: schema25.properties.stages.properties.archived.properties.checklist.anyOf[1].items, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                let i17 = data45.length;
                let j6;
                if (i17 > 1) {
                  const indices3 = {};
                  for (; i17--; ) {
                    let item3 = data45[i17];
                    if (typeof item3 !== "string") {
                      continue;
                    }
                    if (typeof indices3[item3] == "number") {
                      j6 = indices3[item3];
                      const err86 = { instancePath: instancePath + "/stages/archived/checklist", schemaPath: "#/properties/stages/properties/archived/properties/checklist/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i17 + " are identical)", schema: true, parentSchema: schema25.properties.stages.properties.archived.properties.checklist.anyOf[1], data: data45 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i17;
                  }
                }
              } else {
                const err87 = { instancePath: instancePath + "/stages/archived/checklist", schemaPath: "#/properties/stages/properties/archived/properties/checklist/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.archived.properties.checklist.anyOf[1].type, parentSchema: schema25.properties.stages.properties.archived.properties.checklist.anyOf[1], data: data45 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              var _valid4 = _errs102 === errors;
              valid39 = valid39 || _valid4;
              if (!valid39) {
                const err88 = { instancePath: instancePath + "/stages/archived/checklist", schemaPath: "#/properties/stages/properties/archived/properties/checklist/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema25.properties.stages.properties.archived.properties.checklist.anyOf, parentSchema: schema25.properties.stages.properties.archived.properties.checklist, data: data45 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              } else {
                errors = _errs100;
                if (vErrors !== null) {
                  if (_errs100) {
                    vErrors.length = _errs100;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data44.gates !== void 0) {
              let data47 = data44.gates;
              if (Array.isArray(data47)) {
                const len11 = data47.length;
                for (let i18 = 0; i18 < len11; i18++) {
                  let data48 = data47[i18];
                  if (!(data48 === "performance" || data48 === "robustness" || data48 === "champion" || data48 === "fairness" || data48 === "drift")) {
                    const err89 = { instancePath: instancePath + "/stages/archived/gates/" + i18, schemaPath: "#/properties/stages/properties/archived/properties/gates/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.archived.properties.gates.items.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.archived.properties.gates.items.enum, parentSchema: schema25.properties.stages.properties.archived.properties.gates.items, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                let i19 = data47.length;
                let j7;
                if (i19 > 1) {
                  outer3: for (; i19--; ) {
                    for (j7 = i19; j7--; ) {
                      if (func0(data47[i19], data47[j7])) {
                        const err90 = { instancePath: instancePath + "/stages/archived/gates", schemaPath: "#/properties/stages/properties/archived/properties/gates/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i19 + " are identical)", schema: true, parentSchema: schema25.properties.stages.properties.archived.properties.gates, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                        break outer3;
                      }
                    }
                  }
                }
              } else {
                const err91 = { instancePath: instancePath + "/stages/archived/gates", schemaPath: "#/properties/stages/properties/archived/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.archived.properties.gates.type, parentSchema: schema25.properties.stages.properties.archived.properties.gates, data: data47 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data44.on_failure !== void 0) {
              let data49 = data44.on_failure;
              if (!(data49 === "block" || data49 === "warn")) {
                const err92 = { instancePath: instancePath + "/stages/archived/on_failure", schemaPath: "#/properties/stages/properties/archived/properties/on_failure/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.archived.properties.on_failure.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.archived.properties.on_failure.enum, parentSchema: schema25.properties.stages.properties.archived.properties.on_failure, data: data49 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data44.approvals !== void 0) {
              let data50 = data44.approvals;
              if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                for (const key9 in data50) {
                  if (!(key9 === "count" || key9 === "from" || key9 === "unverified_membership" || key9 === "older_commits")) {
                    const err93 = { instancePath: instancePath + "/stages/archived/approvals", schemaPath: "#/properties/stages/properties/archived/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.stages.properties.archived.properties.approvals, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
                if (data50.count !== void 0) {
                  let data51 = data50.count;
                  if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
                    const err94 = { instancePath: instancePath + "/stages/archived/approvals/count", schemaPath: "#/properties/stages/properties/archived/properties/approvals/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.stages.properties.archived.properties.approvals.properties.count.type, parentSchema: schema25.properties.stages.properties.archived.properties.approvals.properties.count, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                  if (typeof data51 == "number" && isFinite(data51)) {
                    if (data51 < 0 || isNaN(data51)) {
                      const err95 = { instancePath: instancePath + "/stages/archived/approvals/count", schemaPath: "#/properties/stages/properties/archived/properties/approvals/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema25.properties.stages.properties.archived.properties.approvals.properties.count, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                }
                if (data50.from !== void 0) {
                  let data52 = data50.from;
                  if (Array.isArray(data52)) {
                    const len12 = data52.length;
                    for (let i20 = 0; i20 < len12; i20++) {
                      let data53 = data52[i20];
                      if (typeof data53 === "string") {
                        if (!pattern5.test(data53)) {
                          const err96 = { instancePath: instancePath + "/stages/archived/approvals/from/" + i20, schemaPath: "#/properties/stages/properties/archived/properties/approvals/properties/from/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$" }, message: 'must match pattern "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$"', schema: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", parentSchema: schema25.properties.stages.properties.archived.properties.approvals.properties.from.items, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err96];
                          } else {
                            vErrors.push(err96);
                          }
                          errors++;
                        }
                      } else {
                        const err97 = { instancePath: instancePath + "/stages/archived/approvals/from/" + i20, schemaPath: "#/properties/stages/properties/archived/properties/approvals/properties/from/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.archived.properties.approvals.properties.from.items.type, parentSchema: schema25.properties.stages.properties.archived.properties.approvals.properties.from.items, data: data53 };
                        if (vErrors === null) {
                          vErrors = [err97];
                        } else {
                          vErrors.push(err97);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/stages/archived/approvals/from", schemaPath: "#/properties/stages/properties/archived/properties/approvals/properties/from/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.stages.properties.archived.properties.approvals.properties.from.type, parentSchema: schema25.properties.stages.properties.archived.properties.approvals.properties.from, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data50.unverified_membership !== void 0) {
                  let data54 = data50.unverified_membership;
                  if (!(data54 === "fail" || data54 === "warn")) {
                    const err99 = { instancePath: instancePath + "/stages/archived/approvals/unverified_membership", schemaPath: "#/properties/stages/properties/archived/properties/approvals/properties/unverified_membership/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.archived.properties.approvals.properties.unverified_membership.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.archived.properties.approvals.properties.unverified_membership.enum, parentSchema: schema25.properties.stages.properties.archived.properties.approvals.properties.unverified_membership, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data50.older_commits !== void 0) {
                  let data55 = data50.older_commits;
                  if (!(data55 === "discard" || data55 === "count")) {
                    const err100 = { instancePath: instancePath + "/stages/archived/approvals/older_commits", schemaPath: "#/properties/stages/properties/archived/properties/approvals/properties/older_commits/enum", keyword: "enum", params: { allowedValues: schema25.properties.stages.properties.archived.properties.approvals.properties.older_commits.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.stages.properties.archived.properties.approvals.properties.older_commits.enum, parentSchema: schema25.properties.stages.properties.archived.properties.approvals.properties.older_commits, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
              } else {
                const err101 = { instancePath: instancePath + "/stages/archived/approvals", schemaPath: "#/properties/stages/properties/archived/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.stages.properties.archived.properties.approvals.type, parentSchema: schema25.properties.stages.properties.archived.properties.approvals, data: data50 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data44.soak !== void 0) {
              let data56 = data44.soak;
              if (typeof data56 === "string") {
                if (!pattern13.test(data56)) {
                  const err102 = { instancePath: instancePath + "/stages/archived/soak", schemaPath: "#/properties/stages/properties/archived/properties/soak/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(m|h|d|w)$" }, message: 'must match pattern "^[0-9]+(m|h|d|w)$"', schema: "^[0-9]+(m|h|d|w)$", parentSchema: schema25.properties.stages.properties.archived.properties.soak, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              } else {
                const err103 = { instancePath: instancePath + "/stages/archived/soak", schemaPath: "#/properties/stages/properties/archived/properties/soak/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.stages.properties.archived.properties.soak.type, parentSchema: schema25.properties.stages.properties.archived.properties.soak, data: data56 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
          } else {
            const err104 = { instancePath: instancePath + "/stages/archived", schemaPath: "#/properties/stages/properties/archived/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.stages.properties.archived.type, parentSchema: schema25.properties.stages.properties.archived, data: data44 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.stages.type, parentSchema: schema25.properties.stages, data: data4 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.transitions !== void 0) {
      let data57 = data.transitions;
      if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
        for (const key10 in data57) {
          if (!(key10 === "development" || key10 === "staging" || key10 === "production" || key10 === "archived")) {
            const err106 = { instancePath: instancePath + "/transitions", schemaPath: "#/properties/transitions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.transitions, data: data57 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data57.development !== void 0) {
          let data58 = data57.development;
          if (Array.isArray(data58)) {
            const len13 = data58.length;
            for (let i21 = 0; i21 < len13; i21++) {
              let data59 = data58[i21];
              if (!(data59 === "development" || data59 === "staging" || data59 === "production" || data59 === "archived")) {
                const err107 = { instancePath: instancePath + "/transitions/development/" + i21, schemaPath: "#/properties/transitions/properties/development/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.transitions.properties.development.items.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.transitions.properties.development.items.enum, parentSchema: schema25.properties.transitions.properties.development.items, data: data59 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            let i22 = data58.length;
            let j8;
            if (i22 > 1) {
              outer4: for (; i22--; ) {
                for (j8 = i22; j8--; ) {
                  if (func0(data58[i22], data58[j8])) {
                    const err108 = { instancePath: instancePath + "/transitions/development", schemaPath: "#/properties/transitions/properties/development/uniqueItems", keyword: "uniqueItems", params: { i: i22, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i22 + " are identical)", schema: true, parentSchema: schema25.properties.transitions.properties.development, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                    break outer4;
                  }
                }
              }
            }
          } else {
            const err109 = { instancePath: instancePath + "/transitions/development", schemaPath: "#/properties/transitions/properties/development/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.transitions.properties.development.type, parentSchema: schema25.properties.transitions.properties.development, data: data58 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data57.staging !== void 0) {
          let data60 = data57.staging;
          if (Array.isArray(data60)) {
            const len14 = data60.length;
            for (let i23 = 0; i23 < len14; i23++) {
              let data61 = data60[i23];
              if (!(data61 === "development" || data61 === "staging" || data61 === "production" || data61 === "archived")) {
                const err110 = { instancePath: instancePath + "/transitions/staging/" + i23, schemaPath: "#/properties/transitions/properties/staging/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.transitions.properties.staging.items.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.transitions.properties.staging.items.enum, parentSchema: schema25.properties.transitions.properties.staging.items, data: data61 };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            let i24 = data60.length;
            let j9;
            if (i24 > 1) {
              outer5: for (; i24--; ) {
                for (j9 = i24; j9--; ) {
                  if (func0(data60[i24], data60[j9])) {
                    const err111 = { instancePath: instancePath + "/transitions/staging", schemaPath: "#/properties/transitions/properties/staging/uniqueItems", keyword: "uniqueItems", params: { i: i24, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i24 + " are identical)", schema: true, parentSchema: schema25.properties.transitions.properties.staging, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                    break outer5;
                  }
                }
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/transitions/staging", schemaPath: "#/properties/transitions/properties/staging/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.transitions.properties.staging.type, parentSchema: schema25.properties.transitions.properties.staging, data: data60 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data57.production !== void 0) {
          let data62 = data57.production;
          if (Array.isArray(data62)) {
            const len15 = data62.length;
            for (let i25 = 0; i25 < len15; i25++) {
              let data63 = data62[i25];
              if (!(data63 === "development" || data63 === "staging" || data63 === "production" || data63 === "archived")) {
                const err113 = { instancePath: instancePath + "/transitions/production/" + i25, schemaPath: "#/properties/transitions/properties/production/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.transitions.properties.production.items.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.transitions.properties.production.items.enum, parentSchema: schema25.properties.transitions.properties.production.items, data: data63 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            let i26 = data62.length;
            let j10;
            if (i26 > 1) {
              outer6: for (; i26--; ) {
                for (j10 = i26; j10--; ) {
                  if (func0(data62[i26], data62[j10])) {
                    const err114 = { instancePath: instancePath + "/transitions/production", schemaPath: "#/properties/transitions/properties/production/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i26 + " are identical)", schema: true, parentSchema: schema25.properties.transitions.properties.production, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                    break outer6;
                  }
                }
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/transitions/production", schemaPath: "#/properties/transitions/properties/production/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.transitions.properties.production.type, parentSchema: schema25.properties.transitions.properties.production, data: data62 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data57.archived !== void 0) {
          let data64 = data57.archived;
          if (Array.isArray(data64)) {
            const len16 = data64.length;
            for (let i27 = 0; i27 < len16; i27++) {
              let data65 = data64[i27];
              if (!(data65 === "development" || data65 === "staging" || data65 === "production" || data65 === "archived")) {
                const err116 = { instancePath: instancePath + "/transitions/archived/" + i27, schemaPath: "#/properties/transitions/properties/archived/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.transitions.properties.archived.items.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.transitions.properties.archived.items.enum, parentSchema: schema25.properties.transitions.properties.archived.items, data: data65 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
            let i28 = data64.length;
            let j11;
            if (i28 > 1) {
              outer7: for (; i28--; ) {
                for (j11 = i28; j11--; ) {
                  if (func0(data64[i28], data64[j11])) {
                    const err117 = { instancePath: instancePath + "/transitions/archived", schemaPath: "#/properties/transitions/properties/archived/uniqueItems", keyword: "uniqueItems", params: { i: i28, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i28 + " are identical)", schema: true, parentSchema: schema25.properties.transitions.properties.archived, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                    break outer7;
                  }
                }
              }
            }
          } else {
            const err118 = { instancePath: instancePath + "/transitions/archived", schemaPath: "#/properties/transitions/properties/archived/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.transitions.properties.archived.type, parentSchema: schema25.properties.transitions.properties.archived, data: data64 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
      } else {
        const err119 = { instancePath: instancePath + "/transitions", schemaPath: "#/properties/transitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.transitions.type, parentSchema: schema25.properties.transitions, data: data57 };
        if (vErrors === null) {
          vErrors = [err119];
        } else {
          vErrors.push(err119);
        }
        errors++;
      }
    }
    if (data.initial_stages !== void 0) {
      let data66 = data.initial_stages;
      if (Array.isArray(data66)) {
        const len17 = data66.length;
        for (let i29 = 0; i29 < len17; i29++) {
          let data67 = data66[i29];
          if (!(data67 === "development" || data67 === "staging" || data67 === "production" || data67 === "archived")) {
            const err120 = { instancePath: instancePath + "/initial_stages/" + i29, schemaPath: "#/properties/initial_stages/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.initial_stages.items.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.initial_stages.items.enum, parentSchema: schema25.properties.initial_stages.items, data: data67 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        let i30 = data66.length;
        let j12;
        if (i30 > 1) {
          outer8: for (; i30--; ) {
            for (j12 = i30; j12--; ) {
              if (func0(data66[i30], data66[j12])) {
                const err121 = { instancePath: instancePath + "/initial_stages", schemaPath: "#/properties/initial_stages/uniqueItems", keyword: "uniqueItems", params: { i: i30, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i30 + " are identical)", schema: true, parentSchema: schema25.properties.initial_stages, data: data66 };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
                break outer8;
              }
            }
          }
        }
      } else {
        const err122 = { instancePath: instancePath + "/initial_stages", schemaPath: "#/properties/initial_stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.initial_stages.type, parentSchema: schema25.properties.initial_stages, data: data66 };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
    if (data.checklist !== void 0) {
      let data68 = data.checklist;
      if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
        for (const key11 in data68) {
          if (!(key11 === "sections" || key11 === "items" || key11 === "answers")) {
            const err123 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.checklist, data: data68 };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        if (data68.sections !== void 0) {
          let data69 = data68.sections;
          if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
            for (const key12 in data69) {
              const _errs146 = errors;
              if (typeof key12 === "string") {
                if (!pattern17.test(key12)) {
                  const err124 = { instancePath: instancePath + "/checklist/sections", schemaPath: "#/properties/checklist/properties/sections/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema25.properties.checklist.properties.sections.propertyNames, data: key12, propertyName: key12 };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
              }
              var valid66 = _errs146 === errors;
              if (!valid66) {
                const err125 = { instancePath: instancePath + "/checklist/sections", schemaPath: "#/properties/checklist/properties/sections/propertyNames", keyword: "propertyNames", params: { propertyName: key12 }, message: "property name must be valid", schema: schema25.properties.checklist.properties.sections.propertyNames, parentSchema: schema25.properties.checklist.properties.sections, data: data69 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
            for (const key13 in data69) {
              let data70 = data69[key13];
              if (typeof data70 === "string") {
                if (func2(data70) < 1) {
                  const err126 = { instancePath: instancePath + "/checklist/sections/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklist/properties/sections/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.checklist.properties.sections.additionalProperties, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              } else {
                const err127 = { instancePath: instancePath + "/checklist/sections/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklist/properties/sections/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.checklist.properties.sections.additionalProperties.type, parentSchema: schema25.properties.checklist.properties.sections.additionalProperties, data: data70 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
          } else {
            const err128 = { instancePath: instancePath + "/checklist/sections", schemaPath: "#/properties/checklist/properties/sections/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.checklist.properties.sections.type, parentSchema: schema25.properties.checklist.properties.sections, data: data69 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        if (data68.items !== void 0) {
          let data71 = data68.items;
          if (Array.isArray(data71)) {
            const len18 = data71.length;
            for (let i31 = 0; i31 < len18; i31++) {
              let data72 = data71[i31];
              if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                if (data72.id === void 0) {
                  const err129 = { instancePath: instancePath + "/checklist/items/" + i31, schemaPath: "#/properties/checklist/properties/items/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema25.properties.checklist.properties.items.items.required, parentSchema: schema25.properties.checklist.properties.items.items, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
                if (data72.question === void 0) {
                  const err130 = { instancePath: instancePath + "/checklist/items/" + i31, schemaPath: "#/properties/checklist/properties/items/items/required", keyword: "required", params: { missingProperty: "question" }, message: "must have required property 'question'", schema: schema25.properties.checklist.properties.items.items.required, parentSchema: schema25.properties.checklist.properties.items.items, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
                for (const key14 in data72) {
                  if (!(key14 === "id" || key14 === "question" || key14 === "stages")) {
                    const err131 = { instancePath: instancePath + "/checklist/items/" + i31, schemaPath: "#/properties/checklist/properties/items/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.checklist.properties.items.items, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                if (data72.id !== void 0) {
                  let data73 = data72.id;
                  if (typeof data73 === "string") {
                    if (!pattern32.test(data73)) {
                      const err132 = { instancePath: instancePath + "/checklist/items/" + i31 + "/id", schemaPath: "#/properties/checklist/properties/items/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$", parentSchema: schema25.properties.checklist.properties.items.items.properties.id, data: data73 };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                  } else {
                    const err133 = { instancePath: instancePath + "/checklist/items/" + i31 + "/id", schemaPath: "#/properties/checklist/properties/items/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.checklist.properties.items.items.properties.id.type, parentSchema: schema25.properties.checklist.properties.items.items.properties.id, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                if (data72.question !== void 0) {
                  let data74 = data72.question;
                  if (typeof data74 === "string") {
                    if (func2(data74) < 10) {
                      const err134 = { instancePath: instancePath + "/checklist/items/" + i31 + "/question", schemaPath: "#/properties/checklist/properties/items/items/properties/question/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: schema25.properties.checklist.properties.items.items.properties.question, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                  } else {
                    const err135 = { instancePath: instancePath + "/checklist/items/" + i31 + "/question", schemaPath: "#/properties/checklist/properties/items/items/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.checklist.properties.items.items.properties.question.type, parentSchema: schema25.properties.checklist.properties.items.items.properties.question, data: data74 };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
                if (data72.stages !== void 0) {
                  let data75 = data72.stages;
                  if (Array.isArray(data75)) {
                    const len19 = data75.length;
                    for (let i32 = 0; i32 < len19; i32++) {
                      let data76 = data75[i32];
                      if (!(data76 === "development" || data76 === "staging" || data76 === "production" || data76 === "archived")) {
                        const err136 = { instancePath: instancePath + "/checklist/items/" + i31 + "/stages/" + i32, schemaPath: "#/properties/checklist/properties/items/items/properties/stages/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.checklist.properties.items.items.properties.stages.items.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.checklist.properties.items.items.properties.stages.items.enum, parentSchema: schema25.properties.checklist.properties.items.items.properties.stages.items, data: data76 };
                        if (vErrors === null) {
                          vErrors = [err136];
                        } else {
                          vErrors.push(err136);
                        }
                        errors++;
                      }
                    }
                    let i33 = data75.length;
                    let j13;
                    if (i33 > 1) {
                      outer9: for (; i33--; ) {
                        for (j13 = i33; j13--; ) {
                          if (func0(data75[i33], data75[j13])) {
                            const err137 = { instancePath: instancePath + "/checklist/items/" + i31 + "/stages", schemaPath: "#/properties/checklist/properties/items/items/properties/stages/uniqueItems", keyword: "uniqueItems", params: { i: i33, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i33 + " are identical)", schema: true, parentSchema: schema25.properties.checklist.properties.items.items.properties.stages, data: data75 };
                            if (vErrors === null) {
                              vErrors = [err137];
                            } else {
                              vErrors.push(err137);
                            }
                            errors++;
                            break outer9;
                          }
                        }
                      }
                    }
                  } else {
                    const err138 = { instancePath: instancePath + "/checklist/items/" + i31 + "/stages", schemaPath: "#/properties/checklist/properties/items/items/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.checklist.properties.items.items.properties.stages.type, parentSchema: schema25.properties.checklist.properties.items.items.properties.stages, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
              } else {
                const err139 = { instancePath: instancePath + "/checklist/items/" + i31, schemaPath: "#/properties/checklist/properties/items/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.checklist.properties.items.items.type, parentSchema: schema25.properties.checklist.properties.items.items, data: data72 };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
          } else {
            const err140 = { instancePath: instancePath + "/checklist/items", schemaPath: "#/properties/checklist/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.checklist.properties.items.type, parentSchema: schema25.properties.checklist.properties.items, data: data71 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
        }
        if (data68.answers !== void 0) {
          let data77 = data68.answers;
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            for (const key15 in data77) {
              const _errs164 = errors;
              if (typeof key15 === "string") {
                if (!pattern32.test(key15)) {
                  const err141 = { instancePath: instancePath + "/checklist/answers", schemaPath: "#/properties/checklist/properties/answers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$", parentSchema: schema25.properties.checklist.properties.answers.propertyNames, data: key15, propertyName: key15 };
                  if (vErrors === null) {
                    vErrors = [err141];
                  } else {
                    vErrors.push(err141);
                  }
                  errors++;
                }
              }
              var valid74 = _errs164 === errors;
              if (!valid74) {
                const err142 = { instancePath: instancePath + "/checklist/answers", schemaPath: "#/properties/checklist/properties/answers/propertyNames", keyword: "propertyNames", params: { propertyName: key15 }, message: "property name must be valid", schema: schema25.properties.checklist.properties.answers.propertyNames, parentSchema: schema25.properties.checklist.properties.answers, data: data77 };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            for (const key16 in data77) {
              let data78 = data77[key16];
              if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                if (data78.answer === void 0) {
                  const err143 = { instancePath: instancePath + "/checklist/answers/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklist/properties/answers/additionalProperties/required", keyword: "required", params: { missingProperty: "answer" }, message: "must have required property 'answer'", schema: schema25.properties.checklist.properties.answers.additionalProperties.required, parentSchema: schema25.properties.checklist.properties.answers.additionalProperties, data: data78 };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
                for (const key17 in data78) {
                  if (!(key17 === "answer" || key17 === "evidence" || key17 === "note")) {
                    const err144 = { instancePath: instancePath + "/checklist/answers/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklist/properties/answers/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.checklist.properties.answers.additionalProperties, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
                if (data78.answer !== void 0) {
                  let data79 = data78.answer;
                  if (!(data79 === "yes" || data79 === "no" || data79 === "n/a")) {
                    const err145 = { instancePath: instancePath + "/checklist/answers/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/answer", schemaPath: "#/properties/checklist/properties/answers/additionalProperties/properties/answer/enum", keyword: "enum", params: { allowedValues: schema25.properties.checklist.properties.answers.additionalProperties.properties.answer.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.checklist.properties.answers.additionalProperties.properties.answer.enum, parentSchema: schema25.properties.checklist.properties.answers.additionalProperties.properties.answer, data: data79 };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
                if (data78.evidence !== void 0) {
                  let data80 = data78.evidence;
                  const _errs171 = errors;
                  let valid77 = false;
                  const _errs172 = errors;
                  if (typeof data80 !== "string") {
                    const err146 = { instancePath: instancePath + "/checklist/answers/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/evidence", schemaPath: "#/properties/checklist/properties/answers/additionalProperties/properties/evidence/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.checklist.properties.answers.additionalProperties.properties.evidence.anyOf[0].type, parentSchema: schema25.properties.checklist.properties.answers.additionalProperties.properties.evidence.anyOf[0], data: data80 };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                  var _valid5 = _errs172 === errors;
                  valid77 = valid77 || _valid5;
                  const _errs174 = errors;
                  if (Array.isArray(data80)) {
                    const len20 = data80.length;
                    for (let i34 = 0; i34 < len20; i34++) {
                      let data81 = data80[i34];
                      if (typeof data81 !== "string") {
                        const err147 = { instancePath: instancePath + "/checklist/answers/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/evidence/" + i34, schemaPath: "#/properties/checklist/properties/answers/additionalProperties/properties/evidence/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.checklist.properties.answers.additionalProperties.properties.evidence.anyOf[1].items.type, parentSchema: schema25.properties.checklist.properties.answers.additionalProperties.properties.evidence.anyOf[1].items, data: data81 };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err148 = { instancePath: instancePath + "/checklist/answers/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/evidence", schemaPath: "#/properties/checklist/properties/answers/additionalProperties/properties/evidence/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.checklist.properties.answers.additionalProperties.properties.evidence.anyOf[1].type, parentSchema: schema25.properties.checklist.properties.answers.additionalProperties.properties.evidence.anyOf[1], data: data80 };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                  var _valid5 = _errs174 === errors;
                  valid77 = valid77 || _valid5;
                  if (!valid77) {
                    const err149 = { instancePath: instancePath + "/checklist/answers/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/evidence", schemaPath: "#/properties/checklist/properties/answers/additionalProperties/properties/evidence/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema25.properties.checklist.properties.answers.additionalProperties.properties.evidence.anyOf, parentSchema: schema25.properties.checklist.properties.answers.additionalProperties.properties.evidence, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  } else {
                    errors = _errs171;
                    if (vErrors !== null) {
                      if (_errs171) {
                        vErrors.length = _errs171;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data78.note !== void 0) {
                  let data82 = data78.note;
                  if (typeof data82 !== "string") {
                    const err150 = { instancePath: instancePath + "/checklist/answers/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/note", schemaPath: "#/properties/checklist/properties/answers/additionalProperties/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.checklist.properties.answers.additionalProperties.properties.note.type, parentSchema: schema25.properties.checklist.properties.answers.additionalProperties.properties.note, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
              } else {
                const err151 = { instancePath: instancePath + "/checklist/answers/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checklist/properties/answers/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.checklist.properties.answers.additionalProperties.type, parentSchema: schema25.properties.checklist.properties.answers.additionalProperties, data: data78 };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
          } else {
            const err152 = { instancePath: instancePath + "/checklist/answers", schemaPath: "#/properties/checklist/properties/answers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.checklist.properties.answers.type, parentSchema: schema25.properties.checklist.properties.answers, data: data77 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
        }
      } else {
        const err153 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.checklist.type, parentSchema: schema25.properties.checklist, data: data68 };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data83 = data.waivers;
      if (Array.isArray(data83)) {
        const len21 = data83.length;
        for (let i35 = 0; i35 < len21; i35++) {
          let data84 = data83[i35];
          if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
            if (data84.model === void 0) {
              const err154 = { instancePath: instancePath + "/waivers/" + i35, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema25.properties.waivers.items.required, parentSchema: schema25.properties.waivers.items, data: data84 };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
            if (data84.check === void 0) {
              const err155 = { instancePath: instancePath + "/waivers/" + i35, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'", schema: schema25.properties.waivers.items.required, parentSchema: schema25.properties.waivers.items, data: data84 };
              if (vErrors === null) {
                vErrors = [err155];
              } else {
                vErrors.push(err155);
              }
              errors++;
            }
            if (data84.reason === void 0) {
              const err156 = { instancePath: instancePath + "/waivers/" + i35, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema25.properties.waivers.items.required, parentSchema: schema25.properties.waivers.items, data: data84 };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
            if (data84.approved_by === void 0) {
              const err157 = { instancePath: instancePath + "/waivers/" + i35, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "approved_by" }, message: "must have required property 'approved_by'", schema: schema25.properties.waivers.items.required, parentSchema: schema25.properties.waivers.items, data: data84 };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
            if (data84.expires === void 0) {
              const err158 = { instancePath: instancePath + "/waivers/" + i35, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema25.properties.waivers.items.required, parentSchema: schema25.properties.waivers.items, data: data84 };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
            for (const key18 in data84) {
              if (!(key18 === "model" || key18 === "version" || key18 === "check" || key18 === "reason" || key18 === "approved_by" || key18 === "expires" || key18 === "commit" || key18 === "tag")) {
                const err159 = { instancePath: instancePath + "/waivers/" + i35, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.waivers.items, data: data84 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
            if (data84.model !== void 0) {
              let data85 = data84.model;
              if (typeof data85 === "string") {
                if (!pattern3.test(data85)) {
                  const err160 = { instancePath: instancePath + "/waivers/" + i35 + "/model", schemaPath: "#/properties/waivers/items/properties/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema25.properties.waivers.items.properties.model, data: data85 };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
              } else {
                const err161 = { instancePath: instancePath + "/waivers/" + i35 + "/model", schemaPath: "#/properties/waivers/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.waivers.items.properties.model.type, parentSchema: schema25.properties.waivers.items.properties.model, data: data85 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
            if (data84.version !== void 0) {
              let data86 = data84.version;
              if (typeof data86 === "string") {
                if (!pattern4.test(data86)) {
                  const err162 = { instancePath: instancePath + "/waivers/" + i35 + "/version", schemaPath: "#/properties/waivers/items/properties/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", parentSchema: schema25.properties.waivers.items.properties.version, data: data86 };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                }
              } else {
                const err163 = { instancePath: instancePath + "/waivers/" + i35 + "/version", schemaPath: "#/properties/waivers/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.waivers.items.properties.version.type, parentSchema: schema25.properties.waivers.items.properties.version, data: data86 };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
            if (data84.check !== void 0) {
              let data87 = data84.check;
              if (typeof data87 === "string") {
                if (!pattern36.test(data87)) {
                  const err164 = { instancePath: instancePath + "/waivers/" + i35 + "/check", schemaPath: "#/properties/waivers/items/properties/check/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9.-]*)?$" }, message: 'must match pattern "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9.-]*)?$"', schema: "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9.-]*)?$", parentSchema: schema25.properties.waivers.items.properties.check, data: data87 };
                  if (vErrors === null) {
                    vErrors = [err164];
                  } else {
                    vErrors.push(err164);
                  }
                  errors++;
                }
              } else {
                const err165 = { instancePath: instancePath + "/waivers/" + i35 + "/check", schemaPath: "#/properties/waivers/items/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.waivers.items.properties.check.type, parentSchema: schema25.properties.waivers.items.properties.check, data: data87 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            if (data84.reason !== void 0) {
              let data88 = data84.reason;
              if (typeof data88 === "string") {
                if (func2(data88) < 10) {
                  const err166 = { instancePath: instancePath + "/waivers/" + i35 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: schema25.properties.waivers.items.properties.reason, data: data88 };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                }
              } else {
                const err167 = { instancePath: instancePath + "/waivers/" + i35 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.waivers.items.properties.reason.type, parentSchema: schema25.properties.waivers.items.properties.reason, data: data88 };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
            if (data84.approved_by !== void 0) {
              let data89 = data84.approved_by;
              if (Array.isArray(data89)) {
                if (data89.length < 1) {
                  const err168 = { instancePath: instancePath + "/waivers/" + i35 + "/approved_by", schemaPath: "#/properties/waivers/items/properties/approved_by/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema25.properties.waivers.items.properties.approved_by, data: data89 };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
                const len22 = data89.length;
                for (let i36 = 0; i36 < len22; i36++) {
                  let data90 = data89[i36];
                  if (typeof data90 === "string") {
                    if (!pattern5.test(data90)) {
                      const err169 = { instancePath: instancePath + "/waivers/" + i35 + "/approved_by/" + i36, schemaPath: "#/properties/waivers/items/properties/approved_by/items/pattern", keyword: "pattern", params: { pattern: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$" }, message: 'must match pattern "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$"', schema: "^(@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", parentSchema: schema25.properties.waivers.items.properties.approved_by.items, data: data90 };
                      if (vErrors === null) {
                        vErrors = [err169];
                      } else {
                        vErrors.push(err169);
                      }
                      errors++;
                    }
                  } else {
                    const err170 = { instancePath: instancePath + "/waivers/" + i35 + "/approved_by/" + i36, schemaPath: "#/properties/waivers/items/properties/approved_by/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.waivers.items.properties.approved_by.items.type, parentSchema: schema25.properties.waivers.items.properties.approved_by.items, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err170];
                    } else {
                      vErrors.push(err170);
                    }
                    errors++;
                  }
                }
              } else {
                const err171 = { instancePath: instancePath + "/waivers/" + i35 + "/approved_by", schemaPath: "#/properties/waivers/items/properties/approved_by/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.waivers.items.properties.approved_by.type, parentSchema: schema25.properties.waivers.items.properties.approved_by, data: data89 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data84.expires !== void 0) {
              let data91 = data84.expires;
              if (typeof data91 === "string") {
                if (!pattern38.test(data91)) {
                  const err172 = { instancePath: instancePath + "/waivers/" + i35 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$"', schema: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$", parentSchema: schema25.properties.waivers.items.properties.expires, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
              } else {
                const err173 = { instancePath: instancePath + "/waivers/" + i35 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.waivers.items.properties.expires.type, parentSchema: schema25.properties.waivers.items.properties.expires, data: data91 };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
            if (data84.commit !== void 0) {
              let data92 = data84.commit;
              if (typeof data92 === "string") {
                if (!pattern39.test(data92)) {
                  const err174 = { instancePath: instancePath + "/waivers/" + i35 + "/commit", schemaPath: "#/properties/waivers/items/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,40}$" }, message: 'must match pattern "^[0-9a-f]{7,40}$"', schema: "^[0-9a-f]{7,40}$", parentSchema: schema25.properties.waivers.items.properties.commit, data: data92 };
                  if (vErrors === null) {
                    vErrors = [err174];
                  } else {
                    vErrors.push(err174);
                  }
                  errors++;
                }
              } else {
                const err175 = { instancePath: instancePath + "/waivers/" + i35 + "/commit", schemaPath: "#/properties/waivers/items/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.waivers.items.properties.commit.type, parentSchema: schema25.properties.waivers.items.properties.commit, data: data92 };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            }
            if (data84.tag !== void 0) {
              let data93 = data84.tag;
              if (typeof data93 === "string") {
                if (func2(data93) < 1) {
                  const err176 = { instancePath: instancePath + "/waivers/" + i35 + "/tag", schemaPath: "#/properties/waivers/items/properties/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.waivers.items.properties.tag, data: data93 };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              } else {
                const err177 = { instancePath: instancePath + "/waivers/" + i35 + "/tag", schemaPath: "#/properties/waivers/items/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.waivers.items.properties.tag.type, parentSchema: schema25.properties.waivers.items.properties.tag, data: data93 };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
          } else {
            const err178 = { instancePath: instancePath + "/waivers/" + i35, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.waivers.items.type, parentSchema: schema25.properties.waivers.items, data: data84 };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
      } else {
        const err179 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.waivers.type, parentSchema: schema25.properties.waivers, data: data83 };
        if (vErrors === null) {
          vErrors = [err179];
        } else {
          vErrors.push(err179);
        }
        errors++;
      }
    }
    if (data.monitoring !== void 0) {
      let data94 = data.monitoring;
      if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
        for (const key19 in data94) {
          if (!(key19 === "require_current")) {
            const err180 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.monitoring, data: data94 };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        if (data94.require_current !== void 0) {
          let data95 = data94.require_current;
          if (typeof data95 !== "boolean") {
            const err181 = { instancePath: instancePath + "/monitoring/require_current", schemaPath: "#/properties/monitoring/properties/require_current/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.monitoring.properties.require_current.type, parentSchema: schema25.properties.monitoring.properties.require_current, data: data95 };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
        }
      } else {
        const err182 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.monitoring.type, parentSchema: schema25.properties.monitoring, data: data94 };
        if (vErrors === null) {
          vErrors = [err182];
        } else {
          vErrors.push(err182);
        }
        errors++;
      }
    }
    if (data.signatures !== void 0) {
      let data96 = data.signatures;
      if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
        for (const key20 in data96) {
          if (!(key20 === "required" || key20 === "allowed_signers")) {
            const err183 = { instancePath: instancePath + "/signatures", schemaPath: "#/properties/signatures/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.signatures, data: data96 };
            if (vErrors === null) {
              vErrors = [err183];
            } else {
              vErrors.push(err183);
            }
            errors++;
          }
        }
        if (data96.required !== void 0) {
          let data97 = data96.required;
          if (typeof data97 !== "boolean") {
            const err184 = { instancePath: instancePath + "/signatures/required", schemaPath: "#/properties/signatures/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.signatures.properties.required.type, parentSchema: schema25.properties.signatures.properties.required, data: data97 };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
        }
        if (data96.allowed_signers !== void 0) {
          let data98 = data96.allowed_signers;
          if (typeof data98 === "string") {
            if (func2(data98) < 1) {
              const err185 = { instancePath: instancePath + "/signatures/allowed_signers", schemaPath: "#/properties/signatures/properties/allowed_signers/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.signatures.properties.allowed_signers, data: data98 };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
          } else {
            const err186 = { instancePath: instancePath + "/signatures/allowed_signers", schemaPath: "#/properties/signatures/properties/allowed_signers/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.signatures.properties.allowed_signers.type, parentSchema: schema25.properties.signatures.properties.allowed_signers, data: data98 };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
        }
      } else {
        const err187 = { instancePath: instancePath + "/signatures", schemaPath: "#/properties/signatures/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.signatures.type, parentSchema: schema25.properties.signatures, data: data96 };
        if (vErrors === null) {
          vErrors = [err187];
        } else {
          vErrors.push(err187);
        }
        errors++;
      }
    }
  } else {
    const err188 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err188];
    } else {
      vErrors.push(err188);
    }
    errors++;
  }
  validate150.errors = vErrors;
  return errors === 0;
}
validate150.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateProfile = validate151;
var schema26 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelops.dev/schemas/v1/profile.schema.json", "title": "modelops profile", "type": "object", "description": "What drift needs of a dataset without its rows: per column, missing counts, bin counts over the reference's bin edges (numeric) or category counts (categorical). Written by modelops profile FILE, or from the rows of the SQL modelops profile --sql prints; modelops drift compares two.", "additionalProperties": false, "required": ["apiVersion", "kind", "rows", "bins", "edges", "columns"], "properties": { "apiVersion": { "const": "modelops/v1", "description": "Format version." }, "kind": { "const": "Profile", "description": "Document kind." }, "rows": { "type": "integer", "minimum": 0, "description": "Rows profiled." }, "source": { "type": "string", "description": "What was profiled: a file or a table (informational)." }, "bins": { "type": "integer", "minimum": 1, "description": "Equal-width bins per numeric column (of the reference profile whose edges are used)." }, "edges": { "enum": ["own-range", "reference"], "description": "own-range: each numeric column's edges span this data's finite range (a reference profile); reference: counted over a reference profile's edges (a current profile)." }, "columns": { "type": "array", "description": "One entry per column.", "items": { "oneOf": [{ "type": "object", "description": "A numeric column.", "additionalProperties": false, "required": ["name", "kind", "missing", "count", "min", "max", "sum", "sumOfSquares", "edges", "counts", "sums"], "properties": { "name": { "type": "string", "description": "Column name." }, "kind": { "const": "numeric", "description": "Numeric column." }, "missing": { "type": "integer", "minimum": 0, "description": "Rows without a finite value (NULL, NaN, \xB1Infinity)." }, "count": { "type": "integer", "minimum": 0, "description": "Rows with a finite value (the sum of counts)." }, "min": { "type": ["number", "null"], "description": "Smallest finite value; null without any." }, "max": { "type": ["number", "null"], "description": "Largest finite value; null without any." }, "sum": { "type": "number", "description": "Sum of the finite values." }, "sumOfSquares": { "type": "number", "description": "Sum of their squares." }, "edges": { "type": "array", "description": "Bin edges, ascending: min + ((max - min) * k) / bins for k < bins and max itself, of the reference. Empty when the reference has no finite value.", "items": { "type": "number", "description": "A value." } }, "counts": { "type": "array", "description": "edges.length + 1 counts: below edges[0]; [edges[i-1], edges[i]) for each bin, the last bin closed; above the last edge.", "items": { "type": "integer", "minimum": 0, "description": "Rows." } }, "sums": { "type": "array", "description": "Sum of the values in each of those bins.", "items": { "type": "number", "description": "A value." } } } }, { "type": "object", "description": "A categorical column.", "additionalProperties": false, "required": ["name", "kind", "missing", "categories"], "properties": { "name": { "type": "string", "description": "Column name." }, "kind": { "const": "categorical", "description": "Categorical column." }, "missing": { "type": "integer", "minimum": 0, "description": "Rows without a value (NULL, empty text)." }, "categories": { "type": "array", "description": "Rows per category, sorted by category text.", "items": { "type": "object", "description": "One category.", "additionalProperties": false, "required": ["value", "count"], "properties": { "value": { "type": "string", "description": "Category text." }, "count": { "type": "integer", "minimum": 0, "description": "Rows." } } } } } }], "description": "One column." } } } };
function validate151(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate151.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rows === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.bins === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bins" }, message: "must have required property 'bins'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.edges === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "edges" }, message: "must have required property 'edges'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.columns === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "rows" || key0 === "source" || key0 === "bins" || key0 === "edges" || key0 === "columns")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("modelops/v1" !== data0) {
        const err7 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "modelops/v1" }, message: "must be equal to constant", schema: "modelops/v1", parentSchema: schema26.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Profile" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Profile" }, message: "must be equal to constant", schema: "Profile", parentSchema: schema26.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data2 = data.rows;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err9 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.rows.type, parentSchema: schema26.properties.rows, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err10 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.rows, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.source !== void 0) {
      let data3 = data.source;
      if (typeof data3 !== "string") {
        const err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.source.type, parentSchema: schema26.properties.source, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.bins !== void 0) {
      let data4 = data.bins;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err12 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.bins.type, parentSchema: schema26.properties.bins, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema26.properties.bins, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.edges !== void 0) {
      let data5 = data.edges;
      if (!(data5 === "own-range" || data5 === "reference")) {
        const err14 = { instancePath: instancePath + "/edges", schemaPath: "#/properties/edges/enum", keyword: "enum", params: { allowedValues: schema26.properties.edges.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.edges.enum, parentSchema: schema26.properties.edges, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data6 = data.columns;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs14 = errors;
          let valid3 = false;
          let passing0 = null;
          const _errs15 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.name === void 0) {
              const err15 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data7.kind === void 0) {
              const err16 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data7.missing === void 0) {
              const err17 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "missing" }, message: "must have required property 'missing'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data7.count === void 0) {
              const err18 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data7.min === void 0) {
              const err19 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data7.max === void 0) {
              const err20 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data7.sum === void 0) {
              const err21 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "sum" }, message: "must have required property 'sum'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data7.sumOfSquares === void 0) {
              const err22 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "sumOfSquares" }, message: "must have required property 'sumOfSquares'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data7.edges === void 0) {
              const err23 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "edges" }, message: "must have required property 'edges'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data7.counts === void 0) {
              const err24 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property 'counts'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data7.sums === void 0) {
              const err25 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/required", keyword: "required", params: { missingProperty: "sums" }, message: "must have required property 'sums'", schema: schema26.properties.columns.items.oneOf[0].required, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key1 in data7) {
              if (!func1.call(schema26.properties.columns.items.oneOf[0].properties, key1)) {
                const err26 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data7.name !== void 0) {
              let data8 = data7.name;
              if (typeof data8 !== "string") {
                const err27 = { instancePath: instancePath + "/columns/" + i0 + "/name", schemaPath: "#/properties/columns/items/oneOf/0/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.columns.items.oneOf[0].properties.name.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.name, data: data8 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data7.kind !== void 0) {
              let data9 = data7.kind;
              if ("numeric" !== data9) {
                const err28 = { instancePath: instancePath + "/columns/" + i0 + "/kind", schemaPath: "#/properties/columns/items/oneOf/0/properties/kind/const", keyword: "const", params: { allowedValue: "numeric" }, message: "must be equal to constant", schema: "numeric", parentSchema: schema26.properties.columns.items.oneOf[0].properties.kind, data: data9 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data7.missing !== void 0) {
              let data10 = data7.missing;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err29 = { instancePath: instancePath + "/columns/" + i0 + "/missing", schemaPath: "#/properties/columns/items/oneOf/0/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.columns.items.oneOf[0].properties.missing.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.missing, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                  const err30 = { instancePath: instancePath + "/columns/" + i0 + "/missing", schemaPath: "#/properties/columns/items/oneOf/0/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.columns.items.oneOf[0].properties.missing, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
            if (data7.count !== void 0) {
              let data11 = data7.count;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err31 = { instancePath: instancePath + "/columns/" + i0 + "/count", schemaPath: "#/properties/columns/items/oneOf/0/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.columns.items.oneOf[0].properties.count.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.count, data: data11 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 0 || isNaN(data11)) {
                  const err32 = { instancePath: instancePath + "/columns/" + i0 + "/count", schemaPath: "#/properties/columns/items/oneOf/0/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.columns.items.oneOf[0].properties.count, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
            }
            if (data7.min !== void 0) {
              let data12 = data7.min;
              if (!(typeof data12 == "number" && isFinite(data12)) && data12 !== null) {
                const err33 = { instancePath: instancePath + "/columns/" + i0 + "/min", schemaPath: "#/properties/columns/items/oneOf/0/properties/min/type", keyword: "type", params: { type: schema26.properties.columns.items.oneOf[0].properties.min.type }, message: "must be number,null", schema: schema26.properties.columns.items.oneOf[0].properties.min.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.min, data: data12 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data7.max !== void 0) {
              let data13 = data7.max;
              if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
                const err34 = { instancePath: instancePath + "/columns/" + i0 + "/max", schemaPath: "#/properties/columns/items/oneOf/0/properties/max/type", keyword: "type", params: { type: schema26.properties.columns.items.oneOf[0].properties.max.type }, message: "must be number,null", schema: schema26.properties.columns.items.oneOf[0].properties.max.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.max, data: data13 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data7.sum !== void 0) {
              let data14 = data7.sum;
              if (!(typeof data14 == "number" && isFinite(data14))) {
                const err35 = { instancePath: instancePath + "/columns/" + i0 + "/sum", schemaPath: "#/properties/columns/items/oneOf/0/properties/sum/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema26.properties.columns.items.oneOf[0].properties.sum.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.sum, data: data14 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data7.sumOfSquares !== void 0) {
              let data15 = data7.sumOfSquares;
              if (!(typeof data15 == "number" && isFinite(data15))) {
                const err36 = { instancePath: instancePath + "/columns/" + i0 + "/sumOfSquares", schemaPath: "#/properties/columns/items/oneOf/0/properties/sumOfSquares/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema26.properties.columns.items.oneOf[0].properties.sumOfSquares.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.sumOfSquares, data: data15 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data7.edges !== void 0) {
              let data16 = data7.edges;
              if (Array.isArray(data16)) {
                const len1 = data16.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data17 = data16[i1];
                  if (!(typeof data17 == "number" && isFinite(data17))) {
                    const err37 = { instancePath: instancePath + "/columns/" + i0 + "/edges/" + i1, schemaPath: "#/properties/columns/items/oneOf/0/properties/edges/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema26.properties.columns.items.oneOf[0].properties.edges.items.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.edges.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/columns/" + i0 + "/edges", schemaPath: "#/properties/columns/items/oneOf/0/properties/edges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.columns.items.oneOf[0].properties.edges.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.edges, data: data16 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data7.counts !== void 0) {
              let data18 = data7.counts;
              if (Array.isArray(data18)) {
                const len2 = data18.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data19 = data18[i2];
                  if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                    const err39 = { instancePath: instancePath + "/columns/" + i0 + "/counts/" + i2, schemaPath: "#/properties/columns/items/oneOf/0/properties/counts/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.columns.items.oneOf[0].properties.counts.items.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.counts.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                  if (typeof data19 == "number" && isFinite(data19)) {
                    if (data19 < 0 || isNaN(data19)) {
                      const err40 = { instancePath: instancePath + "/columns/" + i0 + "/counts/" + i2, schemaPath: "#/properties/columns/items/oneOf/0/properties/counts/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.columns.items.oneOf[0].properties.counts.items, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/columns/" + i0 + "/counts", schemaPath: "#/properties/columns/items/oneOf/0/properties/counts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.columns.items.oneOf[0].properties.counts.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.counts, data: data18 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data7.sums !== void 0) {
              let data20 = data7.sums;
              if (Array.isArray(data20)) {
                const len3 = data20.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data21 = data20[i3];
                  if (!(typeof data21 == "number" && isFinite(data21))) {
                    const err42 = { instancePath: instancePath + "/columns/" + i0 + "/sums/" + i3, schemaPath: "#/properties/columns/items/oneOf/0/properties/sums/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema26.properties.columns.items.oneOf[0].properties.sums.items.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.sums.items, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/columns/" + i0 + "/sums", schemaPath: "#/properties/columns/items/oneOf/0/properties/sums/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.columns.items.oneOf[0].properties.sums.type, parentSchema: schema26.properties.columns.items.oneOf[0].properties.sums, data: data20 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.columns.items.oneOf[0].type, parentSchema: schema26.properties.columns.items.oneOf[0], data: data7 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          var _valid0 = _errs15 === errors;
          if (_valid0) {
            valid3 = true;
            passing0 = 0;
            var props0 = true;
          }
          const _errs45 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.name === void 0) {
              const err45 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema26.properties.columns.items.oneOf[1].required, parentSchema: schema26.properties.columns.items.oneOf[1], data: data7 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data7.kind === void 0) {
              const err46 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema26.properties.columns.items.oneOf[1].required, parentSchema: schema26.properties.columns.items.oneOf[1], data: data7 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data7.missing === void 0) {
              const err47 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/1/required", keyword: "required", params: { missingProperty: "missing" }, message: "must have required property 'missing'", schema: schema26.properties.columns.items.oneOf[1].required, parentSchema: schema26.properties.columns.items.oneOf[1], data: data7 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data7.categories === void 0) {
              const err48 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/1/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property 'categories'", schema: schema26.properties.columns.items.oneOf[1].required, parentSchema: schema26.properties.columns.items.oneOf[1], data: data7 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!(key2 === "name" || key2 === "kind" || key2 === "missing" || key2 === "categories")) {
                const err49 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.columns.items.oneOf[1], data: data7 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data7.name !== void 0) {
              let data22 = data7.name;
              if (typeof data22 !== "string") {
                const err50 = { instancePath: instancePath + "/columns/" + i0 + "/name", schemaPath: "#/properties/columns/items/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.columns.items.oneOf[1].properties.name.type, parentSchema: schema26.properties.columns.items.oneOf[1].properties.name, data: data22 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data7.kind !== void 0) {
              let data23 = data7.kind;
              if ("categorical" !== data23) {
                const err51 = { instancePath: instancePath + "/columns/" + i0 + "/kind", schemaPath: "#/properties/columns/items/oneOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "categorical" }, message: "must be equal to constant", schema: "categorical", parentSchema: schema26.properties.columns.items.oneOf[1].properties.kind, data: data23 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data7.missing !== void 0) {
              let data24 = data7.missing;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                const err52 = { instancePath: instancePath + "/columns/" + i0 + "/missing", schemaPath: "#/properties/columns/items/oneOf/1/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.columns.items.oneOf[1].properties.missing.type, parentSchema: schema26.properties.columns.items.oneOf[1].properties.missing, data: data24 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                  const err53 = { instancePath: instancePath + "/columns/" + i0 + "/missing", schemaPath: "#/properties/columns/items/oneOf/1/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.columns.items.oneOf[1].properties.missing, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
            }
            if (data7.categories !== void 0) {
              let data25 = data7.categories;
              if (Array.isArray(data25)) {
                const len4 = data25.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data26 = data25[i4];
                  if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    if (data26.value === void 0) {
                      const err54 = { instancePath: instancePath + "/columns/" + i0 + "/categories/" + i4, schemaPath: "#/properties/columns/items/oneOf/1/properties/categories/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema26.properties.columns.items.oneOf[1].properties.categories.items.required, parentSchema: schema26.properties.columns.items.oneOf[1].properties.categories.items, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                    if (data26.count === void 0) {
                      const err55 = { instancePath: instancePath + "/columns/" + i0 + "/categories/" + i4, schemaPath: "#/properties/columns/items/oneOf/1/properties/categories/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema26.properties.columns.items.oneOf[1].properties.categories.items.required, parentSchema: schema26.properties.columns.items.oneOf[1].properties.categories.items, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                    for (const key3 in data26) {
                      if (!(key3 === "value" || key3 === "count")) {
                        const err56 = { instancePath: instancePath + "/columns/" + i0 + "/categories/" + i4, schemaPath: "#/properties/columns/items/oneOf/1/properties/categories/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.columns.items.oneOf[1].properties.categories.items, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                    if (data26.value !== void 0) {
                      let data27 = data26.value;
                      if (typeof data27 !== "string") {
                        const err57 = { instancePath: instancePath + "/columns/" + i0 + "/categories/" + i4 + "/value", schemaPath: "#/properties/columns/items/oneOf/1/properties/categories/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.columns.items.oneOf[1].properties.categories.items.properties.value.type, parentSchema: schema26.properties.columns.items.oneOf[1].properties.categories.items.properties.value, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data26.count !== void 0) {
                      let data28 = data26.count;
                      if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                        const err58 = { instancePath: instancePath + "/columns/" + i0 + "/categories/" + i4 + "/count", schemaPath: "#/properties/columns/items/oneOf/1/properties/categories/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.columns.items.oneOf[1].properties.categories.items.properties.count.type, parentSchema: schema26.properties.columns.items.oneOf[1].properties.categories.items.properties.count, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                      if (typeof data28 == "number" && isFinite(data28)) {
                        if (data28 < 0 || isNaN(data28)) {
                          const err59 = { instancePath: instancePath + "/columns/" + i0 + "/categories/" + i4 + "/count", schemaPath: "#/properties/columns/items/oneOf/1/properties/categories/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.columns.items.oneOf[1].properties.categories.items.properties.count, data: data28 };
                          if (vErrors === null) {
                            vErrors = [err59];
                          } else {
                            vErrors.push(err59);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/columns/" + i0 + "/categories/" + i4, schemaPath: "#/properties/columns/items/oneOf/1/properties/categories/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.columns.items.oneOf[1].properties.categories.items.type, parentSchema: schema26.properties.columns.items.oneOf[1].properties.categories.items, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/columns/" + i0 + "/categories", schemaPath: "#/properties/columns/items/oneOf/1/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.columns.items.oneOf[1].properties.categories.type, parentSchema: schema26.properties.columns.items.oneOf[1].properties.categories, data: data25 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.columns.items.oneOf[1].type, parentSchema: schema26.properties.columns.items.oneOf[1], data: data7 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          var _valid0 = _errs45 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
          }
          if (!valid3) {
            const err63 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.columns.items.oneOf, parentSchema: schema26.properties.columns.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          } else {
            errors = _errs14;
            if (vErrors !== null) {
              if (_errs14) {
                vErrors.length = _errs14;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.columns.type, parentSchema: schema26.properties.columns, data: data6 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
  } else {
    const err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err65];
    } else {
      vErrors.push(err65);
    }
    errors++;
  }
  validate151.errors = vErrors;
  return errors === 0;
}
validate151.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateEvidenceHeader = validate152;
var schema27 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelops.dev/schemas/v1/evidence-header.schema.json", "title": "modelops promotion evidence", "type": "object", "description": "The evidence in the message of a promotion tag (<name>@v<version> or <name>#<stage>#<n>): what was promoted, from which commit and pull request, with which approvals, on the strength of which gate report.", "additionalProperties": false, "required": ["apiVersion", "kind", "action", "tag", "model", "version", "stage", "commit", "mergeCommit", "range", "manifest", "files", "verdict", "createdAt", "tool"], "properties": { "apiVersion": { "const": "modelops/v1", "description": "Evidence format version." }, "kind": { "const": "Evidence", "description": "Document kind." }, "action": { "enum": ["register", "assign", "unassign", "deprecate"], "description": "register: the tag registers the version; assign: it assigns the stage; unassign: it withdraws the stage (GTO's <name>#<stage>!#<n>); deprecate: it archives the model (GTO's <name>@deprecated#<n>)." }, "tag": { "type": "string", "description": "The tag this evidence was written for; a copy under another name is detected." }, "model": { "type": "string", "description": "Model name (metadata.name)." }, "version": { "type": "string", "description": "Version registered or assigned." }, "stage": { "type": "string", "description": "Stage assigned (assign), or the stage in the manifest when the version was registered (register)." }, "commit": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$", "description": "Commit the tag points at: the promoted commit for a registration, the registration commit for an assignment (where GTO looks up the version). A tag found elsewhere was moved." }, "mergeCommit": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$", "description": "The promoted commit: the head of the push (its after)." }, "range": { "type": "object", "description": "The pushed range the promotion covers; the audit counts manifest changes in it as covered.", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "type": ["string", "null"], "description": "The commit before the push; null for a first promotion." }, "to": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$", "description": "The promoted commit." } } }, "manifest": { "type": "object", "description": "The manifest promoted.", "additionalProperties": false, "required": ["path", "blob", "contentDigest"], "properties": { "path": { "type": "string", "description": "Manifest path, relative to the repository root." }, "blob": { "type": "string", "description": "Git blob id of the manifest at the promoted commit." }, "contentDigest": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "sha256 of the canonical JSON of the content a version pins (task, artifact, data, gates)." } } }, "files": { "type": "array", "description": "Files the manifest pins by sha256, artifact first.", "items": { "type": "object", "description": "A pinned file.", "additionalProperties": false, "required": ["role", "path", "sha256"], "properties": { "role": { "enum": ["artifact", "training", "evaluation", "reference"], "description": "What the file is." }, "path": { "type": "string", "description": "Path relative to the repository root." }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "sha256 recorded by the manifest (and checked by the gates)." }, "blob": { "type": "string", "description": "Git blob id of the file at the promoted commit." } } } }, "previous": { "type": "object", "description": "The model before the range.", "additionalProperties": false, "required": ["version", "stage"], "properties": { "version": { "type": "string", "description": "Version." }, "stage": { "type": "string", "description": "Stage." } } }, "pullRequest": { "$ref": "https://modelops.dev/schemas/v1/report.schema.json#/$defs/pullRequest", "description": "The merged pull request, its author and approvers." }, "workflowRun": { "type": "string", "description": "URL of the workflow run that promoted." }, "verdict": { "enum": ["pass", "warn", "fail", "skipped", "error"], "description": "Verdict of the gate report: pass or warn (promote writes nothing otherwise)." }, "gates": { "type": "array", "description": "Each gate's verdict, as in the report.", "items": { "type": "object", "description": "One gate.", "additionalProperties": false, "required": ["gate", "verdict", "blocking"], "properties": { "gate": { "type": "string", "description": "Gate id." }, "verdict": { "enum": ["pass", "warn", "fail", "skipped", "error"], "description": "Its verdict." }, "blocking": { "type": "boolean", "description": "Whether its failure blocks per the policy." } } } }, "createdAt": { "type": "string", "format": "date-time", "description": "When the evidence was written: the tagger date of its tag, to the second (the audit compares them: a re-created, back-dated tag disagrees)." }, "tool": { "type": "object", "description": "The tool that wrote it.", "additionalProperties": false, "required": ["name", "version"], "properties": { "name": { "const": "modelops", "description": "Tool name." }, "version": { "type": "string", "description": "Tool version." } } }, "seal": { "type": "object", "description": "Digests that bind the evidence: the report by its exact bytes, and every other field (tag, commit, createdAt, verdict, pull request, approvers, files) with the report's digest. Absent from evidence written before binding. A digest detects edits, not a forger who recomputes it: signed tags do.", "additionalProperties": false, "required": ["report", "header"], "properties": { "report": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "sha256 of the report's JSON text exactly as the message embeds it (the last field, on one line)." }, "header": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "sha256 of the canonical JSON (keys sorted, no spaces) of the evidence without report, with seal holding only report." } } }, "report": { "type": "object", "description": "The report, read apart (schemas/report.schema.json)." } } };
var pattern40 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
var pattern43 = new RegExp("^[0-9a-f]{64}$", "u");
var schema43 = { "type": "object", "description": "A pull request as the evidence records it.", "additionalProperties": false, "required": ["number", "approvers"], "properties": { "number": { "type": "integer", "minimum": 1, "description": "Pull request number." }, "author": { "type": "string", "description": "Login of its author." }, "approvers": { "type": "array", "description": "Logins of the reviewers who approved it.", "items": { "type": "string", "description": "A login." } }, "url": { "type": "string", "description": "Its URL." } } };
function validate189(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate189.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.number === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.approvers === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "number" || key0 === "author" || key0 === "approvers" || key0 === "url")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.number !== void 0) {
      let data0 = data.number;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.number.type, parentSchema: schema43.properties.number, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema43.properties.number, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.author !== void 0) {
      let data1 = data.author;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.author.type, parentSchema: schema43.properties.author, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.approvers !== void 0) {
      let data2 = data.approvers;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err6 = { instancePath: instancePath + "/approvers/" + i0, schemaPath: "#/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.approvers.items.type, parentSchema: schema43.properties.approvers.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.approvers.type, parentSchema: schema43.properties.approvers, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data4 = data.url;
      if (typeof data4 !== "string") {
        const err8 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.url.type, parentSchema: schema43.properties.url, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate189.errors = vErrors;
  return errors === 0;
}
validate189.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var formats0 = require_formats().fullFormats["date-time"];
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate152.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.commit === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.mergeCommit === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mergeCommit" }, message: "must have required property 'mergeCommit'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.range === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "range" }, message: "must have required property 'range'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.manifest === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "manifest" }, message: "must have required property 'manifest'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.files === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.createdAt === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property 'createdAt'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema27.properties, key0)) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("modelops/v1" !== data0) {
        const err16 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "modelops/v1" }, message: "must be equal to constant", schema: "modelops/v1", parentSchema: schema27.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Evidence" !== data1) {
        const err17 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Evidence" }, message: "must be equal to constant", schema: "Evidence", parentSchema: schema27.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.action !== void 0) {
      let data2 = data.action;
      if (!(data2 === "register" || data2 === "assign" || data2 === "unassign" || data2 === "deprecate")) {
        const err18 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema27.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.action.enum, parentSchema: schema27.properties.action, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.tag !== void 0) {
      let data3 = data.tag;
      if (typeof data3 !== "string") {
        const err19 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.tag.type, parentSchema: schema27.properties.tag, data: data3 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data4 = data.model;
      if (typeof data4 !== "string") {
        const err20 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.model.type, parentSchema: schema27.properties.model, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data5 = data.version;
      if (typeof data5 !== "string") {
        const err21 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.version.type, parentSchema: schema27.properties.version, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data6 = data.stage;
      if (typeof data6 !== "string") {
        const err22 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.stage.type, parentSchema: schema27.properties.stage, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.commit !== void 0) {
      let data7 = data.commit;
      if (typeof data7 === "string") {
        if (!pattern40.test(data7)) {
          const err23 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema27.properties.commit, data: data7 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.commit.type, parentSchema: schema27.properties.commit, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.mergeCommit !== void 0) {
      let data8 = data.mergeCommit;
      if (typeof data8 === "string") {
        if (!pattern40.test(data8)) {
          const err25 = { instancePath: instancePath + "/mergeCommit", schemaPath: "#/properties/mergeCommit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema27.properties.mergeCommit, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/mergeCommit", schemaPath: "#/properties/mergeCommit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.mergeCommit.type, parentSchema: schema27.properties.mergeCommit, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.range !== void 0) {
      let data9 = data.range;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.from === void 0) {
          const err27 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema27.properties.range.required, parentSchema: schema27.properties.range, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data9.to === void 0) {
          const err28 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema27.properties.range.required, parentSchema: schema27.properties.range, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key1 in data9) {
          if (!(key1 === "from" || key1 === "to")) {
            const err29 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.range, data: data9 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data9.from !== void 0) {
          let data10 = data9.from;
          if (typeof data10 !== "string" && data10 !== null) {
            const err30 = { instancePath: instancePath + "/range/from", schemaPath: "#/properties/range/properties/from/type", keyword: "type", params: { type: schema27.properties.range.properties.from.type }, message: "must be string,null", schema: schema27.properties.range.properties.from.type, parentSchema: schema27.properties.range.properties.from, data: data10 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data9.to !== void 0) {
          let data11 = data9.to;
          if (typeof data11 === "string") {
            if (!pattern40.test(data11)) {
              const err31 = { instancePath: instancePath + "/range/to", schemaPath: "#/properties/range/properties/to/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema27.properties.range.properties.to, data: data11 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/range/to", schemaPath: "#/properties/range/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.range.properties.to.type, parentSchema: schema27.properties.range.properties.to, data: data11 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.range.type, parentSchema: schema27.properties.range, data: data9 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.manifest !== void 0) {
      let data12 = data.manifest;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.path === void 0) {
          const err34 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema27.properties.manifest.required, parentSchema: schema27.properties.manifest, data: data12 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data12.blob === void 0) {
          const err35 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/required", keyword: "required", params: { missingProperty: "blob" }, message: "must have required property 'blob'", schema: schema27.properties.manifest.required, parentSchema: schema27.properties.manifest, data: data12 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data12.contentDigest === void 0) {
          const err36 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/required", keyword: "required", params: { missingProperty: "contentDigest" }, message: "must have required property 'contentDigest'", schema: schema27.properties.manifest.required, parentSchema: schema27.properties.manifest, data: data12 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key2 in data12) {
          if (!(key2 === "path" || key2 === "blob" || key2 === "contentDigest")) {
            const err37 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.manifest, data: data12 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data12.path !== void 0) {
          let data13 = data12.path;
          if (typeof data13 !== "string") {
            const err38 = { instancePath: instancePath + "/manifest/path", schemaPath: "#/properties/manifest/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.manifest.properties.path.type, parentSchema: schema27.properties.manifest.properties.path, data: data13 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data12.blob !== void 0) {
          let data14 = data12.blob;
          if (typeof data14 !== "string") {
            const err39 = { instancePath: instancePath + "/manifest/blob", schemaPath: "#/properties/manifest/properties/blob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.manifest.properties.blob.type, parentSchema: schema27.properties.manifest.properties.blob, data: data14 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data12.contentDigest !== void 0) {
          let data15 = data12.contentDigest;
          if (typeof data15 === "string") {
            if (!pattern43.test(data15)) {
              const err40 = { instancePath: instancePath + "/manifest/contentDigest", schemaPath: "#/properties/manifest/properties/contentDigest/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema27.properties.manifest.properties.contentDigest, data: data15 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/manifest/contentDigest", schemaPath: "#/properties/manifest/properties/contentDigest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.manifest.properties.contentDigest.type, parentSchema: schema27.properties.manifest.properties.contentDigest, data: data15 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.manifest.type, parentSchema: schema27.properties.manifest, data: data12 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data16 = data.files;
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data17 = data16[i0];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.role === void 0) {
              const err43 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema27.properties.files.items.required, parentSchema: schema27.properties.files.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data17.path === void 0) {
              const err44 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema27.properties.files.items.required, parentSchema: schema27.properties.files.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data17.sha256 === void 0) {
              const err45 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema27.properties.files.items.required, parentSchema: schema27.properties.files.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key3 in data17) {
              if (!(key3 === "role" || key3 === "path" || key3 === "sha256" || key3 === "blob")) {
                const err46 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.files.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data17.role !== void 0) {
              let data18 = data17.role;
              if (!(data18 === "artifact" || data18 === "training" || data18 === "evaluation" || data18 === "reference")) {
                const err47 = { instancePath: instancePath + "/files/" + i0 + "/role", schemaPath: "#/properties/files/items/properties/role/enum", keyword: "enum", params: { allowedValues: schema27.properties.files.items.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.files.items.properties.role.enum, parentSchema: schema27.properties.files.items.properties.role, data: data18 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data17.path !== void 0) {
              let data19 = data17.path;
              if (typeof data19 !== "string") {
                const err48 = { instancePath: instancePath + "/files/" + i0 + "/path", schemaPath: "#/properties/files/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.files.items.properties.path.type, parentSchema: schema27.properties.files.items.properties.path, data: data19 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data17.sha256 !== void 0) {
              let data20 = data17.sha256;
              if (typeof data20 === "string") {
                if (!pattern43.test(data20)) {
                  const err49 = { instancePath: instancePath + "/files/" + i0 + "/sha256", schemaPath: "#/properties/files/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema27.properties.files.items.properties.sha256, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/files/" + i0 + "/sha256", schemaPath: "#/properties/files/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.files.items.properties.sha256.type, parentSchema: schema27.properties.files.items.properties.sha256, data: data20 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data17.blob !== void 0) {
              let data21 = data17.blob;
              if (typeof data21 !== "string") {
                const err51 = { instancePath: instancePath + "/files/" + i0 + "/blob", schemaPath: "#/properties/files/items/properties/blob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.files.items.properties.blob.type, parentSchema: schema27.properties.files.items.properties.blob, data: data21 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.files.items.type, parentSchema: schema27.properties.files.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.files.type, parentSchema: schema27.properties.files, data: data16 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.previous !== void 0) {
      let data22 = data.previous;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.version === void 0) {
          const err54 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema27.properties.previous.required, parentSchema: schema27.properties.previous, data: data22 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data22.stage === void 0) {
          const err55 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'", schema: schema27.properties.previous.required, parentSchema: schema27.properties.previous, data: data22 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        for (const key4 in data22) {
          if (!(key4 === "version" || key4 === "stage")) {
            const err56 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.previous, data: data22 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data22.version !== void 0) {
          let data23 = data22.version;
          if (typeof data23 !== "string") {
            const err57 = { instancePath: instancePath + "/previous/version", schemaPath: "#/properties/previous/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.previous.properties.version.type, parentSchema: schema27.properties.previous.properties.version, data: data23 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data22.stage !== void 0) {
          let data24 = data22.stage;
          if (typeof data24 !== "string") {
            const err58 = { instancePath: instancePath + "/previous/stage", schemaPath: "#/properties/previous/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.previous.properties.stage.type, parentSchema: schema27.properties.previous.properties.stage, data: data24 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/previous", schemaPath: "#/properties/previous/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.previous.type, parentSchema: schema27.properties.previous, data: data22 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.pullRequest !== void 0) {
      if (!validate189(data.pullRequest, { instancePath: instancePath + "/pullRequest", parentData: data, parentDataProperty: "pullRequest", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
        errors = vErrors.length;
      }
    }
    if (data.workflowRun !== void 0) {
      let data26 = data.workflowRun;
      if (typeof data26 !== "string") {
        const err60 = { instancePath: instancePath + "/workflowRun", schemaPath: "#/properties/workflowRun/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.workflowRun.type, parentSchema: schema27.properties.workflowRun, data: data26 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.verdict !== void 0) {
      let data27 = data.verdict;
      if (!(data27 === "pass" || data27 === "warn" || data27 === "fail" || data27 === "skipped" || data27 === "error")) {
        const err61 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema27.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.verdict.enum, parentSchema: schema27.properties.verdict, data: data27 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data28 = data.gates;
      if (Array.isArray(data28)) {
        const len1 = data28.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data29 = data28[i1];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.gate === void 0) {
              const err62 = { instancePath: instancePath + "/gates/" + i1, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "gate" }, message: "must have required property 'gate'", schema: schema27.properties.gates.items.required, parentSchema: schema27.properties.gates.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data29.verdict === void 0) {
              const err63 = { instancePath: instancePath + "/gates/" + i1, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema27.properties.gates.items.required, parentSchema: schema27.properties.gates.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data29.blocking === void 0) {
              const err64 = { instancePath: instancePath + "/gates/" + i1, schemaPath: "#/properties/gates/items/required", keyword: "required", params: { missingProperty: "blocking" }, message: "must have required property 'blocking'", schema: schema27.properties.gates.items.required, parentSchema: schema27.properties.gates.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            for (const key5 in data29) {
              if (!(key5 === "gate" || key5 === "verdict" || key5 === "blocking")) {
                const err65 = { instancePath: instancePath + "/gates/" + i1, schemaPath: "#/properties/gates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.gates.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data29.gate !== void 0) {
              let data30 = data29.gate;
              if (typeof data30 !== "string") {
                const err66 = { instancePath: instancePath + "/gates/" + i1 + "/gate", schemaPath: "#/properties/gates/items/properties/gate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.gates.items.properties.gate.type, parentSchema: schema27.properties.gates.items.properties.gate, data: data30 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data29.verdict !== void 0) {
              let data31 = data29.verdict;
              if (!(data31 === "pass" || data31 === "warn" || data31 === "fail" || data31 === "skipped" || data31 === "error")) {
                const err67 = { instancePath: instancePath + "/gates/" + i1 + "/verdict", schemaPath: "#/properties/gates/items/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema27.properties.gates.items.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.gates.items.properties.verdict.enum, parentSchema: schema27.properties.gates.items.properties.verdict, data: data31 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data29.blocking !== void 0) {
              let data32 = data29.blocking;
              if (typeof data32 !== "boolean") {
                const err68 = { instancePath: instancePath + "/gates/" + i1 + "/blocking", schemaPath: "#/properties/gates/items/properties/blocking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema27.properties.gates.items.properties.blocking.type, parentSchema: schema27.properties.gates.items.properties.blocking, data: data32 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/gates/" + i1, schemaPath: "#/properties/gates/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.gates.items.type, parentSchema: schema27.properties.gates.items, data: data29 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.gates.type, parentSchema: schema27.properties.gates, data: data28 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      let data33 = data.createdAt;
      if (typeof data33 === "string") {
        if (!formats0.validate(data33)) {
          const err71 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema27.properties.createdAt, data: data33 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
      } else {
        const err72 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.createdAt.type, parentSchema: schema27.properties.createdAt, data: data33 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data34 = data.tool;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (data34.name === void 0) {
          const err73 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema27.properties.tool.required, parentSchema: schema27.properties.tool, data: data34 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        if (data34.version === void 0) {
          const err74 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema27.properties.tool.required, parentSchema: schema27.properties.tool, data: data34 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        for (const key6 in data34) {
          if (!(key6 === "name" || key6 === "version")) {
            const err75 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.tool, data: data34 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data34.name !== void 0) {
          let data35 = data34.name;
          if ("modelops" !== data35) {
            const err76 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "modelops" }, message: "must be equal to constant", schema: "modelops", parentSchema: schema27.properties.tool.properties.name, data: data35 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data34.version !== void 0) {
          let data36 = data34.version;
          if (typeof data36 !== "string") {
            const err77 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.tool.properties.version.type, parentSchema: schema27.properties.tool.properties.version, data: data36 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.tool.type, parentSchema: schema27.properties.tool, data: data34 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.seal !== void 0) {
      let data37 = data.seal;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        if (data37.report === void 0) {
          const err79 = { instancePath: instancePath + "/seal", schemaPath: "#/properties/seal/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'", schema: schema27.properties.seal.required, parentSchema: schema27.properties.seal, data: data37 };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        if (data37.header === void 0) {
          const err80 = { instancePath: instancePath + "/seal", schemaPath: "#/properties/seal/required", keyword: "required", params: { missingProperty: "header" }, message: "must have required property 'header'", schema: schema27.properties.seal.required, parentSchema: schema27.properties.seal, data: data37 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
        for (const key7 in data37) {
          if (!(key7 === "report" || key7 === "header")) {
            const err81 = { instancePath: instancePath + "/seal", schemaPath: "#/properties/seal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.seal, data: data37 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data37.report !== void 0) {
          let data38 = data37.report;
          if (typeof data38 === "string") {
            if (!pattern43.test(data38)) {
              const err82 = { instancePath: instancePath + "/seal/report", schemaPath: "#/properties/seal/properties/report/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema27.properties.seal.properties.report, data: data38 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          } else {
            const err83 = { instancePath: instancePath + "/seal/report", schemaPath: "#/properties/seal/properties/report/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.seal.properties.report.type, parentSchema: schema27.properties.seal.properties.report, data: data38 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data37.header !== void 0) {
          let data39 = data37.header;
          if (typeof data39 === "string") {
            if (!pattern43.test(data39)) {
              const err84 = { instancePath: instancePath + "/seal/header", schemaPath: "#/properties/seal/properties/header/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema27.properties.seal.properties.header, data: data39 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          } else {
            const err85 = { instancePath: instancePath + "/seal/header", schemaPath: "#/properties/seal/properties/header/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.seal.properties.header.type, parentSchema: schema27.properties.seal.properties.header, data: data39 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/seal", schemaPath: "#/properties/seal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.seal.type, parentSchema: schema27.properties.seal, data: data37 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data40 = data.report;
      if (!(data40 && typeof data40 == "object" && !Array.isArray(data40))) {
        const err87 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.report.type, parentSchema: schema27.properties.report, data: data40 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
  } else {
    const err88 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  validate152.errors = vErrors;
  return errors === 0;
}
validate152.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateMonitoringLogRecord = validate191;
var schema45 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelops.dev/schemas/monitoring-log-record.schema.json", "title": "modelops monitoring log record", "description": "One model \xD7 one chunk \xD7 one run. Appended, never rewritten: a later run that sees the same chunk again adds a new record with its own run id; readers take the newest per chunk.", "type": "object", "additionalProperties": false, "required": ["model", "version", "run", "commit", "time", "source", "chunk", "results"], "properties": { "model": { "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", "description": "metadata.name of the model." }, "version": { "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "description": "metadata.version of the model in production when the run read the data." }, "run": { "type": "string", "minLength": 1, "description": "Run id: the GitHub workflow run id and attempt (`12345-1`), or a local id for CLI runs." }, "commit": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$", "description": "Commit of the default branch the run checked out (the manifest it used)." }, "time": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$", "description": "When the run wrote the record (UTC, ISO-8601)." }, "source": { "type": "object", "additionalProperties": false, "required": ["digest", "rows"], "description": "What the run read (the whole source, not only this chunk).", "properties": { "digest": { "type": "string", "pattern": "^[a-f0-9]{64}$", "description": "SHA-256 over the rows read, as recorded in the report's monitoring.sources." }, "rows": { "type": "integer", "minimum": 0, "description": "Rows read from the source." }, "description": { "type": "string", "description": "The path, glob or query, for readers." } } }, "chunk": { "type": "object", "additionalProperties": false, "required": ["key", "rows"], "description": "Which rows of the source this record is about.", "properties": { "key": { "type": "string", "minLength": 1, "description": "Stable chunk key: the period (`2026-W07`, `2026-02`, `2026-02-09`) or `rows:<start>-<end>` for size chunks." }, "start": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$", "description": "First instant of the chunk (inclusive, UTC) for period chunks." }, "end": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$", "description": "End of the chunk (exclusive, UTC) for period chunks." }, "rows": { "type": "integer", "minimum": 0, "description": "Rows in the chunk." }, "empty": { "type": "boolean", "description": "A period inside the range without rows (its results are null)." }, "insufficient": { "type": "boolean", "description": "Fewer rows than min_rows: results recorded, never alerted on." } } }, "results": { "type": "object", "description": "The per-chunk signals, keyed by signal id (e.g. `drift.age.statistic`, `cbpe.roc_auc`, `realised.roc_auc`, `missing.age`); each a number or null when not computable.", "additionalProperties": { "type": ["number", "null"] } }, "alerts": { "type": "array", "items": { "type": "string" }, "description": "Signal ids that crossed their threshold on this chunk." }, "thresholds": { "type": "object", "description": "The alert band each signal was judged against in this run, keyed by signal id (from the reference chunks; src/core/drift/chunks/thresholds.ts).", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["lower", "upper"], "properties": { "lower": { "type": ["number", "null"], "description": "Lower bound; null for none." }, "upper": { "type": ["number", "null"], "description": "Upper bound; null for none." } } } } } };
var pattern45 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$", "u");
function validate191(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate191.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.run === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.commit === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.time === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.chunk === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "chunk" }, message: "must have required property 'chunk'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.results === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "results" }, message: "must have required property 'results'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema45.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data0 = data.model;
      if (typeof data0 === "string") {
        if (!pattern3.test(data0)) {
          const err9 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema45.properties.model, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.model.type, parentSchema: schema45.properties.model, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err11 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", parentSchema: schema45.properties.version, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.version.type, parentSchema: schema45.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data2 = data.run;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err13 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.run, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.run.type, parentSchema: schema45.properties.run, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.commit !== void 0) {
      let data3 = data.commit;
      if (typeof data3 === "string") {
        if (!pattern40.test(data3)) {
          const err15 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema45.properties.commit, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.commit.type, parentSchema: schema45.properties.commit, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data4 = data.time;
      if (typeof data4 === "string") {
        if (!pattern45.test(data4)) {
          const err17 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$", parentSchema: schema45.properties.time, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.time.type, parentSchema: schema45.properties.time, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data5 = data.source;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.digest === void 0) {
          const err19 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'", schema: schema45.properties.source.required, parentSchema: schema45.properties.source, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data5.rows === void 0) {
          const err20 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema45.properties.source.required, parentSchema: schema45.properties.source, data: data5 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "digest" || key1 === "rows" || key1 === "description")) {
            const err21 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.source, data: data5 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data5.digest !== void 0) {
          let data6 = data5.digest;
          if (typeof data6 === "string") {
            if (!pattern7.test(data6)) {
              const err22 = { instancePath: instancePath + "/source/digest", schemaPath: "#/properties/source/properties/digest/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"', schema: "^[a-f0-9]{64}$", parentSchema: schema45.properties.source.properties.digest, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/source/digest", schemaPath: "#/properties/source/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.source.properties.digest.type, parentSchema: schema45.properties.source.properties.digest, data: data6 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.rows !== void 0) {
          let data7 = data5.rows;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err24 = { instancePath: instancePath + "/source/rows", schemaPath: "#/properties/source/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.source.properties.rows.type, parentSchema: schema45.properties.source.properties.rows, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err25 = { instancePath: instancePath + "/source/rows", schemaPath: "#/properties/source/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.source.properties.rows, data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data5.description !== void 0) {
          let data8 = data5.description;
          if (typeof data8 !== "string") {
            const err26 = { instancePath: instancePath + "/source/description", schemaPath: "#/properties/source/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.source.properties.description.type, parentSchema: schema45.properties.source.properties.description, data: data8 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.source.type, parentSchema: schema45.properties.source, data: data5 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.chunk !== void 0) {
      let data9 = data.chunk;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.key === void 0) {
          const err28 = { instancePath: instancePath + "/chunk", schemaPath: "#/properties/chunk/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema45.properties.chunk.required, parentSchema: schema45.properties.chunk, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data9.rows === void 0) {
          const err29 = { instancePath: instancePath + "/chunk", schemaPath: "#/properties/chunk/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema45.properties.chunk.required, parentSchema: schema45.properties.chunk, data: data9 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key2 in data9) {
          if (!(key2 === "key" || key2 === "start" || key2 === "end" || key2 === "rows" || key2 === "empty" || key2 === "insufficient")) {
            const err30 = { instancePath: instancePath + "/chunk", schemaPath: "#/properties/chunk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.chunk, data: data9 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data9.key !== void 0) {
          let data10 = data9.key;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err31 = { instancePath: instancePath + "/chunk/key", schemaPath: "#/properties/chunk/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.chunk.properties.key, data: data10 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/chunk/key", schemaPath: "#/properties/chunk/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.chunk.properties.key.type, parentSchema: schema45.properties.chunk.properties.key, data: data10 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data9.start !== void 0) {
          let data11 = data9.start;
          if (typeof data11 === "string") {
            if (!pattern45.test(data11)) {
              const err33 = { instancePath: instancePath + "/chunk/start", schemaPath: "#/properties/chunk/properties/start/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$", parentSchema: schema45.properties.chunk.properties.start, data: data11 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/chunk/start", schemaPath: "#/properties/chunk/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.chunk.properties.start.type, parentSchema: schema45.properties.chunk.properties.start, data: data11 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data9.end !== void 0) {
          let data12 = data9.end;
          if (typeof data12 === "string") {
            if (!pattern45.test(data12)) {
              const err35 = { instancePath: instancePath + "/chunk/end", schemaPath: "#/properties/chunk/properties/end/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$", parentSchema: schema45.properties.chunk.properties.end, data: data12 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/chunk/end", schemaPath: "#/properties/chunk/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.chunk.properties.end.type, parentSchema: schema45.properties.chunk.properties.end, data: data12 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data9.rows !== void 0) {
          let data13 = data9.rows;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err37 = { instancePath: instancePath + "/chunk/rows", schemaPath: "#/properties/chunk/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.chunk.properties.rows.type, parentSchema: schema45.properties.chunk.properties.rows, data: data13 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err38 = { instancePath: instancePath + "/chunk/rows", schemaPath: "#/properties/chunk/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.chunk.properties.rows, data: data13 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        if (data9.empty !== void 0) {
          let data14 = data9.empty;
          if (typeof data14 !== "boolean") {
            const err39 = { instancePath: instancePath + "/chunk/empty", schemaPath: "#/properties/chunk/properties/empty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.chunk.properties.empty.type, parentSchema: schema45.properties.chunk.properties.empty, data: data14 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data9.insufficient !== void 0) {
          let data15 = data9.insufficient;
          if (typeof data15 !== "boolean") {
            const err40 = { instancePath: instancePath + "/chunk/insufficient", schemaPath: "#/properties/chunk/properties/insufficient/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.chunk.properties.insufficient.type, parentSchema: schema45.properties.chunk.properties.insufficient, data: data15 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/chunk", schemaPath: "#/properties/chunk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.chunk.type, parentSchema: schema45.properties.chunk, data: data9 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.results !== void 0) {
      let data16 = data.results;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key3 in data16) {
          let data17 = data16[key3];
          if (!(typeof data17 == "number" && isFinite(data17)) && data17 !== null) {
            const err42 = { instancePath: instancePath + "/results/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/results/additionalProperties/type", keyword: "type", params: { type: schema45.properties.results.additionalProperties.type }, message: "must be number,null", schema: schema45.properties.results.additionalProperties.type, parentSchema: schema45.properties.results.additionalProperties, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.results.type, parentSchema: schema45.properties.results, data: data16 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.alerts !== void 0) {
      let data18 = data.alerts;
      if (Array.isArray(data18)) {
        const len0 = data18.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data19 = data18[i0];
          if (typeof data19 !== "string") {
            const err44 = { instancePath: instancePath + "/alerts/" + i0, schemaPath: "#/properties/alerts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.alerts.items.type, parentSchema: schema45.properties.alerts.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.alerts.type, parentSchema: schema45.properties.alerts, data: data18 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.thresholds !== void 0) {
      let data20 = data.thresholds;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key4 in data20) {
          let data21 = data20[key4];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.lower === void 0) {
              const err46 = { instancePath: instancePath + "/thresholds/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/thresholds/additionalProperties/required", keyword: "required", params: { missingProperty: "lower" }, message: "must have required property 'lower'", schema: schema45.properties.thresholds.additionalProperties.required, parentSchema: schema45.properties.thresholds.additionalProperties, data: data21 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data21.upper === void 0) {
              const err47 = { instancePath: instancePath + "/thresholds/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/thresholds/additionalProperties/required", keyword: "required", params: { missingProperty: "upper" }, message: "must have required property 'upper'", schema: schema45.properties.thresholds.additionalProperties.required, parentSchema: schema45.properties.thresholds.additionalProperties, data: data21 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            for (const key5 in data21) {
              if (!(key5 === "lower" || key5 === "upper")) {
                const err48 = { instancePath: instancePath + "/thresholds/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/thresholds/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.thresholds.additionalProperties, data: data21 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data21.lower !== void 0) {
              let data22 = data21.lower;
              if (!(typeof data22 == "number" && isFinite(data22)) && data22 !== null) {
                const err49 = { instancePath: instancePath + "/thresholds/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/lower", schemaPath: "#/properties/thresholds/additionalProperties/properties/lower/type", keyword: "type", params: { type: schema45.properties.thresholds.additionalProperties.properties.lower.type }, message: "must be number,null", schema: schema45.properties.thresholds.additionalProperties.properties.lower.type, parentSchema: schema45.properties.thresholds.additionalProperties.properties.lower, data: data22 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data21.upper !== void 0) {
              let data23 = data21.upper;
              if (!(typeof data23 == "number" && isFinite(data23)) && data23 !== null) {
                const err50 = { instancePath: instancePath + "/thresholds/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/upper", schemaPath: "#/properties/thresholds/additionalProperties/properties/upper/type", keyword: "type", params: { type: schema45.properties.thresholds.additionalProperties.properties.upper.type }, message: "must be number,null", schema: schema45.properties.thresholds.additionalProperties.properties.upper.type, parentSchema: schema45.properties.thresholds.additionalProperties.properties.upper, data: data23 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/thresholds/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/thresholds/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.thresholds.additionalProperties.type, parentSchema: schema45.properties.thresholds.additionalProperties, data: data21 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.thresholds.type, parentSchema: schema45.properties.thresholds, data: data20 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate191.errors = vErrors;
  return errors === 0;
}
validate191.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/core/schema/check.ts
var VALIDATORS = {
  model: validateModel,
  policy: validatePolicy,
  profile: validateProfile,
  /** Evidence without its report (profile-schema.ts's EVIDENCE_HEADER_SCHEMA): the audit reads only that. */
  evidenceHeader: validateEvidenceHeader,
  monitoringLogRecord: validateMonitoringLogRecord
};
function checkAgainstSchema(kind, source) {
  const validate = VALIDATORS[kind];
  if (validate(source.value)) return [];
  const findings = /* @__PURE__ */ new Map();
  for (const error of relevantErrors(validate.errors ?? [])) {
    const finding = toFinding(error, source);
    const key = `${finding.line}:${finding.column}:${finding.message}`;
    if (!findings.has(key)) findings.set(key, finding);
  }
  return [...findings.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function schemaProblems(kind, value) {
  const validate = VALIDATORS[kind];
  if (validate(value)) return [];
  const errors = relevantErrors(validate.errors ?? []);
  const wrongDocument = errors.filter((e) => e.keyword === "const" && (e.instancePath === "/kind" || e.instancePath === "/apiVersion"));
  const problems = (wrongDocument.length > 0 ? wrongDocument : errors).map((error) => {
    const { message, hint } = describeError(error, () => void 0);
    return hint && error.keyword === "additionalProperties" ? `${message} (${hint})` : message;
  });
  return [...new Set(problems)];
}
function relevantErrors(errors) {
  const noise = errors.filter((e) => e.keyword === "anyOf").map((e) => e.schemaPath + "/");
  const explained = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword !== "oneOf") continue;
    const branches = error.schema ?? [];
    const key = discriminator(branches);
    if (key === void 0) continue;
    const value = error.data?.[key];
    const match = branches.findIndex((b) => b["properties"][key]["const"] === value);
    branches.forEach((_b, i) => {
      if (i !== match) noise.push(`${error.schemaPath}/${i}/`);
    });
    if (match >= 0) explained.add(error);
  }
  return errors.filter((e) => !explained.has(e) && !noise.some((p) => e.schemaPath.startsWith(p)) && e.keyword !== "if");
}
function discriminator(branches) {
  const first = branches[0]?.["properties"];
  return Object.keys(first ?? {}).find((key) => branches.every((b) => b["properties"]?.[key]?.["const"] !== void 0));
}
function describeValue(value, written) {
  if (value === null) return written === void 0 || written === "" ? "nothing (an empty value)" : "null";
  if (typeof value === "number" && !Number.isFinite(value)) return `${written ?? String(value)} (${Number.isNaN(value) ? "not a number" : "infinity"})`;
  if (typeof value === "number" && written !== void 0) return `number ${written}`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "\u2026" : value}"`;
  return `${typeof value} ${String(value)}`;
}
function describeSchemaType(schema) {
  if ("const" in schema) return JSON.stringify(schema["const"]);
  if (Array.isArray(schema["enum"])) return `one of ${schema["enum"].join(", ")}`;
  const type = schema["type"];
  const names = { string: "a string", array: "a list", object: "a mapping", number: "a number", integer: "an integer", boolean: "true or false" };
  if (Array.isArray(type)) return type.map((t) => names[t] ?? t).join(" or ");
  return names[type] ?? "a valid value";
}
var dotted = (segments) => segments.join(".") || "(document)";
function describeError(error, written) {
  const segments = pointerSegments(error.instancePath);
  const found = () => describeValue(error.data, written(segments));
  let at = segments;
  let target = "value";
  let message;
  let hint;
  const params = error.params;
  const parentSchema = error.parentSchema ?? {};
  switch (error.keyword) {
    case "required":
      message = `${dotted(segments)}: missing required field '${String(params["missingProperty"])}'`;
      if (segments.length > 0) target = "key";
      break;
    case "additionalProperties": {
      const field = String(params["additionalProperty"]);
      at = [...segments, field];
      target = "key";
      const allowed = Object.keys(parentSchema["properties"] ?? {});
      message = `${dotted(segments)}: unknown field '${field}'`;
      const suggestion = allowed.length > 0 ? (0, import_fastest_levenshtein.closest)(field, allowed) : void 0;
      hint = suggestion && similar(field, suggestion) ? `did you mean '${suggestion}'?` : allowed.length > 0 && allowed.length <= 15 ? `allowed fields: ${allowed.join(", ")}` : void 0;
      break;
    }
    case "type":
      message = `${dotted(segments)}: must be ${describeSchemaType(parentSchema)}, found ${found()}`;
      if (parentSchema["type"] === "string" && (typeof error.data === "number" || typeof error.data === "boolean")) hint = "put the value in quotes";
      else if (typeof error.data === "number" && !Number.isFinite(error.data)) hint = "bounds and thresholds must be finite numbers; leave a bound out to make it unlimited";
      else if (error.data === null) hint = "give the field a value, or remove it";
      break;
    case "enum":
    case "const":
      message = `${dotted(segments)}: must be ${describeSchemaType(parentSchema)}, found ${found()}`;
      break;
    case "pattern": {
      const pattern = String(params["pattern"]);
      message = `${dotted(segments)}: must be ${PATTERN_HINTS[pattern] ?? `text matching ${pattern}`}, found ${found()}`;
      break;
    }
    case "anyOf": {
      const branches = parentSchema["anyOf"] ?? [];
      message = `${dotted(segments)}: must be ${branches.map(describeSchemaType).join(" or ")}, found ${found()}`;
      break;
    }
    case "oneOf": {
      const branches = parentSchema["oneOf"] ?? [];
      const key = discriminator(branches);
      if (key !== void 0) {
        at = [...segments, key];
        message = `${dotted(at)}: must be one of ${branches.map((b) => JSON.stringify(b["properties"][key]["const"])).join(", ")}`;
      } else message = `${dotted(segments)}: must match exactly one of ${branches.length} shapes`;
      break;
    }
    case "dependentRequired":
      if (segments.length > 0) target = "key";
      message = `${dotted(segments)}: '${String(params["property"])}' needs '${String(params["missingProperty"])}' as well`;
      break;
    case "minProperties":
      message = `${dotted(segments)}: must not be empty`;
      break;
    case "uniqueItems":
      message = `${dotted(segments)}: items ${String(params["j"])} and ${String(params["i"])} are the same; list each once`;
      break;
    case "propertyNames":
      message = `${dotted(segments)}: key '${String(params["propertyName"])}' is not a valid name`;
      break;
    default:
      message = `${dotted(segments)}: ${error.message ?? "is invalid"}`;
      if (typeof error.data === "number" && !Number.isFinite(error.data)) message = `${dotted(segments)}: must be a finite number, found ${found()}`;
  }
  return { at, target, message, ...hint ? { hint } : {} };
}
function toFinding(error, source) {
  const { at, target, message, hint } = describeError(error, (segments) => source.written(segments));
  const pos = source.locate(at, target);
  return {
    severity: "error",
    category: "input",
    code: "schema",
    message,
    file: source.file,
    line: pos.line,
    column: pos.column,
    pointer: segmentsToPointer(at),
    ...hint ? { hint } : {}
  };
}
function similar(a, b) {
  return (0, import_fastest_levenshtein.distance)(a, b) <= Math.ceil(Math.max(a.length, b.length) / 3);
}

export {
  checkAgainstSchema,
  schemaProblems,
  require_semver2 as require_semver,
  registerTagName,
  parseTag,
  registeredVersions,
  latestStageTag,
  stageChangeTags
};
