"""Exercise files: valid, one per case study, model answers pass, templates fail; the build's
exercise pages and the browser archive are made from them."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import planlint
from planlint.exercises import ExerciseError, load_file
from planlint.feedback.catalogue import SECTION_NAMES
from planlint_browser import BY_ID, EXERCISE_IDS, EXERCISES, ROOT
from sitebuild import exercise_pages, pyodide_assets

CASES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs/kazuistiky").glob("*.md") if p.name != "index.md")
REQUIRED_SECTIONS = [s for s in SECTION_NAMES if s != "dalsi_pk"]


def test_every_case_study_has_an_exercise():
    assert sorted({e.case for e in EXERCISES}) == CASES


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_model_answer_follows_the_sites_own_advice(exercise_id):
    """0 errors and 0 warnings: one person per step, alternatives that say who and when."""
    exercise = BY_ID[exercise_id]
    result = planlint.check_text(exercise.model_answer, exercise=exercise_id)
    assert result["summary"]["errors"] == 0, [f["message"] for f in result["findings"] if f["severity"] == "error"]
    assert result["summary"]["warnings"] == 0, [f["message"] for f in result["findings"] if f["severity"] == "warning"]
    assert result["feedback"] == [] and result["start_here"] == []
    assert result["date"] == exercise.date, "the model answer is dated like the exercise"
    assert all(result["sections"][s] == "ok" for s in SECTION_NAMES)
    assert result["goals"] and all(all(g["smart"].values()) for g in result["goals"])


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_starter_template_fails_but_has_all_ten_headings(exercise_id):
    result = planlint.check_text(BY_ID[exercise_id].template, exercise=exercise_id)
    assert result["summary"]["errors"] >= len(REQUIRED_SECTIONS)
    assert {result["sections"][s] for s in SECTION_NAMES} == {"empty"}, "every heading is there, every body is a placeholder"
    assert "Doplňte" in BY_ID[exercise_id].template


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_exercise_checks_are_its_own(exercise_id):
    """The model answer meets the exercise's roles and topics; without them it would not."""
    exercise = BY_ID[exercise_id]
    assert exercise.roles or exercise.topics
    general = planlint.check_text(exercise.template)
    specific = planlint.check_text(exercise.template, exercise=exercise_id)
    added = {f["rule"] for f in specific["findings"]} - {f["rule"] for f in general["findings"]}
    assert added <= {"CV-ROLE", "CV-TEMA"} and added


def _write(folder: Path, name: str, data: str) -> Path:
    path = folder / name
    path.write_text(data, encoding="utf-8")
    return path


def _valid_toml() -> str:
    return (ROOT / "exercises/rodina-aleny.toml").read_text(encoding="utf-8")


def test_exercise_without_a_required_field_is_refused_naming_the_field(tmp_path):
    broken = _valid_toml().replace('task = """', 'ukol = """', 1)
    path = _write(tmp_path, "rodina-aleny.toml", broken)
    with pytest.raises(ExerciseError) as error:
        load_file(path)
    message = str(error.value)
    assert "rodina-aleny.toml" in message and "„task“" in message and "chybí" in message


def test_exercise_with_a_bad_date_is_refused_naming_the_field(tmp_path):
    path = _write(tmp_path, "rodina-aleny.toml", _valid_toml().replace('date = "2025-03-10"', 'date = "10. 3. 2025"'))
    with pytest.raises(ExerciseError, match="„date“.*RRRR-MM-DD"):
        load_file(path)


def test_build_stops_with_a_czech_message_on_a_broken_exercise(tmp_path, monkeypatch, capsys):
    _write(tmp_path, "rodina-aleny.toml", _valid_toml().replace('title = "', 'titulek = "', 1))
    monkeypatch.setattr(exercise_pages, "EXERCISES", tmp_path)
    monkeypatch.setattr(exercise_pages, "PAGES", tmp_path / "out")
    with pytest.raises(SystemExit) as stop:
        exercise_pages.build_step()
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert "Chyba v souboru cvičení rodina-aleny.toml" in err and "„title“" in err
    assert not (tmp_path / "out").exists(), "nothing is generated from a broken exercise"


def test_build_refuses_an_exercise_whose_case_page_does_not_exist(tmp_path, monkeypatch):
    _write(tmp_path, "rodina-aleny.toml", _valid_toml().replace("kazuistiky/rodina-aleny.md", "kazuistiky/neni.md"))
    monkeypatch.setattr(exercise_pages, "EXERCISES", tmp_path)
    with pytest.raises(exercise_pages.BuildError, match="„case“.*kazuistiky/neni.md"):
        exercise_pages.generate()


def test_every_drill_goal_misses_a_letter_on_its_case_date():
    goals = exercise_pages.load_drill(set(EXERCISE_IDS))
    assert len(goals) >= len(EXERCISE_IDS)
    assert {g.exercise for g in goals} == set(EXERCISE_IDS), "weak goals come from every case study"
    for goal in goals:
        smart = planlint.check_goal(goal.text, date=BY_ID[goal.exercise].date)["smart"]
        assert not all(smart.values()), f"drill goal already meets SMART: {goal.text}"


def test_generated_pages_are_git_ignored():
    for path in ("docs/cviceni/index.md", "docs/cviceni/rodina-aleny.md", "docs/cviceni/cile-smart.md"):
        ignored = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT)
        assert ignored.returncode == 0, f"{path} is not git-ignored"


def test_site_has_an_exercise_page_per_exercise_and_an_index(site_dir):
    index = (site_dir / "cviceni/index.html").read_text(encoding="utf-8")
    for exercise in EXERCISES:
        page = (site_dir / "cviceni" / exercise.id / "index.html").read_text(encoding="utf-8")
        assert f'data-exercise="{exercise.id}"' in page
        assert 'role="status"' in page and 'lang="cs"' in page
        assert f'href="{exercise.id}/"' in index
    assert (site_dir / "cviceni/cile-smart/index.html").exists()
    assert (site_dir / "cviceni/pro-lektory/index.html").exists()


def test_content_pages_do_not_load_the_checker(site_dir):
    for page in ("index.html", "casework/individualni-plan/index.html", "kazuistiky/rodina-aleny/index.html"):
        html = (site_dir / page).read_text(encoding="utf-8")
        assert "planlint/" not in html and "pyodide" not in html


def test_archive_holds_planlint_its_dependencies_and_the_exercises(site_dir):
    archive = site_dir / pyodide_assets.archive_name()
    assert archive.exists(), "the build writes the archive under its content-hashed name"
    with zipfile.ZipFile(archive) as bundle:
        names = set(bundle.namelist())
    assert {"planlint/__init__.py", "planlint/api.py", "markdown_it/__init__.py", "mdurl/__init__.py"} <= names
    assert {f"planlint/exercises/{i}.toml" for i in EXERCISE_IDS} <= names
    # Bytecode only for Pyodide's own Python (it makes the browser's import faster), each beside its source.
    lock = json.loads((pyodide_assets.PYODIDE_SRC / "pyodide-lock.json").read_text(encoding="utf-8"))
    tag = "cpython-" + "".join(lock["info"]["python"].split(".")[:2])
    bytecode = [n for n in names if n.endswith(".pyc")]
    assert "planlint/judging/__pycache__/plan." + tag + ".pyc" in bytecode
    for name in bytecode:
        folder, _, file = name.rpartition("/__pycache__/")
        assert file.endswith(f".{tag}.pyc"), name
        assert f"{folder}/{file.split('.')[0]}.py" in names, name


def test_archive_alone_checks_a_plan(site_dir, tmp_path):
    """Unpacked next to nothing but the standard library (as in Pyodide), planlint works."""
    with zipfile.ZipFile(site_dir / pyodide_assets.archive_name()) as bundle:
        bundle.extractall(tmp_path)
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import planlint, markdown_it;"
        "from planlint.exercises import exercises_dir;"
        "assert planlint.__file__.startswith(sys.argv[1]) and markdown_it.__file__.startswith(sys.argv[1]);"
        "assert exercises_dir().is_relative_to(sys.argv[1]);"
        "r = planlint.check_text(sys.stdin.read(), exercise='rodina-aleny'); print(r['summary']['errors'])"
    )
    done = subprocess.run(
        [sys.executable, "-S", "-c", script, str(tmp_path)],
        input=BY_ID["rodina-aleny"].model_answer, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


def test_pyodide_is_served_locally_with_ordinary_file_types_and_no_packages(site_dir):
    folder = site_dir / pyodide_assets.pyodide_dir()
    names = {p.name for p in folder.iterdir()}
    assert names == {name for _, name in pyodide_assets.PYODIDE_FILES}
    assert all(name.endswith((".js", ".gz")) for name in names), "no .mjs or .wasm: every host knows .js and .gz"
    wasm = gzip.decompress((folder / "pyodide.asm.wasm.gz").read_bytes())
    assert wasm[:4] == b"\0asm"
    page = (site_dir / "cviceni/rodina-aleny/index.html").read_text(encoding="utf-8")
    assert '"lock":{"info":' in page and '"packages":{}' in page, "Pyodide gets a lock file that lists no packages"


def test_stdlib_archive_is_trimmed_but_keeps_what_documents_and_encodings_need(site_dir):
    with zipfile.ZipFile(site_dir / pyodide_assets.stdlib_name()) as trimmed, zipfile.ZipFile(
        pyodide_assets.PYODIDE_SRC / "python_stdlib.zip"
    ) as full:
        kept, all_names = set(trimmed.namelist()), set(full.namelist())
    assert kept < all_names and len(kept) < len(all_names) / 2
    assert {"zipfile/__init__.py", "xml/dom/minidom.py", "html/parser.py", "encodings/cp1250.py", "tomllib/__init__.py"} <= kept
    assert "sqlite3/__init__.py" not in kept and "encodings/big5.py" not in kept


def test_service_worker_is_at_the_site_root_and_knows_the_checker_and_every_page(site_dir):
    sw = (site_dir / "sw.js").read_text(encoding="utf-8")
    assert pyodide_assets.archive_name() in sw and pyodide_assets.snapshot_name() in sw
    assert not list((site_dir / "assets/javascripts/planlint").glob("sw.js")), "only the root copy has the right scope"
    bundle = re.search(r'"bundle": "([^"]+)"', sw)[1]
    pages = json.loads(gzip.decompress((site_dir / bundle).read_bytes()))
    assert {"", "cviceni/rodina-aleny/", "casework/smart/", "kazuistiky/pan-karel/", "offline/", "404.html"} <= set(pages)
    assert pages["manual/"][1] == (site_dir / "manual/index.html").read_text(encoding="utf-8")



@pytest.mark.skipif(not shutil.which("node"), reason="Node.js is needed to parse the scripts")
@pytest.mark.parametrize("script", sorted((ROOT / "docs/assets/javascripts/planlint").glob("*.*js")), ids=lambda p: p.name)
def test_exercise_scripts_parse(script):
    done = subprocess.run(["node", "--check", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
