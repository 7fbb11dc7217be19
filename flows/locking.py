"""Who may touch the warehouse, its snapshot, the inbox and the outputs, and when.

DuckDB lets one process open a file to write and then nobody else, not even a reader (STACK.md).
Its own lock only protects a single connection, though; an import opens the warehouse several
times (check, then load and build), so imports take a lock of their own, a file beside the
warehouse, for the whole of their work. A second import waits for it with a message naming the
first one's process.

After every change the warehouse is copied, whole and checkpointed, to a snapshot file in one
rename. Readers that cannot wait for an import read that instead, and a BI tool can keep it open
without ever holding up an import.

Locks are `flock` locks on small files: the system releases them when a process dies, so a killed
import never leaves a stale lock behind. They are reentrant within a thread, so a function that
holds the import lock can call one that takes it too.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

POLL_SECONDS = 0.2
LOCK_MODE = 0o600


class WarehouseBusy(Exception):
    """Another process holds the warehouse (or the inbox) longer than we were willing to wait."""

    def __init__(self, message: str, who: str = "another process") -> None:
        super().__init__(message)
        self.who = who  # "the import in progress (pid 123)": for messages built on this one


def say(message: str) -> None:
    """The default way to tell a waiting user what is going on: one line on stderr."""
    # Not print(): inside a flow with log_prints, Prefect turns prints into (hidden) log records.
    sys.stderr.write(f"recip: {message}\n")
    sys.stderr.flush()


class _Holding:
    """One lock file this thread holds: its descriptor, how often it was entered, and what to do
    just before letting it go."""

    def __init__(self, descriptor: int) -> None:
        self.descriptor = descriptor
        self.depth = 1
        self.before_release: dict[str, Callable[[], None]] = {}


_held: dict[tuple[int, str], _Holding] = {}
_held_guard = threading.Lock()


class FileLock:
    """An exclusive, reentrant `flock` on `path`, recording the holder's pid inside the file."""

    def __init__(self, path: Path, describe: str) -> None:
        self.path = Path(path)
        self.describe = describe  # "the import in progress", "another inbox run", ...
        self._resolved = str(self.path.resolve())

    @property
    def _key(self) -> tuple[int, str]:
        # Reentrant per thread: another thread of this process waits like another process would.
        return (threading.get_ident(), self._resolved)

    def holder(self) -> int | None:
        """The pid of the process holding the lock now, None when it is free (0: unknown pid)."""
        return lock_holder(self.path)

    def acquire(self, wait_seconds: float | None, on_wait: Callable[[str], None] = say) -> FileLock:
        """Take the lock, waiting up to `wait_seconds` (None: forever), telling `on_wait` once.

        Raises WarehouseBusy when the wait runs out.
        """
        with _held_guard:
            held = _held.get(self._key)
            if held is not None:
                held.depth += 1
                return self
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, LOCK_MODE)
        try:
            self._wait_for(descriptor, wait_seconds, on_wait)
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        except BaseException:
            os.close(descriptor)
            raise
        with _held_guard:
            _held[self._key] = _Holding(descriptor)
        return self

    def _wait_for(
        self, descriptor: int, wait_seconds: float | None, on_wait: Callable[[str], None]
    ) -> None:
        deadline = None if wait_seconds is None else time.monotonic() + wait_seconds
        told = False
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                pass
            pid = _read_pid(descriptor)
            who = f"{self.describe} (pid {pid})" if pid else self.describe
            if deadline is not None and time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"{who} is still running after {wait_seconds:g} s; try again when it has "
                    "finished.",
                    who=who,
                )
            if not told:
                limit = "" if wait_seconds is None else f" (up to {wait_seconds:g} s)"
                on_wait(f"waiting for {who} to finish{limit} ...")
                told = True
            time.sleep(POLL_SECONDS)

    def try_acquire(self) -> bool:
        """Take the lock if it is free right now; False when another process holds it."""
        try:
            self.acquire(wait_seconds=0, on_wait=lambda _message: None)
        except WarehouseBusy:
            return False
        return True

    def before_release(self, key: str, action: Callable[[], None]) -> None:
        """Run `action` once, when the outermost holder lets go, while the lock is still held."""
        with _held_guard:
            held = _held.get(self._key)
        if held is None:
            raise RuntimeError(f"{self.path} is not held by this thread")
        held.before_release.setdefault(key, action)

    def release(self) -> None:
        with _held_guard:
            held = _held[self._key]
            held.depth -= 1
            if held.depth:
                return
        try:
            for action in held.before_release.values():
                action()
        finally:
            with _held_guard:
                del _held[self._key]
            with contextlib.suppress(OSError):
                os.ftruncate(held.descriptor, 0)
            os.close(held.descriptor)  # closing the descriptor releases the flock

    def __enter__(self) -> FileLock:
        with _held_guard:
            if self._key not in _held:
                raise RuntimeError("acquire() the lock before entering it")
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _read_pid(descriptor: int) -> int:
    try:
        return int(os.pread(descriptor, 32, 0).decode().strip() or 0)
    except (OSError, ValueError):
        return 0


def lock_holder(path: Path) -> int | None:
    """The pid of the process holding the lock at `path`, None when nobody does (0: unknown)."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_pid(descriptor)
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        return None
    finally:
        os.close(descriptor)


# The warehouse --------------------------------------------------------------------------------


def import_lock_path(db: Path) -> Path:
    return Path(f"{db}.import-lock")


def snapshot_path(db: Path) -> Path:
    """Where the published copy of the warehouse lives: `warehouse.snapshot.duckdb` beside it."""
    db = Path(db)
    return db.with_name(f"{db.stem}.snapshot{db.suffix}")


def import_lock(db: Path) -> FileLock:
    """The lock that serialises every writer of the warehouse at `db` (imports, `recip build`)."""
    return FileLock(import_lock_path(db), "the import in progress")


def importing_pid(db: Path) -> int | None:
    """The pid of the import running on `db` now, None when none is (0: pid unknown)."""
    return lock_holder(import_lock_path(db))


@contextlib.contextmanager
def holding_import_lock(
    db: Path, wait_seconds: float | None = 600.0, on_wait: Callable[[str], None] = say
) -> Iterator[FileLock]:
    """Hold the warehouse's import lock for the block, waiting for another import first."""
    lock = import_lock(db).acquire(wait_seconds, on_wait)
    with lock:
        yield lock


# The inbox and the outputs -------------------------------------------------------------------


def inbox_lock(inbox: Path) -> FileLock:
    """Held by one inbox run at a time, so two runs never file the same archive."""
    return FileLock(Path(inbox) / ".recip-inbox.lock", "another inbox run")


@contextlib.contextmanager
def holding_output_lock(
    out_dir: Path, wait_seconds: float | None = 600.0, on_wait: Callable[[str], None] = say
) -> Iterator[FileLock]:
    """One report writer per output folder: two at once would remove each other's temp files."""
    lock = FileLock(Path(out_dir) / ".recip-report.lock", "the report being written").acquire(
        wait_seconds, on_wait
    )
    with lock:
        yield lock
