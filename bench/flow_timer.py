"""Time the import flow itself, without Prefect's start-up, in a fresh process.

    python bench/flow_timer.py DB ARCHIVE...

Prefect is started first as `recip import` starts it (the ephemeral API server, or the configured
one, with Great Expectations imported meanwhile: `settings.warm_up`) and a trivial flow run;
then the clock runs around `import_archives(...)`, which is what `recip import` calls. The flow's
steps are timed from the progress announcements the flow makes (`open`, `detect`, `parse`,
`validate`, `load`, `build`; `build` includes the commit). Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time

PROCESS_STARTED = time.perf_counter()


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    db, archives = argv[0], argv[1:]

    from flows import settings

    settings.apply_process_settings()
    settings.warm_up()  # as `recip import` does before its first flow run
    from prefect import flow

    @flow(name="bench_warm_up")
    def warm_up() -> int:
        return 1

    warm_up()
    from flows.import_archive import import_archives
    from flows.progress import listen

    startup = time.perf_counter() - PROCESS_STARTED
    marks: list[tuple[str, float]] = []
    peaks: dict[str, float] = {}
    current = ["start"]

    def mark(step: str, subject: str) -> None:
        marks.append((step, time.perf_counter()))
        current[0] = step

    sampling = threading.Event()

    def sample() -> None:
        page_mb = os.sysconf("SC_PAGE_SIZE") / 2**20
        while not sampling.wait(0.05):
            with open("/proc/self/statm") as statm:
                rss = int(statm.read().split()[1]) * page_mb
            peaks[current[0]] = max(peaks.get(current[0], 0.0), rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stop = listen(mark)
    started = time.perf_counter()
    outcomes = import_archives(archives, db)
    finished = time.perf_counter()
    stop()
    sampling.set()
    sampler.join()
    steps: dict[str, float] = {}
    ends = [t for _, t in marks[1:]] + [finished]
    for (step, begun), ended in zip(marks, ends, strict=True):
        steps[step] = steps.get(step, 0.0) + ended - begun
    first_step = marks[0][1] if marks else finished
    print(
        json.dumps(
            {
                "startup_s": startup,
                "flow_s": finished - started,
                # Prefect's own share of the flow call: before the first step starts.
                "flow_entry_s": first_step - started,
                "steps": steps,
                "step_peak_rss_mb": {step: round(mb) for step, mb in peaks.items()},
                "outcomes": [o.outcome for o in outcomes],
                "rows": sum(o.rows for o in outcomes),
                "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )
    return 0 if all(not o.failed for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
