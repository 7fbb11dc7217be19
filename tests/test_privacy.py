"""Nothing leaves the machine, and what stays is readable by its owner only.

`recip import --report` runs with a `sitecustomize.py` on PYTHONPATH, so that it and every Python
process it starts (Prefect's server) fail any connection or name lookup beyond loopback and
write it down. Telemetry variables are removed from its environment: the CLI must set them
itself. The warehouse and the report it creates must be private (0600 files, 0700 folders).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.hostile import LINKEDIN_FILES, linkedin_folder, recip_env, run_recip, twitter_folder

GUARD = '''
"""Test guard: no connection and no name lookup beyond loopback; each attempt is written down."""
import atexit
import ipaddress
import os
import socket

_LOG = os.environ.get("RECIP_NETWORK_LOG")
_TELEMETRY = ("DO_NOT_TRACK", "PREFECT_SERVER_ANALYTICS_ENABLED", "GX_ANALYTICS_ENABLED")


def _note(line):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()} {line}\\n")


def _is_loopback(host):
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).split("%")[0]
    if host in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _refuse(what, host):
    _note(f"{what} {host!r}")
    raise OSError(f"network access beyond loopback is blocked in this test: {host!r}")


def _guarded(original, what):
    def method(self, address, *rest):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            _refuse(what, address[0])
        return original(self, address, *rest)

    method.__module__ = __name__
    return method


socket.socket.connect = _guarded(socket.socket.connect, "connect")
socket.socket.connect_ex = _guarded(socket.socket.connect_ex, "connect_ex")
_sendto = socket.socket.sendto


def sendto(self, data, *rest):
    address = rest[-1]
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
        _refuse("sendto", address[0])
    return _sendto(self, data, *rest)


socket.socket.sendto = sendto
_getaddrinfo = socket.getaddrinfo


def getaddrinfo(host, *args, **kwargs):
    if host is not None and not _is_loopback(host):
        _note(f"getaddrinfo {host!r}")
        raise socket.gaierror(socket.EAI_NONAME, "name lookups are blocked in this test")
    return _getaddrinfo(host, *args, **kwargs)


socket.getaddrinfo = getaddrinfo


def _telemetry(moment):
    _note(f"{moment} " + " ".join(f"{name}={os.environ.get(name)}" for name in _TELEMETRY))


_telemetry("start")
atexit.register(_telemetry, "exit")
'''


@pytest.fixture(scope="module")
def guarded_env(tmp_path_factory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("private")
    guard = root / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    env = recip_env(root, tmp_path_factory.mktemp("prefect-home"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(guard), env.get("PYTHONPATH")]))
    env["RECIP_NETWORK_LOG"] = str(root / "network.log")
    return env


def network_log(env: dict[str, str]) -> list[str]:
    log = Path(env["RECIP_NETWORK_LOG"])
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_the_guard_blocks_and_records_what_goes_beyond_loopback(guarded_env):
    """The check below is not blind. The guard is confirmed loaded before anything is tried,
    so no packet could leave even if it were missing."""
    probe = (
        "import socket\n"
        "assert socket.socket.connect.__module__ == 'sitecustomize', 'guard not loaded'\n"
        "with socket.socket() as s:\n"
        "    try:\n"
        "        s.connect(('192.0.2.1', 9))\n"
        "    except OSError as e:\n"
        "        print('blocked:', e)\n"
        "try:\n"
        "    socket.getaddrinfo('telemetry.example', 443)\n"
        "except socket.gaierror:\n"
        "    print('lookup blocked')\n"
        "with socket.create_server(('127.0.0.1', 0)) as server:\n"
        "    socket.create_connection(server.getsockname(), timeout=5).close()\n"
        "print('loopback ok')\n"
    )
    env = {**guarded_env, "RECIP_NETWORK_LOG": guarded_env["RECIP_NETWORK_LOG"] + ".probe"}
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "blocked: network access beyond loopback is blocked in this test: '192.0.2.1'",
        "lookup blocked",
        "loopback ok",
    ]
    attempts = [line.split(" ", 1)[1] for line in network_log(env)]
    assert [what for what in attempts if not what.startswith(("start ", "exit "))] == [
        "connect '192.0.2.1'",
        "getaddrinfo 'telemetry.example'",
    ]


@pytest.fixture(scope="module")
def private_import(guarded_env, tmp_path_factory):
    inputs = tmp_path_factory.mktemp("inputs")
    linkedin_export = linkedin_folder(inputs / "LinkedInDataExport_01-15-2024", LINKEDIN_FILES)
    twitter_export = twitter_folder(inputs / "twitter-2024-03-02-private")
    private = Path(guarded_env["HOME"]).parent / "private"
    run = run_recip(
        ["import", str(linkedin_export), str(twitter_export), "--db",
         str(private / "db" / "warehouse.duckdb"), "--report", "--out", str(private / "exports")],
        guarded_env,
    )  # fmt: skip
    return run, private


def test_an_import_and_its_report_make_no_connection_beyond_loopback(guarded_env, private_import):
    run, _ = private_import
    assert run.returncode == 0, run.stderr
    assert [line.split()[:2] for line in run.stdout.splitlines()] == [
        ["loaded", "linkedin"],
        ["loaded", "twitter"],
    ]
    log = [line.split(" ", 1) for line in network_log(guarded_env)]
    assert [what for _, what in log if not what.startswith(("start ", "exit "))] == []
    # The CLI was started without the telemetry settings and set them itself; every process it
    # started (Prefect's server) had them from the start.
    off = "DO_NOT_TRACK=1 PREFECT_SERVER_ANALYTICS_ENABLED=false GX_ANALYTICS_ENABLED=false"
    cli = log[0][0]
    assert log[0][1] == (
        "start DO_NOT_TRACK=None PREFECT_SERVER_ANALYTICS_ENABLED=None GX_ANALYTICS_ENABLED=None"
    )
    assert [what for pid, what in log if pid == cli][-1] == f"exit {off}"
    # (Prefect hands its settings to its server as `False`.)
    children = [what.lower() for pid, what in log if pid != cli and what.startswith("start ")]
    assert children and set(children) == {f"start {off}".lower()}


def _modes(folder: Path) -> dict[str, str]:
    modes = {".": oct(stat.S_IMODE(folder.stat().st_mode))}
    for path in folder.rglob("*"):
        modes[path.relative_to(folder).as_posix()] = oct(stat.S_IMODE(path.stat().st_mode))
    return modes


def test_the_warehouse_and_the_report_are_readable_by_their_owner_only(private_import):
    run, private = private_import
    assert run.returncode == 0, run.stderr
    for folder in (private / "db", private / "exports"):
        modes = _modes(folder)
        assert modes.pop(".") == "0o700"
        assert modes and set(modes.values()) <= {"0o600", "0o700"}, modes
    assert oct(stat.S_IMODE((private / "db" / "warehouse.duckdb").stat().st_mode)) == "0o600"
    assert oct(stat.S_IMODE((private / "exports" / "dashboard.html").stat().st_mode)) == "0o600"


def test_importing_the_flows_turns_telemetry_off(guarded_env):
    """In-process users (a notebook, the deployment) get the same settings as the CLI."""
    code = (
        "import os\n"
        "import flows.import_archive\n"
        "print(os.environ.get('DO_NOT_TRACK'), os.environ.get('PREFECT_SERVER_ANALYTICS_ENABLED'),"
        " os.environ.get('GX_ANALYTICS_ENABLED'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**guarded_env, "RECIP_NETWORK_LOG": guarded_env["RECIP_NETWORK_LOG"] + ".flows"},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "false", "false"]


def test_no_warehouse_connection_may_download_a_duckdb_extension(tmp_path):
    # DuckDB fetches a known extension from the internet the first time a query needs it.
    from flows.load import connect

    with connect(tmp_path / "warehouse.duckdb") as con:
        assert con.sql("select current_setting('autoinstall_known_extensions')").fetchall() == [
            (False,)
        ]
        with pytest.raises(Exception, match='Extension "httpfs" is an existing extension'):
            con.sql("select * from read_parquet('https://example.invalid/data.parquet')")
