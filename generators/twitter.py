"""Synthetic Twitter/X account archives in the layout X has issued since late 2022 ("G3").

An archive is `Your archive.html`, `data/README.txt`, `data/manifest.js` and one
`window.YTD.<name>.part<N> = [...]` file per data type, printed the way X prints them: two-space
indent, `" : "` between key and value, `[ ]` and `{ }` for empty containers, every number as a
string, UTF-8 without escapes, no final newline. Tweets are split into `tweets-part<N>.js` once a
part passes `max_part_bytes` (about 100 MB at X), and the parts are not in date order.

Two sources feed the same writers: `write_twitter_archive` invents any number of records from a
seed and streams them to disk one by one; `write_demo_twitter` tells the demo's story (see
`generators.people`). Both are deterministic: the same arguments give the same bytes.
"""

from __future__ import annotations

import json.encoder
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from random import Random
from typing import Any

from generators.people import (
    CAST,
    OWNER,
    OWNER_FORMER_HANDLE,
    Person,
    bench_owner,
    crowd_account,
    person,
)
from generators.sink import ArchiveSink, CountingStream, hex_digest, mix64, rng_for, to_ms

X_PART_BYTES = 100 * 1024 * 1024
SNOWFLAKE_EPOCH_MS = 1_288_834_974_657
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MS_PER_DAY = 86_400_000

# ---------------------------------------------------------------------------------------------
# Times and ids


def parse_utc(text: str) -> int:
    """`YYYY-MM-DD HH:MM:SS` (UTC) as epoch milliseconds."""
    return to_ms(datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC))


def _moment(ms: int) -> datetime:
    return datetime.fromtimestamp(ms // 1000, UTC)


def tweet_time(ms: int) -> str:
    """`Wed Nov 02 21:30:39 +0000 2022`, in English whatever the locale."""
    m = _moment(ms)
    return (
        f"{_DAY_NAMES[m.weekday()]} {_MONTH_NAMES[m.month - 1]} {m.day:02d} "
        f"{m.hour:02d}:{m.minute:02d}:{m.second:02d} +0000 {m.year}"
    )


def iso_ms(ms: int) -> str:
    """`2022-11-14T18:44:55.824Z`, as DMs, edits, the account and the manifest write times."""
    m = _moment(ms)
    return f"{m:%Y-%m-%dT%H:%M:%S}.{ms % 1000:03d}Z"


def snowflake(ms: int, low_bits: int) -> int:
    """An X id for something created at `ms`: ids grow with time, like the real ones."""
    return ((ms - SNOWFLAKE_EPOCH_MS) << 22) | (low_bits & 0x3FFFFF)


def snowflake_ms(identifier: int) -> int:
    return (identifier >> 22) + SNOWFLAKE_EPOCH_MS


# ---------------------------------------------------------------------------------------------
# X's JSON printing

_encode_string = json.encoder.encode_basestring  # C-accelerated, leaves non-ASCII as is
_NEWLINE_INDENTS = tuple("\n" + "  " * level for level in range(64))


def _emit(value: Any, level: int, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(_encode_string(value))
    elif kind is dict:
        if not value:
            out.append("{ }")
            return
        inner = _NEWLINE_INDENTS[level + 1]
        separator = "{" + inner
        for key, item in value.items():
            out.append(separator)
            out.append(_encode_string(key))
            out.append(" : ")
            _emit(item, level + 1, out)
            separator = "," + inner
        out.append(_NEWLINE_INDENTS[level] + "}")
    elif kind is list:
        if not value:
            out.append("[ ]")
            return
        inner = _NEWLINE_INDENTS[level + 1]
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _emit(item, level + 1, out)
            separator = "," + inner
        out.append(_NEWLINE_INDENTS[level] + "]")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif value is None:
        out.append("null")
    else:
        # X writes every number as a string; a bare number here is a generator bug.
        raise TypeError(f"X archives hold no JSON numbers, got {value!r}")


def x_json(value: Any, level: int = 0) -> str:
    """`value` printed as X prints data files, as if nested `level` deep."""
    out: list[str] = []
    _emit(value, level, out)
    return "".join(out)


def manifest_json(value: Any, level: int = 0) -> str:
    """The manifest's printer, which differs from the data files': arrays stay on the line."""
    if isinstance(value, dict):
        if not value:
            return "{ }"
        inner = "\n" + "  " * (level + 1)
        fields = [
            f"{inner}{_encode_string(key)} : {manifest_json(item, level + 1)}"
            for key, item in value.items()
        ]
        return "{" + ",".join(fields) + "\n" + "  " * level + "}"
    if isinstance(value, list):
        if not value:
            return "[ ]"
        return "[ " + ", ".join(manifest_json(item, level) for item in value) + " ]"
    return x_json(value, level)


# ---------------------------------------------------------------------------------------------
# The archive container


@dataclass
class _DataType:
    media_directory: str | None = None
    files: list[dict[str, str]] = field(default_factory=list)


class JsDataFile:
    """Streams the records of one data type into `data/<stem>.js`, `data/<stem>-part1.js`, …"""

    def __init__(self, sink: ArchiveSink, stem: str, max_part_bytes: int | None = None):
        self.sink = sink
        self.stem = stem
        self.global_base = stem.replace("-", "_")
        self.max_part_bytes = max_part_bytes
        self.parts: list[dict[str, str]] = []
        self._stream: CountingStream | None = None
        self._count = 0

    def add(self, record: dict[str, Any]) -> None:
        if self._stream is None:
            self._open_part()
        else:
            self._stream.write(b",\n")
        assert self._stream is not None
        self._stream.write(("  " + x_json(record, 1)).encode("utf-8"))
        self._count += 1
        if self.max_part_bytes is not None and self._stream.written >= self.max_part_bytes:
            self._close_part()

    def extend(self, records: Iterable[dict[str, Any]]) -> JsDataFile:
        for record in records:
            self.add(record)
        return self

    def close(self) -> list[dict[str, str]]:
        """The manifest's `files` entries; a type with no records still gets its `[ ]` file."""
        if self._stream is not None:
            self._close_part()
        if not self.parts:
            member = f"data/{self.stem}.js"
            self.sink.write(member, f"window.YTD.{self.global_base}.part0 = [ ]")
            self.parts.append(self._entry(member, 0, 0))
        return self.parts

    def _open_part(self) -> None:
        number = len(self.parts)
        member = f"data/{self.stem}.js" if number == 0 else f"data/{self.stem}-part{number}.js"
        self._stream = self.sink.begin(member, large=self.max_part_bytes is not None)
        self._stream.write(f"window.YTD.{self.global_base}.part{number} = [\n".encode())
        self._count = 0

    def _close_part(self) -> None:
        assert self._stream is not None
        self._stream.write(b"\n]")
        member = self._stream.member
        self.sink.end(self._stream)
        self._stream = None
        self.parts.append(self._entry(member, len(self.parts), self._count))

    def _entry(self, member: str, number: int, count: int) -> dict[str, str]:
        return {
            "fileName": member,
            "globalName": f"YTD.{self.global_base}.part{number}",
            "count": str(count),
        }


# Data types whose records carry media, and the media-only manifest entries beside them.
_MEDIA_DIRECTORIES = {
    "deletedTweets": "data/deleted_tweets_media",
    "directMessages": "data/direct_messages_media",
    "directMessagesGroup": "data/direct_messages_group_media",
    "profile": "data/profile_media",
    "tweets": "data/tweets_media",
}
_MEDIA_ONLY = {
    "deletedTweetsMedia": "data/deleted_tweets_media",
    "directMessagesMedia": "data/direct_messages_media",
    "directMessagesGroupMedia": "data/direct_messages_group_media",
    "profileMedia": "data/profile_media",
    "tweetsMedia": "data/tweets_media",
}

_ARCHIVE_HTML = """<!doctype html><html><head><meta name="viewport" \
content="width=device-width,initial-scale=1" charset="utf-8"><title>Your Twitter Data</title>\
<style>#manifest-error { display: none; }</style></head><body><div id="root"></div>\
<div id="manifest-error"><h3>This archive cannot be shown</h3><p>Unzip the entire archive, \
not just individual folders, then open this file again.</p></div><script>\
function showManifestError() {
        document.getElementById('root').style.display = 'none';
        document.getElementById('manifest-error').style.display = 'block';
      }</script><script src="./data/manifest.js" onerror="showManifestError()"></script>\
</body></html>"""


class TwitterArchiveWriter:
    """One archive on disk: data files first, `manifest.js` last (it counts what was written)."""

    def __init__(
        self,
        parent: Path,
        *,
        owner: Person,
        generated_ms: int,
        as_zip: bool,
        max_part_bytes: int = X_PART_BYTES,
        name_salt: object = 0,
    ):
        self.owner = owner
        self.generated_ms = generated_ms
        self.max_part_bytes = max_part_bytes
        day = _moment(generated_ms).date()
        name = f"twitter-{day:%Y-%m-%d}-{hex_digest(owner.twitter_id, generated_ms, name_salt)}"
        self.sink = ArchiveSink(parent, name, as_zip=as_zip, stamp=_moment(generated_ms))
        self.types: dict[str, _DataType] = {}
        self.sink.write("Your archive.html", _ARCHIVE_HTML)
        self.sink.write("data/README.txt", self._readme())

    def data_file(self, type_key: str, stem: str, *, split: bool = False) -> JsDataFile:
        return _TrackedDataFile(self, type_key, stem, self.max_part_bytes if split else None)

    def write(self, type_key: str, stem: str, records: Iterable[dict[str, Any]]) -> None:
        self.data_file(type_key, stem).extend(records).close()

    def finish(self) -> Path:
        data_types: dict[str, dict[str, Any]] = {}
        for key, media in _MEDIA_ONLY.items():
            data_types[key] = {"mediaDirectory": media}
        for key, data_type in self.types.items():
            entry: dict[str, Any] = {}
            if data_type.media_directory:
                entry["mediaDirectory"] = data_type.media_directory
            entry["files"] = data_type.files
            data_types[key] = entry
        manifest = {
            "userInfo": {
                "accountId": self.owner.twitter_id,
                "userName": self.owner.handle,
                "displayName": self.owner.display_name,
            },
            "archiveInfo": {
                "sizeBytes": str(self.sink.total_bytes()),
                "generationDate": iso_ms(self.generated_ms),
                "isPartialArchive": False,
                "maxPartSizeBytes": "53687091200",
            },
            "readmeInfo": {
                "fileName": "data/README.txt",
                "directory": "data/",
                "name": "README.txt",
            },
            "dataTypes": dict(sorted(data_types.items())),
        }
        self.sink.write("data/manifest.js", "window.__THAR_CONFIG = " + manifest_json(manifest))
        return self.sink.close()

    def _readme(self) -> str:
        return (
            "INTRODUCTION\n============\n"
            "This archive was generated at the request of the following user:\n"
            f"- @username at the time the archive was generated: {self.owner.handle}\n"
            f"- Account ID: {self.owner.twitter_id}\n\n"
            "Synthetic archive: every account, tweet and message in it is fictional. "
            "data/manifest.js lists each data file, its parts and its record count.\n"
        )


class _TrackedDataFile(JsDataFile):
    def __init__(self, archive: TwitterArchiveWriter, type_key: str, stem: str, limit: int | None):
        super().__init__(archive.sink, stem, limit)
        self.archive = archive
        self.type_key = type_key

    def close(self) -> list[dict[str, str]]:
        parts = super().close()
        self.archive.types[self.type_key] = _DataType(_MEDIA_DIRECTORIES.get(self.type_key), parts)
        return parts


# ---------------------------------------------------------------------------------------------
# Records

SOURCES = (
    '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
    '<a href="https://about.twitter.com/products/tweetdeck" rel="nofollow">TweetDeck</a>',
)
_TOKEN = re.compile(r"(?<![\w&/])@(\w{1,15})|(?<![\w&/])#(\w+)|https?://\S+")
_TCO_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
# X started writing x.com instead of twitter.com in its own links in May 2024.
_X_DOMAIN_FROM_MS = 1_715_904_000_000


def html_escape(text: str) -> str:
    """X escapes only these three in tweet and DM text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def t_co(rng: Random) -> str:
    return "https://t.co/" + "".join(rng.choices(_TCO_ALPHABET, k=10))


def display_url(url: str) -> str:
    shown = url.split("://", 1)[-1]
    shown = shown.removeprefix("www.")
    return shown if len(shown) <= 26 else shown[:26] + "…"


def status_url(handle: str, status_id: int, at_ms: int) -> str:
    domain = "x.com" if at_ms >= _X_DOMAIN_FROM_MS else "twitter.com"
    return f"https://{domain}/{handle}/status/{status_id}"


def compose(text: str, accounts: Mapping[str, Person], rng: Random) -> tuple[str, dict]:
    """Escaped `full_text` and its entities; indices count code points of the escaped text.

    `@handle` becomes a mention (id `-1` and an empty name for an account not in `accounts`,
    as X writes deleted accounts), `#tag` a hashtag, and each URL a t.co link.
    """
    pieces: list[str] = []
    hashtags: list[dict] = []
    mentions: list[dict] = []
    urls: list[dict] = []
    position = 0
    last = 0
    for match in _TOKEN.finditer(text):
        plain = html_escape(text[last : match.start()])
        pieces.append(plain)
        position += len(plain)
        token = match.group(0)
        if match.group(1):
            account = accounts.get(match.group(1).lower())
            handle = account.handle if account and account.handle else match.group(1)
            token = "@" + handle
            account_id = account.twitter_id if account and account.twitter_id else "-1"
            mentions.append(
                {
                    "name": account.display_name if account else "",
                    "screen_name": handle,
                    "indices": [str(position), str(position + len(token))],
                    "id_str": account_id,
                    "id": account_id,
                }
            )
        elif match.group(2):
            hashtags.append(
                {"text": match.group(2), "indices": [str(position), str(position + len(token))]}
            )
        else:
            link = t_co(rng)
            urls.append(
                {
                    "url": link,
                    "expanded_url": token,
                    "display_url": display_url(token),
                    "indices": [str(position), str(position + len(link))],
                }
            )
            token = link
        pieces.append(token)
        position += len(token)
        last = match.end()
    pieces.append(html_escape(text[last:]))
    entities = {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": urls}
    return "".join(pieces), entities


@dataclass(frozen=True)
class ReplyTarget:
    user_id: str
    screen_name: str
    status_id: int


def editable_until(created_ms: int) -> str:
    # Edits were allowed for 30 minutes at launch, for an hour from mid-2023; the deadline is
    # counted from the whole second the tweet shows.
    window = 3_600_000 if created_ms >= 1_688_169_600_000 else 1_800_000
    return iso_ms(created_ms - created_ms % 1000 + window)


def initial_edit_info(tweet_id: int, created_ms: int, *, eligible: bool = True) -> dict:
    return {
        "initial": {
            "editTweetIds": [str(tweet_id)],
            "editableUntil": editable_until(created_ms),
            "editsRemaining": "5",
            "isEditEligible": eligible,
        }
    }


def edited_pair_info(original_id: int, edited_id: int, original_ms: int) -> tuple[dict, dict]:
    """`edit_info` of the first and of the second version of a tweet edited once."""
    control = {
        "editTweetIds": [str(original_id), str(edited_id)],
        "editableUntil": editable_until(original_ms),
        "editsRemaining": "4",
        "isEditEligible": True,
    }
    return {"initial": dict(control)}, {
        "edit": {"initialTweetId": str(original_id), "editControlInitial": dict(control)}
    }


def tweet_record(
    *,
    tweet_id: int,
    created_ms: int,
    text: str,
    accounts: Mapping[str, Person],
    rng: Random,
    source: str,
    lang: str = "en",
    favorite_count: int = 0,
    retweet_count: int = 0,
    reply_to: ReplyTarget | None = None,
    edit_info: dict | None = None,
    deleted_ms: int | None = None,
) -> dict:
    """One `{"tweet": {...}}` element with X's keys in X's order (optional keys absent)."""
    full_text, entities = compose(text, accounts, rng)
    tweet: dict[str, Any] = {
        "edit_info": edit_info
        or initial_edit_info(tweet_id, created_ms, eligible=reply_to is None),
        "retweeted": False,
        "source": source,
        "entities": entities,
        "display_text_range": ["0", str(len(full_text))],
        "favorite_count": str(favorite_count),
    }
    if reply_to is not None:
        tweet["in_reply_to_status_id_str"] = str(reply_to.status_id)
    tweet["id_str"] = str(tweet_id)
    if reply_to is not None:
        tweet["in_reply_to_user_id"] = reply_to.user_id
    tweet["truncated"] = False
    tweet["retweet_count"] = str(retweet_count)
    tweet["id"] = str(tweet_id)
    if reply_to is not None:
        tweet["in_reply_to_status_id"] = str(reply_to.status_id)
    if entities["urls"]:
        tweet["possibly_sensitive"] = False
    tweet["created_at"] = tweet_time(created_ms)
    tweet["favorited"] = False
    tweet["full_text"] = full_text
    tweet["lang"] = lang
    if reply_to is not None:
        tweet["in_reply_to_screen_name"] = reply_to.screen_name
        tweet["in_reply_to_user_id_str"] = reply_to.user_id
    if deleted_ms is not None:
        tweet["deleted_at"] = tweet_time(deleted_ms)
    return {"tweet": tweet}


def retweet_text(handle: str, original: str) -> str:
    """`RT @name: …`, cut at a word to 140 characters with `…` as the old RT text was."""
    text = f"RT @{handle}: {original}"
    if len(text) <= 140:
        return text
    cut = text[:139]
    cut = cut[: cut.rfind(" ")] if " " in cut[20:] else cut
    return cut + "…"


def tweet_header(tweet_id: int, owner_id: str, created_ms: int) -> dict:
    return {
        "tweet": {
            "tweet_id": str(tweet_id),
            "user_id": owner_id,
            "created_at": tweet_time(created_ms),
        }
    }


def deleted_tweet_header(tweet_id: int, owner_id: str, created_ms: int, deleted_ms: int) -> dict:
    header = tweet_header(tweet_id, owner_id, created_ms)
    header["tweet"]["deleted_at"] = tweet_time(deleted_ms)
    return header


def note_tweet_record(note_id: int, created_ms: int, text: str) -> dict:
    hashtags = []
    for match in re.finditer(r"(?<![\w&/])#(\w+)", text):
        hashtags.append(
            {"text": match.group(1), "fromIndex": str(match.start()), "toIndex": str(match.end())}
        )
    return {
        "noteTweet": {
            "noteTweetId": str(note_id),
            "updatedAt": iso_ms(created_ms - created_ms % 1000),
            "lifecycle": {
                "value": "1",
                "name": "Active",
                "originalName": "Active",
                "annotations": {},
            },
            "createdAt": iso_ms(created_ms - created_ms % 1000),
            "core": {
                "styletags": [],
                "urls": [],
                "text": text,
                "mentions": [],
                "cashtags": [],
                "hashtags": hashtags,
            },
        }
    }


def note_preview(text: str, link: str) -> str:
    """The cut-down text a long post shows in tweets.js, ending with a link to the full post."""
    cut = text[:270]
    cut = cut[: cut.rfind(" ")]
    return f"{cut}… {link}"


def account_record(owner: Person, created_ms: int) -> dict:
    return {
        "account": {
            "email": owner.email or None,
            "createdVia": "web",
            "username": owner.handle,
            "accountId": owner.twitter_id,
            "createdAt": iso_ms(created_ms),
            "accountDisplayName": owner.display_name,
        }
    }


def profile_record(bio: str, website: str, location: str, owner_id: str) -> dict:
    return {
        "profile": {
            "description": {"bio": bio, "website": website, "location": location},
            "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{owner_id}/avatar.jpg",
            "headerMediaUrl": f"https://pbs.twimg.com/profile_banners/{owner_id}/1700000000",
        }
    }


def relation_record(kind: str, account_id: str) -> dict:
    """`follower`, `following`, `blocking` or `muting` element."""
    return {
        kind: {
            "accountId": account_id,
            "userLink": f"https://twitter.com/intent/user?user_id={account_id}",
        }
    }


def like_record(tweet_id: int, full_text: str | None) -> dict:
    like: dict[str, str] = {"tweetId": str(tweet_id)}
    if full_text is not None:
        like["fullText"] = full_text
    like["expandedUrl"] = f"https://twitter.com/i/web/status/{tweet_id}"
    return {"like": like}


def dm_message(
    *,
    message_id: int,
    sender_id: str,
    recipient_id: str | None,
    created_ms: int,
    text: str,
    rng: Random,
    reactions: list[dict] | None = None,
) -> dict:
    """A `messageCreate` event with every key X writes (no `recipientId` in group chats)."""
    full_text, entities = compose(text, {}, rng)
    urls = [
        {"url": u["url"], "expanded": u["expanded_url"], "display": u["display_url"]}
        for u in entities["urls"]
    ]
    event: dict[str, Any] = {}
    if recipient_id is not None:
        event["recipientId"] = recipient_id
    event["reactions"] = reactions or []
    event["urls"] = urls
    event["text"] = full_text
    event["mediaUrls"] = []
    event["senderId"] = sender_id
    event["id"] = str(message_id)
    event["createdAt"] = iso_ms(created_ms)
    event["editHistory"] = []
    return {"messageCreate": event}


def dm_header(event: dict) -> dict:
    """The same event as `direct-message(-group)-headers.js` has it: no text."""
    if "messageCreate" not in event:
        return event
    body = event["messageCreate"]
    header = {"id": body["id"], "senderId": body["senderId"]}
    if "recipientId" in body:
        header["recipientId"] = body["recipientId"]
    header["createdAt"] = body["createdAt"]
    return {"messageCreate": header}


def reaction(sender_id: str, key: str, event_id: int, created_ms: int) -> dict:
    return {
        "senderId": sender_id,
        "reactionKey": key,
        "eventId": str(event_id),
        "createdAt": iso_ms(created_ms),
    }


def one_to_one_id(a: str, b: str) -> str:
    low, high = sorted((a, b), key=int)
    return f"{low}-{high}"


def conversation(conversation_id: str, events_newest_first: list[dict]) -> dict:
    return {"dmConversation": {"conversationId": conversation_id, "messages": events_newest_first}}


def header_conversation(record: dict) -> dict:
    body = record["dmConversation"]
    return conversation(body["conversationId"], [dm_header(e) for e in body["messages"]])


def screen_name_change_record(owner_id: str, changed_ms: int, before: str, after: str) -> dict:
    return {
        "screenNameChange": {
            "accountId": owner_id,
            "screenNameChange": {
                "changedAt": iso_ms(changed_ms),
                "changedFrom": before,
                "changedTo": after,
            },
        }
    }


# ---------------------------------------------------------------------------------------------
# Large archives from a seed

# fmt: off
_OPENERS = (
    "Shipped", "Debugging", "Rewrote", "Benchmarking", "Migrating", "Profiling", "Reviewing",
    "Deleted", "Documented", "Load-tested", "Refactored", "Finally understood",
)
_OBJECTS = (
    "our Kafka consumers", "a 9-year-old cron job", "the dbt project", "DuckDB on a laptop",
    "the billing pipeline", "a 40 GB parquet file", "our Airflow DAGs", "the feature store",
    "three dashboards nobody opens", "the CDC connector", "a flaky integration test",
    "the on-call runbook", "half of the warehouse", "Spark jobs from 2017",
)
_ENDINGS = (
    "before lunch ☕", "& it finally works", "— took 3 hours, saved 3 days", "…again",
    "with > 40 tests green", "🎉", "and learned <nothing> new", "while the coffee brewed",
    "in 11 minutes instead of 2 hours", "so you don't have to", "😅", "at 3am, don't ask",
)
_HASHTAGS = (
    "dataengineering", "DuckDB", "dbt", "Python", "SQL", "opensource", "Kafka",
    "100DaysOfCode", "analytics", "datamesh", "café",
)
_REPLIES = (
    "Great point!", "Same here, we hit this last month.", "Thanks for sharing 🙏",
    "Could you share the config?", "Ha, I feel seen.", "This & more in my next post.",
    "Strong agree.", "Bookmarked, thank you!", "Which version were you on?",
    "Not sure it scales > 1 TB, but worth a try.",
)
_QUOTE_COMMENTS = (
    "Worth a read.", "This is the way.", "Saving this for our next retro.",
    "Exactly what I was trying to say last week.", "A thread every data team should read 👇",
)
_DM_LINES = (
    "Hey! Saw your talk, loved it.", "Thanks, glad it helped!", "Do you have the slides?",
    "Sure: https://slides.example.org/deck", "Coffee next week?", "Works for me 🙂",
    "Sorry for the late reply & thanks for the patience.", "Let me check with the team.",
    "Any update on this?", "Sent you the doc.", "👍", "Congrats on the new role!",
)
_LANGS = ("en",) * 12 + ("sv", "es", "und")
# fmt: on


@dataclass(frozen=True)
class TwitterSize:
    tweets: int = 500
    followers: int = 200
    following: int = 150
    likes: int = 300
    dms: int = 200


class _Timeline:
    """When tweet k (0 = oldest) was posted and its id: pure functions of k, no stored state."""

    def __init__(self, seed: int, count: int, end_ms: int):
        self.seed = seed
        self.count = count
        # Ten years, or more when a minute per tweet needs it: ids then stay strictly increasing.
        span = max(3_650 * _MS_PER_DAY, count * 60_000)
        self.start_ms = end_ms - span - _MS_PER_DAY
        self.step = span // max(count, 1)

    def _natural_ms(self, k: int) -> int:
        jitter = mix64(self.seed, 0x71, k) % max(1, int(self.step * 0.6))
        return self.start_ms + k * self.step + jitter

    def is_edit_original(self, k: int) -> bool:
        return k % 2 == 0 and k + 1 < self.count and mix64(self.seed, 0xED, k) % 90 == 0

    def is_note(self, k: int) -> bool:
        return not self.is_edit_original(k) and mix64(self.seed, 0x70, k) % 200 == 7

    def time_ms(self, k: int) -> int:
        if k > 0 and self.is_edit_original(k - 1):
            before = self._natural_ms(k - 1)
            return before + min(int(self.step * 0.2), 20 * 60_000) + 1_000
        return self._natural_ms(k)

    def tweet_id(self, k: int) -> int:
        return snowflake(self.time_ms(k), mix64(self.seed, 0x1D, k))

    def write_order(self) -> Iterator[int]:
        """Mostly newest first, but whole blocks land out of place, as X's parts mix years."""
        block = 1_000 if self.count >= 20_000 else max(1, self.count // 20)
        blocks = list(range(math.ceil(self.count / block) - 1, -1, -1))
        shuffle = Random(mix64(self.seed, 0x0D))
        for _ in range((len(blocks) + 5) // 6):
            i, j = shuffle.randrange(len(blocks)), shuffle.randrange(len(blocks))
            blocks[i], blocks[j] = blocks[j], blocks[i]
        for b in blocks:
            ks = list(range(min(self.count, (b + 1) * block) - 1, b * block - 1, -1))
            for i in range(len(ks) - 1):
                if mix64(self.seed, 0x5E, ks[i]) % 150 == 0:
                    ks[i], ks[i + 1] = ks[i + 1], ks[i]
            yield from ks


class _Crowd:
    """The accounts of a large archive: whom the owner follows, who follows back, and others."""

    def __init__(self, seed: int, size: TwitterSize):
        self.seed = seed
        overlap = min(size.following, size.followers) // 2
        self.following = range(0, size.following)
        self.followers = range(size.following - overlap, size.following - overlap + size.followers)
        self.pool = max(50, size.following + size.followers - overlap)

    def account(self, index: int) -> Person:
        return crowd_account(self.seed, index)

    def pick(self, rng: Random) -> Person:
        # Engagement goes mostly to accounts the owner follows.
        if self.following and rng.random() < 0.7:
            return self.account(rng.randrange(len(self.following)))
        return self.account(rng.randrange(self.pool))


def _sentence(rng: Random) -> str:
    return f"{rng.choice(_OPENERS)} {rng.choice(_OBJECTS)} {rng.choice(_ENDINGS)}"


def _post_text(rng: Random, k: int) -> str:
    text = _sentence(rng)
    if rng.random() < 0.35:
        text += " " + " ".join("#" + tag for tag in rng.sample(_HASHTAGS, rng.randint(1, 2)))
    if rng.random() < 0.25:
        text += f" https://blog.example.org/posts/{k}-{rng.randrange(10_000)}"
    return text


class _LargeTweets:
    def __init__(self, seed: int, size: TwitterSize, owner: Person, end_ms: int):
        self.seed = seed
        self.owner = owner
        self.timeline = _Timeline(seed, size.tweets, end_ms)
        self.crowd = _Crowd(seed, size)

    def record(self, k: int) -> dict:
        t = self.timeline
        rng = rng_for(self.seed, 0x7E, k)
        created = t.time_ms(k)
        tweet_id = t.tweet_id(k)
        source = rng.choice(SOURCES)
        common: dict[str, Any] = {
            "tweet_id": tweet_id,
            "created_ms": created,
            "rng": rng,
            "source": source,
            "lang": rng.choice(_LANGS),
        }
        if k > 0 and t.is_edit_original(k - 1):
            original_id = t.tweet_id(k - 1)
            text = self._original_text(k - 1) + " (edit: typo)"
            _, edited = edited_pair_info(original_id, tweet_id, t.time_ms(k - 1))
            return tweet_record(text=text, accounts={}, edit_info=edited, **common)
        if t.is_edit_original(k):
            initial, _ = edited_pair_info(tweet_id, t.tweet_id(k + 1), created)
            return tweet_record(
                text=self._original_text(k),
                accounts={},
                edit_info=initial,
                favorite_count=int(rng.paretovariate(1.5)) - 1,
                **common,
            )
        if t.is_note(k):
            link = f"https://twitter.com/i/web/status/{tweet_id}"
            text = note_preview(self.note_text(k), link)
            return tweet_record(text=text, accounts={}, favorite_count=rng.randrange(40), **common)
        likes = int(rng.paretovariate(1.3)) - 1
        shares = int(rng.paretovariate(2.0)) - 1
        roll = rng.random()
        if roll < 0.40:
            return tweet_record(
                text=_post_text(rng, k),
                accounts={},
                favorite_count=likes,
                retweet_count=shares,
                **common,
            )
        if roll < 0.62:
            other = self.crowd.pick(rng)
            status = snowflake(
                created - rng.randrange(60_000, 3 * _MS_PER_DAY), rng.getrandbits(22)
            )
            target = ReplyTarget(other.twitter_id or "-1", other.handle or "", status)
            return tweet_record(
                text=f"@{other.handle} {rng.choice(_REPLIES)}",
                accounts={(other.handle or "").lower(): other},
                reply_to=target,
                favorite_count=likes // 3,
                **common,
            )
        if roll < 0.68 and k > 0:
            target = ReplyTarget(
                self.owner.twitter_id or "", self.owner.handle or "", t.tweet_id(k - 1)
            )
            return tweet_record(
                text=_sentence(rng), accounts={}, reply_to=target, favorite_count=likes, **common
            )
        if roll < 0.83:
            other = self.crowd.pick(rng)
            original = _post_text(rng, k)
            common["lang"] = "en"
            return tweet_record(
                text=retweet_text(other.handle or "", original),
                accounts={(other.handle or "").lower(): other},
                **common,
            )
        if roll < 0.89:
            other = self.crowd.pick(rng)
            quoted = snowflake(
                created - rng.randrange(60_000, 30 * _MS_PER_DAY), rng.getrandbits(22)
            )
            url = status_url(other.handle or "", quoted, created)
            return tweet_record(
                text=f"{rng.choice(_QUOTE_COMMENTS)} {url}",
                accounts={},
                favorite_count=likes,
                retweet_count=shares,
                **common,
            )
        people = [self.crowd.pick(rng) for _ in range(rng.randint(1, 3))]
        names = " ".join(f"@{p.handle}" for p in people)
        return tweet_record(
            text=f"{_sentence(rng)} with {names}",
            accounts={(p.handle or "").lower(): p for p in people},
            favorite_count=likes,
            retweet_count=shares,
            **common,
        )

    def _original_text(self, k: int) -> str:
        return _post_text(rng_for(self.seed, 0xE0, k), k)

    def note_text(self, k: int) -> str:
        rng = rng_for(self.seed, 0x0E, k)
        return "\n\n".join(_sentence(rng) + "." for _ in range(12)) + " #longread"

    def header(self, k: int) -> dict:
        return tweet_header(
            self.timeline.tweet_id(k), self.owner.twitter_id or "", self.timeline.time_ms(k)
        )

    def notes(self) -> Iterator[dict]:
        t = self.timeline
        for k in range(t.count - 1, -1, -1):
            if t.is_note(k):
                created = t.time_ms(k)
                # The note's own id is a different snowflake from the same second.
                note_id = snowflake(created - created % 1000, mix64(self.seed, 0x7A, k))
                yield note_tweet_record(note_id, created, self.note_text(k))


def _large_likes(seed: int, count: int, owner: Person, end_ms: int) -> Iterator[dict]:
    for index in range(count):
        rng = rng_for(seed, 0x11CE, index)
        liked_ms = end_ms - rng.randrange(60_000, 3_000 * _MS_PER_DAY)
        liked_id = snowflake(liked_ms, rng.getrandbits(22))
        if rng.random() < 0.015:
            yield like_record(liked_id, None)  # the liked tweet was deleted since
            continue
        text = _post_text(rng, index)
        if rng.random() < 0.2:
            text = f"@{owner.handle} {rng.choice(_REPLIES)}"
        yield like_record(liked_id, html_escape(text))


def _large_conversations(
    seed: int, total: int, crowd: _Crowd, owner: Person, end_ms: int, *, group: bool
) -> Iterator[dict]:
    """DM conversations holding `total` messages between them, newest conversation first."""
    plan: list[tuple[int, bool, int]] = []
    sizer = Random(mix64(seed, 0xD3))
    remaining = total
    while remaining > 0:
        size = min(remaining, 1 + int(sizer.expovariate(1 / 7)))
        plan.append((len(plan), sizer.random() < 0.06, size))
        remaining -= size
    gap = max(_MS_PER_DAY // 24, 2_000 * _MS_PER_DAY // max(1, len(plan)))
    owner_id = owner.twitter_id or ""
    # X keeps one conversation per pair of accounts: a multiplier coprime with the number of
    # conversations maps each to a different account.
    spread = 7_919
    while len(plan) > 1 and math.gcd(spread, len(plan)) != 1:
        spread += 2
    for index, is_group, size in plan:
        if is_group != group:
            continue
        rng = rng_for(seed, 0xDC, index)
        newest = end_ms - index * gap - rng.randrange(gap)
        if is_group:
            members = [crowd.pick(rng).twitter_id or "" for _ in range(rng.randint(2, 5))]
            ids = list(dict.fromkeys([owner_id, *members]))
            conversation_id = str(snowflake(newest - 400 * _MS_PER_DAY, rng.getrandbits(22)))
        else:
            other = crowd.account(index * spread % len(plan))
            ids = [owner_id, other.twitter_id or ""]
            conversation_id = one_to_one_id(owner_id, ids[1])
        events = []
        moment = newest
        for position in range(size):
            sender = ids[0] if rng.random() < 0.45 else rng.choice(ids[1:])
            recipient = None
            if not is_group:
                recipient = ids[1] if sender == owner_id else owner_id
            message_id = snowflake(moment, mix64(seed, index, position))
            reactions = []
            if rng.random() < 0.05:
                reactor = recipient or ids[0]
                reactions.append(reaction(reactor, "like", message_id + 1, moment + 30_000))
            events.append(
                dm_message(
                    message_id=message_id,
                    sender_id=sender,
                    recipient_id=recipient,
                    created_ms=moment,
                    text=rng.choice(_DM_LINES),
                    rng=rng,
                    reactions=reactions,
                )
            )
            moment -= rng.randrange(20_000, 2 * _MS_PER_DAY)
        if is_group:
            events.append(
                {
                    "joinConversation": {
                        "initiatingUserId": ids[1],
                        "participantsSnapshot": ids,
                        "createdAt": iso_ms(moment),
                    }
                }
            )
        yield conversation(conversation_id, events)


def write_twitter_archive(
    parent: Path,
    *,
    tweets: int = TwitterSize.tweets,
    followers: int = TwitterSize.followers,
    following: int = TwitterSize.following,
    likes: int = TwitterSize.likes,
    dms: int = TwitterSize.dms,
    seed: int = 0,
    generated_on: date = date(2026, 3, 14),
    max_part_bytes: int = X_PART_BYTES,
    as_zip: bool = False,
) -> Path:
    """Write one invented archive of the given size under `parent`; returns its path.

    Records are produced one at a time from `seed`, so memory stays flat whatever the size.
    """
    size = TwitterSize(tweets, followers, following, likes, dms)
    owner = bench_owner(seed)
    owner_id = owner.twitter_id or ""
    generated_ms = to_ms(datetime.combine(generated_on, datetime.min.time(), UTC)) + (
        mix64(seed, 0x6E) % (20 * 3_600_000)
    )
    end_ms = generated_ms - 3_600_000
    archive = TwitterArchiveWriter(
        parent,
        owner=owner,
        generated_ms=generated_ms,
        as_zip=as_zip,
        max_part_bytes=max_part_bytes,
        name_salt=seed,
    )
    large = _LargeTweets(seed, size, owner, end_ms)
    crowd = large.crowd
    archive.write(
        "account", "account", [account_record(owner, large.timeline.start_ms - _MS_PER_DAY)]
    )
    archive.write(
        "profile",
        "profile",
        [
            profile_record(
                "Data engineer. Opinions are my cat's.",
                "https://t.co/rObInOk0r0",
                "Lagos · Malmö",
                owner.twitter_id or "",
            )
        ],
    )
    tweet_file = archive.data_file("tweets", "tweets", split=True)
    for k in large.timeline.write_order():
        tweet_file.add(large.record(k))
    tweet_file.close()
    header_file = archive.data_file("tweetHeaders", "tweet-headers", split=True)
    for k in large.timeline.write_order():
        header_file.add(large.header(k))
    header_file.close()
    archive.write("noteTweet", "note-tweet", large.notes())
    deleted = list(_large_deleted(seed, min(10, tweets // 1_000), end_ms))
    archive.write("deletedTweets", "deleted-tweets", (record for record, _, _ in deleted))
    archive.write(
        "deletedTweetHeaders",
        "deleted-tweet-headers",
        (
            deleted_tweet_header(int(record["tweet"]["id_str"]), owner_id, created, gone)
            for record, created, gone in deleted
        ),
    )
    archive.write("like", "like", _large_likes(seed, likes, owner, end_ms))
    archive.write(
        "follower",
        "follower",
        (relation_record("follower", crowd.account(i).twitter_id or "") for i in crowd.followers),
    )
    archive.write(
        "following",
        "following",
        (relation_record("following", crowd.account(i).twitter_id or "") for i in crowd.following),
    )
    blocked = [crowd.account(crowd.pool + i) for i in range(max(1, followers // 400))]
    archive.write(
        "block", "block", (relation_record("blocking", p.twitter_id or "") for p in blocked)
    )
    muted = [crowd.account(crowd.pool + 10_000 + i) for i in range(max(1, following // 100))]
    archive.write("mute", "mute", (relation_record("muting", p.twitter_id or "") for p in muted))
    archive.write("screenNameChange", "screen-name-change", [])
    for group, type_key, stem, header_key, header_stem in (
        (
            False,
            "directMessages",
            "direct-messages",
            "directMessageHeaders",
            "direct-message-headers",
        ),
        (
            True,
            "directMessagesGroup",
            "direct-messages-group",
            "directMessageGroupHeaders",
            "direct-message-group-headers",
        ),
    ):
        archive.write(
            type_key, stem, _large_conversations(seed, dms, crowd, owner, end_ms, group=group)
        )
        archive.write(
            header_key,
            header_stem,
            (
                header_conversation(c)
                for c in _large_conversations(seed, dms, crowd, owner, end_ms, group=group)
            ),
        )
    return archive.finish()


def _large_deleted(seed: int, count: int, end_ms: int) -> Iterator[tuple[dict, int, int]]:
    """Tweets deleted in the 14 days before the export, with when they were made and deleted."""
    for index in range(count):
        rng = rng_for(seed, 0xDE1, index)
        deleted_ms = end_ms - rng.randrange(1, 14 * _MS_PER_DAY)
        deleted_ms -= deleted_ms % 1000
        created_ms = deleted_ms - rng.randrange(60_000, 400 * _MS_PER_DAY)
        record = tweet_record(
            tweet_id=snowflake(created_ms, rng.getrandbits(22)),
            created_ms=created_ms,
            text=_post_text(rng, index),
            accounts={},
            rng=rng,
            source=rng.choice(SOURCES),
            deleted_ms=deleted_ms,
        )
        yield record, created_ms, deleted_ms


# ---------------------------------------------------------------------------------------------
# The demo: Åsa's account, exported twice four months apart

DEMO_EXPORTS_MS = (
    parse_utc("2025-11-14 09:12:44") + 318,
    parse_utc("2026-03-14 16:05:31") + 902,
)
# Small enough that the later export's tweets come in two parts, as large archives' do.
DEMO_PART_BYTES = 48_000


@dataclass(frozen=True)
class DemoTweet:
    when: str
    kind: str  # post | reply | thread | rt | quote | edit | note | deleted
    text: str
    who: str | None = None  # the other person of a reply, retweet or quote
    lang: str = "en"
    edited: str | None = None
    deleted_at: str | None = None


_LONG_POST_2025 = (
    "Six things I wish someone had told me before my first on-call week as a data engineer:\n\n"
    "1. The pipeline that pages you is rarely the one that is broken. Look upstream first.\n"
    "2. Write the runbook while you fix it, not after. After never comes.\n"
    "3. A backfill is a deploy. Review it like one.\n"
    '4. "It worked yesterday" is data, not an excuse: diff yesterday\'s inputs.\n'
    "5. Silence alerts you never act on & keep the ones you do.\n"
    "6. Sleep. Nobody debugs Kafka offsets well at 4am.\n\n"
    "What would you add? #dataengineering #oncall"
)
_LONG_POST_2026 = (
    "We replaced a 14-step nightly ETL with three SQL models and one DuckDB file. "
    "What changed for the team, three months in:\n\n"
    "- Onboarding went from two weeks to two days: the whole warehouse fits on a laptop.\n"
    "- Tests run in 9 seconds, so people actually run them.\n"
    "- We lost the fancy lineage UI, and nobody has missed it yet.\n"
    "- Costs went down > 80%, which paid for the team offsite.\n\n"
    "Not every company can do this. But far more can than think they can. #DuckDB"
)

# fmt: off
DEMO_TWEETS: tuple[DemoTweet, ...] = (
    DemoTweet("2019-06-03 07:58:12", "post",
              "New handle, same pipelines. Hej from Malmö 👋 #dataengineering"),
    DemoTweet("2019-06-03 08:03:40", "thread",
              "Old links to my talks still work. Slides for all of them: "
              "https://asa-lindqvist.example.org/talks"),
    DemoTweet("2019-09-18 17:22:05", "post",
              "Airflow tip: keep your DAG files boring. Imports, one factory call, done. "
              "Everything clever goes in a package with tests & a changelog. #ApacheAirflow"),
    DemoTweet("2019-11-27 12:40:10", "reply",
              "Exactly this. Partition by event date, not load date, or every backfill will hurt.",
              "francois"),
    DemoTweet("2020-03-16 09:05:51", "post",
              "Whole team works from home from today. Standup moved to 09:15 so the school call "
              "fits first. #wfh"),
    DemoTweet("2020-05-02 20:14:33", "rt",
              "Our paper on sampling bias in clickstream data is out, open access: "
              "https://doi.example.org/10.5555/clickstream.2020.14", "mei"),
    DemoTweet("2020-08-21 15:47:02", "post",
              'Hot take: most "real-time" dashboards are refreshed by people who look at them '
              "once a week."),
    DemoTweet("2021-02-09 11:03:27", "reply",
              "Ha, we hit the same bug in Kafka Connect. Pinning the converter version fixed it.",
              "soren"),
    DemoTweet("2021-04-22 08:31:15", "post",
              "Great write-up on schema registries by @lwroblewski, worth ten minutes of your "
              "day: https://allegro.example.pl/blog/schema-registry-lessons"),
    DemoTweet("2021-09-14 19:25:48", "post", "Swedish fika > any sprint ceremony. Fight me. ☕"),
    DemoTweet("2021-11-30 10:12:00", "quote",
              "The clearest explanation of slowly changing dimensions I have read.", "ines"),
    DemoTweet("2022-03-08 08:00:00", "post",
              "Happy #IWD2022 to every woman keeping a pipeline alive at 3am. 💜"),
    DemoTweet("2022-06-01 14:22:19", "reply",
              "Congrats on the launch! How did you handle late-arriving events?", "lan"),
    DemoTweet("2022-06-01 16:40:02", "reply",
              "Makes sense. We do the same with a 48h watermark.", "lan"),
    DemoTweet("2022-10-11 09:45:33", "rt",
              "DuckDB + Kotlin notebooks, a short demo 🧵 "
              "https://blog.jetbrains.example/duckdb-kotlin", "dmitri"),
    DemoTweet("2022-11-02 21:30:39", "post",
              "Exporting my archive just in case. Old habits: export everything, trust nothing."),
    DemoTweet("2023-01-17 13:14:15", "post",
              "Wrote down how we test dbt models with tiny fixtures: "
              "https://asa-lindqvist.example.org/blog/dbt-fixtures #dbt #analyticsengineering"),
    DemoTweet("2023-01-17 13:20:41", "thread",
              "The trick: one CSV per model input, three to five rows each, and an expected "
              "output you can read in a code review."),
    DemoTweet("2023-01-17 13:26:02", "thread",
              "If a fixture needs more than ten rows, the model is doing too much. Split it."),
    DemoTweet("2023-03-29 18:05:12", "reply",
              "Yes! Would love to compare notes on pharmacy stock forecasting. DMs open.",
              "kwame"),
    DemoTweet("2023-05-15 07:49:00", "post",
              "Giving a talk at Data Malmö with @sorenkj on Thursday: streaming joins without "
              "tears. Come say hi!"),
    DemoTweet("2023-08-24 11:11:11", "rt",
              "Friendly reminder that your on-call rotation is a product. Design it like one.",
              "zoe"),
    DemoTweet("2023-10-05 16:02:44", "quote",
              "Mei's team keeps publishing what everyone else keeps internal. Respect.", "mei"),
    DemoTweet("2024-01-09 09:30:00", "post",
              "2024 goal: delete more pipelines than I write. Q&A in the replies."),
    DemoTweet("2024-02-20 10:22:38", "edit",
              "Our DuckDB migration is done: 40 nightly jobs now run in 11 minutes instead of "
              "2 hours. #DuckDB",
              edited="Our DuckDB migration is done: 40 nightly jobs now run in 11 minutes "
                     "instead of 2 hours 🦆 #DuckDB"),
    DemoTweet("2024-03-02 10:05:00", "reply", "Sending you a DM about the meetup 🙂", "mei"),
    DemoTweet("2024-04-18 14:41:09", "post",
              "Thanks @kwamemensah for the warm welcome in Accra! #DataFestAfrica"),
    DemoTweet("2024-06-12 08:15:27", "rt",
              "We're hiring two data engineers in Paris & Berlin. Remote-friendly, French not "
              "required: https://careers.doctolib.example/data", "francois"),
    DemoTweet("2024-07-03 19:44:10", "reply",
              "Same. The best pipeline is the one you did not have to build.", "pete"),
    DemoTweet("2024-09-10 12:00:00", "quote",
              "They keep shipping. Can't wait to try this on our nightly jobs.", "dmitri"),
    DemoTweet("2024-11-05 07:30:30", "post",
              "Att skriva dokumentation är också att skriva kod. #datateam", lang="sv"),
    DemoTweet("2025-01-14 15:16:17", "reply",
              "Agree 100%. We moved the pager to a shared calendar and the complaints dropped "
              "to zero.", "zoe"),
    # @dataflow_dani is an account deleted since: X writes its mention with id -1.
    DemoTweet("2025-02-27 09:09:09", "post",
              "Reading list for the week: @lan_nguyen_dev on watermarks, @inesgoncalves on "
              "SCDs, and an old favourite by @dataflow_dani."),
    DemoTweet("2025-03-19 11:45:00", "note", _LONG_POST_2025),
    DemoTweet("2025-04-03 18:20:00", "reply",
              "Ducks all the way down 🦆 Which extension is your favourite?", "dana"),
    DemoTweet("2025-05-21 08:44:12", "post",
              "Hiring! Kvarn Data is looking for a senior data engineer in Malmö or remote "
              "(CET ±2): https://kvarndata.example.se/jobs/sde"),
    DemoTweet("2025-06-30 17:05:55", "rt",
              "Window functions are just GROUP BY that remembers where it came from.",
              "siobhan"),
    DemoTweet("2025-08-14 10:12:40", "reply",
              'Ha! Ours is called "the spreadsheet that must not be named".', "pete"),
    DemoTweet("2025-09-09 09:00:00", "post",
              "Conference season: Berlin, Lisbon, Medellín. Say hi if you're around ✈️"),
    DemoTweet("2025-09-09 09:02:30", "thread",
              "En Medellín hablo de pipelines aburridos, en español por primera vez. ¡Nos vemos!",
              lang="es"),
    DemoTweet("2025-10-20 20:31:07", "deleted",
              "Unpopular opinion: YAML is a programming language and we should lint it like one.",
              deleted_at="2026-03-05 08:14:22"),
    DemoTweet("2025-11-03 13:37:00", "quote",
              "Łukasz's talk from last week is online. The part on idempotent backfills alone is "
              "worth it.", "lukasz"),
    DemoTweet("2025-11-12 07:58:21", "post",
              "Meetup recap with @sorenkj and @dvolkov: slides & notebooks → "
              "https://github.example/duckdb-sthlm/meetup-11"),
    DemoTweet("2025-11-20 16:20:16", "reply",
              "Thanks for the pointer, Tomás! Adding it to the reading list.", "tomas"),
    DemoTweet("2025-12-08 09:15:00", "rt",
              "Your data catalog is only as good as the last person who updated it.", "brigid"),
    DemoTweet("2025-12-08 09:17:42", "reply",
              "So true. We tie catalog updates to the PR template now.", "brigid"),
    DemoTweet("2025-12-31 23:58:01", "post",
              "Gott nytt år! 2025: 212 PRs reviewed, 3 talks, 1 very patient family. 🎆",
              lang="sv"),
    DemoTweet("2026-01-15 12:12:12", "post",
              "Pairing with @zoe_ngata across 12 time zones today. Async is a superpower."),
    DemoTweet("2026-02-03 08:08:08", "quote",
              "Brigid's checklist for data contracts, bookmarked <3", "brigid"),
    DemoTweet("2026-02-18 17:45:00", "note", _LONG_POST_2026),
    DemoTweet("2026-03-10 10:10:10", "post",
              "Spring cleaning: archived 14 repos, closed 31 stale issues, kept 1 cactus "
              "alive. 🌵"),
)

# Whom Åsa follows and who follows her, at each export. She engaged (replied, retweeted,
# mentioned, quoted) the first group: ten of those fourteen follow her. Of the ten she follows
# without ever engaging, two follow her. Between the exports she started following Sven, Tomás
# and Brigid and stopped following Harlow and a brand account; Siobhán, Brigid, Kalinda and Léa
# started following her, Pete and a spam account stopped.
_ENGAGED = ("mei", "soren", "lukasz", "ines", "lan", "francois", "dmitri", "kwame", "zoe",
            "dana", "pete", "siobhan", "tomas", "brigid")
_FOLLOWED_QUIETLY = ("chidinma", "inaki", "elif", "noa", "greta", "ravi", "duckdaily",
                     "kalinda", "olusegun", "sven")
_BRAND_ACCOUNT = "1179925566"
_SPAM_FOLLOWER = "1584412009321111552"
DEMO_FOLLOWING: dict[int, tuple[str, ...]] = {
    0: (*(k for k in _ENGAGED + _FOLLOWED_QUIETLY if k not in ("tomas", "brigid", "sven")),
        "harlow", _BRAND_ACCOUNT),
    1: _ENGAGED + _FOLLOWED_QUIETLY,
}
DEMO_FOLLOWERS: dict[int, tuple[str, ...]] = {
    0: ("mei", "soren", "lukasz", "ines", "lan", "dmitri", "kwame", "zoe", "noa", "harlow",
        "priya", "pete", _SPAM_FOLLOWER),
    1: ("mei", "soren", "lukasz", "ines", "lan", "dmitri", "kwame", "zoe", "siobhan", "brigid",
        "noa", "kalinda", "harlow", "lea", "priya"),
}
_BLOCKED = ("1745003312987654144",)
_MUTED = ("duckdaily", "1688823004512337920")

# 1:1 conversations, each (other person, ((when, "me" | "them", text), ...)) in time order:
# answered within minutes (Mei), after twelve days (Łukasz), never (François, Tomás); started by
# them and answered (Siobhán, Brigid, Kalinda late) or not (Pete); one spans both exports (Zoë).
DEMO_DMS: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    ("mei", (
        ("2024-03-02 10:14:05", "me",
         "Hi Mei! Would your team give a talk at Data Malmö in May? Travel is on us."),
        ("2024-03-02 10:31:40", "them", "Oh, we'd love to! Can we bring two people?"),
        ("2024-03-02 10:33:12", "me", "Of course. I'll send the details & dates tonight."),
        ("2024-03-02 21:02:55", "me", "Details: https://datamalmo.example.se/may-2024"),
        ("2024-03-03 07:45:19", "them", "Perfect, booked 🙌"),
    )),
    ("lukasz", (
        ("2025-06-11 13:20:00", "me",
         "Hej Łukasz, could I borrow your schema-registry diagram for a workshop? With credit."),
        ("2025-06-23 09:02:47", "them",
         "Sorry, was on leave! Yes, go ahead: https://allegro.example.pl/diagrams/registry.svg"),
        ("2025-06-23 09:10:05", "me", "Thank you!"),
    )),
    ("francois", (
        ("2025-09-30 16:48:31", "me",
         "Bonjour François, are you still looking for data engineers? I know someone great."),
    )),
    ("siobhan", (
        ("2025-10-05 18:22:10", "them",
         "Hi Åsa, loved your talk in Lisbon. Is the recording online?"),
        ("2025-10-06 08:05:44", "me",
         "Thanks Siobhán! Not yet, the organisers say next week. I'll ping you."),
        ("2025-10-14 07:59:02", "me",
         "It's up: https://video.example.org/lisbon-2025/boring-pipelines"),
        ("2025-10-14 12:31:26", "them", "Thank you!! Sharing with my team."),
    )),
    ("pete", (
        ("2025-08-14 11:02:13", "them",
         "Hey, fellow pipeline person! Would you review my conference proposal?"),
        ("2025-08-29 16:40:51", "them", "No worries if you're busy 🙂"),
    )),
    ("zoe", (
        ("2025-10-20 21:15:00", "me",
         "Zoë, want to pair on the on-call handbook? I have notes from three teams."),
        ("2025-10-21 07:12:33", "them", "Yes please! Mornings NZ time work best for me."),
        ("2026-01-15 11:40:09", "them", "Ready when you are, I'm on the call link."),
        ("2026-01-15 11:41:30", "me", "Joining now!"),
    )),
    ("brigid", (
        ("2026-01-20 14:03:27", "them",
         "Thanks for the follow & the RT! Up for a podcast episode on data catalogs?"),
        ("2026-01-21 09:30:00", "me", "Happily! Send me a few dates."),
        ("2026-01-21 10:02:44", "them", "Feb 12 or 19?"),
        ("2026-01-21 10:05:10", "me", "Feb 19 works."),
    )),
    ("tomas", (
        ("2026-02-10 19:19:19", "me",
         "Hi Tomás, is your Dublin meetup still looking for speakers in April?"),
    )),
    ("kalinda", (
        ("2026-02-25 06:12:48", "them",
         "Your Stockholm slides helped us fix our late-event handling. Thank you!"),
        ("2026-03-12 20:41:05", "me", "So glad to hear that, Kalinda! Sorry for the slow reply."),
    )),
)
DEMO_GROUP_CREATED = "2025-04-03 18:30:00"
DEMO_GROUP_NAME = "DuckDB Stockholm 🦆"
DEMO_GROUP_MEMBERS = ("soren", "dmitri", "lan")  # Søren created the group
DEMO_GROUP_MESSAGES: tuple[tuple[str, str, str], ...] = (
    ("2025-04-03 18:31:10", "soren", "Welcome all! Planning the autumn meetup here."),
    ("2025-04-03 18:40:55", "me",
     "Count me in. I can host at Kvarn's office in Malmö if Stockholm is full."),
    ("2025-04-04 07:22:31", "dmitri", "I can bring a notebook demo."),
    ("2025-04-05 12:00:03", "lan", "Joining remotely from Hanoi 🙂"),
    ("2025-11-13 20:15:42", "soren", "Thanks everyone, 120 people came!"),
    ("2026-01-09 10:01:17", "me", "Spring edition? I have a venue."),
)
DEMO_GROUP_LEAVE = ("2026-01-20 08:00:00", "lan")

# Tweets Åsa liked, as (when the tweet was posted, its text): like.js names no author.
DEMO_LIKES: tuple[tuple[str, str], ...] = (
    ("2026-03-01 09:14:00", "We're hiring a data scientist in Oslo. Remote within the EU is fine."),
    ("2026-01-22 12:00:00", "New episode next month with @asalindqvist on data catalogs 🎙️"),
    ("2026-01-15 12:30:00", "Pairing with @asalindqvist today. Mornings for me, evenings for her."),
    ("2025-11-13 20:20:00", "120 people at DuckDB Stockholm. Thank you, speakers!"),
    ("2025-11-02 08:00:00", "Slides & recording of my idempotent backfills talk are up."),
    ("2025-10-01 03:12:00", "Watermarks, explained with bánh mì orders. A thread 🧵"),
    ("2025-09-10 14:00:00", "DuckDB 1.4 in our notebooks, out today."),
    ("2025-06-30 16:40:00",
     "Window functions are just GROUP BY that remembers where it came from."),
    ("2025-05-02 10:10:00", "Forecasting pharmacy stock with 40 lines of SQL. Yes, really."),
    ("2025-04-03 17:55:00", "The duck is a lifestyle 🦆"),
    ("2025-02-20 18:00:00", "SCD type 2 in one picture."),
    ("2024-12-11 09:00:00", "Our team is growing in Tel Aviv & Kyiv."),
    ("2024-10-04 22:00:00", "Late events are just early events that took the scenic route."),
    ("2024-07-03 19:30:00", "Built a pipeline today. Could have been a spreadsheet."),
    ("2024-06-12 08:00:00", "We're hiring two data engineers in Paris & Berlin."),
    ("2023-08-24 10:50:00", "Friendly reminder that your on-call rotation is a product."),
)
# fmt: on


def _demo_accounts() -> dict[str, Person]:
    return {p.handle.lower(): p for p in (OWNER, *CAST) if p.handle}


def _demo_tweet_id(index: int, created_ms: int) -> int:
    return snowflake(created_ms, mix64(0xDE30, index))


def _demo_favorites(index: int, kind: str, created_ms: int, generated_ms: int) -> int:
    """Likes as counted at export time: half of those still to come arrive every 12 hours, so
    the later export shows more likes on recent tweets. Integer arithmetic keeps the demo
    byte-identical on every platform."""
    if kind == "rt":
        return 0
    base = mix64(0xFA7, index) % (8 if kind in ("reply", "thread") else 40)
    half_days = max(0, generated_ms - created_ms) // 43_200_000
    return base - (base >> min(half_days, 63))


@dataclass
class _DemoTweetOut:
    index: int
    created_ms: int
    tweet_id: int
    record: dict
    deleted_ms: int | None = None
    note: dict | None = None


def _demo_tweets(generated_ms: int) -> list[_DemoTweetOut]:
    """Åsa's tweets as the export at `generated_ms` holds them, oldest first."""
    owner_id = OWNER.twitter_id or ""
    accounts = _demo_accounts()
    out: list[_DemoTweetOut] = []
    previous_id = 0
    for index, spec in enumerate(DEMO_TWEETS):
        created = parse_utc(spec.when) + mix64(0x3C, index) % 1000
        tweet_id = _demo_tweet_id(index, created)
        rng = rng_for(0xDE30, index)
        common: dict[str, Any] = {
            "created_ms": created,
            "accounts": accounts,
            "rng": rng,
            "source": SOURCES[mix64(0x50, index) % 3],
            "lang": spec.lang,
            "favorite_count": _demo_favorites(index, spec.kind, created, generated_ms),
            "retweet_count": _demo_favorites(index, spec.kind, created, generated_ms) // 4,
        }
        other = person(spec.who) if spec.who else None
        if created > generated_ms:
            break
        if spec.kind == "deleted":
            assert spec.deleted_at is not None
            deleted = parse_utc(spec.deleted_at)
            if deleted <= generated_ms:
                # X keeps a deleted tweet in the export for 14 days, then it is gone.
                if generated_ms - deleted <= 14 * _MS_PER_DAY:
                    record = tweet_record(
                        tweet_id=tweet_id, text=spec.text, deleted_ms=deleted, **common
                    )
                    out.append(_DemoTweetOut(index, created, tweet_id, record, deleted_ms=deleted))
                previous_id = tweet_id
                continue
            spec = DemoTweet(spec.when, "post", spec.text, lang=spec.lang)
        if spec.kind in ("post", "deleted"):
            record = tweet_record(tweet_id=tweet_id, text=spec.text, **common)
        elif spec.kind == "thread":
            target = ReplyTarget(owner_id, OWNER.handle or "", previous_id)
            record = tweet_record(tweet_id=tweet_id, text=spec.text, reply_to=target, **common)
        elif spec.kind == "reply":
            assert other is not None
            # The tweet answered was posted a little earlier.
            their_ms = created - 600_000 - mix64(0x12, index) % (6 * 3_600_000)
            target = ReplyTarget(
                other.twitter_id or "", other.handle or "", snowflake(their_ms, mix64(0x13, index))
            )
            record = tweet_record(
                tweet_id=tweet_id, text=f"@{other.handle} {spec.text}", reply_to=target, **common
            )
        elif spec.kind == "rt":
            assert other is not None
            common["favorite_count"] = common["retweet_count"] = 0
            record = tweet_record(
                tweet_id=tweet_id, text=retweet_text(other.handle or "", spec.text), **common
            )
        elif spec.kind == "quote":
            assert other is not None
            their_ms = created - 3_600_000 - mix64(0x14, index) % (2 * _MS_PER_DAY)
            url = status_url(other.handle or "", snowflake(their_ms, mix64(0x15, index)), created)
            record = tweet_record(tweet_id=tweet_id, text=f"{spec.text} {url}", **common)
        elif spec.kind == "edit":
            assert spec.edited is not None
            edited_ms = created + 320_000 + 417
            edited_id = snowflake(edited_ms, mix64(0xED, index))
            first, second = edited_pair_info(tweet_id, edited_id, created)
            record = tweet_record(tweet_id=tweet_id, text=spec.text, edit_info=first, **common)
            out.append(_DemoTweetOut(index, created, tweet_id, record))
            common["created_ms"] = edited_ms
            common["favorite_count"] = _demo_favorites(
                index + 1000, "post", edited_ms, generated_ms
            )
            record = tweet_record(tweet_id=edited_id, text=spec.edited, edit_info=second, **common)
            out.append(_DemoTweetOut(index, edited_ms, edited_id, record))
            previous_id = edited_id
            continue
        elif spec.kind == "note":
            link = f"https://twitter.com/i/web/status/{tweet_id}"
            record = tweet_record(tweet_id=tweet_id, text=note_preview(spec.text, link), **common)
            note_id = snowflake(created - 80, mix64(0x70, index))
            out.append(
                _DemoTweetOut(
                    index,
                    created,
                    tweet_id,
                    record,
                    note=note_tweet_record(note_id, created, spec.text),
                )
            )
            previous_id = tweet_id
            continue
        else:
            raise ValueError(f"unknown demo tweet kind {spec.kind}")
        out.append(_DemoTweetOut(index, created, tweet_id, record))
        previous_id = tweet_id
    return out


def _demo_write_order(tweets: list[_DemoTweetOut]) -> list[_DemoTweetOut]:
    """Newest first in blocks of eight, with the oldest block moved up to second place and two
    neighbours swapped: X's files are not in date order, and neither are its parts."""
    newest_first = sorted(tweets, key=lambda t: t.created_ms, reverse=True)
    blocks = [newest_first[i : i + 8] for i in range(0, len(newest_first), 8)]
    if len(blocks) > 2:
        blocks.insert(1, blocks.pop())
    ordered = [tweet for block in blocks for tweet in block]
    if len(ordered) > 5:
        ordered[4], ordered[5] = ordered[5], ordered[4]
    return ordered


def _ids_for(keys: Iterable[str]) -> list[str]:
    """Account ids for cast keys; bare ids (accounts outside the cast) pass through."""
    return [key if key.isdigit() else person(key).twitter_id or "" for key in keys]


def _demo_conversations(generated_ms: int) -> list[dict]:
    owner_id = OWNER.twitter_id or ""
    conversations: list[tuple[int, dict]] = []
    for number, (key, messages) in enumerate(DEMO_DMS):
        other_id = person(key).twitter_id or ""
        events = []
        for position, (when, sender, text) in enumerate(messages):
            created = parse_utc(when) + mix64(0xD0, number, position) % 1000
            if created > generated_ms:
                continue
            from_me = sender == "me"
            message_id = snowflake(created, mix64(0xD1, number, position))
            reactions = []
            if key == "mei" and position == 2:
                reactions.append(
                    reaction(other_id, "like", message_id + 4_194_304 * 7_000, created + 7_000)
                )
            events.append(
                dm_message(
                    message_id=message_id,
                    sender_id=owner_id if from_me else other_id,
                    recipient_id=other_id if from_me else owner_id,
                    created_ms=created,
                    text=text,
                    rng=rng_for(0xD2, number, position),
                    reactions=reactions,
                )
            )
        if events:
            events.reverse()
            newest = snowflake_ms(int(events[0]["messageCreate"]["id"]))
            conversations.append((newest, conversation(one_to_one_id(owner_id, other_id), events)))
    conversations.sort(key=lambda item: item[0], reverse=True)
    return [record for _, record in conversations]


def _demo_group(generated_ms: int) -> list[dict]:
    owner_id = OWNER.twitter_id or ""
    created = parse_utc(DEMO_GROUP_CREATED)
    if created > generated_ms:
        return []
    creator = person(DEMO_GROUP_MEMBERS[0]).twitter_id or ""
    members = [owner_id, *_ids_for(DEMO_GROUP_MEMBERS)]
    timed: list[tuple[int, dict]] = [
        (
            created,
            {
                "joinConversation": {
                    "initiatingUserId": creator,
                    "participantsSnapshot": members,
                    "createdAt": iso_ms(created + 211),
                }
            },
        ),
        (
            created + 20_000,
            {
                "conversationNameUpdate": {
                    "initiatingUserId": creator,
                    "name": DEMO_GROUP_NAME,
                    "createdAt": iso_ms(created + 20_377),
                }
            },
        ),
    ]
    for position, (when, sender, text) in enumerate(DEMO_GROUP_MESSAGES):
        moment = parse_utc(when) + mix64(0xD5, position) % 1000
        sender_id = owner_id if sender == "me" else person(sender).twitter_id or ""
        timed.append(
            (
                moment,
                dm_message(
                    message_id=snowflake(moment, mix64(0xD6, position)),
                    sender_id=sender_id,
                    recipient_id=None,
                    created_ms=moment,
                    text=text,
                    rng=rng_for(0xD7, position),
                ),
            )
        )
    left = parse_utc(DEMO_GROUP_LEAVE[0])
    timed.append(
        (
            left,
            {
                "participantsLeave": {
                    "userIds": _ids_for([DEMO_GROUP_LEAVE[1]]),
                    "createdAt": iso_ms(left + 530),
                }
            },
        )
    )
    events = [
        event
        for moment, event in sorted(timed, key=lambda item: item[0], reverse=True)
        if moment <= generated_ms
    ]
    return [conversation(str(snowflake(created, mix64(0xD8))), events)]


def _demo_likes(generated_ms: int) -> list[dict]:
    likes = []
    for number, (when, text) in enumerate(DEMO_LIKES):
        created = parse_utc(when)
        if created > generated_ms:
            continue
        liked_id = snowflake(created + mix64(0x1C, number) % 1000, mix64(0x1D, number))
        full_text, _ = compose(text, _demo_accounts(), rng_for(0x1E, number))
        likes.append(like_record(liked_id, full_text))
    return likes


def write_demo_twitter_archive(
    parent: Path, generated_ms: int, *, max_part_bytes: int = X_PART_BYTES
) -> Path:
    """One of Åsa's exports: everything in the story up to `generated_ms`."""
    export = DEMO_EXPORTS_MS.index(generated_ms) if generated_ms in DEMO_EXPORTS_MS else 1
    owner_id = OWNER.twitter_id or ""
    archive = TwitterArchiveWriter(
        parent, owner=OWNER, generated_ms=generated_ms, as_zip=False, max_part_bytes=max_part_bytes
    )
    archive.write("account", "account", [account_record(OWNER, parse_utc("2013-04-11 19:02:33"))])
    archive.write(
        "profile",
        "profile",
        [
            profile_record(
                "Data engineer @ Kvarn Data. Boring pipelines, DuckDB, fika. She/her. 🇸🇪🇨🇴",
                "https://t.co/Xq3LmN0pAs",
                "Malmö, Sverige",
                owner_id,
            )
        ],
    )
    tweets = _demo_tweets(generated_ms)
    live = [t for t in tweets if t.deleted_ms is None]
    order = _demo_write_order(live)
    archive.data_file("tweets", "tweets", split=True).extend(t.record for t in order).close()
    archive.data_file("tweetHeaders", "tweet-headers", split=True).extend(
        tweet_header(t.tweet_id, owner_id, t.created_ms) for t in order
    ).close()
    archive.write("noteTweet", "note-tweet", [t.note for t in reversed(live) if t.note])
    deleted = [t for t in tweets if t.deleted_ms is not None]
    archive.write("deletedTweets", "deleted-tweets", [t.record for t in deleted])
    archive.write(
        "deletedTweetHeaders",
        "deleted-tweet-headers",
        [
            deleted_tweet_header(t.tweet_id, owner_id, t.created_ms, t.deleted_ms or 0)
            for t in deleted
        ],
    )
    archive.write("like", "like", _demo_likes(generated_ms))
    archive.write(
        "follower",
        "follower",
        [relation_record("follower", i) for i in _ids_for(DEMO_FOLLOWERS[export])],
    )
    archive.write(
        "following",
        "following",
        [relation_record("following", i) for i in _ids_for(DEMO_FOLLOWING[export])],
    )
    archive.write("block", "block", [relation_record("blocking", i) for i in _ids_for(_BLOCKED)])
    archive.write("mute", "mute", [relation_record("muting", i) for i in _ids_for(_MUTED)])
    archive.write(
        "screenNameChange",
        "screen-name-change",
        [
            screen_name_change_record(
                owner_id, parse_utc("2019-06-03 07:41:02"), OWNER_FORMER_HANDLE, OWNER.handle or ""
            )
        ],
    )
    one_to_one = _demo_conversations(generated_ms)
    group = _demo_group(generated_ms)
    archive.write("directMessages", "direct-messages", one_to_one)
    archive.write(
        "directMessageHeaders",
        "direct-message-headers",
        [header_conversation(c) for c in one_to_one],
    )
    archive.write("directMessagesGroup", "direct-messages-group", group)
    archive.write(
        "directMessageGroupHeaders",
        "direct-message-group-headers",
        [header_conversation(c) for c in group],
    )
    return archive.finish()


def write_demo_twitter(parent: Path) -> list[Path]:
    """Both of Åsa's exports, four months apart; the later one splits its tweets in two parts."""
    return [
        write_demo_twitter_archive(parent, DEMO_EXPORTS_MS[0]),
        write_demo_twitter_archive(parent, DEMO_EXPORTS_MS[1], max_part_bytes=DEMO_PART_BYTES),
    ]
