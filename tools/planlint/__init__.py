"""planlint: judges a trainee's individual plan the way a trainer would.

Public API (the same in CPython and under Pyodide):

- check_text(text, *, date=None, exercise=None, file="plan.md") -> dict  (contract JSON of `check`)
- check_goal(text, *, date=None) -> dict                              (contract JSON of `goal`)
- read_bytes(data, name) -> str   a file's bytes (.md, .txt in any Czech encoding, .docx, .odt) as the
                                  plan's text; InputError with one Czech sentence when unusable

The package has three layers, each importing only the ones below it: reading (bytes to the plan's
blocks), judging (blocks to findings as data), feedback (findings to Czech words); api and cli sit on top.
"""

from .api import InputError, check_goal, check_text
from .feedback import report
from .reading import read_bytes

__all__ = ["InputError", "check_goal", "check_text", "read_bytes", "report"]
