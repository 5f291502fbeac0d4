"""RESIST case commands: `cases` lists them, `report` writes a case's brief or full report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from humasdesk.cli import EXIT_OK, Context
from humasdesk.store.cases import STATUSES


def register(add: Callable[..., Any]) -> None:
    p = add("cases", "list RESIST cases, most recently changed first", json_output=True)
    p.add_argument("--status", choices=STATUSES, help="only open or only closed cases")
    p.add_argument("--search", metavar="TEXT", help="only cases matching TEXT")
    p.add_argument(
        "--overdue", action="store_true", help="only open cases whose next update is due"
    )
    p.set_defaults(handler=list_cases)

    p = add(
        "checklists",
        "list the RESIST checklist editions (shipped and the office's own) and check their files",
        json_output=True,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="check these files instead")
    p.set_defaults(handler=list_checklists)

    p = add("report", "write a case's full report (or its one-page brief) as PDF or DOCX")
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("--format", choices=["pdf", "docx"], default=None, help="pdf or docx")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write it")
    p.add_argument("--brief", action="store_true", help="the one-page situation brief")
    p.set_defaults(handler=report, gui=True)


def list_cases(ctx: Context) -> int:
    from humasdesk.store import cases, crisis

    with ctx.open_library() as lib:
        rows = cases.listing(lib, status=ctx.args.status, text=ctx.args.search)
        due = crisis.next_updates(lib)
        if ctx.args.overdue:
            late = crisis.overdue(lib)
            rows = sorted((r for r in rows if r["id"] in late), key=lambda r: late.index(r["id"]))
    if ctx.json:
        ctx.emit(
            [
                {
                    "id": r["id"],
                    "title": r["title"],
                    "label": r["label"],
                    "priority": r["priority"],
                    "status": r["status"],
                    "steps_done": r["steps_done"],
                    "steps": r["steps"],
                    "updated_at": r["updated_at"],
                    "next_update_at": due.get(r["id"]),
                }
                for r in rows
            ]
        )
        return EXIT_OK
    for r in rows:
        ctx.say(
            f"{r['id']}  {r['steps_done']}/{r['steps_total']}  "
            f"{(r['priority'] or '-'):<6}  {(r['label'] or '-'):<12}  {r['title']}"
        )
    if not rows and ctx.args.overdue:
        ctx.say(QCoreApplication.translate("cli", "No case has an update due."))
    elif not rows:
        ctx.say(QCoreApplication.translate("cli", "No cases."))
    return EXIT_OK


def list_checklists(ctx: Context) -> int:
    """Exits 1 when a file has a problem, so an office can check its edition before use."""
    from humasdesk import translate
    from humasdesk.core import checklist

    if ctx.args.files:
        found, problems = [], []
        for name in ctx.args.files:
            try:
                found.append(checklist.load(Path(name).expanduser()))
            except checklist.ChecklistError as exc:
                problems.append(exc)
    else:
        found, problems = checklist.available()
    lang = translate.current()
    if ctx.json:
        ctx.emit(
            {
                "checklists": [
                    {
                        "id": c.id,
                        "version": c.version,
                        "title": c.title.get(lang),
                        "file": c.source,
                        "steps": len(c.steps),
                        "questions": len(list(c.questions())),
                    }
                    for c in found
                ],
                "problems": [translate.error_text(p) for p in problems],
            }
        )
    else:
        for c in found:
            ctx.say(
                QCoreApplication.translate(
                    "cli", "{id} {version}: {title} ({steps} steps, {questions} questions, {file})"
                ).format(
                    id=c.id,
                    version=c.version,
                    title=c.title.get(lang),
                    steps=len(c.steps),
                    questions=len(list(c.questions())),
                    file=c.source,
                )
            )
        for problem in problems:
            ctx.say(translate.error_text(problem))
    return 1 if problems else EXIT_OK


def report(ctx: Context) -> int:
    from humasdesk import translate
    from humasdesk.reports import case_report

    target = Path(ctx.args.output).expanduser()
    fmt = ctx.args.format or target.suffix.lstrip(".").lower()
    if fmt not in case_report.FORMATS:
        fmt = "pdf"
    lang = translate.current()
    with ctx.open_library() as lib:
        written = case_report.export(lib, ctx.args.case_id, target, fmt, lang, brief=ctx.args.brief)
    ctx.say(QCoreApplication.translate("cli", "Report written: {path}").format(path=written))
    return EXIT_OK
