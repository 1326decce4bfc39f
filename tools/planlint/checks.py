"""The whole plan: sections, goals, steps, risks and the findings a trainer would give."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import dates, lexicon, messages, smart
from .exercises import Exercise
from .parse import SECTION_IDS, Block, Document, Section, document
from .rules import RULES, help_for
from .steps import Step, known_person, people_stems, steps_of
from .text import fold, stems

_DATE_LINE = re.compile(r"^[\W_]*datum\b[^:\n]{0,40}:(.*)$")
_CONSENT_LINE = re.compile(r"^[\W_]*souhlas\w*\b[^:\n]{0,40}:(.*)$")
_GOAL_LABEL = re.compile(r"^\s*(?:\d+\s*[.)]\s*)?(?:hlavn\w*\s+|dlouhodob\w*\s+|kratkodob\w*\s+|dilc\w*\s+)?cil\s*\d*\s*[:.)–-]\s*")
_BIRTH_NUMBER = re.compile(r"(?<!\d)\d{2}[0156]\d[0-3]\d\s?/\s?\d{3,4}(?!\d)")
_ADDRESS = re.compile(
    r"(?<![\w])(?:ul\.\s*|ulice\s+|nám\.\s*|náměstí\s+)?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
    r"(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽa-záčďéěíňóřšťúůýž][a-záčďéěíňóřšťúůýž]+){0,2}\s+\d{1,4}(?:/\d{1,4})?[a-z]?"
    r",\s*(?:\d{3}\s?\d{2}\s+)?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
)


@dataclass
class Finding:
    rule: str
    line: int | None
    message: str
    section: str | None = None

    def as_dict(self) -> dict:
        rule = RULES[self.rule]
        return {
            "rule": self.rule,
            "severity": rule.severity,
            "line": self.line,
            "message": self.message,
            "help": help_for(self.rule, self.section),
        }


@dataclass
class Goal:
    line: int
    text: str
    verdict: smart.GoalVerdict


@dataclass
class PlanResult:
    date: dt.date
    sections: dict[str, str]
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


def _goals(section: Section) -> list[tuple[int, str]]:
    items = [b for b in section.blocks if b.kind == "item"]
    if items:
        top = min(b.level for b in items)
        chosen = [b for b in items if b.level == top]
    else:
        chosen = [b for b in section.blocks if b.kind == "paragraph" and not b.text.rstrip().endswith(":")]
    goals = []
    for block in chosen:
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
            result.findings.append(Finding("IP-DALSI-PK", section.line if section else None, messages.next_conference_missing()))
        elif status == "missing":
            result.findings.append(Finding("IP-SEKCE-CHYBI", None, messages.section_missing(section_id), section_id))
        else:
            result.findings.append(Finding("IP-SEKCE-PRAZDNA", section.line, messages.section_empty(section_id), section_id))


def smart_findings(verdict: smart.GoalVerdict, text: str, today: dt.date, line: int | None) -> list[Finding]:
    return [
        Finding(f"IP-CIL-{letter}", line, messages.smart(letter, verdict.reasons[letter], text, today, verdict.deadline))
        for letter in "SMART"
        if not verdict.smart[letter]
    ]


def _check_goals(doc: Document, result: PlanResult, consent: bool) -> None:
    section = doc.sections.get("cile")
    if section is None:
        return
    for line, text in _goals(section):
        verdict = smart.judge(text, result.date, consent)
        result.goals.append(Goal(line, text, verdict))
        result.findings.extend(smart_findings(verdict, text, result.date, line))
    if not result.goals and result.sections["cile"] == "ok":
        result.findings.append(Finding("IP-CILE-ZADNE", section.line, messages.no_goals()))


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
        result.findings.append(Finding("IP-KROKY-ZADNE", section.line, messages.no_steps()))
    evaluation = _evaluation_date(doc, result.date)
    for step in result.steps:
        for part in ("co", "kdo", "kdy"):
            if getattr(step, part) is None:
                rule = {"co": "IP-KROK-CO", "kdo": "IP-KROK-KDO", "kdy": "IP-KROK-KDY"}[part]
                result.findings.append(Finding(rule, step.line, messages.step_missing(part, step.co or "")))
        if step.kdo and "osoby" in doc.sections and not known_person(step.kdo, listed):
            result.findings.append(Finding("IP-KROK-OSOBA", step.line, messages.step_person_unknown(step.kdo)))
        if step.deadline and step.deadline < result.date:
            result.findings.append(
                Finding("IP-KROK-TERMIN", step.line, messages.step_deadline_outside(step.kdy, "before_plan", result.date))
            )
        elif step.deadline and evaluation and step.deadline > evaluation:
            result.findings.append(
                Finding("IP-KROK-TERMIN", step.line, messages.step_deadline_outside(step.kdy, "after_evaluation", evaluation))
            )


def _check_risks(doc: Document, result: PlanResult) -> None:
    section = doc.sections.get("rizika")
    if section is None or result.sections["rizika"] != "ok":
        return
    alternative = lexicon.plan_words()["alternative"]
    for block in section.blocks:
        if block.kind not in ("item", "paragraph", "row"):
            continue
        if block.kind == "row" and sum(1 for cell in block.cells if cell.strip()) >= 2:
            continue
        if block.kind == "paragraph" and block.text.rstrip().endswith(":"):
            continue
        if not alternative.search(lexicon.match_text(block.text)):
            result.findings.append(Finding("IP-RIZIKO-PLANB", block.line, messages.risk_without_alternative(block.text)))


def _has_time(text: str, today: dt.date) -> bool:
    return bool(dates.find(text, today)) or bool(lexicon.plan_words()["frequency"].search(lexicon.match_text(text)))


def _check_feedback_and_evaluation(doc: Document, result: PlanResult, listed: set[str]) -> None:
    table = lexicon.plan_words()
    if result.sections["zpetna_vazba"] == "ok":
        section = doc.sections["zpetna_vazba"]
        text = " ".join(b.text for b in section.blocks)
        named = any(s in listed for s in stems(text)) or table["known_people"].search(lexicon.match_text(text))
        if not named:
            result.findings.append(Finding("IP-ZPETNA-VAZBA", section.line, messages.feedback_incomplete("who")))
        elif not _has_time(text, result.date):
            result.findings.append(Finding("IP-ZPETNA-VAZBA", section.line, messages.feedback_incomplete("when")))
    if result.sections["vyhodnoceni"] == "ok":
        section = doc.sections["vyhodnoceni"]
        text = " ".join(b.text for b in section.blocks)
        if not dates.find(text, result.date):
            result.findings.append(Finding("IP-VYHODNOCENI", section.line, messages.evaluation_incomplete("when")))
        elif not table["way"].search(lexicon.match_text(text)):
            result.findings.append(Finding("IP-VYHODNOCENI", section.line, messages.evaluation_incomplete("how")))


def _check_personal_data(source: str, result: PlanResult) -> None:
    flagged: set[int] = set()
    for kind, pattern in (("birth_number", _BIRTH_NUMBER), ("address", _ADDRESS)):
        for match in pattern.finditer(source):
            line = source.count("\n", 0, match.start()) + 1
            if line not in flagged:
                flagged.add(line)
                result.findings.append(Finding("IP-OSOBNI-UDAJE", line, messages.personal_data(kind)))


def _mentions(requirement, text: str) -> bool:
    haystack = " " + " ".join(stems(text)) + " "
    return any(f" {' '.join(stems(phrase))} " in haystack for phrase in requirement.match if stems(phrase))


def _check_exercise(doc: Document, result: PlanResult, exercise: Exercise) -> None:
    people = doc.sections.get("osoby")
    people_text = " ".join(" ".join([b.text, *b.cells]) for b in people.blocks) if people else ""
    for role in exercise.roles:
        if not _mentions(role, people_text):
            result.findings.append(Finding("CV-ROLE", people.line if people else None, messages.exercise_role_missing(role.name)))
    goals_text = " ".join(goal.text for goal in result.goals)
    for topic in exercise.topics:
        if not _mentions(topic, goals_text):
            line = doc.sections["cile"].line if "cile" in doc.sections else None
            result.findings.append(Finding("CV-TEMA", line, messages.exercise_topic_missing(topic.name)))


def check(source: str, date: dt.date | None = None, exercise: Exercise | None = None) -> PlanResult:
    doc = document(source)
    own_date = plan_date(doc)
    today = date or own_date or (dt.date.fromisoformat(exercise.date) if exercise else None) or dt.date.today()
    result = PlanResult(date=today, sections={})
    _check_sections(doc, result)
    if own_date is None:
        result.findings.append(Finding("IP-DATUM", None, messages.no_plan_date(today)))
    _check_goals(doc, result, plan_consent(doc))
    listed = _listed_people(doc)
    _check_steps(doc, result, listed)
    _check_risks(doc, result)
    _check_feedback_and_evaluation(doc, result, listed)
    _check_personal_data(source, result)
    if exercise is not None:
        _check_exercise(doc, result, exercise)
    result.findings.sort(key=lambda f: (f.line is None, f.line or 0))
    return result
