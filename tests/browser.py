"""Headless Chromium driven over the DevTools pipe, with every request outside the file watched.

Used by the dashboard tests; the `browser` fixture is registered in conftest.py.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
VIEWPORT = {"width": 1366, "height": 768}
TIMEOUT_SECONDS = 30.0
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-dev-shm-usage",
    "--metrics-recording-only",
    "--mute-audio",
    # Belt and braces beside the per-request blocking below: no name resolves, and every
    # connection would go to a proxy on a closed local port.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    f"--window-size={VIEWPORT['width']},{VIEWPORT['height']}",
    "--remote-debugging-pipe",
]


class DevToolsPipe:
    """A minimal DevTools protocol client over Chromium's debugging pipe."""

    def __init__(self, user_data_dir: Path, log_path: Path) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def wire_pipes() -> None:
            # Chromium reads commands on fd 3 and writes replies on fd 4. Both ends are first
            # copied above 10 so that placing one cannot overwrite the other.
            read_end = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD_CLOEXEC, 10)
            write_end = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD_CLOEXEC, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.log_path = log_path
        with log_path.open("wb") as log:
            # close_fds is off because fds 3 and 4 are made in the child; every descriptor
            # Python opens is close-on-exec anyway, so nothing else reaches Chromium.
            self.process = subprocess.Popen(
                [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={user_data_dir}"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                preexec_fn=wire_pipes,
                close_fds=False,
            )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self.on_event: Callable[[dict[str, Any]], None] | None = None

    def post(self, method: str, params: dict[str, Any] | None = None, session: str = "") -> int:
        """Send a command without waiting: its reply is kept under the returned id."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        return self._next_id

    def send(self, method: str, params: dict[str, Any] | None = None, session: str = "") -> dict:
        """Send a command and wait for its reply, handling the events that arrive meanwhile
        (an event handler may post commands of its own, such as releasing a paused request)."""
        wanted = self.post(method, params, session)
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while wanted not in self._replies:
            self._dispatch(self._read(deadline))
        reply = self._replies.pop(wanted)
        if "error" in reply:
            raise DevToolsError(f"{method} failed: {reply['error']}")
        return reply.get("result", {})

    def pump(self, seconds: float) -> None:
        """Handle the events that arrive within `seconds`."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                self._dispatch(self._read(deadline))
            except TimeoutError:
                return

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.write(self._to_browser, b'{"id": 999999, "method": "Browser.close"}\0')
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "id" in message:
            self._replies[message["id"]] = message
        elif "method" in message and self.on_event is not None:
            self.on_event(message)

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("Chromium did not answer in time.")
            ready, _, _ = select.select([self._from_browser], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                log = self.log_path.read_text(errors="replace")[-2000:]
                raise AssertionError(f"Chromium closed the debugging pipe; its log ends:\n{log}")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)


class DevToolsError(RuntimeError):
    """A DevTools command answered with an error."""


@pytest.fixture
def browser(tmp_path: Path):
    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"{CHROMIUM} is missing: run `make browser` to install Debian's chromium package, "
            "then run the tests again."
        )
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    client = DevToolsPipe(profile, tmp_path / "chromium.log")
    yield client
    client.close()
    shutil.rmtree(profile, ignore_errors=True)


@dataclass
class OpenPage:
    """A tab with the network blocked, and what it did: console errors, outside requests."""

    client: DevToolsPipe
    session: str = ""
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    loaded: bool = False

    def watch(self, event: dict[str, Any]) -> None:
        method, params = event["method"], event.get("params", {})
        if method == "Fetch.requestPaused":
            self._release(params)
        elif method == "Network.requestWillBeSent":
            self._note_request(params["request"]["url"])
        elif method == "Runtime.consoleAPICalled":
            text = " ".join(str(arg.get("value", arg.get("description"))) for arg in params["args"])
            if params.get("type") in ("error", "assert"):
                self.errors.append(text)
            elif params.get("type") == "warning":
                # Vega reports spec problems (conflicting domains, dropped formats) as warnings.
                self.warnings.append(text)
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.errors.append(details.get("exception", {}).get("description") or details["text"])
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.errors.append(params["entry"].get("text", ""))
        elif method == "Page.loadEventFired":
            self.loaded = True

    def _note_request(self, url: str) -> None:
        if not url.startswith(LOCAL_SCHEMES) and url not in self.outside:
            self.outside.append(url)

    def _release(self, paused: dict[str, Any]) -> None:
        """Let a local request through; fail and note any other."""
        url = paused["request"]["url"]
        if url.startswith(LOCAL_SCHEMES):
            self.client.post(
                "Fetch.continueRequest", {"requestId": paused["requestId"]}, self.session
            )
        else:
            self._note_request(url)
            self.client.post(
                "Fetch.failRequest",
                {"requestId": paused["requestId"], "errorReason": "BlockedByClient"},
                self.session,
            )

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.client.send(method, params, session=self.session)

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression} failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_until(self, expression: str, what: str) -> None:
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while True:
            self.client.pump(0.05)
            if self.loaded and self.evaluate(expression):
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"Timed out waiting for {what}; console errors: {self.errors}")

    def screenshot(self, path: Path) -> None:
        shot = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        path.write_bytes(base64.b64decode(shot["data"]))


LOCAL_SCHEMES = ("file://", "data:", "about:")


def open_page(client: DevToolsPipe, url: str) -> OpenPage:
    """Open `url` in a new tab whose every request outside `file://` is failed and noted, and
    wait until the page says its charts are drawn."""
    page = OpenPage(client)
    client.on_event = page.watch
    target = client.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    page.session = client.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
        "sessionId"
    ]
    for domain in ("Runtime", "Log", "Network", "Page"):
        page.send(f"{domain}.enable")
    page.send("Fetch.enable", {"patterns": [{"urlPattern": "*"}]})
    page.send(
        "Emulation.setDeviceMetricsOverride", {**VIEWPORT, "deviceScaleFactor": 1, "mobile": False}
    )
    page.send("Page.navigate", {"url": url})
    page.wait_until(
        "document.body !== null && document.body.getAttribute('data-charts') === 'ready'",
        "the charts to be drawn",
    )
    return page


CHART_STATE = """
Array.from(document.querySelectorAll('.chart')).map(function (chart) {
  var svg = chart.querySelector('svg');
  var canvas = chart.querySelector('canvas');
  return {
    id: chart.id,
    svgWidth: svg ? Number(svg.getAttribute('width')) : 0,
    svgHeight: svg ? Number(svg.getAttribute('height')) : 0,
    marks: svg ? svg.querySelectorAll('.mark-rect path, .mark-line path, .mark-symbol path, '
      + '.mark-text text, .mark-rule line').length : 0,
    canvas: canvas ? canvas.width * canvas.height : 0
  };
})
"""
