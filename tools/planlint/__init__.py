"""planlint: judges a trainee's individual plan the way a trainer would.

Public API (the same in CPython and under Pyodide):

- check_text(text, *, date=None, exercise=None, file="plan.md") -> dict  (contract JSON of `check`)
- check_goal(text, *, date=None) -> dict                              (contract JSON of `goal`)
"""

from .api import check_goal, check_text

__all__ = ["check_goal", "check_text"]
