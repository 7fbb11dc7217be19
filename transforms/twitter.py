"""Twitter/X "Download an archive of your data", every generation, into the raw Arrow tables.

Generations (../shared/research/twitter/FORMAT.md §1):
- G0 "Grailbird" tweet archive (2012-2019): `data/js/tweets/YYYY_MM.js` (API v1.1 objects,
  `text`, numeric `id` beside `id_str`), `tweets.csv` (2014+) or `data/csv/YYYY_MM.csv` (2013),
  `data/js/user_details.js`, `data/js/payload_details.js`.
- G1 (2018-2019): `window.YTD.*` files at the zip root, singular names, tweets not wrapped.
- G2 (2020-2022): `data/manifest.js`, `data/tweet.js` elements wrapped as `{"tweet": {...}}`.
- G3 (2022-): plural `data/tweets.js`, `tweets-partN.js`, `edit_info`, note-tweet, headers files.

Every part file present is read, whatever the manifest says; the manifest only adds what must
be there (a split data type missing a part is an error: tweets would be lost silently) and the
record counts the archive declares.

Streaming: each data file is parsed with ijson's C backend one array element at a time (DM
files one message at a time) and rows go into Arrow record batches of BATCH_ROWS, so memory
follows the Arrow data and one batch of Python rows, never the JSON.
Measured on a generated 105 MB `tweets-part1.js` (26,540 pretty-printed G3 tweets of ~4 KB, each
with edit_info, media entities, one mention and one URL; Python 3.11, one core of the
development container): 0.8-0.9 s, i.e. ~115 MB/s or ~30,000 tweets/s, about 60% of it inside
the C parser; peak RSS grew by ~40 MB with BATCH_ROWS = 10,000 (by ~80 MB with 50,000).
DM files go event by event in Python: a generated 132 MB direct-messages.js (20
conversations, 240,000 messages) took 3.7 s, ~36 MB/s or ~65,000 messages/s.

Tweet part files of 8 MB and more are also read by DuckDB (see "Tweets through DuckDB"): the
JSON is still streamed and checked here, but the rows come from DuckDB in a second thread, so
one part's rows are built while the next part is being read; the tables are the same.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from html import unescape
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from ijson.common import ObjectBuilder

from transforms.archive import Archive
from transforms.csvfiles import bounded_lines, describe_csv_error
from transforms.dates import parse_iso, parse_timestamp
from transforms.jsfiles import iter_js_array, iter_js_events, read_js_value
from transforms.result import ArchiveError, ParseResult, Reject
from transforms.schemas import TWITTER

PLATFORM = "twitter"
BATCH_ROWS = 10_000
DM_CONVERSATIONS_KEY = "twitter_direct_messages.conversation_id"

# ---------------------------------------------------------------------------------------------
# Which member is which
# ---------------------------------------------------------------------------------------------

# `window.YTD` file base name (without `.js` and `-partN`) → (raw table, how to read it).
_YTD_FILES: dict[str, tuple[str, str]] = {
    "tweets": ("twitter_tweets", "tweets"),
    "tweet": ("twitter_tweets", "tweets"),
    "direct-messages": ("twitter_direct_messages", "dm"),
    "direct-message": ("twitter_direct_messages", "dm"),
    "direct-messages-group": ("twitter_direct_messages", "dm_group"),
    "direct-message-group": ("twitter_direct_messages", "dm_group"),
    "account": ("twitter_account", "account"),
    "profile": ("twitter_profile", "profile"),
    "like": ("twitter_likes", "like"),
    "follower": ("twitter_followers", "follower"),
    "following": ("twitter_following", "following"),
    "block": ("twitter_blocks", "block"),
    "mute": ("twitter_mutes", "mute"),
    "screen-name-change": ("twitter_screen_name_changes", "screen_name_change"),
    "note-tweet": ("twitter_note_tweets", "note_tweet"),
    "deleted-tweets": ("twitter_deleted_tweets", "deleted_tweets"),
}

# Files every generation ships that hold nothing we load: the headers files repeat tweets and
# DMs without text; the rest is settings, ads, devices and products. Names from five manifests.
_KNOWN_UNUSED_BASES = frozenset(
    {
        "manifest",
        "tweet-headers",
        "tweets-headers",
        "direct-message-headers",
        "direct-messages-headers",
        "direct-message-group-headers",
        "direct-messages-group-headers",
        "deleted-tweet-headers",
        "deleted-note-tweet",
        "account-creation-ip",
        "account-label",
        "account-suspension",
        "account-timezone",
        "ageinfo",
        "app",
        "article",
        "article-metadata",
        "branch-links",
        "catalog-item",
        "commerce-catalog",
        "community-tweet",
        "connected-application",
        "connected-applications",
        "contact",
        "device-token",
        "direct-message-mute",
        "email-address-change",
        "expanded-profile",
        "fleet",
        "fleet-mute",
        "grok-chat-item",
        "ip-audit",
        "key-registry",
        "moment",
        "ni-devices",
        "personalization",
        "phone-number",
        "product-drop",
        "product-set",
        "professional-data",
        "protected-history",
        "reply-prompt",
        "saved-search",
        "shop-module",
        "shopify-account",
        "smartblock",
        "spaces-metadata",
        "sso",
        "tweetdeck",
        "twitter-article",
        "twitter-article-metadata",
        "twitter-circle",
        "twitter-circle-member",
        "twitter-circle-tweet",
        "twitter-shop",
        "user-link-clicks",
        "verified",
        "verified-organization",
        # Grailbird
        "tweet_index",
        "payload_details",
    }
)
_KNOWN_UNUSED_PREFIXES = (
    "ad-",
    "ads-",
    "audio-video-calls-in-dm",
    "birdwatch-",
    "community-note",
    "lists-",
    "periscope-",
)
_KNOWN_UNUSED_NAMES = frozenset({"readme.txt", "your archive.html", "index.html"})
# The Grailbird viewer's own code and images sit in these folders, next to `data/js/`.
_VIEWER_DIRS = frozenset({"assets", "css", "img", "js", "lib"})
_MEDIA_SUFFIXES = (
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".mp4",
    ".mov",
    ".m4a",
    ".mp3",
    ".webm",
    ".svg",
    ".ico",
    ".woff",
    ".woff2",
    ".ttf",
    ".eot",
)
_PART = re.compile(r"-part(\d+)$", re.IGNORECASE)
_MONTH_JS = re.compile(r"^\d{4}_\d{2}\.js$")
_MONTH_CSV = re.compile(r"^\d{4}_\d{2}\.csv$")


@dataclass(frozen=True)
class _Kind:
    table: str
    reader: str
    part: int = 0


def _split(member: str) -> tuple[list[str], str]:
    parts = member.replace("\\", "/").split("/")
    return [part.lower() for part in parts[:-1]], parts[-1]


def _is_media_path(dirs: list[str], name: str) -> bool:
    return (
        "assets" in dirs
        or any(folder.endswith("_media") for folder in dirs)
        or name.lower().endswith(_MEDIA_SUFFIXES)
    )


def _kind(member: str) -> _Kind | None:
    dirs, name = _split(member)
    if _is_media_path(dirs, name):
        return None
    lowered = name.lower()
    # Grailbird (G0) first: its data lives under `data/js/`, beside the viewer's `js/` folder.
    if _MONTH_JS.match(lowered) and dirs[-2:] == ["js", "tweets"]:
        return _Kind("twitter_tweets", "grailbird")
    if lowered == "user_details.js" and dirs[-1:] == ["js"]:
        return _Kind("twitter_account", "user_details")
    if lowered == "tweets.csv":
        return _Kind("twitter_tweets", "tweets_csv")
    if _MONTH_CSV.match(lowered) and dirs[-1:] == ["csv"]:
        return _Kind("twitter_tweets", "monthly_csv")
    if not lowered.endswith(".js") or _VIEWER_DIRS.intersection(dirs):
        return None
    base = lowered[:-3]
    part = 0
    found = _PART.search(base)
    if found:
        part = int(found.group(1))
        base = base[: found.start()]
    known = _YTD_FILES.get(base)
    if known is None:
        return None
    return _Kind(known[0], known[1], part)


def table_for(member: str) -> str | None:
    """The raw table (a key of `schemas.TWITTER`) an archive member is loaded into, else None."""
    kind = _kind(member)
    return kind.table if kind else None


def is_known_unused(member: str) -> bool:
    """True for Twitter archive files that are recognised but deliberately not loaded."""
    if _kind(member) is not None:
        return False
    dirs, name = _split(member)
    lowered = name.lower()
    if _is_media_path(dirs, name) or lowered in _KNOWN_UNUSED_NAMES:
        return True
    if _VIEWER_DIRS.intersection(dirs):
        return True  # Grailbird viewer code, tweet_index.js, payload_details.js
    if not lowered.endswith(".js"):
        return False
    base = _PART.sub("", lowered[:-3])
    return base in _KNOWN_UNUSED_BASES or base.startswith(_KNOWN_UNUSED_PREFIXES)


# ---------------------------------------------------------------------------------------------
# Small value helpers (hot path: keep them cheap)
# ---------------------------------------------------------------------------------------------

_MONTHS = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "May": 5,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}


def _tweet_time(text: str) -> datetime | None:
    """`Wed Nov 02 21:30:39 +0000 2022` or Grailbird's `2019-01-14 03:57:50 +0000`.

    Slicing is several times faster than strptime; every other shape goes the slow way.
    """
    try:
        if len(text) == 30 and text[20:25] == "+0000":
            return datetime(
                int(text[26:30]),
                _MONTHS[text[4:7]],
                int(text[8:10]),
                int(text[11:13]),
                int(text[14:16]),
                int(text[17:19]),
            )
        if len(text) == 25 and text[19:] == " +0000" and text[4] == "-":
            return datetime(
                int(text[0:4]),
                int(text[5:7]),
                int(text[8:10]),
                int(text[11:13]),
                int(text[14:16]),
                int(text[17:19]),
            )
    except (KeyError, ValueError):
        pass
    return parse_timestamp(text)


def _id(value: Any) -> str | None:
    """Ids as strings: they are strings in the archive, except Grailbird's numeric copies."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        value = str(value)
    return unescape(value) if "&" in value else value


def _excerpt(record: Any) -> str:
    try:
        return json.dumps(record, ensure_ascii=False)[:200]
    except (TypeError, ValueError):
        return repr(record)[:200]


def _inner(element: Any, key: str) -> dict | None:
    """The object inside `{"<key>": {...}}`; a lone key under another name is accepted too."""
    if not isinstance(element, dict):
        return None
    inner = element.get(key)
    if inner is None and len(element) == 1:
        inner = next(iter(element.values()))
    return inner if isinstance(inner, dict) else None


# ---------------------------------------------------------------------------------------------
# Table building
# ---------------------------------------------------------------------------------------------


def _column(values: tuple, data_type: pa.DataType) -> pa.Array:
    try:
        return pa.array(values, type=data_type)
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        if data_type != pa.string():
            raise
        # A number or an object where the archive normally has a string: keep it as JSON text
        # rather than fail the whole file.
        return pa.array(
            [
                value if value is None or isinstance(value, str) else json.dumps(value)
                for value in values
            ],
            type=data_type,
        )


class _TableBuilder:
    """Rows as tuples in schema order, turned into a record batch every BATCH_ROWS rows."""

    def __init__(self, name: str):
        self.name = name
        self.schema = TWITTER[name]
        self.rows: list[tuple] = []
        self.batches: list[pa.RecordBatch] = []

    def add(self, row: tuple) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def extend(self, rows: list[tuple]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        columns = zip(*self.rows, strict=True)
        arrays = [
            _column(column, column_field.type)
            for column, column_field in zip(columns, self.schema, strict=True)
        ]
        self.batches.append(pa.RecordBatch.from_arrays(arrays, schema=self.schema))
        self.rows = []

    def append_table(self, table: pa.Table) -> None:
        """Rows built elsewhere (DuckDB), after the rows added so far."""
        self.flush()
        self.batches.extend(table.cast(self.schema).to_batches())

    def table(self) -> pa.Table:
        self.flush()
        if not self.batches:
            return self.schema.empty_table()
        return pa.Table.from_batches(self.batches, schema=self.schema)


@dataclass
class _Context:
    archive: Archive
    builders: dict[str, _TableBuilder]
    rejects: list[Reject] = field(default_factory=list)
    tweet_sql: _TweetSql | None = None

    def reject(self, member: str, locator: int | str, reason: str, record: Any = None) -> None:
        self.rejects.append(
            Reject(member, str(locator), reason, _excerpt(record) if record is not None else "")
        )


# ---------------------------------------------------------------------------------------------
# Tweets
# ---------------------------------------------------------------------------------------------


class _BadRecord(Exception):
    """A record that cannot become a row; its message is the reject reason."""


def _tweet_rows(tweet: dict, member: str, locator: str) -> tuple[tuple, list, list]:
    """The tweet's row, mention rows and URL rows, or _BadRecord."""
    tweet_id = tweet.get("id_str")
    if not tweet_id:
        raise _BadRecord("the tweet has no id_str")
    if not isinstance(tweet_id, str):
        tweet_id = _id(tweet_id)
    created_raw = tweet.get("created_at")
    if not created_raw:
        raise _BadRecord("the tweet has no created_at")
    try:
        created_at = _tweet_time(created_raw)
    except (ValueError, TypeError):
        created_at = None
    if created_at is None:
        raise _BadRecord(f"created_at '{created_raw}' cannot be read")
    text = tweet.get("full_text")
    if text is None:
        text = tweet.get("text")  # Grailbird
    retweeted_user_id = retweeted_screen_name = edit_initial = None
    original = tweet.get("retweeted_status")
    if original:
        author = original.get("user") or {}
        retweeted_user_id = author.get("id_str") or _id(author.get("id"))
        retweeted_screen_name = author.get("screen_name")
    edit_info = tweet.get("edit_info")
    if edit_info:
        edit = edit_info.get("edit")
        if edit:
            edit_initial = _id(edit.get("initialTweetId"))
    row = (
        member,
        locator,
        tweet_id,
        created_at,
        unescape(text) if text and "&" in text else text,
        tweet.get("in_reply_to_status_id_str") or _id(tweet.get("in_reply_to_status_id")),
        tweet.get("in_reply_to_user_id_str") or _id(tweet.get("in_reply_to_user_id")),
        tweet.get("in_reply_to_screen_name"),
        retweeted_user_id,
        retweeted_screen_name,
        edit_initial,
        tweet.get("lang"),
    )
    mention_rows = []
    url_rows = []
    entities = tweet.get("entities")
    if entities:
        for position, mention in enumerate(entities.get("user_mentions") or ()):
            mention_rows.append(
                (
                    member,
                    locator,
                    tweet_id,
                    position,
                    mention.get("id_str") or _id(mention.get("id")),
                    mention.get("screen_name"),
                    mention.get("name"),
                )
            )
        for position, link in enumerate(entities.get("urls") or ()):
            url_rows.append(
                (member, locator, tweet_id, position, link.get("expanded_url") or link.get("url"))
            )
    return row, mention_rows, url_rows


def _read_tweets(ctx: _Context, member: str) -> None:
    tweets = ctx.builders["twitter_tweets"].add
    mentions = ctx.builders["twitter_tweet_mentions"].extend
    urls = ctx.builders["twitter_tweet_urls"].extend
    for index, element in enumerate(iter_js_array(ctx.archive, member)):
        tweet = element.get("tweet") if isinstance(element, dict) else None
        if not isinstance(tweet, dict):
            tweet = element  # G1 and Grailbird: the tweet object itself
        try:
            if not isinstance(tweet, dict):
                raise _BadRecord("the record is not a tweet object")
            row, mention_rows, url_rows = _tweet_rows(tweet, member, str(index))
        except _BadRecord as problem:
            ctx.reject(member, index, str(problem), tweet)
            continue
        except (AttributeError, TypeError):
            ctx.reject(member, index, "the tweet has an unexpected shape", tweet)
            continue
        tweets(row)
        if mention_rows:
            mentions(mention_rows)
        if url_rows:
            urls(url_rows)


# ---------------------------------------------------------------------------------------------
# Tweets through DuckDB
# ---------------------------------------------------------------------------------------------
#
# A 100 MB part file holds ~80,000 tweets; building their rows in Python costs more than parsing
# the JSON. So a large G2/G3 part is read twice, in two threads: the main thread streams it
# through `iter_js_array`, exactly as the Python path does (so every malformed file fails with
# the same sentence, and DuckDB's leniency towards NaN, trailing commas or huge numbers never
# matters), copying the JSON body to a private temporary file on the way; DuckDB then reads that
# copy with `read_json` in a worker thread while the main thread streams the next part. Each
# row also says whether the Python path would have built exactly the same row from its record
# (strings where strings belong, the `created_at` shape the fast path of `_tweet_time` reads, no
# retweeted_status...). A part with any row that is not so, or that DuckDB cannot read at all,
# goes through the Python path after all, which rejects or converts those records as it always
# has. The result is the same tables either way; only the time differs.

# Parts smaller than this are not worth a temporary copy; larger than the second, not worth the
# disk space.
TWEET_SQL_MIN_BYTES = 8 * 1024**2
TWEET_SQL_MAX_BYTES = 2 * 1024**3
_JSON_TAIL = b" \t\r\n;"

_MONTH_PATTERN = "(?:" + "|".join(_MONTHS) + ")"
_TWEET_TIME_PATTERN = (
    r"^[A-Z][a-z]{2} " + _MONTH_PATTERN + r" (?:0[1-9]|[12][0-9]|3[01]) "
    r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9] \+0000 [0-9]{4}$"
)
_MENTION_TYPE = "STRUCT(id_str JSON, id JSON, screen_name JSON, name JSON)[]"
_URL_TYPE = "STRUCT(expanded_url JSON, url JSON)[]"
_TWEET_TYPE = (
    "STRUCT(id_str JSON, created_at JSON, full_text JSON, text JSON, "
    "in_reply_to_status_id_str JSON, in_reply_to_status_id JSON, "
    "in_reply_to_user_id_str JSON, in_reply_to_user_id JSON, in_reply_to_screen_name JSON, "
    "lang JSON, retweeted_status JSON, edit_info STRUCT(edit STRUCT(initialTweetId JSON)), "
    f"entities STRUCT(user_mentions {_MENTION_TYPE}, urls {_URL_TYPE}))"
)
# A JSON leaf as the Python path reads it: a string, or None for null or a missing key.
_STRING_MACROS = """
create or replace temp macro js_str(v) as case when json_type(v) = 'VARCHAR' then v ->> '$' end;
create or replace temp macro js_is_str(v) as v is null or json_type(v) in ('VARCHAR', 'NULL');
create or replace temp macro js_id(a, b) as coalesce(nullif(js_str(a), ''), nullif(js_str(b), ''));
"""
_TWEETS_SQL = f"""
create or replace temp table parsed_tweets as
select
    ordinality - 1 as idx,
    js_str(tweet.id_str) as tweet_id,
    js_str(tweet.created_at) as created_raw,
    try_strptime(
        substr(created_raw, 27, 4) || '-' || substr(created_raw, 5, 3) || '-'
            || substr(created_raw, 9, 2) || ' ' || substr(created_raw, 12, 8),
        '%Y-%b-%d %H:%M:%S'
    ) as created_at,
    case
        when tweet.full_text is null or json_type(tweet.full_text) = 'NULL'
            then js_str(tweet.text)
        else js_str(tweet.full_text)
    end as full_text,
    js_id(tweet.in_reply_to_status_id_str, tweet.in_reply_to_status_id)
        as in_reply_to_status_id,
    js_id(tweet.in_reply_to_user_id_str, tweet.in_reply_to_user_id) as in_reply_to_user_id,
    js_str(tweet.in_reply_to_screen_name) as in_reply_to_screen_name,
    nullif(js_str(tweet.edit_info.edit.initialTweetId), '') as edit_initial_tweet_id,
    js_str(tweet.lang) as lang,
    coalesce(tweet.entities.user_mentions, []) as mentions,
    coalesce(tweet.entities.urls, []) as urls,
    tweet is not null
        and json_type(tweet.id_str) = 'VARCHAR' and tweet_id <> ''
        and json_type(tweet.created_at) = 'VARCHAR'
        and regexp_full_match(created_raw, '{_TWEET_TIME_PATTERN}')
        and created_at is not null
        and js_is_str(tweet.full_text) and js_is_str(tweet.text)
        and js_is_str(tweet.in_reply_to_status_id_str) and js_is_str(tweet.in_reply_to_status_id)
        and js_is_str(tweet.in_reply_to_user_id_str) and js_is_str(tweet.in_reply_to_user_id)
        and js_is_str(tweet.in_reply_to_screen_name) and js_is_str(tweet.lang)
        and (tweet.retweeted_status is null or json_type(tweet.retweeted_status) = 'NULL')
        and js_is_str(tweet.edit_info.edit.initialTweetId)
        and list_bool_and(list_transform(
            mentions,
            lambda m: m is not null and js_is_str(m.id_str) and js_is_str(m.id)
                and js_is_str(m.screen_name) and js_is_str(m.name)
        )) is not false
        and list_bool_and(list_transform(
            urls, lambda u: u is not null and js_is_str(u.expanded_url) and js_is_str(u.url)
        )) is not false
        as clean
from read_json(
    $path, format = 'array', columns = {{'tweet': '{_TWEET_TYPE}'}}
) with ordinality
"""
_TWEET_ROWS_SQL = """
select $member as member, idx::varchar as locator, tweet_id, created_at, full_text,
    in_reply_to_status_id, in_reply_to_user_id, in_reply_to_screen_name,
    null::varchar as retweeted_user_id, null::varchar as retweeted_screen_name,
    edit_initial_tweet_id, lang
from parsed_tweets order by idx
"""
_MENTION_ROWS_SQL = """
select $member as member, idx::varchar as locator, tweet_id, position - 1 as position,
    js_id(mention.id_str, mention.id) as user_id, js_str(mention.screen_name) as screen_name,
    js_str(mention.name) as name
from (
    select idx, tweet_id, unnest(mentions) as mention, unnest(range(1, len(mentions) + 1))
        as position
    from parsed_tweets
)
order by idx, position
"""
_URL_ROWS_SQL = """
select $member as member, idx::varchar as locator, tweet_id, position - 1 as position,
    coalesce(nullif(js_str(link.expanded_url), ''), js_str(link.url)) as expanded_url
from (
    select idx, tweet_id, unnest(urls) as link, unnest(range(1, len(urls) + 1)) as position
    from parsed_tweets
)
order by idx, position
"""


class _CopyingStream:
    """A member's bytes as read, with everything after the first `=` copied to `target`.

    The reader of `window.YTD.… = [...]` files takes the JSON to start after the first `=`, and
    rejects the file when that is not an assignment header; so the copy is the JSON whenever the
    reader accepts the file. Copying stops (and the copy is abandoned) past `limit` bytes or when
    the copy cannot be written.
    """

    def __init__(self, inner: Any, target: Any, limit: int):
        self._inner = inner
        self._target = target
        self._limit = limit
        self._in_body = False
        self.copied = 0
        self.too_big = False

    def read(self, size: int = -1) -> bytes:
        data = self._inner.read(size)
        if data and not self.too_big:
            body = data
            if not self._in_body:
                cut = data.find(b"=")
                body = data[cut + 1 :] if cut >= 0 else b""
                self._in_body = cut >= 0
            self.copied += len(body)
            if self.copied > self._limit:
                self.too_big = True
            elif body:
                try:
                    self._target.write(body)
                except OSError:
                    self.too_big = True  # a full disk: the Python path needs no copy
        return data

    def close(self) -> None:
        self._inner.close()

    def __enter__(self) -> _CopyingStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _CopyingArchive:
    """The archive as `iter_js_array` sees it, except that one member is copied as it is read."""

    def __init__(self, archive: Archive, member: str, target: Any, limit: int):
        self._archive = archive
        self._member = member
        self.stream = _CopyingStream(None, target, limit)
        self._target = target

    def open(self, member: str) -> Any:
        stream = self._archive.open(member)
        if member != self._member:
            return stream
        self.stream._inner = stream
        return self.stream

    def __getattr__(self, name: str) -> Any:
        return getattr(self._archive, name)


def _drop_json_tail(path: Path) -> None:
    """Remove the `;` and blank lines after the array, as the JSON reader does."""
    with path.open("r+b") as copy:
        end = copy.seek(0, io.SEEK_END)
        while end > 0:
            start = max(0, end - 65536)
            copy.seek(start)
            kept = copy.read(end - start).rstrip(_JSON_TAIL)
            if kept:
                end = start + len(kept)
                break
            end = start
        copy.truncate(end)


class _TweetSql:
    """Large tweet part files read by DuckDB, one behind the main thread's validating pass."""

    def __init__(self) -> None:
        self._scratch: tempfile.TemporaryDirectory | None = None
        self._con: duckdb.DuckDBPyConnection | None = None
        self._worker: ThreadPoolExecutor | None = None
        self._pending: tuple[str, Future] | None = None
        self._copies = 0

    def __enter__(self) -> _TweetSql:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pending is not None:
            self._pending[1].cancel()
        if self._worker is not None:
            self._worker.shutdown(wait=True, cancel_futures=True)
        if self._con is not None:
            self._con.close()
        if self._scratch is not None:
            self._scratch.cleanup()

    def accepts(self, archive: Archive, member: str) -> bool:
        try:
            size = archive.size(member)
        except (KeyError, OSError, NotImplementedError):
            return False
        return TWEET_SQL_MIN_BYTES <= size <= TWEET_SQL_MAX_BYTES

    def read(self, ctx: _Context, member: str) -> None:
        copy = self._copy(ctx, member)
        self.settle(ctx)
        if copy is None:
            _read_tweets(ctx, member)
            return
        path, elements = copy
        self._pending = (member, self._pool().submit(self._extract, path, member, elements))

    def settle(self, ctx: _Context) -> None:
        """Put the pending part's rows into the tables (through Python if DuckDB could not)."""
        if self._pending is None:
            return
        member, future = self._pending
        self._pending = None
        tables = future.result()
        if tables is None:
            _read_tweets(ctx, member)
            return
        for name, table in tables.items():
            ctx.builders[name].append_table(table)

    def _copy(self, ctx: _Context, member: str) -> tuple[Path, int] | None:
        """Stream the member through the JSON reader, copying its body; None if not kept."""
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="recip-tweets-")
        self._copies += 1
        path = Path(self._scratch.name) / f"part-{self._copies}.json"
        with path.open("wb") as target:
            copying = _CopyingArchive(ctx.archive, member, target, TWEET_SQL_MAX_BYTES)
            elements = 0
            for _ in iter_js_array(copying, member):
                elements += 1
        if copying.stream.too_big or elements == 0:
            path.unlink()
            return None
        _drop_json_tail(path)
        return path, elements

    def _pool(self) -> ThreadPoolExecutor:
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tweet-sql")
        return self._worker

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            # One thread: the main thread keeps the other core busy with the next part.
            # Never downloads an extension (DuckDB would, for a query needing one it lacks).
            self._con = duckdb.connect(config={"threads": 1, "autoinstall_known_extensions": False})
            self._con.execute(_STRING_MACROS)
        return self._con

    def _extract(self, path: Path, member: str, elements: int) -> dict[str, pa.Table] | None:
        """The three tables of one part, or None when the Python path must read it."""
        con = self._connection()
        try:
            con.execute(_TWEETS_SQL, {"path": str(path)})
            count, clean = con.execute(
                "select count(*), coalesce(bool_and(clean), true) from parsed_tweets"
            ).fetchall()[0]
            if count != elements or not clean:
                return None
            arguments = {"member": member}
            tweets = con.sql(_TWEET_ROWS_SQL, params=arguments).to_arrow_table()
            mentions = con.sql(_MENTION_ROWS_SQL, params=arguments).to_arrow_table()
            urls = con.sql(_URL_ROWS_SQL, params=arguments).to_arrow_table()
        except duckdb.Error:
            return None
        finally:
            con.execute("drop table if exists parsed_tweets")
            path.unlink(missing_ok=True)
        return {
            "twitter_tweets": _unescape_column(tweets, "full_text"),
            "twitter_tweet_mentions": mentions,
            "twitter_tweet_urls": urls,
        }


def _unescape_column(table: pa.Table, name: str) -> pa.Table:
    """HTML entities unescaped in the values that have an `&`, as `_tweet_rows` does."""
    column = table.column(name).combine_chunks()
    has_entity = pc.fill_null(pc.match_substring(column, "&"), False)
    if not pc.any(has_entity).as_py():
        return table
    fixed = [unescape(value) for value in pc.filter(column, has_entity).to_pylist()]
    replaced = pc.replace_with_mask(column, has_entity, pa.array(fixed, type=column.type))
    return table.set_column(table.schema.get_field_index(name), name, replaced)


def _read_deleted_tweets(ctx: _Context, member: str) -> None:
    add = ctx.builders["twitter_deleted_tweets"].add
    for index, element in enumerate(iter_js_array(ctx.archive, member)):
        tweet = _inner(element, "tweet")
        if tweet is None:
            tweet = element if isinstance(element, dict) else None
        if not tweet:
            continue
        tweet_id = tweet.get("id_str") or _id(tweet.get("id"))
        if not tweet_id:
            ctx.reject(member, index, "the deleted tweet has no id_str", tweet)
            continue
        try:
            created_at = _tweet_time(tweet["created_at"]) if tweet.get("created_at") else None
            deleted_at = _tweet_time(tweet["deleted_at"]) if tweet.get("deleted_at") else None
        except (ValueError, TypeError) as problem:
            ctx.reject(member, index, f"a date cannot be read: {problem}", tweet)
            continue
        add(
            (
                member,
                str(index),
                tweet_id,
                created_at,
                deleted_at,
                _text(tweet.get("full_text", tweet.get("text"))),
            )
        )


# Grailbird CSV: no mention entities, so `@name` tokens in the text stand in for them.
_MENTION = re.compile(r"(?<![A-Za-z0-9_])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])")
_RETWEET_PREFIX = re.compile(r"^RT @([A-Za-z0-9_]{1,15})")
_URL_SPLIT = re.compile(r",(?=https?://)")


def _read_tweets_csv(ctx: _Context, member: str) -> None:
    tweets = ctx.builders["twitter_tweets"].add
    mentions = ctx.builders["twitter_tweet_mentions"].add
    urls = ctx.builders["twitter_tweet_urls"].add
    with ctx.archive.open(member) as stream:
        text_stream = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        # Strict: an unclosed quote would otherwise swallow the rest of the file into one field.
        reader = csv.reader(bounded_lines(text_stream, ctx.archive, member), strict=True)
        try:
            header = next(reader, None)
            if header is None:
                return
            column = {name.strip(): position for position, name in enumerate(header)}
            if "tweet_id" not in column or "timestamp" not in column:
                raise ArchiveError(
                    f"{member}: the header has no tweet_id and timestamp columns, so it is not "
                    "a Twitter tweets CSV."
                )

            def value(row: list[str], name: str) -> str | None:
                position = column.get(name)
                if position is None or position >= len(row):
                    return None
                return row[position] or None

            for index, row in enumerate(reader):
                tweet_id = value(row, "tweet_id")
                if not tweet_id:
                    ctx.reject(member, index, "the tweet has no tweet_id", ",".join(row))
                    continue
                raw_time = value(row, "timestamp")
                if not raw_time:
                    ctx.reject(member, index, "the tweet has no timestamp", ",".join(row))
                    continue
                try:
                    created_at = _tweet_time(raw_time)
                except ValueError:
                    created_at = None
                if created_at is None:
                    ctx.reject(
                        member, index, f"timestamp '{raw_time}' cannot be read", ",".join(row)
                    )
                    continue
                text = _text(value(row, "text"))
                retweeted_user_id = value(row, "retweeted_status_user_id")
                retweeted_screen_name = None
                if retweeted_user_id and text:
                    prefix = _RETWEET_PREFIX.match(text)
                    retweeted_screen_name = prefix.group(1) if prefix else None
                locator = str(index)
                tweets(
                    (
                        member,
                        locator,
                        tweet_id,
                        created_at,
                        text,
                        value(row, "in_reply_to_status_id"),
                        value(row, "in_reply_to_user_id"),
                        None,
                        retweeted_user_id,
                        retweeted_screen_name,
                        None,
                        None,
                    )
                )
                for position, found in enumerate(_MENTION.finditer(text or "")):
                    mentions((member, locator, tweet_id, position, None, found.group(1), None))
                expanded = value(row, "expanded_urls")
                if expanded:
                    for position, url in enumerate(_URL_SPLIT.split(expanded)):
                        urls((member, locator, tweet_id, position, url))
        except UnicodeDecodeError as problem:
            raise ArchiveError(
                f"{member}: the file is not UTF-8 text; export the archive again."
            ) from problem
        except csv.Error as problem:
            raise ArchiveError(
                f"{member}: the CSV cannot be read ({describe_csv_error(str(problem))}) near line "
                f"{reader.line_num:,}; "
                "export the archive again."
            ) from problem


# ---------------------------------------------------------------------------------------------
# Direct messages
# ---------------------------------------------------------------------------------------------

_CONVERSATION = "item"
_CONVERSATION_ID = "item.dmConversation.conversationId"
_MESSAGE = "item.dmConversation.messages.item"


def _read_direct_messages(ctx: _Context, member: str, is_group: bool) -> None:
    """One row per event; a conversation's messages are built one at a time.

    A long conversation can hold tens of thousands of messages, so it is never materialised
    as a whole. Its id normally precedes the messages; rows seen before it wait for it.
    """
    add = ctx.builders["twitter_direct_messages"].add
    index = -1
    conversation_id: str | None = None
    waiting: list[list] = []
    events = iter_js_events(ctx.archive, member)
    for prefix, event, value in events:
        if prefix == _MESSAGE and event == "start_map":
            builder = ObjectBuilder()
            builder.event(event, value)
            for inner_prefix, inner_event, inner_value in events:
                builder.event(inner_event, inner_value)
                if inner_prefix == _MESSAGE and inner_event == "end_map":
                    break
            for row in _dm_event_rows(ctx, member, index, builder.value, is_group):
                if conversation_id is None:
                    waiting.append(row)
                else:
                    row[2] = conversation_id
                    add(tuple(row))
        elif prefix == _CONVERSATION_ID:
            conversation_id = _id(value)
        elif prefix == _CONVERSATION:
            if event == "start_map":
                index += 1
                conversation_id = None
                waiting = []
            elif event == "end_map" and waiting:
                if conversation_id is None:
                    ctx.reject(member, index, "the conversation has no conversationId")
                else:
                    for row in waiting:
                        row[2] = conversation_id
                        add(tuple(row))
                waiting = []


def _dm_event_rows(
    ctx: _Context, member: str, index: int, message: Any, is_group: bool
) -> Iterable[list]:
    if not isinstance(message, dict):
        return
    locator = str(index)
    for event_type, body in message.items():
        if not isinstance(body, dict):
            body = {}
        try:
            created_at = _iso(body.get("createdAt"))
        except ValueError:
            ctx.reject(member, index, f"createdAt '{body.get('createdAt')}' cannot be read", body)
            continue
        participants = body.get("userIds") or body.get("participantsSnapshot")
        text = body.get("text")
        if text is None and event_type == "conversationNameUpdate":
            text = body.get("name")
        yield [
            member,
            locator,
            None,  # conversation id, filled in by the caller
            is_group,
            event_type,
            _id(body.get("id")) or _id(body.get("eventId")),
            _id(body.get("senderId")) or _id(body.get("initiatingUserId")),
            _id(body.get("recipientId")),
            ",".join(filter(None, map(_id, participants)))
            if isinstance(participants, list)
            else _id(participants),
            created_at,
            _text(text),
        ]


# ---------------------------------------------------------------------------------------------
# The small files: one object per element
# ---------------------------------------------------------------------------------------------


def _iso(value: Any) -> datetime | None:
    return parse_iso(value) if isinstance(value, str) else None


def _account_row(record: dict) -> tuple | None:
    account_id = _id(record.get("accountId"))
    if not account_id:
        return None
    return (
        account_id,
        record.get("username"),
        record.get("accountDisplayName"),
        _iso(record.get("createdAt")),
    )


def _profile_row(record: dict) -> tuple | None:
    description = record.get("description") or {}
    return (description.get("bio"), description.get("website"), description.get("location"))


def _like_row(record: dict) -> tuple | None:
    tweet_id = _id(record.get("tweetId"))
    if not tweet_id:
        return None
    return (tweet_id, record.get("fullText"), record.get("expandedUrl"))


def _account_id_row(record: dict) -> tuple | None:
    account_id = _id(record.get("accountId"))
    return (account_id,) if account_id else None


def _screen_name_change_row(record: dict) -> tuple | None:
    change = record.get("screenNameChange") or {}
    account_id = _id(record.get("accountId"))
    if not change or not account_id:
        return None
    return (
        account_id,
        _iso(change.get("changedAt")),
        change.get("changedFrom"),
        change.get("changedTo"),
    )


def _note_tweet_row(record: dict) -> tuple | None:
    note_id = _id(record.get("noteTweetId"))
    if not note_id:
        return None
    core = record.get("core") or {}
    # Unlike tweets, note text is stored unescaped (`>>` appears as is in the samples).
    return (note_id, _iso(record.get("createdAt")), _iso(record.get("updatedAt")), core.get("text"))


# reader → (raw table, element key, row builder, what a record without its key field lacks)
_SIMPLE: dict[str, tuple[str, str, Callable[[dict], tuple | None], str]] = {
    "account": ("twitter_account", "account", _account_row, "accountId"),
    "profile": ("twitter_profile", "profile", _profile_row, "description"),
    "like": ("twitter_likes", "like", _like_row, "tweetId"),
    "follower": ("twitter_followers", "follower", _account_id_row, "accountId"),
    "following": ("twitter_following", "following", _account_id_row, "accountId"),
    "block": ("twitter_blocks", "blocking", _account_id_row, "accountId"),
    "mute": ("twitter_mutes", "muting", _account_id_row, "accountId"),
    "screen_name_change": (
        "twitter_screen_name_changes",
        "screenNameChange",
        _screen_name_change_row,
        "accountId or screenNameChange",
    ),
    "note_tweet": ("twitter_note_tweets", "noteTweet", _note_tweet_row, "noteTweetId"),
}


def _read_simple(ctx: _Context, member: str, reader: str) -> None:
    table, key, build, required = _SIMPLE[reader]
    add = ctx.builders[table].add
    for index, element in enumerate(iter_js_array(ctx.archive, member)):
        record = _inner(element, key)
        if not record:
            continue  # `{"ageMeta": { }}`-style empty records carry nothing
        try:
            row = build(record)
        except ValueError as problem:
            ctx.reject(member, index, f"a date cannot be read: {problem}", element)
            continue
        except (AttributeError, TypeError):
            ctx.reject(member, index, "the record has an unexpected shape", element)
            continue
        if row is None:
            ctx.reject(member, index, f"the record has no {required}", element)
            continue
        add((member, str(index), *row))


def _read_user_details(ctx: _Context, member: str) -> None:
    details = read_js_value(ctx.archive, member)
    if not isinstance(details, dict) or not details:
        return
    account_id = _id(details.get("id")) or _id(details.get("id_str"))
    if not account_id:
        ctx.reject(member, 0, "user_details has no id", details)
        return
    try:
        raw_created = details.get("created_at")
        created_at = parse_timestamp(raw_created) if isinstance(raw_created, str) else None
    except ValueError as problem:
        ctx.reject(member, 0, f"created_at cannot be read: {problem}", details)
        return
    ctx.builders["twitter_account"].add(
        (
            member,
            "0",
            account_id,
            details.get("screen_name"),
            details.get("full_name"),
            created_at,
        )
    )


def _dispatch(ctx: _Context, member: str, kind: _Kind) -> None:
    reader = kind.reader
    sql = ctx.tweet_sql
    if reader == "tweets" and sql is not None and sql.accepts(ctx.archive, member):
        sql.read(ctx, member)
        return
    if sql is not None:
        sql.settle(ctx)  # rows go to the tables in member order
    if reader in ("tweets", "grailbird"):
        _read_tweets(ctx, member)
    elif reader in ("tweets_csv", "monthly_csv"):
        _read_tweets_csv(ctx, member)
    elif reader == "dm":
        _read_direct_messages(ctx, member, is_group=False)
    elif reader == "dm_group":
        _read_direct_messages(ctx, member, is_group=True)
    elif reader == "deleted_tweets":
        _read_deleted_tweets(ctx, member)
    elif reader == "user_details":
        _read_user_details(ctx, member)
    else:
        _read_simple(ctx, member, reader)


# ---------------------------------------------------------------------------------------------
# Manifest, dates, generation
# ---------------------------------------------------------------------------------------------

# Tables whose manifest `count` is their number of records.
_COUNTED_TABLES = frozenset(
    {
        "twitter_tweets",
        "twitter_likes",
        "twitter_followers",
        "twitter_following",
        "twitter_blocks",
        "twitter_mutes",
        "twitter_screen_name_changes",
        "twitter_note_tweets",
        "twitter_deleted_tweets",
    }
)


@dataclass(frozen=True)
class ManifestFile:
    data_type: str
    member: str  # the archive member the manifest's fileName resolves to
    count: int | None


@dataclass(frozen=True)
class Manifest:
    member: str
    generation_date: datetime | None
    data_types: frozenset[str]
    files: tuple[ManifestFile, ...]

    def expected_counts(self, present: set[str], rejects: list[Reject]) -> dict[str, int]:
        """Raw table → declared records; DM files declare conversations, not messages.

        Only files the archive holds are counted (any file may be missing), and records the
        parser rejected are not expected in the table: they are accounted for in meta.rejects.
        """
        expected: dict[str, int] = {}
        for entry in self.files:
            table = table_for(entry.member)
            if table is None or entry.count is None or entry.member not in present:
                continue
            if table == "twitter_direct_messages":
                key = DM_CONVERSATIONS_KEY
            elif table in _COUNTED_TABLES:
                key = table
            else:
                continue
            expected[key] = expected.get(key, 0) + entry.count
        for reject in rejects:
            table = table_for(reject.member)
            if table in expected and table != "twitter_direct_messages":
                expected[table] -= 1
        return expected


def _find_manifest(members: Iterable[str]) -> str | None:
    candidates = []
    for member in members:
        dirs, name = _split(member)
        if name.lower() == "manifest.js" and dirs[-1:] == ["data"] and "assets" not in dirs:
            candidates.append(member)
    return min(candidates, key=len) if candidates else None


def _count(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def read_manifest(archive: Archive, members: list[str] | None = None) -> Manifest | None:
    """`data/manifest.js` (`window.__THAR_CONFIG = {...}`) wherever `data/` sits, else None."""
    member = _find_manifest(members if members is not None else archive.members())
    if member is None:
        return None
    config = read_js_value(archive, member)
    if config is None:  # an empty file: as if there were none
        return None
    if not isinstance(config, dict):
        raise ArchiveError(
            f"{member}: the manifest is not a JSON object; export the archive again."
        )
    # fileName values are relative to the folder that holds `data/`.
    root = member[: -len("data/manifest.js")]
    archive_info = config.get("archiveInfo")
    try:
        generation_date = (
            _iso(archive_info.get("generationDate")) if isinstance(archive_info, dict) else None
        )
    except ValueError:
        generation_date = None
    data_types = config.get("dataTypes")
    if not isinstance(data_types, dict):
        data_types = {}
    files = []
    for data_type, description in data_types.items():
        if not isinstance(description, dict):
            continue
        for entry in description.get("files") or ():
            if isinstance(entry, dict) and entry.get("fileName"):
                files.append(
                    ManifestFile(data_type, root + entry["fileName"], _count(entry.get("count")))
                )
    return Manifest(member, generation_date, frozenset(data_types), tuple(files))


def _check_parts(manifest: Manifest, members: Iterable[str]) -> None:
    """A data type split over several part files must have all of them.

    A missing part loses records silently (tools that read only `tweets.js` lost half of
    people's tweets). A single-file type may be absent: any file of an export may be missing.
    """
    present = {member.lower() for member in members}
    by_type: dict[str, list[ManifestFile]] = {}
    for entry in manifest.files:
        if table_for(entry.member) is not None:
            by_type.setdefault(entry.data_type, []).append(entry)
    for entries in by_type.values():
        if len(entries) < 2:
            continue
        for entry in entries:
            if entry.member.lower() not in present:
                raise ArchiveError(
                    f"{entry.member}: listed in {manifest.member} as part of "
                    f"'{entries[0].data_type}' but missing from the archive, so records would be "
                    "lost; download the archive again and import the whole zip."
                )


_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def export_date_from_name(name: str) -> datetime | None:
    """The day in an archive or folder name like `twitter-2022-11-20-<hash>.zip` (00:00 UTC)."""
    for found in _NAME_DATE.finditer(name or ""):
        year, month, day = (int(part) for part in found.groups())
        try:
            return datetime(year, month, day)
        except ValueError:
            continue
    return None


def _date_of_top_folder(members: list[str]) -> datetime | None:
    """The date in the name of the folder the export was unpacked into, if exactly one has one.

    Other top-level entries (`__MACOSX/` from a Finder zip) do not stand in the way.
    """
    tops = {member.split("/", 1)[0] for member in members if "/" in member}
    dates = {export_date_from_name(top) for top in tops} - {None}
    return dates.pop() if len(dates) == 1 else None


def _declared_exported_at(
    archive: Archive, members: list[str], manifest: Manifest | None
) -> datetime | None:
    if manifest is not None and manifest.generation_date is not None:
        return manifest.generation_date
    from_name = export_date_from_name(archive.name)
    if from_name is not None:
        return from_name
    from_folder = _date_of_top_folder(members)
    if from_folder is not None:
        return from_folder
    for member in members:
        dirs, name = _split(member)
        if name.lower() == "payload_details.js" and dirs[-1:] == ["js"]:
            details = read_js_value(archive, member)
            if isinstance(details, dict):
                try:
                    return parse_timestamp(details.get("created_at"))
                except ValueError:
                    return None
    return None


_G3_MARKERS = frozenset({"tweet-headers", "deleted-tweet-headers", "note-tweet", "tweets"})


def _generation(members: list[str], kinds: dict[str, _Kind], manifest: Manifest | None) -> str:
    if manifest is not None:
        if "tweets" in manifest.data_types or "tweetHeaders" in manifest.data_types:
            return "G3"
        if "tweet" in manifest.data_types:
            return "G2"
    bases = set()
    ytd_dirs: list[list[str]] = []
    for member in members:
        dirs, name = _split(member)
        lowered = name.lower()
        if lowered.endswith(".js") and not _VIEWER_DIRS.intersection(dirs):
            bases.add(_PART.sub("", lowered[:-3]))
            ytd_dirs.append(dirs)
    if bases & _G3_MARKERS:
        return "G3"
    readers = {kind.reader for kind in kinds.values()}
    ytd_readers = readers - {"grailbird", "tweets_csv", "monthly_csv", "user_details"}
    if manifest is not None or (ytd_readers and any(d[-1:] == ["data"] for d in ytd_dirs)):
        return "G2"
    if ytd_readers:
        return "G1"
    if readers:
        return "G0"
    return ""


def _plan(kinds: dict[str, _Kind]) -> list[tuple[str, _Kind]]:
    """Members to read, in table then part order.

    Grailbird wrote the same tweets as monthly JS, and as CSV: the JS (full entities) wins,
    then the 2014+ root `tweets.csv`, then the 2013 monthly CSVs.
    """
    readers = {kind.reader for kind in kinds.values()}
    skip: set[str] = set()
    if "grailbird" in readers:
        skip = {"tweets_csv", "monthly_csv"}
    elif "tweets_csv" in readers:
        skip = {"monthly_csv"}
    chosen = [(member, kind) for member, kind in kinds.items() if kind.reader not in skip]

    def order(item: tuple[str, _Kind]) -> tuple:
        member, kind = item
        base = _PART.sub("", member.rsplit(".", 1)[0])
        return (kind.table, kind.reader, base, kind.part, member)

    return sorted(chosen, key=order)


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def parse(archive: Archive) -> ParseResult:
    """Every Twitter table of one archive; raises ArchiveError when the archive is unusable."""
    members = archive.members()
    kinds = {member: kind for member in members if (kind := _kind(member)) is not None}
    manifest = read_manifest(archive, members)
    if manifest is not None:
        _check_parts(manifest, members)
    ctx = _Context(archive, {name: _TableBuilder(name) for name in TWITTER})
    with _TweetSql() as ctx.tweet_sql:
        for member, kind in _plan(kinds):
            _dispatch(ctx, member, kind)
        ctx.tweet_sql.settle(ctx)
    return ParseResult(
        platform=PLATFORM,
        tables={name: builder.table() for name, builder in ctx.builders.items()},
        rejects=ctx.rejects,
        unrecognised=[
            member for member in members if member not in kinds and not is_known_unused(member)
        ],
        expected_counts=(
            manifest.expected_counts(set(members), ctx.rejects) if manifest is not None else {}
        ),
        generation=_generation(members, kinds, manifest),
        declared_exported_at=_declared_exported_at(archive, members, manifest),
    )
