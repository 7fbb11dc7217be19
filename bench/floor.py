"""The DuckDB floor: the same archive read into typed tables by DuckDB alone, nothing else.

    python bench/floor.py twitter ARCHIVE_FOLDER DB
    python bench/floor.py linkedin ARCHIVE_FOLDER DB

Twitter: every data file the import reads (tweets and their parts, likes, followers, following,
blocks, mutes, DMs, notes, deleted tweets, account, profile) has its `window.YTD.… =` prefix
stripped into a temporary `.json` copy, which `read_json(format='array')` turns into a table.
LinkedIn: every CSV the import reads goes through `read_csv` (DuckDB's sniffer finds the header
after the `Notes:` preamble of Connections.csv by itself).

No validation, no models, no bookkeeping: what is left when all that is taken away. Prints one
JSON line: the seconds spent from the first byte read to the warehouse file being closed, and the
rows loaded.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import duckdb

# `data/<base>.js` and `data/<base>-partN.js` for these bases: the files the import loads.
TWITTER_BASES = (
    "tweets",
    "tweet",
    "like",
    "follower",
    "following",
    "block",
    "mute",
    "direct-messages",
    "direct-message",
    "direct-messages-group",
    "direct-message-group",
    "note-tweet",
    "deleted-tweets",
    "account",
    "profile",
    "screen-name-change",
)
LINKEDIN_FILES = (
    "Connections.csv",
    "messages.csv",
    "Invitations.csv",
    "Endorsement_Given_Info.csv",
    "Endorsement_Received_Info.csv",
    "Recommendations_Given.csv",
    "Recommendations_Received.csv",
    "Skills.csv",
    "Profile.csv",
    "Positions.csv",
    "Projects.csv",
    "Reactions.csv",
    "Comments.csv",
    "Shares.csv",
    "Votes.csv",
)
_PART = re.compile(r"^(?P<base>.+?)(?:-part\d+)?\.js$")
COPY_CHUNK = 8 << 20


def _table_name(path: Path) -> str:
    return re.sub(r"\W", "_", path.stem)


def _strip_prefix(source: Path, target: Path) -> None:
    """Copy everything after the first `=`, as every reader of these files does."""
    with source.open("rb") as inp, target.open("wb") as out:
        head = inp.read(64 * 1024)
        cut = head.index(b"=") + 1
        out.write(head[cut:])
        shutil.copyfileobj(inp, out, COPY_CHUNK)


def twitter_files(folder: Path) -> list[Path]:
    data = folder / "data" if (folder / "data").is_dir() else folder
    chosen = []
    for path in sorted(data.glob("*.js")):
        found = _PART.match(path.name)
        if found and found.group("base") in TWITTER_BASES:
            chosen.append(path)
    return chosen


def load_twitter(con: duckdb.DuckDBPyConnection, folder: Path, scratch: Path) -> int:
    rows = 0
    for path in twitter_files(folder):
        body = scratch / f"{path.stem}.json"
        _strip_prefix(path, body)
        table = _table_name(path)
        con.execute(
            f"create table \"{table}\" as select * from read_json(?, format = 'array')",
            [str(body)],
        )
        body.unlink()
        rows += con.execute(f'select count(*) from "{table}"').fetchall()[0][0]
    return rows


def load_linkedin(con: duckdb.DuckDBPyConnection, folder: Path) -> int:
    rows = 0
    for name in LINKEDIN_FILES:
        path = folder / name
        if not path.is_file() or path.stat().st_size == 0:
            continue
        table = _table_name(path)
        con.execute(f'create table "{table}" as select * from read_csv(?)', [str(path)])
        rows += con.execute(f'select count(*) from "{table}"').fetchall()[0][0]
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("twitter", "linkedin"):
        print(__doc__, file=sys.stderr)
        return 2
    platform, folder, db = argv[0], Path(argv[1]), Path(argv[2])
    started = time.perf_counter()
    con = duckdb.connect(str(db))
    with tempfile.TemporaryDirectory(prefix="floor-", dir=db.parent) as scratch:
        if platform == "twitter":
            rows = load_twitter(con, folder, Path(scratch))
        else:
            rows = load_linkedin(con, folder)
        con.close()
    print(json.dumps({"seconds": time.perf_counter() - started, "rows": rows}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
