"""The inbox: `recip serve --once` as a user runs it, restarts, retries and runs that overlap.

The end-to-end test runs `recip` as a subprocess; the others call the flows in-process under
Prefect's test harness, which is enough to prove what the flow does with each file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from flows.locking import holding_import_lock, inbox_lock
from flows.watch_inbox import free_name, is_candidate
from tests.conftest import REPO

RECIP = REPO / ".venv" / "bin" / "recip"
SAMPLES = REPO / "data" / "samples"
LINKEDIN = SAMPLES / "Complete_LinkedInDataExport_03-14-2026"
TWITTER = next(SAMPLES.glob("twitter-2025-11-14-*"))
AN_HOUR_AGO = time.time() - 3600


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.sql(sql).fetchall()


def age(path: Path) -> Path:
    """Make a freshly copied archive look like it finished landing an hour ago."""
    for entry in [path, *path.rglob("*")]:
        os.utime(entry, (AN_HOUR_AGO, AN_HOUR_AGO))
    return path


def zip_folder(folder: Path, target: Path) -> Path:
    return Path(shutil.make_archive(str(target.with_suffix("")), "zip", folder))


class GrowingFile:
    """A download in progress: bytes keep arriving until the test is done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._grow, daemon=True)

    def _grow(self) -> None:
        with open(self.path, "ab") as handle:
            while not self.stop.is_set():
                handle.write(b"PK\x03\x04" + os.urandom(1000))
                handle.flush()
                self.stop.wait(0.2)

    def __enter__(self) -> GrowingFile:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop.set()
        self.thread.join()


def test_serve_once_files_every_archive_and_leaves_the_growing_one(tmp_path, cli_env):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    age(shutil.copytree(LINKEDIN, inbox / LINKEDIN.name))
    twitter_zip = age(zip_folder(TWITTER, inbox / "twitter-2025.zip"))
    age(Path(shutil.copy(twitter_zip, inbox / "zz-same-twitter-again.zip")))
    (inbox / "broken.zip").write_bytes(b"this is not a zip file")
    age(inbox / "broken.zip")
    db, out = tmp_path / "warehouse.duckdb", tmp_path / "exports"

    with GrowingFile(inbox / "growing.zip"):
        result = subprocess.run(
            [
                *(str(RECIP), "serve", "--once", "--inbox", str(inbox)),
                *("--db", str(db), "--out", str(out), "--settle", "2"),
            ],
            capture_output=True,
            text=True,
            env=cli_env,
            timeout=300,
            check=False,
        )

    assert result.returncode == 1, result.stderr  # 1: an input was rejected
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stdout.splitlines()
    # Sorted by name: the folder, broken.zip, twitter-2025.zip, then its copy.
    assert [line.split()[0] for line in lines[:4]] == [
        "loaded",
        "rejected",
        "loaded",
        "already_loaded",
    ]
    assert lines[0].endswith(f"-> processed/{LINKEDIN.name}")
    assert lines[1].endswith("-> failed/broken.zip")
    assert lines[3].endswith("-> processed/zz-same-twitter-again.zip")
    assert lines[4] == "left in the inbox     growing.zip: still being written"
    assert lines[5] == f"dashboard: {out / 'dashboard.html'}"

    assert sorted(p.name for p in (inbox / "processed").iterdir()) == [
        LINKEDIN.name,
        "twitter-2025.zip",
        "zz-same-twitter-again.zip",
    ]
    assert sorted(p.name for p in (inbox / "failed").iterdir()) == [
        "broken.zip",
        "broken.zip.error.txt",
    ]
    # The reason is the sentence the import gave, as `recip import` would print it.
    (said,) = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert said.startswith(
        f"error: {inbox / 'broken.zip'}: not a readable zip file: it does not start like one"
    )
    reason = (inbox / "failed" / "broken.zip.error.txt").read_text(encoding="utf-8")
    assert reason.splitlines()[0] == said.removeprefix("error: ")
    assert "This archive was not imported" in reason and "the warehouse is unchanged" in reason
    assert reason.endswith(f"put it back into {inbox}.\n")
    assert sorted(p.name for p in inbox.iterdir() if not p.name.startswith(".")) == [
        "failed",
        "growing.zip",
        "processed",
    ]

    assert rows(db, "select platform, owner_key from meta.archives order by platform") == [
        ("linkedin", "linkedin:asa-lindqvist-ortega"),
        ("twitter", "twitter:1326719481"),
    ]
    assert rows(db, "select outcome, count(*) from meta.imports group by all order by 1") == [
        ("already_loaded", 1),
        ("loaded", 2),
        ("rejected", 1),
    ]
    # Readers that cannot wait get the same two archives from the published snapshot.
    assert rows(tmp_path / "warehouse.snapshot.duckdb", "select count(*) from meta.archives") == [
        (2,)
    ]
    assert (out / "dashboard.html").is_file()


# In-process: the flow's decisions, one at a time ---------------------------------------------


@pytest.fixture
def inbox_with_twitter(tmp_path) -> tuple[Path, Path, Path]:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    archive = age(zip_folder(TWITTER, inbox / "twitter.zip"))
    return inbox, archive, tmp_path / "warehouse.duckdb"


def test_restart_after_import_before_move_imports_nothing_twice(
    inbox_with_twitter, tmp_path, prefect_harness
):
    from flows.import_archive import import_archive
    from flows.watch_inbox import watch_inbox

    inbox, archive, db = inbox_with_twitter
    # A run stopped after the import committed, before it moved the archive...
    assert import_archive([str(archive)], str(db)).outcome == "loaded"
    # ...and after it wrote a rejected archive's reason, before moving that archive.
    (inbox / "broken.zip").write_bytes(b"not a zip")
    age(inbox / "broken.zip")
    (inbox / "failed").mkdir()
    (inbox / "failed" / "broken.zip.error.txt").write_text("stale", encoding="utf-8")

    run = watch_inbox(str(inbox), str(db), 0.0, str(tmp_path / "exports"))

    assert [(e.name, e.outcome.outcome, e.moved_to.name) for e in run.filed] == [
        ("broken.zip", "rejected", "broken.zip"),
        ("twitter.zip", "already_loaded", "twitter.zip"),
    ]
    assert run.left == {} and run.report is None  # nothing new loaded: the report stands
    assert (inbox / "processed" / "twitter.zip").is_file() and not archive.exists()
    reason = (inbox / "failed" / "broken.zip.error.txt").read_text(encoding="utf-8")
    assert reason.splitlines()[0] == run.filed[0].outcome.message != "stale"
    assert run.filed[0].outcome.message.startswith(f"{inbox / 'broken.zip'}: ")
    assert rows(db, "select count(*) from meta.archives") == [(1,)]


def _hold_in_another_thread(lock_context, until: threading.Event) -> threading.Thread:
    held = threading.Event()

    def hold() -> None:
        with lock_context():
            held.set()
            until.wait(30)

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert held.wait(10)
    return thread


def test_busy_warehouse_leaves_the_archive_for_a_later_run(
    inbox_with_twitter, tmp_path, prefect_harness, monkeypatch
):
    import flows.import_archive as import_module
    from flows.watch_inbox import watch_inbox

    inbox, archive, db = inbox_with_twitter
    monkeypatch.setattr(import_module, "IMPORT_LOCK_WAIT_SECONDS", 0.3)
    monkeypatch.setattr(
        import_module, "take_import_lock", import_module.take_import_lock.with_options(retries=0)
    )
    release = threading.Event()
    holder = _hold_in_another_thread(lambda: holding_import_lock(db), release)
    try:
        run = watch_inbox(str(inbox), str(db), 0.0, str(tmp_path / "exports"))
    finally:
        release.set()
        holder.join()

    assert run.filed == []
    assert run.left == {
        "twitter.zip": (
            f"the warehouse was busy: the import in progress (pid {os.getpid()}) is still "
            "running after 0.3 s; try again when it has finished."
        )
    }
    assert archive.is_file()
    assert not (inbox / "processed").exists() and not (inbox / "failed").exists()
    assert not db.exists()


def test_lock_held_by_another_import_is_retried_until_it_is_free(
    inbox_with_twitter, prefect_harness, monkeypatch
):
    import flows.import_archive as import_module

    _, archive, db = inbox_with_twitter
    attempts = []
    real_import_lock = import_module.import_lock

    def counting_import_lock(path: Path):
        attempts.append(path)
        if len(attempts) == 2:  # the first attempt has given up: the other import finishes
            release.set()
        return real_import_lock(path)

    monkeypatch.setattr(import_module, "import_lock", counting_import_lock)
    monkeypatch.setattr(import_module, "IMPORT_LOCK_WAIT_SECONDS", 0.3)
    monkeypatch.setattr(
        import_module,
        "take_import_lock",
        import_module.take_import_lock.with_options(retries=10, retry_delay_seconds=0.2),
    )
    release = threading.Event()
    holder = _hold_in_another_thread(lambda: holding_import_lock(db), release)
    try:
        outcome = import_module.import_archive([str(archive)], str(db))
    finally:
        release.set()
        holder.join()

    assert outcome.outcome == "loaded"
    assert len(attempts) >= 2  # a Prefect retry: the first attempt gave up after 0.3 s
    assert rows(db, "select count(*) from meta.archives") == [(1,)]


def test_only_a_busy_lock_is_retried_never_bad_input():
    from prefect.states import Failed

    from flows.import_archive import _only_when_busy
    from flows.locking import WarehouseBusy
    from transforms.result import ArchiveError

    assert _only_when_busy(None, None, Failed(data=WarehouseBusy("busy"))) is True
    assert _only_when_busy(None, None, Failed(data=ArchiveError("x.zip: not a zip"))) is False
    assert _only_when_busy(None, None, Failed(data=ValueError("a bug"))) is False


def test_a_second_inbox_run_leaves_the_inbox_to_the_first(
    inbox_with_twitter, tmp_path, prefect_harness
):
    from flows.watch_inbox import watch_inbox

    inbox, archive, db = inbox_with_twitter
    release = threading.Event()

    @contextmanager
    def first_run():
        lock = inbox_lock(inbox)
        assert lock.try_acquire()
        with lock:
            yield

    holder = _hold_in_another_thread(first_run, release)
    try:
        run = watch_inbox(str(inbox), str(db), 0.0, str(tmp_path / "exports"))
    finally:
        release.set()
        holder.join()

    assert run.skipped and run.filed == [] and run.left == {}
    assert archive.is_file() and not db.exists()


# Without Prefect ------------------------------------------------------------------------------


def test_free_name_numbers_repeats_and_reclaims_an_orphaned_reason(tmp_path):
    (tmp_path / "export.zip").write_bytes(b"1")
    (tmp_path / "export-1.zip").write_bytes(b"2")
    (tmp_path / "lonely.zip.error.txt").write_text("left by a stopped run", encoding="utf-8")

    assert free_name(tmp_path, "export.zip") == tmp_path / "export-2.zip"
    assert free_name(tmp_path, "twitter-2025") == tmp_path / "twitter-2025"
    assert free_name(tmp_path, "lonely.zip") == tmp_path / "lonely.zip"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("twitter-2026.zip", True),
        ("Complete_LinkedInDataExport_03-14-2026", True),
        ("twitter-2026.zip.crdownload", False),
        ("export.zip.part", False),
        (".DS_Store", False),
        (".recip-inbox.lock", False),
        ("processed", False),
        ("failed", False),
        ("broken.zip.error.txt", False),
    ],
)
def test_what_counts_as_an_archive_in_the_inbox(name, expected):
    assert is_candidate(Path("inbox") / name) is expected
