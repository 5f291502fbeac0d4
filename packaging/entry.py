"""The bundle's entry point: the same `humasdesk` command as the installed package."""

import sys

from humasdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
