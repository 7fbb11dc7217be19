"""The `watch_inbox` flow: import every archive that has landed in the inbox folder.

Each archive goes through the `import_archive` flow as a subflow, then moves to `processed/`
(loaded or already loaded) or to `failed/` with `<name>.error.txt` saying why. An archive is moved
only after its outcome is recorded, and importing is idempotent, so a restart at any moment
neither imports an archive twice nor loses one: at worst it is found again and reported
`already_loaded`.
"""

from __future__ import annotations

import time
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.import_archive import ImportOutcome, import_archive

PROCESSED = "processed"
FAILED = "failed"
# Names browsers and copy tools give files they are still writing.
PARTIAL_SUFFIXES = (".part", ".crdownload", ".download", ".tmp", ".partial")


def _newest_change(path: Path) -> tuple[float, int]:
    """Latest modification time and total size of a file or a folder's files."""
    if path.is_file():
        info = path.stat()
        return info.st_mtime, info.st_size
    newest, size = path.stat().st_mtime, 0
    for child in path.rglob("*"):
        if child.is_file() and not child.is_symlink():
            info = child.stat()
            newest, size = max(newest, info.st_mtime), size + info.st_size
    return newest, size


def _is_candidate(path: Path) -> bool:
    name = path.name
    return not (
        name.startswith(".")
        or name in (PROCESSED, FAILED)
        or name.endswith(".error.txt")
        or name.lower().endswith(PARTIAL_SUFFIXES)
    )


@task(cache_policy=NO_CACHE)
def find_ready_archives(inbox: Path, settle_seconds: float) -> list[Path]:
    """Archives in the inbox that nobody is writing any more: unchanged for `settle_seconds`."""
    logger = get_run_logger()
    candidates = sorted(p for p in inbox.iterdir() if _is_candidate(p))
    if not candidates:
        return []
    first = {path: _newest_change(path) for path in candidates}
    time.sleep(min(1.0, settle_seconds))
    ready = []
    now = time.time()
    for path in candidates:
        mtime, size = _newest_change(path)
        if (mtime, size) == first[path] and now - mtime >= settle_seconds:
            ready.append(path)
        else:
            logger.info("%s is still being written; it will be imported on a later run", path)
    return ready


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    counter = 1
    while target.exists() or (folder / f"{target.name}.error.txt").exists():
        stem, dot, suffix = name.partition(".")
        target = folder / f"{stem}-{counter}{dot}{suffix}"
        counter += 1
    return target


@task(cache_policy=NO_CACHE)
def file_archive(path: Path, outcome: ImportOutcome) -> Path:
    """Move an imported archive out of the inbox; a rejected one gets its reason beside it."""
    folder = path.parent / (FAILED if outcome.failed else PROCESSED)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = _free_name(folder, path.name)
    if outcome.failed:
        error = target.parent / f"{target.name}.error.txt"
        error.write_text(f"{outcome.message}\n", encoding="utf-8")
    path.rename(target)
    return target


@flow(name="watch_inbox")
def watch_inbox(
    inbox: str = "data/inbox",
    db: str = "data/warehouse.duckdb",
    settle_seconds: float = 5.0,
    report_dir: str | None = None,
) -> list[ImportOutcome]:
    """Import whatever has landed in the inbox, then refresh the report when anything loaded."""
    logger = get_run_logger()
    inbox_path = Path(inbox)
    inbox_path.mkdir(parents=True, exist_ok=True, mode=0o700)
    outcomes = []
    for path in find_ready_archives(inbox_path, settle_seconds):
        outcome = import_archive([str(path)], db)
        moved = file_archive(path, outcome)
        logger.info("%s: %s -> %s (%s)", path.name, outcome.outcome, moved, outcome.message)
        outcomes.append(outcome)
    if report_dir and any(o.outcome in ("loaded", "loaded_with_warnings") for o in outcomes):
        refresh_report(db, report_dir)
    return outcomes


@task(cache_policy=NO_CACHE)
def refresh_report(db: str, report_dir: str) -> str:
    from flows.load import open_warehouse
    from flows.report import write_report

    with open_warehouse(Path(db), read_only=True) as con:
        return str(write_report(con, Path(report_dir)).dashboard)
