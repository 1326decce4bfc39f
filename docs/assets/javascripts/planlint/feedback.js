// Turns a planlint result (the contract's `check --format json` object) into DOM and text.
// All trainee text goes through text nodes only.

import { el, plural, helpURL, helpHref, czechDate } from "./checker.js";

export const SEVERITY = {
  error: { label: "Chyba", order: 0 },
  warning: { label: "Upozornění", order: 1 },
  info: { label: "Tip", order: 2 },
};
export const LETTERS = [
  ["S", "Specifický"],
  ["M", "Měřitelný"],
  ["A", "Akceptovatelný"],
  ["R", "Reálný"],
  ["T", "Termínovaný"],
];
const SECTION_STATE = {
  ok: { label: "v pořádku", icon: "✓" },
  empty: { label: "prázdná", icon: "!" },
  missing: { label: "chybí", icon: "✗" },
};
const OPTIONAL_SECTIONS = new Set(["dalsi_pk"]);

/**
 * The counts the trainee sees: one per item of "Co upravit" (a goal missing three SMART
 * letters is one item, not three findings), by severity, in the shape of result.summary.
 */
export function shownCounts(result) {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  const key = { error: "errors", warning: "warnings", info: "infos" };
  for (const item of feedbackItems(result)) counts[key[item.severity] ?? "infos"] += 1;
  return counts;
}

/** "2 chyby, 1 upozornění a 3 tipy" (only the non-zero parts; "" when all are zero). */
export function countsText(summary) {
  const parts = [];
  if (summary.errors) parts.push(plural(summary.errors, ["chyba", "chyby", "chyb"]));
  if (summary.warnings) parts.push(plural(summary.warnings, ["upozornění", "upozornění", "upozornění"]));
  if (summary.infos) parts.push(plural(summary.infos, ["tip", "tipy", "tipů"]));
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} a ${parts[parts.length - 1]}`;
}

export function summarySentence(summary) {
  const counts = countsText(summary);
  if (!summary.errors && !summary.warnings) {
    return counts
      ? `Výborně, plán nemá žádné chyby ani upozornění. Zbývá jen ${counts}.`
      : "Výborně, plán nemá žádné chyby ani upozornění.";
  }
  return `Kontrola našla ${counts}. Začněte tím nejdůležitějším – u každé rady je odkaz na řádek i na vysvětlení v příručce.`;
}

/**
 * What to change, as planlint groups it (`result.feedback`: one item per goal, no advice twice,
 * most important first). A result without that list (an older checker) gets one item per finding.
 */
export function feedbackItems(result) {
  if (Array.isArray(result.feedback)) return result.feedback;
  return [...(result.findings || [])]
    .sort((a, b) => (SEVERITY[a.severity]?.order ?? 9) - (SEVERITY[b.severity]?.order ?? 9) || (a.line ?? 0) - (b.line ?? 0))
    .map((f) => ({ ...f, rules: [f.rule], lines: f.line ? [f.line] : [] }));
}

function sectionStateLabel(id, state) {
  if (state === "missing" && OPTIONAL_SECTIONS.has(id)) return "není uvedena (nepovinná)";
  return SECTION_STATE[state]?.label ?? state;
}

function lineButton(line, onLine) {
  if (!line) return el("span", { className: "pl-nolines" }, "celý plán");
  const button = el(
    "button",
    { type: "button", className: "pl-line", "data-line": line, "aria-label": `Přejít na řádek ${line} v plánu` },
    `řádek ${line}`,
  );
  button.addEventListener("click", () => onLine(line, button));
  return button;
}

function letterCell(letter, name, ok) {
  return el(
    "td",
    { className: ok ? "pl-yes" : "pl-no", "data-letter": letter, "data-ok": ok ? "true" : "false" },
    el("span", { "aria-hidden": "true" }, ok ? "✓" : "✗"),
    el("span", { className: "pl-sr" }, `${name}: ${ok ? "ano" : "ne"}`),
  );
}

/** The five letters of one goal as a list (used by the SMART drill). */
export function lettersList(smart) {
  return el(
    "ul",
    { className: "pl-letters" },
    LETTERS.map(([letter, name]) =>
      el(
        "li",
        { className: smart[letter] ? "pl-yes" : "pl-no", "data-letter": letter, "data-ok": smart[letter] ? "true" : "false" },
        el("abbr", { title: name }, letter),
        el("span", { "aria-hidden": "true" }, smart[letter] ? " ✓" : " ✗"),
        el("span", { className: "pl-sr" }, ` ${name}: ${smart[letter] ? "ano" : "ne"}`),
      ),
    ),
  );
}

function lineButtons(item, onLine) {
  const lines = Array.isArray(item.lines) && item.lines.length ? item.lines : [item.line];
  const buttons = lines.map((line) => lineButton(line, onLine));
  return buttons.length === 1 ? buttons : el("span", { className: "pl-lines" }, buttons);
}

/**
 * One item of feedback as a list item; data-rule is its first rule code and data-rules all of
 * them (a goal's item carries every failing letter). `site` is the page config ({root, siteURL}).
 */
export function feedbackItem(item, site, onLine) {
  const severity = SEVERITY[item.severity] ?? SEVERITY.info;
  const rules = Array.isArray(item.rules) ? item.rules : [item.rule];
  const help = helpHref(item.help, site);
  return el(
    "li",
    {
      className: `pl-finding pl-${item.severity}`,
      "data-rule": rules[0],
      "data-rules": rules.join(" "),
      "data-kind": item.kind ?? "",
      "data-goal": Number.isInteger(item.goal) ? item.goal : null,
      "data-severity": item.severity,
    },
    el("span", { className: "pl-severity" }, severity.label),
    onLine ? lineButtons(item, onLine) : null,
    el("span", { className: "pl-message" }, item.message),
    help ? el("a", { className: "pl-help", href: help }, "Vysvětlení v příručce") : null,
  );
}

/** "Začněte tady": at most three changes that matter most, each jumping to its line. */
function startHere(points, sub, onLine) {
  if (!Array.isArray(points) || !points.length) return [];
  return [
    el(sub, { className: "pl-start-title" }, "Začněte tady"),
    el(
      "ol",
      { className: "pl-start" },
      points.map((point) => el("li", {}, el("span", {}, point.text), point.line && onLine ? [" ", lineButton(point.line, onLine)] : null)),
    ),
  ];
}

// The table itself has no class, so that Material's table styles apply to it.
function table(caption, headers, rows, className) {
  return el(
    "div",
    { className: `md-typeset__table pl-table-wrap ${className}` },
    el(
      "table",
      {},
      el("caption", { className: "pl-sr" }, caption),
      el("thead", {}, el("tr", {}, headers.map((h) => (h instanceof Node ? h : el("th", { scope: "col" }, h))))),
      el("tbody", {}, rows),
    ),
  );
}

/**
 * The whole result: summary, findings, sections, goals and steps.
 * `sections` maps section ids to their Czech names; `site` is the page config ({root, siteURL});
 * `onLine(n, button)` jumps to line n (button: the "řádek n" pressed, for the way back).
 */
export function renderResult(result, { sections, site, onLine, headingLevel = 3 }) {
  const h = `h${headingLevel}`;
  const sub = `h${headingLevel + 1}`;
  const items = feedbackItems(result);
  const out = el("div", { className: "pl-report", "data-errors": result.summary.errors });

  out.append(
    el(h, { className: "pl-report-title" }, "Výsledek kontroly"),
    el("p", { className: `pl-summary ${result.summary.errors ? "pl-has-errors" : "pl-clean"}` }, summarySentence(shownCounts(result))),
    ...startHere(result.start_here, sub, onLine),
  );

  if (items.length) {
    out.append(
      el(sub, {}, "Co upravit"),
      el("ol", { className: "pl-findings" }, items.map((item) => feedbackItem(item, site, onLine))),
    );
  }

  out.append(
    el(sub, {}, "Části plánu"),
    table(
      "Části plánu a jejich stav",
      ["Část plánu", "Stav"],
      Object.keys(sections).map((id) => {
        const state = result.sections?.[id] ?? "missing";
        const optional = state === "missing" && OPTIONAL_SECTIONS.has(id);
        return el(
          "tr",
          { className: `pl-section pl-state-${optional ? "optional" : state}`, "data-section": id, "data-state": state },
          el("td", {}, sections[id]),
          el(
            "td",
            {},
            el("span", { className: "pl-icon", "aria-hidden": "true" }, optional ? "–" : SECTION_STATE[state]?.icon ?? "?"),
            " ",
            sectionStateLabel(id, state),
          ),
        );
      }),
      "pl-sections",
    ),
  );

  const goals = result.goals || [];
  out.append(el(sub, {}, "Cíle a písmena SMART"));
  if (goals.length) {
    out.append(
      table(
        "Cíle a splnění písmen SMART",
        [
          "Řádek",
          "Cíl",
          ...LETTERS.map(([letter, name]) => el("th", { scope: "col", className: "pl-letter-head" }, el("abbr", { title: name }, letter))),
        ],
        goals.map((goal) =>
          el(
            "tr",
            { className: "pl-goal", "data-line": goal.line },
            el("td", {}, lineButton(goal.line, onLine)),
            el("td", { className: "pl-goal-text" }, goal.text),
            LETTERS.map(([letter, name]) => letterCell(letter, name, Boolean(goal.smart?.[letter]))),
          ),
        ),
        "pl-goals",
      ),
    );
  } else {
    out.append(el("p", { className: "pl-none" }, "V části Cíle kontrola nenašla žádný cíl."));
  }

  const steps = result.steps || [];
  out.append(el(sub, {}, "Kroky"));
  if (steps.length) {
    const cell = (value) => (value ? el("td", {}, value) : el("td", { className: "pl-missing" }, "chybí"));
    out.append(
      table(
        "Kroky plánu: co, kdo, do kdy",
        ["Řádek", "Co", "Kdo", "Do kdy"],
        steps.map((step) =>
          el("tr", { className: "pl-step", "data-line": step.line }, el("td", {}, lineButton(step.line, onLine)), cell(step.co), cell(step.kdo), cell(czechDate(step.kdy))),
        ),
        "pl-steps",
      ),
    );
  } else {
    out.append(el("p", { className: "pl-none" }, "V části Kroky kontrola nenašla žádný krok."));
  }
  return out;
}

/** The same feedback as plain text, for download. */
export function feedbackText(result, { title, sections, siteURL, checkedAt }) {
  const lines = [];
  lines.push(`Zpětná vazba k individuálnímu plánu – ${title}`);
  lines.push(`Zkontrolováno: ${checkedAt}`);
  if (result.date) lines.push(`Datum plánu: ${czechDate(result.date)}`);
  lines.push("", summarySentence(shownCounts(result)), "");
  if (Array.isArray(result.start_here) && result.start_here.length) {
    lines.push("ZAČNĚTE TADY");
    result.start_here.forEach((point, index) => lines.push(`${index + 1}. ${point.text}`));
    lines.push("");
  }
  const items = feedbackItems(result);
  if (items.length) {
    lines.push("CO UPRAVIT");
    for (const item of items) {
      const shown = Array.isArray(item.lines) && item.lines.length ? item.lines : item.line ? [item.line] : [];
      const where = shown.length ? `${shown.length > 1 ? "řádky" : "řádek"} ${shown.join(", ")}` : "celý plán";
      const help = helpURL(item.help, siteURL);
      lines.push(`- ${SEVERITY[item.severity]?.label ?? item.severity} (${where}): ${item.message}`);
      if (help) lines.push(`  Vysvětlení: ${help.href}`);
    }
    lines.push("");
  }
  lines.push("ČÁSTI PLÁNU");
  for (const [id, name] of Object.entries(sections)) {
    lines.push(`- ${name}: ${sectionStateLabel(id, result.sections?.[id] ?? "missing")}`);
  }
  lines.push("", "CÍLE A PÍSMENA SMART");
  if (!(result.goals || []).length) lines.push("- žádný cíl");
  for (const goal of result.goals || []) {
    const letters = LETTERS.map(([letter]) => `${letter} ${goal.smart?.[letter] ? "ano" : "ne"}`).join(", ");
    lines.push(`- řádek ${goal.line}: „${goal.text}“ – ${letters}`);
  }
  lines.push("", "KROKY");
  if (!(result.steps || []).length) lines.push("- žádný krok");
  for (const step of result.steps || []) {
    lines.push(
      `- řádek ${step.line}: co: ${step.co ?? "chybí"}; kdo: ${step.kdo ?? "chybí"}; do kdy: ${step.kdy ? czechDate(step.kdy) : "chybí"}`,
    );
  }
  return lines.join("\n") + "\n";
}
