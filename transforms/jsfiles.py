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
# Blank space and `;` held back in case they end the file; past this much they are handed to
# the parser (which accepts blanks and rejects a stray `;`), so a file of endless blanks
# cannot pile up in memory.
_HOLD_LIMIT = 64 * 1024
_AGAIN = "export the archive again."
# Exports nest a dozen levels at most. The parser's memory grows with the square of the depth
# (10,000 levels, 20 KB of brackets, take 250 MB; 100,000 exhaust any machine), so a deeper
# file is refused before the parser sees it.
MAX_JSON_DEPTH = 256


class _DepthGuard:
    """Tracks how deep the JSON nests, chunk by chunk, at the speed of bytes methods.

    Escaped quotes and backslashes are dropped first; then only quotes and brackets are kept.
    Dropping two adjacent quotes leaves every other byte inside or outside a string as it was,
    so the brackets in strings (rare) are the only ones left between quotes and are cut out;
    what remains are the structural brackets. Matched pairs are peeled one nesting level per
    pass. The depth it reports is an upper bound, at most twice the true one.
    """

    _ESCAPED = re.compile(rb'\\[\\"]')
    _STRING = re.compile(rb'"[^"]*"')
    _KEEP_DELETE = bytes(byte for byte in range(256) if byte not in b'"[]{}')
    _SQUARE = bytes.maketrans(b"{}", b"[]")

    def __init__(self, limit: int):
        self.limit = limit
        self.depth = 0
        self._in_string = False
        self._carry = b""

    def exceeded(self, chunk: bytes) -> bool:
        """Feed the next chunk; True when the nesting may pass the limit within it."""
        if self._carry:
            chunk, self._carry = self._carry + chunk, b""
        if chunk.endswith(b"\\") and (len(chunk) - len(chunk.rstrip(b"\\"))) % 2:
            chunk, self._carry = chunk[:-1], b"\\"  # it escapes the next chunk's first byte
        if self._ESCAPED.search(chunk):
            chunk = self._ESCAPED.sub(b"", chunk)
        reduced = chunk.translate(None, self._KEEP_DELETE).replace(b'""', b"")
        if self._in_string:
            reduced = b'"' + reduced
        self._in_string = reduced.count(b'"') % 2 == 1
        if self._in_string:
            reduced = reduced[: reduced.rfind(b'"')]
        if b'"' in reduced:
            reduced = self._STRING.sub(b"", reduced)
        brackets = reduced.translate(self._SQUARE)
        passes = 0
        while b"[]" in brackets and passes <= self.limit:
            brackets = brackets.replace(b"[]", b"")
            passes += 1
        start = self.depth
        self.depth = start - brackets.count(b"]") + brackets.count(b"[")
        return max(start, self.depth) + passes > self.limit


class JsBody:
    """A binary stream of the JSON after the first `=`, without a trailing `;`.

    It counts what it has handed on, so a parse error can say where in the file it happened.
    """

    def __init__(self, stream: IO[bytes], member: str, record_limit: int | None = None):
        self.member = member
        self._stream = stream
        self._held = b""  # trailing whitespace/`;` not yet known to be the end of the file
        self.file_bytes = 0  # bytes read from the member so far, header included
        self.empty = False  # nothing in the file but white space: no data, not a broken file
        self.prefix_length, first = self._skip_prefix()
        self._pending = first
        self.delivered = 0  # body bytes handed to the parser so far
        self.last_chunk_start = 0
        self._last_chunk = b""
        # Where the element being parsed began, at worst: the caller marks each element it
        # receives, and no element may span more than `record_limit` bytes.
        self.record_limit = record_limit
        self.record_start = 0
        self._depth = _DepthGuard(MAX_JSON_DEPTH)

    def mark_record(self) -> None:
        """A whole element (or event) came out of the parser: a new one starts no later."""
        self.record_start = self.last_chunk_start

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
        if not seen.strip():
            self.empty = True
            return len(seen), b""
        if seen[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in seen[:64]:
            raise ArchiveError(f"{self.member}: the file is UTF-16, not UTF-8; {_AGAIN}")
        raise ArchiveError(
            f"{self.member}: the file does not start with a JavaScript assignment "
            f"(`window.YTD.<name>.part0 = [...]`) as X writes it, so it is not an archive data "
            "file as exported; import the archive X sent you, unchanged."
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
            if len(data) - keep > _HOLD_LIMIT:
                keep = len(data)
            # Hold back what might be the file's closing `;` until we know more follows.
            data, self._held = data[:keep], data[keep:]
            if data:
                return self._count(data)

    def _count(self, data: bytes) -> bytes:
        self.last_chunk_start = self.delivered
        self.delivered += len(data)
        self._last_chunk = data
        position = self.prefix_length + self.delivered
        if self.record_limit is not None and self.delivered - self.record_start > self.record_limit:
            raise ArchiveError(
                f"{self.member}: one record runs past {self.record_limit:,} bytes (at byte "
                f"{position:,}), which no export writes, so it was not read; check that it is "
                "the file the export produced (raise RECIP_MAX_RECORD_BYTES if it is genuine)."
            )
        if self._depth.exceeded(data):
            raise ArchiveError(
                f"{self.member}: the JSON nests more than {MAX_JSON_DEPTH} levels deep before "
                f"byte {position:,}, which no export does (the file is damaged or crafted); "
                f"{_AGAIN}"
            )
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
    if "premature EOF" in message:
        return truncated_message(body.member, body.file_bytes)
    start = body.prefix_length + body.last_chunk_start
    end = body.prefix_length + body.delivered
    if "invalid bytes in UTF8" in message:
        return (
            f"{body.member}: the file is not UTF-8 text (bytes that UTF-8 does not allow "
            f"between bytes {start:,} and {end:,}); {_AGAIN}"
        )
    if b"\x00" in body._last_chunk:
        return (
            f"{body.member}: the file holds NUL bytes between bytes {start:,} and {end:,}, "
            f"so it is damaged; {_AGAIN}"
        )
    return (
        f"{body.member}: the JSON is invalid ({first_line}) between bytes {start:,} and "
        f"{end:,}; {_AGAIN}"
    )


def _open_body(
    archive: Archive, member: str, record_limit: int | None = None
) -> tuple[IO[bytes], JsBody]:
    stream = archive.open(member)
    try:
        return stream, JsBody(stream, member, record_limit)
    except BaseException:
        stream.close()
        raise


def _stream_array(
    archive: Archive, member: str, parse: Callable[[JsBody], Iterator[Any]]
) -> Iterator[Any]:
    stream, body = _open_body(archive, member, archive.limits.record_bytes)
    with stream:
        if body.empty:
            return
        opening = body.first_significant_byte()
        if opening == b"":
            raise ArchiveError(truncated_message(member, body.file_bytes))
        if opening != b"[":
            raise ArchiveError(f"{member}: the data is not a JSON array; {_AGAIN}")
        try:
            for value in parse(body):
                body.mark_record()
                yield value
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
    """The whole JSON value of a small file (manifest.js, user_details.js, payload_details.js);
    None when the file is empty."""
    limit = archive.limits.record_bytes
    stream, body = _open_body(archive, member)
    chunks: list[bytes] = []
    size = 0
    with stream:
        if body.empty:
            return None
        while chunk := body.read(1 << 16):
            size += len(chunk)
            if size > limit:
                raise ArchiveError(
                    f"{member}: the file is larger than {limit:,} bytes, far more than this "
                    "small file ever holds, so it was not read; check that it is the file the "
                    "export produced (raise RECIP_MAX_RECORD_BYTES if it is genuine)."
                )
            chunks.append(chunk)
    raw = b"".join(chunks)
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
    except ValueError as problem:  # an integer of more digits than Python converts
        raise ArchiveError(f"{member}: the JSON is invalid ({problem}); {_AGAIN}") from problem
