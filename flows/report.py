"""`recip report`: every `marts.*` table as Parquet (and CSV), a manifest and an offline dashboard.

Every file is written beside its final name and renamed into place, so a reader of the output
folder sees either the previous complete file or the new complete file, never a partial one.
The folder and the files are readable by the owner only: they describe the owner's contacts.

With `redact=True` every value that could identify a contact (person and owner keys, handles,
names, profile URLs, conversation and tweet ids, archive ids and source paths) is replaced by a
stable pseudonym, so the outputs can be shown to others.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

import duckdb
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from flows.dashboard import DashboardData, render_dashboard

MANIFEST_NAME = "manifest.json"
DASHBOARD_NAME = "dashboard.html"
MANIFEST_VERSION = 1
FOLDER_MODE = 0o700
FILE_MODE = 0o600
# Temporary files carry this suffix so a later run can recognise and remove the leftovers of a
# run that was killed between writing and renaming.
TEMP_SUFFIX = ".recip-tmp"

# Text columns whose values are fixed vocabularies of the contract, never about a person.
SAFE_TEXT_COLUMNS = frozenset(
    {"platform", "kind", "direction", "status", "initiator", "action", "change", "table_name"}
)
# Keys that name a person; their pseudonym keeps the platform prefix so joins still work.
PERSON_KEY_COLUMNS = frozenset({"person_key", "owner_key"})
# Columns that describe the row's person: redacted to that person's pseudonym so a shared
# dashboard shows one consistent label per contact.
PERSON_LABEL_COLUMNS = frozenset({"display_name", "handle", "profile_url"})
# `detail` of these kinds is a skill name, which says nothing about who the contact is.
DETAIL_KEPT_FOR_KINDS = frozenset({"endorsement"})
KNOWN_PLATFORMS = ("linkedin", "twitter")

_SAFE_TABLE_NAME = re.compile(r"^[A-Za-z0-9_]+$")


@dataclass(frozen=True)
class ReportFile:
    """One file of the output folder."""

    path: Path
    table: str | None
    format: str
    rows: int | None
    bytes: int
    sha256: str


@dataclass(frozen=True)
class ReportResult:
    """What `write_report` wrote."""

    out_dir: Path
    dashboard: Path
    manifest: Path
    files: list[ReportFile] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    redacted: bool = False


def write_report(
    con: duckdb.DuckDBPyConnection, out_dir: Path, *, csv: bool = False, redact: bool = False
) -> ReportResult:
    """Write every `marts.*` table, `manifest.json` and `dashboard.html` into `out_dir`.

    The mart list comes from the catalog, so a new model is exported without a change here.
    Files a previous report listed in its manifest and this one does not write (a mart that is
    gone, CSVs of an earlier `--csv` run) are removed, so an unredacted file never sits beside
    a redacted report.
    """
    out_dir = Path(out_dir)
    _prepare_folder(out_dir)
    previous_files = _files_in_previous_manifest(out_dir)

    with _snapshot(con) as snapshot:
        archives = _read_archives(snapshot)
        last_import_at = _last_import_at(snapshot, archives)
        marts = {
            name: snapshot.sql(f'SELECT * FROM marts."{name}"').to_arrow_table()
            for name in _mart_names(snapshot)
        }
    if redact:
        redactor = Redactor.for_archives([str(row["archive_id"]) for row in archives])
        marts = {name: redactor.redact_table(table) for name, table in marts.items()}
        archives = [redactor.redact_archive(row) for row in archives]

    written: list[ReportFile] = []
    for name, table in marts.items():
        parquet_path = out_dir / f"{name}.parquet"
        with _atomic_file(parquet_path) as handle:
            pq.write_table(table, handle)
        written.append(_describe(parquet_path, name, "parquet", table.num_rows))
        if csv:
            csv_path = out_dir / f"{name}.csv"
            with _atomic_file(csv_path) as handle:
                pa_csv.write_csv(_csv_ready(table), handle)
            written.append(_describe(csv_path, name, "csv", table.num_rows))

    generated_at = datetime.now(UTC).replace(microsecond=0)

    page = render_dashboard(
        DashboardData(
            marts=marts,
            archives=archives,
            last_import_at=last_import_at,
            generated_at=generated_at,
            redacted=redact,
        )
    )
    dashboard_path = out_dir / DASHBOARD_NAME
    with _atomic_file(dashboard_path) as handle:
        handle.write(page.encode("utf-8"))
    written.append(_describe(dashboard_path, None, "html", None))

    manifest = {
        "manifest_version": MANIFEST_VERSION,
        "generated_at": _iso(generated_at),
        "redacted": redact,
        "last_import_at": _iso(last_import_at),
        "files": [_manifest_entry(entry) for entry in written],
        "row_counts": {name: table.num_rows for name, table in marts.items()},
        "archives": [{key: _json_value(value) for key, value in row.items()} for row in archives],
    }
    manifest_path = out_dir / MANIFEST_NAME
    with _atomic_file(manifest_path) as handle:
        handle.write((json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))

    _remove_stale(out_dir, previous_files - {entry.path.name for entry in written})
    _sync_folder(out_dir)
    return ReportResult(
        out_dir=out_dir,
        dashboard=dashboard_path,
        manifest=manifest_path,
        files=written,
        row_counts={name: table.num_rows for name, table in marts.items()},
        redacted=redact,
    )


# --- redaction -------------------------------------------------------------------------------


class Redactor:
    """Stable pseudonyms: the same value gives the same pseudonym in every table and every run
    over the same set of archives, and nothing in the outputs lets a reader reverse it.

    The key is derived from the warehouse's archive ids; those ids are themselves redacted in the
    outputs, so a reader cannot rebuild the key and test guessed names against the pseudonyms.
    """

    def __init__(self, key: bytes) -> None:
        self._key = key
        self._cache: dict[tuple[str, str], str] = {}

    @classmethod
    def for_archives(cls, archive_ids: list[str]) -> Redactor:
        material = "\n".join(sorted(set(archive_ids))).encode("utf-8")
        return cls(hashlib.sha256(b"recip-redact-v1\0" + material).digest())

    def token(self, label: str, value: str) -> str:
        """`<label>-<first 8 hex of HMAC-SHA256(key, value)>`."""
        cache_key = (label, value)
        cached = self._cache.get(cache_key)
        if cached is None:
            digest = hmac.new(self._key, value.encode("utf-8"), hashlib.sha256).hexdigest()
            cached = self._cache[cache_key] = f"{label}-{digest[:8]}"
        return cached

    def person_key(self, value: str) -> str:
        """A person or owner key: the platform prefix stays, the identity goes."""
        platform = value.split(":", 1)[0]
        pseudonym = self.token("person", value)
        return f"{platform}:{pseudonym}" if platform in KNOWN_PLATFORMS else pseudonym

    def person_label(self, person_key: str) -> str:
        """What a name, handle or URL of a known person becomes: the key's pseudonym."""
        return self.token("person", person_key)

    def redact_table(self, table: pa.Table) -> pa.Table:
        names = table.column_names
        person_keys = table.column("person_key").to_pylist() if "person_key" in names else None
        kinds = table.column("kind").to_pylist() if "kind" in names else None
        columns = []
        for name in names:
            column = table.column(name)
            if not _needs_redaction(name, column.type):
                columns.append(column)
                continue
            values = column.to_pylist()
            if name in PERSON_KEY_COLUMNS:
                redacted = [None if v is None else self.person_key(str(v)) for v in values]
            elif name in PERSON_LABEL_COLUMNS and person_keys is not None:
                redacted = [
                    None
                    if value is None
                    else self.person_label(key)
                    if key is not None
                    else self.token(name, str(value))
                    for value, key in zip(values, person_keys, strict=True)
                ]
            elif name == "detail" and kinds is not None:
                redacted = [
                    value
                    if value is None or kind in DETAIL_KEPT_FOR_KINDS
                    else self.token(name, str(value))
                    for value, kind in zip(values, kinds, strict=True)
                ]
            elif name == "archive_id" or name.endswith("_archive_id"):
                redacted = [None if v is None else self.token("archive", str(v)) for v in values]
            else:
                redacted = [None if v is None else self.token(name, _plain(v)) for v in values]
            columns.append(pa.array(redacted, type=pa.string()))
        schema = pa.schema(
            [pa.field(name, column.type) for name, column in zip(names, columns, strict=True)]
        )
        return pa.Table.from_arrays(columns, schema=schema)

    def redact_archive(self, row: dict[str, Any]) -> dict[str, Any]:
        redacted = dict(row)
        if redacted.get("archive_id") is not None:
            redacted["archive_id"] = self.token("archive", str(redacted["archive_id"]))
        if redacted.get("owner_key") is not None:
            redacted["owner_key"] = self.person_key(str(redacted["owner_key"]))
        if redacted.get("source_path") is not None:
            redacted["source_path"] = self.token("source", str(redacted["source_path"]))
        return redacted


def _needs_redaction(name: str, data_type: pa.DataType) -> bool:
    if name in SAFE_TEXT_COLUMNS:
        return False
    # Text, binary and nested values may carry names or ids: an unknown column of those types
    # is redacted rather than trusted. Numbers, flags and times are kept.
    return not (
        pa.types.is_integer(data_type)
        or pa.types.is_floating(data_type)
        or pa.types.is_decimal(data_type)
        or pa.types.is_boolean(data_type)
        or pa.types.is_temporal(data_type)
        or pa.types.is_null(data_type)
    )


def _plain(value: object) -> str:
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, default=str)


# --- reading the warehouse -------------------------------------------------------------------


@contextlib.contextmanager
def _snapshot(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor reading committed data from one transaction, so the files agree with each
    other even if an import commits meanwhile. It is a connection of its own: a transaction
    the caller has open is neither joined nor disturbed."""
    cursor = con.cursor()
    try:
        cursor.execute("BEGIN TRANSACTION")
        yield cursor
    finally:
        with contextlib.suppress(duckdb.Error):
            cursor.execute("ROLLBACK")
        cursor.close()


def _table_exists(con: duckdb.DuckDBPyConnection, schema: str, name: str) -> bool:
    # fetchall, not fetchone: an unfinished result would block the caller's connection.
    rows = con.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_catalog = current_database() AND table_schema = ? AND table_name = ?",
        [schema, name],
    ).fetchall()
    return bool(rows[0][0])


def _mart_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_catalog = current_database() AND table_schema = 'marts' "
        "ORDER BY table_name"
    ).fetchall()
    names = [row[0] for row in rows]
    for name in names:
        # The table name becomes a file name: refuse anything that could leave the folder.
        if not _SAFE_TABLE_NAME.match(name):
            raise ValueError(f"The mart name {name!r} cannot be used as a file name.")
    return names


def _read_archives(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    if not _table_exists(con, "meta", "archives"):
        return []
    wanted = [
        "archive_id",
        "platform",
        "owner_key",
        "exported_at",
        "source_path",
        "imported_at",
        "status",
    ]
    present = {
        row[0]
        for row in con.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_catalog = current_database() "
            "AND table_schema = 'meta' AND table_name = 'archives'"
        ).fetchall()
    }
    columns = [name for name in wanted if name in present]
    if "archive_id" not in columns:
        return []
    order = "imported_at, archive_id" if "imported_at" in columns else "archive_id"
    select = ", ".join(f'"{name}"' for name in columns)
    cursor = con.execute(f"SELECT {select} FROM meta.archives ORDER BY {order}")
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _last_import_at(
    con: duckdb.DuckDBPyConnection, archives: list[dict[str, Any]]
) -> datetime | None:
    """When the warehouse was last imported into: the latest import attempt's end (or start,
    for one that never finished); without an import log, the latest archive's load time."""
    if _table_exists(con, "meta", "imports"):
        rows = con.execute(
            "SELECT max(coalesce(finished_at, started_at)) FROM meta.imports"
        ).fetchall()
        if rows[0][0] is not None:
            return _as_datetime(rows[0][0])
    times = [row["imported_at"] for row in archives if row.get("imported_at") is not None]
    return _as_datetime(max(times)) if times else None


def _as_datetime(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return datetime.fromisoformat(str(value))


# --- writing ---------------------------------------------------------------------------------


def _prepare_folder(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    # mkdir's mode is filtered by the umask and an existing folder keeps its mode: set it.
    os.chmod(out_dir, FOLDER_MODE)
    for leftover in out_dir.glob(f".*{TEMP_SUFFIX}"):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


@contextlib.contextmanager
def _atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A binary handle on a new file beside `path`; on success it replaces `path` in one rename,
    on failure it disappears and `path` is left as it was."""
    descriptor, temp_name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX
    )
    temp_path = Path(temp_name)
    try:
        # mkstemp already creates the file 0600; stated here because the mode is a promise.
        os.fchmod(descriptor, FILE_MODE)
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_path, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp_path.unlink()
        raise


def _sync_folder(out_dir: Path) -> None:
    # The renames are durable only once the folder entry itself reaches the disk.
    try:
        descriptor = os.open(out_dir, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _describe(path: Path, table: str | None, file_format: str, rows: int | None) -> ReportFile:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return ReportFile(
        path=path,
        table=table,
        format=file_format,
        rows=rows,
        bytes=path.stat().st_size,
        sha256=digest.hexdigest(),
    )


def _manifest_entry(entry: ReportFile) -> dict[str, Any]:
    described: dict[str, Any] = {"path": entry.path.name, "format": entry.format}
    if entry.table is not None:
        described["table"] = f"marts.{entry.table}"
        described["rows"] = entry.rows
    described["bytes"] = entry.bytes
    described["sha256"] = entry.sha256
    return described


def _files_in_previous_manifest(out_dir: Path) -> set[str]:
    """Names of the files the previous report wrote. Only plain names of files inside the
    folder are returned: a damaged or hand-edited manifest cannot make us delete elsewhere."""
    try:
        manifest = json.loads((out_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
        entries = manifest["files"]
        names = {str(entry["path"]) for entry in entries}
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    return {name for name in names if name == Path(name).name and name not in {"", ".", ".."}}


def _remove_stale(out_dir: Path, names: set[str]) -> None:
    for name in sorted(names):
        path = out_dir / name
        if path.is_file() and not path.is_symlink():
            path.unlink()


def _csv_ready(table: pa.Table) -> pa.Table:
    """CSV has no nested values: those columns are written as JSON text."""
    columns = []
    for column in table.columns:
        if pa.types.is_nested(column.type):
            columns.append(
                pa.array(
                    [None if v is None else json.dumps(v, default=str) for v in column.to_pylist()],
                    type=pa.string(),
                )
            )
        else:
            columns.append(column)
    return pa.Table.from_arrays(columns, names=table.column_names)


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        # The warehouse stores naive timestamps in UTC.
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat()
    return value
