"""A process killed in the middle of an import (SIGKILL: a power cut, the OOM killer) leaves a
warehouse that opens, holds no part of the interrupted archive, and takes the same import again.

A generated X archive large enough that its load, model build and checks take seconds is
imported with `recip -v import`, whose run log says when each step has finished; the whole
process group (the CLI and Prefect's server) is killed at several points inside the load's
transaction. After each kill the warehouse is inspected as it was left on disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO
from tests.hostile import (
    LINKEDIN_FILES,
    RECIP,
    fingerprint,
    linkedin_folder,
    recip_env,
    run_recip,
    wait_for,
)
from transforms.schemas import RAW_TABLES

TWEETS = 30_000


@dataclass(frozen=True)
class Killed:
    returncode: int
    log: str
    seconds_after_trigger: float


def import_and_kill(
    paths: list[Path], db: Path, env: dict[str, str], step: str, nth: int, delay: float
) -> Killed:
    """Run `recip -v import`, and SIGKILL its process group `delay` seconds after the `nth`
    time the run log says the task `step` has finished."""
    finished = re.compile(rf"Task run '{step}-\w+' - Finished in state Completed")
    process = subprocess.Popen(
        [str(RECIP), "-v", "import", *map(str, paths), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=Path(env["HOME"]).parent / "cwd",
        start_new_session=True,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    log: list[str] = []

    def read() -> None:
        for line in process.stderr:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    seen = 0
    deadline = time.monotonic() + 240
    killed_after = 0.0
    try:
        while seen < nth:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            if line is None:
                break  # it ended before the step: the assertion below shows its log
            log.append(line)
            if finished.search(line):
                seen += 1
        if seen == nth:
            triggered = time.monotonic()
            time.sleep(delay)
            killed_after = time.monotonic() - triggered
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    finally:
        if process.returncode is None:
            wait_for(process, 30)
        reader.join(timeout=10)
    while not lines.empty():
        log.append(lines.get_nowait() or "")
    assert seen == nth, "".join(log)
    return Killed(process.returncode, "".join(log), killed_after)


@dataclass(frozen=True)
class Setting:
    big: Path
    big_id: str
    base: Path
    db: Path
    env: dict[str, str]


@pytest.fixture(scope="module")
def setting(tmp_path_factory) -> Setting:
    root = tmp_path_factory.mktemp("crash")
    generated = subprocess.run(
        [sys.executable, "-m", "generators", "twitter", str(root / "gen"), "--tweets",
         str(TWEETS), "--likes", "5000", "--dms", "5000", "--zip"],
        cwd=REPO, capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    big = Path(generated.stdout.split()[0])
    env = recip_env(root, tmp_path_factory.mktemp("prefect-home"))
    base = linkedin_folder(root / "LinkedInDataExport_01-15-2024", LINKEDIN_FILES)
    return Setting(
        big=big,
        big_id=hashlib.sha256(big.read_bytes()).hexdigest(),
        base=base,
        db=root / "db" / "warehouse.duckdb",
        env=env,
    )


def traces_of(db: Path, archive_id: str) -> dict[str, int]:
    """Rows anywhere in the warehouse that belong to the archive; opening it is the first check."""
    with duckdb.connect(str(db), read_only=True) as con:
        counts = {
            f"raw.{name}": con.execute(
                f"select count(*) from raw.{name} where archive_id = ?", [archive_id]
            ).fetchall()[0][0]
            for name in RAW_TABLES
        }
        for table in ("archives", "imports", "rejects", "validations", "unrecognised"):
            counts[f"meta.{table}"] = con.execute(
                f"select count(*) from meta.{table} where archive_id = ?", [archive_id]
            ).fetchall()[0][0]
        counts["marts.interactions"] = con.execute(
            "select count(*) from marts.interactions where archive_id = ?", [archive_id]
        ).fetchall()[0][0]
    return {table: count for table, count in counts.items() if count}


# Where to pull the plug, inside the transaction that loads the archive and builds the models:
# (the step whose end triggers the kill, how long after it)
KILL_POINTS = (
    ("parse_archive", 0.05),  # writing the raw rows
    ("load_archive", 0.1),  # rebuilding the staging tables and marts
    ("build_models", 0.0),  # waiting for the checks, recording, committing
)


def test_a_killed_import_leaves_nothing_behind_and_can_be_run_again(setting: Setting):
    baseline = None
    for number, (step, delay) in enumerate(KILL_POINTS):
        # The first run loads a small archive for real before the big one is interrupted.
        paths = [setting.base, setting.big] if number == 0 else [setting.big]
        killed = import_and_kill(paths, setting.db, setting.env, step, len(paths), delay)

        assert killed.returncode == -signal.SIGKILL, killed.log
        assert traces_of(setting.db, setting.big_id) == {}, (step, killed.log)
        if baseline is None:
            baseline = fingerprint(setting.db)
            with duckdb.connect(str(setting.db), read_only=True) as con:
                assert con.sql("select platform, status from meta.archives").fetchall() == [
                    ("linkedin", "loaded")
                ]
        assert fingerprint(setting.db) == baseline, step

    again = run_recip(["import", str(setting.big), "--db", str(setting.db)], setting.env)
    assert again.returncode == 0, again.stderr
    assert again.stdout.split()[:2] == ["loaded", "twitter"]
    traces = traces_of(setting.db, setting.big_id)
    assert traces["raw.twitter_tweets"] == TWEETS
    assert traces["meta.archives"] == 1 and traces["meta.imports"] == 1
    with duckdb.connect(str(setting.db), read_only=True) as con:
        assert con.sql("select outcome from meta.imports order by started_at").fetchall() == [
            ("loaded",),
            ("loaded",),
        ]
