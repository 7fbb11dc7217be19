"""How the inbox flow is deployed: served from this process, or declared for a work pool.

Kept apart from the flow logic. `recip serve` calls `serve_inbox`; a Prefect server with a process
work pool uses `prefect.yaml` at the repository root instead (see the README, "Scheduling").

Schedules need Prefect's scheduler, which only a real server runs: the temporary server Prefect
starts for a single command has none, and a deployment served against it never runs. So unless
`PREFECT_API_URL` names a server already, `serve_inbox` starts one of its own on loopback for as
long as it serves, with its UI showing the runs. Prefect is imported only once that server's
address is in the environment, so this process and every flow run it starts talk to it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

# `watch_inbox/serve` when served by `recip serve`; `watch_inbox/inbox` is the work-pool one of
# prefect.yaml. Different names, so the two can share one server without replacing each other.
SERVED_DEPLOYMENT_NAME = "serve"
SERVER_START_SECONDS = 120.0


class ServerDidNotStart(RuntimeError):
    """The private Prefect server `recip serve` needs for its schedule could not be started."""


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


@contextlib.contextmanager
def prefect_server(log_file: Path) -> Iterator[str]:
    """The API URL of a Prefect server for the life of the block: `PREFECT_API_URL` when it is
    set, or else a private one started here on loopback (analytics off) and stopped after."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with open(log_file, "ab") as log:
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "prefect", "server", "start"),
                *("--host", "127.0.0.1", "--port", str(port), "--analytics-off"),
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            # Its own session: Ctrl-C reaches only us, and we stop the server after the runner.
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not _healthy(api_url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise ServerDidNotStart(
                    f"the Prefect server for the schedule did not start (exit code "
                    f"{server.poll()}); its log is {log_file}"
                )
            time.sleep(0.3)
        os.environ["PREFECT_API_URL"] = api_url
        os.environ.pop("PREFECT_SERVER_EPHEMERAL_ENABLED", None)
        yield api_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def serve_inbox(
    inbox: str,
    db: str,
    report_dir: str,
    *,
    interval: float | None = None,
    cron: str | None = None,
    settle_seconds: float = 5.0,
) -> None:
    """Serve `watch_inbox` as the deployment `watch_inbox/serve` on a schedule until Ctrl-C.

    Paths should be absolute: the runs execute in processes of their own. One run at a time:
    a run due while another is going waits for it.
    """
    from prefect.deployments.runner import EntrypointType

    from flows.watch_inbox import watch_inbox

    watch_inbox.serve(
        name=SERVED_DEPLOYMENT_NAME,
        interval=None if cron else (interval or 60),
        cron=cron,
        parameters={
            "inbox": inbox,
            "db": db,
            "report_dir": report_dir,
            "settle_seconds": settle_seconds,
        },
        description="Import every archive that lands in the inbox, then refresh the report.",
        limit=1,
        # The package is installed, so the runs import it by name wherever they start.
        entrypoint_type=EntrypointType.MODULE_PATH,
        print_starting_message=False,
    )
