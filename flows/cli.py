"""`recip`: import archives, query the warehouse, rebuild models, write reports, run the demo."""

from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from flows import settings
from flows.load import NotAWarehouse, WarehouseBusy, check_is_warehouse

EPILOG = """\
examples:
  recip import ~/Downloads/Complete_LinkedInDataExport_03-14-2026.zip
  recip import ~/Downloads/twitter-2026-03-14-1a2b3c.zip --report
  recip query "select kind, status, count(*) from marts.reciprocity group by all"
  recip report --out shared-with-agency --redact

The warehouse is $RECIP_DB or data/warehouse.duckdb; outputs go to $RECIP_EXPORTS or data/exports.
"""


class UsageError(Exception):
    """Bad arguments or a missing warehouse: exit code 2."""


def _positive_int(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recip",
        description=(
            "Turn LinkedIn and Twitter/X data archives into a local DuckDB warehouse that shows "
            "who returns the favour. Nothing leaves this machine."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="show Prefect's run logs")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def db_option(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--db",
            type=Path,
            default=None,
            help="warehouse file (default: $RECIP_DB or data/warehouse.duckdb)",
        )

    def wait_option(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--wait",
            type=float,
            default=60.0,
            metavar="SECONDS",
            help=(
                "how long to wait for an import in progress to finish before reading the "
                "snapshot it last published instead (60)"
            ),
        )

    def out_option(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--out",
            type=Path,
            default=None,
            help="output folder (default: $RECIP_EXPORTS or data/exports)",
        )

    imp = commands.add_parser(
        "import",
        help="import one or more archives",
        description=(
            "Import archives: a .zip as downloaded, an unpacked folder, or the data files "
            "themselves (loose files given together form one archive). Prints one line per "
            "archive; exit code 1 when any input was rejected (the others still load)."
        ),
    )
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    db_option(imp)
    imp.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help=(
            "parse and validate up to N archives at once, in a local Dask cluster of N "
            "processes, while this process alone loads them (default: one after another, "
            "no cluster)"
        ),
    )
    imp.add_argument(
        "--scheduler",
        default=os.environ.get("RECIP_DASK_SCHEDULER"),
        metavar="ADDRESS",
        help=(
            "use the running Dask cluster at ADDRESS (e.g. tcp://10.0.0.5:8786) instead; its "
            "workers must see the archives and --spool (default: $RECIP_DASK_SCHEDULER)"
        ),
    )
    imp.add_argument(
        "--spool",
        type=Path,
        default=None,
        metavar="DIR",
        help=(
            "where parsed tables wait as Parquet for the loader, with --workers or --scheduler "
            "(default: a private temporary folder beside the warehouse, removed afterwards)"
        ),
    )
    imp.add_argument("--report", action="store_true", help="refresh the outputs afterwards")
    out_option(imp)

    status = commands.add_parser("status", help="what has been imported, and how it went")
    db_option(status)
    wait_option(status)

    query = commands.add_parser(
        "query",
        help="run read-only SQL against the warehouse",
        description="Run SQL read-only against the warehouse, e.g. select * from marts.reciprocity",
    )
    query.add_argument("sql", metavar="SQL")
    db_option(query)
    query.add_argument("--format", choices=["table", "csv", "json"], default="table")
    wait_option(query)

    build = commands.add_parser("build", help="rebuild every SQL model from what is loaded")
    db_option(build)

    report = commands.add_parser("report", help="write Parquet files and the dashboard")
    db_option(report)
    out_option(report)
    report.add_argument("--csv", action="store_true", help="also write CSV files")
    wait_option(report)
    report.add_argument(
        "--redact", action="store_true", help="replace names, handles, URLs and text by pseudonyms"
    )

    serve = commands.add_parser(
        "serve",
        help="import every archive dropped into the inbox folder, on a schedule",
        description=(
            "Run the scheduled inbox deployment: every interval, archives that have finished "
            "landing in the inbox are imported, then moved to inbox/processed/ or to "
            "inbox/failed/ with a .error.txt saying why, and the report is refreshed."
        ),
    )
    db_option(serve)
    out_option(serve)
    serve.add_argument(
        "--inbox",
        type=Path,
        default=None,
        help="folder to watch (default: $RECIP_INBOX or data/inbox)",
    )
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--interval", type=float, default=60.0, help="seconds between runs (60)")
    when.add_argument("--cron", help="a cron schedule instead, e.g. '0 7 * * *'")
    when.add_argument("--once", action="store_true", help="run one cycle now and exit")
    serve.add_argument(
        "--settle",
        type=float,
        default=5.0,
        help="seconds a file must be unchanged before it counts as fully written (5)",
    )

    demo = commands.add_parser(
        "demo", help="import the bundled sample archives and write the report"
    )
    db_option(demo)
    out_option(demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # A served schedule shows Prefect's run log; `serve --once` prints its summary like `import`.
    serving = args.command == "serve" and not args.once
    settings.apply_process_settings(verbose=args.verbose or serving)
    db = args.db or settings.default_db()
    try:
        handler = COMMANDS[args.command]
        return handler(args, db)
    except UsageError as error:
        print(f"recip: {error}", file=sys.stderr)
        return 2
    except NotAWarehouse as error:
        print(f"recip: {error}", file=sys.stderr)
        return 1
    except WarehouseBusy as error:
        hint = " Or wait longer: --wait SECONDS." if hasattr(args, "wait") else ""
        print(f"recip: {error}{hint}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("recip: interrupted; nothing half-loaded was kept.", file=sys.stderr)
        return 130
    except Exception as error:
        # A fault of recip itself, not of the input: one sentence, the traceback only on request.
        if args.verbose:
            raise
        first_line = (str(error).splitlines() or [""])[0]
        print(
            f"recip: unexpected error ({type(error).__name__}: {first_line}); nothing "
            "half-loaded was kept. Run again with --verbose for the details and report them.",
            file=sys.stderr,
        )
        return 1


# import ----------------------------------------------------------------------------------------


def _run_imports(
    paths: list[Path],
    db: Path,
    workers: int | None = None,
    scheduler: str | None = None,
    spool: Path | None = None,
) -> list:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from flows.progress import listen

    steps = ["open", "detect", "parse", "validate", "load", "build"]
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=_stderr_console(),
        transient=True,
    ) as progress:
        bar = progress.add_task("starting Prefect", total=None)
        settings.warm_up(validation=not (workers or scheduler))
        from flows.import_archive import SchedulerUnreachable, import_archives

        def show(step: str, subject: str) -> None:
            position = f"[{steps.index(step) + 1}/{len(steps)}] " if step in steps else ""
            progress.update(bar, description=f"{position}{step}: {subject}")

        stop = listen(show)
        try:
            return import_archives(
                [str(p) for p in paths],
                str(db),
                workers=workers,
                scheduler=scheduler,
                spool=str(spool) if spool else None,
            )
        except SchedulerUnreachable as error:
            raise UsageError(str(error)) from error
        finally:
            stop()


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _summary_line(outcome) -> str:
    exported = outcome.exported_at.date().isoformat() if outcome.exported_at else "-"
    return (
        f"{outcome.outcome:<21} {outcome.platform or '-':<8} {outcome.owner_key or '-':<36} "
        f"exported {exported:<10}  rows {outcome.rows:>9,}  rejected {outcome.rejects:>6,}  "
        f"{outcome.source}"
    )


def cmd_import(args, db: Path) -> int:
    check_is_warehouse(db)  # before Prefect starts, as a file of another kind fails every import
    if args.spool and not (args.workers or args.scheduler):
        raise UsageError("--spool is where parallel imports keep parsed tables: add --workers N.")
    outcomes = _run_imports(args.paths, db, args.workers, args.scheduler, args.spool)
    for outcome in outcomes:
        print(_summary_line(outcome))
        if outcome.failed:
            print(f"error: {outcome.message}", file=sys.stderr)
        elif outcome.message not in ("ok", "already in the warehouse"):
            print(f"note: {outcome.source}: {outcome.message}", file=sys.stderr)
    if args.report and any(o.outcome in ("loaded", "loaded_with_warnings") for o in outcomes):
        _write_report(db, args.out or settings.default_exports(), csv_too=False, redact=False)
    return 1 if any(o.failed for o in outcomes) else 0


# status, query, build --------------------------------------------------------------------------


def _read_only(db: Path, wait: float = 60.0):
    """The warehouse, read-only. While an import holds it: wait up to `wait` seconds, then read
    the snapshot the last import published; both are said on stderr."""
    from flows.load import open_warehouse

    if not db.exists():
        raise UsageError(f"no warehouse at {db}; import an archive first (recip import PATH).")
    return open_warehouse(db, read_only=True, wait_seconds=wait, snapshot_fallback=True)


def cmd_status(args, db: Path) -> int:
    with _read_only(db, args.wait) as con:
        imports = con.sql(
            "select started_at, outcome, source_path, message from meta.imports order by started_at"
        ).fetchall()
        archives = con.sql(
            "select a.platform, a.owner_key, a.exported_at, a.status, a.source_path, "
            "(select count(*) from meta.rejects r where r.archive_id = a.archive_id) "
            "from meta.archives a order by a.exported_at"
        ).fetchall()
        counts = _raw_counts(con)
    print(f"warehouse {db}")
    print(f"\n{len(archives)} archive(s) loaded:")
    for platform, owner, exported, status, source, rejects in archives:
        day = exported.date().isoformat() if exported else "-"
        print(f"  {platform:<8} {owner or '-':<36} exported {day}  {status:<21} {source}")
        for table, count in counts.get(source, []):
            print(f"      {table:<36} {count:>9,} rows")
        if rejects:
            print(f"      {'rejected rows':<36} {rejects:>9,}")
    print(f"\n{len(imports)} import attempt(s):")
    for started, outcome, source, message in imports:
        print(f"  {started:%Y-%m-%d %H:%M:%S}  {outcome:<21} {source}  {message or ''}")
    return 0


def _raw_counts(con) -> dict[str, list[tuple[str, int]]]:
    from transforms.schemas import RAW_TABLES

    union = " union all ".join(
        f"select '{name}' as table_name, archive_id, count(*) as n from raw.{name} group by all"
        for name in RAW_TABLES
    )
    rows = con.sql(
        f"select a.source_path, c.table_name, c.n from ({union}) c "
        "join meta.archives a using (archive_id) order by c.table_name"
    ).fetchall()
    counts: dict[str, list[tuple[str, int]]] = {}
    for source, table, n in rows:
        counts.setdefault(source, []).append((table, n))
    return counts


def _jsonable(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def cmd_query(args, db: Path) -> int:
    import duckdb

    with _read_only(db, args.wait) as con:
        try:
            relation = con.sql(args.sql)
        except duckdb.Error as error:
            print(f"recip: the query failed: {str(error).splitlines()[0]}", file=sys.stderr)
            return 1
        if relation is None:
            return 0
        columns = relation.columns
        rows = relation.fetchall()
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    elif args.format == "json":
        records = [{c: _jsonable(v) for c, v in zip(columns, row, strict=True)} for row in rows]
        print(json.dumps(records, ensure_ascii=False))
    else:
        _print_table(columns, rows)
    return 0


def _print_table(columns: list[str], rows: list[tuple]) -> None:
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def cmd_build(args, db: Path) -> int:
    from flows.load import open_warehouse
    from flows.warehouse import build_models

    if not db.exists():
        raise UsageError(f"no warehouse at {db}; import an archive first (recip import PATH).")
    with open_warehouse(db) as con:
        con.begin()
        built = build_models(con)
        con.commit()
    print(f"built {len(built)} models in {db}")
    return 0


# report and demo -------------------------------------------------------------------------------


def _write_report(db: Path, out: Path, *, csv_too: bool, redact: bool, wait: float = 600.0) -> Path:
    from flows.locking import holding_output_lock
    from flows.report import write_report

    # One writer per output folder: the inbox run may be refreshing the same report.
    with holding_output_lock(out, wait), _read_only(db, wait) as con:
        result = write_report(con, out, csv=csv_too, redact=redact)
    return result.dashboard


def cmd_report(args, db: Path) -> int:
    dashboard = _write_report(
        db,
        args.out or settings.default_exports(),
        csv_too=args.csv,
        redact=args.redact,
        wait=args.wait,
    )
    print(f"dashboard: {dashboard.resolve()}")
    return 0


def _percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.0%}"


def cmd_demo(args, db: Path) -> int:
    archives = sorted(p for p in settings.DEMO_ARCHIVES.iterdir() if p.is_dir())
    outcomes = _run_imports(archives, db)
    for outcome in outcomes:
        print(_summary_line(outcome))
        if outcome.failed:
            print(f"error: {outcome.message}", file=sys.stderr)
    with _read_only(db) as con:
        rows = con.sql(
            "select platform, kind, people, mutual, given_only, received_only, "
            "round(dyad_reciprocity, 2), round(median_lag_days, 1) "
            "from marts.reciprocity_summary order by platform, kind"
        ).fetchall()
        effects = con.sql(
            "select platform, kind, treated, treated_rate, baseline, baseline_rate, lift "
            "from marts.reciprocity_effect order by platform, kind"
        ).fetchall()
    print("\nreciprocity by channel (rate = share of people with favours going both ways)")
    _print_table(
        [
            "platform",
            "kind",
            "people",
            "mutual",
            "given_only",
            "received_only",
            "rate",
            "median_lag",
        ],
        rows,
    )
    print("\ndoes giving first pay off?")
    for platform, kind, treated, treated_rate, baseline, baseline_rate, lift in effects:
        print(
            f"  {platform} {kind}: {_percent(treated_rate)} of {treated} people you approached "
            f"first gave back, against {_percent(baseline_rate)} of {baseline} you never "
            f"approached" + (f" ({lift:.1f}x)" if lift is not None else "")
        )
    dashboard = _write_report(
        db, args.out or settings.default_exports(), csv_too=False, redact=False
    )
    print(f"\ndashboard: {dashboard.resolve()}")
    return 1 if any(o.failed for o in outcomes) else 0


def cmd_serve(args, db: Path) -> int:
    # Absolute paths: scheduled runs execute in processes of their own.
    inbox = (args.inbox or settings.default_inbox()).resolve()
    out = (args.out or settings.default_exports()).resolve()
    db = db.resolve()
    if args.once:
        from flows.watch_inbox import watch_inbox

        run = watch_inbox(str(inbox), str(db), args.settle, str(out))
        _print_inbox_run(run, inbox)
        return 1 if run.failed else 0
    from flows.deployments import ServerDidNotStart, prefect_server, serve_inbox

    # Ctrl-C and `kill` both stop cleanly, also when a shell started us in the background
    # (which ignores SIGINT): the runner winds down, then the private server is stopped.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    schedule = f"on the schedule '{args.cron}'" if args.cron else f"every {args.interval:g} s"
    prefect_home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    try:
        with prefect_server(prefect_home / "recip-serve-server.log") as api_url:
            print(
                f"recip: watching {inbox} {schedule}; runs are in Prefect's UI at "
                f"{api_url.removesuffix('/api')}. Press Ctrl-C to stop.",
                file=sys.stderr,
                flush=True,
            )
            serve_inbox(
                str(inbox),
                str(db),
                str(out),
                interval=args.interval,
                cron=args.cron,
                settle_seconds=args.settle,
            )
    except KeyboardInterrupt:
        pass
    except ServerDidNotStart as error:
        print(f"recip: {error}", file=sys.stderr)
        return 1
    print(f"recip: stopped watching {inbox}.", file=sys.stderr)
    return 0


def _print_inbox_run(run, inbox: Path) -> None:
    if run.skipped:
        print(f"another inbox run is still going in {inbox}; nothing done")
        return
    for entry in run.filed:
        print(f"{_summary_line(entry.outcome)}  -> {entry.moved_to.relative_to(inbox)}")
        if entry.outcome.failed:
            print(f"error: {entry.outcome.message}", file=sys.stderr)
    for name, reason in run.left.items():
        print(f"{'left in the inbox':<21} {name}: {reason}")
    if not run.filed and not run.left:
        print(f"nothing new in {inbox}")
    if run.report:
        print(f"dashboard: {run.report}")


COMMANDS = {
    "import": cmd_import,
    "status": cmd_status,
    "query": cmd_query,
    "build": cmd_build,
    "report": cmd_report,
    "serve": cmd_serve,
    "demo": cmd_demo,
}


if __name__ == "__main__":
    sys.exit(main())
