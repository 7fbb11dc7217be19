"""Reading the Twitter archive's JavaScript data files as streamed JSON.

Every data file is one assignment, `window.YTD.tweets.part0 = [ ... ]` (Grailbird:
`Grailbird.data.tweets_2019_01 = [...]`, `var user_details =  {...}`). The robust rule, the one
the mature readers use, is "everything after the first `=` is the JSON value, maybe followed by
`;`": the global name is never matched literally because it changed between generations.

Part files reach 100 MB, so the body is handed to ijson's C backend as a byte stream and the
array's elements come out one at a time; nothing here holds a whole file. Every way a file can be
unreadable becomes one `ArchiveError` sentence naming the member.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

import ijson

from transforms.archive import Archive
from transforms.result import ArchiveError

# The C backend parses several times faster than the pure-Python ones; fall back only if the
# wheel was built without yajl.
try:
    _IJSON = ijson.get_backend("yajl2_c")
except ImportError:  # pragma: no cover - depends on the installed wheel
    _IJSON = ijson

# The assignment header is a few dozen bytes; a file whose first `=` is further in is not one.
PREFIX_LIMIT = 64 * 1024
_SEARCH_CHUNK = 4096
_TAIL_JUNK = b" \t\r\n;"
_AGAIN = "export the archive again."


class JsBody:
    """A binary stream of the JSON after the first `=`, without a trailing `;`.

    It counts what it has handed on, so a parse error can say where in the file it happened.
    """

    def __init__(self, stream: IO[bytes], member: str):
        self.member = member
        self._stream = stream
        self._held = b""  # trailing whitespace/`;` not yet known to be the end of the file
        self.file_bytes = 0  # bytes read from the member so far, header included
        self.prefix_length, first = self._skip_prefix()
        self._pending = first
        self.delivered = 0  # body bytes handed to the parser so far
        self.last_chunk_start = 0

    def _skip_prefix(self) -> tuple[int, bytes]:
        seen = b""
        while True:
            chunk = self._stream.read(_SEARCH_CHUNK)
            if not chunk:
                break
            self.file_bytes += len(chunk)
            seen += chunk
            cut = seen.find(b"=")
            if cut >= 0:
                header = seen[:cut]
                if b"\x00" in header:
                    break
                if any(mark in header for mark in (b"[", b"{", b'"')):
                    break
                return cut + 1, seen[cut + 1 :]
            if len(seen) > PREFIX_LIMIT:
                break
        if seen[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in seen[:64]:
            raise ArchiveError(f"{self.member}: the file is UTF-16, not UTF-8; {_AGAIN}")
        raise ArchiveError(
            f"{self.member}: the file does not start with a JavaScript assignment "
            f"(`window.YTD.<name>.part0 = [...]`), so it is not an archive data file."
        )

    def first_significant_byte(self) -> bytes:
        """The first non-blank byte of the JSON body (b"" when the body is empty)."""
        while True:
            stripped = self._pending.lstrip()
            if stripped:
                self._pending = stripped
                return stripped[:1]
            more = self._stream.read(_SEARCH_CHUNK)
            self.file_bytes += len(more)
            if not more:
                self._pending = b""
                return b""
            self._pending = more

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""
        while True:
            if self._pending:
                data, self._pending = self._pending, b""
            else:
                data = self._stream.read(size if size > 0 else -1)
                self.file_bytes += len(data)
            if not data:
                # A `;` and blank lines at the very end are not JSON: drop them.
                tail, self._held = self._held.rstrip(_TAIL_JUNK), b""
                return self._count(tail)
            data = self._held + data
            keep = len(data.rstrip(_TAIL_JUNK))
            # Hold back what might be the file's closing `;` until we know more follows.
            data, self._held = data[:keep], data[keep:]
            if data:
                return self._count(data)

    def _count(self, data: bytes) -> bytes:
        self.last_chunk_start = self.delivered
        self.delivered += len(data)
        return data

    def error(self, problem: Exception) -> ArchiveError:
        """One sentence for a parser error, with the byte position it happened near."""
        return ArchiveError(describe_json_error(self, str(problem)))


def truncated_message(member: str, size: int) -> str:
    return f"{member}: the JSON ends early at byte {size:,} (the file is truncated); {_AGAIN}"


def describe_json_error(body: JsBody, message: str) -> str:
    text = message.strip()
    if text.startswith(("b'", 'b"')):
        text = text[2:]
    first_line = re.split(r"\\n|\n", text)[0].strip().rstrip(".")
    if "invalid bytes in UTF8" in message:
        return f"{body.member}: the file is not UTF-8 text; {_AGAIN}"
    if "premature EOF" in message:
        return truncated_message(body.member, body.file_bytes)
    start = body.prefix_length + body.last_chunk_start
    end = body.prefix_length + body.delivered
    return (
        f"{body.member}: the JSON is invalid ({first_line}) between bytes {start:,} and "
        f"{end:,}; {_AGAIN}"
    )


def _open_body(archive: Archive, member: str) -> tuple[IO[bytes], JsBody]:
    stream = archive.open(member)
    try:
        return stream, JsBody(stream, member)
    except BaseException:
        stream.close()
        raise


def _stream_array(
    archive: Archive, member: str, parse: Callable[[JsBody], Iterator[Any]]
) -> Iterator[Any]:
    stream, body = _open_body(archive, member)
    with stream:
        opening = body.first_significant_byte()
        if opening == b"":
            raise ArchiveError(truncated_message(member, body.file_bytes))
        if opening != b"[":
            raise ArchiveError(f"{member}: the data is not a JSON array; {_AGAIN}")
        try:
            yield from parse(body)
        except ijson.JSONError as problem:
            raise body.error(problem) from problem


def iter_js_array(archive: Archive, member: str) -> Iterator[Any]:
    """The elements of the member's top-level array, one at a time.

    Numbers with a fraction come back as float; integers as int (ids are strings in every
    generation but Grailbird, whose numeric `id` is ignored in favour of `id_str`).
    """
    return _stream_array(archive, member, lambda body: _IJSON.items(body, "item", use_float=True))


def iter_js_events(archive: Archive, member: str) -> Iterator[tuple[str, str, Any]]:
    """ijson `(prefix, event, value)` events of the member's top-level array.

    For files whose single elements can be large (a DM conversation holds every message
    exchanged with one person), so a caller can build one sub-object at a time.
    """
    return _stream_array(archive, member, lambda body: _IJSON.parse(body, use_float=True))


def read_js_value(archive: Archive, member: str) -> Any:
    """The whole JSON value of a small file (manifest.js, user_details.js, payload_details.js)."""
    stream, body = _open_body(archive, member)
    with stream:
        raw = b"".join(iter(lambda: body.read(1 << 16), b""))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise ArchiveError(f"{member}: the file is not UTF-8 text; {_AGAIN}") from problem
    try:
        return json.loads(text)
    except json.JSONDecodeError as problem:
        if problem.pos >= len(text.rstrip()):
            raise ArchiveError(truncated_message(member, body.file_bytes)) from problem
        position = body.prefix_length + len(text[: problem.pos].encode("utf-8"))
        raise ArchiveError(
            f"{member}: the JSON is invalid ({problem.msg}) at byte {position:,}; {_AGAIN}"
        ) from problem
