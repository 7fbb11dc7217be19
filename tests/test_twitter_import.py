"""Twitter/X end to end: archives written in code, imported by the flow, marts checked by hand."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from flows.import_archive import import_archives
from tests.twitter_builders import created_at, dm, js, tweet, write_g3

OWNER = ("100", "owner")
JAN = datetime(2024, 1, 1, 12, 0, 0)


def first_snapshot_tweets() -> list[dict]:
    return [
        # Reply to Bob (200) mentioning Bob and Carol (300): a reply to 200, a mention of 300.
        tweet(
            "1001",
            JAN,
            "@bob @carol hi",
            mentions=[("200", "bob"), ("300", "carol")],
            reply_to=("200", "bob"),
        ),
        # A retweet: the first mention (Dave, 400) is the author; no mention acts.
        tweet(
            "1002",
            JAN.replace(day=2),
            "RT @dave: hello @eve",
            mentions=[("400", "dave"), ("500", "eve")],
        ),
        # A self-reply thread mentioning the owner and a deleted account: no acts at all.
        tweet(
            "1003",
            JAN.replace(day=3),
            "@owner @gone more",
            mentions=[("100", "owner"), ("-1", "gone")],
            reply_to=("100", "owner"),
        ),
        # Quote of Carol on x.com (screen name resolved to 300 through tweet 1001).
        tweet(
            "1004",
            JAN.replace(day=4),
            "look https://t.co/x",
            urls=["https://x.com/Carol/status/999"],
        ),
        # Quote of the owner's own tweet: not an act.
        tweet("1005", JAN.replace(day=5), "me again", urls=["https://twitter.com/owner/status/1"]),
        # An edited tweet: both versions are in the archive, the act counts once.
        tweet("1006", JAN.replace(day=6), "hey @frank", mentions=[("600", "frank")]),
        tweet(
            "1007",
            JAN.replace(day=6, hour=13),
            "hey @frank!",
            mentions=[("600", "frank")],
            edit_of="1006",
        ),
        # Quote of someone known only by screen name.
        tweet("1008", JAN.replace(day=8), "wow", urls=["https://twitter.com/Ghost/status/5"]),
    ]


def first_snapshot(folder: Path) -> Path:
    return write_g3(
        folder,
        owner=OWNER,
        generated="2024-03-01T10:00:00.000Z",
        tweets=first_snapshot_tweets(),
        followers=["200", "400", "700", "850"],
        following=["200", "300", "400", "800", "850"],
        dms={
            "100-200": [  # newest first, as X writes them
                dm("9002", "200", "100", "2024-02-03T10:00:00.000Z", "thanks &amp; bye"),
                dm("9001", "100", "200", "2024-02-01T10:00:00.000Z", "hello"),
            ],
            "100-900": [dm("9003", "900", "100", "2024-02-05T10:00:00.000Z", "hi there")],
        },
        group_dms={
            "555": [
                dm("9012", "100", None, "2024-02-07T10:00:00.000Z", "all good"),
                dm("9011", "200", None, "2024-02-06T10:00:00.000Z", "team!"),
            ]
        },
    )


def second_snapshot(folder: Path) -> Path:
    """Four months on: 400 unfollowed both ways, 900 followed the owner, more acts."""
    tweets = [
        *first_snapshot_tweets()[:3],
        tweet("1009", datetime(2024, 5, 1), "@carol again", mentions=[("300", "carol")]),
    ]
    return write_g3(
        folder,
        owner=OWNER,
        generated="2024-07-01T10:00:00.000Z",
        tweets=tweets,
        followers=["200", "700", "850", "900"],
        following=["200", "300", "800", "850"],
        dms={
            "100-200": [
                dm("9002", "200", "100", "2024-02-03T10:00:00.000Z", "thanks &amp; bye"),
                dm("9001", "100", "200", "2024-02-01T10:00:00.000Z", "hello"),
            ],
            "100-900": [
                dm("9004", "100", "900", "2024-06-01T10:00:00.000Z", "sorry for the delay"),
                dm("9003", "900", "100", "2024-02-05T10:00:00.000Z", "hi there"),
            ],
        },
    )


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.sql(sql).fetchall()


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "warehouse.duckdb"


def test_g3_archive_gives_the_acts_and_reciprocity_worked_out_by_hand(
    tmp_path, db, prefect_harness
):
    archive = first_snapshot(tmp_path / "twitter-2024-03-01-abc")
    (outcome,) = import_archives([str(archive)], str(db))
    assert (outcome.outcome, outcome.platform, outcome.owner_key) == (
        "loaded",
        "twitter",
        "twitter:100",
    )

    assert rows(
        db,
        "select kind, direction, person_key, detail, is_group from marts.interactions "
        "where kind not in ('follow') order by kind, direction, person_key, detail",
    ) == [
        ("dm", "given", "twitter:200", "100-200", False),
        ("dm", "received", "twitter:200", "100-200", False),
        ("dm", "received", "twitter:200", "555", True),
        ("dm", "received", "twitter:900", "100-900", False),
        ("mention", "given", "twitter:300", "1001", False),
        ("mention", "given", "twitter:600", "1006", False),
        ("quote", "given", "twitter:300", "1004", False),
        ("quote", "given", "twitter:@ghost", "1008", False),
        ("reply", "given", "twitter:200", "1001", False),
        ("retweet", "given", "twitter:400", "1002", False),
    ]
    assert rows(
        db,
        "select direction, list(person_key order by person_key) from marts.interactions "
        "where kind = 'follow' group by direction order by direction",
    ) == [
        ("given", ["twitter:200", "twitter:300", "twitter:400", "twitter:800", "twitter:850"]),
        ("received", ["twitter:200", "twitter:400", "twitter:700", "twitter:850"]),
    ]
    # Follows carry no time: mutual follows have an unknown initiator and no lag.
    assert rows(
        db,
        "select kind, person_key, given_count, received_count, status, initiator, lag_days "
        "from marts.reciprocity order by kind, person_key",
    ) == [
        ("dm", "twitter:200", 1, 1, "mutual", "me", 2.0),
        ("dm", "twitter:900", 0, 1, "received_only", "them", None),
        ("follow", "twitter:200", 1, 1, "mutual", "unknown", None),
        ("follow", "twitter:300", 1, 0, "given_only", "me", None),
        ("follow", "twitter:400", 1, 1, "mutual", "unknown", None),
        ("follow", "twitter:700", 0, 1, "received_only", "them", None),
        ("follow", "twitter:800", 1, 0, "given_only", "me", None),
        ("follow", "twitter:850", 1, 1, "mutual", "unknown", None),
    ]
    # Follow: 6 people, 3 mutual, 2 given only, 1 received only; edge = 6 / (6 + 3).
    assert rows(
        db,
        "select people, mutual, given_only, received_only, dyad_reciprocity, "
        "round(edge_reciprocity, 6), initiated_by_me, returned_to_me, return_rate_to_me, "
        "initiated_by_them, returned_by_me, return_rate_by_me, median_lag_days "
        "from marts.reciprocity_summary where kind = 'follow'",
    ) == [(6, 3, 2, 1, 0.5, round(6 / 9, 6), 2, 0, 0.0, 1, 0, 0.0, None)]
    # Engaged with 200, 300, 400, 600, @ghost: 200 and 400 follow back (2/5). Followed without
    # engaging: 800, 850; 850 follows back (1/2). Lift 0.4 / 0.5 = 0.8.
    assert rows(
        db,
        "select kind, treated, treated_returned, treated_rate, baseline, baseline_returned, "
        "baseline_rate, round(lift, 6) from marts.reciprocity_effect "
        "where owner_key = 'twitter:100'",
    ) == [("engagement_followback", 5, 2, 0.4, 2, 1, 0.5, 0.8)]
    assert rows(
        db,
        "select person_key, handle, is_owner, is_connection from marts.people "
        "where person_key in ('twitter:100', 'twitter:300', 'twitter:400') order by person_key",
    ) == [
        ("twitter:100", "owner", True, False),
        ("twitter:300", "carol", False, False),
        ("twitter:400", "dave", False, True),
    ]


def test_two_snapshots_load_as_one_history(tmp_path, db, prefect_harness):
    first = first_snapshot(tmp_path / "twitter-2024-03-01-abc")
    second = second_snapshot(tmp_path / "twitter-2024-07-01-def")
    outcomes = import_archives([str(second), str(first)], str(db))
    assert [o.outcome for o in outcomes] == ["loaded", "loaded"]

    # Tweets and DMs of both snapshots count once; 1009 and m4 only the later one has.
    assert rows(
        db,
        "select kind, count(*) from marts.interactions where kind <> 'follow' "
        "group by kind order by kind",
    ) == [("dm", 5), ("mention", 3), ("quote", 2), ("reply", 1), ("retweet", 1)]
    # Follow state is the latest archive's: 400 no longer in either direction, 900 follows.
    assert rows(
        db,
        "select direction, list(person_key order by person_key) from marts.interactions "
        "where kind = 'follow' group by direction order by direction",
    ) == [
        ("given", ["twitter:200", "twitter:300", "twitter:800", "twitter:850"]),
        ("received", ["twitter:200", "twitter:700", "twitter:850", "twitter:900"]),
    ]
    assert rows(
        db,
        "select person_key, direction, change, from_exported_at::date::varchar, "
        "to_exported_at::date::varchar from marts.follow_changes order by person_key, direction",
    ) == [
        ("twitter:400", "given", "stopped", "2024-03-01", "2024-07-01"),
        ("twitter:400", "received", "stopped", "2024-03-01", "2024-07-01"),
        ("twitter:900", "received", "started", "2024-03-01", "2024-07-01"),
    ]
    # 900 wrote first (02-05), the owner answered on 06-01: 117 days.
    assert rows(
        db,
        "select status, initiator, lag_days from marts.reciprocity "
        "where kind = 'dm' and person_key = 'twitter:900'",
    ) == [("mutual", "them", 117.0)]


def test_every_generation_yields_its_acts(tmp_path, db, prefect_harness):
    when = datetime(2019, 1, 14, 3, 57, 50)
    # G0 Grailbird: monthly JS, API v1.1 objects, a real retweeted_status.
    g0 = tmp_path / "tweets-g0" / "data" / "js"
    (g0 / "tweets").mkdir(parents=True)
    (g0 / "user_details.js").write_text(
        'var user_details =  {"screen_name": "old", "full_name": "Old", "id": "10",'
        ' "created_at": "2009-01-01 00:00:00 +0000"}',
        encoding="utf-8",
    )
    (g0 / "payload_details.js").write_text(
        'var payload_details =  {"tweets": 2, "created_at": "2019-01-14 03:59:25 +0000"}',
        encoding="utf-8",
    )
    g0_tweets = [
        {
            "id_str": "11",
            "id": 11,
            "text": "@ann hello",
            "created_at": "2019-01-14 03:57:50 +0000",
            "in_reply_to_user_id_str": "20",
            "in_reply_to_screen_name": "ann",
            "entities": {
                "user_mentions": [
                    {"id_str": "20", "screen_name": "ann", "name": "Ann", "indices": [0, 4]}
                ],
                "urls": [],
            },
            "user": {"id_str": "10", "screen_name": "old"},
        },
        {
            "id_str": "12",
            "id": 12,
            "text": "RT @ben: news",
            "created_at": "2019-01-13 03:57:50 +0000",
            "retweeted_status": {"id_str": "5", "user": {"id_str": "30", "screen_name": "ben"}},
            "entities": {
                "user_mentions": [
                    {"id_str": "30", "screen_name": "ben", "name": "Ben", "indices": [3, 7]}
                ],
                "urls": [],
            },
            "user": {"id_str": "10", "screen_name": "old"},
        },
    ]
    (g0 / "tweets" / "2019_01.js").write_text(
        "Grailbird.data.tweets_2019_01 = \n" + json.dumps(g0_tweets), encoding="utf-8"
    )

    # G1: files at the root, tweets not wrapped, no manifest.
    g1 = tmp_path / "twitter-2019-06-25-abc"
    g1.mkdir()
    (g1 / "account.js").write_text(
        js(
            "account",
            [
                {
                    "account": {
                        "accountId": "40",
                        "username": "mid",
                        "createdAt": "2011-01-01T00:00:00.000Z",
                    }
                }
            ],
        )
    )
    (g1 / "tweet.js").write_text(
        js(
            "tweet",
            [
                tweet("41", when, "@cy yo", mentions=[("50", "cy")]),
            ],
        )
    )
    (g1 / "follower.js").write_text(js("follower", [{"follower": {"accountId": "50"}}]))
    (g1 / "following.js").write_text(js("following", [{"following": {"accountId": "50"}}]))

    # G2: data/ with a manifest and the singular tweet.js holding wrapped tweets.
    g2 = tmp_path / "g2"
    write_g3(
        g2,
        owner=("60", "newer"),
        generated="2021-06-27T00:00:00.000Z",
        tweets=[tweet("61", when, "@dee ok", mentions=[("70", "dee")], reply_to=("70", "dee"))],
        followers=["70"],
        following=[],
    )
    (g2 / "data" / "tweets.js").rename(g2 / "data" / "tweet.js")
    manifest = (g2 / "data" / "manifest.js").read_text().replace("data/tweets.js", "data/tweet.js")
    (g2 / "data" / "manifest.js").write_text(manifest)

    outcomes = import_archives([str(tmp_path / "tweets-g0"), str(g1), str(g2)], str(db))
    assert [(o.outcome, o.owner_key) for o in outcomes] == [
        ("loaded", "twitter:10"),
        ("loaded", "twitter:40"),
        ("loaded", "twitter:60"),
    ]
    assert rows(
        db,
        "select owner_key, kind, direction, person_key, detail from marts.interactions "
        "order by owner_key, kind, direction, person_key",
    ) == [
        ("twitter:10", "reply", "given", "twitter:20", "11"),
        ("twitter:10", "retweet", "given", "twitter:30", "12"),
        ("twitter:40", "follow", "given", "twitter:50", None),
        ("twitter:40", "follow", "received", "twitter:50", None),
        ("twitter:40", "mention", "given", "twitter:50", "41"),
        ("twitter:60", "follow", "received", "twitter:70", None),
        ("twitter:60", "reply", "given", "twitter:70", "61"),
    ]


def test_split_tweet_parts_out_of_date_order_lose_nothing(tmp_path, db, prefect_harness):
    folder = write_g3(
        tmp_path / "split",
        owner=OWNER,
        generated="2024-03-01T10:00:00.000Z",
        tweets=[tweet("2001", datetime(2022, 1, 1), "@a hi", mentions=[("201", "a")])],
        followers=[],
        following=[],
    )
    part1 = [
        tweet("1901", datetime(2006, 5, 1), "@b hi", mentions=[("202", "b")]),
        tweet("2101", datetime(2024, 2, 1), "@c hi", mentions=[("203", "c")]),
    ]
    (folder / "data" / "tweets-part1.js").write_text(
        js("tweets", [{"tweet": t} for t in part1], part=1), encoding="utf-8"
    )
    manifest_path = folder / "data" / "manifest.js"
    manifest = json.loads(manifest_path.read_text().split("=", 1)[1])
    manifest["dataTypes"]["tweets"]["files"].append(
        {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1", "count": "2"}
    )
    manifest_path.write_text("window.__THAR_CONFIG = " + json.dumps(manifest))

    (outcome,) = import_archives([str(folder)], str(db))
    assert outcome.outcome == "loaded"
    assert rows(
        db,
        "select detail, person_key from marts.interactions where kind = 'mention' order by detail",
    ) == [("1901", "twitter:202"), ("2001", "twitter:201"), ("2101", "twitter:203")]
    assert created_at(datetime(2006, 5, 1)).endswith("2006")


def test_grailbird_tweets_csv_mentions_count_by_screen_name(tmp_path, db, prefect_harness):
    # A 2014-2018 tweet archive without the JS month files: tweets.csv names mentions only in
    # the text, so they count by screen name; `RT @` rows name the original author's id.
    folder = tmp_path / "tweets-csv"
    (folder / "data" / "js").mkdir(parents=True)
    (folder / "data" / "js" / "user_details.js").write_text(
        'var user_details =  {"screen_name": "old", "id": "10"}', encoding="utf-8"
    )
    header = (
        '"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text",'
        '"retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp",'
        '"expanded_urls"\n'
    )
    (folder / "tweets.csv").write_text(
        header
        + '"21","","","2014-05-29 17:03:42 +0000","web","@Bob and @old hi","","","",""\n'
        + '"22","","","2014-05-30 17:03:42 +0000","web","RT @dan: x","9","40","",""\n',
        encoding="utf-8",
    )
    (outcome,) = import_archives([str(folder)], str(db))
    assert (outcome.outcome, outcome.owner_key) == ("loaded", "twitter:10")
    assert rows(db, "select kind, person_key, detail from marts.interactions order by detail") == [
        ("mention", "twitter:@bob", "21"),
        ("retweet", "twitter:40", "22"),
    ]
