"""Direct quotes and their speakers in statement text, found by rules: see `pipeline`."""

from humasdesk.core.quotes.found import FoundQuote
from humasdesk.core.quotes.lexicon import QUOTE_MARKS
from humasdesk.core.quotes.pipeline import extract

__all__ = ["QUOTE_MARKS", "FoundQuote", "extract"]
