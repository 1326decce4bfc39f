"""Exercise definitions: one TOML file per exercise in `exercises/`.

An exercise file holds the case, the task, the plan date, its own checks, a starter
template and a model answer. The checker needs only the checks; the site uses the rest.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from .text import parse_iso

REQUIRED_FIELDS = {
    "id": str,
    "title": str,
    "case": str,
    "task": str,
    "date": str,
    "template": str,
    "model_answer": str,
}
OPTIONAL_FIELDS = {"hints": list, "checks": dict, "summary": str, "names": dict}


# The people, places and goals that examples in feedback speak of. An exercise names them in its
# `[names]` table, so paní Alena's feedback suggests paní Alena and her case managerka, never somebody
# from another case; without an exercise the examples stay neutral.

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
NAME_FIELDS = {f.name for f in fields(CaseNames)}


def names_from_table(table: dict) -> CaseNames:
    """CaseNames from an exercise's `[names]` table (already validated); missing keys stay neutral."""
    values = {key: (tuple(value) if key == "goals" else value) for key, value in table.items()}
    return CaseNames(**values)


def names_problems(table) -> str | None:
    """What is wrong with a `[names]` table, in Czech, or None."""
    if not isinstance(table, dict):
        return "„names“ musí být tabulka"
    for key, value in table.items():
        if key not in NAME_FIELDS:
            return f"neznámé pole „names.{key}“"
        if key == "goals":
            if not isinstance(value, list) or not value or not all(isinstance(g, str) and g.strip() for g in value):
                return "„names.goals“ musí být neprázdný seznam textů"
        elif not isinstance(value, str) or (not value.strip() and key != "worker_role"):
            return f"„names.{key}“ musí být neprázdný text"
    return None


class ExerciseError(ValueError):
    """An exercise file or id that cannot be used; the message is Czech and user-facing."""


@dataclass(frozen=True)
class Requirement:
    name: str  # what the trainee reads, e.g. "OSPOD"
    match: tuple[str, ...]  # words or phrases any of which satisfies it


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    case: str
    task: str
    date: str
    template: str
    model_answer: str
    hints: tuple[str, ...] = ()
    summary: str = ""
    roles: tuple[Requirement, ...] = field(default_factory=tuple)
    topics: tuple[Requirement, ...] = field(default_factory=tuple)
    # The people and goals of the case that feedback examples speak of.
    names: CaseNames = NEUTRAL


def exercises_dir() -> Path:
    """The folder with exercise files: $PLANLINT_EXERCISES, else beside the package, else the repo's."""
    configured = os.environ.get("PLANLINT_EXERCISES")
    if configured:
        return Path(configured)
    bundled = Path(__file__).with_name("exercises")
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[2] / "exercises"


def _requirements(raw, where: str) -> tuple[Requirement, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ExerciseError(f"{where}: očekávám seznam položek s poli „name“ a „match“.")
    found = []
    for index, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ExerciseError(f"{where}, položka {index}: chybí text v poli „name“.")
        match = item.get("match", [item["name"]])
        if not isinstance(match, list) or not match or not all(isinstance(m, str) and m.strip() for m in match):
            raise ExerciseError(f"{where}, položka {index}: „match“ musí být neprázdný seznam slov.")
        found.append(Requirement(item["name"], tuple(match)))
    return tuple(found)


def parse_exercise(data: dict, source: str = "cvičení") -> Exercise:
    """Validate a decoded exercise file and turn it into an Exercise; errors name the field."""
    if not isinstance(data, dict):
        raise ExerciseError(f"{source}: soubor cvičení musí být tabulka TOML.")
    for name, kind in REQUIRED_FIELDS.items():
        value = data.get(name)
        if not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
            raise ExerciseError(f"{source}: chybí nebo je prázdné povinné pole „{name}“.")
    for name, kind in OPTIONAL_FIELDS.items():
        if name in data and not isinstance(data[name], kind):
            raise ExerciseError(f"{source}: pole „{name}“ má špatný typ.")
    unknown = set(data) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS)
    if unknown:
        raise ExerciseError(f"{source}: neznámé pole „{sorted(unknown)[0]}“.")
    if parse_iso(data["date"]) is None:
        raise ExerciseError(f"{source}: pole „date“ musí být datum ve tvaru RRRR-MM-DD.")
    checks = data.get("checks", {})
    unknown_checks = set(checks) - {"roles", "topics"}
    if unknown_checks:
        raise ExerciseError(f"{source}: neznámá kontrola „checks.{sorted(unknown_checks)[0]}“.")
    names_problem = names_problems(data.get("names", {}))
    if names_problem:
        raise ExerciseError(f"{source}: {names_problem}.")
    hints = tuple(data.get("hints", ()))
    if not all(isinstance(h, str) for h in hints):
        raise ExerciseError(f"{source}: „hints“ musí být seznam textů.")
    return Exercise(
        id=data["id"],
        title=data["title"],
        case=data["case"],
        task=data["task"],
        date=data["date"],
        template=data["template"],
        model_answer=data["model_answer"],
        hints=hints,
        summary=data.get("summary", ""),
        roles=_requirements(checks.get("roles"), f"{source}: checks.roles"),
        topics=_requirements(checks.get("topics"), f"{source}: checks.topics"),
        names=names_from_table(data.get("names", {})),
    )


def load_file(path: Path) -> Exercise:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ExerciseError(f"{path.name}: soubor není platný TOML ({exc}).") from None
    exercise = parse_exercise(data, path.name)
    if exercise.id != path.stem:
        raise ExerciseError(f"{path.name}: „id“ ({exercise.id}) se musí shodovat s názvem souboru.")
    return exercise


def all_exercises(folder: Path | None = None) -> list[Exercise]:
    folder = folder or exercises_dir()
    return [load_file(path) for path in sorted(folder.glob("*.toml"))]


def load(exercise_id: str, folder: Path | None = None) -> Exercise:
    folder = folder or exercises_dir()
    path = folder / f"{exercise_id}.toml"
    if not exercise_id.replace("-", "").replace("_", "").isalnum() or not path.is_file():
        raise ExerciseError(f"Cvičení „{exercise_id}“ neznám. Zkontrolujte jeho označení.")
    return load_file(path)
