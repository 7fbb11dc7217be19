"""The `watch_inbox` flow: import every archive that has landed in the inbox folder.

Each archive that has finished landing (nothing in it changed for `settle_seconds`) goes through
the `import_archive` flow as a subflow, then moves to `processed/` (loaded or already loaded) or to
`failed/` with `<name>.error.txt` saying why. Prefect has no file sensor; a schedule running this
flow is the sensor (`recip serve`, or the deployment in `prefect.yaml`).

Restarts are safe at any moment. An archive moves only after its outcome is committed, and an
import is idempotent: killed before the move, the archive is found again on the next run and
reported `already_loaded`. The moves are renames within one folder tree, so an archive is always
in exactly one place. One run at a time holds the inbox; a run that finds another one still going
leaves the inbox to it.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import settings
from flows.import_archive import ImportOutcome, import_archive
from flows.locking import WarehouseBusy, holding_output_lock, inbox_lock

PROCESSED = "processed"
FAILED = "failed"
ERROR_SUFFIX = ".error.txt"
# Names browsers and copy tools give files they are still writing.
PARTIAL_SUFFIXES = (".part", ".crdownload", ".download", ".tmp", ".partial")
# The least time a run watches the inbox for change before trusting what it sees.
SAMPLE_SECONDS = 1.0
# File times can trail the clock by a tick; without this a file that has just settled would wait.
CLOCK_MARGIN_SECONDS = 0.05

Fingerprint = tuple[float, int, int]  # newest modification time, total size, number of entries


@dataclass(frozen=True)
class FiledArchive:
    """An archive this run imported and moved out of the inbox."""

    name: str
    outcome: ImportOutcome
    moved_to: Path


@dataclass(frozen=True)
class InboxRun:
    """What one run of `watch_inbox` did."""

    filed: list[FiledArchive] = field(default_factory=list)
    left: dict[str, str] = field(default_factory=dict)  # name -> why it waits for a later run
    skipped: bool = False  # another run held the inbox
    report: str | None = None  # the refreshed dashboard, when anything loaded

    @property
    def failed(self) -> bool:
        return any(entry.outcome.failed for entry in self.filed)


def fingerprint(path: Path) -> Fingerprint:
    """What changes while a file or a folder is still being written."""
    info = path.stat()
    if not path.is_dir():
        return info.st_mtime, info.st_size, 1
    newest, size, entries = info.st_mtime, 0, 1
    for child in path.rglob("*"):
        # A new entry changes its folder's mtime; a growing file its own mtime and size.
        try:
            child_info = child.lstat()
        except FileNotFoundError:  # renamed while it is being copied in: its folder changed
            continue
        newest = max(newest, child_info.st_mtime)
        size += child_info.st_size if child.is_file() else 0
        entries += 1
    return newest, size, entries


def is_candidate(path: Path) -> bool:
    """Inbox entries that may be archives: not hidden, not ours, not a download in progress."""
    name = path.name
    return not (
        name.startswith(".")
        or name in (PROCESSED, FAILED)
        or name.endswith(ERROR_SUFFIX)
        or name.lower().endswith(PARTIAL_SUFFIXES)
    )


@task(cache_policy=NO_CACHE)
def find_ready_archives(
    inbox: Path, settle_seconds: float
) -> tuple[dict[Path, Fingerprint], list[Path]]:
    """Archives nobody is writing any more (unchanged for `settle_seconds`), and the others.

    A file that has only just landed is watched for the rest of its settling time within this
    run, so it is imported now rather than one interval later; one that keeps changing waits.
    """
    candidates = sorted(p for p in inbox.iterdir() if is_candidate(p))
    if not candidates:
        return {}, []
    first: dict[Path, Fingerprint] = {}
    for path in candidates:
        try:
            first[path] = fingerprint(path)
        except FileNotFoundError:  # taken away since the listing
            continue
    if not first:
        return {}, []
    candidates = list(first)
    newest = max(mtime for mtime, _, _ in first.values())
    watch = max(min(SAMPLE_SECONDS, settle_seconds), newest + settle_seconds - time.time())
    time.sleep(min(watch, settle_seconds) + CLOCK_MARGIN_SECONDS)
    now = time.time()
    ready: dict[Path, Fingerprint] = {}
    growing: list[Path] = []
    for path in candidates:
        try:
            current = fingerprint(path)
        except FileNotFoundError:  # taken away meanwhile
            continue
        if current == first[path] and now - current[0] >= settle_seconds:
            ready[path] = current
        else:
            growing.append(path)
    return ready, growing


def free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or `name-1`, `name-2`... when an earlier archive of that name is there.

    An error text without its archive is the trace of a run stopped between the two writes;
    it belongs to this archive and is overwritten.
    """
    target = folder / name
    counter = 1
    stem, dot, suffix = name.partition(".")
    while target.exists():
        target = folder / f"{stem}-{counter}{dot}{suffix}"
        counter += 1
    return target


def error_text(outcome: ImportOutcome, inbox: Path) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return (
        f"{outcome.message}\n\n"
        f"This archive was not imported (inbox run of {when}); the warehouse is unchanged.\n"
        f"To try again, fix or download it again and put it back into {inbox}.\n"
    )


@task(cache_policy=NO_CACHE)
def file_archive(path: Path, outcome: ImportOutcome) -> Path:
    """Move an imported archive out of the inbox; a rejected one gets its reason beside it."""
    folder = path.parent / (FAILED if outcome.failed else PROCESSED)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = free_name(folder, path.name)
    if outcome.failed:
        # The reason first: if the run stops between the two, the archive is still in the inbox.
        error = folder / f"{target.name}{ERROR_SUFFIX}"
        descriptor = os.open(error, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(error_text(outcome, path.parent))
    path.rename(target)
    return target


def _describe(outcome: ImportOutcome) -> str:
    """What the log says about an archive that loaded, or had loaded before."""
    exported = outcome.exported_at.date().isoformat() if outcome.exported_at else "unknown date"
    details = f"{outcome.platform} {outcome.owner_key or '-'}, exported {exported}"
    if outcome.outcome != "already_loaded":
        details += f", {outcome.rows:,} rows, {outcome.rejects:,} rejected"
    if outcome.message not in ("ok", "already in the warehouse"):
        details += f"; {outcome.message}"
    return details


@flow(name="watch_inbox")
def watch_inbox(
    inbox: str | None = None,
    db: str | None = None,
    settle_seconds: float = 5.0,
    report_dir: str | None = None,
) -> InboxRun:
    """Import whatever has finished landing in the inbox, then refresh the report in
    `report_dir` if anything loaded. Files still being written stay for a later run.

    Paths left out come from the environment as for `recip`: $RECIP_INBOX, $RECIP_DB and
    $RECIP_EXPORTS, or data/inbox, data/warehouse.duckdb and data/exports.
    """
    logger = get_run_logger()
    inbox_path = Path(inbox) if inbox else settings.default_inbox()
    db = db or str(settings.default_db())
    report_dir = report_dir or str(settings.default_exports())
    inbox_path.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = inbox_lock(inbox_path)
    if not lock.try_acquire():
        holder = lock.holder()
        logger.warning(
            "another inbox run%s is still going; this run leaves %s to it",
            f" (pid {holder})" if holder else "",
            inbox_path,
        )
        return InboxRun(skipped=True)
    with lock:
        run = _import_ready(inbox_path, db, settle_seconds)
    loaded = [e for e in run.filed if e.outcome.outcome in ("loaded", "loaded_with_warnings")]
    if loaded:
        run = InboxRun(run.filed, run.left, report=refresh_report(db, report_dir))
    logger.info(
        "inbox run: %d loaded, %d already loaded, %d failed, %d left for a later run",
        len(loaded),
        sum(e.outcome.outcome == "already_loaded" for e in run.filed),
        sum(e.outcome.failed for e in run.filed),
        len(run.left),
    )
    return run


def _import_ready(inbox: Path, db: str, settle_seconds: float) -> InboxRun:
    logger = get_run_logger()
    run = InboxRun()
    ready, growing = find_ready_archives(inbox, settle_seconds)
    for path in growing:
        run.left[path.name] = "still being written"
        logger.info("%s: still being written; it will be imported on a later run", path.name)
    for path, seen in ready.items():
        try:
            outcome = import_archive([str(path)], db)
        except WarehouseBusy as busy:
            run.left[path.name] = f"the warehouse was busy: {busy}"
            logger.warning("%s: the warehouse is busy (%s); left for a later run", path.name, busy)
            continue
        except Exception as error:
            # Bad input never raises (it comes back `rejected`): this is an interruption (DuckDB
            # turns Ctrl-C into "Query interrupted"), a full disk or a bug, not the archive's
            # fault. The transaction rolled back; the archive stays for the next run.
            run.left[path.name] = f"the import stopped: {type(error).__name__}: {error}"
            logger.error(
                "%s: the import stopped (%s: %s); nothing of it was kept and it stays in the "
                "inbox for the next run",
                path.name,
                type(error).__name__,
                error,
            )
            continue
        try:
            if fingerprint(path) != seen:
                run.left[path.name] = "changed while it was imported"
                logger.warning("%s: changed while it was imported; left for a later run", path.name)
                continue
            moved = file_archive(path, outcome)
        except FileNotFoundError:
            logger.warning("%s: removed from the inbox during the run", path.name)
            continue
        run.filed.append(FiledArchive(path.name, outcome, moved))
        where = moved.relative_to(inbox)
        if outcome.failed:
            logger.error("%s: rejected -> %s: %s", path.name, where, outcome.message)
        else:
            logger.info("%s: %s -> %s (%s)", path.name, outcome.outcome, where, _describe(outcome))
    return run


@task(cache_policy=NO_CACHE)
def refresh_report(db: str, report_dir: str) -> str:
    """Rewrite the outputs from the warehouse; one writer per output folder at a time."""
    from flows.load import open_warehouse
    from flows.report import write_report

    logger = get_run_logger()
    with (
        holding_output_lock(Path(report_dir), on_wait=logger.info),
        open_warehouse(Path(db), read_only=True, on_wait=logger.info) as con,
    ):
        return str(write_report(con, Path(report_dir)).dashboard)
