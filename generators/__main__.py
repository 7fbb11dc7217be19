"""Command line for the synthetic archives.

    python -m generators demo OUTDIR
    python -m generators twitter OUTDIR --tweets N --followers F --following G --likes L --dms D
    python -m generators linkedin OUTDIR --connections C --messages M --endorsements E

`demo` writes the bundled demo (`data/samples` is exactly its output); `twitter` and `linkedin`
write one invented archive of the requested size, as a folder or, with `--zip`, a zip. The same
arguments always give the same bytes.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from generators.linkedin import LinkedInSize, write_demo_linkedin, write_linkedin_archive
from generators.twitter import (
    X_PART_BYTES,
    TwitterSize,
    write_demo_twitter,
    write_twitter_archive,
)

DEMO_README = """\
# Demo archives

Three archives of one fictional person, **Åsa Lindqvist-Ortega** (LinkedIn `asa-lindqvist-ortega`,
X `@asalindqvist`, account id `1326719481`), and the 59 fictional contacts she deals with.
Every person, name, company, message and id in them is invented; any resemblance to a real
account is a coincidence.

| folder | what it is |
|---|---|
| `Complete_LinkedInDataExport_03-14-2026/` | her LinkedIn Complete export of 14 March 2026 |
| `twitter-2025-11-14-…/` | her X archive of 14 November 2025 |
| `twitter-2026-03-14-…/` | her X archive four months later; its tweets come in two parts |

All three are unpacked folders, as `recip import` accepts them.

The files follow what LinkedIn and X write today (see `../../../shared/research/*/FORMAT.md`):
the `Notes:` preamble of Connections.csv, the all-quoted 2026 messages.csv with a group chat and
sponsored InMail, scheme-less endorsement URLs, `window.YTD.*` files with a manifest, edited
tweets, retweets, quotes, a long post in note-tweet.js, a deleted tweet, 1:1 and group DMs.

The story the dashboard should show:

- LinkedIn endorsements: of the 16 people Åsa endorsed first, 7 endorsed her back within a week,
  4 within months and 5 never; of the connections she never endorsed, only 4 endorsed her (and
  she has not returned those yet). Noa, Camille and Kwame endorsed her first and she returned it.
- Recommendations: Mei returned hers in nine days, François in five months, Henrik never; Gréta
  is waiting for Åsa's.
- Messages and DMs: replies within minutes, after weeks, or never, from both sides.
- X: of the 14 accounts she replied to, retweeted, mentioned or quoted, 10 follow her; of the
  10 she follows without engaging, 2 do. Between the two archives she started following 3
  accounts and stopped following 2; 4 accounts started following her and 2 stopped.
- Several people (Mei Chen, PhD; Søren; Łukasz; Inês; Zoë; …) appear on both platforms.

Regenerate with `python -m generators demo data/samples` (the tests check that the committed
files equal the generator's output).
"""


def write_demo(out_dir: Path) -> list[Path]:
    """The LinkedIn export and both X archives of the demo, plus a README, under `out_dir`.

    Earlier generated archives in `out_dir` are replaced, so the folder holds exactly the demo.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.iterdir():
        if stale.is_dir() and stale.name.startswith(("twitter-", "Complete_LinkedInDataExport_")):
            shutil.rmtree(stale)
    paths = [write_demo_linkedin(out_dir), *write_demo_twitter(out_dir)]
    (out_dir / "README.md").write_text(DEMO_README, encoding="utf-8")
    return paths


def _size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generators", description="Write synthetic LinkedIn and X archives."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="the bundled demo archives")
    demo.add_argument("out_dir", type=Path)

    twitter = commands.add_parser("twitter", help="one invented X archive of a given size")
    twitter.add_argument("out_dir", type=Path)
    twitter.add_argument("--tweets", type=int, default=TwitterSize.tweets)
    twitter.add_argument("--followers", type=int, default=TwitterSize.followers)
    twitter.add_argument("--following", type=int, default=TwitterSize.following)
    twitter.add_argument("--likes", type=int, default=TwitterSize.likes)
    twitter.add_argument("--dms", type=int, default=TwitterSize.dms, help="direct messages")
    twitter.add_argument(
        "--part-bytes",
        type=int,
        default=X_PART_BYTES,
        help="start a new tweets-partN.js once a part reaches this size (X: about 100 MB)",
    )

    linkedin = commands.add_parser("linkedin", help="one invented LinkedIn export of a given size")
    linkedin.add_argument("out_dir", type=Path)
    linkedin.add_argument("--connections", type=int, default=LinkedInSize.connections)
    linkedin.add_argument("--messages", type=int, default=LinkedInSize.messages)
    linkedin.add_argument("--endorsements", type=int, default=LinkedInSize.endorsements)
    linkedin.add_argument(
        "--message-columns",
        type=int,
        choices=(10, 11, 12),
        default=11,
        help="messages.csv layout: 10 (2023-2025), 11 (2026, all quoted), 12 (late 2024, drafts)",
    )
    for sub in (twitter, linkedin):
        sub.add_argument("--zip", action="store_true", help="write a zip instead of a folder")
        sub.add_argument("--seed", type=int, default=0)
        sub.add_argument(
            "--date", type=date.fromisoformat, default=date(2026, 3, 14), help="export date"
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for name in ("tweets", "followers", "following", "likes", "dms", "connections", "messages",
                 "endorsements"):  # fmt: skip
        if getattr(args, name, 0) < 0:
            print(f"--{name} cannot be negative", file=sys.stderr)
            return 2
    started = time.perf_counter()
    if args.command == "demo":
        paths = write_demo(args.out_dir)
    elif args.command == "twitter":
        paths = [
            write_twitter_archive(
                args.out_dir,
                tweets=args.tweets,
                followers=args.followers,
                following=args.following,
                likes=args.likes,
                dms=args.dms,
                seed=args.seed,
                generated_on=args.date,
                max_part_bytes=max(1, args.part_bytes),
                as_zip=args.zip,
            )
        ]
    else:
        paths = [
            write_linkedin_archive(
                args.out_dir,
                connections=args.connections,
                messages=args.messages,
                endorsements=args.endorsements,
                seed=args.seed,
                exported_on=args.date,
                message_columns=args.message_columns,
                as_zip=args.zip,
            )
        ]
    elapsed = time.perf_counter() - started
    for path in paths:
        print(f"{path}  {_size_of(path):,} bytes")
    print(f"written in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
