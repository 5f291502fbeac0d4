"""The risk of a case: likelihood x impact -> score -> priority, with the rule as text.

The rule is the office's, not RESIST's: it lives in the checklist (`risk_rule`, see
`resources/checklists/README.md`) so an office can change it, and the screen says so. Impact
is the HIGHEST of the impact scores the officer gave (public safety and health, policy goals,
trust, social cohesion and security), because one severe harm is enough to act on; averaging
would hide it. Score = likelihood x impact (1 to 25), against two thresholds. The 2026.2
edition adds: a severe impact (5) is never below medium however unlikely; harm that can happen
within hours raises the priority a level; and a response that contradicts the priority (a high
priority only monitored) needs a written reason. A checklist without a rule (edition 2026.1)
keeps the rule its cases were scored with: `DEFAULT_RULE`, thresholds 15 and 8 and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from humasdesk.core.i18n import QT_TRANSLATE_NOOP

LIKELIHOOD = "impact_analysis.likelihood"
IMPACTS = (
    "impact_analysis.impact_safety_health",
    "impact_analysis.impact_policy",
    "impact_analysis.impact_trust",
    "impact_analysis.impact_cohesion_security",
)
PRIORITIES = ("high", "medium", "low")
_LEVELS = ("low", "medium", "high")  # in rising order, for raising a priority

RULE = QT_TRANSLATE_NOOP(
    "risk",
    "Impact is the highest of the impact scores. Risk score = likelihood × impact. "
    "{high} or more: high priority; {medium} to {below_high}: medium; below {medium}: low.",
)
OFFICE_RULE = QT_TRANSLATE_NOOP("risk", "This office's priority rule (not part of RESIST)")
WORKING = QT_TRANSLATE_NOOP(
    "risk", "Likelihood {likelihood} × impact {impact} = risk score {score}: {priority} priority."
)
SEVERE = QT_TRANSLATE_NOOP("risk", "An impact of {impact} makes it at least {priority} priority.")
URGENT = QT_TRANSLATE_NOOP("risk", "Harm could come {urgency}: raised to {priority} priority.")
URGENCY_NAMES = {
    "hours": QT_TRANSLATE_NOOP("risk", "within hours"),
    "days": QT_TRANSLATE_NOOP("risk", "within days"),
    "weeks": QT_TRANSLATE_NOOP("risk", "within weeks"),
}
MOVED = QT_TRANSLATE_NOOP(
    "risk",
    "Likelihood {likelihood} × impact {impact} = risk score {score} ({priority} by the score).",
)
RESULT = QT_TRANSLATE_NOOP("risk", "Priority: {priority}.")
INCOMPLETE = QT_TRANSLATE_NOOP(
    "risk", "Give the likelihood and at least one impact score to compute the priority."
)
PRIORITY_NAMES = {
    "high": QT_TRANSLATE_NOOP("risk", "high"),
    "medium": QT_TRANSLATE_NOOP("risk", "medium"),
    "low": QT_TRANSLATE_NOOP("risk", "low"),
}


class RuleError(ValueError):
    """A `risk_rule` that cannot be used; the message says what is wrong."""


@dataclass(frozen=True)
class Rule:
    """How an office turns the scores into a priority (the checklist's `risk_rule`)."""

    high_from: int = 15
    medium_from: int = 8
    severe_impact: int = 0  # 0: no floor for a severe impact
    severe_at_least: str = "low"
    urgency_question: str = ""
    urgency_raise: Mapping[str, int] = field(default_factory=dict)
    # priority -> question id -> answers that contradict that priority
    contradicts: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    reason_question: str = ""
    name: Mapping[str, str] = field(default_factory=dict)  # per language
    text: Mapping[str, str] = field(default_factory=dict)  # per language; {high} etc. filled

    @property
    def questions(self) -> tuple[str, ...]:
        """The answers the priority depends on."""
        return (LIKELIHOOD, *IMPACTS, *([self.urgency_question] if self.urgency_question else []))


DEFAULT_RULE = Rule()


def _texts(data: Any, key: str) -> dict[str, str]:
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise RuleError(f'"{key}" needs a text per language')
    return {str(k): v for k, v in data.items()}


def parse_rule(data: Any) -> Rule:
    """A rule from the checklist's `risk_rule` object; raises RuleError naming the problem."""
    if not isinstance(data, dict):
        raise RuleError("it is not an object")
    numbers = {}
    for key in ("high_from", "medium_from", "severe_impact"):
        value = data.get(key, getattr(DEFAULT_RULE, key))
        if isinstance(value, bool) or not isinstance(value, int):
            raise RuleError(f'"{key}" must be a whole number')
        numbers[key] = value
    if not 1 <= numbers["medium_from"] <= numbers["high_from"] <= 25:
        raise RuleError('"medium_from" and "high_from" must rise within 1 to 25')
    floor = str(data.get("severe_at_least", "low"))
    if floor not in PRIORITIES:
        raise RuleError('"severe_at_least" must be high, medium or low')
    raises = data.get("urgency_raise", {})
    if not isinstance(raises, dict) or not all(isinstance(v, int) for v in raises.values()):
        raise RuleError('"urgency_raise" maps an answer to a number of levels')
    contradicts: dict[str, dict[str, tuple[str, ...]]] = {}
    for priority, by_question in dict(data.get("contradicts", {})).items():
        if priority not in PRIORITIES or not isinstance(by_question, dict):
            raise RuleError('"contradicts" maps a priority to {question: [answers]}')
        contradicts[priority] = {str(q): tuple(str(v) for v in vs) for q, vs in by_question.items()}
    return Rule(
        high_from=numbers["high_from"],
        medium_from=numbers["medium_from"],
        severe_impact=numbers["severe_impact"],
        severe_at_least=floor,
        urgency_question=str(data.get("urgency_question", "")),
        urgency_raise={str(k): int(v) for k, v in raises.items()},
        contradicts=contradicts,
        reason_question=str(data.get("reason_question", "")),
        name=_texts(data.get("name"), "name"),
        text=_texts(data.get("text"), "text"),
    )


@dataclass(frozen=True)
class Risk:
    likelihood: int
    impact: int
    score: int
    priority: str
    by_score: str = ""  # the priority the score alone gives, when the rule moved it
    severe: str = ""  # the priority a severe impact raised it to
    urgency: str = ""  # the urgency answer that raised it


def priority_for(score: int, rule: Rule = DEFAULT_RULE) -> str:
    if score >= rule.high_from:
        return "high"
    if score >= rule.medium_from:
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


def _at_least(priority: str, floor: str) -> str:
    return max(priority, floor, key=_LEVELS.index)


def assess(answers: Mapping[str, Any], rule: Rule = DEFAULT_RULE) -> Risk | None:
    """The risk from a case's answers; None until the likelihood and one impact are given."""
    likelihood = _scale(answers.get(LIKELIHOOD))
    impacts = [i for i in (_scale(answers.get(q)) for q in IMPACTS) if i is not None]
    if likelihood is None or not impacts:
        return None
    impact = max(impacts)
    score = likelihood * impact
    by_score = priority = priority_for(score, rule)
    if rule.severe_impact and impact >= rule.severe_impact:
        priority = _at_least(priority, rule.severe_at_least)
    severe = priority if priority != by_score else ""
    urgency = str(answers.get(rule.urgency_question) or "") if rule.urgency_question else ""
    steps = rule.urgency_raise.get(urgency, 0)
    raised = _LEVELS[min(max(_LEVELS.index(priority) + steps, 0), len(_LEVELS) - 1)]
    urgency = urgency if raised != priority else ""
    return Risk(
        likelihood,
        impact,
        score,
        raised,
        by_score=by_score if raised != by_score else "",
        severe=severe,
        urgency=urgency,
    )


def contradiction(
    answers: Mapping[str, Any], assessed: Risk | None, rule: Rule = DEFAULT_RULE
) -> str:
    """The question whose answer contradicts the priority (a high priority set to "monitor
    only"), or "". A several-answer question contradicts when every answer chosen does."""
    if assessed is None:
        return ""
    for question_id, values in rule.contradicts.get(assessed.priority, {}).items():
        given = answers.get(question_id)
        chosen = given if isinstance(given, list) else [given] if given else []
        if chosen and all(v in values for v in chosen):
            return question_id
    return ""


Translate = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


def _numbers(rule: Rule) -> dict[str, int]:
    return {
        "high": rule.high_from,
        "medium": rule.medium_from,
        "below_high": rule.high_from - 1,
        "severe": rule.severe_impact,
    }


def rule_name(rule: Rule = DEFAULT_RULE, lang: str = "en", translate: Translate = _identity) -> str:
    """The rule's heading: it is the office's rule, not RESIST's."""
    return rule.name.get(lang) or rule.name.get("id") or translate("risk", OFFICE_RULE)


def rule_text(translate: Translate = _identity, rule: Rule = DEFAULT_RULE, lang: str = "en") -> str:
    text = rule.text.get(lang) or rule.text.get("id") or translate("risk", RULE)
    return text.format(**_numbers(rule))


def explain(risk: Risk | None, translate: Translate = _identity) -> str:
    """The working for this case, e.g. "Likelihood 4 × impact 4 = risk score 16: high priority."

    When the rule moved the priority, the score's own priority is given first, then why."""
    if risk is None:
        return translate("risk", INCOMPLETE)

    def name(priority: str) -> str:
        return translate("risk", PRIORITY_NAMES[priority])

    parts = [
        translate("risk", MOVED if risk.by_score else WORKING).format(
            likelihood=risk.likelihood,
            impact=risk.impact,
            score=risk.score,
            priority=name(risk.by_score or risk.priority),
        )
    ]
    if risk.severe:
        parts.append(
            translate("risk", SEVERE).format(impact=risk.impact, priority=name(risk.severe))
        )
    if risk.urgency:
        when = translate("risk", URGENCY_NAMES.get(risk.urgency, risk.urgency))
        parts.append(translate("risk", URGENT).format(urgency=when, priority=name(risk.priority)))
    if risk.by_score and not risk.urgency:
        parts.append(translate("risk", RESULT).format(priority=name(risk.priority)))
    return " ".join(parts)
