"""One warehouse, several processes: imports queue up, readers wait or read the snapshot.

DuckDB lets one process write and nobody else open the file meanwhile, not even to read. These
tests run `recip` as separate processes, as a user and a BI tool would, and check that every
reader gets either correct rows or the documented message, never a traceback, and that imports
started together both complete, one after the other.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import duckdb
import pytest

from flows.load import open_warehouse
from flows.locking import holding_import_lock
from tests.conftest import REPO

RECIP = REPO / ".venv" / "bin" / "recip"
SAMPLES = REPO / "data" / "samples"
LINKEDIN = SAMPLES / "Complete_LinkedInDataExport_03-14-2026"
TWITTER = next(SAMPLES.glob("twitter-2026-03-14-*"))
COUNT_ARCHIVES = "select count(*) from meta.archives"
WAITING = "recip: waiting for the import in progress (pid "


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.sql(sql).fetchall()


def recip(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(RECIP), *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


def start_recip(*args: str, env: dict[str, str], log: Path) -> subprocess.Popen:
    # Output to files, so a long run never blocks on a full pipe while the test polls.
    with open(log.with_suffix(".out"), "w") as out, open(log.with_suffix(".err"), "w") as err:
        return subprocess.Popen([str(RECIP), *args], stdout=out, stderr=err, env=env)


def wait_until_said(text: str, logs: list[Path], processes: list[subprocess.Popen]) -> None:
    deadline = time.monotonic() + 120
    while not all(text in log.read_text() for log in logs):
        assert time.monotonic() < deadline, f"never said {text!r}"
        assert all(process.poll() is None for process in processes)
        time.sleep(0.1)


def raw_rows_of(db: Path, archive_id: str) -> int:
    tables = rows(db, "select table_name from information_schema.tables where table_schema='raw'")
    union = " union all ".join(
        f"select count(*) as n from raw.{name} where archive_id = '{archive_id}'"
        for (name,) in tables
    )
    return rows(db, f"select sum(n) from ({union})")[0][0]


def rows_reported(summary_line: str) -> int:
    """The `rows N` figure of a `recip import` summary line."""
    words = summary_line.split()
    return int(words[words.index("rows") + 1].replace(",", ""))


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("prefect-home")
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    }
    # One run creates Prefect's database first; processes started together then only share it.
    inbox = home / "empty-inbox"
    warm_up = recip(
        "serve", "--once", "--inbox", str(inbox), "--db", str(home / "w.duckdb"), env=env
    )
    assert warm_up.returncode == 0, warm_up.stderr
    assert warm_up.stdout == f"nothing new in {inbox}\n"
    return env


def test_two_imports_at_once_run_one_after_the_other_while_queries_go_on(tmp_path, cli_env):
    db = tmp_path / "warehouse.duckdb"
    with open_warehouse(db):  # an empty warehouse, as before the first import
        pass
    # Hold the import lock until both imports are waiting for it, so they really start together.
    with holding_import_lock(db):
        importers = [
            start_recip("import", str(archive), "--db", str(db), env=cli_env, log=tmp_path / name)
            for name, archive in (("first", TWITTER), ("second", LINKEDIN))
        ]
        logs = [tmp_path / "first.err", tmp_path / "second.err"]
        wait_until_said(f"{WAITING}{os.getpid()}) to finish (up to 300 s) ...", logs, importers)

    answers: list[subprocess.CompletedProcess] = []
    # Query until both imports are over, then once more: the last answer sees both archives.
    while True:
        running = any(importer.poll() is None for importer in importers)
        answers.append(
            recip("query", "--format", "csv", COUNT_ARCHIVES, "--db", str(db), env=cli_env)
        )
        if not running:
            break
        time.sleep(0.25)  # a BI tool's pace, leaving the imports some CPU

    for name, importer in zip(("first", "second"), importers, strict=True):
        stderr = (tmp_path / f"{name}.err").read_text()
        assert importer.returncode == 0, stderr
        assert "Traceback" not in stderr
    assert len(answers) >= 5  # the queries really did overlap the imports
    counts = []
    for answer in answers:
        assert answer.returncode == 0, answer.stderr
        assert "Traceback" not in answer.stderr
        header, count = answer.stdout.splitlines()
        assert header == "count_star()"
        counts.append(int(count))
        # Nothing on stderr, or the waiting message: naming an importer, or the process that
        # holds the file between an import's connections.
        for line in answer.stderr.splitlines():
            assert line.startswith("recip: waiting for "), line
    assert counts == sorted(counts) and counts[-1] == 2 and set(counts) <= {0, 1, 2}

    # One after the other: the second started only once the first had committed.
    imports = rows(db, "select started_at, finished_at, outcome from meta.imports order by 1")
    assert [outcome for _, _, outcome in imports] == ["loaded", "loaded"]
    (_, first_finished, _), (second_started, _, _) = imports
    assert first_finished <= second_started
    # Intact: each archive holds exactly the rows its import reported; the marts cover both.
    for name in ("first", "second"):
        summary = (tmp_path / f"{name}.out").read_text().splitlines()[-1]
        assert summary.startswith("loaded ")
        source = summary.split()[-1]
        (archive_id,) = rows(
            db, f"select archive_id from meta.archives where source_path = '{source}'"
        )[0]
        assert raw_rows_of(db, archive_id) == rows_reported(summary)
    assert rows(db, "select distinct platform from marts.interactions order by 1") == [
        ("linkedin",),
        ("twitter",),
    ]


def test_readers_wait_then_read_the_snapshot_and_say_so(tmp_path, cli_env):
    db = tmp_path / "warehouse.duckdb"
    snapshot = tmp_path / "warehouse.snapshot.duckdb"
    with open_warehouse(db):  # published: an empty snapshot
        pass
    release = threading.Event()
    holding = threading.Event()

    def import_in_progress() -> None:
        with open_warehouse(db) as con:
            # Committed but not yet published: the snapshot still says 0 archives.
            con.execute("insert into meta.archives (archive_id, platform) values ('a1', 'twitter')")
            holding.set()
            release.wait(60)

    holder = threading.Thread(target=import_in_progress, daemon=True)
    holder.start()
    assert holding.wait(30)
    out = tmp_path / "exports"
    try:
        from_snapshot = recip(
            *("query", "--format", "csv", COUNT_ARCHIVES, "--wait", "1", "--db", str(db)),
            env=cli_env,
        )
        report = recip("report", "--wait", "0", "--out", str(out), "--db", str(db), env=cli_env)
        snapshot.rename(tmp_path / "set-aside.duckdb")
        no_snapshot = recip("query", COUNT_ARCHIVES, "--wait", "1", "--db", str(db), env=cli_env)
        waiting = start_recip(
            *("query", "--format", "csv", COUNT_ARCHIVES, "--wait", "60", "--db", str(db)),
            env=cli_env,
            log=tmp_path / "waited",
        )
        wait_until_said(WAITING, [tmp_path / "waited.err"], [waiting])
        release.set()  # the import finishes: the waiting reader goes on with the live warehouse
        waiting.wait(timeout=60)
    finally:
        release.set()
        holder.join()

    me = f"the import in progress (pid {os.getpid()})"
    assert from_snapshot.returncode == 0, from_snapshot.stderr
    assert from_snapshot.stdout == "count_star()\n0\n"
    first, second = from_snapshot.stderr.splitlines()
    assert first == f"recip: waiting for {me} to finish (up to 1 s) ..."
    assert second.startswith(f"recip: {me} still holds the warehouse; reading the snapshot ")
    assert second.endswith(f"instead ({snapshot}): it has every import finished by then.")

    assert report.returncode == 0, report.stderr
    assert "reading the snapshot published" in report.stderr
    assert (out / "dashboard.html").is_file()

    assert no_snapshot.returncode == 1
    assert no_snapshot.stdout == ""
    assert no_snapshot.stderr.splitlines() == [
        f"recip: waiting for {me} to finish (up to 1 s) ...",
        f"recip: {db} is still in use by {me} after 1 s; try again when it has finished. "
        "Or wait longer: --wait SECONDS.",
    ]

    assert waiting.returncode == 0
    assert (tmp_path / "waited.out").read_text() == "count_star()\n1\n"
    assert (tmp_path / "waited.err").read_text() == (
        f"recip: waiting for {me} to finish (up to 60 s) ...\n"
    )
    # Letting go of the warehouse published a fresh snapshot in place of the one set aside.
    assert rows(snapshot, COUNT_ARCHIVES) == [(1,)]


def test_the_import_lock_is_reentrant_names_its_holder_and_acts_once_on_release(tmp_path):
    from flows.locking import WarehouseBusy, importing_pid

    db = tmp_path / "warehouse.duckdb"
    released: list[str] = []
    said: list[str] = []
    refused: list[WarehouseBusy] = []

    def another_thread_tries() -> None:
        try:
            with holding_import_lock(db, wait_seconds=0.2, on_wait=said.append):
                pass
        except WarehouseBusy as busy:
            refused.append(busy)

    assert importing_pid(db) is None
    with holding_import_lock(db) as outer:
        outer.before_release("publish", lambda: released.append("outer"))
        with holding_import_lock(db, wait_seconds=0) as inner:  # the same thread: no wait
            inner.before_release("publish", lambda: released.append("inner"))
        assert released == []  # only the outermost release acts, and once per key
        assert importing_pid(db) == os.getpid()
        other = threading.Thread(target=another_thread_tries)
        other.start()
        other.join()
    assert released == ["outer"]
    assert importing_pid(db) is None
    me = f"the import in progress (pid {os.getpid()})"
    assert said == [f"waiting for {me} to finish (up to 0.2 s) ..."]
    assert [str(busy) for busy in refused] == [
        f"{me} is still running after 0.2 s; try again when it has finished."
    ]
