"""Every timestamp format the exports write, parsed to naive UTC datetimes.

Times written without a zone are taken as UTC (the contract's rule). Each parser returns None
for an empty value and raises ValueError for a value it cannot read, so the caller can reject
that row with a reason.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

# Formats seen in LinkedIn and Twitter exports; the comment names where.
_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d %H:%M:%S UTC",  # LinkedIn messages 2021+
    "%Y/%m/%d %H:%M:%S UTC",  # LinkedIn endorsements, search queries, 2018 UTF-16 files
    "%d %b %Y",  # LinkedIn Connections 2021+
    "%m/%d/%y, %I:%M %p",  # LinkedIn Invitations, Recommendations, 2018 Connections/Messages
    "%Y-%m-%d %H:%M:%S",  # LinkedIn Reactions, Comments, Shares, Votes (no zone)
    "%Y-%m-%dT%H:%M:%S",  # LinkedIn messages 2020
    "%Y-%m-%d %H:%M UTC",  # LinkedIn Learning
    "%Y-%m-%d %H:%M",  # LinkedIn Articles (`Created on 2024-08-06 14:15`)
    "%a %b %d %H:%M:%S UTC %Y",  # LinkedIn Logins, Company Follows (Java Date.toString)
    "%m/%d/%y %I:%M %p UTC",  # LinkedIn Receipts_v2
    "%d-%b-%y",  # spreadsheet-resaved Connections
    "%Y-%m-%d",  # LinkedIn Verifications
    "%B %d, %Y, %I:%M %p",  # LinkedIn Inbox.csv before 2018
    "%a %b %d %H:%M:%S %z %Y",  # Twitter tweets
    "%Y-%m-%d %H:%M:%S %z",  # Twitter Grailbird 2014+
    "%Y-%m-%dT%H:%M:%S.%fZ",  # Twitter DMs, account, manifest
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%dT%H:%M:%S.%f%z",
    "%Y.%m.%d",  # Twitter ni-devices
)

_SPACES = re.compile(r"\s+")


def _to_naive_utc(value: datetime) -> datetime:
    if value.tzinfo is not None:
        try:
            value = value.astimezone(UTC).replace(tzinfo=None)
        except OverflowError as error:  # e.g. year 1 at +0100: before the first UTC instant
            raise ValueError(f"{value} is out of range in UTC") from error
    return value


def parse_timestamp(text: str | None) -> datetime | None:
    """Any known export timestamp; None when empty; ValueError when unrecognised."""
    if text is None:
        return None
    cleaned = _SPACES.sub(" ", text.strip().strip('"'))
    if not cleaned or cleaned.upper() in {"N/A", "NA", "NULL", "---"}:
        return None
    for fmt in _FORMATS:
        try:
            return _to_naive_utc(datetime.strptime(cleaned, fmt))
        except ValueError:
            continue
    raise ValueError(f"unrecognised date '{text[:40]}'")


def parse_format(text: str | None, fmt: str) -> datetime | None:
    """One known format, for hot paths where the format is fixed (tweets, DMs)."""
    if text is None or text == "":
        return None
    return _to_naive_utc(datetime.strptime(text, fmt))


TWEET_CREATED_AT = "%a %b %d %H:%M:%S %z %Y"
ISO_MILLIS = "%Y-%m-%dT%H:%M:%S.%fZ"


def parse_iso(text: str | None) -> datetime | None:
    """ISO-8601 as Twitter writes it (`2022-11-14T18:44:55.824Z`), with or without fraction."""
    if text is None or text == "":
        return None
    return _to_naive_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
