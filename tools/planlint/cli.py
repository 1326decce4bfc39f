"""Command line: `python -m planlint check|goal|report …` (shared/spec/planlint-contract.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .api import InputError, check_goal, check_text, resolve_date, resolve_exercise
from .feedback import report
from .reading import MAX_DOCUMENT_BYTES, read_bytes

EXIT_OK, EXIT_ERRORS, EXIT_UNUSABLE = 0, 1, 2
SEVERITY_CS = {"error": "chyba", "warning": "upozornění", "info": "poznámka"}
SECTION_STATUS_CS = {"ok": "v pořádku", "empty": "prázdná", "missing": "chybí"}


class UsageError(Exception):
    pass


class CzechParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print English usage and exit 2
        raise UsageError(message)


def read_plan(name: str) -> str:
    """The plan's text (any format planlint reads); InputError with a Czech sentence when it cannot be used."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
        else:
            path = Path(name)
            if path.is_dir():
                raise InputError(f"„{name}“ je složka, ne soubor s plánem.")
            with path.open("rb") as handle:
                data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"Soubor „{name}“ neexistuje. Zkontrolujte název a cestu.") from None
    except PermissionError:
        raise InputError(f"Soubor „{name}“ nelze otevřít: chybí oprávnění ke čtení.") from None
    except OSError as error:
        raise InputError(f"Soubor „{name}“ nelze přečíst ({error.strerror or 'chyba čtení'}).") from None
    return read_bytes(data, name)


def _format_check_text(result: dict) -> str:
    lines = [f"Plán: {result['file']} (posuzováno k {result['date']})", "Části plánu:"]
    for section, status in result["sections"].items():
        lines.append(f"  {section}: {SECTION_STATUS_CS[status]}")
    for goal in result["goals"]:
        letters = " ".join(letter if ok else "·" for letter, ok in goal["smart"].items())
        lines.append(f"Cíl na řádku {goal['line']}: [{letters}] {goal['text']}")
    lines.append(f"Kroků: {len(result['steps'])}")
    if result["start_here"]:
        lines.append("Začněte tady:")
        lines += [f"  {number}. {point['text']}" for number, point in enumerate(result["start_here"], start=1)]
    if result["feedback"]:
        lines.append("Co upravit:")
        lines += [_format_item(item) for item in result["feedback"]]
    summary = report.shown_counts(result)
    lines.append(f"Celkem: chyby {summary['errors']}, upozornění {summary['warnings']}, poznámky {summary['infos']}")
    return "\n".join(lines)


def _format_item(item: dict) -> str:
    where = f"řádek {', '.join(map(str, item['lines']))}: " if item["lines"] else ""
    return f"- {SEVERITY_CS[item['severity']]}: {where}{item['message']} (viz {item['help']})"


def _format_goal_text(result: dict) -> str:
    lines = [" ".join(f"{letter}:{'ano' if ok else 'ne'}" for letter, ok in result["smart"].items())]
    lines += [_format_item(item) for item in result["feedback"]]
    return "\n".join(lines)


def _cmd_check(args) -> int:
    date, exercise = resolve_date(args.date), resolve_exercise(args.exercise)
    results, unusable = [], False
    for name in args.plans:
        try:
            results.append(check_text(read_plan(name), date=date, exercise=exercise, file=name))
        except InputError as error:
            print(error, file=sys.stderr)
            unusable = True
    if args.format == "json":
        payload = results[0] if len(args.plans) == 1 and results else results
        if results:
            print(json.dumps(payload, ensure_ascii=False, indent=2))
    elif results:
        print("\n\n".join(_format_check_text(result) for result in results))
    if unusable:
        return EXIT_UNUSABLE
    return EXIT_ERRORS if any(result["summary"]["errors"] for result in results) else EXIT_OK


def _cmd_goal(args) -> int:
    result = check_goal(args.text, date=resolve_date(args.date))
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(_format_goal_text(result))
    return EXIT_OK if all(result["smart"].values()) else EXIT_ERRORS


def _cmd_report(args) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".html", ".csv"):
        raise InputError("Výstup --out musí končit .html nebo .csv, např. --out prehled.html.")
    date, exercise = resolve_date(args.date), resolve_exercise(args.exercise)
    files = report.collect(args.inputs)
    if not files:
        raise InputError("Nenašel jsem žádný plán (.md, .txt, .docx nebo .odt). Zadejte soubory nebo složku s plány.")
    results, problems = [], []
    for path in files:
        try:
            results.append(check_text(read_plan(str(path)), date=date, exercise=exercise, file=path.name))
        except InputError as error:
            problems.append((path.name, str(error)))
    rows = report.rows(results, problems)
    try:
        if out.suffix.lower() == ".csv":
            out.write_text(report.to_csv(rows), encoding="utf-8-sig", newline="")
        else:
            out.write_text(report.to_html(rows, exercise=args.exercise), encoding="utf-8")
    except OSError as error:
        raise InputError(f"Přehled nelze uložit do „{out}“ ({error.strerror or 'chyba zápisu'}).") from None
    print(f"Přehled {len(rows)} plánů je uložený v {out}.")
    return EXIT_ERRORS if any(row["errors"] for row in rows) else EXIT_OK


def build_parser() -> CzechParser:
    parser = CzechParser(prog="python -m planlint", description="Kontrola individuálních plánů (Síť podpory).")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=CzechParser)
    check = commands.add_parser("check", help="zkontroluje plán (nebo více plánů)")
    check.add_argument("plans", nargs="+", metavar="PLAN.md")
    check.add_argument("--exercise")
    check.add_argument("--date")
    check.add_argument("--format", choices=("text", "json"), default="text")
    goal = commands.add_parser("goal", help="posoudí jeden cíl podle SMART")
    goal.add_argument("text")
    goal.add_argument("--date")
    goal.add_argument("--format", choices=("text", "json"), default="text")
    rep = commands.add_parser("report", help="přehled plánů pro lektora (HTML nebo CSV)")
    rep.add_argument("inputs", nargs="+", metavar="SLOŽKA_NEBO_SOUBOR")
    rep.add_argument("--exercise")
    rep.add_argument("--date")
    rep.add_argument("--out", required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        print(
            f"Příkazu nerozumím ({error}). Použití: python -m planlint check PLAN.md | goal \"TEXT\" | report SLOŽKA --out prehled.html",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    try:
        return {"check": _cmd_check, "goal": _cmd_goal, "report": _cmd_report}[args.command](args)
    except InputError as error:
        print(error, file=sys.stderr)
        return EXIT_UNUSABLE
    except Exception:  # the contract: no traceback, ever
        print("Při kontrole nastala neočekávaná chyba. Pošlete prosím plán autorům webu.", file=sys.stderr)
        return EXIT_UNUSABLE
