#!/usr/bin/env node
import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  promote
} from "./chunk-J5LHUYGP.js";
import {
  gate
} from "./chunk-TIJNUEG6.js";
import {
  DRIFT_HELP,
  SQL_DIALECTS,
  chunkProfilesFromRows,
  drift,
  profileColumns,
  profileFromRows,
  profileSql
} from "./chunk-K3BKXILO.js";
import {
  numberFromText,
  readTable
} from "./chunk-TVG727ZV.js";
import {
  audit,
  auditEvent
} from "./chunk-MZ3X4ZF2.js";
import "./chunk-S4VAN7PE.js";
import "./chunk-IUGHVBOA.js";
import "./chunk-K2PE4NOY.js";
import {
  assertedApprovalSource
} from "./chunk-IWTXYTYZ.js";
import {
  evidenceOf,
  registryEvents
} from "./chunk-N7PSD7M2.js";
import "./chunk-A5QIX5QB.js";
import {
  validate,
  validateRepository
} from "./chunk-E6HNEBQF.js";
import {
  readPolicy
} from "./chunk-XF4UBBMZ.js";
import {
  renderHtml,
  reportJson,
  reportJsonPieces,
  writeReportFiles
} from "./chunk-KSYPRLWK.js";
import {
  renderMarkdown
} from "./chunk-C3FUDCBR.js";
import {
  selectManifests
} from "./chunk-D4I2Y3PD.js";
import {
  CHUNK_PERIODS,
  MANIFEST_GATES,
  MISSING_CODE,
  ProfileError,
  SECTIONS,
  VERDICT_ICON,
  VERDICT_MARK,
  auditScopeText,
  boolean,
  boundText,
  cell,
  changeText,
  checkValue,
  checklistText,
  driftIssues,
  eventTitle,
  fairnessMarkdown,
  integer,
  location,
  markdownTable2 as markdownTable,
  modelTitle,
  num,
  number,
  object,
  parseProfile,
  profileTable,
  pullRequestText,
  ref,
  signed,
  string,
  summaryText,
  timeText
} from "./chunk-D6HLAQ2F.js";
import {
  OnnxGraphError,
  readOnnxGraph
} from "./chunk-F2ZLGCXK.js";
import {
  loadManifest
} from "./chunk-C2RXAES6.js";
import "./chunk-SWAFCXIJ.js";
import {
  DataFormatError,
  RepoFiles,
  UsageError,
  formatOf,
  readColumns,
  require_picomatch,
  sha256File
} from "./chunk-T5ON3U6E.js";
import {
  CHECKLIST,
  CHECKLIST_SECTIONS,
  SECTION_TITLES,
  checklistItemId,
  checklistSections,
  folderName,
  isoUtc,
  pathShapeProblem,
  sectionTitle
} from "./chunk-F26CX75A.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  array,
  obj,
  str
} from "./chunk-L76HGPG4.js";
import {
  registerTagName
} from "./chunk-5COB3DY2.js";
import {
  BASELINE_KINDS,
  CHECKLIST_SECTION_PATTERN,
  DEPLOYMENT_STRATEGIES,
  DURATION_PATTERN,
  NAME_PATTERN,
  OWNER_PATTERN,
  RETRAINING_TRIGGERS,
  SEMVER_PATTERN,
  SHA256_PATTERN,
  STAGES,
  TASKS,
  parseYamlSource
} from "./chunk-L4YY4CLG.js";
import {
  openGit
} from "./chunk-KF3JDMD3.js";
import {
  GitError,
  openGitHistory
} from "./chunk-EOOHTQJ6.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-RFEL46WT.js";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str2) {
      str2 = String(str2);
      if (str2.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str2
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash2 = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash2 = (hash2 << 5) - hash2 + namespace.charCodeAt(i);
          hash2 |= 0;
        }
        return createDebug.colors[Math.abs(hash2) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init2;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = __require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj2, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj2[prop] = val;
      return obj2;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init2(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str2) => str2.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory) {
      log(`checking %s`, path);
      try {
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path, type = exports.READABLE) {
      return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// src/cli.ts
import { existsSync } from "node:fs";
import { writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// src/commands/card.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/promotion/card.ts
var list = (items) => items.map((i) => `- ${i}`);
var describeBound = (b3) => [b3.min !== void 0 ? `\u2265 ${b3.min}` : "", b3.max !== void 0 ? `\u2264 ${b3.max}` : ""].filter((x3) => x3 !== "").join(", ");
function overview(m2) {
  const rows = [
    ["Version", m2.metadata.version],
    ["Stage", m2.stage],
    ["Task", m2.problem.task],
    ["Owners", m2.metadata.owners.join(", ")],
    ...Object.entries(m2.metadata.labels ?? {}).map(([k2, v2]) => [`Label \`${k2}\``, v2])
  ];
  return [markdownTable([["", ""], ...rows.map(([k2, v2]) => [k2, cell(v2)])]), ""];
}
function intendedUse(m2) {
  const out = ["## Intended use", "", m2.problem.statement.trim(), ""];
  if (m2.problem.kpis && m2.problem.kpis.length > 0) {
    out.push("**Key performance indicators**", "", markdownTable([["KPI", "Definition", "Target"], ...m2.problem.kpis.map((k2) => [cell(k2.name), cell(k2.description ?? ""), cell(k2.target ?? "")])]), "");
  }
  const acceptance = m2.problem.acceptance === void 0 ? [] : [m2.problem.acceptance].flat();
  if (acceptance.length > 0) out.push("**Acceptance criteria**", "", ...list(acceptance), "");
  const misuse = m2.checklist["usable"]?.["misuse"];
  if (misuse) out.push(`**Misuse considered:** ${misuse.answer}${misuse.evidence ? ` \u2014 ${[misuse.evidence].flat().join("; ")}` : ""}`, "");
  return out;
}
function modelSection(m2) {
  const a = m2.artifact;
  const rows = [
    ["Artifact", `\`${a.path}\` (${a.format})`],
    ["sha256", `\`${a.sha256}\``],
    ["Inputs", a.inputs.layout === "tensor" ? "one tensor of all features, in the order below" : "one input per column"],
    ...a.threshold !== void 0 ? [["Decision threshold", String(a.threshold)]] : []
  ];
  return ["## Model", "", markdownTable([["", ""], ...rows.map(([k2, v2]) => [k2, cell(v2)])]), ""];
}
function dataSection(m2) {
  const d2 = m2.data;
  const out = ["## Data", "", `Label: \`${d2.label.column}\`${d2.label.positive !== void 0 ? ` (positive class \`${String(d2.label.positive)}\`)` : ""}.`, ""];
  const datasets = ["training", "evaluation", "reference"].flatMap((role) => {
    const ds2 = d2[role];
    return ds2 ? [[role, cell(ds2.path ?? ds2.uri ?? ""), ds2.rows === void 0 ? "" : String(ds2.rows), cell(ds2.provenance ?? ds2.description ?? ""), ds2.sha256 ? `\`${ds2.sha256.slice(0, 12)}\u2026\`` : ""]] : [];
  });
  out.push(markdownTable([["Dataset", "Where", "Rows", "Provenance", "sha256"], ...datasets]), "");
  out.push(`**Features** (${d2.features.length})`, "", markdownTable([["Feature", "Type", "Description"], ...d2.features.map((f3) => [`\`${f3.name}\``, f3.type, cell(f3.description ?? "")])]), "");
  if (d2.sensitive && d2.sensitive.length > 0) {
    out.push("**Sensitive attributes**", "", markdownTable([["Attribute", "Column", "Groups"], ...d2.sensitive.map((s) => [s.name, `\`${s.column}\``, s.bins ? `bins at ${s.bins.join(", ")}` : "categories"])]), "");
  }
  return out;
}
function evaluationSection(model, evidence, m2) {
  const out = ["## Evaluation", ""];
  if (!evidence || !model) {
    out.push("_No promotion evidence yet: `modelops gate` measures the model, `modelops promote` records it in a tag._", "");
    return out;
  }
  const stale = evidence.version !== m2.metadata.version ? ` \u2014 **for version ${evidence.version}, not ${m2.metadata.version}**` : "";
  out.push(`From the evidence of \`${evidence.tag}\` (promoted commit \`${evidence.mergeCommit.slice(0, 12)}\`, ${timeText(evidence.createdAt)} UTC)${stale}: gates ${VERDICT_ICON[evidence.verdict]} ${evidence.verdict}.`, "");
  if (model.gates.length > 0) out.push(markdownTable([["Gate", "Verdict", "Summary"], ...model.gates.map((g2) => [g2.gate, `${VERDICT_ICON[g2.verdict]} ${g2.verdict}`, cell(g2.summary)])]), "");
  const e = model.evaluation;
  if (e) {
    out.push(`**Metrics** on \`${e.dataset}\` (${e.rows} rows)`, "");
    const bounds = m2.gates?.performance?.metrics ?? {};
    out.push(markdownTable([["Metric", "Value", "Bound"], ...Object.entries(e.metrics).map(([id, v2]) => [id, num(v2), bounds[id] ? describeBound(bounds[id]) : ""])]), "");
    if (e.confusion) out.push(`Confusion matrix at the threshold: TN ${e.confusion.tn}, FP ${e.confusion.fp}, FN ${e.confusion.fn}, TP ${e.confusion.tp}.`, "");
    if (e.operational) out.push(`Latency p95 ${num(e.operational.latencyMs.p95)} ms, throughput ${num(e.operational.throughputRowsPerS)} rows/s, model ${num(e.operational.modelSizeMb)} MiB.`, "");
    if (e.baseline) {
      out.push(`**Against the baseline** (${e.baseline.kind}: ${e.baseline.description})`, "", markdownTable([["Metric", "Model", "Baseline", "\u0394"], ...e.baseline.comparisons.map((c3) => [c3.metric, num(c3.challenger), num(c3.champion), signed(c3.delta)])]), "");
    }
    if (e.champion) {
      out.push(`**Against the production version** ${e.champion.version} (\`${e.champion.source}\`)`, "", markdownTable([["Metric", "Model", "Production", "\u0394", "Regression"], ...e.champion.comparisons.map((c3) => [c3.metric, num(c3.challenger), num(c3.champion), signed(c3.delta), c3.regression ? "yes" : "no"])]), "");
    }
    if (e.fairness) out.push("## Fairness", "", ...fairnessMarkdown(e.fairness, model.gates.find((g2) => g2.gate === "fairness")), "");
  }
  return out;
}
function operationsSection(m2) {
  const out = ["## Deployment and monitoring", ""];
  const dep = m2.deployment;
  const mon = m2.monitoring;
  const rows = [];
  if (dep?.mode) rows.push(["Mode", dep.mode]);
  if (dep?.strategy) rows.push(["Rollout", dep.strategy]);
  if (dep?.rollback) rows.push(["Rollback", `${dep.rollback.plan}${dep.rollback.to_version ? ` (to ${dep.rollback.to_version})` : ""}`]);
  if (dep?.fallback) rows.push(["Fallback", dep.fallback.plan]);
  if (mon?.schedule) rows.push(["Monitoring schedule", `\`${mon.schedule}\``]);
  if (m2.gates?.drift) rows.push(["Drift", `method ${m2.gates.drift.method ?? "auto"}${m2.gates.drift.drift_share !== void 0 ? `, alert when ${m2.gates.drift.drift_share * 100}% of features drift` : ""}`]);
  if (mon?.retraining) rows.push(["Retraining", `between ${mon.retraining.min_interval ?? "\u2014"} and ${mon.retraining.max_interval ?? "\u2014"}${mon.retraining.trigger ? `, trigger ${mon.retraining.trigger.type}` : ""}`]);
  if (rows.length === 0) out.push("_Not declared in the manifest._", "");
  else out.push(markdownTable([["", ""], ...rows.map(([k2, v2]) => [k2, cell(v2)])]), "");
  return out;
}
function checklistSection(model, m2) {
  const out = ["## Readiness checklist", ""];
  const checklist2 = model?.checklist;
  if (checklist2) {
    out.push(`${checklist2.satisfiedRequired} of ${checklist2.required} items the stage requires are satisfied; ${checklist2.verified} are proven by the manifest itself.`, "");
    const rows = checklistSections(checklist2.items).map((section) => {
      const items = checklist2.items.filter((i) => i.section === section);
      return [`${section} \u2014 ${sectionTitle(section, checklist2.sectionTitles)}`, `${items.filter((i) => i.satisfied).length}/${items.length}`];
    });
    out.push(markdownTable([["Section", "Satisfied"], ...rows]), "");
    const gaps = checklist2.items.filter((i) => !i.satisfied);
    if (gaps.length > 0) out.push("**Open items**", "", ...list(gaps.map((i) => `\`${i.id}\` (${i.status}): ${i.question}`)), "");
    return out;
  }
  const answered = Object.values(m2.checklist).reduce((n, section) => n + Object.keys(section ?? {}).length, 0);
  out.push(`${answered} items answered in the manifest (see \`modelops validate\` for what the stage requires).`, "");
  return out;
}
function historySection(history) {
  const out = ["## Registry history and approvals", ""];
  if (history.length === 0) {
    out.push("_Not registered yet._", "");
    return out;
  }
  out.push(markdownTable([["Time (UTC)", "Event", "Tag", "Pull request", "Gates"], ...history.map((e) => [timeText(e.time), cell(eventTitle(e)), `\`${cell(e.tag)}\``, cell(pullRequestText(e)), e.verdict ?? `evidence ${e.evidence}`])]), "");
  return out;
}
function waiversSection(waivers) {
  if (!waivers || waivers.length === 0) return [];
  return [
    "## Waivers used",
    "",
    markdownTable([["Tag", "Check", "Version", "Approved by", "Until", "Reason", "Where"], ...waivers.map((w2) => [`\`${cell(w2.tag)}\``, cell(w2.check), cell(w2.version ?? ""), cell(w2.approvedBy.join(", ")), cell(w2.expires), cell(w2.reason), cell(`${w2.file ?? "modelops.yaml"}${w2.line ? `:${w2.line}` : ""}`)])]),
    ""
  ];
}
function renderCard(input) {
  const m2 = input.manifest;
  const model = input.evidence?.report.models.find((r2) => r2.name === m2.metadata.name) ?? input.evidence?.report.models[0];
  const out = [`# Model card: ${m2.metadata.name} ${m2.metadata.version}`, ""];
  if (m2.metadata.description) out.push(`> ${m2.metadata.description.trim().replace(/\n/g, " ")}`, "");
  out.push(...overview(m2), ...intendedUse(m2), ...modelSection(m2), ...dataSection(m2), ...evaluationSection(model, input.evidence, m2), ...operationsSection(m2), ...checklistSection(model, m2), ...waiversSection(input.waivers), ...historySection(input.history));
  out.push("---", "", `_Generated by modelops ${input.toolVersion} from \`${input.manifestPath}\`${input.evidence ? ` and the evidence in tag \`${input.evidence.tag}\`` : ""}._`);
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

// src/commands/card.ts
function latestEvidence(events, version) {
  const newestFirst = [...events].reverse().map(evidenceOf).filter((e) => e?.report !== void 0);
  return newestFirst.find((e) => e.version === version) ?? newestFirst[0];
}
async function card(options) {
  let files;
  try {
    files = await RepoFiles.open(options.repo);
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { policy } = await readPolicy(files);
  const isManifest = (0, import_picomatch.default)(policy.manifests, { dot: false });
  const manifests = await files.findManifests(policy.manifests);
  const path = manifests.find((p2) => isManifest(p2) && folderName(p2) === options.name);
  if (!path) throw new UsageError(`no manifest for model '${options.name}' (looked for ${policy.manifests.join(", ")} in ${options.repo})`);
  const loaded = loadManifest(await files.read(path), path);
  if (!loaded.ok) throw new UsageError(`${path} is not a valid manifest (${loaded.findings.length} problem(s)): run modelops validate ${path}`);
  const manifest = loaded.value;
  let events = [];
  try {
    const history = await openGitHistory(files.realRoot);
    events = registryEvents(await history.tagRecords(), { only: /* @__PURE__ */ new Set([manifest.metadata.name]), reports: true }).get(manifest.metadata.name) ?? [];
  } catch {
  }
  const evidence = latestEvidence(events, manifest.metadata.version);
  const waivers = events.flatMap((e) => {
    const found = evidenceOf(e);
    return (found?.report?.models ?? []).flatMap((m2) => (m2.enforcement?.waivers ?? []).map((w2) => ({ ...w2, tag: e.tag.tag })));
  });
  return renderCard({
    manifest,
    manifestPath: path,
    ...evidence ? { evidence } : {},
    history: events.filter((e) => e.time !== void 0).map((e) => auditEvent(e, void 0)),
    ...waivers.length > 0 ? { waivers } : {},
    toolVersion: TOOL_VERSION
  });
}

// src/commands/profile.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var PROFILE_HELP = `Usage: modelops profile FILE [options]
       modelops profile --sql --table TABLE [options]
       modelops profile --from-rows ROWS.json [options]

Profiles data for drift checks without moving it: per feature, the share of missing values, bin counts
and sums over equal-width bins (numeric) or category counts (categorical), as JSON
(schemas/profile.schema.json). \`modelops drift --current PROFILE.json\` compares a current profile
with the reference; KS and Wasserstein are then binned approximations, and the report says so.

  FILE                 Profile a local CSV, JSONL or Parquet file (path as given, relative to the
                       working directory) and print the profile
  --sql                Print the SQL that computes the same profile in a warehouse, for --table
  --table TABLE        Table (or view, or subquery in parentheses) the SQL reads
  --dialect NAME       duckdb (default), spark or bigquery: identifier quoting and type names only
  --from-rows FILE     Turn the SQL's result rows, saved as JSON (an array) or JSON lines, into the
                       profile (e.g. DuckDB: COPY (<sql>) TO 'rows.json' (FORMAT JSON))

Options:
  --repo DIR           Repository root (default: .)
  --model NAME         Whose features to profile (default: the repository's only model)
  --reference FILE     Count numeric features over this reference profile's bin edges (a current
                       profile). Without it, the profile is a reference profile over its own range
  --bins N             Equal-width bins per numeric feature of a reference profile (default 100)
  --chunk-by COLUMN    With --sql and --from-rows (and --reference): one current profile per calendar
                       period of this TIMESTAMP column, grouped in the warehouse (date_trunc), for the
                       monitoring series of data too big for a runner
  --period P           The chunk period: day, week (ISO, from Monday; default) or month
  --output FILE        Write the profile (or the SQL) to FILE instead of standard output
  -h, --help           Show this help

Exit codes: 0 done, 2 invalid input or usage.
`;
function chunkOption(chunkBy, period) {
  if (chunkBy === void 0) {
    if (period !== void 0) throw new UsageError("--period needs --chunk-by COLUMN (the timestamp column the chunks follow)");
    return void 0;
  }
  const chosen = period ?? "week";
  if (!CHUNK_PERIODS.includes(chosen)) throw new UsageError(`--period must be one of ${CHUNK_PERIODS.join(", ")}; got '${chosen}'`);
  return { timestamp: chunkBy, period: chosen };
}
async function columnsFor(options) {
  if (options.columns && options.columns.length > 0) return options.columns;
  const { manifests } = await validateRepository({ repo: options.repo ?? "." }, "profile");
  const all = [...manifests.values()];
  let manifest;
  if (options.model !== void 0) {
    manifest = all.find((m2) => m2.metadata.name === options.model);
    if (!manifest) throw new UsageError(`no valid manifest for model '${options.model}' in ${options.repo ?? "."} (models: ${all.map((m2) => m2.metadata.name).join(", ") || "none"})`);
  } else if (all.length === 1) manifest = all[0];
  else throw new UsageError(`name the model whose features to profile (--model NAME); ${options.repo ?? "."} has ${all.length} valid manifests`);
  return profileColumns(manifest);
}
async function readProfile(path) {
  let json;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ProfileError(`${path}: not a JSON profile (${error.message})`);
  }
  return parseProfile(json, path);
}
async function profile(file, options = {}) {
  const columns = await columnsFor(options);
  const format = formatOf(file);
  if (!format) throw new UsageError(`${file}: unknown data format: use a .csv, .jsonl or .parquet file`);
  const reference = options.reference !== void 0 ? await readProfile(options.reference) : void 0;
  const table = await readTable(resolve(file), { format, columns: columns.map((c3) => ({ name: c3.name, kind: c3.kind })) });
  return profileTable(table, columns, { ...reference ? { reference } : {}, ...options.bins !== void 0 ? { bins: options.bins } : {}, source: file });
}
async function profileSqlFor(table, options = {}) {
  if (options.dialect !== void 0 && !SQL_DIALECTS.includes(options.dialect)) throw new UsageError(`--dialect must be one of ${SQL_DIALECTS.join(", ")}; got '${options.dialect}'`);
  const columns = await columnsFor(options);
  const reference = options.reference !== void 0 ? await readProfile(options.reference) : void 0;
  return profileSql(columns, table, {
    ...options.dialect ? { dialect: options.dialect } : {},
    ...reference ? { reference } : {},
    ...options.bins !== void 0 ? { bins: options.bins } : {},
    ...options.chunk ? { chunk: options.chunk } : {}
  });
}
function parseRows(text, file) {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith("[")) return JSON.parse(trimmed);
    return trimmed.split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line));
  } catch (error) {
    throw new DataFormatError(`${file}: the rows are neither a JSON array nor JSON lines (${error.message})`, { file });
  }
}
async function profileFromRowsFile(file, options = {}) {
  const columns = await columnsFor(options);
  const reference = options.reference !== void 0 ? await readProfile(options.reference) : void 0;
  const rows = parseRows(await readFile(file, "utf8"), file);
  return profileFromRows(rows, columns, {
    ...reference ? { reference } : {},
    ...options.bins !== void 0 ? { bins: options.bins } : {},
    source: options.source ?? file
  });
}
async function chunkProfilesFromRowsFile(file, options) {
  const columns = await columnsFor(options);
  if (options.reference === void 0) throw new UsageError("--chunk-by needs --reference REF.json: chunk profiles are counted over the reference profile's edges");
  const reference = await readProfile(options.reference);
  const { chunks, invalidTimestamps } = chunkProfilesFromRows(parseRows(await readFile(file, "utf8"), file), columns, { reference, period: options.chunk.period });
  return {
    kind: "ChunkProfiles",
    timestamp: options.chunk.timestamp,
    period: options.chunk.period,
    invalidTimestamps,
    chunks: chunks.map((chunk) => ({ key: chunk.key, start: isoUtc(chunk.start), end: isoUtc(chunk.end), rows: chunk.rows, profile: { ...chunk.state, source: `${file}#${chunk.key}` } }))
  };
}

// src/commands/hash.ts
import { writeFile } from "node:fs/promises";

// src/core/manifest/hash-record.ts
var PINNED_AT = [["artifact"], ["data", "training"], ["data", "evaluation"], ["data", "reference"]];
function field(value, at2) {
  let node = value;
  for (const key of at2) node = node !== null && typeof node === "object" ? node[key] : void 0;
  return node;
}
function pinnedReferences(value) {
  const found = [];
  for (const at2 of PINNED_AT) {
    const path = field(value, [...at2, "path"]);
    if (typeof path !== "string" || path === "") continue;
    const recorded = field(value, [...at2, "sha256"]);
    found.push({ at: at2, path, ...typeof recorded === "string" ? { recorded } : {} });
  }
  return found;
}
function offsetOf(text, line, column) {
  let offset = 0;
  for (let l3 = 1; l3 < line; l3++) offset = text.indexOf("\n", offset) + 1;
  return offset + column - 1;
}
function scalarEnd(text, start) {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    return close === -1 ? start : close + 1;
  }
  const match = /[\s,}\]#]/.exec(text.slice(start));
  return match ? start + match.index : text.length;
}
function rewriteDigests(text, source, changes) {
  const edits = [];
  const notWritten = [];
  for (const change of changes) {
    if (change.recorded === void 0) {
      notWritten.push(change);
      continue;
    }
    const { line, column } = source.locate([...change.at, "sha256"]);
    const start = offsetOf(text, line, column);
    const end = scalarEnd(text, start);
    const old = text.slice(start, end);
    const quote = old[0] === '"' || old[0] === "'" ? old[0] : "";
    if (old.replace(/^["']|["']$/g, "") !== change.recorded) {
      notWritten.push(change);
      continue;
    }
    edits.push({ start, end, replacement: `${quote}${change.actual}${quote}` });
  }
  let result = text;
  for (const edit of edits.sort((a, b3) => b3.start - a.start)) result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end);
  return { text: result, notWritten };
}
function versionAdvice(facts) {
  if (facts.registered) {
    return { bumpNeeded: true, message: `version ${facts.version} is registered (tag ${facts.name}@v${facts.version}) and can never change content: bump metadata.version` };
  }
  if (facts.versionAtBase === void 0) {
    return { bumpNeeded: false, message: `no version bump needed: ${facts.name} is new${facts.base ? ` since ${facts.base}` : ""} and ${facts.version} is not registered` };
  }
  if (facts.versionAtBase === facts.version) {
    return { bumpNeeded: true, message: `${facts.base ?? "the base"} has ${facts.name} at ${facts.version} too: a changed artifact or dataset needs a metadata.version bump` };
  }
  return { bumpNeeded: false, message: `no further version bump needed: ${facts.version} is already new against ${facts.versionAtBase} at ${facts.base ?? "the base"}` };
}

// src/commands/hash.ts
async function hash(options) {
  let files;
  try {
    files = await RepoFiles.open(options.repo);
  } catch (error) {
    throw new UsageError(error.message);
  }
  const everyManifest = async () => files.findManifests((await readPolicy(files)).policy.manifests);
  const paths = options.paths && options.paths.length > 0 ? await selectManifests(options.paths, { files, manifests: everyManifest }) : await everyManifest();
  if (paths.length === 0) throw new UsageError(`no manifests found in ${options.repo}`);
  const git = await openGit(files.realRoot).catch(() => void 0);
  const base = options.base ?? (git ? "HEAD" : void 0);
  if (git && options.base) await git.resolveCommit(options.base).catch((error) => Promise.reject(new UsageError(error.message)));
  const tags = git ? new Set(await git.tags()) : /* @__PURE__ */ new Set();
  const manifests = [];
  for (const path of paths) manifests.push(await hashOne(files, path, options.write === true, git, base, tags));
  const exitCode = manifests.some((m2) => m2.problems.length > 0) ? 2 : manifests.some((m2) => m2.changes.length > 0 && !m2.written || m2.notWritten.length > 0 || m2.advice?.bumpNeeded) ? 1 : 0;
  return { manifests, exitCode };
}
async function hashOne(files, path, write, git, base, tags) {
  const result = { manifest: path, changes: [], problems: [], written: false, notWritten: [] };
  const bytes = await files.read(path).catch((error) => {
    result.problems.push(error.message);
    return void 0;
  });
  if (bytes === void 0) {
    if (result.problems.length === 0) result.problems.push(`${path} does not exist`);
    return result;
  }
  const parsed = parseYamlSource(bytes, path);
  if (!parsed.ok) {
    result.problems.push(...parsed.findings.map((f3) => `${f3.file}:${f3.line}:${f3.column}: ${f3.message}`));
    return result;
  }
  for (const reference of pinnedReferences(parsed.source.value)) {
    const shape2 = pathShapeProblem(reference.path);
    if (shape2) {
      result.problems.push(`${reference.at.join(".")}.path '${reference.path}' ${shape2}`);
      continue;
    }
    const facts = await files.inspect(reference.path, { hash: true, columns: false });
    if (facts.status !== "file" || facts.sha256 === void 0) {
      result.problems.push(`${reference.at.join(".")}.path '${reference.path}' ${facts.status === "missing" ? "does not exist" : facts.status === "escapes" ? "resolves outside the repository" : "is not a regular file"}`);
      continue;
    }
    if (facts.sha256 !== reference.recorded) result.changes.push({ at: reference.at, path: reference.path, ...reference.recorded !== void 0 ? { recorded: reference.recorded } : {}, actual: facts.sha256 });
  }
  if (result.changes.length === 0) return result;
  const text = bytes.toString("utf8");
  const rewrite = rewriteDigests(text, parsed.source, result.changes);
  result.notWritten = rewrite.notWritten;
  if (write && rewrite.text !== text) {
    await writeFile(files.absolute(path), rewrite.text);
    result.written = true;
  }
  const value = parsed.source.value;
  const name = typeof value.metadata?.name === "string" ? value.metadata.name : void 0;
  const version = typeof value.metadata?.version === "string" ? value.metadata.version : void 0;
  if (name && version && !git) {
    result.advice = { bumpNeeded: false, message: "not in a git repository: cannot tell whether the change needs a metadata.version bump" };
  } else if (name && version) {
    let versionAtBase;
    if (git && base) {
      const before = await git.readFile(base, path);
      const parsedBefore = before ? parseYamlSource(before, path) : void 0;
      const old = parsedBefore?.ok ? parsedBefore.source.value.metadata?.version : void 0;
      if (typeof old === "string") versionAtBase = old;
    }
    result.advice = versionAdvice({ name, version, registered: tags.has(registerTagName(name, version)), ...versionAtBase !== void 0 ? { versionAtBase } : {}, ...base ? { base } : {} });
  }
  return result;
}
function renderHash(result, write) {
  const lines = [];
  for (const m2 of result.manifests) {
    for (const problem of m2.problems) lines.push(`${m2.manifest}: error: ${problem}`);
    if (m2.changes.length === 0 && m2.problems.length === 0) lines.push(`${m2.manifest}: every sha256 matches`);
    for (const change of m2.changes) {
      const unwritten = m2.notWritten.includes(change);
      const verb = unwritten ? "add by hand" : m2.written ? "recorded" : "differs";
      lines.push(`${m2.manifest}: ${change.at.join(".")}.sha256 ${verb}: ${change.path} ${change.recorded ? `${change.recorded.slice(0, 12)}\u2026 -> ` : ""}${change.actual}${unwritten ? ` (write sha256: ${change.actual} beside its path)` : ""}`);
    }
    if (m2.advice) lines.push(`${m2.manifest}: ${m2.advice.message}`);
  }
  if (!write && result.manifests.some((m2) => m2.changes.length > m2.notWritten.length)) lines.push("run with --write to record the new digests in place");
  return lines.join("\n") + "\n";
}

// src/commands/init.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, isAbsolute, posix, relative } from "node:path";

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist(), 1);
var import_debug = __toESM(require_src(), 1);
var import_promise_deferred = __toESM(require_dist2(), 1);
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
var R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", true],
      // -b <branch>
      ["j", true],
      // -j <n>          parallel jobs
      ["l", false],
      // -l local
      ["n", false],
      // -n no-checkout
      ["o", true],
      // -o <name>       remote name
      ["q", false],
      // -q quiet
      ["s", false],
      // -s shared
      ["u", true]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", true],
      // -C <commit>  reuse message
      ["F", true],
      // -F <file>    read message from file
      ["c", true],
      // -c <commit>  reedit message
      ["m", true],
      // -m <msg>
      ["t", true]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", false],
      // -e  open editor
      ["f", true],
      //  -f <file>
      ["l", false]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", true],
      // -X <option>   strategy option
      ["f", false],
      // -f force-rebase
      ["i", false],
      // -i interactive
      ["k", false],
      // -k keep-base
      ["m", false],
      // -m merge
      ["n", false],
      // -n no-stat
      ["q", false],
      // -q quiet
      ["r", false],
      // -r rebase-merges
      ["s", true],
      // -s <strategy>
      ["v", false],
      // -v verbose
      ["x", true]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
};
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
import { EventEmitter as Ce } from "node:events";
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
};
var A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var at = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
};
var xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
};
var I2 = "\0";
var W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2);
var Be = (t2) => m(t2) || Buffer.isBuffer(t2);
var G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
var V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
var z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    const s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
};
var x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
};
var Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: false
};
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t;
var vn = ["-h"];
var j2 = /* @__PURE__ */ Symbol("grepQuery");
var En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (const e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2;
var Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    const i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: true
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      const y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      const k2 = ve(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  const r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: false
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: false
    });
  })
];
var ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: false,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
];
var ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
var ee2 = " \xF2\xF2";
var ne2 = " \xF2 ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
};
var dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
};
var ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
};
var gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      const s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
};
var Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
var kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
var _r = /^(create|delete) mode \d+ (.+)/;
var vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
];
var Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
var ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
];
var Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
var Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
];
var $r = (t2, e) => {
  const n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/;
var jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
};
var Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    const n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t2) {
  const e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === true),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === true, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, false)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})();
var Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
var Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = false;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
};
var Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, false, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t2, [e, n]) => {
    const r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    const n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
];
var gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t2, e = false) {
  const n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      const w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  const e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, true));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === true), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  const n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  const n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t2 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t2, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n;
    const o2 = Object.freeze(Object.create(r2));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  const n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/core/checklist/hints.ts
var EVIDENCE_HINTS = {
  "problem.statement": "problem.statement in this manifest, in plain language",
  "problem.kpis": "problem.kpis in this manifest, or a document naming each KPI and how it is measured",
  "problem.ml-needed": "the rule or heuristic that was tried and how it compared (e.g. docs/why-ml.md)",
  "problem.acceptance": "problem.acceptance in this manifest, or the sign-off that records the criteria",
  "problem.stakeholders": "who uses the predictions, who is affected, who signed off (a document or a link)",
  "data.provenance": "a provenance field on every dataset, or a data sheet with sources, owners and collection",
  "data.labels-verified": "a label audit: the sample reviewed, by whom, and the error rate found",
  "data.representative": "a comparison of the training population with the production population",
  "data.splits": "distinct training, evaluation and reference files in data, or how the split was made",
  "data.quality-checked": "a data-quality report: missing values, outliers, duplicates and what was done",
  "data.minorities-represented": "group counts per sensitive attribute in training and evaluation data",
  "data.privacy": "the privacy review or DPIA, and the legal basis for the personal data used",
  "baseline.defined": "baseline in this manifest with its measured metrics",
  "baseline.beaten": "the baseline metrics beside the model's gate report",
  "baseline.same-data": "that both were scored on data.evaluation (the baseline's evidence field)",
  "baseline.error-analysis": "an error analysis comparing the model's and the baseline's mistakes",
  "ready.preprocessing-documented": "where each feature's encoding, scaling and imputation is described",
  "ready.preprocessing-in-artifact": "that the ONNX graph holds the preprocessing (e.g. an exported scikit-learn Pipeline)",
  "ready.works": "gates.performance in this manifest: the gate runs the artifact on every pull request",
  "ready.predictions-explored": "a notebook or report on the score distribution and the worst errors",
  "ready.bias-checked": "gates.fairness in this manifest",
  "ready.explainability": "feature importances (the gate report has permutation importance) and their review",
  "ready.code-quality": "the training code's repository and commit, reviewed, that reproduces the artifact",
  "ready.tests": "gates.robustness in this manifest, or the test suite of the training code",
  "deploy.mode": "deployment.mode in this manifest",
  "deploy.resources": "deployment.resources and gates.performance.latency_ms in this manifest",
  "deploy.dependencies": "the serving image or lock file that pins the runtime (e.g. onnxruntime version)",
  "deploy.rollout": "deployment.strategy in this manifest",
  "deploy.rollback": "deployment.rollback in this manifest and an earlier registered version",
  "deploy.retraining-bounds": "monitoring.retraining.min_interval and max_interval in this manifest",
  "deploy.access-control": "who can read the model and its data in production, and how that is enforced",
  "monitor.hard-metrics": "gates.performance.metrics in this manifest, checked again in production",
  "monitor.data-quality": "the input checks that run in production (schema, missing values, ranges)",
  "monitor.kpis": "the dashboard or report that tracks the KPIs after deployment",
  "monitor.drift": "gates.drift and monitoring.schedule in this manifest",
  "monitor.feedback-loop": "how and when ground-truth labels arrive, and where realised performance is measured",
  "monitor.owners": "metadata.owners and monitoring.alerting in this manifest",
  "usable.real-world-trial": "the pilot or shadow run: dates, scope and results",
  "usable.third-party-review": "the review by someone outside the team: who, when, and what they found",
  "usable.cost-benefit": "the cost-benefit estimate (infrastructure, error costs, maintenance)",
  "usable.fairness": "gates.fairness, and how unfair outcomes are detected and corrected in production",
  "usable.misuse": "the misuse scenarios considered and their mitigations",
  "usable.legal-basis": "the legal review, and how a decision is explained to the people it affects",
  "usable.audit-artifacts": "sha256 on the artifact and every dataset in this manifest; evidence in git tags",
  "usable.fallback": "deployment.fallback in this manifest"
};

// src/core/manifest/scaffold.ts
var MAX_DISTINCT = 50;
var ScaffoldError = class extends Error {
};
var isFloat = (value) => value.isTensor && (value.type === void 0 || value.type === "float32" || value.type === "float64");
var shape = (value) => `${value.type ?? "tensor"} [${(value.dims ?? []).join(", ")}]`;
var list2 = (names) => names.map((n) => `'${n}'`).join(", ");
var RESERVED = /^(y|yes|n|no|true|false|on|off|null|~)$/i;
function yamlScalar(value) {
  if (typeof value === "number") return String(value);
  return /^[A-Za-z_][A-Za-z0-9_./@-]*( [A-Za-z0-9_./@-]+)*$/.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
}
function attributeName(column) {
  const name = column.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^[^a-z]+/, "").replace(/_+$/, "");
  return name === "" ? "attribute" : name;
}
function decide(model, columns, options) {
  const byName = new Map(columns.map((c3) => [c3.name, c3]));
  const label = byName.get(options.label);
  if (!label) throw new ScaffoldError(`--label '${options.label}' is not a column of ${options.evaluation.path}; its columns: ${list2(columns.map((c3) => c3.name))}`);
  if (model.inputs.length === 0) throw new ScaffoldError(`${options.model.path} has no inputs`);
  const zipMap = model.zipMaps[0];
  let score;
  let scoreNote;
  if (zipMap) {
    score = model.outputs.find((o2) => o2.name === zipMap.input) ?? { name: zipMap.input, isTensor: true, type: "float32", dims: ["N", model.classLabels?.length ?? "?"] };
    scoreNote = `the tensor that feeds the ZipMap '${zipMap.output}' (read in its place)`;
  } else {
    const floats = model.outputs.filter(isFloat);
    const probabilities = floats.filter((o2) => /prob/i.test(o2.name));
    score = floats.length === 1 ? floats[0] : probabilities.length === 1 ? probabilities[0] : void 0;
    if (!score) {
      throw new ScaffoldError(
        floats.length === 0 ? `${options.model.path} has no float tensor output to read the prediction from; its outputs: ${list2(model.outputs.map((o2) => o2.name))}` : `${options.model.path} has several float outputs (${list2(floats.map((o2) => o2.name))}); cannot tell which holds the prediction`
      );
    }
    scoreNote = `${shape(score)}, the model's ${probabilities.length === 1 ? "probability" : "only float"} output`;
  }
  const width = score.dims?.length === 2 && typeof score.dims[1] === "number" ? score.dims[1] : score.dims?.length === 1 ? 1 : void 0;
  const classLabels = model.classLabels ? [...model.classLabels] : void 0;
  let task = options.task;
  if (!task) {
    const classCount = classLabels?.length ?? width;
    if (options.positive !== void 0 || classCount === 2) task = "binary-classification";
    else if (classCount !== void 0 && classCount > 2) task = "multiclass-classification";
    else task = "regression";
  }
  let layout;
  let features;
  let featureNote;
  const first = model.inputs[0];
  if (model.inputs.length === 1 && isFloat(first) && first.dims?.length === 2 && (typeof first.dims[1] !== "number" || first.dims[1] > 1 || !byName.has(first.name))) {
    layout = "tensor";
    const k2 = typeof first.dims[1] === "number" ? first.dims[1] : void 0;
    const numeric = columns.filter((c3) => c3.name !== options.label && c3.kind === "numeric").map((c3) => c3.name);
    let names;
    if (options.features) {
      for (const name of options.features) {
        const column = byName.get(name);
        if (!column) throw new ScaffoldError(`--features names '${name}', which is not a column of ${options.evaluation.path}`);
        if (column.kind !== "numeric") throw new ScaffoldError(`--features names '${name}', which holds text; input '${first.name}' takes numbers only`);
      }
      names = options.features;
      featureNote = "from --features";
    } else {
      const withoutSensitive = numeric.filter((name) => !(options.sensitive ?? []).includes(name));
      if (k2 === void 0 || numeric.length === k2) names = numeric;
      else if (withoutSensitive.length === k2) names = withoutSensitive;
      else {
        throw new ScaffoldError(
          `input '${first.name}' takes ${k2} features, but ${options.evaluation.path} has ${numeric.length} numeric columns besides the label (${list2(numeric)}): name the model's features in its input order with --features a,b,c`
        );
      }
      featureNote = `the data's numeric columns in file order: check it is the order the model was trained on`;
    }
    if (k2 !== void 0 && names.length !== k2) throw new ScaffoldError(`input '${first.name}' takes ${k2} features, but --features names ${names.length}`);
    features = names.map((name) => ({ name, kind: "numeric" }));
  } else {
    layout = "columns";
    const missing = model.inputs.filter((input) => !byName.has(input.name)).map((input) => input.name);
    if (missing.length > 0) {
      throw new ScaffoldError(`the model's inputs ${list2(missing)} are not columns of ${options.evaluation.path}; with one input per column, each input is fed the column of its name (its columns: ${list2(columns.map((c3) => c3.name))})`);
    }
    features = model.inputs.map((input) => {
      const column = byName.get(input.name);
      if (input.type === "string") return { name: input.name, kind: "categorical" };
      if (column.kind === "categorical") throw new ScaffoldError(`column '${input.name}' holds text, but the model's input '${input.name}' takes ${input.type ?? "numbers"}`);
      return { name: input.name, kind: "numeric" };
    });
    featureNote = "one per model input, typed by the input";
  }
  const decisions = { task, layout, input: first, features, featureNote, score, scoreNote };
  const labelOutput = model.outputs.find((o2) => o2.isTensor && o2.name !== score.name && !isFloat(o2));
  if (task !== "regression" && labelOutput) decisions.labelOutput = labelOutput.name;
  const labelValue = (text) => label.kind === "numeric" ? Number(text) : text;
  if (task === "binary-classification") {
    const positive = options.positive;
    if (positive === void 0) {
      throw new ScaffoldError(`binary classification needs --positive, the value of the positive class in '${options.label}' (${label.values.slice(0, 10).join(", ")})`);
    }
    if (!label.values.includes(positive)) {
      throw new ScaffoldError(`--positive '${positive}' never occurs in column '${options.label}' of ${options.evaluation.path} (values: ${label.values.slice(0, 10).join(", ")})`);
    }
    if (label.distinctCount > 2) throw new ScaffoldError(`column '${options.label}' has ${label.distinctCount} distinct values; binary classification needs two (use --task multiclass-classification)`);
    decisions.positive = labelValue(positive);
    if (classLabels) {
      const index = classLabels.findIndex((c3) => String(c3) === positive);
      if (index === -1) throw new ScaffoldError(`--positive '${positive}' is not one of the model's classes (${list2(classLabels)})`);
      decisions.scoreColumn = { index, note: `column of class ${yamlScalar(positive)} among the model's classes ${classLabels.join(", ")}` };
    } else if (width === 2) {
      decisions.scoreColumn = { index: 1, note: "assumed: the model records no class labels; column 1 must be P(positive)" };
    }
  } else if (task === "multiclass-classification") {
    const values = classLabels ?? [...label.values].sort().map(labelValue);
    const known = new Set(values.map(String));
    const unknown = label.values.filter((v2) => !known.has(v2));
    if (unknown.length > 0) throw new ScaffoldError(`column '${options.label}' holds ${list2(unknown.slice(0, 5))}, which the model's classes (${list2(values)}) do not include`);
    decisions.classes = { values, note: classLabels ? "the model's class labels, in its probability-column order" : "sorted label values (the model records no class labels): check it is the model's probability-column order" };
  }
  return decisions;
}
function checklistLines(proven) {
  const lines = [
    "checklist:",
    "  # The readiness checklist. Answer an item by writing it under its section (replace the {}), e.g.",
    "  #   problem:",
    "  #     ml-needed: {answer: yes, evidence: docs/why-ml.md}",
    "  # answer: yes, no or n/a; evidence: text, a link, or a path in the repository (checked to exist).",
    '  # Items marked "verified" are proven by this manifest and need no answer; the policy says which',
    "  # items each stage requires (default: problem for development)."
  ];
  for (const section of CHECKLIST_SECTIONS) {
    lines.push(`  ${section}: {}  # ${SECTION_TITLES[section]}`);
    for (const item of CHECKLIST.filter((i) => i.section === section)) {
      const id = checklistItemId(item);
      const why = proven.get(id);
      lines.push(`    # ${item.key}: ${item.question}`);
      lines.push(why ? `    #   verified: ${why}` : `    #   evidence: ${EVIDENCE_HINTS[id] ?? "what shows the answer"}`);
    }
  }
  return lines;
}
function provenItems(manifest, context = { registeredVersions: [] }) {
  const proven = /* @__PURE__ */ new Map();
  for (const item of CHECKLIST) {
    const why = item.provenBy?.(manifest, context);
    if (why) proven.set(checklistItemId(item), why);
  }
  return proven;
}
function pad(text, comment) {
  return `${text.padEnd(40)} # ${comment}`;
}
function inferManifest(model, columns, options, proven = /* @__PURE__ */ new Map()) {
  const d2 = decide(model, columns, options);
  const byName = new Map(columns.map((c3) => [c3.name, c3]));
  const lines = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  lines.push(
    `# Written by modelops init from ${options.model.path} and ${options.evaluation.path}. Check what it`,
    `# inferred (the comments say where each value came from), answer the checklist at the end, and`,
    `# after changing a file record its sha256 with: npx modelops hash --write`,
    "apiVersion: modelops/v1",
    "kind: Model",
    "metadata:",
    `  name: ${options.name}`,
    "  version: 0.1.0",
    `  owners: [${JSON.stringify(options.owner)}]`,
    "stage: development",
    "problem:"
  );
  const featureNames = d2.features.map((f3) => f3.name);
  const target = d2.task === "regression" ? options.label : d2.task === "binary-classification" ? `${options.label} = ${String(d2.positive)}` : options.label;
  const statement = options.statement ?? `Predict ${target} from ${featureNames.length <= 4 ? featureNames.join(", ") : `${featureNames.length} features`}.`;
  if (!options.statement) lines.push("  # Say it in your words: the problem, and the decision the predictions feed.");
  lines.push(`  statement: ${JSON.stringify(statement)}`);
  const taskWhy = options.task ? "from --task" : model.classLabels ? `the model has ${model.classLabels.length} classes` : d2.task === "regression" ? "one value per row" : "from the score output's width";
  lines.push(pad(`  task: ${d2.task}`, taskWhy));
  lines.push("artifact:", `  path: ${options.model.path}`, `  sha256: ${options.model.sha256}`, "  format: onnx", "  inputs:");
  lines.push(
    d2.layout === "tensor" ? pad("    layout: tensor", `input '${d2.input.name}' ${shape(d2.input)}: the features below, in order`) : pad("    layout: columns", `${model.inputs.length} inputs, one per column, named like the columns`)
  );
  lines.push("  outputs:");
  if (d2.task === "regression") lines.push(pad(`    prediction: ${yamlScalar(d2.score.name)}`, d2.scoreNote));
  else {
    lines.push(pad(`    score: ${yamlScalar(d2.score.name)}`, d2.scoreNote));
    if (d2.scoreColumn) lines.push(pad(`    score_column: ${d2.scoreColumn.index}`, d2.scoreColumn.note));
    if (d2.labelOutput) lines.push(pad(`    label: ${yamlScalar(d2.labelOutput)}`, "never read: labels come from the score and the threshold"));
  }
  if (d2.task === "binary-classification") lines.push(pad("  threshold: 0.5", "positive when score >= threshold"));
  lines.push("data:", "  label:", `    column: ${yamlScalar(options.label)}`);
  if (d2.positive !== void 0) lines.push(`    positive: ${yamlScalar(d2.positive)}`);
  if (d2.classes) {
    lines.push(`    # ${d2.classes.note}`);
    lines.push(`    classes: [${d2.classes.values.map(yamlScalar).join(", ")}]`);
  }
  lines.push(`  features:  # ${d2.featureNote}`);
  for (const feature of d2.features) lines.push(`    - {name: ${yamlScalar(feature.name)}, type: ${feature.kind}}`);
  const sensitive = (options.sensitive ?? []).map((column) => {
    const facts = byName.get(column);
    if (!facts) throw new ScaffoldError(`--sensitive names '${column}', which is not a column of ${options.evaluation.path}; its columns: ${list2(columns.map((c3) => c3.name))}`);
    return { column, facts, name: attributeName(column) };
  });
  const names = sensitive.map((s) => s.name);
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash) throw new ScaffoldError(`--sensitive columns give the attribute name '${clash}' twice`);
  if (sensitive.length > 0) {
    lines.push("  sensitive:");
    for (const { column, facts, name } of sensitive) {
      if (facts.kind === "numeric" && facts.distinctCount > 10 && facts.median !== void 0) {
        lines.push(pad(`    - {name: ${name}, column: ${yamlScalar(column)}, type: numeric, bins: [${facts.median}]}`, "two groups split at the median: set the edges that matter"));
      } else {
        lines.push(pad(`    - {name: ${name}, column: ${yamlScalar(column)}}`, `groups: ${facts.values.slice(0, 6).join(", ")}${facts.distinctCount > 6 ? ", \u2026" : ""}`));
      }
    }
  }
  lines.push("  evaluation:", `    path: ${options.evaluation.path}`, `    sha256: ${options.evaluation.sha256}`);
  if (options.reference) lines.push("  reference:", `    path: ${options.reference.path}`, `    sha256: ${options.reference.sha256}`);
  lines.push("gates:", "  performance:", "    metrics:  # starting bounds: set the ones your acceptance criteria need");
  lines.push(d2.task === "binary-classification" ? "      roc_auc: {min: 0.7}" : d2.task === "multiclass-classification" ? "      accuracy: {min: 0.7}" : "      r2: {min: 0}");
  if (sensitive.length > 0) {
    if (d2.task === "binary-classification") {
      lines.push("  fairness:", `    attributes: [${names.join(", ")}]`, "    min_group_size: 30", "    metrics:", pad("      demographic_parity_ratio: {min: 0.8}", "the four-fifths rule"));
    } else {
      lines.push(`  # fairness: group metrics are defined for binary classification; data.sensitive is reported by drift and the card`);
    }
  }
  if (options.reference) lines.push(pad("  drift: {method: auto, correction: benjamini-hochberg}", "evaluation data against the reference"));
  lines.push(
    "  # Before promoting, the default policy also asks for: staging, gates.robustness (e.g. noise:",
    "  # {level: 0.01, max_label_flip_rate: 0.02}); production, every gate including drift and champion."
  );
  lines.push(...checklistLines(proven));
  return lines.join("\n") + "\n";
}
function scaffoldManifest(options) {
  const { name, task } = options;
  const dir = `models/${name}`;
  const binary = task === "binary-classification";
  const lines = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  lines.push(
    `# Manifest of model '${name}'. Fill in every TODO, then run: modelops validate ${dir}/model.yaml`,
    `# (modelops init ${name} --model FILE.onnx --data FILE.csv --label COLUMN infers most of it instead.)`,
    "apiVersion: modelops/v1",
    "kind: Model",
    "metadata:",
    `  name: ${name}`,
    "  version: 0.1.0",
    '  owners: ["@TODO-github-user-or-team"]',
    "  description: TODO one or two sentences on what the model does",
    "stage: development",
    "problem:",
    "  statement: TODO the problem in plain language, and the decision the predictions feed",
    `  task: ${task}`,
    "artifact:",
    `  path: ${dir}/model.onnx`,
    `  sha256: "${options.artifactSha256 ?? "0".repeat(64)}"  # modelops hash --write records it`,
    "  format: onnx",
    "  inputs:",
    "    layout: tensor          # tensor: one [N, k] float input; columns: one input per column",
    "  outputs:",
    ...task === "regression" ? ["    prediction: TODO      # name of the output tensor holding the prediction"] : ["    score: TODO           # name of the output tensor holding the class probabilities", ...binary ? ["    score_column: 1       # its column of the positive class"] : []],
    ...binary ? ["  threshold: 0.5"] : [],
    "data:",
    "  label:",
    "    column: TODO",
    ...binary ? ["    positive: TODO  # value of the positive class"] : [],
    "  features:",
    "    - name: TODO",
    "      type: numeric       # numeric | categorical",
    "  evaluation:",
    `    path: ${dir}/data/evaluation.csv`,
    `    sha256: "${"0".repeat(64)}"  # modelops hash --write records it`,
    "gates:",
    "  performance:",
    "    metrics:",
    ...task === "regression" ? ["      rmse: {max: 1.0}"] : binary ? ["      roc_auc: {min: 0.7}"] : ["      accuracy: {min: 0.7}"],
    ...checklistLines(/* @__PURE__ */ new Map())
  );
  return lines.join("\n") + "\n";
}

// src/core/checklist/answer-schema.ts
var CHECKLIST_ANSWER = obj(
  "An answered checklist item.",
  {
    answer: { enum: ["yes", "no", "n/a"], description: "yes, no or n/a (not applicable; say why in evidence)." },
    evidence: {
      description: "Evidence: a statement of substance (at least three words), a link, a path in the repository (relative to its root, written folder/file.ext or ./file; checked to exist) or a manifest field (e.g. gates.fairness; checked to exist). Placeholders (TODO, TBD, x, -, lorem ipsum, a copy of the question) are rejected. Required for yes and n/a on items the stage requires.",
      anyOf: [str("One piece of evidence."), array("Several pieces of evidence.", str("One piece of evidence."))]
    },
    note: str("Anything a reviewer should know.")
  },
  ["answer"]
);

// src/core/manifest/model-schema.ts
var checklistItem = (id, question) => ({
  $ref: "#/$defs/checklistAnswer",
  description: `${id}: ${question}`
});
var checklist = object(
  "The readiness checklist, answered. Seven sections, plus any the repository policy adds (modelops.yaml checklist.items); each item is answered yes, no or n/a with evidence. Items the manifest already proves are verified automatically; answers the manifest contradicts and placeholder evidence (TODO, TBD, x, a copy of the question) are errors. An answer here replaces the policy's org-level answer (modelops.yaml checklist.answers).",
  Object.fromEntries(
    CHECKLIST_SECTIONS.map((section) => [
      section,
      object(
        `${SECTION_TITLES[section]} (checklist section "${section}")`,
        Object.fromEntries(CHECKLIST.filter((i) => i.section === section).map((i) => [i.key, checklistItem(`${section}.${i.key}`, i.question)]))
      )
    ])
  ),
  [],
  {
    propertyNames: { pattern: CHECKLIST_SECTION_PATTERN },
    additionalProperties: {
      type: "object",
      description: "A section the repository policy adds (modelops.yaml checklist.items, e.g. eu-ai-act); validation checks that the policy defines each of its items.",
      propertyNames: { pattern: "^[a-z0-9][a-z0-9-]*$" },
      additionalProperties: { $ref: "#/$defs/checklistAnswer", description: "The answer to one item the policy adds." }
    }
  }
);
var dataset = (description) => ref("dataset", description);
var MODEL_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelops.dev/schemas/v1/model.schema.json",
  title: "modelops model manifest",
  description: "One model, one version, declared in git (models/<name>/model.yaml). Paths are relative to the repository root and must stay inside it.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "stage", "problem", "artifact", "data", "checklist"],
  properties: {
    apiVersion: { const: "modelops/v1", description: "Manifest format version. Always modelops/v1." },
    kind: { const: "Model", description: "Document kind. Always Model for a model manifest." },
    metadata: object(
      "Who and what: the model name, its version and owners.",
      {
        name: string("Model name: a lowercase DNS label (a-z, 0-9, -; at most 63 characters). Must equal the folder name under models/.", {
          pattern: NAME_PATTERN
        }),
        version: string("Semantic version of this model (e.g. 1.2.0). Bump it whenever the artifact, data, features or gates change.", {
          pattern: SEMVER_PATTERN
        }),
        owners: {
          type: "array",
          description: "Accountable owners: GitHub users (@alice), teams (@org/team) or e-mail addresses.",
          minItems: 1,
          uniqueItems: true,
          items: string("A GitHub user (@alice), team (@org/team) or e-mail address.", { pattern: OWNER_PATTERN })
        },
        description: string("What the model does, in a sentence or two."),
        labels: {
          type: "object",
          description: "Free-form key/value labels (e.g. domain: lending) for filtering and reports.",
          propertyNames: { pattern: "^[a-z0-9]([a-z0-9._/-]{0,62}[a-z0-9])?$" },
          additionalProperties: { type: "string", description: "Label value." }
        }
      },
      ["name", "version", "owners"]
    ),
    stage: { enum: [...STAGES], description: "Lifecycle stage this version is in or is proposed for. Merging promotes; the policy says which transitions are allowed." },
    problem: object(
      'What problem the model solves and how success is judged (checklist section "problem").',
      {
        statement: string("The problem in plain language, and the decision the predictions feed.", { minLength: 1 }),
        task: { enum: [...TASKS], description: "Machine-learning task; decides which metrics apply." },
        kpis: {
          type: "array",
          description: "Business KPIs the model should move.",
          items: object(
            "A business KPI.",
            {
              name: string("KPI name.", { minLength: 1 }),
              description: string("How the KPI is measured."),
              target: string('Target value or direction, e.g. "-10% defaults at equal approval rate".')
            },
            ["name"]
          )
        },
        acceptance: {
          description: "Acceptance criteria agreed with stakeholders, as text or a list.",
          anyOf: [string("Acceptance criteria."), { type: "array", items: string("One acceptance criterion."), description: "Acceptance criteria." }]
        }
      },
      ["statement", "task"]
    ),
    artifact: object(
      "The model file and how data maps to its inputs and outputs.",
      {
        path: ref("repoPath", "Path of the ONNX file, relative to the repository root."),
        sha256: string("SHA-256 of the artifact file (64 lowercase hex digits). Validation recomputes it.", { pattern: SHA256_PATTERN }),
        format: { const: "onnx", description: "Artifact format. Only onnx: it is data, never code, so reviewing a model never runs code from the PR." },
        inputs: object(
          "How data columns become model inputs.",
          {
            layout: {
              enum: ["tensor", "columns"],
              description: "tensor: one [N, k] float tensor of all features in `columns` order; columns: one input per column (numeric as float, categorical as string)."
            },
            name: string("Name of the single input tensor (layout: tensor). Default: the model's only input."),
            columns: {
              type: "array",
              description: "Feature order inside the tensor (layout: tensor). Default: data.features order.",
              items: string("A feature column name."),
              uniqueItems: true
            },
            dtype: { enum: ["float32", "float64"], description: "Element type of the input tensor (layout: tensor). Default float32." },
            names: {
              type: "object",
              description: "Column -> input name, where they differ (layout: columns). Default: the input has the column's name.",
              additionalProperties: string("Model input name for this column.")
            }
          },
          ["layout"]
        ),
        outputs: object("Which model outputs carry the prediction.", {
          score: string("Name of the tensor output holding the class probabilities (e.g. probabilities), [N, classes] or [N]. Naming a ZipMap output (skl2onnx's output_probability) reads the tensor that feeds it. Default: the only float tensor output besides label, or the tensor behind a ZipMap."),
          score_column: integer("Column of the positive class in a [N, classes] score output. Default 1 for binary classification.", { minimum: 0 }),
          label: string("Output holding predicted labels, if the model has one. Binary labels are re-derived from the score and threshold."),
          prediction: string("Output holding the prediction (regression).")
        }),
        threshold: number("Decision threshold on the positive-class score (binary classification). Default 0.5.", { minimum: 0, maximum: 1 })
      },
      ["path", "sha256", "format", "inputs", "outputs"]
    ),
    data: object(
      'The label, the features, the sensitive attributes and the datasets (checklist section "data").',
      {
        label: object(
          "The target column.",
          {
            column: string("Name of the label column in the datasets.", { minLength: 1 }),
            positive: { type: ["string", "number"], description: "Value of the positive class (binary classification), e.g. bad." },
            classes: { type: "array", description: "All class values in score-column order (multiclass).", items: { type: ["string", "number"], description: "A class value." } }
          },
          ["column"]
        ),
        features: {
          type: "array",
          description: "Model features, in the order the model expects them unless artifact.inputs.columns says otherwise.",
          minItems: 1,
          items: object(
            "A feature column.",
            {
              name: string("Column name in the datasets.", { minLength: 1 }),
              type: { enum: ["numeric", "categorical"], description: "Column type; decides encoding and the drift test used." },
              description: string("What the feature means.")
            },
            ["name", "type"]
          )
        },
        sensitive: {
          type: "array",
          description: "Sensitive attributes for the fairness gate. They may be columns the model does not use.",
          items: object(
            "A sensitive attribute.",
            {
              name: string("Attribute name used in reports and fairness.attributes (e.g. sex, age_group).", { pattern: "^[a-z][a-z0-9_]*$" }),
              column: string("Column holding the attribute in the datasets.", { minLength: 1 }),
              type: { enum: ["categorical", "numeric"], description: "numeric attributes are bucketed by `bins`. Default categorical." },
              bins: {
                type: "array",
                description: "Bucket edges for a numeric attribute, ascending (e.g. [25, 60] gives <25, 25-60, >=60).",
                minItems: 1,
                items: number("A bucket edge.")
              },
              reference_group: string("Group the disparities are measured against. Default: the largest group."),
              description: string("Why this attribute is sensitive and how it was derived.")
            },
            ["name", "column"]
          )
        },
        training: dataset("Training data (path in the repo, or uri when it lives elsewhere)."),
        evaluation: dataset("Held-out evaluation data, labelled; the gates run the model on it."),
        reference: dataset("Reference data for drift (usually a held-out sample of training time).")
      },
      ["label", "features", "evaluation"]
    ),
    baseline: object(
      'What the model is compared against (checklist section "baseline").',
      {
        kind: { enum: [...BASELINE_KINDS], description: "Kind of baseline." },
        description: string('The baseline, in words (e.g. "reject when checking account is overdrawn").', { minLength: 1 }),
        metrics: {
          type: "object",
          description: "The baseline's metrics on the evaluation data, by metric id (e.g. roc_auc: 0.62).",
          minProperties: 1,
          additionalProperties: number("Metric value.")
        },
        evidence: string("Where the baseline numbers come from: a path in the repo or a link.")
      },
      ["kind", "description", "metrics"]
    ),
    gates: object("The checks a PR must pass. The policy says which gates each stage requires and whether they block.", Object.fromEntries(MANIFEST_GATES.map((section) => [section.id, section.gate.manifest]))),
    monitoring: object('How the model is watched in production (checklist section "monitor").', {
      current: ref("currentSource", "Where production data comes from, for the scheduled drift check: read afresh on every run, never pinned."),
      chunks: object(
        "Monitoring over time: `modelops drift` cuts the current data into chunks (exactly one of period, size or count) and reports every signal per chunk with alert thresholds learned from the reference data cut into chunks of the same size; the model drifts when the latest chunk alerts. Without it, drift compares the current data as one snapshot.",
        {
          period: { enum: ["day", "week", "month"], description: "Chunks by calendar period of monitoring.current.timestamp in time_zone (ISO weeks, Monday to Sunday, keyed 2026-W07; days 2026-02-09; months 2026-02)." },
          time_zone: string("IANA time zone of the period boundaries (e.g. Europe/Berlin). Default UTC.", { minLength: 1 }),
          size: integer("Chunks of this many rows, in timestamp order (the last keeps the remainder).", { minimum: 1 }),
          count: integer("This many chunks of equal size, in timestamp order (the remainder joins the last).", { minimum: 1 }),
          min_rows: integer("Chunks with fewer rows are shown but never alert (default 30).", { minimum: 0 }),
          thresholds: object(
            "How alert bands come from the reference chunks: calibrated (default; a Student-t prediction interval whose false-alert rate per chunk is alpha), std (NannyML: mean \xB1 k standard deviations) or quantile (of the reference chunks' values).",
            {
              rule: { enum: ["calibrated", "std", "quantile"], description: "The rule. Default calibrated." },
              alpha: number("calibrated: the false-alert rate per chunk (default 0.01).", { exclusiveMinimum: 0, exclusiveMaximum: 1 }),
              k: number("std: the multiplier of the standard deviation (default 3).", { exclusiveMinimum: 0 }),
              lower: number("quantile: the lower quantile (default 0.005).", { minimum: 0, maximum: 1 }),
              upper: number("quantile: the upper quantile (default 0.995).", { minimum: 0, maximum: 1 })
            }
          ),
          reference_until: string(
            "NannyML's reference period: the current data's chunks up to and including this key (e.g. 2026-W43) are the reference \u2014 their rows, with the labels that arrived (every one needs its label), are cut into the reference chunks; the series still shows them. Instead of reference.",
            { minLength: 1 }
          ),
          reference: {
            type: "array",
            description: "The datasets whose rows are cut into reference chunks for the bands, concatenated in this order (default [reference]). Add evaluation when the reference alone holds fewer than two chunks; never training (the model fitted it).",
            minItems: 1,
            uniqueItems: true,
            items: { enum: ["reference", "evaluation"] }
          }
        }
      ),
      labels: object(
        "Ground-truth labels that arrive after scoring, joined to the current rows by id: realised metrics per chunk beside the estimates. One of path, glob or query, read afresh on every run.",
        {
          path: ref("repoPath", "One file (CSV, JSONL or Parquet), relative to the repository root (or $GITHUB_WORKSPACE with relative_to: workspace)."),
          glob: string("Files matching this glob, read together.", { minLength: 1 }),
          query: string("DuckDB SQL whose result holds the id and label columns.", { minLength: 1 }),
          relative_to: { enum: ["repository", "workspace"], description: "What path and glob are relative to (default the repository root)." },
          format: { enum: ["csv", "jsonl", "parquet"], description: "File format of path or glob. Default: from each file's extension." },
          id: string("The id column of the labels (default monitoring.current.id).", { minLength: 1 }),
          column: string("The label column (default data.label.column).", { minLength: 1 })
        }
      ),
      schedule: string('Cron expression of the scheduled check, as in the drift workflow (e.g. "0 6 * * 1").', {
        pattern: "^\\S+( \\S+){4}$"
      }),
      alerting: object("Where alerts go.", {
        issue: boolean("Open (and keep updated) a GitHub issue when the model drifts or goes stale."),
        mentions: { type: "array", description: "Users or teams to mention in alerts.", items: string("@user or @org/team.", { pattern: OWNER_PATTERN }) }
      }),
      labels_delay: string("How long until ground-truth labels arrive (e.g. 30d).", { pattern: DURATION_PATTERN }),
      retraining: object("Retraining bounds: at least every max_interval, not sooner than min_interval.", {
        min_interval: string("Do not retrain sooner than this after the last promotion (e.g. 7d).", { pattern: DURATION_PATTERN }),
        max_interval: string("Retrain at least this often; older production models are stale (e.g. 180d).", { pattern: DURATION_PATTERN }),
        trigger: object(
          "How to start retraining.",
          {
            type: { enum: [...RETRAINING_TRIGGERS], description: "GitHub mechanism used to start retraining." },
            workflow: string("Workflow file name (workflow_dispatch)."),
            event_type: string("Event type (repository_dispatch)."),
            ref: string("Git ref to run the workflow on. Default: the default branch.")
          },
          ["type"]
        )
      })
    }),
    deployment: object('How the model is served (checklist section "deploy").', {
      mode: { enum: ["batch", "real-time"], description: "Batch scoring or real-time serving." },
      strategy: { enum: [...DEPLOYMENT_STRATEGIES], description: "Rollout strategy." },
      resources: object("Compute resources in production.", {
        cpu: { type: ["number", "string"], description: 'CPU cores (e.g. 0.5 or "500m").' },
        memory_mb: number("Memory in MiB.", { exclusiveMinimum: 0 }),
        gpu: integer("Number of GPUs.", { minimum: 0 }),
        replicas: integer("Number of replicas.", { minimum: 1 })
      }),
      rollback: object("How to roll back.", { plan: string("The rollback plan.", { minLength: 1 }), to_version: string("Version to roll back to.", { pattern: SEMVER_PATTERN }) }, ["plan"]),
      fallback: object("What happens when the model is unavailable.", { plan: string("The fallback plan.", { minLength: 1 }) }, ["plan"]),
      dependencies: { type: "array", description: "Runtime dependencies with versions (e.g. onnxruntime 1.30).", items: string("A dependency.") }
    }),
    checklist
  },
  $defs: {
    bound: {
      type: "object",
      description: "Inclusive bounds: min, max or both.",
      additionalProperties: false,
      minProperties: 1,
      properties: { min: number("Lowest allowed value (inclusive)."), max: number("Highest allowed value (inclusive).") }
    },
    repoPath: { type: "string", description: "A path relative to the repository root.", minLength: 1 },
    dataset: object(
      "A dataset: a file in the repository (path + sha256) or data kept elsewhere (uri).",
      {
        path: ref("repoPath", "File in the repository (CSV, JSONL or Parquet), relative to the repository root."),
        uri: string("Where the data lives when it is not in the repository (e.g. s3://bucket/key, a warehouse table).", { minLength: 1 }),
        sha256: string("SHA-256 of the file; validation recomputes it.", { pattern: SHA256_PATTERN }),
        format: { enum: ["csv", "jsonl", "parquet"], description: "File format. Default: from the file extension." },
        description: string("What the data is."),
        provenance: string("Where the data comes from, who owns it, its licence, how it was sampled."),
        rows: integer("Number of rows, if recorded.", { minimum: 0 })
      },
      [],
      { dependentRequired: { path: ["sha256"] } }
    ),
    currentSource: object(
      "Where production data comes from: one of path, glob or query, read afresh on every drift run. It is not pinned by a digest: the drift report records what was read (files, rows, sha256; for a query the SQL, the engine version, the row count and a digest of the result), so new data needs no manifest change.",
      {
        path: ref("repoPath", "One file (CSV, JSONL or Parquet), relative to the repository root (or to $GITHUB_WORKSPACE with relative_to: workspace). It must stay inside that root: no .., no symlink out of it."),
        glob: string(
          "Files matching this glob (e.g. models/credit-risk/data/current/*.csv), relative to the repository root (or to $GITHUB_WORKSPACE with relative_to: workspace), read together in path order; a file added under it is read on the next run. Every match must stay inside that root (no .., symlinks out of it are refused).",
          { minLength: 1 }
        ),
        query: string(
          "DuckDB SQL whose result is the current data, over local or remote Parquet or CSV (e.g. SELECT * FROM read_parquet('exports/scored-*.parquet') WHERE scored_at > now() - INTERVAL 7 DAY); relative file names resolve against the repository root. Needs the optional add-on @duckdb/node-api installed beside modelops (it is not bundled in the Action).",
          { minLength: 1 }
        ),
        relative_to: { enum: ["repository", "workspace"], description: "What path and glob are relative to: the repository root (default), or $GITHUB_WORKSPACE (the runner's workspace, e.g. data a previous workflow step exported; the repository root when the variable is unset)." },
        format: { enum: ["csv", "jsonl", "parquet"], description: "File format of path or glob. Default: from each file's extension." },
        timestamp: string("Column holding when each row was scored (ISO 8601 text, epoch numbers, or a DuckDB TIMESTAMP). Required, except in the deprecated pinned form.", { minLength: 1 }),
        id: string("Column identifying each row, to join labels that arrive later.", { minLength: 1 }),
        description: string("What the data is."),
        provenance: string("Where the data comes from, who owns it, how it is sampled."),
        sha256: string("Deprecated: the current data is not pinned. Accepted with a warning, and not checked.", { pattern: SHA256_PATTERN, deprecated: true }),
        uri: string("Deprecated: not read. Write a query instead (e.g. SELECT * FROM read_parquet('s3://bucket/key/*.parquet')).", { minLength: 1, deprecated: true }),
        rows: integer("Deprecated: the report records the rows read.", { minimum: 0, deprecated: true })
      }
    ),
    checklistAnswer: CHECKLIST_ANSWER
  }
};

// src/commands/init.ts
async function init(options) {
  if (!new RegExp(NAME_PATTERN).test(options.name)) {
    throw new UsageError(`model name '${options.name}' must be a lowercase DNS label (a-z, 0-9 and -, at most 63 characters)`);
  }
  const files = await RepoFiles.open(options.repo).catch((error) => {
    throw new UsageError(error.message);
  });
  const path = `models/${options.name}/model.yaml`;
  if (!options.force && await files.read(path) !== void 0) throw new UsageError(`${path} already exists (use --force to overwrite)`);
  const target = files.absolute(path);
  const schemaPath = await schemaReference(files, target, options.schemaFile);
  let text;
  if (options.model !== void 0 || options.data !== void 0) {
    text = await inferred(files, options, schemaPath);
  } else {
    const artifact = `models/${options.name}/model.onnx`;
    const artifactExists = await files.read(artifact).catch(() => void 0) !== void 0;
    text = scaffoldManifest({
      name: options.name,
      task: options.task ?? "binary-classification",
      ...artifactExists ? { artifactSha256: await sha256File(files.absolute(artifact)) } : {},
      ...schemaPath ? { schemaPath } : {}
    });
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile2(target, text, { flag: options.force ? "w" : "wx" });
  return { path };
}
async function inferred(files, options, schemaPath) {
  if (options.model === void 0 || options.data === void 0 || options.label === void 0) {
    throw new UsageError("init infers the manifest from --model FILE.onnx, --data FILE (the evaluation data) and --label COLUMN; give all three");
  }
  const model = await pinned(files, options.model, "--model");
  const evaluation = await pinned(files, options.data, "--data");
  const reference = options.reference === void 0 ? void 0 : await pinned(files, options.reference, "--reference");
  let graph;
  try {
    graph = readOnnxGraph(await files.read(model.path));
  } catch (error) {
    if (error instanceof OnnxGraphError) throw new UsageError(`${model.path}: ${error.message}`);
    throw error;
  }
  const columns = await columnFacts(files, evaluation.path);
  const owner = options.owner ?? await gitEmail(files.absolute("."));
  if (owner === void 0 || !new RegExp(OWNER_PATTERN).test(owner)) {
    throw new UsageError(owner === void 0 ? "give the model's owner with --owner (@user, @org/team or an e-mail address); git has no user.email here" : `--owner '${owner}' must be a GitHub user (@alice), team (@org/team) or e-mail address`);
  }
  const inferOptions = {
    name: options.name,
    owner,
    label: options.label,
    model,
    evaluation,
    ...reference ? { reference } : {},
    ...options.positive !== void 0 ? { positive: options.positive } : {},
    ...options.task ? { task: options.task } : {},
    ...options.sensitive ? { sensitive: options.sensitive } : {},
    ...options.features ? { features: options.features } : {},
    ...options.statement ? { statement: options.statement } : {},
    ...schemaPath ? { schemaPath } : {}
  };
  const modelFacts = { inputs: graph.inputs, outputs: graph.outputs, zipMaps: graph.zipMaps, ...graph.classLabels ? { classLabels: graph.classLabels } : {} };
  try {
    const first = inferManifest(modelFacts, columns, inferOptions);
    const loaded = loadManifest(Buffer.from(first), `models/${options.name}/model.yaml`);
    return loaded.ok ? inferManifest(modelFacts, columns, inferOptions, provenItems(loaded.value)) : first;
  } catch (error) {
    if (error instanceof ScaffoldError) throw new UsageError(error.message);
    throw error;
  }
}
async function schemaReference(files, manifest, toolSchema) {
  const fromManifest = (file) => relative(dirname(manifest), file).split("\\").join("/");
  const installed = "node_modules/modelops/schemas/model.schema.json";
  if (await files.read(installed).catch(() => void 0) !== void 0) return fromManifest(files.absolute(installed));
  if (toolSchema !== void 0) {
    const inside = relative(files.realRoot, toolSchema);
    if (inside !== "" && !inside.startsWith("..") && !isAbsolute(inside)) return fromManifest(toolSchema);
  }
  return MODEL_SCHEMA["$id"];
}
async function pinned(files, given, option) {
  const path = files.relativeFromCwd(given);
  if (path === "" || path.startsWith("../") || path === ".." || posix.isAbsolute(path)) {
    throw new UsageError(`${option} ${given} is outside the repository ${files.displayRoot}: copy it into the repository (e.g. models/<name>/) first`);
  }
  let bytes;
  try {
    bytes = await files.read(path);
  } catch (error) {
    throw new UsageError(`${option} ${given}: ${error.message}`);
  }
  if (bytes === void 0) throw new UsageError(`${option} ${given} does not exist`);
  return { path, sha256: await sha256File(files.absolute(path)) };
}
async function columnFacts(files, path) {
  const format = formatOf(path);
  if (format === void 0) throw new UsageError(`--data ${path}: unknown data format: use a .csv, .jsonl or .parquet file`);
  const absolute = files.absolute(path);
  try {
    const names = await readColumns(absolute, format);
    const table = await readTable(absolute, { format, columns: names.map((name) => ({ name, kind: "categorical" })) });
    return names.map((name) => {
      const column = table.columns.get(name);
      if (!column || column.kind !== "categorical") throw new Error(`column '${name}' was not read`);
      const used = /* @__PURE__ */ new Set();
      for (const code of column.codes) if (code !== MISSING_CODE) used.add(code);
      const values = [...used].map((code) => column.categories[code]);
      const numbers = values.map(numberFromText);
      const numeric = values.length > 0 && numbers.every((n) => n !== void 0 && !Number.isNaN(n));
      const facts = { name, kind: numeric ? "numeric" : "categorical", values: values.slice(0, MAX_DISTINCT), distinctCount: values.length };
      if (numeric) {
        const byCode = new Map([...used].map((code) => [code, numberFromText(column.categories[code])]));
        const sorted = Float64Array.from([...column.codes].filter((c3) => c3 !== MISSING_CODE).map((c3) => byCode.get(c3))).sort();
        facts.median = sorted[Math.floor((sorted.length - 1) / 2)];
      }
      return facts;
    });
  } catch (error) {
    if (error instanceof DataFormatError) throw new UsageError(error.message);
    throw error;
  }
}
async function gitEmail(root) {
  try {
    const value = (await wo(root).getConfig("user.email")).value;
    return value ?? void 0;
  } catch {
    return void 0;
  }
}

// src/core/audit/at.ts
var DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
function parseAuditInstant(text) {
  const trimmed = text.trim();
  const day = DATE_ONLY.exec(trimmed);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const end = new Date(Date.UTC(year, month - 1, date, 23, 59, 59, 999));
    if (end.getUTCMonth() !== month - 1 || end.getUTCDate() !== date) return new Error(`--at: '${text}' is not a calendar date`);
    return end;
  }
  if (DATE_TIME.test(trimmed)) {
    const instant = new Date(trimmed.replace(" ", "T"));
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  return new Error(`--at must be a date (2024-05-01, read as the end of that day in UTC) or an ISO 8601 time with an offset (2024-05-01T12:00:00Z), got '${text}'`);
}

// src/core/checklist/summary.ts
var STATUS_WORDS = {
  unanswered: "unanswered",
  "no-evidence": "no evidence",
  "answered-no": "no",
  placeholder: "placeholder",
  contradicted: "contradicted"
};
function checklistGapLines(checklist2) {
  const lines = [];
  for (const section of checklistSections(checklist2.items)) {
    const required = checklist2.items.filter((i) => i.section === section && i.required);
    const open = required.filter((i) => !i.satisfied);
    if (open.length === 0) continue;
    const named = open.map((i) => `${i.id.slice(section.length + 1)} (${STATUS_WORDS[i.status] ?? i.status})`);
    lines.push(`${section}: ${open.length} of ${required.length} required open \u2014 ${named.join(", ")}`);
  }
  return lines;
}

// src/core/report/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, gray: 90, bold: 1 };
function renderText(report, options = {}) {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
  const verdictStyle = (v2) => v2 === "pass" ? "green" : v2 === "warn" ? "yellow" : v2 === "skipped" ? "gray" : "red";
  const lines = [];
  const context = { report, paint };
  const slot = (name, model) => SECTIONS.flatMap((section) => section.text?.[name]?.(model, context) ?? []);
  const header = `modelops ${report.command} \xB7 ${report.repository.root}`;
  lines.push(paint("bold", header) + "  " + paint(verdictStyle(report.verdict), `${report.verdict.toUpperCase()} (exit ${report.exitCode})`));
  if (report.repository.base) lines.push(paint("gray", `compared with ${report.repository.base.ref} (${report.repository.base.commit.slice(0, 12)})`));
  if (report.audit) lines.push(paint("gray", auditScopeText(report)));
  const findingLine = (f3, indent) => {
    const where = location(f3);
    const severity = paint(f3.severity === "error" ? "red" : f3.severity === "warning" ? "yellow" : "gray", f3.severity);
    const code = report.command === "audit" ? ` [${f3.code}]` : "";
    const out = [`${indent}${where ? where + ": " : ""}${severity}${code}: ${f3.message}`];
    if (f3.hint) out.push(`${indent}  ${paint("gray", "hint: " + f3.hint)}`);
    return out;
  };
  for (const f3 of report.findings) lines.push(...findingLine(f3, ""));
  for (const model of report.models) {
    lines.push("");
    lines.push(`${paint(verdictStyle(model.verdict), VERDICT_MARK[model.verdict])} ${paint("bold", modelTitle(model))}  ${paint(verdictStyle(model.verdict), model.verdict)}  ${paint("gray", model.manifest)}`);
    const change = changeText(model);
    if (change) lines.push(`  change: ${change}`);
    const checklist2 = checklistText(model);
    if (checklist2) lines.push(`  checklist: ${checklist2}`);
    if (model.checklist) for (const gap of checklistGapLines(model.checklist)) lines.push(`    ${gap}`);
    lines.push(...slot("measured", model));
    for (const gate2 of model.gates) {
      lines.push(`  ${paint(verdictStyle(gate2.verdict), VERDICT_MARK[gate2.verdict])} ${gate2.gate}: ${paint(verdictStyle(gate2.verdict), gate2.verdict)} \u2014 ${gate2.summary}`);
      for (const check of gate2.checks) {
        const bound = boundText(check);
        const champion = check.champion !== void 0 ? `, ${check.against ?? "champion"} ${num(check.champion)} (\u0394 ${signed(check.delta)})` : "";
        const decided = check.interval && check.verdict === "pass" ? ` ${Math.round(check.interval.level * 100)}% CI [${num(check.interval.lower)}, ${num(check.interval.upper)}], rule ${check.rule}` : "";
        lines.push(`      ${paint(verdictStyle(check.verdict), VERDICT_MARK[check.verdict])} ${check.name}: ${checkValue(check)}${bound ? ` (${bound})` : ""}${decided}${champion}${check.verdict === "pass" || !check.message ? "" : " \u2014 " + check.message}${(check.verdict === "fail" || check.verdict === "error") && check.line ? ` (${model.manifest}:${check.line})` : ""}`);
      }
    }
    lines.push(...slot("details", model), ...slot("status", model));
    for (const f3 of model.findings) lines.push(...findingLine(f3, "  "));
  }
  lines.push("");
  lines.push(`${summaryText(report)}.`);
  return lines.join("\n") + "\n";
}

// src/cli.ts
var FORMATS = ["text", "json", "markdown", "html"];
var MAIN_HELP = `modelops ${TOOL_VERSION} \u2014 GitOps for ML models

Usage: modelops <command> [options]

Commands:
  validate [MODEL...]  Check manifests against the schema, their files, the policy and a base ref
  gate [MODEL...]      Validate, then run each changed model on its evaluation data through its gates
  promote              After a merge: gate what changed and write GTO tags that carry the evidence
  drift [MODEL...]     Scheduled check of production models: drift, estimated performance, staleness
  profile FILE         Profile data for drift where it lives (or print the SQL that does it in a warehouse)
  audit [MODEL...]     The audit trail from tags and history alone: who promoted what, when, on what evidence
  card <name>          A model card (Markdown) from the manifest and its latest evidence
  init <name>          Write models/<name>/model.yaml, inferred from the ONNX model and its data
  hash [MODEL...]      Record changed sha256 digests in the manifests (--write); say when to bump the version

MODEL: a model name (its folder among the manifests the policy's globs match), a manifest file or
a model folder, or a quoted glob of them ('models/credit-*'), relative to the current directory; the
Action's models input takes the same, relative to its working-directory.

Options:
  -h, --help           Show help (also: modelops <command> --help)
  -v, --version        Show the version

Exit codes: 0 all valid, 1 a policy or gate failure, 2 invalid input or usage.
`;
var REPORT_OPTIONS = {
  format: { type: "string", default: "text" },
  output: { type: "string" },
  "report-dir": { type: "string" },
  "no-color": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
var REPORT_OPTIONS_HELP = `  --output FILE        Also write the JSON report to FILE
  --report-dir DIR     Also write report.json, report.md and report.html to DIR
  --no-color           Plain text output (also NO_COLOR=1)
  -h, --help           Show this help
`;
var COMMANDS = {
  validate: {
    help: `Usage: modelops validate [MODEL...] [options]

Validates every manifest the policy's globs match (default models/*/model.yaml), or the given
manifest files or model folders: YAML and schema, names, paths inside the repository, recorded
sha256 digests, data columns, gate bounds, the checklist the stage requires, and with --base the
stage transition, the version bump and the immutability of registered versions (git tags
<name>@v<version>).

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref (e.g. origin/main)
  --format FORMAT      text (default), json, markdown or html (one self-contained file)
${REPORT_OPTIONS_HELP}
Exit codes: 0 all valid, 1 a policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      base: { type: "string" },
      ...REPORT_OPTIONS
    }
  },
  gate: {
    help: `Usage: modelops gate [MODEL...] [options]

Validates like \`modelops validate\`, then, for every model changed against --base (every model with
--all, the given ones when paths are given, all when there is no base), runs its ONNX artifact on its
evaluation data and applies its gates:
  performance  metric bounds, latency/throughput/memory/size budgets, beating the manifest baseline
  robustness   missing values, zeros, extreme values (10x beyond the training range), noise
  champion     no significant regression against the version in production (latest
               <name>#production#N tag, else the base ref): paired bootstrap intervals, DeLong's
               test for ROC AUC, McNemar's test on correctness
  fairness     group metrics, Fairlearn aggregates and Aequitas disparities with bootstrap intervals
  drift        evaluation data vs data.reference (features, missing values, prediction, domain
               classifier, CBPE)
  approvals    the policy's approvals and soak time for the target stage, and waivers in force \u2014
               the Action reads the pull request's reviews; here the soak is measured from the
               tags and approvals are "not checked here" unless asserted with --pr and --approver
It also reports permutation feature importance for the model and its champion.

Options:
  --repo DIR           Repository root (default: .)
  --base REF           Compare with this git ref; gate only the models that changed
  --pr N               The pull request, to check approvals asserted with --approver
  --pr-author LOGIN    Its author (whose own approval never counts)
  --approver LOGIN     A reviewer who approved it (repeat for each); counted as asserted
  --all                Gate every model
  --seed N             Seed of resampling and perturbations (default 0)
  --format FORMAT      text (default), json, markdown or html (one self-contained file)
${REPORT_OPTIONS_HELP}
Exit codes: 0 all gates pass, 1 a blocking gate or policy failure, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      base: { type: "string" },
      pr: { type: "string" },
      "pr-author": { type: "string" },
      approver: { type: "string", multiple: true },
      all: { type: "boolean", default: false },
      seed: { type: "string", default: "0" },
      ...REPORT_OPTIONS
    }
  },
  promote: {
    help: `Usage: modelops promote [options]

Merge = promote. Run on the default branch after a push (the Action passes the push's before and
after). For every model whose version or stage changed between --since and HEAD \u2014 and every model
whose manifest at HEAD declares a version or stage the registry does not record yet (a run that was
cancelled or failed) \u2014 validates and gates the merged commit like \`modelops gate --base <since>\`,
then enforces the whole policy of the stage it enters: approvals (asserted with --approver here),
soak in the previous stage (from the stage tags, measured now), checklist, required gates, and the
waivers in force (modelops.yaml waivers). A model that misses any of it gets nothing, and the report
says why; the others are still promoted. Otherwise writes annotated git tags in GTO's format:
  <name>@v<version>     registers the version at HEAD (once: a registered version never changes)
  <name>#<stage>#<n>    assigns the stage, n = the model's highest tag number + 1; it points at the
                        version's registration commit, which is how GTO finds the version it assigns
Each message is a one-line summary, a blank line, then the evidence as JSON: the gate report, the
pull request, its author and approvers, the workflow run, the promoted commit, the manifest's and
files' git blob ids (schemas/evidence.schema.json). Re-running is safe: what the tags already say is
not written again, and a run that stopped halfway is completed. Tags are signed when git is set up to
sign (tag.gpgSign=true or user.signingkey), unsigned otherwise. A content change pushed without a
version bump is reported (exit 1) and not promoted. A rollback is an ordinary change that sets an
earlier registered version back: it gets a new stage tag, no new registration.

Options:
  --repo DIR           Repository root (default: .)
  --since REF          The commit before the push; without it (or all zeros, a push that created
                       the branch) every model at HEAD counts as new
  --head REF           Fail unless HEAD is this commit (the push's after)
  --pr N               Number of the merged pull request
  --pr-author LOGIN    Its author
  --approver LOGIN     A reviewer who approved it (repeat for each). Counted as an asserted
                       approval (the evidence says so): team membership cannot be verified here,
                       so it counts for a team in approvals.from only with
                       approvals.unverified_membership: warn
  --pr-url URL         Its URL
  --run-url URL        URL of the workflow run
  --push REMOTE        Fetch tags from REMOTE first, push the tags to it afterwards
  --tagger "NAME <EMAIL>"  Tagger identity (default: git's user.name and user.email)
  --seed N             Seed of the gates' resampling (default 0)
  --format FORMAT      text (default), json, markdown or html
${REPORT_OPTIONS_HELP}
Exit codes: 0 promoted or nothing to do, 1 a model was blocked, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      since: { type: "string" },
      head: { type: "string" },
      pr: { type: "string" },
      "pr-author": { type: "string" },
      approver: { type: "string", multiple: true },
      "pr-url": { type: "string" },
      "run-url": { type: "string" },
      push: { type: "string" },
      tagger: { type: "string" },
      seed: { type: "string", default: "0" },
      ...REPORT_OPTIONS
    }
  },
  audit: {
    help: `Usage: modelops audit [MODEL...] [options]

Reads the registry from a clone alone (fetch the tags first: git fetch --tags), no API: per model
(all, or the names given) every registration and stage change with its time, tagger, pull request,
approvers and gate verdicts from the tag evidence; which version held each stage at --at; each
registered artifact re-hashed at its tag against its recorded sha256; signatures checked with git
verify-tag. Findings:
  error    unpromoted-change           a commit on --ref changed a model's version, stage or content
                                       and no tag's evidence covers it
  error    registered-version-changed  a registered version's content changed later, same version
  error    tag-moved / evidence-mismatch  a tag points elsewhere than its evidence says, or the
                                       manifest there disagrees with it (version, sha256)
  error    artifact-hash-mismatch      a registered artifact no longer hashes to its sha256
                                       (artifact-missing: it is gone)
  error    skipped-stage               a stage change the policy's transitions do not allow
  error    unregistered-production     a production assignment of a version never registered
  error    failed-evidence             a tag whose evidence records failing gates
                                       (invalid-evidence: evidence that does not parse)
  error    bad-signature               git verify-tag rejects the signature
  error    missing-evidence            a production tag without modelops evidence (warning for
                                       other tags: GTO's own tags carry none)
  warning  missing-tag                 gaps in a model's tag numbers: tags were deleted
  warning  unverified-signature        signed, but the key is not trusted here

Options:
  --repo DIR           Repository root (default: .)
  --ref REF            Branch whose first-parent history is checked (default: HEAD)
  --at DATE            Give the stages at this instant: 2024-05-01 (end of that day, UTC) or an
                       ISO 8601 time, e.g. 2024-05-01T12:00:00Z (default: now)
  --format FORMAT      text (default), json, markdown or html (one self-contained file)
${REPORT_OPTIONS_HELP}
Exit codes: 0 no errors, 1 findings of severity error, 2 invalid input or usage.
`,
    options: {
      repo: { type: "string", default: "." },
      ref: { type: "string", default: "HEAD" },
      at: { type: "string" },
      ...REPORT_OPTIONS
    }
  },
  drift: {
    help: DRIFT_HELP,
    options: {
      repo: { type: "string", default: "." },
      issue: { type: "boolean", default: false },
      current: { type: "string" },
      log: { type: "boolean", default: false },
      "log-remote": { type: "string" },
      "reference-profile": { type: "string" },
      seed: { type: "string", default: "0" },
      ...REPORT_OPTIONS
    }
  },
  profile: {
    help: PROFILE_HELP,
    options: {
      repo: { type: "string", default: "." },
      model: { type: "string" },
      reference: { type: "string" },
      bins: { type: "string" },
      sql: { type: "boolean", default: false },
      table: { type: "string" },
      dialect: { type: "string" },
      "from-rows": { type: "string" },
      "chunk-by": { type: "string" },
      period: { type: "string" },
      output: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  card: {
    help: `Usage: modelops card <name> [options]

Writes a model card in Markdown: what the model is for, its data, features and sensitive attributes,
its evaluation, gate verdicts and fairness, baseline and champion comparisons from its latest
evidence (the message of its newest modelops tag), its deployment, monitoring and rollback plans,
its readiness checklist and its registry history.

Options:
  --repo DIR           Repository root (default: .)
  --output FILE        Write the card to FILE instead of stdout
  -h, --help           Show this help
`,
    options: {
      repo: { type: "string", default: "." },
      output: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  init: {
    help: `Usage: modelops init <name> --model FILE.onnx --data FILE --label COLUMN [options]

Writes models/<name>/model.yaml from the model and its evaluation data (the model is read, never
run): the task, the input layout and features (from the graph's inputs and the data's header and
column types), the outputs (a scikit-learn ZipMap is read through the tensor that feeds it), the
positive class's score column and the class order, every sha256, a fairness gate for --sensitive,
a drift gate with --reference, and the readiness checklist: each question with the evidence that
would satisfy it, left for you to answer. Its output validates and \`modelops gate\` runs on it as
written. Without --model and --data it writes the bare template with TODOs.

Options:
  --model FILE         The ONNX model, inside the repository
  --data FILE          Labelled evaluation data (CSV, JSONL or Parquet), inside the repository
  --label COLUMN       The label column
  --positive VALUE     Binary classification: the positive class (e.g. bad)
  --reference FILE     Reference data for the drift gate
  --sensitive A,B      Columns holding sensitive attributes, for the fairness gate
  --features A,B       The model's features in input order, when the data has other numeric columns
  --task TASK          ${TASKS.join(", ")} (default: inferred from the model)
  --owner OWNER        @user, @org/team or e-mail (default: git's user.email)
  --statement TEXT     problem.statement: the problem, and the decision the predictions feed
  --repo DIR           Repository root (default: .)
  --force              Overwrite an existing manifest
  -h, --help           Show this help
`,
    options: {
      repo: { type: "string", default: "." },
      task: { type: "string" },
      model: { type: "string" },
      data: { type: "string" },
      reference: { type: "string" },
      label: { type: "string" },
      positive: { type: "string" },
      sensitive: { type: "string" },
      features: { type: "string" },
      owner: { type: "string" },
      statement: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  },
  hash: {
    help: `Usage: modelops hash [MODEL...] [options]

Re-hashes the artifact and every dataset the manifests pin (every manifest the policy's globs match,
or the given manifest files or model folders) and lists the digests that changed. With --write it
records them in the manifest in place, keeping comments and layout. It also says whether the change
needs a metadata.version bump: when the version is registered (tag <name>@v<version>) or the base
(default HEAD) has the model at the same version; a new model needs none.

Exit codes: 0 every digest recorded, 1 digests differ (without --write) or a version bump is needed,
2 a pinned file is missing or a manifest cannot be read.

Options:
  --write              Record the new digests in the manifests
  --base REF           Compare versions with REF instead of HEAD
  --format FORMAT      text or json (default text)
  --repo DIR           Repository root (default: .)
  -h, --help           Show this help
`,
    options: {
      repo: { type: "string", default: "." },
      write: { type: "boolean", default: false },
      base: { type: "string" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h", default: false }
    }
  }
};
var MAX_RENDERED_BYTES = 16 * 1024 * 1024;
function withinBudget(text, what, limit = MAX_RENDERED_BYTES) {
  if (text.length <= limit / 4 || Buffer.byteLength(text) <= limit) return text;
  let cut = Buffer.from(text).subarray(0, limit - 200).toString("utf8").replace(/\uFFFD$/, "");
  const lastLine = cut.lastIndexOf("\n");
  if (lastLine > 0) cut = cut.slice(0, lastLine + 1);
  return `${cut}
[${what} cut at ${limit} bytes of ${Buffer.byteLength(text)}: write it with --format json --output FILE to keep everything]
`;
}
function render(report, format, color) {
  if (format === "json") return reportJson(report);
  if (format === "markdown") return withinBudget(renderMarkdown(report), "the Markdown report");
  if (format === "html") return withinBudget(renderHtml(report), "the HTML report");
  return withinBudget(renderText(report, { color }), "the report");
}
async function writeReportOutputs(report, values) {
  const output = values["output"];
  const reportDir = values["report-dir"];
  if (output) await writeFile3(output, reportJson(report));
  if (reportDir) await writeReportFiles(report, reportDir);
}
function pullRequestOf(values) {
  const number2 = values["pr"];
  const approvers = values["approver"] ?? [];
  const author = values["pr-author"];
  const url = values["pr-url"];
  if (number2 === void 0) {
    if (approvers.length > 0 || author !== void 0 || url !== void 0) throw new UsageError("--pr-author, --approver and --pr-url describe a pull request: give its number with --pr");
    return void 0;
  }
  if (!/^[1-9][0-9]*$/.test(number2)) throw new UsageError(`--pr must be a pull request number, got '${number2}'`);
  const login = (name) => name.replace(/^@/, "");
  return { number: Number(number2), ...author ? { author: login(author) } : {}, approvers: approvers.map(login), ...url ? { url } : {} };
}
function taggerOf(text) {
  if (text === void 0) return void 0;
  const match = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!match) throw new UsageError(`--tagger must look like "Name <email>", got '${text}'`);
  return { name: match[1], email: match[2] };
}
function packagedSchema() {
  const here = dirname2(fileURLToPath(import.meta.url));
  const candidate = resolve2(here, "..", "schemas", "model.schema.json");
  return existsSync(candidate) ? candidate : void 0;
}
async function runCli(argv, io2) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    const topic = command === "help" ? rest[0] : void 0;
    io2.stdout(topic && topic in COMMANDS ? COMMANDS[topic].help : MAIN_HELP);
    return command === void 0 ? 2 : 0;
  }
  if (command === "-v" || command === "--version") {
    io2.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  if (!(command in COMMANDS)) {
    io2.stderr(`modelops: unknown command '${command}'

${MAIN_HELP}`);
    return 2;
  }
  const spec = COMMANDS[command];
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    io2.stderr(`modelops ${command}: ${error.message}

${spec.help}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values["help"]) {
    io2.stdout(spec.help);
    return 0;
  }
  try {
    if (command === "init") {
      const optional = (key) => values[key];
      const task = optional("task");
      if (task !== void 0 && !TASKS.includes(task)) throw new UsageError(`--task must be one of ${TASKS.join(", ")}`);
      if (positionals.length !== 1) throw new UsageError("init takes exactly one model name, e.g. modelops init credit-risk");
      const listOf = (key) => optional(key)?.split(",").map((item) => item.trim()).filter((item) => item.length > 0);
      const schemaFile = packagedSchema();
      const settings = {};
      for (const key of ["model", "data", "reference", "label", "positive", "owner", "statement"]) if (optional(key) !== void 0) settings[key] = optional(key);
      for (const key of ["sensitive", "features"]) if (listOf(key) !== void 0) settings[key] = listOf(key);
      const { path } = await init({
        repo: String(values["repo"]),
        name: positionals[0],
        ...task ? { task } : {},
        force: Boolean(values["force"]),
        ...schemaFile ? { schemaFile } : {},
        ...settings
      });
      const inferred2 = optional("model") !== void 0;
      io2.stdout(`wrote ${path}
next: ${inferred2 ? "check what it inferred, answer the checklist" : "fill in the TODOs and answers"}, then run modelops validate ${path}
`);
      return 0;
    }
    if (command === "hash") {
      const format2 = String(values["format"]);
      if (format2 !== "text" && format2 !== "json") throw new UsageError("--format must be text or json");
      const write = Boolean(values["write"]);
      const base2 = values["base"];
      const result = await hash({ repo: String(values["repo"]), paths: positionals, write, ...base2 ? { base: base2 } : {} });
      io2.stdout(format2 === "json" ? JSON.stringify(result, null, 2) + "\n" : renderHash(result, write));
      return result.exitCode;
    }
    if (command === "profile") {
      const optional = (key) => values[key];
      const bins = optional("bins") === void 0 ? void 0 : Number(optional("bins"));
      if (bins !== void 0 && (!Number.isSafeInteger(bins) || bins < 1)) throw new UsageError(`--bins must be a positive integer, got '${optional("bins")}'`);
      const settings = {
        repo: String(values["repo"]),
        ...optional("model") ? { model: optional("model") } : {},
        ...optional("reference") ? { reference: optional("reference") } : {},
        ...bins !== void 0 ? { bins } : {}
      };
      const chunk = chunkOption(optional("chunk-by"), optional("period"));
      if (chunk && !values["sql"] && !optional("from-rows")) throw new UsageError("--chunk-by is for --sql and --from-rows (a local file is profiled whole)");
      let text;
      if (values["sql"]) {
        if (!optional("table")) throw new UsageError("--sql needs --table TABLE (the table, view or subquery the SQL reads)");
        text = await profileSqlFor(optional("table"), { ...settings, ...optional("dialect") ? { dialect: optional("dialect") } : {}, ...chunk ? { chunk } : {} });
      } else if (optional("from-rows") && chunk) {
        text = JSON.stringify(await chunkProfilesFromRowsFile(optional("from-rows"), { ...settings, chunk }), null, 2) + "\n";
      } else if (optional("from-rows")) {
        text = JSON.stringify(await profileFromRowsFile(optional("from-rows"), settings), null, 2) + "\n";
      } else {
        if (positionals.length !== 1) throw new UsageError("profile takes one data file, or --sql --table TABLE, or --from-rows ROWS.json");
        text = JSON.stringify(await profile(positionals[0], settings), null, 2) + "\n";
      }
      const output = optional("output");
      if (output) {
        await writeFile3(output, text);
        io2.stdout(`wrote ${output}
`);
      } else io2.stdout(text);
      return 0;
    }
    if (command === "card") {
      if (positionals.length !== 1) throw new UsageError("card takes exactly one model name, e.g. modelops card credit-risk");
      const markdown = withinBudget(await card({ repo: String(values["repo"]), name: positionals[0] }), "the model card");
      const output = values["output"];
      if (output) {
        await writeFile3(output, markdown);
        io2.stdout(`wrote ${output}
`);
      } else io2.stdout(markdown);
      return 0;
    }
    const format = String(values["format"]);
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
    const base = values["base"];
    const common = { repo: String(values["repo"]), paths: positionals, ...base ? { base } : {} };
    const seedOf = () => {
      const seed = Number(values["seed"]);
      if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError(`--seed must be a non-negative integer, got '${String(values["seed"])}'`);
      return seed;
    };
    const progress = io2.isTTY ? (message) => io2.stderr(`\x1B[2K\r${message.slice(0, 100)}`) : void 0;
    let report;
    if (command === "gate") {
      const pullRequest = pullRequestOf(values);
      const approvals = pullRequest ? assertedApprovalSource(pullRequest) : void 0;
      report = await gate({ ...common, all: Boolean(values["all"]), seed: seedOf(), ...approvals ? { approvals } : {}, ...progress ? { progress } : {} });
    } else if (command === "promote") {
      if (positionals.length > 0) throw new UsageError("promote takes no paths: it finds the models whose version or stage changed since --since");
      const pullRequest = pullRequestOf(values);
      const tagger = taggerOf(values["tagger"]);
      const optional = (key) => values[key];
      report = await promote({
        repo: String(values["repo"]),
        seed: seedOf(),
        ...optional("since") !== void 0 ? { since: optional("since") } : {},
        ...optional("head") !== void 0 ? { head: optional("head") } : {},
        ...optional("push") !== void 0 ? { push: optional("push") } : {},
        ...optional("run-url") !== void 0 ? { runUrl: optional("run-url") } : {},
        ...pullRequest ? { pullRequest } : {},
        ...tagger ? { tagger } : {},
        ...progress ? { progress } : {}
      });
    } else if (command === "drift") {
      const current = values["current"];
      const referenceProfile = values["reference-profile"];
      report = await drift({
        repo: String(values["repo"]),
        models: positionals,
        seed: seedOf(),
        ...current ? { current } : {},
        ...values["log"] ? { log: true } : {},
        ...values["log-remote"] !== void 0 ? { logRemote: String(values["log-remote"]) } : {},
        ...referenceProfile ? { referenceProfile } : {},
        ...progress ? { progress } : {}
      });
      if (values["issue"]) {
        if (progress) io2.stderr("\x1B[2K\r");
        await writeReportOutputs(report, values);
        for (const issue of driftIssues(report)) io2.stdout(`${issue.open ? "open or update" : "close (recovered)"}: ${issue.title}

${issue.body}

`);
        return report.exitCode;
      }
    } else if (command === "audit") {
      const at2 = values["at"] === void 0 ? void 0 : parseAuditInstant(String(values["at"]));
      if (at2 instanceof Error) throw new UsageError(at2.message);
      report = await audit({ repo: String(values["repo"]), ref: String(values["ref"]), models: positionals, ...at2 ? { at: at2 } : {} });
    } else {
      report = await validate(common);
    }
    if (progress) io2.stderr("\x1B[2K\r");
    await writeReportOutputs(report, values);
    const color = io2.isTTY && !values["no-color"] && !io2.env["NO_COLOR"] && format === "text";
    if (format === "json") for (const piece of reportJsonPieces(report)) io2.stdout(piece);
    else io2.stdout(render(report, format, color));
    return report.exitCode;
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitError || error instanceof ProfileError) {
      io2.stderr(`modelops ${command}: ${error.message}
`);
      return 2;
    }
    const detail = error instanceof Error ? io2.env["MODELOPS_DEBUG"] ? error.stack ?? error.message : error.message : String(error);
    io2.stderr(`modelops ${command}: unexpected error: ${detail}
(set MODELOPS_DEBUG=1 for a stack trace and please report it)
`);
    return 2;
  }
}

// src/bin.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw error;
  });
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
});
