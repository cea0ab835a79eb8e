import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  describeBound,
  formatNumber
} from "./chunk-L4QGIV7C.js";

// src/core/report/render/common.ts
var escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skipped: "\u23ED\uFE0F", error: "\u26D4" };
var VERDICT_MARK = { pass: "\u2714", warn: "!", fail: "\u2716", skipped: "-", error: "\u2716" };
function location(finding) {
  if (!finding.file) return "";
  return finding.line === void 0 ? finding.file : `${finding.file}:${finding.line}:${finding.column ?? 1}`;
}
function modelTitle(model) {
  const parts = [model.name];
  if (model.version) parts.push(model.version);
  if (model.stage) parts.push(`(${model.stage})`);
  return parts.join(" ");
}
function changeText(model) {
  const change = model.change;
  if (!change) return "";
  if (change.kind === "added") return "new model";
  if (change.kind === "unchanged") return "unchanged";
  const base = change.base;
  const parts = [];
  if (base.version !== model.version) parts.push(`${base.version} \u2192 ${model.version}`);
  if (base.stage !== model.stage) parts.push(`${base.stage} \u2192 ${model.stage}`);
  if (change.contentChanges.length > 0) parts.push(`changed: ${change.contentChanges.join(", ")}`);
  return parts.join("; ");
}
function checklistText(model) {
  const c = model.checklist;
  if (!c) return "";
  return `${c.satisfiedRequired}/${c.required} required, ${c.verified} verified by the manifest`;
}
function summaryText(report) {
  const s = report.summary;
  const counts = ["pass", "warn", "fail", "error", "skipped"].filter((v) => s[v] > 0).map((v) => `${s[v]} ${v}`);
  return `${s.models} model${s.models === 1 ? "" : "s"}${counts.length > 0 ? ": " + counts.join(", ") : ""}`;
}
var num = (value) => value === null || value === void 0 ? "\u2014" : formatNumber(value);
var signed = (value) => value === null || value === void 0 ? "\u2014" : `${value > 0 ? "+" : ""}${formatNumber(value)}`;
function checkValue(check) {
  return typeof check.value === "number" ? formatNumber(check.value) : check.value === null || check.value === void 0 ? "\u2014" : String(check.value);
}
var boundText = (check) => check.bound ? describeBound(check.bound) : "";
function intervalText(comparison) {
  if (!comparison.ci) return "";
  return `[${signed(comparison.ci.lower)}, ${signed(comparison.ci.upper)}]`;
}
function promotionText(promotion) {
  const pushed = promotion.pushedTo ? ` (pushed to ${promotion.pushedTo})` : "";
  if (promotion.status === "blocked") return `blocked \u2014 ${promotion.reason ?? "validation or a blocking gate failed"}`;
  const created = promotion.tags.filter((t) => t.created).map((t) => t.tag);
  const kept = promotion.tags.filter((t) => !t.created).map((t) => t.tag);
  if (promotion.status === "up-to-date") return `up to date \u2014 ${kept.join(", ")} already say so${pushed}`;
  return `promoted \u2014 created ${created.join(", ")}${kept.length > 0 ? `; kept ${kept.join(", ")}` : ""}${pushed}`;
}
function eventTitle(event) {
  const version = event.version ?? "(unknown version)";
  switch (event.action) {
    case "register":
      return `register ${version}`;
    case "deregister":
      return `deregister ${version}`;
    case "assign":
      return `${event.stage} \u2190 ${version}`;
    case "unassign":
      return `${event.stage} \u2715 ${version}`;
    default:
      return event.action;
  }
}
function pullRequestText(event) {
  const pr = event.pullRequest;
  if (!pr) return "";
  const approvers = pr.approvers.length > 0 ? `approved by ${pr.approvers.map((a) => `@${a}`).join(", ")}` : "no approvals recorded";
  return `PR #${pr.number}${pr.author ? ` by @${pr.author}` : ""}, ${approvers}`;
}
var timeText = (iso) => iso ? iso.replace("T", " ").slice(0, 16) : "\u2014";
function stagesText(audit) {
  if (audit.stages.length === 0) return "no stage assigned";
  return audit.stages.map((s) => `${s.stage} ${s.version ?? "(unknown version)"} (${s.tag}, since ${timeText(s.since)})`).join("; ");
}
function artifactStatusText(version) {
  const a = version.artifact;
  if (!a) return "artifact not checked";
  if (a.status === "match") return "artifact sha256 matches";
  if (a.status === "missing") return `artifact ${a.path} missing at the tag`;
  return `artifact hashes to ${a.actual.slice(0, 12)}\u2026, recorded ${a.recorded.slice(0, 12)}\u2026`;
}
function auditScopeText(report) {
  const a = report.audit;
  if (!a) return "";
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `audited ${a.ref} (${a.commit.slice(0, 12)}): ${plural(a.commits, "commit")} on its first-parent line, ${plural(a.tags, "registry tag")}; stages as of ${a.at}`;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

export {
  escapeHtml,
  VERDICT_ICON,
  VERDICT_MARK,
  location,
  modelTitle,
  changeText,
  checklistText,
  summaryText,
  num,
  signed,
  checkValue,
  boundText,
  intervalText,
  promotionText,
  eventTitle,
  pullRequestText,
  timeText,
  stagesText,
  artifactStatusText,
  auditScopeText,
  markdownTable
};
