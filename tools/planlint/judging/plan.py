"""The whole plan: sections, goals, steps and risks judged, and the findings a trainer would give, as data."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..exercises import Exercise
from ..text import fold, stems
from . import coverage, dates, lexicon, personal_data, smart
from .findings import Finding
from .sections import SECTION_IDS, Block, Document, Section, document
from .steps import Step, known_person, named_someone, people_stems, responsible_people, steps_of

_WORD = re.compile(r"[0-9a-z]+")
_RISK_LABEL = re.compile(r"^\W*rizik\w*\s*:\s*", re.IGNORECASE)
_DATE_LINE = re.compile(r"^[\W_]*datum\b[^:\n]{0,40}:(.*)$")
_CONSENT_LINE = re.compile(r"^[\W_]*souhlas\w*\b[^:\n]{0,40}:(.*)$")
_GOAL_LABEL = re.compile(r"^\s*(?:\d+\s*[.)]\s*)?(?:hlavn\w*\s+|dlouhodob\w*\s+|kratkodob\w*\s+|dilc\w*\s+)?cil\s*(?:\d*\s*[:.)–-]|\d{1,2}\s)\s*")
@dataclass
class Goal:
    line: int
    text: str
    verdict: smart.GoalVerdict


@dataclass
class PlanResult:
    date: dt.date
    sections: dict[str, str]
    consent: bool = False
    goals: list[Goal] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def plan_date(doc: Document) -> dt.date | None:
    """The date on the plan's own 'Datum …: 3. 2. 2025' line, if any."""
    for line in doc.lines:
        match = _DATE_LINE.match(fold(line))
        if match:
            found = dates.first_date(match[1], dt.date.today())
            if found:
                return found
    return None


def plan_consent(doc: Document) -> bool:
    """A 'Souhlas klienta: … souhlasí …' line records the client's agreement with the whole plan."""
    words = lexicon.smart()["acceptable"]
    for line in doc.lines:
        match = _CONSENT_LINE.match(fold(line))
        if match:
            rest = lexicon.match_text(match[1])
            if words["refusal"].search(rest) or lexicon.plan_words()["placeholder"].search(rest):
                return False
            return bool(words["will"].search(rest) or re.search(r"\b(ano|podepsal\w*|podpis\w*)\b", rest))
    return False


def _has_content(blocks: list[Block], enough: int = 2) -> bool:
    """Does a section hold real content? Template placeholders and bare labels do not count."""
    table = lexicon.plan_words()
    labels = (table["label_co"].regex, table["label_kdo"].regex, table["label_kdy"].regex)
    count = 0
    for block in blocks:
        if block.kind in ("header", "heading"):
            continue
        for part in re.split(r"[;|\n]", " ".join([block.text, *block.cells])):
            text = lexicon.match_text(part)
            if not text or table["placeholder"].search(text):
                continue
            if ":" in part:
                for label in labels:
                    text = label.sub(" ", text)
            count += sum(1 for word in text.split() if len(word) > 1 or word.isdigit())
            if count >= enough:
                return True
    return False


_EXAMPLE = re.compile(r"^\W*(?:napr|napriklad|priklad\w*)\b")


def _parts(blocks: list[Block]) -> list[list[Block]]:
    """The section's blocks split at its repeated headings ("Dlouhodobý cíl" … "Krátkodobé cíle" …)."""
    parts: list[list[Block]] = [[]]
    for block in blocks:
        if block.kind == "heading" or (block.kind == "paragraph" and block.text.rstrip().endswith(":") and parts[-1]):
            parts.append([])
        else:
            parts[-1].append(block)
    return [part for part in parts if part]


def _goal_blocks(part: list[Block]) -> list[Block]:
    """A part's goals: its list items (the sub-goals when every item is an area with sub-items, never
    the "Např. …" examples under a goal), else its paragraphs that are no lead-in."""
    items = [b for b in part if b.kind == "item" and not _EXAMPLE.match(fold(b.text))]
    if not items:
        return [b for b in part if b.kind == "paragraph" and not b.text.rstrip().endswith(":")]
    top = min(b.level for b in items)
    tops = [b for b in items if b.level == top]
    subs = [b for b in items if b.level == top + 1]
    children = {id(b): 0 for b in tops}
    parent = None
    for block in items:
        if block.level == top:
            parent = block
        elif block.level == top + 1 and parent is not None:
            children[id(parent)] += 1
    if subs and len(tops) > 0 and all(children.values()):
        return subs
    return tops


def _goals(section: Section) -> list[tuple[int, str]]:
    goals = []
    for part in _parts(section.blocks):
        for block in _goal_blocks(part):
            text = block.text
            label = _GOAL_LABEL.match(fold(text))
            if label:
                text = text[label.end():]
            if lexicon.match_text(text) and not lexicon.plan_words()["placeholder"].search(lexicon.match_text(text)):
                goals.append((block.line, text.strip()))
    return goals


def _check_sections(doc: Document, result: PlanResult) -> None:
    for section_id in SECTION_IDS:
        section = doc.sections.get(section_id)
        if section is None:
            status = "missing"
        else:
            status = "ok" if _has_content(section.blocks) else "empty"
        result.sections[section_id] = status
        if status == "ok":
            continue
        if section_id == "dalsi_pk":
            result.findings.append(Finding("IP-DALSI-PK", section.line if section else None))
        elif status == "missing":
            result.findings.append(Finding("IP-SEKCE-CHYBI", None, section_id))
        else:
            result.findings.append(Finding("IP-SEKCE-PRAZDNA", section.line, section_id))


def smart_findings(verdict: smart.GoalVerdict, text: str, line: int | None, index: int | None = None) -> list[Finding]:
    return [
        Finding(f"IP-CIL-{letter}", line, goal=index, detail=verdict.reasons[letter], subject=text, day=verdict.deadline)
        for letter in "SMART"
        if not verdict.smart[letter]
    ]


def _check_goals(doc: Document, result: PlanResult) -> None:
    section = doc.sections.get("cile")
    if section is None:
        return
    for line, text in _goals(section):
        verdict = smart.judge(text, result.date, result.consent)
        result.findings.extend(smart_findings(verdict, text, line, len(result.goals)))
        result.goals.append(Goal(line, text, verdict))
    if not result.goals and result.sections["cile"] == "ok":
        result.findings.append(Finding("IP-CILE-ZADNE", section.line))


def _evaluation_date(doc: Document, today: dt.date) -> dt.date | None:
    section = doc.sections.get("vyhodnoceni")
    if section is None:
        return None
    return dates.first_date(" ".join(b.text for b in section.blocks), today)


def _listed_people(doc: Document) -> set[str]:
    """Stems of every name and role in the client and persons sections."""
    listed: set[str] = set()
    for section_id in ("osoby", "klient"):
        if section_id in doc.sections:
            listed |= people_stems(doc.sections[section_id].blocks)
    return listed


def _check_steps(doc: Document, result: PlanResult, listed: set[str]) -> None:
    section = doc.sections.get("kroky")
    if section is None:
        return
    result.steps = steps_of(section.blocks, result.date)
    if not result.steps and result.sections["kroky"] == "ok":
        result.findings.append(Finding("IP-KROKY-ZADNE", section.line))
    evaluation = _evaluation_date(doc, result.date)
    for step in result.steps:
        subject = step.co or ""
        for part in ("co", "kdo", "kdy"):
            if getattr(step, part) is None:
                rule = {"co": "IP-KROK-CO", "kdo": "IP-KROK-KDO", "kdy": "IP-KROK-KDY"}[part]
                result.findings.append(Finding(rule, step.line, detail=part, subject=subject))
        if step.kdo and len(responsible_people(step.kdo)) > 1:
            result.findings.append(Finding("IP-KROK-VICE-OSOB", step.line, detail="many", subject=subject, value=step.kdo))
        if step.kdo and "osoby" in doc.sections and not known_person(step.kdo, listed):
            result.findings.append(Finding("IP-KROK-OSOBA", step.line, subject=subject, value=step.kdo))
        if step.deadline and step.deadline < result.date:
            result.findings.append(
                Finding("IP-KROK-TERMIN", step.line, detail="before_plan", value=step.kdy, day=result.date)
            )
        elif step.deadline and evaluation and step.deadline > evaluation:
            result.findings.append(
                Finding("IP-KROK-TERMIN", step.line, detail="after_evaluation", value=step.kdy, day=evaluation)
            )


def _alternative_gaps(alternative_text: str, today: dt.date, listed: set[str]) -> list[str]:
    """What an alternative step leaves out: 'kdo' (nobody named) and/or 'kdy' (no time)."""
    gaps = []
    if not named_someone(alternative_text, listed):
        gaps.append("kdo")
    if not (_has_time(alternative_text, today) or lexicon.plan_words()["alternative_when"].search(lexicon.match_text(alternative_text))):
        gaps.append("kdy")
    return gaps


def _check_risks(doc: Document, result: PlanResult, listed: set[str]) -> None:
    section = doc.sections.get("rizika")
    if section is None or result.sections["rizika"] != "ok":
        return
    alternative = lexicon.plan_words()["alternative"]
    for block in section.blocks:
        if block.kind not in ("item", "paragraph", "row"):
            continue
        if block.kind == "paragraph" and block.text.rstrip().endswith(":"):
            continue
        if block.kind == "row" and sum(1 for cell in block.cells if cell.strip()) >= 2:
            risk, plan_b = block.cells[0], " ".join(block.cells[1:])
        else:
            risk = block.text
            found = alternative.search(lexicon.match_text(block.text))
            if not found:
                result.findings.append(Finding("IP-RIZIKO-PLANB", block.line, subject=risk))
                continue
            plan_b = _text_from(block.text, found.start())
            risk = _RISK_LABEL.sub("", block.text[: len(block.text) - len(plan_b)]).strip(" .;,–-") or block.text
        gaps = _alternative_gaps(plan_b, result.date, listed)
        if gaps:
            result.findings.append(Finding("IP-RIZIKO-KDO-KDY", block.line, detail="+".join(gaps), subject=risk))


def _text_from(text: str, offset: int) -> str:
    """`text` from the word at which a match at `offset` of its match_text form begins."""
    skip = len(lexicon.match_text(text)[:offset].split())
    folded = fold(text)
    starts = [match.start() for match in _WORD.finditer(folded)]
    if skip >= len(starts):
        return text
    # Folding keeps the length of Czech text, so the position holds in the original too.
    return (text if len(folded) == len(text) else folded)[starts[skip]:]


def _has_time(text: str, today: dt.date) -> bool:
    return bool(dates.find(text, today)) or bool(lexicon.plan_words()["frequency"].search(lexicon.match_text(text)))


def _check_feedback_and_evaluation(doc: Document, result: PlanResult, listed: set[str]) -> None:
    table = lexicon.plan_words()
    if result.sections["zpetna_vazba"] == "ok":
        section = doc.sections["zpetna_vazba"]
        text = " ".join(b.text for b in section.blocks)
        named = any(s in listed for s in stems(text)) or table["known_people"].search(lexicon.match_text(text))
        if not named:
            result.findings.append(Finding("IP-ZPETNA-VAZBA", section.line, detail="who"))
        elif not _has_time(text, result.date):
            result.findings.append(Finding("IP-ZPETNA-VAZBA", section.line, detail="when"))
    if result.sections["vyhodnoceni"] == "ok":
        section = doc.sections["vyhodnoceni"]
        text = " ".join(b.text for b in section.blocks)
        if not dates.find(text, result.date):
            result.findings.append(Finding("IP-VYHODNOCENI", section.line, detail="when"))
        elif not table["way"].search(lexicon.match_text(text)):
            result.findings.append(Finding("IP-VYHODNOCENI", section.line, detail="how"))


def _check_personal_data(source: str, result: PlanResult) -> None:
    for line, kind in personal_data.flagged_lines(source):
        result.findings.append(Finding("IP-OSOBNI-UDAJE", line, detail=kind))


def _mentions(requirement, text: str) -> bool:
    haystack = " " + " ".join(stems(text)) + " "
    return any(f" {' '.join(stems(phrase))} " in haystack for phrase in requirement.match if stems(phrase))


def _check_exercise(doc: Document, result: PlanResult, exercise: Exercise) -> None:
    people = doc.sections.get("osoby")
    people_text = " ".join(" ".join([b.text, *b.cells]) for b in people.blocks) if people else ""
    for role in exercise.roles:
        if not _mentions(role, people_text):
            result.findings.append(Finding("CV-ROLE", people.line if people else None, value=role.name))
    goals_text = " ".join(goal.text for goal in result.goals)
    for topic in exercise.topics:
        if not _mentions(topic, goals_text):
            line = doc.sections["cile"].line if "cile" in doc.sections else None
            result.findings.append(Finding("CV-TEMA", line, value=topic.name))


def check(source: str, date: dt.date | None = None, exercise: Exercise | None = None) -> PlanResult:
    doc = document(source)
    own_date = plan_date(doc)
    today = date or own_date or (dt.date.fromisoformat(exercise.date) if exercise else None) or dt.date.today()
    result = PlanResult(date=today, sections={}, consent=plan_consent(doc))
    _check_sections(doc, result)
    if own_date is None:
        result.findings.append(Finding("IP-DATUM", None, day=today))
    _check_goals(doc, result)
    listed = _listed_people(doc)
    _check_steps(doc, result, listed)
    result.findings.extend(coverage.findings(result.goals, result.steps, result.date))
    _check_risks(doc, result, listed)
    _check_feedback_and_evaluation(doc, result, listed)
    _check_personal_data(source, result)
    if exercise is not None:
        _check_exercise(doc, result, exercise)
    result.findings.sort(key=lambda f: (f.line is None, f.line or 0))
    return result
