import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  identityText
} from "./chunk-5ZWGIGKN.js";
import {
  require_tunnel,
  require_undici
} from "./chunk-SBBFQUVL.js";
import {
  sleep
} from "./chunk-K2PE4NOY.js";
import {
  GitHubApiError,
  permissionAdvice
} from "./chunk-A5QIX5QB.js";
import {
  reportFilePaths,
  writeReportFiles
} from "./chunk-AYEYNKR5.js";
import {
  modelTable,
  renderMarkdown,
  reportHeading
} from "./chunk-RIXTTFIB.js";
import {
  SelectionError,
  noModelChanged
} from "./chunk-GAATZRR5.js";
import {
  VERDICT_ICON,
  boundText,
  cell,
  checkValue,
  location,
  summaryText
} from "./chunk-ISKUHNDR.js";
import "./chunk-ZKG3CRNN.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import "./chunk-4QXUKUJV.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-VNFW3NFW.js";
import {
  __toESM
} from "./chunk-RFEL46WT.js";

// src/v8-tuning.ts
import { setFlagsFromString } from "node:v8";
var INTERRUPT_BUDGET = 8 * 67584;
function interruptBudgetFlag(version) {
  const major = Number(/^(\d+)\./.exec(version)?.[1]);
  return major <= 11 ? `--interrupt-budget=${INTERRUPT_BUDGET}` : void 0;
}
var flag = interruptBudgetFlag(process.versions.v8);
if (flag) setFlagsFromString(flag);

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// action/run.ts
import { createHash as createHash2 } from "node:crypto";
import { appendFile as appendFile2 } from "node:fs/promises";

// src/core/report/render/fit.ts
var COMMENT_LIMIT = 65536;
var STEP_SUMMARY_LIMIT = 1024 * 1024;
var characters = (text) => text.length;
var utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
var RANK = { error: 0, fail: 1, warn: 2, skipped: 3, pass: 4 };
function failureLines(models, report) {
  const lines = [];
  for (const f of report.findings) if (f.severity === "error") lines.push(`- \u274C ${location(f) ? `\`${location(f)}\` ` : ""}${cell(f.message)}`);
  for (const model of models) {
    for (const f of model.findings) if (f.severity === "error") lines.push(`- \u274C \`${model.name}\` ${location(f) ? `\`${location(f)}\` ` : ""}${cell(f.message)}`);
    for (const gate of model.gates) {
      for (const c of gate.checks) {
        if (c.verdict !== "fail" && c.verdict !== "error") continue;
        const bound = boundText(c);
        lines.push(`- ${VERDICT_ICON[c.verdict]} \`${model.name}\` ${gate.gate} \xB7 ${cell(c.name)}: ${checkValue(c)}${bound ? ` (bound ${bound})` : ""}${c.message ? ` \u2014 ${cell(c.message)}` : ""}`);
      }
    }
  }
  return lines;
}
function fitMarkdown(report, options) {
  const measure = options.measure ?? characters;
  const header = options.header ? `${options.header}
` : "";
  const footer = options.footer ? `
${options.footer.trimEnd()}
` : "";
  const full = header + renderMarkdown(report) + footer;
  if (measure(full) <= options.limit) return { markdown: full, summarised: false };
  let budget = options.limit - measure(header) - measure(footer) - 400;
  const take = (lines, room) => {
    const taken = [];
    let used = 0;
    for (const line of lines) {
      const size = measure(line) + 1;
      if (used + size > room) break;
      taken.push(line);
      used += size;
    }
    return { taken, used };
  };
  const opening = [...reportHeading(report), `> The full report is too long for this page (${measure(full).toLocaleString("en-US")} of at most ${options.limit.toLocaleString("en-US")}): here are the verdicts and what failed. The whole report is in ${options.fullReportAt}.`, ""];
  const out = take(opening, budget).taken;
  budget -= out.reduce((n, line) => n + measure(line) + 1, 0);
  const models = [...report.models].sort((a, b) => RANK[a.verdict] - RANK[b.verdict]);
  const failing = failureLines(models, report);
  const failures = take(failing, Math.floor(budget / 2));
  budget -= failures.used;
  if (models.length > 0) {
    const [head, delimiter, ...rows] = modelTable(models).split("\n");
    const shown = take(rows, budget - measure(head) - measure(delimiter) - 2);
    out.push(head, delimiter, ...shown.taken);
    if (shown.taken.length < rows.length) {
      const counts = /* @__PURE__ */ new Map();
      for (const m of models.slice(shown.taken.length)) counts.set(m.verdict, (counts.get(m.verdict) ?? 0) + 1);
      out.push("", `\u2026 and ${rows.length - shown.taken.length} more model(s) (${[...counts].map(([verdict, n]) => `${n} ${verdict}`).join(", ")}).`);
    }
    out.push("");
  }
  if (failing.length > 0) {
    out.push("### What failed", "", ...failures.taken);
    if (failures.taken.length < failing.length) out.push(`- \u2026 and ${failing.length - failures.taken.length} more.`);
  }
  return { markdown: header + out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n" + footer, summarised: true };
}

// action/annotations.ts
function annotationsOf(report, workingDirectory) {
  const inWorkspace = (file) => workingDirectory === "." ? file : `${workingDirectory.replace(/\/+$/, "")}/${file}`;
  const out = [];
  const add = (level, message, title, file, line, column) => {
    const properties = { title };
    if (file) properties.file = inWorkspace(file);
    if (line) properties.startLine = line;
    if (column) properties.startColumn = column;
    out.push({ level, message, title, ...file ? { path: file } : {}, ...line ? { startLine: line } : {}, ...column ? { startColumn: column } : {}, properties });
  };
  for (const f of [...report.findings, ...report.models.flatMap((m) => m.findings)]) {
    add(f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice", f.hint ? `${f.message}
${f.hint}` : f.message, `modelops ${f.code}`, f.file, f.line, f.column);
  }
  for (const model of report.models) {
    for (const gate of model.gates) {
      for (const check of gate.checks) {
        if (check.verdict !== "fail" && check.verdict !== "error") continue;
        const level = check.verdict === "error" || gate.verdict === "fail" || gate.verdict === "error" ? "error" : "warning";
        add(level, `${gate.gate} gate: ${check.name}: ${check.message ?? check.verdict}`, `modelops ${gate.gate} gate`, model.manifest, check.line, check.line ? check.column : void 0);
      }
    }
  }
  return out;
}

// src/io/github/check-run.ts
var EXTERNAL_ID_PREFIX = "modelops:";
async function ours(client, repo, run2) {
  return (await client.listCheckRuns(repo, run2.headSha, run2.name)).filter((c) => c.name === run2.name && c.externalId?.startsWith(EXTERNAL_ID_PREFIX));
}
var same = (existing, run2) => existing.status === "completed" && existing.externalId === run2.externalId && existing.conclusion === run2.conclusion;
async function upsertCheckRun(client, repo, run2, options = {}) {
  if (!run2.externalId.startsWith(EXTERNAL_ID_PREFIX)) throw new Error(`a modelops check run's external id starts with ${EXTERNAL_ID_PREFIX}`);
  const { name: _name, headSha: _sha, ...change } = run2;
  const existing = (await ours(client, repo, run2))[0];
  if (existing) {
    if (same(existing, run2)) return { action: "unchanged", checkRun: existing };
    return { action: "updated", checkRun: await client.updateCheckRun(repo, existing.id, change) };
  }
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return { action: "created", checkRun: await client.createCheckRun(repo, run2) };
    } catch (error2) {
      if (!(error2 instanceof GitHubApiError) || !error2.ambiguous || attempt >= attempts) throw error2;
      const landed = (await ours(client, repo, run2))[0];
      if (landed) return same(landed, run2) ? { action: "created", checkRun: landed } : { action: "created", checkRun: await client.updateCheckRun(repo, landed.id, change) };
      await (options.sleep ?? sleep)(attempt * attempt * 1e3);
    }
  }
}

// action/check-run.ts
var CHECK_SUMMARY_LIMIT = 65535;
var CHECKED_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_review", "merge_group"]);
function checkVerdict(report, options) {
  const conclusion = options.stepFails ? "failure" : options.noModelChanged ? "neutral" : report.verdict === "pass" ? "success" : "neutral";
  const title = options.noModelChanged ? `no model changed (${summaryText(report)})` : `${report.verdict}: ${summaryText(report)}`;
  const run2 = options.runUrl ? `[workflow run](${options.runUrl})` : "workflow run";
  const summary2 = fitMarkdown(report, { limit: CHECK_SUMMARY_LIMIT - 100, fullReportAt: `the job summary of the ${run2} and in \`${options.reportDir}/report.json\`` }).markdown;
  return { conclusion, title: `modelops ${report.command}: ${title}`, summary: options.noModelChanged ? `No model changed against the base: nothing to gate.

${summary2}` : summary2 };
}
function checkAnnotations(annotations) {
  return annotations.filter((a) => a.properties.file !== void 0).slice(0, 50).map((a) => ({
    path: a.properties.file,
    startLine: a.startLine ?? 1,
    endLine: a.startLine ?? 1,
    ...a.startColumn ? { startColumn: a.startColumn } : {},
    level: a.level === "error" ? "failure" : a.level,
    title: a.title,
    message: a.message
  }));
}
async function postCheckRun(client, event, options) {
  if (!event.repository || !event.headSha) return void 0;
  try {
    const outcome = await upsertCheckRun(client, event.repository, {
      name: options.name,
      headSha: event.headSha,
      // The conclusion is part of the id: a re-run that changes only the outcome (fail-on) still writes.
      externalId: `${EXTERNAL_ID_PREFIX}${options.verdict.conclusion}:${options.identity}`,
      conclusion: options.verdict.conclusion,
      ...event.runUrl ? { detailsUrl: event.runUrl } : {},
      title: options.verdict.title,
      summary: options.verdict.summary,
      annotations: options.annotations
    });
    info(`Check run '${options.name}' on ${event.headSha.slice(0, 7)}: ${outcome.action} (${options.verdict.conclusion}).`);
    return outcome;
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message : String(error2);
    const advice = error2 instanceof GitHubApiError && error2.denied ? ` ${event.pullRequest?.fromFork && error2.status === 403 ? "A fork's pull request gets a read-only token." : permissionAdvice(error2, "checks: write")}` : "";
    warning(`Could not write the check run '${options.name}' (${reason}).${advice} The job's own status still reports the verdict.`);
    return void 0;
  }
}

// action/commands.ts
var common = (r) => ({ repo: r.repo, paths: r.models, from: r.repo, ...r.base ? { base: r.base } : {} });
async function approvalsOf(r) {
  const pr = r.event.pullRequest;
  const client = pr && r.event.repository ? await r.github() : void 0;
  if (!pr || !client) return void 0;
  const author = r.event.payload["pull_request"]?.["user"]?.["login"];
  return (await import("./approvals-UOS5RQ4B.js")).githubApprovalSource(client, r.event.repository, { number: pr.number, ...typeof author === "string" ? { author } : {}, ...pr.headSha ? { headSha: pr.headSha } : {} });
}
var COMMANDS = {
  validate: async (r) => ({ report: await (await import("./validate-3ZAJG2RY.js")).validate(common(r)) }),
  gate: async (r) => {
    const approvals = await approvalsOf(r);
    return { report: await (await import("./gate-EQ7J2QIU.js")).gate({ ...common(r), ...approvals ? { approvals } : {} }) };
  },
  promote: async (r) => {
    const client = await r.github();
    const { report, promoted } = await (await import("./promote-on-github-3RXS4FHO.js")).promoteOnGitHub({
      repo: r.repo,
      ...r.event.repository ? { repository: r.event.repository } : {},
      ...client ? { github: client } : {},
      ...r.base ?? r.event.payload["before"] ? { since: String(r.base ?? r.event.payload["before"]) } : {},
      ...r.event.payload["after"] ? { head: String(r.event.payload["after"]) } : {},
      ...r.event.runUrl ? { runUrl: r.event.runUrl } : {},
      log: r.log
    });
    return { report, promoted };
  },
  drift: async (r) => {
    const report = await (await import("./drift-BMZBV4VR.js")).drift({ repo: r.repo, models: r.models, from: r.repo, ...r.current ? { current: r.current } : {}, ...r.monitoringLog ? { log: true } : {}, ...r.event.runId ? { runId: r.event.runId } : {}, ...r.event.workspace ? { workspace: r.event.workspace } : {}, progress: r.log.info });
    const client = await r.github();
    const outcome = await (await import("./drift-on-github-DHJFD4MB.js")).driftOnGitHub({
      report,
      ...r.event.repository ? { repository: r.event.repository } : {},
      ...client ? { github: client } : {},
      ...r.event.defaultBranch ?? r.event.ref ? { defaultRef: (r.event.defaultBranch ?? r.event.ref).replace(/^refs\/heads\//, "") } : {},
      ...r.event.runUrl ? { runUrl: r.event.runUrl } : {},
      log: r.log
    });
    return { report: outcome.report };
  },
  audit: async (r) => ({ report: await (await import("./audit-BOE4EUHY.js")).audit({ repo: r.repo, models: r.models, from: r.repo }) })
};
var CommandUnavailableError = class extends Error {
  constructor(command) {
    super(`command ${command} is not available in this version of modelops (${TOOL_VERSION}); available: ${availableCommands().join(", ")}`);
    this.command = command;
  }
  command;
};
function availableCommands(table = COMMANDS) {
  return Object.keys(table).filter((c) => table[c] !== void 0);
}
function runnerFor(command, table = COMMANDS) {
  const runner = table[command];
  if (!runner) throw new CommandUnavailableError(command);
  return runner;
}
function refusalFor(event) {
  if (event.eventName !== "pull_request_target") return void 0;
  return "modelops does not run on pull_request_target: that event checks out the base branch and gives the job a write token, so a report would describe the base branch, not the pull request's models, and checking out the pull request's head there would evaluate a fork's models and data with write access. Trigger the workflow on pull_request instead: a fork's pull request then gets a read-only token, and the report stays in the job summary when it cannot be posted.";
}
function commandForEvent(event) {
  const { eventName } = event;
  if (eventName === "pull_request" || eventName === "pull_request_review") {
    const base = event.pullRequest?.baseSha;
    return { command: "gate", reason: `${eventName} event`, ...base ? { base } : {} };
  }
  if (eventName === "merge_group") {
    const base = event.mergeGroup?.baseSha;
    return { command: "gate", reason: `merge_group event: the merge queue's commit against ${event.mergeGroup?.baseRef.replace(/^refs\/heads\//, "") || "its base"}`, ...base ? { base } : {} };
  }
  if (eventName === "push") {
    const onDefault = event.defaultBranch !== void 0 && event.ref === `refs/heads/${event.defaultBranch}`;
    return onDefault ? { command: "promote", reason: `push to the default branch ${event.defaultBranch}` } : { command: "validate", reason: `push to ${event.ref ?? "a ref"} (not the default branch)` };
  }
  if (eventName === "schedule" || eventName === "workflow_dispatch") return { command: "drift", reason: `${eventName} event` };
  return { command: "validate", reason: eventName ? `${eventName} event` : "no event" };
}

// action/comment.ts
import { createHash } from "node:crypto";

// src/io/github/sticky-comment.ts
var COMMENT_MODES = ["update", "recreate", "off"];
async function upsertStickyComment(client, target, body, mode, options = {}) {
  if (mode === "off") return { action: "off", removedDuplicates: 0 };
  if (!body.includes(target.marker)) throw new Error("the comment body must contain its marker, or the next run cannot find it");
  if (target.identity !== void 0 && !body.includes(target.identity)) throw new Error("the comment body must contain its identity, or the next run cannot compare it");
  const { repo, issue: issue2 } = target;
  const same2 = (c) => target.identity !== void 0 ? c.body.includes(target.identity) : c.body === body;
  const all = await client.listIssueComments(repo, issue2);
  const ours2 = await ownedBy(client, all, target.marker);
  if (mode === "update" && ours2.length > 0) {
    const [keep, ...duplicates] = ours2;
    for (const d of duplicates) await client.deleteIssueComment(repo, d.id);
    if (same2(keep)) return { action: "unchanged", comment: keep, removedDuplicates: duplicates.length };
    return { action: "updated", comment: await client.updateIssueComment(repo, keep.id, body), removedDuplicates: duplicates.length };
  }
  if (mode === "recreate" && ours2.length > 0) {
    const last = ours2[ours2.length - 1];
    if (ours2.length === 1 && same2(last) && (target.identity !== void 0 || last.id === all[all.length - 1]?.id)) return { action: "unchanged", comment: last, removedDuplicates: 0 };
    for (const c of ours2) await client.deleteIssueComment(repo, c.id);
    const comment = await createOnce(client, target, body, new Set(ours2.map((c) => c.id)), options);
    return { action: "recreated", comment, removedDuplicates: ours2.length - 1 };
  }
  if (options.create === false) return { action: "off", removedDuplicates: 0 };
  return { action: "created", comment: await createOnce(client, target, body, /* @__PURE__ */ new Set(), options), removedDuplicates: 0 };
}
async function ownedBy(client, comments, marker) {
  const marked = comments.filter((c) => c.body.includes(marker));
  if (marked.length === 0) return [];
  const me = await client.identity();
  return marked.filter((c) => c.author === me);
}
async function createOnce(client, target, body, deleted, options) {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.createIssueComment(target.repo, target.issue, body);
    } catch (error2) {
      if (!(error2 instanceof GitHubApiError) || !error2.ambiguous || attempt >= attempts) throw error2;
      const landed = (await ownedBy(client, await client.listIssueComments(target.repo, target.issue), target.marker)).filter((c) => !deleted.has(c.id));
      if (landed.length > 0) {
        const comment = landed[landed.length - 1];
        return comment.body === body ? comment : client.updateIssueComment(target.repo, comment.id, body);
      }
      await (options.sleep ?? sleep)(attempt * attempt * 1e3);
    }
  }
}

// action/comment.ts
function commentMarker(event, key) {
  const attr = (name, value) => ` ${name}="${encodeURIComponent(value)}"`;
  return `<!-- modelops:report${attr("workflow", event.workflow)}${attr("job", event.job)}${key ? attr("key", key) : ""} -->`;
}
function reportIdentity(report) {
  return createHash("sha256").update(identityText(report, `modelops ${TOOL_VERSION}`)).digest("hex");
}
var identityLine = (identity) => `<!-- modelops:identity sha256=${identity} -->`;
function commentBody(report, event, key, reportDir) {
  const run2 = event.runUrl ? `[workflow run](${event.runUrl})` : "workflow run";
  const commit = event.pullRequest?.headSha ? ` at commit ${event.pullRequest.headSha.slice(0, 7)}` : "";
  const identity = identityLine(reportIdentity(report));
  const fitted = fitMarkdown(report, {
    limit: COMMENT_LIMIT,
    header: `${commentMarker(event, key)}
${identity}`,
    // The run and commit that first produced this content: a later run with the same report leaves the comment as it is.
    footer: `<sub>modelops ${TOOL_VERSION} \xB7 written by the ${run2}${commit}; rewritten only when the report changes (timings are from that run) \xB7 full report: the job summary, and \`${reportDir}/report.json\`</sub>`,
    fullReportAt: `the job summary of the ${run2} and in \`${reportDir}/report.json\` (upload \`${reportDir}\` with actions/upload-artifact to keep it)`
  });
  return { body: fitted.markdown, summarised: fitted.summarised, identity };
}
async function postReportComment(client, report, event, options) {
  const pr = event.pullRequest;
  if (options.mode === "off" || !pr || !event.repository) return void 0;
  const { body, summarised, identity } = commentBody(report, event, options.key, options.reportDir);
  if (summarised) info(`The report is longer than a pull request comment allows; the comment summarises it and points to the job summary.`);
  try {
    const outcome = await upsertStickyComment(client, { repo: event.repository, issue: pr.number, marker: commentMarker(event, options.key), identity }, body, options.mode, options.create === false ? { create: false } : {});
    if (outcome.action === "off") {
      info(`Pull request #${pr.number}: no model changed and no earlier report comment, so none is posted.`);
      return outcome;
    }
    info(`Pull request #${pr.number}: report comment ${outcome.action}${outcome.comment?.url ? ` (${outcome.comment.url})` : ""}.`);
    return outcome;
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message : String(error2);
    if (error2 instanceof GitHubApiError && error2.denied) {
      const advice = pr.fromFork && error2.status === 403 ? "Pull requests from forks get a read-only token. " : `${permissionAdvice(error2, "pull-requests: write")} `;
      warning(`Could not write the report comment on pull request #${pr.number} (${reason}). ${advice}The report is in the job summary.`);
    } else {
      warning(`Could not write the report comment on pull request #${pr.number} (${reason}); the report is in the job summary.`);
    }
    return void 0;
  }
}

// action/context.ts
import { readFileSync } from "node:fs";
var ContextError = class extends Error {
};
function readEventContext(env = process.env) {
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  let payload = {};
  const eventPath = env["GITHUB_EVENT_PATH"];
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, "utf8"));
    } catch (error2) {
      throw new ContextError(`cannot read the event payload GITHUB_EVENT_PATH=${eventPath}: ${error2.message}`);
    }
  }
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? payload["repository"]?.["full_name"] ?? "").split("/");
  const pr = payload["pull_request"];
  const group = payload["merge_group"];
  const mergeGroup = group && typeof group["head_sha"] === "string" ? { headSha: String(group["head_sha"]), baseSha: String(group["base_sha"] ?? ""), baseRef: String(group["base_ref"] ?? "") } : void 0;
  const headSha = (pr?.["head"]?.["sha"] ? String(pr["head"]["sha"]) : void 0) ?? mergeGroup?.headSha ?? (typeof payload["after"] === "string" ? payload["after"] : void 0) ?? env["GITHUB_SHA"];
  const serverUrl = (env["GITHUB_SERVER_URL"] ?? "https://github.com").replace(/\/+$/, "");
  const runId = env["GITHUB_RUN_ID"];
  return {
    eventName,
    payload,
    ...owner && repo ? { repository: { owner, repo } } : {},
    ...env["GITHUB_REF"] ? { ref: env["GITHUB_REF"] } : {},
    ...env["GITHUB_SHA"] ? { sha: env["GITHUB_SHA"] } : {},
    ...payload["repository"]?.["default_branch"] ? { defaultBranch: String(payload["repository"]["default_branch"]) } : {},
    ...pr && typeof pr["number"] === "number" ? {
      pullRequest: {
        number: pr["number"],
        baseSha: String(pr["base"]?.["sha"] ?? ""),
        headSha: String(pr["head"]?.["sha"] ?? ""),
        fromFork: Boolean(pr["head"]?.["repo"]?.["fork"]) || pr["head"]?.["repo"]?.["full_name"] !== pr["base"]?.["repo"]?.["full_name"]
      }
    } : {},
    ...mergeGroup ? { mergeGroup } : {},
    ...headSha ? { headSha } : {},
    workflow: env["GITHUB_WORKFLOW"] ?? "",
    job: env["GITHUB_JOB"] ?? "",
    ...runId && owner && repo ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` } : {},
    ...runId ? { runId: `${runId}-${env["GITHUB_RUN_ATTEMPT"] ?? "1"}` } : {},
    ...env["GITHUB_WORKSPACE"] ? { workspace: env["GITHUB_WORKSPACE"] } : {},
    apiUrl: env["GITHUB_API_URL"] ?? "https://api.github.com"
  };
}

// action/inputs.ts
var ACTION_COMMANDS = ["validate", "gate", "promote", "drift", "audit"];
var FAIL_ON = ["fail", "warn", "never"];
var InputError = class extends Error {
};
function oneOf(name, allowed, fallback) {
  const value = getInput(name).trim();
  if (value === "") return fallback;
  if (!allowed.includes(value)) throw new InputError(`input '${name}' must be one of ${allowed.join(", ")}, got '${value}'`);
  return value;
}
function getInputs() {
  const baseRef = getInput("base-ref").trim();
  const current = getInput("current").trim();
  const command = oneOf("command", ACTION_COMMANDS, void 0);
  return {
    ...command ? { command } : {},
    workingDirectory: getInput("working-directory").trim() || ".",
    models: getInput("models").split(/[\s,]+/).filter((m) => m.length > 0),
    ...baseRef ? { baseRef } : {},
    githubToken: getInput("github-token").trim(),
    comment: oneOf("comment", COMMENT_MODES, "update"),
    commentKey: getInput("comment-key").trim(),
    failOn: oneOf("fail-on", FAIL_ON, "fail"),
    reportDir: getInput("report-dir").trim() || "modelops-report",
    checkRun: oneOf("check-run", ["true", "false"], "true") === "true",
    checkName: getInput("check-name").trim() || "modelops",
    ...current ? { current } : {},
    monitoringLog: oneOf("monitoring-log", ["true", "false"], "true") === "true"
  };
}

// action/outputs.ts
function outputsOf(outcome, reportPath) {
  const { report } = outcome;
  return {
    result: report.verdict,
    report: reportPath,
    models: JSON.stringify(report.models.map((m) => ({ name: m.name, version: m.version ?? null, stage: m.stage ?? null, verdict: m.verdict, manifest: m.manifest }))),
    // For `strategy: matrix: ${{ fromJSON(steps.<id>.outputs.matrix) }}`: one job per model.
    matrix: JSON.stringify({ include: report.models.map((m) => ({ name: m.name, manifest: m.manifest })) }),
    promoted: JSON.stringify(outcome.promoted ?? []),
    drifted: JSON.stringify(driftedModels(report))
  };
}
function errorOutputs(reportPath = "") {
  return { result: "error", report: reportPath, models: "[]", matrix: JSON.stringify({ include: [] }), promoted: "[]", drifted: "[]" };
}
function driftedModels(report) {
  return report.models.filter((m) => m.monitoring ? m.monitoring.drifted : m.gates.some((g) => g.gate === "drift" && (g.verdict === "fail" || g.verdict === "warn"))).map((m) => m.name);
}
function stepFails(report, failOn) {
  if (failOn === "never") return false;
  if (failOn === "warn") return report.verdict !== "pass" && report.verdict !== "skipped";
  return report.exitCode !== 0;
}

// action/run.ts
var defaultGitHub = async (token, apiUrl) => (await import("./client-6CW2AGFP.js")).createGitHubClient({ token, apiUrl, log: { debug, info, warning } });
function describeThrown(error2) {
  if (error2 instanceof Error) return error2.message || error2.name;
  if (typeof error2 === "string") return error2;
  try {
    return JSON.stringify(error2) ?? String(error2);
  } catch {
    return String(error2);
  }
}
function historyNeed(command, base) {
  if (command === "promote") return { tags: true, what: "the merged commits, the registry tags and the versions registered before" };
  if (command === "gate") return { ...base ? { base } : {}, tags: false, what: `the base commit${base ? ` ${base.slice(0, 12)}` : ""}, the registry tags and the production version to compare with` };
  if (command === "audit" || command === "drift") return { tags: true, what: command === "audit" ? "the history and the registry tags" : "the registry tags (staleness, the production version)" };
  if (base) return { base, tags: false, what: `the base commit ${base.slice(0, 12)}` };
  return void 0;
}
async function run(deps = {}) {
  let inputs;
  let event;
  let client;
  const github = () => {
    const token = inputs?.githubToken ?? getInput("github-token").trim();
    if (!token || !event) return Promise.resolve(void 0);
    client ??= Promise.resolve((deps.github ?? defaultGitHub)(token, event.apiUrl));
    return client;
  };
  let reportPath;
  let outputsWritten = false;
  try {
    inputs = getInputs();
    if (inputs.githubToken) setSecret(inputs.githubToken);
    event = readEventContext(deps.env ?? process.env);
    const refusal = refusalFor(event);
    if (refusal) throw new RefusedEventError(refusal);
    const decision = inputs.command ? { command: inputs.command, reason: "the 'command' input" } : commandForEvent(event);
    const eventBase = "base" in decision && decision.base ? decision.base : event.pullRequest?.baseSha || void 0;
    const base = inputs.baseRef ?? (decision.command === "gate" || decision.command === "validate" ? eventBase : void 0);
    info(`modelops ${decision.command} (${decision.reason}) in ${inputs.workingDirectory}${base ? `, compared with ${base}` : ""}`);
    const runner = runnerFor(decision.command, deps.commands);
    const need = historyNeed(decision.command, base);
    const problem = need ? await (await import("./repo-ITEXZ4ZF.js")).checkoutProblem(inputs.workingDirectory, need) : void 0;
    if (problem) throw new CheckoutError(`modelops ${decision.command}: ${problem}`);
    const outcome = await runner({
      repo: inputs.workingDirectory,
      models: inputs.models,
      ...base ? { base } : {},
      ...inputs.current ? { current: inputs.current } : {},
      monitoringLog: inputs.monitoringLog,
      event,
      github,
      log: { info, warning }
    });
    const { report } = outcome;
    const unchanged = noModelChanged(report, base);
    if (unchanged) info(`No model changed against ${base}: nothing to gate.`);
    reportPath = reportFilePaths(inputs.reportDir).json;
    await writeReportFiles(report, inputs.reportDir);
    for (const [name, value] of Object.entries(outputsOf(outcome, reportPath))) setOutput(name, value);
    outputsWritten = true;
    const annotations = annotationsOf(report, inputs.workingDirectory);
    const summaryFile = process.env["GITHUB_STEP_SUMMARY"];
    const summaryNote = unchanged ? `> No model changed against \`${base.slice(0, 12)}\`: nothing to gate.

` : "";
    if (summaryFile) await appendFile2(summaryFile, summaryNote + fitMarkdown(report, { limit: STEP_SUMMARY_LIMIT - summaryNote.length, measure: utf8Bytes, fullReportAt: `\`${inputs.reportDir}/report.md\`` }).markdown);
    const fails = stepFails(report, inputs.failOn);
    let onCheckRun = 0;
    if (inputs.checkRun && CHECKED_EVENTS.has(event.eventName)) {
      const client2 = await github();
      if (!client2) warning("No github-token: no check run is written (the default is the workflow's token).");
      else {
        const verdict = checkVerdict(report, { stepFails: fails, noModelChanged: unchanged, ...event.runUrl ? { runUrl: event.runUrl } : {}, reportDir: inputs.reportDir });
        const carried = checkAnnotations(annotations);
        if (await postCheckRun(client2, event, { name: inputs.checkName, identity: reportIdentity(report), verdict, annotations: carried }) !== void 0) onCheckRun = carried.length;
      }
    }
    {
      const carried = new Set(onCheckRun > 0 ? annotations.filter((a) => a.properties.file !== void 0).slice(0, onCheckRun) : []);
      for (const a of annotations.filter((x) => !carried.has(x))) {
        if (a.level === "error") error(a.message, a.properties);
        else if (a.level === "warning") warning(a.message, a.properties);
        else notice(a.message, a.properties);
      }
    }
    if (event.pullRequest && inputs.comment !== "off") {
      if (!inputs.githubToken) warning("No github-token: the report comment is skipped (the default is the workflow's token).");
      else {
        await postReportComment(await github(), report, event, { mode: inputs.comment, key: inputs.commentKey, reportDir: inputs.reportDir, create: !unchanged });
      }
    }
    if (fails) setFailed(`modelops ${report.command}: ${report.verdict} (${report.summary.models} model(s)); see the annotations and the job summary`);
  } catch (error2) {
    const message = error2 instanceof SelectionError ? `input 'models': ${error2.message}` : error2 instanceof Error ? describeThrown(error2) : `unexpected failure: ${describeThrown(error2)}`;
    if (!outputsWritten) {
      try {
        for (const [name, value] of Object.entries(errorOutputs(reportPath))) setOutput(name, value);
      } catch {
      }
    }
    if (error2 instanceof Error && error2.stack && !(error2 instanceof CheckoutError || error2 instanceof RefusedEventError || error2 instanceof InputError || error2 instanceof SelectionError)) debug(error2.stack);
    if (!event) {
      try {
        event = readEventContext(deps.env ?? process.env);
      } catch {
      }
    }
    await concludeFailedCheck(message, inputs, event, github);
    setFailed(message);
  }
}
var CheckoutError = class extends Error {
};
var RefusedEventError = class extends Error {
};
async function concludeFailedCheck(message, inputs, event, github) {
  const checkRun = inputs ? inputs.checkRun : getInput("check-run").trim() !== "false";
  const checkName = inputs?.checkName ?? (getInput("check-name").trim() || "modelops");
  if (!checkRun || !event || !CHECKED_EVENTS.has(event.eventName)) return;
  try {
    const token = getInput("github-token").trim();
    if (!inputs && token) setSecret(token);
    const client = await github();
    if (!client) return;
    const verdict = { conclusion: "failure", title: "modelops: the step failed", summary: `The modelops step failed before it could report:

> ${message.replace(/\n/g, "\n> ")}` };
    await postCheckRun(client, event, { name: checkName, identity: createHash2("sha256").update(message).digest("hex"), verdict, annotations: [] });
  } catch (error2) {
    warning(`Could not conclude the check run: ${describeThrown(error2)}`);
  }
}

// action/index.ts
await run();
