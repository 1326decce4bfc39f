"""Run every benchmark module in turn: `python -m benchmarks [name ...]`."""

from __future__ import annotations

import importlib
import sys

MODULES = ["planlint_speed", "planlint_reading", "goal_agreement", "site_weight", "exercise_timing", "first_visit"]


def main(names: list[str]) -> int:
    for name in names or MODULES:
        print(f"== {name}")
        importlib.import_module(f"benchmarks.{name}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
