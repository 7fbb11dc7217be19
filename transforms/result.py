"""What a parser hands back: typed Arrow tables, rejected rows, and what it did not recognise."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pyarrow as pa

EXCERPT_LIMIT = 200


class ArchiveError(Exception):
    """The input cannot be imported at all; the message is one sentence a person can act on."""


@dataclass(frozen=True)
class Reject:
    """A row that could not be parsed: it goes to `meta.rejects`, the rest of the file loads."""

    member: str
    locator: str
    reason: str
    excerpt: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "excerpt", (self.excerpt or "")[:EXCERPT_LIMIT])


@dataclass
class ParseResult:
    """Everything parsed from one archive, before validation and loading."""

    platform: str
    tables: dict[str, pa.Table] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)
    unrecognised: list[str] = field(default_factory=list)
    # Record counts the archive declares (Twitter manifest): key `<raw table>` is the expected
    # row count, key `<raw table>.<column>` the expected number of distinct values of that column.
    expected_counts: dict[str, int] = field(default_factory=dict)
    generation: str = ""
    # The export date the archive states: the Twitter manifest's `generationDate`, else the date
    # in the archive's file or top folder name (that day, 00:00 UTC). None when it states none;
    # the loader then takes the latest timestamp in the data.
    declared_exported_at: datetime | None = None

    def row_count(self) -> int:
        return sum(table.num_rows for table in self.tables.values())


def latest_timestamp(tables: dict[str, pa.Table]) -> datetime | None:
    """The newest timestamp anywhere in the parsed tables: the export date of last resort."""
    import pyarrow.compute as pc

    newest: datetime | None = None
    for table in tables.values():
        for name in table.column_names:
            column = table.column(name)
            if not pa.types.is_timestamp(column.type) or table.num_rows == 0:
                continue
            value = pc.max(column).as_py()
            if value is not None and (newest is None or value > newest):
                newest = value
    return newest
