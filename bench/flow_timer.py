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
import sys
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
    stop = listen(lambda step, subject: marks.append((step, time.perf_counter())))
    started = time.perf_counter()
    outcomes = import_archives(archives, db)
    finished = time.perf_counter()
    stop()
    steps: dict[str, float] = {}
    ends = [t for _, t in marks[1:]] + [finished]
    for (step, begun), ended in zip(marks, ends, strict=True):
        steps[step] = steps.get(step, 0.0) + ended - begun
    print(
        json.dumps(
            {
                "startup_s": startup,
                "flow_s": finished - started,
                "steps": steps,
                "rows": sum(o.rows for o in outcomes),
            }
        )
    )
    return 0 if all(not o.failed for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
