"""The RESIST case wizard: pages built from the checklist data, answer widgets, dialogs."""

from humasdesk.ui.wizard.wizard import CaseWizard

__all__ = ["CaseWizard"]
