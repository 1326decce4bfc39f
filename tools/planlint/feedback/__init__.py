"""Feedback: findings (from judging) in, what a trainee reads out — each finding's Czech message and help link,
the items grouped per goal, "Začněte tady", suggested rewrites and the trainer's report."""

from .advice import goal_only, plan_items, start_here
from .messages import Said, said

__all__ = ["Said", "goal_only", "plan_items", "said", "start_here"]
