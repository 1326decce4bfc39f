"""The trainer's table: one row per plan, as CSV (for Excel) or a self-contained HTML page."""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

from ..judging import SECTION_IDS
from .catalogue import SECTION_NAMES

REQUIRED = SECTION_IDS[:-1]
COLUMNS = [
    ("file", "Plán"),
    ("sections_ok", "Povinné části v pořádku"),
    ("sections_missing", "Chybějící části"),
    ("sections_empty", "Prázdné části"),
    ("goals", "Cíle"),
    ("goals_smart", "Cíle splňující všech 5 písmen SMART"),
    ("errors", "Chyby"),
    ("warnings", "Upozornění"),
    ("note", "Poznámka"),
]


PLAN_SUFFIXES = (".md", ".txt", ".docx", ".odt")


def severity_counts(items: list[dict]) -> dict[str, int]:
    """Findings or feedback items, counted by their severity."""
    counts = {"errors": 0, "warnings": 0, "infos": 0}
    for item in items:
        counts[{"error": "errors", "warning": "warnings", "info": "infos"}[item["severity"]]] += 1
    return counts


def shown_counts(result: dict) -> dict[str, int]:
    """Errors, warnings and notes as the trainee reads them: the feedback items, by their severity."""
    return severity_counts(result.get("feedback", []))


def collect(inputs: list[str]) -> list[Path]:
    """Plans named directly, and every plan file (.md .txt .docx .odt) inside named folders, in a stable order."""
    files: list[Path] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            # Word's lock files ("~$plan.docx") sit beside an open document and are no plans.
            files.extend(sorted(
                p for p in path.iterdir()
                if p.suffix.lower() in PLAN_SUFFIXES and p.is_file() and not p.name.startswith("~$")
            ))
        else:
            files.append(path)
    return files


def row(result: dict) -> dict:
    sections = result["sections"]
    return {
        "file": result["file"],
        "sections_ok": f"{sum(sections[s] == 'ok' for s in REQUIRED)}/{len(REQUIRED)}",
        "sections_missing": ", ".join(SECTION_NAMES[s] for s in REQUIRED if sections[s] == "missing"),
        "sections_empty": ", ".join(SECTION_NAMES[s] for s in REQUIRED if sections[s] == "empty"),
        "goals": len(result["goals"]),
        "goals_smart": sum(all(goal["smart"].values()) for goal in result["goals"]),
        # What the trainee sees: one item per goal, not one per SMART letter.
        "errors": shown_counts(result)["errors"],
        "warnings": shown_counts(result)["warnings"],
        "note": "",
    }


def rows(results: list[dict], problems: list[tuple[str, str]] = ()) -> list[dict]:
    table = [row(result) for result in results]
    for name, message in problems:
        table.append({key: "" for key, _ in COLUMNS} | {"file": name, "errors": 0, "warnings": 0, "note": message})
    return table


# A cell starting with one of these is a formula to Excel and LibreOffice (a file name such as
# "=HYPERLINK(...).md" would run); OWASP's advice is to prefix such a cell with an apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    """A CSV cell that a spreadsheet shows as text, never evaluates."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(table: list[dict]) -> str:
    # Semicolons, because Czech Excel opens comma-separated files as one column.
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([title for _, title in COLUMNS])
    for item in table:
        writer.writerow([csv_cell(item[key]) for key, _ in COLUMNS])
    return buffer.getvalue()


def to_html(table: list[dict], exercise: str | None = None) -> str:
    head = "".join(f"<th scope=\"col\">{html.escape(title)}</th>" for _, title in COLUMNS)
    body = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(str(item[key]))}</td>" for key, _ in COLUMNS) + "</tr>" for item in table
    )
    subtitle = f"<p>Cvičení: {html.escape(exercise)}</p>" if exercise else ""
    return f"""<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Přehled individuálních plánů</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #767676; padding: .4rem .6rem; text-align: left; vertical-align: top; }}
th {{ background: #e8eef6; }}
caption {{ text-align: left; font-weight: bold; margin-bottom: .5rem; }}
@media print {{ body {{ margin: 0; }} }}
</style>
</head>
<body>
<h1>Přehled individuálních plánů</h1>
{subtitle}
<table>
<caption>Výsledky kontroly: {len(table)} plánů</caption>
<thead><tr>{head}</tr></thead>
<tbody>
{body}
</tbody>
</table>
</body>
</html>
"""
