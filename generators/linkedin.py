"""Synthetic LinkedIn "Get a copy of your data" Complete exports, as LinkedIn writes them in 2026.

The files and their quirks follow the research notes (`shared/research/linkedin/FORMAT.md`):
Connections.csv opens with LinkedIn's `Notes:` preamble and has no final newline; every file is
UTF-8 without BOM with LF line ends; dates are in the half-dozen formats LinkedIn mixes
(`04 Jul 2023`, `6/17/23, 6:18 AM`, `12/24/23, 05:28 AM`, `2023-07-10 15:47:10 UTC`,
`2021/08/11 11:00:31 UTC`, `2024-06-17 06:01:43`); endorsement URLs have no scheme; messages.csv
quotes every field (the 2026 form), or uses the 10- or 12-column headers of 2023–2025.

`write_linkedin_archive` invents an export of any size from a seed, writing row by row;
`write_demo_linkedin` writes the demo owner's export (see `generators.people`).
"""

from __future__ import annotations

import base64
import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from random import Random

from generators.people import (
    OWNER,
    OWNER_SKILLS,
    Person,
    bench_owner,
    crowd_person,
    person,
)
from generators.sink import ArchiveSink, hex_digest, mix64, rng_for, to_ms

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

# The 375 bytes before the header of every Connections.csv since 2021, byte for byte.
CONNECTIONS_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
CONNECTIONS_HEADER = (
    "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On",
)  # fmt: skip
INVITATIONS_HEADER = (
    "From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl",
)  # fmt: skip
MESSAGES_HEADER_10 = (
    "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
)  # fmt: skip
MESSAGES_HEADERS = {
    10: MESSAGES_HEADER_10,
    11: (*MESSAGES_HEADER_10, "ATTACHMENTS"),
    12: (*MESSAGES_HEADER_10, "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"),
}
ENDORSEMENT_GIVEN_HEADER = (
    "Endorsement Date", "Skill Name", "Endorsee First Name", "Endorsee Last Name",
    "Endorsee Public Url", "Endorsement Status",
)  # fmt: skip
ENDORSEMENT_RECEIVED_HEADER = (
    "Endorsement Date", "Skill Name", "Endorser First Name", "Endorser Last Name",
    "Endorser Public Url", "Endorsement Status",
)  # fmt: skip
RECOMMENDATIONS_HEADER = (
    "First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status",
)  # fmt: skip
PROFILE_HEADER = (
    "First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
    "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers",
)  # fmt: skip
POSITIONS_HEADER = (
    "Company Name", "Title", "Description", "Location", "Started On", "Finished On",
)  # fmt: skip
PROJECTS_HEADER = ("Title", "Description", "Url", "Started On", "Finished On")
EDUCATION_HEADER = (
    "School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities",
)  # fmt: skip
SHARES_HEADER = ("Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility")

# ---------------------------------------------------------------------------------------------
# Dates as LinkedIn writes them (English month names whatever the locale)


def connected_on(moment: datetime) -> str:
    """`04 Jul 2023`."""
    return f"{moment.day:02d} {_MONTHS[moment.month - 1]} {moment.year}"


def _twelve_hour(moment: datetime) -> tuple[int, str]:
    return (moment.hour % 12 or 12), ("AM" if moment.hour < 12 else "PM")


def invitation_time(moment: datetime) -> str:
    """`6/17/23, 6:18 AM`: nothing zero-padded but the minutes."""
    hour, half = _twelve_hour(moment)
    return f"{moment.month}/{moment.day}/{moment.year % 100:02d}, {hour}:{moment.minute:02d} {half}"


def recommendation_time(moment: datetime) -> str:
    """`12/24/23, 05:28 AM`: month, day and hour zero-padded."""
    hour, half = _twelve_hour(moment)
    return (
        f"{moment.month:02d}/{moment.day:02d}/{moment.year % 100:02d}, "
        f"{hour:02d}:{moment.minute:02d} {half}"
    )


def message_time(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC"


def endorsement_time(moment: datetime) -> str:
    return f"{moment:%Y/%m/%d %H:%M:%S} UTC"


def activity_time(moment: datetime) -> str:
    """Reactions, Comments, Shares, Votes: no zone marker."""
    return f"{moment:%Y-%m-%d %H:%M:%S}"


def month_year(moment: date) -> str:
    return f"{_MONTHS[moment.month - 1]} {moment.year}"


def _utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# CSV output


class CsvWriter:
    """Rows to one member, LF-terminated, minimal quoting unless told otherwise.

    `final_newline=False` leaves the last row unterminated, as Connections.csv is;
    `backslash_quotes` escapes `"` as `\\"`, as Comments.csv has done since 2026.
    """

    def __init__(
        self,
        sink: ArchiveSink,
        member: str,
        header: Sequence[str] | None,
        *,
        preamble: str = "",
        quote_all: bool = False,
        final_newline: bool = True,
        backslash_quotes: bool = False,
    ):
        self._stream = sink.begin(member)
        self._sink = sink
        self._buffer = io.StringIO()
        options: dict = {"lineterminator": "\n"}
        if quote_all:
            options["quoting"] = csv.QUOTE_ALL
        if backslash_quotes:
            options["doublequote"] = False
            options["escapechar"] = "\\"
        self._csv = csv.writer(self._buffer, **options)
        self._final_newline = final_newline
        self._started = False
        self.rows = 0
        if preamble:
            self._stream.write_text(preamble)
        if header is not None:
            self._write(header)

    def row(self, values: Sequence[str]) -> None:
        self._write(values)
        self.rows += 1

    def rows_from(self, rows: Iterable[Sequence[str]]) -> CsvWriter:
        for values in rows:
            self.row(values)
        return self

    def close(self) -> None:
        if self._final_newline and self._started:
            self._stream.write(b"\n")
        self._sink.end(self._stream)

    def _write(self, values: Sequence[str]) -> None:
        self._csv.writerow(values)
        line = self._buffer.getvalue()[:-1]
        self._buffer.seek(0)
        self._buffer.truncate()
        # The terminator goes before each row but the first, so the last row can go without.
        self._stream.write_text(("\n" if self._started else "") + line)
        self._started = True


def write_csv(
    sink: ArchiveSink,
    member: str,
    header: Sequence[str] | None,
    rows: Iterable[Sequence[str]],
    **options: bool | str,
) -> int:
    writer = CsvWriter(sink, member, header, **options)  # type: ignore[arg-type]
    writer.rows_from(rows).close()
    return writer.rows


# ---------------------------------------------------------------------------------------------
# Records


def conversation_id(*parts: object) -> str:
    """`2-<base64 of a UUID and a suffix>`, the shape of LinkedIn's conversation ids."""
    digest = hex_digest("conversation", *parts, length=32)
    uuid = f"{digest[:8]}-{digest[8:12]}-4{digest[13:16]}-a{digest[17:20]}-{digest[20:32]}"
    suffix = ("_010", "_013", "_100", "_012")[int(digest[0], 16) % 4]
    return "2-" + base64.b64encode(f"{uuid}{suffix}".encode()).decode()


def inmail_html(paragraphs: Sequence[str]) -> str:
    """InMail and sponsored content: one `spinmail` paragraph per line, blank lines as `<br>`."""
    out = []
    for paragraph in paragraphs:
        body = paragraph or "<br>"
        out.append(f'<p class="spinmail-quill-editor__spin-break">{body}</p>')
    return "".join(out)


def share_commentary(lines: Sequence[str]) -> str:
    """A multi-line post as LinkedIn exports it: each line wrapped in its own pair of quotes."""
    return '"\n"'.join(line.replace('"', '""') for line in lines)


@dataclass(frozen=True)
class Message:
    """One row of messages.csv before formatting."""

    conversation: str
    title: str
    sender: Person | None  # None: `LinkedIn Member` or a brand, with no URL
    sender_name: str
    recipients: tuple[Person, ...]
    sent: datetime
    subject: str
    content: str
    folder: str
    draft: bool = False


def message_row(message: Message, columns: int) -> list[str]:
    names = ",".join(p.full_name for p in message.recipients)
    urls = ",".join(p.profile_url for p in message.recipients if p.slug)
    content = message.content
    if columns != 11:
        # Before 2026 the export flattened line breaks into double spaces.
        content = content.replace("\n\n", "  ").replace("\n", "  ")
    row = [
        "" if message.draft and not message.conversation else message.conversation,
        message.title,
        message.sender_name,
        message.sender.profile_url if message.sender and message.sender.slug else "",
        names,
        urls,
        message_time(message.sent),
        message.subject,
        content,
        "" if message.draft else message.folder,
    ]
    if columns == 11:
        row.append("")
    elif columns == 12:
        row += ["Yes" if message.draft else "No", "Yes" if message.draft else "No"]
    return row


def endorsement_row(moment: datetime, skill: str, other: Person) -> list[str]:
    return [
        endorsement_time(moment),
        skill,
        other.first_name,
        other.last_name,
        other.public_url,
        "ACCEPTED",
    ]


def connection_row(other: Person | None, moment: datetime) -> list[str]:
    if other is None:
        # A member who has since hidden or closed their profile: only the date remains.
        return ["", "", "", "", "", "", connected_on(moment)]
    return [
        other.first_name,
        other.last_name,
        other.profile_url,
        other.email,
        other.company,
        other.position,
        connected_on(moment),
    ]


def invitation_row(
    owner: Person, other: Person, moment: datetime, outgoing: bool, message: str = ""
) -> list[str]:
    inviter, invitee = (owner, other) if outgoing else (other, owner)
    return [
        inviter.full_name,
        invitee.full_name,
        invitation_time(moment),
        message,
        "OUTGOING" if outgoing else "INCOMING",
        inviter.profile_url,
        invitee.profile_url,
    ]


def recommendation_row(other: Person, text: str, moment: datetime, status: str) -> list[str]:
    return [
        other.first_name,
        other.last_name,
        other.company,
        other.position,
        text,
        recommendation_time(moment),
        status,
    ]


def article_html(title: str, slug: str, created: datetime, published: datetime, body: str) -> str:
    return (
        "<html>\n<head>\n"
        f"  <title>{title}</title>\n"
        '  <meta charset="UTF-8">\n'
        "  <style>\n"
        "    body { margin: 0 auto; width: 744px; font-family: Source Serif Pro, serif; }\n"
        "    .created, .published { color: rgba(0, 0, 0, 0.55); font-size: 15px; }\n"
        "  </style>\n"
        "</head>\n<body>\n"
        f'    <h1><a href="https://www.linkedin.com/pulse/{slug}">{title}</a></h1>\n'
        f'    <p class="created">Created on {created:%Y-%m-%d %H:%M}</p>\n'
        f'    <p class="published">Published on {published:%Y-%m-%d %H:%M}</p>\n'
        f"  <div>{body}</div>\n"
        "</body>\n</html>\n"
    )


def feed_link(kind: str, activity_id: int, *, encoded: bool = True) -> str:
    urn = f"urn:li:{kind}:{activity_id}"
    if encoded:
        urn = urn.replace(":", "%3A")
    return f"https://www.linkedin.com/feed/update/{urn}"


def activity_id(moment: datetime, salt: int) -> int:
    """LinkedIn activity URNs are time-ordered 64-bit ids, like X's."""
    return (to_ms(moment) << 22) | (salt & 0x3FFFFF)


def archive_name(exported: date) -> str:
    return f"Complete_LinkedInDataExport_{exported:%m-%d-%Y}"


def _rich_media_row(moment: datetime, salt: int) -> list[str]:
    hour, half = _twelve_hour(moment)
    when = (
        f"You uploaded an image on {_MONTH_NAMES[moment.month - 1]} {moment.day}, {moment.year} "
        f"at {hour}:{moment.minute:02d} {half} (GMT)"
    )
    token = hex_digest("media", salt, length=43)
    link = (
        f"https://media.licdn.com/dms/image/v2/D4D22AQ{token[:16]}/feedshare-shrink_2048_1536/"
        f"0/{to_ms(moment)}?e=1775692800&v=beta&t={token}"
    )
    return [when, " -", link]


# ---------------------------------------------------------------------------------------------
# Large exports from a seed

_EXPORT_HOUR = 9


@dataclass(frozen=True)
class LinkedInSize:
    connections: int = 200
    messages: int = 500
    endorsements: int = 100


_MESSAGE_LINES = (
    "Hi {first}, thanks for connecting!",
    "Great to meet you at the conference, {first}.",
    "Would you have 15 minutes next week for a quick call?",
    "Sure, Tuesday 10:00 CET works for me.",
    "Thanks a lot, that helps!",
    "Congrats on the new role 🎉",
    "Sorry for the late reply, it's been a busy month.",
    "Here's the link I mentioned: https://example.org/notes",
    'Loved your post on "boring pipelines", so true.',
    "Happy to make an intro, {first}. Sending an email now.",
    "Could you endorse me for SQL? Happy to return the favour.",
    "No worries, take your time.",
)
_SKILLS = (
    "Python", "SQL", "Data Engineering", "Apache Spark", "Apache Kafka", "dbt", "Airflow",
    "Machine Learning", "Data Analysis", "Leadership", "Project Management", "AWS",
    "Kubernetes", "Tableau", "Power BI", "Data Modeling", "Statistics", "Go", "Scala",
)  # fmt: skip
_REACTIONS = ("LIKE", "LIKE", "LIKE", "PRAISE", "APPRECIATION", "EMPATHY", "INTEREST")
_COMMENTS = (
    "Congrats {first}!",
    "Great write-up, thanks for sharing.",
    "Interesting, how does it scale?",
    "Well deserved 👏",
    "Saving this for later.",
)


class _LargeLinkedIn:
    def __init__(self, seed: int, size: LinkedInSize, exported: date):
        self.seed = seed
        self.size = size
        self.owner = bench_owner(seed)
        self.end = datetime.combine(exported, datetime.min.time(), UTC) - timedelta(hours=3)
        span = max(timedelta(days=3_650), timedelta(minutes=size.connections))
        self.start = self.end - span
        self.step = span / max(1, size.connections)

    def member(self, index: int) -> Person:
        return crowd_person(self.seed, index)

    def pick(self, rng: Random) -> Person:
        # Most activity involves a small circle of close contacts, the rest is spread thin.
        pool = max(1, self.size.connections)
        if rng.random() < 0.6:
            return self.member(rng.randrange(max(1, pool // 5)))
        return self.member(rng.randrange(pool))

    def connected_at(self, index: int) -> datetime:
        jitter = (mix64(self.seed, 0xC0, index) % 1000) / 1000
        return self.end - self.step * (index + jitter)

    def connections(self) -> Iterator[list[str]]:
        hidden = self.size.connections // 2 if self.size.connections >= 50 else -1
        for index in range(self.size.connections):
            moment = self.connected_at(index)
            yield connection_row(None if index == hidden else self.member(index), moment)

    def invitations(self) -> Iterator[list[str]]:
        count = min(self.size.connections, max(3, self.size.connections // 25))
        rows: list[tuple[datetime, list[str]]] = []
        for index in range(count):
            rng = rng_for(self.seed, 0x1A, index)
            sent = self.connected_at(index) - timedelta(minutes=rng.randrange(5, 3 * 24 * 60))
            note = "" if rng.random() < 0.85 else rng.choice(_MESSAGE_LINES).format(first="there")
            rows.append(
                (
                    sent,
                    invitation_row(self.owner, self.member(index), sent, rng.random() < 0.5, note),
                )
            )
        for pending in range(max(1, count // 10)):
            rng = rng_for(self.seed, 0x1B, pending)
            sent = self.end - timedelta(minutes=rng.randrange(10, 20 * 24 * 60))
            other = self.member(self.size.connections + pending)
            rows.append((sent, invitation_row(self.owner, other, sent, True)))
        rows.sort(key=lambda item: item[0], reverse=True)
        for _, row in rows:
            yield row

    def messages(self, columns: int) -> Iterator[list[str]]:
        sizer = Random(mix64(self.seed, 0x3A))
        remaining = self.size.messages
        number = 0
        newest = self.end
        while remaining > 0:
            size = min(remaining, 1 + int(sizer.expovariate(1 / 6)))
            remaining -= size
            rng = rng_for(self.seed, 0x3B, number)
            newest -= timedelta(minutes=rng.randrange(30, 6 * 24 * 60))
            yield from self._conversation(number, size, newest, rng, columns)
            number += 1

    def _conversation(
        self, number: int, size: int, newest: datetime, rng: Random, columns: int
    ) -> Iterator[list[str]]:
        owner = self.owner
        conv = conversation_id(self.seed, number)
        roll = rng.random()
        moments = [newest]
        for _ in range(size - 1):
            moments.append(moments[-1] - timedelta(seconds=rng.randrange(40, 5 * 86_400)))
        if roll < 0.02:
            # Sponsored InMail: a brand or `LinkedIn Member`, no profile URL, HTML content.
            brand = rng.choice(("LinkedIn Member", "Nimbus Cloud Academy", "Quanta Labs"))
            html = inmail_html(
                (
                    "Hi %FIRSTNAME%,",
                    "",
                    "Our data summit is free to attend &amp; "
                    "online this year. Would you like a seat?",
                )
            )
            for moment in moments:
                yield message_row(
                    Message(conv, "Sponsored Conversation", None, brand, (owner,), moment, "",
                            html, "INBOX"),
                    columns,
                )  # fmt: skip
            return
        if roll < 0.05:
            picked = (self.pick(rng) for _ in range(4))
            members = tuple({member.slug: member for member in picked}.values())
            people = (owner, *members)
            title = rng.choice(("Data team 🦆", "Conference crew", "Book club, data edition"))
            for moment in moments:
                sender = rng.choice(people)
                others = tuple(p for p in people if p is not sender)
                text = rng.choice(_MESSAGE_LINES).format(first=others[0].first_name.strip())
                yield message_row(
                    Message(conv, title, sender, sender.full_name, others, moment, "", text,
                            "INBOX"),
                    columns,
                )  # fmt: skip
            return
        other = self.pick(rng)
        subject = ""
        if roll < 0.08:
            subject = rng.choice(("Opportunity at Quanta Labs", "Quick question", "Speaking slot"))
        folder = rng.choice(("INBOX",) * 12 + ("ARCHIVE", "SPAM", ""))
        for position, moment in enumerate(moments):
            from_owner = rng.random() < 0.5
            sender, recipient = (owner, other) if from_owner else (other, owner)
            text = rng.choice(_MESSAGE_LINES).format(first=recipient.first_name.strip())
            if subject and position == len(moments) - 1:
                text = inmail_html((f"Hi {recipient.first_name.strip()},", "", text))
            yield message_row(
                Message(conv, subject, sender, sender.full_name, (recipient,), moment, subject,
                        text, folder),
                columns,
            )  # fmt: skip
        if columns == 12 and rng.random() < 0.03:
            # An unsent draft: LinkedIn leaves most of its columns empty.
            yield message_row(
                Message("", "", owner, owner.full_name, (), newest + timedelta(minutes=3), "",
                        "", "", draft=True),
                columns,
            )  # fmt: skip

    def endorsements(self, received: bool) -> Iterator[list[str]]:
        total = (
            self.size.endorsements - self.size.endorsements // 2
            if received
            else (self.size.endorsements // 2)
        )
        moment = self.end
        burst = 0
        while total > 0:
            rng = rng_for(self.seed, 0xE1 if received else 0xE0, burst)
            moment -= timedelta(seconds=rng.randrange(600, 20 * 86_400))
            other = self.pick(rng)
            pool = OWNER_SKILLS if received else _SKILLS
            skills = rng.sample(pool, min(total, rng.randint(1, 4)))
            # One person endorsing several skills does it in the same second.
            for skill in skills:
                yield endorsement_row(moment, skill, other)
            total -= len(skills)
            burst += 1

    def recommendations(self, received: bool) -> Iterator[list[str]]:
        count = min(12, 1 + self.size.connections // 200)
        for index in range(count):
            rng = rng_for(self.seed, 0x4E if received else 0x4F, index)
            moment = self.end - timedelta(
                days=rng.randrange(10, 3_000), minutes=rng.randrange(1440)
            )
            other = self.pick(rng)
            text = (
                f"I worked with {other.first_name.strip() if not received else 'Robin'} for two "
                "years. Thoughtful, fast, and generous with their time, the kind of engineer "
                "every team needs."
            )
            yield recommendation_row(other, text, moment, "VISIBLE" if received else "")

    def activity(self, kind: str, count: int) -> Iterator[list[str]]:
        moment = self.end
        for index in range(count):
            rng = rng_for(self.seed, hash_kind(kind), index)
            moment -= timedelta(seconds=rng.randrange(60, 4 * 86_400))
            urn_kind = rng.choice(("activity", "ugcPost", "activity"))
            link = feed_link(urn_kind, activity_id(moment, index), encoded=kind != "votes")
            if kind == "reactions":
                yield [activity_time(moment), rng.choice(_REACTIONS), link]
            elif kind == "comments":
                text = rng.choice(_COMMENTS).format(first=self.pick(rng).first_name.strip())
                yield [activity_time(moment), link, text]
            elif kind == "votes":
                yield [activity_time(moment), link, rng.choice(("Yes", "No", "A) Python", "SQL"))]
            else:
                yield [activity_time(moment), link, _sentence(rng), "", "", "MEMBER_NETWORK"]


def hash_kind(kind: str) -> int:
    return int(hex_digest(kind, length=8), 16)


def _sentence(rng: Random) -> str:
    return rng.choice(
        (
            "Excited to share that our team shipped a new data platform this quarter!",
            "Three lessons from migrating 40 pipelines, a thread.",
            "We're hiring data engineers in Lisbon & remote.",
        )
    )


def write_linkedin_archive(
    parent: Path,
    *,
    connections: int = LinkedInSize.connections,
    messages: int = LinkedInSize.messages,
    endorsements: int = LinkedInSize.endorsements,
    seed: int = 0,
    exported_on: date = date(2026, 3, 14),
    message_columns: int = 11,
    as_zip: bool = False,
) -> Path:
    """Write one invented Complete export of the given size under `parent`; returns its path."""
    if message_columns not in MESSAGES_HEADERS:
        raise ValueError("message_columns must be 10, 11 or 12")
    large = _LargeLinkedIn(seed, LinkedInSize(connections, messages, endorsements), exported_on)
    owner = large.owner
    sink = ArchiveSink(parent, archive_name(exported_on), as_zip=as_zip, stamp=large.end)
    write_csv(
        sink,
        "Connections.csv",
        CONNECTIONS_HEADER,
        large.connections(),
        preamble=CONNECTIONS_PREAMBLE,
        final_newline=False,
    )
    write_csv(sink, "Invitations.csv", INVITATIONS_HEADER, large.invitations())
    write_csv(
        sink,
        "messages.csv",
        MESSAGES_HEADERS[message_columns],
        large.messages(message_columns),
        quote_all=message_columns == 11,
    )
    write_csv(
        sink, "Endorsement_Given_Info.csv", ENDORSEMENT_GIVEN_HEADER, large.endorsements(False)
    )
    write_csv(
        sink, "Endorsement_Received_Info.csv", ENDORSEMENT_RECEIVED_HEADER, large.endorsements(True)
    )
    write_csv(
        sink, "Recommendations_Given.csv", RECOMMENDATIONS_HEADER, large.recommendations(False)
    )
    write_csv(
        sink, "Recommendations_Received.csv", RECOMMENDATIONS_HEADER, large.recommendations(True)
    )
    activity = max(3, connections // 4)
    write_csv(
        sink, "Reactions.csv", ("Date", "Type", "Link"), large.activity("reactions", activity)
    )
    write_csv(
        sink,
        "Comments.csv",
        ("Date", "Link", "Message"),
        large.activity("comments", max(2, activity // 5)),
        backslash_quotes=True,
    )
    write_csv(sink, "Shares.csv", SHARES_HEADER, large.activity("shares", max(1, activity // 20)))
    write_csv(
        sink,
        "Votes.csv",
        ("Date", "Link", "OptionText"),
        large.activity("votes", max(1, activity // 10)),
    )
    _write_owner_files(sink, owner, large.end, headline="Data engineer at Northwind Data")
    return sink.close()


def _write_owner_files(sink: ArchiveSink, owner: Person, exported: datetime, headline: str) -> None:
    """Profile, skills, positions and the files the project does not load."""
    write_csv(
        sink,
        "Profile.csv",
        PROFILE_HEADER,
        [
            [
                owner.first_name,
                owner.last_name,
                "",
                "",
                "Sep 14",
                headline,
                "I build data platforms that are boring to run: small, tested, documented. "
                "Previously at Klarna and Rappi. Co-organiser of Data Malmö.",
                "Software Development",
                "211 19",
                "Malmö, Skåne County, Sweden",
                owner.handle or "",
                "https://asa-lindqvist.example.org",
                "",
            ]
        ],
    )
    write_csv(
        sink, "Skills.csv", ("Name",), [[s] for s in (*OWNER_SKILLS, "Data Quality ", "Mentoring")]
    )
    write_csv(
        sink,
        "Positions.csv",
        POSITIONS_HEADER,
        [
            ["Kvarn Data AB", "Staff Data Engineer",
             "Lead the data platform team of four; moved 40 nightly jobs to DuckDB.",
             "Malmö, Skåne County, Sweden", "Mar 2022", ""],
            ["Klarna", "Senior Data Engineer",
             "Streaming payments data with Kafka, Flink and a lot of patience.",
             "Stockholm, Sweden", "Jun 2018", "Feb 2022"],
            ["Rappi", "Data Engineer", "First data hire in the Bogotá office.",
             "Bogotá, Colombia", "Jan 2016", "May 2018"],
        ],
    )  # fmt: skip
    write_csv(
        sink,
        "Education.csv",
        EDUCATION_HEADER,
        [["Lunds universitet", "2010", "2015", "", "MSc, Computer Science",
          "Datasektionen, orienteering club"]],
    )  # fmt: skip
    write_csv(
        sink,
        "Rich_Media.csv",
        ("Date/Time", "Media Description", "Media Link"),
        [_rich_media_row(exported - timedelta(days=388, hours=5, minutes=34), 1)],
    )
    write_csv(
        sink,
        "Email Addresses.csv",
        ("Email Address", "Confirmed", "Primary", "Updated On"),
        [[owner.email, "Yes", "Yes", invitation_time(datetime(2016, 3, 2, 19, 12, tzinfo=UTC))]],
    )
    created = exported - timedelta(days=193, hours=1, minutes=46)
    write_csv(
        sink,
        "Projects.csv",
        PROJECTS_HEADER,
        [
            ["DuckDB migration",
             "Moved 40 nightly jobs from Spark to DuckDB, with Malin Öberg and Henrik Ståhl. "
             "Runtime went from 2 hours to 11 minutes.", "", "Sep 2023", "Feb 2024"],
            ["Data Malmö meetup", "Co-organiser, with Søren Kjærgaard.",
             "https://datamalmo.example.se", "2019", ""],
        ],
    )  # fmt: skip
    slug = "boring-pipelines-are-a-feature-asa-lindqvist-ortega"
    sink.write(
        f"Articles/{slug}.html",
        article_html(
            "Boring pipelines are a feature",
            slug,
            created,
            created + timedelta(hours=20, minutes=49),
            "<p>Every pipeline we are proud of is one nobody talks about.</p>"
            "<p>Small, tested, documented &amp; owned: that is the whole trick.</p>",
        ),
    )


# ---------------------------------------------------------------------------------------------
# The demo: Åsa's export of 14 March 2026

DEMO_EXPORTED = date(2026, 3, 14)
DEMO_EXPORT_TIME = _utc("2026-03-14 10:02:17")

# fmt: off
DEMO_CONNECTED: dict[str, str] = {
    "mei": "2017-03-08", "soren": "2016-05-19", "lukasz": "2018-10-02", "ines": "2019-04-11",
    "lan": "2021-07-23", "chidinma": "2020-02-14", "francois": "2016-11-30",
    "inaki": "2022-05-05", "elif": "2021-09-17", "dmitri": "2019-12-03", "noa": "2020-08-26",
    "kwame": "2023-04-02", "greta": "2022-10-12", "ravi": "2018-02-27", "zoe": "2020-11-09",
    "eva": "2017-09-14", "yusuf": "2022-01-20", "hana": "2019-06-06", "mikael": "2016-08-03",
    "ana": "2021-03-15", "sungmin": "2023-09-07", "rajesh": "2018-06-21", "chloe": "2020-04-29",
    "matteo": "2022-07-08", "leilani": "2024-01-18", "fatima": "2023-11-27",
    "astrid": "2017-05-31", "jurgen": "2019-09-24", "camille": "2021-12-06",
    "sofia": "2024-05-13", "tariq": "2024-09-02", "malin": "2016-02-11", "oisin": "2018-12-17",
    "wiremu": "2023-02-06", "yuki": "2024-07-22", "analucia": "2022-03-30",
    "zeynep": "2025-06-04", "lotte": "2020-01-15", "henrik": "2016-04-07",
    "paula": "2025-01-28", "bilal": "2026-03-02", "marisol": "2021-05-18",
    "emeka": "2025-10-09", "ingrid": "2019-02-25", "ayse": "2026-02-17", "kofi": "2026-02-03",
    "rafael": "2026-01-09",
}
# A connection who has since hidden their profile: LinkedIn keeps only the date.
DEMO_HIDDEN_CONNECTION = "2025-02-25"

# Endorsement rounds: (when, "given" | "received", person, skills). Each round is one person
# endorsing several skills in the same second. Åsa endorsed first and got endorsed back within
# days (Mei, Søren, Łukasz, Inês, Chidinma, Astrid, Malin), within months (François, Hana,
# Oisín, Lotte), or never (Elif, Yusuf, Matteo, Sofía, Wiremu). Noa, Camille and Kwame endorsed
# her first and she returned it; Tariq, Zeynep, Ayşe and Bilal are still waiting.
DEMO_ENDORSEMENTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("2018-01-22 19:05:33", "given", "soren", ("Apache Kafka", "Stream Processing")),
    ("2018-01-23 07:14:09", "received", "soren", ("Stream Processing", "Apache Kafka")),
    ("2019-03-04 20:11:05", "given", "mei", ("Machine Learning", "Statistics", "Python")),
    ("2019-03-06 08:42:51", "received", "mei", ("Data Engineering", "Python")),
    ("2020-09-09 13:13:13", "given", "astrid", ("Data Architecture", "Microsoft Azure")),
    ("2020-09-10 08:08:47", "received", "astrid", ("Data Warehousing", "SQL")),
    ("2021-01-11 14:25:36", "given", "hana", ("Tableau", "SQL")),
    ("2021-05-03 12:30:00", "given", "lukasz", ("Kubernetes", "Go")),
    ("2021-05-08 16:02:18", "received", "lukasz", ("Python", "Data Modeling", "SQL")),
    ("2021-08-18 09:12:40", "received", "hana", ("SQL",)),
    ("2022-02-14 09:15:42", "given", "ines", ("dbt", "Analytics Engineering")),
    ("2022-02-15 10:01:07", "received", "ines", ("dbt",)),
    ("2022-04-04 13:02:11", "received", "noa", ("Data Engineering", "Apache Kafka",
                                                "Stream Processing")),
    ("2022-04-06 08:55:30", "given", "noa", ("Engineering Management", "Data Engineering")),
    ("2022-11-07 21:00:04", "given", "francois", ("Scala", "Apache Spark")),
    ("2023-01-10 17:17:17", "received", "camille", ("dbt", "SQL")),
    ("2023-02-02 11:50:09", "given", "oisin", ("Go", "Distributed Systems")),
    ("2023-03-20 10:33:19", "received", "francois", ("Apache Airflow", "Data Engineering")),
    ("2023-04-05 15:45:58", "received", "oisin", ("Data Modeling",)),
    ("2023-04-15 11:40:02", "given", "camille", ("Analytics Engineering", "dbt")),
    ("2023-06-19 18:44:20", "given", "chidinma", ("Data Platforms", "Team Leadership")),
    ("2023-06-24 06:30:55", "received", "chidinma", ("Data Engineering", "Apache Airflow")),
    ("2023-11-14 19:22:02", "given", "elif", ("Machine Learning", "PyTorch")),
    ("2024-02-08 06:59:41", "received", "kwame", ("Data Modeling",)),
    ("2024-02-09 12:12:12", "given", "kwame", ("Forecasting", "SQL")),
    ("2024-02-21 10:10:10", "given", "yusuf", ("Power BI", "SQL")),
    ("2024-03-05 08:30:21", "given", "lotte", ("Python", "Data Quality")),
    ("2024-06-27 12:04:44", "received", "lotte", ("dbt", "DuckDB")),
    ("2024-08-12 16:48:27", "given", "matteo", ("Kotlin", "PostgreSQL")),
    ("2024-10-01 07:45:12", "given", "malin", ("Python", "SQL")),
    ("2024-10-03 17:20:33", "received", "malin", ("Python", "DuckDB")),
    ("2024-11-19 08:21:36", "received", "tariq", ("Apache Kafka", "Python")),
    ("2025-03-03 09:37:15", "given", "sofia", ("Business Intelligence", "Looker")),
    ("2025-07-01 07:07:07", "received", "zeynep", ("Apache Airflow", "Python", "dbt")),
    ("2025-07-29 22:05:48", "given", "wiremu", ("Data Engineering", "AWS")),
    ("2026-02-20 18:30:49", "received", "ayse", ("SQL", "Data Warehousing")),
    ("2026-03-06 10:45:00", "received", "bilal", ("Data Engineering",)),
)

# Recommendations: (when, "given" | "received", person, text). Mei returned hers in nine days,
# François in five months; Henrik never did, and Åsa has not yet returned Gréta's.
DEMO_RECOMMENDATIONS: tuple[tuple[str, str, str, str], ...] = (
    ("2022-09-01 09:05:00", "given", "francois",
     "François rebuilt our event pipeline in six weeks, documented every decision, and "
     "left the team better than he found it. I'd work with him again tomorrow."),
    ("2023-02-14 07:58:00", "received", "francois",
     "Åsa is the engineer you call when a pipeline is on fire, and the one who makes sure it "
     "never catches fire again. Calm, precise, and very generous with her knowledge."),
    ("2023-05-10 14:32:00", "given", "mei",
     "Mei turns messy questions into careful, honest analyses. Her team's papers are the "
     "first thing I send to anyone starting in data science."),
    ("2023-05-19 08:15:00", "received", "mei",
     "I've worked with Åsa on three joint projects. She designs data platforms that are "
     "simple, fast and a pleasure to use, and she brings everyone along."),
    ("2024-11-20 18:47:00", "given", "henrik",
     "Henrik mentored half of our meetup's first-time speakers, including me. Patient, "
     "funny, and sharp, a rare combination."),
    ("2025-04-02 21:10:00", "received", "greta",
     "Åsa reviewed our warehouse design at Controlant and saved us months. Clear, kind, "
     "and always right about the boring details that matter."),
)

# Conversations: (title, people in it besides Åsa, folder, messages as (when, sender, text)).
# The sender is a person key or "me". Answered within the hour (Mei, Astrid), after weeks
# (Łukasz), never (Eva); started by them and answered (Oisín, Sung-min, Ravi, Chidinma late)
# or not (Kofi); a group chat and a recruiter InMail with a subject.
DEMO_CONVERSATIONS: tuple[tuple[str, tuple[str, ...], str, tuple[tuple[str, str, str], ...]],
                         ...] = (
    ("", ("mei",), "INBOX", (
        ("2024-09-03 08:12:44", "me",
         "Hi Mei, thank you so much for the recommendation last year! Would you be up for a "
         "coffee when I'm in Oslo in October?"),
        ("2024-09-03 08:51:02", "mei", "Hej Åsa! Absolutely, ping me when you land. ☕"),
        ("2024-10-14 15:20:19", "me", "Landed! Tomorrow at 10, Tim Wendelboe?"),
        ("2024-10-14 15:24:40", "mei", "Perfect, see you there."),
    )),
    ("", ("lukasz",), "INBOX", (
        ("2025-02-10 10:00:31", "me",
         "Hi Łukasz, could you introduce me to the data platform team at Allegro? We're "
         "evaluating similar tooling."),
        ("2025-03-01 19:44:02", "lukasz",
         "Sorry for the slow reply, Åsa! Intro sent, their lead is Jakub."),
    )),
    ("", ("eva",), "INBOX", (
        ("2025-05-12 09:30:00", "me",
         "Hi Eva, we're looking for a programme manager for a data migration, 6 months, "
         "remote. Would that interest you, or someone you know?"),
    )),
    ("", ("oisin",), "INBOX", (
        ("2024-04-22 16:05:55", "oisin",
         "Hi Åsa, quick one: how did you size your Kafka cluster for the CDC workload? Rough "
         "numbers are fine."),
        ("2024-04-23 07:48:31", "me",
         "Hi Oisín! Roughly 3 brokers, 12 partitions per topic, peak 8 MB/s. Happy to share "
         "the sizing sheet."),
        ("2024-04-23 08:02:10", "oisin", "That would be great, thanks a lot!"),
    )),
    ("Staff Data Engineer at Glovo (Barcelona / remote)", ("rafael",), "INBOX", (
        ("2026-01-12 09:14:27", "rafael",
         "<html>Hola Åsa,||I'm building the data platform team at Glovo &amp; your work on "
         "streaming pipelines caught my eye. Would you be open to a 20-minute chat?||"
         "Un saludo,|Rafael"),
        ("2026-01-12 17:30:02", "me",
         "Thanks Rafael, I'm not looking right now, but happy to stay in touch."),
    )),
    ("", ("kofi",), "INBOX", (
        ("2026-02-04 11:22:33", "kofi",
         "Hi Åsa, thanks for connecting! We're hiring senior data engineers in Copenhagen, "
         "would you have 15 minutes this week?"),
        ("2026-02-11 11:25:00", "kofi", "Just following up on my message below 🙂"),
    )),
    ("Malmö Data Meetup 🦆", ("soren", "malin", "henrik"), "INBOX", (
        ("2025-09-01 18:00:12", "soren", "Hej alla! Venue for the October meetup: any ideas?"),
        ("2025-09-01 18:04:40", "me", "We can host at Kvarn, up to 60 people."),
        ("2025-09-01 18:30:05", "malin", "Klarna can sponsor pizza 🍕"),
        ("2025-09-02 07:15:22", "henrik",
         "I can give a talk on our data platform, 20 minutes, no slides about slides."),
        ("2025-09-02 08:00:00", "me", "Perfect, I'll draft the agenda."),
    )),
    ("", ("astrid",), "INBOX", (
        ("2025-11-18 13:02:09", "me",
         'Hi Astrid,\n\nThanks for the "data contracts" session last week, it changed how we '
         "plan our Q1.\n\nWould you share the slides, if that's OK?"),
        ("2025-11-18 16:10:44", "astrid",
         "Of course, here they are: https://equinor.example.no/slides/data-contracts.pdf\n\n"
         "Good luck with Q1!"),
    )),
    ("", ("chidinma",), "INBOX", (
        ("2025-01-06 10:30:00", "chidinma",
         "Hi Åsa, happy new year! Could you review our Airflow migration plan? No rush."),
        ("2025-02-17 20:12:45", "me",
         "Chidinma, so sorry for the delay! Reviewed it, comments in the doc. Looks solid."),
    )),
    ("", ("jurgen",), "INBOX", (
        ("2024-06-03 12:00:00", "me",
         "Hallo Jürgen, are you speaking at Berlin Buzzwords this year?"),
        ("2024-06-05 09:41:17", "jurgen",
         "Hi Åsa, yes: Thursday afternoon, data mesh without the hype."),
    )),
    ("", ("sungmin",), "ARCHIVE", (
        ("2023-10-10 02:15:31", "sungmin",
         "Hello Åsa, I read your post about DuckDB at Kvarn. Do you use it in production?"),
        ("2023-10-10 09:05:12", "me",
         "Hi Sung-min! Yes, for nightly batch jobs up to ~200 GB. Happy to share more."),
    )),
    ("", ("ravi",), "INBOX", (
        ("2022-03-15 06:40:00", "ravi", "Congrats on the new role at Kvarn, Åsa! 🎉"),
        ("2022-03-15 07:02:26", "me", "Thank you Ravi! Still finding my way around the code."),
    )),
)
# Sponsored messages carry no sender URL and HTML content with unfilled template tokens.
DEMO_SPONSORED: tuple[tuple[str, str, str], ...] = (
    ("2025-10-02 11:13:51", "LinkedIn Member",
     "<html>Hi %FIRSTNAME%,||Nimbus Cloud Academy's data engineering bootcamp starts in "
     "November. Would you like a free seat for your team?"),
    ("2024-12-09 15:46:46", "Nimbus Cloud Academy",
     "<html>Hi Åsa,||Join 3,000 data leaders at our winter summit &amp; get the recordings "
     "free.||<strong>Register today</strong>"),
)

# Invitations of the last months: (when, "OUTGOING" | "INCOMING", person, message).
DEMO_INVITATIONS: tuple[tuple[str, str, str, str], ...] = (
    ("2026-03-08 08:45:00", "OUTGOING", "priya", ""),
    ("2026-03-05 19:02:00", "INCOMING", "tomas",
     "Hi Åsa, we met at the Dublin meetup, would love to stay in touch!"),
    ("2026-03-01 12:30:00", "OUTGOING", "bilal", "Hi Bilal, great talk at the Lahore data summit!"),
    ("2026-02-16 21:15:00", "OUTGOING", "ayse", ""),
    ("2026-02-02 09:03:00", "INCOMING", "kofi", ""),
    ("2026-01-08 16:42:00", "INCOMING", "rafael",
     "Hi Åsa, I'm hiring for Glovo's data platform and would love to connect."),
)

DEMO_REACTIONS: tuple[tuple[str, str, str], ...] = (
    ("2026-03-11 07:58:12", "PRAISE", "ugcPost"),
    ("2026-03-02 12:14:40", "LIKE", "activity"),
    ("2026-02-20 18:31:05", "LIKE", "activity"),
    ("2026-01-15 09:44:51", "EMPATHY", "ugcPost"),
    ("2025-12-31 10:10:10", "APPRECIATION", "activity"),
    ("2025-11-18 16:12:33", "INTEREST", "ugcPost"),
    ("2025-09-02 08:05:19", "LIKE", "groupPost"),
    ("2025-05-21 09:00:47", "ENTERTAINMENT", "activity"),
)
DEMO_COMMENTS: tuple[tuple[str, str], ...] = (
    ("2026-03-02 12:15:02", "Bilal Qureshi Congrats on the launch, well deserved!"),
    ("2026-01-15 09:46:30",
     'Zoë Abernathy-Ngata Calling it "async pairing" from now on, thanks for the idea.'),
    ("2025-11-18 16:14:08", "Great session, Astrid.\n\nThe part on ownership was the best bit."),
)
DEMO_VOTES: tuple[tuple[str, str], ...] = (
    ("2025-10-07 19:20:41", "DuckDB"),
    ("2025-06-16 08:03:12", "B) Batch, every night"),
)
# fmt: on


def _demo_messages() -> list[Message]:
    owner = OWNER
    conversations: list[list[Message]] = []
    for number, (title, keys, folder, lines) in enumerate(DEMO_CONVERSATIONS):
        people = (owner, *(person(key) for key in keys))
        conv = conversation_id("demo", number)
        rows = []
        for when, sender_key, text in lines:
            sender = owner if sender_key == "me" else person(sender_key)
            recipients = tuple(p for p in people if p is not sender)
            subject = title if title and len(keys) == 1 else ""
            rows.append(
                Message(
                    conv,
                    title,
                    sender,
                    sender.full_name,
                    recipients,
                    _utc(when),
                    subject if rows == [] else "",
                    _demo_content(text),
                    folder,
                )
            )
        conversations.append(rows)
    for number, (when, sender_name, text) in enumerate(DEMO_SPONSORED):
        conv = conversation_id("demo-sponsored", number)
        conversations.append(
            [
                Message(
                    conv,
                    "Sponsored Conversation",
                    None,
                    sender_name,
                    (owner,),
                    _utc(when),
                    "",
                    _demo_content(text),
                    "INBOX",
                )
            ]
        )
    # Conversations newest first, and so are the rows inside each one.
    for rows in conversations:
        rows.sort(key=lambda m: m.sent, reverse=True)
    conversations.sort(key=lambda rows: rows[0].sent, reverse=True)
    return [message for rows in conversations for message in rows]


def _demo_content(text: str) -> str:
    """`<html>` marks InMail-style content: `||` separates paragraphs, `|` lines."""
    if not text.startswith("<html>"):
        return text
    paragraphs: list[str] = []
    for block in text.removeprefix("<html>").split("||"):
        if paragraphs:
            paragraphs.append("")
        paragraphs.extend(block.split("|"))
    return inmail_html(paragraphs)


def _demo_endorsements(direction: str) -> Iterator[list[str]]:
    for when, kind, key, skills in sorted(DEMO_ENDORSEMENTS, key=lambda e: e[0], reverse=True):
        if kind == direction:
            for skill in skills:
                yield endorsement_row(_utc(when), skill, person(key))


def _demo_recommendations(direction: str) -> Iterator[list[str]]:
    rows = sorted(DEMO_RECOMMENDATIONS, key=lambda r: r[0], reverse=True)
    for when, kind, key, text in rows:
        if kind == direction:
            status = "VISIBLE" if direction == "received" else ""
            yield recommendation_row(person(key), text, _utc(when), status)


def _demo_connections() -> Iterator[list[str]]:
    dated: list[tuple[str, Person | None]] = [
        (day, person(key)) for key, day in DEMO_CONNECTED.items()
    ]
    dated.append((DEMO_HIDDEN_CONNECTION, None))
    for day, other in sorted(dated, key=lambda item: item[0], reverse=True):
        moment = datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC)
        yield connection_row(other, moment)


def write_demo_linkedin(parent: Path, *, message_columns: int = 11) -> Path:
    """Åsa's Complete export of 14 March 2026, as an unpacked folder under `parent`."""
    owner = OWNER
    sink = ArchiveSink(parent, archive_name(DEMO_EXPORTED), as_zip=False, stamp=DEMO_EXPORT_TIME)
    write_csv(
        sink,
        "Connections.csv",
        CONNECTIONS_HEADER,
        _demo_connections(),
        preamble=CONNECTIONS_PREAMBLE,
        final_newline=False,
    )
    write_csv(
        sink,
        "Invitations.csv",
        INVITATIONS_HEADER,
        (
            invitation_row(owner, person(key), _utc(when), direction == "OUTGOING", note)
            for when, direction, key, note in DEMO_INVITATIONS
        ),
    )
    write_csv(
        sink,
        "messages.csv",
        MESSAGES_HEADERS[message_columns],
        (message_row(m, message_columns) for m in _demo_messages()),
        quote_all=message_columns == 11,
    )
    write_csv(
        sink, "Endorsement_Given_Info.csv", ENDORSEMENT_GIVEN_HEADER, _demo_endorsements("given")
    )
    write_csv(
        sink,
        "Endorsement_Received_Info.csv",
        ENDORSEMENT_RECEIVED_HEADER,
        _demo_endorsements("received"),
    )
    write_csv(
        sink, "Recommendations_Given.csv", RECOMMENDATIONS_HEADER, _demo_recommendations("given")
    )
    write_csv(
        sink,
        "Recommendations_Received.csv",
        RECOMMENDATIONS_HEADER,
        _demo_recommendations("received"),
    )
    write_csv(
        sink,
        "Reactions.csv",
        ("Date", "Type", "Link"),
        (
            [when, kind, feed_link(urn, activity_id(_utc(when), n))]
            for n, (when, kind, urn) in enumerate(DEMO_REACTIONS)
        ),
    )
    write_csv(
        sink,
        "Comments.csv",
        ("Date", "Link", "Message"),
        (
            [when, feed_link("activity", activity_id(_utc(when), 100 + n)), text]
            for n, (when, text) in enumerate(DEMO_COMMENTS)
        ),
        backslash_quotes=True,
    )
    shared = _utc("2025-09-03 07:03:12")
    write_csv(
        sink,
        "Shares.csv",
        SHARES_HEADER,
        [
            [
                activity_time(shared),
                feed_link("ugcPost", activity_id(shared, 7)),
                share_commentary(
                    (
                        "🦆 New post: boring pipelines are a feature",
                        "",
                        'Every pipeline we are proud of is one nobody talks about. "Boring" '
                        "is the highest compliment a data platform can get.",
                        "",
                        "#dataengineering #duckdb",
                    )
                ),
                "https://www.linkedin.com/pulse/boring-pipelines-are-a-feature-asa-lindqvist-ortega",
                "",
                "MEMBER_NETWORK",
            ],
            [
                "2024-02-21 08:30:00",
                feed_link("share", activity_id(_utc("2024-02-21 08:30:00"), 8)),
                "Our DuckDB migration is done: 40 nightly jobs, 11 minutes instead of 2 hours.",
                "",
                "",
                "MEMBER_NETWORK",
            ],
        ],
    )
    write_csv(
        sink,
        "Votes.csv",
        ("Date", "Link", "OptionText"),
        (
            [when, feed_link("groupPost", activity_id(_utc(when), 200 + n), encoded=False), text]
            for n, (when, text) in enumerate(DEMO_VOTES)
        ),
    )
    _write_owner_files(
        sink,
        owner,
        DEMO_EXPORT_TIME,
        headline="Staff Data Engineer at Kvarn Data · Boring pipelines, DuckDB, fika",
    )
    return sink.close()
