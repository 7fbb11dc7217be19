"""`recip report`: Parquet and CSV exports, manifest.json, atomic owner-only files, redaction and
the offline dashboard page, built from hand-written marts in a temporary warehouse."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest

from flows import report as report_module
from flows.dashboard import DashboardData, render_dashboard
from flows.report import Redactor, write_report

# The marts exactly as the contract lists their columns.
MART_DDL = {
    "interactions": """owner_key VARCHAR, platform VARCHAR, kind VARCHAR, direction VARCHAR,
        person_key VARCHAR, occurred_at TIMESTAMP, detail VARCHAR, is_group BOOLEAN,
        archive_id VARCHAR""",
    "reciprocity": """owner_key VARCHAR, platform VARCHAR, kind VARCHAR, person_key VARCHAR,
        given_count BIGINT, received_count BIGINT, first_given_at TIMESTAMP,
        first_received_at TIMESTAMP, last_given_at TIMESTAMP, last_received_at TIMESTAMP,
        status VARCHAR, initiator VARCHAR, lag_days DOUBLE""",
    "reciprocity_summary": """owner_key VARCHAR, platform VARCHAR, kind VARCHAR, people BIGINT,
        mutual BIGINT, given_only BIGINT, received_only BIGINT, dyad_reciprocity DOUBLE,
        edge_reciprocity DOUBLE, initiated_by_me BIGINT, returned_to_me BIGINT,
        return_rate_to_me DOUBLE, initiated_by_them BIGINT, returned_by_me BIGINT,
        return_rate_by_me DOUBLE, median_lag_days DOUBLE, p90_lag_days DOUBLE""",
    "reciprocity_timeline": """owner_key VARCHAR, platform VARCHAR, kind VARCHAR,
        week TIMESTAMP, given BIGINT, received BIGINT""",
    "reciprocity_effect": """owner_key VARCHAR, kind VARCHAR, treated BIGINT,
        treated_returned BIGINT, treated_rate DOUBLE, baseline BIGINT, baseline_returned BIGINT,
        baseline_rate DOUBLE, lift DOUBLE""",
    "action_items": """owner_key VARCHAR, platform VARCHAR, kind VARCHAR, person_key VARCHAR,
        display_name VARCHAR, action VARCHAR, since TIMESTAMP, acts BIGINT""",
    "follow_changes": """owner_key VARCHAR, person_key VARCHAR, direction VARCHAR,
        change VARCHAR, from_exported_at TIMESTAMP, to_exported_at TIMESTAMP""",
    "people": """person_key VARCHAR, platform VARCHAR, handle VARCHAR, display_name VARCHAR,
        profile_url VARCHAR, is_owner BOOLEAN, is_connection BOOLEAN""",
}
META_DDL = {
    "archives": """archive_id VARCHAR, platform VARCHAR, owner_key VARCHAR,
        exported_at TIMESTAMP, source_path VARCHAR, imported_at TIMESTAMP, status VARCHAR""",
    "imports": """archive_id VARCHAR, source_path VARCHAR, started_at TIMESTAMP,
        finished_at TIMESTAMP, outcome VARCHAR, message VARCHAR""",
}

LI_OWNER = "linkedin:jane-quackenbush"
TW_OWNER = "twitter:918273645501"
LI_ARCHIVE = "a" * 64
TW_ARCHIVE = "b" * 64
LI_SOURCE = "/home/jquackenbush/Downloads/Basic_LinkedInDataExport_06-01-2024.zip"
TW_SOURCE = "/home/jquackenbush/Downloads/twitter-2024-06-01-quackenbush.zip"

ROWS: dict[str, list[tuple]] = {
    "interactions": [
        (
            LI_OWNER,
            "linkedin",
            "endorsement",
            "given",
            "linkedin:alvina-zebrowski",
            "2024-01-03 09:00:00",
            "Data Engineering",
            False,
            LI_ARCHIVE,
        ),
        (
            LI_OWNER,
            "linkedin",
            "endorsement",
            "received",
            "linkedin:alvina-zebrowski",
            "2024-01-10 12:00:00",
            "Python",
            False,
            LI_ARCHIVE,
        ),
        (
            LI_OWNER,
            "linkedin",
            "endorsement",
            "given",
            "linkedin:bertram-okonkwo",
            "2024-02-05 08:30:00",
            "SQL",
            False,
            LI_ARCHIVE,
        ),
        (
            LI_OWNER,
            "linkedin",
            "endorsement",
            "received",
            "linkedin:name:cordelia vanterpool",
            "2024-03-01 00:00:00",
            "Leadership",
            False,
            LI_ARCHIVE,
        ),
        (
            LI_OWNER,
            "linkedin",
            "message",
            "given",
            "linkedin:alvina-zebrowski",
            "2024-01-02 10:00:00",
            "2-ZmlyZWZseWNvbnZlcnNhdGlvbg==",
            False,
            LI_ARCHIVE,
        ),
        (
            LI_OWNER,
            "linkedin",
            "message",
            "received",
            "linkedin:alvina-zebrowski",
            "2024-01-04 10:00:00",
            "2-ZmlyZWZseWNvbnZlcnNhdGlvbg==",
            False,
            LI_ARCHIVE,
        ),
        (
            LI_OWNER,
            "linkedin",
            "recommendation",
            "received",
            "linkedin:bertram-okonkwo",
            "2024-04-15 00:00:00",
            None,
            False,
            LI_ARCHIVE,
        ),
        (
            TW_OWNER,
            "twitter",
            "follow",
            "given",
            "twitter:556677889900",
            None,
            None,
            False,
            TW_ARCHIVE,
        ),
        (
            TW_OWNER,
            "twitter",
            "follow",
            "received",
            "twitter:556677889900",
            None,
            None,
            False,
            TW_ARCHIVE,
        ),
        (
            TW_OWNER,
            "twitter",
            "dm",
            "given",
            "twitter:556677889900",
            "2024-02-01 18:00:00",
            "556677889900-918273645501",
            False,
            TW_ARCHIVE,
        ),
        (
            TW_OWNER,
            "twitter",
            "dm",
            "received",
            "twitter:556677889900",
            "2024-02-03 18:00:00",
            "556677889900-918273645501",
            False,
            TW_ARCHIVE,
        ),
        (
            TW_OWNER,
            "twitter",
            "reply",
            "given",
            "twitter:@xylophonista",
            "2024-02-10 07:00:00",
            "1755443322110099887",
            False,
            TW_ARCHIVE,
        ),
    ],
    "reciprocity": [
        (
            LI_OWNER,
            "linkedin",
            "endorsement",
            "linkedin:alvina-zebrowski",
            1,
            1,
            "2024-01-03 09:00:00",
            "2024-01-10 12:00:00",
            "2024-01-03 09:00:00",
            "2024-01-10 12:00:00",
            "mutual",
            "me",
            7.125,
        ),
        (
            LI_OWNER,
            "linkedin",
            "endorsement",
            "linkedin:bertram-okonkwo",
            1,
            0,
            "2024-02-05 08:30:00",
            None,
            "2024-02-05 08:30:00",
            None,
            "given_only",
            "me",
            None,
        ),
        (
            LI_OWNER,
            "linkedin",
            "endorsement",
            "linkedin:name:cordelia vanterpool",
            0,
            1,
            None,
            "2024-03-01 00:00:00",
            None,
            "2024-03-01 00:00:00",
            "received_only",
            "them",
            None,
        ),
        (
            LI_OWNER,
            "linkedin",
            "message",
            "linkedin:alvina-zebrowski",
            1,
            1,
            "2024-01-02 10:00:00",
            "2024-01-04 10:00:00",
            "2024-01-02 10:00:00",
            "2024-01-04 10:00:00",
            "mutual",
            "me",
            2.0,
        ),
        (
            LI_OWNER,
            "linkedin",
            "recommendation",
            "linkedin:bertram-okonkwo",
            0,
            1,
            None,
            "2024-04-15 00:00:00",
            None,
            "2024-04-15 00:00:00",
            "received_only",
            "them",
            None,
        ),
        (
            TW_OWNER,
            "twitter",
            "follow",
            "twitter:556677889900",
            1,
            1,
            None,
            None,
            None,
            None,
            "mutual",
            "unknown",
            None,
        ),
        (
            TW_OWNER,
            "twitter",
            "dm",
            "twitter:556677889900",
            1,
            1,
            "2024-02-01 18:00:00",
            "2024-02-03 18:00:00",
            "2024-02-01 18:00:00",
            "2024-02-03 18:00:00",
            "mutual",
            "me",
            2.0,
        ),
    ],
    "reciprocity_summary": [
        (
            LI_OWNER,
            "linkedin",
            "endorsement",
            3,
            1,
            1,
            1,
            1 / 3,
            0.5,
            2,
            1,
            0.5,
            1,
            0,
            0.0,
            7.125,
            7.125,
        ),
        (LI_OWNER, "linkedin", "message", 1, 1, 0, 0, 1.0, 1.0, 1, 1, 1.0, 0, 0, None, 2.0, 2.0),
        (
            LI_OWNER,
            "linkedin",
            "recommendation",
            1,
            0,
            0,
            1,
            0.0,
            0.0,
            0,
            0,
            None,
            1,
            0,
            0.0,
            None,
            None,
        ),
        (TW_OWNER, "twitter", "follow", 1, 1, 0, 0, 1.0, 1.0, 0, 0, None, 0, 0, None, None, None),
        (TW_OWNER, "twitter", "dm", 1, 1, 0, 0, 1.0, 1.0, 1, 1, 1.0, 0, 0, None, 2.0, 2.0),
    ],
    "reciprocity_timeline": [
        (LI_OWNER, "linkedin", "endorsement", "2024-01-01 00:00:00", 1, 0),
        (LI_OWNER, "linkedin", "endorsement", "2024-01-08 00:00:00", 0, 1),
        (LI_OWNER, "linkedin", "endorsement", "2024-02-05 00:00:00", 1, 0),
        (LI_OWNER, "linkedin", "endorsement", "2024-02-26 00:00:00", 0, 1),
        (LI_OWNER, "linkedin", "message", "2024-01-01 00:00:00", 1, 1),
        (LI_OWNER, "linkedin", "recommendation", "2024-04-15 00:00:00", 0, 1),
        (TW_OWNER, "twitter", "dm", "2024-01-29 00:00:00", 1, 1),
        (TW_OWNER, "twitter", "reply", "2024-02-05 00:00:00", 1, 0),
    ],
    "reciprocity_effect": [
        (LI_OWNER, "endorsement", 2, 1, 0.5, 4, 1, 0.25, 2.0),
        (LI_OWNER, "message", 1, 1, 1.0, 5, 0, 0.0, None),
        (TW_OWNER, "engagement_followback", 1, 0, 0.0, 1, 1, 1.0, 0.0),
    ],
    "action_items": [
        (
            LI_OWNER,
            "linkedin",
            "recommendation",
            "linkedin:bertram-okonkwo",
            "Bertram Okonkwo",
            "return_favor",
            "2024-04-15 00:00:00",
            1,
        ),
        (
            LI_OWNER,
            "linkedin",
            "endorsement",
            "linkedin:name:cordelia vanterpool",
            "Cordelia Vanterpool",
            "return_favor",
            "2024-03-01 00:00:00",
            1,
        ),
        (
            LI_OWNER,
            "linkedin",
            "endorsement",
            "linkedin:bertram-okonkwo",
            "Bertram Okonkwo",
            "awaiting_return",
            "2024-02-05 08:30:00",
            3,
        ),
    ],
    "follow_changes": [
        (
            TW_OWNER,
            "twitter:556677889900",
            "received",
            "started",
            "2023-06-01 00:00:00",
            "2024-06-01 00:00:00",
        ),
    ],
    "people": [
        (
            LI_OWNER,
            "linkedin",
            "jane-quackenbush",
            "Jane Quackenbush",
            "https://www.linkedin.com/in/jane-quackenbush",
            True,
            False,
        ),
        (
            "linkedin:alvina-zebrowski",
            "linkedin",
            "alvina-zebrowski",
            "Alvina Zebrowski",
            "https://www.linkedin.com/in/alvina-zebrowski",
            False,
            True,
        ),
        (
            "linkedin:bertram-okonkwo",
            "linkedin",
            "bertram-okonkwo",
            "Bertram Okonkwo",
            "https://www.linkedin.com/in/bertram-okonkwo/",
            False,
            True,
        ),
        (
            "linkedin:name:cordelia vanterpool",
            "linkedin",
            None,
            "Cordelia Vanterpool",
            None,
            False,
            False,
        ),
        (TW_OWNER, "twitter", "quackenjane", "Jane Q", None, True, False),
        ("twitter:556677889900", "twitter", "zebrowskitweets", "Alvina Z", None, False, True),
        ("twitter:@xylophonista", "twitter", "xylophonista", None, None, False, False),
    ],
}
META_ROWS: dict[str, list[tuple]] = {
    "archives": [
        (
            LI_ARCHIVE,
            "linkedin",
            LI_OWNER,
            "2024-06-01 00:00:00",
            LI_SOURCE,
            "2024-06-02 10:00:00",
            "loaded",
        ),
        (
            TW_ARCHIVE,
            "twitter",
            TW_OWNER,
            "2024-06-01 08:15:00",
            TW_SOURCE,
            "2024-06-02 10:01:00",
            "loaded_with_warnings",
        ),
    ],
    "imports": [
        (LI_ARCHIVE, LI_SOURCE, "2024-06-02 09:59:58", "2024-06-02 10:00:00", "loaded", None),
        (
            TW_ARCHIVE,
            TW_SOURCE,
            "2024-06-02 10:00:30",
            "2024-06-02 10:01:00",
            "loaded_with_warnings",
            "1 non-critical expectation failed",
        ),
        (
            LI_ARCHIVE,
            LI_SOURCE,
            "2024-06-03 08:00:00",
            "2024-06-03 08:00:02",
            "already_loaded",
            None,
        ),
        (
            None,
            "/home/jquackenbush/Downloads/notes.txt",
            "2024-06-03 08:05:00",
            "2024-06-03 08:05:01",
            "rejected",
            "not an archive",
        ),
    ],
}
# Everything that names or points at a person, or at where the archives came from.
SENSITIVE = [
    "jane-quackenbush",
    "Jane Quackenbush",
    "quackenjane",
    "jquackenbush",
    "918273645501",
    "alvina-zebrowski",
    "Alvina Zebrowski",
    "Alvina Z",
    "zebrowskitweets",
    "556677889900",
    "bertram-okonkwo",
    "Bertram Okonkwo",
    "cordelia vanterpool",
    "Cordelia Vanterpool",
    "xylophonista",
    "https://www.linkedin.com/in/",
    "2-ZmlyZWZseWNvbnZlcnNhdGlvbg==",
    "1755443322110099887",
    "Downloads",
    LI_ARCHIVE,
    TW_ARCHIVE,
]
MART_NAMES = sorted(MART_DDL)


def create_demo_warehouse(path: Path, *, with_rows: bool = True) -> duckdb.DuckDBPyConnection:
    """A warehouse holding the contract's marts and meta tables with the rows above."""
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA marts; CREATE SCHEMA meta")
    for schema, ddl, rows in (("marts", MART_DDL, ROWS), ("meta", META_DDL, META_ROWS)):
        for name, columns in ddl.items():
            con.execute(f"CREATE TABLE {schema}.{name} ({columns})")
            if with_rows:
                marks = ", ".join("?" * len(rows[name][0]))
                con.executemany(f"INSERT INTO {schema}.{name} VALUES ({marks})", rows[name])
    return con


@pytest.fixture
def warehouse(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = create_demo_warehouse(tmp_path / "warehouse.duckdb")
    yield con
    con.close()


def output_names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def test_parquet_files_round_trip_to_the_mart_rows(warehouse, tmp_path):
    out = tmp_path / "exports"
    result = write_report(warehouse, out)

    assert output_names(out) == {f"{name}.parquet" for name in MART_NAMES} | {
        "manifest.json",
        "dashboard.html",
    }
    for name in MART_NAMES:
        expected = warehouse.sql(f"SELECT * FROM marts.{name}").to_arrow_table()
        written = pq.read_table(out / f"{name}.parquet")
        assert written.equals(expected), name
        assert written.num_rows == len(ROWS[name])
    assert result.row_counts == {name: len(ROWS[name]) for name in MART_NAMES}
    assert result.dashboard == out / "dashboard.html"
    assert result.redacted is False
    reread = pq.read_table(out / "reciprocity.parquet").to_pylist()
    assert reread[0]["lag_days"] == 7.125
    assert reread[0]["status"] == "mutual"


def test_marts_are_discovered_from_the_catalog(warehouse, tmp_path):
    warehouse.execute(
        "CREATE VIEW marts.mutual_people AS "
        "SELECT owner_key, person_key FROM marts.reciprocity WHERE status = 'mutual'"
    )
    result = write_report(warehouse, tmp_path / "out")
    assert result.row_counts["mutual_people"] == 4
    assert pq.read_table(tmp_path / "out" / "mutual_people.parquet").num_rows == 4


def test_the_report_reads_committed_data_and_leaves_the_caller_transaction(warehouse, tmp_path):
    warehouse.execute("BEGIN TRANSACTION")
    warehouse.execute("DELETE FROM marts.people WHERE NOT is_owner")
    result = write_report(warehouse, tmp_path / "out")
    assert result.row_counts["people"] == 7
    assert warehouse.sql("SELECT count(*) FROM marts.people").fetchall() == [(2,)]
    warehouse.execute("COMMIT")
    assert write_report(warehouse, tmp_path / "out").row_counts["people"] == 2


def test_csv_files_only_with_the_csv_option(warehouse, tmp_path):
    plain = tmp_path / "plain"
    write_report(warehouse, plain)
    assert not list(plain.glob("*.csv"))

    out = tmp_path / "with_csv"
    result = write_report(warehouse, out, csv=True)
    assert {path.name for path in out.glob("*.csv")} == {f"{name}.csv" for name in MART_NAMES}
    effect = pa_csv.read_csv(out / "reciprocity_effect.csv").to_pylist()
    assert effect[0] == {
        "owner_key": LI_OWNER,
        "kind": "endorsement",
        "treated": 2,
        "treated_returned": 1,
        "treated_rate": 0.5,
        "baseline": 4,
        "baseline_returned": 1,
        "baseline_rate": 0.25,
        "lift": 2.0,
    }
    header = (out / "action_items.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == (
        '"owner_key","platform","kind","person_key","display_name","action","since","acts"'
    )
    assert sum(1 for entry in result.files if entry.format == "csv") == len(MART_NAMES)


def test_manifest_lists_files_rows_last_import_and_archives(warehouse, tmp_path):
    out = tmp_path / "out"
    write_report(warehouse, out, csv=True)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))

    assert manifest["manifest_version"] == 1
    assert manifest["redacted"] is False
    # The latest import attempt, whatever its outcome: the rejected text file at 08:05:01.
    assert manifest["last_import_at"] == "2024-06-03T08:05:01Z"
    assert manifest["row_counts"] == {name: len(ROWS[name]) for name in MART_NAMES}
    entries = {entry["path"]: entry for entry in manifest["files"]}
    assert set(entries) == (
        {f"{name}.parquet" for name in MART_NAMES}
        | {f"{name}.csv" for name in MART_NAMES}
        | {"dashboard.html"}
    )
    assert entries["people.parquet"]["table"] == "marts.people"
    assert entries["people.parquet"]["rows"] == 7
    assert entries["people.csv"]["rows"] == 7
    assert entries["dashboard.html"]["format"] == "html"
    for name, entry in entries.items():
        assert entry["bytes"] == (out / name).stat().st_size
        assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
    assert manifest["archives"] == [
        {
            "archive_id": LI_ARCHIVE,
            "platform": "linkedin",
            "owner_key": LI_OWNER,
            "exported_at": "2024-06-01T00:00:00Z",
            "source_path": LI_SOURCE,
            "imported_at": "2024-06-02T10:00:00Z",
            "status": "loaded",
        },
        {
            "archive_id": TW_ARCHIVE,
            "platform": "twitter",
            "owner_key": TW_OWNER,
            "exported_at": "2024-06-01T08:15:00Z",
            "source_path": TW_SOURCE,
            "imported_at": "2024-06-02T10:01:00Z",
            "status": "loaded_with_warnings",
        },
    ]


def test_last_import_falls_back_to_the_archives_without_an_import_log(warehouse, tmp_path):
    warehouse.execute("DROP TABLE meta.imports")
    write_report(warehouse, tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["last_import_at"] == "2024-06-02T10:01:00Z"


def test_files_are_owner_only_and_no_temp_file_remains(warehouse, tmp_path):
    out = tmp_path / "out"
    out.mkdir(mode=0o755)
    os.chmod(out, 0o755)
    previous_umask = os.umask(0o022)
    try:
        result = write_report(warehouse, out, csv=True)
    finally:
        os.umask(previous_umask)

    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    names = output_names(out)
    assert not [name for name in names if name.startswith(".") or name.endswith(".recip-tmp")]
    assert len(names) == 2 * len(MART_NAMES) + 2
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert {entry.path.name for entry in result.files} == names - {"manifest.json"}


def test_a_failed_write_leaves_the_previous_report_whole(warehouse, tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_report(warehouse, out)
    before = {name: (out / name).read_bytes() for name in output_names(out)}

    real_write_table = pq.write_table
    calls = []

    def write_then_fail(table, where, **kwargs):
        calls.append(table.num_rows)
        if len(calls) == 3:
            where.write(b"PAR1 half a file")
            raise OSError("disk full")
        real_write_table(table, where, **kwargs)

    monkeypatch.setattr(report_module.pq, "write_table", write_then_fail)
    warehouse.execute("DELETE FROM marts.people")
    with pytest.raises(OSError, match="disk full"):
        write_report(warehouse, out)

    assert output_names(out) == set(before)
    # The two marts written before the failure are complete new files, the rest untouched.
    assert pq.read_table(out / "people.parquet").num_rows == 7
    for name in ("reciprocity.parquet", "manifest.json", "dashboard.html"):
        assert (out / name).read_bytes() == before[name]


def test_a_second_report_overwrites_cleanly(warehouse, tmp_path):
    out = tmp_path / "out"
    write_report(warehouse, out, csv=True)
    (out / "my-notes.txt").write_text("kept", encoding="utf-8")

    warehouse.execute("DELETE FROM marts.action_items WHERE action = 'awaiting_return'")
    warehouse.execute("DROP TABLE marts.follow_changes")
    result = write_report(warehouse, out)

    assert output_names(out) == (
        {f"{name}.parquet" for name in MART_NAMES if name != "follow_changes"}
        | {"manifest.json", "dashboard.html", "my-notes.txt"}
    )
    assert pq.read_table(out / "action_items.parquet").num_rows == 2
    assert result.row_counts["action_items"] == 2
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["row_counts"]["action_items"] == 2
    assert "follow_changes" not in manifest["row_counts"]
    assert (out / "my-notes.txt").read_text(encoding="utf-8") == "kept"


def all_output_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def test_redaction_leaves_no_name_handle_url_or_id_in_any_output(warehouse, tmp_path):
    plain = tmp_path / "plain"
    write_report(warehouse, plain, csv=True)
    plain_bytes = b"".join(all_output_bytes(plain).values())
    # The search finds every value in unredacted outputs, Parquet included, so its silence
    # below means the values are gone rather than hidden by compression.
    for value in SENSITIVE:
        assert value.encode() in plain_bytes, value
    assert b"Alvina Zebrowski" in (plain / "people.parquet").read_bytes()

    out = tmp_path / "shared"
    write_report(warehouse, out, csv=True, redact=True)
    for name, content in all_output_bytes(out).items():
        for value in SENSITIVE:
            assert value.encode() not in content, f"{value!r} found in {name}"
            assert value.lower().encode() not in content.lower(), f"{value!r} found in {name}"


def test_redaction_is_stable_and_keeps_the_tables_joinable(warehouse, tmp_path):
    write_report(warehouse, tmp_path / "one", redact=True)
    write_report(warehouse, tmp_path / "two", redact=True)
    for name in MART_NAMES:
        first = pq.read_table(tmp_path / "one" / f"{name}.parquet")
        assert first.equals(pq.read_table(tmp_path / "two" / f"{name}.parquet")), name

    key = Redactor.for_archives([LI_ARCHIVE, TW_ARCHIVE]).person_key("linkedin:alvina-zebrowski")
    assert re.fullmatch(r"linkedin:person-[0-9a-f]{8}", key)
    people = {
        row["person_key"]: row
        for row in pq.read_table(tmp_path / "one" / "people.parquet").to_pylist()
    }
    alvina = people[key]
    pseudonym = key.split(":", 1)[1]
    assert alvina["handle"] == pseudonym
    assert alvina["display_name"] == pseudonym
    assert alvina["profile_url"] == pseudonym
    assert alvina["is_connection"] is True

    interactions = pq.read_table(tmp_path / "one" / "interactions.parquet").to_pylist()
    # Skill names say nothing about the contact and stay readable.
    assert [row["detail"] for row in interactions[:4]] == [
        "Data Engineering",
        "Python",
        "SQL",
        "Leadership",
    ]
    assert interactions[0]["person_key"] == key
    assert re.fullmatch(r"detail-[0-9a-f]{8}", interactions[4]["detail"])
    assert interactions[4]["detail"] == interactions[5]["detail"]
    assert interactions[0]["occurred_at"].isoformat() == "2024-01-03T09:00:00"
    action_keys = {
        row["person_key"]
        for row in pq.read_table(tmp_path / "one" / "action_items.parquet").to_pylist()
    }
    assert action_keys <= set(people)

    manifest = json.loads((tmp_path / "one" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["redacted"] is True
    assert re.fullmatch(r"source-[0-9a-f]{8}", manifest["archives"][0]["source_path"])
    assert manifest["archives"][0]["owner_key"] == Redactor.for_archives(
        [TW_ARCHIVE, LI_ARCHIVE]
    ).person_key(LI_OWNER)
    assert "Redacted for sharing" in (tmp_path / "one" / "dashboard.html").read_text("utf-8")


def test_redact_table_handles_columns_beyond_the_contract():
    redactor = Redactor.for_archives([LI_ARCHIVE])
    table = pa.table(
        {
            "person_key": ["twitter:556677889900", None],
            "from_archive_id": [LI_ARCHIVE, None],
            "screen_name": ["zebrowskitweets", "xylophonista"],
            "kind": ["follow", "follow"],
            "acts": [3, 4],
        }
    )
    rows = redactor.redact_table(table).to_pylist()
    assert rows[0]["person_key"] == redactor.person_key("twitter:556677889900")
    assert rows[0]["from_archive_id"] == redactor.token("archive", LI_ARCHIVE)
    # An unknown text column is redacted rather than trusted; a row without a key is hashed.
    assert re.fullmatch(r"screen_name-[0-9a-f]{8}", rows[1]["screen_name"])
    assert rows[1]["person_key"] is None
    assert rows[1]["from_archive_id"] is None
    assert [row["kind"] for row in rows] == ["follow", "follow"]
    assert [row["acts"] for row in rows] == [3, 4]


def test_redacting_after_a_plain_csv_run_removes_the_plain_csv_files(warehouse, tmp_path):
    out = tmp_path / "out"
    write_report(warehouse, out, csv=True)
    write_report(warehouse, out, redact=True)
    assert not list(out.glob("*.csv"))
    everything = b"".join(all_output_bytes(out).values())
    assert b"Alvina Zebrowski" not in everything


def test_empty_marts_give_a_no_data_page(tmp_path):
    con = create_demo_warehouse(tmp_path / "empty.duckdb", with_rows=False)
    con.execute("DROP TABLE meta.imports; DROP TABLE meta.archives")
    result = write_report(con, tmp_path / "out", csv=True)
    con.close()

    assert result.row_counts == {name: 0 for name in MART_NAMES}
    page = result.dashboard.read_text(encoding="utf-8")
    assert "No data yet" in page
    assert "recip import PATH" in page
    assert 'class="chart"' not in page
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["last_import_at"] is None
    assert manifest["archives"] == []
    assert pq.read_table(tmp_path / "out" / "people.parquet").schema.names == [
        "person_key",
        "platform",
        "handle",
        "display_name",
        "profile_url",
        "is_owner",
        "is_connection",
    ]


# --- the page --------------------------------------------------------------------------------


def demo_page(warehouse: duckdb.DuckDBPyConnection, tmp_path: Path) -> str:
    return write_report(warehouse, tmp_path / "page").dashboard.read_text(encoding="utf-8")


def test_page_loads_nothing_from_outside(warehouse, tmp_path):
    page = demo_page(warehouse, tmp_path)
    assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?\s*(https?:)?//", page, re.I)
    assert "default-src 'none'" in page
    assert "window.vegaEmbed" in page
    assert len(page) > 500_000


def test_page_has_a_tab_per_owner_and_platform_with_charts_and_numbers(warehouse, tmp_path):
    page = demo_page(warehouse, tmp_path)
    assert re.findall(r'<span class="tab-owner">([^<]*)</span>', page) == [
        "Jane Quackenbush",
        "Jane Q",
    ]
    chart_ids = re.findall(r'<div class="chart" id="([^"]+)"', page)
    assert chart_ids == [
        "s0-channels",
        "s0-effect",
        "s0-weekly",
        "s0-lag",
        "s1-channels",
        "s1-effect",
        "s1-weekly",
        "s1-lag",
    ]
    specs = json.loads(re.search(r'id="chart-specs">(.*?)</script>', page, re.S).group(1))
    assert sorted(specs) == sorted(chart_ids)
    # Headline numbers, each with its sentence.
    assert (
        "Of the 3 people you exchanged endorsements with, 1 (33%) have favours going both" in page
    )
    assert (
        "50% of the people you endorsed first (2) endorsed you, against 25% of the connections "
        "you never endorsed (4): 2.0 times as often." in page
    )
    assert "2.0×" in page
    assert "Half of your 2 two-way relationships with both first dates known saw the first" in page
    assert "within 4.6 days" in page
    assert (
        "100% of the people you messaged first (1) messaged you; none of the connections you "
        "never messaged (5) messaged you, so there is no ratio." in page
    )
    assert "2 favours from 2 people that you have not returned on the same channel." in page
    assert "1 favour you gave to 1 person, not yet returned on the same channel." in page
    assert "you went first with 2 people and 1 (50%) gave back" in page
    # The open favours, newest first, sortable.
    table = re.search(r'<table class="sortable">.*?</table>', page, re.S).group(0)
    assert re.findall(r"<td>(Bertram Okonkwo|Cordelia Vanterpool)</td>", table) == [
        "Bertram Okonkwo",
        "Cordelia Vanterpool",
        "Bertram Okonkwo",
    ]
    assert '<td class="num" data-sort="3">3</td>' in table


def test_page_escapes_names_that_look_like_markup(warehouse, tmp_path):
    hostile = "</script><script>alert(1)</script>"
    warehouse.execute("UPDATE marts.action_items SET display_name = ?", [hostile])
    warehouse.execute("UPDATE marts.people SET display_name = ? WHERE is_owner", [hostile])
    page = demo_page(warehouse, tmp_path)
    assert hostile not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script") == 3


def test_render_dashboard_without_marts():
    page = render_dashboard(DashboardData(marts={}))
    assert "No data yet" in page
    assert "built from 0 archives" in page


def test_render_dashboard_shows_no_data_for_a_chart_without_rows():
    summary = pa.table(
        {
            "owner_key": [TW_OWNER],
            "platform": ["twitter"],
            "kind": ["follow"],
            "people": [4],
            "mutual": [1],
            "given_only": [2],
            "received_only": [1],
            "dyad_reciprocity": [0.25],
        }
    )
    page = render_dashboard(DashboardData(marts={"reciprocity_summary": summary}))
    assert re.findall(r'<div class="chart" id="([^"]+)"', page) == ["s0-channels"]
    assert page.count('class="chart-empty">No data yet') == 4
    assert "Of the 4 people you follow or who follow you, 1 (25%) have favours going" in page
