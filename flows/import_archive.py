"""The `import_archive` flow: open, detect, parse, validate, load and build, one archive at a time.

Parsing holds no warehouse connection. The load and the model build run inside one transaction,
so an archive is in the warehouse whole or not at all; the validation suites run alongside them in
a worker thread, and the transaction commits only when every critical check has passed (a failed
one rolls it back, leaving the warehouse as it was).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

from flows import warehouse
from flows.load import (
    LoadedArchive,
    find_loaded,
    insert_findings,
    open_warehouse,
    record_checks,
    record_import,
    stage_parsed_archive,
)
from flows.locking import FileLock, WarehouseBusy, import_lock, say
from flows.progress import announce
from transforms import detect
from transforms.archive import Archive, Limits, group_inputs, open_input
from transforms.result import ArchiveError, ParseResult, latest_timestamp
from transforms.validation import ExpectationResult, has_critical_failure, validate


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one input: the line `recip import` prints and `meta.imports` keeps."""

    source: str
    outcome: str  # loaded | loaded_with_warnings | already_loaded | rejected
    message: str
    archive_id: str | None = None
    platform: str | None = None
    owner_key: str | None = None
    exported_at: datetime | None = None
    rows: int = 0
    rejects: int = 0

    @property
    def failed(self) -> bool:
        return self.outcome == "rejected"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@task(cache_policy=NO_CACHE)
def open_archive(paths: list[str]) -> Archive:
    announce("open", _subject(paths))
    archive = open_input([Path(p) for p in paths], Limits.from_env())
    archive.archive_id  # noqa: B018 (hashing the bytes is the work of this step)
    return archive


@task(cache_policy=NO_CACHE)
def detect_platform(archive: Archive) -> str:
    announce("detect", archive.source)
    return detect.detect_platform(archive)


@task(cache_policy=NO_CACHE)
def parse_archive(archive: Archive, platform: str) -> ParseResult:
    announce("parse", archive.source)
    return detect.parse_archive(archive, platform)


@task(cache_policy=NO_CACHE)
def validate_tables(archive: Archive, parsed: ParseResult) -> list[ExpectationResult]:
    announce("validate", archive.source)
    account = parsed.tables.get("twitter_account")
    owner_id = account.column("account_id")[0].as_py() if account and account.num_rows else None
    return validate(parsed.tables, parsed.expected_counts, owner_id=owner_id)


@task(cache_policy=NO_CACHE)
def load_archive(con, archive: Archive, platform: str, parsed: ParseResult) -> LoadedArchive:
    """The raw rows and the archive's row, status provisional until the checks are in."""
    announce("load", archive.source)
    return stage_parsed_archive(
        con,
        archive_id=archive.archive_id,
        platform=platform,
        parsed=parsed,
        exported_at=parsed.declared_exported_at or latest_timestamp(parsed.tables),
        source_path=archive.source,
        imported_at=_now(),
    )


def _status(parsed: ParseResult, results: list[ExpectationResult]) -> str:
    warnings = bool(parsed.rejects) or any(not r.success for r in results)
    return "loaded_with_warnings" if warnings else "loaded"


def _checked(archive: Archive, checks: PrefectFuture) -> list[ExpectationResult]:
    """The validation results once they are in; an ArchiveError when a critical check failed."""
    results = checks.result()
    if has_critical_failure(results):
        raise _Rejected(results, f"{archive.source}: {_failed_expectations(results)}")
    return results


class _Rejected(ArchiveError):
    """A failed critical check, carrying the results that go to meta.validations."""

    def __init__(self, results: list[ExpectationResult], message: str):
        super().__init__(message)
        self.results = results


@task(cache_policy=NO_CACHE)
def build_models(con, subject: str) -> list[str]:
    announce("build", subject)
    return warehouse.build_models(con)


def _failed_expectations(results: list[ExpectationResult]) -> str:
    failed = [f"{r.table_name}: {r.expectation}" for r in results if r.critical and not r.success]
    shown = "; ".join(failed[:3]) + (f" and {len(failed) - 3} more" if len(failed) > 3 else "")
    return f"failed critical checks ({shown}); nothing was loaded."


def _subject(paths: list[str]) -> str:
    return ", ".join(paths)


# How long one attempt waits for another import to finish before Prefect retries it.
IMPORT_LOCK_WAIT_SECONDS = 300.0


def _only_when_busy(task, task_run, state) -> bool:
    """Retry a lock held by another process; never bad input, which fails the same way again."""
    try:
        state.result()
    except WarehouseBusy:
        return True
    except Exception:
        return False
    return False


@task(cache_policy=NO_CACHE, retries=3, retry_delay_seconds=10, retry_condition_fn=_only_when_busy)
def take_import_lock(db: str) -> FileLock:
    """Wait for any other import of this warehouse to finish, then hold the lock for this one."""
    logger = get_run_logger()

    def tell(message: str) -> None:
        logger.warning("%s", message)
        if not logger.isEnabledFor(logging.WARNING):  # `recip import` hides the run log
            say(message)

    return import_lock(Path(db)).acquire(IMPORT_LOCK_WAIT_SECONDS, tell)


@flow(name="import_archive", log_prints=True)
def import_archive(paths: list[str], db: str) -> ImportOutcome:
    """Import one archive (a zip, a folder, or loose files) into the warehouse at `db`.

    Bad input never raises: it becomes a `rejected` outcome with a sentence saying why. Imports
    of one warehouse run one at a time: from the check for an earlier load to the commit.
    """
    with take_import_lock(db):
        return _import_holding_lock(paths, db)


def _import_holding_lock(paths: list[str], db: str) -> ImportOutcome:
    logger = get_run_logger()
    started = _now()
    db_path = Path(db)
    archive: Archive | None = None
    archive_id: str | None = None
    parsed: ParseResult | None = None
    results: list[ExpectationResult] = []
    try:
        archive = open_archive(paths)
        archive_id = archive.archive_id
        with open_warehouse(db_path) as con:
            if earlier := find_loaded(con, archive_id):
                outcome = ImportOutcome(
                    archive.source,
                    "already_loaded",
                    "already in the warehouse",
                    archive_id,
                    earlier.platform,
                    earlier.owner_key,
                    earlier.exported_at,
                )
                _record(con, outcome, started)
                return outcome
        platform = detect_platform(archive)
        parsed = parse_archive(archive, platform)
        # The suites run in a worker thread while the rows are written and the models built
        # (DuckDB lets go of the GIL): nothing is committed until every critical check passed,
        # and a failed one rolls the whole transaction back.
        checks = validate_tables.submit(archive, parsed)
        try:
            with open_warehouse(db_path) as con:
                con.begin()
                try:
                    staged = load_archive(con, archive, platform, parsed)
                    build_models(con, archive.source)
                    results = _checked(archive, checks)
                    loaded = record_checks(con, staged, parsed, results, _status(parsed, results))
                    outcome = ImportOutcome(
                        archive.source,
                        loaded.status,
                        _loaded_message(parsed, results),
                        archive_id,
                        platform,
                        loaded.owner_key,
                        loaded.exported_at,
                        loaded.rows,
                        loaded.rejects,
                    )
                    _record(con, outcome, started)
                    con.commit()
                except BaseException:
                    con.rollback()
                    raise
        except _Rejected as rejected:
            results = rejected.results
            raise
        except Exception:
            # A failed check outranks a failure of the load it would have prevented, as when
            # the checks ran first.
            try:
                results = _checked(archive, checks)
            except _Rejected as rejected:
                results = rejected.results
                raise
            raise
        logger.info("%s: %s", archive.source, outcome.outcome)
        return outcome
    except ArchiveError as error:
        outcome = ImportOutcome(_subject(paths), "rejected", str(error), archive_id)
    finally:
        if archive is not None:
            archive.close()
    logger.warning("%s", outcome.message)
    with open_warehouse(db_path) as con:
        con.begin()
        insert_findings(con, archive_id, parsed, results if parsed else [])
        _record(con, outcome, started)
        con.commit()
    return outcome


def _loaded_message(parsed: ParseResult, results: list[ExpectationResult]) -> str:
    notes = []
    if parsed.rejects:
        notes.append(f"{len(parsed.rejects)} rows could not be parsed (see meta.rejects)")
    warnings = [r for r in results if not r.success]
    if warnings:
        notes.append(f"{len(warnings)} non-critical checks failed (see meta.validations)")
    if parsed.unrecognised:
        notes.append(f"{len(parsed.unrecognised)} files not recognised (see meta.unrecognised)")
    return "; ".join(notes) or "ok"


def _record(con, outcome: ImportOutcome, started: datetime) -> None:
    record_import(
        con,
        archive_id=outcome.archive_id,
        source_path=outcome.source,
        started_at=started,
        finished_at=_now(),
        outcome=outcome.outcome,
        message=outcome.message,
    )


def import_archives(paths: list[str], db: str) -> list[ImportOutcome]:
    """Import several inputs one after another; loose data files given together form one archive.

    Runs the `import_archives` flow without flow-run heartbeats: they tell a server that a run
    started by a worker has crashed, which a run in the caller's own process does not need, and
    ending each run waits for its heartbeat thread's current one-second sleep (up to a second
    per flow run, twice per archive).
    """
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return _import_archives(paths, db)


@flow(name="import_archives")
def _import_archives(paths: list[str], db: str) -> list[ImportOutcome]:
    groups = group_inputs([Path(p) for p in paths])
    return [import_archive([str(p) for p in group], db) for group in groups]
