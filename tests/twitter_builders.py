"""Small Twitter/X archives of every generation, written in code for the import tests."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path


def js(global_name: str, records: list, part: int = 0) -> str:
    """A data file as X writes it: `window.YTD.<name>.part<N> = ` and pretty-printed JSON."""
    body = json.dumps(records, indent=2, ensure_ascii=False, separators=(",", " : "))
    return f"window.YTD.{global_name}.part{part} = {body}"


def created_at(when: datetime) -> str:
    return when.strftime("%a %b %d %H:%M:%S +0000 %Y")


def tweet(
    tweet_id: str,
    when: datetime,
    text: str,
    *,
    mentions: list[tuple[str, str]] = (),
    urls: list[str] = (),
    reply_to: tuple[str, str] | None = None,
    edit_of: str | None = None,
) -> dict:
    """A G2/G3 tweet object; mentions are (id, screen_name), reply_to is (user id, screen name)."""
    body: dict = {
        "edit_info": (
            {"edit": {"initialTweetId": edit_of, "editControlInitial": {"editTweetIds": []}}}
            if edit_of
            else {"initial": {"editTweetIds": [tweet_id], "editsRemaining": "5"}}
        ),
        "retweeted": False,
        "entities": {
            "hashtags": [],
            "symbols": [],
            "user_mentions": [
                {
                    "name": name.title(),
                    "screen_name": name,
                    "indices": ["0", "5"],
                    "id_str": uid,
                    "id": uid,
                }
                for uid, name in mentions
            ],
            "urls": [
                {
                    "url": "https://t.co/x",
                    "expanded_url": url,
                    "display_url": url[:20],
                    "indices": ["0", "5"],
                }
                for url in urls
            ],
        },
        "favorite_count": "0",
        "id_str": tweet_id,
        "retweet_count": "0",
        "id": tweet_id,
        "created_at": created_at(when),
        "favorited": False,
        "full_text": text,
        "lang": "en",
    }
    if reply_to:
        body["in_reply_to_user_id_str"] = reply_to[0]
        body["in_reply_to_user_id"] = reply_to[0]
        body["in_reply_to_screen_name"] = reply_to[1]
        body["in_reply_to_status_id_str"] = "1"
    return body


def dm(message_id: str, sender: str, recipient: str | None, when: str, text: str) -> dict:
    event = {
        "reactions": [],
        "urls": [],
        "text": text,
        "mediaUrls": [],
        "senderId": sender,
        "id": message_id,
        "createdAt": when,
    }
    if recipient is not None:
        event["recipientId"] = recipient
    return {"messageCreate": event}


def write_g3(
    folder: Path,
    *,
    owner: tuple[str, str],
    generated: str,
    tweets: list[dict],
    followers: list[str],
    following: list[str],
    dms: dict[str, list[dict]] = {},  # noqa: B006 (read only)
    group_dms: dict[str, list[dict]] = {},  # noqa: B006 (read only)
    wrap_tweets: bool = True,
) -> Path:
    """A G3 archive folder with a manifest whose counts match what is written."""
    data = folder / "data"
    data.mkdir(parents=True)
    account_id, username = owner
    files = {
        "account": (
            "account",
            [
                {
                    "account": {
                        "accountId": account_id,
                        "username": username,
                        "accountDisplayName": username.title(),
                        "createdAt": "2010-01-01T00:00:00.000Z",
                    }
                }
            ],
        ),
        "tweets": ("tweets", [{"tweet": t} for t in tweets] if wrap_tweets else tweets),
        "follower": (
            "follower",
            [
                {
                    "follower": {
                        "accountId": a,
                        "userLink": f"https://twitter.com/intent/user?user_id={a}",
                    }
                }
                for a in followers
            ],
        ),
        "following": (
            "following",
            [
                {
                    "following": {
                        "accountId": a,
                        "userLink": f"https://twitter.com/intent/user?user_id={a}",
                    }
                }
                for a in following
            ],
        ),
        "direct-messages": (
            "direct_messages",
            [{"dmConversation": {"conversationId": c, "messages": m}} for c, m in dms.items()],
        ),
        "direct-messages-group": (
            "direct_messages_group",
            [
                {"dmConversation": {"conversationId": c, "messages": m}}
                for c, m in group_dms.items()
            ],
        ),
    }
    data_types = {}
    for name, (global_name, records) in files.items():
        (data / f"{name}.js").write_text(js(global_name, records), encoding="utf-8")
        key = "".join(w.title() if i else w for i, w in enumerate(name.split("-")))
        data_types[key] = {
            "files": [
                {
                    "fileName": f"data/{name}.js",
                    "globalName": f"YTD.{global_name}.part0",
                    "count": str(len(records)),
                }
            ]
        }
    manifest = {
        "userInfo": {"accountId": account_id, "userName": username},
        "archiveInfo": {
            "sizeBytes": "1000",
            "generationDate": generated,
            "isPartialArchive": False,
        },
        "dataTypes": data_types,
    }
    (data / "manifest.js").write_text(
        "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2), encoding="utf-8"
    )
    (folder / "Your archive.html").write_text("<html></html>", encoding="utf-8")
    return folder
