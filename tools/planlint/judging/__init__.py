"""Judging: the plan's text (its blocks come from reading) and the exercise in, findings out —
rule code, severity, line and the data a message needs (the goal, the missing letters, the date found); no Czech sentences."""

from .findings import Finding
from .plan import Goal, PlanResult, check, smart_findings
from .sections import SECTION_IDS
from .smart import GoalVerdict, judge

__all__ = ["Finding", "Goal", "GoalVerdict", "PlanResult", "SECTION_IDS", "check", "judge", "smart_findings"]
