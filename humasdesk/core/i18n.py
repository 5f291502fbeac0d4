"""Marks strings for Qt's translation tools without importing Qt.

`pyside6-lupdate` finds `QT_TRANSLATE_NOOP("context", "text")` calls by name, so core and store
can mark user-visible messages; the CLI and the UI translate them when they show them.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return `text` unchanged; the call only tells lupdate to collect it under `context`."""
    del context
    return text
