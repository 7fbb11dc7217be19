"""LinkedIn end to end: an export built here, imported with the `recip` command, checked row by row.

The expected marts are worked out by hand in the comments, not by the code under test.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path

import duckdb

from tests.conftest import REPO
from tests.hostile import fingerprint

RECIP = REPO / ".venv" / "bin" / "recip"

PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their connections "
    "to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n\n'
)

CONNECTIONS = PREAMBLE + (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Alice,Ng,https://www.linkedin.com/in/alice-ng,,Acme,CTO,05 Jan 2024\n"
    'Bob,"Öz, PhD",https://www.linkedin.com/in/bob-oz,,Beta,Dev,04 Jan 2024\n'
    "Carol,Díaz,https://www.linkedin.com/in/carol-diaz,,,,03 Jan 2024\n"
    "Dan,Wu,https://www.linkedin.com/in/dan-wu,,,,02 Jan 2024\n"
    "Eve,Moss,https://www.linkedin.com/in/eve-moss,,,,01 Jan 2024\n"
    "Frank,Li,https://www.linkedin.com/in/frank-li,,,,01 Jan 2024"
)

INVITATIONS = (
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    'Åsa Berg,Alice Ng,"12/30/23, 9:15 AM",,OUTGOING,'
    "https://www.linkedin.com/in/asa-berg,https://www.linkedin.com/in/alice-ng\n"
)

ENDORSEMENTS_GIVEN = (
    "Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,"
    "Endorsement Status\n"
    "2024/01/10 10:00:00 UTC,Python,Alice,Ng,www.linkedin.com/in/alice-ng,ACCEPTED\n"
    '2024/02/01 09:00:00 UTC,SQL,Bob,"Öz, PhD",www.linkedin.com/in/bob-oz,ACCEPTED\n'
    "2024/03/01 00:00:00 UTC,Go,Carol,Díaz,www.linkedin.com/in/carol-diaz,ACCEPTED\n"
)

ENDORSEMENTS_RECEIVED = (
    "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,"
    "Endorsement Status\n"
    "2024/01/12 10:00:00 UTC,Leadership,Alice,Ng,www.linkedin.com/in/alice-ng,ACCEPTED\n"
    '2024/01/20 12:00:00 UTC,Python,Bob,"Öz, PhD",www.linkedin.com/in/bob-oz,ACCEPTED\n'
    "2024/04/01 00:00:00 UTC,Sales,Dan,Wu,www.linkedin.com/in/dan-wu,ACCEPTED\n"
)

MESSAGES = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
    "SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
    "c1,,Alice Ng,https://www.linkedin.com/in/alice-ng,Åsa Berg,"
    "https://www.linkedin.com/in/asa-berg,2024-01-06 08:00:00 UTC,,Thanks!,INBOX,No,No\n"
    "c1,,Åsa Berg,https://www.linkedin.com/in/asa-berg,Alice Ng,"
    "https://www.linkedin.com/in/alice-ng,2024-01-05 08:00:00 UTC,,Hi Alice,INBOX,No,No\n"
    'g1,Team,Åsa Berg,https://www.linkedin.com/in/asa-berg,"Bob Öz, PhD,Carol Díaz",'
    '"https://www.linkedin.com/in/bob-oz,https://www.linkedin.com/in/carol-diaz",'
    "2024-02-10 10:00:00 UTC,,Hello both,INBOX,No,No\n"
    ",,Åsa Berg,https://www.linkedin.com/in/asa-berg,Eve Moss,"
    "https://www.linkedin.com/in/eve-moss,2024-02-11 10:00:00 UTC,,unsent,,Yes,Yes\n"
)

FILES = {
    "Connections.csv": CONNECTIONS,
    "Invitations.csv": INVITATIONS,
    "Endorsement_Given_Info.csv": ENDORSEMENTS_GIVEN,
    "Endorsement_Received_Info.csv": ENDORSEMENTS_RECEIVED,
    "messages.csv": MESSAGES,
    "Education.csv": "School Name,Start Date,End Date,Notes,Degree Name,Activities\n",
    "my-notes.txt": "not an export file",
}

OWNER = "linkedin:asa-berg"


def write_export(folder: Path, files: dict[str, str] = FILES) -> Path:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def zip_export(path: Path, files: dict[str, str], top: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(f"{top}{name}", text)
    return path


def recip(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(RECIP), *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.sql(sql).fetchall()


def test_import_builds_reciprocity_as_computed_by_hand(tmp_path, cli_env):
    export = write_export(tmp_path / "Complete_LinkedInDataExport_04-15-2024")
    db = tmp_path / "warehouse.duckdb"

    result = recip("import", str(export), "--db", str(db), env=cli_env)

    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("loaded")
    assert "linkedin" in line and OWNER in line and "exported 2024-04-15" in line
    assert "Traceback" not in result.stderr
    assert rows(
        db, "select platform, owner_key, exported_at::date::varchar, status from meta.archives"
    ) == [("linkedin", OWNER, "2024-04-15", "loaded")]
    assert rows(db, "select member from meta.unrecognised") == [("my-notes.txt",)]

    # Endorsements. Alice: given 01-10, received 01-12 -> mutual, me first, 2 days.
    # Bob: received 01-20 12:00, given 02-01 09:00 -> mutual, them first, 11 d 21 h = 11.875 days.
    # Carol: given only. Dan: received only.
    assert rows(
        db,
        "select person_key, given_count, received_count, status, initiator, lag_days "
        "from marts.reciprocity where kind = 'endorsement' order by person_key",
    ) == [
        ("linkedin:alice-ng", 1, 1, "mutual", "me", 2.0),
        ("linkedin:bob-oz", 1, 1, "mutual", "them", 11.875),
        ("linkedin:carol-diaz", 1, 0, "given_only", "me", None),
        ("linkedin:dan-wu", 0, 1, "received_only", "them", None),
    ]
    # Messages: Alice 1:1 both ways (sent 01-05 08:00, reply 01-06 08:00 -> 1 day); the group
    # message to Bob and Carol is a group act and the draft to Eve is no act at all.
    assert rows(
        db,
        "select person_key, given_count, received_count, status, initiator, lag_days "
        "from marts.reciprocity where kind = 'message' order by person_key",
    ) == [("linkedin:alice-ng", 1, 1, "mutual", "me", 1.0)]
    assert rows(
        db,
        "select person_key, is_group from marts.interactions where kind = 'message' "
        "and direction = 'given' order by person_key",
    ) == [
        ("linkedin:alice-ng", False),
        ("linkedin:bob-oz", True),
        ("linkedin:carol-diaz", True),
    ]

    # Summary for endorsements: 4 people, 2 mutual, 1 given only, 1 received only;
    # dyad 2/4; edge 2*2/(2*2+1+1) = 4/6; initiated by me: Alice, Carol (1 returned);
    # by them: Bob, Dan (1 returned by me); lags 2 and 11.875: median 6.9375,
    # p90 = 2 + 0.9 * 9.875 = 10.8875.
    summary = rows(
        db,
        "select people, mutual, given_only, received_only, dyad_reciprocity, "
        "round(edge_reciprocity, 6), initiated_by_me, returned_to_me, return_rate_to_me, "
        "initiated_by_them, returned_by_me, return_rate_by_me, median_lag_days, "
        "round(p90_lag_days, 6) from marts.reciprocity_summary where kind = 'endorsement'",
    )
    assert summary == [(4, 2, 1, 1, 0.5, round(4 / 6, 6), 2, 1, 0.5, 2, 1, 0.5, 6.9375, 10.8875)]

    # Effect of giving first. Endorsement: treated = Alice, Carol (initiator me), returned = Alice.
    # Baseline = connections never endorsed by the owner: Dan, Eve, Frank; Dan endorsed the owner.
    # Lift = 0.5 / (1/3) = 1.5. Message: treated = Alice (returned); baseline = the other five
    # connections, none of whom messaged the owner 1:1 -> rate 0, lift NULL.
    assert rows(
        db,
        "select kind, treated, treated_returned, treated_rate, baseline, baseline_returned, "
        "round(baseline_rate, 6), round(lift, 6) from marts.reciprocity_effect "
        "where kind in ('endorsement', 'message') order by kind",
    ) == [
        ("endorsement", 2, 1, 0.5, 3, 1, round(1 / 3, 6), 1.5),
        ("message", 1, 1, 1.0, 5, 0, 0.0, None),
    ]
    assert rows(
        db,
        "select kind, person_key, action, acts from marts.action_items "
        "where kind = 'endorsement' order by person_key",
    ) == [
        ("endorsement", "linkedin:carol-diaz", "awaiting_return", 1),
        ("endorsement", "linkedin:dan-wu", "return_favor", 1),
    ]
    assert rows(
        db,
        "select person_key, display_name, is_owner, is_connection from marts.people "
        "where person_key in ('linkedin:bob-oz', 'linkedin:asa-berg') order by person_key",
    ) == [
        ("linkedin:asa-berg", "Åsa Berg", True, False),
        ("linkedin:bob-oz", "Bob Öz, PhD", False, True),
    ]


def test_reimport_is_already_loaded_and_snapshots_count_acts_once(tmp_path, cli_env):
    first = zip_export(tmp_path / "Basic_LinkedInDataExport_04-15-2024.zip", FILES)
    # A later snapshot repeats everything and adds one endorsement received from Eve.
    later_files = dict(FILES)
    later_files["Endorsement_Received_Info.csv"] = ENDORSEMENTS_RECEIVED + (
        "2024/05/01 00:00:00 UTC,Go,Eve,Moss,www.linkedin.com/in/eve-moss,ACCEPTED\n"
    )
    later = zip_export(
        tmp_path / "Complete_LinkedInDataExport_06-01-2024.zip",
        later_files,
        top="Complete_LinkedInDataExport_06-01-2024/",
    )
    db = tmp_path / "warehouse.duckdb"

    assert recip("import", str(first), "--db", str(db), env=cli_env).returncode == 0
    before = fingerprint(db)
    again = recip("import", str(first), "--db", str(db), env=cli_env)
    assert again.returncode == 0
    assert again.stdout.strip().startswith("already_loaded")
    assert fingerprint(db) == before

    assert recip("import", str(later), "--db", str(db), env=cli_env).returncode == 0
    assert rows(
        db,
        "select direction, count(*), count(distinct archive_id) from marts.interactions "
        "where kind = 'endorsement' group by direction order by direction",
    ) == [("given", 3, 1), ("received", 4, 2)]
    first_id = hashlib.sha256(first.read_bytes()).hexdigest()
    assert rows(
        db,
        "select archive_id = $id from marts.interactions where person_key = 'linkedin:alice-ng' "
        "and kind = 'endorsement' and direction = 'received'".replace("$id", f"'{first_id}'"),
    ) == [(True,)]
    assert rows(db, "select outcome from meta.imports order by started_at") == [
        ("loaded",),
        ("already_loaded",),
        ("loaded",),
    ]


def test_critical_failure_rejects_archive_and_changes_nothing(tmp_path, cli_env):
    db = tmp_path / "warehouse.duckdb"
    good = write_export(tmp_path / "good")
    assert recip("import", str(good), "--db", str(db), env=cli_env).returncode == 0
    # What was found in the rejected archive is kept (its checks, unreadable rows, unknown
    # files), as every import attempt's is; nothing else changes.
    outside_the_record = ("meta.imports", "meta.validations", "meta.rejects", "meta.unrecognised")
    before = fingerprint(db, ignoring=outside_the_record)
    checks_before = rows(db, "select count(*) from meta.validations")[0][0]

    bad_invitations = INVITATIONS + (
        '"Zed Q",Åsa Berg,"1/2/24, 9:15 AM",,SIDEWAYS,https://www.linkedin.com/in/zed,'
        "https://www.linkedin.com/in/asa-berg\n"
    )
    bad = write_export(tmp_path / "bad", {**FILES, "Invitations.csv": bad_invitations})
    result = recip("import", str(bad), "--db", str(db), env=cli_env)

    assert result.returncode == 1
    assert "linkedin_invitations" in result.stderr and "nothing was loaded" in result.stderr
    assert "Traceback" not in result.stderr
    assert fingerprint(db, ignoring=outside_the_record) == before
    assert rows(db, "select outcome from meta.imports order by started_at") == [
        ("loaded",),
        ("rejected",),
    ]
    assert (
        rows(
            db,
            "select table_name, expectation from meta.validations where not success and critical "
            "and archive_id not in (select archive_id from meta.archives) limit 1 offset 0",
        )[0][0]
        == "linkedin_invitations"
    )
    assert rows(db, "select count(*) from meta.validations")[0][0] > checks_before


def test_query_formats_and_usage_errors(tmp_path, cli_env):
    db = tmp_path / "warehouse.duckdb"
    export = write_export(tmp_path / "e")
    assert recip("import", str(export), "--db", str(db), env=cli_env).returncode == 0
    sql = (
        "select person_key, status from marts.reciprocity where kind = 'endorsement' "
        "order by person_key limit 2"
    )
    as_csv = recip("query", sql, "--db", str(db), "--format", "csv", env=cli_env)
    assert as_csv.stdout.splitlines() == [
        "person_key,status",
        "linkedin:alice-ng,mutual",
        "linkedin:bob-oz,mutual",
    ]
    as_json = recip("query", sql, "--db", str(db), "--format", "json", env=cli_env)
    assert json.loads(as_json.stdout) == [
        {"person_key": "linkedin:alice-ng", "status": "mutual"},
        {"person_key": "linkedin:bob-oz", "status": "mutual"},
    ]
    read_only = recip("query", "delete from meta.archives", "--db", str(db), env=cli_env)
    assert read_only.returncode == 1 and "read-only" in read_only.stderr.lower()
    missing = recip("query", "select 1", "--db", str(tmp_path / "none.duckdb"), env=cli_env)
    assert missing.returncode == 2 and "import an archive first" in missing.stderr
    assert recip("import", env=cli_env).returncode == 2


def test_a_warehouse_that_is_no_database_gets_one_sentence(tmp_path, cli_env):
    db = tmp_path / "warehouse.duckdb"
    db.write_text("this is a text file, not a DuckDB database", encoding="utf-8")
    sentence = (
        f"recip: {db} is not a DuckDB database, so it is no warehouse; give --db the warehouse "
        "file, or a path where a new one may be made."
    )
    for command in (["status"], ["import", str(write_export(tmp_path / "e"))]):
        result = recip(*command, "--db", str(db), env=cli_env)
        assert result.returncode == 1
        assert result.stderr.strip().splitlines() == [sentence]
        assert db.read_text(encoding="utf-8") == "this is a text file, not a DuckDB database"
