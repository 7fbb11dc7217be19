"""`make bench`: the import against the DuckDB floor and against twitter-to-sqlite.

    python bench/run.py [--runs 3] [--platform twitter|linkedin|many|all]
                        [--scales 0.25,0.5,1] [--no-peer] [--no-server] [--out bench/out]

For each platform and scale (a fraction of the default sizes below) it generates one synthetic
archive (deterministic, kept in `bench/out/archives/` for the next run) and measures, each as the
median of `--runs` fresh processes:

- `recip import` cold, into a new warehouse: wall time and peak RSS; once as a user runs it
  (Prefect starts its ephemeral API server in every process) and once with `PREFECT_API_URL`
  pointing at a local Prefect server that the benchmark starts (`--no-server` skips that);
- the import flow alone (`bench/flow_timer.py`: Prefect started first, then the clock runs
  around the flow), with the time of each step;
- the no-op re-import of the same archive: `recip import` wall time and the flow alone;
- the DuckDB floor (`bench/floor.py`): wall time, peak RSS and the in-script time;
- Twitter only: twitter-to-sqlite from `bench/.venv-peer/` on a copy of the archive whose tweet
  part files are joined into one `tweet.js` (the name it loads tweets from): wall and peak RSS.

`many` imports twenty small archives (ten X, ten LinkedIn, of different owners) in one `recip
import`: one after another, with `--workers 1` and with `--workers 2`.

Peak RSS is the child's `ru_maxrss` from `wait4`: the largest resident set of the process or any
process it started and waited for (for `recip import`, Prefect's server process), not their sum.

Prefect's start-up is measured once per run as `startup_s` of the flow timer: from the flow
timer's first line (the interpreter has started) through the imports (Prefect, the project,
DuckDB, pyarrow, Great Expectations), the ephemeral API server (or the configured
`PREFECT_API_URL`) and a first flow run.
Results go to stdout and to `bench/out/results.json` and `bench/out/results.md`.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
PYTHON = ROOT / ".venv" / "bin" / "python"
RECIP = ROOT / ".venv" / "bin" / "recip"
PEER = BENCH / ".venv-peer" / "bin" / "twitter-to-sqlite"

TWITTER_DEFAULT = {
    "tweets": 200_000,
    "followers": 50_000,
    "following": 30_000,
    "likes": 100_000,
    "dms": 20_000,
}
LINKEDIN_DEFAULT = {"connections": 30_000, "messages": 100_000, "endorsements": 5_000}

# Many small archives, as an agency imports its clients': the parallel import's case.
MANY_TWITTER = {"tweets": 5_000, "followers": 1_000, "following": 800, "likes": 2_000, "dms": 500}
MANY_LINKEDIN = {"connections": 1_000, "messages": 3_000, "endorsements": 200}
MANY_EACH = 10  # of either platform: 20 archives
MANY_MODES = {"one after another": [], "--workers 1": ["--workers", "1"]}
MANY_MODES["--workers 2"] = ["--workers", "2"]
MANY_SETTLE_SECONDS = 3.0

# What the issue asks of the default archives.
TARGET_FLOW_VS_FLOOR = 1.5
TARGET_PEER_SPEEDUP = 3.0
TARGET_RSS_MB = 1024
TARGET_NOOP_FLOW_S = 1.0
TARGET_GROWTH = 2.2


@dataclass
class Run:
    wall_s: float
    max_rss_mb: float
    stdout: str


@dataclass
class Measure:
    """The runs of one command; the figures reported are medians."""

    runs: list[Run] = field(default_factory=list)
    extra: list[dict] = field(default_factory=list)

    @property
    def wall_s(self) -> float:
        return statistics.median(r.wall_s for r in self.runs)

    @property
    def max_rss_mb(self) -> float:
        return statistics.median(r.max_rss_mb for r in self.runs)

    def median(self, key: str) -> float:
        return statistics.median(float(e[key]) for e in self.extra)

    def median_step(self, step: str) -> float:
        return statistics.median(float(e.get("steps", {}).get(step, 0.0)) for e in self.extra)


def run(command: list[str], env: dict[str, str] | None = None, check: bool = True) -> Run:
    """Run a command in a fresh process; wall time and its peak RSS from wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=out, stderr=err, env={**os.environ, **(env or {})}, cwd=ROOT
        )
        # wait4 reports the child's rusage (Popen.wait would reap it without).
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if check and process.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited with {process.returncode}:\n{stdout}\n{stderr}"
        )
    return Run(wall, usage.ru_maxrss / 1024, stdout)


def _last_json(text: str) -> dict:
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError(f"no JSON line in:\n{text}")


# Archives ---------------------------------------------------------------------------------


def _scaled(sizes: dict[str, int], scale: float) -> dict[str, int]:
    return {name: max(1, round(count * scale)) for name, count in sizes.items()}


def generate(platform: str, scale: float, out: Path) -> Path:
    """The archive folder for this platform and scale, generated once and kept."""
    sizes = _scaled(TWITTER_DEFAULT if platform == "twitter" else LINKEDIN_DEFAULT, scale)
    folder = out / "archives" / f"{platform}-{scale:g}"
    stamp = folder / ".sizes.json"
    if stamp.is_file() and json.loads(stamp.read_text()) == sizes:
        return _only_child(folder)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    arguments = [f"--{name}={count}" for name, count in sizes.items()]
    print(f"generating {platform} archive at {scale:g}x: {sizes}", flush=True)
    run([str(PYTHON), "-m", "generators", platform, str(folder), *arguments])
    stamp.write_text(json.dumps(sizes))
    return _only_child(folder)


def generate_many(out: Path) -> list[Path]:
    """Ten small X archives and ten small LinkedIn exports of different owners, as zips."""
    folder = out / "archives" / "many"
    sizes = {"twitter": MANY_TWITTER, "linkedin": MANY_LINKEDIN, "each": MANY_EACH}
    stamp = folder / ".sizes.json"
    if not (stamp.is_file() and json.loads(stamp.read_text()) == sizes):
        shutil.rmtree(folder, ignore_errors=True)
        print(f"generating {2 * MANY_EACH} small archives", flush=True)
        for platform, counts in (("twitter", MANY_TWITTER), ("linkedin", MANY_LINKEDIN)):
            arguments = [f"--{name}={count}" for name, count in counts.items()]
            for seed in range(1, MANY_EACH + 1):
                target = folder / f"{platform}-{seed:02d}"
                target.mkdir(parents=True)
                generator = [str(PYTHON), "-m", "generators", platform, str(target), "--zip"]
                run([*generator, f"--seed={seed}", *arguments])
        stamp.write_text(json.dumps(sizes))
    return sorted(folder.glob("*/*.zip"))


def _only_child(folder: Path) -> Path:
    (child,) = [p for p in folder.iterdir() if p.is_dir()]
    return child


def peer_copy(archive: Path, out: Path) -> Path:
    """The archive's data files as twitter-to-sqlite reads them: one `tweet.js` for all tweets.

    It loads tweets only from a file named `tweet.js` and replaces a table for every file it
    reads, so the part files are joined into one array. The other files are linked, not copied.
    """
    target = out / "peer" / archive.parent.name
    stamp = target / ".source"
    if stamp.is_file() and stamp.read_text() == str(archive):
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    data = archive / "data"
    tweet_parts = sorted(data.glob("tweets*.js"))
    with (target / "tweet.js").open("wb") as joined:
        joined.write(b"window.YTD.tweet.part0 = [")
        first = True
        for part in tweet_parts:
            start, end = _array_items(part)
            if start == end:
                continue
            if not first:
                joined.write(b",")
            _copy_range(part, start, end, joined)
            first = False
        joined.write(b"]")
    for path in data.glob("*.js"):
        if path not in tweet_parts:
            os.link(path, target / path.name)
    stamp.write_text(str(archive))
    return target


def _array_items(path: Path) -> tuple[int, int]:
    """Byte offsets of what lies between the brackets of a part file's top-level array."""
    with path.open("rb") as part:
        head = part.read(65536)
        start = head.index(b"[", head.index(b"=")) + 1
        size = part.seek(0, os.SEEK_END)
        part.seek(max(start, size - 65536))
        tail = part.read()
    end = size - len(tail) + len(tail.rstrip(b" \t\r\n;"))
    return start, max(start, end - 1)  # without the closing bracket


def _copy_range(path: Path, start: int, end: int, target) -> None:
    """Copy bytes [start, end) in small chunks: the driver stays small, and so does every
    process it starts, which inherits its peak RSS in `ru_maxrss`."""
    with path.open("rb") as source:
        source.seek(start)
        left = end - start
        while left > 0:
            chunk = source.read(min(left, 1 << 20))
            if not chunk:
                break
            target.write(chunk)
            left -= len(chunk)


# Measurements -----------------------------------------------------------------------------


def fresh_db(out: Path, name: str) -> Path:
    db = out / "db" / f"{name}.duckdb"
    db.parent.mkdir(parents=True, exist_ok=True)
    for stale in db.parent.glob(f"{name}.duckdb*"):
        stale.unlink()
    return db


def measure_platform(
    platform: str, scale: float, runs: int, out: Path, peer: bool, server: dict[str, str] | None
) -> dict:
    archive = generate(platform, scale, out)
    label = f"{platform}-{scale:g}"
    print(f"measuring {label} ({_size_mb(archive):.0f} MB)", flush=True)
    cold, flow, noop, noop_flow, floor, peer_runs = (Measure() for _ in range(6))
    cold_server, noop_server = Measure(), Measure()
    for index in range(runs):
        db = fresh_db(out, f"{label}-cold-{index}")
        cold.runs.append(run([str(RECIP), "import", str(archive), "--db", str(db)]))
        noop.runs.append(run([str(RECIP), "import", str(archive), "--db", str(db)]))

        if server is not None:
            db = fresh_db(out, f"{label}-server-{index}")
            command = [str(RECIP), "import", str(archive), "--db", str(db)]
            cold_server.runs.append(run(command, env=server))
            noop_server.runs.append(run(command, env=server))

        db = fresh_db(out, f"{label}-flow-{index}")
        timed = run([str(PYTHON), str(BENCH / "flow_timer.py"), str(db), str(archive)])
        flow.runs.append(timed)
        flow.extra.append(_last_json(timed.stdout))
        again = run([str(PYTHON), str(BENCH / "flow_timer.py"), str(db), str(archive)])
        noop_flow.runs.append(again)
        noop_flow.extra.append(_last_json(again.stdout))

        db = fresh_db(out, f"{label}-floor-{index}")
        measured = run([str(PYTHON), str(BENCH / "floor.py"), platform, str(archive), str(db)])
        floor.runs.append(measured)
        floor.extra.append(_last_json(measured.stdout))

        if peer and platform == "twitter":
            source = peer_copy(archive, out)
            db = out / "db" / f"{label}-peer-{index}.db"
            db.unlink(missing_ok=True)
            peer_runs.runs.append(run([str(PEER), "import", str(db), str(source)]))
        print(f"  run {index + 1}/{runs} done", flush=True)

    result = {
        "platform": platform,
        "scale": scale,
        "archive_mb": _size_mb(archive),
        "rows": flow.median("rows"),
        "cold_wall_s": cold.wall_s,
        "cold_rss_mb": cold.max_rss_mb,
        "startup_s": flow.median("startup_s"),
        "flow_s": flow.median("flow_s"),
        "steps": {
            step: flow.median_step(step)
            for step in ("open", "detect", "parse", "validate", "load", "build")
        },
        "noop_wall_s": noop.wall_s,
        "noop_flow_s": noop_flow.median("flow_s"),
        "floor_wall_s": floor.wall_s,
        "floor_s": floor.median("seconds"),
        "floor_rss_mb": floor.max_rss_mb,
    }
    if peer_runs.runs:
        result["peer_wall_s"] = peer_runs.wall_s
        result["peer_rss_mb"] = peer_runs.max_rss_mb
    if cold_server.runs:
        result["cold_server_wall_s"] = cold_server.wall_s
        result["cold_server_rss_mb"] = cold_server.max_rss_mb
        result["noop_server_wall_s"] = noop_server.wall_s
    return result


def measure_many(runs: int, out: Path) -> dict:
    """`recip import` of twenty small archives at once: one after another, then with a local
    Dask cluster of one and of two worker processes preparing them."""
    archives = generate_many(out)
    print(f"measuring {len(archives)} small archives", flush=True)
    measures = {mode: Measure() for mode in MANY_MODES}
    modes = list(MANY_MODES)
    for index in range(runs):
        # A different mode goes first in each run, and each starts on a settled machine: the
        # Dask workers of the run before may still be exiting when its command has returned.
        for mode in modes[index % len(modes) :] + modes[: index % len(modes)]:
            time.sleep(MANY_SETTLE_SECONDS)
            db = fresh_db(out, f"many-{index}")
            command = [str(RECIP), "import", *map(str, archives), "--db", str(db)]
            measures[mode].runs.append(run([*command, *MANY_MODES[mode]]))
        print(f"  run {index + 1}/{runs} done", flush=True)
    return {
        "archives": len(archives),
        "archive_mb": sum(p.stat().st_size for p in archives) / 1e6,
        "modes": {
            mode: {"wall_s": m.wall_s, "rss_mb": m.max_rss_mb} for mode, m in measures.items()
        },
    }


@contextlib.contextmanager
def prefect_server(out: Path) -> Iterator[dict[str, str]]:
    """A local Prefect server for the length of the run: the environment that points at it."""
    port = _free_port()
    home = out / "prefect-server-home"
    home.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "PREFECT_HOME": str(home.resolve()),
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    env.pop("PREFECT_API_URL", None)
    log = (out / "prefect-server.log").open("wb")
    command = [str(ROOT / ".venv" / "bin" / "prefect"), "server", "start"]
    server = subprocess.Popen(
        [*command, "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the Prefect server did not start; see {log.name}")
            time.sleep(0.5)
        yield {"PREFECT_API_URL": url}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


# Report -----------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def _megabytes(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} MB"


def _ratio(numerator: float | None, denominator: float | None) -> str:
    return "-" if numerator is None or not denominator else f"{numerator / denominator:.2f}x"


def report(results: list[dict], many: dict | None = None) -> str:
    lines = ["# Benchmark", ""]
    lines.append(
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}; every figure is the median of "
        "the runs, each in a fresh process. `recip import` runs once as a user runs it (Prefect "
        "starts its ephemeral API server in the process) and once against a running local "
        "Prefect server (`PREFECT_API_URL`)."
    )
    lines += ["", "## The import", ""]
    lines.append(
        "| archive | MB | rows | `recip import` cold | with a running server | peak RSS | "
        "Prefect start-up | import flow | no-op `recip import` | with a running server | "
        "no-op flow |"
    )
    lines.append("|" + "---|" * 11)
    for r in results:
        lines.append(
            f"| {r['platform']} {r['scale']:g}x | {r['archive_mb']:.0f} | {r['rows']:,.0f} | "
            f"{_seconds(r['cold_wall_s'])} | {_seconds(r.get('cold_server_wall_s'))} | "
            f"{_megabytes(r['cold_rss_mb'])} | {_seconds(r['startup_s'])} | "
            f"{_seconds(r['flow_s'])} | {_seconds(r['noop_wall_s'])} | "
            f"{_seconds(r.get('noop_server_wall_s'))} | {_seconds(r['noop_flow_s'])} |"
        )
    lines += ["", "## Against the DuckDB floor and twitter-to-sqlite", ""]
    lines.append(
        "| archive | import flow | DuckDB floor (script) | floor (process) | flow / floor | "
        "floor RSS | twitter-to-sqlite | its RSS | it / `recip import` | "
        "it / `recip import` with a server |"
    )
    lines.append("|" + "---|" * 10)
    for r in results:
        peer = r.get("peer_wall_s")
        lines.append(
            f"| {r['platform']} {r['scale']:g}x | {_seconds(r['flow_s'])} | "
            f"{_seconds(r['floor_s'])} | {_seconds(r['floor_wall_s'])} | "
            f"{_ratio(r['flow_s'], r['floor_s'])} | {_megabytes(r['floor_rss_mb'])} | "
            f"{_seconds(peer)} | {_megabytes(r.get('peer_rss_mb'))} | "
            f"{_ratio(peer, r['cold_wall_s'])} | {_ratio(peer, r.get('cold_server_wall_s'))} |"
        )
    lines += [
        "",
        "## Steps of the flow",
        "",
        "Median seconds from each step's start to the next one's; the validation suites run in "
        "a worker thread alongside `load` and `build`, so `validate` only shows their start, and "
        "`build` runs to the end of the flow (the commit and Prefect's closing of the run).",
        "",
    ]
    lines.append("| archive | open | detect | parse | validate | load | build |")
    lines.append("|" + "---|" * 7)
    for r in results:
        steps = r["steps"]
        lines.append(
            f"| {r['platform']} {r['scale']:g}x | "
            + " | ".join(
                f"{steps[k]:.2f}" for k in ("open", "detect", "parse", "validate", "load", "build")
            )
            + " |"
        )
    lines += ["", "## Growth", "", "Per doubling of the archive:", ""]
    for platform in ("twitter", "linkedin"):
        sweep = sorted((r for r in results if r["platform"] == platform), key=lambda r: r["scale"])
        for smaller, larger in itertools.pairwise(sweep):
            if abs(larger["scale"] / smaller["scale"] - 2) > 1e-9:
                continue
            growth = larger["flow_s"] / smaller["flow_s"]
            lines.append(
                f"- {platform} {smaller['scale']:g}x -> {larger['scale']:g}x: flow "
                f"{growth:.2f}x, `recip import` "
                f"{larger['cold_wall_s'] / smaller['cold_wall_s']:.2f}x, floor "
                f"{larger['floor_s'] / smaller['floor_s']:.2f}x "
                f"(target: flow at most {TARGET_GROWTH}x, {_verdict(growth <= TARGET_GROWTH)})"
            )
    lines += ["", "## Targets (default sizes)", ""]
    for r in results:
        if r["scale"] != 1:
            continue
        ratio = r["flow_s"] / r["floor_s"]
        lines.append(
            f"- {r['platform']}: import flow within {TARGET_FLOW_VS_FLOOR}x of the DuckDB floor: "
            f"{ratio:.2f}x, {_verdict(ratio <= TARGET_FLOW_VS_FLOOR)}"
        )
        if r["platform"] != "twitter":
            continue
        if "peer_wall_s" in r:
            for label, key in (
                ("as a user runs it", "cold_wall_s"),
                ("with a running Prefect server", "cold_server_wall_s"),
            ):
                if key not in r:
                    continue
                speedup = r["peer_wall_s"] / r[key]
                lines.append(
                    f"- twitter: cold `recip import` ({label}) at least {TARGET_PEER_SPEEDUP}x "
                    f"faster than twitter-to-sqlite: {speedup:.2f}x, "
                    f"{_verdict(speedup >= TARGET_PEER_SPEEDUP)}"
                )
        lines.append(
            f"- twitter: peak RSS under {TARGET_RSS_MB} MB: {r['cold_rss_mb']:.0f} MB, "
            f"{_verdict(r['cold_rss_mb'] < TARGET_RSS_MB)}"
        )
        lines.append(
            f"- twitter: no-op re-import under {TARGET_NOOP_FLOW_S:g} s plus process start: "
            f"the flow takes {r['noop_flow_s']:.2f} s after a start-up of {r['startup_s']:.2f} s "
            f"(`recip import` {r['noop_wall_s']:.2f} s), "
            f"{_verdict(r['noop_flow_s'] < TARGET_NOOP_FLOW_S)}"
        )
    if many is not None:
        lines += _many_report(many)
    return "\n".join(lines) + "\n"


def _many_report(many: dict) -> list[str]:
    modes = many["modes"]
    alone = modes["one after another"]["wall_s"]
    lines = [
        "",
        f"## Many archives: {many['archives']} small zips ({many['archive_mb']:.0f} MB) in one "
        "`recip import`",
        "",
        "| how | wall time | faster than one after another | peak RSS (largest process) |",
        "|---|---|---|---|",
    ]
    for mode, figures in modes.items():
        speedup = "-" if mode == "one after another" else f"{alone / figures['wall_s']:.2f}x"
        lines.append(
            f"| {mode} | {_seconds(figures['wall_s'])} | {speedup} | "
            f"{_megabytes(figures['rss_mb'])} |"
        )
    one, two = modes["--workers 1"]["wall_s"], modes["--workers 2"]["wall_s"]
    lines += [
        "",
        f"- many archives: faster with 2 parse workers than with 1: {two:.2f} s against "
        f"{one:.2f} s ({one / two:.2f}x), {_verdict(two < one)}",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--platform",
        choices=("twitter", "linkedin", "many", "all"),
        default="all",
        help="one platform's archives, the many small archives, or everything",
    )
    parser.add_argument("--scales", default="0.25,0.5,1", help="fractions of the default sizes")
    parser.add_argument("--no-peer", action="store_true", help="skip twitter-to-sqlite")
    parser.add_argument(
        "--no-server",
        action="store_true",
        help="skip the `recip import` runs against a running local Prefect server",
    )
    parser.add_argument("--out", type=Path, default=BENCH / "out")
    args = parser.parse_args(argv)
    if not args.no_peer and not PEER.exists():
        print(f"{PEER} is missing: run `make bench` (it installs it) or pass --no-peer.")
        return 2
    scales = sorted(float(s) for s in args.scales.split(","))
    everything = ("twitter", "linkedin", "many")
    platforms = everything if args.platform == "all" else (args.platform,)
    args.out.mkdir(parents=True, exist_ok=True)
    # Prefect's own database lives with the bench output, migrated once before anything is timed.
    os.environ.setdefault("PREFECT_HOME", str((args.out / "prefect-home").resolve()))
    warm_db = fresh_db(args.out, "warm-up")
    demo = sorted((ROOT / "data" / "samples").glob("twitter-*"))[0]
    run([str(PYTHON), str(BENCH / "flow_timer.py"), str(warm_db), str(demo)])
    results = []
    with contextlib.ExitStack() as stack:
        server = None if args.no_server else stack.enter_context(prefect_server(args.out))
        for platform in (p for p in platforms if p != "many"):
            for scale in scales:
                results.append(
                    measure_platform(platform, scale, args.runs, args.out, not args.no_peer, server)
                )
    many = measure_many(args.runs, args.out) if "many" in platforms else None
    text = report(results, many)
    print()
    print(text)
    (args.out / "results.md").write_text(text, encoding="utf-8")
    (args.out / "results.json").write_text(
        json.dumps({"archives": results, "many": many}, indent=2), encoding="utf-8"
    )
    shutil.rmtree(args.out / "db", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
