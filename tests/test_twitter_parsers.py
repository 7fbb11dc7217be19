"""Twitter/X parsers: every real sample, laid out as its archive was, plus archives built here."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest

from tests.conftest import TWITTER_SAMPLES
from transforms import twitter
from transforms.archive import FolderArchive, Limits, ZipArchive
from transforms.result import ArchiveError, ParseResult
from transforms.schemas import TWITTER


def _g1_tweet_file(excerpt: bytes) -> bytes:
    """HPI keeps one bare tweet object; a G1 `tweet.js` holds such objects unwrapped."""
    return b"window.YTD.tweet.part0 = [ " + excerpt.strip() + b" ]"


# archive name → (sample repo, {member path in the archive: sample file name or (name, transform)})
# A repo whose files come from different exports (or two picks of one file) gives one archive each.
SAMPLE_ARCHIVES: dict[str, tuple[str, dict]] = {
    "andreruffert": (
        "andreruffert__twitter",
        {
            "data/manifest.js": "data__manifest.js",
            "data/README.txt": "data__README.txt",
            "data/account.js": "data__account.js",
            "data/account-label.js": "data__account-label.js",
            "data/ageinfo.js": "data__ageinfo.js",
            "data/block.js": "data__block.js",
            "data/deleted-tweets.js": "data__deleted-tweets.js",
            "data/direct-messages.js": "data__direct-messages.js",
            "data/direct-messages-group.js": "data__direct-messages-group.js",
            "data/follower.js": "data__follower.js",
            "data/following.js": "data__following.js",
            "data/like.js": "data__like.js",
            "data/lists-member.js": "data__lists-member.js",
            "data/mute.js": "data__mute.js",
            "data/profile.js": "data__profile.js",
            "data/tweet-headers.js": "data__tweet-headers.js",
            "data/tweets.js": "data__tweets.js",
            "data/verified.js": "data__verified.js",
        },
    ),
    "andreruffert-selected": (
        "andreruffert__twitter",
        {"data/tweets.js": "data__tweets.selected.js"},
    ),
    "alrocar": (
        "alrocar__x",
        {
            "data/manifest.js": "data__manifest.js",
            "data/tweets.js": "data__tweets.js",
            "data/note-tweet.js": "data__note-tweet.js",
            "data/professional-data.js": "data__professional-data.js",
            "data/account-timezone.js": "data__account-timezone.js",
        },
    ),
    "alrocar-selected": ("alrocar__x", {"data/tweets.js": "data__tweets.selected.js"}),
    "morang": (
        "MorangTheClang__Twitter2",
        {
            "Your archive.html": "Your archive.html",
            "data/manifest.js": "data__manifest.js",
            "data/tweet.js": "data__tweet.js",
            "data/direct-message-headers.js": "data__direct-message-headers.js",
            "data/follower.js": "data__follower.js",
            "data/screen-name-change.js": "data__screen-name-change.js",
            "data/protected-history.js": "data__protected-history.js",
        },
    ),
    "dsajgiouawj": (
        "dsajgiouawj__TweetArchive",
        {
            "data/manifest.js": "data__manifest.js",
            "data/tweet.js": "data__tweet.js",
            "data/like.js": "data__like.js",
            "data/account.js": "data__account.js",
            "data/verified.js": "data__verified.js",
        },
    ),
    # twitter-to-sqlite's fixtures mirror a 2019 zip: data files at the root.
    "dogsheep": (
        "dogsheep__twitter-to-sqlite",
        {
            "account.js": "tests__zip_contents__account.js",
            "follower.js": "tests__zip_contents__follower.js",
            "following.js": "tests__zip_contents__following.js",
            "app.js": "tests__zip_contents__app.js",
            "saved-search.js": "tests__zip_contents__saved-search.js",
            "account-suspension.js": "tests__zip_contents__account-suspension.js",
        },
    ),
    "hpi": (
        "karlicoss__HPI",
        {"tweet.js": ("src__my__tests__twitter__archive.py.excerpt.json", _g1_tweet_file)},
    ),
    "eternis": (
        "EternisAI__enchanted-twin",
        {
            "data/direct-messages.js": (
                "backend__golang__pkg__dataprocessing__x__x_test.go.excerpt.js"
            )
        },
    ),
    # Grailbird 2019 export; its tweets.csv (taken from the same repo's 2014 commit) sits where
    # the real one did and must lose to the monthly JS files.
    "06b": (
        "06b__Twitter-Archive",
        {
            "README.txt": "README.txt",
            "tweets.csv": "tweets.csv",
            "data/js/payload_details.js": "data__js__payload_details.js",
            "data/js/user_details.js": "data__js__user_details.js",
            "data/js/tweet_index.js": "data__js__tweet_index.js",
            "data/js/tweets/2019_01.js": "data__js__tweets__2019_01.js",
        },
    ),
    "06b-csv": ("06b__Twitter-Archive", {"tweets.csv": "tweets.csv"}),
    # 0xabad1dea committed the Feb-2013 export (monthly JS and CSV) and the May-2017 export.
    "0xabad1dea-2013": (
        "0xabad1dea__tweets",
        {
            "data/js/tweets/2010_03.js": "data__js__tweets__2010_03__at_4b30345.js",
            "data/csv/2010_03.csv": "data__csv__2010_03__at_4b30345.csv",
            "data/js/payload_details.js": "data__js__payload_details__at_4b30345.js",
        },
    ),
    "0xabad1dea-2013-csv": (
        "0xabad1dea__tweets",
        {
            "data/csv/2010_03.csv": "data__csv__2010_03__at_4b30345.csv",
            "data/js/payload_details.js": "data__js__payload_details__at_4b30345.js",
        },
    ),
    "0xabad1dea-2017": (
        "0xabad1dea__tweets",
        {
            "data/js/tweets/2010_03.js": "data__js__tweets__2010_03__at_0dd5d01.js",
            "data/js/payload_details.js": "data__js__payload_details__at_0dd5d01.js",
        },
    ),
}


def _write(root: Path, files: dict[str, bytes | str]) -> FolderArchive:
    for member, content in files.items():
        path = root / member
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return FolderArchive(root)


def _sample_bytes(repo: str, spec: str | tuple) -> bytes:
    name, transform = spec if isinstance(spec, tuple) else (spec, None)
    data = (TWITTER_SAMPLES / repo / name).read_bytes()
    return transform(data) if transform else data


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> dict[str, ParseResult]:
    parsed = {}
    for archive_name, (repo, layout) in SAMPLE_ARCHIVES.items():
        root = tmp_path_factory.mktemp("samples") / archive_name
        files = {member: _sample_bytes(repo, spec) for member, spec in layout.items()}
        parsed[archive_name] = twitter.parse(_write(root, files))
    return parsed


def rows(result: ParseResult, table: str) -> list[dict]:
    return result.tables[table].to_pylist()


def by_id(result: ParseResult, table: str = "twitter_tweets", key: str = "tweet_id") -> dict:
    return {row[key]: row for row in rows(result, table)}


def counts(result: ParseResult) -> dict[str, int]:
    return {name: table.num_rows for name, table in result.tables.items() if table.num_rows}


# --- every sample ----------------------------------------------------------------------------


def test_every_sample_file_is_laid_out_in_an_archive():
    used = {
        (repo, spec[0] if isinstance(spec, tuple) else spec)
        for repo, layout in SAMPLE_ARCHIVES.values()
        for spec in layout.values()
    }
    on_disk = {
        (path.parent.name, path.name) for path in TWITTER_SAMPLES.rglob("*") if path.is_file()
    }
    assert on_disk, f"no samples under {TWITTER_SAMPLES}"
    assert on_disk - used == set()


@pytest.mark.parametrize("archive_name", sorted(SAMPLE_ARCHIVES))
def test_every_sample_parses_to_exact_schemas_with_every_file_known(samples, archive_name):
    result = samples[archive_name]
    assert result.platform == "twitter"
    assert set(result.tables) == set(TWITTER)
    for name, table in result.tables.items():
        assert table.schema == TWITTER[name], name
    assert result.rejects == []
    assert result.unrecognised == []
    _, layout = SAMPLE_ARCHIVES[archive_name]
    for member in layout:
        # Each file is either loaded or known and deliberately skipped, never both.
        assert (twitter.table_for(member) is not None) != twitter.is_known_unused(member), member


def test_g3_2022_andreruffert(samples):
    result = samples["andreruffert"]
    assert result.generation == "G3"
    assert result.declared_exported_at == datetime(2022, 11, 14, 18, 44, 55, 824000)
    assert counts(result) == {
        "twitter_account": 1,
        "twitter_profile": 1,
        "twitter_tweets": 8,
        "twitter_tweet_mentions": 5,
        "twitter_tweet_urls": 2,
        "twitter_likes": 4,
        "twitter_followers": 3,
        "twitter_following": 3,
    }
    # The real manifest declares the full archive; the sample keeps the first records only.
    # Files the sample lacks (screen-name-change.js) are not expected.
    assert result.expected_counts == {
        "twitter_tweets": 1986,
        "twitter_likes": 1359,
        "twitter_followers": 420,
        "twitter_following": 295,
        "twitter_blocks": 0,
        "twitter_mutes": 0,
        "twitter_deleted_tweets": 0,
        "twitter_direct_messages.conversation_id": 0,
    }
    assert rows(result, "twitter_account") == [
        {
            "member": "data/account.js",
            "locator": "0",
            "account_id": "112769581",
            "username": "andreruffert",
            "display_name": "André Ruffert",
            "created_at": datetime(2010, 2, 9, 17, 10, 5),
        }
    ]
    profile = rows(result, "twitter_profile")[0]
    assert profile["website"] == "https://andreruffert.com"
    assert profile["location"] == "Berlin, Germany"
    assert profile["bio"].startswith("👨‍💻 Self-taught Software Engineer")

    tweets = by_id(result)
    reply = tweets["1587920147083591680"]
    assert reply == {
        "member": "data/tweets.js",
        "locator": "1",
        "tweet_id": "1587920147083591680",
        "created_at": datetime(2022, 11, 2, 21, 30, 39),
        "full_text": "@OleMchls Same same, it's been ages…",
        "in_reply_to_status_id": "1587919612078739456",
        "in_reply_to_user_id": "117538605",
        "in_reply_to_screen_name": "OleMchls",
        "retweeted_user_id": None,
        "retweeted_screen_name": None,
        "edit_initial_tweet_id": None,
        "lang": "en",
    }
    assert tweets["1492187859322818562"]["in_reply_to_user_id"] == "112769581"  # a thread
    assert tweets["1492187859322818562"]["lang"] == "und"
    assert tweets["1471135073105858562"]["full_text"] == "RT @year_progress: ▓▓▓▓▓▓▓▓▓▓▓▓▓▓░ 95%"
    assert rows(result, "twitter_tweets")[0]["tweet_id"] == "1588091220244369409"
    assert [
        (m["tweet_id"], m["position"], m["user_id"], m["screen_name"])
        for m in rows(result, "twitter_tweet_mentions")
    ] == [
        ("1587920147083591680", 0, "117538605", "OleMchls"),
        ("1587919446987116544", 0, "117538605", "OleMchls"),
        ("1492187859322818562", 0, "170265794", "shadeed9"),
        ("1492180218991333383", 0, "170265794", "shadeed9"),
        ("1471135073105858562", 0, "3233484298", "year_progress"),
    ]
    assert [(u["tweet_id"], u["expanded_url"]) for u in rows(result, "twitter_tweet_urls")] == [
        (
            "1492180218991333383",
            "https://www.dell.com/en-us/work/shop/ultrasharp-27-4k-usb-c-monitor-u2720q/apd/"
            "210-avjv/monitors-monitor-accessories",
        ),
        ("1486721823299407877", "https://twitter.com/fabioberger123/status/1486023451584638980"),
    ]
    likes = rows(result, "twitter_likes")
    assert likes[0] == {
        "member": "data/like.js",
        "locator": "0",
        "tweet_id": "1588475316858675200",
        "full_text": "Got my permanent residency in Schlandy today!! 🇩🇪🖤🥳",
        "expanded_url": "https://twitter.com/i/web/status/1588475316858675200",
    }
    assert [r["account_id"] for r in rows(result, "twitter_followers")] == [
        "18312002",
        "445434643",
        "1223056853141270528",
    ]
    assert [r["account_id"] for r in rows(result, "twitter_following")] == [
        "946282488745246720",
        "13235832",
        "517723461",
    ]


def test_deleted_account_mentions_keep_id_minus_one(samples):
    result = samples["andreruffert-selected"]
    mentions = rows(result, "twitter_tweet_mentions")
    assert [
        (m["tweet_id"], m["position"], m["user_id"], m["screen_name"], m["name"]) for m in mentions
    ] == [
        ("752531466081501184", 0, "-1", "czaplic", ""),
        ("752531466081501184", 1, "2313623570", "elmlang", "Elm"),
    ]
    tweets = by_id(result)
    # A reply whose target account is gone: id kept, screen name absent.
    assert tweets["751001500546129922"]["in_reply_to_user_id"] == "148335458"
    assert tweets["751001500546129922"]["in_reply_to_screen_name"] is None
    assert tweets["751001500546129922"]["in_reply_to_status_id"] == "750726823361835009"
    assert tweets["752531466081501184"]["locator"] == "0"
    assert [u["expanded_url"] for u in rows(result, "twitter_tweet_urls")] == [
        "http://elm-lang.org/blog/how-to-use-elm-at-work"
    ]


def test_g3_2024_alrocar_entities_notes_and_counts(samples):
    result = samples["alrocar"]
    assert result.generation == "G3"
    assert result.declared_exported_at == datetime(2024, 11, 16, 11, 33, 22, 222000)
    assert counts(result) == {
        "twitter_tweets": 10,
        "twitter_tweet_mentions": 7,
        "twitter_tweet_urls": 5,
        "twitter_note_tweets": 2,
    }
    # Only the files this sample holds are expected: tweets.js and note-tweet.js.
    assert result.expected_counts == {"twitter_tweets": 1223, "twitter_note_tweets": 41}
    tweets = by_id(result)
    # `&gt;` in the export is `>` in the table.
    assert (
        "Ajustes > Notificaciones > Alertas de emergencias inalámbricas…"
        in tweets["1851942807159619757"]["full_text"]
    )
    assert tweets["1848757197745860812"]["in_reply_to_user_id"] == "52338276"
    assert tweets["1848757197745860812"]["in_reply_to_screen_name"] == "alrocar"
    assert all(row["edit_initial_tweet_id"] is None for row in tweets.values())
    mentions = [
        m for m in rows(result, "twitter_tweet_mentions") if m["tweet_id"] == "1849884554254766461"
    ]
    assert [(m["position"], m["user_id"], m["screen_name"], m["locator"]) for m in mentions] == [
        (0, "740462157922471937", "Victorgoba", "5"),
        (1, "13639982", "MarkVillacampa", "5"),
    ]
    notes = rows(result, "twitter_note_tweets")
    assert [(n["note_tweet_id"], n["created_at"], n["updated_at"]) for n in notes] == [
        (
            "1712845355925082112",
            datetime(2023, 10, 13, 14, 58, 50),
            datetime(2023, 10, 13, 14, 58, 50),
        ),
        ("1752243867372396544", datetime(2024, 1, 30, 8, 14, 27), datetime(2024, 1, 30, 8, 14, 27)),
    ]
    assert notes[0]["text"].startswith("Data engineers, say goodbye to manual tests!")
    assert "trabajo (casi) terminado >> trabajo WIP" in notes[1]["text"]


def test_edited_tweet_points_to_its_first_version(samples):
    result = samples["alrocar-selected"]
    (tweet,) = rows(result, "twitter_tweets")
    assert tweet["tweet_id"] == "1767497756157866020"
    assert tweet["edit_initial_tweet_id"] == "1767496415922585688"
    assert tweet["created_at"] == datetime(2024, 3, 12, 10, 27, 58)
    assert [u["expanded_url"] for u in rows(result, "twitter_tweet_urls")] == [
        "https://www.tinybird.co/blog-posts/clickhouse-schema-migration-while-streaming",
        "https://twitter.com/alrocar/status/1754420883731427566",
    ]


def test_g2_2021_morang(samples):
    result = samples["morang"]
    assert result.generation == "G2"
    assert result.declared_exported_at == datetime(2021, 6, 27, 10, 9, 24, 549000)
    assert counts(result) == {
        "twitter_tweets": 3,
        "twitter_followers": 2,
        "twitter_screen_name_changes": 1,
    }
    # The manifest lists more files than the sample holds; only those present are expected.
    assert result.expected_counts == {
        "twitter_tweets": 1527,
        "twitter_followers": 14,
        "twitter_screen_name_changes": 1,
    }
    first = rows(result, "twitter_tweets")[0]
    assert (first["tweet_id"], first["created_at"], first["full_text"]) == (
        "1351066526800105477",
        datetime(2021, 1, 18, 7, 18, 56),
        "Discourse",
    )
    assert rows(result, "twitter_screen_name_changes") == [
        {
            "member": "data/screen-name-change.js",
            "locator": "0",
            "account_id": "1350922293367635968",
            "changed_at": datetime(2021, 3, 17, 1, 48, 45),
            "changed_from": "BrendenIncubus",
            "changed_to": "BrendenRecluse",
        }
    ]
    # The headers file repeats the DMs without text: not loaded.
    assert result.tables["twitter_direct_messages"].num_rows == 0


def test_g2_2020_dsajgiouawj(samples):
    result = samples["dsajgiouawj"]
    assert result.generation == "G2"
    assert result.declared_exported_at == datetime(2020, 10, 22, 6, 25, 38, 405000)
    assert counts(result) == {"twitter_account": 1, "twitter_tweets": 3, "twitter_likes": 3}
    assert result.expected_counts == {"twitter_tweets": 1163, "twitter_likes": 4012}
    (account,) = rows(result, "twitter_account")
    assert (account["account_id"], account["username"], account["display_name"]) == (
        "4688937990",
        "E31415926",
        "E",
    )
    assert account["created_at"] is None  # the uploader kept three keys only
    tweets = by_id(result)
    assert tweets["844454048556355584"]["full_text"] == "57点"
    assert tweets["844454048556355584"]["lang"] == "ja"
    assert tweets["843796364223963138"]["created_at"] == datetime(2017, 3, 20, 12, 8, 24)
    assert rows(result, "twitter_likes")[2]["tweet_id"] == "1306119841732911104"


def test_g1_2019_root_level_files(samples):
    result = samples["dogsheep"]
    assert result.generation == "G1"
    assert result.declared_exported_at is None
    assert result.expected_counts == {}
    assert rows(result, "twitter_account") == [
        {
            "member": "account.js",
            "locator": "0",
            "account_id": "12497",
            "username": "simonw",
            "display_name": "Simon Willison",
            "created_at": datetime(2006, 11, 15, 13, 18, 50),
        }
    ]
    assert [r["account_id"] for r in rows(result, "twitter_followers")] == ["73747798", "386025404"]
    assert [r["account_id"] for r in rows(result, "twitter_following")] == ["547842573", "12158"]


def test_g1_unwrapped_tweet_from_hpi(samples):
    result = samples["hpi"]
    assert result.generation == "G1"
    (tweet,) = rows(result, "twitter_tweets")
    assert tweet["tweet_id"] == "1269253350735982592"
    assert tweet["created_at"] == datetime(2020, 6, 6, 13, 2, 35)
    assert tweet["full_text"].startswith(
        "Finally published the post about Promnesia: https://t.co/"
    )
    assert tweet["edit_initial_tweet_id"] is None
    assert [u["expanded_url"] for u in rows(result, "twitter_tweet_urls")] == [
        "https://beepb00p.xyz/promnesia.html"
    ]


def test_one_to_one_direct_messages_2025(samples):
    result = samples["eternis"]
    messages = rows(result, "twitter_direct_messages")
    assert len(messages) == 7
    assert messages[0] == {
        "member": "data/direct-messages.js",
        "locator": "0",
        "conversation_id": "3895214232-1676928456225898496",
        "is_group": False,
        "event_type": "messageCreate",
        "message_id": "1883269131413205222",
        "sender_id": "3895214232",
        "recipient_id": "1676928456225898496",
        "participant_ids": None,
        "created_at": datetime(2025, 1, 25, 21, 42, 5, 68000),
        "text": "Yup",
    }
    assert [m["conversation_id"] for m in messages].count(
        "1638683789647032320-1676928456225898496"
    ) == 2
    assert messages[5]["locator"] == "1"
    assert messages[6]["text"].startswith("Hello\nican't login in discord")


def test_grailbird_2019_month_file_wins_over_csv(samples):
    result = samples["06b"]
    assert result.generation == "G0"
    # No manifest and no date in the name: payload_details.js dates the export.
    assert result.declared_exported_at == datetime(2019, 1, 14, 3, 59, 25)
    assert counts(result) == {
        "twitter_account": 1,
        "twitter_tweets": 2,
        "twitter_tweet_mentions": 2,
        "twitter_tweet_urls": 1,
    }
    assert {t["member"] for t in rows(result, "twitter_tweets")} == {"data/js/tweets/2019_01.js"}
    tweets = by_id(result)
    first = tweets["1084660837082644480"]  # `id` is a JSON number above 2**53 here
    assert first["created_at"] == datetime(2019, 1, 14, 3, 57, 50)
    assert (first["retweeted_user_id"], first["retweeted_screen_name"]) == (
        "35432643",
        "addyosmani",
    )
    second = tweets["1084659616338857985"]
    assert second["full_text"].startswith("RT @css: > It’s tempting to add everything")
    assert (second["retweeted_user_id"], second["retweeted_screen_name"]) == ("285019665", "css")
    assert rows(result, "twitter_tweet_mentions")[0] == {
        "member": "data/js/tweets/2019_01.js",
        "locator": "0",
        "tweet_id": "1084660837082644480",
        "position": 0,
        "user_id": "35432643",
        "screen_name": "addyosmani",
        "name": "Addy Osmani",
    }
    assert (
        rows(result, "twitter_tweet_urls")[0]["expanded_url"] == "https://bit.ly/layout-performance"
    )
    assert rows(result, "twitter_account") == [
        {
            "member": "data/js/user_details.js",
            "locator": "0",
            "account_id": "30257040",
            "username": "06b",
            "display_name": "Adrian D. Alvarez",
            "created_at": datetime(2009, 4, 10, 16, 53, 38),
        }
    ]


def test_grailbird_tweets_csv(samples):
    result = samples["06b-csv"]
    assert result.generation == "G0"
    assert result.declared_exported_at is None
    tweets = rows(result, "twitter_tweets")
    assert len(tweets) == 5
    assert tweets[0] == {
        "member": "tweets.csv",
        "locator": "0",
        "tweet_id": "472060728267276289",
        "created_at": datetime(2014, 5, 29, 17, 3, 42),
        "full_text": "@litmusapp has a gold star in my book when it comes to support.",
        "in_reply_to_status_id": None,
        "in_reply_to_user_id": "14180282",
        "in_reply_to_screen_name": None,
        "retweeted_user_id": None,
        "retweeted_screen_name": None,
        "edit_initial_tweet_id": None,
        "lang": None,
    }
    assert tweets[1]["full_text"] == (
        '"I feel my friendship with @rcayabyab is 80% based on back to the future" - @AndyO1217'
    )
    assert (tweets[2]["retweeted_user_id"], tweets[2]["retweeted_screen_name"]) == ("13255", "phae")
    # Mentions come from the text: screen names, no ids.
    assert [
        (m["tweet_id"], m["position"], m["user_id"], m["screen_name"])
        for m in rows(result, "twitter_tweet_mentions")
    ] == [
        ("472060728267276289", 0, None, "litmusapp"),
        ("472060058202030082", 0, None, "rcayabyab"),
        ("472060058202030082", 1, None, "AndyO1217"),
        ("471775169263173632", 0, None, "phae"),
        ("471775062937571328", 0, None, "shanselman"),
        ("471731490879856640", 0, None, "twitter"),
        ("471731490879856640", 1, None, "Support"),
    ]
    assert [(u["tweet_id"], u["position"]) for u in rows(result, "twitter_tweet_urls")] == [
        ("471775062937571328", 0),
        ("471775062937571328", 1),
    ]
    assert rows(result, "twitter_tweet_urls")[0]["expanded_url"] == (
        "http://twitter.com/shanselman/status/471713174656671744/photo/1"
    )


def test_grailbird_2013_export_json_and_monthly_csv_agree(samples):
    from_json, from_csv = samples["0xabad1dea-2013"], samples["0xabad1dea-2013-csv"]
    for result in (from_json, from_csv):
        assert result.generation == "G0"
        assert result.declared_exported_at == datetime(2013, 2, 14, 5, 36)
    # The monthly JS holds the same six tweets as the monthly CSV, which is then not read.
    assert {t["member"] for t in rows(from_json, "twitter_tweets")} == {"data/js/tweets/2010_03.js"}
    json_tweets, csv_tweets = by_id(from_json), by_id(from_csv)
    assert (
        list(json_tweets)
        == list(csv_tweets)
        == [
            "11406610783",
            "11348182635",
            "11092509372",
            "11033997060",
            "10988385698",
            "10987406067",
        ]
    )
    for tweet_id, tweet in json_tweets.items():
        assert csv_tweets[tweet_id]["created_at"] == tweet["created_at"]
        assert csv_tweets[tweet_id]["full_text"] == tweet["full_text"]
    assert json_tweets["11406610783"]["created_at"] == datetime(2010, 4, 1, 4, 24, 26)
    for result in (from_json, from_csv):
        retweet = by_id(result)["10988385698"]
        assert (retweet["retweeted_user_id"], retweet["retweeted_screen_name"]) == (
            "717313",
            "arstechnica",
        )
    assert [
        (m["user_id"], m["screen_name"], m["name"])
        for m in rows(from_json, "twitter_tweet_mentions")
    ] == [("717313", "arstechnica", "Ars Technica")]
    assert [
        (m["user_id"], m["screen_name"], m["name"])
        for m in rows(from_csv, "twitter_tweet_mentions")
    ] == [(None, "arstechnica", None)]


def test_grailbird_2017_export_lost_old_tweet_times(samples):
    result = samples["0xabad1dea-2017"]
    assert result.declared_exported_at == datetime(2017, 5, 13, 0, 23, 30)
    assert [(t["tweet_id"], t["created_at"]) for t in rows(result, "twitter_tweets")] == [
        ("11406610783", datetime(2010, 4, 1)),
        ("11426496663", datetime(2010, 4, 1)),
        ("11348182635", datetime(2010, 3, 31)),
    ]


# --- archives built here ---------------------------------------------------------------------


def _js(global_name: str, records: list) -> str:
    return f"window.YTD.{global_name}.part0 = " + json.dumps(records, indent=2)


def _tweet(tweet_id: str, created_at: str, text: str = "hello", **extra) -> dict:
    return {
        "tweet": {
            "id_str": tweet_id,
            "id": tweet_id,
            "created_at": created_at,
            "full_text": text,
            "entities": {"user_mentions": [], "urls": [], "hashtags": [], "symbols": []},
            "lang": "en",
            **extra,
        }
    }


def _manifest(generation_date: str, data_types: dict[str, list[tuple[str, int]]]) -> str:
    config = {
        "userInfo": {"accountId": "1", "userName": "owner", "displayName": "Owner"},
        "archiveInfo": {"generationDate": generation_date, "isPartialArchive": False},
        "dataTypes": {
            key: {
                "files": [
                    {"fileName": name, "globalName": f"YTD.{key}.part{n}", "count": str(count)}
                    for n, (name, count) in enumerate(files)
                ]
            }
            for key, files in data_types.items()
        },
    }
    return "window.__THAR_CONFIG = " + json.dumps(config, indent=2)


def test_split_tweets_out_of_date_order_lose_nothing(tmp_path):
    root = tmp_path / "export"
    archive = _write(
        root,
        {
            "data/manifest.js": _manifest(
                "2023-02-18T10:00:00.000Z",
                {"tweets": [("data/tweets.js", 2), ("data/tweets-part1.js", 2)]},
            ),
            # Parts are not in date order: each spans years.
            "data/tweets.js": _js(
                "tweets",
                [
                    _tweet("1600000000000000001", "Mon Dec 05 10:00:00 +0000 2022"),
                    _tweet("20", "Tue Mar 21 20:50:14 +0000 2006"),
                ],
            ),
            "data/tweets-part1.js": _js(
                "tweets",
                [
                    _tweet("1600000000000000002", "Tue Dec 06 10:00:00 +0000 2022"),
                    _tweet("900000001", "Wed Mar 05 09:00:00 +0000 2008"),
                ],
            ),
            # Present but not listed: still read.
            "data/tweets-part2.js": _js(
                "tweets", [_tweet("1000000000000000003", "Thu Apr 18 12:00:00 +0000 2018")]
            ),
        },
    )
    result = twitter.parse(archive)
    assert result.generation == "G3"
    assert result.declared_exported_at == datetime(2023, 2, 18, 10)
    assert result.expected_counts == {"twitter_tweets": 4}
    assert [(t["member"], t["locator"], t["tweet_id"]) for t in rows(result, "twitter_tweets")] == [
        ("data/tweets.js", "0", "1600000000000000001"),
        ("data/tweets.js", "1", "20"),
        ("data/tweets-part1.js", "0", "1600000000000000002"),
        ("data/tweets-part1.js", "1", "900000001"),
        ("data/tweets-part2.js", "0", "1000000000000000003"),
    ]
    assert by_id(result)["20"]["created_at"] == datetime(2006, 3, 21, 20, 50, 14)


def test_part_files_are_read_in_part_number_order(tmp_path):
    files = {
        f"data/tweets-part{n}.js": _js(
            "tweets", [_tweet(str(100 + n), "Mon Dec 05 10:00:00 +0000 2022")]
        )
        for n in (1, 2, 10)
    }
    files["data/tweets.js"] = _js("tweets", [_tweet("100", "Mon Dec 05 10:00:00 +0000 2022")])
    result = twitter.parse(_write(tmp_path / "a", files))
    assert [t["tweet_id"] for t in rows(result, "twitter_tweets")] == ["100", "101", "102", "110"]


def test_manifest_listing_a_missing_part_raises(tmp_path):
    archive = _write(
        tmp_path / "export",
        {
            "data/manifest.js": _manifest(
                "2023-02-18T10:00:00.000Z",
                {"tweets": [("data/tweets.js", 1), ("data/tweets-part1.js", 1)]},
            ),
            "data/tweets.js": _js("tweets", [_tweet("1", "Mon Dec 05 10:00:00 +0000 2022")]),
        },
    )
    with pytest.raises(ArchiveError, match=r"^data/tweets-part1\.js: listed in data/manifest\.js"):
        twitter.parse(archive)


def test_manifest_under_a_top_folder_resolves_parts_and_dm_conversations(tmp_path):
    top = "twitter-2022-11-20-52795906fc45"
    archive = _write(
        tmp_path / "upload",
        {
            f"{top}/data/manifest.js": _manifest(
                "2022-11-21T08:00:00.000Z",
                {
                    "tweets": [("data/tweets.js", 1), ("data/tweets-part1.js", 1)],
                    "directMessages": [("data/direct-messages.js", 2)],
                    "directMessagesGroup": [("data/direct-messages-group.js", 1)],
                    # Listed, absent, single file: allowed (any file of an export may be missing).
                    "like": [("data/like.js", 7)],
                    "tweetHeaders": [("data/tweet-headers.js", 2)],
                },
            ),
            f"{top}/data/tweets.js": _js("tweets", [_tweet("1", "Mon Dec 05 10:00:00 +0000 2022")]),
            f"{top}/data/tweets-part1.js": _js(
                "tweets", [_tweet("2", "Mon Dec 05 10:00:00 +0000 2022")]
            ),
            f"{top}/data/direct-messages.js": _js("direct_messages", []),
            f"{top}/data/direct-messages-group.js": _js("direct_messages_group", []),
        },
    )
    result = twitter.parse(archive)
    # like.js is listed but absent: a missing single file is allowed and not expected.
    assert result.expected_counts == {
        "twitter_tweets": 2,
        "twitter_direct_messages.conversation_id": 3,
    }
    assert result.tables["twitter_tweets"].num_rows == 2
    assert result.declared_exported_at == datetime(2022, 11, 21, 8)


def test_truncated_json_names_the_member_and_byte(tmp_path):
    whole = _js(
        "tweets",
        [
            _tweet("1", "Mon Dec 05 10:00:00 +0000 2022"),
            _tweet("2", "Mon Dec 05 10:00:00 +0000 2022"),
        ],
    ).encode()
    cut = whole[: len(whole) - 40]
    archive = _write(tmp_path / "a", {"data/tweets-part1.js": cut})
    with pytest.raises(ArchiveError) as raised:
        twitter.parse(archive)
    assert str(raised.value) == (
        f"data/tweets-part1.js: the JSON ends early at byte {len(cut):,} (the file is "
        "truncated); export the archive again."
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'window.YTD.like.part0 = [ {"like": {"tweetId": 1 2}} ]', "the JSON is invalid"),
        (b"this is not an archive file", "does not start with a JavaScript assignment"),
        (
            'window.YTD.like.part0 = [ {"like": {"fullText": "café"}} ]'.encode("latin-1"),
            "is not UTF-8",
        ),
        ("window.YTD.like.part0 = []".encode("utf-16"), "is UTF-16, not UTF-8"),
        (b'window.YTD.like.part0 = {"like": {}}', "is not a JSON array"),
        (b"window.YTD.like.part0 = ", "ends early at byte 24"),
    ],
)
def test_unreadable_files_raise_one_sentence_naming_the_member(tmp_path, content, message):
    archive = _write(tmp_path / "a", {"data/like.js": content})
    with pytest.raises(ArchiveError, match=r"^data/like\.js: ") as raised:
        twitter.parse(archive)
    assert message in str(raised.value)


@pytest.mark.parametrize("nothing", [b"", b"\n", b"  \r\n\t"])
def test_an_empty_file_holds_no_rows_and_is_no_error(tmp_path, nothing):
    follower = 'window.YTD.follower.part0 = [ {"follower": {"accountId": "5"}} ]'
    archive = _write(
        tmp_path / "a",
        {"data/like.js": nothing, "data/manifest.js": nothing, "data/follower.js": follower},
    )
    result = twitter.parse(archive)
    assert rows(result, "twitter_likes") == []
    assert [r["account_id"] for r in rows(result, "twitter_followers")] == ["5"]
    assert result.rejects == [] and result.expected_counts == {}


def test_trailing_semicolon_and_crlf_are_accepted(tmp_path):
    content = 'window.YTD.follower.part0 = [\r\n  {"follower": {"accountId": "5"}}\r\n];\r\n'
    result = twitter.parse(_write(tmp_path / "a", {"data/follower.js": content}))
    assert [r["account_id"] for r in rows(result, "twitter_followers")] == ["5"]


def test_records_lacking_required_fields_are_rejected_and_the_rest_loads(tmp_path):
    mention = {"screen_name": "x", "id_str": "9", "name": "X", "indices": ["0", "2"]}
    bad_mentions = {"user_mentions": [mention], "urls": []}
    records = [
        _tweet("1", "Mon Dec 05 10:00:00 +0000 2022"),
        {"tweet": {"id_str": "2", "full_text": "no date", "entities": bad_mentions}},
        {"tweet": {"created_at": "Mon Dec 05 10:00:00 +0000 2022", "full_text": "no id"}},
        {"tweet": {"id_str": "4", "created_at": "yesterday", "entities": bad_mentions}},
        _tweet("5", "Mon Dec 05 10:00:00 +0000 2022", entities={"user_mentions": ["oops"]}),
        # A number where a string belongs is kept as text rather than failing the file.
        _tweet("6", "Mon Dec 05 10:00:00 +0000 2022", lang=5),
    ]
    result = twitter.parse(_write(tmp_path / "a", {"data/tweets.js": _js("tweets", records)}))
    assert [(t["tweet_id"], t["lang"]) for t in rows(result, "twitter_tweets")] == [
        ("1", "en"),
        ("6", "5"),
    ]
    assert result.tables["twitter_tweet_mentions"].num_rows == 0
    assert [(r.member, r.locator, r.reason) for r in result.rejects] == [
        ("data/tweets.js", "1", "the tweet has no created_at"),
        ("data/tweets.js", "2", "the tweet has no id_str"),
        ("data/tweets.js", "3", "created_at 'yesterday' cannot be read"),
        ("data/tweets.js", "4", "the tweet has an unexpected shape"),
    ]
    assert '"id_str": "2"' in result.rejects[0].excerpt


def test_g3_blocks_mutes_deleted_tweets_and_headers(tmp_path):
    """Shapes of RobErskine's 2022-11 archive as FORMAT.md §4.5, §4.13 and §4.15 quote them."""
    deleted = {
        "tweet": {
            "id_str": "1589000000000000000",
            "created_at": "Sun Nov 06 20:00:00 +0000 2022",
            "deleted_at": "Mon Nov 07 14:30:47 +0000 2022",
            "full_text": "gone &amp; forgotten",
            "entities": {"user_mentions": [], "urls": []},
        }
    }
    link = "https://twitter.com/intent/user?user_id="
    group_headers = [
        {
            "dmConversation": {
                "conversationId": "1319011778924322821",
                "messages": [
                    {"participantsLeave": {"userIds": ["5"], "createdAt": "2022-07-16T10:00:00Z"}}
                ],
            }
        }
    ]
    archive = _write(
        tmp_path / "a",
        {
            "data/block.js": _js(
                "block", [{"blocking": {"accountId": "1574759141700157442", "userLink": link}}]
            ),
            "data/mute.js": _js("mute", [{"muting": {"accountId": "99", "userLink": link}}]),
            "data/deleted-tweets.js": _js("deleted_tweets", [deleted]),
            "data/deleted-tweet-headers.js": _js("deleted_tweet_headers", []),
            "data/direct-message-group-headers.js": _js(
                "direct_message_group_headers", group_headers
            ),
        },
    )
    result = twitter.parse(archive)
    assert result.generation == "G3"
    assert result.unrecognised == [] and result.rejects == []
    assert [r["account_id"] for r in rows(result, "twitter_blocks")] == ["1574759141700157442"]
    assert [r["account_id"] for r in rows(result, "twitter_mutes")] == ["99"]
    assert rows(result, "twitter_deleted_tweets") == [
        {
            "member": "data/deleted-tweets.js",
            "locator": "0",
            "tweet_id": "1589000000000000000",
            "created_at": datetime(2022, 11, 6, 20),
            "deleted_at": datetime(2022, 11, 7, 14, 30, 47),
            "full_text": "gone & forgotten",
        }
    ]
    # Deleted tweets are not posted tweets, and header files are not loaded.
    assert result.tables["twitter_tweets"].num_rows == 0
    assert result.tables["twitter_direct_messages"].num_rows == 0


def test_g1_unwrapped_tweets_and_singular_direct_message_files(tmp_path):
    tweets = [
        {
            "id_str": "1100000000000000001",
            "id": "1100000000000000001",
            "created_at": "Fri Feb 01 12:00:00 +0000 2019",
            "full_text": "@friend Tom &amp; Jerry &lt;3",
            "in_reply_to_status_id_str": "1099999999999999999",
            "in_reply_to_user_id_str": "42",
            "in_reply_to_screen_name": "friend",
            "entities": {
                "user_mentions": [{"screen_name": "friend", "id_str": "42", "name": "Friend"}],
                "urls": [],
            },
            "lang": "en",
        }
    ]
    one_to_one = [
        {
            "dmConversation": {
                "conversationId": "42-77",
                "messages": [
                    {
                        "messageCreate": {
                            "recipientId": "42",
                            "senderId": "77",
                            "id": "1100000000000000100",
                            "text": "fish &amp; chips",
                            "createdAt": "2019-02-01T12:00:00.000Z",
                        }
                    }
                ],
            }
        }
    ]
    group = [
        {
            "dmConversation": {
                "conversationId": "1319011778924322821",
                "messages": [
                    {
                        "messageCreate": {
                            "senderId": "42",
                            "id": "501",
                            "text": "hi all",
                            "createdAt": "2019-02-02T10:00:00.000Z",
                        }
                    },
                ],
            }
        }
    ]
    archive = _write(
        tmp_path / "twitter-2019-02-10-b31f2",
        {
            "tweet.js": "window.YTD.tweet.part0 = " + json.dumps(tweets),
            "direct-message.js": "window.YTD.direct_message.part0 = " + json.dumps(one_to_one),
            "direct-message-group.js": (
                "window.YTD.direct_message_group.part0 = " + json.dumps(group)
            ),
            "direct-message-headers.js": "window.YTD.direct_message_headers.part0 = []",
            "account.js": 'window.YTD.account.part0 = [ {"account": { }} ]',
        },
    )
    result = twitter.parse(archive)
    assert result.generation == "G1"
    assert result.declared_exported_at == datetime(2019, 2, 10)
    assert result.rejects == [] and result.unrecognised == []
    (tweet,) = rows(result, "twitter_tweets")
    assert tweet["full_text"] == "@friend Tom & Jerry <3"
    assert (tweet["in_reply_to_status_id"], tweet["in_reply_to_user_id"]) == (
        "1099999999999999999",
        "42",
    )
    assert rows(result, "twitter_tweet_mentions")[0]["user_id"] == "42"
    messages = rows(result, "twitter_direct_messages")
    assert [
        (
            m["member"],
            m["conversation_id"],
            m["is_group"],
            m["sender_id"],
            m["recipient_id"],
            m["text"],
        )
        for m in messages
    ] == [
        ("direct-message.js", "42-77", False, "77", "42", "fish & chips"),
        ("direct-message-group.js", "1319011778924322821", True, "42", None, "hi all"),
    ]
    assert result.tables["twitter_account"].num_rows == 0  # `{"account": { }}` carries nothing


def test_group_conversation_events_each_become_a_row(tmp_path):
    messages = [
        {
            "messageCreate": {
                "senderId": "1",
                "id": "900",
                "text": "a &gt; b",
                "mediaUrls": [],
                "reactions": [],
                "createdAt": "2022-07-19T22:29:27.146Z",
            }
        },
        {
            "reactionCreate": {
                "senderId": "2",
                "eventId": "901",
                "reactionKey": "like",
                "createdAt": "2022-07-19T22:30:00.000Z",
            }
        },
        {
            "conversationNameUpdate": {
                "initiatingUserId": "1",
                "name": "Climbing",
                "createdAt": "2022-07-18T10:00:00.000Z",
            }
        },
        {
            "participantsJoin": {
                "initiatingUserId": "1",
                "userIds": ["3", "4"],
                "createdAt": "2022-07-17T10:00:00.000Z",
            }
        },
        {"participantsLeave": {"userIds": ["5"], "createdAt": "2022-07-16T10:00:00.000Z"}},
        {
            "welcomeMessageCreate": {
                "senderId": "1",
                "id": "902",
                "text": "welcome",
                "createdAt": "2022-07-15T10:00:00.000Z",
            }
        },
        {
            "joinConversation": {
                "initiatingUserId": "1",
                "participantsSnapshot": ["1", "2", "6"],
                "createdAt": "2022-07-14T10:00:00.000Z",
            }
        },
        {"futureEvent": {"createdAt": "2022-07-13T10:00:00.000Z"}},
        {"messageCreate": {"senderId": "1", "id": "903", "text": "x", "createdAt": "not a date"}},
    ]
    # The conversation id written after the messages must still reach every row.
    conversations = [
        {"dmConversation": {"messages": messages, "conversationId": "1319011778924322821"}},
        {"dmConversation": {"conversationId": "77", "messages": []}},
    ]
    archive = _write(
        tmp_path / "a",
        {"data/direct-messages-group-part1.js": _js("direct_messages_group", conversations)},
    )
    result = twitter.parse(archive)
    got = rows(result, "twitter_direct_messages")
    assert [
        (m["event_type"], m["message_id"], m["sender_id"], m["participant_ids"], m["text"])
        for m in got
    ] == [
        ("messageCreate", "900", "1", None, "a > b"),
        ("reactionCreate", "901", "2", None, None),
        ("conversationNameUpdate", None, "1", None, "Climbing"),
        ("participantsJoin", None, "1", "3,4", None),
        ("participantsLeave", None, None, "5", None),
        ("welcomeMessageCreate", "902", "1", None, "welcome"),
        ("joinConversation", None, "1", "1,2,6", None),
        ("futureEvent", None, None, None, None),
    ]
    assert {(m["conversation_id"], m["is_group"], m["locator"]) for m in got} == {
        ("1319011778924322821", True, "0")
    }
    assert got[0]["created_at"] == datetime(2022, 7, 19, 22, 29, 27, 146000)
    assert [(r.locator, r.reason) for r in result.rejects] == [
        ("0", "createdAt 'not a date' cannot be read")
    ]


def test_rows_are_batched_into_record_batches(tmp_path, monkeypatch):
    monkeypatch.setattr(twitter, "BATCH_ROWS", 2)
    records = [_tweet(str(n), "Mon Dec 05 10:00:00 +0000 2022") for n in range(5)]
    result = twitter.parse(_write(tmp_path / "a", {"data/tweets.js": _js("tweets", records)}))
    table = result.tables["twitter_tweets"]
    assert table.column("tweet_id").num_chunks == 3
    assert table.column("tweet_id").to_pylist() == ["0", "1", "2", "3", "4"]
    assert table.schema == TWITTER["twitter_tweets"]
    assert isinstance(table, pa.Table)


def test_zip_with_a_top_folder_is_dated_by_its_name(tmp_path):
    path = tmp_path / "upload.zip"
    top = "twitter-2022-11-20-52795906fc45"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{top}/Your archive.html", "<html></html>")
        archive.writestr(f"{top}/assets/js/main.js", "var x = 1;")
        archive.writestr(f"{top}/data/tweets_media/1-abc.jpg", b"\xff\xd8")
        archive.writestr(
            f"{top}/data/tweets.js",
            _js("tweets", [_tweet("1", "Sun Nov 20 09:00:00 +0000 2022", "hi")]),
        )
        archive.writestr(f"{top}/data/something-new.js", "window.YTD.something_new.part0 = []")
    with ZipArchive(path) as opened:
        result = twitter.parse(opened)
    assert result.generation == "G3"
    assert result.declared_exported_at == datetime(2022, 11, 20)
    assert [t["member"] for t in rows(result, "twitter_tweets")] == [f"{top}/data/tweets.js"]
    assert result.unrecognised == [f"{top}/data/something-new.js"]


def test_archive_name_date_comes_before_the_folder_date(tmp_path):
    archive = _write(
        tmp_path / "twitter-2021-12-31-aa11",
        {"twitter-2020-11-17-bb22/data/follower.js": _js("follower", [])},
    )
    assert twitter.parse(archive).declared_exported_at == datetime(2021, 12, 31)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("twitter-2022-11-20-52795906fc45.zip", datetime(2022, 11, 20)),
        ("twitter-2019-06-25-b31f2", datetime(2019, 6, 25)),
        ("twitter-2022-13-45-abc.zip", None),
        ("my-twitter-archive.zip", None),
        ("", None),
    ],
)
def test_export_date_from_name(name, expected):
    assert twitter.export_date_from_name(name) == expected


@pytest.mark.parametrize(
    ("member", "table"),
    [
        ("twitter-2022-11-20-abc/data/tweets.js", "twitter_tweets"),
        ("data/tweets-part1.js", "twitter_tweets"),
        ("data/tweet-part12.js", "twitter_tweets"),
        ("tweet.js", "twitter_tweets"),
        ("data/js/tweets/2019_01.js", "twitter_tweets"),
        ("archive/data/js/tweets/2010_03.js", "twitter_tweets"),
        ("tweets.csv", "twitter_tweets"),
        ("data/csv/2010_03.csv", "twitter_tweets"),
        ("data/direct-messages.js", "twitter_direct_messages"),
        ("data/direct-messages-group.js", "twitter_direct_messages"),
        ("direct-message.js", "twitter_direct_messages"),
        ("direct-message-group.js", "twitter_direct_messages"),
        ("data/direct-messages-part2.js", "twitter_direct_messages"),
        ("data/account.js", "twitter_account"),
        ("data/js/user_details.js", "twitter_account"),
        ("data/profile.js", "twitter_profile"),
        ("data/like.js", "twitter_likes"),
        ("data/follower.js", "twitter_followers"),
        ("data/following.js", "twitter_following"),
        ("data/block.js", "twitter_blocks"),
        ("data/mute.js", "twitter_mutes"),
        ("data/screen-name-change.js", "twitter_screen_name_changes"),
        ("data/note-tweet.js", "twitter_note_tweets"),
        ("data/deleted-tweets.js", "twitter_deleted_tweets"),
        ("data/tweet-headers.js", None),
        ("data/direct-message-headers.js", None),
        ("data/direct-message-group-headers.js", None),
        ("assets/js/tweets.js", None),
        ("data/tweets_media/1-tweets.js", None),
        ("js/account.js", None),
        ("data/js/tweet_index.js", None),
        ("data/manifest.js", None),
        ("Connections.csv", None),
    ],
)
def test_table_for(member, table):
    assert twitter.table_for(member) == table


@pytest.mark.parametrize(
    ("member", "known"),
    [
        ("data/manifest.js", True),
        ("data/README.txt", True),
        ("Your archive.html", True),
        ("index.html", True),
        ("css/application.min.css", True),
        ("js/application.min.js", True),
        ("lib/bootstrap/bootstrap.min.js", True),
        ("img/bg.png", True),
        ("data/js/tweet_index.js", True),
        ("data/js/payload_details.js", True),
        ("data/tweet-headers.js", True),
        ("data/direct-message-headers.js", True),
        ("data/direct-message-group-headers.js", True),
        ("data/deleted-tweet-headers.js", True),
        ("data/ageinfo.js", True),
        ("data/verified.js", True),
        ("data/account-timezone.js", True),
        ("data/lists-created.js", True),
        ("data/protected-history.js", True),
        ("data/professional-data.js", True),
        ("data/saved-search.js", True),
        ("data/app.js", True),
        ("data/connected-application.js", True),
        ("data/personalization.js", True),
        ("data/ad-impressions.js", True),
        ("data/ad-engagements-part3.js", True),
        ("data/tweets_media/1588091220244369409-FgoIitdWAAAL87b.jpg", True),
        ("data/direct_messages_media/1364846455622541319-zfu2dPd-.jpg", True),
        ("assets/fonts/chirp.woff2", True),
        ("data/tweets.js", False),  # loaded, so not "unused"
        ("data/something-new.js", False),
        ("notes.txt", False),
    ],
)
def test_is_known_unused(member, known):
    assert twitter.is_known_unused(member) is known


def test_folder_date_ignores_other_top_level_entries(tmp_path):
    archive = _write(
        tmp_path / "upload",
        {
            "twitter-2020-11-17-bb22/data/follower.js": _js("follower", []),
            "__MACOSX/twitter-2020-11-17-bb22/data/._follower.js": b"\x00\x05\x16\x07",
        },
    )
    assert twitter.parse(archive).declared_exported_at == datetime(2020, 11, 17)


def test_a_date_before_the_first_utc_instant_rejects_only_its_tweet(tmp_path):
    records = [
        _tweet("1", "Mon Dec 05 10:00:00 +0000 2022"),
        _tweet("2", "Mon Jan 01 00:30:00 +0100 0001"),
    ]
    result = twitter.parse(_write(tmp_path / "a", {"data/tweets.js": _js("tweets", records)}))
    assert [t["tweet_id"] for t in rows(result, "twitter_tweets")] == ["1"]
    (reject,) = result.rejects
    assert (reject.member, reject.locator) == ("data/tweets.js", "1")


def test_an_integer_too_long_to_convert_in_a_small_file_is_one_sentence(tmp_path):
    manifest = 'window.__THAR_CONFIG = {"userInfo": {"accountId": ' + "1" * 5000 + "}}"
    archive = _write(tmp_path / "a", {"data/manifest.js": manifest})
    with pytest.raises(ArchiveError, match=r"^data/manifest\.js: the JSON is invalid \("):
        twitter.parse(archive)


def test_the_field_limit_holds_for_a_tweets_csv_too(tmp_path):
    header = '"tweet_id","timestamp","text"\n'
    line = f'"1","2014-05-29 17:03:42 +0000","{"x" * 200}"\n'
    _write(tmp_path / "a", {"tweets.csv": header + line})
    archive = FolderArchive(tmp_path / "a", limits=Limits(field_bytes=100))
    with pytest.raises(ArchiveError, match="longer than the limit of 100 characters"):
        twitter.parse(archive)
    assert (
        rows(twitter.parse(FolderArchive(tmp_path / "a")), "twitter_tweets")[0]["tweet_id"] == "1"
    )
