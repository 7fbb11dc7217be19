"""Shared test settings: telemetry off, where the real samples live, Prefect's test harness."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]
# The research folder sits beside the repository, in development and in CI alike.
RESEARCH = REPO.parent / "shared" / "research"
LINKEDIN_SAMPLES = RESEARCH / "linkedin" / "samples"
TWITTER_SAMPLES = RESEARCH / "twitter" / "samples"


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for the whole session (starting one costs seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness():
        yield


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory) -> dict[str, str]:
    """The environment `recip` runs in: Prefect's files in a folder of the test module's own."""
    home = tmp_path_factory.mktemp("prefect-home")
    return {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    }


pytest_plugins = ["tests.browser"]
