"""Writes an export through a temporary file in the target's folder, then renames it: the
target either keeps its old content or gets the whole new file, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from humasdesk.core.errors import UserError
from humasdesk.core.i18n import QT_TRANSLATE_NOOP
from humasdesk.core.problems import Problem, known


class ExportFailed(UserError):
    message = QT_TRANSLATE_NOOP("errors", "The export could not be written to {path}: {detail}")


EMPTY_OUTPUT = known(QT_TRANSLATE_NOOP("errors", "empty output"), "errors")


@contextlib.contextmanager
def _user_errors(target: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise ExportFailed(path=target, detail=exc.strerror or str(exc)) from exc


def write_atomic(target: Path, write: Callable[[Path], None]) -> Path:
    """Calls `write(temporary_path)`, then moves the result onto `target`."""
    target = Path(target).expanduser()
    with _user_errors(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
        os.close(handle)
    partial = Path(name)
    try:
        with _user_errors(target):
            write(partial)
            umask = os.umask(0)
            os.umask(umask)
            partial.chmod(0o666 & ~umask)  # mkstemp's private 0600 is not what a user expects
            if partial.stat().st_size == 0:
                raise ExportFailed(path=target, detail=Problem(EMPTY_OUTPUT))
            with partial.open("rb") as done:
                os.fsync(done.fileno())
            os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def write_text(target: Path, text: str) -> Path:
    def write(path: Path) -> None:
        path.write_text(text, encoding="utf-8", newline="\n")

    return write_atomic(target, write)
