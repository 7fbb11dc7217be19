"""Hostile and broken inputs, built in code: what people get by e-mail, half-finished downloads,
archives re-saved by a spreadsheet, and the occasional malicious zip.

Each `Case` writes one input into a folder and says what the user must be told about it. The
zips that `zipfile` refuses to write (links, devices, encrypted or overlapping entries, a bomb)
are laid out byte by byte with `handmade_zip`.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import resource
import signal
import stat
import struct
import subprocess
import tempfile
import time
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from tests.conftest import REPO
from tests.twitter_builders import js, tweet, write_g3

# A name no real file has, so an entry that escaped the archive would be found by name.
ESCAPE_MARK = "recip-escape-3f9c1d"

# --- good archives ---------------------------------------------------------------------------

LINKEDIN_OWNER = "linkedin:hostile-owner"

CONNECTIONS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ada,Byron,https://www.linkedin.com/in/ada-byron,,Analytical,Engineer,05 Jan 2024\n"
    "Ben,Ng,https://www.linkedin.com/in/ben-ng,,,,04 Jan 2024\n"
    "Cleo,Dia,https://www.linkedin.com/in/cleo-dia,,,,03 Jan 2024\n"
)
INVITATIONS = (
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    'Hostile Owner,Ada Byron,"12/30/23, 9:15 AM",,OUTGOING,'
    "https://www.linkedin.com/in/hostile-owner,https://www.linkedin.com/in/ada-byron\n"
)
ENDORSEMENTS_RECEIVED = (
    "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,"
    "Endorsement Status\n"
    "2024/01/12 10:00:00 UTC,Python,Ada,Byron,www.linkedin.com/in/ada-byron,ACCEPTED\n"
    "2024/01/20 12:00:00 UTC,SQL,Ben,Ng,www.linkedin.com/in/ben-ng,ACCEPTED\n"
)
MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
    "SUBJECT,CONTENT,FOLDER\n"
)
MESSAGES = MESSAGES_HEADER + (
    "c1,,Ada Byron,https://www.linkedin.com/in/ada-byron,Hostile Owner,"
    "https://www.linkedin.com/in/hostile-owner,2024-01-06 08:00:00 UTC,,Thanks!,INBOX\n"
)
LINKEDIN_FILES: dict[str, str] = {
    "Connections.csv": CONNECTIONS,
    "Invitations.csv": INVITATIONS,
    "Endorsement_Received_Info.csv": ENDORSEMENTS_RECEIVED,
    "messages.csv": MESSAGES,
}

TWITTER_OWNER = ("7001", "hostileowner")


def linkedin_zip(path: Path, files: dict[str, str | bytes] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in (files if files is not None else LINKEDIN_FILES).items():
            archive.writestr(name, content)
    return path


def linkedin_folder(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True)
    for name, content in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return folder


def twitter_folder(folder: Path, tweets: list[dict] | None = None) -> Path:
    """A small, sound G3 archive: the owner, two tweets, one follower and one followee."""
    when = datetime(2024, 3, 1, 12, 0)
    return write_g3(
        folder,
        owner=TWITTER_OWNER,
        generated="2024-03-02T00:00:00.000Z",
        tweets=tweets
        if tweets is not None
        else [
            tweet("9001", when, "hello @friend", mentions=[("7002", "friend")]),
            tweet("9002", when, "second"),
        ],
        followers=["7002"],
        following=["7002"],
    )


def zip_folder(folder: Path, path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(folder).as_posix())
    return path


def twitter_zip_with(path: Path, replaced: dict[str, bytes]) -> Path:
    """The sound Twitter archive as a zip, with some members' bytes replaced."""
    folder = twitter_folder(path.with_suffix(".src"))
    for name, content in replaced.items():
        (folder / name).write_bytes(content)
    return zip_folder(folder, path)


# --- zips laid out by hand ---------------------------------------------------------------------


@dataclass
class RawEntry:
    """One entry as the central directory states it; `data` is written as its stored bytes."""

    name: str
    data: bytes = b""
    method: int = zipfile.ZIP_STORED
    declared_size: int | None = None  # uncompressed size to state; default len(data)
    crc: int | None = None  # default: the CRC of `data`
    flags: int = 0
    mode: int = stat.S_IFREG | 0o644
    offset_of: str | None = None  # point at another entry's local header instead of our own


def handmade_zip(path: Path, entries: list[RawEntry]) -> Path:
    """A zip whose headers say exactly what the entries say, true or not."""
    out = io.BytesIO()
    offsets: dict[str, int] = {}
    for entry in entries:
        if entry.offset_of is not None:
            continue
        name = entry.name.encode("utf-8")
        offsets[entry.name] = out.tell()
        out.write(
            struct.pack(
                zipfile.structFileHeader,
                zipfile.stringFileHeader,
                20,
                0,
                entry.flags | 0x800,
                entry.method,
                0,
                0x21,
                _crc(entry),
                len(entry.data),
                _size(entry),
                len(name),
                0,
            )
        )
        out.write(name)
        out.write(entry.data)
    directory_start = out.tell()
    for entry in entries:
        name = entry.name.encode("utf-8")
        out.write(
            struct.pack(
                zipfile.structCentralDir,
                zipfile.stringCentralDir,
                20,
                3,  # made on Unix: the high half of external_attr is the file mode
                20,
                0,
                entry.flags | 0x800,
                entry.method,
                0,
                0x21,
                _crc(entry),
                len(entry.data),
                _size(entry),
                len(name),
                0,
                0,
                0,
                0,
                entry.mode << 16,
                offsets[entry.offset_of or entry.name],
            )
        )
        out.write(name)
    directory_size = out.tell() - directory_start
    out.write(
        struct.pack(
            zipfile.structEndArchive,
            zipfile.stringEndArchive,
            0,
            0,
            len(entries),
            len(entries),
            directory_size,
            directory_start,
            0,
        )
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())
    return path


def _crc(entry: RawEntry) -> int:
    return entry.crc if entry.crc is not None else zlib.crc32(entry.data)


def _size(entry: RawEntry) -> int:
    return entry.declared_size if entry.declared_size is not None else len(entry.data)


ZEROS_BLOCK = 1 << 20


def deflated_zeros(megabytes: int) -> bytes:
    """A raw deflate stream of `megabytes` MiB of zeros, about 1,000 times smaller.

    A full flush ends each block on a byte boundary with an empty history, so the block for one
    MiB is the same bytes every time and the stream is that block repeated: gigabytes of
    inflated data are built without ever being held or even computed.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(ZEROS_BLOCK)) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(bytes(ZEROS_BLOCK)) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert block == again
    return block * megabytes + compressor.flush(zlib.Z_FINISH)


def bomb_zip(path: Path, megabytes: int = 4000, declared: int | None = None) -> Path:
    """A LinkedIn-looking export whose messages.csv inflates to `megabytes` MiB of zeros.

    Its CRC is left at 0: a guard that reached the end to check it would already have failed.
    """
    entries = [RawEntry(name, content.encode()) for name, content in LINKEDIN_FILES.items()]
    entries[-1] = RawEntry(
        "messages.csv",
        deflated_zeros(megabytes),
        method=zipfile.ZIP_DEFLATED,
        declared_size=declared if declared is not None else megabytes * ZEROS_BLOCK,
        crc=0,
    )
    return handmade_zip(path, entries)


# --- the corpus --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One hostile input and the fragments the sentence about it must contain."""

    name: str
    build: Callable[[Path], Path]  # writes the input under the given folder; returns its path
    says: tuple[str, ...]
    # Other places the input would have written to, had an entry escaped (absolute paths, or
    # paths relative to the folder the input sits in).
    escapes: tuple[str, ...] = field(default=())


def _text(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _truncated_zip(folder: Path) -> Path:
    whole = linkedin_zip(folder / "whole.zip").read_bytes()
    (folder / "whole.zip").unlink()
    return _text(folder / "Basic_LinkedInDataExport_01-01-2024.zip", whole[: len(whole) * 6 // 10])


def _bad_crc(folder: Path) -> Path:
    entries = [RawEntry(name, content.encode()) for name, content in LINKEDIN_FILES.items()]
    first = entries[0]
    entries[0] = RawEntry(first.name, first.data.replace(b"Analytical", b"Analytic4l"),
                          crc=zlib.crc32(first.data))  # fmt: skip
    return handmade_zip(folder / "bad-crc.zip", entries)


def _corrupt_deflate(folder: Path) -> Path:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    text = (CONNECTIONS * 50).encode()
    stream = bytearray(compressor.compress(text) + compressor.flush())
    for position in range(20, len(stream) - 20, 7):
        stream[position] ^= 0x5A
    entries = [RawEntry(name, content.encode()) for name, content in LINKEDIN_FILES.items()]
    entries[0] = RawEntry(
        "Connections.csv",
        bytes(stream),
        method=zipfile.ZIP_DEFLATED,
        declared_size=len(text),
        crc=zlib.crc32(text),
    )
    return handmade_zip(folder / "corrupt-deflate.zip", entries)


def _with_entry(file_name: str, entry: RawEntry) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        entries = [RawEntry(name, content.encode()) for name, content in LINKEDIN_FILES.items()]
        return handmade_zip(folder / file_name, [*entries, entry])

    return build


def _bzip2(folder: Path) -> Path:
    path = folder / "bzip2.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as archive:
        for name, content in LINKEDIN_FILES.items():
            archive.writestr(name, content)
    return path


def _duplicates(folder: Path) -> Path:
    path = linkedin_zip(folder / "duplicates.zip")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it is asked to add
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("Connections.csv", CONNECTIONS.replace("Ada", "Eve"))
    return path


def _overlapping(folder: Path) -> Path:
    """The overlapping-entry bomb: a thousand names, one shared stream of compressed bytes."""
    shared = RawEntry(
        "messages.csv",
        deflated_zeros(8),
        method=zipfile.ZIP_DEFLATED,
        declared_size=8 * ZEROS_BLOCK,
        crc=0,
    )
    aliases = [
        RawEntry(f"messages_{n}.csv", shared.data, method=zipfile.ZIP_DEFLATED,
                 declared_size=8 * ZEROS_BLOCK, crc=0, offset_of="messages.csv")
        for n in range(1, 1000)
    ]  # fmt: skip
    return handmade_zip(folder / "overlapping.zip", [shared, *aliases])


def _nested(depth: int, name: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        inner = linkedin_zip(folder / "Complete_LinkedInDataExport_02-01-2024.zip")
        for level in range(depth):
            outer = folder / f"wrapper-{level}.zip"
            with zipfile.ZipFile(outer, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.write(inner, inner.name)
            inner.unlink()
            inner = outer
        return inner.rename(folder / name)

    return build


def _two_archives(folder: Path) -> Path:
    first = linkedin_zip(folder / "first.zip")
    second = linkedin_zip(folder / "second.zip")
    path = folder / "two-exports.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(first, first.name)
        archive.write(second, second.name)
    return path


def _instagram(folder: Path) -> Path:
    files = {
        "connections/followers_and_following/followers_1.json": '[{"string_list_data": []}]',
        "your_instagram_activity/messages/inbox/ada_1/message_1.json": '{"messages": []}',
        "personal_information/personal_information.json": '{"profile_user": []}',
    }
    path = folder / "instagram-hostileowner-2024-03-01.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def _mixed(folder: Path) -> Path:
    path = folder / "mixed.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", CONNECTIONS)
        archive.writestr("data/follower.js", js("follower", [{"follower": {"accountId": "1"}}]))
    return path


def _tweets(body: bytes, file_name: str) -> Callable[[Path], Path]:
    return lambda folder: twitter_zip_with(folder / file_name, {"data/tweets.js": body})


_GOOD_TWEETS = js("tweets", [{"tweet": tweet("9001", datetime(2024, 3, 1), "hello")}]).encode()


def _manifest_missing_part(folder: Path) -> Path:
    source = twitter_folder(folder / "split.src")
    manifest_path = source / "data" / "manifest.js"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8").split("=", 1)[1])
    manifest["dataTypes"]["tweets"]["files"] = [
        {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1", "count": "1"},
        {"fileName": "data/tweets-part2.js", "globalName": "YTD.tweets.part2", "count": "1"},
    ]
    manifest_path.write_text("window.__THAR_CONFIG = " + json.dumps(manifest), encoding="utf-8")
    (source / "data" / "tweets.js").rename(source / "data" / "tweets-part1.js")
    return zip_folder(source, folder / "twitter-2024-03-02-split.zip")


def _cp1252_connections(folder: Path) -> Path:
    text = CONNECTIONS.replace("Ben,Ng", "Björn,Müller")
    return linkedin_zip(
        folder / "spreadsheet-resaved.zip",
        {**LINKEDIN_FILES, "Connections.csv": text.encode("cp1252")},
    )


def _grailbird_unclosed_quote(folder: Path) -> Path:
    csv_text = (
        '"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text"\n'
        '"1","","","2014-01-01 10:00:00 +0000","web","fine"\n'
        '"2","","","2014-01-02 10:00:00 +0000","web","never closed\n'
        '"3","","","2014-01-03 10:00:00 +0000","web","swallowed, once"\n'
    )
    user_details = 'var user_details =  {"id": "7001", "screen_name": "hostileowner"}'
    path = folder / "tweets-grailbird.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tweets.csv", csv_text)
        archive.writestr("data/js/user_details.js", user_details)
    return path


def _folder_with_link(folder: Path) -> Path:
    export = linkedin_folder(folder / "export-with-link", LINKEDIN_FILES)
    (export / "Connections.csv").unlink()
    (export / "Connections.csv").symlink_to("/etc/passwd")
    return export


def _folder_with_pipe(folder: Path) -> Path:
    export = linkedin_folder(folder / "export-with-pipe", LINKEDIN_FILES)
    os.mkfifo(export / "Skills.csv")
    return export


def _pipe(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(folder / "download.zip")
    return folder / "download.zip"


def _sparse_line(folder: Path) -> Path:
    """A folder whose Connections.csv is 96 MiB of NUL bytes and no line end (sparse on disk)."""
    export = linkedin_folder(folder / "zero-filled", {"Invitations.csv": INVITATIONS})
    with open(export / "Connections.csv", "wb") as handle:
        handle.truncate(96 * 1024**2)
    return export


_TRUNCATED_TWEETS = _GOOD_TWEETS[: len(_GOOD_TWEETS) // 2]

CASES: tuple[Case, ...] = (
    Case("not a zip", lambda f: _text(f / "invoice.zip", "Dear client, please find attached."),
         ("invoice.zip: not a readable zip file: it does not start like one",
          "check that this is the export you downloaded")),
    Case("empty file", lambda f: _text(f / "export.zip", b""),
         ("export.zip: not a readable zip file: it is empty (0 bytes), so the download did "
          "not finish",)),
    Case("truncated download", _truncated_zip,
         ("Basic_LinkedInDataExport_01-01-2024.zip: not a readable zip file: it is damaged or "
          "cut short",
          "as when a download stops early; download it again")),
    Case("empty zip", lambda f: handmade_zip(f / "empty.zip", []),
         ("empty.zip: holds no files at all",)),
    Case("bad CRC", _bad_crc,
         ("bad-crc.zip: 'Connections.csv' is damaged: its checksum does not match its content",
          "download the archive again")),
    Case("corrupt deflate data", _corrupt_deflate,
         ("corrupt-deflate.zip: 'Connections.csv' is damaged",)),
    Case("zip slip", _with_entry("zip-slip.zip", RawEntry(f"../../{ESCAPE_MARK}.csv", b"x")),
         (f"the entry '../../{ESCAPE_MARK}.csv' points outside the archive",),
         (f"../../{ESCAPE_MARK}.csv", f"../{ESCAPE_MARK}.csv")),
    Case("absolute path",
         _with_entry("absolute.zip", RawEntry(f"/tmp/{ESCAPE_MARK}/Connections.csv", b"x")),
         (f"the entry '/tmp/{ESCAPE_MARK}/Connections.csv' points outside the archive",),
         (f"/tmp/{ESCAPE_MARK}",)),
    Case("drive letter",
         _with_entry("drive.zip", RawEntry(f"C:\\{ESCAPE_MARK}\\Connections.csv", b"x")),
         (f"the entry 'C:\\{ESCAPE_MARK}\\Connections.csv' points outside the archive",),
         (f"C:\\{ESCAPE_MARK}\\Connections.csv", f"C:/{ESCAPE_MARK}")),
    Case("symbolic link",
         _with_entry("link.zip", RawEntry("Skills.csv", b"/etc/passwd",
                                          mode=stat.S_IFLNK | 0o777)),
         ("link.zip: the entry 'Skills.csv' is a link or device",)),
    Case("device entry",
         _with_entry("device.zip", RawEntry("Skills.csv", b"", mode=stat.S_IFCHR | 0o600)),
         ("device.zip: the entry 'Skills.csv' is a link or device",)),
    Case("encrypted entry",
         _with_entry("encrypted.zip", RawEntry("Skills.csv", bytes(range(40)), flags=0x1)),
         ("encrypted.zip: the entry 'Skills.csv' is encrypted", "without a password")),
    Case("bzip2 entries", _bzip2,
         ("bzip2.zip: the entry 'Connections.csv' is compressed with bzip2",
          "import the folder instead")),
    Case("duplicate entries", _duplicates,
         ("duplicates.zip: holds two entries named 'Connections.csv'",)),
    Case("overlapping entries", _overlapping,
         ("overlapping.zip: the entries 'messages.csv' and 'messages_1.csv' share compressed "
          "bytes", "decompression bombs")),
    Case("decompression bomb", lambda f: bomb_zip(f / "bomb.zip"),
         ("bomb.zip: 'messages.csv' would expand", "to 4,194,304,000 bytes",
          "it is a decompression bomb")),
    Case("bomb declaring a small size", lambda f: bomb_zip(f / "liar.zip", 64, 1_000_000),
         ("liar.zip: 'messages.csv' is damaged: its checksum does not match",)),
    Case("zip in a zip in a zip", _nested(2, "russian-doll.zip"),
         ("russian-doll.zip > wrapper-0.zip: holds yet another zip",
          "unpack the outer layers")),
    Case("two archives in one zip", _two_archives,
         ("two-exports.zip: holds 2 archives (first.zip, second.zip)",
          "import each of them on its own")),
    Case("another service's export", _instagram,
         ("instagram-hostileowner-2024-03-01.zip: this is not a LinkedIn or Twitter/X export",
          "none of its 3 files")),
    Case("half LinkedIn, half Twitter", _mixed,
         ("mixed.zip: holds LinkedIn and Twitter/X files in equal measure",)),
    Case("truncated JSON part", _tweets(_TRUNCATED_TWEETS, "truncated-json.zip"),
         ("truncated-json.zip: data/tweets.js: the JSON ends early",
          "(the file is truncated)")),
    Case("invalid JSON", _tweets(_GOOD_TWEETS.replace(b'"id_str"', b"id_str", 1),
                                 "invalid-json.zip"),
         ("invalid-json.zip: data/tweets.js: the JSON is invalid",)),
    Case("JSON without window.YTD", _tweets(_GOOD_TWEETS.split(b"=", 1)[1], "bare-json.zip"),
         ("bare-json.zip: data/tweets.js: the file does not start with a JavaScript assignment",
          "import the archive X sent you, unchanged")),
    Case("UTF-16 part file", _tweets(_GOOD_TWEETS.decode().encode("utf-16"), "utf16.zip"),
         ("utf16.zip: data/tweets.js: the file is UTF-16, not UTF-8",)),
    Case("invalid UTF-8 part file", _tweets(_GOOD_TWEETS.replace(b"hello", b"h\xe9llo\xff"),
                                            "latin1.zip"),
         ("latin1.zip: data/tweets.js: the file is not UTF-8 text (bytes that UTF-8 does not "
          "allow between bytes",)),
    Case("NUL bytes in JSON", _tweets(_GOOD_TWEETS.replace(b"hello", b"he\x00\x00llo"),
                                      "nul-json.zip"),
         ("nul-json.zip: data/tweets.js: the file holds NUL bytes", "so it is damaged")),
    Case("JSON nested a million deep",
         _tweets(b"window.YTD.tweets.part0 = [" + b"[" * 1_000_000 + b"]" * 1_000_000 + b"]",
                 "deep.zip"),
         ("deep.zip: data/tweets.js: the JSON nests more than 256 levels deep",)),
    Case("manifest lists a missing part", _manifest_missing_part,
         ("twitter-2024-03-02-split.zip: data/tweets-part2.js: listed in data/manifest.js as "
          "part of 'tweets' but missing from the archive",)),
    Case("CSV re-saved as Windows-1252", _cp1252_connections,
         ("spreadsheet-resaved.zip: 'Connections.csv' is not valid UTF-8 text",
          "save the file as UTF-8")),
    Case("Grailbird CSV with an unclosed quote", _grailbird_unclosed_quote,
         ("tweets-grailbird.zip: tweets.csv: the CSV cannot be read",)),
    Case("folder holding a link", _folder_with_link,
         ("export-with-link: 'Connections.csv' is a link",)),
    Case("folder holding a pipe", _folder_with_pipe,
         ("export-with-pipe: 'Skills.csv' is not a regular file",)),
    Case("a pipe instead of a file", _pipe,
         ("download.zip: not a file or folder (a pipe, socket or device)",)),
    Case("a path that does not exist", lambda f: f / "never-downloaded.zip",
         ("never-downloaded.zip: no such file or folder",)),
    Case("one endless line of zeros", _sparse_line,
         ("zero-filled: 'Connections.csv' has a line longer than 67,108,864 characters at "
          "line 1",)),
)  # fmt: skip


# --- inputs that load, their bad rows set aside -----------------------------------------------


@dataclass(frozen=True)
class Salvage:
    """An input whose sound rows load and whose bad rows land in meta.rejects."""

    name: str
    build: Callable[[Path], Path]
    rejects: tuple[tuple[str, str, str], ...]  # (member, locator, reason)


LONG_MESSAGE = "Dear Ada, " + "x" * (100_000 - len("Dear Ada, "))


def _linkedin_variant(file_name: str, **replaced: str | bytes) -> Callable[[Path], Path]:
    files = dict(LINKEDIN_FILES)
    for key, content in replaced.items():
        files[key.replace("__", ".")] = content
    return lambda folder: linkedin_zip(folder / file_name, files)


SALVAGES: tuple[Salvage, ...] = (
    Salvage(
        "unclosed quote in the last row",
        _linkedin_variant(
            "unclosed-quote.zip",
            Connections__csv=CONNECTIONS
            + 'Dora,"Unclosed,https://www.linkedin.com/in/dora,,,,02 Jan 2024\n',
        ),
        (("Connections.csv", "5", "unreadable CSV record (a quoted field is never closed, so the "
                                  "file ends inside it)"),),
    ),
    Salvage(
        "NUL bytes in a row",
        _linkedin_variant(
            "nul-row.zip",
            Endorsement_Received_Info__csv=ENDORSEMENTS_RECEIVED
            + "2024/02/01 10:00:00 UTC,Go\x00\x00,Cleo,Dia,www.linkedin.com/in/cleo-dia,ACCEPTED\n",
        ),
        (("Endorsement_Received_Info.csv", "4", "unreadable CSV record (the record holds NUL "
          "bytes, which no export writes (the file is damaged or is not text))"),),
    ),
    Salvage(
        "a row with too many fields",
        _linkedin_variant(
            "ragged.zip",
            Connections__csv=CONNECTIONS
            + "Dora,Lee,https://www.linkedin.com/in/dora,,,,02 Jan 2024,extra,more\n",
        ),
        (("Connections.csv", "5", "the row has 9 fields but the header has 7"),),
    ),
    Salvage(
        "a 100,000-character message",
        _linkedin_variant(
            "long-message.zip",
            messages__csv=MESSAGES + "c2,,Hostile Owner,https://www.linkedin.com/in/hostile-owner,"
            "Ada Byron,https://www.linkedin.com/in/ada-byron,2024-01-07 08:00:00 UTC,,"
            f'"{LONG_MESSAGE}",SENT\n',
        ),
        (),
    ),
    Salvage(
        "duplicated lines and a UTF-16 file",
        _linkedin_variant(
            "utf16-duplicates.zip",
            Connections__csv=codecs.BOM_UTF16_LE
            + (CONNECTIONS + CONNECTIONS.splitlines(keepends=True)[1])
            .replace(",", "\t")
            .encode("utf-16-le"),
        ),
        (),
    ),
    Salvage(
        "tweets that are not tweets",
        lambda folder: zip_folder(
            twitter_folder(
                folder / "odd-tweets.src",
                [tweet("9001", datetime(2024, 3, 1), "fine"), "not a tweet",  # type: ignore[list-item]
                 {"id_str": "9003", "created_at": "yesterday"}],
            ),
            folder / "twitter-2024-03-02-odd.zip",
        ),
        (("data/tweets.js", "1", "the tweet has no id_str"),
         ("data/tweets.js", "2", "created_at 'yesterday' cannot be read")),
    ),
    Salvage(
        "HTML nested thousands deep in a message",
        _linkedin_variant(
            "deep-html.zip",
            messages__csv=MESSAGES + "c3,,Ada Byron,https://www.linkedin.com/in/ada-byron,"
            "Hostile Owner,https://www.linkedin.com/in/hostile-owner,2024-01-08 08:00:00 UTC,,"
            f'"{"<div>" * 20_000}hello",INBOX\n',
        ),
        (("messages.csv", "3", "HTML nested too deeply to be read in column CONTENT"),),
    ),
    Salvage(
        "an export e-mailed inside a zip",
        _nested(1, "fwd-linkedin-export.zip"),
        (),
    ),
)  # fmt: skip


# --- running `recip` as a user would -----------------------------------------------------------

RECIP = REPO / ".venv" / "bin" / "recip"
# Folders of the repository that tools write to on their own (caches, the environment).
_TOOL_FOLDERS = frozenset(
    {".git", ".venv", "bench", "build", "__pycache__", ".pytest_cache", ".ruff_cache",
     ".hypothesis", "reciprocity.egg-info", "node_modules"}
)  # fmt: skip


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_rss_bytes: int  # the largest resident set of the process or any child it waited for


def recip_env(root: Path, prefect_home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user: a private HOME and TMPDIR under `root`, nothing preset."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("RECIP_", "PREFECT_", "GX_")) and name != "DO_NOT_TRACK"
    }
    for folder in ("home", "tmp", "cwd"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(root / "home"),
        TMPDIR=str(root / "tmp"),
        PREFECT_HOME=str(prefect_home),
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120",
        **extra,
    )
    return env


def run_recip(args: list[str], env: dict[str, str], timeout: float = 300.0) -> Run:
    """`recip ARGS` in its own session, run from `<root>/cwd`; its peak memory from wait4."""
    cwd = Path(env["HOME"]).parent / "cwd"
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [str(RECIP), *args], stdout=out, stderr=err, env=env, cwd=cwd, start_new_session=True
        )
        status, usage = wait_for(process, timeout)
        out.seek(0)
        err.seek(0)
        return Run(
            os.waitstatus_to_exitcode(status),
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            usage.ru_maxrss * 1024,
        )


def wait_for(process: subprocess.Popen, timeout: float) -> tuple[int, resource.struct_rusage]:
    """Reap the process with wait4 (for its own resource usage); kill its group on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return status, usage
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            os.wait4(process.pid, 0)
            process.returncode = -signal.SIGKILL
            raise TimeoutError(f"recip did not finish within {timeout:.0f} s")
        time.sleep(0.05)


def fingerprint(db: Path, ignoring: tuple[str, ...] = ("meta.imports",)) -> str:
    """A hash of every table in the warehouse but those `ignoring` names, to prove an import
    changed nothing (by default, but for its own line in meta.imports)."""
    digest = hashlib.sha256()
    with duckdb.connect(str(db), read_only=True) as con:
        tables = con.sql(
            "select table_schema || '.' || table_name from information_schema.tables "
            "where table_schema in ('meta', 'raw', 'staging', 'marts') order by all"
        ).fetchall()
        for (table,) in tables:
            if table in ignoring:
                continue
            digest.update(table.encode())
            for row in con.sql(f"select * from {table} order by all").fetchall():
                digest.update(repr(row).encode())
    return digest.hexdigest()


def files_under(root: Path, skip: frozenset[str] = frozenset()) -> set[str]:
    """Every file and folder below `root` (relative), leaving out folders named in `skip`."""
    found = set()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [name for name in dirnames if name not in skip]
        base = Path(dirpath).relative_to(root)
        found.update((base / name).as_posix() for name in dirnames + filenames)
    return found


def repository_files() -> set[str]:
    return files_under(REPO, _TOOL_FOLDERS)
