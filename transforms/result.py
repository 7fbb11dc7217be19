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
    """A row that could not be parsed; it goes to `meta.rejects` and the rest of the file still loads."""

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
    # Expected record counts per raw table, when the archive declares them (Twitter manifest).
    expected_counts: dict[str, int] = field(default_factory=dict)
    generation: str = ""
    # The export's own generation date when it states one (Twitter manifest `generationDate`).
    declared_exported_at: datetime | None = None

    def row_count(self) -> int:
        return sum(table.num_rows for table in self.tables.values())
