"""The import flows: open, detect, parse, validate, load and build.

`import_archive` takes one archive through every step. Parsing holds no warehouse connection.
The load and the model build run inside one transaction, so an archive is in the warehouse whole
or not at all; the validation suites run alongside them in a worker thread, and the transaction
commits only when every critical check has passed (a failed one rolls it back, leaving the
warehouse as it was).

`import_archives` imports several, one after another, or with `workers` or `scheduler` in
parallel: `prepare_archive` (open, detect, parse, validate) runs for many archives at once on a
Dask cluster, each writing its tables to Parquet in a spool folder, while this process loads the
prepared archives into the warehouse, still one writer at a time (see docs/scaling.md).
"""

from __future__ import annotations

import logging
import queue
import socket
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed
from prefect.settings import (
    PREFECT_API_URL,
    PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
    temporary_settings,
)

from flows import settings, warehouse
from flows.load import (
    LoadedArchive,
    connect,
    find_loaded,
    insert_findings,
    open_warehouse,
    record_checks,
    record_import,
    stage_parsed_archive,
)
from flows.locking import FileLock, WarehouseBusy, import_lock, say
from flows.progress import announce
from flows.spool import read_tables, spool_folder, write_tables
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
    return _run_suites(parsed)


def _run_suites(parsed: ParseResult) -> list[ExpectationResult]:
    account = parsed.tables.get("twitter_account")
    owner_id = account.column("account_id")[0].as_py() if account and account.num_rows else None
    return validate(parsed.tables, parsed.expected_counts, owner_id=owner_id)


@task(cache_policy=NO_CACHE)
def load_archive(
    con, archive_id: str, source: str, platform: str, parsed: ParseResult
) -> LoadedArchive:
    """The raw rows and the archive's row, status provisional until the checks are in."""
    announce("load", source)
    return stage_parsed_archive(
        con,
        archive_id=archive_id,
        platform=platform,
        parsed=parsed,
        exported_at=parsed.declared_exported_at or latest_timestamp(parsed.tables),
        source_path=source,
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
                outcome = _already_loaded(archive.source, earlier)
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
                    staged = load_archive(con, archive_id, archive.source, platform, parsed)
                    build_models(con, archive.source)
                    results = _checked(archive, checks)
                    outcome = _finish_load(con, staged, archive.source, parsed, results, started)
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
    return _record_rejection(db_path, outcome, parsed, results, started)


def _already_loaded(source: str, earlier: LoadedArchive) -> ImportOutcome:
    return ImportOutcome(
        source,
        "already_loaded",
        "already in the warehouse",
        earlier.archive_id,
        earlier.platform,
        earlier.owner_key,
        earlier.exported_at,
    )


def _finish_load(
    con,
    staged: LoadedArchive,
    source: str,
    parsed: ParseResult,
    results: list[ExpectationResult],
    started: datetime,
) -> ImportOutcome:
    """Record the checks, the final status and the attempt of a staged archive."""
    loaded = record_checks(con, staged, parsed, results, _status(parsed, results))
    outcome = ImportOutcome(
        source,
        loaded.status,
        _loaded_message(parsed, results),
        loaded.archive_id,
        loaded.platform,
        loaded.owner_key,
        loaded.exported_at,
        loaded.rows,
        loaded.rejects,
    )
    _record(con, outcome, started)
    return outcome


def _record_rejection(
    db_path: Path,
    outcome: ImportOutcome,
    parsed: ParseResult | None,
    results: list[ExpectationResult],
    started: datetime,
) -> ImportOutcome:
    """Keep why an archive was refused (its rejected rows and checks too) in its own commit."""
    get_run_logger().warning("%s", outcome.message)
    with open_warehouse(db_path) as con:
        con.begin()
        insert_findings(con, outcome.archive_id, parsed, results if parsed else [])
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


def import_archives(
    paths: list[str],
    db: str,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    spool: str | None = None,
) -> list[ImportOutcome]:
    """Import several inputs; loose data files given together form one archive.

    By default one after another, in this process. With `workers`, a local Dask cluster of that
    many processes prepares (opens, parses and validates) archives in parallel; with `scheduler`
    (`tcp://host:8786`) a running Dask cluster does. Either way this process alone writes the
    warehouse. `spool` is where prepared tables wait as Parquet (default: a private temporary
    folder beside the warehouse); a remote cluster's workers must be able to write there.
    Local workers are spawned processes, so a script that passes `workers` must guard its entry
    point with `if __name__ == "__main__":`.

    Runs the `import_archives` flow without flow-run heartbeats: they tell a server that a run
    started by a worker has crashed, which a run in the caller's own process does not need, and
    ending each run waits for its heartbeat thread's current one-second sleep (up to a second
    per flow run, twice per archive).
    """
    updates = {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
    if workers is None and scheduler is None:
        with temporary_settings(updates=updates):
            return _import_archives(paths, db)
    # Task runs in the Dask workers report to this process's Prefect API: its address travels
    # with each task's settings, and without one every worker would start a server of its own.
    runner = dask_task_runner(workers or 1, scheduler)
    updates[PREFECT_API_URL] = settings.prefect_api_url()
    if scheduler:  # the cluster's workers may run in other folders, or on other machines
        paths = [str(Path(path).absolute()) for path in paths]
        db = str(Path(db).absolute())
        spool = str(Path(spool).absolute()) if spool else None
    with temporary_settings(updates=updates):
        return _import_archives.with_options(task_runner=runner)(
            paths, db, workers=workers, scheduler=scheduler, spool=spool
        )


def dask_task_runner(workers: int, scheduler: str | None):
    """Prefect's Dask task runner: a cluster at `scheduler`, or a local one of `workers`
    single-threaded processes (parsing is Python work, which threads would take turns at)."""
    from prefect.settings import PREFECT_LOGGING_LEVEL
    from prefect_dask import DaskTaskRunner

    # Dask's own chatter (every worker joining and leaving) at most as loud as the run log.
    quietest = max(logging.WARNING, logging.getLevelName(PREFECT_LOGGING_LEVEL.value().upper()))
    logging.getLogger("distributed").setLevel(quietest)
    if scheduler:
        _reach(scheduler)
        return DaskTaskRunner(address=scheduler, client_kwargs={"timeout": "15s"})
    return DaskTaskRunner(
        cluster_kwargs={
            "n_workers": workers,
            "threads_per_worker": 1,
            "processes": True,
            "host": "127.0.0.1",
            "dashboard_address": "127.0.0.1:0",
            # What goes wrong in a worker comes back as its task's result; its own log would
            # only add noise such as a heartbeat racing the cluster's shut-down.
            "silence_logs": logging.CRITICAL,
        }
    )


class SchedulerUnreachable(Exception):
    """Nothing listens at the Dask scheduler's address."""


def _reach(scheduler: str) -> None:
    """Fail before any flow run starts when a TCP scheduler is not listening."""
    scheme, _, location = scheduler.rpartition("://")
    host, _, port = location.rpartition(":")
    if scheme in ("", "tcp") and port.isdigit():
        try:
            socket.create_connection((host.strip("[]"), int(port)), timeout=5).close()
        except OSError as error:
            raise SchedulerUnreachable(
                f"could not reach the Dask scheduler at {scheduler} ({error}); start it "
                "(dask scheduler) or leave out --scheduler."
            ) from error


@flow(name="import_archives")
def _import_archives(
    paths: list[str],
    db: str,
    workers: int | None = None,
    scheduler: str | None = None,
    spool: str | None = None,
) -> list[ImportOutcome]:
    groups = [[str(p) for p in group] for group in group_inputs([Path(p) for p in paths])]
    if workers is None and scheduler is None:
        return [import_archive(group, db) for group in groups]
    with spool_folder(Path(db).parent, Path(spool) if spool else None) as folder:
        return _import_prepared(groups, db, folder)


# Parallel imports ------------------------------------------------------------------------------


@dataclass
class PreparedArchive:
    """One archive opened, parsed and validated by a worker: what the loader needs of it."""

    paths: list[str]
    source: str
    started: datetime
    archive_id: str | None = None
    platform: str | None = None
    parsed: ParseResult | None = None  # without its tables: those are in `table_files`
    table_files: dict[str, str] = field(default_factory=dict)
    results: list[ExpectationResult] = field(default_factory=list)
    rejection: str | None = None  # why it cannot be loaded
    already_loaded: bool = False


@task(cache_policy=NO_CACHE)
def prepare_archive(paths: list[str], spool: str, loaded_ids: frozenset[str]) -> PreparedArchive:
    """Open, detect, parse and validate one archive, wherever the task runner runs it; its
    tables go to Parquet under `spool`. Bad input becomes a `rejection`, not an exception."""
    prepared = PreparedArchive(paths, _subject(paths), _now())
    try:
        archive = open_input([Path(p) for p in paths], Limits.from_env())
        try:
            prepared.source = archive.source
            prepared.archive_id = archive.archive_id
            if prepared.archive_id in loaded_ids:
                prepared.already_loaded = True
                return prepared
            prepared.platform = detect.detect_platform(archive)
            parsed = detect.parse_archive(archive, prepared.platform)
        finally:
            archive.close()
    except ArchiveError as error:
        prepared.rejection = str(error)
        return prepared
    prepared.results = _run_suites(parsed)
    prepared.parsed = replace(parsed, tables={})
    if has_critical_failure(prepared.results):
        prepared.rejection = f"{prepared.source}: {_failed_expectations(prepared.results)}"
        return prepared
    prepared.table_files = write_tables(parsed.tables, Path(spool), prepared.archive_id)
    return prepared


# Every model build rebuilds all the models, as long for one archive as for many: prepared archives
# wait to be loaded together, but no longer than this after the first of them arrived (so work is
# committed as it goes), and no more than this much of their tables at once.
BATCH_SECONDS = 30.0
BATCH_BYTES = 512 * 2**20


def _import_prepared(groups: list[list[str]], db: str, spool: Path) -> list[ImportOutcome]:
    """Prepare every archive on the cluster and load them here, one writer, in batches."""
    known = _loaded_archive_ids(Path(db))
    announce("prepare", f"{len(groups)} archives, parsed and validated on the Dask cluster")
    futures = {
        prepare_archive.submit(group, str(spool), known): index
        for index, group in enumerate(groups)
    }
    arrived: queue.Queue[tuple[int, PreparedArchive]] = queue.Queue()

    def collect() -> None:
        delivered: set[int] = set()
        try:
            for future in as_completed(list(futures)):
                index = futures[future]
                arrived.put((index, _prepared(future, groups[index])))
                delivered.add(index)
        except Exception as error:  # the loader waits for every archive: account for all
            for future, index in futures.items():
                if index not in delivered:
                    arrived.put((index, _prepared(future, groups[index], error)))

    threading.Thread(target=collect, name="prepared-archives", daemon=True).start()
    outcomes: dict[int, ImportOutcome] = {}
    received = 0
    while len(outcomes) < len(groups):
        batch: list[tuple[int, PreparedArchive]] = []
        deadline = None
        while received < len(groups) and _spooled_bytes(batch) < BATCH_BYTES:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                batch.append(arrived.get(timeout=wait))
            except queue.Empty:
                break
            received += 1
            deadline = deadline or time.monotonic() + BATCH_SECONDS
            announce("prepare", f"{received} of {len(groups)} archives prepared")
        loaded = load_prepared([prepared for _, prepared in batch], db)
        outcomes.update(zip((index for index, _ in batch), loaded, strict=True))
    return [outcomes[index] for index in range(len(groups))]


def _spooled_bytes(batch: list[tuple[int, PreparedArchive]]) -> int:
    return sum(
        Path(path).stat().st_size
        for _, prepared in batch
        for path in prepared.table_files.values()
        if Path(path).is_file()
    )


def _loaded_archive_ids(db: Path) -> frozenset[str]:
    """What the warehouse holds already: workers skip parsing those (the loader checks again)."""
    if not db.exists():
        return frozenset()
    with connect(db, read_only=True) as con:
        try:
            return frozenset(
                row[0] for row in con.sql("select archive_id from meta.archives").fetchall()
            )
        except duckdb.CatalogException:
            return frozenset()


def _prepared(
    future: PrefectFuture, paths: list[str], lost: Exception | None = None
) -> PreparedArchive:
    """The worker's result; a worker that failed outright (or a future that was `lost`)
    rejects only its own archive."""
    try:
        if lost is not None:
            raise lost
        return future.result()
    except Exception as error:
        subject = _subject(paths)
        return PreparedArchive(
            paths,
            subject,
            _now(),
            rejection=(
                f"{subject}: the worker preparing it failed ({type(error).__name__}: "
                f"{(str(error).splitlines() or [''])[0]}); nothing of it was loaded, import "
                "it again."
            ),
        )


def load_prepared(batch: list[PreparedArchive], db: str) -> list[ImportOutcome]:
    """Load prepared archives, in one transaction with one model build when there are several.

    Should that fail, each is loaded again alone, so one archive's failure never costs another
    its load: every archive is in the warehouse whole or not at all, as with `import_archive`.
    """
    db_path = Path(db)
    outcomes: dict[int, ImportOutcome] = {}
    with take_import_lock(db):
        for index, prepared in enumerate(batch):
            if prepared.rejection:
                outcomes[index] = _reject_prepared(prepared, prepared.rejection, db_path)
        loadable = [index for index in range(len(batch)) if index not in outcomes]
        if len(loadable) > 1:
            try:
                together = _load_committed(batch, loadable, db_path)
            except Exception as error:
                get_run_logger().info(
                    "loading %d archives together failed (%s); now each alone", len(loadable), error
                )
            else:
                outcomes.update(zip(loadable, together, strict=True))
                loadable = []
        for index in loadable:
            try:
                (outcomes[index],) = _load_committed(batch, [index], db_path)
            except ArchiveError as error:
                outcomes[index] = _reject_prepared(batch[index], str(error), db_path)
            except Exception as error:
                # Not the archive's fault, but the batches before it are committed and the
                # archives after it may load: say so for this one and go on.
                outcomes[index] = _reject_prepared(
                    batch[index],
                    f"{batch[index].source}: loading it failed ({type(error).__name__}: "
                    f"{(str(error).splitlines() or [''])[0]}); nothing of it was kept, import "
                    "it again.",
                    db_path,
                )
    return [outcomes[index] for index in range(len(batch))]


def _load_committed(
    batch: list[PreparedArchive], indices: list[int], db_path: Path
) -> list[ImportOutcome]:
    with open_warehouse(db_path) as con:
        con.begin()
        try:
            outcomes = _load_batch(con, [batch[index] for index in indices])
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return outcomes


def _load_batch(con, batch: list[PreparedArchive]) -> list[ImportOutcome]:
    staged: dict[int, tuple[LoadedArchive, ParseResult]] = {}
    outcomes: dict[int, ImportOutcome] = {}
    for index, prepared in enumerate(batch):
        if earlier := find_loaded(con, prepared.archive_id):
            outcomes[index] = _already_loaded(prepared.source, earlier)
            _record(con, outcomes[index], prepared.started)
        elif prepared.already_loaded:
            raise ArchiveError(f"{prepared.source}: was in the warehouse, and is gone now.")
        else:
            try:
                tables = read_tables(prepared.table_files)
            except ArchiveError as error:
                raise ArchiveError(f"{prepared.source}: {error}") from error
            parsed = replace(prepared.parsed, tables=tables)
            loaded = load_archive(
                con, prepared.archive_id, prepared.source, prepared.platform, parsed
            )
            staged[index] = (loaded, replace(parsed, tables={}))  # the rows are in; let go
    if staged:
        build_models(con, f"{len(staged)} archive{'s' if len(staged) > 1 else ''}")
    for index, (loaded, parsed) in staged.items():
        prepared = batch[index]
        outcomes[index] = _finish_load(
            con, loaded, prepared.source, parsed, prepared.results, prepared.started
        )
    return [outcomes[index] for index in range(len(batch))]


def _reject_prepared(prepared: PreparedArchive, message: str, db_path: Path) -> ImportOutcome:
    outcome = ImportOutcome(prepared.source, "rejected", message, prepared.archive_id)
    return _record_rejection(db_path, outcome, prepared.parsed, prepared.results, prepared.started)
