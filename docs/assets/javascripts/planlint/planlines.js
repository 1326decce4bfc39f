// A plan shown line by line with the checker's line numbers, so "řádek 12" in the feedback can
// be found on paper (the printed exercise) and on the trainer's screen.

import { el } from "./checker.js";

/** The plan as a numbered list; each line is an <li data-line="n"> that can take focus. */
export function numberedPlan(text, label) {
  const lines = String(text).split(/\r\n|\r|\n/);
  return el(
    "ol",
    { className: "pl-plan-lines", "aria-label": label },
    lines.map((line, index) =>
      el(
        "li",
        { "data-line": index + 1, tabindex: "-1" },
        el("span", { className: "pl-ln", "aria-hidden": "true" }, String(index + 1)),
        el("span", { className: "pl-lt" }, line || "\u00a0"),
      ),
    ),
  );
}

/** Bring line `line` of a numbered plan into view, marked, with focus on it. */
export function showPlanLine(list, line) {
  const item = list.querySelector(`li[data-line="${Number(line)}"]`);
  if (!item) return;
  for (const marked of list.querySelectorAll(".pl-line-target")) marked.classList.remove("pl-line-target");
  item.classList.add("pl-line-target");
  item.scrollIntoView({ block: "center" });
  item.focus({ preventScroll: true });
}
