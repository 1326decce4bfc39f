"""The people, places and goals that examples in feedback speak of.

An exercise names them in its `[names]` table, so paní Alena's feedback suggests paní Alena
and her case managerka, never somebody from another case. Without an exercise the examples
stay neutral ("klient", "koordinátorka podpory").
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class CaseNames:
    client: str = "klient"  # as the plan addresses the client: "paní Alena", "pan Josef"
    client_full: str = "klient"  # first name and surname, as in the persons section
    worker: str = "koordinátorka podpory"  # who coordinates the plan, in the nominative
    worker_dative: str = "koordinátorce podpory"  # the same person after "řekne …"
    worker_role: str = ""  # "case managerka"; empty when `worker` is already a role
    institution: str = "obecní úřad"
    step: str = "domluvit termín schůzky na obecním úřadě"  # a step of the case, infinitive
    # Concrete goals of the case, infinitive ("podat žádost o obecní byt"); feedback picks the
    # one closest to a weak goal.
    goals: tuple[str, ...] = (
        "podat žádost o příspěvek na bydlení",
        "podepsat splátkový kalendář na dluh za nájemné",
        "zaregistrovat se na úřadu práce",
        "mít domluvenou první návštěvu u praktického lékaře",
    )

    def words(self) -> dict[str, str]:
        """The names for str.format; "Client"/"Worker" are capitalised to open a sentence."""
        found = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "goals"}
        found["Client"] = capitalised(self.client)
        found["Worker"] = capitalised(self.worker)
        found["worker_with_role"] = f"{self.worker}, {self.worker_role}" if self.worker_role else self.worker
        return found


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


NEUTRAL = CaseNames()
FIELDS = {f.name for f in fields(CaseNames)}


def from_table(table: dict) -> CaseNames:
    """CaseNames from an exercise's `[names]` table (already validated); missing keys stay neutral."""
    values = {key: (tuple(value) if key == "goals" else value) for key, value in table.items()}
    return CaseNames(**values)


def problems(table) -> str | None:
    """What is wrong with a `[names]` table, in Czech, or None."""
    if not isinstance(table, dict):
        return "„names“ musí být tabulka"
    for key, value in table.items():
        if key not in FIELDS:
            return f"neznámé pole „names.{key}“"
        if key == "goals":
            if not isinstance(value, list) or not value or not all(isinstance(g, str) and g.strip() for g in value):
                return "„names.goals“ musí být neprázdný seznam textů"
        elif not isinstance(value, str) or (not value.strip() and key != "worker_role"):
            return f"„names.{key}“ musí být neprázdný text"
    return None
