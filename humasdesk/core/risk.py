"""The risk of a case: likelihood x impact -> score -> priority, with the rule as text.

Rule (documented on screen and in reports): impact is the HIGHEST of the impact scores the
officer gave (public safety and health, policy goals, trust, social cohesion and security),
because one severe harm is enough to act on; averaging would hide it. Score = likelihood x
impact (1 to 25). Priority: high from 15 (e.g. 3 x 5, 4 x 4), medium from 8 (e.g. 2 x 4,
3 x 3), low below 8.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from humasdesk.core.i18n import QT_TRANSLATE_NOOP

LIKELIHOOD = "impact_analysis.likelihood"
IMPACTS = (
    "impact_analysis.impact_safety_health",
    "impact_analysis.impact_policy",
    "impact_analysis.impact_trust",
    "impact_analysis.impact_cohesion_security",
)
HIGH_FROM = 15
MEDIUM_FROM = 8
PRIORITIES = ("high", "medium", "low")

RULE = QT_TRANSLATE_NOOP(
    "risk",
    "Impact is the highest of the impact scores. Risk score = likelihood × impact. "
    "{high} or more: high priority; {medium} to {below_high}: medium; below {medium}: low.",
)
WORKING = QT_TRANSLATE_NOOP(
    "risk", "Likelihood {likelihood} × impact {impact} = risk score {score}: {priority} priority."
)
INCOMPLETE = QT_TRANSLATE_NOOP(
    "risk", "Give the likelihood and at least one impact score to compute the priority."
)
PRIORITY_NAMES = {
    "high": QT_TRANSLATE_NOOP("risk", "high"),
    "medium": QT_TRANSLATE_NOOP("risk", "medium"),
    "low": QT_TRANSLATE_NOOP("risk", "low"),
}


@dataclass(frozen=True)
class Risk:
    likelihood: int
    impact: int
    score: int
    priority: str


def priority_for(score: int) -> str:
    if score >= HIGH_FROM:
        return "high"
    if score >= MEDIUM_FROM:
        return "medium"
    return "low"


def _scale(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = int(value)
    except ValueError:
        return None
    return number if 1 <= number <= 5 else None


def assess(answers: dict[str, Any]) -> Risk | None:
    """The risk from a case's answers; None until the likelihood and one impact are given."""
    likelihood = _scale(answers.get(LIKELIHOOD))
    impacts = [i for i in (_scale(answers.get(q)) for q in IMPACTS) if i is not None]
    if likelihood is None or not impacts:
        return None
    impact = max(impacts)
    score = likelihood * impact
    return Risk(likelihood, impact, score, priority_for(score))


Translate = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


def rule_text(translate: Translate = _identity) -> str:
    return translate("risk", RULE).format(
        high=HIGH_FROM, medium=MEDIUM_FROM, below_high=HIGH_FROM - 1
    )


def explain(risk: Risk | None, translate: Translate = _identity) -> str:
    """The working for this case, e.g. "Likelihood 4 × impact 4 = risk score 16: high priority."""
    if risk is None:
        return translate("risk", INCOMPLETE)
    return translate("risk", WORKING).format(
        likelihood=risk.likelihood,
        impact=risk.impact,
        score=risk.score,
        priority=translate("risk", PRIORITY_NAMES[risk.priority]),
    )
