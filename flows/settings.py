"""Where things live by default, and the process-wide settings every entry point applies first."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO_ARCHIVES = REPO / "data" / "samples"

# Telemetry off before Prefect or Great Expectations is imported: nothing leaves the machine.
PRIVATE_ENV = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "GX_ANALYTICS_ENABLED": "false",
}


def default_db() -> Path:
    return Path(os.environ.get("RECIP_DB", "data/warehouse.duckdb"))


def default_inbox() -> Path:
    return Path(os.environ.get("RECIP_INBOX", "data/inbox"))


def default_exports() -> Path:
    return Path(os.environ.get("RECIP_EXPORTS", "data/exports"))


def apply_process_settings(verbose: bool = False) -> None:
    """Private, quiet defaults for this process; a user's own environment still wins."""
    for name, value in PRIVATE_ENV.items():
        os.environ[name] = value
    # Without a configured server, Prefect runs its own on loopback for the life of the process.
    if not os.environ.get("PREFECT_API_URL"):
        os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_ENABLED", "true")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "ERROR")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
    # The warehouse, its exports and Prefect's own files are readable by their owner only.
    os.umask(0o077)
