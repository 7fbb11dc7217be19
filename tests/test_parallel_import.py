"""Parallel imports: archives prepared on a Dask cluster, loaded by this process alone.

The end-to-end tests run `recip import` as a user would, with a local cluster (`--workers`) and
with a running one (`--scheduler`, a real `dask scheduler` and `dask worker`); the fallback of a
batch that cannot be loaded together runs the flow's tasks under Prefect's test harness.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path

import duckdb
import pytest
from prefect import flow

from tests.conftest import REPO
from tests.test_linkedin_import import FILES, INVITATIONS, recip, write_export

SAMPLES = REPO / "data" / "samples"
LINKEDIN_DEMO = SAMPLES / "Complete_LinkedInDataExport_03-14-2026"
TWITTER_OLDER, TWITTER_NEWER = sorted(SAMPLES.glob("twitter-*"))
DASK = REPO / ".venv" / "bin" / "dask"

# Everything an import leaves, bar the clock: what must not depend on how it was run.
COMPARED = (
    "select platform, owner_key, exported_at, source_path, status from meta.archives",
    "select archive_id, member, locator, reason from meta.rejects",
    "select archive_id, table_name, expectation, success, unexpected_count from meta.validations",
    "select source_path, outcome, message from meta.imports",
    "select * from raw.linkedin_messages",
    "select * from raw.twitter_tweets",
    "select * from marts.interactions",
    "select * from marts.reciprocity",
    "select * from marts.reciprocity_summary",
    "select * from marts.follow_changes",
    "select * from marts.action_items",
    "select * from marts.people",
)


def contents(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {sql: con.sql(f"{sql} order by all").fetchall() for sql in COMPARED}


def rejected_export(folder: Path) -> Path:
    """A LinkedIn export whose invitations fail a critical check (an unknown direction)."""
    sideways = INVITATIONS + (
        '"Zed Q",Åsa Berg,"1/2/24, 9:15 AM",,SIDEWAYS,https://www.linkedin.com/in/zed,'
        "https://www.linkedin.com/in/asa-berg\n"
    )
    return write_export(folder, {**FILES, "Invitations.csv": sideways})


def test_workers_build_the_same_warehouse_as_one_after_another(tmp_path, cli_env):
    not_a_zip = tmp_path / "notes.zip"
    not_a_zip.write_text("meeting notes, not an export\n")
    failing = rejected_export(tmp_path / "failing")
    inputs = [
        str(LINKEDIN_DEMO),
        str(TWITTER_NEWER),
        str(not_a_zip),
        str(failing),
        str(TWITTER_OLDER),
        str(LINKEDIN_DEMO),  # given twice: the second is already loaded
    ]
    one_after_another = tmp_path / "sequential" / "warehouse.duckdb"
    parallel = tmp_path / "parallel" / "warehouse.duckdb"

    sequential_run = recip("import", *inputs, "--db", str(one_after_another), env=cli_env)
    parallel_run = recip("import", *inputs, "--db", str(parallel), "--workers", "2", env=cli_env)

    expected = ["loaded", "loaded", "rejected", "rejected", "loaded", "already_loaded"]
    for run in (sequential_run, parallel_run):
        assert run.returncode == 1, run.stderr
        assert [line.split()[0] for line in run.stdout.splitlines()] == expected
        assert [line.split()[-1] for line in run.stdout.splitlines()] == inputs
    errors = [line for line in parallel_run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2, parallel_run.stderr
    assert errors[0].startswith(f"error: {not_a_zip}: not a readable zip file")
    assert "linkedin_invitations" in errors[1] and "nothing was loaded" in errors[1]
    assert "Traceback" not in parallel_run.stderr and "distributed" not in parallel_run.stderr

    assert contents(parallel) == contents(one_after_another)
    with duckdb.connect(str(parallel), read_only=True) as con:
        assert con.sql("select count(*) from meta.archives").fetchall() == [(3,)]
        assert con.sql("select count(*) from marts.interactions").fetchall() == [(220,)]
    # The parsed tables waited in a private folder beside the warehouse, gone afterwards.
    assert sorted(p.name for p in parallel.parent.iterdir() if "spool" in p.name) == []


def test_a_running_dask_cluster_prepares_archives_into_the_given_spool(tmp_path, cli_env):
    scheduler_file = tmp_path / "scheduler.json"
    env = {**cli_env, "DO_NOT_TRACK": "1"}
    scheduler = subprocess.Popen(
        [
            *(str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard"),
            *("--scheduler-file", str(scheduler_file)),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    worker = None
    try:
        address = wait_for_scheduler(scheduler_file)
        worker = subprocess.Popen(
            [
                *(str(DASK), "worker", address, "--nworkers", "1", "--nthreads", "1"),
                *("--no-dashboard", "--name", "far-away"),
            ],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_worker(address)
        spool = tmp_path / "shared" / "spool"
        db = tmp_path / "warehouse.duckdb"
        linkedin = write_export(tmp_path / "linkedin")

        result = recip(
            "import",
            *(str(linkedin), str(TWITTER_OLDER)),
            *("--db", str(db), "--scheduler", address, "--spool", str(spool)),
            env=cli_env,
        )

        assert result.returncode == 0, result.stderr
        assert [line.split()[:2] for line in result.stdout.splitlines()] == [
            ["loaded", "linkedin"],
            ["loaded", "twitter"],
        ]
        assert prepared_on_the_cluster(address) == 2
        assert spool.is_dir() and list(spool.iterdir()) == []  # kept, emptied
        with duckdb.connect(str(db), read_only=True) as con:
            assert con.sql("select count(*) from raw.linkedin_connections").fetchall() == [(6,)]
            assert con.sql("select platform from meta.archives order by 1").fetchall() == [
                ("linkedin",),
                ("twitter",),
            ]
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)


def wait_for_scheduler(scheduler_file: Path) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if scheduler_file.is_file() and scheduler_file.stat().st_size:
            return json.loads(scheduler_file.read_text())["address"]
        time.sleep(0.2)
    raise AssertionError("the Dask scheduler did not start in 60 s")


def wait_for_worker(address: str) -> None:
    from distributed import Client

    with Client(address, timeout=30) as client:
        client.wait_for_workers(1, timeout=60)


def prepared_on_the_cluster(address: str) -> int:
    """How many `prepare_archive` tasks the cluster's workers have finished."""
    from distributed import Client

    def finished(dask_scheduler) -> int:
        prefix = dask_scheduler.task_prefixes.get("prepare_archive")
        return 0 if prefix is None else prefix.state_counts["memory"]  # results that came back

    with Client(address, timeout=30) as client:
        return client.run_on_scheduler(finished)


def test_an_unreachable_scheduler_is_one_sentence_and_creates_nothing(tmp_path, cli_env):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # free once the block ends: nobody listens there
    db = tmp_path / "warehouse.duckdb"
    scheduler = f"tcp://127.0.0.1:{port}"

    result = recip(
        "import", str(LINKEDIN_DEMO), "--db", str(db), "--scheduler", scheduler, env=cli_env
    )

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"recip: could not reach the Dask scheduler at {scheduler} ([Errno 111] Connection "
        "refused); start it (dask scheduler) or leave out --scheduler."
    ]
    assert not db.exists()


def test_a_batch_that_cannot_load_together_loads_each_archive_alone(tmp_path, prefect_harness):
    from flows.import_archive import load_prepared, prepare_archive

    spool = tmp_path / "spool"
    spool.mkdir()  # as `spool_folder` makes it for a run
    db = tmp_path / "warehouse.duckdb"
    good = write_export(tmp_path / "good")
    fewer = {name: text for name, text in FILES.items() if name != "Education.csv"}
    lost = write_export(tmp_path / "lost", fewer)  # another file list: another archive id

    @flow
    def prepare_then_load() -> list:
        batch = [prepare_archive.fn([str(path)], str(spool), frozenset()) for path in (good, lost)]
        # The second archive's tables vanish between its worker and the loader.
        os.remove(batch[1].table_files["linkedin_connections"])
        return load_prepared(batch, str(db))

    loaded, rejected = prepare_then_load()

    assert (loaded.outcome, loaded.rows) == ("loaded", 17)
    assert rejected.outcome == "rejected"
    assert rejected.message.startswith(f"{lost}: the parsed tables are not where the worker")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.sql("select source_path from meta.archives").fetchall() == [(str(good),)]
        assert con.execute(
            "select count(*) from raw.linkedin_connections where archive_id = ?",
            [rejected.archive_id],
        ).fetchall() == [(0,)]
        assert con.sql("select outcome from meta.imports order by outcome").fetchall() == [
            ("loaded",),
            ("rejected",),
        ]


@pytest.mark.parametrize("workers", ["0", "two"])
def test_workers_must_be_a_positive_whole_number(workers, cli_env, tmp_path):
    result = recip("import", str(LINKEDIN_DEMO), "--workers", workers, env=cli_env)
    assert result.returncode == 2
    assert f"argument --workers: expected a whole number of at least 1, got '{workers}'" in (
        result.stderr
    )


def test_spooled_tables_of_another_version_are_refused(tmp_path):
    import pyarrow as pa

    from flows.spool import read_tables, write_tables
    from transforms.result import ArchiveError
    from transforms.schemas import RAW_TABLES

    connections = RAW_TABLES["linkedin_connections"].empty_table()
    files = write_tables({"linkedin_connections": connections}, tmp_path, "ab" * 32)
    assert read_tables(files)["linkedin_connections"].schema == connections.schema
    assert Path(files["linkedin_connections"]).parent.name.startswith("abababababababab-")

    older = connections.drop_columns(["position"]).append_column("title", pa.array([], pa.string()))
    files = write_tables({"linkedin_connections": older}, tmp_path, "cd" * 32)
    with pytest.raises(ArchiveError, match="install the same version on every worker"):
        read_tables(files)


def test_a_spool_without_workers_is_a_usage_error(cli_env, tmp_path):
    result = recip("import", str(LINKEDIN_DEMO), "--spool", str(tmp_path / "spool"), env=cli_env)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "recip: --spool is where parallel imports keep parsed tables: add --workers N."
    )
    assert not (tmp_path / "spool").exists()
