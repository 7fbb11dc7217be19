"""Reading the CSV files of an export, whatever encoding, separator and quoting style they use.

Exports arrive as UTF-8 (with or without a byte-order mark) or, in 2018, UTF-16LE with a BOM and
TABs between fields; line ends are LF or CRLF, and quoted fields may hold either. Quotes inside a
quoted field are normally doubled, but some 2026 files escape them with a backslash instead. A
member is streamed through the guarded `Archive.open` reader and decoded incrementally, so a
large file is never held as one string.

Each record comes back with the 1-based line it starts on and its text as written, so a parser
can reject one row with a precise locator and excerpt and still load the rest.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TextIO, TypeVar

from transforms.archive import Archive
from transforms.result import ArchiveError

# How many leading lines are searched for the field separator (preambles come first).
_SEPARATOR_SCAN_LINES = 50
_DECODE_CHUNK = 1 << 20

# Stand-ins for `\"` and `\\` while a backslash-escaped file is split into fields: they are
# Unicode noncharacters, which no export writes, so they cannot collide with real text.
_ESCAPED_QUOTE = "\ufdd0"
_ESCAPED_BACKSLASH = "\ufdd1"
_BACKSLASH_ESCAPE = re.compile(r'\\\\|\\"')

T = TypeVar("T")


@dataclass(frozen=True)
class TextEncoding:
    """How a member's bytes are decoded: the codec and how many BOM bytes precede the text."""

    codec: str
    bom_length: int

    @property
    def label(self) -> str:
        return f"{self.codec.upper()}{' with BOM' if self.bom_length else ''}"


def detect_encoding(head: bytes) -> TextEncoding:
    """The encoding a member's first bytes announce; UTF-8 when they announce none."""
    if head.startswith(codecs.BOM_UTF8):
        return TextEncoding("utf-8", len(codecs.BOM_UTF8))
    if head.startswith(codecs.BOM_UTF16_LE):
        return TextEncoding("utf-16-le", len(codecs.BOM_UTF16_LE))
    if head.startswith(codecs.BOM_UTF16_BE):
        return TextEncoding("utf-16-be", len(codecs.BOM_UTF16_BE))
    # UTF-16 without a BOM still shows itself: ASCII text has a zero byte in every other place.
    if len(head) >= 4 and head[0] and not head[1] and head[2] and not head[3]:
        return TextEncoding("utf-16-le", 0)
    if len(head) >= 4 and not head[0] and head[1] and not head[2] and head[3]:
        return TextEncoding("utf-16-be", 0)
    return TextEncoding("utf-8", 0)


def _undecodable_offset(archive: Archive, member: str, encoding: TextEncoding) -> int | None:
    """The byte offset of the first byte that does not decode, found by a second, exact pass."""
    decoder = codecs.getincrementaldecoder(encoding.codec)("strict")
    fed = encoding.bom_length
    with archive.open(member) as stream:
        stream.read(encoding.bom_length)
        for chunk in itertools.chain(iter(lambda: stream.read(_DECODE_CHUNK), b""), [None]):
            pending = len(decoder.getstate()[0])
            try:
                if chunk is None:
                    decoder.decode(b"", final=True)
                else:
                    decoder.decode(chunk)
            except UnicodeDecodeError as error:
                return fed - pending + error.start
            fed += len(chunk or b"")
    return None


def _decode_error(
    archive: Archive, member: str, encoding: TextEncoding, error: UnicodeDecodeError
) -> ArchiveError:
    offset = _undecodable_offset(archive, member, encoding)
    where = f"at byte offset {offset}" if offset is not None else f"({error.reason})"
    return ArchiveError(
        f"{archive.source}: '{member}' is not valid {encoding.label} text: the bytes {where} "
        "cannot be decoded; export the data again or save the file as UTF-8."
    )


def decode_member(archive: Archive, member: str) -> str:
    """A small member (an article page) as one string, decoded like the CSV files."""
    data = archive.read_bytes(member)
    encoding = detect_encoding(data[:4])
    try:
        return data[encoding.bom_length :].decode(encoding.codec)
    except UnicodeDecodeError as error:
        raise ArchiveError(
            f"{archive.source}: '{member}' is not valid {encoding.label} text: the bytes at "
            f"byte offset {encoding.bom_length + error.start} cannot be decoded; export the "
            "data again or save the file as UTF-8."
        ) from error


def _too_long(archive: Archive, member: str, what: str, line: int) -> ArchiveError:
    limit = archive.limits.record_bytes
    return ArchiveError(
        f"{archive.source}: '{member}' has a {what} longer than {limit:,} characters at line "
        f"{line:,}, which no export writes, so it was not read; check that it is the file the "
        "export produced (raise RECIP_MAX_RECORD_BYTES if it is genuine)."
    )


def _text_lines(archive: Archive, member: str) -> Iterator[str]:
    """The member's lines, line ends kept as written (`newline=''`), decoded as they stream.

    A line is never read past `Limits.record_bytes`: a file of one endless line (a bomb of
    zeros, a binary file renamed .csv) stops there instead of filling memory.
    """
    with archive.open(member) as stream:
        encoding = detect_encoding(stream.peek(4)[:4])
        stream.read(encoding.bom_length)
        text = io.TextIOWrapper(stream, encoding=encoding.codec, errors="strict", newline="")
        try:
            yield from bounded_lines(text, archive, member)
        except UnicodeDecodeError as error:
            raise _decode_error(archive, member, encoding, error) from error
        finally:
            text.detach()


def bounded_lines(text: TextIO, archive: Archive, member: str) -> Iterator[str]:
    """The lines of a text stream, none read past the archive's `Limits.record_bytes`; a csv
    reader over them takes no field past `Limits.field_bytes`."""
    # Whole multi-paragraph messages and posts sit in one field: the csv module's 128 KiB
    # default is far too small for some. Its limit is process-wide, so every read sets its own
    # before the reader sees the first line.
    csv.field_size_limit(archive.limits.field_bytes)
    limit = archive.limits.record_bytes
    number = 0
    while line := text.readline(limit + 1):
        number += 1
        if len(line) > limit:
            raise _too_long(archive, member, "line", number)
        yield line


def _separator(lines: Iterable[str]) -> str:
    """TAB for the 2018 UTF-16 files, else a comma: judged on the first line holding either."""
    for line in lines:
        tabs, commas = line.count("\t"), line.count(",")
        if tabs or commas:
            return "\t" if tabs > commas else ","
    return ","


@dataclass(frozen=True)
class CsvRecord:
    """One record: where it starts, its fields, and its text as written (for rejects)."""

    line: int
    fields: list[str] | None  # None when the record could not be split into fields
    text: str
    error: str | None = None

    @property
    def is_blank(self) -> bool:
        """A blank line, or a row of nothing but separators (`,,`)."""
        return self.fields is not None and not any(map(str.strip, self.fields))

    @property
    def excerpt(self) -> str:
        return self.text.rstrip("\r\n")


class _WrongQuoting(Exception):
    """The file does not follow the quoting style it is being read with."""

    def __init__(self, problem: str, line: int):
        super().__init__(problem)
        self.problem = problem
        self.line = line


_FIELD_LIMIT_ERROR = re.compile(r"field larger than field limit \((\d+)\)")
_UNCLOSED_QUOTE = "unexpected end of data"
_NUL_IN_RECORD = (
    "the record holds NUL bytes, which no export writes (the file is damaged or is not text)"
)


def describe_csv_error(problem: str) -> str:
    """The csv module's complaint in words a person can act on."""
    limit = _FIELD_LIMIT_ERROR.search(problem)
    if limit:
        return (
            f"a field is longer than the limit of {int(limit.group(1)):,} characters "
            "(raise RECIP_MAX_FIELD_BYTES if it is genuine)"
        )
    if problem == _UNCLOSED_QUOTE:
        return "a quoted field is never closed, so the file ends inside it"
    if "expected after" in problem:
        return "a quote inside a quoted field is not doubled"
    return problem


@dataclass(frozen=True)
class _Style:
    backslash_escapes: bool
    strict: bool


# Tried in order: the usual doubled quotes; then backslash escapes (2026 Comments.csv); then the
# usual style, forgiving, so that a damaged file still loads every record that can be read.
_STYLES = (
    _Style(backslash_escapes=False, strict=True),
    _Style(backslash_escapes=True, strict=True),
    _Style(backslash_escapes=False, strict=False),
)


def _protect_backslash_escapes(line: str) -> str:
    return _BACKSLASH_ESCAPE.sub(
        lambda match: _ESCAPED_QUOTE if match.group() == '\\"' else _ESCAPED_BACKSLASH, line
    )


def _restore_backslash_escapes(field: str) -> str:
    # Only `\"` means something; a backslash written before anything else stays as written.
    return field.replace(_ESCAPED_QUOTE, '"').replace(_ESCAPED_BACKSLASH, "\\\\")


def _records(
    archive: Archive, member: str, style: _Style, unclosed_at: int | None = None
) -> Iterator[CsvRecord]:
    """The member's records in `style`; `unclosed_at` is the line where a strict reading found
    a quote that is never closed (the forgiving reading then rejects that record by name)."""
    lines = _text_lines(archive, member)
    limit = archive.limits.record_bytes
    # Looked up once: this loop runs for every line of files of 100,000 records.
    escapes, strict = style.backslash_escapes, style.strict
    forgiven_unclosed_at = None if strict else unclosed_at
    try:
        head = list(itertools.islice(lines, _SEPARATOR_SCAN_LINES))
        separator = _separator(head)
        consumed: list[str] = []
        consumed_length = 0

        def tracked() -> Iterator[str]:
            nonlocal consumed_length
            for line in itertools.chain(head, lines):
                consumed_length = consumed_length + len(line) if consumed else len(line)
                if consumed_length > limit:
                    raise _too_long(archive, member, "record", next_line)
                consumed.append(line)
                yield _protect_backslash_escapes(line) if escapes else line

        reader = csv.reader(
            tracked(), delimiter=separator, quotechar='"', doublequote=True, strict=strict
        )
        next_line = 1
        while True:
            error = None
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if strict:
                    raise _WrongQuoting(str(exc), next_line) from exc
                fields, error = None, describe_csv_error(str(exc))
            text = "".join(consumed)
            if fields is not None:
                if escapes:
                    fields = [_restore_backslash_escapes(field) for field in fields]
                if next_line == forgiven_unclosed_at:
                    fields, error = None, describe_csv_error(_UNCLOSED_QUOTE)
                elif "\x00" in text:
                    fields, error = None, _NUL_IN_RECORD
            yield CsvRecord(next_line, fields, text, error)
            next_line += len(consumed)
            consumed.clear()
    finally:
        lines.close()


def read_csv(archive: Archive, member: str, consume: Callable[[Iterator[CsvRecord]], T]) -> T:
    """Hand the member's records to `consume` and return what it returns.

    The quoting style is found by reading: if the file breaks the usual doubled-quote rules,
    `consume` is called again from the start with backslash escapes, and, if that breaks too,
    once more in a forgiving mode where unreadable records arrive with `fields=None` and an
    `error`. So `consume` must build its result afresh on every call and must not catch
    exceptions it does not raise itself. Undecodable bytes raise ArchiveError.
    """
    unclosed_at = None
    for style in _STYLES:
        records = _records(archive, member, style, unclosed_at)
        try:
            return consume(records)
        except _WrongQuoting as wrong:
            # Only the usual style's verdict counts: backslash escapes misread a file that
            # does not use them.
            if not style.backslash_escapes and wrong.problem == _UNCLOSED_QUOTE:
                unclosed_at = wrong.line
            continue
        finally:
            records.close()
    raise AssertionError("the forgiving style never reports wrong quoting")


def normalise_header(name: str) -> str:
    """A header cell for matching: trimmed, lower-case, inner white space collapsed."""
    return " ".join(name.replace("\ufeff", "").split()).lower()
