"""Steps of the plan (co / kdo / do kdy) as tables or list items, and the persons they name."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import dates, lexicon
from ..reading import Block
from ..text import fold, stem, words


@dataclass
class Step:
    line: int
    co: str | None
    kdo: str | None
    kdy: str | None
    deadline: dt.date | None = None


def _column_kind(header: str) -> str | None:
    text = lexicon.match_text(header)
    table = lexicon.plan_words()
    # "Do kdy" mentions neither "co" nor "kdo", but check time first: "Kdy / termín".
    if table["column_kdy"].search(text):
        return "kdy"
    if table["column_kdo"].search(text):
        return "kdo"
    if table["column_co"].search(text):
        return "co"
    return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip(" \t;,–—-|")
    if not value or not re.search(r"\w", value) or value in ("…", "..."):
        return None
    if lexicon.plan_words()["placeholder"].search(lexicon.match_text(value)) and len(value.split()) <= 6:
        return None
    return value


_LABEL_SPLIT = re.compile(r"[;|]|\s[–—-]\s|,\s(?=(?:co|kdo|kdy|do\s+kdy|term[ií]n)\s*:)", re.IGNORECASE)


def _labelled(text: str) -> dict[str, str] | None:
    """'Co: …; Kdo: …; Do kdy: …' -> its parts, or None when the item has no such labels."""
    table = lexicon.plan_words()
    parts: dict[str, str] = {}
    for piece in _LABEL_SPLIT.split(text):
        if ":" not in piece:
            if parts:
                last = list(parts)[-1]
                parts[last] = f"{parts[last]} {piece}".strip()
            continue
        label, value = piece.split(":", 1)
        label_words = lexicon.match_text(label)
        if len(label_words.split()) > 3:
            continue
        for kind in ("kdy", "kdo", "co"):
            if table[f"label_{kind}"].search(label_words):
                parts[kind] = value
                break
    return parts or None


def _dashed(text: str, today: dt.date) -> dict[str, str]:
    """'Podat žádost – Klára – do 31. 3.' -> co, kdo, kdy (the part with a date is the deadline)."""
    pieces = [p for p in re.split(r"\s[–—-]\s|\s*\|\s*", text) if p.strip()]
    found = {"co": pieces[0]} if pieces else {}
    for piece in pieces[1:]:
        if "kdy" not in found and dates.find(piece, today):
            found["kdy"] = piece
        elif "kdo" not in found:
            found["kdo"] = piece
        else:
            found["co"] = f"{found['co']} – {piece}"
    return found


def _deadline(kdy: str | None, today: dt.date) -> dt.date | None:
    if not kdy:
        return None
    ends = [item.deadline for item in dates.find(kdy, today) if item.deadline and not item.opens]
    return max(ends) if ends else None


def _parts_of(block: Block, columns: list[str | None], today: dt.date) -> dict[str, str]:
    if block.kind == "row":
        return {kind: cell for kind, cell in zip(columns, block.cells) if kind}
    if block.kind == "item":
        return _labelled(block.text) or _dashed(block.text, today)
    if block.kind == "paragraph":
        # Prose between steps is not a step; a paragraph counts only when it is shaped like one.
        parts = _labelled(block.text) or (_dashed(block.text, today) if " – " in block.text else {})
        return parts if len(parts) >= 2 else {}
    return {}


def named_columns(cells: list[str]) -> list[str | None]:
    return [_column_kind(cell) for cell in cells]


def column_kinds(cells: list[str]) -> list[str | None]:
    """What each column of a steps table holds; without a "co" column the first unnamed one is it."""
    columns = [_column_kind(cell) for cell in cells]
    if "co" not in columns and None in columns:
        columns[columns.index(None)] = "co"
    return columns


def _label_line(block: Block) -> tuple[str, str] | None:
    """A form's label line under a task: ("kdo"|"kdy"|"co"|"hodnoceni", value) for 'Zodpovídá: Petra'."""
    if block.kind not in ("paragraph", "item") or ":" not in block.text:
        return None
    label, value = block.text.split(":", 1)
    words = lexicon.match_text(label)
    if not words or len(words.split()) > 3:
        return None
    table = lexicon.plan_words()
    for kind in ("kdy", "kdo", "hodnoceni", "co"):
        if table[f"label_{kind}"].regex.fullmatch(words):
            return kind, value
    return None


def _subject(co: str) -> str | None:
    """The actor a step begins with ('rodina si sama zajistí …', 'asistent pomůže …'), if it is a known role."""
    first = co.split(maxsplit=1)[0] if co.strip() else ""
    if first and lexicon.plan_words()["known_people"].regex.fullmatch(lexicon.match_text(first)):
        return first.strip(",")
    return None


def steps_of(blocks: list[Block], today: dt.date) -> list[Step]:
    steps: list[Step] = []
    columns: list[str | None] = []
    for block in blocks:
        if block.kind == "header":
            columns = column_kinds(block.cells)
            continue
        label = _label_line(block)
        if label is not None and label[0] != "co" and not _labelled_many(block.text):
            kind, value = label
            if steps and kind in ("kdo", "kdy") and getattr(steps[-1], kind) is None and _clean(value):
                last = steps[-1]
                setattr(last, kind, _clean(value))
                last.deadline = _deadline(last.kdy, today)
            continue  # an evaluation line, or a label without its task, is no step of its own
        if label is not None and label[0] == "co" and not _labelled_many(block.text):
            parts = {"co": _clean(label[1])}
        else:
            parts = {kind: _clean(value) for kind, value in _parts_of(block, columns, today).items()}
        if not any(parts.values()):
            continue
        if parts.get("co") and not parts.get("kdo") and block.kind == "item" and len(parts) == 1:
            parts["kdo"] = _subject(parts["co"])
        kdy = parts.get("kdy")
        if kdy and dates.no_deadline(kdy, today):
            kdy = None  # "průběžně", "co nejdříve", "nejprve": no deadline (IP-KROK-KDY)
        steps.append(Step(block.line, parts.get("co"), parts.get("kdo"), kdy, _deadline(kdy, today)))
    return steps


def _labelled_many(text: str) -> bool:
    return len(_labelled(text) or {}) >= 2


def _significant(text: str, titles) -> list[str]:
    return [stem(w) for w in words(text) if len(w) > 2 and w not in titles.words and not w.isdigit()]


def known_person(who: str, people_stems: set[str]) -> bool:
    """Is the responsible person or role among the listed people? Each named person must be."""
    table = lexicon.plan_words()
    for person in re.split(r",|\s+a\s+|\s+i\s+|\+|/|&|\s+s\s+", who):
        folded = lexicon.match_text(person)
        if not folded or table["known_people"].search(folded):
            continue
        names = _significant(person, table["titles"])
        if names and not any(name in people_stems for name in names):
            return False
    return True


def people_stems(blocks: list[Block]) -> set[str]:
    titles = lexicon.plan_words()["titles"]
    found: set[str] = set()
    for block in blocks:
        found.update(_significant(" ".join([block.text, *block.cells]), titles))
    return found



_CAPITALISED = re.compile(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\wÁČĎÉĚÍŇÓŘŠŤÚŮÝŽáčďéěíňóřšťúůýž]*")


def _names_a_person(part: str, roles_count: bool) -> bool:
    """Does one part of a `kdo` name somebody: a capitalised name or acronym, or (when it stands
    on its own after "a", "+", …) a role everybody knows ("koordinátorka", "klientka")?"""
    if _CAPITALISED.search(part):
        return True
    return roles_count and bool(lexicon.plan_words()["known_people"].search(lexicon.match_text(part)))


def responsible_people(who: str) -> list[str]:
    """The people a `kdo` names: "Alena Veselá, Lucie Malá" and "OSPOD a SAS" name two.

    A lower-case part after a comma is the previous person's role ("Jakub Hron, podpora bydlení").
    "s" (with) adds a helper, not a second responsible person.
    """
    who = re.sub(r"\([^)]*\)", " ", who)
    people: list[str] = []
    for group in re.split(r"\s+(?:a|i|nebo|či)\s+|\+|&|/|;", who):
        for position, part in enumerate(group.split(",")):
            part = part.strip()
            if part and _names_a_person(part, roles_count=position == 0):
                people.append(part)
    return people


def named_someone(text: str, listed: set[str]) -> bool:
    """Does a sentence say who acts: a listed person, a known role, or a name inside the sentence?"""
    table = lexicon.plan_words()
    if table["known_people"].search(lexicon.match_text(text)):
        return True
    for sentence in re.split(r"[.:;!?]\s+", text):
        for match in _CAPITALISED.finditer(sentence):
            word = match[0]
            if fold(word) in table["titles"].words:
                continue
            if stem(fold(word)) in listed or (match.start() > 0 and len(word) > 1):
                return True
    return False
