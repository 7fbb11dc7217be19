"""Writing one parsed archive into the warehouse, and the bookkeeping of every attempt."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.warehouse import detect_owner, ensure_warehouse
from transforms.result import ParseResult
from transforms.schemas import RAW_TABLES
from transforms.validation import ExpectationResult


@dataclass(frozen=True)
class LoadedArchive:
    archive_id: str
    platform: str
    owner_key: str | None
    exported_at: datetime | None
    rows: int
    rejects: int
    status: str


class WarehouseBusy(Exception):
    """Another process holds the warehouse for longer than we were willing to wait."""


def _say_waiting(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def connect(
    path: Path,
    read_only: bool = False,
    wait_seconds: float = 600.0,
    on_wait: Callable[[str], None] = _say_waiting,
) -> duckdb.DuckDBPyConnection:
    """Connect, waiting while another process (an import, or a reader) holds the file.

    DuckDB lets one process write or several read, never both; so every entry point waits here
    with one message instead of failing on the lock.
    """
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"{path} is in use by another process (an import in progress?); "
                    "try again when it has finished, or wait longer with --wait SECONDS."
                ) from error
            if not told:
                on_wait(
                    f"waiting for the import in progress to finish (up to {wait_seconds:.0f} s) ..."
                )
                told = True
            time.sleep(0.2)


@contextmanager
def open_warehouse(
    path: Path, read_only: bool = False, wait_seconds: float = 600.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse file, created with its tables when it does not exist yet."""
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    con = connect(path, read_only=read_only, wait_seconds=wait_seconds)
    try:
        if not read_only:
            ensure_warehouse(con)
            os.chmod(path, 0o600)
        yield con
    finally:
        con.close()


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


def load_parsed_archive(
    con: duckdb.DuckDBPyConnection,
    *,
    archive_id: str,
    platform: str,
    parsed: ParseResult,
    validations: list[ExpectationResult],
    exported_at: datetime | None,
    source_path: str,
    imported_at: datetime,
    status: str,
) -> LoadedArchive:
    """Everything of one archive except the models; the caller holds the transaction."""
    rows = insert_raw_tables(con, archive_id, parsed.tables)
    insert_findings(con, archive_id, parsed, validations)
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
            "status": status,
        },
    )
    return LoadedArchive(
        archive_id, platform, owner_key, exported_at, rows, len(parsed.rejects), status
    )


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
