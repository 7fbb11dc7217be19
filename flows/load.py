"""Writing one parsed archive into the warehouse, and the bookkeeping of every attempt."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.locking import (
    POLL_SECONDS,
    WarehouseBusy,
    holding_import_lock,
    importing_pid,
    say,
    snapshot_path,
)
from flows.warehouse import detect_owner, ensure_warehouse
from transforms.result import ParseResult
from transforms.schemas import RAW_TABLES
from transforms.validation import ExpectationResult


class NotAWarehouse(Exception):
    """The warehouse path holds a file of another kind."""


def check_is_warehouse(path: Path) -> None:
    """NotAWarehouse unless `path` is missing (a new warehouse), empty, or a DuckDB file.

    Looks at DuckDB's magic bytes only, so it neither waits for an import nor starts one.
    """
    if path.is_file() and path.stat().st_size:
        with path.open("rb") as handle:
            magic = handle.read(12)[8:]
        if magic != b"DUCK":
            raise NotAWarehouse(
                f"{path} is not a DuckDB database, so it is no warehouse; give --db the "
                "warehouse file, or a path where a new one may be made."
            )


# DuckDB downloads a known extension the first time a query needs one it lacks: never here.
PRIVATE_DUCKDB = {"autoinstall_known_extensions": False}


@dataclass(frozen=True)
class LoadedArchive:
    archive_id: str
    platform: str
    owner_key: str | None
    exported_at: datetime | None
    rows: int
    rejects: int
    status: str


# Waiting on a busy warehouse --------------------------------------------------------------------
# Readers and writers alike wait here with one message instead of failing on DuckDB's lock; a
# reader that may not wait that long reads the snapshot the last writer published.

_CONFLICTING_PID = re.compile(r"\(PID (\d+)\)")


def _who_holds(path: Path, error: duckdb.Error) -> tuple[str, str]:
    """Who has the file, and what we wait for it to do: for the waiting message."""
    importer = importing_pid(path)
    if importer is not None and importer != os.getpid():
        who = f"the import in progress (pid {importer})" if importer else "the import in progress"
        return who, "finish"
    found = _CONFLICTING_PID.search(str(error))
    if found:
        return f"process {found.group(1)}, which has the warehouse open", "close it"
    return "another process that has the warehouse open", "close it"


def connect(
    path: Path,
    read_only: bool = False,
    wait_seconds: float = 600.0,
    on_wait: Callable[[str], None] = say,
) -> duckdb.DuckDBPyConnection:
    """Connect, waiting while another process (an import, or a reader) holds the file.

    DuckDB lets one process write or several read, never both; so every entry point waits here
    with one message ("waiting for the import in progress (pid N) to finish ...") instead of
    failing on the lock, and raises WarehouseBusy when `wait_seconds` run out.
    """
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=PRIVATE_DUCKDB)
        except duckdb.IOException as error:
            if "not a valid DuckDB database" in str(error):
                check_is_warehouse(path)
            if "lock" not in str(error).lower():
                raise
            who, until = _who_holds(path, error)
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"{path} is still in use by {who} after {wait_seconds:g} s; "
                    "try again when it has finished.",
                    who=who,
                ) from error
            if not told:
                on_wait(f"waiting for {who} to {until} (up to {wait_seconds:g} s) ...")
                told = True
            time.sleep(POLL_SECONDS)


@contextmanager
def open_warehouse(
    path: Path,
    read_only: bool = False,
    wait_seconds: float = 600.0,
    *,
    on_wait: Callable[[str], None] = say,
    snapshot_fallback: bool = False,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse file, created with its tables when it does not exist yet.

    Writing takes the import lock first (so writers queue up, each with a message) and publishes
    the snapshot when the outermost writer lets go. Reading never takes that lock: a reader waits
    only while a writer actually has the file open, and with `snapshot_fallback` it reads the
    published snapshot once `wait_seconds` have run out, saying so through `on_wait`.
    """
    if read_only:
        con = _connect_reader(path, wait_seconds, on_wait, snapshot_fallback)
        try:
            yield con
        finally:
            con.close()
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with holding_import_lock(path, wait_seconds, on_wait) as lock:
        con = connect(path, read_only=False, wait_seconds=wait_seconds, on_wait=on_wait)
        # Even a write that fails may have created tables; publishing unchanged data is a copy.
        lock.before_release("snapshot", lambda: publish_snapshot(path, wait_seconds, on_wait))
        try:
            ensure_warehouse(con)
            os.chmod(path, 0o600)
            yield con
        finally:
            con.close()


def _connect_reader(
    path: Path, wait_seconds: float, on_wait: Callable[[str], None], snapshot_fallback: bool
) -> duckdb.DuckDBPyConnection:
    try:
        return connect(path, read_only=True, wait_seconds=wait_seconds, on_wait=on_wait)
    except WarehouseBusy as busy:
        snapshot = snapshot_path(path)
        if not snapshot_fallback or not snapshot.is_file():
            raise
        published = datetime.fromtimestamp(snapshot.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")
        on_wait(
            f"{busy.who} still holds the warehouse; reading the snapshot published {published} "
            f"instead ({snapshot}): it has every import finished by then."
        )
        return connect(snapshot, read_only=True, wait_seconds=wait_seconds, on_wait=on_wait)


def publish_snapshot(
    db: Path, wait_seconds: float = 600.0, on_wait: Callable[[str], None] = say
) -> Path | None:
    """Copy the warehouse to its snapshot file in one rename; the caller holds the import lock.

    A connection is held during the copy so that no other process can write meanwhile. Failing
    to publish never fails the import that has already committed: it is reported, and readers
    keep the previous snapshot.
    """
    target = snapshot_path(db)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        wal = Path(f"{db}.wal")
        # After the last connection closes DuckDB has checkpointed; a WAL left means it has not.
        unflushed = wal.is_file() and wal.stat().st_size > 0
        con = connect(db, read_only=not unflushed, wait_seconds=wait_seconds, on_wait=on_wait)
        try:
            if unflushed:
                con.execute("CHECKPOINT")
            shutil.copyfile(db, temporary)
            os.chmod(temporary, 0o600)
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        finally:
            con.close()
    except (OSError, duckdb.Error, WarehouseBusy) as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        on_wait(f"could not publish the warehouse snapshot {target}: {error}")
        return None
    return target


def find_loaded(con: duckdb.DuckDBPyConnection, archive_id: str) -> LoadedArchive | None:
    """The archive as it was loaded before, or None when it is new."""
    found = con.execute(
        "select a.platform, a.owner_key, a.exported_at, a.status, "
        "(select count(*) from meta.rejects r where r.archive_id = a.archive_id) "
        "from meta.archives a where a.archive_id = $id",
        {"id": archive_id},
    ).fetchall()
    if not found:
        return None
    platform, owner_key, exported_at, status, rejects = found[0]
    return LoadedArchive(archive_id, platform, owner_key, exported_at, 0, rejects, status)


def insert_raw_tables(
    con: duckdb.DuckDBPyConnection, archive_id: str, tables: dict[str, pa.Table]
) -> int:
    """Append every parsed table to its `raw.<name>`, each row tagged with the archive id."""
    rows = 0
    for name, table in tables.items():
        if table.num_rows == 0:
            continue
        columns = ", ".join(f'"{column}"' for column in RAW_TABLES[name].names)
        view = f"incoming_{name}"
        con.register(view, table)
        try:
            con.execute(
                f"insert into raw.{name} (archive_id, {columns}) "
                f"select $archive_id, {columns} from {view}",
                {"archive_id": archive_id},
            )
        finally:
            con.unregister(view)
        rows += table.num_rows
    return rows


def insert_findings(
    con: duckdb.DuckDBPyConnection,
    archive_id: str | None,
    parsed: ParseResult | None,
    validations: list[ExpectationResult],
) -> None:
    """Rejected rows, expectation results and unrecognised files of one archive."""
    if validations:
        con.executemany(
            "insert into meta.validations values (?, ?, ?, ?, ?, ?)",
            [
                [archive_id, v.table_name, v.expectation, v.success, v.unexpected_count, v.critical]
                for v in validations
            ],
        )
    if parsed is None:
        return
    if parsed.rejects:
        con.executemany(
            "insert into meta.rejects values (?, ?, ?, ?, ?)",
            [[archive_id, r.member, r.locator, r.reason, r.excerpt] for r in parsed.rejects],
        )
    if parsed.unrecognised:
        con.executemany(
            "insert into meta.unrecognised values (?, ?)",
            [[archive_id, member] for member in parsed.unrecognised],
        )


def stage_parsed_archive(
    con: duckdb.DuckDBPyConnection,
    *,
    archive_id: str,
    platform: str,
    parsed: ParseResult,
    exported_at: datetime | None,
    source_path: str,
    imported_at: datetime,
) -> LoadedArchive:
    """The raw rows and the `meta.archives` row: all the models read.

    The status is provisional (`loaded`) until `record_checks` writes the validation results;
    the caller holds the transaction, so nobody sees it in between.
    """
    rows = insert_raw_tables(con, archive_id, parsed.tables)
    owner_key = detect_owner(con, platform, archive_id)
    con.execute(
        "insert into meta.archives values ($id, $platform, $owner, $exported, $source, $imported, "
        "$status)",
        {
            "id": archive_id,
            "platform": platform,
            "owner": owner_key,
            "exported": exported_at,
            "source": source_path,
            "imported": imported_at,
            "status": "loaded",
        },
    )
    return LoadedArchive(
        archive_id, platform, owner_key, exported_at, rows, len(parsed.rejects), "loaded"
    )


def record_checks(
    con: duckdb.DuckDBPyConnection,
    staged: LoadedArchive,
    parsed: ParseResult,
    validations: list[ExpectationResult],
    status: str,
) -> LoadedArchive:
    """Rejected rows, expectation results and the final status of a staged archive."""
    insert_findings(con, staged.archive_id, parsed, validations)
    if status != staged.status:
        con.execute(
            "update meta.archives set status = $status where archive_id = $id",
            {"status": status, "id": staged.archive_id},
        )
    return replace(staged, status=status)


def record_import(
    con: duckdb.DuckDBPyConnection,
    *,
    archive_id: str | None,
    source_path: str,
    started_at: datetime,
    finished_at: datetime,
    outcome: str,
    message: str,
) -> None:
    con.execute(
        "insert into meta.imports values (?, ?, ?, ?, ?, ?)",
        [archive_id, source_path, started_at, finished_at, outcome, message],
    )
