"""Parsed tables waiting for the loader, as Parquet files in a spool folder.

When several archives are parsed in parallel, each worker process writes what it parsed here and
hands back only the file names; the one process that writes the warehouse reads them back an
archive at a time. So the tables never travel through the task runner, and a worker on another
machine needs nothing but a folder both of them can see.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from transforms.result import ArchiveError
from transforms.schemas import RAW_TABLES


def write_tables(tables: dict[str, pa.Table], spool: Path, archive_id: str) -> dict[str, str]:
    """Write every table to `<spool>/<archive id>-<unique>/<table>.parquet`; returns the file of
    each table. The same archive given twice may be prepared by two workers at once. The
    spool must exist: a worker still running after its import ended (and removed the spool)
    fails here rather than leave parsed tables behind."""
    folder = Path(tempfile.mkdtemp(prefix=f"{archive_id[:16]}-", dir=spool))
    files: dict[str, str] = {}
    for name, table in tables.items():
        path = folder / f"{name}.parquet"
        # Uncompressed: the files live for seconds and are read once, on the same disk.
        pq.write_table(table, path, compression="none")
        files[name] = str(path)
    return files


def read_tables(files: dict[str, str]) -> dict[str, pa.Table]:
    """The tables `write_tables` wrote, as long as they have the raw schemas of this version."""
    missing = [path for path in files.values() if not Path(path).is_file()]
    if missing:
        raise ArchiveError(
            f"the parsed tables are not where the worker wrote them ({missing[0]}): the spool "
            "folder must be one that the workers and this machine share."
        )
    tables = {name: pq.read_table(path, memory_map=True) for name, path in files.items()}
    for name, table in tables.items():
        if not table.schema.equals(RAW_TABLES[name]):
            raise ArchiveError(
                f"the worker that parsed it wrote {name} with other columns than this version of "
                "recip expects: install the same version on every worker."
            )
    return tables


@contextlib.contextmanager
def spool_folder(beside: Path, chosen: Path | None = None) -> Iterator[Path]:
    """A folder for one run's parsed tables: `chosen` when given (kept, its contents removed
    after), else a private temporary folder beside `beside` (removed after)."""
    if chosen is not None:
        chosen.mkdir(parents=True, exist_ok=True, mode=0o700)
        run = Path(tempfile.mkdtemp(prefix="recip-spool-", dir=chosen))
    else:
        beside.mkdir(parents=True, exist_ok=True, mode=0o700)
        run = Path(tempfile.mkdtemp(prefix=".recip-spool-", dir=beside))
    try:
        yield run
    finally:
        shutil.rmtree(run, ignore_errors=True)
