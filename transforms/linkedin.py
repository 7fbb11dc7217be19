"""A LinkedIn "Get a copy of your data" export, parsed into the raw tables of `schemas.LINKEDIN`.

Every file is optional and its columns drift between years (FORMAT.md in the research notes
has the history), so columns are found by header name, never by position, and the header row is
found by scanning past preambles such as the `Notes:` block of Connections.csv. A row that cannot
be read becomes a `Reject` with a reason a person understands; the rest of the file still loads.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from operator import itemgetter
from pathlib import PurePosixPath
from typing import Literal

import pyarrow as pa
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString
from bs4.exceptions import ParserRejectedMarkup

from transforms.archive import Archive
from transforms.csvfiles import CsvRecord, decode_member, normalise_header, read_csv
from transforms.dates import parse_timestamp
from transforms.result import ParseResult, Reject
from transforms.schemas import RAW_TABLES

ARTICLES = "linkedin_articles"

# `Complete_LinkedInDataExport_03-01-2026.zip`, `Basic_LinkedInDataExport_07-11-2023`, or the
# 2015 `LinkedInDataExport_07-28-2015/`; the date is month-day-year.
_EXPORT_NAME = re.compile(
    r"(?:(?:Basic|Complete|Initial)_?)?LinkedInDataExport_(\d{1,2})-(\d{1,2})-(\d{4})",
    re.IGNORECASE,
)

# Split and account-suffixed copies: `..._1.csv` … `_5.csv`, `Comments_1158443584.csv`.
_PART_SUFFIX = re.compile(r"_\d+$")

# File names after `_logical_name`: lower-case, spaces and underscores removed, suffix stripped.
_CSV_TABLES: dict[str, str] = {
    "connections": "linkedin_connections",
    "invitations": "linkedin_invitations",
    "messages": "linkedin_messages",
    "inbox": "linkedin_messages",
    "endorsementreceivedinfo": "linkedin_endorsements_received",
    "endorsementgiveninfo": "linkedin_endorsements_given",
    "recommendationsreceived": "linkedin_recommendations_received",
    "recommendationsgiven": "linkedin_recommendations_given",
    "skills": "linkedin_skills",
    "profile": "linkedin_profile",
    "positions": "linkedin_positions",
    "projects": "linkedin_projects",
    "reactions": "linkedin_reactions",
    "comments": "linkedin_comments",
    "shares": "linkedin_shares",
    "votes": "linkedin_votes",
}

# Export files that are recognised but carry nothing this project loads. The learning-coach
# chats look like messages.csv but are conversations with a bot, not with people.
_KNOWN_UNUSED: frozenset[str] = frozenset(
    {
        "accountstatushistory",
        "adtargeting",
        "adsclicked",
        "calendar",
        "causesyoucareabout",
        "certifications",
        "coachmessages",
        "companyfollows",
        "contacts",
        "courses",
        "education",
        "emailaddresses",
        "events",
        "guidemessages",
        "hashtagfollows",
        "honors",
        "importedcontacts",
        "inferencesaboutyou",
        "jobapplicantsavedanswers",
        "jobapplicantsavedscreeningquestionresponses",
        "jobapplications",
        "jobseekerpreferences",
        "lanadsengagement",
        "languages",
        "learning",
        "learningcoachmessages",
        "learningroleplaymessages",
        "likes",  # the 2015 name of Reactions.csv; its columns were never seen
        "loginattempts",
        "logins",
        "memberfollows",
        "memberhashtags",
        "mobileapplications",
        "onlinejobpostings",
        "organizations",
        "phonenumbers",
        "privateidentityasset",
        "profilesummary",
        "publications",
        "receipts",
        "receiptsv2",
        "registration",
        "richmedia",
        "saveditems",
        "savedjobalerts",
        "savedjobs",
        "searchqueries",
        "securitychallenges",
        "verifications",
        "videos",
        "whatsappphonenumbers",
    }
)
# Whole folders of the export that nothing here loads.
_UNUSED_FOLDERS = frozenset({"jobs", "verifications"})
# The 2015 export held profile pictures loose beside the CSV files.
_IMAGE_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "gif"})


def _logical_name(member: str) -> tuple[str, str]:
    """The file's base name for matching (lower-case; no extension, part suffix, spaces or
    underscores) and its lower-case extension."""
    base = PurePosixPath(member).name
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    stem = _PART_SUFFIX.sub("", stem.strip())
    return re.sub(r"[\s_]+", "", stem).lower(), extension.lower()


def _folders(member: str) -> list[str]:
    return [part.lower() for part in PurePosixPath(member).parts[:-1]]


def table_for(member: str) -> str | None:
    """The raw table an archive member loads into, or None when it loads into none."""
    name, extension = _logical_name(member)
    if extension in ("html", "htm") and "articles" in _folders(member):
        return ARTICLES
    if extension != "csv":
        return None
    return _CSV_TABLES.get(name)


def is_known_unused(member: str) -> bool:
    """True for a file LinkedIn exports that is recognised but deliberately not loaded."""
    if table_for(member) is not None:
        return False
    name, extension = _logical_name(member)
    if _UNUSED_FOLDERS.intersection(_folders(member)):
        return True
    if extension in _IMAGE_EXTENSIONS:
        return True
    return extension == "csv" and name in _KNOWN_UNUSED


def export_date_from_name(name: str) -> datetime | None:
    """The export day a `…LinkedInDataExport_MM-DD-YYYY…` name states (00:00 UTC), else None."""
    match = _EXPORT_NAME.search(name)
    if match is None:
        return None
    month, day, year = (int(part) for part in match.groups())
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _declared_export_date(archive: Archive) -> datetime | None:
    found = export_date_from_name(archive.name)
    if found is not None:
        return found
    top_folders = sorted({m.split("/", 1)[0] for m in archive.members() if "/" in m})
    for folder in top_folders:
        found = export_date_from_name(folder)
        if found is not None:
            return found
    return None


# Text cleaning ------------------------------------------------------------------------------

# Tags that mark InMail and sponsored-message bodies as HTML; plain messages never hold these.
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|a|ul|ol|li|strong|b|em|i|u|h[1-6]|table|tr|td|img|font|blockquote)"
    r"\b[^>]*>",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "div", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "li", "ol", "p", "pre", "section", "table", "tr", "ul",
    }
)  # fmt: skip
_INVISIBLE_TAGS = frozenset({"head", "script", "style", "title", "template"})
_HTML_SPACE = re.compile(r"[ \t\r\n\f\xa0]+")
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")


def _element_text(root: Tag) -> str:
    """Visible text of an element, one line per paragraph, list item or `<br>`."""
    lines = [""]

    def end_line() -> None:
        if lines[-1].strip():
            lines.append("")

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, PreformattedString):
                continue  # comments, doctype, processing instructions: never shown
            if isinstance(child, NavigableString):
                text = _HTML_SPACE.sub(" ", str(child))
                lines[-1] += text.lstrip() if not lines[-1] else text
            elif isinstance(child, Tag):
                if child.name == "br":
                    lines.append("")
                elif child.name in _INVISIBLE_TAGS:
                    continue
                elif child.name in _BLOCK_TAGS:
                    end_line()
                    walk(child)
                    end_line()
                else:
                    walk(child)

    try:
        walk(root)
    except RecursionError as error:  # thousands of nested tags: no page LinkedIn writes
        raise _BadValue("HTML nested too deeply to be read") from error
    text = "\n".join(line.rstrip() for line in lines)
    return _EXTRA_BLANK_LINES.sub("\n\n", text).strip("\n")


def html_to_text(markup: str) -> str:
    """HTML to plain text: entities decoded, paragraph breaks kept as newlines."""
    # Only names and text are read, so `class` values are left unsplit (splitting them is a
    # tenth of the work on InMail bodies).
    try:
        soup = BeautifulSoup(markup, "html.parser", multi_valued_attributes=None)
    except ParserRejectedMarkup as error:  # e.g. a `<![` that opens no marked section
        raise _BadValue("HTML that cannot be read") from error
    return _element_text(soup)


def clean_message_content(value: str) -> str:
    """Message text as a person reads it: InMail HTML flattened, entities decoded."""
    # Most messages hold no `<` at all, which is quicker to see than that they hold no tag.
    has_markup = "<" in value and _HTML_TAG.search(value) is not None
    text = html_to_text(value) if has_markup else html.unescape(value)
    # Non-breaking spaces are layout, not words; CRLF inside a field is one line break.
    return text.replace("\xa0", " ").replace("\r\n", "\n")


def clean_share_commentary(value: str) -> str:
    """Undo the per-line quoting LinkedIn applies to multi-line posts in Shares.csv.

    Each line of such a post was quoted on its own before the field was quoted again, so after
    CSV decoding the first line ends with `"`, the last starts with one, every line between is
    wrapped in a pair, blank lines read `""`, and quotes from the post itself are doubled.
    Text that does not have exactly that shape is returned as written (CRLF read as LF).
    """
    if "\n" not in value:
        return value
    lines = re.split(r"\r?\n", value)
    first, middle, last = lines[0], lines[1:-1], lines[-1]
    wrapped = (
        first.endswith('"')
        and last.startswith('"')
        and all(len(line) >= 2 and line.startswith('"') and line.endswith('"') for line in middle)
    )
    unwrapped = [first[:-1], *(line[1:-1] for line in middle), last[1:]]
    # Inside the wrapping, the post's own quotes only ever come in doubled pairs.
    if not wrapped or any('"' in line.replace('""', "") for line in unwrapped):
        return value.replace("\r\n", "\n")
    return "\n".join(line.replace('""', '"') for line in unwrapped)


# CSV tables ---------------------------------------------------------------------------------

Kind = Literal["short", "url", "text", "content", "subject", "commentary", "when", "flag"]


@dataclass(frozen=True)
class _Column:
    name: str  # the raw-table column
    headers: tuple[str, ...]  # header names that fill it, as `normalise_header` gives them
    kind: Kind = "short"


@dataclass(frozen=True)
class _CsvTable:
    columns: tuple[_Column, ...]
    # The columns whose headers identify the header row; anything before it is preamble.
    identifying: tuple[str, ...]
    # Spreadsheet programs write `NA` for an empty cell when users re-save Connections.csv.
    na_is_blank: bool = False

    def locate(self, header: list[str]) -> dict[str, int] | None:
        """Column name → field index for this header row, or None if it is not the header."""
        index_of: dict[str, int] = {}
        for index, cell in enumerate(header):
            index_of.setdefault(normalise_header(cell), index)
        positions = {
            column.name: next(index_of[h] for h in column.headers if h in index_of)
            for column in self.columns
            if any(h in index_of for h in column.headers)
        }
        if all(name in positions for name in self.identifying):
            return positions
        return None


def _col(name: str, *headers: str, kind: Kind = "short") -> _Column:
    return _Column(name, headers or (name.replace("_", " "),), kind)


_ENDORSEMENT_DATE = _col("endorsed_at", "endorsement date", kind="when")
_RECOMMENDATION = _CsvTable(
    columns=(
        _col("first_name"),
        _col("last_name"),
        _col("company"),
        _col("job_title"),
        _col("text", kind="text"),
        _col("created_at", "creation date", kind="when"),
        _col("status"),
    ),
    identifying=("first_name", "last_name", "text"),
)

_TABLES: dict[str, _CsvTable] = {
    "linkedin_connections": _CsvTable(
        columns=(
            _col("first_name"),
            _col("last_name"),
            _col("profile_url", "url", "profile url", kind="url"),
            _col("email_address"),
            _col("company"),
            _col("position"),
            _col("connected_on", "connected on", kind="when"),
        ),
        identifying=("first_name", "last_name", "connected_on"),
        na_is_blank=True,
    ),
    "linkedin_invitations": _CsvTable(
        columns=(
            _col("from_name", "from"),
            _col("to_name", "to"),
            _col("sent_at", "sent at", kind="when"),
            _col("message", kind="text"),
            _col("direction"),
            _col("inviter_profile_url", "inviterprofileurl", kind="url"),
            _col("invitee_profile_url", "inviteeprofileurl", kind="url"),
            _col("inviter_profile_urn", "inviterprofileurn"),
            _col("invitee_profile_urn", "inviteeprofileurn"),
        ),
        identifying=("from_name", "to_name", "sent_at"),
    ),
    "linkedin_messages": _CsvTable(
        columns=(
            _col("conversation_id"),
            _col("conversation_title"),
            _col("from_name", "from"),
            _col("sender_profile_url", kind="url"),
            _col("to_names", "to"),
            _col("recipient_profile_urls", kind="url"),
            _col("sent_at", "date", kind="when"),
            _col("subject", kind="subject"),
            _col("content", kind="content"),
            _col("folder"),
            _col("direction"),
            _col("is_message_draft", kind="flag"),
            _col("is_conversation_draft", kind="flag"),
            _col("attachments", kind="text"),
        ),
        identifying=("from_name", "sent_at", "content"),
    ),
    "linkedin_endorsements_given": _CsvTable(
        columns=(
            _ENDORSEMENT_DATE,
            _col("skill_name"),
            _col("first_name", "endorsee first name"),
            _col("last_name", "endorsee last name"),
            _col("profile_url", "endorsee public url", kind="url"),
            _col("status", "endorsement status"),
        ),
        identifying=("endorsed_at", "skill_name"),
    ),
    "linkedin_endorsements_received": _CsvTable(
        columns=(
            _ENDORSEMENT_DATE,
            _col("skill_name"),
            _col("first_name", "endorser first name"),
            _col("last_name", "endorser last name"),
            _col("profile_url", "endorser public url", kind="url"),
            _col("status", "endorsement status"),
        ),
        identifying=("endorsed_at", "skill_name"),
    ),
    "linkedin_recommendations_given": _RECOMMENDATION,
    "linkedin_recommendations_received": _RECOMMENDATION,
    "linkedin_skills": _CsvTable(columns=(_col("name"),), identifying=("name",)),
    "linkedin_profile": _CsvTable(
        columns=(
            _col("first_name"),
            _col("last_name"),
            _col("maiden_name"),
            _col("headline"),
            _col("summary", kind="text"),
            _col("industry"),
            _col("geo_location"),
            _col("twitter_handles"),
            _col("websites"),
        ),
        identifying=("first_name", "last_name", "headline"),
    ),
    "linkedin_positions": _CsvTable(
        columns=(
            _col("company_name"),
            _col("title"),
            _col("description", kind="text"),
            _col("location"),
            _col("started_on", "started on", "start date"),
            _col("finished_on", "finished on", "end date"),
        ),
        identifying=("company_name", "title"),
    ),
    "linkedin_projects": _CsvTable(
        columns=(
            _col("title"),
            _col("description", kind="text"),
            _col("url", kind="url"),
            _col("started_on", "started on", "start date"),
            _col("finished_on", "finished on", "end date"),
        ),
        identifying=("title",),
    ),
    "linkedin_reactions": _CsvTable(
        columns=(
            _col("reacted_at", "date", kind="when"),
            _col("reaction_type", "type"),
            _col("link", kind="url"),
        ),
        identifying=("reacted_at", "reaction_type", "link"),
    ),
    "linkedin_comments": _CsvTable(
        columns=(
            _col("commented_at", "date", kind="when"),
            _col("link", kind="url"),
            _col("message", kind="text"),
        ),
        identifying=("commented_at", "link", "message"),
    ),
    "linkedin_shares": _CsvTable(
        columns=(
            _col("shared_at", "date", kind="when"),
            _col("share_link", "sharelink", "share link", kind="url"),
            _col("commentary", "sharecommentary", "share commentary", kind="commentary"),
            _col("shared_url", "sharedurl", "shared url", kind="url"),
            _col("media_url", "mediaurl", "media url", kind="url"),
            _col("visibility"),
        ),
        identifying=("shared_at", "share_link"),
    ),
    "linkedin_votes": _CsvTable(
        columns=(
            _col("voted_at", "date", kind="when"),
            _col("link", kind="url"),
            _col("option_text", "optiontext", "option text", kind="text"),
        ),
        identifying=("voted_at", "link"),
    ),
}


class _BadValue(ValueError):
    """A cell that cannot be read: what is wrong, and a hint to put after the column name."""

    def __init__(self, problem: str, hint: str = ""):
        super().__init__(problem)
        self.problem = problem
        self.hint = hint

    def reason(self, column: str) -> str:
        return f"{self.problem} in column {column}{self.hint}"


_FLAGS = {"yes": True, "true": True, "no": False, "false": False}


def _short(raw: str) -> str | None:
    return raw.strip() or None


def _text(raw: str) -> str | None:
    return raw.replace("\r\n", "\n") if raw.strip() else None


def _content(raw: str) -> str | None:
    return (clean_message_content(raw) or None) if raw.strip() else None


def _subject(raw: str) -> str | None:
    return (html.unescape(raw).replace("\xa0", " ").strip() or None) if raw.strip() else None


def _commentary(raw: str) -> str | None:
    return clean_share_commentary(raw) if raw.strip() else None


def _flag(raw: str) -> bool | None:
    if not raw.strip():
        return None
    flag = _FLAGS.get(raw.strip().lower())
    if flag is None:
        raise _BadValue(f"unrecognised value '{raw.strip()[:40]}'", " (expected Yes or No)")
    return flag


def _timestamp(raw: str) -> datetime | None:
    if not raw.strip():
        return None
    try:
        return _common_timestamp(raw) or parse_timestamp(raw)
    except ValueError as error:
        raise _BadValue(f"unrecognised date '{raw.strip()[:40]}'") from error


# What each kind of column makes of one cell; `_BadValue` when the cell cannot be read.
_CONVERTERS: dict[Kind, Callable[[str], object]] = {
    "short": _short,
    "url": _short,
    "text": _text,
    "content": _content,
    "subject": _subject,
    "commentary": _commentary,
    "flag": _flag,
    "when": _timestamp,
}


def _convert(kind: Kind, raw: str) -> object:
    return _CONVERTERS[kind](raw)


_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
# `2026-03-09 03:30:00 UTC` (messages), `2026/03/09 03:30:00 UTC` (endorsements) and
# `2026-03-09 03:30:00` (reactions, comments, shares, votes): the first format of
# `parse_timestamp` that reads each of them.
# (`%Y/%m/%d %H:%M:%S` without UTC is no format of the exports.)
_DATE_TIME = re.compile(
    r"[0-9]{4}(?:-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(?: UTC)?"
    r"|/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} UTC)"
)
# `09 Mar 2026` (connections).
_DAY_MONTH_YEAR = re.compile(r"([0-9]{1,2}) ([A-Z][a-z]{2}) ([0-9]{4})")


def _common_timestamp(raw: str) -> datetime | None:
    """The formats of the large files, read without strptime (several times faster).

    Only values written exactly so are read here, to what `parse_timestamp` makes of them;
    None sends everything else (and any impossible date) the slow way, which decides.
    """
    try:
        if _DATE_TIME.fullmatch(raw) is not None:
            # Digits in place, so ISO parsing reads them as `datetime(...)` would, and refuses
            # the same impossible dates and times.
            stamp = raw[:19] if raw[4] == "-" else raw[:19].replace("/", "-")
            return datetime.fromisoformat(stamp)
        found = _DAY_MONTH_YEAR.fullmatch(raw)
        if found is not None:
            day, month, year = found.groups()
            number = _MONTH_NUMBERS.get(month)
            return datetime(int(year), number, int(day)) if number else None
    except ValueError:
        return None
    return None


# A column's converted values, and the rows whose cell could not be read, by row index.
_Converted = tuple[list[object], list[tuple[int, _BadValue]]]


def _cells_that_never_fail(convert: Callable[[str], object]) -> Callable[[list[str]], _Converted]:
    def run(raws: list[str]) -> _Converted:
        return list(map(convert, raws)), []

    return run


def _short_cells(raws: list[str]) -> _Converted:
    # `_short` written out: most cells are short ones, and a call per cell costs more than it.
    return [raw.strip() or None for raw in raws], []


def _cells_that_may_fail(convert: Callable[[str], object]) -> Callable[[list[str]], _Converted]:
    def run(raws: list[str]) -> _Converted:
        values: list[object] = []
        failed: list[tuple[int, _BadValue]] = []
        for row, raw in enumerate(raws):
            try:
                values.append(convert(raw))
            except _BadValue as error:
                values.append(None)
                failed.append((row, error))
        return values, failed

    return run


def _timestamp_cells(raws: list[str]) -> _Converted:
    # A file repeats its dates (Connections.csv has one per day), so each is read once.
    known: dict[str, datetime | _BadValue | None] = {}
    values: list[object] = []
    failed: list[tuple[int, _BadValue]] = []
    for row, raw in enumerate(raws):
        try:
            value = known[raw]
        except KeyError:
            try:
                value = _timestamp(raw)
            except _BadValue as error:
                value = error
            known[raw] = value
        if isinstance(value, _BadValue):
            failed.append((row, value))
            value = None
        values.append(value)
    return values, failed


# The same conversions as `_CONVERTERS`, a whole column at a time.
_COLUMN_CONVERTERS: dict[Kind, Callable[[list[str]], _Converted]] = {
    "short": _short_cells,
    "url": _short_cells,
    "text": _cells_that_never_fail(_text),
    "content": _cells_that_may_fail(_content),  # HTML nested too deeply
    "subject": _cells_that_never_fail(_subject),
    "commentary": _cells_that_never_fail(_commentary),
    "flag": _cells_that_may_fail(_flag),
    "when": _timestamp_cells,
}


# A member's rows as a list of values per raw-table column (`member` and `locator` included).
_Columns = dict[str, list[object]]


@dataclass
class _DataRecords:
    """A batch of data records: where each starts, its fields, and its text as written.

    Flat lists of plain values rather than `CsvRecord` objects: the garbage collector stops
    tracking a tuple of strings, so a batch waiting to be converted costs it nothing.
    """

    lines: list[int] = field(default_factory=list)
    fields: list[tuple[str, ...]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.lines.clear()
        self.fields.clear()
        self.texts.clear()

    def reject(self, member: str, row: int, reason: str) -> tuple[int, Reject]:
        line = self.lines[row]
        return line, Reject(member, str(line), reason, self.texts[row].rstrip("\r\n"))


def _cell(spec: _CsvTable, fields: tuple[str, ...], index: int | None) -> str:
    raw = fields[index] if index is not None else ""
    if spec.na_is_blank and raw.strip() == "NA":
        return ""
    return raw


def _convert_by_row(
    member: str,
    spec: _CsvTable,
    header: list[str],
    positions: dict[str, int],
    records: _DataRecords,
) -> tuple[list[int], _Columns, list[tuple[int, Reject]]]:
    """Each record converted on its own, a column at a time until one cannot be read.

    The plain reading of the rules, used when `_convert_by_column` meets anything but an
    unreadable cell: an error raised here is raised exactly as reading row by row raises it.
    Returns the rows kept (indexes into `records`), their values, and the rejects by line.
    """
    kept: list[int] = []
    columns: _Columns = {column.name: [] for column in spec.columns}
    rejects: list[tuple[int, Reject]] = []
    for number, fields in enumerate(records.fields):
        row: dict[str, object] = {}
        problem = None
        for column in spec.columns:
            index = positions.get(column.name)
            try:
                row[column.name] = _convert(column.kind, _cell(spec, fields, index))
            except _BadValue as error:
                problem = error.reason(header[index].strip())
                break
        if problem is not None:
            rejects.append(records.reject(member, number, problem))
        elif any(value is not None for value in row.values()):
            kept.append(number)
            for name, value in row.items():
                columns[name].append(value)
    return kept, columns, rejects


def _convert_by_column(
    member: str,
    spec: _CsvTable,
    header: list[str],
    positions: dict[str, int],
    records: _DataRecords,
) -> tuple[list[int], _Columns, list[tuple[int, Reject]]]:
    """What `_convert_by_row` makes of the records, one column at a time.

    Three to four times faster than a row at a time, the HTML of messages apart, which costs
    the same either way.

    A record is rejected for the first column, in the table's order, whose cell cannot be read;
    one whose every value is null is left out.
    """
    count = len(records.fields)
    columns: _Columns = {}
    problems: dict[int, str] = {}
    for column in spec.columns:
        index = positions.get(column.name)
        if index is None:
            columns[column.name] = [None] * count
            continue
        raws = list(map(itemgetter(index), records.fields))
        if spec.na_is_blank:
            raws = ["" if raw.strip() == "NA" else raw for raw in raws]
        values, failed = _COLUMN_CONVERTERS[column.kind](raws)
        for row, error in failed:
            problems.setdefault(row, error.reason(header[index].strip()))
        columns[column.name] = values

    rejects = [records.reject(member, row, problem) for row, problem in sorted(problems.items())]
    # A row with no value at all is dropped; a column without a single null shows at once that
    # every row has one.
    if all(None in values for values in columns.values()):
        empty = {
            row
            for row, values in enumerate(zip(*columns.values(), strict=True))
            if values.count(None) == len(values)
        }
    else:
        empty = set()
    dropped = empty.union(problems)
    if not dropped:
        return list(range(count)), columns, rejects
    kept = [row for row in range(count) if row not in dropped]
    columns = {name: [values[row] for row in kept] for name, values in columns.items()}
    return kept, columns, rejects


# Records are converted in batches: enough to make a column at a time pay, few enough that the
# records and their text never pile up in memory.
_BATCH_RECORDS = 4096


@dataclass
class _ConvertedMember:
    """The rows of one member converted so far, batch after batch."""

    member: str
    spec: _CsvTable
    header: list[str]
    positions: dict[str, int]
    columns: _Columns = field(init=False)
    lines: list[int] = field(default_factory=list)
    rejects: list[tuple[int, Reject]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.columns = {column.name: [] for column in self.spec.columns}

    def add(self, batch: _DataRecords) -> None:
        arguments = (self.member, self.spec, self.header, self.positions, batch)
        try:
            kept, converted, rejects = _convert_by_column(*arguments)
        except Exception:
            # Anything but an unreadable cell: the row-by-row reading raises it as it always
            # did, or decides.
            kept, converted, rejects = _convert_by_row(*arguments)
        for name, values in converted.items():
            self.columns[name].extend(values)
        self.lines.extend(batch.lines[row] for row in kept)
        self.rejects.extend(rejects)


def _consume_csv(
    member: str, spec: _CsvTable, records: Iterator[CsvRecord]
) -> tuple[_Columns, list[Reject]]:
    rejects: list[tuple[int, Reject]] = []
    before_header: list[CsvRecord] = []
    converted: _ConvertedMember | None = None  # from the header row on
    width = 0
    batch = _DataRecords()
    keep_line, keep_fields, keep_text = batch.lines.append, batch.fields.append, batch.texts.append

    # Records are read a batch at a time and converted a column at a time; rows used to be
    # converted one by one as they were read, and everything here ends as that did.
    unreadable = None
    try:
        for record in records:
            fields = record.fields
            if fields is None:
                reason = f"unreadable CSV record ({record.error})"
                rejects.append(
                    (record.line, Reject(member, str(record.line), reason, record.excerpt))
                )
                continue
            if not any(map(str.strip, fields)):
                continue  # a blank line, or nothing but separators (`record.is_blank`)
            if converted is None:
                located = spec.locate(fields)
                if located is None:
                    before_header.append(record)
                else:
                    converted = _ConvertedMember(member, spec, fields, located)
                    width = max(i + 1 for i, cell in enumerate(fields) if cell.strip())
                continue
            size = len(fields)
            if size != width and (size < width or any(extra.strip() for extra in fields[width:])):
                reason = f"the row has {size} fields but the header has {width}"
                rejects.append(
                    (record.line, Reject(member, str(record.line), reason, record.excerpt))
                )
                continue
            keep_line(record.line)
            keep_fields(tuple(fields))
            keep_text(record.text)
            if len(batch.lines) == _BATCH_RECORDS:
                converted.add(batch)
                batch.clear()
    except Exception as error:
        unreadable = error
    if unreadable is not None:
        # A row read before the failure whose conversion raises (rather than being rejected)
        # raised first when rows were converted as they were read.
        if converted is not None:
            _convert_by_row(member, spec, converted.header, converted.positions, batch)
        raise unreadable

    columns: _Columns = {column.name: [] for column in spec.columns}
    lines: list[int] = []
    if converted is not None:
        converted.add(batch)
        columns, lines = converted.columns, converted.lines
        rejects.extend(converted.rejects)
    columns["member"] = [member] * len(lines)
    columns["locator"] = list(map(str, lines))
    # Each batch's rejects come after those of the records read while it filled.
    rejects.sort(key=itemgetter(0))
    result = [reject for _, reject in rejects]

    # One stray sentence (`No conversations found`) is LinkedIn's way of writing an empty file;
    # several lines without the expected header mean the file is not what its name says.
    if converted is None and len(before_header) > 1:
        expected = ", ".join(
            next(c for c in spec.columns if c.name == name).headers[0].title()
            for name in spec.identifying
        )
        first = before_header[0]
        reason = f"no header row with the columns {expected} was found; nothing was loaded"
        result.append(Reject(member, str(first.line), reason, first.excerpt))
    return columns, result


# Articles -----------------------------------------------------------------------------------


def _labelled_time(element: Tag | None, label: str) -> str | None:
    """The time after `Created on` / `Published on`; None when the page states none."""
    if element is None:
        return None
    text = " ".join(element.get_text(" ").split())
    if not text.lower().startswith(label.lower()):
        return None  # `Not published yet`
    return text[len(label) :].strip()


def _parse_article(archive: Archive, member: str) -> tuple[list[dict], list[Reject]]:
    soup = BeautifulSoup(decode_member(archive, member), "html.parser")
    heading = soup.find("h1")
    title = heading.get_text(" ", strip=True) if heading else ""
    if not title and soup.title is not None:
        title = soup.title.get_text(" ", strip=True)
    link = heading.find("a", href=True) if heading else None
    # Drafts link to the editor (`/post/edit/<id>`); only a published article has a pulse URL.
    url = link["href"] if link is not None and "/pulse/" in link["href"] else None

    created = soup.find("p", class_="created")
    published = soup.find("p", class_="published")
    row: dict[str, object] = {"member": member, "locator": "1", "title": title or None, "url": url}
    for column, element, label in (
        ("created_at", created, "Created on"),
        ("published_at", published, "Published on"),
    ):
        value = _labelled_time(element, label)
        try:
            row[column] = parse_timestamp(value)
        except ValueError:
            reason = f"unrecognised date '{value[:40]}' after '{label}'"
            return [], [Reject(member, "1", reason, element.get_text(" ", strip=True))]

    body = soup.body or soup
    for element in (heading, created, published):
        if element is not None:
            element.decompose()
    try:
        row["text"] = _element_text(body).replace("\xa0", " ") or None
    except _BadValue as error:
        return [], [Reject(member, "1", error.problem, title)]
    return [row], []


# The parser ---------------------------------------------------------------------------------


def _natural_key(member: str) -> list[object]:
    """Sort key that puts `_2` before `_10`, so split parts append in their own order."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", member)]


def _table(name: str, columns: _Columns) -> pa.Table:
    """`schemas.table_from_rows`, built from a list of values per column."""
    schema = RAW_TABLES[name]
    arrays = [pa.array(columns[column.name], type=column.type) for column in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def _article_columns(rows: list[dict]) -> _Columns:
    return {name: [row.get(name) for row in rows] for name in RAW_TABLES[ARTICLES].names}


def parse(archive: Archive) -> ParseResult:
    """Every recognised member of a LinkedIn export, parsed into raw tables."""
    result = ParseResult(platform="linkedin", declared_exported_at=_declared_export_date(archive))
    columns_by_table: dict[str, _Columns] = {}
    for member in sorted(archive.members(), key=_natural_key):
        table = table_for(member)
        if table is None:
            if not is_known_unused(member):
                result.unrecognised.append(member)
            continue
        if table == ARTICLES:
            rows, rejects = _parse_article(archive, member)
            columns = _article_columns(rows)
        else:
            columns, rejects = read_csv(
                archive, member, partial(_consume_csv, member, _TABLES[table])
            )
        gathered = columns_by_table.setdefault(
            table, {name: [] for name in RAW_TABLES[table].names}
        )
        count = len(columns["member"])
        for name, values in gathered.items():
            values.extend(columns.get(name, [None] * count))
        result.rejects.extend(rejects)
    result.tables = {name: _table(name, columns) for name, columns in columns_by_table.items()}
    return result
