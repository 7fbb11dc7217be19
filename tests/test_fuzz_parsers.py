"""Property-based fuzzing: the real samples, cut, flipped, duplicated and re-encoded, go through
the parsers, which may only ever return rows (and rejects) or raise the project's ArchiveError.

Examples are derandomized, so a run is reproducible and CI sees the same inputs every time, and
nothing is written to a Hypothesis database.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import LINKEDIN_SAMPLES, TWITTER_SAMPLES
from transforms import detect, linkedin, twitter
from transforms.archive import ZipArchive
from transforms.result import EXCERPT_LIMIT, ArchiveError, ParseResult

FUZZ = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _linkedin_samples() -> list[tuple[str, bytes]]:
    manifest = json.loads((LINKEDIN_SAMPLES / "manifest.json").read_text(encoding="utf-8"))
    # The manifest also lists files that were studied but not kept.
    return sorted(
        (entry["path"].split(".zip/")[-1], (LINKEDIN_SAMPLES / entry["file"]).read_bytes())
        for entry in manifest
        if (LINKEDIN_SAMPLES / entry["file"]).is_file()
    )


def _twitter_member(sample: Path) -> str | None:
    """The path a sample had in its archive (`__` stands for `/`), or None for excerpts."""
    name = re.sub(r"__at_[0-9a-f]+", "", sample.name).replace(".selected", "")
    if "excerpt" in name or not name.endswith((".js", ".csv")):
        return None
    return name.replace("__", "/")


def _twitter_samples() -> list[tuple[str, bytes]]:
    found = []
    for sample in sorted(TWITTER_SAMPLES.rglob("*")):
        member = _twitter_member(sample) if sample.is_file() else None
        if member is not None:
            found.append((member, sample.read_bytes()))
    return found


LINKEDIN = _linkedin_samples()
TWITTER = _twitter_samples()

HOSTILE_BYTES = (b'"', b"\x00", b"[", b"{", b"]", b"}", b",", b"\n", b"\r", b"\\", b"\xff",
                 b"\xef\xbb\xbf", b"=", b";", "é".encode(), b'""', b"\t", b"\xfe\xff", b"\x80",
                 b'\\"', b"[[[[[[[[", b"window.YTD.x.part0 = ")  # fmt: skip
# Openings that make a parser recurse, repeated thousands of times.
NESTING = (b"[", b'{"a":', b"<div>", b"<b>", b"<p>", b'"', b"(")
ENCODINGS = ("utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252", "utf-8-sig")


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True) or [b""]


@st.composite
def mutation(draw, data: bytes) -> bytes:
    """One change a download, a mail client or a spreadsheet could make to the bytes."""
    kind = draw(
        st.sampled_from(("cut", "flip", "insert", "nest", "duplicate", "drop", "swap", "encode"))
    )
    position = draw(st.integers(0, len(data)))
    if kind == "cut":
        return data[:position]
    if kind == "flip":
        if not data:
            return data
        position = min(position, len(data) - 1)
        return data[:position] + bytes([draw(st.integers(0, 255))]) + data[position + 1 :]
    if kind == "insert":
        token = draw(st.sampled_from(HOSTILE_BYTES)) * draw(st.integers(1, 4))
        return data[:position] + token + data[position:]
    if kind == "nest":
        # Near the end half of the time: where an HTML page has its body, after the styles.
        position = draw(st.one_of(st.just(position), st.integers(len(data) * 9 // 10, len(data))))
        token = draw(st.sampled_from(NESTING)) * draw(st.sampled_from((300, 3_000, 30_000)))
        return data[:position] + token + data[position:]
    lines = _lines(data)
    index = draw(st.integers(0, len(lines) - 1))
    if kind == "duplicate":
        lines.insert(index, lines[index])
    elif kind == "drop":
        del lines[index]
    elif kind == "swap":
        other = draw(st.integers(0, len(lines) - 1))
        lines[index], lines[other] = lines[other], lines[index]
    else:
        encoding = draw(st.sampled_from(ENCODINGS))
        return data.decode("utf-8", "replace").encode(encoding, "replace")
    return b"".join(lines)


@st.composite
def mutated(draw, samples: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    member, data = draw(st.sampled_from(samples))
    for _ in range(draw(st.integers(1, 4))):
        data = draw(mutation(data))
    return member, data


def _zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in files.items():
            archive.writestr(member, data)
    return buffer.getvalue()


def _open(zipped: bytes) -> ZipArchive:
    return ZipArchive(Path("fuzzed.zip"), fileobj=io.BytesIO(zipped))


def _assert_sound(result: ParseResult, platform: str) -> None:
    """What a parser hands back is well formed, whatever it was given."""
    assert result.platform == platform
    for table in result.tables.values():
        assert isinstance(table, pa.Table)
    for reject in result.rejects:
        assert reject.member and reject.reason
        assert len(reject.excerpt) <= EXCERPT_LIMIT


def _parse_or_refuse(parse, zipped: bytes, platform: str) -> None:
    with _open(zipped) as archive:
        try:
            result = parse(archive)
        except ArchiveError as error:
            assert str(error).strip(), "an ArchiveError must say what is wrong"
            return
    _assert_sound(result, platform)


@FUZZ
@given(mutated(LINKEDIN))
def test_linkedin_parser_returns_rows_or_archive_error(sample):
    member, data = sample
    _parse_or_refuse(linkedin.parse, _zip_of({member: data}), "linkedin")


# The files whose text is HTML or holds it (articles; InMail bodies in messages.csv), where a
# parser walks a tree.
LINKEDIN_HTML = [
    (member, data)
    for member, data in LINKEDIN
    if member.endswith(".html") or re.search(rb"<(p|br|div|span|a|b)\b", data)
]


@FUZZ
@given(mutated(LINKEDIN_HTML))
def test_linkedin_html_returns_rows_or_archive_error(sample):
    member, data = sample
    _parse_or_refuse(linkedin.parse, _zip_of({member: data}), "linkedin")


@FUZZ
@given(mutated(TWITTER))
def test_twitter_parser_returns_rows_or_archive_error(sample):
    member, data = sample
    _parse_or_refuse(twitter.parse, _zip_of({member: data}), "twitter")


@FUZZ
@given(st.lists(mutated(TWITTER), min_size=2, max_size=4))
def test_twitter_archives_of_several_mutated_files(samples):
    """Files that meet in one archive (a manifest and its parts, tweets and their notes)."""
    _parse_or_refuse(twitter.parse, _zip_of(dict(samples)), "twitter")


def _sound_zip(folder: Path, names: tuple[str, ...]) -> bytes:
    """One repository's samples, zipped as their archive held them."""
    files = {}
    for name in names:
        member = _twitter_member(folder / name) or name.replace("__", "/")
        files[member] = (folder / name).read_bytes()
    return _zip_of(files)


# Two archives that parse cleanly as they are: one of each platform.
SOUND_ZIPS = (
    _sound_zip(
        TWITTER_SAMPLES / "andreruffert__twitter",
        ("data__manifest.js", "data__account.js", "data__tweets.js", "data__follower.js",
         "data__following.js", "data__direct-messages.js", "data__like.js"),
    ),
    _sound_zip(
        LINKEDIN_SAMPLES / "SStellaMary__LinkedIn-Analysis",
        ("Connections.csv", "Invitations.csv", "messages.csv", "Recommendations_Received.csv",
         "Shares.csv"),
    ),
)  # fmt: skip


@FUZZ
@given(st.data())
def test_damaged_zips_open_detect_and_parse_or_refuse(data):
    zipped = data.draw(st.sampled_from(SOUND_ZIPS))
    for _ in range(data.draw(st.integers(1, 3))):
        zipped = data.draw(mutation(zipped))
    try:
        archive = _open(zipped)
    except ArchiveError:
        return
    with archive:
        try:
            platform = detect.detect_platform(archive)
            result = detect.parse_archive(archive, platform)
        except ArchiveError as error:
            assert str(error).startswith("fuzzed.zip"), str(error)
            return
    _assert_sound(result, platform)


def test_the_fuzzed_samples_are_the_real_ones():
    """Every sample file is in play, and the zips parse as they are: the properties above do
    not fuzz an empty list or inputs that fail before the damage."""
    for zipped, platform in zip(SOUND_ZIPS, ("twitter", "linkedin"), strict=True):
        with _open(zipped) as archive:
            assert detect.detect_platform(archive) == platform
            result = detect.parse_archive(archive, platform)
        assert result.rejects == [] and result.row_count() > 10
    assert len(LINKEDIN) >= 40 and len(TWITTER) >= 40 and len(LINKEDIN_HTML) >= 4
    assert {"Connections.csv", "messages.csv", "Invitations.csv"} <= dict(LINKEDIN).keys()
    assert {"data/tweets.js", "data/manifest.js", "tweets.csv"} <= dict(TWITTER).keys()
