"""Feedback as a trainer gives it: one item per goal, advice never repeated, and a short
"Začněte tady" list of the changes that matter most.

The per-letter findings stay as they are (outside tools count them by code); this module
groups them into the items a trainee reads on the page, on the command line and in the drill.
"""

from __future__ import annotations

import datetime as dt
import re

from ..exercises import NEUTRAL, CaseNames, capitalised
from ..judging import dates, smart, verbs
from ..text import fold
from . import messages
from .catalogue import RULES, SECTION_NAMES, help_for
from .messages import date_cs, quote

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
START_HERE_LIMIT = 3

LETTER_ADJECTIVES = {"S": "konkrétní", "M": "měřitelný", "A": "akceptovatelný", "R": "reálný", "T": "termínovaný"}
# Why a letter fails, short enough to list several in one sentence; the example comes once, after.
REASON_CLAUSES = {
    ("S", "no_action"): "pojmenovává oblast nebo stav, ale ne to, co se udělá",
    ("M", "habit"): "neříká, jak často se to bude dít",
    ("A", "imperative"): "je napsaný jako pokyn, ne jako přání klienta",
    ("M", "feeling"): "popisuje pocit nebo vlastnost, kterou nelze ověřit",
    ("A", "imposed"): "zní jako příkaz, ne jako přání klienta",
    ("A", "services"): "týká se služeb, ne klienta",
    ("S", "service"): "popisuje práci služby, ne to, co bude {client} dělat nebo mít",
    ("A", "compliance"): "popisuje, co chce instituce, ne co chce {client}",
    ("A", "consent"): "„souhlasí, že …“ je souhlas se zápisem, ne přání klienta",
    ("R", "absolute"): "slibuje, co nikdo nemůže zaručit",
    ("R", "past"): "jeho termín {deadline} je dřív než datum plánu",
    ("R", "too_short"): "na to, co žádá, má příliš krátký termín",
    ("T", "never"): "„nikdy“ není termín",
}
LETTER_CLAUSES = {
    "S": "neříká, co konkrétně se má stát",
    "M": "nedá se ověřit, kdy je splněný",
    "A": "není z něj znát, že ho {client} chce",
    "R": "není reálný",
    "T": "nemá termín",
}
STEP_PART_NOUNS = {"co": "popis, co se má udělat", "kdo": "odpovědná osoba", "kdy": "termín"}
# A goal that opens with a deadline or an infinitive reads on after "<client> chce …".
_INFINITIVE_START = re.compile(r"^(?:do|od|behem|v|ve|nejpozdeji|(?!klient)\w+(?:at|it|et|yt|out|ct|ci))\b")
_IMPOSED = re.compile(r"\b(musí|musi|je nutné, aby|je nutne, aby|má povinnost|ma povinnost)\b", re.IGNORECASE)


def _goal_quote(text: str, limit: int = 60) -> str:
    return quote(text.rstrip(" ."), limit)


def _and(parts: list[str], last: str = "a") -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {last} {parts[-1]}"


def _item(kind: str, findings: list, message: str, goal: int | None = None) -> dict:
    lines = sorted({f.line for f in findings if f.line})
    worst = min(findings, key=lambda f: SEVERITY_ORDER[f.severity])
    first = findings[0]
    item = {
        "kind": kind,
        "severity": worst.severity,
        "rules": sorted({f.rule for f in findings}),
        "line": lines[0] if lines else None,
        "lines": lines,
        "message": message,
        "help": help_for(first.rule, first.section),
    }
    if goal is not None:
        item["goal"] = goal
    return item


# --- goals -------------------------------------------------------------------------------


def _sentence(text: str) -> str:
    text = " ".join(text.split()).rstrip(" .")
    return text[:1].upper() + text[1:] + "."


def _with_new_deadline(text: str, verdict: smart.GoalVerdict, today: dt.date, example: str) -> str:
    for span in dates.find(text, today):
        if span.deadline == verdict.deadline:
            said = text[span.start:span.end]
            new = f"do {example}" if said.lower().startswith("do ") else example
            return text[: span.start] + new + text[span.end :]
    return text


_WORD = re.compile(r"[^\W\d_]+")


def _with_will(text: str, client: str) -> str:
    """The goal as the client's will, in its own words: an infinitive after "<client> chce", a conjugated
    verb turned into "chce" + its infinitive ("paní Jana podá" → "paní Jana chce podat"), else the
    client's agreement after it."""
    if _IMPOSED.search(text):
        return _IMPOSED.sub("chce", text, count=1)
    words = list(_WORD.finditer(text))
    for position, match in enumerate(words[:8]):
        found = verbs.verb(match[0].lower(), position == 0)
        if found is None or found.nominal:
            continue
        if not found.finite:
            if position == 0 or _INFINITIVE_START.match(fold(text)):
                return f"{capitalised(client)} chce {text[:1].lower()}{text[1:]}"
            break
        if found.first_person:
            return text
        return text[: match.start()] + f"chce {found.lemma}" + text[match.end() :]
    return f"{text} ({client} s tím souhlasí)"


def rewrite(text: str, verdict: smart.GoalVerdict, today: dt.date, names: CaseNames) -> str | None:
    """A suggestion built from the trainee's own goal: its action and object kept, only what is missing
    added (the client's will, a deadline inside the plan's horizon, a frequency), and checked to pass the
    letters it fixes. None where the goal names no concrete action: then the message asks for one."""
    failing = {letter for letter, ok in verdict.smart.items() if not ok}
    reasons = verdict.reasons
    if "S" in failing or ("M" in failing and reasons.get("M") != "habit"):
        return None
    if reasons.get("R") not in (None, "past") or reasons.get("A") in ("services", "compliance", "consent"):
        return None
    example = date_cs(messages.example_deadline(today))
    suggestion = " ".join(text.split()).rstrip(" .")
    if reasons.get("R") == "past":
        suggestion = _with_new_deadline(suggestion, verdict, today, example)
    if "M" in failing:
        suggestion = f"{suggestion} jednou týdně"
    if "T" in failing:
        suggestion = f"{suggestion} do {example}"
    if "A" in failing:
        suggestion = _with_will(suggestion, names.client)
    suggestion = _sentence(suggestion)
    fixed = smart.judge(suggestion, today).smart
    return suggestion if all(fixed[letter] for letter in failing) else None


_QUESTION = "Co konkrétně bude {client} dělat nebo mít? Podle čeho poznáte, že je splněno?"


def goal_message(text: str, verdict: smart.GoalVerdict, today: dt.date, names: CaseNames, asked: set[str]) -> str:
    failing = [letter for letter in "SMART" if not verdict.smart[letter]]
    adjectives = [LETTER_ADJECTIVES[letter] for letter in failing]
    values = names.words() | {"deadline": date_cs(verdict.deadline) if verdict.deadline else ""}
    clauses: list[str] = []
    for letter in failing:
        clause = REASON_CLAUSES.get((letter, verdict.reasons.get(letter)), LETTER_CLAUSES[letter]).format(**values)
        if clause not in clauses:
            clauses.append(clause)
    opening = f"Cíl {_goal_quote(text)} zatím není {_and(adjectives, 'ani')} ({', '.join(failing)}): {_and(clauses)}."
    suggestion = rewrite(text, verdict, today, names)
    if suggestion:
        return f"{opening} Zkuste: „{suggestion}“"
    if {"S", "M"} & set(failing):
        # The question once per plan: the same advice is never given twice.
        question = _QUESTION.format(client=names.client)
        if question in asked:
            return opening
        asked.add(question)
        return f"{opening} {question}"
    advice = messages.smart(failing[0], verdict.reasons[failing[0]], text, today, verdict.deadline, names)
    return f"{opening} {advice.split('. ', 1)[-1]}"  # the advice after its own opening sentence


def goal_item(index: int, text: str, verdict: smart.GoalVerdict, findings: list, today: dt.date,
              names: CaseNames, asked: set[str]) -> dict:
    return _item("goal", findings, goal_message(text, verdict, today, names, asked), goal=index)


# --- steps and risks ---------------------------------------------------------------------


def _subjects(findings: list) -> str:
    seen: list[str] = []
    for finding in findings:
        subject = quote(finding.subject or "bez popisu", 40)
        if subject not in seen:
            seen.append(subject)
    return _and(seen)


def _step_items(findings: list, today: dt.date, names: CaseNames) -> list[dict]:
    by_line: dict[int, list] = {}
    for finding in findings:
        by_line.setdefault(finding.line, []).append(finding)
    groups: dict[tuple, list] = {}
    many: list = []
    items = []
    for line_findings in by_line.values():
        missing = tuple(f.detail for f in line_findings if f.rule in ("IP-KROK-CO", "IP-KROK-KDO", "IP-KROK-KDY"))
        if missing:
            groups.setdefault(missing, []).extend(f for f in line_findings if f.detail in missing)
        many += [f for f in line_findings if f.rule == "IP-KROK-VICE-OSOB"]
    for missing, group in groups.items():
        steps = [f for f in group if f.detail == missing[0]]
        where = "U kroku" if len(steps) == 1 else "U kroků"
        nouns = _and([STEP_PART_NOUNS[part] for part in missing])
        examples = "; ".join(messages.step_part_example(part, today, names)[1:-1] for part in missing)
        items.append(_item("steps", group, f"{where} {_subjects(steps)} chybí {nouns}. Doplňte např. „{examples}“."))
    if many:
        which = "krok" if len(many) == 1 else "kroky"
        items.append(_item(
            "steps", many,
            f"Za {which} {_subjects(many)} odpovídá víc lidí. Ať za každý krok odpovídá jeden člověk; ostatní mohou "
            f"pomáhat – zmiňte je v popisu kroku. Např. „Co: {names.step}; Kdo: {names.worker}“.",
        ))
    return items


def _goal_step_items(findings: list, today: dt.date, names: CaseNames) -> list[dict]:
    """Goals no step leads to, in one item: the advice is the same for each."""
    if not findings:
        return []
    if len(findings) == 1:
        return [_item("goals", findings, findings[0].message)]
    return [_item(
        "goals", findings,
        f"K cílům {_subjects(findings)} zatím nevede žádný krok. Ke každému doplňte do části „Kroky“ aspoň jeden, "
        f"např. {messages.section_example('kroky', today, names)}.",
    )]


def _risk_items(findings: list, today: dt.date, names: CaseNames) -> list[dict]:
    items = []
    plain = [f for f in findings if f.rule == "IP-RIZIKO-PLANB"]
    if plain:
        which = "riziku" if len(plain) == 1 else "rizikům"
        items.append(_item(
            "risks", plain,
            f"K {which} {_subjects(plain)} chybí, co uděláte, když nastane. Doplňte alternativní krok s tím, "
            f"kdo ho udělá a do kdy, např. {messages.risk_example(today, names)}",
        ))
    partial = [f for f in findings if f.rule == "IP-RIZIKO-KDO-KDY"]
    if partial:
        gaps = sorted({part for f in partial for part in f.detail.split("+")}, key="kdo kdy".index)
        what = " ani ".join({"kdo": "kdo je udělá", "kdy": "do kdy"}[part] for part in gaps)
        which = "riziku" if len(partial) == 1 else "rizikům"
        lead = "Alternativa k" if len(partial) == 1 else "Alternativy k"
        verb = "neříká" if len(partial) == 1 else "neříkají"
        items.append(_item(
            "risks", partial,
            f"{lead} {which} {_subjects(partial)} {verb}, {what}. Alternativa je krok jako každý jiný"
            + ("." if plain else f", např. {messages.risk_example(today, names)}"),
        ))
    return items


# --- the whole plan ----------------------------------------------------------------------

STEP_RULES = {"IP-KROK-CO", "IP-KROK-KDO", "IP-KROK-KDY", "IP-KROK-VICE-OSOB"}
RISK_RULES = {"IP-RIZIKO-PLANB", "IP-RIZIKO-KDO-KDY"}
SECTION_RULES = {"IP-SEKCE-CHYBI", "IP-SEKCE-PRAZDNA", "CV-ROLE"}
GOAL_RULES = {"IP-CILE-ZADNE", "CV-TEMA"}
CATEGORY = {"section": 0, "consent": 1, "goal": 1, "goals": 1, "steps": 2, "risks": 3, "plan": 3}


def plan_items(result, findings: list[messages.Said], names: CaseNames = NEUTRAL) -> list[dict]:
    """The grouped feedback of a checked plan (judging.PlanResult, its findings with their messages), most
    important first."""
    today = result.date
    items: list[dict] = []
    for finding in findings:
        if finding.rule in SECTION_RULES:
            items.append(_item("section", [finding], finding.message))
    needs_consent = [f for f in findings if f.rule == "IP-CIL-A" and f.detail == "no_will"]
    if needs_consent and not result.consent:
        items.append(_item("consent", needs_consent, messages.consent_missing(names)))
    asked: set[str] = set()
    by_goal: dict[int, list] = {}
    for finding in findings:
        if finding.goal is not None:
            by_goal.setdefault(finding.goal, []).append(finding)
    for index, goal in enumerate(result.goals):
        if index in by_goal:
            items.append(goal_item(index, goal.text, goal.verdict, by_goal[index], today, names, asked))
    items += [_item("goals", [f], f.message) for f in findings if f.rule in GOAL_RULES]
    items += _goal_step_items([f for f in findings if f.rule == "IP-CILE-BEZ-KROKU"], today, names)
    items += [_item("steps", [f], f.message) for f in findings if f.rule == "IP-KROKY-ZADNE"]
    items += _step_items([f for f in findings if f.rule in STEP_RULES], today, names)
    grouped = SECTION_RULES | GOAL_RULES | STEP_RULES | RISK_RULES | {"IP-KROKY-ZADNE", "IP-CILE-BEZ-KROKU"}
    rest: dict[str, list] = {}
    for finding in findings:
        if finding.goal is None and finding.rule not in grouped:
            rest.setdefault(finding.message, []).append(finding)
    kinds = {"IP-KROK-OSOBA": "steps", "IP-KROK-TERMIN": "steps", "IP-KROK-PO-CILI": "steps"}
    items += [_item(kinds.get(group[0].rule, "plan"), group, message) for message, group in rest.items()]
    items += _risk_items([f for f in findings if f.rule in RISK_RULES], today, names)
    items.sort(key=lambda item: (CATEGORY[item["kind"]], SEVERITY_ORDER[item["severity"]]))
    return items


# "Začněte tady" points for items outside the three main kinds; other rules use their summary.
HEADLINES = {
    "IP-RIZIKO-PLANB": "Ke každému riziku doplňte plán B: co se udělá, kdo to udělá a do kdy.",
    "IP-RIZIKO-KDO-KDY": "U každého plánu B doplňte, kdo ho udělá a do kdy.",
    "IP-KROK-VICE-OSOB": "Ke každému kroku uveďte jen jednoho odpovědného člověka.",
}
STEP_PART_RULES = {"IP-KROK-CO": "co se má udělat", "IP-KROK-KDO": "kdo za ně odpovídá", "IP-KROK-KDY": "do kdy"}


def start_here(items: list[dict], result) -> list[dict]:
    """At most three changes that matter most: sections, then goals, then steps, then the rest."""
    points: list[dict] = []
    covered: set[str] = set()  # kinds of item a point already speaks for
    # By identity: items.index() would compare whole dicts with every item before.
    position = {id(item): index for index, item in enumerate(items)}

    def add(text: str, first: dict, kind: str) -> None:
        if len(points) < START_HERE_LIMIT:
            points.append({"text": text, "line": first["line"], "item": position[id(first)]})
            covered.add(kind)

    sections = [item for item in items if set(item["rules"]) & {"IP-SEKCE-CHYBI", "IP-SEKCE-PRAZDNA"}]
    if sections:
        missing = [s for s, state in result.sections.items() if state in ("missing", "empty") and s != "dalsi_pk"]
        names = _and([f"„{SECTION_NAMES[s]}“" for s in missing])
        add(f"Doplňte části plánu, které chybějí nebo jsou prázdné: {names}.", sections[0], "section")
    goals = [item for item in items if item["kind"] == "goal"]
    if goals:
        weakest = max(goals, key=lambda item: len(item["rules"]))
        letters = ", ".join(letter for letter in "SMART" if f"IP-CIL-{letter}" in weakest["rules"])
        which = "všechny cíle" if len(goals) == len(result.goals) else "cíle, které ještě nesplňují všech pět písmen"
        quoted = _goal_quote(result.goals[weakest["goal"]].text, 40)
        add(f"Přepište podle SMART {which} – nejvíc chybí cíli {quoted} ({letters}).", goals[0], "goal")
    steps = [item for item in items if item["kind"] == "steps" and item["severity"] == "error"]
    if steps:
        parts = [part for rule, part in STEP_PART_RULES.items() if any(rule in item["rules"] for item in steps)]
        text = f"U kroků doplňte, {_and(parts)}." if parts else "Doplňte do plánu kroky: co, kdo a do kdy."
        add(text, steps[0], "steps")
    for item in items:
        if item["severity"] != "info" and item["kind"] not in covered:
            rule = item["rules"][0]
            add(HEADLINES.get(rule, RULES[rule].summary), item, item["kind"])
    return points


def goal_only(text: str, verdict: smart.GoalVerdict, findings: list, today: dt.date, names: CaseNames = NEUTRAL) -> list[dict]:
    """The drill's feedback for one goal: a single item, or nothing when the goal is SMART."""
    return [goal_item(0, text, verdict, findings, today, names, set())] if findings else []
