import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  STAGES,
  durationMs,
  verdictOfFindings,
  worstVerdict
} from "./chunk-RU6PGEHT.js";

// src/core/promotion/waivers.ts
function waiverExpiry(waiver) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(waiver.expires)) return Date.parse(`${waiver.expires}T00:00:00Z`) + 864e5;
  return Date.parse(waiver.expires);
}
var waiverInForce = (waiver, now) => now.getTime() < waiverExpiry(waiver);
var waiverWhere = (waiver) => waiver.source ? `${waiver.source.file}${waiver.source.line !== void 0 ? `:${waiver.source.line}` : ""}` : "modelops.yaml";
function waiverText(waiver) {
  return `waived by ${waiverWhere(waiver)} (approved by ${waiver.approved_by.join(", ")}, until ${waiver.expires}): ${waiver.reason}`;
}
function waiverUse(waiver) {
  return {
    check: waiver.check,
    model: waiver.model,
    ...waiver.version !== void 0 ? { version: waiver.version } : {},
    ...waiver.commit !== void 0 ? { commit: waiver.commit } : {},
    ...waiver.tag !== void 0 ? { tag: waiver.tag } : {},
    reason: waiver.reason,
    approvedBy: [...waiver.approved_by],
    expires: waiver.expires,
    ...waiver.source ? { file: waiver.source.file, ...waiver.source.line !== void 0 ? { line: waiver.source.line } : {} } : {}
  };
}
function findWaiver(waivers, wanted) {
  return waivers.find((w) => w.model === wanted.model && w.version === wanted.version && w.check === wanted.check && waiverInForce(w, wanted.now));
}
function findAuditWaiver(waivers, model, finding, now) {
  return waivers.find(
    (w) => w.model === model && w.check === `audit.${finding.code}` && waiverInForce(w, now) && (w.commit === void 0 || finding.commit !== void 0 && finding.commit.startsWith(w.commit)) && (w.tag === void 0 || finding.tag === w.tag) && (w.commit !== void 0 || w.tag !== void 0)
  );
}
function applyAuditWaivers(model, findings, reviews, now) {
  const mine = reviews.filter((r) => r.waiver.model === model);
  const inForce = mine.filter((r) => r.status === "in-force").map((r) => r.waiver);
  for (const finding of findings) {
    if (finding.severity !== "error") continue;
    const waiver = findAuditWaiver(inForce, model, finding, now);
    if (!waiver) continue;
    finding.severity = "info";
    finding.message = `${finding.message} \u2014 ${waiverText(waiver)}`;
  }
  return mine.map((r) => ({ ...waiverUse(r.waiver), status: r.status }));
}

// src/core/approvals/gate.ts
var APPROVALS_GATE = "approvals";
function parseApprover(entry) {
  const team = /^@([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(entry);
  if (team) return { kind: "team", org: team[1], slug: team[2], text: entry };
  const user = /^@([A-Za-z0-9][A-Za-z0-9-]*)$/.exec(entry);
  if (user) return { kind: "user", login: user[1], text: entry };
  return { kind: "other", text: entry };
}
function approverTeams(rules) {
  return rules.approvals.from.map(parseApprover).filter((a) => a.kind === "team");
}
var CANNOT_VERIFY_TEAMS = "cannot verify team membership with this token";
var DECISIVE = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function approvingReviewers(reviews, author) {
  const ordered = reviews.map((review, index) => ({ review, index })).sort((a, b) => (a.review.submittedAt ?? "").localeCompare(b.review.submittedAt ?? "") || a.index - b.index).map(({ review }) => review).filter((review) => review.author !== "");
  const firstSeen = /* @__PURE__ */ new Map();
  const latest = /* @__PURE__ */ new Map();
  ordered.forEach((review, i) => {
    const key = review.author.toLowerCase();
    if (!firstSeen.has(key)) firstSeen.set(key, i);
    const state = review.state.toUpperCase();
    if (DECISIVE.has(state)) latest.set(key, { ...review, state });
  });
  return [...latest.entries()].filter(([login, review]) => review.state === "APPROVED" && login !== author?.toLowerCase()).sort(([a], [b]) => firstSeen.get(a) - firstSeen.get(b)).map(([, review]) => review);
}
var WITH_ACCESS = /* @__PURE__ */ new Set(["OWNER", "MEMBER", "COLLABORATOR"]);
var list = (logins) => logins.map((l) => `@${l}`).join(", ");
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function approvalsCheck(input) {
  const { rules } = input;
  const source = input.asserted ? "asserted" : "verified";
  const countUnverified = rules.unverified_membership === "warn";
  const approvers = approvingReviewers(input.reviews, input.author);
  const allowed = rules.from.map(parseApprover);
  const fromText = allowed.length > 0 ? ` from ${allowed.map((a) => a.text).join(", ")}` : "";
  const counted = [];
  const unverified = [];
  const notAllowed = [];
  const unreadable = /* @__PURE__ */ new Set();
  const records = [];
  for (const review of approvers) {
    const login = review.author;
    if (allowed.length === 0) {
      if (review.authorAssociation === void 0 || WITH_ACCESS.has(review.authorAssociation.toUpperCase())) {
        counted.push(login);
        records.push({ login, source, counted: true, membership: "not-required" });
      } else {
        notAllowed.push(login);
        records.push({ login, source, counted: false, membership: "not-allowed", detail: "no write access to the repository" });
      }
      continue;
    }
    let verdict = "no";
    let matched;
    let how = "not-allowed";
    let unknownTeam;
    for (const a of allowed) {
      if (a.kind === "user" && a.login.toLowerCase() === login.toLowerCase()) {
        verdict = "yes";
        how = "listed-user";
        matched = a.text;
      }
      if (a.kind === "team") {
        const team = input.teams.get(a.text);
        if (!team || !team.readable) {
          unreadable.add(team && !team.readable ? team.reason : CANNOT_VERIFY_TEAMS);
          if (verdict === "no") {
            verdict = "unknown";
            unknownTeam = a.text;
          }
        } else if ([...team.members].some((m) => m.toLowerCase() === login.toLowerCase())) {
          verdict = "yes";
          how = "team-member";
          matched = a.text;
        }
      }
      if (verdict === "yes") break;
    }
    if (verdict === "yes") {
      counted.push(login);
      records.push({ login, source, counted: true, membership: how, ...matched ? { detail: matched } : {} });
    } else if (verdict === "unknown") {
      unverified.push(login);
      records.push({ login, source, counted: countUnverified, membership: "unverified", detail: `membership of ${unknownTeam} not verified: ${[...unreadable][0]}` });
    } else {
      notAllowed.push(login);
      records.push({ login, source, counted: false, membership: "not-allowed", detail: `not in ${allowed.map((a) => a.text).join(", ")}` });
    }
  }
  const need = rules.count;
  const have = counted.length;
  const bound = { min: need };
  const assertedNote = input.asserted && have > 0 ? ", asserted on the command line, not read from GitHub" : "";
  const notCounted = notAllowed.length > 0 ? `; not counted: ${list(notAllowed)} (${allowed.length > 0 ? `not in ${allowed.map((a) => a.text).join(", ")}` : "no write access to the repository"})` : "";
  const base = `${have} of ${need} approval${need === 1 ? "" : "s"}${fromText}${have > 0 ? ` (${list(counted)}${assertedNote})` : ""}`;
  const result = (verdict, message) => ({ name: "approvals", verdict, value: have, bound, message, unverified, approvals: records });
  if (have >= need) return result("pass", `${base}${notCounted}`);
  const unreadableTeams = [...input.teams.entries()].filter(([, t]) => !t.readable).map(([k]) => k);
  const teamsText = unreadableTeams.length > 0 ? unreadableTeams.join(", ") : allowed.filter((a) => a.kind === "team").map((a) => a.text).join(", ");
  if (countUnverified && have + unverified.length >= need) {
    return {
      ...result("warn", `${[...unreadable][0]}: ${list(unverified)} counted without verifying membership of ${teamsText} (approvals.unverified_membership: warn); ${have + unverified.length} of ${need} approvals${fromText}${notCounted}`),
      value: have + unverified.length
    };
  }
  if (countUnverified && unverified.length > 0) {
    const total = have + unverified.length;
    return {
      ...result("fail", `${total} of ${need} approval${need === 1 ? "" : "s"}${fromText} (${list([...counted, ...unverified])}; membership of ${teamsText} not verified, counted as approvals.unverified_membership: warn allows): ${plural(need - total, "more approval")} needed${fromText}${notCounted}`),
      value: total
    };
  }
  const missing = need - have;
  const unknownText = unverified.length > 0 ? `; not counted, membership of ${teamsText} not verified: ${list(unverified)} (${[...unreadable][0]})` : "";
  return result("fail", `${base}: ${plural(missing, "more approval")} needed${fromText}${notCounted}${unknownText}`);
}
function reviewsAtMerge(reviews, mergedAt) {
  if (mergedAt === void 0) return [...reviews];
  const merged = Date.parse(mergedAt);
  return reviews.filter((r) => r.submittedAt === void 0 || Date.parse(r.submittedAt) <= merged);
}
function stageTenure(events, stage, version) {
  let current;
  let last;
  for (const e of events) {
    if (e.time === void 0 || e.tag.kind !== "assign" && e.tag.kind !== "unassign" || e.tag.stage !== stage) continue;
    if (e.tag.kind === "assign") {
      if (e.version === version) {
        if (!current) current = { since: e.time, tag: e.tag.tag };
      } else if (current) {
        last = { ...current, until: e.time };
        current = void 0;
      }
    } else if (current && (e.version === void 0 || e.version === version)) {
      last = { ...current, until: e.time };
      current = void 0;
    }
  }
  return current ?? last;
}
function previousStages(policy, target, baseStage) {
  if (baseStage !== void 0 && baseStage !== target && STAGES.includes(baseStage)) return [baseStage];
  return STAGES.filter((s) => s !== target && s !== "archived" && policy.transitions[s].includes(target));
}
var DAY_MS = 864e5;
function durationText(ms) {
  if (ms < DAY_MS) {
    const hours2 = Math.floor(ms / 36e5);
    return hours2 >= 1 ? plural(hours2, "hour") : plural(Math.max(0, Math.floor(ms / 6e4)), "minute");
  }
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms - days * DAY_MS) / 36e5);
  return days < 7 && hours > 0 ? `${plural(days, "day")} ${plural(hours, "hour")}` : plural(days, "day");
}
function soakCheck(input) {
  const { soak, target, version, previous, now } = input;
  const soakMs = durationMs(soak) ?? 0;
  const bound = { min: Number((soakMs / DAY_MS).toFixed(4)) };
  const where = previous.length > 0 ? previous.join(" or ") : "a previous stage";
  const name = `soak in ${where}`;
  if (previous.length === 0) return { name, verdict: "skipped", message: `no stage leads to ${target} in the policy's transitions: nothing to soak in` };
  if (!input.events) return { name, verdict: "skipped", message: `${input.eventsProblem ?? "the registry tags cannot be read"}: soak ${soak} in ${where} not checked` };
  let best;
  for (const stage of previous) {
    const tenure = stageTenure(input.events, stage, version);
    if (tenure && (!best || tenure.since > best.since)) best = { stage, ...tenure };
  }
  const earlier = stageTenure(input.events, target, version);
  if (earlier && earlier.until !== void 0) {
    return { name, verdict: "pass", message: `${version} held ${target} before (${earlier.tag}, from ${new Date(earlier.since).toISOString().slice(0, 10)}): a return to ${target}, not a first entry` };
  }
  if (!best) {
    return { name, verdict: "fail", value: 0, bound, message: `${version} was never in ${where} (no stage tag assigns it there): the policy asks for ${soak} in ${where} before ${target}` };
  }
  const spent = (best.until ?? now.getTime()) - best.since;
  const since = new Date(best.since).toISOString().slice(0, 10);
  const value = Number((spent / DAY_MS).toFixed(4));
  const period = `${version} ${best.until === void 0 ? "has been" : "was"} in ${best.stage} for ${durationText(spent)} (${best.tag}, since ${since})`;
  if (spent >= soakMs) return { name: `soak in ${best.stage}`, verdict: "pass", value, bound, message: `${period}, at least the soak of ${soak}` };
  return { name: `soak in ${best.stage}`, verdict: "fail", value, bound, message: `${period}: ${durationText(soakMs - spent)} short of the soak of ${soak} before ${target}` };
}
function waivedCheck(check, waiver) {
  if (!waiver || check.verdict !== "fail" && check.verdict !== "warn") return check;
  return { ...check, verdict: "warn", message: `${waiverText(waiver)} \u2014 ${check.message ?? check.verdict}`, waived: waiver };
}
var NOT_CHECKED_HERE = "not checked here";
function approvalsGate(input) {
  const blocking = input.rules.on_failure === "block";
  const checks = [];
  const { approvals } = input;
  if ("notHere" in approvals) checks.push({ name: "approvals", verdict: "skipped", message: `${NOT_CHECKED_HERE}: ${approvals.notHere}` });
  else if ("notRequired" in approvals) checks.push({ name: "approvals", verdict: "skipped", message: approvals.notRequired });
  else {
    const { unverified: _unverified, approvals: _records, ...check } = approvals;
    checks.push(waivedCheck(check, input.waivers?.approvals));
  }
  if (input.soak) checks.push({ ...waivedCheck(input.soak, input.waivers?.soak), volatile: true });
  const decided = checks.filter((c) => c.verdict !== "skipped");
  let verdict = decided.length === 0 ? "skipped" : worstVerdict(decided.map((c) => c.verdict));
  if (verdict === "fail" && !blocking) verdict = "warn";
  const summary = checks.map((c) => `${c.name}: ${c.message ?? c.verdict}`).join("; ");
  return { gate: APPROVALS_GATE, verdict, blocking, summary, checks: checks.map(({ waived: _waived, ...c }) => ({ ...c, pointer: c.pointer ?? "/stage" })) };
}
var stageNeedsApprovals = (rules) => rules.approvals.count > 0 || rules.soak !== void 0;

// src/core/promotion/enforcement.ts
function applyGateAndChecklistWaivers(model, context) {
  const used = [];
  if (model.version === void 0) return used;
  const wanted = (check) => findWaiver(context.waivers, { model: model.name, version: model.version, check, now: context.now });
  for (const gate of model.gates) {
    if (gate.verdict !== "fail" || gate.gate === APPROVALS_GATE) continue;
    const waiver = wanted(`gate.${gate.gate}`);
    if (!waiver) continue;
    gate.verdict = "warn";
    gate.summary = `${waiverText(waiver)} \u2014 ${gate.summary}`;
    used.push(waiver);
  }
  for (const item of model.checklist?.items ?? []) {
    if (!item.required || item.satisfied) continue;
    const waiver = wanted(`checklist.${item.id}`);
    if (!waiver) continue;
    let applied = false;
    for (const finding of model.findings) {
      if (finding.category === "policy" && finding.severity === "error" && finding.code.startsWith("checklist") && finding.message.includes(item.id)) {
        finding.severity = "warning";
        finding.message = `${finding.message} \u2014 ${waiverText(waiver)}`;
        applied = true;
      }
    }
    if (applied) used.push(waiver);
  }
  if (used.length > 0) model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
  return used;
}
function gateRequirement(kind, gate, waived, rules, evaluated) {
  const check = `gate.${kind}`;
  if (!gate && evaluated) return { check, status: "unmet", detail: `the manifest declares no gates.${kind}, which the stage requires` };
  if (!gate) return { check, status: "not-checked", detail: "not run: the model was not evaluated (see its findings)" };
  if (waived) return { check, status: "waived", detail: gate.summary, waiver: waiverUse(waived) };
  if (gate.verdict === "pass" || gate.verdict === "warn") return { check, status: "met", detail: `${gate.verdict}: ${gate.summary}` };
  if (gate.verdict === "skipped") return { check, status: "not-checked", detail: `${NOT_CHECKED_HERE}: ${gate.summary}` };
  return { check, status: "unmet", detail: `${gate.verdict}${rules.on_failure === "warn" && gate.verdict === "fail" ? " (on_failure: warn, so reported only)" : ""}: ${gate.summary}` };
}
function enforcementOf(input) {
  const { model, rules } = input;
  const waiverOf = (check) => input.waivers.find((w) => w.check === check);
  const requirements = [];
  const approvalsGate2 = model.gates.find((g) => g.gate === APPROVALS_GATE);
  const fromCheck = (check, required) => {
    if (!required) return { check, status: "not-required", detail: check === "approvals" ? `stage ${input.stage} needs no approvals` : `stage ${input.stage} has no soak` };
    const found = approvalsGate2?.checks.find((c) => check === "approvals" ? c.name === "approvals" : c.name.startsWith("soak"));
    if (!found) return { check, status: "not-checked", detail: "not evaluated: the model did not reach this check (see its findings)" };
    const waiver = waiverOf(check);
    const detail = found.message ?? found.verdict;
    const base = waiver && found.verdict === "warn" ? { check, status: "waived", detail, waiver: waiverUse(waiver) } : found.verdict === "pass" || found.verdict === "warn" ? { check, status: "met", detail } : found.verdict === "skipped" ? { check, status: "not-checked", detail } : { check, status: "unmet", detail };
    if (check === "approvals" && input.approvals) base.approvals = input.approvals;
    return base;
  };
  requirements.push(fromCheck("approvals", rules.approvals.count > 0));
  requirements.push(fromCheck("soak", rules.soak !== void 0));
  const checklist = model.checklist;
  if (!checklist) requirements.push({ check: "checklist", status: "not-checked", detail: "the manifest could not be read" });
  else if (checklist.required === 0) requirements.push({ check: "checklist", status: "not-required", detail: `stage ${input.stage} requires no checklist items` });
  else {
    const missing = checklist.items.filter((i) => i.required && !i.satisfied);
    const waived = missing.filter((i) => waiverOf(`checklist.${i.id}`));
    const unmet = missing.filter((i) => !waiverOf(`checklist.${i.id}`));
    const detail = `${checklist.satisfiedRequired} of ${checklist.required} required items satisfied${waived.length > 0 ? `; waived: ${waived.map((i) => i.id).join(", ")}` : ""}${unmet.length > 0 ? `; missing: ${unmet.map((i) => i.id).join(", ")}` : ""}`;
    const status = unmet.length > 0 ? "unmet" : waived.length > 0 ? "waived" : "met";
    const requirement = { check: "checklist", status, detail };
    if (waived.length > 0) requirement.waiver = waiverUse(waiverOf(`checklist.${waived[0].id}`));
    requirements.push(requirement);
  }
  const evaluated = model.evaluation !== void 0;
  for (const kind of rules.gates) requirements.push(gateRequirement(kind, model.gates.find((g) => g.gate === kind), waiverOf(`gate.${kind}`), rules, evaluated));
  const seen = /* @__PURE__ */ new Set();
  const waivers = input.waivers.filter((w) => seen.has(w) ? false : (seen.add(w), true)).map(waiverUse);
  return { stage: input.stage, context: input.context, requirements, waivers };
}
function enforcementText(enforcement) {
  const checked = enforcement.requirements.filter((r) => r.status !== "not-checked" && r.status !== "not-required");
  const notHere = enforcement.requirements.filter((r) => r.status === "not-checked");
  const where = enforcement.context === "promotion" ? "enforced at promotion" : enforcement.context === "pull-request" ? "checked on the pull request" : "checked here";
  const parts = [`${where} for ${enforcement.stage}: ${checked.map((r) => `${r.check} ${r.status}`).join(", ") || "nothing"}`];
  if (notHere.length > 0) parts.push(`not checked: ${notHere.map((r) => `${r.check} (${r.detail.replace(`${NOT_CHECKED_HERE}: `, "")})`).join("; ")}`);
  if (enforcement.waivers.length > 0) parts.push(`waivers: ${enforcement.waivers.map((w) => `${w.check} (${w.file ?? "modelops.yaml"}${w.line ? `:${w.line}` : ""}, approved by ${w.approvedBy.join(", ")}, until ${w.expires})`).join("; ")}`);
  return parts.join("; ");
}

export {
  waiverExpiry,
  waiverInForce,
  waiverWhere,
  findWaiver,
  applyAuditWaivers,
  approverTeams,
  CANNOT_VERIFY_TEAMS,
  approvingReviewers,
  approvalsCheck,
  reviewsAtMerge,
  previousStages,
  soakCheck,
  NOT_CHECKED_HERE,
  approvalsGate,
  stageNeedsApprovals,
  applyGateAndChecklistWaivers,
  enforcementOf,
  enforcementText
};
