"""planlint: judges a trainee's individual plan the way a trainer would.

Public API (the same in CPython and under Pyodide):

- check_text(text, *, date=None, exercise=None, file="plan.md") -> dict  (contract JSON of `check`)
- check_goal(text, *, date=None) -> dict                              (contract JSON of `goal`)
- read_bytes(data, name) -> str   a file's bytes (.md, .txt in any Czech encoding, .docx, .odt) as the
                                  plan's text; InputError with one Czech sentence when unusable
"""

from .api import InputError, check_goal, check_text
from .reading import read_bytes

__all__ = ["InputError", "check_goal", "check_text", "read_bytes"]
