"""Large tweet part files go through DuckDB; the tables must be those the Python path builds."""

from __future__ import annotations

import copy
import os
from datetime import datetime
from pathlib import Path

import pytest

from tests.twitter_builders import js, tweet
from transforms import twitter
from transforms.archive import open_input
from transforms.result import ArchiveError

OWNER = "1000"


def _base_tweets() -> list[dict]:
    """Tweets with everything the fast path has to get right."""
    return [
        {"tweet": tweet("11", datetime(2024, 1, 2, 3, 4, 5), "plain")},
        {
            "tweet": tweet(
                "12",
                datetime(2024, 2, 29, 23, 59, 59),
                "@ada &amp; @bo &lt;3 &#x1F600; caf\u00e9 \U0001f600",
                mentions=[("21", "ada"), ("22", "bo")],
                urls=["https://x.com/ada/status/99", "https://example.org/a?b=c&amp;d"],
                reply_to=("21", "ada"),
            )
        },
        {"tweet": tweet("13", datetime(2023, 12, 31), "edited", edit_of="11")},
        {"tweet": tweet("14", datetime(2022, 7, 1, 12), "")},
    ]


def _write(folder: Path, elements: list, name: str = "tweets.js") -> Path:
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / name).write_text(js("tweets", elements) + ";\n", encoding="utf-8")
    return folder


def _parse(folder: Path, use_duckdb: bool, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(twitter, "TWEET_SQL_MIN_BYTES", 0 if use_duckdb else 10**18)
    with open_input([folder]) as archive:
        return twitter.parse(archive)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """(member, read by DuckDB) for every part the fast path tried."""
    tried: list[tuple[str, bool]] = []
    extract = twitter._TweetSql._extract

    def spying(self, path, member, elements):
        tables = extract(self, path, member, elements)
        tried.append((member, tables is not None))
        return tables

    monkeypatch.setattr(twitter._TweetSql, "_extract", spying)
    return tried


def _assert_same(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    tried = _spy(monkeypatch)
    fast = _parse(folder, True, monkeypatch)
    slow = _parse(folder, False, monkeypatch)
    for name in ("twitter_tweets", "twitter_tweet_mentions", "twitter_tweet_urls"):
        assert fast.tables[name].to_pylist() == slow.tables[name].to_pylist(), name
        assert fast.tables[name].schema == slow.tables[name].schema
    assert fast.rejects == slow.rejects
    return tried


def test_the_duckdb_rows_equal_the_python_rows(tmp_path, monkeypatch):
    folder = _write(tmp_path / "x", _base_tweets())
    tried = _assert_same(folder, monkeypatch)
    assert tried == [("data/tweets.js", True)]
    tables = _parse(folder, True, monkeypatch).tables
    second = tables["twitter_tweets"].to_pylist()[1]
    assert second["full_text"] == "@ada & @bo <3 \U0001f600 caf\u00e9 \U0001f600"
    assert second["created_at"] == datetime(2024, 2, 29, 23, 59, 59)
    assert (second["in_reply_to_user_id"], second["in_reply_to_screen_name"]) == ("21", "ada")
    assert tables["twitter_tweets"].column("edit_initial_tweet_id").to_pylist() == [
        None,
        None,
        "11",
        None,
    ]
    assert tables["twitter_tweet_mentions"].select(
        ["locator", "position", "user_id"]
    ).to_pylist() == [
        {"locator": "1", "position": 0, "user_id": "21"},
        {"locator": "1", "position": 1, "user_id": "22"},
    ]
    assert tables["twitter_tweet_urls"].column("expanded_url").to_pylist() == [
        "https://x.com/ada/status/99",
        "https://example.org/a?b=c&amp;d",
    ]


def test_parts_keep_their_order_and_locators(tmp_path, monkeypatch):
    folder = tmp_path / "x"
    _write(folder, _base_tweets()[:2], "tweets.js")
    _write(folder, _base_tweets()[2:], "tweets-part1.js")
    _write(folder, [{"tweet": tweet("15", datetime(2021, 5, 5), "three")}], "tweets-part2.js")
    tried = _assert_same(folder, monkeypatch)
    assert tried == [
        ("data/tweets.js", True),
        ("data/tweets-part1.js", True),
        ("data/tweets-part2.js", True),
    ]
    tweets = _parse(folder, True, monkeypatch).tables["twitter_tweets"]
    assert tweets.select(["member", "locator", "tweet_id"]).to_pylist() == [
        {"member": "data/tweets.js", "locator": "0", "tweet_id": "11"},
        {"member": "data/tweets.js", "locator": "1", "tweet_id": "12"},
        {"member": "data/tweets-part1.js", "locator": "0", "tweet_id": "13"},
        {"member": "data/tweets-part1.js", "locator": "1", "tweet_id": "14"},
        {"member": "data/tweets-part2.js", "locator": "0", "tweet_id": "15"},
    ]


def _variant(change) -> list[dict]:
    elements = copy.deepcopy(_base_tweets())
    change(elements)
    return elements


def _set(index: int, key: str, value):
    def change(elements):
        elements[index]["tweet"][key] = value

    return change


def _drop(index: int, key: str):
    def change(elements):
        del elements[index]["tweet"][key]

    return change


def _mention(index: int, position: int, key: str, value):
    def change(elements):
        elements[index]["tweet"]["entities"]["user_mentions"][position][key] = value

    return change


def _url(index: int, position: int, key: str, value):
    def change(elements):
        elements[index]["tweet"]["entities"]["urls"][position][key] = value

    return change


def _unwrap(index: int):
    def change(elements):
        elements[index] = elements[index]["tweet"]

    return change


def _mentions(index: int, value):
    def change(elements):
        elements[index]["tweet"]["entities"]["user_mentions"] = value

    return change


# Records the Python path converts, rejects or reads its own way: the part goes through Python.
FALLBACKS = {
    "numeric id_str": _set(0, "id_str", 11),
    "empty id_str": _set(0, "id_str", ""),
    "no created_at": _drop(0, "created_at"),
    "created_at in another format": _set(0, "created_at", "2024-01-02 03:04:05 +0000"),
    "created_at with an offset": _set(0, "created_at", "Tue Jan 02 03:04:05 +0100 2024"),
    "created_at on a day that does not exist": _set(
        0, "created_at", "Fri Feb 30 03:04:05 +0000 2024"
    ),
    "numeric full_text": _set(0, "full_text", 7),
    "numeric lang": _set(0, "lang", 1),
    "numeric reply id": _set(1, "in_reply_to_user_id_str", 21),
    "a retweeted_status": _set(0, "retweeted_status", {"user": {"id_str": "5"}}),
    "an unwrapped tweet": _unwrap(0),
    "edit_info that is a list": _set(0, "edit_info", []),
    "numeric initialTweetId": _set(2, "edit_info", {"edit": {"initialTweetId": 11}}),
    "a null mention": _mentions(1, [None]),
    "mentions that are an object": _mentions(1, {"id_str": "21"}),
    "a numeric mention id": _mention(1, 0, "id_str", 21),
    "a numeric screen name": _mention(1, 0, "screen_name", 5),
    "a numeric url": _url(1, 0, "expanded_url", 5),
}

# Records the fast path reads itself, with the Python path's rules for missing values.
FAST = {
    "text instead of full_text": lambda e: (
        _drop(0, "full_text")(e),
        _set(0, "text", "old &gt;")(e),
    ),
    "null full_text and text": _set(0, "full_text", None),
    "empty reply id string falls back to the numeric field": lambda e: (
        _set(1, "in_reply_to_user_id_str", "")(e),
        _set(1, "in_reply_to_user_id", "77")(e),
    ),
    "empty expanded_url takes url": _url(1, 0, "expanded_url", ""),
    "mention without id_str takes id": lambda e: (
        _mention(1, 0, "id_str", None)(e),
        _mention(1, 1, "id_str", "")(e),
    ),
    "empty entities": _set(0, "entities", {}),
    "null edit_info": _set(0, "edit_info", None),
    "empty initialTweetId": _set(2, "edit_info", {"edit": {"initialTweetId": ""}}),
    "escaped control characters": _set(0, "full_text", "a\u0001b\tc\n\u2028"),
}


@pytest.mark.parametrize("case", sorted(FALLBACKS))
def test_records_the_python_path_treats_its_own_way_fall_back(case, tmp_path, monkeypatch):
    folder = _write(tmp_path / "x", _variant(FALLBACKS[case]))
    assert _assert_same(folder, monkeypatch) == [("data/tweets.js", False)]


@pytest.mark.parametrize("case", sorted(FAST))
def test_missing_and_empty_values_follow_the_python_rules(case, tmp_path, monkeypatch):
    folder = _write(tmp_path / "x", _variant(FAST[case]))
    assert _assert_same(folder, monkeypatch) == [("data/tweets.js", True)]


def test_a_nul_escape_is_kept(tmp_path, monkeypatch):
    folder = _write(tmp_path / "x", _variant(_set(0, "full_text", "a\u0000b")))
    assert _assert_same(folder, monkeypatch) == [("data/tweets.js", True)]
    tweets = _parse(folder, True, monkeypatch).tables["twitter_tweets"]
    assert tweets.column("full_text").to_pylist()[0] == "a\u0000b"


def test_json_the_reader_refuses_is_refused_the_same_way(tmp_path, monkeypatch):
    folder = _write(tmp_path / "x", _base_tweets())
    path = folder / "data" / "tweets.js"
    # DuckDB would read this trailing comma; the archive reader does not, and neither may we.
    path.write_text(path.read_text().replace('"lang" : "en"', '"lang" : "en",', 1))
    monkeypatch.setattr(twitter, "TWEET_SQL_MIN_BYTES", 0)
    refused = pytest.raises(ArchiveError, match=r"data/tweets\.js: the JSON is invalid")
    with refused, open_input([folder]) as archive:
        twitter.parse(archive)


def test_nothing_is_left_in_the_temporary_folder(tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    folder = tmp_path / "x"
    _write(folder, _base_tweets(), "tweets.js")
    _write(folder, _base_tweets(), "tweets-part1.js")
    _parse(folder, True, monkeypatch)
    assert os.listdir(scratch) == []
    path = folder / "data" / "tweets-part1.js"
    path.write_text(path.read_text()[:-40])
    with pytest.raises(ArchiveError, match="ends early"):
        _parse(folder, True, monkeypatch)
    assert os.listdir(scratch) == []
