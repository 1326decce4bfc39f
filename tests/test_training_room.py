"""./dev serve in a training room: a second start serves the last build at once, and the
training-room mode tells the trainer the address the participants type."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from sitebuild import inputs, serve
from sitebuild.paths import SITE

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def _server(*args: str):
    """`python -m sitebuild serve …` as ./dev serve runs it; yields its output up to "Ctrl+C"."""
    process = subprocess.Popen(
        [sys.executable, "-m", "sitebuild", "serve", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "tools")},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines = []
    try:
        for line in process.stdout:
            lines.append(line)
            if "Ctrl+C" in line:
                break
        yield "".join(lines)
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_second_start_serves_the_last_build_without_building(site_dir):
    if not inputs.is_current(SITE):
        pytest.skip("site/ is older than its inputs (./dev test builds it first)")
    stamp = inputs.stamp_file(SITE).stat().st_mtime_ns
    index = (SITE / "index.html").stat().st_mtime_ns
    port = _free_port()
    started = time.perf_counter()
    with _server("--port", str(port)) as output:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as answer:
            assert answer.status == 200
        print(f"second start answered in {time.perf_counter() - started:.1f} s")
    assert "nezměnil" in output, output
    assert "[1/" not in output, "no build step ran"
    assert inputs.stamp_file(SITE).stat().st_mtime_ns == stamp
    assert (SITE / "index.html").stat().st_mtime_ns == index


def test_the_fingerprint_follows_the_inputs_not_the_generated_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "ROOT", tmp_path)
    (tmp_path / "docs" / "cviceni").mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Úvod")
    (tmp_path / "docs" / "cviceni" / "index.md").write_text("generated")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html>")
    assert not inputs.is_current(site), "never built: no stamp"
    inputs.remember(site)
    assert inputs.is_current(site)
    (tmp_path / "docs" / "cviceni" / "index.md").write_text("generated again")
    assert inputs.is_current(site), "the pages a build generates are no input"
    (tmp_path / "docs" / "index.md").write_text("# Úvod, opravený")
    assert not inputs.is_current(site)


def test_training_room_mode_prints_the_address_participants_type(site_dir):
    addresses = serve.lan_addresses()
    if not addresses:
        pytest.skip("this machine has no network address but 127.0.0.1")
    port = _free_port()
    with _server("--ucebna", "--no-build", "--port", str(port)) as output:
        announced = f"http://{addresses[0]}:{port}/"
        assert f"Účastníci napíšou do prohlížeče adresu:  {announced}" in output, output
        assert not addresses[0].startswith("127.")
        assert "█" in output, "a QR code drawn in the terminal"
        # The address printed is one the server really answers on.
        with urllib.request.urlopen(announced) as answer:
            assert answer.status == 200


def test_the_terminal_qr_code_holds_the_address():
    import segno

    url = "http://192.168.1.20:8000/"
    drawn = serve.terminal_qr(url).splitlines()
    size = segno.make(url, error="m", micro=False).symbol_size(border=2)[0]
    assert len(drawn) == (size + 1) // 2, "two modules per character row"
    assert all(len(line) == size for line in drawn)
