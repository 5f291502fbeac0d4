"""Crisis desk commands: `playbooks` lists the crisis playbooks, `intake` takes reports from
the public into the queue and prints the groups they fell into."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk import translate
from humasdesk.cli import EXIT_OK, Context


def register(add: Callable[..., Any]) -> None:
    p = add(
        "playbooks",
        "list the crisis playbooks (shipped and the office's own) and check their files",
        json_output=True,
    )
    p.set_defaults(handler=list_playbooks)

    p = add(
        "intake",
        "take reports from the public (.txt, WhatsApp exports, a fact-checkers' .csv, folders) "
        "into the intake queue and print their groups by rumour",
        json_output=True,
    )
    p.add_argument("paths", nargs="+", metavar="FILE|DIR", help="files or folders of reports")
    p.set_defaults(handler=take_in)


def list_playbooks(ctx: Context) -> int:
    """Exits 1 when a file has a problem, so an office can check its playbook before use."""
    from humasdesk.core import playbooks

    found, problems = playbooks.available()
    lang = translate.current()
    if ctx.json:
        ctx.emit(
            [
                {
                    "id": p.id,
                    "title": p.title.get(lang),
                    "language": lang if lang in p.languages else "id",
                    "languages": p.languages,
                    "version": p.version,
                    "file": p.source,
                    "update_every_hours": p.update_every_hours,
                    "topics": list(p.topics),
                }
                for p in found
            ]
        )
    else:
        for p in found:
            ctx.say(f"{p.id:<26} {p.version:<10} {p.title.get(lang)}")
    for problem in problems:
        ctx.say(translate.error_text(problem))
    return 1 if problems else EXIT_OK


def take_in(ctx: Context) -> int:
    from humasdesk.core import intake as core_intake
    from humasdesk.store import intake

    reports, skipped = core_intake.read_paths(ctx.args.paths)
    with ctx.open_library() as lib:
        taken = intake.add(lib, reports)
        touched = list(dict.fromkeys(t["group_id"] for t in taken))
        groups = intake.groups(lib, touched)
        members = {g["id"]: intake.items(lib, g["id"]) for g in groups}
    if ctx.json:
        ctx.emit(
            {
                "groups": [
                    {
                        "id": g["id"],
                        "title": g["title"],
                        "count": g["count"],
                        "first_seen": g["first_seen"],
                        "last_seen": g["last_seen"],
                        "case_id": g["case_id"],
                        "items": [
                            {
                                "id": i["id"],
                                "path": i["path"],
                                "text": i["text"],
                                "url": i["url"],
                                "seen_at": i["seen_at"],
                                "seen_where": i["seen_where"],
                            }
                            for i in members[g["id"]]
                        ],
                    }
                    for g in groups
                ],
                "skipped": [
                    {"path": path, "reason": translate.error_text(error)} for path, error in skipped
                ],
            }
        )
        return EXIT_OK
    for g in groups:
        ctx.say(
            QCoreApplication.translate("cli", "{count:>5} reports  {title}").format(
                count=g["count"], title=g["title"]
            )
        )
    for path, error in skipped:
        ctx.say(
            QCoreApplication.translate("cli", "Skipped {path}: {reason}").format(
                path=path, reason=translate.error_text(error)
            )
        )
    ctx.say(
        QCoreApplication.translate("cli", "{taken} reports taken in, in {groups} groups.").format(
            taken=len(taken), groups=len(groups)
        )
    )
    return EXIT_OK
