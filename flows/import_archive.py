"""The `import_archive` flow: open, detect, parse, validate, load and build, one archive at a time.

Parsing and validation hold no warehouse connection; only the load and the model build do, inside
one transaction, so an archive is in the warehouse whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import warehouse
from flows.load import (
    LoadedArchive,
    find_loaded,
    insert_findings,
    load_parsed_archive,
    open_warehouse,
    record_import,
)
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
def load_archive(
    con, archive: Archive, platform: str, parsed: ParseResult, results: list[ExpectationResult]
) -> LoadedArchive:
    announce("load", archive.source)
    warnings = bool(parsed.rejects) or any(not r.success for r in results)
    return load_parsed_archive(
        con,
        archive_id=archive.archive_id,
        platform=platform,
        parsed=parsed,
        validations=results,
        exported_at=parsed.declared_exported_at or latest_timestamp(parsed.tables),
        source_path=archive.source,
        imported_at=_now(),
        status="loaded_with_warnings" if warnings else "loaded",
    )


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


@flow(name="import_archive", log_prints=True)
def import_archive(paths: list[str], db: str) -> ImportOutcome:
    """Import one archive (a zip, a folder, or loose files) into the warehouse at `db`.

    Bad input never raises: it becomes a `rejected` outcome with a sentence saying why.
    """
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
        results = validate_tables(archive, parsed)
        if has_critical_failure(results):
            raise ArchiveError(f"{archive.source}: {_failed_expectations(results)}")
        with open_warehouse(db_path) as con:
            con.begin()
            try:
                loaded = load_archive(con, archive, platform, parsed, results)
                build_models(con, archive.source)
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


@flow(name="import_archives")
def import_archives(paths: list[str], db: str) -> list[ImportOutcome]:
    """Import several inputs one after another; loose data files given together form one archive."""
    groups = group_inputs([Path(p) for p in paths])
    return [import_archive([str(p) for p in group], db) for group in groups]
