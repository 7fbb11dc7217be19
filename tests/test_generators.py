"""The synthetic archive generators: reproducible, shaped like the real exports, and the bundled
demo is exactly what the generator writes. These tests read the files directly, never through
the project's parsers, so a parser bug cannot hide a generator bug (or the other way round)."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from generators.__main__ import main, write_demo
from generators.linkedin import (
    CONNECTIONS_PREAMBLE,
    share_commentary,
    write_demo_linkedin,
    write_linkedin_archive,
)
from generators.people import CAST, OWNER
from generators.twitter import manifest_json, write_twitter_archive, x_json
from tests.conftest import LINKEDIN_SAMPLES, REPO, TWITTER_SAMPLES

SAMPLES = REPO / "data" / "samples"
JS_PREFIX = re.compile(r"^window\.YTD\.([a-z_]+)\.part(\d+) = ")


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def load_js(data: bytes) -> list | dict:
    text = data.decode("utf-8")
    return json.loads(text[text.index("=") + 1 :])


def csv_rows(data: bytes, *, skip_preamble: bool = False, **options: str) -> list[list[str]]:
    text = data.decode("utf-8")
    if skip_preamble:
        text = text[text.index("First Name,") :]
    return list(csv.reader(io.StringIO(text, newline=""), **options))


def numbers_in(value: object) -> list[object]:
    """Every JSON number anywhere in `value` (X writes none)."""
    if isinstance(value, dict):
        return [n for item in value.values() for n in numbers_in(item)]
    if isinstance(value, list):
        return [n for item in value for n in numbers_in(item)]
    return [value] if isinstance(value, int | float) and not isinstance(value, bool) else []


@pytest.fixture(scope="module")
def small_twitter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 tweets in parts of about 40 kB, so the split happens several times."""
    return write_twitter_archive(
        tmp_path_factory.mktemp("x"),
        tweets=300,
        followers=40,
        following=30,
        likes=25,
        dms=60,
        seed=11,
        max_part_bytes=40_000,
    )


@pytest.fixture(scope="module")
def small_linkedin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_linkedin_archive(
        tmp_path_factory.mktemp("li"), connections=120, messages=400, endorsements=90, seed=5
    )


# ---------------------------------------------------------------------------------------------
# Reproducibility


def test_same_seed_same_bytes_different_seed_different_bytes(tmp_path: Path) -> None:
    runs = []
    for run, seed in (("a", 3), ("b", 3), ("c", 4)):
        x = write_twitter_archive(tmp_path / run, tweets=120, dms=30, seed=seed, as_zip=True)
        li = write_linkedin_archive(tmp_path / run, connections=60, messages=80, seed=seed)
        runs.append((x.read_bytes(), tree(li)))
    assert runs[0] == runs[1]
    assert runs[0][0] != runs[2][0]
    assert runs[0][1]["Connections.csv"] != runs[2][1]["Connections.csv"]


def test_committed_demo_is_what_the_generator_writes(tmp_path: Path) -> None:
    written = write_demo(tmp_path)
    assert [p.name for p in written] == [
        "Complete_LinkedInDataExport_03-14-2026",
        "twitter-2025-11-14-9d9a858607acfb064155033d46718128bf1b075db4ad0d40fde800009574c65d",
        "twitter-2026-03-14-50bcd180cacd57e0aacff738a26d6d1ff384624b536a61ed9d14109f62f1cb3f",
    ]
    generated, committed = tree(tmp_path), tree(SAMPLES)
    assert sorted(committed) == sorted(generated)
    changed = [name for name in generated if generated[name] != committed[name]]
    assert changed == [], "data/samples is stale: run `python -m generators demo data/samples`"
    assert sum(len(data) for data in committed.values()) < 400_000


def test_demo_rewrite_replaces_earlier_archives(tmp_path: Path) -> None:
    stale = tmp_path / "twitter-2020-01-01-abc"
    stale.mkdir()
    (stale / "leftover.js").write_text("x")
    assert main(["demo", str(tmp_path)]) == 0
    assert not stale.exists()
    assert len([p for p in tmp_path.iterdir() if p.is_dir()]) == 3


# ---------------------------------------------------------------------------------------------
# X's JSON printing, checked against real files


@pytest.mark.parametrize(
    "sample",
    [
        "andreruffert__twitter/data__tweets.js",
        "andreruffert__twitter/data__tweets.selected.js",
        "andreruffert__twitter/data__like.js",
        "andreruffert__twitter/data__account-label.js",
        "andreruffert__twitter/data__block.js",
        "andreruffert__twitter/data__manifest.js",
        "alrocar__x/data__tweets.js",
        "alrocar__x/data__note-tweet.js",
        "MorangTheClang__Twitter2/data__direct-message-headers.js",
    ],
)
def test_printer_reproduces_real_x_files_byte_for_byte(sample: str) -> None:
    raw = (TWITTER_SAMPLES / sample).read_text(encoding="utf-8")
    head, _, body = raw.partition("= ")
    value = json.loads(body)
    if head.startswith("window.__THAR_CONFIG"):
        printed = manifest_json(value)
    elif not value:
        printed = "[ ]"
    else:
        printed = "[\n" + ",\n".join("  " + x_json(item, 1) for item in value) + "\n]"
    assert head + "= " + printed == raw


# ---------------------------------------------------------------------------------------------
# Twitter/X archives


def test_twitter_manifest_counts_every_record_of_every_part(small_twitter: Path) -> None:
    files = tree(small_twitter)
    manifest_text = files["data/manifest.js"].decode("utf-8")
    assert manifest_text.startswith('window.__THAR_CONFIG = {\n  "userInfo" : {\n')
    manifest = load_js(files["data/manifest.js"])
    assert isinstance(manifest, dict)
    assert manifest["archiveInfo"]["generationDate"].startswith("2026-03-14T")
    listed = set()
    for key, data_type in manifest["dataTypes"].items():
        for entry in data_type.get("files", []):
            listed.add(entry["fileName"])
            records = load_js(files[entry["fileName"]])
            assert str(len(records)) == entry["count"], (key, entry)
            number = re.search(r"part(\d+)$", entry["globalName"])
            assert number and entry["globalName"] == (
                "YTD." + Path(entry["fileName"]).stem.split("-part")[0].replace("-", "_")
                + f".part{number.group(1)}"
            )  # fmt: skip
    data_files = {name for name in files if name.startswith("data/") and name.endswith(".js")}
    assert data_files - listed == {"data/manifest.js"}
    assert int(manifest["archiveInfo"]["sizeBytes"]) == sum(
        len(data) for name, data in files.items() if name != "data/manifest.js"
    )

    parts = manifest["dataTypes"]["tweets"]["files"]
    assert [int(p["count"]) for p in parts] == [32, 30, 32, 31, 31, 32, 30, 29, 32, 21]
    assert [p["fileName"] for p in parts] == ["data/tweets.js"] + [
        f"data/tweets-part{n}.js" for n in range(1, len(parts))
    ]
    assert sum(int(p["count"]) for p in parts) == 300
    headers = manifest["dataTypes"]["tweetHeaders"]["files"]
    assert [int(p["count"]) for p in headers] == [252, 48]
    assert [int(p["count"]) for p in manifest["dataTypes"]["follower"]["files"]] == [40]
    assert [int(p["count"]) for p in manifest["dataTypes"]["following"]["files"]] == [30]
    assert [int(p["count"]) for p in manifest["dataTypes"]["like"]["files"]] == [25]
    conversations = load_js(files["data/direct-messages.js"]) + load_js(
        files["data/direct-messages-group.js"]
    )
    assert (
        sum(len(c["dmConversation"]["messages"]) for c in conversations)
        - sum(
            1
            for c in conversations
            for event in c["dmConversation"]["messages"]
            if "joinConversation" in event
        )
        == 60
    )


def test_every_js_file_is_an_x_assignment_of_json(small_twitter: Path) -> None:
    files = tree(small_twitter)
    for name, data in files.items():
        if not name.endswith(".js") or name == "data/manifest.js":
            continue
        text = data.decode("utf-8")
        match = JS_PREFIX.match(text)
        stem = Path(name).stem
        expected_part = int(stem.split("-part")[1]) if "-part" in stem else 0
        assert match and match.group(1) == stem.split("-part")[0].replace("-", "_"), name
        assert int(match.group(2)) == expected_part
        value = load_js(data)
        assert isinstance(value, list)
        assert numbers_in(value) == [], name
        assert not text.endswith("\n")
        if value:
            assert text[match.end() :].startswith('[\n  {\n    "')
            assert text.endswith("\n]")
        else:
            assert text[match.end() :] == "[ ]"
    assert files["data/screen-name-change.js"] == b"window.YTD.screen_name_change.part0 = [ ]"


def test_tweets_look_like_x_tweets(small_twitter: Path) -> None:
    files = tree(small_twitter)
    owner_id = load_js(files["data/account.js"])[0]["account"]["accountId"]
    parts = sorted(name for name in files if re.fullmatch(r"data/tweets(-part\d+)?\.js", name))
    tweets = [t["tweet"] for name in parts for t in load_js(files[name])]
    assert len(tweets) == len({t["id_str"] for t in tweets}) == 300

    when = {
        t["id_str"]: datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y") for t in tweets
    }
    by_id = sorted(when, key=int)
    assert all(when[a] <= when[b] for a, b in itertools.pairwise(by_id))
    # X's parts mix years: some part holds a tweet older than one in a later part.
    spans = [[when[t["tweet"]["id_str"]] for t in load_js(files[name])] for name in parts]
    assert any(max(spans[i + 1]) > min(spans[i]) for i in range(len(spans) - 1))

    retweets = [t for t in tweets if t["full_text"].startswith("RT @")]
    assert retweets and all(
        t["entities"]["user_mentions"][0]["indices"][0] == "3" for t in retweets
    )
    replies = [t for t in tweets if "in_reply_to_user_id_str" in t]
    assert {t["in_reply_to_user_id_str"] == owner_id for t in replies} == {True, False}
    quotes = [
        u["expanded_url"]
        for t in tweets
        for u in t["entities"]["urls"]
        if re.fullmatch(r"https://(twitter|x)\.com/\w+/status/\d+", u["expanded_url"])
    ]
    assert quotes
    edited = [t for t in tweets if "edit" in t["edit_info"]]
    for version in edited:
        ids = version["edit_info"]["edit"]["editControlInitial"]["editTweetIds"]
        first = next(t for t in tweets if t["id_str"] == ids[0])
        assert first["edit_info"]["initial"]["editTweetIds"] == ids == [ids[0], version["id_str"]]
    assert all(re.fullmatch(r"\d{16,19}", t["id_str"]) and t["id"] == t["id_str"] for t in tweets)


def test_direct_messages_are_newest_first_with_every_key(small_twitter: Path) -> None:
    files = tree(small_twitter)
    owner_id = load_js(files["data/account.js"])[0]["account"]["accountId"]
    for conversation in load_js(files["data/direct-messages.js"]):
        body = conversation["dmConversation"]
        low, high = body["conversationId"].split("-")
        assert int(low) < int(high) and owner_id in (low, high)
        stamps = [m["messageCreate"]["createdAt"] for m in body["messages"]]
        assert stamps == sorted(stamps, reverse=True)
        for message in body["messages"]:
            assert list(message["messageCreate"]) == [
                "recipientId", "reactions", "urls", "text", "mediaUrls", "senderId", "id",
                "createdAt", "editHistory",
            ]  # fmt: skip
            assert owner_id in (message["messageCreate"]["senderId"],
                                message["messageCreate"]["recipientId"])  # fmt: skip


def test_twitter_zip_has_xs_name_and_layout(tmp_path: Path) -> None:
    assert main(["twitter", str(tmp_path), "--tweets", "20", "--dms", "5", "--zip"]) == 0
    (archive,) = tmp_path.iterdir()
    assert re.fullmatch(r"twitter-2026-03-14-[0-9a-f]{64}\.zip", archive.name)
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        assert names[:2] == ["Your archive.html", "data/README.txt"]
        assert names[-1] == "data/manifest.js"
        assert {"data/tweets.js", "data/tweet-headers.js", "data/direct-messages.js"} <= set(names)
        assert b'src="./data/manifest.js"' in zipped.read("Your archive.html")


# ---------------------------------------------------------------------------------------------
# LinkedIn exports


def test_connections_carry_linkedins_preamble_and_no_final_newline(small_linkedin: Path) -> None:
    data = (small_linkedin / "Connections.csv").read_bytes()
    real = (LINKEDIN_SAMPLES / "mohamedeways__LinkedIn-Profile" / "Connections.csv").read_bytes()
    assert data[:375] == real[:375] == CONNECTIONS_PREAMBLE.encode("utf-8")
    assert hashlib.md5(data[:375]).hexdigest() == "07e2f82475041ef4f36f2c68777e285a"
    assert data[375:].startswith(
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    )
    assert not data.endswith(b"\n")
    assert b"\r" not in data and not data.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(data, skip_preamble=True)[1:]
    assert len(rows) == 120
    dates = [datetime.strptime(row[6], "%d %b %Y") for row in rows]
    assert dates == sorted(dates, reverse=True)
    assert all(re.fullmatch(r"\d\d [A-Z][a-z]{2} \d{4}", row[6]) for row in rows)
    named = [row for row in rows if row[0]]
    assert len(named) == 119  # one member has hidden their profile: only the date is left
    assert all(row[2].startswith("https://www.linkedin.com/in/") for row in named)


@pytest.mark.parametrize(
    ("columns", "header"),
    [
        (10, b"CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
             b"RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"),
        (11, b'"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO",'
             b'"RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\n'),
        (12, b"CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
             b"RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,"
             b"IS CONVERSATION DRAFT\n"),
    ],
)  # fmt: skip
def test_messages_headers_and_contiguous_conversations(
    tmp_path: Path, columns: int, header: bytes
) -> None:
    archive = write_linkedin_archive(
        tmp_path, connections=50, messages=700, endorsements=4, seed=9, message_columns=columns
    )
    data = (archive / "messages.csv").read_bytes()
    assert data.startswith(header)
    rows = csv_rows(data)[1:]
    drafts = [row for row in rows if columns == 12 and row[10] == "Yes"]
    assert (len(rows) - len(drafts), len(drafts)) == (700, 2 if columns == 12 else 0)
    assert all(row[0] == row[4] == row[5] == row[9] == "" for row in drafts)
    sponsored = [row for row in rows if row[1] == "Sponsored Conversation"]
    assert len(sponsored) == 10 and all(row[3] == "" for row in sponsored)
    assert all(len(row) == columns for row in rows)
    seen: list[str] = []
    for row in rows:
        if row[0] and (not seen or seen[-1] != row[0]):
            assert row[0] not in seen, "a conversation's rows must be contiguous"
            seen.append(row[0])
    assert all(re.fullmatch(r"2-[A-Za-z0-9+/]+=*", cid) for cid in seen)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", row[6]) for row in rows)
    groups = [row for row in rows if row[5].count(",") >= 2]
    assert groups and all(row[5].count("https://") == row[5].count(",") + 1 for row in groups)


def test_endorsements_split_given_and_received(small_linkedin: Path) -> None:
    given = csv_rows((small_linkedin / "Endorsement_Given_Info.csv").read_bytes())
    received = csv_rows((small_linkedin / "Endorsement_Received_Info.csv").read_bytes())
    assert given[0][2:5] == ["Endorsee First Name", "Endorsee Last Name", "Endorsee Public Url"]
    assert received[0][2:5] == ["Endorser First Name", "Endorser Last Name", "Endorser Public Url"]
    assert (len(given) - 1, len(received) - 1) == (45, 45)
    for row in given[1:] + received[1:]:
        assert re.fullmatch(r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d UTC", row[0])
        assert row[4].startswith("www.linkedin.com/in/") and row[5] == "ACCEPTED"
    # Someone endorsing several skills does it within one second.
    stamps = [(row[0], row[4]) for row in given[1:]]
    assert max(stamps.count(stamp) for stamp in stamps) >= 2


def test_invitations_and_recommendations_dates(small_linkedin: Path) -> None:
    invitations = csv_rows((small_linkedin / "Invitations.csv").read_bytes())
    assert invitations[0] == [
        "From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl",
    ]  # fmt: skip
    assert {row[4] for row in invitations[1:]} == {"OUTGOING", "INCOMING"}
    assert all(
        re.fullmatch(r"\d{1,2}/\d{1,2}/\d\d, \d{1,2}:\d\d [AP]M", r[2]) for r in invitations[1:]
    )
    received = csv_rows((small_linkedin / "Recommendations_Received.csv").read_bytes())
    assert all(re.fullmatch(r"\d\d/\d\d/\d\d, \d\d:\d\d [AP]M", r[5]) for r in received[1:])
    assert {row[6] for row in received[1:]} == {"VISIBLE"}


def test_linkedin_zip_holds_the_files_at_its_root(tmp_path: Path) -> None:
    assert (
        main(["linkedin", str(tmp_path), "--connections", "10", "--messages", "10", "--zip"]) == 0
    )
    (archive,) = tmp_path.iterdir()
    assert archive.name == "Complete_LinkedInDataExport_03-14-2026.zip"
    with zipfile.ZipFile(archive) as zipped:
        names = set(zipped.namelist())
    assert {
        "Connections.csv", "Invitations.csv", "messages.csv", "Endorsement_Given_Info.csv",
        "Endorsement_Received_Info.csv", "Recommendations_Given.csv",
        "Recommendations_Received.csv", "Profile.csv", "Skills.csv", "Positions.csv",
        "Projects.csv", "Reactions.csv", "Comments.csv", "Shares.csv", "Votes.csv",
        "Education.csv", "Rich_Media.csv", "Email Addresses.csv",
    } == {name for name in names if not name.startswith("Articles/")}  # fmt: skip
    assert len([name for name in names if re.fullmatch(r"Articles/[^/]+\.html", name)]) == 1


def test_share_commentary_wraps_each_line_in_quotes() -> None:
    assert share_commentary(["Big news", "", 'It is "done"']) == 'Big news"\n""\n"It is ""done""'


# ---------------------------------------------------------------------------------------------
# The demo's story


def test_demo_linkedin_tells_the_endorsement_story(tmp_path: Path) -> None:
    archive = write_demo_linkedin(tmp_path)
    connections = csv_rows((archive / "Connections.csv").read_bytes(), skip_preamble=True)[1:]
    assert len(connections) == 48
    assert ["", "", "", "", "", "", "25 Feb 2025"] in connections
    slugs = {row[2].rsplit("/", 1)[1] for row in connections if row[2]}
    assert "mei-chen-phd-4b1a7c" in slugs and OWNER.slug not in slugs

    def firsts(name: str) -> dict[str, str]:
        rows = csv_rows((archive / name).read_bytes())[1:]
        first: dict[str, str] = {}
        for row in rows:
            slug = row[4].rsplit("/", 1)[1]
            first[slug] = min(first.get(slug, row[0]), row[0])
        return first

    given, received = firsts("Endorsement_Given_Info.csv"), firsts("Endorsement_Received_Info.csv")
    me_first = {slug for slug in given if slug not in received or given[slug] < received[slug]}
    returned = {slug for slug in me_first if slug in received}
    assert (len(me_first), len(returned)) == (16, 11)
    baseline = slugs - set(given)
    assert (len(baseline), len(baseline & set(received))) == (28, 4)

    messages = csv_rows((archive / "messages.csv").read_bytes())
    assert len(messages) - 1 == 31
    sponsored = [row for row in messages if row[1] == "Sponsored Conversation"]
    assert {row[2] for row in sponsored} == {"LinkedIn Member", "Nimbus Cloud Academy"}
    assert all(row[3] == "" and row[8].startswith("<p class=") for row in sponsored)
    group = [row for row in messages if row[1] == "Malmö Data Meetup 🦆"]
    assert len(group) == 5
    assert all(f"https://www.linkedin.com/in/{OWNER.slug}" in row[5].split(",")
               for row in group if row[2] != OWNER.full_name)  # fmt: skip


def test_demo_twitter_tells_the_follow_back_story(tmp_path: Path) -> None:
    earlier, later = (tree(p) for p in write_demo(tmp_path)[1:])
    handles = {p.handle.lower(): p.twitter_id for p in CAST if p.handle}

    def ids(files: dict[str, bytes], name: str, key: str) -> set[str]:
        return {r[key]["accountId"] for r in load_js(files[f"data/{name}.js"])}

    def engaged(files: dict[str, bytes]) -> set[str]:
        tweets = [
            t["tweet"]
            for name in files
            if re.fullmatch(r"data/tweets(-part\d+)?\.js", name)
            for t in load_js(files[name])
        ]
        people = set()
        for t in tweets:
            people |= {m["id_str"] for m in t["entities"]["user_mentions"]}
            people.add(t.get("in_reply_to_user_id_str", "-1"))
            for url in t["entities"]["urls"]:
                quoted = re.fullmatch(r"https://(?:twitter|x)\.com/(\w+)/status/\d+",
                                      url["expanded_url"])  # fmt: skip
                if quoted:
                    people.add(handles[quoted.group(1).lower()])
        return people - {"-1", OWNER.twitter_id}

    treated = engaged(earlier) | engaged(later)
    following, followers = ids(later, "following", "following"), ids(later, "follower", "follower")
    assert (len(treated), len(treated & followers)) == (14, 10)
    quiet = following - treated
    assert (len(quiet), len(quiet & followers)) == (10, 2)
    assert len(following - ids(earlier, "following", "following")) == 3
    assert len(ids(earlier, "following", "following") - following) == 2
    assert len(followers - ids(earlier, "follower", "follower")) == 4
    assert len(ids(earlier, "follower", "follower") - followers) == 2

    def tweet_count(files: dict[str, bytes]) -> list[int]:
        manifest = load_js(files["data/manifest.js"])
        assert isinstance(manifest, dict)
        return [int(f["count"]) for f in manifest["dataTypes"]["tweets"]["files"]]

    assert tweet_count(earlier) == [44]
    assert tweet_count(later) == [36, 15]
    deleted = load_js(later["data/deleted-tweets.js"])
    assert (
        len(deleted) == 1 and deleted[0]["tweet"]["deleted_at"] == "Thu Mar 05 08:14:22 +0000 2026"
    )
    assert load_js(earlier["data/deleted-tweets.js"]) == []
