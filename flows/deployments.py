"""How the inbox flow is deployed: served from this process, or declared for a work pool.

Kept apart from the flow logic: `recip serve` calls `serve_inbox`; a Prefect server with a process
work pool uses `prefect.yaml` at the repository root (see the README).
"""

from __future__ import annotations

from flows.watch_inbox import watch_inbox

DEPLOYMENT_NAME = "inbox"


def serve_inbox(
    inbox: str,
    db: str,
    report_dir: str,
    *,
    interval: float | None = None,
    cron: str | None = None,
) -> None:
    """Run `watch_inbox` on a schedule until interrupted (Ctrl-C stops it cleanly)."""
    watch_inbox.serve(
        name=DEPLOYMENT_NAME,
        interval=None if cron else (interval or 60),
        cron=cron,
        parameters={"inbox": inbox, "db": db, "report_dir": report_dir},
        print_starting_message=True,
    )
