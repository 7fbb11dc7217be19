"""Where a generated archive goes: an unpacked folder or a zip, written one member at a time.

Both forms are byte-for-byte reproducible: members are written in the order the generator
produces them, and zip entries carry a fixed timestamp and permissions instead of the clock's.
Only one member is open at a time, so a zip is streamed rather than assembled in memory.
"""

from __future__ import annotations

import hashlib
import random
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

MASK64 = (1 << 64) - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_ms(moment: datetime) -> int:
    """Epoch milliseconds in integer arithmetic (a float product can come out one short)."""
    return (moment.replace(tzinfo=moment.tzinfo or UTC) - _EPOCH) // timedelta(milliseconds=1)


def mix64(*values: int) -> int:
    """A stable 64-bit hash of integers (splitmix64 steps): Python's hash() changes per process."""
    state = 0x9E3779B97F4A7C15
    for value in values:
        state = (state ^ (value & MASK64)) & MASK64
        state = (state + 0x9E3779B97F4A7C15) & MASK64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        state = z ^ (z >> 31)
    return state


def rng_for(seed: int, *path: int) -> random.Random:
    """An independent random stream for one record, so records can be made in any order."""
    return random.Random(mix64(seed, *path))


def hex_digest(*parts: object, length: int = 64) -> str:
    """A stable hex string derived from the arguments (archive name suffixes, opaque ids)."""
    text = "\x1f".join(str(part) for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


class ArchiveSink:
    """Writes the members of one archive under `parent/name/` or into `parent/name.zip`."""

    def __init__(self, parent: Path, name: str, *, as_zip: bool, stamp: datetime):
        self.parent = Path(parent)
        self.name = name
        self.as_zip = as_zip
        # Zip entry times have no zone and a 2-second grain; the export time is as good as any.
        self._date_time = stamp.astimezone(UTC).timetuple()[:6]
        self.sizes: dict[str, int] = {}
        self.parent.mkdir(parents=True, exist_ok=True)
        self._zip: zipfile.ZipFile | None = None
        self._open_member: str | None = None
        if as_zip:
            self.path = self.parent / f"{name}.zip"
            self._zip = zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED)
        else:
            self.path = self.parent / name
            self.path.mkdir(parents=True, exist_ok=True)

    def begin(self, member: str, *, large: bool = False) -> CountingStream:
        """Start writing `member` (a `/`-separated path inside the archive); `end` finishes it.

        `large` marks a member that may pass 2 GiB, which a zip entry must announce up front.
        """
        if member in self.sizes or member == self._open_member:
            raise ValueError(f"{member} is written twice")
        if self._open_member is not None:
            raise ValueError(f"{self._open_member} is still being written")
        if self._zip is not None:
            info = zipfile.ZipInfo(member, date_time=self._date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            raw: BinaryIO = self._zip.open(info, "w", force_zip64=large)  # type: ignore[assignment]
        else:
            target = self.path / member
            target.parent.mkdir(parents=True, exist_ok=True)
            raw = open(target, "wb")  # noqa: SIM115 - closed by end()
        self._open_member = member
        return CountingStream(raw, member)

    def end(self, stream: CountingStream) -> None:
        stream.close()
        self.sizes[stream.member] = stream.written
        self._open_member = None

    @contextmanager
    def open(self, member: str, *, large: bool = False) -> Iterator[CountingStream]:
        stream = self.begin(member, large=large)
        try:
            yield stream
        finally:
            self.end(stream)

    def write(self, member: str, data: str | bytes) -> None:
        """Write a whole small member at once."""
        with self.open(member) as stream:
            stream.write(data.encode("utf-8") if isinstance(data, str) else data)

    def close(self) -> Path:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
        return self.path

    def total_bytes(self) -> int:
        return sum(self.sizes.values())


class CountingStream:
    """Counts the bytes written and batches small writes (zip streams are slow per call)."""

    _FLUSH_AT = 1 << 20

    def __init__(self, raw: BinaryIO, member: str):
        self._raw = raw
        self.member = member
        self._pending: list[bytes] = []
        self._pending_bytes = 0
        self.written = 0

    def write(self, data: bytes) -> int:
        self._pending.append(data)
        self._pending_bytes += len(data)
        self.written += len(data)
        if self._pending_bytes >= self._FLUSH_AT:
            self._flush()
        return len(data)

    def write_text(self, text: str) -> int:
        return self.write(text.encode("utf-8"))

    def _flush(self) -> None:
        if self._pending:
            self._raw.write(b"".join(self._pending))
        self._pending = []
        self._pending_bytes = 0

    def close(self) -> None:
        self._flush()
        self._raw.close()
