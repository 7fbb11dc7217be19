"""Where things live by default, and the process-wide settings every entry point applies first."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO_ARCHIVES = REPO / "data" / "samples"

# Telemetry off before Prefect or Great Expectations is imported: nothing leaves the machine.
PRIVATE_ENV = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "GX_ANALYTICS_ENABLED": "false",
}


def turn_telemetry_off() -> None:
    """Prefect and Great Expectations send nothing anywhere, whoever starts the flows."""
    os.environ.update(PRIVATE_ENV)


class _ExpectedRejection(logging.Filter):
    """A task that stopped on bad input (an ArchiveError) is an outcome the import reports in
    one sentence, not a crash: Prefect's traceback and failed-state lines for it are dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and type(error).__name__ == "ArchiveError":
            return False
        return "exception ArchiveError:" not in record.getMessage()


def quiet_expected_rejections() -> None:
    task_runs = logging.getLogger("prefect.task_runs")
    if not any(isinstance(f, _ExpectedRejection) for f in task_runs.filters):
        task_runs.addFilter(_ExpectedRejection())


def default_db() -> Path:
    return Path(os.environ.get("RECIP_DB", "data/warehouse.duckdb"))


def default_inbox() -> Path:
    return Path(os.environ.get("RECIP_INBOX", "data/inbox"))


def default_exports() -> Path:
    return Path(os.environ.get("RECIP_EXPORTS", "data/exports"))


def apply_process_settings(verbose: bool = False) -> None:
    """Private, quiet defaults for this process; a user's own environment still wins."""
    turn_telemetry_off()
    quiet_expected_rejections()
    # Without a configured server, Prefect runs its own on loopback for the life of the process.
    if not os.environ.get("PREFECT_API_URL"):
        os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_ENABLED", "true")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "ERROR")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
    # The warehouse, its exports and Prefect's own files are readable by their owner only.
    os.umask(0o077)


def warm_up(validation: bool = True) -> None:
    """Start Prefect's API server and import the validation library side by side.

    Without `PREFECT_API_URL` the first flow run starts a private server and waits seconds for
    it, and the first validation waits seconds more to import Great Expectations. The waiting
    is for another process, so this process imports the library meanwhile. (`validation=False`
    when this process will not validate: the workers of a parallel import do.)
    """
    from prefect.settings import PREFECT_API_URL

    starting = None
    if not PREFECT_API_URL.value():  # none in the environment, nor in Prefect's profile
        # Imported here, not in the thread: the thread then only spawns the server and waits.
        import prefect.server.api.server  # noqa: F401

        starting = threading.Thread(target=_start_prefect_api, daemon=True)
        starting.start()
    if validation:
        from transforms.validation import preload

        preload()
    if starting is not None:
        starting.join()


def _start_prefect_api() -> None:
    # A failure here is met again, and reported, when the first flow run starts the server.
    with contextlib.suppress(Exception):
        prefect_api_url()


def prefect_api_url() -> str:
    """The Prefect API this process reports to: the configured server, or else the private one
    Prefect starts for a process without one (started here if it is not running yet)."""
    from prefect.settings import PREFECT_API_URL

    if configured := PREFECT_API_URL.value():
        return configured
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # one per process: the one Prefect's own client would use
    server.start()
    return server.api_url
