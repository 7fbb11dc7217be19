"""Reading an archive as it arrives: a zip, an unpacked folder, or loose data files.

Every byte a parser sees comes through `Archive.open`, the one guarded reader. A zip is judged
on its central directory before a byte is inflated: entries that escape the archive (`../`,
absolute paths, drive letters), links, devices, encrypted entries, compression methods that
cannot be inflated in bounded memory, duplicate or overlapping entries, and declared sizes or
compression ratios beyond the limits are all refused up front. While streaming, the reader
counts what each entry and the whole archive inflate to and stops the moment a limit is
crossed, so a decompression bomb never fills memory or disk. Nothing is extracted to disk.

A zip that only wraps another zip (an export e-mailed inside a zip) is opened one level deep:
the inner zip is spooled to an anonymous temporary file through the guarded reader, within the
same limits. A zip inside that is refused.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import lzma
import os
import re
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path, PurePosixPath
from typing import IO

from transforms.result import ArchiveError

HASH_CHUNK = 1 << 20
# A wrapped zip up to this size is spooled in memory; a bigger one goes to an anonymous
# temporary file (unlinked at once, so nothing is left behind even after a crash).
SPOOL_IN_MEMORY = 64 * 1024**2

GIB = 1024**3
MIB = 1024**2


@dataclass(frozen=True)
class Limits:
    """Ceilings on what one archive may hold; generous enough for a 10 GB Twitter archive.

    Real exports compress about 10:1 (the most compressible file in the research samples and
    the generated archives is 15:1); deflate's own maximum is about 1,030:1, which only a
    bomb reaches.
    """

    total_bytes: int = 64 * GIB
    member_bytes: int = 16 * GIB
    # A ratio is only judged for entries that inflate past `ratio_floor_bytes`: small text
    # files compress far better than anything real at scale.
    compression_ratio: float = 100.0
    ratio_floor_bytes: int = 16 * MIB
    entries: int = 1_000_000
    # One CSV line or record, one JSON array element or whole small JSON file.
    record_bytes: int = 64 * MIB
    # One CSV field (a message or a post); LinkedIn's longest are a few hundred kilobytes.
    field_bytes: int = 16 * MIB

    @classmethod
    def from_env(cls) -> Limits:
        """Defaults, overridden by the RECIP_MAX_* variables of `ENVIRONMENT`."""
        values = {}
        for field in fields(cls):
            variable = ENVIRONMENT.get(field.name)
            raw = os.environ.get(variable, "") if variable else ""
            if not raw.strip():
                continue
            try:
                value = float(raw) if field.name == "compression_ratio" else int(raw)
            except ValueError:
                value = -1
            if value <= 0:
                raise ArchiveError(
                    f"{variable}={raw!r} is not a positive number; fix or unset it and try again."
                )
            values[field.name] = value
        return cls(**values)


# Limit → the environment variable that raises it.
ENVIRONMENT = {
    "total_bytes": "RECIP_MAX_TOTAL_BYTES",
    "member_bytes": "RECIP_MAX_MEMBER_BYTES",
    "compression_ratio": "RECIP_MAX_RATIO",
    "entries": "RECIP_MAX_ENTRIES",
    "record_bytes": "RECIP_MAX_RECORD_BYTES",
    "field_bytes": "RECIP_MAX_FIELD_BYTES",
}

_DRIVE = re.compile(r"^[A-Za-z]:")
# Methods that inflate in bounded steps. zipfile hands bzip2 and LZMA data to a decompressor
# without an output bound, so one read could inflate gigabytes; no export uses them.
_READABLE_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
# Entries that zip tools add around the real content; they do not make a zip more than a wrapper.
_PACKAGING = re.compile(r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)
# Everything zipfile raises for a damaged zip or entry, beyond BadZipFile itself.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,
    IndexError,
    KeyError,
    OverflowError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    zlib.error,
    lzma.LZMAError,
)
_LOCAL_HEADER_BYTES = 30


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


def _stored_name_length(info: zipfile.ZipInfo) -> int:
    """How many bytes the entry's name takes in its local header (0 if that cannot be told)."""
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    try:
        return len(info.orig_filename.encode(encoding))
    except UnicodeEncodeError:
        return 0


def _why_not_a_zip(path: Path, fileobj: IO[bytes] | None) -> str:
    """Why zipfile could not open it, told from its first bytes, and what to do."""
    try:
        if fileobj is not None:
            fileobj.seek(0)
            head = fileobj.read(4)
        else:
            with open(path, "rb") as handle:
                head = handle.read(4)
    except OSError:
        head = b""
    if not head:
        return (
            "not a readable zip file: it is empty (0 bytes), so the download did not finish; "
            "download it again."
        )
    if head.startswith(b"PK"):
        return (
            "not a readable zip file: it is damaged or cut short, as when a download stops "
            "early; download it again."
        )
    return (
        "not a readable zip file: it does not start like one, so it may be another kind of "
        "file renamed .zip; check that this is the export you downloaded."
    )


def _damage(error: BaseException) -> str:
    """What a read error means for the person holding the file."""
    text = str(error)
    if "CRC" in text:
        return "its checksum does not match its content"
    if isinstance(error, EOFError) or "end of" in text.lower():
        return "it ends early"
    if isinstance(error, zlib.error):
        return "its compressed data is corrupt"
    return f"it cannot be inflated ({text or type(error).__name__})"


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
        except _ZIP_ERRORS as error:
            raise ArchiveError(
                f"{self._archive.source}: '{self._member}' is damaged: {_damage(error)}; "
                "the download may be incomplete or corrupt, so download the archive again."
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
            try:
                self._archive_id = self._compute_id()
            except OSError as error:
                raise ArchiveError(
                    f"{self.source}: cannot be read ({error.strerror or error}); check that the "
                    "file is complete and readable, then import it again."
                ) from error
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
            compressed is not None
            and member_read > self.limits.ratio_floor_bytes
            and member_read > compressed * self.limits.compression_ratio
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
    """A zip file, or (with `fileobj`) a zip spooled out of another one.

    `depth` is how many zips enclose this one; `spent` the bytes its enclosing zip already
    inflated, which count against the same total.
    """

    def __init__(
        self,
        path: Path,
        limits: Limits | None = None,
        *,
        fileobj: IO[bytes] | None = None,
        source: str | None = None,
        depth: int = 0,
        spent: int = 0,
        archive_id: str | None = None,
    ):
        super().__init__(source or str(path), path.name, limits)
        self.path = path
        self.depth = depth
        self._fileobj = fileobj
        self._total_read = spent
        self._archive_id = archive_id
        try:
            self._zip = zipfile.ZipFile(fileobj if fileobj is not None else path)
        except FileNotFoundError as error:
            raise ArchiveError(f"{self.source}: no such file.") from error
        except PermissionError as error:
            raise ArchiveError(
                f"{self.source}: cannot be read (permission denied); check the file's permissions."
            ) from error
        except _ZIP_ERRORS as error:
            raise ArchiveError(f"{self.source}: {_why_not_a_zip(path, fileobj)}") from error
        try:
            self._infos = self._check_entries(self._zip.infolist())
        except BaseException:
            self._zip.close()
            raise

    def _check_entries(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        source = self.source
        if len(infos) > self.limits.entries:
            raise ArchiveError(
                f"{source}: holds {len(infos):,} entries, more than the limit of "
                f"{self.limits.entries:,}; raise RECIP_MAX_ENTRIES if it is genuine."
            )
        kept: dict[str, zipfile.ZipInfo] = {}
        declared_total = 0
        for info in infos:
            name = _safe_member_name(info.filename, source)
            mode = info.external_attr >> 16
            if info.is_dir() or stat.S_ISDIR(mode) or not name:
                continue
            if stat.S_IFMT(mode) and not stat.S_ISREG(mode):
                raise ArchiveError(
                    f"{source}: the entry '{info.filename}' is a link or device, "
                    "which an export never contains; it was not imported."
                )
            if info.flag_bits & 0x41:  # traditional (0x1) or strong (0x40) encryption
                raise ArchiveError(
                    f"{source}: the entry '{info.filename}' is encrypted; "
                    "export it again without a password."
                )
            if info.compress_type not in _READABLE_METHODS:
                method = zipfile.compressor_names.get(info.compress_type, str(info.compress_type))
                raise ArchiveError(
                    f"{source}: the entry '{info.filename}' is compressed with {method}, which "
                    "exports never use and which cannot be inflated safely here; unpack the zip "
                    "with your system's archive tool and import the folder instead."
                )
            if name in kept:
                raise ArchiveError(
                    f"{source}: holds two entries named '{name}', which an export never does "
                    "(the zip may have been tampered with); download the export again."
                )
            self._check_declared_size(name, info)
            declared_total += info.file_size
            kept[name] = info
        if self._total_read + declared_total > self.limits.total_bytes:
            raise ArchiveError(
                f"{source}: its entries would inflate to {declared_total:,} bytes, beyond the "
                f"limit of {self.limits.total_bytes:,} (a decompression bomb?); raise "
                "RECIP_MAX_TOTAL_BYTES if it is genuine."
            )
        self._check_overlaps(list(kept.values()))
        return kept

    def _check_declared_size(self, name: str, info: zipfile.ZipInfo) -> None:
        # zipfile never inflates an entry past the size the central directory declares, so a
        # declared size within the limits bounds what reading can produce.
        limits = self.limits
        if info.file_size > limits.member_bytes:
            raise ArchiveError(
                f"{self.source}: '{name}' would inflate to {info.file_size:,} bytes, beyond the "
                f"limit of {limits.member_bytes:,} (a decompression bomb?); raise "
                "RECIP_MAX_MEMBER_BYTES if the file is genuine."
            )
        if (
            info.compress_type == zipfile.ZIP_DEFLATED
            and info.file_size > limits.ratio_floor_bytes
            and info.file_size > max(info.compress_size, 1) * limits.compression_ratio
        ):
            ratio = info.file_size / max(info.compress_size, 1)
            raise ArchiveError(
                f"{self.source}: '{name}' would expand {ratio:,.0f} times, from "
                f"{info.compress_size:,} to {info.file_size:,} bytes, where real exports stay "
                f"below {limits.compression_ratio:,.0f} times: it is a decompression bomb, so it "
                "was not imported (raise RECIP_MAX_RATIO if the file is genuine)."
            )

    def _check_overlaps(self, infos: list[zipfile.ZipInfo]) -> None:
        """Refuse entries whose compressed bytes overlap: the trick of overlapping-entry bombs."""
        ordered = sorted(infos, key=lambda info: info.header_offset)
        for first, second in itertools.pairwise(ordered):
            name_length = _stored_name_length(first)
            end = first.header_offset + _LOCAL_HEADER_BYTES + name_length + first.compress_size
            if second.header_offset < end:
                raise ArchiveError(
                    f"{self.source}: the entries '{first.filename}' and '{second.filename}' "
                    "share compressed bytes, a trick only decompression bombs use; "
                    "it was not imported."
                )

    def members(self) -> list[str]:
        return list(self._infos)

    def size(self, member: str) -> int:
        return self._infos[member].file_size

    def _open_raw(self, member: str) -> io.RawIOBase:
        info = self._infos[member]
        try:
            raw = self._zip.open(info)
        except _ZIP_ERRORS as error:
            raise ArchiveError(
                f"{self.source}: '{member}' cannot be read ({error or type(error).__name__}); "
                "download the archive again."
            ) from error
        return _CountingReader(raw, self, member, info.compress_size)

    def _compute_id(self) -> str:
        digest = hashlib.sha256()
        with open(self.path, "rb") as handle:
            for chunk in iter(lambda: handle.read(HASH_CHUNK), b""):
                digest.update(chunk)
        return digest.hexdigest()

    # Wrapped archives -----------------------------------------------------------------------
    def wrapped_archives(self) -> list[str]:
        """The zips this zip holds when it holds nothing else (an export e-mailed in a zip)."""
        content = [member for member in self._infos if not _PACKAGING.search(member)]
        zips = [member for member in content if member.lower().endswith(".zip")]
        return zips if zips and len(zips) == len(content) else []

    def open_wrapped(self, member: str) -> ZipArchive:
        """The zip `member` as an archive of its own, spooled through the guarded reader."""
        if self.depth >= 1:
            raise ArchiveError(
                f"{self.source}: holds yet another zip, '{member}'; only one zip inside another "
                "is opened, so unpack the outer layers and import the export itself."
            )
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115
        try:
            digest = hashlib.sha256()
            with self.open(member) as stream:
                for chunk in iter(lambda: stream.read(HASH_CHUNK), b""):
                    digest.update(chunk)
                    spool.write(chunk)
            spool.seek(0)
            return ZipArchive(
                Path(PurePosixPath(member).name),
                self.limits,
                fileobj=spool,
                source=f"{self.source} > {member}",
                depth=self.depth + 1,
                spent=self._total_read,
                archive_id=digest.hexdigest(),
            )
        except BaseException:
            spool.close()
            raise

    def close(self) -> None:
        self._zip.close()
        if self._fileobj is not None:
            self._fileobj.close()


def open_zip(path: Path, limits: Limits | None = None) -> ZipArchive:
    """A zip as an archive; a zip that only wraps one other zip opens as that inner zip."""
    archive = ZipArchive(path, limits)
    try:
        wrapped = archive.wrapped_archives()
        if not wrapped:
            return archive
        if len(wrapped) > 1:
            shown = ", ".join(wrapped[:3]) + (", ..." if len(wrapped) > 3 else "")
            raise ArchiveError(
                f"{archive.source}: holds {len(wrapped)} archives ({shown}) and nothing else; "
                "unzip it and import each of them on its own."
            )
        inner = archive.open_wrapped(wrapped[0])
    except BaseException:
        archive.close()
        raise
    archive.close()
    try:
        if inner.wrapped_archives():
            raise ArchiveError(
                f"{inner.source}: holds yet another zip; only one zip inside another is opened, "
                "so unpack the outer layers and import the export itself."
            )
    except BaseException:
        inner.close()
        raise
    return inner


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
        self._check_sizes()

    def _check_sizes(self) -> None:
        """Refuse what the limits refuse before a byte is read (or hashed)."""
        total = 0
        for member, path in self._files.items():
            try:
                size = path.stat().st_size
            except OSError as error:
                raise ArchiveError(
                    f"{self.source}: '{member}' cannot be read ({error.strerror or error})."
                ) from error
            if size > self.limits.member_bytes:
                raise ArchiveError(
                    f"{self.source}: '{member}' holds {size:,} bytes, beyond the limit of "
                    f"{self.limits.member_bytes:,}, more than any real export file; raise "
                    "RECIP_MAX_MEMBER_BYTES if it is genuine."
                )
            total += size
        if total > self.limits.total_bytes:
            raise ArchiveError(
                f"{self.source}: its files hold {total:,} bytes, beyond the limit of "
                f"{self.limits.total_bytes:,}; raise RECIP_MAX_TOTAL_BYTES if it is genuine."
            )

    def _walk(self, root: Path) -> list[Path]:
        found = []

        def fail(error: OSError) -> None:
            raise ArchiveError(
                f"{self.source}: '{error.filename}' cannot be read ({error.strerror or error})."
            ) from error

        for dirpath, dirnames, filenames in os.walk(root, onerror=fail):
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
                        f"{self.source}: '{path.relative_to(root)}' is not a regular file "
                        "(a pipe, socket or device); remove it and import again."
                    )
                found.append(path)
            if len(found) > self.limits.entries:
                break  # the count check in __init__ says why
        return sorted(found)

    def members(self) -> list[str]:
        return list(self._files)

    def size(self, member: str) -> int:
        return self._files[member].stat().st_size

    def _open_file(self, member: str) -> IO[bytes]:
        path = self._files[member]
        try:
            # O_NOFOLLOW: a file swapped for a link after the folder was listed is not followed.
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError as error:
            raise ArchiveError(
                f"{self.source}: '{member}' cannot be read ({error.strerror or error})."
            ) from error
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            os.close(descriptor)
            raise ArchiveError(
                f"{self.source}: '{member}' is not a regular file; remove it and import again."
            )
        return open(descriptor, "rb", buffering=0)

    def _open_raw(self, member: str) -> io.RawIOBase:
        return _CountingReader(self._open_file(member), self, member, None)

    def _compute_id(self) -> str:
        # Hashing reads the files as they are on disk: it is not inflation, so it is not counted.
        return _folder_id((name, self._open_file(name)) for name in self._files)


def _is_regular_or_folder(path: Path) -> bool:
    mode = path.stat().st_mode
    return stat.S_ISREG(mode) or stat.S_ISDIR(mode)


def group_inputs(paths: list[Path]) -> list[list[Path]]:
    """The archives among the paths: each zip or folder alone; loose data files together as one."""
    groups: list[list[Path]] = []
    loose: list[Path] = []
    for path in paths:
        try:
            is_loose = (
                path.is_file() and path.suffix.lower() != ".zip" and not zipfile.is_zipfile(path)
            )
        except OSError:
            is_loose = False  # open_input says what is wrong with it
        if is_loose:
            loose.append(path)
        else:
            groups.append([path])
    if loose:
        groups.append(loose)
    return groups


def open_input(paths: list[Path], limits: Limits | None = None) -> Archive:
    """Open one archive: a zip, a folder, or loose files (their common folder is the root)."""
    for path in paths:
        try:
            if not path.exists():
                raise ArchiveError(f"{path}: no such file or folder.")
            if not _is_regular_or_folder(path):
                # Opening a pipe would wait forever, and a device never ends.
                raise ArchiveError(
                    f"{path}: not a file or folder (a pipe, socket or device); "
                    "give the path of the downloaded archive."
                )
        except OSError as error:
            raise ArchiveError(f"{path}: cannot be read ({error.strerror or error}).") from error
    if len(paths) == 1:
        path = paths[0]
        try:
            if path.is_dir():
                return FolderArchive(path, limits=limits)
            if path.suffix.lower() == ".zip" or zipfile.is_zipfile(path):
                return open_zip(path, limits)
        except OSError as error:
            raise ArchiveError(f"{path}: cannot be read ({error.strerror or error}).") from error
    for path in paths:
        if not path.is_file():
            raise ArchiveError(
                f"{path}: a folder cannot be imported together with loose files; "
                "import it on its own."
            )
    resolved = [path.resolve() for path in paths]
    root = Path(os.path.commonpath([path.parent for path in resolved]))
    return FolderArchive(root, resolved, limits=limits, source=", ".join(map(str, paths)))
