"""A finding is data: the rule's stable code, its severity, where it is, and what the message needs to say.

The Czech words are made from these fields by feedback/messages.py, never here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"
INFO = "info"

SEVERITY = {
    "IP-SEKCE-CHYBI": ERROR,
    "IP-SEKCE-PRAZDNA": ERROR,
    "IP-DALSI-PK": INFO,
    "IP-DATUM": INFO,
    "IP-CIL-S": ERROR,
    "IP-CIL-M": ERROR,
    "IP-CIL-A": ERROR,
    "IP-CIL-R": ERROR,
    "IP-CIL-T": ERROR,
    "IP-CILE-ZADNE": ERROR,
    "IP-CILE-BEZ-KROKU": WARNING,
    "IP-KROK-PO-CILI": WARNING,
    "IP-KROK-CO": ERROR,
    "IP-KROK-KDO": ERROR,
    "IP-KROK-KDY": ERROR,
    "IP-KROK-OSOBA": WARNING,
    "IP-KROK-TERMIN": WARNING,
    "IP-KROKY-ZADNE": ERROR,
    "IP-KROK-VICE-OSOB": WARNING,
    "IP-RIZIKO-PLANB": WARNING,
    "IP-RIZIKO-KDO-KDY": WARNING,
    "IP-ZPETNA-VAZBA": WARNING,
    "IP-VYHODNOCENI": WARNING,
    "IP-OSOBNI-UDAJE": WARNING,
    "CV-ROLE": ERROR,
    "CV-TEMA": ERROR,
}


@dataclass
class Finding:
    rule: str
    line: int | None
    section: str | None = None  # the section a section finding is about
    goal: int | None = None  # index into the plan's goals, for a goal's SMART letters
    detail: str | None = None  # why: a SMART reason, a missing step part, …; feedback groups on it
    subject: str | None = None  # the goal, step or risk it is about, as written
    value: str | None = None  # what was found: the step's kdo or kdy, the exercise's role or topic
    day: dt.date | None = None  # the date that matters: a goal's deadline, the limit a step passes

    @property
    def severity(self) -> str:
        return SEVERITY[self.rule]
