"""Reading an archive as it arrives: a zip, an unpacked folder, or loose data files.

Every byte a parser sees comes through `Archive.open`, the one guarded reader: it refuses entries
that escape the archive, links, devices and encrypted entries, and stops the moment an entry
inflates past the size or compression-ratio limits, so a decompression bomb is caught while
streaming rather than after it has filled memory or disk. Nothing is extracted to disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from transforms.result import ArchiveError

HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """Ceilings on what one archive may inflate to; generous enough for a 10 GB Twitter archive."""

    total_bytes: int = 64 * 1024**3
    member_bytes: int = 16 * 1024**3
    # A ratio is only judged once an entry has inflated past `ratio_floor_bytes`: small text
    # files compress far better than anything real at scale.
    compression_ratio: float = 1000.0
    ratio_floor_bytes: int = 16 * 1024**2
    entries: int = 1_000_000

    @classmethod
    def from_env(cls) -> Limits:
        """Overrides from RECIP_MAX_TOTAL_BYTES, _MEMBER_BYTES, _RATIO and _ENTRIES."""
        defaults = cls()
        return cls(
            total_bytes=int(os.environ.get("RECIP_MAX_TOTAL_BYTES", defaults.total_bytes)),
            member_bytes=int(os.environ.get("RECIP_MAX_MEMBER_BYTES", defaults.member_bytes)),
            compression_ratio=float(os.environ.get("RECIP_MAX_RATIO", defaults.compression_ratio)),
            entries=int(os.environ.get("RECIP_MAX_ENTRIES", defaults.entries)),
        )


_DRIVE = re.compile(r"^[A-Za-z]:")


def _safe_member_name(name: str, source: str) -> str:
    """The entry's path inside the archive with `/` separators, or an ArchiveError if it escapes."""
    cleaned = name.replace("\\", "/")
    parts = PurePosixPath(cleaned).parts
    if cleaned.startswith("/") or _DRIVE.match(cleaned) or ".." in parts:
        raise ArchiveError(
            f"{source}: the entry '{name}' points outside the archive; "
            "the file may be malicious, so it was not imported."
        )
    return "/".join(part for part in parts if part not in ("", "."))


class _CountingReader(io.RawIOBase):
    """Passes bytes through while enforcing the per-entry and whole-archive limits."""

    def __init__(self, raw: IO[bytes], archive: Archive, member: str, compressed_size: int | None):
        self._raw = raw
        self._archive = archive
        self._member = member
        self._compressed = compressed_size
        self._read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(len(buffer))
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
            raise ArchiveError(
                f"{self._archive.source}: '{self._member}' is damaged ({error}); "
                "download the archive again."
            ) from error
        count = len(data)
        buffer[:count] = data
        self._read += count
        self._archive._account(self._member, self._read, count, self._compressed)
        return count

    def close(self) -> None:
        self._raw.close()
        super().close()


class Archive:
    """One archive's files, readable as streams through the guarded reader."""

    def __init__(self, source: str, name: str, limits: Limits | None = None):
        self.source = source
        self.name = name
        self.limits = limits or Limits.from_env()
        self._total_read = 0
        self._archive_id: str | None = None

    # What a parser uses -------------------------------------------------------------------
    def members(self) -> list[str]:
        raise NotImplementedError

    def open(self, member: str) -> IO[bytes]:
        """A buffered binary stream of one member."""
        return io.BufferedReader(self._open_raw(member), buffer_size=HASH_CHUNK)

    def read_bytes(self, member: str) -> bytes:
        with self.open(member) as stream:
            return stream.read()

    def size(self, member: str) -> int:
        raise NotImplementedError

    @property
    def archive_id(self) -> str:
        if self._archive_id is None:
            self._archive_id = self._compute_id()
        return self._archive_id

    def close(self) -> None:
        pass

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # What subclasses provide ----------------------------------------------------------------
    def _open_raw(self, member: str) -> io.RawIOBase:
        raise NotImplementedError

    def _compute_id(self) -> str:
        raise NotImplementedError

    def _account(self, member: str, member_read: int, chunk: int, compressed: int | None) -> None:
        self._total_read += chunk
        if member_read > self.limits.member_bytes:
            raise ArchiveError(
                f"{self.source}: '{member}' inflates beyond {self.limits.member_bytes:,} bytes, "
                "more than any real export holds (a decompression bomb?); "
                "raise RECIP_MAX_MEMBER_BYTES if the file is genuine."
            )
        if self._total_read > self.limits.total_bytes:
            raise ArchiveError(
                f"{self.source}: the archive inflates beyond {self.limits.total_bytes:,} bytes "
                "(a decompression bomb?); raise RECIP_MAX_TOTAL_BYTES if it is genuine."
            )
        if (
            compressed
            and member_read > self.limits.ratio_floor_bytes
            and member_read / compressed > self.limits.compression_ratio
        ):
            raise ArchiveError(
                f"{self.source}: '{member}' expands more than "
                f"{self.limits.compression_ratio:,.0f} times its compressed size, "
                "which only a decompression bomb does; it was not imported."
            )


def _folder_id(entries: Iterator[tuple[str, IO[bytes]]]) -> str:
    """SHA-256 over the sorted list of `relative path` and file SHA-256."""
    lines = []
    for name, stream in entries:
        digest = hashlib.sha256()
        with stream:
            for chunk in iter(lambda s=stream: s.read(HASH_CHUNK), b""):
                digest.update(chunk)
        lines.append(f"{name}\t{digest.hexdigest()}\n")
    outer = hashlib.sha256()
    for line in sorted(lines):
        outer.update(line.encode("utf-8"))
    return outer.hexdigest()


class ZipArchive(Archive):
    def __init__(self, path: Path, limits: Limits | None = None):
        super().__init__(str(path), path.name, limits)
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
        except zipfile.BadZipFile as error:
            raise ArchiveError(
                f"{path}: not a readable zip file ({error}); "
                "the download may be incomplete, so download it again."
            ) from error
        except OSError as error:
            raise ArchiveError(f"{path}: cannot be read ({error.strerror or error}).") from error
        infos = self._zip.infolist()
        if len(infos) > self.limits.entries:
            raise ArchiveError(
                f"{path}: holds {len(infos):,} entries, more than the limit of "
                f"{self.limits.entries:,}; raise RECIP_MAX_ENTRIES if it is genuine."
            )
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = _safe_member_name(info.filename, self.source)
            mode = info.external_attr >> 16
            if info.is_dir() or not name:
                continue
            if stat.S_ISLNK(mode) or (mode and not stat.S_ISREG(mode) and stat.S_IFMT(mode)):
                raise ArchiveError(
                    f"{path}: the entry '{info.filename}' is a link or device, "
                    "which an export never contains; it was not imported."
                )
            if info.flag_bits & 0x1:
                raise ArchiveError(
                    f"{path}: the entry '{info.filename}' is encrypted; "
                    "export it again without a password."
                )
            self._infos[name] = info

    def members(self) -> list[str]:
        return list(self._infos)

    def size(self, member: str) -> int:
        return self._infos[member].file_size

    def _open_raw(self, member: str) -> io.RawIOBase:
        info = self._infos[member]
        try:
            raw = self._zip.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as error:
            raise ArchiveError(
                f"{self.source}: '{member}' cannot be read ({error}); download the archive again."
            ) from error
        return _CountingReader(raw, self, member, info.compress_size)

    def _compute_id(self) -> str:
        digest = hashlib.sha256()
        with open(self.path, "rb") as handle:
            for chunk in iter(lambda: handle.read(HASH_CHUNK), b""):
                digest.update(chunk)
        return digest.hexdigest()

    def close(self) -> None:
        self._zip.close()


class FolderArchive(Archive):
    """An unpacked folder, or loose files given together (their folder is the root)."""

    def __init__(
        self,
        root: Path,
        files: list[Path] | None = None,
        limits: Limits | None = None,
        source: str | None = None,
    ):
        super().__init__(source or str(root), root.name, limits)
        self.root = root
        chosen = files if files is not None else self._walk(root)
        if len(chosen) > self.limits.entries:
            raise ArchiveError(
                f"{self.source}: holds {len(chosen):,} files, more than the limit of "
                f"{self.limits.entries:,}; raise RECIP_MAX_ENTRIES if it is genuine."
            )
        self._files = {path.relative_to(root).as_posix(): path for path in chosen}

    def _walk(self, root: Path) -> list[Path]:
        found = []
        for dirpath, dirnames, filenames in os.walk(root):
            for name in dirnames + filenames:
                path = Path(dirpath) / name
                if path.is_symlink():
                    raise ArchiveError(
                        f"{self.source}: '{path.relative_to(root)}' is a link, which an export "
                        "never contains; remove it and import again."
                    )
            for name in filenames:
                path = Path(dirpath) / name
                if not stat.S_ISREG(path.lstat().st_mode):
                    raise ArchiveError(
                        f"{self.source}: '{path.relative_to(root)}' is not a regular file; "
                        "remove it and import again."
                    )
                found.append(path)
        return sorted(found)

    def members(self) -> list[str]:
        return list(self._files)

    def size(self, member: str) -> int:
        return self._files[member].stat().st_size

    def _open_raw(self, member: str) -> io.RawIOBase:
        try:
            raw = open(self._files[member], "rb", buffering=0)  # noqa: SIM115 (a stream we hand out)
        except OSError as error:
            raise ArchiveError(
                f"{self.source}: '{member}' cannot be read ({error.strerror or error})."
            ) from error
        return _CountingReader(raw, self, member, None)

    def _compute_id(self) -> str:
        return _folder_id((name, open(path, "rb")) for name, path in self._files.items())


def group_inputs(paths: list[Path]) -> list[list[Path]]:
    """The archives among the paths: each zip or folder alone; loose data files together as one."""
    groups: list[list[Path]] = []
    loose: list[Path] = []
    for path in paths:
        if path.is_file() and not zipfile.is_zipfile(path) and path.suffix.lower() != ".zip":
            loose.append(path)
        else:
            groups.append([path])
    if loose:
        groups.append(loose)
    return groups


def open_input(paths: list[Path], limits: Limits | None = None) -> Archive:
    """Open one archive: a zip, a folder, or loose files (their common folder is the root)."""
    if len(paths) == 1:
        path = paths[0]
        if not path.exists():
            raise ArchiveError(f"{path}: no such file or folder.")
        try:
            if path.is_dir():
                return FolderArchive(path, limits=limits)
            if zipfile.is_zipfile(path):
                return ZipArchive(path, limits=limits)
        except OSError as error:
            raise ArchiveError(f"{path}: cannot be read ({error.strerror or error}).") from error
        if path.suffix.lower() == ".zip":
            raise ArchiveError(
                f"{path}: not a readable zip file; the download may be incomplete, "
                "so download it again."
            )
    for path in paths:
        if not path.is_file():
            raise ArchiveError(f"{path}: no such file.")
    resolved = [path.resolve() for path in paths]
    root = Path(os.path.commonpath([path.parent for path in resolved]))
    return FolderArchive(root, resolved, limits=limits, source=", ".join(map(str, paths)))
