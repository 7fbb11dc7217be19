"""The warehouse: its schemas and bookkeeping tables, the SQL models, and who owns an archive.

Plain DuckDB, no Prefect: the import flow, the CLI and the tests all call these functions on a
connection they hold. Nothing here opens or commits a transaction; the caller decides what is
atomic (the import wraps load and build in one).
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from transforms.schemas import RAW_TABLES

SQL_DIR = Path(__file__).resolve().parents[1] / "sql"
MODEL_SCHEMAS = ("staging", "marts")  # in build order: marts read staging, never the reverse

META_TABLES: dict[str, str] = {
    "archives": (
        "archive_id VARCHAR, platform VARCHAR, owner_key VARCHAR, exported_at TIMESTAMP, "
        "source_path VARCHAR, imported_at TIMESTAMP, status VARCHAR"
    ),
    "imports": (
        "archive_id VARCHAR, source_path VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, "
        "outcome VARCHAR, message VARCHAR"
    ),
    "rejects": (
        "archive_id VARCHAR, member VARCHAR, locator VARCHAR, reason VARCHAR, excerpt VARCHAR"
    ),
    "validations": (
        "archive_id VARCHAR, table_name VARCHAR, expectation VARCHAR, success BOOLEAN, "
        "unexpected_count BIGINT, critical BOOLEAN"
    ),
    "unrecognised": "archive_id VARCHAR, member VARCHAR",
}

# `staging.x` / `marts.x` in a model's text (comments removed) is a dependency on that model.
_REFERENCE = re.compile(r"\b(staging|marts)\.([a-z_][a-z0-9_]*)\b", re.IGNORECASE)
_LINE_COMMENT = re.compile(r"--[^\n]*")
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


class ModelError(RuntimeError):
    """The SQL models cannot be built: a broken file, a cycle or a reference to no model."""


@dataclass(frozen=True)
class Model:
    """One SQL file that becomes the table `<schema>.<name>`."""

    schema: str
    name: str
    path: Path
    sql: str

    @property
    def table(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def label(self) -> str:
        """The file as error messages name it: relative to the project when it is inside."""
        path = self.path.resolve()
        root = SQL_DIR.parent
        return str(path.relative_to(root)) if path.is_relative_to(root) else str(self.path)

    def references(self) -> set[str]:
        code = _LINE_COMMENT.sub("", _BLOCK_COMMENT.sub("", self.sql))
        return {f"{s.lower()}.{n.lower()}" for s, n in _REFERENCE.findall(code)}


def ensure_warehouse(con: duckdb.DuckDBPyConnection) -> None:
    """Create whatever of the warehouse is missing: schemas, meta and raw tables, model tables.

    Safe to run on every connection: existing tables and their rows are left as they are, and a
    raw table gains the columns that `transforms.schemas` has added since it was created.
    """
    for schema in ("meta", "raw", *MODEL_SCHEMAS):
        con.execute(f"create schema if not exists {schema}")
    for name, columns in META_TABLES.items():
        con.execute(f"create table if not exists meta.{name} ({columns})")
    _ensure_raw_tables(con)
    if _missing_model_tables(con):
        build_models(con)


def build_models(con: duckdb.DuckDBPyConnection) -> list[str]:
    """(Re)build every staging and mart table from what is loaded; returns them in build order."""
    _install_functions(con)
    built = []
    for model in _build_order(discover_models()):
        try:
            con.execute(f"create or replace table {model.table} as\n{model.sql}")
        except duckdb.Error as error:
            raise ModelError(f"{model.label}: {error}") from error
        built.append(model.table)
    return built


def detect_owner(con: duckdb.DuckDBPyConnection, platform: str, archive_id: str) -> str | None:
    """The owner_key of a loaded archive from its raw rows (contract section 3), or None."""
    rule = SQL_DIR / "owners" / f"{platform}.sql"
    if not rule.is_file():
        raise ValueError(f"no owner rule for platform {platform!r} (looked for {rule})")
    _install_functions(con)
    rows = con.execute(rule.read_text(encoding="utf-8"), {"archive_id": archive_id}).fetchall()
    return rows[0][0] if rows and rows[0][0] else None


def discover_models() -> list[Model]:
    """Every `sql/staging/*.sql` and `sql/marts/*.sql`, one model per file named after its table."""
    models = []
    for schema in MODEL_SCHEMAS:
        for path in sorted((SQL_DIR / schema).glob("*.sql")):
            sql = path.read_text(encoding="utf-8").strip().rstrip(";").rstrip()
            models.append(Model(schema, path.stem, path, sql))
    return models


def _build_order(models: list[Model]) -> list[Model]:
    """Dependencies first; among the models that are ready, staging before marts, then by name."""
    by_table = {model.table: model for model in models}
    waiting_on: dict[str, set[str]] = {}
    for model in models:
        references = model.references()
        unknown = sorted(references - by_table.keys())
        if unknown:
            raise ModelError(
                f"{model.label} refers to {', '.join(unknown)}, which no file in sql/ defines"
            )
        waiting_on[model.table] = references
    dependants: dict[str, list[str]] = {table: [] for table in by_table}
    for table, references in waiting_on.items():
        for reference in references:
            dependants[reference].append(table)

    def rank(table: str) -> tuple[int, str]:
        return (MODEL_SCHEMAS.index(by_table[table].schema), table)

    ready = [rank(table) for table, references in waiting_on.items() if not references]
    heapq.heapify(ready)
    remaining = {table: len(references) for table, references in waiting_on.items()}
    order: list[Model] = []
    while ready:
        _, table = heapq.heappop(ready)
        order.append(by_table[table])
        for dependant in dependants[table]:
            remaining[dependant] -= 1
            if remaining[dependant] == 0:
                heapq.heappush(ready, rank(dependant))
    if len(order) < len(models):
        stuck = sorted(table for table, count in remaining.items() if count > 0)
        raise ModelError(f"the SQL models depend on each other in a cycle: {', '.join(stuck)}")
    return order


def _missing_model_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    existing = {
        f"{schema}.{name}"
        for schema, name in con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_schema in ('staging', 'marts') and table_catalog = current_database()"
        ).fetchall()
    }
    return [model.table for model in discover_models() if model.table not in existing]


def _ensure_raw_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Every `raw.<name>` of the schemas: `archive_id`, then the schema's columns in order."""
    existing: dict[str, set[str]] = {}
    for table, column in con.execute(
        "select table_name, column_name from information_schema.columns where table_schema = 'raw' "
        "and table_catalog = current_database()"
    ).fetchall():
        existing.setdefault(table, set()).add(column)
    for name, schema in RAW_TABLES.items():
        columns = [("archive_id", "VARCHAR")] + [
            (field.name, _duckdb_type(field.type)) for field in schema
        ]
        if name not in existing:
            definition = ", ".join(f'"{column}" {sql_type}' for column, sql_type in columns)
            con.execute(f"create table raw.{name} ({definition})")
            continue
        for column, sql_type in columns:
            if column not in existing[name]:
                con.execute(f'alter table raw.{name} add column "{column}" {sql_type}')


def _duckdb_type(arrow_type: pa.DataType) -> str:
    if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type):
        return "VARCHAR"
    if pa.types.is_boolean(arrow_type):
        return "BOOLEAN"
    if pa.types.is_int64(arrow_type):
        return "BIGINT"
    if pa.types.is_int32(arrow_type):
        return "INTEGER"
    if pa.types.is_floating(arrow_type):
        return "DOUBLE"
    if pa.types.is_timestamp(arrow_type):
        # The contract stores times as UTC without a zone.
        return "TIMESTAMP" if arrow_type.tz is None else "TIMESTAMPTZ"
    if pa.types.is_date(arrow_type):
        return "DATE"
    raise TypeError(f"no DuckDB column type for Arrow type {arrow_type}")


def _nfkc(values: pa.Array) -> pa.Array:
    return pc.utf8_normalize(values, form="NFKC")


def _install_functions(con: duckdb.DuckDBPyConnection) -> None:
    """The NFKC function (per connection) and the macros of `sql/macros.sql` that rely on it."""
    registered = con.execute(
        "select count(*) from duckdb_functions() "
        "where function_name = 'nfkc_normalize' and function_type = 'scalar'"
    ).fetchall()[0][0]
    if not registered:
        con.create_function(
            "nfkc_normalize",
            _nfkc,
            [duckdb.sqltype("VARCHAR")],
            duckdb.sqltype("VARCHAR"),
            type="arrow",
        )
    con.execute((SQL_DIR / "macros.sql").read_text(encoding="utf-8"))
