"""No input, however odd, makes the checker raise; the command answers bad input in Czech."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planlint

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "tests/data/shared-examples/plans"
MARKDOWN_PIECES = st.sampled_from([
    "# ", "## ", "### ", "1. ", "- ", "* ", "> ", "| ", " | ", "|---|---|\n", "\n", "\n\n", "```\n", "    ",
    "Cíle", "Kroky", "Rizika", "Co:", "Kdo:", "Do kdy:", "Datum:", "Souhlas klienta:", " – ", "do 31. 2. 2025",
    "do 30. 6.", "během 3 měsíců", "0. 0. 0000", "99. 99. 9999", "2025-13-45", "<script>", "**", "_", "[x](y)",
    "===\n", "---\n", "\t", "\u00a0", "\u200b", "\ud7ff", "ěščřžýáíé", "Zakladni informace", "chce", "musí",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises(text):
    result = planlint.check_text(text, date="2025-03-01")
    json.dumps(result, ensure_ascii=False)
    assert set(result["sections"].values()) <= {"ok", "empty", "missing"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MARKDOWN_PIECES, st.text(max_size=30)), max_size=120))
def test_markdown_like_text_never_raises(pieces):
    text = "".join(pieces)
    result = planlint.check_text(text)
    for goal in result["goals"]:
        assert goal["line"] >= 1
    planlint.check_goal(text, date="2025-03-01")


def run(*args, stdin: bytes | None = None):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools")}
    return subprocess.run(
        [sys.executable, "-m", "planlint", *args], input=stdin, capture_output=True, env=env, timeout=60
    )


def assert_czech_one_liner(done, code):
    assert done.returncode == code, done.stderr
    message = done.stderr.decode("utf-8")
    assert "Traceback" not in message
    assert message.count("\n") == 1 and any(ch in message for ch in "ěščřžýáíéůú"), message


def test_binary_file(tmp_path):
    path = tmp_path / "obrazek.md"
    path.write_bytes(bytes(range(256)) * 10)
    assert_czech_one_liner(run("check", str(path)), 2)


def test_nul_bytes(tmp_path):
    path = tmp_path / "plan.md"
    path.write_bytes(b"# Cile\n\n\x00\x00- chce\n")
    assert_czech_one_liner(run("check", str(path)), 2)


def test_over_the_size_limit(tmp_path):
    path = tmp_path / "velky.md"
    path.write_text("## Cíle\n\n" + "- Klient chce do 31. 3. 2025 podat žádost.\n" * 6000, encoding="utf-8")
    assert path.stat().st_size > 250_000
    done = run("check", str(path))
    assert_czech_one_liner(done, 2)
    assert "200 kB" in done.stderr.decode()


def test_empty_file_is_checked_and_fails(tmp_path):
    path = tmp_path / "prazdny.md"
    path.write_bytes(b"")
    done = run("check", str(path), "--format", "json", "--date", "2025-03-01")
    assert done.returncode == 1
    result = json.loads(done.stdout)
    assert result["sections"]["cile"] == "missing"


def test_missing_file():
    done = run("check", "neexistuje.md")
    assert_czech_one_liner(done, 2)
    assert "neexistuje" in done.stderr.decode()


def test_text_that_is_in_no_czech_encoding(tmp_path):
    path = tmp_path / "cizi.md"
    path.write_bytes(bytes(range(0x80, 0xA0)) * 20)
    done = run("check", str(path))
    assert_czech_one_liner(done, 2)
    assert "UTF-8" in done.stderr.decode()


def test_bad_option_and_bad_date_and_unknown_exercise():
    assert_czech_one_liner(run("check", "--nesmysl"), 2)
    assert_czech_one_liner(run("goal", "Cíl", "--date", "31. 3. 2025"), 2)
    assert_czech_one_liner(run("check", "-", "--exercise", "neni-takove", stdin=b"# Plan"), 2)


def test_stdin_and_json_shape():
    plan = (EXAMPLES / "dobry-plan.md").read_bytes()
    done = run("check", "-", "--format", "json", stdin=plan)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    # The contract's keys in its order; the grouped feedback is an addition after them.
    assert list(result) == ["file", "date", "sections", "goals", "steps", "findings", "summary", "feedback", "start_here"]
    assert result["feedback"] == [] and result["start_here"] == []
    assert result["file"] == "-" and result["summary"] == {"errors": 0, "warnings": 0, "infos": 0}


def test_several_plans_give_an_array_and_error_exit():
    examples = EXAMPLES
    done = run("check", str(examples / "dobry-plan.md"), str(examples / "chybejici-casti.md"), "--format", "json",
               "--date", "2025-03-01")
    assert done.returncode == 1
    results = json.loads(done.stdout)
    assert [Path(r["file"]).name for r in results] == ["dobry-plan.md", "chybejici-casti.md"]


def test_goal_command_json():
    done = run("goal", "Zlepšit situaci klienta.", "--date", "2025-02-01", "--format", "json")
    result = json.loads(done.stdout)
    assert result["smart"] == {"S": False, "M": False, "A": False, "R": True, "T": False}
    assert {f["rule"] for f in result["findings"]} == {"IP-CIL-S", "IP-CIL-M", "IP-CIL-A", "IP-CIL-T"}
    assert all(f["line"] is None for f in result["findings"])


def test_report_html_and_csv(tmp_path):
    examples = EXAMPLES
    (tmp_path / "rozbity.md").write_bytes(b"\x00\x01")
    html_out, csv_out = tmp_path / "prehled.html", tmp_path / "prehled.csv"
    assert run("report", str(examples), str(tmp_path / "rozbity.md"), "--out", str(html_out)).returncode == 1
    page = html_out.read_text(encoding="utf-8")
    assert '<html lang="cs">' in page and "dobry-plan.md" in page and "9/9" in page
    assert "http" not in page  # opens offline: nothing to fetch
    assert "není textový" in page
    run("report", str(examples), "--out", str(csv_out))
    lines = csv_out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Plán;Povinné části v pořádku")
    rows = {line.split(";")[0]: line for line in lines[1:]}
    assert rows["dobry-plan.md"].startswith("dobry-plan.md;9/9;;;3;3;0;0")
    assert rows["dobry-plan-z-wordu.txt"].startswith("dobry-plan-z-wordu.txt;9/9;;;3;3;0;0")


def test_report_refuses_unknown_output_type(tmp_path):
    assert_czech_one_liner(run("report", str(tmp_path), "--out", str(tmp_path / "x.pdf")), 2)


# --- bounds: each hostile file reaches one guard, in a fresh process (issue 21) -----------------

_READ_ONE = """
import resource, sys, time
sys.path.insert(0, sys.argv[2])
import planlint
started = time.perf_counter()
try:
    text = planlint.read_bytes(open(sys.argv[1], "rb").read(), sys.argv[1])
    outcome = "text"
except planlint.InputError as error:
    outcome = "refused: " + str(error)
print(outcome)
print(round(time.perf_counter() - started, 2), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _read_in_fresh_process(tmp_path, name: str, data: bytes) -> tuple[str, float, int]:
    """(outcome, seconds, peak MB): the timeout is generous; the figures are reported, not asserted."""
    path = tmp_path / name
    path.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-c", _READ_ONE, str(path), str(ROOT / "tools")], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    outcome, figures = done.stdout.strip().rsplit("\n", 1)
    seconds, megabytes = figures.split()
    print(f"{name}: {seconds} s, {megabytes} MB peak")
    return outcome, float(seconds), int(megabytes)


def _hostile():
    sys.path.insert(0, str(Path(__file__).parent))
    from hostile_files import HOSTILE

    return HOSTILE


@pytest.mark.parametrize("name, reason", [
    ("expanding.docx", "se po rozbalení nevejde do 10 MB"),
    ("deep.docx", "příliš hluboko vnořené"),
    ("deeply-nested-tables.odt", "příliš hluboko vnořené"),
    ("unclosed-styles.docx", "je poškozený"),
])
def test_a_hostile_office_file_is_refused_in_czech_at_its_bound(tmp_path, name, reason):
    outcome, _, _ = _read_in_fresh_process(tmp_path, name, _hostile()[name]())
    assert outcome.startswith("refused: ") and reason in outcome


def test_tables_nested_within_the_depth_bound_are_read(tmp_path):
    outcome, _, _ = _read_in_fresh_process(tmp_path, "nested-tables.odt", _hostile()["nested-tables.odt"]())
    assert outcome == "text"


@pytest.mark.parametrize("paragraph", ["](" * 60_000, "<" * 100_000, "[x](" * 40_000, "Cíle " + "1 " * 50_000],
                         ids=["link-openers", "angle-brackets", "unclosed-links", "numbers"])
def test_a_paragraph_of_repeated_markup_is_read_in_linear_time(tmp_path, paragraph):
    source = f"## Situace\n\n{paragraph}\n"
    done = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); from planlint.reading import blocks_of;"
         "print(len(blocks_of(sys.stdin.read(), lambda text: (None, 0))))", str(ROOT / "tools")],
        input=source, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0 and int(done.stdout) == 2


def test_a_pasted_table_longer_than_any_plan_keeps_its_rows_as_text():
    from planlint.reading.pasted import MAX_TABLE_ROWS

    rows = [f"Krok {n}\tAlena\t30. 6. 2025" for n in range(MAX_TABLE_ROWS + 50)]
    text = "Kroky\nCo\tKdo\tDo kdy\n" + "\n".join(rows) + "\n"
    from planlint.judging.sections import document

    blocks = document(text).sections["kroky"].blocks
    assert sum(block.kind == "row" for block in blocks) == MAX_TABLE_ROWS - 1
    assert blocks[-1].kind == "paragraph" and blocks[-1].text.startswith(f"Krok {MAX_TABLE_ROWS + 49}")
