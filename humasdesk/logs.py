"""The rotating log file in the user log dir, where every uncaught error is written."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from humasdesk.paths import log_dir

_configured = False


def log_file() -> Path:
    return log_dir() / "humasdesk.log"


def setup() -> Path:
    """Sends the `humasdesk` logger to a rotating file (1 MB x 5); safe to call twice."""
    global _configured
    path = log_file()
    if not _configured:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _RotatingOnFirstUse(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger = logging.getLogger("humasdesk")
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        _configured = True
    return path


class _RotatingOnFirstUse(logging.Handler):
    """A `RotatingFileHandler` made when the first record arrives: most sessions log nothing,
    and `logging.handlers` (sockets, pickle, queues) costs the window's start 15 ms."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._file is None:
                import logging.handlers

                self._file = logging.handlers.RotatingFileHandler(
                    self.path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
                )
                self._file.setFormatter(self.formatter)
            self._file.emit(record)
        except Exception:  # a log that cannot be written never becomes the user's error
            self.handleError(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def log_exception(exc: BaseException) -> Path:
    """Writes `exc` with its traceback to the log; returns the log file's path."""
    try:
        path = setup()
        logging.getLogger("humasdesk").error("Uncaught error\n%s", format_exception(exc))
    except OSError:
        return log_file()
    return path
