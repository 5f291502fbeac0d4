"""Allows `python -m humasdesk`."""

import sys

from humasdesk.cli import main

sys.exit(main())
