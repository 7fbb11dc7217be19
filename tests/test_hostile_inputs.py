"""Hostile and broken inputs through `recip import`, as a user would meet them.

One `recip import` builds a warehouse from a sound LinkedIn and Twitter archive and every input
whose damage is confined to some rows: those load, and their bad rows land in meta.rejects.
A second `recip import` takes every input of the hostile corpus (tests/hostile.py) into a copy
of that warehouse. Each must be refused with its own sentence and exit code 1, and the
warehouse, the repository and every folder outside the test's own must be left exactly as they
were. The limits and the guarded reader are then checked in process.
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.hostile import (
    CASES,
    ESCAPE_MARK,
    LINKEDIN_FILES,
    LINKEDIN_OWNER,
    LONG_MESSAGE,
    SALVAGES,
    Case,
    RawEntry,
    Run,
    bomb_zip,
    deflated_zeros,
    files_under,
    fingerprint,
    handmade_zip,
    linkedin_folder,
    linkedin_zip,
    recip_env,
    repository_files,
    run_recip,
    twitter_folder,
)
from transforms import archive as archive_module
from transforms import linkedin, twitter
from transforms.archive import FolderArchive, Limits, ZipArchive, open_input, open_zip
from transforms.result import ArchiveError

GIB = 1024**3


def slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


@dataclass(frozen=True)
class Base:
    """A warehouse built by one `recip import`: a sound LinkedIn and Twitter archive, then
    every salvageable input (bad rows set aside); the hostile corpus runs against a copy."""

    db: Path
    prefect_home: Path
    fingerprint: str
    run: Run
    salvaged: dict[str, Path]  # salvage name → the path given to recip


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Base:
    root = tmp_path_factory.mktemp("base")
    prefect_home = tmp_path_factory.mktemp("prefect-home")
    linkedin_export = linkedin_folder(root / "LinkedInDataExport_01-15-2024", LINKEDIN_FILES)
    twitter_export = twitter_folder(root / "twitter-2024-03-02-base")
    salvaged = {}
    for salvage in SALVAGES:
        folder = root / "inputs" / slug(salvage.name)
        folder.mkdir(parents=True)
        salvaged[salvage.name] = salvage.build(folder)
    db = root / "db" / "warehouse.duckdb"
    run = run_recip(
        ["import", str(linkedin_export), str(twitter_export), *map(str, salvaged.values()),
         "--db", str(db)],
        recip_env(root, prefect_home),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert [line.split()[:2] for line in run.stdout.splitlines()[:2]] == [
        ["loaded", "linkedin"],
        ["loaded", "twitter"],
    ]
    return Base(db, prefect_home, fingerprint(db), run, salvaged)


def copy_warehouse(base: Base, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy2(base.db, folder / base.db.name)
    return folder / base.db.name


@dataclass(frozen=True)
class Corpus:
    run: Run
    db: Path
    inputs: dict[str, Path]  # case name → the path given to recip
    imports: dict[str, tuple[str, str]]  # source path → (outcome, message)
    tree_before: set[str]
    tree_after: set[str]
    repository_before: set[str]
    repository_after: set[str]
    root: Path


@pytest.fixture(scope="module")
def corpus(base, tmp_path_factory) -> Corpus:
    root = tmp_path_factory.mktemp("hostile")
    inputs = {}
    for case in CASES:
        folder = root / "inputs" / slug(case.name)
        folder.mkdir(parents=True)
        inputs[case.name] = case.build(folder)
    db = copy_warehouse(base, root / "db")
    env = recip_env(root, base.prefect_home)
    tree_before = files_under(root, frozenset({"db"}))
    repository_before = repository_files()

    run = run_recip(["import", *map(str, inputs.values()), "--db", str(db)], env)

    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.sql("select source_path, outcome, message from meta.imports").fetchall()
    return Corpus(
        run=run,
        db=db,
        inputs=inputs,
        imports={source: (outcome, message) for source, outcome, message in rows},
        tree_before=tree_before,
        tree_after=files_under(root, frozenset({"db"})),
        repository_before=repository_before,
        repository_after=repository_files(),
        root=root,
    )


def test_the_corpus_is_large_and_every_case_distinct():
    assert len(CASES) >= 25
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: slug(case.name))
def test_each_hostile_input_is_refused_with_its_own_sentence(corpus: Corpus, case: Case):
    source = str(corpus.inputs[case.name])
    outcome, message = corpus.imports[source]
    assert outcome == "rejected"
    assert message.startswith(source), message
    for fragment in case.says:
        assert fragment in message, message
    # What the user sees: the summary line, and the sentence on stderr, once.
    assert any(
        line.startswith("rejected") and line.endswith(source)
        for line in corpus.run.stdout.splitlines()
    )
    assert corpus.run.stderr.count(f"error: {message}\n") == 1


def test_one_invocation_refuses_them_all_with_exit_code_1_and_no_traceback(corpus: Corpus):
    assert corpus.run.returncode == 1
    assert "Traceback" not in corpus.run.stderr
    errors = [line for line in corpus.run.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(CASES)
    assert len(corpus.run.stdout.splitlines()) == len(CASES)


def test_the_warehouse_is_unchanged(corpus: Corpus, base: Base):
    assert fingerprint(corpus.db) == base.fingerprint
    with duckdb.connect(str(corpus.db), read_only=True) as con:
        outcomes = con.sql(
            "select outcome, count(*) from meta.imports group by all order by all"
        ).fetchall()
    assert outcomes == [
        ("loaded", 2 + len([s for s in SALVAGES if not s.rejects])),
        ("loaded_with_warnings", len([s for s in SALVAGES if s.rejects])),
        ("rejected", len(CASES)),
    ]


def test_nothing_is_written_outside_the_test_folders(corpus: Corpus):
    # The inputs, HOME, TMPDIR and the working folder hold exactly what they held before.
    assert corpus.tree_after == corpus.tree_before
    for folder in ("home", "tmp", "cwd"):
        assert list((corpus.root / folder).iterdir()) == []
    assert corpus.repository_after - corpus.repository_before == set()
    # Entries that tried to escape: nothing by their name anywhere they pointed.
    assert not Path("/tmp", ESCAPE_MARK).exists()
    for case in CASES:
        for target in case.escapes:
            for start in (corpus.inputs[case.name].parent, corpus.root / "cwd", corpus.db.parent):
                assert not (start / target).exists()
    assert [p for p in corpus.root.parent.rglob(f"*{ESCAPE_MARK}*")] == []


def test_a_decompression_bomb_is_refused_without_inflating_it(corpus: Corpus):
    """4 GB of zeros in 4 MB: refused from the central directory, memory stays small."""
    bomb = corpus.inputs["decompression bomb"]
    assert bomb.stat().st_size < 5 * 1024**2
    assert corpus.run.peak_rss_bytes < GIB, corpus.run.peak_rss_bytes


# --- inputs that load, minus their bad rows -----------------------------------------------------


def _archive_of(db: Path, source_prefix: str) -> tuple[str, str, str]:
    with duckdb.connect(str(db), read_only=True) as con:
        found = con.execute(
            "select archive_id, status, source_path from meta.archives "
            "where starts_with(source_path, ?)",
            [source_prefix],
        ).fetchall()
    assert len(found) == 1, found
    return found[0]


def test_salvageable_inputs_all_load(base: Base):
    assert "Traceback" not in base.run.stderr
    outcomes = [line.split()[0] for line in base.run.stdout.splitlines()[2:]]
    assert len(outcomes) == len(SALVAGES)
    assert set(outcomes) <= {"loaded", "loaded_with_warnings"}


@pytest.mark.parametrize("salvage", SALVAGES, ids=lambda salvage: slug(salvage.name))
def test_bad_rows_land_in_meta_rejects_and_the_rest_loads(base: Base, salvage):
    archive_id, status, _ = _archive_of(base.db, str(base.salvaged[salvage.name]))
    with duckdb.connect(str(base.db), read_only=True) as con:
        rejects = con.execute(
            "select member, locator, reason from meta.rejects where archive_id = ? order by all",
            [archive_id],
        ).fetchall()
    assert rejects == sorted(salvage.rejects)
    assert status == ("loaded_with_warnings" if salvage.rejects else "loaded")


def test_rows_around_the_bad_ones_are_kept(base: Base):
    def count(name: str, table: str) -> int:
        archive_id, _, _ = _archive_of(base.db, str(base.salvaged[name]))
        with duckdb.connect(str(base.db), read_only=True) as con:
            return con.execute(
                f"select count(*) from raw.{table} where archive_id = ?", [archive_id]
            ).fetchall()[0][0]

    assert count("unclosed quote in the last row", "linkedin_connections") == 3
    assert count("a row with too many fields", "linkedin_connections") == 3
    assert count("NUL bytes in a row", "linkedin_endorsements_received") == 2
    assert count("duplicated lines and a UTF-16 file", "linkedin_connections") == 4
    assert count("tweets that are not tweets", "twitter_tweets") == 1


def test_a_100000_character_message_loads_whole(base: Base):
    archive_id, _, _ = _archive_of(base.db, str(base.salvaged["a 100,000-character message"]))
    with duckdb.connect(str(base.db), read_only=True) as con:
        contents = con.execute(
            "select content from raw.linkedin_messages where archive_id = ? order by sent_at",
            [archive_id],
        ).fetchall()
    assert [len(text) for (text,) in contents] == [len("Thanks!"), 100_000]
    assert contents[1][0] == LONG_MESSAGE


def test_an_export_inside_a_zip_loads_as_the_export_itself(base: Base):
    """One zip layer is opened: the inner zip is the archive, named and hashed as itself."""
    wrapper = base.salvaged["an export e-mailed inside a zip"]
    archive_id, status, source = _archive_of(base.db, str(wrapper))
    assert source == f"{wrapper} > Complete_LinkedInDataExport_02-01-2024.zip"
    with zipfile.ZipFile(wrapper) as outer:
        inner_bytes = outer.read("Complete_LinkedInDataExport_02-01-2024.zip")
    assert archive_id == hashlib.sha256(inner_bytes).hexdigest()
    with duckdb.connect(str(base.db), read_only=True) as con:
        assert con.execute(
            "select owner_key, exported_at::date::varchar from meta.archives where archive_id = ?",
            [archive_id],
        ).fetchall() == [(LINKEDIN_OWNER, "2024-02-01")]
    assert status == "loaded"


# --- the guarded reader and its limits, in process ----------------------------------------------


def test_default_limits_leave_room_for_a_10_gb_archive():
    limits = Limits()
    assert limits.total_bytes >= 6 * 10 * GIB  # read more than once: hashing, parsing, retries
    assert limits.member_bytes >= 10 * GIB
    assert limits.compression_ratio >= 50  # real exports: about 10
    assert limits.entries >= 500_000


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("RECIP_MAX_RATIO", "25.5")
    monkeypatch.setenv("RECIP_MAX_RECORD_BYTES", "1000")
    monkeypatch.setenv("RECIP_MAX_FIELD_BYTES", "")
    limits = Limits.from_env()
    assert (limits.compression_ratio, limits.record_bytes) == (25.5, 1000)
    assert limits.field_bytes == Limits().field_bytes
    monkeypatch.setenv("RECIP_MAX_ENTRIES", "lots")
    with pytest.raises(ArchiveError, match=r"^RECIP_MAX_ENTRIES='lots' is not a positive number"):
        Limits.from_env()


def test_entry_count_limit(tmp_path):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(30):
            archive.writestr(f"Skills_{n}.csv", "Name\nPython\n")
    with pytest.raises(
        ArchiveError, match=r"many\.zip: holds 30 entries, more than the limit of 20"
    ):
        ZipArchive(path, Limits(entries=20))
    folder = linkedin_folder(tmp_path / "many", {f"Skills_{n}.csv": "Name\n" for n in range(30)})
    with pytest.raises(ArchiveError, match=r"many: holds 30 files, more than the limit of 20"):
        FolderArchive(folder, limits=Limits(entries=20))


def test_declared_sizes_are_judged_before_a_byte_is_inflated(tmp_path):
    path = linkedin_zip(
        tmp_path / "big.zip", {"Connections.csv": "x" * 3000, "Skills.csv": "y" * 3000}
    )
    with pytest.raises(
        ArchiveError,
        match=r"'Connections\.csv' would inflate to 3,000 bytes, beyond the limit of 2,000",
    ):
        ZipArchive(path, Limits(member_bytes=2000))
    with pytest.raises(
        ArchiveError, match=r"its entries would inflate to 6,000 bytes, beyond the limit of 5,000"
    ):
        ZipArchive(path, Limits(total_bytes=5000))
    folder = linkedin_folder(
        tmp_path / "big", {"Connections.csv": "x" * 3000, "Skills.csv": "y" * 3000}
    )
    with pytest.raises(
        ArchiveError, match=r"'Connections\.csv' holds 3,000 bytes, beyond the limit of 2,000"
    ):
        FolderArchive(folder, limits=Limits(member_bytes=2000))
    with pytest.raises(
        ArchiveError, match=r"its files hold 6,000 bytes, beyond the limit of 5,000"
    ):
        FolderArchive(folder, limits=Limits(total_bytes=5000))


def test_small_files_may_compress_well_but_big_ones_may_not(tmp_path):
    """The ratio is judged only past the floor: a 1 MiB file of zeros is no bomb."""
    small = handmade_zip(tmp_path / "small.zip", [
        RawEntry("Skills.csv", deflated_zeros(1), method=zipfile.ZIP_DEFLATED,
                 declared_size=1 << 20, crc=zlib.crc32(bytes(1 << 20))),
    ])  # fmt: skip
    assert ZipArchive(small).read_bytes("Skills.csv") == bytes(1 << 20)
    with pytest.raises(ArchiveError, match=r"would expand 1,0\d\d times.*decompression bomb"):
        ZipArchive(bomb_zip(tmp_path / "bomb.zip", 64), Limits(ratio_floor_bytes=1 << 20))


def test_reading_stops_the_moment_a_file_grows_past_the_limit(tmp_path):
    """A file still being written when it is read: the stream stops at the limit."""
    folder = linkedin_folder(tmp_path / "growing", {"Connections.csv": "x" * 1000})
    archive = FolderArchive(folder, limits=Limits(member_bytes=4 * 1024**2))
    with open(folder / "Connections.csv", "ab") as handle:
        handle.truncate(64 * 1024**2)
    stream = archive.open("Connections.csv")
    read = 0
    with pytest.raises(ArchiveError, match=r"'Connections\.csv' inflates beyond 4,194,304 bytes"):
        while chunk := stream.read(1 << 16):
            read += len(chunk)
    assert read <= 4 * 1024**2


def test_an_over_long_csv_field_rejects_its_row_and_the_rest_loads(tmp_path):
    messages = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        "c1,,Ada Byron,https://www.linkedin.com/in/ada-byron,Me,https://www.linkedin.com/in/me,"
        "2024-01-06 08:00:00 UTC,,short,INBOX\n"
        "c2,,Ada Byron,https://www.linkedin.com/in/ada-byron,Me,https://www.linkedin.com/in/me,"
        f'2024-01-07 08:00:00 UTC,,"{"z" * 5000}",INBOX\n'
        "c3,,Ada Byron,https://www.linkedin.com/in/ada-byron,Me,https://www.linkedin.com/in/me,"
        "2024-01-08 08:00:00 UTC,,after,INBOX\n"
    )
    folder = linkedin_folder(tmp_path / "e", {"messages.csv": messages})
    result = linkedin.parse(FolderArchive(folder, limits=Limits(field_bytes=1000)))
    assert [row["content"] for row in result.tables["linkedin_messages"].to_pylist()] == [
        "short",
        "after",
    ]
    assert [(r.locator, r.reason) for r in result.rejects] == [
        ("3", "unreadable CSV record (a field is longer than the limit of 1,000 characters "
              "(raise RECIP_MAX_FIELD_BYTES if it is genuine))"),
    ]  # fmt: skip


def test_an_over_long_record_is_refused_in_csv_and_json(tmp_path):
    lines = "First Name,Last Name,URL,Connected On\n" + "a," * 3000 + "\n"
    folder = linkedin_folder(tmp_path / "csv", {"Connections.csv": lines})
    with pytest.raises(
        ArchiveError, match=r"'Connections\.csv' has a line longer than 4,096 characters at line 2"
    ):
        linkedin.parse(FolderArchive(folder, limits=Limits(record_bytes=4096)))

    multi_line = "First Name,Last Name,URL,Connected On\n" + '"' + "a\n" * 3000 + '",b,c,d\n'
    folder = linkedin_folder(tmp_path / "csv2", {"Connections.csv": multi_line})
    with pytest.raises(
        ArchiveError,
        match=r"'Connections\.csv' has a record longer than 4,096 characters at line 2",
    ):
        linkedin.parse(FolderArchive(folder, limits=Limits(record_bytes=4096)))

    long_tweet = (
        'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "'
        + "t" * 20_000
        + '"}}]'
    )
    folder = linkedin_folder(tmp_path / "js", {"data/tweets.js": long_tweet})
    with pytest.raises(ArchiveError, match=r"^data/tweets\.js: one record runs past 4,096 bytes"):
        twitter.parse(FolderArchive(folder, limits=Limits(record_bytes=4096)))

    manifest = "window.__THAR_CONFIG = {" + " " * 10_000 + "}"
    folder = linkedin_folder(tmp_path / "manifest", {"data/manifest.js": manifest})
    with pytest.raises(
        ArchiveError, match=r"^data/manifest\.js: the file is larger than 4,096 bytes"
    ):
        twitter.parse(FolderArchive(folder, limits=Limits(record_bytes=4096)))


def test_a_wrapped_zip_is_spooled_to_an_anonymous_file_and_leaves_nothing(tmp_path, monkeypatch):
    inner = linkedin_zip(tmp_path / "Complete_LinkedInDataExport_02-01-2024.zip")
    wrapper = tmp_path / "fwd.zip"
    with zipfile.ZipFile(wrapper, "w") as archive:
        archive.write(inner, inner.name)
        archive.writestr("__MACOSX/._Complete_LinkedInDataExport_02-01-2024.zip", b"\0" * 10)
    spool_folder = tmp_path / "spool"
    spool_folder.mkdir()
    monkeypatch.setattr(archive_module, "SPOOL_IN_MEMORY", 100)  # force it onto disk
    monkeypatch.setattr("tempfile.tempdir", str(spool_folder))
    with open_zip(wrapper) as opened:
        assert opened.name == inner.name
        assert sorted(opened.members()) == sorted(LINKEDIN_FILES)
        assert opened.archive_id == hashlib.sha256(inner.read_bytes()).hexdigest()
        assert linkedin.parse(opened).tables["linkedin_connections"].num_rows == 3
        assert list(spool_folder.iterdir()) == []  # unlinked as soon as it was made
    # The wrapped zip counts against the wrapper's limits while it is spooled out.
    with pytest.raises(
        ArchiveError, match=r"fwd\.zip: .*inflates beyond|fwd\.zip: its entries would"
    ):
        open_zip(wrapper, Limits(total_bytes=inner.stat().st_size + 5))


def test_loose_files_and_folders_are_not_mixed_and_devices_are_refused(tmp_path):
    folder = linkedin_folder(tmp_path / "e", LINKEDIN_FILES)
    with pytest.raises(
        ArchiveError, match=r"a folder cannot be imported together with loose files"
    ):
        open_input([folder / "Connections.csv", folder])
    with pytest.raises(ArchiveError, match=r"^/dev/null: not a file or folder"):
        open_input([Path("/dev/null")])
